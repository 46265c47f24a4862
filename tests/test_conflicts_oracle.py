"""find_conflicts (blocked, clustered) against a naive all-pairs oracle."""

from __future__ import annotations

import math
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimtrack import (
    Claim,
    ClaimSet,
    ConflictKind,
    ConflictReport,
    Reading,
    Verdict,
    compare_figures,
    find_conflicts,
)
from claimtrack.compare import compare_bounds, compare_running, figure_bounds
from claimtrack.conflicts import GroupRow, closest_days, compare_group
from tests.strategies import small_claim_sets as claim_sets

Pair = frozenset[str]

windows = st.sampled_from([0, 1, 10, 45, 366]).map(lambda d: timedelta(days=d))
readings = st.sampled_from(list(Reading))


def _dates(claim: Claim) -> set[date]:
    return {d for a in claim.attributions if (d := a.when) is not None}


def _rises(
    early: Claim, late: Claim, de: set[date], dl: set[date], reading: Reading
) -> bool:
    """A running total read wholly earlier, then later, and not fallen."""
    counts = early.figure.kind == late.figure.kind == "number"
    if not (counts and early.question.running and de and dl and max(de) < min(dl)):
        return False
    fe, fl = figure_bounds(early.figure), figure_bounds(late.figure)
    verdict, _ = compare_running(
        fe.strict, fe.pragmatic, fl.strict, fl.pragmatic, reading
    )
    return verdict is Verdict.AGREE


def oracle(claims: list[Claim], reading: Reading, window: timedelta) -> set[Pair]:
    """Compare every pair of distinct claims, the slow and obvious way."""
    found: set[Pair] = set()
    for a, b in combinations(list(ClaimSet(claims)), 2):
        if a.question.key != b.question.key:
            continue
        verdict = compare_figures(a.figure, b.figure, reading=reading).verdict
        if verdict in (Verdict.AGREE, Verdict.UNKNOWN):
            continue
        da, db = _dates(a), _dates(b)
        if _rises(a, b, da, db, reading) or _rises(b, a, db, da, reading):
            continue  # a running total read later and not lower
        counts = a.figure.kind == b.figure.kind == "number"
        if counts and da and db and min(abs(x - y) for x in da for y in db) > window:
            continue  # a count changing over time; a date or deadline does not
        found.add(frozenset((a.id, b.id)))
    return found


def reported(report: ConflictReport) -> set[Pair]:
    """Every (claim on side a) x (claim on side b) of every conflict."""
    return {
        frozenset((x, y)) for c in report for x in c.a.claim_ids for y in c.b.claim_ids
    }


@given(claim_sets, readings, windows)
def test_blocked_search_equals_all_pairs(
    claims: list[Claim], reading: Reading, window: timedelta
) -> None:
    report = find_conflicts(claims, reading=reading, window=window)
    assert reported(report) == oracle(claims, reading, window)


@given(claim_sets, readings, windows)
def test_sides_disagree_pairwise(
    claims: list[Claim], reading: Reading, window: timedelta
) -> None:
    by_id = {c.id: c for c in ClaimSet(claims)}
    for conflict in find_conflicts(claims, reading=reading, window=window):
        assert set(conflict.a.claim_ids).isdisjoint(conflict.b.claim_ids)
        for x in conflict.a.claim_ids:
            for y in conflict.b.claim_ids:
                a, b = by_id[x], by_id[y]
                assert a.question.key == b.question.key == conflict.question.key
                verdict = compare_figures(a.figure, b.figure, reading=reading).verdict
                assert verdict in (Verdict.DIVERGE, Verdict.CONTRADICT)
                if conflict.reading is Reading.STRICT:
                    assert verdict is Verdict.CONTRADICT
        for side in conflict.sides:
            assert side.figure in {by_id[i].figure for i in side.claim_ids}


@given(claim_sets, readings, st.randoms(use_true_random=False))
def test_output_does_not_depend_on_input_order(
    claims: list[Claim], reading: Reading, rnd: Any
) -> None:
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    a = find_conflicts(claims, reading=reading)
    b = find_conflicts(shuffled, reading=reading)
    assert list(a) == list(b)
    assert a.to_jsonl() == b.to_jsonl()


@given(claim_sets, windows)
def test_strict_reading_reports_only_contradictions(
    claims: list[Claim], window: timedelta
) -> None:
    for conflict in find_conflicts(claims, reading="strict", window=window):
        assert conflict.kind is not ConflictKind.DIVERGENCE
        assert conflict.reading is Reading.STRICT


@given(claim_sets, readings)
def test_zero_window_keeps_only_same_day_counts(
    claims: list[Claim], reading: Reading
) -> None:
    by_id = {c.id: c for c in ClaimSet(claims)}
    narrow = reported(find_conflicts(claims, reading=reading, window=timedelta(0)))
    wide = reported(find_conflicts(claims, reading=reading, window=timedelta(366)))
    assert narrow <= wide
    for pair in narrow:
        x, y = (by_id[i] for i in pair)
        dx, dy = _dates(x), _dates(y)
        if x.figure.kind == "number":  # times are compared whenever said
            assert not dx or not dy or dx & dy


@given(claim_sets, readings)
def test_severity_ranks_the_report(claims: list[Claim], reading: Reading) -> None:
    report = find_conflicts(claims, reading=reading)
    severities = [c.severity for c in report]
    assert severities == sorted(severities, reverse=True)
    assert all(0 <= s <= 1 for s in severities)
    floor = severities[len(severities) // 2] if severities else 0.5
    kept = find_conflicts(claims, reading=reading, min_severity=floor)
    assert list(kept) == [c for c in report if c.severity >= floor]


ends = st.one_of(
    st.integers(-50, 50).map(float),
    st.sampled_from([-math.inf, math.inf]),
)
intervals = st.tuples(ends, ends).map(lambda t: (min(t), max(t)))
rows = st.lists(
    st.builds(
        GroupRow,
        intervals,
        intervals,
        st.lists(st.integers(0, 40), max_size=3).map(lambda d: tuple(sorted(set(d)))),
        st.booleans(),
        st.booleans(),
    ),
    max_size=8,
)


def _verdict(a: GroupRow, b: GroupRow, reading: Reading) -> tuple[Verdict, float]:
    """The plain comparison, or the running one for two dated running rows."""
    if a.running and b.running and a.days and b.days:
        if a.days[-1] < b.days[0]:
            return compare_running(
                a.strict, a.pragmatic, b.strict, b.pragmatic, reading
            )
        if b.days[-1] < a.days[0]:
            return compare_running(
                b.strict, b.pragmatic, a.strict, a.pragmatic, reading
            )
    return compare_bounds(a.strict, a.pragmatic, b.strict, b.pragmatic, reading)


@given(rows, readings, st.integers(0, 50))
def test_compare_group_is_compare_bounds_on_every_pair(
    group: list[GroupRow], reading: Reading, window_days: int
) -> None:
    # compare_group inlines compare_bounds for speed: same verdicts, same gaps.
    expected = []
    for i, j in combinations(range(len(group)), 2):
        a, b = group[i], group[j]
        verdict, gap = _verdict(a, b, reading)
        distance = closest_days(a.days, b.days)
        if verdict is Verdict.AGREE or (
            a.windowed
            and b.windowed
            and distance is not None
            and distance > window_days
        ):
            continue
        expected.append((i, j, verdict, gap, distance))
    got = compare_group(group, reading=reading, window_days=window_days)
    assert [tuple(p) for p in got] == expected
