"""Signed policies and manifests as the signer trusts them: decoding, quorum, rotation, succession.

Pure: bytes in, verified documents or reasons out. The signer's home (`coldsign.home`) decides
which documents are current; this module decides whether a document may become current.
"""

from __future__ import annotations

from dataclasses import dataclass

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.policy.chainspec import ChainSpecs
from coldsign.policy.config import Policy, parse_policy
from coldsign.policy.documents import (
    DocumentKind,
    SignedDocument,
    looks_signed,
    parse_signed,
    verify_quorum,
)
from coldsign.policy.fields import parse_toml
from coldsign.policy.manifest import Manifest, cap_problems, parse_manifest


@dataclass(frozen=True)
class TrustedPolicy:
    """A signed policy document and its parsed body (verified or not: see the caller)."""

    document: SignedDocument
    policy: Policy


@dataclass(frozen=True)
class TrustedManifest:
    """A signed whitelist or denylist and its parsed body."""

    document: SignedDocument
    manifest: Manifest


def load_policy_document(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def load_manifest_document(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def policy_from_bytes(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def manifest_from_bytes(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def verify_policy_self(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="policy itself")


def not_expired(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is not None and now >= expires else []


def verify_manifest(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def rotation_problems(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            f"policy version {new.policy.version} is not newer than the pinned "
            f"version {current.policy.version} (rollback refused)"
        )
    if new.policy.previous != current.document.hash:
        problems.append("policy `previous` is not the hash of the pinned policy")
    try:
        verify_quorum(new.document, current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def succession_problems(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = new.document.kind.value
    problems = []
    if new.manifest.version <= current.manifest.version:
        problems.append(
            f"{kind} version {new.manifest.version} is not newer than the accepted "
            f"version {current.manifest.version} (rollback refused)"
        )
    if new.manifest.previous != current.document.hash:
        problems.append(
            f"{kind} `previous` is not the hash of the accepted version "
            f"{current.manifest.version} ({current.document.hash[:16]}…); import the "
            "versions in order"
        )
    return problems
