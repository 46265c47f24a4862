"""Trailing time windows of a count: "in the past two months", "خلال الشهرين الماضيين".

A tally over the last few weeks answers a different question from a tally
since a date or over a whole conflict: "more than 60 attacks in the past two
months" and "more than 170 attacks since October" must never be compared.
The window counts back from the publication date, so it carries that date:
two reports of "the past two months" a season apart are different windows.
"""

from __future__ import annotations

import re
from datetime import date

from claimtrack.extract.months import fold_letters
from claimtrack.extract.text import undot

__all__ = ["trailing_window"]

_EN_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_EN_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_EN = re.compile(
    r"\A[^\S\n]*,?[^\S\n]*(?:in|over|during|within|for)[^\S\n]+the[^\S\n]+"
    r"(?:past|last|previous)[^\S\n]+(?:(?P<n>\d{1,3}|[a-z]+)[^\S\n]+)?"
    r"(?P<u>day|week|month|year)s?\b",
    re.IGNORECASE,
)

# Arabic: a dual (الشهرين) or a plural with or without a number word (الأشهر
# الثلاثة، الأسابيع), then الماضية/الأخيرة. A singular (العام الماضي، الشهر
# الماضي) is a calendar period, which the date grammar reads.
_AR_DUALS = {
    "يومين": "day", "اليومين": "day", "أسبوعين": "week", "الأسبوعين": "week",
    "شهرين": "month", "الشهرين": "month", "عامين": "year", "العامين": "year",
    "سنتين": "year", "السنتين": "year",
}  # fmt: skip
_AR_PLURALS = {
    "الأيام": "day", "الأسابيع": "week", "الأشهر": "month", "الشهور": "month",
    "الأعوام": "year", "السنوات": "year",
}  # fmt: skip
_AR_NUMBERS = {
    "الثلاثة": 3, "الثلاث": 3, "الأربعة": 4, "الأربع": 4, "الخمسة": 5, "الخمس": 5,
    "الستة": 6, "الست": 6, "السبعة": 7, "السبع": 7, "الثمانية": 8, "الثماني": 8,
    "التسعة": 9, "التسع": 9, "العشرة": 10, "العشر": 10,
}  # fmt: skip
_AR_PAST = (
    r"(?:الماضي|الماضية|الماضيين|الماضيتين|المنصرم|المنصرمة|الأخير|الأخيرة|الأخيرين)"
)
_AR = re.compile(
    r"\A[^\S\n]*،?[^\S\n]*(?:خلال|في|طيلة|طوال|على مدى|على مدار)[^\S\n]+"
    r"(?P<w>[\u0621-\u064A]+)(?:[^\S\n]+(?P<n>[\u0621-\u064A]+))?[^\S\n]+"
    + _AR_PAST
    + r"(?![\u0621-\u064A])"
)


# What ends the phrase of a count: punctuation, a line, another number.
_PHRASE_END = re.compile(r"[.,،;؛:!?؟()\n\d٠-٩۰-۹]")
_SPACE = re.compile(r"\s+")

_FOLDED = {
    name: {fold_letters(k): v for k, v in table.items()}
    for name, table in (
        ("duals", _AR_DUALS),
        ("plurals", _AR_PLURALS),
        ("numbers", _AR_NUMBERS),
    )
}


def trailing_window(
    text: str, end: int, published: date | None, *, reach: int = 0
) -> tuple[str, int] | None:
    """Return the window a count ending at ``end`` is tallied over, if stated.

    Args:
        text: The document text.
        end: Offset right after the count and its noun.
        published: The publication date the window counts back from.
        reach: How many words of the same phrase may stand between the count
            and its window, such as the verb it is the subject of ("3,500
            troops have left the country over the past two years"). No other
            number and no punctuation may stand there.

    Returns:
        The window, ``"past 2 months to 2024-09-28"`` (``"past months to …"``
        when no number is written; "in recent weeks" is not read), and the
        offset where its words end; or None.

    Examples:
        >>> pub = date(2024, 9, 28)
        >>> trailing_window("60 attacks in the past two months", 10, pub)
        ('past 2 months to 2024-09-28', 33)
        >>> trailing_window("60 هجوما خلال الشهرين الماضيين", 8, pub)[0]
        'past 2 months to 2024-09-28'
        >>> trailing_window("12 غارة في الأشهر الثلاثة الأخيرة", 7, pub)[0]
        'past 3 months to 2024-09-28'
        >>> trailing_window("60 attacks in the past year", 10, None)[0]
        'past 1 year to an unknown date'
        >>> trailing_window("60 attacks in Iraq", 10, pub) is None
        True
        >>> text = "3,500 troops left Iraq during the past two years"
        >>> trailing_window(text, 12, pub, reach=3)[0]
        'past 2 years to 2024-09-28'
        >>> trailing_window("3,500 troops left, in the past year", 12, pub, reach=3)
        >>> text = "12 attacks on U.S. bases over the past two weeks"
        >>> trailing_window(text, 10, pub, reach=5)[0]
        'past 2 weeks to 2024-09-28'
    """
    found = _read(text[end : end + 80])
    if found is None and reach:
        found = _read_later(text, end, reach)
    if found is None:
        return None
    count, unit, size = found
    to = published.isoformat() if published else "an unknown date"
    if count is None:
        return f"past {unit}s to {to}", end + size
    return f"past {count} {unit}{'' if count == 1 else 's'} to {to}", end + size


def _read_later(text: str, end: int, reach: int) -> tuple[int | None, str, int] | None:
    """Read a window up to ``reach`` words on, in the same phrase."""
    ahead = undot(text[end : end + 160])
    stop = _PHRASE_END.search(ahead)
    limit = end + stop.start() if stop is not None else min(len(text), end + 160)
    for k, gap in enumerate(_SPACE.finditer(text, end + 1, limit)):
        if k >= reach:
            break
        found = _read(text[gap.start() : gap.start() + 80])
        if found is not None:
            count, unit, size = found
            return count, unit, gap.start() - end + size
    return None


def _read(after: str) -> tuple[int | None, str, int] | None:
    if (m := _EN.match(after)) is not None:
        unit = _EN_UNITS[m["u"].lower()]
        word = (m["n"] or "").lower()
        if not word:
            return 1, unit, m.end()
        if word.isdigit():
            return int(word), unit, m.end()
        return (_EN_NUMBERS[word], unit, m.end()) if word in _EN_NUMBERS else None
    if (m := _AR.match(after)) is not None:
        word, number = fold_letters(m["w"]), fold_letters(m["n"] or "")
        if word in _FOLDED["duals"] and not number:
            return 2, _FOLDED["duals"][word], m.end()
        if word in _FOLDED["plurals"]:
            if not number:
                return None, _FOLDED["plurals"][word], m.end()
            if number in _FOLDED["numbers"]:
                return _FOLDED["numbers"][number], _FOLDED["plurals"][word], m.end()
    return None
