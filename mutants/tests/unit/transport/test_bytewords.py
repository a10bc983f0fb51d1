"""Bytewords (BCR-2020-012) against the bc-ur, Research and Hummingbird vectors."""

from __future__ import annotations

import zlib

import pytest

from coldsign.errors import DecodeError
from coldsign.transport import bytewords
from coldsign.transport.bytewords import Style
from tests.conftest import vector

V = vector("ur/bytewords.json")
STYLES = [Style.STANDARD, Style.URI, Style.MINIMAL]


def test_wordlist_matches_spec() -> None:
    assert list(bytewords.WORDS) == V["wordlist"]


VALID = [(c, s) for c in V["valid"] for s in STYLES if s.value in c]


@pytest.mark.parametrize(("case", "style"), VALID, ids=[f"{c['name']}-{s.value}" for c, s in VALID])
def test_valid(case: dict[str, str], style: Style) -> None:
    data = bytes.fromhex(case["input_hex"])
    assert bytewords.encode(data, style) == case[style.value]
    assert bytewords.decode(case[style.value], style) == data
    assert bytewords.decode(case[style.value].upper(), style) == data


@pytest.mark.parametrize(
    "case", V["invalid"], ids=[f"{c['name']}-{c['style']}" for c in V["invalid"]]
)
def test_invalid(case: dict[str, str]) -> None:
    with pytest.raises(DecodeError):
        bytewords.decode(case["text"], Style(case["style"]))


def test_checksum_with_leading_zero_byte_is_four_bytes() -> None:
    # foundation-ur-py issue #3: a CRC like 0x0038eae3 must still be serialized as 4 bytes.
    for n in range(2000):
        data = n.to_bytes(2, "big")
        if zlib.crc32(data) < 1 << 24:
            text = bytewords.encode(data)
            assert len(text) == 2 * (len(data) + 4)
            assert bytewords.decode(text) == data
            return
    pytest.fail("no short CRC found")


@pytest.mark.parametrize("text", ["aeadaolazmjendeot", "aeadaolazmjendeoxx", "ae ad", "able-acid"])
def test_malformed_minimal(text: str) -> None:
    with pytest.raises(DecodeError):
        bytewords.decode(text)
