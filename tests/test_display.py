"""Notebook display: the HTML tables of claims, conflicts and reports."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.display import claim_html, claims_html, conflict_html, report_html

REPO = Path(__file__).resolve().parents[1]
ARABIC = re.compile(r"[\u0600-\u06ff]")
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "source"}


class Page(HTMLParser):
    """Check that tags balance; keep the text and the direction it sits in."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.tags: list[str] = []
        self.chunks: list[tuple[str, str | None]] = []  # (text, nearest dir)
        self.feed(page)
        self.close()
        assert self.stack == [], f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append((tag, dict(attrs).get("dir")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"

    def handle_data(self, data: str) -> None:
        direction = next((d for _, d in reversed(self.stack) if d), None)
        self.chunks.append((data, direction))

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.chunks)

    def rows(self) -> int:
        return self.tags.count("tr") - 1  # the header row


@pytest.fixture(scope="module")
def claims() -> list[ct.Claim]:
    return ct.load_claims(REPO / "examples" / "coalition" / "claims.jsonl")


@pytest.fixture(scope="module")
def report(claims: list[ct.Claim]) -> ct.ConflictReport:
    return ct.find_conflicts(claims)


@pytest.fixture(scope="module")
def coalition(report: ct.ConflictReport) -> ct.Conflict:
    [conflict] = [c for c in report if c.question.property is ct.Property.COUNT]
    return conflict


@pytest.fixture(scope="module")
def articles() -> tuple[ct.ClaimSet, ct.ConflictReport]:
    claims, problems = ct.extract_paths([REPO / "examples" / "articles"], workers=1)
    assert problems == []
    return claims, ct.find_conflicts(claims)


def arabic_chunks(page: Page) -> list[tuple[str, str | None]]:
    return [(text, d) for text, d in page.chunks if ARABIC.search(text)]


# --- well-formed, and the same as the notebook hooks -----------------------------


def test_every_table_balances(
    claims: list[ct.Claim], report: ct.ConflictReport
) -> None:
    for page in (
        claim_html(claims[0]),
        claims_html(claims),
        conflict_html(report[0]),
        report_html(report),
        report_html(ct.ConflictReport([])),
        claims_html([]),
    ):
        assert Page(page).tags[0] == "table"


def test_repr_html_hooks_call_the_display_functions(
    claims: list[ct.Claim], report: ct.ConflictReport
) -> None:
    merged = ct.ClaimSet(claims)
    assert claims[0]._repr_html_() == claim_html(claims[0])
    assert merged._repr_html_() == claims_html(merged)
    assert report[0]._repr_html_() == conflict_html(report[0])
    assert report._repr_html_() == report_html(report)


def test_nothing_is_loaded_and_styles_are_inline(report: ct.ConflictReport) -> None:
    page = report_html(report)
    tags = set(Page(page).tags)
    assert not tags & {"script", "style", "link", "img", "iframe"}
    assert "http" not in page
    assert "class=" not in page


# --- content -------------------------------------------------------------------


def test_conflict_shows_figures_outlets_speakers_dates_and_explanation(
    coalition: ct.Conflict,
) -> None:
    text = Page(conflict_html(coalition)).text
    for side in coalition.sides:
        assert side.label in text
        for outlet in side.outlets:
            assert outlet in text
        for speaker in side.speakers:
            assert speaker in text
        for day in side.dates:
            assert day.isoformat() in text
    assert "86 countries" in text
    assert "more than 60 countries" in text
    assert "Enab Baladi" in text
    assert coalition.explanation in text
    assert "divergence" in text
    assert "pragmatic" in text


def test_report_shows_every_conflict_with_its_sides(
    report: ct.ConflictReport,
) -> None:
    text = Page(report_html(report)).text
    assert f"{len(report)} conflicts" in text
    for conflict in report:
        assert conflict.explanation in text
        assert str(conflict.question) in text
        assert conflict.a.label in text
        assert conflict.b.label in text
        assert conflict.kind.value in text


def test_claims_table_shows_question_figure_and_outlets(
    claims: list[ct.Claim],
) -> None:
    text = Page(claims_html(claims, limit=len(claims))).text
    attributions = sum(len(c.attributions) for c in claims)
    assert f"{len(claims)} claims, {attributions} attributions" in text
    for claim in claims:
        assert str(claim.question) in text
        assert str(claim.figure) in text
        for outlet in claim.outlets:
            assert outlet in text


def test_claim_shows_each_attribution_with_its_chain(claims: list[ct.Claim]) -> None:
    claim = max(claims, key=lambda c: len(c.attributions))
    page = Page(claim_html(claim))
    assert page.rows() == len(claim.attributions)
    for a in claim.attributions:
        for source in a.citation_chain:
            assert source.name in page.text
        assert str(a.speaker) in page.text


def test_evidence_without_text_names_the_document_and_offsets(
    coalition: ct.Conflict,
) -> None:
    text = Page(conflict_html(coalition)).text
    for a in coalition.a.attributions:
        assert a.evidence is None  # claim files carry no article text
        assert f"{a.document.id} [{a.span.start}, {a.span.end})" in text


# --- escaping ------------------------------------------------------------------

SCRIPT = "<script>alert('x')</script>"


def hostile() -> list[ct.Claim]:
    doc = ct.Document(
        id=f"doc{SCRIPT}",
        source=ct.Source(name=f"Outlet {SCRIPT}"),
        published="2025-01-01",
        text=f"it says {SCRIPT} 86 & more",
    )
    said = ct.Attribution(
        document=doc,
        speaker=ct.Speaker(kind="person", name=f"Mr {SCRIPT}", role='"adviser"'),
        citation_chain=(ct.Source(name=SCRIPT),),
        span=ct.Span(start=8, end=len(doc.text or "")),
    )
    q = ct.Question(subject=f"members {SCRIPT}", property="count", place="<b>Iraq")
    return [
        ct.Claim(question=q, figure=ct.NumberFigure(value=v), attributions=[said])
        for v in (60, 86)
    ]


def test_markup_in_text_is_escaped() -> None:
    claims = hostile()
    report = ct.find_conflicts(claims)
    assert len(report) == 1
    for page in (
        claim_html(claims[0]),
        claims_html(claims),
        conflict_html(report[0]),
        report_html(report),
    ):
        parsed = Page(page)
        assert "<script" not in page
        assert "script" not in parsed.tags
        assert "&lt;script&gt;" in page
        assert SCRIPT in parsed.text  # shown as text, not run
        assert "<b>Iraq" not in page


# --- direction -----------------------------------------------------------------


def test_every_text_cell_has_a_direction(report: ct.ConflictReport) -> None:
    page = Page(report_html(report))
    for text, direction in page.chunks:
        if text.strip() and text.strip() not in {";", ",", "←"}:
            assert direction is not None, text


def test_arabic_evidence_reads_right_to_left(
    articles: tuple[ct.ClaimSet, ct.ConflictReport],
) -> None:
    claims, report = articles
    for page in (
        claims_html(claims),
        report_html(report),
        conflict_html(report[0]),
        claim_html(next(iter(claims))),
    ):
        found = arabic_chunks(Page(page))
        assert found
        for text, direction in found:
            assert direction == "rtl", text
    evidence = report[0].a.attributions[0].evidence
    assert evidence is not None
    assert f'<div dir="rtl" lang="ar">{evidence}</div>' in conflict_html(report[0])


def test_arabic_names_inside_english_sentences_are_isolated() -> None:
    doc = ct.Document(id="d", source=ct.Source(name="Tigris Daily"), lang="ar")
    adviser = ct.Speaker(kind="person", name="حسين علاوي", role="مستشار رئيس الوزراء")
    q = ct.Question(subject="coalition members", property="count")
    report = ct.find_conflicts(
        [
            ct.Claim(
                question=q,
                figure=ct.NumberFigure(value=v),
                attributions=[
                    ct.Attribution(
                        document=doc.model_copy(
                            update={"id": f"d{v}", "source": ct.Source(name=f"O{v}")}
                        ),
                        speaker=adviser,
                        span=ct.Span(start=0, end=2),
                    )
                ],
            )
            for v in (60, 86)
        ]
    )
    conflict = report[0]
    assert "حسين علاوي" in conflict.explanation
    page = Page(conflict_html(conflict))
    for text, direction in arabic_chunks(page):
        assert direction == "rtl", text
        # the parenthesis and the verb after the name stay outside the run
        assert ")" not in text
        assert "gives" not in text


def test_citation_chain_keeps_its_order_in_any_script(
    articles: tuple[ct.ClaimSet, ct.ConflictReport],
) -> None:
    _, report = articles
    page = conflict_html(report[0])
    # the chain runs left to right, each link isolated in its own direction
    assert '<span dir="ltr"><span dir="auto">' in page
    assert '← <span dir="rtl" lang="ar">' in page


# --- limits --------------------------------------------------------------------


def test_claims_table_shows_the_first_rows_and_says_how_many_more(
    claims: list[ct.Claim],
) -> None:
    page = Page(claims_html(claims, limit=5))
    assert page.rows() == 5 + 1
    assert f"and {len(claims) - 5} more claims not shown" in page.text
    merged = ct.ClaimSet(claims)
    default = Page(merged._repr_html_())
    assert default.rows() == min(50, len(merged)) + (len(merged) > 50)


def test_report_table_shows_the_first_rows_and_says_how_many_more(
    report: ct.ConflictReport,
) -> None:
    page = Page(report_html(report, limit=1))
    assert page.rows() == 1 + 1
    assert f"and {len(report) - 1} more conflicts not shown" in page.text
    assert "more conflict" not in Page(report_html(report)).text


def test_report_table_builds_only_the_conflicts_it_shows(
    coalition: ct.Conflict,
) -> None:
    built: list[int] = []

    def build(i: int) -> ct.Conflict:
        built.append(i)
        return coalition

    pending = [
        ct.PendingConflict(0.5, f"q{i}", coalition.kind, lambda i=i: build(i))
        for i in range(1000)
    ]
    report = ct.ConflictReport(pending)
    assert "990 more conflicts" in report_html(report, limit=10)
    assert len(built) == 10
    text = repr(report)
    assert text.startswith("ConflictReport(1000 conflicts)")
    assert text.endswith("... and 980 more")
    assert len(built) == 20  # repr lists twenty, reusing the ten built


def test_long_evidence_is_cut() -> None:
    text = "x" * 1000
    doc = ct.Document(id="long", text=text)
    claim = ct.Claim(
        question=ct.Question(subject="s", property="count"),
        figure=ct.NumberFigure(value=1),
        attributions=[
            ct.Attribution(
                document=doc,
                speaker=ct.Speaker.outlet_voice(),
                span=ct.Span(start=0, end=1000),
            )
        ],
    )
    page = claim_html(claim)
    assert "x" * 300 + "…" in page
    assert "x" * 301 not in page
