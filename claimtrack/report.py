"""The HTML report: one self-contained page a journalist can open or mail.

The page has a summary, the conflicts ranked by severity with each side's
evidence sentence (the figure marked inside it), citation chains, the
outlet-by-outlet table of :func:`claimtrack.disagreement_table`, and a
timeline per question in conflict. Styles and pictures are inline (SVG from
:func:`claimtrack.timeline`); nothing is fetched from anywhere, so the page
reads offline and leaks no reader to a third party. Arabic text carries
``dir="rtl" lang="ar"``, other text ``dir="auto"``, so each reads in its own
direction beside the other.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claimtrack import plot
from claimtrack.claim import Attribution, Claim
from claimtrack.conflict import Conflict, ConflictReport, Side
from claimtrack.conflicts import find_conflicts
from claimtrack.document import Document
from claimtrack.errors import MissingExtra
from claimtrack.graph import build_graph, disagreement_table
from claimtrack.merge import ClaimSet
from claimtrack.settings import Settings

__all__ = ["render_html", "write_html"]

_ARABIC = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)
_LETTER = re.compile(r"[^\W\d_]")
# An Arabic name or phrase inside English prose: Arabic words and what joins them.
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"
    r"(?:[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc\s,\d]*"
    r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc])?"
)
# A sentence ends at . ! ? ؟ ۔ followed by a space (not "2.5"), or at a line end.
_STOP = re.compile(r"[.!?\u061f\u06d4](?=\s|$)|\n")
_REACH = 300  # characters the sentence may extend on each side of the figure
_SHOWN = 8  # evidence quotes and chains shown per side

_CSS = """
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--bg:#f6f7f9;--card:#fff;
--contradiction:#c62828;--divergence:#e07b00;--self_contradiction:#8e24aa;
--copy_discrepancy:#00796b}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.5;
font-family:system-ui,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",
sans-serif}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:2px solid var(--line)}
.stats{display:flex;flex-wrap:wrap;gap:.8rem;padding:0;margin:0}
.stats div{background:var(--card);border:1px solid var(--line);border-radius:8px;
padding:.6rem 1rem;min-width:8rem}
.stats dt{color:var(--muted);font-size:.85rem}.stats dd{margin:0;font-size:1.6rem;
font-weight:600}
.conflict{background:var(--card);border:1px solid var(--line);border-left:6px solid
var(--muted);border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}
.conflict h3{margin:0 0 .4rem;font-size:1.1rem}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;color:#fff;
font-size:.8rem;font-weight:600;background:var(--muted);vertical-align:middle}
.severity{display:inline-block;width:6rem;height:.5rem;background:var(--line);
border-radius:.3rem;vertical-align:middle;overflow:hidden}
.severity span{display:block;height:100%;background:var(--ink)}
.muted,.where{color:var(--muted);font-size:.85rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem}
.side{border-top:1px solid var(--line);padding-top:.5rem}
.side h4{margin:.2rem 0}.figure{font-size:1.15rem}
ul.chains{margin:.3rem 0;padding-inline-start:1.2rem}
blockquote{margin:.5rem 0;padding:.4rem .8rem;background:var(--bg);border-radius:6px}
blockquote[dir=rtl]{border-right:3px solid var(--line);font-size:1.1rem}
blockquote[dir=auto]{border-left:3px solid var(--line)}
mark{background:#ffe066;padding:0 .15rem;border-radius:3px;font-weight:600}
table{border-collapse:collapse;background:var(--card);width:100%}
th,td{border:1px solid var(--line);padding:.3rem .6rem;text-align:start}
td.n{text-align:end;font-variant-numeric:tabular-nums}td.hot{background:#fdecea}
figure{background:var(--card);border:1px solid var(--line);border-radius:8px;
margin:1rem 0;padding:.5rem}figure svg{max-width:100%;height:auto}
.note{color:var(--muted);font-style:italic}
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _is_arabic(text: str) -> bool:
    letters = _LETTER.findall(text)
    return bool(letters) and sum(bool(_ARABIC.match(c)) for c in letters) * 2 > len(
        letters
    )


def _dir(text: str, lang: str | None = None) -> str:
    """Return the direction attributes for text: rtl for Arabic, else auto."""
    if lang == "ar" or (lang is None and _is_arabic(text)):
        return ' dir="rtl" lang="ar"'
    return ' dir="auto"' + (f' lang="{_esc(lang)}"' if lang else "")


def _bdi(text: object) -> str:
    """Return text isolated from its neighbours' direction (names, figures)."""
    value = str(text)
    return f"<bdi{_dir(value)}>{_esc(value)}</bdi>"


def _prose(text: str) -> str:
    """Return escaped prose with each Arabic run isolated, so it reads right to left.

    Examples:
        >>> _prose("(citing حسين علاوي) <b>")
        '(citing <bdi dir="rtl" lang="ar">حسين علاوي</bdi>) &lt;b&gt;'
    """
    return _ARABIC_RUN.sub(
        lambda m: f'<bdi dir="rtl" lang="ar">{m.group()}</bdi>', _esc(text)
    )


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the sentence around ``[start, end)``: the text before and after.

    At most ``_REACH`` characters each way; a cut sentence shows ``…``.
    """
    lo, cut_left = max(0, start - _REACH), start > _REACH
    for match in _STOP.finditer(text, lo, start):
        lo, cut_left = match.end(), False
    found = _STOP.search(text, end, min(len(text), end + _REACH))
    if found is None:
        hi = min(len(text), end + _REACH)
        cut_right = hi < len(text)
    else:
        hi = found.start() if found.group() == "\n" else found.end()
        cut_right = False
    before, after = text[lo:start].lstrip(), text[end:hi]
    return ("…" if cut_left else "") + before, after + ("…" if cut_right else "")


def _evidence(att: Attribution, documents: Mapping[str, Document]) -> str:
    doc = documents.get(att.document.id, att.document)
    text = doc.text if doc.text is not None else att.document.text
    lang = doc.lang or att.document.lang
    start, end = att.span.start, att.span.end
    where = f"{doc.id} @ {start}–{end}"
    if doc.url:
        where += f" · {doc.url}"  # shown, never linked: the page fetches nothing
    if text is not None and (
        end > len(text) or att.span.text not in (None, text[start:end])
    ):
        text = None  # the offsets belong to another version of the text
    if text is not None:
        before, after = _sentence(text, start, end)
        figure = text[start:end]
        body = f"{_esc(before)}<mark>{_esc(figure)}</mark>{_esc(after)}"
        sample = before + figure + after
    elif att.span.text is not None:
        body, sample = f"<mark>{_esc(att.span.text)}</mark>", att.span.text
    else:
        return (
            f'<p class="note">The evidence text is not available '
            f"(pass documents= with their text): {_esc(where)}</p>"
        )
    return (
        f'<blockquote class="evidence"{_dir(sample, lang)}>{body}</blockquote>'
        f'<p class="where" dir="ltr">{_esc(where)}</p>'
    )


def _chain(att: Attribution) -> str:
    links = [att.document.outlet_name, *(s.name for s in att.citation_chain)]
    if not att.speaker.is_outlet:
        links.append(str(att.speaker))
    # Left to right whatever the names' script: the arrows point to the origin.
    return '<li dir="ltr">' + " ← ".join(_bdi(x) for x in links) + "</li>"


def _side(label: str, side: Side, documents: Mapping[str, Document]) -> str:
    dates = ", ".join(d.isoformat() for d in side.dates) or "date unknown"
    chains = list(dict.fromkeys(_chain(a) for a in side.attributions))
    shown = side.attributions[:_SHOWN]
    evidence = "".join(_evidence(a, documents) for a in shown)
    if len(side.attributions) > _SHOWN:
        # A figure copied by hundreds of outlets would bury the other side.
        more = len(side.attributions) - _SHOWN
        evidence += f'<p class="note">and {more} more attribution(s).</p>'
    if len(chains) > _SHOWN:
        chains[_SHOWN:] = [f"<li>and {len(chains) - _SHOWN} more chain(s)</li>"]
    chains_html = "".join(chains)
    return (
        f'<div class="side"><h4>{label}: <span class="figure">{_bdi(side.label)}'
        f'</span></h4><p class="muted">as of {_esc(dates)} · '
        f"{len(side.origins)} independent origin(s) · outlets: "
        f"{', '.join(_bdi(o) for o in side.outlets)}</p>"
        f'<ul class="chains">{chains_html}</ul>{evidence}</div>'
    )


def _conflict(rank: int, c: Conflict, documents: Mapping[str, Document]) -> str:
    kind = c.kind.value
    return (
        f'<section class="conflict" id="conflict-{rank}" data-kind="{kind}" '
        f'style="border-left-color:var(--{kind})">'
        f'<h3>#{rank} {_bdi(c.question)} <span class="badge" '
        f'style="background:var(--{kind})">{_esc(kind.replace("_", " "))}</span></h3>'
        f'<p class="muted">{_esc(c.reading.value)} reading · severity '
        f'{c.severity:.2f} <span class="severity" aria-hidden="true"><span '
        f'style="width:{100 * c.severity:.0f}%"></span></span></p>'
        f'<p class="explanation" dir="auto">{_prose(c.explanation)}</p>'
        f'<div class="sides">{_side("A", c.a, documents)}'
        f"{_side('B', c.b, documents)}</div></section>"
    )


def _table(claims: ClaimSet, settings: Settings | None) -> str:
    table = disagreement_table(build_graph(claims, settings=settings))
    if not table:
        return (
            '<p class="note">No two outlets answer the same question within '
            "the time window.</p>"
        )
    rows = sorted(
        table.items(),
        key=lambda kv: (-kv[1]["contradicts"] - kv[1]["diverges"], kv[0]),
    )
    body = "".join(
        f"<tr><td>{_bdi(a)}</td><td>{_bdi(b)}</td>"
        + "".join(
            f'<td class="n{" hot" if n and rel != "agrees" else ""}">{n}</td>'
            for rel, n in counts.items()
        )
        + "</tr>"
        for (a, b), counts in rows
    )
    return (
        '<p class="muted">Pairs of claims on the same question, pragmatic reading; '
        "counts stated further apart than the time window are change over time "
        "and not counted as disagreement; an outlet against itself counts the "
        "questions it answers twice.</p>"
        "<table><thead><tr><th>outlet</th><th>outlet</th>"
        "<th>agree</th><th>diverge</th><th>contradict</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _svg(figure: Any, prefix: str) -> str:
    import matplotlib

    buffer = io.StringIO()
    # Text stays text, so the browser shapes Arabic; the salt fixes the ids.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": prefix}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # no XML prolog, no DOCTYPE naming a remote DTD
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r'\s+xmlns(?::\w+)?="[^"]*"', "", svg)  # HTML needs none
    # Several pictures share one page: give each its own ids.
    return re.sub(r'(\bid="|href="#|url\(#)', lambda m: m.group(1) + prefix, svg)


def _timelines(
    report: ConflictReport, claims: ClaimSet, settings: Settings | None, limit: int
) -> str:
    present = {c.question.key for c in claims}
    keys = [k for k in dict.fromkeys(c.question.key for c in report) if k in present]
    keys = keys[:limit]
    if not keys:
        return '<p class="note">No question in conflict to draw.</p>'
    out = []
    for n, key in enumerate(keys, start=1):
        try:
            figure = plot.timeline(claims, key, settings=settings)
        except MissingExtra as exc:
            return f'<p class="note">Timelines are omitted: {_esc(exc)}.</p>'
        out.append(f"<figure>{_svg(figure, f't{n}-')}</figure>")
    return "".join(out)


def render_html(
    report_or_claims: ConflictReport | Iterable[Claim] | ClaimSet,
    *,
    claims: Iterable[Claim] | ClaimSet | None = None,
    documents: Iterable[Document] | Mapping[str, Document] | None = None,
    title: str = "claimtrack report",
    max_timelines: int = 6,
    settings: Settings | None = None,
) -> str:
    """Render conflicts as one self-contained HTML page.

    Args:
        report_or_claims: A :class:`ConflictReport`, or claims to find
            conflicts in (with the default reading and window).
        claims: With a report, the claims it was found in: they add the
            outlet table and the timelines, and the counts of the summary.
        documents: Documents with their text, by id or as a list, for claims
            whose documents were saved without it (claim files): the evidence
            sentence is cut from this text.
        title: The page title.
        max_timelines: Draw timelines for at most this many questions in
            conflict, most severe first.
        settings: Constants for finding conflicts and drawing intervals.

    Returns:
        The page, as a string. It loads nothing: CSS and SVG are inline.
        Without matplotlib the timelines are replaced by a note.

    Notes:
        O(n) in the evidence shown, plus :func:`build_graph` for the table.

    Examples:
        >>> from claimtrack import NumberFigure, Question
        >>> q = Question(subject="coalition <members>", property="count")
        >>> page = render_html(
        ...     [
        ...         Claim(question=q, figure=NumberFigure(value=86)),
        ...         Claim(question=q, figure=NumberFigure(value=60, hedge="more_than")),
        ...     ],
        ...     max_timelines=0,
        ... )
        >>> "coalition &lt;members&gt;" in page, "<members>" in page
        (True, False)
    """
    if isinstance(report_or_claims, ConflictReport):
        report = report_or_claims
        pool = ClaimSet(claims) if claims is not None else None
    else:
        pool = ClaimSet(report_or_claims)
        if claims is not None:
            pool.update(claims)
        report = find_conflicts(pool, settings=settings)
    if documents is None:
        by_id: Mapping[str, Document] = {}
    elif isinstance(documents, Mapping):
        by_id = documents
    else:
        by_id = {d.id: d for d in documents}
    return _page(report, pool, by_id, title, max_timelines, settings)


def _page(
    report: ConflictReport,
    pool: ClaimSet | None,
    documents: Mapping[str, Document],
    title: str,
    max_timelines: int,
    settings: Settings | None,
) -> str:
    from claimtrack import __version__

    if pool is not None:
        atts = [a for c in pool for a in c.attributions]
        n_claims = len(pool)
    else:
        atts = [a for c in report for s in c.sides for a in s.attributions]
        n_claims = len({i for c in report for s in c.sides for i in s.claim_ids})
    stats = {
        "claims": n_claims,
        "outlets": len({a.document.outlet_id for a in atts}),
        "documents": len({a.document.id for a in atts}),
        "conflicts": len(report),
    }
    kinds = Counter(c.kind.value.replace("_", " ") for c in report)
    summary = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in stats.items())
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"
    if report:
        ranked = "".join(
            _conflict(n, c, documents) for n, c in enumerate(report, start=1)
        )
    else:
        ranked = '<p class="note">No conflicts found.</p>'
    if pool is None:
        missing = '<p class="note">Pass claims= to include this section.</p>'
        table = pictures = missing
    else:
        table = _table(pool, settings)
        pictures = (
            _timelines(report, pool, settings, max_timelines)
            if max_timelines > 0
            else '<p class="note">Timelines were not asked for.</p>'
        )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimtrack {_esc(__version__)}">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header><h1 dir="auto">{_esc(title)}</h1>
<p class="muted">Who claimed what, where and when, and where the record
disagrees.</p></header>
<section id="summary"><h2>Summary</h2><dl class="stats">{summary}</dl>
<p class="muted">Conflicts by kind: {_esc(by_kind)}.</p></section>
<section id="conflicts"><h2>Conflicts, most severe first</h2>{ranked}</section>
<section id="outlets"><h2>Outlet by outlet</h2>{table}</section>
<section id="timelines"><h2>Timelines</h2>
<p class="muted">Each point is a figure as an outlet gave it on a date; the thick
bar is its range read as people speak, the thin bar read literally.</p>
{pictures}</section>
</main>
</body>
</html>
"""


def write_html(
    report_or_claims: ConflictReport | Iterable[Claim] | ClaimSet,
    path: str | Path,
    *,
    claims: Iterable[Claim] | ClaimSet | None = None,
    documents: Iterable[Document] | Mapping[str, Document] | None = None,
    title: str = "claimtrack report",
    max_timelines: int = 6,
    settings: Settings | None = None,
) -> Path:
    """Write the page of :func:`render_html` to ``path`` (UTF-8).

    Args:
        report_or_claims: As for :func:`render_html`.
        path: Where to write.
        claims: As for :func:`render_html`.
        documents: As for :func:`render_html`.
        title: As for :func:`render_html`.
        max_timelines: As for :func:`render_html`.
        settings: As for :func:`render_html`.

    Returns:
        The path written.

    Examples:
        >>> import tempfile
        >>> out = write_html([], Path(tempfile.mkdtemp()) / "r.html", title="None")
        >>> "No conflicts found." in out.read_text(encoding="utf-8")
        True
    """
    target = Path(path)
    page = render_html(
        report_or_claims,
        claims=claims,
        documents=documents,
        title=title,
        max_timelines=max_timelines,
        settings=settings,
    )
    target.write_text(page, encoding="utf-8")
    return target
