"""Signed documents: the policy, whitelist and denylist as canonical JSON with admin signatures.

A document's *body* is plain data (dicts, lists, strings, ints, bools). Its canonical form is JSON
with sorted keys and no whitespace; its hash (`previous` links, payload bindings) is the SHA-256 of
that form. Admins sign BIP-340 Schnorr over a tagged hash of the canonical form whose tag names the
document kind, so a whitelist signature can never pass as a policy signature.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coldsign.errors import AuthenticationError, DecodeError

SIGNED_FORMAT = "coldsign-signed-document"
SIGNED_FORMAT_VERSION = 1


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class DocumentKind(enum.Enum):
    POLICY = "policy"
    WHITELIST = "whitelist"
    DENYLIST = "denylist"
mutants_x_canonical_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_canonical_json__mutmut)
def canonical_json(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_orig(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_1(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(None, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_2(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=None, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_3(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=None, ensure_ascii=False).encode()


def x_canonical_json__mutmut_4(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=None).encode()


def x_canonical_json__mutmut_5(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_6(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_7(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode()


def x_canonical_json__mutmut_8(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ).encode()


def x_canonical_json__mutmut_9(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=False, separators=(",", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_10(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=("XX,XX", ":"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_11(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", "XX:XX"), ensure_ascii=False).encode()


def x_canonical_json__mutmut_12(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()

mutants_x_canonical_json__mutmut['_mutmut_orig'] = x_canonical_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_1'] = x_canonical_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_2'] = x_canonical_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_3'] = x_canonical_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_4'] = x_canonical_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_5'] = x_canonical_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_6'] = x_canonical_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_7'] = x_canonical_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_8'] = x_canonical_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_9'] = x_canonical_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_10'] = x_canonical_json__mutmut_10 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_11'] = x_canonical_json__mutmut_11 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_12'] = x_canonical_json__mutmut_12 # type: ignore # mutmut generated
mutants_x_document_hash__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_document_hash__mutmut)
def document_hash(body: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical form: what `previous` and payloads refer to."""
    return hashlib.sha256(canonical_json(body)).hexdigest()


def x_document_hash__mutmut_orig(body: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical form: what `previous` and payloads refer to."""
    return hashlib.sha256(canonical_json(body)).hexdigest()


def x_document_hash__mutmut_1(body: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical form: what `previous` and payloads refer to."""
    return hashlib.sha256(None).hexdigest()


def x_document_hash__mutmut_2(body: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical form: what `previous` and payloads refer to."""
    return hashlib.sha256(canonical_json(None)).hexdigest()

mutants_x_document_hash__mutmut['_mutmut_orig'] = x_document_hash__mutmut_orig # type: ignore # mutmut generated
mutants_x_document_hash__mutmut['x_document_hash__mutmut_1'] = x_document_hash__mutmut_1 # type: ignore # mutmut generated
mutants_x_document_hash__mutmut['x_document_hash__mutmut_2'] = x_document_hash__mutmut_2 # type: ignore # mutmut generated
mutants_x_signing_message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_signing_message__mutmut)
def signing_message(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", canonical_json(body))


def x_signing_message__mutmut_orig(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", canonical_json(body))


def x_signing_message__mutmut_1(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(None, canonical_json(body))


def x_signing_message__mutmut_2(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", None)


def x_signing_message__mutmut_3(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(canonical_json(body))


def x_signing_message__mutmut_4(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", )


def x_signing_message__mutmut_5(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", canonical_json(None))

mutants_x_signing_message__mutmut['_mutmut_orig'] = x_signing_message__mutmut_orig # type: ignore # mutmut generated
mutants_x_signing_message__mutmut['x_signing_message__mutmut_1'] = x_signing_message__mutmut_1 # type: ignore # mutmut generated
mutants_x_signing_message__mutmut['x_signing_message__mutmut_2'] = x_signing_message__mutmut_2 # type: ignore # mutmut generated
mutants_x_signing_message__mutmut['x_signing_message__mutmut_3'] = x_signing_message__mutmut_3 # type: ignore # mutmut generated
mutants_x_signing_message__mutmut['x_signing_message__mutmut_4'] = x_signing_message__mutmut_4 # type: ignore # mutmut generated
mutants_x_signing_message__mutmut['x_signing_message__mutmut_5'] = x_signing_message__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class DocumentSignature:
    """One admin's signature: who, with which public key, and the 64-byte Schnorr signature."""

    signer: str
    public_key: bytes
    signature: bytes

    @_mutmut_mutated(mutants_xǁDocumentSignatureǁto_json__mutmut)
    def to_json(self) -> dict[str, str]:
        return {"signer": self.signer, "key": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_orig(self) -> dict[str, str]:
        return {"signer": self.signer, "key": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_1(self) -> dict[str, str]:
        return {"XXsignerXX": self.signer, "key": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_2(self) -> dict[str, str]:
        return {"SIGNER": self.signer, "key": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_3(self) -> dict[str, str]:
        return {"signer": self.signer, "XXkeyXX": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_4(self) -> dict[str, str]:
        return {"signer": self.signer, "KEY": self.public_key.hex(), "sig": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_5(self) -> dict[str, str]:
        return {"signer": self.signer, "key": self.public_key.hex(), "XXsigXX": self.signature.hex()}

    def xǁDocumentSignatureǁto_json__mutmut_6(self) -> dict[str, str]:
        return {"signer": self.signer, "key": self.public_key.hex(), "SIG": self.signature.hex()}

mutants_xǁDocumentSignatureǁto_json__mutmut['_mutmut_orig'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_1'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_2'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_3'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_4'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_5'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDocumentSignatureǁto_json__mutmut['xǁDocumentSignatureǁto_json__mutmut_6'] = DocumentSignature.xǁDocumentSignatureǁto_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁmessage__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSignedDocumentǁwith_signature__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSignedDocumentǁserialize__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class SignedDocument:
    """A body of one kind with the admin signatures collected so far (order of signing kept)."""

    kind: DocumentKind
    body: Mapping[str, object]
    signatures: tuple[DocumentSignature, ...]

    @property
    def hash(self) -> str:
        return document_hash(self.body)

    @_mutmut_mutated(mutants_xǁSignedDocumentǁmessage__mutmut)
    def message(self) -> bytes:
        return signing_message(self.kind, self.body)

    def xǁSignedDocumentǁmessage__mutmut_orig(self) -> bytes:
        return signing_message(self.kind, self.body)

    def xǁSignedDocumentǁmessage__mutmut_1(self) -> bytes:
        return signing_message(None, self.body)

    def xǁSignedDocumentǁmessage__mutmut_2(self) -> bytes:
        return signing_message(self.kind, None)

    def xǁSignedDocumentǁmessage__mutmut_3(self) -> bytes:
        return signing_message(self.body)

    def xǁSignedDocumentǁmessage__mutmut_4(self) -> bytes:
        return signing_message(self.kind, )

    @_mutmut_mutated(mutants_xǁSignedDocumentǁwith_signature__mutmut)
    def with_signature(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_orig(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_1(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(None):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_2(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key != sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_3(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                None
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_4(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(None, self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_5(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, None, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_6(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, None)

    def xǁSignedDocumentǁwith_signature__mutmut_7(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.body, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_8(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, (*self.signatures, sig))

    def xǁSignedDocumentǁwith_signature__mutmut_9(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, )

    @_mutmut_mutated(mutants_xǁSignedDocumentǁserialize__mutmut)
    def serialize(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_orig(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_1(self) -> bytes:
        data = None
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_2(self) -> bytes:
        data = {
            "XXformatXX": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_3(self) -> bytes:
        data = {
            "FORMAT": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_4(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "XXformat_versionXX": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_5(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "FORMAT_VERSION": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_6(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "XXkindXX": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_7(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "KIND": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_8(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "XXhashXX": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_9(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "HASH": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_10(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "XXbodyXX": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_11(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "BODY": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_12(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "XXsignaturesXX": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_13(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "SIGNATURES": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_14(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) - "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_15(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(None, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_16(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=None, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_17(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=None, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_18(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=None) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_19(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_20(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_21(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_22(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_23(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=3, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_24(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_25(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode()

    def xǁSignedDocumentǁserialize__mutmut_26(self) -> bytes:
        data = {
            "format": SIGNED_FORMAT,
            "format_version": SIGNED_FORMAT_VERSION,
            "kind": self.kind.value,
            "hash": self.hash,
            "body": self.body,
            "signatures": [s.to_json() for s in self.signatures],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "XX\nXX").encode()

mutants_xǁSignedDocumentǁmessage__mutmut['_mutmut_orig'] = SignedDocument.xǁSignedDocumentǁmessage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁmessage__mutmut['xǁSignedDocumentǁmessage__mutmut_1'] = SignedDocument.xǁSignedDocumentǁmessage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁmessage__mutmut['xǁSignedDocumentǁmessage__mutmut_2'] = SignedDocument.xǁSignedDocumentǁmessage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁmessage__mutmut['xǁSignedDocumentǁmessage__mutmut_3'] = SignedDocument.xǁSignedDocumentǁmessage__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁmessage__mutmut['xǁSignedDocumentǁmessage__mutmut_4'] = SignedDocument.xǁSignedDocumentǁmessage__mutmut_4 # type: ignore # mutmut generated

mutants_xǁSignedDocumentǁwith_signature__mutmut['_mutmut_orig'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_1'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_2'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_3'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_4'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_5'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_6'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_7'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_8'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁwith_signature__mutmut['xǁSignedDocumentǁwith_signature__mutmut_9'] = SignedDocument.xǁSignedDocumentǁwith_signature__mutmut_9 # type: ignore # mutmut generated

mutants_xǁSignedDocumentǁserialize__mutmut['_mutmut_orig'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_1'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_2'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_3'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_4'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_5'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_6'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_7'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_8'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_9'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_10'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_11'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_12'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_13'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_14'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_15'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_16'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_17'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_18'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_19'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_20'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_21'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_22'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_23'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_24'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_25'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSignedDocumentǁserialize__mutmut['xǁSignedDocumentǁserialize__mutmut_26'] = SignedDocument.xǁSignedDocumentǁserialize__mutmut_26 # type: ignore # mutmut generated
mutants_x_looks_signed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_looks_signed__mutmut)
def looks_signed(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:1] == b"{"


def x_looks_signed__mutmut_orig(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:1] == b"{"


def x_looks_signed__mutmut_1(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.rstrip()[:1] == b"{"


def x_looks_signed__mutmut_2(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:2] == b"{"


def x_looks_signed__mutmut_3(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:1] != b"{"


def x_looks_signed__mutmut_4(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:1] == b"XX{XX"

mutants_x_looks_signed__mutmut['_mutmut_orig'] = x_looks_signed__mutmut_orig # type: ignore # mutmut generated
mutants_x_looks_signed__mutmut['x_looks_signed__mutmut_1'] = x_looks_signed__mutmut_1 # type: ignore # mutmut generated
mutants_x_looks_signed__mutmut['x_looks_signed__mutmut_2'] = x_looks_signed__mutmut_2 # type: ignore # mutmut generated
mutants_x_looks_signed__mutmut['x_looks_signed__mutmut_3'] = x_looks_signed__mutmut_3 # type: ignore # mutmut generated
mutants_x_looks_signed__mutmut['x_looks_signed__mutmut_4'] = x_looks_signed__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_signed__mutmut)
def parse_signed(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_orig(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_1(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = None
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_2(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = None
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_3(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(None, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_4(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, None, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_5(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=None)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_6(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_7(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_8(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, )
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_9(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=False)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_10(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_11(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(None, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_12(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, None)
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_13(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError("top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_14(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, )
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_15(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "XXtop level is not an objectXX")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_16(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "TOP LEVEL IS NOT AN OBJECT")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_17(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = None
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_18(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) + {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_19(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(None) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_20(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"XXformatXX", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_21(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"FORMAT", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_22(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "XXformat_versionXX", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_23(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "FORMAT_VERSION", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_24(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "XXkindXX", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_25(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "KIND", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_26(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "XXhashXX", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_27(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "HASH", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_28(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "XXbodyXX", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_29(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "BODY", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_30(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "XXsignaturesXX"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_31(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "SIGNATURES"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_32(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(None, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_33(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, None)
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_34(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_35(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, )
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_36(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(None)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_37(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT and raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_38(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get(None) != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_39(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("XXformatXX") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_40(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("FORMAT") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_41(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") == SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_42(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get(None) != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_43(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("XXformat_versionXX") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_44(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("FORMAT_VERSION") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_45(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") == SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_46(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(None, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_47(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, None)
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_48(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError("not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_49(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, )
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_50(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "XXnot a coldsign signed document of a supported versionXX")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_51(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "NOT A COLDSIGN SIGNED DOCUMENT OF A SUPPORTED VERSION")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_52(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get(None) != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_53(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("XXkindXX") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_54(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("KIND") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_55(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") == expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_56(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(None, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_57(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, None)
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_58(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_59(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, )
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_60(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get(None)!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_61(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('XXkindXX')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_62(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('KIND')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_63(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = None
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_64(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get(None)
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_65(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("XXbodyXX")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_66(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("BODY")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_67(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_68(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(None, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_69(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, None)
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_70(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError("body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_71(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, )
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_72(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "XXbody is not an objectXX")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_73(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "BODY IS NOT AN OBJECT")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_74(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get(None) != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_75(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("XXhashXX") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_76(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("HASH") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_77(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") == document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_78(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(None):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_79(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(None, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_80(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, None)
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_81(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError("stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_82(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, )
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_83(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "XXstated hash does not match the bodyXX")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_84(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "STATED HASH DOES NOT MATCH THE BODY")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_85(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = None
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_86(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get(None)
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_87(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("XXsignaturesXX")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_88(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("SIGNATURES")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_89(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_90(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(None, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_91(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, None)
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_92(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError("signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_93(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, )
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_94(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "XXsignatures is not a listXX")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_95(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "SIGNATURES IS NOT A LIST")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_96(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = None
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_97(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(None):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_98(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) and set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_99(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_100(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(None) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_101(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) == {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_102(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"XXsignerXX", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_103(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"SIGNER", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_104(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "XXkeyXX", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_105(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "KEY", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_106(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "XXsigXX"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_107(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "SIG"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_108(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(None, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_109(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, None)
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_110(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_111(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, )
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_112(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = None
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_113(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["XXsignerXX"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_114(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["SIGNER"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_115(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["XXkeyXX"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_116(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["KEY"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_117(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["XXsigXX"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_118(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["SIG"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_119(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_120(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(None):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_121(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(None, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_122(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, None)
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_123(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_124(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, )
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_125(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = None
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_126(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(None, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_127(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, None, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_128(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, None, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_129(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, None),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_130(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_131(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_132(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_133(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, ),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_134(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 34, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_135(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(None, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_136(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, None, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_137(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, None, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_138(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, None),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_139(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_140(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_141(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_142(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, ),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_143(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 65, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_144(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(None)
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_145(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(None, key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_146(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, None, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_147(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, None))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_148(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(key, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_149(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, sig))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_150(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, ))
    return SignedDocument(expected, body, tuple(sigs))


def x_parse_signed__mutmut_151(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(None, body, tuple(sigs))


def x_parse_signed__mutmut_152(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, None, tuple(sigs))


def x_parse_signed__mutmut_153(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, None)


def x_parse_signed__mutmut_154(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(body, tuple(sigs))


def x_parse_signed__mutmut_155(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, tuple(sigs))


def x_parse_signed__mutmut_156(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, )


def x_parse_signed__mutmut_157(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    extra = set(raw) - {"format", "format_version", "kind", "hash", "body", "signatures"}
    if extra:
        raise DecodeError(what, f"unknown field(s) {sorted(extra)}")
    if raw.get("format") != SIGNED_FORMAT or raw.get("format_version") != SIGNED_FORMAT_VERSION:
        raise DecodeError(what, "not a coldsign signed document of a supported version")
    if raw.get("kind") != expected.value:
        raise DecodeError(what, f"is a {raw.get('kind')!r} document, not a {expected.value}")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise DecodeError(what, "body is not an object")
    if raw.get("hash") != document_hash(body):
        raise DecodeError(what, "stated hash does not match the body")
    sigs_raw = raw.get("signatures")
    if not isinstance(sigs_raw, list):
        raise DecodeError(what, "signatures is not a list")
    sigs = []
    for i, item in enumerate(sigs_raw):
        if not isinstance(item, dict) or set(item) != {"signer", "key", "sig"}:
            raise DecodeError(what, f"signature {i} must have exactly signer, key and sig")
        signer, key_hex, sig_hex = item["signer"], item["key"], item["sig"]
        if not all(isinstance(v, str) for v in (signer, key_hex, sig_hex)):
            raise DecodeError(what, f"signature {i} fields must be strings")
        key, sig = (
            _hex(key_hex, 33, what, f"signature {i} key"),
            _hex(sig_hex, 64, what, f"signature {i} sig"),
        )
        sigs.append(DocumentSignature(signer, key, sig))
    return SignedDocument(expected, body, tuple(None))

mutants_x_parse_signed__mutmut['_mutmut_orig'] = x_parse_signed__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_1'] = x_parse_signed__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_2'] = x_parse_signed__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_3'] = x_parse_signed__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_4'] = x_parse_signed__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_5'] = x_parse_signed__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_6'] = x_parse_signed__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_7'] = x_parse_signed__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_8'] = x_parse_signed__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_9'] = x_parse_signed__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_10'] = x_parse_signed__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_11'] = x_parse_signed__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_12'] = x_parse_signed__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_13'] = x_parse_signed__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_14'] = x_parse_signed__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_15'] = x_parse_signed__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_16'] = x_parse_signed__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_17'] = x_parse_signed__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_18'] = x_parse_signed__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_19'] = x_parse_signed__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_20'] = x_parse_signed__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_21'] = x_parse_signed__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_22'] = x_parse_signed__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_23'] = x_parse_signed__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_24'] = x_parse_signed__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_25'] = x_parse_signed__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_26'] = x_parse_signed__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_27'] = x_parse_signed__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_28'] = x_parse_signed__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_29'] = x_parse_signed__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_30'] = x_parse_signed__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_31'] = x_parse_signed__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_32'] = x_parse_signed__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_33'] = x_parse_signed__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_34'] = x_parse_signed__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_35'] = x_parse_signed__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_36'] = x_parse_signed__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_37'] = x_parse_signed__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_38'] = x_parse_signed__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_39'] = x_parse_signed__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_40'] = x_parse_signed__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_41'] = x_parse_signed__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_42'] = x_parse_signed__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_43'] = x_parse_signed__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_44'] = x_parse_signed__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_45'] = x_parse_signed__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_46'] = x_parse_signed__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_47'] = x_parse_signed__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_48'] = x_parse_signed__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_49'] = x_parse_signed__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_50'] = x_parse_signed__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_51'] = x_parse_signed__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_52'] = x_parse_signed__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_53'] = x_parse_signed__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_54'] = x_parse_signed__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_55'] = x_parse_signed__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_56'] = x_parse_signed__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_57'] = x_parse_signed__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_58'] = x_parse_signed__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_59'] = x_parse_signed__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_60'] = x_parse_signed__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_61'] = x_parse_signed__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_62'] = x_parse_signed__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_63'] = x_parse_signed__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_64'] = x_parse_signed__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_65'] = x_parse_signed__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_66'] = x_parse_signed__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_67'] = x_parse_signed__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_68'] = x_parse_signed__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_69'] = x_parse_signed__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_70'] = x_parse_signed__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_71'] = x_parse_signed__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_72'] = x_parse_signed__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_73'] = x_parse_signed__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_74'] = x_parse_signed__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_75'] = x_parse_signed__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_76'] = x_parse_signed__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_77'] = x_parse_signed__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_78'] = x_parse_signed__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_79'] = x_parse_signed__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_80'] = x_parse_signed__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_81'] = x_parse_signed__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_82'] = x_parse_signed__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_83'] = x_parse_signed__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_84'] = x_parse_signed__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_85'] = x_parse_signed__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_86'] = x_parse_signed__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_87'] = x_parse_signed__mutmut_87 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_88'] = x_parse_signed__mutmut_88 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_89'] = x_parse_signed__mutmut_89 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_90'] = x_parse_signed__mutmut_90 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_91'] = x_parse_signed__mutmut_91 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_92'] = x_parse_signed__mutmut_92 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_93'] = x_parse_signed__mutmut_93 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_94'] = x_parse_signed__mutmut_94 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_95'] = x_parse_signed__mutmut_95 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_96'] = x_parse_signed__mutmut_96 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_97'] = x_parse_signed__mutmut_97 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_98'] = x_parse_signed__mutmut_98 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_99'] = x_parse_signed__mutmut_99 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_100'] = x_parse_signed__mutmut_100 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_101'] = x_parse_signed__mutmut_101 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_102'] = x_parse_signed__mutmut_102 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_103'] = x_parse_signed__mutmut_103 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_104'] = x_parse_signed__mutmut_104 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_105'] = x_parse_signed__mutmut_105 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_106'] = x_parse_signed__mutmut_106 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_107'] = x_parse_signed__mutmut_107 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_108'] = x_parse_signed__mutmut_108 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_109'] = x_parse_signed__mutmut_109 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_110'] = x_parse_signed__mutmut_110 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_111'] = x_parse_signed__mutmut_111 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_112'] = x_parse_signed__mutmut_112 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_113'] = x_parse_signed__mutmut_113 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_114'] = x_parse_signed__mutmut_114 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_115'] = x_parse_signed__mutmut_115 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_116'] = x_parse_signed__mutmut_116 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_117'] = x_parse_signed__mutmut_117 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_118'] = x_parse_signed__mutmut_118 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_119'] = x_parse_signed__mutmut_119 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_120'] = x_parse_signed__mutmut_120 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_121'] = x_parse_signed__mutmut_121 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_122'] = x_parse_signed__mutmut_122 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_123'] = x_parse_signed__mutmut_123 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_124'] = x_parse_signed__mutmut_124 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_125'] = x_parse_signed__mutmut_125 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_126'] = x_parse_signed__mutmut_126 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_127'] = x_parse_signed__mutmut_127 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_128'] = x_parse_signed__mutmut_128 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_129'] = x_parse_signed__mutmut_129 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_130'] = x_parse_signed__mutmut_130 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_131'] = x_parse_signed__mutmut_131 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_132'] = x_parse_signed__mutmut_132 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_133'] = x_parse_signed__mutmut_133 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_134'] = x_parse_signed__mutmut_134 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_135'] = x_parse_signed__mutmut_135 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_136'] = x_parse_signed__mutmut_136 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_137'] = x_parse_signed__mutmut_137 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_138'] = x_parse_signed__mutmut_138 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_139'] = x_parse_signed__mutmut_139 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_140'] = x_parse_signed__mutmut_140 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_141'] = x_parse_signed__mutmut_141 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_142'] = x_parse_signed__mutmut_142 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_143'] = x_parse_signed__mutmut_143 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_144'] = x_parse_signed__mutmut_144 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_145'] = x_parse_signed__mutmut_145 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_146'] = x_parse_signed__mutmut_146 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_147'] = x_parse_signed__mutmut_147 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_148'] = x_parse_signed__mutmut_148 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_149'] = x_parse_signed__mutmut_149 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_150'] = x_parse_signed__mutmut_150 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_151'] = x_parse_signed__mutmut_151 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_152'] = x_parse_signed__mutmut_152 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_153'] = x_parse_signed__mutmut_153 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_154'] = x_parse_signed__mutmut_154 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_155'] = x_parse_signed__mutmut_155 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_156'] = x_parse_signed__mutmut_156 # type: ignore # mutmut generated
mutants_x_parse_signed__mutmut['x_parse_signed__mutmut_157'] = x_parse_signed__mutmut_157 # type: ignore # mutmut generated
mutants_x__hex__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__hex__mutmut)
def _hex(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_orig(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_1(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = None
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_2(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(None)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_3(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(None, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_4(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, None) from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_5(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_6(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, ) from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_7(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) == size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_8(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(None, f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_9(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, None)
    return value


def x__hex__mutmut_10(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(f"{field} must be {size} bytes")
    return value


def x__hex__mutmut_11(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, )
    return value

mutants_x__hex__mutmut['_mutmut_orig'] = x__hex__mutmut_orig # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_1'] = x__hex__mutmut_1 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_2'] = x__hex__mutmut_2 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_3'] = x__hex__mutmut_3 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_4'] = x__hex__mutmut_4 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_5'] = x__hex__mutmut_5 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_6'] = x__hex__mutmut_6 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_7'] = x__hex__mutmut_7 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_8'] = x__hex__mutmut_8 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_9'] = x__hex__mutmut_9 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_10'] = x__hex__mutmut_10 # type: ignore # mutmut generated
mutants_x__hex__mutmut['x__hex__mutmut_11'] = x__hex__mutmut_11 # type: ignore # mutmut generated


@dataclass(frozen=True)
class Member:
    """A named holder of a role key (admin or approver)."""

    name: str
    public_key: bytes
mutants_x_verify_quorum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_quorum__mutmut)
def verify_quorum(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_orig(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_1(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "XXpinned policyXX"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_2(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "PINNED POLICY"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_3(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = None
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_4(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = None
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_5(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = None
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_6(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = None
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_7(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(None):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_8(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = None
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_9(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(None)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_10(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is not None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_11(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(None)
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_12(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_13(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(None, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_14(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, None, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_15(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, None):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_16(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_17(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_18(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, ):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_19(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(None)
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_20(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_21(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(None)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_22(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) <= threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_23(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            None,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_24(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            None,
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_25(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_26(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_27(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            1,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(problems)
    return good


def x_verify_quorum__mutmut_28(
    doc: SignedDocument, admins: Sequence[Member], threshold: int, *, by: str = "pinned policy"
) -> list[str]:
    """Names of the distinct admins whose signatures verify; AuthenticationError below `threshold`.

    Signatures by keys outside `admins`, or that do not verify, are listed as reasons.
    """
    from coldsign.keys.rolekey import schnorr_verify

    by_key = {m.public_key: m for m in admins}
    message = doc.message()
    good: list[str] = []
    problems: list[str] = []
    for i, sig in enumerate(doc.signatures):
        member = by_key.get(sig.public_key)
        if member is None:
            problems.append(f"signature {i} ({sig.signer}): key is not an admin of the {by}")
        elif not schnorr_verify(sig.public_key, message, sig.signature):
            problems.append(f"signature {i} ({sig.signer}): does not verify")
        elif member.name not in good:
            good.append(member.name)
    if len(good) < threshold:
        problems.insert(
            0,
            f"{doc.kind.value} has {len(good)} valid admin signature(s) of the {threshold} "
            f"the {by} requires",
        )
        raise AuthenticationError(None)
    return good

mutants_x_verify_quorum__mutmut['_mutmut_orig'] = x_verify_quorum__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_1'] = x_verify_quorum__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_2'] = x_verify_quorum__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_3'] = x_verify_quorum__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_4'] = x_verify_quorum__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_5'] = x_verify_quorum__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_6'] = x_verify_quorum__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_7'] = x_verify_quorum__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_8'] = x_verify_quorum__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_9'] = x_verify_quorum__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_10'] = x_verify_quorum__mutmut_10 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_11'] = x_verify_quorum__mutmut_11 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_12'] = x_verify_quorum__mutmut_12 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_13'] = x_verify_quorum__mutmut_13 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_14'] = x_verify_quorum__mutmut_14 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_15'] = x_verify_quorum__mutmut_15 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_16'] = x_verify_quorum__mutmut_16 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_17'] = x_verify_quorum__mutmut_17 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_18'] = x_verify_quorum__mutmut_18 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_19'] = x_verify_quorum__mutmut_19 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_20'] = x_verify_quorum__mutmut_20 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_21'] = x_verify_quorum__mutmut_21 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_22'] = x_verify_quorum__mutmut_22 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_23'] = x_verify_quorum__mutmut_23 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_24'] = x_verify_quorum__mutmut_24 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_25'] = x_verify_quorum__mutmut_25 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_26'] = x_verify_quorum__mutmut_26 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_27'] = x_verify_quorum__mutmut_27 # type: ignore # mutmut generated
mutants_x_verify_quorum__mutmut['x_verify_quorum__mutmut_28'] = x_verify_quorum__mutmut_28 # type: ignore # mutmut generated
