"""Mangled BBQr parts raise only DecodeError; split then join is the identity."""

from __future__ import annotations

import contextlib
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.errors import DecodeError
from coldsign.transport import bbqr
from coldsign.transport.bbqr import Encoding, FileType
from coldsign.transport.formats import MultipartCollector

DATA = random.Random(4).randbytes(600) + bytes(600)
SAMPLES = [
    part
    for encoding in Encoding
    for part in bbqr.split(DATA, FileType.PSBT, encoding, max_version=9)[1]
]
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567890$abz=-"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_mangled_parts_only_decode_error(data: st.DataObject) -> None:
    joiner = bbqr.BBQrJoiner()
    collector = MultipartCollector()
    for _ in range(data.draw(st.integers(1, 10))):
        text = data.draw(st.sampled_from(SAMPLES))
        for _ in range(data.draw(st.integers(0, 3))):
            pos = data.draw(st.integers(0, len(text)))
            op = data.draw(st.sampled_from(["cut", "flip", "insert"]))
            if op == "cut":
                text = text[:pos]
            elif op == "flip":
                text = text[:pos] + data.draw(st.sampled_from(ALPHABET)) + text[pos + 1 :]
            else:
                text = text[:pos] + data.draw(st.text(ALPHABET, max_size=9)) + text[pos:]
        with contextlib.suppress(DecodeError):
            joiner.add(text)
        with contextlib.suppress(DecodeError):
            collector.add(text)


@SETTINGS
@given(
    head=st.sampled_from(["B$H", "B$2", "B$Z", "B$Q"]),
    ftype=st.sampled_from("PTJCUBXR"),
    counts=st.tuples(st.integers(0, 1295), st.integers(0, 1295)),
    bodies=st.lists(
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", max_size=64), min_size=1, max_size=6
    ),
)
def test_hostile_headers_and_bodies(
    head: str, ftype: str, counts: tuple[int, int], bodies: list[str]
) -> None:
    joiner = bbqr.BBQrJoiner()
    for index, body in enumerate(bodies):
        index_code = bbqr.int2base36((counts[1] + index) % 1296)
        part = f"{head}{ftype}{bbqr.int2base36(counts[0])}{index_code}{body}"
        with contextlib.suppress(DecodeError):
            joiner.add(part)


@settings(max_examples=80, deadline=None)
@given(
    data=st.binary(min_size=1, max_size=4000),
    encoding=st.sampled_from(list(Encoding)),
    max_version=st.integers(5, 40),
)
def test_split_join_roundtrip(data: bytes, encoding: Encoding, max_version: int) -> None:
    try:
        _, parts = bbqr.split(data, FileType.BINARY, encoding, max_version=max_version)
    except ValueError:
        return  # does not fit 1295 parts at this version
    random.Random(len(data)).shuffle(parts)
    assert bbqr.join(parts) == (FileType.BINARY, data)
