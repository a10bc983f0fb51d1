"""Liabilities proofs under hypothesis: random books always verify; any change to a proof fails;
mangled proofs, roots, balance files and OKX files raise only our errors."""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.reserves import liabilities as L
from coldsign.reserves import okx

POR = Path(__file__).resolve().parents[1] / "vectors" / "por"
OKX_V1 = (POR / "okx" / "merkle_proof_file.json").read_bytes()
OKX_USER = (POR / "okx" / "user_info_file.json").read_bytes()
OKX_TREE = (POR / "okx" / "full-liabilities-merkle-tree.txt").read_bytes()
OKX_TREE_DECODED = okx.decode_tree(OKX_TREE)

ASSET_NAMES = ["BTC", "ETH", "USDT", "SOL"]
amounts = st.one_of(st.integers(0, 1000), st.integers(0, 2**100))


@st.composite
def books(draw: st.DrawFn) -> bytes:
    count = draw(st.integers(1, 3))
    rows = draw(
        st.lists(st.lists(amounts, min_size=count, max_size=count), min_size=1, max_size=40)
    )
    header = "customer_id," + ",".join(ASSET_NAMES[:count])
    body = "".join(f"c{i}," + ",".join(map(str, row)) + "\n" for i, row in enumerate(rows))
    return (header + "\n" + body).encode()


def build(data: bytes, seed: int) -> L.LiabilitiesTree:
    book = L.parse_balances_csv(data.splitlines(keepends=True))
    return L.build_tree(book, snapshot="prop", random_bytes=random.Random(seed).randbytes)


def _sample_tree() -> L.LiabilitiesTree:
    data = b"id,BTC,ETH\n" + b"".join(b"c%d,%d,%d\n" % (i, i * 7, i * 11) for i in range(11))
    return build(data, 5)


SAMPLE = _sample_tree()
SAMPLE_LINES = [line for _, line in SAMPLE.proofs()]
SAMPLE_ROOT = L.encode_root(SAMPLE.root)


@settings(max_examples=60, deadline=None)
@given(data=books(), seed=st.integers(0, 2**32))
def test_random_books_every_proof_verifies(data: bytes, seed: int) -> None:
    tree = build(data, seed)
    for customer, line in tree.proofs():
        result = L.verify_proof(L.decode_proof(line), tree.root)
        assert result.customer == customer
        assert result.totals == tree.root.totals


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(0, len(SAMPLE_LINES) - 1), pos=st.integers(0), byte=st.integers(0, 255))
def test_any_single_byte_change_to_a_proof_fails(which: int, pos: int, byte: int) -> None:
    line = bytearray(SAMPLE_LINES[which].rstrip(b"\n"))
    pos %= len(line)
    if line[pos] == byte:
        byte ^= 1
    line[pos] = byte
    for root in (SAMPLE.root, SAMPLE.root.root_hash):
        try:
            L.verify_proof(L.decode_proof(bytes(line)), root)
        except (DecodeError, AuthenticationError):
            continue
        raise AssertionError(f"a proof changed at byte {pos} still verified")


@st.composite
def mangled(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "delete", "set", "digit"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "cut":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"-", b"0", b"9", b",", b'"', b"[", b"\n", b"."]))
        elif op == "delete" and data:
            del data[pos]
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif data:
            data[pos] = draw(st.sampled_from(b"0123456789"))
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(data=mangled(SAMPLE_LINES))
def test_mangled_proofs_raise_only_our_errors(data: bytes) -> None:
    with contextlib.suppress(DecodeError, AuthenticationError):
        L.verify_proof(L.decode_proof(data), SAMPLE.root)


@settings(max_examples=200, deadline=None)
@given(data=mangled([SAMPLE_ROOT]))
def test_mangled_roots_raise_only_our_errors(data: bytes) -> None:
    with contextlib.suppress(DecodeError, AuthenticationError):
        L.verify_proof(L.decode_proof(SAMPLE_LINES[0]), L.decode_root(data))


CSV_SEEDS = [
    b"customer_id,BTC,ETH\nalice,1,2\nbob,30,0\n",
    b"\xef\xbb\xbfid,X\r\na,340282366920938463463374607431768211455\r\n",
]


@settings(max_examples=300, deadline=None)
@given(data=mangled(CSV_SEEDS))
def test_mangled_balance_files_raise_only_decode_error(data: bytes) -> None:
    with contextlib.suppress(DecodeError):
        L.parse_balances_csv(data.splitlines(keepends=True))


row_parts = st.sampled_from(
    [
        b"a",
        b"b",
        b"c1",
        b"0",
        b"7",
        b"12",
        b"-1",
        b"1.5",
        b",",
        b",",
        b"\n",
        b"\r\n",
        b"\r",
        b" ",
        b'"',
    ]
)


valid_rows = st.builds(
    lambda cid, a, b, eol: b"%s,%d,%d%s" % (cid, a, b, eol),
    st.sampled_from([b"a", b"b", b"c1", b"x@y"]),
    st.integers(0, 10**40),
    st.integers(0, 99),
    st.sampled_from([b"\n", b"\r\n", b""]),
)


@settings(max_examples=500, deadline=None)
@given(
    batch=st.lists(
        st.one_of(valid_rows, valid_rows, st.lists(row_parts, max_size=8).map(b"".join)),
        min_size=1,
        max_size=6,
    )
)
def test_fast_and_slow_balance_paths_accept_the_same_rows(batch: list[bytes]) -> None:
    """The batch fast path may decline anything, but what it accepts the slow path reads alike."""
    rows = L._Rows(["BTC", "ETH"], "b.csv")
    fast = rows._fast(batch, set())
    try:
        slow = rows._slow(batch, 2, set())
    except DecodeError:
        assert fast is None
        return
    if fast is not None:
        assert fast == slow


@settings(max_examples=300, deadline=None)
@given(data=mangled([OKX_V1]))
def test_mangled_okx_v1_raises_only_our_errors(data: bytes) -> None:
    root = bytes.fromhex("ac6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d")
    with contextlib.suppress(DecodeError, AuthenticationError):
        okx.verify_proof_v1(okx.decode_proof_v1(data), root)


@settings(max_examples=200, deadline=None)
@given(user=mangled([OKX_USER]), tree=st.one_of(st.none(), mangled([OKX_TREE])))
def test_mangled_okx_v2_raises_only_our_errors(user: bytes, tree: bytes | None) -> None:
    root = bytes.fromhex("9e98ebde32ef22ded88a5fb2d5e53d76ed57cb9c6b2c966f250721defe6ab041")
    with contextlib.suppress(DecodeError, AuthenticationError):
        decoded = OKX_TREE_DECODED if tree is None else okx.decode_tree(tree)
        okx.verify_user_info_v2(okx.decode_user_info(user), decoded, root)


def test_sample_is_valid() -> None:
    """The seeds above are valid inputs (so the properties test mangling, not garbage)."""
    for line in SAMPLE_LINES:
        L.verify_proof(L.decode_proof(line), L.decode_root(SAMPLE_ROOT))
    assert json.loads(SAMPLE_ROOT)["tree_size"] == 16
    for seed in CSV_SEEDS:
        L.parse_balances_csv(seed.splitlines(keepends=True))
