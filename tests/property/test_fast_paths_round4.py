"""The fast paths of issue 16's fourth round compute what the reference computations do.

* `script.hash160` and `ripemd160` (a RIPEMD-160 state copied, not looked up by name) and
  hashlib's `new("ripemd160")` of SHA-256, on any bytes.
* BIP-32's I (`bip32._ckd_hmac`: an HMAC keyed once per chain code, copied for each child) and
  `hmac.digest`, for any chain code and data, the keyed state reused across many calls.
* `ExtendedPublicKey.child_key` (cache cold, cache warm, and after `ckd_digest` kept only I) and
  CKDpub computed from hmac and coincurve's general `PublicKey.add`, BIP-32's own vectors
  included; hardened and out-of-range indexes refused alike.
* `curve.child_point` after `_serialize` (the general path) and the other way round: the shared
  output buffer is copied, never aliased.
* The analysis's `_input_summary` (slots set through their descriptors) and `InputSummary(...)`;
  the whole analysis against the strict `Wallet.match` stays in test_fast_paths_round3.py.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.bitcoin.summary import _INPUT_SETTERS, InputSummary, _input_summary
from coldsign.codec import bip32, curve
from coldsign.codec.bip32 import (
    HARDENED,
    ExtendedPublicKey,
    ckd_digest,
    parse_extended_public_key,
)
from coldsign.codec.script import ScriptType, hash160, ripemd160
from coldsign.errors import DecodeError
from coldsign.units import Network
from tests.property.test_fast_paths import _PARENTS, _reference_child
from tests.property.test_fast_paths_round3 import _TPUBS


def _reference_ripemd160(data: bytes) -> bytes:
    try:
        return hashlib.new("ripemd160", data).digest()
    except ValueError:  # OpenSSL 3 without the legacy provider
        from Crypto.Hash import RIPEMD160

        return bytes(RIPEMD160.new(data).digest())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_hash160_is_ripemd160_of_sha256(data: bytes) -> None:
    assert ripemd160(data) == _reference_ripemd160(data)
    assert hash160(data) == _reference_ripemd160(hashlib.sha256(data).digest())
    assert hash160(data) == hash160(data)  # the prototype state is never fed


def test_hash160_known_value() -> None:
    # hash160 of the generator's compressed key (BIP-32 test vector 1's master fingerprint is
    # of another key; this one is widely published: the address of private key 1).
    g = bytes.fromhex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
    assert hash160(g).hex() == "751e76e8199196d454941c45d1b3a323f1433bd6"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.binary(min_size=0, max_size=80), min_size=1, max_size=4),
    st.lists(st.binary(max_size=100), min_size=1, max_size=6),
)
def test_ckd_hmac_is_hmac_digest(chain_codes: list[bytes], messages: list[bytes]) -> None:
    for data in messages:
        for chain_code in chain_codes:  # keyed states reused, interleaved
            assert bip32._ckd_hmac(chain_code, data) == hmac.digest(chain_code, data, "sha512")


def test_ckd_hmac_bounded() -> None:
    for n in range(300):
        bip32._ckd_hmac(n.to_bytes(32, "big"), b"x")
    assert len(bip32._KEYED) <= 256
    assert bip32._ckd_hmac(b"\x07" * 32, b"y") == hmac.digest(b"\x07" * 32, b"y", "sha512")


def _reference_child_key(xpub: ExtendedPublicKey, index: int) -> tuple[str, object]:
    """CKDpub from BIP-32's text: hmac.digest and coincurve's general point addition."""
    if not 0 <= index < HARDENED:
        return "DecodeError", None
    digest = hmac.digest(xpub.chain_code, xpub.public_key + index.to_bytes(4, "big"), "sha512")
    child = _reference_child(xpub.public_key, digest[:32])
    return ("DecodeError", None) if child is None else ("ok", child)


def _child_key(xpub: ExtendedPublicKey, index: int) -> tuple[str, object]:
    try:
        return "ok", xpub.child_key(index)
    except DecodeError:
        return "DecodeError", None


_XPUBS = [parse_extended_public_key(t) for t in _TPUBS] + [
    ExtendedPublicKey(0, b"\0" * 4, 0, bytes(range(32)), parent) for parent in _PARENTS
]
_INDEXES = st.one_of(
    st.integers(0, 40),
    st.sampled_from([-1, HARDENED - 1, HARDENED, 2**32 - 1, 2**32]),
    st.integers(-(2**33), 2**33),
)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(_XPUBS) - 1), _INDEXES, st.sampled_from(["cold", "warm", "digest"]))
def test_child_key_is_ckdpub(which: int, index: int, cache: str) -> None:
    xpub = _XPUBS[which]
    bip32._CHILDREN.clear()
    if cache == "warm":
        _child_key(xpub, index)
    elif cache == "digest" and 0 <= index < HARDENED:
        ckd_digest(xpub.chain_code, xpub.public_key, index)  # keeps I, not the point
    expected = _reference_child_key(xpub, index)
    assert _child_key(xpub, index) == expected
    assert _child_key(xpub, index) == expected  # and again, from the cache
    if expected[0] == "ok":  # the extended key's own derivation agrees
        assert xpub.derive([index]).public_key == expected[1]


def test_child_key_bip32_vector() -> None:
    # BIP-32 test vector 1: M/0H/1 -> M/0H/1/2H is hardened; M/0H/1/2H/2 from its xpub.
    parent = parse_extended_public_key(
        "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7e"
        "pu4trkrX7x7DogT5Uv6fcLW5"
    )
    child = parse_extended_public_key(
        "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR6"
        "2cfN7fe5JnJ7dh8zL4fiyLHV"
    )
    bip32._CHILDREN.clear()
    assert parent.child_key(2) == child.public_key
    assert parent.child_key(2) == child.public_key


@pytest.mark.parametrize("parent", _PARENTS)
def test_child_point_output_is_a_copy(parent: bytes) -> None:
    first = curve.child_point(parent, (5).to_bytes(32, "big"))
    second = curve.child_point(parent, (0).to_bytes(32, "big"))  # the general path
    third = curve.child_point(parent, (6).to_bytes(32, "big"))
    assert first == _reference_child(parent, (5).to_bytes(32, "big"))
    assert second == parent
    assert third == _reference_child(parent, (6).to_bytes(32, "big"))
    assert isinstance(first, bytes) and first != third


# --- the analysis's input records --------------------------------------------------------------

_OPTIONAL_INT = st.one_of(st.none(), st.integers(0, 2**31))


_INPUT_VALUES = st.tuples(
    st.integers(0, 10_000),
    st.text(max_size=80),
    st.integers(0, 21 * 10**14),
    st.sampled_from([t.value for t in ScriptType]),
    st.binary(max_size=40),
    st.sampled_from(list(Network)),
    st.booleans(),
    _OPTIONAL_INT,
    _OPTIONAL_INT,
    st.one_of(st.none(), st.text(max_size=10)),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(_INPUT_VALUES)
def test_input_summary_fast_constructor_is_init(values: tuple[object, ...]) -> None:
    strict = InputSummary(*values)  # type: ignore[arg-type]
    fast = _input_summary(*values)  # type: ignore[arg-type]
    assert fast == strict
    assert type(fast) is InputSummary
    for field in fields(InputSummary):  # every slot set, each to its own value
        assert getattr(fast, field.name) == getattr(strict, field.name)
    assert fast.address == strict.address


def test_input_summary_fast_constructor_sets_every_field() -> None:
    # A field added to InputSummary must be added to _input_summary too (or this fails).
    assert len(fields(InputSummary)) == len(_INPUT_SETTERS) == 11
    assert list(inspect.signature(_input_summary).parameters) == [
        f.name for f in fields(InputSummary)
    ]
