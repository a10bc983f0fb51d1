"""Ceremony transcripts (hash-chained JSON Lines closed by the lead's BIP-340 signature):
coldsign.ceremony.transcript.verify_transcript over the fuzzed file (one reused file in RAM).

Input: a selector byte, then the file's bytes. Bit 0 re-chains every line (`prev`, `hash`), bit 1
also re-signs the closing `ceremony.end` record with the fixed fuzz lead key (the seed corpus is
signed by it), so mutations reach the start/result/end checks behind the chain and signature;
bit 2 passes the expected lead key to the verifier.
Allowed: AuthenticationError (a broken, truncated or mis-signed transcript: exit 5).
Consistency: a verified transcript's report names the lead key of its start record and counts its
records as the audit reader does.
"""

from __future__ import annotations

import _fixtures
import _harness

from coldsign.ceremony.transcript import verify_transcript
from coldsign.errors import AuthenticationError
from coldsign.home.audit import read_log

PATH = _harness.scratch_file("transcript.jsonl")


def one_input(data: bytes) -> None:
    if not data:
        return
    content = data[1:]
    if data[0] & 2:
        content = _fixtures.resign_transcript(content)
    elif data[0] & 1:
        content = _fixtures.rechain(content)
    PATH.write_bytes(content)
    expected = _fixtures.LEAD.public_key if data[0] & 4 else None
    report = verify_transcript(PATH, lead_public_key=expected)
    records = read_log(PATH)
    _harness.check_equal(report.records, len(records), "record count")
    _harness.check_equal(report.lead_public_key, records[0].details["lead_public_key"], "lead")
    _harness.check_equal(report.signed_hash, records[-2].hash, "signed hash")
    report.to_json()


TARGET = _harness.Target("transcript", one_input, allowed=(AuthenticationError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
