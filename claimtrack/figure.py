"""Figures: the values claims assert, as typed records.

A :class:`NumberFigure` is a count or amount with its hedge and unit; a
:class:`TimeFigure` is a date, period or deadline at a stated granularity.
Both only *validate* here; how words become ranges under the strict and the
pragmatic reading lives in :mod:`claimtrack.compare` and :mod:`claimtrack.dates`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Figure",
    "Granularity",
    "Hedge",
    "NumberFigure",
    "Part",
    "TimeFigure",
    "format_number",
]


class Hedge(StrEnum):
    """How a figure was qualified in the text.

    For times, ``BY`` marks a deadline, ``MORE_THAN``/``LESS_THAN`` read as
    after/before, ``AT_LEAST``/``AT_MOST`` as no earlier/no later than.

    Examples:
        >>> Hedge("more_than")
        <Hedge.MORE_THAN: 'more_than'>
    """

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"
    BY = "by"


class Granularity(StrEnum):
    """The size of the period a time figure names.

    Examples:
        >>> Granularity.MONTH.value
        'month'
    """

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Part(StrEnum):
    """Which part of the named period is meant ("early 2024", "end of 2026").

    Examples:
        >>> Part("end")
        <Part.END: 'end'>
    """

    WHOLE = "whole"
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    END = "end"


_FROZEN = ConfigDict(frozen=True, extra="forbid")
_NUMBER_HEDGES = frozenset(Hedge) - {Hedge.BY}
_TIME_HEDGES = frozenset(Hedge) - {Hedge.VAGUE}
_PATTERNS = {
    Granularity.YEAR: re.compile(r"^(\d{4})$"),
    Granularity.QUARTER: re.compile(r"^(\d{4})-Q([1-4])$"),
    Granularity.MONTH: re.compile(r"^(\d{4})-(\d{2})$"),
    Granularity.DAY: re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
}


def format_number(x: float) -> str:
    """Render a number the way a reader expects: ``2,500``, ``2.5``.

    Args:
        x: The number.

    Returns:
        The number with thousands separators and no needless decimals.

    Examples:
        >>> format_number(2500.0), format_number(2.5)
        ('2,500', '2.5')
    """
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


class NumberFigure(BaseModel):
    """A number as the text states it: value, hedge, explicit bounds and unit.

    ``value`` is the number said (the bound for "more than 60"); ``low`` and
    ``high`` are bounds the text states itself ("between 10 and 20", the
    conventional range of "hundreds"). Counts are never negative.

    Examples:
        >>> f = NumberFigure(value=60, hedge="more_than", unit="country")
        >>> str(f)
        'more than 60 countries'
        >>> from pydantic import ValidationError
        >>> try:
        ...     NumberFigure(low=20, high=10, hedge="range")
        ... except ValidationError as e:
        ...     print(e.errors()[0]["msg"])
        Value error, low (20) is above high (10)
    """

    model_config = _FROZEN

    kind: Literal["number"] = Field("number", description="Discriminator.")
    # Finite only: JSON has no infinity, so an infinite count could not be saved.
    value: float | None = Field(
        None,
        ge=0,
        allow_inf_nan=False,
        description="The number stated; None for vague quantities.",
    )
    low: float | None = Field(
        None, ge=0, allow_inf_nan=False, description="Lower bound stated in text."
    )
    high: float | None = Field(
        None, ge=0, allow_inf_nan=False, description="Upper bound stated in text."
    )
    hedge: Hedge = Field(Hedge.EXACT, description="How the number was qualified.")
    unit: str | None = Field(
        None, description="What is counted, as a singular English lemma."
    )

    @model_validator(mode="after")
    def _check(self) -> NumberFigure:
        if self.hedge not in _NUMBER_HEDGES:
            raise ValueError(f"hedge {self.hedge.value!r} does not apply to numbers")
        if self.hedge in (Hedge.RANGE, Hedge.VAGUE):
            if self.low is None or self.high is None:
                raise ValueError(f"a {self.hedge.value} figure needs low and high")
        elif self.value is None:
            raise ValueError(f"a {self.hedge.value} figure needs a value")
        elif self.hedge is Hedge.LESS_THAN and self.value == 0:
            raise ValueError("value 0 with hedge 'less_than' admits no count")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(
                f"low ({format_number(self.low)}) is above high "
                f"({format_number(self.high)})"
            )
        return self

    def __str__(self) -> str:
        unit = f" {plural_unit(self.unit)}" if self.unit else ""
        if self.hedge is Hedge.RANGE or self.hedge is Hedge.VAGUE:
            assert self.low is not None
            assert self.high is not None
            return f"{format_number(self.low)}–{format_number(self.high)}{unit}"
        assert self.value is not None
        words = _HEDGE_WORDS[self.hedge]
        return f"{words}{format_number(self.value)}{unit}"


_HEDGE_WORDS = {
    Hedge.EXACT: "",
    Hedge.ABOUT: "about ",
    Hedge.MORE_THAN: "more than ",
    Hedge.AT_LEAST: "at least ",
    Hedge.LESS_THAN: "fewer than ",
    Hedge.AT_MOST: "at most ",
    Hedge.BY: "by ",
}
_TIME_WORDS = _HEDGE_WORDS | {
    Hedge.MORE_THAN: "after ",
    Hedge.LESS_THAN: "before ",
    Hedge.AT_LEAST: "no earlier than ",
    Hedge.AT_MOST: "no later than ",
}


def plural_unit(unit: str) -> str:
    """Return a counted noun's plural, as figures and question keys print it.

    Examples:
        >>> plural_unit("country"), plural_unit("troop"), plural_unit("percent")
        ('countries', 'troops', 'percent')
        >>> plural_unit("person"), plural_unit("injured")
        ('people', 'injured')
    """
    if unit in _UNCOUNTED or unit.endswith("ed"):
        # 50 percent, never "percents"; 34 injured, 500 displaced: people by
        # what befell them
        return unit
    if unit in _IRREGULAR:
        return _IRREGULAR[unit]
    if unit.endswith("y") and not unit.endswith(("ay", "ey", "oy")):
        return unit[:-1] + "ies"
    return unit if unit.endswith("s") else unit + "s"


# Nouns whose plural is the singular: 50 percent, four aircraft, 300 personnel.
_UNCOUNTED = frozenset(
    {"percent", "aircraft", "personnel", "staff", "equipment"}
    | {"yen", "taka", "naira", "yuan", "rand"}  # currencies with no plural ending
)
_IRREGULAR = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "krone": "kroner",
}


def _period(
    value: str, granularity: Granularity, field: str = "value"
) -> tuple[date, date]:
    # Messages start with the field, as a model-level check has no location.
    match = _PATTERNS[granularity].match(value)
    if match is None:
        raise ValueError(
            f"{field} {value!r} is not a {granularity.value} (ISO form expected)"
        )
    year = int(match.group(1))
    if granularity is Granularity.YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    if granularity is Granularity.QUARTER:
        first = 3 * int(match.group(2)) - 2
        last = first + 2
        return date(year, first, 1), date(
            year, last, calendar.monthrange(year, last)[1]
        )
    month = int(match.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"{field} {value!r} has no month {month}")
    if granularity is Granularity.MONTH:
        return date(year, month, 1), date(
            year, month, calendar.monthrange(year, month)[1]
        )
    try:
        day = date(year, month, int(match.group(3)))
    except ValueError:
        raise ValueError(f"{field} {value!r} is not a date that exists") from None
    return day, day


class TimeFigure(BaseModel):
    """A time as the text states it: a period, its part, and how it is hedged.

    ``value`` is ISO at the stated granularity (``2026``, ``2026-Q3``,
    ``2026-09``, ``2026-09-30``). "By the end of 2026" is ``value="2026"``,
    ``part="end"``, ``hedge="by"``. A relative expression ("next month") keeps
    its words in ``relative`` and the publication date it was resolved
    against; with no publication date it stays unresolved (``value=None``).

    Examples:
        >>> t = TimeFigure(value="2026", part="end", hedge="by")
        >>> str(t)
        'by the end of 2026'
        >>> t.period()
        (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        >>> from pydantic import ValidationError
        >>> try:
        ...     TimeFigure(value="2025-02-30")
        ... except ValidationError as e:
        ...     print(e.errors()[0]["msg"])
        Value error, value '2025-02-30' is not a date that exists
    """

    model_config = _FROZEN

    kind: Literal["time"] = Field("time", description="Discriminator.")
    value: str | None = Field(
        None, description="ISO date at the stated granularity; None if unresolved."
    )
    value_high: str | None = Field(
        None, description="Second end of a range ('between 2025 and 2026')."
    )
    granularity: Granularity = Field(
        Granularity.YEAR, description="Size of the named period."
    )
    part: Part = Field(Part.WHOLE, description="Part of the period meant.")
    hedge: Hedge = Field(Hedge.EXACT, description="Exact, deadline, before, after...")
    relative: str | None = Field(
        None, description="The relative expression as written, e.g. 'next month'."
    )
    resolved_against: date | None = Field(
        None, description="Publication date a relative expression was resolved from."
    )

    @model_validator(mode="before")
    @classmethod
    def _infer_granularity(cls, data: object) -> object:
        # "2026-09" says its own granularity; asking users to repeat it is noise.
        if isinstance(data, dict) and "granularity" not in data:
            value = data.get("value")
            if isinstance(value, str):
                for granularity, pattern in _PATTERNS.items():
                    if pattern.match(value):
                        return {**data, "granularity": granularity}
        return data

    @model_validator(mode="after")
    def _check(self) -> TimeFigure:
        if self.hedge not in _TIME_HEDGES:
            raise ValueError(f"hedge {self.hedge.value!r} does not apply to times")
        if self.value is None:
            if self.relative is None:
                raise ValueError("a time figure needs a value or a relative expression")
            if self.resolved_against is not None:
                raise ValueError("a resolved relative time needs its value")
            return self
        low = _period(self.value, self.granularity)
        if self.hedge is Hedge.RANGE:
            if self.value_high is None:
                raise ValueError("a range needs value_high")
            if _period(self.value_high, self.granularity, "value_high")[1] < low[0]:
                raise ValueError(
                    f"value_high ({self.value_high}) ends before value "
                    f"({self.value}) starts"
                )
        elif self.value_high is not None:
            raise ValueError("value_high is only for ranges")
        if self.part is not Part.WHOLE and self.granularity is Granularity.DAY:
            raise ValueError("a single day has no early, mid, late or end part")
        return self

    @property
    def is_resolved(self) -> bool:
        """Whether the figure names an actual period.

        Examples:
            >>> TimeFigure(relative="next month").is_resolved
            False
        """
        return self.value is not None

    def period(self) -> tuple[date, date]:
        """Return the first and last day of the named period (part ignored).

        Raises:
            ValueError: if the figure is an unresolved relative expression.

        Examples:
            >>> TimeFigure(value="2024-Q1").period()
            (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
        """
        if self.value is None:
            raise ValueError(f"unresolved relative time {self.relative!r}")
        first, last = _period(self.value, self.granularity)
        if self.value_high is not None:
            last = _period(self.value_high, self.granularity)[1]
        return first, last

    def __str__(self) -> str:
        if self.value is None:
            return f"{self.relative} (unresolved)"
        text = (
            self.value if self.value_high is None else f"{self.value}–{self.value_high}"
        )
        if self.part is Part.END:
            text = f"the end of {text}"
        elif self.part is not Part.WHOLE:
            text = f"{self.part.value} {text}"
        return _TIME_WORDS.get(self.hedge, "") + text


Figure = Annotated[NumberFigure | TimeFigure, Field(discriminator="kind")]
"""A number or a time, told apart by ``kind``."""
