"""Whitelist and denylist manifests (DESIGN.md §2): signed, versioned, expiring address lists.

Entries are `{chain, network | chain_id, address, label, optional max_per_tx}`. Addresses are
normalized and checked against their network when the manifest is parsed, so a testnet address in
a mainnet entry, or an EIP-55 address with a wrong checksum, is refused up front.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coldsign.errors import DecodeError
from coldsign.policy.config import Chain
from coldsign.policy.documents import DocumentKind
from coldsign.policy.fields import Fields, format_time
from coldsign.units import Network


@dataclass(frozen=True)
class ListEntry:
    """One destination. `key` is what lookups match: scriptPubKey hex (Bitcoin) or lower-case
    address (EVM), so different spellings of one destination are one entry."""

    chain: Chain
    address: str
    label: str
    key: str
    network: Network | None = None
    chain_id: int | None = None
    max_per_tx: str | None = None  # decimal string in the units of the asset being sent

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"chain": self.chain.value}
        if self.network is not None:
            body["network"] = self.network.value
        if self.chain_id is not None:
            body["chain_id"] = self.chain_id
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
        return body


@dataclass(frozen=True)
class Manifest:
    kind: DocumentKind
    version: int
    previous: str
    expires: datetime
    entries: tuple[ListEntry, ...]

    def __post_init__(self) -> None:
        index: dict[tuple[str, str, str], ListEntry] = {}
        for entry in self.entries:
            index.setdefault(
                (*_scope(entry.chain, entry.network, entry.chain_id), entry.key), entry
            )
        object.__setattr__(self, "_index", index)

    def lookup_bitcoin(self, network: Network, script_pubkey: bytes) -> ListEntry | None:
        index: dict[tuple[str, str, str], ListEntry] = self._index  # type: ignore[attr-defined]
        return index.get((*_scope(Chain.BITCOIN, network, None), script_pubkey.hex()))

    def lookup_evm(self, chain_id: int, address: str) -> ListEntry | None:
        index: dict[tuple[str, str, str], ListEntry] = self._index  # type: ignore[attr-defined]
        return index.get((*_scope(Chain.ETHEREUM, None, chain_id), address.lower()))

    def to_body(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }


def _scope(chain: Chain, network: Network | None, chain_id: int | None) -> tuple[str, str]:
    return (chain.value, network.value if network else str(chain_id))


def parse_manifest(table: Any, kind: DocumentKind) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f)
        scope = (*_scope(entry.chain, entry.network, entry.chain_id), entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def _parse_entry(f: Fields) -> ListEntry:
    chain = Chain.parse(f.req_string("chain"), f.where)
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # a well-formed decimal; units at use
    if chain is Chain.BITCOIN:
        from coldsign.codec.script import address_from_script, script_from_address

        network = Network.parse(f.req_string("network"))
        text = f.req_string("address")
        try:
            spk = script_from_address(text.strip(), network)
        except DecodeError as exc:
            raise f.error("address", exc.reason) from None
        address = address_from_script(spk, network) or text.strip()
        f.done()
        return ListEntry(chain, address, label, spk.hex(), network=network, max_per_tx=cap)
    from coldsign.chains.evm.address import Address

    chain_id = f.req_int("chain_id", minimum=1)
    try:
        address = Address.parse(f.req_string("address").strip(), f.path("address")).checksummed
    except DecodeError as exc:
        raise f.error("address", exc.reason) from None
    f.done()
    return ListEntry(chain, address, label, address.lower(), chain_id=chain_id, max_per_tx=cap)
