"""Arabic and English number words, both ways: words to integers and back.

This module owns the grammar of spelled-out numbers (ثلاثة وعشرون، خمسة مئة،
خمسمائة، ثلاثة آلاف، "two thousand five hundred"), read and rendered. Word
lists live in ``claimtrack/data/lexicon/number_words_{ar,en}.tsv``. Mentions
in running text (hedges, counted nouns, dates to skip) are the business of
:mod:`claimtrack.extract.numbers`; folding, tokens and TSV reading that of
:mod:`claimtrack.extract.number_lexicon`.

The grammar is a left-to-right fold over tokens keeping ``total`` (finished
thousands/millions groups) and ``current`` (the group below a thousand), and
``place``, the size of the last component, so that an addition is accepted
only when it is smaller than what precedes it (مئة وخمسة, not خمسة وثلاثة).
Arabic adds with و, English with a space, a hyphen or "and"; a hundred
multiplies a preceding unit (خمسة مئة = 500, unlike pyarabic's 105).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from claimtrack.extract.number_lexicon import CLITICS, fold, read_lexicon, tokenize
from claimtrack.extract.text import normalise_text

__all__ = [
    "WordNumber",
    "match_number_words",
    "parse_number_words",
    "to_arabic_words",
    "to_english_words",
]

_ARABIC = re.compile("[\u0600-\u06ff]")


class WordNumber(NamedTuple):
    """A spelled-out number found in a token sequence.

    Attributes:
        value: The integer the words denote.
        end: Index of the first token after the number.
        prefix: Length of the clitic glued to the first token (وثلاثة → 1).
        strict: True when it is one word with a common non-numeric reading
            (ست، اثنين، one), to be trusted only with a counted noun.

    Examples:
        >>> WordNumber(23, 2, 0, False).value
        23
    """

    value: int
    end: int
    prefix: int
    strict: bool


@functools.cache
def _words(lang: str | None) -> dict[str, tuple[int, str, bool]]:
    """Map folded number words to (value, kind, strict)."""
    table: dict[str, tuple[int, str, bool]] = {}
    for code in ("ar", "en") if lang is None else (lang,):
        for word, value, kind, strict in read_lexicon(f"number_words_{code}.tsv"):
            table.setdefault(fold(word), (int(value), kind, strict == "1"))
    return table


def _lookup(
    token: str, table: dict[str, tuple[int, str, bool]]
) -> tuple[tuple[int, str, bool], int] | None:
    """Find ``token`` in ``table``, trying it bare and then without a clitic."""
    entry = table.get(token)
    if entry is not None:
        return entry, 0
    if token[:1] in "وفبلك":
        for pre in CLITICS:
            if token.startswith(pre) and len(token) - len(pre) >= 2:
                entry = table.get(token[len(pre) :])
                if entry is not None:
                    return entry, len(pre)
    return None


_PLACE = {"unit": 1, "ten": 1, "teen": 1, "tens": 10, "hundred": 100, "hundreds": 100}


class _State:
    """The running state of :func:`match_number_words` (see module notes)."""

    __slots__ = ("bound", "current", "last", "place", "total")

    def __init__(self) -> None:
        self.total = self.current = 0
        self.place = self.bound = 10**13  # next addition / next scale must be below
        self.last = ""

    def step(self, value: int, kind: str, join: str, arabic: bool) -> bool:
        """Take one more number word; return False if it cannot follow."""
        last, cur = self.last, self.current
        # أحد/اثنا/a only open a number: أحد عشر، إحدى وعشرون، a hundred.
        if kind in ("prefix", "article"):
            if kind == "prefix" and last and join == "and_ar" and value < self.place:
                self.current += value  # مئة وأحد عشر
            elif not last:
                self.current = value
            else:
                return False
            self.last = kind
            return True
        if last == "prefix" and (kind, join) not in (
            ("ten", "space"),
            ("tens", "and_ar"),
        ):
            return False
        if last == "article" and (
            join != "space" or kind not in ("hundred", "dozen", "scale")
        ):
            return False
        if last in ("unit", "prefix") and (kind, join) == ("ten", "space"):
            if not arabic or cur % 100 >= 10:
                return False
            self.current, self.place = cur + 10, 1  # خمسة عشر
        elif last in ("unit", "prefix") and (kind, join) == ("tens", "and_ar"):
            self.current, self.place = cur + value, 1  # خمسة وعشرون
        elif kind in ("hundred", "dozen") and last and join == "space":
            # خمسة مئة، five hundred, twenty five hundred, two dozen.
            if not 0 < cur < (10 if kind == "hundred" and arabic else 100):
                return False
            if kind == "hundred" and self.total and cur >= 10:
                return False
            self.current, self.place = cur * value, value if value == 100 else 1
        elif kind in ("scale", "scales") and last and join == "space":
            if not (cur > 0 and value < self.bound):
                return False
            if kind == "scales" and not 3 <= cur % 100 <= 10:
                return False  # ثلاثة آلاف، but not أحد عشر آلاف
            self.total, self.current = self.total + cur * value, 0
            self.place = self.bound = value
        else:
            # A plain addition: below what precedes it, and joined with و in
            # Arabic (English also adds across a space: twenty five).
            if kind == "scales" or (last and value == 0):
                return False
            if last and (value >= self.place or (arabic and join == "space")):
                return False
            if kind in ("scale", "pair"):
                if cur or value >= self.bound:
                    return False
                scale = value if kind == "scale" else value // 2
                self.total += value
                self.place = self.bound = scale
            else:
                self.current = cur + value
                self.place = 0 if value == 0 else _PLACE.get(kind, 1)
        self.last = kind
        return True


def _next_word(
    tokens: Sequence[str], k: int, table: dict[str, tuple[int, str, bool]]
) -> tuple[int, tuple[int, str, bool], str] | None:
    """Find the number word that may continue a number at ``tokens[k]``."""
    n = len(tokens)
    join = "space"
    if k < n and tokens[k] in ("و", "and", "-"):
        join = "and_ar" if tokens[k] == "و" else "and"
        k += 1
    if k >= n:
        return None
    # وأحد folds to واحد: read a glued و as the conjunction first.
    entry = None
    if join == "space" and tokens[k][:1] == "و" and len(tokens[k]) > 2:
        entry = table.get(tokens[k][1:])
        join = "and_ar" if entry is not None else join
    if entry is None:
        entry = table.get(tokens[k])
    return None if entry is None else (k, entry, join)


def match_number_words(
    tokens: Sequence[str], i: int, *, lang: str | None = None
) -> WordNumber | None:
    """Read the longest spelled-out number starting at ``tokens[i]``.

    Args:
        tokens: Folded tokens (see :func:`tokenize`).
        i: Index of the first token to try.
        lang: ``"ar"``, ``"en"`` or None for both word lists.

    Returns:
        The number, or None when ``tokens[i]`` does not start one.

    Examples:
        >>> match_number_words(["خمسه", "وعشرون", "جنديا"], 0)
        WordNumber(value=25, end=2, prefix=0, strict=False)
        >>> match_number_words("five hundred and two troops".split(), 0).value
        502

    Notes:
        Linear in the length of the number. Ambiguous Arabic such as
        بين خمسة وعشرين is read as the compound (25), not as a range.
    """
    table = _words(lang)
    found = _lookup(tokens[i], table)
    if found is None:
        return None
    (value, kind, strict), prefix = found
    arabic = bool(_ARABIC.match(tokens[i]))
    state, join, j = _State(), "start", i
    best: WordNumber | None = None
    at_scale: WordNumber | None = None  # the number as it stood after its last scale
    while state.step(value, kind, join, arabic):
        if kind not in ("prefix", "article"):
            number = state.total + state.current
            best = WordNumber(number, j + 1, prefix, strict and j == i)
            if kind in ("scale", "scales", "pair") and not state.current:
                at_scale = best
        nxt = _next_word(tokens, j + 1, table)
        if nxt is None:
            return best
        j, (value, kind, _), join = nxt
    if kind in ("scale", "scales") and join == "space" and state.current and at_scale:
        # خمسة آلاف وسبعة آلاف, "five thousand and seven thousand": what was
        # added after the scale takes a scale of its own, so it is the next
        # number (of a range), not the units of this one.
        return at_scale
    return best


def parse_number_words(words: str, *, lang: str = "ar") -> int | None:
    """Parse a whole string of number words to an integer.

    Args:
        words: The words, e.g. ``"خمسة مئة"``; diacritics are allowed.
        lang: ``"ar"`` or ``"en"``; selects the word list.

    Returns:
        The integer, or None unless the words form exactly one number.

    Examples:
        >>> parse_number_words("خمسة مئة"), parse_number_words("خمسمائة")
        (500, 500)
        >>> parse_number_words("ثلاثة وعشرون")
        23
        >>> parse_number_words("five hundred", lang="en")
        500
        >>> parse_number_words("خمسة جنود") is None
        True
    """
    tokens = [t for t, _, _ in tokenize(fold(normalise_text(words).text))]
    if not tokens:
        return None
    found = match_number_words(tokens, 0, lang=lang)
    if found is None or found.end != len(tokens) or found.prefix:
        return None
    return found.value


# Rendering table: digit, form with a masculine noun, with a feminine noun,
# its hundreds (one word, modern spelling) and its tens.
_AR_TABLE = """
0 صفر صفر _ _
1 واحد واحدة مئة عشرة
2 اثنان اثنتان مئتان عشرون
3 ثلاثة ثلاث ثلاثمئة ثلاثون
4 أربعة أربع أربعمئة أربعون
5 خمسة خمس خمسمئة خمسون
6 ستة ست ستمئة ستون
7 سبعة سبع سبعمئة سبعون
8 ثمانية ثماني ثمانمئة ثمانون
9 تسعة تسع تسعمئة تسعون
"""
_AR_M, _AR_F, _AR_HUNDREDS, _AR_TENS = zip(
    *(row.split()[1:] for row in _AR_TABLE.strip().splitlines()), strict=True
)


def _arabic_below_1000(n: int, gender: str) -> str:
    """Render 1..999 in Arabic agreeing with a counted noun of ``gender``."""
    fem = gender == "f"
    units = _AR_F if fem else _AR_M
    parts = [_AR_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if 0 < rest < 10:
        parts.append(units[rest])
    elif rest == 10:
        parts.append("عشر" if fem else "عشرة")
    elif 10 < rest < 20:
        head = {1: "إحدى" if fem else "أحد", 2: "اثنتا" if fem else "اثنا"}
        ten = "عشرة" if fem else "عشر"  # in 11-19 the ten agrees with the noun
        parts.append(f"{head.get(rest - 10, units[rest - 10])} {ten}")
    elif rest and rest % 10 == 0:
        parts.append(_AR_TENS[rest // 10])
    elif rest:
        one = "إحدى" if fem and rest % 10 == 1 else units[rest % 10]
        parts.append(f"{one} و{_AR_TENS[rest // 10]}")
    return " و".join(parts)


def to_arabic_words(n: int, *, gender: str = "m") -> str:
    """Render ``n`` in Arabic words (nominative), for 0 to 999,999.

    Args:
        n: The number.
        gender: ``"m"`` or ``"f"``, the gender of the counted noun; numbers
            3-10 take the opposite form (ثلاثة جنود، ثلاث دول).

    Returns:
        The number in words, e.g. ``"خمسة وعشرون"``.

    Raises:
        ValueError: If ``n`` is outside 0..999,999.

    Examples:
        >>> to_arabic_words(2500)
        'ألفان وخمسمئة'
        >>> to_arabic_words(23, gender="f")
        'ثلاث وعشرون'
        >>> to_arabic_words(13000)
        'ثلاثة عشر ألفا'
    """
    if not 0 <= n <= 999_999:
        raise ValueError(f"to_arabic_words: {n} is outside 0..999999")
    if n == 0:
        return "صفر"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands in (1, 2):
        parts.append("ألف" if thousands == 1 else "ألفان")
    elif thousands:
        # ألف is masculine, so its count takes the masculine-noun forms; the
        # noun is plural after 3-10, accusative singular after 11-99.
        tail = thousands % 100
        word = "آلاف" if 3 <= tail <= 10 else "ألفا" if tail > 10 else "ألف"
        parts.append(f"{_arabic_below_1000(thousands, 'm')} {word}")
    if rest:
        parts.append(_arabic_below_1000(rest, gender))
    return " و".join(parts)


@functools.cache
def _english_names() -> dict[int, str]:
    """Name 0-19 and the tens from the same word list the parser reads."""
    rows = read_lexicon("number_words_en.tsv")
    return {
        int(v): w for w, v, kind, _ in rows if kind in ("unit", "ten", "teen", "tens")
    }


def _english_below_1000(n: int) -> str:
    """Render 1..999 in English words."""
    names = _english_names()
    hundreds, rest = divmod(n, 100)
    parts = [f"{names[hundreds]} hundred"] if hundreds else []
    if rest >= 20 and rest % 10:
        parts.append(f"{names[rest - rest % 10]}-{names[rest % 10]}")
    elif rest:
        parts.append(names[rest])
    return " and ".join(parts)


def to_english_words(n: int) -> str:
    """Render ``n`` in English words, for 0 to 999,999,999.

    Args:
        n: The number.

    Returns:
        British-style words ("and" after hundreds, hyphenated tens).

    Raises:
        ValueError: If ``n`` is outside 0..999,999,999.

    Examples:
        >>> to_english_words(2523)
        'two thousand five hundred and twenty-three'
    """
    if not 0 <= n <= 999_999_999:
        raise ValueError(f"to_english_words: {n} is outside 0..999999999")
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, " million"), (1000, " thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            parts.append(_english_below_1000(group) + name)
    return " ".join(parts)
