"""Phrases inside one clause: speakers, outlets, adjuncts, and what ends them.

This module owns reading the phrases an attribution frame is made of, in one
clause's tokens: a speaker phrase after a verb (head noun, genitives and
adjectives, a name after a title, one apposition: "مستشار رئيس الوزراء،
حسين علاوي"), a subject written before the verb ("X، Y، قال", "X said"),
outlets and their anaphors (وكالة "رويترز"، الصحيفة, the newspaper), speaker
anaphors (المصادر، بعضهم، البيان), channels (لموقع X، في تصريحات لوكالة X,
told X) and the words that end a phrase. The frame itself (which cue, where
the content starts) is :mod:`claimtrack.extract.attribution_grammar`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrack.extract.attribution_lexicon import (
    Cue,
    Token,
    bare_forms,
    fold,
    is_definite,
    is_nisba,
    load_attribution_lexicon,
    mark_quotes,
)
from claimtrack.extract.date_context import has_future_verb
from claimtrack.extract.outlets import Outlet, quoted_outlet, read_outlet
from claimtrack.extract.speakers import (
    ONE_OF_AR,
    complements,
    in_construct,
    is_name_like,
    is_place,
    known_name_size,
    resolve_entity,
)

__all__ = ["PhraseReader", "Ref"]

# English words that end a speaker phrase and open a clause on it: "three
# people briefed on the talks", "officials familiar with the plan".
_SOURCE_CLAUSE = frozenset(
    {"who", "that", "on", "speaking", "said", "briefed", "familiar", "knowledgeable"}
)
# Lower-case words inside an English proper name: "Ministry of Defense".
_NAME_GLUE = frozenset({"of", "for", "the", "and", "on", "in"})
# Verbs of talking to a channel: "officials who spoke to Reuters".
_TALKED = frozenset(
    "spoke talked تحدث تحدثت تحدثوا تحدثا تحدثتا صرح صرحت صرحوا".split()
)

QUOTES = frozenset('"“”«»')
COMMAS = frozenset(",،")
ENDS = frozenset(",،:.؟?!;؛")
# English words before which a reporting form is not a reporting verb.
_NOT_VERB_AFTER = frozenset(
    {"the", "a", "an", "was", "were", "is", "are", "be", "been"}
)
# Adverbs that stand between an English auxiliary or subject and its verb.
VERB_ADVERBS = frozenset(
    "first also officially formally initially publicly recently later then "
    "previously reportedly repeatedly jointly originally already".split()
)
# بيّن "made clear" loses its shadda in normalised text and is then the
# preposition بين "between": a verb only when it opens the clause and a
# complementiser (أن، بأن) follows within a subject's length.
_BETWEEN = frozenset({"بين", "وبين", "فبين"})
_THAT = frozenset({"ان", "بان"})
_SUBJECT_REACH = 10
# An outlet that saw the documents a figure comes from relays them.
SEEN_BY = frozenset(
    {(verb, "by") for verb in ("seen", "obtained", "reviewed", "viewed")}
    # "a senior Kurdish official quoted by Rudaw": the outlet relays the source
    | {(verb, "by") for verb in ("quoted", "cited", "interviewed", "reported")}
    # "said in a statement carried by Rudaw", "aired by Al-Sumaria"
    | {(verb, "by") for verb in ("carried", "aired", "broadcast", "relayed")}
    # "a tally compiled by Asharq Al-Awsat": the outlet's own count
    | {(verb, "by") for verb in ("compiled", "conducted", "published")}
    | {
        (verb, pronoun)
        for verb in ("اطلعت", "اطلع", "حصلت", "حصل")
        for pronoun in ("عليها", "عليه")
    }
)
# Nouns of an amount (عدد، حجم): after a verb of estimating or counting they
# are its object or passive subject (يُقدَّر عدد المقاتلين بنحو 5 آلاف), never
# a speaker nor the next word of a source's construct chain.
AMOUNT_NOUNS = frozenset(
    {"عدد", "حجم", "قيمه", "نسبه", "كلفه", "تكلفه", "حصيله", "مجموع", "اجمالي"}
)


def is_amount_noun(key: str) -> bool:
    """Whether a folded word is an amount noun, bare or with a possessive.

    Examples:
        >>> is_amount_noun("عددهم"), is_amount_noun("قيمتها"), is_amount_noun("عمر")
        (True, True, False)
    """
    if key in AMOUNT_NOUNS:
        return True
    for suffix in ("هم", "ها", "ه"):
        stem = key.removesuffix(suffix)
        if stem != key and (
            stem in AMOUNT_NOUNS
            or (stem.endswith("ت") and stem[:-1] + "ه" in AMOUNT_NOUNS)  # قيمتها
        ):
            return True
    return False


_MAX_KNOWN = 8  # words in the longest alias a speaker phrase is checked for
_SPEAKER_ENTITIES = frozenset({"group", "office", "organisation"})
# Institutions that take a place's name: معهد واشنطن، مركز بغداد للدراسات.
# Words after which an article is inside a name: عبد الأمير، أبو الفضل، بن الحسين.
_NAME_LINKS = frozenset({"عبد", "ابو", "بن", "ابن", "بنت", "ال", "ذو"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "this"})  # before a document noun
_NAMED_AFTER_PLACE = frozenset({"معهد", "مركز", "جامعه", "مؤسسه"})
# Time words that are also adjectives (العام "general", الحالي "current").
_AMBIGUOUS_TIME = frozenset(
    {"عام", "حالي", "جاري", "ماضي", "مقبل", "ماضيه", "مقبله"}
    | {"مطلع"}  # "early" (مطلع العام) and "informed" (مصدر مطلع)
)
# Words between "in" and an occasion noun: "in its latest quarterly report".
_OCCASION_WORDS = frozenset(
    "a an the joint its his her their latest new recent quarterly annual monthly "
    "weekly written televised separate".split()
)
ADJUNCT_OPENERS = frozenset({"في", "خلال", "in", "during", "at", "on"})


@dataclass(slots=True)
class Ref:
    """A phrase that names a source, by what it is.

    Attributes:
        kind: ``outlet`` (a named outlet), ``outlet_anaphor`` (الصحيفة, the
            agency), ``anaphor`` (المصادر، البيان), ``partitive`` (بعضهم),
            ``document`` (الخطة، تقديرات), ``pronoun``, ``joint`` (بيان مشترك)
            or ``speaker`` (a phrase for :func:`read_speaker`).
        first: First token.
        end: Token after the last.
        outlet: The outlet, for ``outlet``.
        value: Outlet kind wanted (anaphors of outlets), anaphor kind
            (``anonymous``, ``statement``) or a document's stance.
        segments: The comma segments of a ``speaker`` phrase.

    Examples:
        >>> Ref("pronoun", 0, 1).kind
        'pronoun'
    """

    kind: str
    first: int
    end: int
    outlet: Outlet | None = None
    value: str | None = None
    segments: list[list[Token]] = field(default_factory=list)


_HONOURS = frozenset({"excellency", "highness", "majesty"})
_AR_HONOURS = frozenset(fold(w) for w in ("معالي", "فخامة", "سعادة", "سمو", "سماحة"))
# Words between a document and whoever issued it: تقديرات صادرة عن الجيش,
# figures from the Pentagon.
ISSUED_BY = frozenset(
    {"من", "عن", "ل", "صادر", "صادره", "الصادر", "الصادره", "from", "of", "by"}
    | {"issued", "released", "published", "announced", "compiled", "provided", "the"}
    # الأرقام التي نشرتها وزارة الدفاع، النتائج التي أعلنتها المفوضية
    | {"التي", "الذي", "عنها", "عنه"}
    | {
        verb + pronoun
        for verb in (
            "اعلنت",
            "نشرت",
            "اصدرت",
            "اوردت",
            "قدمت",
            "كشفت",
            "اعلن",
            "نشر",
            "اعدت",  # دراسة أعدّها معهد واشنطن
            "اعد",
        )
        for pronoun in ("ها", "ه", "")
    }
)


class PhraseReader:
    """Read the phrases of one clause; the base of the clause grammar.

    Attributes:
        t: The clause's tokens.
        k: Their folded keys.
        n: How many there are.
        quoted: Which tokens are inside quotation marks.
        paren: Which tokens are inside brackets.
        latin: Whether the clause is written in Latin script (English).
        excluded: Token ranges already read as "according to X" phrases.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> reader = PhraseReader(tokenize("قال مستشار رئيس الوزراء، حسين علاوي، إن"))
        >>> ref = reader.noun_phrase(1)
        >>> [[t.text for t in seg] for seg in ref.segments]
        [['مستشار', 'رئيس', 'الوزراء'], ['حسين', 'علاوي']]
    """

    def __init__(self, tokens: list[Token]) -> None:
        self.t = tokens
        self.k = [t.key for t in tokens]
        self.n = len(tokens)
        self.lex = load_attribution_lexicon()
        self.quoted, self.paren = mark_quotes(tokens)
        latin = sum(t.text[0].isascii() for t in tokens if t.is_word)
        self.latin = latin * 2 > sum(1 for t in tokens if t.is_word)
        self.excluded: list[tuple[int, int]] = []
        # Every reading step scans the clause for cues: look each one up once.
        may_cue = self.lex.may_cue
        self._cues = [
            self._cue(i) if t.is_word and may_cue(t.key) else None
            for i, t in enumerate(tokens)
        ]
        self.cue_at = [i for i, c in enumerate(self._cues) if c is not None]

    # -- small predicates ---------------------------------------------------
    def free(self, i: int) -> bool:
        """Whether token i is outside quotations and brackets."""
        return not self.quoted[i] and not self.paren[i]

    def has(self, cls: str, i: int) -> bool:
        """Whether token i is a word of lexicon class ``cls``."""
        return i < self.n and self.t[i].is_word and self.lex.has(cls, self.k[i])

    def cue(self, i: int) -> Cue | None:
        """The reporting cue starting at token i, outside quotations, if any."""
        return self._cues[i]

    def _cue(self, i: int) -> Cue | None:
        t = self.t[i]
        if not self.free(i):
            return None
        cue = self.lex.cue(self.k[i : i + 4])
        english_verb = cue is not None and self.latin and cue.role != "according"
        if english_verb and (
            t.text[0].isupper()
            or (i and self.k[i - 1] in _NOT_VERB_AFTER)
            or (
                i > 1
                and self.k[i - 1] in VERB_ADVERBS
                and (self.k[i - 2] in _NOT_VERB_AFTER or self.t[i - 2].text in COMMAS)
            )
        ):
            # "Said Ahmed", "the reported attack", "was first announced",
            # "2,500 troops, first announced in 2024,"
            return None
        if cue is not None and self.k[i] in _BETWEEN and not self._opens_that(i):
            return None
        if english_verb and cue.role == "say" and self._as_aside(i):
            return None  # "— not September, as Washington has said": a contrast
        if english_verb and i + 1 < self.n and (self.k[i], self.k[i + 1]) in SEEN_BY:
            return None  # "an official quoted by Rudaw": a passive, the channel's
        return cue

    def _as_aside(self, i: int) -> bool:
        """Whether the verb at i ends an "as X (has) said" aside to another frame.

        "According to Iraqi officials, … by the end of 2026 — not September,
        as Washington has said": the aside names whom the clause contradicts.
        Alone, "…, as the Pentagon said" is the clause's own attribution.
        """
        for j in range(i - 1, max(-1, i - 5), -1):
            if self.k[j] == "as":
                if not (j > 0 and self.t[j - 1].text in ENDS | {"—", "–", "-"}):
                    return False
                return any(
                    (c := self.lex.cue(self.k[x : x + 4])) is not None
                    and c.role == "according"
                    for x in range(j)
                )
            if not self.t[j].is_word:
                return False
        return False

    def _opens_that(self, i: int) -> bool:
        """Whether token i opens its clause and أن follows before a stop."""
        if i and self.t[i - 1].text not in ENDS:
            return False
        for j in range(i + 1, min(self.n, i + 1 + _SUBJECT_REACH)):
            if self.k[j] in _THAT:
                return True
            if self.t[j].text in ENDS:
                return False
        return False

    def in_excluded(self, i: int) -> bool:
        """Whether token i was already read as part of an "according to" phrase."""
        return bool(self.excluded) and any(a <= i < b for a, b in self.excluded)

    def is_time(self, i: int) -> bool:
        """Whether token i is a word of time (الاثنين، العام الماضي, on Monday).

        العام is also "general" (المدير العام) and الحالي "current": such
        words count only next to another word of time or a number.
        """
        if not self.has("time", i) or self.k[i].removeprefix("و") in ONE_OF_AR:
            return False  # أحد without its article is "one (of)", not Sunday
        if bare_forms(self.k[i])[-1] not in _AMBIGUOUS_TIME:
            return True
        return any(
            0 <= x < self.n and (self.t[x].text.isdigit() or self.has("time", x))
            for x in (i - 1, i + 1)
        )

    def complementizer(self, i: int) -> int:
        """Tokens of a complementizer at i (أن، إلى أن، that), or 0."""
        if self.has("complementizer", i):
            return 1
        if (
            i + 1 < self.n
            and self.k[i] in ("الى", "علي", "ب")
            and self.has("complementizer", i + 1)
        ):
            return 2  # أشار إلى أن، أكد على أن
        return 0

    def occasion(self, i: int) -> int:
        """Tokens of "في بيان" / "in a statement" starting at i, or 0."""
        if i >= self.n or self.k[i] not in ADJUNCT_OPENERS:
            return 0
        j = i + 1
        while j < self.n and self.k[j] in _OCCASION_WORDS:
            j += 1  # "in its latest quarterly report"
        return j + 1 - i if self.has("occasion", j) else 0

    def stop(self, i: int, start: int) -> bool:
        """Whether token i ends a subject phrase that began at ``start``."""
        t, k = self.t[i], self.k[i]
        return (
            not t.is_word
            or not self.free(i)
            or self.in_excluded(i)
            or self.cue(i) is not None
            or self.complementizer(i) > 0
            or self.has("adverb", i)
            or (i > start and self.is_time(i))
            or self.occasion(i) > 0
            or (i > start and self.channel(i) is not None)
            or (i > start and self.talked(i))
            # "officials interviewed by Crisis Group": the participle is theirs
            # to whoever heard them, not part of their name
            or (
                self.latin
                and i > start
                and i + 1 < self.n
                and (k, self.k[i + 1]) in SEEN_BY
            )
            or k.startswith(("بقول", "قول"))
            or (self.latin and k in _SOURCE_CLAUSE)
            or (i > start and self.announced(i))
        )

    def announced(self, i: int) -> bool:
        """Whether a verbal noun at i opens what was announced (أعلن X مقتل).

        As written or after ب (رحّب X بانضمام، أشاد Y باستكمال: what is
        welcomed), and not after a head noun whose phrase it goes on ("لجنة
        انسحاب القوات" names a committee).
        """
        heads = ("role", "office", "anonymous", "medium")
        key, words = self.k[i], self.lex.words["announced"]
        return (key in words or (key[:1] == "ب" and key[1:] in words)) and not any(
            self.has(cls, i - 1) for cls in heads
        )

    def talked(self, p: int) -> bool:
        """Whether a verb of talking to a channel is at p ("spoke to AFP").

        Arabic has it without a relative pronoun after an indefinite noun:
        خبير أمني تحدث لشبكة رووداو, مسؤولون تحدثوا لرويترز.
        """
        if p >= self.n or self.k[p] not in _TALKED:
            return False
        q = p + 1
        if self.latin and q < self.n and self.k[q] == "exclusively":
            q += 1
        return q < self.n and self.channel(q) is not None

    # -- phrases --------------------------------------------------------------
    def outlet_at(
        self, j: int, *, guess: bool = True
    ) -> tuple[tuple[Outlet, int, int] | None, int]:
        """Read an outlet at j, after any opening quotes: (found, where it starts).

        A quoted name no list knows is an outlet too (لـ«إرم نيوز»), unless
        ``guess`` is false.
        """
        start = j
        while j < self.n and self.t[j].text in QUOTES:
            j += 1
        found = read_outlet(self.t, j) if j < self.n else None
        if found is None and j > start and guess:
            found = quoted_outlet(self.t, j)
        return found, j

    def channel(self, i: int) -> tuple[Ref | None, int] | None:
        """A channel adjunct at i (لموقع X، في تصريحات لوكالة X، told/to X)."""
        k, lex = self.k[i], self.lex
        if not self.t[i].is_word:
            return None
        j = i
        if k in ("في", "خلال") and self.has("occasion", i + 1):
            j = i + 2
            while self.has("adjective", j) or (j < self.n and self.k[j].endswith("ه")):
                if j < self.n and self.k[j].startswith("ل"):
                    break
                j += 1
            if j < self.n and self.k[j] == "مع":
                j += 1
        elif k in ("to", "with") and self.latin:
            j = i + 1
        elif k == "الى" and i and self.k[i - 1] in _TALKED:
            j = i + 1  # تحدثوا إلى رويترز
        elif i + 1 < self.n and (k, self.k[i + 1]) in SEEN_BY:
            j = i + 2  # documents seen by Reuters, وثائق اطلعت عليها رويترز
        elif not k.startswith("ل"):
            return None
        found = None
        if j < self.n and self.k[j] == "ل":
            j += 1  # لـ"رويترز": the tatweel is gone, the quote may stay
            found, j = self.outlet_at(j)
        elif j < self.n and not self.latin:
            found, j = self.outlet_at(j)  # تحدثوا إلى «بلومبرغ»
        elif j < self.n:
            found = read_outlet(self.t, j)
        if found is not None and (j > i or not self.latin):
            return Ref("outlet", i, found[2], outlet=found[0]), found[2]
        bare = k[1:] if j == i else ""
        if bare and lex.phrase("medium", [bare]) is not None:
            end = i + 1  # لوسائل إعلام رسمية: a generic channel, not an outlet
            while end < self.n and self.t[end].is_word and end - i < 4:
                if self.complementizer(end) or self.is_time(end):
                    break
                end += 1
            return None, end
        medium = lex.phrase("medium", [k[2:]]) if k.startswith("لل") else None
        if j == i and medium is not None:  # قال للصحيفة: told the newspaper
            return Ref("outlet_anaphor", i, i + 1, value=medium[0]), i + 1
        return None

    def body_at(self, j: int) -> bool:
        """Whether a body the alias table knows, with an outlet's type noun, is at j.

        "The Syrian Network for Human Rights", الشبكة السورية لحقوق الإنسان:
        an organisation, not a network.
        """
        first = j + 1 if self.latin and self.k[j] == "the" else j
        typed = [w.removeprefix("ال") for w in self.k[first : first + 3]]
        return (
            any(self.lex.phrase("medium", [w]) for w in typed)
            and self._known_name_end(j) > j
        )

    def noun_phrase(self, j: int) -> Ref:
        """Read what names a source at j: outlet, anaphor, document or speaker."""
        lex, n = self.lex, self.n
        while j < n and self.t[j].text in QUOTES:
            j += 1
        if j < n and self.k[j] == "ل":
            j += 1
            while j < n and self.t[j].text in QUOTES:
                j += 1
        if j >= n or not self.t[j].is_word:
            return Ref("speaker", j, j)
        body = self.body_at(j)
        found = None if body else read_outlet(self.t, j)
        if found is None and self.latin and j + 1 < n and not body:
            if self.k[j] == "the":
                found = read_outlet(self.t, j + 1)  # "the Iraqi News Agency"
            elif self.k[j].endswith("'s"):
                found = read_outlet(self.t, j + 1)  # "Lebanon's Al-Mayadeen"
        if found is not None:
            return Ref("outlet", j, found[2], outlet=found[0])
        k = self.k[j]
        definite = "ال" + k[2:] if k.startswith("لل") else k
        if self.latin and k == "the" and j + 1 < n:
            medium = lex.phrase("medium", [self.k[j + 1]])
            if medium is not None and not (
                j + 2 < n and self.t[j + 2].text[0].isupper()
            ):
                return Ref("outlet_anaphor", j, j + 2, value=medium[0])
        elif (
            definite.startswith("ال")
            and (m := lex.phrase("medium", [definite[2:]]))
            and not body
        ):
            return Ref("outlet_anaphor", j, j + 1, value=m[0])
        keys = [definite, *self.k[j + 1 : j + 4]]
        if (a := lex.phrase("anaphor", keys)) is not None and not (
            self.has("adjective", j + a[1])
            or (j + a[1] < n and self.k[j + a[1]].startswith("ال"))
        ):
            return Ref("anaphor", j, j + a[1], value=a[0])
        if lex.has("partitive", k):
            return Ref("partitive", j, j + 1, value=self.antecedent(j))
        if self.latin and (p := lex.phrase("partitive", keys)) is not None:
            return Ref("partitive", j, j + p[1], value=self.antecedent(j))
        d = lex.phrase("document", keys)
        if d is None and k.startswith("ل") and len(k) > 3:  # وفقا لأرقام الموازنة
            d = lex.phrase("document", [k[1:], *keys[1:]])
        if d is None and k in _DEMONSTRATIVES and j + 1 < n:
            # تقدر هذه الورقة، "this report estimates": the document in hand,
            # the issuer's voice
            d = lex.phrase("document", ["the", *keys[1:]] if self.latin else keys[1:])
            d = (d[0], d[1] + 1) if d is not None else None
        if d is not None:
            end = j + d[1]
            while end < n and (
                self.has("adjective", end)
                or (is_definite(self.k[end]) and is_nisba(self.k[end]))
            ):
                end += 1  # وفق الأرقام الرسمية; not البنتاغون (its owner)
            return Ref("document", j, end, value=d[0])
        if lex.has("pronoun", k):
            return Ref("pronoun", j, j + 1)
        if (
            not self.latin
            and j + 1 < n
            and (k in _AR_HONOURS or (k == "دوله" and self.has("role", j + 1)))
            and self.t[j + 1].is_word
        ):
            # معالي الأمين العام، فخامة الرئيس، دولة رئيس الوزراء: a title of
            # respect before the role, no part of it
            return self.noun_phrase(j + 1)
        honour = j + 1 < n and self.k[j + 1] in _HONOURS
        if self.latin and k in ("his", "her") and honour:
            if j + 3 < n and self.k[j + 2] == "the":
                # "by His Excellency the Prime Minister": a title, not a pronoun
                return self.noun_phrase(j + 3)
            return Ref("pronoun", j, j + 2)  # "His Excellency", as معاليه
        if self.has("occasion", j) and (self.has("joint", j + 1)):
            return Ref("joint", j, j + 2)
        if self.has("occasion", j) or (
            k.startswith("ل") and len(k) > 3 and self.lex.has("occasion", k[1:])
        ):  # وفقاً لبيان صادر عن …
            return self.statement_of(j)
        if self.latin and k in ("a", "an", "the") and self.has("occasion", j + 1):
            return self.statement_of(j + 1)
        if self.quoted[j] and (close := self.short_quote(j - 1)) is not None:
            return Ref("speaker", j, close, segments=[self.t[j : close - 1]])
        return self.speaker_phrase(j)

    def headed_by_source(self, ref: Ref) -> bool:
        """Whether a phrase opens with an office, role or unnamed-group word.

        Or opens with a body the alias table knows (خدمة أبحاث الكونغرس).
        """
        return (
            any(
                self.lex.has(cls, key)
                for x in range(ref.first, min(ref.end, ref.first + 2))
                for key in (self.k[x], self.k[x].removeprefix("ل"))
                for cls in ("office", "role", "anonymous")
            )
            or self._known_name_end(ref.first) > ref.first
        )

    def clause_subject(self, a: int, b: int) -> Ref | None:
        """The speaker a clause in tokens a..b names as its subject.

        English names it first, in capitals, past a dateline ("WASHINGTON –
        Senator Ellen Marsh met …"). Arabic names it after its verb (استقبل
        رئيس الوزراء X وفداً) or first (رئيس الوزراء X استقبل): a phrase
        headed by a role, office or group word, else a name that opens the
        clause.
        """
        if self.latin:
            first = a + 2 if b - a > 2 and self.t[a + 1].text in "–—-" else a
            end = first
            while (
                end < b
                and self.t[end].is_word
                and (
                    self.t[end].text[:1].isupper()
                    or (end > first and self.k[end] in ("of", "for"))
                    or (end > first and self.k[end][:3] == "al-")  # al-Sudani
                )
            ):
                end += 1
            if end <= first + 1:  # "He met …": a pronoun goes on as it is
                return None
            if end < b and self.t[end].text in COMMAS:
                # "The Defence Secretary, Richard Coyle, met": a role and its
                # name, as the noun phrase reads them
                ref = self.noun_phrase(first)
                if len(ref.segments) > 1 and ref.end <= b:
                    return ref
            return Ref("speaker", first, end, segments=[self.t[first:end]])
        for start in (a + 1, a):
            if start >= b or self.stop(start, start):
                continue
            ref = self.noun_phrase(start)
            if ref.kind != "speaker" or not ref.first < ref.end <= b:
                continue
            if (
                self.headed_by_source(ref)
                or (
                    start == a
                    and is_name_like(self.t[a : ref.end])
                    # a dateline's city is no one: الرياض 19 ذو القعدة … ترأس
                    and not is_place(self.t[a].text)
                    and not (ref.end < self.n and self.t[ref.end].text[:1].isdigit())
                )
            ):
                return ref
        return None

    def owner(self, doc: Ref) -> Ref | None:
        """The office or outlet that issued a document phrase, named right after it.

        إحصاءات البنتاغون، أرقام وزارة الدفاع، تقرير لوزارة الدفاع، تقديرات
        صادرة عن الجيش; figures from the Pentagon, a report by the ministry.
        Only an outlet, or a phrase headed by an office, role or unnamed-group
        word, counts:
        "the agreement signed in Baghdad" has no issuer.
        """
        j = doc.end
        while j < self.n and self.latin and self.is_time(j):
            j += 1  # "a report last week in The Washington Post"
        if self.latin and j + 1 < self.n and self.k[j] == "in":
            # "a report in The Washington Post": the paper published it
            ref = self.noun_phrase(j + 1)
            return ref if ref.kind == "outlet" else None
        while j < self.n and self.k[j] in ISSUED_BY:
            j += 1
        if j >= self.n or not self.t[j].is_word or not self.free(j):
            return None
        ref = self.noun_phrase(j)
        # حصيلة أوردتها مصادر طبية: unnamed sources issue one too
        if self.is_source(ref) or (
            # "figures compiled by the Congressional Research Service": a
            # proper name after a verb of issuing
            ref.kind == "speaker"
            and ref.end > ref.first
            and self.latin
            and j > doc.end
            and all(
                self.t[x].text[:1].isupper()
                for x in range(ref.first, ref.end)
                if self.t[x].is_word
            )
        ):
            return ref
        return None

    def is_source(self, ref: Ref) -> bool:
        """Whether a phrase names a source: an outlet, or an office, role or group."""
        return ref.kind == "outlet" or (
            ref.kind == "speaker" and ref.end > ref.first and self.headed_by_source(ref)
        )

    def statement_of(self, j: int) -> Ref:
        """Read "بيان صادر عن الوزارة" / "بيان للوزارة" / "a statement from X".

        The speaker is the one the statement is from (``value`` is
        ``statement``); with none named, the statement itself is the phrase.
        """
        m = j + 1
        while m < self.n and (
            self.k[m] in ("صادر", "صادره", "from", "by", "issued") or self.k[m] == "عن"
        ):
            m += 1
        issuer = m == j + 1 and any(  # بيان وزارة الدفاع: the ministry's statement
            self.has(cls, m) for cls in ("office", "role")
        )
        if m > j + 1 or issuer or (m < self.n and self.k[m].startswith("ل")):
            ref = self.speaker_phrase(m)
            if ref.end > m:
                return Ref(
                    "speaker",
                    ref.first,
                    ref.end,
                    value="statement",
                    segments=ref.segments,
                )
        return self.speaker_phrase(j)

    def antecedent(self, j: int) -> str | None:
        """The group noun a partitive (بعضهم) refers to, if this clause names it.

        A definite group noun (وتشمل المصادر … وأكد بعضهم) wins over the
        nearest group noun, which is often a member listed after it.
        """
        nouns = [i for i in range(j) if self.has("anonymous", i)]
        definite = [i for i in nouns if self.lex.phrase("anaphor", [self.k[i]])]
        return self.k[(definite or nouns)[-1 if not definite else 0]] if nouns else None

    def segment(self, j: int) -> int:
        """End of one comma segment of a speaker phrase starting at j."""
        lex, n = self.lex, self.n
        if j >= n or self.stop(j, j):
            return j
        if self.latin:
            i = j
            while i < n and i - j < 8 and not self.stop(i, j):
                i += 1
            return i
        head = self.k[j]
        if head.removeprefix("و") in ONE_OF_AR and j + 1 < n:
            # أحد المسؤولين، واحد من المسؤولين: the group noun's phrase.
            skip = 2 if self.k[j + 1] == "من" else 1
            return self.segment(j + skip) if j + skip < n else j
        # وفقاً لمصدر في …: the clitic ل of the source phrase is no part of it
        bare = head[1:] if head.startswith("ل") and len(head) > 3 else head
        phrase = any(
            lex.has(c, w)
            for c in ("role", "office", "anonymous", "count")
            for w in {head, bare}
        )
        phrase = phrase or head.startswith("ال") or head.isdigit() or head == "بعض"
        i = j + 1
        if not phrase:  # a bare name: up to five words
            while (
                i < n
                and i - j < 5
                and not self.stop(i, j)
                and not self.has("preposition", i)
            ):
                i += 1
            return i
        has_role = lex.has("role", head) or lex.has("role", bare)
        i = max(i, self._known_name_end(j))  # قوات سوريا الديمقراطية: one name
        while i < n:
            if (close := self.short_quote(i)) is not None:
                i = close  # باسم ميليشيا "عصائب أهل الحق": a quoted name
                continue
            if self.stop(i, j):
                break
            k = self.k[i]
            if self.has("preposition", i) and not self.has("np_preposition", i):
                break
            if k == "عن" and not has_role:
                break  # أعلن التحالف عن انتهاء: the verb's, unlike النائب عن
            known = any(lex.has(c, k) for c in ("role", "office", "anonymous"))
            # Adjectives agree in definiteness (after الخبير، هادي is a name);
            # a genitive follows an indefinite head (وزارة الدفاع), so after a
            # definite word only an adjective goes on: الوزارة | الانسحاب.
            prev = self.k[i - 1]
            # للجنة الأمن: ل and the construct head لجنة, whose genitive follows
            after_definite = is_definite(prev) and not (
                prev.startswith("لل") and lex.has("office", prev[1:])
            )
            describes = lex.has("adjective", k) or is_nisba(k)
            adjective = describes and not after_definite
            # لل / بال carry a preposition: a new phrase (للصحفيين), not an
            # adjective; but القائم بالأعمال is one title (chargé d'affaires).
            title = k == "بالاعمال" and prev.removeprefix("ال") == "قايم"
            prepositional = k.startswith(("لل", "بال"))
            definite = is_definite(k) and not prepositional
            definite = definite and (not after_definite or describes)
            genitive = (
                k.startswith("ل")
                and self.channel(i) is None
                and i + 1 < n
                and (
                    is_definite(self.k[i + 1])
                    # لوزارة شؤون البيشمركة: a construct chain closing definite
                    or (
                        not k.startswith("لل")
                        and i + 2 < n
                        and self.t[i + 1].is_word
                        and is_definite(self.k[i + 2])
                        and not self.stop(i + 1, j)
                        and not self.stop(i + 2, j)
                    )
                )
                and (
                    not k.startswith("لل")
                    or self.has("adjective", i + 1)
                    or is_nisba(self.k[i + 1])  # المجلس الوزاري للأمن الوطني
                )
            )  # المرصد السوري لحقوق الإنسان، القائد العام للقوات المسلحة
            # لجنة الأمن والدفاع: a genitive coordinated with the one before.
            coordinated = after_definite and k.startswith("وال") and len(k) > 5
            # خمسة مسؤولين أمريكيين وثلاثة مسؤولين عراقيين: a second group
            coordinated = coordinated or (
                k[:1] == "و"
                and (lex.has("count", k[1:]) or k[1:].isdigit())
                and i + 1 < n
                and lex.has("anonymous", self.k[i + 1])
                and any(lex.has("anonymous", x) for x in self.k[j:i])
            )
            # معهد واشنطن، مركز بغداد: an institution named after a place.
            # في إقليم كوردستان، محافظة الأنبار: a noun naming a place's kind,
            # then the place.
            named = (
                (
                    (i == j + 1 and head in _NAMED_AFTER_PLACE)
                    or (i >= j + 2 and self.has("np_preposition", i - 2))
                )
                and not after_definite
                and is_place(self.t[i].text)
            )
            # قيادة عمليات الأنبار: a construct chain of indefinite nouns goes
            # on to the definite noun that closes it.
            construct = (
                i + 1 < n
                and self.t[i + 1].is_word
                and in_construct(self.k[i - 1], k, self.k[i + 1])
                and not resolve_entity(self.t[i - 1].text)  # معهد واشنطن | عدد
                and not k.startswith(("ل", "ب", "و"))  # a clitic: another phrase
                and not is_amount_noun(k)  # ويقدر مراقبون | عدد المقاتلين
                and not self.stop(i + 1, j)
            )
            if (
                known
                or title
                or genitive
                or definite
                or coordinated
                or named
                or construct
                or self.has("np_preposition", i - 1)
            ):
                has_role = has_role or lex.has("role", k)
                i += 1
            elif adjective or (
                self.has("np_preposition", i)
                and i + 1 < n
                # القيادي في «قوات سوريا الديمقراطية» شيار محمود: a quoted name
                and (not self.stop(i + 1, j) or self.short_quote(i + 1) is not None)
            ):
                i += 1
            else:
                break
        while i > j + 1 and self.has("np_preposition", i - 1):
            i -= 1
        if has_role:  # وزير الخارجية فؤاد حسين: a name after the role
            if i < n and self.t[i].text == "(":
                # المتحدثة باسم وزارة الدفاع (البنتاغون) جوليا هارتمان: a
                # bracketed gloss of the office, then the name
                close = next(
                    (x for x in range(i + 1, min(n, i + 5)) if self.t[x].text == ")"),
                    None,
                )
                if close is not None and close + 1 < n:
                    after = self._name_end(close + 1, j)
                    if after > close + 1:
                        return after
            i = self._name_end(i, j)
        return i

    def _name_end(self, i: int, j: int) -> int:
        """End of a person's name of up to four words at i, else i."""
        m = i
        while (
            m < self.n
            and m - i < 4
            and not self.stop(m, j)
            and (not self.has("preposition", m) or self._named_basim(j, i, m))
        ):
            m += 1
            if (
                not self.latin
                and m - 1 > i
                and is_definite(self.k[m - 1])
                and self.k[m - 2] not in _NAME_LINKS
            ):
                break  # سامر الحديثي | الميناء: the family name ends it
        if m > i and is_name_like(self.t[i:m]):
            return m
        # فيصل بن فرحان وزير الخارجية: the name ends where a role begins
        role = next((x for x in range(i + 1, m) if self.has("role", x)), None)
        return role if role is not None and is_name_like(self.t[i:role]) else i

    def _known_name_end(self, j: int) -> int:
        """End of the longest known name of a group or office starting at j.

        A name of the alias table (قوات سوريا الديمقراطية) is one speaker even
        where its words would end the phrase; j when none starts there.
        """
        return j + known_name_size(self.t[j : j + _MAX_KNOWN], _SPEAKER_ENTITIES)

    def _named_basim(self, j: int, i: int, m: int) -> bool:
        """المتحدث باسم الحكومة باسم العوادي: a second باسم starts a name (Basim)."""
        return m == i and self.k[m] == "باسم" and "باسم" in self.k[j:i]

    def short_quote(self, i: int) -> int | None:
        """End (after the closing mark) of a quoted name of 1-4 words at i."""
        if i >= self.n or self.t[i].text not in QUOTES:
            return None
        for x in range(i + 1, min(self.n, i + 6)):
            if self.t[x].text in QUOTES:
                return x + 1 if x > i + 1 else None
            if not self.t[x].is_word:
                return None
        return None

    def speaker_phrase(self, j: int) -> Ref:
        """Read a speaker phrase at j: one segment and at most one apposition."""
        end = self.segment(j)
        segments = [self.t[j:end]]
        if end + 1 < self.n and self.t[end].text in COMMAS:
            end2 = self.segment(end + 1)
            second = self.t[end + 1 : end2]
            closes = (
                end2 >= self.n or not self.t[end2].is_word or self.stop(end2, end + 1)
            )
            relative = self.relative(end + 1)
            # "three US officials, Reuters reported": an outlet is no apposition,
            # nor is the channel told (مهدي تقي، لـ"السومرية نيوز"، إن).
            outlet = (
                read_outlet(self.t, end + 1) is not None
                or self.channel(end + 1) is not None
            )
            if (
                second
                and closes
                and not relative
                and not outlet
                # "بحسب مصدر في وزارة الدفاع، ستغادر آخر دفعة": a clause
                and not has_future_verb(f" {second[0].text} ")
                and complements(second, segments[0])
            ):
                segments.append(second)
                end = end2
        return Ref("speaker", j, end, segments=segments)

    def relative(self, i: int) -> int:
        """End of a relative or anonymity clause on the speaker starting at i, or 0.

        "who spoke on condition of anonymity", "speaking to reporters",
        "رفض الكشف عن هويته", "الذين طلبوا عدم ذكر أسمائهم".
        """
        if i >= self.n:
            return 0
        text = " ".join(self.k[i : i + 4])
        opens = self.k[i] in (
            "who",
            "which",
            "whose",
            "speaking",
            "الذي",
            "الذين",
            "التي",
        )
        if not opens and not any(m in text for m in self.lex.anonymity):
            return 0
        if not opens and not self.latin:
            # مصادر لم تسمها الصحيفة انسحاب …: the marker, and the outlet that
            # did not name them; what follows is the reported content, with
            # or without أن.
            marker = next((m for m in self.lex.anonymity if text.startswith(m)), None)
            if marker is not None:
                end = i + len(marker.split())
                if end < self.n and self.lex.phrase("anaphor", [self.k[end]]):
                    end += 1
                return end
        end = i + 1
        while end < self.n and not (
            self.t[end].text in ENDS
            or self.complementizer(end)
            or self.channel(end) is not None
        ):
            end += 1
        return end

    def proper_name(self, a: int, b: int) -> bool:
        """Whether tokens a..b are one English proper name, however long.

        "The Russian Defense Ministry's Center for Reconciliation of Opposing
        Parties in Syria": capitalised words and the lower-case glue of names.
        """
        words = [t for t in self.t[a:b] if t.is_word]
        return (
            self.latin
            and bool(words)
            and words[-1].text[:1].isupper()
            and all(t.text[:1].isupper() or t.key in _NAME_GLUE for t in words)
        )

    def speakerish(self, a: int, b: int) -> bool:
        """Whether tokens a..b can name a speaker: a name, or a speaker noun."""
        if is_name_like(self.t[a:b]) or (self.latin and b - a <= 4):
            return True  # English: "The mayor said", "The company denied"
        if sum(t.is_word for t in self.t[a:b]) <= 8 and self.proper_name(a, b):
            return True  # "The Syrian Observatory for Human Rights said"
        classes = ("role", "office", "anonymous", "medium", "occasion")
        return any(self.has(c, i) for i in range(a, b) for c in classes)
