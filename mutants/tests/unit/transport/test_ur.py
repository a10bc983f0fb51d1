"""UR strings (BCR-2020-005), multipart decoding and registry types against published vectors."""

from __future__ import annotations

import random

import pytest

from coldsign.errors import DecodeError
from coldsign.transport import bytewords, ur
from coldsign.transport.fountain import Part, make_message
from tests.conftest import vector

U = vector("ur/ur.json")
R = vector("ur/registry.json")


def _multipart_parts() -> list[str]:
    return list(U["multipart_encoder"]["expected_parts"])


@pytest.mark.parametrize(
    "case", U["single_part"], ids=[f"{c['type']}-{i}" for i, c in enumerate(U["single_part"])]
)
def test_single_part(case: dict[str, str]) -> None:
    cbor = bytes.fromhex(case["cbor_hex"])
    assert ur.encode(ur.UR(case["type"], cbor)) == case["ur"]
    assert ur.decode(case["ur"]) == ur.UR(case["type"], cbor)
    assert ur.decode(case["ur"].upper()) == ur.UR(case["type"], cbor)


def test_single_part_bytes_body_is_message() -> None:
    case = U["single_part"][0]
    assert ur.unwrap_bytes(ur.decode(case["ur"]).cbor) == make_message(50)
    encoder = ur.UREncoder(ur.UR("bytes", ur.wrap_bytes(make_message(50))), 1000)
    assert encoder.is_single_part
    assert encoder.next_part() == case["ur"]


def test_multipart_encoder() -> None:
    case = U["multipart_encoder"]
    encoder = ur.UREncoder(
        ur.UR(case["type"], ur.wrap_bytes(make_message(256))),
        case["max_fragment_len"],
        first_seq_num=case["first_seq_num"],
    )
    assert [encoder.next_part() for _ in range(20)] == case["expected_parts"]


@pytest.mark.parametrize("seed", range(4))
def test_multipart_decoder_any_order_with_losses(seed: int) -> None:
    rnd = random.Random(seed)
    parts = _multipart_parts()
    kept = [p for p in parts if rnd.random() > 0.25] + rnd.sample(parts, 3)
    rnd.shuffle(kept)
    decoder = ur.URDecoder()
    for part in kept:
        decoder.receive(part.upper() if rnd.random() < 0.5 else part)
        if decoder.is_complete:
            break
    if not decoder.is_complete:  # a loss pattern this short stream cannot cover: add the rest
        for part in parts:
            decoder.receive(part)
            if decoder.is_complete:
                break
    result = decoder.result()
    assert result.type == "bytes"
    assert ur.unwrap_bytes(result.cbor) == make_message(256)


def test_bcr_example_part_header() -> None:
    case = U["bcr_2020_005_multipart_example"]
    parsed = ur.parse_part(case["part"])
    part = Part.from_cbor(parsed.body)
    assert (parsed.type, parsed.seq) == ("seed", (1, 3))
    assert (part.seq_num, part.seq_len, part.message_len, part.checksum, len(part.data)) == (
        1, 3, 54, 2282787425, 18,
    )  # fmt: skip


def test_real_world_part_with_short_bytewords_crc() -> None:
    case = U["real_world_fragment_short_checksum"]
    parsed = ur.parse_part(case["part"])
    part = Part.from_cbor(parsed.body)
    want = case["decoded_header"]
    got = {"seq_num": part.seq_num, "seq_len": part.seq_len, "message_len": part.message_len,
           "checksum": part.checksum, "fragment_len": len(part.data)}  # fmt: skip
    assert got == want
    decoder = ur.URDecoder()
    assert decoder.receive(case["part"])
    assert not decoder.is_complete


def test_duplicate_parts_are_not_counted() -> None:
    case = U["duplicate_parts"]
    decoder = ur.URDecoder()
    counts = []
    for index in case["feed_order"]:
        decoder.receive(case["parts"][index])
        counts.append(decoder.processed_parts)
    assert counts == case["expected_processed_counts"]


@pytest.mark.parametrize("case", R["vectors"], ids=[c["name"] for c in R["vectors"]])
def test_registry_vectors_decode(case: dict[str, str]) -> None:
    decoded = ur.decode(case["ur"])
    assert decoded.type == case["type"]
    assert decoded.cbor.hex() == case["cbor_hex"]
    assert ur.decode(case["ur"].upper()) == decoded
    assert ur.encode(decoded) == case["ur"]


PSBT_CASES = [c for c in R["vectors"] if c["type"] in ur.PSBT_TYPES]


@pytest.mark.parametrize("case", PSBT_CASES, ids=[c["name"] for c in PSBT_CASES])
def test_registry_psbt(case: dict[str, str]) -> None:
    psbt = ur.unwrap_bytes(ur.decode(case["ur"]).cbor)
    assert psbt.startswith(b"psbt\xff")
    if "psbt_hex" in case:
        assert psbt.hex() == case["psbt_hex"]
    assert ur.encode(ur.UR(case["type"], ur.wrap_bytes(psbt))) == case["ur"]


def test_psbt_cases_cover_both_type_names() -> None:
    assert {c["type"] for c in PSBT_CASES} == {"crypto-psbt", "psbt"}


# ------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "does not start"),
        ("bytes/aeadaolazmjendeoti", "does not start"),
        ("ur:bytes", "expected"),
        ("ur:bytes/1-9/x/y", "expected"),
        ("ur:by_tes/aeadaolazmjendeoti", "type"),
        ("ur:bytes/0-9/aeadaolazmjendeoti", "sequence"),
        ("ur:bytes/1-x/aeadaolazmjendeoti", "sequence"),
        ("ur:bytes/1-9-3/aeadaolazmjendeoti", "sequence"),
        ("ur:bytes/9999999999-9/aeadaolazmjendeoti", "out of range"),
        ("ur:bytes/aeadaolazmjendeotx", "byteword"),
        ("ur:bytes/aeadaolazojendeowf", "CRC-32"),
    ],
)
def test_parse_part_refuses(text: str, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        ur.parse_part(text)


def test_decode_refuses_multipart() -> None:
    with pytest.raises(DecodeError, match="multipart"):
        ur.decode(_multipart_parts()[0])


def test_unwrap_refuses_non_bytes_and_trailing() -> None:
    for raw in ("a10102", "4100ff", "", "5b7fffffffffffffff00"):
        with pytest.raises(DecodeError):
            ur.unwrap_bytes(bytes.fromhex(raw))
    assert ur.unwrap_bytes(bytes.fromhex("d90136" + "4170"), tags=frozenset({310})) == b"p"
    with pytest.raises(DecodeError):
        ur.unwrap_bytes(bytes.fromhex("d90136" + "4170"))


def test_decoder_refuses_type_change() -> None:
    parts = _multipart_parts()
    decoder = ur.URDecoder()
    decoder.receive(parts[0])
    with pytest.raises(DecodeError, match=r"part 2-9.*ur:seed"):
        decoder.receive(parts[1].replace("ur:bytes/", "ur:seed/"))


def test_decoder_refuses_other_message() -> None:
    decoder = ur.URDecoder()
    decoder.receive(_multipart_parts()[0])
    other = ur.UREncoder(ur.UR("bytes", ur.wrap_bytes(make_message(256, "Fox"))), 30)
    other.next_part()
    with pytest.raises(DecodeError, match=r"part 2-9.*different message"):
        decoder.receive(other.next_part())


def test_decoder_refuses_path_that_disagrees_with_cbor() -> None:
    part = _multipart_parts()[2]  # ur:bytes/3-9/...
    body = part.split("/")[2]
    with pytest.raises(DecodeError, match="path says 4-9"):
        ur.URDecoder().receive(f"ur:bytes/4-9/{body}")


def test_decoder_refuses_single_part_inside_multipart() -> None:
    decoder = ur.URDecoder()
    decoder.receive(_multipart_parts()[0])
    with pytest.raises(DecodeError, match="single-part"):
        decoder.receive(U["single_part"][0]["ur"])


def test_decoder_refuses_second_different_single_part() -> None:
    decoder = ur.URDecoder()
    decoder.receive(U["single_part"][0]["ur"])
    assert not decoder.receive(U["single_part"][0]["ur"])  # the same again is a duplicate
    with pytest.raises(DecodeError, match="different UR"):
        decoder.receive(U["single_part"][1]["ur"])


def test_decoder_refuses_corrupted_part_data() -> None:
    parsed = ur.parse_part(_multipart_parts()[0])
    # Re-encode a part whose body is valid Bytewords but not a fountain part.
    with pytest.raises(DecodeError, match="part 1-9"):
        ur.URDecoder().receive("ur:bytes/1-9/" + bytewords.encode(parsed.body[:-3]))
