"""Strict reading of operator-written tables (TOML or a signed body): every key is expected,
typed and consumed, and a key nobody asked for is an error naming its path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

from coldsign.errors import DecodeError
from coldsign.units import parse_decimal_units, parse_duration

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁFieldsǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁerror__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁpath__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁhas__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁraw__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁstring__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁreq_string__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁinteger__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁreq_int__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁboolean__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁamount__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁduration__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁtimestamp__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁprevious_hash__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁtables__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁtable__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldsǁdone__mutmut: MutantDict = {}  # type: ignore


class Fields:
    """A cursor over one table. Call the typed getters, then `done()` to refuse leftovers."""

    @_mutmut_mutated(mutants_xǁFieldsǁ__init____mutmut)
    def __init__(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_orig(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_1(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) and not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_2(self, table: object, where: str, what: str) -> None:
        if isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_3(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_4(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(None):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_5(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(None, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_6(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, None)
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_7(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_8(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, )
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_9(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = None
        self._seen: set[str] = set()
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_10(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = None
        self.where = where
        self.what = what

    def xǁFieldsǁ__init____mutmut_11(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = None
        self.what = what

    def xǁFieldsǁ__init____mutmut_12(self, table: object, where: str, what: str) -> None:
        if not isinstance(table, Mapping) or not all(isinstance(k, str) for k in table):
            raise DecodeError(what, f"{where} must be a table")
        self._table: Mapping[str, object] = table
        self._seen: set[str] = set()
        self.where = where
        self.what = None

    @_mutmut_mutated(mutants_xǁFieldsǁerror__mutmut)
    def error(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, f"{self.path(key)}: {reason}")

    def xǁFieldsǁerror__mutmut_orig(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, f"{self.path(key)}: {reason}")

    def xǁFieldsǁerror__mutmut_1(self, key: str, reason: str) -> DecodeError:
        return DecodeError(None, f"{self.path(key)}: {reason}")

    def xǁFieldsǁerror__mutmut_2(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, None)

    def xǁFieldsǁerror__mutmut_3(self, key: str, reason: str) -> DecodeError:
        return DecodeError(f"{self.path(key)}: {reason}")

    def xǁFieldsǁerror__mutmut_4(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, )

    def xǁFieldsǁerror__mutmut_5(self, key: str, reason: str) -> DecodeError:
        return DecodeError(self.what, f"{self.path(None)}: {reason}")

    @_mutmut_mutated(mutants_xǁFieldsǁpath__mutmut)
    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def xǁFieldsǁpath__mutmut_orig(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def xǁFieldsǁpath__mutmut_1(self, key: str) -> str:
        return f"{self.where}.{key}" if (self.where) and False else key

    def xǁFieldsǁpath__mutmut_2(self, key: str) -> str:
        return f"{self.where}.{key}" if (self.where) or True else key

    @_mutmut_mutated(mutants_xǁFieldsǁhas__mutmut)
    def has(self, key: str) -> bool:
        return key in self._table

    def xǁFieldsǁhas__mutmut_orig(self, key: str) -> bool:
        return key in self._table

    def xǁFieldsǁhas__mutmut_1(self, key: str) -> bool:
        return key not in self._table

    @_mutmut_mutated(mutants_xǁFieldsǁraw__mutmut)
    def raw(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_orig(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_1(self, key: str, default: object = None, *, required: bool = True) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_2(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(None)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_3(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_4(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(None, f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_5(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, None)
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_6(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(f"{self.path(key)} is required")
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_7(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, )
            return default
        return self._table[key]

    def xǁFieldsǁraw__mutmut_8(self, key: str, default: object = None, *, required: bool = False) -> object:
        self._seen.add(key)
        if key not in self._table:
            if required:
                raise DecodeError(self.what, f"{self.path(None)} is required")
            return default
        return self._table[key]

    @_mutmut_mutated(mutants_xǁFieldsǁstring__mutmut)
    def string(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_orig(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_1(self, key: str, *, required: bool = False, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_2(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = None
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_3(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(None, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_4(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, None, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_5(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=None)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_6(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_7(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_8(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, )
        if value is not None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_9(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None or not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_10(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is None and not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_11(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and isinstance(value, str):
            raise self.error(key, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_12(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(None, "must be a string")
        return value

    def xǁFieldsǁstring__mutmut_13(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, None)
        return value

    def xǁFieldsǁstring__mutmut_14(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error("must be a string")
        return value

    def xǁFieldsǁstring__mutmut_15(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, )
        return value

    def xǁFieldsǁstring__mutmut_16(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "XXmust be a stringXX")
        return value

    def xǁFieldsǁstring__mutmut_17(self, key: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw(key, default, required=required)
        if value is not None and not isinstance(value, str):
            raise self.error(key, "MUST BE A STRING")
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁreq_string__mutmut)
    def req_string(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_orig(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_1(self, key: str) -> str:
        value = None
        assert value is not None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_2(self, key: str) -> str:
        value = self.string(None)
        assert value is not None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_3(self, key: str) -> str:
        value = self.string(key)
        assert value is None
        if not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_4(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if value.strip():
            raise self.error(key, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_5(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(None, "must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_6(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, None)
        return value

    def xǁFieldsǁreq_string__mutmut_7(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error("must not be empty")
        return value

    def xǁFieldsǁreq_string__mutmut_8(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, )
        return value

    def xǁFieldsǁreq_string__mutmut_9(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, "XXmust not be emptyXX")
        return value

    def xǁFieldsǁreq_string__mutmut_10(self, key: str) -> str:
        value = self.string(key)
        assert value is not None
        if not value.strip():
            raise self.error(key, "MUST NOT BE EMPTY")
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁinteger__mutmut)
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

    def xǁFieldsǁinteger__mutmut_orig(
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

    def xǁFieldsǁinteger__mutmut_1(
        self, key: str, *, required: bool = False, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_2(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 1
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_3(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = None
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_4(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(None, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_5(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_6(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=None)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_7(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_8(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_9(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, )
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_10(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is not None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_11(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) and not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_12(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_13(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(None, "must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_14(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, None)
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_15(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error("must be an integer")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_16(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, )
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_17(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "XXmust be an integerXX")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_18(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "MUST BE AN INTEGER")
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_19(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value <= minimum:
            raise self.error(key, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_20(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(None, f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_21(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, None)
        return value

    def xǁFieldsǁinteger__mutmut_22(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(f"must be at least {minimum}")
        return value

    def xǁFieldsǁinteger__mutmut_23(
        self, key: str, *, required: bool = True, default: int | None = None, minimum: int = 0
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be an integer")
        if value < minimum:
            raise self.error(key, )
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁreq_int__mutmut)
    def req_int(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_orig(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_1(self, key: str, minimum: int = 1) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_2(self, key: str, minimum: int = 0) -> int:
        value = None
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_3(self, key: str, minimum: int = 0) -> int:
        value = self.integer(None, minimum=minimum)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_4(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, minimum=None)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_5(self, key: str, minimum: int = 0) -> int:
        value = self.integer(minimum=minimum)
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_6(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, )
        assert value is not None
        return value

    def xǁFieldsǁreq_int__mutmut_7(self, key: str, minimum: int = 0) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is None
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁboolean__mutmut)
    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_orig(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_1(self, key: str, default: bool) -> bool:
        value = None
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_2(self, key: str, default: bool) -> bool:
        value = self.raw(None, default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_3(self, key: str, default: bool) -> bool:
        value = self.raw(key, None)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_4(self, key: str, default: bool) -> bool:
        value = self.raw(default)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_5(self, key: str, default: bool) -> bool:
        value = self.raw(key, )
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_6(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_7(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(None, "must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_8(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, None)
        return value

    def xǁFieldsǁboolean__mutmut_9(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error("must be true or false")
        return value

    def xǁFieldsǁboolean__mutmut_10(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, )
        return value

    def xǁFieldsǁboolean__mutmut_11(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "XXmust be true or falseXX")
        return value

    def xǁFieldsǁboolean__mutmut_12(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, "MUST BE TRUE OR FALSE")
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁamount__mutmut)
    def amount(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_orig(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_1(self, key: str, decimals: int, *, required: bool = True) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_2(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = None
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_3(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(None, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_4(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=None)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_5(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_6(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_7(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, )
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_8(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is not None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_9(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_10(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(None, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_11(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, None)
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_12(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error('must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_13(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, )
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_14(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'XXmust be a decimal string such as "0.5" (floats are refused)XX')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_15(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'MUST BE A DECIMAL STRING SUCH AS "0.5" (FLOATS ARE REFUSED)')
        return parse_decimal_units(value, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_16(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(None, decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_17(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, None, self.path(key))

    def xǁFieldsǁamount__mutmut_18(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, None)

    def xǁFieldsǁamount__mutmut_19(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(decimals, self.path(key))

    def xǁFieldsǁamount__mutmut_20(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, self.path(key))

    def xǁFieldsǁamount__mutmut_21(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, )

    def xǁFieldsǁamount__mutmut_22(self, key: str, decimals: int, *, required: bool = False) -> int | None:
        """A decimal string (never a float) in an asset's units → integer base units."""
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a decimal string such as "0.5" (floats are refused)')
        return parse_decimal_units(value, decimals, self.path(None))

    @_mutmut_mutated(mutants_xǁFieldsǁduration__mutmut)
    def duration(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_orig(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_1(
        self, key: str, *, required: bool = True, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_2(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = None
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_3(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(None, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_4(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_5(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=None)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_6(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_7(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_8(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, )
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_9(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is not None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_10(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_11(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(None, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_12(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, None)
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_13(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error('must be a duration string such as "24h"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_14(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, )
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_15(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'XXmust be a duration string such as "24h"XX')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_16(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'MUST BE A DURATION STRING SUCH AS "24H"')
        return parse_duration(value, self.path(key))

    def xǁFieldsǁduration__mutmut_17(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(None, self.path(key))

    def xǁFieldsǁduration__mutmut_18(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, None)

    def xǁFieldsǁduration__mutmut_19(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(self.path(key))

    def xǁFieldsǁduration__mutmut_20(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, )

    def xǁFieldsǁduration__mutmut_21(
        self, key: str, *, required: bool = False, default: str | None = None
    ) -> int | None:
        value = self.raw(key, default, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(key, 'must be a duration string such as "24h"')
        return parse_duration(value, self.path(None))

    @_mutmut_mutated(mutants_xǁFieldsǁtimestamp__mutmut)
    def timestamp(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_orig(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_1(self, key: str, *, required: bool = True) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_2(self, key: str, *, required: bool = False) -> datetime | None:
        value = None
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_3(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(None, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_4(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=None)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_5(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_6(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_7(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, )
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_8(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is not None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_9(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = None
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_10(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = None
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_11(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(None)
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_12(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace(None, "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_13(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", None))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_14(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_15(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", ))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_16(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("XXZXX", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_17(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_18(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "XX+00:00XX"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_19(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    None, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_20(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, None
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_21(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_22(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_23(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "XXmust be an ISO-8601 time such as 2027-01-31T00:00:00ZXX"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_24(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an iso-8601 time such as 2027-01-31t00:00:00z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_25(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "MUST BE AN ISO-8601 TIME SUCH AS 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_26(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(None, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_27(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, None)
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_28(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error("must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_29(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, )
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_30(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "XXmust be a timeXX")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_31(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "MUST BE A TIME")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_32(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is not None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_33(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(None, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_34(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, None)
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_35(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error("must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_36(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, )
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_37(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "XXmust carry a time zone (e.g. a trailing Z)XX")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_38(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_39(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "MUST CARRY A TIME ZONE (E.G. A TRAILING Z)")
        return parsed.astimezone(UTC)

    def xǁFieldsǁtimestamp__mutmut_40(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, None, required=required)
        if value is None:
            return None
        if isinstance(value, datetime):  # TOML offset date-time
            parsed = value
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise self.error(
                    key, "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"
                ) from None
        else:
            raise self.error(key, "must be a time")
        if parsed.tzinfo is None:
            raise self.error(key, "must carry a time zone (e.g. a trailing Z)")
        return parsed.astimezone(None)

    @_mutmut_mutated(mutants_xǁFieldsǁprevious_hash__mutmut)
    def previous_hash(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_orig(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_1(self, key: str = "XXpreviousXX") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_2(self, key: str = "PREVIOUS") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_3(self, key: str = "previous") -> str:
        value = None
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_4(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") and ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_5(self, key: str = "previous") -> str:
        value = self.string(None, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_6(self, key: str = "previous") -> str:
        value = self.string(key, required=None, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_7(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default=None) or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_8(self, key: str = "previous") -> str:
        value = self.string(required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_9(self, key: str = "previous") -> str:
        value = self.string(key, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_10(self, key: str = "previous") -> str:
        value = self.string(key, required=False, ) or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_11(self, key: str = "previous") -> str:
        value = self.string(key, required=True, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_12(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="XXXX") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_13(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or "XXXX"
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_14(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = None
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_15(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.upper()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_16(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value or not _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_17(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and _HASH_RE.match(value):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_18(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(None):
            raise self.error(key, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_19(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(None, 'must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_20(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, None)
        return value

    def xǁFieldsǁprevious_hash__mutmut_21(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error('must be "" or 64 hex characters')
        return value

    def xǁFieldsǁprevious_hash__mutmut_22(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, )
        return value

    def xǁFieldsǁprevious_hash__mutmut_23(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'XXmust be "" or 64 hex charactersXX')
        return value

    def xǁFieldsǁprevious_hash__mutmut_24(self, key: str = "previous") -> str:
        value = self.string(key, required=False, default="") or ""
        value = value.lower()
        if value and not _HASH_RE.match(value):
            raise self.error(key, 'MUST BE "" OR 64 HEX CHARACTERS')
        return value

    @_mutmut_mutated(mutants_xǁFieldsǁtables__mutmut)
    def tables(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_orig(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_1(self, key: str, *, required: bool = True) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_2(self, key: str, *, required: bool = False) -> list[Fields]:
        value = None
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_3(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(None, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_4(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, None, required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_5(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=None)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_6(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw([], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_7(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_8(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], )
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_9(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_10(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(None, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_11(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, None)
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_12(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error("must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_13(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, )
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_14(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "XXmust be a list of tablesXX")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_15(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "MUST BE A LIST OF TABLES")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_16(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(None, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_17(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, None, self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_18(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", None) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_19(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_20(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_21(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", ) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_22(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(None)}[{i}]", self.what) for i, item in enumerate(value)]

    def xǁFieldsǁtables__mutmut_23(self, key: str, *, required: bool = False) -> list[Fields]:
        value = self.raw(key, [], required=required)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of tables")
        return [Fields(item, f"{self.path(key)}[{i}]", self.what) for i, item in enumerate(None)]

    @_mutmut_mutated(mutants_xǁFieldsǁtable__mutmut)
    def table(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_orig(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_1(self, key: str, *, required: bool = False) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_2(self, key: str, *, required: bool = True) -> Fields:
        return Fields(None, self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_3(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), None, self.what)

    def xǁFieldsǁtable__mutmut_4(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), None)

    def xǁFieldsǁtable__mutmut_5(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_6(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.what)

    def xǁFieldsǁtable__mutmut_7(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(key), )

    def xǁFieldsǁtable__mutmut_8(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(None, {}, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_9(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, None, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_10(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=None), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_11(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw({}, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_12(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, required=required), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_13(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, ), self.path(key), self.what)

    def xǁFieldsǁtable__mutmut_14(self, key: str, *, required: bool = True) -> Fields:
        return Fields(self.raw(key, {}, required=required), self.path(None), self.what)

    @_mutmut_mutated(mutants_xǁFieldsǁdone__mutmut)
    def done(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_orig(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_1(self) -> None:
        unknown = None
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_2(self) -> None:
        unknown = sorted(None)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_3(self) -> None:
        unknown = sorted(set(self._table) + self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_4(self) -> None:
        unknown = sorted(set(None) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_5(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                None, f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_6(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, None
            )

    def xǁFieldsǁdone__mutmut_7(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                f"unknown key(s) in {self.where or 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_8(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, )

    def xǁFieldsǁdone__mutmut_9(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where and 'top level'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_10(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'XXtop levelXX'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_11(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'TOP LEVEL'}: {', '.join(unknown)}"
            )

    def xǁFieldsǁdone__mutmut_12(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {', '.join(None)}"
            )

    def xǁFieldsǁdone__mutmut_13(self) -> None:
        unknown = sorted(set(self._table) - self._seen)
        if unknown:
            raise DecodeError(
                self.what, f"unknown key(s) in {self.where or 'top level'}: {'XX, XX'.join(unknown)}"
            )

mutants_xǁFieldsǁ__init____mutmut['_mutmut_orig'] = Fields.xǁFieldsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_1'] = Fields.xǁFieldsǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_2'] = Fields.xǁFieldsǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_3'] = Fields.xǁFieldsǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_4'] = Fields.xǁFieldsǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_5'] = Fields.xǁFieldsǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_6'] = Fields.xǁFieldsǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_7'] = Fields.xǁFieldsǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_8'] = Fields.xǁFieldsǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_9'] = Fields.xǁFieldsǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_10'] = Fields.xǁFieldsǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_11'] = Fields.xǁFieldsǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁ__init____mutmut['xǁFieldsǁ__init____mutmut_12'] = Fields.xǁFieldsǁ__init____mutmut_12 # type: ignore # mutmut generated

mutants_xǁFieldsǁerror__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁerror__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁerror__mutmut['xǁFieldsǁerror__mutmut_1'] = Fields.xǁFieldsǁerror__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁerror__mutmut['xǁFieldsǁerror__mutmut_2'] = Fields.xǁFieldsǁerror__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁerror__mutmut['xǁFieldsǁerror__mutmut_3'] = Fields.xǁFieldsǁerror__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁerror__mutmut['xǁFieldsǁerror__mutmut_4'] = Fields.xǁFieldsǁerror__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁerror__mutmut['xǁFieldsǁerror__mutmut_5'] = Fields.xǁFieldsǁerror__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFieldsǁpath__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁpath__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁpath__mutmut['xǁFieldsǁpath__mutmut_1'] = Fields.xǁFieldsǁpath__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁpath__mutmut['xǁFieldsǁpath__mutmut_2'] = Fields.xǁFieldsǁpath__mutmut_2 # type: ignore # mutmut generated

mutants_xǁFieldsǁhas__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁhas__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁhas__mutmut['xǁFieldsǁhas__mutmut_1'] = Fields.xǁFieldsǁhas__mutmut_1 # type: ignore # mutmut generated

mutants_xǁFieldsǁraw__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁraw__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_1'] = Fields.xǁFieldsǁraw__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_2'] = Fields.xǁFieldsǁraw__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_3'] = Fields.xǁFieldsǁraw__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_4'] = Fields.xǁFieldsǁraw__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_5'] = Fields.xǁFieldsǁraw__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_6'] = Fields.xǁFieldsǁraw__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_7'] = Fields.xǁFieldsǁraw__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁraw__mutmut['xǁFieldsǁraw__mutmut_8'] = Fields.xǁFieldsǁraw__mutmut_8 # type: ignore # mutmut generated

mutants_xǁFieldsǁstring__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁstring__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_1'] = Fields.xǁFieldsǁstring__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_2'] = Fields.xǁFieldsǁstring__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_3'] = Fields.xǁFieldsǁstring__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_4'] = Fields.xǁFieldsǁstring__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_5'] = Fields.xǁFieldsǁstring__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_6'] = Fields.xǁFieldsǁstring__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_7'] = Fields.xǁFieldsǁstring__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_8'] = Fields.xǁFieldsǁstring__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_9'] = Fields.xǁFieldsǁstring__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_10'] = Fields.xǁFieldsǁstring__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_11'] = Fields.xǁFieldsǁstring__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_12'] = Fields.xǁFieldsǁstring__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_13'] = Fields.xǁFieldsǁstring__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_14'] = Fields.xǁFieldsǁstring__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_15'] = Fields.xǁFieldsǁstring__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_16'] = Fields.xǁFieldsǁstring__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁstring__mutmut['xǁFieldsǁstring__mutmut_17'] = Fields.xǁFieldsǁstring__mutmut_17 # type: ignore # mutmut generated

mutants_xǁFieldsǁreq_string__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁreq_string__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_1'] = Fields.xǁFieldsǁreq_string__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_2'] = Fields.xǁFieldsǁreq_string__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_3'] = Fields.xǁFieldsǁreq_string__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_4'] = Fields.xǁFieldsǁreq_string__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_5'] = Fields.xǁFieldsǁreq_string__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_6'] = Fields.xǁFieldsǁreq_string__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_7'] = Fields.xǁFieldsǁreq_string__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_8'] = Fields.xǁFieldsǁreq_string__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_9'] = Fields.xǁFieldsǁreq_string__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_string__mutmut['xǁFieldsǁreq_string__mutmut_10'] = Fields.xǁFieldsǁreq_string__mutmut_10 # type: ignore # mutmut generated

mutants_xǁFieldsǁinteger__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁinteger__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_1'] = Fields.xǁFieldsǁinteger__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_2'] = Fields.xǁFieldsǁinteger__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_3'] = Fields.xǁFieldsǁinteger__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_4'] = Fields.xǁFieldsǁinteger__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_5'] = Fields.xǁFieldsǁinteger__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_6'] = Fields.xǁFieldsǁinteger__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_7'] = Fields.xǁFieldsǁinteger__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_8'] = Fields.xǁFieldsǁinteger__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_9'] = Fields.xǁFieldsǁinteger__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_10'] = Fields.xǁFieldsǁinteger__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_11'] = Fields.xǁFieldsǁinteger__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_12'] = Fields.xǁFieldsǁinteger__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_13'] = Fields.xǁFieldsǁinteger__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_14'] = Fields.xǁFieldsǁinteger__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_15'] = Fields.xǁFieldsǁinteger__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_16'] = Fields.xǁFieldsǁinteger__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_17'] = Fields.xǁFieldsǁinteger__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_18'] = Fields.xǁFieldsǁinteger__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_19'] = Fields.xǁFieldsǁinteger__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_20'] = Fields.xǁFieldsǁinteger__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_21'] = Fields.xǁFieldsǁinteger__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_22'] = Fields.xǁFieldsǁinteger__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldsǁinteger__mutmut['xǁFieldsǁinteger__mutmut_23'] = Fields.xǁFieldsǁinteger__mutmut_23 # type: ignore # mutmut generated

mutants_xǁFieldsǁreq_int__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁreq_int__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_1'] = Fields.xǁFieldsǁreq_int__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_2'] = Fields.xǁFieldsǁreq_int__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_3'] = Fields.xǁFieldsǁreq_int__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_4'] = Fields.xǁFieldsǁreq_int__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_5'] = Fields.xǁFieldsǁreq_int__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_6'] = Fields.xǁFieldsǁreq_int__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁreq_int__mutmut['xǁFieldsǁreq_int__mutmut_7'] = Fields.xǁFieldsǁreq_int__mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldsǁboolean__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁboolean__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_1'] = Fields.xǁFieldsǁboolean__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_2'] = Fields.xǁFieldsǁboolean__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_3'] = Fields.xǁFieldsǁboolean__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_4'] = Fields.xǁFieldsǁboolean__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_5'] = Fields.xǁFieldsǁboolean__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_6'] = Fields.xǁFieldsǁboolean__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_7'] = Fields.xǁFieldsǁboolean__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_8'] = Fields.xǁFieldsǁboolean__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_9'] = Fields.xǁFieldsǁboolean__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_10'] = Fields.xǁFieldsǁboolean__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_11'] = Fields.xǁFieldsǁboolean__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁboolean__mutmut['xǁFieldsǁboolean__mutmut_12'] = Fields.xǁFieldsǁboolean__mutmut_12 # type: ignore # mutmut generated

mutants_xǁFieldsǁamount__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁamount__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_1'] = Fields.xǁFieldsǁamount__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_2'] = Fields.xǁFieldsǁamount__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_3'] = Fields.xǁFieldsǁamount__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_4'] = Fields.xǁFieldsǁamount__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_5'] = Fields.xǁFieldsǁamount__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_6'] = Fields.xǁFieldsǁamount__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_7'] = Fields.xǁFieldsǁamount__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_8'] = Fields.xǁFieldsǁamount__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_9'] = Fields.xǁFieldsǁamount__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_10'] = Fields.xǁFieldsǁamount__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_11'] = Fields.xǁFieldsǁamount__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_12'] = Fields.xǁFieldsǁamount__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_13'] = Fields.xǁFieldsǁamount__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_14'] = Fields.xǁFieldsǁamount__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_15'] = Fields.xǁFieldsǁamount__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_16'] = Fields.xǁFieldsǁamount__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_17'] = Fields.xǁFieldsǁamount__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_18'] = Fields.xǁFieldsǁamount__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_19'] = Fields.xǁFieldsǁamount__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_20'] = Fields.xǁFieldsǁamount__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_21'] = Fields.xǁFieldsǁamount__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldsǁamount__mutmut['xǁFieldsǁamount__mutmut_22'] = Fields.xǁFieldsǁamount__mutmut_22 # type: ignore # mutmut generated

mutants_xǁFieldsǁduration__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁduration__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_1'] = Fields.xǁFieldsǁduration__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_2'] = Fields.xǁFieldsǁduration__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_3'] = Fields.xǁFieldsǁduration__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_4'] = Fields.xǁFieldsǁduration__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_5'] = Fields.xǁFieldsǁduration__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_6'] = Fields.xǁFieldsǁduration__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_7'] = Fields.xǁFieldsǁduration__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_8'] = Fields.xǁFieldsǁduration__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_9'] = Fields.xǁFieldsǁduration__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_10'] = Fields.xǁFieldsǁduration__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_11'] = Fields.xǁFieldsǁduration__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_12'] = Fields.xǁFieldsǁduration__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_13'] = Fields.xǁFieldsǁduration__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_14'] = Fields.xǁFieldsǁduration__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_15'] = Fields.xǁFieldsǁduration__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_16'] = Fields.xǁFieldsǁduration__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_17'] = Fields.xǁFieldsǁduration__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_18'] = Fields.xǁFieldsǁduration__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_19'] = Fields.xǁFieldsǁduration__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_20'] = Fields.xǁFieldsǁduration__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁduration__mutmut['xǁFieldsǁduration__mutmut_21'] = Fields.xǁFieldsǁduration__mutmut_21 # type: ignore # mutmut generated

mutants_xǁFieldsǁtimestamp__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁtimestamp__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_1'] = Fields.xǁFieldsǁtimestamp__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_2'] = Fields.xǁFieldsǁtimestamp__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_3'] = Fields.xǁFieldsǁtimestamp__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_4'] = Fields.xǁFieldsǁtimestamp__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_5'] = Fields.xǁFieldsǁtimestamp__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_6'] = Fields.xǁFieldsǁtimestamp__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_7'] = Fields.xǁFieldsǁtimestamp__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_8'] = Fields.xǁFieldsǁtimestamp__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_9'] = Fields.xǁFieldsǁtimestamp__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_10'] = Fields.xǁFieldsǁtimestamp__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_11'] = Fields.xǁFieldsǁtimestamp__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_12'] = Fields.xǁFieldsǁtimestamp__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_13'] = Fields.xǁFieldsǁtimestamp__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_14'] = Fields.xǁFieldsǁtimestamp__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_15'] = Fields.xǁFieldsǁtimestamp__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_16'] = Fields.xǁFieldsǁtimestamp__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_17'] = Fields.xǁFieldsǁtimestamp__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_18'] = Fields.xǁFieldsǁtimestamp__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_19'] = Fields.xǁFieldsǁtimestamp__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_20'] = Fields.xǁFieldsǁtimestamp__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_21'] = Fields.xǁFieldsǁtimestamp__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_22'] = Fields.xǁFieldsǁtimestamp__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_23'] = Fields.xǁFieldsǁtimestamp__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_24'] = Fields.xǁFieldsǁtimestamp__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_25'] = Fields.xǁFieldsǁtimestamp__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_26'] = Fields.xǁFieldsǁtimestamp__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_27'] = Fields.xǁFieldsǁtimestamp__mutmut_27 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_28'] = Fields.xǁFieldsǁtimestamp__mutmut_28 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_29'] = Fields.xǁFieldsǁtimestamp__mutmut_29 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_30'] = Fields.xǁFieldsǁtimestamp__mutmut_30 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_31'] = Fields.xǁFieldsǁtimestamp__mutmut_31 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_32'] = Fields.xǁFieldsǁtimestamp__mutmut_32 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_33'] = Fields.xǁFieldsǁtimestamp__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_34'] = Fields.xǁFieldsǁtimestamp__mutmut_34 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_35'] = Fields.xǁFieldsǁtimestamp__mutmut_35 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_36'] = Fields.xǁFieldsǁtimestamp__mutmut_36 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_37'] = Fields.xǁFieldsǁtimestamp__mutmut_37 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_38'] = Fields.xǁFieldsǁtimestamp__mutmut_38 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_39'] = Fields.xǁFieldsǁtimestamp__mutmut_39 # type: ignore # mutmut generated
mutants_xǁFieldsǁtimestamp__mutmut['xǁFieldsǁtimestamp__mutmut_40'] = Fields.xǁFieldsǁtimestamp__mutmut_40 # type: ignore # mutmut generated

mutants_xǁFieldsǁprevious_hash__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁprevious_hash__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_1'] = Fields.xǁFieldsǁprevious_hash__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_2'] = Fields.xǁFieldsǁprevious_hash__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_3'] = Fields.xǁFieldsǁprevious_hash__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_4'] = Fields.xǁFieldsǁprevious_hash__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_5'] = Fields.xǁFieldsǁprevious_hash__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_6'] = Fields.xǁFieldsǁprevious_hash__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_7'] = Fields.xǁFieldsǁprevious_hash__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_8'] = Fields.xǁFieldsǁprevious_hash__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_9'] = Fields.xǁFieldsǁprevious_hash__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_10'] = Fields.xǁFieldsǁprevious_hash__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_11'] = Fields.xǁFieldsǁprevious_hash__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_12'] = Fields.xǁFieldsǁprevious_hash__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_13'] = Fields.xǁFieldsǁprevious_hash__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_14'] = Fields.xǁFieldsǁprevious_hash__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_15'] = Fields.xǁFieldsǁprevious_hash__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_16'] = Fields.xǁFieldsǁprevious_hash__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_17'] = Fields.xǁFieldsǁprevious_hash__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_18'] = Fields.xǁFieldsǁprevious_hash__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_19'] = Fields.xǁFieldsǁprevious_hash__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_20'] = Fields.xǁFieldsǁprevious_hash__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_21'] = Fields.xǁFieldsǁprevious_hash__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_22'] = Fields.xǁFieldsǁprevious_hash__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_23'] = Fields.xǁFieldsǁprevious_hash__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFieldsǁprevious_hash__mutmut['xǁFieldsǁprevious_hash__mutmut_24'] = Fields.xǁFieldsǁprevious_hash__mutmut_24 # type: ignore # mutmut generated

mutants_xǁFieldsǁtables__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁtables__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_1'] = Fields.xǁFieldsǁtables__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_2'] = Fields.xǁFieldsǁtables__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_3'] = Fields.xǁFieldsǁtables__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_4'] = Fields.xǁFieldsǁtables__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_5'] = Fields.xǁFieldsǁtables__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_6'] = Fields.xǁFieldsǁtables__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_7'] = Fields.xǁFieldsǁtables__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_8'] = Fields.xǁFieldsǁtables__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_9'] = Fields.xǁFieldsǁtables__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_10'] = Fields.xǁFieldsǁtables__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_11'] = Fields.xǁFieldsǁtables__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_12'] = Fields.xǁFieldsǁtables__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_13'] = Fields.xǁFieldsǁtables__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_14'] = Fields.xǁFieldsǁtables__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_15'] = Fields.xǁFieldsǁtables__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_16'] = Fields.xǁFieldsǁtables__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_17'] = Fields.xǁFieldsǁtables__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_18'] = Fields.xǁFieldsǁtables__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_19'] = Fields.xǁFieldsǁtables__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_20'] = Fields.xǁFieldsǁtables__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_21'] = Fields.xǁFieldsǁtables__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_22'] = Fields.xǁFieldsǁtables__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldsǁtables__mutmut['xǁFieldsǁtables__mutmut_23'] = Fields.xǁFieldsǁtables__mutmut_23 # type: ignore # mutmut generated

mutants_xǁFieldsǁtable__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁtable__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_1'] = Fields.xǁFieldsǁtable__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_2'] = Fields.xǁFieldsǁtable__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_3'] = Fields.xǁFieldsǁtable__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_4'] = Fields.xǁFieldsǁtable__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_5'] = Fields.xǁFieldsǁtable__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_6'] = Fields.xǁFieldsǁtable__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_7'] = Fields.xǁFieldsǁtable__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_8'] = Fields.xǁFieldsǁtable__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_9'] = Fields.xǁFieldsǁtable__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_10'] = Fields.xǁFieldsǁtable__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_11'] = Fields.xǁFieldsǁtable__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_12'] = Fields.xǁFieldsǁtable__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_13'] = Fields.xǁFieldsǁtable__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldsǁtable__mutmut['xǁFieldsǁtable__mutmut_14'] = Fields.xǁFieldsǁtable__mutmut_14 # type: ignore # mutmut generated

mutants_xǁFieldsǁdone__mutmut['_mutmut_orig'] = Fields.xǁFieldsǁdone__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_1'] = Fields.xǁFieldsǁdone__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_2'] = Fields.xǁFieldsǁdone__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_3'] = Fields.xǁFieldsǁdone__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_4'] = Fields.xǁFieldsǁdone__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_5'] = Fields.xǁFieldsǁdone__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_6'] = Fields.xǁFieldsǁdone__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_7'] = Fields.xǁFieldsǁdone__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_8'] = Fields.xǁFieldsǁdone__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_9'] = Fields.xǁFieldsǁdone__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_10'] = Fields.xǁFieldsǁdone__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_11'] = Fields.xǁFieldsǁdone__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_12'] = Fields.xǁFieldsǁdone__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldsǁdone__mutmut['xǁFieldsǁdone__mutmut_13'] = Fields.xǁFieldsǁdone__mutmut_13 # type: ignore # mutmut generated
mutants_x_format_time__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_time__mutmut)
def format_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def x_format_time__mutmut_orig(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def x_format_time__mutmut_1(value: datetime) -> str:
    return value.astimezone(UTC).strftime(None)


def x_format_time__mutmut_2(value: datetime) -> str:
    return value.astimezone(None).strftime("%Y-%m-%dT%H:%M:%SZ")


def x_format_time__mutmut_3(value: datetime) -> str:
    return value.astimezone(UTC).strftime("XX%Y-%m-%dT%H:%M:%SZXX")


def x_format_time__mutmut_4(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%y-%m-%dt%h:%m:%sz")


def x_format_time__mutmut_5(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%M-%DT%H:%M:%SZ")

mutants_x_format_time__mutmut['_mutmut_orig'] = x_format_time__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_time__mutmut['x_format_time__mutmut_1'] = x_format_time__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_time__mutmut['x_format_time__mutmut_2'] = x_format_time__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_time__mutmut['x_format_time__mutmut_3'] = x_format_time__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_time__mutmut['x_format_time__mutmut_4'] = x_format_time__mutmut_4 # type: ignore # mutmut generated
mutants_x_format_time__mutmut['x_format_time__mutmut_5'] = x_format_time__mutmut_5 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_duration__mutmut)
def format_duration(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_orig(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_1(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("XXwXX", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_2(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("W", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_3(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604801), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_4(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("XXdXX", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_5(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("D", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_6(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86401), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_7(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("XXhXX", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_8(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("H", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_9(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3601), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_10(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("XXmXX", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_11(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("M", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_12(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 61)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_13(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds or seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_14(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds / size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_15(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size != 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_16(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 1:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def x_format_duration__mutmut_17(seconds: int) -> str:
    """Seconds as the largest whole unit that divides them: 86400 → "1d", 5400 → "90m"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds / size}{unit}"
    return f"{seconds}s"

mutants_x_format_duration__mutmut['_mutmut_orig'] = x_format_duration__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_1'] = x_format_duration__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_2'] = x_format_duration__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_3'] = x_format_duration__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_4'] = x_format_duration__mutmut_4 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_5'] = x_format_duration__mutmut_5 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_6'] = x_format_duration__mutmut_6 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_7'] = x_format_duration__mutmut_7 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_8'] = x_format_duration__mutmut_8 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_9'] = x_format_duration__mutmut_9 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_10'] = x_format_duration__mutmut_10 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_11'] = x_format_duration__mutmut_11 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_12'] = x_format_duration__mutmut_12 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_13'] = x_format_duration__mutmut_13 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_14'] = x_format_duration__mutmut_14 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_15'] = x_format_duration__mutmut_15 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_16'] = x_format_duration__mutmut_16 # type: ignore # mutmut generated
mutants_x_format_duration__mutmut['x_format_duration__mutmut_17'] = x_format_duration__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_toml__mutmut)
def parse_toml(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_orig(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_1(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(None)
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_2(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode(None))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_3(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("XXutf-8XX"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_4(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("UTF-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_5(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_6(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, None) from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_7(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError("not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_8(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, ) from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_9(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "XXnot UTF-8 textXX") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_10(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not utf-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_11(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "NOT UTF-8 TEXT") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, f"TOML: {exc}") from None


def x_parse_toml__mutmut_12(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(None, f"TOML: {exc}") from None


def x_parse_toml__mutmut_13(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, None) from None


def x_parse_toml__mutmut_14(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(f"TOML: {exc}") from None


def x_parse_toml__mutmut_15(data: bytes, what: str) -> dict[str, object]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DecodeError(what, ) from None

mutants_x_parse_toml__mutmut['_mutmut_orig'] = x_parse_toml__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_1'] = x_parse_toml__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_2'] = x_parse_toml__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_3'] = x_parse_toml__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_4'] = x_parse_toml__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_5'] = x_parse_toml__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_6'] = x_parse_toml__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_7'] = x_parse_toml__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_8'] = x_parse_toml__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_9'] = x_parse_toml__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_10'] = x_parse_toml__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_11'] = x_parse_toml__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_12'] = x_parse_toml__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_13'] = x_parse_toml__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_14'] = x_parse_toml__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_toml__mutmut['x_parse_toml__mutmut_15'] = x_parse_toml__mutmut_15 # type: ignore # mutmut generated
