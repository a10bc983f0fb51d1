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


class DocumentKind(enum.Enum):
    POLICY = "policy"
    WHITELIST = "whitelist"
    DENYLIST = "denylist"


def canonical_json(body: Mapping[str, object]) -> bytes:
    """The one canonical byte form of a body: sorted keys, compact, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def document_hash(body: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical form: what `previous` and payloads refer to."""
    return hashlib.sha256(canonical_json(body)).hexdigest()


def signing_message(kind: DocumentKind, body: Mapping[str, object]) -> bytes:
    """The 32 bytes admins sign: BIP-340 tagged hash with tag `coldsign/<kind>/v1`."""
    from coldsign.codec.script import tagged_hash

    return tagged_hash(f"coldsign/{kind.value}/v1", canonical_json(body))


@dataclass(frozen=True)
class DocumentSignature:
    """One admin's signature: who, with which public key, and the 64-byte Schnorr signature."""

    signer: str
    public_key: bytes
    signature: bytes

    def to_json(self) -> dict[str, str]:
        return {"signer": self.signer, "key": self.public_key.hex(), "sig": self.signature.hex()}


@dataclass(frozen=True)
class SignedDocument:
    """A body of one kind with the admin signatures collected so far (order of signing kept)."""

    kind: DocumentKind
    body: Mapping[str, object]
    signatures: tuple[DocumentSignature, ...]

    @property
    def hash(self) -> str:
        return document_hash(self.body)

    def message(self) -> bytes:
        return signing_message(self.kind, self.body)

    def with_signature(self, sig: DocumentSignature) -> SignedDocument:
        """Add a signature; a second signature by the same key replaces nothing and is refused."""
        if any(s.public_key == sig.public_key for s in self.signatures):
            raise AuthenticationError(
                [f"{self.kind.value} is already signed by key {sig.public_key.hex()}"]
            )
        return SignedDocument(self.kind, self.body, (*self.signatures, sig))

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


def looks_signed(data: bytes) -> bool:
    """True if `data` is a signed-document JSON (rather than a TOML source)."""
    return data.lstrip()[:1] == b"{"


def parse_signed(data: bytes, expected: DocumentKind) -> SignedDocument:
    """Decode a signed document of kind `expected`; structure only (signatures are checked by
    `verify_quorum`). Raises DecodeError only."""
    what = f"signed {expected.value}"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, unique_keys=True)
    if not isinstance(raw, dict):
        raise DecodeError(what, "top level is not an object")
    try:
        canonical_json(raw)
    except UnicodeEncodeError:
        # JSON may escape a lone surrogate (\udxxx) that no UTF-8 text holds: hashing the body
        # raised UnicodeEncodeError (found reviewing fuzz/fuzz_signed_document.py).
        raise DecodeError(what, "holds text that is not valid Unicode") from None
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


def _hex(text: str, size: int, what: str, field: str) -> bytes:
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise DecodeError(what, f"{field} is not hex") from None
    if len(value) != size:
        raise DecodeError(what, f"{field} must be {size} bytes")
    return value


@dataclass(frozen=True)
class Member:
    """A named holder of a role key (admin or approver)."""

    name: str
    public_key: bytes


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
