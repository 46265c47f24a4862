"""find_conflicts: block claims by question, compare pairs, classify, rank.

The pipeline is Splink-shaped: claims are blocked by question key, so only
claims on the same question are compared; within a block the pure function
:func:`compare_group` works on plain tuples (bounds and as-of days), so a
database or cluster backend can run it per group unchanged.
"""

from __future__ import annotations

import contextlib
import gc
import math
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple, overload

import networkx as nx

from claimtrack.claim import Attribution, Claim
from claimtrack.compare import Bounds, Verdict, compare_running, raw_bounds
from claimtrack.conflict import (
    Conflict,
    ConflictKind,
    ConflictReport,
    PendingConflict,
    Side,
)
from claimtrack.explain import explain
from claimtrack.figure import Hedge
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading, Settings

__all__ = [
    "GroupRow",
    "PairVerdict",
    "as_of_days",
    "closest_days",
    "compare_group",
    "find_conflicts",
    "grows",
    "over_time",
    "row_of",
]


_TRIES = 8  # clusters of each claim a disagreeing pair is offered to
_SETTINGS = Settings()
_new = tuple.__new__


class GroupRow(NamedTuple):
    """One claim reduced to columns: its intervals and as-of days."""

    strict: Bounds
    pragmatic: Bounds
    days: tuple[int, ...]
    """Sorted as-of dates as ``date.toordinal()``; empty when unknown."""
    windowed: bool = True
    """Whether the time window applies: counts describe a state at a time and
    may change; the date of an event or a deadline does not drift with time."""
    running: bool = False
    """Whether the figure is a running total (a tally since a date), which can
    only grow: between two dated readings only a fall disagrees."""


class PairVerdict(NamedTuple):
    """A disagreeing pair within a group, by row index."""

    i: int
    j: int
    verdict: Verdict
    gap: float
    distance: int | None
    """Smallest distance in days between the two claims' as-of dates."""


def as_of_days(claim: Claim) -> tuple[int, ...]:
    """Return a claim's as-of dates as sorted ``date.toordinal()`` days.

    Each attribution's as-of date is what its text says, else its document's
    publication date; attributions with neither add nothing.

    Examples:
        >>> from claimtrack import NumberFigure, Question
        >>> q = Question(subject="US troops", property="count")
        >>> as_of_days(Claim(question=q, figure=NumberFigure(value=2500)))
        ()
    """
    atts = claim.attributions
    if len(atts) == 1:
        # Most claims have one attribution: no set to build and sort.
        return (d.toordinal(),) if (d := atts[0].when) else ()
    days = set()
    for a in atts:
        if d := a.when:
            days.add(d.toordinal())
    return tuple(sorted(days))


def closest_days(a: tuple[int, ...], b: tuple[int, ...]) -> int | None:
    """Return the smallest distance in days between two sorted day lists.

    ``None`` when either list is empty (a claim with no date is compared
    regardless of time). Linear in the two lengths.

    Examples:
        >>> closest_days((10, 40), (25, 100)), closest_days((), (1,))
        (15, None)
    """
    if not a or not b:
        return None
    # A merge walk over the two sorted lists: each step moves past the
    # smaller day, whose nearest neighbour on the other side is then known.
    la, lb = len(a), len(b)
    i = j = 0
    best = abs(a[0] - b[0])
    while i < la and j < lb:
        x, y = a[i], b[j]
        if x < y:
            d = y - x
            i += 1
        else:
            d = x - y
            j += 1
        if d < best:
            best = d
    return best


def grows(a: GroupRow, b: GroupRow, reading: Reading = Reading.PRAGMATIC) -> bool:
    """Whether two readings of a running total, dated apart, are just growth.

    True when both rows are running totals (:attr:`claimtrack.Question.running`),
    one is dated wholly earlier, and the later one has not fallen: "more than
    150 attacks since October" in February, then 170 in March.

    Examples:
        >>> more_than_150 = GroupRow(
        ...     (151.0, math.inf), (151.0, 159.0), (10,), True, True
        ... )
        >>> exactly_170 = GroupRow((170.0, 170.0), (170.0, 170.0), (20,), True, True)
        >>> (
        ...     grows(more_than_150, exactly_170),
        ...     grows(exactly_170._replace(days=(5,)), more_than_150),
        ... )
        (True, False)
    """
    if not (a.running and b.running and a.days and b.days):
        return False
    if a.days[-1] < b.days[0]:
        early, late = a, b
    elif b.days[-1] < a.days[0]:
        early, late = b, a
    else:
        return False
    verdict, _ = compare_running(
        early.strict, early.pragmatic, late.strict, late.pragmatic, reading
    )
    return verdict is Verdict.AGREE


def over_time(a: GroupRow, b: GroupRow, *, reading: Reading, window_days: int) -> bool:
    """Whether two rows that disagree describe change over time, not a conflict.

    Counts (windowed rows) whose as-of dates are all further apart than the
    window, or a running total that only grew (:func:`grows`), at any
    distance. :func:`compare_group` skips such pairs; :func:`find_changes`
    and the graph's ``changes`` edges report them.

    Examples:
        >>> early = GroupRow((86.0, 86.0), (86.0, 86.0), (739000,))
        >>> late = GroupRow((90.0, 90.0), (90.0, 90.0), (739500,))
        >>> over_time(early, late, reading=Reading.PRAGMATIC, window_days=366)
        True
    """
    if not (a.windowed and b.windowed):
        return False
    distance = closest_days(a.days, b.days)
    if distance is None:
        return False
    return distance > window_days or grows(a, b, reading)


def row_of(
    claim: Claim,
    settings: Settings = _SETTINGS,
    bounds: tuple[Bounds, Bounds] | None = None,
) -> GroupRow | None:
    """Return one claim as columns, or None for an unresolved relative date.

    ``bounds``, if given, are the claim's ``raw_bounds`` already read.

    Examples:
        >>> from claimtrack import NumberFigure, Question
        >>> q = Question(subject="attacks", property="count", window="since 2023-10")
        >>> row_of(Claim(question=q, figure=NumberFigure(value=60))).running
        True
    """
    if bounds is None:
        bounds = raw_bounds(claim.figure, settings)
        if bounds is None:
            return None
    windowed = claim.figure.kind == "number"
    running = windowed and claim.question.running
    # tuple.__new__: GroupRow(...) goes through a Python-level __new__.
    return _new(GroupRow, (bounds[0], bounds[1], as_of_days(claim), windowed, running))


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
            is compared regardless of when it was said. Two running rows
            dated apart are compared with
            :func:`claimtrack.compare.compare_running`: only a fall disagrees.

    Returns:
        Pairs ``i < j`` that disagree, with verdict, gap and time distance,
        in the order ``(i, j)``.

    Notes:
        Pure; O(k² + k·m) for k claims with m dates each. Blocks are small
        (one question), so the square is over a handful of claims. The verdict
        is :func:`claimtrack.compare.compare_bounds`, inlined: this loop runs
        for every pair on a question, millions of times on a large corpus.

    Examples:
        >>> rows = [
        ...     GroupRow((86, 86), (86, 86), (739000,)),
        ...     GroupRow((61, math.inf), (61, 69), (739300,)),
        ... ]
        >>> [p] = compare_group(rows, reading=Reading.PRAGMATIC, window_days=366)
        >>> p.verdict.value, p.gap, p.distance
        ('diverge', 17.0, 300)
    """
    pragmatic = reading is Reading.PRAGMATIC
    contradict, diverge = Verdict.CONTRADICT, Verdict.DIVERGE
    new = tuple.__new__  # PairVerdict(...) goes through a Python-level __new__
    cols = [(*r.strict, *r.pragmatic, r.days, r.windowed, r.running) for r in rows]
    out: list[PairVerdict] = []
    append = out.append
    for i, (a0, a1, ap0, ap1, a_days, a_win, a_run) in enumerate(cols):
        for j in range(i + 1, len(cols)):
            b0, b1, bp0, bp1, b_days, b_win, b_run = cols[j]
            # max() and min() as compare_bounds has them: the first argument
            # wins ties, so the result is the same to the last bit.
            gap = (b0 if b0 > a0 else a0) - (b1 if b1 < a1 else a1)
            if gap > 0:
                verdict = contradict
            elif pragmatic:
                gap = (bp0 if bp0 > ap0 else ap0) - (bp1 if bp1 < ap1 else ap1)
                if not gap > 0:
                    continue
                verdict = diverge
            else:
                continue
            if a_run and b_run and a_days and b_days:
                # A running total read at two times: only a fall disagrees.
                # (A fall is a disagreement of the plain reading too, so the
                # pairs that agree above need no second look.)
                if a_days[-1] < b_days[0]:
                    verdict, gap = compare_running(
                        (a0, a1), (ap0, ap1), (b0, b1), (bp0, bp1), reading
                    )
                elif b_days[-1] < a_days[0]:
                    verdict, gap = compare_running(
                        (b0, b1), (bp0, bp1), (a0, a1), (ap0, ap1), reading
                    )
                if verdict is Verdict.AGREE:
                    continue
            # Days are sorted: when the two spans of days do not overlap, the
            # closest pair is the facing ends, which is most pairs.
            if not a_days or not b_days:
                distance = None
            elif a_days[-1] <= b_days[0]:
                distance = b_days[0] - a_days[-1]
            elif b_days[-1] <= a_days[0]:
                distance = a_days[0] - b_days[-1]
            else:
                distance = closest_days(a_days, b_days)
            if a_win and b_win and distance is not None and distance > window_days:
                continue
            append(new(PairVerdict, (i, j, verdict, float(gap), distance)))
    return out


def _claims_of(data: Iterable[Claim] | ClaimSet | nx.Graph) -> list[Claim]:
    """Return the distinct claims of ``data``, merged, in id order."""
    if isinstance(data, nx.Graph):
        found = [d["claim"] for _, d in data.nodes(data=True) if "claim" in d]
        return list(ClaimSet(found))
    if isinstance(data, ClaimSet):
        return list(data)
    return list(ClaimSet(data))


# One claim as find_conflicts blocks it: the claim, its row, and the outlet
# and origin of each attribution. Outlets and origins are read here, while the
# claim's attributions are being read for its dates anyway: on 10^6 claims a
# second visit to every attribution, block by block, cost seconds of memory
# traffic.
_Member = tuple[Claim, GroupRow, list[tuple[str, str]]]
_UNREAD = object()  # a time figure not yet in the cache (None is a value there)


def _blocks(
    claims: Iterable[Claim], settings: Settings
) -> dict[tuple[str, str], list[_Member]]:
    """Read every claim once into its block: its row, outlets and origins.

    On 10^6 claims this loop is memory traffic (each claim, figure and
    attribution is a separate object), so it reads each attribution once
    for its date, outlet and origin, and does :func:`row_of` and
    :func:`as_of_days` inline: as calls they cost a quarter of the loop.
    """
    # A number and a time on one question cannot be compared: block on both.
    groups: dict[tuple[str, str], list[_Member]] = defaultdict(list)
    # A time figure's bounds parse its ISO dates, the costliest read here,
    # and few distinct times recur across many questions (the same month,
    # the same deadline): equal figures have equal bounds, so each is read
    # once per call, keyed by its field values (hashing the model is three
    # times slower). Numbers are cheap and mostly distinct.
    times: dict[tuple[Any, ...], tuple[Bounds, Bounds] | None] = {}
    exact = Hedge.EXACT
    for claim in claims:
        figure = claim.figure
        kind = figure.kind
        if kind == "time":
            key = tuple(figure.__dict__.values())
            bounds = times.get(key, _UNREAD)
            if bounds is _UNREAD:
                bounds = times[key] = raw_bounds(figure, settings)
            if bounds is None:
                continue  # an unresolved relative date disagrees with nothing
            windowed = running = False
        else:
            if figure.hedge is exact:
                # Most numbers: one point under both readings (raw_bounds'
                # first case, without the call).
                v = float(figure.value)  # type: ignore[arg-type]
                point = (v, v)
                bounds = (point, point)
            else:
                bounds = raw_bounds(figure, settings)  # type: ignore[assignment]
            windowed, running = True, claim.question.running
        atts = claim.attributions
        if len(atts) == 1:
            a = atts[0]
            when = a.when
            days: tuple[int, ...] = (when.toordinal(),) if when else ()
            carried = [(a.document.outlet_id, a.origin)]
        else:
            seen = set()
            carried = []
            for a in atts:
                if when := a.when:
                    seen.add(when.toordinal())
                carried.append((a.document.outlet_id, a.origin))
            days = tuple(sorted(seen))
        row = _new(GroupRow, (bounds[0], bounds[1], days, windowed, running))  # type: ignore[index]
        groups[claim.question.key, kind].append((claim, row, carried))
    return groups


# The claim indices on each side and the same as bit masks over the block,
# the smallest gap, whether every pair is a contradiction, and the smallest
# time distance among one position's pairs.
_Position = tuple[list[int], list[int], int, int, float, bool, int | None]


def _positions(n: int, pairs: list[PairVerdict]) -> list[_Position]:
    """Gather pairwise disagreements into two-sided positions.

    A position groups claims that all agree with each other against claims
    that all agree with each other, every cross pair disagreeing: "86" against
    "more than 60" and "some 60", rather than one row per pair.

    Pairs are taken largest gap first. Each joins the earliest position, among
    the latest few positions of either claim, that the other claim fits, else
    starts a position. ``pairs`` must be in the ``(i, j)`` order that
    :func:`compare_group` returns.
    """
    bit = [1 << k for k in range(n)]
    against = [0] * n
    for i, j, _, _, _ in pairs:
        against[i] |= bit[j]
        against[j] |= bit[i]
    agree = [((1 << n) - 1) ^ m for m in against]  # a claim agrees with itself
    # Side s of position c is slot 2c + s (s = 0 for a, 1 for b). Per slot, as
    # bit masks over the block: its claims, and the claims that fit the
    # opposite slot (agree with all of that side and disagree with all of this
    # one). A join narrows both, so offering a pair to a position is one bit
    # test instead of four set comparisons: this runs for millions of pairs.
    sides: list[int] = []
    facing: list[int] = []
    members: list[list[int]] = []
    gaps: list[float] = []
    strict: list[bool] = []
    distances: list[int | None] = []
    # The latest slots that hold a claim. A pair is offered only to the
    # positions that already hold one of its claims: positions grow around a
    # claim, and the search stays linear in the pairs instead of pairs x
    # positions. Only the latest few are ever offered, so a bounded deque
    # keeps just those: no slice to copy per pair.
    holding: list[deque[int]] = [deque(maxlen=_TRIES) for _ in range(n)]
    contradict = Verdict.CONTRADICT
    # Stable, and the pairs come in (i, j) order: largest gap first, then by
    # (i, j), without a key tuple per pair.
    for i, j, verdict, gap, distance in sorted(pairs, key=itemgetter(3), reverse=True):
        bi, bj = bit[i], bit[j]
        # The latest few: a position that grew recently is the likely one,
        # and a bounded search keeps a dense question linear in its pairs. A
        # claim already on one side fits there, so the pair fits position c
        # exactly when the other claim fits the side facing it.
        best, other = len(facing), -1
        for slot in holding[i]:
            if facing[slot] & bj and slot < best:
                best, other = slot, j
        for slot in holding[j]:
            if facing[slot] & bi and slot < best:
                best, other = slot, i
        if other < 0:
            best = len(facing)
            holding[i].append(best)
            holding[j].append(best + 1)
            sides += (bi, bj)
            facing += (agree[j] & against[i], agree[i] & against[j])
            members += ([i], [j])
            gaps.append(gap)
            strict.append(verdict is contradict)
            distances.append(distance)
            continue
        join, c = best ^ 1, best >> 1
        if not sides[join] & bit[other]:
            sides[join] |= bit[other]
            facing[best] &= agree[other]
            facing[join] &= against[other]
            members[join].append(other)
            holding[other].append(join)
        if gap < gaps[c]:
            gaps[c] = gap
        if verdict is not contradict:
            strict[c] = False
        if distance is not None:
            known = distances[c]
            if known is None or distance < known:
                distances[c] = distance
    return list(
        zip(
            members[::2],
            members[1::2],
            sides[::2],
            sides[1::2],
            gaps,
            strict,
            distances,
            strict=True,
        )
    )


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


class _Block:
    """One question's claims as find_conflicts read them, in id order.

    Kept by the report, so that a conflict's record can be built from its row
    when first read. In id order (as :func:`_claims_of` gives them), so the
    lower of two claims' bits is the lower id.
    """

    __slots__ = ("claims", "key", "pragmatic", "strict")

    def __init__(self, members: list[_Member]) -> None:
        self.claims = [claim for claim, _, _ in members]
        self.key = self.claims[0].question.key
        self.strict = [row.strict for _, row, _ in members]
        self.pragmatic = [row.pragmatic for _, row, _ in members]

    def side(self, mask: int) -> list[int]:
        """Return the claims of a bit mask over the block, in id order."""
        out = []
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out


# The report's order of kinds on one question (ConflictKind sorts as text).
_KINDS = sorted(ConflictKind)
_KIND_RANK = {kind: k for k, kind in enumerate(_KINDS)}
_RECORD = 7  # values per conflict in _Found.records


class _Found(Sequence[PendingConflict]):
    """The conflicts of one search, as columns of plain values, ranked.

    A search on 10^6 claims finds millions of conflicts. As an object each,
    they were a tenth of its time when the cycle collector resumed and had
    them all to walk; as a few flat lists of numbers and strings there is
    nothing new to walk, and ranking sorts plain numbers. A conflict's
    :class:`PendingConflict` is made when first read, and its record when
    that is read.
    """

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.severity: list[float] = []
        self.rank_key: list[int] = []
        """The rank of (question key, kind): the order among equal severities."""
        self.records: list[object] = []
        """Per conflict, _RECORD values: block, kind, strict, the masks of
        sides a and b, gap, and the one outlet kept (a self-contradiction
        within a conflict between outlets) or None."""
        self._order: list[int] = []
        self._read: dict[int, PendingConflict] = {}

    def rank(self) -> None:
        """Order the conflicts: most severe first, then by question and kind.

        Both sorts are stable, so equal conflicts stay in the order found.
        """
        order = sorted(range(len(self.severity)), key=self.rank_key.__getitem__)
        order.sort(key=self.severity.__getitem__, reverse=True)
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> PendingConflict: ...
    @overload
    def __getitem__(self, index: slice) -> list[PendingConflict]: ...
    def __getitem__(
        self, index: int | slice
    ) -> PendingConflict | list[PendingConflict]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        row = self._order[index]
        pending = self._read.get(row)
        if pending is None:
            at = row * _RECORD
            block = self.blocks[self.records[at]]  # type: ignore[index]
            kind: Any = self.records[at + 1]
            build = partial(self._build, row)
            pending = PendingConflict(self.severity[row], block.key, kind, build)
            self._read[row] = pending
        return pending

    def __iter__(self) -> Iterator[PendingConflict]:
        return (self[k] for k in range(len(self)))

    def _build(self, row: int) -> Conflict:
        """Build one conflict's full record: sides, evidence and explanation."""
        at = row * _RECORD
        where, kind, strict, mask_a, mask_b, gap, keep = self.records[at : at + _RECORD]
        block: _Block = self.blocks[where]  # type: ignore[index]
        ia, ib = block.side(mask_a), block.side(mask_b)  # type: ignore[arg-type]
        # Bounds of each side's first claim in the block, as the search had
        # them: sides come out of their masks lowest first.
        first_a, first_b = ia[0], ib[0]
        if strict:
            reading, bounds = Reading.STRICT, block.strict
        else:
            reading, bounds = Reading.PRAGMATIC, block.pragmatic
        kept = None if keep is None else {keep}
        a = _side([block.claims[k] for k in ia], kept)  # type: ignore[arg-type]
        b = _side([block.claims[k] for k in ib], kept)  # type: ignore[arg-type]
        question = block.claims[first_a].question
        pair = (bounds[first_a], bounds[first_b])
        return Conflict(
            question=question,
            kind=kind,
            reading=reading,
            a=a,
            b=b,
            gap=gap,
            severity=self.severity[row],
            explanation=explain(question, kind, reading, a, b, pair),  # type: ignore[arg-type]
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
        A :class:`ClaimSet` is used as it is; other claims are merged first.
        Conflict records are built when first read.

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

    with _without_cycle_collection():
        found = _find(_claims_of(data), settings, reading, window_days, floor)
    return ConflictReport._ranked(found)


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector, as bulk loaders do.

    find_conflicts builds millions of small acyclic objects (rows, pairs,
    positions); each collection of the oldest generation walks the whole
    heap, so on 10^6 claims the collector alone costs tens of seconds.
    Reference counting still frees everything; the collector's previous state
    is restored on the way out.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _find(
    claims: list[Claim],
    settings: Settings,
    reading: Reading,
    window_days: int,
    floor: float,
) -> _Found:
    groups = _blocks(claims, settings)
    found = _Found()
    question = -1  # the rank of the question key among the blocks' keys
    last = None
    for group in sorted(groups):
        if group[0] != last:
            question, last = question + 1, group[0]
        members = groups[group]
        if len(members) < 2:
            continue
        rows = [row for _, row, _ in members]
        pairs = compare_group(rows, reading=reading, window_days=window_days)
        if pairs:
            positions = _positions(len(rows), pairs)
            carriers = [carried for _, _, carried in members]
            block = _Block(members)
            _classify(block, carriers, positions, window_days, floor, found, question)
    found.rank()
    return found


def _magnitude(bounds: Bounds) -> float:
    """Return the largest finite absolute bound, 0.0 if none is finite."""
    low, high = abs(bounds[0]), abs(bounds[1])
    big = low if math.isfinite(low) else 0.0
    return high if math.isfinite(high) and high > big else big


def _classify(
    block: _Block,
    carriers: list[list[tuple[str, str]]],
    positions: list[_Position],
    window_days: int,
    floor: float,
    found: _Found,
    question: int,
) -> None:
    """Add the conflicts of one block's positions, with kind and severity.

    Runs once per position, millions of times: everything a claim adds is
    read once per block, kinds and readings are local names, and a conflict
    is a row of plain values in ``found``'s columns.
    """
    claims = block.claims
    bounds_strict, bounds_prag = block.strict, block.pragmatic
    # What scales a gap: a year for times; for counts the largest finite bound
    # of each side's first claim, and at least 1. Per claim, so a position
    # takes the larger of two (max(1, a, b) is max(max(1, a), max(1, b))).
    if claims[0].figure.kind == "time":
        scale_strict = scale_prag = [365.0] * len(claims)
    else:
        scale_strict = [max(1.0, _magnitude(b)) for b in bounds_strict]
        scale_prag = [max(1.0, _magnitude(b)) for b in bounds_prag]
    # Outlets and origins as bits over the block: unions and counts per
    # position are then integer operations, not sets of strings.
    outlet_bits: dict[str, int] = {}
    origin_bits: dict[str, int] = {}
    # Per claim: the origins it reaches through each outlet that carries it.
    heard: list[dict[int, int]] = []
    outlets: list[int] = []
    origins: list[int] = []
    for carried in carriers:
        through: dict[int, int] = {}
        reach = 0
        for outlet_id, origin_id in carried:
            outlet = outlet_bits.setdefault(outlet_id, 1 << len(outlet_bits))
            origin = origin_bits.setdefault(origin_id, 1 << len(origin_bits))
            through[outlet] = through.get(outlet, 0) | origin
            reach |= origin
        heard.append(through)
        outlets.append(sum(through))  # distinct single bits: the sum is the union
        origins.append(reach)
    outlet_of = {b: name for name, b in outlet_bits.items()}

    contradiction, divergence = ConflictKind.CONTRADICTION, ConflictKind.DIVERGENCE
    itself, copy = ConflictKind.SELF_CONTRADICTION, ConflictKind.COPY_DISCREPANCY
    base = question * len(_KINDS)
    rank_of = {kind: base + k for kind, k in _KIND_RANK.items()}
    where = len(found.blocks)
    found.blocks.append(block)
    severities, ranks = found.severity.append, found.rank_key.append
    record = found.records.extend
    limit = max(1, window_days)
    for side_a, side_b, mask_a, mask_b, gap, strict, distance in positions:
        # Order the sides canonically, by their smallest claim id, so the
        # output does not depend on input order. A block is in id order, so
        # that is the side whose lowest bit is lower.
        low_a, low_b = mask_a & -mask_a, mask_b & -mask_b
        if low_a > low_b:
            side_a, side_b, mask_a, mask_b = side_b, side_a, mask_b, mask_a
            low_a, low_b = low_b, low_a
        first_a, first_b = low_a.bit_length() - 1, low_b.bit_length() - 1
        if strict:
            weight = 1.0
            scale = max(scale_strict[first_a], scale_strict[first_b])
        else:
            weight = 0.7
            scale = max(scale_prag[first_a], scale_prag[first_b])
        oa = ob = ga = gb = 0
        for k in side_a:
            oa |= outlets[k]
            ga |= origins[k]
        for k in side_b:
            ob |= outlets[k]
            gb |= origins[k]
        both = 0  # outlets on both sides, each also its own self-contradiction
        if (oa | ob).bit_count() == 1:
            kind = itself
        elif (ga | gb).bit_count() == 1:
            kind = copy
        else:
            kind = contradiction if strict else divergence
            both = oa & ob

        # Severity: the relative size of the gap (17 on a count of 86 matters
        # more than on 2,500; a gap in days is weighed against a year), the
        # independent origins, the closeness in time; a divergence weighs
        # less than a contradiction.
        rel = gap / scale
        gap_part = 0.5 * (rel / (rel + 0.1))
        near = 1.0 if distance is None else max(0.2, 1 - distance / limit)
        time_part = 0.25 * near
        n = min(ga.bit_count(), gb.bit_count())
        severity = round(weight * (gap_part + 0.25 * (1 - 0.5**n) + time_part), 4)
        if severity >= floor:
            severities(severity)
            ranks(rank_of[kind])
            record((where, kind, strict, mask_a, mask_b, gap, None))
        if both:
            # The outlets in both, by their bits: a block can have hundreds of
            # outlets and a position only a few in common.
            shared: list[int] = []
            while both:
                outlet = both & -both  # the lowest bit left
                shared.append(outlet)
                both ^= outlet
            for outlet in sorted(shared, key=outlet_of.__getitem__):
                # The origins that reach each side through this outlet.
                ha = hb = 0
                for k in side_a:
                    ha |= heard[k].get(outlet, 0)
                for k in side_b:
                    hb |= heard[k].get(outlet, 0)
                n = min(ha.bit_count(), hb.bit_count())
                severity = round(
                    weight * (gap_part + 0.25 * (1 - 0.5**n) + time_part), 4
                )
                if severity >= floor:
                    severities(severity)
                    ranks(rank_of[itself])
                    keep = outlet_of[outlet]
                    record((where, itself, strict, mask_a, mask_b, gap, keep))
