"""A count that changed: two counts of one thing at two times, never a conflict.

Our own sentences, in both languages: a change that has happened keeps only
the count it led to (unless the earlier one is dated), a change to come
starts from today's count and leads to a target.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack as ct
from claimtrack.extract.count_changes import read_changes
from claimtrack.extract.numbers import find_numbers

PUBLISHED = date(2025, 6, 15)


def _counts(text: str) -> list[tuple[str, str]]:
    doc = ct.Document(
        id="d", source=ct.Source(name="Probe Daily"), published=PUBLISHED, text=text
    )
    return [
        (str(c.figure), c.question.key)
        for c in ct.extract(doc)
        if isinstance(c.figure, ct.NumberFigure)
    ]


IRAQ = "us troops|count|place=iraq"
SYRIA = "us troops|count|place=syria"


@pytest.mark.parametrize(
    "text",
    [
        "The number of US troops in Iraq fell to 2,500 from 5,200, officials say.",
        "The number of US troops in Iraq fell from 5,200 to 2,500, officials say.",
        "American troop numbers in Iraq dropped from about 5,000 to 2,500, they said.",
        "Washington cut its force in Iraq from 5,200 to 2,500 troops, officials say.",
        "انخفض عدد القوات الأمريكية في العراق من 5200 إلى 2500 جندي، وفق البنتاغون.",
        "قلصت واشنطن قواتها في العراق من 5200 إلى 2500 جندي.",
    ],
)
def test_a_past_change_keeps_only_the_count_it_led_to(text: str) -> None:
    assert _counts(text) == [("2,500 troops", IRAQ)]


def test_a_past_change_from_a_dated_count_keeps_both_apart_in_time() -> None:
    doc = ct.Document(
        id="d",
        source=ct.Source(name="Probe Daily"),
        published=PUBLISHED,
        text="The coalition grew from about 60 members in 2014 to 86, officials said.",
    )
    claims = ct.extract(doc)
    counts = {str(c.figure) for c in claims if isinstance(c.figure, ct.NumberFigure)}
    assert counts == {"about 60 members", "86 members"}
    assert len(ct.find_conflicts(claims)) == 0


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Washington will reduce its troops in Iraq to 2,000 from 2,500 by "
            "September 2025, officials said.",
            ("2,000 troops", IRAQ + "|window=target for 2025-09-30"),
        ),
        (
            "The number of American troops in Iraq will rise from 2,500 to 3,000, "
            "officials said.",
            ("3,000 troops", IRAQ + "|window=target"),
        ),
        (
            # a planned change named by its noun, with no verb
            "The planned US drawdown in Iraq, from 2,500 troops to 2,000, is on"
            " track, officials said.",
            ("2,000 troops", IRAQ + "|window=target"),
        ),
    ],
)
def test_a_change_to_come_starts_from_today(text: str, target: tuple[str, str]) -> None:
    counts = _counts(text)
    assert ("2,500 troops", IRAQ) in counts
    assert target in counts
    assert len(counts) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Officials warn that the cuts could reduce the number of guards at the camp "
        "from 600 to fewer than 250.",
        "ويحذر مسؤولون من أن تقليص الدعم قد يخفض عدد الحراس في المخيم من 600 إلى "
        "أقل من 250 حارساً.",
    ],
)
def test_a_change_that_may_come_starts_from_today(text: str) -> None:
    # "could reduce", قد يخفض: a change not yet made, from today's count
    counts = {figure for figure, _ in _counts(text)}
    assert counts == {"600 guards", "fewer than 250 guards"}


def test_an_intended_cut_with_a_year_like_count_reads_the_count() -> None:
    # "2000" before "إلى 900 جندي" is a count, not the year 2000
    counts = _counts(
        "تعتزم واشنطن خفض قواتها في سوريا من نحو 2000 إلى 900 جندي بحلول نهاية العام."
    )
    assert counts == [
        ("about 2,000 troops", SYRIA),
        ("900 troops", SYRIA + "|window=target for 2025-12-31"),
    ]


def test_years_stay_years_and_a_range_without_a_change_stays_a_range() -> None:
    assert find_numbers("from 2014 to 2017 the coalition grew") == []
    ranged = _counts("The US has from 2,000 to 2,500 troops in Iraq, officials said.")
    assert ranged == [("2,000–2,500 troops", IRAQ)]
    # a range a change leads to is still a range
    text = "The drawdown would bring the force down to 2,000 to 2,500 troops."
    assert [m.hedge for m in read_changes(text, find_numbers(text), []).numbers] == [
        "range"
    ]


def test_a_change_of_events_since_a_date_keeps_the_count_it_led_to() -> None:
    counts = _counts(
        "وارتفع عدد الهجمات من 40 هجوما إلى 170 منذ 17 تشرين الأول، بحسب مسؤول أمريكي."
    )
    assert counts == [("170 attacks", "attacks|count|window=since 2024-10-17")]


def test_a_fall_reported_beside_the_same_count_is_no_conflict() -> None:
    docs = [
        ct.Document(
            id="a",
            source=ct.Source(name="Wire One"),
            published=PUBLISHED,
            text="The number of American troops in Iraq fell to 2,500 from 5,200, "
            "the Pentagon said.",
        ),
        ct.Document(
            id="b",
            source=ct.Source(name="Daily Two"),
            published=PUBLISHED,
            text="About 2,500 American troops remain in Iraq, officials said.",
        ),
    ]
    claims, errors = ct.extract_all(docs, workers=1, progress=False)
    assert errors == []
    assert len(ct.find_conflicts(claims)) == 0
