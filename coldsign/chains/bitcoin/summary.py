"""Spend analysis of a PSBT against the wallet's descriptors (pure; public keys only).

Every input is classified (ours or foreign, amount, script type) and every output is change only
if its script re-derives from one of our descriptors at the path the PSBT claims; PSBT metadata
alone proves nothing, so unverifiable change is external. Every satoshi of the inputs lands in
exactly one bucket: external + change + fee == inputs total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from coldsign.codec.bulk import collector_paused, slot_setters
from coldsign.codec.psbt import IN_NON_WITNESS_UTXO, InputMap, KeyPath, Psbt
from coldsign.codec.reader import compact_size
from coldsign.codec.script import (
    ScriptType,
    address_from_script,
    classify,
    multisig_threshold,
    push_data,
)
from coldsign.codec.tx import TxOut
from coldsign.errors import PolicyViolation
from coldsign.units import Network

# Bitcoin Core's dust thresholds at the default 3 sat/vB dust relay fee, per output type.
DUST_SAT = {
    ScriptType.P2PKH: 546,
    ScriptType.P2SH: 540,
    ScriptType.P2WPKH: 294,
    ScriptType.P2WSH: 330,
    ScriptType.P2TR: 330,
}
DEFAULT_DUST_SAT = 546
_TYPE_NAMES = {t: t.value for t in ScriptType}  # an enum's .value is a Python-level property
ABSURD_FEE_SAT = 10_000_000  # 0.1 BTC: Bitcoin Core's default -maxtxfee
ABSURD_FEE_RATE = 1_000.0  # sat/vB
UNUSUAL_INDEX = 10_000  # change this deep in a branch is hard for any wallet to find again

ECDSA_SIG = 72  # DER signature with sighash byte, worst case (low-R signatures are 71)
SCHNORR_SIG = 64


class WalletLike(Protocol):
    """What analysis needs of `coldsign.chains.bitcoin.wallet.Wallet`."""

    @property
    def network(self) -> Network: ...

    def match(self, script_pubkey: bytes, claimed: Sequence[tuple[bytes, KeyPath]]) -> Any: ...


# What the analysis asks of each wallet: (branch, index) of the script if a claim re-derives to
# it, else None. `Wallet.locate`, or (a wallet without it) `match`'s branch and index.
_Locate = Callable[[bytes, Sequence[tuple[bytes, KeyPath]]], "tuple[int, int] | None"]


def _locator(wallet: WalletLike) -> _Locate:
    locate: _Locate | None = getattr(wallet, "locate", None)
    if locate is not None:
        return locate

    def by_match(spk: bytes, claimed: Sequence[tuple[bytes, KeyPath]]) -> tuple[int, int] | None:
        owned = wallet.match(spk, claimed)
        return None if owned is None else (owned.branch, owned.index)

    return by_match


@dataclass(frozen=True, slots=True)
class InputSummary:
    """One input: what it spends, and whether (and where) it re-derives from a wallet."""

    index: int
    prevout: str  # "txid:vout"
    amount_sat: int | None
    script_type: str | None
    script_pubkey: bytes | None  # of the output it spends (None when unknown)
    network: Network
    ours: bool
    branch: int | None = None
    address_index: int | None = None
    wallet: str | None = None  # the name of the wallet it re-derives from (when names are given)
    # False for a segwit v0 input without non_witness_utxo: its amount is the PSBT's claim only
    # (BIP-143 signs the amount, but a second signing of a lie about another input's amount can
    # pay an unseen fee; CVE-2020-14199). Taproot signatures commit to every input's amount.
    amount_proven: bool = True

    @property
    def address(self) -> str | None:
        """The address of the output spent (encoded when asked: a review shows few of them)."""
        if self.script_pubkey is None:
            return None
        return address_from_script(self.script_pubkey, self.network)


# InputSummary(...) for the analysis's loop over every input: a frozen dataclass's __init__ sets
# each of its 11 fields through object.__setattr__ (a global lookup and a full attribute lookup
# each, 1.1 us an input); the slots' own descriptors set the same slots in about half that (as
# codec/psbt.py's _new_record). InputSummary has no __post_init__ and every field is given, so the
# result is the same object; tests/property/test_fast_paths_round4.py compares both.
_INPUT_SETTERS = slot_setters(InputSummary)
_new_object = object.__new__


def _input_summary(
    index: int,
    prevout: str,
    amount_sat: int,
    script_type: str,
    script_pubkey: bytes,
    network: Network,
    ours: bool,
    branch: int | None,
    address_index: int | None,
    wallet: str | None,
    amount_proven: bool,
) -> InputSummary:
    """`InputSummary(...)` of every field, in field order, without the frozen __init__."""
    s = _INPUT_SETTERS
    out: InputSummary = _new_object(InputSummary)
    s[0](out, index)
    s[1](out, prevout)
    s[2](out, amount_sat)
    s[3](out, script_type)
    s[4](out, script_pubkey)
    s[5](out, network)
    s[6](out, ours)
    s[7](out, branch)
    s[8](out, address_index)
    s[9](out, wallet)
    s[10](out, amount_proven)
    return out


@dataclass(frozen=True, slots=True)
class OutputSummary:
    """One output: amount, script, address, and whether it re-derives from a wallet."""

    index: int
    amount_sat: int
    script_pubkey: bytes
    script_type: str
    address: str | None
    change: bool  # re-derives from one of the wallets (any branch); see `wallet` and `branch`
    branch: int | None = None
    address_index: int | None = None
    wallet: str | None = None


@dataclass(frozen=True)
class SpendSummary:
    """What a PSBT does with our money, in sats; `fee_sat` is None if an input amount is unknown."""

    txid: str
    network: Network
    inputs: tuple[InputSummary, ...]
    outputs: tuple[OutputSummary, ...]
    input_total_sat: int | None
    external_sat: int
    change_sat: int
    fee_sat: int | None
    vsize: int
    warnings: tuple[str, ...]

    @property
    def fee_rate(self) -> float | None:
        """sat/vB of the signed transaction (estimated size)."""
        return None if self.fee_sat is None else self.fee_sat / self.vsize

    def to_json(self) -> dict[str, Any]:
        return {
            "txid": self.txid,
            "network": self.network.value,
            "fee_sat": self.fee_sat,
            "vsize": self.vsize,
            "fee_rate_sat_per_vb": None if self.fee_rate is None else round(self.fee_rate, 3),
            "input_total_sat": self.input_total_sat,
            "external_sat": self.external_sat,
            "change_sat": self.change_sat,
            "inputs": [
                {
                    "index": i.index,
                    "prevout": i.prevout,
                    "amount_sat": i.amount_sat,
                    "script_type": i.script_type,
                    "address": i.address,
                    "ours": i.ours,
                    "wallet": i.wallet,
                    "branch": i.branch,
                    "address_index": i.address_index,
                }
                for i in self.inputs
            ],
            "outputs": [
                {
                    "index": o.index,
                    "address": o.address,
                    "amount_sat": o.amount_sat,
                    "change": o.change,
                    "script_type": o.script_type,
                    "script_pubkey": o.script_pubkey.hex(),
                    "wallet": o.wallet,
                    "branch": o.branch,
                    "address_index": o.address_index,
                }
                for o in self.outputs
            ],
            "warnings": list(self.warnings),
        }


def _claimed(
    derivations: dict[bytes, KeyPath], tap: dict[bytes, tuple[tuple[bytes, ...], KeyPath]]
) -> list[tuple[bytes, KeyPath]]:
    out = list(derivations.items())
    if tap:
        out += [(xonly, origin) for xonly, (_, origin) in tap.items()]
    return out


def _match(
    locators: Sequence[tuple[str | None, _Locate]],
    spk: bytes,
    claimed: list[tuple[bytes, KeyPath]],
) -> tuple[str | None, int | None, int | None]:
    """(the wallet's name, branch, index) of the first wallet `spk` re-derives from."""
    if claimed:
        for name, locate in locators:
            found = locate(spk, claimed)
            if found is not None:
                return name, found[0], found[1]
    return None, None, None


def analyze(
    psbt: Psbt,
    wallet: WalletLike | Sequence[WalletLike],
    *,
    absurd_fee_sat: int = ABSURD_FEE_SAT,
    absurd_fee_rate: float = ABSURD_FEE_RATE,
    names: Sequence[str] | None = None,
) -> SpendSummary:
    """Classify inputs and outputs against `wallet` (one or several, named by `names`) and
    account for every satoshi.

    PolicyViolation if the outputs spend more than the inputs hold (an invalid transaction).
    """
    with collector_paused():
        return _analyze(psbt, wallet, absurd_fee_sat, absurd_fee_rate, names)


def _analyze(
    psbt: Psbt,
    wallet: WalletLike | Sequence[WalletLike],
    absurd_fee_sat: int,
    absurd_fee_rate: float,
    names: Sequence[str] | None,
) -> SpendSummary:
    wallets: list[WalletLike] = list(wallet) if isinstance(wallet, Sequence) else [wallet]
    if not wallets:
        raise ValueError("analyze needs at least one wallet")
    labels: list[str | None] = list(names) if names is not None else [None] * len(wallets)
    locators = [(name, _locator(w)) for name, w in zip(labels, wallets, strict=True)]
    network = wallets[0].network
    tx = psbt.unsigned_tx()
    warnings: list[str] = []
    inputs: list[InputSummary] = []
    spent_outputs: list[TxOut | None] = []
    kinds: list[ScriptType | None] = []
    total: int | None = 0
    txids: dict[bytes, str] = {}  # display form of each txid (inputs often share one)
    last_kind: ScriptType | None = None
    last_name = ""
    for i, (txin, inp) in enumerate(zip(tx.inputs, psbt.inputs, strict=True)):
        outpoint = txin.prevout
        txid = txids.get(outpoint.txid)
        if txid is None:
            txid = txids[outpoint.txid] = outpoint.txid_hex
        prevout = f"{txid}:{outpoint.vout}"
        spent = inp.witness_utxo  # psbt.spent_output(i), without a second lookup of the map
        if spent is None:
            spent = psbt.spent_output(i)
        spent_outputs.append(spent)
        if spent is None:
            kinds.append(None)
            warnings.append(f"input {i}: no UTXO data; its amount and owner are unknown")
            inputs.append(InputSummary(i, prevout, None, None, None, network, False))
            total = None
            continue
        kind = classify(spent.script_pubkey)
        kinds.append(kind)
        if kind is not last_kind:  # inputs mostly share one type: its name looked up once
            last_kind, last_name = kind, _TYPE_NAMES[kind]
        # `is` rather than a set of kinds: an enum member's hash is Python code
        segwit_v0 = (
            kind is ScriptType.P2WPKH
            or kind is ScriptType.P2WSH
            or (kind is ScriptType.P2SH and _nested_segwit(inp))
        )
        unproven = segwit_v0 and not inp.has(IN_NON_WITNESS_UTXO)
        if unproven:
            warnings.append(
                f"input {i}: segwit v0 input without non_witness_utxo; its amount is not proven"
            )
        spk = spent.script_pubkey
        owner, branch, index = _match(
            locators, spk, _claimed(inp.bip32_derivations, inp.tap_bip32_derivations)
        )
        inputs.append(
            _input_summary(
                i,
                prevout,
                spent.amount_sat,
                last_name,
                spk,
                network,
                branch is not None,
                branch,
                index,
                owner,
                not unproven,
            )
        )
        if total is not None:
            total += spent.amount_sat
    foreign = [s.index for s in inputs if not s.ours and s.amount_sat is not None]
    if foreign:
        warnings.append(f"inputs {foreign} do not belong to this wallet")
    outputs: list[OutputSummary] = []
    for j, (out, omap) in enumerate(zip(tx.outputs, psbt.outputs, strict=True)):
        kind = classify(out.script_pubkey)
        owner, branch, index = _match(
            locators,
            out.script_pubkey,
            _claimed(omap.bip32_derivations, omap.tap_bip32_derivations),
        )
        summary = OutputSummary(
            j,
            out.amount_sat,
            out.script_pubkey,
            kind.value,
            address_from_script(out.script_pubkey, network),
            branch is not None,
            branch,
            index,
            owner,
        )
        outputs.append(summary)
        warnings.extend(_output_warnings(summary, kind))
    external = sum(o.amount_sat for o in outputs if not o.change)
    change = sum(o.amount_sat for o in outputs if o.change)
    fee = None if total is None else total - external - change
    if fee is not None and fee < 0:
        raise PolicyViolation([f"outputs ({external + change} sat) exceed inputs ({total} sat)"])
    vsize = _estimate_vsize(psbt, spent_outputs, warnings, kinds)
    if fee is not None:
        if fee > absurd_fee_sat:
            warnings.append(f"fee {fee} sat is absurdly high (over {absurd_fee_sat} sat)")
        elif fee / vsize > absurd_fee_rate:
            warnings.append(
                f"fee rate {fee / vsize:.1f} sat/vB is absurdly high (over {absurd_fee_rate:g})"
            )
        elif external and fee > external:
            warnings.append(f"fee {fee} sat is more than the {external} sat sent")
    return SpendSummary(
        psbt.txid,
        network,
        tuple(inputs),
        tuple(outputs),
        total,
        external,
        change,
        fee,
        vsize,
        tuple(warnings),
    )


def _nested_segwit(inp: InputMap) -> bool:
    redeem = inp.redeem_script
    return redeem is not None and classify(redeem) in (ScriptType.P2WPKH, ScriptType.P2WSH)


def _output_warnings(o: OutputSummary, kind: ScriptType) -> list[str]:
    out = []
    if kind is ScriptType.OP_RETURN:
        out.append(
            f"output {o.index}: OP_RETURN data output"
            + (f" burning {o.amount_sat} sat" if o.amount_sat else "")
        )
    elif o.amount_sat < DUST_SAT.get(kind, DEFAULT_DUST_SAT):
        out.append(f"output {o.index}: {o.amount_sat} sat is dust")
    if o.change:
        if o.branch == 0:
            out.append(f"output {o.index}: change goes to a receive address of ours (branch 0)")
        if o.address_index is not None and o.address_index >= UNUSUAL_INDEX:
            out.append(f"output {o.index}: change at unusual index {o.address_index}")
    return out


# (scriptSig bytes, witness bytes) of a signed P2WPKH input: item count, signature, key.
_P2WPKH_SIZES = (0, 1 + 1 + ECDSA_SIG + 1 + 33)


def _input_sizes(
    psbt: Psbt, i: int, spent: TxOut | None, kind: ScriptType | None = None
) -> tuple[int, int] | None:
    """(scriptSig bytes, witness bytes) the finished input will carry; None if unknown.
    `kind` is the spent output's script type, when the caller classified it already."""
    inp = psbt.inputs[i]
    if inp.is_finalized:
        ss = inp.final_script_sig or b""
        wit = inp.final_script_witness or ()
        wit_size = (
            0
            if not wit
            else len(compact_size(len(wit))) + sum(len(compact_size(len(w))) + len(w) for w in wit)
        )
        return len(ss), wit_size
    if spent is None:
        return None
    if kind is None:
        kind = classify(spent.script_pubkey)
    if kind is ScriptType.P2WPKH:
        return _P2WPKH_SIZES
    if kind is ScriptType.P2TR:
        sig = SCHNORR_SIG + (0 if inp.sighash_type in (None, 0) else 1)
        return 0, 1 + 1 + sig
    if kind is ScriptType.P2PKH:
        return 1 + ECDSA_SIG + 1 + 33, 0
    if kind is ScriptType.P2WSH:
        stack = _multisig_witness(inp.witness_script)
        return None if stack is None else (0, stack)
    if kind is ScriptType.P2SH:
        redeem = inp.redeem_script
        if redeem is None:
            return None
        push = len(push_data(redeem))
        inner = classify(redeem)
        if inner is ScriptType.P2WPKH:
            return push, _P2WPKH_SIZES[1]
        if inner is ScriptType.P2WSH:
            stack = _multisig_witness(inp.witness_script)
            return None if stack is None else (push, stack)
        m = multisig_threshold(redeem)
        if m is None:
            return None
        return 1 + m * (1 + ECDSA_SIG) + push, 0
    return None


def _multisig_witness(ws: bytes | None) -> int | None:
    m = None if ws is None else multisig_threshold(ws)
    if ws is None or m is None:
        return None
    # stack: item count, the empty dummy for CHECKMULTISIG's extra pop, m signatures, the script
    return len(compact_size(m + 2)) + 1 + m * (1 + ECDSA_SIG) + len(compact_size(len(ws))) + len(ws)


def estimate_vsize(psbt: Psbt, warnings: list[str] | None = None) -> int:
    """Virtual size of the transaction once every input is signed (worst-case signature sizes).

    Inputs of unknown type are counted as P2WPKH, with a warning appended to `warnings`.
    """
    spent = [psbt.spent_output(i) for i in range(len(psbt.inputs))]
    return _estimate_vsize(psbt, spent, warnings)


def _estimate_vsize(
    psbt: Psbt,
    spent_outputs: Sequence[TxOut | None],
    warnings: list[str] | None,
    kinds: Sequence[ScriptType | None] | None = None,
) -> int:
    tx = psbt.unsigned_tx()
    base = 4 + 4 + len(compact_size(len(tx.inputs))) + len(compact_size(len(tx.outputs)))
    base += sum(len(o.serialize()) for o in tx.outputs)
    witness = 0
    maps = psbt.inputs
    p2wpkh = 0  # unfinalized P2WPKH inputs, the common case, all of one size: counted
    for i in range(len(tx.inputs)):
        kind = None if kinds is None else kinds[i]
        if kind is ScriptType.P2WPKH and not maps[i].is_finalized:
            p2wpkh += 1  # what _input_sizes gives (the kind is the caller's classification)
            continue
        sizes = _input_sizes(psbt, i, spent_outputs[i], kind)
        if sizes is None:
            if warnings is not None:
                warnings.append(f"input {i}: size after signing unknown; estimated as P2WPKH")
            sizes = _P2WPKH_SIZES
        ss, wit = sizes
        base += 32 + 4 + (1 if ss < 0xFD else len(compact_size(ss))) + ss + 4
        witness += (
            wit if wit else 1
        )  # a segwit tx carries an empty stack (1 byte) for legacy inputs
    base += p2wpkh * (32 + 4 + 1 + _P2WPKH_SIZES[0] + 4)
    witness += p2wpkh * _P2WPKH_SIZES[1]
    has_witness = witness > len(tx.inputs)
    weight = base * 4 + ((2 + witness) if has_witness else 0)
    return (weight + 3) // 4
