"""Print the mutation score per module from mutmut's result files (``make mutate`` runs it).

mutmut 3 keeps one ``mutants/<path>.py.meta`` JSON file per mutated module, mapping each mutant
to the exit code of its test run. The score counts a mutant as caught when the tests failed or
timed out (an infinite loop the tests notice is caught); "no tests" and "survived" count against
it, so a module whose checks are exercised only by subprocess tests cannot look well tested.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# Exit codes as mutmut 3.8 writes them (mutmut/stats.py); anything else counts as suspicious.
STATUS_BY_EXIT_CODE: dict[int | None, str] = {
    1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
    36: "timeout", 37: "type check", -24: "timeout", 24: "timeout", 152: "timeout",
    255: "timeout", -11: "segfault", -9: "segfault", None: "not checked",
}  # fmt: skip
CAUGHT = frozenset({"killed", "timeout", "type check", "segfault"})
COLUMNS = ("killed", "timeout", "survived", "no tests", "not checked")


def module_counts(root: Path) -> dict[str, Counter[str]]:
    """Status counts per dotted module name, read from every ``.meta`` file under ``root``."""
    counts: dict[str, Counter[str]] = {}
    for meta in sorted(root.rglob("*.py.meta")):
        module = meta.relative_to(root).as_posix().removesuffix(".py.meta").replace("/", ".")
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        counts[module] = Counter(
            STATUS_BY_EXIT_CODE.get(code, "suspicious") for code in codes.values()
        )
    return counts


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "mutants")
    counts = {m: c for m, c in module_counts(root).items() if sum(c.values())}
    if not counts:
        print(f"no mutmut results under {root}/ (run `make mutate` first)", file=sys.stderr)
        return 1
    print("| module | " + " | ".join(COLUMNS) + " | total | score |")
    print("|---" * (len(COLUMNS) + 3) + "|")
    total: Counter[str] = Counter()
    for module, c in counts.items():
        total.update(c)
        print(_row(module, c))
    print(_row("**all**", total))
    return 0


def _row(name: str, c: Counter[str]) -> str:
    n = sum(c.values())
    caught = sum(c[s] for s in CAUGHT)
    cells = " | ".join(str(c[s]) for s in COLUMNS)
    return f"| {name} | {cells} | {n} | {100 * caught / n:.1f}% |"


if __name__ == "__main__":
    sys.exit(main())
