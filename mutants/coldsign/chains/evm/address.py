"""Ethereum account addresses and their EIP-55 mixed-case checksum.

An address is the last 20 bytes of Keccak-256 of the uncompressed public key (without its 0x04
prefix). Text input must be "0x" plus 40 hex digits; if it mixes upper and lower case, the case
must be the EIP-55 checksum, otherwise it is refused. All-lower and all-upper input carry no
checksum and are accepted as such (EIP-55: "backwards compatible").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coldsign.chains.evm.hashing import keccak256
from coldsign.errors import DecodeError

ADDRESS_SIZE = 20
_HEX40 = re.compile(r"0x[0-9a-fA-F]{40}")


def _checksum_text(raw: bytes) -> str:
    """EIP-55: hex digit i is upper case iff nibble i of keccak256(lower-case hex) is >= 8."""
    lower = raw.hex()
    digest = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if c in "abcdef" and int(digest[i], 16) >= 8 else c for i, c in enumerate(lower)
    )


@dataclass(frozen=True)
class Address:
    """A 20-byte account address; compares by bytes, renders in EIP-55 checksum form."""

    raw: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.raw, bytes) or len(self.raw) != ADDRESS_SIZE:
            raise ValueError("an address is exactly 20 bytes")

    @property
    def checksummed(self) -> str:
        """The EIP-55 mixed-case form, "0x" + 40 hex digits."""
        return _checksum_text(self.raw)

    @property
    def lower(self) -> str:
        return "0x" + self.raw.hex()

    def __str__(self) -> str:
        return self.checksummed

    @classmethod
    def parse(cls, text: str, what: str = "address") -> Address:
        """Parse "0x" + 40 hex digits (EIP-55). Mixed case must carry a valid checksum.

        Raises DecodeError for any other shape or a wrong checksum.
        """
        if not isinstance(text, str) or not _HEX40.fullmatch(text):
            raise DecodeError(what, "expected 0x followed by 40 hexadecimal digits")
        raw = bytes.fromhex(text[2:])
        digits = text[2:]
        mixed = digits not in (digits.lower(), digits.upper())
        if mixed and text != _checksum_text(raw):
            raise DecodeError(what, "mixed-case address with a wrong EIP-55 checksum")
        return cls(raw)


def to_checksum_address(raw: bytes) -> str:
    """The EIP-55 checksum text of a 20-byte address (ValueError if not 20 bytes)."""
    return Address(bytes(raw)).checksummed


def is_checksum_address(text: str) -> bool:
    """True only for text that is exactly the EIP-55 checksum form of some address."""
    return (
        isinstance(text, str)
        and bool(_HEX40.fullmatch(text))
        and (_checksum_text(bytes.fromhex(text[2:])) == text)
    )


def address_from_public_key(public_key: bytes) -> Address:
    """The address of a secp256k1 public key given as 33 (compressed) or 65 (uncompressed) bytes.

    Raises DecodeError if the bytes are not a point on the curve.
    """
    from coincurve import PublicKey

    data = bytes(public_key)
    if len(data) not in (33, 65):
        raise DecodeError("public key", f"expected 33 or 65 bytes, found {len(data)}")
    try:
        point = PublicKey(data).format(compressed=False)
    except ValueError:
        raise DecodeError("public key", "not a valid secp256k1 point") from None
    return Address(keccak256(point[1:])[-ADDRESS_SIZE:])
