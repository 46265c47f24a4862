"""Laws of compare_figures, and the cases DOMAIN.md spells out."""

from __future__ import annotations

import pytest
from hypothesis import given

from claimtrack import (
    Comparison,
    NumberFigure,
    Reading,
    Settings,
    TimeFigure,
    Verdict,
    compare_figures,
    figure_bounds,
)
from claimtrack.compare import (
    compare_bounds,
    compare_running,
    number_bounds,
    rounding_step,
)
from tests.strategies import any_figures, figures, number_figures

DISAGREE = {Verdict.DIVERGE, Verdict.CONTRADICT}


# Laws -------------------------------------------------------------------------


# Running totals (tallies since a date) can only grow -------------------------


@given(number_figures(), number_figures())
def test_a_running_total_disagrees_only_when_it_falls(
    early: NumberFigure, late: NumberFigure
) -> None:
    e, lt = figure_bounds(early), figure_bounds(late)
    for reading in Reading:
        verdict, gap = compare_running(
            e.strict, e.pragmatic, lt.strict, lt.pragmatic, reading
        )
        plain = compare_bounds(e.strict, e.pragmatic, lt.strict, lt.pragmatic, reading)
        if verdict is not Verdict.AGREE:
            # a fall is a plain disagreement too, by the same amount ...
            assert plain == (verdict, gap)
            # ... and read the other way round it is growth
            back = compare_running(
                lt.strict, lt.pragmatic, e.strict, e.pragmatic, reading
            )
            assert back == (Verdict.AGREE, 0.0)
        else:
            assert gap == 0.0


@given(number_figures())
def test_a_running_total_agrees_with_itself(figure: NumberFigure) -> None:
    b = figure_bounds(figure)
    for reading in Reading:
        verdict, _ = compare_running(
            b.strict, b.pragmatic, b.strict, b.pragmatic, reading
        )
        assert verdict is Verdict.AGREE


@given(any_figures, any_figures)
def test_symmetric_in_verdict_and_gap(
    a: NumberFigure | TimeFigure, b: NumberFigure | TimeFigure
) -> None:
    for reading in Reading:
        ab = compare_figures(a, b, reading=reading)
        ba = compare_figures(b, a, reading=reading)
        assert ab.verdict is ba.verdict
        assert ab.gap == ba.gap
        assert ab.decided_by == ba.decided_by
        assert (ab.a, ab.b) == (ba.b, ba.a)


@given(figures)
def test_every_figure_agrees_with_itself(figure: NumberFigure | TimeFigure) -> None:
    for reading in Reading:
        comparison = compare_figures(figure, figure, reading=reading)
        assert comparison.verdict is Verdict.AGREE
        assert comparison.gap == 0
        assert comparison.decided_by is None


@given(figures, figures)
def test_strict_contradiction_is_never_pragmatic_agreement(
    a: NumberFigure | TimeFigure, b: NumberFigure | TimeFigure
) -> None:
    strict = compare_figures(a, b, reading="strict")
    pragmatic = compare_figures(a, b, reading="pragmatic")
    if strict.verdict is Verdict.CONTRADICT:
        assert pragmatic.verdict is Verdict.CONTRADICT
        assert pragmatic.decided_by is Reading.STRICT
    if pragmatic.verdict is Verdict.AGREE:
        assert strict.verdict is Verdict.AGREE


@given(figures)
def test_pragmatic_bounds_lie_inside_strict_bounds(
    figure: NumberFigure | TimeFigure,
) -> None:
    bounds = figure_bounds(figure)
    assert bounds.strict is not None
    assert bounds.pragmatic is not None
    (s_lo, s_hi), (p_lo, p_hi) = bounds.strict, bounds.pragmatic
    assert s_lo <= p_lo <= p_hi <= s_hi


@given(any_figures, any_figures)
def test_strict_reading_never_diverges(
    a: NumberFigure | TimeFigure, b: NumberFigure | TimeFigure
) -> None:
    comparison = compare_figures(a, b, reading="strict")
    assert comparison.verdict is not Verdict.DIVERGE
    if comparison.verdict is Verdict.CONTRADICT:
        assert comparison.decided_by is Reading.STRICT
        assert comparison.gap > 0


@given(figures, figures)
def test_disagreement_has_a_gap(
    a: NumberFigure | TimeFigure, b: NumberFigure | TimeFigure
) -> None:
    comparison = compare_figures(a, b)
    assert (comparison.gap > 0) == (comparison.verdict in DISAGREE)


@given(any_figures, any_figures)
def test_comparison_round_trips_through_json(
    a: NumberFigure | TimeFigure, b: NumberFigure | TimeFigure
) -> None:
    comparison = compare_figures(a, b)
    assert Comparison.model_validate_json(comparison.model_dump_json()) == comparison


@given(number_figures())
def test_number_bounds_are_ordered_and_not_negative(figure: NumberFigure) -> None:
    for reading in Reading:
        low, high = number_bounds(figure, reading)
        assert 0 <= low <= high


# Cases from DOMAIN.md ---------------------------------------------------------


def n(value: float, hedge: str = "exact", unit: str = "troop") -> NumberFigure:
    return NumberFigure(value=value, hedge=hedge, unit=unit)


def test_about_2500_agrees_with_2500() -> None:
    for reading in Reading:
        assert compare_figures(n(2500, "about"), n(2500), reading=reading).verdict is (
            Verdict.AGREE
        )


def test_86_against_more_than_60() -> None:
    pragmatic = compare_figures(n(86, unit="country"), n(60, "more_than", "country"))
    assert pragmatic.verdict is Verdict.DIVERGE
    assert pragmatic.decided_by is Reading.PRAGMATIC
    assert pragmatic.gap == 17
    strict = compare_figures(
        n(86, unit="country"), n(60, "more_than", "country"), reading="strict"
    )
    assert strict.verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("value", "hedge", "pragmatic", "strict"),
    [
        (140, "more_than", (141, 149), (141, float("inf"))),
        (60, "more_than", (61, 69), (61, float("inf"))),
        (12, "at_least", (12, 14), (12, float("inf"))),
        (500, "less_than", (401, 499), (0, 499)),
        (2500, "about", (2450, 2550), (2250, 2750)),
        (86, "exact", (86, 86), (86, 86)),
    ],
)
def test_pragmatic_reach_of_hedges(
    value: float,
    hedge: str,
    pragmatic: tuple[float, float],
    strict: tuple[float, float],
) -> None:
    bounds = figure_bounds(n(value, hedge))
    assert bounds.pragmatic == pragmatic
    assert bounds.strict == strict


def test_pragmatic_constants_are_configurable() -> None:
    wide = Settings(about_pragmatic_rel=0.1)
    assert figure_bounds(n(2500, "about"), wide).pragmatic == (2250, 2750)
    close = compare_figures(n(2500, "about"), n(2700), settings=wide)
    assert close.verdict is Verdict.AGREE
    assert compare_figures(n(2500, "about"), n(2700)).verdict is Verdict.DIVERGE


def test_vague_quantity_uses_its_conventional_range() -> None:
    dozens = NumberFigure(low=24, high=99, hedge="vague", unit="attack")
    assert compare_figures(dozens, n(40, unit="attack")).verdict is Verdict.AGREE
    assert compare_figures(dozens, n(300, unit="attack")).verdict is Verdict.CONTRADICT


def test_end_of_2026_deadline_against_september_2026() -> None:
    by_end = TimeFigure(value="2026", part="end", hedge="by")
    september = TimeFigure(value="2026-09")
    pragmatic = compare_figures(by_end, september)
    assert pragmatic.verdict is Verdict.DIVERGE
    assert pragmatic.decided_by is Reading.PRAGMATIC
    assert compare_figures(by_end, september, reading="strict").verdict is (
        Verdict.AGREE
    )


def test_two_wordings_of_one_deadline_agree() -> None:
    by_september = TimeFigure(value="2025-09", hedge="by")
    no_later = TimeFigure(value="2025-09", part="end", hedge="at_most")
    for reading in Reading:
        assert compare_figures(by_september, no_later, reading=reading).verdict is (
            Verdict.AGREE
        )


def test_different_years_contradict() -> None:
    comparison = compare_figures(TimeFigure(value="2025"), TimeFigure(value="2027"))
    assert comparison.verdict is Verdict.CONTRADICT
    assert comparison.gap == 366  # days between 31 Dec 2025 and 1 Jan 2027


def test_number_against_time_is_unknown() -> None:
    comparison = compare_figures(n(2026), TimeFigure(value="2026"))
    assert comparison.verdict is Verdict.UNKNOWN
    assert comparison.decided_by is None


def test_unresolved_time_is_unknown() -> None:
    unresolved = TimeFigure(relative="next month")
    for reading in Reading:
        comparison = compare_figures(
            unresolved, TimeFigure(value="2025-09"), reading=reading
        )
        assert comparison.verdict is Verdict.UNKNOWN
        assert comparison.a.strict is None


@pytest.mark.parametrize(
    ("value", "step"),
    [(2500, 100), (60, 10), (86, 1), (0, 1), (2.5, 0.1), (0.25, 0.01), (1e-05, 1e-05)],
)
def test_rounding_step(value: float, step: float) -> None:
    assert rounding_step(value) == pytest.approx(step)
