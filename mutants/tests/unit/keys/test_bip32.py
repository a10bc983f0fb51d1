"""BIP-32 vectors 1-5, BIP-84/49/86 account derivations, paths and key origins."""

from __future__ import annotations

from typing import Any

import pytest

from coldsign.codec.bip32 import (
    HARDENED,
    ExtendedPublicKey,
    KeyOrigin,
    format_path,
    parse_extended_public_key,
    parse_path,
)
from coldsign.codec.descriptor import parse_descriptor
from coldsign.codec.script import address_from_script, p2sh_p2wpkh_redeem_script, p2sh_script
from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey, parse_extended_key
from coldsign.keys.secrets import Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.units import Network
from tests.conftest import vector

BIP32 = vector("bip32/bip32_test_vectors.json")["vectors"]


def _chain_cases() -> list[Any]:
    return [
        pytest.param(v["seed_hex"], c, id=f"vector{v['vector']}-{c['chain']}")
        for v in BIP32
        if "chains" in v
        for c in v["chains"]
    ]


@pytest.mark.parametrize(("seed_hex", "chain"), _chain_cases())
def test_bip32_chain(seed_hex: str, chain: dict[str, str]) -> None:
    master = ExtendedPrivateKey.from_seed(Seed(bytes.fromhex(seed_hex)))
    key = master.derive(chain["path"])
    assert key.reveal_xprv() == chain["ext_prv"]
    assert key.public().to_string() == chain["ext_pub"]
    parsed_pub = parse_extended_key(chain["ext_pub"])
    assert isinstance(parsed_pub, ExtendedPublicKey)
    assert parsed_pub == key.public()
    parsed_prv = parse_extended_key(chain["ext_prv"])
    assert isinstance(parsed_prv, ExtendedPrivateKey)
    assert parsed_prv.reveal_xprv() == chain["ext_prv"]
    # Public derivation agrees with private derivation for every non-hardened tail.
    path = parse_path(chain["path"])
    if path and path[-1] < HARDENED:
        parent = master.derive(path[:-1]).public()
        assert parent.derive(path[-1]) == key.public()


def _invalid_cases() -> list[Any]:
    keys = next(v for v in BIP32 if v["vector"] == 5)["invalid_keys"]
    return [
        pytest.param(k["key"], id=f"{i}-{k['reason'].replace(' ', '-')}")
        for i, k in enumerate(keys)
    ]


@pytest.mark.parametrize("text", _invalid_cases())
def test_bip32_vector5_invalid(text: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_extended_key(text)
    assert info.value.reason
    assert text not in str(info.value)


MNEMONIC = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)


@pytest.fixture(scope="module")
def master() -> ExtendedPrivateKey:
    return ExtendedPrivateKey.from_seed(seed_from_mnemonic(mnemonic_from_text(MNEMONIC)))


def test_bip84(master: ExtendedPrivateKey) -> None:
    data = vector("derivation/bip84_test_vectors.json")
    zpub_version = bytes.fromhex("04b24746")
    assert master.public().to_string(zpub_version) == data["rootpub"]
    assert master.reveal_xprv(bytes.fromhex("04b2430c")) == data["rootpriv"]
    for entry in data["entries"]:
        key = master.derive(entry["path"])
        fields = entry["fields"]
        if "xpub" in fields:
            assert key.public().to_string(zpub_version) == fields["xpub"]
            assert parse_extended_key(fields["xpub"]) == key.public()  # zpub normalized
        else:
            assert key.public_key.hex() == fields["pubkey"]
            from coldsign.codec.script import p2wpkh_script

            assert (
                address_from_script(p2wpkh_script(key.public_key), Network.MAINNET)
                == fields["address"]
            )


def test_bip49_testnet(master: ExtendedPrivateKey) -> None:
    data = vector("derivation/bip49_test_vectors.json")
    entries = data["entries"]
    account = master.derive("m/49'/1'/0'")
    tmaster = ExtendedPrivateKey.from_seed(
        seed_from_mnemonic(mnemonic_from_text(MNEMONIC)), Network.TESTNET
    )
    assert tmaster.reveal_xprv(bytes.fromhex("044a4e28")) == data["masterseed"]
    assert (
        account.public().to_string(bytes.fromhex("044a5262"))
        == entries[0]["fields"]["account0Xpub"]
    )
    upub = parse_extended_key(entries[0]["fields"]["account0Xpub"])
    assert isinstance(upub, ExtendedPublicKey) and upub.network is Network.TESTNET
    assert upub.to_string().startswith("tpub")
    child = account.derive((0, 0))
    assert "0x" + child.public_key.hex() == entries[1]["fields"]["account0recvPublicKeyHex"]
    assert (
        "0x" + child.private_key().reveal().hex()
        == entries[1]["fields"]["account0recvPrivateKeyHex"]
    )
    redeem = p2sh_p2wpkh_redeem_script(child.public_key)
    address = address_from_script(p2sh_script(redeem), Network.TESTNET)
    assert address is not None and address in entries[3]["fields"]["address"]


def test_bip86(master: ExtendedPrivateKey) -> None:
    data = vector("derivation/bip86_test_vectors.json")
    assert master.reveal_xprv() == data["rootpriv"]
    account = master.derive("m/86'/0'/0'")
    origin = KeyOrigin(master.fingerprint, parse_path("m/86'/0'/0'"))
    descriptor = parse_descriptor(f"tr([{origin}]{account.public()}/<0;1>/*)")
    for entry in data["entries"]:
        fields = entry["fields"]
        key = master.derive(entry["path"])
        assert key.reveal_xprv() == fields["xprv"]
        assert key.public().to_string() == fields["xpub"]
        if "address" not in fields:
            continue
        path = parse_path(entry["path"])
        derived = descriptor.derive(path[-1], branch=path[-2])
        assert derived.internal_key is not None and derived.output_key is not None
        assert derived.internal_key.hex() == fields["internal_key"]
        assert derived.output_key.hex() == fields["output_key"]
        assert derived.script_pubkey.hex() == fields["scriptPubKey"]
        assert derived.address(Network.MAINNET) == fields["address"]


def test_fingerprint_and_repr(master: ExtendedPrivateKey) -> None:
    assert master.fingerprint.hex() == "73c5da0a"
    assert repr(master) == "<ExtendedPrivateKey 73c5da0a (redacted)>"
    assert master.reveal_xprv() not in repr(master)


def test_private_key_refused_where_public_expected(master: ExtendedPrivateKey) -> None:
    with pytest.raises(DecodeError, match="private"):
        parse_extended_public_key(master.reveal_xprv())


def test_hardened_public_derivation_refused(master: ExtendedPrivateKey) -> None:
    with pytest.raises(DecodeError, match="hardened"):
        master.public().derive(HARDENED)


def test_many_children_match_bip_utils(master: ExtendedPrivateKey) -> None:
    """Cross-check our CKD against bip_utils (an independent implementation) on 20 keys."""
    from bip_utils import Bip32Slip10Secp256k1

    seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC)).reveal()
    other = Bip32Slip10Secp256k1.FromSeed(seed).DerivePath("m/84'/1'/0'")
    account = master.derive("m/84'/1'/0'")
    xpub = account.public()
    for i in range(0, 2000, 100):
        ours = account.derive((0, i))
        theirs = other.ChildKey(0).ChildKey(i)
        assert ours.private_key().reveal() == theirs.PrivateKey().Raw().ToBytes()
        assert xpub.derive((0, i)).public_key == theirs.PublicKey().RawCompressed().ToBytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("m/84'/0'/0'", (84 + HARDENED, HARDENED, HARDENED)),
        ("84h/1h/0h/0/5", (84 + HARDENED, 1 + HARDENED, HARDENED, 0, 5)),
        ("m", ()),
        ("m/2147483647'", (0xFFFFFFFF,)),
    ],
)
def test_parse_path(text: str, expected: tuple[int, ...]) -> None:
    assert parse_path(text) == expected
    assert parse_path(format_path(expected)) == expected
    assert parse_path(format_path(expected, "'")) == expected


@pytest.mark.parametrize(
    "text", ["m/", "m//0", "m/2147483648", "m/0H", "m/-1", "m/01", "m/a", "x/0", "m/0/"]
)
def test_parse_path_rejects(text: str) -> None:
    with pytest.raises(DecodeError):
        parse_path(text)


def test_key_origin() -> None:
    origin = KeyOrigin.parse("[73c5da0a/84'/0h/0']")
    assert str(origin) == "73c5da0a/84h/0h/0h"
    assert origin.to_string("'") == "73c5da0a/84'/0'/0'"
    assert KeyOrigin.parse(str(origin)) == origin
    for bad in ("73c5da0/84h", "73c5da0a/", "zzzzzzzz/0", "73c5da0a/0H"):
        with pytest.raises(DecodeError):
            KeyOrigin.parse(bad)
