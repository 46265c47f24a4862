"""Time semantics: the days a time figure admits, and relative-date resolution.

A :class:`~claimtrack.figure.TimeFigure` names a period (a day, month,
quarter or year), maybe a part of it ("early", "end of") and a hedge ("by" for
deadlines). :func:`time_bounds` turns that into an interval of day numbers
(``date.toordinal()``) under either reading, so that comparing dates is the
same interval arithmetic as comparing counts.

Relative expressions ("next month", "last Monday") are resolved by
:func:`resolve_relative` against a publication date; extraction calls it.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta

from claimtrack.figure import Granularity, Hedge, Part, TimeFigure
from claimtrack.settings import Reading, Settings

__all__ = ["last_day_of", "resolve_relative", "shift_months", "time_bounds"]

Bounds = tuple[float, float]
_DEFAULT = Settings()


def _part_bounds(
    first: int, last: int, part: Part, granularity: Granularity, settings: Settings
) -> tuple[Bounds, Bounds]:
    """Return (strict, pragmatic) day bounds of a part of ``[first, last]``."""
    n = last - first + 1
    if part is Part.WHOLE:
        return (first, last), (first, last)
    # Pragmatic parts are the narrow quarter people mean ("early 2024" is
    # January-March); strict parts are the half that the words cannot exclude.
    quarter, half = max(1, n // 4), max(1, n // 2)
    # Where the first quarter and half end and the second half and last
    # quarter start: for a single year, the calendar's ("late 2024" is
    # October-December to the day); for other periods, counted in days.
    q1_end, h1_end = first + quarter - 1, first + half - 1
    h2_start, q4_start = last - half + 1, last - quarter + 1
    if granularity is Granularity.YEAR and n <= 366:
        year = date.fromordinal(first).year
        april, july, october = (date(year, m, 1).toordinal() for m in (4, 7, 10))
        q1_end, h1_end, h2_start, q4_start = april - 1, july - 1, july, october
    if part is Part.EARLY:
        return (first, h1_end), (first, q1_end)
    if part is Part.LATE:
        return (h2_start, last), (q4_start, last)
    if part is Part.MID:
        mid = first + n // 2
        return (q1_end + 1, q4_start - 1), (mid - quarter // 2, mid + quarter // 2)
    days = (
        settings.end_of_month_days
        if granularity is Granularity.MONTH
        else settings.end_of_year_days
    )
    prag = (max(first, last - days + 1), last)
    return (min(prag[0], h2_start), last), prag


def time_bounds(
    figure: TimeFigure, reading: Reading, settings: Settings = _DEFAULT
) -> Bounds | None:
    """Return the interval of day ordinals a time figure admits under ``reading``.

    Args:
        figure: The time figure.
        reading: ``strict`` (what the words logically allow) or ``pragmatic``
            (what a speaker who knew better would not have said otherwise).
        settings: Constants (``end_of_month_days``, ``end_of_year_days``).

    Returns:
        ``(low, high)`` as ``date.toordinal()`` numbers, ``-inf``/``inf`` for
        open ends; ``None`` for an unresolved relative expression.

    Notes:
        A deadline ("by September 2026") is strictly any day up to the end of
        September 2026 but pragmatically September 2026 itself: the stated date
        is the deadline. The pragmatic interval always lies inside the strict
        one. O(1).

    Examples:
        >>> from datetime import date
        >>> by_end = TimeFigure(value="2026", part="end", hedge="by")
        >>> lo, hi = time_bounds(by_end, Reading.PRAGMATIC)
        >>> date.fromordinal(int(lo)), date.fromordinal(int(hi))
        (datetime.date(2026, 12, 1), datetime.date(2026, 12, 31))
        >>> time_bounds(by_end, Reading.STRICT)[0]
        -inf
    """
    if not figure.is_resolved:
        return None
    first_day, last_day = figure.period()
    first, last = first_day.toordinal(), last_day.toordinal()
    strict, prag = _part_bounds(first, last, figure.part, figure.granularity, settings)
    span = prag[1] - prag[0] + 1
    hedge = figure.hedge
    if hedge in (Hedge.BY, Hedge.AT_MOST):
        strict = (-math.inf, strict[1])
    elif hedge is Hedge.AT_LEAST:
        strict, prag = (strict[0], math.inf), (prag[0], prag[1] + span)
    elif hedge is Hedge.MORE_THAN:
        # "After early 2026" cannot exclude April, since "early 2026" may end
        # with March: after/before count from the narrowest reading of the
        # part, which keeps the pragmatic interval inside the strict one.
        strict, prag = (prag[1] + 1, math.inf), (prag[1] + 1, prag[1] + span)
    elif hedge is Hedge.LESS_THAN:
        strict, prag = (-math.inf, prag[0] - 1), (prag[0] - span, prag[0] - 1)
    elif hedge is Hedge.ABOUT:
        pad = max(1, span // 2)
        strict = (strict[0] - pad, strict[1] + pad)
    chosen = prag if reading is Reading.PRAGMATIC else strict
    return (float(chosen[0]), float(chosen[1]))


def shift_months(day: date, months: int) -> tuple[int, int]:
    """Return the (year, month) ``months`` after the month of ``day``.

    Examples:
        >>> shift_months(date(2025, 8, 19), 1), shift_months(date(2025, 1, 5), -1)
        ((2025, 9), (2024, 12))
    """
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def resolve_relative(
    text: str,
    published: date | None,
    *,
    unit: str,
    offset: int = 0,
    month: int | None = None,
    weekday: int | None = None,
    part: Part = Part.WHOLE,
    hedge: Hedge = Hedge.EXACT,
) -> TimeFigure:
    """Resolve a relative expression against a publication date.

    Args:
        text: The expression as written, kept on the figure.
        published: The publication date; ``None`` leaves the figure unresolved.
        unit: ``"day"``, ``"week"``, ``"month"`` or ``"year"``; for a named
            month ("next September") use ``"month"`` with ``month=9``; for a
            weekday ("last Monday") use ``"day"`` with ``weekday`` (0=Monday).
        offset: How many units forward (+) or back (-): "next month" is
            ``+1``, "this year" ``0``, "yesterday" ``-1``. For a named month or
            weekday, the sign says which occurrence: ``+1`` the next one after
            publication, ``-1`` the last one before, ``0`` the nearest one on
            or before publication (news reports past events).
        month: A named month (1-12).
        weekday: A named weekday (0=Monday ... 6=Sunday).
        part: Part of the period ("end of this year").
        hedge: Hedge of the figure ("by next month").

    Returns:
        The resolved figure, recording ``text`` and ``published``.

    Examples:
        >>> d = date(2025, 8, 19)
        >>> str(resolve_relative("next month", d, unit="month", offset=1))
        '2025-09'
        >>> str(resolve_relative("last Monday", d, unit="day", weekday=0, offset=-1))
        '2025-08-18'
        >>> str(
        ...     resolve_relative(
        ...         "September next year", d, unit="year", offset=1, month=9
        ...     )
        ... )
        '2026-09'
        >>> resolve_relative("next month", None, unit="month", offset=1).is_resolved
        False
    """
    if published is None:
        return TimeFigure(relative=text, part=part, hedge=hedge)
    value, granularity = _resolve(published, unit, offset, month, weekday)
    return TimeFigure(
        value=value,
        granularity=granularity,
        part=part if granularity is not Granularity.DAY else Part.WHOLE,
        hedge=hedge,
        relative=text,
        resolved_against=published,
    )


def _resolve(
    published: date, unit: str, offset: int, month: int | None, weekday: int | None
) -> tuple[str, Granularity]:
    if weekday is not None:
        delta = (published.weekday() - weekday) % 7
        if offset > 0:
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            day = published - timedelta(days=delta or (7 if offset < 0 else 0))
        return day.isoformat(), Granularity.DAY
    if unit == "year":
        year = published.year + offset
        if month is not None:
            return f"{year}-{month:02d}", Granularity.MONTH
        return str(year), Granularity.YEAR
    if unit == "month" and month is not None:
        year = published.year
        if offset > 0 and month <= published.month:
            year += 1
        elif (offset < 0 and month >= published.month) or (
            offset == 0 and month > published.month
        ):
            year -= 1
        return f"{year}-{month:02d}", Granularity.MONTH
    if unit == "month":
        year, mon = shift_months(published, offset)
        return f"{year}-{mon:02d}", Granularity.MONTH
    if unit == "week":
        return (published + timedelta(weeks=offset)).isoformat(), Granularity.DAY
    if unit == "day":
        return (published + timedelta(days=offset)).isoformat(), Granularity.DAY
    raise ValueError(f"unknown relative unit {unit!r}")


def last_day_of(year: int, month: int) -> date:
    """Return the last day of a month.

    Examples:
        >>> last_day_of(2024, 2)
        datetime.date(2024, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])
