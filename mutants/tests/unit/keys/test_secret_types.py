"""Secret wrappers: redacted text forms, no pickling or copying, constant-time equality, wipe."""

from __future__ import annotations

import copy
import pickle

import pytest

from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Mnemonic, Passphrase, PrivateKey32, Secret, Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic

ABOUT = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)


def _all() -> list[Secret]:
    mnemonic = mnemonic_from_text(ABOUT)
    seed = seed_from_mnemonic(mnemonic)
    return [
        mnemonic,
        seed,
        Passphrase("hunter2"),
        PrivateKey32(b"\x01" * 32),
        ExtendedPrivateKey.from_seed(seed),
    ]


@pytest.mark.parametrize("secret", _all(), ids=lambda s: type(s).__name__)
def test_redacted(secret: Secret) -> None:
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", format(secret, "")):
        assert "(redacted)" in text
        assert "abandon" not in text and "hunter2" not in text
        assert secret.reveal_material().hex() not in text


@pytest.mark.parametrize("secret", _all(), ids=lambda s: type(s).__name__)
def test_no_pickle_no_copy(secret: Secret) -> None:
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        copy.copy(secret)
    with pytest.raises(TypeError):
        copy.deepcopy(secret)


def test_seed_repr_shows_fingerprint() -> None:
    seed = seed_from_mnemonic(mnemonic_from_text(ABOUT))
    assert repr(seed) == "<Seed 73c5da0a (redacted)>"
    assert repr(mnemonic_from_text(ABOUT)) == "<Mnemonic 12 words (redacted)>"


def test_equality_and_wipe() -> None:
    a, b = Seed(bytes(range(32))), Seed(bytes(range(32)))
    assert a == b and a != Seed(bytes(32))
    assert a != Passphrase("x")
    with pytest.raises(TypeError):
        hash(a)
    a.wipe()
    assert a.reveal() == b"" and a != b
    passphrase = Passphrase("secret")
    passphrase.wipe()
    assert passphrase.reveal() == ""


def test_wrong_sizes() -> None:
    with pytest.raises(ValueError):
        PrivateKey32(b"\x01" * 31)
    with pytest.raises(Exception):  # noqa: B017 - DecodeError for an out-of-range seed length
        Seed(b"\x01" * 15)
    assert isinstance(Mnemonic("a b"), Secret)
