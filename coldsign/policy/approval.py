"""Approval digests and approvals (docs/design.md §2).

The approval digest binds an approval to exactly one withdrawal: the unsigned transaction (for
Bitcoin with every input's amount and scriptPubKey, so a changed fee or input is a different
digest; for EVM the sender and the unsigned RLP, which includes the chain id) together with the
payload kind, chain, network, chain id, withdrawal id, expiry, initiator, memo, the policy,
whitelist and denylist hashes, the signer audit head the payload expects (issue 11.4) and the
withdrawal it replaces. The signer always recomputes it from the transaction; a digest carried in
a payload is never trusted. The initiator signs the same digest (issue 12.7).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coldsign.codec.payload import Approval, InitiatorSignature, Payload
from coldsign.codec.reader import ONE_BYTE_SIZES, compact_size, var_bytes
from coldsign.codec.script import tagged_hash
from coldsign.errors import Reason
from coldsign.policy.config import Policy

if TYPE_CHECKING:
    from coldsign.keys.rolekey import RoleKey

DIGEST_TAG = "coldsign/approval/v2"
SIGNATURE_TAG = "coldsign/approval-signature/v1"
INITIATION_TAG = "coldsign/initiation/v1"
CLOCK_SKEW_SECONDS = 300  # an approval may be this far in the signer's future
WORDS_SHOWN = 12  # 132 bits of the digest, read aloud for cross-machine comparison


def bitcoin_tx_material(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    small = ONE_BYTE_SIZES
    for amount, script_pubkey in spent:
        # var_bytes(script_pubkey), its length from a table (every standard script is short):
        # three parts joined once, not two concatenations and two calls for each input
        n = len(script_pubkey)
        parts += (
            amount.to_bytes(8, "little"),
            small[n] if n < 0xFD else compact_size(n),
            script_pubkey,
        )
    return b"".join(parts)


def approval_digest(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def approval_message(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, "little"))


def digest_words(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


@dataclass(frozen=True)
class ApprovalCheck:
    """The outcome of checking a payload's initiator signature and approvals against the policy."""

    valid_approvers: tuple[str, ...]
    problems: tuple[Reason, ...]  # authentication problems (bad signatures, unknown keys)
    refusals: tuple[Reason, ...]  # policy problems (expired, self-approval, counted once)
    initiator: str | None = None  # the authenticated initiator (when the policy lists initiators)


def initiation_message(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(INITIATION_TAG, digest)


def check_initiator(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def check_approvals(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def make_approval(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )


def make_initiator_signature(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, initiation_message(digest)))
