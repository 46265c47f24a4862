"""Pictures: a question's figures over time, and the claim graph.

Both functions return a :class:`matplotlib.figure.Figure` built without
pyplot, so they hold no global state and work under any backend (save with
``fig.savefig("x.png")``). matplotlib is the ``claimtrack[plot]`` extra and is
imported only when a picture is drawn.

Arabic: outlets are labelled with their English ``Source.name``; speakers and
questions keep the words they were found with. Text is drawn in DejaVu Sans,
which has Arabic glyphs; a character it lacks is drawn as ``�`` rather than
raising a missing-glyph warning. matplotlib 3.11 (the version tested) joins
and orders Arabic letters; older releases draw them unjoined and left to
right: hard to read, but never an error. In SVG written with
``svg.fonttype = "none"`` (as :func:`claimtrack.render_html` does) the browser
lays the text out itself.
"""

from __future__ import annotations

import logging
import math
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from claimtrack.claim import Claim, Question
from claimtrack.compare import raw_bounds
from claimtrack.errors import InvalidInput, MissingExtra
from claimtrack.figure import Hedge, NumberFigure, format_number
from claimtrack.merge import ClaimSet
from claimtrack.settings import Settings

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["draw_graph", "timeline"]

log = logging.getLogger(__name__)

FONT = "DejaVu Sans"
_SIGNS = {
    Hedge.EXACT: "",
    Hedge.ABOUT: "≈",
    Hedge.MORE_THAN: ">",
    Hedge.AT_LEAST: "≥",
    Hedge.LESS_THAN: "<",
    Hedge.AT_MOST: "≤",
    Hedge.RANGE: "",
    Hedge.VAGUE: "~",
    Hedge.BY: "by ",
}
_HEDGE_NAMES = {h: h.value.replace("_", " ") for h in Hedge} | {
    Hedge.BY: "by (deadline)",
    Hedge.VAGUE: "vague (~)",
}
_MARKERS = {
    Hedge.EXACT: "o",
    Hedge.ABOUT: "D",
    Hedge.MORE_THAN: "^",
    Hedge.AT_LEAST: "^",
    Hedge.LESS_THAN: "v",
    Hedge.AT_MOST: "v",
    Hedge.RANGE: "s",
    Hedge.VAGUE: "s",
    Hedge.BY: "v",
}
# kind: marker, colour, size, legend label; claims in conflict are drawn red.
_NODES = {
    "outlet": ("s", "#1f77b4", 70, "outlet / cited source"),
    "document": (".", "#9e9e9e", 18, "document"),
    "speaker": ("^", "#2ca02c", 40, "speaker"),
    "claim": ("o", "#7f7f7f", 24, "claim"),
    "question": ("D", "#9467bd", 40, "question"),
}
_LAYERS = ("outlet", "document", "speaker", "claim", "question")
_CLASH = {"diverges": ("#ff7f0e", 1.2), "contradicts": ("#d62728", 1.8)}


def _matplotlib() -> Any:
    try:
        import matplotlib
        import matplotlib.dates
    except ImportError:
        raise MissingExtra("matplotlib", extra="plot") from None
    return matplotlib


@cache
def _glyphs() -> frozenset[int]:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(FONT, fallback_to_default=True)
    return frozenset(FT2Font(path).get_charmap())


def _text(text: str, limit: int = 60) -> str:
    """Return ``text`` safe to draw: known glyphs only, no mathtext, not too long."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    glyphs = _glyphs()
    text = "".join(c if ord(c) in glyphs or c in "\n\t" else "\ufffd" for c in text)
    return text.replace("$", r"\$")


def _canvas(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    if ax is not None:
        try:
            root = ax.get_figure(root=True)
        except TypeError:  # matplotlib < 3.10: a SubFigure's .figure is the root
            root = ax.figure.figure
        assert isinstance(root, Figure)
        return root, ax
    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _pick_question(claims: list[Claim], key: str | Question | None) -> str:
    if isinstance(key, Question):
        return key.key
    if key is not None:
        if not any(c.question.key == key for c in claims):
            raise InvalidInput(
                "no claim answers this question", field="question_key", value=key
            )
        return key
    if not claims:
        raise InvalidInput("there are no claims to draw", field="claims")
    counts = Counter(c.question.key for c in claims)
    # Most claims, then most attributions, then the key: a stable choice.
    weight = Counter[str]()
    for c in claims:
        weight[c.question.key] += len(c.attributions)
    return min(counts, key=lambda k: (-counts[k], -weight[k], k))


def _point_label(claim: Claim) -> str:
    figure = claim.figure
    if not isinstance(figure, NumberFigure):
        return str(figure)
    if figure.value is None:
        assert figure.low is not None
        assert figure.high is not None
        core = f"{format_number(figure.low)}–{format_number(figure.high)}"
    else:
        core = format_number(figure.value)
    return _SIGNS[figure.hedge] + core


def timeline(
    claims: Iterable[Claim] | ClaimSet,
    question_key: str | Question | None = None,
    *,
    ax: Axes | None = None,
    settings: Settings | None = None,
) -> Figure:
    """Draw the figures given for one question, by outlet and date.

    One point per outlet, claim and date: x is the as-of date (the publication
    date unless the text states one), y the value, or the date for times.
    The thick bar is the interval under the pragmatic reading, the thin bar
    the strict one; an open end is drawn to the edge with an arrow. The
    marker and the label show the hedge (``≈`` about, ``>`` more than, ``by``
    a deadline). Each outlet has its own colour.

    Args:
        claims: The claims (those on other questions are ignored).
        question_key: The question to draw, as a key or a :class:`Question`;
            by default the question with the most claims.
        ax: Axes to draw on; a new figure is made when omitted.
        settings: Constants for the readings.

    Returns:
        The figure the axes belong to.

    Raises:
        InvalidInput: No claims, or none on ``question_key``.
        MissingExtra: matplotlib is not installed.

    Notes:
        O(n) in the number of attributions on the question.

    Examples:
        >>> from claimtrack import Attribution, Document, Source, Span, Speaker
        >>> q = Question(subject="coalition members", property="count")
        >>> doc = Document(
        ...     id="d", source=Source(name="Reuters"), published="2025-01-01"
        ... )
        >>> said = Attribution(
        ...     document=doc, speaker=Speaker.outlet_voice(), span=Span(start=0, end=2)
        ... )
        >>> fig = timeline(
        ...     [Claim(question=q, figure=NumberFigure(value=86), attributions=[said])]
        ... )
        >>> fig.axes[0].get_title()
        'coalition members (count)'
    """
    mdates = _matplotlib().dates
    from matplotlib.lines import Line2D

    settings = settings or Settings()
    pool = list(claims)
    key = _pick_question(pool, question_key)
    chosen = [c for c in pool if c.question.key == key]
    fig, ax = _canvas(ax, (9, 4.8))
    # Day ordinals to matplotlib date numbers, honouring a custom date epoch.
    shift = mdates.date2num(date(2000, 1, 1)) - date(2000, 1, 1).toordinal()
    kinds = Counter(c.figure.kind for c in chosen)
    kind = kinds.most_common(1)[0][0]
    rows: list[tuple[str, float, Claim, tuple[float, float], tuple[float, float]]] = []
    skipped = 0
    for claim in chosen:
        bounds = raw_bounds(claim.figure, settings)
        if bounds is None or claim.figure.kind != kind:
            skipped += len(claim.attributions)
            continue
        seen: set[tuple[str, date]] = set()
        for att in claim.attributions:
            when = att.when
            if when is None:
                skipped += 1
                continue
            if (att.document.outlet_name, when) not in seen:
                seen.add((att.document.outlet_name, when))
                x = when.toordinal() + shift
                rows.append((att.document.outlet_name, x, claim, *bounds))
    is_time = kind == "time"
    if is_time:  # times are drawn on a date axis too
        rows = [
            (o, x, c, (s[0] + shift, s[1] + shift), (p[0] + shift, p[1] + shift))
            for o, x, c, s, p in rows
        ]
    outlets = sorted({r[0] for r in rows})
    colours = _colours(len(outlets))
    colour = dict(zip(outlets, colours, strict=True))
    finite = [v for r in rows for b in r[3:] for v in b if math.isfinite(v)]
    y_low, y_high = (min(finite), max(finite)) if finite else (0.0, 1.0)
    pad = max((y_high - y_low) * 0.12, 30.0 if is_time else 1.0)
    y_low, y_high = y_low - pad, y_high + pad
    if not is_time and finite and min(finite) >= 0:
        y_low = max(y_low, 0.0)
    xs = [r[1] for r in rows]
    dx = max((max(xs) - min(xs)) * 0.012, 0.8) if xs else 1.0
    hedges: set[Hedge] = set()
    placed: dict[tuple[int, int], list[str]] = defaultdict(list)
    for outlet, x, claim, strict, prag in rows:
        x += (outlets.index(outlet) - (len(outlets) - 1) / 2) * dx
        c = colour[outlet]
        hedge = claim.figure.hedge
        hedges.add(hedge)
        for (lo, hi), width, alpha in ((strict, 1.1, 0.9), (prag, 6.0, 0.35)):
            lo_c, hi_c = max(lo, y_low), min(hi, y_high)
            ax.vlines(x, lo_c, hi_c, colors=[c], linewidth=width, alpha=alpha)
            if math.isinf(hi):
                ax.plot([x], [y_high], marker="^", color=c, markersize=5)
            if math.isinf(lo):
                ax.plot([x], [y_low], marker="v", color=c, markersize=5)
        y = _anchor(claim, prag)
        ax.plot([x], [y], marker=_MARKERS[hedge], color=c, markersize=7, ls="")
        # Near-coincident points share one label per text; different texts
        # at one spot are stacked rather than drawn over each other.
        spot = (round(x / (6 * dx)), round(y / ((y_high - y_low) / 25)))
        text = _text(_point_label(claim), 28)
        if text in placed[spot]:
            continue
        placed[spot].append(text)
        # Labels of the latest points go to their left, clear of the legend.
        left = bool(xs) and x > min(xs) + 0.7 * (max(xs) - min(xs))
        ax.annotate(
            text,
            (x, y),
            xytext=(-6 if left else 6, 9 * (len(placed[spot]) - 1)),
            textcoords="offset points",
            ha="right" if left else "left",
            fontsize=8,
            va="center",
            fontfamily=FONT,
        )
    ax.set_ylim(y_low, y_high)
    _date_axis(ax.xaxis)
    if is_time:
        # Whole dates on y: a deadline needs its year and month at a glance.
        ax.yaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
        fmt = "%Y-%m" if y_high - y_low > 62 else "%Y-%m-%d"
        ax.yaxis.set_major_formatter(mdates.DateFormatter(fmt))
    first = chosen[0]
    unit = getattr(first.figure, "unit", None)
    prop = first.question.property.value
    ax.set_ylabel("date" if is_time else _text(f"{prop} ({unit})" if unit else prop))
    ax.set_xlabel("as-of date")
    title = textwrap.fill(_text(str(first.question), 140), 70)
    ax.set_title(title, fontfamily=FONT, fontsize=10)
    ax.grid(True, alpha=0.25)
    handles = [
        Line2D([], [], color=colour[o], marker="o", ls="", label=_text(o, 30))
        for o in outlets
    ]
    handles += [
        Line2D([], [], color="k", marker=_MARKERS[h], ls="", label=_HEDGE_NAMES[h])
        for h in sorted(hedges)
    ]
    handles += [
        Line2D([], [], color="grey", lw=6, alpha=0.35, label="pragmatic reading"),
        Line2D([], [], color="grey", lw=1.1, label="strict reading"),
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        prop={"family": FONT, "size": 8},
    )
    if skipped:
        ax.text(
            0.01,
            0.01,
            f"{skipped} attribution(s) without a date or range not shown",
            transform=ax.transAxes,
            fontsize=7,
            color="grey",
        )
    return fig


def _anchor(claim: Claim, prag: tuple[float, float]) -> float:
    """Return the y of a point: the number said, else the interval's middle."""
    figure = claim.figure
    if isinstance(figure, NumberFigure) and figure.value is not None:
        return float(figure.value)
    if figure.kind == "time" and figure.hedge is Hedge.BY:
        return prag[1]  # a deadline sits at its last day
    lo, hi = prag
    if math.isinf(lo) or math.isinf(hi):
        return hi if math.isinf(lo) else lo
    return (lo + hi) / 2


def _date_axis(axis: Any) -> None:
    import matplotlib.dates

    mdates: Any = matplotlib.dates  # untyped module
    locator = mdates.AutoDateLocator()
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _colours(n: int) -> list[Any]:
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]


def draw_graph(
    graph: nx.MultiDiGraph,
    *,
    ax: Axes | None = None,
    layout: Literal["layered", "spring"] = "layered",
    max_labels: int = 25,
    seed: int = 0,
) -> Figure:
    """Draw the claim graph of :func:`claimtrack.build_graph`.

    Outlets are blue squares, documents grey dots, speakers green triangles,
    claims circles (red when in conflict) and questions purple diamonds.
    Orange edges join claims that diverge, red ones claims that contradict.
    Only outlets and the best-connected nodes are labelled, so a graph of a
    few hundred nodes stays readable.

    Args:
        graph: The claim graph.
        ax: Axes to draw on; a new figure is made when omitted.
        layout: ``"layered"`` puts each kind of node in its own column, in an
            order that keeps neighbours level; ``"spring"`` is force-directed.
        max_labels: How many nodes besides the outlets get a label.
        seed: Seed of the spring layout, so a picture can be redrawn.

    Returns:
        The figure the axes belong to.

    Raises:
        MissingExtra: matplotlib is not installed.

    Notes:
        The layered layout is O(n + e) per sweep, with four sweeps. The spring
        layout of networkx needs scipy from 500 nodes on; without it the
        layered layout is used.

    Examples:
        >>> from claimtrack import build_graph
        >>> q = Question(subject="coalition members", property="count")
        >>> g = build_graph([Claim(question=q, figure=NumberFigure(value=86))])
        >>> len(draw_graph(g).axes)
        1
    """
    _matplotlib()
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    simple = nx.Graph(graph)
    layers: dict[str, list[Any]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        layers[data.get("kind", "claim")].append(node)
    tallest = max((len(v) for v in layers.values()), default=1)
    fig, ax = _canvas(ax, (12, min(max(5.0, 0.09 * tallest + 2), 40)))
    pos = _positions(graph, simple, layers, layout, seed)
    clashing = {
        n
        for a, b, d in graph.edges(data=True)
        if d.get("rel") in _CLASH
        for n in (a, b)
    }
    plain = [
        (pos[a], pos[b])
        for a, b, d in graph.edges(data=True)
        if d.get("rel") not in (*_CLASH, "agrees")
    ]
    ax.add_collection(LineCollection(plain, colors="#b0b0b0", linewidths=0.4))
    for rel, (col, width) in _CLASH.items():
        arcs = [
            _arc(pos[a], pos[b])
            for a, b, d in graph.edges(data=True)
            if d.get("rel") == rel
        ]
        ax.add_collection(LineCollection(arcs, colors=col, linewidths=width))
    handles = []
    for kind in (*_LAYERS, *sorted(set(layers) - set(_LAYERS))):
        marker, col, size, label = _NODES.get(kind, _NODES["claim"])
        nodes = layers.get(kind, [])
        if not nodes:
            continue
        colours = ["#d62728" if n in clashing else col for n in nodes]
        ax.scatter(
            [pos[n][0] for n in nodes],
            [pos[n][1] for n in nodes],
            s=size,
            marker=marker,
            c=colours,
            zorder=3,
            edgecolors="none",
        )
        handles.append(Line2D([], [], marker=marker, color=col, ls="", label=label))
    if clashing:
        handles.append(
            Line2D(
                [], [], marker="o", color="#d62728", ls="", label="claim in conflict"
            )
        )
    for rel, (col, width) in _CLASH.items():
        handles.append(Line2D([], [], color=col, lw=width, label=rel))
    degree = dict(simple.degree())
    hubs = sorted(
        (n for n in graph if graph.nodes[n].get("kind") != "outlet"),
        key=lambda n: (-degree.get(n, 0), n not in clashing, str(n)),
    )
    inches = fig.get_size_inches()
    labelled = _spaced(layers.get("outlet", []), pos, inches, len(graph))
    labelled += _spaced(hubs, pos, inches, max_labels, taken=labelled)
    for node in labelled:
        x, y = pos[node]
        left = layout == "layered" and graph.nodes[node].get("kind") == "outlet"
        ax.annotate(
            _text(str(graph.nodes[node].get("label", node[-1])), 32),
            (x, y),
            xytext=(-5 if left else 5, 0),
            textcoords="offset points",
            ha="right" if left else "left",
            va="center",
            fontsize=7,
            fontfamily=FONT,
            zorder=4,
        )
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    ax.set_axis_off()
    ax.autoscale_view()
    ax.margins(0.12 if layout == "layered" else 0.05)
    return fig


def _spaced(
    nodes: list[Any],
    pos: dict[Any, tuple[float, float]],
    size: Any,
    limit: int,
    taken: list[Any] = (),  # type: ignore[assignment]
) -> list[Any]:
    """Return up to ``limit`` of ``nodes``, in order, whose labels do not collide."""
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    # A label is about 9 points high and 90 wide; axes fill ~3/4 of the figure.
    gap_x = (max(xs) - min(xs) or 1.0) * 90 / (size[0] * 72 * 0.75)
    gap_y = (max(ys) - min(ys) or 1.0) * 9 / (size[1] * 72 * 0.75)
    chosen: list[Any] = []
    for node in nodes:
        if len(chosen) >= limit:
            break
        x, y = pos[node]
        if all(
            abs(pos[m][0] - x) >= gap_x or abs(pos[m][1] - y) >= gap_y
            for m in (*taken, *chosen)
        ):
            chosen.append(node)
    return chosen


def _positions(
    graph: nx.MultiDiGraph,
    simple: nx.Graph,
    layers: dict[str, list[Any]],
    layout: str,
    seed: int,
) -> dict[Any, tuple[float, float]]:
    if layout == "spring":
        try:
            found = nx.spring_layout(simple, seed=seed)
            return {n: (float(p[0]), float(p[1])) for n, p in found.items()}
        except ImportError:
            log.info("spring layout needs scipy for %d nodes; layered", len(graph))
    elif layout != "layered":
        raise InvalidInput(
            "layout is 'layered' or 'spring'", field="layout", value=layout
        )
    kinds = [*_LAYERS, *sorted(set(layers) - set(_LAYERS))]
    order = {k: sorted(layers.get(k, []), key=str) for k in kinds}
    y: dict[Any, float] = {}

    def place(kind: str) -> None:
        nodes = order[kind]
        for i, n in enumerate(nodes):
            y[n] = 1 - (i + 0.5) / len(nodes)

    for kind in kinds:
        place(kind)
    # Barycentre sweeps: each column sorted by the mean height of its
    # neighbours, forth and back, which removes most edge crossings.
    for sweep in range(4):
        for kind in kinds if sweep % 2 == 0 else kinds[::-1]:
            nodes = order[kind]
            centre = {
                n: sum(y[m] for m in simple[n]) / len(simple[n]) if simple[n] else y[n]
                for n in nodes
            }
            nodes.sort(key=lambda n: (-centre[n], str(n)))
            place(kind)
    return {n: (float(kinds.index(k)), y[n]) for k in kinds for n in order[k]}


def _arc(
    a: tuple[float, float], b: tuple[float, float], steps: int = 12
) -> list[tuple[float, float]]:
    """Return a curve from a to b bulging sideways, so edges within a column show."""
    (x0, y0), (x1, y1) = a, b
    bend = 0.15 + 0.6 * abs(y1 - y0)
    cx, cy = (x0 + x1) / 2 + bend, (y0 + y1) / 2
    out = []
    for i in range(steps + 1):
        t = i / steps
        out.append(
            (
                (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1,
                (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1,
            )
        )
    return out
