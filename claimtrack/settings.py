"""Settings: the documented constants behind figure readings and matching.

All options of the library default from one frozen :class:`Settings` object;
nothing is read from the environment. ``docs/figures.md`` lists the same
constants and a test keeps the two in step.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Reading", "Settings"]


class Reading(StrEnum):
    """How a figure's words are turned into a range (see DOMAIN: two readings).

    Examples:
        >>> Reading("pragmatic") is Reading.PRAGMATIC
        True
    """

    STRICT = "strict"
    PRAGMATIC = "pragmatic"


class Settings(BaseModel):
    """Constants for reading figures, comparing them and matching names.

    Examples:
        >>> s = Settings()
        >>> s.window
        datetime.timedelta(days=366)
        >>> Settings(about_strict_rel=0.2).about_strict_rel
        0.2
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reading: Reading = Field(
        Reading.PRAGMATIC, description="Reading used to flag disagreement."
    )
    window: timedelta = Field(
        timedelta(days=366),
        description=(
            "Two claims contradict only when some pair of their as-of dates is "
            "at most this far apart; further apart is change over time."
        ),
    )
    about_strict_rel: float = Field(
        0.10,
        ge=0,
        description="Strict 'about N': N plus or minus this fraction of N.",
    )
    about_pragmatic_rel: float = Field(
        0.02,
        ge=0,
        description=(
            "Pragmatic 'about N': N plus or minus half of N's rounding step, "
            "but at least this fraction of N."
        ),
    )
    bound_pragmatic_rel: float = Field(
        0.10,
        ge=0,
        description=(
            "Pragmatic 'more than/at least N' reach up to the next round number "
            "at N's precision; when N has no trailing zero they reach this "
            "fraction of N (at least 1) instead."
        ),
    )
    end_of_month_days: int = Field(
        10, ge=1, le=28, description="Pragmatic 'end of a month': its last days."
    )
    end_of_year_days: int = Field(
        31, ge=1, le=365, description="Pragmatic 'end of a year': its last days."
    )
    min_severity: float = Field(
        0.0, ge=0, le=1, description="Conflicts below this severity are dropped."
    )
    name_threshold: float = Field(
        88.0,
        ge=0,
        le=100,
        description="token_set_ratio at or above which two names may match.",
    )
