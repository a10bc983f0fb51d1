"""EIP-191 version 0x45 (`personal_sign`, `eth_sign`): sign, recover and verify.

    hash = keccak256(b"\\x19Ethereum Signed Message:\\n" || ascii(decimal len(m)) || m)

`m` is the message bytes exactly as signed: a wallet's text is its UTF-8 (a hex-looking text is
still text); raw bytes are given as bytes. Signatures are 65 bytes r || s || v (v = 27/28).
"""

from __future__ import annotations

from collections.abc import Sequence

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.hashing import keccak256
from coldsign.messages.common import message_bytes
from coldsign.messages.evmsig import (
    EvmSignature,
    SupportsReveal,
    recover_digest,
    sign_digest,
    with_seed_key,
)

PREFIX = b"\x19Ethereum Signed Message:\n"


def personal_message_hash(message: bytes | str) -> bytes:
    """The EIP-191 0x45 digest of `message` (str: its UTF-8 bytes)."""
    data = message_bytes(message)
    return keccak256(PREFIX + str(len(data)).encode("ascii") + data)


def sign(key: SupportsReveal | bytes, message: bytes | str) -> EvmSignature:
    """personal_sign `message` with `key` (RFC 6979, low S, checked by recovery)."""
    return sign_digest(key, personal_message_hash(message))


def sign_with_seed(
    message: bytes | str,
    seed: object,
    path: str | Sequence[int],
    *,
    expected_address: Address | None = None,
) -> EvmSignature:
    """personal_sign with the BIP-32 key at `path` below `seed` (NotOurs if its address is not
    `expected_address`)."""
    digest = personal_message_hash(message)
    return with_seed_key(seed, path, expected_address, lambda key: sign_digest(key, digest))


def recover(message: bytes | str, signature: EvmSignature) -> Address | None:
    """The address that personal_signed `message`, or None if no key recovers."""
    return recover_digest(personal_message_hash(message), signature)


def verify(address: Address, message: bytes | str, signature: EvmSignature) -> bool:
    """Whether `signature` is `address`'s personal_sign of `message`."""
    return recover(message, signature) == address
