"""Regression tests for the bugs coverage-guided fuzzing found (fuzz/, docs/testing.md).

Each test states the contract that broke; the input that found it is kept in the target's corpus
as fuzz/corpus/<target>/regress-*, which the fuzz smoke (tests/fuzz) replays on every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coldsign.chains import SPECS
from coldsign.codec.psbt import (
    GLOBAL_INPUT_COUNT,
    GLOBAL_OUTPUT_COUNT,
    GLOBAL_TX_VERSION,
    GLOBAL_VERSION,
    IN_OUTPUT_INDEX,
    IN_PREVIOUS_TXID,
    OUT_AMOUNT,
    OUT_SCRIPT,
    InputMap,
    OutputMap,
    Psbt,
    PsbtMap,
    Record,
    parse_psbt,
    serialize_psbt,
    to_v0,
    to_v2,
)
from coldsign.codec.tx import MAX_MONEY
from coldsign.errors import DecodeError

# --------------------------------------------------------------------------------------------
# PSBT (fuzz/fuzz_psbt_binary.py)


def _psbt_v2(amount: int) -> bytes:
    """A minimal PSBT v2: one input, one OP_RETURN output of `amount` sat."""
    u32 = (2).to_bytes(4, "little")
    global_map = PsbtMap(
        "global",
        (
            Record.make(GLOBAL_TX_VERSION, b"", u32),
            Record.make(GLOBAL_INPUT_COUNT, b"", b"\x01"),
            Record.make(GLOBAL_OUTPUT_COUNT, b"", b"\x01"),
            Record.make(GLOBAL_VERSION, b"", u32),
        ),
    )
    spend = InputMap(
        "input",
        (
            Record.make(IN_PREVIOUS_TXID, b"", bytes(range(32))),
            Record.make(IN_OUTPUT_INDEX, b"", bytes(4)),
        ),
    )
    out = OutputMap(
        "output",
        (
            Record.make(OUT_AMOUNT, b"", amount.to_bytes(8, "little")),
            Record.make(OUT_SCRIPT, b"", b"\x6a"),
        ),
    )
    return serialize_psbt(Psbt(2, global_map, (spend,), (out,)))


def test_psbt_v2_amount_is_limited_like_a_v0_transaction_output() -> None:
    # A v2 PSBT accepted PSBT_OUT_AMOUNT above 21 million BTC, which the same PSBT as v0 (its
    # unsigned transaction) refuses: converting an accepted PSBT gave one coldsign rejects.
    assert parse_psbt(_psbt_v2(MAX_MONEY)).outputs[0].amount == MAX_MONEY
    with pytest.raises(DecodeError, match="out of range"):
        parse_psbt(_psbt_v2(MAX_MONEY + 1))


def test_psbt_v0_record_with_a_v2_only_type_refuses_conversion_to_v2() -> None:
    # In v0 a record of a v2-only type (here PSBT_IN_OUTPUT_INDEX) with key data is an unknown
    # record and is kept; to_v2 used to keep it next to the real field, producing a v2 PSBT that
    # parse_psbt refuses ("key data length 1 is not allowed").
    v0 = to_v0(parse_psbt(_psbt_v2(1000)))
    keyed = Record.make(IN_OUTPUT_INDEX, b"\x01", b"unknown")
    raw = serialize_psbt(v0.with_maps(inputs=[InputMap("input", (*v0.inputs[0].records, keyed))]))
    psbt = parse_psbt(raw)  # still a valid v0 PSBT, the record kept
    assert serialize_psbt(psbt) == raw
    with pytest.raises(DecodeError, match="cannot become the v2 field"):
        to_v2(psbt)
    assert to_v2(v0).version == 2  # without it the conversion works


# --------------------------------------------------------------------------------------------
# Policy and manifest TOML (fuzz/fuzz_policy_toml.py, fuzz/fuzz_manifest_toml.py)

WHITELIST = """
version = 1
previous = ""
expires = "{expires}"
[[entries]]
chain = "bitcoin"
network = "testnet"
address = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
label = "Exchange"
"""


def _whitelist(expires: str) -> object:
    from coldsign.policy.documents import DocumentKind
    from coldsign.policy.fields import parse_toml
    from coldsign.policy.manifest import parse_manifest

    table = parse_toml(WHITELIST.format(expires=expires).encode(), "whitelist")
    return parse_manifest(table, DocumentKind.WHITELIST, SPECS)


def test_time_before_year_1000_round_trips() -> None:
    # format_time used strftime("%Y"), which writes year 6 as "6": the canonical body of an
    # accepted manifest ("6-01-01T00:00:00Z") was refused when parsed back.
    from coldsign.policy.documents import DocumentKind
    from coldsign.policy.fields import format_time
    from coldsign.policy.manifest import Manifest, parse_manifest

    manifest = _whitelist("0006-01-01T00:00:00Z")
    assert isinstance(manifest, Manifest)
    body = manifest.to_body()
    assert body["expires"] == "0006-01-01T00:00:00Z"
    assert parse_manifest(body, DocumentKind.WHITELIST, SPECS) == manifest
    assert format_time(manifest.expires) == "0006-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("expires", "reason"),
    [
        ("0001-01-01T00:00:00+01:00", "out of range"),  # OverflowError from astimezone
        ("9999-12-31T23:00:00-05:00", "out of range"),
        ("2030-01-01T00:00:00.5Z", "whole second"),  # would not survive to_body
    ],
)
def test_times_that_cannot_round_trip_are_refused(expires: str, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        _whitelist(expires)


def test_duration_with_too_many_digits_is_a_decode_error() -> None:
    # int() of more than 4300 digits raises ValueError (CPython's limit); before that, long
    # runs are slow. Periods are at most 12 digits.
    from coldsign.units import parse_duration

    assert parse_duration("999999999999s") == 999_999_999_999
    for text in ("9" * 13 + "s", "9" * 5000 + "h"):
        with pytest.raises(DecodeError, match="not a duration"):
            parse_duration(text)


def test_policy_decimals_are_bounded() -> None:
    # decimals = 7777…7 made parse_decimal_units compute 10**decimals: the parser hung (a signed
    # policy's body is parsed before its signatures are checked). The EVM chain spec bounds
    # decimals at 36 (coldsign/chains/evm/module.py).
    from coldsign.policy.config import parse_policy
    from coldsign.policy.fields import parse_toml
    from fuzz._fixtures import POLICY_TOML  # the fuzz targets' policy (fixed public keys)

    def policy(decimals: int) -> object:
        text = POLICY_TOML.replace("decimals = 6", f"decimals = {decimals}")
        return parse_policy(parse_toml(text.encode(), "policy"), SPECS)

    assert policy(36)
    with pytest.raises(DecodeError, match="decimals: more than 36 decimals"):
        policy(37)
    with pytest.raises(DecodeError, match="decimals"):
        policy(10**60)  # what the fuzzer wrote; unfixed, this test would hang


@pytest.mark.parametrize(
    "toml",
    [
        b"a = " + b"[" * 2000 + b"]" * 2000,  # RecursionError in tomllib
        b"a = " + b"{b = " * 2000 + b"1" + b"}" * 2000,
        b"a = " + b"9" * 5000,  # ValueError: int() of more than 4300 digits
    ],
    ids=["nested-arrays", "nested-inline-tables", "5000-digit-integer"],
)
def test_parse_toml_raises_only_decode_error(toml: bytes) -> None:
    from coldsign.policy.fields import parse_toml

    with pytest.raises(DecodeError, match="TOML"):
        parse_toml(toml, "policy")


# --------------------------------------------------------------------------------------------
# Payload (fuzz/fuzz_payload.py)


def test_payload_with_an_empty_memo_record_is_refused() -> None:
    # parse_payload accepted a memo record with an empty value, which serialize_payload leaves
    # out: one payload had two encodings, and the round trip was not byte-exact.
    from dataclasses import replace

    from coldsign.codec.payload import MAGIC, Payload, parse_payload, serialize_payload
    from coldsign.codec.reader import Reader, var_bytes

    payload = Payload(
        chain="bitcoin",
        withdrawal_id="w-1",
        created=1,
        expires=2,
        initiator="ivan",
        policy_hash=bytes(32),
        whitelist_hash=bytes(32),
        transaction=b"tx",
        network="testnet",
    )
    raw = serialize_payload(payload)
    assert parse_payload(raw) == payload
    assert parse_payload(serialize_payload(replace(payload, memo="m"))).memo == "m"
    reader, records = Reader(raw[len(MAGIC) :], "payload"), []
    while not reader.at_end():
        records.append((reader.var_bytes(), reader.var_bytes()))
    records = sorted([*records, (b"\x08", b"")])
    with pytest.raises(DecodeError, match="memo record is empty"):
        parse_payload(MAGIC + b"".join(var_bytes(k) + var_bytes(v) for k, v in records))


# --------------------------------------------------------------------------------------------
# Signed documents (fuzz/fuzz_signed_document.py)


@pytest.mark.parametrize(("body_x", "signer"), [("\\ud800", "a1"), ("y", "\\udfff")])
def test_signed_document_with_a_lone_surrogate_is_a_decode_error(body_x: str, signer: str) -> None:
    # JSON can escape a lone surrogate that no UTF-8 text holds: hashing such a body raised
    # UnicodeEncodeError, and a signer name with one could not be serialized again.
    from coldsign.policy.documents import DocumentKind, document_hash, parse_signed

    assert body_x.startswith("\\u") or signer.startswith("\\u")  # JSON escapes, not characters
    text = (
        '{"format": "coldsign-signed-document", "format_version": 1, "kind": "policy", '
        f'"hash": "{document_hash({"x": "y"})}", "body": {{"x": "{body_x}"}}, '
        f'"signatures": [{{"signer": "{signer}", "key": "{"02" + "11" * 32}", "sig": "{"22" * 64}"}}]}}'
    )
    with pytest.raises(DecodeError, match="not valid Unicode"):
        parse_signed(text.encode(), DocumentKind.POLICY)


# --------------------------------------------------------------------------------------------
# The UTXO list of `payload build` (fuzz/fuzz_utxo_list.py)

UTXO_SPK = "0014d0c4a3ef09e997b6e99e397e518fe3e41a118ca1"  # the fuzz wallet at (0, 0)


def _utxos(fields: str) -> list[object]:
    from coldsign.chains.bitcoin.build import parse_utxos
    from fuzz._fixtures import memo_wallet

    text = f'[{{"txid": "{"ab" * 32}", {fields}, "scriptPubKey": "{UTXO_SPK}"}}]'
    return list(parse_utxos(text.encode(), memo_wallet()))


@pytest.mark.parametrize(
    "fields",
    [
        '"vout": null, "amount": 0.5',  # TypeError from int(None)
        '"vout": [0], "amount": 0.5',
        '"vout": 1.9, "amount": 0.5',  # was silently vout 1
        '"vout": true, "amount": 0.5',
        '"vout": 0, "amount": 1e999999999',  # decimal.Overflow when scaled to sat
        '"vout": 0, "amount": 0.3e99700000000000000000000000',  # InvalidOperation in json.loads
        '"vout": 0, "amount": Infinity',  # OverflowError: int(Infinity)
        '"vout": 0, "amount": NaN',
        '"vout": 0, "amount": 21000000.00000001',
    ],
)
def test_utxo_list_refuses_bad_vout_and_amount_with_decode_error(fields: str) -> None:
    with pytest.raises(DecodeError, match="UTXO list"):
        _utxos(fields)


def test_utxo_list_still_reads_a_good_entry() -> None:
    (utxo,) = _utxos('"vout": 3, "amount": 0.5')
    assert (utxo.vout, utxo.amount_sat) == (3, 50_000_000)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------------
# BIP-129 tokens (fuzz/fuzz_wallet_import.py)

KEY_RECORD = (
    "BSMS 1.0\n{token}\n"
    "[59865f44/48'/0'/0'/2']026d15412460ba0d881c21837bb999233896085a9ed4e5445bd637c10e579768ba\n"
    "Signer 1 key\n"
    "H6DXgqkCb353BDPkzppMFpOcdJZlpur0WRetQhIBqSn6DFzoQWBtm+ibP5wERDRNi0bxxev9B+FIvyQWq0s6im4="
)  # the BIP-129 test vector's first key record, with the TOKEN line replaced


def test_key_record_token_is_hex_even_when_it_is_all_digits() -> None:
    # The TOKEN line went through parse_token, which read "0000000000000028" as decimal 28: the
    # record (which make_key_record writes for that token) was refused as "not lower-case hex".
    from coldsign.formats import bsms

    record = bsms.decode_key_record(KEY_RECORD.format(token="0000000000000028").encode())
    assert record.token == bsms.Token(bytes.fromhex("0000000000000028"))
    assert bsms.decode_key_record(record.encode()) == record
    for bad in ("40", "0x0000000000000028", "ABCDEF0123456789", "000000000000002"):
        with pytest.raises(DecodeError, match="TOKEN"):
            bsms.decode_key_record(KEY_RECORD.format(token=bad).encode())


def test_token_digits_that_read_as_hex_or_decimal_are_refused() -> None:
    # parse_token("40") is decimal 40, whose hex form "0000000000000028" parse_token read back as
    # decimal 28: two tokens for one text. 16 or 32 digits that read as two tokens are refused.
    from coldsign.formats import bsms

    token = bsms.parse_token("40")
    assert token == bsms.Token((40).to_bytes(8, "big"))
    assert bsms.parse_token("0x" + token.hex) == token
    assert bsms.parse_token(token.words()) == token
    for ambiguous in (token.hex, "1234567890123456", "1" * 32):
        with pytest.raises(DecodeError, match="0x"):
            bsms.parse_token(ambiguous)
    assert bsms.parse_token("0" * 16) == bsms.Token(bytes(8))  # both readings agree
    assert bsms.parse_token("12345678901234567") == bsms.Token(
        (12345678901234567).to_bytes(8, "big")
    )


# --------------------------------------------------------------------------------------------
# UR registry (fuzz/fuzz_ur_registry.py)


@pytest.mark.parametrize("wrapper", [400, 401])  # sh, wsh
@pytest.mark.parametrize(
    "inner",
    [
        (307, {3: bytes(20)}),  # crypto-address
        (408, b"\x51"),  # raw()
    ],
)
def test_addr_and_raw_are_top_level_only(wrapper: int, inner: tuple[int, object]) -> None:
    # decode_output accepted sh(addr(...)) (a crypto-address tagged inside sh), which no
    # descriptor can hold (BIP-385: addr() and raw() are top-level only); encode_output then
    # raised ValueError on what its own decoder had accepted.
    import cbor2

    from coldsign.formats import ur_registry as R

    tag, value = inner
    top = cbor2.dumps(cbor2.CBORTag(tag, value))
    assert R.decode_output(top, R.Generation.V1).source.startswith(("addr(", "raw("))
    nested = cbor2.dumps(cbor2.CBORTag(wrapper, cbor2.CBORTag(tag, value)))
    with pytest.raises(DecodeError, match="top level only"):
        R.decode_output(nested, R.Generation.V1)


@pytest.mark.parametrize(
    "info",
    [None, {2: 1}, {1: 60, 2: 0}],  # mainnet Bitcoin (left out), testnet, another coin
    ids=["bitcoin", "testnet", "other-coin"],
)
@pytest.mark.parametrize("kind", [None, 2])  # no type, P2WPKH
@pytest.mark.parametrize("generation", ["V1", "V2"])
def test_an_address_output_re_encodes(
    info: dict[int, int] | None, kind: int | None, generation: str
) -> None:
    # The decoders accepted a top-level addr() (crypto-address) output, but encode_output
    # raised ValueError for it in both generations (found by the 10-minute run of
    # fuzz/fuzz_ur_registry.py; regress-addr-output in its corpus).
    import cbor2

    from coldsign.formats import ur_registry as R

    gen = R.Generation[generation]
    address: dict[int, object] = {3: bytes(range(18))}
    if info is not None:
        address[1] = cbor2.CBORTag(gen.tag("coin-info"), info)
    if kind is not None:
        address[2] = kind
    if gen is R.Generation.V1:
        body = cbor2.dumps(cbor2.CBORTag(307, address))
    else:
        body = cbor2.dumps({1: "addr(@0)", 2: [cbor2.CBORTag(gen.tag("address"), address)]})
    decoded = R.decode_output(body, gen)
    assert decoded.source == "addr(@0)"
    assert R.decode_output(R.encode_output(decoded, gen), gen) == decoded


# --------------------------------------------------------------------------------------------
# Signer home (fuzz/fuzz_signer_home.py): an audit time with the right shape but no such date
# (month 13, second 60) passed the log's pattern and crashed the ledger's clock with ValueError
# (regress-calendar-* in its corpus). A writer with file access can forge the chain around such
# a record; the log now refuses it like any other damaged record (exit 5).


@pytest.mark.parametrize(
    "stamp", ["2026-13-01T00:00:00Z", "2026-12-03T12:00:61Z", "2026-02-30T00:00:00Z"]
)
def test_an_audit_time_that_is_no_date_is_refused(tmp_path: Path, stamp: str) -> None:
    from coldsign.errors import AuthenticationError
    from coldsign.home.audit import GENESIS, AuditReport, encode_record, verify_log
    from coldsign.home.ledger import SIGN_EVENT, SIGNED
    from coldsign.home.signer_home import LOG_NAME, SignerHome

    _, line = encode_record(
        AuditReport(0, GENESIS), stamp, SIGN_EVENT, withdrawal_id="w1", digest="00" * 32,
        decision=SIGNED, reasons=[], details={},
    )  # fmt: skip
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / LOG_NAME).write_bytes(line)
    with pytest.raises(AuthenticationError) as refused:
        verify_log(home / LOG_NAME)
    assert "time is not a real date and time" in str(refused.value.reasons())
    with pytest.raises(AuthenticationError), SignerHome.open(home, SPECS):
        pass
