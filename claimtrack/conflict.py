"""Conflicts: typed records of where the record disagrees.

A :class:`Conflict` names a question and two :class:`Side` s, each with its
figure, speakers, outlets, dates and evidence. A :class:`ConflictReport` is
the ranked sequence :func:`claimtrack.find_conflicts` returns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any, overload

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.claim import Attribution, Question
from claimtrack.figure import Figure, NumberFigure, TimeFigure
from claimtrack.settings import Reading

__all__ = ["Conflict", "ConflictKind", "ConflictReport", "PendingConflict", "Side"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")
# model_dump exclude of a Side that leaves out each document's full text.
SIDE_WITHOUT_TEXT: Any = {"attributions": {"__all__": {"document": {"text"}}}}
_NO_TEXT: Any = {"a": SIDE_WITHOUT_TEXT, "b": SIDE_WITHOUT_TEXT}
_REPR_LIMIT = 20  # conflicts listed by repr(report)


class ConflictKind(StrEnum):
    """What sort of disagreement a conflict is.

    Examples:
        >>> ConflictKind.DIVERGENCE.value
        'divergence'
    """

    CONTRADICTION = "contradiction"
    """The figures exclude each other even under the strict reading."""
    DIVERGENCE = "divergence"
    """The figures disagree only under the pragmatic reading."""
    SELF_CONTRADICTION = "self_contradiction"
    """One outlet carries both figures."""
    COPY_DISCREPANCY = "copy_discrepancy"
    """Both sides relay the same origin: a copying or translation error."""


class Side(BaseModel):
    """One side of a conflict: a figure and everything that carries it."""

    model_config = _FROZEN

    figures: tuple[Figure, ...] = Field(
        min_length=1, description="The figures this side asserts (they agree)."
    )
    claim_ids: tuple[str, ...] = Field(description="Claims merged into this side.")
    attributions: tuple[Attribution, ...] = Field(
        description="Every occurrence: document, speaker, chain and evidence."
    )

    @property
    def figure(self) -> NumberFigure | TimeFigure:
        """Return the side's first figure (all of a side's figures agree)."""
        return self.figures[0]

    @property
    def label(self) -> str:
        """Return the side's figures as text: ``2026-09 / by 2026-09``."""
        return " / ".join(dict.fromkeys(str(f) for f in self.figures))

    @property
    def outlets(self) -> tuple[str, ...]:
        """Return the outlet names on this side, sorted."""
        return tuple(sorted({a.document.outlet_name for a in self.attributions}))

    @property
    def speakers(self) -> tuple[str, ...]:
        """Return the speakers on this side, sorted."""
        return tuple(sorted({str(a.speaker) for a in self.attributions}))

    @property
    def origins(self) -> tuple[str, ...]:
        """Return the independent origins (citation-chain roots), sorted."""
        return tuple(sorted({a.origin for a in self.attributions}))

    @property
    def dates(self) -> tuple[date, ...]:
        """Return the as-of dates of the attributions, sorted."""
        return tuple(sorted({d for a in self.attributions if (d := a.when)}))

    def chains(self) -> tuple[str, ...]:
        """Return each attribution's chain as text: ``outlet ← source ← speaker``."""
        out = []
        for a in self.attributions:
            links = [a.document.outlet_name, *(s.name for s in a.citation_chain)]
            if not a.speaker.is_outlet:
                links.append(str(a.speaker))
            out.append(" ← ".join(links))
        return tuple(sorted(set(out)))


class Conflict(BaseModel):
    """A disagreement on one question, with its sides, kind and explanation."""

    model_config = _FROZEN

    question: Question = Field(description="What the sides disagree about.")
    kind: ConflictKind = Field(description="contradiction | divergence | ...")
    reading: Reading = Field(
        description="The reading under which the figures disagree."
    )
    a: Side = Field(description="First side.")
    b: Side = Field(description="Second side.")
    gap: float = Field(
        description="Distance between the figures (in units, or days for times)."
    )
    severity: float = Field(ge=0, le=1, description="Rank: gap, origins, closeness.")
    explanation: str = Field(description="One sentence a journalist could paste.")

    @property
    def sides(self) -> tuple[Side, Side]:
        """Return both sides."""
        return self.a, self.b

    def __str__(self) -> str:
        return self.explanation

    def _repr_html_(self) -> str:
        # Imported here: rendering is only needed in a notebook.
        from claimtrack.display import conflict_html

        return conflict_html(self)

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """Return the conflict as JSON-ready data.

        Args:
            with_text: Keep each document's full text. Off by default: the
                evidence spans carry their own text, and a report of many
                conflicts would repeat whole articles.

        Examples:
            >>> from claimtrack import Question, NumberFigure, Claim, find_conflicts
            >>> q = Question(subject="coalition members", property="count")
            >>> c = find_conflicts(
            ...     [
            ...         Claim(question=q, figure=NumberFigure(value=86)),
            ...         Claim(question=q, figure=NumberFigure(value=60)),
            ...     ]
            ... )[0]
            >>> c.to_dict()["kind"]
            'contradiction'
        """
        exclude = None if with_text else _NO_TEXT
        return self.model_dump(mode="json", exclude=exclude)


class PendingConflict:
    """A ranked conflict whose full record is built when first read.

    Ranking needs only the severity, the question key and the kind; the sides,
    evidence and explanation cost far more and most reports are read from the
    top. So :func:`claimtrack.find_conflicts` stays fast on millions of claims.
    """

    __slots__ = ("_build", "_conflict", "kind", "question_key", "severity")

    def __init__(
        self,
        severity: float,
        question_key: str,
        kind: ConflictKind,
        build: Callable[[], Conflict],
    ) -> None:
        self.severity = severity
        self.question_key = question_key
        self.kind = kind
        self._build = build
        self._conflict: Conflict | None = None

    @classmethod
    def of(cls, conflict: Conflict) -> PendingConflict:
        """Wrap a conflict that is already built."""
        pending = cls(
            conflict.severity, conflict.question.key, conflict.kind, lambda: conflict
        )
        pending._conflict = conflict
        return pending

    @property
    def conflict(self) -> Conflict:
        """Return the conflict, building it on first access."""
        if self._conflict is None:
            self._conflict = self._build()
        return self._conflict


class ConflictReport(Sequence[Conflict]):
    """Conflicts ranked by severity, most severe first.

    Behaves as a read-only sequence; renders as a table in Jupyter.

    Examples:
        >>> r = ConflictReport([])
        >>> len(r), r.to_jsonl()
        (0, '')
    """

    def __init__(self, conflicts: Iterable[Conflict | PendingConflict]) -> None:
        items = [
            c if isinstance(c, PendingConflict) else PendingConflict.of(c)
            for c in conflicts
        ]
        # Most severe first, then by question and kind, else in the given
        # order: two stable sorts, so no key tuple is built per conflict.
        items.sort(key=attrgetter("question_key", "kind"))
        items.sort(key=attrgetter("severity"), reverse=True)
        self._items: Sequence[PendingConflict] = items

    @classmethod
    def _ranked(cls, items: Sequence[PendingConflict]) -> ConflictReport:
        """Wrap items already in rank order, without copying or sorting them.

        ``items`` may make its pending conflicts as they are read, as
        :func:`claimtrack.find_conflicts`' columns do.
        """
        report = cls.__new__(cls)
        report._items = items
        return report

    @overload
    def __getitem__(self, index: int) -> Conflict: ...
    @overload
    def __getitem__(self, index: slice) -> ConflictReport: ...
    def __getitem__(self, index: int | slice) -> Conflict | ConflictReport:
        if isinstance(index, slice):
            return ConflictReport(self._items[index])
        return self._items[index].conflict

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Conflict]:
        return (p.conflict for p in self._items)

    def __repr__(self) -> str:
        # Bounded: Jupyter computes this text beside the HTML table, and
        # listing every conflict would build every pending one.
        lines = [f"ConflictReport({len(self)} conflicts)"]
        lines += [
            f"  {c.severity:.2f} {c.kind.value}: {c.explanation}"
            for c in self[:_REPR_LIMIT]
        ]
        if len(self) > _REPR_LIMIT:
            lines.append(f"  ... and {len(self) - _REPR_LIMIT} more")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        # Imported here: rendering is only needed in a notebook.
        from claimtrack.display import report_html

        return report_html(self)

    def to_jsonl(self, *, with_text: bool = True) -> str:
        """Return one JSON object per line, most severe first.

        Args:
            with_text: Keep each document's full text, so that every line
                reads back into an equal :class:`Conflict`.
        """
        return "".join(
            json.dumps(c.to_dict(with_text=with_text), ensure_ascii=False) + "\n"
            for c in self
        )

    def to_records(self) -> list[dict[str, Any]]:
        """Return one flat dict per conflict: the columns of ``to_pandas``."""
        rows = []
        for c in self:
            rows.append(
                {
                    "question": str(c.question),
                    "question_key": c.question.key,
                    "kind": c.kind.value,
                    "reading": c.reading.value,
                    "severity": round(c.severity, 3),
                    "figure_a": c.a.label,
                    "outlets_a": "; ".join(c.a.outlets),
                    "speakers_a": "; ".join(c.a.speakers),
                    "figure_b": c.b.label,
                    "outlets_b": "; ".join(c.b.outlets),
                    "speakers_b": "; ".join(c.b.speakers),
                    "gap": c.gap,
                    "explanation": c.explanation,
                }
            )
        return rows

    def to_pandas(self) -> Any:
        """Return a pandas DataFrame with the columns of :meth:`to_records`.

        Raises:
            MissingExtra: if pandas is not installed.
        """
        try:
            import pandas as pd
        except ImportError:
            from claimtrack.errors import MissingExtra

            raise MissingExtra("pandas", extra="pandas") from None
        return pd.DataFrame(self.to_records())
