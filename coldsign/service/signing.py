"""`sign`: docs/design.md §3 from the payload's bytes to a recorded signature, under one lock.

The run holds the signer home's exclusive lock from loading the trusted state to the commit, so
two runs serialize and the second sees the first's spend (issue 11.2). Steps, in order: read and
decode (3), the documents the log anchors and the audit head the payload expects (5), approvals,
destinations, fees, replay, caps and velocity (4/5, every reason at once), the operator's review
and confirmation (6), only then the seed, signing and self-verification, and one durable audit
record holding everything the ledger needs — before the caller may release the output. Every
refusal, a decline, a seed that fails to load and an internal error are recorded too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from coldsign import chains
from coldsign.codec.payload import WITHDRAWAL, Payload, parse_payload
from coldsign.errors import (
    AuthenticationError,
    Cancelled,
    ColdsignError,
    Reason,
    TransportError,
)
from coldsign.home.ledger import charge_details
from coldsign.home.signer_home import Clock, SignerHome
from coldsign.keys.secrets import Seed
from coldsign.policy.checks import Verdict
from coldsign.service.withdrawal import Review, decode_withdrawal, review

CLOCK_SKEW_SECONDS = 300


@dataclass(frozen=True)
class SignOutcome:
    """The signed payload (with the signer's new audit head), the verdict it was signed under
    (the review's, which `confirm` was shown), and the count of inputs signed (1 for an EVM
    transaction)."""

    payload: Payload
    verdict: Verdict
    inputs_signed: int
    audit_head: str


class _Context:
    """What a refusal record can name so far (the id and digest once known)."""

    withdrawal_id: str | None = None
    digest: str | None = None


def sign(
    home_path: Path,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    *,
    clock: Clock | None = None,
    waiting: Callable[[], None] | None = None,
) -> SignOutcome:
    """Check a payload against everything in docs/design.md §3 and sign it; record the outcome.

    `read` returns the payload's bytes (reading is inside the audited run, so an unreadable,
    oversize or unassembled input is recorded); `confirm` shows the review and raises Cancelled
    on no; `load_seed` is called only after every check passed and the operator confirmed.
    Raises the ColdsignError of the first failing step (after recording it).
    """
    with SignerHome.open(home_path, chains.SPECS, clock=clock, waiting=waiting) as home:
        context = _Context()
        try:
            return _sign(home, read, confirm, load_seed, context)
        except (ColdsignError, KeyboardInterrupt) as exc:
            error = exc if isinstance(exc, ColdsignError) else Cancelled("interrupted")
            home.record(
                "sign",
                decision="declined" if isinstance(error, Cancelled) else "refused",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=error.reasons(),
                details={
                    "exit_code": int(error.exit_code),
                    "codes": [r.code for r in error.details()],
                },
            )
            raise
        except Exception as exc:
            home.record(
                "sign",
                decision="failed",
                withdrawal_id=context.withdrawal_id,
                digest=context.digest,
                reasons=[f"internal error ({type(exc).__name__}); nothing was signed"],
                details={"exit_code": 1},
            )
            raise


def _sign(
    home: SignerHome,
    read: Callable[[], bytes],
    confirm: Callable[[Review], None],
    load_seed: Callable[[Review], Seed],
    context: _Context,
) -> SignOutcome:
    now = home.now()
    payload = parse_payload(read())
    context.withdrawal_id = payload.withdrawal_id
    w = decode_withdrawal(payload)
    _check_clock(home, now)
    trusted = home.trusted(now)
    rv = review(w, trusted, home.ledger, now=now)
    context.digest = rv.verdict.digest.hex()
    problems = _head_problems(home, payload)
    if problems:
        raise AuthenticationError([*problems, *rv.verdict.reasons()])
    rv.verdict.enforce()
    confirm(rv)
    seed = load_seed(rv)
    verdict, chain, scope, txid = rv.verdict, rv.facts.chain, rv.facts.scope, rv.chain.txid
    signed_object = _signed_object(payload, rv)
    # The review's analysis (an object per input, a sixth of the run's memory at 10,000 inputs)
    # is not needed to sign or to record: dropped before signing builds the output (issue 16).
    del rv
    try:
        signed = w.module.sign(payload, w.tx, seed, trusted.policy)
    finally:
        seed.wipe()
    asset = verdict.asset
    record = home.record(
        "sign",
        decision="signed",
        withdrawal_id=payload.withdrawal_id,
        digest=verdict.digest.hex(),
        details={
            "kind": payload.kind,
            "chain": chain,
            "scope": scope,
            "asset": asset.symbol if asset else None,
            "amount": str(verdict.amount),
            "fee": str(verdict.fee),
            "charges": charge_details(verdict.charges),
            "totals": charge_details(verdict.totals),
            "spends": list(verdict.spends),
            "replaces": payload.replaces,
            "txid": txid,
            "inputs_signed": signed.inputs_signed,
            "approvers": list(verdict.approvals.valid_approvers),
            "initiator": verdict.approvals.initiator or payload.initiator,
            "expected_head": payload.expected_head.hex() if payload.expected_head else None,
            "re_release": verdict.already_signed,
            # Which change addresses this signature used, so the online side can put the next
            # change at an unused index (issue 13.12; `payload build --used-from`).
            "change": [d.address for d in verdict.destinations if d.change and d.address],
            **signed_object,
        },
    )
    out = replace(signed.payload, signer_head=bytes.fromhex(record.hash))
    return SignOutcome(out, verdict, signed.inputs_signed, record.hash)


# What a message or proof signature signed, by hash, for the audit record (issue 15).
_SIGNED_KEYS = ("format", "address", "path", "wallet", "message_sha256", "signing_hash",
                "primary_type", "challenge", "total_sat")  # fmt: skip


def _signed_object(payload: Payload, rv: Review) -> dict[str, str | int | None]:
    if payload.kind == WITHDRAWAL:
        return {}
    shown = rv.chain.to_json()
    out: dict[str, str | int | None] = {}
    for key in _SIGNED_KEYS:
        value = shown.get(key)
        if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
            out[f"signed_{key}"] = value
    return out


def _check_clock(home: SignerHome, now: int) -> None:
    """Velocity windows, expiries and approval lifetimes read the clock: one that went back
    behind the last signature would reopen a window (exit 7: fix the clock)."""
    last = home.ledger.last_time
    if last is not None and now < last - CLOCK_SKEW_SECONDS:
        from datetime import UTC, datetime

        def stamp(t: int) -> str:
            return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")

        raise TransportError(
            f"the clock reads {stamp(now)}, before the last signature in the audit log "
            f"({stamp(last)}); set the clock right before signing"
        )


def _head_problems(home: SignerHome, payload: Payload) -> list[Reason]:
    """The payload names the signer audit head the online side last saw (`--after`); a home
    copied back from before it does not contain it (issue 11.4)."""
    if payload.expected_head is None or home.contains_head(payload.expected_head.hex()):
        return []
    return [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head "
            f"{payload.expected_head.hex()[:16]}…, which is not in this signer's log "
            f"(head {home.head[:16]}…): the home was rolled back or replaced",
            field="expected_head",
        )
    ]
