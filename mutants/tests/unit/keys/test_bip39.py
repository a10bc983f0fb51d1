"""BIP-39 (English): entropy -> mnemonic -> seed (passphrase TREZOR) -> xprv, and rejections."""

from __future__ import annotations

from typing import Any

import pytest

from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, new_mnemonic, seed_from_mnemonic
from tests.conftest import vector


def _cases() -> list[Any]:
    return [
        pytest.param(*case, id=f"{i}-{case[0][:8]}")
        for i, case in enumerate(vector("bip39/vectors.json")["english"])
    ]


@pytest.mark.parametrize(("entropy", "words", "seed", "xprv"), _cases())
def test_english_vector(entropy: str, words: str, seed: str, xprv: str) -> None:
    generated = new_mnemonic(len(words.split()), bytes.fromhex(entropy))
    assert generated.reveal() == words
    mnemonic = mnemonic_from_text(words)
    derived = seed_from_mnemonic(mnemonic, Passphrase("TREZOR"))
    assert derived.reveal().hex() == seed
    assert ExtendedPrivateKey.from_seed(derived).reveal_xprv() == xprv


ABOUT = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)


def test_normalization_case_and_whitespace() -> None:
    messy = "  ABANDON\tabandon abandon abandon abandon abandon\n abandon abandon abandon abandon"
    messy += " abandon About "
    assert mnemonic_from_text(messy).reveal() == ABOUT


def test_unknown_word_reported_by_position_only() -> None:
    words = ABOUT.split()
    words[4] = "zebraa"
    words[9] = "qwerty"
    with pytest.raises(DecodeError) as info:
        mnemonic_from_text(" ".join(words))
    message = str(info.value)
    assert "5, 10" in message
    assert "zebraa" not in message and "qwerty" not in message and "abandon" not in message


def test_bad_checksum() -> None:
    with pytest.raises(DecodeError, match="checksum"):
        mnemonic_from_text(ABOUT.replace("about", "abandon"))


@pytest.mark.parametrize("count", [0, 1, 11, 13, 25])
def test_bad_length(count: int) -> None:
    with pytest.raises(DecodeError):
        mnemonic_from_text(" ".join(["abandon"] * count))


def test_passphrase_changes_seed_and_nfkd() -> None:
    mnemonic = mnemonic_from_text(ABOUT)
    plain = seed_from_mnemonic(mnemonic, None)
    assert plain != seed_from_mnemonic(mnemonic, Passphrase("x"))
    # NFKD: a precomposed and a decomposed "é" give the same seed.
    assert seed_from_mnemonic(mnemonic, Passphrase("caf\u00e9")) == seed_from_mnemonic(
        mnemonic, Passphrase("cafe\u0301")
    )


def test_new_mnemonic_wrong_entropy_is_a_caller_bug() -> None:
    with pytest.raises(ValueError):
        new_mnemonic(12, b"\0" * 15)
    with pytest.raises(ValueError):
        new_mnemonic(13, b"\0" * 16)
