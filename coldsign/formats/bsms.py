"""BIP-129 Bitcoin Secure Multisig Setup (BSMS): key records, descriptor records, encryption.

Round 1: each signer sends a key record

    BSMS 1.0
    <TOKEN hex, or 00 without encryption>
    [fingerprint/path]KEY
    <description>
    <signature of the first four lines (LF-joined) by KEY, legacy BIP-137>

Round 2: the coordinator sends the descriptor record

    BSMS 1.0
    <descriptor, or a template whose keys end in /** >
    <path restrictions, e.g. /0/*,/1/*, or "No path restrictions">
    <first address>

Encryption (STANDARD: one 8-byte TOKEN; EXTENDED: a 16-byte TOKEN per signer):
ENCRYPTION_KEY = PBKDF2-SHA512("No SPOF", TOKEN, 2048, 32); HMAC_KEY = SHA256(ENCRYPTION_KEY);
MAC = HMAC-SHA256(HMAC_KEY, TOKEN hex || record); the .dat file is hex(MAC || AES-256-CTR(record,
ENCRYPTION_KEY, IV = MAC[:16])). A wrong MAC is an AuthenticationError (exit 5).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re

from coldsign.codec.descriptor import (
    Descriptor,
    KeyExpression,
    add_checksum,
    parse_descriptor,
    parse_key_expression,
)
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats.signed_export import MessageSigner, SignatureCheck
from coldsign.units import Network, is_ascii_decimal

VERSION = "BSMS 1.0"
NO_PATH_RESTRICTIONS = "No path restrictions"
DEFAULT_RESTRICTIONS = "/0/*,/1/*"
MAX_RECORD = 16 * 1024
MAX_DESCRIPTION = 80
_PASSWORD = b"No SPOF"


# --------------------------------------------------------------------------- tokens


@dataclasses.dataclass(frozen=True)
class Token:
    """A BSMS token: empty (NO_ENCRYPTION, written `00`), 8 bytes (STANDARD) or 16 (EXTENDED)."""

    raw: bytes = b""

    def __post_init__(self) -> None:
        if len(self.raw) not in (0, 8, 16):
            raise ValueError("a BSMS token is 0, 8 or 16 bytes")

    @property
    def encrypted(self) -> bool:
        return bool(self.raw)

    @property
    def hex(self) -> str:
        return self.raw.hex() if self.raw else "00"

    def encryption_key(self) -> bytes:
        return hashlib.pbkdf2_hmac("sha512", _PASSWORD, self.raw, 2048, 32)

    def words(self) -> str:
        """The token as BIP-39 words (6 for STANDARD, 12 for EXTENDED), checksum included."""
        from mnemonic import Mnemonic

        wordlist = Mnemonic("english").wordlist
        bits = len(self.raw) * 8
        value = int.from_bytes(self.raw, "big")
        check_bits = bits // 32
        check = hashlib.sha256(self.raw).digest()[0] >> (8 - check_bits)
        total = (value << check_bits) | check
        count = (bits + check_bits) // 11
        return " ".join(wordlist[(total >> (11 * (count - 1 - i))) & 0x7FF] for i in range(count))


def parse_token(text: str) -> Token:
    """A token as hex (16 or 32 digits, or 00), decimal, or BIP-39 words (checksum checked).

    BIP-129 shows a token in all three forms, so 16 or 32 decimal digits without `0x` may read as
    two tokens (hex and decimal): DecodeError asking for `0x` + hex or the words, rather than a guess
    (reading the hex form `0000000000000028` as decimal 28 gave another token; found by
    fuzz/fuzz_wallet_import.py). Key records hold hex only: `decode_key_record`.
    """
    what = "BSMS token"
    value = text.strip().lower()
    if value in ("00", "0x00"):
        return Token()
    hex_text = value.removeprefix("0x")
    decimal = _decimal_token(value) if is_ascii_decimal(value) and len(value) <= 40 else None
    if re.fullmatch(r"[0-9a-f]{16}|[0-9a-f]{32}", hex_text):
        token = Token(bytes.fromhex(hex_text))
        if decimal is not None and decimal != token:
            raise DecodeError(
                what, f"{len(value)} digits read as hex or as decimal: write 0x + hex, or the words"
            )
        return token
    if decimal is not None:
        return decimal
    words = value.split()
    if len(words) in (6, 12):
        from mnemonic import Mnemonic

        index = {w: i for i, w in enumerate(Mnemonic("english").wordlist)}
        if any(w not in index for w in words):
            raise DecodeError(what, "a word is not in the BIP-39 list")
        total = 0
        for word in words:
            total = (total << 11) | index[word]
        size = 8 if len(words) == 6 else 16
        check_bits = size * 8 // 32
        token = Token((total >> check_bits).to_bytes(size, "big"))
        if token.words() != " ".join(words):
            raise DecodeError(what, "word checksum mismatch")
        return token
    if re.fullmatch(r"[0-9a-f]+", hex_text):
        raise DecodeError(what, "hex token must be 16 or 32 digits")
    raise DecodeError(what, "neither hex, decimal nor 6 or 12 BIP-39 words")


def _decimal_token(digits: str) -> Token:
    number = int(digits)
    if number >= 2**128:
        raise DecodeError("BSMS token", "decimal token larger than 128 bits")
    return Token(number.to_bytes(8 if number < 2**64 else 16, "big"))


# --------------------------------------------------------------------------- encryption


def _mac(token: Token, record: bytes) -> bytes:
    hmac_key = hashlib.sha256(token.encryption_key()).digest()
    return hmac.new(hmac_key, token.hex.encode("ascii") + record, hashlib.sha256).digest()


def _ctr(key: bytes, iv: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    cipher = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return cipher.update(data) + cipher.finalize()


def encrypt(record: bytes, token: Token) -> bytes:
    """The `.dat` text (hex of MAC || ciphertext) of a record; the record itself without a token."""
    if not token.encrypted:
        return record
    mac = _mac(token, record)
    return (mac + _ctr(token.encryption_key(), mac[:16], record)).hex().encode("ascii")


def decrypt(dat: bytes, token: Token) -> bytes:
    """The record inside a `.dat` file. DecodeError if it is not hex; AuthenticationError (exit 5)
    if the MAC does not match (wrong token, or a changed file)."""
    what = "BSMS encrypted record"
    if len(dat) > 2 * MAX_RECORD + 64:
        raise DecodeError(what, "too large")
    text = dat.strip()
    if not re.fullmatch(rb"(?:[0-9a-fA-F]{2}){33,}", text):
        raise DecodeError(what, "not the hex of a MAC and ciphertext")
    raw = bytes.fromhex(text.decode("ascii"))
    mac, ciphertext = raw[:32], raw[32:]
    record = _ctr(token.encryption_key(), mac[:16], ciphertext)
    if not hmac.compare_digest(mac, _mac(token, record)):
        raise AuthenticationError(["the record's MAC does not match: wrong token, or changed"])
    return record


# --------------------------------------------------------------------------- round 1


@dataclasses.dataclass(frozen=True)
class KeyRecord:
    """A round-1 key record. `key_text` is the KEY line as written: the signature covers it."""

    token: Token
    key: KeyExpression
    key_text: str
    description: str
    signature: str

    def signed_text(self) -> bytes:
        return "\n".join([VERSION, self.token.hex, self.key_text, self.description]).encode()

    def encode(self) -> bytes:
        return self.signed_text() + b"\n" + self.signature.encode("ascii")

    @property
    def public_key(self) -> bytes:
        """The key that signs the record: the xpub's own key, or the plain public key."""
        if self.key.xpub is not None:
            return self.key.xpub.public_key
        assert self.key.public_key is not None
        return self.key.public_key


def key_text(key: KeyExpression) -> str:
    """KEY as BIP-129's examples write it: `[fingerprint/48'/0'/0'/2']xpub...` (' for hardened)."""
    assert key.origin is not None
    body = key.xpub.to_string() if key.xpub is not None else (key.public_key or b"").hex()
    return f"[{key.origin.to_string(chr(39))}]{body}"


def _check_key(key: KeyExpression, what: str) -> None:
    if key.origin is None:
        raise DecodeError(what, "the key needs its origin [fingerprint/path]")
    if key.path or key.wildcard:
        raise DecodeError(what, "the key must not carry derivation steps")
    if key.xpub is None and (key.public_key is None or len(key.public_key) != 33):
        raise DecodeError(what, "the key is neither an xpub nor a compressed public key")


def make_key_record(
    token: Token, key: KeyExpression, description: str, signer: MessageSigner
) -> KeyRecord:
    """Sign a key record with KEY's private key (the caller's `signer` holds it)."""
    _check_key(key, "BSMS key record")
    if "\n" in description or len(description) > MAX_DESCRIPTION:
        raise ValueError(f"the description is one line of at most {MAX_DESCRIPTION} characters")
    unsigned = KeyRecord(token, key, key_text(key), description, "")
    return dataclasses.replace(unsigned, signature=signer(unsigned.signed_text()))


def decode_key_record(data: bytes) -> KeyRecord:
    """Read a plaintext key record (total; the signature is checked by `verify_key_record`)."""
    what = "BSMS key record"
    lines = _lines(data, what, 5)
    # BIP-129 writes TOKEN in hex: read it as hex only (parse_token's decimal and word forms are
    # for people; a hex token of only decimal digits was read as decimal and the record refused).
    if not re.fullmatch(r"00|[0-9a-f]{16}|[0-9a-f]{32}", lines[1]):
        raise DecodeError(what, "TOKEN is not 00 or 16 or 32 lower-case hex digits")
    token = Token(b"" if lines[1] == "00" else bytes.fromhex(lines[1]))
    key = parse_key_expression(lines[2], what=f"{what} KEY")
    _check_key(key, what)
    description = lines[3]
    if len(description) > MAX_DESCRIPTION:
        raise DecodeError(what, f"description longer than {MAX_DESCRIPTION} characters")
    if not re.fullmatch(r"[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{87}=", lines[4]):
        raise DecodeError(what, "SIG is not 65 bytes of base64")
    return KeyRecord(token, key, lines[2], description, lines[4])


def verify_key_record(record: KeyRecord, check: SignatureCheck, expected: Token | None) -> None:
    """The record's signature must be by its own KEY, and its TOKEN the session's (when given).
    AuthenticationError (exit 5) otherwise."""
    problems = []
    if expected is not None and record.token != expected:
        problems.append("the record's TOKEN is not this session's token")
    if not check(record.public_key, record.signed_text(), record.signature):
        problems.append("SIG is not a signature of the record by its KEY")
    if problems:
        raise AuthenticationError(problems)


def _lines(data: bytes, what: str, count: int) -> list[str]:
    if len(data) > MAX_RECORD:
        raise DecodeError(what, f"larger than {MAX_RECORD} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if len(lines) != count:
        raise DecodeError(what, f"{len(lines)} lines, expected {count}")
    if lines[0] != VERSION:
        raise DecodeError(what, f"first line is not {VERSION!r}")
    return lines


# --------------------------------------------------------------------------- round 2


@dataclasses.dataclass(frozen=True)
class DescriptorRecord:
    """A round-2 descriptor record, decoded into the wallet it describes."""

    descriptor: Descriptor
    first_address: str


def encode_descriptor_record(descriptor: Descriptor, network: Network) -> bytes:
    """The descriptor record of a wallet: a `/**` template with `/0/*,/1/*` when every key
    derives `<0;1>/*`, otherwise the descriptor with its checksum and no path restrictions."""
    template = all(k.wildcard and k.path == ((0, 1),) for k in descriptor.keys if k.xpub)
    ranged_keys = [k for k in descriptor.keys if k.xpub is not None]
    first = descriptor.derive(0, 0).address(network)
    if template and ranged_keys:
        text = descriptor.to_string(with_checksum=False).replace("/<0;1>/*", "/**")
        restrictions = DEFAULT_RESTRICTIONS
    else:
        text, restrictions = descriptor.to_string(), NO_PATH_RESTRICTIONS
    return "\n".join([VERSION, text, restrictions, first]).encode("utf-8")


def decode_descriptor_record(data: bytes, network: Network) -> DescriptorRecord:
    """Read a descriptor record and check it: the first address must be what the descriptor
    derives (AuthenticationError, exit 5, otherwise: a coordinator or courier changed it)."""
    what = "BSMS descriptor record"
    lines = _lines(data, what, 4)
    text, restrictions, first = lines[1], lines[2].strip(), lines[3].strip()
    if "/**" in text:
        if restrictions.replace(" ", "") != DEFAULT_RESTRICTIONS:
            raise DecodeError(what, f"only {DEFAULT_RESTRICTIONS} path restrictions are supported")
        text = add_checksum(text.replace("/**", "/<0;1>/*"))
    elif restrictions != NO_PATH_RESTRICTIONS:
        raise DecodeError(what, "path restrictions without a /** template")
    descriptor = parse_descriptor(text)
    derived = descriptor.derive(0, 0).address(network)
    if derived != first:
        raise AuthenticationError(
            [f"the record's first address is not the descriptor's ({derived})"]
        )
    return DescriptorRecord(descriptor, first)
