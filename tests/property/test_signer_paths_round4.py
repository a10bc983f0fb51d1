"""The signer's paths of issue 16's fourth round take and sign what the paths before them did.

* `_Deriver.ours` (one pass over an input's derivations, the keys `secrets` derives) and the
  filter it replaced (`any(...)` over the derivations, then `matching`'s own filter): the same
  keys, in the same order, for claims of any fingerprint and path and with or without
  `only_paths`.
* One new record set by `with_record` and by `with_records([record])`: the same input map.
* Core's low-R grinding counter as 32 little-endian bytes and as 4 bytes followed by 28 zeros
  (what the signer passed before): the same extra entropy for every counter a grind reaches.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.psbt import IN_PARTIAL_SIG, IN_WITNESS_UTXO, InputMap, KeyPath, Record
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.signer import _Deriver
from tests.psbt_fixtures import seed_of

_ROOT = ExtendedPrivateKey.from_seed(seed_of("round4"))
_OURS = _ROOT.fingerprint
_FINGERPRINTS = st.sampled_from([_OURS, b"\0\0\0\0", b"\xff\xff\xff\xff", _OURS[:3] + b"\0"])
_PATHS = st.lists(st.integers(0, 3) | st.just(0x8000_0000), max_size=3).map(tuple)
_KEYS = st.binary(min_size=33, max_size=33)


def _reference(
    deriver: _Deriver, derivations: dict[bytes, KeyPath]
) -> list[tuple[bytes, tuple[int, ...]]]:
    """The filter of before: a key is ours when its origin names our fingerprint and its path is
    allowed (the `any` that decided whether an input was ours used the same test)."""
    return [
        (pubkey, origin.path)
        for pubkey, origin in derivations.items()
        if origin.fingerprint == deriver.fingerprint and deriver.allowed(origin.path)
    ]


@settings(max_examples=300, deadline=None)
@given(
    claims=st.dictionaries(_KEYS, st.builds(KeyPath, _FINGERPRINTS, _PATHS), max_size=5),
    only=st.none() | st.lists(_PATHS, max_size=4),
)
def test_ours_is_the_filter_of_before(
    claims: dict[bytes, KeyPath], only: list[tuple[int, ...]] | None
) -> None:
    deriver = _Deriver(_ROOT, only)
    ours = deriver.ours(claims)
    assert ours == _reference(deriver, claims)
    assert bool(ours) == any(
        o.fingerprint == deriver.fingerprint and deriver.allowed(o.path) for o in claims.values()
    )


@settings(max_examples=200, deadline=None)
@given(
    existing=st.lists(
        st.tuples(st.sampled_from([IN_WITNESS_UTXO, IN_PARTIAL_SIG, 0x06, 0xFC]), _KEYS),
        max_size=4,
        unique_by=lambda t: t,
    ),
    key=_KEYS,
    value=st.binary(min_size=1, max_size=73),
)
def test_one_record_by_with_record_is_with_records(
    existing: list[tuple[int, bytes]], key: bytes, value: bytes
) -> None:
    records = [Record.make(t, b"" if t == IN_WITNESS_UTXO else k, b"v") for t, k in existing]
    unique = {r.key: r for r in records}
    inp = InputMap("input", tuple(sorted(unique.values(), key=lambda r: r.key)))
    rec = Record.make(IN_PARTIAL_SIG, key, value)
    assert inp.with_record(rec) == inp.with_records([rec])


@given(counter=st.integers(1, 2**32 - 1))
def test_grinding_counter_bytes_are_cores(counter: int) -> None:
    assert counter.to_bytes(32, "little") == counter.to_bytes(4, "little") + bytes(28)
