"""The report command, the command list in --help, and one-line errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimtrack import report as report_module
from claimtrack.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = str(ROOT / "examples" / "coalition" / "claims.jsonl")
ARTICLES = str(ROOT / "examples" / "articles")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_help_lists_every_command_with_one_line() -> None:
    result = run("--help")
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:", 1)[1].split("\n\n", 1)[0]
    rows = dict(re.findall(r"^  (\w+)\s+(.+)$", listed, re.M))
    assert set(rows) == set(main.commands) >= {"conflicts", "extract", "report"}
    for name, line in rows.items():
        assert not line.endswith("..."), f"{name}: the line is cut"
        assert line.endswith("."), name
    assert "Examples:" in result.stdout


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_help_has_examples(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:", 1)[1]
    assert f"claimtrack {command} " in examples


def test_report_from_a_claim_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", CLAIMS, "-o", str(out), "--title", "Coalition <x>")
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<title>Coalition &lt;x&gt;</title>" in page
    assert "86 countries" in page
    assert "more than 60 countries" in page
    assert "self contradiction" in page
    # Claim files keep no document text: the page says so instead of guessing.
    assert "The evidence text is not available" in page
    assert result.stdout == ""
    assert result.stderr.startswith(f"claimtrack: wrote {out} (")


def test_report_from_articles_marks_the_arabic_figure(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run(
        "report", ARTICLES, "-o", str(out), "--workers", "1", "--max-timelines", "1"
    )
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert re.search(
        r'<blockquote class="evidence" dir="rtl" lang="ar">[^<]*<mark>86', page
    )
    assert "<mark>more than 60 countries</mark>" in page


def test_report_to_standard_output() -> None:
    result = run("report", CLAIMS, "-o", "-", "--max-timelines", "0")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert result.stderr == ""


def test_report_options_reach_find_conflicts(tmp_path: Path) -> None:
    out = tmp_path / "strict.html"
    result = run("report", CLAIMS, "-o", str(out), "--reading", "strict")
    assert result.exit_code == 0
    assert "No conflicts found." in out.read_text(encoding="utf-8")


def test_report_errors_are_one_line(tmp_path: Path) -> None:
    result = run("report", "no-such-file.jsonl", "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 1
    assert (
        result.stderr
        == "claimtrack: error: no-such-file.jsonl: no such file or folder\n"
    )
    result = run("report", CLAIMS, "-o", str(tmp_path / "missing" / "dir" / "r.html"))
    assert result.exit_code == 1
    assert result.stderr.startswith("claimtrack: error:")
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unexpected_errors_are_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(report_module, "render_html", broken)
    out = str(tmp_path / "r.html")
    result = run("report", CLAIMS, "-o", out)
    assert result.exit_code == 1
    assert result.stderr == (
        "claimtrack: internal error: RuntimeError: boom "
        "(run with --debug for the traceback)\n"
    )
    result = run("--debug", "report", CLAIMS, "-o", out)
    assert result.exit_code != 0
    assert isinstance(result.exception, RuntimeError)


def test_usage_errors_stay_clicks() -> None:
    result = run("report")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr
