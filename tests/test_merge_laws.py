"""Merging is a join: commutative, associative, idempotent, and loses nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import (
    Attribution,
    Claim,
    ClaimSet,
    Document,
    MergeError,
    NumberFigure,
    Question,
    Span,
    Speaker,
    merge_claims,
)
from tests.strategies import (
    SMALL_QUESTIONS,
    any_figures,
    attribution_lists,
    claims,
    draw_respelled,
    questions,
    small_numbers,
    small_times,
)


@st.composite
def same_assertion(draw: st.DrawFn, k: int) -> list[Claim]:
    """Draw ``k`` claims of one assertion (same question key and figure).

    Attributions are arbitrary: they may repeat, and documents from a small
    pool of ids make two different attributions share an id now and then.
    The question may be typed differently on each claim.
    """
    question, figure = draw(questions), draw(any_figures)
    return [
        Claim(
            question=draw_respelled(draw, question)
            if draw(st.booleans())
            else question,
            figure=figure,
            attributions=draw(attribution_lists[3]),
        )
        for _ in range(k)
    ]


def ids(claim: Claim) -> set[str]:
    return {a.id for a in claim.attributions}


@given(same_assertion(2))
def test_merge_is_commutative(pair: list[Claim]) -> None:
    a, b = pair
    assert merge_claims(a, b) == merge_claims(b, a)


@given(same_assertion(3))
def test_merge_is_associative(triple: list[Claim]) -> None:
    a, b, c = triple
    assert merge_claims(merge_claims(a, b), c) == merge_claims(a, merge_claims(b, c))


@given(same_assertion(1))
def test_merge_is_idempotent(single: list[Claim]) -> None:
    [a] = single
    assert merge_claims(a, a) == a


@given(same_assertion(2))
def test_merge_absorbs(pair: list[Claim]) -> None:
    a, b = pair
    ab = merge_claims(a, b)
    assert merge_claims(ab, a) == ab
    assert merge_claims(ab, b) == ab


@given(same_assertion(2))
def test_merge_loses_no_attribution(pair: list[Claim]) -> None:
    a, b = pair
    merged = merge_claims(a, b)
    assert ids(merged) == ids(a) | ids(b)
    assert merged.id == a.id == b.id
    assert merged.figure == a.figure
    assert merged.question.key == a.question.key


@given(claims(), claims())
def test_merge_refuses_other_figures_or_questions(a: Claim, b: Claim) -> None:
    if a.id == b.id:
        assert merge_claims(a, b).id == a.id
        return
    with pytest.raises(MergeError):
        merge_claims(a, b)


def test_same_attribution_id_with_other_details_merges_in_any_order() -> None:
    # One spot of one document, read twice: once with the speaker's role and
    # the document's date, once without. The ids agree; the details do not.
    q = Question(subject="US troops", property="count")
    span = Span(start=0, end=4)
    bare = Attribution(
        document=Document(id="d1"),
        speaker=Speaker(kind="person", name="Karim Haddad"),
        span=span,
    )
    rich = Attribution(
        document=Document(id="d1", published=date(2025, 8, 19)),
        speaker=Speaker(kind="person", name="Karim Haddad", role="adviser"),
        span=span,
    )
    assert bare.id == rich.id
    assert bare != rich
    a = Claim(question=q, figure=NumberFigure(value=2500), attributions=[bare])
    b = Claim(question=q, figure=NumberFigure(value=2500), attributions=[rich])
    assert merge_claims(a, b) == merge_claims(b, a)
    assert list(ClaimSet([a, b])) == list(ClaimSet([b, a]))
    assert Claim(question=q, figure=a.figure, attributions=[bare, rich]) == Claim(
        question=q, figure=a.figure, attributions=[rich, bare]
    )


def test_merge_error_names_both_sides() -> None:
    q = Question(subject="coalition members", property="count")
    other = Question(subject="coalition members", property="count", place="Syria")
    a = Claim(question=q, figure=NumberFigure(value=86))
    with pytest.raises(MergeError, match="86 and 60"):
        merge_claims(a, Claim(question=q, figure=NumberFigure(value=60)))
    with pytest.raises(MergeError, match="different questions"):
        merge_claims(a, Claim(question=other, figure=NumberFigure(value=86)))
    with pytest.raises(ValueError, match="different questions"):
        merge_claims(a, Claim(question=other, figure=NumberFigure(value=86)))


# ClaimSet -----------------------------------------------------------------------

# Half the claims come from small pools, so that repeats (merges) are common.
claim_lists = st.lists(
    claims(max_attributions=2)
    | claims(
        question=st.sampled_from(SMALL_QUESTIONS),
        figure=small_numbers | small_times,
        max_attributions=2,
    ),
    max_size=6,
)


@given(claim_lists, st.randoms(use_true_random=False))
def test_claimset_ignores_insertion_order(items: list[Claim], rnd: Any) -> None:
    shuffled = items[:]
    rnd.shuffle(shuffled)
    a, b = ClaimSet(items), ClaimSet(shuffled)
    assert a == b
    assert list(a) == list(b)


@given(st.lists(same_assertion(2), max_size=3), st.randoms(use_true_random=False))
def test_claimset_merges_repeats_in_any_order(
    groups: list[list[Claim]], rnd: Any
) -> None:
    items = [c for group in groups for c in group]
    shuffled = items[:]
    rnd.shuffle(shuffled)
    assert list(ClaimSet(items)) == list(ClaimSet(shuffled))


@given(st.lists(same_assertion(2), max_size=3), claim_lists)
def test_claimset_batch_equals_one_by_one(
    groups: list[list[Claim]], more: list[Claim]
) -> None:
    items = [c for group in groups for c in group] + more
    one_by_one = ClaimSet()
    for c in items:
        one_by_one.add(c)
    batched = ClaimSet(items[: len(items) // 2])
    batched.update(items[len(items) // 2 :])  # a batch meets claims already held
    assert batched == one_by_one == ClaimSet(items)
    assert list(batched) == list(one_by_one)


@given(claim_lists)
def test_claimset_size_counts_distinct_assertions(items: list[Claim]) -> None:
    s = ClaimSet(items)
    assert len(s) == len({(c.question.key, c.figure) for c in items})
    assert s.attribution_count == sum(len(c.attributions) for c in s)
    assert {a for c in items for a in ids(c)} == {a for c in s for a in ids(c)}
    for c in items:
        assert c in s
        assert c.id in s
        assert s[c.id].id == c.id


@given(claim_lists)
def test_claimset_iterates_in_id_order(items: list[Claim]) -> None:
    found = [c.id for c in ClaimSet(items)]
    assert found == sorted(found)


@given(claim_lists, claim_lists)
def test_claimset_union_is_commutative(xs: list[Claim], ys: list[Claim]) -> None:
    assert ClaimSet(xs).union(ys) == ClaimSet(ys).union(xs) == ClaimSet(xs + ys)


@given(claims(), st.randoms(use_true_random=False))
def test_claim_id_independent_of_attribution_order(claim: Claim, rnd: Any) -> None:
    reordered = list(claim.attributions)
    rnd.shuffle(reordered)
    again = Claim(question=claim.question, figure=claim.figure, attributions=reordered)
    bare = Claim(question=claim.question, figure=claim.figure)
    assert again.id == bare.id == claim.id


def test_claimset_is_not_hashable() -> None:
    with pytest.raises(TypeError):
        hash(ClaimSet())
