"""EIP-191 personal_sign: eth-account's vectors, and eth-account as a peer both ways."""

from __future__ import annotations

import contextlib

import pytest
from eth_account import Account
from eth_account.messages import encode_defunct
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import Address
from coldsign.errors import DecodeError, NotOurs
from coldsign.keys.secrets import PrivateKey32, Seed
from coldsign.messages import eip191
from coldsign.messages.evmsig import EvmSignature
from tests.conftest import vector

V = vector("ethereum/eip191_personal_sign.json")


@pytest.mark.parametrize("case", V["sign_cases"], ids=lambda c: c["id"])
def test_sign_vectors(case: dict[str, object]) -> None:
    key = PrivateKey32(bytes.fromhex(str(case["key"])[2:]))
    assert "0x" + eip191.personal_message_hash(str(case["message"])).hex() == case["expected_hash"]
    sig = eip191.sign(key, str(case["message"]))
    assert sig.hex == case["signature"]
    assert (sig.v, sig.r, sig.s) == (case["v"], case["r"], case["s"])
    signer = Account.from_key(key.reveal()).address
    assert eip191.verify(Address.parse(signer), str(case["message"]), sig)


@pytest.mark.parametrize("case", V["hash_text_cases"], ids=lambda c: c["id"])
def test_hash_text(case: dict[str, str]) -> None:
    assert "0x" + eip191.personal_message_hash(case["text"]).hex() == case["expected_hash"]


@pytest.mark.parametrize("case", V["hash_hexstr_cases"], ids=lambda c: c["id"])
def test_hash_bytes(case: dict[str, str]) -> None:
    raw = bytes.fromhex(case["hexstr"][2:])
    assert "0x" + eip191.personal_message_hash(raw).hex() == case["expected_hash"]


def test_recover_vector() -> None:
    c = V["recover_case"]
    sig = EvmSignature(int(c["r"], 16), int(c["s"], 16), c["v"])
    assert eip191.recover(c["text"], sig) == Address.parse(c["expected_address"])


@settings(max_examples=40, deadline=None)
@given(message=st.binary(max_size=300), secret=st.integers(1, 2**255))
def test_eth_account_agrees_both_ways(message: bytes, secret: int) -> None:
    key = PrivateKey32(secret.to_bytes(32, "big"))
    ours = eip191.sign(key, message)
    theirs = Account.sign_message(encode_defunct(primitive=message), key.reveal())
    assert ours.to_bytes() == bytes(theirs.signature)  # both RFC 6979, low S
    signer = Address.parse(Account.from_key(key.reveal()).address)
    assert (
        Account.recover_message(encode_defunct(primitive=message), signature=ours.to_bytes())
        == signer.checksummed
    )
    assert eip191.verify(signer, message, EvmSignature.from_bytes(bytes(theirs.signature)))
    assert not eip191.verify(signer, message + b"!", ours)


def test_sign_with_seed_and_expected_address() -> None:
    seed = Seed(bytes(range(64)))
    path = "m/44'/60'/0'/0/0"
    sig = eip191.sign_with_seed("hi", seed, path)
    signer = eip191.recover("hi", sig)
    assert signer is not None
    assert eip191.sign_with_seed("hi", seed, path, expected_address=signer) == sig
    with pytest.raises(NotOurs):
        eip191.sign_with_seed("hi", seed, path, expected_address=Address(bytes(20)))


def test_signature_decoding() -> None:
    sig = eip191.sign(PrivateKey32(b"\x01" * 32), "x")
    assert EvmSignature.from_hex(sig.hex) == sig
    low_v = sig.to_bytes()[:64] + bytes([sig.v - 27])
    assert EvmSignature.from_bytes(low_v) == sig  # the 0/1 form some devices write
    for bad in ("0x" + "00" * 65, sig.hex[:-2] + "1d", "0x12", "zz" * 65):
        with pytest.raises(DecodeError):
            EvmSignature.from_hex(bad)


@given(raw=st.binary(max_size=70))
def test_mangled_signatures_raise_only_decode_error(raw: bytes) -> None:
    with contextlib.suppress(DecodeError):
        sig = EvmSignature.from_bytes(raw)
        eip191.recover("m", sig)
