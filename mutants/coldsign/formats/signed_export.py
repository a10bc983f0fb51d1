"""Detached signatures on exported wallet files, as Coldcard writes them ("signed exports").

The signed message is `sha256(file).hex() + "  " + file name` (two spaces, as `sha256sum`
prints it); the signature is a BIP-137 (legacy `signmessage`) compact signature by the wallet's
own key, armored:

    -----BEGIN BITCOIN SIGNED MESSAGE-----
    <sha256 hex>  <file name>
    -----BEGIN BITCOIN SIGNATURE-----
    <P2PKH address of the signing key>
    <base64 signature>
    -----END BITCOIN SIGNATURE-----

The message signature itself (BIP-137) comes from `coldsign.messages.bip137`; this module only
takes it as the two small callables below, so it stays pure and testable with any BIP-137
implementation.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import PurePath
from typing import Protocol

from coldsign.codec.script import hash160
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.units import Network

BEGIN_MESSAGE = "-----BEGIN BITCOIN SIGNED MESSAGE-----"
BEGIN_SIGNATURE = "-----BEGIN BITCOIN SIGNATURE-----"
END_SIGNATURE = "-----END BITCOIN SIGNATURE-----"
MAX_SIGNATURE_FILE = 4096


class MessageSigner(Protocol):
    """Signs `message` (BIP-137, compressed P2PKH header) with one key; returns base64."""

    def __call__(self, message: bytes) -> str: ...


class SignatureCheck(Protocol):
    """True if `signature` (base64 BIP-137) over `message` was made by `public_key` (33 bytes)."""

    def __call__(self, public_key: bytes, message: bytes, signature: str) -> bool: ...


@dataclasses.dataclass(frozen=True)
class SignedMessage:
    """An armored signed message: the text that was signed, the address and the signature."""

    message: str
    address: str
    signature: str

    def armor(self) -> bytes:
        lines = [BEGIN_MESSAGE, self.message, BEGIN_SIGNATURE, self.address, self.signature]
        return ("\n".join([*lines, END_SIGNATURE]) + "\n").encode()


def p2pkh_address(public_key: bytes, network: Network) -> str:
    """The legacy address a BIP-137 signature names for a compressed key."""
    from coldsign.codec import base58

    version = b"\x00" if network is Network.MAINNET else b"\x6f"
    return base58.encode_check(version + hash160(public_key))


def export_message(data: bytes, name: str) -> str:
    """What a signed export signs: the file's SHA-256 (hex), two spaces, its base name."""
    base = PurePath(name).name
    if not base or "\n" in base or "\r" in base:
        raise ValueError("the file name must be a plain name")
    return f"{hashlib.sha256(data).hexdigest()}  {base}"


def sign_export(
    data: bytes, name: str, *, public_key: bytes, network: Network, signer: MessageSigner
) -> SignedMessage:
    """Sign the export `data` written as `name` with the key `public_key` (via `signer`)."""
    message = export_message(data, name)
    return SignedMessage(message, p2pkh_address(public_key, network), signer(message.encode()))


def parse_signed_message(text: bytes) -> SignedMessage:
    """Read an armored signature file (total: DecodeError for anything else)."""
    what = "signature file"
    if len(text) > MAX_SIGNATURE_FILE:
        raise DecodeError(what, f"larger than {MAX_SIGNATURE_FILE} bytes")
    try:
        lines = text.decode("ascii").replace("\r\n", "\n").strip("\n").split("\n")
    except UnicodeDecodeError:
        raise DecodeError(what, "not ASCII text") from None
    if (
        len(lines) != 6
        or lines[0] != BEGIN_MESSAGE
        or lines[2] != BEGIN_SIGNATURE
        or lines[5] != END_SIGNATURE
    ):
        raise DecodeError(what, "not an armored BITCOIN SIGNED MESSAGE with one message line")
    message, address, signature = lines[1], lines[3].strip(), lines[4].strip()
    if not re.fullmatch(r"[1-9A-HJ-NP-Za-km-z]{25,40}", address):
        raise DecodeError(what, "the address is not a legacy (base58) address")
    if not re.fullmatch(r"[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{87}=", signature):
        raise DecodeError(what, "the signature is not 65 bytes of base64")
    return SignedMessage(message, address, signature)


def verify_export(
    data: bytes,
    name: str,
    signed: SignedMessage,
    *,
    candidates: list[bytes],
    network: Network,
    check: SignatureCheck,
) -> bytes:
    """Check a signed export; returns the public key that signed it.

    The message must be this file's digest and name, the address that of one of `candidates`
    (the wallet's own keys), and the signature valid for that key. AuthenticationError (exit 5)
    naming what failed otherwise; nothing in the file is trusted on its own.
    """
    problems = []
    expected = export_message(data, name)
    if signed.message != expected:
        digest, _, signed_name = signed.message.partition("  ")
        if digest != expected.split("  ")[0]:
            problems.append("the file's SHA-256 differs from the signed digest")
        if signed_name != PurePath(name).name:
            problems.append(f"the signature is for a file named {signed_name!r}")
    key = next((k for k in candidates if p2pkh_address(k, network) == signed.address), None)
    if key is None:
        problems.append(f"{signed.address} is not the address of one of the wallet's keys")
    elif not problems and not check(key, signed.message.encode(), signed.signature):
        problems.append("the signature does not verify for that key")
    if problems:
        raise AuthenticationError(problems)
    assert key is not None
    return key
