"""Frozen records that cache keys derived from their content."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Self

from pydantic import BaseModel, ConfigDict

__all__ = ["Keyed"]


class Keyed(BaseModel):
    """A frozen record that caches keys of its content; copies with updates drop them.

    Keys (a speaker's folded name, a question's key, an attribution's origin)
    are read for every comparison and merge, on millions of records; a frozen
    record may cache them, as pydantic compares and hashes fields only.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Self:
        """Copy the record; cached ids and keys are recomputed after an update."""
        copy = super().model_copy(update=update, deep=deep)
        if update:
            for klass in type(self).__mro__:
                for name, attr in vars(klass).items():
                    if isinstance(attr, cached_property):
                        copy.__dict__.pop(name, None)
        return copy
