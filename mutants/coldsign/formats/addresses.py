"""Is this address ours? Search every wallet's receive and change branches up to a gap.

The answer re-derives: the address is decoded to its output script once per network, and each
(wallet, branch, index) script is derived once with the wallet's own descriptor and compared.
Nothing the address comes with (a label, a claimed path) is trusted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.script import script_from_address
from coldsign.errors import DecodeError
from coldsign.units import Network

DEFAULT_GAP = 1000
MAX_GAP = 1_000_000
BRANCH_NAMES = ("receive", "change")


@dataclasses.dataclass(frozen=True)
class AddressMatch:
    """Where an address re-derives: the wallet's name, the branch (0 receive, 1 change) and index."""

    wallet: str
    branch: int
    index: int
    address: str

    @property
    def branch_name(self) -> str:
        return BRANCH_NAMES[self.branch] if self.branch < len(BRANCH_NAMES) else str(self.branch)


@dataclasses.dataclass(frozen=True)
class SearchResult:
    """The match, if any, and how many scripts were derived to look for it."""

    match: AddressMatch | None
    derived: int


def find_address(address: str, wallets: Sequence[tuple[str, Wallet]], gap: int) -> SearchResult:
    """Search `wallets` (name, wallet) for `address` at indexes 0..gap-1 of every branch.

    DecodeError if the address is not valid on any of the wallets' networks.
    """
    if not 1 <= gap <= MAX_GAP:
        raise ValueError(f"gap must be 1..{MAX_GAP}")
    scripts: dict[Network, bytes] = {}
    errors: list[str] = []
    for _, wallet in wallets:
        if wallet.network in scripts:
            continue
        try:
            scripts[wallet.network] = script_from_address(address, wallet.network)
        except DecodeError as exc:
            errors.append(exc.reason)
    if not scripts:
        reason = errors[0] if errors else "no wallet to search"
        raise DecodeError("address", reason)
    derived = 0
    for index in range(gap):  # low indexes of every wallet first: most addresses are there
        for name, wallet in wallets:
            target = scripts.get(wallet.network)
            if target is None:
                continue
            for branch, descriptor in enumerate(wallet.branches):
                if index > 0 and not descriptor.is_ranged:
                    continue
                derived += 1
                if wallet.derive_at((branch, index)).script_pubkey == target:
                    return SearchResult(AddressMatch(name, branch, index, address), derived)
    return SearchResult(None, derived)
