"""The public namespace, the exception tree, and the import layers."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack import errors

PACKAGE = Path(ct.__file__).resolve().parent

# Modules whose public names users reach through ``claimtrack`` itself.
CORE = [
    "errors",
    "settings",
    "figure",
    "document",
    "speaker",
    "claim",
    "conflict",
    "dates",
    "compare",
    "explain",
    "merge",
    "graph",
    "conflicts",
    "changes",
    "io",
]

# Building blocks that stay in their module: each is documented there and used
# by the library itself, but a user of the public API does not need it.
INTERNAL = {
    "claim_id",  # Claim.id
    "format_number",  # str(figure)
    "describe_bounds",  # Conflict.explanation
    "explain",  # Conflict.explanation
    "explain_change",  # Change.explanation
    "as_of_days",  # Change.days, find_conflicts' time window
    "closest_days",  # Change.days, find_conflicts' time window
    "last_day_of",  # resolve_relative
    "shift_months",  # resolve_relative
    "rounding_step",  # figure_bounds
    "number_bounds",  # figure_bounds
    "raw_bounds",  # figure_bounds, as tuples
    "compare_bounds",  # compare_figures, as tuples
    "compare_running",  # find_conflicts on running totals, as tuples
    "grows",  # find_conflicts, find_changes and the graph on running totals
    "over_time",  # find_changes and the graph's changes edges
    "row_of",  # find_conflicts, find_changes and the graph, as columns
}

LAYERS = {
    "records": {
        "errors",
        "settings",
        "_ids",
        "figure",
        "document",
        "speaker",
        "claim",
        "conflict",
    },
    "semantics": {"dates", "compare", "names", "explain"},
    "pipeline": {"merge", "graph", "conflicts", "changes", "extract"},
    "edges": {
        "io",
        "cli",
        "report",
        "export",
        "plot",
        "plot_graph",
        "tables",
        "display",
    },
}
ORDER = ["records", "semantics", "pipeline", "edges"]
# Edge modules the models call into from a method (``_repr_html_``,
# ``to_pandas``), importing them inside it so that loading a model loads no
# HTML or pandas code.
HOOKS = {"display", "tables"}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if ".venv" not in p.parts)


def _module_of(path: Path) -> str:
    """Return the first-level module a file belongs to: extract/x.py -> extract."""
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _layer(module: str) -> str | None:
    return next((name for name, mods in LAYERS.items() if module in mods), None)


def _nodes(tree: ast.AST, *, in_functions: bool) -> list[ast.AST]:
    if in_functions:
        return list(ast.walk(tree))
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(
            child
            for child in ast.iter_child_nodes(node)
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
        )
    return out


def _imported(path: Path, *, in_functions: bool = True) -> set[str]:
    """Return the first-level claimtrack modules a file imports (root: __init__)."""
    package = ["claimtrack", *path.relative_to(PACKAGE).parent.parts]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in _nodes(tree, in_functions=in_functions):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "claimtrack":
                # ``from claimtrack import x``: x is a module or a re-export.
                mods = {m.stem for m in PACKAGE.iterdir()} | {"__init__"}
                found |= {a.name if a.name in mods else "__init__" for a in node.names}
                continue
            targets = [target]
        else:
            continue
        for target in targets:
            parts = target.split(".")
            if parts[0] == "claimtrack":
                found.add(parts[1] if len(parts) > 1 else "__init__")
    return found


# The namespace ---------------------------------------------------------------


def test_all_is_sorted_and_unique() -> None:
    assert ct.__all__ == sorted(ct.__all__)
    assert len(set(ct.__all__)) == len(ct.__all__)


def test_every_exported_name_exists() -> None:
    for name in ct.__all__:
        assert hasattr(ct, name), name


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from claimtrack import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(ct.__all__)


@pytest.mark.parametrize("module", CORE)
def test_public_names_are_reexported(module: str) -> None:
    mod = importlib.import_module(f"claimtrack.{module}")
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name} is in __all__ but not defined"
        if name in INTERNAL:
            continue
        assert name in ct.__all__, f"claimtrack.{module}.{name} is not re-exported"
        assert getattr(ct, name) is getattr(mod, name)


def test_internal_names_are_really_defined() -> None:
    defined = {
        name
        for module in CORE
        for name in importlib.import_module(f"claimtrack.{module}").__all__
    }
    assert defined >= INTERNAL


@pytest.mark.parametrize(
    "path",
    [p for p in _sources() if p.name != "__main__.py"],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_every_module_has_all(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    assert "__all__" in names


def test_version() -> None:
    assert isinstance(ct.__version__, str)
    assert ct.__version__.count(".") >= 2


# Import layers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [p for p in _sources() if _layer(_module_of(p)) is not None],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_imports_point_down_the_layers(path: Path) -> None:
    layer = _layer(_module_of(path))
    assert layer is not None
    above = {m for name in ORDER[ORDER.index(layer) + 1 :] for m in LAYERS[name]}
    imported = _imported(path) - HOOKS
    assert not imported & above, f"{layer} module imports {sorted(imported & above)}"
    # A hook is imported when the method is called, never when the model is.
    eager = _imported(path, in_functions=False) & HOOKS & above
    assert not eager, f"{layer} module imports {sorted(eager)} at load time"
    if layer != "edges":
        # The package root imports every layer.
        assert "__init__" not in imported


def test_layer_checker_sees_imports() -> None:
    # The checker must see through every import form, or the test above is vacuous.
    assert _imported(PACKAGE / "conflicts.py") >= {"claim", "compare", "merge"}
    assert "display" in _imported(PACKAGE / "claim.py")
    assert "display" not in _imported(PACKAGE / "claim.py", in_functions=False)
    assert "io" in _imported(PACKAGE / "__init__.py")
    assert "cli" in _imported(PACKAGE / "__main__.py")


# Exceptions ----------------------------------------------------------------------

BUILTIN = {
    "InvalidInput": ValueError,
    "InvalidFigure": ValueError,
    "InvalidSpan": ValueError,
    "InvalidRecord": ValueError,
    "MergeError": ValueError,
    "ExtractionError": Exception,
    "MissingExtra": ImportError,
}


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_exceptions_share_one_root_and_a_builtin(name: str) -> None:
    cls = getattr(ct, name)
    assert issubclass(cls, ct.ClaimtrackError)
    assert issubclass(cls, BUILTIN[name])
    assert issubclass(cls, Exception)


def test_every_error_in_the_module_is_covered() -> None:
    exceptions = {
        name
        for name in errors.__all__
        if issubclass(getattr(errors, name), BaseException)
    }
    assert exceptions == {*BUILTIN, "ClaimtrackError", "ClaimtrackWarning"}


def test_invalid_input_family() -> None:
    for name in ("InvalidFigure", "InvalidSpan", "InvalidRecord"):
        assert issubclass(getattr(ct, name), ct.InvalidInput)


def test_warning_is_a_user_warning_outside_the_error_tree() -> None:
    assert issubclass(ct.ClaimtrackWarning, UserWarning)
    assert not issubclass(ct.ClaimtrackWarning, ct.ClaimtrackError)


def test_errors_carry_where_line_field_value() -> None:
    error = ct.InvalidRecord(
        "bad hedge", where="c.jsonl", line=4, field="figure.hedge", value="roughly"
    )
    assert str(error) == "c.jsonl:4: figure.hedge: bad hedge"
    assert (error.where, error.line, error.field, error.value) == (
        "c.jsonl",
        4,
        "figure.hedge",
        "roughly",
    )
    assert str(ct.InvalidInput("empty", line=2)) == "line 2: empty"
    assert str(ct.ExtractionError("no text", document="a.txt", offset=7)) == (
        "a.txt@7: no text"
    )
    missing = ct.MissingExtra("pandas", extra="pandas")
    assert "claimtrack[pandas]" in str(missing)
    assert missing.extra == "pandas"
    with pytest.raises(ImportError):
        raise missing
