"""Records: questions, spans, speakers, sources, documents, attributions, claims."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from claimtrack import (
    Attribution,
    Claim,
    Document,
    NumberFigure,
    Question,
    Settings,
    Source,
    Span,
    Speaker,
    TimeFigure,
)
from claimtrack._ids import content_id
from tests.strategies import (
    attribution_lists,
    attributions,
    claims,
    documents,
    questions,
    sources,
    spans,
    speakers,
)

DOC = Document(
    id="note-7",
    source=Source(name="Al-Mada"),
    published=date(2025, 8, 20),
    text="Officials put the garrison at roughly 2,500 troops.",
)


def rejects(model: type[BaseModel], field: str, **data: Any) -> str:
    """Assert that ``model(**data)`` fails with an error naming ``field``."""
    with pytest.raises(ValidationError) as info:
        model(**data)
    error = info.value.errors()[0]
    loc = [str(part) for part in error["loc"]]
    message = error["msg"]
    assert field in loc or re.search(rf"\b{field}", message), (loc, message)
    return message


# Questions --------------------------------------------------------------------


def test_question_key_ignores_case_and_spacing() -> None:
    a = Question(subject="US troops", property="count", place="Iraq")
    b = Question(subject="  us   TROOPS ", property="count", place="iraq")
    assert a.key == b.key == "us troops|count|place=iraq"
    assert a != b


def test_question_scope_is_part_of_the_key() -> None:
    since_2021 = Question(
        subject="attacks on bases", property="count", window="since January 2021"
    )
    since_2023 = Question(
        subject="attacks on bases", property="count", window="since 2023-10-17"
    )
    plan = Question(subject="combat troops out", property="deadline", event="2021 plan")
    deal = Question(subject="combat troops out", property="deadline", event="2024 deal")
    assert since_2021.key != since_2023.key
    assert plan.key != deal.key
    assert Question(subject="x", property="count").key != (
        Question(subject="x", property="date").key
    )


def test_question_renders_scope() -> None:
    q = Question(
        subject="attacks on bases", property="count", place="Syria", window="since 2024"
    )
    assert str(q) == "attacks on bases in Syria, since 2024 (count)"


def test_question_rejects_empty_subject() -> None:
    rejects(Question, "subject", subject="", property="count")


def test_question_rejects_unknown_property() -> None:
    rejects(Question, "property", subject="troops", property="colour")


# Spans ------------------------------------------------------------------------


def test_span_rejects_end_before_start() -> None:
    message = rejects(Span, "end", start=9, end=4)
    assert "start" in message


def test_span_rejects_negative_start() -> None:
    rejects(Span, "start", start=-1, end=4)


def test_span_text_must_fit_the_offsets() -> None:
    rejects(Span, "text", start=0, end=4, text="abc")


def test_attribution_rejects_span_outside_the_document() -> None:
    assert DOC.text is not None
    end = len(DOC.text) + 1
    message = rejects(
        Attribution,
        "span",
        document=DOC,
        speaker=Speaker.outlet_voice(),
        span=Span(start=0, end=end),
    )
    assert DOC.id in message


def test_attribution_rejects_span_text_that_does_not_match() -> None:
    message = rejects(
        Attribution,
        "span",
        document=DOC,
        speaker=Speaker.outlet_voice(),
        span=Span(start=0, end=9, text="Ministers"),
    )
    assert "does not match" in message


def test_attribution_rejects_bad_nested_span() -> None:
    rejects(
        Attribution,
        "span",
        document=DOC,
        speaker=Speaker.outlet_voice(),
        span={"start": 5, "end": 2},
    )


def test_span_is_unchecked_when_the_text_is_not_kept() -> None:
    bare = DOC.model_copy(update={"text": None})
    att = Attribution(
        document=bare, speaker=Speaker.outlet_voice(), span=Span(start=900, end=910)
    )
    assert att.evidence is None


# Speakers, sources, documents ---------------------------------------------------


def test_only_anonymous_groups_have_a_count() -> None:
    rejects(Speaker, "count", kind="office", name="the Pentagon", count=3)
    assert Speaker(kind="anonymous", name="US officials", count=5).count == 5


def test_speaker_count_is_positive() -> None:
    rejects(Speaker, "count", kind="anonymous", name="US officials", count=0)


def test_speaker_rejects_unknown_kind() -> None:
    rejects(Speaker, "kind", kind="robot", name="a bot")


@pytest.mark.parametrize("model", [Speaker, Source])
def test_names_cannot_be_empty(model: type[BaseModel]) -> None:
    data: dict[str, Any] = {"name": ""}
    if model is Speaker:
        data["kind"] = "person"
    rejects(model, "name", **data)


def test_document_id_cannot_be_empty() -> None:
    rejects(Document, "id", id="")


def test_document_rejects_impossible_publication_date() -> None:
    rejects(Document, "published", id="a", published="2025-02-30")


def test_speaker_renders_count_and_role() -> None:
    assert str(Speaker(kind="anonymous", name="US officials", count=5)) == (
        "US officials (5)"
    )
    adviser = Speaker(kind="person", name="Karim Haddad", role="adviser")
    assert str(adviser) == "Karim Haddad, adviser"


def test_source_id_is_a_slug_of_its_name() -> None:
    assert Source(name="Shafaq News").id == "shafaq-news"
    assert Source(name="  shafaq   NEWS").id == "shafaq-news"
    assert Source(name="Shafaq News", id="shafaq").id == "shafaq"


def test_unnamed_outlet_is_its_own_outlet() -> None:
    doc = Document(id="003.txt")
    assert doc.outlet_id == "doc:003.txt"
    assert doc.outlet_name == "unnamed outlet (003.txt)"


# Attributions -------------------------------------------------------------------


def test_evidence_comes_from_the_document() -> None:
    att = Attribution(
        document=DOC, speaker=Speaker.outlet_voice(), span=Span(start=30, end=45)
    )
    assert att.evidence == "roughly 2,500 t"


def test_as_of_defaults_to_publication_date() -> None:
    span = Span(start=0, end=1)
    att = Attribution(document=DOC, speaker=Speaker.outlet_voice(), span=span)
    assert att.when == date(2025, 8, 20)
    stated = Attribution(
        document=DOC, speaker=Speaker.outlet_voice(), span=span, as_of=date(2025, 1, 1)
    )
    assert stated.when == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("speaker", "chain", "origin"),
    [
        (
            Speaker(kind="person", name="Karim Haddad"),
            ["Reuters"],
            "person:karim haddad",
        ),
        (Speaker(kind="office", name="the Pentagon"), [], "office:the pentagon"),
        (
            Speaker(kind="anonymous", name="US officials"),
            ["Reuters"],
            "reuters/anonymous:us officials",
        ),
        (
            Speaker(kind="anonymous", name="US officials"),
            [],
            "al-mada/anonymous:us officials",
        ),
        (
            Speaker.outlet_voice(),
            ["Reuters", "The New York Times"],
            "the-new-york-times",
        ),
        (Speaker.outlet_voice(), [], "al-mada"),
    ],
)
def test_origin_is_the_root_of_the_chain(
    speaker: Speaker, chain: list[str], origin: str
) -> None:
    att = Attribution(
        document=DOC,
        speaker=speaker,
        citation_chain=tuple(Source(name=n) for n in chain),
        span=Span(start=0, end=1),
    )
    assert att.origin == origin


def test_attribution_id_depends_on_content() -> None:
    span = Span(start=0, end=1)
    a = Attribution(document=DOC, speaker=Speaker.outlet_voice(), span=span)
    b = Attribution(document=DOC, speaker=Speaker.outlet_voice(), span=span)
    c = Attribution(
        document=DOC, speaker=Speaker.outlet_voice(), span=Span(start=1, end=2)
    )
    assert a.id == b.id != c.id


# Claims -------------------------------------------------------------------------


def test_claim_id_ignores_float_form_and_attributions() -> None:
    q = Question(subject="coalition members", property="count")
    att = Attribution(
        document=DOC, speaker=Speaker.outlet_voice(), span=Span(start=0, end=1)
    )
    a = Claim(question=q, figure=NumberFigure(value=86))
    b = Claim(question=q, figure=NumberFigure(value=86.0), attributions=[att])
    assert a.id == b.id
    assert a.id != Claim(question=q, figure=NumberFigure(value=87)).id


def _reference_claim_id(claim: Claim) -> str:
    """The claim id as first defined: the figure's JSON dump, keys sorted."""

    def canon(value: Any) -> str:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    data = claim.figure.model_dump(mode="json")
    canonical = ",".join(f"{k}={canon(v)}" for k, v in sorted(data.items()))
    return content_id(claim.question.key, canonical)


@given(claims())
def test_claim_id_is_stable_across_versions(claim: Claim) -> None:
    # Ids are saved in claim files and reports: a faster reading of the
    # figure must hash exactly what the first definition hashed.
    assert claim.id == _reference_claim_id(claim)


def test_claim_id_of_a_known_claim_is_pinned() -> None:
    q = Question(subject="coalition members", property="count")
    claim = Claim(question=q, figure=NumberFigure(value=86, unit="country"))
    deadline = Claim(
        question=Question(subject="mission end", property="deadline"),
        figure=TimeFigure(
            value="2026-09", hedge="by", resolved_against=date(2025, 1, 1)
        ),
    )
    # The values the first definition gave: saved files still name them.
    assert (claim.id, deadline.id) == ("1959ee194277a8d8", "7057b5f874187777")


def test_claim_id_follows_the_question_key() -> None:
    figure = TimeFigure(value="2026-09")
    a = Claim(
        question=Question(subject="Mission end", property="deadline"), figure=figure
    )
    b = Claim(
        question=Question(subject="mission  END", property="deadline"), figure=figure
    )
    c = Claim(question=Question(subject="mission end", property="date"), figure=figure)
    assert a.id == b.id != c.id


@given(claims(), st.randoms(use_true_random=False))
def test_claim_is_the_same_whatever_the_attribution_order(
    claim: Claim, rnd: Any
) -> None:
    shuffled = list(claim.attributions)
    rnd.shuffle(shuffled)
    again = Claim(question=claim.question, figure=claim.figure, attributions=shuffled)
    assert again == claim
    assert again.id == claim.id


@given(attribution_lists[6], st.randoms(use_true_random=False))
def test_claim_attributions_are_canonical(
    atts: tuple[Attribution, ...], rnd: Any
) -> None:
    q = Question(subject="US troops", property="count")
    claim = Claim(question=q, figure=NumberFigure(value=1), attributions=atts)
    ids = [a.id for a in claim.attributions]
    assert ids == sorted(set(ids))
    assert set(ids) == {a.id for a in atts}
    shuffled = list(atts)
    rnd.shuffle(shuffled)
    again = Claim(question=q, figure=NumberFigure(value=1), attributions=shuffled)
    assert again.attributions == claim.attributions


def test_copies_recompute_content_ids() -> None:
    q = Question(subject="coalition members", property="count")
    claim = Claim(question=q, figure=NumberFigure(value=86))
    assert claim.id  # computed and cached
    assert q.key
    other_q = q.model_copy(update={"place": "Syria"})
    assert other_q.key == Question(**other_q.model_dump()).key != q.key
    moved = claim.model_copy(update={"figure": NumberFigure(value=60)})
    assert moved.id == Claim(question=q, figure=NumberFigure(value=60)).id != claim.id
    att = Attribution(
        document=DOC, speaker=Speaker.outlet_voice(), span=Span(start=0, end=1)
    )
    assert att.id
    assert att.origin
    via = att.model_copy(update={"citation_chain": (Source(name="Reuters"),)})
    fresh = Attribution(**{**att.model_dump(), "citation_chain": via.citation_chain})
    assert (via.id, via.origin) == (fresh.id, fresh.origin) != (att.id, att.origin)
    # Speakers and documents cache their keys too, and copies drop them.
    named = Speaker(kind="person", name="Hussein Allawi")
    assert named.key == "person:hussein allawi"
    renamed = named.model_copy(update={"name": "Farhad Alaaldin"})
    assert renamed.key == "person:farhad alaaldin"
    assert DOC.outlet_id
    moved_doc = DOC.model_copy(update={"source": Source(name="Reuters")})
    assert moved_doc.outlet_id == "reuters" != DOC.outlet_id


def test_claim_rejects_bad_figure_with_its_path() -> None:
    with pytest.raises(ValidationError) as info:
        Claim(
            question=Question(subject="x", property="count"),
            figure={"kind": "number", "value": 5, "hedge": "by"},
        )
    error = info.value.errors()[0]
    assert error["loc"][0] == "figure"
    assert "hedge" in error["msg"]


# JSON round trip of every record model -------------------------------------------


def _round_trips(model: BaseModel) -> None:
    again = type(model).model_validate_json(model.model_dump_json())
    assert again == model


@given(sources)
def test_source_round_trip(source: Source) -> None:
    _round_trips(source)


@given(documents())
def test_document_round_trip(document: Document) -> None:
    _round_trips(document)


@given(speakers)
def test_speaker_round_trip(speaker: Speaker) -> None:
    _round_trips(speaker)


@given(spans)
def test_span_round_trip(span: Span) -> None:
    _round_trips(span)


@given(attributions())
def test_attribution_round_trip(att: Attribution) -> None:
    _round_trips(att)


@given(questions)
def test_question_round_trip(question: Question) -> None:
    _round_trips(question)


@given(claims())
def test_claim_round_trip(claim: Claim) -> None:
    again = Claim.model_validate_json(claim.model_dump_json())
    assert again == claim
    assert again.id == claim.id


@given(
    st.integers(0, 1000),
    st.floats(0, 1),
    st.integers(1, 28),
    st.sampled_from(["strict", "pragmatic"]),
)
def test_settings_round_trip(
    days: int, rel: float, month_days: int, reading: str
) -> None:
    settings = Settings(
        window=timedelta(days=days),
        about_strict_rel=rel,
        end_of_month_days=month_days,
        reading=reading,
    )
    _round_trips(settings)
