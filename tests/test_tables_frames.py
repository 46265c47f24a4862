"""Claim and attribution tables: one row each, documented columns, CSV round trip."""

from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.tables import attribution_records, claim_records

EXAMPLE = (
    Path(__file__).resolve().parents[1] / "examples" / "coalition" / "claims.jsonl"
)


@pytest.fixture(scope="module")
def claims() -> ct.ClaimSet:
    return ct.ClaimSet(ct.load_claims(EXAMPLE))


def test_one_row_per_claim_and_per_attribution(claims: ct.ClaimSet) -> None:
    assert len(claim_records(claims)) == len(claims)
    rows = attribution_records(claims)
    assert len(rows) == claims.attribution_count
    assert {r["claim_id"] for r in rows} == {c.id for c in claims}


def test_bounds_follow_the_readings(claims: ct.ClaimSet) -> None:
    rows = {r["figure"]: r for r in claim_records(claims)}
    more = rows["more than 60 countries"]
    assert more["strict_low"] > 60
    assert more["strict_high"] is None  # open above, read literally
    assert more["pragmatic_high"] < 86  # but nobody says "more than 60" for 86
    deadline = next(r for r in rows.values() if r["figure_kind"] == "time")
    assert isinstance(deadline["pragmatic_from"], str)  # ISO date
    assert deadline["pragmatic_low"] is None


def test_frames_round_trip_through_csv(claims: ct.ClaimSet, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = claims.to_pandas("attributions")
    frame.to_csv(tmp_path / "a.csv", index=False)
    again = pd.read_csv(tmp_path / "a.csv", keep_default_na=False)
    assert list(again.columns) == list(frame.columns)
    assert len(again) == len(frame)
    assert list(again["span_start"]) == list(frame["span_start"])
    assert list(again["outlet"]) == list(frame["outlet"])
    with pytest.raises(ValueError, match="kind"):
        claims.to_pandas("outlets")


def test_frames_round_trip_through_parquet(claims: ct.ClaimSet, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = claims.to_pandas("claims")
    frame.to_parquet(tmp_path / "c.parquet")
    again = pd.read_parquet(tmp_path / "c.parquet")
    assert again["claim_id"].tolist() == frame["claim_id"].tolist()
    assert again["figure"].tolist() == frame["figure"].tolist()
