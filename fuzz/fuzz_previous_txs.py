"""The previous transactions `payload build --prev-txs` reads (Bitcoin Core's getrawtransaction
hex lines, a JSON list of hex strings or gettransaction objects):
coldsign.chains.bitcoin.build.parse_previous_txs, which decodes each with codec.tx.parse_tx.

Allowed: DecodeError. Round trip: every accepted transaction re-serializes to bytes that parse back
to an equal transaction whose txid is the key it is filed under.
"""

from __future__ import annotations

import _harness

from coldsign.chains.bitcoin.build import parse_previous_txs
from coldsign.codec.tx import parse_tx
from coldsign.errors import DecodeError


def one_input(data: bytes) -> None:
    for txid, tx in parse_previous_txs(data).items():
        with _harness.must_succeed("parse_tx(tx.serialize())"):
            again = parse_tx(tx.serialize(), "re-encoded transaction")
        _harness.check_equal(again, tx, "previous transaction")
        _harness.check_equal(again.txid, txid, "txid")


TARGET = _harness.Target("previous_txs", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
