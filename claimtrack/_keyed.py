"""Frozen records that cache keys derived from their content."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Self, TypeVar, overload

from pydantic import BaseModel, ConfigDict

__all__ = ["Keyed", "cached_key"]

T = TypeVar("T")


class cached_key(cached_property[T]):
    """A key computed from a frozen record on first read, then kept in it.

    ``functools.cached_property`` without its lock: on Python 3.11 each first
    read takes a lock (3.12 dropped it), about 1 us, and first reads happen
    for every claim, attribution and speaker of a large corpus. The record is
    immutable, so two threads that both compute a key get equal values.
    """

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object, owner: type | None = None) -> T | Self:
        if instance is None:
            return self
        # A non-data descriptor: once the value is in the instance's dict,
        # attribute lookup finds it there and never calls this again.
        value = instance.__dict__[self.attrname] = self.func(instance)  # type: ignore[index]
        return value


class Keyed(BaseModel):
    """A frozen record that caches keys of its content; copies with updates drop them.

    Keys (a speaker's folded name, a question's key, an attribution's origin)
    are read for every comparison and merge, on millions of records; a frozen
    record may cache them, as pydantic compares and hashes fields only.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", ignored_types=(cached_key,))

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Self:
        """Copy the record; cached ids and keys are recomputed after an update."""
        copy = super().model_copy(update=update, deep=deep)
        if update:
            for klass in type(self).__mro__:
                for name, attr in vars(klass).items():
                    if isinstance(attr, cached_key):
                        copy.__dict__.pop(name, None)
        return copy
