"""The Bitcoin review in process: the lines an operator reads and the JSON a script reads.

`payload show`, `approve` and `sign` render these (tests/cli/guarded), but through
subprocesses that mutation testing does not see; the chains/bitcoin mutation run (issue 16,
fifth round) left every line of `BitcoinReview.lines` and most keys of `SpendSummary.to_json`
untested in process. Each expectation here is computed from the PSBT the test built (its
unsigned transaction, its amounts, the wallet's own derivation), never read back from the
summary under test:

* the header lines: the unsigned txid, the network, the number and sum of the inputs, the fee
  in both units with its rate and the estimated size, and "unknown" for a fee that cannot be
  known;
* the per-input lines, made on access (a screen shows 50 of 10,000): each input's outpoint,
  amount and owner, a foreign input as NOT OURS, an input without UTXO data as "amount
  unknown", slices and negative indexes as a list would give them;
* the JSON: every key and value of the chain details, the wallet each input and change output
  re-derives from, and null where a fact is unknown.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from coldsign.chains.base import ReviewLine
from coldsign.chains.bitcoin.module import btc_and_sat
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec import psbt as P
from coldsign.codec.script import address_from_script
from coldsign.codec.tx import TxOut
from tests.psbt_fixtures import FOREIGN_SPK, NETWORK
from tests.unit.policy.test_bitcoin_facts import COLD, HOT, edited, facts_of, spliced, two_wallets

# BIP-141 weight of COLD's transaction once signed, each signature at its worst case (72 bytes
# with the sighash byte): 4 version + 1 + 2 x 41 inputs + 1 + 2 x 31 P2WPKH outputs + 4 locktime
# = 154 bytes x 4, plus 2 (marker, flag) + 2 x (1 + 1 + 72 + 1 + 33) witness bytes = 834 WU.
COLD_VSIZE = (154 * 4 + 2 + 2 * (1 + 1 + 72 + 1 + 33) + 3) // 4


def test_btc_and_sat_states_both_units_exactly() -> None:
    assert btc_and_sat(0) == "0.0 BTC (0 sat)"
    assert btc_and_sat(1) == "0.00000001 BTC (1 sat)"
    assert btc_and_sat(123_456_789) == "1.23456789 BTC (123,456,789 sat)"
    assert btc_and_sat(1_000) == "0.00001 BTC (1,000 sat)"
    assert btc_and_sat(21_000_000 * 10**8) == "21000000.0 BTC (2,100,000,000,000,000 sat)"


def test_the_header_lines_state_txid_network_inputs_and_fee() -> None:
    _, review = facts_of(COLD.psbt, two_wallets())
    txid = COLD.psbt.unsigned_tx().txid_hex
    assert review.txid == txid
    assert COLD_VSIZE == 209 and review.summary.vsize == COLD_VSIZE
    assert review.lines() == [
        ReviewLine("txid", f"{txid} (of the unsigned transaction)"),
        ReviewLine("network", NETWORK.value),
        ReviewLine("inputs", "2, 0.002 BTC (200,000 sat) in all"),
        ReviewLine("fee", "0.00001 BTC (1,000 sat) at 4.78 sat/vB (estimated 209 vB)"),
    ]


def test_a_fee_that_cannot_be_known_is_stated_as_unknown() -> None:
    inputs = (COLD.psbt.inputs[0].without_types([P.IN_WITNESS_UTXO]), COLD.psbt.inputs[1])
    _, review = facts_of(edited(COLD.psbt, inputs=inputs), two_wallets())
    header = review.lines()
    assert header[2] == ReviewLine("inputs", "2, total unknown")
    assert header[3] == ReviewLine("fee", "unknown at unknown (estimated 209 vB)")
    line = review.inputs()[0]
    assert line == ReviewLine(
        "input 0", f"{review.summary.inputs[0].prevout}  amount unknown  NOT OURS"
    )


def prevout_of(index: int) -> str:
    txin = COLD.psbt.unsigned_tx().inputs[index]
    return f"{txin.prevout.txid_hex}:{txin.prevout.vout}"


def test_each_input_line_names_its_outpoint_amount_and_owner() -> None:
    _, review = facts_of(COLD.psbt, two_wallets())
    lines = review.inputs()
    expected = [
        ReviewLine(f"input {i}", f"{prevout_of(i)}  0.001 BTC (100,000 sat)  ours: cold 0/{i}")
        for i in range(2)
    ]
    assert len(lines) == 2
    assert [lines[0], lines[1]] == expected
    assert lines[-1] == expected[1]
    assert lines[0:1] == expected[:1] and lines[:] == expected and lines[5:] == []
    assert list(lines) == expected
    with pytest.raises(IndexError):
        lines[2]


def test_an_input_of_no_policy_wallet_is_named_not_ours() -> None:
    hot_input = HOT.psbt.unsigned_tx().inputs[1]  # COLD spends its own prev0 at input 0
    psbt = spliced(
        [(COLD.psbt, 0), (HOT.psbt, 1)],
        [TxOut(150_000, FOREIGN_SPK)],
        [P.OutputMap("output")],
    )
    cold_only = replace(two_wallets(), wallets=two_wallets().wallets[:1])
    _, review = facts_of(psbt, cold_only)
    prevout = f"{hot_input.prevout.txid_hex}:{hot_input.prevout.vout}"
    assert review.inputs()[1] == ReviewLine(
        "input 1", f"{prevout}  0.001 BTC (100,000 sat)  NOT OURS"
    )
    assert review.inputs()[0].text.endswith("  ours: cold 0/0")


def test_the_json_states_every_fact_of_the_spend() -> None:
    _, review = facts_of(COLD.psbt, two_wallets())
    tx = COLD.psbt.unsigned_tx()
    wallet = Wallet.from_descriptor(COLD.descriptor, NETWORK)
    spent = [wallet.derive_at((0, i)).script_pubkey for i in range(2)]
    change_spk = wallet.derive_at((1, 3)).script_pubkey
    assert tx.outputs[1].script_pubkey == change_spk
    assert review.to_json() == {
        "txid": tx.txid_hex,
        "network": NETWORK.value,
        "fee_sat": 1_000,
        "vsize": COLD_VSIZE,
        "fee_rate_sat_per_vb": round(1_000 / COLD_VSIZE, 3),
        "input_total_sat": 200_000,
        "external_sat": 100_000,
        "change_sat": 99_000,
        "inputs": [
            {
                "index": i,
                "prevout": prevout_of(i),
                "amount_sat": 100_000,
                "script_type": "p2wpkh",
                "address": address_from_script(spent[i], NETWORK),
                "ours": True,
                "wallet": "cold",
                "branch": 0,
                "address_index": i,
            }
            for i in range(2)
        ],
        "outputs": [
            {
                "index": 0,
                "address": address_from_script(FOREIGN_SPK, NETWORK),
                "amount_sat": 100_000,
                "change": False,
                "script_type": "p2wpkh",
                "script_pubkey": FOREIGN_SPK.hex(),
                "wallet": None,
                "branch": None,
                "address_index": None,
            },
            {
                "index": 1,
                "address": address_from_script(change_spk, NETWORK),
                "amount_sat": 99_000,
                "change": True,
                "script_type": "p2wpkh",
                "script_pubkey": change_spk.hex(),
                "wallet": "cold",
                "branch": 1,
                "address_index": 3,
            },
        ],
        "warnings": [
            f"input {i}: segwit v0 input without non_witness_utxo; its amount is not proven"
            for i in range(2)
        ],
    }


def test_the_json_of_an_unknown_fee_and_a_foreign_input_is_null_where_unknown() -> None:
    inputs = (COLD.psbt.inputs[0].without_types([P.IN_WITNESS_UTXO]), COLD.psbt.inputs[1])
    _, review = facts_of(edited(COLD.psbt, inputs=inputs), two_wallets())
    data = review.to_json()
    assert (data["fee_sat"], data["fee_rate_sat_per_vb"], data["input_total_sat"]) == (
        None,
        None,
        None,
    )
    assert data["inputs"][0] == {  # type: ignore[index]
        "index": 0,
        "prevout": prevout_of(0),
        "amount_sat": None,
        "script_type": None,
        "address": None,
        "ours": False,
        "wallet": None,
        "branch": None,
        "address_index": None,
    }
