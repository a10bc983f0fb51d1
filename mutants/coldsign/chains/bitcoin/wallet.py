"""A watch-only wallet: descriptors and a network, public keys only (no I/O, no secrets).

Ownership is decided by re-deriving: a PSBT's claimed key origin only tells us *where to look*;
an output or input is ours only if the script re-derived from our own descriptor at that position
equals the script it actually has (STYLE.md: never trust metadata for decisions).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from coldsign.codec.bip32 import HARDENED, KeyOrigin, key_family
from coldsign.codec.descriptor import DerivedScript, Descriptor, KeyExpression, parse_descriptor
from coldsign.errors import DecodeError
from coldsign.units import Network

RECEIVE = 0
CHANGE = 1


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
        derived = self.branches[branch].derive(index)
        return dataclasses.replace(derived, branch=branch)

    def match(
        self, script_pubkey: bytes, claimed: Sequence[tuple[bytes, KeyOrigin]]
    ) -> Ownership | None:
        """Ownership of `script_pubkey` if a claimed origin re-derives to exactly that script.

        A claim is considered only when its fingerprint and path prefix match one of our keys'
        origins and its remaining steps fit that key's template (fixed steps, then the index).
        """
        for _pubkey, origin in claimed:
            for branch, descriptor in enumerate(self.branches):
                for key in descriptor.keys:
                    index = _claimed_index(key, origin)
                    if index is None:
                        continue
                    if index != 0 and not descriptor.is_ranged:
                        continue
                    derived = self.derive_at((branch, index))
                    if derived.script_pubkey == script_pubkey:
                        return Ownership(branch, index, derived)
        return None


def _claimed_index(key: KeyExpression, claimed: KeyOrigin) -> int | None:
    """The child index a claimed origin points at under `key`, or None if it is not under it."""
    base = key.effective_origin()
    if base is None or claimed.fingerprint != base.fingerprint:
        return None
    prefix = base.path + key.fixed_path(0) if not key.is_multipath else None
    if prefix is None:
        return None  # callers pass single-path branches only
    if claimed.path[: len(prefix)] != prefix:
        return None
    rest = claimed.path[len(prefix) :]
    if key.wildcard:
        if len(rest) != 1 or rest[0] >= HARDENED:
            return None
        return rest[0]
    return 0 if not rest else None


def _merge_branches(keys: Sequence[KeyExpression]) -> KeyExpression:
    """Rebuild a `<a;b>` step from per-branch keys that differ in exactly one path step."""
    first = keys[0]
    if all(k == first for k in keys):
        return first
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
