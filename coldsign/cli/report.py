"""How a failed command is shown: the one format of every error, without importing click.

`cli.main` (the click boundary) and `cli.inclusion` (the customer's click-free verify) both report
through `report_error`, so a refusal reads the same whichever path ran the command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from coldsign.errors import Reason

_RED = "\033[31m"
_RESET = "\033[0m"


def report_error(
    exit_code: int, kind: str, message: str, reasons: Sequence[Reason], as_json: bool
) -> None:
    """A line on stderr (every reason below it when there are several) and, with --json,
    `{"error": {...}}` on stdout whose reasons carry their stable codes and what they name
    (docs/formats.md, "Errors"). Red only on a terminal, as click.secho does."""
    if as_json:
        error = {
            "kind": kind,
            "exit_code": exit_code,
            "message": message,
            "reasons": [r.to_json() for r in reasons],
        }
        print(json.dumps({"error": error}, indent=2), flush=True)
    line = f"error: {message}"
    if sys.stderr.isatty():
        line = f"{_RED}{line}{_RESET}"
    lines = [line]
    if len(reasons) > 1:
        lines.extend(f"  - {reason.message}" for reason in reasons)
    print("\n".join(lines), file=sys.stderr, flush=True)
