"""Names for a few well-known EVM chain ids (EIP-155 / chainlist), for review screens only.

A name is a display aid: every decision uses the numeric chain id from the policy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chain:
    """A known EVM chain: its id, a short slug, a display name and the native coin's symbol."""

    chain_id: int
    slug: str
    name: str
    native_symbol: str


KNOWN_CHAINS: dict[int, Chain] = {
    c.chain_id: c
    for c in (
        Chain(1, "mainnet", "Ethereum mainnet", "ETH"),
        Chain(11155111, "sepolia", "Sepolia testnet", "ETH"),
        Chain(17000, "holesky", "Holesky testnet", "ETH"),
        Chain(137, "polygon", "Polygon PoS", "POL"),
        Chain(42161, "arbitrum", "Arbitrum One", "ETH"),
        Chain(10, "optimism", "OP Mainnet", "ETH"),
        Chain(8453, "base", "Base", "ETH"),
        Chain(56, "bsc", "BNB Smart Chain", "BNB"),
    )
}


def known_chain(chain_id: int) -> Chain | None:
    """The known chain with this id, or None."""
    return KNOWN_CHAINS.get(chain_id)


def chain_name(chain_id: int) -> str:
    """A display name: "Ethereum mainnet" for 1, "chain N" for an id we do not know."""
    chain = KNOWN_CHAINS.get(chain_id)
    return chain.name if chain else f"chain {chain_id}"


def chain_label(chain_id: int) -> str:
    """Name and id together for review screens: "Ethereum mainnet (chain 1)", or "chain N"."""
    chain = KNOWN_CHAINS.get(chain_id)
    return f"{chain.name} (chain {chain_id})" if chain else f"chain {chain_id}"


def native_symbol(chain_id: int) -> str:
    """The native coin's symbol ("ETH" when the chain is unknown, since amounts are in wei)."""
    chain = KNOWN_CHAINS.get(chain_id)
    return chain.native_symbol if chain else "ETH"
