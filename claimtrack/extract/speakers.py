"""Speaker phrases: from the words that name who speaks to a :class:`Speaker`.

This module owns reading one speaker phrase, already cut out of a sentence
by :mod:`claimtrack.extract.attribution_grammar`: a person with a role in
either order ("مستشار رئيس الوزراء، حسين علاوي" / "Hussein Allawi, adviser
to the prime minister" / "وزير الخارجية فؤاد حسين"), an office or
institution (السفارة الأمريكية، a government spokesman), or an anonymous group
with its count (خمسة مسؤولين أمريكيين → 5). Names are kept as written, minus
clitics and quotes; ``entity`` is filled when :mod:`claimtrack.names` knows
the name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from claimtrack.extract.attribution_lexicon import (
    Token,
    fold,
    is_definite,
    is_nisba,
    load_attribution_lexicon,
)
from claimtrack.speaker import Speaker, SpeakerKind

__all__ = [
    "complements",
    "entity_kind",
    "has_name",
    "in_construct",
    "is_name_like",
    "is_place",
    "is_role_like",
    "known_name_size",
    "read_person",
    "read_speaker",
    "resolve_entity",
]

Written = Callable[[int, int], str]

# Word classes that a personal name never contains.
# Arabic particles of negation and restriction, which no name holds.
_PARTICLES = frozenset(fold(w) for w in ("لم", "لن", "لا", "قد", "ما", "سوى", "إلا"))
_NOT_NAME = (
    "anonymous",
    "role",
    "office",
    "time",
    "occasion",
    "complementizer",
    "pronoun",
    "medium",
    "partitive",
    "adverb",
    "preposition",
    "count",
    "discourse",
)
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von"}
    # Ruben van Dalen, Ursula von der Leyen, Luis de la Fuente, Ana dos Santos
    | {"der", "den", "ter", "la", "le", "du", "da", "di", "del", "della", "dos"}
)
_DETERMINERS = frozenset({"the", "a", "an"})
# English words after the head noun: "adviser to the minister", "officials in",
# "an official traveling with the Secretary".
_MODIFIER_OPENERS = frozenset(
    {"of", "at", "in", "from", "who", "with", "for", "familiar", "to", "on"}
    | {"traveling", "travelling", "accompanying", "involved", "based", "stationed"}
)
_TRIM = " \"“”«»'،,.:()"
_TRIM_ABBREVIATION = _TRIM.replace(".", "")
_MAX_NAME = 5


def entity_kind(entity: str) -> str | None:
    """Return the alias-table kind of an entity id (``place``, ``person``…), if known.

    Examples:
        >>> entity_kind("baghdad"), entity_kind("no-such-entity")
        ('place', None)
    """
    try:
        from claimtrack.names import AliasTable
    except ImportError:  # pragma: no cover - names.py ships with the package
        return None
    try:
        return AliasTable.default().kind_of(entity)
    except KeyError:
        return None


def is_place(name: str) -> bool:
    """Whether the alias table knows ``name`` as a place (بغداد، Erbil).

    Examples:
        >>> is_place("أربيل"), is_place("وزارة الدفاع")
        (True, False)
    """
    return entity_kind(resolve_entity(name) or "") == "place"


def resolve_entity(name: str) -> str | None:
    """Return the alias-table entity id of a name, if :mod:`claimtrack.names` knows it.

    The names module is optional here: without it nothing is resolved.

    Examples:
        >>> resolve_entity("no such person at all") is None
        True
    """
    try:
        from claimtrack.names import AliasTable
    except ImportError:  # pragma: no cover - names.py ships with the package
        return None
    return AliasTable.default().resolve(name)


def known_name_size(words: Sequence[Token], kinds: frozenset[str]) -> int:
    """How many of ``words`` make the longest alias-table name of one of ``kinds``.

    0 when no such name starts there. Stops at the first run of words that
    no name can begin with, so most phrases cost one set lookup.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> words = tokenize("قوات سوريا الديمقراطية إن")
        >>> known_name_size(words, frozenset({"group"}))
        3
    """
    try:
        from claimtrack.names import AliasTable
    except ImportError:  # pragma: no cover - names.py ships with the package
        return 0
    table, best = AliasTable.default(), 0
    for size in range(1, len(words) + 1):
        if not words[size - 1].is_word:
            break
        name = " ".join(t.text for t in words[:size])
        if not table.may_begin(name):
            break
        if size > 1 and entity_kind(table.resolve(name) or "") in kinds:
            best = size
    return best


# Words a sentence may open with in capitals that start no name ("This
# estimate puts …").
_FUNCTION_WORDS = frozenset(
    "this that these those it its there here such some any each every both".split()
)


def _is_latin(tokens: Sequence[Token]) -> bool:
    return any(t.text[0].isascii() and t.text[0].isalpha() for t in tokens)


def is_name_like(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` can be a personal name (not a role, office or group).

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> is_name_like(tokenize("حسين علاوي")), is_name_like(tokenize("مستشار حكومي"))
        (True, False)
        >>> is_name_like(tokenize("Lloyd Austin")), is_name_like(tokenize("the troops"))
        (True, False)
    """
    lex = load_attribution_lexicon()
    words = [t for t in tokens if t.is_word]
    if not 1 <= len(words) <= _MAX_NAME or len(words) != len(tokens):
        return False
    for t in words:
        if t.text.isdigit() or any(lex.has(cls, t.key) for cls in _NOT_NAME):
            return False
        if t.key in _PARTICLES:
            return False  # لم يبق منهم سوى ثلاثمئة: a clause, no name
        if t.key.startswith(("لل", "بال")):
            return False  # a preposition and the article: للصحفيين is no name
    if _is_latin(words):
        return words[0].key not in _FUNCTION_WORDS and all(
            t.text[0].isupper() or t.key in _NAME_PARTICLES or t.key[:3] == "al-"
            for t in words
        )
    # A personal name starts with a given name, never with the article: more
    # words after ال name a thing (المرصد السوري، الولايات المتحدة); one such
    # word alone is a family name (السوداني).
    return len(words) == 1 or not is_definite(words[0].key)


def is_role_like(tokens: Sequence[Token]) -> bool:
    """Whether the head of ``tokens`` is a title, office or group noun.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> is_role_like(tokenize("an adviser to the minister"))
        True
        >>> is_role_like(tokenize("The Pentagon has 2,500 troops in Iraq"))
        False
    """
    words = [t for t in tokens if t.is_word]
    if not words:
        return False
    lex = load_attribution_lexicon()
    head = words[_head(words)].key
    return any(lex.has(cls, head) for cls in ("role", "office", "anonymous"))


def complements(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Whether two comma segments are a name and its role, in either order.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> complements(tokenize("حسين علاوي"), tokenize("مستشار الوزير"))
        True
    """
    return any(
        is_role_like(role)
        and not is_name_like(role)
        and (is_name_like(name) or (has_name(name) and not has_name(role)))
        for name, role in ((a, b), (b, a))
    )


def has_name(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are a name, maybe after a title (العميد رافع جبر).

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> has_name(tokenize("اللواء سعد معن")), has_name(tokenize("الناطق باسمه"))
        (True, False)
    """
    words = [t for t in tokens if t.is_word]
    return is_name_like(words) or (bool(words) and _role_then_name(words) is not None)


_INITIAL = re.compile(r"[A-Z]\.?")  # a middle initial (its stop is a token)
_ACRONYM = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+|[A-Z]{3,}")


def _role_then_name(seg: Sequence[Token]) -> int | None:
    """Index where a name starts after a role in one segment, if it does."""
    lex = load_attribution_lexicon()
    if _is_latin(seg):
        roles = [i for i, t in enumerate(seg) if lex.has("role", t.key)]
        if roles and roles[-1] + 1 < len(seg) and is_name_like(seg[roles[-1] + 1 :]):
            return roles[-1] + 1
        # "Secretary of Defense Lloyd Austin", "Secretary of State Antony J.
        # Blinken": one word for the department, then the name (not "Inspector
        # General for Operation Inherent Resolve", nor "for the Joint Staff")
        first = roles[-1] + 3 if roles else len(seg)
        if (
            first < len(seg) - 1
            and seg[first - 2].key == "of"
            and seg[first - 1].text[:1].isupper()
            and 2 <= len(seg) - first <= 4
            # "Antony J. Blinken", "Ruben van Dalen": inner words an initial
            # or a particle, so the department stays one word
            and all(
                _INITIAL.fullmatch(t.text) or t.key in _NAME_PARTICLES
                for t in seg[first + 1 : -1]
            )
            and is_name_like(seg[first:])
        ):
            return first
        return None
    head = seg[0].key
    # ووفقاً لعضو اللجنة مهدي تقي; للعقيد: ل + العقيد
    head = "ال" + head[2:] if head.startswith("لل") else head[_clitic(head) :]
    if not lex.has("role", head):
        return None
    j = 1
    while j < len(seg):
        key = seg[j].key
        if key == "باسم" and any(t.key == "باسم" for t in seg[1:j]):
            break  # المتحدث باسم الحكومة باسم العوادي: the second is a name
        if seg[j - 1].key.removeprefix("و") in _BLOC_NOUNS:
            j += 1  # النائب عن ائتلاف دولة القانون: the bloc's name, not his
            continue
        after_prep = lex.has("np_preposition", seg[j - 1].key)
        bare = key[_clitic(key) :]  # لرئيس الوزراء: the adviser *to* the PM
        if not (
            lex.has("role", bare)
            or lex.has("office", bare)
            or is_definite(key)
            or lex.has("np_preposition", key)
            or after_prep
            # قائد عمليات الجزيرة: a role in construct goes on to the definite
            # noun that closes the chain (a name comes after a definite word:
            # اللواء الركن عادل الفهداوي)
            or (
                (lex.has("role", seg[j - 1].key) or lex.has("office", seg[j - 1].key))
                and j + 1 < len(seg)
                and in_construct(seg[j - 1].key, key, seg[j + 1].key)
            )
            or (
                is_nisba(key)
                and not is_definite(seg[j - 1].key)
                and (j + 1 == len(seg) or is_nisba(seg[j + 1].key))
            )
        ):
            break
        j += 1
    if j >= len(seg) or not is_name_like(seg[j:]):
        return None
    # قائد قوات البيشمركة في محور كركوك: a place the role is of, not a name
    where = resolve_entity(" ".join(t.text for t in seg[j:]))
    return None if where and entity_kind(where) == "place" else j


_MP = frozenset({fold("النائب"), fold("نائب")})
# First words of names built like a construct chain: عبد الأمير، أبو مهدي.
_NAME_HEADS = frozenset(fold(w) for w in ("عبد", "أبو", "أبي", "أم", "ابن", "بن"))


def in_construct(prev: str, key: str, following: str) -> bool:
    """Whether the folded word ``key`` goes on an Arabic construct chain.

    In قيادة عمليات الأنبار an indefinite noun follows an indefinite one, and
    the chain runs on to the definite noun that closes it. A name built the
    same way (عبد الأمير، أبو مهدي) starts something else.

    Examples:
        >>> in_construct("قياده", "عمليات", "الانبار")
        True
        >>> (
        ...     in_construct("الركن", "عادل", "الفهداوي"),
        ...     in_construct("ركن", "عبد", "الامير"),
        ... )
        (False, False)
    """
    return is_definite(following) and not is_definite(prev) and key not in _NAME_HEADS


# Nouns of political blocs, whose name follows them: ائتلاف دولة القانون.
_BLOC_NOUNS = frozenset(
    fold(word)
    for word in ("ائتلاف", "تحالف", "كتلة", "حزب", "تيار", "حركة", "جبهة", "قائمة")
)
# "One of the officials", أحد المسؤولين، واحد من المسؤولين: one member of an
# unnamed group; the group noun is the head.
ONE_OF_AR = frozenset({"احد", "واحد", "احدي", "واحده"})
_ONE_OF_EN = ("one", "of")
# "a number of officials": a group of the noun after, of no stated size.
_SOME_OF_EN = frozenset(
    {("a", w, "of") for w in ("number", "group", "handful", "couple", "series")}
)
_PLURAL_HEADS = frozenset({"people", "personnel", "staff", "police"})


def _one_of(seg: Sequence[Token]) -> int:
    """How many words of ``seg`` say "one of": 0 when it does not open so."""
    keys = [t.key for t in seg[:3]]
    if _is_latin(seg):
        if tuple(keys[:2]) == _ONE_OF_EN and len(seg) > 2:
            return 3 if keys[2:3] == ["the"] and len(seg) > 3 else 2
        if tuple(keys) in _SOME_OF_EN and len(seg) > 3:
            return 3  # "a number of officials": the officials, not a number
        return 0
    if keys and keys[0].removeprefix("و") in ONE_OF_AR and len(seg) > 1:
        return 2 if keys[1] == "من" and len(seg) > 2 else 1
    return 0


def _head(seg: Sequence[Token]) -> int:
    """Index of the head noun: the first word in Arabic, the last in English."""
    lex = load_attribution_lexicon()
    if skip := _one_of(seg):
        return skip + _head(seg[skip:])
    if not _is_latin(seg):
        i = 0
        while i + 1 < len(seg) and (
            lex.has("count", seg[i].key) or seg[i].text.isdigit() or seg[i].key == "بعض"
        ):
            i += 1
        return i
    end = len(seg)
    for i, t in enumerate(seg):
        if i and t.key in _MODIFIER_OPENERS:
            end = i
            break
    return end - 1


def _count(seg: Sequence[Token], head: int) -> int | None:
    lex = load_attribution_lexicon()
    # خمسة مسؤولين أمريكيين وثلاثة مسؤولين عراقيين: the groups together
    joined = [
        x
        for x in range(head + 1, len(seg) - 1)
        if seg[x].key[:1] == "و" and lex.has("anonymous", seg[x + 1].key)
    ]
    if joined:
        parts = [_count(seg[: joined[0]], head), _count(seg[joined[0] :], 1)]
        if None in parts:
            return None
        return sum(p for p in parts if p is not None)
    if _one_of(seg) and tuple(t.key for t in seg[:3]) not in _SOME_OF_EN:
        return 1  # one of the officials, أحد المسؤولين
    if lex.has("dual", seg[head].key):
        return 2  # مسؤولان عراقيان
    for t in seg[:head]:
        if t.text.isdigit() and 0 < int(t.text) < 10_000:
            return int(t.text)
        found = lex.phrase("count", [t.key])
        if found is not None:
            return int(found[0])
        if t.key in ("a", "an", "one") and _singular_head(seg[head].key):
            return 1  # "a U.S. official"; "a few sources" is no group of one
    return None


def _singular_head(key: str) -> bool:
    return key.isascii() and not key.endswith("s") and key not in _PLURAL_HEADS


@functools.cache
def _known_heads() -> frozenset[str]:
    lex = load_attribution_lexicon()
    return lex.words["role"] | lex.words["office"] | lex.words["anonymous"]


def _clitic(key: str) -> int:
    # A clitic و / ل on a known word is not part of the name (ووزير، للمتحدث);
    # on an unknown word (وليد) it may be the word's own first letter.
    known = _known_heads()
    if len(key) > 4 and key.startswith("لل"):
        return 1  # ل + ال: a preposition on a definite word (للأمم المتحدة)
    if len(key) > 3 and key[0] in "ول" and key not in known and key[1:] in known:
        return 1
    return 0


def _text(seg: Sequence[Token], written: Written) -> str:
    words = list(seg)
    if _is_latin(words):
        # "…, as the Pentagon said": "as" opens the aside, not the name
        while len(words) > 1 and words[0].key in _DETERMINERS | {"as"}:
            words.pop(0)
    first = words[0]
    if (
        _clitic(first.key)
        and first.key.startswith("لل")
        and first.key[1:] not in _known_heads()
    ):
        # ل + ال is written لل: the name gets its article back (للأمم → الأمم);
        # but للجنة is ل + لجنة, a construct head without one.
        return "ال" + written(first.start + 2, words[-1].end).strip(_TRIM)
    start = first.start + _clitic(first.key)
    # "U.N.", "Gen.": the stop is the abbreviation's own (the tokenizer
    # keeps a stop in a word only there).
    trim = _TRIM_ABBREVIATION if words[-1].text.endswith(".") else _TRIM
    end = words[-1].end
    if words[-1].key.endswith("'s") and len(words[-1].key) > 2:
        end -= 2  # "the Pentagon's count": the owner, not its possessive
    text = written(start, end).strip(trim)
    if text.count("«") != text.count("»"):
        # مسؤول في «الإدارة الذاتية»: the closing mark was trimmed with the end
        text = text.replace("«", "").replace("»", "")
    return text


def _make(
    kind: SpeakerKind, name: str, role: str | None = None, count: int | None = None
) -> Speaker:
    entity = resolve_entity(name)
    if entity is None and kind is SpeakerKind.PERSON and " " in name:
        entity = resolve_entity(name.split(" ", 1)[1])  # after a rank: اللواء …
    if kind is SpeakerKind.PERSON and entity and entity_kind(entity) != "person":
        kind = SpeakerKind.OFFICE  # العراق يعلن: a state, not a person
    return Speaker(kind=kind, name=name, role=role or None, count=count, entity=entity)


# Roles that speak for an office: "a government spokesman" is its voice.
_VOICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "متحدث", "متحدثه", "ناطق", "ناطقه"}
)


def _one_of_many(seg: Sequence[Token], k: int) -> bool:
    """Whether an unnamed role is someone, not an office: قائد عسكري عراقي.

    An indefinite role noun not followed by a definite genitive (قائد الشرطة
    is the one police chief; قائد عسكري, عضو في الكتلة are one of many), or an
    English role after "a"/"an" ("a senior commander"). A spokesman is
    never one of many: he speaks for the office. ``k`` is the head's index.
    """
    head = seg[k].key
    if head.removeprefix("و") in _VOICES:
        return False  # a spokesman speaks for the office, named or not
    if (
        head.removeprefix("و") in _MP
        and seg[k + 1 : k + 2]
        and (seg[k + 1].key == "عن")
    ):
        return True  # النائب عن ائتلاف X: one of the bloc's MPs (نائب رئيس: a deputy)
    if _is_latin(seg):
        return seg[0].key in ("a", "an")
    if is_definite(head) or is_definite(head[1:]):
        return False  # المتحدث، والوزير
    after = seg[k + 1].key if k + 1 < len(seg) else ""
    return not is_definite(after)


def _segment_kind(seg: Sequence[Token], anonymous_marked: bool) -> SpeakerKind:
    lex = load_attribution_lexicon()
    at = _head(seg)
    head = seg[at].key
    if _clitic(head):  # لوزارة: the ministry, not a person's name
        head = "ال" + head[2:] if head.startswith("لل") else head[1:]
    if lex.has("anonymous", head) or _one_of(seg):
        return SpeakerKind.ANONYMOUS  # "one of the ministers" is one of many
    if lex.has("role", head) and _one_of_many(seg, at):
        return SpeakerKind.ANONYMOUS
    if lex.has("role", head) or lex.has("office", head):
        return SpeakerKind.ANONYMOUS if anonymous_marked else SpeakerKind.OFFICE
    if anonymous_marked:
        return SpeakerKind.ANONYMOUS
    if len(seg) == 1 and _ACRONYM.fullmatch(seg[0].text):
        return SpeakerKind.OFFICE  # "CTP-ISW has recorded": a body's letters
    if is_name_like(seg):
        return SpeakerKind.PERSON
    return SpeakerKind.OFFICE


def _withheld(seg: Sequence[Token], markers: Sequence[str]) -> bool:
    """Whether a comma segment says the name is withheld (طلب عدم كشف هويته)."""
    text = " ".join(t.key for t in seg)
    return any(marker in text for marker in markers)


def read_speaker(
    segments: Sequence[Sequence[Token]], written: Written, *, after: str = ""
) -> Speaker | None:
    """Build a :class:`Speaker` from a speaker phrase cut into comma segments.

    Args:
        segments: The phrase's segments ("مستشار رئيس الوزراء" , "حسين علاوي"),
            one or two, each a run of word tokens.
        written: Maps a span of the normalised text to the text as written.
        after: Folded text around the phrase, searched for anonymity
            markers (لم تسمه، رفضوا الكشف عن هوياتهم, on condition of anonymity).

    Returns:
        The speaker, or None if nothing is left after trimming.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> def w(a, b):
        ...     return text[a:b]
        >>> text = "مستشار رئيس الوزراء العراقي، حسين علاوي"
        >>> segs = [tokenize(text, 0, 27), tokenize(text, 29)]
        >>> s = read_speaker(segs, w)
        >>> (s.kind.value, s.name, s.role)
        ('person', 'حسين علاوي', 'مستشار رئيس الوزراء العراقي')
        >>> text = "خمسة مسؤولين أمريكيين"
        >>> s = read_speaker([tokenize(text)], w)
        >>> (s.kind.value, s.count)
        ('anonymous', 5)
    """
    lex = load_attribution_lexicon()
    segs = [list(s) for s in segments if any(t.is_word for t in s)]
    segs = [[t for t in s if t.is_word] for s in segs][:2]
    # "مسؤول أمريكي رفيع، طلب عدم كشف هويته،": an aside on the name withheld
    kept = segs
    if len(segs) > 1:
        kept = [s for s in segs if not _withheld(s, lex.anonymity)]
    if not kept:
        return None
    marked = len(kept) < len(segs) or any(marker in after for marker in lex.anonymity)
    segs = kept
    if len(segs) == 2:
        # "مستشار الوزير، حسين علاوي" / "Lina Haddad, an adviser": the segment
        # with a name (perhaps after a rank: العميد رافع جبر) is the name,
        # and the rank goes with the role.
        for named in (is_name_like, has_name):
            first, second = segs
            if named(second) and not named(first):
                first, second = second, first
            if named(first) and not named(second):
                # "Maj. Gen. Pat Ryder, the Pentagon press secretary": the
                # ranks before the name are its role's too.
                split = _role_then_name(first) or 0
                name, role = _text(first[split:], written), _text(second, written)
                if split:
                    role = f"{_text(first[:split], written)}, {role}"
                return _make(SpeakerKind.PERSON, name, role)
    seg = segs[0]
    split = _role_then_name(seg)
    if split is not None:
        return _make(
            SpeakerKind.PERSON, _text(seg[split:], written), _text(seg[:split], written)
        )
    kind = _segment_kind(seg, marked)
    name = _text(seg, written)
    if not name:
        return None
    if kind is SpeakerKind.ANONYMOUS:
        return Speaker(kind=kind, name=name, count=_count(seg, _head(seg)))
    return _make(kind, name)


def read_person(
    segments: Sequence[Sequence[Token]], written: Written
) -> Speaker | None:
    """The person a speaker phrase names, or None when it names no person.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> text = "الفريق بختيار محمد"
        >>> read_person([tokenize(text)], lambda a, b: text[a:b]).name
        'بختيار محمد'
        >>> text = "وزارة الدفاع"
        >>> read_person([tokenize(text)], lambda a, b: text[a:b]) is None
        True
    """
    speaker = read_speaker(segments, written) if segments else None
    if speaker is None or speaker.kind is not SpeakerKind.PERSON:
        return None
    return speaker
