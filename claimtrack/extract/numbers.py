"""Counted figures in Arabic and English text: the number grammar.

This module owns finding number mentions in running text: the number itself
(digits of any script, number words, vague quantities such as مئات, duals such
as شهرين), the hedge that bounds it (نحو، أكثر من، at least, between … and)
and the noun it counts (جندي → troop). Dates are not its business, so years,
days of the month, timestamps and ordinals are left out. Spelled-out numbers
are parsed by :mod:`claimtrack.extract.number_words`; the word lists come from
:mod:`claimtrack.extract.number_lexicon`.

Bounds are as stated (the strict reading): the pragmatic bands around
"about 2,500" or "more than 60" are the job of the comparison layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from claimtrack.extract.date_context import reached_by_number_of
from claimtrack.extract.number_lexicon import (
    CLITICS,
    fold,
    load_number_lexicon,
    open_noun,
    to_unit_lemma,
    token_columns,
    unit_of,
)
from claimtrack.extract.number_words import (
    match_number_words,
    parse_number_words,
    to_arabic_words,
    to_english_words,
)
from claimtrack.extract.text import normalise_text

__all__ = [
    "DURATIONS",
    "OF_THEM",
    "NumberMention",
    "find_numbers",
    "parse_number_words",
    "to_arabic_words",
    "to_english_words",
    "to_unit_lemma",
]

DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute"})
"""Unit lemmas that are spans of time (a mention of them ``is_duration``)."""
_ARABIC = re.compile("[\u0600-\u06ff]")
# Words between "of" and the counted noun: "500 of the troops", "900 of our forces".
_DETERMINERS = frozenset({"the", "our", "their", "its", "these", "those", "his", "her"})
# English words that never modify a counted noun (see Numbers.noun_modifier).
_FUNCTION_WORDS = frozenset(
    "about above across after against along also among around because before "
    "behind below beside between beyond both could down during each either "
    "even from have here inside into just last least like many more most much "
    "near next once only onto other over past same since some still such than "
    "that their them then there these they this those through thus today "
    "toward towards under until upon were what when where which while will "
    "with within without would year years month months week weeks "
    "all and any are but can did few for had has her his how its may nor not "
    "now off old one our out own per see she the too two six ten was who why "
    "yet you plus odd alone".split()
)
_LATIN = re.compile("[a-zA-Z]")
# Words after a year that make it the year's: "2023 levels", "2019 highs".
_A_YEARS = [[w] for w in ("level", "levels", "figure", "figures", "high", "highs")]
# English adjectives and participles by their endings, skipped between a
# number and its noun like the listed modifiers: "250 partnered operations",
# "40 ballistic missiles", "329 elected lawmakers".
_ADJECTIVE = re.compile(r"(?:[a-z]{3}(?:ed|al|ic|ive|ian|ary|ous|ful)|[a-z]{4}ing)$")
# "half" before a scale word, with the clitics of a hedge or a preposition
# (بنصف مليار، ونصف مليون).
_HALF = frozenset({"half", "نصف", "بنصف", "ونصف", "لنصف"})
# "and a half" after a scale or a span of time; ونص in Iraqi and Levantine speech
_AND_HALF = ("ونصف", "ونص")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# Timestamps, clock times and numeric dates: their digits are never counts.
_DATE_LIKE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:t[\d:.]+(?:z|[+-]\d{1,2}:?\d{2})?)?"
    r"|\d+(?:[:/]\d+)+|\d{1,2}-\d{1,2}-\d{4}"
)
_ARTICLES = frozenset({"ال", "بال", "لل", "وال", "the"})
# Possessive endings, and the construct plural's ي / و (مسلحي التنظيم).
_POSSESSIVES = ("هما", "ها", "هم", "نا", "ه", "ي", "و")
_RANGE_OPEN = {"بين": "and", "between": "and", "من": "to", "from": "to"}
_RANGE_JOIN = {"و": "and", "and": "and", "الي": "to", "to": "to", "حتي": "to"}
_ALT_JOIN = frozenset({"-", "او", "or"})  # 10-20, ثلاثة أو أربعة, two or three
_LINE_LABEL_MARKS = frozenset({"—", "–", "-", ":"})  # "86 — members", "2,500: troops"
_CLOSING_QUOTES = frozenset("\"”»’'")
# A verb of exceeding, negated, that opens its clause with "the number of …"
# as its subject: لا يتجاوز عدد الجنود في العراق حالياً 2500 is at most 2,500;
# so with a force's strength or a span's length (لا يتجاوز عديدها 500، لا
# تتجاوز مدته ثمانية عشر شهراً).
# مدته: ة written ت before a possessive; قيمتها، كلفته: a sum's amount
_AMOUNT_NOUNS = ("عدد", "عديد", "قوام", "مده", "مدت", "قيمه", "قيمت", "كلفه", "كلفت")
_NEGATIONS = frozenset({"لا", "لن", "لم", "ولا", "ولن", "ولم", "الا", "بالا"})
_EXCEEDING = frozenset({"يتجاوز", "تتجاوز", "يزيد", "تزيد"})
# Not negated, the verb (in any tense) bounds it from below: تجاوز عددها 165
# هجوماً، يزيد عديدها على 40 ألفاً، تتجاوز قيمتها 1.2 مليار are more than.
_EXCEEDED = _EXCEEDING | {
    "تجاوز", "تجاوزت", "يفوق", "تفوق", "فاق", "فاقت", "زاد", "زادت",
    "ويتجاوز", "وتتجاوز", "ويزيد", "وتزيد", "ويفوق",
}  # fmt: skip
_BOUND_REACH = 10  # words between the verb and the figure
# "of them" after a number: أربع منها، ثلاثة منهم (a part of what was counted)
OF_THEM = ("منها", "منهم", "منهن")
# Words before "one" that make it a pronoun's: "at any one time", "every one".
_ANY_ONE = frozenset({"any", "each", "every", "no"})
# One span of time, definite: a partitive of it ("28 من الشهر") counts no spans.
_ONE_SPAN = frozenset({"الشهر", "العام", "السنه", "الاسبوع", "اليوم"})
_PAST_WORDS = frozenset({"الماضيه", "الماضي", "الاخيره", "الفايته", "المنصرمه"})
# A currency written before the amount, as a sign or an ISO code.
_CURRENCY_SIGNS = {
    "$": "dollar",
    "£": "pound",
    "€": "euro",
    "usd": "dollar",
    "iqd": "dinar",
    "eur": "euro",
    "gbp": "pound",
    "₹": "rupee",
    "rs": "rupee",
    "inr": "rupee",
    "nok": "krone",
    "dkk": "krone",
    "sek": "krone",
    "tk": "taka",
    "bdt": "taka",
    "shs": "shilling",
    "ugx": "shilling",
    "kes": "shilling",
    "₦": "naira",
    "ngn": "naira",
    "jod": "dinar",
    "¥": "yen",
    "jpy": "yen",
}
_LETTER_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9}  # glued to a price: $12.5m
_Span = tuple[str, int, int]  # (lemma, first token, end token) of a counted noun


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A counted figure found in a text, with its hedge and counted noun.

    Attributes:
        start: Offset in the original text where the mention starts (the
            hedge, range word or number, whichever comes first).
        end: End offset (exclusive): after the counted noun or a trailing
            hedge (تقريبا، at least) when there is one.
        number_start: Offset of just the number (digits or number words,
            with its scale word: ``2.5 million``; ``10 and 20`` for ranges).
        number_end: End offset of the number.
        value: The stated number; None for vague quantities and ranges.
        low: Lower bound as stated: N for exact, more_than and at_least;
            the first number of a range; the convention for vague; else None.
        high: Upper bound as stated: N for exact, less_than and at_most;
            the second number of a range; the convention for vague; else None.
        hedge: One of ``exact about more_than at_least less_than at_most
            range vague``.
        unit: Canonical English singular of the counted noun (``troop``,
            ``country``, ``month``), or None.
        unit_text: The counted noun as written in the original text.
        is_duration: True when the unit is a span of time.
        lang: ``"ar"`` or ``"en"``.
        weak: A weak hedge (over, under, حتى) read before a number with no
            counted noun, and where it starts; not applied, as it may be a
            preposition ("children under 12").
        named_at: Where the text named what is counted, when that is before
            the mention's own sentence: the earlier count whose noun a bare
            number takes ("2,500 troops in Iraq … Today about 2,000"), or the
            question it answers ("How many US troops are in Iraq? About
            2,500"). Set by the pipeline; None otherwise.

    Examples:
        >>> m = find_numbers("أكثر من 70 دولة")[0]
        >>> (m.value, m.low, m.high, m.hedge, m.unit, m.is_duration)
        (70.0, 70.0, None, 'more_than', 'country', False)
    """

    start: int
    end: int
    number_start: int
    number_end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    unit: str | None
    unit_text: str | None
    is_duration: bool
    lang: str
    weak: tuple[str, int] | None = None
    named_at: tuple[int, int] | None = None


# The definite ordinals of one to nine, folded, before عشر / عشرة in a teen.
_ORDINAL_UNITS = frozenset(
    "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()
)


class _Core(NamedTuple):
    """A bare number at tokens ``[i, j)``, before hedges and nouns are read."""

    kind: str  # digits | words | vague | dual
    value: float
    i: int
    j: int
    start: int  # offsets in the normalised text, clitics excluded
    end: int
    strict: bool = False  # a lone word with a non-numeric reading (ست، one)
    scale: float = 1.0
    bounds: tuple[float, float, bool] | None = None  # vague: low, high, needs_unit
    lemma: str | None = None  # a dual's noun, or the noun before a definite number
    noun_at: int | None = None  # where that noun before it is (الأشهر الستة)


def _digit_value(token: str) -> float:
    if token.count(".") > 1:
        return float(token.replace(".", ""))  # 1.250.000: dot groups of three
    if "," in token and len(token.rsplit(",", 1)[1]) < 3:
        return float(token.replace(",", "."))  # Arabic decimal comma: 2,5 مليون
    return float(token.replace(",", ""))


def _readings(token: str) -> list[tuple[str, int]]:
    """The token itself, then each way of stripping a clitic, with its length."""
    out = [(token, 0)]
    for c in CLITICS:
        if token.startswith(c) and len(token) - len(c) >= 2:
            out.append((token[len(c) :], len(c)))
    return out


# Scale words whose dual in construct (ألفا جندي) is spelled like their
# accusative singular (خمسون ألفاً), folded.
_DUAL_CONSTRUCTS = frozenset({"الفا", "مليونا"})


class _Scanner:
    """One pass over one text; holds its tokens so the helpers stay small."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text, self.lang = text, lang
        self.norm = normalise_text(text)
        self.lex = load_number_lexicon(lang)
        folded = fold(self.norm.text)
        self.w, self.starts, self.ends = token_columns(folded)
        self.dated = [m.span() for m in _DATE_LIKE.finditer(folded)]
        self.arabic = bool(_ARABIC.search(folded))
        # the words before ونصف ("and a half"): a span of time may start there
        self.halved = (
            {i - 1 for i, w in enumerate(self.w) if w in _AND_HALF}
            if "ونص" in folded
            else set()
        )

    # -- bare numbers ------------------------------------------------------
    def core(self, i: int) -> _Core | None:
        """Read the bare number starting at token ``i``, if one starts there."""
        w, lex, tok = self.w, self.lex, self.w[i]
        if tok[0].isdigit():
            if any(s <= self.starts[i] < e for s, e in self.dated):
                return None
            core = self.scaled("digits", _digit_value(tok), i, i + 1, self.starts[i])
            if core.scale == 1.0 and _DOT_THOUSANDS.fullmatch(tok):
                # 2.500 جندي: a dot before three digits and no scale word is a
                # thousands separator (2.5 مليون keeps its decimal point).
                core = core._replace(value=float(tok.replace(".", "")))
            return core
        if tok in _HALF:
            # نصف مليار، "half a million": half of the scale word after it
            pre = 0 if tok in ("half", "نصف") else 1
            j = i + 2 if w[i + 1 : i + 2] == ["a"] else i + 1
            if j < len(w) and w[j] in lex.scales:
                scale = lex.scales[w[j]]
                start, end = self.starts[i] + pre, self.ends[j]
                return _Core("words", 0.5 * scale, i, j + 1, start, end, False, scale)
            return None
        if (
            i
            and tok in lex.definite_triggers
            and (counted := self.after_noun(i)) is not None
        ):
            return counted  # الأشهر الستة
        if i in self.halved:
            # سنة ونصف، ساعة ونصف: one of a span of time, and half of it
            for noun, pre in _readings(tok):
                lemma = unit_of((noun,), lex.units)
                if lemma in DURATIONS and noun.removeprefix("ال") not in lex.duals:
                    start, end = self.starts[i] + pre, self.ends[i]
                    return _Core("words", 1.0, i, i + 1, start, end, lemma=lemma)
        if tok not in lex.triggers:
            return None  # most words: one set lookup and out
        readings = _readings(tok)
        for size in (3, 2, 1):
            rest = tuple(w[i + 1 : i + size])
            for first, pre in readings:
                hit = lex.vague.get((first, *rest))
                if hit and len(rest) == size - 1:
                    end = self.ends[i + size - 1]
                    start = self.starts[i] + pre
                    return _Core("vague", 0.0, i, i + size, start, end, bounds=hit)
        found = match_number_words(w, i, lang=self.lang)
        if found is not None:
            start = self.starts[i] + found.prefix
            value = float(found.value)
            if (
                found.end == i + 1
                and tok[found.prefix :] in _DUAL_CONSTRUCTS
                and i + 1 < len(w)
                and w[i + 1] not in ("من", "of")  # ألفاً من الجنود: one thousand
                and self.unit(i + 1, False) is not None
            ):
                # ألفا جندي: a dual before its noun (two thousand), where
                # خمسون ألفاً is one thousand in the accusative.
                return _Core("words", 2 * value, i, i + 1, start, self.ends[i])
            return self.scaled("words", value, i, found.end, start, found.strict)
        for first, pre in readings:
            pair = lex.dual_pairs.get((first, w[i + 1])) if i + 1 < len(w) else None
            if pair is not None:  # طائرتين مسيرتين: two drones
                start, end = self.starts[i] + pre, self.ends[i + 1]
                return _Core("dual", 2.0, i, i + 2, start, end, lemma=pair)
            if first in lex.duals:
                start, end = self.starts[i] + pre, self.ends[i]
                return _Core("dual", 2.0, i, i + 1, start, end, lemma=lex.duals[first])
        return None

    def after_noun(self, i: int) -> _Core | None:
        """Read a definite number after the plural it counts: الأشهر الستة.

        "على مدى الأشهر الستة المقبلة" (the next six months), "قواعدها الثماني"
        (its eight bases): the number agrees with the noun before it, as an
        adjective. Three to ten only: الاثنين is Monday, and الأول، الثاني
        are ordinals, spelled otherwise.
        """
        found = match_number_words([self.w[i][2:]], 0, lang="ar")
        if found is None or not 3 <= found.value <= 10:
            return None
        if self.w[i + 1 : i + 2] and self.w[i + 1] in _PAST_WORDS:
            return None  # خلال الأشهر الثلاثة الماضية: a tally's window, no figure
        before = self.w[i - 1]
        owned = (before[: -len(p)] for p in _POSSESSIVES[:4] if before.endswith(p))
        for noun in (before, *owned):  # قواعدها: the noun without its possessive
            lemma = unit_of((noun,), self.lex.units)
            if lemma is not None:
                start, end = self.starts[i] + 2, self.ends[i]
                value = float(found.value)
                return _Core(
                    "words", value, i, i + 1, start, end, lemma=lemma, noun_at=i - 1
                )
        return None

    def scaled(
        self, kind: str, value: float, i: int, j: int, start: int, strict: bool = False
    ) -> _Core:
        """Take a scale word after a number: 2.5 million, ٣ آلاف, two and a half k."""
        w, scales, scale = self.w, self.lex.scales, 1.0
        if kind == "digits" and j < len(w) and w[j] in scales:
            scale, j = scales[w[j]], j + 1
        elif (
            kind == "digits"
            and w[j : j + 1] == ["-"]
            and w[j + 1 : j + 2]
            and w[j + 1] in scales
            and self.ends[j - 1] == self.starts[j] == self.ends[j] - 1
            and self.ends[j] == self.starts[j + 1]
        ):
            scale, j = scales[w[j + 1]], j + 2  # "a $92.4-million contract"
        elif (
            kind == "digits"
            and j < len(w)
            and w[j] in _LETTER_SCALES
            and self.starts[j] == self.ends[j - 1]
            and i > 0
            and w[i - 1].lower() in _CURRENCY_SIGNS
        ):
            # "$12.5m", "£50k": a letter glued to a price (a "12m wall" is metres)
            scale, j = _LETTER_SCALES[w[j]], j + 1
        elif (
            w[j : j + 3] == ["and", "a", "half"]
            and w[j + 3 : j + 4]
            and (w[j + 3] in scales)
        ):
            value, scale, j = value + 0.5, scales[w[j + 3]], j + 4
        elif w[j : j + 3] == ["and", "a", "half"] and value == int(value):
            value, j = value + 0.5, j + 3  # "three and a half years"
        strict = strict and scale == 1.0
        if scale > 1:
            # 528.7 × 10^6 is 528700000.00000006 in binary floating point:
            # a scaled figure is whole to well below a millionth.
            value = round(value * scale, 6)
        if kind == "digits" and scale > 1 and w[j : j + 1] == ["و"]:
            # 13 ألفاً و500، 2 مليون و300 ألف: and a remainder below the scale
            k = j + 1
            if k < len(w) and w[k][:1].isdigit():
                rest, k = _digit_value(w[k]), k + 1
                if k < len(w) and scales.get(w[k], scale) < scale:
                    rest, k = rest * scales[w[k]], k + 1
                if 0 < rest < scale:
                    value, j = value + rest, k
        last = scale if scale > 1 else scales.get(w[j - 1], 0) if kind == "words" else 0
        if last > 1 and j < len(w) and w[j] in _AND_HALF:
            # مليون ونصف (المليون), ٢ مليار ونصف: and half of the scale
            value, j = value + 0.5 * last, j + 1
            if j < len(w) and w[j].removeprefix("ال") in scales:
                j += 1
            strict = False
        return _Core(kind, value, i, j, start, self.ends[j - 1], strict, scale)

    # -- context -----------------------------------------------------------
    def capitalised(self, k: int) -> bool:
        return self.norm.text[self.starts[k]].isupper()

    def unit_at(self, k: int, article: bool) -> _Span | None:
        """Find the counted noun at token ``k``, skipping English modifiers."""
        w, lex, skipped = self.w, self.lex, 0
        while k < len(w):
            head = None
            for size in (3, 2, 1):
                key = tuple(w[k : k + size])
                lemma = lex.units.get(key)
                if lemma is None and article and key[0][:2] == "ال":
                    lemma = lex.units.get((key[0][2:], *key[1:]))  # مئات الجنود
                if lemma is None or len(key) < size:
                    continue
                # "50 rocket attacks": a noun that also modifies defers to the
                # next; so do both of "150 drone and rocket attacks".
                if size == 1 and key[0] in lex.modifiers:
                    head = k + 1
                    if w[head : head + 1] in (["and"], ["or"]) and (
                        w[head + 1 : head + 2] and w[head + 1] in lex.modifiers
                    ):
                        head += 2
                    if self.unit_at(head, False):
                        break
                    head = None
                return lemma, k, k + size
            if head is not None and head > k + 1:
                k, skipped = head, skipped + 1
                continue
            tok = w[k]
            if (
                tok == "-"
                and 0 < k < len(w) - 1
                and self.ends[k - 1] == self.starts[k]
                and self.ends[k] == self.starts[k + 1]
                and (_LATIN.match(w[k + 1]) or w[k + 1].isdigit())
            ):
                k += 2  # "US-led", "Iran-backed", "AH-64": one modifier
                continue
            if (tok in ("/", "-") or (tok.isdigit() and _LATIN.match(w[k - 1]))) and (
                0 < k < len(w) - 1
                and self.ends[k - 1] == self.starts[k]
                and (tok != "/" or self.ends[k] == self.starts[k + 1])
                and (
                    self.acronym(k - 1) or self.norm.text[self.starts[k - 1]].isupper()
                )
                and self.ends[k - 1] - self.starts[k - 1] <= 6
            ):
                # "50 B61 bombs", "27 PKK/YPG terrorists": a model or a pair of
                # names glued into one modifier
                k += 1 if tok.isdigit() else 2
                continue
            if tok == "non" and w[k + 1 : k + 2] == ["-"]:
                k += 2  # "800 non-U.S. troops", "non-combat troops"
                continue
            if tok.isdigit() and k > 0:
                # "two 107mm rockets", "four 155-mm howitzers": a calibre
                calibre = k + 2 if w[k + 1 : k + 2] == ["-"] else k + 1
                if w[calibre : calibre + 1] == ["mm"]:
                    k, skipped = calibre + 1, skipped + 1
                    continue
            if tok == "(" and w[k + 2 : k + 3] == [")"] and self.acronym(k + 1):
                k += 3  # "10,000 Islamic State (IS) militants": a gloss
                continue
            # a fourth modifier only after a listed one: "40 US military cargo
            # flights", not "(1) of the War Powers Resolution requires"
            if (
                skipped == 4
                or (skipped == 3 and w[k - 1] not in lex.modifiers)
                or not _LATIN.match(tok)
            ):
                return None
            noun = open_noun(tok, lex)
            if noun is None and tok.endswith("is") and self.capitalised(k):
                noun = tok[:-1]  # 500 Iraqis, 30 Saudis: demonyms, not "basis"
            written = self.norm.text[self.starts[k] : self.ends[k]]
            if noun is not None and written[:-1].isupper() and written[-1] == "s":
                noun = written[:-1]  # "14 one-way attack UAVs": an acronym's plural
            elif noun is not None and self.capitalised(k):
                # "2.9 million Syrians", "14 Senate Republicans": a proper
                # noun prints as one; "300 Aussies": a name's plural adds s
                noun = written[:-1] if written.endswith("ies") else noun
                noun = noun[:1].upper() + noun[1:]
            if noun is not None and (
                # A plural before a past form is its subject, not a modifier:
                # "1.1 million Iraqis remained displaced".
                (w[k + 1 : k + 2] and w[k + 1].endswith("ed"))
                or self.unit_at(k + 1, False) is None
            ):
                return noun, k, k + 1  # 12 helicopters, 14 Senate Republicans
            if not (
                tok in lex.modifiers
                or self.capitalised(k)
                or self.noun_modifier(k)
                or _ADJECTIVE.search(tok)
                or (w[k + 1 : k + 2] == ["-"] and self.ends[k] == self.starts[k + 1])
            ):
                return None  # 900 US troops, three senior officials
            k, skipped = k + 1, skipped + 1
        return None

    def ordinal_before(self, i: int) -> bool:
        """Whether a definite Arabic ordinal unit (الثامنة، الحادي) is before ``i``."""
        word = self.w[i - 1] if i > 0 else ""
        return word.removesuffix("ه") in _ORDINAL_UNITS

    def spelled_on(self, k: int) -> bool:
        """Whether an Arabic number word joined by و (ومئة، وخمسين) is at ``k``."""
        word = self.w[k] if k < len(self.w) else ""
        return word[:1] == "و" and word[1:] in self.lex.triggers

    def acronym(self, k: int) -> bool:
        """Whether token ``k`` is written as a short acronym: IS, SDF, PMF."""
        word = self.norm.text[self.starts[k] : self.ends[k]]
        return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()

    def noun_modifier(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case noun before a counted plural.

        "30 concussion cases", "five car bombs". Function words and adverbs
        never are, so "900 there officials" is not read across a missing comma.
        """
        w, lex = self.w, self.lex
        tok = w[k]
        if (
            len(tok) < 3
            or not tok.isalpha()
            or tok in _FUNCTION_WORDS
            or tok.endswith("ly")
            or k + 1 >= len(w)
        ):
            return False
        after = w[k + 1]
        # A plural only ("one-way attack drone" is no count of ways): a listed
        # noun whose lemma differs from it, or an open plural.
        listed = lex.units.get((after,))
        return listed not in (None, after) or open_noun(after, lex) is not None

    def unit(self, j: int, article: bool) -> _Span | None:
        """Find the counted noun after a number ending at token ``j``."""
        w = self.w
        if (
            w[j : j + 1]
            and w[j] in _CLOSING_QUOTES
            and self.ends[j - 1] == self.starts[j]
        ):
            j += 1  # said "more than 2,000" U.S. personnel: a quoted figure
        if w[j : j + 1] == ["-"] and self.ends[j - 1] == self.starts[j]:
            j += 1  # a 12-month mission
            if w[j : j + 1] == ["strong"]:
                return "troop", j, j + 1  # the 2,500-strong force
        hit = self.unit_at(j, article)
        if hit is None and w[j : j + 2] in (["of", "them"], ["of", "whom"]):
            # "nine of them children": the part named after the whole's pronoun
            return self.unit_at(j + 2, False)
        if hit is None and w[j : j + 2] in (
            ["فقط", "من"],
            ["only", "of"],
            ["more", "of"],
        ):
            # بضع مئات فقط من المستشارين, "12 more of its citizens": a word
            # before the partitive
            j += 1
        if hit is None and w[j : j + 1] in (["من"], ["of"]):
            if w[j + 1 : j + 2] and w[j + 1] in _ONE_SPAN:
                return None  # يوم 28 من الشهر: a day of the month, no count
            k = j + 2 if w[j + 1 : j + 2] and w[j + 1] in _DETERMINERS else j + 1
            if k + 3 < len(w) and w[k + 1] in ("'", "’") and w[k + 2] == "s":
                k += 3  # "40 of the battalion's sailors": sailors, not battalions
            hit = self.unit_at(k, True)  # 12 من الجنود، 500 of the troops
            if hit is None and k < len(w) and not _LATIN.match(w[k]):
                hit = self.owned_unit(k)  # سبعة من جنودها، ستة من مسلحي التنظيم
        return hit

    def in_label(self, first: int, after: int) -> bool:
        """Whether a number ends a transcript's speaker label in capitals.

        "OFFICIAL TWO:", "SPEAKER 1:": a word in capitals before it, a colon
        after it.
        """
        if not first or self.w[after : after + 1] != [":"]:
            return False
        before = self.norm.text[self.starts[first - 1] : self.ends[first - 1]]
        return len(before) > 1 and before.isupper() and before.isalpha()

    def heads_line(self, first: int, after: int) -> bool:
        """Whether a number opens its line and a dash or colon follows it.

        A hedge sign may come before it ("~2,500 —").
        """
        if after + 1 >= len(self.w) or self.w[after] not in _LINE_LABEL_MARKS:
            return False
        start = self.norm.text.rfind("\n", 0, self.starts[first]) + 1
        return not self.norm.text[start : self.starts[first]].strip(" \t~≈+")

    def owned_unit(self, k: int) -> _Span | None:
        """An Arabic plural with a possessive or in construct: جنودها، مسلحي.

        After من only: the partitive counts some of them ("سبعة من جنودها").
        """
        word = self.w[k]
        for suffix in _POSSESSIVES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                bare = stem[:-1] if stem[-1:] in "يو" else stem  # منتسبي+ها
                for form in (stem, stem + "ين", stem + "ون", bare + "ين", bare + "ون"):
                    if (lemma := self.lex.units.get((form,))) is not None:
                        return lemma, k, k + 1
        return None

    def month_at(self, k: int, *, ending: bool = False) -> bool:
        """Is there a month name starting at ``k`` (or ending just before it)?"""
        for size in (2, 1):
            first = k - size if ending else k
            if first < 0 or tuple(self.w[first : first + size]) not in self.lex.months:
                continue
            if not _LATIN.match(self.w[first]) or self.capitalised(first):
                return True  # English "May" only when capitalised
        return False

    def exceeding_bound(self, k: int) -> str | None:
        """The bound a verb of exceeding before "the number of …" sets, if any.

        "لا يتجاوز عدد …" before token ``k`` is at most, "تجاوز عددها …"
        more than. The number may carry a possessive (ألا يتجاوز عددهم
        الإجمالي 500).
        """
        for x in range(k - 1, max(2, k - _BOUND_REACH) - 1, -1):
            word = self.w[x]
            if not (word[:1].isalpha() or word[:1].isdigit()):
                return None  # a comma or a stop: another clause
            if any(
                word.startswith(noun)
                and (word == noun or word[len(noun) :] in _POSSESSIVES)
                for noun in _AMOUNT_NOUNS
            ):  # عددهم، مدته
                verb, before = self.w[x - 1], self.w[x - 2]
                if verb in _EXCEEDING and before in _NEGATIONS:
                    return "at_most"
                if verb in _EXCEEDED and before not in _NEGATIONS:
                    return "more_than"
        return None

    def hedge_before(self, k: int) -> tuple[str, bool, int] | None:
        """Find a hedge ending just before token ``k``: (hedge, weak, first)."""
        for size in (4, 3, 2, 1):
            if size <= k:
                key = self.w[k - size : k]
                for first, _ in _readings(key[0]):
                    hit = self.lex.hedges.get((first, *key[1:]))
                    if hit:
                        return hit[0], hit[1], k - size
        return None

    def post_hedge(self, k: int) -> tuple[str, int] | None:
        """Find a hedge starting at token ``k`` (تقريبا، at least): (hedge, end)."""
        for size in (2, 1):
            hedge = self.lex.post_hedges.get(tuple(self.w[k : k + size]))
            if hedge and k + size <= len(self.w):
                return hedge, k + size
        return None

    def range_end(self, a: _Core, first: int) -> tuple[_Core, int] | None:
        """Read B in ``between A and B``, ``A to B``, ``A-B``: (B, first token)."""
        w, j, n = self.w, a.j, len(self.w)
        if j >= n or a.kind not in ("digits", "words", "dual"):
            return None
        opener, open_tok = None, first
        for tok, _ in _readings(w[first - 1]) if first else ():
            if tok in _RANGE_OPEN:
                opener, open_tok = _RANGE_OPEN[tok], first - 1
        if opener == "and" and open_tok > 0 and w[open_tok - 1] == "ما":
            open_tok -= 1  # ما بين
        join, b = _RANGE_JOIN.get(w[j]), None
        if join and (join == opener or (not opener and join == "to" and w[j] != "حتي")):
            b = self.core(j + 1) if j + 1 < n else None
        elif opener == "and" and w[j][0] == "و":
            b = self.core(j)  # بين عشرة وعشرين
        elif w[j] in _ALT_JOIN and j + 1 < n:
            glued = (
                self.ends[j - 1] == self.starts[j]
                and self.ends[j] == self.starts[j + 1]
            )
            if w[j] != "-" or (glued and a.kind == "digits"):
                b = self.core(j + 1)
        if b is None or b.kind not in ("digits", "words") or b.value <= a.value:
            return None
        if a.kind == "dual" and (noun := self.unit(b.j, False)) and noun[0] != a.lemma:
            return None  # لسنتين إلى ثلاث سنوات, but not قاعدتين و300 جندي
        return b, open_tok

    # -- one mention -------------------------------------------------------
    def glued_before(self, a: _Core) -> tuple[int, bool] | None:
        """Read what is glued to digits: (first token, definite), None if an id."""
        i, j, w = a.i, a.j, self.w
        if a.kind != "digits":
            return i, False
        if i and w[i - 1] in _ARTICLES and self.starts[i] - self.ends[i - 1] <= 1:
            return i - 1, True  # الـ25: an ordinal, or "the 2,500" before a noun
        glued_left = i > 0 and self.ends[i - 1] == self.starts[i]
        if glued_left and w[i - 1] in CLITICS:
            return i - 1, False  # و900، ل500
        if glued_left and (w[i - 1] in ("-", "+") or _LATIN.match(w[i - 1])):
            return None  # F-16, G7, COVID-19, P5+1
        suffix = j < len(w) and self.ends[j - 1] == self.starts[j] and w[j]
        if suffix and _LATIN.match(suffix) and self.unit_at(j, False) is None:
            return None  # 1st, 5G (but 5km)
        return i, False

    def is_date_part(self, a: _Core, before: int, unit: bool) -> bool:
        """Is the digit number ``a`` a year, a day of the month or a label?"""
        w, raw = self.w, self.w[a.i]
        if a.kind != "digits" or a.scale != 1.0 or not raw.isdigit():
            return False
        prev = {t for t, _ in _readings(w[before - 1])} if before > 0 else set()
        if not unit and prev & self.lex.labels:
            return True  # القرار رقم 2254، Article 140
        value = int(raw)
        if len(raw) <= 2 and 1 <= value <= 31:
            after = a.j + 1 if w[a.j : a.j + 1] == ["من"] else a.j
            return self.month_at(after) or self.month_at(before, ending=True)
        if len(raw) == 4 and 1900 <= value <= 2100:
            year_word = bool(prev & self.lex.year_words)
            if not unit and not year_word and self.change_to_count(a.j):
                return False  # "from about 2000 to 900 troops": a count
            if (
                not unit
                and not year_word
                and self.w[a.j : a.j + 1] not in _A_YEARS
                and reached_by_number_of(self.norm.text, self.starts[a.i])
            ):
                # "the number of troops rose to 2000": a count; "… rose to 2023
                # levels": that year's
                return False
            return not unit or year_word or self.month_at(before, ending=True)
        return False

    def change_to_count(self, j: int) -> bool:
        """Whether "to N" follows, N a number that is no year: a change of a count."""
        w = self.w
        if j + 1 >= len(w) or w[j] not in ("to", "الي", "إلى", "الى"):
            return False
        after = w[j + 1]
        return after.replace(",", "").isdigit() and not (
            len(after) == 4 and 1900 <= int(after) <= 2100
        )

    def mention(self, a: _Core) -> tuple[NumberMention | None, int]:
        """Build the mention around ``a``; also return the token to go on from."""
        glued = self.glued_before(a)
        if glued is None:
            return None, a.j
        first, definite = glued
        if a.kind == "words" and a.value == 10 and self.ordinal_before(a.i):
            return None, a.j  # الوجبة الثامنة عشرة: the eighteenth, no ten
        if a.strict and a.value == 1 and first and self.w[first - 1] in _ANY_ONE:
            return None, a.j  # "at any one time", "each one": no count of one
        if self.in_label(first, a.j):
            return None, a.j  # "SENIOR ADMINISTRATION OFFICIAL TWO:": who speaks
        ranged = self.range_end(a, first)
        b = ranged[0] if ranged else None
        last = b or a
        # "(320) منتسباً", "(7) ضربات": official Iraqi style brackets the digits
        bracketed = (
            first > 0
            and self.w[first - 1] == "("
            and self.w[last.j : last.j + 1] == [")"]
        )
        after = last.j + bracketed
        if (
            bracketed
            and a is last
            and a.kind == "digits"
            and self.w[after : after + 1]
            and self.w[after] in self.lex.scales
            # "(1,150) ألف ومئة وخمسين عاملاً": the digits spelled out after
            # them, a scale word opening the words, not scaling the digits
            and not self.spelled_on(after + 1)
        ):
            # "(250) مليار دينار": the scale word after the bracket
            a = last = self.scaled("digits", a.value, a.i, after, a.start)
            after = a.j
        unit = self.unit(after, a.kind == "vague") if a.lemma is None else None
        if unit is None and a.lemma is None and self.heads_line(first, after):
            # a fact box: "86 — members of the coalition", "~2,500: US troops"
            k = after + 1 + (self.w[after + 1 : after + 2] == ["the"])
            unit = self.unit(k, False)
        infix = None
        if unit is None and a.lemma is None and not b:
            # "2,500 or so troops", "2,500-plus troops": a hedge before the noun
            infix = self.post_hedge(last.j)
            unit = self.unit(infix[1], False) if infix else None
            infix = infix if unit else None
        if a.noun_at is not None:
            unit = (a.lemma, a.noun_at, a.noun_at + 1)  # الأشهر الستة
        elif a.lemma:
            unit = (a.lemma, a.i, a.j)
        sign = self.w[first - 1] if first > 0 else ""
        currency = _CURRENCY_SIGNS.get(sign) if sign else None
        priced = (  # "$1.2 billion", "£2.5 million", "IQD 12 billion"
            # an open noun after it is what the money buys: "a $92.4-million
            # U.S. Army Corps of Engineers contract"
            (unit is None or unit[0] not in self.lex.lemmas)
            and currency is not None
            and (self.ends[first - 1] == self.starts[first] or sign.isalpha())
        )
        if priced:  # the sign or code before the number is its unit
            unit = (currency, first - 1, first)
        opened = unit is not None and unit[0] not in self.lex.lemmas
        if opened and self.is_date_part(a, first, False):
            unit = None  # "the 2018 elections", "Article 61 states": no open noun
        if self.is_date_part(a, first, bool(unit)):
            if b and not self.is_date_part(b, b.i, False):
                # "from 5,200 in 2019 to 2,500": the year ends the earlier
                # count's phrase; the count after "to" is read on its own
                return None, a.j
            return None, last.j
        if b and self.is_date_part(b, b.i, bool(unit)):
            return None, last.j
        if unit and (
            self.w[unit[2] : unit[2] + 2] == ["-", "old"]
            or self.w[unit[2] : unit[2] + 1] == ["old"]
        ):
            return None, unit[2]  # a 25-year-old, 47 years old: an age
        pre = self.hedge_before(first - 1 if priced or bracketed else first)
        weak = None
        if pre and pre[1] and not unit:
            # a weak hedge (حتى، over) needs a counted noun; kept aside for a
            # noun the text left out ("cut to under 1,000")
            weak, pre = pre, None
        if pre and pre[1] and pre[2] and self.w[pre[2] - 1] in self.lex.phrasal:
            pre = None  # "came under 77 attacks": a verb's particle, no hedge
        if (
            a.strict
            and a.value == 1
            and unit
            and self.w[last.j : last.j + 1] in (["من"], ["of"])
        ):
            # "one of the officials" is not a count of one; ألفاً من الجنود
            # is a thousand of them.
            return None, last.j
        needs_unit = bool(a.bounds and a.bounds[2])
        # أربع منها، "four of them": a part of what was just counted
        of_them = last.j < len(self.w) and self.w[last.j] in OF_THEM
        # "the 2,500 troops in Iraq and the 900 in Syria": a definite number
        # with a place after it counts people there, its noun left out
        placed = (
            definite
            and self.w[first] == "the"
            and self.w[last.j : last.j + 1] == ["in"]
        )
        if not unit and (
            needs_unit
            or ((definite or a.strict) and not (pre or b or of_them or placed))
        ):
            return None, last.j
        start, value = a.start, a.value
        low: float | None
        high: float | None
        if a.bounds:
            hedge, low, high = "vague", a.bounds[0], a.bounds[1]
        elif ranged and b:
            hedge, low, high = "range", a.value, b.value
            if b.scale > 1 and a.scale == 1 and a.value * b.scale < b.value:
                low = a.value * b.scale  # between 2 and 3 million
            start = min(start, self.starts[ranged[1]])
        else:
            hedge = pre[0] if pre else "exact"
            start = self.starts[pre[2]] if pre else start
            if hedge == "exact" and (bound := self.exceeding_bound(first)):
                hedge = bound
            if infix and hedge == "exact":
                hedge = infix[0]
        end_tok = max(last.j, unit[2] if unit else 0)
        if (
            unit
            and unit[0] in DURATIONS
            and hedge not in ("vague", "range")
            and end_tok < len(self.w)
            and self.w[end_tok] in _AND_HALF
        ):
            value, end_tok = value + 0.5, end_tok + 1  # ثلاث سنوات ونصف
        post = self.post_hedge(end_tok)
        if post is None and unit and end_tok < len(self.w) - 2:
            # ثلاث قواعد صغيرة على الأقل: an adjective between noun and hedge.
            # After a number the noun is indefinite and so is its adjective;
            # only a two-word hedge counts (على الأقل, not a lone تقريبا).
            word = self.w[end_tok]
            post = self.post_hedge(end_tok + 1)
            after = self.w[end_tok + 3 : end_tok + 4]
            if not (
                post
                and post[1] == end_tok + 3
                and len(word) > 2
                and _ARABIC.match(word)
                and word[:2] != "ال"
                # 19 قاعدة ومنشأة على الأقل: a second noun joined to the first,
                # unless the hedge goes on to a number of its own (وأصيب على
                # الأقل 20)
                and (word[0] != "و" or not (after and after[0][:1].isdigit()))
            ):
                post = None
        if post and hedge in ("exact", post[0]):
            hedge, end_tok = post
        if hedge not in ("vague", "range"):
            low = value if hedge in ("exact", "more_than", "at_least") else None
            high = value if hedge in ("exact", "less_than", "at_most") else None
        end, lemma = self.ends[end_tok - 1], unit[0] if unit else None
        unit_text = None
        if priced:
            start = min(start, self.starts[first - 1])
            sign_span = self.norm.to_original(
                self.starts[first - 1], self.ends[first - 1]
            )
            unit_text = self.text[sign_span[0] : sign_span[1]]
        elif unit:  # a dual's noun starts after its clitic, like its number
            u_start = self.starts[unit[1]]
            if unit[1] >= a.i:
                u_start = max(u_start, a.start)
            u_span = self.norm.to_original(u_start, self.ends[unit[2] - 1])
            unit_text = self.text[u_span[0] : u_span[1]]
        mention = NumberMention(
            *self.norm.to_original(start, end),
            *self.norm.to_original(a.start, last.end),
            None if hedge in ("vague", "range") else value, low, high, hedge,
            lemma, unit_text, lemma in DURATIONS,
            self.lang or self.detect(start, end),
            None if weak is None else (
                weak[0], self.norm.to_original(self.starts[weak[2]], start)[0]
            ),
        )  # fmt: skip
        return mention, end_tok

    def detect(self, start: int, end: int) -> str:
        """Guess a mention's language from its words, else from the text."""
        span = self.norm.text[start:end]
        if _ARABIC.search(span):
            return "ar"
        return "en" if _LATIN.search(span) or not self.arabic else "ar"


def find_numbers(text: str, *, lang: str | None = None) -> list[NumberMention]:
    """Find counted figures in ``text``: number, hedge and counted noun.

    Args:
        text: Arabic or English text, as published (any digit script).
        lang: ``"ar"`` or ``"en"`` to use one language's word lists; None
            runs both, and each mention's ``lang`` comes from its own words.

    Returns:
        The mentions, sorted by ``start``. Years, days of the month,
        timestamps and ordinals are not reported.

    Examples:
        >>> [(m.value, m.hedge, m.unit) for m in find_numbers("بنحو ٣٬١٠٠ جندي")]
        [(3100.0, 'about', 'troop')]
        >>> m = find_numbers("between 10 and 20 US soldiers")[0]
        >>> (m.low, m.high, m.hedge, m.unit)
        (10.0, 20.0, 'range', 'troop')
        >>> [(m.value, m.unit, m.is_duration) for m in find_numbers("بعد شهرين")]
        [(2.0, 'month', True)]
        >>> find_numbers("في أيلول 2027، وفي 6 من تموز")
        []

    Notes:
        Linear in the length of the text: words that cannot start a number
        cost one set lookup; the lexicons are loaded once per process.
    """
    scan = _Scanner(text, lang)
    found: list[NumberMention] = []
    triggers, definite = scan.lex.triggers, scan.lex.definite_triggers
    # Only digits and trigger words can start a number: visit just those.
    candidates = [
        i
        for i, w in enumerate(scan.w)
        if w[0].isdigit()
        or w in triggers
        or w in _HALF
        or w in definite  # الأشهر الستة
        or i in scan.halved  # سنة ونصف
    ]
    done = 0  # tokens before this were read as part of a mention
    for i in candidates:
        if i < done:
            continue
        core = scan.core(i)
        if core is None:
            continue
        mention, nxt = scan.mention(core)
        if mention is not None:
            found.append(mention)
        done = max(nxt, i + 1)
    return sorted(found, key=lambda m: m.start)
