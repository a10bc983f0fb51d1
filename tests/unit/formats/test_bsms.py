"""BIP-129 (BSMS): every mode of the BIP's test vectors, rounds 1 and 2, encryption both ways."""

from __future__ import annotations

from typing import Any

import pytest

from coldsign.codec import base58
from coldsign.codec.descriptor import KeyExpression
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import bsms
from coldsign.units import Network
from tests import bip137_peer
from tests.conftest import vector

MODES = vector("bip129/bip129_test_vectors.json")["modes"]


def _sections(mode: dict[str, Any], round_name: str) -> list[dict[str, Any]]:
    return mode["rounds"][round_name]


def _coordinator_tokens(mode: dict[str, Any]) -> dict[int, bsms.Token]:
    """Signer number -> its token (one shared token, or one per signer, or none)."""
    fields = _sections(mode, "ROUND 1")[0]["fields"]
    out: dict[int, bsms.Token] = {}
    for label, value in fields.items():
        if label.startswith("TOKEN for Signer"):
            out[int(label.split()[3])] = bsms.parse_token(value)
        elif label.startswith("TOKEN"):
            token = bsms.parse_token(value.removeprefix("0x"))
            for n in range(1, 4):
                out[n] = token
    return out


def _signers(mode: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    return [
        (int(s["heading"].split()[1]), s)
        for s in _sections(mode, "ROUND 1")
        if s["heading"].startswith("Signer") and "encryption" not in s["heading"]
    ]


@pytest.mark.parametrize("mode", MODES, ids=[m["mode"] for m in MODES])
def test_round_one_key_records(mode: dict[str, Any]) -> None:
    tokens = _coordinator_tokens(mode)
    for number, signer in _signers(mode):
        text = next(iter(signer["files"].values())).encode()
        record = bsms.decode_key_record(text)
        assert record.encode() == text
        assert record.description == f"Signer {number} key"
        assert record.token == tokens[number]
        bsms.verify_key_record(record, bip137_peer.check, tokens[number])
        # The same record, made again by coldsign with the signer's key, verifies too.
        wif = next(v for k, v in signer["fields"].items() if k.startswith("PRIVATE_KEY"))
        secret = base58.decode_check(wif)[1:33]
        remade = bsms.make_key_record(
            record.token, record.key, record.description, bip137_peer.signer(secret)
        )
        assert remade.signed_text() == record.signed_text()
        bsms.verify_key_record(remade, bip137_peer.check, tokens[number])


@pytest.mark.parametrize("mode", MODES, ids=[m["mode"] for m in MODES])
def test_round_one_encryption(mode: dict[str, Any]) -> None:
    tokens = _coordinator_tokens(mode)
    sections = {s["heading"]: s for s in _sections(mode, "ROUND 1")}
    for number, signer in _signers(mode):
        encryption = sections.get(f"Signer {number} encryption")
        record = next(iter(signer["files"].values())).encode()
        token = tokens[number]
        if encryption is None:
            assert not token.encrypted and bsms.encrypt(record, token) == record
            continue
        dat = next(iter(encryption["files"].values())).encode()
        assert bsms.encrypt(record, token) == dat
        assert bsms.decrypt(dat, token) == record
        assert token.encryption_key().hex() in {
            sub.get("ENCRYPTION_KEY (hex)")
            for sub in _sections(mode, "ROUND 1")[0]["sub_fields"].values()
        } | {_sections(mode, "ROUND 1")[0]["fields"].get("ENCRYPTION_KEY (hex)")}


@pytest.mark.parametrize("mode", MODES, ids=[m["mode"] for m in MODES])
def test_round_two_descriptor_records(mode: dict[str, Any]) -> None:
    sections = {s["heading"]: s for s in _sections(mode, "ROUND 2")}
    record_text = next(iter(sections["Coordinator"]["files"].values())).encode()
    record = bsms.decode_descriptor_record(record_text, Network.MAINNET)
    # coldsign writes the same record from the wallet it describes ("h" for hardened steps, so
    # a full descriptor's checksum differs from the BIP's "'" text; the wallet is the same).
    ours = bsms.encode_descriptor_record(record.descriptor, Network.MAINNET)
    if bsms.NO_PATH_RESTRICTIONS.encode() in record_text:
        assert bsms.decode_descriptor_record(ours, Network.MAINNET) == record
    else:
        assert ours == record_text.replace(b"'", b"h")
    encryption = sections.get("Coordinator encryption")
    if encryption is None:
        return
    token = next(iter(_coordinator_tokens(mode).values()))
    dat = next(iter(encryption["files"].values())).encode()
    assert bsms.decrypt(dat, token) == record_text
    assert bsms.encrypt(record_text, token) == dat


def test_round_two_extended_mode_sends_one_copy_per_signer() -> None:
    mode = next(m for m in MODES if m["mode"].startswith("EXTENDED"))
    tokens = _coordinator_tokens(mode)
    copies = [s for s in _sections(mode, "ROUND 2") if s["heading"].startswith("Send to Signer")]
    assert copies
    for section in copies:
        number = int(section["heading"].split()[3].rstrip(":"))
        dat = next(v for k, v in section["files"].items() if k.endswith(".dat")).encode()
        record = bsms.decode_descriptor_record(bsms.decrypt(dat, tokens[number]), Network.MAINNET)
        assert record.descriptor.kind.value == "sh(wsh(multi))"


def test_tokens_in_every_written_form() -> None:
    mode = next(m for m in MODES if m["mode"].startswith("STANDARD"))
    fields = _sections(mode, "ROUND 1")[0]
    hex_token = fields["fields"]["TOKEN (hex)"]
    forms = fields["sub_fields"]["TOKEN (hex)"]
    token = bsms.parse_token(hex_token)
    assert bsms.parse_token(forms["TOKEN (decimal)"]) == token
    assert bsms.parse_token(forms["TOKEN (mnemonic)"]) == token
    assert token.words() == forms["TOKEN (mnemonic)"]
    with pytest.raises(DecodeError, match="checksum"):
        bsms.parse_token("pipe acquire around border prosper abandon")


@pytest.mark.parametrize("text", ["²", "12²", "١٢٣٤٥٦٧٨", "１２３"])
def test_token_digits_are_ascii(text: str) -> None:
    """Unicode digits pass str.isdigit(): "²" used to escape as ValueError, and "١" (which int()
    reads as 1) would have been a second spelling of a decimal token."""
    with pytest.raises(DecodeError):
        bsms.parse_token(text)


def test_changed_first_address_is_refused() -> None:
    record = next(iter(_sections(MODES[1], "ROUND 2")[0]["files"].values())).encode()
    tampered = record[:-4] + b"abcd"
    with pytest.raises((AuthenticationError, DecodeError)):
        bsms.decode_descriptor_record(tampered, Network.MAINNET)
    lines = record.split(b"\n")
    # A valid address of another wallet: refused as not the descriptor's first address.
    other = next(iter(_sections(MODES[2], "ROUND 2")[0]["files"].values())).encode().split(b"\n")[3]
    with pytest.raises(AuthenticationError, match="first address"):
        bsms.decode_descriptor_record(b"\n".join([*lines[:3], other]), Network.MAINNET)


def test_wrong_token_or_changed_ciphertext_fails_the_mac() -> None:
    mode = next(m for m in MODES if m["mode"].startswith("STANDARD"))
    dat = next(
        iter(
            next(s for s in _sections(mode, "ROUND 1") if s["heading"] == "Signer 1 encryption")[
                "files"
            ].values()
        )
    ).encode()
    with pytest.raises(AuthenticationError, match="MAC"):
        bsms.decrypt(dat, bsms.Token(bytes(8)))
    flipped = dat[:-2] + (b"00" if dat[-2:] != b"00" else b"11")
    with pytest.raises(AuthenticationError, match="MAC"):
        bsms.decrypt(flipped, _coordinator_tokens(mode)[1])


def test_record_signed_by_another_key_is_refused() -> None:
    mode = MODES[1]
    _, signer = _signers(mode)[0]
    record = bsms.decode_key_record(next(iter(signer["files"].values())).encode())
    other = bsms.decode_key_record(next(iter(_signers(mode)[1][1]["files"].values())).encode())
    swapped = bsms.KeyRecord(
        record.token, other.key, other.key_text, record.description, record.signature
    )
    with pytest.raises(AuthenticationError, match="SIG"):
        bsms.verify_key_record(swapped, bip137_peer.check, None)


def test_key_record_needs_an_origin() -> None:
    bare = (
        "BSMS 1.0\n00\n026d15412460ba0d881c21837bb999233896085a9ed4e5445bd637c10e579768ba\nx\n"
        + "A" * 87
        + "="
    )
    with pytest.raises(DecodeError, match="origin"):
        bsms.decode_key_record(bare.encode())


def test_unused_import_guard() -> None:
    assert KeyExpression  # the record's KEY is a descriptor key expression
