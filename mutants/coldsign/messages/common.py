"""Small pieces every message format shares: message bytes, strict base64, address decoding.

Each is total over untrusted input: `DecodeError` and nothing else.
"""

from __future__ import annotations

import base64
import binascii

from coldsign.codec.script import script_from_address
from coldsign.errors import DecodeError
from coldsign.units import Network

MAX_MESSAGE_BYTES = 64 * 1024  # a message is shown to an operator; anything longer is refused
MAX_SIGNATURE_TEXT = 48 * 1024 * 1024  # base64 of the largest PSBT the codec accepts


def message_bytes(message: bytes | str, what: str = "message") -> bytes:
    """The bytes that are signed: `str` as UTF-8 (DecodeError for lone surrogates), bytes as is.

    Messages longer than MAX_MESSAGE_BYTES are refused: an operator must be able to read them.
    """
    if isinstance(message, str):
        try:
            data = message.encode("utf-8")
        except UnicodeEncodeError:
            raise DecodeError(what, "not encodable as UTF-8 (lone surrogate)") from None
    elif isinstance(message, bytes | bytearray):
        data = bytes(message)
    else:
        raise TypeError("message must be str or bytes")
    if len(data) > MAX_MESSAGE_BYTES:
        raise DecodeError(
            what, f"{len(data)} bytes is more than the {MAX_MESSAGE_BYTES}-byte limit"
        )
    return data


def strict_b64decode(text: str | bytes, what: str) -> bytes:
    """Standard base64 with padding, surrounding whitespace allowed; DecodeError otherwise."""
    if isinstance(text, str):
        try:
            raw_text = text.strip().encode("ascii")
        except UnicodeEncodeError:
            raise DecodeError(what, "invalid base64 (non-ASCII characters)") from None
    elif isinstance(text, bytes | bytearray):
        raw_text = bytes(text).strip()
    else:
        raise TypeError("signature must be str or bytes")
    if len(raw_text) > MAX_SIGNATURE_TEXT:
        raise DecodeError(what, "too long")
    try:
        return base64.b64decode(raw_text, validate=True)
    except (binascii.Error, ValueError):
        raise DecodeError(what, "invalid base64") from None


# Mainnet first; signet shares testnet's encodings, so it is never tried on its own.
_NETWORKS = (Network.MAINNET, Network.TESTNET, Network.REGTEST)


def decode_address(address: str, network: Network | None = None) -> tuple[bytes, Network]:
    """(scriptPubKey, network) of a Bitcoin address; with `network` None, the network whose
    encoding the address uses (mainnet, testnet/signet, regtest). DecodeError if none fits."""
    if network is not None:
        return script_from_address(address, network), network
    first: DecodeError | None = None
    for candidate in _NETWORKS:
        try:
            return script_from_address(address, candidate), candidate
        except DecodeError as exc:
            first = first or exc
    assert first is not None
    raise DecodeError("address", first.reason)


def is_strict_der(sig: bytes) -> bool:
    """BIP-66 IsValidSignatureEncoding: `sig` is DER (r, s) followed by one sighash byte.

    A byte-format check only (no curve arithmetic); BIP-322 requires STRICTENC for ECDSA.
    """
    n = len(sig)
    if n < 9 or n > 73:
        return False
    if sig[0] != 0x30 or sig[1] != n - 3:
        return False
    len_r = sig[3]
    if 5 + len_r >= n:
        return False
    len_s = sig[5 + len_r]
    if len_r + len_s + 7 != n:
        return False
    if sig[2] != 0x02 or len_r == 0 or sig[4] & 0x80:
        return False
    if len_r > 1 and sig[4] == 0x00 and not sig[5] & 0x80:
        return False
    if sig[len_r + 4] != 0x02 or len_s == 0 or sig[len_r + 6] & 0x80:
        return False
    return not (len_s > 1 and sig[len_r + 6] == 0x00 and not sig[len_r + 7] & 0x80)
