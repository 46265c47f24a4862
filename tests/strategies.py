"""Hypothesis strategies that build only valid claimtrack records.

The pools of names and subjects are small on purpose: collisions (two
attributions of one document, two claims on one question) are where merging
and conflict detection earn their keep. Strategies are built once, at module
level, and composites only draw from them: building strategies inside a
composite costs more than drawing.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

from hypothesis import strategies as st

from claimtrack import (
    Attribution,
    Claim,
    Document,
    Granularity,
    Hedge,
    NumberFigure,
    Part,
    Property,
    Question,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
    TimeFigure,
)

ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 ,.-'"
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ةىأإآ ٠١٢٣٤٥٦٧٨٩ ،ـ"
)
# Sentences written for these tests; random text adds odd characters and
# lengths, kept short because every character is a draw.
SENTENCES = [
    "Officials said about 2,500 American troops remain in the country.",
    "The alliance lists 86 members, the statement added.",
    "قال مسؤول إن نحو 2500 جندي ما زالوا في البلاد.",
    "وتنتهي المهمة بحلول نهاية عام 2026 بحسب الاتفاق.",
]
texts = st.sampled_from(SENTENCES) | st.text(alphabet=ALPHABET, max_size=12)

UNITS = ["troop", "country", "attack", "soldier", "base", "month"]
SUBJECTS = ["US troops", "coalition members", "attacks on bases", "mission end"]
PLACES = ["Iraq", "Syria", "Kurdistan"]
WINDOWS = ["since 2023-10-17", "since January 2021"]
EVENTS = ["2024 agreement", "2021 plan"]
OUTLETS = ["Enab Baladi", "Al-Mada", "Shafaq News", "Reuters", "Levant Ledger"]
ARABIC_NAMES = {"Enab Baladi": "عنب بلدي", "Al-Mada": "المدى", "Reuters": "رويترز"}
PERSONS = ["Karim Haddad", "karim  HADDAD", "Layla Mansour"]
OFFICES = ["the US embassy in Baghdad", "the Pentagon", "وزارة الدفاع"]
GROUPS = ["unnamed US officials", "Iraqi security sources", "مصادر أمنية"]
RELATIVE = ["next month", "next year", "the end of this year", "last Monday"]

EARLIEST, LATEST = date(1990, 1, 1), date(2040, 12, 31)
NEWS_DATES = st.dates(date(2024, 1, 1), date(2026, 12, 31))


def _maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.none() | strategy


hedges = st.sampled_from(list(Hedge))
number_hedges = st.sampled_from([h for h in Hedge if h is not Hedge.BY])
time_hedges = st.sampled_from([h for h in Hedge if h is not Hedge.VAGUE])
granularities = st.sampled_from(list(Granularity))
parts = st.sampled_from(list(Part))
_units = _maybe(st.sampled_from(UNITS))
_years = st.dates(EARLIEST, LATEST)
_relative = st.sampled_from(RELATIVE)
_maybe_years = _maybe(_years)
_maybe_relative = _maybe(_relative)
_range_days = st.integers(0, 900)

# Numbers as texts state them: whole counts, and decimals of up to six places.
amounts = st.one_of(
    st.integers(0, 10**6).map(float),
    st.builds(lambda n, p: n / 10**p, st.integers(1, 10**6), st.integers(1, 6)),
)
positive_amounts = amounts.filter(lambda x: x > 0)
_bounds = st.tuples(amounts, amounts).map(sorted)
_extra_bounds = st.none() | st.none() | _bounds


@st.composite
def number_figures(draw: st.DrawFn, hedge: Hedge | None = None) -> NumberFigure:
    """Draw a valid number figure; every hedge but ``by``."""
    hedge = draw(number_hedges) if hedge is None else hedge
    unit = draw(_units)
    if hedge in (Hedge.RANGE, Hedge.VAGUE):
        low, high = draw(_bounds)
        return NumberFigure(low=low, high=high, hedge=hedge, unit=unit)
    # "fewer than 0" admits nothing, so a less-than bound is positive.
    value = draw(positive_amounts if hedge is Hedge.LESS_THAN else amounts)
    bounds = draw(_extra_bounds)
    low, high = bounds if bounds is not None else (None, None)
    return NumberFigure(value=value, low=low, high=high, hedge=hedge, unit=unit)


def _iso(day: date, granularity: Granularity) -> str:
    if granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    if granularity is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@st.composite
def time_figures(
    draw: st.DrawFn,
    hedge: Hedge | None = None,
    granularity: Granularity | None = None,
    part: Part | None = None,
) -> TimeFigure:
    """Draw a valid, resolved time figure: any granularity, part and hedge."""
    hedge = draw(time_hedges) if hedge is None else hedge
    granularity = draw(granularities) if granularity is None else granularity
    if granularity is Granularity.DAY:
        part = Part.WHOLE
    elif part is None:
        part = draw(parts)
    start = draw(_years)
    value_high = None
    if hedge is Hedge.RANGE:
        end = start + timedelta(days=draw(_range_days))
        value_high = _iso(min(end, LATEST), granularity)
    relative = draw(_maybe_relative)
    resolved_against = draw(_maybe_years) if relative else None
    return TimeFigure(
        value=_iso(start, granularity),
        value_high=value_high,
        granularity=granularity,
        part=part,
        hedge=hedge,
        relative=relative,
        resolved_against=resolved_against,
    )


unresolved_time_figures = st.builds(
    lambda relative, part, hedge: TimeFigure(relative=relative, part=part, hedge=hedge),
    _relative,
    parts,
    time_hedges,
)
"""Relative times left unresolved (no publication date)."""

figures = st.one_of(number_figures(), time_figures())
any_figures = st.one_of(number_figures(), time_figures(), unresolved_time_figures)


def _all_speakers() -> list[Speaker]:
    """Every speaker the pools allow: each kind, name, role, count and entity."""
    roles, entities = [None, "adviser", "spokesperson"], [None, "Q1"]
    found = [Speaker.outlet_voice()]
    for kind, names in [
        (SpeakerKind.PERSON, PERSONS),
        (SpeakerKind.OFFICE, OFFICES),
        (SpeakerKind.ANONYMOUS, GROUPS),
    ]:
        counts = [None, 1, 5] if kind is SpeakerKind.ANONYMOUS else [None]
        found += [
            Speaker(kind=kind, name=n, role=r, count=c, entity=e)
            for n, r, c, e in product(names, roles, counts, entities)
        ]
    return found


# Enumerated pools: one draw per speaker or source keeps generation fast.
speakers = st.sampled_from(_all_speakers())
"""A person, office, anonymous group (maybe with a count) or the outlet."""

sources = st.sampled_from(
    [Source(name=name) for name in OUTLETS]
    + [Source(name=name, names={"ar": ar}) for name, ar in ARABIC_NAMES.items()]
)
"""An outlet, sometimes with its Arabic name."""

_doc_ids = st.sampled_from(["d1", "d2", "d3", "d4", "d5"])
_maybe_sources = _maybe(sources)
_maybe_texts = _maybe(texts)
# url, title, published_basis, lang: drawn together, they matter little here.
_doc_details = st.sampled_from(
    [
        (None, None, None, None),
        ("https://example.org/a", "Troops stay", "printed", "en"),
        (None, "انسحاب القوات", "inferred", "ar"),
        ("https://example.org/b", "", None, None),
    ]
)
_offsets = st.integers(0, 70)


def documents(
    dates: st.SearchStrategy[date] = NEWS_DATES,
) -> st.SearchStrategy[Document]:
    """Documents published on ``dates``; ids come from a small pool, to collide."""
    published = _maybe(dates)

    @st.composite
    def draw_document(draw: st.DrawFn) -> Document:
        url, title, basis, lang = draw(_doc_details)
        return Document(
            id=draw(_doc_ids),
            source=draw(_maybe_sources),
            url=url,
            title=title,
            published=draw(published),
            published_basis=basis,
            lang=lang,
            text=draw(_maybe_texts),
        )

    return draw_document()


def _draw_span(draw: st.DrawFn, text: str | None) -> Span:
    """Draw a span inside ``text`` (anywhere, when the text is not kept)."""
    if text is not None:
        start = min(draw(_offsets), len(text))
        end = min(start + draw(_offsets), len(text))
        kept = text[start:end] if draw(st.booleans()) else None
        return Span(start=start, end=end, text=kept)
    start = draw(_offsets) * 10
    if draw(st.booleans()):
        kept = draw(texts)
        return Span(start=start, end=start + len(kept), text=kept)
    return Span(start=start, end=start + draw(_offsets))


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    return _draw_span(draw, draw(_maybe_texts))


spans = _spans()
"""Spans with or without their own text."""

_chains = st.lists(sources, max_size=2).map(tuple)
_stances = st.sampled_from(list(Stance))


def attributions(
    dates: st.SearchStrategy[date] = NEWS_DATES,
) -> st.SearchStrategy[Attribution]:
    """Attributions whose span lies inside their document, as of ``dates``."""
    docs, as_of = documents(dates), _maybe(dates)

    @st.composite
    def draw_attribution(draw: st.DrawFn) -> Attribution:
        document = draw(docs)
        return Attribution(
            document=document,
            speaker=draw(speakers),
            citation_chain=draw(_chains),
            stance=draw(_stances),
            span=_draw_span(draw, document.text),
            as_of=draw(as_of),
        )

    return draw_attribution()


questions = st.builds(
    Question,
    subject=st.sampled_from(SUBJECTS),
    property=st.sampled_from(list(Property)),
    place=_maybe(st.sampled_from(PLACES)),
    window=_maybe(st.sampled_from(WINDOWS)),
    event=_maybe(st.sampled_from(EVENTS)),
)
"""A question from a small pool of subjects and scopes."""


_cases = st.sampled_from([str, str.upper, str.lower])
_pads = st.sampled_from(["", " "])


def draw_respelled(draw: st.DrawFn, question: Question) -> Question:
    """Draw the same question typed differently (case, spacing): the same key."""

    def retype(text: str | None) -> str | None:
        if text is None:
            return None
        return draw(_pads) + draw(_cases)(text).replace(" ", "  ")

    # A new model, not model_copy: the cached key must be computed afresh.
    data = question.model_dump()
    data.update(subject=retype(question.subject), place=retype(question.place))
    return Question(**data)


attribution_lists = [st.lists(attributions(), max_size=n).map(tuple) for n in range(7)]
"""``attribution_lists[n]``: tuples of at most ``n`` attributions."""


@st.composite
def claims(
    draw: st.DrawFn,
    question: st.SearchStrategy[Question] = questions,
    figure: st.SearchStrategy[NumberFigure | TimeFigure] = any_figures,
    max_attributions: int = 3,
) -> Claim:
    """Draw a claim; pass strategies to pin its question or figure."""
    return Claim(
        question=draw(question),
        figure=draw(figure),
        attributions=draw(attribution_lists[max_attributions]),
    )


# Small claim sets for conflict detection ------------------------------------------

SMALL_QUESTIONS = [
    Question(subject="US troops", property="count", place="Iraq"),
    Question(subject="us  TROOPS", property="count", place="iraq"),  # same key
    Question(subject="end of the mission", property="deadline"),
    # a running total: between dated readings only a fall disagrees
    Question(subject="attacks", property="count", window="since 2023-10"),
]
_ONE_SIDED = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE, Hedge.BY)]

# Few values, so that figures on one question often agree, diverge or clash; a
# number and a time may land on one question, as a careless extraction would.
small_numbers = st.one_of(
    st.builds(
        NumberFigure,
        value=st.sampled_from([50, 60, 86, 90, 100, 2500]),
        hedge=st.sampled_from(_ONE_SIDED),
    ),
    st.builds(
        lambda lo, hi: NumberFigure(low=lo, high=hi, hedge=Hedge.RANGE),
        st.sampled_from([10, 60, 85]),
        st.sampled_from([90, 100]),
    ),
)
small_times = st.one_of(
    st.builds(
        TimeFigure,
        value=st.sampled_from(["2025", "2025-Q4", "2025-09", "2025-12", "2026"]),
        part=parts,
        hedge=st.sampled_from(
            [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]
        ),
    ),
    st.just(TimeFigure(relative="next month")),
)
as_of_dates = st.dates(date(2025, 1, 1), date(2025, 4, 30))
small_claims = st.builds(
    Claim,
    question=st.sampled_from(SMALL_QUESTIONS),
    figure=small_numbers | small_times,
    attributions=st.lists(attributions(as_of_dates), max_size=2).map(tuple),
)
small_claim_sets = st.lists(small_claims, max_size=6)
