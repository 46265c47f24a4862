"""Trailing windows of counts: "in the past two months", "خلال الشهرين الماضيين"."""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack as ct
from claimtrack.extract.pipeline import extract
from claimtrack.extract.windows import trailing_window

PUB = date(2024, 9, 28)


@pytest.mark.parametrize(
    ("after", "window"),
    [
        (" in the past two months", "past 2 months"),
        (" over the last 3 weeks", "past 3 weeks"),
        (", during the previous year", "past 1 year"),
        (" خلال الشهرين الماضيين", "past 2 months"),
        (" في الأشهر الثلاثة الأخيرة", "past 3 months"),
        (" خلال الأسابيع الماضية", "past weeks"),
        (" على مدى اليومين الماضيين", "past 2 days"),
    ],
)
def test_a_trailing_window_is_read_in_both_languages(after: str, window: str) -> None:
    found = trailing_window("60 attacks" + after, 10, PUB)
    assert found is not None
    assert found == (f"{window} to 2024-09-28", len("60 attacks" + after))


@pytest.mark.parametrize(
    "after",
    [
        " in Iraq",
        " last year",  # a calendar year: the date grammar reads it
        " خلال العام الماضي",
        " in the past few months",  # no number we can read
        " since October",
    ],
)
def test_other_words_after_a_count_are_no_trailing_window(after: str) -> None:
    assert trailing_window("60 attacks" + after, 10, PUB) is None


def _extract(text: str, published: date = PUB) -> list[ct.Claim]:
    doc = ct.Document(
        id="w", source=ct.Source(name="Test Post"), published=published, text=text
    )
    return extract(doc)


@pytest.mark.parametrize(
    "text",
    [
        "US forces were attacked more than 60 times in the past two months,"
        " officials said.",
        "وتعرضت القوات الأمريكية لأكثر من 60 هجوما خلال الشهرين الماضيين.",
    ],
)
def test_a_tally_over_the_past_months_is_its_own_question(text: str) -> None:
    [claim] = _extract(text)  # the window's "two months" is no claim of its own
    assert claim.question.key == "attacks|count|window=past 2 months to 2024-09-28"


def test_tallies_of_a_trailing_window_and_of_a_whole_period_are_not_compared() -> None:
    recent = _extract("Militias carried out 60 attacks in the past two months.")
    total = _extract("Militias carried out 170 attacks, the Pentagon said.")
    assert len(ct.find_conflicts([*recent, *total])) == 0


@pytest.mark.parametrize(
    ("count", "rest", "found"),
    [
        ("3,500 troops", " left Iraq over the past two years", "past 2 years"),
        (
            "3,500 troops",
            " have left in the last 3 months",
            "past 3 months",
        ),
        ("3500 جندي", " غادروا البلاد خلال العامين الماضيين", "past 2 years"),
        ("3,500 troops", " left Iraq, during the past two years", None),  # new phrase
        ("3,500 troops", " left and 200 arrived in the past year", None),  # 200's
        (
            "3,500 troops",
            " were moved to bases across the whole region of the"
            " country over the past two years",
            None,
        ),  # too far on
    ],
)
def test_a_window_may_come_a_few_words_after_the_count(
    count: str, rest: str, found: str | None
) -> None:
    window = trailing_window(count + rest, len(count), PUB, reach=5)
    if found is None:
        assert window is None
    else:
        assert window == (f"{found} to 2024-09-28", len(count + rest))
    assert trailing_window(count + rest, len(count), PUB) is None  # reach 0


@pytest.mark.parametrize(
    "text",
    [
        "Coalition countries have withdrawn 3,500 troops from Iraq over the past"
        " two years.",
        "وسحبت دول التحالف 3500 جندي من العراق خلال العامين الماضيين.",
    ],
)
def test_a_window_after_the_verb_scopes_the_count(text: str) -> None:
    [claim] = _extract(text)  # "two years" is the window, no duration claim
    assert claim.question.window == "past 2 years to 2024-09-28"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Between 17 October 2023 and 4 February 2024, militias made 174 attacks.",
            "in 2023-10-17–2024-02-04",
        ),
        (
            "Militias launched 174 attacks between October 2023 and February 2024.",
            "in 2023-10–2024-02",
        ),
        (
            "بين 17 تشرين الأول 2023 و4 شباط 2024، شنت الفصائل 174 هجوماً.",
            "in 2023-10-17–2024-02-04",
        ),
    ],
)
def test_a_range_of_dates_scopes_a_tally(text: str, window: str) -> None:
    [count] = [c for c in _extract(text) if c.figure.kind == "number"]
    assert count.question.window == window
