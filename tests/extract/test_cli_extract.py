"""The ``extract`` and ``conflicts`` commands on folders of articles.

Every article here is written for these tests; none is taken from the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import claimtrack as ct
from claimtrack.cli import main

HERALD_1 = (
    "أعلنت وزارة الخارجية أن التحالف الدولي ضد داعش يضم 86 دولة. "
    "وقال مسؤول عسكري إن نحو 2500 جندي أمريكي ما زالوا في العراق."
)
RIVER_1 = (
    "ويضم التحالف الدولي أكثر من 60 دولة، بحسب الصحيفة. "
    "وأكدت السفارة الأمريكية في بغداد أن 2500 جندي أمريكي ينتشرون في العراق."
)
RIVER_2 = "The embassy said 2,500 American troops are stationed in Iraq."


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Return a folder of three articles with no manifest."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "herald-1.txt").write_text(HERALD_1, encoding="utf-8")
    (folder / "river-1.txt").write_text(RIVER_1, encoding="utf-8")
    (folder / "river-2.txt").write_text(RIVER_2, encoding="utf-8")
    return folder


@pytest.fixture
def corpus(articles: Path) -> Path:
    """Return the same folder with an index.json manifest naming the outlets."""
    entries = [
        {
            "file": "herald-1.txt",
            "outlet": "Southern Herald",
            "outlet_ar": "الجنوب",
            "language": "ar",
            "published": "2025-03-02",
            "published_basis": "printed byline date",
            "cites": [],
        },
        {
            "file": "river-1.txt",
            "outlet": "River Times",
            "outlet_ar": "النهر",
            "language": "ar",
            "published": "2025-03-10",
            "published_basis": "printed byline date",
            "cites": [],
        },
        {
            "file": "river-2.txt",
            "outlet": "River Times",
            "outlet_ar": "النهر",
            "language": "en",
            "published": "2025-03-12",
            "published_basis": "printed timestamp",
            "cites": [],
        },
    ]
    (articles / "index.json").write_text(
        json.dumps(entries, ensure_ascii=False), encoding="utf-8"
    )
    return articles


def test_extract_prints_jsonl_that_reads_back(corpus: Path) -> None:
    result = _run("extract", str(corpus), "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines
    assert all(json.loads(line)["question"] for line in lines)
    claims = list(ct.iter_claims(lines))
    assert len(claims) == len(lines)
    figures = {str(c.figure) for c in claims}
    assert figures >= {
        "86 countries",
        "more than 60 countries",
        "about 2,500 troops",
        "2,500 troops",
    }
    outlets = {o for c in claims for o in c.outlets}
    assert outlets == {"Southern Herald", "River Times"}
    # the exact 2,500 of two River Times articles merged into one claim
    (exact,) = [c for c in claims if str(c.figure) == "2,500 troops"]
    assert {a.document.id for a in exact.attributions} == {"river-1.txt", "river-2.txt"}
    for claim in claims:
        for att in claim.attributions:
            assert att.evidence
            assert att.document.published is not None


def test_extract_to_a_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = _run("extract", str(corpus), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    claims = ct.load_claims(out)
    assert "86 countries" in {str(c.figure) for c in claims}


def test_extract_table(articles: Path) -> None:
    result = _run("extract", str(articles), "--format", "table", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows
    assert all(len(row) == 7 for row in rows)
    by_figure = {row[2]: row for row in rows}
    doc_id, span, _, question, _, chain, evidence = by_figure["86 countries"]
    assert doc_id == "herald-1.txt"
    start, end = (int(x) for x in span.split("-"))
    assert HERALD_1[start:end] == evidence
    assert "86" in evidence
    assert "coalition" in question
    assert chain == "-"
    assert "more than 60 countries" in by_figure


def test_conflicts_on_a_corpus_folder(corpus: Path) -> None:
    result = _run("conflicts", str(corpus))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "1 conflict(s)." in out
    assert "divergence" in out
    assert "86 countries" in out
    assert "more than 60 countries" in out
    assert "Southern Herald" in out
    assert "River Times" in out
    # about 2,500 and 2,500 agree
    assert "2,500" not in out


def test_conflicts_json_on_a_corpus_folder(corpus: Path) -> None:
    result = _run("conflicts", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.stderr
    (conflict,) = json.loads(result.stdout)
    assert conflict["kind"] == "divergence"
    values = {
        conflict["a"]["figures"][0]["value"],
        conflict["b"]["figures"][0]["value"],
    }
    assert values == {86, 60}


def test_strict_reading_finds_nothing(corpus: Path) -> None:
    result = _run("conflicts", str(corpus), "--reading", "strict")
    assert result.exit_code == 0, result.stderr
    assert "No conflicts found." in result.stdout


def test_a_bad_file_is_a_warning_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(HERALD_1, encoding="utf-8")
    (folder / "broken.txt").write_bytes("نحو 300 جندي في القاعدة".encode("cp1256"))
    result = _run("extract", str(folder), "--workers", "1")
    assert result.exit_code == 0, result.stderr
    err = result.stderr.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("claimtrack: warning:")
    assert "broken.txt" in err[0]
    claims = list(ct.iter_claims(result.stdout.splitlines()))
    assert {a.document.id for c in claims for a in c.attributions} == {"good.txt"}
    assert "86 countries" in {str(c.figure) for c in claims}


def test_a_bad_file_is_a_warning_for_conflicts_too(corpus: Path) -> None:
    (corpus / "zzz.txt").write_bytes(b"\x00\x00binary\x00")
    entries = json.loads((corpus / "index.json").read_text(encoding="utf-8"))
    entries.append({"file": "zzz.txt", "outlet": "Noise"})
    (corpus / "index.json").write_text(json.dumps(entries), encoding="utf-8")
    result = _run("conflicts", str(corpus))
    assert result.exit_code == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert "zzz.txt" in line
    assert "86 countries" in result.stdout


@pytest.mark.parametrize("command", ["extract", "conflicts"])
def test_a_missing_path_is_one_line_and_exit_1(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = _run(command, str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimtrack: error:")
    assert "nowhere" in line
