"""find_conflicts: block claims by question, compare pairs, classify, rank.

The pipeline is Splink-shaped: claims are blocked by question key, so only
claims on the same question are compared; within a block the pure function
:func:`compare_group` works on plain tuples (bounds and as-of days), so a
database or cluster backend can run it per group unchanged.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import NamedTuple

import networkx as nx

from claimtrack.claim import Attribution, Claim
from claimtrack.compare import Bounds, Verdict, compare_bounds, raw_bounds
from claimtrack.conflict import (
    Conflict,
    ConflictKind,
    ConflictReport,
    PendingConflict,
    Side,
)
from claimtrack.explain import explain
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading, Settings

__all__ = ["GroupRow", "PairVerdict", "compare_group", "find_conflicts"]


_TRIES = 8  # clusters of each claim a disagreeing pair is offered to


class GroupRow(NamedTuple):
    """One claim reduced to columns: its intervals and as-of days."""

    strict: Bounds
    pragmatic: Bounds
    days: tuple[int, ...]
    """Sorted as-of dates as ``date.toordinal()``; empty when unknown."""
    windowed: bool = True
    """Whether the time window applies: counts describe a state at a time and
    may change; the date of an event or a deadline does not drift with time."""


class PairVerdict(NamedTuple):
    """A disagreeing pair within a group, by row index."""

    i: int
    j: int
    verdict: Verdict
    gap: float
    distance: int | None
    """Smallest distance in days between the two claims' as-of dates."""


def _closest(a: tuple[int, ...], b: tuple[int, ...]) -> int | None:
    if not a or not b:
        return None
    i = j = 0
    best = abs(a[0] - b[0])
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


def compare_group(
    rows: Sequence[GroupRow], *, reading: Reading, window_days: int
) -> list[PairVerdict]:
    """Return the disagreeing pairs among the claims of one question.

    Args:
        rows: The claims of one question, as columns.
        reading: ``pragmatic`` reports divergences and contradictions;
            ``strict`` only contradictions.
        window_days: Pairs of windowed rows (counts) whose as-of dates are all
            further apart than this describe different times (change over
            time) and are skipped. A claim with no date, and any time figure,
            is compared regardless of when it was said.

    Returns:
        Pairs ``i < j`` that disagree, with verdict, gap and time distance.

    Notes:
        Pure; O(k² + k·m) for k claims with m dates each. Blocks are small
        (one question), so the square is over a handful of claims.

    Examples:
        >>> rows = [
        ...     GroupRow((86, 86), (86, 86), (739000,)),
        ...     GroupRow((61, math.inf), (61, 69), (739300,)),
        ... ]
        >>> [p] = compare_group(rows, reading=Reading.PRAGMATIC, window_days=366)
        >>> p.verdict.value, p.gap, p.distance
        ('diverge', 17.0, 300)
    """
    out: list[PairVerdict] = []
    for i in range(len(rows)):
        a = rows[i]
        for j in range(i + 1, len(rows)):
            b = rows[j]
            verdict, gap = compare_bounds(
                a.strict, a.pragmatic, b.strict, b.pragmatic, reading
            )
            if verdict is Verdict.AGREE:
                continue
            distance = _closest(a.days, b.days)
            if (
                a.windowed
                and b.windowed
                and distance is not None
                and distance > window_days
            ):
                continue
            out.append(PairVerdict(i, j, verdict, gap, distance))
    return out


def _claims_of(data: Iterable[Claim] | ClaimSet | nx.Graph) -> list[Claim]:
    if isinstance(data, nx.Graph):
        found = [d["claim"] for _, d in data.nodes(data=True) if "claim" in d]
        return list(ClaimSet(found))
    if isinstance(data, ClaimSet):
        return list(data)
    return list(ClaimSet(data))


def _row(claim: Claim, settings: Settings) -> GroupRow | None:
    bounds = raw_bounds(claim.figure, settings)
    if bounds is None:
        return None  # an unresolved relative date cannot disagree with anything
    days = tuple(sorted({d.toordinal() for a in claim.attributions if (d := a.when)}))
    return GroupRow(bounds[0], bounds[1], days, windowed=claim.figure.kind == "number")


def _positions(
    n: int, pairs: list[PairVerdict]
) -> list[tuple[set[int], set[int], list[PairVerdict]]]:
    """Gather pairwise disagreements into two-sided positions.

    A position groups claims that all agree with each other against claims
    that all agree with each other, every cross pair disagreeing: "86" against
    "more than 60" and "some 60", rather than one row per pair.
    """
    against: dict[int, set[int]] = defaultdict(set)
    for p in pairs:
        against[p.i].add(p.j)
        against[p.j].add(p.i)

    clusters: list[tuple[set[int], set[int], list[PairVerdict]]] = []
    # Which clusters hold a claim. A pair is offered only to the clusters that
    # already hold one of its claims: positions grow around a claim, and the
    # search stays linear in the pairs instead of pairs x clusters.
    holding: dict[int, list[int]] = defaultdict(list)
    for p in sorted(pairs, key=lambda p: (-p.gap, p.i, p.j)):
        # The latest few: a position that grew recently is the likely one,
        # and a bounded search keeps a dense question linear in its pairs.
        candidates = sorted({*holding[p.i][-_TRIES:], *holding[p.j][-_TRIES:]})
        for c in candidates:
            side_a, side_b, members = clusters[c]
            for x, y in ((p.i, p.j), (p.j, p.i)):
                if (
                    against[x].isdisjoint(side_a)
                    and against[y].isdisjoint(side_b)
                    and side_b <= against[x]
                    and side_a <= against[y]
                ):
                    for k, side in ((x, side_a), (y, side_b)):
                        if k not in side:
                            side.add(k)
                            holding[k].append(c)
                    members.append(p)
                    break
            else:
                continue
            break
        else:
            holding[p.i].append(len(clusters))
            holding[p.j].append(len(clusters))
            clusters.append(({p.i}, {p.j}, [p]))
    return clusters


def _side(claims: list[Claim], keep: set[str] | None = None) -> Side:
    atts: list[Attribution] = [
        a
        for c in claims
        for a in c.attributions
        if keep is None or a.document.outlet_id in keep
    ]
    return Side(
        figures=tuple(c.figure for c in claims),
        claim_ids=tuple(sorted(c.id for c in claims)),
        attributions=tuple(sorted(atts, key=lambda a: a.id)),
    )


def _severity(
    gap: float,
    bounds: tuple[Bounds, Bounds],
    time: bool,
    origins: int,
    reading: Reading,
    distance: int | None,
    window_days: int,
) -> float:
    # Relative size of the gap: 17 on a count of 86 matters more than on 2,500.
    if time:
        scale = 365.0  # a gap in days is weighed against a year
    else:
        scale = max(1.0, *(abs(x) for bd in bounds for x in bd if math.isfinite(x)))
    rel = gap / scale
    gap_score = rel / (rel + 0.1)
    origin_score = 1 - 0.5**origins
    time_score = (
        1.0 if distance is None else max(0.2, 1 - distance / max(1, window_days))
    )
    weight = 1.0 if reading is Reading.STRICT else 0.7
    return round(
        weight * (0.5 * gap_score + 0.25 * origin_score + 0.25 * time_score), 4
    )


def find_conflicts(
    data: Iterable[Claim] | ClaimSet | nx.Graph,
    *,
    reading: Reading | str | None = None,
    window: timedelta | None = None,
    min_severity: float | None = None,
    settings: Settings | None = None,
) -> ConflictReport:
    """Find where the record disagrees: claims on one question that clash.

    Args:
        data: Claims (repeats are merged), a :class:`ClaimSet`, or a graph
            from :func:`claimtrack.build_graph`.
        reading: ``"pragmatic"`` (default) reports divergences and
            contradictions; ``"strict"`` only contradictions.
        window: Claims whose as-of dates are further apart than this describe
            change over time, not a conflict. Default ``Settings().window``.
        min_severity: Drop conflicts below this severity.
        settings: Constants for readings and ranking.

    Returns:
        A :class:`ConflictReport`, most severe first. Each conflict has its
        question, two sides (figure, speakers, outlets, dates, evidence), a
        kind, the reading that makes it one, a severity and an explanation.
        An outlet carrying both figures is also reported on its own, as a
        ``self_contradiction``.

    Notes:
        Blocked by question key, then :func:`compare_group` per block: about
        linear in the number of claims when questions are many and small.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> claims = [
        ...     Claim(question=q, figure=NumberFigure(value=86, unit="country")),
        ...     Claim(
        ...         question=q,
        ...         figure=NumberFigure(value=60, hedge="more_than", unit="country"),
        ...     ),
        ... ]
        >>> report = find_conflicts(claims)
        >>> report[0].kind, report[0].reading
        (<ConflictKind.DIVERGENCE: 'divergence'>, <Reading.PRAGMATIC: 'pragmatic'>)
        >>> len(find_conflicts(claims, reading="strict"))
        0
    """
    settings = settings or Settings()
    reading = Reading(reading or settings.reading)
    window_days = (settings.window if window is None else window).days
    floor = settings.min_severity if min_severity is None else min_severity

    # A number and a time on one question cannot be compared: block on both.
    groups: dict[tuple[str, str], list[tuple[Claim, GroupRow]]] = defaultdict(list)
    for claim in _claims_of(data):
        row = _row(claim, settings)
        if row is not None:
            groups[claim.question.key, claim.figure.kind].append((claim, row))

    conflicts: list[PendingConflict] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        rows = [row for _, row in members]
        pairs = compare_group(rows, reading=reading, window_days=window_days)
        for side_a, side_b, cluster in _positions(len(rows), pairs):
            conflicts.extend(
                _classify(members, side_a, side_b, cluster, settings, window_days)
            )
    return ConflictReport(c for c in conflicts if c.severity >= floor)


def _origins(claims: list[Claim], keep: str | None) -> int:
    return len(
        {
            a.origin
            for c in claims
            for a in c.attributions
            if keep is None or a.document.outlet_id == keep
        }
    )


def _classify(
    members: list[tuple[Claim, GroupRow]],
    ia: set[int],
    ib: set[int],
    cluster: list[PairVerdict],
    settings: Settings,
    window_days: int,
) -> list[PendingConflict]:
    claims_a = [members[i][0] for i in sorted(ia, key=lambda i: members[i][0].id)]
    claims_b = [members[i][0] for i in sorted(ib, key=lambda i: members[i][0].id)]
    # Order the sides canonically so the output does not depend on input order.
    if claims_a[0].id > claims_b[0].id:
        claims_a, claims_b = claims_b, claims_a
        ia, ib = ib, ia
    strict = all(p.verdict is Verdict.CONTRADICT for p in cluster)
    reading = Reading.STRICT if strict else Reading.PRAGMATIC
    gap = min(p.gap for p in cluster)
    distances = [p.distance for p in cluster if p.distance is not None]
    distance = min(distances) if distances else None
    field = "strict" if strict else "pragmatic"
    row_a = members[min(ia)][1]
    row_b = members[min(ib)][1]
    bounds = (getattr(row_a, field), getattr(row_b, field))
    question = claims_a[0].question
    time = claims_a[0].figure.kind == "time"

    def pending(kind: ConflictKind, keep: str | None = None) -> PendingConflict:
        origins = min(_origins(claims_a, keep), _origins(claims_b, keep))
        severity = _severity(gap, bounds, time, origins, reading, distance, window_days)

        def build() -> Conflict:
            keep_set = None if keep is None else {keep}
            a, b = _side(claims_a, keep_set), _side(claims_b, keep_set)
            return Conflict(
                question=question,
                kind=kind,
                reading=reading,
                a=a,
                b=b,
                gap=gap,
                severity=severity,
                explanation=explain(question, kind, reading, a, b, bounds),
            )

        return PendingConflict(severity, question.key, kind, build)

    outlets_a = {x.document.outlet_id for c in claims_a for x in c.attributions}
    outlets_b = {x.document.outlet_id for c in claims_b for x in c.attributions}
    if len(outlets_a | outlets_b) == 1:
        return [pending(ConflictKind.SELF_CONTRADICTION)]
    origins = {x.origin for c in (*claims_a, *claims_b) for x in c.attributions}
    if len(origins) == 1:
        return [pending(ConflictKind.COPY_DISCREPANCY)]
    main = ConflictKind.CONTRADICTION if strict else ConflictKind.DIVERGENCE
    out = [pending(main)]
    for outlet in sorted(outlets_a & outlets_b):
        out.append(pending(ConflictKind.SELF_CONTRADICTION, outlet))
    return out
