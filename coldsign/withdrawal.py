"""A withdrawal as the signer sees it: the payload, its decoded transaction, and the facts and
verdict the policy draws from them. Pure: no I/O, no printing (the CLI loads files and state).

Parse once, show, sign that object: the `Withdrawal` built here is the one reviewed, checked and
signed (STYLE.md principle 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coldsign.codec.payload import Payload
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.policy.checks import OutputFact, TxFacts
from coldsign.policy.config import AssetRule, Chain, Policy
from coldsign.units import Network

SIGHASH_DEFAULT, SIGHASH_ALL = 0x00, 0x01


@dataclass(frozen=True)
class Withdrawal:
    payload: Payload
    chain: Chain
    network: Network | None
    psbt: Any = None  # coldsign.codec.psbt.Psbt for Bitcoin
    summary: Any = None  # coldsign.chains.bitcoin.summary.SpendSummary for Bitcoin
    evm_tx: Any = None  # coldsign.chains.evm.tx.LegacyTx | AccessListTx | Eip1559Tx for EVM
    sender: Any = None  # coldsign.chains.evm.address.Address for EVM


def decode_withdrawal(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError if it does not decode)."""
    try:
        chain = Chain(payload.chain)
    except ValueError:
        raise DecodeError("payload", f"chain {payload.chain!r} is not supported") from None
    if chain is Chain.ETHEREUM:
        from coldsign.chains.evm.address import Address
        from coldsign.chains.evm.tx import decode_unsigned

        if payload.chain_id is None or payload.chain_id < 1:
            raise DecodeError("payload", "an EVM payload needs a chain id of at least 1")
        if payload.network is not None:
            raise DecodeError("payload", "an EVM payload has a chain id, not a network")
        sender = Address(payload.sender) if payload.sender is not None else None
        return Withdrawal(
            payload, chain, None, evm_tx=decode_unsigned(payload.transaction), sender=sender
        )
    from coldsign.codec.psbt import parse_psbt

    network = Network.parse(payload.network or "")
    return Withdrawal(payload, chain, network, psbt=parse_psbt(payload.transaction))


def bitcoin_tx_material(psbt: Any) -> bytes:
    """The unsigned transaction and every spent output, for the approval digest.

    An input without UTXO data cannot be approved: its amount (and so the fee) is unknown.
    """
    from coldsign.policy.approval import bitcoin_tx_material as material

    spent = []
    missing = []
    for i in range(len(psbt.inputs)):
        out = psbt.spent_output(i)
        if out is None:
            missing.append(f"input {i}: no UTXO data, so its amount cannot be approved")
        else:
            spent.append((out.amount_sat, out.script_pubkey))
    if missing:
        raise PolicyViolation(missing)
    return material(psbt.unsigned_tx().serialize(witness=False), spent)


def tx_material(w: Withdrawal) -> bytes:
    """What the approval digest covers for this withdrawal's transaction."""
    if w.chain is Chain.ETHEREUM:
        if w.sender is None:
            raise PolicyViolation(["sender: the payload does not name the sending account"])
        from coldsign.chains.evm.policy import evm_tx_material

        return evm_tx_material(w.sender, w.evm_tx)
    return bitcoin_tx_material(w.psbt)


def wallets_for(policy: Policy, network: Network) -> list[Any]:
    """The policy's Bitcoin wallets on `network` as `coldsign.chains.bitcoin.wallet.Wallet` objects."""
    from coldsign.chains.bitcoin.wallet import Wallet

    return [
        Wallet.from_descriptor(w.descriptor or "", network) for w in policy.bitcoin_wallets(network)
    ]


def bitcoin_facts(w: Withdrawal, policy: Policy) -> tuple[TxFacts, Any]:
    """Classify inputs and outputs against the policy's wallets (change only by re-derivation)."""
    from coldsign.chains.bitcoin.summary import analyze

    assert w.network is not None
    wallets = wallets_for(policy, w.network)
    if not wallets:
        raise PolicyViolation([f"network: the policy has no Bitcoin wallet on {w.network.value}"])
    summary = analyze(w.psbt, wallets[0] if len(wallets) == 1 else wallets)
    refusals: list[str] = []
    asset = asset_for(w, policy)
    for inp in summary.inputs:
        if not inp.ours:
            refusals.append(f"input {inp.index}: does not belong to the policy's wallet")
        if inp.amount_sat is None:
            refusals.append(f"input {inp.index}: no UTXO data")
        elif asset is not None and asset.require_previous_tx and not inp.amount_proven:
            refusals.append(
                f"input {inp.index}: segwit v0 input without its previous transaction "
                "(non_witness_utxo); the policy requires it to prove the amount"
            )
    for i, m in enumerate(w.psbt.inputs):
        if m.sighash_type not in (None, SIGHASH_ALL) and not (
            m.sighash_type == SIGHASH_DEFAULT and m.tap_internal_key
        ):
            refusals.append(
                f"input {i}: sighash type {m.sighash_type:#x} is not SIGHASH_ALL/DEFAULT"
            )
    outputs = tuple(
        OutputFact(o.index, o.address, o.amount_sat, o.change, o.script_pubkey.hex())
        for o in summary.outputs
    )
    facts = TxFacts(
        tx_material=bitcoin_tx_material(w.psbt),
        asset_symbol_hint=f"bitcoin {w.network.value}",
        outputs=outputs,
        fee=summary.fee_sat or 0,
        fee_rate=summary.fee_rate,
        refusals=tuple(refusals),
        warnings=tuple(summary.warnings),
    )
    return facts, summary


def asset_for(w: Withdrawal, policy: Policy) -> AssetRule | None:
    """The asset rule `w` is judged by (velocity sums and caps are per asset)."""
    if w.chain is Chain.ETHEREUM:
        from coldsign.chains.evm.policy import asset_for_tx

        return asset_for_tx(policy, w.payload.chain_id or 0, w.evm_tx)
    return policy.asset_for(Chain.BITCOIN, network=w.network)


def chain_facts(w: Withdrawal, policy: Policy) -> tuple[TxFacts, AssetRule | None, Any]:
    """The chain module's facts, the asset rule and the review summary for `w`."""
    if w.chain is Chain.ETHEREUM:
        from coldsign.chains.evm.policy import evm_facts

        return evm_facts(w.payload.chain_id, w.sender, w.evm_tx, policy)
    facts, summary = bitcoin_facts(w, policy)
    return facts, asset_for(w, policy), summary


def nonce_key(w: Withdrawal) -> str:
    """The spend ledger's replay key ("chain:address:nonce") for EVM; "" for Bitcoin, whose
    inputs cannot be spent twice anyway."""
    if w.chain is Chain.ETHEREUM and w.sender is not None:
        from coldsign.chains.evm.policy import replay_key

        return replay_key(w.payload.chain_id or 0, w.sender, w.evm_tx.nonce)
    return ""


def review(
    w: Withdrawal,
    trusted: Any,
    *,
    now: int,
    spent_in_window: int,
    previous_digest_for_id: str | None,
    previous_digest_for_nonce: str | None = None,
) -> tuple[Any, Any]:
    """Facts and the full verdict for `w` under `trusted` (a `coldsign.policy.checks.Trusted`)."""
    from coldsign.policy.checks import LedgerView, evaluate

    policy: Policy = trusted.policy
    facts, asset, summary = chain_facts(w, policy)
    ledger = LedgerView(spent_in_window, previous_digest_for_id, previous_digest_for_nonce)
    verdict = evaluate(w.payload, facts, trusted, asset, ledger, now=now)
    return verdict, summary
