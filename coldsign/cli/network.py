"""Which Bitcoin network a descriptor or a PSBT is for, when the operator did not say (issue 13.20).

Extended keys name their family in their version bytes: xpub is mainnet, tpub is every test
network. A PSBT names its keys in its global xpubs (BIP-174 PSBT_GLOBAL_XPUB) and, by the BIP-44
convention, in the coin type of its BIP-32 paths (m/purpose'/0'/… mainnet, m/purpose'/1'/… test).
Mainnet evidence alone settles it. Test-network evidence cannot tell testnet, signet and regtest
apart (the same tpub; regtest addresses differ), so the operator is asked for `--network`, as
when nothing names a network or the evidence disagrees. Never a silent default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coldsign.errors import UsageError
from coldsign.units import Network

if TYPE_CHECKING:
    from coldsign.codec.psbt import Psbt, PsbtMap

TEST_CHOICES = "testnet, signet or regtest"


@dataclass(frozen=True)
class Evidence:
    """One thing that names a key family: mainnet, or the test networks (`Network.TESTNET`)."""

    family: Network
    source: str
    strong: bool = True  # key version bytes; False for a coin-type convention


def descriptor_evidence(descriptors: Iterable[str]) -> list[Evidence]:
    """The families of every extended key in `descriptors` (parsed without a network check;
    DecodeError, exit 3, for one that does not parse)."""
    from coldsign.codec.descriptor import parse_descriptor

    found = []
    for n, text in enumerate(descriptors, start=1):
        descriptor = parse_descriptor(text)
        for key in descriptor.keys:
            if key.xpub is not None:
                family = key.xpub.network
                name = "xpub" if family is Network.MAINNET else "tpub"
                found.append(Evidence(family, f"descriptor {n} has a {name}"))
    return found


def psbt_evidence(psbt: Psbt) -> list[Evidence]:
    """The families of the PSBT's global xpubs, and the coin types of its BIP-32 paths."""
    from coldsign.codec import base58
    from coldsign.codec.bip32 import decode_extended_key
    from coldsign.codec.psbt import GLOBAL_XPUB
    from coldsign.errors import DecodeError

    found = []
    for record in psbt.global_map.records:
        if record.type != GLOBAL_XPUB:
            continue
        try:
            family = decode_extended_key(base58.encode_check(record.keydata)).network
        except DecodeError:
            continue
        name = "xpub" if family is Network.MAINNET else "tpub"
        found.append(Evidence(family, f"a global {name}"))
    for path in _bip32_paths(psbt):
        if len(path) >= 2 and path[0] >= 0x8000_0000 and path[1] in (0x8000_0000, 0x8000_0001):
            family = Network.MAINNET if path[1] == 0x8000_0000 else Network.TESTNET
            coin = "0'" if family is Network.MAINNET else "1'"
            found.append(Evidence(family, f"BIP-32 paths with coin type {coin}", strong=False))
    return found


def _bip32_paths(psbt: Psbt) -> list[tuple[int, ...]]:
    """The BIP-32 paths of every input and output (BIP-174 and BIP-371 derivation records)."""
    from coldsign.codec.psbt import (
        IN_BIP32_DERIVATION,
        IN_TAP_BIP32_DERIVATION,
        OUT_BIP32_DERIVATION,
        OUT_TAP_BIP32_DERIVATION,
    )

    paths = []
    sections: list[tuple[PsbtMap, int, int]] = [
        (m, IN_BIP32_DERIVATION, IN_TAP_BIP32_DERIVATION) for m in psbt.inputs
    ]
    sections += [(m, OUT_BIP32_DERIVATION, OUT_TAP_BIP32_DERIVATION) for m in psbt.outputs]
    for section, plain, taproot in sections:
        for record in section.records:
            value: bytes | None = record.value
            if record.type == taproot:
                value = _after_leaf_hashes(record.value)  # leaf hashes come before the origin
            elif record.type != plain:
                continue
            if value is None or len(value) < 4 or len(value) % 4:
                continue
            steps = value[4:]  # after the master fingerprint: 4-byte little-endian indexes
            paths.append(
                tuple(int.from_bytes(steps[i : i + 4], "little") for i in range(0, len(steps), 4))
            )
    return paths


def _after_leaf_hashes(value: bytes) -> bytes | None:
    if not value:
        return None
    count = value[0]  # a compact size below 0xfd: a PSBT with 253+ leaf hashes names nothing here
    if count >= 0xFD or len(value) < 1 + 32 * count:
        return None
    return value[1 + 32 * count :]


def choose_network(given: str | None, evidence: Sequence[Evidence], what: str) -> Network:
    """`--network` when given (the keys must be of its family), else what the evidence settles.

    UsageError (exit 2) asking for `--network` when the keys are for test networks (testnet,
    signet and regtest share them), when nothing names a network, or when the evidence disagrees.
    """
    from coldsign.codec.bip32 import key_family

    strong = [e for e in evidence if e.strong]
    if given is not None:
        network = Network.parse(given)
        wrong = [e for e in strong if e.family is not key_family(network)]
        if wrong:
            raise UsageError(
                f"--network {network.value}, but {wrong[0].source}: the keys are for "
                + ("mainnet" if wrong[0].family is Network.MAINNET else TEST_CHOICES)
            )
        return network
    decisive = strong or list(evidence)
    families = {e.family for e in decisive}
    if len(families) > 1:
        sources = "; ".join(sorted({e.source for e in decisive}))
        raise UsageError(
            f"{what} names both mainnet and test-network keys ({sources}): give --network"
        )
    if not families:
        raise UsageError(
            f"nothing in {what} names its network (no extended key, no BIP-32 path): give "
            "--network mainnet, testnet, signet or regtest"
        )
    family = families.pop()
    if family is Network.MAINNET:
        return Network.MAINNET
    raise UsageError(
        f"{what} is for a test network ({decisive[0].source}): give --network {TEST_CHOICES}. "
        "Testnet and signet show the same addresses (tb1…); regtest's are bcrt1…"
    )
