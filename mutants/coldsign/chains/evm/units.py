"""EVM amounts: exact parsing and formatting of wei, gwei, ether and token base units.

Integers only (never floats, no Decimal rounding): "1.5eth", "30gwei", "1000wei", and a bare
integer, which is wei unless the caller names another unit. A number with more fractional digits
than its unit allows is refused, never rounded; so is anything above 2**256 - 1.
"""

from __future__ import annotations

import enum
import re

from coldsign.errors import DecodeError

MAX_UINT256 = 2**256 - 1
WEI_PER_GWEI = 10**9
WEI_PER_ETH = 10**18
MAX_DECIMALS = 77  # 10**77 < 2**256 < 10**78: more decimals could not express one whole token
_MAX_TEXT = 100  # far above any uint256 amount; keeps int() away from its digit limit

# Digits, optionally grouped with single underscores, an optional fraction, an optional unit.
_NUMBER = r"([0-9]+(?:_[0-9]+)*)(?:\.([0-9]+(?:_[0-9]+)*))?"
_AMOUNT_RE = re.compile(_NUMBER + r"[ \t]*([A-Za-z]*)", re.ASCII)
_PLAIN_RE = re.compile(_NUMBER, re.ASCII)


class EthUnit(enum.Enum):
    """Units of the native coin; the value is the number of decimals relative to wei."""

    WEI = 0
    GWEI = 9
    ETH = 18


_UNIT_NAMES = {"wei": EthUnit.WEI, "gwei": EthUnit.GWEI, "eth": EthUnit.ETH, "ether": EthUnit.ETH}


def _scale(whole: str, frac: str | None, decimals: int, text: str, what: str) -> int:
    """whole.frac x 10**decimals as an exact integer; DecodeError if it is not one or too big."""
    whole = whole.replace("_", "")
    frac = (frac or "").replace("_", "").rstrip("0")  # trailing zeros are exact, not precision
    if len(frac) > decimals:
        raise DecodeError(what, f"{text!r} has more than {decimals} decimal places")
    value: int = int(whole) * 10**decimals + (int(frac.ljust(decimals, "0")) if frac else 0)
    if value > MAX_UINT256:
        raise DecodeError(what, f"{text!r} exceeds 2**256 - 1 base units")
    return value


def _check_text(text: object, what: str) -> str:
    if not isinstance(text, str) or len(text.strip()) > _MAX_TEXT:
        raise DecodeError(what, f"not an amount of at most {_MAX_TEXT} characters")
    return text.strip()


def parse_eth_amount(text: str, *, bare_unit: EthUnit = EthUnit.WEI, what: str = "amount") -> int:
    """Wei from "1.5eth", "1.5 ether", "30gwei", "1000wei" (case-insensitive unit) or a bare
    number read in `bare_unit` (wei by default, so a bare "1.5" is refused). DecodeError otherwise.
    """
    cleaned = _check_text(text, what)
    match = _AMOUNT_RE.fullmatch(cleaned)
    if not match:
        raise DecodeError(what, f"{text!r} is not an amount like 1.5eth, 30gwei or 1000wei")
    whole, frac, unit_text = match.groups()
    unit = bare_unit
    if unit_text:
        found = _UNIT_NAMES.get(unit_text.lower())
        if found is None:
            raise DecodeError(what, f"unknown unit {unit_text!r} (use wei, gwei or eth)")
        unit = found
    return _scale(whole, frac, unit.value, text, what)


def parse_token_amount(text: str, decimals: int, *, what: str = "token amount") -> int:
    """Base units from a plain decimal in token units ("12.5" with 6 decimals -> 12500000).

    More fractional digits than `decimals` is refused (DecodeError); ValueError for bad decimals.
    """
    if (
        not isinstance(decimals, int)
        or isinstance(decimals, bool)
        or not 0 <= decimals <= MAX_DECIMALS
    ):
        raise ValueError(f"decimals must be an integer in [0, {MAX_DECIMALS}]")
    cleaned = _check_text(text, what)
    match = _PLAIN_RE.fullmatch(cleaned)
    if not match:
        raise DecodeError(what, f"{text!r} is not a non-negative decimal number")
    return _scale(match.group(1), match.group(2), decimals, text, what)


def format_units(amount: int, decimals: int) -> str:
    """`amount` base units as an exact decimal string, trailing zeros trimmed ("1.5", "30", "0")."""
    if not isinstance(amount, int) or not isinstance(decimals, int) or decimals < 0:
        raise ValueError("amount and decimals must be integers, decimals >= 0")
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**decimals)
    frac_text = str(frac).rjust(decimals, "0").rstrip("0") if decimals else ""
    return f"{sign}{whole}.{frac_text}" if frac_text else f"{sign}{whole}"


def format_wei(wei: int, symbol: str = "ETH") -> str:
    """Wei in whole coins with the symbol: 1500000000000000000 -> "1.5 ETH"."""
    return f"{format_units(wei, EthUnit.ETH.value)} {symbol}"


def format_gwei(wei: int) -> str:
    """Wei in gwei, as gas prices are usually read: 30000000000 -> "30 gwei"."""
    return f"{format_units(wei, EthUnit.GWEI.value)} gwei"


def format_token(amount: int, decimals: int, symbol: str | None = None) -> str:
    """Token base units in token units: (12500000, 6, "USDC") -> "12.5 USDC"."""
    text = format_units(amount, decimals)
    return f"{text} {symbol}" if symbol else text
