"""Pictures: timelines and the claim graph render, label hedges, never warn."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack import plot, plot_graph

pytest.importorskip("matplotlib")

PNG = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parents[1]

DESERT = ct.Source(name="Desert Herald", names={"ar": "بريد الصحراء"})
GULF = ct.Source(name="Gulf Monitor")
MEMBERS = ct.Question(subject="coalition members", property="count")
DEADLINE = ct.Question(
    subject="end of the coalition mission", property="deadline", place="Erbil"
)


def _att(source: ct.Source | None, day: str | None, n: int = 0) -> ct.Attribution:
    name = f"{source.id if source else 'x'}-{day}-{n}"
    doc = ct.Document(id=name, source=source, published=day)
    return ct.Attribution(
        document=doc, speaker=ct.Speaker.outlet_voice(), span=ct.Span(start=0, end=1)
    )


def _claim(question: ct.Question, figure: ct.Figure, *atts: ct.Attribution) -> ct.Claim:
    return ct.Claim(question=question, figure=figure, attributions=atts)


@pytest.fixture
def numbers() -> list[ct.Claim]:
    return [
        _claim(MEMBERS, ct.NumberFigure(value=86), _att(DESERT, "2024-09-06")),
        _claim(
            MEMBERS,
            ct.NumberFigure(value=60, hedge="more_than"),
            _att(GULF, "2025-08-18"),
        ),
        _claim(
            MEMBERS,
            ct.NumberFigure(value=80, hedge="about"),
            _att(GULF, "2025-01-02"),
            _att(None, None),  # no date: counted, not drawn
        ),
        _claim(
            MEMBERS,
            ct.NumberFigure(low=70, high=90, hedge="range"),
            _att(DESERT, "2025-03-01"),
        ),
        _claim(
            MEMBERS,
            ct.NumberFigure(value=90, hedge="at_most"),
            _att(GULF, "2025-05-05"),
        ),
        _claim(DEADLINE, ct.TimeFigure(value="2026-09"), _att(GULF, "2025-08-18")),
    ]


@pytest.fixture
def times() -> list[ct.Claim]:
    end = ct.TimeFigure(value="2026", part="end", hedge="by")
    return [
        _claim(DEADLINE, end, _att(DESERT, "2024-09-06")),
        _claim(DEADLINE, ct.TimeFigure(value="2026-09"), _att(GULF, "2025-08-18")),
        _claim(
            DEADLINE,
            ct.TimeFigure(value="2026-09", hedge="by"),
            _att(GULF, "2025-08-19"),
        ),
    ]


def _png(fig: object, path: Path) -> bytes:
    fig.savefig(path, dpi=60)  # type: ignore[attr-defined]
    data = path.read_bytes()
    assert data.startswith(PNG)
    assert len(data) > 2000
    return data


def _texts(fig: object) -> list[str]:
    ax = fig.axes[0]  # type: ignore[attr-defined]
    texts = [t.get_text() for t in ax.texts]
    legend = ax.get_legend()
    if legend is not None:
        texts += [t.get_text() for t in legend.get_texts()]
    return texts


def test_timeline_of_numbers_renders_with_hedges_and_outlets(
    numbers: list[ct.Claim], tmp_path: Path
) -> None:
    fig = ct.timeline(numbers)  # the question with the most claims
    _png(fig, tmp_path / "numbers.png")
    ax = fig.axes[0]
    assert ax.get_title() == "coalition members (count)"
    texts = _texts(fig)
    assert {"Desert Herald", "Gulf Monitor"} <= set(texts)
    assert {"86", ">60", "≈80", "70–90", "≤90"} <= set(texts)
    assert {"more than", "about", "range", "at most", "exact"} <= set(texts)
    assert any("without a date" in t for t in texts)


def test_timeline_of_deadlines_puts_dates_on_both_axes(
    times: list[ct.Claim], tmp_path: Path
) -> None:
    fig = ct.timeline(times, DEADLINE)
    _png(fig, tmp_path / "times.png")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "date"
    assert "by the end of 2026" in _texts(fig)
    low, high = ax.get_ylim()
    assert low < date(2026, 9, 1).toordinal() - date(1970, 1, 1).toordinal() < high


def test_timeline_draws_on_given_axes(numbers: list[ct.Claim]) -> None:
    from matplotlib.figure import Figure

    fig = Figure()
    left, right = fig.subplots(1, 2)
    assert ct.timeline(numbers, MEMBERS.key, ax=right) is fig
    assert right.get_title()
    assert not left.get_title()


def test_timeline_refuses_an_unknown_question(numbers: list[ct.Claim]) -> None:
    with pytest.raises(ct.InvalidInput, match="question_key"):
        ct.timeline(numbers, "no such question|count")
    with pytest.raises(ct.InvalidInput):
        ct.timeline([])


def test_arabic_dollars_and_missing_glyphs_never_warn(tmp_path: Path) -> None:
    # filterwarnings=error: a missing-glyph or mathtext warning would fail here.
    q = ct.Question(subject="تكلفة المهمة $ 中文", property="amount")
    source = ct.Source(name="بريد الصحراء")
    claims = [
        _claim(q, ct.NumberFigure(value=2.5, unit="$"), _att(source, "2024-01-01")),
        _claim(q, ct.NumberFigure(value=3), _att(GULF, "2024-02-01")),
    ]
    fig = ct.timeline(claims)
    _png(fig, tmp_path / "arabic.png")
    title = fig.axes[0].get_title()
    assert "تكلفة" in title
    assert "中" not in title
    assert "\ufffd" in title
    _png(ct.draw_graph(ct.build_graph(claims)), tmp_path / "arabic-graph.png")


def test_draw_graph_of_the_example(tmp_path: Path) -> None:
    claims = ct.load_claims(ROOT / "examples" / "coalition" / "claims.jsonl")
    graph = ct.build_graph(claims)
    fig = ct.draw_graph(graph, max_labels=5)
    _png(fig, tmp_path / "graph.png")
    ax = fig.axes[0]
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {"outlet / cited source", "speaker", "claim", "question"} <= legend
    assert {"claim in conflict", "diverges"} <= legend
    outlets = [n for n, d in graph.nodes(data=True) if d["kind"] == "outlet"]
    labels = {t.get_text() for t in ax.texts}
    for n in outlets:  # long names are cut with an ellipsis
        assert any(t.startswith(graph.nodes[n]["label"][:30]) for t in labels)
    assert len(outlets) < len(ax.texts) <= len(outlets) + 5  # outlets and hubs


def test_draw_graph_of_a_few_hundred_nodes(tmp_path: Path) -> None:
    claims = []
    for i in range(150):
        q = ct.Question(subject=f"question {i % 30}", property="count")
        att = _att(ct.Source(name=f"Outlet {i % 9}"), "2024-01-01", i)
        att = att.model_copy(
            update={"speaker": ct.Speaker(kind="person", name=f"Speaker {i % 15}")}
        )
        claims.append(_claim(q, ct.NumberFigure(value=10 + i), att))
    graph = ct.build_graph(claims)
    assert len(graph) > 300
    fig = ct.draw_graph(graph)
    _png(fig, tmp_path / "big.png")
    texts = fig.axes[0].texts
    assert 9 + 5 <= len(texts) <= 9 + 25  # outlets, then hubs that fit
    boxes = [(t.xy, t.get_text()) for t in texts]
    assert len({xy for xy, _ in boxes}) == len(boxes)


def test_spring_layout_and_bad_layout(tmp_path: Path, numbers: list[ct.Claim]) -> None:
    graph = ct.build_graph(numbers)
    _png(ct.draw_graph(graph, layout="spring"), tmp_path / "spring.png")
    with pytest.raises(ct.InvalidInput, match="layout"):
        ct.draw_graph(graph, layout="circle")  # type: ignore[arg-type]


def test_missing_matplotlib_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, numbers: list[ct.Claim]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ct.MissingExtra, match=r"claimtrack\[plot\]"):
        plot.timeline(numbers)
    with pytest.raises(ImportError):
        plot_graph.draw_graph(ct.build_graph(numbers))
