"""Pictures: a question's figures over time; the helpers every picture shares.

The claim graph is drawn by :mod:`claimtrack.plot_graph`. Both pictures
return a :class:`matplotlib.figure.Figure` built without pyplot, so they hold
no global state and work under any backend (save with
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
from typing import TYPE_CHECKING, Any

from claimtrack.claim import Claim, Question
from claimtrack.compare import raw_bounds
from claimtrack.errors import InvalidInput, MissingExtra
from claimtrack.figure import Hedge, NumberFigure, format_number
from claimtrack.merge import ClaimSet
from claimtrack.settings import Settings

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["timeline"]

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
