"""The liabilities Merkle-sum tree: BALANCES.csv parsing, building, proofs, verification."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable

import pytest

from coldsign.codec.script import tagged_hash
from coldsign.errors import AuthenticationError, DecodeError, UsageError
from coldsign.reserves import liabilities as L

CSV = (
    b"customer_id,BTC,ETH,USDT\n"
    b"alice,100000000,5,0\n"
    b"bob,0,2000000000000000000,17\n"
    b"carol,42,0,1000000\n"
    b"dave@example.com,7,7,7\n"
    b"erin,0,0,0\n"
)


def seeded(seed: int) -> Callable[[int], bytes]:
    """A deterministic stand-in for secrets.token_bytes, for reproducible trees."""
    rng = random.Random(seed)
    return rng.randbytes


def lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def book(data: bytes = CSV, **decimals: int) -> L.BalanceBook:
    return L.parse_balances_csv(lines(data), decimals=decimals)


def tree(data: bytes = CSV, seed: int = 1, min_tree_size: int = 2) -> L.LiabilitiesTree:
    return L.build_tree(
        book(data, BTC=8, ETH=18),
        snapshot="2026-12-31",
        min_tree_size=min_tree_size,
        random_bytes=seeded(seed),
    )


def proof_of(t: L.LiabilitiesTree, customer: str) -> L.InclusionProof:
    for slot, index in enumerate(t.order):
        if index < len(t.book) and t.book.customer(index) == customer:
            return t.proof(slot)
    raise KeyError(customer)


# --- BALANCES.csv -----------------------------------------------------------------------------


def test_parse_reads_ids_balances_totals_and_decimals() -> None:
    b = book(BTC=8)
    assert [a.name for a in b.assets] == ["BTC", "ETH", "USDT"]
    assert b.assets[0].decimals == 8 and b.assets[1].decimals == 0
    assert len(b) == 5
    assert b.customer(1) == "bob" and b.balances(1) == (0, 2 * 10**18, 17)
    assert b.totals == (100000049, 2 * 10**18 + 12, 1000024)


def test_parse_accepts_crlf_a_bom_and_no_final_newline() -> None:
    data = b"\xef\xbb\xbfid,BTC\r\nalice,1\r\nbob,2"
    b = L.parse_balances_csv(lines(data))
    assert [b.customer(i) for i in range(2)] == ["alice", "bob"] and b.totals == (3,)


@pytest.mark.parametrize(
    ("data", "where", "why"),
    [
        (b"", "BALANCES.csv", "empty"),
        (b"id\n", "line 1", "one column per asset"),
        (b"id,BTC,btc\nx,1,1\n", "line 1, column 3", "twice"),
        (b"id,B TC\nx,1\n", "line 1, column 2", "asset name"),
        (b"id,BTC\n", "BALANCES.csv", "no customers"),
        (b"id,BTC\nalice,-1\n", "line 2, column 2 (BTC)", "negative"),
        (b"id,BTC\nalice,1.5\n", "line 2, column 2 (BTC)", "base units"),
        (b"id,BTC\nalice,1e5\n", "line 2, column 2 (BTC)", "base units"),
        (b"id,BTC\nalice,\n", "line 2, column 2 (BTC)", "empty amount"),
        (b"id,BTC\nalice, 1\n", "line 2, column 2 (BTC)", "not a decimal"),
        (b"id,BTC\nalice,\xd9\xa3\n", "line 2, column 2 (BTC)", "not a decimal"),
        (b"id,BTC\nalice,%d\n" % 2**128, "line 2, column 2 (BTC)", "2^128-1"),
        (b"id,BTC\nalice,1%s\n" % (b"0" * 39), "line 2, column 2 (BTC)", "2^128-1"),
        (b"id,BTC\na,%d\nb,1\n" % (2**128 - 1), "column 2 (BTC)", "total"),
        (b"id,BTC\nalice,1\nalice,2\n", "line 3, column 1", "earlier line"),
        (b"id,BTC\nal ice,1\n", "line 2, column 1", "may only use"),
        (b"id,BTC\n,1\n", "line 2, column 1", "empty customer id"),
        (b"id,BTC\n%s,1\n" % (b"a" * 129), "line 2, column 1", "at most 128"),
        (b"id,BTC\nalice,1,2\n", "line 2", "3 columns"),
        (b'id,BTC\n"alice",1\n', "line 2, column 1", "may only use"),
        (b'id,BTC\n"a,b",1\n', "line 2", "quoted"),
        (b"id,BTC\nalice,1\n\nbob,2\n", "line 3", "empty line"),
        (b"id,BTC\nalice,%s\n" % (b"1" * 9000), "line 2", "longer than"),
    ],
)
def test_parse_refuses_naming_line_and_column(data: bytes, where: str, why: str) -> None:
    with pytest.raises(DecodeError) as info:
        L.parse_balances_csv(lines(data))
    assert where in str(info.value) and why in str(info.value)


def test_decimals_for_an_unknown_asset_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        book(DOGE=8)
    with pytest.raises(UsageError):
        book(BTC=39)


# --- building ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("customers", "size"), [(1, 2), (2, 2), (3, 4), (5, 8), (8, 8), (9, 16)])
def test_tree_is_padded_to_the_next_power_of_two(customers: int, size: int) -> None:
    data = b"id,X\n" + b"".join(b"c%d,%d\n" % (i, i) for i in range(customers))
    t = L.build_tree(L.parse_balances_csv(lines(data)), snapshot="s", random_bytes=seeded(2))
    assert t.root.tree_size == size and sorted(t.order) == list(range(size))
    assert t.root.totals == (sum(range(customers)),)
    assert len(list(t.proofs())) == customers


def test_min_tree_size_pads_further() -> None:
    assert tree(min_tree_size=1024).root.tree_size == 1024
    with pytest.raises(ValueError):
        tree(min_tree_size=1000)


def test_every_proof_verifies_against_the_root_document_and_its_hash() -> None:
    t = tree()
    assert t.root.totals == t.book.totals
    for customer, line in t.proofs():
        proof = L.decode_proof(line)
        assert proof.customer == customer
        for root in (t.root, t.root.root_hash):
            result = L.verify_proof(proof, root)
            index = t.book.ids.index(customer.encode())
            assert result.balances == t.book.balances(index)
            assert result.totals == t.root.totals and result.root_hash == t.root.root_hash
            assert result.leaf_index == proof.index and result.depth == 3


def test_fast_proof_lines_equal_the_reference_encoder_and_round_trip() -> None:
    t = tree(min_tree_size=64)
    streamed = b"".join(t.proof_chunks(block_slots=4)).splitlines(keepends=True)
    assert streamed == [line for _, line in t.proofs()]
    assert b"".join(
        t.proof_block(a, b) for a, b in [(0, 7), (7, 8), (8, 50), (50, 64)]
    ) == b"".join(streamed)
    slots = [s for s, i in enumerate(t.order) if i < len(t.book)]
    assert streamed == [L.encode_proof(t.proof(s)) for s in slots]
    assert all(L.encode_proof(L.decode_proof(line)) == line for line in streamed)
    assert L.decode_root(L.encode_root(t.root)) == t.root


def test_hashes_follow_the_documented_layout() -> None:
    """Recompute alice's path with codec.script.tagged_hash, independently of the builder."""
    t = tree()
    proof = proof_of(t, "alice")

    def amounts(values: tuple[int, ...]) -> bytes:
        return b"".join(v.to_bytes(16, "big") for v in values)

    ident = tagged_hash("coldsign/liabilities/id", proof.salt + b"alice")
    node = tagged_hash("coldsign/liabilities/leaf", ident + amounts(proof.balances))
    sums = proof.balances
    for level, step in enumerate(proof.path):
        if proof.index >> level & 1:
            node = tagged_hash(
                "coldsign/liabilities/node", step.hash + node + amounts(step.sums) + amounts(sums)
            )
        else:
            node = tagged_hash(
                "coldsign/liabilities/node", node + step.hash + amounts(sums) + amounts(step.sums)
            )
        sums = tuple(a + b for a, b in zip(sums, step.sums, strict=True))
    assert node == t.root.top_hash and sums == t.root.totals
    header = b"\x01\x0a2026-12-31\x03\x03BTC\x08\x03ETH\x12\x04USDT\x00\x03"
    assert (
        tagged_hash("coldsign/liabilities/root", header + node + amounts(sums)) == t.root.root_hash
    )


def test_salts_are_per_customer_and_builds_differ() -> None:
    b = book()
    first = L.build_tree(b, snapshot="s")
    second = L.build_tree(b, snapshot="s")
    salts = {first.salts[16 * i : 16 * i + 16] for i in range(len(b))}
    assert len(salts) == len(b)
    assert first.root.root_hash != second.root.root_hash  # fresh salts and order every build
    assert first.root.totals == second.root.totals


def test_shuffle_redraws_instead_of_taking_a_biased_value() -> None:
    calls: list[int] = []

    def source(n: int) -> bytes:
        calls.append(n)
        if len(calls) == 1:  # every first draw is 2^64-1: in the incomplete block for bound 3
            return b"\xff" * n
        return (5).to_bytes(8, "little")

    order = L._shuffled(3, source)
    assert sorted(order) == [0, 1, 2]
    assert calls[0] == 24 and len(calls) >= 2  # bound 3 rejected 2^64-1 and drew again


def test_snapshot_label_is_checked() -> None:
    for label in ["", "a\nb", "x" * 201, "\x1b[31m"]:
        with pytest.raises(DecodeError):
            L.build_tree(book(), snapshot=label)


# --- verification refusals --------------------------------------------------------------------


def _replace_step(proof: L.InclusionProof, level: int, **changes: object) -> L.InclusionProof:
    path = list(proof.path)
    path[level] = dataclasses.replace(path[level], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(proof, path=tuple(path))


MUTATIONS: dict[str, Callable[[L.InclusionProof], L.InclusionProof]] = {
    "tampered sum": lambda p: _replace_step(
        p, 1, sums=(p.path[1].sums[0] + 1, *p.path[1].sums[1:])
    ),
    "zeroed sibling sum": lambda p: _replace_step(
        p, next(i for i, s in enumerate(p.path) if any(s.sums)), sums=(0, 0, 0)
    ),
    "negative leaf": lambda p: dataclasses.replace(p, balances=(-1, *p.balances[1:])),
    "negative sibling": lambda p: _replace_step(p, 2, sums=(-5, *p.path[2].sums[1:])),
    "sum over 2^128-1": lambda p: _replace_step(p, 0, sums=(2**128, *p.path[0].sums[1:])),
    "swapped siblings": lambda p: dataclasses.replace(p, path=(p.path[1], p.path[0], *p.path[2:])),
    "truncated path": lambda p: dataclasses.replace(p, path=p.path[:-1]),
    "extra step": lambda p: dataclasses.replace(p, path=(*p.path, p.path[-1])),
    "wrong salt": lambda p: dataclasses.replace(p, salt=bytes(16)),
    "changed balance": lambda p: dataclasses.replace(
        p, balances=(p.balances[0] + 1, *p.balances[1:])
    ),
    "other customer id": lambda p: dataclasses.replace(p, customer="mallory"),
    "other leaf index": lambda p: dataclasses.replace(p, index=p.index ^ 1),
    "index outside the tree": lambda p: dataclasses.replace(p, index=p.tree_size),
    "other snapshot": lambda p: dataclasses.replace(p, snapshot="2027-01-01"),
    "other decimals": lambda p: dataclasses.replace(p, assets=(L.Asset("BTC", 0), *p.assets[1:])),
    "flipped sibling hash": lambda p: _replace_step(
        p, 0, hash=bytes([p.path[0].hash[0] ^ 1]) + p.path[0].hash[1:]
    ),
}


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_altered_proof_fails_against_the_root(mutation: str) -> None:
    t = tree()
    proof = proof_of(t, "alice")
    L.verify_proof(proof, t.root)
    altered = MUTATIONS[mutation](proof)
    for root in (t.root, t.root.root_hash):
        with pytest.raises(AuthenticationError):
            L.verify_proof(altered, root)


def test_refusal_names_what_failed() -> None:
    t = tree()
    proof = proof_of(t, "alice")
    with pytest.raises(AuthenticationError, match="negative"):
        L.verify_proof(MUTATIONS["negative leaf"](proof), t.root)
    with pytest.raises(AuthenticationError, match="needs 3"):
        L.verify_proof(MUTATIONS["truncated path"](proof), t.root)
    with pytest.raises(AuthenticationError, match="adds up to"):
        L.verify_proof(MUTATIONS["tampered sum"](proof), t.root)
    with pytest.raises(AuthenticationError, match="root hash"):
        L.verify_proof(proof, bytes(32))


def test_wrong_root_and_inconsistent_root_documents_fail() -> None:
    t = tree()
    other = tree(seed=9)
    proof = proof_of(t, "alice")
    with pytest.raises(AuthenticationError):
        L.verify_proof(proof, other.root)
    forged = dataclasses.replace(t.root, totals=(t.root.totals[0] + 1, *t.root.totals[1:]))
    with pytest.raises(AuthenticationError, match="does not commit"):
        L.verify_root(forged)
    with pytest.raises(AuthenticationError):
        L.verify_proof(proof, forged)


def test_siblings_cannot_each_be_shown_the_other_as_zero() -> None:
    """The Maxwell-scheme attack: show alice bob's leaf at 0 and bob alice's leaf at 0.

    Each altered path would give its own top node; because a node commits to both children's
    sums, the two never agree, so no single published root makes both proofs verify.
    """
    data = b"id,BTC\nalice,5\nbob,5\n"
    t = L.build_tree(L.parse_balances_csv(lines(data)), snapshot="s", random_bytes=seeded(3))
    alice, bob = proof_of(t, "alice"), proof_of(t, "bob")
    tops = set()
    for proof in (alice, bob):
        zeroed = _replace_step(proof, 0, sums=(0,))
        leaf = L.leaf_hash(zeroed.salt, zeroed.customer, zeroed.balances)
        sib = zeroed.path[0]
        if zeroed.index & 1:
            tops.add(L.node_hash(sib.hash, sib.sums, leaf, zeroed.balances))
        else:
            tops.add(L.node_hash(leaf, zeroed.balances, sib.hash, sib.sums))
    assert len(tops) == 2


# --- decoding ---------------------------------------------------------------------------------


def _doc(t: L.LiabilitiesTree) -> dict[str, object]:
    line = next(t.proofs())[1]
    doc = json.loads(line)
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("format", "coldsign-liabilities-root", "format"),
        ("version", 2, "version"),
        ("version", True, "version"),
        ("tree_size", 12, "power of two"),
        ("tree_size", 1, "power of two"),
        ("index", "3", "integer"),
        ("index", 1.0, "integer"),
        ("customer", "a b", "customer"),
        ("salt", "00" * 15, "salt"),
        ("salt", "AA" * 16, "salt"),
        ("balances", {"BTC": "1", "ETH": "1"}, "missing USDT"),
        ("balances", {"BTC": "1", "ETH": "1", "USDT": 1}, "USDT"),
        ("balances", {"BTC": "01", "ETH": "1", "USDT": "1"}, "BTC"),
        ("balances", {"BTC": "-0", "ETH": "1", "USDT": "1"}, "BTC"),
        ("balances", {"BTC": "1.0", "ETH": "1", "USDT": "1"}, "BTC"),
        ("path", [["00" * 32, "1", "2"]], "path step 0"),
        ("path", [["00" * 31, "1", "2", "3"]], "hash"),
        ("path", [[]] * 33, "at most 32"),
        ("assets", [], "assets"),
        ("assets", [{"name": "BTC", "decimals": 39}], "decimals"),
        ("snapshot", "", "snapshot"),
        ("extra", 1, "unknown"),
    ],
)
def test_malformed_proofs_are_decode_errors(field: str, value: object, why: str) -> None:
    doc = _doc(tree())
    doc[field] = value
    with pytest.raises(DecodeError, match=why):
        L.decode_proof(json.dumps(doc).encode())


def test_malformed_root_documents_are_decode_errors() -> None:
    root = json.loads(L.encode_root(tree().root))
    for field, value in [("root_hash", "00"), ("totals", {"BTC": "1"}), ("tree_size", 3)]:
        broken = dict(root, **{field: value})
        with pytest.raises(DecodeError):
            L.decode_root(json.dumps(broken).encode())
    with pytest.raises(DecodeError):
        L.decode_root(b"[" * 100)


def test_root_hash_text() -> None:
    digest = bytes(range(32))
    assert L.decode_root_hash("0x" + digest.hex().upper()) == digest
    assert L.looks_like_root_hash(digest.hex()) and not L.looks_like_root_hash("root.json")
    with pytest.raises(DecodeError):
        L.decode_root_hash(digest.hex()[:-1])


def test_asset_format_for_display() -> None:
    assert L.Asset("BTC", 8).format(12345678) == "0.12345678"
    assert L.Asset("BTC", 8).format(100000000) == "1.00000000"
    assert L.Asset("X", 0).format(7) == "7"
    assert L.Asset("ETH", 18).format(5) == "0.000000000000000005"
