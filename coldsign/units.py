"""Networks and money. Amounts are integers in the smallest unit; never floats."""

from __future__ import annotations

import enum
import re

from coldsign.errors import DecodeError


class Network(enum.Enum):
    """Bitcoin networks; the value is the name operators type."""

    MAINNET = "mainnet"
    TESTNET = "testnet"
    SIGNET = "signet"
    REGTEST = "regtest"

    @classmethod
    def parse(cls, text: str) -> Network:
        aliases = {
            "bitcoin": "mainnet",
            "main": "mainnet",
            "test": "testnet",
            "testnet3": "testnet",
        }
        name = aliases.get(text.strip().lower(), text.strip().lower())
        try:
            return cls(name)
        except ValueError:
            names = ", ".join(n.value for n in cls)
            raise DecodeError("network", f"{text!r} is not one of {names}") from None

    @property
    def is_mainnet(self) -> bool:
        return self is Network.MAINNET

    @property
    def coin_type(self) -> int:
        """BIP-44 coin type: 0 on mainnet, 1 on every test network."""
        return 0 if self is Network.MAINNET else 1

    @property
    def bech32_hrp(self) -> str:
        return {"mainnet": "bc", "testnet": "tb", "signet": "tb", "regtest": "bcrt"}[self.value]

    @property
    def p2pkh_version(self) -> int:
        return 0x00 if self is Network.MAINNET else 0x6F

    @property
    def p2sh_version(self) -> int:
        return 0x05 if self is Network.MAINNET else 0xC4


SATS_PER_BTC = 100_000_000


def is_ascii_decimal(text: str) -> bool:
    """Whether `text` is one or more ASCII digits. `str.isdigit` alone also accepts "²" (which
    int() refuses) and "٣" (which int() reads as 3): two spellings of one number would parse."""
    return text.isascii() and text.isdigit()


_DECIMAL_RE = re.compile(r"([0-9]+)(?:\.([0-9]+))?")


def parse_decimal_units(text: str, decimals: int, what: str = "amount") -> int:
    """Parse a non-negative decimal string such as "0.5" into integer base units.

    Integer arithmetic only (Decimal would round past 28 digits, which wei amounts reach). More
    significant fractional digits than `decimals` is an error, never silently rounded.
    """
    cleaned = str(text).strip().replace("_", "")
    match = _DECIMAL_RE.fullmatch(cleaned)
    if not match or len(cleaned) > 100:
        raise DecodeError(what, f"{text!r} is not a non-negative decimal number")
    whole, frac = match.group(1), (match.group(2) or "").rstrip("0")
    if len(frac) > decimals:
        raise DecodeError(what, f"{text!r} has more than {decimals} decimal places")
    scale: int = 10**decimals
    return int(whole) * scale + int(frac.ljust(decimals, "0") or "0")


def format_units(amount: int, decimals: int) -> str:
    """Integer base units as a decimal string with trailing zeros trimmed (at least one decimal)."""
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**decimals)
    if decimals == 0:
        return f"{sign}{whole}"
    frac_text = str(frac).rjust(decimals, "0").rstrip("0") or "0"
    return f"{sign}{whole}.{frac_text}"


def btc_to_sat(text: str) -> int:
    return parse_decimal_units(text, 8, "BTC amount")


def format_btc(sats: int) -> str:
    return format_units(sats, 8)


# At most 12 ASCII digits: int() of a longer run is slow or refused (Python's 4300-digit limit
# raised ValueError here, found by fuzz/fuzz_policy_toml.py), and no period needs more.
_DURATION_RE = re.compile(r"([0-9]{1,12})\s*([smhdw])")
_DURATION_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, what: str = "duration") -> int:
    """ "90s", "15m", "24h", "7d", "2w" → seconds."""
    match = _DURATION_RE.fullmatch(str(text).strip().lower())
    if not match:
        raise DecodeError(what, f"{text!r} is not a duration like 15m, 24h or 7d")
    return int(match.group(1)) * _DURATION_SECONDS[match.group(2)]
