"""Text that looks like key material: BIP-39 or SLIP-39 words, extended private keys, WIF keys,
64 hex digits. Pure and conservative (a false alarm costs a warning; a miss leaks a secret).

Two uses: the error boundary never echoes command-line text that looks like a secret (a mnemonic
typed as arguments ends up in click's "unexpected extra arguments (...)"), and seed prompts hint
when the words typed belong to the other standard (BIP-39 words at a SLIP-39 prompt and the
other way round). Results name argument positions and kinds, never the text.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

MIN_WORD_RUN: Final = 6  # consecutive list words that count as (part of) a mnemonic or share
_XPRV = re.compile(r"[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{80,120}")
_WIF = re.compile(r"[59][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51}")
_HEX64 = re.compile(r"(?:0[xX])?[0-9a-fA-F]{64}")


class Material(enum.Enum):
    """A kind of key material, as it is named to the operator."""

    BIP39 = "BIP-39 mnemonic words"
    SLIP39 = "SLIP-39 share words"
    XPRV = "an extended private key"
    WIF = "a WIF private key"
    HEX64 = "64 hex digits (a private key or seed?)"


@dataclass(frozen=True)
class Finding:
    """Key material of `kind` in the arguments at `positions` (1-based); `tokens` is the text
    itself, for the caller to look for in a message and never to print."""

    kind: Material
    positions: tuple[int, ...]
    tokens: tuple[str, ...]

    def where(self) -> str:
        first, last = self.positions[0], self.positions[-1]
        return f"argument {first}" if first == last else f"arguments {first} to {last}"


@functools.cache
def bip39_words() -> frozenset[str]:
    from mnemonic import Mnemonic

    return frozenset(Mnemonic("english").wordlist)


@functools.cache
def slip39_words() -> frozenset[str]:
    from shamir_mnemonic.wordlist import WORDLIST

    return frozenset(WORDLIST)


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFKD", text).lower().split()


def word_standard(text: str) -> Material | None:
    """Which list every word of `text` belongs to: BIP39 or SLIP39 (when the words fit both, the
    one whose lengths fit: 12-24 words for BIP-39, 20 or more for SLIP-39), None when neither."""
    words = _words(text)
    if not words:
        return None
    in_bip39 = all(w in bip39_words() for w in words)
    in_slip39 = all(w in slip39_words() for w in words)
    if in_bip39 and in_slip39:
        return Material.BIP39 if len(words) in (12, 15, 18, 21, 24) else Material.SLIP39
    if in_bip39:
        return Material.BIP39
    if in_slip39:
        return Material.SLIP39
    return None


def other_standard_hint(text: str, expected: Material) -> str | None:
    """A hint when `text` (rejected as `expected`) is made of the other standard's words."""
    found = word_standard(text)
    if found is None or found is expected:
        return None
    if found is Material.BIP39:
        return (
            "these are BIP-39 mnemonic words, not a SLIP-39 share: give a mnemonic with "
            "--mnemonic-fd or at the mnemonic prompt (no --from-shares)"
        )
    return (
        "these are SLIP-39 share words, not a BIP-39 mnemonic: give shares with --from-shares "
        "or --share-fd"
    )


def find_key_material(args: Sequence[str]) -> list[Finding]:
    """Key material in command-line arguments: runs of at least MIN_WORD_RUN words of the BIP-39
    or SLIP-39 list (across arguments, or inside one quoted argument), extended private keys,
    WIF keys and 64-hex strings."""
    findings: list[Finding] = []
    for kind, wordset in ((Material.BIP39, bip39_words()), (Material.SLIP39, slip39_words())):
        run: list[tuple[int, str]] = []
        for position, arg in enumerate([*args, ""], start=1):
            words = _words(arg)
            if words and all(w in wordset for w in words):
                run += [(position, w) for w in words]
                continue
            if len(run) >= MIN_WORD_RUN:
                positions = tuple(sorted({p for p, _ in run}))
                tokens = tuple(args[p - 1] for p in positions)
                findings.append(Finding(kind, positions, tokens))
            run = []
    for position, arg in enumerate(args, start=1):
        text = arg.strip().split("=", 1)[-1]  # --option=value
        for kind, pattern in (
            (Material.XPRV, _XPRV),
            (Material.WIF, _WIF),
            (Material.HEX64, _HEX64),
        ):
            if pattern.fullmatch(text):
                findings.append(Finding(kind, (position,), (arg,)))
    return findings
