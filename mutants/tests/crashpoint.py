"""Run coldsign and SIGKILL it right after its N-th durable step: a power cut at an exact instant.

    python -m tests.crashpoint N COLDSIGN_ARGS...

A durable step is an `os.fsync` (the audit append, a document or an output file) or the rename
or link that publishes a file (`os.replace`, `os.link`). Counting them from outside the program,
by patching `os`, finds every instant a crash matters without changing coldsign or sleeping.
With N = 0 the run is not killed and prints how many durable steps it took (on stderr, last line).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])


def main() -> None:
    target = int(sys.argv[1])
    args = sys.argv[2:]
    count = 0

    def counted(original: F) -> F:
        def wrapper(*a: object, **k: object) -> object:
            nonlocal count
            result = original(*a, **k)
            count += 1
            if count == target:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return wrapper  # type: ignore[return-value]

    os.fsync = counted(os.fsync)
    os.replace = counted(os.replace)
    os.link = counted(os.link)
    from coldsign.cli.main import run

    code = run(args)
    print(f"durable steps: {count}", file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
