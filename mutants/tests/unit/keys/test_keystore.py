"""Keystore files: a BIP-32 seed sealed in the envelope, label readable without the passphrase."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from coldsign.errors import AuthenticationError, DecodeError, UsageError
from coldsign.keys import envelope
from coldsign.keys.keystore import KIND, keystore_info, open_seed, seal_seed
from coldsign.keys.secrets import Passphrase, Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic

FAST_N = 2**10
ABOUT = " ".join(["abandon"] * 11 + ["about"])
SEED = seed_from_mnemonic(mnemonic_from_text(ABOUT))  # BIP-39 vector: fingerprint 73c5da0a
PASS = Passphrase("correct horse")
WHEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def _sealed(seed: Seed = SEED, name: str = "treasury-1") -> bytes:
    return seal_seed(seed, PASS, name=name, created=WHEN, kdf_n=FAST_N)


def test_round_trip_and_label() -> None:
    blob = _sealed()
    info = keystore_info(blob)
    assert (info.name, info.fingerprint, info.created) == (
        "treasury-1",
        "73c5da0a",
        "2025-01-02T03:04:05Z",
    )
    assert (info.kdf_n, info.kdf_r, info.kdf_p) == (FAST_N, 8, 1)
    opened = open_seed(blob, PASS)
    assert opened == SEED and opened.fingerprint == "73c5da0a"
    assert SEED.reveal().hex() not in blob.decode()


@pytest.mark.parametrize("size", [16, 32, 64], ids=["slip39-128", "slip39-256", "bip39"])
def test_any_bip32_seed_length(size: int) -> None:
    seed = Seed(bytes(range(1, size + 1)))
    assert open_seed(_sealed(seed), PASS) == seed


def test_wrong_passphrase_is_authentication_error() -> None:
    with pytest.raises(AuthenticationError):
        open_seed(_sealed(), Passphrase("correct horsE"))


def test_label_change_is_authentication_error() -> None:
    document = json.loads(_sealed())
    document["public"]["name"] = "other"
    with pytest.raises(AuthenticationError):
        open_seed(json.dumps(document).encode(), PASS)


def test_label_not_matching_the_seed_inside_is_refused() -> None:
    # Sealed by someone with the passphrase but a false fingerprint on the label.
    public = {"name": "x", "fingerprint": "00000000", "created": "2025-01-02T03:04:05Z"}
    blob = envelope.seal(SEED.reveal(), PASS, kind=KIND, public=public, kdf_n=FAST_N)
    assert keystore_info(blob).fingerprint == "00000000"  # a claim until opened
    with pytest.raises(AuthenticationError, match="fingerprint label does not match"):
        open_seed(blob, PASS)


def test_seed_of_invalid_length_inside_is_refused() -> None:
    public = {"name": "x", "fingerprint": "00000000", "created": "2025-01-02T03:04:05Z"}
    blob = envelope.seal(b"\x01" * 8, PASS, kind=KIND, public=public, kdf_n=FAST_N)
    with pytest.raises(AuthenticationError, match="invalid length"):
        open_seed(blob, PASS)


@pytest.mark.parametrize(
    "public",
    [
        {"name": "x", "fingerprint": "73c5da0a"},
        {"name": "x", "fingerprint": "73c5da0a", "created": "2025-01-02T03:04:05Z", "more": "y"},
        {"name": "x", "fingerprint": "73C5DA0A", "created": "2025-01-02T03:04:05Z"},
        {"name": "x", "fingerprint": "73c5da0", "created": "2025-01-02T03:04:05Z"},
        {"name": "x", "fingerprint": "73c5da0a", "created": "2025-13-02T03:04:05Z"},
        {"name": "x", "fingerprint": "73c5da0a", "created": "yesterday"},
        {"name": "has space", "fingerprint": "73c5da0a", "created": "2025-01-02T03:04:05Z"},
    ],
    ids=["missing", "extra", "upper-hex", "short-fp", "bad-month", "bad-created", "bad-name"],
)
def test_bad_labels_are_decode_errors(public: dict[str, str]) -> None:
    blob = envelope.seal(SEED.reveal(), PASS, kind=KIND, public=public, kdf_n=FAST_N)
    with pytest.raises(DecodeError, match="keystore label"):
        keystore_info(blob)
    with pytest.raises(DecodeError):
        open_seed(blob, PASS)


def test_another_kind_of_envelope_is_refused() -> None:
    blob = envelope.seal(SEED.reveal(), PASS, kind="coldsign-role-key", public={}, kdf_n=FAST_N)
    with pytest.raises(DecodeError, match="not a 'coldsign-seed' file"):
        keystore_info(blob)


def test_seal_refuses_bad_name_and_empty_passphrase() -> None:
    with pytest.raises(ValueError):
        seal_seed(SEED, PASS, name="", kdf_n=FAST_N)
    with pytest.raises(UsageError):
        seal_seed(SEED, Passphrase(""), name="ok", kdf_n=FAST_N)


def test_created_defaults_to_now_in_utc() -> None:
    info = keystore_info(seal_seed(SEED, PASS, name="n", kdf_n=FAST_N))
    created = datetime.strptime(info.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - created).total_seconds()) < 3600
