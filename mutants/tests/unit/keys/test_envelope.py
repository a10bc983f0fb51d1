"""The passphrase envelope: round trip, wrong passphrase, tampering of every field, malformed files."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coldsign.errors import AuthenticationError, DecodeError, UsageError
from coldsign.keys import envelope
from coldsign.keys.envelope import WRONG_PASSPHRASE, open_sealed, read_public, seal
from coldsign.keys.secrets import Passphrase

FAST_N = 2**10
KIND = "coldsign-test-secret"
SECRET = bytes(range(32))
PUBLIC = {"name": "alice", "fingerprint": "73c5da0a"}


def _seal(secret: bytes = SECRET, passphrase: str = "correct horse", **kw: Any) -> bytes:
    kw.setdefault("kind", KIND)
    kw.setdefault("public", PUBLIC)
    kw.setdefault("kdf_n", FAST_N)
    return seal(secret, Passphrase(passphrase), **kw)


def _edit(blob: bytes, change: Any) -> bytes:
    doc = json.loads(blob)
    change(doc)
    return json.dumps(doc).encode()


def test_round_trip() -> None:
    blob = _seal()
    assert open_sealed(blob, Passphrase("correct horse"), kind=KIND) == SECRET
    assert read_public(blob, KIND) == PUBLIC


def test_file_is_sorted_json_with_stored_parameters_and_no_plaintext() -> None:
    blob = _seal()
    doc = json.loads(blob)
    assert list(doc) == sorted(doc)
    assert doc["format"] == "coldsign-envelope" and doc["version"] == 1
    assert doc["kdf"] == {"name": "scrypt", "n": FAST_N, "r": 8, "p": 1, "salt": doc["kdf"]["salt"]}
    assert len(bytes.fromhex(doc["kdf"]["salt"])) == 16
    assert len(bytes.fromhex(doc["cipher"]["nonce"])) == 12
    assert len(bytes.fromhex(doc["ciphertext"])) == len(SECRET) + 16
    assert SECRET.hex() not in blob.decode()
    assert b"correct horse" not in blob


def test_two_seals_differ_in_salt_nonce_and_ciphertext() -> None:
    a, b = json.loads(_seal()), json.loads(_seal())
    assert a["kdf"]["salt"] != b["kdf"]["salt"]
    assert a["cipher"]["nonce"] != b["cipher"]["nonce"]
    assert a["ciphertext"] != b["ciphertext"]


def test_default_cost_is_2_17() -> None:
    assert envelope.DEFAULT_KDF_N == 2**17


def test_wrong_passphrase_says_only_wrong_passphrase_or_altered() -> None:
    with pytest.raises(AuthenticationError) as info:
        open_sealed(_seal(), Passphrase("correct horsf"), kind=KIND)
    assert str(info.value) == WRONG_PASSPHRASE == "wrong passphrase or the file was altered"
    assert info.value.exit_code == 5


def test_passphrase_is_nfkd_normalized() -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    blob = _seal(passphrase=composed)
    assert open_sealed(blob, Passphrase(decomposed), kind=KIND) == SECRET


TAMPERS = {
    "public label": lambda d: d["public"].__setitem__("name", "mallory"),
    "public label added": lambda d: d["public"].__setitem__("extra", "x"),
    "kdf n raised": lambda d: d["kdf"].__setitem__("n", FAST_N * 2),
    "kdf r": lambda d: d["kdf"].__setitem__("r", 9),
    "salt": lambda d: d["kdf"].__setitem__("salt", "00" * 16),
    "nonce": lambda d: d["cipher"].__setitem__("nonce", "00" * 12),
    "ciphertext bit": lambda d: d.__setitem__(
        "ciphertext", f"{int(d['ciphertext'][:2], 16) ^ 1:02x}{d['ciphertext'][2:]}"
    ),
    "tag bit": lambda d: d.__setitem__(
        "ciphertext", f"{d['ciphertext'][:-2]}{int(d['ciphertext'][-2:], 16) ^ 0x80:02x}"
    ),
    "ciphertext truncated": lambda d: d.__setitem__("ciphertext", d["ciphertext"][:-2]),
}


@pytest.mark.parametrize("change", TAMPERS.values(), ids=list(TAMPERS))
def test_any_change_to_content_is_authentication_error(change: Any) -> None:
    blob = _edit(_seal(), change)
    with pytest.raises(AuthenticationError) as info:
        open_sealed(blob, Passphrase("correct horse"), kind=KIND)
    assert str(info.value) == WRONG_PASSPHRASE


def test_reformatting_whitespace_is_not_tampering() -> None:
    blob = json.dumps(json.loads(_seal()), separators=(",", ":")).encode()
    assert open_sealed(blob, Passphrase("correct horse"), kind=KIND) == SECRET


def test_wrong_kind_is_decode_error_before_any_passphrase() -> None:
    blob = _seal()
    with pytest.raises(DecodeError, match="not a 'coldsign-role-key' file"):
        open_sealed(blob, Passphrase("correct horse"), kind="coldsign-role-key")
    with pytest.raises(DecodeError):
        read_public(blob, "coldsign-role-key")


MALFORMED = {
    "empty": b"",
    "not json": b"hello",
    "not utf8": b"\xff\xfe{}",
    "array": b"[]",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "nan": None,
    "duplicate key": None,
    "unknown field": None,
    "missing field": None,
    "version 2": None,
    "version bool": None,
    "other format": None,
    "kdf argon2": None,
    "kdf n not power of two": None,
    "kdf n too high": None,
    "kdf n too low": None,
    "kdf n float": None,
    "salt short": None,
    "salt uppercase": None,
    "salt with spaces": None,
    "nonce long": None,
    "cipher chacha": None,
    "public not object": None,
    "public int value": None,
    "ciphertext only tag": None,
    "ciphertext odd hex": None,
}


def _malformed(name: str) -> bytes:
    raw = MALFORMED[name]
    if raw is not None:
        return raw
    good = _seal()
    text = good.decode()
    edits: dict[str, Any] = {
        "unknown field": lambda d: d.__setitem__("extra", 1),
        "missing field": lambda d: d.pop("cipher"),
        "version 2": lambda d: d.__setitem__("version", 2),
        "version bool": lambda d: d.__setitem__("version", True),
        "other format": lambda d: d.__setitem__("format", "age"),
        "kdf argon2": lambda d: d["kdf"].__setitem__("name", "argon2id"),
        "kdf n not power of two": lambda d: d["kdf"].__setitem__("n", 3000),
        "kdf n too high": lambda d: d["kdf"].__setitem__("n", 2**24),
        "kdf n too low": lambda d: d["kdf"].__setitem__("n", 2),
        "kdf n float": lambda d: d["kdf"].__setitem__("n", 1024.0),
        "salt short": lambda d: d["kdf"].__setitem__("salt", "00" * 15),
        "salt uppercase": lambda d: d["kdf"].__setitem__("salt", d["kdf"]["salt"].upper() + ""),
        "salt with spaces": lambda d: d["kdf"].__setitem__("salt", " ".join(["00"] * 16)),
        "nonce long": lambda d: d["cipher"].__setitem__("nonce", "00" * 13),
        "cipher chacha": lambda d: d["cipher"].__setitem__("name", "chacha20-poly1305"),
        "public not object": lambda d: d.__setitem__("public", ["a"]),
        "public int value": lambda d: d["public"].__setitem__("n", 1),
        "ciphertext only tag": lambda d: d.__setitem__("ciphertext", "00" * 16),
        "ciphertext odd hex": lambda d: d.__setitem__("ciphertext", "abc"),
    }
    if name == "nan":
        return text.replace('"version": 1', '"version": NaN').encode()
    if name == "duplicate key":
        return text.replace('"version": 1', '"version": 1, "kind": "coldsign-test-secret"').encode()
    if name == "salt uppercase":
        doc = json.loads(good)
        doc["kdf"]["salt"] = "AB" * 16
        return json.dumps(doc).encode()
    return _edit(good, edits[name])


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_is_decode_error(name: str) -> None:
    blob = _malformed(name)
    with pytest.raises(DecodeError) as info:
        open_sealed(blob, Passphrase("correct horse"), kind=KIND)
    assert info.value.exit_code == 3
    with pytest.raises(DecodeError):
        read_public(blob, KIND)


def test_oversized_file_is_decode_error() -> None:
    with pytest.raises(DecodeError, match="larger than"):
        read_public(b" " * (envelope.MAX_ENVELOPE_BYTES + 1), KIND)


def test_seal_refuses_bad_arguments() -> None:
    with pytest.raises(UsageError):
        _seal(passphrase="")
    with pytest.raises(ValueError):
        _seal(kdf_n=2**9)
    with pytest.raises(ValueError):
        _seal(kdf_n=3 * 2**10)
    with pytest.raises(ValueError):
        _seal(kind="Bad Kind")
    with pytest.raises(ValueError):
        _seal(public={"n": 1})
    with pytest.raises(ValueError):
        _seal(secret=b"")
    with pytest.raises(TypeError):
        seal(SECRET, "plain str", kind=KIND, public={}, kdf_n=FAST_N)  # type: ignore[arg-type]


def test_kdf_cost_reads_the_stored_n() -> None:
    assert envelope.kdf_cost(_seal(kdf_n=2**11), KIND) == 2**11
