"""Date specs and the calendar arithmetic that resolves them.

This module owns :class:`DateSpec`, a date expression as written (year, month,
day, quarter, part of period, relative offsets), and :func:`resolve_spec`,
which turns a spec into ISO values at its stated granularity, using the
publication date for anything relative.

Resolution rules (the pragmatic reading of news text):

- *Relative periods* (العام المقبل, last month, هذا الأسبوع) are counted from the
  publication year, month or ISO week (Monday to Sunday).
- A *month or day without a year* takes the year that puts it nearest to the
  publication date: on or before it by default (news reports the past), on or
  after it when the clause speaks of the future (سيعقد, will); ``الماضي`` /
  ``last`` take the latest occurrence strictly before publication,
  ``المقبل`` / ``next`` the earliest strictly after (سبتمبر المقبل published in
  August 2025 is 2025-09; published in September 2025 it is 2026-09), and
  ``الجاري`` / ``this`` the publication year.
- A *weekday* is the nearest such day to publication, the past one when it is
  at most four days back (news mostly reports the week's past days; a piece
  dated Sunday that says "Monday" means tomorrow), on or after publication in
  a future clause; ``الماضي`` / ``last`` is strictly before, ``المقبل`` /
  ``next`` strictly after, ``this`` the one in the publication's ISO week.
- A *week* resolves to its Monday and Sunday, as a range of days.
- With no publication date nothing relative is resolved: the value is None.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

__all__ = ["DateSpec", "resolve_spec"]


@dataclass(frozen=True, slots=True)
class DateSpec:
    """One date expression as written: absolute fields and relative offsets.

    Offsets ``start``/``end`` index the folded text. A field left ``None`` was
    not stated; a spec whose ``year`` is ``None`` (and that is not a
    ``stamp``) needs the publication date to be resolved.

    Attributes:
        start: Start of the expression (markers such as بحلول excluded).
        end: End of the expression (exclusive).
        granularity: ``day``, ``month``, ``quarter``, ``year``, ``minute``
            or ``second``.
        year: The year, when written (or fixed by a range partner).
        month: The month, 1-12.
        day: The day of the month.
        quarter: The quarter, 1-4.
        time: ``HH:MM`` of a byline time, 24-hour clock.
        stamp: The full value of an ISO timestamp, already formatted.
        part: ``whole``, ``early``, ``mid``, ``late`` or ``end``.
        year_offset: Years from the publication year (العام المقبل → 1).
        month_offset: Months from the publication month.
        week_offset: Weeks from the publication week.
        day_offset: Days from the publication date (أمس → -1).
        weekday: A weekday (Monday = 0) to place relative to publication.
        direction: For a weekday, or a month or day without a year: -1 last,
            +1 next, 0 this; ``None`` when only the tense can tell.
        rank: Precedence when adjacent expressions name one day: 3 a dated
            day, 2 a weekday, 1 a relative day (اليوم), 0 anything else. A
            weekday beats "today": "today, Saturday" in a piece dated Sunday
            was written on Saturday (publication dates are often inferred).
        high: The second end of a range.

    Examples:
        >>> end_2026 = DateSpec(6, 16, "year", year=2026, part="end")
        >>> end_2026.is_relative
        False
        >>> DateSpec(0, 12, "year", year_offset=1).is_relative  # العام المقبل
        True
    """

    start: int
    end: int
    granularity: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    time: str | None = None
    stamp: str | None = None
    part: str = "whole"
    year_offset: int | None = None
    month_offset: int | None = None
    week_offset: int | None = None
    day_offset: int | None = None
    weekday: int | None = None
    direction: int | None = None
    rank: int = 0
    high: DateSpec | None = None

    @property
    def is_relative(self) -> bool:
        """Whether resolving this spec needs the publication date."""
        if self.high is not None and self.high.is_relative:
            return True
        return self.stamp is None and self.year is None


def _before(a: str, b: str) -> bool:
    """Whether ISO value ``a`` starts before ``b`` does (at their common precision)."""
    size = min(len(a), len(b))
    return a[:size] < b[:size]


def _after(spec: DateSpec, high: str, low: str) -> str | None:
    """Move a range's end placed before its start to after it, else drop it.

    A weekday goes a week on, a month or day without its year a year on;
    an end that still comes first is no reading of the range (None).
    """
    if spec.weekday is not None and len(high) == 10:
        high = (date.fromisoformat(high) + timedelta(days=7)).isoformat()
    elif spec.year is None and spec.month is not None and high[:4].isdigit():
        high = f"{int(high[:4]) + 1:04d}{high[4:]}"
    return None if _before(high, low) else high


def resolve_spec(
    spec: DateSpec, published: date | None, *, future: bool = False, past: bool = False
) -> tuple[str | None, str | None]:
    """Resolve a spec to ISO values at its granularity.

    Args:
        spec: The spec to resolve.
        published: The publication date relative specs are counted from, or
            ``None`` (then relative specs stay unresolved).
        future: Whether the clause speaks of the future; only used to place a
            weekday, or a month or day without a year, with no direction word.
        past: Whether a past-tense verb governs it ("said on Tuesday"): a
            weekday is then the last one, however many days back.

    Returns:
        ``(value, value_high)``: ``value_high`` is set for ranges (a year
        range, a week). Values are ``YYYY``, ``YYYY-Qn``, ``YYYY-MM``,
        ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM`` or a full ISO timestamp. Both are
        ``None`` when the spec is relative and ``published`` is ``None``, or
        when it names an impossible date.

    Notes:
        Constant time. See the module docstring for the placement rules.

    Examples:
        >>> pub = date(2025, 8, 18)
        >>> resolve_spec(DateSpec(0, 0, "month", month=9, direction=1), pub)
        ('2025-09', None)
        >>> resolve_spec(DateSpec(0, 0, "day", month=10, day=17, direction=-1), pub)
        ('2024-10-17', None)
        >>> resolve_spec(DateSpec(0, 0, "day", week_offset=-1), pub)
        ('2025-08-11', '2025-08-17')
        >>> resolve_spec(DateSpec(0, 0, "year", year_offset=1), None)
        (None, None)
    """
    if spec.high is not None:
        low = resolve_spec(
            replace(spec, high=None), published, future=future, past=past
        )[0]
        high = resolve_spec(spec.high, published, future=future, past=past)[0]
        if low is not None and high is not None and _before(high, low):
            # "من الأحد إلى الخميس": each end placed on its own may cross; the
            # end of a range comes after its start.
            high = _after(spec.high, high, low)
        return low, high
    if spec.stamp is not None:
        return spec.stamp, None
    if spec.year is not None:
        return _format(spec, spec.year, spec.month, spec.day), None
    if published is None:
        return None, None
    pub = published
    if spec.day_offset is not None:
        return (pub + timedelta(days=spec.day_offset)).isoformat(), None
    if spec.week_offset is not None:
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=spec.week_offset)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if spec.weekday is not None:
        return _place_weekday(
            pub, spec.weekday, spec.direction, future, past
        ).isoformat(), None
    if spec.month_offset is not None:
        index = pub.year * 12 + pub.month - 1 + spec.month_offset
        year, month = divmod(index, 12)
        return _format(spec, year, month + 1, spec.day), None
    if spec.year_offset is not None:
        return _format(spec, pub.year + spec.year_offset, spec.month, spec.day), None
    placed = _place_year(spec, pub, future)
    if placed is None:
        return None, None
    return _format(spec, placed, spec.month, spec.day), None


def _format(
    spec: DateSpec, year: int, month: int | None, day: int | None
) -> str | None:
    """ISO value of ``spec`` in ``year`` at the spec's granularity."""
    if spec.granularity == "year":
        return f"{year:04d}"
    if spec.granularity == "quarter":
        # "next quarter" carries a month offset; its quarter is the month's.
        quarter = spec.quarter or ((month or 1) - 1) // 3 + 1
        return f"{year:04d}-Q{quarter}"
    if month is None:
        return None
    if spec.granularity == "month" or day is None:
        return f"{year:04d}-{month:02d}"
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None  # 31 of next month when next month has 30 days
    return f"{value}T{spec.time}" if spec.time else value


_WEEKDAY_LOOKBACK = 4


def _place_weekday(
    pub: date, weekday: int, direction: int | None, future: bool, past: bool = False
) -> date:
    """The ``weekday`` nearest ``pub`` in the direction the text implies."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == -1:
        return pub - timedelta(days=back or 7)
    if direction == 1:
        return pub + timedelta(days=ahead or 7)
    if direction == 0:
        return pub + timedelta(days=weekday - pub.weekday())
    if past:
        return pub - timedelta(days=back)
    if future or back > _WEEKDAY_LOOKBACK:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _place_year(spec: DateSpec, pub: date, future: bool) -> int | None:
    """Year for a month, day or quarter written without one."""
    if spec.direction == 0:
        return pub.year
    target: tuple[int, ...]
    now: tuple[int, ...]
    if spec.granularity == "quarter":
        target, now = (spec.quarter or 1,), ((pub.month - 1) // 3 + 1,)
    elif spec.day is not None:
        target, now = (spec.month or 1, spec.day), (pub.month, pub.day)
    else:
        target, now = (spec.month or 1,), (pub.month,)
    # A window of years, not just the neighbours: 29 February recurs every 4.
    years = [
        y
        for y in range(pub.year - 8, pub.year + 9)
        if spec.day is None or _format(spec, y, spec.month, spec.day) is not None
    ]
    before = [y for y in years if (y, *target) < (pub.year, *now)]
    after = [y for y in years if (y, *target) > (pub.year, *now)]
    same = [y for y in years if (y, *target) == (pub.year, *now)]
    if spec.direction == -1:
        return max(before, default=None)
    if spec.direction == 1:
        return min(after, default=None)
    if future:
        return min(same + after, default=None)
    return max(before + same, default=None)
