"""Pictures: the claim graph of :func:`claimtrack.build_graph`, layer by layer.

Outlets, documents, speakers, claims and questions in columns (or a spring
layout), agreements grey and disagreements coloured. Shares the font, glyph
and canvas handling of :mod:`claimtrack.plot`; matplotlib is imported only
when a picture is drawn.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from claimtrack.errors import InvalidInput
from claimtrack.plot import FONT, _canvas, _matplotlib, _text

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["draw_graph"]

log = logging.getLogger(__name__)

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
        >>> from claimtrack import Claim, NumberFigure, Question, build_graph
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
        if d.get("rel") not in (*_CLASH, "agrees", "changes")
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
