"""Independent peers for coldsign's Bitcoin message signatures, all in-process and offline:

- `bip322` (PyPI; rust-bitcoin's bip322 crate through PyO3) verifies coldsign's simple
  signatures (unprefixed, as it predates BIP-322 2.0's prefixes);
- python-bitcointx's script interpreter (VerifyScript, with the BIP-322 required flags) checks
  every non-taproot input of coldsign's full signatures and proofs of funds, and its
  signmessage module checks BIP-137 P2PKH signatures both ways;
- embit checks the taproot inputs (its own BIP-341 sighash and BIP-340 verification).

python-bitcointx needs libsecp256k1; embit ships one, so the tests point bitcointx at it.
"""

from __future__ import annotations

import base64
import contextlib
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.script import (
    ScriptType,
    address_from_script,
    classify,
    p2pkh_script,
    p2sh_script,
    p2tr_script,
    p2wpkh_script,
    taproot_output_key,
)
from coldsign.codec.tx import Transaction, TxOut
from coldsign.keys.secrets import PrivateKey32
from coldsign.messages import bip137, bip322
from coldsign.messages.bip322 import Format
from coldsign.units import Network
from tests.unit.messages.helpers import root_of, single_key_records
from tests.unit.messages.test_bip322 import _proof

WIF = "KySmn2yeCukjHXnSu3M6vX7tNok4weu1FKbNEuVvm2b3ZidKhB4L"


def _bitcointx() -> None:
    import bitcointx
    import embit

    lib = os.path.join(
        os.path.dirname(embit.__file__), "util", "prebuilt", "libsecp256k1_linux_x86_64.so"
    )
    if not os.path.exists(lib):
        pytest.skip("embit ships no libsecp256k1 for this platform")
    with contextlib.suppress(ValueError):  # already set in this process
        bitcointx.set_custom_secp256k1_path(lib)


def _address(spk: bytes) -> str:
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    return address


def _scripts() -> dict[str, bytes]:
    pub = root_of(WIF).public_key
    return {
        "p2wpkh": p2wpkh_script(pub),
        "p2tr": p2tr_script(taproot_output_key(pub[1:])[0]),
        "p2sh-p2wpkh": p2sh_script(p2wpkh_script(pub)),
        "p2pkh": p2pkh_script(pub),
    }


def _sign(message: str, spk: bytes, fmt: Format) -> str:
    root = root_of(WIF)
    psbt = bip322.create_psbt(message, spk, records=single_key_records(root, spk))
    return bip322.encode_signature(bip322.sign_with_root(psbt, root).psbt, fmt)


@settings(max_examples=15, deadline=None)
@given(message=st.text(max_size=60), kind=st.sampled_from(["p2wpkh", "p2tr"]))
def test_rust_bip322_verifies_coldsign_simple_signatures(message: str, kind: str) -> None:
    import bip322 as rust

    spk = _scripts()[kind]
    sig = _sign(message, spk, Format.SIMPLE)
    # None means valid; VerificationError otherwise.
    assert rust.verify_simple_encoded(_address(spk), message, sig.removeprefix("smp")) is None
    with pytest.raises(rust.VerificationError):
        rust.verify_simple_encoded(_address(spk), message + "!", sig.removeprefix("smp"))


def test_rust_bip322_accepts_the_spec_vectors_coldsign_accepts() -> None:
    import bip322 as rust

    from tests.unit.messages.test_bip322 import _simple_cases

    for case, sig in _simple_cases():
        if "wsh" in str(case["type"]):
            continue  # the crate's simple verifier handles single-key scripts
        assert (
            rust.verify_simple_encoded(case["address"], case["message"], sig.removeprefix("smp"))
            is None
        )
        assert bip322.verify(case["address"], case["message"], sig).valid


def _interpreter_check(tx: Transaction, spent: list[TxOut], skip_taproot: bool = True) -> int:
    """Run python-bitcointx's VerifyScript on every non-taproot input; returns how many."""
    _bitcointx()
    from bitcointx.core import CTransaction
    from bitcointx.core.script import CScript, CScriptWitness
    from bitcointx.core.scripteval import (
        SCRIPT_VERIFY_CLEANSTACK,
        SCRIPT_VERIFY_DERSIG,
        SCRIPT_VERIFY_LOW_S,
        SCRIPT_VERIFY_NULLDUMMY,
        SCRIPT_VERIFY_NULLFAIL,
        SCRIPT_VERIFY_P2SH,
        SCRIPT_VERIFY_STRICTENC,
        SCRIPT_VERIFY_WITNESS,
        SCRIPT_VERIFY_WITNESS_PUBKEYTYPE,
        VerifyScript,
    )

    flags = {
        SCRIPT_VERIFY_P2SH,
        SCRIPT_VERIFY_WITNESS,
        SCRIPT_VERIFY_STRICTENC,
        SCRIPT_VERIFY_DERSIG,
        SCRIPT_VERIFY_LOW_S,
        SCRIPT_VERIFY_NULLDUMMY,
        SCRIPT_VERIFY_NULLFAIL,
        SCRIPT_VERIFY_CLEANSTACK,
        SCRIPT_VERIFY_WITNESS_PUBKEYTYPE,
    }
    # (MINIMALDATA is not implemented by python-bitcointx's interpreter; coldsign checks it.)
    ctx = CTransaction.deserialize(tx.serialize())
    checked = 0
    for i, (txin, out) in enumerate(zip(tx.inputs, spent, strict=True)):
        if classify(out.script_pubkey) is ScriptType.P2TR:
            continue
        VerifyScript(
            CScript(txin.script_sig),
            CScript(out.script_pubkey),
            ctx,
            i,
            flags,
            amount=out.amount_sat,
            witness=CScriptWitness(list(txin.witness)),
        )
        checked += 1
    return checked


def _embit_taproot_check(tx: Transaction, spent: list[TxOut]) -> int:
    from embit import ec
    from embit.transaction import Transaction as ETx

    etx = ETx.parse(tx.serialize())
    from embit.script import Script

    spks = [Script(o.script_pubkey) for o in spent]
    values = [o.amount_sat for o in spent]
    checked = 0
    for i, (txin, out) in enumerate(zip(tx.inputs, spent, strict=True)):
        if classify(out.script_pubkey) is not ScriptType.P2TR:
            continue
        sig = txin.witness[0]
        digest = etx.sighash_taproot(i, spks, values, sighash=sig[64] if len(sig) == 65 else 0)
        key = ec.PublicKey.from_xonly(out.script_pubkey[2:])
        assert key.schnorr_verify(ec.SchnorrSig.parse(sig[:64]), digest)
        checked += 1
    return checked


@pytest.mark.parametrize("kind", ["p2wpkh", "p2sh-p2wpkh", "p2pkh", "p2tr"])
def test_interpreters_accept_coldsign_full_signatures(kind: str) -> None:
    spk = _scripts()[kind]
    sig = _sign("full", spk, Format.FULL)
    tx = bip322.decode_signature(sig).tx
    assert tx is not None
    spent = [bip322.to_spend(spk, "full").outputs[0]]
    assert _interpreter_check(tx, spent) + _embit_taproot_check(tx, spent) == 1
    if kind in ("p2wpkh", "p2sh-p2wpkh"):  # the peer does fail: BIP-143 commits to the amount
        from bitcointx.core.scripteval import VerifyScriptError

        with pytest.raises(VerifyScriptError):
            _interpreter_check(tx, [TxOut(1, spk)])


def test_interpreters_accept_coldsign_proof_of_funds() -> None:
    from coldsign.codec.psbt import extract

    kinds = ["p2wpkh", "p2tr", "p2sh-p2wpkh", "p2pkh", "p2tr"]
    _, sig, utxos = _proof(kinds)
    decoded = bip322.decode_signature(sig)
    assert decoded.psbt is not None
    tx = extract(decoded.psbt)
    spent = [
        bip322.to_spend(_scripts_of_proof(), "Proof of reserves 2026-12-03 block 900000").outputs[0]
    ]
    spent += [utxos[txin.prevout] for txin in tx.inputs[1:]]
    assert _interpreter_check(tx, spent) == 4  # input 0 and the three ECDSA UTXOs
    assert _embit_taproot_check(tx, spent) == 2


def _scripts_of_proof() -> bytes:
    from tests.unit.messages.test_bip322 import WIF as PROOF_WIF
    from tests.unit.messages.test_bip322 import _scripts as proof_scripts

    return proof_scripts(PROOF_WIF)["p2wpkh"]


def test_bitcointx_signmessage_both_ways() -> None:
    _bitcointx()
    from bitcointx.signmessage import BitcoinMessage, SignMessage, VerifyMessage
    from bitcointx.wallet import CBitcoinKey, P2PKHBitcoinAddress

    for n in range(1, 6):
        key = PrivateKey32(bytes([n]) * 32)
        message = f"message {n} ✓"
        ours = bip137.sign(key, message, bip137.LegacyScript.P2PKH)
        ckey = CBitcoinKey.from_secret_bytes(key.reveal())
        address = P2PKHBitcoinAddress.from_pubkey(ckey.pub)
        assert VerifyMessage(address, BitcoinMessage(message), ours)
        theirs = SignMessage(ckey, BitcoinMessage(message))
        assert bip137.verify(str(address), message, theirs)
        assert base64.b64decode(theirs) == base64.b64decode(ours)  # both RFC 6979
