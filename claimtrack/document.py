"""Sources (outlets and agencies) and the documents they publish."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimtrack._ids import slugify
from claimtrack._keyed import Keyed, cached_key

__all__ = ["Document", "Source"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Source(BaseModel):
    """An outlet or agency that publishes: Enab Baladi, Reuters, INA.

    ``id`` defaults to a slug of ``name``, so the same outlet typed twice
    gets the same id.

    Examples:
        >>> Source(name="Reuters", names={"ar": "رويترز"}).id
        'reuters'
    """

    model_config = _FROZEN

    id: str = Field("", description="Stable id; a slug of name when not given.")
    name: str = Field(min_length=1, description="Display name (English if known).")
    names: dict[str, str] = Field(
        default_factory=dict, description="Names by language code, e.g. {'ar': ...}."
    )

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id") and data.get("name"):
            return {**data, "id": slugify(str(data["name"]))}
        return data


class Document(Keyed):
    """One published piece: who published it, when, in what language.

    ``text`` is optional: claim files usually carry documents without their
    text (evidence spans keep their own text), while extraction keeps it.
    ``published`` may be unknown; relative dates then stay unresolved.

    Examples:
        >>> d = Document(id="a1", source=Source(name="Al-Mada"), published="2025-08-19")
        >>> d.outlet_name, d.published.year
        ('Al-Mada', 2025)
    """

    model_config = _FROZEN

    id: str = Field(min_length=1, description="Document id (file name, URL hash...).")
    source: Source | None = Field(None, description="The outlet; None if unnamed.")
    url: str | None = Field(None, description="Where it was published.")
    title: str | None = Field(None, description="Headline.")
    published: date | None = Field(None, description="Publication date, if known.")
    published_basis: str | None = Field(
        None, description="How the publication date is known (printed, inferred...)."
    )
    lang: str | None = Field(None, description="Language code: 'ar', 'en'...")
    text: str | None = Field(None, description="Full text, when kept.")
    cites: tuple[Source, ...] = Field(
        (), description="Sources the document is known to relay (manifest metadata)."
    )

    @property
    def outlet_name(self) -> str:
        """Return the outlet's name, or a label naming the document when unknown.

        Examples:
            >>> Document(id="003.txt").outlet_name
            'unnamed outlet (003.txt)'
        """
        return self.source.name if self.source else f"unnamed outlet ({self.id})"

    @cached_key
    def outlet_id(self) -> str:
        """Return the outlet id; an unnamed outlet counts as its own outlet.

        Examples:
            >>> Document(id="003.txt").outlet_id
            'doc:003.txt'
        """
        return self.source.id if self.source else f"doc:{self.id}"
