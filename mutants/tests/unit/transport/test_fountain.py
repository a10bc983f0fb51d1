"""Xoshiro256**, the alias sampler and fountain codes (BCR-2024-001) against bc-ur and URKit."""

from __future__ import annotations

import hashlib
import random

import pytest

from coldsign.errors import DecodeError
from coldsign.transport import fountain as f
from tests.conftest import vector

X = vector("ur/xoshiro256_crc32_sha256.json")
F = vector("ur/fountain.json")


@pytest.mark.parametrize(
    "case", X["crc32"], ids=[c.get("input_utf8", c.get("input", "?")) for c in X["crc32"]]
)
def test_crc32(case: dict[str, str]) -> None:
    data = bytes.fromhex(case["input_hex"]) if "input_hex" in case else case["input_utf8"].encode()
    assert f.crc32(data) == int(case["crc32_hex"], 16)


def test_sha256_vector() -> None:
    case = X["sha256"][0]
    assert hashlib.sha256(case["input_utf8"].encode()).hexdigest() == case["sha256_hex"]


def test_make_message_matches_crc_vector() -> None:
    case = next(c for c in X["crc32"] if "input_hex" in c)
    assert f.make_message(1024).hex() == case["input_hex"]


@pytest.mark.parametrize("case", X["xoshiro"], ids=[c["name"] for c in X["xoshiro"]])
def test_xoshiro(case: dict[str, object]) -> None:
    if "seed_bytes_hex" in case:
        rng = f.Xoshiro256.from_crc32(int(str(case["seed_bytes_hex"]), 16))
    else:
        rng = f.Xoshiro256(str(case["seed_utf8"]).encode())
    count = int(str(case["count"]))
    if case["op"] == "next() % 100":
        got = [rng.next() % 100 for _ in range(count)]
    else:
        assert case["op"] == "next_int(1,10)"
        got = [rng.next_int(1, 10) for _ in range(count)]
    assert got == case["expected"]


def test_next_data_and_xor() -> None:
    case = X["next_data_and_xor"]
    rng = f.Xoshiro256(case["seed_utf8"].encode())
    data1, data2 = rng.next_data(10), rng.next_data(10)
    assert data1.hex() == case["data1_next_data_10"]
    assert data2.hex() == case["data2_next_data_10"]
    assert f.xor_bytes(data1, data2).hex() == case["data1_xor_data2"]


def test_random_sampler() -> None:
    case = F["random_sampler"]
    sampler = f.RandomSampler(case["weights"])
    rng = f.Xoshiro256(case["rng_seed_utf8"].encode())
    got = [sampler.next(rng.next_double) for _ in range(case["count"])]
    assert got == case["expected"]
    assert [got.count(i) for i in range(len(case["weights"]))] == case["expected_totals_by_value"]


def test_shuffle_full_bcur() -> None:
    case = F["shuffle_full_bcur"]
    rng = f.Xoshiro256(b"Wolf")
    got = [f.shuffled(case["values"], rng) for _ in case["expected"]]
    assert got == case["expected"]


def test_shuffle_partial_urkit() -> None:
    expected = F["shuffle_partial_urkit"]["expected"]
    for count, want in enumerate(expected, start=1):
        assert f.shuffled(list(range(1, 11)), f.Xoshiro256(b"Wolf"), count) == want


@pytest.mark.parametrize(
    "case", F["find_nominal_fragment_length"], ids=lambda c: f"max{c['max_fragment_len']}"
)
def test_find_nominal_fragment_length(case: dict[str, int]) -> None:
    got = f.find_nominal_fragment_length(
        case["message_len"], case["min_fragment_len"], case["max_fragment_len"]
    )
    assert got == case["expected"]


def test_partition_and_join() -> None:
    case = F["partition_and_join"]
    message = f.make_message(1024)
    length = f.find_nominal_fragment_length(
        1024, case["min_fragment_len"], case["max_fragment_len"]
    )
    assert length == case["nominal_fragment_len"]
    fragments = f.partition(message, length)
    assert [x.hex() for x in fragments] == case["expected_fragments_hex"]
    assert f.join_fragments(fragments, 1024) == message


def test_choose_degree_bcur() -> None:
    case = F["choose_degree_bcur"]
    got = [
        f.choose_degree(case["seq_len"], f.Xoshiro256(f"Wolf-{n}".encode())) for n in range(1, 201)
    ]
    assert got == case["expected"]


def test_degree_chooser_urkit() -> None:
    case = F["degree_chooser_urkit"]
    rng = f.Xoshiro256(b"Wolf")
    got = [f.choose_degree(case["seq_len"], rng) for _ in range(case["count"])]
    assert got == case["expected"]
    assert [got.count(d) for d in range(1, 12)] == case["expected_totals_by_degree_1_to_11"]


@pytest.mark.parametrize("key", ["expected_seq_1_to_30_bcur", "expected_seq_1_to_50_urkit"])
def test_choose_fragments(key: str) -> None:
    case = F["choose_fragments"]
    assert f.crc32(f.make_message(1024)) == case["checksum"]
    expected = case[key]
    got = [
        sorted(f.choose_fragments(n, case["seq_len"], case["checksum"]))
        for n in range(1, len(expected) + 1)
    ]
    assert got == expected


def test_encoder_parts() -> None:
    case = F["encoder"]
    encoder = f.FountainEncoder(
        f.make_message(256),
        case["max_fragment_len"],
        case["min_fragment_len"],
        case["first_seq_num"],
    )
    assert encoder.seq_len == case["seq_len"]
    assert encoder.checksum == case["checksum"]
    descriptions, cbors = [], []
    for _ in range(20):
        part = encoder.next_part()
        descriptions.append(
            f"seqNum:{part.seq_num}, seqLen:{part.seq_len}, messageLen:{part.message_len}, "
            f"checksum:{part.checksum}, data:{part.data.hex()}"
        )
        cbors.append(part.to_cbor().hex())
        assert f.Part.from_cbor(part.to_cbor()) == part
    assert descriptions == case["expected_descriptions"]
    assert cbors == case["expected_part_cbor_hex"]


def test_encoder_is_complete_after_pure_parts() -> None:
    encoder = f.FountainEncoder(f.make_message(256), 30)
    for _ in range(encoder.seq_len - 1):
        encoder.next_part()
        assert not encoder.is_complete
    encoder.next_part()
    assert encoder.is_complete


def test_part_cbor() -> None:
    case = F["part_cbor"]
    part = f.Part(case["seq_num"], case["seq_len"], case["message_len"], case["checksum"],
                  bytes.fromhex(case["data_hex"]))  # fmt: skip
    assert part.to_cbor().hex() == case["cbor_hex"]
    assert f.Part.from_cbor(bytes.fromhex(case["cbor_hex"])) == part


def test_decoder_roundtrip_mixed_parts_only() -> None:
    case = F["decoder_roundtrip"]
    message = f.make_message(case["message_len"])
    encoder = f.FountainEncoder(message, case["max_fragment_len"], 10, case["first_seq_num"])
    decoder = f.FountainDecoder()
    while not decoder.is_complete:
        decoder.receive(encoder.next_part())
    assert decoder.result() == message
    # Regression figure from the research verifier (same reduction order as bc-ur).
    assert (
        decoder.processed_parts == case["informational_parts_needed_computed_by_research_verifier"]
    )


@pytest.mark.parametrize("seed", range(5))
def test_decoder_any_order_duplicates_and_losses(seed: int) -> None:
    rnd = random.Random(seed)
    message = rnd.randbytes(rnd.randrange(1, 5000))
    encoder = f.FountainEncoder(message, rnd.choice([10, 30, 100, 250]))
    parts = [encoder.next_part() for _ in range(3 * encoder.seq_len + 10)]
    kept = [p for p in parts if rnd.random() > 0.3]
    kept += rnd.sample(kept, len(kept) // 4)  # duplicates
    rnd.shuffle(kept)
    decoder = f.FountainDecoder()
    previous = 0.0
    for part in kept:
        decoder.receive(part)
        assert decoder.progress >= previous
        previous = decoder.progress
        if decoder.is_complete:
            break
    assert decoder.is_complete
    assert decoder.result() == message
    assert decoder.progress == 1.0


def _part(**changes: object) -> f.Part:
    base = {"seq_num": 1, "seq_len": 3, "message_len": 25, "checksum": 7, "data": bytes(9)}
    base.update(changes)
    return f.Part(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"seq_num": 0}, "sequence number 0"),
        ({"seq_len": 0}, "seqLen"),
        (
            {"seq_len": f.MAX_SEQ_LEN + 1, "message_len": f.MAX_SEQ_LEN + 1, "data": b"\x00"},
            "seqLen",
        ),
        ({"message_len": f.MAX_MESSAGE_LEN + 1}, "messageLen"),
        ({"message_len": 0}, "messageLen"),
        ({"data": b""}, "inconsistent"),
        ({"seq_len": 4}, "inconsistent"),
        ({"message_len": 28}, "inconsistent"),
    ],
)
def test_decoder_refuses_bad_header(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        f.FountainDecoder().receive(_part(**changes), "part X")


@pytest.mark.parametrize(
    "changes",
    [{"checksum": 8}, {"message_len": 26}, {"seq_num": 2, "data": bytes(10), "message_len": 30}],
    ids=["checksum", "messageLen", "fragment-length"],
)
def test_decoder_refuses_part_of_another_message(changes: dict[str, object]) -> None:
    decoder = f.FountainDecoder()
    decoder.receive(_part(), "part 1")
    with pytest.raises(DecodeError, match=r"part 2.*different message"):
        decoder.receive(_part(**{"seq_num": 2, **changes}), "part 2")


def test_decoder_checks_message_crc() -> None:
    message = f.make_message(100)
    encoder = f.FountainEncoder(message, 30)
    parts = [encoder.next_part() for _ in range(encoder.seq_len)]
    bad = f.Part(parts[0].seq_num, parts[0].seq_len, parts[0].message_len, parts[0].checksum,
                 bytes([parts[0].data[0] ^ 1]) + parts[0].data[1:])  # fmt: skip
    decoder = f.FountainDecoder()
    decoder.receive(bad)
    with pytest.raises(DecodeError, match="CRC-32"):
        for part in parts[1:]:
            decoder.receive(part)
    with pytest.raises(DecodeError, match="CRC-32"):  # stays failed
        decoder.receive(parts[0])


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "84010203",  # 4-element array
        "850102031a12345678",  # missing data
        "85010203044100ff",  # trailing byte
        "85010203045f4100ff",  # indefinite byte string
        "85010203041b0000000100000000",  # checksum not a bstr... data as int
        "85011b000000010000000003044100",  # seqLen > 2^32-1
        "85200203044100",  # negative seqNum
        "850102031b00000001000000004100",  # checksum > 2^32-1
    ],
)
def test_part_cbor_refused(raw: str) -> None:
    with pytest.raises(DecodeError):
        f.Part.from_cbor(bytes.fromhex(raw))


def test_next_int_stays_in_range() -> None:
    rng = f.Xoshiro256(b"edge")
    assert all(0 <= rng.next_int(0, 255) <= 255 for _ in range(1000))
