"""Screening a message before it is signed: does it look like something other than a message?

BIP-137, BIP-322, EIP-191 and EIP-712 all hash a message under a domain tag, so no message
signature is, cryptographically, a transaction signature. But a message whose bytes *are* a
transaction (raw, hex or base64: a Bitcoin transaction or PSBT, an EVM transaction) or a 32-byte
hash is not something an operator means to sign as a message: it is what an insider would try
when a wallet or a verifier somewhere hashes without the prefix. The signer refuses those.
Total: returns a description or None, never raises on any input.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re

from coldsign.errors import DecodeError

_HEX = re.compile(rb"(?:0x|0X)?((?:[0-9a-fA-F]{2})+)")
_B64 = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
MAX_SCREENED = 64 * 1024


def transaction_like(message: bytes) -> str | None:
    """Why `message` looks like a transaction, a PSBT or a hash rather than a message, or None."""
    if len(message) > 2 * MAX_SCREENED + 2:
        return None  # longer than any message the formats accept: refused elsewhere
    candidates: list[tuple[str, bytes]] = [("", message)]
    stripped = b"".join(message.split())
    hex_match = _HEX.fullmatch(stripped)
    if hex_match is not None:
        candidates.append(("hex of ", bytes.fromhex(hex_match.group(1).decode("ascii"))))
    if _B64.fullmatch(stripped) and len(stripped) % 4 == 0 and len(stripped) >= 16:
        with contextlib.suppress(binascii.Error, ValueError):
            candidates.append(("base64 of ", base64.b64decode(stripped, validate=True)))
    for encoding, data in candidates:
        found = _what(data)
        if found is not None:
            return f"the message is {encoding}{found}"
    return None


def _what(data: bytes) -> str | None:
    if len(data) == 32:
        return "a 32-byte value (a hash: signing it could approve anything it hashes)"
    if data.startswith(b"psbt\xff"):
        return "a PSBT"
    from coldsign.codec.tx import parse_tx

    try:
        parse_tx(data)
        return "a Bitcoin transaction"
    except DecodeError:
        pass
    from coldsign.chains.evm.tx import decode_transaction, decode_unsigned

    for decode, label in ((decode_unsigned, "an unsigned"), (decode_transaction, "a signed")):
        try:
            decode(data)
            return f"{label} EVM transaction"
        except DecodeError:
            pass
    return None
