"""claimtrack: who claimed what, where and when, and where the record disagrees.

Data flow::

    Document ─extract─▶ Claim ─ClaimSet (merge)─▶ build_graph ─▶ find_conflicts
                                                                     │
                              report (table, HTML) ◀─ ConflictReport ◀┘

Examples:
    >>> import claimtrack as ct
    >>> q = ct.Question(subject="coalition members", property="count")
    >>> claims = [
    ...     ct.Claim(question=q, figure=ct.NumberFigure(value=86, unit="country")),
    ...     ct.Claim(
    ...         question=q,
    ...         figure=ct.NumberFigure(value=60, hedge="more_than", unit="country"),
    ...     ),
    ... ]
    >>> ct.find_conflicts(ct.ClaimSet(claims))[0].kind.value
    'divergence'
"""

from claimtrack.changes import Change, find_changes
from claimtrack.claim import Attribution, Claim, Property, Question, Span, Stance
from claimtrack.compare import (
    Comparison,
    FigureBounds,
    Verdict,
    compare_figures,
    figure_bounds,
)
from claimtrack.conflict import (
    Conflict,
    ConflictKind,
    ConflictReport,
    PendingConflict,
    Side,
)
from claimtrack.conflicts import GroupRow, PairVerdict, compare_group, find_conflicts
from claimtrack.dates import resolve_relative, time_bounds
from claimtrack.document import Document, Source
from claimtrack.errors import (
    ClaimtrackError,
    ClaimtrackWarning,
    ExtractionError,
    InvalidFigure,
    InvalidInput,
    InvalidRecord,
    InvalidSpan,
    MergeError,
    MissingExtra,
)
from claimtrack.export import to_gexf, to_graphml, to_jsonld
from claimtrack.extract.documents import detect_language, iter_documents, load_document
from claimtrack.extract.pipeline import extract, extract_all, extract_paths
from claimtrack.figure import Figure, Granularity, Hedge, NumberFigure, Part, TimeFigure
from claimtrack.graph import build_graph, disagreement_table, independent_origins
from claimtrack.io import dump_claims, iter_claims, load_claims, save_claims
from claimtrack.merge import ClaimSet, merge_claims
from claimtrack.names import AliasTable, match_name, normalise
from claimtrack.plot import timeline
from claimtrack.plot_graph import draw_graph
from claimtrack.report import render_html, write_html
from claimtrack.settings import Reading, Settings
from claimtrack.speaker import Speaker, SpeakerKind

__version__ = "0.1.0"

__all__ = [
    "AliasTable",
    "Attribution",
    "Change",
    "Claim",
    "ClaimSet",
    "ClaimtrackError",
    "ClaimtrackWarning",
    "Comparison",
    "Conflict",
    "ConflictKind",
    "ConflictReport",
    "Document",
    "ExtractionError",
    "Figure",
    "FigureBounds",
    "Granularity",
    "GroupRow",
    "Hedge",
    "InvalidFigure",
    "InvalidInput",
    "InvalidRecord",
    "InvalidSpan",
    "MergeError",
    "MissingExtra",
    "NumberFigure",
    "PairVerdict",
    "Part",
    "PendingConflict",
    "Property",
    "Question",
    "Reading",
    "Settings",
    "Side",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "TimeFigure",
    "Verdict",
    "__version__",
    "build_graph",
    "compare_figures",
    "compare_group",
    "detect_language",
    "disagreement_table",
    "draw_graph",
    "dump_claims",
    "extract",
    "extract_all",
    "extract_paths",
    "figure_bounds",
    "find_changes",
    "find_conflicts",
    "independent_origins",
    "iter_claims",
    "iter_documents",
    "load_claims",
    "load_document",
    "match_name",
    "merge_claims",
    "normalise",
    "render_html",
    "resolve_relative",
    "save_claims",
    "time_bounds",
    "timeline",
    "to_gexf",
    "to_graphml",
    "to_jsonld",
    "write_html",
]
