"""Coldcard's generic export, multisig setup files and ccxp exports, reproduced from the
simulator seed (Coldcard/firmware testing/data) byte for byte where Coldcard wrote them."""

from __future__ import annotations

import json

import pytest

from coldsign.codec.bip32 import KeyOrigin, parse_path
from coldsign.codec.descriptor import DescriptorKind, parse_descriptor
from coldsign.errors import DecodeError
from coldsign.formats import coldcard as C
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.units import Network
from tests.conftest import vector, vector_path

CC = vector("coldcard/coldcard_vectors.json")
WORDS = CC["simulator_constants_from_testing_constants_py"]["simulator_fixed_words"]
MULTISIG = vector_path("coldcard/multisig")
FORMATS = {"p2sh": "P2SH", "p2sh-p2wsh": "P2SH-P2WSH", "p2wsh": "P2WSH"}


def _master(network: Network, passphrase: str = "") -> ExtendedPrivateKey:
    seed = seed_from_mnemonic(
        mnemonic_from_text(WORDS), Passphrase(passphrase) if passphrase else None
    )
    try:
        return ExtendedPrivateKey.from_seed(seed, network)
    finally:
        seed.wipe()


def _export(network: Network, account: int) -> bytes:
    master = _master(network)
    try:
        return C.generic_export(
            master.public(), lambda path: master.derive(path).public(), network, account
        )
    finally:
        master.wipe()


def test_generic_export_is_byte_for_byte_the_firmware_file() -> None:
    assert _export(Network.TESTNET, 0) == vector_path("coldcard/coldcard-export.json").read_bytes()


def test_generic_export_matches_the_docs_example_for_account_123() -> None:
    ours = json.loads(_export(Network.MAINNET, 123))
    assert ours == vector("coldcard/generic-wallet-export_doc-example.json")
    assert "bip45" not in ours


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_multisig_file_written_from_the_descriptor_is_the_firmware_file(fmt: str) -> None:
    descriptor = parse_descriptor((MULTISIG / f"desc-{fmt}-myself.txt").read_text().strip())
    expected = (MULTISIG / f"export-{fmt}-myself.txt").read_bytes()
    assert (
        C.encode_multisig_file(descriptor, "CC-2-of-4", created="created on 0F056943") == expected
    )


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_multisig_file_reads_back_into_the_same_wallet(fmt: str) -> None:
    setup = C.decode_multisig_file((MULTISIG / f"export-{fmt}-myself.txt").read_bytes())
    assert (setup.name, setup.threshold, setup.format) == ("CC-2-of-4", 2, FORMATS[fmt])
    expected = parse_descriptor((MULTISIG / f"desc-{fmt}-myself.txt").read_text().strip())
    ours = setup.descriptor()
    assert ours.branches()[0] == expected
    # The settings tuple Coldcard keeps for the wallet names the same keys (xfp as LE integer).
    settings = json.loads((MULTISIG / f"setting-{fmt}-myself.json").read_text())
    assert [
        (int.from_bytes(k.origin.fingerprint, "little"), k.xpub.to_string()) for k in setup.keys
    ] == [(xfp, xpub) for xfp, xpub in settings[2]]


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [("p2sh", DescriptorKind.SH_SORTEDMULTI), ("p2sh-p2wsh", DescriptorKind.SH_WSH_SORTEDMULTI),
     ("p2wsh", DescriptorKind.WSH_SORTEDMULTI)],
)  # fmt: skip
def test_ccxp_keys_are_the_wallet_keys(fmt: str, kind: DescriptorKind) -> None:
    expected = parse_descriptor((MULTISIG / f"desc-{fmt}-myself.txt").read_text().strip())
    for position, xfp in enumerate(["0F056943", "6BA6CFD0", "747B698E", "7BB026BE"]):
        key = C.cosigner_from_ccxp((MULTISIG / f"ccxp-{xfp}.json").read_bytes(), kind)
        assert key.origin.fingerprint.hex().upper() == xfp
        assert key.xpub == expected.keys[position].xpub
        assert key.origin == expected.keys[position].origin


def test_ccxp_keys_derive_from_the_passphrase_seeds() -> None:
    passphrases = CC["myself_multisig_wallet"]["passphrases_from_testing_test_multisig_py"]
    for passphrase in passphrases:
        master = _master(Network.TESTNET, passphrase)
        xfp = master.fingerprint.hex().upper()
        key = C.cosigner_from_ccxp(
            (MULTISIG / f"ccxp-{xfp}.json").read_bytes(), DescriptorKind.WSH_SORTEDMULTI
        )
        assert key.xpub == master.derive(parse_path("m/48'/1'/0'/2'")).public()
        master.wipe()


def test_generic_export_offers_cosigner_keys() -> None:
    data = vector_path("coldcard/coldcard-export.json").read_bytes()
    key = C.cosigner_from_generic(data, DescriptorKind.WSH_SORTEDMULTI)
    assert key.origin == KeyOrigin(bytes.fromhex("0f056943"), parse_path("m/48'/1'/0'/2'"))
    single = C.cosigner_from_generic(data, DescriptorKind.WPKH)
    assert single.origin.path == parse_path("m/84'/1'/0'")


def test_generic_export_with_a_lying_section_xfp_is_refused() -> None:
    body = json.loads(vector_path("coldcard/coldcard-export.json").read_bytes())
    body["bip48_2"]["xfp"] = "00000000"
    with pytest.raises(DecodeError, match="not the fingerprint"):
        C.cosigner_from_generic(json.dumps(body).encode(), DescriptorKind.WSH_SORTEDMULTI)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (b"Name: x\nPolicy: 2 of 3\nDerivation: m/48'/1'/0'/2'\n", "policy says 3 keys"),
        (b"Name: x\nPolicy: 1 of 1\nAAAAAAAA: xpub\n", "before any Derivation"),
        (b"Name: x\nPolicy: 1 of 1\nColour: red\n", "unknown setting"),
        (b"Name: x\nPolicy: 1 of 1\nFormat: P2TR\n", "format must be"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_multisig_file_refusals(text: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        C.decode_multisig_file(text)
