"""The shared seed corpus end to end: conflicts, look-alikes, evidence, scores.

Uses ``../shared`` beside the repository and skips cleanly when it is absent.
Nothing here copies the corpus: it reads the articles and checks what
claimtrack makes of them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import claimtrack as ct
from claimtrack.cli import main
from claimtrack.extract.documents import iter_documents
from claimtrack.extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVAL = ROOT / "benchmarks" / "extraction_eval.py"


@pytest.fixture(scope="module")
def seeds() -> Path:
    if not (SEEDS / "index.json").is_file():
        pytest.skip("the shared seed corpus is not beside the repository")
    return SEEDS


@pytest.fixture(scope="module")
def conflicts_json(seeds: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["conflicts", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def conflicts_table(seeds: Path) -> str:
    result = CliRunner().invoke(main, ["conflicts", str(seeds)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def documents(seeds: Path) -> list[ct.Document]:
    return list(iter_documents([seeds]))


@pytest.fixture(scope="module")
def claims(documents: list[ct.Document]) -> list[ct.Claim]:
    return [c for d in documents for c in extract(d)]


def _figures(side: dict[str, Any]) -> list[dict[str, Any]]:
    return list(side["figures"])


def _outlets(side: dict[str, Any]) -> set[str]:
    return {
        a["document"]["source"]["name"]
        for a in side["attributions"]
        if a["document"]["source"]
    }


def _evidence(side: dict[str, Any]) -> list[str]:
    return [a["span"]["text"] for a in side["attributions"]]


def _sides(conflict: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    return conflict["a"], conflict["b"]


def _is_coalition_size(conflict: dict[str, Any]) -> bool:
    values = {f.get("value") for s in _sides(conflict) for f in _figures(s)}
    return values == {86, 60}


def _is_final_deadline(conflict: dict[str, Any]) -> bool:
    figures = [f for s in _sides(conflict) for f in _figures(s)]
    end_2026 = any(f["value"] == "2026" and f["part"] == "end" for f in figures)
    sept_2026 = any(f["value"] == "2026-09" for f in figures)
    return end_2026 and sept_2026


def test_coalition_size_divergence(conflicts_json: list[dict[str, Any]]) -> None:
    found = [c for c in conflicts_json if _is_coalition_size(c)]
    assert found, [c["explanation"] for c in conflicts_json]
    for conflict in found:
        assert conflict["kind"] == "divergence"
        assert conflict["reading"] == "pragmatic"
        by_value = {_figures(s)[0]["value"]: s for s in _sides(conflict)}
        exact, more_than = by_value[86], by_value[60]
        assert _figures(exact)[0]["hedge"] == "exact"
        assert _figures(more_than)[0]["hedge"] == "more_than"
        assert {f["unit"] for s in _sides(conflict) for f in _figures(s)} == {"country"}
        assert "Enab Baladi" in _outlets(exact)
        assert all("86" in e for e in _evidence(exact))
        assert all("60" in e for e in _evidence(more_than))
        assert "86" in conflict["explanation"]
        assert "60" in conflict["explanation"]


def test_final_deadline_divergence(conflicts_json: list[dict[str, Any]]) -> None:
    found = [c for c in conflicts_json if _is_final_deadline(c)]
    assert found, [c["explanation"] for c in conflicts_json]
    kinds = {c["kind"] for c in found}
    assert "divergence" in kinds
    # Al-Mada carries both deadlines itself
    assert kinds <= {"divergence", "self_contradiction"}
    divergence = next(c for c in found if c["kind"] == "divergence")
    by_value = {_figures(s)[0]["value"]: s for s in _sides(divergence)}
    end_2026, sept_2026 = by_value["2026"], by_value["2026-09"]
    assert _figures(end_2026)[0]["hedge"] == "by"
    assert {"Enab Baladi", "Al-Mada"} <= _outlets(end_2026)
    assert "Al-Mada" in _outlets(sept_2026)
    assert all("2026" in e for e in _evidence(end_2026))
    assert all("نهاية" in e for e in _evidence(end_2026))
    assert any("أيلول" in e for e in _evidence(sept_2026))


def test_table_names_outlets_and_evidence(conflicts_table: str) -> None:
    blocks = conflicts_table.split("\n\n")
    size = next(b for b in blocks if "86 countries" in b)
    assert "more than 60 countries" in size
    assert "Enab Baladi" in size
    assert "evidence 000_" in size
    assert "86 دولة" in size
    assert "أكثر من 60 دولة" in size
    deadline = next(b for b in blocks if "by the end of 2026" in b)
    assert "2026-09" in deadline
    assert "Enab Baladi" in deadline
    assert "Al-Mada" in deadline
    assert "بحلول نهاية 2026" in deadline
    assert "أيلول 2026" in deadline


# -- Look-alikes that must not be reported ---------------------------------------


def _lookalike(figure: dict[str, Any]) -> str | None:
    if figure["kind"] == "number":
        if figure["value"] in (2500, 900):
            return "troop strength"
        if figure["unit"] == "attack" or figure["value"] in (50, 140):
            return "attack count"
        if (figure["low"], figure["high"]) == (200, 999):
            return "hundreds leaving"
        return None
    if (figure["value"] or "").startswith("2021"):
        return "2021 combat-troop deadline"
    return None


def test_no_lookalike_conflicts(conflicts_json: list[dict[str, Any]]) -> None:
    assert conflicts_json
    for conflict in conflicts_json:
        key = conflict["question"]["subject"].lower()
        assert "combat" not in key
        assert "attack" not in key
        assert "troops" not in key or conflict["question"]["property"] != "count"
        for side in _sides(conflict):
            for figure in _figures(side):
                assert _lookalike(figure) is None, (
                    _lookalike(figure),
                    conflict["explanation"],
                )


def test_only_expected_conflicts(conflicts_json: list[dict[str, Any]]) -> None:
    borderline = {"announcement of the agreement"}  # A3: either outcome is fine
    for conflict in conflicts_json:
        assert (
            _is_coalition_size(conflict)
            or _is_final_deadline(conflict)
            or conflict["question"]["subject"] in borderline
        ), conflict["explanation"]


# -- Evidence of every extracted claim ---------------------------------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# The words a number may be written in, by value (vague quantities by their
# conventional low bound): stems, so that gender and case forms match.
_NUMBER_WORDS = {
    1: "واحد|one",
    2: "اثن|two",
    3: "ثلاث|three",
    4: "أربع|اربع|four",
    5: "خمس|five",
    6: "ست|six",
    7: "سبع|seven",
    8: "ثمان|eight",
    9: "تسع|nine",
    10: "عشر|ten",
    20: "عشرات|عشرين|عشرون|dozens|twenty",
    100: "مئة|مائة|hundred",
    200: "مئات|hundreds",
    1000: "ألف|الف|thousand",
    2000: "آلاف|thousands",
}
_DUAL = re.compile(r"\w+(?:ين|ان|تين|تان)\b")
_TIME_WORDS = re.compile(
    r"\d{4}"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    r"|January|February|March|April|May|June|July|August|September|October"
    r"|November|December"
    r"|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|اليوم|أمس|الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي|هذا|هذه"
    r"|today|yesterday|tomorrow|next|last|this",
    re.IGNORECASE,
)


def _shows_number(evidence: str, figure: ct.NumberFigure) -> bool:
    plain = evidence.translate(_DIGITS).replace(",", "").replace("٬", "")
    numbers = [x for x in (figure.value, figure.low, figure.high) if x is not None]
    if any((str(int(x)) if x.is_integer() else str(x)) in plain for x in numbers):
        return True
    words = [_NUMBER_WORDS[int(x)] for x in numbers if int(x) in _NUMBER_WORDS]
    if any(re.search(w, evidence, re.IGNORECASE) for w in words):
        return True
    return figure.value == 2 and bool(_DUAL.search(evidence))


def test_every_claim_has_evidence_in_its_document(
    documents: list[ct.Document], claims: list[ct.Claim]
) -> None:
    assert len(documents) == 5
    assert len(claims) > 40
    texts = {d.id: d.text for d in documents}
    for claim in claims:
        assert claim.attributions
        for att in claim.attributions:
            text = texts[att.document.id]
            assert text is not None
            assert 0 <= att.span.start < att.span.end <= len(text)
            evidence = att.evidence
            assert evidence
            assert evidence == text[att.span.start : att.span.end]
            if att.span.text is not None:
                assert att.span.text == evidence
            figure = claim.figure
            if isinstance(figure, ct.NumberFigure):
                assert _shows_number(evidence, figure), (str(figure), evidence)
            else:
                assert _TIME_WORDS.search(evidence.translate(_DIGITS)), (
                    str(figure),
                    evidence,
                )


def test_relative_dates_in_seeds_are_resolved_from_the_manifest(
    claims: list[ct.Claim],
) -> None:
    relatives = [
        c.figure
        for c in claims
        if isinstance(c.figure, ct.TimeFigure) and c.figure.relative
    ]
    assert relatives
    for figure in relatives:
        assert figure.is_resolved
        assert figure.resolved_against is not None


def test_seeds_without_dates_leave_relatives_unresolved(
    documents: list[ct.Document],
) -> None:
    undated = [d.model_copy(update={"published": None}) for d in documents]
    figures = [
        c.figure
        for d in undated
        for c in extract(d)
        if isinstance(c.figure, ct.TimeFigure) and c.figure.relative
    ]
    assert figures
    for figure in figures:
        assert figure.value is None
        assert figure.resolved_against is None


# -- The extraction benchmark ---------------------------------------------------


def test_extraction_eval_scores(seeds: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(EVAL), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    core = data["scores"]["core"]
    assert core["figures"]["precision"] >= 0.9
    assert core["figures"]["recall"] >= 0.9
    assert core["chains"]["accuracy"] >= 0.8
    expected = data["conflicts"]["expected"]
    assert expected["A1"]["found"]
    assert expected["A2"]["found"]
    assert data["conflicts"]["lookalikes"] == []
