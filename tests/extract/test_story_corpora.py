"""End to end on small corpora of our own: the disagreements, and only those.

Each corpus is a few short articles in our own words, in the styles of
different outlets, telling the coalition story with the real disagreements
(coalition size, the final deadline) and the look-alikes that must stay quiet
(other times, other periods, targets, a 2021 deadline for combat troops,
"about 2,500" against 2,500).
"""

from __future__ import annotations

from datetime import date

import claimtrack as ct

WIRE = ct.Source(name="Wire One")
MADA = ct.Source(name="Al-Mada")
DAILY = ct.Source(name="Daily Two")
RUDAW = ct.Source(name="Rudaw")
FINAL_PHASE = (
    "end of the coalition mission|deadline|event=final phase (kurdistan region)"
)


def _report(*docs: tuple[ct.Source, str, str]) -> ct.ConflictReport:
    documents = [
        ct.Document(
            id=f"doc-{k}", source=source, published=date.fromisoformat(day), text=text
        )
        for k, (source, day, text) in enumerate(docs)
    ]
    claims, errors = ct.extract_all(documents, workers=1, progress=False)
    assert errors == []
    return ct.find_conflicts(claims)


def _summary(report: ct.ConflictReport) -> set[tuple[str, str]]:
    return {(c.question.key, c.kind.value) for c in report}


def test_coalition_size_and_targets() -> None:
    report = _report(
        (
            WIRE,
            "2025-03-10",
            "About 2,500 U.S. troops remain in Iraq and about 900 in Syria, the "
            "Pentagon said on Monday. The coalition, which comprises 86 countries, "
            "will end its mission in Baghdad by September 2025 and in Erbil by "
            "September 2026.",
        ),
        (
            MADA,
            "2025-03-12",
            "قال مسؤول عسكري أمريكي إن نحو 2500 جندي أمريكي ما زالوا في العراق، فيما"
            " ينتشر قرابة 900 آخرين في سوريا. وأضاف أن عدد القوات في سوريا سينخفض إلى"
            " أقل من ألف جندي خلال الأشهر المقبلة. وأشار إلى أن التحالف الدولي الذي يضم"
            " أكثر من 60 دولة ومنظمة سينهي مهامه في إقليم كردستان بحلول نهاية 2026.",
        ),
        (
            DAILY,
            "2025-03-14",
            "The U.S. will cut its forces in Iraq to about 2,000 troops by the end of "
            "2025, officials said. Militias carried out 20 attacks on U.S. bases last "
            "month. Of the roughly 2,500 U.S. troops in Iraq, about 1,000 are based "
            "in Erbil.",
        ),
    )
    # Erbil by September 2026 and إقليم كردستان by the end of 2026: the
    # Kurdistan region is the final phase, and the two deadlines differ.
    assert _summary(report) == {
        ("members of the us-led coalition|count", "divergence"),
        (FINAL_PHASE, "divergence"),
    }


def test_final_deadline_but_not_the_combat_troops_of_2021() -> None:
    report = _report(
        (
            WIRE,
            "2021-07-26",
            "President Biden said U.S. combat troops would leave Iraq by the end of "
            "2021, shifting to an advisory role. About 2,500 U.S. troops are in Iraq.",
        ),
        (
            MADA,
            "2024-09-27",
            "أعلنت واشنطن وبغداد أن مهمة التحالف العسكرية ستنتهي في أيلول 2025، على أن"
            " تبقى القوات في إقليم كردستان حتى أيلول 2026. ويبلغ عدد القوات الأمريكية"
            " في العراق 2500 جندي.",
        ),
        (
            DAILY,
            "2024-09-28",
            "The U.S.-led coalition will end its military mission in Iraq by September "
            "2025, the two governments said, with a residual presence in Erbil until "
            "September 2026. The U.S. has roughly 2,500 troops in the country.",
        ),
        (
            RUDAW,
            "2024-10-02",
            "وقال السوداني إن المرحلة الأولى من الانسحاب ستنتهي في أيلول 2025 والمرحلة"
            " الثانية في نهاية 2026.",
        ),
    )
    assert _summary(report) == {
        (FINAL_PHASE, "divergence"),
    }
    [conflict] = report
    values = {str(side.figure) for side in conflict.sides}
    assert values == {"the end of 2026", "by 2026-09"}


def test_attack_tallies_of_other_periods_are_quiet() -> None:
    report = _report(
        (
            WIRE,
            "2024-02-05",
            "Iran-backed militias have attacked U.S. forces in Iraq and Syria more "
            "than 150 times since Oct. 17, 2023, the Pentagon said. In January alone "
            "there were 40 attacks.",
        ),
        (
            MADA,
            "2024-02-20",
            "وقالت وزارة الدفاع الأمريكية إن الفصائل شنت نحو 170 هجوماً على القوات"
            " الأمريكية منذ 17 تشرين الأول 2023. وأضافت أن 60 هجوماً وقعت في العراق.",
        ),
        (
            DAILY,
            "2024-01-30",
            "U.S. forces have come under attack 66 times since mid-October, officials "
            "said. A drone attack in Jordan killed three U.S. soldiers on Jan. 28.",
        ),
        (
            RUDAW,
            "2024-01-29",
            "أسفر هجوم بطائرة مسيرة على قاعدة في الأردن عن مقتل ثلاثة جنود أمريكيين"
            " وإصابة أكثر من 40 آخرين في 28 كانون الثاني.",
        ),
    )
    assert len(report) == 0


def test_the_syria_count_revised_in_december_2024() -> None:
    """900 (coordinated after the Iraq count, so American too) against 2,000."""
    report = _report(
        (
            WIRE,
            "2024-12-10",
            "The United States has about 2,500 troops in Iraq, a number that has held "
            "since 2021, and roughly 900 in Syria, Pentagon spokesman Pat Ryder said "
            "on Tuesday.",
        ),
        (
            DAILY,
            "2024-12-20",
            "The Pentagon acknowledged on Friday that there are about 2,000 U.S. "
            "troops in Syria, more than double the 900 it had long cited.",
        ),
        (
            RUDAW,
            "2024-12-11",
            "وأكد المتحدث باسم البنتاغون أن نحو 2500 جندي أمريكي ينتشرون في العراق،"
            " مشيراً إلى أن هذا العدد لم يتغير منذ عام 2021.",
        ),
    )
    assert _summary(report) == {("us troops|count|place=syria", "contradiction")}


def test_relayed_coalition_sizes() -> None:
    """86 (via The National) against 87; "more than 80" agrees with both."""
    report = _report(
        (
            MADA,
            "2025-03-01",
            'بغداد - ذكرت صحيفة "ذي ناشنال" نقلاً عن مسؤولين عراقيين وأمريكيين أن'
            " انسحاب قوات التحالف سيكتمل في أيلول من العام المقبل. وأوضح المسؤولون أن"
            " التحالف الذي تشكل عام 2014 يضم 86 دولة.",
        ),
        (
            DAILY,
            "2025-03-05",
            "أفادت وكالة الأنباء العراقية (واع) بأن التحالف الدولي لمحاربة داعش، الذي"
            " يضم أكثر من 80 دولة، سينهي مهمته العسكرية في العراق بحلول أيلول 2025.",
        ),
        (
            RUDAW,
            "2025-03-06",
            'وقال المستشار الأمني لرئيس الوزراء إن "عدد دول التحالف يبلغ 87 دولة"،'
            " مضيفاً أن المرحلة الثانية من الانسحاب ستنتهي في أيلول 2026.",
        ),
    )
    size = "members of the us-led coalition|count"
    assert _summary(report) == {(size, "contradiction")}
    [conflict] = report
    chains = {
        a.speaker.name: [s.name for s in a.citation_chain]
        for side in conflict.sides
        for a in side.attributions
    }
    assert chains == {
        "مسؤولين عراقيين وأمريكيين": ["The National"],
        "المستشار الأمني لرئيس الوزراء": [],
    }


def test_the_remaining_forces_of_the_next_clause_are_its_own() -> None:
    """ "by September 2025, and the remaining forces … by September 2026"."""
    report = _report(
        (
            WIRE,
            "2024-09-06",
            "WASHINGTON - The United States and Iraq have reached an understanding on "
            "a plan for the withdrawal of U.S.-led coalition forces, with hundreds of "
            "troops leaving by September 2025 and the rest by the end of 2026, sources "
            "said.",
        ),
        (
            DAILY,
            "2024-09-27",
            "Hundreds of coalition troops will leave bases in Baghdad and Anbar by "
            "September 2025, and the remaining forces will depart Iraq's Kurdistan "
            "region by September 2026, according to a statement from Iraq's foreign "
            "ministry.",
        ),
    )
    final = "end of the coalition mission|deadline|event=final phase (kurdistan region)"
    assert _summary(report) == {(final, "divergence")}


def test_counts_of_lawmakers_doing_different_things_are_quiet() -> None:
    """Present, absent, of the whole house: different counts, no disagreement."""
    report = _report(
        (
            MADA,
            "2020-01-06",
            "صوّت مجلس النواب العراقي، بحضور 170 نائباً من أصل 329، على قرار يلزم"
            " الحكومة بإنهاء وجود القوات الأجنبية. وقاطع النواب الكرد والسنة الجلسة.",
        ),
        (
            WIRE,
            "2020-01-05",
            "Iraq's parliament voted on Sunday to expel U.S. troops, with 172 of the "
            "329 lawmakers present, most of them Shiite.",
        ),
        (
            RUDAW,
            "2020-01-05",
            "وقالت مصادر برلمانية إن 168 نائباً حضروا جلسة التصويت على إخراج القوات"
            " الأجنبية، فيما غاب أكثر من 150 نائباً.",
        ),
    )
    assert len(report) == 0
    claims, _ = ct.extract_all(
        [
            ct.Document(
                id="x",
                source=RUDAW,
                published=date(2020, 1, 5),
                text="وقالت مصادر برلمانية إن 168 نائباً حضروا الجلسة، فيما غاب أكثر"
                " من 150 نائباً.",
            )
        ],
        workers=1,
        progress=False,
    )
    keys = {c.figure.value or c.figure.low: c.question.key for c in claims}
    assert keys == {168: "attending lawmakers|count", 150: "absent lawmakers|count"}


def test_a_founding_size_and_a_peak_are_other_times() -> None:
    """60 members at the founding and a peak of 5,200 disagree with nothing now."""
    report = _report(
        (
            WIRE,
            "2024-01-15",
            "The coalition, launched in 2014 with about 60 members, has grown to 86. "
            "U.S. troop levels in Iraq peaked at about 5,200 during the campaign "
            "against ISIS and now stand at roughly 2,500, Pentagon figures show.",
        ),
        (
            MADA,
            "2024-01-16",
            "وكانت الولايات المتحدة قد نشرت نحو 5200 جندي في العراق خلال الحرب على"
            " داعش، ويبلغ عددهم اليوم 2500 جندي، بحسب أرقام البنتاغون.",
        ),
        (
            DAILY,
            "2024-01-20",
            "The global coalition now counts 86 members, a State Department "
            "spokesperson said, up from 60 when it was formed.",
        ),
    )
    assert len(report) == 0
    claims, _ = ct.extract_all(
        [ct.Document(id="w", source=WIRE, published=date(2024, 1, 15),
                     text="The coalition, launched in 2014 with about 60 members, "
                     "has grown to 86. U.S. troop levels in Iraq peaked at about "
                     "5,200 and now stand at roughly 2,500.")],
        workers=1,
        progress=False,
    )  # fmt: skip
    found = {
        (str(c.figure), c.question.subject) for c in claims if c.figure.kind == "number"
    }
    assert found == {
        ("about 60 members", "members of the US-led coalition"),
        ("86 members", "members of the US-led coalition"),
        ("about 5,200 troops", "peak US troops"),
        ("about 2,500 troops", "troops"),  # "U.S." is too far back to say whose
    }


def test_other_coalition_troops_are_not_the_coalition_total() -> None:
    """1,000 "from other coalition countries" and 3,500 in all agree with each other."""
    report = _report(
        (
            WIRE,
            "2024-06-01",
            "There are about 2,500 U.S. service members in Iraq, along with roughly "
            "1,000 troops from other coalition countries, a coalition spokesman said.",
        ),
        (
            DAILY,
            "2024-06-02",
            "Some 3,500 coalition personnel, most of them American, remain in Iraq, "
            "according to the coalition.",
        ),
        (
            MADA,
            "2024-06-03",
            "وأوضح المتحدث باسم التحالف أن نحو 3500 عنصر من قوات التحالف، معظمهم"
            " أمريكيون، ما زالوا في العراق.",
        ),
    )
    assert len(report) == 0
    claims, _ = ct.extract_all(
        [ct.Document(id="d", source=DAILY, published=date(2024, 6, 2),
                     text="Some 3,500 coalition personnel, most of them American, "
                     "remain in Iraq, according to the coalition.")],
        workers=1,
        progress=False,
    )  # fmt: skip
    [total] = claims
    assert total.question.place == "Iraq"  # past the aside between two commas


def test_a_running_tally_that_falls_is_a_copy_discrepancy() -> None:
    """175, then 180, then 150 attacks since the same day, all from the Pentagon."""
    report = _report(
        (
            WIRE,
            "2024-02-16",
            "The number of attacks on U.S. forces in Iraq and Syria has reached 175 "
            "since Oct. 17, 2023, according to a Pentagon tally released on Friday.",
        ),
        (
            MADA,
            "2024-02-18",
            "وبلغ عدد الهجمات على القوات الأمريكية في العراق وسوريا 180 هجوماً منذ 17"
            " تشرين الأول 2023، وفق إحصاء للبنتاغون.",
        ),
        (
            DAILY,
            "2024-02-20",
            "There have been 150 attacks on U.S. forces in Iraq and Syria since Oct. "
            "17, 2023, the Pentagon said.",
        ),
    )
    tally = "attacks|count|place=iraq, syria|window=since 2023-10-17"
    assert _summary(report) == {(tally, "copy_discrepancy")}


def test_the_announcement_date() -> None:
    """27 September 2024 and أيلول 2024 agree; October 2024 does not."""
    report = _report(
        (
            WIRE,
            "2025-01-10",
            "The agreement on the coalition's withdrawal was announced on Sept. 27, "
            "2024, by the U.S. and Iraqi governments.",
        ),
        (
            MADA,
            "2025-01-12",
            "وكانت بغداد وواشنطن قد أعلنتا في أيلول 2024 عن الاتفاق على إنهاء مهمة"
            " التحالف.",
        ),
        (
            DAILY,
            "2025-01-14",
            "The deal, announced in October 2024, sets out a two-phase withdrawal.",
        ),
    )
    assert _summary(report) == {("announcement of the agreement|date", "contradiction")}
    [conflict] = report
    assert {str(side.figure) for side in conflict.sides} == {"2024-10", "2024-09-27"}


def test_the_wounded_at_tower_22() -> None:
    """34 against more than 40 wounded in Jordan; the Ain al-Asad wounded apart."""
    report = _report(
        (
            WIRE,
            "2024-01-30",
            "Three U.S. soldiers were killed and more than 40 wounded in a drone "
            "attack on Tower 22 in Jordan on Jan. 28, the Pentagon said.",
        ),
        (
            MADA,
            "2024-01-29",
            "قُتل ثلاثة جنود أمريكيين وأصيب 34 آخرون في هجوم بطائرة مسيّرة على قاعدة"
            " البرج 22 في الأردن، بحسب القيادة المركزية الأمريكية.",
        ),
        (
            DAILY,
            "2024-02-11",
            "Two U.S. service members were wounded in a rocket attack on Ain al-Asad "
            "air base on Feb. 10, officials said.",
        ),
    )
    wounded = "wounded us troops|count|place=jordan"
    assert _summary(report) == {(wounded, "contradiction")}


def test_the_final_deadline_in_arabic_relays() -> None:
    """الباقون بحلول نهاية 2026 (via Reuters) against والثانية في أيلول 2026."""
    report = _report(
        (
            MADA,
            "2024-09-06",
            "بغداد (رويترز) - قال مسؤولون أمريكيون وعراقيون إن واشنطن ستسحب مئات الجنود"
            " من بغداد وقاعدة عين الأسد بحلول أيلول سبتمبر 2025، على أن يغادر الباقون"
            " بحلول نهاية 2026.",
        ),
        (
            RUDAW,
            "2024-10-01",
            "وأكد مستشار الأمن القومي قاسم الأعرجي أن المرحلة الأولى من انسحاب التحالف"
            " ستنتهي في أيلول 2025، والثانية في أيلول 2026، مشيراً إلى أن عدد الدول"
            " المنضوية في التحالف يبلغ 86 دولة.",
        ),
    )
    final = "end of the coalition mission|deadline|event=final phase (kurdistan region)"
    assert _summary(report) == {(final, "divergence")}


def test_advisers_to_stay_in_baghdad_after_september_2025() -> None:
    """Targets after September 2025 in both word orders: 250 and 350 diverge."""
    report = _report(
        (
            MADA,
            "2025-03-01",
            "وقال الناطق باسم الحكومة العراقية إن عدد المستشارين الأمريكيين الذين"
            " سيبقون في بغداد بعد أيلول 2025 لن يتجاوز 250 مستشاراً.",
        ),
        (
            WIRE,
            "2025-03-02",
            "A U.S. official said that up to 350 U.S. advisers would remain in Baghdad "
            "after September 2025 to protect the embassy.",
        ),
        (
            DAILY,
            "2025-03-03",
            "The Iraqi government said no more than 250 American advisers would stay "
            "in Baghdad after September 2025.",
        ),
    )
    target = "advisers|count|place=baghdad|window=target for 2025-10-01"
    assert _summary(report) == {(target, "divergence")}
    [conflict] = report
    assert sorted(len(side.attributions) for side in conflict.sides) == [1, 2]


def test_the_86_member_coalition_against_87_today() -> None:
    """ "the 86-member coalition"; "Formed in 2014, … today has 87": both now."""
    report = _report(
        (
            WIRE,
            "2025-03-01",
            "Formed in 2014, the Global Coalition to Defeat ISIS today has 87 members, "
            "including NATO and the Arab League.",
        ),
        (
            DAILY,
            "2025-03-02",
            "The 86-member coalition will end its military mission in federal Iraq in "
            "September 2025, the State Department said.",
        ),
        (
            MADA,
            "2025-03-03",
            "وقالت الخارجية الأمريكية إن التحالف الدولي، المكوّن من 86 عضواً، سينهي"
            " مهمته العسكرية في العراق الاتحادي في أيلول 2025.",
        ),
    )
    size = "members of the us-led coalition|count"
    assert _summary(report) == {(size, "contradiction")}


def test_no_earlier_than_2027_against_september_2026() -> None:
    """A negated "before" is the earliest date: it contradicts the deadline.

    The fiscal year's end and "September 2026" agree; the training finished
    last year and the founding size are no deadline and no size today.
    """
    report = _report(
        (
            WIRE,
            "2025-05-02",
            "The withdrawal from the Kurdistan region will be completed by "
            "September 2026, officials who spoke to Reuters said. The coalition, "
            "launched with 60 members, now has 86, they added.",
        ),
        (
            DAILY,
            "2025-05-03",
            "Defense officials expect the final phase of the drawdown to be complete "
            "by fiscal year 2026. A total of 3,000 Iraqi soldiers completed training "
            "last year, the coalition said.",
        ),
        (
            RUDAW,
            "2025-05-04",
            "وقال خبير أمني تحدث لشبكة رووداو إن الانسحاب من إقليم كردستان لن يكتمل"
            " قبل 2027.",
        ),
    )
    final = "end of the coalition mission|deadline|event=final phase (kurdistan region)"
    assert _summary(report) == {(final, "contradiction")}
    [conflict] = report
    assert {str(f) for side in conflict.sides for f in side.figures} == {
        "no earlier than 2027",
        "by 2026-09",
    }
    chains = {
        a.speaker.name: [s.name for s in a.citation_chain]
        for side in conflict.sides
        for a in side.attributions
    }
    # Rudaw's own expert: the outlet is the document's, not a relay
    assert chains == {
        "officials": ["Reuters"],
        "Defense officials": [],
        "خبير أمني": [],
    }
