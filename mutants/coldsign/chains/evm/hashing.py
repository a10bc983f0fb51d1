"""Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256)."""

from __future__ import annotations


def keccak256(data: bytes) -> bytes:
    """The 32-byte Keccak-256 digest of `data` (pycryptodome; Ethereum yellow paper, KEC)."""
    from Crypto.Hash import keccak  # cheap import; kept local so `coldsign --help` never loads it

    return keccak.new(digest_bits=256, data=bytes(data)).digest()
