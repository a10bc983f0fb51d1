"""A BIP-32 seed encrypted at rest: the envelope of keys/envelope.py with kind "coldsign-seed".

The public label (readable without the passphrase, bound to the ciphertext as AES-GCM associated
data) holds exactly ``name``, ``fingerprint`` (the BIP-32 master key fingerprint, 8 hex digits)
and ``created`` (UTC, ``YYYY-MM-DDTHH:MM:SSZ``). The secret is the BIP-32 seed itself (a BIP-39
seed of 64 bytes with any BIP-39 passphrase already applied, or a SLIP-39 master secret), so a
keystore cannot give back the words it was made from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys import envelope
from coldsign.keys.rolekey import valid_name
from coldsign.keys.secrets import Passphrase, Seed

KIND: Final = "coldsign-seed"
_LABEL_KEYS: Final = frozenset({"name", "fingerprint", "created"})
_FINGERPRINT: Final = re.compile(r"[0-9a-f]{8}")
_CREATED: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_CREATED_FORMAT: Final = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class KeystoreInfo:
    """What a keystore file says about itself without the passphrase (a claim until opened)."""

    name: str
    fingerprint: str
    created: str
    kdf_n: int
    kdf_r: int
    kdf_p: int


def format_created(when: datetime) -> str:
    """The label's timestamp form: UTC, seconds, trailing Z."""
    return when.astimezone(UTC).strftime(_CREATED_FORMAT)


def seal_seed(
    seed: Seed,
    passphrase: Passphrase,
    *,
    name: str,
    created: datetime | None = None,
    kdf_n: int = envelope.DEFAULT_KDF_N,
) -> bytes:
    """The bytes of a keystore file holding `seed` (write them with mode 0600).

    ValueError for an invalid name (see rolekey.valid_name) or KDF cost; UsageError for an empty
    passphrase (from the envelope).
    """
    if not valid_name(name):
        raise ValueError("keystore name: 1 to 64 of A-Z a-z 0-9 . _ @ -, starting alphanumeric")
    label = {
        "name": name,
        "fingerprint": seed.fingerprint,
        "created": format_created(created or datetime.now(UTC)),
    }
    return envelope.seal(seed.reveal(), passphrase, kind=KIND, public=label, kdf_n=kdf_n)


def keystore_info(blob: bytes) -> KeystoreInfo:
    """Label and KDF parameters of a keystore file, without the passphrase. DecodeError only."""
    label = envelope.read_public(blob, KIND)  # validates the whole envelope structure first
    if set(label) != _LABEL_KEYS:
        raise DecodeError("keystore label", "must hold exactly name, fingerprint and created")
    if not valid_name(label["name"]):
        raise DecodeError("keystore label", "name is not a valid name")
    if not _FINGERPRINT.fullmatch(label["fingerprint"]):
        raise DecodeError("keystore label", "fingerprint must be 8 lowercase hex digits")
    created = label["created"]
    try:
        if not _CREATED.fullmatch(created):
            raise ValueError
        datetime.strptime(created, _CREATED_FORMAT)
    except ValueError:
        raise DecodeError("keystore label", "created must be YYYY-MM-DDTHH:MM:SSZ") from None
    # The envelope parser accepted the structure and the kdf integers; read them back.
    from coldsign.codec.jsontext import loads

    kdf = loads(bytes(blob), "keystore")["kdf"]
    return KeystoreInfo(
        name=label["name"],
        fingerprint=label["fingerprint"],
        created=created,
        kdf_n=kdf["n"],
        kdf_r=kdf["r"],
        kdf_p=kdf["p"],
    )


def open_seed(blob: bytes, passphrase: Passphrase) -> Seed:
    """Decrypt a keystore file into its Seed.

    DecodeError (exit 3) if malformed; AuthenticationError (exit 5) for a wrong passphrase, any
    change to the file, or a seed whose fingerprint is not the one on the label.
    """
    info = keystore_info(blob)
    material = envelope.open_sealed(blob, passphrase, kind=KIND)
    try:
        seed = Seed(material)
    except DecodeError:
        raise AuthenticationError(["keystore holds a seed of an invalid length"]) from None
    if seed.fingerprint != info.fingerprint:
        seed.wipe()
        raise AuthenticationError(["keystore: fingerprint label does not match the seed inside"])
    return seed
