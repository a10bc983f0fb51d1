"""The chains coldsign signs for, behind one interface (`coldsign.chains.base.ChainModule`).

Adding a chain is one folder under `coldsign/chains/` exposing `MODULE`, and one line below.
Modules are imported on first use, so start-up stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from coldsign.errors import DecodeError

if TYPE_CHECKING:
    from coldsign.chains.base import ChainModule
    from coldsign.policy.chainspec import ChainSpec

MODULES: dict[str, str] = {
    "bitcoin": "coldsign.chains.bitcoin.module",
    "ethereum": "coldsign.chains.evm.module",
}


def module(name: str) -> ChainModule:
    """The chain module registered as `name`; DecodeError for a chain coldsign does not know."""
    target = MODULES.get(name)
    if target is None:
        raise DecodeError("chain", f"{name!r} is not one of {', '.join(MODULES)}")
    chain: ChainModule = importlib.import_module(target).MODULE
    return chain


class _Specs(Mapping[str, "ChainSpec"]):
    """Every chain's policy syntax, loaded lazily (what `parse_policy` and `parse_manifest` take)."""

    def __getitem__(self, name: str) -> ChainSpec:
        if name not in MODULES:
            raise KeyError(name)
        return module(name).spec

    def __iter__(self) -> Iterator[str]:
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)


SPECS: Mapping[str, ChainSpec] = _Specs()
