"""A watch-only wallet: descriptors and a network, public keys only (no I/O, no secrets).

Ownership is decided by re-deriving: a PSBT's claimed key origin only tells us *where to look*;
an output or input is ours only if the script re-derived from our own descriptor at that position
equals the script it actually has (STYLE.md: never trust metadata for decisions).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Protocol

from coldsign.codec.bip32 import HARDENED, key_family
from coldsign.codec.descriptor import DerivedScript, Descriptor, KeyExpression, parse_descriptor
from coldsign.errors import DecodeError
from coldsign.units import Network

RECEIVE = 0
CHANGE = 1


class Origin(Protocol):
    """A claimed key origin: `coldsign.codec.bip32.KeyOrigin`, or a PSBT's `KeyPath`."""

    @property
    def fingerprint(self) -> bytes: ...

    @property
    def path(self) -> tuple[int, ...]: ...


# (fingerprint, a key's origin path and fixed steps) -> the keys there, as (order, branch);
# `order` numbers every (branch, key position) of the wallet in loop order. Keys ending in `/*`
# (a claim's path is that prefix and one index) and keys without (the claim's path is the
# prefix itself) are indexed apart: a wallet usually has no key of the second kind.
_Claims = dict[tuple[bytes, tuple[int, ...]], list[tuple[int, int]]]


@dataclasses.dataclass(frozen=True)
class Ownership:
    """Proof that a script is ours: where it re-derives, and what it re-derived to."""

    branch: int
    index: int
    derived: DerivedScript


@dataclasses.dataclass(frozen=True)
class Wallet:
    """Descriptors split into single-path branches (branch 0 receive, 1 change) on one network."""

    branches: tuple[Descriptor, ...]
    network: Network

    def __init__(self, descriptors: Iterable[Descriptor], network: Network) -> None:
        expanded: list[Descriptor] = []
        for descriptor in descriptors:
            expanded.extend(descriptor.branches())
        if not expanded:
            raise DecodeError("wallet", "no descriptors")
        family = key_family(network)
        for position, descriptor in enumerate(expanded):
            for key in descriptor.keys:
                if key.xpub is not None and key.xpub.network is not family:
                    expected = "xpub" if family is Network.MAINNET else "tpub"
                    raise DecodeError(
                        "wallet",
                        f"descriptor {position + 1} has a key for another network "
                        f"({network.value} needs {expected})",
                    )
        if len({d.kind for d in expanded}) > 1:
            raise DecodeError("wallet", "descriptors of different kinds in one wallet")
        object.__setattr__(self, "branches", tuple(expanded))
        object.__setattr__(self, "network", network)
        object.__setattr__(self, "_claims", _claims_of(expanded))

    @classmethod
    def from_descriptor(cls, text: str, network: Network) -> Wallet:
        """One descriptor text (typically `<0;1>/*` multipath) -> a wallet."""
        return cls([parse_descriptor(text)], network)

    @property
    def fingerprints(self) -> frozenset[bytes]:
        """Master fingerprints of every key (for matching PSBT derivation records)."""
        out: set[bytes] = set()
        for descriptor in self.branches:
            for key in descriptor.keys:
                origin = key.effective_origin()
                if origin is not None:
                    out.add(origin.fingerprint)
        return frozenset(out)

    def descriptor_string(self) -> str:
        """The wallet as one descriptor with checksum (multipath when it has two branches)."""
        if len(self.branches) == 1:
            return self.branches[0].to_string()
        first = self.branches[0]
        merged: list[KeyExpression] = []
        for position in range(len(first.keys)):
            alternatives = [d.keys[position] for d in self.branches]
            merged.append(_merge_branches(alternatives))
        return dataclasses.replace(first, keys=tuple(merged)).to_string()

    def derive_at(self, where: tuple[int, int] | Sequence[int]) -> DerivedScript:
        """The script at (branch, index); ValueError for a branch or index the wallet lacks."""
        branch, index = tuple(where)
        if not 0 <= branch < len(self.branches):
            raise ValueError(f"branch {branch} out of range ({len(self.branches)} branches)")
        return self.branches[branch].derive(index, label=branch)

    def match(
        self, script_pubkey: bytes, claimed: Sequence[tuple[bytes, Origin]]
    ) -> Ownership | None:
        """Ownership of `script_pubkey` if a claimed origin re-derives to exactly that script.

        A claim is considered only when its fingerprint and path prefix match one of our keys'
        origins and its remaining steps fit that key's template (fixed steps, then the index).
        Claims are tried in order, and for each the wallet's branches and keys in order; the
        first derivation equal to `script_pubkey` wins. Each candidate costs one child key.
        """
        found = self.locate(script_pubkey, claimed)
        if found is None:
            return None
        branch, index = found
        return Ownership(branch, index, self.branches[branch].derive(index, label=branch))

    def locate(
        self, script_pubkey: bytes, claimed: Sequence[tuple[bytes, Origin]]
    ) -> tuple[int, int] | None:
        """`match`'s (branch, index), without the derived script's records: what the spend
        analysis needs of every input and output (issue 16). The same claims, candidates and
        order, and the same comparison: the script re-derived from our descriptor
        (`Descriptor.script_pubkey_at`, equal to `derive(...).script_pubkey`) must be
        `script_pubkey`, byte for byte."""
        ranged: _Claims
        fixed: _Claims
        ranged, fixed = self.__dict__["_claims"]
        branches = self.branches
        tried: set[tuple[int, int]] | tuple[()] = ()  # made at the first miss: most hit at once
        for _pubkey, origin in claimed:
            path, fingerprint = origin.path, origin.fingerprint
            # Most claims name no key of this wallet (another wallet's, or a cosigner's): a
            # lookup or two decide that without building the candidate list.
            under = ranged.get((fingerprint, path[:-1])) if path and path[-1] < HARDENED else None
            exact = fixed.get((fingerprint, path)) if fixed else None
            if exact is None:
                if under is None:
                    continue
                if len(under) == 1:  # one key of ours under this prefix: the common case
                    candidates = [(under[0][1], path[-1])]
                else:
                    candidates = [(branch, path[-1]) for _, branch in under]
            else:
                candidates = _candidates(under or [], exact, path)
            for found in candidates:
                if found in tried:
                    continue  # another key of the same multisig script: same derivation
                branch, index = found
                if branches[branch].script_pubkey_at(index) == script_pubkey:  # one path
                    return found
                if not tried:
                    tried = set()
                tried.add(found)
        return None


def _candidates(
    under: list[tuple[int, int]], exact: list[tuple[int, int]], path: tuple[int, ...]
) -> list[tuple[int, int]]:
    """(branch, index) a claimed origin points at, in branch and key order: under a ranged key
    (`under`), its path is the key's origin and fixed steps then one non-hardened index; under
    a key without `/*` (`exact`), exactly the key's origin and steps (index 0)."""
    found = [(order, branch, path[-1]) for order, branch in under]
    found += [(order, branch, 0) for order, branch in exact]
    found.sort()
    return [(branch, index) for _, branch, index in found]


def _claims_of(branches: Sequence[Descriptor]) -> tuple[_Claims, _Claims]:
    """Index the keys of single-path branches by the origin prefix a PSBT's claim must have:
    (keys ending in `/*`, the others).

    Entries keep the order of (branch, key position), so `Wallet.match` tries candidates in the
    order a loop over branches and keys would.
    """
    ranged: _Claims = {}
    fixed: _Claims = {}
    order = 0
    for branch, descriptor in enumerate(branches):
        for key in descriptor.keys:
            order += 1
            base = key.effective_origin()
            if base is None or key.is_multipath:
                continue  # a fixed key without origin, or (never here) an unsplit multipath key
            prefix = base.path + key.fixed_path(0)
            claims = ranged if key.wildcard else fixed
            claims.setdefault((base.fingerprint, prefix), []).append((order, branch))
    return ranged, fixed


def _merge_branches(keys: Sequence[KeyExpression]) -> KeyExpression:
    """Rebuild a `<a;b>` step from per-branch keys that differ in exactly one path step (and
    in nothing else: receive and change under two different keys are no one key's `<0;1>`)."""
    first = keys[0]
    if all(k == first for k in keys):
        return first
    if any(dataclasses.replace(k, path=first.path) != first for k in keys):
        raise ValueError("branches differ in more than their path")
    paths = [k.path for k in keys]
    if len({len(p) for p in paths}) != 1:
        raise ValueError("branches differ in more than one path step")
    merged: list[tuple[int, ...]] = []
    differing = 0
    for steps in zip(*paths, strict=True):
        values = tuple(s[0] for s in steps)
        if len(set(values)) == 1:
            merged.append((values[0],))
        else:
            differing += 1
            merged.append(values)
    if differing != 1:
        raise ValueError("branches differ in more than one path step")
    return dataclasses.replace(first, path=tuple(merged))
