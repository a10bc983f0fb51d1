"""The signer's home as a tamperer with file access leaves it: coldsign.home.signer_home
.SignerHome.open over a fuzzed audit.jsonl and documents/<sha256>.json files (torn-tail repair,
chain verification, the anchors of pinned policies and imported manifests, rotations, the
documents the anchors name), then the trusted documents and the spend ledger it loads.

Input: a selector byte (whether to re-chain the log), then the audit log, then documents, each
after a 0x00 0xff separator. The harness writes each document under the name of its SHA-256 (a
file name the fuzzer cannot compute) in a fresh home in RAM (/dev/shm), and re-chains the log
(recomputed `prev` and `hash`, as a writer with file access could) so that mutated records reach
the anchor and document checks behind the chain.
Allowed: AuthenticationError (a log or document that does not verify: exit 5). DecodeError is
not allowed: the home turns a bad document into an AuthenticationError naming the file.
"""

from __future__ import annotations

import hashlib
import os
import shutil

import _fixtures
import _harness

from coldsign.chains import SPECS
from coldsign.errors import AuthenticationError
from coldsign.home.signer_home import DOCUMENTS, LOG_NAME, SignerHome
from coldsign.policy.documents import DocumentKind

SEPARATOR = b"\x00\xff"
HOME = _harness.scratch_file("home")
NOW = 1_900_000_000


def _write(log: bytes, documents: list[bytes]) -> None:
    if HOME.exists():
        shutil.rmtree(HOME)
    (HOME / DOCUMENTS).mkdir(parents=True, mode=0o700)
    os.chmod(HOME, 0o700)
    (HOME / LOG_NAME).write_bytes(log)
    for document in documents:
        name = hashlib.sha256(document).hexdigest()
        (HOME / DOCUMENTS / f"{name}.json").write_bytes(document)


def one_input(data: bytes) -> None:
    if not data:
        return
    log, *documents = data[1:].split(SEPARATOR)
    _write(_fixtures.rechain(log) if data[0] & 1 else log, documents)
    with SignerHome.open(HOME, SPECS) as home:
        _ = home.head
        if home.has_policy():
            home.pinned_policy()
            home.trusted(NOW)
        for kind in (DocumentKind.WHITELIST, DocumentKind.DENYLIST):
            home.manifest(kind)
        _ = home.ledger.last_time


TARGET = _harness.Target("signer_home", one_input, allowed=(AuthenticationError,), max_len=65536)

if __name__ == "__main__":
    _harness.main(TARGET)
