"""Speakers: whom an assertion is put in the mouth of."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from claimtrack._ids import fold
from claimtrack._keyed import Keyed, cached_key

__all__ = ["Speaker", "SpeakerKind"]


class SpeakerKind(StrEnum):
    """What sort of speaker: a named person, an office, an anonymous group, the outlet.

    Examples:
        >>> SpeakerKind("anonymous")
        <SpeakerKind.ANONYMOUS: 'anonymous'>
    """

    PERSON = "person"
    OFFICE = "office"
    ANONYMOUS = "anonymous"
    OUTLET = "outlet"


class Speaker(Keyed):
    """A person, office, anonymous group or the outlet's own voice.

    Anonymous groups keep their description and count ("five unnamed US
    officials"). ``OUTLET`` means the document asserts the figure itself.

    Examples:
        >>> Speaker(kind="person", name="Hussein Allawi", role="adviser to the PM").key
        'person:hussein allawi'
        >>> Speaker.outlet_voice().is_outlet
        True
    """

    kind: SpeakerKind = Field(description="person | office | anonymous | outlet.")
    name: str = Field(
        min_length=1, description="Name or description ('unnamed US officials')."
    )
    role: str | None = Field(None, description="Title or role, if stated.")
    count: int | None = Field(
        None, ge=1, description="How many people an anonymous group has, if stated."
    )
    entity: str | None = Field(
        None, description="Canonical entity id from an alias table, if matched."
    )

    @model_validator(mode="after")
    def _check(self) -> Speaker:
        if self.count is not None and self.kind is not SpeakerKind.ANONYMOUS:
            raise ValueError("only anonymous groups have a count")
        return self

    @classmethod
    def outlet_voice(cls) -> Speaker:
        """Return the speaker for a figure the outlet asserts in its own voice.

        Examples:
            >>> Speaker.outlet_voice().name
            'the outlet'
        """
        return cls(kind=SpeakerKind.OUTLET, name="the outlet")

    @property
    def is_outlet(self) -> bool:
        """Whether the outlet itself is speaking.

        Examples:
            >>> Speaker(kind="office", name="US embassy").is_outlet
            False
        """
        return self.kind is SpeakerKind.OUTLET

    @cached_key
    def key(self) -> str:
        """Return a key that is equal for the same speaker however it was typed.

        Examples:
            >>> Speaker(kind="person", name="Hussein  ALLAWI").key
            'person:hussein allawi'
        """
        return f"{self.kind.value}:{self.entity or fold(self.name)}"

    def __str__(self) -> str:
        text = self.name if self.count is None else f"{self.name} ({self.count})"
        return f"{text}, {self.role}" if self.role else text
