"""Tables and properties for the date grammar (claimtrack.extract.dates)."""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract.dates import DateMention, find_dates, resolve_relative
from claimtrack.extract.months import calendar_lexicon, month_number, weekday_number

PUB = date(2025, 8, 19)  # a Tuesday
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval" / "arabic_phrases.json"


def covering(text: str, span: str, published: date | None = PUB) -> DateMention:
    """The one mention whose span covers ``span`` exactly."""
    mentions = find_dates(text, published=published)
    start = text.index(span)
    found = [m for m in mentions if (m.start, m.end) == (start, start + len(span))]
    assert found, f"no mention covering {span!r}: {mentions}"
    return found[0]


def _table(block: str) -> list[tuple[str, str, list[str]]]:
    """Parse cases of two lines: a sentence, then ``span | field field ...``."""
    lines = block.strip().splitlines()
    rows = []
    for text, spec in zip(lines[::2], lines[1::2], strict=True):
        span, fields = (part.strip() for part in spec.split(" | "))
        rows.append((text.strip(), span, fields.split()))
    return rows


# A sentence of our own, then: the span the mention covers | kind value
# granularity part hedge [rel] ("rel": resolved from the publication date PUB).
ABSOLUTE_AR = _table(
    """
وقعت المواجهة في 23 من تموز 2024 قرب الحدود
    23 من تموز 2024 | date 2024-07-23 day whole exact
انتهت المحادثات 23 تموز 2024 دون اتفاق
    23 تموز 2024 | date 2024-07-23 day whole exact
صدر القرار في 4 شباط 2019 بعد جدل
    4 شباط 2019 | date 2019-02-04 day whole exact
أعلن الاتفاق في 9 آذار 2022
    9 آذار 2022 | date 2022-03-09 day whole exact
أعلن الاتفاق في 9 اذار 2022
    9 اذار 2022 | date 2022-03-09 day whole exact
اجتمع الطرفان في 2 تشرين الاول 2020
    2 تشرين الاول 2020 | date 2020-10-02 day whole exact
اجتمع الطرفان في 2 تشرين الأول 2020
    2 تشرين الأول 2020 | date 2020-10-02 day whole exact
جرت الانتخابات في 10 كانون الأول 2021
    10 كانون الأول 2021 | date 2021-12-10 day whole exact
بدأ الهجوم في 5 إبريل 2017
    5 إبريل 2017 | date 2017-04-05 day whole exact
بدأ الهجوم في 5 ابريل 2017
    5 ابريل 2017 | date 2017-04-05 day whole exact
عقدت الجلسة في 14 يونيه 2016
    14 يونيه 2016 | date 2016-06-14 day whole exact
عقدت الجلسة في 14 يوليه 2016
    14 يوليه 2016 | date 2016-07-14 day whole exact
وصل الوفد في ٣ اغسطس ٢٠١٨
    ٣ اغسطس ٢٠١٨ | date 2018-08-03 day whole exact
نشرت الصحيفة الخبر في الأول من أيلول 2023
    الأول من أيلول 2023 | date 2023-09-01 day whole exact
وقع الانفجار في الخامس عشر من نيسان 2015
    الخامس عشر من نيسان 2015 | date 2015-04-15 day whole exact
تأجل الموعد إلى الحادي والثلاثين من أيار 2026
    الحادي والثلاثين من أيار 2026 | date 2026-05-31 day whole exact
سقطت المدينة في حزيران/يونيو 2014
    حزيران/يونيو 2014 | date 2014-06 month whole exact
بدأت الحرب في أكتوبر تشرين الأول 2023
    أكتوبر تشرين الأول 2023 | date 2023-10 month whole exact
تراجعت الأسعار في سبتمبر (أيلول) 2019
    سبتمبر (أيلول) 2019 | date 2019-09 month whole exact
تأسست الهيئة عام 2014 لمراقبة الحدود
    عام 2014 | date 2014 year whole exact
تأسست الهيئة في سنة 2009
    سنة 2009 | date 2009 year whole exact
تأسست الهيئة خلال العام 2011
    العام 2011 | date 2011 year whole exact
وفي 2016 توسعت الهيئة
    2016 | date 2016 year whole exact
نشرت الوثيقة بتاريخ 23/7/2024 على موقعها
    23/7/2024 | date 2024-07-23 day whole exact
نشرت الوثيقة بتاريخ 23-07-2024 على موقعها
    23-07-2024 | date 2024-07-23 day whole exact
نشرت الوثيقة بتاريخ 2024-07-23 على موقعها
    2024-07-23 | date 2024-07-23 day whole exact
آخر تحديث 2021-07-25T04:59:16+00:00 بتوقيت غرينتش
    2021-07-25T04:59:16+00:00 | timestamp 2021-07-25T04:59:16+00:00 second whole exact
نشر في: 3 مارس, 2024: 12:40 ص
    3 مارس, 2024: 12:40 ص | date 2024-03-03T00:40 minute whole exact
نشر في: 3 مارس, 2024: 07:05 م
    3 مارس, 2024: 07:05 م | date 2024-03-03T19:05 minute whole exact
تتوقع الوزارة نموا في الربع الأول من 2025
    الربع الأول من 2025 | date 2025-Q1 quarter whole exact
تراجع الإنتاج في الربع الأخير من عام 2023
    الربع الأخير من عام 2023 | date 2023-Q4 quarter whole exact
"""
)

DEADLINES_AR = _table(
    """
تنسحب القوات بحلول نهاية 2026
    بحلول نهاية 2026 | deadline 2026 year end by
وبحلول نهاية عام 2027 تغلق القواعد
    بحلول نهاية عام 2027 | deadline 2027 year end by
على أن يتم ذلك في موعد لا يتجاوز نهاية سبتمبر 2025
    في موعد لا يتجاوز نهاية سبتمبر 2025 | deadline 2025-09 month end by
يستمر الدعم حتى آذار 2026
    حتى آذار 2026 | deadline 2026-03 month whole by
يبقى المكتب مفتوحا لغاية نهاية تموز 2025
    لغاية نهاية تموز 2025 | deadline 2025-07 month end by
يسلم التقرير في موعد أقصاه 15 كانون الثاني 2026
    في موعد أقصاه 15 كانون الثاني 2026 | deadline 2026-01-15 day whole by
تغادر البعثة قبل نهاية 2025
    قبل نهاية 2025 | deadline 2025 year end by
يغادر آخرهم قبل انقضاء أيلول 2025
    قبل انقضاء أيلول 2025 | deadline 2025-09 month end by
تبقى القوات حتى انتهاء العام 2026
    حتى انتهاء العام 2026 | deadline 2026 year end by
تنتهي المهمة على ألا يتعدى ذلك نهاية سبتمبر 2025
    ألا يتعدى ذلك نهاية سبتمبر 2025 | deadline 2025-09 month end by
يكتمل الانسحاب على ألا يتجاوز أيلول 2026
    ألا يتجاوز أيلول 2026 | deadline 2026-09 month whole by
كان ذلك ممكنا قبل 2020
    قبل 2020 | date 2020 year whole less_than
لم يكن ذلك ممكنا قبل 2020
    قبل 2020 | date 2020 year whole at_least
تغيرت السياسة بعد آب 2021
    بعد آب 2021 | date 2021-08 month whole more_than
تصاعدت الهجمات منذ 7 تشرين الأول 2023
    منذ 7 تشرين الأول 2023 | since 2023-10-07 day whole exact
ارتفعت الأسعار منذ بداية 2022
    منذ بداية 2022 | since 2022 year early exact
يطبق القرار اعتبارا من مطلع 2026
    اعتبارا من مطلع 2026 | since 2026 year early exact
ظهر التنظيم نحو عام 2013
    نحو عام 2013 | date 2013 year whole about
اشتدت المعارك في منتصف 2017
    منتصف 2017 | date 2017 year mid exact
هدأت الجبهات في أواخر 2019
    أواخر 2019 | date 2019 year late exact
بدأ الانسحاب في أوائل آذار 2020
    أوائل آذار 2020 | date 2020-03 month early exact
"""
)

RELATIVE_AR = _table(
    """
سيعلن الاتفاق الشهر المقبل
    الشهر المقبل | date 2025-09 month whole exact rel
وصل الوفد الشهر الماضي
    الشهر الماضي | date 2025-07 month whole exact rel
يتوقع صدور القرار هذا الشهر
    هذا الشهر | date 2025-08 month whole exact rel
ارتفعت الصادرات خلال الشهر الجاري
    الشهر الجاري | date 2025-08 month whole exact rel
تجرى الانتخابات العام المقبل
    العام المقبل | date 2026 year whole exact rel
تجرى الانتخابات في السنة القادمة
    السنة القادمة | date 2026 year whole exact rel
تراجعت الهجمات العام الماضي
    العام الماضي | date 2024 year whole exact rel
نما الاقتصاد هذا العام
    هذا العام | date 2025 year whole exact rel
تنسحب القوات بحلول نهاية العام الجاري
    بحلول نهاية العام الجاري | deadline 2025 year end by rel
أغارت الطائرات مطلع العام الحالي
    مطلع العام الحالي | date 2025 year early exact rel
وقع الطرفان البيان في أواخر العام الماضي
    أواخر العام الماضي | date 2024 year late exact rel
يكتمل الانسحاب في شهر أيلول من العام القادم
    شهر أيلول من العام القادم | date 2026-09 month whole exact rel
تبدأ المرحلة الثانية خلال سبتمبر المقبل
    سبتمبر المقبل | date 2025-09 month whole exact rel
أعلن الجيش في آذار الماضي
    آذار الماضي | date 2025-03 month whole exact rel
قتل ثلاثة في 17 أكتوبر الماضي
    17 أكتوبر الماضي | date 2024-10-17 day whole exact rel
وفي 4 من حزيران، أعلنت الوزارة
    4 من حزيران | date 2025-06-04 day whole exact rel
وفي 4 من أيلول، أعلنت الوزارة
    4 من أيلول | date 2024-09-04 day whole exact rel
ستعقد القمة في 4 من أيلول
    4 من أيلول | date 2025-09-04 day whole exact rel
صرح الوزير الاثنين الماضي بأن
    الاثنين الماضي | date 2025-08-18 day whole exact rel
والجمعة، جدد الطرفان التزامهما
    الجمعة | date 2025-08-15 day whole exact rel
ستعقد الجولة يوم الخميس المقبل
    يوم الخميس المقبل | date 2025-08-21 day whole exact rel
سيلتقي الوزيران يوم الأحد
    يوم الأحد | date 2025-08-24 day whole exact rel
أكد المتحدث اليوم أن الحوار مستمر
    اليوم | date 2025-08-19 day whole exact rel
وقعت الحادثة أمس في البصرة
    أمس | date 2025-08-18 day whole exact rel
يصل الوفد غداً إلى بغداد
    غداً | date 2025-08-20 day whole exact rel
بدأ الاجتماع اليوم الثلاثاء في أربيل
    اليوم الثلاثاء | date 2025-08-19 day whole exact rel
أعلن الناطق، اليوم، الجمعة 15 من آب، أن
    اليوم، الجمعة 15 من آب | date 2025-08-15 day whole exact rel
التقى الطرفان الأسبوع الماضي
    الأسبوع الماضي | range 2025-08-11 day whole range rel
يبدأ التطبيق اعتبارا من 25 من الشهر الجاري
    اعتبارا من 25 من الشهر الجاري | since 2025-08-25 day whole exact rel
تنشر البيانات في الربع الأول من العام المقبل
    الربع الأول من العام المقبل | date 2026-Q1 quarter whole exact rel
"""
)

ENGLISH = _table(
    """
The deal was signed on July 23, 2024, in Baghdad.
    July 23, 2024 | date 2024-07-23 day whole exact
The deal was signed on 23 July 2024 in Baghdad.
    23 July 2024 | date 2024-07-23 day whole exact
The deal was signed on the 3rd of Sept. 2024.
    the 3rd of Sept. 2024 | date 2024-09-03 day whole exact
The mission ends in September 2026.
    September 2026 | date 2026-09 month whole exact
The coalition was formed in 2014 to fight the group.
    2014 | date 2014 year whole exact
Troops leave by the end of 2026.
    by the end of 2026 | deadline 2026 year end by
Troops leave by the end of September 2025.
    by the end of September 2025 | deadline 2025-09 month end by
Advisers stay until March 2027.
    until March 2027 | deadline 2027-03 month whole by
Forces must go no later than 30 June 2026.
    no later than 30 June 2026 | deadline 2026-06-30 day whole by
Attacks have risen since the start of 2021.
    since the start of 2021 | since 2021 year early exact
Exports fell in mid-2023.
    mid-2023 | date 2023 year mid exact
A review is due by end-2026.
    by end-2026 | deadline 2026 year end by
Output grew in Q3 2024.
    Q3 2024 | date 2024-Q3 quarter whole exact
Troops leave by year-end.
    by year-end | deadline 2025 year end by rel
Troops leave by year's end.
    by year's end | deadline 2025 year end by rel
Output grew in the first quarter of 2025.
    the first quarter of 2025 | date 2025-Q1 quarter whole exact
The strike happened around the year 2015.
    around the year 2015 | date 2015 year whole about
The talks resume next month.
    next month | date 2025-09 month whole exact rel
Elections are planned for next year.
    next year | date 2026 year whole exact rel
The base closed last year.
    last year | date 2024 year whole exact rel
Troops left by the end of this year.
    by the end of this year | deadline 2025 year end by rel
The envoy arrived last Monday.
    last Monday | date 2025-08-18 day whole exact rel
The envoy will arrive next Monday.
    next Monday | date 2025-08-25 day whole exact rel
The envoy arrived on Friday.
    Friday | date 2025-08-15 day whole exact rel
Talks will resume on Thursday.
    Thursday | date 2025-08-21 day whole exact rel
The ministry said yesterday that
    yesterday | date 2025-08-18 day whole exact rel
Officials met last week.
    last week | range 2025-08-11 day whole range rel
The vote is expected next September.
    next September | date 2025-09 month whole exact rel
"""
)


@pytest.mark.parametrize(
    ("text", "span", "fields"), ABSOLUTE_AR + DEADLINES_AR + RELATIVE_AR + ENGLISH
)
def test_mention_table(text: str, span: str, fields: list[str]) -> None:
    kind, value, granularity, part, hedge, *rel = fields
    m = covering(text, span)
    assert (m.kind, m.value, m.granularity, m.part, m.hedge) == (
        kind,
        value,
        granularity,
        part,
        hedge,
    )
    relative = rel == ["rel"]
    assert (m.relative is not None) is relative
    assert m.resolved_against == (PUB if relative else None)
    assert m.lang == ("ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en")


# A sentence, then: span | value value_high
RANGES = _table(
    """
حدد الاتفاق سقفا بين عامي 2025 و 2026
    بين عامي 2025 و 2026 | 2025 2026
حدد الاتفاق سقفا بين 2025 و2026
    بين 2025 و2026 | 2025 2026
تمتد الخطة من 2025 إلى 2027
    من 2025 إلى 2027 | 2025 2027
في الفترة 2019-2021 تراجعت الهجمات
    2019-2021 | 2019 2021
The plan covers the years between 2025 and 2026.
    between 2025 and 2026 | 2025 2026
It runs from 2024 to 2028.
    from 2024 to 2028 | 2024 2028
Between January 2025 and March 2026 the mission shrank.
    Between January 2025 and March 2026 | 2025-01 2026-03
تراجعت الهجمات بين أيلول وكانون الأول 2025
    بين أيلول وكانون الأول 2025 | 2025-09 2025-12
The review is planned for the second half of 2026.
    the second half of 2026 | 2026-Q3 2026-Q4
The review is planned for H1 2026.
    H1 2026 | 2026-Q1 2026-Q2
تجري المراجعة في النصف الأول من عام 2026
    النصف الأول من عام 2026 | 2026-Q1 2026-Q2
تجري المراجعة في النصف الثاني من العام المقبل
    النصف الثاني من العام المقبل | 2026-Q3 2026-Q4
The review is planned for the fall of 2025.
    the fall of 2025 | 2025-09 2025-11
The review is planned for spring 2026.
    spring 2026 | 2026-03 2026-05
The review is planned for the summer of next year.
    the summer of next year | 2026-06 2026-08
تجري المراجعة في خريف 2025
    خريف 2025 | 2025-09 2025-11
The Pentagon asked for more money in fiscal year 2026.
    fiscal year 2026 | 2025-10 2026-09
The cut is planned for FY26, officials said.
    FY26 | 2025-10 2026-09
Spending rose in fiscal 2025.
    fiscal 2025 | 2024-10 2025-09
"""
)


def test_a_deadline_of_a_month_is_a_deadline() -> None:
    text = "The agreement sets a deadline of September 2025 for the withdrawal."
    m = covering(text, "a deadline of September 2025")
    assert (m.kind, m.value, m.hedge) == ("deadline", "2025-09", "by")


def test_by_before_a_possessive_day_names_who_did_it() -> None:
    text = "The outpost hit by Sunday's drone attack houses 350 troops."
    [m] = find_dates(text, published=date(2024, 1, 30))
    assert (m.kind, m.value, m.hedge) == ("date", "2024-01-28", "exact")
    [m] = find_dates("They will leave by Sunday.", published=date(2024, 1, 30))
    assert (m.kind, m.hedge) == ("deadline", "by")


def test_the_end_of_a_fiscal_year_is_the_last_of_september() -> None:
    text = "The withdrawal is to be completed by the end of fiscal year 2026."
    m = covering(text, "by the end of fiscal year 2026")
    assert (m.kind, m.value, m.granularity, m.hedge) == (
        "deadline",
        "2026-09-30",
        "day",
        "by",
    )


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        (
            "The drawdown is to be complete by fiscal year 2026.",
            "by fiscal year 2026",
            "2026-09",
            "month",
        ),
        (
            "Troops will stay until the summer of 2026.",
            "until the summer of 2026",
            "2026-08",
            "month",
        ),
        ("ستبقى القوات حتى صيف 2026", "حتى صيف 2026", "2026-08", "month"),
    ],
)
def test_a_deadline_set_by_a_period_is_its_end(
    text: str, span: str, value: str, granularity: str
) -> None:
    m = covering(text, span)
    assert (m.kind, m.hedge, m.value, m.value_high, m.granularity) == (
        "deadline",
        "by",
        value,
        None,
        granularity,
    )


@pytest.mark.parametrize(
    ("text", "span", "hedge"),
    [
        (
            "The withdrawal will not be completed before 2027.",
            "before 2027",
            "at_least",
        ),
        ("The withdrawal will not be completed until 2027.", "until 2027", "at_least"),
        (
            "The final phase will end no earlier than 2027.",
            "no earlier than 2027",
            "at_least",
        ),
        ("وقال الخبير إن الانسحاب لن يكتمل قبل 2027.", "قبل 2027", "at_least"),
        ("ولن تنسحب القوات حتى نهاية 2026.", "حتى نهاية 2026", "at_least"),
        # لا يزال is "still"; a negation of another clause does not reach
        ("ولا تزال القوات في العراق حتى أيلول 2025.", "حتى أيلول 2025", "by"),
        (
            "Officials did not say whether troops would leave before May 2025.",
            "before May 2025",
            "less_than",
        ),
        ("The withdrawal will be completed before 2027.", "before 2027", "less_than"),
    ],
)
def test_a_negated_before_or_until_is_the_earliest(
    text: str, span: str, hedge: str
) -> None:
    assert covering(text, span).hedge == hedge


@pytest.mark.parametrize(
    ("text", "span", "kind", "hedge"),
    [
        # a day, or the middle of a period, named after "before" is the deadline
        (
            "وستنسحب القوات قبل الثلاثين من أيلول.",
            "قبل الثلاثين من أيلول",
            "deadline",
            "by",
        ),
        ("ونطالب بجدول زمني ينتهي قبل 31/12/2025.", "قبل 31/12/2025", "deadline", "by"),
        (
            "وستغادر القوات قبل منتصف شباط المقبل.",
            "قبل منتصف شباط المقبل",
            "deadline",
            "by",
        ),
        ("The troops will leave before Sept. 30.", "before Sept. 30", "deadline", "by"),
        # a month or a year before is the period before it
        ("وستنسحب القوات قبل أيلول 2026.", "قبل أيلول 2026", "date", "less_than"),
        # in a past clause it is no deadline
        (
            "Attacks were rare before Oct. 7, 2023, officials said.",
            "before Oct. 7, 2023",
            "date",
            "less_than",
        ),
    ],
)
def test_before_a_day_is_a_deadline(
    text: str, span: str, kind: str, hedge: str
) -> None:
    m = covering(text, span)
    assert (m.kind, m.hedge) == (kind, hedge)


@pytest.mark.parametrize(("text", "span", "fields"), RANGES)
def test_ranges(text: str, span: str, fields: list[str]) -> None:
    m = covering(text, span)
    assert (m.kind, m.hedge, m.value, m.value_high) == ("range", "range", *fields)


@pytest.mark.parametrize(
    "text",
    [
        "أرسلت الولايات المتحدة 2500 جندي إلى العراق",
        "نفذت الطائرات 140 مرة غارات على 86 دولة",
        "نحو 2000 جندي و2010 عناصر",
        "في 2000 غارة قتل مدنيون",
        "أكثر من 2024 شخصا",
        "مارس الضغط على الحكومة",
        "troops may leave soon",
        "About 2000 troops and 1999 civilians.",
        "في اليوم التالي عاد الوفد",
        "في اليوم نفسه أعلنت الوزارة",
        "في عام 1445 هـ",
        "the 1990s were different",
        "We will end the year with fewer troops.",
        "The fiscal deficit reached 26 percent.",
        "Over the last year numbers fell.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_span_maps_to_original_text_with_diacritics_and_tatweel() -> None:
    text = "تنسحب القوات بحلـــولِ نهايةِ ٢٠٢٦ كما قال"
    m = find_dates(text)[0]
    assert text[m.start : m.end] == "بحلـــولِ نهايةِ ٢٠٢٦"
    assert (m.kind, m.value, m.part) == ("deadline", "2026", "end")


def test_year_added_with_waw_repeats_the_month() -> None:
    mentions = find_dates("تنتهي المهام في أيلول 2025 و 2026 وفق الخطة", published=PUB)
    assert [m.value for m in mentions] == ["2025-09", "2026-09"]
    assert [m.value for m in find_dates("in 2014, 2015 and 2016 it grew")] == [
        "2014",
        "2015",
        "2016",
    ]


def test_byline_and_numeric_dates_after_clitics() -> None:
    text = "صدر في 23/7/2024 و2024-07-24 وب25-07-2024"
    assert [m.value for m in find_dates(text)] == [
        "2024-07-23",
        "2024-07-24",
        "2024-07-25",
    ]


def test_month_without_year_needs_a_licence() -> None:
    assert find_dates("مارس الضغط على الحكومة") == []
    [m] = find_dates("وصل الوفد في مارس", published=PUB)
    assert (m.value, m.relative) == ("2025-03", "مارس")


def test_unresolved_without_publication_date() -> None:
    m = covering("وصل الوفد الشهر الماضي", "الشهر الماضي", published=None)
    assert m.value is None
    assert m.relative == "الشهر الماضي"
    assert m.resolved_against is None


def test_absolute_dates_do_not_need_a_publication_date() -> None:
    m = covering("في 10 حزيران 2014", "10 حزيران 2014", published=None)
    assert (m.value, m.relative, m.resolved_against) == ("2014-06-10", None, None)


def test_resolve_relative_picks_the_expression() -> None:
    m = resolve_relative("في موعد لا يتجاوز نهاية الشهر المقبل", date(2025, 12, 3))
    assert m is not None
    assert (m.kind, m.value, m.part, m.hedge) == ("deadline", "2026-01", "end", "by")
    assert resolve_relative("no date here", PUB) is None


def test_lexicon_covers_every_family() -> None:
    lex = calendar_lexicon()
    for family in ("levantine", "gulf", "maghrebi", "english"):
        names = lex.month_families[family]
        assert [month_number(n) for n in names] == list(range(1, 13)), family
    assert weekday_number("الإثنين") == weekday_number("الاثنين") == 0


# -- properties ---------------------------------------------------------------------

_DIGITS = {
    "ascii": "0123456789",
    "arabic_indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
}
_FAMILIES = ("levantine", "gulf", "maghrebi", "english")


@given(
    d=st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    family=st.sampled_from(_FAMILIES),
    digits=st.sampled_from(sorted(_DIGITS)),
)
def test_day_month_year_roundtrip(d: date, family: str, digits: str) -> None:
    name = calendar_lexicon().month_families[family][d.month - 1]
    table = str.maketrans("0123456789", _DIGITS[digits])
    text = f"{d.day} {name} {d.year}".translate(table)
    [m] = find_dates(text)
    assert (m.value, m.granularity, m.kind) == (d.isoformat(), "day", "date")
    assert (m.start, m.end) == (0, len(text))


@given(
    pub=st.dates(date(1950, 1, 1), date(2090, 12, 31)),
    phrase=st.sampled_from(["next month", "الشهر المقبل", "الشهر القادم"]),
)
def test_next_month_is_the_month_after_publication(pub: date, phrase: str) -> None:
    [m] = find_dates(phrase, published=pub)
    following = (pub.replace(day=1) + timedelta(days=32)).replace(day=1)
    assert m.value == f"{following.year:04d}-{following.month:02d}"
    assert m.resolved_against == pub


@given(
    pub=st.dates(date(1950, 1, 1), date(2090, 12, 31)),
    phrase=st.sampled_from(["last Monday", "الاثنين الماضي", "يوم الاثنين الماضي"]),
)
def test_last_monday_is_the_monday_before_publication(pub: date, phrase: str) -> None:
    [m] = find_dates(phrase, published=pub)
    assert m.value is not None
    day = date.fromisoformat(m.value)
    assert day.weekday() == 0
    assert pub - timedelta(days=7) <= day < pub


_RELATIVE = [
    "الشهر المقبل",
    "العام الماضي",
    "نهاية العام الجاري",
    "اليوم",
    "أمس",
    "الاثنين الماضي",
    "سبتمبر المقبل",
    "6 من أيلول",
    "الأسبوع الماضي",
    "next year",
    "last Monday",
    "tomorrow",
    "by the end of this year",
    "the first quarter of next year",
]


@given(phrase=st.sampled_from(_RELATIVE), lead=st.sampled_from(["", "قال إنه ", "In "]))
def test_nothing_resolved_without_publication_date(phrase: str, lead: str) -> None:
    mentions = find_dates(lead + phrase)
    assert mentions
    for m in mentions:
        assert m.value is None
        assert m.value_high is None
        assert m.relative is not None
        assert m.resolved_against is None


# -- the shared phrase table ----------------------------------------------------------

_DATE_KINDS = {"date", "deadline", "since", "range", "timestamp"}


def _as_table(m: DateMention) -> tuple[str | None, str]:
    """Our encoding of "end of" (value + part) in the table's (full date)."""
    if m.part == "end" and m.value is not None:
        if m.granularity == "year":
            return f"{m.value}-12-31", "end_of_year"
        if m.granularity == "month":
            year, month = map(int, m.value.split("-"))
            last = calendar.monthrange(year, month)[1]
            return f"{m.value}-{last:02d}", "end_of_month"
    return m.value, m.granularity


def _phrase_entries() -> list[dict[str, Any]]:
    if not EVAL.exists():
        return []
    return [
        e
        for e in json.loads(EVAL.read_text("utf-8"))
        if e["expected"]["kind"] in _DATE_KINDS
    ]


def test_shared_phrase_table() -> None:
    entries = _phrase_entries()
    if not entries:
        pytest.skip(f"{EVAL} is absent")
    failures: list[tuple[int, str, tuple[str | None, ...] | None]] = []
    for entry in entries:
        expected = entry["expected"]
        pub = date.fromisoformat(entry["pub_date"]) if entry["pub_date"] else None
        mentions = find_dates(entry["phrase"], published=pub)
        if not mentions:
            failures.append((entry["id"], entry["phrase"], None))
            continue
        m = max(mentions, key=lambda m: m.end - m.start)
        got: tuple[str | None, ...]
        want: tuple[str | None, ...]
        if expected["kind"] == "range":
            got = (m.kind, m.value, m.value_high, m.granularity)
            want = ("range", expected["low"], expected["high"], expected["granularity"])
        else:
            got = (m.kind, *_as_table(m))
            want = (expected["kind"], expected["date"], expected["granularity"])
        if got != want:
            failures.append((entry["id"], entry["phrase"], got))
    assert not failures, (
        f"{len(entries) - len(failures)}/{len(entries)} pass: {failures}"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a reporting verb in the past: the weekday is the last one, six days back
        (
            "Troops will leave Baghdad by September, officials said on Tuesday.",
            "2025-03-04",
        ),
        ("On Tuesday, the defence ministry said the talks had ended.", "2025-03-04"),
        ("وقال مسؤولون عسكريون يوم الثلاثاء إن المحادثات انتهت.", "2025-03-04"),
        # a name in the reporting verb's subject that looks like a سـ verb
        ("ذكرت صحيفة وول ستريت جورنال يوم الثلاثاء أن المحادثات انتهت.", "2025-03-04"),
        ("وقال ستيفن يوم الثلاثاء إن المحادثات انتهت.", "2025-03-04"),
        ("قال الوزير إن المجلس سيعقد جلسته يوم الثلاثاء.", "2025-03-11"),
        # the reporting verb's tense does not reach into what it reports
        (
            "ونقلت الصحيفة عن مسؤولين قولهم إنه من المرجح"
            " أن يُعلن، الثلاثاء، عن الموعد.",
            "2025-03-11",
        ),
        # nor does a future verb before "that", nor a name that looks like one
        ("سيعلن الوزير أن القوات غادرت يوم الأحد.", "2025-03-09"),
        (
            "قال الفريق دوغلاس سيمز إن الضربات التي نفذتها القوات ليل الأحد انتهت.",
            "2025-03-09",
        ),
        # future
        ("The council will meet on Tuesday to vote on the deal.", "2025-03-11"),
    ],
)
def test_a_weekday_takes_the_tense_of_the_verb_it_hangs_on(
    text: str, value: str
) -> None:
    monday = date(2025, 3, 10)
    days = [m for m in find_dates(text, published=monday) if m.granularity == "day"]
    assert [m.value for m in days] == [value]


def test_a_month_without_a_year_in_a_long_future_clause_is_ahead() -> None:
    text = (
        "The United States will cut its troop presence in Iraq by roughly half, "
        "to fewer than 1,000 troops, by the end of September."
    )
    [m] = find_dates(text, published=date(2025, 3, 10))
    assert m.value == "2025-09"


def test_an_expectation_places_a_month_ahead() -> None:
    text = "US officials expect 1,500 troops to remain after September."
    [m] = find_dates(text, published=date(2025, 3, 10))
    assert m.value == "2025-09"


@pytest.mark.parametrize(
    "text",
    [
        "He said the government expected the last adviser to leave by September 30.",
        "The Americans promised to leave by September 30, the lawmaker said.",
        "وقال إن واشنطن تعهدت بسحب آخر مستشاريها بحلول 30 أيلول.",
    ],
)
def test_an_expectation_or_a_promise_in_the_past_still_looks_ahead(text: str) -> None:
    # Reported in May: the deadline is this September, not last year's.
    [m] = find_dates(text, published=date(2025, 5, 10))
    assert m.value == "2025-09-30"


def test_through_a_year_is_a_deadline() -> None:
    [m] = find_dates("Some troops will stay through 2026.", published=PUB)
    assert (m.kind, m.value) == ("deadline", "2026")


def test_a_day_with_a_future_verb_after_it_is_ahead() -> None:
    text = "After 30 Sept there will be nobody left at the base."
    [m] = find_dates(text, published=date(2025, 8, 10))
    assert m.value == "2025-09-30"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The mission began in 2014; by the end of that year, 1,500 troops were"
            " there.",
            "2014",
        ),
        (
            "طلب الجانب الأمريكي التأجيل إلى ما بعد أيلول 2026. ورفضت بغداد، متمسكة"
            " بأن يكون آخر موعد نهاية العام نفسه.",
            "2026",
        ),
    ],
)
def test_the_same_year_is_the_year_named_before(text: str, value: str) -> None:
    ends = [m for m in find_dates(text, published=date(2025, 8, 10)) if m.part == "end"]
    assert [m.value for m in ends] == [value]


def test_the_same_year_with_no_year_before_is_no_date() -> None:
    found = find_dates("ستنتهي المهمة نهاية العام نفسه.", published=date(2025, 8, 10))
    assert found == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "may" and "could" look ahead; قد before a perfect verb is "has"
        ("وقال مسؤول إن القرار قد يُتخذ قبل نهاية آذار.", "2024-03"),
        ("Officials said a decision could come in March.", "2024-03"),
        ("وكانت الوزارة قد أعلنت في آذار أن الجنود غادروا.", "2023-03"),
    ],
)
def test_a_month_after_may_or_could_is_ahead(text: str, value: str) -> None:
    [m] = find_dates(text, published=date(2024, 2, 2))
    assert m.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "should", "is supposed to", من المفترض أن: a clause of what ought to be
        (
            "The troops should be home by the Fourth of July, the senator said.",
            "2026-07-04",
        ),
        (
            "By the end of September, the Erbil contingent is supposed to be gone.",
            "2026-09",
        ),
        ("ومن المفترض أن تغادر القوات أربيل في أيلول.", "2026-09"),
        # a cue of expecting or scheduling right before أن / that opens the clause
        ("ومن المقرر أن تغادر القوات أربيل في أيلول.", "2026-09"),
        ("It is expected that the last troops leave Erbil in September.", "2026-09"),
        # a verb of saying in the future does not reach its reported clause
        ("سيعلن الوزير غداً أن القوات غادرت في أيلول.", "2025-09"),
    ],
)
def test_a_duty_or_a_schedule_looks_ahead(text: str, value: str) -> None:
    [m] = [
        m
        for m in find_dates(text, published=date(2026, 1, 14))
        if "غدا" not in text[m.start : m.end]
    ]
    assert m.value == value


@pytest.mark.parametrize(
    ("text", "kind", "value", "part"),
    [
        (
            "Officials expect the number to fall below 1,000 by the fall.",
            "deadline",
            "2025-11",
            "whole",
        ),
        (
            "The total will drop to 800 by the end of the summer.",
            "deadline",
            "2025-08",
            "end",
        ),
        ("Most of them will leave in the spring.", "range", "2026-03", "whole"),
        (
            "قال المسؤول إن القوات ستغادر بحلول نهاية الصيف.",
            "deadline",
            "2025-08",
            "end",
        ),
        ("وأكد أن الانسحاب سيكتمل في الخريف.", "range", "2025-09", "whole"),
        ("The pullout began in early summer 2024.", "date", "2024-06", "early"),
    ],
)
def test_a_season_without_a_year_after_a_marker(
    text: str, kind: str, value: str, part: str
) -> None:
    [m] = find_dates(text, published=date(2025, 5, 8))
    assert (m.kind, m.value, m.part) == (kind, value, part)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks saw a fall in numbers, officials said.",
        "The spring offensive was costly.",
        "Prices fall by half when the summer crowds leave.",
    ],
)
def test_a_season_word_needs_a_marker_or_a_year(text: str) -> None:
    assert find_dates(text, published=date(2025, 5, 8)) == []


@pytest.mark.parametrize(
    ("text", "later", "kind", "value"),
    [
        (
            "The coalition will leave Baghdad by 30 September 2025, and the Kurdistan"
            " region a year later.",
            "a year later",
            "deadline",
            "2026-09-30",
        ),
        (
            "It committed them to leave Baghdad “no later than the end of September,"
            " 2025,” and Kurdistan a year after that.",
            "a year after that",
            "deadline",
            "2026-09",
        ),
        (
            "وتنتهي المهمة في بغداد بحلول أيلول 2025، وفي إقليم كردستان"
            " بعد عام من ذلك.",
            "بعد عام من ذلك",
            "deadline",
            "2026-09",
        ),
        (
            "وستنسحب القوات من بغداد في أيلول 2025 على أن تغادر أربيل بعدها بعامين.",
            "بعدها بعامين",
            "date",
            "2027-09",
        ),
        (
            "ISIS took Mosul in June 2014; three years later, it lost the city.",
            "three years later",
            "date",
            "2017-06",
        ),
        (
            "Talks opened in 2023 and ended the following year.",
            "the following year",
            "date",
            "2024",
        ),
    ],
)
def test_a_span_later_counts_from_the_date_before_it(
    text: str, later: str, kind: str, value: str
) -> None:
    m = covering(text, later)
    assert (m.kind, m.value, m.relative) == (kind, value, later)


@pytest.mark.parametrize(
    "text",
    [
        # no date before it in the sentence: nothing to count from
        "In 2024 the talks opened. A year later, they ended.",
        "Three years later, the city was rebuilt.",
        # six months after a year: no month to land on
        "The base closed in 2019 and reopened six months later.",
    ],
)
def test_a_span_later_needs_a_date_to_count_from(text: str) -> None:
    assert all(
        "later" not in text[m.start : m.end] for m in find_dates(text, published=PUB)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The sites will be transferred before the Sept. 30 deadline.",
        "The troops will leave well ahead of the September 30 deadline.",
        "وحدد الاتفاق 30/9/2025 موعداً نهائياً لمغادرة القوات.",
    ],
)
def test_a_date_before_the_word_deadline_is_one(text: str) -> None:
    [m] = find_dates(text, published=PUB)
    assert (m.kind, m.hedge, m.value) == ("deadline", "by", "2025-09-30")


def test_a_western_name_is_no_future_verb() -> None:
    # ستيفن looks like سـ + a verb; the past event stays in the past
    text = "شارك السفير ستيفن ماكلين، يوم الاثنين 20 كانون الثاني، في حفل تخريج."
    [m] = find_dates(text, published=date(2025, 1, 23))
    assert str(m.value) == "2025-01-20"


@pytest.mark.parametrize(
    "text",
    [
        "في حزيران عام 2014 سيطر التنظيم على الموصل، وتشكّل في أيلول من العام نفسه "
        "تحالف دولي.",
        "In June 2014 the group seized Mosul, and in September of the same year a "
        "coalition was formed.",
        "In June 2014 the group seized Mosul. Later that year, in September, a "
        "coalition formed.",
    ],
)
def test_a_month_of_the_same_year_takes_the_year_before_it(text: str) -> None:
    """Not the September before publication: the year the text just named."""
    values = [m.value for m in find_dates(text, published=date(2025, 3, 1))]
    assert values == ["2014-06", "2014-09"]


def test_a_month_with_no_year_named_before_it_is_placed_by_publication() -> None:
    [m] = find_dates("في أيلول من العام نفسه", published=date(2025, 3, 1))
    assert m.value == "2024-09"


@pytest.mark.parametrize(
    "text",
    [
        "The last troops left Baghdad on September 30, but 2,000 troops will stay.",
        "غادرت آخر القوات بغداد في 30 أيلول، لكن ألفي جندي سيبقون.",
    ],
)
def test_the_next_clauses_future_does_not_move_a_date(text: str) -> None:
    """A date with no cue before it is not placed by the clause after ", but"."""
    [m, *_] = find_dates(text, published=date(2025, 10, 9))
    assert m.value == "2025-09-30"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("US troops will be home by Christmas.", "2025-12-25", "deadline"),
        ("They left on Christmas Day 2019.", "2019-12-25", "date"),
        ("On Christmas Eve 2023, three rockets hit the base.", "2023-12-24", "date"),
        ("سيعود الجنود قبل عيد الميلاد", "2025-12-25", "deadline"),
    ],
)
def test_a_holiday_of_a_fixed_day_is_that_day(text: str, value: str, kind: str) -> None:
    [m] = find_dates(text, published=date(2025, 10, 9))
    assert (m.value, m.kind) == (value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "صوّت البرلمان في الخامس من كانون الثاني 2020، بعد غارة فجر الثالث من الشهر "
        "نفسه.",
        "Parliament voted on 5 January 2020, after the strike on the 3rd of the same "
        "month.",
        "صوّت البرلمان في 5 كانون الثاني 2020، بعد غارة يوم 3 من الشهر.",
    ],
)
def test_a_day_of_the_same_month_takes_the_month_before_it(text: str) -> None:
    """Also "يوم 28 من الشهر" (of the month), never 28 months."""
    values = [m.value for m in find_dates(text, published=date(2025, 3, 1))]
    assert values == ["2020-01-05", "2020-01-03"]


@pytest.mark.parametrize(
    ("text", "value", "kind", "part"),
    [
        ("تأسس التحالف في شتنبر 2014", "2014-09", "date", "whole"),
        ("غادر في 10 غشت 2024", "2024-08-10", "date", "whole"),
        ("سينهي مهامه في أجل أقصاه شتنبر 2026", "2026-09", "deadline", "whole"),
        ("سيبقى 1500 عسكري إلى غاية دجنبر 2026", "2026-12", "deadline", "whole"),
        ("ستعود المروحيات قبل متم يوليوز 2025", "2025-07", "deadline", "end"),
    ],
)
def test_moroccan_months_and_deadlines(
    text: str, value: str, kind: str, part: str
) -> None:
    [m] = find_dates(text, published=date(2025, 3, 1))
    assert (m.value, m.kind, m.part) == (value, kind, part)


@pytest.mark.parametrize(
    "text",
    [
        "قالت قناة الغد إن الوفد وصل.",
        "نقلت صحيفة المصري اليوم عن مصادر أن الوفد وصل.",
        "عدن الغد – حوار: مروان الشعيبي",
        "قال الخبير لـ«عدن الغد»: المعادلة واحدة.",
        "في مقال ينشره «الغد» اليوم، أن الوفد وصل.",
    ],
)
def test_a_day_word_in_an_outlets_name_is_no_date(text: str) -> None:
    found = find_dates(text, published=date(2024, 3, 2))
    assert all(m.relative != "الغد" for m in found)
    assert len(found) <= 1


@pytest.mark.parametrize("text", ["قال «سنغادر اليوم» ثم", "أعلنت الوزارة اليوم أن"])
def test_a_day_word_said_or_written_is_a_date(text: str) -> None:
    [m] = find_dates(text, published=date(2024, 3, 2))
    assert m.value == "2024-03-02"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("السنة الجاية", "2026"),
        ("الشهر الفايت", "2025-02"),
        ("بعد أيلول الجاي", "2025-09"),
    ],
)
def test_dialect_directions(text: str, value: str) -> None:
    [m] = find_dates(text, published=date(2025, 3, 2))
    assert m.value == value
