"""The signer's audit log (hash-chained JSON Lines): coldsign.home.audit.inspect_log / verify_log /
read_log over the fuzzed file (written to one reused file in RAM).

Input: a selector byte (whether to re-chain), then the file's bytes. With the re-chain bit the
harness recomputes every JSON line's `prev` and `hash` first -- a forger with write access can,
the fuzzer cannot -- so that mutated records reach the per-field checks behind the chain.
Allowed: AuthenticationError (a broken log: exit 5). inspect_log itself must never raise.
Round trip: a log that verifies is exactly the canonical lines of the records read from it, and
verify/inspect agree.
"""

from __future__ import annotations

import _fixtures
import _harness

from coldsign.errors import AuthenticationError
from coldsign.home.audit import inspect_log, read_log, verify_log

PATH = _harness.scratch_file("audit.jsonl")


def one_input(data: bytes) -> None:
    if not data:
        return
    content = _fixtures.rechain(data[1:]) if data[0] & 1 else data[1:]
    PATH.write_bytes(content)
    records, problems = inspect_log(PATH)
    if problems:
        try:
            verify_log(PATH)
        except AuthenticationError as exc:
            _harness.check_equal(exc.reasons(), problems, "verify_log reasons vs inspect_log")
        else:
            raise _harness.ContractViolation("inspect_log found problems that verify_log missed")
        return
    report = verify_log(PATH)
    _harness.check_equal(report.records, len(records), "record count")
    lines = b"".join(_fixtures.canonical_line(r.to_json()) + b"\n" for r in records)
    _harness.check_equal(lines, content, "canonical lines of the records read")
    _harness.check_equal(read_log(PATH, limit=1), records[-1:], "read_log(limit=1)")


TARGET = _harness.Target("audit_log", one_input, allowed=(AuthenticationError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
