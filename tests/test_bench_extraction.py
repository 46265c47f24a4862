"""The extraction benchmark runs end to end in miniature (``--quick``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_extraction.py"


@pytest.mark.slow
def test_bench_extraction_quick() -> None:
    # --quick is 300 articles of ~600 words and a dateparser sample of 40:
    # about 20 s on a shared 2-core machine (extract_all is skipped here).
    proc = subprocess.run(
        [sys.executable, "-W", "error", str(BENCH), "--quick", "--no-parallel"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert re.search(r"articles\s+300 \(150 ar, 150 en\)", out)
    words = re.search(r"words per article: mean / median / min-max\s+([\d.]+)", out)
    assert words
    assert 540 <= float(words.group(1)) <= 660
    rate = re.search(r"^claimtrack articles/s/core: ([\d.]+)$", out, re.M)
    assert rate
    assert float(rate.group(1)) > 0
    assert re.search(r"^dateparser articles/s/core: [\d.]+$", out, re.M)
    assert re.search(r"^ratio claimtrack/dateparser: [\d.]+x$", out, re.M)
    recall = re.search(
        r"^planted-figure recall: ([\d.]+) \(value\), ([\d.]+)", out, re.M
    )
    assert recall
    assert float(recall.group(1)) >= 0.8
    assert float(recall.group(2)) >= 0.8
    assert "warnings caught" in out
