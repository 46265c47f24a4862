"""End to end: ``extract(Document)`` on short articles, then ``find_conflicts``.

Each test runs the whole pipeline (numbers, dates, attribution, questions) on a
sentence or two and checks the figure, its evidence span, the speaker and
citation chain, and the question key. Every sentence here is written for these
tests; none is taken from the corpus.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import claimtrack as ct
from claimtrack.extract.pipeline import extract

# A Tuesday: "last Monday" is 2025-08-18, "next month" is 2025-09.
PUB = date(2025, 8, 19)
HERALD = ct.Source(name="Southern Herald", names={"ar": "الجنوب"})
RIVER = ct.Source(name="River Times", names={"ar": "النهر"})
IRAQ_TROOPS = "us troops|count|place=iraq"
FINAL_PHASE = (
    "end of the coalition mission|deadline|event=final phase (kurdistan region)"
)
FIRST, FINAL = "first phase (federal Iraq)", "final phase (Kurdistan region)"
FIRST_PHASE = "end of the coalition mission|deadline|event=first phase (federal iraq)"
TROOPS_IRAQ = "us troops|count|place=iraq"


def _doc(
    text: str,
    *,
    published: date | None = PUB,
    source: ct.Source = HERALD,
    doc_id: str = "article-1",
    lang: str | None = None,
) -> ct.Document:
    return ct.Document(
        id=doc_id,
        source=source,
        published=published,
        lang=lang,
        text=text,
    )


def _claims(text: str, **kwargs: Any) -> list[ct.Claim]:
    return extract(_doc(text, **kwargs))


def _numbers(text: str, **kwargs: Any) -> list[ct.Claim]:
    return [c for c in _claims(text, **kwargs) if c.figure.kind == "number"]


def _times(text: str, **kwargs: Any) -> list[ct.Claim]:
    return [c for c in _claims(text, **kwargs) if c.figure.kind == "time"]


def _one(claims: list[ct.Claim]) -> ct.Claim:
    assert len(claims) == 1, [str(c) for c in claims]
    return claims[0]


def _attribution(claim: ct.Claim) -> ct.Attribution:
    assert len(claim.attributions) == 1
    return claim.attributions[0]


def _check_evidence(claim: ct.Claim, written: str) -> None:
    """Every attribution's span lies in its document and shows the figure."""
    for att in claim.attributions:
        text = att.document.text
        assert text is not None
        assert att.evidence == text[att.span.start : att.span.end]
        assert written in att.evidence, (written, att.evidence)


def _number(
    claim: ct.Claim, value: float, hedge: ct.Hedge, unit: str
) -> ct.NumberFigure:
    figure = claim.figure
    assert isinstance(figure, ct.NumberFigure)
    assert (figure.value, figure.hedge, figure.unit) == (value, hedge, unit)
    return figure


def _time(claim: ct.Claim) -> ct.TimeFigure:
    figure = claim.figure
    assert isinstance(figure, ct.TimeFigure)
    return figure


# -- Digits: ASCII, Arabic-Indic, Persian, with thousands separators ----------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("قال المتحدث العسكري إن 2,500 جندي أمريكي ما زالوا في العراق.", "2,500"),
        ("قال المتحدث العسكري إن 2500 جندي أمريكي ما زالوا في العراق.", "2500"),
        ("قال المتحدث العسكري إن ٢٬٥٠٠ جندي أمريكي ما زالوا في العراق.", "٢٬٥٠٠"),
        ("قال المتحدث العسكري إن ٢٥٠٠ جندي أمريكي ما زالوا في العراق.", "٢٥٠٠"),
        ("قال المتحدث العسكري إن ۲۵۰۰ جندي أمريكي ما زالوا في العراق.", "۲۵۰۰"),
        ("The spokesman said 2,500 American troops remain in Iraq.", "2,500"),
    ],
    ids=["ascii-comma", "ascii", "arabic-indic-sep", "arabic-indic", "persian", "en"],
)
def test_digits_in_every_script(text: str, written: str) -> None:
    claim = _one(_numbers(text))
    _number(claim, 2500, ct.Hedge.EXACT, "troop")
    _check_evidence(claim, written)
    assert claim.question.key == IRAQ_TROOPS
    assert _attribution(claim).speaker.kind is ct.SpeakerKind.OFFICE


# -- Number words: gender, case, compounds, duals ----------------------------


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # masculine and feminine forms of 3 and 5
        ("أعلن الجيش أن ثلاثة جنود أصيبوا في الكمين.", "ثلاثة", 3, "troop"),
        ("أعلن الجيش أن ثلاث دول أرسلت مساعدات.", "ثلاث", 3, "country"),
        ("أعلن الجيش أن خمسة جنود نقلوا إلى المستشفى.", "خمسة", 5, "troop"),
        ("أعلن الجيش أن خمس طائرات حلقت فوق المدينة.", "خمس", 5, "aircraft"),
        # nominative and accusative/genitive of 20
        ("أكد القائد أن عشرون جنديا أصيبوا في القصف.", "عشرون", 20, "troop"),
        ("أكد الوزير أن عشرين دولة وقعت على الإعلان.", "عشرين", 20, "country"),
        # compounds
        ("أكد القائد أن خمسة وعشرين جنديا عادوا.", "خمسة وعشرين", 25, "troop"),
        ("أوضح الضابط أن خمسمائة جندي سيغادرون القاعدة.", "خمسمائة", 500, "troop"),
        ("أوضح الضابط أن خمسة مئة جندي سيغادرون القاعدة.", "خمسة مئة", 500, "troop"),
        ("أوضح الضابط أن ثلاث مئة جندي وصلوا أمس.", "ثلاث مئة", 300, "troop"),
        ("أوضح الضابط أن ألفين وخمسمائة جندي بقوا.", "ألفين وخمسمائة", 2500, "troop"),
        # duals
        ("أوضح المصدر أن جنديين أصيبا بجروح طفيفة.", "جنديين", 2, "troop"),
        ("أوضح المصدر أن مئتي جندي انتقلوا شمالا.", "مئتي", 200, "troop"),
        ("أوضح المصدر أن ألفي جندي انتقلوا شمالا.", "ألفي", 2000, "troop"),
        ("قال المسؤول إن المهمة ستدوم شهرين فقط.", "شهرين", 2, "month"),
        # the accusative of a unit in a compound keeps its ا
        ("وأكد المتحدث أن سبعاً وثمانين دولة انضمت.", "سبعاً وثمانين", 87, "country"),
        ("وأكد المتحدث أن الطائرات شنت خمساً وعشرين غارة.", "خمساً وعشرين", 25, "strike"),
        # English number words
        (
            "The officer said twenty-five soldiers were hurt.",
            "twenty-five",
            25,
            "troop",
        ),
        (
            "The officer said two thousand five hundred soldiers stayed.",
            "two thousand five hundred",
            2500,
            "troop",
        ),
        ("Forty countries signed the declaration.", "Forty", 40, "country"),
    ],
)
def test_number_words(text: str, written: str, value: float, unit: str) -> None:
    claim = _one(_numbers(text))
    _number(claim, value, ct.Hedge.EXACT, unit)
    _check_evidence(claim, written)


@pytest.mark.parametrize(
    ("text", "value", "hedge", "written"),
    [
        ("The Pentagon requested $1.2 billion for the mission.", 1.2e9, "exact",
         "$1.2 billion"),
        ("Roughly $500 million was spent, officials said.", 5e8, "about",
         "Roughly $500 million"),
        ("وطلب البنتاغون 1.2 مليار دولار للمهمة.", 1.2e9, "exact", "1.2 مليار دولار"),
    ],
)  # fmt: skip
def test_dollars_before_or_after(
    text: str, value: float, hedge: str, written: str
) -> None:
    claim = _one(_numbers(text))
    _number(claim, value, ct.Hedge(hedge), "dollar")
    _check_evidence(claim, written)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("ولفت إلى أن 300 مستشار سيبقون في أربيل حتى منتصف 2026.",
         "target for 2026-09-30"),
        ("He said 300 advisers will stay in Erbil until the end of 2026.",
         "target for 2026-12-31"),
    ],
)  # fmt: skip
def test_a_target_until_part_of_a_year_is_dated_by_that_part(
    text: str, window: str
) -> None:
    """Until mid-2026 is not until the end of 2026: other targets, other keys."""
    [count] = _numbers(text)
    assert count.question.window == window


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("In January alone there were 40 attacks.", "attacks|count|window=in 2025-01"),
        ("وفي عام 2024، نفذت القوات 320 عملية ضد داعش.",
         "operations|count|window=in 2024"),
        ("U.S. forces have come under attack 66 times since October 2023.",
         "attacks|count|window=since 2023-10"),
        ("In 2007, the U.S. had 170,000 troops in Iraq.", TROOPS_IRAQ),
    ],
)  # fmt: skip
def test_a_period_opening_the_sentence_scopes_a_count_of_events(
    text: str, key: str
) -> None:
    """Events happen in the period named first; troops then are a state then."""
    [count] = _numbers(text)
    assert count.question.key == key


@pytest.mark.parametrize(
    ("text", "phases"),
    [
        ("وقال السوداني إن المرحلة الأولى من الانسحاب ستنتهي في أيلول 2025 والمرحلة"
         " الثانية في نهاية 2026.", [FIRST, FINAL]),
        ("The coalition will end its military mission in Iraq by September 2025, "
         "with a residual presence in Erbil until September 2026.",
         [FIRST, FINAL]),
    ],
)  # fmt: skip
def test_a_coordinated_or_residual_date_is_the_next_phase(
    text: str, phases: list[str]
) -> None:
    """والمرحلة الثانية في نهاية 2026 shares the verb; a presence until ends then."""
    claims = sorted(_times(text), key=lambda c: c.attributions[0].span.start)
    assert [c.question.event for c in claims] == phases


def test_the_coalitions_size_is_no_target_of_its_deadline() -> None:
    """يضم أكثر من 60 دولة ومنظمة سينهي مهامه بحلول نهاية 2026: the size is now."""
    text = (
        "وأشار إلى أن التحالف الدولي الذي يضم أكثر من 60 دولة ومنظمة سينهي مهامه"
        " في إقليم كردستان بحلول نهاية 2026."
    )
    [size] = _numbers(text)
    assert size.question.key == "members of the us-led coalition|count"
    today = _numbers("The coalition, which comprises 86 countries, was formed in 2014.")
    assert len(ct.find_conflicts([size, *today])) == 1


def test_a_count_beyond_a_year_is_a_target() -> None:
    [count] = _numbers("Some 1,500 to 2,000 troops could stay in Erbil beyond 2026.")
    assert count.question.window == "target for 2027-01-01"


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("وقال شهود إن عشرات الآليات العسكرية عبرت الحدود.", "عشرات", "vehicle"),
        ("وعبر رتل يضم 45 شاحنة عسكرية الحدود.", "45", "truck"),
        ("وخرج آلاف المحتجين إلى الشوارع في بغداد.", "آلاف", "protester"),
        ("وتظاهر آلاف من أنصار التيار في بغداد.", "آلاف", "supporter"),
        ("Thousands of protesters rallied in Baghdad.", "Thousands", "protester"),
        ("A convoy of 45 trucks crossed into Syria.", "45", "truck"),
        ("وقال البيان إن الضربات استهدفت 85 هدفاً في سوريا.", "85", "target"),
        ("U.S. strikes hit 85 targets in Syria, CENTCOM said.", "85", "target"),
        ("وقصفت الطائرات 12 موقعاً لداعش في سوريا.", "12", "site"),
        ("U.S. forces conducted 12 raids in Syria, CENTCOM said.", "12", "raid"),
        ("ونفذت القوات 12 مداهمة في الأنبار.", "12", "raid"),
        ("وأفاد بأن الطائرات نفذت 150 طلعة جوية.", "150", "sortie"),
        ("Coalition jets flew 150 sorties over Syria.", "150", "sortie"),
        ("The strikes killed 25 ISIS operatives, CENTCOM said.", "25", "militant"),
        ("وأسفرت الضربات الأمريكية عن مقتل 37 مسلحاً.", "37", "militant"),
        ("وأكدت الوزارة أن عدد المدربين يبلغ نحو 400 مدرب.", "400", "trainer"),
        ("Italian instructors have trained 60,000 Peshmerga.", "60,000", "fighter"),
    ],
)
def test_more_counted_nouns(text: str, written: str, unit: str) -> None:
    """A number that counts an unknown noun is dropped: the lexicon names them."""
    claim = _one(_numbers(text))
    assert isinstance(claim.figure, ct.NumberFigure)
    assert claim.figure.unit == unit
    _check_evidence(claim, written)


def test_a_duration_is_a_duration_question() -> None:
    claim = _one(_numbers("قال المسؤول إن المهمة ستدوم شهرين فقط."))
    assert claim.question.property is ct.Property.DURATION


# -- Hedges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge_words", "hedge"),
    [
        ("نحو", ct.Hedge.ABOUT),
        ("حوالي", ct.Hedge.ABOUT),
        ("قرابة", ct.Hedge.ABOUT),
        ("زهاء", ct.Hedge.ABOUT),
        ("ما يقرب من", ct.Hedge.ABOUT),
        ("أكثر من", ct.Hedge.MORE_THAN),
        ("ما لا يقل عن", ct.Hedge.AT_LEAST),
        ("أقل من", ct.Hedge.LESS_THAN),
        ("لن يقل عن", ct.Hedge.AT_LEAST),
        ("ما يصل إلى", ct.Hedge.AT_MOST),
        ("قد يصل إلى", ct.Hedge.AT_MOST),
    ],
)
def test_arabic_hedges(hedge_words: str, hedge: ct.Hedge) -> None:
    text = f"قال المتحدث إن {hedge_words} 300 جندي وصلوا إلى القاعدة الجوية."
    claim = _one(_numbers(text))
    _number(claim, 300, hedge, "troop")
    _check_evidence(claim, f"{hedge_words} 300")


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("وقال المسؤول إن ألفاً ونيفاً من الجنود ما زالوا في أربيل.", 1000, "troop",
         "ألفاً ونيفاً"),
        ("وصوّت مئة ونيّف من النواب لصالح القرار.", 100, "lawmaker", "مئة ونيّف"),
        ("وبقي 1000 جندي ونيف في أربيل.", 1000, "troop", "1000 جندي ونيف"),
        ("وقال إن ألفاً من الجنود ما زالوا في أربيل.", 1000, "troop", "ألفاً"),
    ],
)  # fmt: skip
def test_and_some_is_more_than(text: str, value: int, unit: str, written: str) -> None:
    """ونيّف "and a few" after a count, before or after its noun."""
    claim = _one(_numbers(text))
    hedge = (
        ct.Hedge.MORE_THAN if "نيف" in written or "نيّف" in written else ct.Hedge.EXACT
    )
    _number(claim, value, hedge, unit)
    _check_evidence(claim, written)


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول إن ألف جندي أمريكي ما زالوا في قاعدة حرير.",
        "About 1,000 U.S. troops remain at Harir Air Base, officials said.",
    ],
)
def test_a_known_base_scopes_the_count(text: str) -> None:
    """A base the alias table knows is a place: not the count for all Iraq."""
    claim = _one(_numbers(text))
    assert claim.question.key == "us troops|count|place=harir"


def test_arabic_at_most_hedge() -> None:
    text = "قال المتحدث إن عدد الجنود في القاعدة لا يتجاوز 300 جندي."
    claim = _one(_numbers(text))
    _number(claim, 300, ct.Hedge.AT_MOST, "troop")
    _check_evidence(claim, "لا يتجاوز 300")


@pytest.mark.parametrize(
    ("hedge_words", "hedge"),
    [
        ("about", ct.Hedge.ABOUT),
        ("nearly", ct.Hedge.ABOUT),
        ("some", ct.Hedge.ABOUT),
        ("more than", ct.Hedge.MORE_THAN),
        ("at least", ct.Hedge.AT_LEAST),
        ("fewer than", ct.Hedge.LESS_THAN),
        ("no more than", ct.Hedge.AT_MOST),
    ],
)
def test_english_hedges(hedge_words: str, hedge: ct.Hedge) -> None:
    text = f"The spokesman said {hedge_words} 300 soldiers reached the air base."
    claim = _one(_numbers(text))
    _number(claim, 300, hedge, "troop")
    _check_evidence(claim, f"{hedge_words} 300")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("قال المتحدث إن بين 200 و300 جندي وصلوا إلى القاعدة.", "بين 200 و300"),
        (
            "The spokesman said between 200 and 300 soldiers reached the base.",
            "between 200 and 300",
        ),
    ],
)
def test_between_is_a_range(text: str, written: str) -> None:
    claim = _one(_numbers(text))
    figure = claim.figure
    assert isinstance(figure, ct.NumberFigure)
    assert (figure.low, figure.high, figure.hedge) == (200, 300, ct.Hedge.RANGE)
    assert figure.value is None
    _check_evidence(claim, written)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("قال المتحدث إن مئات الجنود وصلوا إلى القاعدة.", "مئات", 200, 999),
        ("قال المتحدث إن عشرات الجنود وصلوا إلى القاعدة.", "عشرات", 20, 99),
        ("قال المتحدث إن آلاف الجنود وصلوا إلى القاعدة.", "آلاف", 2000, 9999),
        (
            "The spokesman said hundreds of soldiers reached the base.",
            "hundreds",
            200,
            999,
        ),
        # "several" / "a few" / بضع are [3, 9]: of hundreds, [300, 900]
        ("The US will keep several hundred troops in Syria.", "several", 300, 900),
        ("The US will keep a few hundred troops in Syria.", "a few", 300, 900),
        ("Several thousand troops reached the base.", "Several", 3000, 9000),
        ("The US has a couple of thousand troops in Syria.", "couple", 2000, 3000),
        ("Several dozen soldiers reached the base.", "Several", 36, 108),
        ("وتبقي واشنطن بضع مئات من الجنود في سوريا.", "بضع مئات", 300, 900),
        ("وقال المتحدث إن عدة آلاف من الجنود وصلوا.", "عدة آلاف", 3000, 9000),
    ],
)
def test_vague_quantities_are_conventional_ranges(
    text: str, written: str, low: float, high: float
) -> None:
    claim = _one(_numbers(text))
    figure = claim.figure
    assert isinstance(figure, ct.NumberFigure)
    assert figure.hedge is ct.Hedge.VAGUE
    assert figure.value is None
    assert (figure.low, figure.high) == (low, high)
    assert figure.unit == "troop"
    _check_evidence(claim, written)


def test_a_hedge_reaches_over_a_coordination() -> None:
    text = "وللولايات المتحدة نحو 2500 جندي في العراق و900 جندي في سوريا."
    iraq, syria = _numbers(text)
    _number(iraq, 2500, ct.Hedge.ABOUT, "troop")
    _number(syria, 900, ct.Hedge.ABOUT, "troop")
    _check_evidence(iraq, "نحو 2500")
    _check_evidence(syria, "900")
    assert iraq.question.key == IRAQ_TROOPS
    assert syria.question.key == "us troops|count|place=syria"


def test_english_elided_unit_in_coordination() -> None:
    text = "The US keeps about 2,500 troops in Iraq and 900 in Syria."
    keys = {c.question.key: c for c in _numbers(text)}
    assert set(keys) == {IRAQ_TROOPS, "us troops|count|place=syria"}
    _number(keys["us troops|count|place=syria"], 900, ct.Hedge.ABOUT, "troop")


@pytest.mark.parametrize(
    "text",
    [
        "The number of US troops in Syria rose to 2000.",
        "The number of US troops in Syria stood at 2000.",
        "US troop numbers in Syria have fallen to 2000.",
        "وارتفع عدد الجنود الأمريكيين في سوريا إلى 2000.",
        "يبلغ عدد القوات الأمريكية في سوريا 2000.",
    ],
)
def test_what_the_number_of_troops_reaches_is_a_count_not_a_year(text: str) -> None:
    [claim] = _numbers(text)
    _number(claim, 2000, ct.Hedge.EXACT, "troop")
    assert claim.question.key == "us troops|count|place=syria"


@pytest.mark.parametrize(
    ("text", "unit", "key"),
    [
        (
            "قال مسؤول إن عدد مستشاري التحالف في بغداد يبلغ 400.",
            "adviser",
            "advisers|count|place=baghdad",
        ),
        (
            "قال مسؤول إن عدد مقاتلي داعش في العراق يقدر بنحو 2000.",
            "fighter",
            "isis fighters|count|place=iraq",
        ),
    ],
)
def test_the_number_of_a_plural_in_construct_counts_that_plural(
    text: str, unit: str, key: str
) -> None:
    """عدد مستشاري التحالف: a sound plural drops its ن before its owner."""
    [claim] = _numbers(text)
    assert claim.figure.unit == unit
    assert claim.question.key == key


def test_an_amount_noun_with_a_possessive_is_no_speaker() -> None:
    """ويقدر عددهم بـ…: an impersonal passive; its amount speaks for nobody."""
    [claim] = _numbers("ويقدر عددهم بما بين 1500 و2500 مقاتل.")
    assert _attribution(claim).speaker.is_outlet


@pytest.mark.parametrize(
    "text",
    [
        "The number of US troops in Syria rose to about 2000.",
        "وارتفع عدد الجنود الأمريكيين في سوريا إلى نحو 2000.",
        "ويقدر عدد الجنود الأمريكيين في سوريا بنحو 2000.",
        "قال مسؤول إن عدد الجنود الأمريكيين في سوريا يقدر بحوالي 2000.",
    ],
)
def test_a_hedged_count_the_number_of_troops_reaches_is_no_year(text: str) -> None:
    [claim] = _numbers(text)
    _number(claim, 2000, ct.Hedge.ABOUT, "troop")
    assert claim.question.key == "us troops|count|place=syria"


def test_an_arabic_how_many_with_its_noun_gives_the_answer_its_noun() -> None:
    """كم جندياً أمريكياً في العراق؟ نحو 2500: US troops, not the phases before."""
    text = "ستنتهي المهمة على مرحلتين. كم جندياً أمريكياً في العراق؟ نحو 2500."
    answer = _numbers(text)[-1]
    _number(answer, 2500, ct.Hedge.ABOUT, "troop")
    assert answer.question.key == "us troops|count|place=iraq"


def test_a_quiz_options_are_no_answers() -> None:
    text = "كم دولة شاركت في الاجتماع التأسيسي؟\nأ) 10    ب) 12    ج) 40"
    assert all(c.figure.unit != "country" for c in _numbers(text))


def test_an_accusative_nationality_says_whose() -> None:
    [claim] = _numbers("بقي نحو 2500 جندياً أمريكياً في العراق.")
    assert claim.question.key == "us troops|count|place=iraq"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "قال مصدر إن آخر دفعة من المستشارين الأمريكيين، وعددهم 73، غادرت.",
            73,
            "adviser",
        ),
        ("قال مصدر إن القوات الأمريكية، البالغ عددها نحو 2500، ستبقى.", 2500, "troop"),
    ],
)
def test_a_number_given_as_its_nouns_own_count(
    text: str, value: float, unit: str
) -> None:
    """وعددهم 73، البالغ عددها 2500: the noun before the possessive is counted."""
    [claim] = _numbers(text)
    assert (claim.figure.value, claim.figure.unit) == (value, unit)


def test_digits_spelled_out_after_their_bracket_are_one_count() -> None:
    """(1,150) ألف ومئة وخمسين عاملاً: the words restate the digits."""
    [claim] = _numbers("استيعاب (1,150) ألف ومئة وخمسين عاملاً محلياً.")
    _number(claim, 1150, ct.Hedge.EXACT, "worker")


def test_a_headings_number_of_lends_no_noun_to_the_line_below() -> None:
    text = "نتائج البحث عن: عدد القوات الأمريكية في سوريا\nحوالي 1,240,000 نتيجة"
    assert all(c.figure.unit != "troop" for c in _numbers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iraq reduced the number of advisers from 2018 to 2020.",
        "The number of attacks in 2024 rose to 2023 levels.",
    ],
)
def test_a_year_after_the_number_of_stays_a_year(text: str) -> None:
    assert _numbers(text) == []


def test_a_definite_number_with_a_place_takes_the_coordinated_noun() -> None:
    text = "The 2,500 US troops in Iraq and the 900 in Syria remain on a mission."
    keys = {c.question.key: c for c in _numbers(text)}
    assert set(keys) == {"us troops|count|place=iraq", "us troops|count|place=syria"}
    _number(keys["us troops|count|place=syria"], 900, ct.Hedge.EXACT, "troop")
    # alone, with no count before it to lend a noun, it counts nothing
    assert _numbers("Of the 900 in Syria, most are at al-Tanf.") == []


@pytest.mark.parametrize(
    ("text", "iraq_hedge"),
    [
        ("تحتفظ واشنطن بنحو 2500 جندي في العراق، إضافة إلى 900 في سوريا.", "about"),
        ("فضلاً عن 2500 جندي أمريكي في العراق، ينتشر نحو 900 في سوريا.", "exact"),
        ("Washington keeps about 2,500 troops in Iraq, plus 900 in Syria.", "about"),
        ("The US has 2,500 troops in Iraq as well as about 900 in Syria.", "exact"),
        (
            "In addition to the 2,500 US troops in Iraq, some 900 are based in Syria.",
            "exact",
        ),
    ],
    ids=["idafa-ila", "fadlan-an-fronted", "plus", "as-well-as", "in-addition-to"],
)
def test_an_addition_is_a_coordination(text: str, iraq_hedge: str) -> None:
    """ "plus 900 in Syria", "إضافة إلى 900 في سوريا": the same noun, another place."""
    keys = {c.question.key: c for c in _numbers(text)}
    assert set(keys) == {IRAQ_TROOPS, "us troops|count|place=syria"}
    _number(keys[IRAQ_TROOPS], 2500, ct.Hedge(iraq_hedge), "troop")
    _number(keys["us troops|count|place=syria"], 900, ct.Hedge.ABOUT, "troop")


@pytest.mark.parametrize(
    "text",
    [
        "The US keeps roughly 2,500 and 900 troops in Iraq and Syria, respectively.",
        "Drones were downed over Iraq and Syria, where the US keeps roughly 2,500 and"
        " 900 troops, respectively.",
        "وتحتفظ الولايات المتحدة بنحو 2500 و900 جندي في العراق وسوريا على التوالي.",
        "وتحتفظ الولايات المتحدة بنحو ٢٥٠٠ و٩٠٠ جندي في العراق وسوريا.",
    ],
    ids=["after", "places-first", "arabic", "arabic-indic-no-respectively"],
)
def test_coordinated_numbers_share_their_noun_and_take_places_in_turn(
    text: str,
) -> None:
    """ "2,500 and 900 troops in Iraq and Syria": the noun is written once, and
    the first number is the first place's."""
    keys = {c.question.key: c for c in _numbers(text)}
    assert set(keys) == {IRAQ_TROOPS, "us troops|count|place=syria"}
    _number(keys[IRAQ_TROOPS], 2500, ct.Hedge.ABOUT, "troop")
    _number(keys["us troops|count|place=syria"], 900, ct.Hedge.ABOUT, "troop")


def test_a_list_of_counts_takes_a_list_of_places() -> None:
    text = "The US keeps 2,500, 900 and 3,000 troops in Iraq, Syria and Jordan."
    keys = {c.question.key: c.figure.value for c in _numbers(text)}
    assert keys == {
        IRAQ_TROOPS: 2500,
        "us troops|count|place=syria": 900,
        "us troops|count|place=jordan": 3000,
    }


@pytest.mark.parametrize(
    "text",
    [
        # a range is one figure for the places together
        "The US has between 2,000 and 2,500 troops in Iraq and Syria.",
        # a year before a count is no list
        "In 2024, 2,500 US troops were in Iraq and Syria.",
    ],
)
def test_no_list_no_places_in_turn(text: str) -> None:
    claim = _one(_numbers(text))
    assert claim.question.key.endswith("place=iraq, syria")


def test_the_number_of_reaches_over_an_abbreviation() -> None:
    text = "The number of attacks on bases hosting U.S. troops has risen to 170."
    _number(_one(_numbers(text)), 170, ct.Hedge.EXACT, "attack")


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("U.S. troop numbers in Syria have fallen to about 900.", ct.Hedge.ABOUT),
        ("Troop levels in Syria stood at about 900 last year.", ct.Hedge.ABOUT),
        ("The U.S. keeps a force of about 900 in Syria.", ct.Hedge.ABOUT),
        ("The 900-strong U.S. force in Syria will shrink.", ct.Hedge.EXACT),
    ],
)
def test_a_force_or_troop_numbers_count_troops(text: str, hedge: ct.Hedge) -> None:
    """The counted noun before the number (troop numbers, a force of)."""
    [count] = _numbers(text)
    _number(count, 900, hedge, "troop")
    assert "place=syria" in count.question.key or "strong" in text


@pytest.mark.parametrize(
    ("text", "hedge", "window"),
    [
        ("The number of U.S. troops in Syria will drop below 900 in the coming "
         "months, an official said.", ct.Hedge.LESS_THAN, "target"),
        ("وقال المسؤول إن عدد القوات الأمريكية في سوريا سينخفض إلى أقل من 900 جندي.",
         ct.Hedge.LESS_THAN, "target"),
        ("The U.S. will cut its forces in Syria to about 900 troops.",
         ct.Hedge.ABOUT, "target"),
        ("The U.S. plans to cut its troop presence in Syria to about 900, by the end "
         "of 2026.", ct.Hedge.ABOUT, "target for 2026-12-31"),
    ],
)  # fmt: skip
def test_a_count_a_future_change_leads_to_is_a_target(
    text: str, hedge: ct.Hedge, window: str
) -> None:
    """A state to come is not today's count: its own question, dated or not."""
    [count] = [c for c in _numbers(text) if c.figure.unit == "troop"]
    _number(count, 900, hedge, "troop")
    assert count.question.window == window
    today = _numbers("About 2,000 U.S. troops are in Syria.")
    assert len(ct.find_conflicts([count, *today])) == 0


def test_would_in_reported_speech_is_the_future() -> None:
    """ "said the mission would end within two years": a deadline ahead."""
    text = "The minister said on Tuesday that the mission would end within two years."
    [deadline] = [c for c in _times(text) if c.question.property.value == "deadline"]
    assert _time(deadline).value == "2027-08"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Militias launched 20 attacks on U.S. bases this year.", "in 2025"),
        ("CENTCOM said its forces conducted 12 raids last month.", "in 2025-07"),
        ("وقتل 25 عنصراً من داعش الشهر الماضي.", "in 2025-07"),
        ("ونفذت القوات 12 مداهمة في الأنبار الشهر الماضي.", "in 2025-07"),
    ],
)
def test_a_period_named_from_publication_scopes_the_count(
    text: str, window: str
) -> None:
    """ "20 attacks this year", الشهر الماضي: counts of that period only."""
    [count] = _numbers(text)
    assert count.question.window == window


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وأخلت القوات الأمريكية 3 قواعد في دير الزور.", "deir ez-zor"),
        ("U.S. forces left 3 bases in Hasakah, officials said.", "hasakah"),
        ("ونفذت القوات 12 مداهمة في الأنبار.", "anbar"),
        ("ويقيم نحو 40 ألف شخص في مخيم الهول.", "al-hol"),
    ],
)
def test_places_of_the_story_scope_counts(text: str, place: str) -> None:
    [count] = _numbers(text)
    assert f"place={place}" in count.question.key


@pytest.mark.parametrize(
    "text",
    [
        "Since the Oct. 7 attacks, militias have targeted U.S. bases, officials said.",
        "The Sept. 11 attacks led to two decades of U.S. deployments.",
        "ومنذ هجمات 7 أكتوبر، استهدفت الفصائل القواعد الأمريكية.",
    ],
)
def test_a_day_naming_an_event_is_no_date_claim(text: str) -> None:
    """ "the Oct. 7 attacks" names an event; its year is not the reader's."""
    assert _times(text) == []
    assert len(_times("The attack on Oct. 7 killed three soldiers.")) == 1


def test_a_fronted_place_scopes_the_count_over_the_us() -> None:
    """ "In Syria, the U.S. maintains about 900 troops": in Syria, American."""
    [count] = _numbers("In Syria, the U.S. maintains about 900 troops, officials said.")
    assert count.question.key == "us troops|count|place=syria"
    [count] = _numbers("Washington keeps about 900 troops, officials said.")
    assert "place=" not in count.question.key


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("About 400 Dutch troops remain in Iraq, the ministry said.", "dutch troops"),
        ("Some 650 Italian military personnel are deployed in Iraq.", "italian troops"),
        ("وقال إن نحو 400 جندي إيطالي ما زالوا في العراق.", "italian troops"),
        ("وتنتشر القوات الألمانية في العراق بنحو 300 عسكري.", "german troops"),
        ("Around 110 Australian personnel are deployed in Iraq.", "australian troops"),
    ],
)
def test_an_allys_troops_are_not_anyones(text: str, subject: str) -> None:
    """400 Dutch troops in Iraq answer another question than 2,500 troops there."""
    [count] = _numbers(text)
    assert count.question.key == f"{subject}|count|place=iraq"


@pytest.mark.parametrize(
    "text",
    [
        "Since 2014, more than 2,800 Polish soldiers have served in the operation.",
        "وخدم أكثر من 2800 جندي بولندي في العملية منذ عام 2014.",
    ],
)
def test_those_who_have_served_since_a_date_are_a_tally(text: str) -> None:
    """How many have served since 2014 is a tally; how many serve is a state."""
    [count] = _numbers(text)
    assert count.question.key == "served polish troops|count|window=since 2014"
    [count] = _numbers(
        "About 2,800 Polish soldiers serve in Iraq, a number steady since 2014."
    )
    assert "window" not in count.question.key


def test_the_last_of_the_phases_is_the_final_one() -> None:
    text = "وأوضح المصدر أن الانسحاب سيتم على ثلاث مراحل تنتهي آخرها في أيلول 2026."
    [deadline] = _times(text)
    assert deadline.question.event == FINAL


def test_militants_killed_by_us_strikes_are_no_us_troops() -> None:
    """الضربات الأمريكية أسفرت عن مقتل 37 مسلحاً: the strikes are American."""
    [count] = _numbers("وأسفرت الضربات الأمريكية عن مقتل 37 مسلحاً في سوريا.")
    assert "troops" not in count.question.key


def test_a_share_is_no_plural() -> None:
    [share] = _numbers("وتعتزم واشنطن خفض قواتها في العراق بنسبة 50 بالمئة.")
    assert str(share.figure) == "50 percent"
    assert share.question.subject == "percent"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("مؤكداً أن نحو 86 دولة شاركت في التحالف منذ تأسيسه.", True),
        ("Around 86 countries had taken part in the coalition, he said.", True),
        ("Twelve countries took part in the drills.", False),
    ],
)
def test_taking_part_in_the_coalition_is_membership(text: str, size: bool) -> None:
    [count] = _numbers(text)
    assert (count.question.subject == "members of the US-led coalition") is size


def test_a_group_past_a_comma_owns_no_count() -> None:
    """ "2000 جندي، فيما ستنتهي مهمة التحالف": the coalition is the next clause's."""
    text = (
        "وذكر الموقع أن عدد القوات الأمريكية في قاعدة حرير سيرتفع إلى 2000 جندي،"
        " فيما ستنتهي مهمة التحالف في الإقليم بنهاية 2026."
    )
    [count] = _numbers(text)
    assert count.question.subject == "US troops"


def test_a_coalition_of_n_nations_is_its_size() -> None:
    [count] = _numbers("In 2014 the U.S. built a coalition of 60 nations.")
    assert count.question.subject == "members of the US-led coalition"
    [part] = _numbers("وانسحبت 5 من الدول من التحالف.")
    assert part.question.subject.startswith("context: ")


def test_some_of_the_troops_elsewhere_are_a_count_there() -> None:
    """ "Of the 2,500 troops in Iraq, about 1,000 are based in Erbil"."""
    text = "Of the roughly 2,500 U.S. troops in Iraq, about 1,000 are based in Erbil."
    keys = {c.figure.value: c.question.key for c in _numbers(text)}
    assert keys == {2500: TROOPS_IRAQ, 1000: "us troops|count|place=erbil"}
    # some of the members, or somewhere no table knows, is no size of the whole
    for text in (
        "Of the 86 countries in the coalition, 40 are in Iraq.",
        "Of the 2,500 U.S. troops in Iraq, 300 are in Europe.",
    ):
        assert len(_numbers(text)) == 1


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("We have about 2,500 troops in Iraq today and we expect that number to fall "
         "to around 2,000 by next September, an official said.", {2500, 2000}),
        ("وقال مسؤول إن عدد القوات الأمريكية في العراق سينخفض إلى نحو 2000 جندي"
         " بحلول أيلول المقبل، من نحو 2500 حالياً.", {2000, 2500}),
    ],
)  # fmt: skip
def test_that_number_and_the_current_value_are_the_same_count(
    text: str, values: set[int]
) -> None:
    """ "that number … to around 2,000", "من نحو 2500 حالياً": troops too."""
    counts = _numbers(text)
    assert {c.figure.value for c in counts} == values
    assert {c.figure.unit for c in counts} == {"troop"}


def test_a_date_with_a_clause_of_its_own_is_not_coordinated() -> None:
    """ "…حتى نهاية 2025، وإن العدد قد ينخفض إلى نحو 1500 العام المقبل"."""
    text = (
        "وقال مسؤول إن الجيش الأمريكي سيبقي نحو ألفي جندي في سوريا حتى نهاية 2025،"
        " وإن العدد قد ينخفض إلى نحو 1500 العام المقبل."
    )
    events = {str(c.figure): c.question.event for c in _times(text)}
    assert events == {"by the end of 2025": None, "2026": None}
    later = [c for c in _numbers(text) if c.figure.value == 1500]
    assert [c.figure.unit for c in later] == ["troop"]  # العدد: the same count


def test_a_bare_earlier_value_takes_the_noun() -> None:
    """ "fallen to 1,400 from 2,000 earlier this year": both are troops."""
    text = "U.S. troop numbers in Syria fell to about 1,400 from 2,000 in 2024."
    values = {c.figure.value: c.figure.unit for c in _numbers(text)}
    assert values == {1400: "troop", 2000: "troop"}


@pytest.mark.parametrize(
    "text",
    [
        "The army lost 12 tanks in 2023 and 15 in 2024.",
        "وخسر الجيش 12 دبابة في عام 2023 و15 في 2024.",
    ],
)
def test_counts_of_different_years_are_different_questions(text: str) -> None:
    keys = {c.question.key for c in _numbers(text)}
    assert keys == {"tanks|count|window=in 2023", "tanks|count|window=in 2024"}
    assert len(ct.find_conflicts(_numbers(text))) == 0


def test_a_date_after_a_comma_does_not_scope_the_count() -> None:
    claim = _one(_numbers("ويضم التحالف أكثر من 60 دولة ومنظمة، تأسس في عام 2014."))
    assert claim.question.window is None


# -- Months: both Arabic families, doubled names, English --------------------


@pytest.mark.parametrize(
    ("month", "value"),
    [
        ("كانون الثاني", "2026-01"),
        ("شباط", "2026-02"),
        ("آذار", "2026-03"),
        ("نيسان", "2026-04"),
        ("أيار", "2026-05"),
        ("حزيران", "2026-06"),
        ("تموز", "2026-07"),
        ("آب", "2026-08"),
        ("أيلول", "2026-09"),
        ("تشرين الأول", "2026-10"),
        ("تشرين الثاني", "2026-11"),
        ("كانون الأول", "2026-12"),
        ("يناير", "2026-01"),
        ("فبراير", "2026-02"),
        ("مارس", "2026-03"),
        ("أبريل", "2026-04"),
        ("مايو", "2026-05"),
        ("يونيو", "2026-06"),
        ("يوليو", "2026-07"),
        ("أغسطس", "2026-08"),
        ("سبتمبر", "2026-09"),
        ("أكتوبر", "2026-10"),
        ("نوفمبر", "2026-11"),
        ("ديسمبر", "2026-12"),
        ("أيلول/سبتمبر", "2026-09"),
        ("شباط/فبراير", "2026-02"),
    ],
)
def test_arabic_month_names(month: str, value: str) -> None:
    text = f"وقال الوزير إن انسحاب القوات سيكتمل في {month} 2026."
    claim = _one(_times(text))
    figure = _time(claim)
    assert figure.value == value
    assert figure.granularity is ct.Granularity.MONTH
    assert figure.part is ct.Part.WHOLE
    _check_evidence(claim, f"{month} 2026")
    assert claim.question.property is ct.Property.DEADLINE


def test_english_month_and_ordinal_arabic_day() -> None:
    en = _time(_one(_times("The minister said the pullout ends in September 2026.")))
    assert (en.value, en.granularity) == ("2026-09", ct.Granularity.MONTH)
    claim = _one(_times("وقال الوزير إن الاتفاق وقع في الأول من آذار 2024."))
    day = _time(claim)
    assert (day.value, day.granularity) == ("2024-03-01", ct.Granularity.DAY)
    _check_evidence(claim, "الأول من آذار 2024")


# -- Deadlines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value", "granularity", "part"),
    [
        (
            "وقال الوزير إن انسحاب القوات سيكتمل بحلول نهاية 2026.",
            "بحلول نهاية 2026",
            "2026",
            ct.Granularity.YEAR,
            ct.Part.END,
        ),
        (
            "The minister said the withdrawal will be complete by the end of 2026.",
            "by the end of 2026",
            "2026",
            ct.Granularity.YEAR,
            ct.Part.END,
        ),
        (
            "وقال الوزير إن انسحاب القوات سيكتمل في موعد لا يتجاوز نهاية أيلول 2025.",
            "لا يتجاوز نهاية أيلول 2025",
            "2025-09",
            ct.Granularity.MONTH,
            ct.Part.END,
        ),
        (
            "وأعلن البيان أن مهمة التحالف في أربيل ستستمر حتى أيلول 2026.",
            "حتى أيلول 2026",
            "2026-09",
            ct.Granularity.MONTH,
            ct.Part.WHOLE,
        ),
        (
            "وأعلن البيان أن مهمة التحالف في أربيل ستستمر لغاية أيلول 2026.",
            "لغاية أيلول 2026",
            "2026-09",
            ct.Granularity.MONTH,
            ct.Part.WHOLE,
        ),
        (
            "The statement said the coalition mission will end "
            "no later than September 2026.",
            "no later than September 2026",
            "2026-09",
            ct.Granularity.MONTH,
            ct.Part.WHOLE,
        ),
    ],
)
def test_deadlines(
    text: str,
    written: str,
    value: str,
    granularity: ct.Granularity,
    part: ct.Part,
) -> None:
    claim = _one(_times(text))
    figure = _time(claim)
    assert figure.value == value
    assert figure.granularity is granularity
    assert figure.part is part
    assert figure.hedge is ct.Hedge.BY
    assert figure.relative is None
    _check_evidence(claim, written)
    assert claim.question.property is ct.Property.DEADLINE


def test_parts_of_a_year() -> None:
    early = _time(_one(_times("وقال المتحدث إن القوات انسحبت مطلع 2024.")))
    mid = _time(_one(_times("وقال المتحدث إن القوات ستنسحب في منتصف 2025.")))
    en = _time(_one(_times("The spokesman said the forces withdrew in early 2024.")))
    assert (early.value, early.part) == ("2024", ct.Part.EARLY)
    assert (mid.value, mid.part) == ("2025", ct.Part.MID)
    assert (en.value, en.part) == ("2024", ct.Part.EARLY)


# -- Relative dates --------------------------------------------------------


RELATIVE = [
    pytest.param(
        "وقال الوزير إن انسحاب القوات سيكتمل الشهر المقبل.",
        "الشهر المقبل",
        "2025-09",
        ct.Granularity.MONTH,
        ct.Part.WHOLE,
        ct.Hedge.EXACT,
        id="ar-next-month",
    ),
    pytest.param(
        "وقال الوزير إن انسحاب القوات سيكتمل العام القادم.",
        "العام القادم",
        "2026",
        ct.Granularity.YEAR,
        ct.Part.WHOLE,
        ct.Hedge.EXACT,
        id="ar-next-year",
    ),
    pytest.param(
        "وقال الوزير إن انسحاب القوات سيكتمل بحلول نهاية العام الجاري.",
        "نهاية العام الجاري",
        "2025",
        ct.Granularity.YEAR,
        ct.Part.END,
        ct.Hedge.BY,
        id="ar-end-of-this-year",
    ),
    pytest.param(
        "وقال الوزير إن الاجتماع عقد الاثنين الماضي في بغداد.",
        "الاثنين الماضي",
        "2025-08-18",
        ct.Granularity.DAY,
        ct.Part.WHOLE,
        ct.Hedge.EXACT,
        id="ar-last-monday",
    ),
    pytest.param(
        "The minister said the withdrawal will be complete next month.",
        "next month",
        "2025-09",
        ct.Granularity.MONTH,
        ct.Part.WHOLE,
        ct.Hedge.EXACT,
        id="en-next-month",
    ),
    pytest.param(
        "The minister said the talks were held last Monday.",
        "last Monday",
        "2025-08-18",
        ct.Granularity.DAY,
        ct.Part.WHOLE,
        ct.Hedge.EXACT,
        id="en-last-monday",
    ),
    pytest.param(
        "The minister said the withdrawal will be complete by the end of this year.",
        "the end of this year",
        "2025",
        ct.Granularity.YEAR,
        ct.Part.END,
        ct.Hedge.BY,
        id="en-end-of-this-year",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "value", "granularity", "part", "hedge"), RELATIVE
)
def test_relative_dates_resolve_against_publication(
    text: str,
    words: str,
    value: str,
    granularity: ct.Granularity,
    part: ct.Part,
    hedge: ct.Hedge,
) -> None:
    claim = _one(_times(text))
    figure = _time(claim)
    assert figure.value == value
    assert figure.granularity is granularity
    assert figure.part is part
    assert figure.hedge is hedge
    assert figure.relative is not None
    assert words in figure.relative
    assert figure.resolved_against == PUB
    _check_evidence(claim, words)


@pytest.mark.parametrize(
    ("text", "words", "value", "granularity", "part", "hedge"), RELATIVE
)
def test_relative_dates_stay_unresolved_without_publication(
    text: str,
    words: str,
    value: str,
    granularity: ct.Granularity,
    part: ct.Part,
    hedge: ct.Hedge,
) -> None:
    claim = _one(_times(text, published=None))
    figure = _time(claim)
    assert figure.value is None
    assert figure.relative is not None
    assert words in figure.relative
    assert figure.resolved_against is None
    assert not figure.is_resolved
    assert "unresolved" in str(figure)
    assert figure.part is part
    assert figure.hedge is hedge
    _check_evidence(claim, words)


def test_resolved_and_unresolved_relatives_are_not_merged() -> None:
    text = "وقال الوزير إن انسحاب القوات سيكتمل الشهر المقبل."
    resolved = _one(_times(text))
    unresolved = _one(_times(text, published=None))
    assert resolved.id != unresolved.id


# -- Attribution ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "name", "stance"),
    [
        (
            "قال سامي الحداد، المتحدث باسم الوزارة، إن 40 دولة شاركت في التدريبات.",
            ct.SpeakerKind.PERSON,
            "سامي الحداد",
            ct.Stance.SAYS,
        ),
        (
            "أكد الناطق باسم الحكومة أن 40 دولة شاركت في التدريبات.",
            ct.SpeakerKind.OFFICE,
            "الناطق باسم الحكومة",
            ct.Stance.CONFIRMS,
        ),
        (
            "أعلنت وزارة الخارجية أن 40 دولة شاركت في التدريبات.",
            ct.SpeakerKind.OFFICE,
            "وزارة الخارجية",
            ct.Stance.ANNOUNCES,
        ),
        (
            "شاركت 40 دولة في التدريبات، بحسب وزارة الخارجية.",
            ct.SpeakerKind.OFFICE,
            "وزارة الخارجية",
            ct.Stance.REPORTS,
        ),
        (
            "شاركت 40 دولة في التدريبات، وفق مصادر دبلوماسية.",
            ct.SpeakerKind.ANONYMOUS,
            "مصادر دبلوماسية",
            ct.Stance.REPORTS,
        ),
        (
            "وقال مسؤول عراقي لم تسمه الوكالة إن 40 دولة شاركت في التدريبات.",
            ct.SpeakerKind.ANONYMOUS,
            "مسؤول عراقي",
            ct.Stance.SAYS,
        ),
        (
            "The foreign ministry announced that 40 countries took part in the drills.",
            ct.SpeakerKind.OFFICE,
            "foreign ministry",
            ct.Stance.ANNOUNCES,
        ),
        (
            "According to the foreign ministry, 40 countries took part in the drills.",
            ct.SpeakerKind.OFFICE,
            "foreign ministry",
            ct.Stance.REPORTS,
        ),
        (
            "Sources said 40 countries took part in the drills.",
            ct.SpeakerKind.ANONYMOUS,
            "Sources",
            ct.Stance.SAYS,
        ),
    ],
)
def test_speakers_and_stances(
    text: str, kind: ct.SpeakerKind, name: str, stance: ct.Stance
) -> None:
    claim = _one(_numbers(text))
    _number(claim, 40, ct.Hedge.EXACT, "country")
    _check_evidence(claim, "40")
    att = _attribution(claim)
    assert att.speaker.kind is kind
    assert name in att.speaker.name
    assert att.stance is stance
    assert att.citation_chain == ()


def test_named_speaker_keeps_role() -> None:
    text = (
        "قال كريم حداد، مستشار رئيس الوزراء، لموقع ذي ناشنال إن نحو 2500 جندي "
        "ما زالوا في العراق."
    )
    claim = _one(_numbers(text))
    att = _attribution(claim)
    assert att.speaker.kind is ct.SpeakerKind.PERSON
    assert att.speaker.name == "كريم حداد"
    assert att.speaker.role is not None
    assert "مستشار" in att.speaker.role
    assert [s.name for s in att.citation_chain] == ["The National"]


def test_speaker_named_ali_is_kept_whole() -> None:
    text = (
        "قال حسين علي، مستشار رئيس الوزراء، لموقع ذي ناشنال إن نحو 2500 جندي "
        "ما زالوا في العراق."
    )
    att = _attribution(_one(_numbers(text)))
    assert att.speaker.name == "حسين علي"
    assert att.speaker.role is not None
    assert [s.name for s in att.citation_chain] == ["The National"]


@pytest.mark.parametrize(
    "text",
    [
        "وشاركت 40 دولة في التدريبات التي جرت الأسبوع الفائت قرب الحدود.",
        "Forty countries took part in the drills near the border.",
    ],
)
def test_the_outlets_own_voice(text: str) -> None:
    claim = _one(_numbers(text))
    att = _attribution(claim)
    assert att.speaker.is_outlet
    assert att.citation_chain == ()
    assert att.origin == HERALD.id


# -- Citation chains: an agency named as the channel ----------------------


CHAINS = [
    pytest.param(
        "نقلت وكالة رويترز عن مسؤولين أمريكيين أن 40 دولة شاركت في التدريبات.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        None,
        id="ar-naqalat-an",
    ),
    pytest.param(
        "ونقلت صحيفة نيويورك تايمز عن مسؤولين أميركيين أن 40 دولة شاركت في التدريبات.",
        ["The New York Times"],
        ct.SpeakerKind.ANONYMOUS,
        None,
        id="ar-nyt",
    ),
    pytest.param(
        "نقلت وكالة رويترز عن خمسة مسؤولين أمريكيين رفضوا الكشف عن هوياتهم "
        "أن 40 دولة شاركت في التدريبات.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        5,
        id="ar-anonymous-group-with-count",
    ),
    pytest.param(
        "وقالت مصادر مطلعة لوكالة الأنباء العراقية إن 40 دولة شاركت في التدريبات.",
        ["Iraqi News Agency (INA)"],
        ct.SpeakerKind.ANONYMOUS,
        None,
        id="ar-told-ina",
    ),
    pytest.param(
        "ونقلت وكالة الأنباء العراقية (واع) عن وزير الدفاع قوله إن 40 دولة شاركت "
        "في التدريبات.",
        ["Iraqi News Agency (INA)"],
        ct.SpeakerKind.OFFICE,
        None,
        id="ar-ina-quoting-minister",
    ),
    pytest.param(
        "وفقا لوكالة رويترز، شاركت 40 دولة في التدريبات.",
        ["Reuters"],
        ct.SpeakerKind.OUTLET,
        None,
        id="ar-according-to-agency",
    ),
    pytest.param(
        "Two diplomats, who spoke on condition of anonymity, told Reuters that "
        "40 countries took part in the drills.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        2,
        id="en-told-reuters",
    ),
    pytest.param(
        "According to Reuters, 40 countries took part in the drills.",
        ["Reuters"],
        ct.SpeakerKind.OUTLET,
        None,
        id="en-according-to-reuters",
    ),
    pytest.param(
        "Reuters quoted three US officials as saying that 40 countries took part "
        "in the drills.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        3,
        id="en-quoted-as-saying",
    ),
    pytest.param(
        "Citing three US officials, Reuters reported that 40 countries took part "
        "in the drills.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        3,
        id="en-citing-fronted",
    ),
    pytest.param(
        "Reuters, quoting the defence ministry, said 40 countries took part "
        "in the drills.",
        ["Reuters"],
        ct.SpeakerKind.OFFICE,
        None,
        id="en-quoting-parenthetical",
    ),
    pytest.param(
        "وبحسب ما نقلته وكالة رويترز عن مصادر عسكرية، فإن 40 دولة شاركت في التدريبات.",
        ["Reuters"],
        ct.SpeakerKind.ANONYMOUS,
        None,
        id="ar-bihasab-ma-naqalathu",
    ),
]


@pytest.mark.parametrize(("text", "chain", "kind", "count"), CHAINS)
def test_citation_chains(
    text: str, chain: list[str], kind: ct.SpeakerKind, count: int | None
) -> None:
    forty = [c for c in _numbers(text) if getattr(c.figure, "unit", None) == "country"]
    claim = _one(forty)
    _number(claim, 40, ct.Hedge.EXACT, "country")
    _check_evidence(claim, "40")
    att = _attribution(claim)
    assert [s.name for s in att.citation_chain] == chain
    assert att.speaker.kind is kind
    assert att.speaker.count == count


def test_chain_carries_to_the_next_sentence() -> None:
    text = (
        "ونقلت وكالة رويترز عن مصادر مطلعة قولها إن نحو 2500 جندي ما زالوا في "
        "العراق. وأضافت المصادر أن الانسحاب سينتهي بحلول نهاية 2026."
    )
    claims = _claims(text)
    assert {str(c.figure) for c in claims} == {
        "about 2,500 troops",
        "by the end of 2026",
    }
    for claim in claims:
        att = _attribution(claim)
        assert att.speaker.kind is ct.SpeakerKind.ANONYMOUS
        assert "مصادر" in att.speaker.name
        assert [s.name for s in att.citation_chain] == ["Reuters"]
        # an anonymous group belongs to the agency that heard it
        assert att.origin.startswith("reuters/")


# -- Question keys ---------------------------------------------------------


def test_same_question_in_differently_worded_articles_has_one_key() -> None:
    herald = _doc(
        "وتبلغ القوات الأمريكية المنتشرة في العراق قرابة 2500 عسكري بحسب "
        "مسؤولين في البنتاغون.",
        doc_id="herald-1",
    )
    river = _doc(
        "وللولايات المتحدة حوالي ٢٬٥٠٠ جندي في العراق، كما تقول الصحيفة.",
        source=RIVER,
        doc_id="river-1",
    )
    english = _doc(
        "Officials said about 2,500 US troops remain in Iraq.",
        source=RIVER,
        doc_id="river-2",
    )
    claims = [
        _one([c for c in extract(d) if getattr(c.figure, "unit", None) == "troop"])
        for d in (herald, river, english)
    ]
    assert {c.question.key for c in claims} == {IRAQ_TROOPS}
    for claim in claims:
        _number(claim, 2500, ct.Hedge.ABOUT, "troop")
    # one question, one figure: the three merge into one claim
    merged = ct.ClaimSet(claims)
    assert len(merged) == 1
    (claim,) = merged
    assert len(claim.attributions) == 3
    assert set(claim.outlets) == {"Southern Herald", "River Times"}


def test_other_places_are_other_questions() -> None:
    iraq = _one(_numbers("وتنشر واشنطن قرابة 2500 جندي في العراق."))
    syria = _one(_numbers("وتنشر واشنطن قرابة 900 جندي في سوريا."))
    assert iraq.question.key == IRAQ_TROOPS
    assert syria.question.key == "us troops|count|place=syria"


def test_other_time_windows_are_other_questions() -> None:
    since_2021 = _one(
        _numbers("وتعرضت القواعد الأمريكية منذ بداية عام 2021 لنحو 40 هجوما بالصواريخ.")
    )
    since_oct = _numbers(
        "وشنت الفصائل أكثر من 120 هجوما على القواعد منذ 17 تشرين الأول 2023."
    )
    since_oct_en = _numbers(
        "Bases were hit by about 40 rocket attacks since the start of 2021."
    )
    _number(since_2021, 40, ct.Hedge.ABOUT, "attack")
    _number(_one(since_oct), 120, ct.Hedge.MORE_THAN, "attack")
    _check_evidence(since_2021, "40")
    _check_evidence(since_oct[0], "أكثر من 120")
    assert since_2021.question.key == "attacks|count|window=since 2021"
    assert since_oct[0].question.key == "attacks|count|window=since 2023-10-17"
    assert _one(since_oct_en).question.key == since_2021.question.key


def test_attacks_on_us_bases_have_the_same_key_in_both_languages() -> None:
    ar = _one(
        _numbers(
            "وشنت الفصائل أكثر من 120 هجوما على القواعد الأمريكية منذ أكتوبر 2023."
        )
    )
    en = _one(
        _numbers(
            "Militias have carried out more than 120 attacks on US bases "
            "since October 2023."
        )
    )
    assert ar.question.key == "attacks|count|window=since 2023-10"
    assert en.question.key == ar.question.key


def test_place_a_few_words_after_the_figure() -> None:
    claim = _one(
        _numbers("ولا يزال حوالي ٢٬٥٠٠ جندي أميركي يتمركزون في قواعد داخل العراق.")
    )
    assert claim.question.key == IRAQ_TROOPS


def test_withdrawal_phases_get_phase_keys() -> None:
    text = (
        "وقال المتحدث إن المرحلة الأولى من الانسحاب ستنتهي في أيلول 2025، "
        "على أن تغادر بقية القوات بحلول نهاية 2026."
    )
    first, final = sorted(_times(text), key=lambda c: c.figure.value or "")
    assert _time(first).value == "2025-09"
    assert first.question.key == (
        "end of the coalition mission|deadline|event=first phase (federal iraq)"
    )
    assert _time(final).value == "2026"
    assert final.question.key == FINAL_PHASE
    _check_evidence(final, "نهاية 2026")


def test_2021_combat_deadline_is_another_question() -> None:
    ar = _one(
        _times(
            "وقال مسؤولون إن انسحاب القوات القتالية من العراق سيتم بحلول نهاية 2021."
        )
    )
    en = _one(
        _times("Officials said combat troops would leave Iraq by the end of 2021.")
    )
    assert ar.question.key == en.question.key
    assert ar.question.key.startswith("withdrawal of combat troops|deadline")
    final = _one(
        _times("وقال المتحدث إن المرحلة الأخيرة من الانسحاب ستنتهي بحلول نهاية 2026.")
    )
    assert final.question.key == FINAL_PHASE
    assert final.question.key != ar.question.key


def test_final_phase_has_one_key_in_both_languages() -> None:
    ar = _one(
        _times("وقال المتحدث إن المرحلة الأخيرة من الانسحاب ستنتهي بحلول نهاية 2026.")
    )
    en = _one(
        _times(
            "The spokesman said the final phase of the withdrawal ends "
            "by the end of 2026."
        )
    )
    assert en.question.key == ar.question.key == FINAL_PHASE


# -- End to end: extraction, then conflicts ---------------------------------


def test_conflicts_from_extracted_articles() -> None:
    herald = _doc(
        "أعلنت وزارة الخارجية أن التحالف الدولي ضد داعش يضم 86 دولة. "
        "وقال مسؤول عسكري إن نحو 2500 جندي أمريكي ما زالوا في العراق.",
        published=date(2025, 3, 2),
        doc_id="herald-1",
        lang="ar",
    )
    river_ar = _doc(
        "ويضم التحالف الدولي أكثر من 60 دولة، بحسب الصحيفة. "
        "وأكدت السفارة الأمريكية في بغداد أن 2500 جندي أمريكي ينتشرون في العراق.",
        published=date(2025, 3, 10),
        source=RIVER,
        doc_id="river-1",
        lang="ar",
    )
    river_en = _doc(
        "The embassy said 2,500 American troops are stationed in Iraq.",
        published=date(2025, 3, 12),
        source=RIVER,
        doc_id="river-2",
        lang="en",
    )
    claims = [c for d in (herald, river_ar, river_en) for c in extract(d)]
    troop_keys = {
        c.question.key for c in claims if getattr(c.figure, "unit", None) == "troop"
    }
    assert troop_keys == {IRAQ_TROOPS}

    report = ct.find_conflicts(claims)
    assert len(report) == 1
    (conflict,) = report
    assert conflict.kind is ct.ConflictKind.DIVERGENCE
    assert conflict.reading is ct.Reading.PRAGMATIC
    figures = {str(side.figure) for side in conflict.sides}
    assert figures == {"86 countries", "more than 60 countries"}
    outlets = {side.figure.value: side.outlets for side in conflict.sides}
    assert outlets == {86: ("Southern Herald",), 60: ("River Times",)}
    for side in conflict.sides:
        for att in side.attributions:
            assert format(int(side.figure.value or 0)) in (att.evidence or "")
    # about 2,500 and 2,500 agree: no conflict on the troop question
    assert all(c.question.key != IRAQ_TROOPS for c in report)
    # the strict reading admits 86 as "more than 60"
    assert len(ct.find_conflicts(claims, reading="strict")) == 0


def test_source_group_sizes_are_not_a_conflict() -> None:
    herald = _doc(
        "نقلت رويترز عن ثلاثة مسؤولين أمريكيين أن 2500 جندي ما زالوا في العراق.",
        doc_id="herald-9",
        published=date(2025, 3, 1),
    )
    river = _doc(
        "Five US officials told Reuters that 2,500 troops remain in Iraq.",
        source=RIVER,
        doc_id="river-9",
        published=date(2025, 3, 2),
    )
    claims = [c for d in (herald, river) for c in extract(d)]
    # the speakers keep their counts ...
    sizes = {
        a.speaker.count
        for c in claims
        if getattr(c.figure, "unit", None) == "troop"
        for a in c.attributions
    }
    assert sizes == {3, 5}
    # ... but quoting a different number of sources is no disagreement
    assert len(ct.find_conflicts(claims)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت صحيفتنا عن ثلاثة مسؤولين أمريكيين أن 2500 جندي ما زالوا في العراق.",
        "وذكرت رويترز نقلاً عن ثلاثة مسؤولين أمريكيين أن 2500 جندي في العراق.",
        "Reuters, citing three U.S. officials, said 2,500 troops remain in Iraq.",
    ],
)
def test_a_source_group_is_keyed_by_its_own_words(text: str) -> None:
    """نقلت relays the officials: it does not make them officials who moved."""
    [sources] = [c for c in _numbers(text) if c.figure.value == 3]
    assert sources.question.key == "us officials|count|event=sources of article-1"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("وقال إن 2500 جندي من القوات الأمريكية ما زالوا في العراق.", TROOPS_IRAQ),
        ("He said 2,500 of the US forces remain in Iraq.", TROOPS_IRAQ),
        (
            "وأكد المستشار أن 3000 جندي من القوات الأمريكية غادروا العراق.",
            f"leaving {TROOPS_IRAQ}",
        ),
        ("The Pentagon has about 2,500 troops in Iraq.", TROOPS_IRAQ),
        ("وينشر البنتاغون نحو 2500 جندي في العراق.", TROOPS_IRAQ),
    ],
)
def test_whose_troops_and_what_they_did(text: str, key: str) -> None:
    """جندي من القوات الأمريكية غادروا; the Pentagon has: whose, and what they did."""
    assert _one(_numbers(text)).question.key == key


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops will leave Baghdad within two years, officials said.", "2027-08"),
        ("The coalition will wrap up its mission within 12 months.", "2026-08"),
        ("وقال الوزير إن القوات الأمريكية ستغادر بغداد خلال عامين.", "2027-08"),
        ("وقال الوزير إن القوات ستنسحب من بغداد في غضون ستة أشهر.", "2026-02"),
    ],
)
def test_within_a_span_is_a_deadline_from_publication(text: str, value: str) -> None:
    """ "within two years" in a future clause ends two years after publication."""
    [deadline] = _times(text)  # published 2025-08-19
    figure = _time(deadline)
    assert (figure.value, figure.hedge.value) == (value, "by")
    assert deadline.question.property.value == "deadline"
    assert [c.figure.unit for c in _numbers(text)] in (["year"], ["month"])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The mission in federal Iraq will end within a year, officials said.",
            "2026-08",
        ),
        ("وقال الوزير إن القوات الأمريكية ستغادر بغداد خلال عام.", "2026-08"),
        ("Officials said advisers will leave within a month.", "2025-09"),
    ],
)
def test_within_a_year_said_by_the_noun_alone(text: str, value: str) -> None:
    [deadline] = _times(text)  # published 2025-08-19
    assert (_time(deadline).value, _time(deadline).hedge.value) == (value, "by")


@pytest.mark.parametrize(
    "text",
    [
        "The troops left Baghdad within two years, officials said.",
        "Troops will leave within 18 months of the signing.",
        "وانسحبت القوات من بغداد خلال 12 شهراً.",
        "Troops will leave within a year of the signing.",
        # خلال العام, definite, is "during the year"
        "وقال إن القوات ستبقى خلال العام.",
    ],
)
def test_a_span_from_an_event_or_in_the_past_is_no_deadline(text: str) -> None:
    assert _times(text) == []


def test_a_date_between_the_number_of_x_and_its_number_is_no_other_number() -> None:
    text = (
        "The spokesman said the number of coalition advisers remaining in Baghdad"
        " after September 2025 would not exceed 250."
    )
    [count] = _numbers(text)
    _number(count, 250, ct.Hedge.AT_MOST, "adviser")


def test_a_year_then_a_count_after_to_is_no_range() -> None:
    # "from about 5,200 in 2019 to 2,500": 2019 is the earlier count's year
    text = (
        "American troop levels in Iraq fell from about 5,200 in 2019 to 2,500"
        " this week, officials said."
    )
    assert sorted(str(c.figure) for c in _numbers(text)) == [
        "2,500 troops",
        "about 5,200 troops",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The coalition mission will continue until September 2026.",
        "وقال المتحدث إن مهمة التحالف ستستمر حتى أيلول 2026.",
    ],
)
def test_continuing_until_a_date_is_an_end(text: str) -> None:
    claim = _one(_times(text))
    assert claim.question.key.startswith("end of the coalition mission|deadline")


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on the bases continued in March 2024, officials said.",
        "وقال مسؤولون إن الهجمات على القواعد استمرت في آذار 2024.",
        "وتستمر الهجمات في آذار 2024 بحسب مسؤولين.",
    ],
)
def test_continuing_on_a_date_is_no_withdrawal(text: str) -> None:
    claim = _one(_times(text))
    assert "withdrawal" not in claim.question.key
    assert "mission" not in claim.question.key


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إن المرحلة الثانية من الانسحاب ستبدأ مطلع العام المقبل.",
        "The second phase of the withdrawal will start early next year, aides said.",
    ],
)
def test_a_phase_that_begins_on_a_date_is_a_start_not_a_deadline(text: str) -> None:
    claim = _one(_times(text))
    assert (
        claim.question.key
        == "start of the withdrawal|date|event=final phase (kurdistan region)"
    )


def test_a_start_before_a_completion_keeps_each_its_own_question() -> None:
    text = "The withdrawal that began in 2024 will be completed by September 2026."
    began, done = sorted(_times(text), key=lambda c: str(c.figure))
    assert began.question.key == "start of the withdrawal|date"
    assert done.question.key == FINAL_PHASE


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "وقال مسؤولون إن واشنطن سحبت خلال ستة أشهر نحو ألف جندي أمريكي من العراق.",
            "leaving us troops|count|place=iraq",
        ),
        (
            "Washington withdrew over the summer some 1,000 US troops from Iraq.",
            "leaving us troops|count|place=iraq",
        ),
        ("Ahead of the withdrawal, about 2,500 US troops remain in Iraq.", TROOPS_IRAQ),
        ("The Pentagon has deployed 2,500 US troops in Iraq.", TROOPS_IRAQ),
    ],
)
def test_troops_withdrawn_are_not_troops_present(text: str, key: str) -> None:
    troops = [c for c in _numbers(text) if c.figure.unit in ("troop", "fighter")]
    assert _one(troops).question.key == key


@pytest.mark.parametrize(
    "text",
    [
        "The coalition now counts 87 partners, its spokesman said.",
        "ويضم التحالف الدولي 87 شريكا من الدول والمنظمات.",
    ],
)
def test_partners_of_a_coalition_are_its_members(text: str) -> None:
    claim = _one(_numbers(text))
    assert claim.question.key == "members of the us-led coalition|count"


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        (
            "There are about 2,500 U.S. troops in Iraq, officials said.",
            "about 2,500 troops",
            TROOPS_IRAQ,
        ),
        (
            "وسجلت 60 هجمة على القواعد منذ بداية العام الجاري.",
            "60 attacks",
            "attacks|count|window=since 2025",
        ),
        (
            "وقال إن التحالف سينهي مهمته في بغداد بحلول أيلول 2025.",
            "by 2025-09",
            "end of the coalition mission|deadline|event=first phase (federal iraq)",
        ),
    ],
)
def test_more_ways_of_writing_the_story(text: str, figure: str, key: str) -> None:
    [claim] = [c for c in _claims(text) if str(c.figure) == figure]
    assert claim.question.key == key


def test_a_deadline_joined_to_a_withdrawal_deadline_is_its_next_phase() -> None:
    text = (
        "Washington and Baghdad announced that the coalition would end its mission "
        "in federal Iraq by September 2025 and in the Kurdistan region by "
        "September 2026."
    )
    keys = {str(c.figure): c.question.key for c in _times(text)}
    assert (
        keys["by 2025-09"]
        == "end of the coalition mission|deadline|event=first phase (federal iraq)"
    )
    assert keys["by 2026-09"] == FINAL_PHASE


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 US troops are in Iraq and about 900 in Syria.",
        "وينتشر نحو 2500 جندي أمريكي في العراق ونحو 900 في سوريا.",
    ],
)
def test_a_hedged_number_takes_the_elided_noun(text: str) -> None:
    keys = sorted(c.question.key for c in _numbers(text))
    assert keys == ["us troops|count|place=iraq", "us troops|count|place=syria"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Three US soldiers were killed in the attack.", "killed us troops|count"),
        # a coordinated noun shares the verb; "and wounded 40" would not
        (
            "Two US soldiers and a contractor were killed in the attack.",
            "killed us troops|count",
        ),
        (
            "قال مسؤولون إن ثلاثة جنود أمريكيين قتلوا في الهجوم.",
            "killed us troops|count",
        ),
        ("In all, 175 lawmakers backed the motion.", "voting lawmakers|count"),
        (
            "The drawdown will leave fewer than 2,000 troops in Iraq.",
            "troops|count|place=iraq",
        ),
    ],
)
def test_what_the_counted_people_did_is_part_of_the_question(
    text: str, key: str
) -> None:
    # the killed of an attack named nowhere also carry their own words as the event
    assert _one(_numbers(text)).question.key.split("|event=")[0] == key


def test_troops_who_suffered_injuries_are_wounded() -> None:
    [claim] = _numbers(
        "Nearly two dozen U.S. service members suffered brain injuries in the"
        " missile strike on Ain al-Asad."
    )
    assert claim.question.key == "wounded us troops|count|place=ain al-asad"


def test_the_wounded_of_two_attacks_are_never_compared() -> None:
    """Casualties are of one attack: its place, else its own words."""
    jordan = _numbers(
        "Three U.S. soldiers were killed and more than 40 wounded in a drone attack"
        " on Tower 22 in Jordan on Jan. 28, the Pentagon said."
    )
    asad = _numbers(
        "Two U.S. service members were wounded in a rocket attack on Ain al-Asad"
        " air base on Feb. 10, officials said."
    )
    elsewhere = _numbers("Five U.S. soldiers were wounded in the attack.")
    keys = {c.question.key for c in [*jordan, *asad, *elsewhere]}
    assert "wounded us troops|count|place=jordan" in keys
    assert "wounded us troops|count|place=ain al-asad" in keys
    assert len(ct.find_conflicts([*jordan, *asad, *elsewhere])) == 0


@pytest.mark.parametrize(
    "text",
    [
        "وقالت المصادر إن 2500 جندي أمريكي في العراق، فيما يتمركز 900 آخرين في سوريا.",
        "About 2,500 US troops are in Iraq, while 900 others are in Syria.",
    ],
)
def test_n_others_counts_the_same_noun(text: str) -> None:
    keys = sorted(c.question.key for c in _numbers(text))
    assert keys == ["us troops|count|place=iraq", "us troops|count|place=syria"]


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 U.S. troops remain in Iraq, the Pentagon said. The spokesman"
        " added that some 900 more are in Syria.",
        "يوجد نحو 2500 جندي أمريكي في العراق. وأضاف أن نحو 900 آخرين في سوريا.",
    ],
)
def test_n_more_in_the_next_sentence_counts_the_same_noun(text: str) -> None:
    keys = sorted(c.question.key for c in _numbers(text))
    assert keys == ["us troops|count|place=iraq", "us troops|count|place=syria"]


def test_n_more_after_another_number_takes_no_noun() -> None:
    text = "About 2,500 troops are in Iraq. In 2024, 40 more were sent."
    assert [str(c.figure) for c in _numbers(text)] == ["about 2,500 troops"]


@pytest.mark.parametrize(
    ("text", "founding", "today"),
    [
        (
            "The coalition, launched with 60 members, today has 87 partners.",
            "60 members",
            "87 partners",
        ),
        (
            "The coalition, which was founded with 60 members, now has 87.",
            "60 members",
            "87 members",
        ),
        (
            "تأسس التحالف بعضوية 60 دولة، وبات يضم 86 دولة.",
            "60 countries",
            "86 countries",
        ),
    ],
)
def test_an_undated_founding_size_is_not_the_size_today(
    text: str, founding: str, today: str
) -> None:
    claims = {str(c.figure): c for c in _numbers(text)}
    assert claims[today].question.key == "members of the us-led coalition|count"
    assert "coalition|count" not in claims[founding].question.key
    assert len(ct.find_conflicts(claims.values())) == 0


def test_a_founding_verb_before_other_counts_is_no_founding() -> None:
    text = "Militants launched 12 attacks on U.S. bases over the past two weeks."
    [claim] = _numbers(text)
    assert claim.question.key == "attacks|count|window=past 2 weeks to 2025-08-19"


@pytest.mark.parametrize(
    "text",
    [
        "An official said 86 countries belong to the coalition.",
        "وقال مسؤول إن 86 دولة تنضوي في التحالف الدولي.",
    ],
)
def test_countries_that_belong_to_the_coalition_are_its_size(text: str) -> None:
    [claim] = _numbers(text)
    assert claim.question.key == "members of the us-led coalition|count"


def test_lawmakers_a_vote_verb_opens_are_voting() -> None:
    [claim] = _numbers("وأيّد 150 نائباً القرار.")
    assert claim.question.key == "voting lawmakers|count"


@pytest.mark.parametrize(
    "text",
    [
        "Over the past year, U.S. forces have been attacked more than 180 times.",
        "وخلال العامين الماضيين، تعرضت القواعد الأمريكية لأكثر من 180 هجوماً.",
    ],
)
def test_a_window_opening_the_sentence_scopes_its_events(text: str) -> None:
    [claim] = _numbers(text)
    assert claim.question.window is not None
    assert claim.question.window.startswith("past ")


def test_troops_from_n_countries_count_no_members() -> None:
    text = "Roughly 2,500 troops from 10 countries are part of the NATO mission."
    keys = [c.question.key for c in _numbers(text)]
    assert not any(k.startswith("members of") for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said it will reduce the number of troops in Syria to about"
        " 1,000 from roughly 2,000.",
        "وقال البنتاغون إنه سيخفض عدد قواته في سوريا إلى نحو ألف جندي من نحو ألفين.",
    ],
)
def test_the_count_a_cut_starts_from_is_the_count_now(text: str) -> None:
    keys = sorted(c.question.key for c in _numbers(text))
    assert keys == [
        "troops|count|place=syria",
        "troops|count|place=syria|window=target",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤولان أمريكيان إن البنتاغون يعتزم خفض عدد قواته في العراق إلى ما دون"
        " ألفي جندي.",
        "The Pentagon plans to cut its forces in Iraq to fewer than 2,000 troops.",
    ],
)
def test_an_intended_cut_is_a_target(text: str) -> None:
    [claim] = [c for c in _numbers(text) if c.figure.unit == "troop"]
    assert claim.question.window == "target"


def test_two_officials_in_the_dual_are_the_report_s_sources() -> None:
    claims = _numbers("وأكد مسؤولان أن 2500 جندي سيبقون.")
    sources = [c for c in claims if c.figure.unit == "official"]
    assert [str(c.figure) for c in sources] == ["2 officials"]
    assert "sources of" in sources[0].question.key


def test_a_figure_before_a_reporting_verb_is_no_speaker() -> None:
    text = (
        "About 2,000 U.S. troops are in Syria, up from the 900 previously acknowledged."
    )
    assert all(c.attributions[0].speaker.is_outlet for c in _numbers(text))


def test_more_held_out_shapes() -> None:
    """Shapes the held-out probes showed: each its own figure and key."""
    [claim] = _numbers(
        "An official told Asharq Al-Awsat that the number of advisers staying in"
        " Baghdad will not exceed 250."
    )
    assert str(claim.figure) == "at most 250 advisers"
    [claim] = _numbers("The spokesman added that about 800 non-U.S. troops remained.")
    assert str(claim.figure) == "about 800 troops"
    assert not claim.question.key.startswith("us troops")
    text = "Since the Jan. 28 drone strike on Tower 22, guards have been doubled."
    assert _times(text) == []
    [claim] = _numbers(
        "There were 21 attacks on US bases last month, according to a tally"
        " compiled by Asharq Al-Awsat."
    )
    assert [s.name for s in claim.attributions[0].citation_chain] == ["Asharq Al-Awsat"]
    claims = _numbers(
        "About 2,000 troops will remain, the Guardian reported, citing three people"
        " briefed on the talks."
    )
    [claim] = [c for c in claims if c.figure.unit == "troop"]
    speaker = claim.attributions[0].speaker
    assert (speaker.kind.value, speaker.count) == ("anonymous", 3)


def test_an_age_in_brackets_is_no_claim() -> None:
    text = "وشيّع الأهالي جثمان المقاتل آزاد حسن (٢٣ عاماً)، الذي قُتل في هجوم."
    assert _claims(text) == []
    assert [str(c.figure) for c in _claims("The mission lasted 10 years.")] == [
        "10 years"
    ]


def test_an_armed_group_named_just_before_owns_the_count() -> None:
    text = "ويقدر عدد عناصر الحشد الشعبي بأكثر من 200 ألف مقاتل، وفقا لأرقام الموازنة."
    claim = _one(_numbers(text))
    assert claim.question.key == "popular mobilization forces fighters|count"
    assert claim.attributions[0].speaker.is_outlet
    assert claim.attributions[0].stance.value == "estimates"


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        (
            "وقال المتحدث إن عدد القوات الأمريكية في العراق يبلغ 2500.",
            "2,500 troops",
            TROOPS_IRAQ,
        ),
        (
            "ويبلغ عدد الجنود الأمريكيين في العراق نحو 2500.",
            "about 2,500 troops",
            TROOPS_IRAQ,
        ),
        (
            "The number of US troops in Iraq stands at about 2,500, officials said.",
            "about 2,500 troops",
            TROOPS_IRAQ,
        ),
        (
            "The official put the number of remaining advisers at between 300 and 400.",
            "300–400 advisers",
            "advisers|count",
        ),
    ],
)
def test_the_number_of_x_stands_at_n(text: str, figure: str, key: str) -> None:
    claim = _one(_numbers(text))
    assert (str(claim.figure), claim.question.key) == (figure, key)
    assert any(ch.isdigit() for ch in claim.attributions[0].span.text)


def test_the_number_of_x_is_not_read_across_another_number() -> None:
    assert _numbers("The number of troops rose by 300 to 2,800.") == []


def test_a_since_date_does_not_scope_a_stock() -> None:
    text = (
        "The US has about 2,500 troops in Iraq, a number steady since 2021, "
        "the Pentagon said."
    )
    assert _one(_numbers(text)).question.key == TROOPS_IRAQ
    attacks = "There have been 170 attacks since 2021, the Pentagon said."
    assert _one(_numbers(attacks)).question.key == "attacks|count|window=since 2021"


def test_countries_that_joined_an_organisation_are_its_members() -> None:
    text = "Nearly 90 nations have joined the coalition since 2014, officials said."
    claim = _one(_numbers(text))
    assert claim.question.key == "members of the us-led coalition|count"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition has 86 member countries.",
        "The US-led coalition of more than 80 countries is winding down.",
        "ويتكون التحالف الدولي من أكثر من 60 دولة ومنظمة.",
        "The spokesman said the coalition's 86 partners had endorsed the plan.",
        "وقال مسؤول إن التحالف البالغ عددها 86 دولة سيجتمع.",
        # a relative clause between the verb and its count
        "ويضم التحالف الدولي الذي أنشئ عام 2014 لقتال تنظيم داعش في العراق 86 دولة.",
        "The coalition, which was set up in 2014 to fight the Islamic State group"
        " in Iraq and Syria, has 86 member countries.",
        # members of an organisation, not of the group it fights
        "ويضم التحالف الدولي لهزيمة داعش 86 عضوا.",
        "The Global Coalition to Defeat ISIS has 86 members.",
    ],
)
def test_a_coalition_size_is_its_membership(text: str) -> None:
    claim = _one(_numbers(text))
    assert claim.question.key == "members of the us-led coalition|count"


@pytest.mark.parametrize(
    "text",
    [
        "Of those, 40 countries contributed troops to the mission in Iraq.",
        "وقال مسؤول إن 12 دولة من دول التحالف أرسلت مدربين إلى العراق.",
        "Five coalition countries have already withdrawn their forces.",
        "وانسحبت خمس دول من التحالف، بحسب دبلوماسي.",
    ],
)
def test_some_members_doing_something_is_not_the_membership(text: str) -> None:
    claim = _one(_numbers(text))
    assert claim.question.key.startswith("context: ")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # after فإن the reported clause starts: "Iraqi" was the ministry's
        (
            "ووفقا لبيان وزارة الدفاع العراقية، فإن 500 جندي غادروا بغداد.",
            "leaving troops|count|place=baghdad",
        ),
        # with no أن, the source phrase still is the source's
        (
            "وأفاد المرصد السوري بمقتل 25 عنصرا في دير الزور.",
            "killed troops|count|place=deir ez-zor",
        ),
        (
            "An Iraqi official said 500 troops left Baghdad.",
            "leaving troops|count|place=baghdad",
        ),
    ],
)
def test_the_speakers_nationality_is_not_the_troops(text: str, key: str) -> None:
    assert _one(_numbers(text)).question.key == key


def test_a_nationality_next_to_the_figure_beats_a_group_after_it() -> None:
    text = "Some 900 Iraqi soldiers were trained by coalition advisers this year."
    assert _one(_numbers(text)).question.key == "iraqi troops|count"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "At its peak in 2007, the US had some 170,000 troops in Iraq.",
            date(2007, 7, 2),
        ),
        (
            "في عام 2007، كان لدى الولايات المتحدة 170 ألف جندي في العراق.",
            date(2007, 7, 2),
        ),
        (
            "Washington plans to keep about 1,500 US troops in Iraq after September "
            "2025, officials said.",
            date(2025, 10, 1),
        ),
        (
            "The number of US troops in Iraq will be cut to fewer than 2,000 by 2026.",
            date(2026, 12, 31),
        ),
        ("On 26 January, officials said 2,500 US troops remain in Iraq.", None),
    ],
)
def test_the_time_a_count_describes(text: str, as_of: date | None) -> None:
    [claim] = [c for c in _numbers(text) if c.figure.unit == "troop"]
    assert claim.attributions[0].as_of == as_of


def test_a_past_peak_is_a_change_and_a_plan_its_own_question() -> None:
    docs = [
        _doc("About 2,500 US troops are deployed in Iraq.", doc_id="now"),
        _doc(
            "At its peak in 2007, the US had some 170,000 troops in Iraq.",
            doc_id="then",
        ),
        _doc(
            "The US plans to keep about 1,500 troops in Iraq after September 2026.",
            doc_id="later",
        ),
        _doc(
            "The US will cut its force to fewer than 2,000 troops in Iraq"
            " by the end of 2025.",
            doc_id="soon",
        ),
    ]
    claims = [c for d in docs for c in extract(d)]
    troops = [c for c in claims if c.question.key.startswith(TROOPS_IRAQ)]
    assert sorted(c.question.key for c in troops) == [
        TROOPS_IRAQ,
        TROOPS_IRAQ,
        f"{TROOPS_IRAQ}|window=target for 2025-12-31",
        f"{TROOPS_IRAQ}|window=target for 2026-10-01",
    ]
    # a target within the year is no conflict with today's count either
    assert len(ct.find_conflicts(troops)) == 0
    assert len(ct.find_changes(troops)) == 1  # 2007, then now


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,500 US troops will leave Iraq, the spokesman said.",
        "About 2,500 US troops are set to leave Iraq.",
        "About 2,500 US troops are leaving Iraq.",
        "وقال المتحدث إن نحو 2500 جندي أمريكي سيغادرون العراق.",
        "وقال المتحدث إن نحو 2500 جندي أمريكي ينسحبون من العراق.",
        "The US will pull out about 2,500 US troops from Iraq.",
        "The deal provides for the departure of about 2,500 US troops from Iraq.",
        "وينص الاتفاق على خروج نحو 2500 جندي أمريكي من العراق.",
        "وطالب البرلمان بإخراج نحو 2500 جندي أمريكي من العراق.",
    ],
)
def test_troops_about_to_leave_are_not_the_troops_there(text: str) -> None:
    """A count that will leave, in any tense, is no count of those present."""
    leaving = _one(_numbers(text))
    assert leaving.question.key == f"leaving {IRAQ_TROOPS}"
    there = _numbers("About 1,500 US troops remain in Iraq.")
    assert len(ct.find_conflicts([leaving, *there])) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed and 25 others wounded.",
        "Three soldiers were killed and more than 25 wounded in the strike.",
        "Three soldiers were killed and 25 injured.",
        "The strike killed three soldiers and wounded more than 25.",
        "وقتل ثلاثة جنود وأصيب أكثر من 25 بجروح.",
    ],
)
def test_a_coordinated_count_does_what_its_own_verb_says(text: str) -> None:
    """The second count takes the first one's noun, and its own verb."""
    killed, wounded = _numbers(text)
    assert killed.question.key.split("|event=")[0] == "killed troops|count"
    assert wounded.question.key.split("|event=")[0] == "wounded troops|count"
    _number(killed, 3, ct.Hedge.EXACT, "troop")
    assert isinstance(wounded.figure, ct.NumberFigure)
    assert wounded.figure.value == 25


@pytest.mark.parametrize(
    "text",
    [
        "Troops will leave Iraq in the first half of 2026.",
        "وستغادر القوات العراق في النصف الأول من عام 2026.",
    ],
)
def test_the_first_half_of_a_year_is_no_first_phase(text: str) -> None:
    [claim] = _times(text)
    assert claim.question.event is None
    assert (_time(claim).value, _time(claim).value_high) == ("2026-Q1", "2026-Q2")


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول إن مهمة التحالف في العراق ستنتهي بحلول كانون الأول المقبل.",
        "وقال مسؤول إن مهمة التحالف في العراق ستنتهي بحلول كانون الأول 2025.",
        "Some 250 US advisers will remain until the end of 2026.",
        "Washington and Baghdad agreed in September 2024 to end the mission by "
        "September 2025.",
    ],
)
def test_no_phase_from_a_month_a_hedge_or_an_agreement_date(text: str) -> None:
    """كانون الأول is a month, "some 250" a hedge, an agreement date no phase.

    Nor is Baghdad beside Washington a place: the two governments agreed.
    """
    [deadline] = [c for c in _times(text) if c.question.property.value == "deadline"]
    assert deadline.question.key.startswith("end of the coalition mission")
    assert deadline.question.event is None


@pytest.mark.parametrize(
    ("text", "total", "part"),
    [
        ("The bloc holds at least 138 of the 329 seats in parliament.", 329, 138),
        ("وحصل التحالف على 138 مقعدا من أصل 329 في البرلمان.", 329, 138),
    ],
)
def test_a_part_of_a_total_is_not_the_total(text: str, total: int, part: int) -> None:
    """Both count seats; the part is some of them, never compared as the total."""
    by_value = {c.figure.value: c for c in _numbers(text)}  # type: ignore[union-attr]
    assert set(by_value) == {total, part}
    assert by_value[total].question.key == "seats|count"
    assert by_value[part].question.key.startswith("context: ")
    other = _numbers("The parliament has 329 seats.", doc_id="other")
    assert len(ct.find_conflicts([*by_value.values(), *other])) == 0


def test_an_earlier_dated_value_is_change_not_conflict() -> None:
    now, then = _numbers("About 2,500 troops are in Iraq, down from 5,200 in 2020.")
    _number(then, 5200, ct.Hedge.EXACT, "troop")
    assert then.question.window == "in 2020"
    assert len(ct.find_conflicts([now, then])) == 0


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The US has 2,500 or so troops in Iraq.", ct.Hedge.ABOUT),
        ("The US has 2,500-plus troops in Iraq.", ct.Hedge.MORE_THAN),
    ],
)
def test_a_hedge_between_the_number_and_its_noun(text: str, hedge: ct.Hedge) -> None:
    claim = _one(_numbers(text))
    _number(claim, 2500, hedge, "troop")
    assert claim.question.key == IRAQ_TROOPS


@pytest.mark.parametrize(
    ("text", "withdrawal"),
    [
        ("A total of 3,000 Iraqi soldiers completed training last year.", False),
        (
            "The coalition will end its military mission in Iraq by September 2025.",
            True,
        ),
        ("The U.S. will complete the drawdown in September 2026.", True),
        ("The withdrawal will be completed by September 2026.", True),
        # with no object, what ends is the subject: the talks, not the mission
        ("The negotiators said the talks would end in March 2026.", False),
        ("The first phase of the mission will end by September 2025.", True),
    ],
)
def test_an_ending_verb_with_another_object_is_no_withdrawal(
    text: str, withdrawal: bool
) -> None:
    [claim] = _times(text)
    assert claim.question.key.startswith("end of the coalition mission") is withdrawal


@pytest.mark.parametrize(
    "text",
    [
        "The second phase runs through September 2026.",
        "وتستمر المرحلة الثانية حتى أيلول 2026.",
    ],
)
def test_a_named_stage_with_a_deadline_is_a_stage_of_the_withdrawal(text: str) -> None:
    [claim] = _times(text)
    assert (
        claim.question.key
        == "end of the coalition mission|deadline|event=final phase (kurdistan region)"
    )


def test_operating_until_a_date_ends_there() -> None:
    text = "ستواصل قوات التحالف عملها في إقليم كردستان لغاية أيلول 2026."
    [claim] = _times(text)
    assert (
        claim.question.key
        == "end of the coalition mission|deadline|event=final phase (kurdistan region)"
    )


def test_a_phase_named_with_its_stage_noun_beats_completion() -> None:
    """ "complete the first phase": the first phase, not the final one."""
    [claim] = _times("The coalition will complete the first phase by September 2025.")
    assert claim.question.event == FIRST


@pytest.mark.parametrize(
    "text",
    [
        "The Sept. 11 attacks changed the region.",
        "The fall of Mosul in 2014 shocked the region.",  # no season
    ],
)
def test_look_alikes_of_seasons_and_days(text: str) -> None:
    assert not _numbers(text)
    assert all(_time(c).value_high is None for c in _times(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials said about 2,500 US troops are in Iraq. They said about 900"
        " are in Syria.",
        '"We have about 2,500 troops in Iraq," the spokesman said. "Around 900'
        ' are in Syria."',
        "وقال المتحدث إن نحو 2500 جندي في العراق. وأضاف أن نحو 900 في سوريا.",
    ],
)
def test_the_next_sentence_may_leave_the_noun_out(text: str) -> None:
    """ "… 2,500 troops are in Iraq. … 900 are in Syria": 900 troops."""
    iraq, syria = _numbers(text)
    assert iraq.question.place == "Iraq"
    _number(syria, 900, ct.Hedge.ABOUT, "troop")
    assert syria.question.place == "Syria"


def test_a_bare_number_far_from_a_place_takes_no_noun_from_before() -> None:
    assert (
        len(_numbers("The US has 2,500 troops in Iraq. Officials said 12 died.")) == 1
    )


def test_a_present_tense_schedule_is_ahead() -> None:
    """ "The mission ends Sept. 30, officials said": said is not when it ends."""
    [claim] = _times("The mission ends Sept. 30, officials said.")
    assert _time(claim).value == "2025-09-30"


@pytest.mark.parametrize("day", ["Oct. 7", "Sept. 11"])
def test_an_abbreviated_month_and_day_before_a_noun_is_a_date(day: str) -> None:
    """A date, not a count of 7 attacks; naming the event, it is no date claim."""
    claims = _claims(f"Since the {day} attacks, militias have struck US bases.")
    assert claims == []
    claims = _claims(f"Militias have struck US bases since {day}, 2023.")
    assert [c.figure.kind for c in claims] == ["time"]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. military has begun moving some of its roughly 2,500 troops out "
        "of Iraq, officials said.",
        "وبدأت القوات الأمريكية بسحب جزء من قواتها البالغة 2500 جندي من العراق.",
    ],
)
def test_moving_some_of_the_troops_leaves_their_total_a_total(text: str) -> None:
    """ "moving some of its 2,500 troops": the 2,500 are all of them, not movers."""
    assert _one(_numbers(text)).question.key == TROOPS_IRAQ


def test_additional_troops_are_not_all_the_troops() -> None:
    text = "Some 500 additional US troops arrived in Iraq last week."
    assert _one(_numbers(text)).question.key.startswith("additional us troops")


@pytest.mark.parametrize(
    "text",
    [
        "The US will pull its troops out of Baghdad by September 2025,"
        " two US officials said on Tuesday.",
        "وستنسحب القوات الأمريكية من بغداد بحلول أيلول 2025، قال مسؤولون الثلاثاء.",
    ],
)
def test_the_day_something_was_said_is_no_deadline(text: str) -> None:
    by_value = {str(c.figure): c.question.key for c in _times(text)}
    deadline = "end of the coalition mission|deadline|event=first phase (federal iraq)"
    assert by_value.pop("by 2025-09") == deadline
    [(day, key)] = by_value.items()
    assert key.startswith("context: "), (day, key)


def test_an_event_word_before_another_date_is_that_date_s_event() -> None:
    text = "The deal, signed in September 2024, ends the mission by September 2026."
    keys = {str(c.figure): c.question.key for c in _times(text)}
    assert keys["2024-09"] == "signing of the agreement|date"
    assert not keys["by 2026-09"].startswith("signing")


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal from Baghdad will be completed by September 2025"
        " and from Erbil by September 2026.",
        "وسيكتمل انسحاب القوات من بغداد بحلول أيلول 2025 ومن أربيل بحلول أيلول 2026.",
    ],
)
def test_completion_of_two_coordinated_parts_is_ordered_by_date(text: str) -> None:
    keys = {str(c.figure): c.question.key for c in _times(text)}
    assert keys == {
        "by 2025-09": FIRST_PHASE,
        "by 2026-09": FINAL_PHASE,
    }


def test_completion_of_a_lone_date_is_the_final_phase() -> None:
    text = "The remaining troops will complete their withdrawal by September 2026."
    assert _one(_times(text)).question.key == FINAL_PHASE


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,500 American soldiers are currently deployed in Iraq,"
        " while roughly 900 are stationed in neighbouring Syria.",
        "ينتشر نحو 2500 جندي أمريكي في العراق، بينما يتمركز قرابة 900 في سوريا.",
    ],
)
def test_a_contrasted_count_takes_the_noun_of_the_first(text: str) -> None:
    keys = {c.question.key: str(c.figure) for c in _numbers(text)}
    assert keys == {
        TROOPS_IRAQ: "about 2,500 troops",
        "us troops|count|place=syria": "about 900 troops",
    }


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("The coalition will leave Ain al-Asad by September 2025.", FIRST),
        ("وسينهي التحالف مهامه في إقليم كردستان بحلول نهاية 2026.", FINAL),
        ("Some 250 US advisers will remain in Erbil until the end of 2026.", FINAL),
    ],
)
def test_the_places_of_a_phase_name_it(text: str, phase: str) -> None:
    """The 2024 agreement: federal Iraq first, the Kurdistan region last."""
    key = _one(_times(text)).question.key
    assert key == f"end of the coalition mission|deadline|event={phase.lower()}"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The coalition will leave federal Iraq by September 2025"
            " and the Kurdistan region later.",
            "iraq",
        ),
        (
            "The coalition will end its mission by September 2025"
            " in Baghdad and Ain al-Asad.",
            "event=first phase (federal iraq)",  # the places of the first phase name it
        ),
    ],
)
def test_a_place_after_and_belongs_to_the_next_conjunct(text: str, place: str) -> None:
    key = _one(_times(text)).question.key
    expected = place if place.startswith("event=") else f"place={place}"
    assert key == f"end of the coalition mission|deadline|{expected}"


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon announced on Wednesday that US troops would stay in Iraq"
        " until September 2025.",
        "أعلن الجيش الأمريكي، الأربعاء، أن القوات الأمريكية ستبقى في العراق"
        " حتى أيلول 2025.",
    ],
)
def test_staying_until_a_date_is_a_deadline_not_the_announcement(text: str) -> None:
    keys = {str(c.figure): c.question.key for c in _times(text)}
    assert keys["by 2025-09"] == "end of the coalition mission|deadline|place=iraq"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("واشنطن - 20 - 12 (كونا) -- قال مسؤول إن 900 جندي في سوريا.", "KUNA"),
        ("بغداد في 7 أيلول 2025 (وام) / قال مسؤول إن 900 جندي في سوريا.", "WAM"),
    ],
)
def test_the_agency_of_a_dateline_is_the_channel(text: str, agency: str) -> None:
    [claim] = [c for c in _claims(text) if c.figure.kind == "number"]
    assert [s.name for s in _attribution(claim).citation_chain] == [agency]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - The defence minister said on Sunday that 2,500 troops would leave.",
        "ANKARA, May 8 (Xinhua) -- The defence minister said 2,500 troops would leave.",
        "Talks resume\nERBIL, Iraq, Sept 30 - The defence minister said 2,500 troops"
        " would leave.",
        "بغداد - قال وزير الدفاع إن 2500 جندي سيغادرون.",
        # Petra dates its datelines without في, QNA closes them with slashes
        "عمّان 30 أيلول (بترا)- قال وزير الدفاع إن 2500 جندي سيغادرون.",
        "الدوحة في 30 سبتمبر /قنا/ قال وزير الدفاع إن 2500 جندي سيغادرون.",
        "الحسكة (سوريا) (أ ف ب) - قال وزير الدفاع إن 2500 جندي سيغادرون.",
    ],
)
def test_a_dateline_is_neither_speaker_place_nor_claim(text: str) -> None:
    [claim] = [c for c in _claims(text) if c.figure.kind == "number"]
    # no place and no owner: troops leaving, from nowhere the text names
    assert claim.question.key == "leaving troops|count"
    assert claim.question.place is None
    speaker = _attribution(claim).speaker.name
    assert speaker in ("defence minister", "وزير الدفاع")
    assert not [c for c in _times(text) if "30" in str(c.figure)]
    assert _attribution(claim).evidence in ("2,500 troops", "2500 جندي")


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's prime minister said that 2,500 troops would leave.",
        "وقال رئيس الوزراء العراقي إن 2500 جندي سيغادرون.",
    ],
)
def test_the_speaker_s_title_does_not_scope_a_reported_count(text: str) -> None:
    question = _one(_numbers(text)).question
    assert question.place is None
    assert "iraqi" not in question.subject.split(":")[0]


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 troops will stay, officials said.",
        "Some 10,000 fighters took part in the parade.",
        "وشارك نحو 10 آلاف مقاتل في العرض.",
    ],
)
def test_a_count_of_nobody_s_troops_nowhere_is_never_compared(text: str) -> None:
    assert _one(_numbers(text)).question.key.startswith("context: ")


def test_an_outlet_is_not_in_the_chain_of_its_own_report() -> None:
    text = "كشفت مصادر مطلعة لـ«الشرق الأوسط» أن عدد الجنود لن يتجاوز ألفي جندي."
    awsat = ct.Source(name="Asharq Al-Awsat")
    own = _attribution(_one(_numbers(text, source=awsat)))
    relayed = _attribution(_one(_numbers(text, source=RIVER)))
    assert own.citation_chain == ()
    assert [s.name for s in relayed.citation_chain] == ["Asharq Al-Awsat"]
    # either way the anonymous sources were heard by Asharq Al-Awsat
    assert own.origin == relayed.origin


def test_a_count_like_a_year_does_not_cut_the_event_off() -> None:
    text = (
        "وقال الوزير إن نحو 2000 جندي من قوات التحالف سيغادرون بغداد قبل نهاية العام."
    )
    [claim] = _times(text)
    assert claim.question.key == (
        "end of the coalition mission|deadline|event=first phase (federal iraq)"
    )


def test_two_targets_for_one_date_are_compared() -> None:
    docs = [
        _doc(
            "The US will cut its force to fewer than 2,000 troops in Iraq"
            " by the end of 2025.",
            doc_id="a",
        ),
        _doc(
            "The US will keep about 2,500 troops in Iraq until the end of 2025.",
            doc_id="b",
            source=RIVER,
        ),
    ]
    claims = [c for d in docs for c in _numbers_of(d)]
    assert {c.question.key for c in claims} == {
        f"{TROOPS_IRAQ}|window=target for 2025-12-31"
    }
    [conflict] = ct.find_conflicts(claims)
    assert conflict.kind == ct.ConflictKind.CONTRADICTION


def _numbers_of(document: ct.Document) -> list[ct.Claim]:
    return [c for c in extract(document) if c.figure.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah, which has an estimated 10,000 fighters, claimed the attack.",
        "وأعلنت كتائب حزب الله، التي تضم نحو 10 آلاف مقاتل، مسؤوليتها عن الهجوم.",
    ],
)
def test_a_clause_on_a_group_s_size_gives_the_owner(text: str) -> None:
    assert _one(_numbers(text)).question.key == "kataib hezbollah fighters|count"


@pytest.mark.parametrize(
    "text",
    [
        "The base hosts about 1,500 US troops.",
        "وكانت القاعدة تضم نحو 1500 عسكري أمريكي قبل بدء الانسحاب.",
    ],
)
def test_troops_at_an_unnamed_base_are_not_the_country_s(text: str) -> None:
    assert _one(_numbers(text)).question.key.startswith("context: ")


def test_troops_at_a_named_base_are_that_base_s() -> None:
    text = "Ain al-Asad air base hosts about 1,500 US troops."
    claim = _one(_numbers(text, lang="en"))  # too short to tell its language
    assert claim.question.key == "us troops|count|place=ain al-asad"


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's foreign minister said that the coalition's mission will end in"
        " September 2026.",
        "وقال وزير الخارجية العراقي إن مهمة التحالف ستنتهي في أيلول 2026.",
    ],
)
def test_the_speaker_s_title_does_not_place_a_reported_deadline(text: str) -> None:
    assert _one(_times(text)).question.place is None


def test_lawmakers_approving_are_the_votes() -> None:
    text = "وصوت البرلمان على القرار بموافقة 170 نائبا."
    assert _one(_numbers(text)).question.key == "voting lawmakers|count"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 US troops left Ain al-Asad air base last week, two officials said.",
        "نقلت رويترز عن مصدرين أمنيين قولهما إن نحو 300 جندي أمريكي غادروا قاعدة عين"
        " الأسد.",
    ],
)
def test_troops_who_left_a_base_are_not_its_garrison(text: str) -> None:
    troops = [c for c in _numbers(text) if c.figure.unit == "troop"]
    claim = _one(troops)
    assert claim.question.key == "leaving us troops|count|place=ain al-asad"
    assert _attribution(claim).speaker.kind == "anonymous"


def test_the_remainder_departing_is_the_final_phase() -> None:
    text = (
        "Hundreds of troops would leave Baghdad by September 2025, with the remainder"
        " departing by the end of 2026."
    )
    keys = {str(c.figure): c.question.key for c in _times(text)}
    assert keys == {
        "by 2025-09": FIRST_PHASE,
        "by the end of 2026": FINAL_PHASE,
    }


@pytest.mark.parametrize(
    "text",
    [
        "The US has relocated about 1,000 troops to Erbil, officials said.",
        "وأكدت مصادر أن القوات الأمريكية نقلت نحو ألف جندي إلى أربيل.",
    ],
)
def test_troops_moved_somewhere_are_not_its_garrison(text: str) -> None:
    assert _one(_numbers(text)).question.key == "moved us troops|count|place=erbil"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Around 1,500 US-led coalition troops will remain in Erbil, officials"
            " said.",
            "the us-led coalition troops|count|place=erbil",
        ),
        (
            "The coalition trained some 40,000 Peshmerga fighters, officials said.",
            "trained peshmerga fighters|count",
        ),
        (
            "ودرب التحالف نحو 40 ألف مقاتل من البيشمركة.",
            "trained peshmerga fighters|count",
        ),
    ],
)
def test_hyphenated_modifiers_groups_in_the_figure_and_training(
    text: str, key: str
) -> None:
    troops = [c for c in _numbers(text) if c.figure.unit in ("troop", "fighter")]
    assert _one(troops).question.key == key


@pytest.mark.parametrize(
    "text",
    [
        "There have been 150 attacks on U.S. forces since October 17 -- 60 in Iraq"
        " and 90 in Syria, the Pentagon said.",
        "The Pentagon said there had been 150 attacks on US forces since October 17,"
        " 60 of them in Iraq.",
        "وتعرضت القوات الأمريكية لـ150 هجوماً منذ 17 تشرين الأول، 60 منها في العراق.",
    ],
)
def test_a_count_broken_down_by_place(text: str) -> None:
    keys = {str(c.figure): c.question.key for c in _numbers(text)}
    assert keys["150 attacks"] == "attacks|count|window=since 2024-10-17"
    assert keys["60 attacks"] == "attacks|count|place=iraq|window=since 2024-10-17"
    # no place the alias table knows: no part ("40 in Europe" is not the coalition)
    assert [
        str(c.figure) for c in _numbers("The coalition has 86 members: 40 in Europe.")
    ] == ["86 members"]


def test_n_more_reaches_back_over_a_long_sentence() -> None:
    text = (
        "“We have roughly 2,500 troops in Iraq, and that is not going to change soon,”"
        " said a senior defense official, who spoke on condition of anonymity under"
        " rules set by the Pentagon. He added that some 900 more were in Syria."
    )
    assert sorted(str(c.figure) for c in _numbers(text)) == [
        "about 2,500 troops",
        "about 900 troops",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقال أبو مصطفى، وهو سائق يبلغ من العمر 47 عاماً، إن الطريق أُغلق.",
        "The driver, who is 47 years old, said the road was closed.",
        # the year of a numbered law is part of its name
        "ويستند الطلب إلى قانون عقد المعاهدات رقم 35 لسنة 2015.",
        "The request rests on Law No. 35 of 2015.",
    ],
)
def test_an_age_and_a_law_s_year_are_no_claims(text: str) -> None:
    assert _claims(text) == []


def test_a_month_expected_ahead_is_the_next_one() -> None:
    doc = "A final decision is expected by the end of March, the people said."
    [claim] = _claims(doc, published="2024-12-01")
    assert str(claim.figure) == "by the end of 2025-03"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a count that held once, with nothing to say when, is no claim of today
        ("The coalition, which once had 86 members, now counts 87.", ["87 members"]),
        (
            "Britain, which previously had 400 troops in Iraq, now has about 100.",
            ["about 100 troops"],
        ),
        ("Washington used to have more than 5,000 soldiers in Iraq.", []),
        ("وكان التحالف يضم سابقاً 86 دولة.", []),
        (
            "وبعد أن كان عدد القوات الأمريكية 5200 جندي، بات اليوم نحو 2500.",
            ["about 2,500 troops"],
        ),
        # a date says when it held: a count of then
        (
            "At its peak in 2007, the US had about 170,000 troops in Iraq.",
            ["about 170,000 troops"],
        ),
        # after a count, بعد أن كان brings in the earlier one: the first is today's
        ("وبلغ عدد الجنود الأمريكيين 2500 جندي بعد أن كان 5200.", ["2,500 troops"]),
    ],
)
def test_a_former_count_without_a_date_is_no_claim(text: str, kept: list[str]) -> None:
    assert [str(c.figure) for c in _numbers(text)] == kept


def test_a_former_count_makes_no_false_conflict() -> None:
    claims = _claims("The coalition, which once had 86 members, now counts 87.")
    assert len(ct.find_conflicts(claims)) == 0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a state that backs the attackers is not where they struck
        ("Militias backed by Iran launched 12 drones at the base.", "drones|count"),
        ("وأطلقت فصائل موالية لإيران 5 صواريخ على القاعدة.", "rockets|count"),
        ("وأطلقت فصائل مدعومة من إيران 5 صواريخ على القاعدة.", "rockets|count"),
        (
            "وأطلقت الفصائل الموالية لإيران في العراق 5 صواريخ على القاعدة.",
            "rockets|count|place=iraq",
        ),
        ("Groups loyal to Iran fired 9 rockets at US forces in Syria.", "place=syria"),
    ],
)
def test_a_backer_is_no_place(text: str, key: str) -> None:
    assert _one(_numbers(text)).question.key.endswith(key)


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر لـ«الغد برس» إن 12 صاروخاً سقطت على القاعدة.",
        "وقال مصدر لصحيفة الغد إن 12 صاروخاً سقطت على القاعدة.",
    ],
)
def test_an_outlet_named_tomorrow_is_no_date(text: str) -> None:
    assert _times(text) == []


def test_tomorrow_is_still_a_date() -> None:
    [claim] = _times("وقال مصدر إن 12 صاروخاً ستصل الغد.", published="2025-06-15")
    assert str(claim.figure) == "2025-06-16"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the noun of the count just before, over a sentence break
        (
            "In 2017 there were more than 5,000 troops in Iraq. Today there are"
            " about 2,500.",
            ["more than 5,000 troops", "about 2,500 troops"],
        ),
        # an earlier count, cited before: no count of today
        (
            "The US has roughly 2,000 troops in Syria, more than double the 900 it"
            " had acknowledged.",
            ["about 2,000 troops"],
        ),
        (
            "The plan cuts the number of troops in Syria from about 2,000 to under"
            " 1,000.",
            ["about 2,000 troops", "fewer than 1,000 troops"],
        ),
        (
            "America keeps some 2,500 troops in Iraq; another 900 or so sit in Syria.",
            ["about 2,500 troops", "about 900 troops"],
        ),
        (
            "In 2023 there were 900 troops in Syria. The force will be over 2,000"
            " by May.",
            ["900 troops", "more than 2,000 troops"],
        ),
        # the answer to "how many …?"
        (
            "SEN. COLE: How many service members are in Iraq today?\n"
            "GEN. ORTIZ: Approximately 2,500.",
            ["about 2,500 troops"],
        ),
        # not a number that only labels or ages something
        ("Three soldiers were killed at Tower 22 in Jordan.", ["3 troops"]),
        (
            "About 60 percent of the residents are children under 12.",
            ["about 60 percent"],
        ),
        ("Two officials said 2,500 would stay.", ["2 officials"]),
    ],
)
def test_a_count_may_leave_out_the_noun_just_named(text: str, found: list[str]) -> None:
    assert [str(c.figure) for c in _numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the question says whose and where; the answer only how many
        (
            "How many US troops are in Iraq? About 2,500, according to the Pentagon.",
            "us troops|count|place=iraq",
        ),
        (
            "How many troops does the US keep in Syria? The Pentagon says roughly 900.",
            "us troops|count|place=syria",
        ),
        (
            "كم عدد القوات الأمريكية في العراق؟ نحو 2500 جندي.",
            "us troops|count|place=iraq",
        ),
        (
            "كم يبلغ عدد الجنود الأمريكيين في سوريا؟ قرابة 900 جندي بحسب مسؤولين.",
            "us troops|count|place=syria",
        ),
        # the earlier count that named the noun says it, but not its time
        (
            "The US had 2,500 troops in Iraq in 2021. Today there are about 2,000,"
            " officials said.",
            "us troops|count|place=iraq",
        ),
        # the answer's own words win
        (
            "How many US troops are in Iraq? About 2,500, and 900 of them in Erbil.",
            "us troops|count|place=erbil",
        ),
    ],
)
def test_an_answer_takes_whose_and_where_from_what_it_answers(
    text: str, key: str
) -> None:
    assert _numbers(text)[-1].question.key == key


def test_where_a_change_started_takes_the_question_only_when_it_is_today() -> None:
    # a change to come starts from today's count, of the same forces
    *_, claim = _numbers(
        "Washington will cut its forces in Syria to under 1,000 troops this year."
        " That is down from about 2,000."
    )
    assert claim.question.key == "us troops|count|place=syria"
    # a past change started at another time, which its words need not say
    *_, claim = _numbers(
        "The alliance now has 86 members, up from 60 when it was formed."
    )
    assert claim.question.key.startswith("context: ")


def test_an_answer_after_another_question_keeps_its_own_words() -> None:
    # an indirect question has no mark: nothing answers it
    [claim] = _numbers("It is unclear how many troops will stay. About 500 may remain.")
    assert claim.question.key.startswith("context: ")
    # a question on another noun is not what a count of troops answers
    [claim] = _numbers("How many bases are there? Officials counted 2,000 troops.")
    assert claim.question.key.startswith("context: ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Militias fired upward of 180 rockets.", "more than 180 rockets"),
        ("They came at night, maybe 20 trucks.", "about 20 trucks"),
        ("It is still well over 1,000 troops.", "more than 1,000 troops"),
        (
            "Fewer than 2,000 troops remain, down from ~2,500 troops a year ago.",
            "about 2,500 troops",
        ),
    ],
)
def test_more_english_hedges(text: str, found: str) -> None:
    assert found in [str(c.figure) for c in _numbers(text)]


def test_a_weekday_range_ends_after_it_starts() -> None:
    [claim] = _times(
        "The consular section is open from Sunday to Thursday.",
        published="2024-01-05",
    )
    assert str(claim.figure) == "2024-01-07–2024-01-11"


def test_a_failing_document_ends_no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.extract import pipeline

    real = pipeline.extract

    def flaky(document: ct.Document) -> list[ct.Claim]:
        if document.id == "bad":
            raise KeyError("a rule tripped")
        return real(document)

    monkeypatch.setattr(pipeline, "extract", flaky)
    docs = [
        _doc("About 2,500 troops remain in Iraq.", doc_id="good"),
        _doc("About 900 troops remain in Syria.", doc_id="bad"),
    ]
    claims, errors = ct.extract_all(docs, workers=1, progress=False)
    assert [str(c.figure) for c in claims] == ["about 2,500 troops"]
    assert len(errors) == 1
    assert errors[0].startswith("bad: extraction failed (KeyError")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "there" and "in the country" name the place said before them
        (
            "Ankara controls a strip of Syria, while Washington keeps some 2,000"
            " troops there.",
            "syria",
        ),
        (
            "The Pentagon plans to close two outposts in Syria. The force there,"
            " now about 1,500 troops, would shrink.",
            "syria",
        ),
        (
            "Claim: all US troops have left Iraq. Verdict: False. About 2,000 US"
            " troops were still in the country in September.",
            "iraq",
        ),
        (
            "انسحبت القوات من العراق جزئيا. ولا يزال نحو 2000 جندي أمريكي في البلاد.",
            "iraq",
        ),
    ],
)
def test_a_count_there_or_in_the_country_is_where_the_text_just_was(
    text: str, place: str
) -> None:
    [claim] = [c for c in _numbers(text) if c.figure.unit == "troop"]
    assert claim.question.place is not None
    assert claim.question.place.lower() == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the sentence before names one host country
            "The combat mission in Iraq ended on Thursday. About 2,500 US troops"
            " will stay on as advisers, a US official said.",
            "Iraq",
        ),
        (  # a question and its answer
            "How many American soldiers are in Syria today? Roughly 1,400 US"
            " soldiers, the general replied.",
            "Syria",
        ),
        (  # in its own sentence, before the figure, outside its clause
            "The drawdown in Syria is moving fast, and about 900 US troops"
            " remain, officials said.",
            "Syria",
        ),
        (
            "انتهت المهمة القتالية في العراق. وسيبقى نحو 2500 جندي أمريكي مستشارين.",
            "Iraq",
        ),
        (  # Iran is an actor in this story, not where a force is
            "Iran-backed groups stepped up attacks in Syria last week. About"
            " 900 US troops are deployed, a spokesman said.",
            "Syria",
        ),
        # two host countries before: which one is unsaid
        ("Strikes hit Iraq and Syria overnight. About 2,500 US troops remain.", None),
        # a city there may be where the count is
        (
            "The last convoy left Baghdad for Erbil. Fewer than 2,000 US troops"
            " remain.",
            None,
        ),
        # whose troops is unsaid: any two such counts may be of other forces
        ("The mission in Iraq is over. About 2,500 troops will stay.", None),
        # the killed of one attack are not the country's force
        ("A drone struck a base in Syria. Three US soldiers were killed.", None),
        # the count is at a base, not in the whole country
        (
            "The drawdown in Iraq is under way. Fewer than 400 US personnel remain"
            " at the installation.",
            None,
        ),
    ],
)
def test_a_force_counted_with_no_place_is_in_the_host_country_named_before(
    text: str, place: str | None
) -> None:
    [claim] = [c for c in _numbers(text) if c.figure.unit in ("troop", "soldier")]
    assert claim.question.place == place


def test_a_total_before_a_dashed_breakdown_takes_none_of_its_places() -> None:
    text = (
        "US forces have come under fire 170 times since October — 67 times in"
        " Iraq and 102 in Syria."
    )
    places = {str(c.figure): c.question.place for c in _numbers(text)}
    assert places == {"170 attacks": None, "67 attacks": "Iraq", "102 attacks": "Syria"}


@pytest.mark.parametrize(
    "text",
    [
        # an existential "there" points nowhere
        "Syria was quiet. There are about 900 troops, officials said.",
        # nothing was named before
        "About 900 troops remain there, officials said.",
    ],
)
def test_a_count_with_no_place_to_point_back_to_has_none(text: str) -> None:
    [claim] = [c for c in _numbers(text) if c.figure.unit == "troop"]
    assert claim.question.place is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject of a verb of counting is what is counted
        (
            "American forces in Iraq now number somewhere between 1,800 and 2,000.",
            "1,800–2,000 troops",
        ),
        (
            "Militia attacks on U.S. personnel, which numbered upward of 180, ceased.",
            "more than 180 attacks",
        ),
        (
            "The U.S. troops currently deployed, numbering about 2,500, will leave.",
            "about 2,500 troops",
        ),
        # so is the subject of a verb of where a count stands or has moved to
        (
            "Drone attacks on the bases now stand at 178, an official said.",
            "178 attacks",
        ),
        ("Rocket strikes on the embassy rose to 40 last month.", "40 strikes"),
        ("Coalition airstrikes reached 96 in March.", "96 strikes"),
        # a change from an earlier count keeps its noun
        ("Some 21 camps remained open, down from 26 a year earlier.", "26 camps"),
        ("The base now hosts 900 troops, up from 600 in May.", "600 troops"),
    ],
)
def test_a_count_takes_the_noun_of_its_verb_or_of_the_count_it_changes(
    text: str, found: str
) -> None:
    assert found in [str(c.figure) for c in _numbers(text)]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "By the Pentagon's count, about 2,000 troops remain in Iraq.",
            "office",
            "Pentagon",
        ),
        (
            "According to the Pentagon’s tally, about 2,000 troops remain in Iraq.",
            "office",
            "Pentagon",
        ),
        # "by" is a source only before someone's count
        (
            "About 2,000 troops will remain in Iraq by September.",
            "outlet",
            "the outlet",
        ),
    ],
)
def test_whose_count_it_is(text: str, kind: str, name: str) -> None:
    [claim] = _numbers(text)
    speaker = _attribution(claim).speaker
    assert (speaker.kind.value, speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A senior Western diplomat said about 2,000 troops remain in Iraq.", 1),
        ("One of the officials said about 2,000 troops remain in Iraq.", 1),
        ("وقال أحد المسؤولين إن نحو ألفي جندي باقون في العراق.", 1),
        ("A number of officials said about 2,000 troops remain in Iraq.", None),
        ("A few sources said about 2,000 troops remain in Iraq.", None),
    ],
)
def test_an_unnamed_source_of_one(text: str, count: int | None) -> None:
    [claim] = _numbers(text)
    speaker = _attribution(claim).speaker
    assert (speaker.kind.value, speaker.count) == ("anonymous", count)


def test_an_ordinal_day_after_a_merged_article_and_a_range_of_two_granularities() -> (
    None
):
    # ل + الثاني عشر is written للثاني عشر; a range from a day to a month end
    # is read at month granularity (both once crashed extract).
    [day] = _times("وأعلنت الحكومة ذلك الموافق للثاني عشر من أيلول 2024.")
    assert str(day.figure) == "2024-09-12"
    [span] = _times(
        "وقعت 57 هجوماً خلال الفترة بين 17 تشرين الأول 2023 ونهاية شباط 2024."
    )
    assert str(span.figure) == "2023-10–2024-02"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a frame set off mid-sentence, the sentence going on after it
        (
            "The remaining US force, officials said, will shrink to 2,000 troops.",
            "anonymous",
        ),
        # a relative clause on a noun frames nothing
        (
            "Militias carried out 11 attacks in Iraq, according to USCENTCOM, fewer "
            "than the 26 attacks it reported before.",
            "office",
        ),
        # "At least" opens a figure, not an adjunct
        (
            "At least 19 service members were hurt in the attack on the base, a U.S. "
            "official told Reuters, a number the Pentagon had put lower.",
            "anonymous",
        ),
    ],
)
def test_the_frame_of_a_sentence_it_interrupts(text: str, kind: str) -> None:
    first = _numbers(text)[0]
    assert _attribution(first).speaker.kind.value == kind


def test_a_date_the_model_rejects_is_logged_not_fatal(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from claimtrack.extract import dates as dates_module
    from claimtrack.extract.pipeline import _time_figure

    bad = dates_module.DateMention(
        start=3,
        end=9,
        kind="date",
        value="2023-10-17",
        value_high="2024-02",
        granularity="day",
        part="whole",
        hedge="exact",
        relative=None,
        resolved_against=None,
        lang="en",
    )
    with caplog.at_level("WARNING"):
        assert _time_figure(bad) is None
    assert "at [3, 9) not read" in caplog.text


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("وقال مسؤول عراقي لـ«عربي بوست» إن نحو ألفي جندي باقون.", "عربي بوست"),
        ("وقال مسؤول عراقي لـ«الجريدة» إن نحو ألفي جندي باقون.", "الجريدة الكويتية"),
        (
            "An official told Fox News Digital that about 2,000 troops remain.",
            "Fox News",
        ),
    ],
)
def test_the_publisher_named_in_its_own_report_is_no_relay(
    text: str, outlet: str
) -> None:
    [claim] = _numbers(text, source=ct.Source(name=outlet))
    assert _attribution(claim).citation_chain == ()
    # published elsewhere, the same outlet is a relay
    [claim] = _numbers(text)
    assert len(_attribution(claim).citation_chain) == 1


@pytest.mark.parametrize(
    ("text", "kind", "name", "chain"),
    [
        (
            "14:05 — مصدر أمني عراقي: سقوط ثلاثة صواريخ قرب قاعدة عين الأسد.",
            "anonymous",
            "مصدر أمني عراقي",
            [],
        ),
        (
            "عاجل | مصادر «الحدث»: انسحاب 150 جندياً من قاعدة عين الأسد.",
            "anonymous",
            "مصادر",
            ["Al Hadath"],
        ),
        (
            "سؤال: هل غادرت القوات؟ / الناطق باسم وزارة الدفاع، العميد ضياء الوائلي:"
            " غادرها ألفان وخمسمئة عسكري.",
            "person",
            "ضياء الوائلي",
            [],
        ),
        # a heading before a colon is no source
        (
            "Key findings: the coalition trained 250,000 troops.",
            "outlet",
            "the outlet",
            [],
        ),
    ],
)
def test_a_source_named_before_a_colon(
    text: str, kind: str, name: str, chain: list[str]
) -> None:
    [claim] = _numbers(text)
    att = _attribution(claim)
    assert (att.speaker.kind.value, att.speaker.name) == (kind, name)
    assert [s.name for s in att.citation_chain] == chain


@pytest.mark.parametrize(
    ("text", "name", "chain"),
    [
        (
            "وتقول أوساط سياسية في بغداد إن نحو ألفي جندي سيغادرون العراق.",
            "أوساط سياسية في بغداد",
            [],
        ),
        ("ويرى خبراء أن نحو ألفي جندي سيبقون في العراق.", "خبراء", []),
        # an outlet learns from its sources: they speak, through it
        (
            "وعلمت وكالة الأنباء العراقية من مصدر أمني أن 40 جندياً غادروا.",
            "مصدر أمني",
            ["Iraqi News Agency (INA)"],
        ),
    ],
)
def test_unnamed_circles_and_what_an_outlet_learned(
    text: str, name: str, chain: list[str]
) -> None:
    [claim] = _numbers(text)
    att = _attribution(claim)
    assert (att.speaker.kind.value, att.speaker.name) == ("anonymous", name)
    assert [s.name for s in att.citation_chain] == chain


def test_an_office_before_a_slash_is_a_letterhead_not_a_dateline() -> None:
    text = (
        "وزارة الداخلية / مديرية العلاقات والإعلام\nبيان\n"
        "وتم نشر (320) منتسباً من ألوية الحدود في المخافر المستلمة."
    )
    claim = _one(_numbers(text))
    assert claim.figure.value == 320
    assert claim.attributions[0].speaker.name == "وزارة الداخلية"


@pytest.mark.parametrize(
    "text",
    [
        "وزارة الدفاع\nالعدد: 17\nالتاريخ: 2/9/2025\nستغادر القوات في أيلول 2026.",
        "قال المتحدث إن القوات ستغادر في أيلول 2026.\nبغداد – 15 أيلول 2025",
        "Statement\nSeptember 12, 2025\nThe spokesman said troops leave in September"
        " 2026.",
        "Up to 850 members may deploy until September 2026.\nDate modified: 2024-07-12",
    ],
)
def test_the_documents_own_date_is_no_claim(text: str) -> None:
    doc = ct.Document(id="d", published=date(2025, 9, 15), text=text)
    assert [c.figure.value for c in extract(doc) if c.figure.kind == "time"] == [
        "2026-09"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Key facts\n• Established: October 2018\n• Headquarters: Baghdad",
        "Timeline\nThe coalition was formed in\nSeptember 2014",
        "September 2014",
    ],
)
def test_a_date_with_words_of_its_own_is_a_claim(text: str) -> None:
    doc = ct.Document(id="d", published=date(2025, 9, 15), lang="en", text=text)
    assert len(extract(doc)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "ترفع اللجنة تقاريرها إلى المجلس كل أسبوعين.",
        "Command of the mission rotates every 12 months.",
    ],
)
def test_how_often_is_no_duration(text: str) -> None:
    doc = ct.Document(id="d", published=date(2025, 9, 15), text=text)
    assert extract(doc) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a stated range is a claim however small; "several" is too vague
        ("The drawdown will take between six and nine months.", "6–9 months"),
        ("ستستغرق العملية بين ستة وتسعة أشهر.", "6–9 months"),
        ("Six to eight rockets hit the base.", "6–8 rockets"),
    ],
)
def test_a_small_stated_range_is_a_claim(text: str, figure: str) -> None:
    doc = ct.Document(id="d", published=date(2024, 2, 12), text=text)
    assert [str(c.figure) for c in extract(doc)] == [figure]


def test_several_is_still_too_vague() -> None:
    doc = ct.Document(id="d", lang="en", text="Several rockets hit the base.")
    assert extract(doc) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "N of them" in a known place is a part of what was just counted
        (
            "وطالت الضربات سبع منشآت، أربع منها في سوريا وثلاث في العراق.",
            {"7 facilities", "4 facilities", "3 facilities"},
        ),
        (
            "The strikes hit seven facilities, four of them in Syria.",
            {"7 facilities", "4 facilities"},
        ),
        # but not without a place: the part would lose the whole's event
        ("قتل خمسة جنود، ثلاثة منهم أمريكيون.", {"5 troops"}),
        # a dual "others" takes the noun of the count before
        ("قتل أربعة عناصر من الحشد وأصيب اثنان آخران.", {"4 troops", "2 troops"}),
    ],
)
def test_parts_and_others(text: str, figures: set[str]) -> None:
    doc = ct.Document(id="d", published=date(2024, 2, 12), text=text)
    assert {str(c.figure) for c in extract(doc)} == figures


def test_a_plan_to_cut_keeps_the_count_it_starts_from() -> None:
    text = (
        "أعدّت الوزارة خطة لتقليص القوات في سوريا من نحو ألفي جندي إلى قرابة ألف جندي."
    )
    doc = ct.Document(id="d", published=date(2025, 3, 18), text=text)
    assert {str(c.figure) for c in extract(doc)} == {
        "about 2,000 troops",
        "about 1,000 troops",
    }


def test_an_agency_dateline_with_a_colon_relays_the_story() -> None:
    text = "بغداد – رويترز:\nقال مسؤولان أمنيان عراقيان إن 250 عسكرياً نقلوا إلى أربيل."
    doc = ct.Document(id="d", source=ct.Source(name="الرؤية"), text=text)
    [claim] = [
        c for c in extract(doc) if c.figure.kind == "number" and c.figure.value == 250
    ]
    assert [s.name for s in claim.attributions[0].citation_chain] == ["Reuters"]


def test_an_editions_name_is_its_outlets() -> None:
    text = "طهران - فارس: قال مسؤول إن 250 عسكرياً نقلوا إلى أربيل."
    doc = ct.Document(id="d", source=ct.Source(name="وكالة فارس (العربية)"), text=text)
    assert all(not c.attributions[0].citation_chain for c in extract(doc))


def test_the_day_a_withdrawal_happened_is_no_rival_to_its_deadline() -> None:
    left = ct.Document(
        id="a",
        source=ct.Source(name="A"),
        published=date(2025, 9, 25),
        text="قال مسؤولان إن آخر دفعة من قوات التحالف غادرت عين الأسد اليوم الخميس.",
    )
    due = ct.Document(
        id="b",
        source=ct.Source(name="B"),
        published=date(2025, 9, 1),
        text="قال مسؤولون إن قوات التحالف ستغادر قاعدة عين الأسد بحلول 30 أيلول.",
    )
    claims = [c for d in (left, due) for c in extract(d) if c.figure.kind == "time"]
    assert sorted(c.question.property.value for c in claims) == ["date", "deadline"]
    assert len(ct.find_conflicts(claims)) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a deadline by name, and a date still ahead, stay deadlines
        "It was among the last units to leave Ain al-Asad before the Sept. 30"
        " deadline, a spokeswoman said.",
        "The coalition will leave Ain al-Asad in September 2025, officials said.",
    ],
)
def test_a_deadline_by_name_or_ahead_stays_a_deadline(text: str) -> None:
    published = date(2025, 10, 13) if "deadline" in text else date(2025, 9, 1)
    doc = ct.Document(id="d", published=published, lang="en", text=text)
    [claim] = [c for c in extract(doc) if c.figure.kind == "time"]
    assert claim.question.property.value == "deadline"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition will leave federal Iraq by September 2025 and the Kurdistan"
        " region a year later.",
        "The coalition will leave Baghdad and Ain al-Asad by 30 September 2025, and"
        " the Kurdistan region a year later.",
        "It pledged to end the mission in Baghdad “no later than the end of September,"
        " 2025,” and in Kurdistan a year after that.",
        "وتنتهي المهمة في بغداد بحلول أيلول 2025، وفي إقليم كردستان بعد عام من ذلك.",
    ],
)
def test_the_second_deadline_a_year_later_is_the_final_phase(text: str) -> None:
    """A deadline counted from the first is the next phase's, after a comma too."""
    claims = _times(text, published=date(2024, 10, 15))
    assert [c.question.key for c in claims] == [FIRST_PHASE, FINAL_PHASE]
    assert [c.figure.value for c in claims][1].startswith("2026-09")


def test_the_end_of_the_year_comes_after_a_month_of_that_year() -> None:
    text = (
        "The coalition will leave federal Iraq by September 2025 and the Kurdistan"
        " region by the end of the year."
    )
    assert [c.question.key for c in _times(text)] == [FIRST_PHASE, FINAL_PHASE]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The minister said US forces in Iraq, whose number he put at about 2,500,"
            " would leave.",
            "about 2,500 troops",
        ),
        (
            "US forces in Iraq, whose number stands at 2,500, will leave.",
            "2,500 troops",
        ),
        ("القوات الأمريكية في العراق، التي يبلغ عددها 2500، ستغادر.", "2,500 troops"),
        (
            "وستغادر القوات الأمريكية في العراق التي يبلغ عددها نحو 2500.",
            "about 2,500 troops",
        ),
    ],
)
def test_a_relative_clause_counts_the_noun_before_it(text: str, figure: str) -> None:
    """ "whose number …", التي يبلغ عددها: the number is the noun's before it."""
    [claim] = _numbers(text)
    assert (str(claim.figure), claim.question.key) == (figure, TROOPS_IRAQ)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Iraqi official prose brackets its counts: the figure, not an aside
        (
            "وزارة الداخلية – بيان: ألقت المفارز القبض على (3) متهمين بإطلاق صواريخ.",
            "3 suspects",
        ),
        ("واعتقلت القوات 5 مشتبه بهم قرب المطار.", "5 suspects"),
        ("Police in Baghdad arrested 4 suspects.", "4 suspects"),
    ],
)
def test_suspects_are_counted_and_a_bracketed_count_is_the_figure(
    text: str, figure: str
) -> None:
    claim = _one(_numbers(text))
    assert str(claim.figure) == figure
    if "وزارة" in text:
        assert _attribution(claim).speaker.name == "وزارة الداخلية"
