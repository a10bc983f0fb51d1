"""Coldcard-style signed exports: the firmware's own signed export verifies, is re-made byte for
byte, and every kind of tampering is refused (exit 5)."""

from __future__ import annotations

import pytest

from coldsign.codec.bip32 import parse_path
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import signed_export as S
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.units import Network
from tests import bip137_peer
from tests.conftest import vector, vector_path

WORDS = vector("coldcard/coldcard_vectors.json")["simulator_constants_from_testing_constants_py"][
    "simulator_fixed_words"
]
EXPORT = vector_path("coldcard/coldcard-export.json").read_bytes()
SIGNATURE = vector_path("coldcard/coldcard-export.sig").read_bytes()
NAME = "coldcard-export.json"


def _signing_key() -> ExtendedPrivateKey:
    seed = seed_from_mnemonic(mnemonic_from_text(WORDS))
    try:
        master = ExtendedPrivateKey.from_seed(seed, Network.TESTNET)
    finally:
        seed.wipe()
    return master.derive(parse_path("m/44h/1h/0h/0/0"))


def test_coldcards_signed_export_verifies_and_is_remade_byte_for_byte() -> None:
    key = _signing_key()
    signed = S.parse_signed_message(SIGNATURE)
    assert S.verify_export(
        EXPORT, NAME, signed, candidates=[key.public_key], network=Network.TESTNET,
        check=bip137_peer.check,
    ) == key.public_key  # fmt: skip
    secret = key.private_key()
    remade = S.sign_export(
        EXPORT, NAME, public_key=key.public_key, network=Network.TESTNET,
        signer=bip137_peer.signer(secret.reveal()),
    )  # fmt: skip
    assert remade.armor() == SIGNATURE  # RFC 6979 nonces: the same signature as Coldcard's
    key.wipe()


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (EXPORT + b" ", NAME, "SHA-256"),
        (EXPORT, "other.json", "named 'coldcard-export.json'"),
    ],
)
def test_tampering_is_refused(data: bytes, name: str, reason: str) -> None:
    key = _signing_key()
    with pytest.raises(AuthenticationError, match=reason):
        S.verify_export(
            data, name, S.parse_signed_message(SIGNATURE), candidates=[key.public_key],
            network=Network.TESTNET, check=bip137_peer.check,
        )  # fmt: skip


def test_a_key_outside_the_wallet_is_refused() -> None:
    other = _signing_key().derive(1).public_key
    with pytest.raises(AuthenticationError, match="not the address of one of the wallet's keys"):
        S.verify_export(
            EXPORT, NAME, S.parse_signed_message(SIGNATURE), candidates=[other],
            network=Network.TESTNET, check=bip137_peer.check,
        )  # fmt: skip


def test_a_forged_signature_is_refused() -> None:
    key = _signing_key()
    signed = S.parse_signed_message(SIGNATURE)
    forged = S.SignedMessage(signed.message, signed.address, "H" + signed.signature[1:-5] + "AAAA=")
    with pytest.raises(AuthenticationError, match="does not verify"):
        S.verify_export(
            EXPORT, NAME, forged, candidates=[key.public_key], network=Network.TESTNET,
            check=bip137_peer.check,
        )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [b"", b"not armored", SIGNATURE.replace(b"mtHSV", b"0OIl"), b"\xff" * 10, SIGNATURE * 30],
)
def test_malformed_signature_files(text: bytes) -> None:
    with pytest.raises(DecodeError):
        S.parse_signed_message(text)
