"""The withdrawal payload container: canonical, byte-exact, unknown records kept, total decoder."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.payload import Approval, Payload, parse_payload, serialize_payload
from coldsign.codec.reader import var_bytes
from coldsign.errors import DecodeError

BASE = Payload(
    chain="bitcoin",
    network="testnet",
    withdrawal_id="w-1",
    created=1_700_000_000,
    expires=1_700_086_400,
    initiator="ivan",
    memo="rebalance",
    policy_hash=b"\x01" * 32,
    whitelist_hash=b"\x02" * 32,
    transaction=b"psbt\xff" + b"\x00" * 40,
)
WITH_EVERYTHING = BASE.with_approval(
    Approval(b"\x02" + b"\x11" * 32, 1_700_000_100, b"\x22" * 64)
).with_approval(Approval(b"\x03" + b"\x33" * 32, 1_700_000_200, b"\x44" * 64))
UNKNOWN = Payload(
    **{**BASE.__dict__, "unknown": ((b"\x7f\x01", b"future"), (b"\xfc\x00abc", b"proprietary"))}
)
EVM = Payload(
    **{
        **BASE.__dict__,
        "chain": "ethereum",
        "network": None,
        "chain_id": 1,
        "sender": b"\x98" * 20,
        "signed_transaction": b"\x02\xf8" + b"\x00" * 30,
    }
)
VALID = [serialize_payload(p) for p in (BASE, WITH_EVERYTHING, UNKNOWN, EVM)]


@pytest.mark.parametrize(
    "payload",
    [BASE, WITH_EVERYTHING, UNKNOWN, EVM],
    ids=["plain", "approvals", "unknown-records", "evm-sender"],
)
def test_round_trip_is_byte_exact(payload: Payload) -> None:
    data = serialize_payload(payload)
    decoded = parse_payload(data)
    assert decoded == payload
    assert serialize_payload(decoded) == data


def test_unknown_records_survive_adding_an_approval() -> None:
    decoded = parse_payload(serialize_payload(UNKNOWN))
    more = decoded.with_approval(Approval(b"\x02" + b"\x55" * 32, 1, b"\x66" * 64))
    assert parse_payload(serialize_payload(more)).unknown == UNKNOWN.unknown


def test_records_out_of_order_are_refused() -> None:
    data = serialize_payload(BASE)
    body = data[5:]
    # swap the first two records
    first_len = 1 + body[0] + 1 + body[1 + body[0]]
    first, rest = body[:first_len], body[first_len:]
    second_len = 1 + rest[0] + 1 + rest[1 + rest[0]]
    swapped = data[:5] + rest[:second_len] + first + rest[second_len:]
    with pytest.raises(DecodeError, match="out of order"):
        parse_payload(swapped)


def test_missing_record_is_named() -> None:
    data = b"csgn\xff" + var_bytes(b"\x00") + var_bytes((1).to_bytes(4, "little"))
    with pytest.raises(DecodeError, match="missing record chain"):
        parse_payload(data)


@settings(max_examples=300, deadline=None)
@given(
    raw=st.sampled_from(VALID),
    cut=st.integers(min_value=0),
    flip=st.integers(min_value=0),
    bit=st.integers(0, 7),
)
def test_mangled_payload_raises_only_decode_error(
    raw: bytes, cut: int, flip: int, bit: int
) -> None:
    data = bytearray(raw[: cut % (len(raw) + 1)])
    if data:
        data[flip % len(data)] ^= 1 << bit
    with contextlib.suppress(DecodeError):
        parse_payload(bytes(data))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_raise_only_decode_error(data: bytes) -> None:
    with contextlib.suppress(DecodeError):
        parse_payload(b"csgn\xff" + data)


def test_sender_must_be_20_bytes() -> None:
    data = serialize_payload(Payload(**{**EVM.__dict__, "sender": b"\x98" * 21}))
    with pytest.raises(DecodeError, match="sender must be 20 bytes"):
        parse_payload(data)
