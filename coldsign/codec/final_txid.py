"""The txid a PSBT's transaction will have once finalized (BIP-174/370), without guessing.

A txid covers every input's scriptSig but no witness. So it is known before signing when every
input's final scriptSig is known without signatures:
- finalized inputs: their final scriptSig;
- native segwit inputs (P2WPKH, P2WSH, P2TR, any witness program): an empty scriptSig;
- P2SH-wrapped segwit inputs whose redeem script is in the PSBT: a single push of it.
Legacy inputs (P2PKH, bare or P2SH multisig) put their signatures in the scriptSig, so the txid is
not known until they are finalized; so is a P2SH input whose redeem script is absent.
"""

from __future__ import annotations

import dataclasses

from coldsign.codec.psbt import Psbt
from coldsign.codec.script import ScriptType, classify, p2sh_script, push_data
from coldsign.codec.tx import Transaction


@dataclasses.dataclass(frozen=True)
class FinalTxid:
    """`txid` when known; otherwise None and `pending` names the inputs that decide it."""

    txid: str | None
    unsigned_txid: str
    pending: tuple[int, ...] = ()

    @property
    def known(self) -> bool:
        return self.txid is not None

    @property
    def same_as_unsigned(self) -> bool:
        return self.txid == self.unsigned_txid

    def describe(self) -> str:
        if self.txid is None:
            inputs = ", ".join(str(i) for i in self.pending)
            return f"not known until input(s) {inputs} are finalized (their scriptSig holds signatures)"
        return self.txid


def _is_witness_program(script: bytes) -> bool:
    return (
        4 <= len(script) <= 42
        and (script[0] == 0 or 0x51 <= script[0] <= 0x60)
        and script[1] == len(script) - 2
    )


def final_script_sig(psbt: Psbt, index: int) -> bytes | None:
    """Input `index`'s final scriptSig if it is known without signatures, else None."""
    inp = psbt.inputs[index]
    if inp.is_finalized:
        return inp.final_script_sig or b""
    spent = psbt.spent_output(index)
    if spent is None:
        return None
    script = spent.script_pubkey
    if _is_witness_program(script):
        return b""
    if classify(script) is ScriptType.P2SH:
        redeem = inp.redeem_script
        if redeem is not None and _is_witness_program(redeem) and p2sh_script(redeem) == script:
            return push_data(redeem)
    return None


def final_txid(psbt: Psbt) -> FinalTxid:
    """The txid after finalization, when it is already determined (see the module docstring)."""
    unsigned = psbt.unsigned_tx()
    script_sigs: list[bytes] = []
    pending: list[int] = []
    for index in range(len(psbt.inputs)):
        script_sig = final_script_sig(psbt, index)
        if script_sig is None:
            pending.append(index)
        else:
            script_sigs.append(script_sig)
    if pending:
        return FinalTxid(None, unsigned.txid_hex, tuple(pending))
    final = Transaction(
        unsigned.version,
        tuple(
            dataclasses.replace(txin, script_sig=sig, witness=())
            for txin, sig in zip(unsigned.inputs, script_sigs, strict=True)
        ),
        unsigned.outputs,
        unsigned.locktime,
    )
    return FinalTxid(final.txid_hex, unsigned.txid_hex)
