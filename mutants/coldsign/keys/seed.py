"""BIP-39 mnemonics (English word list) via the `mnemonic` package.

Errors name word positions, never words: a mistyped word is a near-secret. Text is NFKD-normalized
and lower-cased, and any run of whitespace separates words, as BIP-39 specifies.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

from coldsign.errors import DecodeError
from coldsign.keys.secrets import Mnemonic, Passphrase, Seed

if TYPE_CHECKING:
    from mnemonic import Mnemonic as _Bip39

WORD_COUNTS = {12: 16, 15: 20, 18: 24, 21: 28, 24: 32}  # words -> entropy bytes


@functools.cache
def _bip39() -> _Bip39:
    from mnemonic import Mnemonic as Bip39

    return Bip39("english")


@functools.cache
def _wordset() -> frozenset[str]:
    return frozenset(_bip39().wordlist)


def normalize_words(text: str) -> list[str]:
    """NFKD, lower case, split on any whitespace."""
    return unicodedata.normalize("NFKD", text).lower().split()


def mnemonic_from_text(text: str) -> Mnemonic:
    """Validate a BIP-39 English mnemonic. DecodeError names positions of unknown words only."""
    words = normalize_words(text)
    if not words:
        raise DecodeError("mnemonic", "no words")
    if len(words) not in WORD_COUNTS:
        allowed = ", ".join(str(n) for n in WORD_COUNTS)
        raise DecodeError("mnemonic", f"{len(words)} words (must be {allowed})")
    known = _wordset()
    unknown = [i for i, word in enumerate(words, start=1) if word not in known]
    if unknown:
        where = ", ".join(str(i) for i in unknown)
        plural = "s" if len(unknown) > 1 else ""
        raise DecodeError(
            "mnemonic", f"word{plural} at position{plural} {where} not in the BIP-39 list"
        )
    phrase = " ".join(words)
    try:
        valid = _bip39().check(phrase)
    except (ValueError, LookupError):
        valid = False
    if not valid:
        raise DecodeError("mnemonic", "checksum mismatch (a word is wrong or out of order)")
    return Mnemonic(phrase)


def seed_from_mnemonic(mnemonic: Mnemonic, passphrase: Passphrase | None = None) -> Seed:
    """BIP-39 seed: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic" + passphrase, 2048), NFKD both."""
    from mnemonic import Mnemonic as Bip39

    secret = passphrase.reveal() if passphrase is not None else ""
    return Seed(Bip39.to_seed(mnemonic.reveal(), secret))


def new_mnemonic(words: int, entropy: bytes) -> Mnemonic:
    """Encode caller-supplied `entropy` (from os.urandom or dice) as a BIP-39 mnemonic.

    ValueError when `entropy` does not have the length `words` needs (a caller bug).
    """
    need = WORD_COUNTS.get(words)
    if need is None:
        raise ValueError(f"{words} words is not a BIP-39 length")
    if len(entropy) != need:
        raise ValueError(f"{words} words need {need} bytes of entropy, got {len(entropy)}")
    return Mnemonic(_bip39().to_mnemonic(bytes(entropy)))


def entropy_from_mnemonic(mnemonic: Mnemonic) -> bytes:
    """The entropy a valid mnemonic encodes (for SLIP-39 splitting of a BIP-39 wallet's entropy)."""
    return bytes(_bip39().to_entropy(mnemonic.reveal()))
