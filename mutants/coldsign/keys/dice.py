"""Dice rolls as a second entropy source, mixed with the OS random source (pure; no I/O).

The mixing (documented in docs/seed-custody.md) is::

    entropy = SHA-256(b"coldsign/dice-mix/v1" || os_random[32] || canonical_dice)[:length]

where ``canonical_dice`` is the rolls as ASCII digits ``1``..``6``, one per roll, nothing else.
``os_random`` has a fixed length, so the concatenation is unambiguous. Modelling SHA-256 as a
random oracle, the output is uniform as long as *either* input is unpredictable to an attacker:
dice chosen by an attacker (all ones, say) cannot lower the entropy of the OS bytes, and an OS
source that is broken or backdoored cannot lower the entropy of fair dice. The operator rolls
first and the OS bytes are drawn afterwards, so neither input can be chosen knowing the other.

Enough rolls for the requested strength are enforced: n rolls of a fair d6 carry n·log2(6) bits,
so ``rolls_needed(bits)`` is the least n with 6**n >= 2**bits (50 for 128 bits, 100 for 256).
"""

from __future__ import annotations

import hashlib
from typing import Final

from coldsign.errors import DecodeError
from coldsign.keys.secrets import Secret

DOMAIN: Final = b"coldsign/dice-mix/v1"
OS_RANDOM_BYTES: Final = 32
FACES: Final = "123456"
MAX_ROLLS: Final = 1000  # far more than any strength needs; bounds the input
_WHAT: Final = "dice rolls"
# Chi-square critical value for 5 degrees of freedom at p = 0.001: a fair die exceeds it once in
# a thousand sessions, so a warning above it is rare for honest dice and common for biased ones.
_CHI2_5DF_P001: Final = 20.515


class DiceRolls(Secret):
    """Rolls of a six-sided die, canonical: one ASCII digit 1..6 per roll. As secret as a seed."""

    __slots__ = ()

    def __init__(self, canonical: str) -> None:
        if not isinstance(canonical, str) or any(c not in FACES for c in canonical):
            raise ValueError("canonical dice rolls are digits 1 to 6 only")
        super().__init__(canonical.encode("ascii"))

    @property
    def count(self) -> int:
        return len(self._material)

    def _label(self) -> str:
        return f"{self.count} rolls"

    def reveal(self) -> str:
        """The canonical roll string (the exact bytes that are hashed)."""
        return bytes(self._material).decode("ascii")

    def extend(self, more: DiceRolls) -> DiceRolls:
        """These rolls followed by `more` (interactive entry arrives line by line)."""
        return DiceRolls(self.reveal() + more.reveal())


def parse_dice(text: str) -> DiceRolls:
    """Rolls typed by the operator: digits 1..6; whitespace separates and is ignored.

    DecodeError names the position (1-based, counting non-space characters) of the first
    invalid character, never the character; and refuses more than MAX_ROLLS rolls.
    """
    rolls: list[str] = []
    for char in text:
        if char.isspace():
            continue
        if char not in FACES:
            raise DecodeError(
                _WHAT, f"character {len(rolls) + 1} is not a die face (use the digits 1 to 6)"
            )
        rolls.append(char)
        if len(rolls) > MAX_ROLLS:
            raise DecodeError(_WHAT, f"more than {MAX_ROLLS} rolls")
    return DiceRolls("".join(rolls))


def rolls_needed(bits: int) -> int:
    """The least n with 6**n >= 2**bits: rolls of a fair d6 carrying `bits` bits of entropy."""
    if bits <= 0:
        raise ValueError("bits must be positive")
    n, capacity, target = 0, 1, 1 << bits
    while capacity < target:
        n += 1
        capacity *= 6
    return n


def require_enough(rolls: DiceRolls, bits: int) -> None:
    """DecodeError unless `rolls` carry at least `bits` bits (fair-die estimate)."""
    need = rolls_needed(bits)
    if rolls.count < need:
        raise DecodeError(_WHAT, f"{rolls.count} given, {need} needed for {bits} bits of entropy")


def bias_warnings(rolls: DiceRolls) -> list[str]:
    """Warnings when the rolls look unlike a fair die (chi-square test, p < 0.001).

    Advisory only: biased dice do not weaken the result (the OS bytes still carry full entropy),
    but the operator should know the dice contributed less than claimed.
    """
    n = rolls.count
    if n < 30:  # too few for the test to mean anything
        return []
    text = rolls.reveal()
    expected = n / 6
    chi2 = sum((text.count(face) - expected) ** 2 / expected for face in FACES)
    if chi2 > _CHI2_5DF_P001:
        return [
            "the dice rolls look biased (chi-square test); the OS random source still "
            "protects the result, but check the dice and how they are rolled"
        ]
    return []


def mix_entropy(os_random: bytes, rolls: DiceRolls | None, length: int) -> bytes:
    """`length` bytes of entropy (16..32) from 32 OS random bytes and optional dice rolls.

    Without dice: the first `length` OS bytes. With dice: SHA-256(DOMAIN || os_random ||
    canonical dice)[:length]. ValueError for a wrong `os_random` size or `length` (caller bugs).
    """
    if len(os_random) != OS_RANDOM_BYTES:
        raise ValueError(f"os_random must be {OS_RANDOM_BYTES} bytes")
    if not 16 <= length <= 32:
        raise ValueError("length must be 16 to 32 bytes")
    if rolls is None:
        return bytes(os_random[:length])
    digest = hashlib.sha256(DOMAIN + bytes(os_random) + rolls.reveal_material()).digest()
    return digest[:length]
