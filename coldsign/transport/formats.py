"""The facade other commands use to put bytes into QR text and to collect them back.

`encode_for_qr(data, kind, fmt, density)` gives the QR strings (UR upper-cased for alphanumeric
mode, BBQr, or base64); `MultipartCollector` accepts those strings, or ones from Sparrow,
SeedSigner, Keystone or Coldcard, in any order and reports progress until `(kind, bytes)` is
complete. Kinds: `psbt` (binary BIP-174 PSBT), `payload` (a coldsign payload or manifest), `tx`
(a raw transaction: BBQr type T, `ur:bytes`), `json` and `text` (wallet files: BBQr J and U,
`ur:bytes`), `cbor` (a wallet UR of the registry, `ur:<type>` with its CBOR body as is) and
`bytes` (anything else). Nothing here judges the bytes; the caller's parser does.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from coldsign.codec.payload import MAGIC as PAYLOAD_MAGIC
from coldsign.codec.psbt import MAGIC as PSBT_MAGIC
from coldsign.errors import DecodeError
from coldsign.transport import bbqr, ur
from coldsign.transport.fountain import MAX_MESSAGE_LEN
from coldsign.units import is_ascii_decimal

Kind = Literal["psbt", "payload", "bytes", "tx", "json", "text", "cbor"]
Fmt = Literal["ur", "bbqr", "base64"]
# Kinds a command can name without more context (`cbor` also needs its UR type).
KINDS: tuple[str, ...] = tuple(k for k in get_args(Kind) if k != "cbor")
FORMATS: tuple[str, ...] = get_args(Fmt)


_UR_TYPE_FOR: dict[str, str] = {
    "psbt": ur.TYPE_PSBT,
    "payload": ur.TYPE_PAYLOAD,
    "bytes": ur.TYPE_BYTES,
    "tx": ur.TYPE_BYTES,  # a raw transaction travels as ur:bytes (Sparrow, Keystone)
    "json": ur.TYPE_BYTES,
    "text": ur.TYPE_BYTES,
}
_KIND_FOR_UR_TYPE: dict[str, Kind] = {
    ur.TYPE_PSBT: "psbt",
    ur.TYPE_PSBT_V2: "psbt",
    ur.TYPE_PAYLOAD: "payload",
    ur.TYPE_BYTES: "bytes",
}
_BBQR_TYPE_FOR: dict[str, bbqr.FileType] = {
    "psbt": bbqr.FileType.PSBT,
    "payload": bbqr.FileType.BINARY,
    "bytes": bbqr.FileType.BINARY,
    "tx": bbqr.FileType.TXN,  # Coinkite's letter for a signed transaction
    "json": bbqr.FileType.JSON,
    "text": bbqr.FileType.UNICODE,
}
_CARRIED_AS_BYTES = ("tx", "json", "text")
_KIND_FOR_BBQR_TYPE: dict[bbqr.FileType, Kind] = {
    bbqr.FileType.PSBT: "psbt",
    bbqr.FileType.TXN: "tx",
    bbqr.FileType.JSON: "json",
    bbqr.FileType.UNICODE: "text",
}
# Specter's multipart base64 convention: "p<M>of<N> <chunk>".
_PMOFN_RE = re.compile(r"p([1-9][0-9]{0,4})of([1-9][0-9]{0,4}) (\S+)")
_B64_RE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_HEX_PSBT_RE = re.compile(r"70736274ff(?:[0-9a-f]{2})*")
MAX_BASE64_PARTS = 10_000


@dataclass(frozen=True)
class Density:
    """What one frame carries: UR fragment bytes, the largest BBQr QR version, base64 chars."""

    name: str
    ur_fragment_len: int
    bbqr_max_version: int
    base64_chars: int


# Chosen so a frame stays near QR v9 / v13 / v17 (UR 80 / 250 / 400-byte fragments; Sparrow's
# "low" and "normal" and the 250-byte value the 2021 airgapped-wallet discussion settled on).
DENSITIES: dict[str, Density] = {
    "low": Density("low", 80, 9, 250),
    "medium": Density("medium", 250, 13, 500),
    "high": Density("high", 400, 17, 800),
}
MIN_FRAGMENT_LEN = 10
MAX_FRAGMENT_LEN = 2000


def parse_density(value: str | int | Density) -> Density:
    """`low`, `medium`, `high`, or a UR fragment size in bytes (10..2000) -> Density.

    Raises ValueError for anything else (the CLI turns it into a usage error).
    """
    if isinstance(value, Density):
        return value
    text = str(value).strip().lower()
    if text in DENSITIES:
        return DENSITIES[text]
    if not is_ascii_decimal(text):
        raise ValueError("density must be low, medium, high or a number of bytes")
    size = int(text)
    if not MIN_FRAGMENT_LEN <= size <= MAX_FRAGMENT_LEN:
        raise ValueError(f"density in bytes must be {MIN_FRAGMENT_LEN}..{MAX_FRAGMENT_LEN}")
    # The same bytes as base32 characters (8 per 5 bytes) plus the header: the smallest fitting
    # QR version bounds BBQr parts; base64 carries 4 characters per 3 bytes.
    needed = -(-size * 8 // 5) + bbqr.HEADER_LEN
    version = next((v for v in range(1, 41) if bbqr.ALNUM_CAPACITY_L[v] >= needed), 40)
    return Density(f"{size} bytes", size, max(version, 1), -(-size * 4 // 3))


def sniff_kind(data: bytes) -> Kind:
    """`psbt` for a binary PSBT, `payload` for a coldsign payload, otherwise `bytes`."""
    if data.startswith(PSBT_MAGIC):
        return "psbt"
    return "payload" if data.startswith(PAYLOAD_MAGIC) else "bytes"


def raw_transaction_bytes(data: bytes) -> bytes:
    """A raw transaction as bytes: hex text (with or without 0x, as `*-final.txn` files and
    `payload finalize` hold it) is decoded; binary is kept. DecodeError for odd hex."""
    text = data.strip()
    if text[:2].lower() == b"0x":
        text = text[2:]
    if text and all(c in b"0123456789abcdefABCDEF" for c in text):
        if len(text) % 2:
            raise DecodeError("raw transaction", "odd number of hex digits")
        return bytes.fromhex(text.decode("ascii"))
    return data


def ur_encoder(
    data: bytes, kind: Kind, density: str | int | Density = "medium", *, ur_type: str | None = None
) -> ur.UREncoder:
    """A UR encoder for `data` (its fountain stream never ends; see UREncoder). For kind `cbor`,
    `data` is the CBOR body of a `ur:<ur_type>`; other kinds wrap `data` in a byte string."""
    dens = parse_density(density)
    return ur.UREncoder(_ur_of(data, kind, ur_type), dens.ur_fragment_len)


def _ur_of(data: bytes, kind: Kind, ur_type: str | None) -> ur.UR:
    if kind == "cbor":
        if ur_type is None:
            raise ValueError("a cbor message needs its UR type")
        return ur.UR(ur_type, data)
    if ur_type is not None:
        raise ValueError("only a cbor message names its UR type")
    return ur.UR(_UR_TYPE_FOR[kind], ur.wrap_bytes(data))


def ur_stream(data: bytes, kind: Kind, density: str | int | Density = "medium") -> Iterator[str]:
    """Endless upper-case UR parts: the pure parts first, then mixed fountain parts."""
    encoder = ur_encoder(data, kind, density)
    while True:
        yield encoder.next_part().upper()


def encode_for_qr(
    data: bytes,
    kind: Kind,
    fmt: Fmt,
    density: str | int | Density = "medium",
    *,
    frames: int | None = None,
    ur_type: str | None = None,
) -> list[str]:
    """The QR strings for `data`.

    UR: `frames` parts (default: one per fragment; more gives fountain parts for a lossy
    receiver), upper case. BBQr: every part (Z encoding; type P for PSBTs, T for transactions,
    J for JSON, U for text, else B), repeated cyclically up to `frames`. base64: one string, or
    Specter-style `p1of3 ...` parts. Kind `cbor` (a registry UR named by `ur_type`) is UR only.
    Raises ValueError for empty or oversized data, a bad density, or a cbor message in another
    format.
    """
    if (kind not in KINDS and kind != "cbor") or fmt not in FORMATS:
        raise ValueError("unknown kind or format")
    if kind == "cbor" and fmt != "ur":
        raise ValueError(f"ur:{ur_type} is a UR type: show it with the ur format")
    if not data:
        raise ValueError("nothing to encode")
    if len(data) > MAX_MESSAGE_LEN:
        raise ValueError(f"data larger than {MAX_MESSAGE_LEN} bytes")
    dens = parse_density(density)
    if fmt == "ur":
        encoder = ur_encoder(data, kind, dens, ur_type=ur_type)
        count = encoder.seq_len if frames is None else max(1, frames)
        if encoder.is_single_part:
            count = 1
        return [encoder.next_part().upper() for _ in range(count)]
    if fmt == "bbqr":
        _, parts = bbqr.split(
            data, _BBQR_TYPE_FOR[kind], bbqr.Encoding.ZLIB, max_version=dens.bbqr_max_version
        )
    else:
        text = base64.b64encode(data).decode("ascii")
        size = dens.base64_chars
        if len(text) <= size:
            parts = [text]
        else:
            chunks = [text[i : i + size] for i in range(0, len(text), size)]
            if len(chunks) > MAX_BASE64_PARTS:
                raise ValueError("too large for base64 parts; use ur or bbqr")
            parts = [f"p{i}of{len(chunks)} {c}" for i, c in enumerate(chunks, start=1)]
    if frames is not None and frames > len(parts):
        parts = [parts[i % len(parts)] for i in range(frames)]
    return parts


@dataclass(frozen=True)
class Progress:
    """Where a collection stands after one more part."""

    format: str  # "ur", "bbqr" or "base64"
    new: bool  # False for a duplicate
    known: int  # fragments / parts known
    total: int  # fragments / parts needed (UR: seqLen)
    fraction: float
    complete: bool
    label: str  # the part's header or sequence, for progress lines

    def describe(self) -> str:
        state = "complete" if self.complete else f"{self.fraction:.0%}"
        dup = "" if self.new else " (duplicate)"
        return f"{self.label}{dup}: {state} ({self.known}/{self.total})"


def part_label(text: str) -> str:
    """A short, printable name for a part: its UR sequence, BBQr header or base64 prefix."""
    stripped = text.strip()
    if stripped[:3].lower() == "ur:":
        head = "/".join(stripped.split("/")[:2]) if stripped.count("/") >= 2 else stripped[:24]
        label = head.lower()[:40]
    elif bbqr.looks_like_bbqr(stripped):
        label = stripped[: bbqr.HEADER_LEN]
    else:
        match = re.match(r"p[0-9]+of[0-9]+", stripped)
        label = match.group(0) if match else "base64 " + stripped[:8] + ".."
    return re.sub(r"[^ -~]", "?", label)


class MultipartCollector:
    """Accepts UR, BBQr or base64 part strings in any order until one message is complete.

    `expect` refuses a message of another kind. `ur_types` names registry UR types (wallet
    keys, descriptors, ERC-4527 requests) the caller reads: their CBOR body completes as kind
    `cbor`, and `ur_type` tells which type it was. Any malformed part, a part of a different
    message or format, or a wrong kind raises DecodeError naming the part once (its position in
    the input and its header or sequence).
    """

    def __init__(
        self, expect: Kind | None = None, *, ur_types: frozenset[str] | set[str] = frozenset()
    ) -> None:
        if expect is not None and expect not in KINDS and expect != "cbor":
            raise ValueError("unknown kind")
        if expect == "cbor" and not ur_types:
            raise ValueError("expecting cbor needs the UR types to accept")
        self.expect = expect
        self.ur_types = frozenset(ur_types)
        self.ur_type: str | None = None
        self.format: str | None = None
        self.count = 0
        self._ur = ur.URDecoder()
        self._bbqr = bbqr.BBQrJoiner()
        self._b64_total = 0
        self._b64_parts: dict[int, str] = {}
        self._result: tuple[Kind, bytes] | None = None

    @property
    def is_complete(self) -> bool:
        return self._result is not None

    def result(self) -> tuple[Kind, bytes]:
        if self._result is None:
            raise ValueError("not complete")
        return self._result

    def add(self, text: str) -> Progress:
        """Take one scanned string. DecodeError (exit 3) if it is refused."""
        self.count += 1
        label = part_label(text)
        what = f"QR part {self.count} ({label})"
        try:
            return self._add(text.strip(), label, what)
        except DecodeError as exc:
            if exc.what == what:
                raise  # already names this part; wrapping it again would say so twice
            reason = exc.reason if exc.what.startswith(("UR part", "BBQr part")) else str(exc)
            raise DecodeError(what, reason) from None

    def _add(self, text: str, label: str, what: str) -> Progress:
        if not text:
            raise DecodeError(what, "empty")
        fmt = _format_of(text)
        if self.format is None:
            self.format = fmt
        elif fmt != self.format:
            raise DecodeError(what, f"a {fmt} part in a {self.format} sequence")
        if self._result is not None:
            return self._done_progress(label)
        if fmt == "ur":
            parsed = ur.parse_part(text)
            self._check_ur_type(parsed.type, what)
            new = self._ur.receive_parsed(parsed)
            if self._ur.is_complete:
                result = self._ur.result()
                if result.type in self.ur_types:
                    self.ur_type = result.type
                    self._finish("cbor", result.cbor, what)
                else:
                    kind = _KIND_FOR_UR_TYPE[result.type]
                    tags = ur._PSBT_TAGS if kind == "psbt" else frozenset()
                    data = ur.unwrap_bytes(result.cbor, f"ur:{result.type} body", tags=tags)
                    self._finish(kind, data, what)
            return Progress(
                "ur", new, self._ur.known_fragments, self._ur.seq_len, self._ur.progress,
                self.is_complete, label,
            )  # fmt: skip
        if fmt == "bbqr":
            new = self._bbqr.add(text)
            file_type = self._bbqr.file_type
            self._check_bbqr_type(file_type, what)
            if self._bbqr.is_complete:
                file_type, data = self._bbqr.result()
                kind = self._kind_for_bbqr(file_type, data)
                self._finish(kind, data, what)
            return Progress(
                "bbqr", new, self._bbqr.received, self._bbqr.total, self._bbqr.progress,
                self.is_complete, label,
            )  # fmt: skip
        return self._add_base64(text, label, what)

    def _check_ur_type(self, ur_type: str, what: str) -> None:
        if ur_type in self.ur_types:
            return
        kind = _KIND_FOR_UR_TYPE.get(ur_type)
        if kind is None or self.expect == "cbor":
            known = ", ".join(sorted(self.ur_types if self.expect == "cbor" else
                                     set(_KIND_FOR_UR_TYPE) | self.ur_types))  # fmt: skip
            raise DecodeError(
                what, f"UR type ur:{ur_type} is not one coldsign reads here ({known})"
            )
        if kind == "bytes" and self.expect in _CARRIED_AS_BYTES:
            return
        if self.expect is not None and kind != self.expect and self.expect != "bytes":
            raise DecodeError(what, f"ur:{ur_type} is a {kind}, but a {self.expect} was expected")

    def _check_bbqr_type(self, file_type: bbqr.FileType | None, what: str) -> None:
        if file_type is None or self.expect is None or self.expect == "bytes":
            return
        typed = _KIND_FOR_BBQR_TYPE.get(file_type)
        if self.expect in ("psbt", "tx", "json", "text", "cbor"):
            ok = typed == self.expect
        else:  # a payload travels as type B
            ok = typed is None
        if not ok:
            raise DecodeError(
                what, f"BBQr file type {file_type.value} does not hold a {self.expect}"
            )

    def _kind_for_bbqr(self, file_type: bbqr.FileType, data: bytes) -> Kind:
        typed = _KIND_FOR_BBQR_TYPE.get(file_type)
        if typed is not None:
            return typed
        return "payload" if self.expect == "payload" else sniff_kind(data)

    def _add_base64(self, text: str, label: str, what: str) -> Progress:
        match = _PMOFN_RE.fullmatch(text)
        if match is None:
            if self._b64_total:
                raise DecodeError(what, "a plain string inside a pMofN sequence")
            self._b64_total = 1
            data = _decode_single_text(text, what)
            self._finish(self._kind_for_bytes(data), data, what)
            return Progress("base64", True, 1, 1, 1.0, True, label)
        index, total, chunk = int(match.group(1)), int(match.group(2)), match.group(3)
        if total > MAX_BASE64_PARTS or index > total:
            raise DecodeError(what, f"part {index} of {total} is out of range")
        if self._b64_total and total != self._b64_total:
            raise DecodeError(what, f"says {total} parts; earlier parts said {self._b64_total}")
        self._b64_total = total
        old = self._b64_parts.get(index)
        if old is not None and old != chunk:
            raise DecodeError(what, "differs from an earlier part with the same number")
        if sum(map(len, self._b64_parts.values())) + len(chunk) > 2 * MAX_MESSAGE_LEN:
            raise DecodeError(what, "message too large")
        self._b64_parts[index] = chunk
        if len(self._b64_parts) == total:
            joined = "".join(self._b64_parts[i] for i in range(1, total + 1))
            data = _b64decode(joined, f"base64 message of {total} parts")
            self._finish(self._kind_for_bytes(data), data, what)
        return Progress(
            "base64", old is None, len(self._b64_parts), total, len(self._b64_parts) / total,
            self.is_complete, label,
        )  # fmt: skip

    def _kind_for_bytes(self, data: bytes) -> Kind:
        kind = sniff_kind(data)
        return "payload" if kind == "bytes" and self.expect == "payload" else kind

    def _finish(self, kind: Kind, data: bytes, what: str) -> None:
        if not data:
            raise DecodeError(what, "the message is empty")
        if kind == "bytes" and self.expect in _CARRIED_AS_BYTES:
            kind = self.expect  # ur:bytes and base64 carry transactions and wallet files too
        if self.expect is not None and self.expect != "bytes" and kind != self.expect:
            raise DecodeError(what, f"the message is a {kind}, but a {self.expect} was expected")
        self._result = (kind, data)

    def _done_progress(self, label: str) -> Progress:
        return Progress(self.format or "?", False, 1, 1, 1.0, True, label)


def _format_of(text: str) -> str:
    if text[:3].lower() == "ur:":
        return "ur"
    if bbqr.looks_like_bbqr(text):
        return "bbqr"
    return "base64"


def _decode_single_text(text: str, what: str) -> bytes:
    if _HEX_PSBT_RE.fullmatch(text.lower()):  # Coldcard may show a PSBT as hex
        return bytes.fromhex(text)
    return _b64decode(text, what)


def _b64decode(text: str, what: str) -> bytes:
    if len(text) > 2 * MAX_MESSAGE_LEN or not _B64_RE.fullmatch(text) or len(text) % 4:
        raise DecodeError(what, "not UR, BBQr, or valid base64")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise DecodeError(what, "not valid base64") from None


def collect(
    parts: list[str], expect: Kind | None = None, *, ur_types: frozenset[str] = frozenset()
) -> tuple[Kind, bytes]:
    """Feed `parts` to a collector; DecodeError if refused or incomplete."""
    collector = MultipartCollector(expect, ur_types=ur_types)
    progress: Progress | None = None
    for text in parts:
        if collector.is_complete:
            break
        progress = collector.add(text)
    if not collector.is_complete:
        done = (
            "no parts"
            if progress is None
            else f"{progress.fraction:.0%} after {collector.count} parts"
        )
        raise DecodeError("QR message", f"incomplete: {done}")
    return collector.result()
