"""BBQr part streams (Coinkite BBQr.md): coldsign.transport.bbqr BBQrJoiner / parse_header.

Input, first byte even -- scanned text: the rest, split at newlines, is fed part by part to a
BBQrJoiner (and joined at the end with `join`).
First byte odd -- a generated stream (atheris.FuzzedDataProvider): one to three files of the
fuzzer's bytes, each split with its own encoding (H, 2, Z), file type and QR version, then parts
of any of them picked, repeated, interleaved, re-cased or corrupted in the fuzzer's order.
Allowed: DecodeError. Round trip: when every accepted part came unchanged (up to letter case)
from one file, a completed joiner returns exactly that file's type and bytes. (BBQr has neither a
checksum nor a file id: a corrupted base32 letter, or a part of another file with the same
header, is accepted by design and changes the result -- the caller's parser must refuse it.)
"""

from __future__ import annotations

import contextlib

import _harness
import atheris

from coldsign.errors import DecodeError
from coldsign.transport import bbqr

ENCODINGS = tuple(bbqr.Encoding)
FILE_TYPES = tuple(bbqr.FileType)
MAX_PICKS = 64


def _scanned(data: bytes) -> None:
    joiner = bbqr.BBQrJoiner()
    parts = [_harness.text(line) for line in data[1:].split(b"\n")]
    for part in parts:
        with contextlib.suppress(DecodeError):
            joiner.add(part)
    if joiner.is_complete:
        joiner.result()
    with contextlib.suppress(DecodeError):
        bbqr.join(parts)


def _corrupt(fdp: atheris.FuzzedDataProvider, part: str) -> str:
    choice = fdp.ConsumeIntInRange(0, 5)
    if choice == 0:
        return part.lower()
    if choice == 1 and part:
        pos = fdp.ConsumeIntInRange(0, len(part) - 1)
        return part[:pos] + chr(fdp.ConsumeIntInRange(32, 126)) + part[pos + 1 :]
    if choice == 2:
        return part[: fdp.ConsumeIntInRange(0, len(part))]
    return part


def _generated(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data[1:])
    files: list[tuple[bbqr.FileType, bytes, list[str]]] = []
    for _ in range(fdp.ConsumeIntInRange(1, 3)):
        body = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 1500)) or b"\x00"
        file_type = FILE_TYPES[fdp.ConsumeIntInRange(0, len(FILE_TYPES) - 1)]
        encoding = ENCODINGS[fdp.ConsumeIntInRange(0, len(ENCODINGS) - 1)]
        try:
            _, parts = bbqr.split(
                body, file_type, encoding, max_version=fdp.ConsumeIntInRange(1, 12)
            )
        except ValueError:  # does not fit the allowed QR versions: nothing to scan
            continue
        files.append((file_type, body, parts))
    if not files:
        return
    joiner = bbqr.BBQrJoiner()
    sources: set[int] = set()
    clean = True
    for _ in range(fdp.ConsumeIntInRange(1, MAX_PICKS)):
        which = fdp.ConsumeIntInRange(0, len(files) - 1)
        parts = files[which][2]
        original = parts[fdp.ConsumeIntInRange(0, len(parts) - 1)]
        part = _corrupt(fdp, original)
        try:
            joiner.add(part)
        except DecodeError:
            continue
        sources.add(which)
        clean = clean and part.upper() == original
        if joiner.is_complete:
            break
    if joiner.is_complete and clean and len(sources) == 1:
        file_type, body, _ = files[sources.pop()]
        _harness.check_equal(joiner.result(), (file_type, body), "BBQr file")


def one_input(data: bytes) -> None:
    if not data:
        return
    if data[0] & 1:
        _generated(data)
    else:
        _scanned(data)


TARGET = _harness.Target("bbqr_stream", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
