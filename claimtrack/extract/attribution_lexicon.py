"""The word lists of the attribution grammar, and the tokens it reads.

This module owns loading ``attribution_cues.tsv`` (reporting verbs and
prepositions: قال، نقلت … عن، بحسب، said, according to) and
``attribution_speakers.tsv`` (the words of speaker phrases: anonymous heads,
roles, offices, anaphors, time adjuncts) once, folded the way the text is
folded, and the small tokenizer the grammar runs on. Each TSV documents its
own columns in its header comment. Outlet names live in
:mod:`claimtrack.extract.outlets`.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, field
from importlib.resources import files
from typing import NamedTuple

from claimtrack.claim import Stance

__all__ = [
    "AttributionLexicon",
    "Cue",
    "Token",
    "bare_forms",
    "fold",
    "is_definite",
    "is_nisba",
    "load_attribution_lexicon",
    "mark_quotes",
    "tokenize",
]

_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ؤ": "و"}
    | {"ئ": "ي", "ی": "ي", "ک": "ك", "’": "'", "‘": "'"}
)
# Longest first: وال before ال, so the clitic goes with the article.
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
# A dotted abbreviation (U.S.), a number with its separators (2,500 / 2.5), a
# word (letters and digits, inner apostrophes and hyphens) or one other
# non-space character.
# Words that open sentences: after them a stop ends one.
_OPENERS = (
    r"(?:The|A|An|It|He|She|They|We|Officials?|Sources?"
    r"|In|On|At|But|And|This|That|There|Its|His|Her|Their)\b"
)
_TOKEN = re.compile(
    # U.S., U.N.: one word, not letters and stops, unless a word that opens
    # sentences follows ("... left the U.S. Officials said"); before a name it
    # is one ("U.S. Central Command").
    rf"(?:[A-Za-z]\.){{2,}}(?!\s+{_OPENERS})"
    # Gen. Michael Kurilla, Lt. Col. Joe Buccino: a rank's stop before a name
    # ends no phrase.
    r"|(?:Gen|Maj|Lt|Col|Sgt|Capt|Adm|Brig|Sen|Rep|Gov|Cmdr)\.(?=[^\S\n]+[A-Z])"
    # Daniel R. Ortega: a middle initial, after a name and before the surname
    rf"|(?<=[A-Za-z][^\S\n])[A-Z]\.(?=[^\S\n]+[A-Z][A-Za-z])(?![^\S\n]+{_OPENERS})"
    r"|\d+(?:[.,]\d+)*(?![^\W_])|[^\W_]+(?:['’\-][^\W_]+)*|\S"
)


# Function words spelled with a final ى: written with ي they are other words
# (علي is a name, على a preposition), so their ى is kept.
_ALIF_MAQSURA_WORDS = ("على", "الى", "حتى", "لدى", "متى", "سوى", "مدى")


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Fold a word for matching: case, hamza seats, ى → ي, ة → ه.

    A final ى stays in the function words that end in it, so that the name
    علي is not read as the preposition على.

    Examples:
        >>> fold("أكدت"), fold("الصحيفة"), fold("Said"), fold("مستشفى")
        ('اكدت', 'الصحيفه', 'said', 'مستشفي')
        >>> fold("وعلى") == fold("علي")
        False
    """
    folded = word.casefold().translate(_FOLD)
    if folded.endswith(_ALIF_MAQSURA_WORDS):
        return folded
    return folded.replace("ى", "ي")


@functools.lru_cache(maxsize=1 << 16)
def bare_forms(key: str) -> tuple[str, ...]:
    """Return a folded word with and without its clitic و/ف and article.

    A bare و ف stays when fewer than three letters would be left (وزارة is
    a word, not و + زارة; the lexicon lookup decides which reading exists).

    Examples:
        >>> bare_forms(fold("والمسؤولين"))
        ('والمسوولين', 'مسوولين', 'المسوولين')
        >>> bare_forms("وزاره")
        ('وزاره', 'زاره')
        >>> bare_forms("للجنه")
        ('للجنه', 'جنه', 'لجنه')
    """
    forms = [key]
    if len(key) > 3 and key[0] in "وف":
        forms.append(key[1:])
    out: list[str] = []
    for form in forms:
        out.append(form)
        for article in _ARTICLES:
            if form.startswith(article) and len(form) - len(article) >= 2:
                out.append(form[len(article) :])
                break
        if form.startswith("لل") and len(form) > 4:
            out.append(form[1:])  # للجنة: ل and اللجنة, whose lam is the stem's
    return tuple(dict.fromkeys(out))


def is_definite(key: str) -> bool:
    """Whether a folded Arabic word carries the article (الوزارة، والوزير).

    الله is, though short: the genitive of حزب الله، أنصار الله، عبد الله.

    Examples:
        >>> is_definite("الحكومه"), is_definite("حكومه"), is_definite("اله")
        (True, False, False)
        >>> is_definite("الله")
        True
    """
    return (key.startswith(_ARTICLES) and len(key) > 4) or key == "الله"


def is_nisba(key: str) -> bool:
    """Whether a folded Arabic word looks like a relative adjective (أمريكي).

    Nisba adjectives (أمريكي، عراقيين، أميركيون، الحكومية) follow the noun
    they qualify; no list can hold them all, but the ending gives them away.

    Examples:
        >>> is_nisba("امريكيين"), is_nisba("وعراقيون"), is_nisba("مصادر")
        (True, True, False)
    """
    word = key[1:] if key.startswith("و") and len(key) > 5 else key
    word = word[2:] if word.startswith("ال") else word
    return len(word) >= 4 and word.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))


class Token(NamedTuple):
    """A word or punctuation mark of the normalised text.

    A named tuple: a document has thousands of tokens, and a tuple is built
    twice as fast as a frozen dataclass.

    Attributes:
        text: As written (in the normalised text).
        key: Folded, for lexicon lookups.
        start: Offset in the normalised text.
        end: End offset (exclusive).
        is_word: Whether the token is a word rather than punctuation.

    Examples:
        >>> tokenize("وقال،")[1]
        Token(text='،', key='،', start=4, end=5)
        >>> [t.is_word for t in tokenize("said: 5")]
        [True, False, True]
    """

    text: str
    key: str
    start: int
    end: int
    is_word: bool

    def __repr__(self) -> str:
        return (
            f"Token(text={self.text!r}, key={self.key!r}, "
            f"start={self.start}, end={self.end})"
        )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into word and punctuation tokens.

    Args:
        text: The normalised text.
        start: Where to start.
        end: Where to stop (the end of the text by default).

    Returns:
        Tokens with offsets into ``text``.

    Examples:
        >>> [t.text for t in tokenize('قال "رويترز": 2,500.')]
        ['قال', '"', 'رويترز', '"', ':', '2,500', '.']
    """
    stop = len(text) if end is None else end
    out: list[Token] = []
    append, known = out.append, _KEYS
    if len(known) > _MAX_KEYS:
        known.clear()
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        key = known.get(word)
        if key is None:
            key = known[word] = (fold(word), word[0].isalnum())
        a, b = m.span()
        append(_new(Token, (word, key[0], a, b, key[1])))
    return out


# Each word's key and kind, as tokenize found them: a text repeats its words,
# and folding each occurrence again was a tenth of tokenizing.
_KEYS: dict[str, tuple[str, bool]] = {}
_MAX_KEYS = 1 << 17
_new = tuple.__new__


_MARKS = frozenset('"“”«»()[]')
_text_of = operator.itemgetter(0)


def mark_quotes(tokens: list[Token]) -> tuple[list[bool], list[bool]]:
    """Mark which tokens are inside quotation marks, and which inside brackets.

    Straight and curly double quotes toggle (the press mixes them: “…“);
    guillemets open and close. With an odd count, the last mark is stray.

    Examples:
        >>> quoted, paren = mark_quotes(tokenize('قال: "نعم" (أمس)'))
        >>> [int(q) for q in quoted], [int(p) for p in paren]
        ([0, 0, 1, 1, 1, 0, 0, 0], [0, 0, 0, 0, 0, 1, 1, 1])
        >>> mark_quotes(tokenize("نفذت (7) ضربات"))[1]  # a count, no aside
        [False, False, False, False, False]
    """
    if _MARKS.isdisjoint(map(_text_of, tokens)):
        return [False] * len(tokens), [False] * len(tokens)
    toggles = [i for i, t in enumerate(tokens) if t.text in '"“”']
    # An odd quote count means one mark is stray: let the last one not open.
    last_stray = toggles[-1] if len(toggles) % 2 else -1
    quoted, paren = [False] * len(tokens), [False] * len(tokens)
    inside, depth = False, 0
    # "(3) متهمين", "نفذت (7) ضربات": Iraqi official prose brackets a count;
    # that is the figure itself, not an aside.
    figure = {
        x
        for i in range(len(tokens) - 2)
        if tokens[i].text == "("
        and tokens[i + 2].text == ")"
        and tokens[i + 1].text.replace(",", "").replace(".", "").isdigit()
        for x in (i, i + 1, i + 2)
    }
    for i, t in enumerate(tokens):
        if t.text in '"“”' and i != last_stray:
            inside = not inside
            quoted[i] = True
            continue
        if t.text in "«»":
            inside = t.text == "«"
            quoted[i] = True
            continue
        if i in figure:
            quoted[i] = inside
            continue
        if t.text in "([":
            depth += 1
        quoted[i], paren[i] = inside, depth > 0 or t.text in ")]"
        if t.text in ")]":
            depth = max(0, depth - 1)
    return quoted, paren


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue: a verb or preposition that frames an attribution.

    Attributes:
        role: ``say``, ``relay``, ``according``, ``participle`` or ``stance``.
        stance: The force it gives the assertion.
        continues: Whether it carries the previous speaker over when it has
            no subject of its own.
        size: How many tokens it spans.

    Examples:
        >>> load_attribution_lexicon().cue(["وقال"])
        Cue(role='say', stance=<Stance.SAYS: 'says'>, continues=True, size=1)
    """

    role: str
    stance: Stance
    continues: bool
    size: int


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    """The attribution word lists, folded and indexed for lookups.

    Attributes:
        cues: Folded token tuple → cue.
        words: Class → folded single words (with their bare forms).
        phrases: Class → folded multi-word phrase → value (anaphors,
            documents, media, counts: every row with a value).
        anonymity: Folded substrings that mark a speaker as unnamed.

    Examples:
        >>> lex = load_attribution_lexicon()
        >>> lex.has("role", "ومستشار"), lex.has("anonymous", fold("المسؤولين"))
        (True, True)
    """

    cues: dict[tuple[str, ...], Cue]
    words: dict[str, frozenset[str]]
    phrases: dict[str, dict[tuple[str, ...], str]]
    anonymity: tuple[str, ...]
    # First words of the cues and of each class's phrases: most words start
    # none, and one set lookup tells so before any tuple is built.
    cue_firsts: frozenset[str] = frozenset()
    phrase_firsts: dict[str, frozenset[str]] = field(default_factory=dict)
    # (class, word) → membership: the grammar asks the same few thousand
    # questions over and over.
    _has: dict[tuple[str, str], bool] = field(
        default_factory=dict, repr=False, compare=False
    )

    def cue(self, keys: list[str]) -> Cue | None:
        """Return the longest cue that starts ``keys`` (folded tokens), if any.

        The first word may carry the clitic و or ف (وقال، فأكد، ووفقا).

        Examples:
            >>> keys = [fold(w) for w in "على حد تعبير الوزير".split()]
            >>> load_attribution_lexicon().cue(keys).size
            3
        """
        if not keys:
            return None
        firsts = [keys[0]]
        if len(keys[0]) > 2 and keys[0][0] in "وف":
            firsts.append(keys[0][1:])
        firsts = [f for f in firsts if f in self.cue_firsts]
        if not firsts:
            return None
        for size in range(min(4, len(keys)), 0, -1):
            for first in firsts:
                found = self.cues.get((first, *keys[1:size]))
                if found is not None:
                    return found
        return None

    def may_cue(self, key: str) -> bool:
        """Whether a cue could start at a word with folded ``key``.

        A cheap test for skipping clauses with no reporting cue at all: when
        it is False for every word, :meth:`cue` finds nothing anywhere.

        Examples:
            >>> lex = load_attribution_lexicon()
            >>> lex.may_cue("وقال"), lex.may_cue("القوات")
            (True, False)
        """
        return key in self.cue_firsts or (
            len(key) > 2 and key[0] in "وف" and key[1:] in self.cue_firsts
        )

    def has(self, cls: str, key: str) -> bool:
        """Whether a folded word, or its bare form, is in word class ``cls``.

        Examples:
            >>> load_attribution_lexicon().has("time", "الاثنين")
            True
        """
        found = self._has.get((cls, key))
        if found is None:
            words = self.words.get(cls, frozenset())
            found = any(form in words for form in bare_forms(key))
            if len(self._has) < 1 << 18:
                self._has[cls, key] = found
        return found

    def phrase(self, cls: str, keys: list[str]) -> tuple[str, int] | None:
        """Return ``(value, size)`` of the longest ``cls`` phrase starting ``keys``.

        Examples:
            >>> load_attribution_lexicon().phrase("anaphor", ["the", "sources"])
            ('anonymous', 2)
        """
        table = self.phrases.get(cls, {})
        if not keys:
            return None
        firsts = [keys[0]]
        if len(keys[0]) > 3 and keys[0][0] in "وف":
            firsts.append(keys[0][1:])
        known = self.phrase_firsts.get(cls, frozenset())
        firsts = [f for f in firsts if f in known]
        if not firsts:
            return None
        for size in range(min(4, len(keys)), 0, -1):
            for first in firsts:
                value = table.get((first, *keys[1:size]))
                if value is not None:
                    return value, size
        return None


def _rows(name: str) -> list[list[str]]:
    text = files("claimtrack.data.lexicon").joinpath(name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


# Duals that are other words as often: تابعاً (affiliated), ذكراً (mention).
_NO_DUAL = frozenset({"تابع", "ذكر"})


def _dual(key: str) -> str | None:
    """The past dual of a singular past form: قال → قالا, قالت → قالتا."""
    if key in _NO_DUAL or key.endswith(("ا", "ي", "ن")) or len(key) < 3:
        return None
    return key + "ا"


@functools.cache
def load_attribution_lexicon() -> AttributionLexicon:
    """Load and index the attribution lexicons (once per process).

    Returns:
        The shared, read-only lexicon.

    Examples:
        >>> load_attribution_lexicon().cue(["بحسب"]).role
        'according'
    """
    cues: dict[tuple[str, ...], Cue] = {}
    for lang, form, role, stance, continues in _rows("attribution_cues.tsv"):
        keys = tuple(fold(w) for w in form.split())
        cues[keys] = Cue(role, Stance(stance), continues == "1", len(keys))
        if lang == "ar" and role == "say" and len(keys) == 1:
            # Two speakers: وأوضحا، قالتا (the past dual of a singular form),
            # unless it reads as another word (تابعاً "affiliated", ذكراً)
            dual = _dual(keys[0])
            if dual is not None:
                cues.setdefault((dual,), Cue(role, Stance(stance), continues == "1", 1))
    words: dict[str, set[str]] = {}
    phrases: dict[str, dict[tuple[str, ...], str]] = {}
    anonymity: list[str] = []
    for row in _rows("attribution_speakers.tsv"):
        _lang, cls, phrase, value = [*row, ""][:4]
        if cls == "anonymity":
            anonymity.append(fold(phrase))
            continue
        if value:
            phrases.setdefault(cls, {})[tuple(fold(w) for w in phrase.split())] = value
        words.setdefault(cls, set()).update(bare_forms(fold(phrase)))
    return AttributionLexicon(
        cues=cues,
        words={cls: frozenset(ws) for cls, ws in words.items()},
        phrases=phrases,
        anonymity=tuple(anonymity),
        cue_firsts=frozenset(keys[0] for keys in cues),
        phrase_firsts={
            cls: frozenset(keys[0] for keys in table) for cls, table in phrases.items()
        },
    )
