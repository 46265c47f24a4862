"""Sentence splitting for Arabic and English news text.

This module owns cutting a document into sentences: at line breaks (each
line of a news page is a paragraph, a headline or a caption) and at sentence
punctuation (. ! ? ؟ ; ؛ …) followed by a space. It keeps together what a
naive split would break: decimals (2.5), initials and common abbreviations
(U.S., Gen.), an elided "(..)" inside a quote, and a quotation whose closing
mark comes later on the same line.
"""

from __future__ import annotations

import re

from claimtrack.extract.text import normalise_text

__all__ = ["split_sentences"]

# Punctuation that ends a sentence, with the closing quotes or brackets that
# hug it, when a space or the end of the line follows.
_END = re.compile(r"[.!?؟;؛…]+[\"”“»’')\]]*(?=\s|$)")
_QUOTE_TOGGLES = frozenset('"“”')
# A word right before a full stop that makes it an abbreviation's, not an end.
_ABBREVIATION = re.compile(
    r"(?i:mr|mrs|ms|dr|gen|lt|col|sgt|maj|capt|st|jr|sr|vs|etc|no|inc|co|corp|rep"
    r"|sen|gov|prof|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|approx|est|[a-z])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")
# A lone Arabic letter before a full stop abbreviates a title: د. (doctor),
# م. (engineer), أ.ح. (staff); no Arabic sentence ends on one.
_ARABIC_LETTER_BEFORE = re.compile(r"(?<!\w)[\u0621-\u064a]$")
_NEXT_CHAR = re.compile(r"\s*(\S)")
BULLETS = "•▪■●◾◼◦‣"  # marks that open a list's items
_BULLET = re.compile(f"[{BULLETS}]")
# How far ahead a closing quote may be for a stop inside it to be skipped.
_QUOTE_REACH = 400


def _inside_quote(text: str, line_start: int, pos: int) -> bool:
    segment = text[line_start:pos]
    toggles = sum(segment.count(q) for q in _QUOTE_TOGGLES)
    return toggles % 2 == 1 or segment.count("«") > segment.count("»")


def _is_stop(text: str, m: re.Match[str], line_start: int, line_end: int) -> bool:
    start, end = m.start(), m.end()
    if start > line_start and text[start - 1] == "(":
        return False  # "(..)" marks an elision, not the end of a sentence
    if m.group() == ".":
        word = _WORD_BEFORE.search(text, line_start, start)
        if word and _ABBREVIATION.fullmatch(word.group(1)):
            return False  # U.S. / J. Smith / Gen. Austin
        if _ARABIC_LETTER_BEFORE.search(text, line_start, start):
            return False  # د. محمد / اللواء أ.ح. مجدي
    after = _NEXT_CHAR.match(text, end, line_end)
    if after and after.group(1).islower():
        return False  # "e.g. this" / "approx. 5": English sentences start upper
    if _inside_quote(text, line_start, end):
        # Keep a quotation whole when it closes later on this line.
        ahead = text[end : min(line_end, end + _QUOTE_REACH)]
        if any(q in ahead for q in (*_QUOTE_TOGGLES, "»")):
            return False
    return True


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split already normalised text into sentence spans of that text.

    Args:
        text: Text as returned by :func:`claimtrack.extract.text.normalise_text`
            (or any text: no normalisation is assumed beyond line breaks).

    Returns:
        ``(start, end)`` spans in order, trimmed of whitespace, that do not
        overlap and cover every non-space character.

    Examples:
        >>> t = "Officials said 2.5 million. Others disagreed!"
        >>> [t[a:b] for a, b in split_spans(t)]
        ['Officials said 2.5 million.', 'Others disagreed!']

    Notes:
        O(n) in the length of the text, plus the quote look-ahead.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        # A bullet opens an item of a list run into one line (a bulletin's
        # headlines, an infographic's figures): each item is read alone.
        cuts = [m.start() for m in _BULLET.finditer(text, start, end)]
        for a, b in zip([start, *cuts], [*cuts, end], strict=True):
            pos = a
            for m in _END.finditer(text, a, b):
                if _is_stop(text, m, a, b):
                    _add(spans, text, pos, m.end())
                    pos = m.end()
            _add(spans, text, pos, b)
        start = end + 1
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Split ``text`` into sentences; return their offsets in ``text``.

    Line breaks and list bullets (•, ▪) always end a sentence. Inside a
    line, ``. ! ? ؟ ; ؛ …``
    followed by a space end one, except after initials and abbreviations,
    before a lower-case word, in an elision "(..)", or inside a quotation
    that closes later on the same line.

    Args:
        text: The original document text.

    Returns:
        ``(start, end)`` offsets into ``text``, in order, not overlapping,
        trimmed of whitespace.

    Examples:
        >>> t = "قال الوزير إن القوات ستغادر. وأضاف: «سنبقى شركاء.» ثم غادر؟"
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['قال الوزير إن القوات ستغادر.', 'وأضاف: «سنبقى شركاء.»', 'ثم غادر؟']
        >>> t = "The U.S. embassy said so.\nA new line"
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['The U.S. embassy said so.', 'A new line']

    Notes:
        O(n). Diacritics, tatweel and unusual spaces are looked through
        (the split runs on the normalised text and maps back).
    """
    norm = normalise_text(text)
    return [norm.to_original(a, b) for a, b in split_spans(norm.text)]
