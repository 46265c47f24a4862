"""Names: fold spellings, resolve aliases and match the names of entities.

One entity has many spellings (البنتاجون / البنتاغون / the Pentagon). This
module owns the three steps that join them, cheapest first:

1. :func:`normalise` folds orthography (harakat, tatweel, hamza seats, ى ة,
   ج غ گ, the article ال and its clitics, "the", "al-", "'s", accents).
2. :class:`AliasTable` looks the folded name up among known spellings
   (``claimtrack/data/aliases.tsv``, user-extensible). Only aliases join names
   that share no letters (داعش / تنظيم الدولة الإسلامية and واشنطن / الولايات
   المتحدة score 8-36 on every rapidfuzz scorer), and two names known to be
   different entities never match, however alike (Hezbollah / Kataib Hezbollah).
3. :func:`match_name` falls back to ``fuzz.token_set_ratio`` of the folded
   names, gated: it scores any token subset 100, so the last distinctive token
   (not in :data:`GENERIC_TOKENS`, 3+ letters) of each name must also pair with
   a distinctive token of the other. So "السوداني" matches "محمد شياع السوداني"
   (family name), but "المتحدة" does not match "الولايات المتحدة" (generic) nor
   "Lloyd" "Lloyd Austin" (given name only).

``DEFAULT_THRESHOLD = 88.0`` (``Settings.name_threshold``) is both the
token_set_ratio a fuzzy match needs and the ratio at which two tokens pair:
real variants pass (Allawi Hussein / Husain 88.9, Sudani / Soudani 92) while
look-alikes fail (Austin / Justin 83, وزير الدفاع الأمريكي / العراقي 77).
JaroWinkler and WRatio are not used: they put different people at 84-89.

Examples:
    >>> match_name("البنتاغون", "the Pentagon").method
    <MatchMethod.ALIAS: 'alias'>
    >>> match_name("السوداني", "رئيس الوزراء محمد شياع السوداني").matched
    True
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from claimtrack.errors import InvalidInput, InvalidRecord

__all__ = [
    "DEFAULT_THRESHOLD",
    "GENERIC_TOKENS",
    "AliasTable",
    "MatchMethod",
    "NameMatch",
    "best_match",
    "match_name",
    "name_key",
    "normalise",
]

DEFAULT_THRESHOLD = 88.0

_KINDS = {"outlet", "person", "office", "group", "place", "organisation", "other"}
_HEADER = ["id", "kind", "lang", "name"]
_LANG = re.compile(r"[a-z]{2,3}")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def _build_table() -> dict[int, str | None]:
    # One str.translate pass does all character folding: normalise() runs
    # millions of times, and a dict lookup per character is the cheapest way.
    table: dict[int, str | None] = {}
    for cp in range(0x10000):
        cat = unicodedata.category(chr(cp))
        if cat in ("Mn", "Me", "Cf", "Cs"):
            table[cp] = None  # harakat, hamza marks split off by NFKD, ZWJ, RLM
        elif cat == "Nd":
            table[cp] = str(unicodedata.decimal(chr(cp)))  # ٢ ۲ → 2
        elif cat[0] in "PSZ" or cat == "Cc":
            table[cp] = " "
    # Apostrophes, ayn/hamza marks and dots vanish: Shi'a = Shia, U.S. = US.
    for ch in "'`´‘’‛′ʹʻʼʾʿ.\u0640":  # U+0640 is tatweel
        table[ord(ch)] = None
    letters = {"ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ة": "ه", "ۃ": "ه"}
    letters |= {"ە": "ه", "ہ": "ه", "ھ": "ه", "ک": "ك", "ڪ": "ك", "ژ": "ز"}
    # /g/ is written ج (Egypt), غ (Levant), گ (Iraq, Iran), ڭ ڨ (Maghreb).
    letters |= dict.fromkeys("غگڭڨچ", "ج") | {"پ": "ب", "ڤ": "ف", "ڥ": "ف"}
    table.update({ord(k): v for k, v in letters.items()})
    return table


_TABLE = _build_table()
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_AMERICAN = re.compile("امير(?=ك)")  # أميركي (Levant) → أمريكي (Egypt, Gulf)
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")


def _strip_article(token: str) -> str:
    # Only with the article, and only if 3+ letters remain: وزارة keeps its و
    # and الله stays whole.
    for prefix in _PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix) :]
    return token


# Words normalise drops before a following word: a name may start with one
# while its key does not.
_DROPPED_FIRST = frozenset({"the", "al", "el"})


def _fold_tokens(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token, more = tokens[i], i + 1 < len(tokens)
        if token == "عبد" and more and tokens[i + 1].startswith("ال"):
            token += tokens[i + 1]  # عبد الله = عبدالله, before articles go
            i += 1
        elif token in ("al", "el") and more:
            i += 1  # al-Sudani = Sudani, as السوداني = سوداني
            continue
        out.append(_strip_article(token))
        i += 1
    while len(out) > 1 and out[0] == "the":
        del out[0]
    return out


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Fold a name to the spelling used for comparison.

    Arabic: harakat, tatweel and hamza marks go (أ إ آ ٱ → ا, ؤ → و, ئ → ي:
    hamza is often left off, as in فواد); ى → ي; ة → ه; ج غ گ ڭ ڨ چ → ج;
    پ → ب; ڤ → ف; ک → ك; ی → ي; أميركي → أمريكي; the article ال, also as
    وال بال فال كال لل, drops off a word when 3+ letters remain; عبد joins the
    next word. A bare و ف ب ل ك stays: it begins too many words (وزارة).
    Latin: accents go, case folds; "'s", a leading "the" and "al"/"el" before
    a word drop. Digits of every script become ASCII; punctuation a space.

    The result has words separated by one space (``""`` if nothing is left),
    and normalise is idempotent.

    Examples:
        >>> normalise("البنتاگون") == normalise("البنتاغون") == "بنتاجون"
        True
        >>> normalise("والولايات المتحدة الأميركية")
        'ولايات متحده امريكيه'
        >>> normalise("The Pentagon's"), normalise("Mohammed Shia' al-Sudani")
        ('pentagon', 'mohammed shia sudani')

    Notes:
        O(len(name)); the last 65536 results are cached.
    """
    text = name if name.isascii() else unicodedata.normalize("NFKD", name)
    text = text.casefold()
    if not text.isascii():  # casefold can make letters that NFKD splits (ǰ)
        text = unicodedata.normalize("NFKD", text)
    text = _POSSESSIVE.sub("", text).translate(_TABLE)
    if "امير" in text:
        text = _AMERICAN.sub("امري", text)
    tokens = text.split()
    while (folded := _fold_tokens(tokens)) != tokens:
        tokens = folded  # to a fixed point, which makes normalise idempotent
    return " ".join(tokens)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Return the exact-match key of a name: its normal form without spaces.

    Word division does not count (عبد المهدي = عبدالمهدي, U.S. = U S).

    Examples:
        >>> name_key("وكالة الأنباء العراقية")
        'وكالهانباءعراقيه'
        >>> name_key("U.S.") == name_key("U S") == name_key("us")
        True
    """
    return normalise(name).replace(" ", "")


# Titles, institutions, nationalities, in-scope places and anonymous sources: a
# name made only of these says nothing about which entity it is.
_GENERIC_WORDS = """
    the of and for new united states state news agency government office ministry
    minister prime deputy president vice secretary spokesman spokesperson adviser
    advisor official department defense defence foreign affairs interior national
    security council embassy coalition international global islamic republic
    forces force army military air base airbase region commission higher committee
    joint general commander chief mission group party times post journal daily
    press media channel newspaper iraq iraqi syria syrian iran iranian america
    american washington baghdad kurdistan kurdish erbil senior source sources
    officials
    الولايات المتحدة وزارة وزير الدفاع الخارجية الداخلية رئيس الوزراء مجلس مستشار
    الحكومة الحكومي وكالة الأنباء أخبار نيوز المتحدث الناطق الرسمي القائد العام
    القوات المسلحة الجيش الأمن الأمني نائب مدير شؤون الأمريكي الأمريكية العراقي
    العراقية السوري السورية الإيراني الإيرانية الدولي الدولية التحالف الدولة تنظيم
    الإسلامية الإسلامي الجمهورية السفارة السفير صحيفة جريدة قناة موقع إقليم قاعدة
    مطار اللجنة العسكرية العليا المشتركة هيئة حزب البيت العراق سوريا سورية إيران
    أمريكا واشنطن بغداد كردستان كوردستان أربيل مسؤول مسؤولون مسؤولين مصدر مصادر
    كبير رفيع المستوى المتحدثة الناطقة القنصلية
"""
GENERIC_TOKENS = frozenset(normalise(word) for word in _GENERIC_WORDS.split())


def _distinctive(normal: str) -> list[str]:
    return [t for t in normal.split() if len(t) >= 3 and t not in GENERIC_TOKENS]


def _pairs(token: str, others: list[str], threshold: float) -> bool:
    return any(
        token == other or fuzz.ratio(token, other, score_cutoff=threshold)
        for other in others
    )


@lru_cache(maxsize=1 << 16)
def _fuzzy(a: str, b: str, threshold: float) -> tuple[bool, float]:
    # a and b are normal forms; see the module docstring for the gate.
    score = fuzz.token_set_ratio(a, b)
    if score < threshold:
        return False, score
    da, db = _distinctive(a), _distinctive(b)
    ok = bool(da and db) and _pairs(da[-1], db, threshold)
    return ok and _pairs(db[-1], da, threshold), score


class MatchMethod(StrEnum):
    """How :func:`match_name` decided.

    Examples:
        >>> MatchMethod("fuzzy") is MatchMethod.FUZZY
        True
    """

    ALIAS = "alias"
    EXACT = "exact"
    FUZZY = "fuzzy"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The verdict of :func:`match_name`; truthy when the names match.

    Attributes:
        matched: Whether the two names denote the same entity.
        score: Similarity 0-100 (100 for exact and alias matches). A high
            score with ``matched=False`` means the names look alike but the
            generic-token gate or the alias table keeps them apart.
        method: Which step decided (``NONE`` when they do not match).

    Examples:
        >>> bool(NameMatch(matched=False, score=100.0, method=MatchMethod.NONE))
        False
    """

    matched: bool
    score: float
    method: MatchMethod

    def __bool__(self) -> bool:
        return self.matched


class AliasTable(Mapping[str, str]):
    """An immutable mapping from name spellings to entity ids.

    Keys are :func:`name_key` forms, so any spelling that folds to a known
    one resolves. Each entity has one kind and names in several languages;
    its first name in a language is its canonical name there.

    Args:
        rows: ``(id, kind, lang, name)`` tuples; kind is outlet, person,
            office, group, place, organisation or other.

    Raises:
        InvalidInput: A malformed row, a name that already names another
            entity, or a second kind for an entity.

    Examples:
        >>> t = AliasTable([("isis", "group", "ar", "داعش")])
        >>> t["داعـــش"], len(t), "ISIS" in t
        ('isis', 1, False)
    """

    __slots__ = ("_ids", "_kinds", "_names", "_prefixes", "_vocabs")

    def __init__(self, rows: Iterable[tuple[str, str, str, str]] = ()) -> None:
        self._ids: dict[str, str] = {}
        self._kinds: dict[str, str] = {}
        self._names: dict[str, list[tuple[str, str]]] = {}
        self._vocabs: dict[str, list[str]] = {}  # a cache, filled by _vocab
        self._prefixes: frozenset[str] | None = None  # a cache, see may_begin
        for row in rows:
            self._add(*row)

    def _add(
        self, eid: str, kind: str, lang: str, name: str, *, over: bool = False
    ) -> None:
        # Only called while a table is being built; tables never change after.
        if not eid or eid != eid.strip():
            raise InvalidInput("empty or padded entity id", field="id", value=eid)
        if kind not in _KINDS:
            raise InvalidInput(f"unknown kind {kind!r}", field="kind", value=kind)
        if not _LANG.fullmatch(lang):
            raise InvalidInput(f"bad language code {lang!r}", field="lang", value=lang)
        if not (key := name_key(name)):
            raise InvalidInput("name has no letters", field="name", value=name)
        known = self._kinds.get(eid, kind)
        if "other" not in (kind, known) and kind != known:
            raise InvalidInput(
                f"{eid!r} is already of kind {known!r}", field="kind", value=kind
            )
        if (owner := self._ids.get(key, eid)) != eid:
            if not over:
                raise InvalidInput(f"already names {owner!r}", field="name", value=name)
            self._names[owner] = [
                n for n in self._names[owner] if name_key(n[1]) != key
            ]
        self._ids[key] = eid
        self._kinds[eid] = known if kind == "other" else kind
        names = self._names.setdefault(eid, [])
        if (lang, name) not in names:
            names.append((lang, name))

    @classmethod
    def default(cls) -> AliasTable:
        """Return the table shipped in ``claimtrack/data/aliases.tsv`` (cached).

        Examples:
            >>> AliasTable.default().resolve("البنتاجون")
            'pentagon'
        """
        return _default_table()

    @classmethod
    def from_tsv(cls, path: str | os.PathLike[str]) -> AliasTable:
        r"""Load a UTF-8 TSV file with the header ``id kind lang name``.

        Blank lines and lines starting with ``#`` are skipped.

        Raises:
            InvalidRecord: A malformed row, or one that conflicts with an
                earlier row; the message starts with ``path:line``.

        Examples:
            >>> import pathlib, tempfile
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.tsv"
            >>> _ = p.write_text("id\tkind\tlang\tname\nina\toutlet\tar\tواع\n")
            >>> AliasTable.from_tsv(p).resolve("واع")
            'ina'
        """
        with open(path, encoding="utf-8-sig") as handle:
            return cls._parse(handle.read(), os.fspath(path))

    @classmethod
    def _parse(cls, text: str, where: str) -> AliasTable:
        table, lines = cls(), text.splitlines()
        if not lines or lines[0].rstrip("\r").split("\t") != _HEADER:
            raise InvalidRecord(
                "header must be: id kind lang name", where=where, line=1
            )
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\r").split("\t")
            try:
                if len(cells) != 4:
                    raise InvalidInput(f"{len(cells)} tab-separated columns, not 4")
                table._add(*cells)
            except InvalidInput as error:
                raise InvalidRecord(
                    error.message,
                    where=where,
                    line=number,
                    field=error.field,
                    value=line,
                ) from error
        return table

    def with_aliases(
        self,
        entity_id: str,
        names: Iterable[str],
        *,
        kind: str = "other",
        lang: str | None = None,
        override: bool = False,
    ) -> AliasTable:
        """Return a new table in which ``names`` also name ``entity_id``.

        Args:
            entity_id: A known or new entity id.
            names: Spellings to add.
            kind: The entity's kind; ``"other"`` keeps a known entity's kind.
            lang: Language of the names; by default ``"ar"`` for names in
                Arabic script, else ``"en"``.
            override: Move names that name another entity instead of raising.

        Raises:
            InvalidInput: A name names another entity, or the kind clashes.

        Examples:
            >>> t = AliasTable.default().with_aliases("pentagon", ["DoD HQ"])
            >>> t.resolve("dod hq"), AliasTable.default().resolve("dod hq")
            ('pentagon', None)
        """
        new = AliasTable()
        new._ids, new._kinds = dict(self._ids), dict(self._kinds)
        new._names = {k: list(v) for k, v in self._names.items()}
        for name in names:
            code = lang or ("ar" if _ARABIC.search(name) else "en")
            new._add(entity_id, kind, code, name, over=override)
        return new

    def may_begin(self, word: str) -> bool:
        """Whether a name that starts with ``word`` could be in the table.

        A cheap test before trying every run of words from ``word`` on: the
        key of such a run starts with the key of its first word, except when
        that word is one :func:`normalise` drops before another ("the", "al",
        "el") or has no letters. Exact: False only when no run can resolve.

        Examples:
            >>> t = AliasTable.default()
            >>> t.may_begin("البنتاغون"), t.may_begin("the"), t.may_begin("قال")
            (True, True, False)
        """
        key = name_key(word)
        if not key or key in _DROPPED_FIRST:
            return True
        if self._prefixes is None:
            self._prefixes = frozenset(
                k[:i] for k in self._ids for i in range(1, len(k) + 1)
            )
        return key in self._prefixes

    def resolve(self, name: str) -> str | None:
        """Return the id of the entity a name denotes, or ``None``.

        Examples:
            >>> AliasTable.default().resolve("تنظيم «الدولة الإسلامية»")
            'isis'
        """
        return self._ids.get(name_key(name))

    def names_of(self, entity_id: str, lang: str | None = None) -> tuple[str, ...]:
        """Return an entity's names as written, canonical first.

        ``lang=None`` gives all languages; an unknown id gives ``()``.

        Examples:
            >>> AliasTable.default().names_of("erbil", "ar")
            ('أربيل', 'اربيل', 'هولير')
        """
        names = self._names.get(entity_id, ())
        return tuple(n for code, n in names if lang is None or code == lang)

    def canonical_name(self, entity_id: str, lang: str = "en") -> str:
        """Return an entity's first name in ``lang``, else its first name.

        Raises:
            KeyError: The id is unknown.

        Examples:
            >>> t = AliasTable.default()
            >>> t.canonical_name("isis"), t.canonical_name("isis", "ar")
            ('ISIS', 'داعش')
        """
        names = self._names[entity_id]
        return next((n for code, n in names if code == lang), names[0][1])

    def kind_of(self, entity_id: str) -> str:
        """Return an entity's kind; raise ``KeyError`` if the id is unknown.

        Examples:
            >>> AliasTable.default().kind_of("reuters")
            'outlet'
        """
        return self._kinds[entity_id]

    def _normals(self, entity_id: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(normalise(n) for _, n in self._names[entity_id]))

    def _vocab(self, entity_id: str) -> list[str]:
        # Distinctive tokens of all spellings of an entity, cached.
        if entity_id not in self._vocabs:
            tokens = (t for n in self._normals(entity_id) for t in _distinctive(n))
            self._vocabs[entity_id] = list(dict.fromkeys(tokens))
        return self._vocabs[entity_id]

    def __getitem__(self, name: str) -> str:
        return self._ids[name_key(name)]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name_key(name) in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return f"<AliasTable: {len(self._names)} entities, {len(self)} names>"


@cache
def _default_table() -> AliasTable:
    resource = files("claimtrack").joinpath("data/aliases.tsv")
    return AliasTable._parse(resource.read_text(encoding="utf-8"), str(resource))


def match_name(
    a: str,
    b: str,
    *,
    aliases: AliasTable | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> NameMatch:
    """Decide whether two names denote the same entity.

    In order: equal :func:`name_key` → ``exact``; both in the alias table →
    ``alias`` if one entity, else no match; else the gated token_set_ratio
    (module docstring) → ``fuzzy``. If one name is known and every
    distinctive token of the other is among its entity's, the other is also
    compared with each of the entity's spellings: "الرئيس الأمريكي جو بايدن"
    matches "Joe Biden" through "جو بايدن", but "أحمد السوداني" does not reach
    the prime minister through "السوداني".

    Args:
        a: A name.
        b: Another name; the result is symmetric in ``a`` and ``b``.
        aliases: The alias table; :meth:`AliasTable.default` if ``None``.
            ``AliasTable()`` matches on spelling alone.
        threshold: Minimum token_set_ratio, and minimum ratio for two
            tokens to pair (0-100).

    Examples:
        >>> match_name("داعش", "تنظيم الدولة الإسلامية")
        NameMatch(matched=True, score=100.0, method=<MatchMethod.ALIAS: 'alias'>)
        >>> match_name("المتحدة", "الولايات المتحدة").matched
        False
        >>> match_name("Hezbollah", "Kataib Hezbollah").matched
        False

    Notes:
        O(len(a) + len(b)) per spelling compared; fuzzy scores are cached.
    """
    ka, kb = name_key(a), name_key(b)
    if ka > kb:  # one order for every pair makes the verdict symmetric
        a, b, ka, kb = b, a, kb, ka
    if not ka or not kb:  # nothing left to compare but the raw strings
        same = ka == kb and a == b and any(c.isalpha() for c in a)
        return NameMatch(same, 100.0 * same, _method(same, MatchMethod.EXACT))
    if ka == kb:
        return NameMatch(True, 100.0, MatchMethod.EXACT)
    table = AliasTable.default() if aliases is None else aliases
    ida, idb = table._ids.get(ka), table._ids.get(kb)
    if ida is not None and ida == idb:
        return NameMatch(True, 100.0, MatchMethod.ALIAS)
    na, nb = normalise(a), normalise(b)
    if ida is not None and idb is not None:  # known to be different entities
        return NameMatch(False, fuzz.token_set_ratio(na, nb), MatchMethod.NONE)
    ok, score = _fuzzy(*sorted((na, nb)), threshold)
    for known, other in ((ida, nb), (idb, na)):
        if known is None:
            continue
        vocab = table._vocab(known)
        if all(_pairs(t, vocab, threshold) for t in _distinctive(other)):
            spellings = table._normals(known)
            scores = (_fuzzy(*sorted((n, other)), threshold) for n in spellings)
            ok, score = max((ok, score), *scores)
    return NameMatch(ok, score, _method(ok, MatchMethod.FUZZY))


def _method(matched: bool, method: MatchMethod) -> MatchMethod:
    return method if matched else MatchMethod.NONE


def best_match(
    name: str,
    candidates: Iterable[str],
    *,
    aliases: AliasTable | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[str, float] | None:
    """Return the candidate that best matches ``name``, with its score.

    ``aliases`` and ``threshold`` are as in :func:`match_name`. Returns
    ``(candidate, score)`` of the best match (the first on a tie), or ``None``
    if no candidate matches.

    Examples:
        >>> best_match("البنتاغون", ["the White House", "the Pentagon"])
        ('the Pentagon', 100.0)
        >>> best_match("المتحدة", ["الولايات المتحدة"]) is None
        True

    Notes:
        O(n) calls to :func:`match_name` for n candidates.
    """
    best: tuple[str, float] | None = None
    for candidate in candidates:
        m = match_name(name, candidate, aliases=aliases, threshold=threshold)
        if m.matched and (best is None or m.score > best[1]):
            best = (candidate, m.score)
    return best
