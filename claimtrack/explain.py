"""The one-sentence explanations of a conflict and of a change over time."""

from __future__ import annotations

from claimtrack.claim import Question
from claimtrack.compare import Bounds
from claimtrack.conflict import ConflictKind, Side
from claimtrack.figure import Hedge, NumberFigure, Part, TimeFigure, format_number
from claimtrack.settings import Reading

__all__ = ["describe_bounds", "explain", "explain_change"]


def describe_bounds(figure: NumberFigure | TimeFigure, bounds: Bounds) -> str:
    """Say in words what interval a figure was read as.

    Examples:
        >>> describe_bounds(NumberFigure(value=60, hedge="more_than"), (61.0, 69.0))
        '61–69'
        >>> describe_bounds(TimeFigure(value="2026-09"), (739860.0, 739889.0))
        '2026-09-01 to 2026-09-30'
    """
    from datetime import date

    lo, hi = bounds
    if isinstance(figure, TimeFigure):

        def day(x: float) -> str:
            if x in (float("inf"), float("-inf")):
                return "any time"
            return date.fromordinal(int(x)).isoformat()

        return day(lo) if lo == hi else f"{day(lo)} to {day(hi)}"
    if hi == float("inf"):
        return f"{format_number(lo)} or more"
    return format_number(lo) if lo == hi else f"{format_number(lo)}–{format_number(hi)}"


def _who(side: Side) -> str:
    """Each outlet with the speakers it cites: "A (citing X), B"."""
    cited: dict[str, set[str]] = {}
    for a in side.attributions:
        speakers = cited.setdefault(a.document.outlet_name, set())
        if not a.speaker.is_outlet:
            speakers.add(str(a.speaker))
    return ", ".join(
        f"{outlet} (citing {'; '.join(sorted(speakers))})" if speakers else outlet
        for outlet, speakers in sorted(cited.items())
    )


def _units(side: Side) -> tuple[str, ...]:
    return tuple(
        sorted({f.unit for f in side.figures if isinstance(f, NumberFigure) and f.unit})
    )


def _vague(figure: NumberFigure | TimeFigure) -> bool:
    if isinstance(figure, TimeFigure):
        return figure.part in (Part.EARLY, Part.MID, Part.LATE)
    return figure.hedge is Hedge.VAGUE


def explain(
    question: Question,
    kind: ConflictKind,
    reading: Reading,
    a: Side,
    b: Side,
    bounds: tuple[Bounds, Bounds],
) -> str:
    """Write the one-sentence explanation of a conflict.

    Args:
        question: The question.
        kind: The conflict kind.
        reading: The reading that makes the figures disagree.
        a: First side.
        b: Second side.
        bounds: The two sides' intervals under ``reading``.

    Returns:
        A sentence naming both figures, who says them, and why they clash.
    """
    fa, fb = a.figure, b.figure
    topic = str(question)
    if kind is ConflictKind.SELF_CONTRADICTION:
        head = f"{', '.join(a.outlets)} gives both {a.label} and {b.label} for {topic}"
    else:
        head = f"{_who(a)} gives {a.label} for {topic}, while {_who(b)} gives {b.label}"
    if reading is Reading.STRICT:
        why = "these exclude each other even read literally"
    else:
        why = (
            f"read as people speak, '{fa}' means {describe_bounds(fa, bounds[0])} "
            f"and '{fb}' means {describe_bounds(fb, bounds[1])}, which do not "
            "overlap, though read literally they are compatible"
        )
    if kind is ConflictKind.COPY_DISCREPANCY:
        relayed = ", ".join(a.origins)
        why += f"; both relay {relayed}, so a copying or translation error is likely"
    if _units(a) != _units(b):
        why += (
            f"; note the sides count different things ({', '.join(_units(a))} "
            f"against {', '.join(_units(b))})"
        )
    if _vague(fa) or _vague(fb):
        why += "; one side is vague, so this may be a matter of wording"
    return f"{head}: {why}."


def _when(side: Side) -> str:
    dates = side.dates
    if not dates:
        return "undated"
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return first if first == last else f"{first} to {last}"


def explain_change(
    question: Question,
    before: Side,
    after: Side,
    days: int,
    window_days: int,
    growing: bool = False,
) -> str:
    """Write the one-sentence explanation of a change over time.

    ``growing``: a running total that rose, which it may do at any distance.
    See :func:`claimtrack.find_changes` for an example.
    """
    why = (
        "a running total grows, so a change over time rather than a conflict"
        if growing
        else f"beyond the {window_days}-day window, so a change over time "
        "rather than a conflict"
    )
    return (
        f"{_who(before)} gives {before.label} for {question} on {_when(before)}, "
        f"and {_who(after)} gives {after.label} on {_when(after)}: {days} days "
        f"apart, {why}."
    )
