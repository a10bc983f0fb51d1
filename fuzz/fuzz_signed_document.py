"""Signed documents (policy, whitelist, denylist): coldsign.policy.documents.parse_signed and
coldsign.policy.trust.load_policy_document / load_manifest_document, then verify_policy_self /
verify_quorum over the fuzzed signatures.

Input: a selector byte (document kind; whether to fix up the stated hash), then the file's bytes.
With the fix-up bit the harness re-states `hash` as the SHA-256 of the (fuzzed) body before
decoding -- a checksum the fuzzer cannot compute itself -- so mutations of the body reach the
policy and manifest parsers instead of stopping at the hash comparison.
Allowed: DecodeError; AuthenticationError from the quorum check (documented: exit 5).
Round trip: an accepted document re-serializes and parses back to an equal document, and a
loaded policy or manifest re-emits exactly the signed body.
"""

from __future__ import annotations

import hashlib
import json

import _fixtures
import _harness

from coldsign.chains import SPECS
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.policy.documents import DocumentKind, parse_signed, verify_quorum
from coldsign.policy.trust import load_manifest_document, load_policy_document, verify_policy_self

KINDS = tuple(DocumentKind)


def _fix_hash(data: bytes) -> bytes:
    """`data` with its `hash` field recomputed from its body (unchanged if it is not an object)."""
    try:
        document = json.loads(data)
        if isinstance(document, dict) and isinstance(document.get("body"), dict):
            canonical = json.dumps(
                document["body"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
            ).encode("utf-8", "surrogatepass")
            document["hash"] = hashlib.sha256(canonical).hexdigest()
            return json.dumps(document).encode()  # ASCII: escapes keep lone surrogates as text
    except (ValueError, RecursionError, TypeError):
        pass
    return data


def one_input(data: bytes) -> None:
    if not data:
        return
    kind = KINDS[data[0] % len(KINDS)]
    body = _fix_hash(data[1:]) if data[0] & 0x80 else data[1:]
    doc = parse_signed(body, kind)
    with _harness.must_succeed("parse_signed(serialize(doc))"):
        again = parse_signed(doc.serialize(), kind)
    _harness.check_equal(again, doc, "signed document")
    if kind is DocumentKind.POLICY:
        trusted = load_policy_document(body, SPECS)
        _harness.check_equal(trusted.policy.to_body(), doc.body, "policy body")
        verify_policy_self(trusted)
    else:
        manifest = load_manifest_document(body, kind, SPECS)
        _harness.check_equal(manifest.manifest.to_body(), doc.body, f"{kind.value} body")
        policy = _fixtures.POLICY
        verify_quorum(manifest.document, policy.admins, policy.admin_threshold)


TARGET = _harness.Target(
    "signed_document", one_input, allowed=(DecodeError, AuthenticationError), max_len=16384
)

if __name__ == "__main__":
    _harness.main(TARGET)
