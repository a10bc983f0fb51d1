"""Trusted documents (coldsign/policy/trust.py): which signed policy may replace the pinned one,
which whitelist or denylist may replace the accepted one, and why not. Anti-rollback is the
point: every comparison is tested at its boundary (same version, one newer, one older) with real
admin signatures over real parsed documents, and every refusal's text is asserted."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from coldsign import chains
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.policy.documents import (
    DocumentKind,
    DocumentSignature,
    SignedDocument,
    canonical_json,
)
from coldsign.policy.trust import (
    TrustedManifest,
    TrustedPolicy,
    load_manifest_document,
    load_policy_document,
    manifest_from_bytes,
    not_expired,
    policy_from_bytes,
    rotation_problems,
    succession_problems,
    verify_manifest,
    verify_policy_self,
)
from tests.cli.guarded.conftest import (
    HOT_WALLET,
    OTHER_WHITELISTED,
    policy_toml,
    whitelist_toml,
)
from tests.unit.policy.test_approval_check import DESCRIPTOR, KEYS, PUBS

WL = DocumentKind.WHITELIST
EXPIRES = "2040-01-01T00:00:00Z"
EXPIRES_AT = int(datetime(2040, 1, 1, tzinfo=UTC).timestamp())
NOW = EXPIRES_AT - 86_400


def signed(doc: SignedDocument, *names: str) -> SignedDocument:
    for name in names:
        key = KEYS[name]
        doc = doc.with_signature(
            DocumentSignature(name, key.public_key, schnorr_sign(key, doc.message()))
        )
    return doc


def schnorr_sign(key: object, message: bytes) -> bytes:
    from coldsign.keys.rolekey import schnorr_sign as sign

    return sign(key, message)  # type: ignore[arg-type]


def policy(
    *signers: str, version: int = 1, previous: str = "", threshold: int = 2, **kw: object
) -> TrustedPolicy:
    toml = policy_toml(PUBS, DESCRIPTOR, version=version, previous=previous, **kw)  # type: ignore[arg-type]
    toml = toml.replace("threshold = 2\n", f"threshold = {threshold}\n")
    trusted = policy_from_bytes(toml.encode(), chains.SPECS)
    return replace(trusted, document=signed(trusted.document, *signers))


def whitelist(
    *signers: str, version: int = 1, previous: str = "", expires: str = EXPIRES, cap: str = ""
) -> TrustedManifest:
    toml = whitelist_toml(version, expires, previous) + cap
    trusted = manifest_from_bytes(toml.encode(), WL, chains.SPECS)
    return replace(trusted, document=signed(trusted.document, *signers))


PINNED = policy("a1", "a2")


# --- decoding ----------------------------------------------------------------------------------


def test_toml_and_signed_json_give_the_same_policy() -> None:
    assert PINNED.document.signatures != ()
    again = policy_from_bytes(PINNED.document.serialize(), chains.SPECS)
    assert again == PINNED
    assert load_policy_document(PINNED.document.serialize(), chains.SPECS) == PINNED
    unsigned = policy()
    assert unsigned.document == SignedDocument(DocumentKind.POLICY, PINNED.policy.to_body(), ())
    assert unsigned.policy == PINNED.policy


def test_toml_and_signed_json_give_the_same_manifest() -> None:
    wl = whitelist("a1", "a2")
    assert manifest_from_bytes(wl.document.serialize(), WL, chains.SPECS) == wl
    assert load_manifest_document(wl.document.serialize(), WL, chains.SPECS) == wl
    assert [e.label for e in wl.manifest.entries] == ["Exchange 0", "Exchange 1"]
    assert whitelist().document == SignedDocument(WL, wl.manifest.to_body(), ())


def non_canonical(doc: SignedDocument, **extra: object) -> bytes:
    """`doc` serialized with its body changed in a way the parser accepts but does not keep
    (the hash is recomputed so only the canonical-form check can object)."""
    import hashlib
    import json

    outer = json.loads(doc.serialize())
    outer["body"] = {**outer["body"], **extra}
    outer["hash"] = hashlib.sha256(canonical_json(outer["body"])).hexdigest()
    return json.dumps(outer).encode()


def test_a_signed_policy_body_not_in_canonical_form_is_refused() -> None:
    body = PINNED.document.body
    assert isinstance(body, dict)
    data = non_canonical(PINNED.document, approval_lifetime="1440m")
    with pytest.raises(DecodeError) as info:
        policy_from_bytes(data, chains.SPECS)
    assert str(info.value.reason) == "body is not in canonical form"
    assert info.value.what == "signed policy"


def test_a_signed_manifest_body_not_in_canonical_form_is_refused() -> None:
    wl = whitelist("a1")
    data = non_canonical(wl.document, expires="2040-01-01T00:00:00+00:00")
    with pytest.raises(DecodeError) as info:
        manifest_from_bytes(data, WL, chains.SPECS)
    assert (info.value.what, info.value.reason) == (
        "signed whitelist",
        "body is not in canonical form",
    )


def test_unreadable_toml_names_the_document() -> None:
    for data, kind, what in (
        (b"version = ", None, "policy"),
        (b"\xff", None, "policy"),
        (b"version = ", WL, "whitelist"),
        (b"\xff", DocumentKind.DENYLIST, "denylist"),
    ):
        with pytest.raises(DecodeError) as info:
            if kind is None:
                policy_from_bytes(data, chains.SPECS)
            else:
                manifest_from_bytes(data, kind, chains.SPECS)
        assert info.value.what == what


def test_a_signed_document_of_another_kind_is_refused() -> None:
    with pytest.raises(DecodeError, match="not a whitelist"):
        manifest_from_bytes(PINNED.document.serialize(), WL, chains.SPECS)
    with pytest.raises(DecodeError, match="not a policy"):
        policy_from_bytes(whitelist("a1").document.serialize(), chains.SPECS)


# --- the policy's own quorum -------------------------------------------------------------------


def test_a_policy_carries_its_own_admin_quorum() -> None:
    assert verify_policy_self(PINNED) == ["a1", "a2"]
    assert verify_policy_self(policy("a3", "a1", "a2")) == ["a3", "a1", "a2"]
    with pytest.raises(AuthenticationError) as info:
        verify_policy_self(policy("a1"))
    assert info.value.reasons() == [
        "policy has 1 valid admin signature(s) of the 2 the policy itself requires"
    ]


# --- expiry --------------------------------------------------------------------------------------


def test_not_expired_boundary() -> None:
    assert not_expired(None, 10**12, "policy") == []
    assert not_expired(100.0, 99, "policy") == []
    assert not_expired(100.0, 100, "policy") == ["policy expired"]
    assert not_expired(100.0, 101, "whitelist") == ["whitelist expired"]


# --- whitelists and denylists against the policy -----------------------------------------------


def test_a_manifest_signed_by_the_policy_quorum_and_unexpired_is_accepted() -> None:
    verify_manifest(whitelist("a1", "a3"), PINNED.policy, now=NOW)  # raises on any problem
    verify_manifest(
        whitelist("a1", "a3"), PINNED.policy, now=EXPIRES_AT - 1
    )  # raises on any problem


def test_a_manifest_expires_at_its_expiry_instant() -> None:
    with pytest.raises(AuthenticationError) as info:
        verify_manifest(whitelist("a1", "a3"), PINNED.policy, now=EXPIRES_AT)
    assert info.value.reasons() == ["whitelist expired"]


def test_a_manifest_below_the_quorum_is_refused() -> None:
    with pytest.raises(AuthenticationError) as info:
        verify_manifest(whitelist("a2"), PINNED.policy, now=NOW)
    assert info.value.reasons() == [
        "whitelist has 1 valid admin signature(s) of the 2 the pinned policy requires"
    ]


def test_a_manifest_with_a_cap_in_an_unknown_asset_is_refused() -> None:
    cap = (
        f'\n[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\naddress = "{HOT_WALLET}"\n'
        'label = "capped"\nmax_per_tx = "0.1"\nasset = "LTC"\n'
    )
    wl = manifest_from_bytes(
        (whitelist_toml(1, EXPIRES, addresses=(OTHER_WHITELISTED,)) + cap).encode(),
        WL,
        chains.SPECS,
    )
    wl = replace(wl, document=signed(wl.document, "a1", "a2"))
    with pytest.raises(AuthenticationError) as info:
        verify_manifest(wl, PINNED.policy, now=NOW)
    assert info.value.reasons() == [
        "whitelist entry 1 (capped): its cap is in LTC, which is not an asset of the policy on "
        "bitcoin testnet"
    ]


def test_every_manifest_problem_is_listed_at_once() -> None:
    cap = (
        '\n[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\n'
        f'address = "{HOT_WALLET}"\nlabel = "capped"\nmax_per_tx = "0.123456789"\n'
        'asset = "BTC"\n'
    )
    wl = manifest_from_bytes(
        (whitelist_toml(1, EXPIRES, addresses=(OTHER_WHITELISTED,)) + cap).encode(),
        WL,
        chains.SPECS,
    )
    wl = replace(wl, document=signed(wl.document, "a1"))
    with pytest.raises(AuthenticationError) as info:
        verify_manifest(wl, PINNED.policy, now=EXPIRES_AT + 1)
    reasons = info.value.reasons()
    assert reasons[:2] == [
        "whitelist has 1 valid admin signature(s) of the 2 the pinned policy requires",
        "whitelist expired",
    ]
    assert len(reasons) == 3 and reasons[2].startswith("whitelist entry 1 (capped): ")


# --- policy rotation (anti-rollback) -----------------------------------------------------------


def test_a_newer_version_naming_the_pinned_one_and_signed_by_both_quorums_rotates() -> None:
    new = policy("a1", "a2", version=2, previous=PINNED.document.hash)
    assert rotation_problems(PINNED, new) == []
    skipping = policy("a1", "a3", version=7, previous=PINNED.document.hash)
    assert rotation_problems(PINNED, skipping) == []


@pytest.mark.parametrize("version", [2, 1])
def test_the_same_or_an_older_version_is_a_rollback(version: int) -> None:
    pinned = policy("a1", "a2", version=2)
    new = policy("a1", "a2", version=version, previous=pinned.document.hash,
                 max_per_tx="0.4")  # fmt: skip
    assert rotation_problems(pinned, new) == [
        f"policy version {version} is not newer than the pinned version 2 (rollback refused)"
    ]


def test_a_rotation_must_name_the_pinned_policy_as_previous() -> None:
    for previous in ("", "00" * 32, policy("a1", "a2", max_per_tx="0.4").document.hash):
        new = policy("a1", "a2", version=2, previous=previous)
        assert rotation_problems(PINNED, new) == [
            "policy `previous` is not the hash of the pinned policy"
        ]


def test_a_rotation_needs_the_pinned_quorum() -> None:
    """New admins cannot vote themselves in: the pinned admins must sign the rotation."""
    outsiders = ("alice", "bob")  # approver keys, not admins of either policy
    new = policy("a1", *outsiders, version=2, previous=PINNED.document.hash)
    problems = rotation_problems(PINNED, new)
    assert problems[:3] == [
        "policy has 1 valid admin signature(s) of the 2 the pinned policy requires",
        "signature 1 (alice): key is not an admin of the pinned policy",
        "signature 2 (bob): key is not an admin of the pinned policy",
    ]
    assert problems[3] == (
        "policy has 1 valid admin signature(s) of the 2 the policy itself requires"
    )


def test_a_rotation_needs_its_own_quorum() -> None:
    """Signed by the pinned admins a1 and a2, but the new policy's admins are a1 and a3 with
    threshold 2: only a1 of its own admins signed."""
    new = policy("a1", "a2", version=2, previous=PINNED.document.hash, admins=("a1", "a3"))
    assert rotation_problems(PINNED, new) == [
        "policy has 1 valid admin signature(s) of the 2 the policy itself requires",
        "signature 1 (a2): key is not an admin of the policy itself",
    ]


def test_a_rotation_is_held_to_the_pinned_threshold() -> None:
    """The pinned policy needs three admins; the new one says two are enough: two signatures do
    not meet the pinned threshold (a policy cannot lower its own bar in the same step)."""
    pinned = policy("a1", "a2", "a3", threshold=3)
    assert pinned.policy.admin_threshold == 3
    lowered = policy("a1", "a2", version=2, previous=pinned.document.hash)
    assert rotation_problems(pinned, lowered) == [
        "policy has 2 valid admin signature(s) of the 3 the pinned policy requires"
    ]
    assert (
        rotation_problems(pinned, replace(lowered, document=signed(lowered.document, "a3"))) == []
    )


def test_a_rotation_is_held_to_its_own_threshold() -> None:
    raised = policy("a1", "a2", version=2, previous=PINNED.document.hash, threshold=3)
    assert rotation_problems(PINNED, raised) == [
        "policy has 2 valid admin signature(s) of the 3 the policy itself requires"
    ]
    with pytest.raises(AuthenticationError):
        verify_policy_self(raised)
    assert verify_policy_self(replace(raised, document=signed(raised.document, "a3"))) == [
        "a1",
        "a2",
        "a3",
    ]


def test_every_rotation_problem_is_listed() -> None:
    new = policy("a1", version=1, previous="")
    assert rotation_problems(PINNED, new) == [
        "policy version 1 is not newer than the pinned version 1 (rollback refused)",
        "policy `previous` is not the hash of the pinned policy",
        "policy has 1 valid admin signature(s) of the 2 the pinned policy requires",
        "policy has 1 valid admin signature(s) of the 2 the policy itself requires",
    ]


# --- manifest succession (anti-rollback) -------------------------------------------------------


def test_the_next_manifest_names_the_accepted_one() -> None:
    current = whitelist("a1", "a2", version=3)
    assert succession_problems(current, whitelist(version=4, previous=current.document.hash)) == []
    assert succession_problems(current, whitelist(version=9, previous=current.document.hash)) == []


@pytest.mark.parametrize("version", [3, 2])
def test_the_same_or_an_older_manifest_version_is_a_rollback(version: int) -> None:
    current = whitelist(version=3)
    new = whitelist(version=version, previous=current.document.hash, expires="2041-01-01T00:00:00Z")
    assert succession_problems(current, new) == [
        f"whitelist version {version} is not newer than the accepted version 3 (rollback refused)"
    ]


def test_a_fork_beside_the_accepted_chain_is_refused() -> None:
    first = whitelist(version=1)
    accepted = whitelist(version=2, previous=first.document.hash)
    fork = whitelist(version=3, previous=first.document.hash, expires="2041-01-01T00:00:00Z")
    h = accepted.document.hash
    assert succession_problems(accepted, fork) == [
        f"whitelist `previous` is not the hash of the accepted version 2 ({h[:16]}…); import "
        "the versions in order"
    ]


def test_a_denylist_succession_names_the_denylist() -> None:
    toml = 'version = 2\nprevious = ""\nexpires = "2040-01-01T00:00:00Z"\n'
    current = manifest_from_bytes(toml.encode(), DocumentKind.DENYLIST, chains.SPECS)
    assert succession_problems(current, current) == [
        "denylist version 2 is not newer than the accepted version 2 (rollback refused)",
        f"denylist `previous` is not the hash of the accepted version 2 "
        f"({current.document.hash[:16]}…); import the versions in order",
    ]
