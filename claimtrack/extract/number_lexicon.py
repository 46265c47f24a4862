"""The word lists of the number grammar, and the folded form they match in.

This module owns reading ``claimtrack/data/lexicon/*.tsv`` for
:mod:`claimtrack.extract.numbers` and :mod:`claimtrack.extract.number_words`,
and the one folding and tokenizing of text that every entry is matched in.
Tables are folded once per language choice. Each TSV file documents its own
columns and conventions in its header comment:

- ``number_words_ar.tsv``, ``number_words_en.tsv``: number words;
- ``hedges.tsv``: نحو، أكثر من، at least … with the hedge they express;
- ``units.tsv``: counted nouns in every inflection → English lemma;
- ``vague.tsv``: عشرات، مئات، dozens … with their conventional ranges;
- ``number_context.tsv``: month names, year words and labels (رقم،
  Resolution) that make a nearby number a date or a name, not a count;
- ``unit_modifiers.tsv``: English words allowed between a number and its noun.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from typing import NamedTuple

from claimtrack.extract.text import normalise_text
from claimtrack.figure import plural_unit

__all__ = [
    "CLITICS",
    "NumberLexicon",
    "fold",
    "load_number_lexicon",
    "open_noun",
    "read_lexicon",
    "to_unit_lemma",
    "token_columns",
    "tokenize",
    "unit_of",
]

# One table for all matching: hamza seats and alif forms collapse, ta marbuta
# and alif maqsura are read as ha and ya, Persian letters as Arabic, and ASCII
# is lower-cased. Every mapping is one character to one character, so offsets
# in the folded text are offsets in the input.
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء"}
    | {"ی": "ي", "ک": "ك", "ە": "ه", "–": "-", "—": "-"}
    | {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
)
# Digit runs: 2,500 and 1,000,000 (comma groups of three), 1.250.000 (dot
# groups), decimals 2.5 and the Arabic-style 2,5; a comma followed by four
# digits (2014,2015) splits.
_TOKEN = re.compile(
    r"(?:[a-z]\.){2,}"  # u.s., u.n.: one word ("2,500 U.S. troops")
    r"|\d+(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)"
    r"|\d+(?:\.\d+|,\d{1,2}(?!\d))?|[^\W\d_]+|\S"
)
#: Proclitics glued to Arabic words: conjunction, then preposition.
CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


class NumberLexicon(NamedTuple):
    """The mention lexicons for one language (or both), keyed by folded tokens.

    Attributes:
        hedges: Phrase before a number → (hedge, weak); a weak hedge (حتى،
            over) counts only when a counted noun follows.
        post_hedges: Phrase after the noun → hedge (تقريبا، at least).
        units: Noun phrase → lemma, Arabic accusatives (جنديا) included.
        duals: Arabic dual noun → lemma; on its own it counts 2.
        dual_pairs: A dual noun and its dual adjective → lemma (طائرتين
            مسيرتين: two drones).
        vague: Phrase → (low, high, needs_unit).
        months: Month names, as token tuples.
        year_words: Words after which 1900-2100 is a year.
        labels: Words after which a number names something (رقم 2254).
        phrasal: Verbs whose particle looks like a weak hedge (came under).
        not_nouns: English words shaped like plurals that count nothing
            (remains, others): the open vocabulary of counted nouns skips them.
        lemmas: Every lemma of ``units``: a noun outside them was read as
            written (see :func:`open_noun`).
        modifiers: English words skipped between a number and its noun.
        scales: Scale word → factor (million → 1e6, آلاف → 1000).
        triggers: Every word that may start a number, with clitics, so the
            scanner can skip all other words with one set lookup.
        definite_triggers: The Arabic number words with the article
            (الستة، الثماني), which count the plural before them.

    Examples:
        >>> load_number_lexicon("ar").units[("جنديا",)]
        'troop'
    """

    hedges: dict[tuple[str, ...], tuple[str, bool]]
    post_hedges: dict[tuple[str, ...], str]
    units: dict[tuple[str, ...], str]
    duals: dict[str, str]
    dual_pairs: dict[tuple[str, str], str]
    vague: dict[tuple[str, ...], tuple[float, float, bool]]
    months: frozenset[tuple[str, ...]]
    year_words: frozenset[str]
    labels: frozenset[str]
    phrasal: frozenset[str]
    not_nouns: frozenset[str]
    lemmas: frozenset[str]
    modifiers: frozenset[str]
    scales: dict[str, float]
    triggers: frozenset[str]
    definite_triggers: frozenset[str]


def fold(text: str) -> str:
    """Fold ``text`` for lexicon matching, one character for one character.

    Args:
        text: Text already passed through ``normalise_text`` (no diacritics).

    Returns:
        The text with hamza and alif forms unified, ة→ه, ى→ي and ASCII
        lower-cased; it has the same length as ``text``.

    Examples:
        >>> fold("أكثر من Five إحدى")
        'اكثر من five احدي'
    """
    return text.translate(_FOLD)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split folded text into digit runs, letter runs and single symbols.

    Args:
        text: Folded text (see :func:`fold`).

    Returns:
        ``(token, start, end)`` triples; separators inside digit runs stay in
        the run (``2,500``), and a clitic glued to digits (``و900``) is a
        token of its own.

    Examples:
        >>> [t for t, _, _ in tokenize("و900 twenty-five")]
        ['و', '900', 'twenty', '-', 'five']
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def token_columns(text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokenize like :func:`tokenize`, as three columns: tokens, starts, ends.

    Built from the matches in C (``map``), without a triple per token: the
    number scanner reads every token of every document.

    Examples:
        >>> token_columns("و900 جندي")
        (['و', '900', 'جندي'], [0, 1, 5], [1, 4, 9])
    """
    found = list(_TOKEN.finditer(text))
    return (
        list(map(re.Match.group, found)),
        list(map(re.Match.start, found)),
        list(map(re.Match.end, found)),
    )


def read_lexicon(name: str) -> list[list[str]]:
    """Read a TSV file from ``claimtrack/data/lexicon``, skipping comments.

    Args:
        name: File name, e.g. ``"units.tsv"``.

    Returns:
        The rows, each a list of tab-separated fields.

    Examples:
        >>> read_lexicon("number_words_en.tsv")[0]
        ['zero', '0', 'unit', '1']
    """
    text = files("claimtrack.data.lexicon").joinpath(name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in tokenize(fold(text)))


@functools.cache
def load_number_lexicon(lang: str | None = None) -> NumberLexicon:
    """Load and fold the number lexicons, once per language choice.

    Args:
        lang: ``"ar"``, ``"en"``, or None for both languages together.

    Returns:
        The folded tables (cached: later calls cost nothing).

    Examples:
        >>> load_number_lexicon("en").vague[("hundreds",)]
        (200.0, 999.0, False)
    """
    langs = ("ar", "en") if lang is None else (lang,)
    hedges, post = {}, {}
    for code, phrase, hedge, position, weak in read_lexicon("hedges.tsv"):
        if code in langs and position == "before":
            hedges[_phrase(phrase)] = (hedge, weak == "1")
        elif code in langs:
            post[_phrase(phrase)] = hedge
    units, duals = {}, {}
    singulars: list[tuple[tuple[str, ...], str]] = []
    for code, surface, lemma, number in read_lexicon("units.tsv"):
        key = _phrase(surface)
        if code not in langs:
            continue
        units[key] = lemma
        if number == "du":
            duals[key[0]] = lemma
        elif (
            code == "ar"
            and len(key) == 1
            and len(key[0]) > 2  # كم (km) is an abbreviation; كما is "as"
            and key[0][-1] not in "هءا%٪"
        ):
            units[(key[0] + "ا",)] = lemma  # accusative of tamyiz: جنديا، شهرا
        if code == "ar" and number == "sg":
            singulars.append((key, lemma))
        elif code == "ar" and number == "pl" and len(key) == 1:
            # a sound plural's construct state drops its ن: عدد مستشاري
            # التحالف، مقاتلو التنظيم
            stem, end = key[0][:-1], key[0][-2:]
            if end in ("ين", "ون") and len(stem) >= 4:
                units.setdefault((stem,), lemma)
    derived, dual_pairs = _derived_duals(singulars, units)
    duals = derived | duals  # a listed dual keeps its reading
    vague = {
        _phrase(phrase): (float(low), float(high), needs == "1")
        for code, phrase, low, high, needs in read_lexicon("vague.tsv")
        if code in langs
    }
    context = read_lexicon("number_context.tsv")
    dates = [(_phrase(p), kind) for c, p, kind in context if c in langs]
    words = [row for code in langs for row in read_lexicon(f"number_words_{code}.tsv")]
    starts = {fold(w) for w, *_ in words} | {k[0] for k in vague} | set(duals)
    starts |= {first for first, _ in dual_pairs}
    return NumberLexicon(
        hedges=hedges,
        post_hedges=post,
        units=units,
        duals=duals,
        dual_pairs=dual_pairs,
        vague=vague,
        months=frozenset(p for p, kind in dates if kind == "month"),
        year_words=frozenset(p[0] for p, kind in dates if kind == "year_word"),
        labels=frozenset(p[0] for p, kind in dates if kind == "label"),
        phrasal=frozenset(p[0] for p, kind in dates if kind == "phrasal"),
        not_nouns=frozenset(p[0] for p, kind in dates if kind == "not_noun"),
        lemmas=frozenset(units.values()),
        modifiers=frozenset(
            fold(w) for code, w in read_lexicon("unit_modifiers.tsv") if code in langs
        ),
        scales={
            fold(w): float(v) for w, v, kind, _ in words if kind.startswith("scale")
        },
        triggers=frozenset(starts | {c + w for w in starts for c in CLITICS}),
        definite_triggers=frozenset("ال" + w for w in starts if w[:1] >= "\u0600"),
    )


def _derived_duals(
    singulars: list[tuple[tuple[str, ...], str]],
    units: dict[tuple[str, ...], str],
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """The duals of Arabic singulars: one-word duals, and noun-adjective pairs.

    A feminine noun's dual is unambiguous (قاعدة → قاعدتين، قاعدتان: its plural
    is in ات), and so is a masculine one's whose plural is broken (ضابط →
    ضابطين; ضباط): a noun whose sound plural is listed (مسلحين) is left out,
    as its dual is spelled alike. Forms the lexicon lists keep their reading
    (بلدان is a plural). A noun and adjective both feminine (طائرة مسيرة)
    give a pair.
    """

    def dual(word: str) -> dict[str, str]:
        """The dual's forms by case ending (ين, ان), for one word."""
        if len(word) < 3 or not all("\u0621" <= ch <= "\u064a" for ch in word):
            return {}
        if word.endswith("ه"):
            stem = word[:-1] + "ت"
        elif (word + "ين",) in units or (word + "ون",) in units:
            return {}  # a sound plural: dual and plural are spelled alike
        else:
            stem = word
        return {end: stem + end for end in ("ين", "ان") if (stem + end,) not in units}

    singles: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for key, lemma in singulars:
        if len(key) == 1:
            for form in dual(key[0]).values():
                singles.setdefault(form, lemma)
        elif len(key) == 2 and all(word.endswith("ه") for word in key):
            nouns, adjectives = dual(key[0]), dual(key[1])
            for end, form in nouns.items():
                if end in adjectives:
                    pairs[form, adjectives[end]] = lemma
    return singles, pairs


def open_noun(word: str, lex: NumberLexicon) -> str | None:
    """Return the lemma of an English plural that ``units.tsv`` does not list.

    News counts more things than any list holds ("12 helicopters", "four
    suspects"), so a folded English word shaped like a regular plural is a
    counted noun as written. Only plurals that print back as written
    (:func:`claimtrack.figure.plural_unit`) are taken: "-ies" and "-s";
    "matches" or "buses" are not, and nor are the listed non-nouns
    (``not_noun`` in ``number_context.tsv``: "remains", "others").

    Examples:
        >>> lex = load_number_lexicon("en")
        >>> open_noun("helicopters", lex), open_noun("militias", lex)
        ('helicopter', 'militia')
        >>> open_noun("remains", lex), open_noun("status", lex), open_noun("march", lex)
        (None, None, None)
    """
    if (
        len(word) < 4
        or word[-1] != "s"
        or word.endswith(("ss", "us", "is"))
        or word in lex.not_nouns
        or not (word.isascii() and word.isalpha())
    ):
        return None
    lemma = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return lemma if plural_unit(lemma) == word else None


def to_unit_lemma(word: str, *, lang: str | None = None) -> str | None:
    """Map a counted noun as written to its canonical English lemma.

    Args:
        word: The noun in any inflection, with or without the article, e.g.
            ``"جنديا"``, ``"الجنود"``, ``"countries"``.
        lang: ``"ar"``, ``"en"`` or None for both lexicons.

    Returns:
        The lemma (``"troop"``), or None for a word not in ``units.tsv``.

    Examples:
        >>> to_unit_lemma("مقعداً"), to_unit_lemma("الجنود"), to_unit_lemma("nations")
        ('seat', 'troop', 'country')
    """
    key = _phrase(normalise_text(word).text)
    return unit_of(key, load_number_lexicon(lang).units)


def unit_of(key: tuple[str, ...], units: dict[tuple[str, ...], str]) -> str | None:
    """The lemma of folded words in ``units``, with or without the article.

    Examples:
        >>> unit_of(("الجنود",), load_number_lexicon("ar").units)
        'troop'
    """
    if key in units or not key or not key[0].startswith("ال"):
        return units.get(key)
    return units.get((key[0][2:], *key[1:]))
