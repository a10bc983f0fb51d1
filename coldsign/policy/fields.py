"""Strict reading of operator-written tables (TOML or a signed body): every key is expected,
typed and consumed, and a key nobody asked for is an error naming its path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

from coldsign.errors import DecodeError
from coldsign.units import parse_decimal_units, parse_duration

_HASH_RE = re.compile(r"[0-9a-f]{64}")  # fullmatch: "$" would let a trailing newline through


class Fields:
    """A cursor over one table. Call the typed getters, then `done()` to refuse leftovers."""

    def __init__(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def error(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, f"{self.path(key)}: {reason}")

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def has(self, key: str) -> bool:
        return key in self._table

    def raw(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        value = self._table[key]
        if value is None:
            # JSON null in a signed body (TOML has none): never "absent", or a required key
            # would pass its presence check and reach its caller as None.
            raise DecodeError(self.what, f"{self.path(key)} must not be null")
        return value

    def string(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def req_string(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def integer(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def req_int(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is not None
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def amount(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def duration(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def timestamp(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                # Python 3.11+ reads a trailing "Z" itself (RFC 3339 / ISO 8601 UTC designator).
                parsed = datetime.fromisoformat(value)
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        if parsed.microsecond:
            # Signed bodies hold whole seconds (format_time); a fraction would not survive.
            raise self.error(key, "must be a whole second (no fraction)")
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is before year 1 in UTC
            raise self.error(key, "is out of range") from None

    def previous_hash(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.fullmatch(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def tables(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def table(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), self.what)

    def done(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )


def format_time(value: datetime) -> str:
    """UTC, whole seconds, trailing Z; the year always has four digits (strftime's %Y does not
    pad years before 1000, and the result would not parse back)."""
    v = value.astimezone(UTC)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}Z"


def format_duration(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def parse_toml(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None
    except RecursionError:  # tomllib recurses per nested array or inline table
        raise DecodeError(what, "TOML nested too deeply") from None
    except ValueError:  # e.g. an integer of more than 4300 digits (CPython's int() limit)
        raise DecodeError(what, "TOML value out of range") from None
