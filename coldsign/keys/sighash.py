"""Signature hashes: legacy (SIGHASH_ALL only), BIP-143 (segwit v0) and BIP-341 (taproot).

The per-transaction parts (hashPrevouts, hashSequence, hashOutputs; sha_prevouts, sha_amounts,
sha_scriptpubkeys, sha_sequences, sha_outputs) are computed once when a hasher is built, so the
digests of N inputs cost O(N) in total rather than O(N^2) (the quadratic-hashing fix of BIP-143).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coldsign.codec.reader import var_bytes
from coldsign.codec.script import sha256, tagged_hash
from coldsign.codec.tx import Transaction, TxOut, sha256d

SIGHASH_DEFAULT = 0x00
SIGHASH_ALL = 0x01
SIGHASH_NONE = 0x02
SIGHASH_SINGLE = 0x03
SIGHASH_ANYONECANPAY = 0x80
TAPROOT_SIGHASH_TYPES = frozenset({0x00, 0x01, 0x02, 0x03, 0x81, 0x82, 0x83})


def p2wpkh_script_code(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" + pubkey_hash + b"\x88\xac"


class SegwitV0Sighasher:
    """BIP-143 digests for every input of one transaction (all six sighash types)."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))
        # SIGHASH_ALL's preimage around the input's own fields, joined once per transaction.
        self._all_head = self._version + self.hash_prevouts + self.hash_sequence
        self._all_tail = self.hash_outputs + self._locktime + SIGHASH_ALL.to_bytes(4, "little")

    def preimage(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base == SIGHASH_SINGLE and index < len(self.tx.outputs):
            outputs = sha256d(self.tx.outputs[index].serialize())
        else:
            outputs = zero
        txin = self.tx.inputs[index]
        return b"".join(
            [
                self._version,
                prevouts,
                sequence,
                txin.prevout.serialize(),
                var_bytes(script_code),
                amount_sat.to_bytes(8, "little"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def digest(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        if sighash_type != SIGHASH_ALL:
            return sha256d(self.preimage(index, script_code, amount_sat, sighash_type))
        # `preimage` for SIGHASH_ALL, the type signed: the same bytes in one join.
        txin = self.tx.inputs[index]
        prevout = txin.prevout
        return sha256d(
            b"".join(
                (
                    self._all_head,
                    prevout.txid,
                    prevout.vout.to_bytes(4, "little"),
                    var_bytes(script_code),
                    amount_sat.to_bytes(8, "little"),
                    txin.sequence.to_bytes(4, "little"),
                    self._all_tail,
                )
            )
        )


class TaprootSighasher:
    """BIP-341 digests (key path, and script path with `leaf_hash`) for one transaction.

    `spent_outputs` are the outputs every input spends, in input order (BIP-341 commits to all).
    """

    def __init__(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def sigmsg(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 0,
        codesep_pos: int = 0xFFFF_FFFF,
    ) -> bytes:
        """SigMsg(hash_type, ext_flag) of BIP-341 (with the BIP-342 extension for a leaf)."""
        if hash_type not in TAPROOT_SIGHASH_TYPES:
            raise ValueError(f"invalid taproot sighash type 0x{hash_type:02x}")
        base = hash_type & 0x03
        anyone = bool(hash_type & SIGHASH_ANYONECANPAY)
        parts = [bytes([hash_type]), self._version, self._locktime]
        if not anyone:
            parts += [
                self.sha_prevouts,
                self.sha_amounts,
                self.sha_scriptpubkeys,
                self.sha_sequences,
            ]
        if base not in (SIGHASH_NONE, SIGHASH_SINGLE):
            parts.append(self.sha_outputs)
        ext_flag = 0 if leaf_hash is None else 1
        parts.append(bytes([ext_flag * 2 + (annex is not None)]))
        txin = self.tx.inputs[index]
        if anyone:
            spent = self.spent[index]
            parts += [
                txin.prevout.serialize(),
                spent.amount_sat.to_bytes(8, "little"),
                var_bytes(spent.script_pubkey),
                txin.sequence.to_bytes(4, "little"),
            ]
        else:
            parts.append(index.to_bytes(4, "little"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def digest(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 0,
        codesep_pos: int = 0xFFFF_FFFF,
    ) -> bytes:
        """tagged_hash("TapSighash", 0x00 || SigMsg): the message a BIP-340 signature signs."""
        msg = self.sigmsg(
            index,
            hash_type,
            annex=annex,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)


def legacy_digest(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))
