"""Find where the five seed articles disagree, from the hand-entered claims.

Run: ``python examples/coalition/find_conflicts.py``. Evidence text is sliced
from the seed files when the corpus sits beside the repo
(``<repo>/../shared/corpus/seeds/``); otherwise only the offsets are shown.
"""

from pathlib import Path

import claimtrack as ct

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1].parent / "shared" / "corpus" / "seeds"


def evidence(att: ct.Attribution) -> str:
    where = f"{att.document.id} [{att.span.start}:{att.span.end}]"
    seed = SEEDS / att.document.id
    if not seed.is_file():
        return where
    text = seed.read_text(encoding="utf-8")[att.span.start : att.span.end]
    return f"{where} {text}"


def main() -> None:
    claims = ct.load_claims(HERE / "claims.jsonl")
    report = ct.find_conflicts(claims)
    print(f"{len(claims)} claims, {len(report)} conflicts\n")
    for n, c in enumerate(report, start=1):
        print(f"{n}. [{c.severity:.2f}] {c.kind.value} ({c.reading.value} reading)")
        print(f"   {c.question}")
        print(f"   {c.explanation}")
        for label, side in zip("AB", c.sides, strict=True):
            print(f"   {label}: {side.label}")
            print(f"      outlets:  {'; '.join(side.outlets)}")
            print(f"      speakers: {'; '.join(side.speakers)}")
            print(f"      origins:  {len(side.origins)} independent")
            for chain in side.chains():
                print(f"      chain:    {chain}")
            print(f"      as of:    {', '.join(map(str, side.dates))}")
            for att in side.attributions:
                print(f"      evidence: {evidence(att)}")
        print()


if __name__ == "__main__":
    main()
