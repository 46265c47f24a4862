"""The extraction scorer in benchmarks/: matching and scoring on tiny inputs.

Every text below is written for these tests; none is taken from the corpus.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

import claimtrack as ct

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCRIPT = REPO / "benchmarks" / "extraction_eval.py"
EXAMPLE = REPO / "examples" / "coalition" / "claims.jsonl"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_eval", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


ev = _load()

TEXT = (
    "The ministry counted 40 drones over the border in May 2023. "
    "A spokesman said the base closes in March and June 2027. "
    "Analysts put the garrison near 1,200 troops."
)
DOC = ct.Document(
    id="note.txt", source=ct.Source(name="The Test Gazette"), lang="en", text=TEXT
)
OUTLET = ct.Speaker.outlet_voice()
SPOKESMAN = ct.Speaker(kind="person", name="Omar Nadim")


def gold(**fields: Any) -> Any:
    base = {
        "id": "G-1",
        "doc": "note.txt",
        "subject": "drones seen",
        "value": 40,
        "qualifier": "exact",
        "unit": "drones",
        "speaker": None,
        "via": [],
        "span_hint": "counted 40 drones",
        "core": True,
    }
    return ev.Gold.from_json(base | fields)


def claim(
    figure: ct.NumberFigure | ct.TimeFigure,
    evidence: str,
    *,
    subject: str = "drones seen",
    speaker: ct.Speaker = OUTLET,
    nth: int = 0,
) -> ct.Claim:
    start = [m.start() for m in re.finditer(re.escape(evidence), TEXT)][nth]
    attribution = ct.Attribution(
        document=DOC,
        speaker=speaker,
        span=ct.Span(start=start, end=start + len(evidence)),
    )
    question = ct.Question(subject=subject, property="count")
    return ct.Claim(question=question, figure=figure, attributions=(attribution,))


# Spans -------------------------------------------------------------------------


def test_find_spans_sees_every_occurrence_and_any_space() -> None:
    text = "one two\u00a0three, then one two three"
    assert ev.find_spans(text, "two three") == [(4, 13), (24, 33)]
    assert ev.find_spans(text, "four") == []


# Figures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "lemma"),
    [
        ("troops", "troop"),
        ("countries", "country"),
        ("countries and international organisations", "country"),
        ("officials", "official"),
        ("PMF members", "member"),
        ("soldiers", "troop"),
    ],
)
def test_unit_key_reduces_to_a_lemma(unit: str, lemma: str) -> None:
    assert ev.unit_key(unit) == lemma


@pytest.mark.parametrize(
    ("fields", "figure", "expected"),
    [
        ({"value": 40}, ct.NumberFigure(value=40, unit="drone"), (True, True, True)),
        (
            {"value": 40},
            ct.NumberFigure(value=40, hedge="about", unit="drone"),
            (True, False, True),
        ),
        ({"value": 40}, ct.NumberFigure(value=41, unit="drone"), (False, True, True)),
        ({"value": 40}, ct.NumberFigure(value=40, unit="boat"), (True, True, False)),
        (
            {"value": 1200, "qualifier": "approx", "unit": "troops"},
            ct.NumberFigure(value=1200, hedge="about", unit="troop"),
            (True, True, True),
        ),
        (
            {"value": [200, 999], "qualifier": "range", "unit": "troops"},
            ct.NumberFigure(low=200, high=999, hedge="vague", unit="troop"),
            (True, True, True),
        ),
        (  # a vague word's range within 2x of the gold's
            {"value": [3, 10], "qualifier": "range", "unit": "weeks"},
            ct.NumberFigure(low=2, high=9, hedge="vague", unit="week"),
            (True, True, True),
        ),
        (
            {"value": [3, 10], "qualifier": "range", "unit": "weeks"},
            ct.NumberFigure(low=20, high=99, hedge="vague", unit="week"),
            (False, True, True),
        ),
        (  # an explicit range gets no slack
            {"value": [3, 10], "qualifier": "range", "unit": "weeks"},
            ct.NumberFigure(low=2, high=9, hedge="range", unit="week"),
            (False, True, True),
        ),
        (
            {"value": "2023-05", "unit": None},
            ct.NumberFigure(value=2023),
            (False, False, True),
        ),
    ],
)
def test_check_figure_on_numbers(
    fields: dict[str, Any], figure: ct.NumberFigure, expected: tuple[bool, ...]
) -> None:
    check = ev.check_figure(gold(**fields), figure)
    assert (check.value, check.hedge, check.unit) == expected


@pytest.mark.parametrize(
    ("value", "qualifier", "figure", "ok"),
    [
        ("2014", "exact", ct.TimeFigure(value="2014"), True),
        ("2025-09", "exact", ct.TimeFigure(value="2025-09"), True),
        ("2025-09", "exact", ct.TimeFigure(value="2025"), False),
        ("2025-09", "exact", ct.TimeFigure(value="2025-09", hedge="by"), False),
        ("2025-09", "by", ct.TimeFigure(value="2025-09", hedge="by"), True),
        ("2024-09-27", "exact", ct.TimeFigure(value="2024-09-27"), True),
        # "end of" a year or month is its last day in the gold
        ("2026-12-31", "by", ct.TimeFigure(value="2026", part="end", hedge="by"), True),
        (
            "2025-09-30",
            "by",
            ct.TimeFigure(value="2025-09", part="end", hedge="by"),
            True,
        ),
        (  # "no later than" has the bounds of a deadline
            "2025-09-30",
            "by",
            ct.TimeFigure(value="2025-09", part="end", hedge="at_most"),
            True,
        ),
        ("2025-09-30", "by", ct.TimeFigure(value="2025-09", hedge="by"), False),
        ("2026-12-31", "by", ct.TimeFigure(value="2026-09", hedge="by"), False),
        # intervals: a part of the year, or a range
        ("2024-01/2024-03", "approx", ct.TimeFigure(value="2024", part="early"), True),
        ("2024-10/2024-12", "approx", ct.TimeFigure(value="2024", part="late"), True),
        ("2024-10/2024-12", "approx", ct.TimeFigure(value="2024", part="early"), False),
        (
            "2025/2026",
            "range",
            ct.TimeFigure(value="2025", value_high="2026", hedge="range"),
            True,
        ),
        (
            "2021-07-12/2021-07-24",
            "range",
            ct.TimeFigure(value="2021-07-12", value_high="2021-07-18", hedge="range"),
            True,
        ),
        ("2024-01/2024-03", "approx", ct.TimeFigure(relative="early on"), False),
    ],
)
def test_check_figure_on_times(
    value: str, qualifier: str, figure: ct.TimeFigure, ok: bool
) -> None:
    check = ev.check_figure(gold(value=value, qualifier=qualifier, unit=None), figure)
    assert check.ok is ok


# Speakers and chains -------------------------------------------------------------


@pytest.mark.parametrize(
    ("described", "speaker", "ok"),
    [
        (None, OUTLET, True),
        (None, SPOKESMAN, False),
        ("anonymous US officials", ct.Speaker(kind="anonymous", name="aides"), True),
        ("officials in the capital", ct.Speaker(kind="anonymous", name="aides"), True),
        ("unnamed sources", OUTLET, False),
        ("Omar Nadim", SPOKESMAN, True),
        ("Omar Nadim", ct.Speaker(kind="person", name="Layla Haddad"), False),
        ("Omar Nadim", ct.Speaker(kind="anonymous", name="Omar Nadim's aides"), False),
        ("Hussein Allawi", ct.Speaker(kind="person", name="حسين علاوي"), True),
        (
            "Pentagon and White House officials",
            ct.Speaker(kind="office", name="the Pentagon"),
            True,
        ),
        (
            "US-Iraq joint statement",
            ct.Speaker(kind="office", name="البيان المشترك"),
            True,
        ),
    ],
)
def test_speaker_ok(described: str | None, speaker: ct.Speaker, ok: bool) -> None:
    assert ev.speaker_ok(described, speaker) is ok


@pytest.mark.parametrize(
    ("via", "chain", "ok"),
    [
        ([], [], True),
        (["INA"], ["Iraqi News Agency (INA)"], True),
        (["New York Times"], ["The New York Times"], True),
        (["Reuters"], [], False),
        (["Reuters"], ["Reuters", "AFP"], False),
        (["Reuters"], ["AFP"], False),
    ],
)
def test_via_ok_compares_sets_loosely(
    via: list[str], chain: list[str], ok: bool
) -> None:
    sources = tuple(ct.Source(name=name) for name in chain)
    assert ev.via_ok(via, sources) is ok


# Matching and scores -------------------------------------------------------------


def test_two_gold_lines_on_one_span_each_get_their_own_figure() -> None:
    hint = "closes in March and June 2027"
    lines = [
        gold(id="G-1", value="2027-03", unit=None, span_hint=hint, subject="phase 1"),
        gold(id="G-2", value="2027-06", unit=None, span_hint=hint, subject="phase 2"),
    ]
    june = claim(ct.TimeFigure(value="2027-06"), "March and June 2027", subject="p2")
    march = claim(ct.TimeFigure(value="2027-03"), "closes in March", subject="p1")
    m = ev.match(lines, ev.to_hits([june, march]), {"note.txt": TEXT})
    assert m.pairs["G-1"].claim is march
    assert m.pairs["G-2"].claim is june
    assert not m.false_hits


def test_misses_false_hits_and_duplicates_are_told_apart() -> None:
    lines = [
        gold(),  # 40 drones
        gold(
            id="G-2",
            value=1200,
            qualifier="approx",
            unit="troops",
            span_hint="near 1,200 troops",
            subject="garrison",
            core=False,
        ),
    ]
    claims = [
        claim(ct.NumberFigure(value=40, unit="drone"), "40 drones"),
        claim(ct.NumberFigure(value=40, unit="drone"), "counted 40"),  # a repeat
        claim(ct.NumberFigure(value=1300, hedge="about", unit="troop"), "1,200"),
        claim(ct.NumberFigure(value=5, unit="drone"), "A spokesman"),  # spurious
    ]
    m = ev.match(lines, ev.to_hits(claims), {"note.txt": TEXT})
    assert m.checks["G-1"].ok
    assert not m.checks["G-2"].ok
    assert len(m.duplicates) == 1
    reasons = sorted(why for _, why in m.false_hits)
    assert reasons == ["no gold span", "wrong figure for G-2"]
    scores = ev.score(lines, m)
    figures = scores["all"]["figures"]
    assert (figures["tp"], figures["predicted"]) == (1, 3)
    assert figures["recall"] == pytest.approx(1 / 2)
    core = scores["core"]["figures"]  # G-2 is minor: its wrong figure is not core
    assert (core["tp"], core["predicted"], core["recall"]) == (1, 2, 1.0)
    listed = ev.misses(lines, m, {"note.txt": TEXT})
    assert [x["id"] for x in listed["misses"]] == ["G-2"]
    assert listed["misses"][0]["wrong"] == ["value"]


def test_unfound_span_hint_is_a_miss() -> None:
    lines = [gold(span_hint="words that are not there")]
    m = ev.match(lines, ev.to_hits([]), {"note.txt": TEXT})
    assert m.unfound == ["G-1"]
    assert ev.score(lines, m)["all"]["figures"]["recall"] == 0


def test_question_pairs_scores_same_question_decisions() -> None:
    items = [("a", "k1"), ("a", "k1"), ("b", "k1"), ("c", "k2")]
    result = ev.question_pairs(items)
    assert (result["tp"], result["predicted"], result["gold_pairs"]) == (1, 3, 1)
    assert result["precision"] == pytest.approx(1 / 3)
    assert result["recall"] == 1.0


# Conflicts -------------------------------------------------------------------------


def test_check_conflicts_finds_expected_and_flags_lookalikes() -> None:
    members = [
        claim(ct.NumberFigure(value=86, unit="country"), "40 drones", subject="m"),
        claim(
            ct.NumberFigure(value=60, hedge="more_than", unit="country"),
            "A spokesman",
            subject="m",
        ),
        claim(ct.NumberFigure(value=2500, unit="troop"), "1,200", subject="t"),
        claim(ct.NumberFigure(value=900, unit="troop"), "Analysts", subject="t"),
    ]
    result = ev.check_conflicts(members)
    assert result["expected"]["A1"]["found"]
    assert not result["expected"]["A2"]["found"]
    assert [x["label"] for x in result["lookalikes"]] == [
        "2,500 in Iraq vs 900 in Syria"
    ]


def test_is_figure_specs() -> None:
    assert ev.is_figure(ct.NumberFigure(value=60, hedge="more_than"), "n 60 more_than")
    assert not ev.is_figure(ct.NumberFigure(value=60), "n 60 more_than")
    assert ev.is_figure(ct.NumberFigure(low=200, high=999, hedge="vague"), "n 200-999")
    assert ev.is_figure(ct.TimeFigure(value="2026", part="end"), "t 2026 end")
    assert not ev.is_figure(ct.TimeFigure(value="2026"), "t 2026 end")


# Inputs and the command line -------------------------------------------------------


def test_extraction_api_is_found_or_reported_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Twelve boats left.", encoding="utf-8")
    index = [
        {
            "file": "a.txt",
            "outlet": "The Test Gazette",
            "outlet_ar": None,
            "published": "2020-01-02",
            "language": "en",
        }
    ]
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    assert ev._extraction_api(SimpleNamespace()) is None
    whole = SimpleNamespace(extract_corpus=lambda path: iter([path]))
    assert ev._extraction_api(whole)(tmp_path) == [tmp_path]
    seen: list[ct.Document] = []

    def extract(document: ct.Document) -> list[ct.Claim]:
        seen.append(document)
        return []

    per_doc = SimpleNamespace(extract=extract)
    assert ev._extraction_api(per_doc)(tmp_path) == []
    assert [(d.id, d.text, str(d.published)) for d in seen] == [
        ("a.txt", "Twelve boats left.", "2020-01-02")
    ]


def test_missing_inputs_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ev.main(["--gold", str(tmp_path / "none.jsonl")]) == 2
    assert "gold file not found" in capsys.readouterr().err
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    args = ["--gold", str(tmp_path / "gold.jsonl"), "--corpus", str(tmp_path)]
    assert ev.main(args) == 2
    assert "corpus folder not found" in capsys.readouterr().err


@pytest.mark.slow
def test_hand_entered_example_scores_high_on_core_figures() -> None:
    if not EXAMPLE.is_file() or not (SHARED / "eval" / "seed_gold.jsonl").is_file():
        pytest.skip("the example claims or the shared gold are absent")
    args = [sys.executable, str(SCRIPT), "--claims", str(EXAMPLE)]
    table = subprocess.run(args, capture_output=True, text=True, check=False)
    assert table.returncode == 0, table.stderr
    row = next(line for line in table.stdout.splitlines() if line.startswith("figures"))
    core_recall = float(row.split()[2])
    assert core_recall >= 0.8
    data = subprocess.run([*args, "--json"], capture_output=True, text=True, check=True)
    results = json.loads(data.stdout)
    assert results["scores"]["core"]["figures"]["recall"] == core_recall
    assert results["conflicts"]["expected"]["A1"]["found"]
    assert results["conflicts"]["expected"]["A2"]["found"]
    assert results["conflicts"]["lookalikes"] == []
