"""The fast paths of issue 16's fourth round (second pass) compute what the reference computations do.

* `Psbt.txid` (hashed from the PSBT's stored unsigned transaction) and the parsed
  transaction's own txid (re-serialized), v0 and v2.
* `_estimate_vsize` (unfinalized P2WPKH inputs counted) and the loop before it over
  `_input_sizes`, with finalized, P2WPKH and other inputs mixed, kinds given or not.
* `bitcoin_tx_material` (lengths from a table, parts joined once) and the `var_bytes` form, on
  scripts of any length.
* `multisig_script` (a compressed key's push inline) and the `push_data`/`_small_int` form, on keys
  of any length, any m and n, errors alike.
* `BitcoinModule.analyze`'s one pass (refusals, replay keys, approval material) and the three
  passes before it, on PSBTs with inputs foreign, without UTXO data, with sighash types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.bitcoin import summary as S
from coldsign.chains.bitcoin.module import SIGHASH_ALL, SIGHASH_DEFAULT
from coldsign.codec import psbt as P
from coldsign.codec.payload import Payload
from coldsign.codec.reader import compact_size, var_bytes
from coldsign.codec.script import (
    MAX_MULTISIG_KEYS,
    OP_CHECKMULTISIG,
    _small_int,
    classify,
    multisig_script,
    push_data,
)
from coldsign.codec.tx import TxOut
from coldsign.errors import Reason
from coldsign.policy.approval import bitcoin_tx_material
from coldsign.service.withdrawal import decode_withdrawal
from tests.psbt_fixtures import NETWORK, build_psbt, seed_of
from tests.unit.policy.test_require_previous_tx import policy_for

_SEEDS = [seed_of("alice"), seed_of("b"), seed_of("c")]
_KINDS = ["wpkh", "sh-wpkh", "tr", "wsh-sortedmulti"]


def _built(kind: str, n: int, non_witness: bool = False) -> P.Psbt:
    seeds = _SEEDS if "multi" in kind else _SEEDS[:1]
    return build_psbt(kind, seeds, n, non_witness_utxo=non_witness).psbt


def _with_inputs(psbt: P.Psbt, inputs: Sequence[P.InputMap]) -> P.Psbt:
    return replace(psbt, inputs=tuple(inputs), _tx_cache={})


_FINAL = P.Record.make(P.IN_FINAL_SCRIPTWITNESS, b"", b"\x02\x01\xaa\x02\xbb\xcc")


def _mangled(psbt: P.Psbt, edits: list[int]) -> P.Psbt:
    """Each input edited by its code: 0 kept, 1 finalized, 2 without its witness UTXO,
    3 SIGHASH_ALL, 4 SIGHASH_NONE, 5 SIGHASH_DEFAULT, 6 SIGHASH_DEFAULT and an internal key."""
    out = []
    for m, edit in zip(psbt.inputs, edits, strict=False):
        if edit == 1:
            m = m.with_record(_FINAL)
        elif edit == 2:
            m = m.without_types([P.IN_WITNESS_UTXO, P.IN_NON_WITNESS_UTXO])
        elif edit in (3, 4, 5, 6):
            value = {3: 1, 4: 2, 5: 0, 6: 0}[edit].to_bytes(4, "little")
            m = m.with_record(P.Record.make(P.IN_SIGHASH_TYPE, b"", value))
            if edit == 6:
                m = m.with_record(P.Record.make(P.IN_TAP_INTERNAL_KEY, b"", bytes(range(32))))
        out.append(m)
    out += psbt.inputs[len(out) :]
    return _with_inputs(psbt, out)


_EDITS = st.lists(st.integers(0, 6), max_size=4)


# --- txid --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", _KINDS)
@pytest.mark.parametrize("non_witness", [False, True])
def test_txid_is_the_psbts(kind: str, non_witness: bool) -> None:
    psbt = _built(kind, 3, non_witness)
    assert psbt.txid == psbt.unsigned_tx().txid_hex
    v2 = P.to_v2(psbt)
    assert v2.txid == v2.unsigned_tx().txid_hex == psbt.txid


# --- vsize -------------------------------------------------------------------------------------


def _vsize_before(
    psbt: P.Psbt,
    spent_outputs: Sequence[TxOut | None],
    warnings: list[str] | None,
    kinds: Sequence[S.ScriptType | None] | None = None,
) -> int:
    tx = psbt.unsigned_tx()
    base = 4 + 4 + len(compact_size(len(tx.inputs))) + len(compact_size(len(tx.outputs)))
    base += sum(len(o.serialize()) for o in tx.outputs)
    witness = 0
    for i in range(len(tx.inputs)):
        sizes = S._input_sizes(psbt, i, spent_outputs[i], None if kinds is None else kinds[i])
        if sizes is None:
            if warnings is not None:
                warnings.append(f"input {i}: size after signing unknown; estimated as P2WPKH")
            sizes = (0, 1 + 1 + S.ECDSA_SIG + 1 + 33)
        ss, wit = sizes
        base += 32 + 4 + (1 if ss < 0xFD else len(compact_size(ss))) + ss + 4
        witness += wit if wit else 1
    has_witness = witness > len(tx.inputs)
    weight = base * 4 + ((2 + witness) if has_witness else 0)
    return (weight + 3) // 4


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_KINDS), st.integers(1, 4), _EDITS, st.booleans())
def test_vsize_is_the_loop_before(kind: str, n: int, edits: list[int], classified: bool) -> None:
    psbt = _mangled(_built(kind, n), edits)
    spent = [psbt.spent_output(i) for i in range(len(psbt.inputs))]
    kinds = [None if o is None else classify(o.script_pubkey) for o in spent]
    given_kinds = kinds if classified else None
    fast: list[str] = []
    slow: list[str] = []
    assert S._estimate_vsize(psbt, spent, fast, given_kinds) == _vsize_before(
        psbt, spent, slow, given_kinds
    )
    assert fast == slow


# --- approval material -------------------------------------------------------------------------


def _material_before(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


_SCRIPTS = st.one_of(st.binary(max_size=40), st.integers(0xF8, 0x110).map(lambda n: b"\x51" * n))


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=300),
    st.lists(st.tuples(st.integers(0, 2**63 - 1), _SCRIPTS), max_size=6),
)
def test_tx_material_is_var_bytes_form(unsigned_tx: bytes, spent: list[tuple[int, bytes]]) -> None:
    assert bitcoin_tx_material(unsigned_tx, spent) == _material_before(unsigned_tx, spent)


# --- multisig scripts --------------------------------------------------------------------------


def _multisig_before(m: int, pubkeys: Sequence[bytes], sort: bool) -> bytes:
    n = len(pubkeys)
    if not 1 <= m <= n <= MAX_MULTISIG_KEYS:
        raise ValueError("multisig needs 1 <= m <= n <= 20")
    keys = sorted(pubkeys) if sort else list(pubkeys)
    body = b"".join(push_data(k) for k in keys)
    return _small_int(m) + body + _small_int(n) + bytes([OP_CHECKMULTISIG])


def _outcome(f: object, m: int, keys: list[bytes], sort: bool) -> bytes | str:
    assert callable(f)
    try:
        out = f(m, keys, sort)
    except ValueError as exc:
        return f"ValueError: {exc}"
    assert isinstance(out, bytes)
    return out


_KEYS = st.one_of(
    st.binary(min_size=33, max_size=33),
    st.binary(max_size=80),
    st.integers(250, 260).map(lambda n: b"\x02" * n),
)


@settings(max_examples=400, deadline=None)
@given(st.integers(-1, 22), st.lists(_KEYS, max_size=22), st.booleans())
def test_multisig_script_is_push_form(m: int, keys: list[bytes], sort: bool) -> None:
    assert _outcome(multisig_script, m, keys, sort) == _outcome(_multisig_before, m, keys, sort)


# --- the module's per-input pass ---------------------------------------------------------------


def _facts_before(
    psbt: P.Psbt, summary: S.SpendSummary, require: bool
) -> tuple[list[Reason], list[Reason], list[Reason], tuple[str, ...], bytes]:
    """(foreign and unproven refusals, sighash refusals, no-UTXO refusals, replay keys,
    material) as the three passes before the one computed them."""
    first: list[Reason] = []
    for inp in summary.inputs:
        if not inp.ours and inp.amount_sat is not None:
            first.append(
                Reason(
                    "input.foreign",
                    f"input {inp.index}: does not belong to a wallet of the policy",
                    input=inp.index,
                )
            )
        if inp.amount_sat is not None and require and not inp.amount_proven:
            first.append(
                Reason(
                    "input.unproven_amount",
                    f"input {inp.index}: segwit v0 input without its previous transaction "
                    "(non_witness_utxo); the policy requires it to prove the amount. Get a "
                    "PSBT that carries it (Bitcoin Core: walletprocesspsbt with bip32derivs; "
                    "Sparrow includes it), or give payload build --prev-txs",
                    input=inp.index,
                )
            )
    sighash: list[Reason] = []
    for i, m in enumerate(psbt.inputs):
        if m.sighash_type not in (None, SIGHASH_ALL) and not (
            m.sighash_type == SIGHASH_DEFAULT and m.tap_internal_key
        ):
            sighash.append(
                Reason(
                    "input.sighash",
                    f"input {i}: sighash type {m.sighash_type:#x} is not SIGHASH_ALL/DEFAULT",
                    input=i,
                )
            )
    no_utxo: list[Reason] = []
    spent: list[tuple[int, bytes]] = []
    for inp in summary.inputs:
        spk = inp.script_pubkey
        if spk is None or inp.amount_sat is None:
            i = inp.index
            no_utxo.append(
                Reason(
                    "input.no_utxo",
                    f"input {i}: no UTXO data, so its amount cannot be approved",
                    input=i,
                )
            )
            spent.append((0, b""))
        else:
            spent.append((inp.amount_sat, spk))
    scope = f"bitcoin:{NETWORK.value}:"
    spends = tuple([scope + i.prevout for i in summary.inputs])
    return first, sighash, no_utxo, spends, _material_before(psbt.unsigned_tx_bytes(), spent)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_KINDS),
    st.integers(1, 4),
    _EDITS,
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_module_pass_is_the_passes_before(
    kind: str, n: int, edits: list[int], non_witness: bool, require: bool, foreign: bool
) -> None:
    seeds = _SEEDS if "multi" in kind else _SEEDS[:1]
    built = build_psbt(kind, seeds, n, non_witness_utxo=non_witness)
    psbt = _mangled(built.psbt, edits)
    payload = Payload(
        chain="bitcoin", network=NETWORK.value, withdrawal_id="w", created=0, expires=1,
        initiator="i", policy_hash=bytes(32), whitelist_hash=bytes(32),
        transaction=psbt.serialize(),
    )  # fmt: skip
    # a policy whose wallet is another one: every input with UTXO data is foreign
    descriptor = build_psbt("wpkh", [seed_of("z")], 1).descriptor if foreign else built.descriptor
    w = decode_withdrawal(payload)
    analysis = w.module.analyze(payload, w.tx, policy_for(descriptor, require=require))
    summary = analysis.review.summary  # type: ignore[attr-defined]
    first, sighash, no_utxo, spends, material = _facts_before(w.tx.psbt, summary, require)  # type: ignore[attr-defined]
    facts = analysis.facts
    refusals = list(facts.refusals)
    # the analysis's other refusals (mixed wallets before, message PSBT between) are not here
    assert refusals == first + sighash + no_utxo
    assert facts.spends == spends
    assert facts.tx_material == material
