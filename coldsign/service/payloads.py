"""The rest of a payload's life: binding a new one, the initiator's signature, approvals,
combining copies, and finalizing. Pure: no I/O and no printing (the CLI reads files and asks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from coldsign import chains
from coldsign.chains.base import Finalized
from coldsign.codec.payload import WITHDRAWAL, Payload
from coldsign.errors import AuthenticationError, PolicyViolation, Reason
from coldsign.keys.rolekey import RoleKey
from coldsign.policy.approval import make_approval, make_initiator_signature
from coldsign.policy.checks import EmptyLedger, Trusted
from coldsign.policy.trust import (
    TrustedManifest,
    TrustedPolicy,
    verify_manifest,
    verify_policy_self,
)
from coldsign.service.withdrawal import Review, decode_withdrawal, review


@dataclass(frozen=True)
class NewPayload:
    """What the online side states about a new withdrawal, besides its transaction."""

    chain: str
    transaction: bytes
    withdrawal_id: str
    initiator: str
    created: int
    lifetime_seconds: int
    memo: str = ""
    network: str | None = None
    chain_id: int | None = None
    sender: bytes | None = None
    expected_head: bytes | None = None
    replaces: str | None = None
    request_id: bytes | None = None
    kind: str = WITHDRAWAL  # or "message" / "proof" (issue 15)


def trusted_documents(
    policy: TrustedPolicy,
    whitelist: TrustedManifest | None,
    denylist: TrustedManifest | None,
    *,
    now: int,
) -> Trusted:
    """Documents given as files (the online side, an approver's machine): the policy must carry
    its own admin quorum, each manifest the policy's quorum, unexpired (exit 5 otherwise)."""
    verify_policy_self(policy)
    for doc in (whitelist, denylist):
        if doc is not None:
            verify_manifest(doc, policy.policy, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def new_payload(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=request.chain_id,
        sender=request.sender,
        withdrawal_id=request.withdrawal_id,
        created=request.created,
        expires=request.created + request.lifetime_seconds,
        initiator=request.initiator,
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
        kind=request.kind,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def judge(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, EmptyLedger(), now=now)


def initiate(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def approval_refusals(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = rv.verdict.approvals.initiator or rv.payload.initiator
    if member.name == initiator and not policy.initiator_may_approve:
        reasons.append(
            Reason(
                "approval.self_approval",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def approve(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def combine(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)

    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=True) if identity(p) != identity(base)
    ]
    if different:
        raise AuthenticationError(
            [f"{n}: a different withdrawal (id, metadata or bindings differ)" for n in different]
        )
    transaction = chains.module(base.chain).combine(payloads)
    merged = replace(base, transaction=transaction)
    signed = [p.signed_transaction for p in payloads if p.signed_transaction is not None]
    if signed:
        if len(set(signed)) > 1:
            raise AuthenticationError(["the copies carry different signed transactions"])
        merged = replace(merged, signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def finalize(payload: Payload) -> Finalized:
    """The broadcastable transaction of a signed payload (exit 4 if signatures are missing)."""
    return chains.module(payload.chain).finalize(payload)


def on_home(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def home_documents(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        return home.trusted(home.now())
