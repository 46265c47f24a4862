"""Exports for other tools: Gephi (GraphML, GEXF) and schema.org JSON-LD.

The claim graph keeps pydantic records in its node data; graph file formats
take only scalars, so nodes and edges are flattened to their kind, label and
scalar fields. JSON-LD follows schema.org's ``Claim`` and ``ClaimReview``,
what fact-checking sites publish.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from claimtrack.claim import Attribution, Claim
from claimtrack.conflict import Conflict, ConflictKind
from claimtrack.graph import build_graph

__all__ = ["claim_jsonld", "conflict_jsonld", "to_gexf", "to_graphml", "to_jsonld"]

_SCALARS = (str, int, float, bool)
_RATING = {
    ConflictKind.CONTRADICTION: "Contradicted by another report",
    ConflictKind.DIVERGENCE: "Diverges from another report",
    ConflictKind.SELF_CONTRADICTION: "The outlet contradicts itself",
    ConflictKind.COPY_DISCREPANCY: "Copies of one source disagree",
}


def flat_graph(data: nx.Graph | Iterable[Claim]) -> nx.DiGraph:
    """Return the claim graph with string node ids and scalar attributes only.

    Parallel edges of one relation collapse into one edge with a ``weight``.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> g = flat_graph([Claim(question=q, figure=NumberFigure(value=86))])
        >>> sorted(d["kind"] for _, d in g.nodes(data=True))
        ['claim', 'question']
    """
    graph = data if isinstance(data, nx.Graph) else build_graph(data)
    flat = nx.DiGraph()
    for node, attrs in graph.nodes(data=True):
        keep = {k: v for k, v in attrs.items() if isinstance(v, _SCALARS)}
        flat.add_node(":".join(node) if isinstance(node, tuple) else str(node), **keep)
    for u, v, attrs in graph.edges(data=True):
        a = ":".join(u) if isinstance(u, tuple) else str(u)
        b = ":".join(v) if isinstance(v, tuple) else str(v)
        rel = str(attrs.get("rel", ""))
        if flat.has_edge(a, b) and flat.edges[a, b]["rel"] == rel:
            flat.edges[a, b]["weight"] += 1
            continue
        flat.add_edge(a, b, rel=rel, weight=1)
    return flat


def to_graphml(data: nx.Graph | Iterable[Claim], path: str | Path) -> Path:
    """Write the claim graph as GraphML (Gephi, yEd, Cytoscape); return the path."""
    path = Path(path)
    nx.write_graphml(flat_graph(data), path)
    return path


def to_gexf(data: nx.Graph | Iterable[Claim], path: str | Path) -> Path:
    """Write the claim graph as GEXF (Gephi's own format); return the path."""
    path = Path(path)
    nx.write_gexf(flat_graph(data), path)
    return path


def _appearance(a: Attribution) -> dict[str, Any]:
    doc = a.document
    item: dict[str, Any] = {
        "@type": "NewsArticle",
        "identifier": doc.id,
        "publisher": {"@type": "Organization", "name": doc.outlet_name},
    }
    if doc.published:
        item["datePublished"] = doc.published.isoformat()
    if doc.url:
        item["url"] = str(doc.url)
    if doc.title:
        item["headline"] = doc.title
    if a.span.text:
        item["text"] = a.span.text
    return item


def _author(a: Attribution) -> dict[str, Any]:
    if a.speaker.is_outlet:
        return {"@type": "Organization", "name": a.document.outlet_name}
    kind = "Person" if a.speaker.kind.value == "person" else "Organization"
    return {"@type": kind, "name": str(a.speaker)}


def claim_jsonld(claim: Claim) -> dict[str, Any]:
    """Return a schema.org ``Claim``: the assertion, who made it, where it appeared.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> claim_jsonld(Claim(question=q, figure=NumberFigure(value=86)))["text"]
        'coalition members (count): 86'
    """
    atts = sorted(claim.attributions, key=lambda a: (a.when is None, a.when or 0, a.id))
    out: dict[str, Any] = {
        "@type": "Claim",
        "identifier": claim.id,
        "text": str(claim),
        "appearance": [_appearance(a) for a in atts],
        "author": list({str(d): d for d in (_author(a) for a in atts)}.values()),
    }
    if atts:
        out["firstAppearance"] = _appearance(atts[0])
    return out


def conflict_jsonld(conflict: Conflict) -> dict[str, Any]:
    """Return a schema.org ``ClaimReview`` of side A's claim, citing side B.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure, find_conflicts
        >>> q = Question(subject="coalition members", property="count")
        >>> c = find_conflicts(
        ...     [
        ...         Claim(question=q, figure=NumberFigure(value=86)),
        ...         Claim(question=q, figure=NumberFigure(value=60)),
        ...     ]
        ... )[0]
        >>> conflict_jsonld(c)["reviewRating"]["alternateName"]
        'Contradicted by another report'
    """
    a, b = conflict.a, conflict.b

    def side_claim(side: Any) -> dict[str, Any]:
        return {
            "@type": "Claim",
            "text": f"{conflict.question}: {side.label}",
            "appearance": [_appearance(x) for x in side.attributions],
            "author": list(
                {str(d): d for d in (_author(x) for x in side.attributions)}.values()
            ),
        }

    return {
        "@type": "ClaimReview",
        "claimReviewed": f"{conflict.question}: {a.label}",
        "itemReviewed": side_claim(a),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": _RATING[conflict.kind],
            "ratingExplanation": f"{conflict.reading.value} reading",
        },
        "reviewBody": conflict.explanation,
        "citation": side_claim(b),
        "author": {"@type": "Organization", "name": "claimtrack"},
    }


def to_jsonld(items: Iterable[Claim | Conflict]) -> dict[str, Any]:
    """Return a JSON-LD document (``@context`` schema.org) of claims and conflicts."""
    graph = [
        conflict_jsonld(x) if isinstance(x, Conflict) else claim_jsonld(x)
        for x in items
    ]
    return {"@context": "https://schema.org", "@graph": graph}
