"""Approvals inside a payload, checked against the recomputed digest: parse_payload, the chain
module's analysis (the transaction material the digest covers), then
coldsign.policy.approval.approval_digest / digest_words / check_approvals, with untrusted keys,
times and signatures, and the initiator signature (issue 12.7).

Input: four control bytes, then the payload bytes. The policy's approver set is made from the
payload's own approval keys (the control bytes choose which are members and their names, so
duplicates, the initiator, unknown keys, expiry and future times are all reached), and its
initiator set from the payload's initiator key -- the signatures in the seed corpus then
verify, and mutations break them.
Allowed: DecodeError (payload or its transaction), PolicyViolation (the transaction cannot be
approved: missing UTXO data or EVM sender). check_approvals itself must never raise.
Differential check: every approver counted as valid has a signature that coincurve's BIP-340
verifier accepts over the recomputed approval message, and is within the time window; an
authenticated initiator has a signature coincurve accepts over the initiation message.
"""

from __future__ import annotations

from dataclasses import replace

import _fixtures
import _harness
import coincurve

from coldsign.codec.payload import parse_payload
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.policy.approval import (
    approval_digest,
    approval_message,
    check_approvals,
    digest_words,
    initiation_message,
)
from coldsign.policy.documents import Member
from coldsign.service.withdrawal import decode_withdrawal

LIFETIME = 86_400
OUTSIDER = bytes.fromhex("02" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")


def _verifies(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        return bool(coincurve.PublicKeyXOnly(public_key[1:]).verify(signature, message))
    except ValueError:
        return False


def one_input(data: bytes) -> None:
    if len(data) < 4:
        return
    members, names, offset, flags = data[0], data[1], data[2], data[3]
    payload = parse_payload(data[4:])
    w = decode_withdrawal(payload)
    analysis = w.module.analyze(payload, w.tx, _fixtures.POLICY)
    digest = approval_digest(payload, analysis.facts.tx_material)
    assert len(digest_words(digest)) == 12
    approvers = [("outsider", OUTSIDER)]
    for index, approval in enumerate(payload.approvals):
        if members >> (index % 8) & 1:
            name = f"approver{index % (1 + names % 4)}"
            if names & 0x80 and index == 0:
                name = payload.initiator
            approvers.append((name, approval.public_key))
    initiators: tuple[Member, ...] = ()
    if flags & 2:
        sig = payload.initiator_signature
        key = sig.public_key if sig is not None and not flags & 4 else OUTSIDER
        initiators = (Member(payload.initiator if not flags & 8 else "mallory", key),)
    newest = max((a.approved_at for a in payload.approvals), default=payload.created)
    now = max(0, newest + (offset - 128) * 1200)
    policy = replace(
        _fixtures.POLICY,
        approvers=tuple(Member(name, key) for name, key in approvers),
        initiators=initiators,
        approval_lifetime_seconds=LIFETIME,
        initiator_may_approve=bool(flags & 1),
    )
    check = check_approvals(payload, digest, policy, now=now)
    if check.initiator is not None and initiators:
        sig = payload.initiator_signature
        if not (
            sig is not None
            and check.initiator == payload.initiator
            and any(m.public_key[1:] == sig.public_key[1:] for m in initiators)
            and _verifies(sig.public_key, initiation_message(digest), sig.signature)
        ):
            raise _harness.ContractViolation("initiator authenticated without a valid signature")
    names_by_key = {key[1:]: name for name, key in approvers}
    for name in check.valid_approvers:
        witnesses = [
            a
            for a in payload.approvals
            if names_by_key.get(a.public_key[1:]) == name
            and _verifies(a.public_key, approval_message(digest, a.approved_at), a.signature)
            and a.approved_at <= now + 300
            and now <= a.approved_at + LIFETIME
        ]
        if not witnesses:
            raise _harness.ContractViolation(f"approver {name} counted without a valid signature")
    if len(set(check.valid_approvers)) != len(check.valid_approvers):
        raise _harness.ContractViolation("an approver was counted twice")


TARGET = _harness.Target(
    "approvals", one_input, allowed=(DecodeError, PolicyViolation), max_len=8192
)

if __name__ == "__main__":
    _harness.main(TARGET)
