"""Calendar vocabulary for the date grammar, read once from TSV lexicons.

This module owns the words :mod:`claimtrack.extract.dates` knows: month names
of the Levantine/Iraqi, Egyptian/Gulf and Maghrebi families and English,
weekday names, day and quarter ordinals, relative words (المقبل, last, اليوم),
part-of-period words (مطلع, mid-), markers (بحلول, since, قبل) and the tense
cues used to place a date written without a year.

The lists live in ``claimtrack/data/lexicon/months_names.tsv`` and
``claimtrack/data/lexicon/dates_*.tsv`` (their headers document the columns).
They are read once into a :class:`CalendarLexicon`. Every entry is keyed by
:func:`to_calendar_key`, which folds hamza forms, ى/ي, ة/ه and Persian letters,
so one row covers أيلول and ايلول alike. :func:`alternation` turns keys into
regular expressions that accept the spellings met in running text, and
:func:`matched_key` / :func:`lookup` take matched text back to the tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import TypeVar

from claimtrack.extract.text import normalise_text

__all__ = [
    "CalendarLexicon",
    "alternation",
    "calendar_lexicon",
    "fold_letters",
    "lookup",
    "matched_key",
    "month_number",
    "to_calendar_key",
    "weekday_number",
]

# One-for-one replacements only: the folded text must keep the length (and so
# the offsets) of the normalised text it is matched in.
_FOLD = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ی", "ي"),
    ("ة", "ه"),
    ("ک", "ك"),
)
_V = TypeVar("_V")
_S = r"[^\S\n]+"  # spaces within a line: a date never spans a line break
_S0 = r"[^\S\n]*"
# "الحادي و العشرين" and "الحادي والعشرين" are one ordinal.
_LOOSE_WAW = re.compile(r"(?<= )و ")


def fold_letters(text: str) -> str:
    """Fold Arabic letter variants one-for-one, keeping the text's length.

    أ إ آ ٱ become ا; ى and Persian ی become ي; ة becomes ه; Persian ک becomes
    ك. Nothing is removed, so offsets into the result are offsets into the
    input.

    Args:
        text: Text already passed through
            :func:`~claimtrack.extract.text.normalise_text`.

    Returns:
        The folded text, of the same length.

    Examples:
        >>> fold_letters("آذار وإبريل والجمعة")
        'اذار وابريل والجمعه'
    """
    # Eight str.replace passes run in C; str.translate with a dict table goes
    # through Python for every character and is ten times slower.
    for old, new in _FOLD:
        text = text.replace(old, new)
    return text


def to_calendar_key(text: str) -> str:
    """Return the lookup key of a calendar word or phrase as it appears in text.

    The key is normalised (digits, diacritics, tatweel), folded with
    :func:`fold_letters`, lower-cased, with runs of spaces collapsed and a
    trailing full stop (``Sept.``) dropped.

    Args:
        text: A word or phrase, e.g. ``"تشرين  الأوَّل"``.

    Returns:
        The key used by every table of :class:`CalendarLexicon`.

    Examples:
        >>> to_calendar_key("تشرين  الأوَّل")
        'تشرين الاول'
        >>> to_calendar_key("Sept.")
        'sept'
    """
    return matched_key(fold_letters(normalise_text(text).text))


@dataclass(frozen=True, slots=True)
class CalendarLexicon:
    """Every calendar word the date grammar knows, keyed by :func:`to_calendar_key`.

    Attributes:
        months: Month name → month number (1-12), all families and English.
        english_months: The English month names and abbreviations as written
            (capitalised), for case-sensitive matching.
        month_families: Family (``levantine``, ``gulf``, ``maghrebi``,
            ``english``) → the twelve canonical names, January first.
        weekdays: Weekday name → ``date.weekday()`` number (Monday = 0).
        english_weekdays: English weekday names as written (capitalised).
        day_ordinals: Ordinal word → day of the month (الحادي عشر → 11).
        quarter_ordinals: Ordinal word → quarter (الأخير → 4).
        directions_ar: Arabic direction word (follows its noun) → offset.
        directions_en: English direction word (precedes its noun) → offset.
        this_words: Arabic demonstratives before a unit (هذا, هذه).
        units: Relative unit word → ``year``, ``month``, ``week`` or ``quarter``.
        relative_days: Day word → offset in days from publication (أمس → -1).
        year_words: Words introducing a year (عام, سنة, year).
        month_words: Words introducing a month name (شهر, the month of).
        day_words: Words introducing a weekday (يوم).
        day_parts_ar: Times of day written before a day (صباح, مساء).
        day_parts_en: Times of day written after a day (morning, night).
        parts: Part-of-period word → ``early``, ``mid``, ``late`` or ``end``.
        markers: Marker → ``deadline``, ``since``, ``before``, ``after``,
            ``not_before``, ``about`` or ``context``.
        future: Phrases that put a clause in the future (سوف, will).
        not_future: Words that look like future-tense verbs but are not.
        past: Past-tense reporting verbs (قال, said) that end a future clause.
        counted: Nouns that make a preceding number a count, not a year.
        negations: Words that turn "before" or "until" into "no earlier
            than" (not, لن, لم).

    Examples:
        >>> lex = calendar_lexicon()
        >>> lex.months["ايلول"], lex.months["september"], lex.weekdays["الجمعه"]
        (9, 9, 4)
        >>> lex.month_families["levantine"][0]
        'كانون الثاني'
    """

    months: Mapping[str, int]
    english_months: frozenset[str]
    month_families: Mapping[str, tuple[str, ...]]
    weekdays: Mapping[str, int]
    english_weekdays: frozenset[str]
    day_ordinals: Mapping[str, int]
    quarter_ordinals: Mapping[str, int]
    directions_ar: Mapping[str, int]
    directions_en: Mapping[str, int]
    this_words: frozenset[str]
    units: Mapping[str, str]
    relative_days: Mapping[str, int]
    year_words: frozenset[str]
    month_words: frozenset[str]
    day_words: frozenset[str]
    day_parts_ar: frozenset[str]
    day_parts_en: frozenset[str]
    parts: Mapping[str, str]
    markers: Mapping[str, str]
    future: frozenset[str]
    not_future: frozenset[str]
    past: frozenset[str]
    counted: frozenset[str]
    negations: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    """Read the rows of one lexicon file, skipping comments and blank lines."""
    text = files("claimtrack").joinpath("data", "lexicon", name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _frozen(pairs: Iterable[tuple[str, _V]]) -> Mapping[str, _V]:
    """Key ``pairs`` by :func:`to_calendar_key` in a read-only mapping."""
    return MappingProxyType({to_calendar_key(k): v for k, v in pairs})


@functools.cache
def calendar_lexicon() -> CalendarLexicon:
    """Load the calendar lexicons (once per process).

    Returns:
        The shared, read-only :class:`CalendarLexicon`.

    Examples:
        >>> calendar_lexicon() is calendar_lexicon()
        True
        >>> calendar_lexicon().parts["نهايه"]
        'end'
    """
    month_rows = _rows("months_names.tsv")
    families: dict[str, list[str]] = {}
    for name, _, family, _, form in month_rows:
        if form == "canonical":
            families.setdefault(family, []).append(name)
    relative = _rows("dates_relative.tsv")

    def category(cat: str, lang: str | None = None) -> list[list[str]]:
        return [r for r in relative if r[1] == cat and lang in (None, r[3])]

    markers = _rows("dates_markers.tsv")

    def marker_set(cat: str) -> frozenset[str]:
        return frozenset(to_calendar_key(r[0]) for r in markers if r[1] == cat)

    ordinals = _rows("dates_ordinals.tsv")
    weekday_rows = _rows("dates_weekdays.tsv")
    return CalendarLexicon(
        months=_frozen([(r[0], int(r[1])) for r in month_rows]),
        english_months=frozenset(r[0] for r in month_rows if r[3] == "en"),
        month_families=MappingProxyType({k: tuple(v) for k, v in families.items()}),
        weekdays=_frozen([(r[0], int(r[1])) for r in weekday_rows]),
        english_weekdays=frozenset(r[0] for r in weekday_rows if r[2] == "en"),
        day_ordinals=_frozen([(r[0], int(r[1])) for r in ordinals if r[2] == "day"]),
        quarter_ordinals=_frozen(
            [(r[0], int(r[1])) for r in ordinals if r[2] == "quarter"]
        ),
        directions_ar=_frozen([(r[0], int(r[2])) for r in category("direction", "ar")]),
        directions_en=_frozen([(r[0], int(r[2])) for r in category("direction", "en")]),
        this_words=frozenset(to_calendar_key(r[0]) for r in category("this")),
        units=_frozen([(r[0], r[2]) for r in category("unit")]),
        relative_days=_frozen([(r[0], int(r[2])) for r in category("day")]),
        year_words=frozenset(to_calendar_key(r[0]) for r in category("year_word")),
        month_words=frozenset(to_calendar_key(r[0]) for r in category("month_word")),
        day_words=frozenset(to_calendar_key(r[0]) for r in category("day_word")),
        day_parts_ar=frozenset(
            to_calendar_key(r[0]) for r in category("day_part", "ar")
        ),
        day_parts_en=frozenset(
            to_calendar_key(r[0]) for r in category("day_part", "en")
        ),
        parts=_frozen([(r[0], r[1]) for r in _rows("dates_parts.tsv")]),
        markers=_frozen(
            [
                (r[0], r[1])
                for r in markers
                if r[1]
                in {"deadline", "since", "before", "after", "not_before", "about"}
                | {"context"}
            ]
        ),
        future=marker_set("future"),
        not_future=marker_set("not_future"),
        past=marker_set("past"),
        counted=marker_set("counted"),
        negations=marker_set("negation"),
    )


def month_number(name: str) -> int | None:
    """Return the month number (1-12) of a month name of any family, or None.

    Args:
        name: A month name as written: تشرين الأول, أكتوبر, October, Oct.

    Returns:
        The month number, or ``None`` if ``name`` is not a month name.

    Examples:
        >>> [month_number(n) for n in ("تشرين الأول", "أكتوبر", "Oct.", "Smarch")]
        [10, 10, 10, None]
    """
    return calendar_lexicon().months.get(to_calendar_key(name))


def weekday_number(name: str) -> int | None:
    """Return the ``date.weekday()`` number of a weekday name, or None.

    Args:
        name: A weekday name as written: الإثنين, الاثنين, Monday.

    Returns:
        0 for Monday through 6 for Sunday, or ``None``.

    Examples:
        >>> weekday_number("الإثنين"), weekday_number("Sunday"), weekday_number("x")
        (0, 6, None)
    """
    return calendar_lexicon().weekdays.get(to_calendar_key(name))


# -- matching lexicon words in folded text ------------------------------------


def matched_key(text: str) -> str:
    """Return the lexicon key of a stretch of folded text matched by a pattern.

    Runs of spaces become one, a loose compound و is joined to its word, a
    trailing full stop is dropped and Latin letters are lower-cased: the same
    key :func:`to_calendar_key` gives, but cheap,
    because the text is already normalised and folded.

    Args:
        text: Matched text.

    Returns:
        The key.

    Examples:
        >>> matched_key("الحادي  و العشرين"), matched_key("Sept.")
        ('الحادي والعشرين', 'sept')
    """
    return _LOOSE_WAW.sub("و", " ".join(text.split())).rstrip(".").lower()


def _phrase(phrase: str) -> str:
    """Regex for one lexicon key: flexible spaces, article merged into لـ."""
    pat = _S.join(re.escape(w) for w in phrase.split(" "))
    # In compounds (الحادي والعشرين) the و may stand apart from its word.
    pat = pat.replace(_S + "و", _S + "و" + _S0)
    if phrase.startswith("ال"):
        # ل + ال is written لل (للعام المقبل): the article's alif disappears.
        pat = r"(?:ال|(?<=(?<!\w)ل)ل|(?<=(?<!\w)[وف]ل)ل)" + pat[2:]
    return pat


def alternation(
    words: Iterable[str], *, exact_case: bool = False, dot: bool = False
) -> str:
    """Build a regex alternation of lexicon keys, longest first.

    Spaces inside a phrase match any run of spaces on one line; the و of a
    compound may stand apart (الحادي و العشرين); an article merged into a
    preceding ل (للعام) is accepted. The alternation ends at a word boundary.

    Args:
        words: Lexicon keys (see :func:`matched_key`).
        exact_case: Match case-sensitively even under ``re.IGNORECASE``
            (English month and weekday names: May, not may).
        dot: Allow a full stop after each word (abbreviations: Sept.).

    Returns:
        A non-capturing regex group.

    Examples:
        >>> import re
        >>> pattern = re.compile(alternation(["العام", "عام"]))
        >>> pattern.search("للعام المقبل").group()
        'لعام'
    """
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(_phrase(w) + (r"\.?" if dot else "") for w in ordered)
    if exact_case:
        body = f"(?-i:{body})"
    return f"(?:{body})(?!\\w)"


def lookup(table: Mapping[str, _V], text: str) -> _V | None:
    """Look matched text up in a lexicon table, restoring an article in لـ.

    Args:
        table: A table of :class:`CalendarLexicon`.
        text: Matched, folded text; ``لعام`` (from للعام) finds ``العام``.

    Returns:
        The entry, or ``None``.

    Examples:
        >>> lookup(calendar_lexicon().units, "لعام")
        'year'
    """
    key = matched_key(text)
    value = table.get(key)
    if value is None and key.startswith("ل") and not key.startswith("ال"):
        value = table.get("ا" + key)
    return value
