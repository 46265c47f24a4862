"""Joining adjacent date expressions into one, or into several.

This module owns the passes that run after the grammar has found each date
expression on its own:

- a weekday, a relative day and a dated day side by side name one day
  (اليوم، الجمعة 6 من أيلول; Monday, July 23): they become one mention, its
  value given by the most specific of them;
- "بين A و B", "من A إلى B", "from A to B", "A – B" become one range, and a
  first end written without its year takes the second's (بين أيلول وكانون
  الأول 2025);
- a year added with و / and after a dated expression repeats it
  (أيلول 2025 و 2026 is September 2025 and September 2026).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from claimtrack.extract.date_context import is_counted
from claimtrack.extract.date_patterns import DatePatterns, date_patterns
from claimtrack.extract.date_spec import DateSpec
from claimtrack.extract.months import matched_key

__all__ = ["RANGE_PAIRS", "join_adjacent"]

#: The words opening a range and the separators each admits, as folded keys
#: (إلى → الي, حتى → حتي); "-" stands for any dash.
RANGE_PAIRS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "بين": frozenset({"و", "-"}),
        "between": frozenset({"and", "-"}),
        "من": frozenset({"الي", "حتي", "لغايه", "-"}),
        "from": frozenset({"to", "until", "till", "through", "-"}),
    }
)


def join_adjacent(folded: str, specs: list[DateSpec]) -> list[DateSpec]:
    """Join or repeat adjacent date specs (see the module docstring).

    Args:
        folded: Folded text the specs were found in.
        specs: Non-overlapping specs in text order.

    Returns:
        The joined specs, in text order.

    Notes:
        Linear in the number of specs.

    Examples:
        >>> from claimtrack.extract.date_grammar import scan_date_specs
        >>> [(s.year, s.month) for s in scan_date_specs("في ايلول 2025 و 2026")]
        [(2025, 9), (2026, 9)]
    """
    g = date_patterns()
    return _add_elided(folded, _join_ranges(g, folded, _join_days(folded, specs)))


_DAY_GAP = re.compile(r"[\s,،(\-–]{0,4}")


def _join_days(folded: str, specs: list[DateSpec]) -> list[DateSpec]:
    """Join adjacent weekday / relative day / dated day naming one day."""
    out: list[DateSpec] = []
    for spec in specs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rank
            and spec.rank
            and _DAY_GAP.fullmatch(folded, prev.end, spec.start)
        ):
            best = spec if spec.rank >= prev.rank else prev
            out[-1] = replace(best, start=prev.start, end=spec.end)
        else:
            out.append(spec)
    return out


def _join_ranges(g: DatePatterns, folded: str, specs: list[DateSpec]) -> list[DateSpec]:
    """Turn "بين A و B", "from A to B" and "A – B" into one range spec."""
    out: list[DateSpec] = []
    i = 0
    while i < len(specs):
        low = specs[i]
        high = specs[i + 1] if i + 1 < len(specs) else None
        gap = high and g.range_gap.fullmatch(folded, low.end, high.start)
        if high is None or not gap or low.high or high.high or low.stamp or high.stamp:
            out.append(low)
            i += 1
            continue
        lead = g.range_lead.search(folded, max(0, low.start - 12), low.start)
        sep = "و" if gap["waw"] else matched_key(gap["w"] or "-")
        if not (lead and sep in RANGE_PAIRS[matched_key(lead["lead"])]) and sep != "-":
            out.append(low)
            i += 1
            continue
        if low.year is None and low.year_offset is None and high.year and low.month:
            # بين أيلول وكانون الأول 2025: the first end takes the second's year.
            later = (low.month, low.day or 0) > (high.month or 12, high.day or 31)
            low = replace(low, year=high.year - later)
        if low.granularity != high.granularity:
            # "بين 17 تشرين الأول 2023 ونهاية شباط 2024": a range has one
            # granularity, the coarser of its two ends.
            coarse = _coarser(low.granularity, high.granularity)
            if coarse is None or not (_fixed_day(low) and _fixed_day(high)):
                out.append(low)
                i += 1
                continue
            low, high = _coarsen(low, coarse), _coarsen(high, coarse)
        start = lead.start("lead") if lead else low.start
        out.append(replace(low, start=start, end=high.end, high=high))
        i += 2
    return out


_SCALE = ("day", "month", "year")


def _coarser(a: str, b: str) -> str | None:
    """The coarser of two granularities among day, month and year, else None."""
    if a not in _SCALE or b not in _SCALE:
        return None
    return max(a, b, key=_SCALE.index)


def _fixed_day(spec: DateSpec) -> bool:
    """Whether a day, if any, is written, not counted from the publication."""
    return spec.day_offset is None and spec.week_offset is None and spec.weekday is None


def _coarsen(spec: DateSpec, granularity: str) -> DateSpec:
    """The spec read at a coarser granularity: the day, then the month, dropped."""
    if spec.granularity == granularity:
        return spec
    month = None if granularity == "year" else spec.month
    return replace(spec, granularity=granularity, month=month, day=None)


_ELIDED = re.compile(
    r"[^\S\n]*(?:[,،][^\S\n]*)?(?:و|and[^\S\n]+|,[^\S\n]*)?[^\S\n]*"
    r"((?:19|20)\d\d|2100)(?![\w%]|[.,]\d)",
    re.I,
)


def _add_elided(folded: str, specs: list[DateSpec]) -> list[DateSpec]:
    """Add the years that repeat a dated expression: أيلول 2025 و 2026."""
    out: list[DateSpec] = []
    for i, spec in enumerate(specs):
        out.append(spec)
        limit = specs[i + 1].start if i + 1 < len(specs) else len(folded)
        while (
            spec.year is not None
            and spec.high is None
            and spec.stamp is None
            and spec.granularity in {"year", "month"}
            and (found := _ELIDED.match(folded, spec.end, limit))
            and found.end() > found.start(1) + 3
            and int(found[1]) != spec.year
            and not is_counted(folded, found.end())
        ):
            spec = replace(
                spec, start=found.start(1), end=found.end(), year=int(found[1])
            )
            out.append(spec)
    return out
