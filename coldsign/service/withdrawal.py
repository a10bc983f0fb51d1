"""A withdrawal as the signer sees it: the payload, its decoded transaction, and the review.

Parse once, show, sign that object (STYLE.md principle 3): the `Withdrawal` decoded here is the
one reviewed, checked and signed. Pure: no I/O, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass

from coldsign import chains
from coldsign.chains.base import ChainModule, ChainReview, ChainTransaction
from coldsign.codec.payload import Payload
from coldsign.policy.checks import LedgerReader, Trusted, TxFacts, Verdict, evaluate


@dataclass(frozen=True)
class Withdrawal:
    """A decoded payload: its chain module and transaction."""

    payload: Payload
    module: ChainModule
    tx: ChainTransaction


@dataclass(frozen=True)
class Review:
    """Everything the operator reviews and the signer decides by: the facts, the verdict with
    every reason, and the chain's own lines (txid, inputs, fee rate or gas)."""

    withdrawal: Withdrawal
    trusted: Trusted
    facts: TxFacts
    verdict: Verdict
    chain: ChainReview
    now: int

    @property
    def payload(self) -> Payload:
        return self.withdrawal.payload


def decode_withdrawal(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, module.decode(payload))


def review(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)
