"""The hand-entered coalition example: its data, its conflicts and its script."""

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import claimtrack as ct

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "coalition"
CLAIMS = EXAMPLE / "claims.jsonl"
SCRIPT = EXAMPLE / "find_conflicts.py"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

OUTLETS = {
    "000_01b29d86cdfaf4b0.txt": "Enab Baladi",
    "001_8f7be9682dcd2869.txt": "Al-Mada",
    "002_ac93e6a0dd6731a9.txt": "Shafaq News",
    "003_9e8d55a94cc46af1.txt": None,
    "004_0bc6245a09814656.txt": None,
}

Q_COALITION = ct.Question(
    subject="members of the anti-ISIS coalition", property="count"
)
Q_PHASE1 = ct.Question(
    subject="end of the coalition mission",
    property="deadline",
    place="Baghdad and Ain al-Asad",
    event="2024 agreement, first phase",
)
Q_PHASE2 = ct.Question(
    subject="end of the coalition mission",
    property="deadline",
    place="Erbil and Kurdistan",
    event="2024 agreement, final phase",
)
Q_ANNOUNCE = ct.Question(
    subject="announcement of the US-Iraq agreement", property="date"
)
QUIET = [
    ct.Question(subject="US troops", property="count", place="Iraq"),
    ct.Question(subject="US troops", property="count", place="Syria"),
    ct.Question(
        subject="withdrawal of US combat troops",
        property="deadline",
        place="Iraq",
        event="2021 plan",
    ),
    ct.Question(
        subject="attacks on US interests",
        property="count",
        place="Iraq",
        window="since the start of 2021",
    ),
    ct.Question(
        subject="attacks on bases hosting the coalition",
        property="count",
        place="Iraq and Syria",
        window="since 2023-10-17",
    ),
    ct.Question(subject="US-led troops leaving in the first phase", property="count"),
    Q_PHASE1,
]
END_2026 = ct.TimeFigure(value="2026", part="end", hedge="by")


@pytest.fixture(scope="module")
def claims() -> list[ct.Claim]:
    return ct.load_claims(CLAIMS)


@pytest.fixture(scope="module")
def report(claims: list[ct.Claim]) -> ct.ConflictReport:
    return ct.find_conflicts(claims)


@pytest.fixture(scope="module")
def by_id(claims: list[ct.Claim]) -> ct.ClaimSet:
    return ct.ClaimSet(claims)


def on(report: ct.ConflictReport, question: ct.Question) -> list[ct.Conflict]:
    return [c for c in report if c.question.key == question.key]


def figures(side: ct.Side, by_id: ct.ClaimSet) -> set[str]:
    return {str(by_id[i].figure) for i in side.claim_ids}


# --- the data ---------------------------------------------------------------


def test_claims_validate_and_are_distinct(claims: list[ct.Claim]) -> None:
    assert len(claims) >= 45
    assert len({c.id for c in claims}) == len(claims)  # already merged
    for claim in claims:
        assert claim == ct.Claim.model_validate_json(claim.model_dump_json())
        assert claim.attributions


def test_documents_are_the_seed_files(claims: list[ct.Claim]) -> None:
    docs = {a.document.id: a.document for c in claims for a in c.attributions}
    assert set(docs) == set(OUTLETS)
    for doc_id, doc in docs.items():
        assert doc.lang == "ar"
        assert doc.text is None
        assert doc.published is not None
        assert doc.published_basis
        name = OUTLETS[doc_id]
        assert (doc.source.name if doc.source else None) == name
        if doc.source:
            assert ARABIC.search(doc.source.names["ar"])


def test_no_corpus_text_in_the_data(claims: list[ct.Claim]) -> None:
    # The only Arabic allowed is the Arabic *name* of a source.
    def walk(node: object, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for value in node:
                walk(value, path)
        elif isinstance(node, str) and ARABIC.search(node):
            assert path[-2:-1] == ("names",), f"Arabic text at {'.'.join(path)}"

    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        walk(json.loads(line), ())
    for claim in claims:
        for att in claim.attributions:
            assert att.span.text is None
            assert att.span.end > att.span.start


def test_relative_dates_record_their_resolution(claims: list[ct.Claim]) -> None:
    for claim in claims:
        figure = claim.figure
        if isinstance(figure, ct.TimeFigure) and figure.relative is not None:
            assert not ARABIC.search(figure.relative)
            published = {a.document.published for a in claim.attributions}
            assert published == {figure.resolved_against}


def test_spans_lie_inside_their_seed_files(claims: list[ct.Claim]) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not present at {SEEDS}")
    texts = {name: (SEEDS / name).read_text(encoding="utf-8") for name in OUTLETS}
    for claim in claims:
        for att in claim.attributions:
            text = texts[att.document.id]
            assert att.span.end <= len(text), (claim.id, att.span)
            evidence = text[att.span.start : att.span.end]
            assert evidence.strip() == evidence, (claim.id, att.span)
            # re-validates the span against the full text
            ct.Attribution.model_validate(
                {
                    **att.model_dump(),
                    "document": {**att.document.model_dump(), "text": text},
                }
            )


# --- the conflicts ----------------------------------------------------------


def test_coalition_size_diverges(report: ct.ConflictReport, by_id: ct.ClaimSet) -> None:
    [conflict] = on(report, Q_COALITION)
    assert conflict.kind is ct.ConflictKind.DIVERGENCE
    assert conflict.reading is ct.Reading.PRAGMATIC
    sides = {frozenset(figures(s, by_id)) for s in conflict.sides}
    assert sides == {
        frozenset({"86 countries"}),
        frozenset({"more than 60 countries"}),
    }
    assert len(ct.find_conflicts(by_id, reading="strict")) == 0


def test_final_deadline_diverges_between_enab_baladi_and_the_others(
    report: ct.ConflictReport, by_id: ct.ClaimSet
) -> None:
    [conflict] = [
        c for c in on(report, Q_PHASE2) if c.kind is ct.ConflictKind.DIVERGENCE
    ]
    assert conflict.reading is ct.Reading.PRAGMATIC
    end, sept = sorted(conflict.sides, key=lambda s: s.figure != END_2026)
    assert figures(end, by_id) == {str(END_2026)}
    assert {by_id[i].figure.value for i in sept.claim_ids} == {"2026-09"}
    assert "Enab Baladi" in end.outlets
    assert "Enab Baladi" not in sept.outlets
    assert {"Al-Mada", "unnamed outlet (003_9e8d55a94cc46af1.txt)"} <= set(sept.outlets)


def test_al_mada_contradicts_itself_on_the_final_deadline(
    report: ct.ConflictReport, by_id: ct.ClaimSet
) -> None:
    [conflict] = [
        c for c in on(report, Q_PHASE2) if c.kind is ct.ConflictKind.SELF_CONTRADICTION
    ]
    assert conflict.a.outlets == conflict.b.outlets == ("Al-Mada",)
    end, sept = sorted(conflict.sides, key=lambda s: s.figure != END_2026)
    assert figures(end, by_id) == {str(END_2026)}
    assert {by_id[i].figure.value for i in sept.claim_ids} == {"2026-09"}
    assert {a.document.id for s in conflict.sides for a in s.attributions} == {
        "001_8f7be9682dcd2869.txt"
    }


@pytest.mark.parametrize("question", QUIET, ids=str)
def test_look_alikes_are_not_reported(
    report: ct.ConflictReport, question: ct.Question
) -> None:
    assert on(report, question) == []


def test_only_the_expected_questions_conflict(report: ct.ConflictReport) -> None:
    expected = {q.key for q in (Q_COALITION, Q_PHASE2, Q_ANNOUNCE)}
    assert {c.question.key for c in report} <= expected


def test_announcement_date_is_at_most_a_low_vague_divergence(
    report: ct.ConflictReport,
) -> None:
    [coalition] = on(report, Q_COALITION)
    final = [c for c in on(report, Q_PHASE2) if c.kind is ct.ConflictKind.DIVERGENCE]
    for conflict in on(report, Q_ANNOUNCE):
        assert conflict.kind is ct.ConflictKind.DIVERGENCE
        assert conflict.severity < coalition.severity
        assert conflict.severity < final[0].severity
        assert list(report).index(conflict) > list(report).index(coalition)
        assert "vague" in conflict.explanation


# --- the script -------------------------------------------------------------


def test_script_runs_and_prints_both_conflicts() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "members of the anti-ISIS coalition" in out
    assert "86 countries" in out
    assert "more than 60 countries" in out
    assert "Erbil and Kurdistan" in out
    assert "by the end of 2026" in out
    assert "self_contradiction" in out


def test_script_shows_offsets_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("coalition_example", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.SEEDS = tmp_path  # no seed files here
    module.main()
    out = capsys.readouterr().out
    assert "001_8f7be9682dcd2869.txt [" in out
    assert not ARABIC.search(out)


def test_bundled_articles_give_the_two_disagreements_and_no_look_alikes() -> None:
    claims, problems = ct.extract_paths([REPO / "examples" / "articles"], workers=1)
    assert problems == []
    report = ct.find_conflicts(claims)
    by_subject = {c.question.subject: c for c in report}
    assert set(by_subject) == {
        "members of the US-led coalition",
        "end of the coalition mission",
    }
    size = by_subject["members of the US-led coalition"]
    assert {str(s.figure) for s in size.sides} == {
        "86 countries",
        "more than 60 countries",
    }
    # the troop counts (about 2,500 in Iraq, 900 in Syria) are not in conflict
    assert not any("troops" in c.question.subject for c in report)
