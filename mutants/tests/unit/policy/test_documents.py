"""Signed documents: canonical form, domain-separated admin signatures, quorum counting."""

from __future__ import annotations

import pytest

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys.rolekey import Role, generate_role_key, schnorr_sign
from coldsign.policy.documents import (
    DocumentKind,
    DocumentSignature,
    Member,
    SignedDocument,
    canonical_json,
    parse_signed,
    verify_quorum,
)

ADMINS = [generate_role_key(Role.ADMIN, f"admin{i}") for i in range(3)]
MEMBERS = [Member(k.name, k.public_key) for k in ADMINS]
BODY = {"version": 1, "b": [1, 2], "a": "ü"}


def signed_by(kind: DocumentKind, keys: list, body: dict = BODY) -> SignedDocument:
    doc = SignedDocument(kind, body, ())
    for key in keys:
        doc = doc.with_signature(
            DocumentSignature(key.name, key.public_key, schnorr_sign(key, doc.message()))
        )
    return doc


def test_canonical_json_sorts_keys_and_is_compact() -> None:
    assert canonical_json(BODY) == '{"a":"ü","b":[1,2],"version":1}'.encode()


def test_quorum_met_and_round_trip() -> None:
    doc = signed_by(DocumentKind.POLICY, ADMINS[:2])
    again = parse_signed(doc.serialize(), DocumentKind.POLICY)
    assert again == doc
    assert verify_quorum(again, MEMBERS, 2) == ["admin0", "admin1"]


def test_below_quorum_names_the_count() -> None:
    doc = signed_by(DocumentKind.POLICY, ADMINS[:1])
    with pytest.raises(AuthenticationError) as info:
        verify_quorum(doc, MEMBERS, 2)
    assert "1 valid admin signature(s) of the 2" in str(info.value)


def test_signature_of_another_kind_does_not_count() -> None:
    """A whitelist signature must never pass as a policy signature (domain separation)."""
    wl = signed_by(DocumentKind.WHITELIST, ADMINS[:2])
    forged = SignedDocument(DocumentKind.POLICY, wl.body, wl.signatures)
    with pytest.raises(AuthenticationError) as info:
        verify_quorum(forged, MEMBERS, 2)
    assert "does not verify" in str(info.value)


def test_outsider_and_tampered_body_are_reasons() -> None:
    outsider = generate_role_key(Role.ADMIN, "mallory")
    doc = signed_by(DocumentKind.POLICY, [ADMINS[0], outsider])
    with pytest.raises(AuthenticationError) as info:
        verify_quorum(doc, MEMBERS, 2)
    assert any("not an admin" in r for r in info.value.reasons())
    tampered = SignedDocument(
        DocumentKind.POLICY,
        {**BODY, "version": 2},
        signed_by(DocumentKind.POLICY, ADMINS).signatures,
    )
    with pytest.raises(AuthenticationError):
        verify_quorum(tampered, MEMBERS, 1)


def test_same_key_twice_is_refused() -> None:
    doc = signed_by(DocumentKind.POLICY, ADMINS[:1])
    with pytest.raises(AuthenticationError):
        signed_by(DocumentKind.POLICY, ADMINS[:1], doc.body).with_signature(doc.signatures[0])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "x"}',
        b"\xff\xfe",
        b'{"format":"coldsign-signed-document","format_version":1,'
        b'"kind":"policy","hash":"00","body":{},"signatures":[]}',
        b"[" * 100000,
    ],
    ids=["empty", "truncated", "list", "wrong-format", "not-utf8", "wrong-hash", "deep-nesting"],
)
def test_malformed_signed_documents_are_decode_errors(data: bytes) -> None:
    with pytest.raises(DecodeError):
        parse_signed(data, DocumentKind.POLICY)


def test_wrong_kind_is_decode_error() -> None:
    doc = signed_by(DocumentKind.WHITELIST, ADMINS[:1])
    with pytest.raises(DecodeError, match="not a policy"):
        parse_signed(doc.serialize(), DocumentKind.POLICY)


def test_a_repeated_key_is_refused_anywhere_in_a_signed_document() -> None:
    """JSON lets the last duplicate win; a signed file must not show a reader one value while
    the code enforces another."""
    from coldsign.policy.documents import DocumentKind, parse_signed

    for text in (
        b'{"kind": "whitelist", "kind": "policy"}',
        b'{"body": {"entries": [{"label": "decoy", "label": "real"}]}}',
    ):
        with pytest.raises(DecodeError, match="duplicate key"):
            parse_signed(text, DocumentKind.WHITELIST)
