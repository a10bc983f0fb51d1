"""Binary PSBT (BIP-174 v0, BIP-370 v2, BIP-371 taproot fields): coldsign.codec.psbt.parse_psbt.

Allowed: DecodeError. Round trip: whatever parses serializes to exactly the input bytes; its
unsigned transaction, txid and spent outputs are derived without any other error, and the
BIP-370 version conversions (to_v2/to_v0) either refuse with DecodeError or round-trip.
Differential: the fast reader `parse_psbt` tries first (issue 16) and the strict reader
`_parse_psbt(fast=False)` accept the same bytes as equal PSBTs, or refuse them with the same
reason, so a crafted PSBT cannot be read one way by the fast path and another by the strict one.
"""

from __future__ import annotations

import _harness

from coldsign.codec.psbt import Psbt, _parse_psbt, parse_psbt, serialize_psbt, to_v0, to_v2
from coldsign.errors import DecodeError


def _outcome(data: bytes, *, fast: bool) -> Psbt | str:
    try:
        return parse_psbt(data) if fast else _parse_psbt(data, fast=False)
    except DecodeError as exc:
        return f"refused: {exc}"


def one_input(data: bytes) -> None:
    fast = _outcome(data, fast=True)
    _harness.check_equal(fast, _outcome(data, fast=False), "fast reader against strict reader")
    if isinstance(fast, str):
        return  # refused by both readers alike: the allowed outcome
    psbt = fast
    _harness.check_equal(serialize_psbt(psbt), data, "serialize_psbt(parse_psbt(x))")
    tx = psbt.unsigned_tx()  # v2: BIP-370 lock-time choice may refuse (DecodeError)
    _harness.check_equal(len(tx.inputs), len(psbt.inputs), "unsigned tx input count")
    _harness.check_equal(len(tx.outputs), len(psbt.outputs), "unsigned tx output count")
    for index in range(len(psbt.inputs)):
        psbt.spent_output(index)
    assert len(psbt.txid) == 64
    converted = to_v2(psbt) if psbt.version == 0 else to_v0(psbt)
    with _harness.must_succeed("parse_psbt(serialize(converted))"):
        again = parse_psbt(serialize_psbt(converted))
    _harness.check_equal(again.unsigned_tx(), tx, "unsigned tx across a version conversion")


TARGET = _harness.Target("psbt_binary", one_input, allowed=(DecodeError,), max_len=8192)

if __name__ == "__main__":
    _harness.main(TARGET)
