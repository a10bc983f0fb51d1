"""The rest of a payload's life: binding a new one, the initiator's signature, approvals,
combining copies, and finalizing. Pure: no I/O and no printing (the CLI reads files and asks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from coldsign import chains
from coldsign.chains.base import Finalized
from coldsign.codec.payload import Payload
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_trusted_documents__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trusted_documents__mutmut)
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


def x_trusted_documents__mutmut_orig(
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


def x_trusted_documents__mutmut_1(
    policy: TrustedPolicy,
    whitelist: TrustedManifest | None,
    denylist: TrustedManifest | None,
    *,
    now: int,
) -> Trusted:
    """Documents given as files (the online side, an approver's machine): the policy must carry
    its own admin quorum, each manifest the policy's quorum, unexpired (exit 5 otherwise)."""
    verify_policy_self(None)
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


def x_trusted_documents__mutmut_2(
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
        if doc is None:
            verify_manifest(doc, policy.policy, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_3(
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
            verify_manifest(None, policy.policy, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_4(
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
            verify_manifest(doc, None, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_5(
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
            verify_manifest(doc, policy.policy, now=None)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_6(
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
            verify_manifest(policy.policy, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_7(
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
            verify_manifest(doc, now=now)
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_8(
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
            verify_manifest(doc, policy.policy, )
    return Trusted(
        policy.policy,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_9(
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
        None,
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_10(
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
        None,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_11(
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
        None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_12(
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
        None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_13(
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
        None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_14(
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
        None,
    )


def x_trusted_documents__mutmut_15(
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
        policy.document.hash,
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_16(
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
        whitelist.manifest if whitelist else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_17(
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
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_18(
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
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_19(
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
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_20(
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
        )


def x_trusted_documents__mutmut_21(
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
        whitelist.manifest if (whitelist) and False else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_22(
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
        whitelist.manifest if (whitelist) or True else None,
        whitelist.document.hash if whitelist else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_23(
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
        whitelist.document.hash if (whitelist) and False else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_24(
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
        whitelist.document.hash if (whitelist) or True else None,
        denylist.manifest if denylist else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_25(
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
        denylist.manifest if (denylist) and False else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_26(
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
        denylist.manifest if (denylist) or True else None,
        denylist.document.hash if denylist else None,
    )


def x_trusted_documents__mutmut_27(
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
        denylist.document.hash if (denylist) and False else None,
    )


def x_trusted_documents__mutmut_28(
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
        denylist.document.hash if (denylist) or True else None,
    )

mutants_x_trusted_documents__mutmut['_mutmut_orig'] = x_trusted_documents__mutmut_orig # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_1'] = x_trusted_documents__mutmut_1 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_2'] = x_trusted_documents__mutmut_2 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_3'] = x_trusted_documents__mutmut_3 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_4'] = x_trusted_documents__mutmut_4 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_5'] = x_trusted_documents__mutmut_5 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_6'] = x_trusted_documents__mutmut_6 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_7'] = x_trusted_documents__mutmut_7 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_8'] = x_trusted_documents__mutmut_8 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_9'] = x_trusted_documents__mutmut_9 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_10'] = x_trusted_documents__mutmut_10 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_11'] = x_trusted_documents__mutmut_11 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_12'] = x_trusted_documents__mutmut_12 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_13'] = x_trusted_documents__mutmut_13 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_14'] = x_trusted_documents__mutmut_14 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_15'] = x_trusted_documents__mutmut_15 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_16'] = x_trusted_documents__mutmut_16 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_17'] = x_trusted_documents__mutmut_17 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_18'] = x_trusted_documents__mutmut_18 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_19'] = x_trusted_documents__mutmut_19 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_20'] = x_trusted_documents__mutmut_20 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_21'] = x_trusted_documents__mutmut_21 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_22'] = x_trusted_documents__mutmut_22 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_23'] = x_trusted_documents__mutmut_23 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_24'] = x_trusted_documents__mutmut_24 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_25'] = x_trusted_documents__mutmut_25 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_26'] = x_trusted_documents__mutmut_26 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_27'] = x_trusted_documents__mutmut_27 # type: ignore # mutmut generated
mutants_x_trusted_documents__mutmut['x_trusted_documents__mutmut_28'] = x_trusted_documents__mutmut_28 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_payload__mutmut)
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_orig(request: NewPayload, trusted: Trusted) -> Payload:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_1(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is not None:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_2(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(None)
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_3(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["XXno whitelist to bind the withdrawal toXX"])
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_4(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["NO WHITELIST TO BIND THE WITHDRAWAL TO"])
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_5(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = None
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_6(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_7(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_8(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_9(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=request.chain_id,
        sender=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_10(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=request.chain_id,
        sender=request.sender,
        withdrawal_id=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_11(request: NewPayload, trusted: Trusted) -> Payload:
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
        created=None,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_12(request: NewPayload, trusted: Trusted) -> Payload:
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
        expires=None,
        initiator=request.initiator,
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_13(request: NewPayload, trusted: Trusted) -> Payload:
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
        initiator=None,
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_14(request: NewPayload, trusted: Trusted) -> Payload:
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
        memo=None,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_15(request: NewPayload, trusted: Trusted) -> Payload:
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
        policy_hash=None,
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_16(request: NewPayload, trusted: Trusted) -> Payload:
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
        whitelist_hash=None,
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_17(request: NewPayload, trusted: Trusted) -> Payload:
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
        denylist_hash=None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_18(request: NewPayload, trusted: Trusted) -> Payload:
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
        transaction=None,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_19(request: NewPayload, trusted: Trusted) -> Payload:
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
        expected_head=None,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_20(request: NewPayload, trusted: Trusted) -> Payload:
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
        replaces=None,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_21(request: NewPayload, trusted: Trusted) -> Payload:
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
        request_id=None,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_22(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_23(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_24(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_25(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=request.chain_id,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_26(request: NewPayload, trusted: Trusted) -> Payload:
    """A payload binding `request`'s transaction to exactly the documents in `trusted`. The
    transaction must decode for its chain (DecodeError otherwise)."""
    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    payload = Payload(
        chain=request.chain,
        network=request.network,
        chain_id=request.chain_id,
        sender=request.sender,
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_27(request: NewPayload, trusted: Trusted) -> Payload:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_28(request: NewPayload, trusted: Trusted) -> Payload:
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
        initiator=request.initiator,
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_29(request: NewPayload, trusted: Trusted) -> Payload:
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
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_30(request: NewPayload, trusted: Trusted) -> Payload:
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
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_31(request: NewPayload, trusted: Trusted) -> Payload:
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
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_32(request: NewPayload, trusted: Trusted) -> Payload:
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
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_33(request: NewPayload, trusted: Trusted) -> Payload:
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
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_34(request: NewPayload, trusted: Trusted) -> Payload:
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
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_35(request: NewPayload, trusted: Trusted) -> Payload:
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
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_36(request: NewPayload, trusted: Trusted) -> Payload:
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
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_37(request: NewPayload, trusted: Trusted) -> Payload:
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
        )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_38(request: NewPayload, trusted: Trusted) -> Payload:
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
        expires=request.created - request.lifetime_seconds,
        initiator=request.initiator,
        memo=request.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_39(request: NewPayload, trusted: Trusted) -> Payload:
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
        policy_hash=bytes.fromhex(None),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_40(request: NewPayload, trusted: Trusted) -> Payload:
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
        whitelist_hash=bytes.fromhex(None),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_41(request: NewPayload, trusted: Trusted) -> Payload:
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
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if (trusted.denylist_hash) and False else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_42(request: NewPayload, trusted: Trusted) -> Payload:
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
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if (trusted.denylist_hash) or True else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_43(request: NewPayload, trusted: Trusted) -> Payload:
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
        denylist_hash=bytes.fromhex(None) if trusted.denylist_hash else None,
        transaction=request.transaction,
        expected_head=request.expected_head,
        replaces=request.replaces,
        request_id=request.request_id,
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(payload)))  # every text field checked too
    return payload


def x_new_payload__mutmut_44(request: NewPayload, trusted: Trusted) -> Payload:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(None)  # every text field checked too
    return payload


def x_new_payload__mutmut_45(request: NewPayload, trusted: Trusted) -> Payload:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(None))  # every text field checked too
    return payload


def x_new_payload__mutmut_46(request: NewPayload, trusted: Trusted) -> Payload:
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
    )
    from coldsign.codec.payload import parse_payload, serialize_payload

    decode_withdrawal(parse_payload(serialize_payload(None)))  # every text field checked too
    return payload

mutants_x_new_payload__mutmut['_mutmut_orig'] = x_new_payload__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_1'] = x_new_payload__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_2'] = x_new_payload__mutmut_2 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_3'] = x_new_payload__mutmut_3 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_4'] = x_new_payload__mutmut_4 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_5'] = x_new_payload__mutmut_5 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_6'] = x_new_payload__mutmut_6 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_7'] = x_new_payload__mutmut_7 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_8'] = x_new_payload__mutmut_8 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_9'] = x_new_payload__mutmut_9 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_10'] = x_new_payload__mutmut_10 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_11'] = x_new_payload__mutmut_11 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_12'] = x_new_payload__mutmut_12 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_13'] = x_new_payload__mutmut_13 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_14'] = x_new_payload__mutmut_14 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_15'] = x_new_payload__mutmut_15 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_16'] = x_new_payload__mutmut_16 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_17'] = x_new_payload__mutmut_17 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_18'] = x_new_payload__mutmut_18 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_19'] = x_new_payload__mutmut_19 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_20'] = x_new_payload__mutmut_20 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_21'] = x_new_payload__mutmut_21 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_22'] = x_new_payload__mutmut_22 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_23'] = x_new_payload__mutmut_23 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_24'] = x_new_payload__mutmut_24 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_25'] = x_new_payload__mutmut_25 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_26'] = x_new_payload__mutmut_26 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_27'] = x_new_payload__mutmut_27 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_28'] = x_new_payload__mutmut_28 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_29'] = x_new_payload__mutmut_29 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_30'] = x_new_payload__mutmut_30 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_31'] = x_new_payload__mutmut_31 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_32'] = x_new_payload__mutmut_32 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_33'] = x_new_payload__mutmut_33 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_34'] = x_new_payload__mutmut_34 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_35'] = x_new_payload__mutmut_35 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_36'] = x_new_payload__mutmut_36 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_37'] = x_new_payload__mutmut_37 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_38'] = x_new_payload__mutmut_38 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_39'] = x_new_payload__mutmut_39 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_40'] = x_new_payload__mutmut_40 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_41'] = x_new_payload__mutmut_41 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_42'] = x_new_payload__mutmut_42 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_43'] = x_new_payload__mutmut_43 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_44'] = x_new_payload__mutmut_44 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_45'] = x_new_payload__mutmut_45 # type: ignore # mutmut generated
mutants_x_new_payload__mutmut['x_new_payload__mutmut_46'] = x_new_payload__mutmut_46 # type: ignore # mutmut generated
mutants_x_judge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_judge__mutmut)
def judge(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, EmptyLedger(), now=now)


def x_judge__mutmut_orig(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, EmptyLedger(), now=now)


def x_judge__mutmut_1(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(None, trusted, EmptyLedger(), now=now)


def x_judge__mutmut_2(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), None, EmptyLedger(), now=now)


def x_judge__mutmut_3(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, None, now=now)


def x_judge__mutmut_4(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, EmptyLedger(), now=None)


def x_judge__mutmut_5(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(trusted, EmptyLedger(), now=now)


def x_judge__mutmut_6(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), EmptyLedger(), now=now)


def x_judge__mutmut_7(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, now=now)


def x_judge__mutmut_8(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(payload), trusted, EmptyLedger(), )


def x_judge__mutmut_9(payload: Payload, trusted: Trusted, *, now: int) -> Review:
    """The review and verdict of `payload` by `trusted` documents, with nothing signed before
    (what the online side and approvers see; the signer judges with its own ledger)."""
    return review(decode_withdrawal(None), trusted, EmptyLedger(), now=now)

mutants_x_judge__mutmut['_mutmut_orig'] = x_judge__mutmut_orig # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_1'] = x_judge__mutmut_1 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_2'] = x_judge__mutmut_2 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_3'] = x_judge__mutmut_3 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_4'] = x_judge__mutmut_4 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_5'] = x_judge__mutmut_5 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_6'] = x_judge__mutmut_6 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_7'] = x_judge__mutmut_7 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_8'] = x_judge__mutmut_8 # type: ignore # mutmut generated
mutants_x_judge__mutmut['x_judge__mutmut_9'] = x_judge__mutmut_9 # type: ignore # mutmut generated
mutants_x_initiate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_initiate__mutmut)
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


def x_initiate__mutmut_orig(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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


def x_initiate__mutmut_1(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = None
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_2(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(None)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_3(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is not None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_4(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError(None)
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_5(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name == payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_6(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            None
        )
    digest = judge(payload, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_7(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = None
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_8(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(None, trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_9(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, None, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_10(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, now=None).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_11(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(trusted, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_12(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, now=now).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_13(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
    """Add the initiator's signature over the approval digest (issue 12.7). The key must be an
    initiator of the policy, and its member name is the payload's initiator."""
    member = trusted.policy.initiator(key.public_key)
    if member is None:
        raise AuthenticationError([f"{key.name}'s key is not an initiator in the policy"])
    if member.name != payload.initiator:
        raise AuthenticationError(
            [f"--initiator {payload.initiator!r} is not the key's member name {member.name!r}"]
        )
    digest = judge(payload, trusted, ).verdict.digest
    return replace(payload, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_14(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(None, initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_15(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, initiator_signature=None)


def x_initiate__mutmut_16(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(initiator_signature=make_initiator_signature(key, digest))


def x_initiate__mutmut_17(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, )


def x_initiate__mutmut_18(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, initiator_signature=make_initiator_signature(None, digest))


def x_initiate__mutmut_19(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, initiator_signature=make_initiator_signature(key, None))


def x_initiate__mutmut_20(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, initiator_signature=make_initiator_signature(digest))


def x_initiate__mutmut_21(payload: Payload, key: RoleKey, trusted: Trusted, *, now: int) -> Payload:
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
    return replace(payload, initiator_signature=make_initiator_signature(key, ))

mutants_x_initiate__mutmut['_mutmut_orig'] = x_initiate__mutmut_orig # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_1'] = x_initiate__mutmut_1 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_2'] = x_initiate__mutmut_2 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_3'] = x_initiate__mutmut_3 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_4'] = x_initiate__mutmut_4 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_5'] = x_initiate__mutmut_5 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_6'] = x_initiate__mutmut_6 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_7'] = x_initiate__mutmut_7 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_8'] = x_initiate__mutmut_8 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_9'] = x_initiate__mutmut_9 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_10'] = x_initiate__mutmut_10 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_11'] = x_initiate__mutmut_11 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_12'] = x_initiate__mutmut_12 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_13'] = x_initiate__mutmut_13 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_14'] = x_initiate__mutmut_14 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_15'] = x_initiate__mutmut_15 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_16'] = x_initiate__mutmut_16 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_17'] = x_initiate__mutmut_17 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_18'] = x_initiate__mutmut_18 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_19'] = x_initiate__mutmut_19 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_20'] = x_initiate__mutmut_20 # type: ignore # mutmut generated
mutants_x_initiate__mutmut['x_initiate__mutmut_21'] = x_initiate__mutmut_21 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_approval_refusals__mutmut)
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


def x_approval_refusals__mutmut_orig(rv: Review, approver_key: bytes) -> list[Reason]:
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


def x_approval_refusals__mutmut_1(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = None
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


def x_approval_refusals__mutmut_2(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = None
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


def x_approval_refusals__mutmut_3(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(None)
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


def x_approval_refusals__mutmut_4(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = None
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


def x_approval_refusals__mutmut_5(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith(None)]
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


def x_approval_refusals__mutmut_6(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("XXbinding.XX")]
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


def x_approval_refusals__mutmut_7(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("BINDING.")]
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


def x_approval_refusals__mutmut_8(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is not None:
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


def x_approval_refusals__mutmut_9(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(None)
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


def x_approval_refusals__mutmut_10(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason(None, "this key is not an approver in the policy"))
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


def x_approval_refusals__mutmut_11(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", None))
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


def x_approval_refusals__mutmut_12(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("this key is not an approver in the policy"))
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


def x_approval_refusals__mutmut_13(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", ))
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


def x_approval_refusals__mutmut_14(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("XXapproval.unknown_keyXX", "this key is not an approver in the policy"))
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


def x_approval_refusals__mutmut_15(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("APPROVAL.UNKNOWN_KEY", "this key is not an approver in the policy"))
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


def x_approval_refusals__mutmut_16(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "XXthis key is not an approver in the policyXX"))
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


def x_approval_refusals__mutmut_17(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "THIS KEY IS NOT AN APPROVER IN THE POLICY"))
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


def x_approval_refusals__mutmut_18(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = None
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


def x_approval_refusals__mutmut_19(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = rv.verdict.approvals.initiator and rv.payload.initiator
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


def x_approval_refusals__mutmut_20(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = rv.verdict.approvals.initiator or rv.payload.initiator
    if member.name == initiator or not policy.initiator_may_approve:
        reasons.append(
            Reason(
                "approval.self_approval",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_21(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = rv.verdict.approvals.initiator or rv.payload.initiator
    if member.name != initiator and not policy.initiator_may_approve:
        reasons.append(
            Reason(
                "approval.self_approval",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_22(rv: Review, approver_key: bytes) -> list[Reason]:
    """Why this approver may not approve (what the signer would say too): a key outside the
    policy, a payload made for other documents, or the initiator approving their own."""
    policy = rv.trusted.policy
    member = policy.approver(approver_key)
    reasons = [r for r in rv.verdict.auth_problems if r.code.startswith("binding.")]
    if member is None:
        reasons.append(Reason("approval.unknown_key", "this key is not an approver in the policy"))
        return reasons
    initiator = rv.verdict.approvals.initiator or rv.payload.initiator
    if member.name == initiator and policy.initiator_may_approve:
        reasons.append(
            Reason(
                "approval.self_approval",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_23(rv: Review, approver_key: bytes) -> list[Reason]:
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
            None
        )
    return reasons


def x_approval_refusals__mutmut_24(rv: Review, approver_key: bytes) -> list[Reason]:
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
                None,
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_25(rv: Review, approver_key: bytes) -> list[Reason]:
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
                None,
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_26(rv: Review, approver_key: bytes) -> list[Reason]:
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
                approver=None,
            )
        )
    return reasons


def x_approval_refusals__mutmut_27(rv: Review, approver_key: bytes) -> list[Reason]:
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
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_28(rv: Review, approver_key: bytes) -> list[Reason]:
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
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_29(rv: Review, approver_key: bytes) -> list[Reason]:
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
                )
        )
    return reasons


def x_approval_refusals__mutmut_30(rv: Review, approver_key: bytes) -> list[Reason]:
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
                "XXapproval.self_approvalXX",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_31(rv: Review, approver_key: bytes) -> list[Reason]:
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
                "APPROVAL.SELF_APPROVAL",
                f"{member.name} initiated this withdrawal: the initiator may not approve their "
                "own withdrawal",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_32(rv: Review, approver_key: bytes) -> list[Reason]:
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
                "XXown withdrawalXX",
                approver=member.name,
            )
        )
    return reasons


def x_approval_refusals__mutmut_33(rv: Review, approver_key: bytes) -> list[Reason]:
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
                "OWN WITHDRAWAL",
                approver=member.name,
            )
        )
    return reasons

mutants_x_approval_refusals__mutmut['_mutmut_orig'] = x_approval_refusals__mutmut_orig # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_1'] = x_approval_refusals__mutmut_1 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_2'] = x_approval_refusals__mutmut_2 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_3'] = x_approval_refusals__mutmut_3 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_4'] = x_approval_refusals__mutmut_4 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_5'] = x_approval_refusals__mutmut_5 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_6'] = x_approval_refusals__mutmut_6 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_7'] = x_approval_refusals__mutmut_7 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_8'] = x_approval_refusals__mutmut_8 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_9'] = x_approval_refusals__mutmut_9 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_10'] = x_approval_refusals__mutmut_10 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_11'] = x_approval_refusals__mutmut_11 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_12'] = x_approval_refusals__mutmut_12 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_13'] = x_approval_refusals__mutmut_13 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_14'] = x_approval_refusals__mutmut_14 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_15'] = x_approval_refusals__mutmut_15 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_16'] = x_approval_refusals__mutmut_16 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_17'] = x_approval_refusals__mutmut_17 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_18'] = x_approval_refusals__mutmut_18 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_19'] = x_approval_refusals__mutmut_19 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_20'] = x_approval_refusals__mutmut_20 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_21'] = x_approval_refusals__mutmut_21 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_22'] = x_approval_refusals__mutmut_22 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_23'] = x_approval_refusals__mutmut_23 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_24'] = x_approval_refusals__mutmut_24 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_25'] = x_approval_refusals__mutmut_25 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_26'] = x_approval_refusals__mutmut_26 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_27'] = x_approval_refusals__mutmut_27 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_28'] = x_approval_refusals__mutmut_28 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_29'] = x_approval_refusals__mutmut_29 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_30'] = x_approval_refusals__mutmut_30 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_31'] = x_approval_refusals__mutmut_31 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_32'] = x_approval_refusals__mutmut_32 # type: ignore # mutmut generated
mutants_x_approval_refusals__mutmut['x_approval_refusals__mutmut_33'] = x_approval_refusals__mutmut_33 # type: ignore # mutmut generated
mutants_x_approve__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_approve__mutmut)
def approve(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_orig(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_1(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = None
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_2(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(None, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_3(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, None)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_4(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_5(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, )
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_6(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = None
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_7(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code == "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_8(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "XXapproval.self_approvalXX"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_9(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "APPROVAL.SELF_APPROVAL"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_10(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if (auth) and False else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_11(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if (auth) or True else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_12(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(None) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_13(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(None)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_14(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = None
    return rv.payload.with_approval(approval)


def x_approve__mutmut_15(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(None, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_16(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, None, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_17(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, None)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_18(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(rv.verdict.digest, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_19(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.now)
    return rv.payload.with_approval(approval)


def x_approve__mutmut_20(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, )
    return rv.payload.with_approval(approval)


def x_approve__mutmut_21(rv: Review, key: RoleKey) -> Payload:
    """Add `key`'s approval over the recomputed digest of the reviewed payload. Refuses (exit 5
    for authentication, 4 for policy) what the signer would not count."""
    reasons = approval_refusals(rv, key.public_key)
    if reasons:
        auth = [r for r in reasons if r.code != "approval.self_approval"]
        raise AuthenticationError(reasons) if auth else PolicyViolation(reasons)
    approval = make_approval(key, rv.verdict.digest, rv.now)
    return rv.payload.with_approval(None)

mutants_x_approve__mutmut['_mutmut_orig'] = x_approve__mutmut_orig # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_1'] = x_approve__mutmut_1 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_2'] = x_approve__mutmut_2 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_3'] = x_approve__mutmut_3 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_4'] = x_approve__mutmut_4 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_5'] = x_approve__mutmut_5 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_6'] = x_approve__mutmut_6 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_7'] = x_approve__mutmut_7 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_8'] = x_approve__mutmut_8 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_9'] = x_approve__mutmut_9 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_10'] = x_approve__mutmut_10 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_11'] = x_approve__mutmut_11 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_12'] = x_approve__mutmut_12 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_13'] = x_approve__mutmut_13 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_14'] = x_approve__mutmut_14 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_15'] = x_approve__mutmut_15 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_16'] = x_approve__mutmut_16 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_17'] = x_approve__mutmut_17 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_18'] = x_approve__mutmut_18 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_19'] = x_approve__mutmut_19 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_20'] = x_approve__mutmut_20 # type: ignore # mutmut generated
mutants_x_approve__mutmut['x_approve__mutmut_21'] = x_approve__mutmut_21 # type: ignore # mutmut generated
mutants_x_combine__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_combine__mutmut)
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


def x_combine__mutmut_orig(payloads: list[Payload], names: list[str]) -> Payload:
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


def x_combine__mutmut_1(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = None

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


def x_combine__mutmut_2(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[1]

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


def x_combine__mutmut_3(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(None, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_4(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=None, transaction=b"", signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_5(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=None, signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_6(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_7(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, transaction=b"", signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_8(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_9(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signer_head=None)


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


def x_combine__mutmut_10(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, )


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


def x_combine__mutmut_11(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"XXXX", signed_transaction=None, signer_head=None)


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


def x_combine__mutmut_12(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = None
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


def x_combine__mutmut_13(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(None, names[1:], strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_14(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], None, strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_15(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=None) if identity(p) != identity(base)
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


def x_combine__mutmut_16(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(names[1:], strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_17(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_18(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], ) if identity(p) != identity(base)
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


def x_combine__mutmut_19(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[2:], names[1:], strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_20(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[2:], strict=True) if identity(p) != identity(base)
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


def x_combine__mutmut_21(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=False) if identity(p) != identity(base)
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


def x_combine__mutmut_22(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=True) if identity(None) != identity(base)
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


def x_combine__mutmut_23(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=True) if identity(p) == identity(base)
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


def x_combine__mutmut_24(payloads: list[Payload], names: list[str]) -> Payload:
    """Approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal merged; a copy
    of a different withdrawal is refused (AuthenticationError, exit 5)."""
    base = payloads[0]

    def identity(p: Payload) -> Payload:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None, signer_head=None)


    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=True) if identity(p) != identity(None)
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


def x_combine__mutmut_25(payloads: list[Payload], names: list[str]) -> Payload:
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
            None
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


def x_combine__mutmut_26(payloads: list[Payload], names: list[str]) -> Payload:
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
    transaction = None
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


def x_combine__mutmut_27(payloads: list[Payload], names: list[str]) -> Payload:
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
    transaction = chains.module(base.chain).combine(None)
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


def x_combine__mutmut_28(payloads: list[Payload], names: list[str]) -> Payload:
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
    transaction = chains.module(None).combine(payloads)
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


def x_combine__mutmut_29(payloads: list[Payload], names: list[str]) -> Payload:
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
    merged = None
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


def x_combine__mutmut_30(payloads: list[Payload], names: list[str]) -> Payload:
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
    merged = replace(None, transaction=transaction)
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


def x_combine__mutmut_31(payloads: list[Payload], names: list[str]) -> Payload:
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
    merged = replace(base, transaction=None)
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


def x_combine__mutmut_32(payloads: list[Payload], names: list[str]) -> Payload:
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
    merged = replace(transaction=transaction)
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


def x_combine__mutmut_33(payloads: list[Payload], names: list[str]) -> Payload:
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
    merged = replace(base, )
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


def x_combine__mutmut_34(payloads: list[Payload], names: list[str]) -> Payload:
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
    signed = None
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


def x_combine__mutmut_35(payloads: list[Payload], names: list[str]) -> Payload:
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
    signed = [p.signed_transaction for p in payloads if p.signed_transaction is None]
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


def x_combine__mutmut_36(payloads: list[Payload], names: list[str]) -> Payload:
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
        if len(set(signed)) >= 1:
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


def x_combine__mutmut_37(payloads: list[Payload], names: list[str]) -> Payload:
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
        if len(set(signed)) > 2:
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


def x_combine__mutmut_38(payloads: list[Payload], names: list[str]) -> Payload:
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
            raise AuthenticationError(None)
        merged = replace(merged, signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_39(payloads: list[Payload], names: list[str]) -> Payload:
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
            raise AuthenticationError(["XXthe copies carry different signed transactionsXX"])
        merged = replace(merged, signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_40(payloads: list[Payload], names: list[str]) -> Payload:
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
            raise AuthenticationError(["THE COPIES CARRY DIFFERENT SIGNED TRANSACTIONS"])
        merged = replace(merged, signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_41(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = None
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_42(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(None, signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_43(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, signed_transaction=None)
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_44(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(signed_transaction=signed[0])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_45(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, )
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_46(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, signed_transaction=signed[1])
    heads = [p.signer_head for p in payloads if p.signer_head is not None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_47(payloads: list[Payload], names: list[str]) -> Payload:
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
    heads = None
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_48(payloads: list[Payload], names: list[str]) -> Payload:
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
    heads = [p.signer_head for p in payloads if p.signer_head is None]
    if heads:
        merged = replace(merged, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_49(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = None
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_50(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(None, signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_51(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, signer_head=None)
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_52(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(signer_head=heads[-1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_53(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, )
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_54(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, signer_head=heads[+1])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_55(payloads: list[Payload], names: list[str]) -> Payload:
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
        merged = replace(merged, signer_head=heads[-2])
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_56(payloads: list[Payload], names: list[str]) -> Payload:
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
    for p in payloads[2:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_57(payloads: list[Payload], names: list[str]) -> Payload:
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
            if all(None):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_58(payloads: list[Payload], names: list[str]) -> Payload:
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
            if all(x.public_key == a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


def x_combine__mutmut_59(payloads: list[Payload], names: list[str]) -> Payload:
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
                merged = None
    return merged


def x_combine__mutmut_60(payloads: list[Payload], names: list[str]) -> Payload:
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
                merged = merged.with_approval(None)
    return merged

mutants_x_combine__mutmut['_mutmut_orig'] = x_combine__mutmut_orig # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_1'] = x_combine__mutmut_1 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_2'] = x_combine__mutmut_2 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_3'] = x_combine__mutmut_3 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_4'] = x_combine__mutmut_4 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_5'] = x_combine__mutmut_5 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_6'] = x_combine__mutmut_6 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_7'] = x_combine__mutmut_7 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_8'] = x_combine__mutmut_8 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_9'] = x_combine__mutmut_9 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_10'] = x_combine__mutmut_10 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_11'] = x_combine__mutmut_11 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_12'] = x_combine__mutmut_12 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_13'] = x_combine__mutmut_13 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_14'] = x_combine__mutmut_14 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_15'] = x_combine__mutmut_15 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_16'] = x_combine__mutmut_16 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_17'] = x_combine__mutmut_17 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_18'] = x_combine__mutmut_18 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_19'] = x_combine__mutmut_19 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_20'] = x_combine__mutmut_20 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_21'] = x_combine__mutmut_21 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_22'] = x_combine__mutmut_22 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_23'] = x_combine__mutmut_23 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_24'] = x_combine__mutmut_24 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_25'] = x_combine__mutmut_25 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_26'] = x_combine__mutmut_26 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_27'] = x_combine__mutmut_27 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_28'] = x_combine__mutmut_28 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_29'] = x_combine__mutmut_29 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_30'] = x_combine__mutmut_30 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_31'] = x_combine__mutmut_31 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_32'] = x_combine__mutmut_32 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_33'] = x_combine__mutmut_33 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_34'] = x_combine__mutmut_34 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_35'] = x_combine__mutmut_35 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_36'] = x_combine__mutmut_36 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_37'] = x_combine__mutmut_37 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_38'] = x_combine__mutmut_38 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_39'] = x_combine__mutmut_39 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_40'] = x_combine__mutmut_40 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_41'] = x_combine__mutmut_41 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_42'] = x_combine__mutmut_42 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_43'] = x_combine__mutmut_43 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_44'] = x_combine__mutmut_44 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_45'] = x_combine__mutmut_45 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_46'] = x_combine__mutmut_46 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_47'] = x_combine__mutmut_47 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_48'] = x_combine__mutmut_48 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_49'] = x_combine__mutmut_49 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_50'] = x_combine__mutmut_50 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_51'] = x_combine__mutmut_51 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_52'] = x_combine__mutmut_52 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_53'] = x_combine__mutmut_53 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_54'] = x_combine__mutmut_54 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_55'] = x_combine__mutmut_55 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_56'] = x_combine__mutmut_56 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_57'] = x_combine__mutmut_57 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_58'] = x_combine__mutmut_58 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_59'] = x_combine__mutmut_59 # type: ignore # mutmut generated
mutants_x_combine__mutmut['x_combine__mutmut_60'] = x_combine__mutmut_60 # type: ignore # mutmut generated
mutants_x_finalize__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_finalize__mutmut)
def finalize(payload: Payload) -> Finalized:
    """The broadcastable transaction of a signed payload (exit 4 if signatures are missing)."""
    return chains.module(payload.chain).finalize(payload)


def x_finalize__mutmut_orig(payload: Payload) -> Finalized:
    """The broadcastable transaction of a signed payload (exit 4 if signatures are missing)."""
    return chains.module(payload.chain).finalize(payload)


def x_finalize__mutmut_1(payload: Payload) -> Finalized:
    """The broadcastable transaction of a signed payload (exit 4 if signatures are missing)."""
    return chains.module(payload.chain).finalize(None)


def x_finalize__mutmut_2(payload: Payload) -> Finalized:
    """The broadcastable transaction of a signed payload (exit 4 if signatures are missing)."""
    return chains.module(None).finalize(payload)

mutants_x_finalize__mutmut['_mutmut_orig'] = x_finalize__mutmut_orig # type: ignore # mutmut generated
mutants_x_finalize__mutmut['x_finalize__mutmut_1'] = x_finalize__mutmut_1 # type: ignore # mutmut generated
mutants_x_finalize__mutmut['x_finalize__mutmut_2'] = x_finalize__mutmut_2 # type: ignore # mutmut generated
mutants_x_on_home__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_on_home__mutmut)
def on_home(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_orig(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_1(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(None, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_2(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, None) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_3(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_4(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, ) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_5(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = None
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_6(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(None, home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_7(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), None, home.ledger, now=now)


def x_on_home__mutmut_8(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), None, now=now)


def x_on_home__mutmut_9(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, now=None)


def x_on_home__mutmut_10(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_11(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.ledger, now=now)


def x_on_home__mutmut_12(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), now=now)


def x_on_home__mutmut_13(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(now), home.ledger, )


def x_on_home__mutmut_14(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(None), home.trusted(now), home.ledger, now=now)


def x_on_home__mutmut_15(home_path: Path, payload: Payload) -> Review:
    """The review of `payload` as the signer at `home_path` would judge it now: its pinned
    documents and its ledger (`payload show` without documents given)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        now = home.now()
        return review(decode_withdrawal(payload), home.trusted(None), home.ledger, now=now)

mutants_x_on_home__mutmut['_mutmut_orig'] = x_on_home__mutmut_orig # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_1'] = x_on_home__mutmut_1 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_2'] = x_on_home__mutmut_2 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_3'] = x_on_home__mutmut_3 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_4'] = x_on_home__mutmut_4 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_5'] = x_on_home__mutmut_5 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_6'] = x_on_home__mutmut_6 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_7'] = x_on_home__mutmut_7 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_8'] = x_on_home__mutmut_8 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_9'] = x_on_home__mutmut_9 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_10'] = x_on_home__mutmut_10 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_11'] = x_on_home__mutmut_11 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_12'] = x_on_home__mutmut_12 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_13'] = x_on_home__mutmut_13 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_14'] = x_on_home__mutmut_14 # type: ignore # mutmut generated
mutants_x_on_home__mutmut['x_on_home__mutmut_15'] = x_on_home__mutmut_15 # type: ignore # mutmut generated
mutants_x_home_documents__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_home_documents__mutmut)
def home_documents(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_orig(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_1(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(None, chains.SPECS) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_2(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, None) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_3(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(chains.SPECS) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_4(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, ) as home:
        return home.trusted(home.now())


def x_home_documents__mutmut_5(home_path: Path) -> Trusted:
    """The documents the signer at `home_path` trusts now (for commands run on the signer)."""
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(home_path, chains.SPECS) as home:
        return home.trusted(None)

mutants_x_home_documents__mutmut['_mutmut_orig'] = x_home_documents__mutmut_orig # type: ignore # mutmut generated
mutants_x_home_documents__mutmut['x_home_documents__mutmut_1'] = x_home_documents__mutmut_1 # type: ignore # mutmut generated
mutants_x_home_documents__mutmut['x_home_documents__mutmut_2'] = x_home_documents__mutmut_2 # type: ignore # mutmut generated
mutants_x_home_documents__mutmut['x_home_documents__mutmut_3'] = x_home_documents__mutmut_3 # type: ignore # mutmut generated
mutants_x_home_documents__mutmut['x_home_documents__mutmut_4'] = x_home_documents__mutmut_4 # type: ignore # mutmut generated
mutants_x_home_documents__mutmut['x_home_documents__mutmut_5'] = x_home_documents__mutmut_5 # type: ignore # mutmut generated
