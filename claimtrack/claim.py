"""Questions, attributions and claims: the records everything else is built on.

A :class:`Claim` is a question, a figure answering it, and every
:class:`Attribution` that carries that answer. Its id is a hash of the
question key and the figure, so the same assertion gets the same id wherever
and in whatever order it is found.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimtrack._ids import content_id, fold
from claimtrack._keyed import Keyed, cached_key
from claimtrack.document import Document, Source
from claimtrack.figure import Figure, NumberFigure, TimeFigure
from claimtrack.speaker import Speaker, SpeakerKind

__all__ = [
    "Attribution",
    "Claim",
    "Property",
    "Question",
    "Span",
    "Stance",
    "claim_id",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Property(StrEnum):
    """What a question asks of its subject.

    Examples:
        >>> Property.COUNT.value
        'count'
    """

    COUNT = "count"
    DATE = "date"
    DEADLINE = "deadline"
    DURATION = "duration"
    AMOUNT = "amount"
    OTHER = "other"


class Stance(StrEnum):
    """How the speaker puts the assertion (the reporting verb's force).

    Examples:
        >>> Stance("expects")
        <Stance.EXPECTS: 'expects'>
    """

    SAYS = "says"
    CONFIRMS = "confirms"
    ANNOUNCES = "announces"
    EXPECTS = "expects"
    PLANS = "plans"
    ESTIMATES = "estimates"
    REPORTS = "reports"
    DENIES = "denies"


_NAMED = (SpeakerKind.PERSON, SpeakerKind.OFFICE)  # speakers who are their own origin


class Question(Keyed):
    """What a claim is about: subject, property and scope.

    Two claims are comparable only when their questions have the same
    :attr:`key`. Scope (place, time window, event) is part of the key, so
    "attacks since January 2021" and "attacks since 17 October 2023" are
    different questions.

    Examples:
        >>> q = Question(subject="US troops", property="count", place="Iraq")
        >>> q.key
        'us troops|count|place=iraq'
        >>> str(q)
        'US troops in Iraq (count)'
    """

    model_config = _FROZEN

    subject: str = Field(min_length=1, description="What is counted or dated.")
    property: Property = Field(description="count | date | deadline | duration ...")
    place: str | None = Field(None, description="Where (scope).")
    window: str | None = Field(
        None, description="Time window the figure covers, e.g. 'since 2023-10-17'."
    )
    event: str | None = Field(
        None, description="Event or phase the figure belongs to (scope)."
    )

    # Cached: the key is read for every comparison and merge, on millions of
    # claims (frozen models may cache; pydantic compares fields only).
    @cached_key
    def key(self) -> str:
        """Return the blocking key: equal exactly for the same question."""
        parts = [fold(self.subject), self.property.value]
        for name in ("place", "window", "event"):
            value = getattr(self, name)
            if value:
                parts.append(f"{name}={fold(value)}")
        return "|".join(parts)

    @cached_key  # a plain @property would be the field named "property"
    def running(self) -> bool:
        """Whether the answer is a running total, which can only grow with time.

        A count over a window opened by a date ("attacks since 17 October")
        counts up: a later, larger figure is growth, not disagreement.

        Examples:
            >>> Question(
            ...     subject="attacks", property="count", window="since 2023-10"
            ... ).running
            True
            >>> Question(subject="US troops", property="count").running
            False
        """
        return self.property is Property.COUNT and (self.window or "").startswith(
            "since "
        )

    def __str__(self) -> str:
        text = self.subject
        if self.place:
            text += f" in {self.place}"
        if self.event:
            text += f", {self.event}"
        if self.window:
            text += f", {self.window}"
        return f"{text} ({self.property.value})"


class Span(BaseModel):
    """Evidence: character offsets ``[start, end)`` in the document text.

    Examples:
        >>> Span(start=5, end=2)
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.ValidationError: 1 validation error for Span
        ...
    """

    model_config = _FROZEN

    start: int = Field(ge=0, description="First character (0-based).")
    end: int = Field(ge=0, description="One past the last character.")
    text: str | None = Field(None, description="The evidence text, when kept.")

    @model_validator(mode="after")
    def _check(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        if self.text is not None and len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but the span covers "
                f"{self.end - self.start}"
            )
        return self


class Attribution(Keyed):
    """One occurrence of an assertion: document, speaker, citation chain, span.

    ``citation_chain`` lists the sources the document relays, nearest first
    (Enab Baladi ← Reuters: ``[Reuters]``). ``as_of`` is the time a count
    describes when the text says so; otherwise the publication date applies.

    Examples:
        >>> doc = Document(
        ...     id="d1", source=Source(name="Enab Baladi"), text="نحو 2500 جندي"
        ... )
        >>> a = Attribution(
        ...     document=doc,
        ...     speaker=Speaker.outlet_voice(),
        ...     span=Span(start=0, end=8),
        ... )
        >>> a.evidence
        'نحو 2500'
        >>> Attribution(
        ...     document=doc, speaker=Speaker.outlet_voice(), span=Span(start=0, end=99)
        ... )
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.ValidationError: 1 validation error for Attribution
        ...
    """

    model_config = _FROZEN

    document: Document = Field(description="The document that carries the assertion.")
    speaker: Speaker = Field(description="Whom the assertion is attributed to.")
    citation_chain: tuple[Source, ...] = Field(
        (), description="Sources relayed, nearest first (outlet ← Reuters ← ...)."
    )
    stance: Stance = Field(Stance.SAYS, description="Force of the reporting verb.")
    span: Span = Field(description="Evidence span in the document text.")
    as_of: date | None = Field(
        None, description="Time the figure describes, if the text states it."
    )

    @model_validator(mode="after")
    def _check_span(self) -> Attribution:
        text = self.document.text
        if text is None:
            return self
        if self.span.end > len(text):
            raise ValueError(
                f"span [{self.span.start}, {self.span.end}) lies outside document "
                f"{self.document.id!r} of {len(text)} characters"
            )
        if self.span.text is not None and text[self.span.start : self.span.end] != (
            self.span.text
        ):
            raise ValueError(
                f"span text does not match document {self.document.id!r} at "
                f"[{self.span.start}, {self.span.end})"
            )
        return self

    @property
    def evidence(self) -> str | None:
        """Return the evidence text, from the span or the document."""
        if self.span.text is not None:
            return self.span.text
        if self.document.text is not None:
            return self.document.text[self.span.start : self.span.end]
        return None

    @property
    def when(self) -> date | None:
        """Return the as-of date: stated, else the publication date."""
        return self.as_of or self.document.published

    @cached_key
    def id(self) -> str:
        """Return a content hash of where, who, through whom and how."""
        return content_id(
            self.document.id,
            str(self.span.start),
            str(self.span.end),
            self.speaker.key,
            ",".join(s.id for s in self.citation_chain),
            self.stance.value,
            self.as_of.isoformat() if self.as_of else "",
        )

    @cached_key
    def origin(self) -> str:
        """Return the root of the citation chain: the independent origin.

        A named person or office is its own origin, whoever relays it; an
        anonymous group belongs to the source that heard it; the outlet's own
        voice belongs to the farthest source it relays, else to itself.

        Examples:
            >>> doc = Document(id="d", source=Source(name="Al-Mada"))
            >>> allawi = Speaker(kind="person", name="Hussein Allawi")
            >>> span = Span(start=0, end=1)
            >>> via = (Source(name="The National"),)
            >>> Attribution(
            ...     document=doc, speaker=allawi, span=span, citation_chain=via
            ... ).origin
            'person:hussein allawi'
            >>> anon = Speaker(kind="anonymous", name="US officials")
            >>> Attribution(
            ...     document=doc, speaker=anon, span=span, citation_chain=via
            ... ).origin
            'the-national/anonymous:us officials'
        """
        relayer = self.citation_chain[-1].id if self.citation_chain else None
        if self.speaker.kind in _NAMED:
            return self.speaker.key
        base = relayer or self.document.outlet_id
        if self.speaker.is_outlet:
            return base
        return f"{base}/{self.speaker.key}"


class Claim(Keyed):
    """An assertion that a question has an answer, with every attribution of it.

    Attributions are kept sorted by id and without repeats, so two claims
    built from the same attributions in any order are equal.

    Examples:
        >>> from claimtrack.figure import NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> c = Claim(question=q, figure=NumberFigure(value=86, unit="country"))
        >>> c.id == Claim(
        ...     question=q, figure=NumberFigure(value=86.0, unit="country")
        ... ).id
        True
    """

    model_config = _FROZEN

    question: Question = Field(description="What the claim is about.")
    figure: Figure = Field(description="The answer asserted.")
    attributions: tuple[Attribution, ...] = Field(
        (), description="Every occurrence of the assertion, sorted by id."
    )

    @field_validator("attributions", mode="after")
    @classmethod
    def _canonical(cls, value: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
        return canonical_attributions(value)

    @cached_key
    def id(self) -> str:
        """Return the content id: a hash of the question key and the figure."""
        return claim_id(self.question, self.figure)

    @property
    def outlets(self) -> tuple[str, ...]:
        """Return the names of the outlets that carry the claim, sorted."""
        return tuple(sorted({a.document.outlet_name for a in self.attributions}))

    @property
    def origins(self) -> frozenset[str]:
        """Return the independent origins (roots of the citation chains)."""
        return frozenset(a.origin for a in self.attributions)

    def __str__(self) -> str:
        return f"{self.question}: {self.figure}"

    def _repr_html_(self) -> str:
        # Imported here: rendering is only needed in a notebook.
        from claimtrack.display import claim_html

        return claim_html(self)


def canonical_attributions(
    attributions: Iterable[Attribution],
) -> tuple[Attribution, ...]:
    """Return attributions without repeats, sorted by id, as a claim keeps them."""
    unique: dict[str, Attribution] = {}
    for a in attributions:
        kept = unique.get(a.id)
        # Two attributions may share an id yet differ in detail (a title, a
        # speaker's role): keep the one chosen by content, not by order.
        if kept is None or (kept != a and a.model_dump_json() < kept.model_dump_json()):
            unique[a.id] = a
    return tuple(unique[k] for k in sorted(unique))


def claim_id(question: Question, figure: NumberFigure | TimeFigure) -> str:
    """Hash a question and a figure into a claim id, independent of float form.

    The figure's fields in name order, each as its JSON value prints: an
    enum's value, a date's ISO form, an integral float as an integer. Read
    from the fields directly: through ``model_dump`` this was half the cost
    of merging a large collection.
    """
    cls = type(figure)
    names = _FIELD_ORDER.get(cls)
    if names is None:
        names = _FIELD_ORDER[cls] = tuple(sorted(cls.model_fields))
    values = figure.__dict__
    parts = []
    for name in names:
        value = values[name]
        if value.__class__ is float and value.is_integer():
            value = int(value)
        parts.append(f"{name}={value}")
    return content_id(question.key, ",".join(parts))


_FIELD_ORDER: dict[type, tuple[str, ...]] = {}
