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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_load_policy_document__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_policy_document__mutmut)
def load_policy_document(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_orig(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_1(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = None
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_2(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(None, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_3(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, None)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_4(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_5(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, )
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_6(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = None
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_7(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(None, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_8(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, None)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_9(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_10(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, )
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_11(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() == doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_12(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError(None, "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_13(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", None)
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_14(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_15(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", )
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_16(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("XXsigned policyXX", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_17(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("SIGNED POLICY", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_18(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "XXbody is not in canonical formXX")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_19(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "BODY IS NOT IN CANONICAL FORM")
    return TrustedPolicy(doc, policy)


def x_load_policy_document__mutmut_20(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(None, policy)


def x_load_policy_document__mutmut_21(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, None)


def x_load_policy_document__mutmut_22(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(policy)


def x_load_policy_document__mutmut_23(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body, specs)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, )

mutants_x_load_policy_document__mutmut['_mutmut_orig'] = x_load_policy_document__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_1'] = x_load_policy_document__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_2'] = x_load_policy_document__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_3'] = x_load_policy_document__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_4'] = x_load_policy_document__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_5'] = x_load_policy_document__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_6'] = x_load_policy_document__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_7'] = x_load_policy_document__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_8'] = x_load_policy_document__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_9'] = x_load_policy_document__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_10'] = x_load_policy_document__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_11'] = x_load_policy_document__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_12'] = x_load_policy_document__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_13'] = x_load_policy_document__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_14'] = x_load_policy_document__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_15'] = x_load_policy_document__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_16'] = x_load_policy_document__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_17'] = x_load_policy_document__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_18'] = x_load_policy_document__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_19'] = x_load_policy_document__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_20'] = x_load_policy_document__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_21'] = x_load_policy_document__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_22'] = x_load_policy_document__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_policy_document__mutmut['x_load_policy_document__mutmut_23'] = x_load_policy_document__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_manifest_document__mutmut)
def load_manifest_document(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_orig(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_1(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = None
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_2(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(None, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_3(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, None)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_4(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_5(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, )
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_6(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = None
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_7(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(None, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_8(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, None, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_9(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, None)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_10(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_11(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_12(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, )
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_13(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() == doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_14(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(None, "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_15(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", None)
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_16(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError("body is not in canonical form")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_17(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", )
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_18(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "XXbody is not in canonical formXX")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_19(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "BODY IS NOT IN CANONICAL FORM")
    return TrustedManifest(doc, manifest)


def x_load_manifest_document__mutmut_20(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(None, manifest)


def x_load_manifest_document__mutmut_21(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, None)


def x_load_manifest_document__mutmut_22(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(manifest)


def x_load_manifest_document__mutmut_23(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Decode a signed whitelist or denylist (structure only)."""
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind, specs)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, )

mutants_x_load_manifest_document__mutmut['_mutmut_orig'] = x_load_manifest_document__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_1'] = x_load_manifest_document__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_2'] = x_load_manifest_document__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_3'] = x_load_manifest_document__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_4'] = x_load_manifest_document__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_5'] = x_load_manifest_document__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_6'] = x_load_manifest_document__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_7'] = x_load_manifest_document__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_8'] = x_load_manifest_document__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_9'] = x_load_manifest_document__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_10'] = x_load_manifest_document__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_11'] = x_load_manifest_document__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_12'] = x_load_manifest_document__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_13'] = x_load_manifest_document__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_14'] = x_load_manifest_document__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_15'] = x_load_manifest_document__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_16'] = x_load_manifest_document__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_17'] = x_load_manifest_document__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_18'] = x_load_manifest_document__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_19'] = x_load_manifest_document__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_20'] = x_load_manifest_document__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_21'] = x_load_manifest_document__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_22'] = x_load_manifest_document__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_manifest_document__mutmut['x_load_manifest_document__mutmut_23'] = x_load_manifest_document__mutmut_23 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_policy_from_bytes__mutmut)
def policy_from_bytes(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_orig(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_1(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(None):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_2(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(None, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_3(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, None)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_4(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_5(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, )
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_6(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = None
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_7(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(None, specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_8(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), None)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_9(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_10(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), )
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_11(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(None, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_12(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, None), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_13(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml("policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_14(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, ), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_15(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "XXpolicyXX"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_16(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "POLICY"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_17(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(None, policy)


def x_policy_from_bytes__mutmut_18(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), None)


def x_policy_from_bytes__mutmut_19(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(policy)


def x_policy_from_bytes__mutmut_20(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), )


def x_policy_from_bytes__mutmut_21(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(None, policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_22(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, None, ()), policy)


def x_policy_from_bytes__mutmut_23(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), None), policy)


def x_policy_from_bytes__mutmut_24(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(policy.to_body(), ()), policy)


def x_policy_from_bytes__mutmut_25(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, ()), policy)


def x_policy_from_bytes__mutmut_26(data: bytes, specs: ChainSpecs) -> TrustedPolicy:
    """Policy TOML (unsigned: no signatures yet) or a signed policy JSON."""
    if looks_signed(data):
        return load_policy_document(data, specs)
    policy = parse_policy(parse_toml(data, "policy"), specs)
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ), policy)

mutants_x_policy_from_bytes__mutmut['_mutmut_orig'] = x_policy_from_bytes__mutmut_orig # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_1'] = x_policy_from_bytes__mutmut_1 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_2'] = x_policy_from_bytes__mutmut_2 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_3'] = x_policy_from_bytes__mutmut_3 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_4'] = x_policy_from_bytes__mutmut_4 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_5'] = x_policy_from_bytes__mutmut_5 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_6'] = x_policy_from_bytes__mutmut_6 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_7'] = x_policy_from_bytes__mutmut_7 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_8'] = x_policy_from_bytes__mutmut_8 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_9'] = x_policy_from_bytes__mutmut_9 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_10'] = x_policy_from_bytes__mutmut_10 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_11'] = x_policy_from_bytes__mutmut_11 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_12'] = x_policy_from_bytes__mutmut_12 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_13'] = x_policy_from_bytes__mutmut_13 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_14'] = x_policy_from_bytes__mutmut_14 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_15'] = x_policy_from_bytes__mutmut_15 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_16'] = x_policy_from_bytes__mutmut_16 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_17'] = x_policy_from_bytes__mutmut_17 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_18'] = x_policy_from_bytes__mutmut_18 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_19'] = x_policy_from_bytes__mutmut_19 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_20'] = x_policy_from_bytes__mutmut_20 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_21'] = x_policy_from_bytes__mutmut_21 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_22'] = x_policy_from_bytes__mutmut_22 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_23'] = x_policy_from_bytes__mutmut_23 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_24'] = x_policy_from_bytes__mutmut_24 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_25'] = x_policy_from_bytes__mutmut_25 # type: ignore # mutmut generated
mutants_x_policy_from_bytes__mutmut['x_policy_from_bytes__mutmut_26'] = x_policy_from_bytes__mutmut_26 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_manifest_from_bytes__mutmut)
def manifest_from_bytes(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_orig(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_1(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(None):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_2(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(None, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_3(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, None, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_4(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, None)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_5(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_6(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_7(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, )
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_8(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = None
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_9(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(None, kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_10(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), None, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_11(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, None)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_12(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_13(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_14(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, )
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_15(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(None, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_16(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, None), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_17(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_18(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, ), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_19(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(None, manifest)


def x_manifest_from_bytes__mutmut_20(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), None)


def x_manifest_from_bytes__mutmut_21(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(manifest)


def x_manifest_from_bytes__mutmut_22(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), )


def x_manifest_from_bytes__mutmut_23(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(None, manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_24(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, None, ()), manifest)


def x_manifest_from_bytes__mutmut_25(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), None), manifest)


def x_manifest_from_bytes__mutmut_26(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(manifest.to_body(), ()), manifest)


def x_manifest_from_bytes__mutmut_27(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, ()), manifest)


def x_manifest_from_bytes__mutmut_28(data: bytes, kind: DocumentKind, specs: ChainSpecs) -> TrustedManifest:
    """Manifest TOML (unsigned) or a signed manifest JSON."""
    if looks_signed(data):
        return load_manifest_document(data, kind, specs)
    manifest = parse_manifest(parse_toml(data, kind.value), kind, specs)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ), manifest)

mutants_x_manifest_from_bytes__mutmut['_mutmut_orig'] = x_manifest_from_bytes__mutmut_orig # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_1'] = x_manifest_from_bytes__mutmut_1 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_2'] = x_manifest_from_bytes__mutmut_2 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_3'] = x_manifest_from_bytes__mutmut_3 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_4'] = x_manifest_from_bytes__mutmut_4 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_5'] = x_manifest_from_bytes__mutmut_5 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_6'] = x_manifest_from_bytes__mutmut_6 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_7'] = x_manifest_from_bytes__mutmut_7 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_8'] = x_manifest_from_bytes__mutmut_8 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_9'] = x_manifest_from_bytes__mutmut_9 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_10'] = x_manifest_from_bytes__mutmut_10 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_11'] = x_manifest_from_bytes__mutmut_11 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_12'] = x_manifest_from_bytes__mutmut_12 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_13'] = x_manifest_from_bytes__mutmut_13 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_14'] = x_manifest_from_bytes__mutmut_14 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_15'] = x_manifest_from_bytes__mutmut_15 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_16'] = x_manifest_from_bytes__mutmut_16 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_17'] = x_manifest_from_bytes__mutmut_17 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_18'] = x_manifest_from_bytes__mutmut_18 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_19'] = x_manifest_from_bytes__mutmut_19 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_20'] = x_manifest_from_bytes__mutmut_20 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_21'] = x_manifest_from_bytes__mutmut_21 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_22'] = x_manifest_from_bytes__mutmut_22 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_23'] = x_manifest_from_bytes__mutmut_23 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_24'] = x_manifest_from_bytes__mutmut_24 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_25'] = x_manifest_from_bytes__mutmut_25 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_26'] = x_manifest_from_bytes__mutmut_26 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_27'] = x_manifest_from_bytes__mutmut_27 # type: ignore # mutmut generated
mutants_x_manifest_from_bytes__mutmut['x_manifest_from_bytes__mutmut_28'] = x_manifest_from_bytes__mutmut_28 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_policy_self__mutmut)
def verify_policy_self(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_orig(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_1(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = None
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_2(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(None, p.admins, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_3(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, None, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_4(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, None, by="policy itself")


def x_verify_policy_self__mutmut_5(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by=None)


def x_verify_policy_self__mutmut_6(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(p.admins, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_7(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admin_threshold, by="policy itself")


def x_verify_policy_self__mutmut_8(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, by="policy itself")


def x_verify_policy_self__mutmut_9(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, )


def x_verify_policy_self__mutmut_10(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="XXpolicy itselfXX")


def x_verify_policy_self__mutmut_11(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation); returns the
    admins whose signatures verify, AuthenticationError below the threshold."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="POLICY ITSELF")

mutants_x_verify_policy_self__mutmut['_mutmut_orig'] = x_verify_policy_self__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_1'] = x_verify_policy_self__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_2'] = x_verify_policy_self__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_3'] = x_verify_policy_self__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_4'] = x_verify_policy_self__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_5'] = x_verify_policy_self__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_6'] = x_verify_policy_self__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_7'] = x_verify_policy_self__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_8'] = x_verify_policy_self__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_9'] = x_verify_policy_self__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_10'] = x_verify_policy_self__mutmut_10 # type: ignore # mutmut generated
mutants_x_verify_policy_self__mutmut['x_verify_policy_self__mutmut_11'] = x_verify_policy_self__mutmut_11 # type: ignore # mutmut generated
mutants_x_not_expired__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_not_expired__mutmut)
def not_expired(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is not None and now >= expires else []


def x_not_expired__mutmut_orig(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is not None and now >= expires else []


def x_not_expired__mutmut_1(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if (expires is not None and now >= expires) and False else []


def x_not_expired__mutmut_2(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if (expires is not None and now >= expires) or True else []


def x_not_expired__mutmut_3(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is not None or now >= expires else []


def x_not_expired__mutmut_4(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is None and now >= expires else []


def x_not_expired__mutmut_5(expires: float | None, now: int, what: str) -> list[str]:
    return [f"{what} expired"] if expires is not None and now > expires else []

mutants_x_not_expired__mutmut['_mutmut_orig'] = x_not_expired__mutmut_orig # type: ignore # mutmut generated
mutants_x_not_expired__mutmut['x_not_expired__mutmut_1'] = x_not_expired__mutmut_1 # type: ignore # mutmut generated
mutants_x_not_expired__mutmut['x_not_expired__mutmut_2'] = x_not_expired__mutmut_2 # type: ignore # mutmut generated
mutants_x_not_expired__mutmut['x_not_expired__mutmut_3'] = x_not_expired__mutmut_3 # type: ignore # mutmut generated
mutants_x_not_expired__mutmut['x_not_expired__mutmut_4'] = x_not_expired__mutmut_4 # type: ignore # mutmut generated
mutants_x_not_expired__mutmut['x_not_expired__mutmut_5'] = x_not_expired__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_manifest__mutmut)
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


def x_verify_manifest__mutmut_orig(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
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


def x_verify_manifest__mutmut_1(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = None
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_2(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(None, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_3(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, None, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_4(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, None)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_5(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_6(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_7(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, )
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_8(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(None)
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_9(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = None
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_10(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems = not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_11(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems -= not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_12(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(None, now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_13(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), None, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_14(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, None)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_15(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_16(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_17(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, )
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_18(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems = [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_19(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems -= [f"{kind} {p}" for p in cap_problems(trusted.manifest, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_20(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(None, policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_21(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, None)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_22(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(policy)]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_23(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
    """The admin quorum of `policy`, unexpired, and every capped entry's asset an asset of
    `policy`; AuthenticationError (exit 5) listing every problem otherwise."""
    problems: list[str] = []
    try:
        verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    kind = trusted.document.kind.value
    problems += not_expired(trusted.manifest.expires.timestamp(), now, kind)
    problems += [f"{kind} {p}" for p in cap_problems(trusted.manifest, )]
    if problems:
        raise AuthenticationError(problems)


def x_verify_manifest__mutmut_24(trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
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
        raise AuthenticationError(None)

mutants_x_verify_manifest__mutmut['_mutmut_orig'] = x_verify_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_1'] = x_verify_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_2'] = x_verify_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_3'] = x_verify_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_4'] = x_verify_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_5'] = x_verify_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_6'] = x_verify_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_7'] = x_verify_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_8'] = x_verify_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_9'] = x_verify_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_10'] = x_verify_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_11'] = x_verify_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_12'] = x_verify_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_13'] = x_verify_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_14'] = x_verify_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_15'] = x_verify_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_16'] = x_verify_manifest__mutmut_16 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_17'] = x_verify_manifest__mutmut_17 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_18'] = x_verify_manifest__mutmut_18 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_19'] = x_verify_manifest__mutmut_19 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_20'] = x_verify_manifest__mutmut_20 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_21'] = x_verify_manifest__mutmut_21 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_22'] = x_verify_manifest__mutmut_22 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_23'] = x_verify_manifest__mutmut_23 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_24'] = x_verify_manifest__mutmut_24 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rotation_problems__mutmut)
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


def x_rotation_problems__mutmut_orig(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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


def x_rotation_problems__mutmut_1(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = None
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


def x_rotation_problems__mutmut_2(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version < current.policy.version:
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


def x_rotation_problems__mutmut_3(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            None
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


def x_rotation_problems__mutmut_4(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            f"policy version {new.policy.version} is not newer than the pinned "
            f"version {current.policy.version} (rollback refused)"
        )
    if new.policy.previous == current.document.hash:
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


def x_rotation_problems__mutmut_5(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            f"policy version {new.policy.version} is not newer than the pinned "
            f"version {current.policy.version} (rollback refused)"
        )
    if new.policy.previous != current.document.hash:
        problems.append(None)
    try:
        verify_quorum(new.document, current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_6(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            f"policy version {new.policy.version} is not newer than the pinned "
            f"version {current.policy.version} (rollback refused)"
        )
    if new.policy.previous != current.document.hash:
        problems.append("XXpolicy `previous` is not the hash of the pinned policyXX")
    try:
        verify_quorum(new.document, current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_7(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
    """Why `new` may not replace the pinned `current` (empty when it may): a newer version
    naming `current` as previous, signed by the current quorum and its own."""
    problems = []
    if new.policy.version <= current.policy.version:
        problems.append(
            f"policy version {new.policy.version} is not newer than the pinned "
            f"version {current.policy.version} (rollback refused)"
        )
    if new.policy.previous != current.document.hash:
        problems.append("POLICY `PREVIOUS` IS NOT THE HASH OF THE PINNED POLICY")
    try:
        verify_quorum(new.document, current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_8(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(None, current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_9(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(new.document, None, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_10(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(new.document, current.policy.admins, None)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_11(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(current.policy.admins, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_12(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(new.document, current.policy.admin_threshold)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_13(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_quorum(new.document, current.policy.admins, )
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_14(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        problems.extend(None)
    try:
        verify_policy_self(new)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_15(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        verify_policy_self(None)
    except AuthenticationError as exc:
        problems.extend(exc.reasons())
    return problems


def x_rotation_problems__mutmut_16(current: TrustedPolicy, new: TrustedPolicy) -> list[str]:
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
        problems.extend(None)
    return problems

mutants_x_rotation_problems__mutmut['_mutmut_orig'] = x_rotation_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_1'] = x_rotation_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_2'] = x_rotation_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_3'] = x_rotation_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_4'] = x_rotation_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_5'] = x_rotation_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_6'] = x_rotation_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_7'] = x_rotation_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_8'] = x_rotation_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_9'] = x_rotation_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_10'] = x_rotation_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_11'] = x_rotation_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_12'] = x_rotation_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_13'] = x_rotation_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_14'] = x_rotation_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_15'] = x_rotation_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_rotation_problems__mutmut['x_rotation_problems__mutmut_16'] = x_rotation_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_succession_problems__mutmut)
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


def x_succession_problems__mutmut_orig(current: TrustedManifest, new: TrustedManifest) -> list[str]:
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


def x_succession_problems__mutmut_1(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = None
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


def x_succession_problems__mutmut_2(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = new.document.kind.value
    problems = None
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


def x_succession_problems__mutmut_3(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = new.document.kind.value
    problems = []
    if new.manifest.version < current.manifest.version:
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


def x_succession_problems__mutmut_4(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = new.document.kind.value
    problems = []
    if new.manifest.version <= current.manifest.version:
        problems.append(
            None
        )
    if new.manifest.previous != current.document.hash:
        problems.append(
            f"{kind} `previous` is not the hash of the accepted version "
            f"{current.manifest.version} ({current.document.hash[:16]}…); import the "
            "versions in order"
        )
    return problems


def x_succession_problems__mutmut_5(current: TrustedManifest, new: TrustedManifest) -> list[str]:
    """Why `new` may not replace the accepted `current` manifest: each version names the one it
    replaces, so a fork signed beside the accepted chain (or a skipped version) is refused."""
    kind = new.document.kind.value
    problems = []
    if new.manifest.version <= current.manifest.version:
        problems.append(
            f"{kind} version {new.manifest.version} is not newer than the accepted "
            f"version {current.manifest.version} (rollback refused)"
        )
    if new.manifest.previous == current.document.hash:
        problems.append(
            f"{kind} `previous` is not the hash of the accepted version "
            f"{current.manifest.version} ({current.document.hash[:16]}…); import the "
            "versions in order"
        )
    return problems


def x_succession_problems__mutmut_6(current: TrustedManifest, new: TrustedManifest) -> list[str]:
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
            None
        )
    return problems


def x_succession_problems__mutmut_7(current: TrustedManifest, new: TrustedManifest) -> list[str]:
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
            f"{current.manifest.version} ({current.document.hash[:17]}…); import the "
            "versions in order"
        )
    return problems


def x_succession_problems__mutmut_8(current: TrustedManifest, new: TrustedManifest) -> list[str]:
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
            "XXversions in orderXX"
        )
    return problems


def x_succession_problems__mutmut_9(current: TrustedManifest, new: TrustedManifest) -> list[str]:
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
            "VERSIONS IN ORDER"
        )
    return problems

mutants_x_succession_problems__mutmut['_mutmut_orig'] = x_succession_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_1'] = x_succession_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_2'] = x_succession_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_3'] = x_succession_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_4'] = x_succession_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_5'] = x_succession_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_6'] = x_succession_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_7'] = x_succession_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_8'] = x_succession_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_succession_problems__mutmut['x_succession_problems__mutmut_9'] = x_succession_problems__mutmut_9 # type: ignore # mutmut generated
