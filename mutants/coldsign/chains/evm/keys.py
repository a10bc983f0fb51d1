"""EVM keys from BIP-32 seeds (BIP-44 coin type 60: m/44'/60'/0'/0/i) and addresses of keys.

The only place in `coldsign.chains.evm` that touches seed material. Keys exist for one signature and are
wiped (best effort) right after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from coldsign.chains.evm.address import Address, address_from_public_key
from coldsign.chains.evm.tx import SignedTx, UnsignedTx, sign
from coldsign.errors import NotOurs
from coldsign.keys.secrets import Seed

# BIP-44 with SLIP-44 coin type 60 (Ether), the layout MetaMask, Ledger and Trezor use.
DEFAULT_PATH = "m/44'/60'/0'/0/0"


def default_path(index: int = 0) -> str:
    """The BIP-44 Ethereum path of account index `index`: m/44'/60'/0'/0/index."""
    if not isinstance(index, int) or not 0 <= index < 2**31:
        raise ValueError("index must be in [0, 2**31)")
    return f"m/44'/60'/0'/0/{index}"


def evm_address_of(public_key: bytes) -> str:
    """The EIP-55 checksummed address of a 33- or 65-byte secp256k1 public key (DecodeError if
    it is not a valid point)."""
    return address_from_public_key(public_key).checksummed


def address_from_seed(seed: Seed, path: str | Sequence[int]) -> Address:
    """The address of the key at `path` below `seed` (BIP-32), for watch-only export."""
    from coldsign.keys.hd import ExtendedPrivateKey

    root = ExtendedPrivateKey.from_seed(seed)
    try:
        return address_from_public_key(root.derive(path).public_key)
    finally:
        root.wipe()


def sign_with_seed(
    tx: UnsignedTx,
    seed: Seed,
    path: str | Sequence[int],
    *,
    expected_address: Address | None = None,
) -> SignedTx:
    """Derive the key at `path` (BIP-32) and sign `tx` with it (see `coldsign.chains.evm.tx.sign`).

    With `expected_address`, a derived key whose address differs raises NotOurs before signing:
    the policy names wallet address and path, and both must agree.
    """
    from coldsign.keys.hd import ExtendedPrivateKey

    # BIP-32 derivation does not depend on the Bitcoin network; mainnet is just the version tag.
    root = ExtendedPrivateKey.from_seed(seed)
    child = None
    try:
        child = root.derive(path)
        if expected_address is not None:
            derived = address_from_public_key(child.public_key)
            if derived != expected_address:
                raise NotOurs(
                    f"the key at the wallet's path has address {derived}, "
                    f"not the wallet address {expected_address}"
                )
        private = child.private_key()
        try:
            return sign(tx, private)
        finally:
            private.wipe()
    finally:
        if child is not None:
            child.wipe()
        root.wipe()
