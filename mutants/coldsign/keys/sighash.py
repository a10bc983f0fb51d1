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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_p2wpkh_script_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_p2wpkh_script_code__mutmut)
def p2wpkh_script_code(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" + pubkey_hash + b"\x88\xac"


def x_p2wpkh_script_code__mutmut_orig(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" + pubkey_hash + b"\x88\xac"


def x_p2wpkh_script_code__mutmut_1(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" + pubkey_hash - b"\x88\xac"


def x_p2wpkh_script_code__mutmut_2(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" - pubkey_hash + b"\x88\xac"


def x_p2wpkh_script_code__mutmut_3(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"XX\x76\xa9\x14XX" + pubkey_hash + b"\x88\xac"


def x_p2wpkh_script_code__mutmut_4(pubkey_hash: bytes) -> bytes:
    """BIP-143 scriptCode for P2WPKH: the P2PKH script of the key hash."""
    return b"\x76\xa9\x14" + pubkey_hash + b"XX\x88\xacXX"

mutants_x_p2wpkh_script_code__mutmut['_mutmut_orig'] = x_p2wpkh_script_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_p2wpkh_script_code__mutmut['x_p2wpkh_script_code__mutmut_1'] = x_p2wpkh_script_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_p2wpkh_script_code__mutmut['x_p2wpkh_script_code__mutmut_2'] = x_p2wpkh_script_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_p2wpkh_script_code__mutmut['x_p2wpkh_script_code__mutmut_3'] = x_p2wpkh_script_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_p2wpkh_script_code__mutmut['x_p2wpkh_script_code__mutmut_4'] = x_p2wpkh_script_code__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSegwitV0Sighasherǁdigest__mutmut: MutantDict = {}  # type: ignore


class SegwitV0Sighasher:
    """BIP-143 digests for every input of one transaction (all six sighash types)."""

    @_mutmut_mutated(mutants_xǁSegwitV0Sighasherǁ__init____mutmut)
    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_orig(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_1(self, tx: Transaction) -> None:
        self.tx = None
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_2(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = None
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_3(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(None, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_4(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, None)
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_5(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes("little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_6(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, )
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_7(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version | 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_8(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 4294967296).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_9(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(5, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_10(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "XXlittleXX")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_11(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "LITTLE")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_12(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = None
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_13(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(None, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_14(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, None)
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_15(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes("little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_16(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, )
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_17(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(5, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_18(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "XXlittleXX")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_19(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "LITTLE")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_20(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = None
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_21(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(None)
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_22(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(None))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_23(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"XXXX".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_24(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = None
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_25(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(None)
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_26(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(None))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_27(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"XXXX".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_28(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(None, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_29(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, None) for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_30(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes("little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_31(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, ) for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_32(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(5, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_33(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "XXlittleXX") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_34(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "LITTLE") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(o.serialize() for o in tx.outputs))

    def xǁSegwitV0Sighasherǁ__init____mutmut_35(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = None

    def xǁSegwitV0Sighasherǁ__init____mutmut_36(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(None)

    def xǁSegwitV0Sighasherǁ__init____mutmut_37(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"".join(None))

    def xǁSegwitV0Sighasherǁ__init____mutmut_38(self, tx: Transaction) -> None:
        self.tx = tx
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.hash_prevouts = sha256d(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.hash_sequence = sha256d(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.hash_outputs = sha256d(b"XXXX".join(o.serialize() for o in tx.outputs))

    @_mutmut_mutated(mutants_xǁSegwitV0Sighasherǁpreimage__mutmut)
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_orig(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_1(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_2(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type | 0x1F
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_3(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 32
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_4(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_5(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(None)
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_6(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type | SIGHASH_ANYONECANPAY)
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_7(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_8(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" / 32
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_9(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"XX\x00XX" * 32
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_10(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 33
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_11(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_12(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if (anyone) and False else self.hash_prevouts
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_13(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if (anyone) or True else self.hash_prevouts
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_14(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_15(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if (anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE)) and False else self.hash_sequence
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_16(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if (anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE)) or True else self.hash_sequence
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_17(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone and base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_18(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base not in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_19(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base in (SIGHASH_SINGLE, SIGHASH_NONE):
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_20(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_21(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base == SIGHASH_SINGLE or index < len(self.tx.outputs):
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_22(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base != SIGHASH_SINGLE and index < len(self.tx.outputs):
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_23(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base == SIGHASH_SINGLE and index <= len(self.tx.outputs):
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_24(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base == SIGHASH_SINGLE and index < len(self.tx.outputs):
            outputs = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_25(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
        """The BIP-143 preimage; `script_code` without its length prefix."""
        base = sighash_type & 0x1F
        anyone = bool(sighash_type & SIGHASH_ANYONECANPAY)
        zero = b"\x00" * 32
        prevouts = zero if anyone else self.hash_prevouts
        sequence = zero if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE) else self.hash_sequence
        if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
            outputs = self.hash_outputs
        elif base == SIGHASH_SINGLE and index < len(self.tx.outputs):
            outputs = sha256d(None)
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_26(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
            outputs = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_27(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
        txin = None
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_28(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
            None
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_29(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
        return b"XXXX".join(
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

    def xǁSegwitV0Sighasherǁpreimage__mutmut_30(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                var_bytes(None),
                amount_sat.to_bytes(8, "little"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_31(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(None, "little"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_32(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(8, None),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_33(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes("little"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_34(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(8, ),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_35(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(9, "little"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_36(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(8, "XXlittleXX"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_37(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                amount_sat.to_bytes(8, "LITTLE"),
                txin.sequence.to_bytes(4, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_38(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(None, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_39(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(4, None),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_40(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes("little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_41(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(4, ),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_42(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(5, "little"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_43(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(4, "XXlittleXX"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_44(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                txin.sequence.to_bytes(4, "LITTLE"),
                outputs,
                self._locktime,
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_45(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(None, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_46(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, None),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_47(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes("little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_48(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, ),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_49(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type | 0xFFFF_FFFF).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_50(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 4294967296).to_bytes(4, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_51(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(5, "little"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_52(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "XXlittleXX"),
            ]
        )

    def xǁSegwitV0Sighasherǁpreimage__mutmut_53(self, index: int, script_code: bytes, amount_sat: int, sighash_type: int) -> bytes:
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
                (sighash_type & 0xFFFF_FFFF).to_bytes(4, "LITTLE"),
            ]
        )

    @_mutmut_mutated(mutants_xǁSegwitV0Sighasherǁdigest__mutmut)
    def digest(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_orig(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_1(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(None)

    def xǁSegwitV0Sighasherǁdigest__mutmut_2(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(None, script_code, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_3(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, None, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_4(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, None, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_5(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, amount_sat, None))

    def xǁSegwitV0Sighasherǁdigest__mutmut_6(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(script_code, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_7(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, amount_sat, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_8(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, sighash_type))

    def xǁSegwitV0Sighasherǁdigest__mutmut_9(
        self, index: int, script_code: bytes, amount_sat: int, sighash_type: int = SIGHASH_ALL
    ) -> bytes:
        """sha256d of the BIP-143 preimage: the message an ECDSA signature signs."""
        return sha256d(self.preimage(index, script_code, amount_sat, ))

mutants_xǁSegwitV0Sighasherǁ__init____mutmut['_mutmut_orig'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_1'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_2'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_3'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_4'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_5'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_6'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_7'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_8'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_9'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_10'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_11'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_12'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_13'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_14'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_15'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_16'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_17'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_18'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_19'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_20'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_21'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_22'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_23'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_24'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_25'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_26'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_27'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_28'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_29'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_30'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_31'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_32'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_33'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_34'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_35'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_36'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_37'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁ__init____mutmut['xǁSegwitV0Sighasherǁ__init____mutmut_38'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁ__init____mutmut_38 # type: ignore # mutmut generated

mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['_mutmut_orig'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_1'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_2'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_3'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_4'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_5'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_6'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_7'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_8'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_9'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_10'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_11'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_12'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_13'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_14'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_15'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_16'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_17'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_18'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_19'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_20'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_21'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_22'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_23'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_24'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_25'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_26'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_26 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_27'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_27 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_28'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_28 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_29'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_29 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_30'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_30 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_31'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_31 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_32'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_32 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_33'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_33 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_34'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_34 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_35'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_35 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_36'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_36 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_37'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_37 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_38'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_38 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_39'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_39 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_40'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_40 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_41'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_41 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_42'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_42 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_43'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_43 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_44'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_44 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_45'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_45 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_46'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_46 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_47'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_47 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_48'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_48 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_49'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_49 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_50'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_50 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_51'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_51 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_52'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_52 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁpreimage__mutmut['xǁSegwitV0Sighasherǁpreimage__mutmut_53'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁpreimage__mutmut_53 # type: ignore # mutmut generated

mutants_xǁSegwitV0Sighasherǁdigest__mutmut['_mutmut_orig'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_1'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_2'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_3'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_4'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_5'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_6'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_7'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_8'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSegwitV0Sighasherǁdigest__mutmut['xǁSegwitV0Sighasherǁdigest__mutmut_9'] = SegwitV0Sighasher.xǁSegwitV0Sighasherǁdigest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁTaprootSighasherǁsigmsg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTaprootSighasherǁdigest__mutmut: MutantDict = {}  # type: ignore


class TaprootSighasher:
    """BIP-341 digests (key path, and script path with `leaf_hash`) for one transaction.

    `spent_outputs` are the outputs every input spends, in input order (BIP-341 commits to all).
    """

    @_mutmut_mutated(mutants_xǁTaprootSighasherǁ__init____mutmut)
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

    def xǁTaprootSighasherǁ__init____mutmut_orig(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
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

    def xǁTaprootSighasherǁ__init____mutmut_1(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) == len(tx.inputs):
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

    def xǁTaprootSighasherǁ__init____mutmut_2(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError(None)
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_3(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("XXneed one spent output per inputXX")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_4(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("NEED ONE SPENT OUTPUT PER INPUT")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_5(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = None
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_6(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = None
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_7(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(None)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_8(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = None
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_9(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(None, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_10(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, None)
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_11(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes("little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_12(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, )
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_13(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version | 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_14(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 4294967296).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_15(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(5, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_16(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "XXlittleXX")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_17(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "LITTLE")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_18(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = None
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_19(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(None, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_20(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, None)
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_21(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes("little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_22(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, )
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_23(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(5, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_24(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "XXlittleXX")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_25(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "LITTLE")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_26(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = None
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_27(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(None)
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_28(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(None))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_29(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"XXXX".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_30(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = None
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_31(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(None)
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_32(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(None))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_33(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"XXXX".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_34(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(None, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_35(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, None) for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_36(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes("little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_37(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, ) for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_38(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(9, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_39(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "XXlittleXX") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_40(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "LITTLE") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_41(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = None
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_42(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(None)
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_43(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(None))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_44(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"XXXX".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_45(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(None) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_46(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = None
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_47(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(None)
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_48(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(None))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_49(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"XXXX".join(i.sequence.to_bytes(4, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_50(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(None, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_51(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, None) for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_52(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes("little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_53(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, ) for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_54(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(5, "little") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_55(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "XXlittleXX") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_56(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
        if len(spent_outputs) != len(tx.inputs):
            raise ValueError("need one spent output per input")
        self.tx = tx
        self.spent = tuple(spent_outputs)
        self._version = (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")
        self._locktime = tx.locktime.to_bytes(4, "little")
        self.sha_prevouts = sha256(b"".join(i.prevout.serialize() for i in tx.inputs))
        self.sha_amounts = sha256(b"".join(o.amount_sat.to_bytes(8, "little") for o in self.spent))
        self.sha_scriptpubkeys = sha256(b"".join(var_bytes(o.script_pubkey) for o in self.spent))
        self.sha_sequences = sha256(b"".join(i.sequence.to_bytes(4, "LITTLE") for i in tx.inputs))
        self.sha_outputs = sha256(b"".join(o.serialize() for o in tx.outputs))

    def xǁTaprootSighasherǁ__init____mutmut_57(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
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
        self.sha_outputs = None

    def xǁTaprootSighasherǁ__init____mutmut_58(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
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
        self.sha_outputs = sha256(None)

    def xǁTaprootSighasherǁ__init____mutmut_59(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
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
        self.sha_outputs = sha256(b"".join(None))

    def xǁTaprootSighasherǁ__init____mutmut_60(self, tx: Transaction, spent_outputs: Sequence[TxOut]) -> None:
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
        self.sha_outputs = sha256(b"XXXX".join(o.serialize() for o in tx.outputs))

    @_mutmut_mutated(mutants_xǁTaprootSighasherǁsigmsg__mutmut)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_orig(
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

    def xǁTaprootSighasherǁsigmsg__mutmut_1(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 1,
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

    def xǁTaprootSighasherǁsigmsg__mutmut_2(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 0,
        codesep_pos: int = 4294967296,
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

    def xǁTaprootSighasherǁsigmsg__mutmut_3(
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
        if hash_type in TAPROOT_SIGHASH_TYPES:
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

    def xǁTaprootSighasherǁsigmsg__mutmut_4(
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
            raise ValueError(None)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_5(
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
        base = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_6(
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
        base = hash_type | 0x03
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

    def xǁTaprootSighasherǁsigmsg__mutmut_7(
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
        base = hash_type & 4
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

    def xǁTaprootSighasherǁsigmsg__mutmut_8(
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
        anyone = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_9(
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
        anyone = bool(None)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_10(
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
        anyone = bool(hash_type | SIGHASH_ANYONECANPAY)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_11(
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
        parts = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_12(
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
        parts = [bytes(None), self._version, self._locktime]
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

    def xǁTaprootSighasherǁsigmsg__mutmut_13(
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
        if anyone:
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

    def xǁTaprootSighasherǁsigmsg__mutmut_14(
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
            parts = [
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

    def xǁTaprootSighasherǁsigmsg__mutmut_15(
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
            parts -= [
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

    def xǁTaprootSighasherǁsigmsg__mutmut_16(
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
        if base in (SIGHASH_NONE, SIGHASH_SINGLE):
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

    def xǁTaprootSighasherǁsigmsg__mutmut_17(
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
            parts.append(None)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_18(
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
        ext_flag = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_19(
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
        ext_flag = 0 if (leaf_hash is None) and False else 1
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

    def xǁTaprootSighasherǁsigmsg__mutmut_20(
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
        ext_flag = 0 if (leaf_hash is None) or True else 1
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

    def xǁTaprootSighasherǁsigmsg__mutmut_21(
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
        ext_flag = 1 if leaf_hash is None else 1
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

    def xǁTaprootSighasherǁsigmsg__mutmut_22(
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
        ext_flag = 0 if leaf_hash is not None else 1
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

    def xǁTaprootSighasherǁsigmsg__mutmut_23(
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
        ext_flag = 0 if leaf_hash is None else 2
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

    def xǁTaprootSighasherǁsigmsg__mutmut_24(
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
        parts.append(None)
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

    def xǁTaprootSighasherǁsigmsg__mutmut_25(
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
        parts.append(bytes(None))
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

    def xǁTaprootSighasherǁsigmsg__mutmut_26(
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
        parts.append(bytes([ext_flag * 2 - (annex is not None)]))
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

    def xǁTaprootSighasherǁsigmsg__mutmut_27(
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
        parts.append(bytes([ext_flag / 2 + (annex is not None)]))
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

    def xǁTaprootSighasherǁsigmsg__mutmut_28(
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
        parts.append(bytes([ext_flag * 3 + (annex is not None)]))
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

    def xǁTaprootSighasherǁsigmsg__mutmut_29(
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
        parts.append(bytes([ext_flag * 2 + (annex is None)]))
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

    def xǁTaprootSighasherǁsigmsg__mutmut_30(
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
        txin = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_31(
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
            spent = None
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

    def xǁTaprootSighasherǁsigmsg__mutmut_32(
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
            parts = [
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

    def xǁTaprootSighasherǁsigmsg__mutmut_33(
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
            parts -= [
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

    def xǁTaprootSighasherǁsigmsg__mutmut_34(
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
                spent.amount_sat.to_bytes(None, "little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_35(
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
                spent.amount_sat.to_bytes(8, None),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_36(
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
                spent.amount_sat.to_bytes("little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_37(
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
                spent.amount_sat.to_bytes(8, ),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_38(
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
                spent.amount_sat.to_bytes(9, "little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_39(
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
                spent.amount_sat.to_bytes(8, "XXlittleXX"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_40(
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
                spent.amount_sat.to_bytes(8, "LITTLE"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_41(
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
                var_bytes(None),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_42(
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
                txin.sequence.to_bytes(None, "little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_43(
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
                txin.sequence.to_bytes(4, None),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_44(
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
                txin.sequence.to_bytes("little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_45(
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
                txin.sequence.to_bytes(4, ),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_46(
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
                txin.sequence.to_bytes(5, "little"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_47(
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
                txin.sequence.to_bytes(4, "XXlittleXX"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_48(
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
                txin.sequence.to_bytes(4, "LITTLE"),
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

    def xǁTaprootSighasherǁsigmsg__mutmut_49(
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
            parts.append(None)
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_50(
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
            parts.append(index.to_bytes(None, "little"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_51(
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
            parts.append(index.to_bytes(4, None))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_52(
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
            parts.append(index.to_bytes("little"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_53(
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
            parts.append(index.to_bytes(4, ))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_54(
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
            parts.append(index.to_bytes(5, "little"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_55(
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
            parts.append(index.to_bytes(4, "XXlittleXX"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_56(
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
            parts.append(index.to_bytes(4, "LITTLE"))
        if annex is not None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_57(
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
        if annex is None:
            parts.append(sha256(var_bytes(annex)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_58(
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
            parts.append(None)
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_59(
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
            parts.append(sha256(None))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_60(
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
            parts.append(sha256(var_bytes(None)))
        if base == SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_61(
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
        if base != SIGHASH_SINGLE:
            if index >= len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_62(
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
            if index > len(self.tx.outputs):
                raise ValueError("SIGHASH_SINGLE without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_63(
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
                raise ValueError(None)
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_64(
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
                raise ValueError("XXSIGHASH_SINGLE without a matching outputXX")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_65(
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
                raise ValueError("sighash_single without a matching output")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_66(
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
                raise ValueError("SIGHASH_SINGLE WITHOUT A MATCHING OUTPUT")
            parts.append(sha256(self.tx.outputs[index].serialize()))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_67(
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
            parts.append(None)
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_68(
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
            parts.append(sha256(None))
        if leaf_hash is not None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_69(
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
        if leaf_hash is None:
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_70(
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
            parts = [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_71(
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
            parts -= [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_72(
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
            parts += [leaf_hash, bytes(None), codesep_pos.to_bytes(4, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_73(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(None, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_74(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, None)]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_75(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes("little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_76(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, )]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_77(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(5, "little")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_78(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "XXlittleXX")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_79(
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
            parts += [leaf_hash, bytes([key_version]), codesep_pos.to_bytes(4, "LITTLE")]
        return b"".join(parts)

    def xǁTaprootSighasherǁsigmsg__mutmut_80(
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
        return b"".join(None)

    def xǁTaprootSighasherǁsigmsg__mutmut_81(
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
        return b"XXXX".join(parts)

    @_mutmut_mutated(mutants_xǁTaprootSighasherǁdigest__mutmut)
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

    def xǁTaprootSighasherǁdigest__mutmut_orig(
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

    def xǁTaprootSighasherǁdigest__mutmut_1(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 1,
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

    def xǁTaprootSighasherǁdigest__mutmut_2(
        self,
        index: int,
        hash_type: int = SIGHASH_DEFAULT,
        *,
        annex: bytes | None = None,
        leaf_hash: bytes | None = None,
        key_version: int = 0,
        codesep_pos: int = 4294967296,
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

    def xǁTaprootSighasherǁdigest__mutmut_3(
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
        msg = None
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_4(
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
            None,
            hash_type,
            annex=annex,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_5(
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
            None,
            annex=annex,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_6(
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
            annex=None,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_7(
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
            leaf_hash=None,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_8(
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
            key_version=None,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_9(
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
            codesep_pos=None,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_10(
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
            hash_type,
            annex=annex,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_11(
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
            annex=annex,
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_12(
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
            leaf_hash=leaf_hash,
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_13(
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
            key_version=key_version,
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_14(
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
            codesep_pos=codesep_pos,
        )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_15(
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
            )
        return tagged_hash("TapSighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_16(
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
        return tagged_hash(None, b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_17(
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
        return tagged_hash("TapSighash", None)

    def xǁTaprootSighasherǁdigest__mutmut_18(
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
        return tagged_hash(b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_19(
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
        return tagged_hash("TapSighash", )

    def xǁTaprootSighasherǁdigest__mutmut_20(
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
        return tagged_hash("XXTapSighashXX", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_21(
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
        return tagged_hash("tapsighash", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_22(
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
        return tagged_hash("TAPSIGHASH", b"\x00" + msg)

    def xǁTaprootSighasherǁdigest__mutmut_23(
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
        return tagged_hash("TapSighash", b"\x00" - msg)

    def xǁTaprootSighasherǁdigest__mutmut_24(
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
        return tagged_hash("TapSighash", b"XX\x00XX" + msg)

mutants_xǁTaprootSighasherǁ__init____mutmut['_mutmut_orig'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_1'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_2'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_3'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_4'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_5'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_6'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_7'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_8'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_9'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_10'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_11'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_12'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_13'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_14'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_15'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_16'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_17'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_18'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_19'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_20'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_21'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_22'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_23'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_24'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_25'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_26'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_27'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_28'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_29'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_30'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_31'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_32'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_33'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_34'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_35'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_36'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_37'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_38'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_39'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_40'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_41'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_42'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_43'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_44'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_45'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_46'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_47'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_48'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_49'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_50'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_51'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_51 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_52'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_52 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_53'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_53 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_54'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_54 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_55'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_55 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_56'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_56 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_57'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_57 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_58'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_58 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_59'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_59 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁ__init____mutmut['xǁTaprootSighasherǁ__init____mutmut_60'] = TaprootSighasher.xǁTaprootSighasherǁ__init____mutmut_60 # type: ignore # mutmut generated

mutants_xǁTaprootSighasherǁsigmsg__mutmut['_mutmut_orig'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_1'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_2'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_3'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_4'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_5'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_6'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_7'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_8'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_9'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_10'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_11'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_12'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_13'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_14'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_15'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_16'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_17'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_18'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_19'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_20'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_21'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_22'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_23'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_24'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_25'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_25 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_26'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_26 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_27'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_28'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_28 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_29'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_29 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_30'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_30 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_31'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_31 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_32'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_32 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_33'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_33 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_34'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_34 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_35'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_35 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_36'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_36 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_37'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_37 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_38'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_38 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_39'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_39 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_40'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_40 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_41'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_41 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_42'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_42 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_43'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_43 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_44'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_44 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_45'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_45 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_46'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_46 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_47'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_47 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_48'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_48 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_49'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_49 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_50'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_50 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_51'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_51 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_52'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_52 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_53'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_53 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_54'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_54 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_55'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_55 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_56'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_56 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_57'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_57 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_58'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_58 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_59'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_59 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_60'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_60 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_61'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_61 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_62'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_62 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_63'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_63 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_64'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_64 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_65'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_65 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_66'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_66 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_67'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_67 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_68'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_68 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_69'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_69 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_70'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_70 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_71'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_71 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_72'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_72 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_73'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_73 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_74'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_74 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_75'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_75 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_76'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_76 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_77'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_77 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_78'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_78 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_79'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_79 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_80'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_80 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁsigmsg__mutmut['xǁTaprootSighasherǁsigmsg__mutmut_81'] = TaprootSighasher.xǁTaprootSighasherǁsigmsg__mutmut_81 # type: ignore # mutmut generated

mutants_xǁTaprootSighasherǁdigest__mutmut['_mutmut_orig'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_1'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_2'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_3'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_4'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_5'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_6'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_7'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_8'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_9'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_10'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_11'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_12'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_13'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_14'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_15'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_16'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_17'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_18'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_19'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_20'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_21'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_22'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_23'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTaprootSighasherǁdigest__mutmut['xǁTaprootSighasherǁdigest__mutmut_24'] = TaprootSighasher.xǁTaprootSighasherǁdigest__mutmut_24 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_legacy_digest__mutmut)
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


def x_legacy_digest__mutmut_orig(
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


def x_legacy_digest__mutmut_1(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type == SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_2(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError(None)
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_3(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("XXlegacy sighash: only SIGHASH_ALL is supportedXX")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_4(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only sighash_all is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_5(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("LEGACY SIGHASH: ONLY SIGHASH_ALL IS SUPPORTED")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_6(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = None
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_7(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        None
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_8(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(None, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_9(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=None, witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_10(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=None)
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_11(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_12(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_13(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"", )
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_14(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if (i == index) and False else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_15(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if (i == index) or True else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_16(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i != index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_17(
    tx: Transaction, index: int, script_code: bytes, sighash_type: int = SIGHASH_ALL
) -> bytes:
    """The original (pre-segwit) signature hash, SIGHASH_ALL only, for P2SH / P2PKH inputs.

    `script_code` must not contain OP_CODESEPARATOR (true of the multisig and P2PKH scripts we
    sign); the cost is O(size of tx) per input, which is why only legacy inputs use it.
    """
    if sighash_type != SIGHASH_ALL:
        raise ValueError("legacy sighash: only SIGHASH_ALL is supported")
    inputs = tuple(
        replace(txin, script_sig=script_code if i == index else b"XXXX", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_18(
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
        for i, txin in enumerate(None)
    )
    stripped = replace(tx, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_19(
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
    stripped = None
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_20(
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
    stripped = replace(tx, inputs=inputs).serialize(witness=None)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_21(
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
    stripped = replace(None, inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_22(
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
    stripped = replace(tx, inputs=None).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_23(
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
    stripped = replace(inputs=inputs).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_24(
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
    stripped = replace(tx, ).serialize(witness=False)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_25(
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
    stripped = replace(tx, inputs=inputs).serialize(witness=True)
    return sha256d(stripped + sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_26(
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
    return sha256d(None)


def x_legacy_digest__mutmut_27(
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
    return sha256d(stripped - sighash_type.to_bytes(4, "little"))


def x_legacy_digest__mutmut_28(
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
    return sha256d(stripped + sighash_type.to_bytes(None, "little"))


def x_legacy_digest__mutmut_29(
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
    return sha256d(stripped + sighash_type.to_bytes(4, None))


def x_legacy_digest__mutmut_30(
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
    return sha256d(stripped + sighash_type.to_bytes("little"))


def x_legacy_digest__mutmut_31(
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
    return sha256d(stripped + sighash_type.to_bytes(4, ))


def x_legacy_digest__mutmut_32(
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
    return sha256d(stripped + sighash_type.to_bytes(5, "little"))


def x_legacy_digest__mutmut_33(
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
    return sha256d(stripped + sighash_type.to_bytes(4, "XXlittleXX"))


def x_legacy_digest__mutmut_34(
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
    return sha256d(stripped + sighash_type.to_bytes(4, "LITTLE"))

mutants_x_legacy_digest__mutmut['_mutmut_orig'] = x_legacy_digest__mutmut_orig # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_1'] = x_legacy_digest__mutmut_1 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_2'] = x_legacy_digest__mutmut_2 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_3'] = x_legacy_digest__mutmut_3 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_4'] = x_legacy_digest__mutmut_4 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_5'] = x_legacy_digest__mutmut_5 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_6'] = x_legacy_digest__mutmut_6 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_7'] = x_legacy_digest__mutmut_7 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_8'] = x_legacy_digest__mutmut_8 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_9'] = x_legacy_digest__mutmut_9 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_10'] = x_legacy_digest__mutmut_10 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_11'] = x_legacy_digest__mutmut_11 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_12'] = x_legacy_digest__mutmut_12 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_13'] = x_legacy_digest__mutmut_13 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_14'] = x_legacy_digest__mutmut_14 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_15'] = x_legacy_digest__mutmut_15 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_16'] = x_legacy_digest__mutmut_16 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_17'] = x_legacy_digest__mutmut_17 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_18'] = x_legacy_digest__mutmut_18 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_19'] = x_legacy_digest__mutmut_19 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_20'] = x_legacy_digest__mutmut_20 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_21'] = x_legacy_digest__mutmut_21 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_22'] = x_legacy_digest__mutmut_22 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_23'] = x_legacy_digest__mutmut_23 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_24'] = x_legacy_digest__mutmut_24 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_25'] = x_legacy_digest__mutmut_25 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_26'] = x_legacy_digest__mutmut_26 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_27'] = x_legacy_digest__mutmut_27 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_28'] = x_legacy_digest__mutmut_28 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_29'] = x_legacy_digest__mutmut_29 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_30'] = x_legacy_digest__mutmut_30 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_31'] = x_legacy_digest__mutmut_31 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_32'] = x_legacy_digest__mutmut_32 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_33'] = x_legacy_digest__mutmut_33 # type: ignore # mutmut generated
mutants_x_legacy_digest__mutmut['x_legacy_digest__mutmut_34'] = x_legacy_digest__mutmut_34 # type: ignore # mutmut generated
