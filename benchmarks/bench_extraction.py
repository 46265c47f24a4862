"""Benchmark claimtrack.extract on synthetic news articles, against dateparser.

Usage::

    python benchmarks/bench_extraction.py [--articles 10000] [--seed 0]
                                          [--dateparser-sample 200] [--quick]
                                          [--no-parallel]

The corpus is generated from this file's own sentence templates (none is
taken from any third-party text): articles of about 600 words, half Arabic
and half English, on the US-led coalition leaving Iraq, with troop counts,
coalition sizes, attacks since a date and deadlines written in many ways
(digits, Arabic-Indic digits, number words, hedges), attributed to speakers
with قال/أكد/بحسب/نقلت ... عن and "said"/"according to"/"X quoted Y as
saying", among filler sentences that carry no figure.

The script times ``claimtrack.extract`` over every article in one process
(one core), checks that the figures planted by the templates are found
(planted-figure recall; the exit status is 1 when extraction finds next to
nothing, so the benchmark cannot time an empty loop), and times
``dateparser.search_dates`` alone on a sample of the same articles. The ratio
of the two rates is measured in the same run on the same machine; absolute
times on a shared machine are only indicative.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean, median

import claimtrack
from claimtrack import Document, NumberFigure, Source, TimeFigure, extract, extract_all

AIM_PER_CORE = 200.0  # articles of ~600 words per second per core (issue 3)
TARGET_WORDS = 600
QUICK_ARTICLES = 300
QUICK_DATEPARSER_SAMPLE = 40
MIN_ARTICLES_WITH_CLAIMS = 0.90  # below this share, extraction is broken
MIN_RECALL = 0.50  # below this planted-figure recall, extraction is broken

# ---------------------------------------------------------------------------
# Word material: outlets, speakers, places, months, numbers (all our own).
# ---------------------------------------------------------------------------

PUBLISHERS = [
    "Al-Mada",
    "Shafaq News",
    "Enab Baladi",
    "Rudaw",
    "Baghdad Today",
    "The National",
    "The Levant Ledger",
    "Tigris Daily",
    "Euphrates Wire",
    "Gulf Monitor",
]

# Relayed outlets: display name (as claimtrack's outlet table names it), then
# the Arabic and English forms written in the templates.
RELAYS = [
    ("Reuters", ["رويترز", "وكالة رويترز"], ["Reuters"]),
    ("AFP", ["وكالة فرانس برس", "فرانس برس"], ["AFP", "Agence France-Presse"]),
    ("Iraqi News Agency (INA)", ["وكالة الأنباء العراقية"], ["the Iraqi News Agency"]),
    ("The New York Times", ["صحيفة نيويورك تايمز"], ["The New York Times"]),
    ("Al Jazeera", ["قناة الجزيرة"], ["Al Jazeera"]),
]


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase in one language; ``fem`` picks the verb's gender."""

    text: str
    fem: bool = False


AR_SPEAKERS = [
    Speaker("المتحدث باسم وزارة الدفاع العراقية"),
    Speaker("مستشار رئيس الوزراء للشؤون الأمنية سامر الحديثي"),
    Speaker("مسؤول عسكري أميركي رفيع"),
    Speaker("مسؤولون عراقيون"),
    Speaker("قائد العمليات المشتركة الفريق ليث الدليمي"),
    Speaker("النائبة ليلى الراوي", fem=True),
    Speaker("السفارة الأميركية في بغداد", fem=True),
    Speaker("مصدر أمني مطلع"),
    Speaker("وزير الخارجية العراقي"),
    Speaker("المتحدثة باسم البنتاغون دانا ويتفيلد", fem=True),
    Speaker("عضو لجنة الأمن والدفاع النيابية كريم حداد"),
]
EN_SPEAKERS = [
    Speaker("a spokesman for the Iraqi defence ministry"),
    Speaker("Sameer al-Hadithi, security adviser to the prime minister"),
    Speaker("a senior US military official"),
    Speaker("Iraqi officials"),
    Speaker("Lieutenant General Laith al-Dulaimi, commander of joint operations"),
    Speaker("lawmaker Laila al-Rawi"),
    Speaker("the US embassy in Baghdad"),
    Speaker("a security source"),
    Speaker("Iraq's foreign minister"),
    Speaker("Pentagon spokesperson Dana Whitfield"),
    Speaker("Karim Haddad, a member of parliament's security committee"),
]

AR_VERBS = {
    "say": ("قال", "قالت"),
    "confirm": ("أكد", "أكدت"),
    "add": ("أضاف", "أضافت"),
    "explain": ("أوضح", "أوضحت"),
    "quote": ("قوله", "قولها"),
}
EN_VERBS = {
    "say": ("said",),
    "confirm": ("confirmed",),
    "add": ("added",),
    "explain": ("explained",),
}

AR_PLACES = ["العراق", "إقليم كردستان", "أربيل", "بغداد", "محافظة الأنبار"]
EN_PLACES = ["Iraq", "the Kurdistan region", "Erbil", "Baghdad", "Anbar province"]
AR_BASES = ["قاعدة عين الأسد", "قاعدة حرير", "مطار بغداد الدولي", "قاعدة فكتوريا"]
EN_BASES = ["Ain al-Asad air base", "Harir base", "Baghdad airport", "Victory base"]

AR_MONTHS_LEVANT = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
AR_MONTHS_EGYPT = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Arabic number words in the genitive (they always follow a hedge here: نحو،
# أكثر من ...). Units 3-9 agree in reverse with the counted noun's gender.
AR_WORDS: dict[int, str | dict[str, str]] = {
    20: "عشرين",
    30: "ثلاثين",
    40: "أربعين",
    50: "خمسين",
    60: "ستين",
    70: "سبعين",
    80: "ثمانين",
    86: {"f": "ست وثمانين", "m": "ستة وثمانين"},
    100: "مئة",
    150: "مئة وخمسين",
    200: "مئتي",
    300: "ثلاثمئة",
    500: "خمسمئة",
    900: "تسعمئة",
    1000: "ألف",
    2000: "ألفي",
    2500: "ألفين وخمسمئة",
    3000: "ثلاثة آلاف",
    3500: "ثلاثة آلاف وخمسمئة",
    4000: "أربعة آلاف",
    5000: "خمسة آلاف",
}

_EN_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def english_words(n: int) -> str:
    """Spell ``0 <= n < 10**6`` in English words ("two thousand five hundred")."""
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_EN_ONES[hundreds]} hundred"
        return head + (f" and {english_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{english_words(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + english_words(rest)


# Counted nouns: Arabic (genitive singular, accusative singular, plural,
# gender), English plural and an English noun phrase variant.
@dataclass(frozen=True)
class Unit:
    """How one counted noun is written in both languages."""

    ar_gen: str
    ar_acc: str
    ar_pl: str
    gender: str
    en: tuple[str, ...]


UNITS = {
    "troop": Unit("جندي", "جنديا", "جنود", "m", ("US troops", "troops", "soldiers")),
    "country": Unit("دولة", "دولة", "دول", "f", ("countries", "nations")),
    "attack": Unit("هجوم", "هجوما", "هجمات", "m", ("attacks", "rocket attacks")),
    "adviser": Unit("مستشار", "مستشارا", "مستشارين", "m", ("military advisers",)),
}

AR_HEDGES = {
    "exact": [""],
    "about": ["نحو ", "حوالي ", "قرابة "],
    "more_than": ["أكثر من "],
    "at_least": ["ما لا يقل عن "],
    "less_than": ["أقل من "],
}
EN_HEDGES = {
    "exact": [""],
    "about": ["about ", "around ", "roughly ", "some "],
    "more_than": ["more than "],
    "at_least": ["at least "],
    "less_than": ["fewer than "],
}

# ---------------------------------------------------------------------------
# Templates. Slots: {SP} speaker, {V:verb} reporting verb agreeing with it,
# {OUT} a relayed outlet, {PLACE}, {BASE}, {N:topic} a planted number with
# its hedge and counted noun, {D:kind} a planted date. A template whose
# number follows the preposition ب writes {N:topic:bi}.
# ---------------------------------------------------------------------------

AR_TEMPLATES = {
    "ar_troops_said": "{V:say} {SP} إن {N:troop} أميركي ما زالوا منتشرين في {PLACE}.",
    "ar_troops_confirm": (
        "{V:confirm} {SP} أن عدد القوات الأميركية في العراق يبلغ {N:troop}، "
        "وأن الانسحاب يجري وفق جدول متفق عليه بين الجانبين."
    ),
    "ar_troops_bihasab": (
        "وبحسب {SP}، فإن {N:troop} سيغادرون {BASE} خلال المرحلة الأولى من الانسحاب."
    ),
    "ar_troops_relay": (
        "ونقلت {OUT} عن {SP} {V:quote} إن {N:troop} سيبقون في {PLACE} "
        "بعد انتهاء مهمة التحالف."
    ),
    "ar_troops_two": (
        "{V:add} {SP} أن واشنطن تحتفظ حاليا {N:troop:bi} في العراق "
        "و{N:troop_small} في سوريا."
    ),
    "ar_coalition": (
        "{V:explain} {SP} أن التحالف الدولي الذي تقوده واشنطن يضم {N:country}، "
        "وأن دوره سيتحول إلى تقديم المشورة."
    ),
    "ar_coalition_relay": (
        "ونقلت {OUT} عن {SP} {V:quote} إن دول التحالف البالغ عددها {N:country} "
        "اتفقت على إنهاء المهمة العسكرية."
    ),
    "ar_deadline": "{V:say} {SP} إن مهمة التحالف في العراق ستنتهي {D:deadline}.",
    "ar_deadline_relay": (
        "ونقلت {OUT} عن {SP} {V:quote} إن آخر القوات الأجنبية ستغادر {PLACE} "
        "{D:deadline}."
    ),
    "ar_attacks": (
        "وبحسب {SP}، تعرضت القواعد التي تستضيف قوات أميركية إلى {N:attack} {D:since}."
    ),
    "ar_attacks_add": (
        "{V:add} {SP} أن الفصائل المسلحة شنت {N:attack} على مواقع التحالف {D:since}."
    ),
    "ar_advisers": (
        "{V:confirm} {SP} أن {N:adviser} سيبقون في {PLACE} لتدريب القوات العراقية."
    ),
    "ar_day": (
        "{D:day} أعلنت الحكومة العراقية والولايات المتحدة التوصل إلى اتفاق "
        "على جدول زمني لإنهاء مهمة التحالف."
    ),
}

EN_TEMPLATES = {
    "en_troops_said": "{SP} {V:say} {N:troop} remain deployed in {PLACE}.",
    "en_troops_according": (
        "According to {SP}, {N:troop} will leave {BASE} in the opening phase "
        "of the drawdown."
    ),
    "en_troops_relay": (
        "{OUT} quoted {SP} as saying that {N:troop} would stay in {PLACE} "
        "after the coalition mission ends."
    ),
    "en_troops_two": (
        "{SP} {V:add} that Washington currently keeps {N:troop} in Iraq and "
        "{N:troop_small} in Syria."
    ),
    "en_coalition": (
        "{SP} {V:say} the US-led coalition, which comprises {N:country}, "
        "will shift to an advisory role."
    ),
    "en_coalition_after": (
        "The coalition of {N:country} has agreed to end its military mission, "
        "{SP} {V:say}."
    ),
    "en_deadline": (
        "{SP} {V:confirm} that the coalition mission in Iraq will end {D:deadline}."
    ),
    "en_deadline_relay": (
        "{OUT} quoted {SP} as saying the last foreign forces would leave {PLACE} "
        "{D:deadline}."
    ),
    "en_attacks": (
        "Bases hosting US forces have come under {N:attack} {D:since}, "
        "according to {SP}."
    ),
    "en_attacks_add": (
        "{SP} {V:add} that armed factions had launched {N:attack} on coalition "
        "sites {D:since}."
    ),
    "en_advisers": (
        "{SP} {V:confirm} that {N:adviser} will stay in {PLACE} to train Iraqi forces."
    ),
    "en_day": (
        "{D:day}, the Iraqi government and Washington announced an agreement on "
        "a timetable to end the coalition mission."
    ),
}

# Filler: sentences on the same story that carry no figure, date or number.
AR_FILLER = [
    "وتأتي هذه التطورات في ظل نقاش واسع داخل الأوساط السياسية العراقية "
    "حول مستقبل الوجود العسكري الأجنبي في البلاد.",
    "ويرى مراقبون أن الحكومة تسعى إلى تحقيق توازن دقيق بين علاقاتها "
    "مع واشنطن وعلاقاتها مع جيرانها في المنطقة.",
    "وتطالب قوى سياسية عدة بإخراج القوات الأجنبية بشكل كامل، "
    "فيما تفضل قوى أخرى الإبقاء على شكل من أشكال التعاون الأمني.",
    "وشهدت {PLACE} خلال الفترة الماضية إجراءات أمنية مشددة "
    "تزامنا مع الاجتماعات الفنية بين الجانبين.",
    "وتعمل اللجان العسكرية المشتركة على وضع ترتيبات تضمن انتقالا منظما للمهام.",
    "وأكدت مصادر برلمانية أن ملف الانسحاب سيبقى حاضرا على جدول أعمال المجلس "
    "في جلساته المقبلة.",
    "ويخشى خبراء أمنيون من أن يؤدي الفراغ المحتمل إلى عودة نشاط الخلايا المتطرفة "
    "في المناطق الصحراوية.",
    "وتبقى مسألة الدعم الجوي والاستخباري من أبرز النقاط التي يجري التفاوض بشأنها.",
    "وتتابع الأوساط الشعبية في {PLACE} هذه المفاوضات باهتمام كبير، "
    "في ظل مخاوف من تدهور الأوضاع الاقتصادية.",
    "ولم يصدر أي تعليق رسمي من الجانب الأميركي على هذه المعلومات حتى ساعة "
    "إعداد هذا التقرير.",
    "ويرى محللون أن التحول نحو علاقة ثنائية يعكس تغيرا في أولويات الإدارة "
    "الأميركية في الشرق الأوسط.",
    "وتؤكد الحكومة العراقية أن قواتها باتت قادرة على إدارة الملف الأمني "
    "بالاعتماد على إمكاناتها الذاتية.",
    "وكانت الفصائل المسلحة قد هددت في مناسبات سابقة باستئناف عملياتها "
    "إذا تأخر تنفيذ الاتفاق.",
    "ويشير دبلوماسيون إلى أن العواصم الأوروبية تراقب الموقف عن كثب "
    "وتدعو إلى التنسيق الوثيق مع بغداد.",
    "وتتضمن الخطة نقل بعض المهام إلى إقليم كردستان قبل الانتقال إلى المرحلة "
    "التالية من التعاون.",
    "وتواجه القوات العراقية تحديات لوجستية تتعلق بالصيانة والتدريب "
    "وتأمين الحدود الطويلة مع سوريا.",
    "ودعا نواب مستقلون إلى نشر تفاصيل الاتفاق كاملة أمام الرأي العام لتعزيز الشفافية.",
    "ويعتقد باحثون أن مستقبل العلاقة سيتحدد بمدى قدرة الطرفين على بناء ثقة "
    "متبادلة بعيدا عن الضغوط الإقليمية.",
    "وقد أثارت التصريحات الأخيرة ردود فعل متباينة بين الكتل السياسية "
    "ووسائل الإعلام المحلية.",
    "وتسعى بغداد كذلك إلى توسيع تعاونها الأمني مع دول الجوار "
    "في مجالات تبادل المعلومات ومكافحة التهريب.",
    "وتحدث سكان محليون في {PLACE} عن ارتياح حذر لما وصفوه بعودة الهدوء النسبي.",
    "ويرتبط مستقبل المهمة أيضا بالتطورات الميدانية في سوريا المجاورة "
    "وبمصير مخيمات النازحين هناك.",
    "وتشدد الأطراف المعنية على أن أي انسحاب يجب أن يتم بطريقة مسؤولة "
    "تحفظ المكاسب التي تحققت.",
    "ويتوقع متابعون أن تشهد المرحلة المقبلة مزيدا من الزيارات المتبادلة "
    "بين المسؤولين العسكريين.",
]
EN_FILLER = [
    "The developments come amid a broad debate in Iraqi politics about the future "
    "of foreign forces in the country.",
    "Observers say the government is trying to strike a careful balance between "
    "its ties with Washington and its relations with neighbouring states.",
    "Several political blocs have demanded a complete exit of foreign troops, "
    "while others prefer to keep some form of security cooperation.",
    "Security measures were tightened in {PLACE} as technical talks between the "
    "two sides continued.",
    "Joint military committees are working on arrangements to ensure an orderly "
    "handover of duties.",
    "Parliamentary sources said the withdrawal file would stay on the agenda of "
    "upcoming sessions.",
    "Security analysts fear that a vacuum could allow extremist cells to regroup "
    "in desert areas.",
    "Air support and intelligence sharing remain among the most contested points "
    "in the negotiations.",
    "Residents of {PLACE} are following the talks closely, worried that the "
    "economic situation could deteriorate.",
    "There was no official comment from the American side on the report at the "
    "time of writing.",
    "Analysts say the shift towards a bilateral relationship reflects changing "
    "priorities in Washington's Middle East policy.",
    "The Iraqi government insists that its forces can now manage security on "
    "their own.",
    "Armed factions have previously threatened to resume their operations if the "
    "agreement is delayed.",
    "Diplomats say European capitals are watching closely and urging close "
    "coordination with Baghdad.",
    "The plan includes moving certain tasks to the Kurdistan region before the "
    "next stage of cooperation begins.",
    "Iraqi forces face logistical challenges in maintenance, training and "
    "securing the long border with Syria.",
    "Independent lawmakers have called for the full text of the agreement to be "
    "made public.",
    "Researchers believe the relationship will depend on whether both sides can "
    "build trust away from regional pressure.",
    "The latest statements drew mixed reactions from political blocs and local media.",
    "Baghdad is also seeking wider security cooperation with its neighbours on "
    "intelligence sharing and smuggling.",
    "Local residents in {PLACE} described a cautious relief at what they called "
    "a relative calm.",
    "The future of the mission is also tied to events in neighbouring Syria and "
    "to the fate of the displacement camps there.",
    "The parties stress that any withdrawal must be carried out responsibly and "
    "preserve the gains made so far.",
    "Observers expect further visits between military officials in the coming period.",
]


# ---------------------------------------------------------------------------
# Generation.
# ---------------------------------------------------------------------------


@dataclass
class Plant:
    """A figure written into an article, with where it is and what it means.

    ``hedge`` None means any hedge is acceptable (a bare number after "and"
    that may share the hedge of the number before it).
    """

    template: str
    start: int
    end: int
    kind: str  # "number" or "time"
    value: float | str
    hedge: str | None
    part: str = "whole"
    relay: str | None = None  # display name of the outlet the sentence relays
    sentence: str = ""


@dataclass
class Article:
    """A generated document with the figures planted in it."""

    doc: Document
    lang: str
    words: int
    plants: list[Plant] = field(default_factory=list)


@dataclass
class _Figure:
    text: str
    kind: str
    value: float | str
    hedge: str | None
    part: str = "whole"


def _number_value(rng: random.Random, topic: str) -> int:
    if topic == "troop":
        if rng.random() < 0.35:
            return 2500
        return rng.choice((rng.randrange(5, 61) * 100, rng.randrange(10, 120) * 50))
    if topic == "troop_small":
        return rng.choice((rng.randrange(3, 20) * 50, 900))
    if topic == "country":
        if rng.random() < 0.5:
            return rng.choice((86, 60))
        return rng.randrange(55, 91)
    if topic == "adviser":
        return rng.randrange(2, 20) * 50
    while True:  # attacks: avoid n % 100 in 1..10, whose noun agreement differs
        n = rng.randrange(11, 100) if rng.random() < 0.5 else rng.randrange(10, 41) * 10
        if n < 100 or n % 100 == 0 or n % 100 > 10:
            return n


def _ar_noun(unit: Unit, n: int) -> str:
    last = n % 100
    if 3 <= last <= 10 and n < 100:
        return unit.ar_pl
    if 11 <= last <= 99:
        return unit.ar_acc
    return unit.ar_gen


def _number_figure(
    rng: random.Random, lang: str, topic: str, *, bi: bool = False, bare: bool = False
) -> _Figure:
    """Render a count with its hedge and noun; ``bare`` drops hedge and noun."""
    n = _number_value(rng, topic)
    unit = UNITS["troop" if topic == "troop_small" else topic]
    hedges = ["exact", "about", "about", "more_than", "at_least", "less_than"]
    hedge = "exact" if bare else rng.choice(hedges)
    if bi and hedge == "exact":
        hedge = "about"  # "بنحو"، not a bare "بـ"
    style = rng.random()
    if lang == "ar":
        word = AR_WORDS.get(n)
        if isinstance(word, dict):
            word = word[unit.gender]
        if word and hedge != "exact" and style < 0.25:
            number = word
        elif style < 0.45:
            number = str(n).translate(ARABIC_INDIC)
        else:
            number = str(n)
        prefix = rng.choice(AR_HEDGES[hedge])
        if bi:
            prefix = "ب" + prefix
        noun = "" if bare else " " + _ar_noun(unit, n)
        text = f"{prefix}{number}{noun}"
    else:
        if style < 0.2 and hedge != "exact":
            number = english_words(n)
        elif n >= 1000 and style < 0.7:
            number = f"{n:,}"
        else:
            number = str(n)
        noun = "" if bare else " " + rng.choice(unit.en)
        text = f"{rng.choice(EN_HEDGES[hedge])}{number}{noun}"
    return _Figure(text, "number", float(n), None if bare else hedge)


def _year(rng: random.Random, lang: str, low: int, high: int) -> tuple[int, str]:
    y = rng.randint(low, high)
    text = str(y)
    if lang == "ar" and rng.random() < 0.15:
        text = text.translate(ARABIC_INDIC)
    return y, text


def _month(rng: random.Random, lang: str) -> tuple[int, str]:
    m = rng.randrange(12)
    if lang == "en":
        return m + 1, EN_MONTHS[m]
    names = AR_MONTHS_LEVANT if rng.random() < 0.6 else AR_MONTHS_EGYPT
    return m + 1, names[m]


def _date_figure(rng: random.Random, lang: str, kind: str) -> _Figure:
    ar = lang == "ar"
    if kind == "deadline":
        y, ytext = _year(rng, lang, 2025, 2027)
        r = rng.random()
        if r < 0.4:
            text = f"بحلول نهاية {ytext}" if ar else f"by the end of {ytext}"
            return _Figure(text, "time", str(y), "by", "end")
        m, mtext = _month(rng, lang)
        if r < 0.7:
            text = f"في {mtext} {ytext}" if ar else f"in {mtext} {ytext}"
            return _Figure(text, "time", f"{y}-{m:02d}", "exact")
        text = f"بحلول {mtext} {ytext}" if ar else f"by {mtext} {ytext}"
        return _Figure(text, "time", f"{y}-{m:02d}", "by")
    if kind == "since":
        y, ytext = _year(rng, lang, 2021, 2024)
        m, mtext = _month(rng, lang)
        if rng.random() < 0.5:
            text = f"منذ {mtext} {ytext}" if ar else f"since {mtext} {ytext}"
            return _Figure(text, "time", f"{y}-{m:02d}", "exact")
        d = rng.randint(1, 28)
        if ar:
            text = f"منذ {d} {mtext} {ytext}"
        elif rng.random() < 0.5:
            text = f"since {d} {mtext} {ytext}"
        else:
            text = f"since {mtext} {d}, {ytext}"
        return _Figure(text, "time", f"{y}-{m:02d}-{d:02d}", "exact")
    # kind == "day": a dated event at the head of the sentence
    y, ytext = _year(rng, lang, 2023, 2025)
    m, mtext = _month(rng, lang)
    d = rng.randint(1, 28)
    if ar:
        text = f"وفي {d} {mtext} {ytext}"
    elif rng.random() < 0.5:
        text = f"On {d} {mtext} {ytext}"
    else:
        text = f"On {mtext} {d}, {ytext}"
    day = f"{y}-{m:02d}-{d:02d}"
    # The figure is the date; the preposition ("وفي"/"On") is not part of it.
    head = len(text.split()[0]) + 1
    return _Figure(text, "time", day, "exact", part=f"skip:{head}")


_SLOT = re.compile(r"\{([A-Z]+)(?::([a-z_]+))?(?::(bi))?\}")


def _render(
    rng: random.Random, lang: str, name: str, template: str
) -> tuple[str, list[Plant]]:
    """Fill one template; return the sentence and its planted figures."""
    ar = lang == "ar"
    speaker = rng.choice(AR_SPEAKERS if ar else EN_SPEAKERS)
    relay = rng.choice(RELAYS)
    out: list[str] = []
    length = 0
    plants: list[Plant] = []
    pos = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        slot, arg, bi = m.groups()
        if slot == "SP":
            piece = speaker.text
        elif slot == "V":
            forms = (AR_VERBS if ar else EN_VERBS)[arg]
            piece = forms[1] if speaker.fem and len(forms) > 1 else forms[0]
        elif slot == "OUT":
            piece = rng.choice(relay[1] if ar else relay[2])
        elif slot == "PLACE":
            piece = rng.choice(AR_PLACES if ar else EN_PLACES)
        elif slot == "BASE":
            piece = rng.choice(AR_BASES if ar else EN_BASES)
        else:
            if slot == "N":
                fig = _number_figure(rng, lang, arg, bi=bool(bi))
            else:
                fig = _date_figure(rng, lang, arg)
            piece = fig.text
            start, part, hedge = length, fig.part, fig.hedge
            if arg == "troop_small" and hedge == "exact":
                # "about 2,500 in Iraq and 900 in Syria": the bare second number
                # may share the first one's hedge; either reading is accepted.
                hedge = None
            if part.startswith("skip:"):
                start += int(part[5:])
                part = "whole"
            plants.append(
                Plant(
                    name,
                    start,
                    length + len(piece),
                    fig.kind,
                    fig.value,
                    hedge,
                    part,
                    relay[0] if "{OUT}" in template else None,
                )
            )
        out.append(piece)
        length += len(piece)
    out.append(template[pos:])
    sentence = "".join(out)
    sentence = sentence[0].upper() + sentence[1:]
    for p in plants:
        p.sentence = sentence
    return sentence, plants


def _filler(rng: random.Random, lang: str) -> str:
    text = rng.choice(AR_FILLER if lang == "ar" else EN_FILLER)
    return text.replace("{PLACE}", rng.choice(AR_PLACES if lang == "ar" else EN_PLACES))


def make_article(rng: random.Random, index: int, lang: str) -> Article:
    """Generate one article of about TARGET_WORDS words in ``lang``."""
    templates = AR_TEMPLATES if lang == "ar" else EN_TEMPLATES
    names = list(templates)
    target = rng.randint(TARGET_WORDS - 40, TARGET_WORDS + 40)
    n_claims = rng.randint(6, 10)
    claim_slots = sorted(rng.sample(range(n_claims * 3), n_claims))
    sentences: list[tuple[str, list[Plant]]] = []
    words = 0
    k = 0
    while words < target or k <= claim_slots[-1]:
        if claim_slots and k in claim_slots:
            name = rng.choice(names)
            sentence, plants = _render(rng, lang, name, templates[name])
        else:
            sentence, plants = _filler(rng, lang), []
        sentences.append((sentence, plants))
        words += len(sentence.split())
        k += 1
        if words >= target + 30 and k > claim_slots[-1]:
            break
    # Lay the sentences out in paragraphs of two to four sentences.
    text_parts: list[str] = []
    offset = 0
    all_plants: list[Plant] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(2, 4)
        for j, (sentence, plants) in enumerate(sentences[i : i + size]):
            if j:
                text_parts.append(" ")
                offset += 1
            for p in plants:
                p.start += offset
                p.end += offset
                all_plants.append(p)
            text_parts.append(sentence)
            offset += len(sentence)
        i += size
        if i < len(sentences):
            text_parts.append("\n\n")
            offset += 2
    text = "".join(text_parts)
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
    doc = Document(
        id=f"synthetic-{index:06d}-{lang}",
        source=Source(name=rng.choice(PUBLISHERS)),
        published=published,
        lang=lang,
        text=text,
    )
    return Article(doc, lang, len(text.split()), all_plants)


def generate(n: int, seed: int) -> list[Article]:
    """Return ``n`` articles, alternately Arabic and English, deterministically."""
    rng = random.Random(seed)
    return [make_article(rng, i, "ar" if i % 2 == 0 else "en") for i in range(n)]


# ---------------------------------------------------------------------------
# Scoring planted figures.
# ---------------------------------------------------------------------------


def _matches(plant: Plant, figure: NumberFigure | TimeFigure) -> tuple[bool, bool]:
    """Return (value right, value and hedge right) for a figure on a plant."""
    if plant.kind == "number":
        if not isinstance(figure, NumberFigure) or figure.value is None:
            return False, False
        value_ok = math.isclose(figure.value, float(plant.value))
    else:
        if not isinstance(figure, TimeFigure):
            return False, False
        value_ok = figure.value == plant.value
    if not value_ok:
        return False, False
    hedge_ok = plant.hedge is None or figure.hedge.value == plant.hedge
    if plant.kind == "time":
        hedge_ok = hedge_ok and figure.part.value == plant.part
    return True, hedge_ok


@dataclass
class Score:
    """Planted-figure recall counts, overall and per template."""

    planted: int = 0
    value: int = 0
    full: int = 0
    relayed: int = 0
    relay_ok: int = 0
    by_template: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0])
    )
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, article: Article, claims: Sequence[claimtrack.Claim]) -> None:
        """Score the claims of one article against its planted figures."""
        spans = [
            (a.span.start, a.span.end, c.figure, a)
            for c in claims
            for a in c.attributions
        ]
        for p in article.plants:
            self.planted += 1
            row = self.by_template[p.template]
            row[0] += 1
            best = (False, False)
            chain_ok = False
            for start, end, figure, attribution in spans:
                if start < p.end and p.start < end:
                    got = _matches(p, figure)
                    if got > best:
                        best = got
                    if got[0] and p.relay:
                        names = {s.name for s in attribution.citation_chain}
                        chain_ok = chain_ok or p.relay in names
            self.value += best[0]
            self.full += best[1]
            row[1] += best[0]
            row[2] += best[1]
            if p.relay:
                self.relayed += 1
                self.relay_ok += chain_ok
                row[3] += chain_ok
            if not best[1] and p.template not in self.examples:
                text = article.doc.text or ""
                self.examples[p.template] = (
                    f"{p.sentence}  [planted: {text[p.start : p.end]!r} = "
                    f"{p.value} {p.hedge or 'any'}"
                    f"{'' if p.part == 'whole' else ' ' + p.part}]"
                )


# ---------------------------------------------------------------------------
# Timing.
# ---------------------------------------------------------------------------


@dataclass
class Run:
    """Per-article extraction times and counts."""

    seconds: list[float]
    claims: list[int]
    failures: list[str]
    cold_start: float


def time_claimtrack(articles: Sequence[Article], score: Score) -> Run:
    """Time extract() on every article in this process (one core)."""
    t0 = time.perf_counter()
    extract(articles[0].doc)  # loads the lexicons; reported, not counted
    cold = time.perf_counter() - t0
    for a in articles[1:20]:
        extract(a.doc)  # warm up the remaining lazy tables
    seconds: list[float] = []
    counts: list[int] = []
    failures: list[str] = []
    clock = time.perf_counter
    for a in articles:
        t = clock()
        try:
            claims = extract(a.doc)
        except claimtrack.ExtractionError as exc:
            seconds.append(clock() - t)
            counts.append(0)
            failures.append(str(exc))
            continue
        seconds.append(clock() - t)
        counts.append(len(claims))
        score.add(a, claims)
    return Run(seconds, counts, failures, cold)


def time_dateparser(
    articles: Sequence[Article],
) -> tuple[list[float], list[int], Counter[str]]:
    """Time dateparser.search_dates alone on each article; collect warnings."""
    from dateparser.search import search_dates

    caught: Counter[str] = Counter()
    seconds: list[float] = []
    found: list[int] = []
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        # Warm-up: the first call per language loads its data (seconds).
        search_dates("قال المسؤول إن المهمة تنتهي في أيلول 2026.", languages=["ar"])
        search_dates(
            "The official said the mission ends in September 2026.", languages=["en"]
        )
        for a in articles:
            t = time.perf_counter()
            hits = search_dates(a.doc.text or "", languages=[a.lang])
            seconds.append(time.perf_counter() - t)
            found.append(len(hits or ()))
        for w in records:
            caught[w.category.__name__] += 1
    return seconds, found, caught


def _sample(articles: Sequence[Article], k: int, seed: int) -> list[Article]:
    """Pick ``k`` articles, half in each language, deterministically."""
    rng = random.Random(seed + 1)
    out: list[Article] = []
    for lang in ("ar", "en"):
        pool = [a for a in articles if a.lang == lang]
        want = min(len(pool), (k + (lang == "ar")) // 2)
        out += rng.sample(pool, want)
    return out


# ---------------------------------------------------------------------------
# Report.
# ---------------------------------------------------------------------------


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else math.inf


def _loadavg(load: Sequence[float]) -> str:
    return " ".join(f"{x:.2f}" for x in load)


def _line(label: str, value: str) -> None:
    print(f"  {label:<44} {value}")


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the corpus, time extraction and dateparser, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_ARTICLES} articles and a dateparser sample of "
        f"{QUICK_DATEPARSER_SAMPLE} (unless given)",
    )
    parser.add_argument(
        "--dateparser-sample",
        type=int,
        default=None,
        help="articles timed with dateparser.search_dates (default 200)",
    )
    parser.add_argument(
        "--no-parallel",
        action="store_true",
        help="skip timing extract_all on all cores",
    )
    args = parser.parse_args(argv)
    n = QUICK_ARTICLES if args.quick else args.articles
    k = args.dateparser_sample
    if k is None:
        k = QUICK_DATEPARSER_SAMPLE if args.quick else 200
    if n < 2 or k < 2:
        parser.error("--articles and --dateparser-sample must be at least 2")

    cores = os.cpu_count() or 1
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = cores
    load = os.getloadavg() if hasattr(os, "getloadavg") else None

    t = time.perf_counter()
    articles = generate(n, args.seed)
    gen_seconds = time.perf_counter() - t
    words = [a.words for a in articles]
    n_bytes = sum(len((a.doc.text or "").encode()) for a in articles)
    n_chars = sum(len(a.doc.text or "") for a in articles)
    by_lang = Counter(a.lang for a in articles)
    planted = sum(len(a.plants) for a in articles)

    print("claimtrack extraction benchmark")
    print("=" * 72)
    print("machine (absolute times are only indicative on a shared machine;")
    print("the ratio to dateparser is measured in the same run):")
    _line("python", f"{platform.python_implementation()} {platform.python_version()}")
    _line("platform", platform.platform())
    _line("cores (os.cpu_count / usable)", f"{cores} / {usable}")
    if load:
        _line("load average at start (1/5/15 min)", _loadavg(load))
    _line("claimtrack", claimtrack.__version__)
    print()
    print("input (synthetic, from this script's own templates):")
    _line("seed", str(args.seed))
    _line("articles", f"{n:,} ({by_lang['ar']:,} ar, {by_lang['en']:,} en)")
    _line(
        "words per article: mean / median / min-max",
        f"{mean(words):.1f} / {median(words):.0f} / {min(words)}-{max(words)}",
    )
    ar_words = [a.words for a in articles if a.lang == "ar"]
    en_words = [a.words for a in articles if a.lang == "en"]
    _line(
        "mean words: ar / en",
        f"{mean(ar_words):.1f} / {mean(en_words):.1f}" if en_words else "-",
    )
    _line("words total", f"{sum(words):,}")
    _line("characters / UTF-8 bytes total", f"{n_chars:,} / {n_bytes:,}")
    _line("planted figures (per article)", f"{planted:,} ({planted / n:.1f})")
    _line("generation time", f"{gen_seconds:.1f} s")
    print()

    score = Score()
    run = time_claimtrack(articles, score)
    ct_seconds = sum(run.seconds)
    ct_rate = _rate(n, ct_seconds)
    with_claims = sum(c > 0 for c in run.claims)
    print("claimtrack.extract, one process (one core):")
    _line("first call (loads lexicons; not counted)", f"{run.cold_start:.2f} s")
    _line("total time", f"{ct_seconds:.2f} s")
    _line("articles/s/core", f"{ct_rate:.1f}")
    for lang in ("ar", "en"):
        secs = sum(
            s for s, a in zip(run.seconds, articles, strict=True) if a.lang == lang
        )
        _line(f"articles/s/core ({lang})", f"{_rate(by_lang[lang], secs):.1f}")
    _line("words/s/core", f"{_rate(sum(words), ct_seconds):,.0f}")
    _line("KB/s/core (UTF-8)", f"{_rate(n_bytes, ct_seconds) / 1024:,.0f}")
    ms = sorted(s * 1000 for s in run.seconds)
    _line(
        "ms per article: median / p95 / max",
        f"{median(ms):.2f} / {ms[int(0.95 * (len(ms) - 1))]:.2f} / {ms[-1]:.2f}",
    )
    _line("claims per article (mean)", f"{mean(run.claims):.2f}")
    _line("articles with >= 1 claim", f"{with_claims:,} ({with_claims / n:.1%})")
    _line("extraction errors", f"{len(run.failures)}")
    met = "met" if ct_rate >= AIM_PER_CORE else "NOT met"
    _line(f"aim {AIM_PER_CORE:.0f} articles/s/core (~600 words)", met)
    print()

    recall_value = score.value / max(1, score.planted)
    recall_full = score.full / max(1, score.planted)
    print("sanity: planted figures found (a claim whose span overlaps the plant):")
    _line("planted-figure recall (value)", f"{recall_value:.3f}")
    _line("planted-figure recall (value+hedge+part)", f"{recall_full:.3f}")
    if score.relayed:
        _line(
            "relayed outlet in citation chain",
            f"{score.relay_ok / score.relayed:.3f} of {score.relayed:,} relayed plants",
        )
    print("  per template: planted, recall (value), recall (full), relay in chain")
    for name in sorted(score.by_template):
        total, v, f, r = score.by_template[name]
        relay = f"{r / total:6.3f}" if name.endswith("_relay") else "     -"
        print(
            f"    {name:<22} {total:>7,}  {v / total:6.3f}  {f / total:6.3f}  {relay}"
        )
    if score.examples:
        print("  first miss (value, hedge or part wrong) per template:")
        for name in sorted(score.examples):
            print(f"    {name}: {score.examples[name]}")
    print()

    sample = _sample(articles, k, args.seed)
    dp_seconds, dp_found, dp_warnings = time_dateparser(sample)
    dp_total = sum(dp_seconds)
    dp_rate = _rate(len(sample), dp_total)
    index = {a.doc.id: i for i, a in enumerate(articles)}
    ct_on_sample = sum(run.seconds[index[a.doc.id]] for a in sample)
    print("dateparser.search_dates alone, same process, sample of the same articles:")
    _line("sample", f"{len(sample)} articles, half ar / half en")
    _line("total time", f"{dp_total:.2f} s")
    _line("articles/s/core", f"{dp_rate:.2f}")
    for lang in ("ar", "en"):
        pairs = [(s, a) for s, a in zip(dp_seconds, sample, strict=True)]
        secs = sum(s for s, a in pairs if a.lang == lang)
        count = sum(a.lang == lang for a in sample)
        _line(f"articles/s/core ({lang})", f"{_rate(count, secs):.2f}")
    _line("dates found per article (mean)", f"{mean(dp_found):.1f}")
    _line(
        f"extrapolated time for all {n:,} articles",
        f"{n / dp_rate:,.0f} s" if dp_rate else "-",
    )
    caught = ", ".join(f"{name} x{c}" for name, c in dp_warnings.most_common())
    _line("warnings caught", caught or "none")
    print()

    if not args.no_parallel:
        docs = [a.doc for a in articles]
        t = time.perf_counter()
        merged, problems = extract_all(docs, workers=cores, progress=False)
        par_seconds = time.perf_counter() - t
        par_rate = _rate(n, par_seconds)
        print(f"claimtrack.extract_all, {cores} worker processes (includes merging):")
        _line("total time", f"{par_seconds:.2f} s")
        _line("articles/s (all cores)", f"{par_rate:.1f}")
        _line("articles/s/core", f"{par_rate / cores:.1f}")
        _line("speed-up over one process", f"{par_rate / ct_rate:.2f}x")
        _line("merged claims / problems", f"{len(merged):,} / {len(problems)}")
        print("  (other jobs on a shared machine compete for the same cores)")
        print()

    ratio = ct_rate / dp_rate if dp_rate else math.inf
    same = _rate(len(sample), ct_on_sample) / dp_rate if dp_rate else math.inf
    print("summary")
    print("-" * 72)
    print(f"claimtrack articles/s/core: {ct_rate:.1f}")
    print(f"dateparser articles/s/core: {dp_rate:.2f}")
    print(f"ratio claimtrack/dateparser: {ratio:.1f}x")
    print(f"ratio on the dateparser sample alone: {same:.1f}x")
    print(
        f"aim {AIM_PER_CORE:.0f} articles/s/core: "
        f"{'met' if ct_rate >= AIM_PER_CORE else 'NOT met'} "
        f"({ct_rate / AIM_PER_CORE:.0%} of the aim)"
    )
    print(
        f"planted-figure recall: {recall_value:.3f} (value), "
        f"{recall_full:.3f} (value+hedge+part)"
    )
    if load:
        print(f"load average at end (1/5/15 min): {_loadavg(os.getloadavg())}")
    print("absolute rates are indicative only (shared machine); the ratio is")
    print("measured in the same process, on the same articles, in the same run.")

    problems_found: list[str] = []
    if with_claims / n < MIN_ARTICLES_WITH_CLAIMS:
        problems_found.append(
            f"only {with_claims / n:.1%} of articles gave a claim "
            f"(need {MIN_ARTICLES_WITH_CLAIMS:.0%})"
        )
    if recall_value < MIN_RECALL:
        problems_found.append(
            f"planted-figure recall {recall_value:.3f} is below {MIN_RECALL}"
        )
    if problems_found:
        for p in problems_found:
            print(f"SANITY CHECK FAILED: {p}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
