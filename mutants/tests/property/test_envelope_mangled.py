"""Envelope and role-key decoding is total: mangled files raise only DecodeError (or, once the
structure is sound, AuthenticationError) and never return a secret for a changed file."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys import envelope
from coldsign.keys.rolekey import Role, RoleKey, open_role_key, role_key_public, seal_role_key
from coldsign.keys.secrets import Passphrase

FAST_N = 2**10
PASS = Passphrase("pw")
KEY = RoleKey(Role.APPROVER, "alice", bytes(range(1, 33)))
VALID = seal_role_key(KEY, PASS, kdf_n=FAST_N)
VALID_COMPACT = json.dumps(json.loads(VALID), sort_keys=True, separators=(",", ":")).encode()
OTHER = envelope.seal(b"s" * 40, PASS, kind="coldsign-keystore", public={"a": "b"}, kdf_n=FAST_N)
SAMPLES = [VALID, VALID_COMPACT, OTHER]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _check(blob: bytes) -> None:
    """Only our errors; and a secret comes back only if the meaning of the file is unchanged."""
    with contextlib.suppress(DecodeError):
        role_key_public(blob)
    with contextlib.suppress(DecodeError):
        envelope.read_public(blob, "coldsign-keystore")
    with contextlib.suppress(DecodeError, AuthenticationError):
        key = open_role_key(blob, PASS)
        assert key == KEY
        assert json.loads(blob) == json.loads(VALID)


@settings(max_examples=300, deadline=None)
@given(raw=st.sampled_from(SAMPLES), cut=st.integers(min_value=0), flip=st.integers(min_value=0))
def test_cut_and_flipped_bytes(raw: bytes, cut: int, flip: int) -> None:
    data = bytearray(raw[: cut % (len(raw) + 1)])
    if data:
        data[flip % len(data)] ^= 1 << (flip % 8)
    _check(bytes(data))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


PATHS: list[tuple[str, ...]] = [
    ("format",),
    ("version",),
    ("kind",),
    ("kdf",),
    ("kdf", "name"),
    ("kdf", "n"),
    ("kdf", "r"),
    ("kdf", "p"),
    ("kdf", "salt"),
    ("cipher",),
    ("cipher", "name"),
    ("cipher", "nonce"),
    ("public",),
    ("public", "name"),
    ("public", "role"),
    ("public", "public_key"),
    ("ciphertext",),
]


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(PATHS), value=json_values, drop=st.booleans())
def test_any_field_replaced_or_dropped(path: tuple[str, ...], value: Any, drop: bool) -> None:
    doc = json.loads(VALID)
    target = doc
    for part in path[:-1]:
        target = target[part]
    if drop:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    _check(json.dumps(doc, allow_nan=True).encode())


@settings(max_examples=100, deadline=None)
@given(extra=st.dictionaries(st.text(max_size=8), json_values, min_size=1, max_size=3))
def test_extra_fields(extra: dict[str, Any]) -> None:
    doc = json.loads(VALID)
    doc.update({k: v for k, v in extra.items() if k not in doc} or {"zz": 1})
    _check(json.dumps(doc).encode())
