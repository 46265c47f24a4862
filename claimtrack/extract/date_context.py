"""The words around a date expression: its marker, its licence, its tense.

This module owns the context checks of the date grammar, all driven by
``claimtrack/data/lexicon/dates_markers.tsv``:

- :func:`leading_marker`: the marker right before an expression (بحلول,
  منذ, قبل, نحو, by, since …), which gives its kind and hedge;
- :func:`is_licensed` and :func:`is_counted`: whether a bare year or month
  name is a date at all (في 2014 is; نحو 2000 جندي and في 2000 غارة are not);
- :func:`clause_tense`: whether the clause speaks of the future or the past,
  which decides where a weekday, or a month or day without a year, is placed.

All functions take offsets into *folded* text, except where noted.
"""

from __future__ import annotations

import functools
import re

from claimtrack.extract.months import (
    alternation,
    calendar_lexicon,
    fold_letters,
    matched_key,
)

__all__ = [
    "SENTENCE_END",
    "clause_tense",
    "has_future_verb",
    "is_counted",
    "is_licensed",
    "leading_marker",
]

SENTENCE_END = re.compile(r"[.!?؟؛\n](?!\d)")
"""Where a clause's reach for a date's context stops (a stop before a digit is none)."""
_FUTURE_VERB = re.compile(r"(?<!\w)[وف]?(س[يتن]\w{2,})")
# قد before an imperfect verb is "may": قد يُتخذ القرار قبل نهاية آذار looks
# ahead (before a perfect one, قد أعلنت, it is "has").
_MAY_VERB = re.compile(r"(?<!\w)[وف]?قد\s+[يت]\w{2,}")
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)")
# How far a tense cue is read: back to the clause's verb, which in a long news
# sentence may stand well before the date; forward, a few words.
_LOOKBACK = 160
# What opens a reported clause: the tense of the reporting verb before it does
# not reach the dates inside ("نقلت عن مسؤولين قولهم إنه من المرجح أن يتم
# الإعلان، الإثنين": Monday is ahead).
_REPORTED = re.compile(
    r"(?<!\w)(?:that|[وف]?(?:ان|انه|انها|انهم|بان|بانه))(?!\w)", re.I
)
_LOOKAHEAD = 40


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Marker, future-cue and past-verb patterns, compiled once from the lexicon."""
    lex = calendar_lexicon()
    marker = re.compile(
        rf"(?<!\w)(?:[وف](?=\w))?(?P<m>{alternation(lex.markers)})[^\S\n]*\Z", re.I
    )
    future = re.compile(rf"(?<!\w)[وف]?{alternation(lex.future)}", re.I)
    past = re.compile(rf"(?<!\w)[وف]?{alternation(lex.past)}(?!\w)", re.I)
    return marker, future, past


def leading_marker(folded: str, start: int) -> tuple[int, str] | None:
    """Find the marker word that ends right before ``start``, if any.

    Markers are ``deadline`` (بحلول, by), ``since`` (منذ), ``before`` (قبل),
    ``after`` (بعد), ``about`` (نحو) and ``context`` (plain prepositions:
    في, in). A clitic و or ف on the marker is allowed and left outside it.
    The longest marker wins (في موعد لا يتجاوز over لا يتجاوز).

    Args:
        folded: Folded text.
        start: Offset where a date expression starts.

    Returns:
        ``(marker_start, category)``, or ``None``.

    Examples:
        >>> leading_marker("وفي موعد لا يتجاوز نهايه 2025", 19)
        (1, 'deadline')
        >>> leading_marker("قال 2025", 4) is None
        True
    """
    found = _patterns()[0].search(folded, max(0, start - 40), start)
    if found is None:
        return None
    return found.start("m"), calendar_lexicon().markers[matched_key(found["m"])]


def is_licensed(folded: str, start: int, *, about: bool = True) -> bool:
    """Whether a marker or preposition right before ``start`` licenses a date.

    A bare year or month name is a date only after one (في 2014, in May).

    Args:
        folded: Folded text.
        start: Offset where the bare year or month name starts.
        about: Whether ``about`` markers (نحو, around) count; they do not for
            a bare year, since نحو 2000 is a count.

    Returns:
        True if licensed.

    Examples:
        >>> is_licensed("منذ 2014", 4), is_licensed("نحو 2000", 4, about=False)
        (True, False)
    """
    found = leading_marker(folded, start)
    return found is not None and (about or found[1] != "about")


def is_counted(folded: str, end: int) -> bool:
    """Whether a counted noun follows ``end``, making a number a count.

    Args:
        folded: Folded text.
        end: Offset right after the number.

    Returns:
        True if the next word is a counted noun (غاره, troops).

    Examples:
        >>> is_counted("في 2000 غاره", 7), is_counted("في 2014 سيطر", 7)
        (True, False)
    """
    word = _NEXT_WORD.match(folded, end)
    return word is not None and matched_key(word[1]) in calendar_lexicon().counted


# What "the number of" things reaches, a few words on: "The number of US
# troops in Syria rose to 2000", "stood at 2000", "troop levels fell to 2000",
# وارتفع عدد الجنود … إلى 2000، يبلغ عدد القوات … 2000. Such a 2000 is a count.
# A hedge between the verb and the count: "rose to about 2000", ويقدر … بنحو 2000.
_HEDGED = (
    r"(?:(?:about|around|roughly|nearly|almost|approximately|some|over"
    r"|more\s+than|at\s+least)\s+"
    r"|(?<!\w)[بل]?(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|اكثر\s+من"
    r"|ما\s+يقارب|ما\s+يزيد\s+(?:عن|على))\s+)?"
)
_REACHED = re.compile(
    r"(?:(?:\bnumbers?\s+of|\b(?:troop|force)\s+(?:numbers|levels)|(?<!\w)[وب]?عدد)"
    r"(?!\w)[^.!?\n]{0,60}?"
    r"(?:\bto|\bat|(?<!\w)(?:إلى|الى|الي)|(?<!\w)[يت]?(?:قدر|بلغ)\s+ب?)"
    r"|(?<!\w)[وف]?[يت]?(?:بلغ|قدر)\s+عدد(?!\w)[^.!?\n\d]{0,50}?)\s*" + _HEDGED + r"\Z",
    re.IGNORECASE,
)


def reached_by_number_of(text: str, start: int) -> bool:
    """Whether a number at ``start`` is what "the number of" things reaches.

    Examples:
        >>> t = "The number of US troops in Syria rose to 2000"
        >>> reached_by_number_of(t, t.index("2000"))
        True
        >>> t = "Attacks have risen to 2024 levels"
        >>> reached_by_number_of(t, t.index("2024"))
        False
    """
    return _REACHED.search(text, max(0, start - 90), start) is not None


_SUBJECT_WORDS = 5  # words from a reporting verb to the end of its subject


def clause_tense(text: str, start: int, end: int | None = None) -> int:
    """Whether a date's clause speaks of the future (+1), the past (-1) or neither (0).

    Reads back at most 160 characters, not past the end of the previous
    sentence, for the last tense cue: a future cue (سوف, من المقرر, will, is
    due), an Arabic verb with the future prefix سـ (سيعقد, ستبدأ; nouns that
    merely start that way, سياسة and سنوات, are left out), or a past reporting
    verb (قال, أعلنت, said). The last one wins: in "the troops will leave by
    September, officials said on Tuesday", Tuesday is when they said it. A
    reporting verb before "that" (أن، إنه) does not set the reported clause's
    tense. With
    no cue before, a past reporting verb right after the date counts ("On
    Tuesday, the Pentagon said"), else a future cue right after it ("after
    30 Sept there will be nobody left").

    Args:
        text: Normalised, *unfolded* text (so ة still tells nouns apart).
        start: Offset where the date expression starts.
        end: Offset where it ends, to read the words after it.

    Returns:
        +1, -1 or 0.

    Examples:
        >>> clause_tense("سيعقد المجلس جلسته يوم الاثنين", 19)
        1
        >>> clause_tense("عقد المجلس جلسته يوم الاثنين", 18)
        0
        >>> clause_tense("The council will meet on Monday", 25)
        1
        >>> clause_tense("They will leave by May, officials said on Monday", 42)
        -1
        >>> clause_tense("After 30 Sept there will be nobody left", 6, 13)
        1
    """
    window = text[max(0, start - _LOOKBACK) : start]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    folded = fold_letters(window)
    cue, verb = _future_cues(window, folded)
    future = max(cue, verb)
    past = max((m.end() for m in _patterns()[2].finditer(folded)), default=-1)
    openers = [(m.start(), m.end()) for m in _REPORTED.finditer(folded)]
    opener = openers[-1][1] if openers else -1
    if openers and cue >= 0 and not folded[cue : openers[-1][0]].strip():
        # من المقرر أن، يتوقع أن، "it is expected that": the cue governs the
        # clause it opens (unlike "will announce that", a verb of saying)
        opener = -1
    if (
        0 <= past < verb
        and cue < past
        and len(folded[past:verb].split()) <= _SUBJECT_WORDS
        and not _REPORTED.search(folded, past, verb)
    ):
        # ذكرت صحيفة وول ستريت جورنال يوم الجمعة، وقال ستيفن: a word that looks
        # like a سـ verb in the subject of a past reporting verb is a name
        future = cue
    if opener > past:
        past = -1  # "officials said that ... on Monday": the verb is outside
    if opener > future:
        # "سيعلن الوزير أن القوات غادرت يوم الجمعة", and a name that looks like
        # a future verb (قال الفريق دوغلاس سيمز إن): the reporting clause's
        future = -1
    if future > past:
        return 1
    if past >= 0:
        return -1
    if end is not None:
        after = text[end : end + _LOOKAHEAD]
        stop = SENTENCE_END.search(after)
        after = after[: stop.start()] if stop else after
        # "left on September 30, but 2,000 troops will stay": the next clause's
        # tense is not the date's
        stop = _CLAUSE_AFTER.search(after)
        after = after[: stop.start()] if stop else after
        if _patterns()[2].search(fold_letters(after)):
            return -1
        if has_future_verb(after):
            return 1  # "after 30 Sept there will be nobody left"
    return 0


# A comma and a conjunction, or a semicolon: a clause of its own starts.
_CLAUSE_AFTER = re.compile(
    r"[,،]\s*(?:but|while|whereas|and|yet)\b|[;؛]"
    r"|[,،]\s*(?:لكن|ولكن|بينما|فيما|في حين)(?!\w)",
    re.IGNORECASE,
)


def has_future_verb(text: str) -> bool:
    """Whether a stretch of text holds a future cue or an Arabic future verb.

    Examples:
        >>> has_future_verb(" ومنظمة سينهي مهامه في "), has_future_verb(" ستة ")
        (True, False)
    """
    return _last_future(text, fold_letters(text)) >= 0


def _last_future(window: str, folded: str) -> int:
    """End offset of the last future cue in ``window``, -1 if none."""
    return max(_future_cues(window, folded))


def _future_cues(window: str, folded: str) -> tuple[int, int]:
    """End offsets of the last future word and of the last سـ verb, -1 if none."""
    last = max((m.end() for m in _patterns()[1].finditer(folded)), default=-1)
    last = max(last, max((m.end() for m in _MAY_VERB.finditer(window)), default=-1))
    not_future = calendar_lexicon().not_future
    verb_end = -1
    for verb in _FUTURE_VERB.finditer(window):
        word = verb[1]
        if word.endswith(("ة", "ات")):
            continue  # verbs never end in ta marbuta or the plural -at
        key = matched_key(fold_letters(word))
        stems = (key, key[:-1], key[:-2])
        if not any(s in not_future or s + "ه" in not_future for s in stems):
            verb_end = max(verb_end, verb.end())
    return last, verb_end
