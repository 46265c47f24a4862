"""Transcript speaker labels: the words after "GEN. RYDER:" are Ryder's."""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack as ct
from claimtrack.extract.attribution import find_frames
from claimtrack.extract.transcripts import speaker_labels


def _claims(text: str) -> list[ct.Claim]:
    doc = ct.Document(
        id="t",
        source=ct.Source(name="Probe Daily"),
        published=date(2025, 6, 15),
        text=text,
    )
    return ct.extract(doc)


def test_labels_name_the_person_after_the_titles() -> None:
    text = (
        "Q: Numbers? MAJ. GEN. RYDER: About 2,500.\nMS. SINGH: Yes.\nMODERATOR: Next."
    )
    found = [
        (x.speaker.kind.value, x.speaker.name, x.speaker.role)
        for x in speaker_labels(text)
    ]
    assert found == [
        ("anonymous", "reporter", None),
        ("person", "Ryder", "Maj. Gen."),
        ("person", "Singh", "Ms."),
        ("office", "moderator", None),
    ]


def test_a_role_in_capitals_after_the_name_is_the_role() -> None:
    text = (
        "HOST: When does it end?\n"
        "NORA HALE, KRG REPRESENTATIVE TO THE UNITED STATES: The end of 2026."
    )
    hale = speaker_labels(text)[1].speaker
    assert (hale.name, hale.role) == (
        "Nora Hale",
        "KRG Representative to the United States",
    )
    [claim] = _claims(text)
    assert claim.attributions[0].speaker.name == "Nora Hale"


def test_a_panels_labels_bracket_the_role_or_the_roles_holder() -> None:
    text = (
        "MODERATOR (Ruth McAmara): How many US troops are in Syria?\n"
        "OMAR SAYED (former Pentagon official): About 1,400 US troops.\n"
        "AMARA: And Iraq?"
    )
    found = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert found == [
        ("Ruth McAmara", "Moderator"),  # the name as printed
        ("Omar Sayed", "former Pentagon official"),
        ("Amara", None),
    ]
    [claim] = _claims(text)
    assert claim.attributions[0].speaker.name == "Omar Sayed"
    # a stamp with a colon in its bracket is no label
    assert speaker_labels("UPDATE (10:30 GMT): Troops left.") == []


def test_capitals_that_are_no_label_are_left_alone() -> None:
    assert speaker_labels("BAGHDAD: Troops left. UPDATE: More later.") == []
    assert speaker_labels("The ISF said NATO: no comment.") == []


def test_the_words_after_a_label_are_its_speakers() -> None:
    text = (
        "Pentagon press secretary Pat Ryder said the numbers had not changed.\n"
        "Q: How many troops are there? GEN. RYDER: Sure. We have approximately 2,500"
        " U.S. troops in Iraq and approximately 900 in Syria."
    )
    counts = [c for c in _claims(text) if isinstance(c.figure, ct.NumberFigure)]
    assert [str(c.figure) for c in counts] == ["about 2,500 troops", "about 900 troops"]
    # the surname is the person named before
    assert {c.attributions[0].speaker.name for c in counts} == {"Pat Ryder"}


def test_a_sentence_with_its_own_speaker_keeps_it() -> None:
    text = "GEN. RYDER: Reuters reported that 2,500 troops remain in Iraq."
    [claim] = _claims(text)
    att = claim.attributions[0]
    assert (att.speaker.is_outlet, [s.name for s in att.citation_chain]) == (
        True,
        ["Reuters"],
    )


def test_question_is_a_reporters_label() -> None:
    [label] = speaker_labels("QUESTION: How many troops are left?")
    assert (label.speaker.kind.value, label.speaker.name) == ("anonymous", "reporter")


def test_we_after_a_label_is_the_labelled_speaker() -> None:
    text = (
        "QUESTION: How big is the coalition now? MR. HALE: It is 86 members strong,"
        " and we expect ministers to meet in Rome next month."
    )
    speakers = {str(c.figure): c.attributions[0].speaker.name for c in _claims(text)}
    assert speakers == {"86 members": "Hale", "2025-07": "Hale"}


def test_a_recordings_time_and_retired_rank_before_a_label() -> None:
    [label] = speaker_labels("[00:22:10] COL. (RET.) JOHN ROE: It was 85 targets.")
    assert (label.speaker.name, label.speaker.role) == ("John Roe", "Col.")


def test_parliaments_record_names_speakers_in_print_case() -> None:
    text = (
        "Mr John Roe (Northfield) (Con): What is the size of the force?\n\n"
        "The Minister for the Armed Forces (Jane Doe): There are around 100 UK"
        " personnel in Iraq.\n\nDr Roe: Thank you."
    )
    found = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert found == [
        ("John Roe", "Mr"),
        ("Jane Doe", "Minister for the Armed Forces"),
        ("Roe", "Dr"),
    ]
    [claim] = _claims(text)
    speaker = claim.attributions[0].speaker
    assert (speaker.kind.value, speaker.name) == ("person", "Jane Doe")
    # not a label: a name in brackets mid-line, or a title mid-sentence
    assert speaker_labels("He met Mr Roe: it went well.") == []


def test_a_call_transcript_names_each_speaker_on_a_line_with_a_dash() -> None:
    text = (
        "Acme Corp Q3 2025 Earnings Call\n"
        "Jane Holt — Chief Executive Officer\n"
        "Our team at Erbil, about 600 people, stays through September 2026.\n"
        "Operator\n"
        "Our next question comes from Sam Lee with Ridge Capital.\n"
        "Sam Lee — Ridge Capital\n"
        "Thanks. How fast does it roll off?\n"
        "Raj Patel — Chief Financial Officer\n"
        "We expect about $30 million from Syria next year."
    )
    labels = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert labels == [
        ("Jane Holt", "Chief Executive Officer"),
        ("operator", None),
        ("Sam Lee", "Ridge Capital"),
        ("Raj Patel", "Chief Financial Officer"),
    ]
    said = {str(c.figure): c.attributions[0].speaker.name for c in _claims(text)}
    assert said["about 600 people"] == "Jane Holt"
    assert said["about 30,000,000 dollars"] == "Raj Patel"


def test_one_dashed_line_labels_only_a_speaker_at_the_top() -> None:
    top = "Jane Holt — President and Chief Executive Officer\nWe shipped 1,200 units."
    assert [x.speaker.name for x in speaker_labels(top)] == ["Jane Holt"]
    # a headline with a dash further down is no label
    later = "The coalition's exit.\nTower Twenty — What We Know\n2,500 troops remain."
    assert speaker_labels(later) == []


def _said(text: str) -> dict[str, tuple[str, str]]:
    return {
        str(c.figure): (
            c.attributions[0].speaker.kind.value,
            c.attributions[0].speaker.name,
        )
        for c in _claims(text)
    }


def test_an_arabic_transcript_labels_each_turn_at_the_start_of_its_line() -> None:
    text = (
        "برنامج «ساعة حوار» – نص الحلقة\n"
        "المقدمة (هدى سالم): نرحب بضيفنا الخبير الأمني العميد المتقاعد كريم العبيدي. "
        "كم بقي من الجنود؟\n"
        "العبيدي: بحسب تقديري هناك نحو 2500 جندي. وفي سوريا قرابة 900 آخرين.\n"
        "المقدمة: ومتى يغادرون؟\n"
        "العبيدي: أظن أن الأمر يحتاج لسنتين إلى ثلاث سنوات."
    )
    labels = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert labels == [
        ("هدى سالم", "المقدمة"),
        ("العبيدي", None),
        ("the outlet", None),
        ("العبيدي", None),
    ]
    said = _said(text)
    # the guest named in full before his label, his later sentences his too
    assert said["about 2,500 troops"] == ("person", "كريم العبيدي")
    assert said["about 900 troops"] == ("person", "كريم العبيدي")
    assert said["2–3 years"] == ("person", "كريم العبيدي")


def test_an_arabic_label_and_its_bracket_name_and_role_either_way() -> None:
    text = (
        "سامي عادل (مقدم البرنامج): ما الرقم اليوم؟\n"
        "ليلى حمدان (المتحدثة باسم الوزارة): لدينا 1300 عسكري في الإقليم.\n"
        "سامي عادل: ومتى ينتهي ذلك؟"
    )
    labels = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert labels == [
        ("سامي عادل", "مقدم البرنامج"),
        ("ليلى حمدان", "المتحدثة باسم الوزارة"),
        ("سامي عادل", None),
    ]
    assert _said(text)["1,300 troops"] == ("person", "ليلى حمدان")


def test_a_reports_voice_over_is_the_outlets_own() -> None:
    text = (
        "المذيع: ننتقل إلى مراسلنا في الأنبار.\n"
        "صوت المراسل: أحصينا صباح اليوم نحو 40 عجلة تغادر القاعدة.\n"
        "المذيع: شكراً لك."
    )
    assert _said(text)["about 40 vehicles"] == ("outlet", "the outlet")


def test_line_labels_of_a_record_or_a_ticker_are_no_transcript() -> None:
    record = "التاريخ: 3/2/2025\nالحضور: 11 عضواً\nالمكان: القاعة 2\nالحضور: كامل"
    assert speaker_labels(record) == []
    ticker = "عاجل: سقوط صاروخين قرب المطار\nعاجل: لا إصابات\nعاجل: 3 جرحى"
    assert speaker_labels(ticker) == []
    days = "الأحد: وصول 200 جندي\nالاثنين: مغادرة 100\nالأحد: عودة 50"
    assert speaker_labels(days) == []


def test_written_questions_for_a_nominee_and_a_labelled_answer_are_theirs() -> None:
    text = (
        "Senate Armed Services Committee\n"
        "Advance Policy Questions for Lieutenant General Ana M. Ruiz, Nominee\n"
        "Question 3. What is the US force posture in Iraq?\n"
        "Answer: About 2,500 US service members are in Iraq."
    )
    [claim] = _claims(text)
    speaker = claim.attributions[0].speaker
    assert (speaker.kind.value, speaker.name) == ("person", "Ana M. Ruiz")
    # one question with no labelled answer makes no interview
    assert speaker_labels(text.replace("Answer: ", "")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Question for written answer E-000999/2025\n"
            "1. How many staff does the mission deploy?\n"
            "Answer given by High Representative/Vice-President on behalf of the"
            " European Commission (12.5.2025)\n"
            "The mission has an authorised strength of 95 international staff.",
            "High Representative/Vice-President",
        ),
        (
            "Response from the Department of Defense\n"
            "About 2,500 US troops remain in Iraq.",
            "Department of Defense",
        ),
    ],
)
def test_a_written_answers_line_names_who_gives_it(text: str, name: str) -> None:
    [claim] = [c for c in _claims(text) if isinstance(c.figure, ct.NumberFigure)]
    speaker = claim.attributions[0].speaker
    assert (speaker.kind.value, speaker.name) == ("office", name)


def test_an_interviews_answers_are_the_guest_its_heading_names() -> None:
    text = (
        "«الرافد» تحاور قائد القوات البرية الفريق الركن سعد الكعبي\n"
        "أجرى الحوار: نادر صالح\n"
        "• كم جندياً أجنبياً بقي في القواعد؟\n"
        "- العدد اليوم لا يتجاوز 1800 عسكري.\n"
        "وسينخفض إلى ما دون ألف عسكري العام المقبل.\n"
        "• وماذا عن الهجمات؟\n"
        "- سجلنا منذ مطلع العام نحو 30 هجوماً."
    )
    said = _said(text)
    assert said["at most 1,800 troops"] == ("person", "سعد الكعبي")
    assert said["fewer than 1,000 troops"] == ("person", "سعد الكعبي")
    assert said["about 30 attacks"] == ("person", "سعد الكعبي")
    english = (
        "An interview with Gen. Dana Brooks, commander of the task force\n"
        "How many troops are left?\n"
        "About 1,500 in Erbil.\n"
        "And the attacks?\n"
        "We counted 12 attacks since January."
    )
    said = _said(english)
    assert said["about 1,500 troops"][1].endswith("Brooks")
    assert said["12 attacks"][1].endswith("Brooks")


def test_an_intro_that_says_the_guest_spoke_to_us_names_the_guest() -> None:
    text = (
        "Brig. Gen. Maria Keller took over the training mission in March. "
        "She spoke to us at its headquarters in Baghdad.\n"
        "How many advisers do you have?\n"
        "We are about 450 from 18 countries.\n"
        "When does the mission end?\n"
        "Our mandate runs to the end of 2026."
    )
    said = _said(text)
    assert said["about 450 advisers"] == ("person", "Maria Keller")
    assert said["the end of 2026"] == ("person", "Maria Keller")
    # the guest may open the sentence that says so
    named = text.replace("She spoke", "Gen. Keller spoke")
    assert _said(named)["about 450 advisers"] == ("person", "Maria Keller")
    # spoke to someone else: no interview of ours, no guest
    other = text.replace("She spoke to us", "She spoke to reporters")
    assert _said(other)["about 450 advisers"][0] == "outlet"


def test_two_questions_and_a_named_guest_make_an_interview() -> None:
    # one question only, or no guest in the heading: nothing is labelled
    one = "«الرافد» تحاور الوزير سعد الكعبي\n• كم بقي؟\n- نحو 1800 عسكري."
    assert speaker_labels(one) == []
    nobody = "تقرير خاص\n• كم بقي؟\n- نحو 1800 عسكري.\n• ومتى؟\n- في أيلول."
    assert speaker_labels(nobody) == []


def test_a_fact_boxs_heading_is_no_speaker() -> None:
    assert speaker_labels("BY THE NUMBERS: THE LAST YEAR\n86 — members") == []
    assert speaker_labels("AT A GLANCE: the exit\n2,500 — troops") == []


def test_an_unnamed_officials_label_is_anonymous_and_its_number_no_figure() -> None:
    text = (
        "MODERATOR: Thanks for joining.\n"
        "SENIOR OFFICIAL ONE: The mission ends in September.\n"
        "QUESTION: How many troops?\n"
        "SENIOR OFFICIAL TWO: We have about 2,500 troops in Iraq today."
    )
    labels = [(x.speaker.kind.value, x.speaker.name) for x in speaker_labels(text)]
    assert ("anonymous", "senior official two") in labels
    said = _said(text)
    assert said["about 2,500 troops"] == ("anonymous", "senior official two")
    assert "2 troops" not in said  # TWO names the official


def test_a_parliaments_record_titles_in_print_case_before_the_name() -> None:
    text = (
        "Senator HALE: How many personnel are deployed?\n"
        "Air Vice-Marshal Brennan: There are 112 personnel in Iraq, Senator.\n"
        "Mr Okafor: The cost is estimated at $48 million."
    )
    labels = [(x.speaker.name, x.speaker.role) for x in speaker_labels(text)]
    assert labels == [
        ("HALE", "Senator"),
        ("Brennan", "Air Vice-Marshal"),
        ("Okafor", "Mr"),
    ]
    said = _said(text)
    assert said["112 troops"] == ("person", "Brennan")
    assert said["48,000,000 dollars"] == ("person", "Okafor")


def test_a_members_post_in_brackets_is_the_role_of_the_answer() -> None:
    text = (
        "Question No. 812 — Mr. Dale Morrow (Prairie Hills):\n"
        "How many members were deployed in Iraq?\n"
        "Ms. Ruth Ellery (Parliamentary Secretary to the Minister of Defence, Lib.):\n"
        "Mr. Speaker, approximately 150 members were deployed in Iraq."
    )
    [label] = speaker_labels(text)
    assert (label.speaker.name, label.speaker.role) == (
        "Ruth Ellery",
        "Parliamentary Secretary to the Minister of Defence",
    )
    assert _said(text)["about 150 members"] == ("person", "Ruth Ellery")


def test_an_interviews_marked_questions_need_no_question_mark() -> None:
    text = (
        "«الرافد» تحاور الوزير سعد الكعبي\n"
        "س: حدثنا عن الأرقام.\n"
        "ج: بقي نحو 1800 عسكري.\n"
        "س: والهجمات.\n"
        "ج: سجلنا 30 هجوماً."
    )
    said = _said(text)
    assert said["about 1,800 troops"] == ("person", "سعد الكعبي")
    assert said["30 attacks"] == ("person", "سعد الكعبي")


def test_numbered_answers_a_heading_says_are_an_offices() -> None:
    text = (
        "سلمى الراوي - عضو مجلس النواب\n"
        "ننشر لكم نص جواب وزارة الدفاع على سؤالنا النيابي:\n"
        "س1: كم عدد المستشارين المتبقين؟\n"
        "ج1: يبلغ عددهم حالياً (620) مستشاراً.\n"
        "س2: وما الكلفة؟\n"
        "ج2: قدرت الوزارة الكلفة بنحو 45 مليار دينار."
    )
    said = _said(text)
    assert said["620 advisers"] == ("office", "وزارة الدفاع")


def test_an_interview_with_a_byline_names_its_guest_before_the_outlet() -> None:
    """ "حوار: X" is the interviewer; "Y لـ«outlet»:" the guest who answers."""
    text = (
        "الغد اليمنية – حوار: مروان الشعيبي\n"
        "الخبير العسكري العميد المتقاعد محسن الخضر لـ«الغد اليمنية»: المعادلة واحدة\n"
        "س: هل تتوقف الهجمات؟\n"
        "ج: الحوثيون استهدفوا منذ نوفمبر أكثر من أربعين سفينة تجارية.\n"
        "س: وماذا بعد؟\n"
        "ج: لا أحد يعرف."
    )
    frames = [f for f in find_frames(text) if "أربعين" in text[f.start : f.end]]
    assert frames
    assert frames[0].speaker.name == "محسن الخضر"


def test_a_callers_name_in_brackets_before_where_they_call_from() -> None:
    text = (
        "HOST: Dave in Townsville, you were at Taji?\n"
        "CALLER (DAVE, TOWNSVILLE): Yeah. We had about 300 Aussies there."
    )
    [caller] = [x.speaker for x in speaker_labels(text) if x.speaker.name == "Dave"]
    assert caller.role == "Caller"
