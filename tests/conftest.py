"""Shared fixtures: hypothesis profiles and a small hand-made record of claims.

Every sentence below is written for these tests; none is taken from the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import claimtrack as ct

settings.register_profile(
    "default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def seed_corpus() -> Path:
    """Return the seed articles directory, or skip when the corpus is absent."""
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("the shared corpus is not beside the repository")
    return seeds


# Outlets ----------------------------------------------------------------------

ENAB = ct.Source(name="Enab Baladi", names={"ar": "عنب بلدي"})
MADA = ct.Source(name="Al-Mada", names={"ar": "المدى"})
SHAFAQ = ct.Source(name="Shafaq News", names={"ar": "شفق نيوز"})
REUTERS = ct.Source(name="Reuters", names={"ar": "رويترز"})
LEDGER = ct.Source(name="The Levant Ledger")

# Speakers ---------------------------------------------------------------------

OUTLET_VOICE = ct.Speaker.outlet_voice()
ADVISER = ct.Speaker(
    kind="person", name="Karim Haddad", role="security adviser to the cabinet"
)
EMBASSY = ct.Speaker(kind="office", name="the US embassy in Baghdad")
OFFICIALS = ct.Speaker(kind="anonymous", name="unnamed US officials", count=4)

# Questions --------------------------------------------------------------------

TROOPS = ct.Question(subject="US troops", property="count", place="Iraq")
MEMBERS = ct.Question(subject="coalition members", property="count")
MISSION_END = ct.Question(
    subject="end of the coalition mission", property="deadline", place="Kurdistan"
)

# Documents (our own sentences) --------------------------------------------------

TEXTS = {
    "enab-1": (
        "Citing Reuters, the site said about 2,500 American soldiers are still "
        "based in Iraq, and that the mission ends by the end of 2026."
    ),
    "mada-1": (
        "Four unnamed US officials told Reuters that about 2,500 soldiers remain, "
        "while the adviser put the figure at 2,700."
    ),
    "shafaq-1": (
        "قال مستشار أمني إن عدد الجنود الأمريكيين في العراق يبلغ 2700 جندي، "
        "وإن المهمة تنتهي في أيلول 2026."
    ),
    "shafaq-2": "نقلت رويترز عن مسؤولين أمريكيين أن نحو 3500 جندي ما زالوا هناك.",
    "ledger-1": (
        "The alliance now counts more than 60 countries, our correspondent wrote; "
        "its roster lists 86."
    ),
    "mada-2": "A year later the alliance had grown to 90 member states.",
}


def _doc(doc_id: str, source: ct.Source, published: str, lang: str) -> ct.Document:
    return ct.Document(
        id=doc_id,
        source=source,
        published=date.fromisoformat(published),
        lang=lang,
        text=TEXTS[doc_id],
    )


@pytest.fixture
def documents() -> dict[str, ct.Document]:
    """Return the hand-made documents by id."""
    return {
        "enab-1": _doc("enab-1", ENAB, "2025-08-19", "en"),
        "mada-1": _doc("mada-1", MADA, "2025-08-20", "en"),
        "shafaq-1": _doc("shafaq-1", SHAFAQ, "2025-09-02", "ar"),
        "shafaq-2": _doc("shafaq-2", SHAFAQ, "2025-08-25", "ar"),
        "ledger-1": _doc("ledger-1", LEDGER, "2024-03-01", "en"),
        "mada-2": _doc("mada-2", MADA, "2025-05-01", "en"),
    }


MakeAttribution = Callable[..., ct.Attribution]


@pytest.fixture
def make_attribution() -> MakeAttribution:
    """Return a function that builds an attribution whose span is ``evidence``."""

    def make(
        document: ct.Document,
        evidence: str,
        speaker: ct.Speaker = OUTLET_VOICE,
        *,
        chain: Sequence[ct.Source] = (),
        stance: str = "says",
        as_of: date | None = None,
    ) -> ct.Attribution:
        assert document.text is not None
        start = document.text.index(evidence)
        return ct.Attribution(
            document=document,
            speaker=speaker,
            citation_chain=tuple(chain),
            stance=stance,
            span=ct.Span(start=start, end=start + len(evidence), text=evidence),
            as_of=as_of,
        )

    return make


@pytest.fixture
def make_claim() -> Callable[..., ct.Claim]:
    """Return a function that builds a claim from a question, figure, attributions."""

    def make(
        question: ct.Question,
        figure: ct.NumberFigure | ct.TimeFigure,
        *attributions: ct.Attribution,
    ) -> ct.Claim:
        return ct.Claim(question=question, figure=figure, attributions=attributions)

    return make


@pytest.fixture
def troop_claims(
    documents: dict[str, ct.Document], make_attribution: MakeAttribution
) -> list[ct.Claim]:
    """Return the troop-count claims: about 2,500 (two outlets via Reuters) vs 2,700."""
    enab, mada, shafaq = documents["enab-1"], documents["mada-1"], documents["shafaq-1"]
    about_2500 = ct.NumberFigure(value=2500, hedge="about", unit="troop")
    exactly_2700 = ct.NumberFigure(value=2700, unit="troop")
    return [
        ct.Claim(
            question=TROOPS,
            figure=about_2500,
            attributions=(
                make_attribution(
                    enab, "about 2,500 American soldiers", OFFICIALS, chain=[REUTERS]
                ),
                make_attribution(
                    mada, "about 2,500 soldiers", OFFICIALS, chain=[REUTERS]
                ),
            ),
        ),
        ct.Claim(
            question=TROOPS,
            figure=exactly_2700,
            attributions=(
                make_attribution(mada, "put the figure at 2,700", ADVISER),
                make_attribution(shafaq, "يبلغ 2700 جندي", ADVISER),
            ),
        ),
    ]


@pytest.fixture
def mission_claims(
    documents: dict[str, ct.Document], make_attribution: MakeAttribution
) -> list[ct.Claim]:
    """Return two deadlines for the mission: by the end of 2026 vs September 2026."""
    return [
        ct.Claim(
            question=MISSION_END,
            figure=ct.TimeFigure(value="2026", part="end", hedge="by"),
            attributions=(make_attribution(documents["enab-1"], "by the end of 2026"),),
        ),
        ct.Claim(
            question=MISSION_END,
            figure=ct.TimeFigure(value="2026-09"),
            attributions=(
                make_attribution(documents["shafaq-1"], "في أيلول 2026", ADVISER),
            ),
        ),
    ]
