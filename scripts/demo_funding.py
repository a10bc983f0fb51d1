"""Throwaway funding for the demo: previous transactions paying a script, and their UTXO list.

usage: python3 scripts/demo_funding.py NAME SCRIPT_PUBKEY_HEX TAG AMOUNT_BTC...

Writes NAME.json (as `bitcoin-cli listunspent` prints it) and NAME.prev (each previous
transaction's hex, as `bitcoin-cli getrawtransaction TXID` prints it). The previous transactions
spend made-up outpoints: they exist only so the demo's UTXOs have real txids whose amounts the
signer can check (the policy requires it for segwit v0 inputs).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut


def main(name: str, spk_hex: str, tag: str, *amounts: str) -> None:
    spk = bytes.fromhex(spk_hex)
    txs, rows = [], []
    for i, amount in enumerate(amounts):
        funding = TxIn(OutPoint(bytes.fromhex(tag * 32)[:31] + bytes([i]), i))
        tx = Transaction(2, (funding,), (TxOut(int(Decimal(amount) * 100_000_000), spk),), 0)
        txs.append(tx.serialize().hex())
        rows.append(
            {"txid": tx.txid_hex, "vout": 0, "amount": float(amount), "scriptPubKey": spk_hex}
        )
    Path(f"{name}.json").write_text(json.dumps(rows, indent=1) + "\n")
    Path(f"{name}.prev").write_text("\n".join(txs) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
