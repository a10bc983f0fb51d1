"""Uniform Resources (BCR-2020-005): `ur:<type>/<bytewords>` and multipart `ur:<type>/<n>-<m>/...`.

The body is untagged CBOR named by the type. For PSBTs we write `crypto-psbt` (what Sparrow,
SeedSigner and Keystone read) and read the newer `psbt` too; coldsign payloads and manifests use
our own `coldsign-payload`; anything else goes as `bytes`. All three bodies are a CBOR byte string.

Strings are emitted lower case (the canonical form); callers upper-case them for QR alphanumeric
mode. Decoding is case-insensitive and total: anything malformed raises DecodeError naming the
part by its sequence (`3-9`) or as a single part.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from coldsign.errors import DecodeError
from coldsign.transport import bytewords
from coldsign.transport.fountain import (
    MAX_MESSAGE_LEN,
    FountainDecoder,
    FountainEncoder,
    Part,
)

TYPE_PSBT = "crypto-psbt"  # BCR-2020-006 v1 name; what wallets read today
TYPE_PSBT_V2 = "psbt"  # BCR-2020-006 v2 name; read only
TYPE_PAYLOAD = "coldsign-payload"
TYPE_BYTES = "bytes"
PSBT_TYPES = frozenset({TYPE_PSBT, TYPE_PSBT_V2})
_PSBT_TAGS = frozenset({310, 40310})  # tolerated around a top-level PSBT byte string

DEFAULT_FRAGMENT_LEN = 250
# A part string longer than this cannot be a QR code and is refused before decoding.
MAX_PART_CHARS = 2 * (MAX_MESSAGE_LEN + 64) + 256

_TYPE_RE = re.compile(r"[a-z0-9-]{1,64}")
_SEQ_RE = re.compile(r"([1-9][0-9]{0,9})-([1-9][0-9]{0,9})")


@dataclass(frozen=True)
class UR:
    """A UR: its type name and its (untagged) CBOR body."""

    type: str
    cbor: bytes

    def __post_init__(self) -> None:
        if not _TYPE_RE.fullmatch(self.type):
            raise ValueError("UR type must be 1-64 characters of a-z, 0-9 and '-'")


@dataclass(frozen=True)
class ParsedPart:
    """A UR string split into its type, optional (seqNum, seqLen) and Bytewords-decoded body."""

    type: str
    seq: tuple[int, int] | None
    body: bytes

    @property
    def label(self) -> str:
        return f"ur:{self.type}" + ("" if self.seq is None else f"/{self.seq[0]}-{self.seq[1]}")


def wrap_bytes(data: bytes) -> bytes:
    """CBOR byte string holding `data` (the body of crypto-psbt, bytes and coldsign-payload)."""
    import cbor2

    return bytes(cbor2.dumps(bytes(data)))


def unwrap_bytes(
    cbor: bytes, what: str = "UR body", *, tags: frozenset[int] = frozenset()
) -> bytes:
    """The byte string a CBOR body holds; exactly one item, optionally inside one of `tags`."""
    import cbor2

    stream = io.BytesIO(cbor)
    try:
        value = cbor2.CBORDecoder(stream).decode()
    except Exception:  # noqa: BLE001 - cbor2 raises assorted errors on hostile input
        raise DecodeError(what, "not valid CBOR") from None
    if stream.tell() != len(cbor):
        raise DecodeError(what, "trailing bytes after the CBOR item", offset=stream.tell())
    if isinstance(value, cbor2.CBORTag) and value.tag in tags:
        value = value.value
    if not isinstance(value, bytes):
        raise DecodeError(what, "CBOR body is not a byte string")
    return value


def encode(ur: UR) -> str:
    """The single-part string `ur:<type>/<minimal bytewords>` (lower case)."""
    return f"ur:{ur.type}/{bytewords.encode(ur.cbor)}"


def parse_part(text: str) -> ParsedPart:
    """Split and Bytewords-decode one UR string (single or multipart); DecodeError if malformed."""
    if len(text) > MAX_PART_CHARS:
        raise DecodeError("UR part", f"longer than {MAX_PART_CHARS} characters")
    text = text.strip().lower()
    if not text.startswith("ur:"):
        raise DecodeError("UR part", "does not start with 'ur:'")
    components = text[3:].split("/")
    if len(components) not in (2, 3):
        raise DecodeError("UR part", "expected ur:<type>/<body> or ur:<type>/<n>-<m>/<body>")
    ur_type = components[0]
    if not _TYPE_RE.fullmatch(ur_type):
        raise DecodeError("UR part", "type is not 1-64 characters of a-z, 0-9 and '-'")
    if len(components) == 2:
        body = bytewords.decode(components[1], what=f"UR part ur:{ur_type}")
        return ParsedPart(ur_type, None, body)
    match = _SEQ_RE.fullmatch(components[1])
    if match is None:
        raise DecodeError(f"UR part ur:{ur_type}", "sequence is not <n>-<m> with n, m >= 1")
    seq = (int(match.group(1)), int(match.group(2)))
    label = f"UR part {seq[0]}-{seq[1]}"
    if seq[0] > 0xFFFF_FFFF or seq[1] > 0xFFFF_FFFF:
        raise DecodeError(label, "sequence number out of range")
    body = bytewords.decode(components[2], what=label)
    return ParsedPart(ur_type, seq, body)


def decode(text: str) -> UR:
    """A single-part UR string to its UR. DecodeError for a multipart or malformed string."""
    parsed = parse_part(text)
    if parsed.seq is not None:
        raise DecodeError("UR", "this is one part of a multipart UR; scan all of its parts")
    return UR(parsed.type, parsed.body)


class UREncoder:
    """Parts of one UR: the single-part string if it fits one fragment, else fountain parts.

    `next_part()` first yields the `seq_len` pure parts, then mixed parts for ever.
    """

    def __init__(
        self,
        ur: UR,
        max_fragment_len: int = DEFAULT_FRAGMENT_LEN,
        min_fragment_len: int = 10,
        first_seq_num: int = 0,
    ) -> None:
        self.ur = ur
        self._fountain = FountainEncoder(ur.cbor, max_fragment_len, min_fragment_len, first_seq_num)

    @property
    def seq_len(self) -> int:
        return self._fountain.seq_len

    @property
    def fragment_len(self) -> int:
        return self._fountain.fragment_len

    @property
    def seq_num(self) -> int:
        return self._fountain.seq_num

    @property
    def is_single_part(self) -> bool:
        return self._fountain.is_single_part

    def next_part(self) -> str:
        part = self._fountain.next_part()
        if self.is_single_part:
            return encode(self.ur)
        body = bytewords.encode(part.to_cbor())
        return f"ur:{self.ur.type}/{part.seq_num}-{part.seq_len}/{body}"


class URDecoder:
    """Collects UR strings in any order until one UR is complete.

    Refuses (DecodeError naming the part) a malformed part, a type change, a part of a different
    message, a path sequence that disagrees with the part's CBOR, and a single-part UR mixed
    into a multipart stream.
    """

    def __init__(self) -> None:
        self._fountain = FountainDecoder()
        self.type: str | None = None
        self._single: bytes | None = None

    @property
    def is_complete(self) -> bool:
        return self._single is not None or self._fountain.is_complete

    @property
    def progress(self) -> float:
        return 1.0 if self._single is not None else self._fountain.progress

    @property
    def seq_len(self) -> int:
        return 1 if self._single is not None else self._fountain.seq_len

    @property
    def known_fragments(self) -> int:
        return 1 if self._single is not None else self._fountain.known_fragments

    @property
    def processed_parts(self) -> int:
        return 1 if self._single is not None else self._fountain.processed_parts

    def result(self) -> UR:
        if self._single is not None:
            assert self.type is not None
            return UR(self.type, self._single)
        if self.type is None or not self._fountain.is_complete:
            raise ValueError("UR not complete")
        return UR(self.type, self._fountain.result())

    def receive(self, text: str) -> bool:
        """Take one UR string; True if it added something new. DecodeError if it does not fit."""
        parsed = parse_part(text)
        return self.receive_parsed(parsed)

    def receive_parsed(self, parsed: ParsedPart) -> bool:
        label = (
            "UR single part" if parsed.seq is None else f"UR part {parsed.seq[0]}-{parsed.seq[1]}"
        )
        if self.type is not None and parsed.type != self.type:
            raise DecodeError(label, f"type ur:{parsed.type} differs from ur:{self.type} before it")
        if parsed.seq is None:
            if self._fountain.started:
                raise DecodeError(label, "a single-part UR inside a multipart sequence")
            if self._single is not None and self._single != parsed.body:
                raise DecodeError(label, "a different UR than the one already scanned")
            if len(parsed.body) > MAX_MESSAGE_LEN:
                raise DecodeError(label, f"body longer than {MAX_MESSAGE_LEN} bytes")
            new = self._single is None
            self.type = parsed.type
            self._single = parsed.body
            return new
        if self._single is not None:
            raise DecodeError(label, "a multipart part after a complete single-part UR")
        part = Part.from_cbor(parsed.body, label)
        if (part.seq_num, part.seq_len) != parsed.seq:
            raise DecodeError(
                label,
                f"path says {parsed.seq[0]}-{parsed.seq[1]} but the part "
                f"says {part.seq_num}-{part.seq_len}",
            )
        new = self._fountain.receive(part, label)
        self.type = parsed.type
        return new
