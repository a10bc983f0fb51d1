"""What the policy needs from a chain, as an interface the chain packages implement.

The policy layer never imports a chain package. Parsing a policy or a manifest takes a
`ChainSpecs` mapping (chain name → `ChainSpec`); `coldsign.chains.specs()` provides the real one.
A chain validates its own syntax here — addresses, descriptors, networks or chain ids, fee-rate
units — and reports the public keys its wallets hold, so the policy can refuse a key that fills
two slots or two wallets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from coldsign.policy.config import AssetScope, WalletRule
    from coldsign.policy.fields import Fields


@dataclass(frozen=True)
class KeyIdentity:
    """A public key as the chain compares keys: its point, and how the policy names it.

    Two keys are the same signer when their points are equal (an xpub and its testnet
    re-encoding, one key under two origin labels, or an xpub under two chain codes, are one
    key)."""

    point: bytes
    label: str  # how the operator wrote it, for messages


@dataclass(frozen=True)
class EntryAddress:
    """A whitelist or denylist address as the chain normalized it."""

    scope: str  # e.g. "testnet" or "1" (a chain id)
    address: str  # canonical display form
    key: str  # what lookups match (scriptPubKey hex, lower-case EVM address)
    scope_body: tuple[tuple[str, str | int], ...]  # the scope keys in canonical form


class ChainSpec(Protocol):
    """One chain's syntax for policies and manifests."""

    @property
    def name(self) -> str: ...

    @property
    def fee_decimals(self) -> int:
        """Decimals of the asset fees are paid in (8 for sat, 18 for wei)."""
        ...

    def parse_wallet(self, fields: Fields, name: str) -> WalletRule:
        """The chain-specific keys of a `[[wallets]]` table (DecodeError naming the key)."""
        ...

    def parse_asset_scope(self, fields: Fields) -> AssetScope:
        """The chain-specific keys of an `[[assets]]` table."""
        ...

    def parse_entry(self, fields: Fields) -> EntryAddress:
        """The address of a manifest entry, checked against its network or chain id."""
        ...

    def parse_contract(self, fields: Fields, key: str) -> str:
        """A contract address at `key` in canonical form (an EIP-712 verifying contract);
        DecodeError naming the key, also on a chain without contracts."""
        ...

    def wallet_keys(self, wallet: WalletRule) -> list[list[KeyIdentity]]:
        """The public keys of `wallet`, one list per key slot (for distinctness checks); the keys
        of each slot as derived at the first receive index too, so a child xpub of another
        slot's key is caught."""
        ...


ChainSpecs = Mapping[str, ChainSpec]
