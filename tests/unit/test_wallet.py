"""Watch-only wallet: branches, network checks, and ownership only by re-derivation."""

from __future__ import annotations

import pytest

from coldsign.chains.bitcoin.wallet import CHANGE, RECEIVE, Wallet
from coldsign.codec.bip32 import KeyOrigin, parse_path
from coldsign.codec.descriptor import parse_descriptor
from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.units import Network

ABOUT = " ".join(["abandon"] * 11 + ["about"])
MASTER = ExtendedPrivateKey.from_seed(seed_from_mnemonic(mnemonic_from_text(ABOUT)))
FP = MASTER.fingerprint
ACCOUNT_PATH = parse_path("m/84'/1'/0'")
ACCOUNT = MASTER.derive(ACCOUNT_PATH).public()
DESCRIPTOR = f"wpkh([{FP.hex()}/84h/1h/0h]{ACCOUNT.to_string()}/<0;1>/*)"


def _testnet_account() -> str:
    tmaster = ExtendedPrivateKey.from_seed(
        seed_from_mnemonic(mnemonic_from_text(ABOUT)), Network.TESTNET
    )
    return tmaster.derive(ACCOUNT_PATH).public().to_string()


TDESCRIPTOR = f"wpkh([{FP.hex()}/84h/1h/0h]{_testnet_account()}/<0;1>/*)"


@pytest.fixture
def wallet() -> Wallet:
    return Wallet.from_descriptor(TDESCRIPTOR, Network.TESTNET)


def test_branches_and_descriptor_string(wallet: Wallet) -> None:
    assert len(wallet.branches) == 2
    assert wallet.fingerprints == frozenset({FP})
    assert parse_descriptor(wallet.descriptor_string()).to_string() == wallet.descriptor_string()
    assert "<0;1>/*" in wallet.descriptor_string()
    receive = wallet.derive_at((RECEIVE, 3))
    change = wallet.derive_at((CHANGE, 3))
    assert receive.script_pubkey != change.script_pubkey
    assert str(change.keys[0].origin) == f"{FP.hex()}/84h/1h/0h/1/3"


def test_two_descriptors_make_one_wallet() -> None:
    base = TDESCRIPTOR.replace("/<0;1>/*)", "")
    split = Wallet(
        [parse_descriptor(f"{base}/0/*)"), parse_descriptor(f"{base}/1/*)")], Network.TESTNET
    )
    joined = Wallet.from_descriptor(TDESCRIPTOR, Network.TESTNET)
    assert split.derive_at((1, 9)).script_pubkey == joined.derive_at((1, 9)).script_pubkey
    assert split.descriptor_string() == joined.descriptor_string()


def test_network_mismatch_refused() -> None:
    with pytest.raises(DecodeError, match="another network"):
        Wallet.from_descriptor(DESCRIPTOR, Network.TESTNET)
    with pytest.raises(DecodeError, match="another network"):
        Wallet.from_descriptor(TDESCRIPTOR, Network.MAINNET)
    assert Wallet.from_descriptor(TDESCRIPTOR, Network.SIGNET).network is Network.SIGNET


def test_refusals_name_the_descriptor_and_the_key_family() -> None:
    """What a policy author reads: which descriptor is wrong, and which key family the network
    needs (the wallet is the [[wallets]] entry's; each message exactly)."""
    base = TDESCRIPTOR.replace("/<0;1>/*)", "")
    mainnet = DESCRIPTOR.replace("/<0;1>/*)", "")
    mixed = [parse_descriptor(f"{base}/0/*)"), parse_descriptor(f"{mainnet}/1/*)")]
    with pytest.raises(DecodeError) as info:
        Wallet(mixed, Network.TESTNET)
    assert str(info.value) == (
        "invalid wallet: descriptor 2 has a key for another network (testnet needs tpub)"
    )
    with pytest.raises(DecodeError) as info:
        Wallet.from_descriptor(TDESCRIPTOR, Network.MAINNET)
    assert str(info.value) == (
        "invalid wallet: descriptor 1 has a key for another network (mainnet needs xpub)"
    )
    with pytest.raises(DecodeError) as info:
        Wallet([], Network.TESTNET)
    assert str(info.value) == "invalid wallet: no descriptors"
    kinds = [parse_descriptor(f"{base}/0/*)"), parse_descriptor(f"tr({base[5:]}/1/*)")]
    with pytest.raises(DecodeError) as info:
        Wallet(kinds, Network.TESTNET)
    assert str(info.value) == "invalid wallet: descriptors of different kinds in one wallet"


def test_match_by_rederivation(wallet: Wallet) -> None:
    change = wallet.derive_at((CHANGE, 5))
    key = change.keys[0]
    assert key.origin is not None
    owned = wallet.match(change.script_pubkey, [(key.public_key, key.origin)])
    assert owned is not None and (owned.branch, owned.index) == (CHANGE, 5)
    assert owned.derived.script_pubkey == change.script_pubkey


def test_metadata_alone_is_not_ownership(wallet: Wallet) -> None:
    ours = wallet.derive_at((CHANGE, 5))
    key = ours.keys[0]
    assert key.origin is not None
    other = wallet.derive_at((CHANGE, 6)).script_pubkey
    # A real origin of ours, but attached to a script that is not the one at that position.
    assert wallet.match(other, [(key.public_key, key.origin)]) is None
    # Foreign fingerprint, wrong prefix, hardened or over-long index: never ours.
    claims = [
        KeyOrigin(b"\xde\xad\xbe\xef", key.origin.path),
        KeyOrigin(FP, parse_path("m/84'/0'/0'/1/5")),
        KeyOrigin(FP, parse_path("m/84'/1'/0'/1/5'")),
        KeyOrigin(FP, parse_path("m/84'/1'/0'/1/5/0")),
        KeyOrigin(FP, parse_path("m/84'/1'/0'/2/5")),
    ]
    for claim in claims:
        assert wallet.match(ours.script_pubkey, [(key.public_key, claim)]) is None
    assert wallet.match(ours.script_pubkey, []) is None


def test_multisig_match_uses_our_key_origin() -> None:
    cosigner = MASTER.derive("m/48'/0'/1'/2'").public()
    ours = MASTER.derive("m/48'/0'/0'/2'").public()
    text = (
        f"wsh(sortedmulti(2,[{FP.hex()}/48h/0h/0h/2h]{ours}/<0;1>/*,"
        f"[{FP.hex()}/48h/0h/1h/2h]{cosigner}/<0;1>/*))"
    )
    wallet = Wallet.from_descriptor(text, Network.MAINNET)
    derived = wallet.derive_at((0, 2))
    assert derived.witness_script is not None and len(derived.keys) == 2
    owned = wallet.match(
        derived.script_pubkey, [(k.public_key, k.origin) for k in derived.keys if k.origin]
    )
    assert owned is not None and owned.index == 2
