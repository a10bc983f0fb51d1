"""`BitcoinModule.analyze` in process: the facts the policy engine judges a Bitcoin withdrawal by.

The guarded CLI tests (tests/cli/guarded) reach these refusals and roles through subprocesses,
which mutation testing does not see; a first mutmut run over chains/bitcoin (issue 16, fifth
round) found the mixed-wallets refusal tested nowhere at all. Each test names every reason,
role and number exactly, so a refusal that goes missing or changes meaning fails here:

* a policy without a Bitcoin wallet on the PSBT's network (`wallet.none`);
* inputs from two wallets of the policy (`input.mixed_wallets`), after which no output is
  change: an insider must not spend the cold wallet's coins beside the hot wallet's and have
  the cold wallet's change count as nothing;
* change is only the spending wallet's change branch: its receive branch and another policy
  wallet's change branch are transfers (the limits of issue 12.3 apply to them);
* a withdrawal PSBT that carries a BIP-322 message (`tx.message_psbt`);
* the fee, its unit and rate, the scope and the review's network, as the engine reads them;
* sighash types: SIGHASH_ALL, or BIP-341's SIGHASH_DEFAULT on a taproot input, and nothing
  else (`input.sighash`: NONE, SINGLE and ANYONECANPAY let others change the transaction);
* an input without UTXO data (`input.no_utxo`, the fee unknown and counted as 0);
* crafted claims: a hardened last step under our account path is foreign, not derived; a P2SH
  input without its redeem script is judged as legacy and the signer wants its previous
  transaction, so its witness UTXO's amount is never signed for unproven;
* an input with only its previous transaction (the amount read from it), outputs above the
  inputs (a PolicyViolation naming both sums);
* the review's warnings, each at its boundary: absurd fees and fee rates, a fee above what is
  sent, dust, change on a receive branch or deep in its branch, OP_RETURN outputs;
* the payload around the PSBT: an EVM field (chain id or sender) or an unknown kind does not
  decode; copies of different transactions or message requests do not combine; a proof or
  message payload never finalizes into a transaction; a signed withdrawal finalizes to exactly
  its transaction;
* the seed at signing: one of no policy wallet is refused naming every fingerprint expected, one
  of another policy wallet signs nothing; an input's extra taproot claim does not hide its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from coldsign.chains.bitcoin.module import (
    MODULE,
    SIGHASH_ALL,
    SIGHASH_DEFAULT,
    BitcoinReview,
    check_seed_belongs,
)
from coldsign.chains.bitcoin.summary import InputSummary, analyze
from coldsign.chains.bitcoin.wallet import CHANGE, RECEIVE, Wallet
from coldsign.codec import psbt as P
from coldsign.codec.bip32 import HARDENED
from coldsign.codec.payload import Payload
from coldsign.codec.tx import Transaction, TxOut
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    NotOurs,
    PolicyViolation,
    Reason,
    UsageError,
)
from coldsign.keys.signer import sign_psbt
from coldsign.policy.checks import OutputRole, TxFacts
from coldsign.policy.config import Policy, WalletRule
from coldsign.policy.messages import MESSAGE, PROOF
from coldsign.service.withdrawal import decode_withdrawal
from tests.psbt_fixtures import NETWORK, _key_records, build_psbt, seed_of
from tests.unit.policy.test_require_previous_tx import policy_for

COLD = build_psbt("wpkh", [seed_of("cold")], 2)
HOT = build_psbt("wpkh", [seed_of("hot")], 2)


def two_wallets() -> Policy:
    """The test policy with two Bitcoin wallets on the network: "cold" and "hot"."""
    base = policy_for(COLD.descriptor, require=False)
    wallets = tuple(
        WalletRule(name, "bitcoin", network=NETWORK, descriptor=built.descriptor)
        for name, built in (("cold", COLD), ("hot", HOT))
    )
    return replace(base, wallets=wallets)


def payload_of(psbt: P.Psbt, **fields: object) -> Payload:
    """A withdrawal payload carrying `psbt` (with `fields` changed)."""
    base = Payload(
        chain="bitcoin", network=NETWORK.value, withdrawal_id="w", created=0, expires=1,
        initiator="i", policy_hash=bytes(32), whitelist_hash=bytes(32),
        transaction=psbt.serialize(),
    )  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


def edited(
    psbt: P.Psbt,
    *,
    tx: Transaction | None = None,
    inputs: tuple[P.InputMap, ...] | None = None,
    outputs: tuple[P.OutputMap, ...] | None = None,
    global_map: P.PsbtMap | None = None,
) -> P.Psbt:
    """`psbt` with another unsigned transaction, input or output maps or global map, decoded
    again from its bytes (as the signer would receive it)."""
    if tx is not None:
        global_map = (global_map or psbt.global_map).with_record(
            P.Record.make(P.GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
        )
    changed = psbt.with_maps(global_map=global_map, inputs=inputs, outputs=outputs)
    return P.parse_psbt(changed.serialize())


def facts_of(psbt: P.Psbt, policy: Policy) -> tuple[TxFacts, BitcoinReview]:
    payload = payload_of(psbt)
    w = decode_withdrawal(payload)
    analysis = w.module.analyze(payload, w.tx, policy)
    assert isinstance(analysis.review, BitcoinReview)
    return analysis.facts, analysis.review


def spliced(
    inputs: list[tuple[P.Psbt, int]], outputs: list[TxOut], output_maps: list[P.OutputMap]
) -> P.Psbt:
    """A v0 PSBT spending the given inputs of other PSBTs (their maps kept) to `outputs`."""
    txins = tuple(psbt.unsigned_tx().inputs[i] for psbt, i in inputs)
    maps = tuple(psbt.inputs[i] for psbt, i in inputs)
    tx = Transaction(2, txins, tuple(outputs), 0)
    return edited(inputs[0][0], tx=tx, inputs=maps, outputs=tuple(output_maps))


def paying(wallet: Wallet, branch: int, index: int, amount: int) -> tuple[TxOut, P.OutputMap]:
    """An output to (branch, index) of `wallet` with its key origins, as a wallet writes it."""
    derived = wallet.derive_at((branch, index))
    records = P.PsbtMap("output").with_records(_key_records(derived, output=True)).records
    return TxOut(amount, derived.script_pubkey), P.OutputMap("output", records)


def test_a_policy_without_a_wallet_on_the_network_refuses_every_input() -> None:
    policy = replace(policy_for(COLD.descriptor, require=False), wallets=())
    facts, review = facts_of(COLD.psbt, policy)
    assert list(facts.refusals) == [
        Reason("wallet.none", "network: the policy has no Bitcoin wallet on testnet",
               field="network"),
        Reason("input.foreign", "input 0: does not belong to a wallet of the policy", input=0),
        Reason("input.foreign", "input 1: does not belong to a wallet of the policy", input=1),
    ]  # fmt: skip
    assert facts.from_wallet is None
    assert [o.role for o in facts.outputs] == [OutputRole.EXTERNAL, OutputRole.EXTERNAL]
    assert review.network is NETWORK


def test_inputs_of_two_policy_wallets_are_refused_and_nothing_is_change() -> None:
    cold_change, cold_map = paying(COLD.wallet, CHANGE, 5, 60_000)
    hot_change, hot_map = paying(HOT.wallet, CHANGE, 5, 60_000)
    foreign = TxOut(70_000, COLD.psbt.unsigned_tx().outputs[0].script_pubkey)
    psbt = spliced(
        [(COLD.psbt, 0), (HOT.psbt, 1)],
        [foreign, cold_change, hot_change],
        [P.OutputMap("output"), cold_map, hot_map],
    )
    facts, _ = facts_of(psbt, two_wallets())
    assert list(facts.refusals) == [
        Reason("input.mixed_wallets", "inputs: they belong to more than one wallet (cold, hot)")
    ]
    assert facts.from_wallet is None
    assert [(o.role, o.wallet) for o in facts.outputs] == [
        (OutputRole.EXTERNAL, None),
        (OutputRole.TRANSFER, "cold"),
        (OutputRole.TRANSFER, "hot"),
    ]
    assert facts.fee == 200_000 - 190_000


def test_change_is_only_the_spending_wallet_s_change_branch() -> None:
    outs = [
        paying(COLD.wallet, CHANGE, 7, 50_000),  # change
        paying(COLD.wallet, RECEIVE, 7, 40_000),  # our receive branch: a transfer to ourselves
        paying(HOT.wallet, CHANGE, 7, 30_000),  # another wallet's change branch: a transfer
        paying(HOT.wallet, RECEIVE, 7, 20_000),  # another wallet's receive branch: a transfer
    ]
    psbt = spliced([(COLD.psbt, 0), (COLD.psbt, 1)], [o for o, _ in outs], [m for _, m in outs])
    facts, review = facts_of(psbt, two_wallets())
    assert facts.refusals == ()
    assert facts.from_wallet == "cold"
    assert [(o.index, o.amount, o.role, o.wallet) for o in facts.outputs] == [
        (0, 50_000, OutputRole.CHANGE, "cold"),
        (1, 40_000, OutputRole.TRANSFER, "cold"),
        (2, 30_000, OutputRole.TRANSFER, "hot"),
        (3, 20_000, OutputRole.TRANSFER, "hot"),
    ]
    assert [o.lookup_key for o in facts.outputs] == [o.script_pubkey.hex() for o, _ in outs]
    summary = review.summary
    assert [(i.wallet, i.branch, i.address_index) for i in summary.inputs] == [
        ("cold", 0, 0),
        ("cold", 0, 1),
    ]
    assert [o.script_type for o in summary.outputs] == ["p2wpkh"] * 4
    assert facts.warnings == (
        "input 0: segwit v0 input without non_witness_utxo; its amount is not proven",
        "input 1: segwit v0 input without non_witness_utxo; its amount is not proven",
        "output 1: change goes to a receive address of ours (branch 0)",
        "output 3: change goes to a receive address of ours (branch 0)",
    )


def test_the_fee_its_unit_rate_and_scope_are_the_engine_s() -> None:
    facts, review = facts_of(COLD.psbt, policy_for(COLD.descriptor, require=False))
    summary = review.summary
    assert facts.refusals == ()
    assert (facts.chain, facts.scope, facts.asset_symbol_hint) == ("bitcoin", "testnet",
                                                                   "bitcoin testnet")  # fmt: skip
    assert (facts.fee, facts.fee_decimals, facts.fee_unit) == (1_000, 8, "BTC")
    assert facts.fee == summary.fee_sat
    assert facts.fee_rate is not None and facts.fee_rate == summary.fee_rate
    assert facts.fee_rate == 1_000 / summary.vsize
    assert facts.contract is None and facts.from_wallet == "t"
    assert [(o.index, o.role) for o in facts.outputs] == [
        (0, OutputRole.EXTERNAL),
        (1, OutputRole.CHANGE),
    ]
    assert facts.warnings == tuple(summary.warnings)
    assert review.network is NETWORK


def test_a_withdrawal_psbt_carrying_a_bip322_message_is_refused() -> None:
    g = COLD.psbt.global_map.with_record(
        P.Record.make(P.GLOBAL_GENERIC_SIGNED_MESSAGE, b"", b"Hello World")
    )
    psbt = edited(COLD.psbt, global_map=g)
    facts, _ = facts_of(psbt, policy_for(COLD.descriptor, require=False))
    assert list(facts.refusals) == [
        Reason(
            "tx.message_psbt",
            "transaction: the PSBT carries a BIP-322 message (PSBT_GLOBAL_GENERIC_SIGNED_"
            "MESSAGE): a proof of reserves is a proof payload, not a withdrawal",
            field="transaction",
        )
    ]


def _with_sighash(psbt: P.Psbt, value: int) -> P.Psbt:
    sighash = P.Record.make(P.IN_SIGHASH_TYPE, b"", value.to_bytes(4, "little"))
    inputs = tuple(m.with_record(sighash) for m in psbt.inputs)
    return edited(psbt, inputs=inputs)


@pytest.mark.parametrize(
    ("kind", "sighash", "refused"),
    [
        ("tr", SIGHASH_DEFAULT, False),
        ("tr", SIGHASH_ALL, False),
        ("tr", 0x02, True),  # SIGHASH_NONE: the outputs could be changed after signing
        ("tr", 0x83, True),  # SIGHASH_SINGLE|ANYONECANPAY
        ("wpkh", SIGHASH_ALL, False),
        ("wpkh", SIGHASH_DEFAULT, True),  # BIP-341's default is for taproot inputs only
        ("wpkh", 0x81, True),  # SIGHASH_ALL|ANYONECANPAY: other inputs could be added
    ],
)
def test_only_sighash_all_or_taproot_s_default_is_signed(
    kind: str, sighash: int, refused: bool
) -> None:
    built = build_psbt(kind, [seed_of("cold")], 2)
    facts, _ = facts_of(
        _with_sighash(built.psbt, sighash), policy_for(built.descriptor, require=False)
    )
    expected = [
        Reason(
            "input.sighash",
            f"input {i}: sighash type {sighash:#x} is not SIGHASH_ALL/DEFAULT",
            input=i,
        )
        for i in range(2)
    ]
    assert list(facts.refusals) == (expected if refused else [])
    assert not any("size after signing unknown" in w for w in facts.warnings)


def test_an_input_without_utxo_data_cannot_be_approved_and_the_fee_is_unknown() -> None:
    inputs = (COLD.psbt.inputs[0].without_types([P.IN_WITNESS_UTXO]), COLD.psbt.inputs[1])
    psbt = edited(COLD.psbt, inputs=inputs)
    facts, review = facts_of(psbt, policy_for(COLD.descriptor, require=False))
    assert list(facts.refusals) == [
        Reason("input.no_utxo", "input 0: no UTXO data, so its amount cannot be approved",
               input=0),
    ]  # fmt: skip
    assert review.summary.fee_sat is None and facts.fee == 0 and facts.fee_rate is None
    prevout = review.summary.inputs[0].prevout
    assert review.summary.inputs[0] == InputSummary(0, prevout, None, None, None, NETWORK, False)


def test_a_claim_at_a_hardened_index_under_our_prefix_is_not_ours() -> None:
    """An insider's PSBT claims our fingerprint and account path with a last step of 2^31: the
    analysis must not try to derive it (a hardened step needs the private key) but find the
    input foreign."""
    m = COLD.psbt.inputs[0]
    ((key, origin),) = m.bip32_derivations.items()
    hardened = (*origin.path[:-1], HARDENED)
    value = origin.fingerprint + b"".join(step.to_bytes(4, "little") for step in hardened)
    forged = m.without_types([P.IN_BIP32_DERIVATION]).with_record(
        P.Record.make(P.IN_BIP32_DERIVATION, key, value)
    )
    psbt = edited(COLD.psbt, inputs=(forged, COLD.psbt.inputs[1]))
    facts, review = facts_of(psbt, policy_for(COLD.descriptor, require=False))
    assert list(facts.refusals) == [
        Reason("input.foreign", "input 0: does not belong to a wallet of the policy", input=0)
    ]
    assert [i.ours for i in review.summary.inputs] == [False, True]


def test_a_p2sh_input_without_its_redeem_script_is_legacy_and_the_signer_wants_its_tx() -> None:
    """Without PSBT_IN_REDEEM_SCRIPT a P2SH-P2WPKH input is not seen as segwit: the analysis
    judges it as a legacy input (no crash, no amount warning), and the signer refuses it for
    want of the full previous transaction, so the witness UTXO's amount is never signed for
    unproven."""
    built = build_psbt("sh-wpkh", [seed_of("cold")], 2)
    inputs = tuple(m.without_types([P.IN_REDEEM_SCRIPT]) for m in built.psbt.inputs)
    psbt = edited(built.psbt, inputs=inputs)
    facts, review = facts_of(psbt, policy_for(built.descriptor, require=True))
    assert facts.refusals == ()
    assert facts.warnings == tuple(
        f"input {i}: size after signing unknown; estimated as P2WPKH" for i in range(2)
    )
    assert [(i.ours, i.script_type) for i in review.summary.inputs] == [(True, "p2sh")] * 2
    with pytest.raises(NotOurs, match="a legacy input needs its full previous transaction"):
        sign_psbt(psbt, seed_of("cold"))


def test_an_input_with_only_its_previous_transaction_has_its_amount_and_owner() -> None:
    """The amount comes from the previous transaction when there is no witness UTXO."""
    built = build_psbt("wpkh", [seed_of("cold")], 2, non_witness_utxo=True)
    inputs = tuple(m.without_types([P.IN_WITNESS_UTXO]) for m in built.psbt.inputs)
    psbt = edited(built.psbt, inputs=inputs)
    facts, review = facts_of(psbt, policy_for(built.descriptor, require=True))
    assert facts.refusals == ()
    summary = review.summary
    assert [(i.amount_sat, i.ours, i.branch, i.address_index) for i in summary.inputs] == [
        (100_000, True, 0, 0),
        (100_000, True, 0, 1),
    ]
    assert summary.fee_sat == facts.fee == 1_000


def test_outputs_above_the_inputs_are_a_policy_violation_naming_both() -> None:
    tx = COLD.psbt.unsigned_tx()
    more = replace(tx, outputs=(TxOut(tx.outputs[0].amount_sat + 1_001, tx.outputs[0].script_pubkey),
                                *tx.outputs[1:]))  # fmt: skip
    psbt = edited(COLD.psbt, tx=more)
    with pytest.raises(PolicyViolation) as info:
        analyze(psbt, COLD.wallet)
    assert [r.message for r in info.value.details()] == [
        "outputs (200001 sat) exceed inputs (200000 sat)"
    ]


@pytest.mark.parametrize(
    ("fee_cap", "rate_cap", "warning"),
    [
        (999, 1e9, "fee 1000 sat is absurdly high (over 999 sat)"),
        (1_000, 1e9, None),  # at the cap: not over it
        (10**9, 1_000 / 209 - 0.001, "fee rate 4.8 sat/vB is absurdly high (over 4.78369)"),
        (10**9, 1_000 / 209, None),  # at the rate cap: not over it
    ],
)
def test_absurd_fee_warnings_start_above_their_caps(
    fee_cap: int, rate_cap: float, warning: str | None
) -> None:
    proven = build_psbt("wpkh", [seed_of("cold")], 2, non_witness_utxo=True)
    summary = analyze(proven.psbt, proven.wallet, absurd_fee_sat=fee_cap, absurd_fee_rate=rate_cap)
    assert (summary.fee_sat, summary.vsize) == (1_000, 209)
    assert summary.warnings == (() if warning is None else (warning,))


def test_a_fee_above_what_is_sent_is_warned_of() -> None:
    built = build_psbt("wpkh", [seed_of("cold")], 1, send=1_000, fee=1_001, non_witness_utxo=True)
    assert analyze(built.psbt, built.wallet).warnings == (
        "fee 1001 sat is more than the 1000 sat sent",
    )
    same = build_psbt("wpkh", [seed_of("cold")], 1, send=1_000, fee=1_000, non_witness_utxo=True)
    assert analyze(same.psbt, same.wallet).warnings == ()


@pytest.mark.parametrize(("change_index", "unusual"), [(9_999, False), (10_000, True)])
@pytest.mark.parametrize(("dust", "is_dust"), [(293, True), (294, False)])
def test_dust_and_change_deep_in_its_branch_are_warned_of(
    change_index: int, unusual: bool, dust: int, is_dust: bool
) -> None:
    """P2WPKH dust is below 294 sat (Bitcoin Core's relay rule); change at index 10,000 or
    deeper is hard for a wallet to find again."""
    small = TxOut(dust, COLD.psbt.unsigned_tx().outputs[0].script_pubkey)
    built = build_psbt("wpkh", [seed_of("cold")], 1, non_witness_utxo=True,
                       change_index=change_index, extra_outputs=(small,))  # fmt: skip
    expected = [f"output 1: {dust} sat is dust"] if is_dust else []
    if unusual:
        expected.append(f"output 2: change at unusual index {change_index}")
    assert list(analyze(built.psbt, built.wallet).warnings) == expected


def test_op_return_and_unknown_scripts_are_named_in_the_warnings() -> None:
    """An OP_RETURN output says whether it burns coins; a script of no known type is dust
    below the default 546 sat."""
    extra = (
        TxOut(0, b"\x6a\x04data"),  # OP_RETURN, nothing burnt
        TxOut(700, b"\x6a\x04data"),  # OP_RETURN burning 700 sat
        TxOut(545, b"\x51"),  # OP_TRUE: no known type
        TxOut(546, b"\x51"),
    )
    built = build_psbt("wpkh", [seed_of("cold")], 1, non_witness_utxo=True, extra_outputs=extra)
    assert analyze(built.psbt, built.wallet).warnings == (
        "output 1: OP_RETURN data output",
        "output 2: OP_RETURN data output burning 700 sat",
        "output 3: 545 sat is dust",
    )


# --- the payload around the PSBT: decode, combine, finalize -----------------------------------


@pytest.mark.parametrize(
    "fields", [{"chain_id": 1}, {"sender": bytes(20)}, {"chain_id": 1, "sender": bytes(20)}]
)
def test_a_bitcoin_payload_with_an_evm_field_does_not_decode(fields: dict[str, object]) -> None:
    """A chain id or a sender is an EVM payload's: either alone makes a Bitcoin payload
    malformed, so it cannot be read under one chain's rules and approved under another's."""
    with pytest.raises(DecodeError) as info:
        MODULE.decode(payload_of(COLD.psbt, **fields))
    assert str(info.value) == "invalid payload: a Bitcoin payload has a network, not a chain id"


def test_a_payload_of_an_unknown_kind_does_not_decode() -> None:
    with pytest.raises(DecodeError) as info:
        MODULE.decode(payload_of(COLD.psbt, kind="airdrop"))
    assert str(info.value) == "invalid payload: kind 'airdrop' is not one coldsign signs"


def test_copies_of_different_transactions_do_not_combine() -> None:
    a = payload_of(COLD.psbt)
    b = payload_of(HOT.psbt)
    assert MODULE.combine([a, a]) == a.transaction
    with pytest.raises(AuthenticationError) as info:
        MODULE.combine([a, b])
    (reason,) = info.value.reasons()
    assert reason.startswith("transactions differ: ")
    message = replace(a, kind=MESSAGE)
    with pytest.raises(AuthenticationError) as info:
        MODULE.combine([message, replace(b, kind=MESSAGE)])
    assert info.value.reasons() == ["the copies hold different message requests"]


def test_a_proof_or_message_payload_is_never_finalized_into_a_transaction() -> None:
    with pytest.raises(PolicyViolation) as info:
        MODULE.finalize(payload_of(COLD.psbt, kind=PROOF))
    assert info.value.details() == [
        Reason(
            "proof.no_finalize",
            "a proof of reserves is never finalized into a transaction: export it with "
            "`coldsign reserves btc export`",
        )
    ]
    with pytest.raises(UsageError) as usage:
        MODULE.finalize(payload_of(COLD.psbt, kind=MESSAGE))
    assert str(usage.value) == "a message payload has no transaction: use message export"


def test_a_signed_withdrawal_finalizes_to_its_transaction() -> None:
    signed = sign_psbt(COLD.psbt, seed_of("cold")).psbt
    final = MODULE.finalize(payload_of(signed))
    tx = P.extract(P.finalize_complete(signed))
    assert (final.raw, final.text, final.txid) == (tx.serialize(), tx.serialize().hex(),
                                                  tx.txid_hex)  # fmt: skip
    assert final.txid == COLD.psbt.txid


def test_a_seed_of_no_policy_wallet_is_refused_naming_every_expected_fingerprint() -> None:
    """A mistyped passphrase makes another seed: refused before signing, with the fingerprint
    it has and each one the policy's wallets on the network expect (sorted, each once)."""
    stranger = seed_of("mallory")
    expected = sorted(seed_of(label).fingerprint for label in ("cold", "hot"))
    with pytest.raises(AuthenticationError) as info:
        check_seed_belongs(two_wallets(), NETWORK, stranger)
    assert info.value.reasons() == [
        f"the seed's master fingerprint {stranger.fingerprint} is not a key of the policy's "
        f"wallets on {NETWORK.value} (expected one of {expected[0]}, {expected[1]}): a wrong "
        "passphrase or the wrong seed?"
    ]
    check_seed_belongs(two_wallets(), NETWORK, seed_of("hot"))  # a key of the hot wallet


def test_a_seed_of_the_policy_with_no_input_here_signs_nothing() -> None:
    """The hot wallet's seed belongs to the policy but no input of the cold wallet's PSBT is
    its: nothing is signed and the run says so."""
    payload = payload_of(COLD.psbt)
    w = decode_withdrawal(payload)
    with pytest.raises(NotOurs) as info:
        MODULE.sign(payload, w.tx, seed_of("hot"), two_wallets())
    fingerprint = seed_of("hot").fingerprint
    assert str(info.value) == f"no input of this PSBT can be signed with seed {fingerprint}"


def test_an_extra_taproot_claim_does_not_hide_an_input_s_own_claim() -> None:
    """A P2WPKH input that also carries a PSBT_IN_TAP_BIP32_DERIVATION (crafted, or left by
    a wallet): both kinds of claim are tried, so the input is still found ours by
    re-derivation, at the place its own claim names."""
    m = COLD.psbt.inputs[0]
    ((key, origin),) = m.bip32_derivations.items()
    stranger = HOT.psbt.inputs[0]
    ((other_key, other_origin),) = stranger.bip32_derivations.items()
    tap_value = (
        b"\x00"
        + other_origin.fingerprint
        + b"".join(step.to_bytes(4, "little") for step in other_origin.path)
    )
    crafted = m.with_record(P.Record.make(P.IN_TAP_BIP32_DERIVATION, other_key[1:], tap_value))
    psbt = edited(COLD.psbt, inputs=(crafted, COLD.psbt.inputs[1]))
    facts, review = facts_of(psbt, two_wallets())
    assert facts.refusals == ()
    first = review.summary.inputs[0]
    assert (first.ours, first.wallet, first.branch, first.address_index) == (True, "cold", 0, 0)
    assert key != other_key and origin != other_origin


# --- Fields past every length boundary. The fuzzers' inputs stop at a few kilobytes, so a
# record long enough for a 3- or 5-byte length (OP_PUSHDATA2/4, CompactSize 0xfd/0xfe) was never
# built: a P2SH redeem script over 65,535 bytes made the size estimate raise OverflowError. Each
# field here, at each boundary, is judged (or refused with our error), never crashed on.

BOUNDARY_SIZES = (0xFC, 0xFD, 0xFFFF, 0x10000, 70_000)


def _big_input_record(kind: str, size: int) -> P.Psbt:
    """COLD's PSBT with input 0 carrying a `size`-byte field of `kind`."""
    from coldsign.codec.script import p2sh_script, p2wsh_script

    big = b"\x51" * size
    m = COLD.psbt.inputs[0]
    if kind in ("p2sh_redeem_script", "p2wsh_witness_script"):
        # The spent output is the script's hash, so the field is read as that input's script.
        p2sh = kind == "p2sh_redeem_script"
        spent = TxOut(100_000, p2sh_script(big) if p2sh else p2wsh_script(big))
        m = (
            m.without_types([P.IN_WITNESS_UTXO])
            .with_record(P.Record.make(P.IN_WITNESS_UTXO, b"", spent.serialize()))
            .with_record(
                P.Record.make(P.IN_REDEEM_SCRIPT if p2sh else P.IN_WITNESS_SCRIPT, b"", big)
            )
        )
    elif kind == "final_scriptsig":
        m = m.with_record(P.Record.make(P.IN_FINAL_SCRIPTSIG, b"", big))
    elif kind == "unknown_record":
        m = m.with_record(P.Record.make(0x7F, b"\x01", big))
    elif kind == "spent_script":
        spent = TxOut(100_000, big)
        m = m.without_types([P.IN_WITNESS_UTXO]).with_record(
            P.Record.make(P.IN_WITNESS_UTXO, b"", spent.serialize())
        )
    else:
        raise AssertionError(kind)
    return edited(COLD.psbt, inputs=(m, COLD.psbt.inputs[1]))


def _big_output(kind: str, size: int) -> P.Psbt:
    """COLD's PSBT with output 0's script, or a script record of it, `size` bytes long."""
    big = b"\x51" * size
    if kind == "output_script":
        tx = COLD.psbt.unsigned_tx()
        outputs = (TxOut(tx.outputs[0].amount_sat, big), *tx.outputs[1:])
        return edited(COLD.psbt, tx=replace(tx, outputs=outputs))
    key = P.OUT_REDEEM_SCRIPT if kind == "output_redeem_script" else P.OUT_WITNESS_SCRIPT
    o = COLD.psbt.outputs[0]
    changed = P.OutputMap("output", o.with_record(P.Record.make(key, b"", big)).records)
    return edited(COLD.psbt, outputs=(changed, *COLD.psbt.outputs[1:]))


def _judged(make: Callable[[str, int], P.Psbt], kind: str, size: int) -> None:
    from coldsign.errors import ColdsignError

    try:
        psbt = make(kind, size)
        facts, review = facts_of(psbt, two_wallets())
        review.lines()
        list(review.inputs())
        review.to_json()
        if not facts.refusals:
            sign_psbt(psbt, seed_of("cold"))
    except ColdsignError:
        pass  # refused in our words: what a hostile field may get


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
@pytest.mark.parametrize(
    "kind",
    [
        "p2sh_redeem_script",
        "p2wsh_witness_script",
        "final_scriptsig",
        "unknown_record",
        "spent_script",
    ],
)
def test_an_input_field_at_a_length_boundary_is_judged_not_crashed_on(kind: str, size: int) -> None:
    _judged(_big_input_record, kind, size)


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
@pytest.mark.parametrize("kind", ["output_script", "output_redeem_script", "output_witness_script"])
def test_an_output_field_at_a_length_boundary_is_judged_not_crashed_on(
    kind: str, size: int
) -> None:
    _judged(_big_output, kind, size)
