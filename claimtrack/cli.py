"""The ``claimtrack`` command line: a thin shell over the library (no logic here)."""

from __future__ import annotations

import functools
import json
import sys
import warnings
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import click

from claimtrack import __version__
from claimtrack.changes import find_changes
from claimtrack.conflict import ConflictReport, Side
from claimtrack.conflicts import find_conflicts
from claimtrack.errors import ClaimtrackError, ClaimtrackWarning
from claimtrack.io import dump_claims, load_claims
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


def _errors_as_messages(func: F) -> F:
    """Turn errors into one line on stderr and exit status 1 (``--debug``: raise)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            # The reader (head, less) went away: nothing more to say.
            sys.stderr.close()
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click prints these itself, with its own exit codes
        except (ClaimtrackError, OSError) as exc:
            if debug:
                raise
            click.echo(f"claimtrack: error: {exc}", err=True)
            sys.exit(1)
        except Exception as exc:
            # A bug, not bad input: still one line, with the way to learn more.
            if debug:
                raise
            click.echo(
                f"claimtrack: internal error: {type(exc).__name__}: {exc} "
                "(run with --debug for the traceback)",
                err=True,
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _is_claim_file(path: Path) -> bool:
    """Tell a claim file from a JSONL file of documents by its first record."""
    if not (path.is_file() and path.suffix == ".jsonl"):
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    record = json.loads(line)
                except ValueError:
                    return True  # let the claim loader name the bad line
                return isinstance(record, dict) and "question" in record
    return True


def _load(paths: tuple[str, ...], workers: int | None = None) -> ClaimSet:
    """Read claim files as they are and extract claims from everything else."""
    from claimtrack.extract.pipeline import extract_paths

    claims = ClaimSet()
    articles: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise ClaimtrackError(f"{raw}: no such file or folder")
        if _is_claim_file(path):
            claims.update(load_claims(path))
        else:
            articles.append(raw)
    if articles:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ClaimtrackWarning)
            found, problems = extract_paths(articles, workers=workers)
        for warning in caught:
            click.echo(f"claimtrack: warning: {warning.message}", err=True)
        for problem in problems:
            click.echo(f"claimtrack: warning: skipped {problem}", err=True)
        claims.update(found)
    return claims


def _side_lines(label: str, side: Side) -> list[str]:
    dates = ", ".join(d.isoformat() for d in side.dates) or "date unknown"
    lines = [f"  {label}: {side.label}   [{dates}]"]
    for chain in side.chains():
        lines.append(f"     {chain}")
    for att in side.attributions:
        evidence = att.evidence
        where = f"{att.document.id}@{att.span.start}-{att.span.end}"
        lines.append(f"     evidence {where}" + (f": {evidence}" if evidence else ""))
    return lines


def _table(report: ConflictReport) -> str:
    if not report:
        return "No conflicts found."
    blocks = []
    for rank, c in enumerate(report, start=1):
        head = (
            f"#{rank} {c.question}  —  {c.kind.value} ({c.reading.value} reading), "
            f"severity {c.severity:.2f}"
        )
        lines = [head, *_side_lines("A", c.a), *_side_lines("B", c.b)]
        lines.append(f"  → {c.explanation}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + f"\n\n{len(report)} conflict(s)."


def _json(conflicts: ConflictReport) -> str:
    data = [c.to_dict() for c in conflicts]
    return json.dumps(data, ensure_ascii=False, indent=2)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Run 'claimtrack COMMAND --help' for a command's options and examples.",
)
@click.version_option(__version__, prog_name="claimtrack")
@click.option(
    "--debug", is_flag=True, help="Show tracebacks instead of one-line errors."
)
def main(debug: bool) -> None:
    """Track who claimed what, where and when, and show where the record disagrees.

    \b
    Examples:
      claimtrack conflicts examples/coalition/claims.jsonl
      claimtrack extract examples/articles/ -o claims.jsonl
      claimtrack report examples/articles/ -o report.html
    """


_READING = click.option(
    "--reading",
    type=click.Choice([r.value for r in Reading]),
    default=Reading.PRAGMATIC.value,
    show_default=True,
    help="pragmatic reports divergences too; strict only contradictions.",
)
_WINDOW = click.option(
    "--window-days",
    type=click.IntRange(min=0),
    default=366,
    show_default=True,
    help="Claims further apart in time are change over time, not conflict.",
)


def _conflict_options(func: F) -> F:
    """Add the options that tune find_conflicts (shared by conflicts and report)."""
    severity = click.option(
        "--min-severity",
        type=click.FloatRange(0, 1),
        default=0.0,
        show_default=True,
        help="Hide conflicts below this severity.",
    )
    return _READING(_WINDOW(severity(func)))


@main.command(short_help="Find where the claims disagree, most severe first.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@_conflict_options
@_errors_as_messages
def conflicts(
    paths: tuple[str, ...],
    fmt: str,
    reading: str,
    window_days: int,
    min_severity: float,
) -> None:
    """Find where the claims in PATHS disagree, most severe first.

    PATHS are claim files (JSON Lines, see docs/jsonl.md) or articles: text
    and HTML files, folders, corpus folders with an index.json manifest, and
    JSONL files of documents. Articles are extracted first.

    \b
    Examples:
      claimtrack conflicts examples/coalition/claims.jsonl
      claimtrack conflicts path/to/articles/ --format json --reading strict
    """
    claims = _load(paths)
    report = find_conflicts(
        claims,
        reading=reading,
        window=timedelta(days=window_days),
        min_severity=min_severity,
    )
    if fmt == "table":
        click.echo(_table(report))
    elif fmt == "json":
        click.echo(_json(report))
    else:
        click.echo(report.to_jsonl(with_text=False), nl=False)


@main.command(short_help="List figures that changed over time, question by question.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@_READING
@_WINDOW
@_errors_as_messages
def changes(paths: tuple[str, ...], fmt: str, reading: str, window_days: int) -> None:
    """List the figures in PATHS that changed over time.

    Two figures for one count said further apart than the window are a
    change over time, not a conflict: each question's dated claims in time
    order, one line per step. PATHS are as for 'claimtrack conflicts'.

    \b
    Examples:
      claimtrack changes examples/coalition/claims.jsonl
      claimtrack changes path/to/articles/ --window-days 180 --format json
    """
    steps = find_changes(
        _load(paths), reading=reading, window=timedelta(days=window_days)
    )
    if fmt == "json":
        data = [s.to_dict() for s in steps]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not steps:
        click.echo("No changes over time found.")
        return
    blocks = []
    for step in steps:
        head = f"{step.question}  —  changed after {step.days} days"
        lines = [head, *_side_lines("before", step.before)]
        lines += [*_side_lines("after", step.after), f"  → {step.explanation}"]
        blocks.append("\n".join(lines))
    click.echo("\n\n".join(blocks) + f"\n\n{len(steps)} change(s).")


@main.command(short_help="Extract attributed claims from articles.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: a claim file, one claim per line; table: one row per figure.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    show_default=True,
    help="Where to write; - is standard output.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Processes (default: all cores)."
)
@_errors_as_messages
def extract(paths: tuple[str, ...], fmt: str, output: Any, workers: int | None) -> None:
    """Extract attributed claims from the articles in PATHS.

    PATHS are text or HTML files, folders, corpus folders with an index.json
    manifest (outlet, language, published, cites per file) or JSONL files of
    documents. A bad document is reported on stderr and the run goes on.

    \b
    Examples:
      claimtrack extract ../shared/corpus/seeds/ -o claims.jsonl
      claimtrack extract article.txt --format table
    """
    claims = _load(paths, workers=workers)
    if fmt == "jsonl":
        dump_claims(claims, output)
        return
    for claim in claims:
        for att in claim.attributions:
            chain = " ← ".join(s.name for s in att.citation_chain) or "-"
            row = [
                att.document.id,
                f"{att.span.start}-{att.span.end}",
                str(claim.figure),
                str(claim.question),
                str(att.speaker),
                chain,
                (att.evidence or "").replace("\n", " "),
            ]
            output.write("\t".join(row) + "\n")


@main.command(short_help="Write the conflicts as one self-contained HTML page.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="report.html",
    show_default=True,
    help="The HTML file to write; - is standard output.",
)
@click.option(
    "--title", default="claimtrack report", show_default=True, help="Page title."
)
@click.option(
    "--max-timelines",
    type=click.IntRange(min=0),
    default=6,
    show_default=True,
    help="Timelines for at most this many questions in conflict (0: none).",
)
@_conflict_options
@click.option(
    "--workers", type=click.IntRange(min=1), help="Processes (default: all cores)."
)
@_errors_as_messages
def report(
    paths: tuple[str, ...],
    output: str,
    title: str,
    max_timelines: int,
    reading: str,
    window_days: int,
    min_severity: float,
    workers: int | None,
) -> None:
    """Write the conflicts in PATHS as one HTML page, most severe first.

    PATHS are read as by 'claimtrack conflicts'. The page shows a summary,
    each conflict with its evidence sentences (figure highlighted, Arabic
    right to left), citation chains, an outlet-by-outlet table and
    timelines (with matplotlib: pip install 'claimtrack[plot]'). It loads
    nothing from the network: open it offline or mail it.

    \b
    Examples:
      claimtrack report examples/articles/ -o report.html
      claimtrack report claims.jsonl --title "Coalition, August" -o - > r.html
    """
    from claimtrack.report import render_html

    claims = _load(paths, workers=workers)
    found = find_conflicts(
        claims,
        reading=reading,
        window=timedelta(days=window_days),
        min_severity=min_severity,
    )
    page = render_html(found, claims=claims, title=title, max_timelines=max_timelines)
    if output == "-":
        click.echo(page, nl=False)
        return
    Path(output).write_text(page, encoding="utf-8")
    click.echo(
        f"claimtrack: wrote {output} ({len(found)} conflict(s), {len(claims)} claims)",
        err=True,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
