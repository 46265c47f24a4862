"""The command line: commands, formats, errors on stderr, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import claimtrack as ct
from claimtrack.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "coalition" / "claims.jsonl")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("conflicts", "changes", "extract", "report"):
        assert command in out


def test_conflicts_table_on_the_example() -> None:
    code, out, _ = run("conflicts", EXAMPLE)
    assert code == 0
    assert "86 countries" in out
    assert "more than 60 countries" in out
    assert "by the end of 2026" in out
    assert "2026-09" in out
    assert "US troops" not in out


def test_conflicts_json_and_jsonl() -> None:
    code, out, _ = run("conflicts", EXAMPLE, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {c["kind"] for c in data} >= {"divergence", "self_contradiction"}
    code, out, _ = run("conflicts", EXAMPLE, "--format", "jsonl")
    assert code == 0
    assert len(out.splitlines()) == len(data)


def test_strict_reading_finds_no_contradiction_in_the_example() -> None:
    code, out, _ = run("conflicts", EXAMPLE, "--reading", "strict")
    assert code == 0
    assert "No conflicts found." in out


def test_missing_file_is_one_line_on_stderr() -> None:
    code, _out, err = run("conflicts", "no-such-file.jsonl")
    assert code == 1
    assert err.startswith("claimtrack: error:")
    assert "no-such-file.jsonl" in err
    assert "Traceback" not in err


def test_bad_claim_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = Path(EXAMPLE).read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good + "\n" + good.replace('"count"', '"size"', 1) + "\n", "utf-8")
    code, _, err = run("conflicts", str(bad))
    assert code == 1
    assert f"{bad}:2:" in err


def test_debug_shows_the_traceback() -> None:
    result = CliRunner().invoke(main, ["--debug", "conflicts", "no-such-file.jsonl"])
    assert result.exit_code != 0
    assert result.exception is not None


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "claimtrack" in proc.stdout


def _troops(value: int, day: str) -> ct.Claim:
    text = f"{value} US troops remain in Iraq."
    doc = ct.Document(
        id=f"wire-{day}", source=ct.Source(name="Wire"), published=day, text=text
    )
    att = ct.Attribution(
        document=doc,
        speaker=ct.Speaker.outlet_voice(),
        span=ct.Span(start=0, end=len(text), text=text),
    )
    question = ct.Question(subject="US troops", property="count", place="Iraq")
    figure = ct.NumberFigure(value=value, unit="troop")
    return ct.Claim(question=question, figure=figure, attributions=(att,))


def test_changes_table_and_json(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    ct.save_claims([_troops(2500, "2021-07-26"), _troops(2000, "2025-08-19")], path)
    code, out, _ = run("changes", str(path))
    assert code == 0
    assert "changed after 1485 days" in out
    assert "before: 2,500 troops" in out
    assert "after: 2,000 troops" in out
    assert out.rstrip().endswith("1 change(s).")
    code, out, _ = run("changes", str(path), "--format", "json")
    [step] = json.loads(out)
    assert step["days"] == 1485
    assert "text" not in step["before"]["attributions"][0]["document"]
    # Within a five-year window the two figures are a conflict instead.
    code, out, _ = run("changes", str(path), "--window-days", "2000")
    assert "No changes over time found." in out
    code, out, _ = run("conflicts", str(path), "--window-days", "2000")
    assert "2,500 troops" in out


def test_changes_on_the_example_finds_none() -> None:
    code, out, _ = run("changes", EXAMPLE)
    assert code == 0
    assert "No changes over time found." in out
