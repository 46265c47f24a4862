"""Time semantics: day bounds under both readings, and relative-date resolution."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest
from hypothesis import given

from claimtrack import (
    Granularity,
    Hedge,
    Part,
    Reading,
    Settings,
    TimeFigure,
    resolve_relative,
    time_bounds,
)
from claimtrack.dates import last_day_of, shift_months
from tests.strategies import time_figures

STRICT, PRAGMATIC = Reading.STRICT, Reading.PRAGMATIC
D = date.fromisoformat
OPEN = None  # an open end (-inf or inf)


def days(
    figure: TimeFigure, reading: Reading, settings: Settings | None = None
) -> tuple[date | None, date | None]:
    """Return the bounds of ``figure`` as dates, ``None`` for an open end."""
    bounds = time_bounds(figure, reading, settings or Settings())
    assert bounds is not None

    def day(x: float) -> date | None:
        return date.fromordinal(int(x)) if math.isfinite(x) else None

    return day(bounds[0]), day(bounds[1])


def span(a: str | None, b: str | None) -> tuple[date | None, date | None]:
    return (D(a) if a else OPEN), (D(b) if b else OPEN)


# Parts of a year: calendar halves strictly, calendar quarters pragmatically -----

YEAR_PARTS = [
    # part, strict, pragmatic
    (Part.WHOLE, span("2024-01-01", "2024-12-31"), span("2024-01-01", "2024-12-31")),
    (Part.EARLY, span("2024-01-01", "2024-06-30"), span("2024-01-01", "2024-03-31")),
    (Part.LATE, span("2024-07-01", "2024-12-31"), span("2024-10-01", "2024-12-31")),
    (Part.END, span("2024-07-01", "2024-12-31"), span("2024-12-01", "2024-12-31")),
]


@pytest.mark.parametrize(("part", "strict", "pragmatic"), YEAR_PARTS)
@pytest.mark.parametrize("year", ["2024", "2026"])
def test_parts_of_a_year(
    year: str, part: Part, strict: tuple[date, date], pragmatic: tuple[date, date]
) -> None:
    figure = TimeFigure(value=year, part=part)
    move = int(year) - 2024
    assert days(figure, STRICT) == tuple(d.replace(year=d.year + move) for d in strict)
    assert days(figure, PRAGMATIC) == tuple(
        d.replace(year=d.year + move) for d in pragmatic
    )


def test_middle_of_a_year() -> None:
    figure = TimeFigure(value="2025", part="mid")
    strict, prag = days(figure, STRICT), days(figure, PRAGMATIC)
    assert strict == span("2025-04-01", "2025-09-30")
    # The middle quarter: about mid-May to mid-August, around 1 July.
    assert D("2025-05-01") < prag[0] <= D("2025-05-20")  # type: ignore[operator]
    assert D("2025-08-10") <= prag[1] < D("2025-09-01")  # type: ignore[operator]


MONTH_PARTS = [
    (Part.WHOLE, span("2025-09-01", "2025-09-30"), span("2025-09-01", "2025-09-30")),
    (Part.EARLY, span("2025-09-01", "2025-09-15"), span("2025-09-01", "2025-09-07")),
    (Part.MID, span("2025-09-08", "2025-09-23"), span("2025-09-13", "2025-09-19")),
    (Part.LATE, span("2025-09-16", "2025-09-30"), span("2025-09-24", "2025-09-30")),
    (Part.END, span("2025-09-16", "2025-09-30"), span("2025-09-21", "2025-09-30")),
]


@pytest.mark.parametrize(("part", "strict", "pragmatic"), MONTH_PARTS)
def test_parts_of_a_month(
    part: Part, strict: tuple[date, date], pragmatic: tuple[date, date]
) -> None:
    figure = TimeFigure(value="2025-09", part=part)
    assert days(figure, STRICT) == strict
    assert days(figure, PRAGMATIC) == pragmatic


def test_quarter_is_three_months() -> None:
    figure = TimeFigure(value="2026-Q3")
    assert (
        days(figure, STRICT)
        == days(figure, PRAGMATIC)
        == span("2026-07-01", "2026-09-30")
    )


def test_end_constants_are_configurable() -> None:
    short = Settings(end_of_month_days=5, end_of_year_days=61)
    month = TimeFigure(value="2025-09", part="end")
    year = TimeFigure(value="2026", part="end")
    assert days(month, PRAGMATIC, short) == span("2025-09-26", "2025-09-30")
    assert days(year, PRAGMATIC, short) == span("2026-11-01", "2026-12-31")


# Hedges on September 2025 --------------------------------------------------------

MONTH_HEDGES = [
    # hedge, strict, pragmatic
    (Hedge.EXACT, span("2025-09-01", "2025-09-30"), span("2025-09-01", "2025-09-30")),
    (Hedge.BY, span(None, "2025-09-30"), span("2025-09-01", "2025-09-30")),
    (Hedge.AT_MOST, span(None, "2025-09-30"), span("2025-09-01", "2025-09-30")),
    (Hedge.AT_LEAST, span("2025-09-01", None), span("2025-09-01", "2025-10-30")),
    (Hedge.MORE_THAN, span("2025-10-01", None), span("2025-10-01", "2025-10-30")),
    (Hedge.LESS_THAN, span(None, "2025-08-31"), span("2025-08-02", "2025-08-31")),
    (Hedge.ABOUT, span("2025-08-17", "2025-10-15"), span("2025-09-01", "2025-09-30")),
]


@pytest.mark.parametrize(("hedge", "strict", "pragmatic"), MONTH_HEDGES)
def test_hedges_on_a_month(
    hedge: Hedge, strict: tuple[date, date], pragmatic: tuple[date, date]
) -> None:
    figure = TimeFigure(value="2025-09", hedge=hedge)
    assert days(figure, STRICT) == strict
    assert days(figure, PRAGMATIC) == pragmatic


def test_range_of_months() -> None:
    figure = TimeFigure(value="2025-09", value_high="2025-11", hedge="range")
    assert (
        days(figure, STRICT)
        == days(figure, PRAGMATIC)
        == span("2025-09-01", "2025-11-30")
    )


DAY_HEDGES = [
    (Hedge.EXACT, span("2025-09-15", "2025-09-15"), span("2025-09-15", "2025-09-15")),
    (Hedge.ABOUT, span("2025-09-14", "2025-09-16"), span("2025-09-15", "2025-09-15")),
    (Hedge.BY, span(None, "2025-09-15"), span("2025-09-15", "2025-09-15")),
    (Hedge.MORE_THAN, span("2025-09-16", None), span("2025-09-16", "2025-09-16")),
    (Hedge.LESS_THAN, span(None, "2025-09-14"), span("2025-09-14", "2025-09-14")),
]


@pytest.mark.parametrize(("hedge", "strict", "pragmatic"), DAY_HEDGES)
def test_hedges_on_a_day(
    hedge: Hedge, strict: tuple[date, date], pragmatic: tuple[date, date]
) -> None:
    figure = TimeFigure(value="2025-09-15", hedge=hedge)
    assert days(figure, STRICT) == strict
    assert days(figure, PRAGMATIC) == pragmatic


def test_deadline_at_the_end_of_a_year() -> None:
    figure = TimeFigure(value="2026", part="end", hedge="by")
    assert days(figure, STRICT) == span(None, "2026-12-31")
    assert days(figure, PRAGMATIC) == span("2026-12-01", "2026-12-31")


def test_after_early_year_starts_when_early_ends() -> None:
    # Read as people speak, "early 2026" is January to March; "after early 2026"
    # cannot then exclude April, under either reading.
    figure = TimeFigure(value="2026", part="early", hedge="more_than")
    assert days(figure, STRICT) == span("2026-04-01", None)
    assert days(figure, PRAGMATIC)[0] == D("2026-04-01")


def test_before_the_end_of_a_year_reaches_into_autumn() -> None:
    figure = TimeFigure(value="2026", part="end", hedge="less_than")
    assert days(figure, STRICT) == span(None, "2026-11-30")
    assert days(figure, PRAGMATIC) == span("2026-10-31", "2026-11-30")


@given(time_figures())
def test_pragmatic_days_lie_inside_strict_days(figure: TimeFigure) -> None:
    strict = time_bounds(figure, STRICT)
    prag = time_bounds(figure, PRAGMATIC)
    assert strict is not None
    assert prag is not None
    assert strict[0] <= prag[0] <= prag[1] <= strict[1]


@given(time_figures(hedge=Hedge.EXACT))
def test_exact_whole_period_is_the_period(figure: TimeFigure) -> None:
    whole = figure.model_copy(update={"part": Part.WHOLE})
    first, last = whole.period()
    expected = (float(first.toordinal()), float(last.toordinal()))
    assert time_bounds(whole, STRICT) == time_bounds(whole, PRAGMATIC) == expected


@given(time_figures(granularity=Granularity.YEAR, hedge=Hedge.EXACT))
def test_every_part_lies_inside_its_period(figure: TimeFigure) -> None:
    first, last = figure.period()
    for reading in Reading:
        bounds = time_bounds(figure, reading)
        assert bounds is not None
        assert first.toordinal() <= bounds[0] <= bounds[1] <= last.toordinal()


# Relative expressions -------------------------------------------------------------

TUESDAY = date(2025, 8, 19)

RELATIVE = [
    # text, keyword arguments, value
    ("next month", {"unit": "month", "offset": 1}, "2025-09"),
    ("last month", {"unit": "month", "offset": -1}, "2025-07"),
    ("this month", {"unit": "month"}, "2025-08"),
    ("next year", {"unit": "year", "offset": 1}, "2026"),
    ("last year", {"unit": "year", "offset": -1}, "2024"),
    ("this year", {"unit": "year"}, "2025"),
    ("next September", {"unit": "month", "month": 9, "offset": 1}, "2025-09"),
    ("next March", {"unit": "month", "month": 3, "offset": 1}, "2026-03"),
    ("next August", {"unit": "month", "month": 8, "offset": 1}, "2026-08"),
    ("last September", {"unit": "month", "month": 9, "offset": -1}, "2024-09"),
    ("last March", {"unit": "month", "month": 3, "offset": -1}, "2025-03"),
    ("last August", {"unit": "month", "month": 8, "offset": -1}, "2024-08"),
    ("in March", {"unit": "month", "month": 3}, "2025-03"),
    ("in August", {"unit": "month", "month": 8}, "2025-08"),
    ("in September", {"unit": "month", "month": 9}, "2024-09"),
    ("September next year", {"unit": "year", "month": 9, "offset": 1}, "2026-09"),
    ("last Monday", {"unit": "day", "weekday": 0, "offset": -1}, "2025-08-18"),
    ("next Monday", {"unit": "day", "weekday": 0, "offset": 1}, "2025-08-25"),
    ("last Tuesday", {"unit": "day", "weekday": 1, "offset": -1}, "2025-08-12"),
    ("next Tuesday", {"unit": "day", "weekday": 1, "offset": 1}, "2025-08-26"),
    ("on Tuesday", {"unit": "day", "weekday": 1}, "2025-08-19"),
    ("on Sunday", {"unit": "day", "weekday": 6}, "2025-08-17"),
    ("last Sunday", {"unit": "day", "weekday": 6, "offset": -1}, "2025-08-17"),
    ("tomorrow", {"unit": "day", "offset": 1}, "2025-08-20"),
    ("yesterday", {"unit": "day", "offset": -1}, "2025-08-18"),
    ("next week", {"unit": "week", "offset": 1}, "2025-08-26"),
]


@pytest.mark.parametrize(("text", "kwargs", "value"), RELATIVE)
def test_resolve_relative(text: str, kwargs: dict[str, Any], value: str) -> None:
    figure = resolve_relative(text, TUESDAY, **kwargs)
    assert figure.value == value
    assert figure.relative == text
    assert figure.resolved_against == TUESDAY
    assert figure.is_resolved


@pytest.mark.parametrize(
    ("published", "offset", "value"),
    [(date(2025, 12, 30), 1, "2026-01"), (date(2025, 1, 5), -1, "2024-12")],
)
def test_relative_months_cross_the_year(
    published: date, offset: int, value: str
) -> None:
    assert resolve_relative("x", published, unit="month", offset=offset).value == value


def test_end_of_this_year_keeps_part_and_hedge() -> None:
    figure = resolve_relative(
        "by the end of this year", TUESDAY, unit="year", part=Part.END, hedge=Hedge.BY
    )
    assert str(figure) == "by the end of 2025"
    assert figure.granularity is Granularity.YEAR


def test_resolved_day_drops_the_part() -> None:
    figure = resolve_relative(
        "late last Monday", TUESDAY, unit="day", weekday=0, offset=-1, part=Part.LATE
    )
    assert figure.part is Part.WHOLE
    assert figure.granularity is Granularity.DAY


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError, match="fortnight"):
        resolve_relative("next fortnight", TUESDAY, unit="fortnight", offset=1)


def test_without_publication_date_stays_unresolved() -> None:
    figure = resolve_relative(
        "by next month", None, unit="month", offset=1, hedge=Hedge.BY
    )
    assert figure.value is None
    assert figure.relative == "by next month"
    assert figure.resolved_against is None
    assert figure.hedge is Hedge.BY
    assert not figure.is_resolved
    assert time_bounds(figure, STRICT) is None
    assert time_bounds(figure, PRAGMATIC) is None
    assert "unresolved" in str(figure)


def test_month_helpers() -> None:
    assert shift_months(date(2025, 11, 30), 3) == (2026, 2)
    assert last_day_of(2100, 2) == date(2100, 2, 28)
