"""Keystore decoding is total: mangled files raise only DecodeError (or AuthenticationError once
the structure is sound), and a seed comes back only when the file's meaning is unchanged."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys.keystore import keystore_info, open_seed, seal_seed
from coldsign.keys.secrets import Passphrase, Seed

PASS = Passphrase("pw")
SEED = Seed(bytes(range(7, 71)))
VALID = seal_seed(SEED, PASS, name="vault", created=datetime(2025, 1, 1, tzinfo=UTC), kdf_n=2**10)
SAMPLES = [VALID, json.dumps(json.loads(VALID), separators=(",", ":")).encode()]


def _check(blob: bytes) -> None:
    with contextlib.suppress(DecodeError):
        keystore_info(blob)
    with contextlib.suppress(DecodeError, AuthenticationError):
        seed = open_seed(blob, PASS)
        assert seed == SEED
        assert json.loads(blob) == json.loads(VALID)


@settings(max_examples=300, deadline=None)
@given(raw=st.sampled_from(SAMPLES), cut=st.integers(min_value=0), flip=st.integers(min_value=0))
def test_cut_and_flipped_bytes(raw: bytes, cut: int, flip: int) -> None:
    data = bytearray(raw[: cut % (len(raw) + 1)])
    if data:
        data[flip % len(data)] ^= 1 << (flip % 8)
    _check(bytes(data))


label_values = st.none() | st.booleans() | st.integers() | st.text(max_size=30)


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(["name", "fingerprint", "created", "extra"]), value=label_values)
def test_changed_label_fields(field: str, value: Any) -> None:
    document = json.loads(VALID)
    document["public"][field] = value
    _check(json.dumps(document).encode())
