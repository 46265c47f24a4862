"""extract(): from a document's text to attributed claims with evidence spans.

Steps: find dates and numbers (``dates``, ``numbers``), drop numbers that are
part of a date, read each sentence's speaker and citation chain
(``attribution``), build each figure's question from its context
(``questions``), and emit one claim per figure with its attribution and the
exact evidence span. Many documents run on all cores.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from claimtrack.claim import Attribution, Claim, Property, Span
from claimtrack.dates import shift_months, time_bounds
from claimtrack.document import Document
from claimtrack.errors import ExtractionError
from claimtrack.extract.attribution import Frame, detect_relays, find_frames
from claimtrack.extract.attribution_lexicon import load_attribution_lexicon, tokenize
from claimtrack.extract.count_changes import change_to_come, read_changes
from claimtrack.extract.date_context import clause_tense, has_future_verb
from claimtrack.extract.dates import DateMention, find_dates
from claimtrack.extract.documents import detect_language, iter_documents
from claimtrack.extract.number_lexicon import to_unit_lemma
from claimtrack.extract.numbers import OF_THEM, NumberMention, find_numbers
from claimtrack.extract.outlets import dateline_span, is_medium, same_outlet
from claimtrack.extract.questions import (
    CONTEXT,
    MEMBERSHIP_UNITS,
    count_unit,
    number_question,
    time_question,
)
from claimtrack.extract.speakers import is_place
from claimtrack.extract.text import (
    PHRASE_BREAK,
    SENTENCE_BREAK,
    normalise_text,
    undot,
)
from claimtrack.extract.windows import trailing_window
from claimtrack.figure import (
    Granularity,
    Hedge,
    NumberFigure,
    Part,
    TimeFigure,
    plural_unit,
)
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading

__all__ = ["extract", "extract_all", "extract_paths"]

log = logging.getLogger(__name__)

_GRANULARITIES = {g.value for g in Granularity}
_LONE_TODAY = frozenset({"اليوم", "today", "Today"})
# "in addition to", إضافة إلى، فضلا عن: a coordinator too (letters as
# written: diacritics such as the tanween of فضلاً stay in the text).
_ADDITION = (
    r"(?:(?:in\s+addition\s+to|as\s+well\s+as)"
    r"|(?:و?بال|و?)[اإ]ضافة\u064b?\s+(?:إلى|الى|ل)"
    r"|فضلا\u064b?\s+عن|علاوة\u064b?\s+على|إلى\s+جانب)"
)
# A coordinator right before a number; in Arabic a verb may stand between
# ("بينما يتمركز نحو 900 في سوريا", "ويتمركز 900").
_COORDINATED = re.compile(
    r"(?:^|[\s،,])(?:(?:و|فيما\s|بينما\s)\s*(?:[^\W\d_a-zA-Z]+\s+)?"
    rf"|{_ADDITION}\s"
    r"|(?:and|while|whereas|plus)\s+(?:[a-z]+\s+)?)\s*$",
    re.IGNORECASE,
)
# The same, fronted: "In addition to the 2,500 troops in Iraq, some 900 …".
_FRONTED_ADDITION = re.compile(
    rf"(?:^|[\s،,])(?:{_ADDITION}|besides|alongside)\s+(?:the\s+)?$", re.IGNORECASE
)
# How far apart two coordinated figures may be: the first one's predicate
# stands between ("2,500 soldiers are deployed in Iraq, while roughly 900").
_JOIN_REACH = 60
# Words between a count and its trailing window: a verb and its object ("have
# left the country over the past two years", "غادروا البلاد خلال العامين").
_WINDOW_REACH = 5
# A preposition that scopes a count to the period right after it.
_PERIOD_CUE = re.compile(
    r"(?:\b(?:in|during)|في|خلال|عام|لعام)\s*(?:عام|the year|)\s*$"
)
# What may follow a number whose counted noun is left out: a place or the end.
_BEING_THERE = (  # "are stationed in", "يتمركزون في": before where they are
    r"(?:(?:are|were|remain|remained)\s+(?:(?:stationed|deployed|based)\s+)?)?"
    r"(?:(?:يتمركزون|ينتشرون|موجودون|يتواجدون)\s+)?"
)
_ELIDED_UNIT_NEXT = re.compile(
    r"\s*(?:[.,،;؛)]|$"
    rf"|{_BEING_THERE}(?:في|داخل|ب|in|inside|at|across)\b"
    # or what befell them: "three were killed and more than 40 wounded"
    r"|(?:(?:were|was)\s+)?(?:wounded|injured|hurt|killed|dead)\b"
    r"|(?:جرحى|قتلى|أصيبوا|اصيبوا|قتلوا|جريحا|جريحاً|قتيلا|قتيلاً|بجروح)"
    r")"
)
# A place right after a bare number: where the counted people are.
_ELIDED_PLACE = re.compile(rf"\s*{_BEING_THERE}(?:في|داخل|in|inside|across)\b")
_OF_THE = re.compile(r"\bof\s+(?:the|those|its|their)\s+$", re.IGNORECASE)
_THAT_NUMBER = re.compile(
    r"\b(?:that|this|the)\s+(?:number|figure|total)\b|(?:هذا|ذلك)\s+العدد"
    r"|(?<!\w)(?:[وف]?[إأا]ن\s+)العدد(?!\w)",  # وإن العدد قد ينخفض إلى …
    re.IGNORECASE,
)
# "launched with about 60 members, has grown to 87": a bare number a change
# leads to, right after a count, is that count later.
_CHANGED_TO = re.compile(
    r"\b(?:grown|grew|risen|rose|fallen|fell|dropped|increased|decreased|shrunk"
    r"|shrank|climbed|swelled)\s+to\s+(?:about|roughly|some|nearly|around)?\s*$"
    r"|\band\s+(?:now\s+|today\s+)?(?:stands?|stood|is|are)\s+at\s+"
    r"(?:about|roughly|some|nearly|around)?\s*$"
    # "which once counted 87 members, now has 86", "وبات يضم 86"
    r"|\b(?:now|today)\s+(?:has|have|counts?|numbers?|totals?|includes?)\s+"
    r"(?:about|roughly|some|nearly|around)?\s*$"
    r"|(?<!\w)[وف]?(?:بات|باتت|أصبح|أصبحت|صار|صارت)\s+(?:(?:اليوم|الآن|حاليا)\s+)?"
    r"(?:(?:يضم|تضم|يبلغ|تبلغ)\s+)?\S*\s*$"
    r"|(?:ارتفع|انخفض|تراجع|نما|زاد|تقلص)\w*\s+(?:إلى|الى)\s+\S*\s*$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"(?:\bfrom|(?<!\w)من)\s+\S*\s*$", re.IGNORECASE)
# Words for the present: "2,500 now", من نحو 2500 حالياً.
_NOW = r"(?:today|now|currently|حاليا|حالياً|الآن)"
_NOW_AFTER = re.compile(rf"\s*{_NOW}(?!\w)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _known_place_after(text: str, at: int) -> bool:
    """Whether a place the alias table knows follows ("are based in Erbil").

    Some of a counted whole elsewhere is a count of its own only where that
    is a known place: "40 are in Europe" would read as the whole coalition.
    """
    found = _ELIDED_PLACE.match(text, at)
    if found is None:
        return False
    words = _WORDS.findall(text, found.end(), found.end() + 40)[:3]
    return any(is_place(" ".join(words[:size])) for size in range(1, len(words) + 1))


# How far back, into the sentence before, a bare count may look for its noun.
_CARRY_REACH = 120
# "the number of US troops in Iraq stands at 2,500", "عدد القوات يبلغ 2500":
# the counted noun comes before the number, after عدد / number of.
_NUMBER_OF = re.compile(
    r"(?:(?<![^\W\d_])(?:ال|و|ب|ل)?عدد|\bnumbers?\s+of|\btotal\s+of|\btally\s+of)"
    r"\s+((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# "U.S. troop numbers in Syria have fallen to about 1,400": the noun before
# numbers / levels / strength.
_NOUN_NUMBERS = re.compile(
    r"\b([^\W\d_][\w'’-]*)\s+(?:numbers|levels|strength|presence)\b", re.IGNORECASE
)
# "the coalition forces, whose number he put at 600", القوات التي يبلغ عددها
# 2500: the noun a relative clause's number belongs to, written before it.
_WHOSE_NUMBER = re.compile(
    r"((?:[^\W\d_][\w'’-]*\s+){0,4}[^\W\d_][\w'’-]*)\s*[,،]?\s*"
    r"(?:\bwhose\s+(?:numbers?|strength|total)"
    r"|(?<!\w)(?:التي|الذين|اللواتي)\s+(?P<link>[يت](?:بلغ|قدر|صل)\s+)?(?:ال)?عدد(?:ها|هم)"
    # "المستشارين الأمريكيين، وعددهم 73", القوات البالغ عددها نحو 2500
    r"|(?P<own>(?<!\w)و?عدد(?:ها|هم)|(?<!\w)(?:ال)?بالغ\s+عدد(?:ها|هم)))\b",
    re.IGNORECASE,
)
# "a force of about 2,500": a force counts troops.
_FORCE_OF = re.compile(
    r"\b(?:force|contingent|garrison)\s+of\s+(?:(?:about|around|roughly|some"
    r"|nearly|almost|approximately|up\s+to|more\s+than|over|at\s+least"
    r"|fewer\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# What may link that noun to the number: a verb of amounting and a place.
_NUMBER_LINK = re.compile(
    r"(?:يبلغ|بلغ|تبلغ|وصل|يصل|تصل|يقدر|قدر|يتراوح|يناهز|إلى|الى|ب"
    r"|stands?|stood|is|was|are|were|at|to|reached|reaches|totals?|totalled|exceed"
    r"|totaled|around|about|some|roughly|nearly|of"
    # "will drop below 1,000": a verb of change before a hedged number
    r"|drops?|dropped|falls?|fell|fallen|rises?|rose|risen|declined?|shrinks?"
    r"|shrank|grows?|grew|climbed?|(?:in|de)creased?"
    r"|below|under|above|over)\s*$",
    re.IGNORECASE,
)
# An estimate verb and its subject before عدد: "يقدر مراقبون عدد المقاتلين
# بنحو 5 آلاف" (who estimates stands between).
_ESTIMATE_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:يقدر|تقدر|يقدرون|قدر|قدرت|قدروا)(?:\s+\S+){1,3}\s*$"
)
_OTHERS_REACH = 240  # how far back, into the sentence before, "N more" looks
# What opens a breakdown after a count: a dash or colon ("-- 66 in Iraq").
_BREAKDOWN_OPENER = re.compile(r"(?:--|[—–:])\s*$")
# "N others" / "N more": the same noun as the figure before.
_OTHERS = re.compile(r"\s+(?:آخرين|آخرون|آخران|اخرين|اخرون|اخران|others|more)\b")
# Right before an earlier value: "down from 5,200", "up from", "compared with".
_FROM_EARLIER = re.compile(
    r"(?:\b(?:down|up)\s+from|\bcompared\s+(?:with|to)|مقارنة\s+(?:ب|مع)"
    r"|بعد\s+أن\s+كان(?:ت)?)\s*$",
    re.IGNORECASE,
)
_BARE_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
# "will leave within 12 months", سينسحب خلال عامين: a deadline counted from
# the publication date, unless counted from an event ("within a year of the
# signing", خلال عام من توقيع الاتفاق).
_WITHIN = re.compile(
    r"(?:\bwithin|\bin\s+the\s+next|\bover\s+the\s+next|(?<!\w)خلال|(?<!\w)غضون"
    r"|في\s+مدة\s+أقصاها|في\s+فترة\s+لا\s+تتجاوز)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "within a year", خلال عام (indefinite: خلال العام is "during this year").
_WITHIN_ONE = re.compile(
    # case spelled out: IGNORECASE makes this scan of every text ten times slower
    r"(?:[Ww]ithin|خلال|غضون)\s+(?P<one>(?:[Aa]n?\s+)?"
    r"(?P<noun>year|month|عام|سنة|شهر))(?!\w)(?!\s*\d)"
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_ONE_SPAN_MONTHS = {"year": 12, "month": 1, "عام": 12, "سنة": 12, "شهر": 1}
_COUNTED_FROM = re.compile(r"\s*(?:of|from|after|من|بعد)(?!\w)", re.IGNORECASE)
_MONTHS_IN = {"month": 1, "year": 12}
# Between a part and its total: "138 of the 329 seats", "مقعدا من أصل 329".
_OF_TOTAL_EN = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
)
_OF_TOTAL_AR = re.compile(
    r"\s+(?:من\s+(?:أصل|اصل|بين|مجموع)|من\s+إجمالي|من\s+اجمالي)\s+"
)
_CLAIM_DATE_KINDS = frozenset({"date", "deadline", "range", "since"})
# Nouns for the people a report draws on: "five US officials", "two diplomats".
_SOURCE_UNITS = frozenset(
    {"official", "source", "diplomat", "officer", "person", "lawmaker"}
)
_SOURCES_WORD = re.compile(r"(?:ال)?مصادر|\bsources\b", re.IGNORECASE)
_SOURCES_REACH = 40
_THAT = re.compile(r"(?<!\w)(?:إن|أن|ان|بأن|بان|that|said)(?!\w)", re.IGNORECASE)


def _time_figure(m: DateMention) -> TimeFigure | None:
    if m.kind not in _CLAIM_DATE_KINDS or m.granularity not in _GRANULARITIES:
        return None  # timestamps are publication metadata, not claims
    hedge = Hedge(m.hedge) if m.kind != "since" else Hedge.EXACT
    try:
        return TimeFigure(
            value=m.value,
            value_high=m.value_high,
            granularity=Granularity(m.granularity),
            part=Part(m.part) if m.granularity != "day" else Part.WHOLE,
            hedge=hedge,
            relative=m.relative,
            resolved_against=m.resolved_against if m.value is not None else None,
        )
    except ValidationError as e:
        # A reading the model rejects is a bug of the date grammar: say where,
        # and keep the document's other claims.
        log.warning(
            "date %s–%s at [%d, %d) not read (%s); please report",
            m.value,
            m.value_high,
            m.start,
            m.end,
            e.errors()[0]["msg"],
        )
        return None


def _number_figure(m: NumberMention, unit: str | None) -> NumberFigure | None:
    hedge = Hedge(m.hedge)
    if unit is None:
        return None  # a number that counts nothing named is not a claim
    if hedge in (Hedge.RANGE, Hedge.VAGUE):
        if m.low is None or m.high is None:
            return None
        if hedge is Hedge.VAGUE and m.high < 10:
            return None  # "several", "a few": too vague to compare
        # a stated range is a claim however small: "between six and nine months"
        return NumberFigure(low=m.low, high=m.high, hedge=hedge, unit=unit)
    if m.value is None:
        return None
    return NumberFigure(value=m.value, hedge=hedge, unit=unit)


def _without_dateline(text: str) -> str:
    """Blank out a dateline ("BAGHDAD -"), keeping every offset.

    The place a report was filed from is not where its figures are, nor its
    speaker ("BAGHDAD - Iraq's prime minister said"), nor a date claim.
    """
    span = dateline_span(text)
    if span is None:
        return text
    start, end = span
    words = tokenize(text, start, end)
    if words and load_attribution_lexicon().has("office", words[0].key):
        return text  # "وزارة الداخلية / …": a letterhead's issuer, not a place
    return text[:start] + " " * (end - start) + text[end:]


# A day without its year that names an event: "the Sept. 11 attacks".
_NAMED_EVENT_AFTER = re.compile(
    r"\s*(?:(?:drone|missile|rocket|air)\s+)?(?:attacks?|strikes?|bombings?|massacre"
    r"|events|war|assault|offensive|uprising)\b",
    re.IGNORECASE,
)
_NAMED_EVENT_BEFORE = re.compile(r"(?:هجمات|هجوم|أحداث|احداث|حرب|مجزرة)\s+$")


# The year of a numbered law or decision: رقم 35 لسنة 2015, "No. 35 of 2015".
_NUMBERED_OF = re.compile(
    r"(?:(?<!\w)رقم|\b[Nn]o\.|\b[Nn]umber)\s*\d+\s*(?:لسنة|لعام|of|ل)?\s*$"
)


# A relative-day word that names an outlet: صحيفة الغد، «الغد برس»، قناة اليوم.
_OUTLET_AFTER = re.compile(r"\s*(?:برس|نيوز|تي\s?في)(?!\w)")


def _after_medium(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a type noun of outlets (صحيفة، لقناة)."""
    words = [t for t in tokenize(text, max(0, at - 16), at) if t.is_word]
    return bool(words) and is_medium(words[-1].key)


# What may share a line with the document's own date: a label ("التاريخ:",
# "Date modified:") or a place and a dash (بغداد – 15 أيلول 2025), and a weekday.
_DATE_LINE_BEFORE = re.compile(
    r"[\s•*]*(?:(?:(?:Date|Dated|Date\s+modified|Last\s+updated|Updated|Published"
    r"|Posted|Issued|التاريخ|تاريخ|تاريخ\s+النشر|تاريخ\s+التحديث|حرر\s+في"
    r"|تحريرا\s+في)\s*[:/]?"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[–—-])\s*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|الاثنين|الإثنين"
    r"|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد),?\s*)?$",
    re.IGNORECASE,
)
_DATE_LINE_AFTER = re.compile(r"[\s.,،:;]*$")
# A line ending in a preposition runs on to the next ("was formed in\n…").
_RUNS_ON = re.compile(r"(?<!\w)(?:in|on|of|at|from|since|في|من|منذ|عن|على|إلى)\s*$")
_HEAD_LINES, _FOOT_LINES = 6, 3  # where a letter puts its date, or a release signs


def _document_date(m: DateMention, text: str) -> bool:
    """Whether a date stands alone on a header or closing line of a letter.

    "التاريخ: 2/9/2025" under a letterhead, "Office of the Spokesperson" over
    "September 12, 2025", a release signed "بغداد – 15 أيلول 2025" or "Date
    modified: 2024-07-12": the document's own date, when it was written, not
    a figure of the story. Only on one of the first or last lines of a text
    of several, and only a plain date: "by September 2026" alone is a claim.
    """
    if m.kind not in ("date", "timestamp") or m.hedge != "exact":
        return False
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    if start == 0 and end == len(text):
        return False  # one line: the text is the date, say it
    if not (
        _DATE_LINE_BEFORE.fullmatch(text, start, m.start)
        and _DATE_LINE_AFTER.fullmatch(text, m.end, end)
    ) or _RUNS_ON.search(text, max(0, start - 12), start):
        return False
    above = text[:start].strip().count("\n") + 1 if text[:start].strip() else 0
    below = text[end:].strip().count("\n") + 1 if text[end:].strip() else 0
    return above < _HEAD_LINES or below < _FOOT_LINES


def _happened(m: DateMention, published: date | None) -> bool:
    """Whether a plain date (no "by", no "until") lies wholly before publication.

    A day up to the publication day, or a month or year that ended before it:
    what happened then, not a deadline still to meet.
    """
    if published is None or m.kind != "date" or m.hedge != "exact" or not m.value:
        return False
    if m.granularity == "day":
        return m.value <= published.isoformat()
    if m.granularity == "month":
        return m.value < published.isoformat()[:7]
    if m.granularity == "year":
        return m.value < published.isoformat()[:4]
    return False


def _is_claim_date(m: DateMention, text: str) -> bool:
    """Whether a date mention asserts something (rather than scoping or filler)."""
    if m.kind == "since" and m.part != "whole":
        return False  # "since the start of the year" scopes a count; it is no claim
    if _document_date(m, text):
        return False
    if (
        m.relative is not None
        and m.granularity == "day"
        and (
            _NAMED_EVENT_AFTER.match(text, m.end)
            or _NAMED_EVENT_BEFORE.search(text, max(0, m.start - 12), m.start)
        )
    ):
        return False  # "the Oct. 7 attacks", أحداث 11 أيلول: a name, its year unsaid
    if m.relative is not None and (
        _after_medium(text, m.start) or _OUTLET_AFTER.match(text, m.end)
    ):
        return False  # لـ«الغد برس»: an outlet's name, no tomorrow
    if _NUMBERED_OF.search(text, max(0, m.start - 24), m.start):
        return False  # قانون رقم 35 لسنة 2015, "Law No. 35 of 2015": part of a name
    # A lone "today" is mostly "nowadays"; joined to a weekday or date it counts.
    return normalise_text(text[m.start : m.end]).text.strip() not in _LONE_TODAY


# Only a coordinator between a bare number and the next count: "2,500 and 900
# troops", "2500 و900 جندي".
_AND_ONLY = re.compile(r"\s*(?:,\s*)?(?:and|&|و)\s*", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"\s*[,،]\s*")


def _coordinated_nouns(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Give a bare number the noun of the count coordinated right after it.

    "roughly 2,500 and 900 troops, respectively", "بنحو 2500 و900 جندي": the
    noun is written once, after the last number; the first counts it too, and
    so does each of a list ("2,500, 900 and 3,000 troops").
    """
    out = list(numbers)
    listed = False  # whether out[k + 1] took its noun in a list ending in "and"
    for k in range(len(out) - 2, -1, -1):
        m, after = out[k], out[k + 1]
        joined = _AND_ONLY.fullmatch(text, m.end, after.start) is not None or (
            listed and _COMMA_ONLY.fullmatch(text, m.end, after.start) is not None
        )
        listed = (
            joined
            and m.unit is None
            and m.hedge not in ("range", "vague")
            and after.unit is not None
            and not after.is_duration
        )
        if listed:
            out[k] = replace(m, unit=after.unit, unit_text=after.unit_text)
    return out


def _shared_hedges(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Let a hedge and a unit reach over a coordination.

    In "about 2,500 troops in Iraq and 900 in Syria", a bare number joined by
    و/and (or while, فيما) to the previous number a few words on takes its
    counted noun when it has none and is followed by a place ("900 in
    Syria", "roughly 900 are stationed in Syria"), and the hedge "about" when
    both count the same noun.
    """
    out: list[NumberMention] = []
    for m in numbers:
        prev = out[-1] if out else None
        joined = (
            prev is not None
            and 0 <= m.start - prev.end <= _JOIN_REACH
            and (
                _COORDINATED.search(text[max(prev.end, m.start - 32) : m.number_start])
                or _COORDINATED.search(text[max(prev.end, m.start - 32) : m.start])
                or (m.start < m.number_start and text[m.start] == "و")  # ونحو 900
                or (
                    _FRONTED_ADDITION.search(text, max(0, prev.start - 30), prev.start)
                    and PHRASE_BREAK.search(text, prev.end, m.start)
                )
            )
            and not SENTENCE_BREAK.search(text[prev.end : m.start])
        )
        # A bare number after a count: which of the ways below it takes that
        # count's noun. All ask for the same things of the two.
        bare = (
            prev is not None
            and m.unit is None
            and prev.unit is not None
            and not prev.is_duration
        )
        if not bare or prev is None:
            others = carried = some_of = same_count = breakdown = False
        else:
            gap = m.start - prev.end
            between = text[prev.end : m.start]
            same_sentence = gap >= 0 and not SENTENCE_BREAK.search(between)
            next_sentence = _next_sentence(between, gap, _CARRY_REACH)
            counted = m.hedge not in ("range", "vague")
            # "N others" / "N more", in the same sentence or the next ("About
            # 2,500 troops are in Iraq. The spokesman added that some 900 more
            # are in Syria"), with no other number between.
            # "N more" points back further than a bare number: the sentence
            # before may be long ("… overnight,” said a senior defense
            # official, who spoke on condition of anonymity … He added that
            # some 900 more were in Syria").
            others = bool(_OTHERS.match(text, m.number_end)) and (
                (same_sentence and gap <= 80)
                or _next_sentence(between, gap, _OTHERS_REACH)
            )
            # The next sentence goes on about the same people in another place:
            # "About 2,500 troops are in Iraq. He said about 900 are in Syria."
            carried = (
                counted
                and next_sentence
                and bool(_ELIDED_PLACE.match(text, m.number_end))
            )
            # "Of the roughly 2,500 troops in Iraq, about 1,000 are based in
            # Erbil": some of them, somewhere; the same noun, in the same sentence.
            some_of = (
                counted
                and prev.unit not in MEMBERSHIP_UNITS  # 40 of 86 members: no size
                and _OF_THE.search(text, max(0, prev.start - 12), prev.start)
                is not None
                and same_sentence
                and gap <= _JOIN_REACH
                and _known_place_after(text, m.number_end)
            )
            # "… about 2,500 troops … that number to fall to around 2,000",
            # "إلى نحو 2000 جندي … من نحو 2500 حالياً": the same count, another time.
            same_count = (
                counted
                and same_sentence
                and gap <= _JOIN_REACH
                and (
                    _THAT_NUMBER.search(text, prev.end, m.start) is not None
                    or _CHANGED_TO.search(text, prev.end, m.start) is not None
                    or (
                        _FROM_BEFORE.search(text, max(prev.end, m.start - 12), m.start)
                        is not None
                        and _NOW_AFTER.match(text, m.number_end) is not None
                    )
                )
            )
            # "46 attacks … since October 17, 24 of them in Iraq", "158
            # attacks … -- 66 in Iraq and 92 in Syria": the count broken
            # down by place, each part some of the same noun.
            of_them = _OF_THEM.match(text, m.number_end)
            breakdown = (
                counted
                and 0 <= gap <= _JOIN_REACH
                and not SENTENCE_BREAK.search(undot(between))
                and (
                    of_them is not None or _BREAKDOWN_OPENER.search(between) is not None
                )
                and _known_place_after(text, of_them.end() if of_them else m.number_end)
            )
        if (
            others or carried or some_of or same_count or breakdown
        ) and prev is not None:
            out.append(replace(m, unit=prev.unit, unit_text=prev.unit_text))
            continue
        if not joined or prev is None:
            out.append(m)
            continue
        if (
            m.unit is None
            and m.hedge not in ("range", "vague")
            and prev.unit is not None
            and not prev.is_duration
            and _ELIDED_UNIT_NEXT.match(text, m.number_end)
        ):
            m = replace(m, unit=prev.unit, unit_text=prev.unit_text)
        if m.hedge == "exact" and prev.hedge == "about" and m.unit == prev.unit:
            m = replace(m, hedge="about")
        out.append(m)
    return out


def _earlier_values(
    text: str, numbers: list[NumberMention], dates: list[DateMention]
) -> list[NumberMention]:
    """Give an earlier, dated value the noun of the count before it.

    "2,500 troops are in Iraq, down from 5,200 in 2020": the 5,200 were
    troops too. Only when a date follows it: the date keeps the two apart
    (change over time, not a conflict); "up from 2,000" alone would read as
    a second figure for today.
    """
    out = list(numbers)
    for k in range(1, len(out)):
        prev, m = out[k - 1], out[k]
        if m.unit is not None or prev.unit is None or prev.is_duration:
            continue
        between = text[prev.end : m.start]
        if not (
            _FROM_EARLIER.search(text, max(prev.end, m.start - 30), m.start)
            or _BARE_FROM.fullmatch(between)  # "fallen to 1,400 from 2,000"
        ):
            continue
        if SENTENCE_BREAK.search(text, prev.end, m.start):
            continue
        if any(0 <= d.start - m.end <= 12 and d.value for d in dates):
            out[k] = replace(m, unit=prev.unit, unit_text=prev.unit_text)
    return out


# A count whose noun the text has just named, then leaves out: "Today there
# are about 2,500", "cut … to under 1,000", or the answer to "how many
# troops …?". Only a bare number that reads as a quantity takes it (a hedge,
# a range, "to N", a known place right after): ages, brigade and section
# numbers do not. A bare "from N" is where a change started and "the 900 it
# had cited" an earlier count, neither a count of today (see _earlier_values).
_ELIDED_REACH = 300  # how far back, over at most two sentences, the noun is
_HOW_MANY = re.compile(
    r"\bhow\s+many\s+((?:[\w’'.-]+\s+){0,3}?[\w’'-]+?)\s+"
    r"(?:are|were|is|was|will|would|do|does|did|have|has|had|remain|stay|left)\b",
    re.IGNORECASE,
)
# Verbs of counting: "forces now number some 2,000", "which totalled 40".
_COUNTING = r"number|numbers|numbered|numbering|totals?|totall?ed|totall?ing"
_FROM_TO_BEFORE = re.compile(
    rf"(?:\b(?:to|at|of|is|are|be|{_COUNTING}|(?:down|up)\s+from)"
    r"|(?<!\w)(?:إلى|الى|عند))\s+$",
    re.IGNORECASE,
)
# A verb of counting, or of where a count stands or has moved to, whose
# subject is what is counted: "American forces in Iraq now number some
# 2,000", "attacks, which numbered upward of 180", "attacks now stand at 178",
# "strikes rose to 40".
_COUNT_VERB = re.compile(
    rf"\b(?:{_COUNTING}|(?:stands?|stood|standing)\s+at|reached|reaches|topped"
    r"|(?:rose|risen|rises|climbed|climbs|grew|grown|jumped|fell|fallen|dropped"
    r"|declined|increased|decreased|swelled|shrank|shrunk)\s+to)"
    r"\s+(?:somewhere\s+)?$",
    re.IGNORECASE,
)
_CHANGE_FROM = re.compile(r"(?:\bfrom|(?<!\w)من)\s+$", re.IGNORECASE)
_SUBJECT_START = re.compile(r"(?:^|[!?;:—–(,]|\.(?=\s+[A-Z])|\bthat\b)\s*")
_SUBJECT_TAIL = re.compile(
    r"(?:,?\s*\b(?:which|that|who|now|still|currently|then|already))*\s*,?\s*$",
    re.IGNORECASE,
)
_LEADING_DETERMINER = re.compile(
    r"^(?:(?:where|and|but|while|with|the|its|their|these|those|our)\s+)+", re.I
)
# Counts of the people a report draws on ("two officials said"), which a
# figure in what they said does not count; lawmakers and officers it may.
_SPEAKING_UNITS = frozenset({"official", "source", "diplomat", "person"})
# "24 of them in Iraq", أربع منها: some of the count before.
_OF_THEM = re.compile(
    rf"\s*(?:{'|'.join(OF_THEM)}|of\s+(?:them|those|these))(?!\w)", re.IGNORECASE
)
_OPENS_COUNT = re.compile(
    r"(?:^|[,،;؛:(—–-]|\b(?:and|another|while|with)|(?<!\w)و)\s*$", re.IGNORECASE
)
_BELOW = frozenset({"less_than", "at_most"})
# What makes a weak hedge a bound on a count: "cut to under 1,000", "will be
# below 2,000", not "children (who are) under 12".
_BOUND_BEFORE = re.compile(
    r"\b(?:to|be|stay|stays|remain|remains|drop|drops|fall|falls|fell|dropped)\s+$",
    re.IGNORECASE,
)


def _next_sentence(between: str, gap: int, reach: int) -> bool:
    """Whether a number stands in the sentence after the count before it.

    Within ``reach`` characters, and with no other number between.
    """
    return (
        0 <= gap <= reach
        and len(SENTENCE_BREAK.findall(between)) == 1
        and not any(ch.isdigit() for ch in between)
    )


def _counted_subject(text: str, verb: int) -> tuple[int, str, str | None] | None:
    """The noun of the subject of a counting verb at ``verb``, as a prior count.

    "Militia attacks on U.S. personnel, which numbered …": the head of the
    noun phrase before the verb (its first counted noun), read back to the
    clause's start over a relative "which".
    """
    head = text[max(0, verb - 120) : verb]
    head = _SUBJECT_TAIL.sub("", head)
    starts = list(_SUBJECT_START.finditer(head))
    subject = _LEADING_DETERMINER.sub("", head[starts[-1].end() :] if starts else head)
    if not subject or len(subject.split()) > 8:
        return None
    found = _noun_of(subject)
    return None if found is None else (verb, *found)


class _Asked(NamedTuple):
    """A question on a count: "how many X are …", كم عدد X."""

    start: int
    """Where what is counted is named: "US troops", القوات الأمريكية."""
    end: int
    unit: str | None
    """The counted noun's lemma, when the question names one we read."""
    written: str
    mark: int | None
    """Where its question mark stands, if it is a direct question."""
    opens: bool = False
    """Only a count that opens the answer answers it (كم جندياً؟ نحو 2500)."""


# كم عدد القوات الأمريكية في العراق؟ / كم يبلغ عدد …: Arabic asks with a
# definite plural, which is no counted noun after a number, so only the
# answer's own noun counts; the question names whose and where. Or it asks
# with the counted noun itself, indefinite: كم جندياً أمريكياً في العراق؟
_HOW_MANY_AR = re.compile(
    r"(?<!\w)كم\s+(?P<amount>(?:(?:ي|ت)?بلغ\s+)?عدد\s+)?"
    # what is counted, up to where it is ("في العراق") or the mark
    r"(?P<what>(?:(?!(?:في|فى|داخل|من|ب|الى|إلى|عدد)\s)[^\s؟?]+\s*){1,3})"
)
_QUESTION_REACH = 120  # how far a question's mark may stand after what it asks


def _asked_units(text: str) -> list[_Asked]:
    """The counts a text asks about: "how many X are …?", كم عدد X؟."""
    out = []

    def mark_after(end: int) -> int | None:
        stop = SENTENCE_BREAK.search(undot(text[end : end + _QUESTION_REACH]))
        return end + stop.start() if stop and stop.group() in "?؟" else None

    if "many" in text:
        for m in _HOW_MANY.finditer(text):
            noun = m.group(1)
            if (found := _noun_of(noun)) is not None:
                unit, written = found[0], found[1] or noun
                out.append(
                    _Asked(m.start(1), m.end(), unit, written, mark_after(m.end()))
                )
    if "كم" in text:
        for m in _HOW_MANY_AR.finditer(text):
            mark = mark_after(m.end("what"))
            end = m.start("what") + len(m["what"].rstrip())
            if mark is None:
                continue
            noun = m["what"].split()[0]
            if m["amount"]:
                out.append(_Asked(m.start("what"), end, None, "", mark))
            elif (unit := to_unit_lemma(noun, lang="ar")) is not None:
                out.append(_Asked(m.start("what"), end, unit, noun, mark, opens=True))
    return sorted(out)


def _noun_of(phrase: str) -> tuple[str, str | None] | None:
    """The counted noun of an English noun phrase: (lemma, as written).

    As the number reader finds it after a number; None for none, or for a
    span of time.
    """
    found = find_numbers("2 " + phrase, lang="en")
    if not found or found[0].unit is None or found[0].is_duration:
        return None
    return found[0].unit, found[0].unit_text


def _elided_nouns(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Give a bare count the noun the text named just before it.

    The noun of the nearest count before it, over at most two sentences
    (not a count of the sources who speak), or of a "how many" question
    that it answers.
    """
    asked = _asked_units(text)
    if asked:
        numbers = [_answered(text, m, asked) for m in numbers]
    if all(n.unit is not None for n in numbers):
        return numbers
    out: list[NumberMention] = []
    for m in numbers:
        if m.unit is not None or m.is_duration or (m.value is None and m.low is None):
            out.append(m)
            continue
        before = text[max(0, m.start - 16) : m.start]
        # "cut to under 1,000" bounds a count; "children under 12" is an age
        bound = m.weak is not None and bool(
            _BOUND_BEFORE.search(text[max(0, m.weak[1] - 16) : m.weak[1]])
        )
        quantity = (
            m.hedge not in ("exact", "vague")
            or bound
            or _FROM_TO_BEFORE.search(before) is not None
            # أربع منها في سوريا, "four of them in Syria": the part of the count
            # before that is in a known place (without one, its question would
            # lose the whole's event: "five killed, three of them Americans")
            or (
                (of := _OF_THEM.match(text, m.number_end)) is not None
                and _known_place_after(text, of.end())
            )
            # "and 900 in Syria", not "Tower 22 in Jordan": a known place
            # after, and no name right before
            or (
                _OPENS_COUNT.search(before) is not None
                and _known_place_after(text, m.number_end)
            )
        )
        noun: tuple[int, str, str | None] | None = None
        named: tuple[int, int] | None = None
        for prev in reversed(out):
            if prev.end > m.start:
                continue
            if prev.unit is not None and not prev.is_duration:
                # "Of the 86 countries …, 40 are in Iraq": some members, no size
                if prev.unit not in _SPEAKING_UNITS | MEMBERSHIP_UNITS:
                    noun = (prev.end, prev.unit, prev.unit_text)
                    # "86 members, up from 60": where a past change started
                    # is another time, which its own words may not say; a
                    # change to come ("will cut … to 1,000. That's down from
                    # 2,000") starts from today.
                    if not _CHANGE_FROM.search(before) or change_to_come(
                        text, prev.start
                    ):
                        named = prev.named_at or (prev.start, prev.end)
                break
        if noun is None and (
            verb := _COUNT_VERB.search(text, max(0, m.start - 40), m.start)
        ):
            noun = _counted_subject(text, verb.start())
            named = None  # the subject of the figure's own clause
            quantity = quantity or noun is not None
        for q in asked:
            if (
                q.unit
                and q.end <= m.start
                and (noun is None or q.end > noun[0])
                and (not q.opens or _opens_answer(text, q, m))
            ):
                noun, named = (q.end, q.unit, q.written), (q.start, q.end)
                quantity = True  # an answer: "Approximately 2,500."
        if noun is None or not quantity:
            out.append(m)
            continue
        between = undot(text[noun[0] : m.start])
        if len(between) > _ELIDED_REACH or len(SENTENCE_BREAK.findall(between)) > 2:
            out.append(m)
            continue
        if bound:
            m = _weak_hedge(m)
        out.append(replace(m, unit=noun[1], unit_text=noun[2], named_at=named))
    return out


def _opens_answer(text: str, q: _Asked, m: NumberMention) -> bool:
    """Whether ``m`` opens the sentence right after the question ``q``.

    "كم جندياً في العراق؟ نحو 2500": a hedge may stand before it; not an
    option of a quiz ("أ) 10") or a number further on.
    """
    if q.mark is None or q.mark > m.start:
        return False
    between = text[q.mark + 1 : m.start]
    return ")" not in between and len(between.split()) <= 1


def _answered(text: str, m: NumberMention, asked: list[_Asked]) -> NumberMention:
    """Mark a count in the sentence right after a question it answers.

    "How many US troops are in Iraq? About 2,500 troops": whose and where are
    the question's (see ``named_at``). Only a direct question, the last one
    before the count, of the same noun when both name one.
    """
    before = [(q, q.mark) for q in asked if q.mark is not None and q.mark < m.start]
    if not before:
        return m
    q, mark = before[-1]
    if SENTENCE_BREAK.search(undot(text[mark + 1 : m.start])):
        return m
    if m.unit is not None and q.unit is not None and q.unit != m.unit:
        return m
    return replace(m, named_at=(q.start, q.end))


def _parts_of_totals(
    text: str, numbers: list[NumberMention]
) -> tuple[list[NumberMention], set[int]]:
    """Give a part and its total one noun: "138 of the 329 seats", مقعدا من أصل.

    Returns the numbers, the bare one of each pair given the other's noun, and
    the starts of the parts: some of the total, held by someone the count
    does not name, so never the same question as the total.
    """
    out = list(numbers)
    parts: set[int] = set()
    for k in range(len(out) - 1):
        part, total = out[k], out[k + 1]
        between = text[part.end : total.start]
        if (
            part.unit is None
            and total.unit is not None
            and _OF_TOTAL_EN.fullmatch(between)
        ):
            out[k] = replace(part, unit=total.unit, unit_text=total.unit_text)
        elif (
            part.unit is not None
            and total.unit is None
            and _OF_TOTAL_AR.fullmatch(between)
        ):
            out[k + 1] = replace(total, unit=part.unit, unit_text=part.unit_text)
        else:
            continue
        parts.add(part.start)
    return out, parts


def _within_deadlines(
    text: str, numbers: list[NumberMention], published: date | None
) -> list[DateMention]:
    """Deadlines said as a span from now: "will leave within 12 months".

    Read at month granularity from the publication date, in a clause that
    speaks of the future; the span itself stays a duration claim too.
    """
    if published is None:
        return []
    spans: list[tuple[int, int, float, int]] = []  # start, end, how many, months
    for n in numbers:
        size = _MONTHS_IN.get(n.unit or "")
        if not (n.is_duration and size and n.value and n.hedge in ("exact", "about")):
            continue
        spans.append((n.start, n.end, n.value, size))
    # "within a year", خلال عام: one, said by the noun alone
    spans += [
        (m.start("one"), m.end(), 1.0, _ONE_SPAN_MONTHS[m.group("noun")])
        for m in _WITHIN_ONE.finditer(text)
        if not m.start() or not text[m.start() - 1].isalnum()
    ]
    out = []
    for start, end, count, size in sorted(spans):
        opener = _WITHIN.search(text, max(0, start - 30), start)
        if opener is None or _COUNTED_FROM.match(text, end):
            continue
        if clause_tense(text, start) <= 0:
            continue
        year, month = shift_months(published, round(count * size))
        value = f"{year:04d}-{month:02d}"
        out.append(
            DateMention(
                opener.start(),
                end,
                "deadline",
                value,
                None,
                "month",
                "whole",
                "by",
                text[opener.start() : end],
                published,
                "ar" if _ARABIC_LETTER.search(text, opener.start(), end) else "en",
            )
        )
    return out


def _number_of(
    text: str, m: NumberMention, dates: Sequence[DateMention] = ()
) -> NumberMention:
    """Give a bare number the noun of "the number of X" before it, if linked.

    "put the number of remaining advisers at between 300 and 400", "يبلغ عدد
    القوات الأمريكية في العراق 2500": the noun is read from the (up to three)
    words after عدد / number of; between it and the number only a place and a
    verb of amounting may stand, and no other number.
    """
    if m.unit is not None:
        return m
    if _FORCE_OF.search(text, max(0, m.start - 40), m.start):
        return replace(m, unit="troop", unit_text="force")
    # The stops of "U.S." end no sentence: blanked, offsets kept.
    floor = max(0, m.start - 90)
    before = undot(text[floor : m.start])
    for d in dates:
        if floor <= d.start and d.end <= m.start:
            # "the number of advisers remaining after September 2025 would
            # not exceed 250": a date is no other number
            before = (
                before[: d.start - floor]
                + " " * (d.end - d.start)
                + before[d.end - floor :]
            )
    cut = max((b.end() for b in SENTENCE_BREAK.finditer(before)), default=0)
    # a heading's "number of" (a search query, a title) lends nothing to the
    # line below it
    cut = max(cut, before.rfind("\n") + 1)
    found = [
        *_NUMBER_OF.finditer(before, cut),
        *_NOUN_NUMBERS.finditer(before, cut),
        *_WHOSE_NUMBER.finditer(before, cut),
    ]
    if not found:
        return m
    last = max(found, key=lambda f: f.end())
    rest = before[last.end() :]
    linked = (
        _NUMBER_LINK.search(before)
        or _NUMBER_LINK.search(before, 0, last.start())
        or _ESTIMATE_BEFORE.search(before, 0, last.start())
    )  # "يبلغ 2500" after the noun, or "ويبلغ عدد الجنود ... 2500" before it
    # "will not exceed 250", لا يتجاوز 250: a hedge written before the number
    # (the hedge lexicon's bounding verbs among them) links it too
    linked = linked or m.start < m.number_start
    linked = linked or any(last.groupdict().get(g) for g in ("link", "own"))
    if any(ch.isdigit() for ch in rest) or not linked:
        return m
    if PHRASE_BREAK.search(rest.replace(",", " ").replace("،", " ")):
        return m
    for word in last.group(1).split():
        lemma = to_unit_lemma(word)
        if lemma is not None:
            return _weak_hedge(replace(m, unit=lemma, unit_text=word))
    return m


# A count that a verb of change in the future leads to: "will drop to 1,000".
_TO_COUNT = re.compile(
    r"(?:\bto|\bbelow|\bunder|\babove|\bover|(?<!\w)(?:إلى|الى)(?:\s+ما)?)\s*$"
)


def _future_change(text: str, n: NumberMention, floor: int) -> bool:
    """Whether the count ``n`` is what a future change leads to."""
    at = n.start
    if not any(
        _TO_COUNT.search(text, max(floor, k - 12), k) for k in (n.start, n.number_start)
    ):
        return False
    return change_to_come(text, at, floor)


def _weak_hedge(m: NumberMention) -> NumberMention:
    """Put back the weak hedge the number reader left aside, as it had no noun.

    For a number that has just been given its noun: "drop below 1,000".
    """
    if m.weak is None or m.hedge != "exact" or m.value is None:
        return m
    hedge, start = m.weak
    low, high = (None, m.value) if hedge in _BELOW else (m.value, None)
    return replace(m, start=start, hedge=hedge, low=low, high=high)


def _frame_at(frames: list[Frame], offset: int) -> Frame:
    for frame in frames:
        if frame.start <= offset < frame.end:
            return frame
    return frames[-1]


def _first_day(m: DateMention) -> float:
    if m.value is None:
        return float("inf")
    try:
        # "by the end of the year" comes after "by September" of that year
        bounds = time_bounds(TimeFigure(value=m.value, part=m.part), Reading.PRAGMATIC)
        return bounds[0] if bounds is not None else float("inf")
    except ValueError:
        return float("inf")


def extract(document: Document) -> list[Claim]:
    """Extract the attributed claims of one document.

    Args:
        document: A document with its text; ``published`` resolves relative
            dates ("next month"), ``lang`` is detected when missing.

    Returns:
        One claim per figure found, each with one attribution: speaker,
        citation chain, stance and the evidence span (its text contains the
        figure). Repeats within the document are merged by
        :class:`claimtrack.ClaimSet` later, not here.

    Raises:
        ExtractionError: if the document has no text or an unsupported
            language.

    Examples:
        >>> from claimtrack import Document, Source
        >>> doc = Document(
        ...     id="note-1",
        ...     source=Source(name="Example Post"),
        ...     published="2025-08-19",
        ...     text="Officials said about 2,500 US troops remain in Iraq.",
        ... )
        >>> [str(c.figure) for c in extract(doc)]
        ['about 2,500 troops']
    """
    original = document.text
    if not original or not original.strip():
        raise ExtractionError("no text to extract from", document=document.id)
    text = _without_dateline(original)
    lang = document.lang or detect_language(text)
    if lang not in ("ar", "en"):
        raise ExtractionError(
            f"language {lang or 'unknown'} is not supported", document=document.id
        )
    dates = find_dates(text, published=document.published, lang=lang)
    numbers = [
        _number_of(text, n, dates)
        for n in find_numbers(text, lang=lang)
        if not any(d.start < n.number_end and n.number_start < d.end for d in dates)
    ]
    numbers = _shared_hedges(text, _coordinated_nouns(text, numbers))
    changes = read_changes(text, numbers, [(d.start, d.end) for d in dates])
    numbers = changes.numbers
    numbers, parts = _parts_of_totals(text, _earlier_values(text, numbers, dates))
    numbers = _elided_nouns(text, numbers)
    dates = sorted(
        [*dates, *_within_deadlines(text, numbers, document.published)],
        key=lambda d: d.start,
    )
    if not dates and not numbers:
        return []
    relays = tuple(detect_relays(original))
    last = max(m.start for m in [*dates, *numbers])
    frames = find_frames(text, lang=lang, relays=relays, until=last)
    claims: list[Claim] = []
    by_sentence: dict[int, list[DateMention]] = {}
    for d in dates:
        by_sentence.setdefault(_frame_at(frames, d.start).start, []).append(d)

    publisher = document.source

    def attribution(
        frame: Frame, start: int, end: int, as_of: date | None = None
    ) -> Attribution:
        return Attribution(
            document=document,
            speaker=frame.speaker_at(start),
            # "sources told Asharq Al-Awsat", in Asharq Al-Awsat: the outlet
            # heard it itself, and is the document's source already.
            citation_chain=tuple(
                s
                for s in frame.chain
                if publisher is None or not same_outlet(s, publisher)
            ),
            stance=frame.stance,
            span=Span(start=start, end=end, text=original[start:end]),
            as_of=as_of,
        )

    for d in dates:
        figure = _time_figure(d)
        if figure is None or not _is_claim_date(d, text):
            continue
        frame = _frame_at(frames, d.start)
        siblings = [
            (s, _first_day(s))
            for s in by_sentence.get(frame.start, [])
            if s.kind in ("date", "deadline")
        ]
        question = time_question(
            text,
            (frame.start, frame.end),
            d,
            deadline=d.kind == "deadline",
            siblings=siblings,
        )
        if question.property is Property.DEADLINE and _happened(d, document.published):
            # "the last troops left Ain al-Asad on Thursday": the day it
            # happened, not the deadline it met (nor a rival to it)
            question = question.model_copy(update={"property": Property.DATE})
        claims.append(
            Claim(
                question=question,
                figure=figure,
                attributions=(attribution(frame, d.start, d.end),),
            )
        )
    window_end = -1  # where the last count's trailing window ends
    subjects: dict[int, str] = {}  # question subjects of the counts so far
    fronted: dict[int, tuple[str, int] | None] = {}  # a window opening a sentence
    for n in numbers:
        if n.is_duration and n.end <= window_end:
            continue  # "the past two months" of a tally is its window, no claim
        frame = _frame_at(frames, n.start)
        if frame.start not in fronted:
            fronted[frame.start] = _fronted_window(text, frame, document.published)
        opening = fronted[frame.start]
        if n.is_duration and opening is not None and n.end <= opening[1]:
            continue  # "Over the past two weeks, …": the window of what follows
        if n.is_duration and _is_age(text, n):
            continue  # آزاد حسن (23 عاماً): a person's age, no figure of the story
        if n.is_duration and _EVERY.search(text, max(0, n.start - 12), n.start):
            continue  # ترفع تقاريرها كل أسبوعين, "every six months": how often
        unit = count_unit(text, (frame.start, frame.end), n, n.unit)
        number = _number_figure(n, unit)
        if number is None:
            continue
        since = [
            s
            for s in by_sentence.get(frame.start, [])
            if s.kind == "since" and s.value is not None
        ]
        window = f"since {since[0].value}" if since else _period(text, n, dates)
        if window is None and unit in _EVENT_UNITS:
            window = _opening_period(text, frame, n, dates)
        if window is None and unit in _EVENT_UNITS and opening is not None:
            window = opening[0]  # "Over the past year, … attacked 180 times"
        if window is None and (
            trailing := trailing_window(
                text, n.end, document.published, reach=_WINDOW_REACH
            )
        ):
            window, window_end = trailing
        if n.start in changes.today:
            as_of = None  # "will cut … to 2,000 from 2,500 by September": now
        else:
            as_of = _as_of(text, frame, changes.read_at.get(n.start, n), dates)
        if (
            window is None
            and as_of is not None
            and document.published is not None
            and as_of > document.published
        ):
            # A count at a future date is a target ("will cut to fewer than
            # 2,000 troops by the end of 2025"): its own question, compared
            # with other targets for that date, not with today's count.
            window = f"target for {as_of.isoformat()}"
        if (
            window is None
            and n.start not in changes.today
            and _future_change(text, n, frame.start)
        ):
            # "will drop below 1,000 in the coming months", سينخفض إلى أقل من
            # ألف: a state to come, with no date to compare it at.
            window = "target"
        question = number_question(
            text,
            (frame.start, frame.end),
            n,
            # A part of a stated total ("138 of the 329 seats") is some of
            # them, whose: its own words key it, as a count of nothing named.
            None if n.start in parts else unit,
            is_duration=n.is_duration,
            window=window,
            source_end=frame.speaker_span[1] if frame.speaker_span else None,
        )
        if n.named_at is not None and unit and question.subject.startswith(CONTEXT):
            # "How many US troops are in Iraq? About 2,500": the answer's own
            # words say nothing of whose or where; the question does.
            a, b = n.named_at
            asked = _frame_at(frames, a)
            named = number_question(
                text,
                (asked.start, asked.end),
                replace(n, start=a, end=b),
                unit,
                window=window,
            )
            if not named.subject.startswith(CONTEXT):
                question = named
        subjects[n.start] = question.subject
        if unit and question.subject == plural_unit(unit):
            # "about 2,500 troops in Iraq … and roughly 900 in Syria": a count
            # that took its noun from the one before is of the same people.
            whose = _whose_before(text, n, numbers, subjects)
            if whose is not None and whose.endswith(plural_unit(unit)):
                question = question.model_copy(update={"subject": whose})
        if _is_source_group(text, frame, n, unit):
            # How many sources a report quotes is a fact about that report:
            # three officials here and five there is no disagreement.
            span = frame.speaker_span
            if span is not None and span[0] <= n.start < span[1]:
                # Named in the source phrase: its own words say who they
                # are; the reporting verb before them (نقلت، moved) does not.
                question = number_question(text, span, n, unit)
            question = question.model_copy(
                update={"event": f"sources of {document.id}", "window": None}
            )
        claims.append(
            Claim(
                question=question,
                figure=number,
                attributions=(attribution(frame, n.start, n.end, as_of),),
            )
        )
    return claims


def _period(text: str, n: NumberMention, dates: list[DateMention]) -> str | None:
    """The period a count is scoped to: "12 tanks in 2023", "في عام 2024".

    A year or month right after the counted noun, or a range of dates
    ("174 attacks between October 2023 and February 2024").

    Counts of different periods answer different questions, so the period
    goes into the question's window.
    """
    for d in dates:
        if d.start < n.end or d.value is None or d.kind not in ("date", "range"):
            continue
        # The stops of "U.S." end no phrase: blanked, offsets kept.
        between = undot(text[n.end : d.start])
        # Right after the counted noun, in the same phrase: "86 countries and
        # organisations, founded in 2014" dates the founding, not the count.
        if len(between.split()) > 4 or PHRASE_BREAK.search(between):
            return None
        if any(ch.isdigit() for ch in between):
            return None  # another number comes first: the period is its own
        if d.kind == "range":
            return _in_period(d)  # "174 attacks between October and February"
        if d.granularity in ("year", "month") and (
            _PERIOD_CUE.search(between)
            # "12 raids in Syria last month", الشهر الماضي: a period named
            # relative to publication scopes the count without a preposition
            or (d.relative is not None and d.kind == "date")
        ):
            return f"in {d.value}"
        return None
    return None


def _whose_before(
    text: str, n: NumberMention, numbers: list[NumberMention], subjects: dict[int, str]
) -> str | None:
    """The subject of the count whose noun ``n`` took, if it took one."""
    if not n.unit_text or n.unit_text in text[n.start : n.end]:
        return None  # its own noun: its own words say whose
    before = [m for m in numbers if m.start < n.start and m.unit_text == n.unit_text]
    if not before:
        return None
    prev = before[-1]
    if _CHANGED_TO.search(text, prev.end, n.start) or _THAT_NUMBER.search(
        text, prev.end, n.start
    ):
        return None  # the same count later ("peaked at … and now stand at")
    return subjects.get(prev.start)


# …and anywhere in a phrase, with اليوم ("today", which after a number may be "a day").
_NOW_WORD = re.compile(rf"(?<!\w)(?:{_NOW}|اليوم)(?!\w)", re.IGNORECASE)
# "launched in 2014 with about 60 members", تأسس عام 2014 بـ60 دولة.
_WITH_BETWEEN = re.compile(r"\s*(?:with|ب|بـ|مع)\s*", re.IGNORECASE)
_FOUNDED_BEFORE = re.compile(
    r"(?:launched|formed|founded|created|established|تأسس|تشكل|تأسيسه|تشكيله)"
    r"\s+(?:in\s+|عام\s+|في\s+عام\s+|في\s+)?$",
    re.IGNORECASE,
)


# Counts of events, which happen in a period (troops, by contrast, are there).
_EVENT_UNITS = frozenset({"attack", "strike", "raid", "sortie", "operation"})


# Before a span of time, how often something recurs: كل أسبوعين, "every 12 months".
_EVERY = re.compile(r"(?:\b[Ee]very|(?<!\w)كل)\s+$")


def _is_age(text: str, n: NumberMention) -> bool:
    """Whether a number of years is someone's age.

    "X (23 عاماً)", يبلغ من العمر 47 عاماً، البالغ من العمر، "aged 47" ("47 years
    old" the number reader leaves out already).
    """
    if n.unit != "year":
        return False
    before = text[max(0, n.start - 2) : n.start].rstrip()
    after = text[n.end : n.end + 2].lstrip()
    if before.endswith(("(", "（")) and after.startswith((")", "）")):
        return True
    return bool(
        _AGE_BEFORE.search(text, max(0, n.start - 16), n.start)
        or _AGE_AFTER.match(text, n.end)
    )


_AGE_BEFORE = re.compile(r"(?:من\s+العمر|(?<!\w)عمره|(?<!\w)عمرها|\baged)\s*$")
_AGE_AFTER = re.compile(r"\s*من\s+العمر")


def _fronted_window(
    text: str, frame: Frame, published: date | None
) -> tuple[str, int] | None:
    """A trailing-style window that opens the sentence, set off by a comma.

    "Over the past year, U.S. forces have been attacked more than 180 times",
    "وخلال الأسبوعين الماضيين، تعرضت القواعد لـ15 هجوماً": the window of the
    counts of events after it, and where its words end.
    """
    start = frame.start
    while start < frame.end and (text[start].isspace() or text[start] in "وف"):
        start += 1
        if text[start - 1] in "وف":
            break  # a clitic: وخلال
    found = trailing_window(text, start, published)
    if found is None or not text[found[1] : found[1] + 2].lstrip().startswith(
        (",", "،")
    ):
        return None
    return found


def _opening_period(
    text: str, frame: Frame, n: NumberMention, dates: list[DateMention]
) -> str | None:
    """A month, year or range opening the sentence scopes a count of events in it.

    "In January alone there were 40 attacks", "في عام 2024، نفذت القوات 320
    عملية", "Between 17 October 2023 and 4 February 2024, the militias
    launched 174 attacks": those of that period.
    """
    for d in dates:
        if (
            not frame.start <= d.start < n.start
            or d.kind not in ("date", "range")
            or not d.value
        ):
            continue
        head = text[frame.start : d.start]
        if (
            (d.granularity in ("year", "month") or d.kind == "range")
            and len(head.split()) <= 2
            and not any(ch.isdigit() for ch in text[d.end : n.start])
        ):
            return _in_period(d)
    return None


def _in_period(d: DateMention) -> str:
    """A count's window of a date or a range: "in 2024", "in 2023-10-17–2024-02-04"."""
    if d.kind == "range" and d.value_high:
        return f"in {d.value}–{d.value_high}"
    return f"in {d.value}"


def _as_of(
    text: str, frame: Frame, n: NumberMention, dates: list[DateMention]
) -> date | None:
    """The time a count describes, when its sentence says so.

    A count is as of its publication date unless the text places it: a year
    opening the sentence ("At its peak in 2007, the US had 170,000 troops",
    "في عام 2007،") gives the middle of that year; a deadline or an
    "after" date right after the count ("will keep 1,500 troops after
    September 2025", "cut to fewer than 2,000 by the end of 2025") gives the
    state then. Counts far apart in time are change, not conflict.
    """
    for d in dates:
        if d.kind == "since" or not frame.start <= d.start < frame.end:
            continue
        figure = _time_figure(d)
        if figure is None:
            continue
        try:
            first, last = figure.period()
        except ValueError:
            continue
        if figure.part is not Part.WHOLE:
            # "until mid-2026" holds until the middle of the year, not its end
            whole = figure.model_copy(update={"hedge": Hedge.EXACT})
            bounds = time_bounds(whole, Reading.STRICT)
            if bounds is not None:
                first = date.fromordinal(int(bounds[0]))
                last = date.fromordinal(int(bounds[1]))
        if d.start >= n.end:
            between = text[n.end : d.start]
            future = d.kind == "deadline" or d.hedge == "more_than"
            if n.unit in MEMBERSHIP_UNITS and has_future_verb(between):
                # "يضم أكثر من 60 دولة ومنظمة سينهي مهامه … بحلول نهاية 2026":
                # the deadline is the coalition's verb's, not its size's
                # ("300 advisers will stay until mid-2026" is theirs)
                continue
            if future and (
                between.strip() in (",", "،")  # "to about 1,250, by the end of 2026"
                or (
                    len(between.split()) <= 6
                    and not PHRASE_BREAK.search(between)
                    and not any(ch.isdigit() for ch in between)
                )
            ):
                return last if d.kind == "deadline" else last + timedelta(days=1)
            continue
        future = d.kind == "deadline" or d.hedge == "more_than"
        before = text[d.end : n.start]
        if (
            future
            and len(before.split()) <= 3
            and not PHRASE_BREAK.search(before)
            and not any(ch.isdigit() for ch in before)
        ):
            # "الذين سيبقون في بغداد بعد أيلول 2025 لن يتجاوز 250 مستشاراً": the
            # date of the count's own relative clause, right before it
            return last if d.kind == "deadline" else last + timedelta(days=1)
        if (
            d.granularity == "year"
            and _WITH_BETWEEN.fullmatch(text, d.end, n.start)
            and _FOUNDED_BEFORE.search(text, max(frame.start, d.start - 30), d.start)
        ):
            # "launched in 2014 with about 60 members": its size then
            return first + (last - first) / 2
        head = text[frame.start : d.start]
        after = text[d.end : n.start]
        if (
            d.granularity == "year"  # a day names when something happened
            and len(head.split()) <= 5
            and not any(ch.isdigit() for ch in head)
            and after.lstrip().startswith((",", "،"))
            and not any(ch.isdigit() for ch in after)
            # "Formed in 2014, the coalition today has 87 members": the year
            # is the founding's, and "today" the count's
            and not _NOW_WORD.search(after)
            and not _FOUNDED_BEFORE.search(head + " ")
        ):
            return first + (last - first) / 2
    return None


def _is_source_group(
    text: str, frame: Frame, n: NumberMention, unit: str | None
) -> bool:
    """Tell whether a count is the size of the group of sources a report quotes."""
    if unit not in _SOURCE_UNITS:
        return False
    span = frame.speaker_span
    if span is not None and span[0] <= n.start < span[1]:
        return True  # "five US officials told Reuters ..."
    # "وتشمل المصادر خمسة مسؤولين": the sources word shortly before, and no
    # reported clause between ("قالت مصادر إن 168 نائباً حضروا": MPs, not sources)
    found = list(_SOURCES_WORD.finditer(text, frame.start, n.start))
    if not found:
        return False
    between = text[found[-1].end() : n.start]
    return len(between) <= _SOURCES_REACH and not _THAT.search(between)


def _safe_extract(document: Document) -> tuple[list[Claim], str | None]:
    try:
        return extract(document), None
    except ExtractionError as exc:
        return [], str(exc)
    except Exception as exc:  # one document's fault ends no run
        # A rule that fails on some text is a bug of ours; the other
        # documents still deserve their claims, and the user the message.
        kind = type(exc).__name__
        first = str(exc).splitlines()[0] if str(exc) else ""
        return [], f"{document.id}: extraction failed ({kind}: {first}); please report"


def extract_all(
    documents: Iterable[Document],
    *,
    workers: int | None = None,
    progress: bool | None = None,
) -> tuple[ClaimSet, list[str]]:
    """Extract claims from many documents on all cores, merging repeats.

    Args:
        documents: The documents.
        workers: Processes to use; all cores by default, 1 to stay in process.
        progress: Show a progress bar; by default only when stderr is a
            terminal.

    Returns:
        The merged claims and one message per document that failed.
    """
    docs = list(documents)
    workers = workers or os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    results: Iterator[tuple[list[Claim], str | None]]
    if workers > 1 and len(docs) >= 2 * workers:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(
            _safe_extract, docs, chunksize=max(1, len(docs) // (workers * 8))
        )
    else:
        pool = None
        results = map(_safe_extract, docs)
    if show:
        from tqdm import tqdm

        results = tqdm(results, total=len(docs), unit="doc", desc="extracting")
    # Merged once at the end: a claim repeated across many documents is then
    # rebuilt once, and the workers are not kept waiting on the merge.
    extracted: list[Claim] = []
    problems: list[str] = []
    try:
        for found, problem in results:
            extracted += found
            if problem:
                problems.append(problem)
    finally:
        if pool is not None:
            pool.shutdown()
    return ClaimSet(extracted), problems


def extract_paths(
    paths: Iterable[str | Path], **options: Any
) -> tuple[ClaimSet, list[str]]:
    """Load documents from files and folders and extract their claims.

    Folders with an ``index.json`` manifest give each document its outlet,
    language and publication date. Problems with single documents are
    reported as :class:`claimtrack.ClaimtrackWarning` and the run goes on.

    Returns:
        The merged claims and one message per document that failed.
    """
    return extract_all(iter_documents(paths), **options)
