"""Score extracted claims against the seed gold: figures, questions, speakers, chains.

Usage::

    python benchmarks/extraction_eval.py                  # run extraction on the seeds
    python benchmarks/extraction_eval.py --claims examples/coalition/claims.jsonl
    python benchmarks/extraction_eval.py --json           # machine-readable results
    python benchmarks/extraction_eval.py --misses         # list misses and false hits

The rules are those of ``shared/eval/README.md``; ``benchmarks/EVAL.md`` says
how each is read here. In short: a gold line's candidates are the extracted
attributions of its document whose span overlaps an occurrence of its
``span_hint``; pairs are assigned greedily (figure agreement, then overlap,
then speaker and chain agreement), each attribution to at most one gold line.
A figure is right when value, hedge and unit agree. Extra attributions on a
gold span that repeat its figure (a caption printed twice, one figure with two
speakers) are duplicates, neither right nor wrong. Every other attribution
that is not a right figure is a false hit. The conflict block checks the
expectations of ``shared/eval/seed_conflicts.md`` on the same claims.

Exit status: 0 whatever the scores; 2 when the gold, the corpus, the claim file
or the extraction API is missing.
"""

from __future__ import annotations

import argparse
import calendar
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import claimtrack as ct
from claimtrack.dates import time_bounds

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FUZZY_THRESHOLD = 80.0
Figure = ct.NumberFigure | ct.TimeFigure

# Gold qualifier -> our hedges. Times: "by" and "no later than" have the same
# bounds in claimtrack.dates.time_bounds, so both are read as a deadline.
_NUMBER_HEDGES = {
    "exact": {"exact"},
    "approx": {"about"},
    "more_than": {"more_than"},
    "at_least": {"at_least"},
    "less_than": {"less_than"},
    "at_most": {"at_most"},
    "range": {"range", "vague"},
}
_TIME_HEDGES = {**_NUMBER_HEDGES, "range": {"range"}, "by": {"by", "at_most"}}
# An interval gold ("early 2024" = 2024-01/2024-03) says its vagueness by its
# shape; ours says it by part or value_high, so the hedge carries nothing more.
_INTERVAL_HEDGES = {"exact", "about", "range"}
_UNIT_SYNONYMS = {"soldier": "troop", "personnel": "troop", "fighter": "troop"}
# Gold speaker descriptions that denote an anonymous group.
_ANONYMOUS_WORDS = {"anonymous", "unnamed", "source", "sources", "estimates"}
_GROUP_WORDS = {"officials", "diplomats", "sources"}
_GENERIC_CAPITALS = {"US", "U.S.", "Iraqi", "Iraq", "American", "Washington", "The"}
# The gold's named speakers and sources in English and Arabic, for when the
# alias table of claimtrack.names is missing or lacks them.
_TRANSLIT = {
    "hussein allawi": ("hussein allawi", "حسين علاوي", "علاوي"),
    "pentagon": ("pentagon", "البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية"),
    "us embassy": ("us embassy", "السفارة الأمريكية", "السفارة الأميركية"),
    "joint statement": ("joint statement", "البيان المشترك", "بيان مشترك"),
    "reuters": ("reuters", "رويترز"),
    "the national": ("the national", "ذا ناشيونال", "ذي ناشنال"),
    "new york times": ("new york times", "nyt", "نيويورك تايمز"),
    "iraqi news agency": ("iraqi news agency", "ina", "واع", "وكالة الأنباء العراقية"),
}


class EvalInputError(Exception):
    """A missing or unreadable input: the script exits 2 with this message."""


# Inputs ---------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    """One gold claim occurrence (a line of ``seed_gold.jsonl``)."""

    id: str
    doc: str
    subject: str
    value: Any
    qualifier: str
    unit: str | None
    speaker: str | None
    via: tuple[str, ...]
    span_hint: str
    core: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Gold:
        """Build a gold line from its JSON object."""
        return cls(
            id=data["id"],
            doc=data["doc"],
            subject=data["subject"],
            value=data["value"],
            qualifier=data["qualifier"],
            unit=data.get("unit"),
            speaker=data.get("speaker"),
            via=tuple(data.get("via") or ()),
            span_hint=data["span_hint"],
            core=bool(data.get("core")),
        )

    def expected(self) -> str:
        """Describe the gold figure for reports."""
        value = self.value
        text = f"{value[0]}–{value[1]}" if isinstance(value, list) else str(value)
        unit = f" {self.unit}" if self.unit else ""
        return f"{text}{unit} [{self.qualifier}]"


@dataclass(frozen=True)
class Hit:
    """One extracted attribution, with the claim that carries it."""

    index: int
    claim: ct.Claim
    attribution: ct.Attribution

    @property
    def doc(self) -> str:
        """Return the document's file name (ids may be paths)."""
        return Path(self.attribution.document.id).name

    @property
    def span(self) -> tuple[int, int]:
        """Return the evidence span."""
        return self.attribution.span.start, self.attribution.span.end


def load_gold(path: Path) -> list[Gold]:
    """Read the gold lines."""
    if not path.is_file():
        raise EvalInputError(f"gold file not found: {path}")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Gold.from_json(json.loads(line)) for line in lines if line.strip()]


def load_texts(corpus: Path) -> dict[str, str]:
    """Read the corpus texts by file name."""
    texts = {
        p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))
    }
    if not texts:
        raise EvalInputError(f"corpus folder not found or empty: {corpus}")
    return texts


def to_hits(claims: Iterable[ct.Claim]) -> list[Hit]:
    """Flatten claims into their attributions, numbered in file order."""
    pairs = [(c, a) for c in claims for a in c.attributions]
    return [Hit(i, c, a) for i, (c, a) in enumerate(pairs)]


def _extraction_api(*modules: Any) -> Callable[[Path], list[ct.Claim]] | None:
    """Return a corpus extractor from ``extract_corpus`` or ``extract``, or None."""
    for module in modules:
        corpus_fn = getattr(module, "extract_corpus", None)
        if callable(corpus_fn):
            return lambda path: _as_claims(corpus_fn(path))
    for module in modules:
        extract = getattr(module, "extract", None)  # not the extract/ subpackage
        if callable(extract):
            return lambda path: [c for d in _documents(path) for c in extract(d)]
    return None


def _as_claims(result: Any) -> list[ct.Claim]:
    # extract_corpus may return (claims, problems), like extract_all does.
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list):
        claims, problems = result
        for problem in problems:
            print(f"extraction_eval: extraction problem: {problem}", file=sys.stderr)
        return list(claims)
    return list(result)


def _source(name: str | None, name_ar: str | None) -> ct.Source | None:
    if not name:
        return None
    return ct.Source(name=name, names={"ar": name_ar} if name_ar else {})


def _documents(corpus: Path) -> list[ct.Document]:
    index = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    return [
        ct.Document(
            id=row["file"],
            source=_source(row.get("outlet"), row.get("outlet_ar")),
            published=row.get("published"),
            published_basis=row.get("published_basis"),
            lang=row.get("language"),
            text=(corpus / row["file"]).read_text(encoding="utf-8"),
        )
        for row in index
    ]


def run_extraction(corpus: Path) -> list[ct.Claim]:
    """Extract claims from the corpus with the library's extraction API."""
    # claimtrack is asked first: importing claimtrack.extract rebinds the name
    # claimtrack.extract from any re-exported function to the subpackage.
    failed = []
    for name in ("claimtrack", "claimtrack.extract", "claimtrack.extract.pipeline"):
        try:
            module = importlib.import_module(name)
        except ImportError as error:  # the extraction modules are being written
            failed.append(f"{name}: {error}")
            continue
        extractor = _extraction_api(module)
        if extractor is not None:
            return extractor(corpus)
    raise EvalInputError(
        "claimtrack has no extraction API yet (no extract_corpus(path) or "
        "extract(document) in claimtrack or claimtrack.extract); score a claim "
        "file with --claims" + "".join(f" [{f}]" for f in failed)
    )


# Figure, speaker and chain checks ---------------------------------------------


@dataclass(frozen=True)
class FigureCheck:
    """Which parts of a figure agree with the gold."""

    value: bool
    hedge: bool
    unit: bool

    @property
    def ok(self) -> bool:
        """Whether the whole figure is right."""
        return self.value and self.hedge and self.unit


def _within_2x(a: float, b: float) -> bool:
    return a == b or (min(a, b) > 0 and max(a, b) / min(a, b) <= 2)


def _iso_period(text: str) -> tuple[int, int]:
    granularity = "day" if len(text) == 10 else "month" if len(text) == 7 else "year"
    first, last = ct.TimeFigure(value=text, granularity=granularity).period()
    return first.toordinal(), last.toordinal()


def _our_interval(figure: ct.TimeFigure) -> tuple[int, int]:
    if figure.value_high is not None or figure.part is ct.Part.WHOLE:
        first, last = figure.period()
        return first.toordinal(), last.toordinal()
    exact = figure.model_copy(update={"hedge": ct.Hedge.EXACT})
    bounds = time_bounds(exact, ct.Reading.PRAGMATIC)
    assert bounds is not None  # a resolved figure always has bounds
    return int(bounds[0]), int(bounds[1])


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0]) + 1
    return max(0, inter) / (max(a[1], b[1]) - min(a[0], b[0]) + 1)


def time_value_ok(gold: str, figure: ct.TimeFigure) -> bool:
    """Compare a gold ISO date, "end of" day or ``A/B`` interval with a time."""
    if figure.value is None:
        return False
    if "/" in gold:  # an interval: about the same period (overlap >= half the union)
        start, end = gold.split("/")
        interval = (_iso_period(start)[0], _iso_period(end)[1])
        return _iou(interval, _our_interval(figure)) >= 0.5
    if figure.value_high is not None:
        return False
    granularity = {4: "year", 7: "month", 10: "day"}[len(gold)]
    if figure.part is ct.Part.WHOLE:
        return figure.value == gold and figure.granularity.value == granularity
    if granularity != "day" or figure.part is not ct.Part.END:
        return False
    day = date.fromisoformat(gold)  # "end of" a month or a year is its last day
    if figure.granularity is ct.Granularity.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.day == last and figure.value == gold[:7]
    return (day.month, day.day) == (12, 31) and figure.value == gold[:4]


def number_value_ok(gold: Any, figure: ct.NumberFigure) -> bool:
    """Compare a gold number or ``[low, high]`` with a number figure."""
    if isinstance(gold, list):
        if figure.low is None or figure.high is None:
            return False
        if (figure.low, figure.high) == (gold[0], gold[1]):
            return True
        # A vague word's conventional range may differ from the gold's a little.
        return (
            figure.hedge is ct.Hedge.VAGUE
            and _within_2x(gold[0], figure.low)
            and _within_2x(gold[1], figure.high)
        )
    return figure.value is not None and float(figure.value) == float(gold)


def unit_key(unit: str) -> str:
    """Reduce a unit to a lemma: "countries and organisations" -> "country"."""
    head = unit.lower().split(" and ")[0].split()[-1]
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return _UNIT_SYNONYMS.get(head, head)


def check_figure(gold: Gold, figure: Figure) -> FigureCheck:
    """Check value, hedge and unit of an extracted figure against a gold line."""
    hedge = figure.hedge.value
    if isinstance(figure, ct.TimeFigure):
        if not isinstance(gold.value, str):
            return FigureCheck(False, False, True)
        interval = "/" in gold.value
        hedges = _INTERVAL_HEDGES if interval else _TIME_HEDGES.get(gold.qualifier, ())
        return FigureCheck(time_value_ok(gold.value, figure), hedge in hedges, True)
    if isinstance(gold.value, str):
        return FigureCheck(False, False, gold.unit is None)
    unit = gold.unit is None or (
        figure.unit is not None and unit_key(gold.unit) == unit_key(figure.unit)
    )
    hedges = _NUMBER_HEDGES.get(gold.qualifier, set())
    return FigureCheck(number_value_ok(gold.value, figure), hedge in hedges, unit)


def _translit_keys(name: str) -> set[str]:
    low = name.lower()
    return {k for k, forms in _TRANSLIT.items() if any(f in low for f in forms)}


@cache
def _library_matcher() -> Callable[[str, str], bool] | None:
    try:
        from claimtrack.names import match_name
    except ImportError:
        return None
    return lambda a, b: bool(match_name(a, b))


def names_match(a: str, b: str) -> bool:
    """Whether two names denote the same entity, across English and Arabic."""
    if _translit_keys(a) & _translit_keys(b):
        return True
    library = _library_matcher()
    if library is not None:
        return library(a, b)
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= FUZZY_THRESHOLD


def speaker_class(description: str | None) -> str:
    """Classify a gold speaker: ``outlet``, ``anonymous`` or ``named``."""
    if description is None:
        return "outlet"
    words = set(re.findall(r"\w+", description.lower()))
    return "anonymous" if words & (_ANONYMOUS_WORDS | _GROUP_WORDS) else "named"


def _proper_names(description: str) -> list[str]:
    words = re.findall(r"[\w.]+", description)
    return [w for w in words if w[0].isupper() and w not in _GENERIC_CAPITALS]


def speaker_ok(gold: str | None, speaker: ct.Speaker) -> bool:
    """Check an extracted speaker against a gold speaker description."""
    kind = speaker_class(gold)
    if kind == "outlet" or speaker.is_outlet:
        return kind == "outlet" and speaker.is_outlet
    assert gold is not None
    if speaker.kind is ct.SpeakerKind.ANONYMOUS:
        return kind == "anonymous"
    if kind == "anonymous":  # "Pentagon officials" may be kept as the Pentagon
        return any(names_match(n, speaker.name) for n in _proper_names(gold))
    return names_match(gold, speaker.name)


def _source_keys(name: str) -> set[str]:
    forms = {name, re.sub(r"\s*\([^)]*\)", "", name), *re.findall(r"\(([^)]*)\)", name)}
    keys = {re.sub(r"^the\s+", "", f.strip().lower()) for f in forms if f.strip()}
    return keys | _translit_keys(name)


def via_ok(gold: Sequence[str], chain: Sequence[ct.Source]) -> bool:
    """Compare the gold ``via`` with a citation chain, as sets of sources."""
    if len(set(gold)) != len({s.id for s in chain}):
        return False
    ours = [_source_keys(s.name) | {s.id} for s in chain]
    return all(any(_source_keys(g) & keys for keys in ours) for g in gold)


# Matching and scores ----------------------------------------------------------


@dataclass
class Matching:
    """Gold lines paired with attributions, and what became of the rest."""

    pairs: dict[str, Hit] = field(default_factory=dict)
    checks: dict[str, FigureCheck] = field(default_factory=dict)
    duplicates: list[Hit] = field(default_factory=list)
    false_hits: list[tuple[Hit, str]] = field(default_factory=list)
    unfound: list[str] = field(default_factory=list)


_NO = FigureCheck(False, False, False)


def find_spans(text: str, hint: str) -> list[tuple[int, int]]:
    """Return every occurrence of a hint; any run of spaces matches any other.

    Python's ``\\s`` matches the no-break space the gold notes in one seed.
    """
    words = hint.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[Gold], hits: Sequence[Hit], texts: dict[str, str]) -> Matching:
    """Pair gold lines with extracted attributions, greedily.

    Candidates overlap an occurrence of the gold's span hint in the same
    document. Pairs are taken in order of figure agreement, overlap size,
    speaker and chain agreement; figure agreement leads so that two gold lines
    on one span ("September 2025 and 2026") each get their own figure.
    """
    result = Matching()
    spans: dict[str, list[tuple[int, int]]] = {}
    by_doc: dict[str, list[Hit]] = {}
    for h in hits:
        by_doc.setdefault(h.doc, []).append(h)
    candidates = []
    for g in gold:
        spans[g.id] = find_spans(texts.get(g.doc, ""), g.span_hint)
        if not spans[g.id]:
            result.unfound.append(g.id)
        for h in by_doc.get(g.doc, []):
            size = max((_overlap(h.span, s) for s in spans[g.id]), default=0)
            if size == 0:
                continue
            a = h.attribution
            check = check_figure(g, h.claim.figure)
            rank = (
                check.ok,
                check.value,
                size,
                speaker_ok(g.speaker, a.speaker),
                via_ok(g.via, a.citation_chain),
                -h.index,
            )
            candidates.append((rank, g, h, check))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used: set[int] = set()
    for _, g, h, check in candidates:
        if g.id not in result.pairs and h.index not in used:
            result.pairs[g.id], result.checks[g.id] = h, check
            used.add(h.index)
    for g_id, h in result.pairs.items():
        if not result.checks[g_id].ok:
            result.false_hits.append((h, f"wrong figure for {g_id}"))
    for h in hits:
        if h.index in used:
            continue
        on = [c for c in candidates if c[2].index == h.index]
        repeats = [c for c in on if c[3].ok and result.checks.get(c[1].id, _NO).ok]
        if repeats:
            result.duplicates.append(h)
        elif on:
            names = ", ".join(sorted({c[1].id for c in on}))
            result.false_hits.append((h, f"unpaired on the span of {names}"))
        else:
            result.false_hits.append((h, "no gold span"))
    return result


def _prf(tp: int, predicted: int, actual: int) -> dict[str, float | int]:
    p = tp / predicted if predicted else 0.0
    r = tp / actual if actual else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "predicted": predicted}


def score(gold: Sequence[Gold], m: Matching) -> dict[str, Any]:
    """Return P/R/F1 per dimension on core and all, and component counts."""
    spurious = sum(1 for _, why in m.false_hits if not why.startswith("wrong figure"))
    out: dict[str, Any] = {}
    for scope in ("core", "all"):
        lines = [g for g in gold if scope == "all" or g.core]
        paired = [(g, m.pairs[g.id], m.checks[g.id]) for g in lines if g.id in m.pairs]
        # Attributions paired with lines outside the scope are left out of it;
        # attributions on no gold line count against both scopes.
        predicted = len(paired) + spurious
        right = {
            "figures": [c.ok for _, _, c in paired],
            "speakers": [
                speaker_ok(g.speaker, h.attribution.speaker) for g, h, _ in paired
            ],
            "chains": [
                via_ok(g.via, h.attribution.citation_chain) for g, h, _ in paired
            ],
        }
        right["all_fields"] = [
            f and s and v
            for f, s, v in zip(
                right["figures"], right["speakers"], right["chains"], strict=True
            )
        ]
        block: dict[str, Any] = {"gold": len(lines), "matched": len(paired)}
        for name, flags in right.items():
            block[name] = _prf(sum(flags), predicted, len(lines))
            block[name]["accuracy"] = sum(flags) / len(flags) if flags else 0.0
        block["components"] = {
            part: sum(getattr(c, part) for _, _, c in paired)
            for part in ("value", "hedge", "unit")
        }
        block["questions"] = question_pairs(
            [(g.subject, h.claim.question.key) for g, h, _ in paired]
        )
        out[scope] = block
    return out


def question_pairs(items: Sequence[tuple[str, str]]) -> dict[str, float | int]:
    """Score "same question" decisions over pairs of matched gold lines.

    Args:
        items: ``(gold subject, our question key)`` per matched gold line.

    Returns:
        Pairwise precision (of our same-key pairs, the share the gold also
        groups), recall (of the gold's same-subject pairs, the share we group)
        and F1.
    """
    both = ours = theirs = 0
    for i, (gi, qi) in enumerate(items):
        for gj, qj in items[i + 1 :]:
            same_gold, same_ours = gi == gj, qi == qj
            both += same_gold and same_ours
            ours += same_ours
            theirs += same_gold
    result = _prf(both, ours, theirs)
    result["gold_pairs"] = theirs
    return result


# Conflict expectations (shared/eval/seed_conflicts.md) -------------------------


def is_figure(f: Figure, spec: str) -> bool:
    """Whether a figure fits a spec: ``n 86``, ``n 60 more_than``, ``n 200-999``,
    ``t 2026-09`` (a date prefix) or ``t 2026 end`` (with a part)."""
    kind, value, *rest = spec.split()
    if kind == "t":
        return (
            isinstance(f, ct.TimeFigure)
            and (f.value or "").startswith(value)
            and (not rest or f.part.value == rest[0])
        )
    if not isinstance(f, ct.NumberFigure):
        return False
    if "-" in value:
        low, high = (float(x) for x in value.split("-"))
        return (f.low, f.high) == (low, high)
    return f.value == float(value) and (not rest or f.hedge.value == rest[0])


Sides = tuple[tuple[str, ...], tuple[str, ...]]
EXPECTED: dict[str, tuple[str, Sides]] = {
    "A1": ("coalition size: 86 vs more than 60", (("n 86",), ("n 60 more_than",))),
    "A2": (
        "final phase: end of 2026 vs September 2026",
        (("t 2026 end", "t 2026-12"), ("t 2026-09",)),
    ),
    "A3": (
        "(borderline, either way) September 2024 vs late 2024",
        (("t 2024-09",), ("t 2024 late",)),
    ),
}
LOOKALIKES: dict[str, Sides] = {
    "2,500 vs 2,500 (2021 vs 2024/2025)": (("n 2500",), ("n 2500",)),
    "2021 deadline vs 2024 agreement deadlines": (("t 2021",), ("t 2025", "t 2026")),
    "attack counts 50 vs 140": (("n 50",), ("n 140",)),
    "2,500 in Iraq vs 900 in Syria": (("n 2500",), ("n 900",)),
    "hundreds leaving vs 2,500 in total": (("n 200-999",), ("n 2500",)),
    "100 concussions vs troop strength": (("n 100",), ("n 2500",)),
    "by next month vs September 2025": (("t 2025-09",), ("t 2025-09",)),
    "22 vs 23 July 2021 (two events)": (("t 2021-07-22",), ("t 2021-07-23",)),
    "26 vs 27 January 2024 (two events)": (("t 2024-01-26",), ("t 2024-01-27",)),
}


def sides_are(conflict: ct.Conflict, sides: Sides) -> bool:
    """Whether a conflict's two figures fit the two specs, in either order."""
    a, b = conflict.a.figure, conflict.b.figure

    def fits(f: Figure, specs: tuple[str, ...]) -> bool:
        return any(is_figure(f, spec) for spec in specs)

    first, second = sides
    return (fits(a, first) and fits(b, second)) or (fits(b, first) and fits(a, second))


def _row(c: ct.Conflict, **extra: Any) -> dict[str, Any]:
    row = {"kind": c.kind.value, "question": c.question.key}
    return row | {"a": str(c.a.figure), "b": str(c.b.figure)} | extra


def check_conflicts(claims: Sequence[ct.Claim]) -> dict[str, Any]:
    """Run find_conflicts and check the expected conflicts and look-alikes."""
    try:
        report = ct.find_conflicts(ct.ClaimSet(claims))
    except ct.ClaimtrackError as error:
        return {"error": str(error)}
    expected = {}
    for key, (label, sides) in EXPECTED.items():
        kinds = sorted({c.kind.value for c in report if sides_are(c, sides)})
        expected[key] = {"label": label, "found": bool(kinds), "kinds": kinds}
    return {
        "reported": [_row(c, severity=round(c.severity, 3)) for c in report],
        "expected": expected,
        "lookalikes": [
            _row(c, label=label)
            for label, sides in LOOKALIKES.items()
            for c in report
            if sides_are(c, sides)
        ],
    }


# Report -------------------------------------------------------------------------


def _evidence(h: Hit, texts: dict[str, str]) -> str:
    text = h.attribution.evidence
    if text is None and h.doc in texts:
        text = texts[h.doc][h.span[0] : h.span[1]]
    return " ".join((text or "").split())


def misses(gold: Sequence[Gold], m: Matching, texts: dict[str, str]) -> dict[str, Any]:
    """List misses, false hits and speaker/chain disagreements."""
    missed: list[dict[str, Any]] = []
    disagreements: list[dict[str, Any]] = []
    for g in gold:
        h = m.pairs.get(g.id)
        got = None if h is None else f"{h.claim.figure} «{_evidence(h, texts)}»"
        if h is None or not m.checks[g.id].ok:
            check = m.checks.get(g.id)
            wrong = [
                p for p in ("value", "hedge", "unit") if check and not getattr(check, p)
            ]
            missed.append(
                {
                    "id": g.id,
                    "core": g.core,
                    "doc": g.doc,
                    "span_hint": g.span_hint,
                    "expected": g.expected(),
                    "got": got,
                    "wrong": wrong,
                    "span_found": g.id not in m.unfound,
                }
            )
        if h is None:
            continue
        a = h.attribution
        if not speaker_ok(g.speaker, a.speaker):
            disagreements.append(
                {
                    "id": g.id,
                    "field": "speaker",
                    "expected": g.speaker,
                    "got": f"{a.speaker.kind.value}: {a.speaker.name}",
                }
            )
        if not via_ok(g.via, a.citation_chain):
            disagreements.append(
                {
                    "id": g.id,
                    "field": "via",
                    "expected": list(g.via),
                    "got": [s.name for s in a.citation_chain],
                }
            )
    paired = [(g, m.pairs[g.id].claim.question.key) for g in gold if g.id in m.pairs]
    questions = [
        {"ids": [gi.id, gj.id], "gold_same": gi.subject == gj.subject, "keys": [ki, kj]}
        for i, (gi, ki) in enumerate(paired)
        for gj, kj in paired[i + 1 :]
        if (gi.subject == gj.subject) != (ki == kj)
    ]
    false_hits = [
        {
            "doc": h.doc,
            "span": list(h.span),
            "evidence": _evidence(h, texts),
            "got": str(h.claim.figure),
            "why": why,
        }
        for h, why in m.false_hits
    ]
    return {
        "misses": missed,
        "false_hits": false_hits,
        "disagreements": disagreements,
        "questions": questions,
    }


def render(results: dict[str, Any], *, show_misses: bool) -> str:
    """Render the results as a readable table."""
    s, inp = results["scores"], results["input"]
    out = [
        "claimtrack extraction eval",
        f"  input: {inp['source']} — {inp['claims']} claims, {inp['attributions']} "
        f"attributions ({inp['duplicates']} duplicates not counted)",
        f"  gold:  {s['all']['gold']} lines ({s['core']['gold']} core); matched "
        f"spans: core {s['core']['matched']}/{s['core']['gold']}, "
        f"all {s['all']['matched']}/{s['all']['gold']}",
        "",
        f"{'':14}{'core':^31}  {'all':^31}",
        f"{'':14}" + "  ".join([f"{'P':>6} {'R':>6} {'F1':>6} {'tp/gold':>9}"] * 2),
    ]
    for name in ("figures", "speakers", "chains", "all_fields", "questions"):
        cells = []
        for scope in ("core", "all"):
            r = s[scope][name]
            total = r.get("gold_pairs", s[scope]["gold"])
            cells.append(
                f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                f"{r['tp']:>4}/{total:<4}"
            )
        out.append(f"{name:<14}" + "  ".join(cells))
    out.append("  (questions: pairwise 'same question' decisions over matched lines)")
    for scope in ("core", "all"):
        b = s[scope]
        c = b["components"]
        out.append(
            f"  {scope} matched lines right: value {c['value']}, hedge {c['hedge']}, "
            f"unit {c['unit']} of {b['matched']}; accuracy: speaker "
            f"{b['speakers']['accuracy']:.3f}, chain {b['chains']['accuracy']:.3f}"
        )
    out += ["", "conflicts (seed_conflicts.md):"]
    conflicts = results["conflicts"]
    if "error" in conflicts:
        out.append(f"  find_conflicts failed: {conflicts['error']}")
    else:
        out.append(f"  {len(conflicts['reported'])} reported")
        for key, e in conflicts["expected"].items():
            verdict = f"found ({', '.join(e['kinds'])})" if e["found"] else "NOT found"
            out.append(f"  {key} {e['label']}: {verdict}")
        names = [f"{x['label']} [{x['a']} / {x['b']}]" for x in conflicts["lookalikes"]]
        out.append(f"  C look-alikes reported: {'; '.join(names) or 'none'}")
        out += [
            f"    {r['kind']}: {r['question']}: {r['a']} / {r['b']}"
            for r in conflicts["reported"]
        ]
    if show_misses:
        lists = results["lists"]
        out += ["", f"misses ({len(lists['misses'])}):"]
        for x in lists["misses"]:
            where = "" if x["span_found"] else " (span hint not found in the text)"
            wrong = f" wrong: {', '.join(x['wrong'])}" if x["wrong"] else ""
            out.append(
                f"  {x['id']} {'core' if x['core'] else 'minor'} {x['doc']}{where}"
            )
            out.append(f"      span: «{x['span_hint']}»  expected {x['expected']}")
            out.append(f"      got: {x['got'] or 'no attribution on the span'}{wrong}")
        out.append(f"false hits ({len(lists['false_hits'])}):")
        for x in lists["false_hits"]:
            out.append(f"  {x['doc']} {x['span']} {x['got']} — {x['why']}")
            out.append(f"      evidence: «{x['evidence']}»")
        out.append(f"speaker/chain disagreements ({len(lists['disagreements'])}):")
        for x in lists["disagreements"]:
            out.append(
                f"  {x['id']} {x['field']}: expected {x['expected']!r}, "
                f"got {x['got']!r}"
            )
        out.append(f"question disagreements ({len(lists['questions'])} pairs):")
        for x in lists["questions"]:
            verdict = (
                "gold: same, ours: split"
                if x["gold_same"]
                else "gold: different, ours: same"
            )
            out.append(f"  {' / '.join(x['ids'])} {verdict}: {' / '.join(x['keys'])}")
    return "\n".join(out)


def evaluate(
    claims: Sequence[ct.Claim], gold: Sequence[Gold], texts: dict[str, str], source: str
) -> dict[str, Any]:
    """Match, score and check conflicts; return everything as plain data."""
    hits = to_hits(claims)
    # Spans index the text the extractor read; prefer it when it was kept.
    texts = texts | {
        h.doc: h.attribution.document.text
        for h in hits
        if h.attribution.document.text is not None
    }
    m = match(gold, hits, texts)
    return {
        "input": {
            "source": source,
            "claims": len(claims),
            "attributions": len(hits),
            "duplicates": len(m.duplicates),
            "unfound_spans": m.unfound,
        },
        "scores": score(gold, m),
        "conflicts": check_conflicts(claims),
        "lists": misses(gold, m, texts),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=Path, help="score this claim file (JSONL)")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "seeds")
    parser.add_argument(
        "--gold", type=Path, default=SHARED / "eval" / "seed_gold.jsonl"
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument(
        "--misses", action="store_true", help="list misses and false hits"
    )
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
        texts = load_texts(args.corpus)
        if args.claims is not None:
            if not args.claims.is_file():
                raise EvalInputError(f"claim file not found: {args.claims}")
            claims, source = ct.load_claims(args.claims), str(args.claims)
        else:
            claims, source = run_extraction(args.corpus), f"extraction of {args.corpus}"
    except (EvalInputError, ct.InvalidRecord) as error:
        print(f"extraction_eval: {error}", file=sys.stderr)
        return 2
    results = evaluate(claims, gold, texts, source)
    if args.json:
        if not args.misses:
            del results["lists"]
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(render(results, show_misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
