"""Whitelist and denylist TOML: coldsign.policy.fields.parse_toml, then
coldsign.policy.manifest.parse_manifest (Bitcoin and EVM addresses, caps, times).

Input: a selector byte (whitelist or denylist), then the TOML. Allowed: DecodeError.
Round trip: the canonical body of an accepted manifest parses back to an equal manifest with the
same body, and every entry is found again by the lookup the policy checks use (destinations
are unique per chain and scope, so no entry shadows another).
"""

from __future__ import annotations

import _harness

from coldsign.chains import SPECS
from coldsign.chains.evm.address import Address
from coldsign.codec.script import address_from_script, script_from_address
from coldsign.errors import DecodeError
from coldsign.policy.documents import DocumentKind, canonical_json
from coldsign.policy.fields import parse_toml
from coldsign.policy.manifest import ListEntry, parse_manifest
from coldsign.units import Network

KINDS = (DocumentKind.WHITELIST, DocumentKind.DENYLIST)


def one_input(data: bytes) -> None:
    if not data:
        return
    kind = KINDS[data[0] % 2]
    manifest = parse_manifest(parse_toml(data[1:], kind.value), kind, SPECS)
    body = manifest.to_body()
    canonical_json(body)
    with _harness.must_succeed("parse_manifest(manifest.to_body())"):
        again = parse_manifest(body, kind, SPECS)
    _harness.check_equal(again, manifest, kind.value)
    _harness.check_equal(again.to_body(), body, f"{kind.value} body")
    for entry in manifest.entries:
        found = manifest.lookup(entry.chain, entry.scope, entry.key)
        _harness.check_equal(found, entry, "manifest lookup of its own entry")
        _check_key(entry)


def _check_key(entry: ListEntry) -> None:
    """The lookup key is what the policy checks derive from a transaction's destination: for
    Bitcoin the scriptPubKey of the address (which renders back to the address shown), for EVM
    the lower-case address (whose EIP-55 form is the address shown)."""
    if entry.chain == "bitcoin":
        network = Network(entry.scope)
        with _harness.must_succeed("script_from_address(entry.address)"):
            spk = script_from_address(entry.address, network)
        _harness.check_equal(spk.hex(), entry.key, "whitelist key of a Bitcoin entry")
        _harness.check_equal(address_from_script(spk, network), entry.address, "address shown")
    else:
        with _harness.must_succeed("Address.parse(entry.address)"):
            address = Address.parse(entry.address)
        _harness.check_equal(address.lower, entry.key, "whitelist key of an EVM entry")
        _harness.check_equal(address.checksummed, entry.address, "address shown")


TARGET = _harness.Target(
    "manifest_toml", one_input, allowed=(DecodeError,), instrument=("tomllib",), max_len=16384
)

if __name__ == "__main__":
    _harness.main(TARGET)
