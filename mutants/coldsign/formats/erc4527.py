"""ERC-4527: QR signing for EVM wallets (MetaMask, Rabby, Safe{Wallet} mobile, AirGap).

A watch-only wallet pairs by scanning a `ur:crypto-hdkey` of the account key m/44'/60'/0'
(`metamask_hdkey`); it then shows `ur:eth-sign-request` (`decode_eth_sign_request`) and scans
back `ur:eth-signature` carrying the same request id (`encode_eth_signature`).

    eth-sign-request = { 1: #6.37(uuid), 2: sign-data, 3: data-type, ? 4: chain-id,
                         5: #6.304(crypto-keypath), ? 6: address, ? 7: origin }
    eth-signature    = { 1: #6.37(uuid), 2: r || s || v, ? 3: origin }

Data types: 1 legacy transaction (RLP of the EIP-155 signing payload), 2 EIP-712 typed data
(UTF-8 JSON), 3 a personal message (raw bytes; the signer adds the EIP-191 prefix), 4 an
EIP-2718 typed transaction (`type || rlp(...)`, unsigned). Tags and keys as Keystone's
@keystonehq/bc-ur-registry-eth writes them. Decoders are total (DecodeError only).
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from typing import TYPE_CHECKING

from coldsign.codec.bip32 import HARDENED, ExtendedPublicKey
from coldsign.errors import DecodeError
from coldsign.formats.cbor import Tagged, Value, dumps, loads
from coldsign.formats.ur_registry import (
    COIN_ETH,
    CoinInfo,
    Generation,
    HDKey,
    KeyPath,
    Step,
    decode_keypath_item,
    encode_keypath_item,
)

if TYPE_CHECKING:
    from coldsign.chains.evm.tx import UnsignedTx

UR_SIGN_REQUEST = "eth-sign-request"
UR_SIGNATURE = "eth-signature"
TAG_UUID = 37
ORIGIN = "coldsign"
ACCOUNT_PATH = (44 + HARDENED, 60 + HARDENED, 0 + HARDENED)  # what MetaMask's QR keyring pairs at
MAX_SIGN_DATA = 128 * 1024
MAX_CHAIN_ID = 2**64 - 1


class DataType(enum.IntEnum):
    """What `sign-data` holds (ERC-4527)."""

    TRANSACTION = 1  # legacy transaction: RLP of the (EIP-155) signing payload
    TYPED_DATA = 2  # EIP-712 typed data as UTF-8 JSON
    PERSONAL_MESSAGE = 3  # raw message bytes (personal_sign)
    TYPED_TRANSACTION = 4  # EIP-2718 typed transaction, unsigned


@dataclasses.dataclass(frozen=True)
class EthSignRequest:
    """One decoded `ur:eth-sign-request`. `path` carries the key's BIP-32 path and the source
    fingerprint the wallet paired with; `sign_data` is exactly what the wallet asks to sign."""

    request_id: bytes
    sign_data: bytes
    data_type: DataType
    chain_id: int | None
    path: KeyPath
    address: bytes | None = None
    origin: str | None = None

    @property
    def request_uuid(self) -> str:
        return str(uuid.UUID(bytes=self.request_id))

    @property
    def indexes(self) -> tuple[int, ...]:
        """The derivation path as BIP-32 indexes."""
        return self.path.indexes()

    @property
    def is_transaction(self) -> bool:
        return self.data_type in (DataType.TRANSACTION, DataType.TYPED_TRANSACTION)


@dataclasses.dataclass(frozen=True)
class EthSignature:
    """One `ur:eth-signature`: the request id it answers and `r || s || v`."""

    request_id: bytes
    signature: bytes
    origin: str | None = None

    @property
    def r(self) -> int:
        return int.from_bytes(self.signature[:32], "big")

    @property
    def s(self) -> int:
        return int.from_bytes(self.signature[32:64], "big")

    @property
    def v(self) -> int:
        return int.from_bytes(self.signature[64:], "big")


def _fields(value: Value, what: str, allowed: range) -> dict[int, Value]:
    if not isinstance(value, dict):
        raise DecodeError(what, "not a CBOR map")
    out: dict[int, Value] = {}
    for key, item in value.items():
        if not isinstance(key, int) or key not in allowed:
            raise DecodeError(what, f"unknown map key {key!r}")
        out[key] = item
    return out


def _request_id(value: Value, what: str) -> bytes:
    if not (isinstance(value, Tagged) and value.tag == TAG_UUID):
        raise DecodeError(what, "request-id is not a tag-37 UUID")
    if not isinstance(value.value, bytes) or len(value.value) != 16:
        raise DecodeError(what, "request-id is not 16 bytes")
    return value.value


def _origin(value: Value, what: str) -> str:
    if not isinstance(value, str) or len(value) > 256:
        raise DecodeError(what, "origin is not a text string of at most 256 characters")
    return value


def decode_eth_sign_request(cbor: bytes) -> EthSignRequest:
    """The body of a `ur:eth-sign-request`. DecodeError for anything malformed, a path that is not
    a plain BIP-32 path, or a request without its id (the answer must echo it)."""
    what = UR_SIGN_REQUEST
    body = _fields(loads(cbor, what), what, range(1, 8))
    for required, name in ((1, "request-id"), (2, "sign-data"), (3, "data-type"), (5, "path")):
        if required not in body:
            raise DecodeError(what, f"{name} ({required}) is missing")
    request_id = _request_id(body[1], what)
    sign_data = body[2]
    if not isinstance(sign_data, bytes) or not 1 <= len(sign_data) <= MAX_SIGN_DATA:
        raise DecodeError(what, f"sign-data is not 1 to {MAX_SIGN_DATA} bytes")
    raw_type = body[3]
    if isinstance(raw_type, bool) or not isinstance(raw_type, int):
        raise DecodeError(what, "data-type is not an integer")
    try:
        data_type = DataType(raw_type)
    except ValueError:
        raise DecodeError(what, f"unknown data-type {raw_type}") from None
    chain_id: int | None = None
    if 4 in body:
        raw_chain = body[4]
        if isinstance(raw_chain, bool) or not isinstance(raw_chain, int):
            raise DecodeError(what, "chain-id is not an integer")
        if not 1 <= raw_chain <= MAX_CHAIN_ID:
            raise DecodeError(what, "chain-id out of range")
        chain_id = raw_chain
    path = decode_keypath_item(body[5], Generation.V1, f"{what} derivation-path")
    if not path.is_plain or not path.steps:
        raise DecodeError(what, "derivation-path is not a plain BIP-32 path")
    address = None
    if 6 in body:
        raw_address = body[6]
        if not isinstance(raw_address, bytes) or len(raw_address) != 20:
            raise DecodeError(what, "address is not 20 bytes")
        address = raw_address
    origin = _origin(body[7], what) if 7 in body else None
    return EthSignRequest(request_id, sign_data, data_type, chain_id, path, address, origin)


def encode_eth_sign_request(request: EthSignRequest) -> bytes:
    """The body of a `ur:eth-sign-request` (what a watch-only wallet shows; used in tests)."""
    body: dict[int | str, Value] = {
        1: Tagged(TAG_UUID, request.request_id),
        2: request.sign_data,
        3: int(request.data_type),
    }
    if request.chain_id is not None:
        body[4] = request.chain_id
    body[5] = encode_keypath_item(request.path, Generation.V1)
    if request.address is not None:
        body[6] = request.address
    if request.origin is not None:
        body[7] = request.origin
    return dumps(body)


def signature_bytes(r: int, s: int, v: int) -> bytes:
    """`r || s || v` as eth-signature carries it: v big-endian in as few bytes as it needs (one
    byte for a y parity or 27/28; legacy EIP-155 v on chains above 109 needs more, as MetaMask's
    Sepolia fixture shows)."""
    if not (0 < r < 2**256 and 0 < s < 2**256 and v >= 0):
        raise ValueError("r, s and v out of range")
    return (
        r.to_bytes(32, "big")
        + s.to_bytes(32, "big")
        + v.to_bytes(max(1, -(-v.bit_length() // 8)), "big")
    )


def encode_eth_signature(request_id: bytes, signature: bytes, origin: str | None = ORIGIN) -> bytes:
    """The body of the `ur:eth-signature` answering request `request_id`."""
    if len(request_id) != 16:
        raise ValueError("a request id is 16 bytes")
    if not 65 <= len(signature) <= 96:
        raise ValueError("signature must be r || s || v (65 bytes or more)")
    body: dict[int | str, Value] = {1: Tagged(TAG_UUID, request_id), 2: signature}
    if origin is not None:
        body[3] = origin
    return dumps(body)


def decode_eth_signature(cbor: bytes) -> EthSignature:
    """The body of a `ur:eth-signature`."""
    what = UR_SIGNATURE
    body = _fields(loads(cbor, what), what, range(1, 4))
    if 1 not in body or 2 not in body:
        raise DecodeError(what, "request-id (1) and signature (2) are required")
    signature = body[2]
    if not isinstance(signature, bytes) or not 65 <= len(signature) <= 96:
        raise DecodeError(what, "signature is not r || s || v")
    origin = _origin(body[3], what) if 3 in body else None
    return EthSignature(_request_id(body[1], what), signature, origin)


def unsigned_transaction(request: EthSignRequest) -> UnsignedTx:
    """The transaction a request asks to sign, decoded and checked against the request.

    Data type 1 must be a legacy payload, 4 a typed (EIP-2718) one; the transaction's chain id
    must equal the request's (a legacy payload without a chain id, which replays on every chain,
    is refused). DecodeError for any mismatch, for messages and typed data (not transactions).
    """
    from coldsign.chains.evm.tx import LegacyTx, decode_unsigned

    what = UR_SIGN_REQUEST
    if not request.is_transaction:
        raise DecodeError(what, f"data-type {request.data_type.name.lower()} is not a transaction")
    legacy_bytes = request.sign_data[0] >= 0xC0
    if (request.data_type is DataType.TRANSACTION) != legacy_bytes:
        raise DecodeError(what, "data-type does not match the transaction's encoding")
    tx = decode_unsigned(request.sign_data)
    if isinstance(tx, LegacyTx) and tx.chain_id is None:
        raise DecodeError(what, "a legacy transaction without EIP-155 chain id is not signed")
    if request.chain_id is not None and tx.chain_id != request.chain_id:
        raise DecodeError(
            what, f"the transaction's chain id {tx.chain_id} differs from the request's"
        )
    return tx


def metamask_hdkey(
    account: ExtendedPublicKey,
    master_fingerprint: bytes,
    *,
    name: str = "coldsign",
    note: str = "account.standard",
) -> HDKey:
    """The `crypto-hdkey` MetaMask's QR keyring pairs with: the key at m/44'/60'/0' with its
    origin (source fingerprint = our master fingerprint, which every eth-sign-request then
    carries), children 0/* (MetaMask's addresses m/44'/60'/0'/0/i), coin type 60, a name and
    the note `account.standard` (Keystone's marker for the standard BIP-44 layout)."""
    if account.depth != len(ACCOUNT_PATH) or account.child_number != ACCOUNT_PATH[-1]:
        raise ValueError("the MetaMask account key is the key at m/44'/60'/0'")
    return HDKey(
        key_data=account.public_key,
        chain_code=account.chain_code,
        use_info=CoinInfo(COIN_ETH, 0),
        origin=KeyPath.from_indexes(ACCOUNT_PATH, master_fingerprint, len(ACCOUNT_PATH)),
        children=KeyPath((Step(0), Step(None)), None, 0),
        parent_fingerprint=account.parent_fingerprint,
        name=name,
        note=note,
        explicit_public=True,
    )
