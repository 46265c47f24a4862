"""Documents in: plain text, folders, corpus manifests, JSON Lines and HTML.

Each loader yields :class:`~claimtrack.document.Document` objects. A problem
with one document (missing file, binary, wrong encoding, unknown language,
bad metadata) never stops the run: with ``on_error="skip"`` (the default for
folders) it is reported as a :class:`~claimtrack.errors.ClaimtrackWarning`
naming the document, and the document is skipped or loaded with what is known.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from claimtrack.document import Document, Source
from claimtrack.errors import ClaimtrackWarning, ExtractionError, MissingExtra

__all__ = ["detect_language", "iter_documents", "load_document", "read_manifest"]

OnError = Literal["raise", "skip"]
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[A-Za-z']+")
# Frequent English function words: a text in Latin script with few of them
# is not English, and claimtrack's grammar would read it wrongly.
_EN_STOP = frozenset(
    "the of and to in a is that for on was with as by at from said it his are be "
    "has have were an will its their which this not but or had been after who "
    "about than more would could also told says over into last they he she we "
    "there some".split()
)


def detect_language(text: str) -> str | None:
    """Guess the language of a text: ``"ar"``, ``"en"`` or ``None`` (unknown).

    Arabic script decides Arabic; Latin script decides English only when
    English function words are frequent, so French or Turkish is not misread.

    Examples:
        >>> detect_language("قال المسؤول إن نحو 2500 جندي بقوا")
        'ar'
        >>> detect_language(
        ...     "The officials said that about 2,500 troops remain in the country."
        ... )
        'en'
        >>> detect_language("Les responsables ont dit que les troupes restent.") is None
        True
    """
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic == 0 and latin == 0:
        return None
    if arabic >= latin:
        return "ar"
    words = [w.lower() for w in _WORD.findall(text)]
    if words and sum(w in _EN_STOP for w in words) / len(words) >= 0.08:
        return "en"
    return None


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError("binary file, not text", document=where)
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionError(
        "not UTF-8 text (re-encode it as UTF-8, e.g. iconv -f cp1256 -t utf-8)",
        document=where,
    )


def _html(raw: str, where: str) -> tuple[str, date | None, str | None]:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtra("trafilatura", extra="html") from None
    result = trafilatura.bare_extraction(raw, with_metadata=True)
    if result is None or not result.text:
        raise ExtractionError("no main text found in the HTML page", document=where)
    published = None
    if result.date:
        try:
            published = date.fromisoformat(result.date[:10])
        except ValueError:
            published = None
    return result.text, published, result.title


def load_document(
    path: str | Path,
    *,
    id: str | None = None,
    source: Source | None = None,
    published: date | None = None,
    published_basis: str | None = None,
    lang: str | None = None,
    title: str | None = None,
    url: str | None = None,
    cites: tuple[Source, ...] = (),
) -> Document:
    """Load one text or HTML file as a document.

    Args:
        path: A ``.txt``/``.md`` file (or any UTF-8 text) or an HTML page.
        id: Document id; the file name by default.
        source: The outlet, if known.
        published: Publication date; for HTML, read from the page if not given.
        published_basis: How the date is known.
        lang: ``"ar"``, ``"en"``; detected from the text when not given.
        title: Headline; for HTML, read from the page.
        url: Where it was published.
        cites: Sources the document is known to relay.

    Returns:
        The document, with its text.

    Raises:
        ExtractionError: for a missing, empty, binary or undecodable file, or a
            language claimtrack cannot read; the message names the file.
        MissingExtra: for HTML without the ``html`` extra installed.
    """
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(exc.strerror or str(exc), document=where) from exc
    text = _decode(data, where)
    basis = published_basis
    if path.suffix.lower() in _HTML_SUFFIXES:
        text, page_date, page_title = _html(text, where)
        if published is None and page_date is not None:
            published, basis = page_date, basis or "read from the HTML page"
        title = title or page_title
    if not text.strip():
        raise ExtractionError("empty document", document=where)
    detected = lang or detect_language(text)
    if detected not in ("ar", "en"):
        raise ExtractionError(
            f"language {detected or 'unknown'!s} is not supported"
            " (Arabic and English are)",
            document=where,
        )
    return Document(
        id=id or path.name,
        source=source,
        url=url,
        title=title,
        published=published,
        published_basis=basis,
        lang=detected,
        text=text,
        cites=cites,
    )


def _report(error: Exception, on_error: OnError) -> None:
    if on_error == "raise":
        raise error
    warnings.warn(f"skipped {error}", ClaimtrackWarning, stacklevel=3)


def _manifest_entry(entry: dict[str, Any], base: Path, number: int) -> dict[str, Any]:
    """Turn one manifest entry into load_document arguments, keeping what is valid."""
    where = f"{base / 'index.json'} entry {number}"
    if entry.get("file"):
        where += f" ({entry['file']})"
    args: dict[str, Any] = {}
    outlet = entry.get("outlet")
    if outlet:
        names = {"en": outlet} | (
            {"ar": entry["outlet_ar"]} if entry.get("outlet_ar") else {}
        )
        args["source"] = Source(name=outlet, names=names)
    if entry.get("published"):
        try:
            args["published"] = date.fromisoformat(str(entry["published"]))
            args["published_basis"] = entry.get("published_basis")
        except ValueError:
            warnings.warn(
                f"{where}: published {entry['published']!r} is not an ISO date; "
                "loading without a publication date",
                ClaimtrackWarning,
                stacklevel=4,
            )
    cites = entry.get("cites") or []
    if isinstance(cites, list):
        args["cites"] = tuple(Source(name=str(c)) for c in cites if c)
    if entry.get("language"):
        args["lang"] = entry["language"]
    for key in ("title", "url"):
        if entry.get(key):
            args[key] = entry[key]
    return args


def read_manifest(folder: str | Path) -> list[tuple[Path, dict[str, Any]]]:
    """Read a corpus folder's ``index.json``: files and their metadata.

    The manifest is a JSON list of objects with ``file`` and optionally
    ``outlet``, ``outlet_ar``, ``language``, ``published``,
    ``published_basis``, ``cites``, ``title`` and ``url``.

    Returns:
        ``(path, load_document arguments)`` per entry, in manifest order.

    Raises:
        ExtractionError: if the manifest is not a JSON list of objects.
    """
    folder = Path(folder)
    manifest = folder / "index.json"
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractionError(
            f"unreadable manifest: {exc}", document=str(manifest)
        ) from exc
    if not isinstance(entries, list):
        raise ExtractionError("manifest must be a JSON list", document=str(manifest))
    out = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("file"):
            warnings.warn(
                f"{manifest} entry {number}: no 'file'; skipped",
                ClaimtrackWarning,
                stacklevel=2,
            )
            continue
        out.append(
            (folder / str(entry["file"]), _manifest_entry(entry, folder, number))
        )
    return out


def _jsonl_documents(path: Path, on_error: OnError) -> Iterator[Document]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        _report(ExtractionError(str(exc), document=str(path)), on_error)
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = Document.model_validate_json(line)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            _report(
                ExtractionError(
                    f"{field}: {first['msg']}", document=f"{path}:{number}"
                ),
                on_error,
            )
            continue
        if not doc.text or not doc.text.strip():
            _report(
                ExtractionError("empty text", document=f"{path}:{number}"), on_error
            )
            continue
        if doc.lang is None:
            doc = doc.model_copy(update={"lang": detect_language(doc.text)})
        yield doc


def _is_document_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in _TEXT_SUFFIXES | _HTML_SUFFIXES or suffix == ".jsonl"


def iter_documents(
    paths: Iterable[str | Path], *, on_error: OnError = "skip"
) -> Iterator[Document]:
    """Yield documents from files and folders.

    A folder with an ``index.json`` manifest is read through it (outlet,
    language, date, title per file); any other folder yields its text, HTML and
    JSONL files in name order. A ``.jsonl`` file holds one
    :class:`~claimtrack.document.Document` per line.

    Args:
        paths: Files and folders.
        on_error: ``"skip"`` warns per bad document and goes on; ``"raise"``
            stops at the first.

    Yields:
        Documents with their text.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            if (path / "index.json").is_file():
                try:
                    entries = read_manifest(path)
                except ExtractionError as exc:
                    _report(exc, on_error)
                    continue
            else:
                entries = [
                    (p, {}) for p in sorted(path.iterdir()) if _is_document_file(p)
                ]
            for file, args in entries:
                yield from _one(file, args, on_error)
        else:
            yield from _one(path, {}, on_error)


def _one(path: Path, args: dict[str, Any], on_error: OnError) -> Iterator[Document]:
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_documents(path, on_error)
        return
    try:
        yield load_document(path, **args)
    except ExtractionError as exc:
        _report(exc, on_error)
