"""The claim graph: schema, independent origins, disagreement counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import networkx as nx
import pytest
from hypothesis import given

import claimtrack as ct
from tests.conftest import (
    ADVISER,
    ENAB,
    MADA,
    OFFICIALS,
    REUTERS,
    SHAFAQ,
    TROOPS,
    MakeAttribution,
)
from tests.strategies import small_claim_sets as claim_sets


@pytest.fixture
def graph(
    troop_claims: list[ct.Claim], mission_claims: list[ct.Claim]
) -> nx.MultiDiGraph:
    return ct.build_graph(troop_claims + mission_claims)


def test_node_kinds_and_edge_relations(graph: nx.MultiDiGraph) -> None:
    kinds = Counter(d["kind"] for _, d in graph.nodes(data=True))
    assert kinds == {
        "claim": 4,
        "question": 2,
        "document": 3,
        "outlet": 4,  # three publishers and Reuters, whom two of them cite
        "speaker": 3,
    }
    for node, data in graph.nodes(data=True):
        assert node[0] == data["kind"]
        assert data["label"]
    rels = Counter(d["rel"] for _, _, d in graph.edges(data=True))
    assert rels == {
        "about": 4,
        "publishes": 3,
        "cites": 2,
        "carries": 6,
        "attributed_to": 6,
        "diverges": 2,
    }


def test_edges_point_the_documented_way(graph: nx.MultiDiGraph) -> None:
    expected = {
        "about": ("claim", "question"),
        "publishes": ("outlet", "document"),
        "cites": ("document", "outlet"),
        "carries": ("document", "claim"),
        "attributed_to": ("claim", "speaker"),
        "diverges": ("claim", "claim"),
    }
    for u, v, d in graph.edges(data=True):
        assert (u[0], v[0]) == expected[d["rel"]]


def test_nodes_keep_their_records(
    graph: nx.MultiDiGraph, troop_claims: list[ct.Claim]
) -> None:
    claim = troop_claims[0]
    assert graph.nodes["claim", claim.id]["claim"] == claim
    assert graph.nodes["question", TROOPS.key]["question"] == TROOPS
    assert graph.nodes["outlet", ENAB.id]["label"] == "Enab Baladi"
    assert graph.nodes["speaker", ADVISER.key]["speaker"] == ADVISER


def test_relaying_reuters_is_one_origin(troop_claims: list[ct.Claim]) -> None:
    # Enab Baladi and Al-Mada both relay the same unnamed officials via Reuters.
    graph = ct.build_graph(troop_claims)
    about_2500 = troop_claims[0]
    assert about_2500.outlets == ("Al-Mada", "Enab Baladi")
    assert ct.independent_origins(graph, about_2500.id) == {
        "reuters/anonymous:unnamed us officials"
    }


def test_named_speaker_through_two_outlets_is_one_origin(
    troop_claims: list[ct.Claim],
) -> None:
    graph = ct.build_graph(troop_claims)
    quoted = troop_claims[1]
    assert quoted.outlets == ("Al-Mada", "Shafaq News")
    assert ct.independent_origins(graph, quoted.id) == {"person:karim haddad"}


def test_anonymous_groups_heard_by_two_outlets_are_two_origins(
    documents: dict[str, ct.Document], make_attribution: MakeAttribution
) -> None:
    claim = ct.Claim(
        question=TROOPS,
        figure=ct.NumberFigure(value=2500, hedge="about"),
        attributions=(
            make_attribution(documents["enab-1"], "about 2,500", OFFICIALS),
            make_attribution(documents["mada-1"], "about 2,500", OFFICIALS),
        ),
    )
    origins = ct.independent_origins(ct.build_graph([claim]), claim.id)
    assert origins == {
        "enab-baladi/anonymous:unnamed us officials",
        "al-mada/anonymous:unnamed us officials",
    }
    assert origins == claim.origins


def test_every_link_of_every_chain_is_cited(
    documents: dict[str, ct.Document], make_attribution: MakeAttribution
) -> None:
    # One document can relay different sources for different figures.
    doc = documents["mada-1"]
    nyt = ct.Source(name="The New York Times")
    claims = [
        ct.Claim(
            question=TROOPS,
            figure=ct.NumberFigure(value=2500, hedge="about"),
            attributions=(
                make_attribution(doc, "about 2,500", OFFICIALS, chain=[REUTERS]),
            ),
        ),
        ct.Claim(
            question=TROOPS,
            figure=ct.NumberFigure(value=2700),
            attributions=(make_attribution(doc, "2,700", ADVISER, chain=[nyt]),),
        ),
    ]
    graph = ct.build_graph(claims)
    cited = {v for u, v, d in graph.edges(data=True) if d["rel"] == "cites"}
    assert cited == {("outlet", REUTERS.id), ("outlet", nyt.id)}
    assert graph.nodes["outlet", MADA.id]["kind"] == "outlet"


def test_disagreement_table(
    troop_claims: list[ct.Claim], make_attribution: MakeAttribution
) -> None:
    later = ct.Document(
        id="shafaq-3",
        source=SHAFAQ,
        published=date(2025, 9, 5),
        text="قال المتحدث إن 2500 جندي ما زالوا في البلاد.",
    )
    exactly_2500 = ct.Claim(
        question=TROOPS,
        figure=ct.NumberFigure(value=2500),
        attributions=(make_attribution(later, "2500 جندي"),),
    )
    # about 2,500 (Al-Mada, Enab Baladi) diverges from 2,700 (Al-Mada, Shafaq
    # News), agrees with 2,500 (Shafaq News); 2,700 contradicts 2,500.
    table = ct.disagreement_table(ct.build_graph([*troop_claims, exactly_2500]))
    zero = {"agrees": 0, "diverges": 0, "contradicts": 0}
    assert table == {
        ("Al-Mada", "Al-Mada"): {**zero, "diverges": 1},
        ("Al-Mada", "Enab Baladi"): {**zero, "diverges": 1},
        ("Al-Mada", "Shafaq News"): {"agrees": 1, "diverges": 1, "contradicts": 1},
        ("Enab Baladi", "Shafaq News"): {**zero, "agrees": 1, "diverges": 1},
        ("Shafaq News", "Shafaq News"): {**zero, "contradicts": 1},
    }
    assert list(table) == sorted(table)


def test_counts_apart_in_time_are_changes_not_disagreements(
    documents: dict[str, ct.Document],
    make_attribution: MakeAttribution,
) -> None:
    early, late = documents["ledger-1"], documents["mada-2"]  # 14 months apart
    claims = [
        ct.Claim(
            question=TROOPS,
            figure=ct.NumberFigure(value=2500, unit="troop"),
            attributions=(make_attribution(early, early.text.split()[0]),),
        ),
        ct.Claim(
            question=TROOPS,
            figure=ct.NumberFigure(value=2000, unit="troop"),
            attributions=(make_attribution(late, late.text.split()[0]),),
        ),
    ]
    graph = ct.build_graph(claims)
    [(rel, days)] = [
        (d["rel"], d.get("days"))
        for a, b, d in graph.edges(data=True)
        if a[0] == b[0] == "claim"
    ]
    assert rel == "changes"
    assert days == (late.published - early.published).days
    assert ct.disagreement_table(graph) == {}
    wide = ct.build_graph(claims, window=timedelta(days=1000))
    assert ct.disagreement_table(wide)[("Al-Mada", "The Levant Ledger")] == {
        "agrees": 0,
        "diverges": 0,
        "contradicts": 1,
    }


def test_graph_without_comparison_has_no_verdict_edges(
    troop_claims: list[ct.Claim],
) -> None:
    graph = ct.build_graph(troop_claims, compare=False)
    rels = {d["rel"] for _, _, d in graph.edges(data=True)}
    assert rels.isdisjoint({"agrees", "diverges", "contradicts"})
    assert ct.disagreement_table(graph) == {}


def test_conflicts_from_graph_equal_conflicts_from_claims(
    troop_claims: list[ct.Claim], mission_claims: list[ct.Claim]
) -> None:
    claims = troop_claims + mission_claims
    from_graph = ct.find_conflicts(ct.build_graph(claims))
    assert len(from_graph) == 3
    assert list(from_graph) == list(ct.find_conflicts(claims))
    assert list(from_graph) == list(ct.find_conflicts(ct.ClaimSet(claims)))


@given(claim_sets)
def test_graph_is_another_door_to_the_same_conflicts(claims: list[ct.Claim]) -> None:
    graph = ct.build_graph(claims)
    assert list(ct.find_conflicts(graph)) == list(ct.find_conflicts(claims))
    claim_nodes = [n for n, d in graph.nodes(data=True) if d["kind"] == "claim"]
    assert len(claim_nodes) == len(ct.ClaimSet(claims))
