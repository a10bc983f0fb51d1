"""Strict field reading (policy/fields.py): every getter's value, default and exact refusal.

The refusal text is what an operator reads when a policy or manifest is refused, so each case
asserts the whole message: the document kind, the key's full path and the reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from coldsign.errors import DecodeError
from coldsign.policy.fields import Fields, format_duration, format_time, parse_toml


def fields(table: object, where: str = "assets[0]") -> Fields:
    return Fields(table, where, "policy")


def refusal(call: Callable[[], object], what: str = "policy") -> str:
    with pytest.raises(DecodeError) as info:
        call()
    assert info.value.what == what
    return str(info.value)


# --- The table itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table", [[], "x", None, 1, {1: "int key"}, {"ok": 1, 2: "int key"}], ids=repr
)
def test_only_a_table_with_string_keys_is_a_table(table: object) -> None:
    assert refusal(lambda: fields(table)) == "invalid policy: assets[0] must be a table"


def test_error_and_path_name_the_key_under_its_table() -> None:
    assert fields({}).path("max_fee") == "assets[0].max_fee"
    assert fields({}, where="").path("version") == "version"
    error = fields({}).error("max_fee", "too high")
    assert (error.what, error.reason) == ("policy", "assets[0].max_fee: too high")


@pytest.mark.parametrize(
    "getter",
    [
        lambda f: f.raw("k"),
        lambda f: f.string("k", required=False),
        lambda f: f.req_string("k"),
        lambda f: f.req_int("k"),
        lambda f: f.boolean("k", False),
        lambda f: f.amount("k", 8, required=True),
        lambda f: f.duration("k", default="24h"),
        lambda f: f.timestamp("k", required=True),
        lambda f: f.previous_hash("k"),
        lambda f: f.tables("k"),
        lambda f: f.table("k", required=False),
    ],
    ids=[
        "raw",
        "string",
        "req_string",
        "req_int",
        "boolean",
        "amount",
        "duration",
        "timestamp",
        "previous_hash",
        "tables",
        "table",
    ],
)
def test_json_null_is_refused_by_every_getter(getter: Callable[[Fields], object]) -> None:
    """A signed body is JSON: `null` for a required key used to pass its presence check and
    reach the parser as None (AssertionError, or None under -O)."""
    f = fields({"k": None})
    assert refusal(lambda: getter(f)) == "invalid policy: assets[0].k must not be null"


def test_has_and_raw() -> None:
    f = fields({"a": 0, "b": False})
    assert f.has("a") and f.has("b") and not f.has("c")
    assert f.raw("a") == 0
    assert f.raw("c") is None
    assert f.raw("c", "fallback") == "fallback"
    assert refusal(lambda: f.raw("c", required=True)) == "invalid policy: assets[0].c is required"


def test_done_refuses_leftover_keys_sorted_and_named() -> None:
    f = fields({"zeta": 1, "alpha": 2, "read": 3})
    f.raw("read")
    assert refusal(f.done) == "invalid policy: unknown key(s) in assets[0]: alpha, zeta"
    top = fields({"x": 1}, where="")
    assert refusal(top.done) == "invalid policy: unknown key(s) in top level: x"


def test_done_accepts_keys_read_even_if_absent_or_defaulted() -> None:
    f = fields({"a": "x", "b": True})
    assert f.string("a") == "x"
    assert f.boolean("b", False) is True
    assert f.string("c", required=False) is None
    f.done()


# --- Scalars ------------------------------------------------------------------------------------


def test_string() -> None:
    f = fields({"s": "text", "n": 5})
    assert f.string("s") == "text"
    assert f.string("absent", required=False) is None
    assert f.string("absent", required=False, default="d") == "d"
    assert refusal(lambda: f.string("absent")) == "invalid policy: assets[0].absent is required"
    assert refusal(lambda: f.string("n")) == "invalid policy: assets[0].n: must be a string"


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_req_string_refuses_blank(blank: str) -> None:
    f = fields({"name": blank})
    assert (
        refusal(lambda: f.req_string("name")) == "invalid policy: assets[0].name: must not be empty"
    )


def test_req_string_keeps_the_text() -> None:
    assert fields({"name": " cold "}).req_string("name") == " cold "


def test_integer() -> None:
    f = fields({"zero": 0, "five": 5, "neg": -1})
    assert f.integer("zero") == 0  # the default minimum is 0
    assert f.integer("five", minimum=5) == 5
    assert f.integer("absent", required=False) is None
    assert f.integer("absent", required=False, default=7) == 7
    assert refusal(lambda: f.integer("absent")) == "invalid policy: assets[0].absent is required"
    assert refusal(lambda: f.integer("neg")) == "invalid policy: assets[0].neg: must be at least 0"
    assert (
        refusal(lambda: f.integer("five", minimum=6))
        == "invalid policy: assets[0].five: must be at least 6"
    )


@pytest.mark.parametrize("value", [True, False, 1.0, 2.5, "3", None], ids=repr)
def test_integer_refuses_non_integers(value: object) -> None:
    f = fields({"n": value})
    if value is None:  # JSON null in a signed body is refused, never read as absent
        assert refusal(lambda: f.integer("n", required=False)) == (
            "invalid policy: assets[0].n must not be null"
        )
        return
    assert refusal(lambda: f.integer("n")) == "invalid policy: assets[0].n: must be an integer"


def test_req_int() -> None:
    f = fields({"zero": 0, "one": 1})
    assert f.req_int("zero") == 0
    assert f.req_int("one", minimum=1) == 1
    assert (
        refusal(lambda: f.req_int("zero", 1))
        == "invalid policy: assets[0].zero: must be at least 1"
    )
    assert refusal(lambda: f.req_int("absent")) == "invalid policy: assets[0].absent is required"


@pytest.mark.parametrize("value", [1, 0, "true", "yes"], ids=repr)
def test_boolean_refuses_non_booleans(value: object) -> None:
    f = fields({"b": value})
    assert (
        refusal(lambda: f.boolean("b", False))
        == "invalid policy: assets[0].b: must be true or false"
    )


def test_boolean_default() -> None:
    f = fields({"t": True, "f": False})
    assert f.boolean("t", False) is True
    assert f.boolean("f", True) is False
    assert f.boolean("absent", True) is True
    assert f.boolean("absent", False) is False


# --- Money, durations and times -----------------------------------------------------------------


def test_amount_is_parsed_in_the_asset_units() -> None:
    f = fields({"btc": "0.5", "eth": "1.000000000000000001", "usdc": "10"})
    assert f.amount("btc", 8) == 50_000_000
    assert f.amount("eth", 18) == 10**18 + 1
    assert f.amount("usdc", 6, required=True) == 10_000_000
    assert f.amount("absent", 8) is None
    assert refusal(lambda: f.amount("absent", 8, required=True)) == (
        "invalid policy: assets[0].absent is required"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.5, 'assets[0].max_fee: must be a decimal string such as "0.5" (floats are refused)'),
        (5, 'assets[0].max_fee: must be a decimal string such as "0.5" (floats are refused)'),
        (True, 'assets[0].max_fee: must be a decimal string such as "0.5" (floats are refused)'),
    ],
    ids=["float", "int", "bool"],
)
def test_amount_refusals(value: object, message: str) -> None:
    f = fields({"max_fee": value})
    assert refusal(lambda: f.amount("max_fee", 8)) == f"invalid policy: {message}"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("-1", "'-1' is not a non-negative decimal number"),
        ("1e3", "'1e3' is not a non-negative decimal number"),
        ("0.000000001", "'0.000000001' has more than 8 decimal places"),
    ],
    ids=["negative", "exponent", "too-precise"],
)
def test_malformed_amounts_name_their_path(value: str, reason: str) -> None:
    # units.parse_decimal_units names the key's path as what is invalid
    f = fields({"max_fee": value})
    message = refusal(lambda: f.amount("max_fee", 8), what="assets[0].max_fee")
    assert message == f"invalid assets[0].max_fee: {reason}"


def test_duration() -> None:
    f = fields({"period": "24h", "bad": "tomorrow", "num": 86400})
    assert f.duration("period") == 86_400
    assert f.duration("absent") is None
    assert f.duration("absent", default="15m") == 900
    assert refusal(lambda: f.duration("absent", required=True)) == (
        "invalid policy: assets[0].absent is required"
    )
    assert refusal(lambda: f.duration("num")) == (
        'invalid policy: assets[0].num: must be a duration string such as "24h"'
    )
    assert refusal(lambda: f.duration("bad"), what="assets[0].bad") == (
        "invalid assets[0].bad: 'tomorrow' is not a duration like 15m, 24h or 7d"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-01-31T00:00:00Z", datetime(2027, 1, 31, tzinfo=UTC)),
        ("2027-01-31T00:00:00+00:00", datetime(2027, 1, 31, tzinfo=UTC)),
        ("2027-01-31T02:30:00+02:30", datetime(2027, 1, 31, tzinfo=UTC)),
        ("2027-01-30T19:00:00-05:00", datetime(2027, 1, 31, tzinfo=UTC)),
        (
            datetime(2027, 1, 31, 1, tzinfo=timezone(timedelta(hours=1))),
            datetime(2027, 1, 31, tzinfo=UTC),
        ),
    ],
    ids=["zulu", "utc-offset", "east", "west", "toml-datetime"],
)
def test_timestamp_is_read_as_utc(value: object, expected: datetime) -> None:
    parsed = fields({"expires": value}).timestamp("expires", required=True)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2027-01-31T00:00:00", "must carry a time zone (e.g. a trailing Z)"),
        (datetime(2027, 1, 31), "must carry a time zone (e.g. a trailing Z)"),
        ("2027-01-31", "must carry a time zone (e.g. a trailing Z)"),
        ("tomorrow", "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"),
        ("2027-01-31T00:00:00z", "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"),
        ("2027-02-30T00:00:00Z", "must be an ISO-8601 time such as 2027-01-31T00:00:00Z"),
        (1800000000, "must be a time"),
        (["2027-01-31T00:00:00Z"], "must be a time"),
        ("2027-01-31T00:00:00.5Z", "must be a whole second (no fraction)"),
        (datetime(2027, 1, 31, 0, 0, 0, 1, tzinfo=UTC), "must be a whole second (no fraction)"),
        ("0001-01-01T00:00:00+01:00", "is out of range"),
        ("9999-12-31T23:00:00-05:00", "is out of range"),
    ],
    ids=[
        "naive",
        "naive-toml",
        "date-only",
        "words",
        "lowercase-z",
        "no-such-day",
        "epoch",
        "list",
        "fraction",
        "fraction-toml",
        "before-year-1",
        "after-year-9999",
    ],
)
def test_timestamp_refusals(value: object, reason: str) -> None:
    f = fields({"expires": value})
    assert refusal(lambda: f.timestamp("expires")) == f"invalid policy: assets[0].expires: {reason}"


def test_timestamp_absent() -> None:
    f = fields({})
    assert f.timestamp("expires") is None
    assert refusal(lambda: f.timestamp("expires", required=True)) == (
        "invalid policy: assets[0].expires is required"
    )


@pytest.fixture
def new_york_local_time() -> Iterator[None]:
    """The machine's local zone must never leak into a canonical body."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        yield
    finally:
        mp.undo()
        time.tzset()


@pytest.mark.usefixtures("new_york_local_time")
def test_format_time_is_utc_whatever_the_local_zone() -> None:
    east = datetime(2027, 1, 31, 2, 30, tzinfo=timezone(timedelta(hours=2, minutes=30)))
    assert format_time(east) == "2027-01-31T00:00:00Z"
    assert format_time(datetime(2027, 7, 1, 12, tzinfo=UTC)) == "2027-07-01T12:00:00Z"
    assert format_time(datetime(6, 2, 3, 4, 5, 6, tzinfo=UTC)) == "0006-02-03T04:05:06Z"
    assert format_time(datetime(999, 12, 31, 23, 59, 59, tzinfo=UTC)) == "0999-12-31T23:59:59Z"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0s"),
        (1, "1s"),
        (59, "59s"),
        (60, "1m"),
        (61, "61s"),
        (5400, "90m"),
        (3600, "1h"),
        (3660, "61m"),
        (90000, "25h"),
        (86400, "1d"),
        (172800, "2d"),
        (604800, "1w"),
        (1209600, "2w"),
        (691200, "8d"),
    ],
)
def test_format_duration_uses_the_largest_whole_unit(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


# --- Previous-document links --------------------------------------------------------------------

HASH = "ab" * 32


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ({}, ""),
        ({"previous": ""}, ""),
        ({"previous": HASH}, HASH),
        ({"previous": HASH.upper()}, HASH),
    ],
    ids=["absent", "empty", "lower", "upper"],
)
def test_previous_hash(table: dict[str, object], expected: str) -> None:
    assert fields(table).previous_hash() == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("ab" * 31, 'must be "" or 64 hex characters'),
        ("ab" * 33, 'must be "" or 64 hex characters'),
        ("zz" * 32, 'must be "" or 64 hex characters'),
        (HASH + "\n", 'must be "" or 64 hex characters'),
        (" " + HASH, 'must be "" or 64 hex characters'),
        (0, "must be a string"),
    ],
    ids=["short", "long", "not-hex", "trailing-newline", "leading-space", "number"],
)
def test_previous_hash_refusals(value: object, reason: str) -> None:
    f = fields({"prev": value})
    assert refusal(lambda: f.previous_hash("prev")) == f"invalid policy: assets[0].prev: {reason}"


# --- Nested tables ------------------------------------------------------------------------------


def test_tables_name_each_item_by_index() -> None:
    f = fields({"tiers": [{"above": "0"}, {"above": "1"}]})
    items = f.tables("tiers")
    assert [(t.where, t.what) for t in items] == [
        ("assets[0].tiers[0]", "policy"),
        ("assets[0].tiers[1]", "policy"),
    ]
    assert [t.raw("above") for t in items] == ["0", "1"]
    assert fields({}).tables("tiers") == []
    assert refusal(lambda: fields({}).tables("tiers", required=True)) == (
        "invalid policy: assets[0].tiers is required"
    )
    assert refusal(lambda: fields({"tiers": {"above": "0"}}).tables("tiers")) == (
        "invalid policy: assets[0].tiers: must be a list of tables"
    )
    assert refusal(lambda: fields({"tiers": [{}, 1]}).tables("tiers")) == (
        "invalid policy: assets[0].tiers[1] must be a table"
    )


def test_table() -> None:
    inner = fields({"velocity": {"amount": "1"}}).table("velocity")
    assert (inner.where, inner.what, inner.raw("amount")) == ("assets[0].velocity", "policy", "1")
    empty = fields({}).table("velocity", required=False)
    assert (empty.where, empty.has("amount")) == ("assets[0].velocity", False)
    empty.done()
    assert refusal(lambda: fields({}).table("velocity")) == (
        "invalid policy: assets[0].velocity is required"
    )
    assert refusal(lambda: fields({"velocity": "1"}).table("velocity")) == (
        "invalid policy: assets[0].velocity must be a table"
    )


# --- TOML ---------------------------------------------------------------------------------------


def test_parse_toml() -> None:
    assert parse_toml('a = 1\nb = "ü"\n'.encode(), "policy") == {"a": 1, "b": "ü"}
    with pytest.raises(DecodeError) as info:
        parse_toml(b"a = \xff\n", "whitelist")
    assert str(info.value) == "invalid whitelist: not UTF-8 text"
    with pytest.raises(DecodeError) as info:
        parse_toml(b"a = " + b"[" * 5000 + b"]" * 5000, "policy")
    assert str(info.value) == "invalid policy: TOML nested too deeply"
    with pytest.raises(DecodeError) as info:
        parse_toml(b"a = " + b"1" * 5000, "manifest")
    assert str(info.value) == "invalid manifest: TOML value out of range"
    with pytest.raises(DecodeError) as info:
        parse_toml(b"a = = 1\n", "denylist")
    assert info.value.what == "denylist"
    assert info.value.reason.startswith("TOML: Invalid value (at line 1, column 5)")
