"""ERC-4527 eth-sign-request / eth-signature / account hdkey against Keystone's and MetaMask's
vectors, and a request answered by coldsign's EVM signer (checked with eth-account)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from coldsign.chains.evm.tx import Eip1559Tx, LegacyTx, encode_unsigned
from coldsign.codec.bip32 import KeyOrigin, parse_extended_public_key, parse_path
from coldsign.errors import DecodeError
from coldsign.formats import erc4527 as E
from coldsign.formats import ur_registry as R
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.transport import ur
from tests.conftest import vector

REGISTRY = {v["name"]: v for v in vector("ur/registry.json")["vectors"]}
DECODED = vector("erc4527/erc4527_vectors.json")["decoded_ur_registry_json_entries"]["entries"]
VECTORS = vector("erc4527/erc4527_vectors.json")["vectors"]
METAMASK = vector("erc4527/metamask_qr_keyring_fixtures.json")
ABANDON = "abandon " * 11 + "about"

REQUESTS = [n for n, v in REGISTRY.items() if v["type"] == "eth-sign-request"]


def _body(text: str) -> bytes:
    return ur.decode(text).cbor


@pytest.mark.parametrize("name", REQUESTS)
def test_keystone_sign_requests(name: str) -> None:
    case, expected = REGISTRY[name], DECODED[name]
    body = bytes.fromhex(case["cbor_hex"])
    assert _body(case["ur"]) == body
    request = E.decode_eth_sign_request(body)
    assert request.request_uuid == expected["request_id"]
    assert request.sign_data.hex() == expected["sign_data_hex"]
    assert request.data_type == expected["data_type"]
    assert request.chain_id == expected["chain_id"]
    assert "m/" + request.path.text("'") == expected["derivation_path"]
    assert request.path.source_fingerprint is not None
    assert request.path.source_fingerprint.hex() == expected["source_fingerprint_hex"]
    assert request.origin == expected["origin"]
    assert E.encode_eth_sign_request(request) == body
    # Keystone's test transaction has chain id 0 in its EIP-155 slot: not a signable payload.
    with pytest.raises(DecodeError):
        E.unsigned_transaction(request)


def test_keystone_signature() -> None:
    name = "EthSignature.test.ts: test should genereate eth-signature"
    case, expected = REGISTRY[name], DECODED[name]
    body = bytes.fromhex(case["cbor_hex"])
    signature = E.decode_eth_signature(body)
    assert str(uuid.UUID(bytes=signature.request_id)) == expected["request_id"]
    assert signature.signature.hex() == expected["signature_hex"]
    assert (signature.r, signature.s, signature.v) == (
        int(expected["r"], 16), int(expected["s"], 16), int(expected["v_hex"], 16),
    )  # fmt: skip
    assert signature.origin == "keystone"
    assert E.encode_eth_signature(signature.request_id, signature.signature, "keystone") == body


def test_keystone_account_hdkey_and_metamask_shape() -> None:
    """The integration guide's crypto-hdkey is exactly what `metamask_hdkey` writes for its key."""
    sample = VECTORS[1]
    body = _body(sample["ur"])
    assert body.hex() == sample["cbor_hex"]
    key = R.decode_hdkey(body, R.Generation.V1)
    assert key.name == "Keystone" and key.note == "account.standard"
    assert key.xpub().to_string() == sample["doc_comment_expected"]["bip32_key"]
    rebuilt = E.metamask_hdkey(key.xpub(), bytes.fromhex("fdd358f4"), name="Keystone")
    assert R.encode_hdkey(rebuilt, R.Generation.V1) == body


def test_early_crypto_public_key_name_decodes() -> None:
    sample = VECTORS[0]
    parsed = ur.decode(sample["ur"])
    assert parsed.type == "crypto-public-key"
    key = R.decode_registry_ur(parsed.type, parsed.cbor)
    assert isinstance(key, R.HDKey)
    assert key.key_data.hex() == sample["decoded"]["key_data"]
    assert key.origin is not None and key.origin.source_fingerprint == bytes.fromhex("cfc23f3f")


def test_signature_without_origin() -> None:
    sample = VECTORS[2]
    body = _body(sample["ur"])
    signature = E.decode_eth_signature(body)
    assert signature.origin is None
    assert E.encode_eth_signature(signature.request_id, signature.signature, None) == body


def test_eip1559_request_from_keystone_sdk_rust() -> None:
    sample = VECTORS[3]
    request = E.decode_eth_sign_request(_body(sample["ur"]))
    assert request.data_type is E.DataType.TYPED_TRANSACTION
    assert request.sign_data.hex() == sample["expected_sign_data_hex"]
    assert request.indexes == parse_path("m/44'/60'/0'/0")
    tx = E.unsigned_transaction(request)
    assert isinstance(tx, Eip1559Tx) and tx.chain_id == 4
    assert encode_unsigned(tx) == request.sign_data


def test_a_signed_transaction_as_sign_data_is_refused() -> None:
    sample = VECTORS[4]  # keystone-sdk-rust feeds an already signed tx as sign-data
    request = E.decode_eth_sign_request(_body(sample["ur"]))
    assert request.chain_id == 43113 and request.origin == "core wallet"
    with pytest.raises(DecodeError):
        E.unsigned_transaction(request)


def test_metamask_known_hdkey() -> None:
    known = METAMASK["known_hdkey"]
    key = R.decode_hdkey(bytes.fromhex(known["cbor_hex"]), R.Generation.V1)
    assert key.name == "imToken-Account 01"
    assert key.xpub().to_string() == known["derived_facts"]["xpub_rebuilt_from_cbor"]


def _abandon_master() -> ExtendedPrivateKey:
    seed = seed_from_mnemonic(mnemonic_from_text(ABANDON), None)
    try:
        return ExtendedPrivateKey.from_seed(seed)
    finally:
        seed.wipe()


def test_metamask_hdkey_from_the_abandon_seed_gives_metamask_accounts() -> None:
    from coldsign.chains.evm.address import address_from_public_key

    master = _abandon_master()
    account = master.derive(E.ACCOUNT_PATH).public()
    hdkey = E.metamask_hdkey(account, master.fingerprint)
    decoded = R.decode_hdkey(R.encode_hdkey(hdkey, R.Generation.V1), R.Generation.V1)
    assert decoded == hdkey
    assert decoded.origin is not None and decoded.origin.source_fingerprint == bytes.fromhex(
        "73c5da0a"
    )
    xpub = decoded.xpub()
    assert xpub.to_string() == METAMASK["known_hdkey"]["derived_facts"]["xpub_rebuilt_from_cbor"]
    addresses = [
        address_from_public_key(xpub.derive((0, i)).public_key).checksummed for i in range(10)
    ]
    assert addresses == METAMASK["expected_accounts"]["value"]
    master.wipe()


@pytest.mark.parametrize("which", ["TRANSACTION", "LEGACY_TRANSACTION"])
def test_metamask_requests_answered_by_coldsign(which: str) -> None:
    """Build the request MetaMask's device.ts builds, sign it with coldsign's EVM signer, and
    check the answer with eth-account (an independent recovery)."""
    from eth_account import Account

    from coldsign.chains.evm.keys import sign_with_seed

    fixture = METAMASK["transactions"][which]
    unsigned = bytes.fromhex(fixture["unsigned_payload_hex_derived"].removeprefix("0x"))
    path = parse_path("m/44'/60'/0'/0/0")
    request_id = uuid.UUID("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d").bytes
    request = E.EthSignRequest(
        request_id=request_id,
        sign_data=unsigned,
        data_type=E.DataType(fixture["eth-sign-request data-type"]),
        chain_id=int(fixture["value"]["chainId"], 16),
        path=R.KeyPath.from_indexes(path, bytes.fromhex("73c5da0a")),
    )
    decoded = E.decode_eth_sign_request(E.encode_eth_sign_request(request))
    assert decoded == request
    tx = E.unsigned_transaction(decoded)
    assert isinstance(tx, LegacyTx if which == "LEGACY_TRANSACTION" else Eip1559Tx)

    seed = seed_from_mnemonic(mnemonic_from_text(ABANDON), None)
    try:
        signed = sign_with_seed(tx, seed, decoded.indexes)
    finally:
        seed.wipe()
    answer = E.encode_eth_signature(
        decoded.request_id,
        E.signature_bytes(signed.signature.r, signed.signature.s, signed.v),
    )
    back = E.decode_eth_signature(answer)
    assert back.request_id == request_id
    if which == "LEGACY_TRANSACTION":
        assert len(back.signature) == 68  # EIP-155 v on Sepolia needs 4 bytes, as in MetaMask
    from coldsign.chains.evm.tx import Signature, SignedTx, encode_signed

    raw = encode_signed(SignedTx(tx=tx, signature=Signature(
        y_parity=signed.signature.y_parity, r=back.r, s=back.s)))  # fmt: skip
    assert Account.recover_transaction(raw) == METAMASK["expected_accounts"]["value"][0]


def test_metamask_mock_signatures_parse_as_format_vectors() -> None:
    mocks = METAMASK["mock_signatures"]
    request_id = bytes(16)
    for key in ("eip1559_tx", "legacy_tx_sepolia", "typed_data"):
        raw = bytes.fromhex(mocks[key]["hex"])
        back = E.decode_eth_signature(E.encode_eth_signature(request_id, raw))
        assert back.v == mocks[key]["v_int"]
    with pytest.raises(ValueError):  # 31 bytes is not r || s || v
        E.encode_eth_signature(request_id, bytes.fromhex(mocks["personal_message"]["hex"]))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda b: b | {3: 9}, "data-type"),
        (lambda b: {k: v for k, v in b.items() if k != 1}, "request-id"),
        (lambda b: b | {4: 0}, "chain-id"),
        (lambda b: b | {8: 1}, "unknown map key"),
        (lambda b: b | {6: b"\x00" * 19}, "address"),
    ],
)
def test_request_refusals(mutate: Any, reason: str) -> None:
    from coldsign.formats import cbor

    body = cbor.loads(bytes.fromhex(REGISTRY[REQUESTS[0]]["cbor_hex"]), "x")
    assert isinstance(body, dict)
    with pytest.raises(DecodeError, match=reason):
        E.decode_eth_sign_request(cbor.dumps(mutate(body)))


def test_origin_key_expression_of_the_metamask_key() -> None:
    master = _abandon_master()
    hdkey = E.metamask_hdkey(master.derive(E.ACCOUNT_PATH).public(), master.fingerprint)
    master.wipe()
    expression = hdkey.to_key_expression()
    assert expression.origin == KeyOrigin(bytes.fromhex("73c5da0a"), E.ACCOUNT_PATH)
    assert parse_extended_public_key(expression.xpub.to_string()) == expression.xpub  # type: ignore[union-attr]
