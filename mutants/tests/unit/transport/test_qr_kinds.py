"""QR kinds added for issue 14: raw transactions (BBQr T), wallet files (J, U), registry URs,
and refusals that name the failing part once."""

from __future__ import annotations

import pytest

from coldsign.errors import DecodeError
from coldsign.formats import ur_registry as R
from coldsign.transport import bbqr, ur
from coldsign.transport.formats import MultipartCollector, collect, encode_for_qr
from tests.conftest import vector

TX = bytes.fromhex(
    next(
        step["expected_tx_hex"]
        for step in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]
        if step["role"] == "extractor"
    )
)
ACCOUNT = next(
    v for v in vector("ur/registry.json")["vectors"] if v["name"] == "CryptoAccountTest.testSeed"
)


def test_raw_transaction_is_bbqr_type_t_and_reads_back_as_tx() -> None:
    parts = encode_for_qr(TX, "tx", "bbqr", "low")
    assert all(p.startswith("B$") and p[3] == "T" for p in parts)
    assert bbqr.join(parts) == (bbqr.FileType.TXN, TX)
    assert collect(parts) == ("tx", TX)
    assert collect(parts, expect="tx") == ("tx", TX)


def test_raw_transaction_is_ur_bytes_and_reads_back_as_tx_when_expected() -> None:
    parts = encode_for_qr(TX, "tx", "ur", "low")
    assert all(p.startswith("UR:BYTES/") for p in parts)
    assert collect(parts) == ("bytes", TX)  # ur:bytes does not say what it holds
    assert collect(parts, expect="tx") == ("tx", TX)


@pytest.mark.parametrize(("kind", "letter"), [("json", "J"), ("text", "U")])
def test_wallet_files_use_coinkite_letters(kind: str, letter: str) -> None:
    data = b'{"descriptor": "wpkh(...)"}' if kind == "json" else b"wsh(sortedmulti(2,...))"
    parts = encode_for_qr(data, kind, "bbqr")  # type: ignore[arg-type]
    assert parts[0][3] == letter
    assert collect(parts) == (kind, data)


def test_a_psbt_is_refused_where_a_transaction_is_expected() -> None:
    psbt_parts = encode_for_qr(b"psbt\xff" + bytes(40), "psbt", "bbqr")
    with pytest.raises(DecodeError, match="BBQr file type P does not hold a tx"):
        collect(psbt_parts, expect="tx")


def test_registry_ur_completes_as_cbor_with_its_type() -> None:
    body = bytes.fromhex(ACCOUNT["cbor_hex"])
    parts = encode_for_qr(body, "cbor", "ur", 60, ur_type="crypto-account")
    assert len(parts) > 1 and parts[0].startswith("UR:CRYPTO-ACCOUNT/1-")
    collector = MultipartCollector("cbor", ur_types=frozenset(R.UR_TYPES))
    for part in reversed(parts):
        collector.add(part)
    assert collector.result() == ("cbor", body)
    assert collector.ur_type == "crypto-account"
    assert R.decode_registry_ur("crypto-account", body).master_fingerprint.hex() == "37b5eed4"


def test_registry_ur_in_another_format_is_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="ur format"):
        encode_for_qr(b"\xa0", "cbor", "bbqr", ur_type="crypto-hdkey")
    with pytest.raises(ValueError, match="UR type"):
        encode_for_qr(b"\xa0", "cbor", "ur")


def test_expecting_cbor_refuses_other_ur_types_naming_what_is_read() -> None:
    parts = encode_for_qr(TX, "tx", "ur")
    with pytest.raises(
        DecodeError, match=r"ur:bytes is not one coldsign reads here \(crypto-hdkey"
    ):
        collect(parts, expect="cbor", ur_types=frozenset({"crypto-hdkey", "hdkey"}))


def test_refusal_names_the_part_once() -> None:
    text = ur.encode(ur.UR("crypto-seed", b"\xa0"))
    with pytest.raises(DecodeError) as caught:
        collect([text])
    message = str(caught.value)
    assert message.count("QR part 1") == 1, message
    assert message.startswith("invalid QR part 1 (ur:crypto-seed/")


def test_malformed_bbqr_part_is_named_once() -> None:
    parts = encode_for_qr(TX, "tx", "bbqr", "low")
    with pytest.raises(DecodeError) as caught:
        collect([parts[0][:-3] + "!!!"])
    assert str(caught.value).count("QR part 1") == 1


def test_the_cli_spells_the_qr_formats_as_the_transport_does() -> None:
    from coldsign.cli.gap import QR_FORMATS
    from coldsign.transport.formats import FORMATS

    assert QR_FORMATS == FORMATS


def test_raw_transaction_bytes_reads_hex_files_and_keeps_binary() -> None:
    from coldsign.errors import DecodeError
    from coldsign.transport.formats import raw_transaction_bytes

    assert raw_transaction_bytes(TX.hex().encode()) == TX
    assert raw_transaction_bytes(b"0x" + TX.hex().encode() + b"\n") == TX
    assert raw_transaction_bytes(TX) == TX
    with pytest.raises(DecodeError, match="odd"):
        raw_transaction_bytes(b"abc")
