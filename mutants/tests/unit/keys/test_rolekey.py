"""Role keys: generation, sealing, public labels, BIP-340 signing against the spec's vectors."""

from __future__ import annotations

import copy
import csv
import json
import pickle
from pathlib import Path

import coincurve
import pytest

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys import envelope
from coldsign.keys.rolekey import (
    KIND,
    Role,
    RoleKey,
    RoleKeyInfo,
    generate_role_key,
    open_role_key,
    parse_public_key,
    role_key_public,
    schnorr_sign,
    schnorr_verify,
    seal_role_key,
    xonly,
)
from coldsign.keys.secrets import Passphrase

FAST_N = 2**10
BIP340_CSV = Path(__file__).resolve().parents[2] / "vectors" / "bip340" / "test-vectors.csv"


def _bip340_rows() -> list[dict[str, str]]:
    with open(BIP340_CSV, newline="") as fh:
        return list(csv.DictReader(fh))


BIP340 = _bip340_rows()
SIGNING = [row for row in BIP340 if row["secret key"]]
VERIFYING = [row for row in BIP340 if len(row["message"]) == 64]


def _id(row: dict[str, str]) -> str:
    return f"{row['index']}-{row['comment'] or row['verification result']}"


@pytest.mark.parametrize("row", SIGNING, ids=[_id(r) for r in SIGNING])
def test_bip340_signing_vectors(row: dict[str, str]) -> None:
    key = RoleKey(Role.APPROVER, "vector", bytes.fromhex(row["secret key"]))
    assert xonly(key.public_key) == bytes.fromhex(row["public key"])
    message = bytes.fromhex(row["message"])
    if len(message) != 32:  # vectors 15-18 sign other lengths; our API is 32 bytes only
        with pytest.raises(ValueError):
            schnorr_sign(key, message, aux_rand=bytes.fromhex(row["aux_rand"]))
        return
    signature = schnorr_sign(key, message, aux_rand=bytes.fromhex(row["aux_rand"]))
    assert signature == bytes.fromhex(row["signature"])


@pytest.mark.parametrize("row", VERIFYING, ids=[_id(r) for r in VERIFYING])
def test_bip340_verification_vectors(row: dict[str, str]) -> None:
    x = bytes.fromhex(row["public key"])
    expected = row["verification result"] == "TRUE"
    sig, msg = bytes.fromhex(row["signature"]), bytes.fromhex(row["message"])
    # A 33-byte key verifies through its x-only form, so both parities give the same answer.
    assert schnorr_verify(b"\x02" + x, msg, sig) is expected
    assert schnorr_verify(b"\x03" + x, msg, sig) is expected


def test_fresh_signatures_differ_and_verify() -> None:
    key = generate_role_key(Role.APPROVER, "alice")
    msg = bytes(32)
    a, b = schnorr_sign(key, msg), schnorr_sign(key, msg)
    assert a != b  # fresh aux randomness each time
    assert schnorr_verify(key.public_key, msg, a) and schnorr_verify(key.public_key, msg, b)
    assert not schnorr_verify(key.public_key, b"\x01" + msg[1:], a)
    other = generate_role_key(Role.APPROVER, "bob")
    assert not schnorr_verify(other.public_key, msg, a)


@pytest.mark.parametrize(
    "args",
    [
        (b"\x02" + bytes(32), bytes(32), bytes(64)),  # x = 0 is not on the curve
        (b"\x04" + bytes(32), bytes(32), bytes(64)),
        (b"\x02" * 32, bytes(32), bytes(64)),
        (bytes(33), bytes(31), bytes(64)),
        (bytes(33), bytes(32), bytes(63)),
        ("02" * 33, bytes(32), bytes(64)),
        (None, None, None),
        (b"", b"", b""),
    ],
    ids=["x0", "prefix04", "short-key", "short-msg", "short-sig", "str-key", "none", "empty"],
)
def test_verify_never_raises(args: tuple[object, object, object]) -> None:
    assert schnorr_verify(*args) is False  # type: ignore[arg-type]


def test_verify_rejects_a_valid_x_whose_full_key_is_not_a_point() -> None:
    # x = 5 has no y on secp256k1: neither parity is a point.
    key = b"\x02" + (5).to_bytes(32, "big")
    with pytest.raises(ValueError):
        coincurve.PublicKey(key)
    assert schnorr_verify(key, bytes(32), bytes(64)) is False


def test_seal_open_round_trip_and_public_label() -> None:
    key = generate_role_key(Role.ADMIN, "admin1")
    blob = seal_role_key(key, Passphrase("pw"), kdf_n=FAST_N)
    info = role_key_public(blob)
    assert info == RoleKeyInfo(Role.ADMIN, "admin1", key.public_key)
    assert len(info.public_key) == 33 and info.public_key[0] in (2, 3)
    opened = open_role_key(blob, Passphrase("pw"))
    assert opened == key and opened.role is Role.ADMIN and opened.name == "admin1"
    doc = json.loads(blob)
    assert doc["kind"] == KIND
    assert doc["public"] == {"name": "admin1", "public_key": key.public_key.hex(), "role": "admin"}
    assert key.reveal_secret().hex() not in blob.decode()


def test_wrong_passphrase_is_exit_5() -> None:
    blob = seal_role_key(generate_role_key(Role.APPROVER, "bob"), Passphrase("pw"), kdf_n=FAST_N)
    with pytest.raises(AuthenticationError) as info:
        open_role_key(blob, Passphrase("pW"))
    assert info.value.exit_code == 5


def test_swapped_public_key_label_is_detected() -> None:
    key, other = generate_role_key(Role.ADMIN, "a"), generate_role_key(Role.ADMIN, "a")
    doc = json.loads(seal_role_key(key, Passphrase("pw"), kdf_n=FAST_N))
    doc["public"]["public_key"] = other.public_key.hex()
    blob = json.dumps(doc).encode()
    assert role_key_public(blob).public_key == other.public_key  # a claim until opened
    with pytest.raises(AuthenticationError):
        open_role_key(blob, Passphrase("pw"))


def test_label_that_lies_under_a_valid_seal_is_refused() -> None:
    # Only a passphrase holder can make this, but open_role_key must still not trust the label.
    key, other = generate_role_key(Role.ADMIN, "a"), generate_role_key(Role.ADMIN, "a")
    public = {"role": "admin", "name": "a", "public_key": other.public_key.hex()}
    blob = envelope.seal(
        key.reveal_secret(), Passphrase("pw"), kind=KIND, public=public, kdf_n=FAST_N
    )
    with pytest.raises(AuthenticationError, match="does not match"):
        open_role_key(blob, Passphrase("pw"))


def test_invalid_scalar_under_a_valid_seal_is_refused() -> None:
    public = {
        "role": "admin",
        "name": "a",
        "public_key": generate_role_key(Role.ADMIN, "a").public_key.hex(),
    }
    blob = envelope.seal(bytes(32), Passphrase("pw"), kind=KIND, public=public, kdf_n=FAST_N)
    with pytest.raises(AuthenticationError):
        open_role_key(blob, Passphrase("pw"))


@pytest.mark.parametrize(
    "public",
    [
        {"role": "root", "name": "a", "public_key": "02" + "11" * 32},
        {"role": "admin", "name": "", "public_key": "02" + "11" * 32},
        {"role": "admin", "name": "a b", "public_key": "02" + "11" * 32},
        {"role": "admin", "name": "a", "public_key": "04" + "11" * 32},
        {"role": "admin", "name": "a"},
        {"role": "admin", "name": "a", "public_key": "02" + "11" * 32, "extra": ""},
    ],
    ids=["bad-role", "empty-name", "space-in-name", "bad-key", "no-key", "extra-label"],
)
def test_bad_labels_are_decode_errors(public: dict[str, str]) -> None:
    blob = envelope.seal(
        bytes(range(1, 33)), Passphrase("pw"), kind=KIND, public=public, kdf_n=FAST_N
    )
    with pytest.raises(DecodeError):
        role_key_public(blob)
    with pytest.raises(DecodeError):
        open_role_key(blob, Passphrase("pw"))


def test_other_envelope_kind_is_decode_error() -> None:
    blob = envelope.seal(b"x", Passphrase("pw"), kind="coldsign-keystore", public={}, kdf_n=FAST_N)
    with pytest.raises(DecodeError, match="coldsign-keystore"):
        role_key_public(blob)


def test_role_key_is_redacted_and_unpicklable() -> None:
    key = generate_role_key(Role.CEREMONY_LEAD, "lead1")
    secret_hex = key.reveal_secret().hex()
    for text in (repr(key), str(key), f"{key}", f"{key!r}"):
        assert secret_hex not in text and "redacted" in text
        assert key.public_key.hex() in text and "lead1" in text
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.deepcopy(key)
    key.wipe()
    with pytest.raises(ValueError):
        key.reveal_secret()


def test_role_key_constructor_checks() -> None:
    with pytest.raises(ValueError):
        RoleKey(Role.ADMIN, "a", bytes(32))  # zero scalar
    with pytest.raises(ValueError):
        RoleKey(Role.ADMIN, "a", b"\xff" * 32)  # >= n
    with pytest.raises(ValueError):
        RoleKey(Role.ADMIN, "a", bytes(31))
    with pytest.raises(ValueError):
        RoleKey(Role.ADMIN, "-a", bytes(range(1, 33)))
    with pytest.raises(TypeError):
        RoleKey("admin", "a", bytes(range(1, 33)))  # type: ignore[arg-type]


def test_roles_parse() -> None:
    assert [Role.parse(v) for v in ("admin", "approver", "lead")] == [
        Role.ADMIN,
        Role.APPROVER,
        Role.CEREMONY_LEAD,
    ]
    with pytest.raises(DecodeError):
        Role.parse("Admin")


G = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"


def test_parse_public_key() -> None:
    assert parse_public_key(G) == bytes.fromhex(G)
    assert parse_public_key(G.upper()) == bytes.fromhex(G)


@pytest.mark.parametrize(
    "text",
    [
        G[:-2],
        G + "00",
        "04" + G[2:],
        "02" + "00" * 32,
        "02" + "05".rjust(64, "0"),
        G[:-1] + "g",
        " " + G[1:],
        "",
    ],
    ids=["short", "long", "prefix04", "x0", "not-on-curve", "non-hex", "space", "empty"],
)
def test_parse_public_key_rejects(text: str) -> None:
    with pytest.raises(DecodeError, match=r"admins\.members\[1\]\.key"):
        parse_public_key(text, "admins.members[1].key")
