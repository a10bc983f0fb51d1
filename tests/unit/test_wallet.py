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


def _testnet_account(path: tuple[int, ...] = ACCOUNT_PATH) -> str:
    tmaster = ExtendedPrivateKey.from_seed(
        seed_from_mnemonic(mnemonic_from_text(ABOUT)), Network.TESTNET
    )
    return tmaster.derive(path).public().to_string()


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


# --- Claims the common case never meets (from the chains/bitcoin mutation run, issue 16): a
# wallet's keys are indexed by the origin prefix a claim must carry, and these cases reach the
# parts of `Wallet.locate` and its index that a single-key or plain multisig wallet does not.

MS_PREFIX = "48h/0h/0h/2h"
MS_PATH = "m/48'/0'/0'/2'"
A = MASTER.derive("m/48'/0'/0'/2'").public()  # our ranged key
B_HEX = MASTER.derive("m/7'").public().public_key.hex()  # a fixed key (no /*)
C_HEX = MASTER.derive("m/8'").public().public_key.hex()
FP2 = bytes.fromhex("0badf00d")


def claim(public_key: bytes, fingerprint: bytes, path: str) -> tuple[bytes, KeyOrigin]:
    return public_key, KeyOrigin(fingerprint, parse_path(path))


def test_a_claim_is_found_after_claims_of_no_key_of_ours(wallet: Wallet) -> None:
    """A PSBT lists a cosigner's or a stranger's derivation first (its map is sorted by key):
    the claims after it are still tried."""
    ours = wallet.derive_at((RECEIVE, 4))
    key = ours.keys[0]
    assert key.origin is not None
    stranger = claim(b"\x02" + bytes(32), FP2, "m/84'/1'/0'/0/4")
    hardened = claim(key.public_key, FP, "m/84'/1'/0'/0/4'")
    found = wallet.locate(ours.script_pubkey, [stranger, hardened, (key.public_key, key.origin)])
    assert found == (RECEIVE, 4)


def test_two_keys_claiming_one_origin_are_each_tried() -> None:
    """Two slots of a multisig under one origin prefix (a descriptor that mislabels a
    cosigner's key): a claim under that prefix points at the same index either way."""
    cosigner = MASTER.derive("m/48'/0'/1'/2'").public()
    text = (
        f"wsh(multi(1,[{FP.hex()}/{MS_PREFIX}]{A}/<0;1>/*,"
        f"[{FP.hex()}/{MS_PREFIX}]{cosigner}/<0;1>/*))"
    )
    wallet = Wallet.from_descriptor(text, Network.MAINNET)
    spk = wallet.derive_at((CHANGE, 6)).script_pubkey
    origin = f"{MS_PATH}/1/6"
    assert wallet.locate(spk, [claim(b"\x02" + bytes(32), FP, origin)]) == (CHANGE, 6)
    assert wallet.locate(spk, [claim(b"\x02" + bytes(32), FP, origin[:-1] + "7")]) is None


def test_a_fixed_key_s_claim_points_at_index_0_of_each_branch() -> None:
    """A key without `/*` is at the claim's exact origin, at index 0 of every branch it is in
    (both here): its claim finds the change script at index 0, and a key without any origin
    (first in the descriptor) is skipped without hiding the keys after it."""
    text = f"wsh(multi(1,{C_HEX},[{FP2.hex()}/1h/2]{B_HEX},[{FP.hex()}/{MS_PREFIX}]{A}/<0;1>/*))"
    wallet = Wallet.from_descriptor(text, Network.MAINNET)
    change0 = wallet.derive_at((CHANGE, 0)).script_pubkey
    assert wallet.locate(change0, [claim(bytes.fromhex(B_HEX), FP2, "m/1'/2")]) == (CHANGE, 0)
    receive3 = wallet.derive_at((RECEIVE, 3)).script_pubkey
    ours = claim(b"\x02" + bytes(32), FP, f"{MS_PATH}/0/3")
    assert wallet.locate(receive3, [ours]) == (RECEIVE, 3)
    assert wallet.locate(receive3, [claim(bytes.fromhex(B_HEX), FP2, "m/1'/2")]) is None


def test_a_claim_under_a_ranged_key_and_at_a_fixed_key_tries_both_in_key_order() -> None:
    """A fixed key whose origin is a ranged key's prefix and an index: its claim names index 5
    under the ranged key and index 0 as the fixed key. Both are candidates, in the wallet's
    key order; each script is found from that one claim."""
    text = f"wsh(multi(1,[{FP.hex()}/{MS_PREFIX}]{A}/<0;1>/*,[{FP.hex()}/{MS_PREFIX}/0/5]{B_HEX}))"
    wallet = Wallet.from_descriptor(text, Network.MAINNET)
    the_claim = [claim(bytes.fromhex(B_HEX), FP, f"{MS_PATH}/0/5")]
    for where in ((RECEIVE, 5), (RECEIVE, 0), (CHANGE, 0)):
        assert wallet.locate(wallet.derive_at(where).script_pubkey, the_claim) == where
    assert wallet.locate(wallet.derive_at((CHANGE, 5)).script_pubkey, the_claim) is None


def test_a_single_branch_wallet_is_its_own_descriptor() -> None:
    base = TDESCRIPTOR.replace("/<0;1>/*)", "")
    single = Wallet([parse_descriptor(f"{base}/0/*)")], Network.TESTNET)
    assert single.descriptor_string() == parse_descriptor(f"{base}/0/*)").to_string()
    with pytest.raises(ValueError, match=r"^branch 1 out of range \(1 branches\)$"):
        single.derive_at((1, 0))
    with pytest.raises(ValueError, match=r"^branch -1 out of range"):
        single.derive_at((-1, 0))


@pytest.mark.parametrize(
    ("receive", "change"),
    [
        ("/0/*", "/1/0/*"),  # paths of different lengths
        ("/0/0/*", "/1/1/*"),  # two steps differ
    ],
)
def test_branches_that_are_not_one_multipath_key_have_no_descriptor(
    receive: str, change: str
) -> None:
    base = TDESCRIPTOR.replace("/<0;1>/*)", "")
    wallet = Wallet(
        [parse_descriptor(f"{base}{receive})"), parse_descriptor(f"{base}{change})")],
        Network.TESTNET,
    )
    with pytest.raises(ValueError, match=r"^branches differ in more than one path step$"):
        wallet.descriptor_string()


def test_branches_of_two_different_keys_have_no_descriptor() -> None:
    """Receive under one account and change under another is not a `<0;1>` of either: no
    multipath descriptor may stand for it (an export would send change to the wrong keys)."""
    base = TDESCRIPTOR.replace("/<0;1>/*)", "")
    second = _testnet_account(parse_path("m/84'/1'/1'"))
    wallet = Wallet(
        [
            parse_descriptor(f"{base}/0/*)"),
            parse_descriptor(f"wpkh([{FP.hex()}/84h/1h/1h]{second}/1/*)"),
        ],
        Network.TESTNET,
    )
    with pytest.raises(ValueError, match=r"^branches differ in more than their path$"):
        wallet.descriptor_string()
