"""BIP-137 legacy signed messages: python-bitcoinlib's 200 vectors, header rules, peers."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coldsign.codec.script import address_from_script, p2pkh_script, p2sh_script, p2wpkh_script
from coldsign.errors import DecodeError
from coldsign.keys.secrets import PrivateKey32
from coldsign.messages import bip137
from coldsign.messages.bip137 import HeaderStyle, LegacyScript
from coldsign.units import Network
from tests.conftest import vector
from tests.unit.messages.helpers import wif_secret

SIGNMESSAGE = vector("signmessage/signmessage.json")
KEY = PrivateKey32(bytes.fromhex("11" * 32))


def _pubkey(key: PrivateKey32) -> bytes:
    from coincurve import PrivateKey

    return bytes(PrivateKey(key.reveal()).public_key.format(compressed=True))


def _address(script: LegacyScript, key: PrivateKey32 = KEY) -> str:
    pub = _pubkey(key)
    spk = {
        LegacyScript.P2PKH: p2pkh_script(pub),
        LegacyScript.P2WPKH: p2wpkh_script(pub),
        LegacyScript.P2SH_P2WPKH: p2sh_script(p2wpkh_script(pub)),
    }[script]
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    return address


@pytest.mark.parametrize("case", SIGNMESSAGE, ids=[c["address"] for c in SIGNMESSAGE])
def test_python_bitcoinlib_vectors_verify(case: dict[str, str]) -> None:
    # The signed message is the address itself (python-bitcoinlib's test).
    assert bip137.verify(case["address"], case["address"], case["signature"])
    assert not bip137.verify(case["address"], case["address"] + "!", case["signature"])
    secret, compressed = wif_secret(case["wif"])
    assert compressed
    ours = bip137.sign(PrivateKey32(secret), case["address"], LegacyScript.P2PKH)
    # python-bitcoinlib's nonces were not RFC 6979, so the bytes differ; the key is the same.
    assert bip137.recover(case["address"], ours) == bip137.recover(
        case["address"], case["signature"]
    )
    assert bip137.verify(case["address"], case["address"], ours)


def test_message_hash_layout() -> None:
    import hashlib

    msg = b"x" * 300  # CompactSize of 300 is fd 2c 01
    pre = b"\x18Bitcoin Signed Message:\n" + b"\xfd\x2c\x01" + msg
    assert bip137.message_hash(msg) == hashlib.sha256(hashlib.sha256(pre).digest()).digest()
    assert bip137.message_hash("é") == bip137.message_hash("é".encode())


@pytest.mark.parametrize("script", list(LegacyScript))
@pytest.mark.parametrize("style", list(HeaderStyle))
def test_sign_headers_and_verify(script: LegacyScript, style: HeaderStyle) -> None:
    sig = bip137.sign(KEY, "hello", script, style=style)
    header = base64.b64decode(sig)[0]
    if style is HeaderStyle.ELECTRUM or script is LegacyScript.P2PKH:
        assert 31 <= header <= 34
    elif script is LegacyScript.P2SH_P2WPKH:
        assert 35 <= header <= 38
    else:
        assert 39 <= header <= 42
    assert bip137.verify(_address(script), "hello", sig)
    assert not bip137.verify(_address(script), "hello!", sig)
    other = PrivateKey32(bytes.fromhex("22" * 32))
    assert not bip137.verify(_address(script, other), "hello", sig)


def _with_header(sig: str, header: int) -> str:
    raw = bytearray(base64.b64decode(sig))
    raw[0] = header
    return base64.b64encode(bytes(raw)).decode()


def test_header_must_fit_the_address_type() -> None:
    sig = bip137.sign(KEY, "m", LegacyScript.P2PKH)
    recid = base64.b64decode(sig)[0] - 31
    # A P2PKH address refuses segwit headers (Trezor's rule).
    for base in (35, 39):
        assert not bip137.verify(_address(LegacyScript.P2PKH), "m", _with_header(sig, base + recid))
    # A P2WPKH address refuses the nested header, a P2SH one the native header.
    assert not bip137.verify(_address(LegacyScript.P2WPKH), "m", _with_header(sig, 35 + recid))
    assert not bip137.verify(_address(LegacyScript.P2SH_P2WPKH), "m", _with_header(sig, 39 + recid))
    # The uncompressed header stands for the uncompressed key's address, never a segwit one.
    assert not bip137.verify(_address(LegacyScript.P2WPKH), "m", _with_header(sig, 27 + recid))
    assert not bip137.verify(_address(LegacyScript.P2PKH), "m", _with_header(sig, 27 + recid))


def test_uncompressed_p2pkh_signature() -> None:
    from coincurve import PrivateKey

    key = PrivateKey(KEY.reveal())
    digest = bip137.message_hash("u")
    compact = key.sign_recoverable(digest, hasher=None)
    sig = base64.b64encode(bytes([27 + compact[64]]) + compact[:64]).decode()
    address = address_from_script(
        p2pkh_script(key.public_key.format(compressed=False)), Network.MAINNET
    )
    assert address is not None
    assert bip137.verify(address, "u", sig)
    assert not bip137.verify(_address(LegacyScript.P2PKH), "u", sig)


def test_refusals_are_decode_errors() -> None:
    sig = bip137.sign(KEY, "m", LegacyScript.P2PKH)
    taproot = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"
    with pytest.raises(DecodeError, match="p2tr"):
        bip137.verify(taproot, "m", sig)
    with pytest.raises(DecodeError, match="base64"):
        bip137.verify(_address(LegacyScript.P2PKH), "m", "not base64!")
    with pytest.raises(DecodeError, match="65"):
        bip137.verify(_address(LegacyScript.P2PKH), "m", base64.b64encode(b"\x1f" * 64).decode())
    with pytest.raises(DecodeError, match="header"):
        bip137.verify(_address(LegacyScript.P2PKH), "m", _with_header(sig, 43))
    with pytest.raises(DecodeError):
        bip137.verify("1notanaddress", "m", sig)


def test_testnet_addresses() -> None:
    pub = _pubkey(KEY)
    address = address_from_script(p2wpkh_script(pub), Network.TESTNET)
    assert address is not None and address.startswith("tb1")
    sig = bip137.sign(KEY, "t", LegacyScript.P2WPKH)
    assert bip137.verify(address, "t", sig)
    assert bip137.verify(address, "t", sig, network=Network.TESTNET)
    with pytest.raises(DecodeError):
        bip137.verify(address, "t", sig, network=Network.MAINNET)


@given(data=st.binary(max_size=80), address=st.text(max_size=80))
def test_mangled_signatures_raise_only_decode_error(data: bytes, address: str) -> None:
    for sig in (base64.b64encode(data).decode(), data.decode("latin-1")):
        with contextlib.suppress(DecodeError):
            bip137.verify(_address(LegacyScript.P2WPKH), "m", sig)
        with contextlib.suppress(DecodeError):
            bip137.verify(address, "m", sig)


@given(flip=st.integers(0, 64 * 8 - 1))
def test_flipped_bits_never_verify(flip: int) -> None:
    sig = bytearray(base64.b64decode(bip137.sign(KEY, "bits", LegacyScript.P2WPKH)))
    sig[1 + flip // 8] ^= 1 << (flip % 8)
    text = base64.b64encode(bytes(sig)).decode()
    with contextlib.suppress(DecodeError):
        assert not bip137.verify(_address(LegacyScript.P2WPKH), "bits", text)
