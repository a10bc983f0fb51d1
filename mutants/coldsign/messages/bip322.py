"""BIP-322 generic signed messages (version 2.0.0): simple, full and proof-of-funds signatures.

    message_hash = tagged_hash("BIP0322-signed-message", m)
    to_spend     = version 0, locktime 0, one input 00..00:0xFFFFFFFF (sequence 0, scriptSig
                   OP_0 PUSH32[message_hash]), one output (0 sat, message_challenge)
    to_sign      = version 0|2, locktime T, input 0 = to_spend:0 (sequence S), further inputs only
                   in a proof of funds, exactly one output (0 sat, OP_RETURN)

Signatures are text: "smp" + base64(witness stack) (simple: native segwit, nothing but the
witness may differ from the defaults), "ful" + base64(to_sign) (full: one input), "pof" +
base64(finalized PSBT of to_sign) (proof of funds: inputs 1..n are real UTXOs). Unprefixed text
is read as simple (BIP-322's compatibility rule); a simple signature for a P2SH address is read
as the draft's nested-segwit form (scriptSig = the P2WPKH/P2WSH program), which bip322-js and
older wallets write.

Verification gives BIP-322's states: VALID (at time T = to_sign's locktime and age S = input
0's sequence), INVALID, or INCONCLUSIVE when a script is not one `spendcheck` understands or an
upgradeable rule is not met (version other than 0 or 2). Never VALID for a script it cannot
check.

Signing goes through the PSBT signer (keys/signer.py): `create_psbt` builds the to_sign PSBT with
PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE, `check_psbt` refuses anything that could be broadcast as a
spend, `sign` signs it with a seed's keys, `encode_signature` finalizes it into one of the three
forms. A proof of funds can never be a spend: input 0 spends an output of a transaction that
cannot exist on chain (its input is the null outpoint), every signature is SIGHASH_ALL/DEFAULT
so no signature can be lifted into another transaction, and its only output is OP_RETURN.
"""

from __future__ import annotations

import base64
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from coldsign.codec.psbt import (
    GLOBAL_GENERIC_SIGNED_MESSAGE,
    GLOBAL_UNSIGNED_TX,
    IN_NON_WITNESS_UTXO,
    IN_WITNESS_UTXO,
    InputMap,
    OutputMap,
    Psbt,
    PsbtMap,
    Record,
    extract,
    finalize,
    parse_psbt,
)
from coldsign.codec.reader import Reader
from coldsign.codec.script import ScriptType, classify, tagged_hash
from coldsign.codec.tx import (
    OutPoint,
    Transaction,
    TxIn,
    TxOut,
    parse_tx,
    parse_witness,
    serialize_witness,
)
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.keys.sighash import SIGHASH_ALL, SIGHASH_DEFAULT
from coldsign.messages.common import decode_address, message_bytes, strict_b64decode
from coldsign.messages.spendcheck import InputCheck, InputChecker, State, Template, push
from coldsign.units import Network

if TYPE_CHECKING:
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.secrets import Seed
    from coldsign.keys.signer import AuxRand, SignResult

TAG = "BIP0322-signed-message"
OP_RETURN_SCRIPT = b"\x6a"
NULL_OUTPOINT = OutPoint(b"\x00" * 32, 0xFFFF_FFFF)
WHAT = "BIP-322 signature"

__all__ = [
    "Format",
    "FundsInput",
    "ProvenInput",
    "State",
    "Verification",
    "check_psbt",
    "create_psbt",
    "decode_signature",
    "encode_signature",
    "is_proof_of_funds",
    "message_hash",
    "sign",
    "sign_with_root",
    "to_sign",
    "to_spend",
    "verify",
]


class Format(enum.Enum):
    """The three BIP-322 signature forms; the value is the text prefix."""

    SIMPLE = "smp"
    FULL = "ful"
    PROOF_OF_FUNDS = "pof"


_PREFIX: dict[Format, str] = {f: f.value for f in Format}


def message_hash(message: bytes | str) -> bytes:
    """BIP-340 tagged hash "BIP0322-signed-message" of the message bytes (str: UTF-8)."""
    return tagged_hash(TAG, message_bytes(message))


def to_spend(challenge: bytes, message: bytes | str) -> Transaction:
    """The virtual to_spend transaction for `challenge` (a scriptPubKey) and `message`."""
    script_sig = b"\x00\x20" + message_hash(message)
    return Transaction(0, (TxIn(NULL_OUTPOINT, script_sig, 0),), (TxOut(0, challenge),), 0)


def to_sign(
    challenge: bytes,
    message: bytes | str,
    *,
    version: int = 0,
    lock_time: int = 0,
    sequence: int = 0,
    extra_inputs: Sequence[TxIn] = (),
) -> Transaction:
    """The unsigned to_sign transaction: input 0 spends to_spend:0, one 0-sat OP_RETURN output."""
    first = TxIn(OutPoint(to_spend(challenge, message).txid, 0), b"", sequence)
    return Transaction(version, (first, *extra_inputs), (TxOut(0, OP_RETURN_SCRIPT),), lock_time)


# --------------------------------------------------------------------------------------------
# Decoding


@dataclass(frozen=True)
class DecodedSignature:
    """A signature's form and payload: a witness (simple), a transaction (full) or a PSBT."""

    format: Format
    prefixed: bool
    witness: tuple[bytes, ...] = ()
    tx: Transaction | None = None
    psbt: Psbt | None = None


def decode_signature(text: str | bytes) -> DecodedSignature:
    """Decode "smp…", "ful…", "pof…" or unprefixed (simple) base64; DecodeError otherwise."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("ascii")
        except UnicodeDecodeError:
            raise DecodeError(WHAT, "not ASCII text") from None
    if not isinstance(text, str):
        raise TypeError("signature must be text")
    body = text.strip()
    fmt, prefixed = Format.SIMPLE, False
    for candidate, prefix in _PREFIX.items():
        if body.startswith(prefix):
            fmt, prefixed, body = candidate, True, body[len(prefix) :]
            break
    raw = strict_b64decode(body, f"{WHAT} ({fmt.name.lower().replace('_', ' ')}): base64")
    if not raw:
        raise DecodeError(WHAT, "signature too short (empty)")
    if fmt is Format.SIMPLE:
        reader = Reader(raw, f"{WHAT} (simple): witness stack")
        witness = parse_witness(reader)
        reader.expect_end()
        return DecodedSignature(fmt, prefixed, witness=witness)
    if fmt is Format.FULL:
        try:
            tx = parse_tx(raw, f"{WHAT} (full): to_sign transaction")
        except DecodeError as exc:
            raise DecodeError(WHAT, f"error parsing signature as full variant: {exc}") from None
        return DecodedSignature(fmt, prefixed, tx=tx)
    try:
        psbt = parse_psbt(raw)
    except DecodeError as exc:
        raise DecodeError(WHAT, f"error parsing signature as proof of funds: {exc}") from None
    return DecodedSignature(fmt, prefixed, psbt=psbt)


# --------------------------------------------------------------------------------------------
# Verification


@dataclass(frozen=True)
class ProvenInput:
    """An input of a proof of funds (index >= 1): its outpoint, the UTXO it was checked
    against, the template it matched, and whether that UTXO came from the caller's UTXO set."""

    index: int
    outpoint: OutPoint
    utxo: TxOut
    template: Template
    from_utxo_set: bool


@dataclass(frozen=True)
class Verification:
    """BIP-322's verdict: state, format, and every reason when not VALID.

    VALID means "valid at time `lock_time` and age `age`" (both 0 for an unconditional
    signature). `inputs` lists the proof-of-funds inputs (empty for simple and full).
    """

    state: State
    format: Format
    reasons: tuple[str, ...] = ()
    lock_time: int = 0
    age: int = 0
    inputs: tuple[ProvenInput, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return self.state is State.VALID

    @property
    def unconditional(self) -> bool:
        """VALID with no time lock: T = 0 and S = 0."""
        return self.valid and self.lock_time == 0 and self.age == 0

    @property
    def total_sat(self) -> int:
        """The sum of the proof-of-funds inputs' amounts."""
        return sum(i.utxo.amount_sat for i in self.inputs)


def _invalid(fmt: Format, *reasons: str) -> Verification:
    return Verification(State.INVALID, fmt, tuple(reasons))


def verify(
    address: str,
    message: bytes | str,
    signature: str | bytes,
    *,
    network: Network | None = None,
    utxos: Mapping[OutPoint, TxOut] | None = None,
) -> Verification:
    """Verify a BIP-322 signature of any form for `address` (see the module docstring).

    For a proof of funds, `utxos` (the caller's view of the UTXO set) makes every input's UTXO
    authoritative: an input missing from it, or whose PSBT UTXO differs from it, is INVALID.
    Without it the PSBT's own UTXO fields are used (an offline check of the signatures only).
    DecodeError if the address or the signature cannot be decoded.
    """
    challenge, _ = decode_address(address, network)
    decoded = decode_signature(signature)
    return verify_decoded(challenge, message, decoded, utxos=utxos)


def verify_decoded(
    challenge: bytes,
    message: bytes | str,
    decoded: DecodedSignature,
    *,
    utxos: Mapping[OutPoint, TxOut] | None = None,
) -> Verification:
    """`verify` for a scriptPubKey and an already decoded signature."""
    spend = to_spend(challenge, message)
    fmt = decoded.format
    notes: list[str] = []
    if fmt is Format.SIMPLE:
        script_sig = b""
        if classify(challenge) is ScriptType.P2SH:
            # The draft's nested-segwit simple form: the scriptSig is implied by the witness.
            redeem = _implied_redeem_script(decoded.witness)
            if redeem is None:
                return _invalid(fmt, "a simple signature for a P2SH address must be P2SH-P2WPKH")
            script_sig = push(redeem)
            notes.append("simple signature for a P2SH address (BIP-322 draft form)")
        elif classify(challenge) is ScriptType.P2PKH:
            return _invalid(fmt, "a P2PKH address needs the full format (no witness)")
        tx = to_sign(challenge, message)
        first = replace(tx.inputs[0], script_sig=script_sig, witness=decoded.witness)
        tx = replace(tx, inputs=(first,))
        return _finish(fmt, tx, [spend.outputs[0]], [0], (), notes)
    if fmt is Format.FULL:
        assert decoded.tx is not None
        tx = decoded.tx
        problems = _basic_shape(tx, spend)
        if len(tx.inputs) > 1:
            problems.append("a full signature has one input (proofs of funds use 'pof')")
        if problems:
            return _invalid(fmt, *problems)
        return _finish(fmt, tx, [spend.outputs[0]], [0], (), notes)
    assert decoded.psbt is not None
    return _verify_psbt(decoded.psbt, challenge, message, spend, utxos)


def _implied_redeem_script(witness: tuple[bytes, ...]) -> bytes | None:
    from coldsign.codec.script import p2wpkh_script

    if len(witness) == 2 and len(witness[1]) == 33 and witness[1][0] in (2, 3):
        return p2wpkh_script(witness[1])
    return None


def _basic_shape(tx: Transaction, spend: Transaction) -> list[str]:
    problems = []
    if not tx.inputs:
        problems.append("to_sign has no input")
    elif tx.inputs[0].prevout != OutPoint(spend.txid, 0):
        problems.append(
            "input 0 does not spend to_spend for this message and address (invalid signature)"
        )
    if len(tx.outputs) != 1:
        problems.append(f"to_sign has {len(tx.outputs)} outputs (must be one)")
    elif tx.outputs[0] != TxOut(0, OP_RETURN_SCRIPT):
        problems.append("the output is not 0 sat to OP_RETURN")
    seen: set[OutPoint] = set()
    for i, txin in enumerate(tx.inputs):
        if txin.prevout in seen:
            problems.append(f"input {i} spends an outpoint twice")
        seen.add(txin.prevout)
    return problems


def _finish(
    fmt: Format,
    tx: Transaction,
    spent: Sequence[TxOut],
    indexes: Sequence[int],
    proven: tuple[ProvenInput, ...],
    notes: Sequence[str],
) -> Verification:
    checks = InputChecker(tx, spent).check_all(indexes)
    return _verdict(fmt, tx, checks, proven, notes)


def _verdict(
    fmt: Format,
    tx: Transaction,
    checks: Sequence[InputCheck],
    proven: tuple[ProvenInput, ...],
    notes: Sequence[str],
) -> Verification:
    invalid = [c.reason for c in checks if c.state is State.INVALID]
    if invalid:
        return Verification(State.INVALID, fmt, tuple(invalid), notes=tuple(notes))
    unsure = [c.reason for c in checks if c.state is State.INCONCLUSIVE]
    if tx.version not in (0, 2):
        unsure.append(f"to_sign version {tx.version} (BIP-322 allows 0 or 2)")
    if unsure:
        return Verification(State.INCONCLUSIVE, fmt, tuple(unsure), notes=tuple(notes))
    by_index = {c.index: c.template for c in checks}
    proven = tuple(replace(p, template=by_index.get(p.index, p.template)) for p in proven)
    return Verification(
        State.VALID,
        fmt,
        (),
        lock_time=tx.locktime,
        age=tx.inputs[0].sequence,
        inputs=proven,
        notes=tuple(notes),
    )


def _verify_psbt(
    psbt: Psbt,
    challenge: bytes,
    message: bytes | str,
    spend: Transaction,
    utxos: Mapping[OutPoint, TxOut] | None,
) -> Verification:
    fmt = Format.PROOF_OF_FUNDS
    unsigned = psbt.unsigned_tx()
    problems = _basic_shape(unsigned, spend)
    embedded = psbt.generic_signed_message
    if embedded is not None and embedded != message_bytes(message):
        problems.append("PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE is not the message being verified")
    not_final = [i for i, m in enumerate(psbt.inputs) if not m.is_finalized]
    if not_final:
        problems.append(f"inputs {not_final} are not finalized")
    if problems:
        return _invalid(fmt, *problems)
    spent, proven, utxo_problems = _spent_outputs(psbt, unsigned, spend, utxos)
    if utxo_problems:
        return _invalid(fmt, *utxo_problems)
    tx = extract(psbt)
    return _finish(fmt, tx, spent, range(len(tx.inputs)), proven, ())


def _spent_outputs(
    psbt: Psbt,
    tx: Transaction,
    spend: Transaction,
    utxos: Mapping[OutPoint, TxOut] | None,
) -> tuple[list[TxOut], tuple[ProvenInput, ...], list[str]]:
    """The output each input spends, per BIP-322: input 0 -> to_spend's output; others from
    the PSBT (witness UTXO, non-witness UTXO, or the non-witness UTXO of an earlier input with
    the same txid) or, when given, from `utxos`, which must then agree with the PSBT."""
    problems: list[str] = []
    spent: list[TxOut] = []
    proven: list[ProvenInput] = []
    full_txs: dict[bytes, Transaction] = {}
    for i, (inp, txin) in enumerate(zip(psbt.inputs, tx.inputs, strict=True)):
        prev = inp.non_witness_utxo
        if prev is not None:
            full_txs.setdefault(txin.prevout.txid, prev)
        claimed = inp.witness_utxo
        if claimed is None:
            prev = full_txs.get(txin.prevout.txid)
            if prev is not None and txin.prevout.vout < len(prev.outputs):
                claimed = prev.outputs[txin.prevout.vout]
        if i == 0:
            if claimed is not None and claimed != spend.outputs[0]:
                problems.append("input 0: its UTXO is not to_spend's output")
            spent.append(spend.outputs[0])
            continue
        from_set = False
        if utxos is not None:
            known = utxos.get(txin.prevout)
            if known is None:
                problems.append(
                    f"input {i}: {txin.prevout.txid_hex}:{txin.prevout.vout} is not in the UTXO set"
                )
                spent.append(TxOut(0, b""))
                continue
            if claimed is not None and claimed != known:
                problems.append(f"input {i}: the PSBT's UTXO differs from the UTXO set's")
            claimed, from_set = known, True
        if claimed is None:
            problems.append(f"input {i}: no witness or non-witness UTXO")
            spent.append(TxOut(0, b""))
            continue
        spent.append(claimed)
        proven.append(ProvenInput(i, txin.prevout, claimed, Template.UNKNOWN, from_set))
    return spent, tuple(proven), problems


# --------------------------------------------------------------------------------------------
# Creating and checking the to_sign PSBT (the signer's side)


@dataclass(frozen=True)
class FundsInput:
    """A real UTXO to add to a proof of funds, with the PSBT records a signer needs
    (BIP-32 / taproot derivations, redeem or witness script), e.g. from the wallet."""

    outpoint: OutPoint
    utxo: TxOut
    records: tuple[Record, ...] = ()
    non_witness_utxo: Transaction | None = None
    sequence: int = 0


def create_psbt(
    message: bytes | str,
    challenge: bytes,
    *,
    records: Sequence[Record] = (),
    funds: Sequence[FundsInput] = (),
    version: int = 0,
    lock_time: int = 0,
    sequence: int = 0,
) -> Psbt:
    """The unsigned to_sign PSBT (version 0) with PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE set.

    Input 0 spends to_spend:0 and carries to_spend as its non-witness UTXO and its output as
    witness UTXO, plus `records` (derivations, scripts); `funds` become inputs 1..n. The result
    is re-parsed and passes `check_psbt`; ValueError for a message that is not UTF-8 text.
    """
    data = message_bytes(message)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("a BIP-322 message is UTF-8 text") from None
    spend = to_spend(challenge, data)
    extra = tuple(TxIn(f.outpoint, b"", f.sequence) for f in funds)
    tx = to_sign(
        challenge, data, version=version, lock_time=lock_time, sequence=sequence, extra_inputs=extra
    )
    global_map = PsbtMap("global", ()).with_records(
        [
            Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False)),
            Record.make(GLOBAL_GENERIC_SIGNED_MESSAGE, b"", data),
        ]
    )
    first = [
        Record.make(IN_NON_WITNESS_UTXO, b"", spend.serialize()),
        Record.make(IN_WITNESS_UTXO, b"", spend.outputs[0].serialize()),
        *records,
    ]
    inputs = [InputMap("input", ()).with_records(first)]
    for f in funds:
        recs = [Record.make(IN_WITNESS_UTXO, b"", f.utxo.serialize()), *f.records]
        if f.non_witness_utxo is not None:
            recs.append(Record.make(IN_NON_WITNESS_UTXO, b"", f.non_witness_utxo.serialize()))
        inputs.append(InputMap("input", ()).with_records(recs))
    raw = Psbt(
        0,
        global_map,
        tuple(InputMap("input", m.records) for m in inputs),
        (OutputMap("output", ()),),
    )
    psbt = parse_psbt(raw.serialize())  # what we built must pass our own validation
    problems = check_psbt(psbt)
    if problems:
        raise ValueError("; ".join(problems))
    return psbt


def check_psbt(
    psbt: Psbt,
    *,
    message: bytes | str | None = None,
    challenge: bytes | None = None,
) -> list[str]:
    """Every reason `psbt` is not a BIP-322 to_sign PSBT that is safe to sign (empty: it is).

    It must carry PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE (UTF-8); input 0 must carry the challenge
    (witness or non-witness UTXO; a non-witness UTXO must be to_spend itself) and spend
    to_spend:0 for that message and challenge; every other input must name its UTXO and spend a
    distinct outpoint; the only output is 0 sat to OP_RETURN; version 0 or 2; every input's
    sighash type absent, ALL, or DEFAULT (no signature may be lifted into a real spend).
    `message` / `challenge`, when given, must equal what the PSBT carries.
    """
    problems: list[str] = []
    embedded = psbt.generic_signed_message
    if embedded is None:
        problems.append("no PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE: not a BIP-322 PSBT")
    else:
        try:
            embedded.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE is not UTF-8 text")
        if message is not None and embedded != message_bytes(message):
            problems.append("PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE is not the expected message")
    tx = psbt.unsigned_tx()
    if not psbt.inputs:
        return [*problems, "no inputs"]
    first = psbt.inputs[0]
    found = _input0_challenge(first)
    if isinstance(found, str):
        problems.append(found)
    elif challenge is not None and found != challenge:
        problems.append("input 0's challenge is not the expected address's script")
    if embedded is not None and isinstance(found, bytes):
        spend = to_spend(found, embedded)
        if tx.inputs[0].prevout != OutPoint(spend.txid, 0):
            problems.append(
                "input 0 is not the BIP-322 to_spend outpoint for this message and challenge "
                "(it could be a real UTXO: signing would make a spend)"
            )
        prev = first.non_witness_utxo
        if prev is not None and prev.serialize(witness=False) != spend.serialize(witness=False):
            problems.append("input 0's non-witness UTXO is not the to_spend transaction")
    if len(tx.outputs) != 1 or tx.outputs[0] != TxOut(0, OP_RETURN_SCRIPT):
        problems.append("the transaction must have exactly one output: 0 sat to OP_RETURN")
    if tx.version not in (0, 2):
        problems.append(f"transaction version {tx.version} (BIP-322 allows 0 or 2)")
    seen: set[OutPoint] = set()
    full_txids: set[bytes] = set()  # txids whose full transaction an input so far carries
    for i, (inp, txin) in enumerate(zip(psbt.inputs, tx.inputs, strict=True)):
        if txin.prevout in seen:
            problems.append(f"input {i} spends an outpoint twice")
        seen.add(txin.prevout)
        if inp.has(IN_NON_WITNESS_UTXO):
            full_txids.add(txin.prevout.txid)
        sighash = inp.sighash_type
        if sighash is not None and sighash not in (SIGHASH_ALL, SIGHASH_DEFAULT):
            problems.append(f"input {i}: sighash type 0x{sighash:02x} (only ALL/DEFAULT)")
        if i > 0 and not inp.has(IN_WITNESS_UTXO) and txin.prevout.txid not in full_txids:
            problems.append(f"input {i}: no witness or non-witness UTXO")
    return problems


def is_proof_of_funds(psbt: Psbt) -> list[str]:
    """`check_psbt` plus: at least one input beyond input 0 (the real UTXOs being proven)."""
    problems = check_psbt(psbt)
    if len(psbt.inputs) < 2:
        problems.append("a proof of funds needs at least one UTXO besides input 0")
    return problems


def _input0_challenge(first: InputMap) -> bytes | str:
    utxo = first.witness_utxo
    prev = first.non_witness_utxo
    if prev is not None:
        if not prev.outputs:
            return "input 0's non-witness UTXO has no output"
        from_prev = prev.outputs[0]
        if utxo is not None and utxo != from_prev:
            return "input 0's witness and non-witness UTXOs disagree"
        utxo = from_prev
    if utxo is None:
        return "input 0 has no UTXO, so the challenge (address) is unknown"
    if utxo.amount_sat != 0:
        return "input 0's UTXO is not 0 sat: it is not to_spend's output"
    return utxo.script_pubkey


def sign(psbt: Psbt, seed: Seed, *, aux_rand: AuxRand | None = None) -> SignResult:
    """Sign a BIP-322 to_sign PSBT with the keys of `seed` (keys/signer.py: BIP-32 origins in
    the PSBT decide which inputs are ours; every signature is verified before it is returned).

    PolicyViolation with every reason from `check_psbt` first: nothing that could be broadcast
    as a spend is signed. NotOurs if no input is ours.
    """
    from coldsign.keys.hd import ExtendedPrivateKey

    root = ExtendedPrivateKey.from_seed(seed)
    try:
        return sign_with_root(psbt, root, aux_rand=aux_rand)
    finally:
        root.wipe()


def sign_with_root(
    psbt: Psbt, root: ExtendedPrivateKey, *, aux_rand: AuxRand | None = None
) -> SignResult:
    """`sign` with a BIP-32 master key instead of a seed."""
    from coldsign.keys.signer import sign_psbt_with_root

    problems = check_psbt(psbt)
    if problems:
        raise PolicyViolation(problems)
    return sign_psbt_with_root(psbt, root, aux_rand=aux_rand)


def encode_signature(psbt: Psbt, fmt: Format) -> str:
    """Finalize a signed to_sign PSBT and encode it as `fmt` (with its prefix).

    PolicyViolation if an input cannot be finalized, or `fmt` does not fit (simple: one
    native-segwit input and version, locktime and sequence 0; full: one input).
    """
    done, missing = finalize(psbt)
    if missing:
        raise PolicyViolation(
            [f"input {i} cannot be finalized (missing signatures)" for i in missing]
        )
    if fmt is Format.PROOF_OF_FUNDS:
        return _PREFIX[fmt] + base64.b64encode(done.serialize()).decode("ascii")
    tx = extract(done)
    if len(tx.inputs) != 1:
        raise PolicyViolation([f"a {fmt.name.lower()} signature has one input; use proof of funds"])
    if fmt is Format.FULL:
        return _PREFIX[fmt] + base64.b64encode(tx.serialize()).decode("ascii")
    first = tx.inputs[0]
    if first.script_sig or tx.version or tx.locktime or first.sequence:
        raise PolicyViolation(
            ["a simple signature needs a native segwit address and version, locktime, sequence 0"]
        )
    return _PREFIX[fmt] + base64.b64encode(serialize_witness(first.witness)).decode("ascii")
