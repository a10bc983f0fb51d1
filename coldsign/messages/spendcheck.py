"""Check the spending data of transaction inputs against the outputs they spend, for the few
script templates coldsign understands; everything else is INCONCLUSIVE, never VALID.

This is not a script interpreter. It recognises exactly these templates (BIP-322 "a validator
without a full script interpreter ... should check that it understands all scripts"):

    P2PKH               scriptSig <sig> <pubkey>, no witness; legacy sighash
    P2WPKH              witness [<sig>, <pubkey33>], empty scriptSig; BIP-143
    P2SH-P2WPKH         scriptSig <OP_0 PUSH20>, witness as P2WPKH; BIP-143
    P2TR key path       witness [<sig64|sig65>], empty scriptSig; BIP-341 (all spent outputs)
    P2WSH multisig      witness [<>, <sig>*m, <multi script>]; BIP-143
    P2SH-P2WSH multisig scriptSig <OP_0 PUSH32>, witness as P2WSH multisig
    P2SH multisig       scriptSig OP_0 <sig>*m <multi script>, no witness; legacy sighash

and applies BIP-322's required rules to them: SIGHASH_ALL only (SIGHASH_DEFAULT too for
taproot), strict DER (BIP-66) and low S (libsecp256k1 refuses high S), push-only minimal
scriptSigs (MINIMALDATA), an empty multisig dummy (NULLDUMMY), exact stacks (CLEANSTACK), no
FindAndDelete, compressed keys in witness programs. Annexes, taproot script paths, other witness
versions and any other script are INCONCLUSIVE.

Cost: the per-transaction hash parts of BIP-143 and BIP-341 are computed once (keys/sighash.py),
so N segwit inputs cost O(N). A legacy (P2PKH, P2SH) input costs O(size of tx), as consensus
defines it; a proof with thousands of legacy inputs is quadratic by nature.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coldsign.codec.script import ScriptType, classify, hash160, parse_multisig, push_data
from coldsign.codec.tx import Transaction, TxOut
from coldsign.keys.sighash import (
    SIGHASH_ALL,
    SIGHASH_DEFAULT,
    SegwitV0Sighasher,
    TaprootSighasher,
    legacy_digest,
    p2wpkh_script_code,
)
from coldsign.messages.common import is_strict_der


class State(enum.Enum):
    """BIP-322's three verification states (INCONCLUSIVE: a script coldsign does not check)."""

    VALID = "valid"
    INCONCLUSIVE = "inconclusive"
    INVALID = "invalid"


class Template(enum.Enum):
    """The spending template an input was checked as."""

    P2PKH = "p2pkh"
    P2WPKH = "p2wpkh"
    P2SH_P2WPKH = "p2sh-p2wpkh"
    P2TR_KEY_PATH = "p2tr-key-path"
    P2WSH_MULTISIG = "p2wsh-multisig"
    P2SH_P2WSH_MULTISIG = "p2sh-p2wsh-multisig"
    P2SH_MULTISIG = "p2sh-multisig"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class InputCheck:
    """The outcome for one input: state, the template it matched, and why if not VALID."""

    index: int
    state: State
    template: Template
    reason: str = ""


def parse_pushes(script: bytes) -> list[bytes] | None:
    """The data pushed by a push-only script with minimal pushes (BIP-62 MINIMALDATA), else None.

    OP_0 pushes the empty string; OP_1NEGATE and OP_1..OP_16 are refused here because no
    template coldsign checks uses them in a scriptSig.
    """
    out: list[bytes] = []
    pos, n = 0, len(script)
    while pos < n:
        op = script[pos]
        pos += 1
        if op == 0x00:
            out.append(b"")
            continue
        if op <= 0x4B:
            size = op
        elif op == 0x4C:
            if pos + 1 > n:
                return None
            size = script[pos]
            pos += 1
            if size <= 0x4B:
                return None
        elif op == 0x4D:
            if pos + 2 > n:
                return None
            size = int.from_bytes(script[pos : pos + 2], "little")
            pos += 2
            if size <= 0xFF:
                return None
        else:  # PUSHDATA4 (never minimal for what fits a script), numbers and non-push opcodes
            return None
        if pos + size > n:
            return None
        data = script[pos : pos + size]
        pos += size
        if size == 1 and (1 <= data[0] <= 16 or data[0] == 0x81):
            return None  # should have been OP_1..OP_16 / OP_1NEGATE
        out.append(data)
    return out


def push(data: bytes) -> bytes:
    """The minimal push of `data` (as parse_pushes expects); ValueError above 65535 bytes."""
    n = len(data)
    if n == 1 and (1 <= data[0] <= 16 or data[0] == 0x81):
        raise ValueError("a one-byte number is pushed with an opcode, not as data")
    if n > 0xFFFF:
        raise ValueError("push too long")
    return push_data(data)


def _ecdsa_ok(pubkey: bytes, sig: bytes, digest: bytes) -> bool:
    from coincurve import PublicKey

    try:
        return bool(PublicKey(pubkey).verify(sig, digest, hasher=None))
    except ValueError:
        return False


def _strict_pubkey(pubkey: bytes, *, witness: bool) -> bool:
    """STRICTENC key encoding; segwit v0 also requires compressed keys (WITNESS_PUBKEYTYPE)."""
    if len(pubkey) == 33 and pubkey[0] in (2, 3):
        return True
    return not witness and len(pubkey) == 65 and pubkey[0] == 4


def _is_witness_program(script: bytes) -> bool:
    """BIP-141: a version opcode (OP_0, OP_1..OP_16) then one 2..40-byte push, nothing else."""
    return (
        4 <= len(script) <= 42
        and (script[0] == 0 or 0x51 <= script[0] <= 0x60)
        and script[1] == len(script) - 2
    )


class InputChecker:
    """Checks the inputs of one transaction; `spent` gives the output each input spends.

    The BIP-143 and BIP-341 per-transaction hashes are computed once, on first use.
    """

    def __init__(self, tx: Transaction, spent: Sequence[TxOut]) -> None:
        if len(spent) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent)
        self._segwit: SegwitV0Sighasher | None = None
        self._taproot: TaprootSighasher | None = None

    def _segwit_digest(self, index: int, script_code: bytes) -> bytes:
        if self._segwit is None:
            self._segwit = SegwitV0Sighasher(self.tx)
        return self._segwit.digest(index, script_code, self.spent[index].amount_sat, SIGHASH_ALL)

    def check_all(self, indexes: Iterable[int] | None = None) -> tuple[InputCheck, ...]:
        chosen = range(len(self.tx.inputs)) if indexes is None else indexes
        return tuple(self.check(i) for i in chosen)

    def check(self, index: int) -> InputCheck:
        """Check input `index` (see the module docstring for what each template requires)."""
        txin = self.tx.inputs[index]
        spk = self.spent[index].script_pubkey
        kind = classify(spk)
        if kind is ScriptType.P2PKH:
            return self._p2pkh(index, txin.script_sig, txin.witness, spk)
        if kind is ScriptType.P2WPKH:
            if txin.script_sig:
                return self._bad(index, Template.P2WPKH, "a native segwit input has a scriptSig")
            return self._p2wpkh(index, Template.P2WPKH, txin.witness, spk[2:])
        if kind is ScriptType.P2WSH:
            if txin.script_sig:
                return self._bad(
                    index, Template.P2WSH_MULTISIG, "a native segwit input has a scriptSig"
                )
            return self._p2wsh(index, Template.P2WSH_MULTISIG, txin.witness, spk[2:])
        if kind is ScriptType.P2TR:
            return self._p2tr(index, txin.script_sig, txin.witness, spk[2:])
        if kind is ScriptType.P2SH:
            return self._p2sh(index, txin.script_sig, txin.witness, spk[2:22])
        return InputCheck(
            index, State.INCONCLUSIVE, Template.UNKNOWN, f"input {index}: script type not checked"
        )

    # -- templates ---------------------------------------------------------------------------

    @staticmethod
    def _bad(index: int, template: Template, reason: str) -> InputCheck:
        return InputCheck(index, State.INVALID, template, f"input {index}: {reason}")

    @staticmethod
    def _unsure(index: int, template: Template, reason: str) -> InputCheck:
        return InputCheck(index, State.INCONCLUSIVE, template, f"input {index}: {reason}")

    def _ecdsa_sig_problem(self, sig: bytes) -> str:
        if not sig:
            return "empty signature"
        if not is_strict_der(sig):
            return "signature is not strict DER (BIP-66)"
        if sig[-1] != SIGHASH_ALL:
            return f"sighash type 0x{sig[-1]:02x} (BIP-322 requires SIGHASH_ALL)"
        return ""

    def _p2pkh(
        self, index: int, script_sig: bytes, witness: tuple[bytes, ...], spk: bytes
    ) -> InputCheck:
        t = Template.P2PKH
        if witness:
            return self._bad(index, t, "a legacy input has a witness")
        pushes = parse_pushes(script_sig)
        if pushes is None or len(pushes) != 2:
            return self._bad(index, t, "scriptSig is not <signature> <public key> (minimal pushes)")
        sig, pubkey = pushes
        if not _strict_pubkey(pubkey, witness=False):
            return self._bad(index, t, "public key is not strictly encoded")
        if hash160(pubkey) != spk[3:23]:
            return self._bad(index, t, "public key does not match the key hash")
        if problem := self._ecdsa_sig_problem(sig):
            return self._bad(index, t, problem)
        if push(sig) in spk:
            return self._bad(index, t, "signature found in its own scriptCode (FindAndDelete)")
        digest = legacy_digest(self.tx, index, spk)
        if not _ecdsa_ok(pubkey, sig[:-1], digest):
            return self._bad(index, t, "invalid signature")
        return InputCheck(index, State.VALID, t)

    def _p2wpkh(
        self, index: int, t: Template, witness: tuple[bytes, ...], program: bytes
    ) -> InputCheck:
        if len(witness) != 2:
            return self._bad(index, t, "witness is not [signature, public key]")
        sig, pubkey = witness
        if not _strict_pubkey(pubkey, witness=True):
            return self._bad(index, t, "witness public key is not a compressed key")
        if hash160(pubkey) != program:
            return self._bad(index, t, "public key does not match the witness program")
        if problem := self._ecdsa_sig_problem(sig):
            return self._bad(index, t, problem)
        digest = self._segwit_digest(index, p2wpkh_script_code(program))
        if not _ecdsa_ok(pubkey, sig[:-1], digest):
            return self._bad(index, t, "invalid signature")
        return InputCheck(index, State.VALID, t)

    def _multisig(
        self,
        index: int,
        t: Template,
        script: bytes,
        stack: Sequence[bytes],
        digest_of: str,
    ) -> InputCheck:
        """OP_CHECKMULTISIG over `stack` = [dummy, sig_1..sig_m] for the multisig `script`."""
        parsed = parse_multisig(script)
        if parsed is None:
            return self._unsure(index, t, "script is not a standard multisig script")
        m, keys = parsed
        witness = digest_of == "segwit"
        if witness and any(len(k) != 33 for k in keys):
            return self._unsure(index, t, "uncompressed key in a witness script")
        if len(stack) != m + 1:
            return self._bad(
                index, t, f"{len(stack) - 1} signatures for a {m}-of-{len(keys)} script"
            )
        if stack[0]:
            return self._bad(index, t, "multisig dummy element is not empty (NULLDUMMY)")
        sigs = stack[1:]
        for sig in sigs:
            if problem := self._ecdsa_sig_problem(sig):
                return self._bad(index, t, problem)
            if not witness and push(sig) in script:
                return self._bad(index, t, "signature found in its own scriptCode (FindAndDelete)")
        if witness:
            digest = self._segwit_digest(index, script)
        else:
            digest = legacy_digest(self.tx, index, script)
        k = 0
        for sig in sigs:  # OP_CHECKMULTISIG: signatures match keys in order
            while k < len(keys) and not _ecdsa_ok(keys[k], sig[:-1], digest):
                k += 1
            if k == len(keys):
                return self._bad(index, t, "invalid signature")
            k += 1
        return InputCheck(index, State.VALID, t)

    def _p2wsh(
        self, index: int, t: Template, witness: tuple[bytes, ...], program: bytes
    ) -> InputCheck:
        if not witness:
            return self._bad(index, t, "empty witness")
        script = witness[-1]
        if hashlib.sha256(script).digest() != program:
            return self._bad(index, t, "witness script does not match the witness program")
        return self._multisig(index, t, script, witness[:-1], "segwit")

    def _p2tr(
        self, index: int, script_sig: bytes, witness: tuple[bytes, ...], output_key: bytes
    ) -> InputCheck:
        from coincurve import PublicKeyXOnly

        t = Template.P2TR_KEY_PATH
        if script_sig:
            return self._bad(index, t, "a native segwit input has a scriptSig")
        if not witness:
            return self._bad(index, t, "empty witness")
        if len(witness) >= 2 and witness[-1][:1] == b"\x50":
            return self._unsure(index, t, "taproot annex is not checked")
        if len(witness) != 1:
            return self._unsure(index, t, "taproot script-path spends are not checked")
        sig = witness[0]
        if len(sig) == 64:
            hash_type = SIGHASH_DEFAULT
        elif len(sig) == 65 and sig[64] == SIGHASH_ALL:
            hash_type = SIGHASH_ALL
        elif len(sig) == 65:
            return self._bad(
                index, t, f"sighash type 0x{sig[64]:02x} (BIP-322 requires DEFAULT or ALL)"
            )
        else:
            return self._bad(index, t, f"Schnorr signature of {len(sig)} bytes")
        if self._taproot is None:
            self._taproot = TaprootSighasher(self.tx, self.spent)
        digest = self._taproot.digest(index, hash_type)
        try:
            ok = bool(PublicKeyXOnly(output_key).verify(sig[:64], digest))
        except ValueError:
            ok = False
        if not ok:
            return self._bad(index, t, "invalid signature")
        return InputCheck(index, State.VALID, t)

    def _p2sh(
        self, index: int, script_sig: bytes, witness: tuple[bytes, ...], script_hash: bytes
    ) -> InputCheck:
        pushes = parse_pushes(script_sig)
        if not pushes:
            return self._bad(
                index, Template.UNKNOWN, "P2SH scriptSig is not push-only with minimal pushes"
            )
        redeem = pushes[-1]
        if hash160(redeem) != script_hash:
            return self._bad(
                index, Template.UNKNOWN, "redeem script does not match the script hash"
            )
        inner = classify(redeem)
        if inner is ScriptType.P2WPKH:
            if len(pushes) != 1:
                return self._bad(
                    index, Template.P2SH_P2WPKH, "scriptSig must push only the redeem script"
                )
            return self._p2wpkh(index, Template.P2SH_P2WPKH, witness, redeem[2:])
        if inner is ScriptType.P2WSH:
            if len(pushes) != 1:
                return self._bad(
                    index,
                    Template.P2SH_P2WSH_MULTISIG,
                    "scriptSig must push only the redeem script",
                )
            return self._p2wsh(index, Template.P2SH_P2WSH_MULTISIG, witness, redeem[2:])
        if _is_witness_program(redeem):
            return self._unsure(index, Template.UNKNOWN, "P2SH-wrapped witness program not checked")
        if witness:
            return self._bad(index, Template.P2SH_MULTISIG, "a legacy P2SH input has a witness")
        return self._multisig(index, Template.P2SH_MULTISIG, redeem, pushes[:-1], "legacy")
