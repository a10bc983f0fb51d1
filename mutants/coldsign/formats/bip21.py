"""BIP-21 payment URIs (`bitcoin:ADDRESS?amount=...&label=...`), read totally.

QR codes often carry the URI upper case (alphanumeric mode): the scheme is case-insensitive and
an all-upper bech32 address is lowered; base58 addresses keep their case. Parameters are
percent-decoded; a `req-` parameter coldsign does not understand makes the URI invalid, as BIP-21
requires.
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import unquote

from coldsign.errors import DecodeError
from coldsign.units import btc_to_sat

MAX_URI = 2048
_ADDRESS_RE = re.compile(r"[A-Za-z0-9]{14,90}")
_KNOWN = frozenset({"amount", "label", "message", "lightning", "pj", "pjos"})


@dataclasses.dataclass(frozen=True)
class PaymentUri:
    """A decoded BIP-21 URI; `text` is the URI as scanned (what the answer echoes)."""

    text: str
    address: str
    amount_sat: int | None = None
    label: str | None = None
    message: str | None = None
    params: tuple[tuple[str, str], ...] = ()


def parse_uri(text: str) -> PaymentUri:
    """A BIP-21 URI, or a bare address (then `text` is the address). DecodeError otherwise."""
    what = "BIP-21 URI"
    raw = text.strip()
    if not raw or len(raw) > MAX_URI:
        raise DecodeError(what, f"empty or longer than {MAX_URI} characters")
    if raw[:8].lower() != "bitcoin:":
        if _ADDRESS_RE.fullmatch(raw):
            return PaymentUri(raw, _normalize(raw))
        raise DecodeError(what, "does not start with bitcoin:")
    body = raw[8:]
    address_text, _, query = body.partition("?")
    if not _ADDRESS_RE.fullmatch(address_text):
        raise DecodeError(what, "the address part is not an address")
    params: list[tuple[str, str]] = []
    seen: set[str] = set()
    amount = label = message = None
    for item in query.split("&") if query else []:
        key, sep, value = item.partition("=")
        key = key.lower()
        if not sep or not key:
            raise DecodeError(what, "a parameter without '='")
        if key in seen:
            raise DecodeError(what, f"parameter {key!r} appears twice")
        seen.add(key)
        try:
            decoded = unquote(value, errors="strict") if "%" in value else value
        except UnicodeDecodeError:
            raise DecodeError(
                what, f"parameter {key!r} is not UTF-8 once percent-decoded"
            ) from None
        if key.startswith("req-") and key[4:] not in _KNOWN:
            raise DecodeError(what, f"required parameter {key!r} is not understood")
        if key == "amount":
            amount = btc_to_sat(decoded)
        elif key == "label":
            label = decoded
        elif key == "message":
            message = decoded
        params.append((key, decoded))
    return PaymentUri(raw, _normalize(address_text), amount, label, message, tuple(params))


def _normalize(address: str) -> str:
    lower = address.lower()
    if address.isupper() and lower.startswith(("bc1", "tb1", "bcrt1")):
        return lower
    return address
