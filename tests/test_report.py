"""The HTML report, without a browser: structure, escaping, direction, no URLs."""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack import plot

AR_TEXT = (
    "أعلنت الحكومة خطة جديدة. "
    "ويضم التحالف الدولي الذي تشكل عام 2014 لمحاربة التنظيم 86 دولة. "
    "وقال المتحدث إن الخطة ستنفذ."
)
EN_TEXT = (
    "BAGHDAD - Talks went on. The coalition, which counts more than 60 countries, "
    "will end its mission next month. Nothing else was said."
)
AR_FIGURE, EN_FIGURE = "86 دولة", "more than 60 countries"

DESERT = ct.Source(name="Desert <Herald>", names={"ar": "بريد الصحراء"})
GULF = ct.Source(name="Gulf Monitor")
MEMBERS = ct.Question(subject="members of the coalition", property="count")


def _att(
    doc: ct.Document, figure: str, speaker: ct.Speaker | None = None, **extra: object
) -> ct.Attribution:
    assert doc.text is not None
    start = doc.text.index(figure)
    return ct.Attribution(
        document=doc,
        speaker=speaker or ct.Speaker.outlet_voice(),
        span=ct.Span(start=start, end=start + len(figure)),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def docs() -> dict[str, ct.Document]:
    return {
        "ar": ct.Document(
            id="desert-1",
            source=DESERT,
            published="2024-09-06",
            lang="ar",
            text=AR_TEXT,
        ),
        "en": ct.Document(
            id="gulf-1",
            source=GULF,
            published="2025-08-18",
            lang="en",
            text=EN_TEXT,
            url="https://example.org/gulf-1",
        ),
    }


@pytest.fixture
def claims(docs: dict[str, ct.Document]) -> list[ct.Claim]:
    allawi = ct.Speaker(kind="person", name="حسين علاوي", role="adviser")
    return [
        ct.Claim(
            question=MEMBERS,
            figure=ct.NumberFigure(value=86, unit="country"),
            attributions=[_att(docs["ar"], AR_FIGURE)],
        ),
        ct.Claim(
            question=MEMBERS,
            figure=ct.NumberFigure(value=60, hedge="more_than", unit="country"),
            attributions=[
                _att(
                    docs["en"],
                    EN_FIGURE,
                    allawi,
                    citation_chain=(ct.Source(name="Reuters"),),
                )
            ],
        ),
    ]


@pytest.fixture
def page(claims: list[ct.Claim]) -> str:
    return ct.render_html(claims, title="Coalition & <friends>")


class _Tags(HTMLParser):
    """Collect start tags with their attributes, and check nesting."""

    VOID = frozenset({"meta", "br", "img", "link", "input", "hr", "path", "use"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "svg":
            self.svg_depth += 1
        if tag not in self.VOID and not self.svg_depth:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.svg_depth -= 1
            return
        if self.svg_depth or tag in self.VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong element"


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def _blockquotes(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<blockquote class="evidence"([^>]*)>(.*?)</blockquote>', page)


def test_page_structure_and_summary(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    tags = _parse(page)
    ids = [a["id"] for _, a in tags.tags if a.get("id")]
    for section in ("summary", "conflicts", "outlets", "timelines"):
        assert section in ids
    assert len(ids) == len(set(ids)), "ids are unique, SVG ids included"
    summary = page.split('id="summary"', 1)[1].split("</section>", 1)[0]
    stats = dict(re.findall(r"<dt>(\w+)</dt><dd>(\d+)</dd>", summary))
    assert stats == {"claims": "2", "outlets": "2", "documents": "2", "conflicts": "1"}
    assert "1 divergence" in summary


def test_text_is_escaped(page: str) -> None:
    assert "<title>Coalition &amp; &lt;friends&gt;</title>" in page
    assert "Desert &lt;Herald&gt;" in page
    assert "<Herald>" not in page
    assert "<friends>" not in page


def test_no_external_resources(page: str) -> None:
    tags = _parse(page)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "xlink:href", "action", "poster", "data"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith(("#", "data:")), (tag, name, value)
        assert tag not in ("script", "link", "iframe", "object", "embed")
    assert not re.search(r"url\(\s*['\"]?(?!#)", page), "CSS loads nothing"
    assert "@import" not in page
    # The one URL on the page is the source's address, shown as text.
    assert re.findall(r"https?://[^\s<\"']+", page) == ["https://example.org/gulf-1"]
    assert 'href="https://' not in page


def test_figure_is_marked_inside_its_sentence(page: str) -> None:
    quotes = _blockquotes(page)
    assert len(quotes) == 2
    by_lang = {("ar" if 'lang="ar"' in attrs else "en"): body for attrs, body in quotes}
    assert by_lang["ar"] == (
        "ويضم التحالف الدولي الذي تشكل عام 2014 لمحاربة التنظيم "
        f"<mark>{AR_FIGURE}</mark>."
    )
    assert by_lang["en"] == (
        f"The coalition, which counts <mark>{EN_FIGURE}</mark>, will end its "
        "mission next month."
    )


def test_arabic_is_right_to_left_and_the_rest_auto(page: str) -> None:
    attrs = {("ar" if 'lang="ar"' in a else "en"): a for a, _ in _blockquotes(page)}
    assert ' dir="rtl" lang="ar"' in attrs["ar"]
    assert ' dir="auto" lang="en"' in attrs["en"]
    assert '<bdi dir="rtl" lang="ar">حسين علاوي, adviser</bdi>' in page
    assert '<bdi dir="auto">Gulf Monitor</bdi>' in page
    explanation = page.split('<p class="explanation" dir="auto">', 1)[1]
    explanation = explanation.split("</p>", 1)[0]
    assert '<bdi dir="rtl" lang="ar">حسين علاوي</bdi>' in explanation


def test_citation_chain_reads_left_to_right(page: str) -> None:
    assert (
        '<li dir="ltr"><bdi dir="auto">Gulf Monitor</bdi> ← <bdi dir="auto">Reuters'
        '</bdi> ← <bdi dir="rtl" lang="ar">حسين علاوي, adviser</bdi></li>'
    ) in page


def test_conflicts_are_ranked_by_severity(
    claims: list[ct.Claim], docs: dict[str, ct.Document]
) -> None:
    troops = ct.Question(subject="US troops", property="count")
    claims = claims + [
        ct.Claim(
            question=troops,
            figure=ct.NumberFigure(value=value),
            attributions=[_att(docs[lang], figure)],
        )
        for value, lang, figure in ((2014, "ar", "2014"), (60, "en", "60"))
    ]
    report = ct.find_conflicts(claims)
    assert len(report) == 2
    page = ct.render_html(report, claims=claims, max_timelines=0)
    ranks = re.findall(r"severity (\d\.\d\d) <span", page)
    assert ranks == [f"{c.severity:.2f}" for c in report]
    assert ranks == sorted(ranks, reverse=True)
    titles = re.findall(r'<h3>#\d <bdi dir="auto">([^<]*)</bdi>', page)
    assert titles == [str(c.question) for c in report]


def test_outlet_table_and_timelines(page: str) -> None:
    table = page.split('id="outlets"', 1)[1].split("</section>", 1)[0]
    assert "<th>diverge</th>" in table
    assert re.search(
        r"Desert &lt;Herald&gt;</bdi></td><td><bdi[^>]*>Gulf Monitor</bdi></td>"
        r'<td class="n">0</td><td class="n hot">1</td><td class="n">0</td>',
        table,
    )
    timelines = page.split('id="timelines"', 1)[1]
    pytest.importorskip("matplotlib")
    assert timelines.count("<svg") == 1
    assert "<?xml" not in page
    assert "<!DOCTYPE svg" not in page


def test_timelines_are_omitted_with_a_note_without_matplotlib(
    claims: list[ct.Claim], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*args: object, **kwargs: object) -> None:
        raise ct.MissingExtra("matplotlib", extra="plot")

    monkeypatch.setattr(plot, "timeline", missing)
    page = ct.render_html(claims)
    assert "<svg" not in page
    assert "Timelines are omitted" in page
    assert "claimtrack[plot]" in page


def test_report_alone_notes_what_needs_claims(claims: list[ct.Claim]) -> None:
    page = ct.render_html(ct.find_conflicts(claims))
    assert page.count("Pass claims= to include this section.") == 2
    assert "<mark>" in page


def test_documents_supply_missing_text(
    claims: list[ct.Claim], docs: dict[str, ct.Document]
) -> None:
    # As in a claim file: documents without text, spans without text.
    bare = [
        c.model_copy(
            update={
                "attributions": tuple(
                    a.model_copy(
                        update={
                            "document": a.document.model_copy(update={"text": None})
                        }
                    )
                    for a in c.attributions
                )
            }
        )
        for c in claims
    ]
    page = ct.render_html(bare, max_timelines=0)
    assert "<mark>" not in page
    assert "The evidence text is not available" in page
    page = ct.render_html(bare, documents=docs.values(), max_timelines=0)
    assert f"<mark>{AR_FIGURE}</mark>" in page
    assert f"<mark>{EN_FIGURE}</mark>" in page


def test_no_conflicts(tmp_path: Path) -> None:
    out = ct.write_html([], tmp_path / "empty.html")
    page = out.read_text(encoding="utf-8")
    assert "No conflicts found." in page
    _parse(page)


def test_write_html_is_render_html(claims: list[ct.Claim], tmp_path: Path) -> None:
    out = ct.write_html(claims, tmp_path / "r.html", title="T", max_timelines=0)
    assert out == tmp_path / "r.html"
    assert out.read_text(encoding="utf-8") == ct.render_html(
        claims, title="T", max_timelines=0
    )


def test_example_script_writes_the_report(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[1] / "examples" / "make_report.py"
    spec = importlib.util.spec_from_file_location("make_report", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "report.html"
    module.main(["-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert re.search(r'dir="rtl" lang="ar">[^<]*<mark>86 دولة</mark>', page)
    assert "<mark>more than 60 countries</mark>" in page


def test_claims_without_the_conflicting_question_draw_no_timeline(
    claims: list[ct.Claim],
) -> None:
    other = ct.Claim(
        question=ct.Question(subject="US troops", property="count"),
        figure=ct.NumberFigure(value=2500),
    )
    page = ct.render_html(ct.find_conflicts(claims), claims=[other])
    assert "No question in conflict to draw." in page
    assert "<mark>86 دولة</mark>" in page


def test_a_side_shows_at_most_eight_quotes(docs: dict[str, ct.Document]) -> None:
    copies = [
        _att(docs["ar"].model_copy(update={"id": f"copy-{i}"}), AR_FIGURE)
        for i in range(11)
    ]
    claims = [
        ct.Claim(
            question=MEMBERS,
            figure=ct.NumberFigure(value=86, unit="country"),
            attributions=copies,
        ),
        ct.Claim(
            question=MEMBERS,
            figure=ct.NumberFigure(value=60, hedge="more_than", unit="country"),
            attributions=[_att(docs["en"], EN_FIGURE)],
        ),
    ]
    page = ct.render_html(claims, max_timelines=0)
    assert len(_blockquotes(page)) == 8 + 1
    assert "and 3 more attribution(s)." in page
