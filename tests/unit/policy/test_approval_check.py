"""Approval verification (docs/design.md §2-3): which approvals count, and the exact reason for
each one that does not. Real BIP-340 signatures by role keys against a real parsed policy; every
test asserts the full outcome (counted approvers, problem codes, refusal codes, initiator), so a
flipped comparison or a dropped check that lets a wrong approval count is caught."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from coldsign import chains
from coldsign.codec.payload import Approval, InitiatorSignature, Payload
from coldsign.keys.rolekey import Role, RoleKey, schnorr_sign
from coldsign.policy.approval import (
    CLOCK_SKEW_SECONDS,
    ApprovalCheck,
    approval_message,
    check_approvals,
    check_initiator,
    initiation_message,
    make_approval,
    make_initiator_signature,
)
from coldsign.policy.config import Policy
from coldsign.policy.trust import policy_from_bytes
from tests.cli.guarded.conftest import policy_toml, wpkh_descriptor

NOW = 1_900_000_000
LIFETIME = 86_400  # policy_toml's approval_lifetime = "24h"


def role_key(role: Role, name: str) -> RoleKey:
    """A deterministic role key, so a failure reproduces with the same signatures' keys."""
    return RoleKey(role, name, hashlib.sha256(f"test-key:{name}".encode()).digest())


KEYS = {n: role_key(Role.ADMIN, n) for n in ("a1", "a2", "a3")}
KEYS |= {n: role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol", "mallory")}
KEYS["ivan"] = role_key(Role.INITIATOR, "ivan")
PUBS = {n: k.public_key.hex() for n, k in KEYS.items()}
DESCRIPTOR = wpkh_descriptor()
INITIATORS = f'[initiators]\nmembers = [ {{ name = "ivan", key = "{PUBS["ivan"]}" }} ]\n'

# The policy with an [initiators] section (the initiator must sign) and the one without (the
# initiator is the name the online side typed).
WITH_INITIATORS = policy_from_bytes(
    policy_toml(PUBS, DESCRIPTOR, extra=INITIATORS).encode(), chains.SPECS
).policy
WITHOUT_INITIATORS = policy_from_bytes(policy_toml(PUBS, DESCRIPTOR).encode(), chains.SPECS).policy

DIGEST = hashlib.sha256(b"the withdrawal under approval").digest()
OTHER_DIGEST = hashlib.sha256(b"another withdrawal").digest()

BASE = Payload(
    chain="bitcoin",
    network="testnet",
    withdrawal_id="wd-1",
    created=NOW - 60,
    expires=NOW + 86_400,
    initiator="ivan",
    policy_hash=bytes(32),
    whitelist_hash=bytes(32),
    transaction=b"psbt",
)


def approval(name: str, at: int = NOW, digest: bytes = DIGEST) -> Approval:
    return make_approval(KEYS[name], digest, at)


def initiated(p: Payload = BASE, digest: bytes = DIGEST, by: str = "ivan") -> Payload:
    return replace(p, initiator_signature=make_initiator_signature(KEYS[by], digest))


def check(
    *approvals: Approval, policy: Policy = WITH_INITIATORS, p: Payload | None = None,
    now: int = NOW,
) -> ApprovalCheck:  # fmt: skip
    base = initiated() if p is None else p
    return check_approvals(replace(base, approvals=approvals), DIGEST, policy, now=now)


def codes(reasons: tuple[object, ...]) -> list[tuple[str, str | None]]:
    return [(r.code, r.approver) for r in reasons]  # type: ignore[attr-defined]


# --- the signed messages ----------------------------------------------------------------------


def test_make_approval_signs_the_approval_message_of_the_digest_and_time() -> None:
    from coldsign.keys.rolekey import schnorr_verify

    a = approval("alice", NOW - 5)
    assert (a.public_key, a.approved_at) == (KEYS["alice"].public_key, NOW - 5)
    assert schnorr_verify(a.public_key, approval_message(DIGEST, NOW - 5), a.signature)
    assert not schnorr_verify(a.public_key, approval_message(DIGEST, NOW - 4), a.signature)
    s = make_initiator_signature(KEYS["ivan"], DIGEST)
    assert s.public_key == KEYS["ivan"].public_key
    assert schnorr_verify(s.public_key, initiation_message(DIGEST), s.signature)
    assert not schnorr_verify(s.public_key, approval_message(DIGEST, 0), s.signature)


# --- counting ----------------------------------------------------------------------------------


def test_distinct_valid_approvals_count_in_order() -> None:
    result = check(approval("bob"), approval("alice"), approval("carol"))
    assert result == ApprovalCheck(("bob", "alice", "carol"), (), (), "ivan")


def test_no_approvals_count_nothing() -> None:
    assert check() == ApprovalCheck((), (), (), "ivan")


def test_an_outsider_key_is_a_problem_and_later_approvals_still_count() -> None:
    result = check(approval("mallory"), approval("alice"))
    assert result.valid_approvers == ("alice",)
    assert codes(result.problems) == [("approval.unknown_key", None)]
    assert result.refusals == ()
    hex16 = KEYS["mallory"].public_key.hex()[:16]
    assert result.problems[0].message == (
        f"approval 0 (unknown key {hex16}): key is not an approver in the policy"
    )


def test_an_initiator_or_admin_key_is_no_approver_key() -> None:
    forged = [make_approval(KEYS[n], DIGEST, NOW) for n in ("ivan", "a1")]
    result = check(*forged)
    assert result.valid_approvers == ()
    assert codes(result.problems) == [("approval.unknown_key", None)] * 2


@pytest.mark.parametrize(
    "bad",
    [
        approval("alice", digest=OTHER_DIGEST),  # made for another withdrawal
        replace(approval("alice", NOW - 10), approved_at=NOW - 11),  # time changed afterwards
        replace(approval("alice"), signature=approval("bob").signature),  # someone else's
        replace(approval("alice"), signature=bytes(64)),
        Approval(
            KEYS["alice"].public_key, NOW, schnorr_sign(KEYS["alice"], DIGEST)
        ),  # the bare digest, not the domain-separated approval message
    ],
    ids=["other-digest", "time-changed", "other-signature", "zero-signature", "bare-digest"],
)
def test_a_signature_not_over_this_digest_is_a_problem_naming_the_approver(
    bad: Approval,
) -> None:
    result = check(bad, approval("bob"))
    assert result.valid_approvers == ("bob",)
    assert codes(result.problems) == [("approval.bad_signature", "alice")]
    assert result.refusals == ()
    assert result.problems[0].message == (
        "approval 0 (alice): signature does not match this withdrawal's approval digest"
    )


def test_the_clock_skew_allowance_is_inclusive() -> None:
    at_limit = check(approval("alice", NOW + CLOCK_SKEW_SECONDS), approval("bob"))
    assert at_limit == ApprovalCheck(("alice", "bob"), (), (), "ivan")
    beyond = check(approval("alice", NOW + CLOCK_SKEW_SECONDS + 1), approval("bob"))
    assert beyond.valid_approvers == ("bob",) and beyond.problems == ()
    assert codes(beyond.refusals) == [("approval.from_future", "alice")]
    assert beyond.refusals[0].message == "approval 0 (alice): approved in the future (clock skew?)"


def test_the_skew_is_300_seconds() -> None:
    assert CLOCK_SKEW_SECONDS == 300


def test_an_approval_is_valid_for_exactly_the_policy_lifetime() -> None:
    assert WITH_INITIATORS.approval_lifetime_seconds == LIFETIME
    at_end = check(approval("alice", NOW - LIFETIME), approval("bob"))
    assert at_end.valid_approvers == ("alice", "bob") and at_end.refusals == ()
    expired = check(approval("alice", NOW - LIFETIME - 1), approval("bob"))
    assert expired.valid_approvers == ("bob",) and expired.problems == ()
    assert codes(expired.refusals) == [("approval.expired", "alice")]
    assert expired.refusals[0].message == (
        "approval 0 (alice): expired (older than the policy's approval lifetime)"
    )


def test_the_same_approver_counts_once() -> None:
    result = check(approval("alice", NOW - 1), approval("alice", NOW - 2), approval("bob"))
    assert result.valid_approvers == ("alice", "bob")
    assert codes(result.refusals) == [("approval.duplicate", "alice")]
    assert result.refusals[0].message == "approval 1 (alice): alice already approved; counted once"


def test_a_refused_approval_does_not_count_as_the_first_of_a_duplicate() -> None:
    """An expired approval then a valid one by the same approver: the valid one counts."""
    result = check(approval("alice", NOW - LIFETIME - 1), approval("alice"))
    assert result.valid_approvers == ("alice",)
    assert codes(result.refusals) == [("approval.expired", "alice")]


def test_every_problem_and_refusal_is_reported_together() -> None:
    result = check(
        approval("mallory"),
        approval("alice", digest=OTHER_DIGEST),
        approval("bob", NOW + 3600),
        approval("carol", NOW - 2 * LIFETIME),
        approval("alice"),
        approval("alice"),
    )
    assert result.valid_approvers == ("alice",)
    assert codes(result.problems) == [
        ("approval.unknown_key", None),
        ("approval.bad_signature", "alice"),
    ]
    assert codes(result.refusals) == [
        ("approval.from_future", "bob"),
        ("approval.expired", "carol"),
        ("approval.duplicate", "alice"),
    ]
    assert [r.message.split(":")[0] for r in result.problems + result.refusals] == [
        f"approval 0 (unknown key {KEYS['mallory'].public_key.hex()[:16]})",
        "approval 1 (alice)",
        "approval 2 (bob)",
        "approval 3 (carol)",
        "approval 5 (alice)",
    ]


# --- self-approval -----------------------------------------------------------------------------


def test_the_initiator_may_not_approve_unless_the_policy_allows_it() -> None:
    as_alice = replace(BASE, initiator="alice")
    result = check(approval("alice"), approval("bob"), policy=WITHOUT_INITIATORS, p=as_alice)
    assert result.valid_approvers == ("bob",)
    assert result.initiator == "alice" and result.problems == ()
    assert codes(result.refusals) == [("approval.self_approval", "alice")]
    assert result.refusals[0].message == (
        "approval 0 (alice): the initiator may not approve their own withdrawal"
    )
    lenient = replace(WITHOUT_INITIATORS, initiator_may_approve=True)
    allowed = check(approval("alice"), approval("bob"), policy=lenient, p=as_alice)
    assert allowed == ApprovalCheck(("alice", "bob"), (), (), "alice")


def test_an_unauthenticated_initiator_name_still_cannot_approve() -> None:
    """With initiators listed but the initiator signature missing, the stated name still bars
    self-approval (the payload is refused for the signature anyway; the reasons list both)."""
    as_alice = replace(BASE, initiator="alice")
    result = check(approval("alice"), approval("bob"), p=as_alice)
    assert result.initiator is None
    assert codes(result.problems) == [("initiator.unsigned", None)]
    assert result.valid_approvers == ("bob",)
    assert codes(result.refusals) == [("approval.self_approval", "alice")]


def test_the_authenticated_initiator_is_the_one_barred() -> None:
    result = check(approval("alice"), approval("bob"), approval("carol"))
    assert result == ApprovalCheck(("alice", "bob", "carol"), (), (), "ivan")


# --- the initiator -----------------------------------------------------------------------------


def test_without_an_initiators_section_the_typed_name_is_the_initiator() -> None:
    assert check_initiator(BASE, DIGEST, WITHOUT_INITIATORS) == ("ivan", None)
    # A signature is not checked when no initiator is listed (there is no key to check it with).
    junk = replace(BASE, initiator_signature=InitiatorSignature(bytes(33), bytes(64)))
    assert check_initiator(junk, DIGEST, WITHOUT_INITIATORS) == ("ivan", None)


def test_a_valid_initiator_signature_authenticates_the_initiator() -> None:
    assert check_initiator(initiated(), DIGEST, WITH_INITIATORS) == ("ivan", None)


def initiator_refusal(p: Payload) -> tuple[str, str, str | None]:
    name, reason = check_initiator(p, DIGEST, WITH_INITIATORS)
    assert name is None and reason is not None
    return reason.code, reason.message, reason.field


def test_an_unsigned_payload_is_refused_when_initiators_are_listed() -> None:
    assert initiator_refusal(BASE) == (
        "initiator.unsigned",
        "initiator: the policy lists initiators, and the payload carries no initiator "
        "signature (build it with --initiator-key)",
        "initiator",
    )


def test_a_key_outside_the_initiators_is_refused() -> None:
    p = initiated(by="alice")  # an approver's key is not an initiator key
    assert initiator_refusal(p) == (
        "initiator.unknown_key",
        f"initiator: key {PUBS['alice'][:16]}… is not an initiator of the policy",
        "initiator",
    )


@pytest.mark.parametrize(
    "signature",
    [
        make_initiator_signature(KEYS["ivan"], OTHER_DIGEST),
        InitiatorSignature(
            KEYS["ivan"].public_key, make_approval(KEYS["ivan"], DIGEST, NOW).signature
        ),
        InitiatorSignature(KEYS["ivan"].public_key, schnorr_sign(KEYS["ivan"], DIGEST)),
    ],
    ids=["other-digest", "approval-message", "bare-digest"],
)
def test_an_initiator_signature_not_over_this_digest_is_refused(
    signature: InitiatorSignature,
) -> None:
    p = replace(BASE, initiator_signature=signature)
    assert initiator_refusal(p) == (
        "initiator.bad_signature",
        "initiator: ivan's signature does not match this payload's digest",
        "initiator",
    )


def test_the_signer_must_be_the_named_initiator() -> None:
    p = initiated(replace(BASE, initiator="ivana"))
    assert initiator_refusal(p) == (
        "initiator.name_mismatch",
        "initiator: the payload names 'ivana' but was signed by ivan",
        "initiator",
    )


def test_an_initiator_problem_is_listed_first_and_approvals_still_judged() -> None:
    p = initiated(replace(BASE, initiator="ivana"))
    result = check(approval("alice"), approval("bob"), p=p)
    assert result.initiator is None
    assert codes(result.problems) == [("initiator.name_mismatch", None)]
    assert result.valid_approvers == ("alice", "bob") and result.refusals == ()
