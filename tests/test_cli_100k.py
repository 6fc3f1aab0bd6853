"""Issue 2 acceptance at full size: 100,000 demo clients through the real `rapport` command.

Slow (about a minute on two cores) but it is the promise: the demo builds at
that size, stats counts it and search answers on it. Timings go to benchmarks/.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

N = 100_000


@pytest.mark.slow
def test_demo_stats_search_at_100k(tmp_path):
    db = str(tmp_path / "big.sqlite3")

    def rapport(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "app", "--db", db, *args],
            capture_output=True,
            text=True,
            timeout=900,
            check=True,
        )
        return result.stdout

    assert f"added {N} clients" in rapport("demo", "--customers", str(N), "--seed", "2")
    stats = rapport("stats")
    assert f"clients: {N} " in stats
    tier_counts = [
        int(m)
        for m in re.findall(r"^\s+\S.*\s(?:strategic|loyal|close|loose)\s+(\d+)$", stats, re.M)
    ]
    assert len(tier_counts) == 4 and sum(tier_counts) == N
    status_counts = [
        int(m)
        for m in re.findall(
            r"\s(?:not_developed|developed|interested|cooperating|churned)\s+(\d+)$", stats, re.M
        )
    ]
    assert len(status_counts) == 5 and sum(status_counts) == N
    found = rapport("search", "zw").strip().splitlines()
    assert len(found) == 50  # the default limit: there are far more than 50 at this size
    assert all(re.match(r"^\s*\d+\s+\S", line) for line in found)
