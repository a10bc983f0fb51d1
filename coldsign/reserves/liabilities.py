"""Liabilities: a Merkle-sum tree over customer balances that each customer checks alone.

Pure: no I/O. An exchange builds the tree from a balances table and publishes the root (one hash
plus per-asset totals); each customer receives an inclusion proof and recomputes the path from
their own leaf to the root, checking the sums on the way.

Construction (all hashes are BIP-340 tagged SHA-256, `tagged_hash(tag, msg)`; amounts are
unsigned 16-byte big-endian integers in each asset's base units, one per asset in the root's
asset order, written `sums` below):

    id_hash = H("coldsign/liabilities/id",   salt(16) || customer_id_utf8)
    leaf    = H("coldsign/liabilities/leaf", id_hash || sums)
    padding = H("coldsign/liabilities/pad",  random(32))                 (sums all zero)
    node    = H("coldsign/liabilities/node", left || right || left_sums || right_sums)
    root    = H("coldsign/liabilities/root", header || top_node || top_sums)
    header  = 0x01 || u8 len(snapshot) || snapshot_utf8 || u8 assets
              || (u8 len(name) || name || u8 decimals)* || u8 depth

A node commits to both children's sums, not only their total: with only the total committed, two
siblings could each be shown the other's balance as zero and both proofs would verify (Hu, Zhang
and Guo, "Breaking the binding: attacks on the Merkle approach to prove liabilities", 2019, on
Maxwell's scheme; Ji and Chalkias, "Generalized Proof of Liabilities", CCS 2021). Tags keep a leaf, a padding leaf and a node from ever being confused,
and every preimage has a fixed layout (the customer id is the only variable part, last).

The leaf order is a Fisher-Yates shuffle driven by a CSPRNG, and the tree is padded with
zero-balance padding leaves to the next power of two, placed among the real leaves by the same
shuffle: a sibling in a proof is (hash, sums) whatever it is, so a proof reveals the tree size
(the customer count to within a factor of two) and nothing else about the other customers.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import struct
from array import array
from binascii import hexlify
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat

from coldsign.codec import jsontext
from coldsign.errors import AuthenticationError, DecodeError, UsageError

# Not `from typing import ...`: typing is a few ms of a customer's verify start-up
# (cli/inclusion.py), and mypy treats any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PROOF_FORMAT = "coldsign-liabilities-proof"
ROOT_FORMAT = "coldsign-liabilities-root"
VERSION = 1

AMOUNT_BYTES = 16
MAX_AMOUNT = (1 << (8 * AMOUNT_BYTES)) - 1  # every balance and every sum, up to the root totals
SALT_BYTES = 16
MAX_ASSETS = 64
MAX_DECIMALS = 38  # 10**38 < 2**128: one whole unit always fits
MAX_DEPTH = 32
MAX_CUSTOMERS = 1 << 27
MAX_LINE_BYTES = 8192
MAX_SNAPSHOT_BYTES = 200
MAX_PROOF_BYTES = 1 << 20

_ID_PATTERN = "[A-Za-z0-9._@+:-]{1,128}"
_ID = re.compile(_ID_PATTERN.encode())
_ID_TEXT = re.compile(_ID_PATTERN)
_ASSET = re.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
_HEADER_LABEL = re.compile(rb"[\x20-\x21\x23-\x2b\x2d-\x7e]{1,64}")  # printable, no '"' or ','
_AMOUNT_TEXT = re.compile("-?(?:0|[1-9][0-9]{0,39})")
_HEX32 = re.compile("[0-9a-f]{64}")
_U64 = 1 << 64


def _tag_prefix(tag: str) -> bytes:
    digest = hashlib.sha256(tag.encode()).digest()
    return digest + digest


# BIP-340 tagged hashes, with the 64-byte tag prefix computed once (the tree hashes millions).
_ID_TAG = _tag_prefix("coldsign/liabilities/id")
_LEAF_TAG = _tag_prefix("coldsign/liabilities/leaf")
_PAD_TAG = _tag_prefix("coldsign/liabilities/pad")
_NODE_TAG = _tag_prefix("coldsign/liabilities/node")
_ROOT_TAG = _tag_prefix("coldsign/liabilities/root")
_sha256 = hashlib.sha256


@dataclass(frozen=True)
class Asset:
    """A named asset; amounts are integers in its base units, `decimals` is for display only."""

    name: str
    decimals: int = 0

    def format(self, amount: int) -> str:
        """`amount` base units as a decimal number of whole units (12345678, 8 -> "0.12345678")."""
        sign, digits = ("-", str(-amount)) if amount < 0 else ("", str(amount))
        if self.decimals == 0:
            return sign + digits
        digits = digits.rjust(self.decimals + 1, "0")
        return f"{sign}{digits[: -self.decimals]}.{digits[-self.decimals :]}"


@dataclass(frozen=True)
class BalanceBook:
    """Customers and their balances, as read from BALANCES.csv (validated, not yet shuffled).

    `packed[i]` holds customer i's balances as one integer of 16-byte lanes, asset 0 highest:
    adding two packed values adds every asset at once, and no lane can carry into the next
    because every total was checked to fit.
    """

    assets: tuple[Asset, ...]
    ids: tuple[bytes, ...]
    packed: tuple[int, ...]
    totals: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.ids)

    def customer(self, index: int) -> str:
        return self.ids[index].decode("ascii")

    def balances(self, index: int) -> tuple[int, ...]:
        return _lanes(self.packed[index], len(self.assets))


@dataclass(frozen=True)
class LiabilitiesRoot:
    """What the exchange publishes: `root_hash` commits to every other field."""

    snapshot: str
    assets: tuple[Asset, ...]
    tree_size: int
    totals: tuple[int, ...]
    top_hash: bytes
    root_hash: bytes

    @property
    def depth(self) -> int:
        return self.tree_size.bit_length() - 1


@dataclass(frozen=True)
class PathStep:
    """One sibling on the way up: its hash and its per-asset sums (as decoded, not yet checked)."""

    hash: bytes
    sums: tuple[int, ...]


@dataclass(frozen=True)
class InclusionProof:
    """One customer's proof, as decoded; nothing in it is trusted until `verify_proof` passes."""

    snapshot: str
    assets: tuple[Asset, ...]
    tree_size: int
    index: int
    customer: str
    salt: bytes
    balances: tuple[int, ...]
    path: tuple[PathStep, ...]


@dataclass(frozen=True)
class VerifiedInclusion:
    """A customer's balances as included under a root, after every check passed.

    `scheme` names the format (coldsign-v1, okx-v1, okx-v2). `tree_size` and `leaf_index` are
    None where the format does not have them.
    """

    scheme: str
    customer: str
    snapshot: str | None
    assets: tuple[Asset, ...]
    balances: tuple[int, ...]
    totals: tuple[int, ...]
    root_hash: bytes
    depth: int
    tree_size: int | None = None
    leaf_index: int | None = None


# ---------------------------------------------------------------------------------------------
# BALANCES.csv


def parse_balances_csv(
    lines: Iterable[bytes],
    *,
    decimals: Mapping[str, int] | None = None,
    what: str = "BALANCES.csv",
) -> BalanceBook:
    """Read `customer id,ASSET,...` rows of non-negative integer base units; DecodeError otherwise.

    Total and bounded: every error names the line and column. Customer ids are 1-128 characters
    from `A-Z a-z 0-9 . _ @ + : -` and unique; amounts are plain decimal digits (no sign, point,
    exponent or quotes) at most 2^128-1, and so is each asset's total. `decimals` (display only)
    may name only assets in the header (UsageError otherwise).
    """
    it = iter(lines)
    first = next(it, None)
    if first is None:
        raise DecodeError(what, "the file is empty")
    header = _strip_eol(first, what, 1)
    if header.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark, as spreadsheets write it
        header = header[3:]
    cells = header.split(b",")
    if len(cells) < 2:
        raise DecodeError(
            f"{what} line 1", "the header needs a customer-id column and one column per asset"
        )
    if len(cells) - 1 > MAX_ASSETS:
        raise DecodeError(f"{what} line 1", f"more than {MAX_ASSETS} assets")
    if not _HEADER_LABEL.fullmatch(cells[0]):
        raise DecodeError(f"{what} line 1, column 1", "the customer-id column needs a plain label")
    names: list[str] = []
    for col, cell in enumerate(cells[1:], start=2):
        name = cell.decode("ascii", "replace")
        if not _ASSET.fullmatch(name):
            raise DecodeError(
                f"{what} line 1, column {col}",
                "an asset name is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit",
            )
        if name.upper() in (n.upper() for n in names):
            raise DecodeError(f"{what} line 1, column {col}", f"asset {name} appears twice")
        names.append(name)
    chosen = dict(decimals or {})
    unknown = sorted(set(chosen) - set(names))
    if unknown:
        raise UsageError(f"--decimals names assets not in the header: {', '.join(unknown)}")
    for name, places in chosen.items():
        if not 0 <= places <= MAX_DECIMALS:
            raise UsageError(f"--decimals {name}={places}: must be 0 to {MAX_DECIMALS}")
    assets = tuple(Asset(name, chosen.get(name, 0)) for name in names)

    count = len(names)
    totals = [0] * count
    ids: list[bytes] = []
    packed: list[int] = []
    seen: set[bytes] = set()
    rows = _Rows(names, what)
    batch: list[bytes] = []
    first_line = 2
    for raw in it:
        batch.append(raw)
        if len(batch) == _BATCH:
            rows.take(batch, first_line, ids, packed, totals, seen)
            first_line += len(batch)
            batch = []
    if batch:
        rows.take(batch, first_line, ids, packed, totals, seen)
    if not ids:
        raise DecodeError(what, "no customers (only a header)")
    for k, total in enumerate(totals):
        if total > MAX_AMOUNT:
            raise DecodeError(
                f"{what} column {k + 2} ({names[k]})", "the total is more than 2^128-1"
            )
    return BalanceBook(assets, tuple(ids), tuple(packed), tuple(totals))


_BATCH = 8192
_LANE_BITS = 8 * AMOUNT_BYTES


class _Rows:
    """Rows of BALANCES.csv, a batch at a time.

    The fast path checks a whole batch with one regular expression and converts its columns with
    C-level `map`s; anything it does not accept (any error at all) is re-read line by line by
    the slow path, which names the line and column. Both accept exactly the same rows.
    """

    def __init__(self, names: list[str], what: str) -> None:
        self.names = names
        self.what = what
        self.width = len(names) + 1
        row = _ID_PATTERN.encode() + b"(?:,[0-9]{1,39}){%d}\r?\n" % len(names)
        self.block = re.compile(b"(?:" + row + b")+")

    def take(
        self,
        batch: list[bytes],
        first_line: int,
        ids: list[bytes],
        packed: list[int],
        totals: list[int],
        seen: set[bytes],
    ) -> None:
        fast = self._fast(batch, seen)
        new_ids, new_packed, sums = fast or self._slow(batch, first_line, seen)
        if len(ids) + len(new_ids) > MAX_CUSTOMERS:
            raise DecodeError(self.what, f"more than {MAX_CUSTOMERS} customers")
        seen.update(new_ids)
        ids += new_ids
        packed += new_packed
        for k, total in enumerate(sums):
            totals[k] += total

    def _fast(
        self, batch: list[bytes], seen: set[bytes]
    ) -> tuple[list[bytes], list[int], list[int]] | None:
        # One row per element, as the slow path reads them: each ends with its only newline
        # (the last may have none), so joining cannot merge two elements into one row.
        if not all(map(bytes.endswith, batch[:-1], repeat(b"\n"))):
            return None
        blob = b"".join(batch)
        if not blob.endswith(b"\n"):
            blob += b"\n"
        if blob.count(b"\n") != len(batch) or not self.block.fullmatch(blob):
            return None
        tokens = blob.replace(b"\r", b"").replace(b"\n", b",").split(b",")
        tokens.pop()  # after the last row's newline
        width = self.width
        new_ids = tokens[0::width]
        if len(set(new_ids)) != len(new_ids) or not seen.isdisjoint(new_ids):
            return None
        columns = [list(map(int, tokens[k::width])) for k in range(1, width)]
        if any(max(column) > MAX_AMOUNT for column in columns):
            return None
        values = columns[0]
        for column in columns[1:]:
            values = list(
                map(operator.or_, map(operator.lshift, values, repeat(_LANE_BITS)), column)
            )
        return new_ids, values, [sum(column) for column in columns]

    def _slow(
        self, batch: list[bytes], first_line: int, seen: set[bytes]
    ) -> tuple[list[bytes], list[int], list[int]]:
        what, names, width = self.what, self.names, self.width
        count = width - 1
        sums = [0] * count
        new_ids: list[bytes] = []
        values: list[int] = []
        here: set[bytes] = set()
        for lineno, raw in enumerate(batch, start=first_line):
            line = _strip_eol(raw, what, lineno)
            fields = line.split(b",")
            if len(fields) != width:
                raise DecodeError(f"{what} line {lineno}", _shape_problem(line, len(fields), width))
            cid = fields[0]
            if not _ID.fullmatch(cid):
                raise DecodeError(f"{what} line {lineno}, column 1", _id_problem(cid))
            value = 0
            for k in range(count):
                text = fields[k + 1]
                if not text.isdigit() or len(text) > 39 or int(text) > MAX_AMOUNT:
                    raise DecodeError(
                        f"{what} line {lineno}, column {k + 2} ({names[k]})", _amount_problem(text)
                    )
                amount = int(text)
                sums[k] += amount
                value = (value << _LANE_BITS) | amount
            if cid in seen or cid in here:
                raise DecodeError(
                    f"{what} line {lineno}, column 1", "this customer id appears on an earlier line"
                )
            here.add(cid)
            new_ids.append(cid)
            values.append(value)
        return new_ids, values, sums


def _strip_eol(raw: bytes, what: str, lineno: int) -> bytes:
    line = raw[:-1] if raw.endswith(b"\n") else raw
    if line.endswith(b"\r"):
        line = line[:-1]
    if len(line) > MAX_LINE_BYTES:
        raise DecodeError(f"{what} line {lineno}", f"longer than {MAX_LINE_BYTES} bytes")
    if not line:
        raise DecodeError(f"{what} line {lineno}", "empty line")
    return line


def _shape_problem(line: bytes, got: int, want: int) -> str:
    if b'"' in line:
        return "quoted fields are not supported"
    return f"{got} columns, the header has {want}"


def _id_problem(cid: bytes) -> str:
    if not cid:
        return "empty customer id"
    if len(cid) > 128:
        return "a customer id is at most 128 characters"
    return "a customer id may only use A-Z a-z 0-9 . _ @ + : -"


def _amount_problem(text: bytes) -> str:
    if not text:
        return "empty amount"
    if text.startswith(b"-"):
        return "negative balance (refused: liabilities are never negative)"
    if b"." in text or b"e" in text.lower():
        return "amounts are integers in base units (satoshi, wei, ...), without a point or exponent"
    if text.isdigit():
        return "more than 2^128-1"
    return "not a decimal integer"


# ---------------------------------------------------------------------------------------------
# Building


@dataclass(frozen=True)
class LiabilitiesTree:
    """A built tree: its root, and every node kept level by level for writing the proofs.

    `hashes[L]` and `sums[L]` are flat byte strings (32 and 16*assets bytes per node) of level L,
    0 = leaves in shuffled order; `order[slot]` is the customer index at that leaf, or a value
    >= len(book) for padding. The proof writer reads only flat buffers (`order`, `id_blob` and
    `id_ends` hold the customer ids without one object per customer), so processes forked to
    write proofs in parallel share this memory instead of copying it.
    """

    root: LiabilitiesRoot
    # Gigabytes at exchange scale, and the salts are private: never in a repr.
    book: BalanceBook = field(repr=False)
    salts: bytes = field(repr=False)
    order: array[int] = field(repr=False)
    hashes: tuple[bytes, ...] = field(repr=False)
    sums: tuple[bytes, ...] = field(repr=False)
    id_blob: bytes = field(repr=False)
    id_ends: array[int] = field(repr=False)

    def proof(self, slot: int) -> InclusionProof:
        """The inclusion proof of the customer at leaf `slot` (ValueError for a padding leaf)."""
        customer = self.order[slot]
        if customer >= len(self.book):
            raise ValueError("a padding leaf has no proof")
        count = len(self.root.assets)
        width = AMOUNT_BYTES * count
        path = []
        for level in range(self.root.depth):
            sib = (slot >> level) ^ 1
            raw = self.sums[level][width * sib : width * sib + width]
            path.append(
                PathStep(
                    self.hashes[level][32 * sib : 32 * sib + 32],
                    _lanes(int.from_bytes(raw, "big"), count),
                )
            )
        return InclusionProof(
            snapshot=self.root.snapshot,
            assets=self.root.assets,
            tree_size=self.root.tree_size,
            index=slot,
            customer=self.book.customer(customer),
            salt=self.salts[SALT_BYTES * customer : SALT_BYTES * (customer + 1)],
            balances=self.book.balances(customer),
            path=tuple(path),
        )

    def proofs(self) -> Iterator[tuple[str, bytes]]:
        """(customer id, proof JSON line) for every customer, in leaf order (not CSV order)."""
        for customer, line in self._proof_lines(0, self.root.tree_size):
            yield customer.decode("ascii"), line

    def proof_block(self, start: int, stop: int) -> bytes:
        """The proofs.jsonl lines of the customers at leaves start..stop-1 (padding skipped).

        Blocks written one after the other, from 0 to the tree size, make proofs.jsonl: the
        unit that forked workers share out.
        """
        return b"".join([line for _, line in self._proof_lines(start, stop)])

    def proof_chunks(self, block_slots: int = 2048) -> Iterator[bytes]:
        """Every proof as one JSON Lines document, a block of `block_slots` leaves at a time."""
        for start in range(0, self.root.tree_size, block_slots):
            yield self.proof_block(start, start + block_slots)

    def _proof_lines(self, start: int, stop: int) -> Iterator[tuple[bytes, bytes]]:
        # The fast path of encode_proof: a sibling's text is made once per node and reused by
        # every leaf under its sibling (leaves are visited in order, so only the lowest levels
        # change from one proof to the next). A test checks every line equals encode_proof().
        root = self.root
        count = len(root.assets)
        width = AMOUNT_BYTES * count
        depth = root.depth
        # The snapshot is JSON-escaped ASCII here; a '%' in it must not be read as a format.
        head = _proof_head(root.snapshot, root.assets, root.tree_size).encode("ascii")
        amounts = ",".join(f'"{a.name}":"%d"' for a in root.assets).encode("ascii")
        line_format = (
            head.replace(b"%", b"%%")
            + b'%d,"customer":"%s","salt":"%s","balances":{'
            + amounts
            + b'},"path":[%s]}\n'
        )
        step_format = b'["%s",' + b",".join([b'"%d"'] * count) + b"]"
        shifts = [_LANE_BITS * (count - 1 - k) for k in range(count)]
        mask = MAX_AMOUNT
        customers = len(self.book)
        frags = [b""] * depth
        last = -1
        hashes, sums, salts = self.hashes, self.sums, self.salts
        order, id_blob, id_ends = self.order, self.id_blob, self.id_ends
        leaves = sums[0]
        from_bytes = int.from_bytes
        for slot in range(max(start, 0), min(stop, root.tree_size)):
            customer = order[slot]
            if customer >= customers:
                continue
            changed = depth if last < 0 else min((slot ^ last).bit_length(), depth)
            for level in range(changed):
                sib = (slot >> level) ^ 1
                value = from_bytes(sums[level][width * sib : width * sib + width], "big")
                frags[level] = step_format % (
                    hexlify(hashes[level][32 * sib : 32 * sib + 32]),
                    *[(value >> shift) & mask for shift in shifts],
                )
            last = slot
            cid = id_blob[id_ends[customer - 1] if customer else 0 : id_ends[customer]]
            value = from_bytes(leaves[width * slot : width * slot + width], "big")
            yield (
                cid,
                line_format
                % (
                    slot,
                    cid,
                    hexlify(salts[SALT_BYTES * customer : SALT_BYTES * (customer + 1)]),
                    *[(value >> shift) & mask for shift in shifts],
                    b",".join(frags),
                ),
            )


def build_tree(
    book: BalanceBook,
    *,
    snapshot: str,
    min_tree_size: int = 2,
    random_bytes: Callable[[int], bytes] | None = None,
) -> LiabilitiesTree:
    """Shuffle, pad and hash `book` into a Merkle-sum tree (module docstring has the layout).

    The tree has the next power of two of leaves at or above both the customer count and
    `min_tree_size` (a power of two), so a proof tells a customer the count only to within a
    factor of two, and nothing below `min_tree_size`. `random_bytes` (default
    `secrets.token_bytes`, the operating system's CSPRNG) gives the salts, the padding leaves
    and the shuffle; tests inject a seeded one. Refuses (DecodeError) a snapshot label that is
    empty, longer than 200 UTF-8 bytes or holds control characters.
    """
    if random_bytes is None:
        import secrets  # here: the verifier, which customers start often, never needs it

        random_bytes = secrets.token_bytes
    label = check_snapshot_label(snapshot, "snapshot label")
    n = len(book)
    if not 0 < n <= MAX_CUSTOMERS:
        raise ValueError("a balance book holds 1 to MAX_CUSTOMERS customers")
    if not 2 <= min_tree_size <= 1 << MAX_DEPTH or min_tree_size & (min_tree_size - 1):
        raise ValueError("min_tree_size is a power of two from 2 to 2^MAX_DEPTH")
    count = len(book.assets)
    width = AMOUNT_BYTES * count
    depth = max((n - 1).bit_length(), min_tree_size.bit_length() - 1)
    size = 1 << depth
    padding = size - n

    salts = random_bytes(SALT_BYTES * n)
    pad_nonces = random_bytes(32 * padding)
    order = _shuffled(size, random_bytes)

    sha, id_tag, leaf_tag = _sha256, _ID_TAG, _LEAF_TAG
    sums_bytes = [value.to_bytes(width, "big") for value in book.packed]
    ids = book.ids
    leaf_hashes = [
        sha(
            leaf_tag
            + sha(id_tag + salts[SALT_BYTES * i : SALT_BYTES * i + SALT_BYTES] + ids[i]).digest()
            + sums_bytes[i]
        ).digest()
        for i in range(n)
    ]
    leaf_hashes += [
        sha(_PAD_TAG + pad_nonces[32 * i : 32 * i + 32]).digest() for i in range(padding)
    ]
    sums_bytes += [bytes(width)] * padding
    values = [*book.packed, *([0] * padding)]

    level_hash = b"".join(map(leaf_hashes.__getitem__, order))
    level_sums = b"".join(map(sums_bytes.__getitem__, order))
    level_values = list(map(values.__getitem__, order))
    del leaf_hashes, sums_bytes, values
    hashes = [level_hash]
    sums = [level_sums]
    node_tag, pair = _NODE_TAG, 2 * width
    for _ in range(depth):
        half = len(level_values) // 2
        level_values = list(map(operator.add, level_values[0::2], level_values[1::2]))
        level_hash = b"".join(
            [
                sha(
                    node_tag
                    + level_hash[64 * j : 64 * j + 64]
                    + level_sums[pair * j : pair * j + pair]
                ).digest()
                for j in range(half)
            ]
        )
        level_sums = b"".join([value.to_bytes(width, "big") for value in level_values])
        hashes.append(level_hash)
        sums.append(level_sums)
    totals = _lanes(level_values[0], count)
    if totals != book.totals:  # cannot happen unless a lane carried: refuse rather than publish
        raise AssertionError("tree totals differ from the balance book's")
    root = LiabilitiesRoot(
        snapshot=label,
        assets=book.assets,
        tree_size=size,
        totals=totals,
        top_hash=level_hash,
        root_hash=root_hash_of(label, book.assets, size, level_hash, totals),
    )
    return LiabilitiesTree(
        root=root,
        book=book,
        salts=salts,
        order=array("q", order),
        hashes=tuple(hashes),
        sums=tuple(sums),
        id_blob=b"".join(book.ids),
        id_ends=array("q", accumulate(map(len, book.ids))),
    )


def _shuffled(size: int, random_bytes: Callable[[int], bytes]) -> list[int]:
    """A uniformly random permutation of range(size): Fisher-Yates with unbiased draws."""
    draws = struct.unpack(f"<{size}Q", random_bytes(8 * size))
    order = list(range(size))
    for i in range(size - 1, 0, -1):
        bound = i + 1
        r = draws[i]
        j = r % bound
        while r - j > _U64 - bound:  # r is in the last, incomplete block of `bound`: draw again
            r = int.from_bytes(random_bytes(8), "little")
            j = r % bound
        order[i], order[j] = order[j], order[i]
    return order


def _lanes(value: int, count: int) -> tuple[int, ...]:
    lane = 8 * AMOUNT_BYTES
    return tuple((value >> (lane * (count - 1 - k))) & MAX_AMOUNT for k in range(count))


# ---------------------------------------------------------------------------------------------
# Hashes shared by the builder and the verifier


def id_hash(salt: bytes, customer: str) -> bytes:
    """The salted commitment to a customer id that their leaf carries."""
    return _sha256(_ID_TAG + salt + customer.encode("utf-8")).digest()


def leaf_hash(salt: bytes, customer: str, balances: Sequence[int]) -> bytes:
    """A customer's leaf: H_leaf(id_hash || balances as 16-byte big-endian integers)."""
    return _sha256(_LEAF_TAG + id_hash(salt, customer) + _amounts_bytes(balances)).digest()


def node_hash(
    left: bytes, left_sums: Sequence[int], right: bytes, right_sums: Sequence[int]
) -> bytes:
    """An internal node: H_node(left || right || left_sums || right_sums)."""
    return _sha256(
        _NODE_TAG + left + right + _amounts_bytes(left_sums) + _amounts_bytes(right_sums)
    ).digest()


def root_hash_of(
    snapshot: str,
    assets: Sequence[Asset],
    tree_size: int,
    top_hash: bytes,
    totals: Sequence[int],
) -> bytes:
    """The published root: H_root(header || top node || totals), binding label, assets, size."""
    label = snapshot.encode("utf-8")
    header = bytearray([VERSION, len(label)]) + label + bytes([len(assets)])
    for asset in assets:
        name = asset.name.encode("ascii")
        header += bytes([len(name)]) + name + bytes([asset.decimals])
    header.append(tree_size.bit_length() - 1)
    return _sha256(_ROOT_TAG + bytes(header) + top_hash + _amounts_bytes(totals)).digest()


def _amounts_bytes(amounts: Sequence[int]) -> bytes:
    return b"".join(a.to_bytes(AMOUNT_BYTES, "big") for a in amounts)


# ---------------------------------------------------------------------------------------------
# Verifying


def verify_root(root: LiabilitiesRoot) -> None:
    """Check that `root.root_hash` commits to the document's other fields (AuthenticationError)."""
    reasons = _amount_reasons("root total", root.assets, root.totals)
    if reasons:
        raise AuthenticationError(reasons)
    if (
        root_hash_of(root.snapshot, root.assets, root.tree_size, root.top_hash, root.totals)
        != root.root_hash
    ):
        raise AuthenticationError(
            [
                "root document: root_hash does not commit to its snapshot, assets, tree size, top hash and totals"
            ]
        )


def verify_proof(proof: InclusionProof, root: LiabilitiesRoot | bytes) -> VerifiedInclusion:
    """Recompute the path from the customer's leaf and check it ends at `root`.

    `root` is the published root document, or only its 32-byte root hash. Checked: every
    balance and sibling sum is in 0..2^128-1, the path has one step per tree level, the leaf
    index is inside the tree, every node's sums (the children's, added) stay in range, and the
    recomputed root hash (and, given a document, its totals, assets, size and snapshot) match.
    Raises AuthenticationError listing what failed.
    """
    depth = proof.tree_size.bit_length() - 1
    count = len(proof.assets)
    reasons = _amount_reasons("the customer's balance", proof.assets, proof.balances)
    for level, step in enumerate(proof.path):
        reasons += _amount_reasons(
            f"path step {level} (sibling at level {level})", proof.assets, step.sums
        )
    if len(proof.path) != depth:
        reasons.append(
            f"the path has {len(proof.path)} steps; a tree of {proof.tree_size} leaves needs {depth}"
        )
    if not 0 <= proof.index < proof.tree_size:
        reasons.append(f"leaf index {proof.index} is outside a tree of {proof.tree_size} leaves")
    if reasons:
        raise AuthenticationError(reasons)

    current = leaf_hash(proof.salt, proof.customer, proof.balances)
    sums = proof.balances
    for level, step in enumerate(proof.path):
        if (proof.index >> level) & 1:
            current = node_hash(step.hash, step.sums, current, sums)
        else:
            current = node_hash(current, sums, step.hash, step.sums)
        sums = tuple(a + b for a, b in zip(sums, step.sums, strict=True))
        over = [proof.assets[k].name for k in range(count) if sums[k] > MAX_AMOUNT]
        if over:
            raise AuthenticationError(
                [f"the sum at level {level + 1} of {', '.join(over)} is more than 2^128-1"]
            )
    computed = root_hash_of(proof.snapshot, proof.assets, proof.tree_size, current, sums)

    if isinstance(root, LiabilitiesRoot):
        verify_root(root)
        reasons = _compare_with_root(proof, root, current, sums)
        if reasons:
            raise AuthenticationError(reasons)
        expected = root.root_hash
    else:
        expected = bytes(root)
    if computed != expected:
        raise AuthenticationError(
            [
                f"the path leads to root hash {computed.hex()}, not {expected.hex()}: the proof "
                "was altered (a balance, salt, sibling or sum) or belongs to another tree"
            ]
        )
    return VerifiedInclusion(
        scheme="coldsign-v1",
        customer=proof.customer,
        snapshot=proof.snapshot,
        assets=proof.assets,
        balances=proof.balances,
        totals=sums,
        root_hash=computed,
        depth=depth,
        tree_size=proof.tree_size,
        leaf_index=proof.index,
    )


def _compare_with_root(
    proof: InclusionProof, root: LiabilitiesRoot, top: bytes, totals: tuple[int, ...]
) -> list[str]:
    reasons: list[str] = []
    if proof.snapshot != root.snapshot:
        reasons.append(
            f"the proof is for snapshot {proof.snapshot!r}, the root for {root.snapshot!r}"
        )
    if proof.assets != root.assets:
        reasons.append("the proof's assets (names, order or decimals) differ from the root's")
    if proof.tree_size != root.tree_size:
        reasons.append(
            f"the proof is for a tree of {proof.tree_size} leaves, the root {root.tree_size}"
        )
    if reasons:
        return reasons
    for asset, got, want in zip(root.assets, totals, root.totals, strict=True):
        if got != want:
            reasons.append(f"{asset.name}: the path adds up to {got}, the root's total is {want}")
    if top != root.top_hash:
        reasons.append("the path leads to another top node than the root's")
    return reasons


def _amount_reasons(what: str, assets: Sequence[Asset], amounts: Sequence[int]) -> list[str]:
    reasons = []
    for asset, amount in zip(assets, amounts, strict=True):
        if amount < 0:
            reasons.append(f"{what}: {asset.name} is negative")
        elif amount > MAX_AMOUNT:
            reasons.append(f"{what}: {asset.name} is more than 2^128-1")
    return reasons


# ---------------------------------------------------------------------------------------------
# JSON documents


def _proof_head(snapshot: str, assets: Sequence[Asset], tree_size: int) -> str:
    return (
        f'{{"format":"{PROOF_FORMAT}","version":{VERSION},"snapshot":{json.dumps(snapshot)},'
        f'"assets":{_assets_json(assets)},"tree_size":{tree_size},"index":'
    )


def _assets_json(assets: Sequence[Asset]) -> str:
    return "[" + ",".join(f'{{"name":"{a.name}","decimals":{a.decimals}}}' for a in assets) + "]"


def encode_proof(proof: InclusionProof) -> bytes:
    """The proof as one line of compact JSON (the layout of a line of proofs.jsonl)."""
    names = [a.name for a in proof.assets]
    balances = ",".join(f'"{n}":"{v}"' for n, v in zip(names, proof.balances, strict=True))
    path = ",".join(
        '["' + step.hash.hex() + '","' + '","'.join(map(str, step.sums)) + '"]'
        for step in proof.path
    )
    return (
        f"{_proof_head(proof.snapshot, proof.assets, proof.tree_size)}{proof.index},"
        f'"customer":"{proof.customer}","salt":"{proof.salt.hex()}",'
        f'"balances":{{{balances}}},"path":[{path}]}}\n'
    ).encode("ascii")


def encode_root(root: LiabilitiesRoot) -> bytes:
    """The root document, indented JSON: what the exchange publishes and customers compare."""
    doc = {
        "format": ROOT_FORMAT,
        "version": VERSION,
        "snapshot": root.snapshot,
        "assets": [{"name": a.name, "decimals": a.decimals} for a in root.assets],
        "tree_size": root.tree_size,
        "totals": {a.name: str(t) for a, t in zip(root.assets, root.totals, strict=True)},
        "top_hash": root.top_hash.hex(),
        "root_hash": root.root_hash.hex(),
    }
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def decode_proof(data: bytes, what: str = "liabilities proof") -> InclusionProof:
    """Decode a proof document (one line of proofs.jsonl); DecodeError for anything malformed.

    Shape only: values that are well-formed but wrong (negative, too large, a path of the wrong
    length) decode, so that `verify_proof` can say what is wrong with them.
    """
    if len(data) > MAX_PROOF_BYTES:
        raise DecodeError(what, f"more than {MAX_PROOF_BYTES} bytes")
    doc = _object(jsontext.loads(data, what, unique_keys=True), what)
    _keys(
        doc,
        what,
        {
            "format",
            "version",
            "snapshot",
            "assets",
            "tree_size",
            "index",
            "customer",
            "salt",
            "balances",
            "path",
        },
    )
    _format(doc, what, PROOF_FORMAT)
    assets = _assets(doc["assets"], what)
    tree_size = _tree_size(doc["tree_size"], what)
    index = _int(doc["index"], f"{what}: index")
    customer = doc["customer"]
    if not isinstance(customer, str) or not _ID_TEXT.fullmatch(customer):
        raise DecodeError(f"{what}: customer", "1-128 characters from A-Z a-z 0-9 . _ @ + : -")
    salt = doc["salt"]
    if not isinstance(salt, str) or not re.fullmatch(f"[0-9a-f]{{{2 * SALT_BYTES}}}", salt):
        raise DecodeError(f"{what}: salt", f"{SALT_BYTES} bytes as lowercase hex")
    balances = _named_amounts(doc["balances"], assets, f"{what}: balances")
    raw_path = doc["path"]
    if not isinstance(raw_path, list) or len(raw_path) > MAX_DEPTH:
        raise DecodeError(f"{what}: path", f"a list of at most {MAX_DEPTH} steps")
    path = tuple(
        _step(step, len(assets), f"{what}: path step {i}") for i, step in enumerate(raw_path)
    )
    return InclusionProof(
        snapshot=_snapshot_field(doc["snapshot"], what),
        assets=assets,
        tree_size=tree_size,
        index=index,
        customer=customer,
        salt=bytes.fromhex(salt),
        balances=balances,
        path=path,
    )


def decode_root(data: bytes, what: str = "liabilities root") -> LiabilitiesRoot:
    """Decode a root document; DecodeError for anything malformed (`verify_root` checks the hash)."""
    if len(data) > MAX_PROOF_BYTES:
        raise DecodeError(what, f"more than {MAX_PROOF_BYTES} bytes")
    doc = _object(jsontext.loads(data, what, unique_keys=True), what)
    _keys(
        doc,
        what,
        {"format", "version", "snapshot", "assets", "tree_size", "totals", "top_hash", "root_hash"},
    )
    _format(doc, what, ROOT_FORMAT)
    assets = _assets(doc["assets"], what)
    return LiabilitiesRoot(
        snapshot=_snapshot_field(doc["snapshot"], what),
        assets=assets,
        tree_size=_tree_size(doc["tree_size"], what),
        totals=_named_amounts(doc["totals"], assets, f"{what}: totals"),
        top_hash=_hash32(doc["top_hash"], f"{what}: top_hash"),
        root_hash=_hash32(doc["root_hash"], f"{what}: root_hash"),
    )


def decode_root_hash(text: str, what: str = "root hash") -> bytes:
    """A root hash typed by a customer: 64 hex digits, either case, optional 0x."""
    clean = text.strip().removeprefix("0x").removeprefix("0X").lower()
    if not _HEX32.fullmatch(clean):
        raise DecodeError(what, "64 hexadecimal digits (32 bytes)")
    return bytes.fromhex(clean)


def looks_like_root_hash(text: str) -> bool:
    """True for 64 hex digits (optionally 0x): how `--root` tells a hash from a file name."""
    return _HEX32.fullmatch(text.strip().removeprefix("0x").removeprefix("0X").lower()) is not None


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(what, "expected a JSON object")
    return value


def _keys(doc: dict[str, Any], what: str, expected: set[str]) -> None:
    missing = sorted(expected - set(doc))
    extra = sorted(set(doc) - expected)
    if missing:
        raise DecodeError(what, f"missing {', '.join(missing)}")
    if extra:
        raise DecodeError(what, f"unknown field(s) {', '.join(repr(k) for k in extra)}")


def _format(doc: dict[str, Any], what: str, expected: str) -> None:
    if doc["format"] != expected:
        raise DecodeError(f"{what}: format", f"expected {expected!r}")
    if type(doc["version"]) is not int or doc["version"] != VERSION:
        raise DecodeError(f"{what}: version", f"only version {VERSION} is known")


def _int(value: Any, what: str) -> int:
    if type(value) is not int:  # bool is an int subclass: refuse it too
        raise DecodeError(what, "expected an integer")
    return value


def _tree_size(value: Any, what: str) -> int:
    size = _int(value, f"{what}: tree_size")
    if size < 2 or size > 1 << MAX_DEPTH or size & (size - 1):
        raise DecodeError(f"{what}: tree_size", f"a power of two from 2 to 2^{MAX_DEPTH}")
    return size


def _snapshot_field(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise DecodeError(f"{what}: snapshot", "expected a string")
    return check_snapshot_label(value, f"{what}: snapshot")


def check_snapshot_label(label: str, what: str = "snapshot label") -> str:
    """The label itself if it is 1-200 bytes of printable UTF-8 text; DecodeError otherwise."""
    if not label or len(label.encode("utf-8", "surrogatepass")) > MAX_SNAPSHOT_BYTES:
        raise DecodeError(what, f"1 to {MAX_SNAPSHOT_BYTES} bytes of UTF-8")
    if not label.isprintable():
        raise DecodeError(what, "no control characters")
    try:
        label.encode("utf-8")
    except UnicodeEncodeError:
        raise DecodeError(what, "not valid Unicode text") from None
    return label


def _assets(value: Any, what: str) -> tuple[Asset, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_ASSETS:
        raise DecodeError(f"{what}: assets", f"a list of 1 to {MAX_ASSETS} assets")
    assets = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"{what}: asset {i}"
        entry = _object(item, where)
        _keys(entry, where, {"name", "decimals"})
        name = entry["name"]
        if not isinstance(name, str) or not _ASSET.fullmatch(name):
            raise DecodeError(f"{where}: name", "1-32 letters, digits, '.', '_' or '-'")
        if name.upper() in seen:
            raise DecodeError(f"{where}: name", "appears twice")
        seen.add(name.upper())
        decimals = _int(entry["decimals"], f"{where}: decimals")
        if not 0 <= decimals <= MAX_DECIMALS:
            raise DecodeError(f"{where}: decimals", f"0 to {MAX_DECIMALS}")
        assets.append(Asset(name, decimals))
    return tuple(assets)


def _amount(value: Any, what: str) -> int:
    if not isinstance(value, str) or not _AMOUNT_TEXT.fullmatch(value) or value == "-0":
        raise DecodeError(what, "an integer in base units as a string of decimal digits")
    return int(value)


def _named_amounts(value: Any, assets: Sequence[Asset], what: str) -> tuple[int, ...]:
    entries = _object(value, what)
    _keys(entries, what, {a.name for a in assets})
    return tuple(_amount(entries[a.name], f"{what}: {a.name}") for a in assets)


def _hash32(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or not _HEX32.fullmatch(value):
        raise DecodeError(what, "32 bytes as lowercase hex")
    return bytes.fromhex(value)


def _step(value: Any, count: int, what: str) -> PathStep:
    if not isinstance(value, list) or len(value) != count + 1:
        raise DecodeError(what, f"expected [hash, one sum per asset ({count})]")
    return PathStep(
        _hash32(value[0], f"{what}: hash"),
        tuple(_amount(v, f"{what}: sum {k}") for k, v in enumerate(value[1:])),
    )
