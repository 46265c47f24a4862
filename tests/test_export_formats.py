"""Exports: GraphML and GEXF re-read by networkx, JSON-LD checked against a schema."""

import json
from pathlib import Path

import networkx as nx
import pytest

import claimtrack as ct
from claimtrack.export import flat_graph, to_gexf, to_graphml, to_jsonld

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coalition"

# The schema.org properties a fact-checking site's ClaimReview carries.
_PARTY = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {"@type": {"enum": ["Person", "Organization"]}},
}
_CLAIM = {
    "type": "object",
    "required": ["@type", "text", "appearance", "author"],
    "properties": {
        "@type": {"const": "Claim"},
        "appearance": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["@type", "publisher"],
                "properties": {
                    "@type": {"const": "NewsArticle"},
                    "publisher": _PARTY,
                    "datePublished": {"type": "string", "format": "date"},
                },
            },
        },
        "author": {"type": "array", "items": _PARTY},
    },
}
SCHEMA = {
    "type": "object",
    "required": ["@context", "@graph"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@graph": {
            "type": "array",
            "items": {
                "oneOf": [
                    _CLAIM,
                    {
                        "type": "object",
                        "required": [
                            "@type",
                            "claimReviewed",
                            "itemReviewed",
                            "reviewRating",
                            "reviewBody",
                            "author",
                        ],
                        "properties": {
                            "@type": {"const": "ClaimReview"},
                            "itemReviewed": _CLAIM,
                            "citation": _CLAIM,
                            "reviewRating": {
                                "type": "object",
                                "required": ["@type", "alternateName"],
                            },
                        },
                    },
                ]
            },
        },
    },
}


@pytest.fixture(scope="module")
def claims() -> ct.ClaimSet:
    return ct.ClaimSet(ct.load_claims(EXAMPLE / "claims.jsonl"))


@pytest.mark.parametrize(
    ("write", "read"), [(to_graphml, nx.read_graphml), (to_gexf, nx.read_gexf)]
)
def test_graph_files_are_re_read(
    claims: ct.ClaimSet, tmp_path: Path, write, read
) -> None:
    flat = flat_graph(claims)
    again = read(write(claims, tmp_path / "g.out"))
    assert again.number_of_nodes() == flat.number_of_nodes()
    assert again.number_of_edges() == flat.number_of_edges()
    kinds = {d["kind"] for _, d in again.nodes(data=True)}
    assert kinds == {"outlet", "document", "speaker", "claim", "question"}
    rels = {d["rel"] for *_, d in again.edges(data=True)}
    assert {"publishes", "cites", "about", "attributed_to", "carries"} <= rels


def test_jsonld_validates(claims: ct.ClaimSet) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    report = ct.find_conflicts(claims)
    doc = json.loads(
        json.dumps(
            to_jsonld(
                [*report, *claims],
            ),
            ensure_ascii=False,
        )
    )
    jsonschema.validate(doc, SCHEMA, format_checker=jsonschema.FormatChecker())
    reviews = [x for x in doc["@graph"] if x["@type"] == "ClaimReview"]
    assert len(reviews) == len(report)
    assert any(
        "86" in r["claimReviewed"] or "86" in r["citation"]["text"] for r in reviews
    )


def test_jsonld_rejects_a_broken_review(claims: ct.ClaimSet) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = to_jsonld(ct.find_conflicts(claims)[:1])
    del doc["@graph"][0]["reviewRating"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)
