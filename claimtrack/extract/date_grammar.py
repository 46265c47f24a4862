"""The date grammar: what a date expression says, before it is resolved.

This module owns reading date expressions in Arabic and English news text
into :class:`~claimtrack.extract.date_spec.DateSpec` values: the year, month,
day, quarter, part of period and relative offsets as written, without looking
at a publication date. The patterns come from
:mod:`claimtrack.extract.date_patterns`; :mod:`claimtrack.extract.dates`
attaches markers (بحلول, since) and resolves relative specs; the words
around an expression are judged by :mod:`claimtrack.extract.date_context`.

Everything runs on *folded* text: :func:`~claimtrack.extract.text.normalise_text`
output passed through :func:`~claimtrack.extract.months.fold_letters`, which
keeps offsets, so spans map back to the original text.

It also owns the rules that keep counts out of dates. A bare four-digit year
(1900-2100) counts only after a licensing word (في, منذ, حتى, in, since,
by …) and not before a counted noun (في 2000 غارة); years after a year word
(عام 2014), inside a month or day expression, or after a part word
(نهاية 2026) always count. A bare month name needs a marker too, since مارس
is also a verb and May a modal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from claimtrack.extract.date_context import (
    is_counted,
    is_licensed,
    reached_by_number_of,
)
from claimtrack.extract.date_joins import RANGE_PAIRS, join_adjacent
from claimtrack.extract.date_patterns import DatePatterns, date_patterns
from claimtrack.extract.date_spec import DateSpec
from claimtrack.extract.months import lookup, matched_key

__all__ = ["scan_date_specs"]


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group that may not exist in this rule's pattern."""
    return m.groupdict().get(name)


def _trim(m: re.Match[str], g: DatePatterns) -> tuple[int, str] | None:
    """Start and part of a match with an optional leading part word.

    Returns None when there is no part; an empty part means the part word was
    rejected and the expression starts after it.
    """
    found = g.part_of(m)
    if found is None:
        return None
    part, start = found
    return start, part


def _read_timestamp(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not _is_valid(y, mo, d) or int(m["h"]) > 23 or int(m["mi"]) > 59:
        return None
    value = f"{m['y']}-{m['mo']}-{m['d']}T{m['h']}:{m['mi']}"
    if m["s"]:
        value += f":{m['s']}"
    tz = m["tz"]
    if tz:
        value += (
            "+00:00"
            if tz.upper() == "Z"
            else tz
            if ":" in tz
            else tz[:3] + ":" + tz[3:]
        )
    gran = "second" if m["s"] else "minute"
    return DateSpec(m.start(), m.end(), gran, y, mo, d, stamp=value, rank=3)


def _read_numeric(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    if m["iy"]:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if mo > 12 >= d:  # day-first is the default; 7/23/2024 is only US
            d, mo = mo, d
    if not (1900 <= y <= 2100 and _is_valid(y, mo, d)):
        return None
    return DateSpec(m.start(), m.end(), "day", y, mo, d, rank=3)


def _read_day_month(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    text = m["day"]
    if text[0].isdigit():
        day = int(text.rstrip("stndrh"))
    else:
        # Ordinal words (الأول من أيلول, the first of July) need من / of.
        sep = matched_key(_group(m, "dsep") or "")
        ordinal = lookup(g.lex.day_ordinals, text)  # للثاني عشر: ل + الثاني عشر
        if ordinal is None or sep not in {"من", "of"}:
            return None
        day = ordinal
    if _group(m, "rmonth"):
        found = g.relative_unit(m["rmonth"])
        if found is None or found[0] != "month":
            return None
        return DateSpec(
            m.start(), m.end(), "day", day=day, month_offset=found[1], rank=3
        )
    month = g.month_of(m["mon"])
    year = int(m["year"]) if m["year"] else None
    if not _is_valid(year or 2000, month, day):  # 2000 is a leap year: 29 Feb fits
        return None
    if year is None and not m["mon"].endswith(".") and is_counted(folded, m.end()):
        # "In March 15 people were killed"; an abbreviated month is a date's
        # ("the Oct. 7 attacks", "the Sept. 11 attacks").
        return None
    gran, time = "day", None
    if year is not None and m["hh"]:
        hour = int(m["hh"])
        ampm = matched_key(m["ampm"] or "").replace(".", "")
        if ampm in {"ص", "صباحا", "am"} and hour == 12:
            hour = 0
        elif ampm in {"م", "مساء", "مساءا", "pm"} and hour < 12:
            hour += 12
        gran, time = "minute", f"{hour:02d}:{m['mi']}"
    tail = _relative_tail(g, m)
    return DateSpec(
        m.start(),
        m.end(),
        gran,
        year,
        month,
        day,
        time=time,
        direction=tail.direction,
        year_offset=tail.year_offset,
        rank=3,
    )


class _Tail(NamedTuple):
    """What follows a month or weekday: الماضي, المقبل, من العام المقبل."""

    direction: int | None = None
    year_offset: int | None = None


def _relative_tail(g: DatePatterns, m: re.Match[str]) -> _Tail:
    """Direction or year offset written around a month or weekday."""
    direction = year_offset = None
    if _group(m, "dir"):
        direction = g.lex.directions_ar[matched_key(m["dir"])]
    if _group(m, "edir"):
        direction = g.lex.directions_en[matched_key(m["edir"])]
    if _group(m, "ryear"):
        found = g.relative_unit(m["ryear"])
        year_offset = found[1] if found else 0
    return _Tail(direction, year_offset)


def _read_month(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    start, part = _trim(m, g) or (m.start(), "")
    year = int(m["year"]) if m["year"] else None
    tail = _relative_tail(g, m)
    stated = part or year or m["mw"] or tail != _Tail()
    if not (stated or is_licensed(folded, start)):
        # A bare month name needs context (مارس is also a verb), or to open
        # a range whose other end is dated: بين أيلول وكانون الأول 2025.
        opens_range = g.range_lead.search(folded, max(0, start - 12), start)
        if not (opens_range and g.range_gap.match(folded, m.end())):
            return None
    return DateSpec(
        start,
        m.end(),
        "month",
        year,
        g.month_of(m["mon"]),
        part=part or "whole",
        direction=tail.direction,
        year_offset=tail.year_offset,
    )


def _read_quarter(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    year = int(m["year"]) if m["year"] else None
    offset = 0 if m["bare"] else None
    if m["ryear"]:
        found = g.relative_unit(m["ryear"])
        offset = found[1] if found else 0
    if m["har"] or m["hen"] or m["hn"]:
        # A half year: its two quarters, as a range (H2 2026 = 2026-Q3..Q4).
        second = matched_key(m["har"] or m["hen"] or "") in ("الثاني", "second")
        first = 3 if second or m["hn"] == "2" else 1
        low = DateSpec(
            m.start(), m.end(), "quarter", year, quarter=first, year_offset=offset
        )
        return replace(low, high=replace(low, quarter=first + 1))
    ordinal = m["qar"] or m["qen"]
    quarter = int(m["qn"]) if m["qn"] else lookup(g.lex.quarter_ordinals, ordinal)
    if quarter is None:
        return None
    return DateSpec(
        m.start(), m.end(), "quarter", year, quarter=quarter, year_offset=offset
    )


# The first month of each season (of the northern year): three months each.
_SEASONS = {"spring": 3, "ربيع": 3, "summer": 6, "صيف": 6}
_SEASONS |= {"fall": 9, "autumn": 9, "خريف": 9}


def _read_season(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    start, part = _trim(m, g) or (m.start(), "")
    first = _SEASONS[matched_key(m["season"]).removeprefix("ال")]
    year = int(m["year"]) if m["year"] else None
    offset = _relative_tail(g, m).year_offset
    if not (year or m["ryear"] or part) and not is_licensed(folded, start, about=False):
        return None  # "a fall in attacks", "the spring offensive"
    low = DateSpec(start, m.end(), "month", year, month=first, year_offset=offset)
    if part in ("end", "late"):
        return replace(low, month=first + 2, part=part)  # the end of the summer
    if part == "early":
        return replace(low, part=part)
    if part == "mid":
        return replace(low, month=first + 1)
    return replace(low, high=replace(low, month=first + 2))


def _read_holiday(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    words = m["hol"].lower().split()
    eve = words[-1] == "eve"
    if words[0] == "new":  # New Year's Day, and its eve the year's last day
        month, day = (12, 31) if eve else (1, 1)
    else:  # Christmas, عيد الميلاد, and Christmas Eve
        month, day = (12, 24) if eve else (12, 25)
    year = int(m["year"]) if m["year"] else None
    return DateSpec(m.start("hol"), m.end(), "day", year, month=month, day=day)


def _read_fiscal(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    start, part = _trim(m, g) or (m.start(), "")
    year = int(m["fy"])
    year += 2000 if year < 100 else 0
    if part == "end":
        return DateSpec(start, m.end(), "day", year, month=9, day=30)
    low = DateSpec(start, m.end(), "month", year - 1, month=10)
    return replace(low, high=replace(low, year=year, month=9))


def _read_year(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    start, part = _trim(m, g) or (m.start(), "")
    if not (part or m["yw"]) and (
        not is_licensed(folded, start, about=False)
        or is_counted(folded, m.end())
        or reached_by_number_of(folded, start)
    ):
        return None  # a bare number is a year only after في / in / منذ ...
    return DateSpec(start, m.end(), "year", int(m["year"]), part=part or "whole")


def _read_year_range(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    sep = matched_key(m["sep"])
    sep = "-" if sep in {"-", "–", "—", "/"} else sep
    y1, y2 = int(m["y1"]), int(m["y2"])
    if len(m["y2"]) == 2:
        y2 += y1 // 100 * 100
        if sep != "-":
            return None
    lead = matched_key(m["lead"] or "")
    valid = (
        sep in RANGE_PAIRS[lead]
        if lead
        else sep == "-" or (m["yw"] and sep in {"و", "and"})
    )
    if not valid or not y1 < y2 <= 2100 or is_counted(folded, m.end()):
        return None
    high = DateSpec(m.start("y2"), m.end(), "year", y2)
    return DateSpec(m.start(), m.end(), "year", y1, high=high)


# The years an anaphoric year ("the same year") may point to.
_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d%]|[.,]\d)")
_SAME_REACH = 400  # characters back: the sentence before, at most


def _read_relative(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    start, part = _trim(m, g) or (m.start(), "")
    if m["yend"]:
        return DateSpec(start, m.end(), "year", part="end", year_offset=0)
    same = None
    if m["bare"] and matched_key(m["bare"]) != "الشهر":
        word = _NEXT_WORD.match(folded, m.end())
        same = word if word and matched_key(word[1]) in _SAME else None
    if m["same"] or same:
        # نهاية العام نفسه، "the end of that year": the year last named before
        years = list(_YEAR_BEFORE.finditer(folded, max(0, start - _SAME_REACH), start))
        if not part or not years:
            return None
        end = same.end() if same else m.end()
        return DateSpec(start, end, "year", int(years[-1][0]), part=part)
    if m["bare"]:
        if not part:
            return None  # "العام" alone is not a date; "نهاية العام" is this year's
        unit, offset = (
            ("month" if matched_key(m["bare"]) in {"الشهر", "month"} else "year"),
            0,
        )
    else:
        found = g.relative_unit(m["rel"])
        if found is None:
            return None
        unit, offset = found
        if folded[max(0, start - 4) : start].lower() == "the ":
            return None  # "over the last year" is a duration, not last year
    part = part or "whole"
    if unit == "year":
        return DateSpec(start, m.end(), "year", part=part, year_offset=offset)
    if unit == "week":
        return DateSpec(start, m.end(), "day", part=part, week_offset=offset)
    gran, months = ("quarter", 3 * offset) if unit == "quarter" else ("month", offset)
    return DateSpec(start, m.end(), gran, part=part, month_offset=months)


_SAME = frozenset({"نفسه", "ذاته", "نفسها", "ذاتها"})
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")


def _read_relative_day(
    g: DatePatterns, m: re.Match[str], folded: str
) -> DateSpec | None:
    key = matched_key(m["rel"])
    if key == "اليوم":
        # "اليوم التالي", "اليوم الأول", "اليوم نفسه" are days of a story, not today.
        word = _NEXT_WORD.match(folded, m.end())
        after = matched_key(word[1]) if word else ""
        if after in _SAME or (after.startswith("ال") and after not in g.lex.weekdays):
            return None
    offset = lookup(g.lex.relative_days, m["rel"])
    return DateSpec(m.start(), m.end(), "day", day_offset=offset, rank=1)


_TWO = frozenset({"بين", "كلا", "هذين", "هذان"})  # الاثنين / الأحد as "the two / one"


def _read_weekday(g: DatePatterns, m: re.Match[str], folded: str) -> DateSpec | None:
    weekday = lookup(g.lex.weekdays, m["wd"])
    if weekday is None:
        return None
    tail = _relative_tail(g, m)
    if not m["yawm"] and tail == _Tail() and weekday in {0, 6}:
        before = folded[max(0, m.start() - 8) : m.start()].split()
        if before and matched_key(before[-1]) in _TWO:
            return None
    return DateSpec(
        m.start(),
        m.end(),
        "day",
        weekday=weekday,
        direction=tail.direction,
        rank=2,
    )


def _is_valid(year: int, month: int, day: int) -> bool:
    """Whether ``year-month-day`` is a real calendar date."""
    if not 1 <= month <= 12 or day < 1:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return day <= days[month - 1]


_READERS: dict[str, Callable[[DatePatterns, re.Match[str], str], DateSpec | None]] = {
    "timestamp": _read_timestamp,
    "numeric": _read_numeric,
    "day_month": _read_day_month,
    "month_day": _read_day_month,
    "month": _read_month,
    "quarter": _read_quarter,
    "season": _read_season,
    "fiscal": _read_fiscal,
    "holiday": _read_holiday,
    "year": _read_year,
    "year_range": _read_year_range,
    "relative": _read_relative,
    "relative_day": _read_relative_day,
    "weekday": _read_weekday,
}


def scan_date_specs(folded: str) -> list[DateSpec]:
    """Find the date expressions of a folded text, left to right.

    Each rule is tried where a word it can start begins; overlapping
    candidates are settled by taking the earliest, then the longest. Then
    :func:`~claimtrack.extract.date_joins.join_adjacent` runs: expressions
    naming one day are joined (اليوم، الجمعة 6 من أيلول is one day; the most
    specific of them gives the value), "بين A و B" / "from A to B" become
    ranges, and a year added with و / and after a dated expression repeats
    it (أيلول 2025 و 2026 is September 2025 and September 2026).

    Args:
        folded: Folded text (see the module docstring).

    Returns:
        The specs, sorted by start offset, not overlapping.

    Notes:
        Linear in the length of the text: one pass over its words, and the
        rules a word can start are tried there (the lexicons are compiled
        into the patterns once per process).

    Examples:
        >>> [(s.year, s.month, s.day) for s in scan_date_specs("في 10 حزيران 2014")]
        [(2014, 6, 10)]
        >>> s = scan_date_specs("بين عامي 2025 و 2026")[0]
        >>> s.year, s.high.year
        (2025, 2026)
        >>> scan_date_specs("نحو 2000 جندي")
        []
    """
    g = date_patterns()
    found: list[DateSpec] = []
    for at, name, pattern in g.starts(folded):
        m = pattern.match(folded, at)
        if m is not None:
            spec = _READERS[name](g, m, folded)
            if spec is not None:
                found.append(spec)
    found.sort(key=lambda s: (s.start, -s.end))
    chosen: list[DateSpec] = []
    for spec in found:
        if not chosen or spec.start >= chosen[-1].end:
            chosen.append(spec)
    return join_adjacent(folded, chosen)
