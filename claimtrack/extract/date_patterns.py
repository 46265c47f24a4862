"""The compiled date grammar: regular expressions built from the lexicons.

This module owns turning the calendar vocabulary of
:mod:`claimtrack.extract.months` into the regular expressions that find date
expressions: one pattern per kind of expression (timestamps, numeric dates,
day and month, month, quarter, year, year range, relative periods, relative
days, weekdays), and the index that says which rules can start at which word.
What a match *means* is read by :mod:`claimtrack.extract.date_grammar`; the
words around it by :mod:`claimtrack.extract.date_context`.

Patterns run on *folded* text (:func:`~claimtrack.extract.months.fold_letters`
applied to :func:`~claimtrack.extract.text.normalise_text` output), with
``re.IGNORECASE``; English month and weekday names are matched case-sensitively
(May / may). Spaces inside an expression never cross a line break.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping

from claimtrack.extract.months import (
    CalendarLexicon,
    alternation,
    calendar_lexicon,
    lookup,
    matched_key,
)

__all__ = ["DatePatterns", "date_patterns"]

# Arabic literals below are written folded (إلى → الي, حتى → حتي, ة → ه),
# as the text they run on is.
_S = r"[^\S\n]+"  # spaces within a line: a date never spans a line break
_S0 = r"[^\S\n]*"
# A core may start after a clitic letter: وأمس، بالأمس، ولغاية، والجمعة.
_LB = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"
_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_AD = rf"(?P<ad>{_S0}(?:م|ميلادي|AD|CE)(?!\w))?"
_NOT_HIJRI = rf"(?!{_S0}ه(?!\w))"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_TIME = (
    rf"(?:{_S0}[,،:\-]?{_S0}(?:(?:الساعه|at){_S})?(?P<hh>[01]?\d|2[0-3]):"
    rf"(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:{_S0}(?P<ampm>صباحا|مساءا|مساء|ص|م"
    r"|a\.m\.|p\.m\.|am|pm)(?!\w))?)?"
)
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_DIGITS = "0"  # index key standing for "any word that starts with a digit"
_Rules = tuple[tuple[str, re.Pattern[str]], ...]


class DatePatterns:
    """The compiled date grammar for one calendar lexicon.

    Build it once (:func:`date_patterns` caches the one for the shared
    lexicon): compiling takes about a tenth of a second. Matching then tries
    only the rules a word can start, where such words occur (:meth:`starts`).

    Attributes:
        lex: The lexicon the patterns were built from.
        rules: ``(name, pattern)`` for each kind of expression, in the order
            they are tried: ``timestamp``, ``numeric``, ``day_month``,
            ``month_day``, ``month``, ``quarter``, ``season``, ``fiscal``,
            ``year``, ``year_range``,
            ``relative``, ``relative_day``, ``weekday``.
        range_gap: Matches what joins the two ends of a range (و, to, –).
        range_lead: Finds the word opening a range (بين, from) at the end of
            a search window.

    Examples:
        >>> p = date_patterns()
        >>> [name for name, _ in p.rules][:3]
        ['timestamp', 'numeric', 'day_month']
        >>> p.month_of("ايلول/سبتمبر")
        9
    """

    def __init__(self, lex: CalendarLexicon) -> None:
        self.lex = lex
        full = set(lex.month_families["english"])
        mon_en = (
            f"(?:{alternation(full, exact_case=True)}"
            f"|{alternation(lex.english_months - full, exact_case=True, dot=True)})"
        )
        mon = f"(?:{alternation(k for k in lex.months if not k.isascii())}|{mon_en})"
        self.month_name = re.compile(mon, re.I)
        pair = rf"{mon}(?:(?:{_S0}[/\-–(]{_S0}|{_S}){mon}(?:{_S0}\))?)?"
        dir_ar, dir_en, this = (
            alternation(lex.directions_ar),
            alternation(lex.directions_en),
            alternation(lex.this_words),
        )

        def units(kind: str | None, arabic: bool) -> str:
            return alternation(
                k
                for k, v in lex.units.items()
                if kind in (None, v) and k.isascii() != arabic
            )

        def relative(kind: str | None) -> str:
            return (
                rf"(?:{units(kind, True)}{_S}{dir_ar}|{this}{_S}{units(kind, True)}"
                rf"|{dir_en}{_S}{units(kind, False)})"
            )

        rel_year = relative("year")
        yw = alternation(lex.year_words)
        part = (
            rf"(?:(?:the{_S})?(?P<part>{alternation(lex.parts)})(?P<psep>{_S}|{_S0}-{_S0})"
            rf"(?:the{_S})?)?"
        )
        year_tail = (
            rf"{_S0}[,،]?{_S0}(?:(?:من|of){_S})?(?:{yw}{_S0})?(?P<year>{_YEAR})"
            rf"{_NOT_HIJRI}{_AD}"
        )
        rel_tail = rf"{_S}(?P<dir>{dir_ar})|{_S}(?:(?:من|of){_S})?(?P<ryear>{rel_year})"
        month_word = alternation(lex.month_words)
        day_part = rf"(?:{alternation(lex.day_parts_ar)}{_S})?"
        day_part_en = rf"(?:{_S}{alternation(lex.day_parts_en)})?"
        q_ar = alternation(k for k in lex.quarter_ordinals if not k.isascii())
        q_en = alternation(k for k in lex.quarter_ordinals if k.isascii())
        weekday = (
            f"(?:{alternation(k for k in lex.weekdays if not k.isascii())}"
            f"|{alternation(lex.english_weekdays, exact_case=True)})"
        )
        rules: list[tuple[str, str]] = [
            (
                rf"{_LB}(?<![.:/-])(?P<y>\d{{4}})-(?P<mo>\d\d)-(?P<d>\d\d)(?:T|{_S})"
                r"(?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:\.\d+)?)?"
                r"(?P<tz>Z|[+-]\d\d:?\d\d)?(?![\w:])",
                "timestamp",
            ),
            (
                rf"{_LB}(?<![.,/:-])(?:(?P<iy>\d{{4}})(?P<isep>[-/.])(?P<im>\d{{1,2}})"
                r"(?P=isep)(?P<id>\d{1,2})|(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})"
                r"(?P=sep)(?P<y>\d{4}))(?![\w/]|[.,:-]\d)",
                "numeric",
            ),
            (
                rf"{_LB}(?:the{_S})?(?P<day>{_DAYNUM}|{alternation(lex.day_ordinals)})"
                rf"(?P<dsep>{_S}(?:من|of){_S}|{_S})(?:{month_word}{_S})?"
                rf"(?:(?P<mon>{pair})(?:{year_tail}{_TIME}|{rel_tail})?"
                rf"|(?P<rmonth>{relative('month')}))",
                "day_month",
            ),
            (
                rf"{_LB}(?P<mon>{mon_en}){_S}(?P<day>{_DAYNUM})(?!\w)"
                rf"(?:{_S0},?{_S0}(?P<year>{_YEAR}){_AD}{_TIME})?",
                "month_day",
            ),
            (
                rf"{_LB}{part}(?P<mw>{month_word}{_S})?(?:(?P<edir>{dir_en}){_S})?"
                rf"(?P<mon>{pair})(?:{year_tail}|{rel_tail})?",
                "month",
            ),
            (
                rf"{_LB}(?:the{_S})?(?:الربع{_S}(?P<qar>{q_ar})|(?P<qen>{q_en})"
                rf"(?:{_S}|-)quarter|Q(?P<qn>[1-4])"
                # a half year is two quarters: the first half of 2026, H2 2026
                rf"|النصف{_S}(?P<har>الاول|الثاني)|(?P<hen>first|second)(?:{_S}|-)half"
                rf"|H(?P<hn>[12]))(?!\w)(?:{year_tail}"
                rf"|{_S}(?:(?:من|of){_S})?(?P<ryear>{rel_year})"
                rf"|{_S}(?:من|of){_S}(?:the{_S})?(?P<bare>العام|السنه|year)(?!\w))?",
                "quarter",
            ),
            (
                # a season of a year: three months (the fall of 2025, صيف 2026,
                # the end of the summer); with no year, it needs a marker
                rf"{_LB}{part}(?:the{_S})?"
                rf"(?P<season>spring|summer|fall|autumn|(?:ال)?(?:ربيع|صيف|خريف))"
                rf"(?!\w)(?:{year_tail}|{_S}(?:(?:من|of){_S})?(?P<ryear>{rel_year}))?",
                "season",
            ),
            (
                # a holiday of a fixed day: "by Christmas", قبل عيد الميلاد
                rf"{_LB}(?:the{_S})?(?P<hol>christmas(?:{_S}(?:day|eve))?"
                rf"|new{_S}year['’]?s{_S}(?:day|eve)"
                rf"|عيد{_S}الميلاد(?:{_S}المجيد)?)(?!\w)(?:{year_tail})?",
                "holiday",
            ),
            (
                # a US federal fiscal year: October to September (FY2026, the
                # end of fiscal year 2026 is 30 September 2026)
                rf"{_LB}{part}(?:(?:the|u\.?s\.?){_S})?(?:fiscal(?:{_S}year)?{_S}"
                rf"|fy{_S0}-?)(?P<fy>(?:19|20)\d\d|\d\d)(?![\w%]|[.,]\d)",
                "fiscal",
            ),
            (
                rf"{_LB}(?<!\d[,.]){part}(?:(?P<yw>{yw}){_S0})?(?P<year>{_YEAR})"
                rf"{_NOT_HIJRI}{_AD}(?![\w%]|[.,]\d)",
                "year",
            ),
            (
                rf"{_LB}(?:(?P<lead>بين|between|من|from){_S})?(?:(?P<yw>{yw}){_S0})?"
                rf"(?P<y1>{_YEAR})(?P<sep>{_S0}(?:(?:and|الي|حتي|لغايه|to|until|till"
                rf"|through)(?!\w)|و){_S0}|{_S0}[-–—/]{_S0})(?:{yw}{_S0})?"
                r"(?P<y2>(?:19|20)\d\d|2100|\d\d)(?![\w%]|[.,]\d)",
                "year_range",
            ),
            (
                rf"{_LB}{part}(?P<rel>{relative(None)}"
                # "by year-end", "by year's end": the end of this year
                rf"|(?P<yend>year(?:-|{_S})end|year['’]s{_S}end)(?!\w)"
                r"|(?P<bare>العام|السنه|الشهر|year|month)(?!\w)"
                # "the end of that year", "the same year": the year named before
                rf"|(?P<same>(?:that|same){_S}year)(?!\w))",
                "relative",
            ),
            (
                rf"{_LB}{day_part}(?P<rel>{alternation(lex.relative_days)}){day_part_en}",
                "relative_day",
            ),
            (
                rf"{_LB}{day_part}(?:(?P<yawm>{alternation(lex.day_words)}){_S})?"
                rf"(?:(?P<edir>{dir_en}){_S})?(?P<wd>{weekday})"
                rf"(?:{_S}(?P<dir>{dir_ar}))?{day_part_en}",
                "weekday",
            ),
        ]
        self.rules = tuple((name, re.compile(p, re.I)) for p, name in rules)
        self.starters = self._index_starters()
        self.by_word = self._index_words()
        self.words = frozenset(self.by_word)
        self.range_gap = re.compile(
            rf"{_S0}(?:(?P<w>and|الي|حتي|لغايه|to|until|till|through)(?!\w)"
            rf"|(?P<waw>و)|[-–—]){_S0}",  # و is a clitic: وكانون الأول
            re.I,
        )
        self.range_lead = re.compile(
            rf"(?<!\w)(?:ما{_S})?(?P<lead>بين|between|من|from){_S0}\Z", re.I
        )

    def _index_starters(self) -> Mapping[str, _Rules]:
        """Map each word an expression can start with to the rules to try.

        Trying every rule at every character costs ~30 ms for a 600-word
        article; trying only the rules a word can start (most words start
        none) is ten times faster and finds the same matches.
        """
        lex = self.lex
        index: dict[str, set[str]] = {}

        def add(words: Iterable[str], *rules: str) -> None:
            for word in words:
                index.setdefault(word.split(" ")[0], set()).update(rules)

        add(lex.parts, "month", "year", "relative", "fiscal")
        add(["the"], "day_month", "month", "quarter", "season", "fiscal", "year")
        add(["the"], "relative")
        add(["fiscal", "fy", "us", "u"], "fiscal")
        add([f"fy{y:02d}" for y in range(100)], "fiscal")  # FY26
        add([f"fy{y}" for y in range(1990, 2100)], "fiscal")
        seasons = ["spring", "summer", "fall", "autumn", "ربيع", "صيف", "خريف"]
        add([*seasons, "الربيع", "الصيف", "الخريف"], "season")
        add(lex.parts, "season")
        add(["christmas", "new", "عيد"], "holiday")
        add(lex.day_ordinals, "day_month")
        add(lex.months, "month_day", "month")
        add(lex.month_words, "month")
        add(lex.directions_en, "month", "relative", "weekday")
        add(["الربع", "q1", "q2", "q3", "q4", "النصف", "h1", "h2"], "quarter")
        add((k for k in lex.quarter_ordinals if k.isascii()), "quarter")
        add(lex.year_words, "year", "year_range")
        add(["بين", "between", "من", "from"], "year_range")
        add(lex.units, "relative")
        add(lex.this_words, "relative")
        add(lex.relative_days, "relative_day")
        add(lex.day_parts_ar, "relative_day", "weekday")
        add(lex.day_words, "weekday")
        add(lex.weekdays, "weekday")
        add([_DIGITS], "timestamp", "numeric", "day_month", "year", "year_range")
        # Rules keep their declared order at each position.
        return {
            word: tuple(rule for rule in self.rules if rule[0] in names)
            for word, names in index.items()
        }

    def starts(self, folded: str) -> Iterator[tuple[int, str, re.Pattern[str]]]:
        """Yield ``(offset, rule name, pattern)`` wherever a rule may match.

        Offsets are word starts, and the starts of a word's stem after the
        clitics و ف ب ل (وبحلول, للعام, و2026), where a word of the
        grammar (or a digit) begins.

        Args:
            folded: Folded text.

        Yields:
            Each candidate position with a rule to try there.

        Examples:
            >>> [(i, n) for i, n, _ in date_patterns().starts("وفي 2014")][:2]
            [(4, 'timestamp'), (4, 'numeric')]
        """
        # A Python loop over every word costs more than the rest of the scan,
        # so the words of the grammar present in the text are found with set
        # operations, and only their occurrences are visited.
        by_word = self.by_word
        for word in self.words & set(_WORD.findall(folded)):
            entries = by_word[word]
            at = folded.find(word)
            while at >= 0:
                after = at + len(word)
                if (at == 0 or not _is_word_char(folded[at - 1])) and (
                    after == len(folded) or not _is_word_char(folded[after])
                ):
                    for skip, rules in entries:
                        for name, pattern in rules:
                            yield at + skip, name, pattern
                at = folded.find(word, after)
        digit_rules = self.starters[_DIGITS]
        for found in _NUMBER.finditer(folded):
            at = found.start()
            if _is_word_start(folded, at):
                for name, pattern in digit_rules:
                    yield at, name, pattern

    def _index_words(self) -> Mapping[str, tuple[tuple[int, _Rules], ...]]:
        """Map whole words, clitics included, to (stem offset, rules) pairs."""
        out: dict[str, list[tuple[int, _Rules]]] = {}
        for key, rules in self.starters.items():
            if key == _DIGITS:
                continue
            variants = {key, key.title(), key.upper()} if key.isascii() else {key}
            for clitic, form in itertools.product(_CLITICS, variants):
                out.setdefault(clitic + form, []).append((len(clitic), rules))
                if key.startswith("ال") and clitic[-1:] == "ل":
                    # ل + ال is written لل (للعام): the stem starts at the 2nd ل.
                    merged = clitic + key[1:]
                    out.setdefault(merged, []).append((len(clitic), rules))
        return {word: tuple(entries) for word, entries in out.items()}

    def month_of(self, text: str) -> int:
        """Month of a (possibly doubled) month name: أيلول/سبتمبر → 9."""
        found = self.month_name.search(text)
        assert found is not None  # the pattern only matches month names
        return self.lex.months[matched_key(found.group())]

    def relative_unit(self, text: str) -> tuple[str, int] | None:
        """Read ``العام المقبل`` / ``هذا الشهر`` / ``next year`` → (unit, offset)."""
        words = matched_key(text).split()
        head, tail = words[0], " ".join(words[1:])
        unit = lookup(self.lex.units, head)
        if unit is not None and tail in self.lex.directions_ar:
            return unit, self.lex.directions_ar[tail]
        this_unit = lookup(self.lex.units, tail)
        if head in self.lex.this_words and this_unit is not None:
            return this_unit, 0
        lead = " ".join(words[:-1])
        if lead in self.lex.directions_en and words[-1] in self.lex.units:
            return self.lex.units[words[-1]], self.lex.directions_en[lead]
        return None

    def part_of(self, m: re.Match[str]) -> tuple[str, int] | None:
        """Part word and the start of what follows it; None if there is none.

        English ``end`` without ``of`` counts only when hyphenated
        (``end-2026``); otherwise it is the verb ("to end the year").
        """
        if m["part"] is None:
            return None
        key = matched_key(m["part"])
        if key == "end" and "-" not in m["psep"]:
            return "", m.end("psep")
        return self.lex.parts[key], m.start()


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is a regex word character (backslash-w)."""
    return char.isalnum() or char == "_"


def _is_word_start(text: str, at: int) -> bool:
    """Whether ``at`` starts a word, or its stem after clitics (و2026, وب2014)."""
    for clitics in _CLITICS:
        begin = at - len(clitics)
        if (
            begin >= 0
            and text.startswith(clitics, begin)
            and (begin == 0 or not _is_word_char(text[begin - 1]))
        ):
            return True
    return False


@functools.cache
def date_patterns() -> DatePatterns:
    """Return the date grammar for the shared lexicon, compiled once.

    Returns:
        The shared :class:`DatePatterns`.

    Examples:
        >>> date_patterns() is date_patterns()
        True
    """
    return DatePatterns(calendar_lexicon())
