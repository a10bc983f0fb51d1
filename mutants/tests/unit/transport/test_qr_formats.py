"""The encode_for_qr / MultipartCollector facade: every format and kind, order, loss, refusals."""

from __future__ import annotations

import base64
import random

import pytest

from coldsign.errors import DecodeError
from coldsign.transport import formats
from coldsign.transport.formats import MultipartCollector, collect, encode_for_qr
from tests.conftest import vector, vector_path

PSBT = (vector_path("bbqr/data") / "1in100out.psbt").read_bytes()
PAYLOAD = formats.PAYLOAD_MAGIC + random.Random(5).randbytes(3000)
BLOB = random.Random(6).randbytes(2500)
CASES = [("psbt", PSBT), ("payload", PAYLOAD), ("bytes", BLOB)]


@pytest.mark.parametrize("fmt", formats.FORMATS)
@pytest.mark.parametrize(("kind", "data"), CASES, ids=[c[0] for c in CASES])
def test_roundtrip_shuffled_with_duplicates(
    fmt: formats.Fmt, kind: formats.Kind, data: bytes
) -> None:
    parts = encode_for_qr(data, kind, fmt, "low")
    assert len(parts) > 1
    if fmt != "base64":
        assert all(p == p.upper() for p in parts)  # alphanumeric QR mode
    mixed = parts + parts[:3]
    random.Random(len(parts)).shuffle(mixed)
    assert collect(mixed) == (kind, data)
    assert collect(mixed, expect=kind) == (kind, data)


def test_ur_psbt_uses_crypto_psbt() -> None:
    assert encode_for_qr(PSBT, "psbt", "ur")[0].startswith("UR:CRYPTO-PSBT/1-")
    assert encode_for_qr(PAYLOAD, "payload", "ur")[0].startswith("UR:COLDSIGN-PAYLOAD/1-")
    assert encode_for_qr(BLOB, "bytes", "ur")[0].startswith("UR:BYTES/1-")


def test_ur_fountain_frames_survive_loss() -> None:
    parts = encode_for_qr(PSBT, "psbt", "ur", "medium")
    frames = encode_for_qr(PSBT, "psbt", "ur", "medium", frames=3 * len(parts))
    assert frames[: len(parts)] == parts
    rnd = random.Random(11)
    kept = [p for p in frames if rnd.random() > 0.3]
    rnd.shuffle(kept)
    assert collect(kept) == ("psbt", PSBT)


def test_single_frame_when_small() -> None:
    for fmt in formats.FORMATS:
        parts = encode_for_qr(b"psbt\xff\x01\x02", "psbt", fmt)  # type: ignore[arg-type]
        assert len(parts) == 1
        assert collect(parts) == ("psbt", b"psbt\xff\x01\x02")
    assert encode_for_qr(b"\x01" * 50, "bytes", "ur", frames=5) == [
        encode_for_qr(b"\x01" * 50, "bytes", "ur")[0]
    ]


def test_bbqr_psbt_is_type_p_and_compressed() -> None:
    parts = encode_for_qr(PSBT, "psbt", "bbqr", "high")
    assert parts[0].startswith("B$ZP")


def test_base64_pmofn_and_plain_and_hex() -> None:
    parts = encode_for_qr(PSBT, "psbt", "base64", "low")
    assert parts[0].startswith(f"p1of{len(parts)} cHNidP")
    assert collect([base64.b64encode(PSBT).decode()]) == ("psbt", PSBT)
    assert collect([PSBT.hex()]) == ("psbt", PSBT)


def test_sparrow_style_registry_psbt_is_read() -> None:
    case = next(c for c in vector("ur/registry.json")["vectors"] if c["type"] == "psbt")
    kind, data = collect([case["ur"].upper()], expect="psbt")
    assert kind == "psbt" and data.startswith(b"psbt\xff")


def test_progress_reports_fraction_and_duplicates() -> None:
    parts = encode_for_qr(BLOB, "bytes", "bbqr", "low")
    collector = MultipartCollector()
    first = collector.add(parts[0])
    assert (
        first.new and first.total == len(parts) and first.fraction == pytest.approx(1 / len(parts))
    )
    again = collector.add(parts[0])
    assert not again.new and "duplicate" in again.describe()
    for part in parts[1:]:
        last = collector.add(part)
    assert last.complete and last.fraction == 1.0


@pytest.mark.parametrize("value", ["low", "MEDIUM", "high", "10", "2000", "333"])
def test_density_accepts(value: str) -> None:
    density = formats.parse_density(value)
    assert density.ur_fragment_len >= 10 and 1 <= density.bbqr_max_version <= 40


@pytest.mark.parametrize("value", ["", "huge", "9", "2001", "-5", "1.5"])
def test_density_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        formats.parse_density(value)


# ------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("fmt", ["ur", "bbqr"])
def test_wrong_kind_refused_naming_the_part(fmt: formats.Fmt) -> None:
    parts = encode_for_qr(PSBT, "psbt", fmt, "low")
    with pytest.raises(DecodeError, match=r"QR part 1 \(.*(crypto-psbt|B\$ZP).*payload"):
        collect(parts, expect="payload")


def test_wrong_kind_base64_refused() -> None:
    with pytest.raises(DecodeError, match="psbt, but a payload"):
        collect([base64.b64encode(PSBT).decode()], expect="payload")


def test_unknown_ur_type_refused() -> None:
    case = next(c for c in vector("ur/registry.json")["vectors"] if c["type"] == "crypto-hdkey")
    with pytest.raises(DecodeError, match="crypto-hdkey is not one coldsign reads"):
        collect([case["ur"]])


def test_mixed_messages_refused_naming_the_part() -> None:
    a = encode_for_qr(PSBT, "psbt", "ur", "low")
    b = encode_for_qr(PSBT[:-1] + b"\x01", "psbt", "ur", "low")
    with pytest.raises(DecodeError, match=r"QR part 2 \(ur:crypto-psbt/2-\d+\).*different message"):
        collect([a[0], b[1]])


def test_mixed_formats_refused() -> None:
    a = encode_for_qr(BLOB, "bytes", "ur", "low")
    b = encode_for_qr(BLOB, "bytes", "bbqr", "low")
    with pytest.raises(DecodeError, match=r"QR part 2 \(B\$.*bbqr part in a ur sequence"):
        collect([a[0], b[0]])


def test_corrupted_part_refused_naming_the_part() -> None:
    parts = encode_for_qr(BLOB, "bytes", "ur", "low")
    body = parts[2]
    corrupted = body[:-10] + ("AE" if body[-10:-8] != "AE" else "AD") + body[-8:]
    with pytest.raises(DecodeError, match=r"QR part 2 \(ur:bytes/3-\d+\).*CRC-32"):
        collect([parts[0], corrupted])


def test_truncated_part_refused() -> None:
    parts = encode_for_qr(BLOB, "bytes", "bbqr", "low")
    with pytest.raises(DecodeError, match=r"QR part 2 \(B\$"):
        collect([parts[0], parts[1][: len(parts[1]) // 2 + 1]])


def test_pmofn_inconsistent_refused() -> None:
    with pytest.raises(DecodeError, match="earlier parts said"):
        collect(["p1of3 cHNi", "p2of4 dP8B"])
    with pytest.raises(DecodeError, match="out of range"):
        collect(["p4of3 cHNi"])
    with pytest.raises(DecodeError, match=r"not valid base64|not UR"):
        collect(["p1of2 cHN", "p2of2 i!!!"])


@pytest.mark.parametrize("text", ["", "hello world", "ur:", "B$", "****", "cHNidP8=="])
def test_garbage_refused(text: str) -> None:
    with pytest.raises(DecodeError):
        collect([text])


def test_incomplete_refused() -> None:
    parts = encode_for_qr(BLOB, "bytes", "ur", "low")
    with pytest.raises(DecodeError, match="incomplete"):
        collect(parts[:-1])
