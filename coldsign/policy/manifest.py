"""Whitelist and denylist manifests (docs/design.md §2): signed, versioned, expiring address lists.

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

    def to_body(self) -> dict[str, object]:
        body: dict[str, object] = {"chain": self.chain, **dict(self.scope_body)}
        body["address"] = self.address
        body["label"] = self.label
        if self.max_per_tx is not None:
            body["max_per_tx"] = self.max_per_tx
            body["asset"] = self.asset
        return body


@dataclass(frozen=True)
class Manifest:
    """A parsed whitelist or denylist: its entries, indexed by (chain, scope, key)."""

    kind: DocumentKind
    version: int
    previous: str
    expires: datetime
    entries: tuple[ListEntry, ...]
    _index: dict[tuple[str, str, str], ListEntry] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._index.setdefault((entry.chain, entry.scope, entry.key), entry)

    def lookup(self, chain: str, scope: str, key: str) -> ListEntry | None:
        """The entry for destination `key` on `chain` at `scope`, or None."""
        return self._index.get((chain, scope, key))

    def to_body(self) -> dict[str, object]:
        return {
            "version": self.version,
            "previous": self.previous,
            "expires": format_time(self.expires),
            "entries": [e.to_body() for e in self.entries],
        }


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
