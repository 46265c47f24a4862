"""News outlets in text: recognising them by name, and documents that relay one.

This module owns the outlet lexicon (``attribution_sources.tsv``: Reuters /
رويترز / وكالة رويترز, The National / ذي ناشنال, …), matching outlet names in
token streams (with the clitics و ف ل ب and the contraction لل), and
:func:`detect_relays`: whether a whole document is a translation or copy of
one outlet's report, read from its byline and closing credit, never from
ordinary mentions in the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files

from claimtrack.document import Source
from claimtrack.extract.attribution_lexicon import (
    Token,
    fold,
    load_attribution_lexicon,
    tokenize,
)
from claimtrack.extract.speakers import is_place
from claimtrack.extract.text import line_spans, normalise_text

__all__ = [
    "Outlet",
    "detect_relays",
    "is_medium",
    "item_credits",
    "known_source",
    "match_outlet",
    "may_name_outlet",
    "name_runs_on",
    "quoted_outlet",
    "read_outlet",
    "same_outlet",
]

_MAX_ALIAS = 6
_QUOTES = frozenset("\"“”«»'")
_SKIPPED = _QUOTES | {",", "،"}
_TRANSLATION = re.compile(
    r"^\s*(?:ترجمة|ترجمه|اعداد وترجمة|إعداد وترجمة|translated by|translation by"
    r"|translation\s*:)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^[^\w]{0,6}?(?:نقلا عن|نقلاً عن|عن|المصدر\s*:?|source\s*:|translated from"
    r"|adapted from|originally published (?:by|in))\s+(?P<rest>.+?)\s*$",
    re.IGNORECASE,
)
# BAGHDAD (Reuters) - … / بغداد (رويترز) - …
_DATELINE = re.compile(r"^\s*[^\n()]{0,80}\(\s*(?P<rest>[^()\n]{2,40}?)\s*\)\s*[-–—/]")
# Arabic papers print an agency's story under "بغداد – رويترز:" (the place, a
# dash, the agency, perhaps in brackets, and a colon or the end of the line:
# "مراكش – (د ب أ):", "واشنطن – أ ش أ").
_AGENCY_DATELINE = re.compile(
    r"^\s*(?P<place>[\u0621-\u0652]+(?: [\u0621-\u0652]+)?)\s*[–—-]"
    r"\s*\(?(?P<rest>[^\n:–—()-]{2,30}?)\)?\s*(?P<colon>:|$)"
)
# Any dateline opening a document: "BAGHDAD -", "ABU DHABI //", "بغداد -",
# "ERBIL, Iraq, Sept 30 (Reuters) -", "بغداد (رويترز) -": an all-capitals place
# or one or two Arabic words, optional details after a comma and a bracketed
# agency, then a dash (Xinhua's "--", or The National's "//"); WAM dates its
# Arabic datelines with في and closes them with a slash: "بغداد في 7 سبتمبر
# 2025 م (وام) /"; Petra dates them without في ("عمّان 29 كانون الثاني (بترا)-"),
# and QNA closes them with its name between slashes ("الدوحة في 10 ديسمبر /قنا/").
_ANY_DATELINE = re.compile(
    r"[^\S\n]*(?:[A-Z][A-Z.'’ ]{1,29}[A-Z]"
    r"|[\u0621-\u0652]+(?: [\u0621-\u0652]+)?)"
    r"(?:\s*,[^\n,()–—-]{1,25}){0,2}"
    r"(?:\s+في\s[^\n,()–—/-]{1,60}|\s+\d{1,2}\s[^\n,()–—/\d-]{2,30}(?:\d{4})?)?"
    r"(?:(?:\s*\([^()\n]{2,40}\)){0,2}\s*(?:--?|[–—]|//?)|\s*/[^/\n\d]{2,20}/)\s"
)
# IRNA's English datelines: a place in title case, the agency in capitals and a
# double dash ("Baghdad, IRNA -- ").
_TITLE_DATELINE = re.compile(
    r"[^\S\n]*[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*(?P<rest>[A-Z]{2,6})\s*--?\s"
)
_BARE_CREDIT = re.compile(
    r"^\s*(?:[-–—]\s*(?P<a>[^\n]{2,40})|\(\s*(?P<b>[^()\n]{2,40})\s*\))\s*$"
)
_CREDIT_WORDS = 8
# A line that only names an outlet: perhaps "By" or a section label and a bar
# before it ("AFP", "By Reuters", "WORLD | REUTERS"), or a section after a bar
# or an arrow ("الجزيرة نت › أخبار"). A wire service so named under a headline
# relays the story (detect_relays); any outlet so named credits an
# aggregator's item (item_credits).
_NAME_LINE = re.compile(
    r"[ \t]*(?:[Bb]y[ \t]+|[A-Z][A-Z &]{1,20}[ \t]*\|[ \t]*)?"
    r"(?P<rest>\w[^\n›»|]{1,39}?)[ \t]*(?:[›»|][^\n]{0,30})?"
)
_BYLINE_SOURCE = re.compile(r"(?:\bعن|\bfrom)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet of the lexicon: its :class:`Source` and what kind it is.

    Attributes:
        source: The outlet as a :class:`claimtrack.document.Source`.
        kind: ``agency``, ``newspaper``, ``site``, ``channel`` (or ``media``
            for an outlet met only in the text).

    Examples:
        >>> known_source("رويترز").name
        'Reuters'
    """

    source: Source
    kind: str


@functools.cache
def _index() -> dict[tuple[str, ...], tuple[Outlet, bool]]:
    text = files("claimtrack.data.lexicon").joinpath("attribution_sources.tsv")
    rows = [
        line.split("\t")
        for line in text.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    names: dict[str, dict[str, str]] = {}
    kinds: dict[str, str] = {}
    for name, kind, lang, alias, _cue in rows:
        names.setdefault(name, {}).setdefault(lang, alias)
        kinds[name] = kind
    outlets = {
        name: Outlet(Source(name=name, names=by_lang), kinds[name])
        for name, by_lang in names.items()
    }
    index: dict[tuple[str, ...], tuple[Outlet, bool]] = {}
    for name, _kind, lang, alias, cue in rows:
        for spelling in _spellings(alias) if lang == "en" else (alias,):
            keys = tuple(t.key for t in tokenize(normalise_text(spelling).text))
            index[keys] = (outlets[name], cue == "1")
    return index


# The Arabic article in a romanised name is printed "Al-" or "Al ": Al-Mayadeen
# and Al Mayadeen are one outlet, whichever the table lists.
_ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-(?=[A-Za-z])")
_ARTICLE_SPACE = re.compile(r"\b([Aa]l|[Ee]l) (?=[A-Z])")


def _spellings(alias: str) -> set[str]:
    """An English alias with its article joined both ways.

    Examples:
        >>> sorted(_spellings("Al Mayadeen"))
        ['Al Mayadeen', 'Al-Mayadeen']
    """
    spaced = _ARTICLE_HYPHEN.sub(r"\1 ", alias)
    return {alias, spaced, _ARTICLE_SPACE.sub(r"\1-", alias)}


@functools.cache
def _first_keys() -> frozenset[str]:
    return frozenset(keys[0] for keys in _index())


@functools.lru_cache(maxsize=1 << 16)
def _starts(key: str) -> tuple[str, ...]:
    """The forms of a word that begin some outlet name (usually none)."""
    return tuple(f for f in _first_forms(key) if f in _first_keys())


def may_name_outlet(key: str) -> bool:
    """Whether an outlet name could start at a word with folded ``key``.

    Examples:
        >>> may_name_outlet("ورويترز"), may_name_outlet("القوات")
        (True, False)
    """
    return bool(_starts(key))


def _first_forms(key: str) -> list[str]:
    forms = [key]
    if key.startswith("لل") and len(key) > 4:
        forms.append("ال" + key[2:])  # للجزيرة = ل + الجزيرة
    if len(key) > 3 and key[0] in "وفلب":
        forms.append(key[1:])
        if len(key) > 4 and key[1] in "لب":
            forms.append(key[2:])  # ولرويترز
    return forms


def match_outlet(keys: list[str], *, cued: bool) -> tuple[Outlet, int] | None:
    """Match the longest outlet name that starts the folded tokens ``keys``.

    Args:
        keys: Folded tokens (see :func:`claimtrack.extract.attribution_lexicon.fold`).
        cued: Whether the position is an outlet slot (after صحيفة, in
            بحسب X, told X); ambiguous names (المدى، الحرة) need one.

    Returns:
        The outlet and how many tokens its name spans, or None.

    Examples:
        >>> outlet, size = match_outlet(["لوكاله", "رويترز", "ان"], cued=False)
        >>> outlet.source.name, size
        ('Reuters', 2)
        >>> match_outlet(["المدي"], cued=False) is None
        True
    """
    if not keys:
        return None
    firsts = _starts(keys[0])
    if not firsts:
        return None  # most words start no outlet name
    for size in range(min(_MAX_ALIAS, len(keys)), 0, -1):
        for first in firsts:
            found = _index().get((first, *keys[1:size]))
            if found is not None and (cued or not found[1]):
                return found[0], size
    return None


def read_outlet(tokens: list[Token], i: int) -> tuple[Outlet, int, int] | None:
    """Read an outlet named at ``tokens[i]``, typed or not: وكالة "رويترز".

    A type noun (صحيفة، موقع، وكالة، قناة, with clitics: لموقع) may come
    first; then punctuation and quotes are skipped. A quoted name after a
    type noun that is not in the lexicon becomes a new outlet of that kind.

    Args:
        tokens: Tokens of the normalised text.
        i: Where the name (or its type noun) starts.

    Returns:
        ``(outlet, first, end)``: the outlet and the token range of its
        name, type noun included; None when no outlet is named there.

    Examples:
        >>> toks = tokenize('لموقع، "ذي ناشنال"، الاخباري')
        >>> outlet, a, b = read_outlet(toks, 0)
        >>> outlet.source.name, outlet.kind, b
        ('The National', 'site', 8)
    """
    lex = load_attribution_lexicon()
    if i >= len(tokens):
        return None
    if tokens[i].text.isascii() and tokens[i].is_word:
        # "the state news agency INA", "the pan-Arab daily Asharq Al-Awsat",
        # "Iraqi outlet Al-Mada": an English type noun after its article and
        # modifiers, or after modifiers alone
        first = i + 1 if tokens[i].key == "the" else i
        for k in range(first, min(len(tokens), i + 5)):
            if not tokens[k].is_word:
                break
            typed = lex.phrase("medium", [tokens[k].key])
            if typed and k + 1 < len(tokens):
                found = match_outlet(
                    [t.key for t in tokens[k + 1 : k + 1 + _MAX_ALIAS]], cued=True
                )
                if found is not None:
                    outlet, size = found
                    end = _trailing(tokens, k + 1 + size, outlet)
                    if name_runs_on(tokens, end):
                        return None
                    return Outlet(outlet.source, outlet.kind), i, end
                if (
                    typed[0] != "media"
                    and tokens[k].text.islower()  # "Daily" is a name's word
                    and (named := _named_after(tokens, k + 1))
                ):
                    # "told state news agency MTI": a name no list knows
                    return Outlet(Source(name=named[0]), typed[0]), i, named[1]
    typed = lex.phrase("medium", [_strip_l(tokens[i].key)])
    found = match_outlet([t.key for t in tokens[i : i + _MAX_ALIAS]], cued=True)
    j = i
    if found is None and typed:
        # The name may come a few words after its type noun: وكالة الأنباء
        # الرسمية "سانا", لموقع، "ذي ناشنال".
        seen_word = False
        for k in range(i + 1, min(len(tokens), i + 6)):
            token = tokens[k]
            if token.text in ".:؛;" or (token.text in ",،" and seen_word):
                break
            found = match_outlet([t.key for t in tokens[k : k + _MAX_ALIAS]], cued=True)
            if found is not None:
                j = k
                break
            seen_word = seen_word or token.is_word
    if found is not None:
        outlet, size = found
        end = _trailing(tokens, j + size, outlet)
        if name_runs_on(tokens, end):
            return None  # "The National Security Council" is not The National
        kind = typed[0] if typed and typed[0] != "media" else outlet.kind
        return Outlet(outlet.source, kind), i, end
    j = i + 1
    while j < len(tokens) and j - i <= 3 and tokens[j].text in _SKIPPED:
        j += 1
    if typed and typed[0] != "media" and j > i + 1 and tokens[j - 1].text in _QUOTES:
        named = quoted_outlet(tokens, j, typed[0])
        if named is not None:
            return named[0], i, named[2]
    return _titled_outlet(tokens, i)


def quoted_outlet(
    tokens: list[Token], j: int, kind: str = "media"
) -> tuple[Outlet, int, int] | None:
    """Read a new outlet from a name of up to four words closed by a quote.

    For a name after an opening quote where only an outlet can stand: after
    a type noun (موقع "الخليج"), or told "to" a name in quotation marks
    (لـ«إرم نيوز»), as people and offices are not quoted so.

    Examples:
        >>> toks = tokenize("لـ«إرم نيوز» إن")
        >>> outlet, a, b = quoted_outlet(toks, 2)
        >>> outlet.source.name, b
        ('إرم نيوز', 5)
    """
    k = j
    while k < len(tokens) and tokens[k].is_word and k - j < 4:
        k += 1
    if j < k < len(tokens) and tokens[k].text in _QUOTES:
        name = " ".join(t.text for t in tokens[j:k])
        return Outlet(Source(name=name), kind), j, k + 1
    return None


# Last words of English outlet names: a capitalised name ending in one of
# them names an outlet even when the lexicon does not know it ("Defense
# News reported", "told the Kurdistan Chronicle").
_OUTLET_HEADS = frozenset(
    "news times post journal herald tribune monitor gazette daily press agency "
    "tv radio network channel media telegraph chronicle".split()
)


def _titled_outlet(tokens: list[Token], i: int) -> tuple[Outlet, int, int] | None:
    """Read an unknown English outlet by its name's last word: Defense News."""
    j = i + 1 if tokens[i].key == "the" else i
    if j > i and (
        known := match_outlet([t.key for t in tokens[j : j + _MAX_ALIAS]], cued=True)
    ):
        # "the Iraqi News Agency": a known name after the article
        return known[0], i, _trailing(tokens, j + known[1], known[0])
    k = j
    while (
        k < len(tokens)
        and k - j < 4
        and tokens[k].is_word
        and tokens[k].text[0].isupper()
        and tokens[k].text.isascii()
    ):
        k += 1
    if k - j < 2 or tokens[k - 1].key not in _OUTLET_HEADS:
        return None
    if tokens[k - 1].key == "agency" and not any(
        t.key in ("news", "press") for t in tokens[j : k - 1]
    ):
        return None  # the Defense Intelligence Agency is no news agency
    name = " ".join(t.text for t in tokens[i:k])
    return Outlet(Source(name=name), "media"), i, k


# Capitalised words after a type noun that name no outlet besides days and
# months: "told the agency Sunday", "the agency in May", "the paper Iraq's …".
_NOT_NAMES = frozenset("may on in at that the".split())


def _named_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """A capitalised name of up to three words at ``j``, not a day or a place."""
    k = j
    while (
        k < len(tokens)
        and k - j < 3
        and tokens[k].is_word
        and tokens[k].text.isascii()
        and tokens[k].text[:1].isupper()
        and tokens[k].key not in _NOT_NAMES
        and not load_attribution_lexicon().has("time", tokens[k].key)
    ):
        k += 1
    if k == j or (k < len(tokens) and tokens[k].text in ("'", "’")):
        return None  # "the agency Iraq's …": whose, not a name
    name = " ".join(t.text for t in tokens[j:k])
    return None if is_place(name) else (name, k)


def _trailing(tokens: list[Token], end: int, outlet: Outlet) -> int:
    # Take in what only describes the outlet: quotes, الإخباري (also after a
    # comma), and another of its names: وكالة الأنباء العراقية "واع".
    while end < len(tokens):
        token = tokens[end]
        if _describes(token.key) or token.text in _QUOTES:
            end += 1
        elif (
            token.text in ",،"
            and end + 1 < len(tokens)
            and (_describes(tokens[end + 1].key))
        ):
            end += 2
        elif token.is_word and (
            (again := match_outlet([t.key for t in tokens[end : end + 3]], cued=True))
            and again[0].source == outlet.source
        ):
            end += again[1]
        else:
            break
    return end


def name_runs_on(tokens: Sequence[Token], end: int) -> bool:
    """Whether an English name goes on past an outlet's name ending at ``end``.

    "The National Security Council", "The National Counterterrorism Agency":
    a capitalised word after the name makes it another body's; a day or a
    month does not ("told Reuters Tuesday").

    Examples:
        >>> toks = tokenize("The National Security Council said")
        >>> name_runs_on(toks, 2), name_runs_on(tokenize("told Reuters Tuesday"), 2)
        (True, False)
    """
    if not 0 < end < len(tokens):
        return False
    last, after = tokens[end - 1], tokens[end]
    return (
        last.is_word
        and last.text.isascii()
        and after.is_word
        and after.text.isascii()
        and after.text[:1].isupper()
        and not load_attribution_lexicon().has("time", after.key)
        # "Rudaw TV", "Tasnim News Agency": the same outlet, named at length
        and after.key not in _OUTLET_HEADS | _EDITIONS
        and not _describes(after.key)
    )


# An outlet's editions after its name: "Fox News Digital", "Reuters Arabic".
_EDITIONS = frozenset("digital online english arabic international world live".split())


def _describes(key: str) -> bool:
    # Words written after an outlet's name: ذي ناشنال الإخباري, the daily.
    return key in load_attribution_lexicon().words["descriptor"]


def _strip_l(key: str) -> str:
    # لموقع → موقع, لصحيفة → صحيفه: the preposition of "told the site".
    return (
        key[1:] if len(key) > 3 and key[0] == "ل" and not key.startswith("لل") else key
    )


def known_source(name: str) -> Source | None:
    """Recognise a news outlet or agency by any of its names.

    Type nouns before the name (وكالة، صحيفة، the) and descriptors after it
    (الإخباري) are allowed; ambiguous names (المدى) count, since the caller
    says this is an outlet's name.

    Args:
        name: An outlet name as written, in Arabic or English.

    Returns:
        The outlet's :class:`claimtrack.document.Source`, or None.

    Examples:
        >>> known_source("وكالة الأنباء العراقية").name
        'Iraqi News Agency (INA)'
        >>> known_source("نيويورك تايمز").names["en"]
        'The New York Times'
        >>> known_source("the Ministry of Defence") is None
        True
    """
    tokens = [t for t in tokenize(normalise_text(name).text) if t.text not in _QUOTES]
    if not tokens:
        return None
    found = read_outlet(tokens, 0) or read_outlet(tokens, 1)
    if found is None:
        return None
    outlet, first, end = found
    if first > 1 or (first == 1 and tokens[0].key not in ("the", "ال")):
        return None
    return outlet.source if _only_more_of(tokens[end:], outlet) else None


def same_outlet(found: Source, publisher: Source) -> bool:
    """Whether an outlet named in a text is the publisher of that text.

    Its own name in its own report ("قال مسؤول لـ«عربي بوست»" in Arabi Post,
    "told Fox News Digital" on Fox News) is no relay. Equal ids; the same
    known outlet under another of its names; or one name the other's words
    with a type noun before or a descriptor after ("الجريدة" and "الجريدة
    الكويتية", "Fox News" and "Fox News Digital", "عربي21" and "عربي 21").

    Examples:
        >>> same_outlet(Source(name="الحدث"), Source(name="قناة الحدث"))
        True
        >>> same_outlet(Source(name="العرب"), Source(name="العرب اللندنية"))
        True
        >>> same_outlet(Source(name="Reuters"), Source(name="Reuters Daily News"))
        True
        >>> same_outlet(Source(name="Reuters"), Source(name="The New York Times"))
        False
        >>> same_outlet(Source(name="فارس"), Source(name="وكالة فارس (العربية)"))
        True
    """
    if found.id == publisher.id:
        return True
    return _same_names(found.name, publisher.name)


@functools.lru_cache(maxsize=4096)
def _same_names(found: str, publisher: str) -> bool:
    # Cached: asked for every claim of a document, of the same few outlets.
    # "وكالة فارس (العربية)", "Xinhua (English)": an edition of the outlet
    publisher = _EDITION.sub("", publisher) or publisher
    known = [known_source(n) for n in (found, publisher)]
    if known[0] is not None and known[1] is not None:
        return known[0].id == known[1].id
    a, b = _name_words(found), _name_words(publisher)
    if not a or not b:
        return False
    if "".join(a) == "".join(b):
        return True
    short, long = sorted((a, b), key=len)
    return long[: len(short)] == short


_EDITION = re.compile(r"\s*\([^()]{2,20}\)\s*$")


def _name_words(name: str) -> list[str]:
    """An outlet name's folded words, without type nouns and quotes."""
    return [
        t.key if t.key.isascii() else t.key.removeprefix("ال")
        for t in tokenize(normalise_text(name).text)
        if t.is_word and t.key != "the" and not is_medium(t.key)
    ]


@functools.lru_cache(maxsize=1 << 16)
def is_medium(key: str) -> bool:
    """Whether a word is a type noun of outlets (صحيفة، لوكالة, channel)."""
    return load_attribution_lexicon().phrase("medium", [_strip_l(key)]) is not None


def _only_more_of(tokens: list[Token], outlet: Outlet) -> bool:
    # What follows an outlet's name may only describe it: الإخباري, or
    # another of its names, "(INA)" / "واع".
    words = [t for t in tokens if t.is_word and not _describes(t.key)]
    if not words:
        return True
    again = match_outlet([t.key for t in words], cued=True)
    return (
        again is not None
        and again[0].source == outlet.source
        and again[1] == len(words)
    )


# Between two agencies of one dateline: "وات – أ ف ب", "Reuters/AFP".
_AGENCIES_APART = re.compile(r"\s+[–—-]\s+|\s*/\s*")


def _lexicon_words(words: str) -> bool:
    """Whether any of ``words`` is in a class of the attribution lexicon."""
    lex = load_attribution_lexicon()
    return any(fold(w) in known for w in words.split() for known in lex.words.values())


def _credited(rest: str) -> Outlet | None:
    """The outlet a credit or a dateline's bracket names, and nothing more."""
    tokens = tokenize(normalise_text(rest).text)
    if not tokens or len([t for t in tokens if t.is_word]) > _CREDIT_WORDS:
        return None
    found = read_outlet(tokens, 0)
    if found is None or not _only_more_of(tokens[found[2] :], found[0]):
        return None
    return found[0]


def _wire_after_dashes(line: str) -> str | None:
    """The agency closing a head line of parts between dashes, if any.

    "واشنطن - الحياة الجديدة - أ ف ب": the place, the paper that prints the
    story, and the agency it came from, alone on the line.
    """
    parts = [p.strip() for p in _AGENCIES_APART.split(line.strip()) if p.strip()]
    if len(parts) < 3 or len(line) > 80:
        return None
    wire = _credited(parts[-1])
    if wire is None or wire.kind != "agency" or not is_place(parts[0]):
        return None
    return parts[-1]


def _agency_line(m: re.Match[str]) -> bool:
    """Whether "X – agency" alone on its line is a dateline, not a heading.

    "بغداد - رويترز" (a place), "برلين – (د ب أ)" (a word no list knows before
    a news agency), but not "تقرير - قناة X" nor "تقرير - رويترز".
    """
    if is_place(m["place"]):
        return True
    agency = _credited(m["rest"])
    return (
        agency is not None
        and agency.kind == "agency"
        and not _lexicon_words(m["place"])
    )


def detect_relays(text: str) -> tuple[Source, ...]:
    r"""Find the outlets a whole document relays, from its byline and credits.

    Recognised: a closing or opening credit line (``عن ذي ناشنال``,
    ``نقلا عن رويترز``, ``المصدر: فرانس برس``, ``Translated from Al-Monitor``,
    ``— Reuters``), and an agency dateline (``BAGHDAD (Reuters) -``). A
    translation byline (``ترجمة/ …``, ``Translated by``) is not needed but is
    the usual companion. Mentions in the body ("وفقا لما نقلت رويترز") are
    attributions of single sentences, not relays, and are left out.

    Args:
        text: The document text.

    Returns:
        The relayed outlets, in order of appearance, without repeats.

    Examples:
        >>> detect_relays("ترجمة/ أحمد\nقال مسؤولون إن ...\n عن ذي ناشنال الاخباري")[
        ...     0
        ... ].name
        'The National'
        >>> detect_relays("BAGHDAD (Reuters) - Iraq said on Monday ...")[0].name
        'Reuters'
        >>> detect_relays("بغداد – رويترز:\nقال مسؤولان إن ...")[0].name
        'Reuters'
        >>> detect_relays("بغداد – (د ب أ)\nاختتم الاجتماع ...")[0].name
        'dpa'
        >>> detect_relays("واشنطن - صحيفة الغد - أ ف ب\nأعلنت الوزارة ...")[0].name
        'AFP'
        >>> detect_relays("ونقلت وكالة رويترز عن مصادر أن الخطة جاهزة.")
        ()
    """
    lines = normalise_text(text).text.split("\n")
    found: dict[str, Source] = {}
    head = [line for line in lines if line.strip()][:3]
    for line in lines:
        candidates: list[str] = []
        if _TRANSLATION.match(line):
            # "ترجمة: فلان عن صحيفة الغارديان" names the outlet in the byline.
            candidates.extend(m.group(1) for m in _BYLINE_SOURCE.finditer(line))
        if (m := _CREDIT.match(line)) is not None:
            candidates.append(m.group("rest"))
        if (m := _BARE_CREDIT.match(line)) is not None:
            candidates.append(m.group("a") or m.group("b"))
        if line in head and (m := _NAME_LINE.fullmatch(line)) is not None:
            # "AFP" under a headline, "By Reuters", "WORLD | REUTERS": a wire
            # story's credit on a line of its own
            wire = _credited(m["rest"])
            if wire is not None and wire.kind == "agency":
                candidates.append(m["rest"])
        if line in head and (wire := _wire_after_dashes(line)) is not None:
            candidates.append(wire)  # "واشنطن - الحياة الجديدة - أ ف ب"
        if line in head:
            for pattern in (_DATELINE, _AGENCY_DATELINE, _TITLE_DATELINE):
                m = pattern.match(line)
                if m is not None and pattern is _AGENCY_DATELINE and not m["colon"]:
                    m = m if _agency_line(m) else None
                if m is not None:
                    # "(وات – أ ف ب)": the agency that carries the story, then
                    # the one it came from
                    candidates.extend(_AGENCIES_APART.split(m.group("rest")))
        for rest in candidates:
            if (outlet := _credited(rest)) is not None:
                found.setdefault(outlet.source.id, outlet.source)
    return tuple(found.values())


def item_credits(text: str) -> list[tuple[int, int, Source]]:
    r"""The outlets an aggregator's items are credited to, with each item's span.

    A Google Alert or a search-results page prints each item as a headline,
    the outlet's name on a line of its own, and a snippet: the name's lines,
    with a headline right above it after a blank line, up to a blank line or
    the next such name, are that outlet's.
    The first line is the document's own head (see :func:`detect_relays`).

    Examples:
        >>> t = "Alert\n\nTroops leave\nReuters\nAbout 400 troops remain.\n\nEnd"
        >>> [(t[a:b], s.name) for a, b, s in item_credits(t)]
        [('Troops leave\nReuters\nAbout 400 troops remain.\n', 'Reuters')]
    """
    lines = line_spans(text)
    credited: list[tuple[int, Source]] = []
    for k, (a, b) in enumerate(lines[1:], 1):
        m = _NAME_LINE.fullmatch(text, a, b)
        if m is not None and (outlet := _credited(m["rest"])) is not None:
            credited.append((k, outlet.source))

    def blank(j: int) -> bool:
        return not text[slice(*lines[j])].strip()

    out: list[tuple[int, int, Source]] = []
    for n, (k, source) in enumerate(credited):
        stop = credited[n + 1][0] if n + 1 < len(credited) else len(lines)
        end = next((j for j in range(k + 1, stop) if blank(j)), stop)
        if end == k + 1:
            continue  # a name closing the text: a credit line, for detect_relays
        # the item's headline may stand right above the name, after a blank
        first = k - 1 if k > 1 and not blank(k - 1) and blank(k - 2) else k
        out.append((lines[first][0], min(len(text), lines[end - 1][1] + 1), source))
    return out


def dateline_span(text: str) -> tuple[int, int] | None:
    r"""Return the span of a dateline opening one of the first lines, if any.

    The place and date a report was filed from ("BAGHDAD -", "بغداد -") are
    neither a speaker, nor where a figure is, nor a claim of their own. A
    headline may come first, so the first three non-empty lines are tried.

    Examples:
        >>> dateline_span("BAGHDAD - Iraq's prime minister said ...")
        (0, 10)
        >>> dateline_span("Talks end\nERBIL, Iraq, Sept 30 (Reuters) - Officials said")
        (10, 43)
        >>> dateline_span("بغداد - قال مسؤول ..."), dateline_span("US - Iraq talks ...")
        ((0, 8), None)
        >>> dateline_span("ABU DHABI // The coalition ...")
        (0, 13)
        >>> dateline_span("Baghdad, IRNA -- Iraq's government said ...")
        (0, 17)
        >>> dateline_span("ANKARA, May 8 (Xinhua) -- Turkey said ...")
        (0, 26)
        >>> t = "عمّان 29 كانون الثاني (بترا)- أكد الوزير"
        >>> t[slice(*dateline_span(t))]
        'عمّان 29 كانون الثاني (بترا)- '
        >>> t = "الدوحة في 10 ديسمبر /قنا/ استقبل"
        >>> t[slice(*dateline_span(t))]
        'الدوحة في 10 ديسمبر /قنا/ '
    """
    start, seen = 0, 0
    while start < len(text) and seen < 3:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            found = _ANY_DATELINE.match(text, start, end) or _TITLE_DATELINE.match(
                text, start, end
            )
            if found and not _names_a_role(text[found.end() : end]):
                return start, found.end()
            seen += 1
        start = end + 1
    return None


_ROLE_LINE_WORDS = 6


def _names_a_role(rest: str) -> bool:
    """Whether what follows a dash is a short role: "كريم العبودي - عضو مجلس النواب".

    Then the words before the dash are a writer's name over their post, no
    place a report was filed from.
    """
    words = rest.split()
    lex = load_attribution_lexicon()
    return 0 < len(words) <= _ROLE_LINE_WORDS and lex.has("role", fold(words[0]))
