"""Speaker labels of a transcript: "GEN. RYDER: Sure. We have about 2,500 …".

Briefing and interview transcripts (the Pentagon's, the State Department's,
a broadcaster's) name who speaks once, in capitals before a colon, and then
give the words without any reporting verb. Everything up to the next label
is that speaker's; "Q:" is a reporter's question.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from claimtrack.extract.attribution_lexicon import (
    fold,
    load_attribution_lexicon,
    tokenize,
)
from claimtrack.extract.attribution_phrases import PhraseReader
from claimtrack.extract.sentences import split_spans
from claimtrack.extract.speakers import is_place, read_person, read_speaker
from claimtrack.extract.text import line_spans
from claimtrack.speaker import Speaker, SpeakerKind

__all__ = ["Label", "speaker_labels"]

# At the start of the text, of a line or of a sentence: up to five words in
# capitals (titles with their stops: "MAJ. GEN."), then a colon.
_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.?!]\s)|(?<=[.?!]\s\s))[ \t]*"
    # a recording's time before it: "[00:22:10] COL. (RET.) BRIAN CASTELLANO:"
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?P<label>Q|(?:(?:[A-Z][A-Z'’-]+\.?|\(RET\.?\))[ \t]+){0,4}[A-Z][A-Z'’-]+)"
    # "LAYLA HASSAN, KRG REPRESENTATIVE TO THE UNITED STATES:": a role in
    # capitals after the name
    r"(?:,[ \t]*(?P<role>(?:[A-Z][A-Z'’.-]*[ \t]+){0,8}[A-Z][A-Z'’.-]*))?"
    # a panel's "DANIEL KIRSCH (former Pentagon official):", "MODERATOR
    # (Rachel Osei):": a role, or the name of a role's holder, in brackets
    r"(?:[ \t]*\((?P<bracket>[^()\n:]{2,60})\))?"
    r"[ \t]*:(?=\s)"
)
# Titles before a name in a parliament's record, in print case ("Senator
# HARDING:", "Air Vice-Marshal Cole:", "Mr Thornbury:").
_PRINT_TITLES = (
    r"Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness|Senator|Professor"
    r"|(?:(?:Air|Vice|Rear|Major|Lieutenant|Brigadier)[ -])?"
    r"(?:Vice-Marshal|Air Marshal|Marshal|Admiral|General|Commodore|Colonel)"
)
# Parliament's record names a speaker in print case at the start of a line:
# a minister by office with the name in brackets ("The Minister for the Armed
# Forces (James Carraway):"), a member by name with constituency and party
# ("Mr Alan Whitby (Rushcliffe North) (Con):", "Dr Reade:"), or with a post
# ("Mr. Owen Tremblay (Parliamentary Secretary to the Minister …, Lib.):").
_HANSARD = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:"
    r"(?P<office>The [A-Z][\w’'-]*(?: [\w’'-]+){1,12}?)"
    r" \((?P<named>[A-Z][\w.’' -]{2,40})\)"
    rf"|(?P<title>{_PRINT_TITLES})\.? "
    r"(?P<member>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
    r"(?: \((?P<post>[^()\n]{2,100})\))?(?: \([^()\n]{2,40}\))?"
    r")[ \t]*:(?=\s)"
)
# A call transcript names each speaker on a line of their own, with a dash
# before the role or firm: "Thomas Reinholt — Chairman and Chief Executive
# Officer", "Emily Tran — Harbor Point Securities", and "Operator".
_CALL = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:(?P<name>[A-Z][\w’'-]+(?: (?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})"
    r"[ \t]+[—–-][ \t]+(?P<role>[A-Z][\w&’'.,-]*(?: [\w&’'.,-]+){0,9})"
    r"|(?P<operator>Operator))[ \t]*(?=\n)"
)
# An Arabic transcript names its speakers at the start of a line, before a
# colon, in one to three words and perhaps a name in brackets: "الخفاجي: …",
# "المقدم (سامر يوسف): …".
_AR_LABEL = re.compile(
    r"^[ \t]*(?P<label>[\u0621-\u064A]+(?:[ \t]+[\u0621-\u064A]+){0,2})"
    r"\d{0,2}"  # a numbered question and answer: "س1:"، "ج1:"
    r"(?:[ \t]*\((?P<named>[^()\n:]{2,40})\))?[ \t]*:(?=[ \t]*\S)",
    re.M,
)
# Who answers a set of questions a heading reports: "ننشر نص جواب وزارة الدفاع
# على سؤالنا"، "رد الوزارة على".
_ANSWERED = re.compile(r"(?:^|(?<=\s))(?:نص[ \t]+)?(?:جواب|إجابة|إجابات|رد)[ \t]+")
# Folded label words that name the broadcaster's own staff (host, anchor,
# correspondent) or the question, not a guest.
_AR_HOSTS = frozenset(
    fold(w)
    for w in (
        "المقدم المقدمة المذيع المذيعة المحاور المحاورة المراسل المراسلة مراسلنا"
        " مراسلتنا مقدم مقدمة صوت س سؤال السؤال"  # صوت المراسل: a report's voice-over
    ).split()
)
_AR_ANSWERS = frozenset(fold(w) for w in "ج جواب الجواب".split())
# Line labels that head a record's fields or a ticker's items, not a turn.
_AR_NOT_SPEAKERS = frozenset(
    fold(w)
    for w in (
        "عاجل تحديث ملاحظة المصدر المصادر التاريخ المكان الحضور الضيوف الموضوع"
        " العنوان الرقم المرفقات القرار التوصيات نص خلاصة ملخص تنويه تصحيح"
    ).split()
)
# A heading that introduces an interview and its guest: "«الأنباء» تحاور
# مستشار …", "في حوار مع …", "An interview with …".
_INTERVIEW = re.compile(
    r"(?:^|(?<=\s))(?:[وف]?(?:تحاور|يحاور|تستضيف|يستضيف)"
    r"|(?:في )?(?:حوار|لقاء|مقابلة|حديث) (?:خاص )?(?:مع )"
    r"|(?:an )?interview with|Q ?& ?A with|in conversation with"
    # "حوار: مروان الشعيبي": an interview's byline; the guest is named apart
    r"|(?P<byline>(?:حوار|لقاء|مقابلة|حاوره|حاورته|أجرى الحوار)[ \t]*[:/])"
    # a committee's written questions to a nominee or a minister
    r"|(?:advance policy |written )?questions for)[ \t]+",
    re.I,
)
# An intro that says its subject answered us: "He spoke to us at the
# mission's headquarters", "She talked with us by phone".
_SPOKE_TO_US = re.compile(r"\b(?:spoke|talked|speaks|talks)[ \t]+(?:to|with)[ \t]+us\b")
_PRONOUN_SUBJECTS = frozenset({"he", "she"})
# A line that says who gives the written answer below it.
_ANSWER_BY = re.compile(
    r"^[ \t]*(?:Answer|Reply|Response)(?: given)? (?:by|from) (?:the )?"
    r"(?P<who>[^\n()]{3,80}?)(?: on behalf of [^\n()]{3,80}?)?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:?[ \t]*$",
    re.M,
)
# How an interview marks a question or an answer at the start of its line.
_QUESTION_MARK = r"(?:س|سؤال|Q)[ \t]*[:/]"
_QUESTION = re.compile(rf"[ \t]*(?:{_QUESTION_MARK}|[•*▪])[ \t]*")
_MARKED_QUESTION = re.compile(rf"[ \t]*{_QUESTION_MARK}")
_ANSWER = re.compile(r"[ \t]*(?:(?:ج|جواب|A|Answer)[ \t]*[:/][ \t]*|[-–—][ \t]+)")
# An answer labelled as one: then a single question makes a Q&A.
_LABELLED_ANSWER = re.compile(r"[ \t]*(?:جواب|الجواب|Answer)[ \t]*:")
_HEADING_LINES = 3  # where an interview names its guest
_RETIRED = re.compile(r"\(RET\.?\)")  # as the label may write it, with or without stop
# Words of a role in capitals written small: "KRG REPRESENTATIVE TO THE US".
_SMALL = frozenset("OF TO THE FOR AND ON IN AT".split())
# A cheap first look for what every label ends with.
_MAYBE = re.compile(rf"[A-Z][A-Z'’-][ \t]*:|\bQ:|\):|^(?:{_PRINT_TITLES})\.? ", re.M)
# Titles and honorifics that may open a label; what is left is the name.
_TITLES = frozenset(
    "MR MS MRS DR GEN GENERAL MAJ LT COL CAPT CPT SGT ADM ADMIRAL BRIG VICE REAR"
    " SEC SECRETARY AMB AMBASSADOR SEN SENATOR REP GOV PRESIDENT MINISTER"
    " SPOKESMAN SPOKESPERSON SPOKESWOMAN".split()
)
# Label words of an official not named ("SENIOR ADMINISTRATION OFFICIAL ONE").
_ANONYMOUS = frozenset("OFFICIAL OFFICIALS SOURCE".split())
# Labels that name a role, not a person.
_ROLES = frozenset("MODERATOR INTERVIEWER HOST OPERATOR STAFF CALLER GUEST".split())
# Capitals before a colon that head a paragraph, not a speaker's words.
_NOT_SPEAKERS = frozenset(
    "UPDATE UPDATED BREAKING NOTE WATCH READ MORE RELATED EXCLUSIVE ANALYSIS"
    " OPINION EDITOR'S EDITORS CORRECTION CLARIFICATION VIDEO PHOTOS LIVE"
    " SOURCE SOURCES BACKGROUND TRANSCRIPT NUMBERS GLANCE FACTS FACTBOX TIMELINE"
    " CHRONOLOGY".split()
)


class Label(NamedTuple):
    """One speaker label: where it is and who it names."""

    start: int
    end: int
    speaker: Speaker


def _is_place(word: str) -> bool:
    return is_place(_titled(word))


def _titled(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _role_words(role: str) -> str:
    """A role written in capitals, in print case: acronyms stay capitals.

    Examples:
        >>> _role_words("KRG REPRESENTATIVE TO THE UNITED STATES")
        'KRG Representative to the United States'
    """
    words = role.split()
    return " ".join(
        w.lower() if w in _SMALL and k else w if len(w) <= 3 else _titled(w.lower())
        for k, w in enumerate(words)
    )


def speaker_labels(text: str) -> list[Label]:
    """Find the speaker labels of a transcript, in order.

    Args:
        text: The document text.

    Returns:
        Each label's span (up to and with its colon) and its speaker: a
        person by the name left after titles ("MAJ. GEN. RYDER" is Ryder,
        role Maj. Gen.), a reporter for "Q" or "QUESTION", an office for a role alone
        ("MODERATOR"). Words in capitals with a colon that are not a label
        (an acronym mid-sentence) are not found: a label opens its line or
        sentence.

    Examples:
        >>> t = "Q: How many troops? GEN. RYDER: About 2,500 in Iraq."
        >>> [(x.speaker.name, x.speaker.role) for x in speaker_labels(t)]
        [('reporter', None), ('Ryder', 'Gen.')]
        >>> t = "The Minister for the Armed Forces (Jane Doe): About 100."
        >>> [(x.speaker.name, x.speaker.role) for x in speaker_labels(t)]
        [('Jane Doe', 'Minister for the Armed Forces')]
    """
    out = _arabic_labels(text) or _interview_labels(text) or _answer_lines(text)
    if _MAYBE.search(text) is None and _CALL.search(text) is None:
        return out  # most articles: no capitals before a colon at all
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if any(w.rstrip(".") in _NOT_SPEAKERS for w in label.split()):
            continue
        if label in ("Q", "QUESTION"):
            speaker = Speaker(kind=SpeakerKind.ANONYMOUS, name="reporter", count=1)
        else:
            # "COL. (RET.) BRIAN CASTELLANO": retired is part of the title
            words = _RETIRED.sub("", label).replace(".", ". ").split()
            titles = [w for w in words if w.rstrip(".") in _TITLES]
            names = [w for w in words if w.rstrip(".") not in _TITLES]
            role = " ".join(
                _titled(w.rstrip(".")) + "." * w.endswith(".") for w in titles
            )
            if m.group("role"):
                role = _role_words(m.group("role"))
            bracket = (m.group("bracket") or "").strip()
            if bracket and names and all(w.rstrip(".") in _ROLES for w in names):
                # "MODERATOR (Rachel Osei)": the role's holder, named as printed;
                # "CALLER (DAVE, TOWNSVILLE)": where the caller is from after it
                name = bracket.split(",")[0].strip()
                person = Speaker(
                    kind=SpeakerKind.PERSON,
                    name=name.title() if name.isupper() else name,
                    role=_titled(label.lower()),
                )
                out.append(Label(m.start("label"), m.end(), person))
                continue
            if bracket:
                role = bracket  # "DANIEL KIRSCH (former Pentagon official)"
            if any(w in _ANONYMOUS for w in names):
                # "SENIOR ADMINISTRATION OFFICIAL ONE:": one of the officials
                # a background call may not name, each a speaker of their own
                speaker = Speaker(
                    kind=SpeakerKind.ANONYMOUS, name=label.lower(), count=1
                )
            elif names and all(w.rstrip(".") in _ROLES for w in names):
                speaker = Speaker(kind=SpeakerKind.OFFICE, name=label.lower())
            elif len(names) == 1 and not titles and _is_place(names[0]):
                continue  # "BAGHDAD:": a dateline
            elif names:
                speaker = Speaker(
                    kind=SpeakerKind.PERSON,
                    name=" ".join(_titled(w.rstrip(".")) for w in names),
                    role=role or None,
                )
            else:
                continue  # "GEN.:" names nobody
        out.append(Label(m.start("label"), m.end(), speaker))
    for m in _HANSARD.finditer(text):
        if m.group("office"):
            name, role = m.group("named"), m.group("office").removeprefix("The ")
        else:
            name, role = m.group("member"), m.group("title")
            post = (m.group("post") or "").split(",")[0].strip()
            if _has_role_word(post):
                role = post  # "(Parliamentary Secretary to the Minister …, Lib.)"
        person = Speaker(kind=SpeakerKind.PERSON, name=name.strip(), role=role)
        out.append(Label(m.start(), m.end(), person))
    call = list(_CALL.finditer(text))
    if len(call) == 1 and not (
        # one speaker alone: an excerpt headed by its speaker and role
        text[: call[0].start()].strip() == ""
        and _has_role_word(call[0].group("role") or "")
    ):
        call = []
    if call:
        for m in call:
            if m.group("operator"):
                speaker = Speaker(kind=SpeakerKind.OFFICE, name="operator")
            else:
                speaker = Speaker(
                    kind=SpeakerKind.PERSON, name=m.group("name"), role=m.group("role")
                )
            out.append(Label(m.start(), m.end(), speaker))
    return sorted(out, key=lambda label: label.start)


def _answer_lines(text: str) -> list[Label]:
    """A written answer's line naming who gives it: the text below is theirs.

    "Answer given by High Representative/Vice-President Borrell on behalf of
    the European Commission (17.4.2024)", "Reply by the Minister of State",
    "Response from the Department of Defense": a parliament's or a
    committee's printed answer, the lines after it the answerer's.
    """
    out: list[Label] = []
    for m in _ANSWER_BY.finditer(text):
        who = m.group("who").strip()
        tokens = tokenize(text, m.start("who"), m.end("who"))
        speaker = read_speaker([tokens], lambda a, b: text[a:b])
        if _has_role_word(who) and (
            speaker is None
            or (speaker.kind is SpeakerKind.PERSON and _has_role_word(speaker.name))
        ):
            # "High Representative/Vice-President": the office, not a name
            speaker = Speaker(kind=SpeakerKind.OFFICE, name=who)
        if speaker is not None and not speaker.is_outlet:
            out.append(Label(m.start(), m.end(), speaker))
    return out


def _has_role_word(words: str) -> bool:
    """Whether any of ``words`` is a title or role (Secretary, Chairman, وزير)."""
    lex = load_attribution_lexicon()
    # "High Representative/Vice-President": titles joined by a slash or hyphen
    return any(
        lex.has("role", fold(w.strip(",."))) for w in re.split(r"[\s/-]+", words) if w
    )


def _arabic_labels(text: str) -> list[Label]:
    """The speaker labels of an Arabic transcript, when the text is one.

    A line label is a turn only in a dialogue: a host's and another, or
    two labels or more, one at least opening two lines, three labelled
    lines in all. A record's fields
    ("التاريخ:"، "الحضور:") and a ticker's items ("عاجل:") open one line each
    or are one label throughout, and a dateline or a day is no speaker.
    """
    if "\n" not in text:
        return []
    found = [m for m in _AR_LABEL.finditer(text) if _may_speak(m.group("label"))]
    # a speaker named in full first, by the family name after: one turn-taker
    turns = Counter(fold(m.group("label")).split()[-1] for m in found)
    hosted = any(
        fold(w) in _AR_HOSTS for m in found for w in m.group("label").split()[:1]
    )
    if len(turns) < 2 or not (hosted or (len(found) > 2 and max(turns.values()) > 1)):
        return []
    guest = None
    out: list[Label] = []
    for m in found:
        if fold(m.group("label")) in _AR_ANSWERS:
            guest = guest or _interviewee(text)
            if guest is None:
                continue
            speaker = guest
        else:
            speaker = _labelled_speaker(m.group("label"), m.group("named"))
        out.append(Label(m.start("label"), m.end(), speaker))
    return out


def _labelled_speaker(label: str, bracket: str | None) -> Speaker:
    """Who an Arabic label names: "المقدم (سامر يوسف)", "شورش حسن (المتحدث …)".

    Of a label and its bracket, the one that reads as a person is the name
    and the other the role; a host's word before a name is a role too
    ("المذيعة رنا الحسيني"), and alone it is the broadcaster's own voice.
    """

    def read(words: str) -> Speaker | None:
        return read_speaker([tokenize(words)], lambda a, b: words[a:b])

    words = label.split()
    hosts = 0
    while hosts < len(words) and fold(words[hosts]) in _AR_HOSTS:
        hosts += 1
    if bracket:
        bracket = bracket.strip()
        named = None if hosts else read(label)
        if named is not None and named.kind is SpeakerKind.PERSON:
            return Speaker(kind=SpeakerKind.PERSON, name=named.name, role=bracket)
        return Speaker(kind=SpeakerKind.PERSON, name=bracket, role=label)
    if hosts == len(words):
        return Speaker.outlet_voice()  # the station's own anchor or reporter
    named = read(" ".join(words[hosts:]))
    if named is None or named.kind is not SpeakerKind.PERSON:
        return Speaker(kind=SpeakerKind.PERSON, name=label)
    role = " ".join([*words[:hosts], *([named.role] if named.role else [])])
    return Speaker(kind=SpeakerKind.PERSON, name=named.name, role=role or None)


def _may_speak(label: str) -> bool:
    lex = load_attribution_lexicon()
    words = fold(label).split()
    return not any(
        w in _AR_NOT_SPEAKERS
        or lex.has("time", w)
        or lex.has("anonymous", w)
        or lex.may_cue(w)
        for w in words
    ) and not (len(words) == 1 and is_place(label))


def _interviewee(text: str) -> Speaker | None:
    """Who answers: an interview's guest or the body whose answers are printed.

    "«الأنباء» تحاور مستشار … X" names a person; "ننشر لكم نص جواب وزارة
    الدفاع على سؤالنا" an office or a person.
    """
    head = "\n".join(text.split("\n", _HEADING_LINES)[:_HEADING_LINES])
    kinds = (SpeakerKind.PERSON,)
    m = _INTERVIEW.search(head)
    if m is not None and m["byline"]:
        return _guest_to_outlet(text, head)
    if m is None:
        m = _ANSWERED.search(head)
        kinds = (SpeakerKind.PERSON, SpeakerKind.OFFICE)
    if m is None:
        return _introduced_guest(text, head)
    end = head.find("\n", m.end())
    tokens = tokenize(text, m.end(), end if end >= 0 else len(head))
    if not tokens or not tokens[0].is_word:
        return None
    ref = PhraseReader(tokens).speaker_phrase(0)
    speaker = read_speaker(ref.segments, lambda a, b: text[a:b])
    if speaker is None or speaker.kind not in kinds:
        return None
    return speaker


# An interview's headline: the guest, then "لـ«outlet»:" and a quotation of
# them ("الخبير العسكري العميد محسن الخضر لـ«عدن الغد»: المعادلة واحدة").
_GUEST_TO = re.compile(
    r"^[ \t]*(?P<who>[^\n:«»]{3,90}?)[ \t]+لـ?[ \t]*«[^»\n]{2,40}»[ \t]*:", re.M
)


def _guest_to_outlet(text: str, head: str) -> Speaker | None:
    """The guest an interview's headline names before "لـ«outlet»:"."""
    m = _GUEST_TO.search(head)
    if m is None:
        return None
    tokens = tokenize(text, m.start("who"), m.end("who"))
    if not tokens:
        return None
    ref = PhraseReader(tokens).speaker_phrase(0)
    return read_person(ref.segments, lambda a, b: text[a:b])


def _introduced_guest(text: str, head: str) -> Speaker | None:
    """The person an intro says spoke to us: "X took command … He spoke to us".

    The guest opens the sentence that says so, or, when it opens with "he"
    or "she", the intro's first sentence.
    """
    m = _SPOKE_TO_US.search(head)
    if m is None:
        return None
    start = max((a for a, _ in split_spans(head) if a <= m.start()), default=0)
    tokens = tokenize(text, start, m.start())
    if tokens and tokens[0].key in _PRONOUN_SUBJECTS:
        tokens = tokenize(text, 0, m.start())
    # the subject is the capitalised words it opens with (title and name)
    k = next((k for k, t in enumerate(tokens) if not t.text[:1].isupper()), len(tokens))
    if k == 0:
        return None
    return read_person([tokens[:k]], lambda a, b: text[a:b])


def _interview_labels(text: str) -> list[Label]:
    """Label an interview's questions and answers, when its heading names the guest.

    Or when its intro says who "spoke to us" (see :func:`_introduced_guest`).
    Each line that asks (ends with a question mark, or opens with "س:", "Q:"
    or a bullet) is the interviewer's; the lines up to the next question are
    the guest's answer. Two questions at least make an interview.
    """
    if "\n" not in text or (
        _INTERVIEW.search(text, 0, 400) is None
        and _SPOKE_TO_US.search(text, 0, 400) is None
    ):
        return []
    lines = [(a, text[a:b]) for a, b in line_spans(text)]
    asks = [
        line.rstrip().rstrip('»”"').endswith(("?", "؟"))
        or _MARKED_QUESTION.match(line) is not None  # "س: …" with no mark at its end
        for _, line in lines
    ]
    labelled = any(_LABELLED_ANSWER.match(line) for _, line in lines)
    if sum(asks) < (1 if labelled else 2):
        return []
    guest = _interviewee(text)
    if guest is None:
        return []
    reporter = Speaker(kind=SpeakerKind.ANONYMOUS, name="reporter", count=1)
    out: list[Label] = []
    answer = False  # whether the next line with words opens an answer
    for k, (start, line) in enumerate(lines):
        if asks[k]:
            m = _QUESTION.match(line)
            out.append(Label(start, start + (m.end() if m else 0), reporter))
            answer = True
        elif answer and line.strip():
            m = _ANSWER.match(line)
            out.append(Label(start, start + (m.end() if m else 0), guest))
            answer = False
    return out
