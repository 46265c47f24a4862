"""Text normalisation for extraction, with a map back to the original offsets.

Extraction rules match on a simplified copy of the text (ASCII digits, no
diacritics or tatweel, one kind of space) but every claim must point at the
exact characters of the original document. :class:`NormalisedText` keeps,
for each character of the simplified copy, the offset it came from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "PHRASE_BREAK",
    "SENTENCE_BREAK",
    "NormalisedText",
    "line_spans",
    "normalise_text",
    "sentence_start",
    "undot",
]

# Arabic-Indic (U+0660..) and Eastern Arabic/Persian (U+06F0..) digits.
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_SEPARATORS = {
    "\u066c": ",",  # Arabic thousands separator
    "\u066b": ".",  # Arabic decimal separator
    "\u060c": "،",  # keep the Arabic comma: it is punctuation, not a digit group
}
_SPACES = {"\u00a0", "\u2009", "\u202f", "\u2007", "\u200f", "\u200e", "\u3000"}
_DROP = {"\u0640", "\u200c", "\u200d"}  # tatweel and zero-width joiners
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
SENTENCE_BREAK = re.compile(r"[.!?؟;؛]")
"""What ends a sentence for the readers that look back within one."""
PHRASE_BREAK = re.compile(r"[.!?؟;؛,،:()]")
"""What ends a phrase: a sentence break, a comma, a colon or a bracket."""


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A simplified copy of a text and the way back to the original offsets.

    Attributes:
        text: The simplified text (ASCII digits, no diacritics or tatweel,
            non-breaking and thin spaces as plain spaces).
        offsets: ``offsets[i]`` is the offset in the original text of
            ``text[i]``; one extra entry at the end is the original length.

    Examples:
        >>> n = normalise_text("نحو ٢٬٥٠٠ جندي")
        >>> n.text
        'نحو 2,500 جندي'
        >>> n.to_original(4, 9)
        (4, 9)
    """

    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the simplified text to the original.

        Args:
            start: Start offset in :attr:`text`.
            end: End offset (exclusive) in :attr:`text`.

        Returns:
            The ``(start, end)`` span of the same characters in the original.

        Examples:
            >>> normalise_text("أَكْثَرُ من 60").to_original(0, 4)
            (0, 8)
        """
        # Ending at the next kept character's offset keeps the diacritics and
        # tatweel that follow the last kept letter inside the span.
        return self.offsets[start], max(self.offsets[start], self.offsets[end])


def _build() -> tuple[dict[int, str | None], re.Pattern[str]]:
    # One translate table for the whole BMP; the characters that do not map to
    # exactly one character (dropped marks, expanding presentation forms) are
    # the only places where offsets shift, and a regex finds them quickly.
    table: dict[int, str | None] = {}
    irregular: list[str] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if ch in _DROP or (unicodedata.category(ch) == "Mn"):
            table[cp] = None
            irregular.append(ch)
        elif ch in _DIGITS:
            table[cp] = _DIGITS[ch]
        elif ch in _SEPARATORS:
            table[cp] = _SEPARATORS[ch]
        elif ch in _SPACES:
            table[cp] = " "
        elif _PRESENTATION.match(ch):
            mapped = unicodedata.normalize("NFKC", ch)
            table[cp] = mapped
            if len(mapped) != 1:
                irregular.append(ch)
    pattern = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
    return table, pattern


_TABLE, _IRREGULAR = _build()
# str.translate looks every character up in the table; a regex that visits
# only the characters that change is several times faster on news text.
_CHANGING = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def _replace(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())] or ""


# Numbers, dates and attribution each normalise the same document: keep the
# last few (the result is immutable).
@functools.lru_cache(maxsize=8)
def normalise_text(text: str) -> NormalisedText:
    """Simplify ``text`` for matching, keeping a map to original offsets.

    Digits of every script become ASCII; Arabic separators become ``,`` and
    ``.``; diacritics (harakat), tatweel and zero-width joiners are removed;
    unusual spaces become a plain space. Letters are otherwise kept, so that
    hamza forms and ta marbuta stay visible to the grammar.

    Args:
        text: The original text.

    Returns:
        The simplified text with its offset map.

    Notes:
        O(n) with one ``str.translate`` pass; offsets are computed piecewise
        between the few characters that do not map one-to-one.

    Examples:
        >>> normalise_text("۲۵۰۰\u00a0جندی").text
        '2500 جندی'
        >>> n = normalise_text("تاريخًا 2024")
        >>> n.text, n.to_original(7, 11)
        ('تاريخا 2024', (8, 12))
    """
    out = _CHANGING.sub(_replace, text)
    offsets: list[int] = []
    pos = 0
    for m in _IRREGULAR.finditer(text):
        i = m.start()
        offsets.extend(range(pos, i))
        mapped = _TABLE.get(ord(text[i]))
        if mapped:
            offsets.extend([i] * len(mapped))
        pos = i + 1
    offsets.extend(range(pos, len(text) + 1))
    return NormalisedText(out, tuple(offsets))


def line_spans(text: str) -> list[tuple[int, int]]:
    r"""The ``(start, end)`` of each line of ``text``, newlines left out.

    Examples:
        >>> line_spans("ab\n\ncd")
        [(0, 2), (3, 3), (4, 6)]
    """
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def undot(text: str) -> str:
    """Blank the stops of initialisms ("U.S.", "U.N."), keeping every offset.

    Their stops end no sentence and no phrase.

    Examples:
        >>> undot("12 attacks on U.S. bases.")
        '12 attacks on U S  bases.'
    """
    return _INITIALISM.sub(lambda m: m[0].replace(".", " "), text)


def sentence_start(text: str, at: int, reach: int = 200) -> int:
    """Where the sentence holding ``at`` starts, looking back at most ``reach``.

    The stops of initialisms ("U.S.") end no sentence.

    Examples:
        >>> t = "It ended. The U.S. will cut troops"
        >>> t[sentence_start(t, len(t)) :]
        ' The U.S. will cut troops'
    """
    floor = max(0, at - reach)
    found = [b.end() for b in SENTENCE_BREAK.finditer(undot(text[floor:at]))]
    return floor + found[-1] if found else floor
