"""Whitelist and denylist TOML: coldsign.policy.fields.parse_toml, then
coldsign.policy.manifest.parse_manifest (Bitcoin and EVM addresses, caps, times).

Input: a selector byte (whitelist or denylist), then the TOML. Allowed: DecodeError.
Round trip: the canonical body of an accepted manifest parses back to an equal manifest with the
same body, and every entry is found again by the lookup the policy checks use.
"""

from __future__ import annotations

import _harness

from coldsign.errors import DecodeError
from coldsign.evm.address import Address
from coldsign.policy.config import Chain
from coldsign.policy.documents import DocumentKind, canonical_json
from coldsign.policy.fields import parse_toml
from coldsign.policy.manifest import parse_manifest

KINDS = (DocumentKind.WHITELIST, DocumentKind.DENYLIST)


def one_input(data: bytes) -> None:
    if not data:
        return
    kind = KINDS[data[0] % 2]
    manifest = parse_manifest(parse_toml(data[1:], kind.value), kind)
    body = manifest.to_body()
    canonical_json(body)
    with _harness.must_succeed("parse_manifest(manifest.to_body())"):
        again = parse_manifest(body, kind)
    _harness.check_equal(again, manifest, kind.value)
    _harness.check_equal(again.to_body(), body, f"{kind.value} body")
    for entry in manifest.entries:
        if entry.chain is Chain.BITCOIN:
            assert entry.network is not None
            found = manifest.lookup_bitcoin(entry.network, bytes.fromhex(entry.key))
        else:
            assert entry.chain_id is not None
            found = manifest.lookup_evm(entry.chain_id, Address.parse(entry.address).lower)
        _harness.check_equal(found, entry, "manifest lookup of its own entry")


TARGET = _harness.Target(
    "manifest_toml", one_input, allowed=(DecodeError,), instrument=("tomllib",), max_len=16384
)

if __name__ == "__main__":
    _harness.main(TARGET)
