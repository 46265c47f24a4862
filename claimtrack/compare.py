"""Comparison of two figures: agree, diverge (pragmatic only) or contradict.

Every figure is reduced to plain interval bounds under each reading (numbers,
or day ordinals for times); comparing is then interval overlap. The same
bounds can be stored as four columns and compared inside a database.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.dates import time_bounds
from claimtrack.figure import Hedge, NumberFigure, TimeFigure
from claimtrack.settings import Reading, Settings

__all__ = [
    "Comparison",
    "FigureBounds",
    "Verdict",
    "compare_bounds",
    "compare_figures",
    "compare_running",
    "figure_bounds",
    "number_bounds",
    "raw_bounds",
    "rounding_step",
]

Bounds = tuple[float, float]
_DEFAULT = Settings()


class Verdict(StrEnum):
    """Outcome of comparing two figures.

    Examples:
        >>> Verdict.DIVERGE.value
        'diverge'
    """

    AGREE = "agree"
    DIVERGE = "diverge"
    CONTRADICT = "contradict"
    UNKNOWN = "unknown"


class FigureBounds(BaseModel):
    """A figure's intervals under both readings (``None`` if unresolved)."""

    # Open ends are infinite; JSON has no infinity, so they are written as
    # "Infinity" strings, which read back as floats.
    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_inf_nan="strings")

    strict: Bounds | None = Field(description="Interval under the strict reading.")
    pragmatic: Bounds | None = Field(
        description="Interval under the pragmatic reading."
    )


class Comparison(BaseModel):
    """The verdict on two figures and the numbers that decide it.

    Examples:
        >>> a = NumberFigure(value=86, unit="country")
        >>> b = NumberFigure(value=60, hedge="more_than", unit="country")
        >>> c = compare_figures(a, b)
        >>> c.verdict, c.decided_by, c.gap
        (<Verdict.DIVERGE: 'diverge'>, <Reading.PRAGMATIC: 'pragmatic'>, 17.0)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict: Verdict = Field(description="agree | diverge | contradict | unknown.")
    decided_by: Reading | None = Field(
        None, description="The reading under which the figures disagree."
    )
    a: FigureBounds = Field(description="Bounds of the first figure.")
    b: FigureBounds = Field(description="Bounds of the second figure.")
    gap: float = Field(
        0.0, description="Distance between the intervals that disagree (0 if none)."
    )


def rounding_step(value: float) -> float:
    """Return the precision a number was stated at: ``2500`` → 100, ``86`` → 1.

    Examples:
        >>> (
        ...     rounding_step(2500),
        ...     rounding_step(60),
        ...     rounding_step(86),
        ...     rounding_step(2.5),
        ... )
        (100, 10, 1, 0.1)
    """
    if value == 0:
        return 1
    if not float(value).is_integer():
        # The place of the last digit written; repr may be scientific (1e-05).
        exponent = Decimal(repr(float(value))).as_tuple().exponent
        return float(f"1e{exponent}")
    n, step = int(value), 1
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step


def number_bounds(
    figure: NumberFigure, reading: Reading, settings: Settings = _DEFAULT
) -> Bounds:
    """Return the interval a number admits under ``reading``.

    Args:
        figure: The number figure.
        reading: strict or pragmatic.
        settings: ``about_strict_rel``, ``about_pragmatic_rel``,
            ``bound_pragmatic_rel``.

    Returns:
        ``(low, high)``; ``inf`` for an open upper end.

    Notes:
        Pragmatically "more than 60" reaches up to the next round number at
        60's precision (61-69); "about 2,500" spans half its rounding step
        (2,450-2,550). Counts are whole, so "more than 60" starts at 61.
        The pragmatic interval lies inside the strict one. O(1).

    Examples:
        >>> f = NumberFigure(value=60, hedge="more_than")
        >>> number_bounds(f, Reading.PRAGMATIC), number_bounds(f, Reading.STRICT)
        ((61.0, 69.0), (61.0, inf))
        >>> number_bounds(NumberFigure(value=2500, hedge="about"), Reading.PRAGMATIC)
        (2450.0, 2550.0)
    """
    hedge = figure.hedge
    if hedge in (Hedge.RANGE, Hedge.VAGUE):
        assert figure.low is not None
        assert figure.high is not None
        return float(figure.low), float(figure.high)
    assert figure.value is not None
    v = float(figure.value)
    if hedge is Hedge.EXACT:
        return v, v
    whole = v.is_integer()
    unit = 1.0 if whole else rounding_step(v)
    step = rounding_step(v)
    if hedge is Hedge.ABOUT:
        prag = max(step / 2, v * settings.about_pragmatic_rel)
        half = (
            prag
            if reading is Reading.PRAGMATIC
            else max(prag, v * settings.about_strict_rel)
        )
        return max(0.0, v - half), v + half
    # How far a one-sided bound reaches pragmatically: up to (not including)
    # the next round number at the value's precision, or a fraction of the
    # value when it has no round step ("more than 6 months").
    if step > 1:
        span = step - unit
    else:
        span = max(unit, math.ceil(v * settings.bound_pragmatic_rel))
    strict = reading is Reading.STRICT
    if hedge is Hedge.MORE_THAN:
        return v + unit, math.inf if strict else v + max(unit, span)
    if hedge is Hedge.AT_LEAST:
        return v, math.inf if strict else v + span
    if hedge is Hedge.LESS_THAN:
        return 0.0 if strict else max(0.0, v - max(unit, span)), v - unit
    return 0.0 if strict else max(0.0, v - span), v  # AT_MOST


def raw_bounds(
    figure: NumberFigure | TimeFigure, settings: Settings = _DEFAULT
) -> tuple[Bounds, Bounds] | None:
    """Return ``(strict, pragmatic)`` bounds as plain tuples, or None if unresolved.

    The column form of :func:`figure_bounds`, without building a model: this
    is what runs once per claim in :func:`claimtrack.find_conflicts`.

    Examples:
        >>> raw_bounds(NumberFigure(value=60, hedge="more_than"))
        ((61.0, inf), (61.0, 69.0))
    """
    if isinstance(figure, TimeFigure):
        strict = time_bounds(figure, Reading.STRICT, settings)
        prag = time_bounds(figure, Reading.PRAGMATIC, settings)
        if strict is None or prag is None:
            return None
        return strict, prag
    if figure.hedge is Hedge.EXACT:
        # Most numbers, read once per claim: one point under both readings.
        point = (float(figure.value), float(figure.value))  # type: ignore[arg-type]
        return point, point
    return (
        number_bounds(figure, Reading.STRICT, settings),
        number_bounds(figure, Reading.PRAGMATIC, settings),
    )


def figure_bounds(
    figure: NumberFigure | TimeFigure, settings: Settings = _DEFAULT
) -> FigureBounds:
    """Return a figure's intervals under both readings.

    Examples:
        >>> figure_bounds(NumberFigure(value=86)).pragmatic
        (86.0, 86.0)
    """
    if isinstance(figure, TimeFigure):
        return FigureBounds(
            strict=time_bounds(figure, Reading.STRICT, settings),
            pragmatic=time_bounds(figure, Reading.PRAGMATIC, settings),
        )
    return FigureBounds(
        strict=number_bounds(figure, Reading.STRICT, settings),
        pragmatic=number_bounds(figure, Reading.PRAGMATIC, settings),
    )


def _gap(a: Bounds, b: Bounds) -> float:
    return float(max(0.0, max(a[0], b[0]) - min(a[1], b[1])))


def compare_bounds(
    a_strict: Bounds,
    a_prag: Bounds,
    b_strict: Bounds,
    b_prag: Bounds,
    reading: Reading = Reading.PRAGMATIC,
) -> tuple[Verdict, float]:
    """Compare two figures given as bounds: the tuple-level core of comparison.

    Returns:
        The verdict and the gap between the intervals that decide it.

    Notes:
        Symmetric in (a, b). Pure and O(1): the inner loop of
        :func:`claimtrack.find_conflicts` and of any columnar backend.

    Examples:
        >>> compare_bounds((86, 86), (86, 86), (61, math.inf), (61, 69))
        (<Verdict.DIVERGE: 'diverge'>, 17.0)
    """
    return _decide(_gap, a_strict, a_prag, b_strict, b_prag, reading)


def _fall(early: Bounds, late: Bounds) -> float:
    return float(max(0.0, early[0] - late[1]))


def _decide(
    gap_of: Callable[[Bounds, Bounds], float],
    a_strict: Bounds,
    a_prag: Bounds,
    b_strict: Bounds,
    b_prag: Bounds,
    reading: Reading,
) -> tuple[Verdict, float]:
    """A strict gap contradicts; else, reading pragmatically, a gap diverges."""
    gap = gap_of(a_strict, b_strict)
    if gap > 0:
        return Verdict.CONTRADICT, gap
    if reading is Reading.PRAGMATIC:
        gap = gap_of(a_prag, b_prag)
        if gap > 0:
            return Verdict.DIVERGE, gap
    return Verdict.AGREE, 0.0


def compare_running(
    early_strict: Bounds,
    early_prag: Bounds,
    late_strict: Bounds,
    late_prag: Bounds,
    reading: Reading = Reading.PRAGMATIC,
) -> tuple[Verdict, float]:
    """Compare a running total at two times: it can only grow.

    A tally since a date ("attacks since October") counts up: "more than 150"
    in February and 170 in March is growth, not disagreement. Only a later
    figure wholly below an earlier one disagrees.

    Returns:
        The verdict and the amount the later figure falls short by.

    Notes:
        Pure and O(1), like :func:`compare_bounds`; not symmetric in its
        arguments by design: which figure is later decides.

    Examples:
        >>> compare_running((151, math.inf), (151, 159), (170, 170), (170, 170))
        (<Verdict.AGREE: 'agree'>, 0.0)
        >>> compare_running((170, 170), (170, 170), (151, math.inf), (151, 159))
        (<Verdict.DIVERGE: 'diverge'>, 11.0)
    """
    return _decide(_fall, early_strict, early_prag, late_strict, late_prag, reading)


def compare_figures(
    a: NumberFigure | TimeFigure,
    b: NumberFigure | TimeFigure,
    *,
    reading: Reading | str = Reading.PRAGMATIC,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two figures under a reading.

    Args:
        a: First figure.
        b: Second figure.
        reading: ``"pragmatic"`` (default) gives agree / diverge / contradict;
            ``"strict"`` gives agree / contradict only.
        settings: Constants for the readings; ``Settings()`` by default.

    Returns:
        The verdict, which reading decides it, both figures' bounds and the gap.
        A number against a time, or an unresolved relative time, is
        ``unknown``.

    Notes:
        Symmetric; every figure agrees with itself; a strict contradiction is
        also a pragmatic one. O(1).

    Examples:
        >>> from claimtrack.figure import TimeFigure
        >>> end = TimeFigure(value="2026", part="end", hedge="by")
        >>> sep = TimeFigure(value="2026-09")
        >>> compare_figures(end, sep).verdict
        <Verdict.DIVERGE: 'diverge'>
        >>> compare_figures(end, sep, reading="strict").verdict
        <Verdict.AGREE: 'agree'>
        >>> compare_figures(
        ...     NumberFigure(value=2500), NumberFigure(value=2500, hedge="about")
        ... ).verdict
        <Verdict.AGREE: 'agree'>
    """
    settings = settings or _DEFAULT
    reading = Reading(reading)
    fa, fb = figure_bounds(a, settings), figure_bounds(b, settings)
    if (
        a.kind != b.kind
        or fa.strict is None
        or fb.strict is None
        or fa.pragmatic is None
        or fb.pragmatic is None
    ):
        return Comparison(verdict=Verdict.UNKNOWN, a=fa, b=fb)
    verdict, gap = compare_bounds(
        fa.strict, fa.pragmatic, fb.strict, fb.pragmatic, reading
    )
    decided = {
        Verdict.CONTRADICT: Reading.STRICT,
        Verdict.DIVERGE: Reading.PRAGMATIC,
    }.get(verdict)
    return Comparison(verdict=verdict, decided_by=decided, a=fa, b=fb, gap=gap)
