"""Flat tables of claims and attributions: rows for pandas, CSV or a database.

Each function returns plain dicts (one per claim, or one per attribution)
whose keys are the documented columns; :func:`to_pandas` wraps them in a
DataFrame when the ``pandas`` extra is installed. Numbers and dates have
their own bound columns, so that every column has one type (Parquet needs it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Any, Literal

from claimtrack.claim import Attribution, Claim
from claimtrack.compare import raw_bounds
from claimtrack.errors import MissingExtra

__all__ = ["attribution_records", "claim_records", "to_pandas"]

Kind = Literal["claims", "attributions"]


def _number(x: float, kind: str) -> float | None:
    if kind == "time" or not math.isfinite(x):
        return None  # an open end: "more than 60" has no upper bound
    return x


def _date(x: float, kind: str) -> str | None:
    if kind != "time" or not math.isfinite(x):
        return None
    return date.fromordinal(int(x)).isoformat()


def _claim_columns(claim: Claim) -> dict[str, Any]:
    figure = claim.figure
    bounds = raw_bounds(figure)
    nan = (math.nan, math.nan)
    strict, pragmatic = bounds if bounds is not None else (nan, nan)
    row = {
        "claim_id": claim.id,
        "question": str(claim.question),
        "question_key": claim.question.key,
        "figure": str(figure),
        "figure_kind": figure.kind,
        "hedge": figure.hedge.value,
        "unit": getattr(figure, "unit", None),
    }
    for reading, (lo, hi) in (("strict", strict), ("pragmatic", pragmatic)):
        row[f"{reading}_low"] = _number(lo, figure.kind)
        row[f"{reading}_high"] = _number(hi, figure.kind)
        row[f"{reading}_from"] = _date(lo, figure.kind)
        row[f"{reading}_to"] = _date(hi, figure.kind)
    return row


def claim_records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Return one row per claim.

    Columns: ``claim_id question question_key figure figure_kind hedge unit``,
    the bounds of the figure under each reading — ``strict_low strict_high
    pragmatic_low pragmatic_high`` for numbers, ``strict_from strict_to
    pragmatic_from pragmatic_to`` (ISO dates) for times, None for an open
    end — then ``outlets`` and ``speakers`` ("; "-joined), ``attributions`` and
    ``origins`` (counts of occurrences and of independent origins).

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> row = claim_records([Claim(question=q, figure=NumberFigure(value=86))])[0]
        >>> row["figure"], row["pragmatic_low"], row["attributions"]
        ('86', 86.0, 0)
    """
    rows = []
    for claim in claims:
        row = _claim_columns(claim)
        row["outlets"] = "; ".join(claim.outlets)
        row["speakers"] = "; ".join(
            sorted({str(a.speaker) for a in claim.attributions})
        )
        row["attributions"] = len(claim.attributions)
        row["origins"] = len(claim.origins)
        rows.append(row)
    return rows


def _attribution_columns(a: Attribution) -> dict[str, Any]:
    return {
        "attribution_id": a.id,
        "document_id": a.document.id,
        "outlet": a.document.outlet_name,
        "published": a.document.published.isoformat() if a.document.published else None,
        "as_of": a.when.isoformat() if a.when else None,
        "speaker": str(a.speaker),
        "speaker_kind": a.speaker.kind.value,
        "citation_chain": " ← ".join(s.name for s in a.citation_chain),
        "origin": a.origin,
        "stance": a.stance.value,
        "span_start": a.span.start,
        "span_end": a.span.end,
        "evidence": a.span.text,
    }


def attribution_records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Return one row per attribution: where, who and through whom a claim was said.

    Columns: the claim columns of :func:`claim_records` (without the counts),
    then ``attribution_id document_id outlet published as_of speaker
    speaker_kind citation_chain origin stance span_start span_end evidence``.
    ``as_of`` is the date the figure speaks of (the stated date, else the
    publication date); ``citation_chain`` is nearest-first, "← "-joined.

    Examples:
        >>> from claimtrack import load_claims
        >>> rows = attribution_records(load_claims("examples/coalition/claims.jsonl"))
        >>> len(rows) >= 57 and {"outlet", "evidence", "speaker"} <= set(rows[0])
        True
    """
    return [
        _claim_columns(claim) | _attribution_columns(a)
        for claim in claims
        for a in claim.attributions
    ]


def to_pandas(claims: Iterable[Claim], kind: Kind = "claims") -> Any:
    """Return a pandas DataFrame of claims or of attributions.

    Args:
        claims: Claims or a :class:`claimtrack.ClaimSet`.
        kind: ``"claims"`` (:func:`claim_records`) or ``"attributions"``
            (:func:`attribution_records`).

    Raises:
        MissingExtra: if pandas is not installed.
        ValueError: for another ``kind``.
    """
    records = {"claims": claim_records, "attributions": attribution_records}
    if kind not in records:
        raise ValueError(f"kind must be 'claims' or 'attributions', not {kind!r}")
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtra("pandas", extra="pandas") from None
    return pd.DataFrame(records[kind](claims))
