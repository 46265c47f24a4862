"""find_changes: figures that differ because time passed, reported as such.

A count describes a state at a time. Two claims on one question whose figures
disagree but whose as-of dates are all further apart than the window are not
a conflict (:func:`claimtrack.find_conflicts` leaves them out): the coalition
grew, troops were withdrawn. This module reports those steps, in time order,
so that an analyst sees "2,500 in 2021, then 2,000 in 2025" rather than
nothing. The comparison is the one find_conflicts uses (:mod:`claimtrack.compare`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from claimtrack.claim import Claim, Question
from claimtrack.compare import Verdict, compare_bounds
from claimtrack.conflict import SIDE_WITHOUT_TEXT, Side
from claimtrack.conflicts import GroupRow, closest_days, grows, over_time, row_of
from claimtrack.explain import explain_change
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading, Settings

__all__ = ["Change", "find_changes"]

_NO_TEXT: Any = {"before": SIDE_WITHOUT_TEXT, "after": SIDE_WITHOUT_TEXT}


class Change(BaseModel):
    """A step in the figures for one question, further apart than the window.

    Attributes:
        question: The question.
        before: The earlier figure, with everything that carries it.
        after: The later figure.
        days: The smallest distance in days between the two sides' as-of
            dates: more than the window, or this would be a conflict.
        reading: The reading under which the figures differ.
        explanation: One sentence naming both figures, outlets and dates.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: Question = Field(description="What the figures answer.")
    before: Side = Field(description="The earlier figure and its attributions.")
    after: Side = Field(description="The later figure and its attributions.")
    days: int = Field(ge=0, description="Days between the closest as-of dates.")
    reading: Reading = Field(description="The reading under which they differ.")
    explanation: str = Field(description="One sentence a journalist could paste.")

    def __str__(self) -> str:
        return self.explanation

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """Return the change as JSON-ready data, like :meth:`Conflict.to_dict`.

        Args:
            with_text: Keep each document's full text (off: the evidence
                spans carry their own text).
        """
        exclude = None if with_text else _NO_TEXT
        return self.model_dump(mode="json", exclude=exclude)


def _side(claim: Claim) -> Side:
    return Side(
        figures=(claim.figure,),
        claim_ids=(claim.id,),
        attributions=tuple(sorted(claim.attributions, key=lambda a: a.id)),
    )


def find_changes(
    data: Iterable[Claim] | ClaimSet | nx.Graph,
    *,
    reading: Reading | str | None = None,
    window: timedelta | None = None,
    settings: Settings | None = None,
) -> list[Change]:
    """Report figures that changed over time, question by question.

    For each question about a count, the dated claims are put in time order
    (by their earliest as-of date); each step between neighbours whose
    figures differ under ``reading`` and whose as-of dates are all further
    apart than ``window`` is a :class:`Change`. Neighbours closer in time that
    differ are a conflict instead (see :func:`claimtrack.find_conflicts`),
    except on a running total ("attacks since October"), which only grows: a
    later, larger figure is a change however close in time. Dates and
    deadlines are not states and never change over time here.

    Args:
        data: Claims (repeats are merged), a :class:`ClaimSet`, or a graph
            from :func:`claimtrack.build_graph`.
        reading: ``"pragmatic"`` (default) or ``"strict"``.
        window: Further apart than this is change over time. Default
            ``Settings().window``.
        settings: Constants for readings.

    Returns:
        The changes, by question key and then in time order.

    Examples:
        >>> from claimtrack import (
        ...     Attribution,
        ...     Document,
        ...     NumberFigure,
        ...     Question,
        ...     Source,
        ...     Span,
        ...     Speaker,
        ... )
        >>> q = Question(subject="US troops", property="count", place="Iraq")
        >>> def said(value, day):
        ...     text = f"{value} US troops remain."
        ...     doc = Document(
        ...         id=day, source=Source(name="Wire"), published=day, text=text
        ...     )
        ...     att = Attribution(
        ...         document=doc,
        ...         speaker=Speaker.outlet_voice(),
        ...         span=Span(start=0, end=len(text), text=text),
        ...     )
        ...     figure = NumberFigure(value=value, unit="troop")
        ...     return Claim(question=q, figure=figure, attributions=(att,))
        >>> [step] = find_changes([said(2500, "2021-07-26"), said(2000, "2025-08-19")])
        >>> str(step.before.figure), str(step.after.figure), step.days
        ('2,500 troops', '2,000 troops', 1485)
        >>> print(step.explanation)  # doctest: +NORMALIZE_WHITESPACE
        Wire gives 2,500 troops for US troops in Iraq (count) on 2021-07-26,
        and Wire gives 2,000 troops on 2025-08-19: 1485 days apart, beyond the
        366-day window, so a change over time rather than a conflict.
    """
    settings = settings or Settings()
    reading = Reading(reading or settings.reading)
    window_days = (settings.window if window is None else window).days
    if isinstance(data, nx.Graph):
        data = [d["claim"] for _, d in data.nodes(data=True) if "claim" in d]
    claims = data if isinstance(data, ClaimSet) else ClaimSet(data)

    by_question: dict[str, list[tuple[GroupRow, Claim]]] = defaultdict(list)
    for claim in claims:
        row = row_of(claim, settings)
        if row is not None and row.windowed and row.days:
            by_question[claim.question.key].append((row, claim))

    changes: list[Change] = []
    for key in sorted(by_question):
        timeline = sorted(by_question[key], key=lambda rc: (rc[0].days[0], rc[1].id))
        for (ra, a), (rb, b) in itertools.pairwise(timeline):
            verdict, _ = compare_bounds(
                ra.strict, ra.pragmatic, rb.strict, rb.pragmatic, reading
            )
            if verdict is Verdict.AGREE or not over_time(
                ra, rb, reading=reading, window_days=window_days
            ):
                continue
            distance = closest_days(ra.days, rb.days)
            assert distance is not None  # both are dated
            growing = grows(ra, rb, reading)
            before, after = _side(a), _side(b)
            changes.append(
                Change(
                    question=a.question,
                    before=before,
                    after=after,
                    days=distance,
                    reading=reading,
                    explanation=explain_change(
                        a.question, before, after, distance, window_days, growing
                    ),
                )
            )
    return changes
