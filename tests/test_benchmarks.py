"""The conflict benchmark runs end to end in miniature (``--quick``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_conflicts.py"


@pytest.mark.slow
def test_bench_conflicts_quick() -> None:
    # --quick is sizes 1,000 and 10,000 with a small baseline sample: about 30 s
    # on a shared 2-core machine, dominated by find_conflicts at 10,000 claims.
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "naive pairs == find_conflicts pairs: OK" in out
    assert re.search(r"^ratio baseline/claimtrack at n=10,000: [\d.,]+x", out, re.M)
    growth = r"^growth find_conflicts: t\(10\^4\)/t\(10\^3\) = [\d.]+"
    assert re.search(growth, out, re.M)
