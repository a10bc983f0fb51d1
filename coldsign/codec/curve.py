"""libsecp256k1's public-key operations through coincurve's cffi bindings, for the hot paths.

A PSBT of 10,000 inputs asks for 10,000 point checks, child keys and signature verifications.
coincurve's objects do more than each needs (a `PublicKey` allocates, parses and keeps a point;
`add` goes through the general double-multiplication), so these call the same library directly,
with buffers reused between calls. Every curve operation is libsecp256k1's; nothing here is
curve arithmetic of ours. Public data only: no secret ever passes through this module.
"""

from __future__ import annotations

from typing import Any

_LIB: _Secp | None = None


class _Secp:
    """The bindings and scratch buffers, made once per process (coincurve imported lazily)."""

    def __init__(self) -> None:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT

        self.ffi: Any = ffi
        self.lib: Any = lib
        self.ctx: Any = GLOBAL_CONTEXT.ctx
        self.point = ffi.new("secp256k1_pubkey *")
        self.other = ffi.new("secp256k1_pubkey *")
        self.sum = ffi.new("secp256k1_pubkey *")
        self.pair = ffi.new("secp256k1_pubkey *[2]")
        self.signature = ffi.new("secp256k1_ecdsa_signature *")
        self.out = ffi.new("unsigned char[33]")
        self.out_len = ffi.new("size_t *")
        self.out_bytes: Any = ffi.buffer(self.out, 33)  # slicing it copies `out` into bytes
        self.parents: dict[bytes, Any] = {}


def _secp() -> _Secp:
    global _LIB
    if _LIB is None:
        _LIB = _Secp()
    return _LIB


def is_point(public_key: bytes) -> bool:
    """Whether `public_key` (33-byte compressed or 65-byte uncompressed SEC1) is on the curve."""
    s = _secp()
    return bool(s.lib.secp256k1_ec_pubkey_parse(s.ctx, s.point, public_key, len(public_key)))


def _serialize(s: _Secp, point: Any) -> bytes:
    s.out_len[0] = 33
    s.lib.secp256k1_ec_pubkey_serialize(
        s.ctx, s.out, s.out_len, point, s.lib.SECP256K1_EC_COMPRESSED
    )
    out: bytes = s.out_bytes[:]
    return out


def _parent(s: _Secp, public_key: bytes) -> Any:
    """A parsed parent key, kept: a wallet derives thousands of children from a few parents."""
    point = s.parents.get(public_key)
    if point is None:
        point = s.ffi.new("secp256k1_pubkey *")
        if not s.lib.secp256k1_ec_pubkey_parse(s.ctx, point, public_key, len(public_key)):
            raise ValueError("parent public key is not on the curve")
        if len(s.parents) >= 256:
            s.parents.clear()
        s.parents[public_key] = point
    return point


def child_point(parent: bytes, tweak: bytes) -> bytes | None:
    """The compressed key `parent + tweak·G` (BIP-32's CKDpub point), or None when BIP-32 calls
    the child invalid (tweak >= n, or the point at infinity). ValueError if `parent` is not a
    point (callers hold parsed keys).

    tweak·G uses the library's fixed-base multiplication, then one point addition: about a
    third cheaper than `secp256k1_ec_pubkey_tweak_add`'s general double multiplication.
    """
    s = _LIB or _secp()
    base = s.parents.get(parent) or _parent(s, parent)
    lib, ctx = s.lib, s.ctx
    if not lib.secp256k1_ec_pubkey_create(ctx, s.other, tweak):
        # tweak >= n (an invalid child) or tweak == 0 (the child is the parent): the general
        # path decides both exactly as BIP-32 does.
        s.ffi.memmove(s.point, base, 64)
        if not lib.secp256k1_ec_pubkey_tweak_add(ctx, s.point, tweak):
            return None
        return _serialize(s, s.point)
    pair = s.pair
    pair[0] = base
    pair[1] = s.other
    if not lib.secp256k1_ec_pubkey_combine(ctx, s.sum, pair, 2):
        return None  # parent + tweak·G is the point at infinity
    # _serialize's, inline (this runs for every key a wallet re-derives)
    s.out_len[0] = 33
    lib.secp256k1_ec_pubkey_serialize(ctx, s.out, s.out_len, s.sum, lib.SECP256K1_EC_COMPRESSED)
    out: bytes = s.out_bytes[:]
    return out


def xonly_tweak(internal: bytes, tweak: bytes) -> tuple[bytes, int]:
    """BIP-341's taproot_tweak_pubkey point: Q = lift_x(internal) + tweak·G, as (x-only Q,
    parity of Q). ValueError if `internal` is not an x-only key, the tweak is not below n, or Q
    is the point at infinity (as coincurve's `PublicKeyXOnly.tweak_add`)."""
    s = _secp()
    if len(internal) != 32 or len(tweak) != 32:
        raise ValueError("an x-only key and a tweak are 32 bytes")
    lifted = b"\x02" + internal  # lift_x: the point with this x and an even y
    if not s.lib.secp256k1_ec_pubkey_parse(s.ctx, s.point, lifted, 33):
        raise ValueError("not an x-only public key")
    if s.lib.secp256k1_ec_pubkey_create(s.ctx, s.other, tweak):
        s.pair[0] = s.point
        s.pair[1] = s.other
        if not s.lib.secp256k1_ec_pubkey_combine(s.ctx, s.sum, s.pair, 2):
            raise ValueError("the tweaked key is the point at infinity")
        out = _serialize(s, s.sum)
    else:
        # tweak >= n (invalid) or tweak == 0 (Q = P): the library's general path decides.
        if not s.lib.secp256k1_ec_pubkey_tweak_add(s.ctx, s.point, tweak):
            raise ValueError("invalid taproot tweak")
        out = _serialize(s, s.point)
    return out[1:], out[0] & 1


def ecdsa_verify(public_key: bytes, der: bytes, digest: bytes) -> bool:
    """Whether the DER signature `der` (low S, as libsecp256k1 requires) by `public_key` signs
    the 32-byte `digest`. False for a key or signature that does not parse."""
    s = _secp()
    lib, ctx = s.lib, s.ctx
    return bool(
        len(digest) == 32
        and lib.secp256k1_ec_pubkey_parse(ctx, s.point, public_key, len(public_key))
        and lib.secp256k1_ecdsa_signature_parse_der(ctx, s.signature, der, len(der))
        and lib.secp256k1_ecdsa_verify(ctx, s.signature, digest, s.point)
    )
