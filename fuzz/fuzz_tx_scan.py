"""Raw Bitcoin transactions (BIP-144 serialization): coldsign.codec.tx.scan_tx, the fast reader
every PSBT previous transaction goes through (issue 16), against the strict parse_tx.

Allowed: DecodeError. Differential: both refuse the same bytes with the same reason, or both
accept them with the same txid and the same outputs (the view decodes each output the strict
parser decoded), so a crafted previous transaction cannot read one way on the fast path and
another on the strict one. Round trip: what parses serializes to exactly the input bytes.
"""

from __future__ import annotations

import _harness

from coldsign.codec.tx import TxOut, parse_tx, scan_tx
from coldsign.errors import DecodeError


def _scanned(data: bytes) -> tuple[str, tuple[TxOut, ...]] | str:
    try:
        view = scan_tx(data, "tx")
    except DecodeError as exc:
        return f"refused: {exc}"
    return view.txid, tuple(view.output(i) for i in range(view.output_count))


def _parsed(data: bytes) -> tuple[str, tuple[TxOut, ...]] | str:
    try:
        tx = parse_tx(data, "tx")
    except DecodeError as exc:
        return f"refused: {exc}"
    _harness.check_equal(tx.serialize(), data, "parse_tx(x).serialize()")
    return tx.txid, tx.outputs


def one_input(data: bytes) -> None:
    _harness.check_equal(_scanned(data), _parsed(data), "scan_tx against parse_tx")


TARGET = _harness.Target("tx_scan", one_input, allowed=(DecodeError,), max_len=4096)

if __name__ == "__main__":
    _harness.main(TARGET)
