"""The grammar of one clause's attribution frame: cue, stance and content.

This module owns reading a single clause on its own: which reporting cue
frames it (قال، نقلت … عن، بحسب، said, according to; the first one outside
quotations), how the verb, its subject (after it in Arabic, before it in
English and in Arabic topic-first sentences) and its channels combine, the
adjuncts of time and occasion between frame and content (الاثنين، في بيان
مشترك، on Monday), and where the reported content starts (after أن / إن /
that / a colon). Phrases are read by
:class:`~claimtrack.extract.attribution_phrases.PhraseReader`. Nothing is
resolved across sentences: anaphors (الصحيفة، المصادر، البيان) and
continuations come back as such, for :mod:`claimtrack.extract.attribution`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from claimtrack.claim import Stance
from claimtrack.extract.attribution_lexicon import (
    Cue,
    Token,
    fold,
    is_definite,
    is_nisba,
)
from claimtrack.extract.attribution_phrases import (
    ADJUNCT_OPENERS,
    COMMAS,
    ENDS,
    ISSUED_BY,
    QUOTES,
    SEEN_BY,
    VERB_ADVERBS,
    PhraseReader,
    Ref,
    is_amount_noun,
)
from claimtrack.extract.outlets import read_outlet
from claimtrack.extract.sentences import BULLETS
from claimtrack.extract.speakers import (
    complements,
    is_name_like,
    is_place,
    resolve_entity,
)

__all__ = ["Reading", "read_clause"]

# The particle of the Arabic perfect (وكانت الخلية قد أعلنت): the verb's, so
# the subject is the noun before it.
_QAD = frozenset({"قد", "لقد"})
_AUXILIARIES = frozenset(
    {"have", "has", "had", "will", "would", "is", "are", "was", "were", "did"}
    | {"does", "do", "had"}
    | _QAD
    | VERB_ADVERBS  # "The Pentagon first announced": not part of its name
)
_MAX_SUBJECT = 10  # words: a longer "subject" before a verb is a clause
_OUR = frozenset({"our", "my"})
_TALK_REACH = 5  # words of the source's complement before "who spoke to"
# What opens a clause on the source that is still the source: "officials who
# spoke on condition of anonymity", مسؤولين الذين …
_ON_THE_SOURCE = frozenset({"who", "speaking", "familiar", "الذين"})
# Words that open an English clause after an object, with "that" left out.
_CLAUSE_OPENERS = frozenset(
    "the a an its his her their it they he she we there this these those".split()
)
_AS_SAYING = frozenset({"saying", "telling", "stating", "writing"})
_CITED = frozenset({"cited", "cites"})
PARTY = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,7}")  # a US lawmaker's party and state
_GAP_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_RELAY_REACH = 14  # how far a relaying verb's source or reported clause may be
# Verbs of knowing in the first person after بحسب ما: "as far as I know" (folded).
_OWN_KNOWING = frozenset(
    fold(w)
    for w in "أعرفه نعرفه أعلمه نعلمه علمته علمناه سمعته سمعناه رأيته رأيناه".split()
)
# Nouns of judging and knowing that, with "my" or "our", make a figure the
# speaker's own reckoning: بحسب تقديري، في رأيي، وفق علمنا (folded).
_OWN_VIEWS = frozenset(
    fold(w) for w in "تقدير رأي علم حساب تقييم اعتقاد قراءة اطلاع متابعة رصد".split()
)
# A source before a colon: how far the colon may stand, and what may come
# before the source (a time stamp's dash, "عاجل |", a transcript's slash).
_LABEL_REACH = 40
_LABEL_OPENERS = frozenset({"|", "—", "–", "-", "/", *BULLETS})
# Words after which a pronoun opens a clause of its own, not a relative one.
_LINKS = frozenset(
    "and but or as so that because when while since though although if then "
    "now also where after before until said says told added".split()
)
_STRONG = frozenset({Stance.EXPECTS, Stance.PLANS, Stance.ESTIMATES, Stance.DENIES})


# An English present participle opening what follows a trailing frame.
_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
_FRONTED_ONLY = 4  # words before "…, officials said," that cannot be a whole claim
_SUBORDINATORS = frozenset(
    "when if as after before since although though while because once until "
    "unless".split()
)
# Auxiliaries and verbs that, right after a frame set off mid-sentence, go on
# with the subject before it: "The force, officials said, will shrink to …".
_FINITE = frozenset(
    "will would is are was were has have had can could may might must should shall "
    "remains remain stands stand numbers number totals".split()
)
# Head nouns of English compound document phrases ("a Pentagon report", "UN
# figures"): what stands before them names who issued it.
_COMPOUND_DOCUMENTS = frozenset(
    {
        "report",
        "estimate",
        "estimates",
        "figures",
        "data",
        "study",
        "survey",
        "assessment",
        "tally",
        "count",
        "reckoning",
        "records",
    }
)

# "The UN puts their number at between 1,500 and 3,000": a verb of estimating,
# but only before "at" and a figure (see _Grammar.put_at).
_PUT = frozenset({"put", "puts", "pegged", "pegs", "placed", "places"})
_PUT_REACH = 14  # words from "put" to its "at"


# Words that open a byline (folded): "بقلم: X" names a writer, not a speaker.
_BYLINE_WORDS = frozenset({"بقلم", "كتب", "اعداد", "ترجمه", "تحرير", "by"})
# Words that open a direct question (folded).
_INTERROGATIVES = frozenset(
    "why how what when where who whom which did does do is are was were will would "
    "can could should هل لماذا كيف ماذا متي اين كم".split()
)
# "in it", after a relaying verb whose subject published it: نقلت فيه عن.
_IN_IT = frozenset({"فيه", "فيها"})


@dataclass(slots=True)
class Reading:
    """What one clause says about who speaks, unresolved.

    Attributes:
        speaker: The speaker phrase, or None (the outlet, or nobody named).
        channels: Outlet phrases, outermost (nearest the document) first.
        stance: The force of the cue.
        content: Token ranges of the reported content.
        framed: Whether a reporting cue was found.
        continues: No subject of its own: the previous speaker goes on.
        own: The speaker's own reckoning in the first person (بحسب تقديري،
            وفق معلوماتنا): whoever speaks goes on, a transcript's labelled
            speaker first.
        quote_only: The clause is a bare quotation.
        statement: Spoken in a statement (في بيان، in a statement).
        joint: The statement is joint (بيان مشترك).
        subject: The verb's subject phrase, even when it is a channel.
        cited: The speaker is named by an according-to phrase around what is
            reported ("…, according to two officials"), not by the verb.

    Examples:
        >>> read_clause([]).framed
        False
    """

    speaker: Ref | None = None
    channels: list[Ref] = field(default_factory=list)
    stance: Stance = Stance.SAYS
    content: list[tuple[int, int]] = field(default_factory=list)
    framed: bool = False
    continues: bool = False
    own: bool = False
    quote_only: bool = False
    statement: bool = False
    joint: bool = False
    subject: Ref | None = None
    cited: bool = False


class _Clause(PhraseReader):
    def topic_first(self, v: int) -> bool:
        """Whether a noun right before an Arabic verb is its subject (العراق يعلن)."""
        i = v - 1
        if i and self.k[i] in _QAD:
            i -= 1  # وكانت الخلية قد أعلنت: the particle stands between
        if not self.t[i].is_word or not self.free(i) or self.in_excluded(i):
            return False
        lex = self.lex
        return (
            not any(
                lex.has(c, self.k[i])
                for c in (
                    "discourse",
                    "time",
                    "adverb",
                    "complementizer",
                    "preposition",
                )
            )
            and not self.t[i].text.isdigit()
        )

    def time_adjunct(self, a: int, b: int) -> bool:
        """Whether tokens a..b are only a time adjunct: "on Thursday evening"."""
        words = [x for x in range(a, b) if self.t[x].is_word]
        return (
            bool(words)
            and all(
                self.is_time(x)
                or self.k[x] in ("on", "in", "at", "في", "يوم")
                or self.t[x].text.isdigit()
                for x in words
            )
            and any(self.is_time(x) for x in words)
        )

    def compound_issuer(self, ref: Ref) -> Ref:
        """The issuer of an English compound document phrase, else the phrase.

        "according to a Congressional Research Service report published in
        May": the office before the document noun is the source, not the
        whole phrase.
        """
        for x in range(ref.first + 1, ref.end):
            # "The Institute for the Study of War": a name goes on after it
            within = (
                self.t[x].text[:1].isupper()
                and x + 1 < ref.end
                and self.k[x + 1] in ("of", "on", "for")
            )
            if self.k[x] in _COMPOUND_DOCUMENTS and not within:
                first = ref.first + (self.k[ref.first] in ("a", "an", "the"))
                found = read_outlet(self.t, first)
                if found is not None and found[2] == x:  # "a Reuters report"
                    return Ref("outlet", first, x, outlet=found[0])
                return Ref("speaker", ref.first, x, segments=[self.t[ref.first : x]])
        return ref

    def gloss_ends(self, i: int) -> bool:
        """Whether the bracket at ``i`` closes a short gloss: "Office (JCO)".

        Such a gloss is part of the subject; other brackets close an aside.
        """
        opening = next(
            (x for x in range(i - 1, max(-1, i - 5), -1) if self.t[x].text in "(["),
            None,
        )
        return (
            opening is not None
            and opening > 0
            and self.t[opening - 1].is_word
            # a gloss on what an according phrase names is that phrase's
            and not self.in_excluded(opening - 1)
            and all(t.is_word and t.text[:1].isupper() for t in self.t[opening + 1 : i])
            and i > opening + 1
        )

    def set_off(self, a: int, b: int) -> bool:
        """Whether the comma segment a..b before a verb is set off, no subject."""
        return (
            self.relative(a)
            # "Shafaq News, citing a source in the PMU, reported"
            or ((c := self.cue(a)) is not None and c.role == "according")
            # "A senior US official, briefing reporters on condition of
            # anonymity, said": a participle's aside (not "Breaking Defense",
            # nor "including Rep. X")
            or (
                self.latin
                and self.t[a].text[:1].islower()
                and _PARTICIPLE.fullmatch(self.k[a]) is not None
                and not self.has("discourse", a)
            )
            # "Iraqi officials, for their part, say", "Rep. X, D-Wash., said"
            or " ".join(self.k[a:b]) in self.lex.words["discourse"]
            or PARTY.fullmatch("".join(t.text for t in self.t[a:b])) is not None
            or self.time_adjunct(a, b)
            or bool(self.occasion(a))
            or self.passive_channel(a)
        )

    def before_verb(self, v: int) -> Ref | None:
        """The subject written before the verb: "X، Y، قال" / "X said"."""
        end = v
        if v and self.t[v - 1].text in ")]":
            # "The Iraqi News Agency (INA) quoted": the subject is before the
            # bracket that glosses it.
            opening = next(
                (i for i in range(v - 2, -1, -1) if self.t[i].text in "(["), None
            )
            if opening and not any(self.quoted[opening:v]):
                end = opening
        # وكالة «رويترز» قالت: a name in quotation marks just before the verb
        # is the subject's, not a quotation before it
        named = next(
            (
                q
                for q in range(max(0, end - 6), end)
                if self.t[q].text in QUOTES and self.short_quote(q) == end
            ),
            end,
        )
        start = 0
        for i in range(end):
            if (
                (self.quoted[i] and not named <= i)
                or self.in_excluded(i)
                or (self.t[i].text in ")]" and not self.gloss_ends(i))
            ):
                start = i + 1
        joined = (
            self.k[v - 1] in ("and", "then")
            if self.latin
            else self.k[v][:1] == "و" and self.t[v - 1].text in COMMAS
        )
        if joined and v > start + 1:
            # "X toured the port on Monday, and said", "استقبل رئيس الوزراء X
            # وفداً، وأكد أن": a verb joined by and/و has the subject of the
            # clause before it, not that clause.
            return self.clause_subject(start, v - 1)
        segs: list[tuple[int, int]] = []
        a = start
        for i in range(start, end + 1):
            if i == end or self.t[i].text in COMMAS:
                words = [x for x in range(a, i) if self.t[x].is_word]
                age = len(words) == 1 and self.t[words[0]].text.isdigit()
                if words and not age:  # "Saad al-Saadi, 61, a senior member"
                    segs.append((a, i))
                a = i + 1
        if self.latin and segs and segs[-1][1] == end:
            # "the strikes, which US Central Command said had targeted 85 sites":
            # in a relative clause whose pronoun is the reported clause's, the
            # speaker is the noun phrase between the pronoun and the verb
            a0, b0 = segs[-1]
            if self.k[a0] in ("which", "whom") and b0 - a0 > 1:
                ref = self.noun_phrase(a0 + 1)
                if ref.end == b0 and (
                    ref.kind == "outlet"
                    or self.is_source(ref)
                    or self.proper_name(a0 + 1, b0)  # US Central Command
                ):
                    return ref
        if (
            len(segs) > 2
            and self.k[segs[1][0]] in ("who", "whose", "الذي", "الذين")
            and self.speakerish(*segs[0])
            # with no figure: "Iraq hosts 2,500 troops, who train …" is content
            and not any(self.t[x].text[:1].isdigit() for x in range(*segs[0]))
        ):
            # "Maj. Gen. Dana Whitcomb, who led … in Carlisle, Pa., estimated":
            # a relative clause on the sentence's first phrase, a speaker, runs
            # to the comma before the verb, whatever commas it holds.
            del segs[1:]
        while len(segs) > 1 and self.set_off(*segs[-1]):
            # "Two officials, speaking on condition of anonymity, said",
            # "The prime minister, on Thursday evening, said", "The Iraqi
            # government, in a statement issued late Sunday, said"
            segs.pop()
        if not segs:
            return None
        a, b = segs[-1]
        # "Officials who spoke to Reuters said": the clause is theirs, and a
        # channel in it is read as the aside between subject and verb.
        b = next(
            (
                x
                for x in range(a + 1, b)
                if self.k[x] in ("who", "الذين") or self.passive_channel(x)
            ),
            b,
        )
        while b > a + 1 and (
            self.k[b - 1] in _AUXILIARIES or (self.latin and self.has("adverb", b - 1))
        ):
            # "the groups have claimed", "the Pentagon now puts", "had initially
            # put": auxiliaries and adverbs are the verb's, not theirs
            b -= 1
        while a < b and (self.has("discourse", a) or not self.t[a].is_word):
            a += 1
        if a < b and " ".join(self.k[a : a + 2]) in self.lex.words["discourse"]:
            a += 2
        if (
            b - a > 3
            and self.k[a] in _OUR
            and self.k[a + 2] in ("at", "from", "in")
            and self.proper_name(a + 3, b)
        ):
            a += 3  # "our colleagues at OCHA tell us": OCHA tells us
        if self.latin and a < b and self.k[a] in ("on", "in"):
            # "On 19 December 2024 the Pentagon press secretary said": a date
            # before the subject with no comma after it
            x = a + 1
            while x < b and (self.is_time(x) or self.t[x].text[:1].isdigit()):
                x += 1
            if a + 1 < x < b and self.k[x] in ("the", "a", "an"):
                a = x
        if a >= b or b - a > _MAX_SUBJECT + 5:
            return None
        if b - a > _MAX_SUBJECT and not (
            self.issued(a)
            or self.proper_name(a, b)
            # "director of the Joint Counter-small Unmanned Aircraft Systems
            # Office (JCO)": a role of a long proper name
            or (self.has("role", a) and self.proper_name(a + 1, b))
        ):
            # but "A statement from the office of Prime Minister …", and a long
            # name ("The Russian Defense Ministry's Center for Reconciliation of
            # Opposing Parties in Syria said")
            return None
        if self.has("preposition", a) or self.is_time(a) or self.t[a].text.isdigit():
            return None  # "وفي 1 من أيلول، قال": an adjunct, not a subject
        if self.latin and any(self.t[x].text[:1].isdigit() for x in range(a, b)):
            return None  # "up from the 900 previously acknowledged": a figure
        ref = self.noun_phrase(a)
        if ref.kind != "speaker":
            return ref
        segments = [self.t[a:b]]
        if not self.speakerish(a, b):
            return None  # "Iraq and the US agreed on a timeline, said …"
        # "Lloyd Austin, the defense secretary, said": a comma closes an
        # apposition; "The United States, the Pentagon said Thursday, has": the
        # subject right before the verb is no apposition of what comes first
        closed = not self.latin or segs[-1][1] < end
        if len(segs) > 1 and closed:
            a0, b0 = segs[-2]
            while a0 < b0 and (self.has("discourse", a0) or not self.t[a0].is_word):
                a0 += 1
            first = self.t[a0:b0]
            if first and b0 - a0 <= _MAX_SUBJECT and complements(first, segments[0]):
                segments.insert(0, first)
                a = a0
        return Ref("speaker", a, b, segments=segments)

    # -- the frame ------------------------------------------------------------

    def ranges(self, a: int, b: int) -> list[tuple[int, int]]:
        """Character spans of tokens a..b, minus according phrases and asides."""
        out: list[tuple[int, int]] = []
        run: list[int] = []
        for i in [*range(a, b), -1]:
            if i >= 0 and not self.in_excluded(i) and not self.paren[i]:
                run.append(i)
                continue
            while run and self.t[run[0]].text in ENDS:
                run.pop(0)
            while run and self.t[run[-1]].text in ENDS:
                run.pop()
            if run:
                out.append((self.t[run[0]].start, self.t[run[-1]].end))
            run = []
        return [
            (x, y)
            for x, y in out
            if any(t.is_word and x <= t.start < y for t in self.t[a:b])
        ]

    def trimmed(self, a: int, b: int) -> list[tuple[int, int]]:
        """Like :meth:`ranges`, without punctuation at the edges."""
        while a < b and self.t[a].text in ENDS:
            a += 1
        while b > a and self.t[b - 1].text in ENDS:
            b -= 1
        return self.ranges(a, b)

    def extend_time(self, q: int) -> int:
        while q < self.n and (
            self.is_time(q) or self.t[q].text.isdigit() or self.k[q] in ("من", "of")
        ):
            q += 1
        return q

    def adjuncts(self, r: Reading, p: int) -> int:
        """Skip time, occasion and channel adjuncts after the speaker."""
        while p < self.n:
            if self.t[p].text in COMMAS or self.in_excluded(p):
                p += 1
                continue
            if self.t[p].text in "([":
                p = self.aside(r, p)
            elif relative := self.relative(p):
                p = relative
            elif self.talked(p):
                p += 1  # مسؤولون تحدثوا لرويترز: the channel is next
            elif (found := self.channel(p)) is not None:
                if found[0] is not None:
                    r.channels.append(found[0])
                p = self.extend_time(found[1])
            elif occasion := self.occasion(p):
                q = p + occasion
                r.statement |= self.k[q - 1] in ("بيان", "بيانا", "statement")
                r.joint |= any(self.has("joint", x) for x in range(p, q))
                while q < self.n and (
                    self.has("joint", q)
                    or self.has("adjective", q)
                    or is_nisba(self.k[q])
                ):
                    r.joint |= self.has("joint", q)
                    q += 1
                p = q
            elif self.is_time(p) or (
                self.k[p] in ADJUNCT_OPENERS and self.is_time(p + 1)
            ):
                p = self.extend_time(p + 1)
            elif self.has("adverb", p):
                p += 1
            elif (close := self.set_off_adjunct(p)) is not None:
                p = close
            else:
                break
        return p

    def set_off_adjunct(self, p: int) -> int | None:
        """End of a short phrase a preposition opens between commas, before "that".

        أفادت قناة «…»، في نبأ عاجل، بأن: what was said follows the asides,
        whatever they hold.
        """
        if not p or self.t[p - 1].text not in COMMAS or not self.has("preposition", p):
            return None
        for q in range(p + 1, min(self.n - 1, p + 6)):
            if self.t[q].text in COMMAS:
                return q + 1 if self.complementizer(q + 1) else None
            if not self.t[q].is_word:
                return None
        return None

    def issued(self, a: int) -> bool:
        """Whether a document or a statement from someone starts at a."""
        ref = self.noun_phrase(a)
        return ref.kind == "document" or ref.value == "statement"

    def trailing_relay(self, r: Reading, v: int) -> None:
        """An outlet's own frame closing a sentence framed before: a relay.

        "Iraq's foreign ministry said the mission must end by September 2025,
        Anadolu Agency reported": the ministry speaks, through Anadolu.
        """
        last = max((i for i in range(self.n) if self.t[i].is_word), default=-1)
        for i in self.cue_at:
            if i <= v or i < last - 1 or self.in_excluded(i):
                continue
            cue = self.cue(i)
            if cue is None or cue.role != "say":
                continue
            subject = self.before_verb(i)
            if (
                subject is not None
                and subject.kind in ("outlet", "outlet_anaphor")
                and subject.first > v
                and self.t[subject.first - 1].text in COMMAS
            ):
                r.channels.append(subject)

    def adjunct_tail(self, start: int, first: int) -> bool:
        """Whether the words after an English frame are only its adjuncts.

        "X, a Defense Department official told reporters on background";
        "X, President Joe Biden said after hosting …": the subject is set off
        by a comma after the content, and what follows the verb holds no
        reported clause and no figure.
        """
        if not self.latin or first < 3:
            return False
        set_off = self.t[first - 1].text in COMMAS or (
            self.t[first - 1].text in QUOTES and self.t[first - 2].text in COMMAS
        )  # '… “within months,” sources said'
        if not set_off:
            return False
        # "…, sources said on April 24, adding that …": the speaker goes on
        end = self.going_on(first) or self.n
        start = min(start, end)
        tail = self.t[start:end]
        return (
            sum(t.is_word for t in tail) <= 12
            # a figure, but not a day after its month ("on April 24")
            and not any(
                self.t[x].text[:1].isdigit() and not (x and self.is_time(x - 1))
                for x in range(start, end)
            )
            and not any(self.complementizer(x) for x in range(start, end))
            and not any(self.t[x].text in QUOTES for x in range(start, end))
        )

    def going_on(self, start: int) -> int | None:
        """Where a participle after a comma carries the speaker on ("adding")."""
        return next(
            (
                x
                for x in range(max(start, 1), self.n)
                if self.t[x - 1].text in COMMAS
                and (c := self.cue(x)) is not None
                and c.role == "participle"
            ),
            None,
        )

    def obtained_from(self, doc: Ref) -> list[Ref]:
        """The outlet that obtained a document and the source it had it from.

        "أرقام حصل عليها «المونيتور» من مصدر في الكونغرس", "تقديرات حصلت
        عليها «الجبال» من مصدرين في وزارة الدفاع": the outlet relays, the
        source speaks. Empty when the phrase names no such source.
        """
        p = doc.end
        if p + 1 >= self.n or (self.k[p], self.k[p + 1]) not in SEEN_BY:
            return []
        found = self.channel(p)
        if found is None or found[0] is None:
            return []
        end = found[1]
        while end < self.n and self.t[end].text in QUOTES:
            end += 1
        if end + 1 >= self.n or self.k[end] != "من":
            return []
        source = self.noun_phrase(end + 1)
        return [found[0], source] if self.is_source(source) else []

    def passive_channel(self, p: int) -> bool:
        """Whether "quoted by X" / "interviewed by X" (an outlet) starts at p."""
        return (
            self.latin
            and p + 1 < self.n
            and (self.k[p], self.k[p + 1]) in SEEN_BY
            and self.channel(p) is not None
        )

    def aside(self, r: Reading, p: int) -> int:
        """Skip a bracketed aside; an outlet in it is a channel (لم تسمه الوكالة)."""
        close = next(
            (x for x in range(p, self.n) if self.t[x].text in ")]"), self.n - 1
        )
        for x in range(p + 1, close):
            ref = self.noun_phrase(x) if self.t[x].is_word else None
            if (
                ref is not None
                and ref.kind in ("outlet", "outlet_anaphor")
                and ref.end <= close
            ):
                r.channels.append(ref)
                break
        return close + 1

    def content_start(self, p: int) -> int:
        while p < self.n and self.t[p].text in COMMAS:
            p += 1
        for q in range(p, min(self.n, p + 4)):
            if not self.t[q].is_word or self.cue(q) is not None:
                break
            if self.complementizer(q):  # a tail the phrase left: "… الإنسان أن"
                return q + self.complementizer(q)
        if p >= self.n:
            return p
        cue = self.cue(p)
        if self.k[p].startswith(("بقول", "قول")) or (cue and cue.role == "participle"):
            p += 1  # قائلا: / بقوله: / قولهم إن
        if p < self.n and self.t[p].text == ":":
            return p + 1
        return p + self.complementizer(p)

    def read_according(self, r: Reading) -> None:
        for i in self.cue_at:
            cue = self.cue(i)
            if cue is None or cue.role != "according" or self.in_excluded(i):
                continue
            j = i + cue.size
            if self.k[i] == "per" and not (
                j < self.n
                and (self.k[j] in ("a", "an", "the") or self.t[j].text[:1].isupper())
            ):
                continue  # "per day", "per cent": a rate, not "per a Pentagon tally"
            if self.k[i] == "by" and not self.counted_by(j):
                continue  # "by September", "killed by a drone": no source
            if j < self.n and self.k[j] == "ل":
                j += 1
            if j < self.n and self.k[j] in ("لما", "ما", "what"):
                j += 1  # وفقا لما نقلت X، بحسب ما ذكرت X, "according to what X told Y"
            if not self.latin and self.first_person_view(j):
                # بحسب تقديري، وفق معلوماتنا، بحسب ما أعرفه: the speaker's own
                self.excluded.append((i, j + 1))
                r.framed = True
                r.own = r.continues = r.speaker is None
                continue
            # بحسب ما نقلت الوكالة: a verb of saying; in English a noun stands
            # there ("according to estimates by diplomats", "reports")
            verb = self.lex.cue(self.k[j : j + 4]) if j < self.n else None
            verb = None if self.latin else verb
            if verb is None and j < self.n and self.k[j].endswith(("ه", "ها")):
                # بحسب ما نقلته الوكالة: the verb carries an object pronoun
                bare = self.k[j].removesuffix("ها").removesuffix("ه")
                verb = self.lex.cue([bare])
            if verb is not None and verb.role in ("say", "relay"):
                j += verb.size
                if j < self.n and self.k[j] in ("به", "بها"):
                    j += 1  # وفق ما أفاد به مراسل: the verb's preposition
            refs = [self.noun_phrase(j)]
            phrase_end = refs[0].end  # the source phrase, whoever in it speaks
            if self.latin and refs[0].kind == "speaker":
                refs[0] = self.compound_issuer(refs[0])
            if refs[0].kind == "document" and (issuer := self.owner(refs[0])):
                refs.append(issuer)  # بحسب إحصاءات البنتاغون
            elif refs[0].kind == "document" and (got := self.obtained_from(refs[0])):
                refs += got  # أرقام حصل عليها «المونيتور» من مصدر في الكونغرس
            end = max(refs[-1].end, j, phrase_end)
            if end < self.n and self.k[end] == "عن":
                refs.append(self.noun_phrase(end + 1))
                end = max(refs[-1].end, end + 1)
            elif self.latin and (
                cited := next(
                    (
                        x + 2
                        for x in (end, end + 1)
                        if x + 2 < self.n
                        and self.k[x] in ("that", "which")
                        and self.k[x + 1] in ("cited", "quoted")
                        and (x == end or self.t[end].text in COMMAS)
                    ),
                    None,
                )
            ):  # "a report by the Journal that cited three people", "according
                # to Channel 12, which cited officials": they speak
                refs.append(self.noun_phrase(cited))
                end = max(refs[-1].end, cited)
            if verb is not None and (told := self.channel_in(end, end + 3)):
                # وفق ما أكده مسؤول (ببغداد) لـ«الغد برس»: told through that outlet
                refs.append(told[0])
                end = told[1]
            # بحسب أشخاص مطلعين على المداولات تحدثوا إلى «بلومبرغ»: the verb
            # of talking may follow the source's complement
            end = next(
                (
                    x
                    for x in range(end + 1, min(self.n, end + _TALK_REACH))
                    if self.talked(x) and all(self.t[y].is_word for y in range(end, x))
                ),
                end,
            )
            if end < self.n and (self.k[end] in _ON_THE_SOURCE or self.talked(end)):
                # "… officials who spoke on condition of anonymity": still the
                # source; "who spoke to AFP", تحدثوا لوكالة فرانس برس: its channel
                stop = next(
                    (x for x in range(end, self.n) if self.t[x].text in ENDS), self.n
                )
                if told := self.channel_in(end, stop):
                    refs.append(told[0])
                end = stop
            self.excluded.append((i, end))
            if not r.framed:
                r.stance = cue.stance
            r.framed = True
            if cue.continues:  # وبحسبه: "according to him", the last speaker
                r.continues = r.speaker is None
                continue
            for ref in refs:
                if ref.kind in ("outlet", "outlet_anaphor"):
                    r.channels.append(ref)
                elif self.correspondent(ref, r):
                    pass
                elif ref.kind == "document":
                    r.stance = Stance(ref.value or "says")
                elif r.speaker is None and ref.end > ref.first:
                    r.speaker = ref
                    # "According to two officials, Washington has told Baghdad
                    # …", "…, according to two officials.": a phrase outside
                    # what is reported names who reports it, whoever it quotes
                    # (not "according to a statement", nor "وفقا لبيان الوزارة":
                    # the speaker's own words, as the verb says)
                    r.cited = (
                        refs[0].kind != "document"
                        and ref.value != "statement"
                        and not self.has("occasion", ref.first)
                        and (i == 0 or all(not t.is_word for t in self.t[end:]))
                    )

    def read_say(self, r: Reading, v: int, cue: Cue) -> int:
        after = v + cue.size
        while self.has("adverb", after):
            after += 1  # أكد فيه مستشار، قال أيضا الوزير
        subject: Ref | None = self.topic_amma(v) or self.antecedent(v)
        if subject is None and not self.latin and v and self.topic_first(v):
            subject = self.before_verb(v)
        if subject is not None:
            vso = False
        elif self.latin:
            subject = self.before_verb(v)
            aside = self._aside_before(v)
            if subject is None and aside is not None:
                subject = self.before_verb(aside)  # "Reuters, quoting X, said"
            told = self.k[v] in ("told", "tells")
            inverted = aside is None and v > 0 and self.t[v - 1].text in COMMAS | QUOTES
            vso = subject is None and inverted and not told and after < self.n
            vso = vso and not self.stop(after, after - 1)
        elif (quoted := self.quoted_subject(after)) is not None:
            subject, vso = quoted, True  # قالت «واشنطن بوست» إن
        else:
            vso = after < self.n and not self.stop(after, after - 1)
            vso = vso and not self.has("preposition", after)
            # ويُقدَّر عدد الجنود بـ900: an impersonal passive, the amount its subject
            vso = vso and not is_amount_noun(self.k[after])
        if vso:
            subject = self.noun_phrase(after)
            if subject.kind == "speaker" and subject.end <= subject.first:
                subject = None
        p = subject.end if subject is not None and vso else after
        if subject is None:
            subject = self.before_verb(v)
        if self.k[v] in ("told", "tells", "ابلغ", "ابلغت") and p < self.n:
            obj = self.noun_phrase(p)
            if obj.kind in ("outlet", "outlet_anaphor"):
                r.channels.append(obj)
            end = obj.end
            if self.latin and obj.kind == "speaker":
                # "told reporters the U.S. had 2,500 troops": with no "that",
                # the reported clause starts at its own determiner or pronoun.
                end = next(
                    (x for x in range(p + 1, end) if self.k[x] in _CLAUSE_OPENERS),
                    end,
                )
            p = max(p, end)
        if (
            subject is not None
            and not self.latin
            and subject.kind == "speaker"
            and subject.end - subject.first == 1
            and self.first_person_view(subject.first)
        ):
            # تشير تقديراتي إلى أن: "my estimates", the speaker's own reckoning
            r.own = r.continues = r.speaker is None
            return self.adjuncts(r, p)
        r.subject = subject
        if subject is None or subject.kind == "pronoun":
            r.continues = r.speaker is None and (cue.continues or subject is not None)
        elif subject.kind in ("outlet", "outlet_anaphor"):
            r.channels.append(subject)
        elif subject.kind == "joint":
            r.joint = r.statement = True
        elif self.correspondent(subject, r) or r.cited:
            pass
        elif subject.kind != "document":
            # "a U.N. report estimated": the office before the document noun
            r.speaker = self.compound_issuer(subject) if self.latin else subject
        elif (issuer := self.owner(subject)) is not None:  # تقرير لوزارة الدفاع
            if issuer.kind == "outlet":
                r.channels.append(issuer)
            else:
                r.speaker = issuer
            p = max(p, issuer.end)
        return self.adjuncts(r, p)

    def antecedent(self, v: int) -> Ref | None:
        """What a relative pronoun right before an Arabic verb stands for.

        صحيفة «وول ستريت جورنال» الأمريكية، التي قالت إن: the outlet named
        before the comma says it; السفير الأمريكي الذي قال: the ambassador.
        """
        if self.latin or v < 3 or self.k[v - 1] not in ("التي", "الذي"):
            return None
        end = v - 2 if self.t[v - 2].text in COMMAS else v - 1
        for x in range(end - 1, max(-1, end - 8), -1):
            found, at = self.outlet_at(x)
            if found is not None and found[2] <= end:
                return Ref("outlet", at, found[2], outlet=found[0])
        # استقبل الوزير السفير الأمريكي الذي قال: a source's phrase, too
        for x in range(end - 1, max(-1, end - 6), -1):
            if not self.t[x].is_word or not self.free(x):
                break
            ref = self.noun_phrase(x)
            if ref.kind == "speaker" and ref.end >= end and self.headed_by_source(ref):
                return Ref("speaker", x, end, segments=[self.t[x:end]])
        return None

    def topic_amma(self, v: int) -> Ref | None:
        """The topic of "أما X فـverb" that opens the clause: the verb's subject.

        أما «نيويورك تايمز» فنقلت عن …, أما الوزارة فأكدت: the press review's
        turn to the next source.
        """
        if self.latin or not self.k[v].startswith("ف"):
            return None
        x = next((x for x in range(v) if self.t[x].is_word), v)
        if x >= v - 1 or self.k[x] not in ("اما", "واما"):
            return None
        ref = self.quoted_subject(x + 1) or self.noun_phrase(x + 1)
        return ref if ref.first < ref.end <= v else None

    def quoted_subject(self, j: int) -> Ref | None:
        """A known outlet in quotation marks at j, as a verb's subject.

        The press review's قالت «الشرق الأوسط» إن: quoted words are no
        subject phrase, but a name in the outlet list is the outlet.
        """
        if j >= self.n or self.t[j].text not in QUOTES:
            return None
        found, at = self.outlet_at(j, guess=False)
        if found is None:
            return self.quoted_name(j)
        end = found[2]
        while end < self.n and self.t[end].text in QUOTES:
            end += 1
        return Ref("outlet", at, end, outlet=found[0])

    def quoted_name(self, j: int) -> Ref | None:
        """A body's name in quotation marks at j, as a verb's subject.

        قالت «هيومن رايتس ووتش» اليوم إن، أعلنت «قسد» أن: a name the alias
        table knows, or any short name with the reported clause right after
        it (a time word between).
        """
        close = self.short_quote(j)
        if close is None:
            return None
        inner = self.t[j + 1 : close - 1]
        after = close
        while after < self.n and self.is_time(after):
            after += 1
        known = resolve_entity(" ".join(t.text for t in inner)) is not None
        if not known and not (after < self.n and self.complementizer(after)):
            return None
        return Ref("speaker", j + 1, close, segments=[inner])

    def first_person_view(self, j: int) -> bool:
        """Whether token ``j`` is a reckoning of mine or ours: تقديري، ما أعرفه."""
        if j >= self.n:
            return False
        key = self.k[j]
        if key in _OWN_KNOWING:
            return True
        for suffix in ("نا", "ي"):
            stem = key.removesuffix(suffix)
            if stem != key and len(stem) >= 3:
                return stem in _OWN_VIEWS or self.lex.has("document", stem)
        return False

    def counted_by(self, j: int) -> bool:
        """Whether "by" before token ``j`` names whose count it is.

        "By the Pentagon's count", "by Reuters' tally": a name (articles and
        capitalised words) with a possessive, then a document noun.
        """
        for x in range(j, min(j + 5, self.n - 1)):
            key = self.k[x]
            if key.endswith(("'s", "s'")):
                return self.k[x + 1] in _COMPOUND_DOCUMENTS
            if key not in ("the", "a", "an") and not self.t[x].text[:1].isupper():
                return False
        return False

    def channel_in(self, a: int, b: int) -> tuple[Ref, int] | None:
        """The first channel naming an outlet in tokens ``[a, b)``, and its end.

        The search stops at the end of the sentence.
        """
        for x in range(a, min(b, self.n)):
            if self.t[x].text in ENDS:
                break
            found = self.channel(x)
            if found is not None and found[0] is not None:
                return found[0], found[1]
        return None

    def correspondent(self, ref: Ref, r: Reading) -> bool:
        """Read a reporter of an outlet as the outlet: whether ``ref`` is one.

        مراسل «سبوتنيك»، "a Reuters correspondent": what they report, their
        outlet does (the document's own outlet when none is named).
        """
        if ref.kind != "speaker" or not any(
            self.has("correspondent", x)
            for x in range(ref.first, min(ref.end, ref.first + 4))
        ):
            return False
        if (outlet := self.outlet_within(ref)) is not None:
            r.channels.append(outlet)
        return True

    def outlet_within(self, ref: Ref) -> Ref | None:
        """An outlet named inside a phrase ("مراسل «سبوتنيك» في الحسكة")."""
        for x in range(ref.first, min(ref.end + 1, self.n)):
            found, j = self.outlet_at(x)
            if found is not None:
                return Ref("outlet", j, found[2], outlet=found[0])
        return None

    def _aside_before(self, v: int) -> int | None:
        """Start of an excluded "quoting X" aside just before ``v``, if any."""
        if v < 2 or self.t[v - 1].text not in COMMAS:
            return None
        for a, b in self.excluded:
            if a < v - 1 <= b and a > 0 and self.t[a - 1].text in COMMAS:
                return a - 1
        return None

    def read_relay(self, r: Reading, i: int, cue: Cue) -> int:
        if self.latin:
            return self.read_quoted(r, i, cue)
        heard = self.heard(i)
        after = i + cue.size
        in_it = after + 1 < self.n and self.k[after] in _IN_IT
        if in_it and self.k[after + 1] in heard:
            # نشرت مجلة «فورين بوليسي» تقريراً نقلت فيه عن: the report's outlet
            subject = self.outlet_before(i)
            after += 1
        elif after < self.n and self.k[after] in heard:
            # «رويترز» نقلت عن مسؤولين، ونقلت عن مسؤولين: no subject after the
            # verb; one before it, or the one of the sentences before
            subject = self.topic_amma(i) or self.before_verb(i)
        else:
            subject = self.topic_amma(i) or self.noun_phrase(after)
        r.subject = subject
        if subject is not None and subject.kind in ("outlet", "outlet_anaphor"):
            r.channels.append(subject)
        elif subject is not None and subject.end > subject.first:
            r.speaker = subject
        p = self.adjuncts(r, max(subject.end if subject else 0, after))
        for q in range(p, min(self.n, p + 12)):
            if self.k[q] in heard and self.free(q):
                speaker = self.noun_phrase(q + 1)
                if speaker.kind in ("outlet", "outlet_anaphor"):
                    # نقلت فرانس برس عن صحيفة وول ستريت جورنال: a relay of a
                    # relay; the paper is nearer the source than the agency
                    r.channels.insert(0, speaker)
                elif speaker.end > speaker.first:
                    r.speaker = speaker
                return self.adjuncts(r, max(speaker.end, q + 1))
        return p

    def inner_frame(self, r: Reading, start: int) -> int | None:
        """A source's own frame opening what an outlet reports: where its words start.

        "CNN reported that Pentagon spokesman John Kirby said the strikes …",
        أفادت قناة «…» بأن المتحدث باسم … جون كيربي قال إن: the outlet relays
        and the source the reported clause opens with speaks. Sets the
        speaker and stance on ``r``; None when the clause opens otherwise.
        """
        for w in self.cue_at:
            if w <= start:
                continue
            cue = self.cue(w)
            if w > start + _MAX_SUBJECT or cue is None or cue.role != "say":
                return None
            if self.in_excluded(w):
                return None
            ref = self.noun_phrase(start)
            if ref.kind != "speaker" or ref.end != w:
                return None
            end = w
            while end > ref.first + 1 and self.k[end - 1] in _AUXILIARIES:
                end -= 1  # "that the defence minister had said"
            if end < w:
                ref = Ref("speaker", ref.first, end, segments=[self.t[ref.first : end]])
            if not self.is_source(ref) and not any(
                self.has(cls, x)
                for x in range(ref.first, ref.end)
                for cls in ("role", "office", "anonymous")
            ):
                return None  # "that the strikes killed …" is no source's frame
            p = w + cue.size
            if self.k[w] in ("told", "tells", "ابلغ", "ابلغت") and p < self.n:
                p = max(p, self.noun_phrase(p).end)
            p = self.adjuncts(r, p)
            if not (self.latin or self.complementizer(p)):
                return None
            r.speaker, r.subject, r.stance = ref, ref, cue.stance
            return self.content_start(p)
        return None

    def outlet_before(self, v: int) -> Ref | None:
        """The first outlet the clause names before token ``v``, if any."""
        return next(
            (
                ref
                for q in range(v)
                if (ref := self.noun_phrase(q)).kind == "outlet" and ref.end <= v
            ),
            None,
        )

    def read_quoted(self, r: Reading, i: int, cue: Cue) -> int:
        """Read "<outlet> quoted <speaker> as saying (that) ..."."""
        subject = self.before_verb(i)
        r.subject = subject
        if subject is not None and subject.kind in ("outlet", "outlet_anaphor"):
            r.channels.append(subject)
        elif subject is not None and subject.kind == "speaker":
            r.speaker = subject
        p = i + cue.size
        speaker = self.noun_phrase(p)
        cut = next(
            (
                q
                for q in range(p, speaker.end)
                if self.k[q] == "as" and q + 1 < self.n and self.k[q + 1] in _AS_SAYING
            ),
            None,
        )
        if cut is not None and speaker.kind == "speaker":
            speaker = Ref("speaker", speaker.first, cut, segments=[self.t[p:cut]])
        if speaker.kind in ("outlet", "outlet_anaphor"):
            r.channels.append(speaker)
        elif speaker.end > speaker.first:
            r.speaker = speaker
        p = max(p, speaker.end)
        if p + 1 < self.n and self.k[p] == "as" and self.k[p + 1] in _AS_SAYING:
            p += 2
        return self.adjuncts(r, p)

    def trailing_frame(self, first: int, last: int, cue: Cue) -> bool:
        """Whether the cue at ``last`` frames the sentence from its end.

        "About 2,000 troops are in Syria, more than double the number the
        Pentagon had acknowledged, Pentagon press secretary Pat Ryder told
        reporters": an earlier cue whose verb opens no content (its object is
        the noun before it) is part of what is said; the frame set off by a
        comma at the end, its subject no relative clause, is the sentence's.
        """
        after = first + (self.cue(first) or cue).size
        if any(
            self.complementizer(x) or self.t[x].text in QUOTES or self.t[x].text == ":"
            for x in range(after, min(self.n, after + 2))
        ):
            return False
        trial = Reading()
        start = self.content_start(self.read_say(trial, last, cue))
        subject = trial.subject
        return (
            subject is not None
            and subject.kind == "speaker"
            and first < subject.first
            and not any(
                self.k[x] in ("that", "which") for x in range(subject.first, last)
            )
            and self.adjunct_tail(start, subject.first)
        )

    def frame_cue(self, at: Iterable[int]) -> tuple[int, Cue] | None:
        """The first reporting or relaying cue among the positions ``at``."""
        return next(
            (
                (i, c)
                for i in at
                if not self.in_excluded(i)
                and (c := self.cue(i)) is not None
                and c.role in ("say", "relay")
                and not self.relative_gap(i)
                and (self.k[i] not in _PUT or self.put_at(i))
                and (self.k[i] not in _CITED or self.cited_as(i))
                and (c.role != "relay" or self.latin or self.relays(i))
            ),
            None,
        )

    def relays(self, v: int) -> bool:
        """Whether the Arabic verb of relaying at ``v`` relays anything.

        "نقلت الوكالة عن مسؤولين", "نقلت صحيفة X أن …": a source after عن
        (من after علمت) or a reported clause follows; "تنقل فرنسا مفرزتها
        إلى أربيل" moves troops and reports nothing.
        """
        heard = self.heard(v)
        return any(
            self.k[q] in heard or self.complementizer(q) or self.t[q].text == ":"
            for q in range(v + 1, min(self.n, v + _RELAY_REACH))
        )

    def heard(self, v: int) -> tuple[str, ...]:
        """Prepositions before the source of the relaying verb at ``v``.

        عن for all (نقلت الوكالة عن مسؤولين); من after علمت too (علمت
        «الجريدة» من مصادر: an outlet learns from its sources).
        """
        return ("عن", "من") if self.k[v].removeprefix("و") == "علمت" else ("عن",)

    def cited_as(self, v: int) -> bool:
        """Whether "cited" at ``v`` relays: "cited two officials as saying".

        "cited security concerns" relays no one.
        """
        for x in range(v + 1, min(v + _PUT_REACH, self.n - 1)):
            if self.k[x] == "as":
                return self.k[x + 1] in _AS_SAYING
            if self.t[x].text in COMMAS:
                return False
        return False

    def put_at(self, v: int) -> bool:
        """Whether "put(s)" at ``v`` states a figure: "puts the number … at 2,000".

        Only with "at" and a figure within a few words after it: "put
        pressure on", "put on hold" say nothing.
        """
        for x in range(v + 1, min(v + _PUT_REACH, self.n - 1)):
            if self.k[x] == "at":
                after = self.t[x + 1 : x + 4]
                return any(t.text[:1].isdigit() for t in after)
            if self.t[x].text in COMMAS:
                return False
        return False

    def relative_gap(self, v: int) -> bool:
        """Whether the verb at ``v`` is in a relative clause on the noun before.

        "fewer than half the 26 attacks it reported": a pronoun right after a
        noun, with no comma or link word between, opens a relative clause
        whose object is that noun; it frames nothing.
        """
        return (
            self.latin
            and v >= 2
            and self.k[v - 1] in _GAP_PRONOUNS
            and self.t[v - 2].is_word
            and self.k[v - 2] not in _LINKS
            and not self.t[v - 2].text[:1].isupper()
            and not self.is_time(v - 2)
        )

    def asks(self) -> bool:
        """Whether the clause is a direct question: "Why did the US say …?".

        A question's verb of saying frames nothing: who asks says nothing of
        what the question's subject said.
        """
        if not self.n or self.t[self.n - 1].text not in ("?", "؟"):
            return False  # most clauses: one look at the last token
        first = next((i for i in range(self.n) if self.t[i].is_word), None)
        return (
            first is not None
            and not self.quoted[first]
            and self.k[first] in _INTERROGATIVES
        )

    def read(self) -> Reading:
        r = Reading()
        if self.asks():
            r.content = self.trimmed(0, self.n)
            return r
        self.read_according(r)
        frame = self.frame_cue(self.cue_at)
        # The last cue is looked for only in English, and only when there is a
        # first: this runs for every clause with a cue.
        last = self.frame_cue(reversed(self.cue_at)) if frame and self.latin else None
        if (
            frame is not None
            and last is not None
            and last[0] != frame[0]
            and last[1].role == "say"
            and self.trailing_frame(frame[0], *last)
        ):
            frame = last
        if frame is not None:
            v, cue = frame
            r.framed, r.stance = True, cue.stance
            read = self.read_relay if cue.role == "relay" else self.read_say
            after = read(r, v, cue)
            start = self.content_start(after)
            if (
                r.speaker is None
                and r.subject is not None
                and r.subject.kind in ("outlet", "outlet_anaphor")
                and start > after
                and (inner := self.inner_frame(r, start)) is not None
            ):
                start = inner
            for i in range(start):  # "In a joint statement, the two sides said"
                before = r.subject.first if r.subject is not None else v
                # before the subject, or set off between it and the verb ("The
                # ministry, in an interview with Reuters, said")
                aside = r.subject is not None and r.subject.end <= i < v
                pre = (i < min(v, before) or aside) and not self.in_excluded(i)
                found = self.channel(i) if pre else None
                if found is not None and found[0] is not None:
                    r.channels.append(found[0])  # "In an interview with X, Y said"
                if size := self.occasion(i):
                    r.statement |= self.k[i + size - 1] in (
                        "بيان",
                        "بيانا",
                        "statement",
                    )
                    r.joint |= any(self.has("joint", x) for x in range(i, i + size + 1))
            self.trailing_relay(r, v)
            r.content = self.trimmed(start, self.n)
            first = min(v, r.subject.first if r.subject is not None else v)
            if not r.content or self.adjunct_tail(start, first):
                # "…, officials said." / "… قال المسؤول." / "…, a commander
                # told Rudaw English." / "…, an official told reporters on
                # background": what was said comes first, and what a
                # participle adds after the frame ("…, adding that …")
                r.content = self.trimmed(0, first)
                if (more := self.going_on(first)) is not None:
                    r.content += self.trimmed(more, self.n)
            elif self.quoted[0]:  # "“…”، قال X" / '"…," he said'
                close = next(
                    (i for i in range(1, self.n) if not self.quoted[i]), self.n
                )
                r.content.insert(0, (self.t[0].start, self.t[close - 1].end))
            else:
                first = min(v, r.subject.first if r.subject is not None else v)
                fronted = first > 0 and self.t[first - 1].text in COMMAS
                if fronted and any(
                    (c := self.cue(i)) is not None and c.role == "participle"
                    for i in range(after, start)
                ):  # "X, officials said, adding that Y": X is theirs too
                    r.content[:0] = self.trimmed(0, first - 1)
                elif (
                    fronted
                    and self.latin
                    and any(self.t[i].text in COMMAS for i in range(v, start))
                    # not an adjunct: "On Monday, X said, ...", "Meanwhile, ..."
                    and sum(t.is_word for t in self.t[: first - 1]) >= 3
                    and not (
                        any(
                            self.has(cls, 0)
                            for cls in ("preposition", "discourse", "adverb")
                        )
                        # "At least 19 …, an official told X, a number …": a hedge
                        and self.k[1:2] not in (["least"], ["most"])
                    )
                    and not self.is_time(0)
                ):
                    # "X, the leader claimed, a figure others disputed": what
                    # follows is an aside, what comes first was said; "…,
                    # officials told Reuters, leaving fewer than 400 there": a
                    # participle goes on with what was said.
                    tail = r.content
                    r.content = self.trimmed(0, first - 1)
                    opener = self.k[start] if start < self.n else ""
                    fronted_words = [t for t in self.t[: first - 1] if t.is_word]
                    if (
                        _PARTICIPLE.fullmatch(opener)
                        or opener in _FINITE
                        # "The request assumes, an official said, an average
                        # of 1,800": a short start, no figure in it, needs the rest
                        or (
                            len(fronted_words) <= _FRONTED_ONLY
                            and not any(t.text[:1].isdigit() for t in fronted_words)
                        )
                        # "When she first arrived in 2021, she says, there were
                        # about 200": a clause that needs the main one after
                        or self.k[0] in _SUBORDINATORS
                    ):
                        # "The remaining force, officials said, will shrink to
                        # 2,000": a finite verb goes on with the fronted subject
                        r.content += tail
        elif r.framed:
            r.content = self.trimmed(0, self.n)
        elif not self.read_label(r):
            self.read_unframed(r)
        for i in range(self.n - 1):
            # "documents seen by Reuters", وثائق اطلعت عليها رويترز: wherever
            # it stands, the outlet that saw them relays what they say.
            if (self.k[i], self.k[i + 1]) in SEEN_BY and self.free(i):
                found = self.channel(i)
                ref = found[0] if found is not None else None
                if ref is not None and all(c.first != ref.first for c in r.channels):
                    r.channels.append(ref)
        head = [t for a, b in r.content[:1] for t in self.t if a <= t.start < b][:5]
        for t in head:
            strong = self.lex.cue([t.key])
            if (
                strong is not None
                and strong.stance in _STRONG
                and r.stance in (Stance.SAYS, Stance.REPORTS)
            ):
                r.stance = strong.stance
                break
        return r

    def read_label(self, r: Reading) -> bool:
        """A source named before a colon that opens the clause: its words follow.

        "مصدر أمني عراقي: سقوط ثلاثة صواريخ", "عاجل | مصادر «الحدث»: انسحاب
        150 جندياً", "14:05 — القيادة المركزية: …", a press conference's
        "/ الناطق باسم الوزارة، العميد X: …". Only a phrase headed by an
        office, role or unnamed-group word, or an outlet, speaks so: "Key
        findings:" does not.
        """
        colon = next(
            (
                x
                for x in range(1, min(self.n, _LABEL_REACH))
                if self.t[x].text == ":"
                and not self.t[x - 1].text.isdigit()
                and not self.quoted[x]  # «… في العراق وسوريا: قضايا للكونغرس»
            ),
            None,
        )
        if colon is None or introduces_list(self.t):
            return False
        start = 1 + max(
            (x for x in range(colon) if self.t[x].text in _LABEL_OPENERS), default=-1
        )
        if self.k[start] in _BYLINE_WORDS:
            return False  # "بقلم: X", "By: X": who wrote it, not who speaks
        ref = self.noun_phrase(start)
        after = ref.end
        if ref.kind == "document" or (
            ref.end == ref.first + 1 and self.has("occasion", ref.first)
        ):
            # "بيان صادر عن وزارة الدفاع:", "وزارة الدفاع / بيان:": its issuer
            issuer = self.owner(ref)
            if issuer is None and start > 1 and self.t[start - 1].text == "/":
                issuer = self.noun_phrase(0)
                if issuer.end != start - 1 or not self.headed_by_source(issuer):
                    issuer = None
            if issuer is not None and issuer.end <= colon:
                ref = issuer
        quote = next(
            (x for x in range(ref.first + 1, ref.end) if self.t[x].text in QUOTES), None
        )
        if quote is not None and ref.kind == "speaker":
            # مصادر «الحدث»: the outlet in quotes is whom they told, not them
            ref = Ref("speaker", ref.first, quote, segments=[self.t[ref.first : quote]])
        # "وزارة الدفاع / بيان:": the rest starts after the document noun
        rest = range(max(ref.end, after), colon)
        if (
            ref.kind == "speaker"
            and len(rest) > 2
            and self.t[ref.end].text == "("
            and self.t[colon - 1].text == ")"
        ):
            # Minutes: "السيد رئيس اللجنة (النائب X):" is X, who holds the chair
            inner = self.t[ref.end + 1 : colon - 1]
            if is_name_like(inner[1:]) or is_name_like(inner):
                ref = Ref("speaker", ref.end + 1, colon - 1, segments=[inner])
                rest = range(colon, colon)
        # "مصدر أمني لدجلة:": whom the source told, between it and the colon
        told = self.channel(ref.end) if ref.kind == "speaker" and rest else None
        whom = told[0] if told is not None and told[1] == colon else None
        # "مصدر أمني للرابعة:": a channel no list knows, one word, is whom
        # the source told (most often the outlet printing the line)
        untold = (
            ref.kind == "speaker"
            and told is None
            and len(rest) == 1
            and self.t[ref.end].is_word
            and self.k[ref.end][:1] == "ل"
            and len(self.k[ref.end]) > 3
        )
        if self.latin and any(
            self.t[x].text[:1].islower()
            and self.k[x] not in ("a", "an", "the", "of", "for", "and")
            and not any(
                self.has(c, x)
                for c in ("role", "office", "anonymous", "adjective", "medium")
            )
            for x in range(ref.first, ref.end)
        ):
            return False  # "X issued the following statement:" is no label
        bracketed = bool(rest) and (self.t[ref.end].text, self.t[colon - 1].text) == (
            "(",
            ")",
        )
        # "بلينكن من الرياض:", "Blinken from Riyadh:": where the source speaks
        # from, one or two words
        cut = next(
            (x for x in range(ref.first + 1, ref.end) if self.k[x] == "from"), None
        )
        if cut is not None and ref.kind == "speaker" and self.latin:
            ref = Ref("speaker", ref.first, cut, segments=[self.t[ref.first : cut]])
            rest = range(cut, colon)
        located = (
            2 <= len(rest) <= 3
            and self.k[rest[0]] in ("من", "from")
            and all(self.t[x].is_word for x in rest)
        )
        if not (
            ref.first < ref.end <= colon
            and (
                ref.kind == "outlet"
                # "المصادر: …" under a line from "مصادر أمنية للاتجاه:"
                or (ref.kind == "anaphor" and ref.value == "anonymous")
                or (
                    ref.kind == "speaker"
                    and (
                        self.headed_by_source(ref)
                        or self.named_label(ref, start > 0 or bracketed or located)
                    )
                )
            )
            and (
                all(not self.t[x].is_word or self.quoted[x] for x in rest)
                or bracketed
                # "الناطق باسم الوزارة، الفريق X، عضو اللجنة …:" appositions
                or (ref.kind == "speaker" and self.t[ref.end].text in COMMAS)
                or whom is not None
                or untold
                or located
            )
        ):
            return False
        if ref.kind == "outlet":
            r.channels.append(ref)
        else:
            r.speaker = ref
            if whom is None:
                found, at = self.outlet_at(ref.end)  # مصادر «الحدث»: whom they told
                if found is not None and at < colon:
                    whom = Ref("outlet", at, found[2], outlet=found[0])
            if whom is not None:
                r.channels.append(whom)
        r.framed = True
        r.content = self.trimmed(colon + 1, self.n)
        return True

    def named_label(self, ref: Ref, marked: bool) -> bool:
        """Whether a label with no source word names who speaks after it.

        An interview's "قاسم المحمداوي:" (a full name), "المحمداوي:" (a
        family name, ال…ي), "شورش حسن (المتحدث باسم الوزارة):" and a
        ticker's "عاجل | العمليات المشتركة:" (``marked``: a bracketed role or
        a ticker's bar). A place before a colon is a dateline: "بغداد:".
        """
        words = self.t[ref.first : ref.end]
        if self.latin or len(words) > 4 or not all(t.is_word for t in words):
            return False
        if is_place(" ".join(t.text for t in words)):
            return False
        if is_name_like(words):
            key, last = words[0].key, words[-1].key
            return (
                marked
                # "تسلسل زمني:": a noun and its adjective, no name
                or (len(words) >= 2 and not (is_nisba(last) and not is_definite(last)))
                or (is_definite(key) and key.endswith("ي") and len(key) > 5)
            )
        return marked and is_definite(words[0].key)  # العمليات المشتركة:

    def read_unframed(self, r: Reading) -> None:
        for i in self.cue_at:
            cue = self.cue(i)
            if cue is not None and cue.role == "participle":
                r.framed = r.continues = True
                r.stance = cue.stance
                r.content = self.trimmed(self.content_start(i), self.n)
                return
            if cue is not None and cue.role == "stance" and r.stance is Stance.SAYS:
                r.stance = cue.stance
        words = [i for i in range(self.n) if self.t[i].is_word]
        if words and self.credited_quote(r, words):
            return
        r.quote_only = bool(words) and all(self.quoted[i] for i in words)
        r.content = self.trimmed(0, self.n)

    def credited_quote(self, r: Reading, words: list[int]) -> bool:
        """A quotation credited after a dash: "«…» — شون بارنيل، المتحدث".

        '"We will cut our forces …" — Sean Parnell, Pentagon spokesman': the
        pull quotes of a "what they said" box. Sets the speaker and content.
        """
        if not self.quoted[words[0]]:
            return False
        said = [i for i in words if self.quoted[i]]
        after = [i for i in words if not self.quoted[i]]
        if not after or after[0] < said[-1] or len(after) > _MAX_SUBJECT + 4:
            return False
        dash = next(
            (x for x in range(said[-1] + 1, after[0]) if self.t[x].text in "—–-"),
            None,
        )
        if dash is None:
            return False
        end = self.n
        while end > dash and not self.t[end - 1].is_word:
            end -= 1
        segments = [[]]
        for t in self.t[dash + 1 : end]:
            if t.text in COMMAS:
                segments.append([])
            elif t.is_word:
                segments[-1].append(t)
        segments = [seg for seg in segments if seg]
        if not segments or not self.speakerish(dash + 1, end):
            return False
        r.speaker = Ref("speaker", dash + 1, end, segments=segments)
        r.framed = True
        r.content = self.trimmed(0, dash)
        return True


# Nouns that head a letterhead besides the occasions of speech (بيان، إحاطة،
# statement, briefing): "بيان صحفي", "press release", "news release", "readout".
_HEADING_NOUNS = frozenset({"صحفي", "release", "readout", "remarks", "press", "news"})
HEADING_REACH = 24  # tokens: a longer first line is a sentence, not a heading
_VENUES = frozenset({"at", "before", "to", "during"})
_FROM_HEADING = frozenset({"من", "خلاصه", "ملخص", "مقتطفات"})
# Documents a person makes in their own name: "DECLARATION OF X".
_SWORN = frozenset({"declaration", "affidavit", "testimony"})
# Who speaks the document below a heading: "attributable to X", "said by X".
_SPOKEN_BY = frozenset({("attributable", "to"), ("said", "by")})
# Institutions whose papers are their own publications, not statements.
_PUBLISHERS = frozenset({"مركز", "معهد", "center", "centre", "institute"})
# What may open the part after an issuer's dash and name the document, with
# more words after it: "مكتب المفتش العام – ملخص التقرير الفصلي …" (folded).
_DOCUMENT_HEADS = frozenset(
    {"ملخص", "خلاصه", "تقرير", "التقرير", "ورقه", "نشره", "دراسه", "تقدير", "summary"}
    | {"report", "paper", "brief", "briefing", "factsheet", "statement"}
)


class _Heading(_Clause):
    """The first line of a document, read as a letterhead.

    ``line``: where a second line that only names the kind of document
    ("بيان") starts among the tokens, else their count.
    """

    def __init__(self, tokens: list[Token], line: int | None = None) -> None:
        super().__init__(tokens)
        self.line = self.n if line is None else line

    def heading_noun(self, i: int) -> bool:
        return self.has("occasion", i) or self.k[i] in _HEADING_NOUNS

    def issuer(self) -> Ref | None:
        """Who issues a document whose first line is a letterhead.

        "القيادة المركزية الأمريكية – بيان صحفي (ترجمة)", "وزارة الداخلية /
        مديرية العلاقات والإعلام – بيان", "بيان صادر عن المتحدث باسم القائد
        العام", "إحاطة الممثلة الخاصة للأمين العام، إلسا مارتينسن، أمام مجلس
        الأمن", "The following is attributable to Spokesperson X:". Only a
        phrase headed by an office, role or group word, or a name with its
        role: a headline ("بيان أمريكي عراقي يحدد موعد الانسحاب") names none.
        """
        end = self.n
        while end and self.t[end - 1].text in ":.":
            end -= 1
        if end and self.t[end - 1].text == ")":
            end = next(
                (x for x in range(end - 1, -1, -1) if self.t[x].text == "("), end
            )
        for i in range(min(end, HEADING_REACH) - 2):
            # "The following is attributable to Spokesperson X:", "This is a
            # summary of what was said by UNHCR spokesperson X – …"
            if (self.k[i], self.k[i + 1]) in _SPOKEN_BY:
                ref = self.noun_phrase(i + 2)
                return ref if ref.kind == "speaker" and ref.end > ref.first else None
        said = any(
            (c := self.cue(i)) is not None and c.role in ("say", "relay")
            for i in self.cue_at
        )
        cuts = [x for x in range(end) if self.t[x].text in _LABEL_OPENERS]
        # "X – ملخص التقرير الفصلي المقدم إلى الكونغرس عن الفترة …": a document
        # named after the issuer's dash may run long
        documented = (
            bool(cuts)
            and cuts[0] + 1 < end
            and self.k[cuts[0] + 1] in _DOCUMENT_HEADS
            # a research centre's paper is its own publication: the outlet's voice
            and self.k[0] not in _PUBLISHERS
        )
        # "Statement by X at the General Debate of …", "Statement of General X,
        # Commander, …, before the House Armed Services Committee": the venue
        # after the issuer is not part of the name, and may run long
        issued = end > 2 and self.heading_noun(0) and self.k[1] in ("by", "of")
        if issued:
            end = next((x for x in range(3, end) if self.k[x] in _VENUES), end)
            while self.t[end - 1].text in COMMAS:
                end -= 1
        if not end or said or (end > HEADING_REACH and not (documented or issued)):
            return None
        parts = list(zip([0, *(c + 1 for c in cuts)], [*cuts, end], strict=True))
        if self.line < end:  # "وزارة الداخلية\nبيان": the line break cuts too
            parts = [(a, b) for a, b in parts if b <= self.line] + [(self.line, end)]
        last = [x for x in range(*parts[-1]) if self.t[x].is_word]
        if len(parts) > 1 and (all(self.heading_noun(x) for x in last) or documented):
            ref = self.noun_phrase(0)  # X – بيان صحفي: the first part issues it
            return ref if ref.end <= parts[0][1] and self.is_source(ref) else None
        if self.latin and self.k[0] in _SWORN and end > 2 and self.k[1] in ("of", "by"):
            # "DECLARATION OF MARK D. ELLSWORTH": the declarant, named alone
            ref = self.noun_phrase(2)
            if ref.end == end and is_name_like(self.t[2:end]):
                return ref
        # من إحاطة X: from X's briefing; خلاصة التقرير: a summary of X's report
        first = 1 if self.k[0] in _FROM_HEADING else 0
        if not (self.heading_noun(first) or self.k[first] == "التقرير"):
            return None
        j = first + 1
        while j < end and (self.heading_noun(j) or self.k[j] in ISSUED_BY):
            j += 1
        # the document's adjectives come first: التقرير الفصلي للجنة, "annual"
        while j < end - 1 and (
            self.has("adjective", j) or (is_definite(self.k[j]) and is_nisba(self.k[j]))
        ):
            j += 1
        ref = self.noun_phrase(j) if j < end else None
        if ref is None:
            return None
        if issued and ref.end > end:  # the venue read on: cut it off
            ref.end = end
            ref.segments = [
                [t for t in seg if t.end <= self.t[end - 1].end] for seg in ref.segments
            ]
        a, b = ref.end + 1, ref.end + 1
        while b < end and self.t[b].is_word:
            b += 1
        if (
            ref.end < self.n
            and self.t[ref.end].text in COMMAS
            and (b == end or (b < self.n and self.t[b].text in COMMAS))
            and b > a
            and complements(self.t[ref.first : ref.end], self.t[a:b])
        ):  # الممثلة الخاصة للأمين العام، إلسا مارتينسن،: the role and its name;
            # "Statement by Dalia Fakhoury, UNICEF Regional Director": the name
            return Ref(
                "speaker",
                ref.first,
                b,
                segments=[self.t[ref.first : ref.end], self.t[a:b]],
            )
        # a name and its role read as one phrase already: "Rana Haddad, UNICEF
        # Regional Director for the Middle East"
        return ref if self.is_source(ref) or len(ref.segments) == 2 else None


def read_heading(tokens: list[Token], then: Sequence[Token] = ()) -> Ref | None:
    """Return who issues a document, from its first line's tokens, if it says.

    ``then``: the second line's tokens; when it only names the kind of document
    ("بيان", "Press release"), the first line needs only name its issuer.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> line = "وزارة الدفاع العراقية – بيان صحفي"
        >>> tokens = tokenize(line, 0, len(line))
        >>> ref = read_heading(tokens)
        >>> " ".join(t.text for t in tokens[ref.first : ref.end])
        'وزارة الدفاع العراقية'
    """
    if not tokens:
        return None
    second = _Heading(list(then))
    alone = bool(then) and all(second.heading_noun(i) for i in range(second.n))
    return _Heading([*tokens, *then] if alone else tokens, len(tokens)).issuer()


# What ends a clause that introduces a list: "وقرر ما يأتي:", "بما يلي:",
# "issued a number of decisions, including:", "the following:".
_INTRODUCERS = frozenset(
    {"ياتي", "يلي", "الاتي", "التالي", "following", "including", "include", "includes"}
)


def introduces_list(tokens: Sequence[Token]) -> bool:
    """Whether a clause ends with a colon after words that announce a list.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> introduces_list(tokenize("وقرر المجلس ما يأتي:"))
        True
        >>> introduces_list(tokenize("مصدر أمني: سقوط صاروخين"))
        False
    """
    return len(tokens) > 1 and tokens[-1].text == ":" and tokens[-2].key in _INTRODUCERS


# The reference line of an official letter ("العدد: 4/3/1/871", "Ref: …"),
# under the lines that name who writes it.
_REFERENCE_LABELS = frozenset({"العدد", "الرقم", "التاريخ", "ref", "reference"})
_COMMITTEES = ("لجن", "committee", "subcommittee")
_LETTERHEAD_LINES = 4


def read_letter(lines: Sequence[list[Token]]) -> Ref | None:
    r"""Return who writes an official letter, from its first lines' tokens.

    An Iraqi official letter names its writer over its reference and date
    lines ("وزارة الدفاع / مكتب الوزير / العدد: … / التاريخ: …"): the
    first line that names a body (after "جمهورية العراق", which names
    none) writes it; a committee named under its chamber ("مجلس النواب /
    لجنة الأمن والدفاع") is the writer rather than the chamber. The lines
    are the text's first ones, in order; the phrase's indexes count tokens
    from the first line's first.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> text = "جمهورية العراق\nوزارة الخارجية\nالعدد: 4/3/1/871"
        >>> lines = [tokenize(x, 0, len(x)) for x in text.split("\n")]
        >>> ref = read_letter(lines)
        >>> tokens = [t for line in lines for t in line]
        >>> " ".join(t.text for t in tokens[ref.first : ref.end])
        'وزارة الخارجية'
    """
    n = next(
        (
            n
            for n, line in enumerate(lines[: _LETTERHEAD_LINES + 1])
            if len(line) > 1
            and line[0].key in _REFERENCE_LABELS
            and line[1].text in ":/"
        ),
        None,
    )
    if n is None:
        return None
    bodies, offset = [], 0
    for line in lines[:n]:
        head = _Heading(line)
        ref = head.noun_phrase(0) if line else None
        if ref is not None and ref.end == len(line) and head.is_source(ref):
            ref.first, ref.end = ref.first + offset, ref.end + offset
            bodies.append((line[0].key, ref))
        offset += len(line)
    if len(bodies) > 1 and bodies[1][0].startswith(_COMMITTEES):
        return bodies[1][1]
    return bodies[0][1] if bodies else None


def read_clause(tokens: list[Token]) -> Reading:
    """Read the attribution frame of one clause, without resolving anaphors.

    Args:
        tokens: The clause's tokens (of the normalised text).

    Returns:
        The clause's reading: speaker and channel phrases, stance, content.

    Examples:
        >>> from claimtrack.extract.attribution_lexicon import tokenize
        >>> r = read_clause(
        ...     tokenize("ونقلت وكالة رويترز عن مصادر مطلعة أن القوات ستغادر")
        ... )
        >>> r.channels[0].outlet.source.name, r.speaker.kind, r.stance.value
        ('Reuters', 'speaker', 'reports')
        >>> r = read_clause(tokenize("وأضاف أن الانسحاب سيكتمل"))
        >>> r.continues, r.speaker is None
        (True, True)
    """
    return _Clause(tokens).read()
