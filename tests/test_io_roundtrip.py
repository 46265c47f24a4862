"""Claim files: exact round trips, and errors that name path, line and field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.io import dump_claims
from tests.strategies import claims

claim_lists = st.lists(claims(max_attributions=2), max_size=4)
tmp_ok = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def without_text(claim: ct.Claim) -> ct.Claim:
    """Return the claim as it reads back from a file saved without texts."""
    data = claim.model_dump(mode="json")
    for att, original in zip(data["attributions"], claim.attributions, strict=True):
        att["document"]["text"] = None
        att["span"]["text"] = original.evidence
    return ct.Claim.model_validate(data)


@tmp_ok
@given(claim_lists)
def test_round_trip_with_texts_is_exact(tmp_path: Path, items: list[ct.Claim]) -> None:
    path = tmp_path / "claims.jsonl"
    assert ct.save_claims(items, path, include_text=True) == len(items)
    assert ct.load_claims(path) == items


@tmp_ok
@given(claim_lists)
def test_round_trip_without_texts_keeps_evidence(
    tmp_path: Path, items: list[ct.Claim]
) -> None:
    path = tmp_path / "claims.jsonl"
    ct.save_claims(items, path)
    loaded = ct.load_claims(path)
    assert loaded == [without_text(c) for c in items]
    for before, after in zip(items, loaded, strict=True):
        assert after.id == before.id
        assert [a.evidence for a in after.attributions] == [
            a.evidence for a in before.attributions
        ]


@given(claim_lists)
def test_dump_writes_one_utf8_line_per_claim(items: list[ct.Claim]) -> None:
    out = io.StringIO()
    assert dump_claims(items, out, include_text=True) == len(items)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(items)
    assert list(ct.iter_claims(lines)) == items


def test_saved_file_is_readable_utf8(
    tmp_path: Path, troop_claims: list[ct.Claim]
) -> None:
    path = tmp_path / "troops.jsonl"
    ct.save_claims(troop_claims, path)
    text = path.read_text(encoding="utf-8")
    assert "عنب بلدي" in text  # not \\u-escaped
    assert all(json.loads(line) for line in text.splitlines())


def test_blank_lines_are_ignored(tmp_path: Path, troop_claims: list[ct.Claim]) -> None:
    path = tmp_path / "claims.jsonl"
    ct.save_claims(troop_claims, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n" + "\n\n".join(lines) + "\n\n", encoding="utf-8")
    assert len(ct.load_claims(path)) == len(troop_claims)


# Errors ------------------------------------------------------------------------


def _good_line(claim: ct.Claim) -> str:
    return claim.model_dump_json()


def _bad_hedge_line(claim: ct.Claim) -> str:
    data = json.loads(claim.model_dump_json())
    data["figure"]["hedge"] = "roughly"
    return json.dumps(data, ensure_ascii=False)


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_bad_field_names_path_line_and_field(
    tmp_path: Path, troop_claims: list[ct.Claim]
) -> None:
    good, other = troop_claims
    path = write(tmp_path / "c.jsonl", [_good_line(good), _bad_hedge_line(other)])
    with pytest.raises(ct.InvalidRecord) as info:
        ct.load_claims(path)
    error = info.value
    assert error.where == str(path)
    assert error.line == 2
    assert error.field is not None
    assert error.field.startswith("figure")
    assert error.field.endswith("hedge")
    assert str(error).startswith(f"{path}:2: figure.")
    assert "hedge" in str(error)
    assert isinstance(error, ct.InvalidInput)
    assert isinstance(error, ValueError)


def test_semantic_error_names_the_figure(
    tmp_path: Path, troop_claims: list[ct.Claim]
) -> None:
    data = json.loads(troop_claims[0].model_dump_json())
    data["figure"] = {"kind": "number", "low": 20, "high": 10, "hedge": "range"}
    path = write(tmp_path / "c.jsonl", [json.dumps(data)])
    with pytest.raises(ct.InvalidRecord, match=r"c\.jsonl:1: figure.*low \(20\)"):
        ct.load_claims(path)


def test_missing_field_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", ['{"figure": {"kind": "number", "value": 1}}'])
    with pytest.raises(ct.InvalidRecord) as info:
        ct.load_claims(path)
    assert info.value.field == "question"
    assert info.value.line == 1


def test_invalid_json(tmp_path: Path, troop_claims: list[ct.Claim]) -> None:
    path = write(
        tmp_path / "c.jsonl", [_good_line(troop_claims[0]), "", '{"question": [}']
    )
    with pytest.raises(ct.InvalidRecord) as info:
        ct.load_claims(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3: ")
    assert "JSON" in str(info.value)


def test_skip_warns_per_bad_line_and_keeps_the_rest(
    tmp_path: Path, troop_claims: list[ct.Claim], mission_claims: list[ct.Claim]
) -> None:
    lines = [
        _good_line(troop_claims[0]),
        "not json at all",
        _bad_hedge_line(troop_claims[1]),
        _good_line(mission_claims[0]),
    ]
    path = write(tmp_path / "c.jsonl", lines)
    with pytest.warns(ct.ClaimtrackWarning) as record:
        loaded = ct.load_claims(path, on_error="skip")
    assert loaded == [troop_claims[0], mission_claims[0]]
    messages = [str(w.message) for w in record]
    assert len(messages) == 2
    assert f"{path}:2:" in messages[0]
    assert f"{path}:3: figure." in messages[1]


def test_skip_without_bad_lines_does_not_warn(
    tmp_path: Path, troop_claims: list[ct.Claim]
) -> None:
    path = tmp_path / "c.jsonl"
    ct.save_claims(troop_claims, path)
    # filterwarnings=error: any warning here would fail the test.
    assert len(ct.load_claims(path, on_error="skip")) == 2


def test_raise_stops_at_the_first_bad_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", ["[1]", "{oops"])
    with pytest.raises(ct.InvalidRecord) as info:
        ct.load_claims(path)
    assert info.value.line == 1


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"question": "caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(ct.InvalidRecord, match="UTF-8") as info:
        ct.load_claims(path)
    assert info.value.where == str(path)


def test_utf8_with_byte_order_mark(
    tmp_path: Path, troop_claims: list[ct.Claim]
) -> None:
    path = tmp_path / "from-a-spreadsheet.jsonl"
    text = "".join(_good_line(c) + "\n" for c in troop_claims)
    path.write_text(text, encoding="utf-8-sig")
    assert ct.load_claims(path) == troop_claims


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.jsonl"
    with pytest.raises(ct.InvalidRecord) as info:
        ct.load_claims(path)
    assert info.value.where == str(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ct.ClaimtrackError)


def test_iter_claims_names_its_source() -> None:
    with pytest.raises(ct.InvalidRecord, match=r"^pasted:1: question: "):
        list(ct.iter_claims(['{"question": 1}'], where="pasted"))
