"""A count that changed: "fell from 5,200 to 2,500", "will cut … to 2,000 from 2,500".

News reports most troop levels as a change between two counts of one thing
at two times. Read as two counts of today they contradict each other, the
false conflict an analyst would most often see. So the two are read
together:

- they count the same noun, written once ("from 5,200 to 2,500 troops",
  "cut its troops in Iraq to 2,000 from 2,500");
- a change that has happened ("fell", "were cut", انخفض) leaves the count
  it led to as today's, and the one it started from as earlier: a count of
  the date written after it ("from 5,200 in 2020"), else no claim at all,
  as nothing says when it held;
- a change to come ("will cut", "plans to reduce", سيتم خفض، يعتزم) starts
  from today's count and leads to a target (keyed as one by the pipeline).

"from 2,000 to 2,500 troops" with no verb or noun of change is a range, as
the number reader has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claimtrack.extract.date_context import clause_tense
from claimtrack.extract.number_lexicon import to_unit_lemma
from claimtrack.extract.numbers import DURATIONS, NumberMention, find_numbers
from claimtrack.extract.text import PHRASE_BREAK, sentence_start

__all__ = ["FUTURE_CHANGE", "Changes", "change_to_come", "read_changes"]

# Verbs and nouns of a change in a count, in any tense.
_CHANGE = re.compile(
    r"\b(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)"
    r"|r[io]se[ns]?|rising|gr[eo]w(?:s|n|ing)?|increas(?:e|es|ed|ing)"
    r"|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)"
    r"|lower(?:s|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|trim(?:s|med|ming)?"
    r"|slash(?:es|ed|ing)?|climb(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen"
    r"|scal(?:e|es|ed|ing)\s+(?:back|down)|(?:draw(?:s|n|ing)?|drew)\s+down"
    r"|drawdown|(?:br(?:ing|ings|ought))\s+down|(?:go|goes|went|gone)\s+(?:down|up))\b"
    r"|(?<!\w)[وف]?(?:س?[يت])?(?:انخفض|نخفض|تراجع|ارتفع|رتفع|تقلص|قلص|خفض|هبط|زداد)"
    r"|(?<!\w)[وف]?(?:ب|ل)?(?:ال)?(?:تخفيض|تقليص|خفض|انخفاض|تراجع|ارتفاع|زيادة)",
    re.IGNORECASE,
)
# A change not yet made: "will drop", "could fall", "is expected to fall",
# "plans to cut", "agreed to reduce", سينخفض، قد يخفض، يعتزم خفض، على خفض (the
# one deciding may stand between: تعتزم واشنطن خفض قواتها).
_TO_CHANGE = (
    r"(?:drop|fall|shrink|decline|decrease|cut|reduced?|lower(?:ed)?|rise|grow"
    r"|increase|climb|go\s+down|trim(?:med)?|slash(?:ed)?|scaled?\s+(?:back|down)"
    r"|draw\s+down|bring\s+down)\b"
)
FUTURE_CHANGE = re.compile(
    r"\b(?:will|would|could|may|might|(?:is|are)\s+(?:set|expected|due|likely)\s+to)"
    r"\s+(?:be\s+)?"
    + _TO_CHANGE
    + r"|\b(?:plans?|planning|planned|intends?|intended|aims?|agreed|decided|seeks?"
    r"|wants?|proposed?|expected|set|due|likely)\s+to\s+(?:be\s+)?"
    + _TO_CHANGE
    # "the planned US drawdown in Syria, from around 2,000 troops to …"
    + r"|\b(?:planned|proposed|intended|expected|anticipated|upcoming)\s+(?:[\w.-]+\s+)"
    r"{0,2}(?:drawdown|reduction|cuts?|withdrawal)\b"
    r"|(?<!\w)[وف]?(?:سي|ست|قد\s+[يت])(?:نخفض|تقلص|تراجع|رتفع|زداد|هبط|قلص|خفض)"
    r"|(?<!\w)[وف]?(?:على|يعتزم|تعتزم|ينوي|تنوي|يخطط|تخطط|قرر|قررت|تقرر)"
    r"(?:\s+\S+){0,2}\s+(?:ال)?(?:خفض|تخفيض|تقليص|زيادة)"
    # أعدّت خطة لتقليص القوات: a plan or a proposal to change it
    r"|(?<!\w)[وف]?(?:خط[ةه]|خططا?|مقترحا?|اقتراحا?|مشروعا?)(?:\s+\S+){0,2}?"
    r"\s+ل(?:خفض|تخفيض|تقليص|زيادة|سحب)",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"(?:\bfrom|(?<!\w)من)\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?:\bto|(?<!\w)(?:إلى|الى|ل))\s*$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s*(?:to|إلى|الى)\s*", re.IGNORECASE)
_FROM_BETWEEN = re.compile(
    r"\s*(?:,\s*)?(?:(?:down|up)\s+)?(?:from|من|بعد\s+أن\s+كان(?:ت)?)\s*",
    re.IGNORECASE,
)
# Inside a range as the number reader found it: "from 2,500 to 3,000".
_RANGE_TO = re.compile(r"\s+(?:to|إلى|الى)\s+", re.IGNORECASE)
_DATED = re.compile(
    r"\s*(?:in|as\s+of|at\s+the\s+end\s+of|في|عام|في\s+عام|نهاية)?\s*",
    re.IGNORECASE,
)
# A count that held once, with no date to say when: "the coalition, which
# once had 86 members", "used to have 5,000", كان يضم سابقاً 86 دولة. Like the
# count an undated past change started from, it is no claim of today.
# The adverbs may also follow the count; "بعد أن كان" only precedes it (after
# a count it introduces the earlier one: 2500 جندي بعد أن كان 5200).
_FORMERLY = r"(?<!\w)(?:سابقا|سابقاً|في\s+السابق|فيما\s+مضى)(?!\w)"
_FORMER = re.compile(
    r"\b(?:once|formerly|previously|at\s+one\s+point)\s+(?:had|numbered|counted"
    r"|totall?ed|stood\s+at|reached|peaked\s+at|hosted|housed|included|kept"
    r"|deployed|fielded)\b|\bused\s+to\s+(?:have|number|count|total|host|house"
    rf"|keep|deploy|field)\b|{_FORMERLY}|(?<!\w)[وف]?بعد\s+أن\s+كان(?:ت)?(?!\w)",
    re.IGNORECASE,
)
_FORMERLY_AFTER = re.compile(rf"\s*{_FORMERLY}")
_FORMER_REACH = 40  # characters from the marker to the count it dates
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A pronoun suffix on an Arabic noun: قواته، قواتها، جنودهم.
_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")
_NOUN_REACH = 90  # characters back from the first count to look for its noun
_DATE_AFTER = 12  # characters from an earlier count to the date that scopes it


def _split_range(text: str, m: NumberMention) -> list[NumberMention]:
    """Read "from 2,500 to 3,000" after a change as two counts, not a range."""
    inside = text[m.number_start : m.number_end]
    sep = _RANGE_TO.search(inside)
    if sep is None:
        return [m]
    cut_a, cut_b = m.number_start + sep.start(), m.number_start + sep.end()
    first = find_numbers(text[m.number_start : cut_a])
    second = find_numbers(text[cut_b : m.end])
    if len(first) != 1 or len(second) != 1:
        return [m]
    return [_shift(first[0], m.number_start), _shift(second[0], cut_b)]


def _shift(m: NumberMention, by: int) -> NumberMention:
    return replace(
        m,
        start=m.start + by,
        end=m.end + by,
        number_start=m.number_start + by,
        number_end=m.number_end + by,
    )


def _noun_before(text: str, floor: int, at: int) -> tuple[str, str] | None:
    """The counted noun written before a change: "Troops in Iraq fell to"."""
    words = _WORD.findall(text, max(floor, at - _NOUN_REACH), at)
    for word in reversed(words):
        lemma = to_unit_lemma(word) or to_unit_lemma(_SUFFIX.sub("", word))
        if lemma is not None and lemma not in DURATIONS:
            return lemma, word
    return None


def _pair(
    text: str, a: NumberMention, b: NumberMention, dates: list[tuple[int, int]]
) -> tuple[NumberMention, NumberMention] | None:
    """The (from, to) counts of a change written as ``a`` then ``b``, if one."""
    # "from about 60 members in 2014 to 86": the date scopes the first count.
    inside = [(s, e) for s, e in dates if a.end <= s and e <= b.start]
    after = inside[-1][1] if inside else a.end
    if inside and not _DATED.fullmatch(text, a.end, inside[0][0]):
        return None
    between = text[after : b.start]
    if _TO_BETWEEN.fullmatch(between) and _FROM_BEFORE.search(
        text, max(0, a.start - 8), a.start
    ):
        return a, b  # "from 5,200 to 2,500"
    if _FROM_BETWEEN.fullmatch(between) and _TO_BEFORE.search(
        text, max(0, a.start - 8), a.start
    ):
        return b, a  # "to 2,500 from 5,200"
    return None


@dataclass
class Changes:
    """The counts of a text with its changes read (see :func:`read_changes`).

    Attributes:
        numbers: The mentions, in text order.
        today: Starts of the counts a change to come starts from: as of
            today, whatever date the sentence sets for the change.
        read_at: For the count a change to come leads to, the mention after
            which its date is written ("to 2,000 from 2,500 by September").
    """

    numbers: list[NumberMention]
    today: set[int] = field(default_factory=set)
    read_at: dict[int, NumberMention] = field(default_factory=dict)


def read_changes(
    text: str, numbers: list[NumberMention], dates: list[tuple[int, int]]
) -> Changes:
    """Read the counts of each change in ``numbers`` as one count at two times.

    Args:
        text: The document text the mentions index.
        numbers: Number mentions in text order.
        dates: Where the document's dates are, as (start, end): a date
            right after an earlier count says when it held.

    Returns:
        The mentions, with a change's two counts sharing their noun, a
        range after a verb of change split in two, and the count a past
        change started from left without a noun (so no claim) unless dated;
        and for a change to come, which count is today's and where the
        target's date is read.

    Examples:
        >>> t = "U.S. troops in Iraq fell from 5,200 to 2,500, officials said."
        >>> [(m.value, m.unit) for m in read_changes(t, find_numbers(t), []).numbers]
        [(5200.0, None), (2500.0, 'troop')]
        >>> t = "The U.S. will cut its troops in Iraq to 2,000 from 2,500."
        >>> changes = read_changes(t, find_numbers(t), [])
        >>> [(m.value, m.unit) for m in changes.numbers]
        [(2000.0, 'troop'), (2500.0, 'troop')]
        >>> changes.today == {t.index("2,500")}
        True
    """
    out: list[NumberMention] = []
    today: set[int] = set()
    read_at: dict[int, NumberMention] = {}
    for m in numbers:
        if (
            m.hedge == "range"
            and _FROM_BEFORE.search(text, m.start, m.number_start)
            and _changed(text, sentence_start(text, m.start), m.start)
        ):  # "rise from 2,500 to 3,000", not "bring down to 2,000 to 2,500"
            out += _split_range(text, m)
        else:
            out.append(m)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.is_duration or b.is_duration or a.hedge == "range" or b.hedge == "range":
            continue
        pair = _pair(text, a, b, dates)
        if pair is None:
            continue
        floor = sentence_start(text, a.start)
        if not _changed(text, floor, a.start):
            continue
        old, new = pair
        noun = next(
            ((m.unit, m.unit_text) for m in (new, old) if m.unit is not None),
            None,
        ) or _noun_before(text, floor, a.start)
        if noun is None:
            continue
        unit, unit_text = noun
        if old.unit is not None and new.unit is not None and old.unit != new.unit:
            continue  # two nouns: two things, not one changing
        new = replace(new, unit=unit, unit_text=unit_text)
        if clause_tense(text, a.start) > 0 or change_to_come(text, a.start, floor):
            old = replace(old, unit=unit, unit_text=unit_text)
            today.add(old.start)
            read_at[new.start] = b
        elif any(
            # only a date before anything else follows dates the earlier count
            0 <= d - old.end <= _DATE_AFTER and not _DIGIT.search(text, old.end, d)
            for d, _ in dates
        ):
            old = replace(old, unit=unit, unit_text=unit_text)
        else:
            old = replace(old, unit=None, unit_text=None)
        out[k], out[k + 1] = (old, new) if a.start == old.start else (new, old)
    out = [_unless_former(text, m, dates) for m in out]
    return Changes(out, today, read_at)


def _unless_former(
    text: str, m: NumberMention, dates: list[tuple[int, int]]
) -> NumberMention:
    """Leave an undated count that held once ("once had 86 members") no noun.

    The marker comes shortly before the count in its clause, or (سابقاً) right
    after it; a date after the count in its clause says when it held ("had
    5,200 troops in Iraq in 2019"), and keeps it.
    """
    if m.unit is None or m.is_duration:
        return m
    before = _FORMER.search(text, max(0, m.start - _FORMER_REACH), m.start)
    after = _FORMERLY_AFTER.match(text, m.end)
    if before is not None and PHRASE_BREAK.search(text, before.end(), m.start):
        before = None
    if before is None and after is None:
        return m
    if any(
        0 <= d - m.end <= _FORMER_REACH and not PHRASE_BREAK.search(text, m.end, d)
        for d, _ in dates
    ):
        return m  # "once had 5,200 troops in Iraq in 2019": a count of 2019
    return replace(m, unit=None, unit_text=None)


def _changed(text: str, floor: int, at: int) -> bool:
    """Whether a verb or noun of change comes shortly before ``at``, after ``floor``."""
    return _CHANGE.search(text, max(floor, at - _NOUN_REACH), at) is not None


def change_to_come(text: str, at: int, floor: int = 0) -> bool:
    """Whether a change written shortly before ``at``, in its sentence, is yet to come.

    Examples:
        >>> change_to_come("Washington plans to cut its force to 2,000", 35)
        True
        >>> change_to_come("Troops fell to 2,500 last year", 15)
        False
    """
    floor = max(floor, sentence_start(text, at), at - _NOUN_REACH)
    return FUTURE_CHANGE.search(text, floor, at) is not None
