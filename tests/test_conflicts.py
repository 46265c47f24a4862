"""find_conflicts on hand-made claims: kinds, windows, ranking and the report."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import pytest

import claimtrack as ct
from claimtrack import ConflictKind, Reading
from tests.conftest import ADVISER, MEMBERS, OFFICIALS, REUTERS, TROOPS, MakeAttribution

MakeClaim = Callable[..., ct.Claim]


@pytest.fixture
def member_claims(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> list[ct.Claim]:
    """The Ledger says "more than 60" and "86" in one piece; Al-Mada 90 a year later."""
    first, later = documents["ledger-1"], documents["mada-2"]
    return [
        make_claim(
            MEMBERS,
            ct.NumberFigure(value=60, hedge="more_than", unit="country"),
            make_attribution(first, "more than 60 countries"),
        ),
        make_claim(
            MEMBERS,
            ct.NumberFigure(value=86, unit="country"),
            make_attribution(first, "lists 86"),
        ),
        make_claim(
            MEMBERS,
            ct.NumberFigure(value=90, unit="country"),
            make_attribution(later, "90 member states"),
        ),
    ]


@pytest.fixture
def copy_claims(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> list[ct.Claim]:
    """Two outlets relay the same Reuters officials with different numbers."""
    return [
        make_claim(
            TROOPS,
            ct.NumberFigure(value=2500, hedge="about", unit="troop"),
            make_attribution(
                documents["enab-1"],
                "about 2,500 American soldiers",
                OFFICIALS,
                chain=[REUTERS],
            ),
        ),
        make_claim(
            TROOPS,
            ct.NumberFigure(value=3500, hedge="about", unit="troop"),
            make_attribution(
                documents["shafaq-2"], "نحو 3500 جندي", OFFICIALS, chain=[REUTERS]
            ),
        ),
    ]


def kinds(report: ct.ConflictReport) -> list[ConflictKind]:
    return sorted(c.kind for c in report)


# What is and is not a conflict -------------------------------------------------


def test_change_over_time_is_not_a_conflict(member_claims: list[ct.Claim]) -> None:
    later_pair = [member_claims[1], member_claims[2]]  # 86 in 2024, 90 in 2025
    assert len(ct.find_conflicts(later_pair)) == 0
    wide = ct.find_conflicts(later_pair, window=timedelta(days=500))
    assert [c.kind for c in wide] == [ConflictKind.CONTRADICTION]


def test_stated_as_of_date_overrides_publication(
    member_claims: list[ct.Claim],
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    back_dated = make_claim(
        MEMBERS,
        member_claims[2].figure,
        make_attribution(
            documents["mada-2"], "90 member states", as_of=date(2024, 3, 1)
        ),
    )
    report = ct.find_conflicts([member_claims[1], back_dated])
    assert [c.kind for c in report] == [ConflictKind.CONTRADICTION]


def test_one_outlet_with_two_figures_contradicts_itself(
    member_claims: list[ct.Claim],
) -> None:
    report = ct.find_conflicts(member_claims[:2])
    [conflict] = report
    assert conflict.kind is ConflictKind.SELF_CONTRADICTION
    assert conflict.reading is Reading.PRAGMATIC
    assert conflict.a.outlets == conflict.b.outlets == ("The Levant Ledger",)
    assert conflict.explanation.startswith("The Levant Ledger gives both")
    assert len(ct.find_conflicts(member_claims[:2], reading="strict")) == 0


def test_copies_of_one_origin_that_disagree(copy_claims: list[ct.Claim]) -> None:
    [conflict] = ct.find_conflicts(copy_claims)
    assert conflict.kind is ConflictKind.COPY_DISCREPANCY
    assert conflict.reading is Reading.STRICT
    assert conflict.a.origins == conflict.b.origins
    assert conflict.a.origins == ("reuters/anonymous:unnamed us officials",)
    assert "copying or translation error" in conflict.explanation
    chains = {*conflict.a.chains(), *conflict.b.chains()}
    assert chains == {
        "Enab Baladi ← Reuters ← unnamed US officials (4)",
        "Shafaq News ← Reuters ← unnamed US officials (4)",
    }


def test_divergence_plus_self_contradiction(troop_claims: list[ct.Claim]) -> None:
    report = ct.find_conflicts(troop_claims)
    assert kinds(report) == [ConflictKind.DIVERGENCE, ConflictKind.SELF_CONTRADICTION]
    main = next(c for c in report if c.kind is ConflictKind.DIVERGENCE)
    own = next(c for c in report if c.kind is ConflictKind.SELF_CONTRADICTION)
    assert {main.a.outlets, main.b.outlets} == {
        ("Al-Mada", "Enab Baladi"),
        ("Al-Mada", "Shafaq News"),
    }
    assert own.a.outlets == own.b.outlets == ("Al-Mada",)
    assert own.a.claim_ids == main.a.claim_ids
    assert main.gap == own.gap
    assert main.severity >= own.severity  # fewer origins on each side
    assert len(ct.find_conflicts(troop_claims, reading="strict")) == 0


def test_deadline_divergence(mission_claims: list[ct.Claim]) -> None:
    [conflict] = ct.find_conflicts(mission_claims)
    assert conflict.kind is ConflictKind.DIVERGENCE
    assert conflict.reading is Reading.PRAGMATIC
    assert "2026-12-01 to 2026-12-31" in conflict.explanation
    assert len(ct.find_conflicts(mission_claims, reading="strict")) == 0


def test_agreeing_hedges_are_not_a_conflict(make_claim: MakeClaim) -> None:
    report = ct.find_conflicts(
        [
            make_claim(TROOPS, ct.NumberFigure(value=2500, hedge="about")),
            make_claim(TROOPS, ct.NumberFigure(value=2500)),
        ]
    )
    assert len(report) == 0


def test_different_questions_are_not_compared(make_claim: MakeClaim) -> None:
    since_2021 = ct.Question(
        subject="attacks on bases", property="count", window="since January 2021"
    )
    since_2023 = ct.Question(
        subject="attacks on bases", property="count", window="since 2023-10-17"
    )
    claims = [
        make_claim(since_2021, ct.NumberFigure(value=170, hedge="more_than")),
        make_claim(since_2023, ct.NumberFigure(value=60, hedge="about")),
    ]
    assert len(ct.find_conflicts(claims)) == 0


def test_unresolved_and_mismatched_figures_are_not_compared(
    make_claim: MakeClaim,
) -> None:
    q = ct.Question(subject="mission end", property="deadline")
    claims = [
        make_claim(q, ct.TimeFigure(value="2026-09")),
        make_claim(q, ct.TimeFigure(relative="next year")),
        make_claim(q, ct.NumberFigure(value=2026)),
    ]
    assert len(ct.find_conflicts(claims)) == 0


# Ranking, severity, explanations ---------------------------------------------------


@pytest.fixture
def everything(
    troop_claims: list[ct.Claim],
    mission_claims: list[ct.Claim],
    member_claims: list[ct.Claim],
) -> ct.ConflictReport:
    # troops: divergence + Al-Mada against itself; mission: divergence;
    # members: the Ledger against itself (Al-Mada's 90 is a year later).
    return ct.find_conflicts(troop_claims + mission_claims + member_claims)


def test_severity_ranks_the_report(everything: ct.ConflictReport) -> None:
    severities = [c.severity for c in everything]
    assert len(severities) == 4
    assert all(0 <= s <= 1 for s in severities)
    assert severities == sorted(severities, reverse=True)


def test_a_wider_gap_ranks_higher(
    make_claim: MakeClaim,
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
) -> None:
    # Same outlets, speakers and dates: only the relative size of the gap differs.
    enab, shafaq = documents["enab-1"], documents["shafaq-1"]

    def pair(question: ct.Question, x: float, y: float) -> list[ct.Claim]:
        return [
            make_claim(
                question,
                ct.NumberFigure(value=x),
                make_attribution(enab, "American soldiers"),
            ),
            make_claim(
                question,
                ct.NumberFigure(value=y),
                make_attribution(shafaq, "الجنود الأمريكيين", ADVISER),
            ),
        ]

    report = ct.find_conflicts(pair(MEMBERS, 86, 40) + pair(TROOPS, 2500, 2490))
    assert [c.question for c in report] == [MEMBERS, TROOPS]
    assert report[0].severity > report[1].severity


def test_min_severity_drops_weak_conflicts(
    troop_claims: list[ct.Claim],
    mission_claims: list[ct.Claim],
    member_claims: list[ct.Claim],
    everything: ct.ConflictReport,
) -> None:
    claims = troop_claims + mission_claims + member_claims
    floor = everything[2].severity
    kept = ct.find_conflicts(claims, min_severity=floor)
    assert list(kept) == [c for c in everything if c.severity >= floor]
    assert len(ct.find_conflicts(claims, min_severity=1.0)) == 0
    strict_floor = ct.Settings(min_severity=floor)
    assert list(ct.find_conflicts(claims, settings=strict_floor)) == list(kept)


def test_explanation_is_one_sentence_naming_both_figures(
    everything: ct.ConflictReport, copy_claims: list[ct.Claim]
) -> None:
    for conflict in [*everything, *ct.find_conflicts(copy_claims)]:
        text = conflict.explanation
        assert str(conflict.a.figure) in text
        assert str(conflict.b.figure) in text
        assert text.endswith(".")
        assert text[0].isupper()
        assert "\n" not in text
        assert not re.search(r"[.!?]\s+[A-Z]", text[:-1]), text
        assert str(conflict) == text


def test_explanation_names_the_reading(
    everything: ct.ConflictReport, copy_claims: list[ct.Claim]
) -> None:
    for conflict in [*everything, *ct.find_conflicts(copy_claims)]:
        if conflict.reading is Reading.STRICT:
            assert "read literally" in conflict.explanation
        else:
            assert "read as people speak" in conflict.explanation


# The report ----------------------------------------------------------------------

COLUMNS = {
    "question",
    "question_key",
    "kind",
    "reading",
    "severity",
    "figure_a",
    "outlets_a",
    "speakers_a",
    "figure_b",
    "outlets_b",
    "speakers_b",
    "gap",
    "explanation",
}


def test_report_is_a_sequence(everything: ct.ConflictReport) -> None:
    assert isinstance(everything, Sequence)
    first = everything[0]
    assert first in everything
    assert everything.index(first) == 0
    assert everything[-1] is list(everything)[-1]
    assert next(reversed(everything)) is everything[-1]
    head = everything[:2]
    assert isinstance(head, ct.ConflictReport)
    assert list(head) == list(everything)[:2]
    with pytest.raises(IndexError):
        everything[len(everything)]
    assert repr(everything).startswith("ConflictReport(4 conflicts)")


def test_report_builds_each_record_once_and_only_when_read(
    troop_claims: list[ct.Claim],
    mission_claims: list[ct.Claim],
    member_claims: list[ct.Claim],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import claimtrack.conflicts as found_in

    built: list[str] = []
    explain = found_in.explain

    def counting(*args: object) -> str:
        sentence = explain(*args)  # type: ignore[arg-type]
        built.append(sentence)
        return sentence

    monkeypatch.setattr(found_in, "explain", counting)
    report = ct.find_conflicts(troop_claims + mission_claims + member_claims)
    assert len(report) == 4
    assert built == []  # ranked without a single record
    top = report[:2]
    assert built == []  # a slice is as lazy as the report
    assert report[0] is top[0] is report[-4]  # read again: the same record
    assert report[1].explanation == built[1]
    assert len(built) == 2
    assert [c.severity for c in report] == sorted(
        (c.severity for c in report), reverse=True
    )
    assert len(built) == 4


def test_report_to_jsonl_has_a_line_per_conflict(everything: ct.ConflictReport) -> None:
    lines = everything.to_jsonl().splitlines()
    assert len(lines) == len(everything)
    for line, conflict in zip(lines, everything, strict=True):
        assert json.loads(line)["kind"] == conflict.kind.value
        assert ct.Conflict.model_validate_json(line) == conflict


def test_report_to_records(everything: ct.ConflictReport) -> None:
    records = everything.to_records()
    assert len(records) == len(everything)
    for record, conflict in zip(records, everything, strict=True):
        assert set(record) == COLUMNS
        assert record["kind"] == conflict.kind.value
        assert record["figure_a"] == str(conflict.a.figure)
        assert record["explanation"] == conflict.explanation


def test_empty_report() -> None:
    report = ct.find_conflicts([])
    assert len(report) == 0
    assert report.to_jsonl() == ""
    assert report.to_records() == []


def test_side_lists_dates_and_speakers(troop_claims: list[ct.Claim]) -> None:
    main = next(
        c for c in ct.find_conflicts(troop_claims) if c.kind is ConflictKind.DIVERGENCE
    )
    side_2700 = main.a if main.a.figure.value == 2700 else main.b  # type: ignore[union-attr]
    assert side_2700.dates == (date(2025, 8, 20), date(2025, 9, 2))
    assert side_2700.speakers == ("Karim Haddad, security adviser to the cabinet",)
    assert side_2700.origins == ("person:karim haddad",)
