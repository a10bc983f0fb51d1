"""Ethereum transactions: legacy (EIP-155), access-list (EIP-2930, type 1) and EIP-1559 (type 2).

Frozen dataclasses for the unsigned transaction and a `SignedTx` that pairs it with a recoverable
secp256k1 signature. Encoding follows the yellow paper (legacy), EIP-155 (chain id in the signing
payload and in v), EIP-2718 (typed envelope `type || rlp(...)`), EIP-2930 and EIP-1559. Decoders are
total: malformed or non-canonical bytes raise `DecodeError` only, and whatever they accept encodes
back to exactly the same bytes.

Signing uses coincurve (libsecp256k1) with RFC 6979 nonces; libsecp256k1 always returns the
low-s form (EIP-2), which is what every node requires. The signer recovers the sender from its own
signature before returning it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol, TypeAlias

from coldsign.chains.evm import rlp
from coldsign.chains.evm.address import ADDRESS_SIZE, Address, address_from_public_key
from coldsign.chains.evm.hashing import keccak256
from coldsign.errors import AuthenticationError, ColdsignError, DecodeError, PolicyViolation

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
HALF_N = SECP256K1_N // 2
MAX_UINT256 = 2**256 - 1
MAX_UINT64 = 2**64 - 1  # EIP-2681 bounds the nonce; gas limits are bounded the same way by clients
# The largest legacy chain id whose EIP-155 v (chain_id * 2 + 36) still fits in 256 bits.
MAX_LEGACY_CHAIN_ID = (MAX_UINT256 - 36) // 2
STORAGE_KEY_SIZE = 32

WHAT = "transaction"


class TxType(enum.IntEnum):
    """EIP-2718 transaction types we encode and decode (0 stands for the untyped legacy form)."""

    LEGACY = 0
    ACCESS_LIST = 1  # EIP-2930
    EIP1559 = 2


def _check_uint(name: str, value: object, limit: int = MAX_UINT256) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise ValueError(f"{name} must be an integer in [0, {limit}]")


def _check_common(tx: LegacyTx | AccessListTx | Eip1559Tx) -> None:
    _check_uint("nonce", tx.nonce, MAX_UINT64)
    _check_uint("gas_limit", tx.gas_limit, MAX_UINT64)
    _check_uint("value", tx.value)
    if tx.to is not None and not isinstance(tx.to, Address):
        raise ValueError("to must be an Address or None (contract creation)")
    if not isinstance(tx.data, bytes):
        raise ValueError("data must be bytes")


@dataclass(frozen=True, kw_only=True)
class AccessListEntry:
    """One EIP-2930 access-list entry: an address and the 32-byte storage keys it pre-warms."""

    address: Address
    storage_keys: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.address, Address):
            raise ValueError("access-list address must be an Address")
        if not isinstance(self.storage_keys, tuple) or not all(
            isinstance(k, bytes) and len(k) == STORAGE_KEY_SIZE for k in self.storage_keys
        ):
            raise ValueError("storage keys must be a tuple of 32-byte strings")


AccessList: TypeAlias = tuple[AccessListEntry, ...]


def _check_access_list(access_list: object) -> None:
    if not isinstance(access_list, tuple) or not all(
        isinstance(e, AccessListEntry) for e in access_list
    ):
        raise ValueError("access_list must be a tuple of AccessListEntry")


@dataclass(frozen=True, kw_only=True)
class LegacyTx:
    """An untyped transaction. `chain_id` >= 1: EIP-155 replay protection; None: pre-EIP-155."""

    chain_id: int | None
    nonce: int
    gas_price: int
    gas_limit: int
    to: Address | None
    value: int
    data: bytes = b""

    def __post_init__(self) -> None:
        _check_common(self)
        _check_uint("gas_price", self.gas_price)
        if self.chain_id is not None:
            _check_uint("chain_id", self.chain_id, MAX_LEGACY_CHAIN_ID)
            if self.chain_id == 0:
                # EIP-155 with chain id 0 would make [..., 0, 0, 0] both a signing payload and an
                # "unsigned tx with empty v, r, s" (ethereum/tests' form): refuse the ambiguity.
                raise ValueError("legacy chain_id must be None (pre-EIP-155) or at least 1")

    @property
    def type(self) -> TxType:
        return TxType.LEGACY

    @property
    def fee_cap_per_gas(self) -> int:
        """The most the sender can pay per unit of gas (wei)."""
        return self.gas_price

    @property
    def max_fee_wei(self) -> int:
        """The most this transaction can cost in fees: gas limit x gas price (wei)."""
        return self.gas_limit * self.gas_price


@dataclass(frozen=True, kw_only=True)
class AccessListTx:
    """An EIP-2930 (type 1) transaction."""

    chain_id: int
    nonce: int
    gas_price: int
    gas_limit: int
    to: Address | None
    value: int
    data: bytes = b""
    access_list: AccessList = ()

    def __post_init__(self) -> None:
        _check_common(self)
        _check_uint("chain_id", self.chain_id)
        _check_uint("gas_price", self.gas_price)
        _check_access_list(self.access_list)

    @property
    def type(self) -> TxType:
        return TxType.ACCESS_LIST

    @property
    def fee_cap_per_gas(self) -> int:
        return self.gas_price

    @property
    def max_fee_wei(self) -> int:
        return self.gas_limit * self.gas_price


@dataclass(frozen=True, kw_only=True)
class Eip1559Tx:
    """An EIP-1559 (type 2) transaction."""

    chain_id: int
    nonce: int
    max_priority_fee_per_gas: int
    max_fee_per_gas: int
    gas_limit: int
    to: Address | None
    value: int
    data: bytes = b""
    access_list: AccessList = ()

    def __post_init__(self) -> None:
        _check_common(self)
        _check_uint("chain_id", self.chain_id)
        _check_uint("max_priority_fee_per_gas", self.max_priority_fee_per_gas)
        _check_uint("max_fee_per_gas", self.max_fee_per_gas)
        _check_access_list(self.access_list)

    @property
    def type(self) -> TxType:
        return TxType.EIP1559

    @property
    def fee_cap_per_gas(self) -> int:
        return self.max_fee_per_gas

    @property
    def max_fee_wei(self) -> int:
        """gas limit x max fee per gas: the fee can never exceed this (wei)."""
        return self.gas_limit * self.max_fee_per_gas


UnsignedTx: TypeAlias = LegacyTx | AccessListTx | Eip1559Tx


@dataclass(frozen=True, kw_only=True)
class Signature:
    """A recoverable secp256k1 signature: y parity (recovery id 0/1), r and s in [1, n-1]."""

    y_parity: int
    r: int
    s: int

    def __post_init__(self) -> None:
        if self.y_parity not in (0, 1) or isinstance(self.y_parity, bool):
            raise ValueError("y_parity must be 0 or 1")
        for name, value in (("r", self.r), ("s", self.s)):
            _check_uint(name, value, SECP256K1_N - 1)
            if value == 0:
                raise ValueError(f"{name} must be non-zero")

    @property
    def is_low_s(self) -> bool:
        """EIP-2: s <= n/2. Our signer only produces low-s signatures."""
        return self.s <= HALF_N

    def to_bytes65(self) -> bytes:
        """r || s || recovery id, the layout libsecp256k1's recovery takes."""
        return self.r.to_bytes(32, "big") + self.s.to_bytes(32, "big") + bytes([self.y_parity])


@dataclass(frozen=True, kw_only=True)
class SignedTx:
    """A transaction with its signature; `encode_signed` gives the raw bytes to broadcast."""

    tx: UnsignedTx
    signature: Signature

    def __post_init__(self) -> None:
        if not isinstance(self.tx, LegacyTx | AccessListTx | Eip1559Tx):
            raise ValueError("tx must be a LegacyTx, AccessListTx or Eip1559Tx")
        if not isinstance(self.signature, Signature):
            raise ValueError("signature must be a Signature")

    @property
    def v(self) -> int:
        """The v field as encoded: EIP-155 `chain_id*2 + 35 + parity`, pre-155 `27 + parity`,
        and for typed transactions the y parity itself."""
        tx, parity = self.tx, self.signature.y_parity
        if isinstance(tx, LegacyTx):
            return 27 + parity if tx.chain_id is None else tx.chain_id * 2 + 35 + parity
        return parity


# --------------------------------------------------------------------------- encoding


def _to_field(to: Address | None) -> bytes:
    return b"" if to is None else to.raw


def _access_list_field(access_list: AccessList) -> list[rlp.Encodable]:
    return [[e.address.raw, list(e.storage_keys)] for e in access_list]


def _payload_fields(tx: UnsignedTx) -> list[rlp.Encodable]:
    """The transaction's own fields, in wire order, without chain-id suffix or signature."""
    if isinstance(tx, LegacyTx):
        return [tx.nonce, tx.gas_price, tx.gas_limit, _to_field(tx.to), tx.value, tx.data]
    if isinstance(tx, AccessListTx):
        return [
            tx.chain_id, tx.nonce, tx.gas_price, tx.gas_limit, _to_field(tx.to), tx.value,
            tx.data, _access_list_field(tx.access_list),
        ]  # fmt: skip
    return [
        tx.chain_id, tx.nonce, tx.max_priority_fee_per_gas, tx.max_fee_per_gas, tx.gas_limit,
        _to_field(tx.to), tx.value, tx.data, _access_list_field(tx.access_list),
    ]  # fmt: skip


def encode_unsigned(tx: UnsignedTx) -> bytes:
    """The signing payload: legacy `rlp([..., chainId, 0, 0])` (EIP-155; six fields before it),
    typed `type || rlp([...])` (EIP-2718). It includes the chain id whenever the tx has one."""
    fields = _payload_fields(tx)
    if isinstance(tx, LegacyTx):
        if tx.chain_id is not None:
            fields += [tx.chain_id, 0, 0]
        return rlp.encode(fields)
    return bytes([tx.type]) + rlp.encode(fields)


def signing_hash(tx: UnsignedTx) -> bytes:
    """Keccak-256 of `encode_unsigned(tx)`: the 32-byte message the key signs."""
    return keccak256(encode_unsigned(tx))


def encode_signed(signed: SignedTx) -> bytes:
    """The raw signed transaction (what eth_sendRawTransaction takes): legacy
    `rlp([..., v, r, s])`, typed `type || rlp([..., yParity, r, s])`."""
    tx, sig = signed.tx, signed.signature
    fields = [*_payload_fields(tx), signed.v, sig.r, sig.s]
    if isinstance(tx, LegacyTx):
        return rlp.encode(fields)
    return bytes([tx.type]) + rlp.encode(fields)


def tx_hash(signed: SignedTx) -> bytes:
    """The transaction hash explorers show: Keccak-256 of the raw signed bytes."""
    return keccak256(encode_signed(signed))


# --------------------------------------------------------------------------- decoding


def _decode_to(item: rlp.RlpItem) -> Address | None:
    raw = rlp.as_bytes(item, "transaction field to")
    if len(raw) == 0:
        return None
    if len(raw) != ADDRESS_SIZE:
        raise DecodeError("transaction field to", f"expected 0 or 20 bytes, found {len(raw)}")
    return Address(raw)


def _decode_access_list(item: rlp.RlpItem) -> AccessList:
    entries = []
    for i, entry_item in enumerate(rlp.as_list(item, "access list")):
        entry = rlp.as_list(entry_item, f"access list entry {i}", 2)
        address = rlp.as_bytes(entry[0], f"access list entry {i} address", size=ADDRESS_SIZE)
        keys = tuple(
            rlp.as_bytes(k, f"access list entry {i} storage key {j}", size=STORAGE_KEY_SIZE)
            for j, k in enumerate(rlp.as_list(entry[1], f"access list entry {i} storage keys"))
        )
        entries.append(AccessListEntry(address=Address(address), storage_keys=keys))
    return tuple(entries)


def _uint(item: rlp.RlpItem, field: str, max_bytes: int = 32) -> int:
    return rlp.as_uint(item, f"transaction field {field}", max_bytes=max_bytes)


def _decode_signature(items: list[rlp.RlpItem], parity: int) -> Signature:
    r = _uint(items[0], "r")
    s = _uint(items[1], "s")
    for name, value in (("r", r), ("s", s)):
        if not 1 <= value < SECP256K1_N:
            raise DecodeError(f"transaction field {name}", "outside [1, n-1]")
    return Signature(y_parity=parity, r=r, s=s)


def _decode_legacy(items: list[rlp.RlpItem], *, signed: bool) -> SignedTx | LegacyTx:
    if len(items) not in ((9,) if signed else (6, 9)):
        form = "signed" if signed else "unsigned"
        raise DecodeError(WHAT, f"legacy {form} transaction with {len(items)} fields")
    nonce = _uint(items[0], "nonce", 8)
    gas_price = _uint(items[1], "gasPrice")
    gas_limit = _uint(items[2], "gasLimit", 8)
    to = _decode_to(items[3])
    value = _uint(items[4], "value")
    data = rlp.as_bytes(items[5], "transaction field data")

    def build(chain_id: int | None) -> LegacyTx:
        return LegacyTx(
            chain_id=chain_id, nonce=nonce, gas_price=gas_price, gas_limit=gas_limit, to=to,
            value=value, data=data,
        )  # fmt: skip

    if not signed:
        if len(items) == 6:
            return build(None)
        chain_id = _uint(items[6], "chainId")
        if items[7] != b"" or items[8] != b"":
            raise DecodeError(WHAT, "EIP-155 signing payload must end with chainId, 0, 0")
        if not 1 <= chain_id <= MAX_LEGACY_CHAIN_ID:
            raise DecodeError("transaction field chainId", "0 or too large for an EIP-155 v")
        return build(chain_id)
    v = _uint(items[6], "v")
    if v in (27, 28):
        chain, parity = None, v - 27
    elif v >= 37:  # 35 and 36 would mean chain id 0
        chain, parity = (v - 35) // 2, (v - 35) % 2
    else:
        raise DecodeError("transaction field v", "neither 27/28 nor an EIP-155 value (>= 37)")
    if chain is not None and chain > MAX_LEGACY_CHAIN_ID:
        raise DecodeError("transaction field v", "chain id too large for an EIP-155 v")
    return SignedTx(tx=build(chain), signature=_decode_signature(items[7:9], parity))


_TYPED_FIELDS = {TxType.ACCESS_LIST: 8, TxType.EIP1559: 9}


def _decode_typed(raw: bytes, *, signed: bool) -> SignedTx | AccessListTx | Eip1559Tx:
    tx_type = TxType(raw[0])
    what = f"type-{tx_type.value} transaction payload (offsets after the type byte)"
    want = _TYPED_FIELDS[tx_type] + (3 if signed else 0)
    items = rlp.as_list(rlp.decode(raw[1:], what), what)
    if len(items) != want:
        raise DecodeError(what, f"{len(items)} fields, expected {want}")
    tx: AccessListTx | Eip1559Tx
    if tx_type is TxType.ACCESS_LIST:
        tx = AccessListTx(
            chain_id=_uint(items[0], "chainId"),
            nonce=_uint(items[1], "nonce", 8),
            gas_price=_uint(items[2], "gasPrice"),
            gas_limit=_uint(items[3], "gasLimit", 8),
            to=_decode_to(items[4]),
            value=_uint(items[5], "value"),
            data=rlp.as_bytes(items[6], "transaction field data"),
            access_list=_decode_access_list(items[7]),
        )
    else:
        tx = Eip1559Tx(
            chain_id=_uint(items[0], "chainId"),
            nonce=_uint(items[1], "nonce", 8),
            max_priority_fee_per_gas=_uint(items[2], "maxPriorityFeePerGas"),
            max_fee_per_gas=_uint(items[3], "maxFeePerGas"),
            gas_limit=_uint(items[4], "gasLimit", 8),
            to=_decode_to(items[5]),
            value=_uint(items[6], "value"),
            data=rlp.as_bytes(items[7], "transaction field data"),
            access_list=_decode_access_list(items[8]),
        )
    if not signed:
        return tx
    n = _TYPED_FIELDS[tx_type]
    parity = _uint(items[n], "yParity", 1)
    if parity > 1:
        raise DecodeError("transaction field yParity", "must be 0 or 1")
    return SignedTx(tx=tx, signature=_decode_signature(items[n + 1 : n + 3], parity))


def _decode(raw: bytes, *, signed: bool) -> SignedTx | UnsignedTx:
    raw = bytes(raw)
    if not raw:
        raise DecodeError(WHAT, "empty")
    first = raw[0]
    if first >= 0xC0:
        return _decode_legacy(rlp.as_list(rlp.decode(raw, WHAT), WHAT), signed=signed)
    if first in (TxType.ACCESS_LIST, TxType.EIP1559):
        return _decode_typed(raw, signed=signed)
    if first >= 0x80:
        raise DecodeError(
            WHAT, "starts with an RLP string: a typed transaction wrapped as in a block body?"
        )
    raise DecodeError(WHAT, f"unsupported transaction type {first}", offset=0)


def decode_transaction(raw: bytes) -> SignedTx:
    """Decode a raw signed transaction (legacy, type 1 or type 2) as eth_sendRawTransaction
    takes it. Total and strict: anything malformed or non-canonical raises DecodeError."""
    result = _decode(raw, signed=True)
    assert isinstance(result, SignedTx)
    return result


def decode_unsigned(raw: bytes) -> UnsignedTx:
    """Decode a signing payload as `encode_unsigned` produces it (legacy with 6 fields or EIP-155
    with chainId, 0, 0; typed without signature). Total: DecodeError only."""
    result = _decode(raw, signed=False)
    assert not isinstance(result, SignedTx)
    return result


# --------------------------------------------------------------------------- signing


class SupportsReveal(Protocol):
    """A secret wrapper from coldsign.keys (e.g. PrivateKey32) that hands out its bytes."""

    def reveal(self) -> bytes: ...


class SelfCheckFailed(ColdsignError):
    """The signature we just made does not recover to our own key: a bug; nothing is released."""


def _secret_bytes(private_key: bytes | SupportsReveal) -> bytes:
    if isinstance(private_key, bytes | bytearray):
        secret = bytes(private_key)
    elif callable(getattr(private_key, "reveal", None)):
        secret = private_key.reveal()
    else:
        raise ValueError("private key must be 32 bytes or a secret wrapper with reveal()")
    if not isinstance(secret, bytes) or len(secret) != 32:
        raise ValueError("private key must be 32 bytes")
    return secret


def sign(
    tx: UnsignedTx,
    private_key: bytes | SupportsReveal,
    *,
    unsafe_allow_no_replay_protection: bool = False,
) -> SignedTx:
    """Sign `tx` (RFC 6979, low-s per EIP-2, v per EIP-155/EIP-2718) and verify by recovery.

    A legacy tx without chain id is replayable on every chain: refused (PolicyViolation) unless
    `unsafe_allow_no_replay_protection`. ValueError for a key outside [1, n-1].
    """
    from coincurve import PrivateKey

    if isinstance(tx, LegacyTx) and tx.chain_id is None and not unsafe_allow_no_replay_protection:
        raise PolicyViolation(["legacy transaction without chain id (pre-EIP-155) is replayable"])
    try:
        key = PrivateKey(_secret_bytes(private_key))
    except ValueError:
        raise ValueError("private key is not a valid secp256k1 scalar") from None
    compact = key.sign_recoverable(signing_hash(tx), hasher=None)
    r = int.from_bytes(compact[:32], "big")
    s = int.from_bytes(compact[32:64], "big")
    recid = compact[64]
    # libsecp256k1 normalizes s; recovery ids 2/3 (R.x >= n) have probability ~2^-128.
    if s > HALF_N or recid > 1:
        raise SelfCheckFailed("signer returned a high-s signature or recovery id above 1")
    signed = SignedTx(tx=tx, signature=Signature(y_parity=recid, r=r, s=s))
    if recover_sender(signed) != address_from_public_key(key.public_key.format()):
        raise SelfCheckFailed("signature does not recover to the signing key")
    return signed


def recover_sender(signed: SignedTx) -> Address:
    """The address whose key made `signed`'s signature (secp256k1 public-key recovery).

    Accepts high-s signatures too (pre-EIP-2 history); check `signature.is_low_s` where it
    matters. Raises AuthenticationError if no public key recovers.
    """
    from coincurve import PublicKey

    try:
        public = PublicKey.from_signature_and_message(
            signed.signature.to_bytes65(), signing_hash(signed.tx), hasher=None
        )
    except ValueError:
        raise AuthenticationError(["transaction signature does not recover a public key"]) from None
    return address_from_public_key(public.format(compressed=False))


def verify_signed(raw: bytes, unsigned: bytes, sender: Address | None) -> SignedTx:
    """Decode the signed transaction `raw` and require that it carries exactly the unsigned
    transaction `unsigned` (its `encode_unsigned` bytes) and recovers to `sender`.

    DecodeError if `raw` does not decode; AuthenticationError (naming what differs) otherwise,
    including when no sender is known to check against.
    """
    signed = decode_transaction(raw)
    problems = []
    if encode_unsigned(signed.tx) != unsigned:
        problems.append("signed_transaction: not the payload's unsigned transaction")
    if sender is None:
        problems.append("signed_transaction: the payload names no sender to check against")
    elif recover_sender(signed) != sender:
        problems.append("signed_transaction: not signed by the payload's sender")
    if problems:
        raise AuthenticationError(problems)
    return signed
