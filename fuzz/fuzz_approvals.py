"""Approvals inside a payload, checked against the recomputed digest: parse_payload, then
coldsign.policy.approval.approval_digest / digest_words / check_approvals, with untrusted keys,
times and signatures.

Input: four control bytes, then the payload bytes. The policy's approver set is made from the
payload's own approval keys (the control bytes choose which are members and their names, so
duplicates, the initiator, unknown keys, expiry and future times are all reached) -- the
signatures in the seed corpus then verify, and mutations break them.
Allowed: DecodeError (payload or its transaction), PolicyViolation (the transaction cannot be
approved: missing UTXO data or EVM sender). check_approvals itself must never raise.
Differential check: every approver counted as valid has a signature that coincurve's BIP-340
verifier accepts over the recomputed approval message, and is within the time window.
"""

from __future__ import annotations

import _harness
import coincurve

from coldsign.codec.payload import parse_payload
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.policy.approval import (
    approval_digest,
    approval_message,
    check_approvals,
    digest_words,
)
from coldsign.withdrawal import decode_withdrawal, tx_material

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
    digest = approval_digest(payload, tx_material(w))
    assert len(digest_words(digest)) == 12
    approvers = [("outsider", OUTSIDER)]
    for index, approval in enumerate(payload.approvals):
        if members >> (index % 8) & 1:
            name = f"approver{index % (1 + names % 4)}"
            if names & 0x80 and index == 0:
                name = payload.initiator
            approvers.append((name, approval.public_key))
    newest = max((a.approved_at for a in payload.approvals), default=payload.created)
    now = max(0, newest + (offset - 128) * 1200)
    check = check_approvals(
        payload,
        digest,
        approvers,
        now=now,
        lifetime_seconds=LIFETIME,
        initiator_may_approve=bool(flags & 1),
    )
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
