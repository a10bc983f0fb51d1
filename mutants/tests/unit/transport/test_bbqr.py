"""BBQr split and join against Coinkite's vectors, and its header and length checks."""

from __future__ import annotations

import base64
import hashlib
import random
from pathlib import Path

import pytest

from coldsign.errors import DecodeError
from coldsign.transport import bbqr
from coldsign.transport.bbqr import Encoding, FileType
from tests.conftest import vector, vector_path

B = vector("bbqr/bbqr.json")
DATA = vector_path("bbqr/data")


def _input(spec: str) -> bytes:
    return (
        spec[5:].encode() if spec.startswith("utf8:") else (vector_path("bbqr") / spec).read_bytes()
    )


def test_capacity_table_matches_spec() -> None:
    for row in B["capacity_table_from_spec"]:
        assert bbqr.ALNUM_CAPACITY_L[row["version"]] == row["alnum_chars_L"]
        assert (bbqr.ALNUM_CAPACITY_L[row["version"]] - bbqr.HEADER_LEN) // 2 == row[
            "hex_payload_bytes"
        ]


@pytest.mark.parametrize("case", B["base36_vectors"], ids=lambda c: c["s"])
def test_base36(case: dict[str, object]) -> None:
    assert bbqr.int2base36(int(str(case["n"]))) == case["s"]
    assert bbqr.base36_to_int(str(case["s"])) == case["n"]


@pytest.mark.parametrize("case", B["join_vectors"], ids=lambda c: c["name"][:20])
def test_join_real_scan(case: dict[str, object]) -> None:
    file_type, data = bbqr.join(list(case["scanned_lines"]))  # type: ignore[call-overload]
    assert file_type is FileType(case["expected_file_type"])
    assert len(data) == int(str(case["expected_len"]))
    assert hashlib.sha256(data).hexdigest() == case["expected_sha256"]
    assert data.decode() == case["expected_text_utf8"]
    for needle in case["expected_contains"]:  # type: ignore[attr-defined]
        assert needle in data.decode()
    # The unique parts in any order give the same file.
    parts = list(case["unique_parts_sorted"])  # type: ignore[call-overload]
    random.Random(1).shuffle(parts)
    assert bbqr.join(parts) == (file_type, data)


@pytest.mark.parametrize("case", B["split_vectors"], ids=lambda c: c["name"])
def test_split(case: dict[str, object]) -> None:
    data = _input(str(case["input"]))
    args = dict(case["args"])  # type: ignore[call-overload]
    encoding = Encoding(args.pop("encoding"))
    file_type = FileType(args.pop("file_type"))
    version, parts = bbqr.split(data, file_type, encoding, **args)
    expected = list(case["expected_parts"])  # type: ignore[call-overload]
    assert version == case["expected_version"]
    assert bbqr.join(expected) == (file_type, data)
    if encoding is Encoding.ZLIB:
        # DEFLATE output may differ between zlib builds; the split geometry may not.
        assert [len(p) for p in parts] == [len(p) for p in expected]
        assert [p[:8] for p in parts] == [p[:8] for p in expected]
        assert bbqr.join(parts) == (file_type, data)
    else:
        assert parts == expected


@pytest.mark.parametrize("path", sorted(DATA.iterdir()), ids=lambda p: p.name)
@pytest.mark.parametrize("encoding", list(Encoding), ids=lambda e: e.value)
def test_data_files_roundtrip(path: Path, encoding: Encoding) -> None:
    data = path.read_bytes()
    file_type = FileType.PSBT if path.suffix == ".psbt" else FileType.TXN
    for max_version in (11, 25, 40):
        _, parts = bbqr.split(data, file_type, encoding, max_version=max_version)
        assert all(p.startswith("B$") for p in parts)
        shuffled = parts + parts[:2]
        random.Random(max_version).shuffle(shuffled)
        assert bbqr.join(shuffled) == (file_type, data)


def test_z_falls_back_to_base32_when_compression_does_not_help() -> None:
    data = random.Random(3).randbytes(500)
    _, parts = bbqr.split(data, FileType.BINARY, Encoding.ZLIB)
    assert parts[0].startswith("B$2B")


def test_join_accepts_lower_case_scans() -> None:
    _, parts = bbqr.split(b"Hello world", FileType.UNICODE, Encoding.BASE32)
    assert bbqr.join([p.lower() for p in parts]) == (FileType.UNICODE, b"Hello world")


# ------------------------------------------------------------------------------- refusals


def _parts(n: int = 3, encoding: Encoding = Encoding.BASE32) -> list[str]:
    data = random.Random(n).randbytes(80 * n - 10)
    _, parts = bbqr.split(data, FileType.BINARY, encoding, max_version=5, min_split=n, max_split=n)
    assert len(parts) == n
    return parts


@pytest.mark.parametrize(
    ("part", "reason"),
    [
        ("", "header"),
        ("B$", "header"),
        ("X$2B0100ABCD", "header"),
        ("B$QB0100ABCD", "header"),
        ("B$2X0100ABCD", "file type"),
        ("B$2B0000ABCD", "count is zero"),
        ("B$2B0202ABCD", "not below"),
        ("B$2B01-0ABCD", "header"),
        ("B$HB0100ABCG", "alphabet"),
        ("B$2B0100ABC1", "alphabet"),
        ("B$HB0100ABC", "odd"),
        ("B$2B0100ABC", "whole byte"),
        ("B$2B0100", "empty"),
    ],
)
def test_add_refuses(part: str, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        bbqr.BBQrJoiner().add(part)


def test_refuses_part_from_another_file() -> None:
    joiner = bbqr.BBQrJoiner()
    parts = _parts(3)
    joiner.add(parts[0])
    other = _parts(4)
    with pytest.raises(DecodeError, match=r"B\$2B0401.*does not belong"):
        joiner.add(other[1])
    with pytest.raises(DecodeError, match="does not belong"):
        joiner.add("B$HB0301" + "AB" * 10)


def test_refuses_conflicting_duplicate() -> None:
    joiner = bbqr.BBQrJoiner()
    parts = _parts(3)
    joiner.add(parts[1])
    assert not joiner.add(parts[1])
    changed = parts[1][:-8] + ("AAAAAAAA" if not parts[1].endswith("AAAAAAAA") else "BBBBBBBB")
    with pytest.raises(DecodeError, match=r"B\$2B0301.*same index"):
        joiner.add(changed)


def test_refuses_inconsistent_lengths() -> None:
    parts = _parts(3)
    joiner = bbqr.BBQrJoiner()
    joiner.add(parts[0])
    with pytest.raises(DecodeError, match="differs"):
        joiner.add(parts[1][:-8])
    joiner = bbqr.BBQrJoiner()
    joiner.add(parts[0])
    with pytest.raises(DecodeError, match="longer"):
        joiner.add(parts[2] + "A" * (len(parts[0]) - len(parts[2]) + 8))


def test_incomplete_join() -> None:
    with pytest.raises(DecodeError, match="incomplete: 2 of 3"):
        bbqr.join(_parts(3)[:2])


def _z_parts(raw: bytes) -> list[str]:
    text = base64.b32encode(raw).decode().rstrip("=")
    return ["B$ZB0100" + text]


def test_refuses_corrupt_or_truncated_deflate() -> None:
    good = bbqr._deflate(b"hello hello hello hello hello")
    with pytest.raises(DecodeError, match="truncated"):
        bbqr.join(_z_parts(good[:-3]))
    with pytest.raises(DecodeError, match=r"corrupt|truncated"):
        bbqr.join(_z_parts(b"\xff" * 20))
    with pytest.raises(DecodeError, match="after the end"):
        bbqr.join(_z_parts(good + b"\x00"))


def test_refuses_decompression_bomb() -> None:
    bomb = bbqr._deflate(bytes(bbqr.MAX_FILE_LEN + 1))
    text = base64.b32encode(bomb).decode().rstrip("=")
    per = 4000
    chunks = [text[i : i + per] for i in range(0, len(text), per)]
    parts = [
        f"B$ZB{bbqr.int2base36(len(chunks))}{bbqr.int2base36(i)}{c}" for i, c in enumerate(chunks)
    ]
    with pytest.raises(DecodeError, match="more than"):
        bbqr.join(parts)


def test_split_refuses_what_cannot_fit() -> None:
    with pytest.raises(ValueError):
        bbqr.split(b"", FileType.BINARY)
    with pytest.raises(ValueError):
        bbqr.split(bytes(5000), FileType.BINARY, Encoding.HEX, max_version=5, max_split=2)
