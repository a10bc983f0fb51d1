"""Whitelist and denylist manifests (DESIGN.md §2): signed, versioned, expiring address lists.

Entries are `{chain, network | chain_id, address, label, optional max_per_tx and asset}`.
Addresses are normalized and checked against their network by the chain's `ChainSpec` when the
manifest is parsed, so a testnet address in a mainnet entry, or an EIP-55 address with a wrong
checksum, is refused up front. A capped entry names the asset its cap is in (issue 12.1): a cap
without a unit would let "10000" meant as USDC allow 10,000 ETH.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coldsign.errors import DecodeError
from coldsign.policy.chainspec import ChainSpecs
from coldsign.policy.config import Policy
from coldsign.policy.documents import DocumentKind
from coldsign.policy.fields import Fields, format_time


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁListEntryǁto_body__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ListEntry:
    """One destination. `key` is what lookups match (scriptPubKey hex, or lower-case address for
    EVM), so different spellings of one destination are one entry."""

    chain: str
    scope: str
    address: str
    label: str
    key: str
    scope_body: tuple[tuple[str, str | int], ...] = ()
    max_per_tx: str | None = None  # decimal string in the units of `asset`
    asset: str | None = None  # the symbol `max_per_tx` is in

    @_mutmut_mutated(mutants_xǁListEntryǁto_body__mutmut)
    def to_body(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_orig(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_1(self) -> dict[str, object]:
        body: dict[str, object] = None
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_2(self) -> dict[str, object]:
        body: dict[str, object] = {"XXchainXX": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_3(self) -> dict[str, object]:
        body: dict[str, object] = {"CHAIN": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_4(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(None)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_5(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = None
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_6(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["XXaddressXX"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_7(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["ADDRESS"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_8(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = None
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_9(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["XXlabelXX"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_10(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["LABEL"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_11(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_12(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = None
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_13(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["XXmax_per_txXX"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_14(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["MAX_PER_TX"] = self.max_per_tx
            body["asset"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_15(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = None
        return body

    def xǁListEntryǁto_body__mutmut_16(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["XXassetXX"] = self.asset
        return body

    def xǁListEntryǁto_body__mutmut_17(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["ASSET"] = self.asset
        return body

mutants_xǁListEntryǁto_body__mutmut['_mutmut_orig'] = ListEntry.xǁListEntryǁto_body__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_1'] = ListEntry.xǁListEntryǁto_body__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_2'] = ListEntry.xǁListEntryǁto_body__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_3'] = ListEntry.xǁListEntryǁto_body__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_4'] = ListEntry.xǁListEntryǁto_body__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_5'] = ListEntry.xǁListEntryǁto_body__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_6'] = ListEntry.xǁListEntryǁto_body__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_7'] = ListEntry.xǁListEntryǁto_body__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_8'] = ListEntry.xǁListEntryǁto_body__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_9'] = ListEntry.xǁListEntryǁto_body__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_10'] = ListEntry.xǁListEntryǁto_body__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_11'] = ListEntry.xǁListEntryǁto_body__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_12'] = ListEntry.xǁListEntryǁto_body__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_13'] = ListEntry.xǁListEntryǁto_body__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_14'] = ListEntry.xǁListEntryǁto_body__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_15'] = ListEntry.xǁListEntryǁto_body__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_16'] = ListEntry.xǁListEntryǁto_body__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListEntryǁto_body__mutmut['xǁListEntryǁto_body__mutmut_17'] = ListEntry.xǁListEntryǁto_body__mutmut_17 # type: ignore # mutmut generated
mutants_xǁManifestǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁManifestǁlookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁManifestǁto_body__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Manifest:
    kind: DocumentKind
    version: int
    previous: str
    expires: datetime
    entries: tuple[ListEntry, ...]
    _index: dict[tuple[str, str, str], ListEntry] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    @_mutmut_mutated(mutants_xǁManifestǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        for entry in self.entries:
            self._index.setdefault((entry.chain, entry.scope, entry.key), entry)

    def xǁManifestǁ__post_init____mutmut_orig(self) -> None:
        for entry in self.entries:
            self._index.setdefault((entry.chain, entry.scope, entry.key), entry)

    def xǁManifestǁ__post_init____mutmut_1(self) -> None:
        for entry in self.entries:
            self._index.setdefault(None, entry)

    def xǁManifestǁ__post_init____mutmut_2(self) -> None:
        for entry in self.entries:
            self._index.setdefault((entry.chain, entry.scope, entry.key), None)

    def xǁManifestǁ__post_init____mutmut_3(self) -> None:
        for entry in self.entries:
            self._index.setdefault(entry)

    def xǁManifestǁ__post_init____mutmut_4(self) -> None:
        for entry in self.entries:
            self._index.setdefault((entry.chain, entry.scope, entry.key), )

    @_mutmut_mutated(mutants_xǁManifestǁlookup__mutmut)
    def lookup(self, chain: str, scope: str, key: str) -> ListEntry | None:
        """The entry for destination `key` on `chain` at `scope`, or None."""
        return self._index.get((chain, scope, key))

    def xǁManifestǁlookup__mutmut_orig(self, chain: str, scope: str, key: str) -> ListEntry | None:
        """The entry for destination `key` on `chain` at `scope`, or None."""
        return self._index.get((chain, scope, key))

    def xǁManifestǁlookup__mutmut_1(self, chain: str, scope: str, key: str) -> ListEntry | None:
        """The entry for destination `key` on `chain` at `scope`, or None."""
        return self._index.get(None)

    @_mutmut_mutated(mutants_xǁManifestǁto_body__mutmut)
    def to_body(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_orig(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_1(self) -> dict[str, object]:
        return {
            "XXversionXX": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_2(self) -> dict[str, object]:
        return {
            "VERSION": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_3(self) -> dict[str, object]:
        return {
            "version": self.version,
            "XXpreviousXX": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_4(self) -> dict[str, object]:
        return {
            "version": self.version,
            "PREVIOUS": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_5(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "XXexpiresXX": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_6(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "EXPIRES": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_7(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(None),
            "entries": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_8(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "XXentriesXX": [e.to_body() for e in self.entries],
        }

    def xǁManifestǁto_body__mutmut_9(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "ENTRIES": [e.to_body() for e in self.entries],
        }

mutants_xǁManifestǁ__post_init____mutmut['_mutmut_orig'] = Manifest.xǁManifestǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁManifestǁ__post_init____mutmut['xǁManifestǁ__post_init____mutmut_1'] = Manifest.xǁManifestǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁManifestǁ__post_init____mutmut['xǁManifestǁ__post_init____mutmut_2'] = Manifest.xǁManifestǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁManifestǁ__post_init____mutmut['xǁManifestǁ__post_init____mutmut_3'] = Manifest.xǁManifestǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁManifestǁ__post_init____mutmut['xǁManifestǁ__post_init____mutmut_4'] = Manifest.xǁManifestǁ__post_init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁManifestǁlookup__mutmut['_mutmut_orig'] = Manifest.xǁManifestǁlookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁManifestǁlookup__mutmut['xǁManifestǁlookup__mutmut_1'] = Manifest.xǁManifestǁlookup__mutmut_1 # type: ignore # mutmut generated

mutants_xǁManifestǁto_body__mutmut['_mutmut_orig'] = Manifest.xǁManifestǁto_body__mutmut_orig # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_1'] = Manifest.xǁManifestǁto_body__mutmut_1 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_2'] = Manifest.xǁManifestǁto_body__mutmut_2 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_3'] = Manifest.xǁManifestǁto_body__mutmut_3 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_4'] = Manifest.xǁManifestǁto_body__mutmut_4 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_5'] = Manifest.xǁManifestǁto_body__mutmut_5 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_6'] = Manifest.xǁManifestǁto_body__mutmut_6 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_7'] = Manifest.xǁManifestǁto_body__mutmut_7 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_8'] = Manifest.xǁManifestǁto_body__mutmut_8 # type: ignore # mutmut generated
mutants_xǁManifestǁto_body__mutmut['xǁManifestǁto_body__mutmut_9'] = Manifest.xǁManifestǁto_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_manifest__mutmut)
def parse_manifest(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_orig(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_1(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = None
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_2(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = None
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_3(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(None, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_4(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, None, what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_5(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", None)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_6(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields("", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_7(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_8(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", )
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_9(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "XXXX", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_10(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = None
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_11(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int(None, minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_12(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=None)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_13(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int(minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_14(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", )
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_15(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("XXversionXX", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_16(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("VERSION", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_17(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=2)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_18(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = None
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_19(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = None
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_20(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp(None, required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_21(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=None)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_22(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp(required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_23(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", )
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_24(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("XXexpiresXX", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_25(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("EXPIRES", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_26(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=False)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_27(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_28(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = None
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_29(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = None
    for f in top.tables("entries", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_30(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables(None, required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_31(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=None):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_32(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables(required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_33(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", ):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_34(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("XXentriesXX", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_35(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("ENTRIES", required=kind is DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_36(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
    """Build a manifest from TOML or a signed body. Raises DecodeError naming the entry and key."""
    what = kind.value
    top = Fields(table, "", what)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires", required=True)
    assert expires is not None
    entries = []
    seen: dict[tuple[str, str, str], str] = {}
    for f in top.tables("entries", required=kind is not DocumentKind.WHITELIST):
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_37(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = None
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_38(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(None, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_39(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, None)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_40(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_41(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, )
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_42(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = None
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_43(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope not in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_44(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(None, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_45(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, None)
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_46(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_47(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, )
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_48(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = None
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_49(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(None)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_50(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(None, version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_51(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, None, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_52(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, None, expires, tuple(entries))


def x_parse_manifest__mutmut_53(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, None, tuple(entries))


def x_parse_manifest__mutmut_54(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, None)


def x_parse_manifest__mutmut_55(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(version, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_56(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, previous, expires, tuple(entries))


def x_parse_manifest__mutmut_57(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, expires, tuple(entries))


def x_parse_manifest__mutmut_58(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, tuple(entries))


def x_parse_manifest__mutmut_59(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, )


def x_parse_manifest__mutmut_60(table: object, kind: DocumentKind, specs: ChainSpecs) -> Manifest:
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
        entry = _parse_entry(f, specs)
        scope = (entry.chain, entry.scope, entry.key)
        if scope in seen:
            raise DecodeError(what, f"{f.where}: the same destination as {seen[scope]}")
        seen[scope] = f.where
        entries.append(entry)
    top.done()
    return Manifest(kind, version, previous, expires, tuple(None))

mutants_x_parse_manifest__mutmut['_mutmut_orig'] = x_parse_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_1'] = x_parse_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_2'] = x_parse_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_3'] = x_parse_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_4'] = x_parse_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_5'] = x_parse_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_6'] = x_parse_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_7'] = x_parse_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_8'] = x_parse_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_9'] = x_parse_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_10'] = x_parse_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_11'] = x_parse_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_12'] = x_parse_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_13'] = x_parse_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_14'] = x_parse_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_15'] = x_parse_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_16'] = x_parse_manifest__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_17'] = x_parse_manifest__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_18'] = x_parse_manifest__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_19'] = x_parse_manifest__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_20'] = x_parse_manifest__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_21'] = x_parse_manifest__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_22'] = x_parse_manifest__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_23'] = x_parse_manifest__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_24'] = x_parse_manifest__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_25'] = x_parse_manifest__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_26'] = x_parse_manifest__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_27'] = x_parse_manifest__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_28'] = x_parse_manifest__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_29'] = x_parse_manifest__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_30'] = x_parse_manifest__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_31'] = x_parse_manifest__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_32'] = x_parse_manifest__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_33'] = x_parse_manifest__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_34'] = x_parse_manifest__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_35'] = x_parse_manifest__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_36'] = x_parse_manifest__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_37'] = x_parse_manifest__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_38'] = x_parse_manifest__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_39'] = x_parse_manifest__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_40'] = x_parse_manifest__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_41'] = x_parse_manifest__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_42'] = x_parse_manifest__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_43'] = x_parse_manifest__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_44'] = x_parse_manifest__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_45'] = x_parse_manifest__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_46'] = x_parse_manifest__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_47'] = x_parse_manifest__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_48'] = x_parse_manifest__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_49'] = x_parse_manifest__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_50'] = x_parse_manifest__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_51'] = x_parse_manifest__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_52'] = x_parse_manifest__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_53'] = x_parse_manifest__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_54'] = x_parse_manifest__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_55'] = x_parse_manifest__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_56'] = x_parse_manifest__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_57'] = x_parse_manifest__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_58'] = x_parse_manifest__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_59'] = x_parse_manifest__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_60'] = x_parse_manifest__mutmut_60 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_entry__mutmut)
def _parse_entry(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_orig(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_1(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = None
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_2(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string(None)
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_3(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("XXchainXX")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_4(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("CHAIN")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_5(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = None
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_6(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(None)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_7(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is not None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_8(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error(None, f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_9(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", None)
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_10(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error(f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_11(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", )
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_12(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("XXchainXX", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_13(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("CHAIN", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_14(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(None)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_15(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({'XX, XX'.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_16(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = None
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_17(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string(None)
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_18(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("XXlabelXX")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_19(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("LABEL")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_20(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = None
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_21(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string(None, required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_22(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=None)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_23(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string(required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_24(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", )
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_25(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("XXmax_per_txXX", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_26(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("MAX_PER_TX", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_27(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=True)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_28(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = None
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_29(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string(None, required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_30(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=None)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_31(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string(required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_32(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", )
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_33(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("XXassetXX", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_34(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("ASSET", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_35(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=True)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_36(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_37(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(None, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_38(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, None, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_39(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, None)  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_40(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_41(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_42(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, )  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_43(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 19, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_44(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path(None))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_45(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("XXmax_per_txXX"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_46(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("MAX_PER_TX"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_47(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is not None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_48(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error(None, "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_49(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", None)
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_50(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_51(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", )
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_52(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("XXassetXX", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_53(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("ASSET", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_54(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "XXa capped entry must name the asset its max_per_tx is inXX")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_55(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "A CAPPED ENTRY MUST NAME THE ASSET ITS MAX_PER_TX IS IN")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_56(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_57(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error(None, "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_58(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", None)
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_59(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_60(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", )
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_61(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("XXassetXX", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_62(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("ASSET", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_63(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "XXonly a capped entry names an asset (give max_per_tx)XX")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_64(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "ONLY A CAPPED ENTRY NAMES AN ASSET (GIVE MAX_PER_TX)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_65(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = None
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_66(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(None)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_67(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        None, where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_68(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, None, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_69(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, None, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_70(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, None, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_71(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, None, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_72(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, None, cap, asset
    )


def x__parse_entry__mutmut_73(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, None, asset
    )


def x__parse_entry__mutmut_74(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, None
    )


def x__parse_entry__mutmut_75(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        where.scope, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_76(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.address, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_77(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, label, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_78(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, where.key, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_79(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.scope_body, cap, asset
    )


def x__parse_entry__mutmut_80(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, cap, asset
    )


def x__parse_entry__mutmut_81(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, asset
    )


def x__parse_entry__mutmut_82(f: Fields, specs: ChainSpecs) -> ListEntry:
    chain = f.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        raise f.error("chain", f"{chain!r} is not a chain coldsign knows ({', '.join(specs)})")
    label = f.req_string("label")
    cap = f.string("max_per_tx", required=False)
    asset = f.string("asset", required=False)
    if cap is not None:
        from coldsign.units import parse_decimal_units

        parse_decimal_units(cap, 18, f.path("max_per_tx"))  # well-formed; units at use
        if asset is None:
            raise f.error("asset", "a capped entry must name the asset its max_per_tx is in")
    elif asset is not None:
        raise f.error("asset", "only a capped entry names an asset (give max_per_tx)")
    where = spec.parse_entry(f)
    f.done()
    return ListEntry(
        chain, where.scope, where.address, label, where.key, where.scope_body, cap, )

mutants_x__parse_entry__mutmut['_mutmut_orig'] = x__parse_entry__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_1'] = x__parse_entry__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_2'] = x__parse_entry__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_3'] = x__parse_entry__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_4'] = x__parse_entry__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_5'] = x__parse_entry__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_6'] = x__parse_entry__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_7'] = x__parse_entry__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_8'] = x__parse_entry__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_9'] = x__parse_entry__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_10'] = x__parse_entry__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_11'] = x__parse_entry__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_12'] = x__parse_entry__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_13'] = x__parse_entry__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_14'] = x__parse_entry__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_15'] = x__parse_entry__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_16'] = x__parse_entry__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_17'] = x__parse_entry__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_18'] = x__parse_entry__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_19'] = x__parse_entry__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_20'] = x__parse_entry__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_21'] = x__parse_entry__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_22'] = x__parse_entry__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_23'] = x__parse_entry__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_24'] = x__parse_entry__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_25'] = x__parse_entry__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_26'] = x__parse_entry__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_27'] = x__parse_entry__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_28'] = x__parse_entry__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_29'] = x__parse_entry__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_30'] = x__parse_entry__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_31'] = x__parse_entry__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_32'] = x__parse_entry__mutmut_32 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_33'] = x__parse_entry__mutmut_33 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_34'] = x__parse_entry__mutmut_34 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_35'] = x__parse_entry__mutmut_35 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_36'] = x__parse_entry__mutmut_36 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_37'] = x__parse_entry__mutmut_37 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_38'] = x__parse_entry__mutmut_38 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_39'] = x__parse_entry__mutmut_39 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_40'] = x__parse_entry__mutmut_40 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_41'] = x__parse_entry__mutmut_41 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_42'] = x__parse_entry__mutmut_42 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_43'] = x__parse_entry__mutmut_43 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_44'] = x__parse_entry__mutmut_44 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_45'] = x__parse_entry__mutmut_45 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_46'] = x__parse_entry__mutmut_46 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_47'] = x__parse_entry__mutmut_47 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_48'] = x__parse_entry__mutmut_48 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_49'] = x__parse_entry__mutmut_49 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_50'] = x__parse_entry__mutmut_50 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_51'] = x__parse_entry__mutmut_51 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_52'] = x__parse_entry__mutmut_52 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_53'] = x__parse_entry__mutmut_53 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_54'] = x__parse_entry__mutmut_54 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_55'] = x__parse_entry__mutmut_55 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_56'] = x__parse_entry__mutmut_56 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_57'] = x__parse_entry__mutmut_57 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_58'] = x__parse_entry__mutmut_58 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_59'] = x__parse_entry__mutmut_59 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_60'] = x__parse_entry__mutmut_60 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_61'] = x__parse_entry__mutmut_61 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_62'] = x__parse_entry__mutmut_62 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_63'] = x__parse_entry__mutmut_63 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_64'] = x__parse_entry__mutmut_64 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_65'] = x__parse_entry__mutmut_65 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_66'] = x__parse_entry__mutmut_66 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_67'] = x__parse_entry__mutmut_67 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_68'] = x__parse_entry__mutmut_68 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_69'] = x__parse_entry__mutmut_69 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_70'] = x__parse_entry__mutmut_70 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_71'] = x__parse_entry__mutmut_71 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_72'] = x__parse_entry__mutmut_72 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_73'] = x__parse_entry__mutmut_73 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_74'] = x__parse_entry__mutmut_74 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_75'] = x__parse_entry__mutmut_75 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_76'] = x__parse_entry__mutmut_76 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_77'] = x__parse_entry__mutmut_77 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_78'] = x__parse_entry__mutmut_78 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_79'] = x__parse_entry__mutmut_79 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_80'] = x__parse_entry__mutmut_80 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_81'] = x__parse_entry__mutmut_81 # type: ignore # mutmut generated
mutants_x__parse_entry__mutmut['x__parse_entry__mutmut_82'] = x__parse_entry__mutmut_82 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cap_problems__mutmut)
def cap_problems(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_orig(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_1(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = None
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_2(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(None):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_3(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is not None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_4(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            break
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_5(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = None
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_6(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            None,
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_7(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_8(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_9(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain or a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_10(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset or a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_11(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol != entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_12(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain != entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_13(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope != entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_14(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = None
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_15(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is not None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_16(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                None
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_17(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            break
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_18(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(None, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_19(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, None, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_20(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, None)
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_21(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_22(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, "max_per_tx")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_23(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, )
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_24(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "XXmax_per_txXX")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_25(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "MAX_PER_TX")
        except DecodeError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def x_cap_problems__mutmut_26(manifest: Manifest, policy: Policy) -> list[str]:
    """Capped entries whose asset is not an asset of `policy` on the entry's chain and network
    (or chain id), or whose cap has more decimals than that asset: refused when a manifest is
    signed against a policy and when it is imported."""
    from coldsign.units import parse_decimal_units

    problems = []
    for i, entry in enumerate(manifest.entries):
        if entry.max_per_tx is None:
            continue
        asset = next(
            (
                a
                for a in policy.assets
                if a.symbol == entry.asset and a.chain == entry.chain and a.scope == entry.scope
            ),
            None,
        )
        where = f"entry {i} ({entry.label})"
        if asset is None:
            problems.append(
                f"{where}: its cap is in {entry.asset}, which is not an asset of the policy on "
                f"{entry.chain} {entry.scope}"
            )
            continue
        try:
            parse_decimal_units(entry.max_per_tx, asset.decimals, "max_per_tx")
        except DecodeError as exc:
            problems.append(None)
    return problems

mutants_x_cap_problems__mutmut['_mutmut_orig'] = x_cap_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_1'] = x_cap_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_2'] = x_cap_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_3'] = x_cap_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_4'] = x_cap_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_5'] = x_cap_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_6'] = x_cap_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_7'] = x_cap_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_8'] = x_cap_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_9'] = x_cap_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_10'] = x_cap_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_11'] = x_cap_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_12'] = x_cap_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_13'] = x_cap_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_14'] = x_cap_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_15'] = x_cap_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_16'] = x_cap_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_17'] = x_cap_problems__mutmut_17 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_18'] = x_cap_problems__mutmut_18 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_19'] = x_cap_problems__mutmut_19 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_20'] = x_cap_problems__mutmut_20 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_21'] = x_cap_problems__mutmut_21 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_22'] = x_cap_problems__mutmut_22 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_23'] = x_cap_problems__mutmut_23 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_24'] = x_cap_problems__mutmut_24 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_25'] = x_cap_problems__mutmut_25 # type: ignore # mutmut generated
mutants_x_cap_problems__mutmut['x_cap_problems__mutmut_26'] = x_cap_problems__mutmut_26 # type: ignore # mutmut generated
