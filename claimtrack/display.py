"""Notebook display: claims, conflicts and reports as HTML tables.

Jupyter shows a :class:`~claimtrack.Claim`, a :class:`~claimtrack.ClaimSet`,
a :class:`~claimtrack.Conflict` and a :class:`~claimtrack.ConflictReport`
through these functions (their ``_repr_html_``). The tables use inline
styles only and load nothing, so they read the same in JupyterLab, VS Code
and on a static page.

Every piece of text is escaped and isolated in an element with its own
direction: Arabic in ``dir="rtl" lang="ar"``, anything else in
``dir="auto"``. An Arabic speaker name or evidence sentence then reads right
to left beside English columns, and the parts of a citation chain stay in
order whatever their script. Cells are aligned to ``start``, the side each
text begins on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice

from claimtrack.claim import Attribution, Claim
from claimtrack.conflict import Conflict, Side

__all__ = ["claim_html", "claims_html", "conflict_html", "report_html"]

_A = r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_ARABIC = re.compile(f"[{_A}]")
_LETTER = re.compile(r"[^\W\d_]")
# A run of Arabic words inside other text: "(citing حسين علاوي, مستشار) gives".
_ARABIC_RUN = re.compile(rf"[{_A}]+(?:[\s,.\-]+[{_A}]+)*")
_EVIDENCE_CHARS = 300  # longer evidence is cut: a table cell is not a page
_EVIDENCE_PER_CELL = 3  # evidence lines per claim or side in a summary table

_MUTED = "#5b6570"
_LINE = "#d9dee3"
_KIND_COLOURS = {
    "contradiction": "#c62828",
    "divergence": "#e07b00",
    "self_contradiction": "#8e24aa",
    "copy_discrepancy": "#00796b",
}
_TABLE = "border-collapse:collapse;margin:0.4em 0;font-size:0.9em"
_CAPTION = "caption-side:top;text-align:start;padding:0.2em 0;font-weight:600"
# Notebook front ends align table cells right; ``start`` follows the text.
_TH = (
    "text-align:start;vertical-align:bottom;padding:0.3em 0.6em;"
    f"border-bottom:2px solid {_LINE}"
)
_TD = (
    "text-align:start;vertical-align:top;padding:0.3em 0.6em;"
    f"border-bottom:1px solid {_LINE}"
)
_NOTE = f"color:{_MUTED};font-size:0.85em"


def _is_arabic(text: str) -> bool:
    """Whether most letters of ``text`` are Arabic."""
    letters = _LETTER.findall(text)
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    return arabic * 2 > len(letters) > 0


def _text(value: object, *, style: str = "") -> str:
    """Return ``value`` escaped in a span of its own direction."""
    text = str(value)
    if _is_arabic(text):
        attrs, body = ' dir="rtl" lang="ar"', html.escape(text)
    else:
        attrs, body = ' dir="auto"', _isolate_arabic(text)
    if style:
        attrs += f' style="{style}"'
    return f"<span{attrs}>{body}</span>"


def _isolate_arabic(text: str) -> str:
    """Escape ``text``, isolating each Arabic run so punctuation stays put.

    Without this, the bidi algorithm pulls the comma and parenthesis around
    an Arabic name in an English sentence into the Arabic run.
    """
    out, last = [], 0
    for match in _ARABIC_RUN.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<bdi dir="rtl" lang="ar">{html.escape(match.group())}</bdi>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _items(values: Iterable[object], sep: str = "; ") -> str:
    """Return each value isolated in its own span, so scripts do not mix."""
    return html.escape(sep).join(_text(v) for v in values)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _more(shown: int, total: int, noun: str) -> str:
    """Return a note on what was left out, or nothing."""
    if total <= shown:
        return ""
    return _text(
        f"… and {_count(total - shown, 'more ' + noun)} not shown", style=_NOTE
    )


def _row(cells: Iterable[str], *, header: bool = False) -> str:
    tag, style = ("th", _TH) if header else ("td", _TD)
    return (
        "<tr>" + "".join(f'<{tag} style="{style}">{c}</{tag}>' for c in cells) + "</tr>"
    )


def _wide_row(content: str, columns: int) -> str:
    return f'<tr><td colspan="{columns}" style="{_TD}">{content}</td></tr>'


def _table(caption: str, header: Sequence[str], rows: Iterable[str]) -> str:
    return (
        f'<table style="{_TABLE}"><caption style="{_CAPTION}">{caption}</caption>'
        f"<thead>{_row((_text(h) for h in header), header=True)}</thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _dates(dates: Iterable[date]) -> str:
    return _items(sorted({d.isoformat() for d in dates}), ", ") or _text(
        "unknown", style=_NOTE
    )


def _chain(att: Attribution) -> str:
    """Return ``outlet ← source ← speaker``, each link isolated, left to right."""
    links = [att.document.outlet_name, *(s.name for s in att.citation_chain)]
    if not att.speaker.is_outlet:
        links.append(str(att.speaker))
    return f'<span dir="ltr">{_items(links, " ← ")}</span>'


def _evidence(att: Attribution) -> str:
    """Return the evidence text, right to left when Arabic, or where it lies."""
    text = att.evidence
    where = f"{att.document.id} [{att.span.start}, {att.span.end})"
    if text is None:
        return f"<div>{_text(where, style=_NOTE)}</div>"
    if len(text) > _EVIDENCE_CHARS:
        text = text[:_EVIDENCE_CHARS] + "…"
    lang = att.document.lang or ("ar" if _is_arabic(text) else None)
    if lang == "ar":
        attrs = ' dir="rtl" lang="ar"'
    else:
        attrs = ' dir="auto"' + (f' lang="{html.escape(lang)}"' if lang else "")
    return (
        f"<div{attrs}>{html.escape(text)}</div>"
        f'<div dir="ltr">{_text(where, style=_NOTE)}</div>'
    )


def _evidence_list(atts: Sequence[Attribution], limit: int) -> str:
    shown = "".join(_evidence(a) for a in atts[:limit])
    more = _more(limit, len(atts), "attribution")
    return shown + (f"<div>{more}</div>" if more else "")


def claim_html(claim: Claim, *, limit: int = 50) -> str:
    """Render one claim: its question and figure, then a row per attribution.

    Args:
        claim: The claim.
        limit: Show at most this many attributions.

    Returns:
        An HTML table.

    Examples:
        >>> from claimtrack import NumberFigure, Question
        >>> q = Question(subject="coalition <members>", property="count")
        >>> page = claim_html(Claim(question=q, figure=NumberFigure(value=86)))
        >>> "coalition &lt;members&gt;" in page, "<members>" in page
        (True, False)
    """
    caption = (
        f"{_text(claim.question)}: <b>{_text(claim.figure)}</b> "
        f"{_text(f'claim {claim.id}', style=_NOTE)}"
    )
    header = ("Outlet", "Speaker", "Citation chain", "Stance", "Date", "Evidence")
    rows = [
        _row(
            (
                _text(a.document.outlet_name),
                _text(a.speaker),
                _chain(a),
                _text(a.stance.value),
                _dates([a.when] if a.when else []),
                _evidence(a),
            )
        )
        for a in claim.attributions[:limit]
    ]
    if not claim.attributions:
        rows.append(_wide_row(_text("no attributions", style=_NOTE), len(header)))
    if more := _more(limit, len(claim.attributions), "attribution"):
        rows.append(_wide_row(more, len(header)))
    return _table(caption, header, rows)


def _claim_row(claim: Claim) -> str:
    atts = claim.attributions
    return _row(
        (
            _text(claim.question),
            f"<b>{_text(claim.figure)}</b>",
            _items(claim.outlets),
            _items(sorted({str(a.speaker) for a in atts})),
            _dates(d for a in atts if (d := a.when)),
            _evidence_list(atts, _EVIDENCE_PER_CELL),
        )
    )


def claims_html(claims: Iterable[Claim], limit: int = 50) -> str:
    """Render claims as a table, a row per claim, in the order given.

    Args:
        claims: Claims, e.g. a :class:`~claimtrack.ClaimSet`.
        limit: Show at most this many rows; the table says how many more.

    Returns:
        An HTML table.

    Notes:
        O(n) in the number of claims: all are counted, ``limit`` are drawn.

    Examples:
        >>> from claimtrack import NumberFigure, Question
        >>> q = Question(subject="coalition members", property="count")
        >>> page = claims_html(
        ...     [Claim(question=q, figure=NumberFigure(value=v)) for v in (60, 86)],
        ...     limit=1,
        ... )
        >>> "2 claims, 0 attributions" in page, "1 more claim not shown" in page
        (True, True)
    """
    rows, total, attributions = [], 0, 0
    for claim in claims:
        if total < limit:
            rows.append(_claim_row(claim))
        total += 1
        attributions += len(claim.attributions)
    header = ("Question", "Figure", "Outlets", "Speakers", "Dates", "Evidence")
    if more := _more(len(rows), total, "claim"):
        rows.append(_wide_row(more, len(header)))
    caption = _text(f"{_count(total, 'claim')}, {_count(attributions, 'attribution')}")
    return _table(caption, header, rows)


def _kind(conflict: Conflict) -> str:
    colour = _KIND_COLOURS.get(conflict.kind.value, _MUTED)
    style = (
        f"background:{colour};color:#fff;border-radius:0.8em;padding:0 0.5em;"
        "font-size:0.85em;white-space:nowrap"
    )
    return _text(conflict.kind.value, style=style)


def _side_cell(side: Side) -> str:
    """Return a side in one cell: figure, outlets, speakers, dates, evidence."""
    lines = [
        f"<b>{_text(side.label)}</b>",
        _items(side.outlets),
        _items(side.speakers),
        _dates(side.dates),
    ]
    return "".join(f"<div>{x}</div>" for x in lines) + _evidence_list(
        side.attributions, _EVIDENCE_PER_CELL
    )


def conflict_html(conflict: Conflict, *, limit: int = 10) -> str:
    """Render a conflict: a row per side, then the explanation.

    Args:
        conflict: The conflict.
        limit: Show at most this many pieces of evidence per side.

    Returns:
        An HTML table.

    Examples:
        >>> from claimtrack import NumberFigure, Question, find_conflicts
        >>> q = Question(subject="coalition members", property="count")
        >>> report = find_conflicts(
        ...     [Claim(question=q, figure=NumberFigure(value=v)) for v in (60, 86)]
        ... )
        >>> "contradiction" in conflict_html(report[0])
        True
    """
    caption = f"{_kind(conflict)} {_text(conflict.question)} " + _text(
        f"{conflict.reading.value} reading · severity {conflict.severity:.2f}",
        style=_NOTE,
    )
    header = (
        "Side",
        "Figure",
        "Outlets",
        "Speakers",
        "Dates",
        "Citation chains",
        "Evidence",
    )
    rows = [
        _row(
            (
                _text(name),
                f"<b>{_text(side.label)}</b>",
                _items(side.outlets),
                _items(side.speakers),
                _dates(side.dates),
                "".join(
                    dict.fromkeys(f"<div>{_chain(a)}</div>" for a in side.attributions)
                ),
                _evidence_list(side.attributions, limit),
            )
        )
        for name, side in (("A", conflict.a), ("B", conflict.b))
    ]
    rows.append(_wide_row(_text(conflict.explanation), len(header)))
    return _table(caption, header, rows)


def report_html(report: Sequence[Conflict], limit: int = 50) -> str:
    """Render a conflict report as a table, most severe first.

    Args:
        report: A :class:`~claimtrack.ConflictReport` (or any sequence of
            conflicts).
        limit: Show at most this many conflicts; the table says how many more.

    Returns:
        An HTML table.

    Notes:
        Builds only the conflicts it shows, so a report of millions of
        conflicts displays as fast as one of ``limit``.

    Examples:
        >>> from claimtrack import ConflictReport
        >>> "No conflicts found." in report_html(ConflictReport([]))
        True
    """
    header = ("#", "Severity", "Kind", "Question", "Side A", "Side B", "Explanation")
    rows = [
        _row(
            (
                _text(rank),
                _text(f"{c.severity:.2f}"),
                _kind(c),
                _text(c.question),
                _side_cell(c.a),
                _side_cell(c.b),
                _text(c.explanation),
            )
        )
        for rank, c in enumerate(islice(report, limit), start=1)
    ]
    more = _more(len(rows), len(report), "conflict")
    if not rows:
        rows.append(_wide_row(_text("No conflicts found.", style=_NOTE), len(header)))
    if more:
        rows.append(_wide_row(more, len(header)))
    return _table(
        _text(f"ConflictReport: {_count(len(report), 'conflict')}"), header, rows
    )
