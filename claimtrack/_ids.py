"""Content hashes: ids that depend on what a record says, never on order."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["content_id", "fold", "slugify"]

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def content_id(*parts: str, length: int = 16) -> str:
    """Hash ``parts`` into a short, stable hexadecimal id.

    Examples:
        >>> content_id("a", "b") == content_id("a", "b") != content_id("ab")
        True
    """
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return digest.hexdigest()[:length]


def fold(text: str) -> str:
    """Fold case, compatibility forms and spacing, for keys that must not drift.

    Examples:
        >>> fold("  US  Troops ")
        'us troops'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def slugify(text: str) -> str:
    """Make a readable id from a name ("The National" → ``the-national``).

    Examples:
        >>> slugify("The New York Times"), slugify("عنب بلدي")
        ('the-new-york-times', 'عنب-بلدي')
    """
    return _NON_WORD.sub("-", fold(text)).strip("-") or content_id(text, length=8)
