"""OKX's published liabilities format (the Merkle-sum files of okx/proof-of-reserves, 2022-2023).

Pure: no I/O. Two layouts, both over the assets BTC, ETH and USDT as decimal strings with at most
8 decimals (read here as integers of 10^-8 units):

- v1, `merkle_proof_file.json`: the customer's leaf (`self`: nonce, balances, hash) and the path
  of siblings up to the root, which is the path's last entry. Leaf hash =
  sha256(nonce + '{"BTC":"b","ETH":"e","USDT":"u"}'); node hash = sha256(left + right + BTC + ETH
  + USDT + height) over hex strings and the node's own summed balances (common/merkle.go).
- v2, `user_info_file.json` plus `full-liabilities-merkle-tree.txt`: the customer's sub-account
  leaves, and every node of the tree (`hash,height,{balances}` per line, root first, each level
  listed right to left; an odd level ends with a zero-balance copy of its last node).

Checked beyond what OKX's own validator checks: every height and left/right type is consistent,
a copy sibling really is a copy of the node beside it (same hash, zero balances), no amount is
negative, and (v2) every node of the published tree is rebuilt from its children, not only the
leaves summed.

Two limits of the format itself, which no verifier can lift: a node commits to its own total
but not to how it splits between its children, so two customers could each be shown the other's
balance as zero (the Maxwell-scheme flaw our own format avoids); and balances are concatenated
without separators ("0.1" + "20" hashes like "0.12" + "0"), so a leaf hash does not pin down
which asset a digit belongs to.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coldsign.codec import jsontext
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.reserves.liabilities import MAX_AMOUNT, Asset, VerifiedInclusion

ASSETS = (Asset("BTC", 8), Asset("ETH", 8), Asset("USDT", 8))
_NAMES = tuple(a.name for a in ASSETS)
_UNIT = 10**8
MAX_HEIGHT = 64
MAX_PROOF_BYTES = 1 << 20
MAX_TREE_BYTES = 256 << 20
MAX_TREE_NODES = 4_000_000

# shopspring/decimal's String(): no exponent, no trailing zeros, "0" for zero. We also refuse
# more than 8 decimals, which OKX never writes (its sums round down to 8).
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,30})(?:\.[0-9]{0,7}[1-9])?")
_HEX64 = re.compile("[0-9a-f]{64}")
_NONCE = re.compile("[0-9a-f]{2,128}")
_AUDIT_ID = re.compile("[A-Za-z0-9._-]{1,64}")

LEFT, RIGHT, ROOT, COPY = 1, 2, 3, 4


@dataclass(frozen=True)
class OkxNode:
    """A hash with BTC, ETH and USDT in 10^-8 units (type and height where the layout has them)."""

    hash: str
    balances: tuple[int, ...]
    type: int = 0
    height: int = 0
    nonce: str | None = None  # v1 gives the sibling leaf's nonce; its hash is then checked too


@dataclass(frozen=True)
class OkxProofV1:
    audit_id: str | None
    nonce: str
    leaf: OkxNode
    path: tuple[OkxNode, ...]  # siblings bottom-up; the last entry is the root


@dataclass(frozen=True)
class OkxUserInfo:
    user_hash: str
    nonce: str
    leaves: tuple[OkxNode, ...]
    total: tuple[int, ...]


@dataclass(frozen=True)
class OkxTree:
    """Every node of a v2 tree, per height (1 = leaves), each level left to right."""

    levels: tuple[tuple[OkxNode, ...], ...]

    @property
    def root(self) -> OkxNode:
        return self.levels[-1][0]


def format_amount(units: int) -> str:
    """10^-8 units as shopspring/decimal prints them: "0.00007282", "1.5", "0"."""
    sign = "-" if units < 0 else ""
    whole, frac = divmod(abs(units), _UNIT)
    if not frac:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:08d}".rstrip("0")


def _balances_json(balances: Sequence[int]) -> str:
    """Go's json.Marshal of OKX's Balances struct: no spaces, keys BTC, ETH, USDT."""
    b, e, u = (format_amount(v) for v in balances)
    return f'{{"BTC":"{b}","ETH":"{e}","USDT":"{u}"}}'


def _sha_hex(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _node_hash(left: str, right: str, sums: Sequence[int], height: int) -> str:
    return _sha_hex(left + right + "".join(format_amount(v) for v in sums) + str(height))


# ---------------------------------------------------------------------------------------------
# Decoding (total: malformed input raises DecodeError only)


def decode_proof_v1(data: bytes, what: str = "OKX merkle proof file") -> OkxProofV1:
    """Decode a v1 `merkle_proof_file.json`; DecodeError for anything malformed."""
    if len(data) > MAX_PROOF_BYTES:
        raise DecodeError(what, f"more than {MAX_PROOF_BYTES} bytes")
    doc = _object(jsontext.loads(data, what, unique_keys=True), what)
    _keys(doc, what, {"self", "path"}, set())
    own = _object(doc["self"], f"{what}: self")
    _keys(own, f"{what}: self", {"balances", "type", "nonce", "hash", "height"}, {"auditId"})
    nonce = own["nonce"]
    if not isinstance(nonce, str) or not _NONCE.fullmatch(nonce):
        raise DecodeError(f"{what}: self.nonce", "expected lowercase hex")
    audit_id = own.get("auditId")
    if audit_id is not None and (
        not isinstance(audit_id, str) or not _AUDIT_ID.fullmatch(audit_id)
    ):
        raise DecodeError(f"{what}: self.auditId", "1-64 letters, digits, '.', '_' or '-'")
    leaf = _typed_node(own, f"{what}: self")
    raw_path = doc["path"]
    if not isinstance(raw_path, list) or not 2 <= len(raw_path) <= MAX_HEIGHT:
        raise DecodeError(f"{what}: path", f"a list of 2 to {MAX_HEIGHT} entries")
    path = []
    for i, entry in enumerate(raw_path):
        where = f"{what}: path[{i}]"
        obj = _object(entry, where)
        _keys(obj, where, {"balances", "type", "hash", "height"}, {"auditId", "nonce"})
        sibling_nonce = obj.get("nonce")
        if sibling_nonce is not None and (
            not isinstance(sibling_nonce, str) or not _NONCE.fullmatch(sibling_nonce)
        ):
            raise DecodeError(f"{where}.nonce", "expected lowercase hex")
        path.append(_typed_node(obj, where, sibling_nonce))
    return OkxProofV1(audit_id, nonce, leaf, tuple(path))


def decode_user_info(data: bytes, what: str = "OKX user info file") -> OkxUserInfo:
    """Decode a v2 `user_info_file.json`; DecodeError for anything malformed."""
    if len(data) > MAX_PROOF_BYTES:
        raise DecodeError(what, f"more than {MAX_PROOF_BYTES} bytes")
    doc = _object(jsontext.loads(data, what, unique_keys=True), what)
    _keys(doc, what, {"hash", "nodes", "nonce", "totalBalances"}, set())
    user_hash = _hex64(doc["hash"], f"{what}: hash")
    nonce = doc["nonce"]
    if not isinstance(nonce, str) or not _NONCE.fullmatch(nonce):
        raise DecodeError(f"{what}: nonce", "expected lowercase hex")
    nodes = doc["nodes"]
    if not isinstance(nodes, list) or not 1 <= len(nodes) <= 1024:
        raise DecodeError(f"{what}: nodes", "a list of 1 to 1024 leaves")
    leaves = []
    for i, entry in enumerate(nodes):
        where = f"{what}: nodes[{i}]"
        obj = _object(entry, where)
        _keys(obj, where, {"balances", "hash"}, {"type", "height"})
        leaves.append(
            OkxNode(
                _hex64(obj["hash"], f"{where}.hash"),
                _balances(obj["balances"], f"{where}.balances"),
            )
        )
    total = _balances(doc["totalBalances"], f"{what}: totalBalances")
    return OkxUserInfo(user_hash, nonce, tuple(leaves), total)


def decode_tree(data: bytes, what: str = "OKX full liabilities tree") -> OkxTree:
    """Decode `full-liabilities-merkle-tree.txt` (root first, levels right to left); DecodeError."""
    if len(data) > MAX_TREE_BYTES:
        raise DecodeError(what, f"more than {MAX_TREE_BYTES} bytes")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise DecodeError(what, "not ASCII text") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise DecodeError(what, "empty")
    if len(lines) > MAX_TREE_NODES:
        raise DecodeError(what, f"more than {MAX_TREE_NODES} nodes")
    by_height: dict[int, list[OkxNode]] = {}
    previous = MAX_HEIGHT + 1
    for lineno, line in enumerate(lines, start=1):
        where = f"{what} line {lineno}"
        parts = line.rstrip("\r").split(",", 2)
        if len(parts) != 3:
            raise DecodeError(where, "expected hash,height,{balances}")
        node_hash = _hex64(parts[0], f"{where}: hash")
        if not re.fullmatch("[1-9][0-9]{0,1}", parts[1]):
            raise DecodeError(f"{where}: height", f"a number from 1 to {MAX_HEIGHT}")
        height = int(parts[1])
        if height > MAX_HEIGHT:
            raise DecodeError(f"{where}: height", f"a number from 1 to {MAX_HEIGHT}")
        if height > previous or (height < previous - 1 and lineno > 1):
            raise DecodeError(
                f"{where}: height", "levels must run from the root down, one at a time"
            )
        previous = height
        balances = _balances(
            jsontext.loads(parts[2], where, unique_keys=True), f"{where}: balances"
        )
        by_height.setdefault(height, []).append(OkxNode(node_hash, balances, height=height))
    if previous != 1:
        raise DecodeError(what, "the last level is not the leaves (height 1)")
    top = max(by_height)
    if len(by_height[top]) != 1:
        raise DecodeError(f"{what} line 1", "the first level must be the root alone")
    levels = tuple(tuple(reversed(by_height[h])) for h in range(1, top + 1))
    return OkxTree(levels)


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(what, "expected a JSON object")
    return value


def _keys(doc: dict[str, Any], what: str, required: set[str], optional: set[str]) -> None:
    missing = sorted(required - set(doc))
    extra = sorted(set(doc) - required - optional)
    if missing:
        raise DecodeError(what, f"missing {', '.join(missing)}")
    if extra:
        raise DecodeError(what, f"unknown field(s) {', '.join(repr(k) for k in extra)}")


def _hex64(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise DecodeError(what, "64 lowercase hex digits")
    return value


def _small_int(value: Any, what: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise DecodeError(what, f"an integer from {low} to {high}")
    return value


def _balances(value: Any, what: str) -> tuple[int, ...]:
    obj = _object(value, what)
    _keys(obj, what, set(_NAMES), set())
    amounts = []
    for name in _NAMES:
        text = obj[name]
        if not isinstance(text, str) or not _DECIMAL.fullmatch(text) or text == "-0":
            raise DecodeError(
                f"{what}.{name}", "a decimal string with at most 8 decimals, no trailing zeros"
            )
        sign = -1 if text.startswith("-") else 1
        whole, _, frac = text.lstrip("-").partition(".")
        amounts.append(sign * (int(whole) * _UNIT + int(frac.ljust(8, "0"))))
    return tuple(amounts)


def _typed_node(obj: dict[str, Any], what: str, nonce: str | None = None) -> OkxNode:
    return OkxNode(
        hash=_hex64(obj["hash"], f"{what}.hash"),
        balances=_balances(obj["balances"], f"{what}.balances"),
        type=_small_int(obj["type"], f"{what}.type", 1, 4),
        height=_small_int(obj["height"], f"{what}.height", 1, MAX_HEIGHT),
        nonce=nonce,
    )


# ---------------------------------------------------------------------------------------------
# Verifying


def _range_reasons(what: str, balances: Sequence[int]) -> list[str]:
    reasons = []
    for asset, amount in zip(ASSETS, balances, strict=True):
        if amount < 0:
            reasons.append(f"{what}: {asset.name} is negative")
        elif amount > MAX_AMOUNT:
            reasons.append(f"{what}: {asset.name} is more than 2^128-1 units")
    return reasons


def _add(a: Sequence[int], b: Sequence[int]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def verify_proof_v1(proof: OkxProofV1, root_hash: bytes) -> VerifiedInclusion:
    """Recompute an OKX v1 path from the customer's leaf; AuthenticationError naming what failed.

    `root_hash` is the root OKX published; the path's last entry must carry it and the balances
    the path adds up to.
    """
    reasons = _range_reasons("the customer's balance", proof.leaf.balances)
    for i, node in enumerate(proof.path):
        reasons += _range_reasons(f"path[{i}]", node.balances)
    if reasons:
        raise AuthenticationError(reasons)
    leaf = proof.leaf
    if leaf.height != 1:
        raise AuthenticationError([f"the customer's leaf has height {leaf.height}, not 1"])
    if leaf.type not in (LEFT, RIGHT):
        raise AuthenticationError(
            [f"the customer's leaf has type {leaf.type}; a leaf is left (1) or right (2)"]
        )
    if _sha_hex(proof.nonce + _balances_json(leaf.balances)) != leaf.hash:
        raise AuthenticationError(["the leaf hash does not match the nonce and balances"])
    current, sums, height = leaf.hash, leaf.balances, 1
    *siblings, top = proof.path
    for i, sib in enumerate(siblings):
        where = f"path[{i}]"
        if sib.height != height:
            raise AuthenticationError([f"{where}: height {sib.height}, expected {height}"])
        if i == 0 and (leaf.type == LEFT) == (sib.type == LEFT):
            raise AuthenticationError(
                [f"{where}: both the leaf and its sibling claim the same side"]
            )
        if sib.nonce is not None and (
            sib.height != 1 or _sha_hex(sib.nonce + _balances_json(sib.balances)) != sib.hash
        ):
            raise AuthenticationError(
                [f"{where}: the sibling leaf's hash does not match its nonce and balances"]
            )
        if sib.type == ROOT:
            raise AuthenticationError([f"{where}: a root entry before the end of the path"])
        if sib.type == COPY and (sib.hash != current or any(sib.balances)):
            raise AuthenticationError(
                [f"{where}: a padding copy must repeat the node beside it with zero balances"]
            )
        height += 1
        parent_sums = _add(sums, sib.balances)
        if sib.type == LEFT:
            current = _node_hash(sib.hash, current, parent_sums, height)
        else:
            current = _node_hash(current, sib.hash, parent_sums, height)
        sums = parent_sums
        if any(v > MAX_AMOUNT for v in sums):
            raise AuthenticationError([f"the sum at height {height} is more than 2^128-1 units"])
    reasons = []
    if top.height != height:
        reasons.append(f"the root entry has height {top.height}; the path reaches {height}")
    if top.balances != sums:
        reasons.append(
            "the path adds up to "
            + ", ".join(f"{n} {format_amount(v)}" for n, v in zip(_NAMES, sums, strict=True))
            + ", not the root entry's balances"
        )
    if top.hash != current:
        reasons.append(f"the path leads to {current}, not to the root entry {top.hash}")
    if reasons:
        raise AuthenticationError(reasons)
    if bytes.fromhex(current) != root_hash:
        raise AuthenticationError([f"the path leads to root hash {current}, not {root_hash.hex()}"])
    return VerifiedInclusion(
        scheme="okx-v1",
        customer=proof.audit_id or leaf.hash,
        snapshot=None,
        assets=ASSETS,
        balances=leaf.balances,
        totals=sums,
        root_hash=root_hash,
        depth=height - 1,
    )


def verify_user_info_v2(info: OkxUserInfo, tree: OkxTree, root_hash: bytes) -> VerifiedInclusion:
    """Check a v2 customer's leaves, rebuild every node of `tree`, and compare its root.

    AuthenticationError naming what failed: the user hash, a leaf hash or the leaves' total, a
    leaf missing from the tree, a node that is not its children's hash and sum, a padding copy
    that is not one, a negative amount, or a root other than `root_hash`.
    """
    reasons = _range_reasons("totalBalances", info.total)
    for i, leaf in enumerate(info.leaves):
        reasons += _range_reasons(f"nodes[{i}]", leaf.balances)
    if reasons:
        raise AuthenticationError(reasons)
    if _sha_hex(info.nonce + _balances_json(info.total)) != info.user_hash:
        raise AuthenticationError(["the user hash does not match the nonce and totalBalances"])
    summed: tuple[int, ...] = (0, 0, 0)
    for i, leaf in enumerate(info.leaves):
        if _sha_hex(info.user_hash + "".join(format_amount(v) for v in leaf.balances)) != leaf.hash:
            reasons.append(f"nodes[{i}]: the hash does not match the user hash and balances")
        summed = _add(summed, leaf.balances)
    if summed != info.total:
        reasons.append("the leaves do not add up to totalBalances")
    if reasons:
        raise AuthenticationError(reasons)

    check_tree(tree)
    leaves = {(n.hash, n.balances) for n in tree.levels[0]}
    missing = [i for i, leaf in enumerate(info.leaves) if (leaf.hash, leaf.balances) not in leaves]
    if missing:
        raise AuthenticationError(
            [f"nodes[{i}] is not a leaf of the tree (hash and balances)" for i in missing]
        )
    root = tree.root
    if bytes.fromhex(root.hash) != root_hash:
        raise AuthenticationError([f"the tree's root is {root.hash}, not {root_hash.hex()}"])
    return VerifiedInclusion(
        scheme="okx-v2",
        customer=info.user_hash,
        snapshot=None,
        assets=ASSETS,
        balances=info.total,
        totals=root.balances,
        root_hash=root_hash,
        depth=len(tree.levels) - 1,
    )


def check_tree(tree: OkxTree) -> None:
    """Rebuild every node of a v2 tree from its children (AuthenticationError naming the node)."""
    for level in tree.levels:
        for node in level:
            reasons = _range_reasons(f"tree node {node.hash} (height {node.height})", node.balances)
            if reasons:
                raise AuthenticationError(reasons)
    for index, level in enumerate(tree.levels[:-1]):
        height = index + 1
        if len(level) % 2:
            raise AuthenticationError(
                [
                    f"height {height} has {len(level)} nodes; an odd level must end with a padding copy"
                ]
            )
        parents = []
        for j in range(0, len(level), 2):
            left, right = level[j], level[j + 1]
            if right.hash == left.hash and (any(right.balances) or j + 2 != len(level)):
                raise AuthenticationError(
                    [
                        f"height {height}: a repeated node that is not the zero-balance copy ending the level"
                    ]
                )
            sums = _add(left.balances, right.balances)
            parents.append(OkxNode(_node_hash(left.hash, right.hash, sums, height + 1), sums))
        above = tree.levels[index + 1]
        expected = list(above)
        if len(expected) == len(parents) + 1 and len(parents) % 2 == 1:
            copy = expected.pop()
            if copy.hash != expected[-1].hash or any(copy.balances):
                raise AuthenticationError(
                    [
                        f"height {height + 1}: the last node is neither built from children nor a padding copy"
                    ]
                )
        if len(expected) != len(parents):
            raise AuthenticationError(
                [f"height {height + 1} has {len(above)} nodes; its children make {len(parents)}"]
            )
        for j, (got, listed) in enumerate(zip(parents, expected, strict=True)):
            if got.hash != listed.hash or got.balances != listed.balances:
                raise AuthenticationError(
                    [
                        f"height {height + 1}, node {j} from the left ({listed.hash}): not the hash and sum of its children"
                    ]
                )
