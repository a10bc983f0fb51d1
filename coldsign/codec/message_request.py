"""The message request a `message` payload carries in its TRANSACTION record.

A small canonical binary encoding of *what* is to be signed: the format, the signing address,
the BIP-32 path of its key, and the exact message bytes (for EIP-712, the typed data's JSON bytes
exactly as the requester gave them). The approval digest covers these bytes, so approvers sign
off on exactly what the signer will sign.

    request = MAGIC(4) version(1) format(1) var_bytes(address) path var_bytes(message)
    path    = compact_size(n) u32le(index) * n        (n <= 255, as BIP-32 depth is one byte)

Total decoder: any malformation raises DecodeError; a decode-encode round trip is byte-exact
and trailing bytes are refused.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from coldsign.codec.bip32 import format_path
from coldsign.codec.reader import Reader, compact_size, var_bytes
from coldsign.errors import DecodeError

MAGIC = b"csmr"
VERSION = 1
MAX_ADDRESS = 128
MAX_DEPTH = 255
MAX_MESSAGE = 1024 * 1024  # EIP-712 JSON may be up to 1 MiB (messages.eip712.MAX_JSON_BYTES)
WHAT = "message request"


class MessageFormat(enum.Enum):
    """What kind of signature is requested; the value is the name operators type."""

    BIP137 = "bip137"  # legacy "Bitcoin Signed Message" (compact 65-byte, base64)
    BIP322_SIMPLE = "bip322-simple"
    BIP322_FULL = "bip322-full"
    EIP191 = "eip191"  # personal_sign
    EIP712 = "eip712"  # eth_signTypedData_v4

    @property
    def chain(self) -> str:
        """The chain whose keys sign this format."""
        return "ethereum" if self in (MessageFormat.EIP191, MessageFormat.EIP712) else "bitcoin"

    @classmethod
    def parse(cls, text: str) -> MessageFormat:
        """A format by its name; DecodeError naming the known ones."""
        for f in cls:
            if f.value == text:
                return f
        raise DecodeError("format", f"{text!r} is not one of {', '.join(f.value for f in cls)}")


_CODES = {
    MessageFormat.BIP137: 1,
    MessageFormat.BIP322_SIMPLE: 2,
    MessageFormat.BIP322_FULL: 3,
    MessageFormat.EIP191: 4,
    MessageFormat.EIP712: 5,
}
_BY_CODE = {code: fmt for fmt, code in _CODES.items()}


@dataclass(frozen=True)
class MessageRequest:
    """A signature request: `format`, the signing `address` (text as the chain writes it), the
    BIP-32 `path` of its key (from the master), and the exact `message` bytes."""

    format: MessageFormat
    address: str
    path: tuple[int, ...]
    message: bytes

    @property
    def path_text(self) -> str:
        return format_path(self.path, "'")


def serialize_message_request(request: MessageRequest) -> bytes:
    """The canonical encoding (ValueError for a request no decoder would accept: a caller bug)."""
    address = request.address.encode("utf-8")
    if not 0 < len(address) <= MAX_ADDRESS or not request.address.isascii():
        raise ValueError("address must be 1-128 ASCII characters")
    if len(request.path) > MAX_DEPTH or any(not 0 <= i < 2**32 for i in request.path):
        raise ValueError("bad BIP-32 path")
    if len(request.message) > MAX_MESSAGE:
        raise ValueError("message too long")
    path = compact_size(len(request.path)) + b"".join(i.to_bytes(4, "little") for i in request.path)
    return (
        MAGIC
        + bytes([VERSION, _CODES[request.format]])
        + var_bytes(address)
        + path
        + var_bytes(request.message)
    )


def parse_message_request(data: bytes) -> MessageRequest:
    """Decode a message request. Total: DecodeError for anything else than the exact encoding."""
    r = Reader(data, WHAT)
    if r.read(min(len(MAGIC), r.remaining)) != MAGIC:
        raise DecodeError(WHAT, "not a message request (bad magic)", offset=0)
    version = r.read(1)[0]
    if version != VERSION:
        raise DecodeError(WHAT, f"version {version} is not supported (this is {VERSION})")
    code = r.read(1)[0]
    fmt = _BY_CODE.get(code)
    if fmt is None:
        raise DecodeError(WHAT, f"unknown format code {code}")
    raw_address = r.var_bytes()
    if not 0 < len(raw_address) <= MAX_ADDRESS or not all(0x21 <= b < 0x7F for b in raw_address):
        raise DecodeError(WHAT, "address must be 1-128 printable ASCII characters")
    depth = r.compact_size()
    if depth > MAX_DEPTH:
        raise DecodeError(WHAT, f"a path deeper than {MAX_DEPTH} levels")
    path = tuple(int.from_bytes(r.read(4), "little") for _ in range(depth))
    message = r.var_bytes()
    if len(message) > MAX_MESSAGE:
        raise DecodeError(WHAT, f"message longer than {MAX_MESSAGE} bytes")
    r.expect_end()
    return MessageRequest(fmt, raw_address.decode("ascii"), path, message)
