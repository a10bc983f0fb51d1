"""coldsign's wallet formats against the implementations the ecosystem runs (issue 14, "Must show"):
Keystone's registries, the reference UR encoder @ngraveio/bc-ur, Coinkite's bbqr, ethers v6,
@scure/btc-signer with @scure/bip32, and Python's embit. The JS peers run in node from the
lockfile in tests/interop (`make test` installs them with `npm ci`); no network is used."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.bip32 import parse_path
from coldsign.codec.descriptor import Descriptor, add_checksum, parse_descriptor
from coldsign.formats import erc4527 as E
from coldsign.formats import exports as X
from coldsign.formats import ur_registry as R
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.transport import ur
from coldsign.transport.formats import MultipartCollector, collect, encode_for_qr
from coldsign.units import Network
from tests.conftest import vector, vector_path

HERE = Path(__file__).parent
NODE = shutil.which("node")
ABOUT = " ".join(["abandon"] * 11 + ["about"])
SHIELD = "shield group erode awake lock sausage cash glare wave crew flame glove"
METAMASK = vector("erc4527/metamask_qr_keyring_fixtures.json")
MYSELF = vector_path("coldcard/multisig/desc-p2wsh-myself.txt").read_text().strip()


@functools.cache
def _ready() -> None:
    if NODE is None or not (HERE / "node_modules").is_dir():
        pytest.fail("run `npm ci --prefix tests/interop` (make test does) to install the JS peers")


def peer(command: str, request: dict[str, Any]) -> Any:
    """Run one peers.mjs command; its stderr is shown if it fails."""
    _ready()
    assert NODE is not None
    proc = subprocess.run(
        [NODE, str(HERE / "peers.mjs"), command], input=json.dumps(request),
        capture_output=True, text=True, timeout=120, cwd=HERE, env={**os.environ, "NODE_NO_WARNINGS": "1"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _master(mnemonic: str, network: Network) -> ExtendedPrivateKey:
    seed = seed_from_mnemonic(mnemonic_from_text(mnemonic))
    try:
        return ExtendedPrivateKey.from_seed(seed, network)
    finally:
        seed.wipe()


def _account_keys(mnemonic: str, network: Network) -> X.AccountKeys:
    master = _master(mnemonic, network)
    return X.AccountKeys(master.public(), network, 0, lambda p: master.derive(p).public())


def _same_key(text: str) -> bytes:
    """An extended key without its version bytes: Keystone writes every key as an xpub."""
    from coldsign.codec import base58

    return base58.decode_check(text)[4:]


def _multisig() -> Descriptor:
    return parse_descriptor(add_checksum(MYSELF.split("#")[0].replace("/0/*", "/<0;1>/*")))


# --------------------------------------------------------------------------- Keystone's registry


def test_keystone_reads_coldsigns_crypto_output() -> None:
    exported = X.export_wallet(Wallet([_multisig()], Network.TESTNET), X.ExportFormat.UR_OUTPUT,
                               X.ExportOptions())  # fmt: skip
    decoded = peer("keystone-decode", {"type": exported.ur_type, "cbor": exported.data.hex()})
    assert decoded["scripts"] == ["wsh", "sortedmulti"]
    assert decoded["key"]["threshold"] == 2
    keys = _multisig().keys
    assert [_same_key(k["bip32Key"]) for k in decoded["key"]["keys"]] == [
        _same_key(k.xpub.to_string())
        for k in keys  # type: ignore[union-attr]
    ]
    assert [k["origin"]["sourceFingerprint"] for k in decoded["key"]["keys"]] == [
        k.origin.fingerprint.hex()
        for k in keys  # type: ignore[union-attr]
    ]
    assert {k["children"]["path"] for k in decoded["key"]["keys"]} == {"0/*"}


def test_keystone_reads_coldsigns_crypto_account() -> None:
    exported = X.export_account(_account_keys(SHIELD, Network.MAINNET), X.ExportFormat.UR_ACCOUNT,
                                X.ExportOptions())  # fmt: skip
    decoded = peer("keystone-decode", {"type": "crypto-account", "cbor": exported.data.hex()})
    assert decoded["masterFingerprint"] == "37b5eed4"
    ours = R.decode_account(exported.data, R.Generation.V1)
    assert [o["key"]["bip32Key"] for o in decoded["outputs"]] == [
        o.keys[0].xpub().to_string()
        for o in ours.outputs  # type: ignore[union-attr]
    ]
    assert [o["key"]["origin"]["path"] for o in decoded["outputs"]] == [
        "44'/0'/0'", "49'/0'/0'", "84'/0'/0'", "45'", "48'/0'/0'/1'", "48'/0'/0'/2'",
    ]  # fmt: skip
    assert [o["scripts"] for o in decoded["outputs"]][3:] == [["sh"], ["sh", "wsh"], ["wsh"]]


def test_keystone_reads_coldsigns_crypto_hdkey_and_metamask_key() -> None:
    keys = _account_keys(ABOUT, Network.MAINNET)
    hdkey = X.export_account(
        keys, X.ExportFormat.UR_HDKEY, X.ExportOptions(), kind="wsh-sortedmulti"
    )
    decoded = peer("keystone-decode", {"type": "crypto-hdkey", "cbor": hdkey.data.hex()})
    assert decoded["bip32Key"] == keys.xpub_at(keys.path_for("wsh-sortedmulti")).to_string()
    assert decoded["origin"] == {
        "path": "48'/0'/0'/2'",
        "sourceFingerprint": "73c5da0a",
        "depth": None,
    }
    metamask = X.export_account(keys, X.ExportFormat.METAMASK, X.ExportOptions())
    decoded = peer("keystone-decode", {"type": "crypto-hdkey", "cbor": metamask.data.hex()})
    assert decoded["bip32Key"] == METAMASK["known_hdkey"]["derived_facts"]["xpub_rebuilt_from_cbor"]
    assert (decoded["note"], decoded["name"], decoded["children"]["path"]) == (
        "account.standard", "coldsign", "0/*",
    )  # fmt: skip


# --------------------------------------------------------------------------- ERC-4527 end to end


@pytest.mark.parametrize("which", ["TRANSACTION", "LEGACY_TRANSACTION"])
def test_metamask_style_request_signed_by_coldsign_recovers_in_ethers(which: str) -> None:
    """Keystone's registry builds the request MetaMask shows; coldsign decodes it, signs with its
    EVM signer, answers with eth-signature; Keystone reads the answer and ethers recovers the
    sender of the signed transaction: MetaMask's first account."""
    from coldsign.chains.evm.keys import sign_with_seed

    fixture = METAMASK["transactions"][which]
    unsigned = fixture["unsigned_payload_hex_derived"].removeprefix("0x")
    request_id = str(uuid.uuid4())
    chain_id = int(fixture["value"]["chainId"], 16)
    produced = peer("keystone-sign-request", {
        "signData": unsigned, "dataType": fixture["eth-sign-request data-type"],
        "path": "m/44'/60'/0'/0/0", "xfp": "73c5da0a", "uuid": request_id, "chainId": chain_id,
        "origin": "MetaMask",
    })  # fmt: skip
    parsed = ur.decode(produced["ur"])
    assert parsed.type == E.UR_SIGN_REQUEST
    request = E.decode_eth_sign_request(parsed.cbor)
    assert (request.request_uuid, request.chain_id, request.origin) == (
        request_id,
        chain_id,
        "MetaMask",
    )
    assert request.indexes == parse_path("m/44'/60'/0'/0/0")
    tx = E.unsigned_transaction(request)
    seed = seed_from_mnemonic(mnemonic_from_text(ABOUT))
    try:
        signed = sign_with_seed(tx, seed, request.indexes)
    finally:
        seed.wipe()
    answer = E.encode_eth_signature(
        request.request_id, E.signature_bytes(signed.signature.r, signed.signature.s, signed.v)
    )
    read_back = peer("keystone-decode", {"type": "eth-signature", "cbor": answer.hex()})
    assert read_back["requestId"] == request.request_id.hex()
    assert read_back["origin"] == "coldsign"
    recovered = peer("ethers-recover", {"unsigned": unsigned, "signature": read_back["signature"]})
    assert recovered["from"] == METAMASK["expected_accounts"]["value"][0]
    assert int(recovered["chainId"]) == chain_id


def test_keystone_reads_coldsigns_sign_request_encoding() -> None:
    vector_request = vector("erc4527/erc4527_vectors.json")["vectors"][3]
    request = E.decode_eth_sign_request(ur.decode(vector_request["ur"]).cbor)
    decoded = peer("keystone-decode", {"type": "eth-sign-request",
                                       "cbor": E.encode_eth_sign_request(request).hex()})  # fmt: skip
    assert decoded["signData"] == vector_request["expected_sign_data_hex"]
    assert decoded["path"] == "44'/60'/0'/0" and decoded["chainId"] == 4


# --------------------------------------------------------------------------- UR transport


def test_reference_ur_decoder_carries_coldsigns_multipart_registry_urs() -> None:
    exported = X.export_account(_account_keys(SHIELD, Network.MAINNET), X.ExportFormat.UR_ACCOUNT,
                                X.ExportOptions())  # fmt: skip
    parts = encode_for_qr(exported.data, "cbor", "ur", 80, ur_type="crypto-account")
    assert len(parts) > 5
    # A lossy receiver: drop the first pure part and send fountain parts instead.
    extra = encode_for_qr(exported.data, "cbor", "ur", 80, ur_type="crypto-account",
                          frames=2 * len(parts))  # fmt: skip
    decoded = peer("bcur-decode", {"parts": extra[1:]})
    assert decoded == {"type": "crypto-account", "cbor": exported.data.hex()}
    # The reference encoder writes the same parts, character for character.
    reference = peer("bcur-encode", {"type": "crypto-account", "cbor": exported.data.hex(),
                                     "maxFragment": 80, "count": len(parts)})  # fmt: skip
    assert [p.upper() for p in reference["parts"]] == parts


def test_coldsign_collects_the_reference_encoders_parts() -> None:
    request = E.EthSignRequest(uuid.uuid4().bytes, bytes(300), E.DataType.TYPED_TRANSACTION, 1,
                               R.KeyPath.from_indexes(parse_path("m/44'/60'/0'/0/0"), b"\x01\x02\x03\x04"))  # fmt: skip
    body = E.encode_eth_sign_request(request)
    reference = peer("bcur-encode", {"type": "eth-sign-request", "cbor": body.hex(), "maxFragment": 60,
                                     "count": 20})  # fmt: skip
    collector = MultipartCollector("cbor", ur_types=frozenset({"eth-sign-request"}))
    for part in reference["parts"][3:]:  # from the fourth part on: fountain parts fill the gap
        collector.add(part)
        if collector.is_complete:
            break
    assert collector.result() == ("cbor", body) and collector.ur_type == "eth-sign-request"


def test_bbqr_reads_a_transaction_as_type_t() -> None:
    steps = vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]
    tx = bytes.fromhex(next(s["expected_tx_hex"] for s in steps if s["role"] == "extractor"))
    parts = encode_for_qr(tx * 3, "tx", "bbqr", "low")
    joined = peer("bbqr-join", {"parts": parts})
    assert (joined["fileType"], bytes.fromhex(joined["data"])) == ("T", tx * 3)
    assert collect(parts, "tx") == ("tx", tx * 3)


# --------------------------------------------------------------------------- first addresses


KINDS = {
    "wpkh": "wpkh", "wsh(sortedmulti)": "wsh-sortedmulti", "sh(wpkh)": "sh-wpkh", "tr": "tr",
    "pkh": "pkh",
}  # fmt: skip


def _scure(kind: str, threshold: int, xpubs: list[str], network: Network, branch: int) -> list[str]:
    return peer("scure-addresses", {
        "kind": kind, "threshold": threshold, "keys": xpubs, "network": network.value,
        "branch": branch, "count": 5,
    })["addresses"]  # fmt: skip


def _embit(text: str, network: Network, branch: int) -> list[str]:
    from embit.descriptor import Descriptor as EmbitDescriptor
    from embit.networks import NETWORKS

    parsed = EmbitDescriptor.from_string(text.split("#")[0])
    net = NETWORKS["main" if network is Network.MAINNET else "test"]
    return [parsed.derive(i, branch_index=branch).address(net) for i in range(5)]


def _ours(wallet: Wallet, branch: int) -> list[str]:
    return [wallet.derive_at((branch, i)).address(wallet.network) for i in range(5)]


def _descriptor_text(exported: X.Exported) -> str:
    """The descriptor an independent reader finds in each text export."""
    text = exported.data.decode()
    if exported.filename.endswith(".bsms"):
        return text.split("\n")[1].replace("/**", "/<0;1>/*")  # BIP-129's /** template
    paragraph = [line for line in text.splitlines() if line and not line.startswith("#")]
    return paragraph[0]


WALLETS = {
    "wpkh": lambda: Wallet.from_descriptor(
        X.AccountKeys.single_sig_wallet(_account_keys(ABOUT, Network.TESTNET), "wpkh").descriptor_string(),
        Network.TESTNET),
    "multisig": lambda: Wallet([_multisig()], Network.TESTNET),
}  # fmt: skip


@pytest.mark.parametrize("wallet_name", list(WALLETS))
@pytest.mark.parametrize(
    "fmt", ["descriptor", "core", "sparrow", "bsms", "coldcard-multisig", "ur-output"]
)
def test_every_export_gives_the_same_first_addresses(wallet_name: str, fmt: str) -> None:
    wallet = WALLETS[wallet_name]()
    descriptor = parse_descriptor(wallet.descriptor_string())
    kind = KINDS[descriptor.kind.value]
    try:
        exported = X.export_wallet(wallet, X.ExportFormat(fmt), X.ExportOptions(name="vault"))
    except X.ExportUnsupported:
        assert wallet_name == "wpkh" and fmt in ("bsms", "coldcard-multisig")
        return
    if fmt == "ur-output":
        read = peer("keystone-decode", {"type": exported.ur_type, "cbor": exported.data.hex()})
        keys = read["key"]["keys"] if read["key"]["kind"] == "multi" else [read["key"]]
        xpubs = [k["bip32Key"] for k in keys]
        threshold = read["key"].get("threshold", 1)
        branches = [0]  # crypto-output (v1) carries the receive branch
    elif fmt == "coldcard-multisig":
        lines = exported.data.decode().splitlines()
        xpubs = [line.split(": ")[1] for line in lines if line[:8].isalnum() and ": tpub" in line]
        threshold = int(next(line for line in lines if line.startswith("Policy:")).split()[1])
        branches = [0, 1]
    elif fmt == "core":
        receive, change = (r["desc"] for r in json.loads(exported.data))
        assert _embit(receive, wallet.network, 0) == _ours(wallet, 0)
        assert _embit(change, wallet.network, 0) == _ours(wallet, 1)
        xpubs = [k.xpub.to_string() for k in descriptor.keys]  # type: ignore[union-attr]
        threshold, branches = descriptor.threshold or 1, [0, 1]
    else:
        text = _descriptor_text(exported)
        for branch in (0, 1):
            assert _embit(text, wallet.network, branch) == _ours(wallet, branch), fmt
        xpubs = [k.xpub.to_string() for k in descriptor.keys]  # type: ignore[union-attr]
        threshold = descriptor.threshold or 1
        branches = [0, 1]
        assert all(x in text for x in xpubs)
    for branch in branches:
        assert _scure(kind, threshold, xpubs, wallet.network, branch) == _ours(wallet, branch)


def test_coldcard_generic_export_addresses() -> None:
    keys = _account_keys(ABOUT, Network.TESTNET)
    exported = json.loads(X.export_account(keys, X.ExportFormat.COLDCARD, X.ExportOptions()).data)
    for section, kind in (("bip44", "pkh"), ("bip49", "sh-wpkh"), ("bip84", "wpkh")):
        wallet = Wallet.from_descriptor(exported[section]["desc"], Network.TESTNET)
        assert _embit(exported[section]["desc"], Network.TESTNET, 0) == _ours(wallet, 0)
        assert _scure(kind, 1, [exported[section]["xpub"]], Network.TESTNET, 1) == _ours(wallet, 1)
        assert exported[section]["first"] == _ours(wallet, 0)[0]
