"""Scanned QR text of any format: coldsign.transport.formats (format sniffing of UR, BBQr, plain
and Specter-style `pMofN` base64, hex PSBTs; MultipartCollector, collect, part_label, sniff_kind).

Input, first byte even -- scanned text: the rest, split at newlines, goes to a MultipartCollector
(its expected kind chosen by the first byte) and to `collect`.
First byte odd -- a generated scan (atheris.FuzzedDataProvider): one or two messages of the
fuzzer's bytes encoded with `encode_for_qr` in the fuzzer's format, kind, density and frame count,
then parts picked, repeated, interleaved and corrupted in the fuzzer's order.
Allowed: DecodeError. Round trip: when every accepted part came unchanged from one message, a
complete collector returns exactly that message's bytes.
"""

from __future__ import annotations

import contextlib

import _harness
import atheris

from coldsign.errors import DecodeError
from coldsign.transport.formats import (
    FORMATS,
    KINDS,
    MultipartCollector,
    collect,
    encode_for_qr,
    part_label,
    sniff_kind,
)

EXPECT = (None, *KINDS)
DENSITIES = ("low", "medium", "high", "40", "120")
MAX_PICKS = 48


def _scanned(data: bytes) -> None:
    expect = EXPECT[(data[0] >> 1) % len(EXPECT)]
    collector = MultipartCollector(expect)  # type: ignore[arg-type]
    parts = [_harness.text(line) for line in data[1:].split(b"\n")]
    for part in parts:
        part_label(part)
        with contextlib.suppress(DecodeError):
            collector.add(part)
    if collector.is_complete:
        kind, message = collector.result()
        assert kind in KINDS and message
        sniff_kind(message)
    with contextlib.suppress(DecodeError):
        collect(parts, expect)  # type: ignore[arg-type]


def _generated(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data[1:])
    messages: list[tuple[bytes, list[str]]] = []
    for _ in range(fdp.ConsumeIntInRange(1, 2)):
        body = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 1200)) or b"\x01"
        parts = encode_for_qr(
            body,
            KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)],
            FORMATS[fdp.ConsumeIntInRange(0, len(FORMATS) - 1)],
            DENSITIES[fdp.ConsumeIntInRange(0, len(DENSITIES) - 1)],
            frames=fdp.ConsumeIntInRange(1, 12) if fdp.ConsumeBool() else None,
        )
        messages.append((body, parts))
    collector = MultipartCollector(EXPECT[fdp.ConsumeIntInRange(0, len(EXPECT) - 1)])
    sources: set[int] = set()
    clean = True
    for _ in range(fdp.ConsumeIntInRange(1, MAX_PICKS)):
        which = fdp.ConsumeIntInRange(0, len(messages) - 1)
        parts = messages[which][1]
        original = parts[fdp.ConsumeIntInRange(0, len(parts) - 1)]
        part = original
        if fdp.ConsumeIntInRange(0, 7) == 0 and part:
            pos = fdp.ConsumeIntInRange(0, len(part) - 1)
            part = part[:pos] + chr(fdp.ConsumeIntInRange(32, 126)) + part[pos + 1 :]
        try:
            collector.add(part)
        except DecodeError:
            continue
        sources.add(which)
        clean = clean and part == original
        if collector.is_complete:
            break
    if collector.is_complete and clean and len(sources) == 1:
        _, message = collector.result()
        _harness.check_equal(message, messages[sources.pop()][0], "QR message")


def one_input(data: bytes) -> None:
    if not data:
        return
    if data[0] & 1:
        _generated(data)
    else:
        _scanned(data)


TARGET = _harness.Target("qr_text", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
