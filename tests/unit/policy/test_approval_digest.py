"""The approval digest, the approval and initiation messages, recomputed from docs/formats.md with
hashlib alone: every field in its place, so a change to the format (or a bug that drops a field)
is caught even though approvers and the signer would agree with each other."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from coldsign.codec.payload import Payload
from coldsign.policy.approval import (
    approval_digest,
    approval_message,
    bitcoin_tx_material,
    digest_words,
    initiation_message,
)


def tagged(tag: str, data: bytes) -> bytes:
    t = hashlib.sha256(tag.encode()).digest()
    return hashlib.sha256(t + t + data).digest()


def compact(n: int) -> bytes:
    if n < 0xFD:
        return bytes([n])
    if n <= 0xFFFF:
        return b"\xfd" + n.to_bytes(2, "little")
    return b"\xfe" + n.to_bytes(4, "little")


def var(b: bytes) -> bytes:
    return compact(len(b)) + b


PAYLOAD = Payload(
    chain="bitcoin",
    network="testnet",
    chain_id=None,
    withdrawal_id="wd-7",
    created=1_800_000_000,
    expires=1_800_086_400,
    initiator="ivan",
    memo="rebalance",
    policy_hash=bytes(range(32)),
    whitelist_hash=bytes(range(32, 64)),
    denylist_hash=bytes(range(64, 96)),
    transaction=b"psbt",
    expected_head=bytes(range(96, 128)),
    replaces="wd-6",
)


def spec_digest(p: Payload, material: bytes) -> bytes:
    fields = [
        p.kind.encode(),
        p.chain.encode(),
        (p.network or "").encode(),
        str(p.chain_id or 0).encode(),
        p.withdrawal_id.encode(),
        p.expires.to_bytes(8, "little"),
        p.initiator.encode(),
        p.memo.encode(),
        p.policy_hash,
        p.whitelist_hash,
        p.denylist_hash or b"",
        p.expected_head or b"",
        (p.replaces or "").encode(),
        material,
    ]
    return tagged("coldsign/approval/v2", b"".join(var(f) for f in fields))


def test_the_digest_is_the_documented_tagged_hash() -> None:
    material = b"\x01\x02\x03"
    assert approval_digest(PAYLOAD, material) == spec_digest(PAYLOAD, material)


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "message"},
        {"chain": "ethereum"},
        {"network": "signet"},
        {"network": None},
        {"chain_id": 5},
        {"withdrawal_id": "wd-8"},
        {"expires": 1_800_086_401},
        {"initiator": "iva"},
        {"memo": "rebalance!"},
        {"policy_hash": bytes(32)},
        {"whitelist_hash": bytes(32)},
        {"denylist_hash": None},
        {"expected_head": None},
        {"replaces": None},
    ],
    ids=lambda c: next(iter(c)),
)
def test_every_field_is_covered(change: dict[str, object]) -> None:
    changed = replace(PAYLOAD, **change)  # type: ignore[arg-type]
    assert approval_digest(changed, b"m") != approval_digest(PAYLOAD, b"m")
    assert approval_digest(changed, b"m") == spec_digest(changed, b"m")


def test_what_the_digest_leaves_out() -> None:
    for change in ({"created": 1}, {"transaction": b"other"}, {"signer_head": bytes(32)},
                   {"request_id": bytes(16)}):  # fmt: skip
        assert approval_digest(replace(PAYLOAD, **change), b"m") == approval_digest(PAYLOAD, b"m")  # type: ignore[arg-type]


def test_field_boundaries_are_unambiguous() -> None:
    a = replace(PAYLOAD, initiator="ab", memo="c")
    b = replace(PAYLOAD, initiator="a", memo="bc")
    assert approval_digest(a, b"") != approval_digest(b, b"")


def test_bitcoin_material_is_the_documented_concatenation() -> None:
    unsigned = bytes(range(60))
    spent = [(50_000, b"\x00\x14" + bytes(20)), (7, b"\x51\x20" + bytes(32))]
    expected = (
        var(unsigned)
        + len(spent).to_bytes(4, "little")
        + b"".join(amount.to_bytes(8, "little") + var(script) for amount, script in spent)
    )
    assert bitcoin_tx_material(unsigned, spent) == expected
    assert bitcoin_tx_material(unsigned, spent[:1]) != expected
    assert bitcoin_tx_material(unsigned, [(50_001, spent[0][1]), spent[1]]) != expected


def test_approval_and_initiation_messages() -> None:
    digest = bytes(range(32))
    assert approval_message(digest, 1_800_000_123) == tagged(
        "coldsign/approval-signature/v1", digest + (1_800_000_123).to_bytes(8, "little")
    )
    assert approval_message(digest, 1) != approval_message(digest, 2)
    assert initiation_message(digest) == tagged("coldsign/initiation/v1", digest)


def test_digest_words_are_the_first_132_bits_as_bip39_words() -> None:
    from mnemonic import Mnemonic

    words = Mnemonic("english").wordlist
    digest = bytes.fromhex("ffd0" + "00" * 30)
    bits = int.from_bytes(digest, "big")
    expected = [words[(bits >> (256 - 11 * (i + 1))) & 0x7FF] for i in range(12)]
    assert digest_words(digest) == expected
    assert expected[:2] == [words[0x7FE], words[0x400]]
    assert len(digest_words(digest, 3)) == 3
