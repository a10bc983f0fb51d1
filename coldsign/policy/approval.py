"""Approval digests and approvals (DESIGN.md §2).

The approval digest binds an approval to exactly one withdrawal: the unsigned transaction (for
Bitcoin with every input's amount and scriptPubKey, so a changed fee or input is a different
digest; for EVM the unsigned RLP, which includes the chain id) together with the chain, network,
withdrawal id, expiry, initiator, memo, policy hash, whitelist hash and denylist hash. The signer
always recomputes it from the transaction; a digest carried in a payload is never trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coldsign.codec.payload import Approval, Payload
from coldsign.codec.reader import var_bytes
from coldsign.codec.script import tagged_hash

DIGEST_TAG = "coldsign/approval/v1"
SIGNATURE_TAG = "coldsign/approval-signature/v1"
WORDS_SHOWN = 12  # 132 bits of the digest, read aloud for cross-machine comparison


def bitcoin_tx_material(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def approval_digest(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
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
    """The outcome of checking a payload's approvals against the policy."""

    valid_approvers: tuple[str, ...]
    problems: tuple[str, ...]  # authentication problems (bad signatures, unknown keys)
    refusals: tuple[str, ...]  # policy problems (expired, self-approval)


def check_approvals(
    payload: Payload,
    digest: bytes,
    approvers: Sequence[tuple[str, bytes]],
    *,
    now: int,
    lifetime_seconds: int,
    initiator_may_approve: bool,
) -> ApprovalCheck:
    """Verify each approval over the recomputed `digest`; count distinct policy approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each problem names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_xonly = {key[1:]: name for name, key in approvers}
    valid: list[str] = []
    problems: list[str] = []
    refusals: list[str] = []
    for index, approval in enumerate(payload.approvals):
        name = by_xonly.get(approval.public_key[1:])
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"
        if name is None:
            problems.append(f"{label}: key is not an approver in the policy")
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(f"{label}: signature does not match this withdrawal's approval digest")
            continue
        if approval.approved_at > now + 300:
            refusals.append(f"{label}: approved in the future (clock skew?)")
            continue
        if now > approval.approved_at + lifetime_seconds:
            refusals.append(f"{label}: expired (older than the policy's approval lifetime)")
            continue
        if name == payload.initiator and not initiator_may_approve:
            refusals.append(f"{label}: the initiator may not approve their own withdrawal")
            continue
        if name in valid:
            refusals.append(f"{label}: {name} already approved; counted once")
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals))


def make_approval(key: object, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import RoleKey, schnorr_sign

    assert isinstance(key, RoleKey)
    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )
