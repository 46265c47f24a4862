"""The claim graph: outlets, documents, speakers, claims and questions.

Nodes are typed tuples ``(kind, id)`` with the record in the node data; edges
carry a ``rel`` attribute:

- outlet ``publishes`` document
- document ``cites`` source (each link of a citation chain, in order)
- document ``carries`` claim (one edge per attribution)
- claim ``attributed_to`` speaker (one edge per attribution)
- claim ``about`` question
- claim ``agrees`` / ``contradicts`` / ``diverges`` claim (same question)
- claim ``changes`` claim: counts that differ but were stated further apart
  than the time window (``days`` on the edge): change over time, which
  :func:`disagreement_table` does not count as disagreement
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

import networkx as nx

from claimtrack.claim import Claim
from claimtrack.compare import Verdict, compare_figures
from claimtrack.conflicts import closest_days, over_time, row_of
from claimtrack.merge import ClaimSet
from claimtrack.settings import Reading, Settings

__all__ = ["build_graph", "disagreement_table", "independent_origins"]

_RELATIONS = {
    Verdict.AGREE: "agrees",
    Verdict.DIVERGE: "diverges",
    Verdict.CONTRADICT: "contradicts",
}


def build_graph(
    claims: Iterable[Claim] | ClaimSet,
    *,
    compare: bool = True,
    window: timedelta | None = None,
    settings: Settings | None = None,
) -> nx.MultiDiGraph:
    """Build the typed claim graph.

    Args:
        claims: Claims (repeats are merged).
        compare: Add agreement/disagreement edges between claims on the same
            question (pragmatic reading).
        window: Counts that differ but were stated further apart than this
            get a ``changes`` edge instead of a disagreement, as in
            :func:`claimtrack.find_conflicts`. Default ``Settings().window``.
        settings: Constants for the comparison.

    Returns:
        A ``networkx.MultiDiGraph`` (see the module docstring for its schema).

    Notes:
        O(n) nodes and edges plus O(k²) comparisons per question of k claims.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> g = build_graph([Claim(question=q, figure=NumberFigure(value=86))])
        >>> sorted(kind for kind, _ in g.nodes)
        ['claim', 'question']
    """
    claim_set = claims if isinstance(claims, ClaimSet) else ClaimSet(claims)
    g = nx.MultiDiGraph()
    by_question: dict[str, list[Claim]] = defaultdict(list)
    for claim in claim_set:
        cnode = ("claim", claim.id)
        qnode = ("question", claim.question.key)
        g.add_node(cnode, kind="claim", claim=claim, label=str(claim.figure))
        g.add_node(
            qnode, kind="question", question=claim.question, label=str(claim.question)
        )
        g.add_edge(cnode, qnode, rel="about")
        by_question[claim.question.key].append(claim)
        for att in claim.attributions:
            doc = att.document
            dnode = ("document", doc.id)
            if dnode not in g:
                g.add_node(
                    dnode, kind="document", document=doc, label=doc.title or doc.id
                )
                onode = ("outlet", doc.outlet_id)
                g.add_node(onode, kind="outlet", label=doc.outlet_name)
                g.add_edge(onode, dnode, rel="publishes")
            # One document may relay different sources for different figures.
            for rank, source in enumerate(att.citation_chain):
                snode = ("outlet", source.id)
                if g.has_edge(dnode, snode, key=source.id):
                    continue
                g.add_node(snode, kind="outlet", label=source.name)
                g.add_edge(dnode, snode, key=source.id, rel="cites", rank=rank)
            snode = ("speaker", att.speaker.key)
            g.add_node(
                snode, kind="speaker", speaker=att.speaker, label=str(att.speaker)
            )
            g.add_edge(dnode, cnode, rel="carries", attribution=att.id)
            g.add_edge(
                cnode, snode, rel="attributed_to", attribution=att.id, origin=att.origin
            )
    if compare:
        span = (settings or Settings()).window if window is None else window
        window_days = span.days
        for group in by_question.values():
            rows = [row_of(c, settings or Settings()) for c in group]
            for i, a in enumerate(group):
                for j in range(i + 1, len(group)):
                    b = group[j]
                    verdict = compare_figures(
                        a.figure, b.figure, settings=settings
                    ).verdict
                    rel = _RELATIONS.get(verdict)
                    if rel is None:
                        continue  # unknown: an unresolved date, or a number vs a date
                    ra, rb = rows[i], rows[j]
                    if (
                        verdict is not Verdict.AGREE
                        and ra is not None
                        and rb is not None
                        and over_time(
                            ra, rb, reading=Reading.PRAGMATIC, window_days=window_days
                        )
                    ):
                        apart = closest_days(ra.days, rb.days)
                        g.add_edge(
                            ("claim", a.id), ("claim", b.id), rel="changes", days=apart
                        )
                    else:
                        g.add_edge(("claim", a.id), ("claim", b.id), rel=rel)
    return g


def independent_origins(graph: nx.MultiDiGraph, claim_id: str) -> frozenset[str]:
    """Return the independent origins of a claim: its citation-chain roots.

    Two outlets relaying the same Reuters report are one origin; a named
    speaker quoted through two outlets is one origin.

    Examples:
        >>> from claimtrack import Claim, Question, NumberFigure
        >>> q = Question(subject="coalition members", property="count")
        >>> c = Claim(question=q, figure=NumberFigure(value=86))
        >>> independent_origins(build_graph([c]), c.id)
        frozenset()
    """
    node = ("claim", claim_id)
    return frozenset(
        d["origin"]
        for _, _, d in graph.out_edges(node, data=True)
        if d.get("rel") == "attributed_to"
    )


def disagreement_table(
    graph: nx.MultiDiGraph,
) -> dict[tuple[str, str], dict[str, int]]:
    """Count, for each pair of outlets, the claims where they agree or disagree.

    Disagreements beyond the graph's time window are change over time
    (``changes`` edges) and are not counted.

    Returns:
        ``{(outlet_a, outlet_b): {"agrees": n, "diverges": n, "contradicts": n}}``
        with ``outlet_a <= outlet_b`` by name; an outlet against itself counts
        claims it gives two answers to.

    Examples:
        >>> disagreement_table(nx.MultiDiGraph())
        {}
    """

    def outlets(cnode: tuple[str, str]) -> set[str]:
        found = set()
        for dnode, _, d in graph.in_edges(cnode, data=True):
            if d.get("rel") == "carries":
                found.add(graph.nodes[dnode]["document"].outlet_name)
        return found

    table: dict[tuple[str, str], dict[str, int]] = {}
    for a, b, d in graph.edges(data=True):
        rel = d.get("rel")
        if rel not in ("agrees", "diverges", "contradicts"):
            continue
        for oa in outlets(a):
            for ob in outlets(b):
                key = (min(oa, ob), max(oa, ob))
                row = table.setdefault(
                    key, {"agrees": 0, "diverges": 0, "contradicts": 0}
                )
                row[rel] += 1
    return dict(sorted(table.items()))
