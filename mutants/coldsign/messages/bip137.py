"""Legacy Bitcoin signed messages (Bitcoin Core's `signmessage`, extended to segwit by BIP-137).

Hash: sha256d(b"\\x18Bitcoin Signed Message:\\n" || CompactSize(len(m)) || m). Signature: 65 bytes,
header || r || s, base64. The header says how to read the recovered key (BIP-137):

    27-30  P2PKH, uncompressed key     31-34  P2PKH, compressed key
    35-38  P2SH-P2WPKH                 39-42  P2WPKH              (header - base = recovery id)

`sign` writes the BIP-137 header of the script type (what Trezor, Coldcard and Sparrow's
"BIP137" mode write), or with `HeaderStyle.ELECTRUM` the 31-34 header for every type (what
Electrum and Sparrow's default write). `verify` accepts exactly what those peers produce:

    address      headers accepted            key checked
    P2PKH        27-30, 31-34                hash160 of the key as the header says
    P2WPKH       39-42, and 31-34 (Electrum) hash160 of the compressed key
    P2SH-P2WPKH  35-38, and 31-34 (Electrum) hash160 of OP_0 PUSH20(hash160(compressed key))

A segwit header for a P2PKH address, or a P2WPKH header for a P2SH address, is refused (as
Trezor does; Electrum ignores the header and Bitcoin Core reads 39-42 as "compressed"). Taproot
and script-hash addresses other than P2SH-P2WPKH cannot carry a legacy signature (BIP-322
instead). Recovery is libsecp256k1's (coincurve); nothing here does curve arithmetic.
"""

from __future__ import annotations

import base64
import enum
from dataclasses import dataclass

from coldsign.codec.reader import compact_size
from coldsign.codec.script import ScriptType, classify, hash160, p2wpkh_script
from coldsign.codec.tx import sha256d
from coldsign.errors import DecodeError
from coldsign.keys.secrets import PrivateKey32
from coldsign.messages.common import decode_address, message_bytes, strict_b64decode
from coldsign.units import Network

MAGIC = b"\x18Bitcoin Signed Message:\n"
WHAT = "BIP-137 signature"


class LegacyScript(enum.Enum):
    """The address types a legacy message signature can stand for."""

    P2PKH = "p2pkh"
    P2SH_P2WPKH = "p2sh-p2wpkh"
    P2WPKH = "p2wpkh"


class HeaderStyle(enum.Enum):
    """Which header `sign` writes for segwit addresses."""

    BIP137 = "bip137"  # 35-38 / 39-42: Trezor, Coldcard, Sparrow (BIP137 option)
    ELECTRUM = "electrum"  # 31-34 for every type: Electrum, Sparrow (default)


_BASE = {LegacyScript.P2PKH: 31, LegacyScript.P2SH_P2WPKH: 35, LegacyScript.P2WPKH: 39}


@dataclass(frozen=True)
class LegacySignature:
    """A decoded 65-byte signature: its header, recovery id, key form and (r, s) bytes."""

    header: int
    recovery_id: int
    compressed: bool
    script: LegacyScript  # the type the header names (31-34: P2PKH, or "any" for Electrum)
    rs: bytes

    def encode(self) -> str:
        return base64.b64encode(bytes([self.header]) + self.rs).decode("ascii")


def message_hash(message: bytes | str) -> bytes:
    """sha256d(MAGIC || CompactSize(len) || message): the digest a legacy signature signs."""
    data = message_bytes(message)
    return sha256d(MAGIC + compact_size(len(data)) + data)


def decode_signature(signature: str | bytes) -> LegacySignature:
    """Decode base64 text of a 65-byte signature with header 27..42 (DecodeError otherwise)."""
    raw = strict_b64decode(signature, WHAT)
    if len(raw) != 65:
        raise DecodeError(WHAT, f"{len(raw)} bytes (must be 65)")
    header = raw[0]
    if not 27 <= header <= 42:
        raise DecodeError(WHAT, f"header byte {header} is not in 27..42")
    if header < 31:
        script, base, compressed = LegacyScript.P2PKH, 27, False
    elif header < 35:
        script, base, compressed = LegacyScript.P2PKH, 31, True
    elif header < 39:
        script, base, compressed = LegacyScript.P2SH_P2WPKH, 35, True
    else:
        script, base, compressed = LegacyScript.P2WPKH, 39, True
    return LegacySignature(header, header - base, compressed, script, raw[1:])


def sign(
    key: PrivateKey32,
    message: bytes | str,
    script: LegacyScript,
    *,
    style: HeaderStyle = HeaderStyle.BIP137,
) -> str:
    """Sign `message` with `key` (compressed public key) for an address of type `script`.

    RFC 6979 nonces, low S (libsecp256k1). Returns base64 text; the signature is verified by
    recovery before it is returned (ValueError if it does not recover our key: a bug).
    """
    from coincurve import PrivateKey

    digest = message_hash(message)
    private = PrivateKey(key.reveal())
    compact = private.sign_recoverable(digest, hasher=None)
    rs, recid = compact[:64], compact[64]
    if recid > 3:
        raise ValueError("unexpected recovery id")
    base = 31 if style is HeaderStyle.ELECTRUM else _BASE[script]
    text = base64.b64encode(bytes([base + recid]) + rs).decode("ascii")
    if recover(message, text) != private.public_key.format(compressed=True):
        raise ValueError("a legacy message signature does not recover our own key")
    return text


def recover(message: bytes | str, signature: str | bytes) -> bytes | None:
    """The public key (33 or 65 bytes, as the header says) that made `signature` over `message`,
    or None if none recovers. DecodeError if the signature is malformed."""
    from coincurve import PublicKey

    sig = decode_signature(signature)
    try:
        point = PublicKey.from_signature_and_message(
            sig.rs + bytes([sig.recovery_id]), message_hash(message), hasher=None
        )
    except ValueError:
        return None
    return point.format(compressed=sig.compressed)


def verify(
    address: str,
    message: bytes | str,
    signature: str | bytes,
    *,
    network: Network | None = None,
) -> bool:
    """Whether `signature` signs `message` for `address` (the rules in the module docstring).

    DecodeError for a malformed address or signature, or an address type that cannot carry a
    legacy signature (P2TR, P2WSH, other witness versions). With `network` None the address's
    own encoding decides (mainnet, testnet/signet or regtest).
    """
    spk, _ = decode_address(address, network)
    kind = classify(spk)
    if kind not in (ScriptType.P2PKH, ScriptType.P2WPKH, ScriptType.P2SH):
        raise DecodeError(WHAT, f"a {kind.value} address cannot carry a legacy signature")
    sig = decode_signature(signature)
    electrum = 31 <= sig.header <= 34
    if kind is ScriptType.P2PKH:
        if sig.script is not LegacyScript.P2PKH:
            return False
        expected = spk[3:23]
    elif kind is ScriptType.P2WPKH:
        if not (electrum or sig.script is LegacyScript.P2WPKH):
            return False
        expected = spk[2:22]
    else:
        if not (electrum or sig.script is LegacyScript.P2SH_P2WPKH):
            return False
        expected = spk[2:22]
    pubkey = recover(message, signature)
    if pubkey is None:
        return False
    if kind is ScriptType.P2SH:
        return hash160(p2wpkh_script(pubkey)) == expected
    return hash160(pubkey) == expected
