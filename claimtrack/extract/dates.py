"""Date and time mentions in Arabic and English news text.

This module owns :func:`find_dates`: finding every date expression of a text
(absolute dates of both Arabic month families and English, numeric dates, ISO
timestamps and bylines, years, quarters, ranges, relative expressions and
weekdays), reading its marker (بحلول, منذ, قبل, by, since …) into a kind and a
hedge, and resolving relative expressions against the publication date.

How the pieces fit::

    text ─ normalise_text ─ fold_letters ─▶ folded text (same offsets)
         ─ date_grammar.scan_date_specs ─▶ DateSpec (what is written)
         ─ date_context.leading_marker ─▶ kind, hedge
         ─ date_spec.resolve_spec ─▶ ISO value
         ─▶ DateMention (offsets into the original text)

"End of", "early", "mid" and "late" keep the value at the granularity of the
named period and say which part is meant: "بحلول نهاية 2026" is value
``"2026"``, granularity ``year``, part ``end``, kind ``deadline``, hedge ``by``.
Deadlines are read pragmatically: the stated date *is* the deadline.

Relative expressions are resolved from ``published`` (the rules are in
:mod:`claimtrack.extract.date_spec`) and say so: ``relative`` keeps the
expression as written and ``resolved_against`` the date used. Without a
publication date they are still reported, with ``value`` None: unresolved,
visibly, never guessed.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from claimtrack.extract.attribution_lexicon import fold
from claimtrack.extract.date_context import (
    SENTENCE_END,
    clause_tense,
    leading_marker,
)
from claimtrack.extract.date_grammar import scan_date_specs
from claimtrack.extract.date_spec import DateSpec, resolve_spec
from claimtrack.extract.months import calendar_lexicon, fold_letters, to_calendar_key
from claimtrack.extract.outlets import is_medium
from claimtrack.extract.text import NormalisedText, normalise_text

__all__ = ["DateMention", "find_dates", "resolve_relative"]

_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]{2}")  # a word, not the T of a timestamp
# Where a negation stops reaching a marker: punctuation or a new clause.
_CLAUSE_BREAK = re.compile(
    r"[.,،;؛:!?؟]|(?<!\w)(?:that|which|who|whether|if|ان|انه|انها|اذا|الذي|التي"
    r"|الذين)(?!\w)"
)
_NEGATION_REACH = 6  # words between a negation and the marker it turns
_UNTIL = frozenset(
    to_calendar_key(w)
    for w in ("until", "till", "up until", "حتى", "لغاية", "إلى غاية")
)
_STILL = frozenset("زال يزال تزال زالت يزالون تزالان".split())  # لا يزال: "still"
# A span counted from the date before it in the sentence: "by 30 September
# 2025, and in Kurdistan a year later", بعد عام من ذلك، بعدها بعامين.
_EN_SPAN = (
    r"(?P<en>a|an|one|two|three|four|five|six|nine|twelve|eighteen|\d{1,2})"
    r"[^\S\n]+(?P<enu>year|month|week)s?"
)
_AR_SPAN = r"(?P<{}>عام|سنه|شهر|اسبوع|عامين|سنتين|شهرين|اسبوعين)"
_LATER = re.compile(
    rf"(?<!\w)(?:{_EN_SPAN}[^\S\n]+(?:later|after[^\S\n]+that|afterwards|thereafter)"
    rf"|(?:the[^\S\n]+)?following[^\S\n]+(?P<nxt>year|month)"
    rf"|بعد[^\S\n]+{_AR_SPAN.format('ar')}[^\S\n]+من[^\S\n]+ذلك"
    rf"|(?:بعد[^\S\n]+ذلك|بعدها)[^\S\n]+ب{_AR_SPAN.format('ar2')})(?!\w)",
    re.I,
)
_SPAN_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_SPAN_WORDS |= {"five": 5, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18}
_AR_SPANS = {"عام": (1, "year"), "سنه": (1, "year"), "شهر": (1, "month")}
_AR_SPANS |= {"اسبوع": (1, "week"), "عامين": (2, "year"), "سنتين": (2, "year")}
_AR_SPANS |= {"شهرين": (2, "month"), "اسبوعين": (2, "week")}
# A date named as a deadline by the word after it (folded text): "the Sept. 30
# deadline", 30/9/2026 موعداً نهائياً، كموعد أخير.
_DEADLINE_AFTER = re.compile(
    r"[^\S\n]*-?[^\S\n]*(?:deadline|cutoff|target[^\S\n]+date)\b"
    r"|[^\S\n]*(?:ك|ب)?موعدا?[^\S\n]+(?:نهائيا?|اقصي|اخيرا?)(?!\w)",
    re.I,
)

# A month of the year named before it: "in September of the same year", في
# أيلول من العام نفسه (after the month), "later that year, in September" (before).
_SAME_YEAR_AFTER = re.compile(
    r"[^\S\n]*(?:of[^\S\n]+(?:the[^\S\n]+same|that)[^\S\n]+year"
    r"|من[^\S\n]+(?:(?:ال)?عام|(?:ال)?سنه)[^\S\n]+(?:نفسه|نفسها|ذاته|ذاتها)"
    r"|من[^\S\n]+نفس[^\S\n]+(?:العام|السنه))(?!\w)",
    re.I,
)
_SAME_YEAR_BEFORE = re.compile(
    r"(?:(?:later|earlier)[^\S\n]+that|that[^\S\n]+same|the[^\S\n]+same)"
    r"[^\S\n]+year[^\S\n]*,?[^\S\n]*(?:in[^\S\n]+)?\Z"
    r"|(?:في[^\S\n]+)?(?:(?:ال)?عام|(?:ال)?سنه)[^\S\n]+(?:نفسه|نفسها|ذاته|ذاتها)"
    r"[^\S\n]*[,،]?[^\S\n]*(?:و?في[^\S\n]+)?\Z",
    re.I,
)


def _same_year(spec: DateSpec, folded: str, mentions: list[DateMention]) -> int | None:
    """The year a month without one shares with the date before it, if written so.

    "In June 2014 … and in September of the same year": 2014, not the
    September before publication.
    """
    if spec.year is not None or spec.month is None or spec.weekday is not None:
        return None
    if not (
        _SAME_YEAR_AFTER.match(folded, spec.end)
        or _SAME_YEAR_BEFORE.search(folded, max(0, spec.start - 40), spec.start)
    ):
        return None
    for m in reversed(mentions):
        if m.value is not None and m.relative is None and m.value[:4].isdigit():
            return int(m.value[:4])
    return None


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, with its marker and its value.

    Attributes:
        start: Offset in the original text where the mention starts (its
            marker included: بحلول, منذ, by).
        end: Offset (exclusive) where it ends.
        kind: ``date``, ``deadline`` (بحلول, حتى, by, until), ``since``
            (منذ, since: the date opens a window), ``range`` (two ends) or
            ``timestamp`` (an ISO timestamp).
        value: ISO value at the stated granularity (``2026``, ``2026-Q1``,
            ``2026-09``, ``2026-09-30``, ``2025-08-19T00:09``), or None when a
            relative expression could not be resolved.
        value_high: The second end of a range, else None.
        granularity: ``day``, ``month``, ``quarter``, ``year``, ``minute`` or
            ``second``.
        part: ``whole``, ``early``, ``mid``, ``late`` or ``end`` of the period.
        hedge: ``exact``, ``by`` (deadline), ``about``, ``range``,
            ``more_than`` (after) or ``less_than`` (before).
        relative: The expression as written when its value depends on the
            publication date (whether or not one was given), else None.
        resolved_against: The publication date used, else None.
        lang: ``ar`` or ``en``.

    Examples:
        >>> text = "بحلول نهاية 2026"
        >>> m = find_dates(text)[0]
        >>> m.kind, m.value, m.granularity, m.part, m.hedge
        ('deadline', '2026', 'year', 'end', 'by')
        >>> text[m.start : m.end]
        'بحلول نهاية 2026'
    """

    start: int
    end: int
    kind: str
    value: str | None
    value_high: str | None
    granularity: str
    part: str
    hedge: str
    relative: str | None
    resolved_against: date | None
    lang: str


def find_dates(
    text: str, *, published: date | None = None, lang: str | None = None
) -> list[DateMention]:
    """Find the date and time mentions of a text.

    Args:
        text: The original text (any digit script, with or without
            diacritics).
        published: Publication date that relative expressions (العام المقبل,
            last Monday, 6 من أيلول with no year) are resolved against. A
            ``datetime`` is reduced to its date. With ``None`` they are
            reported unresolved (``value`` None, ``relative`` set).
        lang: ``ar`` or ``en`` for mentions without letters (``2024-07-23``);
            by default the text's majority script decides. Mentions with
            letters take the language of their script.

    Returns:
        The mentions, in text order, not overlapping.

    Notes:
        Linear in the length of the text: the normalisation pass, one scan
        for the words that can start a date, and a regex match at each.
        Marker reading: deadline words give kind ``deadline``, hedge ``by``;
        منذ / since give kind ``since``; قبل / before give hedge
        ``less_than`` (but "قبل نهاية", or قبل a day or "mid" outside a
        past clause, is a deadline); بعد / after give
        ``more_than``; نحو / around give ``about``. حتى اليوم / until today
        is an as-of date, not a deadline.

    Examples:
        >>> [m.value for m in find_dates("وصل في 23 من تموز 2024 وغادر في 2/8/2024")]
        ['2024-07-23', '2024-08-02']
        >>> m = find_dates("الشهر المقبل", published=date(2025, 8, 19))[0]
        >>> m.value, m.relative, m.resolved_against
        ('2025-09', 'الشهر المقبل', datetime.date(2025, 8, 19))
        >>> find_dates("الشهر المقبل")[0].value is None
        True
        >>> find_dates("نحو 2500 جندي و140 مرة في 86 دولة")
        []
    """
    if isinstance(published, datetime):
        published = published.date()
    normalised = normalise_text(text)
    folded = fold_letters(normalised.text)
    mentions = []
    for spec in scan_date_specs(folded):
        kind, hedge, start = _read_marker(spec, folded)
        if (
            kind == "date"
            and hedge in ("exact", "less_than")
            and _DEADLINE_AFTER.match(folded, spec.end)
        ):
            # "the Sept. 30 deadline", "before the end-of-2026 deadline"
            kind, hedge = "deadline", "by"
        needs_tense = _needs_tense(spec)
        tense = (
            clause_tense(normalised.text, spec.start, spec.end) if needs_tense else 0
        )
        if (
            kind == "date"
            and hedge == "less_than"
            and (spec.granularity == "day" or spec.part == "mid")
            and (
                tense
                if needs_tense
                else clause_tense(normalised.text, spec.start, spec.end)
            )
            >= 0
        ):
            # "قبل 30 أيلول", "before mid-February": the day named is the
            # deadline, as "by" names it (a month or a year before is the
            # period before it); not in a past clause ("said before 7 October")
            kind, hedge = "deadline", "by"
        if (year := _same_year(spec, folded, mentions)) is not None:
            spec = replace(spec, year=year, direction=None)
        value, high = resolve_spec(spec, published, future=tense > 0, past=tense < 0)
        granularity, part = spec.granularity, spec.part
        if spec.week_offset is not None and kind == "date":
            kind, hedge = "range", "range"
        elif kind == "deadline" and high is not None:
            # "by fiscal year 2026", "by the summer of 2026": a deadline set by
            # a period is its last day, as "by 2026" is the end of the year.
            value, high = high, None
            if spec.high is not None:
                granularity, part = spec.high.granularity, spec.high.part
        o_start, o_end = normalised.to_original(start, spec.end)
        core = text[slice(*normalised.to_original(spec.start, spec.end))]
        relative = spec.is_relative
        mentions.append(
            DateMention(
                start=o_start,
                end=o_end,
                kind=kind,
                value=value,
                value_high=high,
                granularity=granularity,
                part=part,
                hedge=hedge,
                relative=core if relative else None,
                resolved_against=published if relative else None,
                lang=_mention_lang(text[o_start:o_end], lang, normalised.text),
            )
        )
    mentions = [m for m in mentions if not _names_an_outlet(text, m)]
    if mentions and _LATER.search(folded):
        later = _later_dates(text, normalised, folded, mentions)
        mentions = sorted([*mentions, *later], key=lambda m: m.start)
    if mentions and _SAME_MONTH_WORDS.search(folded):
        days = _same_month_days(text, normalised, folded, mentions)
        mentions = sorted([*mentions, *days], key=lambda m: m.start)
    return mentions


# "قناة الغد", "صحيفة المصري اليوم", "عدن الغد –" heading a story: a day word
# in an outlet's name, after its type noun (and one word more), or after the
# one word that opens a line, with a dash after it.
_HEAD_DAY = re.compile(r"(?:^|\n)[^\S\n]*\w+[^\S\n]+\Z")
# «الغد» alone in quotation marks, or a short name after a preposition that
# names an outlet (لـ«عدن الغد»، بحسب «المصري اليوم»); not «سنغادر اليوم».
_QUOTE_OPENS = re.compile(
    r"(?:[«“\"][^\S\n]*|(?:(?<!\w)(?:لـ?|عن|بحسب|وفق|وفقا[^\S\n]+ل)[^\S\n]*"
    r"[«“\"][^\S\n]*\w+[^\S\n]+))\Z"
)
_QUOTE_CLOSES = re.compile(r"[^\S\n]*[»”\"]")
_DAY_NAMES = frozenset({"اليوم", "الغد"})
_DASH_AFTER = re.compile(r"[^\S\n]*[–—-]")


def _names_an_outlet(text: str, m: DateMention) -> bool:
    """Whether a day word (اليوم، الغد) is part of an outlet's name."""
    if m.relative is None or m.relative.strip() not in _DAY_NAMES:
        return False
    before = text[max(0, m.start - 40) : m.start]
    words = before.split("\n")[-1].split()[-2:]
    if any(is_medium(fold(w.removeprefix("و"))) for w in words):
        return True
    if _QUOTE_OPENS.search(before) and _QUOTE_CLOSES.match(text, m.end):
        return True
    return bool(_HEAD_DAY.search(before)) and bool(_DASH_AFTER.match(text, m.end))


_SAME_MONTH_WORDS = re.compile(
    r"(?:(?<!\w)من[^\S\n]+الشهر|نفس[^\S\n]+الشهر|(?:same|that)[^\S\n]+month)(?!\w)",
    re.I,
)


@functools.cache
def _same_month() -> re.Pattern[str]:
    ordinals = sorted(calendar_lexicon().day_ordinals, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in ordinals)
    return re.compile(
        rf"(?<!\w)(?:يوم[^\S\n]+)?(?P<day>{words}|\d{{1,2}})[^\S\n]+من[^\S\n]+"
        rf"(?:الشهر(?:[^\S\n]+(?:نفسه|ذاته))?|نفس[^\S\n]+الشهر)(?!\w|[^\S\n]+ال)"
        rf"|(?<!\w)(?:the[^\S\n]+)?(?P<en>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]+of"
        rf"[^\S\n]+(?:the[^\S\n]+same|that)[^\S\n]+month(?!\w)",
        re.I,
    )


def _same_month_days(
    text: str, normalised: NormalisedText, folded: str, mentions: list[DateMention]
) -> list[DateMention]:
    """Days of the month of the date before them: الثالث من الشهر نفسه.

    "في الخامس من كانون الثاني 2020 … فجر الثالث من الشهر نفسه" is 3 January
    2020: the anchor is the last date before it with its month and year.
    """
    found = []
    for m in _same_month().finditer(folded):
        start, end = normalised.to_original(m.start(), m.end())
        anchors = [
            d
            for d in mentions
            if d.end <= start
            and d.value is not None
            and d.value_high is None
            and d.granularity in ("day", "month")
        ]
        if not anchors or any(d.start < end and start < d.end for d in mentions):
            continue
        written = m["day"] or m["en"]
        day = calendar_lexicon().day_ordinals.get(written) or int(written)
        year, month = int(anchors[-1].value[:4]), int(anchors[-1].value[5:7])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        found.append(
            DateMention(
                start=start,
                end=end,
                kind="date",
                value=f"{year:04d}-{month:02d}-{day:02d}",
                value_high=None,
                granularity="day",
                part="whole",
                hedge="exact",
                relative=text[start:end],
                resolved_against=None,
                lang=_mention_lang(text[start:end], None, normalised.text),
            )
        )
    return found


def _later_dates(
    text: str, normalised: NormalisedText, folded: str, mentions: list[DateMention]
) -> list[DateMention]:
    """Dates counted from the date before them in their sentence.

    "… by 30 September 2025, and the Kurdistan region a year later" is by
    30 September 2026.

    The anchor is the last resolved date or deadline earlier in the same
    sentence; the new mention keeps its kind, hedge, part and granularity,
    and ``relative`` keeps the words as written (it was not resolved against
    the publication date).
    """
    found = []
    for m in _LATER.finditer(folded):
        start, end = normalised.to_original(m.start(), m.end())
        stop = max(
            (b.end() for b in SENTENCE_END.finditer(folded, 0, m.start())), default=0
        )
        stop = normalised.to_original(stop, stop)[0]
        anchors = [
            d
            for d in mentions
            if stop <= d.start
            and d.end <= start
            and d.value is not None
            and d.value_high is None
            and d.kind in ("date", "deadline")
        ]
        if not anchors or any(d.start < end and start < d.end for d in mentions):
            continue
        if m["en"]:
            size, unit = _SPAN_WORDS.get(m["en"].lower(), 0), m["enu"].lower()
            if m["en"].isdigit():
                size = int(m["en"])
        elif m["nxt"]:
            size, unit = 1, m["nxt"].lower()
        else:
            size, unit = _AR_SPANS[m["ar"] or m["ar2"]]
        anchor = anchors[-1]
        value = _shifted(anchor.value, anchor.granularity, size, unit)
        if value is None:
            continue
        found.append(
            DateMention(
                start=start,
                end=end,
                kind=anchor.kind,
                value=value,
                value_high=None,
                granularity=anchor.granularity,
                part=anchor.part,
                hedge=anchor.hedge,
                relative=text[start:end],
                resolved_against=None,
                lang=_mention_lang(text[start:end], None, normalised.text),
            )
        )
    return found


def _shifted(value: str, granularity: str, size: int, unit: str) -> str | None:
    """``value`` moved ``size`` years, months or weeks later, at its granularity.

    Examples:
        >>> (
        ...     _shifted("2025-09-30", "day", 1, "year"),
        ...     _shifted("2025-11", "month", 3, "month"),
        ... )
        ('2026-09-30', '2026-02')
        >>> _shifted("2025", "year", 6, "month") is None
        True
    """
    if size <= 0:
        return None
    if unit == "week":
        if granularity != "day":
            return None
        return (date.fromisoformat(value) + timedelta(weeks=size)).isoformat()
    months = size * 12 if unit == "year" else size
    if granularity == "year":
        return f"{int(value) + months // 12:04d}" if months % 12 == 0 else None
    if granularity not in ("month", "day"):
        return None
    year, month = int(value[:4]), int(value[5:7])
    year, month = divmod(year * 12 + month - 1 + months, 12)
    if granularity == "month":
        return f"{year:04d}-{month + 1:02d}"
    day = int(value[8:10])
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day, last)).isoformat()


def resolve_relative(expression: str, published: date) -> DateMention | None:
    """Resolve one relative date expression against a publication date.

    A convenience over :func:`find_dates` for a short phrase: the longest
    mention found in ``expression`` is returned.

    Args:
        expression: A phrase such as ``"نهاية العام الجاري"`` or
            ``"last Monday"``.
        published: The publication date.

    Returns:
        The mention, or None if the phrase holds no date expression.

    Examples:
        >>> m = resolve_relative("أواخر العام الماضي", date(2025, 8, 18))
        >>> m.value, m.granularity, m.part, m.relative
        ('2024', 'year', 'late', 'أواخر العام الماضي')
        >>> resolve_relative("last Monday", date(2025, 8, 19)).value
        '2025-08-18'
    """
    found = find_dates(expression, published=published)
    return max(found, key=lambda m: m.end - m.start, default=None)


def _read_marker(spec: DateSpec, folded: str) -> tuple[str, str, int]:
    """Kind, hedge and start of a mention from the marker before its spec."""
    found = leading_marker(folded, spec.start)
    if spec.high is not None:
        if found is not None and found[1] == "deadline":
            return "deadline", "by", found[0]
        return "range", "range", spec.start
    kind = "timestamp" if spec.stamp else "date"
    if found is None or found[1] == "context":
        return kind, "exact", spec.start
    start, category = found
    if category == "not_before" or (
        category in ("before", "deadline")
        and (category == "before" or folded[start : spec.start].strip() in _UNTIL)
        and _negated(folded, start)
    ):
        # "no earlier than 2027", "will not be completed before 2027", لن
        # ينسحب حتى 2027: the date is the earliest, not a deadline
        return kind, "at_least", start
    if category == "deadline":
        if spec.day_offset == 0:
            return kind, "exact", spec.start  # حتى اليوم / until today: "so far"
        if folded[spec.end : spec.end + 2] in ("'s", "’s"):
            return kind, "exact", spec.start  # "hit by Sunday's attack": who hit
        return "deadline", "by", start
    if category == "since":
        return "since", "exact", start
    if category == "before":
        # "قبل نهاية 2026" / "before the end of 2026" sets a deadline.
        if spec.part == "end":
            return "deadline", "by", start
        return kind, "less_than", start
    return kind, {"after": "more_than", "about": "about"}[category], start


def _negated(folded: str, start: int) -> bool:
    """Whether a negation of the same clause stands a few words before ``start``."""
    head = folded[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    words = head.split()[-_NEGATION_REACH:]
    negations = calendar_lexicon().negations
    for k, word in enumerate(words):
        if word not in negations and word[:1] in "وف" and word[1:] in negations:
            word = word[1:]  # ولن، فلا
        if word in negations or word.endswith("n't"):
            following = words[k + 1] if k + 1 < len(words) else ""
            if not (word == "لا" and following in _STILL):
                return True
    return False


def _needs_tense(spec: DateSpec) -> bool:
    """Whether resolving ``spec`` depends on the tense of its clause."""
    if spec.direction is not None or spec.year is not None:
        return False
    if spec.weekday is not None:
        return True
    no_offsets = (
        spec.year_offset,
        spec.month_offset,
        spec.week_offset,
        spec.day_offset,
        spec.stamp,
    )
    return all(v is None for v in no_offsets)


def _majority_lang(text: str) -> str:
    """``ar`` if Arabic letters outnumber Latin ones in the text's opening."""
    head = text[:2000]
    return "ar" if len(_ARABIC.findall(head)) >= len(_LATIN.findall(head)) else "en"


def _mention_lang(span: str, lang: str | None, text: str) -> str:
    """Language of a mention: its script, else ``lang``, else the text's."""
    if _ARABIC.search(span):
        return "ar"
    if _LATIN.search(span):
        return "en"
    return lang or _majority_lang(text)
