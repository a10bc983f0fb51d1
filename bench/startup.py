"""Start-up cost: `coldsign --help` and `coldsign --version` against `python -c pass`.

Prints the median wall time of each over several runs and the ratio to the bare interpreter
(issue 2's goal: at most 4x). It asserts nothing: timing belongs in a benchmark, not a test.
Run: `.venv/bin/python bench/startup.py [--runs N]`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _median_seconds(argv: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (median taken)")
    args = parser.parse_args()
    python = sys.executable
    # One warm-up each so the first sample does not pay for a cold page cache.
    for argv in ([python, "-c", "pass"], [python, "-m", "coldsign", "--help"]):
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    baseline = _median_seconds([python, "-c", "pass"], args.runs)
    print(f"python -c pass        {baseline * 1000:7.1f} ms   1.00x")
    for label, argv in (
        ("coldsign --help", [python, "-m", "coldsign", "--help"]),
        ("coldsign --version", [python, "-m", "coldsign", "--version"]),
    ):
        seconds = _median_seconds(argv, args.runs)
        print(f"{label:<21} {seconds * 1000:7.1f} ms   {seconds / baseline:.2f}x  (goal <= 4x)")


if __name__ == "__main__":
    main()
