"""Attribution: whom each sentence of a document puts its words in the mouth of.

This module owns :class:`Frame` and :func:`find_frames`. The text is cut into
sentences (:mod:`~claimtrack.extract.sentences`), and a sentence that starts a
second frame after فيما / بينما / في حين / while into clauses; the grammar of
:mod:`~claimtrack.extract.attribution_grammar` reads each clause on its own;
this module then resolves what needs the rest of the document:

- anaphors: الصحيفة / the newspaper → the newspaper named last; المصادر /
  the sources → the last anonymous group, with its chain; البيان / the
  statement → the last statement; بعضهم → some of the last group;
- continuation: وأضاف، وأشار إلى، He added (no subject of their own), a
  participle (مضيفا أن), a bare quotation in the same paragraph, and a speaker
  named again (وأضاف علاوي) carry the speaker and chain over;
- chains: the document's ``relays`` (a translation or copy, see
  :func:`~claimtrack.extract.outlets.detect_relays`) start every chain, then
  the outlets the clause names, nearest to the document first.

A sentence with no frame is in the outlet's own voice.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimtrack.claim import Stance
from claimtrack.document import Source
from claimtrack.extract.attribution_grammar import (
    HEADING_REACH,
    PARTY,
    Reading,
    introduces_list,
    read_clause,
    read_heading,
    read_letter,
)
from claimtrack.extract.attribution_lexicon import (
    Token,
    bare_forms,
    fold,
    is_nisba,
    load_attribution_lexicon,
    tokenize,
)
from claimtrack.extract.attribution_phrases import COMMAS, PhraseReader, Ref
from claimtrack.extract.outlets import (
    Outlet,
    detect_relays,
    is_medium,
    item_credits,
    known_source,
    match_outlet,
    may_name_outlet,
    name_runs_on,
    read_outlet,
)
from claimtrack.extract.sentences import BULLETS, split_sentences, split_spans
from claimtrack.extract.speakers import (
    complements,
    entity_kind,
    is_name_like,
    is_place,
    read_person,
    read_speaker,
    resolve_entity,
)
from claimtrack.extract.text import NormalisedText, normalise_text
from claimtrack.extract.transcripts import Label, speaker_labels
from claimtrack.speaker import Speaker, SpeakerKind

__all__ = [
    "Frame",
    "detect_relays",
    "find_frames",
    "is_medium",
    "known_source",
    "split_sentences",
]

_CONTRAST = frozenset(
    fold(w) for w in ["فيما", "وفيما", "بينما", "وبينما", "while", "whereas"]
)
# "…, and two officials told HuffPost that …": another frame when a speaker
# and a reporting verb follow; "…, and some 62 service members have reported
# injuries" counts something, and is no frame.
_AND = frozenset({"and", "but"})
_CONTRAST_TWO = frozenset({("في", "حين"), ("في", "وقت"), ("وفي", "حين")})
_QUOTE_MARKS = frozenset('"“”«»')
# A line that opens an item of a list: "1.", "2)", "أ.", "أولاً:", "•", "First,".
_LIST_ITEM = re.compile(
    rf"[^\S\n]*(?:\(?\d{{1,2}}[.)\-–]|[أبجدهوزحطيa-h][.)\-–](?=\s)|[{BULLETS}·*\-–]"
    r"|(?:اولا|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\u064b?"
    r"\s*[:\-–]|(?:First|Second|Third|Fourth|Fifth)[,:])"
)
_LABEL_ENDS = frozenset(":–—-|")
_WINDOW = 100  # characters after a speaker phrase searched for anonymity markers
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Frame:
    """The attribution of one sentence (or clause) of a document.

    Attributes:
        start: Start of the sentence in the original text.
        end: End of the sentence (exclusive).
        speaker: Who the sentence's content is attributed to;
            :meth:`Speaker.outlet_voice` when the outlet says it itself, or
            when only an outlet is cited (then the last outlet of ``chain``
            is the one speaking).
        speaker_span: Where the speaker is named in this sentence, if it is.
        chain: The outlets the document relays for this sentence, nearest
            to the document first, beginning with the document's relays.
        stance: The force of the reporting cue (says, confirms, expects…).
        inherited: Whether speaker or chain were carried over from an
            earlier sentence.
        content: Spans of the reported content. Figures outside them (the
            day a statement was made, an editorial aside in brackets) are
            the outlet's own: see :meth:`speaker_at`.

    Examples:
        >>> text = "قال مسؤول عراقي، الاثنين، إن 500 جندي سيغادرون."
        >>> frame = find_frames(text)[0]
        >>> frame.speaker.kind.value, frame.stance.value
        ('anonymous', 'says')
        >>> frame.speaker_at(text.index("500")).kind.value
        'anonymous'
        >>> frame.speaker_at(text.index("الاثنين")).is_outlet
        True
    """

    start: int
    end: int
    speaker: Speaker
    speaker_span: Span | None
    chain: tuple[Source, ...]
    stance: Stance
    inherited: bool
    content: tuple[Span, ...] = ()

    def speaker_at(self, offset: int) -> Speaker:
        """Return who a figure at ``offset`` in this sentence is attributed to.

        Args:
            offset: An offset in the original text, inside this sentence.

        Returns:
            :attr:`speaker` inside the reported content, otherwise the
            outlet's own voice.

        Examples:
            >>> f = find_frames("Officials said 2,500 troops remain.")[0]
            >>> f.speaker_at(15).name
            'Officials'
        """
        if any(a <= offset < b for a, b in self.content):
            return self.speaker
        return Speaker.outlet_voice()


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: Speaker
    chain: tuple[Source, ...]  # own chain, without the document's relays


def _unique(sources: Sequence[Source]) -> tuple[Source, ...]:
    kept: dict[str, Source] = {}
    for source in sources:
        kept.setdefault(source.id, source)  # the first mention wins, relays first
    return tuple(kept.values())


def _same_person(a: Speaker, b: Speaker) -> bool:
    if a.kind is not SpeakerKind.PERSON or b.kind is not SpeakerKind.PERSON:
        return False
    if a.entity and b.entity:
        return a.entity == b.entity
    mine = {w.removeprefix("ال") for w in fold(a.name).split()}
    theirs = {w.removeprefix("ال") for w in fold(b.name).split()}
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _office_named_before(
    speaker: Speaker, offices: Sequence[Speaker]
) -> Speaker | None:
    """The office a bare definite noun refers back to: الوزارة → وزارة الدفاع.

    Only a one-word name ("الوزارة", "ministry", "the embassy") is an
    anaphor; it takes the last office whose name has the same head word.
    """
    words = fold(speaker.name).split()
    if len(words) > 2 or (len(words) == 2 and words[0] != "the"):
        return None
    head = words[-1].removeprefix("ال")
    for known in reversed(offices):
        names = [w.removeprefix("ال") for w in fold(known.name).split()]
        if len(names) > 1 and head in names:
            return known
        if head in _GROUP_NOUNS and _is_armed_group(known.name):
            return known  # "The Islamic Resistance in Iraq claimed … The group"
    return None


# "رئيس الوفد" / "the head of the delegation" refers back to the person after
# "وفد … برئاسة" / "a delegation headed by", within a few words of the body.
_HEADS = frozenset(fold(w) for w in ("رئيس", "head", "leader"))
_HEADED_BY = frozenset(fold(w) for w in ("برئاسة", "بقيادة"))
_HEADED_BY_EN = frozenset({("headed", "by"), ("led", "by")})
_HEAD_REACH = 8

# A letterhead's parts after the first that are its voice, not another office:
# its media office ("إعلام الجهاز", "المكتب الإعلامي", "Press Office") and a
# branch ("فرع الأنبار").
_MEDIA_WORDS = frozenset(
    fold(w)
    for w in ("إعلام", "الإعلام", "الإعلامي", "media", "press", "communications")
)
_SUB_UNITS = frozenset({fold("فرع"), "branch"})
# A state's name heading a letterhead over its ministry: جمهورية العراق.
_STATES = frozenset(fold(w) for w in ("جمهورية", "مملكة", "republic", "kingdom"))


def _is_complement(token: Token) -> bool:
    """Whether a word goes on an office's name with what it is of (لإقليم، في)."""
    return token.key in ("في", "of", "for", "in") or (
        token.key[:1] == "ل" and len(token.key) > 3
    )


# Nouns that refer back to an armed group named before: the group, الفصيل.
_GROUP_NOUNS = frozenset(
    fold(w) for w in ("group", "militia", "faction", "جماعه", "فصيل", "حركه")
)


def _is_armed_group(name: str) -> bool:
    entity = resolve_entity(name)
    return entity is not None and entity_kind(entity) == "group"


def _office_in_text(speaker: Speaker, text: str, before: int) -> tuple[int, int] | None:
    """Where the text last named the office a bare noun refers to.

    "الوزارة" after "وزارة الخارجية العراقية" (in any role, not only as a
    speaker): the head noun and the definite words after it; "المجلس" after
    "المجلس الوزاري للأمن الوطني", the head with its article and adjective;
    "the ministry" after "the Ministry of Defence of Hungary", the head, "of"
    and the capitalised words after it. Returns the span of that name in
    ``text``.
    """
    words = speaker.name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 1 and words[0].isascii() and words[0].isalpha():
        # "Department data show" after "the Department of Foreign Employment":
        # the head, then "of" and capitalised words
        head = re.escape(words[0].capitalize())
        pattern = rf"\b(?P<name>{head}(?:\s+(?:of|for)(?:\s+the)?"
        pattern += r"(?:\s+(?:[A-Z][\w'’-]*|and|of))+))"
        found = list(re.finditer(pattern, text[:before]))
        if not found:
            return None
        span = found[-1].span("name")
        name = text[span[0] : span[1]]
        while name.split()[-1] in ("and", "of"):  # "… of Labour and" → "… of Labour"
            name = name.rsplit(maxsplit=1)[0]
        return span[0], span[0] + len(name)
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return None
    head = re.escape(words[0][2:])
    pattern = rf"(?<!\w)[وفلب]?(?P<name>(?:ال)?{head}(?:\s+(?:ال|لل)\w+){{1,3}})"
    found = list(re.finditer(pattern, text[:before]))
    return found[-1].span("name") if found else None


def _role_words(name: str) -> set[str]:
    return {w.removeprefix("ال") for w in fold(name).split()} - {"the", "a", "an"}


def _person_by_role(speaker: Speaker, people: Sequence[Speaker]) -> Speaker | None:
    """The person a role noun refers back to: "the defense secretary" → Hegseth.

    "Defense Secretary Pete Hegseth said … The defense secretary also said":
    the latest person named with that role. The phrase must hold a role word
    (secretary, spokesman, وزير، المتحدث), so "the Pentagon" stays the office.
    """
    words = _role_words(speaker.name)
    lex = load_attribution_lexicon()
    if not words or not any(lex.has("role", w) for w in words):
        return None
    for known in reversed(people):
        if known.role and words <= _role_words(known.role):
            return known
    return None


def _goes_on_with(speaker: Speaker, phrase: str, prev: Speaker) -> bool:
    """Whether a bare definite noun goes on with the speaker just quoted.

    "Pat Ryder told reporters … The spokesman added": a role with its article
    after a person named without one (a person named with another role is
    another). "عن مسؤول أمني عراقي … ولفت المسؤول", "a U.S. official said …
    The official added": the head of the unnamed source just quoted.
    """
    words = _role_words(speaker.name)
    if len(words) != 1 or not fold(phrase).startswith(("the ", "ال")):
        return False
    (word,) = words
    if prev.kind is SpeakerKind.PERSON:
        return not prev.role and load_attribution_lexicon().has("role", word)
    if prev.kind is SpeakerKind.ANONYMOUS:
        return prev.count in (None, 1) and word in _role_words(prev.name)
    return False


def _person_by_surname(speaker: Speaker, people: Sequence[Speaker]) -> Speaker | None:
    """The person a bare surname refers back to: "Awadi said" → Basim al-Awadi.

    News names a person in full once, then by the family name alone: a
    one-word name that is the last word of a person named before (the
    article and the al- prefix aside) is that person, the latest one first.
    """
    words = _role_words(speaker.name)
    if len(words) != 1:
        return None
    (surname,) = words
    for known in reversed(people):
        names = [w.removeprefix("al-") for w in fold(known.name).split()]
        if len(names) > 1 and names[-1].removeprefix("ال") == surname.removeprefix(
            "al-"
        ):
            return known
    return None


def _named_before(speaker: Speaker, text: str) -> Speaker | None:
    """The person a transcript's surname label names in full earlier in the text.

    "We asked Dr. Lina Haddad … HADDAD: …": the latest capitalised name
    that ends with the label's one word, though not as a speaker.
    """
    words = speaker.name.split()
    if len(words) != 1 or not words[0].isascii():
        return None
    pattern = rf"\b((?:[A-Z][\w'’-]+ ){{1,3}}){re.escape(words[0])}\b"
    found = list(re.finditer(pattern, text))
    if not found:
        return None
    name = found[-1].group(0)
    return Speaker(kind=SpeakerKind.PERSON, name=name, role=speaker.role)


class _Document:
    """What the sentences read so far say, for resolving the next one."""

    def __init__(
        self, text: str, norm: NormalisedText, relays: Sequence[Source]
    ) -> None:
        self.text, self.norm, self.relays = text, norm, tuple(relays)
        self.outlets: list[tuple[int, Outlet]] = []
        self.prev: _Said | None = None
        self.groups: list[_Said] = []  # anonymous groups, in order
        self.last_statement: _Said | None = None
        self.people: list[Speaker] = []
        self.offices: list[Speaker] = []
        # The latest clause, when nobody spoke in it: its subject may be whom
        # "He said" or وأضاف refers to next.
        self.unsaid: list[Token] | None = None
        self.tokens: list[Token] = []  # the text's, as find_frames reads it

    def original(self, a: int, b: int) -> Span:
        return self.norm.to_original(a, b)

    def written(self, a: int, b: int) -> str:
        x, y = self.norm.to_original(a, b)
        return self.text[x:y]

    def scan_outlets(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            if not _may_open_outlet(tokens[i].key):
                i += 1
                continue
            found = None
            if is_medium(tokens[i].key):
                found = read_outlet(tokens, i)
            if found is None:
                bare = match_outlet([t.key for t in tokens[i : i + 6]], cued=False)
                found = (bare[0], i, i + bare[1]) if bare else None
                if bare and name_runs_on(tokens, i + bare[1]):
                    found = None
            if found is not None:
                self.outlets.append((tokens[i].start, found[0]))
                i = found[2]
            else:
                i += 1

    def outlet_named(self, speaker: Speaker, before: int) -> Source | None:
        """An outlet named before ``before`` under the speaker's very name."""
        if speaker.kind is SpeakerKind.ANONYMOUS or speaker.is_outlet:
            return None
        name = fold(speaker.name)
        for pos, outlet in reversed(self.outlets):
            if pos < before and fold(outlet.source.name) == name:
                return outlet.source
        return None

    def outlet_of(self, ref: Ref, tokens: list[Token]) -> Source | None:
        if ref.outlet is not None:
            self.outlets.append((tokens[ref.first].start, ref.outlet))
            return ref.outlet.source
        at = tokens[ref.first].start
        earlier = [o for pos, o in self.outlets if pos < at]
        same_kind = [o for o in earlier if o.kind == ref.value]
        chosen = (same_kind or earlier)[-1:] if earlier else []
        return chosen[0].source if chosen else None

    def group(self, noun: str | None) -> _Said | None:
        """The anonymous group a definite noun or partitive refers back to.

        The last group whose head shares the noun's stem (المصادر → مصادر
        متعددة, the officials → US officials), else the last group.
        """
        if noun is not None:
            stem = bare_forms(noun)[-1][:4]
            for said in reversed(self.groups):
                words = fold(said.speaker.name).split()
                if any(bare_forms(w)[-1][:4] == stem for w in words):
                    return said
        return self.groups[-1] if self.groups else None

    def speaker_of(
        self, ref: Ref, tokens: list[Token]
    ) -> tuple[Speaker | None, _Said | None]:
        """Resolve a speaker phrase; the second value is what it refers back to."""
        a, b = tokens[ref.first].start, tokens[max(ref.first, ref.end - 1)].end
        phrase = self.written(a, b).strip(' "“”«»،,')
        if ref.kind == "pronoun":
            return None, self.prev
        if ref.kind == "joint":
            return Speaker(kind=SpeakerKind.OFFICE, name="joint statement"), None
        if ref.kind == "anaphor" and ref.value == "statement":
            # "The SDF's General Command announced … According to the
            # statement": a body's announcement is its statement, though
            # not called one.
            issued = self.last_statement or (
                self.prev
                if self.prev is not None
                and self.prev.speaker.kind is SpeakerKind.OFFICE
                else None
            )
            if issued is not None:
                return issued.speaker, issued
        group = self.group(
            ref.value if ref.kind == "partitive" else tokens[ref.first].key
        )
        if ref.kind in ("anaphor", "partitive") and group is not None:
            if ref.kind == "anaphor":
                return group.speaker, group
            part = Speaker(
                kind=SpeakerKind.ANONYMOUS, name=f"{phrase} ({group.speaker.name})"
            )
            return part, group
        if ref.kind in ("anaphor", "partitive"):
            kind = (
                SpeakerKind.OFFICE
                if ref.value == "statement"
                else SpeakerKind.ANONYMOUS
            )
            return Speaker(kind=kind, name=phrase or "unnamed"), None
        after = fold(self.norm.text[a : b + _WINDOW])
        speaker = read_speaker(ref.segments, self.written, after=after)
        if speaker is None:
            return None, None
        for known in self.people:
            if _same_person(speaker, known):
                return known, None
        if speaker.kind is SpeakerKind.PERSON:
            if (person := _person_by_surname(speaker, self.people)) is not None:
                return person, None
            self.people.append(speaker)
        if (
            speaker.kind in (SpeakerKind.OFFICE, SpeakerKind.ANONYMOUS)
            and self.prev is not None
            and _goes_on_with(speaker, phrase, self.prev.speaker)
        ):
            return self.prev.speaker, self.prev  # through the same channel
        if speaker.kind is SpeakerKind.OFFICE:
            if (person := _person_by_role(speaker, self.people)) is not None:
                return person, None
            if (named := self.named_with_role(speaker, a)) is not None:
                return named, None
            if (named := self.head_named_before(speaker, a)) is not None:
                return named, None
            if (
                known_office := _office_named_before(speaker, self.offices)
            ) is not None:
                return known_office, None
            if (named := _office_in_text(speaker, self.norm.text, a)) is not None:
                # أصدرت وزارة الخارجية العراقية بياناً … وأكدت الوزارة: named
                # before, though not as a speaker
                speaker = Speaker(kind=speaker.kind, name=self.written(*named))
            self.offices.append(speaker)
        return speaker, None

    def head_named_before(self, speaker: Speaker, before: int) -> Speaker | None:
        """Who heads a body named before with its head: رئيس الوفد, "the head".

        "… وفداً من التحالف برئاسة اللواء X … أشار رئيس الوفد", "a delegation
        led by General X … the head of the delegation": X, when the words
        after the head word read as a person.
        """
        words = [w for w in fold(speaker.name).split() if w not in ("the", "of")]
        if len(words) != 2 or words[0] not in _HEADS:
            return None
        body = words[1].removeprefix("ال")
        tokens = self.tokens_before(before)
        for i in reversed(range(len(tokens))):
            if {tokens[i].key, *bare_forms(tokens[i].key)} & {body, body + "ا"}:
                break
        else:
            return None
        for j in range(i + 1, min(i + _HEAD_REACH, len(tokens) - 1)):
            k, after = tokens[j].key, tokens[j + 1].key
            at = j + 1 if k in _HEADED_BY else j + 2 * ((k, after) in _HEADED_BY_EN)
            if at > j:
                end = PhraseReader(tokens).segment(at)
                return read_person([tokens[at:end]], self.written)
        return None

    def named_with_role(self, speaker: Speaker, before: int) -> Speaker | None:
        """Whom a bare definite role refers to, named with that role before.

        "استقبل … قائد قوة المهام المشتركة، الميجر جنرال مايكل هاينز … وأكد
        الجنرال الأمريكي": the general named, though not as a speaker; "ناقش
        تقريراً قدّمه وزير شؤون البيشمركة … وبيّن الوزير": the minister's full
        title. Only the latest mention of the role word counts, and only
        when it names more than the bare role.
        """
        words = fold(speaker.name).split()
        lex = load_attribution_lexicon()
        if not 1 <= len(words) <= 2 or not words[0].startswith("ال"):
            return None
        role = words[0][2:]
        # الجنرال الأمريكي, الأمين العام: a role with its adjectives
        if not lex.has("role", role) or not all(
            is_nisba(w) or lex.has("adjective", w) for w in words[1:]
        ):
            return None
        tokens = self.tokens_before(before)
        at = [
            i
            for i, t in enumerate(tokens)
            # وزير is no و + زير: the conjunction only before a whole role
            if role == t.key.removeprefix("ال")
            or (t.key[:1] == "و" and role == t.key[1:].removeprefix("ال"))
        ]
        if not at:
            return None
        end = PhraseReader(tokens).segment(at[-1])
        if end <= at[-1] + 1 or end >= len(tokens):
            return None
        role_words = tokens[at[-1] : end]
        if tokens[end].text in COMMAS:
            # الأمين العام لوزارة شؤون البيشمركة، الفريق بختيار محمد صديق،:
            # the role, then its holder's name between commas
            b = next(
                (x for x in range(end + 1, len(tokens)) if not tokens[x].is_word),
                len(tokens),
            )
            name = tokens[end + 1 : b]
            if (
                b < len(tokens)
                and tokens[b].text in COMMAS
                and complements(role_words, name)
            ):
                return read_speaker([role_words, name], self.written)
        return read_speaker([role_words], self.written)

    def tokens_before(self, offset: int) -> list[Token]:
        """The document's tokens that start before ``offset`` (normalised text)."""
        return self.tokens[: bisect.bisect_left(self.tokens, offset, key=_start)]

    def surname_before(self, speaker: Speaker, before: int) -> Speaker | None:
        """The person an Arabic label's one word names in full earlier on.

        "ضيفنا اليوم الباحث … الدكتور رافد الخفاجي … الخفاجي: …": the latest
        mention of the word that names more, read with the words before it
        while they still read as that person (the title goes with the role).
        """
        words = fold(speaker.name).split()
        if len(words) != 1 or words[0].isascii():
            return None
        if load_attribution_lexicon().has("role", words[0]):
            return None  # "القيادي": a role, no family name
        tokens = self.tokens_before(before)
        for i in reversed(range(1, len(tokens))):
            if tokens[i].key != words[0]:
                continue
            found = None
            for j in range(i - 1, max(-1, i - 4), -1):
                if not tokens[j].is_word:
                    break
                person = read_person([tokens[j : i + 1]], self.written)
                if person is None:
                    break
                found = person
            if found is not None:
                return found
        return None

    def subject(self, tokens: list[Token]) -> Speaker | None:
        """The person a clause names as its subject, if it opens with one.

        See :meth:`PhraseReader.clause_subject`; only a person counts, one
        met before being that person.
        """
        reader = PhraseReader(tokens)
        ref = reader.clause_subject(0, reader.n)
        speaker = read_person(ref.segments, self.written) if ref else None
        if speaker is None:
            return None
        for known in self.people:
            if _same_person(speaker, known):
                return known
        self.people.append(speaker)
        return speaker

    def said_by_subject(self, reading: Reading) -> Speaker | None:
        """Whom a clause with no subject of its own is about, before the last speaker.

        The person the sentence before names as its subject, when nobody
        spoke in it: "Defense Secretary Lloyd Austin met … He said",
        افتتح وزير النقل سامر الحديثي الميناء … وأعلن معاليه, and a
        quotation after "X issued the following statement:".
        """
        if self.unsaid is None:
            return None
        if reading.quote_only:
            return self.subject(self.unsaid) if self.unsaid[-1].text == ":" else None
        if reading.speaker is None or reading.speaker.kind == "pronoun":
            return self.subject(self.unsaid)
        return None

    def letterhead(self, read: str, tokens: list[Token]) -> Speaker | None:
        """Who issues the whole document, if its first line is a letterhead.

        "القيادة المركزية الأمريكية – بيان صحفي (ترجمة)", "وزارة الداخلية"
        over a line "بيان", "The following is attributable to Spokesperson
        X:", or an office labelling the first line (:meth:`label_issuer`):
        what no one else is said to say is the issuer's.
        """
        lines = _lines(read, tokens)
        first = lines[0] if lines else []
        if "\n" in read:
            then = lines[1] if len(lines) > 1 else []
            ref = read_heading(first, then) or read_letter(lines)
            if ref is not None:
                return self.speaker_of(ref, tokens)[0]
            if office := self.office_line(first):
                return office
            if author := self.bracketed_author(first):
                return author
        return self.label_issuer(first)

    def post_author(self, name: list[Token], role: list[Token]) -> Speaker | None:
        """The writer a post's first line names, then their role after a dash.

        "كريم العبودي - عضو مجلس النواب العراقي": a personal name, a dash and
        a role; a post on social media or an MP's page speaks for its writer.
        """
        lex = load_attribution_lexicon()
        if not (
            2 <= len(name) <= 4
            and all(t.is_word for t in name)
            and not name[0].text.isascii()
            and is_name_like(name)
            and role
            and lex.has("role", role[0].key)
        ):
            return None
        person = read_person([name], self.written)
        if person is None:
            return None
        return Speaker(
            kind=SpeakerKind.PERSON,
            name=person.name,
            role=self.written(role[0].start, role[-1].end),
            entity=person.entity,
        )

    def bracketed_author(self, line: list[Token]) -> Speaker | None:
        """Who wrote the post or message a bracketed first line says follows.

        "(ترجمة لمنشور على لينكدإن للعقيد المتقاعد … مارك ويلسون، …)", "[نص
        رسالة صوتية أرسلها الناطق باسم قيادة العمليات المشتركة …]": the first
        person or office named after the document's noun.
        """
        if len(line) < 3 or line[0].text not in "([" or line[-1].text not in ")]":
            return None
        line = line[1:-1]  # read inside the brackets, as a phrase of its own
        noun = next(
            (x for x, t in enumerate(line) if t.key.removeprefix("ل") in _POSTS), None
        )
        if noun is None:
            return None
        lex = load_attribution_lexicon()
        reader = PhraseReader(line)
        for x in range(noun + 1, len(line)):
            key = line[x].key  # للعقيد, and لعضو whose ل has no article after
            if not (lex.has("role", key) or lex.has("role", key.removeprefix("ل"))):
                continue
            ref = reader.speaker_phrase(x)
            speaker = read_speaker(ref.segments, self.written) if ref.segments else None
            if speaker is not None and speaker.kind in (
                SpeakerKind.PERSON,
                SpeakerKind.OFFICE,
            ):
                return speaker
            return None
        return None

    def office_line(self, line: list[Token]) -> Speaker | None:
        """The office a first line names and nothing else, over the text below.

        "الأمانة العامة لمجلس الوزراء", "وزارة الخارجية الأمريكية", "سفارة
        المملكة المتحدة – بغداد" (the place it writes from after a dash): a
        headline has a verb, a letterhead only its office. The parts of a
        ministry's letterhead between dashes are its offices, from the state
        down: "الجمهورية العربية السورية – وزارة الدفاع – إدارة الإعلام
        والاتصال" is the ministry (the state is where, the media office only
        its voice), "وزارة الداخلية – قيادة قوات الحدود" both. A name and a
        role after the dash head a post instead (:meth:`post_author`).
        """
        dashes = [x for x, t in enumerate(line) if t.text in "–—-"]
        if dashes and (
            post := self.post_author(line[: dashes[0]], line[dashes[0] + 1 :])
        ):
            return post
        parts = [
            part
            for a, b in zip([-1, *dashes], [*dashes, len(line)], strict=True)
            if (part := line[a + 1 : b])
        ]

        # "– بغداد": where it writes from; "– إعلام الجهاز", "– فرع الأنبار":
        # its voice, not another office
        placed = [is_place(" ".join(t.text for t in p if t.is_word)) for p in parts]
        voiced = [
            k > 0
            and (
                part[0].key in _SUB_UNITS
                or any(fold(t.text) in _MEDIA_WORDS for t in part)
            )
            for k, part in enumerate(parts)
        ]
        lex = load_attribution_lexicon()
        if not all(
            placed[k] or voiced[k] or lex.has("office", parts[k][0].key)
            for k in range(1, len(parts))
        ):
            return None  # "وزارة الدفاع – ملف خاص", a headline's dash: no offices
        offices: list[Speaker] = []
        for k, part in enumerate(parts):
            if placed[k] or voiced[k]:
                continue
            if not k and len(parts) > 1 and part[0].key.removeprefix("ال") in _STATES:
                continue  # "الجمهورية العربية السورية – وزارة الدفاع": where
            reader = PhraseReader(part)
            ref = reader.noun_phrase(0)
            if ref.first != 0 or not reader.is_source(ref):
                return None
            # "الإدارة الذاتية … لإقليم شمال وشرق سوريا": what it is of
            of = (
                ref.end < len(part) and len(parts) > 1 and _is_complement(part[ref.end])
            )
            if ref.end != len(part) and not of:
                return None
            speaker, _ = self.speaker_of(ref, part)
            if speaker is None or speaker.kind is not SpeakerKind.OFFICE:
                return None
            if of:
                speaker = Speaker(
                    kind=SpeakerKind.OFFICE,
                    name=self.written(part[0].start, part[-1].end),
                )
            offices.append(speaker)
        if len(offices) < 2:
            return offices[0] if offices else None
        return Speaker(
            kind=SpeakerKind.OFFICE, name=" – ".join(o.name for o in offices)
        )

    def label_issuer(self, line: list[Token]) -> Speaker | None:
        """The office whose label opens the document's first ``line``.

        "المتحدث باسم القائد العام للقوات المسلحة: نفذت طائرات …", "بيان
        صادر عن وزارة الدفاع: عقدت اللجنة …": an official statement printed
        whole after its issuer's name and a colon, as a letterhead on a line
        of its own. Only an office: a source ("مصدر أمني:") or a person
        labels a line, not a document.
        """
        colon = next(
            (
                x
                for x, t in enumerate(line[:HEADING_REACH])
                if t.text == ":" and x and not line[x - 1].text.isdigit()
            ),
            None,
        )
        if colon is None or introduces_list(line[: colon + 1]):
            return None
        if any(t.text in "|｜" for t in line[:colon]):
            return None  # "حصاد 2024 | العراق والتحالف الدولي: عام التفاوض", a title
        # "وزارة الداخلية / مديرية العلاقات والإعلام – بيان:" as a letterhead
        ref = read_heading(line[:colon]) or read_clause(line[: colon + 1]).speaker
        if ref is None or ref.kind != "speaker":
            return None
        speaker, _ = self.speaker_of(ref, line)
        return speaker if speaker and speaker.kind is SpeakerKind.OFFICE else None

    def list_owner(self, tokens: list[Token], frame: Frame) -> Speaker | None:
        """Who speaks the list a clause announces, if it announces one.

        "وقرر ما يأتي:", "توصي لجنة الأمن والدفاع بما يأتي:", "The Council of
        Ministers … issued a number of decisions, including:": the clause's
        speaker, or else its subject when that is an office or a person.
        """
        if not introduces_list(tokens) or frame.chain:
            return None
        if not frame.speaker.is_outlet:
            return frame.speaker
        # after a heading of its own: "رابعاً – التوصيات: توصي لجنة … بما يأتي:"
        a = 1 + max(
            (x for x in range(len(tokens) - 1) if tokens[x].text in _LABEL_ENDS),
            default=-1,
        )
        ref = PhraseReader(tokens).clause_subject(a, len(tokens) - 1)
        if ref is None:
            return None
        speaker, _ = self.speaker_of(ref, tokens)
        if speaker is None or speaker.kind not in (
            SpeakerKind.OFFICE,
            SpeakerKind.PERSON,
        ):
            return None
        return speaker

    def labelled(self, frame: Frame, labels: Sequence[Label], span: Span) -> Frame:
        """Give a sentence with no speaker of its own its transcript label's.

        "GEN. RYDER: … we've got about 2,500 troops in Iraq": the words up
        to the next label are the labelled speaker's, a surname the person
        named before ("Pentagon press secretary Pat Ryder").
        """
        # The clause's words start after any label in its sentence.
        label = next((x for x in reversed(labels) if x.start <= span[0]), None)
        if label is None:
            return frame
        speaker = label.speaker
        if speaker.kind is SpeakerKind.PERSON:
            speaker = (
                _person_by_surname(speaker, self.people)
                # the full name before the label, not the label itself
                or _named_before(
                    speaker, self.text[: self.original(label.start, label.start)[0]]
                )
                or self.surname_before(speaker, span[0])
                or speaker
            )
        self.prev = _Said(speaker, ())
        start, end = self.original(max(span[0], label.end), span[1])
        return replace(frame, speaker=speaker, content=((start, end),))

    def frame(
        self, reading: Reading, tokens: list[Token], span: Span, quote_ok: bool
    ) -> Frame:
        own = [s for ref in reading.channels if (s := self.outlet_of(ref, tokens))]
        speaker: Speaker | None = None
        speaker_span: Span | None = None
        inherited = False
        if reading.speaker is not None and reading.speaker.first < len(tokens):
            speaker, back = self.speaker_of(reading.speaker, tokens)
            ref = reading.speaker
            if (
                speaker is not None
                and back is None
                and (outlet := self.outlet_named(speaker, tokens[ref.first].start))
            ):
                # ذكرت وكالة «إيسنا» … وبحسب «إيسنا»: the outlet named before
                own, speaker = [*own, outlet], None
            if speaker is not None and ref.end > ref.first and ref.kind != "pronoun":
                speaker_span = self.original(
                    tokens[ref.first].start, tokens[ref.end - 1].end
                )
            if back is not None and speaker is not None:
                own, inherited = [*back.chain, *own], True
            elif ref.kind == "pronoun" and (named := self.said_by_subject(reading)):
                # افتتح الوزير X الميناء. وأعلن معاليه: whom the sentence before
                # was about
                speaker, inherited = named, True
            elif back is not None:  # a pronoun: "He added"
                speaker, own, inherited = back.speaker, [*back.chain, *own], True
            elif (
                speaker is not None
                and self.prev is not None
                and self.prev.chain
                and not own
                and self.prev.speaker.key == speaker.key
            ):  # وأضاف علاوي: the same person goes on, through the same channel
                own, inherited = list(self.prev.chain), True
        if reading.joint:  # بيان مشترك: the statement speaks for its parties
            parties = speaker.name if speaker is not None else None
            speaker = Speaker(
                kind=SpeakerKind.OFFICE, name="joint statement", role=parties
            )
        continues = reading.continues or (reading.quote_only and quote_ok)
        if (
            speaker is None
            and (continues or reading.quote_only)
            and not reading.own  # "تشير تقديراتي": whoever speaks, or the writer
            and (named := self.said_by_subject(reading)) is not None
        ):
            speaker, inherited = named, True
        if speaker is None and continues and self.prev is not None:
            speaker, own, inherited = self.prev.speaker, [*self.prev.chain, *own], True
        framed = reading.framed or inherited
        speaker = speaker or Speaker.outlet_voice()
        own_chain = _unique(own)
        if framed and (not speaker.is_outlet or own_chain):
            self.prev = _Said(speaker, own_chain)
        said_in_statement = (
            reading.speaker is not None and reading.speaker.value == "statement"
        )
        if reading.statement or reading.joint or said_in_statement:
            self.last_statement = _Said(speaker, own_chain)
        if speaker.kind is SpeakerKind.ANONYMOUS and not inherited:
            self.groups.append(_Said(speaker, own_chain))
        self.unsaid = tokens if speaker.is_outlet and not framed else None
        start, end = self.original(*span)
        content = (
            tuple(self.original(a, b) for a, b in reading.content) if framed else ()
        )
        return Frame(
            start=start,
            end=end,
            speaker=speaker,
            speaker_span=speaker_span,
            chain=_unique([*self.relays, *own_chain]),
            stance=reading.stance,
            inherited=inherited,
            content=content,
        )


@functools.lru_cache(maxsize=1 << 16)
def _may_open_outlet(key: str) -> bool:
    return is_medium(key) or may_name_outlet(key)


# What a bracketed first line may say follows: a post, a message, a speech
# (folded; with or without the preposition ل).
_POSTS = frozenset(
    {"منشور", "تدوينه", "تغريده", "رساله", "مقال", "كلمه", "خطاب", "post", "letter"}
    | {"message", "speech", "remarks"}
)
# Who "we" and "I" are in a transcript: the labelled speaker.
_FIRST_PERSON = frozenset(
    "we i my our me us i'd i'm i've i'll we're we've we'd we'll".split()
)

# A US lawmaker's party and state after the name: (D-Va.), (R-Ala.), (I-Vt.).
_PARTY_TAG = re.compile(rf"\({PARTY.pattern}\)")
# An Arabic title abbreviated to letters before a name: د. (doctor), م.
# (engineer), أ.د., اللواء أ.ح. (staff): blanked, so the name reads whole.
_ARABIC_TITLE = re.compile(r"(?<![\w.])(?:[دمأاح]\.[^\S\n]?){1,3}(?=[\u0621-\u064a])")
# An encyclopedia's reference marks after a sentence: "… at select
# locations".[1] The New York Times …": blanked, the stop ends the sentence.
_FOOTNOTES = re.compile(r"(?<=[.!?؟\"”»])(?:\[\d{1,3}\])+")
# A subtitle file's cue headers (a number, then "00:00:04,900 --> 00:00:08,300")
# and the blank lines before them: sentences run on across cues.
_SUBTITLE_CUE = re.compile(
    r"(?:\n[^\S\n]*)*^[^\S\n]*\d{1,5}[^\S\n]*\n"
    r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[^\S\n]*-->[^\S\n]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
    r"[^\n]*\n",
    re.MULTILINE,
)
# A live blog's time stamp opening a line: "16:20 GMT —", "14:05 —", "9.30am -".
_TIME_STAMP = re.compile(
    r"^[^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*(?:[ap]\.?m\.?|GMT|UTC|BST|ET|EST|EDT"
    r"|local time|(?:ب)?توقيت \w+)?[^\S\n]*[—–-]+(?=\s)",
    re.MULTILINE | re.IGNORECASE,
)


def _spoken_by(frame: Frame, speaker: Speaker) -> Frame:
    """The frame with all its words given to ``speaker``."""
    return replace(frame, speaker=speaker, content=((frame.start, frame.end),))


def _start(token: Token) -> int:
    return token.start


def _lines(text: str, tokens: list[Token], count: int = 6) -> list[list[Token]]:
    """The tokens of the text's first ``count`` lines, one list per line."""
    lines: list[list[Token]] = []
    end, k = -1, 0
    while len(lines) < count and k < len(tokens):
        end = text.find("\n", end + 1)
        end = len(text) if end < 0 else end
        line = []
        while k < len(tokens) and tokens[k].start < end:
            line.append(tokens[k])
            k += 1
        lines.append(line)
    return lines


# A reader's letter is signed at its end: "— Greg Paulsen, Des Moines", "Lt.
# Col. Raymond Oakes (ret.), Fairfax": a name, perhaps ranked, and a place.
_SIGNATURE = re.compile(
    r"(?:^|\n|(?<=[.!?”\"])[ \t]+)[—–-]?[ \t]*"
    r"(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]+)"
    r"(?:[ \t]*\((?:ret|Ret|RET)\.?\))?,[ \t]*"
    r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*\Z"
)
_QUOTED_RUN = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# What makes a text signed so a letter: its address, or its writer's "I".
_LETTER = re.compile(
    r"\A\s*(?:To the [Ee]ditor|Regarding\b|Re:)|\b(?:I|my|My|I'm|I've)\b"
)


def _letter_writer(text: str) -> Speaker | None:
    """Who signed a reader's letter, when the text is one.

    A letter to the editor speaks in its writer's voice throughout ("To the
    editor: Your Feb. 3 editorial says … — Linda Harmon, Westerville"): a
    name and a place closing the text, in a text addressed to the editor or
    written in the first person.
    """
    m = _SIGNATURE.search(text[-160:])
    if m is None:
        return None  # most texts: no name and place closing them
    # the writer's own "I", not one quoted in a news story
    if _LETTER.search(_QUOTED_RUN.sub(" ", text)) is None:
        return None
    if known_source(m.group("place")) or known_source(m.group("name")):
        return None  # "— Jane Doe, Reuters": a reporter's credit
    name = m.group("name")
    return read_person([tokenize(name)], lambda a, b: name[a:b])


# A column's genre on its first line (عمود، رأي، تحليل, Opinion) and its
# writer's byline on the next: the column speaks in the writer's voice.
_COLUMN = re.compile(
    r"(?:^|[\s|–—-])(?:رأي|عمود|مقال|تحليل|Opinion|OPINION|Op-Ed|Op-ed|Column|COLUMN)"
    r"(?=\s|$|[|:–—-])"
)
_BYLINE = re.compile(
    r"[ \t]*(?:بقلم|By|BY)[ \t]*:?[ \t]*(?P<name>[^\n,،|]{3,60}?)[ \t]*$"
)


def _column_writer(text: str) -> Speaker | None:
    """Whose voice an opinion column is in: the writer its byline names.

    "عروبة 22 – رأي" over "بقلم: د. عادل البياتي": what the column asserts
    with no other source is the writer's, not the outlet's; a news story's
    byline names a reporter, whose words are the outlet's.
    """
    lines = text.split("\n", 3)[:3]
    if len(lines) < 2 or not _COLUMN.search(lines[0]):
        return None
    m = _BYLINE.match(lines[1])
    if m is None:
        return None
    name = m.group("name")
    return read_person([tokenize(name)], lambda a, b: name[a:b])


def _tokens_in(
    text: str, tokens: list[Token], starts: list[int], a: int, b: int
) -> list[Token]:
    """The tokens of ``text[a:b]``: a slice of the document's tokens.

    Sentences end at spaces or punctuation, so a token never straddles one;
    if one did, the span is tokenized on its own, as it would be alone.
    """
    i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
    if (i and tokens[i - 1].end > a) or (j and tokens[j - 1].end > b):
        return tokenize(text, a, b)
    return tokens[i:j]


def _clauses(tokens: list[Token]) -> list[list[Token]]:
    """Cut a sentence where a second frame starts: "…، فيما قال X …"."""
    lex = load_attribution_lexicon()
    cuts = [0]
    for i in range(1, len(tokens) - 1):
        if tokens[i - 1].text not in ",،":
            continue
        size = 1 if tokens[i].key in _CONTRAST or tokens[i].key in _AND else 0
        if (tokens[i].key, tokens[i + 1].key) in _CONTRAST_TWO:
            size = 2
        if not size:
            continue
        ahead = [t.key for t in tokens[i + size : i + size + 6]]
        cue = next(
            (
                j
                for j in range(len(ahead))
                if (c := lex.cue(ahead[j : j + 4])) is not None
                and c.role in ("say", "relay")
            ),
            None,
        )
        if cue is None:
            continue
        if tokens[i].key in _AND and any(k[:1].isdigit() for k in ahead[:cue]):
            continue
        cuts.append(i)
    cuts.append(len(tokens))
    return [tokens[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def find_frames(
    text: str,
    *,
    lang: str | None = None,
    relays: Sequence[Source] = (),
    until: int | None = None,
) -> list[Frame]:
    """Find who speaks in each sentence of ``text``, and through whom.

    Args:
        text: The document text.
        lang: The document's language (``ar``, ``en``). The grammar reads
            both in any document; each clause is read by its own script, so
            this is accepted for symmetry with the other extractors.
        relays: Sources the whole document relays (a manifest's ``cites``, or
            :func:`detect_relays`); they start every sentence's chain.
        until: Stop after the sentence holding this offset of ``text`` (the
            last figure, say): a sentence's frame depends only on the
            sentences before it, so the ones after are not needed.

    Returns:
        One :class:`Frame` per sentence, in order; a sentence with a second
        frame after فيما / بينما / while gives one per clause. Frames do not
        overlap and cover every word of the text.

    Examples:
        >>> text = (
        ...     "ونقلت صحيفة نيويورك تايمز عن مسؤولين أميركيين أن 2500 جندي سيبقون. "
        ...     "وأضاف المسؤولون أن الانسحاب لن يبدأ قبل أيلول."
        ... )
        >>> first, second = find_frames(text)
        >>> first.speaker.name, [s.name for s in first.chain]
        ('مسؤولين أميركيين', ['The New York Times'])
        >>> second.speaker.name, second.inherited
        ('مسؤولين أميركيين', True)
        >>> f = find_frames("Reuters reported, citing three officials, that ...")[0]
        >>> f.speaker.count, f.chain[0].name
        (3, 'Reuters')

    Notes:
        O(n) in the length of the text (the grammar looks a bounded number of
        tokens around each cue).
    """
    del lang  # each clause is read by its own script
    norm = normalise_text(text)
    doc = _Document(text, norm, relays)
    # "Sen. Tim Kaine (D-Va.), who …, said": a party tag is no part of the
    # frame; blanked, so offsets stay those of the normalised text.
    # So is a live blog's time stamp ("16:20 GMT — The Pentagon says"): the
    # entry starts after it.
    read = norm.text
    for blanked in (_SUBTITLE_CUE, _PARTY_TAG, _TIME_STAMP, _FOOTNOTES, _ARABIC_TITLE):
        read = blanked.sub(lambda m: " " * len(m.group()), read)
    spans = split_spans(read)
    if until is not None:
        spans = [(a, b) for a, b in spans if norm.offsets[a] <= until]
    # Only the words up to the last sentence read matter: outlets named later
    # cannot be referred back to.
    tokens = tokenize(read, 0, spans[-1][1] if spans else 0)
    doc.tokens = tokens
    doc.scan_outlets(tokens)
    starts = [t.start for t in tokens]
    lex = load_attribution_lexicon()
    frames: list[Frame] = []
    last_attributed, last_line, last_colon = False, -1, False
    said_line = block_line = -1  # a line ending "X said:", and the line after it
    owner, owner_line = None, -1  # who speaks a list announced on owner_line
    labels = speaker_labels(read)
    issuer = (
        doc.letterhead(read, tokens)
        or _letter_writer(norm.text)
        or _column_writer(norm.text)
    )
    credits = item_credits(text) if "\n" in text else []
    for a, b in spans:
        line = norm.text.count("\n", 0, a)
        sentence = _tokens_in(read, tokens, starts, a, b)
        if labels and any(a <= x.start < b for x in labels):
            # "GEN. RYDER: Reuters reported …": the label is no part of the frame
            cut = max(x.end for x in labels if a <= x.start < b)
            sentence = [t for t in sentence if t.start >= cut] or sentence
        # Most sentences name no speaker: with no cue and no quotation mark,
        # the grammar could only answer "the outlet's own voice".
        plain = not any(
            lex.may_cue(t.key) or t.text in _QUOTE_MARKS or t.text == ":"
            for t in sentence
        )
        if said_line >= 0 and block_line < 0 and line > said_line:
            block_line = line
        for clause in [sentence] if plain else _clauses(sentence):
            reading = Reading() if plain else read_clause(clause)
            quote_ok = last_attributed and (line == last_line or last_colon)
            span = (clause[0].start, clause[-1].end)
            if line == block_line and not reading.framed:
                # "Minister X said:" and, on the next line, his words without
                # quotation marks, as UK government releases print them
                reading.quote_only = quote_ok = True
                reading.content = [span]
            frame = doc.frame(reading, clause, span, quote_ok)
            if labels and (
                (
                    frame.speaker.is_outlet
                    and reading.speaker is None
                    and not reading.channels
                )
                or reading.own  # "بحسب تقديري": the labelled speaker's reckoning
                # "MR. MILLER: … and we expect …": the labelled speaker's own we
                # and "My best estimate is …", "I'd expect …"
                or (
                    (ref := reading.speaker or reading.subject) is not None
                    and ref.first < len(clause)
                    and clause[ref.first].key in _FIRST_PERSON
                )
            ):
                frame = doc.labelled(frame, labels, span)
            if owner is not None and line > owner_line:
                if not _LIST_ITEM.match(norm.text, norm.text.rfind("\n", 0, a) + 1):
                    owner = None
                elif frame.speaker.is_outlet and not frame.chain:
                    # "وقرر ما يأتي:" and the decisions numbered below it
                    frame = _spoken_by(frame, owner)
            if issuer is not None and frame.speaker.is_outlet and not frame.chain:
                # a statement under its letterhead: the issuer's words throughout
                frame = _spoken_by(frame, issuer)
            for start, end, source in credits:
                # an aggregator's item ("Shafaq News" on the line before the
                # snippet) relays its outlet, as a credit line relays a story
                if start <= frame.start < end:
                    frame = replace(frame, chain=_unique([source, *frame.chain]))
            frames.append(frame)
            if (listed := doc.list_owner(clause, frame)) is not None:
                owner, owner_line = listed, line
            last_attributed = not frame.speaker.is_outlet
            last_line, last_colon = line, clause[-1].text == ":"
            if last_colon and last_attributed and reading.framed:
                said_line, block_line = line, -1
            elif line != block_line:
                said_line = block_line = -1
    return frames
