"""find_changes: what find_conflicts leaves out as change over time, reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.compare import compare_running
from claimtrack.conflicts import closest_days
from tests.conftest import MEMBERS, MISSION_END, TROOPS, MakeAttribution

MakeClaim = Callable[..., ct.Claim]


def _dated(
    make_claim: MakeClaim,
    make_attribution: MakeAttribution,
    document: ct.Document,
    figure: ct.NumberFigure | ct.TimeFigure,
    day: date,
    question: ct.Question = TROOPS,
) -> ct.Claim:
    quote = document.text.split()[0] if document.text else ""
    return make_claim(question, figure, make_attribution(document, quote, as_of=day))


def test_a_step_beyond_the_window_is_a_change(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    early = _dated(
        make_claim,
        make_attribution,
        documents["ledger-1"],
        ct.NumberFigure(value=86, unit="country"),
        date(2024, 3, 1),
        MEMBERS,
    )
    late = _dated(
        make_claim,
        make_attribution,
        documents["mada-2"],
        ct.NumberFigure(value=90, unit="country"),
        date(2025, 5, 1),
        MEMBERS,
    )
    [step] = ct.find_changes([late, early])  # any input order
    assert step.before.claim_ids == (early.id,)
    assert step.after.claim_ids == (late.id,)
    assert step.days == (date(2025, 5, 1) - date(2024, 3, 1)).days
    assert step.question == MEMBERS
    assert "86 countries" in step.explanation
    assert "90 countries" in step.explanation
    assert "change over time" in step.explanation
    assert len(ct.find_conflicts([early, late])) == 0
    # A wider window makes the same pair a conflict, and no longer a change.
    wide = timedelta(days=500)
    assert ct.find_changes([early, late], window=wide) == []
    assert len(ct.find_conflicts([early, late], window=wide)) == 1


def test_agreeing_figures_and_undated_claims_are_no_change(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    doc = documents["ledger-1"]
    about = ct.NumberFigure(value=2500, hedge="about", unit="troop")
    exact = ct.NumberFigure(value=2500, unit="troop")
    claims = [
        _dated(make_claim, make_attribution, doc, about, date(2021, 7, 1)),
        _dated(make_claim, make_attribution, doc, exact, date(2025, 8, 1)),
    ]
    assert ct.find_changes(claims) == []
    undated = ct.Document(id="undated", source=doc.source, text=doc.text, lang=doc.lang)
    other = make_claim(
        TROOPS,
        ct.NumberFigure(value=900, unit="troop"),
        make_attribution(undated, doc.text.split()[0]),
    )
    assert ct.find_changes([claims[0], other]) == []


def test_only_neighbours_in_time_are_steps(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    doc = documents["ledger-1"]

    def troops(value: int, day: date) -> ct.Claim:
        figure = ct.NumberFigure(value=value, unit="troop")
        return _dated(make_claim, make_attribution, doc, figure, day)

    claims = [
        troops(5200, date(2020, 1, 10)),
        troops(2500, date(2021, 7, 26)),
        troops(2000, date(2025, 8, 19)),
    ]
    steps = ct.find_changes(claims)
    assert [(str(s.before.figure), str(s.after.figure)) for s in steps] == [
        ("5,200 troops", "2,500 troops"),
        ("2,500 troops", "2,000 troops"),
    ]


def test_deadlines_do_not_change_over_time(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    doc = documents["ledger-1"]

    def deadline(value: str, day: date) -> ct.Claim:
        figure = ct.TimeFigure(value=value, hedge="by")
        return _dated(make_claim, make_attribution, doc, figure, day, MISSION_END)

    claims = [
        deadline("2026-09", date(2021, 1, 1)),
        deadline("2025-09", date(2025, 1, 1)),
    ]
    assert ct.find_changes(claims) == []
    assert len(ct.find_conflicts(claims)) == 1  # a moved deadline is a conflict


def test_the_graph_is_accepted(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
    make_claim: MakeClaim,
) -> None:
    doc = documents["ledger-1"]
    claims = [
        _dated(
            make_claim,
            make_attribution,
            doc,
            ct.NumberFigure(value=v, unit="troop"),
            day,
        )
        for v, day in ((2500, date(2021, 7, 26)), (2000, date(2025, 8, 19)))
    ]
    assert ct.find_changes(ct.build_graph(claims)) == ct.find_changes(claims)


# Properties -------------------------------------------------------------------

days = st.integers(min_value=735_000, max_value=740_000)
values = st.integers(min_value=1, max_value=5000)
hedges = st.sampled_from(["exact", "about", "more_than", "at_least", "less_than"])
# Two counts, each a value, a hedge and a day, and a time window.
two_dated_counts = given(
    a=values,
    b=values,
    ha=hedges,
    hb=hedges,
    da=days,
    db=days,
    window=st.integers(min_value=0, max_value=2000),
)


@two_dated_counts
def test_a_disagreement_is_a_conflict_or_a_change_never_both(
    a: int, b: int, ha: str, hb: str, da: int, db: int, window: int
) -> None:
    outcome = _outcome(TROOPS, (a, ha, da), (b, hb, db), window)
    if outcome is None:
        return
    conflicts, changes = outcome
    # Conflicts also report an outlet against itself: count questions.
    assert bool(conflicts) != bool(changes)
    assert bool(changes) == (abs(da - db) > window)


def _outcome(
    question: ct.Question,
    a: tuple[int, str, int],
    b: tuple[int, str, int],
    window: int,
) -> tuple[ct.ConflictReport, list[ct.Change]] | None:
    """Conflicts and changes of two claims; None (after checking there are
    neither) when they merge or agree."""
    claims = [_wire(*a, question), _wire(*b, question)]
    span = timedelta(days=window)
    conflicts = ct.find_conflicts(claims, window=span)
    changes = ct.find_changes(claims, window=span)
    disagree = (
        ct.compare_figures(claims[0].figure, claims[1].figure).verdict
        is not ct.Verdict.AGREE
    )
    if len(ct.ClaimSet(claims)) == 1 or not disagree:
        assert not conflicts
        assert not changes
        return None
    return conflicts, changes


RUNNING = ct.Question(subject="attacks", property="count", window="since 2023-10")


def _wire(value: int, hedge: str, day: int, question: ct.Question) -> ct.Claim:
    text = "Figures were given."
    when = date.fromordinal(day)
    doc = ct.Document(
        id=f"d{day}",
        source=ct.Source(name="Wire"),
        published=when,
        text=text,
        lang="en",
    )
    att = ct.Attribution(
        document=doc,
        speaker=ct.Speaker.outlet_voice(),
        span=ct.Span(start=0, end=len(text), text=text),
    )
    figure = ct.NumberFigure(value=value, hedge=hedge, unit="attack")
    return ct.Claim(question=question, figure=figure, attributions=(att,))


def test_a_running_total_that_grows_is_a_change_and_one_that_falls_a_conflict() -> None:
    feb, mar = date(2024, 2, 20).toordinal(), date(2024, 3, 1).toordinal()
    earlier = _wire(150, "more_than", feb, RUNNING)
    grew = _wire(170, "exact", mar, RUNNING)
    [step] = ct.find_changes([grew, earlier])
    assert "running total grows" in step.explanation
    assert len(ct.find_conflicts([earlier, grew])) == 0
    fell = _wire(120, "exact", mar, RUNNING)
    assert not ct.find_changes([earlier, fell])
    [conflict] = ct.find_conflicts([earlier, fell])
    assert conflict.kind == ct.ConflictKind.SELF_CONTRADICTION  # one outlet
    # on the same day the plain comparison holds: 170 is not "more than 150"
    same_day = _wire(170, "exact", feb, RUNNING)
    assert len(ct.find_conflicts([earlier, same_day])) == 1


@two_dated_counts
def test_a_running_disagreement_is_a_conflict_or_a_change_never_both(
    a: int, b: int, ha: str, hb: str, da: int, db: int, window: int
) -> None:
    outcome = _outcome(RUNNING, (a, ha, da), (b, hb, db), window)
    if outcome is None:
        return
    conflicts, changes = outcome
    claims = [_wire(a, ha, da, RUNNING), _wire(b, hb, db, RUNNING)]
    assert bool(conflicts) != bool(changes)
    if da == db or abs(da - db) > window:
        assert bool(changes) == (abs(da - db) > window)
        return
    # Dated apart within the window: a conflict exactly when the later fell.
    (early, _), (late, _) = sorted(
        zip(claims, (da, db), strict=True), key=lambda c: c[1]
    )
    fe, fl = ct.figure_bounds(early.figure), ct.figure_bounds(late.figure)
    fell = compare_running(fe.strict, fe.pragmatic, fl.strict, fl.pragmatic)[0]
    assert bool(conflicts) == (fell is not ct.Verdict.AGREE)


@given(
    a=st.lists(days, max_size=6).map(lambda xs: tuple(sorted(xs))),
    b=st.lists(days, max_size=6).map(lambda xs: tuple(sorted(xs))),
)
def test_closest_days_is_the_brute_force_minimum(
    a: tuple[int, ...], b: tuple[int, ...]
) -> None:
    expected = min((abs(x - y) for x in a for y in b), default=None)
    assert closest_days(a, b) == expected
    assert closest_days(b, a) == expected
