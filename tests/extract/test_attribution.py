"""Attribution frames: speakers, chains, continuation, relays, sentence splits.

Every sentence here is written for these tests (names, places and numbers are
made up or generic); none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.claim import Stance
from claimtrack.document import Source
from claimtrack.extract.attribution import (
    Frame,
    detect_relays,
    find_frames,
    known_source,
    split_sentences,
)
from claimtrack.extract.outlets import dateline_span
from claimtrack.extract.text import normalise_text
from claimtrack.speaker import SpeakerKind

REUTERS = Source(name="Reuters")
NATIONAL = Source(name="The National")


def only(text: str, **kwargs: object) -> Frame:
    frames = find_frames(text, **kwargs)  # type: ignore[arg-type]
    assert len(frames) == 1, [text[f.start : f.end] for f in frames]
    return frames[0]


def chain_names(frame: Frame) -> list[str]:
    return [s.name for s in frame.chain]


# -- one frame per cue --------------------------------------------------------

FRAMES = [
    # sentence, kind, name (substring), chain, stance
    ("قال وزير المالية إن العجز بلغ 3 مليارات.", "office", "وزير المالية", [], "says"),
    (
        "وقالت المتحدثة باسم البلدية إن 40 منزلا تضررت.",
        "office",
        "المتحدثة باسم البلدية",
        [],
        "says",
    ),
    ("أكد قائد الشرطة أن 12 شخصا اعتقلوا.", "office", "قائد الشرطة", [], "confirms"),
    (
        "وأعلنت وزارة الصحة تسجيل 15 إصابة جديدة.",
        "office",
        "وزارة الصحة",
        [],
        "announces",
    ),
    ("أفاد مصدر أمني بمقتل ثلاثة مسلحين.", "anonymous", "مصدر أمني", [], "reports"),
    (
        "وأوضح المدير العام أن المشروع يكلف 20 مليونا.",
        "office",
        "المدير العام",
        [],
        "says",
    ),
    (
        "ذكرت صحيفة الغارديان أن 200 عامل فقدوا وظائفهم.",
        "outlet",
        "the outlet",
        ["The Guardian"],
        "reports",
    ),
    ("كشف مسؤول محلي عن خطة لبناء 30 مدرسة.", "anonymous", "مسؤول محلي", [], "reports"),
    ("صرح النائب كريم ناصر بأن الجلسة ستعقد الأحد.", "person", "كريم ناصر", [], "says"),
    (
        "ولفت الخبير الاقتصادي سامر يوسف إلى أن التضخم بلغ 9 في المئة.",
        "person",
        "سامر يوسف",
        [],
        "says",
    ),
    (
        "واعتبر رئيس الكتلة أن القرار مخالف للدستور.",
        "office",
        "رئيس الكتلة",
        [],
        "says",
    ),
    (
        "ونقلت وكالة فرانس برس عن شهود أن 50 شخصا تجمعوا.",
        "anonymous",
        "شهود",
        ["AFP"],
        "reports",
    ),
    (
        "ستفتتح المدارس في الأول من أيلول، بحسب وزارة التربية.",
        "office",
        "وزارة التربية",
        [],
        "reports",
    ),
    (
        "ارتفع عدد النازحين إلى 800، حسب منظمة الهجرة.",
        "office",
        "منظمة الهجرة",
        [],
        "reports",
    ),
    (
        "ويبلغ عدد السكان نحو مليونين، وفق التقديرات.",
        "outlet",
        "the outlet",
        [],
        "estimates",
    ),
    (
        'وسيغادر الوفد يوم الخميس، وفقا لـ"رويترز".',
        "outlet",
        "the outlet",
        ["Reuters"],
        "reports",
    ),
    (
        "وتضم القافلة 20 شاحنة، وفقاً لما نقلت وكالة الأناضول عن مصادر في الجمارك.",
        "anonymous",
        "مصادر في الجمارك",
        ["Anadolu Agency"],
        "reports",
    ),
    (
        "والقرار، على حد تعبير الوزير، خطوة أولى نحو الإصلاح.",
        "office",
        "الوزير",
        [],
        "reports",
    ),
    (
        "وقال المحافظ في تصريحات لقناة الجزيرة إن 70 قرية تضررت.",
        "office",
        "المحافظ",
        ["Al Jazeera"],
        "says",
    ),
    (
        "وقال الباحث هادي سليم لموقع المونيتور إن الاتفاق هش.",
        "person",
        "هادي سليم",
        ["Al-Monitor"],
        "says",
    ),
    (
        "وأكدت الوزارة في بيان أن 4 موظفين أوقفوا عن العمل.",
        "office",
        "الوزارة",
        [],
        "confirms",
    ),
    (
        "ونفى المتحدث العسكري وجود قوات أجنبية في المدينة.",
        "office",
        "المتحدث العسكري",
        [],
        "denies",
    ),
    (
        "وتوقع البنك المركزي أن يبلغ النمو 4 في المئة.",
        "office",
        "البنك المركزي",
        [],
        "expects",
    ),
    ("The mayor said 40 homes were damaged.", "office", "mayor", [], "says"),
    (
        "Officials say the road will reopen in May.",
        "anonymous",
        "Officials",
        [],
        "says",
    ),
    (
        "A senior aide told Reuters that 300 troops would move.",
        "anonymous",
        "senior aide",
        ["Reuters"],
        "says",
    ),
    (
        "The death toll rose to 31, according to the health ministry.",
        "office",
        "health ministry",
        [],
        "reports",
    ),
    (
        "Reuters reported that 60 trucks crossed the border.",
        "outlet",
        "the outlet",
        ["Reuters"],
        "reports",
    ),
    (
        "AFP reported, citing two witnesses, that the market was closed.",
        "anonymous",
        "two witnesses",
        ["AFP"],
        "reports",
    ),
    (
        "The embassy said in a statement that 8 staff would leave.",
        "office",
        "embassy",
        [],
        "says",
    ),
    (
        "The ministry announced that 12 clinics would open.",
        "office",
        "ministry",
        [],
        "announces",
    ),
    (
        "The army confirmed that 5 soldiers were wounded.",
        "office",
        "army",
        [],
        "confirms",
    ),
    (
        "The governor noted that 90 percent of roads were open.",
        "office",
        "governor",
        [],
        "says",
    ),
    (
        "The company denied that 400 workers were laid off.",
        "office",
        "company",
        [],
        "denies",
    ),
    # "put … at" a figure estimates it; an adverb before the verb is no part
    # of the name
    (
        "The ministry now puts the number of displaced families at about 4,000.",
        "office",
        "ministry",
        [],
        "estimates",
    ),
    # a post on social media: wrote, tweeted, كتب، غرد
    (
        "وكتب النائب مهند العتابي في تدوينة: «سيغادر 300 مستشار قبل أيلول».",
        "person",
        "مهند العتابي",
        [],
        "reports",
    ),
    ("The senator tweeted that 900 troops remain.", "office", "senator", [], "says"),
    # a source before a colon, with whom it told between them
    (
        "مصدر عسكري لوكالة رويترز: انسحاب 150 جنديا من القاعدة.",
        "anonymous",
        "مصدر عسكري",
        ["Reuters"],
        "says",
    ),
    # a place's outlet is that outlet; "Al-" and "Al " are one name
    (
        "Lebanon's Al-Mayadeen, citing security sources, said 170 attacks took place.",
        "anonymous",
        "security sources",
        ["Al Mayadeen"],
        "says",
    ),
    # a statement carried by an outlet reaches us through it
    (
        "Five drones were launched, the region's counter-terrorism directorate said "
        "in a statement carried by Rudaw.",
        "office",
        "counter-terrorism directorate",
        ["Rudaw"],
        "says",
    ),
    # a relative clause on a named speaker may hold commas of its own
    (
        "Maj. Gen. Lena Moss, who led the mission from Kuwait and now teaches in "
        "Carlisle, Pa., estimated that fewer than 900 troops remain.",
        "person",
        "Lena Moss",
        [],
        "estimates",
    ),
    # a bracketed gloss of the office between the role and the name
    (
        "قالت المتحدثة باسم وزارة الدفاع (البنتاغون) سلمى حداد إن 900 جندي في سوريا.",
        "person",
        "سلمى حداد",
        [],
        "says",
    ),
    # issuing a statement: the issuer speaks in it
    (
        "أصدرت وزارة الدفاع بياناً قالت فيه إن 300 جندي غادروا.",
        "office",
        "وزارة الدفاع",
        [],
        "says",
    ),
    # a live blog's time stamp opens the entry, it is not part of it
    (
        "16:20 GMT — The Pentagon says about 2,000 troops are in Syria.",
        "office",
        "Pentagon",
        [],
        "says",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Washington put pressure on Baghdad to keep 2,500 troops.",
        "The plan was put on hold after 40 rockets hit the base.",
    ],
)
def test_put_without_a_figure_at_the_end_frames_nothing(text: str) -> None:
    assert only(text).speaker.is_outlet


def test_a_relative_clause_after_content_leaves_the_speaker_after_it() -> None:
    frame = only("Iraq hosts 2,500 troops, who train local forces, the Pentagon said.")
    assert (frame.speaker.kind.value, frame.speaker.name) == ("office", "Pentagon")


def test_a_name_then_a_chair_of_something_is_that_person() -> None:
    frame = only(
        "Hevin Sheikhmous, co-chair of the Executive Council, said 26 prisons remain."
    )
    assert (frame.speaker.kind.value, frame.speaker.name) == (
        "person",
        "Hevin Sheikhmous",
    )


def test_who_spoke_to_an_outlet_speaks_the_next_sentence_too() -> None:
    first, second = find_frames(
        "تحدث عضو في لجنة الأمن لوكالة رويترز عن تفاصيل الاتفاق. وقال إن 300 جندي"
        " سيغادرون."
    )
    assert first.speaker.name == second.speaker.name == "عضو في لجنة الأمن"
    assert chain_names(second) == ["Reuters"]


def test_an_adverb_between_subject_and_verb_is_the_verbs() -> None:
    frame = only("The Pentagon had initially put the toll at 11.")
    assert frame.speaker.name == "Pentagon"


@pytest.mark.parametrize(("text", "kind", "name", "chain", "stance"), FRAMES)
def test_frame_of_each_cue(
    text: str, kind: str, name: str, chain: list[str], stance: str
) -> None:
    frame = only(text)
    assert frame.speaker.kind.value == kind
    assert name in frame.speaker.name
    assert chain_names(frame) == chain
    assert frame.stance is Stance(stance)
    assert not frame.inherited


def test_no_frame_is_the_outlet_voice() -> None:
    frame = only("وارتفعت أسعار الوقود بنسبة 10 في المئة هذا الأسبوع.")
    assert frame.speaker.is_outlet
    assert frame.chain == ()
    assert frame.speaker_span is None


def test_speaker_span_points_at_the_name() -> None:
    text = "وقال الوزير سليم حداد إن الميزانية جاهزة."
    frame = only(text)
    assert frame.speaker_span is not None
    a, b = frame.speaker_span
    assert "سليم حداد" in text[a:b]


# -- anonymous groups ---------------------------------------------------------

ANONYMOUS = [
    ("قال خمسة مسؤولين أوروبيين إن المحادثات توقفت.", 5),
    ("وأكد ثلاثة دبلوماسيين غربيين أن الاجتماع أرجئ.", 3),
    ("وقال مسؤولان محليان إن الجسر سيغلق.", 2),
    ("وقال 4 مسؤولين إن القافلة وصلت.", 4),
    ("وقال مسؤول لم تسمه الصحيفة إن الخطة جاهزة.", None),
    ("وقال مسؤولون رفضوا الكشف عن هوياتهم إن 20 جنديا سينسحبون.", None),
    ("Four officials said the talks had stalled.", 4),
    ("Two diplomats, speaking on condition of anonymity, said the deal was close.", 2),
    (
        "Officials who spoke on condition of anonymity said 70 trucks were waiting.",
        None,
    ),
    ("The plan was approved, according to three unnamed sources.", 3),
]


@pytest.mark.parametrize(("text", "count"), ANONYMOUS)
def test_anonymous_groups_and_their_counts(text: str, count: int | None) -> None:
    frame = only(text)
    assert frame.speaker.kind.value == "anonymous"
    assert frame.speaker.count == count


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقال قائد عسكري عراقي إن 500 جندي غادروا.", "anonymous"),
        ("وقال عضو في الكتلة الصدرية إن 73 نائبا استقالوا.", "anonymous"),
        ("وقال عضو لجنة الأمن والدفاع إن 500 جندي غادروا.", "anonymous"),
        ("A senior commander said 500 troops left.", "anonymous"),
        ("وقال قائد الشرطة إن 12 شخصا اعتقلوا.", "office"),
        ("وقال وزير الدفاع إن 500 جندي غادروا.", "office"),
        ("وقال متحدث باسم الحكومة إن 500 جندي غادروا.", "office"),
        ("The commander said 500 troops left.", "office"),
        # the Egyptian hamza seat and the Levantine spelling are the same words
        ("ونقلت الصحيفة عن مسئولين أمريكيين أن 500 جندي غادروا.", "anonymous"),
        ("وقال المسئولون إن 500 جندي غادروا.", "anonymous"),
        ("ويقول ديبلوماسي عربي إن 500 جندي غادروا.", "anonymous"),
    ],
)
def test_an_unnamed_one_of_many_is_anonymous(text: str, kind: str) -> None:
    """قائد عسكري, "a senior commander": someone; قائد الشرطة: the office."""
    assert only(text).speaker.kind.value == kind


def test_unnamed_spokesman_is_an_office_unless_marked_anonymous() -> None:
    assert only("A government spokesman said 9 people died.").speaker.kind.value == (
        "office"
    )
    marked = only("A spokesman who asked not to be named said 9 people died.")
    assert marked.speaker.kind.value == "anonymous"


# -- persons and roles --------------------------------------------------------

ROLES = [
    (
        "قال وزير الزراعة العراقي، نبيل كامل، إن المحصول تضاعف.",
        "نبيل كامل",
        "وزير الزراعة العراقي",
    ),
    ("قال نبيل كامل، وزير الزراعة، إن المحصول تضاعف.", "نبيل كامل", "وزير الزراعة"),
    (  # the rank goes with the role, as it does with no comma between
        "المتحدث باسم الجيش، العميد رافع جبر، قال إن 6 جنود أصيبوا.",
        "رافع جبر",
        "المتحدث باسم الجيش",
    ),
    ("وقال الفريق قيس المحمداوي إن 2500 جندي بقوا.", "قيس المحمداوي", "الفريق"),
    (  # a construct chain after ل, and a place after في, before the comma
        "أكد المدير العام لهيئة شؤون المنافذ في محافظة البصرة، اللواء سامر علي،"
        " أن 12 منفذاً فتحت.",
        "سامر علي",
        "المدير العام لهيئة شؤون المنافذ",
    ),
    (
        "وقال رئيس أركان الجيش الفريق أول ركن عبد الأمير يار الله إن 2500 جندي بقوا.",
        "عبد الأمير يار الله",
        "رئيس أركان الجيش الفريق أول ركن",
    ),
    (
        "وقال قائد القوات البرية اللواء الركن محمد الجبوري إن 2500 جندي بقوا.",
        "محمد الجبوري",
        "قائد القوات البرية اللواء الركن",
    ),
    ("About 2,500 remain, said Gen. Michael Kurilla.", "Michael Kurilla", "Gen."),
    (
        "About 2,500 troops remain, said Maj. Gen. Pat Ryder, the Pentagon press"
        " secretary.",
        "Pat Ryder",
        "Maj. Gen., Pentagon press secretary",
    ),
    ("Lt. Col. Joe Buccino said 2,500 troops remain.", "Joe Buccino", "Lt. Col."),
    ("وقال وزير النقل فادي عمران إن المطار سيفتتح.", "فادي عمران", "وزير النقل"),
    (
        "Lina Haddad, an adviser to the health minister, said 30 clinics would close.",
        "Lina Haddad",
        "adviser to the health minister",
    ),
    (
        "Transport Minister Omar Saleh said the port would reopen.",
        "Omar Saleh",
        "Transport Minister",
    ),
    (
        '"We will rebuild," said Maya Aziz, the city\'s deputy mayor.',
        "Maya Aziz",
        "city's deputy mayor",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_person_with_role_in_either_order(text: str, name: str, role: str) -> None:
    frame = only(text)
    assert frame.speaker.kind.value == "person"
    assert frame.speaker.name == name
    assert frame.speaker.role is not None
    assert role in frame.speaker.role


SUBJECTS = [
    # A definite head takes only adjectives: the next definite noun is content.
    ("أعلنت الوزارة الانسحاب من المدينة بحلول 2026.", "الوزارة", "2026"),
    ("وقال البيت الأبيض إن 300 جندي سيصلون.", "البيت الأبيض", "300"),
    ("قال الوزير للصحفيين إن 4 ألوية انتشرت.", "الوزير", "4"),
    ("وأكد الجيش اللبناني مقتل 3 جنود.", "الجيش اللبناني", "3"),
]


@pytest.mark.parametrize(("text", "name", "figure"), SUBJECTS)
def test_where_an_arabic_subject_ends(text: str, name: str, figure: str) -> None:
    frame = only(text)
    assert frame.speaker.name == name
    assert frame.speaker_at(text.index(figure)).name == name


def test_names_are_trimmed_of_clitics_and_quotes() -> None:
    frame = only('ونقلت الوكالة عن "مصادر مطلعة" أن 3 سفن وصلت.')
    assert frame.speaker.name == "مصادر مطلعة"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وذكر تقرير للأمم المتحدة أن نحو 3000 مقاتل ما زالوا في سوريا.",
            "الأمم المتحدة",
        ),
        ("About 3,000 fighters remain in Syria, a U.N. report estimated.", "U.N."),
        ("A Pentagon report said 2,500 troops remain in Iraq.", "Pentagon"),
    ],
    ids=["lil-article", "un-report", "pentagon-report"],
)
def test_the_issuer_of_a_report_is_named_as_written(text: str, name: str) -> None:
    """تقرير للأمم المتحدة: ل + ال is للـ, and the name gets its article back;
    "a U.N. report": the office before the document noun, with its stops."""
    assert only(text).speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Ryder told reporters the US had about 2,500 troops in Iraq.",
        "Ryder told the committee the US had about 2,500 troops in Iraq.",
        "Ryder told reporters that the US had about 2,500 troops in Iraq.",
    ],
)
def test_told_someone_with_that_left_out(text: str) -> None:
    """ "told reporters the US had …": the object ends where the clause opens."""
    frame = only(text)
    assert frame.speaker.name == "Ryder"
    assert frame.speaker_at(text.index("2,500")).name == "Ryder"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ووفقاً لبيان صادر عن قيادة العمليات المشتركة، فإن 500 جندي غادروا.",
            "قيادة العمليات المشتركة",
        ),
        (
            "ووفقا لبيان وزارة الدفاع العراقية، فإن 500 جندي غادروا.",
            "وزارة الدفاع العراقية",
        ),
        (
            "وبحسب بيان وزارة الدفاع العراقية، فإن 500 جندي غادروا.",
            "وزارة الدفاع العراقية",
        ),
        ("وبحسب تقديرات مركز البيان للدراسات، فإن 500 جندي غادروا.", "مركز البيان"),
    ],
)
def test_a_statement_or_estimate_speaks_for_its_issuer(text: str, name: str) -> None:
    """بيان وزارة الدفاع، لبيان صادر عن X، تقديرات مركز X: the issuer speaks."""
    assert only(text).speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Defense Secretary Pete Hegseth said 2,500 troops remain."
            " The defense secretary also said 900 would leave.",
            "Pete Hegseth",
        ),
        (
            "Pentagon spokesman Sean Parnell said 900 troops remain."
            " The spokesman added that 500 troops would leave.",
            "Sean Parnell",
        ),
        (
            "وقال وزير الخارجية فؤاد حسين إن 2500 جندي بقوا. وأضاف الوزير أن 900 بقوا.",
            "فؤاد حسين",
        ),
        # another role is another speaker; an office is no person
        (
            "وقال وزير الخارجية فؤاد حسين إن 2500 جندي بقوا."
            " وقال وزير الدفاع إن 900 بقوا.",
            "وزير الدفاع",
        ),
        (
            "Pentagon spokesman Sean Parnell said 900 troops remain."
            " The Pentagon said 500 troops would leave.",
            "Pentagon",
        ),
        # a person named without a role, then a bare role right after
        (
            "Pat Ryder told reporters that 2,500 troops remain."
            " The spokesman added that 900 are in Syria.",
            "Pat Ryder",
        ),
        (
            "قال باسم العوادي إن 2500 جندي بقوا. وأضاف المتحدث أن 900 بقوا.",
            "باسم العوادي",
        ),
        # but not one named with another role
        (
            "Defense Minister Thabit al-Abbasi said 2,500 troops remain."
            " The spokesman added that 900 are in Syria.",
            "spokesman",
        ),
    ],
)
def test_a_role_noun_refers_back_to_the_person(text: str, name: str) -> None:
    """ "The defense secretary also said": the secretary named before."""
    second = find_frames(text)[-1]
    assert second.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "chain"),
    [
        (
            "The drawdown was first announced in 2024, Reuters reported,"
            " citing a US official.",
            "US official",
            ["Reuters"],
        ),
        (
            "The drawdown of 2,500 troops, first announced in 2024, must end by"
            " September, Reuters reported, citing a US official.",
            "US official",
            ["Reuters"],
        ),
        (
            "The plan was officially announced on Monday, officials said.",
            "officials",
            [],
        ),
        ("The Pentagon first announced the plan in 2024.", "Pentagon", []),
    ],
)
def test_a_passive_or_participle_verb_is_no_frame(
    text: str, name: str, chain: list[str]
) -> None:
    """ "was first announced", ", first announced in": the frame is elsewhere."""
    frame = only(text)
    assert frame.speaker.name == name
    assert [s.name for s in frame.chain] == chain


def test_an_agency_relaying_a_paper_keeps_both_in_the_chain() -> None:
    frame = only("ونقلت وكالة فرانس برس عن صحيفة وول ستريت جورنال أن 2500 جندي سيبقون.")
    assert [s.name for s in frame.chain] == ["The Wall Street Journal", "AFP"]
    assert frame.speaker.is_outlet  # the paper's own voice, through the agency


@pytest.mark.parametrize(
    "text",
    [
        "Austin said the coalition had 86 members. According to him, nearly"
        " 2,500 troops were in Iraq.",
        "وقال أوستن إن التحالف يضم 86 دولة. وبحسبه، فإن 2500 جندي في العراق.",
        # "in his words" after the figure: his, not a speaker named تعبيره
        "وقال أوستن إن التحالف يضم 86 دولة. وتابع: «لدينا 2500 جندي»، بحسب تعبيره.",
    ],
)
def test_according_to_him_is_the_last_speaker(text: str) -> None:
    second = find_frames(text)[-1]
    assert second.speaker.name in ("Austin", "أوستن")
    assert second.inherited


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 2,500 US troops are in Iraq, the UN said in a report.", "UN"),
        (
            "About 2,000 fighters remain, the UN said in its latest quarterly report.",
            "UN",
        ),
        (
            "وقالت الأمم المتحدة في تقريرها إن 2000 مقاتل ما زالوا في سوريا.",
            "الأمم المتحدة",
        ),
    ],
)
def test_said_in_a_report_is_an_occasion(text: str, name: str) -> None:
    """ "the UN said in its latest report": said by the UN, on that occasion."""
    frame = only(text)
    assert frame.speaker.name == name
    assert frame.speaker_at(text.index("2")).name == name


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The US will pull out 500 troops from Syria, Breaking Defense reported.",
            "Breaking Defense",
        ),
        ("Some 900 US troops are in Syria, The New Arab reported.", "The New Arab"),
        (
            "Two officials told Stars and Stripes that 900 troops remain.",
            "Stars and Stripes",
        ),
        ('ونقلت قناة "الحدث" عن مصادر أن 500 مستشار سيبقون.', "Al Hadath"),
        # الصباح الجديد is a paper of its own, not الصباح
        (
            "وقال مسؤول في حديث لـ«الصباح الجديد» إن 300 مستشار سيبقون.",
            "Al-Sabah Al-Jadeed",
        ),
        ("وقال مسؤولون تحدثوا إلى «بلومبرغ» إن ألف جندي سيغادرون.", "Bloomberg"),
        (
            "Two officials told North Press that 45 trucks crossed.",
            "North Press Agency",
        ),
    ],
)
def test_more_outlets_by_name(text: str, outlet: str) -> None:
    assert [s.name for s in only(text).chain] == [outlet]


def test_an_informed_source_keeps_its_adjective() -> None:
    """مطلع is "informed" after a noun, "early" only next to a time word."""
    frame = only("أفاد مصدر أمني مطلع بأن 1500 مستشار سيبقون في أربيل.")
    assert frame.speaker.name == "مصدر أمني مطلع"
    said = only("وقال الوزير مطلع العام الجاري إن 500 جندي غادروا.")
    assert said.speaker.name == "الوزير"


def test_nawwaha_is_a_speech_verb_and_carries_over() -> None:
    first, second = find_frames(
        "ونوّه وزير الدفاع ثابت العباسي إلى أن 2500 جندي بقوا."
        " ونوّه إلى أن 4 قواعد ستغلق."
    )
    assert first.speaker.name == "ثابت العباسي"
    assert second.speaker.name == "ثابت العباسي"
    assert second.inherited


def test_bayyana_is_a_speech_verb_only_where_between_cannot_be() -> None:
    """بيّن loses its shadda and reads as بين "between": a verb before أن."""
    first, second = find_frames(
        "وبيّن الخبير الأمني أحمد الشريفي أن 350 مستشاراً سيبقون. وبين أن 4 قواعد ستغلق."
    )
    assert first.speaker.name == "أحمد الشريفي"
    assert second.speaker.name == "أحمد الشريفي"
    assert second.inherited
    assert only("وبين القتلى ثلاثة جنود أمريكيين.").speaker.is_outlet
    assert only("ويتراوح عددهم بين 200 و300 جندي.").speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One of the officials said 500 troops left.", "One of the officials"),
        ("One of the ministers said 500 troops left.", "One of the ministers"),
        (
            "وقال أحد المسؤولين الأمريكيين إن 500 جندي غادروا.",
            "أحد المسؤولين الأمريكيين",
        ),
        ("وقال واحد من المسؤولين إن 500 جندي غادروا.", "واحد من المسؤولين"),
        ("وقال أحد الوزراء إن 500 جندي غادروا.", "أحد الوزراء"),
    ],
)
def test_one_of_a_group_is_anonymous(text: str, name: str) -> None:
    """One unnamed member of a group (أحد, not Sunday الأحد) speaks for no office."""
    frame = only(text)
    assert (frame.speaker.kind.value, frame.speaker.name) == ("anonymous", name)


def test_an_anonymity_clause_ends_before_the_content() -> None:
    """مصادر لم تسمها الصحيفة انسحاب …: the masdar after it is theirs to say."""
    text = "وأكدت مصادر لم تسمها الصحيفة انسحاب ثماني دول من التحالف."
    frame = only(text)
    at = text.index("ثماني")
    assert frame.speaker_at(at).kind.value == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت وكالة رويترز عن مسؤول أمريكي، طلب عدم نشر اسمه، أن 3 جنود قتلوا.",
        "وقال مسؤول عراقي، اشترط عدم تسميته، إن 300 مستشار سيبقون.",
    ],
)
def test_asking_not_to_be_named_keeps_the_source_unnamed(text: str) -> None:
    speaker = only(text).speaker
    assert speaker.kind.value == "anonymous"
    assert speaker.name.startswith("مسؤول")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("About 2,500 U.S. troops are in Iraq, documents seen by Reuters showed.",
         "Reuters"),
        ("Documents reviewed by The Washington Post show that 2,500 troops remain.",
         "The Washington Post"),
        ("About 2,500 troops remain, according to documents obtained by Reuters.",
         "Reuters"),
        ("وأظهرت وثائق اطلعت عليها رويترز أن نحو 2500 جندي ما زالوا في العراق.",
         "Reuters"),
    ],
)  # fmt: skip
def test_an_outlet_that_saw_the_documents_relays_them(text: str, outlet: str) -> None:
    frame = only(text)
    assert frame.speaker.is_outlet
    assert [s.name for s in frame.chain] == [outlet]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("وبحسب الأرقام التي نشرتها وزارة الدفاع، فإن 2500 جندي ما زالوا في العراق.",
         "وزارة الدفاع"),
        ("وحصل الإطار على 138 مقعداً، بحسب النتائج التي أعلنتها المفوضية.",
         "المفوضية"),
        ("Iraq won 138 seats, according to results announced by the electoral "
         "commission.", "electoral commission"),
    ],
)  # fmt: skip
def test_figures_speak_for_whoever_released_them(text: str, issuer: str) -> None:
    assert only(text).speaker.name == issuer


def test_a_second_basim_after_the_spokesman_is_his_name() -> None:
    """باسم is "on behalf of" after المتحدث, and a first name (Basim) after that."""
    frame = only("وأوضح المتحدث باسم الحكومة العراقية باسم العوادي أن 86 دولة انضمت.")
    assert (frame.speaker.kind.value, frame.speaker.name) == ("person", "باسم العوادي")
    assert frame.speaker.role == "المتحدث باسم الحكومة العراقية"
    office = only("وقال المتحدث باسم الحكومة العراقية إن 86 دولة انضمت.")
    assert office.speaker.kind.value == "office"


@pytest.mark.parametrize(
    "text",
    [
        "وقدّر معهد واشنطن عدد الهجمات بحوالى 250 هجوماً.",
        "وبحسب تقديرات معهد واشنطن، تعرضت القوات الأمريكية لنحو 180 هجوماً.",
    ],
)
def test_an_institute_named_after_a_place_keeps_the_place(text: str) -> None:
    assert only(text).speaker.name == "معهد واشنطن"


@pytest.mark.parametrize(
    ("text", "speaker", "channel"),
    [
        (
            "Officials who spoke to Reuters said 2,500 troops remain in Iraq.",
            "Officials",
            "Reuters",
        ),
        (
            "According to security officials who spoke to AFP, 2,500 troops remain.",
            "security officials",
            "AFP",
        ),
        (
            "وقال مسؤولون تحدثوا لرويترز إن 2500 جندي ما زالوا في العراق.",
            "مسؤولون",
            "Reuters",
        ),
        (
            "وبحسب مسؤولين أمنيين تحدثوا لوكالة فرانس برس، فإن 2500 جندي باقون.",
            "مسؤولين أمنيين",
            "AFP",
        ),
    ],
)
def test_the_outlet_a_source_spoke_to_is_the_channel(
    text: str, speaker: str, channel: str
) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert [s.name for s in frame.chain] == [channel]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Some 1,500 troops will stay in Erbil, according to a senior Kurdish"
            " official quoted by Rudaw.",
            "senior Kurdish official",
        ),
        (
            "A senior Kurdish official, quoted by Rudaw, said some 1,500 troops"
            " will stay.",
            "senior Kurdish official",
        ),
        (
            "About 2,500 troops remain, an Iraqi official interviewed by Rudaw said.",
            "Iraqi official",
        ),
    ],
)
def test_a_source_quoted_by_an_outlet_is_relayed_by_it(text: str, speaker: str) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert [s.name for s in frame.chain] == ["Rudaw"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ويقدر مراقبون عدد المقاتلين بنحو 5 آلاف.", "مراقبون"),
        # an impersonal passive: the amount is no speaker, the source is
        ("ويُقدّر عدد الجنود في سوريا بنحو 900 جندي، بحسب البنتاغون.", "البنتاغون"),
        ("وبيّنت الوزارة في بيانها أن 200 مستشار سيبقون.", "الوزارة"),
    ],
)
def test_who_estimates(text: str, speaker: str) -> None:
    assert only(text).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Advisers will stay in Erbil until September 2026, a senior Peshmerga"
            " commander told Rudaw English.",
            "senior Peshmerga commander",
        ),
        (
            "There have been at least 165 attacks since October, a Defense"
            " Department official told reporters on background.",
            "Defense Department official",
        ),
        (
            "Combat forces will leave Iraq by the end of the year, President Joe"
            " Biden said after hosting the Iraqi prime minister.",
            "Joe Biden",
        ),
    ],
)
def test_adjuncts_after_a_fronted_frame_leave_the_content_first(
    text: str, speaker: str
) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert frame.speaker_at(text.index(",") - 5).name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a reporting verb whose object is the noun before it opens no content
        (
            "Some 2,000 troops are in Syria, twice the number the Pentagon had"
            " acknowledged for years, press secretary Pat Ryder told reporters.",
            "Pat Ryder",
        ),
        # but one that opens a clause keeps the sentence
        (
            "Officials said that 2,500 troops will remain, the Pentagon said.",
            "Officials",
        ),
        # and a frame in a relative clause is no frame of the sentence
        (
            "Officials said 2,500 troops will remain, a figure that the ministry said.",
            "Officials",
        ),
    ],
)
def test_a_trailing_frame_wins_over_a_verb_inside_the_content(
    text: str, speaker: str
) -> None:
    assert only(text).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Saad al-Saadi, 61, a senior member of the Badr Organization, told"
            " Rudaw that 2,000 troops remain.",
            "Saad al-Saadi",
            "senior member of the Badr Organization",
        ),
        (
            "Jabar Yawar, the former secretary-general of the Peshmerga ministry,"
            " told Kurdistan24 that 1,800 troops remain.",
            "Jabar Yawar",
            "former secretary-general of the Peshmerga ministry",
        ),
    ],
)
def test_a_name_its_age_and_its_role(text: str, name: str, role: str) -> None:
    speaker = only(text).speaker
    assert (speaker.name, speaker.role, speaker.kind.value) == (name, role, "person")


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        (
            "Iraq's foreign ministry said the mission must end by Sept. 30, 2025,"
            " Anadolu Agency reported.",
            "Iraq's foreign ministry",
            ["Anadolu Agency"],
        ),
        (
            "The first convoy will leave next month, military spokesman Yehia"
            " Rasool told the state news agency INA.",
            "Yehia Rasool",
            ["Iraqi News Agency (INA)"],
        ),
    ],
)
def test_an_outlet_that_closes_or_hears_the_frame_relays_it(
    text: str, speaker: str, chain: list[str]
) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert [s.name for s in frame.chain] == chain


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        (
            "ونقلت وكالة الأناضول عن مسؤول أمني عراقي قوله إن الأوضاع مستقرة."
            " ولفت المسؤول إلى أن طيران التحالف نفذ 23 غارة.",
            "مسؤول أمني عراقي",
            ["Anadolu Agency"],
        ),
        (
            "A U.S. official told Reuters that 2,500 troops remain. The official"
            " added that 900 are in Syria.",
            "U.S. official",
            ["Reuters"],
        ),
    ],
)
def test_the_unnamed_source_goes_on_as_a_bare_noun(
    text: str, speaker: str, chain: list[str]
) -> None:
    second = find_frames(text)[-1]
    assert second.speaker.name == speaker
    assert [s.name for s in second.chain] == chain


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a place after the role is what the role is of
        (
            "قال قائد قوات البيشمركة في محور كركوك إن قواته مستعدة.",
            "قائد قوات البيشمركة في محور كركوك",
            "anonymous",
        ),
        # retired, former: adjectives of the role before the name
        (
            "وقال الخبير العسكري العميد المتقاعد خالد المطيري إن ألف جندي سيبقون.",
            "خالد المطيري",
            "person",
        ),
        (
            "وأعلنت خلية الإعلام الأمني إحباط هجوم بصاروخين.",
            "خلية الإعلام الأمني",
            "office",
        ),
        # the clitic ل of a source phrase; a clause after the comma is no name
        (
            "ستغادر آخر دفعة قاعدة عين الأسد، وفقاً لمصدر في قيادة العمليات المشتركة.",
            "مصدر في قيادة العمليات المشتركة",
            "anonymous",
        ),
        (
            "بحسب مصدر في وزارة الدفاع، ستغادر آخر دفعة.",
            "مصدر في وزارة الدفاع",
            "anonymous",
        ),
    ],
)
def test_more_arabic_speaker_phrases(text: str, name: str, kind: str) -> None:
    speaker = only(text).speaker
    assert (speaker.name, speaker.kind.value) == (name, kind)


def test_a_long_statement_from_someone_speaks_for_them() -> None:
    text = (
        "A statement from the office of Prime Minister Mohammed Shia al-Sudani said"
        " the mission would end by September 2025."
    )
    assert "Sudani" in only(text).speaker.name


def test_an_english_name_with_lower_case_words_speaks() -> None:
    text = "Attacks hit bases this week, the Syrian Observatory for Human Rights said."
    assert only(text).speaker.name == "Syrian Observatory for Human Rights"


def test_a_source_that_spoke_to_an_arabic_channel_with_ila() -> None:
    frame = only("وقال مسؤولون تحدثوا إلى رويترز إن 900 جندي سيبقون.")
    assert [s.name for s in frame.chain] == ["Reuters"]


def test_the_channel_after_a_comma_is_no_apposition() -> None:
    """X، لـ"السومرية نيوز"، إن: told the outlet, not a second name for X."""
    frame = only(
        'وقال عضو لجنة الأمن والدفاع النيابية مهدي تقي، لـ"السومرية نيوز"، إن'
        ' "عدد القوات لن يتجاوز 2000 عسكري".'
    )
    assert (frame.speaker.name, frame.speaker.role) == (
        "مهدي تقي",
        "عضو لجنة الأمن والدفاع النيابية",
    )
    assert [s.name for s in frame.chain] == ["Alsumaria"]


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        ("The Iraqi government, in a statement issued late Sunday, said 3,000 "
         "troops had left.", "Iraqi government", []),
        ("The ministry, in an interview with Reuters, said 500 troops left.",
         "ministry", ["Reuters"]),
        ("وقالت الحكومة العراقية، في بيان، إن 3000 جندي غادروا.",
         "الحكومة العراقية", []),
    ],
)  # fmt: skip
def test_an_occasion_between_subject_and_verb_is_an_aside(
    text: str, speaker: str, chain: list[str]
) -> None:
    """ "X, in a statement issued late Sunday, said": X said it."""
    frame = only(text)
    assert frame.speaker.name == speaker
    assert [s.name for s in frame.chain] == chain


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("ولفت النائب عن ائتلاف دولة القانون إلى أن 160 نائباً وقعوا.",
         "anonymous", "النائب عن ائتلاف دولة القانون"),
        ("وقال النائب عن ائتلاف دولة القانون محمد الصيهود إن 160 نائباً وقعوا.",
         "person", "محمد الصيهود"),
        ("وقال نائب رئيس الوزراء فؤاد حسين إن 160 نائباً وقعوا.", "person", "فؤاد حسين"),
        ("وأعلن التحالف الدولي عن انتهاء مهامه القتالية بنهاية عام 2021.",
         "office", "التحالف الدولي"),
    ],
)  # fmt: skip
def test_an_mp_for_a_bloc_and_announcing_about(text: str, kind: str, name: str) -> None:
    """النائب عن ائتلاف X is one of its MPs; أعلن X عن: عن is the verb's."""
    frame = only(text)
    assert (frame.speaker.kind.value, frame.speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The spokesman, Basim al-Awadi, said 86 countries were members. Awadi also "
         "said 900 troops are in Syria.", "Basim al-Awadi"),
        ("وقال وزير الخارجية فؤاد حسين إن 2500 جندي في العراق. وأكد حسين أن 900 جندي"
         " في سوريا.", "فؤاد حسين"),
    ],
)  # fmt: skip
def test_a_surname_refers_back_to_the_full_name(text: str, full: str) -> None:
    first, second = find_frames(text)
    assert first.speaker.name == second.speaker.name == full


def test_a_role_to_an_office_is_no_name() -> None:
    """المستشار الأمني لرئيس الوزراء: the PM is whose adviser, not a name."""
    office = only('وقال المستشار الأمني لرئيس الوزراء إن "87 دولة انضمت".')
    assert (office.speaker.kind.value, office.speaker.name) == (
        "office",
        "المستشار الأمني لرئيس الوزراء",
    )
    person = only("وقال المستشار الأمني لرئيس الوزراء حسين علاوي إن 87 دولة انضمت.")
    assert (person.speaker.name, person.speaker.role) == (
        "حسين علاوي",
        "المستشار الأمني لرئيس الوزراء",
    )


def test_an_as_aside_attributes_unless_it_names_the_other_side() -> None:
    """ "…, as the Pentagon said" is the source; after "according to" a contrast."""
    assert only("About 2,500 troops remain, as the Pentagon said.").speaker.name == (
        "Pentagon"
    )
    frame = only(
        "According to Iraqi officials, the work will be completed by the end of 2026"
        " — not September, as Washington has said."
    )
    assert frame.speaker.name == "Iraqi officials"


def test_a_known_group_name_is_one_speaker() -> None:
    """قوات سوريا الديمقراطية is the SDF, not "forces" followed by a place."""
    frame = only("قالت قوات سوريا الديمقراطية (قسد) إن 9 آلاف عنصر محتجزون في سجونها.")
    assert frame.speaker.name == "قوات سوريا الديمقراطية"
    assert frame.speaker.entity == "sdf"


def test_sunday_is_still_a_time_after_the_speaker() -> None:
    assert only("وقال الوزير الأحد إن 500 جندي غادروا.").speaker.name == "الوزير"


def test_estimated_after_its_subject_is_a_reporting_verb() -> None:
    frame = only("About 3,000 fighters remain in Syria, a U.N. report estimated.")
    assert frame.stance is Stance.ESTIMATES
    assert only("An estimated 2,500 troops remain in Iraq.").speaker.is_outlet


def test_known_office_gets_its_entity_id() -> None:
    frame = only("وقال البنتاغون إن 500 جندي سيصلون.")
    assert frame.speaker.kind.value == "office"
    assert frame.speaker.entity is not None


def test_a_state_is_not_a_person() -> None:
    frame = only("العراق يرحب بقرار مجلس الأمن ويعلن تشكيل لجنة.")
    assert frame.speaker.kind.value != "person"


# -- chains -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("About 700 soldiers will leave Iraq, Defense News reported.", "Defense News"),
        (
            "Two officials told the Kurdistan Chronicle that 700 would leave.",
            "the Kurdistan Chronicle",
        ),
        (
            "The Iraqi News Agency reported that 700 soldiers would leave.",
            "Iraqi News Agency (INA)",
        ),
    ],
)
def test_an_unknown_english_outlet_is_known_by_its_last_word(
    text: str, outlet: str
) -> None:
    """ "Defense News reported": not a person, a channel; a known name wins."""
    frame = only(text)
    assert [s.name for s in frame.chain] == [outlet]
    assert frame.speaker.kind.value != "person"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The minister told state news agency MTI that 130 soldiers stay.", ["MTI"]),
        (
            "The minister told the Greek daily Kathimerini that 40 stay.",
            ["Kathimerini"],
        ),
        # a day or a place after the type noun names no outlet
        ("The minister told the agency Sunday that 130 soldiers stay.", []),
        ("The minister told the agency in Baghdad that 130 soldiers stay.", []),
    ],
)
def test_a_name_after_an_english_type_noun_is_an_outlet(
    text: str, chain: list[str]
) -> None:
    assert chain_names(find_frames(text)[-1]) == chain


def test_the_newspaper_is_the_last_newspaper_named() -> None:
    text = (
        "ذكرت صحيفة واشنطن بوست أن المفاوضات تعثرت. "
        "ونقلت وكالة رويترز عن مسؤول أن الوفد غادر. "
        "وبحسب الصحيفة، فإن 40 مستشارا سيبقون."
    )
    last = find_frames(text)[-1]
    assert chain_names(last) == ["The Washington Post"]
    assert last.speaker.is_outlet


def test_the_newspaper_resolves_to_an_outlet_met_only_in_quotes() -> None:
    text = 'قالت صحيفة "النجمة" إن الجسر انهار. ونقلت الصحيفة عن شهود أن 7 سيارات سقطت.'
    second = find_frames(text)[1]
    assert chain_names(second) == ["النجمة"]
    assert second.speaker.name == "شهود"


def test_chains_are_nearest_first_and_start_with_relays() -> None:
    text = "وقال مسؤول محلي لوكالة رويترز إن 60 عائلة نزحت."
    frame = only(text, relays=[NATIONAL])
    assert chain_names(frame) == ["The National", "Reuters"]
    english = only(
        "According to The Washington Post, an aide told Reuters that 5 ships left."
    )
    assert chain_names(english) == ["The Washington Post", "Reuters"]


def test_relays_start_every_chain_even_in_the_outlet_voice() -> None:
    text = "ارتفعت الأسعار.\nوقال الوزير إن الدعم مستمر."
    frames = find_frames(text, relays=[REUTERS])
    assert [chain_names(f) for f in frames] == [["Reuters"], ["Reuters"]]
    assert frames[0].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Iraqi News Agency quoted the army spokesman as saying 40 left.",
            "army spokesman",
        ),
        ("The Iraqi News Agency (INA) quoted Rasool as saying 40 left.", "Rasool"),
        ("Al Jazeera (Qatar) quoted Rasool as saying 40 left.", "Rasool"),
        # "cited X as saying" relays as "quoted" does
        ("The Wall Street Journal cited two officials as saying 40 left.", "officials"),
        (
            "The drawdown was reported by Reuters, which cited two officials as"
            " saying 40 left.",
            "officials",
        ),
    ],
)
def test_an_outlet_with_an_article_or_a_gloss_keeps_the_chain(
    text: str, speaker: str
) -> None:
    frame = only(text)
    assert speaker in frame.speaker.name
    assert len(frame.chain) == 1
    assert frame.chain[0].name != "the outlet"


def test_cited_without_as_saying_relays_no_one() -> None:
    text = "The minister cited security concerns, and 2,500 troops remain."
    assert find_frames(text)[0].speaker_at(text.index("2,500")).is_outlet


def test_a_bracketed_gloss_before_an_arabic_verb_keeps_the_subject() -> None:
    frame = only("وقالت وكالة الأنباء العراقية (واع) إن 40 جنديا غادروا.")
    assert chain_names(frame) == ["Iraqi News Agency (INA)"]
    person = only("Yahya Rasool (the army spokesman) said 40 troops left.")
    assert person.speaker.name == "Yahya Rasool"


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 troops remain, two officials said, adding that 900 are in Syria.",
        "نحو 2000 جندي ما زالوا في العراق، قال مسؤولان، مضيفين أن 900 في سوريا.",
    ],
)
def test_content_before_an_inverted_frame_that_goes_on(text: str) -> None:
    frame = only(text)
    for figure in ("2,000" if "2,000" in text else "2000", "900"):
        assert not frame.speaker_at(text.index(figure)).is_outlet, figure


def test_an_adjunct_before_the_frame_stays_the_outlets() -> None:
    text = "On 12 March, officials said that 2,000 troops remain."
    frame = only(text)
    assert frame.speaker_at(text.index("12 March")).is_outlet
    assert not frame.speaker_at(text.index("2,000")).is_outlet


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "وبحسب إحصاءات البنتاغون، تعرضت القوات لأكثر من 70 هجوما.",
            "البنتاغون",
            "estimates",
        ),
        (
            "ووفق أرقام وزارة الدفاع، تعرضت القوات لأكثر من 70 هجوما.",
            "وزارة الدفاع",
            "says",
        ),
        (
            "وذكر تقرير لوزارة الدفاع أن القوات تعرضت لأكثر من 70 هجوما.",
            "وزارة الدفاع",
            "reports",
        ),
        (
            "According to figures from the Pentagon, there were 70 attacks.",
            "Pentagon",
            "says",
        ),
        ("A report by the Pentagon said there were 70 attacks.", "Pentagon", "says"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(
    text: str, speaker: str, stance: str
) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert frame.speaker.kind.value == "office"
    assert frame.stance.value == stance


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب الاتفاق المبرم بين بغداد وواشنطن، ستغادر 2000 جندي.",
        "ووفق الأرقام الرسمية، تعرضت القوات لأكثر من 70 هجوما.",
        "According to the agreement signed in Baghdad, 2,000 troops will leave.",
    ],
)
def test_a_document_with_no_issuer_stays_the_outlets(text: str) -> None:
    assert only(text).speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Some 3,000 fighters were mobilised, the group's leader claimed, "
            "a figure others disputed.",
            "Some 3,000 fighters were mobilised",
        ),
        ("On Monday, officials said, 2,000 troops left.", "2,000 troops left"),
        ("Meanwhile, officials said, 2,000 troops left.", "2,000 troops left"),
    ],
)
def test_an_aside_after_an_inverted_frame_is_not_the_content(
    text: str, content: str
) -> None:
    frame = only(text)
    assert [text[a:b] for a, b in frame.content] == [content]


def test_a_dotted_abbreviation_stays_in_the_speaker() -> None:
    frame = only("There were at least 66 attacks, according to a U.S. official.")
    assert frame.speaker.name == "U.S. official"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال د. عماد الخزرجي إن 2000 جندي باقون.", "عماد الخزرجي"),
        ("وقال د.عماد الخزرجي إن 2000 جندي باقون.", "عماد الخزرجي"),
        (
            "أكد اللواء أ.ح. مجدي عبد السلام، الخبير العسكري، أن 1000 جندي باقون.",
            "مجدي عبد السلام",
        ),
    ],
)
def test_an_arabic_title_in_letters_is_no_sentence_end(text: str, speaker: str) -> None:
    # د. and أ.ح. had ended the sentence, leaving the name without its verb
    frame = find_frames(text)[-1]
    assert (frame.speaker.name, frame.speaker.kind.value) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Iran-aligned groups have claimed more than 150 attacks.",
            "Iran-aligned groups",
        ),
        ("The embassy had previously said 2,500 troops remain.", "embassy"),
    ],
)
def test_an_auxiliary_is_not_part_of_the_subject(text: str, speaker: str) -> None:
    assert only(text).speaker.name == speaker


def test_a_channel_repeated_by_the_relay_is_not_doubled() -> None:
    text = "وقال السفير لموقع ذي ناشنال إن السفارة ستفتح."
    assert chain_names(only(text, relays=[NATIONAL])) == ["The National"]


# -- continuation ---------------------------------------------------------------

CONTINUATIONS = [
    ("قال الوزير سامي حداد إن الميناء سيفتح. وأضاف أن 20 سفينة تنتظر.", "سامي حداد"),
    ("قال الوزير سامي حداد إن الميناء سيفتح. وتابع: «سنعمل ليلا ونهارا».", "سامي حداد"),
    (
        "قال الوزير سامي حداد إن الميناء سيفتح. وأشار إلى أن 20 سفينة تنتظر.",
        "سامي حداد",
    ),
    ("قال الوزير سامي حداد إن الميناء سيفتح. ولفت إلى أن الرسوم ستنخفض.", "سامي حداد"),
    ("قال الوزير سامي حداد إن الميناء سيفتح. وأوضح أن العمل بدأ.", "سامي حداد"),
    (
        "The minister, Sara Nouri, said the port would open. He added that 20 waited.",
        "Sara Nouri",
    ),
    (
        "Sara Nouri, the minister, said the port would open. She said 20 ships waited.",
        "Sara Nouri",
    ),
    ('قال الوزير سامي حداد: "الميناء سيفتح غدا". "وسنعمل ليلا ونهارا".', "سامي حداد"),
]


@pytest.mark.parametrize(("text", "name"), CONTINUATIONS)
def test_continuation_inherits_the_speaker(text: str, name: str) -> None:
    first, second = find_frames(text)
    assert first.speaker.name == name
    assert second.speaker.name == name
    assert second.inherited
    assert second.speaker_span is None


def test_continuation_inherits_the_chain() -> None:
    text = (
        "ونقلت رويترز عن مسؤولين أن القوات ستغادر. وأضاف المسؤولون أن 400 جندي سيبقون."
    )
    first, second = find_frames(text)
    assert chain_names(second) == ["Reuters"]
    assert second.speaker == first.speaker
    assert second.inherited


def test_a_speaker_named_again_keeps_the_channel() -> None:
    text = (
        "وقال النائب وليد عمر لقناة الحرة إن الجلسة أرجئت. "
        "وأضاف عمر أن 30 نائبا قاطعوا."
    )
    second = find_frames(text)[1]
    assert second.speaker.name == "وليد عمر"
    assert chain_names(second) == ["Al-Hurra"]


def test_a_participle_continues_inside_an_unframed_sentence() -> None:
    text = (
        "قال الوزير سامي حداد إن الميناء سيفتح. "
        "وتبحث الحكومة عن تمويل، مضيفا أن 20 سفينة تنتظر."
    )
    second = find_frames(text)[1]
    assert second.speaker.name == "سامي حداد"
    assert second.speaker_at(text.index("20")).name == "سامي حداد"
    assert second.speaker_at(text.index("تمويل")).is_outlet


def test_a_new_paragraph_without_a_frame_reverts_to_the_outlet() -> None:
    text = 'قال الوزير سامي حداد إن الميناء سيفتح.\n"الميناء جاهز".\nوتحسن الطقس.'
    frames = find_frames(text, relays=[REUTERS])
    assert frames[1].speaker.is_outlet  # a quotation in a new paragraph
    assert frames[2].speaker.is_outlet
    assert chain_names(frames[2]) == ["Reuters"]


def test_anaphors_refer_back_to_the_group_and_the_statement() -> None:
    text = (
        "ونقلت وكالة رويترز عن مصادر مطلعة أن الاتفاق جاهز. "
        "وقال مسؤول إن الإعلان قريب. "
        "وسيوقع الاتفاق الشهر المقبل، وفق المصادر. "
        "وأعلن الطرفان في بيان مشترك تشكيل 3 لجان. "
        "وستجتمع اللجان شهريا، بحسب البيان."
    )
    frames = find_frames(text)
    assert frames[2].speaker.name == "مصادر مطلعة"
    assert chain_names(frames[2]) == ["Reuters"]
    assert frames[3].speaker.name == "joint statement"
    assert frames[4].speaker.name == "joint statement"


def test_a_partitive_is_part_of_the_group() -> None:
    text = "وتشمل المصادر ستة مسؤولين، وأكد بعضهم أن التوقيع قريب."
    frame = find_frames("ونقلت رويترز عن مصادر مطلعة أن الموعد تحدد. " + text)[-1]
    assert frame.speaker.kind.value == "anonymous"
    assert chain_names(frame) == ["Reuters"]


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "وبحسب بيان صادر عن وزارة المياه، فإن 6 سدود امتلأت. "
        "وأضاف البيان أن المخزون كاف."
    )
    first, second = find_frames(text)
    assert first.speaker.name == "وزارة المياه"
    assert second.speaker == first.speaker
    english = only("The toll rose to 40, according to a statement from the ministry.")
    assert english.speaker.name == "ministry"


def test_an_institution_with_a_long_name_is_not_a_person() -> None:
    frame = only("وذكر المركز الوطني للأرصاد الجوية أن الحرارة ستبلغ 48 درجة.")
    assert frame.speaker.kind.value == "office"


def test_a_channel_named_before_the_speaker() -> None:
    text = (
        "In an interview with Al Jazeera, Interior Minister Ali Rida said 90 men fled."
    )
    frame = only(text)
    assert chain_names(frame) == ["Al Jazeera"]
    assert frame.speaker.name == "Ali Rida"


def test_thousands_separators_do_not_cut_a_subject() -> None:
    text = "The army has about 2,500 soldiers in the north, spokesman Ziad Karam said."
    frame = only(text)
    assert frame.speaker.name == "Ziad Karam"
    assert frame.speaker_at(text.index("2,500")).name == "Ziad Karam"


# -- what the speaker says, and what the outlet says ----------------------------


def test_the_day_of_a_statement_is_the_outlets() -> None:
    text = "وقالت الوزارة، الثلاثاء، إن 15 مركزا أغلقت."
    frame = only(text)
    assert frame.speaker_at(text.index("الثلاثاء")).is_outlet
    assert frame.speaker_at(text.index("15")).name == "الوزارة"


def test_brackets_are_the_outlets_aside() -> None:
    text = "وأعلن التحالف (الذي يضم 20 دولة) إرسال 300 جندي."
    frame = only(text)
    assert frame.speaker_at(text.index("20")).is_outlet
    assert frame.speaker_at(text.index("300")).name == "التحالف"


def test_content_before_a_final_frame() -> None:
    text = "About 2,000 troops will stay, officials said."
    frame = only(text)
    assert frame.speaker_at(text.index("2,000")).name == "officials"


def test_stance_of_the_content_verb() -> None:
    frame = only("وقال مسؤولون إنهم يتوقعون أن يبلغ العدد 500.")
    assert frame.stance is Stance.EXPECTS
    assert only("وتعتزم الحكومة إرسال 50 طبيبا.").stance is Stance.PLANS


def test_a_second_frame_after_while_is_its_own_clause() -> None:
    text = "وقال الوزير إن 10 جسور تضررت، فيما أكد المحافظ أن 3 جسور فقط تضررت."
    first, second = find_frames(text)
    assert first.speaker.name == "الوزير"
    assert second.speaker.name == "المحافظ"
    assert first.end <= second.start


# -- relays ---------------------------------------------------------------------

RELAYS = [
    (
        "ترجمة: سمير علي\n\nقال مسؤولون إن 80 شاحنة عبرت.\n\nعن صحيفة الغارديان",
        "The Guardian",
    ),
    ("ترجمة/ نادية\nارتفعت الأسعار.\nعن ذي ناشنال الإخباري", "The National"),
    ("قال مسؤولون إن 80 شاحنة عبرت.\nنقلا عن رويترز", "Reuters"),
    ("قال مسؤولون إن 80 شاحنة عبرت.\nالمصدر: فرانس برس", "AFP"),
    ("Officials said 80 trucks crossed.\nTranslated from Al-Monitor", "Al-Monitor"),
    ("MOSUL (Reuters) - Officials said 80 trucks crossed on Monday.", "Reuters"),
    ("بغداد (أسوشيتد برس) - قال مسؤولون إن 80 شاحنة عبرت.", "AP"),
    ("Officials said 80 trucks crossed.\n— Reuters", "Reuters"),
    # a place, a dash and the agency on a line of their own, brackets or not
    ("الموصل - رويترز\nقال مسؤولون إن 80 شاحنة عبرت.", "Reuters"),
    ("أربيل – (أ ف ب):\nقال مسؤولون إن 80 شاحنة عبرت.", "AFP"),
    # a place no list knows, before an agency
    ("برلين – (د ب أ)\nقال مسؤولون إن 80 شاحنة عبرت.", "dpa"),
    # the agency that carries the story, then the one it came from
    ("بغداد (وات – أ ف ب) – قال مسؤولون إن 80 شاحنة عبرت.", "AFP"),
    # a wire service's name on a line of its own under the headline
    ("Iraq begins process to end coalition presence\nAFP\nOfficials said 80.", "AFP"),
    ("Troops leave Baghdad\nBy Reuters\nOfficials said 80 trucks crossed.", "Reuters"),
    ("WORLD | REUTERS\nTroops leave Baghdad\nOfficials said 80 crossed.", "Reuters"),
    # the place, the paper that prints it and the agency, between dashes
    ("واشنطن - الحياة اليومية - أ ف ب\nقال مسؤولون إن 80 شاحنة عبرت.", "AFP"),
]


@pytest.mark.parametrize(("text", "outlet"), RELAYS)
def test_detect_relays_from_bylines_and_credits(text: str, outlet: str) -> None:
    assert [s.name for s in detect_relays(text)] == [outlet]


def test_an_aggregators_items_relay_the_outlet_named_on_their_own_line() -> None:
    text = (
        "Google Alerts: Ain al-Asad\n\n"
        "US troops begin final phase of exit\n"
        "Shafaq News\n"
        "Security sources said about 400 US troops remain at the base.\n\n"
        "Reuters › World\n"
        "The Pentagon said 12 sites were handed over.\n\n"
        "Officials said 80 trucks crossed."
    )
    frames = find_frames(text)
    chains = [chain_names(f) for f in frames if "said" in text[f.start : f.end]]
    assert chains == [["Shafaq News"], ["Reuters"], []]
    # a bracketed credit under a caption is no item's
    caption = "Troops at the base.\n(Reuters)\nOfficials said 80 trucks crossed."
    assert all(not f.chain for f in find_frames(caption))


NOT_RELAYS = [
    "ونقلت وكالة رويترز عن مسؤولين أن 80 شاحنة عبرت.",
    "صورة للجسر بعد القصف في الموصل (رويترز)\nقال مسؤولون إن الجسر انهار.",
    "Officials told Reuters that 80 trucks crossed.",
    "عن المؤلف\nكاتب وصحفي",
    # a genre and the outlet's own name over its report: no place, no relay
    "تقرير - رويترز\nقال مسؤولون إن 80 شاحنة عبرت.",
    "تحليل - رويترز\nقال مسؤولون إن 80 شاحنة عبرت.",
    # a line that reports on an agency, or a paper's own masthead
    "Reuters reports on Iraq\nOfficials said 80 trucks crossed.",
    "China Daily\nOfficials said 80 trucks crossed.",
]


@pytest.mark.parametrize("text", NOT_RELAYS)
def test_mentions_in_the_body_are_not_relays(text: str) -> None:
    assert detect_relays(text) == ()


# -- outlets ----------------------------------------------------------------------

OUTLET_NAMES = [
    ("Reuters", "Reuters"),
    ("رويترز", "Reuters"),
    ("وكالة رويترز", "Reuters"),
    ("The New York Times", "The New York Times"),
    ("نيويورك تايمز", "The New York Times"),
    ("The National", "The National"),
    ("ذي ناشنال", "The National"),
    ("Iraqi News Agency (INA)", "Iraqi News Agency (INA)"),
    ("وكالة الأنباء العراقية", "Iraqi News Agency (INA)"),
    ("واع", "Iraqi News Agency (INA)"),
    ("فرانس برس", "AFP"),
    ("أسوشيتد برس", "AP"),
    ("الجزيرة", "Al Jazeera"),
    ("قناة الحرة", "Al-Hurra"),
    ("الأناضول", "Anadolu Agency"),
    ("سانا", "SANA"),
    ("روداو", "Rudaw"),
    ("المدى", "Al-Mada"),
    ("عنب بلدي", "Enab Baladi"),
    ("الشرق الأوسط", "Asharq Al-Awsat"),
    ("Sky News Arabia", "Sky News Arabia"),
    ("Wall Street Journal", "The Wall Street Journal"),
    # a language edition is the outlet
    ("رويترز بالعربية", "Reuters"),
    ("Reuters Arabic", "Reuters"),
    ("وكالة فرانس برس بالعربية (أ ف ب)", "AFP"),
    # the Middle East News Agency is not the newspaper Asharq Al-Awsat
    ("وكالة أنباء الشرق الأوسط", "Middle East News Agency (MENA)"),
    ("وكالة أنباء البحرين (بنا)", "Bahrain News Agency"),
    ("بلومبرج", "Bloomberg"),
]


@pytest.mark.parametrize(("name", "expected"), OUTLET_NAMES)
def test_known_source_by_any_name(name: str, expected: str) -> None:
    source = known_source(name)
    assert source is not None
    assert source.name == expected


@pytest.mark.parametrize("name", ["وزارة الدفاع", "the Pentagon", "", "صحيفة"])
def test_known_source_rejects_non_outlets(name: str) -> None:
    assert known_source(name) is None


def test_ambiguous_outlet_names_need_a_cue() -> None:
    # المدى is also "range": on its own in the text it is not an outlet.
    frame = only("وقال الخبير إن المدى الزمني للخطة 5 سنوات.")
    assert frame.chain == ()


# -- sentences ----------------------------------------------------------------------

SPLITS = [
    ("قال الوزير إن العدد 2.5 مليون. وأضاف أنه سيرتفع.", 2),
    ("The U.S. embassy said so. Gen. Smith agreed.", 2),
    ("APPROX. 2,500 U.S. TROOPS ARE IN IRAQ. More later.", 2),
    ('وقال: "انتهى الأمر. لن نعود". ثم غادر.', 2),
    ("هل انتهت الحرب؟ لا أحد يعرف!", 2),
    ("سطر أول بلا نقطة\nسطر ثان", 2),
    ("قال المسؤول (..) إن الخطة جاهزة.", 1),
    ("", 0),
    # a bullet opens an item of a list run into one line
    ("أبرز العناوين: • الوزارة: 40 قتيلاً • الجيش: 12 موقعاً", 3),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_split_sentences(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


# -- properties -----------------------------------------------------------------------

_WORDS = ["بحسب ", "الصحيفة ", "رويترز ", "said ", "according to ", "\u064e", "ـ"]
_ALPHABET = st.sampled_from(
    [*'قال إن وأضاف مسؤولون «»"“”().,،:؛؟!\n 0123456789', *_WORDS]
)
texts = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=200)


@given(texts)
def test_frames_tile_the_text_in_order(text: str) -> None:
    frames = find_frames(text)
    position = 0
    for frame in frames:
        assert position <= frame.start < frame.end <= len(text)
        position = frame.end
        for a, b in frame.content:
            assert frame.start <= a < b <= frame.end
    covered = [False] * len(text)
    for frame in frames:
        for i in range(frame.start, frame.end):
            covered[i] = True
    for i, ch in enumerate(text):
        if normalise_text(ch).text.strip():
            assert covered[i], (text, i)


@given(texts)
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    detect_relays(text)
    for frame in find_frames(text, relays=[REUTERS]):
        assert frame.chain[0] == REUTERS
        frame.speaker_at(frame.start)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Pentagon, which oversees the mission, said 2,500 troops remain.",
            "Pentagon",
        ),
        (
            "The ministry, whose spokesman spoke on Monday, said 300 troops left.",
            "ministry",
        ),
        ("وقالت الوزارة، التي تشرف على المهمة، إن 2500 جندي ما زالوا هناك.", "الوزارة"),
    ],
)
def test_a_relative_clause_on_the_subject_is_not_the_speaker(
    text: str, speaker: str
) -> None:
    figure = next(w for w in ("2,500", "300", "2500") if w in text)
    assert only(text).speaker_at(text.index(figure)).name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a Congressional Research Service report published in May,"
            " the US had about 2,500 troops in Iraq.",
            "Congressional Research Service",
        ),
        ("According to Pentagon figures, 2,500 troops are in Iraq.", "Pentagon"),
        ("A Pentagon study of the base said 2,500 troops are there.", "Pentagon"),
        # a document noun inside a name is the name's
        (
            "The Institute for the Study of War said that 2,500 troops are there.",
            "Institute for the Study of War",
        ),
    ],
)
def test_the_issuer_of_a_compound_document_phrase_is_the_source(
    text: str, speaker: str
) -> None:
    assert only(text).speaker_at(text.index("2,500")).name == speaker


@pytest.mark.parametrize(
    ("text", "figure", "speaker", "kind"),
    [
        (
            "The Pentagon estimates that 2,500 troops are in Iraq.",
            "2,500",
            "Pentagon",
            "office",
        ),
        (
            "US officials expect 1,500 troops to remain.",
            "1,500",
            "US officials",
            "anonymous",
        ),
        (
            "Analysts believe about 2,000 troops will stay.",
            "2,000",
            "Analysts",
            "anonymous",
        ),
        (
            "The minister acknowledged that 300 soldiers were hurt.",
            "300",
            "minister",
            "office",
        ),
        ("ويرى محللون أن نحو 2000 جندي سيبقون.", "2000", "محللون", "anonymous"),
        (
            "Two lawmakers said 175 MPs had voted for it.",
            "175",
            "Two lawmakers",
            "anonymous",
        ),
    ],
)
def test_more_verbs_of_saying_and_unnamed_groups(
    text: str, figure: str, speaker: str, kind: str
) -> None:
    found = only(text).speaker_at(text.index(figure))
    assert (found.name, found.kind) == (speaker, kind)


def test_an_estimated_figure_is_no_frame_of_its_own() -> None:
    text = "An estimated 2,500 troops remain in Iraq, officials said."
    assert only(text).speaker_at(text.index("2,500")).name == "officials"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition has carried out 34,000 airstrikes, according to U.S. Central"
        " Command.",
        "According to U.S. Central Command, 34,000 airstrikes were carried out.",
    ],
)
def test_us_before_a_name_is_part_of_it(text: str) -> None:
    assert only(text).speaker_at(text.index("34,000")).name == "U.S. Central Command"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال حزب الله إن 10 آلاف مقاتل مستعدون.", "حزب الله"),
        ("وقالت كتائب حزب الله إن 10 آلاف مقاتل مستعدون.", "كتائب حزب الله"),
    ],
)
def test_allah_ends_no_name(text: str, speaker: str) -> None:
    assert only(text).speaker_at(text.index("10")).name == speaker


@pytest.mark.parametrize(
    ("text", "second", "office"),
    [
        (
            "قالت وزارة الدفاع الأمريكية إن 2500 جندي في العراق."
            " وأضافت الوزارة أن 900 جندي في سوريا.",
            "900",
            "وزارة الدفاع الأمريكية",
        ),
        (
            "The Iraqi Defence Ministry said 300 soldiers were trained."
            " The ministry added that 86 countries had joined.",
            "86",
            "Iraqi Defence Ministry",
        ),
    ],
)
def test_the_ministry_is_the_ministry_named_before(
    text: str, second: str, office: str
) -> None:
    frames = find_frames(text)
    frame = next(f for f in frames if f.start <= text.index(second) < f.end)
    assert frame.speaker_at(text.index(second)).name == office


def test_the_ministry_named_nowhere_before_stays_itself() -> None:
    text = "The Pentagon said 2,500 troops remain. The ministry said 300 were trained."
    frames = find_frames(text)
    frame = next(f for f in frames if f.start <= text.index("300") < f.end)
    assert frame.speaker_at(text.index("300")).name == "ministry"


def test_a_coordinated_genitive_stays_in_the_title() -> None:
    text = (
        "كشف عضو لجنة الأمن والدفاع النيابية، النائب ياسر وتوت، أن عدد المستشارين"
        " لا يتجاوز 400 مستشار."
    )
    speaker = only(text).speaker_at(text.index("400"))
    assert "وتوت" in speaker.name


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "أعلن رئيس الوزراء محمد السوداني، مساء الخميس، أن القوات العراقية تضم"
            " أكثر من مليون عنصر.",
            "مليون",
            "محمد السوداني",
        ),
        (
            "The prime minister, on Thursday evening, said 300 soldiers were hurt.",
            "300",
            "prime minister",
        ),
    ],
)
def test_a_time_of_day_is_no_speaker(text: str, figure: str, speaker: str) -> None:
    assert only(text).speaker_at(text.index(figure)).name == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rank between role and name goes with the role
        ("وقال المتحدث باسم الجيش المقدم سامر خليل إن 500 جندي غادروا.", "سامر خليل"),
        ("وقال الناطق باسم القيادة الرائد علي حسن إن 500 جندي غادروا.", "علي حسن"),
        # the clitic ل of the source phrase on the role: ووفقاً لعضو …
        ("ووفقاً لعضو لجنة الأمن النيابية سامر خليل، فإن 500 جندي غادروا.", "سامر خليل"),
    ],
)
def test_arabic_role_rank_and_name(text: str, name: str) -> None:
    assert only(text).speaker.name == name


def test_a_dual_verb_goes_on_with_the_two_speakers() -> None:
    _, second = find_frames(
        "قال مسؤولان أمريكيان لوكالة فرانس برس إن القوات انسحبت. "
        "وأوضحا أن 250 مستشاراً سيبقون في بغداد."
    )
    assert second.inherited
    assert (second.speaker.name, [s.name for s in second.chain]) == (
        "مسؤولان أمريكيان",
        ["AFP"],
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "About 2,500 troops are in Iraq, according to figures compiled by the"
            " Congressional Research Service.",
            "Congressional Research Service",
        ),
        (
            "About 2,500 troops are in Iraq, according to data released by the"
            " Defense Department.",
            "Defense Department",
        ),
    ],
)
def test_figures_speak_for_whoever_compiled_or_released_them(
    text: str, speaker: str
) -> None:
    assert only(text).speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        # told "to" a quoted name: a publication, even one no list knows
        (
            "وكشفت مصادر عسكرية لـ«صوت الرافدين» أن 300 مستشار سيغادرون.",
            "مصادر عسكرية",
            ["صوت الرافدين"],
        ),
        (
            'وقال مصدر أمني لـ"نبض الشارع" إن نحو 30 آلية وصلت.',
            "مصدر أمني",
            ["نبض الشارع"],
        ),
        # outlets of Iraq and agencies abroad, by their printed names
        ("وقال ضابط لشبكة 964 إن 250 جنديا غادروا.", "ضابط", ["964"]),
        (
            "ونقلت وكالة الأنباء الألمانية (د ب أ) عن متحدث عسكري أن 150 جنديا باقون.",
            "متحدث عسكري",
            ["dpa"],
        ),
        # a construct chain of indefinite nouns runs to the definite one
        (
            "وقال ضابط في قيادة عمليات الأنبار لرويترز إن 250 جنديا غادروا.",
            "ضابط في قيادة عمليات الأنبار",
            ["Reuters"],
        ),
    ],
)
def test_arabic_channels_and_construct_chains(
    text: str, speaker: str, chain: list[str]
) -> None:
    frame = find_frames(text)[0]
    assert (frame.speaker.name, chain_names(frame)) == (speaker, chain)


def test_a_quantity_noun_after_the_source_is_the_verb_s_object() -> None:
    # عدد starts the object of يقدر, not a construct chain of the source
    frame = find_frames("ويقدر خبراء أمنيون عدد المقاتلين بنحو 5 آلاف.")[0]
    assert frame.speaker.name == "خبراء أمنيون"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of counting reports a figure like a verb of saying
        (
            "وأحصت القيادة المركزية الأمريكية 37 هجوما على قواتها.",
            "القيادة المركزية الأمريكية",
        ),
        ("CTP-ISW recorded 14 attacks on US positions in Syria.", "CTP-ISW"),
        # the pluperfect particle قد is the verb's, not the speaker's
        (
            "وكانت خلية الإعلام الأمني قد أعلنت سقوط ثلاثة صواريخ.",
            "خلية الإعلام الأمني",
        ),
    ],
)
def test_verbs_of_counting_and_the_pluperfect(text: str, speaker: str) -> None:
    assert find_frames(text)[0].speaker.name == speaker


def test_a_role_in_construct_keeps_the_name_after_its_rank() -> None:
    text = (
        "نقلت وكالة الأنباء العراقية (واع) عن قائد عمليات الجزيرة اللواء الركن عادل"
        " الفهداوي قوله إن القطعات تسلمت المسؤولية."
        " وأضاف الفهداوي أن 2000 جندي انتشروا."
    )
    first, second = find_frames(text)
    assert (first.speaker.name, first.speaker.role) == (
        "عادل الفهداوي",
        "قائد عمليات الجزيرة اللواء الركن",
    )
    assert second.speaker.name == "عادل الفهداوي"
    assert chain_names(second) == ["Iraqi News Agency (INA)"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sen. Tim Kaine (D-Va.), who has pushed to repeal the war authorization,"
            " said Tuesday that 2,000 troops remain.",
            "Tim Kaine",
            "Sen.",
        ),
        (
            "Rep. Mike Rogers (R-Ala.), chairman of the House Armed Services Committee,"
            " said that 2,000 troops would remain.",
            "Mike Rogers",
            "Rep., chairman of the House Armed Services Committee",
        ),
    ],
)
def test_a_party_tag_after_a_lawmaker_s_name(text: str, name: str, role: str) -> None:
    speaker = find_frames(text)[0].speaker
    assert (speaker.name, speaker.role) == (name, role)


def test_the_hill_is_an_outlet_only_where_an_outlet_may_stand() -> None:
    told = find_frames("An official told The Hill that 2,000 troops would remain.")
    assert chain_names(told[0]) == ["The Hill"]
    assert find_frames("Troops went up the hill.")[0].speaker.is_outlet


def test_a_bare_office_noun_takes_the_name_written_before() -> None:
    text = (
        "أصدرت وزارة الخارجية العراقية بياناً بمناسبة انتهاء المرحلة الأولى."
        " وأكدت الوزارة أن التحالف يضم 86 عضواً."
    )
    assert find_frames(text)[1].speaker.name == "وزارة الخارجية العراقية"
    # with nothing named before, it stays as written
    assert find_frames("وأكدت الوزارة أن التحالف يضم 86 عضواً.")[0].speaker.name == (
        "الوزارة"
    )


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a tally issued by unnamed sources speaks for them
        (
            "وقتل 12 مسلحاً في الغارة، بحسب حصيلة نشرتها مصادر طبية.",
            "مصادر طبية",
            "anonymous",
        ),
        (
            "At least 40 rockets hit the base, according to a tally compiled by"
            " local officials.",
            "local officials",
            "anonymous",
        ),
        (
            "وبحسب بيانات البنتاغون، تعرضت القوات لأكثر من 140 هجوماً.",
            "البنتاغون",
            "office",
        ),
        # a combatant command by its short name is an office, not a person
        ("CENTCOM said its forces carried out 20 raids in Syria.", "CENTCOM", "office"),
    ],
)
def test_who_issued_a_tally_speaks_for_it(text: str, speaker: str, kind: str) -> None:
    att = only(text)
    assert (att.speaker.name, att.speaker.kind.value) == (speaker, kind)


def test_according_to_what_someone_told_an_outlet_keeps_the_outlet() -> None:
    att = only(
        "ولا يزال 2500 جندي في العراق، وفق ما أكده مسؤول في السفارة ببغداد"
        " لـ«صوت الرافدين»."
    )
    assert att.speaker.kind.value == "anonymous"
    assert chain_names(att) == ["صوت الرافدين"]


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        # a report by an outlet that cited people: they speak, through it
        (
            "Troops will leave by September 2025, according to a report by The Wall"
            " Street Journal that cited three people familiar with the plan.",
            "three people",
            ["The Wall Street Journal"],
        ),
        (
            "About 2,500 troops will stay, according to a Reuters report that quoted"
            " two officials.",
            "two officials",
            ["Reuters"],
        ),
        # an outlet after its description, with no article
        (
            "According to Iraqi news outlet Shafaq News, 350 advisers will stay.",
            "the outlet",
            ["Shafaq News"],
        ),
        (
            "Kurdish broadcaster Rudaw reported that 350 advisers will stay.",
            "the outlet",
            ["Rudaw"],
        ),
        # after a comma: "according to X, which cited Y"
        (
            "According to Maariv, which cited two Israeli officials, the"
            " US will pull 1,000 troops out of Syria.",
            "two Israeli officials",
            ["Maariv"],
        ),
    ],
)
def test_an_outlets_report_and_whom_it_cited(
    text: str, speaker: str, chain: list[str]
) -> None:
    frame = only(text)
    assert (frame.speaker.name, chain_names(frame)) == (speaker, chain)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # a correspondent's report is the outlet's
        ("وأفاد مراسل «صوت الرافدين» في الحسكة بأن 25 معتقلاً نقلوا.", ["صوت الرافدين"]),
        ("وأفاد مراسل الجزيرة بأن 12 شاحنة عبرت الحدود.", ["Al Jazeera"]),
        ("A Reuters correspondent said 12 trucks left the base.", ["Reuters"]),
        # the document's own correspondent: its own voice
        ("وأوضح المراسل أن الرتل ضمّ 36 شاحنة.", []),
    ],
)
def test_a_correspondent_speaks_for_the_outlet(text: str, chain: list[str]) -> None:
    frame = only(text)
    assert frame.speaker.is_outlet
    assert chain_names(frame) == chain


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # statements of offices: condemning, mourning, welcoming
        ("وتدين السفارة الهجوم بسبعة صواريخ.", "السفارة"),
        ("ونعت الهيئة ثلاثة من منتسبيها.", "الهيئة"),
        # "per" names a source; "tell" in the present is "told"
        (
            "Erbil will host the force until end-2026, per a senior administration"
            " official.",
            "senior administration official",
        ),
        ("Fewer than 2,000 troops remain, two officials tell Axios.", "two officials"),
    ],
)
def test_more_reporting_cues(text: str, speaker: str) -> None:
    assert only(text).speaker.name == speaker


def test_per_day_is_a_rate_not_a_source() -> None:
    assert only("The militias fired 20 rockets per day at the base.").speaker.is_outlet


def test_a_present_tense_added_goes_on_with_the_speaker() -> None:
    _, second = find_frames(
        "يقول مسؤول بارز في الفصائل إن المهلة تنتهي في أيلول. "
        "ويضيف أن الفصائل أطلقت نحو خمسين طائرة مسيّرة."
    )
    assert (second.speaker.name, second.inherited) == ("مسؤول بارز في الفصائل", True)


def test_a_participle_after_a_trailing_frame_is_still_said() -> None:
    text = (
        "The coalition pulled most of its forces out of the base, two officials"
        " told Reuters on Tuesday, leaving fewer than 400 troops there."
    )
    frame = only(text)
    assert frame.speaker.name == "two officials"
    assert frame.speaker_at(text.index("400")).name == "two officials"


# -- who a clause with no subject of its own is about --------------------------------

SUBJECTS = [
    # the person the sentence before, said by nobody, was about
    (
        "Transport Secretary Dana Whitfield toured the port on Monday."
        " She said about 300 trucks would arrive.",
        "Dana Whitfield",
    ),
    (
        "زار وزير النقل سامر الحديثي الميناء أمس. وأضاف أن 300 شاحنة ستصل.",
        "سامر الحديثي",
    ),
    # an honorific stands for the person, as a pronoun does
    (
        "افتتح وزير النقل سامر الحديثي الميناء أمس. وأعلن معاليه أن 300 شاحنة ستصل.",
        "سامر الحديثي",
    ),
    # a verb joined by and/و has the subject of its own clause
    (
        "Transport Secretary Dana Whitfield toured the port on Monday, and said"
        " about 300 trucks would arrive.",
        "Dana Whitfield",
    ),
    (
        "استقبل وزير النقل سامر الحديثي وفد الشركة، وأكد أن 300 شاحنة ستصل.",
        "سامر الحديثي",
    ),
]


@pytest.mark.parametrize(("text", "name"), SUBJECTS)
def test_a_clause_with_no_subject_is_about_the_last_one_named(
    text: str, name: str
) -> None:
    last = find_frames(text)[-1]
    assert last.speaker.kind.value == "person"
    assert last.speaker.name == name


def test_a_clause_with_no_subject_still_goes_on_with_the_last_speaker() -> None:
    # the sentence between names nobody: "He" is still the minister
    *_, last = find_frames(
        "Transport Secretary Dana Whitfield said the port would reopen."
        " The storm closed it for a week. She added that 300 trucks would come."
    )
    assert last.speaker.name == "Dana Whitfield"


LABELS = [
    # a line of a ticker: the source, whom it told, a colon
    ("عاجل | مصدر أمني للقناة: سقوط 3 صواريخ قرب المطار", "مصدر أمني", "anonymous"),
    # minutes: the chair's title, then the member in brackets
    (
        "السيد رئيس لجنة النقل (النائب سامر الحديثي): الوزارة أنجزت 12 مشروعاً.",
        "سامر الحديثي",
        "person",
    ),
    ("الأخبار: • وزارة الصحة: 40 إصابة جديدة", "وزارة الصحة", "office"),
]


@pytest.mark.parametrize(("text", "name", "kind"), LABELS)
def test_labels_of_tickers_bulletins_and_minutes(
    text: str, name: str, kind: str
) -> None:
    last = find_frames(text)[-1]
    assert (last.speaker.name, last.speaker.kind.value) == (name, kind)


def test_an_occasion_with_a_possessive_is_no_part_of_the_speaker() -> None:
    frame = only("وأكد الحديثي في كلمته أن 300 شاحنة ستصل.")
    assert (frame.speaker.name, frame.speaker.kind.value) == ("الحديثي", "person")


PRESS_REVIEW = [
    # a known outlet in quotation marks after the verb
    ("قالت «واشنطن بوست» إن 40 موظفاً غادروا.", "The Washington Post", None),
    # the topic of أما … فـ
    (
        "أما «نيويورك تايمز» فنقلت عن مسؤولَين أن 40 موظفاً غادروا.",
        "The New York Times",
        "مسؤولَين",
    ),
    ("أما وزارة النقل فأكدت أن 40 موظفاً غادروا.", None, "وزارة النقل"),
    # a relative pronoun right before the verb stands for what it follows
    (
        "ونبدأ من صحيفة «وول ستريت جورنال» الأمريكية، التي قالت إن 40 موظفاً غادروا.",
        "The Wall Street Journal",
        None,
    ),
    (
        "والتقى الوزير السفير الأمريكي الذي قال إن 40 موظفاً غادروا.",
        None,
        "السفير الأمريكي",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "speaker"), PRESS_REVIEW)
def test_the_press_reviews_turns(
    text: str, outlet: str | None, speaker: str | None
) -> None:
    frame = only(text)
    assert [s.name for s in frame.chain] == ([outlet] if outlet else [])
    if speaker is None:
        assert frame.speaker.is_outlet
    else:
        assert frame.speaker.name == speaker


ARABIC_LABELS = [
    # an interview's labels: a full name, a family name, a name with its role
    ("سامر الحديثي: افتتحنا 12 مشروعاً هذا العام.", "سامر الحديثي"),
    ("الحديثي: افتتحنا 12 مشروعاً هذا العام.", "الحديثي"),
    ("سامر حسن (المتحدث باسم وزارة النقل): افتتحنا 12 مشروعاً.", "سامر حسن"),
    # a ticker's bar marks the label
    ("عاجل | النقل الاتحادية: افتتاح 12 مشروعاً", "النقل الاتحادية"),
    # a statement's issuer
    ("بيان صادر عن وزارة النقل: افتتاح 12 مشروعاً.", "وزارة النقل"),
    ("وزارة النقل / بيان: افتتاح 12 مشروعاً.", "وزارة النقل"),
]


@pytest.mark.parametrize(("text", "name"), ARABIC_LABELS)
def test_arabic_labels_of_interviews_tickers_and_statements(
    text: str, name: str
) -> None:
    assert only(text).speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "تسلسل زمني: افتتاح 12 مشروعاً في 2024.",  # a noun and its adjective
        "بغداد: افتتاح 12 مشروعاً.",  # a dateline
    ],
)
def test_no_label_without_a_name_or_source(text: str) -> None:
    assert only(text).speaker.is_outlet


def test_a_transcript_label_speaks_for_my_and_id() -> None:
    text = (
        "We asked Dr. Rana Ferris, an economist, about the port.\n"
        "Q: How many trucks a day?\n"
        "FERRIS: My best estimate is 300. I'd expect 400 by spring."
    )
    *_, first, second = find_frames(text)
    assert first.speaker.name == second.speaker.name == "Rana Ferris"


def test_a_statement_announced_with_a_colon_is_its_subjects() -> None:
    text = (
        "LONDON – Transport Secretary Dana Whitfield issued the following"
        ' statement:\n"About 300 trucks will arrive by Friday."'
    )
    assert find_frames(text)[-1].speaker.name == "Dana Whitfield"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("وقال الوزير لقناة العراقية إن 40 موظفاً غادروا.", "Al-Iraqiya"),
        ("The minister told Channel 12 that 40 staff had left.", "Channel 12"),
        ("ونقلت «معاريف» عن مسؤولين أن 40 موظفاً غادروا.", "Maariv"),
        # not the Iraqi News Agency, whose Arabic name it starts with
        ("وقال الوزير لوكالة الأنباء العراقية الوطنية إن 40 موظفاً غادروا.", "NINA"),
    ],
)
def test_more_outlets(text: str, outlet: str) -> None:
    assert outlet in only(text).chain[0].name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # English puts a noun after "according to": estimates, figures, what
        (
            "Jordan hosts about 3,000 US troops, according to estimates by Western"
            " diplomats.",
            "Western diplomats",
        ),
        (
            "Some 3,000 troops remain, according to what two officials said.",
            "two officials",
        ),
        # around what is reported, the phrase names who reports it, whatever
        # the reported clause's own verb
        (
            "Washington has told Baghdad that it will keep 2,000 advisers, according"
            " to two Iraqi officials.",
            "two Iraqi officials",
        ),
        (
            "According to two Iraqi officials, Washington has told Baghdad that it"
            " will keep 2,000 advisers.",
            "two Iraqi officials",
        ),
        (
            "أبلغت واشنطن بغداد أنها ستبقي 2000 مستشار، بحسب مسؤولين عراقيين.",
            "مسؤولين عراقيين",
        ),
        # inside what is reported, or a statement of the speaker's own: the verb's
        (
            "The minister said that, according to two aides, 2,500 troops remain.",
            "minister",
        ),
        (
            "The minister said 2,500 troops remain, according to a statement.",
            "minister",
        ),
        ("وقال الوزير إن 2500 جندي ما زالوا في العراق، وفقا لبيان الوزارة.", "الوزير"),
    ],
)
def test_according_to_names_who_reports(text: str, speaker: str) -> None:
    assert only(text).speaker.name == speaker


def test_a_long_proper_name_before_the_verb_is_its_subject() -> None:
    text = (
        "The Russian Defense Ministry's Center for Reconciliation of Opposing Parties"
        " in Syria said on January 9 that aircraft had violated protocols 11 times."
    )
    speaker = only(text).speaker
    assert speaker.name.endswith("Opposing Parties in Syria")
    assert speaker.kind.value == "office"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "القيادة المركزية الأمريكية – بيان صحفي (ترجمة)\n"
            "تامبا – تعرضت قاعدة الأسد الجوية لهجوم بصاروخين. وأصيب خمسة جنود.",
            "القيادة المركزية الأمريكية",
        ),
        (
            "وزارة الدفاع العراقية / مديرية الإعلام\nبيان\nتسلمت القوات 12 موقعا.",
            "وزارة الدفاع العراقية",
        ),
        (
            "بيان صادر عن المتحدث باسم القائد العام للقوات المسلحة\n"
            "نفذت طائراتنا سبع ضربات جوية.",
            "المتحدث باسم القائد العام للقوات المسلحة",
        ),
        (
            "Statement by Pentagon Press Secretary Pete Ryder\n"
            "U.S. forces struck 85 targets in Iraq and Syria.",
            "Pete Ryder",
        ),
    ],
)
def test_a_letterhead_makes_the_statement_its_issuers(text: str, speaker: str) -> None:
    frames = find_frames(text)
    body = frames[-1]
    assert body.speaker.name == speaker
    assert body.speaker_at(body.start).name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the state is where, the media office only the ministry's voice
            "الجمهورية العربية السورية – وزارة الدفاع – إدارة الإعلام والاتصال\n"
            "تسلمت وحدات الجيش قاعدة في ريف الحسكة، ضمن خطة تشمل ست قواعد.",
            "وزارة الدفاع",
        ),
        (
            "جهاز مكافحة الإرهاب – إعلام الجهاز\nنفذت قواتنا 314 عملية خلال العام.",
            "جهاز مكافحة الإرهاب",
        ),
        (  # a ministry and its command: both
            "وزارة الداخلية – قيادة قوات الحدود\nنصبت القطعات 170 كاميرا حرارية.",
            "وزارة الداخلية – قيادة قوات الحدود",
        ),
        (  # a body with what it is of, over its council
            "الإدارة الذاتية لإقليم شمال وشرق سوريا – المجلس التنفيذي\n"
            "بيان إلى الرأي العام\nتحتضن مناطقنا أكثر من 50 ألف شخص.",
            "الإدارة الذاتية لإقليم شمال وشرق سوريا – المجلس التنفيذي",
        ),
        (  # a branch speaks for its union
            "الاتحاد العام لنقابات العمال – فرع الأنبار\nفقد 1350 عاملاً وظائفهم.",
            "الاتحاد العام لنقابات العمال",
        ),
    ],
)
def test_a_letterheads_offices_between_dashes_issue_the_statement(
    text: str, speaker: str
) -> None:
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.OFFICE
    assert frame.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [  # a headline has a verb; a dash before a genre word names no office
        "الجيش يتسلم قاعدة قسرك – فيديو\nتسلمت وحدات الجيش 6 قواعد.",
        "وزارة الدفاع تعلن تسلم قاعدة – صور\nتسلمت وحدات الجيش 6 قواعد.",
    ],
)
def test_a_headline_with_dashes_is_no_letterhead(text: str) -> None:
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "المتحدث باسم القائد العام للقوات المسلحة: بعملية نوعية، ووفق معلومات "
            "دقيقة، نفذت طائراتنا سبع ضربات جوية. وبذلك يرتفع عدد الضربات إلى 40.",
            "المتحدث باسم القائد العام للقوات المسلحة",
        ),
        (
            "بيان صادر عن وزارة الدفاع: عقدت اللجنة العليا اجتماعها، وأكدت مغادرة "
            "250 مستشاراً. وتسلمت القوات 12 موقعا.",
            "وزارة الدفاع",
        ),
        (
            "وزارة الداخلية / مديرية العلاقات والإعلام – بيان: ألقت المفارز القبض "
            "على ثلاثة متهمين. وضبطت بحوزتهم ستة صواريخ.",
            "وزارة الداخلية",
        ),
    ],
)
def test_an_office_labelling_the_first_line_issues_the_statement(
    text: str, speaker: str
) -> None:
    # An official statement printed whole after its issuer and a colon.
    frames = find_frames(text)
    assert [f.speaker.name for f in frames[-1:]] == [speaker]
    assert frames[-1].speaker.kind.value == "office"


@pytest.mark.parametrize(
    "text",
    [
        # a source labels its line, not the document
        "مصدر أمني: سقوط صاروخين قرب المطار. وتبقي واشنطن 2500 جندي في العراق.",
        "عاجل: سقوط صاروخين قرب المطار. وتبقي واشنطن 2500 جندي في العراق.",
    ],
)
def test_a_source_or_a_ticker_label_issues_no_statement(text: str) -> None:
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "استقبل رئيس الإقليم قائد القوة المشتركة، الميجر جنرال ديفيد هارلو، "
            "والوفد المرافق له. وأكد الجنرال الأمريكي أن 1400 عسكري سيبقون.",
            "ديفيد هارلو",
        ),
        (
            "وناقش المجلس تقريراً قدّمه وزير شؤون البيشمركة بشأن توحيد القوات. "
            "وبيّن الوزير أن 20 لواءً توحدت.",
            "وزير شؤون البيشمركة",
        ),
        (  # a role with its adjective, and its holder named between commas
            "استقبل الأمين العام لوزارة الدفاع، الفريق سامر يوسف، وفداً أمريكياً. "
            "وأكد الأمين العام أن 20 لواءً توحدت.",
            "سامر يوسف",
        ),
        (  # the head of a body named with whom it is headed by
            "استقبل الوزير وفداً من التحالف برئاسة اللواء ديفيد هارلو. "
            "من جانبه، أشار رئيس الوفد إلى تدريب 30 ألف عنصر.",
            "ديفيد هارلو",
        ),
        (
            "The minister received a coalition delegation led by Major General"
            " David Harlow. The head of the delegation said 30,000 fighters were"
            " trained.",
            "David Harlow",
        ),
    ],
)
def test_a_bare_role_is_whom_the_text_named_with_it(text: str, speaker: str) -> None:
    # named before, though not as a speaker: the latest mention of the role
    assert find_frames(text)[-1].speaker.name == speaker


def test_a_bare_role_named_with_no_one_stays_the_role() -> None:
    text = "ووصل الوفد إلى بغداد أمس. وأكد الوزير أن 1400 عسكري سيبقون."
    assert find_frames(text)[-1].speaker.name == "الوزير"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وكتب السيناتور الجمهوري جون ماكين أن 900 جندي في سوريا.", "جون ماكين"),
        (
            "وقال القائم بالأعمال الأمريكي في بغداد، دانيال روبن، إن 500 عسكري باقون.",
            "دانيال روبن",
        ),
        ("وقال آمر اللواء العميد سعد الكعبي إن 300 جندي غادروا.", "سعد الكعبي"),
    ],
)
def test_more_arabic_titles_before_a_name(text: str, speaker: str) -> None:
    frame = find_frames(text)[-1]
    assert (frame.speaker.name, frame.speaker.kind.value) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        (
            "وتراجع عدد الجنود إلى ألفين، وفق تقديرات حصلت عليها «الجبال» من "
            "مصدرين في وزارة الدفاع.",
            "مصدرين في وزارة الدفاع",
            "الجبال",
        ),
        (
            "وبحسب أرقام حصل عليها «المونيتور» من مسؤول في الكونغرس، انخفض العدد "
            "إلى ألف.",
            "مسؤول في الكونغرس",
            "Al-Monitor",
        ),
    ],
)
def test_figures_an_outlet_obtained_from_a_source_are_the_sources(
    text: str, speaker: str, chain: str
) -> None:
    frame = find_frames(text)[0]
    assert frame.speaker.name == speaker
    assert frame.speaker.kind.value == "anonymous"
    assert [s.name for s in frame.chain] == [chain]


def test_figures_an_outlet_obtained_are_its_own_when_it_names_no_source() -> None:
    frame = find_frames("وبحسب أرقام حصل عليها «المونيتور»، انخفض العدد إلى ألف.")[0]
    assert frame.speaker.is_outlet


def test_kashafa_with_no_subject_goes_on_with_the_last_speaker() -> None:
    text = "قال مسؤول في الكتائب إن الفصائل لم تعد معنية. وكشف أن الفصائل أطلقت 50."
    assert find_frames(text)[-1].speaker.name == "مسؤول في الكتائب"


def test_a_named_briefing_is_its_speakers() -> None:
    text = (
        "إحاطة الممثلة الخاصة للأمين العام في العراق، إلسا مارتينسن، أمام مجلس الأمن"
        "\nتراجعت الهجمات بعد أن تجاوز عددها 170 هجوماً."
    )
    speaker = find_frames(text)[-1].speaker
    assert speaker.name == "إلسا مارتينسن"
    assert "الممثلة الخاصة" in (speaker.role or "")


@pytest.mark.parametrize(
    "text",
    [
        # a headline is no letterhead, even with a statement in it
        "بيان أمريكي عراقي مشترك يحدد موعد الانسحاب\nوتبقي واشنطن 2500 جندي.",
        "US to keep 2,500 troops in Iraq\nThe US will keep 2,500 troops in Iraq.",
        # someone quoted under a letterhead keeps their words
        "Statement by the Pentagon\nIraqi officials said 2,500 troops remain.",
    ],
)
def test_no_letterhead_no_issuer(text: str) -> None:
    assert find_frames(text)[-1].speaker.kind.value in ("outlet", "anonymous")


def test_a_line_after_x_said_colon_is_xs_words() -> None:
    text = (
        "Armed Forces Minister Tom Ashworth said:\n"
        "Since 2014, the RAF has flown more than 10,000 sorties. That work goes on.\n"
        "The RAF keeps 12 jets in Cyprus."
    )
    frames = find_frames(text)
    assert [f.speaker.name for f in frames[1:3]] == ["Tom Ashworth"] * 2
    assert frames[1].speaker_at(text.index("10,000")).name == "Tom Ashworth"
    assert frames[-1].speaker.is_outlet  # the next line is the outlet's again


def test_a_role_with_its_name_in_commas_is_the_subject_he_refers_to() -> None:
    text = (
        "The Defence Secretary, Richard Coyle, met UK personnel in Erbil.\n"
        "He said:\nOur people have trained more than 8,000 Peshmerga since 2015."
    )
    speaker = find_frames(text)[-1].speaker
    assert (speaker.name, speaker.role) == ("Richard Coyle", "Defence Secretary")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وزارة الدفاع\nمكتب الوزير\nالعدد: س/م/17\nالتاريخ: 2/9/2025\n"
            "إلى/ قيادة العمليات\nنرفق لكم جدولاً بالمواقع الـ(5) المتبقية.",
            "وزارة الدفاع",
        ),
        # a country names no writer; a committee under its chamber writes
        (
            "جمهورية العراق\nوزارة الخارجية\nالدائرة القانونية\nالعدد: 4/3/1/9\n"
            "تود الوزارة إعلامكم بأن 300 مستشار سيغادرون.",
            "وزارة الخارجية",
        ),
        (
            "مجلس النواب\nلجنة الأمن والدفاع\nالعدد: ل/412\nالتاريخ: 3/2/2025\n"
            "تشير المعلومات المتوفرة لدى اللجنة إلى وجود 2000 عسكري أجنبي.",
            "لجنة الأمن والدفاع",
        ),
    ],
)
def test_an_official_letter_is_its_writers(text: str, speaker: str) -> None:
    assert find_frames(text)[-1].speaker.name == speaker


def test_a_reference_line_needs_a_body_above_it() -> None:
    text = "Troops leave\nRef: 12/4\nThe US will keep 2,500 troops in Iraq."
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "عقد المجلس الوزاري للأمن الوطني اليوم، اجتماعه الدوري، وقرر ما يأتي:\n"
            "أولاً: إنهاء المرحلة الأولى في موعد أقصاه أيلول 2025.\n"
            "ثانياً: تسلّم (12) موقعاً خلال تسعين يوماً.",
            "المجلس الوزاري للأمن الوطني",
        ),
        (
            "The Cabinet met today, chaired by the Prime Minister, and issued several"
            " decisions, including:\n1. Handing over 12 sites by 15 September 2025.",
            "Cabinet",
        ),
        (
            "ثانياً – التوصيات: توصي لجنة الأمن والدفاع بما يأتي:\n"
            "أ. تقديم خطة خلال مدة أقصاها (60) يوماً.",
            "لجنة الأمن والدفاع",
        ),
    ],
)
def test_a_list_announced_by_a_clause_is_its_subjects(text: str, speaker: str) -> None:
    frames = find_frames(text)
    item = next(f for f in frames if f.start > text.index("\n"))
    assert item.speaker.name == speaker
    assert frames[-1].speaker.name == speaker


def test_a_list_ends_at_a_line_that_is_no_item() -> None:
    text = (
        "وقرر المجلس الوزاري ما يأتي:\n1. تسلّم 12 موقعاً.\n"
        "وفي سياق آخر، وصل 300 جندي إلى القاعدة."
    )
    frames = find_frames(text)
    assert frames[-1].speaker.is_outlet
    assert frames[-2].speaker.name == "المجلس الوزاري"


def test_a_list_under_a_bare_heading_stays_the_outlets() -> None:
    text = "Key takeaways include:\n1. The US keeps 2,500 troops in Iraq."
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    "text",
    [
        "خلاصة التقرير الفصلي للجنة الأمن والدفاع النيابية:\n"
        "1. بلغ عدد العسكريين الأجانب في العراق 2180 عسكرياً.",
        "التقرير السنوي للجنة الأمن والدفاع\nبلغ عدد العسكريين الأجانب 2180 عسكرياً.",
    ],
)
def test_a_report_heading_names_its_committee(text: str) -> None:
    assert find_frames(text)[-1].speaker.name.startswith("لجنة الأمن والدفاع")


def test_a_council_named_in_full_then_by_its_head_noun() -> None:
    text = (
        "المجلس الوزاري للأمن الوطني – بيان: أعلن المجلس اكتمال المرحلة الأولى. "
        "وأوضح المجلس أن المرحلة الثانية تنتهي في 30/9/2026."
    )
    names = {f.speaker.name for f in find_frames(text)}
    assert names == {"المجلس الوزاري للأمن الوطني"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject right before the verb is no apposition of what came first
        ("The US, the Pentagon said Thursday, has 2,000 troops.", "Pentagon"),
        # a short start with no figure needs the rest of the sentence
        (
            "The request assumes, a budget official told reporters, an average of"
            " 1,800 troops.",
            "budget official",
        ),
        # but an apposition closed by a comma still names the person
        ("Lloyd Austin, the defense secretary, said 2,500 troops.", "Lloyd Austin"),
    ],
)
def test_a_frame_set_off_mid_sentence(text: str, speaker: str) -> None:
    frame = find_frames(text)[0]
    assert frame.speaker_at(text.index("00 troops")).name == speaker


def test_a_figure_after_a_whole_claim_and_a_frame_is_an_aside() -> None:
    text = "Iraq hosts 2,500 troops, the leader claimed, a figure others put at 3,000."
    frame = find_frames(text)[0]
    assert frame.speaker_at(text.index("2,500")).name == "leader"
    assert frame.speaker_at(text.index("3,000")).is_outlet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # verbs of answering and remarking frame what follows
        ("Opponents countered that a pullout would free 10,000 fighters.", "Opponents"),
        ("The minister pointed out that 2,500 troops remain.", "minister"),
        ("Iraqi officials conceded that 2,500 troops remain.", "Iraqi officials"),
        ("More than 60,000 were trained, the minister recalled.", "minister"),
        # an aside or a party tag between the subject and the verb is no subject
        ("Iraqi officials, for their part, say 2,500 remain.", "Iraqi officials"),
        ("Rep. Mark Fenwick, R-Ariz., said 900 troops were exposed.", "Mark Fenwick"),
        ("Critics, including Rep. Laura Beckett, countered that 900 stay.", "Beckett"),
        # the department a role is of, then the name
        ("Secretary of Defense Lloyd Austin said 2,500 troops remain.", "Lloyd Austin"),
        ("Secretary of State Antony J. Blinken said 900 troops remain.", "Blinken"),
        # a participle after the head noun opens a clause on it
        (
            "A senior official traveling with the Secretary said 1,300 remain.",
            "senior official",
        ),
        ("A coalition officer based in Erbil said 900 troops remain.", "officer"),
        # and a name with a particle, "van", "von der"
        ("Minister of Defence Ruben van Dalen said 25 will stay.", "Ruben van Dalen"),
        ("About 25 troops will stay, said Ursula von der Leyen.", "von der Leyen"),
    ],
)
def test_english_verbs_and_subjects(text: str, speaker: str) -> None:
    frame = only(text)
    assert speaker in frame.speaker.name
    if speaker.startswith(("Ruben", "von")):  # a person, not an office
        assert frame.speaker.kind.value == "person"
    if speaker in ("senior official", "officer"):  # unnamed, one
        assert (frame.speaker.kind.value, frame.speaker.count) == ("anonymous", 1)


def test_his_excellency_is_the_person_named_before() -> None:
    text = (
        "Prime Minister Mohammed Shia al-Sudani received the CENTCOM commander. "
        "During the meeting, His Excellency affirmed that 2,500 troops remain."
    )
    assert find_frames(text)[-1].speaker.name == "Mohammed Shia al-Sudani"


def test_a_role_for_an_operation_keeps_its_office() -> None:
    text = "The Lead Inspector General for Operation Inherent Resolve said 900 remain."
    assert only(text).speaker.kind.value == "office"


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت وكالة رويترز عن مسؤول أمريكي رفيع، طلب عدم كشف هويته، أن 300 جندي"
        " سيبقون.",
        "وقال مسؤول أمريكي، مشترطاً عدم ذكر اسمه، إن 300 جندي سيبقون.",
    ],
)
def test_an_aside_withholding_the_name_is_no_name(text: str) -> None:
    speaker = find_frames(text)[0].speaker
    assert speaker.kind.value == "anonymous"
    assert speaker.name.startswith("مسؤول أمريكي")
    assert "عدم" not in speaker.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role of a long proper name, glossed by its acronym, is the subject
        (
            "Maj. Gen. Dana Ruiz, director of the Joint Counter-small Unmanned"
            " Aircraft Systems Office (JCO), said the office plans to field 200"
            " launchers.",
            "Dana Ruiz",
        ),
        (
            "Tasnim News Agency, which is affiliated with the Islamic Revolutionary"
            " Guard Corps (IRGC), claimed that at least 3,000 troops remain.",
            "Tasnim",
        ),
        # an according phrase and its gloss between subject and verb are no subject
        (
            "Shafaq News, citing a source in the Popular Mobilization Units (PMU),"
            " reported that some 150 US troops had arrived.",
            "source",
        ),
    ],
)
def test_a_gloss_in_brackets_inside_a_subject(text: str, speaker: str) -> None:
    frame = only(text)
    names = [frame.speaker.name, *(c.name for c in frame.chain)]
    assert any(speaker in name for name in names)
    assert "PMU" not in frame.speaker.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle's aside between subject and verb is no subject
        (
            "A senior US official, briefing reporters on condition of anonymity,"
            " said 2,500 troops would stay.",
            "official",
        ),
        # but an outlet's name that looks like one is one
        ("The military plans to pull out 500 troops, Breaking Defense reported.", ""),
        # a fronted clause that needs the main one: the rest is said too
        (
            "Maria Delgado served there. When she first arrived in 2021, she says,"
            " there were about 200 Americans on the base.",
            "Maria Delgado",
        ),
        # an estimate "pegged at"
        (
            "For years the Pentagon publicly pegged the number at 900 troops.",
            "Pentagon",
        ),
    ],
)
def test_more_english_frames(text: str, speaker: str) -> None:
    frame = find_frames(text)[-1]
    at = frame.speaker_at(text.rindex("00"))
    if speaker:
        assert speaker in at.name
    else:
        assert [c.name for c in frame.chain] == ["Breaking Defense"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # in "which X said", X says what the relative clause holds
        (
            "Qatar condemned the strikes, which US Central Command said had"
            " targeted more than 85 sites.",
            "US Central Command",
        ),
        (
            "The strikes, which the Pentagon said hit 85 targets, drew protests.",
            "Pentagon",
        ),
        # "which" as the subject is the noun before it, as before
        (
            "The Pentagon, which oversees the mission, said 85 targets were hit.",
            "Pentagon",
        ),
    ],
)
def test_which_x_said(text: str, speaker: str) -> None:
    frame = only(text)
    assert frame.speaker_at(text.index("85")).name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        # verbs of admitting frame as verbs of saying do
        (
            "تعرضت القواعد لخمسين هجوماً، بحسب ما أقرت به وزارة الدفاع.",
            "وزارة الدفاع",
            [],
        ),
        ("اعترفت وزارة الدفاع بإصابة 186 من جنودها.", "وزارة الدفاع", []),
        # an analysis or study and whoever published or prepared it
        ("وبحسب دراسة أعدها معهد واشنطن فإن 2500 جندي سيبقون.", "معهد واشنطن", []),
        (
            "قال تحليل نشره موقع «ريسبونسيبل ستيتكرافت» إن 2500 جندي سيبقون.",
            "the outlet",
            ["ريسبونسيبل ستيتكرافت"],
        ),
    ],
)
def test_admissions_and_studies(text: str, speaker: str, chain: list[str]) -> None:
    frame = only(text)
    assert frame.speaker.name == speaker
    assert [c.name for c in frame.chain] == chain


def test_the_sources_as_a_label_are_the_sources_named_before() -> None:
    text = (
        "مصادر أمنية للاتجاه: رتل يضم قرابة 60 شاحنة يغادر قاعدة عين الأسد\n"
        "المصادر: ما تبقى من الجنود في القاعدة لا يتجاوز 300 جندي"
    )
    frames = find_frames(text)
    assert [f.speaker.name for f in frames] == ["مصادر أمنية"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # a trailing frame goes on through a participle after it
        "Ankara expects the drawdown to end “within months,” Defense Ministry"
        " sources said on April 24, adding that fewer than 1,500 troops remain.",
        "About 2,000 troops are in Syria, officials said, adding that 1,500 are in"
        " Iraq.",
    ],
)
def test_a_trailing_frame_goes_on_through_adding(text: str) -> None:
    frame = only(text)
    assert frame.speaker.kind.value == "anonymous"
    assert frame.speaker_at(text.index("1,500")).kind.value == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "رويترز نقلت عن ثلاثة مسؤولين أن 500 جندي سيغادرون.",
        "وكالة «رويترز» نقلت عن ثلاثة مسؤولين أن 500 جندي سيغادرون.",
        "أما رويترز فنقلت عن ثلاثة مسؤولين أن 500 جندي سيغادرون.",
    ],
)
def test_an_outlet_before_its_relaying_verb_is_the_channel(text: str) -> None:
    frame = only(text)
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.count == 3
    assert chain_names(frame) == ["Reuters"]


def test_a_relaying_verb_with_no_subject_names_no_speaker_after_it() -> None:
    # ونقلت عن مسؤولين: the officials speak; no phrase "عن مسؤولين" does
    frame = only("ونقلت عن مسؤولين أمريكيين أن 500 جندي سيغادرون.")
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.name == "مسؤولين أمريكيين"


@pytest.mark.parametrize(
    "text",
    [
        "مصادر أمنية أبلغتنا أن 100 جندي سيغادرون.",
        "وأبلغتنا مصادر أمنية أن 100 جندي سيغادرون.",
    ],
)
def test_telling_us_is_a_reporting_verb(text: str) -> None:
    frame = only(text)
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.name == "مصادر أمنية"


@pytest.mark.parametrize(
    "text",
    [
        "وقال الخبير علي حسن إن العدد كبير. وبحسب تقديري فإن 2500 جندي ما زالوا هناك.",
        "وقال الخبير علي حسن إن العدد كبير. ووفق معلوماتنا فإن 2500 جندي باقون.",
    ],
)
def test_according_to_my_reckoning_is_the_speakers_own(text: str) -> None:
    # تقديري is no speaker: the expert goes on
    second = find_frames(text)[-1]
    assert second.speaker.name == "علي حسن"
    assert second.inherited


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "قال القيادي في «قوات سوريا الديمقراطية» شيار محمود إن 500 جندي غادروا.",
            "شيار محمود",
        ),
        ("قال الناشط المدني علي حسن إن 500 جندي غادروا.", "علي حسن"),
    ],
)
def test_a_role_of_a_quoted_body_then_the_name(text: str, name: str) -> None:
    assert only(text).speaker.name == name


def test_a_quoted_body_in_a_source_keeps_both_marks_or_none() -> None:
    frame = only("قال مسؤول في «الإدارة الذاتية» إن 500 جندي غادروا.")
    assert frame.speaker.name == "مسؤول في الإدارة الذاتية"


def test_a_verb_of_relaying_that_relays_nothing_is_no_frame() -> None:
    # تنقل: "moves" troops; no source after عن, no reported clause
    frame = only("تنقل فرنسا مفرزتها العاملة في بغداد إلى أربيل بحلول أيلول 2025.")
    assert frame.speaker.is_outlet
    assert not frame.chain


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "الأمانة العامة لمجلس الوزراء\nقرر المجلس تخصيص 75 مليار دينار للقواعد.",
            "الأمانة العامة لمجلس الوزراء",
        ),
        (
            "سفارة المملكة المتحدة – بغداد\nبيان صحفي\nيبقى نحو 400 عسكري بريطاني.",
            "سفارة المملكة المتحدة",
        ),
        (
            "وزارة الخارجية الأمريكية\nمكتب المتحدث الرسمي\nتبقى القوات حتى أيلول.",
            "وزارة الخارجية الأمريكية",
        ),
    ],
)
def test_an_office_alone_on_the_first_line_issues_the_text(
    text: str, issuer: str
) -> None:
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.OFFICE
    assert frame.speaker.name == issuer


def test_a_headline_on_the_first_line_issues_nothing() -> None:
    text = "وزارة الدفاع تعلن انسحاب القوات\nيبقى نحو 400 عسكري بريطاني."
    assert find_frames(text)[-1].speaker.is_outlet
    # an office then something that is no place after the dash
    text = "وزارة الدفاع – ملف خاص\nيبقى نحو 400 عسكري بريطاني."
    assert find_frames(text)[-1].speaker.is_outlet


def test_issuing_decisions_is_no_subject_of_the_verb() -> None:
    # وأصدر القرارات الآتية: the decisions are what was issued, not who
    text = "عقد مجلس الوزراء جلسته، وأصدر القرارات الآتية:\nأولاً: تخصيص 75 مليار دينار."
    assert all(f.speaker.name != "القرارات الآتية" for f in find_frames(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UNHCR said 500 people fled.", "UNHCR"),
        ("Human Rights Watch said 500 people fled.", "Human Rights Watch"),
        ("قالت اليونيسف إن 500 طفل فروا.", "اليونيسف"),
    ],
)
def test_international_organisations_are_offices(text: str, name: str) -> None:
    frame = only(text)
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.OFFICE, name)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        (
            "Statement by Rana Haddad, UNICEF Regional Director for the Middle East",
            "Rana Haddad",
        ),
        (
            "Statement of General Paul K. Morrow, Commander, before the committee",
            "Paul K. Morrow",
        ),
    ],
)
def test_a_statement_headed_by_a_name_and_its_role(heading: str, name: str) -> None:
    frame = find_frames(heading + "\nThe force has 2,500 troops.")[-1]
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.PERSON, name)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        (  # an honorific before the office, and the venue after it
            "Statement by His Excellency the Prime Minister of the Republic of Iraq"
            " at the General Debate of the Eightieth Session of the United Nations"
            " General Assembly",
            "Prime Minister of the Republic of Iraq",
        ),
        (
            "Remarks by the Secretary-General to the Security Council",
            "Secretary-General",
        ),
    ],
)
def test_a_statement_headed_by_an_office_before_its_venue(
    heading: str, name: str
) -> None:
    frame = find_frames(heading + "\nOur forces number 1.2 million.")[-1]
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.OFFICE, name)


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Operations Command announced the arrest of four suspects. According"
        " to the statement, 47 operations were carried out this year.",
        "أعلنت قيادة العمليات المشتركة اعتقال أربعة مطلوبين. وبحسب البيان، نُفذت 47"
        " عملية منذ بداية العام.",
    ],
)
def test_the_statement_after_a_bodys_announcement_is_the_bodys(text: str) -> None:
    first, second = find_frames(text)[:2]
    assert first.speaker.kind is SpeakerKind.OFFICE
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verbal noun opens what is announced, with no أن
        ("أعلن الرئيس الأمريكي جو بايدن مقتل ثلاثة جنود أمريكيين.", "جو بايدن"),
        (
            "أدان المتحدث باسم الوزارة ناصر كنعاني بشدة الهجمات التي قتلت 16 شخصاً.",
            "ناصر كنعاني",
        ),
        # and after ب, what is welcomed
        ("رحب الوزير فؤاد حسين بتمديد مهمة 500 مستشار.", "فؤاد حسين"),
        ("ترحب دولة قطر بانضمام سوريا إلى التحالف الذي يضم 90 عضواً.", "دولة قطر"),
    ],
)
def test_an_announced_verbal_noun_or_an_adverb_ends_a_name(
    text: str, name: str
) -> None:
    assert only(text).speaker.name == name


def test_a_verbal_noun_after_a_head_noun_goes_on_its_name() -> None:
    frame = only("قالت لجنة انسحاب القوات إن 300 جندي غادروا.")
    assert frame.speaker.name == "لجنة انسحاب القوات"


def test_a_subtitle_files_sentences_run_on_across_cues() -> None:
    text = (
        "1\n00:00:01,200 --> 00:00:04,800\nThe US will cut its forces in Syria\n\n"
        "2\n00:00:04,900 --> 00:00:08,300\nto fewer than 1,000 troops,\n\n"
        "3\n00:00:08,400 --> 00:00:12,100\naccording to two US officials.\n"
    )
    frame = find_frames(text)[-1]
    assert text.index("1,000") >= frame.start
    assert (frame.speaker.kind, frame.speaker.count) == (SpeakerKind.ANONYMOUS, 2)


def test_a_clause_after_an_interjected_speaker_is_no_name() -> None:
    text = (
        "اليوم، يقول العقيد سامر يوسف، لم يبقَ منهم سوى ثلاثمئة، «وسيغادر آخرهم"
        " قبل نهاية أيلول المقبل»."
    )
    assert find_frames(text)[-1].speaker.name == "سامر يوسف"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "أدان معالي الأمين العام لمجلس التعاون، جاسم محمد البديوي، الهجوم"
            " الذي أدى إلى مقتل ثلاثة جنود.",
            "جاسم محمد البديوي",
        ),
        ("قال فخامة الرئيس عبد اللطيف رشيد إن 3 جنود قتلوا.", "عبد اللطيف رشيد"),
        ("وقال دولة رئيس الوزراء إن 3 جنود قتلوا.", "رئيس الوزراء"),
    ],
)
def test_an_arabic_title_of_respect_is_no_part_of_the_speaker(
    text: str, name: str
) -> None:
    assert only(text).speaker.name == name


def test_a_middle_initial_ends_no_name() -> None:
    frame = only("Daniel R. Ortega said 2,500 troops remain.")
    assert frame.speaker.name == "Daniel R. Ortega"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "قالت «هيومن رايتس ووتش» اليوم إن نحو 28 ألف شخص محتجزون.",
            "هيومن رايتس ووتش",
        ),
        ("أعلنت «قسد» أن 500 عنصر غادروا.", "قسد"),
    ],
)
def test_a_quoted_body_after_the_verb_speaks(text: str, name: str) -> None:
    frame = only(text)
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.OFFICE, name)


@pytest.mark.parametrize(
    "text",
    [
        "أظهر الاستطلاع أن 61 في المئة يؤيدون الانسحاب.",
        "تقدر هذه الورقة عدد العسكريين بنحو 2500 عسكري.",
        "This report estimates that 2,500 troops remain.",
    ],
)
def test_a_poll_or_the_paper_in_hand_is_the_outlets_voice(text: str) -> None:
    assert only(text).speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "مكتب المفتش العام الرئيسي – ملخص التقرير الفصلي المقدم إلى الكونغرس عن"
            " الفترة من 1 تموز إلى 30 أيلول 2025\n• بقي أقل من 2000 عسكري.",
            "مكتب المفتش العام الرئيسي",
        ),
        (
            "خدمة أبحاث الكونغرس – ملخص مترجم لتقرير «الوجود الأمريكي: قضايا»\n"
            "وقد طلبت الإدارة 528 مليون دولار.",
            "خدمة أبحاث الكونغرس",
        ),
    ],
)
def test_an_issuer_then_the_document_it_summarises(text: str, issuer: str) -> None:
    frame = find_frames(text)[-1]
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.OFFICE, issuer)


def test_a_research_centres_own_paper_is_the_outlets_voice() -> None:
    text = "مركز الرافد للدراسات – ورقة سياسات (العدد 9)\nيبقى نحو 2500 عسكري."
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "(ترجمة لمنشور على مدونة الرقيب السابق في الجيش الأمريكي سام كارتر)\n"
            "كنا نحو 200 جندي في القاعدة.",
            "سام كارتر",
        ),
        (
            "(ترجمة لمنشور على لينكدإن للعقيد المتقاعد توم باركر، المتحدث الأسبق)\n"
            "اليوم، بحسب ما أعرفه، لا يتجاوز العدد 1500.",
            "توم باركر",
        ),
        (
            "[نص رسالة صوتية أرسلها الناطق باسم قيادة العمليات المشتركة]\n"
            "«لا صحة لما يتداول، وقد غادر 300 مستشار».",
            "الناطق باسم قيادة العمليات المشتركة",
        ),
    ],
)
def test_a_bracketed_first_line_names_whose_post_follows(text: str, name: str) -> None:
    assert find_frames(text)[-1].speaker.name == name


def test_officials_interviewed_by_a_body_are_the_speakers() -> None:
    frame = only(
        "About 1,800 left, according to Iraqi officials interviewed by Crisis Group."
    )
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.name == "Iraqi officials"


def test_a_summary_of_what_was_said_by_a_spokesperson() -> None:
    text = (
        "This is a summary of what was said by UNHCR spokesperson Ana Ruiz – to whom"
        " quoted text may be attributed – at today's press briefing.\n"
        "Some 4,200 people returned this year."
    )
    assert find_frames(text)[-1].speaker.name == "Ana Ruiz"


def test_a_report_in_a_paper_that_cited_officials() -> None:
    text = (
        "According to a report last week in The Washington Post that cited three"
        " officials, the troops will leave by September."
    )
    frame = only(text)
    assert frame.speaker.count == 3
    assert chain_names(frame) == ["The Washington Post"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "To the editor:\nYour story says 3,400 troops remain. Since October they"
            " have been attacked 160 times.\nLinda Marsh, Westerville",
            "Linda Marsh",
        ),
        (
            "I served at Al Asad, and the 2,500 Americans there when I left are gone."
            " — Greg Paulsen, Des Moines",
            "Greg Paulsen",
        ),
    ],
)
def test_a_readers_letter_is_its_signers(text: str, name: str) -> None:
    assert find_frames(text)[-1].speaker.name == name


def test_a_news_story_with_a_quoted_i_and_a_credit_is_no_letter() -> None:
    story = '"I have never seen it so quiet," one said. About 200 troops remain.'
    for credit in (" — Jane Doe, Reuters", " — Jane Doe, Baghdad"):
        assert find_frames(story + credit)[-1].speaker.is_outlet


def test_a_declaration_is_its_declarants() -> None:
    text = "DECLARATION OF MARK D. ELLSWORTH\n2. Fewer than 1,500 personnel remain."
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.PERSON
    assert frame.speaker.name.lower() == "mark d. ellsworth"


def test_the_congressional_budget_office_is_an_office() -> None:
    frame = only("CBO estimates that DoD spent about $1.4 billion in 2023.")
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.OFFICE, "CBO")


def test_a_post_headed_by_its_writer_and_role() -> None:
    text = (
        "كريم الساعدي - عضو مجلس النواب العراقي\n"
        "وما زال أكثر من 2500 جندي أمريكي على أرضنا."
    )
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.PERSON
    assert frame.speaker.name == "كريم الساعدي"
    assert frame.speaker.role == "عضو مجلس النواب العراقي"
    # a dateline is a place and a dash before the story, not a name over a role
    assert dateline_span(text) is None
    assert dateline_span("بغداد - قال مسؤول إن 500 جندي غادروا.") == (0, 8)


def test_a_tickers_source_speaks_from_a_place() -> None:
    frame = only("عاجل | بلينكن من الرياض: التحالف بات يضم 86 عضواً")
    assert (frame.speaker.kind, frame.speaker.name) == (SpeakerKind.PERSON, "بلينكن")


def test_and_then_a_new_speaker_and_verb_is_a_second_frame() -> None:
    text = (
        "The Pentagon said 2,000 troops are in Syria, and two officials told"
        " Reuters the force would shrink by late summer."
    )
    first, second = find_frames(text)
    assert first.speaker.name == "Pentagon"
    assert (second.speaker.kind, second.speaker.count) == (SpeakerKind.ANONYMOUS, 2)
    # a count after "and" is no speaker of a second frame
    text = (
        "U.S. forces were attacked 66 times, officials said, and some 62 service"
        " members have reported injuries."
    )
    assert len(find_frames(text)) == 1


def test_two_groups_of_officials_speak_together_through_their_channel() -> None:
    frame = only(
        "قال خمسة مسؤولين أمريكيين وثلاثة مسؤولين عراقيين لوكالة «رويترز» إن"
        " القوات ستغادر بحلول أيلول."
    )
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.count == 8
    assert chain_names(frame) == ["Reuters"]


def test_a_name_an_outlet_went_by_earlier_is_that_outlet() -> None:
    """وكالة «نبض» … وبحسب «نبض»: the agency again, not a person named نبض."""
    text = (
        "ذكرت وكالة «نبض» المحلية أن 3 جنود قتلوا. "
        "وبحسب «نبض»، فقد بلغ عدد الهجمات 165 هجوما."
    )
    first, second = find_frames(text)
    assert [s.name for s in first.chain] == ["نبض"]
    assert second.speaker.is_outlet
    assert [s.name for s in second.chain] == ["نبض"]


def test_a_report_an_outlet_published_relays_what_it_quotes() -> None:
    """نشرت صحيفة X تقريراً نقلت فيه عن مسؤولين: the paper relays the officials."""
    frame = only("نشرت صحيفة الغارديان تقريراً نقلت فيه عن مسؤولين أن 900 جندي سيبقون.")
    assert frame.speaker.name == "مسؤولين"
    assert [s.name for s in frame.chain] == ["The Guardian"]
    # a researcher's study is no outlet: the officials, and no chain
    frame = only("أعد الباحث دراسة نقل فيها عن مسؤولين أن 900 جندي سيبقون.")
    assert (frame.speaker.name, frame.chain) == ("مسؤولين", ())


def test_reference_marks_end_no_sentence_of_their_own() -> None:
    """ "… at select locations".[1] The New York Times …: two sentences."""
    text = (
        'The Pentagon announced that it would keep forces at "select sites".[1] '
        "The New York Times, citing two officials, reported that 900 would stay.[2]"
    )
    frame = find_frames(text)[-1]
    assert frame.speaker.name == "two officials"
    assert [s.name for s in frame.chain] == ["The New York Times"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Armed Forces General Staff, 350 remain.",
        "The Joint Staff said 2,500 troops remain.",
    ],
)
def test_a_general_staff_is_an_office(text: str) -> None:
    assert only(text).speaker.kind.value == "office"


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Resistance in Iraq claimed two attacks. "
        "The group said it fired 3 drones at the base.",
        "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير. "
        "وقال الفصيل إنه نفذ 12 هجوما منذ بداية الشهر.",
    ],
)
def test_the_group_is_the_armed_group_named_before(text: str) -> None:
    speaker = find_frames(text)[-1].speaker
    assert speaker.kind.value == "office"
    assert "Islamic Resistance" in speaker.name or "المقاومة" in speaker.name


def test_a_bodys_letters_alone_are_no_persons_name() -> None:
    assert only("CTP-ISW has recorded 146 attacks.").speaker.kind.value == "office"
    assert only("ACLED recorded 146 attacks.").speaker.kind.value == "office"
    assert only("Senator HALE said 146 troops remain.").speaker.kind.value == "person"


@pytest.mark.parametrize(
    "text",
    [
        "قالت الشبكة السورية لحقوق الإنسان إن 3052 مدنياً قتلوا.",
        "The Syrian Network for Human Rights said 3,052 civilians were killed.",
        "According to the Syrian Network for Human Rights, 3,052 civilians died.",
    ],
)
def test_a_body_named_with_an_outlets_type_noun_is_no_outlet(text: str) -> None:
    """الشبكة السورية لحقوق الإنسان is a rights group, not a TV network."""
    frame = only(text)
    assert frame.speaker.kind.value == "office"
    assert frame.chain == ()
    # the network alone still refers back to an outlet
    assert only("وقالت الشبكة إن 900 جندي سيبقون.").speaker.is_outlet


def test_our_colleagues_at_a_body_are_that_body() -> None:
    """The UN spokesperson's "our colleagues at OCHA tell us": OCHA says."""
    text = (
        "On the humanitarian front, our colleagues at the Office for the "
        "Coordination of Humanitarian Affairs (OCHA) tell us that some 43,000 "
        "people remain in the camp."
    )
    speaker = only(text).speaker
    assert speaker.kind.value == "office"
    assert speaker.name.startswith("Office for the Coordination")


@pytest.mark.parametrize(
    ("text", "speaker", "chain"),
    [
        (
            "CNN reported that Pentagon spokesman John Kirby said the strikes "
            "hit three sites in Iraq.",
            "John Kirby",
            ["CNN"],
        ),
        (
            "Al Arabiya reported on Monday that the defence minister had said "
            "that 2,500 troops would stay.",
            "defence minister",
            ["Al Arabiya"],
        ),
        (
            "أفادت قناة «الغد»، في خبر عاجل، بأن المتحدث باسم البنتاغون جون "
            "كيربي قال إن الضربات أصابت ثلاثة مواقع.",
            "جون كيربي",
            ["الغد"],
        ),
        (
            "ذكرت وكالة الأنباء العراقية أن وزير الدفاع أكد أن 2500 جندي سيبقون.",
            "وزير الدفاع",
            ["Iraqi News Agency (INA)"],
        ),
    ],
)
def test_a_source_framed_inside_an_outlets_report_speaks_through_it(
    text: str, speaker: str, chain: list[str]
) -> None:
    """ "X reported that Y said …": Y speaks, X relays."""
    frame = find_frames(text)[-1]
    assert speaker in (frame.speaker.name or "") + (frame.speaker.role or "")
    assert chain_names(frame) == chain


def test_an_outlets_report_that_opens_with_no_source_stays_the_outlets() -> None:
    frame = find_frames("Reuters reported that the strikes killed 40 people.")[-1]
    assert frame.speaker.is_outlet
    assert chain_names(frame) == ["Reuters"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The National Security Council said 40 troops were hurt.", "Security"),
        ("The National Counterterrorism Agency says 41 people came home.", "Agency"),
        ("The Defense Intelligence Agency estimated that 2,000 remain.", "Agency"),
    ],
)
def test_a_body_whose_name_begins_like_an_outlets_is_no_outlet(
    text: str, speaker: str
) -> None:
    """ "The National Security Council" is not The National; an agency no news one."""
    frame = find_frames(text)[-1]
    assert chain_names(frame) == []
    assert speaker in (frame.speaker.name or "")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Two officials told Reuters Tuesday that 40 troops were hurt.", "Reuters"),
        ("A U.S. official told Fox News Digital that 19 were hurt.", "Fox News"),
        ("The Kurdistan News Agency reported that 40 troops were hurt.", "Kurdistan"),
    ],
)
def test_an_outlet_named_with_its_day_or_edition_stays_the_outlet(
    text: str, outlet: str
) -> None:
    assert any(outlet in name for name in chain_names(find_frames(text)[-1]))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "«سنخفض قواتنا في سوريا إلى أقل من ألف جندي» — شون بارنيل، المتحدث "
            "باسم البنتاغون",
            "شون بارنيل",
            SpeakerKind.PERSON,
        ),
        (
            "“We will cut our forces in Syria to fewer than 1,000 troops” — Sean "
            "Parnell, Pentagon spokesman",
            "Sean Parnell",
            SpeakerKind.PERSON,
        ),
        (
            "«لن يغادر التحالف قبل أيلول 2026» — نائب في لجنة الأمن والدفاع",
            "نائب",
            SpeakerKind.ANONYMOUS,
        ),
    ],
)
def test_a_quotation_credited_after_a_dash_is_its_speakers(
    text: str, name: str, kind: SpeakerKind
) -> None:
    """The pull quotes of a "what they said" box."""
    frame = find_frames(text)[-1]
    assert name in frame.speaker.name
    assert frame.speaker.kind is kind


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "About 2,000 workers may lose their jobs, according to officials at the "
            "Department of Foreign Employment. Department data show that 3,412 "
            "permits were issued.",
            "Department of Foreign Employment",
        ),
        (
            "The statement came from the Ministry of Defence of Hungary. The ministry "
            "said 130 soldiers stay.",
            "Ministry of Defence of Hungary",
        ),
    ],
)
def test_an_english_office_named_before_though_not_as_speaker(
    text: str, office: str
) -> None:
    """ "The ministry said" after "the Ministry of X" named in any role."""
    assert find_frames(text)[-1].speaker.name == office


def test_a_direct_question_frames_no_speaker() -> None:
    """ "Why did the US say …?": who asks says nothing of what the US said."""
    frame = find_frames("Why did the US say it had 900 troops in Syria for years?")[-1]
    assert frame.speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 19 December 2024 the Pentagon press secretary said that 2,000 U.S. "
            "troops are in Syria.",
            "press secretary",
        ),
        ("In 2021 the coalition said 2,500 troops would stay.", "coalition"),
    ],
)
def test_a_date_before_the_subject_with_no_comma_is_no_part_of_it(
    text: str, name: str
) -> None:
    assert name in find_frames(text)[-1].speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "نقلت قناة «الحدث» عن صحيفة «فايننشال تايمز» البريطانية، التي استندت إلى "
        "ثلاثة دبلوماسيين غربيين، أن نحو 500 جندي أوروبي سيغادرون العراق.",
        "ذكرت صحيفة «فايننشال تايمز»، مستندة إلى ثلاثة دبلوماسيين غربيين، أن نحو 500 "
        "جندي سيغادرون العراق.",
    ],
)
def test_the_sources_an_outlet_relied_on_speak_through_it(text: str) -> None:
    """التي استندت إلى، مستندة إلى: as "citing" and نقلاً عن."""
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.ANONYMOUS
    assert frame.speaker.count == 3
    assert "Financial Times" in chain_names(frame)


def test_a_titles_topic_before_a_colon_labels_no_document() -> None:
    """ "حصاد 2024 | العراق والتحالف الدولي: عام التفاوض" is a title, no issuer."""
    text = (
        "حصاد 2024 | العراق والتحالف الدولي: عام التفاوض\n"
        "■ كانون الثاني: مقتل ثلاثة جنود أمريكيين في الأردن."
    )
    assert find_frames(text)[-1].speaker.is_outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "صحيفة الغد – رأي\nبقلم: د. عادل البياتي\n"
            "سيبقى في العراق نحو 2,000 جندي، وأزعم أن المتعاقدين ثلاثة آلاف.",
            "عادل البياتي",
        ),
        (
            "منتدى فكرة – تحليل موجز\nبقلم: مايكل نايتس\n"
            "تشير تقديراتي إلى أن الفصائل شنّت قرابة 180 هجوماً.",
            "مايكل نايتس",
        ),
        (
            "OPINION | The long exit\nBy Rachel Okafor\n"
            "About 2,000 troops will stay in Erbil, and that is too many.",
            "Rachel Okafor",
        ),
    ],
)
def test_an_opinion_column_speaks_in_its_writers_voice(text: str, name: str) -> None:
    """A column's genre on its first line and the byline after it."""
    frame = find_frames(text)[-1]
    assert frame.speaker.kind is SpeakerKind.PERSON
    assert name in frame.speaker.name


def test_a_news_storys_byline_leaves_the_outlets_voice() -> None:
    text = "Troops leave Baghdad\nBy Rachel Okafor\nAbout 2,000 troops will stay."
    assert find_frames(text)[-1].speaker.is_outlet
