"""Merging: attributions of the same assertion collapse into one claim.

Merging is a union of attributions keyed by content id, so it is
commutative, associative and idempotent by construction; claims whose
questions or figures differ are never merged (they are what conflict
detection compares).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from claimtrack.claim import Claim, canonical_attributions
from claimtrack.errors import MergeError

__all__ = ["ClaimSet", "merge_claims"]


def merge_claims(a: Claim, b: Claim) -> Claim:
    """Merge two claims of the same assertion into one.

    Args:
        a: A claim.
        b: A claim with the same id (same question key and figure).

    Returns:
        A claim with the union of both claims' attributions.

    Raises:
        MergeError: if the claims answer different questions or assert
            different figures.

    Notes:
        Commutative, associative, idempotent; never loses an attribution.
        O(n log n) in the number of attributions.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> c = Claim(question=q, figure=NumberFigure(value=86))
        >>> merge_claims(c, c) == c
        True
        >>> try:
        ...     merge_claims(c, Claim(question=q, figure=NumberFigure(value=60)))
        ... except MergeError as e:
        ...     print(e)  # doctest: +ELLIPSIS
        cannot merge claims with different figures: 86 and 60 on ...
    """
    if a.question.key != b.question.key:
        raise MergeError(
            f"cannot merge claims on different questions: {a.question} and {b.question}"
        )
    if a.id != b.id:
        raise MergeError(
            f"cannot merge claims with different figures: {a.figure} and "
            f"{b.figure} on {a.question}"
        )
    return _merge_group([a, b])


def _merge_group(claims: list[Claim]) -> Claim:
    """Merge claims that share one id: :func:`merge_claims` folded, in one build.

    A fifth of a large collection is repeats, so this runs hundreds of
    thousands of times: the usual case (one question, spelled one way) skips
    the order-independent choice, and the merged attributions, valid and made
    canonical here, are not validated again.
    """
    first = claims[0]
    if all(c is first for c in claims):
        return first
    questions = (c.question for c in claims)
    spellings = {(q.subject, q.place, q.window, q.event): q for q in questions}
    if len(spellings) == 1:
        question = first.question
    else:
        # The question text may differ in case or spacing only; keep the
        # smallest rendering so that the result does not depend on the order
        # of claims.
        question = min(spellings.values(), key=lambda q: q.model_dump_json())
    attributions = canonical_attributions(a for c in claims for a in c.attributions)
    return Claim.model_construct(
        question=question, figure=first.figure, attributions=attributions
    )


class ClaimSet:
    """A collection of claims that merges repeats on insert.

    Iterates in claim-id order, so two sets built from the same claims in any
    order iterate identically.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> s = ClaimSet([Claim(question=q, figure=NumberFigure(value=86))] * 3)
        >>> len(s)
        1
    """

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        self._claims: dict[str, Claim] = {}
        self.update(claims)

    def add(self, claim: Claim) -> Claim:
        """Insert ``claim``, merging it with an existing claim of the same id.

        Returns:
            The claim as stored after merging.
        """
        key = claim.id
        current = self._claims.get(key)
        merged = claim if current is None else merge_claims(current, claim)
        self._claims[key] = merged
        return merged

    def update(self, claims: Iterable[Claim]) -> None:
        """Insert many claims (see :meth:`add`).

        Repeats are gathered first and each claim is rebuilt once with all
        its new attributions: a claim that recurs in thousands of documents
        would otherwise be rebuilt once per repeat, quadratic in its
        attributions. The result is the same as adding one by one.
        """
        groups: dict[str, list[Claim]] = {}
        for claim in claims:
            groups.setdefault(claim.id, []).append(claim)
        for key, group in groups.items():
            current = self._claims.get(key)
            if current is not None:
                group.insert(0, current)
            self._claims[key] = group[0] if len(group) == 1 else _merge_group(group)

    def __iter__(self) -> Iterator[Claim]:
        return (self._claims[k] for k in sorted(self._claims))

    def __len__(self) -> int:
        return len(self._claims)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Claim):
            return item.id in self._claims
        return item in self._claims

    def __getitem__(self, claim_id: str) -> Claim:
        return self._claims[claim_id]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClaimSet):
            return NotImplemented
        return self._claims == other._claims

    __hash__ = None  # type: ignore[assignment]  # mutable container

    def __repr__(self) -> str:
        return f"ClaimSet({len(self)} claims)"

    def _repr_html_(self) -> str:
        # Imported here: rendering is only needed in a notebook.
        from claimtrack.display import claims_html

        return claims_html(self)

    def to_pandas(self, kind: str = "claims") -> Any:
        """Return a DataFrame of the claims, or of their attributions.

        ``kind`` is ``"claims"`` or ``"attributions"``; the columns are those
        of :func:`claimtrack.tables.claim_records` and
        :func:`claimtrack.tables.attribution_records`. Needs the ``pandas`` extra.
        """
        from claimtrack.tables import to_pandas

        return to_pandas(self, kind)  # type: ignore[arg-type]

    def union(self, other: Iterable[Claim]) -> ClaimSet:
        """Return a new set with the claims of both."""
        result = ClaimSet(self)
        result.update(other)
        return result

    @property
    def attribution_count(self) -> int:
        """Return the number of attributions across all claims."""
        return sum(len(c.attributions) for c in self._claims.values())
