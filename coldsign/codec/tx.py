"""Bitcoin transactions: parse and serialize (legacy and BIP-144 segwit); txid, weight, vsize.

Parsing reads only through `Reader`, so malformed bytes raise `DecodeError` and nothing else;
`serialize_tx(parse_tx(b)) == b` for every accepted encoding. `scan_tx` accepts exactly what
`parse_tx` accepts but builds no objects: a PSBT's previous transaction is checked, hashed once
and only the output it spends is decoded (`TxView`).
"""

from __future__ import annotations

import hashlib
import struct
from array import array
from dataclasses import dataclass, replace

from coldsign.codec.bulk import slot_setters
from coldsign.codec.reader import Reader, compact_size, var_bytes

MAX_MONEY = 21_000_000 * 100_000_000
SEQUENCE_FINAL = 0xFFFF_FFFF


def sha256d(data: bytes) -> bytes:
    """SHA-256 applied twice: Bitcoin's txid and checksum hash."""
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


@dataclass(frozen=True, slots=True)
class OutPoint:
    """A reference to an output: `txid` in internal (little-endian) byte order and `vout`."""

    txid: bytes
    vout: int

    def serialize(self) -> bytes:
        return self.txid + self.vout.to_bytes(4, "little")

    @property
    def txid_hex(self) -> str:
        """The txid as block explorers show it (byte-reversed)."""
        return self.txid[::-1].hex()


@dataclass(frozen=True, slots=True)
class TxIn:
    """A transaction input; `witness` is the BIP-141 stack (empty tuple when none)."""

    prevout: OutPoint
    script_sig: bytes = b""
    sequence: int = SEQUENCE_FINAL
    witness: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class TxOut:
    """A transaction output: an amount in satoshis and its scriptPubKey."""

    amount_sat: int
    script_pubkey: bytes

    def serialize(self) -> bytes:
        return self.amount_sat.to_bytes(8, "little") + var_bytes(self.script_pubkey)


@dataclass(frozen=True, slots=True)
class Transaction:
    """A transaction; serialized with the BIP-144 witness layout iff any input has a witness."""

    version: int
    inputs: tuple[TxIn, ...]
    outputs: tuple[TxOut, ...]
    locktime: int

    @property
    def has_witness(self) -> bool:
        return any(i.witness for i in self.inputs)

    def serialize(self, *, witness: bool = True) -> bytes:
        """Consensus serialization; `witness=False` gives the legacy form hashed for the txid."""
        return serialize_tx(self, witness=witness)

    @property
    def txid(self) -> bytes:
        """Internal byte order (as in outpoints)."""
        return sha256d(serialize_tx(self, witness=False))

    @property
    def txid_hex(self) -> str:
        return self.txid[::-1].hex()

    @property
    def wtxid(self) -> bytes:
        return sha256d(serialize_tx(self, witness=True))

    @property
    def weight(self) -> int:
        """BIP-141 weight: 3 × stripped size + total size."""
        base = len(serialize_tx(self, witness=False))
        total = len(serialize_tx(self, witness=True))
        return base * 3 + total

    @property
    def vsize(self) -> int:
        return (self.weight + 3) // 4

    def without_scripts(self) -> Transaction:
        """A copy with every scriptSig and witness emptied (the PSBT unsigned-tx form)."""
        bare = tuple(replace(i, script_sig=b"", witness=()) for i in self.inputs)
        return replace(self, inputs=bare)


def serialize_witness(stack: tuple[bytes, ...]) -> bytes:
    """A witness stack: CompactSize item count, then each item length-prefixed."""
    return compact_size(len(stack)) + b"".join(var_bytes(item) for item in stack)


def parse_witness(reader: Reader) -> tuple[bytes, ...]:
    count = reader.compact_size()
    if count > reader.remaining:
        raise reader.error(f"witness item count {count} exceeds the bytes left")
    return tuple(reader.var_bytes() for _ in range(count))


def serialize_tx(tx: Transaction, *, witness: bool = True) -> bytes:
    """Consensus serialization (BIP-144 layout when `witness` and some input has a witness)."""
    segwit = witness and tx.has_witness
    parts = [(tx.version & 0xFFFF_FFFF).to_bytes(4, "little")]
    if segwit:
        parts.append(b"\x00\x01")
    parts.append(compact_size(len(tx.inputs)))
    for txin in tx.inputs:
        parts.append(txin.prevout.serialize())
        parts.append(var_bytes(txin.script_sig))
        parts.append(txin.sequence.to_bytes(4, "little"))
    parts.append(compact_size(len(tx.outputs)))
    parts.extend(out.serialize() for out in tx.outputs)
    if segwit:
        parts.extend(serialize_witness(txin.witness) for txin in tx.inputs)
    parts.append(tx.locktime.to_bytes(4, "little"))
    return b"".join(parts)


def parse_txout(reader: Reader) -> TxOut:
    start = reader.pos
    amount = reader.i64le()
    if not 0 <= amount <= MAX_MONEY:
        raise reader.error("output amount out of range", offset=start)
    return TxOut(amount, reader.var_bytes())


def txout_from_bytes(data: bytes, what: str = "output") -> TxOut:
    """Exactly one serialized output (a PSBT's witness UTXO); DecodeError otherwise, as
    `parse_txout` then `expect_end` on a `Reader` of `data` give it."""
    n = len(data)
    if n >= 9:
        length = data[8]
        if length < 0xFD and n == 9 + length:
            amount = _AMOUNT.unpack_from(data)[0]
            if 0 <= amount <= MAX_MONEY:
                return TxOut(amount, data[9:])
    # Anything unusual: the strict reader names the problem (or reads a long script).
    reader = Reader(data, what)
    out = parse_txout(reader)
    reader.expect_end()
    return out


def read_tx(reader: Reader, *, allow_witness: bool = True) -> Transaction:
    """Read one transaction from `reader` (which may hold more data after it)."""
    version = reader.i32le()
    segwit = False
    if allow_witness and reader.peek(1) == b"\x00":
        # BIP-144: marker 0x00 then flag 0x01. As in Bitcoin Core, 0x00 0x00 is the legacy
        # encoding of a transaction with no inputs and no outputs.
        marker_at = reader.pos
        reader.read(1)
        flag = reader.u8()
        if flag == 0:
            locktime = reader.u32le()
            return Transaction(version, (), (), locktime)
        if flag != 1:
            raise reader.error("unknown segwit flag", offset=marker_at + 1)
        segwit = True
    n_in = reader.compact_size()
    if n_in * 41 > reader.remaining:
        raise reader.error(f"input count {n_in} exceeds the bytes left")
    raw_inputs: list[tuple[OutPoint, bytes, int]] = []
    for _ in range(n_in):
        txid = reader.read(32)
        vout = reader.u32le()
        script_sig = reader.var_bytes()
        sequence = reader.u32le()
        raw_inputs.append((OutPoint(txid, vout), script_sig, sequence))
    n_out = reader.compact_size()
    if n_out * 9 > reader.remaining:
        raise reader.error(f"output count {n_out} exceeds the bytes left")
    outputs = tuple(parse_txout(reader) for _ in range(n_out))
    witnesses: list[tuple[bytes, ...]] = [() for _ in raw_inputs]
    if segwit:
        if not raw_inputs:
            raise reader.error("segwit transaction without inputs")
        witnesses = [parse_witness(reader) for _ in raw_inputs]
        if not any(witnesses):
            raise reader.error("segwit serialization with all witnesses empty")
    locktime = reader.u32le()
    inputs = tuple(
        TxIn(prevout, script_sig, sequence, witness)
        for (prevout, script_sig, sequence), witness in zip(raw_inputs, witnesses, strict=True)
    )
    return Transaction(version, inputs, outputs, locktime)


def parse_tx(data: bytes, what: str = "transaction", *, allow_witness: bool = True) -> Transaction:
    """Parse exactly one transaction; trailing bytes are refused (DecodeError)."""
    data = bytes(data)
    try:
        return _parse_plain(data)
    except (_Malformed, IndexError, struct.error):
        return _parse_strict(data, what, allow_witness=allow_witness)


def _parse_strict(data: bytes, what: str, *, allow_witness: bool) -> Transaction:
    reader = Reader(data, what)
    tx = read_tx(reader, allow_witness=allow_witness)
    reader.expect_end()
    return tx


_U32 = struct.Struct("<I")
_I32 = struct.Struct("<i")

# OutPoint(txid, vout) and TxIn(prevout, script_sig, sequence, ()) for the loop over a
# PSBT's 10,000 unsigned inputs: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a global lookup and a call each); these set the same slots through their
# own descriptors, in half the time. Neither class has a __post_init__, so the objects are the
# ones __init__ makes (tests/property/test_fast_paths.py holds _parse_plain to the strict
# reader's transaction).
_new_object = object.__new__
_SET_TXID, _SET_VOUT = slot_setters(OutPoint)
_SET_TXIN = slot_setters(TxIn)


def _parse_plain(data: bytes) -> Transaction:
    """A transaction without the segwit marker and with inputs (a PSBT's unsigned transaction:
    10,000 inputs), read without a `Reader` call per field. Anything else, malformed or not,
    raises _Malformed, IndexError or struct.error, and `parse_tx` reads it the strict way."""
    end = len(data)
    if end < 10 or data[4] == 0:
        raise _Malformed  # the segwit marker, or no inputs: the strict reader decides
    version = _I32.unpack_from(data)[0]
    n_in, pos = _checked_compact(data, 4, end)
    if n_in * 41 > end - pos:
        raise _Malformed
    u32 = _U32.unpack_from
    inputs = []
    new = _new_object
    set_txid, set_vout = _SET_TXID, _SET_VOUT
    set_prevout, set_script_sig, set_sequence, set_witness = _SET_TXIN
    for _ in range(n_in):
        # OutPoint(...) and TxIn(...) through their slots (see _SET_TXID).
        prevout = new(OutPoint)
        set_txid(prevout, data[pos : pos + 32])
        set_vout(prevout, u32(data, pos + 32)[0])
        pos += 36
        length = data[pos]
        if length < 0xFD:
            pos += 1
        else:
            length, pos = _checked_compact(data, pos, end)
        script_sig = data[pos : pos + length]
        pos += length
        if pos + 4 > end:
            raise _Malformed
        txin = new(TxIn)
        set_prevout(txin, prevout)
        set_script_sig(txin, script_sig)
        set_sequence(txin, u32(data, pos)[0])
        set_witness(txin, ())
        inputs.append(txin)
        pos += 4
    n_out, pos = _checked_compact(data, pos, end)
    if n_out * 9 > end - pos:
        raise _Malformed
    outputs = []
    amount_at = _AMOUNT.unpack_from
    for _ in range(n_out):
        if pos + 9 > end:
            raise _Malformed
        amount = amount_at(data, pos)[0]
        if not 0 <= amount <= MAX_MONEY:
            raise _Malformed
        length = data[pos + 8]
        if length < 0xFD:
            pos += 9
        else:
            length, pos = _checked_compact(data, pos + 8, end)
        outputs.append(TxOut(amount, data[pos : pos + length]))
        pos += length
    if pos + 4 != end:
        raise _Malformed
    return Transaction(version, tuple(inputs), tuple(outputs), u32(data, pos)[0])


@dataclass(frozen=True, slots=True)
class TxView:
    """A transaction `parse_tx` accepts, kept as its bytes: the txid, hashed once, and each
    output decoded only when asked for (a PSBT input spends one output of its previous
    transaction; the others need only be well-formed)."""

    raw: bytes
    txid: bytes  # internal byte order
    output_offsets: array[int]  # where each output's amount starts in `raw` (unsigned 32-bit)

    @property
    def txid_hex(self) -> str:
        return self.txid[::-1].hex()

    @property
    def output_count(self) -> int:
        return len(self.output_offsets)

    def output(self, index: int) -> TxOut:
        """Output `index` (IndexError for an index the transaction lacks: check
        `output_count`, as for `Transaction.outputs`)."""
        raw, pos = self.raw, self.output_offsets[index]
        amount = int.from_bytes(raw[pos : pos + 8], "little")
        length, pos = _compact_at(raw, pos + 8)
        return TxOut(amount, raw[pos : pos + length])

    def output_is(self, index: int, out: TxOut) -> bool:
        """Whether output `index` is `out` (the same amount and script), compared in place
        without decoding it; IndexError as `output` for an index the transaction lacks."""
        raw, pos = self.raw, self.output_offsets[index]
        if _AMOUNT.unpack_from(raw, pos)[0] != out.amount_sat:
            return False
        length, pos = _compact_at(raw, pos + 8)
        return length == len(out.script_pubkey) and raw[pos : pos + length] == out.script_pubkey


class _Malformed(Exception):
    """The fast scan met something it does not accept; `parse_tx` then names the problem."""


def _compact_at(data: bytes, pos: int) -> tuple[int, int]:
    """(CompactSize at `pos`, the position after it) of bytes already known to be well-formed."""
    first = data[pos]
    if first < 0xFD:
        return first, pos + 1
    width = 2 if first == 0xFD else 4 if first == 0xFE else 8
    return int.from_bytes(data[pos + 1 : pos + 1 + width], "little"), pos + 1 + width


def _checked_compact(data: bytes, pos: int, end: int) -> tuple[int, int]:
    first = data[pos]  # IndexError past the end: malformed
    if first < 0xFD:
        return first, pos + 1
    width = 2 if first == 0xFD else 4 if first == 0xFE else 8
    if pos + 1 + width > end:
        raise _Malformed
    value = int.from_bytes(data[pos + 1 : pos + 1 + width], "little")
    if value < (0xFD if width == 2 else 0x1_0000 if width == 4 else 0x1_0000_0000):
        raise _Malformed
    return value, pos + 1 + width


def scan_tx(data: bytes, what: str = "transaction") -> TxView:
    """Check `data` as `parse_tx(data, what)` does (the same DecodeError for anything it
    refuses) and return its view: txid and output positions, with no object per input or
    output. Every amount is range-checked, as `parse_tx` does, though only one will be used."""
    data = bytes(data)
    try:
        return _scan(data)
    except (_Malformed, IndexError):
        pass
    # Anything unusual (malformed, or legal but rare, like a transaction without inputs) takes
    # the strict parser, which raises the exact error or builds the view the slow way.
    tx = parse_tx(data, what)
    offsets = []
    pos = 4 + (2 if tx.has_witness else 0)
    pos += len(compact_size(len(tx.inputs)))
    pos += sum(36 + len(var_bytes(i.script_sig)) + 4 for i in tx.inputs)
    pos += len(compact_size(len(tx.outputs)))
    for out in tx.outputs:
        offsets.append(pos)
        pos += len(out.serialize())
    return TxView(data, tx.txid, array("I", offsets))


_AMOUNT = struct.Struct("<q")


def _scan(data: bytes) -> TxView:
    # The common one-byte CompactSizes are read inline; `_checked_compact` takes the rest.
    end = len(data)
    pos = 4
    segwit = data[4] == 0
    if segwit:
        if data[5] != 1:
            raise _Malformed  # the empty transaction (0x00 0x00) or an unknown flag
        pos = 6
    n_in, pos = _checked_compact(data, pos, end)
    if n_in == 0 or n_in * 41 > end - pos:
        raise _Malformed
    for _ in range(n_in):
        pos += 36
        length = data[pos]
        if length < 0xFD:
            pos += 1 + length + 4
        else:
            length, pos = _checked_compact(data, pos, end)
            pos += length + 4
    if pos > end:
        raise _Malformed
    n_out, pos = _checked_compact(data, pos, end)
    if n_out * 9 > end - pos:
        raise _Malformed
    offsets = []
    amount_at = _AMOUNT.unpack_from
    for _ in range(n_out):
        offsets.append(pos)
        if pos + 9 > end or not 0 <= amount_at(data, pos)[0] <= MAX_MONEY:
            raise _Malformed
        pos += 8
        length = data[pos]
        if length < 0xFD:
            pos += 1 + length
        else:
            length, pos = _checked_compact(data, pos, end)
            pos += length
    if pos > end:
        raise _Malformed
    outputs_end = pos
    if segwit:
        any_witness = False
        for _ in range(n_in):
            count, pos = _checked_compact(data, pos, end)
            if count > end - pos:
                raise _Malformed
            any_witness = any_witness or count > 0
            for _ in range(count):
                length, pos = _checked_compact(data, pos, end)
                pos += length
            if pos > end:
                raise _Malformed
        if not any_witness:
            raise _Malformed
    if pos + 4 != end:
        raise _Malformed
    stripped = data if not segwit else data[:4] + data[6:outputs_end] + data[pos:]
    return TxView(data, sha256d(stripped), array("I", offsets))
