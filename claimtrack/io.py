"""Claim files: JSON Lines in and out, with errors that name the line.

One claim per line, in the schema of :class:`claimtrack.Claim` (see
``docs/jsonl.md``). Loading never drops a line silently: bad lines raise, or
with ``on_error="skip"`` are counted and warned about.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from pydantic import ValidationError

from claimtrack.claim import Claim
from claimtrack.errors import ClaimtrackWarning, InvalidRecord

__all__ = ["dump_claims", "iter_claims", "load_claims", "save_claims"]


def _field(error: ValidationError) -> tuple[str, str]:
    first = error.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    return loc, message


def iter_claims(
    lines: Iterable[str],
    *,
    where: str = "<input>",
    on_error: Literal["raise", "skip"] = "raise",
) -> Iterator[Claim]:
    """Parse claims from JSONL lines.

    Args:
        lines: The lines (blank lines are ignored).
        where: The file name to put in error messages.
        on_error: ``"raise"`` stops at the first bad line; ``"skip"`` warns
            with a :class:`ClaimtrackWarning` per bad line and goes on.

    Yields:
        Each claim, in file order.

    Raises:
        InvalidRecord: on a bad line, naming ``where``, the line and field.

    Examples:
        >>> list(iter_claims(['{"question": 1}'], where="c.jsonl"))
        Traceback (most recent call last):
        ...
        claimtrack.errors.InvalidRecord: c.jsonl:1: question: Input should be an object
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Claim.model_validate_json(line)
        except ValidationError as exc:
            field, message = _field(exc)
            error = InvalidRecord(message, where=where, line=number, field=field)
            if on_error == "raise":
                raise error from exc
            warnings.warn(f"skipped {error}", ClaimtrackWarning, stacklevel=2)


def load_claims(
    path: str | Path, *, on_error: Literal["raise", "skip"] = "raise"
) -> list[Claim]:
    """Load claims from a JSON Lines file.

    Args:
        path: The file.
        on_error: ``"raise"`` or ``"skip"`` (see :func:`iter_claims`).

    Returns:
        The claims in file order (repeats are not merged; wrap in
        :class:`claimtrack.ClaimSet` to merge).

    Raises:
        InvalidRecord: on a bad line or unreadable file.
    """
    path = Path(path)
    try:
        # utf-8-sig: files saved by spreadsheet tools start with a BOM.
        with path.open(encoding="utf-8-sig") as fh:
            return list(iter_claims(fh, where=str(path), on_error=on_error))
    except UnicodeDecodeError as exc:
        raise InvalidRecord(f"not UTF-8 text ({exc.reason})", where=str(path)) from exc
    except OSError as exc:
        raise InvalidRecord(exc.strerror or str(exc), where=str(path)) from exc


def dump_claims(
    claims: Iterable[Claim], out: IO[str], *, include_text: bool = False
) -> int:
    """Write claims as JSON Lines to an open text stream.

    Args:
        claims: The claims.
        out: A writable text stream.
        include_text: Keep each document's full text (large); by default it is
            dropped and evidence spans keep their own text.

    Returns:
        The number of lines written.
    """
    count = 0
    for claim in claims:
        data = claim.model_dump(mode="json", exclude_defaults=False)
        if not include_text:
            atts = zip(data["attributions"], claim.attributions, strict=True)
            for att, original in atts:
                att["document"]["text"] = None
                # The evidence outlives the text: the span keeps its own copy.
                att["span"]["text"] = original.evidence
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def save_claims(
    claims: Iterable[Claim], path: str | Path, *, include_text: bool = False
) -> int:
    """Save claims to a JSON Lines file (UTF-8, one claim per line).

    Returns:
        The number of claims written.

    Examples:
        >>> import tempfile, os
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> c = Claim(
        ...     question=Question(subject="seats", property="count"),
        ...     figure=NumberFigure(value=16),
        ... )
        >>> path = os.path.join(tempfile.mkdtemp(), "c.jsonl")
        >>> save_claims([c], path)
        1
        >>> load_claims(path) == [c]
        True
    """
    with Path(path).open("w", encoding="utf-8") as fh:
        return dump_claims(claims, fh, include_text=include_text)
