"""Questions from context: what a figure in a sentence is a figure *of*.

The same question must get the same key in every outlet, and different
questions different keys: a key that is too specific only misses an
agreement, one that is too general invents conflicts. So only cues from the
lexicon (``data/lexicon/questions.tsv``) and the alias table build shared
keys; a figure whose subject cannot be read gets a key local to its own
words, which merges exact repeats and is compared with nothing else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Protocol

from claimtrack.claim import Property, Question
from claimtrack.extract.attribution_lexicon import fold, load_attribution_lexicon
from claimtrack.extract.number_lexicon import to_unit_lemma
from claimtrack.extract.sentences import split_spans
from claimtrack.figure import plural_unit
from claimtrack.names import AliasTable, normalise

__all__ = [
    "Entity",
    "Token",
    "count_unit",
    "find_entities",
    "number_question",
    "time_question",
    "tokenize",
]

# Harakat and tatweel are not word characters to ``re`` but sit inside words.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(rf"(?:[^\W_]|[{_MARKS}])+(?:[.'’-](?:[^\W_]|[{_MARKS}])+)*")
# Words that open a reported clause: an event named after them is what was
# said, not what the date before them is the time of.
_CLAUSE_OPENERS = frozenset({"ان", "انه", "بان", "فان", "وان", "that"})
# A pause in a sentence: punctuation, or a dash set off by spaces ("170 times
# — 67 in Iraq": a breakdown's places are not the total's).
_PAUSE = re.compile(r"[,،.;؛:!?؟()]|\s[—–-]{1,2}\s")
# "U.S." and "U.N.": their stops end no phrase.
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}\s*")
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_MAX_NGRAM = 6
_PHRASE_END = re.compile(r"[,،;؛:.()]")
# Entities that can have members: a count of countries "in" them is a size.
MEMBERSHIP_UNITS = frozenset({"country", "organisation", "state", "nation", "partner"})
# Membership words that may follow the figure ("86 member countries", "90
# nations have joined"); "have" after it is an auxiliary, not "has 86".
_MEMBER_WORDS = frozenset(
    {"member", "members", "membership", "joined", "join", "عضو", "عضوا", "اعضاء"}
    | {"انضمت", "انضم"}
)
# Counts of what is there at a time, not of what happened since a date.
_STOCK_UNITS = frozenset(
    {"troop", "soldier", "adviser", "country", "member", "partner", "seat"}
    | {"lawmaker", "base", "organisation", "state", "nation", "fighter"}
)
_PERSONNEL_UNITS = frozenset(
    {"troop", "soldier", "official", "member", "person", "lawmaker", "fighter"}
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: offsets in the original and its folded form."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A known entity (from the alias table) found in the text."""

    start: int
    end: int
    first: int
    """Index of its first token."""
    last: int
    """Index of its last token."""
    id: str
    kind: str


class _Span(Protocol):
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into words with original offsets and folded forms.

    Examples:
        >>> [t.norm for t in tokenize("نحو 2500 جندي أميركي")]
        ['نحو', '2500', 'جندي', 'امريكي']
    """
    out = []
    for m in _TOKEN.finditer(text):
        out.append(Token(m.start(), m.end(), normalise(m.group())))
    return out


@cache
def _lexicon() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    path = files("claimtrack.data.lexicon").joinpath("questions.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, value, word = line.split("\t")
        table[cls][normalise(word)] = value
    return dict(table)


def _cue(cls: str, token: Token) -> str | None:
    words = _lexicon()[cls]
    for form in _forms(token.norm):
        if form in words:
            return words[form]
    return None


@lru_cache(maxsize=1 << 16)
def _forms(norm: str) -> tuple[str, ...]:
    """A word and the stems left after its clitics and future prefix.

    Arabic verbs take و/ف and the future سـ before the person prefix (ستكتمل,
    وسينتهي): the lexicon lists the bare present (تكتمل, ينتهي).
    """
    forms = [norm]
    for clitic in _CLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
            forms.append(norm[len(clitic) :])
    for form in list(forms):
        if len(form) >= 4 and form[0] == "س" and form[1] in "يتنا":
            forms.append(form[1:])
    return tuple(forms)


def find_entities(tokens: Sequence[Token], text: str) -> list[Entity]:
    """Find alias-table entities in a token sequence, longest match first.

    Examples:
        >>> text = "انسحاب القوات من قاعدة عين الأسد وأربيل"
        >>> [e.id for e in find_entities(tokenize(text), text)]
        ['ain_al_asad', 'erbil']
    """
    table = AliasTable.default()
    found: list[Entity] = []
    i = 0
    while i < len(tokens):
        word = text[tokens[i].start : tokens[i].end]
        if not table.may_begin(word) and not (
            word[:1] in "وفبل" and table.may_begin(word[1:])
        ):
            i += 1  # most words begin no name: skip the n-gram lookups
            continue
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
            phrase = text[tokens[i].start : tokens[i + n - 1].end]
            entity = table.resolve(phrase)
            if entity is None and phrase[:1] in "وفبل" and len(phrase) > 3:
                entity = table.resolve(phrase[1:])
            if entity is not None:
                kind = table.kind_of(entity)
                found.append(
                    Entity(
                        tokens[i].start,
                        tokens[i + n - 1].end,
                        i,
                        i + n - 1,
                        entity,
                        kind,
                    )
                )
                i += n
                break
        else:
            i += 1
    return found


@lru_cache(maxsize=64)
def _read_sentence(text: str, start: int, end: int) -> tuple[list[Token], list[Entity]]:
    """Tokens and entities of ``text[start:end]``, read once per sentence.

    A sentence often carries several figures; each asks the same. Keyed by the
    document text itself (its hash is cached by Python), so only the figures
    of one document share readings.
    """
    tokens = tokenize(text[start:end])
    return tokens, find_entities(tokens, text[start:end])


def _index(tokens: Sequence[Token], offset: int) -> int:
    """Return the index of the first token ending after ``offset``."""
    for k, t in enumerate(tokens):
        if t.end > offset:
            return k
    return len(tokens)


def _name(entity_id: str) -> str:
    return AliasTable.default().canonical_name(entity_id)


def _nationality(
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    lo: int,
    hi: int,
    *,
    before: bool = True,
    floor: int = 0,
    unit: str | None = None,
) -> str | None:
    """Whose: an adjective in or right after the figure, else the nearest cue before.

    Not before ``floor``, where the figure's clause starts; and not one that
    qualifies another counted noun next to it ("to expel U.S. troops, with
    172 of the 329 lawmakers": the troops are American, the lawmakers not).
    """
    after = hi + 2
    if hi < len(tokens) and tokens[hi].norm in ("من", "of"):
        after = hi + 4  # جندي من القوات الأمريكية, 500 of the US forces
    for k in range(lo, min(len(tokens), after)):
        if (nat := _cue("nationality", tokens[k])) is not None:
            return nat
        word = tokens[k].norm
        if k > lo and word.endswith("يا") and tokens[k - 1].norm.endswith("ا"):
            # 2500 جندياً أمريكياً: a nisba in the accusative after its noun
            # (سوريا، تركيا after a preposition are places)
            bare = _lexicon()["nationality"].get(word[:-1])
            if bare is not None:
                return bare
    if not before:
        return None
    for k in range(lo - 1, max(floor - 1, lo - 12), -1):
        if (nat := _cue("nationality", tokens[k])) is not None:
            if unit is not None and any(
                (other := to_unit_lemma(tokens[x].norm)) is not None and other != unit
                for x in (k - 1, k + 1)
                if 0 <= x < lo
            ):
                return None
            return nat
        for e in entities:
            if e.last == k and e.id in _AMERICAN:
                return "US"
    return None


# Entities whose troops are American: "The Pentagon has about 2,500 troops".
_AMERICAN = frozenset({"united_states", "pentagon", "white_house"})


# A single base, unnamed: troops counted there are not the country's.
_BASE_WORDS = frozenset({"قاعده", "base", "installation", "outpost", "garrison"})
# A relative clause on the size of what it follows: ", which has", "، التي تضم".
_HAS_CLAUSE = re.compile(
    r"\s*[,،]\s*(?:(?:which|who|that)\s+(?:has|have|had|includes?|included"
    r"|comprises?|numbers?|counts?)\b|(?:التي|الذي|الذين)\s+(?:تضم|يضم|يضمون"
    r"|لديها|لديه|يبلغ|تبلغ))"
)


def _date_place(
    entities: Sequence[Entity],
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    phase: str | None,
) -> str | None:
    """Where a withdrawal date applies, if a phase does not name it instead.

    Read within the date's own clause; a place after and/و is the next one's.
    """
    if phase:
        return None
    return _places(entities, lo, hi, tokens=tokens, floor=_clause_start(tokens, lo))


def _clause_start(tokens: Sequence[Token], lo: int) -> int:
    """Index where the reported clause holding token ``lo`` starts, else 0.

    After the last أن/إن/that before it: "قال رئيس الوزراء العراقي إن 2500
    جندي" — Iraqi is the prime minister's, not the troops'.
    """
    for k in range(lo - 1, -1, -1):
        if _opens_clause(tokens, k, lambda t: _cue("event", t)):
            return k + 1
    return 0


def _clause_end(text: str, tokens: Sequence[Token], hi: int, reach: int = 7) -> int:
    """Index of the last token worth reading after a figure.

    That is ``reach`` words on, but not past a comma, a full stop or a
    reported clause; a short aside set off by two commas is passed over
    ("3,500 coalition personnel, most of them American, remain in Iraq").
    """
    k, last, after_aside = hi, min(len(tokens), hi + reach), -1
    while k < last:
        if (
            k > 0
            and k != after_aside
            and _PAUSE.search(text, tokens[k - 1].end, tokens[k].start)
            and not _ABBREVIATION.fullmatch(text, tokens[k - 1].start, tokens[k].start)
        ):
            close = next(
                (
                    x
                    for x in range(k + 1, min(len(tokens), k + _ASIDE))
                    if _PAUSE.search(text, tokens[x - 1].end, tokens[x].start)
                ),
                None,
            )
            aside = tokens[k:close] if close else []
            if not (
                close
                and _is_comma(text, tokens, k)
                and _is_comma(text, tokens, close)
                and len(aside) >= 2
                and not any(t.norm[:1].isdigit() for t in aside)
                and tokens[close].norm not in _SOURCE_OPENERS
            ):
                return k - 1
            last = min(len(tokens), last + (close - k))
            k = after_aside = close
            continue
        if tokens[k].norm in _CLAUSE_OPENERS:
            return k - 1
        k += 1
    return last - 1


def _is_comma(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether only a comma stands between token ``k - 1`` and token ``k``."""
    return text[tokens[k - 1].end : tokens[k].start].strip() in (",", "،")


def _with_washington(
    entities: Sequence[Entity], tokens: Sequence[Token], e: Entity
) -> bool:
    """Whether a capital coordinated with Washington names a government.

    "Washington and Baghdad agreed …", اتفقت واشنطن وبغداد: the two sides,
    not where anything happens.
    """
    if e.kind != "place" or not tokens:
        return False
    for us in entities:
        if us.id != "united_states":
            continue
        for left, right in ((us, e), (e, us)):
            gap = right.first - left.last
            if (gap == 2 and tokens[left.last + 1].norm == "and") or (
                gap == 1 and _joins(tokens, right.first)
            ):
                return True
    return False


# Words that make a place the backer of what precedes, not where it is:
# فصائل موالية لإيران, "militias backed by Iran".
_BACKED = frozenset(
    "مواليه موالي موالين الموالي المواليه الموالين تابعه التابعه مقربه المقربه"
    " loyal aligned allied".split()
)
_BACKED_BY = frozenset(
    "مدعومه المدعومه مدعومين المدعومين backed supported funded armed".split()
)
_BACKED_ANY = _BACKED | _BACKED_BY


def _backer(tokens: Sequence[Token], e: Entity) -> bool:
    """Whether a place backs the group before it: موالية لإيران, backed by Iran."""
    k = e.first
    if k >= 1 and tokens[k - 1].norm in _BACKED:
        return True  # لإيران carries its ل; "loyal to Iran" has its own to
    if k >= 2 and tokens[k - 1].norm in ("to", "with", "من", "by"):
        return tokens[k - 2].norm in _BACKED_ANY
    return False


def _places(
    entities: Sequence[Entity],
    lo: int,
    hi: int,
    last: int | None = None,
    tokens: Sequence[Token] = (),
    floor: int = 0,
) -> str | None:
    """Where: places in the words after the figure, else the nearest before.

    "US" right after a figure is whose, not where ("attacks on US bases"):
    like the nationality before it, it does not scope the question. With the
    sentence's ``tokens``, a place after and/و opens the next conjunct ("leave
    federal Iraq by September 2025 and the Kurdistan region a year later").
    Places before ``floor``, where the figure's clause starts, are the
    frame's ("Iraq's prime minister said that 2,500 troops ...").
    """
    last = hi + 4 if last is None else last
    entities = [
        e
        for e in entities
        if not _with_washington(entities, tokens, e)
        and not (tokens and _backer(tokens, e))
    ]
    after = [
        e
        for e in entities
        if e.kind == "place" and hi <= e.first <= last and e.id != "united_states"
    ]
    if after and any(_joins(tokens, k) for k in range(hi, after[0].first + 1)):
        after = []
    if after:
        group = _place_groups(after)[0]
        return ", ".join(sorted({_name(e.id) for e in group}))
    # "In Syria, the U.S. maintains about 900 troops": the US between is whose.
    before = [
        e
        for e in entities
        if e.kind == "place"
        and floor <= e.first
        and e.last < lo
        and e.id != "united_states"
    ]
    if before:
        group = _place_groups(before)[-1]
        return ", ".join(sorted({_name(e.id) for e in group}))
    return None


def _place_groups(places: Sequence[Entity]) -> list[list[Entity]]:
    """Places in text order, grouped when at most a word stands between them.

    "in Iraq and Syria" is one group; a place further on starts the next.
    """
    groups: list[list[Entity]] = []
    for e in places:
        if groups and e.first - groups[-1][-1].last <= 2:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


# What may stand between coordinated numbers, and what makes two numbers a
# range instead ("between 2,000 and 2,500", ما بين 2000 و2500).
_NUMBER_AND = re.compile(r"\s*(?:,\s*)?(?:and\s+|و\s*)?", re.IGNORECASE)
_RANGE_OPENERS = frozenset({"between", "from", "بين", "من"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _respective_place(
    sentence: str,
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    lo: int,
    hi: int,
) -> str | None:
    """The place a coordinated figure takes from a list of as many places.

    "roughly 2,500 and 900 troops in Iraq and Syria(, respectively)", "بنحو
    2500 و900 جندي في العراق وسوريا": the first number is the first place's,
    the second the second's. The places may come first ("over Iraq and
    Syria, where the US keeps 2,500 and 900 troops, respectively").
    """
    # Numbers as token runs: "2,500" is two tokens with nothing between.
    spans: list[list[int]] = []
    for k, t in enumerate(tokens):
        if not any(ch.isdigit() for ch in t.norm):
            continue
        if (
            spans
            and spans[-1][1] == k - 1
            and tokens[k - 1].end == t.start - 1
            and sentence[tokens[k - 1].end] in ",.٬٫"
        ):
            spans[-1][1] = k
        else:
            spans.append([k, k])
    mine = [n for n, (a, b) in enumerate(spans) if lo <= b and a < hi]
    if len(mine) != 1:
        return None  # none, or a range read as one figure
    first = last = mine[0]
    while first and _NUMBER_AND.fullmatch(
        sentence, tokens[spans[first - 1][1]].end, _digit_start(tokens[spans[first][0]])
    ):
        first -= 1
    while last + 1 < len(spans) and _NUMBER_AND.fullmatch(
        sentence, tokens[spans[last][1]].end, _digit_start(tokens[spans[last + 1][0]])
    ):
        last += 1
    size = last - first + 1
    opener = spans[first][0] - 1
    if size < 2 or (opener >= 0 and tokens[opener].norm in _RANGE_OPENERS):
        return None
    # "2,500, 900 and 150": the last two are joined by and/و ("In 2024, 2,500
    # troops …" is no list), and no member is a year
    ending = sentence[tokens[spans[last - 1][1]].end : tokens[spans[last][0]].end]
    if not re.search(r"\band\b|و", ending) or any(
        a == b and _YEAR.fullmatch(tokens[a].norm.removeprefix("و"))
        for a, b in spans[first : last + 1]
    ):
        return None
    places = [e for e in entities if e.kind == "place" and e.id != "united_states"]
    fits = [g for g in _place_groups(places) if len(g) == size]
    end, start = spans[last][1], spans[first][0]
    after = [g for g in fits if g[0].first > end]
    before = [g for g in fits if g[-1].last < start]
    group = after[0] if after else before[-1] if before else None
    if group is None:
        return None
    return _name(group[mine[0] - first].id)


def _digit_start(token: Token) -> int:
    """Where a number token's digits start: و900 starts at its و's end."""
    return token.start + next((k for k, ch in enumerate(token.norm) if ch.isdigit()), 0)


# Words that point back to a place named before: "keeps 2,000 troops there",
# "the force there", "still in the country". "there" before a form of "be"
# or "remain" only says that something exists ("there are 2,500 troops").
_EXISTENTIAL = frozenset(
    {"is", "are", "was", "were", "be", "been", "will", "would", "remain", "remains"}
    | {"have", "has", "had", "appear", "appears", "seem", "seems", "may", "could"}
)
_IN_THE_COUNTRY = (("in", "the", "country"), ("في", "بلاد"), ("داخل", "بلاد"))
_BACK_REACH = 400  # how far back the sentences before are looked for


def _antecedent_place(
    text: str,
    start: int,
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    first: int,
    last: int,
) -> str | None:
    """The place that "there" or "in the country" in the figure's clause names.

    The last place before it in the sentence, else the last one of the two
    sentences before; None when the clause has no such word.
    """
    words = [t.norm for t in tokens]

    def points_back(k: int) -> bool:
        if words[k] == "there":
            after = words[k + 1] if k + 1 < len(words) else ""
            return after not in _EXISTENTIAL
        return any(tuple(words[k : k + len(p)]) == p for p in _IN_THE_COUNTRY)

    span = range(first, min(last + 1, len(words)))
    at = next((k for k in span if points_back(k)), None)
    if at is None:
        return None

    def places_in(found: Sequence[Entity]) -> list[Entity]:
        # "US" is whose troops, never where (see _places)
        return [e for e in found if e.kind == "place" and e.id != "united_states"]

    places = [e for e in places_in(entities) if e.last < at]
    if not places:
        # "Claim: … out of Iraq. Verdict: Misleading. About 2,000 … were
        # still in the country".
        places = places_in(_entities_before(text, start))
    return _name(places[-1].id) if places else None


def _entities_before(text: str, start: int) -> list[Entity]:
    """The entities of the two sentences before ``start``, within its paragraph."""
    head = text[max(0, start - _BACK_REACH) : start]
    head = head[head.rfind("\n\n") + 1 :]
    spans = split_spans(head)
    if not spans:
        return []
    return _read_sentence(text, start - len(head) + spans[-2:][0][0], start)[1]


# The counts of a force, which a country hosts (see host_country in
# questions.tsv); officials or fighters are not placed so.
_FORCE_UNITS = frozenset({"troop", "soldier", "adviser"})


def _host_country(entities: Sequence[Entity]) -> str | None:
    """The one host country among the places of ``entities``, if just that.

    A city or base among them may be where a count is, so it leaves the
    place unsaid; Iran and the United States are actors, passed over.
    """
    table = _lexicon()["host_country"]
    names = {_name(e.id) for e in entities if e.kind == "place"}
    names = {n for n in names if table.get(normalise(n)) != "actor"}
    if len(names) != 1:
        return None
    (name,) = names
    return name if table.get(normalise(name)) == "host" else None


def _modifier_within(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """A modifier inside the figure's own words: "500 additional troops"."""
    for token in tokens[lo:hi]:
        if (mod := _cue("modifier", token)) is not None:
            return mod
    return None


# Words for a part of the counted whole: "some of its 2,500 troops".
_SOME_OF = frozenset(
    "some most part half many several all بعض جزء معظم نصف غالبيه".split()
)


def _modifier(tokens: Sequence[Token], lo: int, text: str = "") -> str | None:
    """What a count of people counts them doing: leaving, deployed, killed.

    A noun or verb right before the figure ("withdrawal of 1,000 troops"), or
    a verb whose object the figure is, a few words further back ("withdrew
    over six months some 1,000 troops"), unless what remains or another
    number comes between ("..., leaving some 1,500").
    """
    for k in range(lo - 1, max(-1, lo - 8), -1):
        token = tokens[k]
        if _PHRASE_END.search(text, token.end, tokens[k + 1].start):
            return None  # "ahead of the withdrawal, 2,500 troops remain"
        if token.norm in ("of", "من") and k and tokens[k - 1].norm in _SOME_OF:
            return None  # "moving some of its 2,500 troops": the 2,500 are all
        if k >= lo - 3 and (mod := _cue("modifier", token)) is not None:
            return mod
        if (mod := _cue("modifier_verb", token)) is not None:
            return mod
        if token.norm[:1].isdigit() or _cue("remain", token) is not None:
            return None
        if token.norm in _CLAUSE_OPENERS:
            return None  # "نقلت رويترز عن مصدرين قولهما إن 300 جندي": the relay
    return None


# Nouns for an alliance, whose size "of N countries" is: تحالف من 60 دولة.
_ALLIANCE_WORDS = frozenset(
    {"تحالف", "تحالفا", "coalition", "alliance", "تكتل", "bloc"}
)
# Taking part in an organisation named right after is being of it: "86
# countries took part in the coalition", 86 دولة شاركت في التحالف.
_TOOK_PART = frozenset(
    "participated part participate belong belongs belonged شاركت شارك تشارك يشارك"
    " تنتمي ينتمي تنضوي ينضوي".split()
)


def _took_part(
    tokens: Sequence[Token], entities: Sequence[Entity], lo: int, hi: int
) -> bool:
    """Whether the counted took part in an organisation named right after.

    Not where the count says where others come from: "2,500 troops from 10
    countries are part of the NATO mission" counts no members.
    """
    if lo and tokens[lo - 1].norm in ("from", "من"):
        return False
    for k in range(hi, min(len(tokens), hi + 4)):
        if tokens[k].norm in _TOOK_PART:
            return any(
                e.kind == "organisation" and k < e.first <= k + 4 for e in entities
            )
    return False


_CASUALTIES = frozenset({"killed", "wounded"})
# Words that give the second of two coordinated dates a verb of its own.
_OWN_CLAUSE = frozenset("ان انه انها that قد will would could may might".split())
_ASIDE = 6  # words in the longest aside passed over between two commas
# Words that open a source phrase after a comma: what follows is no aside's end.
_SOURCE_OPENERS = frozenset(
    "according said says told بحسب وفق وفقا حسب قال قالت".split()
)
_OTHER = frozenset({"other", "اخري", "الاخري", "اخرين", "الاخرين"})
_AGAINST = frozenset({"against", "on", "ضد", "علي", "لمحاربه", "لقتال"})


# Words between a membership verb and its count: the organisation's name and
# a relative clause on when and why it was formed.
_MEMBERSHIP_REACH = 15


def _membership(tokens: Sequence[Token], lo: int, hi: int, text: str) -> bool:
    """Whether a count of countries is presented as an organisation's size.

    A membership word (has, comprises, members, يضم، يتكون، مكون من) earlier
    in the figure's phrase (a relative clause may stand between: "يضم التحالف
    الذي تشكل عام 2014 لمحاربة داعش 86 دولة"), in it ("86 member countries") or "joined"
    right after it; not a part of a group ("of those, 40 countries", "12
    دولة من دول التحالف").
    """
    if any(_cue("partitive", t) for t in tokens[max(0, lo - 3) : lo]):
        return False
    if lo and text[tokens[lo - 1].start : tokens[lo - 1].end].endswith(("'s", "’s")):
        return True  # "the coalition's 86 partners", "NATO's 32 members"
    if (
        lo > 1
        and tokens[lo - 1].norm in ("من", "of")
        and any(t.norm in _ALLIANCE_WORDS for t in tokens[max(0, lo - 4) : lo - 1])
    ):
        return True  # تحالفاً دولياً من 60 دولة, "a coalition of 60 nations"
    for k in range(lo - 1, max(-1, lo - _MEMBERSHIP_REACH), -1):
        if _PHRASE_END.search(text, tokens[k].end, tokens[k + 1].start) and k < lo - 1:
            break
        if _cue("membership", tokens[k]):
            return True  # "يضم التحالف 87 شريكا من الدول والمنظمات"
    if hi < len(tokens) and tokens[hi].norm in ("من", "of"):
        return False  # "12 دولة من دول التحالف": some of them
    window = tokens[lo : min(len(tokens), hi + 3)]
    return any(t.norm in _MEMBER_WORDS for t in window)


# Words between a counted noun and its verb that do not count as words:
# "2,500 troops are expected to leave", "will soon be withdrawn".
_AUXILIARIES = frozenset(
    "will would could may might shall should are is were was be been being "
    "set due expected scheduled slated to also soon then all".split()
)


def _modifier_after(tokens: Sequence[Token], hi: int, text: str) -> str | None:
    """What the counted people did, said right after them: "were killed"."""
    k, words, owner = hi, 0, 0
    while k < len(tokens) and words < 3:
        if _PHRASE_END.search(text, tokens[k - 1].end if k else 0, tokens[k].start):
            return None
        if (mod := _cue("modifier_after", tokens[k])) is not None:
            return mod
        if tokens[k].norm in ("and", "or", "و", "او"):
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                after is None
                or after.norm[:1].isdigit()
                or _cue("modifier_after", after) is not None
            ):
                return None  # "killed three soldiers and wounded 40": another verb's
            k += 1  # "two soldiers and a contractor were killed": both were
            continue
        if k == hi and tokens[k].norm in ("من", "of"):
            owner = 3  # جندي من قوات التحالف غادروا: whose they are, then the verb
        elif owner:
            owner -= 1
        elif tokens[k].norm not in _AUXILIARIES:
            words += 1  # "will", "are set to", "are expected to" do not count
        k += 1
    return None


CONTEXT = "context: "
"""How a subject made of a figure's own surroundings starts."""


def _local_subject(tokens: Sequence[Token], lo: int, hi: int) -> str:
    """A key made of the figure's own surroundings: merges exact repeats only."""
    words = [t.norm for t in tokens[max(0, lo - 5) : min(len(tokens), hi + 3)]]
    return CONTEXT + " ".join(words)


def number_question(
    text: str,
    sentence: tuple[int, int],
    mention: _Span,
    unit: str | None,
    *,
    is_duration: bool = False,
    window: str | None = None,
    source_end: int | None = None,
) -> Question:
    """Build the question a number in a sentence answers.

    Args:
        text: The document text.
        sentence: The sentence's ``(start, end)``.
        mention: The number mention (``start``/``end`` in the text).
        unit: The counted noun's lemma (``troop``, ``country``...).
        is_duration: The unit is a time unit.
        window: A time window from the same sentence ("since 2023-10-17").
        source_end: Where the phrase naming the figure's source ends, when it
            comes before the figure: its places and nationalities are the
            source's ("أفاد المرصد السوري بمقتل 25 عنصرا": not Syrians).

    Returns:
        The question: subject from unit, nationality, modifier and membership;
        scope from places and window.

    Examples:
        >>> t = "وتبقي الولايات المتحدة نحو 2500 جندي في العراق"
        >>> q = number_question(
        ...     t, (0, len(t)), _At(t.index("نحو"), t.index(" في")), "troop"
        ... )
        >>> q.key
        'us troops|count|place=iraq'
    """
    start, end = sentence
    tokens, entities = _read_sentence(text, start, end)
    lo = _index(tokens, mention.start - start)
    hi = _index(tokens, mention.end - start - 1) + 1
    floor = _clause_start(tokens, lo)
    if source_end is not None and start <= source_end <= mention.start:
        floor = max(floor, _index(tokens, source_end - start))
    clause_end = _clause_end(text[start:end], tokens, hi)
    where = [e for e in entities if not _backer(tokens, e)]
    place = _respective_place(text[start:end], tokens, where, lo, hi) or _places(
        where, lo, hi, clause_end, floor=floor
    )
    if place is None and unit in _STOCK_UNITS:
        place = _antecedent_place(text, start, tokens, where, floor, clause_end)
    if is_duration:
        event = _event(tokens, lo, hi, ahead=True)
        subject = (
            f"time allowed for {event}" if event else _local_subject(tokens, lo, hi)
        )
        return Question(
            subject=subject, property=Property.DURATION, place=place, window=window
        )
    if unit is None:
        return Question(subject=_local_subject(tokens, lo, hi), property=Property.COUNT)
    # What the figure itself says ("500 additional troops"), then what the
    # counted people do, said right after them, before what is said ahead of
    # them: in "three soldiers were killed and 25 others wounded" the 25 are
    # wounded.
    modifier = (
        _modifier_within(tokens, lo, hi)
        or _modifier_after(tokens, hi, text[start:end])
        or _modifier(tokens, lo, text[start:end])
    )
    if modifier == "founding" and unit not in (*MEMBERSHIP_UNITS, "member"):
        modifier = None  # "launched 12 attacks": a founding has members
    one_attack = False
    if modifier in _CASUALTIES and place is None and not window:
        # Killed and wounded are counts of one attack: where it struck, said
        # anywhere later in the sentence ("were wounded in a rocket attack on
        # Ain al-Asad air base"), else its own words as the event, so that the
        # wounded of two attacks are never compared.
        place = _places(where, lo, hi, len(tokens) - 1, floor=floor)
        one_attack = place is None
    if unit in _STOCK_UNITS and modifier is None and (window or "").startswith("since"):
        # "2,500 troops, a number steady since 2021": how many there are is a
        # state, not a tally since a date (attacks since October are).
        window = None
    if (
        unit == "member"
        and modifier is None
        and any(e.kind == "organisation" and e.last < lo for e in entities)
        and _membership(tokens, lo, hi, text[start:end])
    ):
        # "يضم التحالف الدولي لهزيمة داعش 86 عضوا", "the coalition has 86
        # members": an organisation's size, as "86 countries" would be.
        unit = "country"
    sized = (
        unit == "member"
        and modifier is None
        and "-member" in text[mention.start : mention.end].lower()
        and any(e.kind == "organisation" and hi <= e.first <= hi + 1 for e in entities)
    )
    if sized:
        unit = "country"  # "the 86-member coalition": its size
    if unit in MEMBERSHIP_UNITS and (
        modifier is not None
        or not (
            sized
            or _membership(tokens, lo, hi, text[start:end])
            or _took_part(tokens, entities, lo, hi)
        )
    ):
        # "12 countries sent trainers", "five countries withdrew": some of the
        # members doing something, which no other count answers.
        return Question(subject=_local_subject(tokens, lo, hi), property=Property.COUNT)
    if unit in MEMBERSHIP_UNITS:
        orgs = [e for e in entities if e.kind == "organisation" and e.last < lo]
        joined = [  # "nearly 90 nations have joined the coalition"
            e for e in entities if e.kind == "organisation" and hi <= e.first <= hi + 7
        ]
        owner = _name(orgs[-1].id) if orgs else _name(joined[0].id) if joined else None
        subject = f"members of {owner}" if owner else f"{unit} members"
        return Question(subject=subject, property=Property.COUNT, window=window)
    owner = None
    if unit in _PERSONNEL_UNITS:
        # "12 members of the PMF": a group named right after the noun is whose.
        # "12 members of the PMF", and "40,000 Peshmerga fighters": a group
        # named in the figure or right after the noun is whose.
        after = [
            e
            for e in entities
            if e.kind in ("group", "organisation")
            and lo <= e.first <= hi + 3
            # "2000 جندي، فيما ستنتهي مهمة التحالف": past a comma, another clause's
            and not _PHRASE_END.search(
                text[start:end], tokens[hi - 1].end, tokens[e.first].start
            )
        ]
        near = _nationality(tokens, entities, lo, hi, before=False)
        if near is not None:
            owner = near  # "900 Iraqi soldiers trained by coalition advisers"
        else:
            owner = (
                _name(after[0].id)
                if after
                else _nationality(tokens, entities, lo, hi, floor=floor, unit=unit)
            )
            if after and any(
                t.norm in _OTHER for t in tokens[hi : after[0].first]
            ):  # "1,000 troops from other coalition countries": not all of them
                owner = "other " + owner.removeprefix("the ")
        if owner is None:
            # "عدد عناصر الحشد الشعبي بأكثر من 200 ألف": an armed group named
            # just before, with nothing in between that ends the phrase but a
            # clause on its size ("Kataib Hezbollah, which has 10,000 fighters").
            sentence = text[start:end]
            before = [
                e
                for e in entities
                if e.kind == "group"
                and lo - 6 <= e.last < lo
                and (
                    not _PHRASE_END.search(
                        sentence, tokens[e.last].end, tokens[lo].start
                    )
                    or _HAS_CLAUSE.match(sentence, tokens[e.last].end)
                )
                # "the campaign against ISIS and now stand at 2,500": the
                # group is the object of another phrase, and "and" moves on
                and not (e.first and tokens[e.first - 1].norm in _AGAINST)
                and not any(_joins(tokens, k) for k in range(e.last + 1, lo))
            ]
            owner = _name(before[-1].id) if before else None
    if unit in _PERSONNEL_UNITS and not (modifier or owner or place or window):
        # "10,000 fighters", "2,000 troops": whose or where is unsaid, so any
        # two such counts may be of different forces; only repeats merge.
        return Question(subject=_local_subject(tokens, lo, hi), property=Property.COUNT)
    if (
        unit in _PERSONNEL_UNITS
        and place is None
        and any(t.norm in _BASE_WORDS for t in tokens[floor : clause_end + 1])
    ):
        # "the base held about 1,500 US troops": at an unnamed base, not in
        # the whole country.
        return Question(subject=_local_subject(tokens, lo, hi), property=Property.COUNT)
    if (
        place is None
        and owner is not None
        and unit in _FORCE_UNITS
        and modifier not in _CASUALTIES
    ):
        # A force's count whose clause names no place: in the one country
        # the sentence names before it, else the sentences before ("The
        # combat mission in Iraq is over. About 2,500 US troops will stay").
        before = [e for e in entities if e.last < lo and e.kind == "place"]
        place = _host_country(before or _entities_before(text, start))
    subject = " ".join(p for p in (modifier, owner, plural_unit(unit)) if p)
    if one_attack:
        event = _local_subject(tokens, lo, hi)
        return Question(subject=subject, property=Property.COUNT, event=event)
    return Question(
        subject=subject, property=Property.COUNT, place=place, window=window
    )


def count_unit(
    text: str, sentence: tuple[int, int], mention: _Span, unit: str | None
) -> str | None:
    """Return what a number counts, reading "N times" after an attack verb as attacks.

    Examples:
        >>> t = "قصفت الفصائل القواعد أكثر من 140 مرة"
        >>> count_unit(t, (0, len(t)), _At(t.index("أكثر"), len(t)), "time")
        'attack'
    """
    if unit != "time":
        return unit
    start, end = sentence
    tokens, _ = _read_sentence(text, start, end)
    lo = _index(tokens, mention.start - start)
    attacked = any(_cue("attack", t) for t in tokens[max(0, lo - 12) : lo])
    return "attack" if attacked else unit


class _At:
    """A bare span, for examples and callers without a mention object."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _joins(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` coordinates: and, و (ومن، وفي)."""
    return k < len(tokens) and (
        tokens[k].norm == "and" or tokens[k].norm.startswith("و")
    )


def _opens_clause(
    tokens: Sequence[Token], k: int, event_of: Callable[[Token], str | None]
) -> bool:
    """Whether token ``k`` opens a reported clause (أن، إنه، that).

    English "that" after an event noun is a relative pronoun instead: "the
    withdrawal that began in 2024".
    """
    norm = tokens[k].norm
    if norm not in _CLAUSE_OPENERS:
        return False
    return norm != "that" or k == 0 or event_of(tokens[k - 1]) is None


@lru_cache(maxsize=1 << 14)
def _says(norm: str) -> bool:
    """Whether a word is a reporting verb (قال، أعلنت، said, told)."""
    cue = load_attribution_lexicon().cue([fold(norm)])
    return cue is not None and cue.size == 1 and cue.role in ("say", "relay")


def _event(
    tokens: Sequence[Token],
    lo: int,
    hi: int | None = None,
    *,
    ahead: bool = False,
    until: bool = True,
    dates: frozenset[int] = frozenset(),
) -> str | None:
    """The event a date belongs to: the nearest event word before it.

    With ``ahead`` (deadlines: "by September, the withdrawal ...") an event
    word just after the date counts too, unless a reported clause opens
    first ("said on Sunday that the withdrawal ...": Sunday is the saying).
    With ``until`` (the date is a deadline), "continues" counts as an end.
    A reporting verb between them ends the search backwards: the date is
    when something was said; so does the last token of another date in
    ``dates``, unless and/و joins the two.
    """

    def event_of(token: Token) -> str | None:
        found = _cue("event", token)
        return found if found or not until else _cue("event_until", token)

    for k in range(lo - 1, max(-1, lo - 14), -1):
        if (event := event_of(tokens[k])) is not None and not _ends_another(
            tokens, k, lo
        ):
            return event
        if _says(tokens[k].norm) or _opens_clause(tokens, k, event_of):
            # "will withdraw by September 2025, officials said on Tuesday":
            # Tuesday is when they said it, not a date of the withdrawal; and
            # "announced that troops would stay until 2025" is no date of the
            # announcement.
            return None
        if k in dates and not _joins(tokens, k + 1):
            # "The agreement, announced in September 2024, ends the mission by
            # September 2025": the word before 2024 is 2024's event; but "in
            # 2025 and in 2026" are dates of one event.
            return None
    if not ahead:
        return None
    end = hi if hi is not None else lo
    for k in range(end, min(len(tokens), end + 5)):
        if tokens[k].norm in _CLAUSE_OPENERS:
            return None
        if (event := event_of(tokens[k])) is not None:
            return event
    return None


# Verbs of ending that are a withdrawal's only with no other object, and the
# objects that keep them one ("end its mission", "complete the drawdown").
_FINISH = frozenset(
    "complete completed conclude concluded end ends ending wind".split()
)
_FINISHED = frozenset(
    "mission missions withdrawal drawdown pullout presence operation operations"
    " deployment role exit departure transition handover transfer down phase"
    " stage".split()
)
_NO_OBJECT = frozenset("by in before no until on at within soon fully".split())
_DETERMINERS = frozenset("the its their a an his her this that".split())


def _ends_another(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """Whether the ending verb at k ends something else before the date at lo.

    "3,000 soldiers completed training last year": the training, not the
    withdrawal; nor is "the talks would end in March". "the mission will
    end by September", "complete the drawdown in 2026" are the withdrawal's.
    """
    if tokens[k].norm not in _FINISH:
        return False
    words = [t.norm for t in tokens[k + 1 : lo] if t.norm not in _DETERMINERS]
    if words and words[0] not in _NO_OBJECT:
        return not any(w in _FINISHED for w in words[:4])
    # No object: what ends is its subject, the nearest event noun before it.
    for t in reversed(tokens[max(0, k - 6) : k]):
        if t.norm in _FINISHED:
            return False
        if t.norm in _OTHER_EVENTS:
            return True
    return False


# What else ends, as the subject of an ending verb: "the talks would end in
# March", "the visit ends on Tuesday".
_OTHER_EVENTS = frozenset(
    "talks negotiations meeting meetings session sessions visit trip tour"
    " conference summit dialogue round vote voting election elections hearing"
    " hearings exercise exercises training investigation inquiry probe"
    " ceasefire truce festival campaign season".split()
)


def _coordinated(
    sentence: str, tokens: Sequence[Token], first: tuple[int, int], then: int
) -> bool:
    """Whether the date at token ``then`` is joined by و/and to the date ``first``.

    "end its mission in federal Iraq by September 2025 and in the Kurdistan
    region by September 2026": a few words, no punctuation, "and" first.
    """
    _, f_hi = first
    if not 0 <= then - f_hi <= 8 or f_hi <= 0 or f_hi >= then:
        return False
    word, written = tokens[f_hi].norm, sentence[tokens[f_hi].start]
    # "… أيلول 2025، والثانية في أيلول 2026", "by 30 September 2025, and the
    # Kurdistan region a year later": a comma may stand before و / and (and
    # a closing quotation mark, when the first date ends a quote)
    gap = sentence[tokens[f_hi - 1].end : tokens[f_hi].start].strip('"”’ ')
    joined = written == "و" or word == "and"
    start = tokens[f_hi].start if gap in (",", "،") and joined else None
    if _PHRASE_END.search(sentence, start or tokens[f_hi - 1].end, tokens[then].start):
        return False
    if any(t.norm in _OWN_CLAUSE for t in tokens[f_hi:then]):
        return False  # "، وإن العدد قد ينخفض … العام المقبل": a clause of its own
    # وفي إقليم كردستان بحلول; والمرحلة الثانية, whose و the norm drops
    return word == "and" or word.startswith("و") or written == "و"


def _coordinated_event(
    sentence: str,
    tokens: Sequence[Token],
    mention: _Span,
    siblings: Sequence[tuple[_Span, float]],
    where: Callable[[_Span], tuple[int, int]],
) -> str | None:
    """The event of an earlier deadline this one is coordinated with."""
    lo, _ = where(mention)
    for span, _key in siblings:
        if span is mention or span.start >= mention.start:
            continue
        s_lo, s_hi = where(span)
        if not _coordinated(sentence, tokens, (s_lo, s_hi), lo):
            continue
        if _event(tokens, s_lo, s_hi, ahead=True) == "withdrawal":
            return "withdrawal"
    return None


def _starts(tokens: Sequence[Token], lo: int) -> bool:
    """Whether the verb a date hangs on is one of beginning (ستبدأ، begins).

    The nearest start or end verb within a few words before the date decides.
    """
    for k in range(lo - 1, max(-1, lo - 8), -1):
        if _cue("end_verb", tokens[k]) is not None:
            return False
        if _cue("start", tokens[k]) is not None:
            return True
    return False


# Nouns after "first"/"second" that make it a part of a period, not a phase.
_PERIOD_NOUNS = frozenset(
    "half quarter week month year day days time round "
    "نصف ربع اسبوع شهر عام سنه يوم مره جوله".split()
)


# Levantine months named in two words, the second an ordinal: كانون الأول.
_MONTH_FIRST_WORDS = frozenset({"كانون", "تشرين"})


def _phase_cue(tokens: Sequence[Token], k: int) -> str | None:
    """The phase token ``k`` names, alone or before a stage noun."""
    if (k + 1 < len(tokens) and tokens[k + 1].norm in _PERIOD_NOUNS) or (
        k and tokens[k - 1].norm in _PERIOD_NOUNS
    ):
        return None  # "the first half of 2026", النصف الثاني: a part of a period
    if k + 1 < len(tokens) and tokens[k + 1].norm[:1].isdigit():
        return None  # "some 250 advisers": a hedge on a number, no phase
    if k and tokens[k - 1].norm in _MONTH_FIRST_WORDS:
        return None  # كانون الأول، تشرين الثاني: months, no phase
    if (phase := _cue("phase", tokens[k])) is not None:
        return phase
    stage = [t for t in tokens[k + 1 : k + 2] if _cue("stage", t)]
    before_stage = [t for t in tokens[k - 1 : k] if k > 0 and _cue("stage", t)]
    if stage or before_stage:  # "the final phase", "المرحلة النهائية"
        return _cue("stage_phase", tokens[k])
    return None


def _by_stage(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands next to a stage noun (phase, المرحلة)."""
    return any(_cue("stage", t) for t in tokens[max(0, k - 1) : k + 2])


def _phase(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """The phase named in tokens lo..hi; one named with its stage noun wins.

    "will complete the first phase by September": the first phase, though
    "complete" alone would mean the last one.
    """
    found = [(k, p) for k in range(lo, hi) if (p := _phase_cue(tokens, k))]
    staged = [p for k, p in found if _by_stage(tokens, k)]
    phases = staged or [p for _, p in found]
    if not phases:
        return None
    return "final" if phases[0] == "complete" else phases[0]


def time_question(
    text: str,
    sentence: tuple[int, int],
    mention: _Span,
    *,
    deadline: bool,
    siblings: Sequence[tuple[_Span, float]] = (),
) -> Question:
    """Build the question a date or deadline in a sentence answers.

    A withdrawal or end-of-mission date is a deadline of a phase: the phase
    comes from cue words ("first", "remaining", "final"), else from the order
    of the withdrawal dates in one sentence (earliest first, latest final).

    Args:
        text: The document text.
        sentence: The sentence's ``(start, end)``.
        mention: The date mention.
        deadline: The text marks it as a deadline ("by", "no later than").
        siblings: The other dates of the sentence with a sort key (their
            first day), including this one, for the order rule.

    Returns:
        The question; a key local to the sentence when no event is recognised.

    Examples:
        >>> t = "ستكتمل المرحلة الأخيرة من الانسحاب في أيلول 2026"
        >>> q = time_question(
        ...     t, (0, len(t)), _At(t.index("في أيلول"), len(t)), deadline=False
        ... )
        >>> q.key
        'end of the coalition mission|deadline|event=final phase (kurdistan region)'
    """
    start, end = sentence
    tokens, entities = _read_sentence(text, start, end)

    def where(span: _Span) -> tuple[int, int]:
        return _index(tokens, span.start - start), _index(
            tokens, span.end - start - 1
        ) + 1

    lo, hi = where(mention)
    # Where the sentence's other dates end: an event word before one of them
    # is that date's ("the deal, signed in September 2024, ends the mission").
    others = frozenset(where(s)[1] - 1 for s, _ in siblings if s is not mention)
    event = _event(tokens, lo, hi, ahead=deadline, until=deadline, dates=others)
    if event is None:
        # "ستنتهي في أيلول 2025 والمرحلة الثانية في نهاية 2026": the verb of an
        # earlier withdrawal date, coordinated, is this one's too
        event = _coordinated_event(text[start:end], tokens, mention, siblings, where)
    # The phase that starts is named before the date ("the second phase will
    # begin in ..."); a phase word after it belongs to what comes next.
    phase = _phase(tokens, max(0, lo - 10), lo)
    if (
        event is None
        and deadline
        and phase
        and any(
            _phase_cue(tokens, k) and _by_stage(tokens, k)
            for k in range(max(0, lo - 10), lo)
        )
    ):
        # "The second phase runs through September 2026": a named stage with
        # a deadline is a stage of the withdrawal
        event = "withdrawal"
    if _starts(tokens, lo) and (event == "withdrawal" or phase):
        # "the second phase will begin early next year": when it starts, which
        # is no answer to when it ends.
        return Question(
            subject="start of the withdrawal",
            property=Property.DEADLINE if deadline else Property.DATE,
            place=_date_place(entities, tokens, lo, hi, phase),
            event=_phase_event(phase),
        )
    if event == "withdrawal":
        return _withdrawal_question(
            text[start:end], tokens, entities, mention, siblings, where
        )
    if event in ("announcement", "signing"):
        obj = any(_cue("object", t) for t in tokens)
        subject = (
            f"{event} of the agreement"
            if obj
            else f"{event}: " + _local_subject(tokens, lo, hi)
        )
        return Question(subject=subject, property=Property.DATE)
    if event == "founding":
        orgs = [e for e in entities if e.kind == "organisation" and e.last < lo]
        if orgs:
            return Question(
                subject=f"founding of {_name(orgs[-1].id)}", property=Property.DATE
            )
    prop = Property.DEADLINE if deadline else Property.DATE
    return Question(subject=_local_subject(tokens, lo, hi), property=prop)


def _withdrawal_question(
    sentence: str,
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    mention: _Span,
    siblings: Sequence[tuple[_Span, float]],
    where: Callable[[_Span], tuple[int, int]],
) -> Question:
    """A withdrawal or end-of-mission date: the deadline of a phase.

    The phase comes from a cue in the stretch between the previous withdrawal
    date of the sentence and the next ("..., with the remaining forces leaving
    by ..."), else from their order (earliest first, latest final).
    """
    lo, hi = where(mention)
    mine = []
    for span, key in siblings:
        s_lo, s_hi = where(span)
        # A sibling is read as its own question reads it: "agreed in September
        # 2024 to end the mission by September 2025" dates the agreement, and
        # the word after a plain date is not its event.
        ahead = getattr(span, "kind", "deadline") == "deadline"
        if (
            span is mention
            or _event(tokens, s_lo, s_hi, ahead=ahead, until=ahead) == "withdrawal"
            or (
                span.start > mention.start
                and _coordinated(sentence, tokens, (lo, hi), s_lo)
            )
        ):
            mine.append((span, key, s_lo, s_hi))
    if not any(m[0] is mention for m in mine):
        mine.append((mention, float("inf"), lo, hi))
    mine.sort(key=lambda m: m[2])

    def distance(k: int, m_lo: int, m_hi: int) -> int:
        return m_lo - k if k < m_lo else max(0, k - m_hi + 1)

    # A cue between two dates belongs to the nearer one; on a tie, to the date
    # it precedes ("..., with the remaining forces leaving by the end of 2026").
    cues = []
    for k in range(max(0, lo - 10), min(len(tokens), hi + 3)):
        cue = _phase_cue(tokens, k)
        if cue is None:
            continue
        if k >= hi and _next_clause(sentence, tokens, hi, k):
            continue  # "by September 2025, and the remaining forces …": theirs
        nearest = min(mine, key=lambda m: (distance(k, m[2], m[3]), k >= m[3]))
        if nearest[0] is mention:
            if cue == "complete":
                cue = "final" if len(mine) == 1 else None
            cues.append((k, cue))
    # One named with its stage noun wins: "complete the first phase by ...".
    staged = [c for k, c in cues if _by_stage(tokens, k)]
    phase = (staged or [c for _, c in cues] or [None])[0]
    phase = phase or _order_phase(mention, [(m[0], m[1]) for m in mine])
    combat = any(_cue("combat", t) for t in tokens[max(0, lo - 12) : hi + 3])
    subject = (
        "withdrawal of combat troops" if combat else "end of the coalition mission"
    )
    place = _date_place(entities, tokens, lo, hi, phase)
    if place is not None and (by_place := _phase_of_places(place)) is not None:
        # "leave Ain al-Asad by September 2025" is the first phase's deadline,
        # "leave Erbil by September 2026" the final one's: one question each
        phase, place = by_place, None
    return Question(
        subject=subject,
        property=Property.DEADLINE,
        place=place,
        event=_phase_event(phase),
    )


def _phase_event(phase: str | None) -> str | None:
    """The event a phase names in a key: "final phase (Kurdistan region)"."""
    if phase is None:
        return None
    return _lexicon().get("phase_name", {}).get(phase, f"{phase} phase")


def _phase_of_places(places: str) -> str | None:
    """The one phase the places of a withdrawal deadline name, if they name one."""
    table = _lexicon()["phase_place"]
    found = {table.get(normalise(name.strip())) for name in places.split(",")}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _next_clause(sentence: str, tokens: Sequence[Token], hi: int, k: int) -> bool:
    """Whether token ``k`` after a date is past a comma or an and/و after it."""
    if re.search(r"[,،;؛]", sentence[tokens[hi - 1].end : tokens[k].start]):
        return True
    return any(
        t.norm == "and" or sentence[t.start : t.start + 1] == "و" for t in tokens[hi:k]
    )


def _order_phase(mention: _Span, siblings: Sequence[tuple[_Span, float]]) -> str | None:
    if len(siblings) < 2:
        return None
    ordered = sorted(siblings, key=lambda s: s[1])
    if ordered[0][0] is mention:
        return "first"
    if ordered[-1][0] is mention:
        return "final"
    return None
