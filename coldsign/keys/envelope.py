"""Secret bytes encrypted at rest under a passphrase: scrypt + AES-256-GCM in a JSON envelope.

The envelope is one JSON object with sorted keys; binary fields are lowercase hex::

    {"cipher": {"name": "aes-256-gcm", "nonce": "<12 bytes>"},
     "ciphertext": "<secret + 16-byte tag>",
     "format": "coldsign-envelope", "kdf": {"name": "scrypt", "n": 131072, "p": 1, "r": 8,
     "salt": "<16 bytes>"}, "kind": "coldsign-role-key", "public": {"name": "alice", ...},
     "version": 1}

Everything except ``ciphertext`` is the *header*. The header's canonical JSON (sorted keys, no
spaces, UTF-8) is the AES-GCM associated data, so a changed label, kind or KDF parameter makes
decryption fail exactly like a wrong passphrase does. The KDF parameters live in the file so the
cost can be raised later without breaking old files. scrypt is RFC 7914; AES-GCM is NIST SP
800-38D; both come from the `cryptography` package. The passphrase is NFKD-normalized before use
(as BIP-39 does) so the same words typed on two systems give the same key.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable
from typing import Any, Final

from coldsign.errors import AuthenticationError, DecodeError, UsageError
from coldsign.keys.secrets import Passphrase

FORMAT: Final = "coldsign-envelope"
VERSION: Final = 1
DEFAULT_KDF_N: Final = 2**17  # OWASP's scrypt floor (N=2^17, r=8, p=1): ~0.5 s, 128 MiB
DEFAULT_KDF_R: Final = 8
DEFAULT_KDF_P: Final = 1
MIN_KDF_N: Final = 2**10  # only tests go this low; sealing below it is refused
MAX_KDF_N: Final = 2**20  # opening a file must not be a memory bomb (128 * r * n bytes)
MAX_KDF_MEMORY: Final = 2**30
MAX_ENVELOPE_BYTES: Final = 1024 * 1024
MAX_SECRET_BYTES: Final = 64 * 1024
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
KEY_BYTES: Final = 32

WRONG_PASSPHRASE: Final = "wrong passphrase or the file was altered"

_HEX = re.compile(r"(?:[0-9a-f]{2})*")
_KIND = re.compile(r"[a-z][a-z0-9-]{0,63}")
_TOP_KEYS = frozenset({"format", "version", "kind", "kdf", "cipher", "public", "ciphertext"})
_KDF_KEYS = frozenset({"name", "n", "r", "p", "salt"})
_CIPHER_KEYS = frozenset({"name", "nonce"})


def seal(
    secret: bytes,
    passphrase: Passphrase,
    *,
    kind: str,
    public: dict[str, str],
    kdf_n: int = DEFAULT_KDF_N,
) -> bytes:
    """Encrypt `secret` under `passphrase` into an envelope file's bytes (JSON text, newline-ended).

    `kind` names what the secret is (checked again on open); `public` is a label readable without
    the passphrase and bound to the ciphertext. Raises UsageError for an empty passphrase and
    ValueError for parameters a caller should never pass (bad kind, n out of range, non-str labels).
    """
    if not isinstance(secret, bytes | bytearray) or not 0 < len(secret) <= MAX_SECRET_BYTES:
        raise ValueError("secret must be 1 to 65536 bytes")
    if not _KIND.fullmatch(kind):
        raise ValueError("kind must be lowercase letters, digits and dashes")
    _check_public(public, ValueError)
    _check_kdf(kdf_n, DEFAULT_KDF_R, DEFAULT_KDF_P, ValueError)
    secret_text = _passphrase_bytes(passphrase)
    if not secret_text:
        raise UsageError("empty passphrase")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "kdf": {
            "name": "scrypt",
            "n": kdf_n,
            "r": DEFAULT_KDF_R,
            "p": DEFAULT_KDF_P,
            "salt": salt.hex(),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": nonce.hex()},
        "public": dict(public),
    }
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # lazily: start-up

    key = _derive(secret_text, salt, kdf_n, DEFAULT_KDF_R, DEFAULT_KDF_P)
    ciphertext = AESGCM(key).encrypt(nonce, bytes(secret), _aad(header))
    document = {**header, "ciphertext": ciphertext.hex()}
    return (json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def open_sealed(blob: bytes, passphrase: Passphrase, *, kind: str) -> bytes:
    """Decrypt an envelope of `kind`. Returns the secret bytes.

    Raises DecodeError (exit 3) for a malformed envelope or one of another kind, and
    AuthenticationError (exit 5) for a wrong passphrase or any change to the file's content.
    """
    from cryptography.exceptions import InvalidTag  # lazily: most runs open no envelope
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, ciphertext = _parse(blob, kind)
    kdf = header["kdf"]
    key = _derive(
        _passphrase_bytes(passphrase), bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"]
    )
    try:
        return AESGCM(key).decrypt(
            bytes.fromhex(header["cipher"]["nonce"]), ciphertext, _aad(header)
        )
    except InvalidTag:
        raise AuthenticationError([WRONG_PASSPHRASE]) from None


def read_public(blob: bytes, kind: str) -> dict[str, str]:
    """The envelope's public label, without the passphrase. Raises DecodeError like `open_sealed`.

    The label is only authenticated when the envelope is opened; until then it is a claim.
    """
    header, _ = _parse(blob, kind)
    return dict(header["public"])


def kdf_cost(blob: bytes, kind: str) -> int:
    """The scrypt N the envelope was sealed with (to warn about weak files before asking)."""
    header, _ = _parse(blob, kind)
    n: int = header["kdf"]["n"]
    return n


def _passphrase_bytes(passphrase: Passphrase) -> bytes:
    if not isinstance(passphrase, Passphrase):
        raise TypeError("passphrase must be a Passphrase")
    return unicodedata.normalize("NFKD", passphrase.reveal()).encode("utf-8")


def _derive(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase)


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _check_kdf(n: object, r: object, p: object, error: Callable[[str], Exception]) -> None:
    for name, value in (("n", n), ("r", r), ("p", p)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise error(f"kdf.{name} must be an integer")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if not MIN_KDF_N <= n <= MAX_KDF_N or n & (n - 1):
        raise error(f"kdf.n must be a power of two from {MIN_KDF_N} to {MAX_KDF_N}")
    if not 1 <= r <= 32 or not 1 <= p <= 16:
        raise error("kdf.r must be 1..32 and kdf.p 1..16")
    if 128 * r * n * p > MAX_KDF_MEMORY:
        raise error("kdf parameters need more than 1 GiB of memory")


def _check_public(public: object, error: Callable[[str], Exception]) -> None:
    if not isinstance(public, dict):
        raise error("public must be an object")
    for key, value in public.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise error("public labels must map strings to strings")


def _hex_field(value: object, what: str, size: int | None = None) -> bytes:
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise DecodeError(what, "not lowercase hex")
    raw = bytes.fromhex(value)
    if size is not None and len(raw) != size:
        raise DecodeError(what, f"must be {size} bytes, got {len(raw)}")
    return raw


def _object(value: object, what: str, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(what, "not a JSON object")
    if set(value) != keys:
        missing = sorted(keys - set(value))
        unknown = sorted(set(value) - keys)
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unknown {', '.join(unknown)}" if unknown else "",
            )
            if part
        )
        raise DecodeError(what, detail)
    return value


def _no_constants(name: str) -> None:
    raise DecodeError("envelope", f"{name} is not allowed")


def _parse(blob: bytes, kind: str) -> tuple[dict[str, Any], bytes]:
    """Validate the envelope's structure; return (header, ciphertext). Raises DecodeError only."""
    if not isinstance(blob, bytes | bytearray):
        raise TypeError("envelope must be bytes")
    if len(blob) > MAX_ENVELOPE_BYTES:
        raise DecodeError("envelope", f"larger than {MAX_ENVELOPE_BYTES} bytes")
    from coldsign.codec.jsontext import loads

    document = loads(bytes(blob), "envelope", unique_keys=True, parse_constant=_no_constants)
    document = _object(document, "envelope", _TOP_KEYS)
    if document["format"] != FORMAT:
        raise DecodeError("envelope", f"format is not {FORMAT!r}")
    version = document["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version != VERSION:
        raise DecodeError("envelope", f"unsupported version (this build reads version {VERSION})")
    found_kind = document["kind"]
    if not isinstance(found_kind, str) or not _KIND.fullmatch(found_kind):
        raise DecodeError("envelope", "kind is not a valid name")
    if found_kind != kind:
        raise DecodeError("envelope", f"this is a {found_kind!r} file, not a {kind!r} file")
    kdf = _object(document["kdf"], "envelope kdf", _KDF_KEYS)
    if kdf["name"] != "scrypt":
        raise DecodeError("envelope kdf", "only scrypt is supported")
    _check_kdf(kdf["n"], kdf["r"], kdf["p"], _kdf_error)
    _hex_field(kdf["salt"], "envelope kdf.salt", SALT_BYTES)
    cipher = _object(document["cipher"], "envelope cipher", _CIPHER_KEYS)
    if cipher["name"] != "aes-256-gcm":
        raise DecodeError("envelope cipher", "only aes-256-gcm is supported")
    _hex_field(cipher["nonce"], "envelope cipher.nonce", NONCE_BYTES)
    _check_public(document["public"], _public_error)
    ciphertext = _hex_field(document["ciphertext"], "envelope ciphertext")
    if not TAG_BYTES < len(ciphertext) <= MAX_SECRET_BYTES + TAG_BYTES:
        raise DecodeError("envelope ciphertext", "wrong length")
    header = {key: value for key, value in document.items() if key != "ciphertext"}
    return header, ciphertext


def _kdf_error(message: str) -> DecodeError:
    return DecodeError("envelope kdf", message)


def _public_error(message: str) -> DecodeError:
    return DecodeError("envelope public", message)
