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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_decode_withdrawal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_withdrawal__mutmut)
def decode_withdrawal(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, module.decode(payload))


def x_decode_withdrawal__mutmut_orig(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, module.decode(payload))


def x_decode_withdrawal__mutmut_1(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = None
    return Withdrawal(payload, module, module.decode(payload))


def x_decode_withdrawal__mutmut_2(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(None)
    return Withdrawal(payload, module, module.decode(payload))


def x_decode_withdrawal__mutmut_3(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(None, module, module.decode(payload))


def x_decode_withdrawal__mutmut_4(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, None, module.decode(payload))


def x_decode_withdrawal__mutmut_5(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, None)


def x_decode_withdrawal__mutmut_6(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(module, module.decode(payload))


def x_decode_withdrawal__mutmut_7(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module.decode(payload))


def x_decode_withdrawal__mutmut_8(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, )


def x_decode_withdrawal__mutmut_9(payload: Payload) -> Withdrawal:
    """Decode the transaction inside `payload` (DecodeError, exit 3, if it does not decode)."""
    module = chains.module(payload.chain)
    return Withdrawal(payload, module, module.decode(None))

mutants_x_decode_withdrawal__mutmut['_mutmut_orig'] = x_decode_withdrawal__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_1'] = x_decode_withdrawal__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_2'] = x_decode_withdrawal__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_3'] = x_decode_withdrawal__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_4'] = x_decode_withdrawal__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_5'] = x_decode_withdrawal__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_6'] = x_decode_withdrawal__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_7'] = x_decode_withdrawal__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_8'] = x_decode_withdrawal__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_withdrawal__mutmut['x_decode_withdrawal__mutmut_9'] = x_decode_withdrawal__mutmut_9 # type: ignore # mutmut generated
mutants_x_review__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_review__mutmut)
def review(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_orig(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_1(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = None
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_2(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(None, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_3(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, None, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_4(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, None)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_5(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_6(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_7(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, )
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_8(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = None
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_9(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(None, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_10(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, None, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_11(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, None, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_12(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, None, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_13(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=None)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_14(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_15(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_16(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_17(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_18(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, )
    return Review(w, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_19(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(None, trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_20(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, None, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_21(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, None, verdict, analysis.review, now)


def x_review__mutmut_22(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, None, analysis.review, now)


def x_review__mutmut_23(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, None, now)


def x_review__mutmut_24(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, None)


def x_review__mutmut_25(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(trusted, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_26(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, analysis.facts, verdict, analysis.review, now)


def x_review__mutmut_27(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, verdict, analysis.review, now)


def x_review__mutmut_28(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, analysis.review, now)


def x_review__mutmut_29(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, now)


def x_review__mutmut_30(w: Withdrawal, trusted: Trusted, ledger: LedgerReader, *, now: int) -> Review:
    """The facts and the full verdict for `w` under `trusted` and `ledger`."""
    analysis = w.module.analyze(w.payload, w.tx, trusted.policy)
    verdict = evaluate(w.payload, analysis.facts, trusted, ledger, now=now)
    return Review(w, trusted, analysis.facts, verdict, analysis.review, )

mutants_x_review__mutmut['_mutmut_orig'] = x_review__mutmut_orig # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_1'] = x_review__mutmut_1 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_2'] = x_review__mutmut_2 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_3'] = x_review__mutmut_3 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_4'] = x_review__mutmut_4 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_5'] = x_review__mutmut_5 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_6'] = x_review__mutmut_6 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_7'] = x_review__mutmut_7 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_8'] = x_review__mutmut_8 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_9'] = x_review__mutmut_9 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_10'] = x_review__mutmut_10 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_11'] = x_review__mutmut_11 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_12'] = x_review__mutmut_12 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_13'] = x_review__mutmut_13 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_14'] = x_review__mutmut_14 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_15'] = x_review__mutmut_15 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_16'] = x_review__mutmut_16 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_17'] = x_review__mutmut_17 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_18'] = x_review__mutmut_18 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_19'] = x_review__mutmut_19 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_20'] = x_review__mutmut_20 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_21'] = x_review__mutmut_21 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_22'] = x_review__mutmut_22 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_23'] = x_review__mutmut_23 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_24'] = x_review__mutmut_24 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_25'] = x_review__mutmut_25 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_26'] = x_review__mutmut_26 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_27'] = x_review__mutmut_27 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_28'] = x_review__mutmut_28 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_29'] = x_review__mutmut_29 # type: ignore # mutmut generated
mutants_x_review__mutmut['x_review__mutmut_30'] = x_review__mutmut_30 # type: ignore # mutmut generated
