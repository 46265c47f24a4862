"""The example notebook: committed without outputs, and it runs top to bottom."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import claimtrack as ct

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "examples" / "coalition_story.ipynb"


def load() -> dict[str, Any]:
    notebook: dict[str, Any] = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return notebook


def code_cells(notebook: dict[str, Any]) -> list[str]:
    return [
        "".join(cell["source"])
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
    ]


def test_notebook_is_committed_without_outputs() -> None:
    notebook = load()
    assert notebook["nbformat"] == 4
    assert notebook["metadata"]["kernelspec"]["language"] == "python"
    kinds = [cell["cell_type"] for cell in notebook["cells"]]
    assert kinds[0] == "markdown"
    assert set(kinds) == {"markdown", "code"}
    for cell in notebook["cells"]:
        assert isinstance(cell["source"], list)
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


def test_notebook_runs_and_finds_the_coalition_size_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    matplotlib.use("Agg")
    # The notebook reads ``articles/`` beside it and writes into the cwd.
    shutil.copytree(REPO / "examples" / "articles", tmp_path / "articles")
    monkeypatch.chdir(tmp_path)

    namespace: dict[str, Any] = {"__name__": "__main__"}
    for number, source in enumerate(code_cells(load())):
        exec(compile(source, f"{NOTEBOOK.name}:cell{number}", "exec"), namespace)

    report = namespace["report"]
    assert isinstance(report, ct.ConflictReport)
    sizes = [c for c in report if c.question.property is ct.Property.COUNT]
    assert len(sizes) == 1
    assert {str(side.figure) for side in sizes[0].sides} == {
        "86 countries",
        "more than 60 countries",
    }
    assert sizes[0].kind is ct.ConflictKind.DIVERGENCE
    assert namespace["size"] == sizes[0]
    assert namespace["problems"] == []

    page = (tmp_path / "coalition_report.html").read_text(encoding="utf-8")
    assert "86 countries" in page
    assert "more than 60 countries" in page
