"""The exception tree of claimtrack.

Every error the library raises on purpose derives from :class:`ClaimtrackError`
and also from the builtin a caller would naturally catch::

    ClaimtrackError(Exception)
    ├── InvalidInput(ClaimtrackError, ValueError)   .where .line .field .value
    │   ├── InvalidFigure     low > high, negative count, unknown hedge, impossible date
    │   ├── InvalidSpan       evidence span outside the document
    │   └── InvalidRecord     a bad JSONL line or table row
    ├── MergeError(ClaimtrackError, ValueError)     different questions or figures
    ├── ExtractionError(ClaimtrackError)            carries document id + offset
    └── MissingExtra(ClaimtrackError, ImportError)  names the pip extra
    ClaimtrackWarning(UserWarning)                  degraded but continuing

Constructing a model directly raises pydantic's ``ValidationError`` (itself a
``ValueError``) whose message is ours; see ``docs/errors.md``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ClaimtrackError",
    "ClaimtrackWarning",
    "ExtractionError",
    "InvalidFigure",
    "InvalidInput",
    "InvalidRecord",
    "InvalidSpan",
    "MergeError",
    "MissingExtra",
]


class ClaimtrackError(Exception):
    """Root of every error claimtrack raises on purpose.

    Examples:
        >>> issubclass(InvalidFigure, ClaimtrackError)
        True
    """


class InvalidInput(ClaimtrackError, ValueError):
    """Input that claimtrack refuses, with where it came from.

    Args:
        message: What is wrong, in a sentence.
        where: The file path or document id.
        line: The 1-based line number, when the input is a file.
        field: The field (dotted path) at fault.
        value: The offending value.

    Examples:
        >>> str(
        ...     InvalidInput(
        ...         "not a number", where="c.jsonl", line=3, field="figure.low"
        ...     )
        ... )
        'c.jsonl:3: figure.low: not a number'
    """

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        line: int | None = None,
        field: str | None = None,
        value: Any = None,
    ) -> None:
        self.message = message
        self.where = where
        self.line = line
        self.field = field
        self.value = value
        super().__init__(self._render())

    def _render(self) -> str:
        prefix = ""
        if self.where is not None:
            prefix = self.where if self.line is None else f"{self.where}:{self.line}"
            prefix += ": "
        elif self.line is not None:
            prefix = f"line {self.line}: "
        if self.field:
            prefix += f"{self.field}: "
        return prefix + self.message


class InvalidFigure(InvalidInput):
    """A figure that cannot denote anything (low > high, negative count, bad date)."""


class InvalidSpan(InvalidInput):
    """An evidence span that does not lie inside its document."""


class InvalidRecord(InvalidInput):
    """A record in a file (JSONL line, TSV row, manifest entry) that does not parse."""


class MergeError(ClaimtrackError, ValueError):
    """Two claims that cannot be merged: other questions or other figures."""


class ExtractionError(ClaimtrackError):
    """Extraction failed on one document.

    Args:
        message: What went wrong.
        document: The document id.
        offset: The character offset where it went wrong, if known.

    Examples:
        >>> str(ExtractionError("empty text", document="a.txt"))
        'a.txt: empty text'
    """

    def __init__(
        self, message: str, *, document: str | None = None, offset: int | None = None
    ) -> None:
        self.document = document
        self.offset = offset
        where = document or "document"
        if offset is not None:
            where += f"@{offset}"
        super().__init__(f"{where}: {message}")


class MissingExtra(ClaimtrackError, ImportError):
    """An optional dependency is not installed.

    Examples:
        >>> str(MissingExtra("pandas", extra="pandas"))
        "pandas is needed here: pip install 'claimtrack[pandas]'"
    """

    def __init__(self, package: str, *, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"{package} is needed here: pip install 'claimtrack[{extra}]'")


class ClaimtrackWarning(UserWarning):
    """Something was degraded but the run continues (a skipped line, a guess)."""
