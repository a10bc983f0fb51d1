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
    looks_signed,
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


# --- Exact refusals of parse_signed (the reason is what the operator reads) ---------------------

SIG = DocumentSignature("admin0", bytes.fromhex("02" + "11" * 32), bytes(range(64)))


def envelope(**changes: object) -> bytes:
    """A structurally valid signed policy (one stand-in signature), with `changes` applied
    (a value of DROP removes the field)."""
    import json

    body = changes.pop("body", BODY)
    data: dict[str, object] = {
        "format": "coldsign-signed-document",
        "format_version": 1,
        "kind": "policy",
        "hash": SignedDocument(DocumentKind.POLICY, body, ()).hash,  # type: ignore[arg-type]
        "body": body,
        "signatures": [SIG.to_json()],
    }
    for key, value in changes.items():
        if value is DROP:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data).encode()


DROP = object()


def test_a_valid_envelope_decodes_to_its_fields() -> None:
    doc = parse_signed(envelope(), DocumentKind.POLICY)
    assert doc == SignedDocument(DocumentKind.POLICY, BODY, (SIG,))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[1]", "top level is not an object"),
        (b'{"body": {"a": "\\ud800"}}', "holds text that is not valid Unicode"),
        (envelope(extra=1, more=2), "unknown field(s) ['extra', 'more']"),
        (
            envelope(format="coldsign-other"),
            "not a coldsign signed document of a supported version",
        ),
        (envelope(format_version=2), "not a coldsign signed document of a supported version"),
        (envelope(format_version=DROP), "not a coldsign signed document of a supported version"),
        (envelope(format=DROP), "not a coldsign signed document of a supported version"),
        (envelope(kind="denylist"), "is a 'denylist' document, not a policy"),
        (envelope(kind=DROP), "is a None document, not a policy"),
        (envelope(body=[1]), "body is not an object"),
        (envelope(hash="00" * 32), "stated hash does not match the body"),
        (envelope(signatures={}), "signatures is not a list"),
        (envelope(signatures=DROP), "signatures is not a list"),
        (
            envelope(signatures=[["signer", "key", "sig"]]),
            "signature 0 must have exactly signer, key and sig",
        ),
        (
            envelope(signatures=[SIG.to_json(), {"signer": "x", "key": "00"}]),
            "signature 1 must have exactly signer, key and sig",
        ),
        (
            envelope(signatures=[{**SIG.to_json(), "extra": ""}]),
            "signature 0 must have exactly signer, key and sig",
        ),
        (
            envelope(signatures=[{**SIG.to_json(), "signer": 1}]),
            "signature 0 fields must be strings",
        ),
        (
            envelope(signatures=[{**SIG.to_json(), "key": None}]),
            "signature 0 fields must be strings",
        ),
        (envelope(signatures=[{**SIG.to_json(), "sig": []}]), "signature 0 fields must be strings"),
        (envelope(signatures=[{**SIG.to_json(), "key": "zz"}]), "signature 0 key is not hex"),
        (
            envelope(signatures=[{**SIG.to_json(), "key": "02" * 32}]),
            "signature 0 key must be 33 bytes",
        ),
        (envelope(signatures=[{**SIG.to_json(), "sig": "0"}]), "signature 0 sig is not hex"),
        (
            envelope(signatures=[{**SIG.to_json(), "sig": "00" * 65}]),
            "signature 0 sig must be 64 bytes",
        ),
    ],
    ids=[
        "list",
        "lone-surrogate",
        "unknown-fields",
        "other-format",
        "other-version",
        "no-version",
        "no-format",
        "other-kind",
        "no-kind",
        "body-not-object",
        "wrong-hash",
        "signatures-not-list",
        "no-signatures",
        "signature-not-object",
        "signature-missing-field",
        "signature-extra-field",
        "signer-not-string",
        "key-not-string",
        "sig-not-string",
        "key-not-hex",
        "key-wrong-size",
        "sig-not-hex",
        "sig-wrong-size",
    ],
)
def test_malformed_envelopes_are_refused_with_their_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_signed(data, DocumentKind.POLICY)
    assert (info.value.what, info.value.reason) == ("signed policy", reason)
    assert str(info.value) == f"invalid signed policy: {reason}"


def test_json_errors_name_the_document_kind() -> None:
    with pytest.raises(DecodeError) as info:
        parse_signed(b"{", DocumentKind.DENYLIST)
    assert info.value.what == "signed denylist"


def test_serialized_form_is_stable_text() -> None:
    """The file admins pass around: sorted keys, two-space indent, UTF-8 (not \\u escapes), one
    trailing newline — byte-identical for the same document, so it diffs and hashes cleanly."""
    body = {"b": 1, "a": "ü"}
    doc = SignedDocument(DocumentKind.WHITELIST, body, (SIG,))
    key, sig = SIG.public_key.hex(), SIG.signature.hex()
    expected = (
        "{\n"
        '  "body": {\n'
        '    "a": "ü",\n'
        '    "b": 1\n'
        "  },\n"
        '  "format": "coldsign-signed-document",\n'
        '  "format_version": 1,\n'
        f'  "hash": "{doc.hash}",\n'
        '  "kind": "whitelist",\n'
        '  "signatures": [\n'
        "    {\n"
        f'      "key": "{key}",\n'
        f'      "sig": "{sig}",\n'
        '      "signer": "admin0"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    assert doc.serialize() == expected.encode()


@pytest.mark.parametrize(
    ("data", "signed"),
    [
        (b"{}", True),
        (b" \n\t{", True),
        (b"{x", True),
        (b"", False),
        (b"version = 1\n", False),
        (b"[admins]\n", False),
        (b"x{", False),
        (b"\n", False),
    ],
)
def test_looks_signed_tells_json_from_toml(data: bytes, signed: bool) -> None:
    assert looks_signed(data) is signed


def test_quorum_refusal_lists_the_count_first_then_each_bad_signature() -> None:
    outsider = generate_role_key(Role.ADMIN, "mallory")
    doc = signed_by(DocumentKind.WHITELIST, [outsider, ADMINS[0]])
    wrong = SignedDocument(
        DocumentKind.WHITELIST,
        doc.body,
        (*doc.signatures, DocumentSignature("admin1", ADMINS[1].public_key, bytes(64))),
    )
    with pytest.raises(AuthenticationError) as info:
        verify_quorum(wrong, MEMBERS, 2)
    assert info.value.reasons() == [
        "whitelist has 1 valid admin signature(s) of the 2 the pinned policy requires",
        "signature 0 (mallory): key is not an admin of the pinned policy",
        "signature 2 (admin1): does not verify",
    ]
    with pytest.raises(AuthenticationError) as info:
        verify_quorum(wrong, MEMBERS, 2, by="policy being replaced")
    assert info.value.reasons()[0] == (
        "whitelist has 1 valid admin signature(s) of the 2 the policy being replaced requires"
    )
