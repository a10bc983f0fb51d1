"""The `coldsign` console script and `python -m coldsign`: one entry point, two routes.

A customer's well-formed `reserves liabilities verify` runs without importing click
(cli/inclusion.py: start-up is most of its cost); every other command line, and anything that
route declines, goes to the click CLI and its single error boundary (cli/main.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

TYPE_CHECKING = False  # typing costs start-up: see reserves/liabilities.py
if TYPE_CHECKING:
    from typing import NoReturn


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run coldsign on `argv` (default: the process's arguments) and exit with its code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) >= 4 and "liabilities" in args:
        from coldsign.cli.inclusion import run_fast

        code = run_fast(args)
        if code is not None:
            sys.exit(code)
    from coldsign.cli.main import main as click_main

    click_main(args)
