# ruff: noqa: F811 - `ms` and `messages_base` are pytest fixtures imported from messages_setup
"""Issue 15 items 3-5: proof of reserves through the guarded signer and the installed CLI.

Bitcoin: `reserves btc build` over the wallet's UTXOs, two approvals, `payload sign`, `reserves
btc export` and `verify` (the proof's inputs also pass python-bitcointx's VerifyScript); `payload
finalize` refuses a proof; a proof records no spend, so the same coins are withdrawn later. The
insider's proofs are refused (exit 4, audited): input 0 a real UTXO (a spend), a foreign UTXO, a
message outside [proofs]. EVM: ownership signatures over the same message, OKX's CSV layout,
OKX's own published rows verified. The report flags an asset under 100%.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from coldsign.codec.payload import parse_payload
from coldsign.codec.psbt import (
    GLOBAL_UNSIGNED_TX,
    IN_NON_WITNESS_UTXO,
    IN_WITNESS_UTXO,
    Record,
    parse_psbt,
)
from coldsign.codec.tx import OutPoint, TxOut
from tests.cli.guarded.conftest import (
    COSIGNER_MNEMONICS,
    HOT_WALLET,
    Setup,
    account_xpub,
    funding_txs,
    spk_at,
    write_funding,
)
from tests.cli.guarded.messages_setup import (
    SENDER,
    approved_payload_of,
    messages_base,  # noqa: F401 - the session-scoped custody, used by `ms`
    ms,  # noqa: F401
)
from tests.cli.guarded.test_insider import audit, refused
from tests.conftest import vector_path

BLOCK = "00000000000000000003" + "ab" * 22
DATE = "2026-12-31T00:00:00Z"
AMOUNTS = ["0.30000000", "0.25000000", "0.20000000"]


def docs(s: Setup) -> list[str | Path]:
    return ["--policy", s.files["policy"], "--whitelist", s.files["whitelist"]]


def build_proof(s: Setup, wid: str = "por-1", *extra: str) -> tuple[Path, Path]:
    write_funding(s.root, "por", s.descriptor, AMOUNTS, "por")
    out, snapshot = s.new_name(f"{wid}.payload"), s.new_name(f"{wid}.snapshot.json")
    r = s.cs("reserves", "btc", "build", "--wallet", "treasury", "--utxos", s.path("por.json"),
             "--prev-txs", s.path("por.prev"), "--date", DATE, "--height", "4100000",
             "--block-hash", BLOCK, "--snapshot-out", snapshot, "--id", wid, "--initiator",
             "ivan", *docs(s), "-o", out, *extra)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    return out, snapshot


def test_a_bitcoin_proof_of_reserves_end_to_end(ms: Setup) -> None:
    from coldsign.messages import bip322
    from tests.unit.messages.test_bitcoin_peers import _interpreter_check

    payload, snapshot = build_proof(ms)
    shown = ms.cs("payload", "show", payload, *docs(ms))
    assert "BIP-322 proof of funds" in shown.stderr and "0.75 BTC" in shown.stderr
    result, signed = ms.sign(ms.approved(payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    record = audit(ms)[-1]
    details = record["details"]
    assert isinstance(details, dict)
    assert (details["kind"], details["charges"], details["spends"]) == ("proof", [], [])
    # Never a transaction.
    final = ms.cs("payload", "finalize", signed)
    assert final.exit_code == 4 and "never finalized" in final.stderr
    proof = ms.new_name("proof.json")
    exported = ms.cs("reserves", "btc", "export", signed, "-o", proof)
    assert exported.exit_code == 0, exported.stderr
    verified = ms.cs("--json", "reserves", "btc", "verify", proof, "--utxos", snapshot)
    assert verified.exit_code == 0, verified.stderr
    assert verified.json["total_sat"] == str(75_000_000)
    assert verified.json["snapshot"] == {"date": DATE, "network": "testnet", "height": 4100000,
                                         "block_hash": BLOCK}  # fmt: skip
    assert verified.json["by_script_type"] == [{"type": "p2wpkh", "utxos": 3, "sat": "75000000"}]
    # The same proof against the listunspent list the initiator used: valid too.
    plain = ms.cs("reserves", "btc", "verify", proof, "--utxos", ms.path("por.json"))
    assert plain.exit_code == 0, plain.stderr
    # An independent interpreter checks every input of the proof.
    doc = json.loads(proof.read_text())
    psbt = bip322.decode_signature(doc["signature"]).psbt
    assert psbt is not None
    from coldsign.codec.psbt import extract

    tx = extract(psbt)
    spent = [psbt.spent_output(i) for i in range(len(psbt.inputs))]
    assert _interpreter_check(tx, [o for o in spent if o is not None]) == 4
    # A proof spends nothing: the same coins can be withdrawn afterwards.
    from tests.cli.guarded.payloads import approved_payload

    later = approved_payload(ms, "wd-after-por", f"{HOT_WALLET}:0.01", now=int(time.time()),
                             funding=("0.30000000",), tag="por")  # fmt: skip
    result, _ = ms.sign(later)
    assert result.exit_code == 0, result.stderr


def test_a_tampered_proof_or_another_snapshot_does_not_verify(ms: Setup) -> None:
    payload, snapshot = build_proof(ms, "por-t")
    _, signed = ms.sign(ms.approved(payload, "alice", "bob"))
    proof = ms.new_name("proof.json")
    assert ms.cs("reserves", "btc", "export", signed, "-o", proof).exit_code == 0
    doc = json.loads(proof.read_text())
    doc["message"] = doc["message"].replace("block 4100000", "block 4100001")
    bad = ms.new_name("bad.json")
    bad.write_text(json.dumps(doc))
    r = ms.cs("reserves", "btc", "verify", bad, "--utxos", snapshot)
    assert r.exit_code == 5, r.stderr
    # A snapshot without one of the UTXOs: that input is not in the UTXO set.
    snap = json.loads(snapshot.read_text())
    snap["utxos"] = snap["utxos"][1:]
    short = ms.new_name("short.json")
    short.write_text(json.dumps(snap))
    r = ms.cs("reserves", "btc", "verify", proof, "--utxos", short)
    assert r.exit_code == 5 and "is not in the UTXO set" in r.stderr


def _proof_psbt(ms: Setup, *, message: str | None = None, foreign: bool = False) -> bytes:
    """A proof PSBT built as `reserves btc build` builds it (optionally with another message,
    or one more UTXO of a wallet the policy does not have)."""
    from coldsign.chains.bitcoin.build import _derivation_records, _locate
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.codec import psbt as P
    from coldsign.messages import bip322
    from coldsign.units import Network

    wallet = Wallet.from_descriptor(ms.descriptor, Network.TESTNET)
    kinds = (P.IN_BIP32_DERIVATION, P.IN_TAP_BIP32_DERIVATION, P.IN_TAP_INTERNAL_KEY,
             P.IN_REDEEM_SCRIPT, P.IN_WITNESS_SCRIPT)  # fmt: skip
    funds = []
    for tx in funding_txs(ms.descriptor, ["0.5"], "insider"):
        derived = _locate(wallet, tx.outputs[0].script_pubkey, None)
        assert derived is not None
        funds.append(bip322.FundsInput(OutPoint(tx.txid, 0), tx.outputs[0],
                                       tuple(_derivation_records(derived, *kinds)),
                                       non_witness_utxo=tx))  # fmt: skip
    if foreign:
        other = "wpkh(" + account_xpub(COSIGNER_MNEMONICS[1], "m/84'/1'/0'")[1] + "/0/*)"
        for tx in funding_txs(other, ["2.0"], "foreign"):
            funds.append(bip322.FundsInput(OutPoint(tx.txid, 0), tx.outputs[0]))
    challenge = wallet.derive_at((0, 0))
    text = message or f"Proof of reserves snapshot {DATE} bitcoin testnet hash {BLOCK} block 1"
    psbt = bip322.create_psbt(text, challenge.script_pubkey,
                              records=_derivation_records(challenge, *kinds), funds=funds)  # fmt: skip
    return psbt.serialize()


def test_a_proof_whose_first_input_is_a_real_utxo_is_refused(ms: Setup) -> None:
    """The insider swaps input 0 (to_spend) for a real UTXO of the wallet: signed with
    SIGHASH_ALL, input 0 would then be spendable and the 'proof' a transaction paying only an
    OP_RETURN. The signer refuses it before any key is loaded, whether input 0 still claims
    to_spend's 0-sat output or shows the real one."""
    psbt = parse_psbt(_proof_psbt(ms))
    real = funding_txs(ms.descriptor, ["0.9"], "real-input-0")[0]
    tx = psbt.unsigned_tx()
    first = replace(tx.inputs[0], prevout=OutPoint(real.txid, 0))
    tx = replace(tx, inputs=(first, *tx.inputs[1:]))
    g = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
    )
    claims_to_spend = psbt.inputs[0].without_types([IN_NON_WITNESS_UTXO])
    shows_real = psbt.inputs[0].with_records([
        Record.make(IN_WITNESS_UTXO, b"", real.outputs[0].serialize()),
        Record.make(IN_NON_WITNESS_UTXO, b"", real.serialize()),
    ])  # fmt: skip
    cases = [
        (claims_to_spend, "input 0 is not the BIP-322 to_spend outpoint"),
        (shows_real, "input 0's UTXO is not 0 sat: it is not to_spend's output"),
    ]
    for n, (input0, needle) in enumerate(cases):
        evil = psbt.with_maps(global_map=g, inputs=(input0, *psbt.inputs[1:]))  # type: ignore[arg-type]
        evil = parse_psbt(evil.serialize())
        p = approved_payload_of(ms, f"por-evil-{n}", "bitcoin", evil.serialize(), kind="proof",
                                now=int(time.time()))  # fmt: skip
        refused(ms, p, 4, needle, codes=("proof.unsafe",))


def test_a_proof_with_a_foreign_utxo_is_refused(ms: Setup) -> None:
    p = approved_payload_of(ms, "por-foreign", "bitcoin", _proof_psbt(ms, foreign=True),
                            kind="proof", now=int(time.time()))  # fmt: skip
    refused(ms, p, 4, "does not re-derive from a wallet of the policy",
            codes=("proof.foreign_input",))  # fmt: skip


def test_a_proof_whose_message_is_outside_the_template_is_refused(ms: Setup) -> None:
    p = approved_payload_of(ms, "por-msg", "bitcoin",
                            _proof_psbt(ms, message="These coins now belong to Mallory"),
                            kind="proof", now=int(time.time()))  # fmt: skip
    refused(ms, p, 4, "does not match [proofs]", codes=("proof.template",))


def test_a_proof_with_too_few_approvals_is_refused(ms: Setup) -> None:
    p = approved_payload_of(ms, "por-few", "bitcoin", _proof_psbt(ms), kind="proof",
                            now=int(time.time()), approvers=("alice",))  # fmt: skip
    refused(ms, p, 4, "1 valid of the 2 required", codes=("approvals.too_few",))


# --- EVM ownership and the report -------------------------------------------------------------


def test_evm_ownership_csv_and_the_report(ms: Setup) -> None:
    from eth_account import Account
    from eth_account.messages import encode_defunct

    payload, snapshot = build_proof(ms, "por-r")
    _, signed_btc = ms.sign(ms.approved(payload, "alice", "bob"))
    proof = ms.new_name("proof.json")
    assert ms.cs("reserves", "btc", "export", signed_btc, "-o", proof).exit_code == 0
    evm_payload = ms.new_name("own.payload")
    r = ms.cs("reserves", "evm", "build", "--snapshot", snapshot, "--chain-id", "1", "--id",
              "own-1", "--initiator", "ivan", *docs(ms), "-o", evm_payload)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    result, signed_evm = ms.sign(ms.approved(evm_payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    balances = ms.path("balances.json")
    balances.write_text(json.dumps({SENDER: {"ETH": "12.5", "USDC": "1000000"}}))
    csv_path = ms.new_name("por.csv")
    r = ms.cs("reserves", "evm", "export", signed_evm, "--balances", balances, "--height",
              "21000000", "-o", csv_path)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "coin,snapshot height,amount" and lines[3] == ""
    assert lines[4] == ("coin,Network,Snapshot Height,address,amount,message,signature1,"
                        "signature2,redeem script/ public key, eoa1, eoa2")  # fmt: skip
    row = lines[5].split(",")
    assert row[:5] == ["ETH", "ETH", "21000000", SENDER, "12.5"]
    message = json.loads(snapshot.read_text())["message"]
    assert row[5] == message
    assert Account.recover_message(encode_defunct(text=message), signature=row[6]) == SENDER
    verified = ms.cs("--json", "reserves", "evm", "verify", csv_path)
    assert verified.exit_code == 0, verified.stderr
    assert {x["state"] for x in verified.json["rows"]} == {"verified"}
    book = ms.path("balances.csv")
    book.write_text(
        "customer_id,BTC,ETH,USDC\n"
        f"c-1,40000000,{10 * 10**18},{500_000 * 10**6}\n"
        f"c-2,30000000,{3 * 10**18},{400_000 * 10**6}\n"
    )
    built = ms.cs("reserves", "liabilities", "build", book, "-o", ms.path("liabilities"),
                  "--snapshot", "2026-12-31", "--decimals", "BTC=8", "--decimals", "ETH=18",
                  "--decimals", "USDC=6", "--min-leaves", "4")  # fmt: skip
    assert built.exit_code == 0, built.stderr
    root = ms.path("liabilities") / "root.json"
    forged = ms.path("forged-root.json")
    forged.write_text(root.read_text().replace('"70000000"', '"60000000"'))
    assert forged.read_text() != root.read_text()
    refused = ms.cs("reserves", "report", "--btc", proof, "--utxos", snapshot, "--evm", csv_path,
                    "--liabilities", forged)  # fmt: skip
    assert refused.exit_code in (3, 5), refused.stderr  # lowered liabilities do not verify
    report = ms.cs("--json", "reserves", "report", "--btc", proof, "--utxos", snapshot, "--evm",
                   csv_path, "--liabilities", root)  # fmt: skip
    assert report.exit_code == 0, report.stderr
    by_asset = {a["asset"]: a for a in report.json["assets"]}
    assert by_asset["BTC"]["percent"] == "107.14" and not by_asset["BTC"]["flagged"]
    assert by_asset["ETH"]["percent"] == "96.15" and by_asset["ETH"]["flagged"]
    assert by_asset["USDC"]["percent"] == "111.11"
    assert report.json["under_100"] == ["ETH"]
    strict = ms.cs("reserves", "report", "--btc", proof, "--utxos", snapshot, "--evm", csv_path,
                   "--liabilities", root, "--require-full")  # fmt: skip
    assert strict.exit_code == 4 and "ETH" in strict.stderr


def test_okx_published_ownership_rows_verify(ms: Setup) -> None:
    """OKX's example CSV (its published layout): the ETH rows recover to their addresses (or the
    contract wallet's EOA) under OKX's keccak-of-message hashing; other chains are skipped."""
    r = ms.cs("--json", "reserves", "evm", "verify", vector_path("por/okx_por_example.csv"))
    assert r.exit_code == 0, r.stderr
    states = [(x["coin"], x["state"], x["scheme"]) for x in r.json["rows"]]
    assert states[:3] == [("ETH", "verified", "okx-keccak")] * 3
    assert {s for _, s, _ in states[3:]} == {"skipped"}
    # The per-line layout: the USDT row verifies; the ETC/OKC row does not recover under either
    # EVM hashing, so the whole file is exit 5 naming it.
    r = ms.cs("reserves", "evm", "verify", vector_path("por/okx_test.csv"))
    assert r.exit_code == 5 and "0x5f504cd119640d5167c003ce9e4250895374b24f" in r.stderr


def test_payload_show_of_a_proof_never_names_a_fee(ms: Setup) -> None:
    payload, _ = build_proof(ms, "por-show")
    shown = ms.cs("--json", "payload", "show", payload, *docs(ms))
    assert shown.exit_code == 0, shown.stderr
    assert shown.json["kind"] == "proof" and shown.json["destinations"] == []
    p = parse_payload(payload.read_bytes())
    assert p.kind == "proof" and bytes.fromhex(spk_at(ms.descriptor, 0, 0)) in p.transaction
    assert TxOut(0, b"\x6a").serialize() in p.transaction


def test_finalize_psbt_of_a_proof_is_refused_too(ms: Setup) -> None:
    payload, _ = build_proof(ms, "por-psbt")
    _, signed = ms.sign(ms.approved(payload, "alice", "bob"))
    r = ms.cs("payload", "finalize", signed, "--psbt", "-o", ms.path("x.psbt"))
    assert r.exit_code == 4 and "never finalized" in r.stderr
    assert not ms.path("x.psbt").exists()


def test_a_proof_psbt_disguised_as_a_withdrawal_is_refused(ms: Setup) -> None:
    """The insider wraps the to_sign PSBT as a withdrawal: it would sign a proof with a message no
    [proofs] rule allowed (a signed statement in the wallet's name), bypassing the proof checks."""
    p = approved_payload_of(ms, "por-as-wd", "bitcoin",
                            _proof_psbt(ms, message="These coins now belong to Mallory"),
                            kind="withdrawal", now=int(time.time()))  # fmt: skip
    refused(ms, p, 4, "a proof of reserves is a proof payload", codes=("tx.message_psbt",))
