"""Figures: validation rules, rendering, periods and the JSON round trip."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from pydantic import BaseModel, TypeAdapter, ValidationError

from claimtrack import Figure, Granularity, Hedge, NumberFigure, TimeFigure
from tests.strategies import (
    any_figures,
    hedges,
    number_figures,
    time_figures,
    unresolved_time_figures,
)


def rejects(model: type[BaseModel], field: str, **data: Any) -> str:
    """Assert that ``model(**data)`` fails with an error naming ``field``."""
    with pytest.raises(ValidationError) as info:
        model(**data)
    error = info.value.errors()[0]
    loc = [str(part) for part in error["loc"]]
    message = error["msg"]
    assert field in loc or re.search(rf"\b{field}", message), (loc, message)
    return message


# Numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"value": 86, "unit": "country"}, "86 countries"),
        ({"value": 2500, "hedge": "about", "unit": "troop"}, "about 2,500 troops"),
        (
            {"value": 60, "hedge": "more_than", "unit": "country"},
            "more than 60 countries",
        ),
        ({"value": 12, "hedge": "at_least", "unit": "attack"}, "at least 12 attacks"),
        ({"value": 500, "hedge": "less_than"}, "fewer than 500"),
        ({"value": 3, "hedge": "at_most", "unit": "base"}, "at most 3 bases"),
        ({"low": 10, "high": 20, "hedge": "range", "unit": "day"}, "10–20 days"),
        ({"low": 100, "high": 900, "hedge": "vague"}, "100–900"),
        ({"value": 2.5, "unit": "month"}, "2.5 months"),
    ],
)
def test_number_renders_as_written(data: dict[str, Any], text: str) -> None:
    assert str(NumberFigure(**data)) == text


def test_number_defaults_to_exact() -> None:
    figure = NumberFigure(value=86)
    assert figure.hedge is Hedge.EXACT
    assert figure.kind == "number"


def test_number_rejects_low_above_high() -> None:
    message = rejects(NumberFigure, "low", low=20, high=10, hedge="range")
    assert "high" in message


@pytest.mark.parametrize("field", ["value", "low", "high"])
def test_number_rejects_negative_count(field: str) -> None:
    data: dict[str, Any] = {"value": 5, "low": 1, "high": 9, field: -1}
    rejects(NumberFigure, field, **data)


@pytest.mark.parametrize("bad", [math.inf, math.nan])
def test_number_rejects_non_finite_value(bad: float) -> None:
    rejects(NumberFigure, "value", value=bad)


def test_number_rejects_unknown_hedge() -> None:
    rejects(NumberFigure, "hedge", value=5, hedge="roughly")


def test_number_rejects_deadline_hedge() -> None:
    message = rejects(NumberFigure, "hedge", value=5, hedge="by")
    assert "'by'" in message


@pytest.mark.parametrize("hedge", ["range", "vague"])
def test_number_range_needs_both_bounds(hedge: str) -> None:
    rejects(NumberFigure, "low", low=10, hedge=hedge)


def test_number_bound_needs_value() -> None:
    rejects(NumberFigure, "value", hedge="more_than")


def test_number_fewer_than_zero_admits_nothing() -> None:
    rejects(NumberFigure, "value", value=0, hedge="less_than")


def test_number_rejects_unknown_field() -> None:
    rejects(NumberFigure, "colour", value=5, colour="red")


def test_number_is_frozen() -> None:
    figure = NumberFigure(value=5)
    with pytest.raises(ValidationError):
        figure.value = 6  # type: ignore[misc]


# Times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "granularity", "period"),
    [
        ("2026", Granularity.YEAR, (date(2026, 1, 1), date(2026, 12, 31))),
        ("2026-Q3", Granularity.QUARTER, (date(2026, 7, 1), date(2026, 9, 30))),
        ("2024-02", Granularity.MONTH, (date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-02", Granularity.MONTH, (date(2025, 2, 1), date(2025, 2, 28))),
        ("2025-09-30", Granularity.DAY, (date(2025, 9, 30), date(2025, 9, 30))),
    ],
)
def test_time_infers_granularity_and_period(
    value: str, granularity: Granularity, period: tuple[date, date]
) -> None:
    figure = TimeFigure(value=value)
    assert figure.granularity is granularity
    assert figure.period() == period
    assert figure.is_resolved


def test_time_range_period_spans_both_ends() -> None:
    figure = TimeFigure(value="2025-11", value_high="2026-02", hedge="range")
    assert figure.period() == (date(2025, 11, 1), date(2026, 2, 28))
    assert str(figure) == "2025-11–2026-02"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"value": "2026", "part": "end", "hedge": "by"}, "by the end of 2026"),
        ({"value": "2024", "part": "early"}, "early 2024"),
        ({"value": "2025-09", "hedge": "more_than"}, "after 2025-09"),
        ({"value": "2025-09", "hedge": "less_than"}, "before 2025-09"),
        (
            {"value": "2025-09", "part": "end", "hedge": "at_most"},
            ("no later than the end of 2025-09"),
        ),
        ({"relative": "next month"}, "next month (unresolved)"),
    ],
)
def test_time_renders_as_written(data: dict[str, Any], text: str) -> None:
    assert str(TimeFigure(**data)) == text


def test_time_rejects_vague_hedge() -> None:
    message = rejects(TimeFigure, "hedge", value="2026", hedge="vague")
    assert "'vague'" in message


def test_time_rejects_unknown_hedge() -> None:
    rejects(TimeFigure, "hedge", value="2026", hedge="soonish")


@pytest.mark.parametrize("value", ["2025-02-30", "2023-02-29", "2025-04-31"])
def test_time_rejects_day_that_does_not_exist(value: str) -> None:
    message = rejects(TimeFigure, "value", value=value)
    assert value in message


@pytest.mark.parametrize("value", ["2025-13", "2025-00", "2025-13-01"])
def test_time_rejects_month_that_does_not_exist(value: str) -> None:
    message = rejects(TimeFigure, "value", value=value)
    assert value in message


@pytest.mark.parametrize("value", ["2025-Q5", "25", "September 2025", "2025/09"])
def test_time_rejects_non_iso_value(value: str) -> None:
    rejects(TimeFigure, "value", value=value)


def test_time_rejects_value_at_other_granularity() -> None:
    rejects(TimeFigure, "value", value="2025-09", granularity="year")


def test_time_range_needs_value_high() -> None:
    rejects(TimeFigure, "value_high", value="2025", hedge="range")


def test_time_value_high_only_for_ranges() -> None:
    rejects(TimeFigure, "value_high", value="2025", value_high="2026")


def test_time_range_cannot_end_before_it_starts() -> None:
    message = rejects(
        TimeFigure, "value_high", value="2026-03", value_high="2025-12", hedge="range"
    )
    assert "2025-12" in message


def test_time_range_end_must_exist() -> None:
    rejects(
        TimeFigure, "value_high", value="2025-01", value_high="2025-13", hedge="range"
    )


def test_time_day_has_no_part() -> None:
    rejects(TimeFigure, "part", value="2025-09-01", part="end")


def test_time_needs_value_or_relative() -> None:
    rejects(TimeFigure, "value", hedge="by")


def test_time_resolved_relative_needs_value() -> None:
    rejects(
        TimeFigure,
        "value",
        relative="next month",
        resolved_against=date(2025, 8, 19),
    )


def test_unresolved_time_has_no_period() -> None:
    figure = TimeFigure(relative="the end of this year", part="end")
    assert not figure.is_resolved
    with pytest.raises(ValueError, match="unresolved"):
        figure.period()


@given(hedges)
def test_every_hedge_applies_to_numbers_or_times(hedge: Hedge) -> None:
    assert Hedge(hedge.value) is hedge
    if hedge is not Hedge.BY:
        NumberFigure(value=5, low=1, high=9, hedge=hedge)
    if hedge is not Hedge.VAGUE:
        extra = {"value_high": "2026"} if hedge is Hedge.RANGE else {}
        TimeFigure(value="2025", hedge=hedge, **extra)


# Round trip -------------------------------------------------------------------

FIGURE = TypeAdapter(Figure)


@given(number_figures())
def test_number_json_round_trip(figure: NumberFigure) -> None:
    assert NumberFigure.model_validate_json(figure.model_dump_json()) == figure


@given(time_figures() | unresolved_time_figures)
def test_time_json_round_trip(figure: TimeFigure) -> None:
    assert TimeFigure.model_validate_json(figure.model_dump_json()) == figure


@given(any_figures)
def test_figure_union_round_trip_keeps_kind(figure: NumberFigure | TimeFigure) -> None:
    again = FIGURE.validate_json(FIGURE.dump_json(figure))
    assert again == figure
    assert type(again) is type(figure)


@given(time_figures())
def test_resolved_time_period_is_ordered(figure: TimeFigure) -> None:
    first, last = figure.period()
    assert first <= last


def test_some_nouns_have_no_plural_s() -> None:
    from claimtrack.figure import plural_unit

    assert [plural_unit(u) for u in ("aircraft", "personnel", "troop")] == [
        "aircraft",
        "personnel",
        "troops",
    ]


def test_currencies_print_their_own_plurals() -> None:
    from claimtrack.figure import plural_unit

    assert [plural_unit(u) for u in ("taka", "yen", "krone", "dollar")] == [
        "taka",
        "yen",
        "kroner",
        "dollars",
    ]
