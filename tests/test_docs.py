"""Docs are part of the product: their code runs and their tables are true."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def test_readme_tour_runs() -> None:
    blocks = _python_blocks(ROOT / "README.md")
    assert blocks, "the README shows a notebook tour"
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    report = namespace["report"]
    assert isinstance(report, ct.ConflictReport)
    assert report[0].kind is ct.ConflictKind.DIVERGENCE


def test_readme_has_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(
        line for line in text.splitlines() if "pytest" in line and "pip install" in line
    )
    assert test_command.strip() in ci
    assert "claimtrack conflicts examples/coalition/claims.jsonl" in text


def _constants_table() -> dict[str, str]:
    text = (ROOT / "docs" / "figures.md").read_text(encoding="utf-8")
    section = text.split("## Constants", 1)[1]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", section, re.M)
    return {name: value.strip() for name, value in rows}


def test_figures_doc_lists_every_setting_with_its_default() -> None:
    table = _constants_table()
    defaults = ct.Settings()
    assert set(table) == set(type(defaults).model_fields)
    for name, shown in table.items():
        value = getattr(defaults, name)
        if hasattr(value, "days"):
            assert shown == f"{value.days} days", name
        elif hasattr(value, "value"):
            assert shown == f"`{value.value}`", name
        else:
            assert float(shown) == pytest.approx(float(value)), name


def test_json_schema_doc_is_current() -> None:
    schema = json.loads(
        (ROOT / "docs" / "claim.schema.json").read_text(encoding="utf-8")
    )
    assert schema == ct.Claim.model_json_schema()


def test_every_command_has_help_with_an_example() -> None:
    assert main.commands, "the CLI has commands"
    for name, command in main.commands.items():
        assert command.help, name
        assert "Examples:" in command.help, name
        assert command.get_short_help_str(), name


def test_docs_link_to_existing_files() -> None:
    for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target in re.findall(
            r"\]\(([^)#]+\.(?:md|json))\)", doc.read_text("utf-8")
        ):
            assert (doc.parent / target).exists(), (
                f"{doc.name} links to missing {target}"
            )
