"""Benchmark merging and find_conflicts against a naive all-pairs baseline.

Usage::

    python benchmarks/bench_conflicts.py [--sizes 10000 100000 1000000]
                                         [--seed 0] [--quick] [--profile]

Each size runs in its own worker process, so that peak RSS belongs to that
size alone and a size that does not fit in memory is reported, not fatal.
Ratios are measured in the same run on the same machine; absolute times on a
shared machine are only indicative. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import itertools
import json
import math
import os
import platform
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claimtrack import (
    Attribution,
    Claim,
    ClaimSet,
    Document,
    Granularity,
    Hedge,
    NumberFigure,
    Part,
    Property,
    Question,
    Reading,
    Settings,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
    TimeFigure,
    Verdict,
    compare_figures,
    compare_group,
    find_conflicts,
)
from claimtrack.conflicts import GroupRow, row_of

READING = Reading.PRAGMATIC
WINDOW_DAYS = Settings().window.days
REPEAT_SHARE = 0.20  # share of claims that repeat an earlier question + figure
MAX_BLOCK = 150  # largest number of claims on one question
BLOCK_EXPONENT = 1.5  # p(k) ~ k^-1.5 on 1..150: mean ~9.4 claims per question
FIRST_DAY = date(2021, 1, 1)
DAYS_SPAN = 5 * 365  # publication dates spread over five years
_SPREAD = 0.12  # a question is news for about +-7 months (share of five years)

_NUMBER_SUBJECTS = [
    ("US troops", "troop"),
    ("coalition members", "country"),
    ("displaced people", "person"),
    ("airstrikes", "airstrike"),
    ("detainees", "detainee"),
    ("returnees", "person"),
    ("civilian deaths", "death"),
    ("rocket attacks", "attack"),
    ("aid convoys", "convoy"),
    ("reconstruction budget", "dollar"),
]
_TIME_SUBJECTS = [
    "withdrawal of US forces",
    "handover of bases",
    "parliamentary elections",
    "camp closure",
    "end of the coalition mission",
]
_PLACES = [None, "Iraq", "Syria", "Anbar", "Erbil", "Baghdad", "Deir ez-Zor"]
_PLACES += ["Al-Hol", "Raqqa", "Hasakah", "Kirkuk", "Mosul", "Ain al-Asad"]
_EVENTS = [None, None, "first phase", "second phase", "ceasefire", "offensive"]
_OUTLETS = ["Reuters", "AFP", "AP", "Enab Baladi", "Al-Mada", "INA", "Rudaw"]
_OUTLETS += ["The National", "Al Jazeera", "BBC Arabic", "Shafaq News", "Kurdistan 24"]
_OUTLETS += [f"Regional outlet {i}" for i in range(28)]


def _sig(x: float, digits: int, rounding: Any = round) -> float:
    """Round ``x`` to ``digits`` significant digits (news-style round numbers)."""
    if x <= 0:
        return 0.0
    scale = 10 ** (math.floor(math.log10(x)) - digits + 1)
    return float(max(scale, rounding(x / scale) * scale))


class Pools:
    """Shared Source, Speaker and Document objects, as in a real corpus."""

    def __init__(self, rng: random.Random, n_claims: int) -> None:
        self.sources = [Source(name=name) for name in _OUTLETS]
        self.speakers = [Speaker.outlet_voice()] * 30  # the outlet's own voice: 30%
        self.speakers += [
            Speaker(kind=SpeakerKind.PERSON, name=f"Official {i}", role="minister")
            for i in range(40)
        ]
        self.speakers += [
            Speaker(kind=SpeakerKind.OFFICE, name=f"Ministry {i}") for i in range(20)
        ]
        self.speakers += [
            Speaker(kind=SpeakerKind.ANONYMOUS, name="unnamed officials", count=c)
            for c in (2, 3, 5, None, None, None, None, None, None, None)
        ]
        self.chains: list[tuple[Source, ...]] = [()] * 14
        self.chains += [(s,) for s in self.sources[:4]]
        self.chains += [(self.sources[4], self.sources[0])] * 2
        n_docs = max(100, n_claims // 20)
        days = sorted(rng.randrange(DAYS_SPAN) for _ in range(n_docs))
        self.documents = [
            Document(
                id=f"doc-{k:07d}",
                source=None if rng.random() < 0.05 else rng.choice(self.sources),
                published=FIRST_DAY + timedelta(days=d),
                lang=rng.choice(("ar", "en")),
            )
            for k, d in enumerate(days)
        ]


def _number(rng: random.Random, c: float) -> dict[str, Any]:
    r = rng.random()
    if r < 0.40:
        return {"value": c}
    if r < 0.50:  # a slightly different exact count
        return {"value": max(1.0, c + rng.choice((-2, -1, 1, 2)) * max(1, c // 100))}
    if r < 0.68:
        return {"value": _sig(c, 2), "hedge": Hedge.ABOUT}
    if r < 0.78:
        return {"value": _sig(c, rng.choice((1, 2)), math.floor), "hedge": "more_than"}
    if r < 0.83:
        return {"value": _sig(c, 2, math.floor), "hedge": Hedge.AT_LEAST}
    if r < 0.88:
        return {"value": _sig(c, 2, math.ceil), "hedge": Hedge.LESS_THAN}
    low, high = _sig(c * 0.9, 2, math.floor), _sig(c * 1.1, 2, math.ceil)
    return {"low": low, "high": max(low, high), "hedge": Hedge.RANGE}


def _time(rng: random.Random, month: int) -> dict[str, Any]:
    y, m = divmod(month, 12)
    m += 1
    ym = f"{y}-{m:02d}"
    r = rng.random()
    if r < 0.25:
        return {"value": ym, "granularity": Granularity.MONTH}
    if r < 0.45:
        return {"value": ym, "granularity": Granularity.MONTH, "hedge": Hedge.BY}
    if r < 0.55:
        return {"value": str(y), "granularity": Granularity.YEAR}
    if r < 0.67:  # "by the end of 2026"
        return {"value": str(y), "part": Part.END, "hedge": Hedge.BY}
    if r < 0.72:
        return {"value": f"{y}-Q{(m - 1) // 3 + 1}", "granularity": "quarter"}
    if r < 0.80:
        part = (Part.EARLY, Part.MID, Part.LATE)[min(2, (m - 1) // 4)]
        return {"value": str(y), "part": part}
    if r < 0.85:
        return {"value": str(y), "value_high": str(y + 1), "hedge": Hedge.RANGE}
    if r < 0.90:
        day = f"{ym}-{rng.randint(1, 28):02d}"
        return {"value": day, "granularity": Granularity.DAY}
    hedge = Hedge.MORE_THAN if r < 0.95 else Hedge.ABOUT
    return {"value": ym, "granularity": Granularity.MONTH, "hedge": hedge}


class _Topic:
    """One question: its words, its camps (rival values), its time in the news."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.is_time = rng.random() < 0.3
        place, event = rng.choice(_PLACES), rng.choice(_EVENTS)
        if self.is_time:
            subject = rng.choice(_TIME_SUBJECTS)
            prop = rng.choice((Property.DEADLINE, Property.DATE))
            base = rng.randrange(2022 * 12, 2028 * 12)
            shifts = (-12, -6, -3, 3, 6, 12, 18)
            self.camps = [base] + [base + s for s in rng.sample(shifts, 2)]
            self.unit = None
        else:
            subject, self.unit = rng.choice(_NUMBER_SUBJECTS)
            prop = Property.COUNT if self.unit != "dollar" else Property.AMOUNT
            base = round(10 ** rng.uniform(1, 5))
            self.camps = [_sig(base * f, 2) for f in rng.sample((0.5, 0.7, 1.5, 2), 2)]
            self.camps.insert(0, float(base))
        # The window makes every question distinct: "attacks in the week of
        # 2023-10-17". Not "since": a tally since a date is a running total,
        # which may only grow, and most of its pairs would agree.
        since = FIRST_DAY + timedelta(days=index % 4000)
        self.words = {"subject": subject, "property": prop, "place": place}
        self.words |= {"event": event, "window": f"week of {since.isoformat()}"}
        self.n_camps = 1 + (rng.random() < 0.5) + (rng.random() < 0.2)
        self.centre = rng.random()  # where in the five years the question is news
        # Figures move with time (counts grow, deadlines slip): per spread unit.
        self.drift = rng.uniform(-0.2, 0.2) if not self.is_time else rng.uniform(0, 3)
        self.figures: list[tuple[dict[str, Any], float]] = []

    def question(self, rng: random.Random) -> Question:
        words = dict(self.words)
        if rng.random() < 0.1:  # spelled differently; the key folds it away
            words["subject"] = words["subject"].upper().replace(" ", "  ")
        return Question(**words)

    def new_figure(self, rng: random.Random) -> tuple[dict[str, Any], float]:
        """Return a figure's fields and when (0..1 over five years) it is said."""
        pos = min(0.999999, max(0.0, rng.gauss(self.centre, _SPREAD)))
        camp = self.camps[0 if rng.random() < 0.7 else rng.randrange(self.n_camps)]
        moved = self.drift * (pos - self.centre) / _SPREAD
        if self.is_time:
            fig = _time(rng, int(camp + round(moved)))
        else:
            fig = _number(rng, float(max(1, round(camp * (1 + moved)))))
            fig["unit"] = self.unit
        self.figures.append((fig, pos))
        return fig, pos


def _attributions(
    rng: random.Random, pools: Pools, pos: float
) -> tuple[Attribution, ...]:
    docs = pools.documents
    out = []
    for _ in range(rng.choices((1, 2, 3), weights=(6, 3, 1))[0]):
        # Outlets relay a figure within days or weeks of each other.
        at = min(0.999999, max(0.0, rng.gauss(pos, 0.01)))
        doc = docs[int(at * len(docs))]
        start = rng.randrange(5000)
        as_of = None
        if rng.random() < 0.2 and doc.published is not None:
            as_of = doc.published - timedelta(days=rng.randrange(30))
        out.append(
            Attribution(
                document=doc,
                speaker=rng.choice(pools.speakers),
                citation_chain=rng.choice(pools.chains),
                stance=rng.choice(list(Stance)),
                span=Span(start=start, end=start + rng.randrange(4, 40)),
                as_of=as_of,
            )
        )
    return tuple(out)


def generate(
    n: int, seed: int, *, max_seconds: float = math.inf
) -> tuple[list[Claim], dict[str, Any]]:
    """Return ``n`` synthetic claims (repeats included) and generation facts.

    Raises:
        TimeoutError: if generating takes longer than ``max_seconds``.
    """
    rng = random.Random(seed)
    start = time.perf_counter()
    pools = Pools(rng, n)
    weights = [k**-BLOCK_EXPONENT for k in range(1, MAX_BLOCK + 1)]
    cum = [sum(weights[: k + 1]) for k in range(MAX_BLOCK)]
    slots: list[int] = []
    topics: list[_Topic] = []
    while len(slots) < n:
        size = bisect.bisect_left(cum, rng.random() * cum[-1]) + 1
        slots += [len(topics)] * min(size, n - len(slots))
        topics.append(_Topic(rng, len(topics)))
    rng.shuffle(slots)
    # A question's first claim cannot be a repeat; raise the rate to compensate.
    p_repeat = REPEAT_SHARE * n / max(1, n - len(topics))
    claims: list[Claim] = []
    repeats = 0
    for i, t in enumerate(slots):
        topic = topics[t]
        if topic.figures and rng.random() < p_repeat:
            fig, pos = rng.choice(topic.figures)
            repeats += 1
        else:
            fig, pos = topic.new_figure(rng)
        figure = TimeFigure(**fig) if topic.is_time else NumberFigure(**fig)
        claims.append(
            Claim(
                question=topic.question(rng),
                figure=figure,
                attributions=_attributions(rng, pools, pos),
            )
        )
        if i % 10_000 == 0 and time.perf_counter() - start > max_seconds:
            raise TimeoutError(f"generated only {i:,} of {n:,} claims")
    facts = {
        "generate_s": time.perf_counter() - start,
        "questions": len({c.question.key for c in claims}),
        "explicit_repeats": repeats,
        "documents": len(pools.documents),
        "largest_block": max(_counts(slots)),
    }
    return claims, facts


def _counts(slots: Iterable[int]) -> list[int]:
    counts: dict[int, int] = defaultdict(int)
    for s in slots:
        counts[s] += 1
    return list(counts.values())


def check_valid(claims: Sequence[Claim], rng: random.Random, k: int = 300) -> int:
    """Round-trip a sample through JSON validation; return how many were checked."""
    sample = rng.sample(list(claims), min(k, len(claims)))
    for claim in sample:
        again = Claim.model_validate_json(claim.model_dump_json())
        if again != claim or again.id != claim.id:
            raise AssertionError(f"claim {claim.id} does not survive validation")
    return len(sample)


# -- the naive baseline: every pair, with the public compare_figures ---------


def _days(claim: Claim) -> list[int]:
    return sorted({d.toordinal() for a in claim.attributions if (d := a.when)})


def _naive_disagree(a: Any, b: Any, da: list[int], db: list[int]) -> bool:
    verdict = compare_figures(a, b, reading=READING).verdict
    if verdict is Verdict.AGREE or verdict is Verdict.UNKNOWN:
        return False
    # The window (change over time) applies to counts only: a deadline or the
    # date of an event does not drift with time.
    if not da or not db or a.kind != "number" or b.kind != "number":
        return True
    return min(abs(x - y) for x in da for y in db) <= WINDOW_DAYS


def naive_pairs(
    claims: Sequence[Claim], rows: Iterable[tuple[int, int, int]] | None = None
) -> list[tuple[int, int]]:
    """Return disagreeing pairs ``(i, j)`` by comparing every pair ``i < j``.

    ``rows`` restricts the scan to ``(i, j_from, j_to)`` segments (a sample);
    by default it is every pair: O(n²).
    """
    keys = [c.question.key for c in claims]
    figures = [c.figure for c in claims]
    days = [_days(c) for c in claims]
    n = len(claims)
    found = []
    for i, lo, hi in rows if rows is not None else ((i, i + 1, n) for i in range(n)):
        key, fig, di = keys[i], figures[i], days[i]
        for j in range(lo, hi):
            if keys[j] == key and _naive_disagree(fig, figures[j], di, days[j]):
                found.append((i, j))
    return found


def baseline(
    claims: Sequence[Claim], rng: random.Random, *, budget: float, sample: int
) -> dict[str, Any]:
    """Time the naive scan: fully if it fits ``budget`` seconds, else extrapolate.

    The estimate is stratified: pairs on different questions cost one key
    comparison (timed on random row segments of the real loop), pairs on the
    same question also cost ``compare_figures`` (timed on a sample of them).
    """
    n = len(claims)
    total = n * (n - 1) // 2
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_key[c.question.key].append(i)
    same = sum(len(v) * (len(v) - 1) // 2 for v in by_key.values())
    segments, covered = [], 0
    while covered < min(sample, total):
        i = rng.randrange(n - 1)
        lo = rng.randrange(i + 1, n)
        hi = min(n, lo + 1000)
        segments.append((i, lo, hi))
        covered += hi - lo
    t = time.perf_counter()
    naive_pairs(claims, segments)
    per_pair = (time.perf_counter() - t) / max(1, covered)
    # Pick same-question pairs uniformly: a block by its pair count, then a pair.
    blocks = [v for v in by_key.values() if len(v) > 1]
    weights = [len(v) * (len(v) - 1) for v in blocks]
    picked = [
        tuple(rng.sample(v, 2))
        for v in (rng.choices(blocks, weights, k=sample // 20) if blocks else [])
    ]
    figs, days = [c.figure for c in claims], [_days(c) for c in claims]
    t = time.perf_counter()
    for i, j in picked:
        _naive_disagree(figs[i], figs[j], days[i], days[j])
    per_same = (time.perf_counter() - t) / max(1, len(picked))
    estimate = (total - same) * per_pair + same * (per_pair + per_same)
    result = {"pairs": total, "same_question_pairs": same, "estimate_s": estimate}
    if estimate <= budget:
        t = time.perf_counter()
        naive_pairs(claims)
        result |= {"baseline_s": time.perf_counter() - t, "measured": True}
    else:
        result |= {"baseline_s": estimate, "measured": False}
    return result


# -- claimtrack: merge, find_conflicts, and the column path ------------------


def column_blocks(claims: Iterable[Claim]) -> list[list[GroupRow]]:
    """Reduce merged claims to GroupRow tuples per question (a backend's input)."""
    blocks: dict[str, list[GroupRow]] = defaultdict(list)
    for c in claims:
        if (row := row_of(c)) is not None:
            blocks[c.question.key].append(row)
    return [rows for rows in blocks.values() if len(rows) > 1]


def compare_blocks(blocks: Iterable[Sequence[GroupRow]]) -> int:
    """Run compare_group on every block; return the number of disagreeing pairs."""
    return sum(
        len(compare_group(rows, reading=READING, window_days=WINDOW_DAYS))
        for rows in blocks
    )


def conflict_pairs(report: Iterable[Any]) -> set[frozenset[str]]:
    """Return the claim-id pairs inside the conflicts' sides."""
    return {
        frozenset((x, y)) for c in report for x in c.a.claim_ids for y in c.b.claim_ids
    }


def _rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _timed(fn: Any, *args: Any) -> tuple[Any, float]:
    gc.collect()
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    """Generate ``n`` claims and time every stage; return the facts as a dict."""
    rng = random.Random(args.seed + 1)
    try:
        claims, facts = generate(n, args.seed, max_seconds=args.max_generate_seconds)
    except TimeoutError as e:
        return {"n": n, "status": f"generation too slow: {e}", "peak_mb": _peak_mb()}
    facts |= {"n": n, "status": "ok", "validated": check_valid(claims, rng)}
    facts["rss_generated_mb"] = _rss_mb()
    merged, facts["merge_s"] = _timed(ClaimSet, claims)
    facts["distinct"] = len(merged)
    facts["attributions"] = merged.attribution_count
    report, facts["find_s"] = _timed(find_conflicts, merged)
    facts["conflicts"] = len(report)
    facts["rss_after_find_mb"] = _rss_mb()
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(find_conflicts, merged)
        stats = pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative")
        stats.print_stats(25)
    del report
    distinct = list(merged)
    blocks = column_blocks(distinct)
    facts["column_pairs"], facts["column_s"] = _timed(compare_blocks, blocks)
    del blocks
    facts |= baseline(distinct, rng, budget=args.baseline_budget, sample=args.sample)
    facts["peak_mb"] = _peak_mb()
    return facts


def check_correct(n: int, seed: int) -> tuple[bool, int]:
    """Return whether naive all-pairs and find_conflicts find the same pairs."""
    claims, _ = generate(n, seed)
    distinct = list(ClaimSet(claims))
    naive = {
        frozenset((distinct[i].id, distinct[j].id)) for i, j in naive_pairs(distinct)
    }
    found = conflict_pairs(find_conflicts(distinct))
    return naive == found, len(naive)


# -- the parent: run each size in a worker, print the table -------------------


def _worker(n: int, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", str(n), "--seed", str(args.seed)]
    for name in ("baseline_budget", "sample", "max_generate_seconds"):
        cmd += ["--" + name.replace("_", "-"), str(getattr(args, name))]
    cmd += ["--profile"] if args.profile else []
    try:
        proc = subprocess.run(
            cmd, stdout=subprocess.PIPE, text=True, timeout=args.timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"n": n, "status": f"did not finish within {args.timeout:.0f} s"}
    if proc.returncode != 0:
        why = "killed (likely out of memory)" if proc.returncode < 0 else "failed"
        return {"n": n, "status": f"worker {why}, exit code {proc.returncode}"}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _fmt(x: float | None, digits: int = 2) -> str:
    return "-" if x is None else f"{x:,.{digits}f}"


def _n(n: int) -> str:
    """Write 10000 as 10^4, other sizes with thousands separators."""
    power = round(math.log10(n)) if n > 0 else 0
    return f"10^{power}" if n == 10**power else f"{n:,}"


def _x(ratio: float) -> str:
    return f"{ratio:,.1f}x" if ratio < 10 else f"{ratio:,.0f}x"


def print_table(results: list[dict[str, Any]]) -> None:
    """Print one row per size, then the ratio, growth and memory lines."""
    head = (
        f"{'claims':>9} {'distinct':>9} {'questions':>9} {'merge s':>8} "
        f"{'find s':>8} {'conflicts':>9} {'µs/claim':>8} {'column s':>8} "
        f"{'baseline s':>11} {'':4} {'base/find':>9} {'base/col':>9} {'RSS MB':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        if r.get("status") != "ok":
            print(f"{r['n']:>9,} {r['status']}")
            continue
        per = (r["merge_s"] + r["find_s"]) / r["n"] * 1e6
        print(
            f"{r['n']:>9,} {r['distinct']:>9,} {r['questions']:>9,} "
            f"{r['merge_s']:>8.2f} {r['find_s']:>8.2f} {r['conflicts']:>9,} "
            f"{per:>8.1f} {r['column_s']:>8.2f} {r['baseline_s']:>11,.1f} "
            f"{'meas' if r['measured'] else 'extr':4} "
            f"{_x(r['baseline_s'] / r['find_s']):>9} "
            f"{_x(r['baseline_s'] / r['column_s']):>9} {r['peak_mb']:>7,.0f}"
        )
    print()
    ok = [r for r in results if r.get("status") == "ok"]
    for r in ok:
        how = "measured" if r["measured"] else "extrapolated"
        print(
            f"ratio baseline/claimtrack at n={r['n']:,}: "
            f"{_x(r['baseline_s'] / r['find_s'])} vs find_conflicts, "
            f"{_x(r['baseline_s'] / (r['merge_s'] + r['find_s']))} vs merge + "
            f"find_conflicts, {_x(r['baseline_s'] / r['column_s'])} vs the column "
            f"path (baseline {how}: {r['pairs']:,} pairs of distinct claims, "
            f"{r['same_question_pairs']:,} on the same question, "
            f"estimate {r['estimate_s']:,.1f} s)"
        )
    for stage in ("merge", "find", "column"):
        steps = [
            f"t({_n(b['n'])})/t({_n(a['n'])}) = {b[stage + '_s'] / a[stage + '_s']:.1f}"
            f" for x{b['n'] / a['n']:.0f} claims"
            for a, b in itertools.pairwise(ok)
        ]
        if steps:
            name = {"find": "find_conflicts", "column": "column path"}.get(stage, stage)
            print(f"growth {name}: {'; '.join(steps)} (x10 per x10 is linear)")
    for r in ok:
        print(
            f"n={r['n']:,}: generated in {r['generate_s']:.1f} s "
            f"({r['explicit_repeats']:,} explicit repeats, {r['documents']:,} "
            f"documents, largest question {r['largest_block']} claims, "
            f"{r['validated']} claims re-validated); RSS after generation "
            f"{_fmt(r['rss_generated_mb'], 0)} MB, after find_conflicts "
            f"{_fmt(r['rss_after_find_mb'], 0)} MB, peak {r['peak_mb']:,.0f} MB; "
            f"column path found {r['column_pairs']:,} disagreeing pairs"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit code."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10**4, 10**5, 10**6])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quick", action="store_true", help="sizes 1000 and 10000")
    p.add_argument("--profile", action="store_true", help="cProfile find_conflicts")
    p.add_argument("--baseline-budget", type=float, default=60.0, metavar="S")
    p.add_argument("--sample", type=int, default=2_000_000, metavar="PAIRS")
    p.add_argument("--max-generate-seconds", type=float, default=900.0, metavar="S")
    p.add_argument("--timeout", type=float, default=3600.0, metavar="S")
    p.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        print(json.dumps(run_size(args.worker, args)))
        return 0
    if args.quick:
        args.sizes, args.baseline_budget, args.sample = [1000, 10_000], 5.0, 200_000
    print(
        f"claimtrack benchmark {date.today()} | Python {platform.python_version()} | "
        f"{platform.machine()} | {os.cpu_count()} cores | seed {args.seed} | "
        f"reading {READING.value}, window {WINDOW_DAYS} days"
    )
    same, n_pairs = check_correct(1000, args.seed)
    verdict = "OK" if same else "MISMATCH"
    print(f"correctness n=1,000: naive pairs == find_conflicts pairs: {verdict}")
    print(f"  ({n_pairs:,} disagreeing pairs)\n", flush=True)
    results = []
    for n in args.sizes:
        results.append(_worker(n, args))
        print(f"n={n:,}: {results[-1].get('status')}", file=sys.stderr, flush=True)
    print_table(results)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
