"""The words around a date expression: its marker, its licence, its tense.

This module owns the context checks of the date grammar, all driven by
``claimtrack/data/lexicon/dates_markers.tsv``:

- :func:`leading_marker`: the marker right before an expression (بحلول,
  منذ, قبل, نحو, by, since …), which gives its kind and hedge;
- :func:`is_licensed` and :func:`is_counted`: whether a bare year or month
  name is a date at all (في 2014 is; نحو 2000 جندي and في 2000 غارة are not);
- :func:`is_future_clause`: whether the clause speaks of the future, which
  decides where a weekday, or a month or day without a year, is placed.

All functions take offsets into *folded* text, except where noted.
"""

from __future__ import annotations

import functools
import re

from claimtrack.extract.months import (
    alternation,
    calendar_lexicon,
    fold_letters,
    matched_key,
)

__all__ = ["is_counted", "is_future_clause", "is_licensed", "leading_marker"]

_SENTENCE_END = re.compile(r"[.!?؟؛\n](?!\d)")
_FUTURE_VERB = re.compile(r"(?<!\w)[وف]?(س[يتن]\w{2,})")
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Marker and future-cue patterns, compiled once from the lexicon."""
    lex = calendar_lexicon()
    marker = re.compile(
        rf"(?<!\w)(?:[وف](?=\w))?(?P<m>{alternation(lex.markers)})[^\S\n]*\Z", re.I
    )
    future = re.compile(rf"(?<!\w)[وف]?{alternation(lex.future)}", re.I)
    return marker, future


def leading_marker(folded: str, start: int) -> tuple[int, str] | None:
    """Find the marker word that ends right before ``start``, if any.

    Markers are ``deadline`` (بحلول, by), ``since`` (منذ), ``before`` (قبل),
    ``after`` (بعد), ``about`` (نحو) and ``context`` (plain prepositions:
    في, in). A clitic و or ف on the marker is allowed and left outside it.
    The longest marker wins (في موعد لا يتجاوز over لا يتجاوز).

    Args:
        folded: Folded text.
        start: Offset where a date expression starts.

    Returns:
        ``(marker_start, category)``, or ``None``.

    Examples:
        >>> leading_marker("وفي موعد لا يتجاوز نهايه 2025", 19)
        (1, 'deadline')
        >>> leading_marker("قال 2025", 4) is None
        True
    """
    found = _patterns()[0].search(folded, max(0, start - 40), start)
    if found is None:
        return None
    return found.start("m"), calendar_lexicon().markers[matched_key(found["m"])]


def is_licensed(folded: str, start: int, *, about: bool = True) -> bool:
    """Whether a marker or preposition right before ``start`` licenses a date.

    A bare year or month name is a date only after one (في 2014, in May).

    Args:
        folded: Folded text.
        start: Offset where the bare year or month name starts.
        about: Whether ``about`` markers (نحو, around) count; they do not for
            a bare year, since نحو 2000 is a count.

    Returns:
        True if licensed.

    Examples:
        >>> is_licensed("منذ 2014", 4), is_licensed("نحو 2000", 4, about=False)
        (True, False)
    """
    found = leading_marker(folded, start)
    return found is not None and (about or found[1] != "about")


def is_counted(folded: str, end: int) -> bool:
    """Whether a counted noun follows ``end``, making a number a count.

    Args:
        folded: Folded text.
        end: Offset right after the number.

    Returns:
        True if the next word is a counted noun (غاره, troops).

    Examples:
        >>> is_counted("في 2000 غاره", 7), is_counted("في 2014 سيطر", 7)
        (True, False)
    """
    word = _NEXT_WORD.match(folded, end)
    return word is not None and matched_key(word[1]) in calendar_lexicon().counted


def is_future_clause(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future.

    Looks back at most 80 characters, not past the end of the previous
    sentence, for a future cue (سوف, من المقرر, will, is due) or an Arabic
    verb with the future prefix سـ (سيعقد, ستبدأ), leaving out nouns that
    merely start that way (سياسة, سنوات). Only the words *before* the date
    are read: in Arabic news the verb usually leads its clause.

    Args:
        text: Normalised, *unfolded* text (so ة still tells nouns apart).
        start: Offset where the date expression starts.

    Returns:
        True if a future cue is found.

    Examples:
        >>> is_future_clause("سيعقد المجلس جلسته يوم الاثنين", 19)
        True
        >>> is_future_clause("عقد المجلس جلسته يوم الاثنين", 18)
        False
        >>> is_future_clause("The council will meet on Monday", 25)
        True
    """
    window = text[max(0, start - 80) : start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    if _patterns()[1].search(fold_letters(window)):
        return True
    not_future = calendar_lexicon().not_future
    for verb in _FUTURE_VERB.finditer(window):
        word = verb[1]
        if word.endswith(("ة", "ات")):
            continue  # verbs never end in ta marbuta or the plural -at
        key = matched_key(fold_letters(word))
        stems = (key, key[:-1], key[:-2])
        if not any(s in not_future or s + "ه" in not_future for s in stems):
            return True
    return False
