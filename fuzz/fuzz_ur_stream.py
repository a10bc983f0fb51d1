"""Multipart UR streams (BCR-2020-005, fountain codes BCR-2024-001): coldsign.transport.ur
URDecoder / parse_part and transport.fountain FountainDecoder, as a scanner feeds them.

Input, first byte even -- scanned text: the rest, split at newlines, is a sequence of scanned
strings fed to a URDecoder and to a MultipartCollector (whose expected kind the first byte picks).
First byte odd -- a generated stream (atheris.FuzzedDataProvider): one to three messages of the
fuzzer's bytes (up to 400), each UR-encoded with its own type and fragment length, then parts of any of them
(pure or mixed fountain parts, any sequence number) picked, repeated, interleaved, re-cased or
corrupted in the order the fuzzer chooses.
Allowed: DecodeError. Round trip: a completed decoder returns exactly the CBOR body of the
message whose part it accepted first (the message CRC-32 in every part's header and the Bytewords
CRC-32 must keep other messages and corrupted parts out), and its UR type when no accepted part
was corrupted (the type in `ur:<type>/` is not covered by a checksum).
"""

from __future__ import annotations

import contextlib

import _harness
import atheris

from coldsign.errors import DecodeError
from coldsign.transport import ur
from coldsign.transport.formats import MultipartCollector
from coldsign.transport.fountain import FountainEncoder

EXPECT = (None, "psbt", "payload", "bytes")
TYPES = ("bytes", "crypto-psbt", "coldsign-payload", "psbt")
MAX_PICKS = 64


def _scanned(data: bytes) -> None:
    decoder = ur.URDecoder()
    collector = MultipartCollector(EXPECT[(data[0] >> 1) % len(EXPECT)])  # type: ignore[arg-type]
    for line in data[1:].split(b"\n"):
        scanned = _harness.text(line)
        with contextlib.suppress(DecodeError):
            decoder.receive(scanned)
        with contextlib.suppress(DecodeError):
            collector.add(scanned)
    if decoder.is_complete:
        decoder.result()


def _part(encoder: ur.UREncoder, seq_num: int) -> str:
    """Part `seq_num` of `encoder`'s stream (pure for seq_num <= seqLen, mixed after)."""
    if encoder.is_single_part:
        return ur.encode(encoder.ur)
    fountain: FountainEncoder = encoder._fountain
    fountain.seq_num = seq_num - 1  # next_part() emits seq_num
    return encoder.next_part()


def _corrupt(fdp: atheris.FuzzedDataProvider, part: str) -> str:
    choice = fdp.ConsumeIntInRange(0, 5)
    if choice == 0:
        return part.upper()
    if choice == 1 and part:
        pos = fdp.ConsumeIntInRange(0, len(part) - 1)
        return part[:pos] + chr(fdp.ConsumeIntInRange(32, 126)) + part[pos + 1 :]
    if choice == 2:
        return part[: fdp.ConsumeIntInRange(0, len(part))]
    return part


def _generated(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data[1:])
    messages = []
    for _ in range(fdp.ConsumeIntInRange(1, 3)):
        body = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 400)) or b"\x00"
        ur_type = TYPES[fdp.ConsumeIntInRange(0, len(TYPES) - 1)]
        fragment_len = fdp.ConsumeIntInRange(10, 200)
        messages.append(ur.UREncoder(ur.UR(ur_type, ur.wrap_bytes(body)), fragment_len))
    decoder = ur.URDecoder()
    first: int | None = None
    clean = True
    for _ in range(fdp.ConsumeIntInRange(1, MAX_PICKS)):
        which = fdp.ConsumeIntInRange(0, len(messages) - 1)
        encoder = messages[which]
        original = _part(encoder, fdp.ConsumeIntInRange(1, 3 * encoder.seq_len + 3))
        part = _corrupt(fdp, original)
        try:
            decoder.receive(part)
        except DecodeError:
            continue
        if first is None:
            first = which
        clean = clean and part.lower() == original
        if decoder.is_complete:
            break
    if decoder.is_complete:
        assert first is not None
        result = decoder.result()
        sent = messages[first].ur
        _harness.check_equal(result.cbor, sent.cbor, "UR message body")
        if clean:
            _harness.check_equal(result.type, sent.type, "UR type")


def one_input(data: bytes) -> None:
    if not data:
        return
    if data[0] & 1:
        _generated(data)
    else:
        _scanned(data)


TARGET = _harness.Target("ur_stream", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
