"""Output scripts: classification, templates, addresses, and the hashes they use.

The one home of `hash160`, `sha256` and BIP-340 `tagged_hash`. Address decoding is total
(`DecodeError` only) and checks the network: an address of another network is refused, never
silently re-encoded. Templates follow BIP-16 (P2SH), BIP-141 (segwit v0), BIP-341 (taproot) and
BIP-67 (sorted multisig).
"""

from __future__ import annotations

import enum
import functools
import hashlib
from collections.abc import Sequence

from coldsign.codec import base58, bech32
from coldsign.errors import DecodeError
from coldsign.units import Network

OP_0 = 0x00
OP_PUSHDATA1 = 0x4C
OP_1 = 0x51
OP_16 = 0x60
OP_RETURN = 0x6A
OP_DUP = 0x76
OP_EQUAL = 0x87
OP_EQUALVERIFY = 0x88
OP_HASH160 = 0xA9
OP_CHECKSIG = 0xAC
OP_CHECKMULTISIG = 0xAE

# BIP-11/16: P2SH redeem scripts may push at most 520 bytes, so at most 15 compressed keys.
MAX_P2SH_MULTISIG_KEYS = 15
MAX_MULTISIG_KEYS = 20


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _ripemd160_prototype() -> hashlib._Hash | None:
    try:
        return hashlib.new("ripemd160")
    except ValueError:  # OpenSSL 3 without the legacy provider
        return None


# An empty RIPEMD-160 state, copied for each hash: `hashlib.new` looks the algorithm up by name
# on every call (Python code around OpenSSL's), which cost half of a hash160 and a hash160 is
# made for every input a spend analysis re-derives (issue 16). Only ever copied, never fed.
_RIPEMD160 = _ripemd160_prototype()
_sha256 = hashlib.sha256


def ripemd160(data: bytes) -> bytes:
    if _RIPEMD160 is None:
        from Crypto.Hash import RIPEMD160

        return bytes(RIPEMD160.new(data).digest())
    hasher = _RIPEMD160.copy()
    hasher.update(data)
    return hasher.digest()


def hash160(data: bytes) -> bytes:
    """RIPEMD-160 of SHA-256: key and script hashes (and BIP-32 fingerprints)."""
    if _RIPEMD160 is None:
        return ripemd160(_sha256(data).digest())
    hasher = _RIPEMD160.copy()  # ripemd160's, inline: this runs for every input re-derived
    hasher.update(_sha256(data).digest())
    return hasher.digest()


def tagged_hash(tag: str, data: bytes) -> bytes:
    """BIP-340 tagged hash: sha256(sha256(tag) || sha256(tag) || data)."""
    hasher = _tag_prefix(tag).copy()
    hasher.update(data)
    return hasher.digest()


@functools.lru_cache(maxsize=64)
def _tag_prefix(tag: str) -> hashlib._Hash:
    """SHA-256 fed with sha256(tag) twice: BIP-340 designed the 64-byte prefix so that it can
    be hashed once per tag and copied (a P2TR input hashes TapTweak twice and TapSighash once).
    Callers only copy it; the cache is bounded though every tag today is a constant."""
    tag_digest = hashlib.sha256(tag.encode()).digest()
    return hashlib.sha256(tag_digest + tag_digest)


class ScriptType(enum.Enum):
    P2PKH = "p2pkh"
    P2SH = "p2sh"
    P2WPKH = "p2wpkh"
    P2WSH = "p2wsh"
    P2TR = "p2tr"
    OP_RETURN = "op_return"
    UNKNOWN = "unknown"


# Template heads and tails, built once (classify and the templates run for every input).
_P2PKH_HEAD = bytes([OP_DUP, OP_HASH160, 20])
_P2PKH_TAIL = bytes([OP_EQUALVERIFY, OP_CHECKSIG])
_P2SH_HEAD = bytes([OP_HASH160, 20])
_P2SH_TAIL = bytes([OP_EQUAL])
_P2WPKH_HEAD = bytes([OP_0, 20])
_P2WSH_HEAD = bytes([OP_0, 32])
_P2TR_HEAD = bytes([OP_1, 32])


def classify(spk: bytes) -> ScriptType:
    """The standard template `spk` matches, or UNKNOWN (other witness versions included)."""
    n = len(spk)
    if n == 25 and spk[:3] == _P2PKH_HEAD and spk[23:] == _P2PKH_TAIL:
        return ScriptType.P2PKH
    if n == 23 and spk[:2] == _P2SH_HEAD and spk[22] == OP_EQUAL:
        return ScriptType.P2SH
    if n == 22 and spk[:2] == _P2WPKH_HEAD:
        return ScriptType.P2WPKH
    if n == 34:
        head = spk[:2]
        if head == _P2WSH_HEAD:
            return ScriptType.P2WSH
        if head == _P2TR_HEAD:
            return ScriptType.P2TR
    if n >= 1 and spk[0] == OP_RETURN:
        return ScriptType.OP_RETURN
    return ScriptType.UNKNOWN


def _witness_program(spk: bytes) -> tuple[int, bytes] | None:
    """(version, program) for any witness output script (BIP-141), else None."""
    if not 4 <= len(spk) <= 42:
        return None
    if spk[0] != OP_0 and not OP_1 <= spk[0] <= OP_16:
        return None
    if spk[1] != len(spk) - 2:
        return None
    version = 0 if spk[0] == OP_0 else spk[0] - OP_1 + 1
    return version, spk[2:]


def address_from_script(spk: bytes, network: Network) -> str | None:
    """The address of `spk` on `network`, or None when it has no address form (OP_RETURN, bare)."""
    kind = classify(spk)
    if kind is ScriptType.P2PKH:
        return base58.encode_check(bytes([network.p2pkh_version]) + spk[3:23])
    if kind is ScriptType.P2SH:
        return base58.encode_check(bytes([network.p2sh_version]) + spk[2:22])
    program = _witness_program(spk)
    if program is not None:
        version, prog = program
        if version == 0 and len(prog) not in (20, 32):
            return None
        return bech32.encode_segwit(network.bech32_hrp, version, prog)
    return None


def _looks_bech32(address: str, hrp: str) -> bool:
    return address.lower().startswith(hrp + "1")


def script_from_address(address: str, network: Network) -> bytes:
    """scriptPubKey of `address` on `network`. DecodeError if malformed or of another network.

    Bech32 addresses are accepted in either case (BIP-173 allows all-upper for QR codes).
    """
    what = f"{network.value} address"
    if not isinstance(address, str) or not address.strip():
        raise DecodeError(what, "empty")
    address = address.strip()
    if _looks_bech32(address, network.bech32_hrp):
        version, program = bech32.decode_segwit(network.bech32_hrp, address)
        op = OP_0 if version == 0 else OP_1 + version - 1
        return bytes([op, len(program)]) + program
    # A bech32 address for another network (bc1 vs tb1 vs bcrt1) gets a clear message.
    for other in Network:
        if other.bech32_hrp != network.bech32_hrp and _looks_bech32(address, other.bech32_hrp):
            raise DecodeError(what, f"this is a {other.value} address")
    payload = base58.decode_check(address, what)
    if len(payload) != 21:
        raise DecodeError(what, f"base58 payload of {len(payload)} bytes (expected 21)")
    version, body = payload[0], payload[1:]
    if version == network.p2pkh_version:
        return p2pkh_script_from_hash(body)
    if version == network.p2sh_version:
        return p2sh_script_from_hash(body)
    known = {n.p2pkh_version for n in Network} | {n.p2sh_version for n in Network}
    if version in known:
        raise DecodeError(what, f"version byte {version:#04x} belongs to another network")
    raise DecodeError(what, f"unknown version byte {version:#04x}")


def push_data(data: bytes) -> bytes:
    """`data` as one push, as Bitcoin Core's `CScript() << data` writes it: the length itself
    as the opcode up to 75 bytes, then OP_PUSHDATA1, 2 or 4 and a little-endian length (the
    empty push is OP_0). Data is never turned into OP_1..OP_16 (what BIP-62's minimal-push
    rule asks of numbers); `coldsign.messages.spendcheck.push` adds that rule."""
    n = len(data)
    if n < OP_PUSHDATA1:
        return bytes([n]) + data
    if n <= 0xFF:
        return bytes([OP_PUSHDATA1, n]) + data
    if n <= 0xFFFF:
        return b"\x4d" + n.to_bytes(2, "little") + data
    return b"\x4e" + n.to_bytes(4, "little") + data


def p2pkh_script_from_hash(h: bytes) -> bytes:
    return _P2PKH_HEAD + h + _P2PKH_TAIL


def p2pkh_script(pubkey: bytes) -> bytes:
    return p2pkh_script_from_hash(hash160(pubkey))


def p2sh_script_from_hash(h: bytes) -> bytes:
    return _P2SH_HEAD + h + _P2SH_TAIL


def p2sh_script(redeem: bytes) -> bytes:
    """BIP-16: OP_HASH160 <hash160(redeem)> OP_EQUAL."""
    return p2sh_script_from_hash(hash160(redeem))


def p2wpkh_script(pubkey33: bytes) -> bytes:
    """BIP-141 v0 key hash: OP_0 <hash160(pubkey)>; the key must be compressed."""
    if len(pubkey33) != 33:
        raise ValueError("P2WPKH needs a 33-byte compressed public key")
    return _P2WPKH_HEAD + hash160(pubkey33)


def p2sh_p2wpkh_redeem_script(pubkey33: bytes) -> bytes:
    """BIP-49 nested segwit: the redeem script is the P2WPKH output script."""
    return p2wpkh_script(pubkey33)


def p2wsh_script(witness_script: bytes) -> bytes:
    """BIP-141 v0 script hash: OP_0 <sha256(witness script)>."""
    return _P2WSH_HEAD + sha256(witness_script)


def p2tr_script(xonly32: bytes) -> bytes:
    """BIP-341: OP_1 <32-byte x-only output key>."""
    if len(xonly32) != 32:
        raise ValueError("P2TR needs a 32-byte x-only key")
    return _P2TR_HEAD + xonly32


def multisig_script(m: int, pubkeys: Sequence[bytes], sort: bool) -> bytes:
    """OP_m <keys> OP_n OP_CHECKMULTISIG; `sort` orders keys lexicographically (BIP-67)."""
    n = len(pubkeys)
    if not 1 <= m <= n <= MAX_MULTISIG_KEYS:
        raise ValueError("multisig needs 1 <= m <= n <= 20")
    # Parts joined once, a compressed key's push (0x21) without `push_data`'s call: every P2WSH
    # input re-derives its script (0.9 us of 1.4 for 2-of-3); tests/property/
    # test_fast_paths_round5.py holds it equal to the `push_data`/`_small_int` form.
    parts = [_SMALL_INTS[m]]
    for key in sorted(pubkeys) if sort else pubkeys:
        if len(key) == 33:
            parts += (_PUSH_33, key)
        else:
            parts.append(push_data(key))
    parts += (_SMALL_INTS[n], _CHECKMULTISIG)
    return b"".join(parts)


def _small_int(value: int) -> bytes:
    if 1 <= value <= 16:
        return bytes([OP_1 + value - 1])
    # 17..20 are pushed as one-byte numbers, as Bitcoin Core's CScript does.
    return bytes([1, value])


_SMALL_INTS = (b"", *[_small_int(v) for v in range(1, MAX_MULTISIG_KEYS + 1)])  # by value
_PUSH_33 = bytes([33])
_CHECKMULTISIG = bytes([OP_CHECKMULTISIG])


def _read_small_int(script: bytes, pos: int) -> tuple[int, int] | None:
    if pos >= len(script):
        return None
    op = script[pos]
    if OP_1 <= op <= OP_16:
        return op - OP_1 + 1, pos + 1
    if op == 1 and pos + 1 < len(script) and 17 <= script[pos + 1] <= MAX_MULTISIG_KEYS:
        return script[pos + 1], pos + 2
    return None


def parse_multisig(script: bytes) -> tuple[int, list[bytes]] | None:
    """(m, pubkeys) if `script` is exactly a standard m-of-n CHECKMULTISIG script, else None."""
    first = _read_small_int(script, 0)
    if first is None:
        return None
    m, pos = first
    keys: list[bytes] = []
    while pos < len(script) and script[pos] in (33, 65):
        size = script[pos]
        key = script[pos + 1 : pos + 1 + size]
        if len(key) != size or key[0] not in ((2, 3) if size == 33 else (4,)):
            return None
        keys.append(key)
        pos += 1 + size
    last = _read_small_int(script, pos)
    if last is None:
        return None
    n, pos = last
    if pos != len(script) - 1 or script[pos] != OP_CHECKMULTISIG:
        return None
    if n != len(keys) or not 1 <= m <= n:
        return None
    return m, keys


def multisig_threshold(script: bytes) -> int | None:
    """m of a standard m-of-n CHECKMULTISIG script (`parse_multisig(script)[0]`), else None.

    A script of n <= 16 compressed keys (every wallet coldsign signs for) is recognised by its
    layout, OP_m (0x21 02|03 <32 bytes>)*n OP_n OP_CHECKMULTISIG, without building its list of
    keys: the spend analysis estimates the size of every P2WSH input of a PSBT with it (issue
    16). Anything else goes to `parse_multisig`. tests/property/test_fast_paths_round3.py holds
    the two equal on mangled scripts.
    """
    size = len(script)
    n = (size - 3) // 34
    if (
        size == 3 + 34 * n
        and 1 <= n <= 16
        and script[-1] == OP_CHECKMULTISIG
        and script[-2] == OP_1 - 1 + n
        and OP_1 <= script[0] <= OP_1 - 1 + n
        and script[1 : 1 + 34 * n : 34] == _PUSH_33 * n
        and not script[2 : 2 + 34 * n : 34].strip(b"\x02\x03")  # every key 02 or 03
    ):
        return script[0] - OP_1 + 1
    parsed = parse_multisig(script)
    return None if parsed is None else parsed[0]


_PUSH_33 = bytes([33])


def taproot_output_key(
    internal_xonly: bytes, merkle_root: bytes | None = None
) -> tuple[bytes, int]:
    """BIP-341 output key Q = P + H_TapTweak(P || root)·G as (x-only Q, parity of Q).

    With `merkle_root` None (BIP-86 key-path only) the tweak commits to P alone. ValueError if P
    is not a valid x-only key (callers validate untrusted keys first).
    """
    from coldsign.codec.curve import xonly_tweak

    if len(internal_xonly) != 32:
        raise ValueError("internal key must be 32 bytes")
    tweak = tagged_hash("TapTweak", internal_xonly + (merkle_root or b""))
    return xonly_tweak(internal_xonly, tweak)
