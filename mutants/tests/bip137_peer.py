"""A BIP-137 (legacy `signmessage`) peer for tests: python-bitcointx, bound to the libsecp256k1
that coincurve ships, so no system library is needed. coldsign's own BIP-137 module is written
separately (coldsign.messages.bip137); these tests check the formats around it against this peer."""

from __future__ import annotations

import os
from collections.abc import Callable

_READY = False


def _load() -> None:
    global _READY
    if _READY:
        return
    import bitcointx
    import coincurve

    directory = os.path.dirname(coincurve.__file__)
    library = next(f for f in os.listdir(directory) if f.startswith("_libsecp256k1"))
    bitcointx.set_custom_secp256k1_path(os.path.join(directory, library))
    _READY = True


def check(public_key: bytes, message: bytes, signature: str) -> bool:
    """True if `signature` over `message` recovers to `public_key` (compressed P2PKH header)."""
    _load()
    from bitcointx.core.key import CPubKey
    from bitcointx.signmessage import BitcoinMessage, VerifyMessage
    from bitcointx.wallet import P2PKHBitcoinAddress

    address = P2PKHBitcoinAddress.from_pubkey(CPubKey(public_key))
    try:
        return bool(VerifyMessage(address, BitcoinMessage(message.decode()), signature))
    except (ValueError, TypeError):
        return False


def signer(secret: bytes) -> Callable[[bytes], str]:
    """A MessageSigner for the private key `secret` (32 bytes)."""
    _load()
    from bitcointx.signmessage import BitcoinMessage, SignMessage
    from bitcointx.wallet import CBitcoinKey

    key = CBitcoinKey.from_secret_bytes(secret, True)

    def sign(message: bytes) -> str:
        return SignMessage(key, BitcoinMessage(message.decode())).decode()

    return sign
