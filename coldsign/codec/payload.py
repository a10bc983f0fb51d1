"""The withdrawal payload (docs/design.md §4): a versioned, deterministic, PSBT-style container.

Text records (withdrawal id, initiator, memo, ...) are data shown to people: Unicode control and
format characters (bidi overrides such as U+202E, zero-width characters, line separators) are
refused, so a payload cannot make a review screen show something other than what is signed.

    payload  = MAGIC record*
    record   = compact_size(len(key)) key compact_size(len(value)) value
    key      = type (1 byte) key-data

Records appear in strictly ascending key order, so one payload has exactly one encoding and a
decode-encode round trip is byte-exact; records of unknown types are kept where they sort. The
unsigned transaction travels inside as it is: for Bitcoin a standard BIP-174 PSBT, for EVM the
unsigned transaction's RLP.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field, replace

from coldsign.codec.reader import Reader, compact_size
from coldsign.errors import DecodeError

MAGIC = b"csgn\xff"
FORMAT_VERSION = 1
MAX_PAYLOAD_BYTES = 32 * 1024 * 1024
MAX_TEXT = {
    "withdrawal id": 128,
    "initiator": 128,
    "memo": 1024,
    "chain": 32,
    "network": 32,
    "kind": 32,
    "replaces": 128,
}
# Control (Cc), format (Cf: bidi overrides, zero-width joiners), separators (Zl, Zp), surrogates,
# private-use and unassigned code points: none belongs in text an operator must read.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
WITHDRAWAL = "withdrawal"
WHAT = "payload"


class RecordType(enum.IntEnum):
    FORMAT_VERSION = 0x00
    CHAIN = 0x01
    NETWORK = 0x02
    CHAIN_ID = 0x03
    WITHDRAWAL_ID = 0x04
    CREATED = 0x05
    EXPIRES = 0x06
    INITIATOR = 0x07
    MEMO = 0x08
    POLICY_HASH = 0x09
    WHITELIST_HASH = 0x0A
    DENYLIST_HASH = 0x0B
    SENDER = 0x0C  # EVM: the 20-byte account that signs and pays
    EXPECTED_HEAD = 0x0D  # the signer's audit head the online side last saw (issue 11.4)
    REPLACES = 0x0E  # the withdrawal id this one replaces (RBF / same-nonce replacement)
    KIND = 0x0F  # "withdrawal" when absent; later kinds: messages, proofs
    TRANSACTION = 0x10
    SIGNED_TRANSACTION = 0x11
    SIGNER_HEAD = 0x12  # the signer's audit head after it signed (not covered by approvals)
    REQUEST_ID = 0x13  # ERC-4527: the sign request this payload answers (a correlation id only)
    APPROVAL = 0x20
    INITIATOR_SIGNATURE = 0x21  # key: type || 33-byte initiator key; value: 64-byte signature


@dataclass(frozen=True)
class Approval:
    """An approver's BIP-340 signature over the approval digest, made at `approved_at` (Unix s)."""

    public_key: bytes
    approved_at: int
    signature: bytes


@dataclass(frozen=True)
class InitiatorSignature:
    """The initiator's BIP-340 signature over the approval digest (issue 12.7)."""

    public_key: bytes
    signature: bytes


def check_text(value: str, label: str) -> str:
    """`value` if it holds no refused character; DecodeError naming `label` and the code point."""
    for position, char in enumerate(value):
        if unicodedata.category(char) in REFUSED_CATEGORIES:
            raise DecodeError(
                WHAT,
                f"{label} holds U+{ord(char):04X} at position {position}: control and format "
                "characters are refused",
            )
    return value


@dataclass(frozen=True)
class Payload:
    chain: str
    withdrawal_id: str
    created: int
    expires: int
    initiator: str
    policy_hash: bytes
    whitelist_hash: bytes
    transaction: bytes
    network: str | None = None
    chain_id: int | None = None
    memo: str = ""
    denylist_hash: bytes | None = None
    signed_transaction: bytes | None = None
    sender: bytes | None = None
    kind: str = WITHDRAWAL
    expected_head: bytes | None = None
    replaces: str | None = None
    signer_head: bytes | None = None
    request_id: bytes | None = None
    initiator_signature: InitiatorSignature | None = None
    approvals: tuple[Approval, ...] = ()
    unknown: tuple[tuple[bytes, bytes], ...] = field(default=())

    def with_approval(self, approval: Approval) -> Payload:
        """Add or replace (same approver key) an approval."""
        kept = tuple(a for a in self.approvals if a.public_key != approval.public_key)
        return replace(self, approvals=(*kept, approval))


def _u64(value: int) -> bytes:
    return value.to_bytes(8, "little")


def serialize_payload(p: Payload) -> bytes:
    """Encode `p` canonically (records sorted by key)."""
    # One join over a few dozen parts: the transaction (megabytes for a large PSBT) is copied
    # once, into the output, not first into a length-prefixed copy of itself.
    return b"".join(payload_parts(p))


def payload_parts(p: Payload) -> list[bytes]:
    """`serialize_payload(p)` as the list of pieces it joins (the transaction among them, not
    copied): a caller that streams them to a file (`transport.files.write_new_chunks`) never
    holds a second copy of a large transaction. ValueError for duplicate record keys."""
    records: list[tuple[bytes, bytes]] = [
        (bytes([RecordType.FORMAT_VERSION]), FORMAT_VERSION.to_bytes(4, "little")),
        (bytes([RecordType.CHAIN]), p.chain.encode()),
        (bytes([RecordType.WITHDRAWAL_ID]), p.withdrawal_id.encode()),
        (bytes([RecordType.CREATED]), _u64(p.created)),
        (bytes([RecordType.EXPIRES]), _u64(p.expires)),
        (bytes([RecordType.INITIATOR]), p.initiator.encode()),
        (bytes([RecordType.POLICY_HASH]), p.policy_hash),
        (bytes([RecordType.WHITELIST_HASH]), p.whitelist_hash),
        (bytes([RecordType.TRANSACTION]), p.transaction),
    ]
    if p.network is not None:
        records.append((bytes([RecordType.NETWORK]), p.network.encode()))
    if p.chain_id is not None:
        records.append((bytes([RecordType.CHAIN_ID]), _u64(p.chain_id)))
    if p.memo:
        records.append((bytes([RecordType.MEMO]), p.memo.encode()))
    if p.denylist_hash is not None:
        records.append((bytes([RecordType.DENYLIST_HASH]), p.denylist_hash))
    if p.signed_transaction is not None:
        records.append((bytes([RecordType.SIGNED_TRANSACTION]), p.signed_transaction))
    if p.sender is not None:
        records.append((bytes([RecordType.SENDER]), p.sender))
    if p.kind != WITHDRAWAL:
        records.append((bytes([RecordType.KIND]), p.kind.encode()))
    if p.expected_head is not None:
        records.append((bytes([RecordType.EXPECTED_HEAD]), p.expected_head))
    if p.replaces is not None:
        records.append((bytes([RecordType.REPLACES]), p.replaces.encode()))
    if p.signer_head is not None:
        records.append((bytes([RecordType.SIGNER_HEAD]), p.signer_head))
    if p.request_id is not None:
        records.append((bytes([RecordType.REQUEST_ID]), p.request_id))
    if p.initiator_signature is not None:
        sig = p.initiator_signature
        records.append((bytes([RecordType.INITIATOR_SIGNATURE]) + sig.public_key, sig.signature))
    for a in p.approvals:
        records.append(
            (bytes([RecordType.APPROVAL]) + a.public_key, _u64(a.approved_at) + a.signature)
        )
    records.extend(p.unknown)
    records.sort(key=lambda r: r[0])
    keys = [k for k, _ in records]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate payload record keys")
    parts = [MAGIC]
    for k, v in records:
        parts += (_size(k), k, _size(v), v)
    return parts


def _size(data: bytes) -> bytes:
    return compact_size(len(data))


def is_payload(data: bytes) -> bool:
    return data.startswith(MAGIC)


def parse_payload(data: bytes) -> Payload:
    """Decode a payload. Total: any malformation raises DecodeError naming the record."""
    if len(data) > MAX_PAYLOAD_BYTES:
        raise DecodeError(
            WHAT, f"{len(data)} bytes is more than the {MAX_PAYLOAD_BYTES}-byte limit"
        )
    r = Reader(data, WHAT)
    if r.read(min(len(MAGIC), r.remaining)) != MAGIC:
        raise DecodeError(WHAT, "not a coldsign payload (bad magic)", offset=0)
    fields: dict[RecordType, bytes] = {}
    approvals: list[Approval] = []
    initiator_signature: InitiatorSignature | None = None
    unknown: list[tuple[bytes, bytes]] = []
    previous_key = b""
    while not r.at_end():
        start = r.pos
        key = r.var_bytes()
        value = r.var_bytes()
        if not key:
            raise DecodeError(WHAT, "empty record key", offset=start)
        if key <= previous_key:
            raise DecodeError(
                WHAT, f"record 0x{key.hex()} out of order or duplicated", offset=start
            )
        previous_key = key
        try:
            rtype = RecordType(key[0])
        except ValueError:
            unknown.append((key, value))
            continue
        if rtype is RecordType.APPROVAL:
            if len(key) != 34 or len(value) != 72:
                raise DecodeError(
                    WHAT, "approval record must have a 33-byte key and 72-byte value", offset=start
                )
            approvals.append(Approval(key[1:], int.from_bytes(value[:8], "little"), value[8:]))
            continue
        if rtype is RecordType.INITIATOR_SIGNATURE:
            if len(key) != 34 or len(value) != 64:
                raise DecodeError(
                    WHAT,
                    "initiator signature record must have a 33-byte key and 64-byte value",
                    offset=start,
                )
            if initiator_signature is not None:
                raise DecodeError(WHAT, "more than one initiator signature", offset=start)
            initiator_signature = InitiatorSignature(key[1:], value)
            continue
        if len(key) != 1:
            raise DecodeError(
                WHAT, f"record {rtype.name.lower()} has unexpected key data", offset=start
            )
        fields[rtype] = value

    def need(rtype: RecordType) -> bytes:
        if rtype not in fields:
            raise DecodeError(WHAT, f"missing record {rtype.name.lower()}")
        return fields[rtype]

    def fixed(rtype: RecordType, size: int) -> bytes:
        value = need(rtype)
        if len(value) != size:
            raise DecodeError(WHAT, f"record {rtype.name.lower()} must be {size} bytes")
        return value

    def text(rtype: RecordType, label: str, required: bool = True) -> str | None:
        if rtype not in fields and not required:
            return None
        raw = need(rtype)
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError(WHAT, f"{label} is not UTF-8") from None
        if len(value) > MAX_TEXT[label]:
            raise DecodeError(WHAT, f"{label} is longer than {MAX_TEXT[label]} characters")
        return check_text(value, label)

    version = int.from_bytes(fixed(RecordType.FORMAT_VERSION, 4), "little")
    if version != FORMAT_VERSION:
        raise DecodeError(
            WHAT, f"format version {version} is not supported (this is {FORMAT_VERSION})"
        )
    chain = text(RecordType.CHAIN, "chain")
    withdrawal_id = text(RecordType.WITHDRAWAL_ID, "withdrawal id")
    initiator = text(RecordType.INITIATOR, "initiator")
    assert chain is not None and withdrawal_id is not None and initiator is not None
    if not withdrawal_id:
        raise DecodeError(WHAT, "withdrawal id is empty")
    if fields.get(RecordType.MEMO) == b"":
        # An empty memo is written by leaving the record out; accepting both would give one
        # payload two encodings (found by fuzz/fuzz_payload.py: the round trip dropped it).
        raise DecodeError(WHAT, "memo record is empty (leave it out instead)")
    chain_id = None
    if RecordType.CHAIN_ID in fields:
        chain_id = int.from_bytes(fixed(RecordType.CHAIN_ID, 8), "little")
    denylist_hash = (
        fixed(RecordType.DENYLIST_HASH, 32) if RecordType.DENYLIST_HASH in fields else None
    )
    kind = text(RecordType.KIND, "kind", required=False)
    if kind is None:
        kind = WITHDRAWAL
    elif kind == WITHDRAWAL or not kind:
        raise DecodeError(WHAT, "record kind must be absent for a withdrawal, never empty")
    replaces = text(RecordType.REPLACES, "replaces", required=False)
    if replaces is not None and (not replaces or replaces == withdrawal_id):
        raise DecodeError(WHAT, "replaces must name another withdrawal id")
    return Payload(
        chain=chain,
        withdrawal_id=withdrawal_id,
        created=int.from_bytes(fixed(RecordType.CREATED, 8), "little"),
        expires=int.from_bytes(fixed(RecordType.EXPIRES, 8), "little"),
        initiator=initiator,
        policy_hash=fixed(RecordType.POLICY_HASH, 32),
        whitelist_hash=fixed(RecordType.WHITELIST_HASH, 32),
        transaction=need(RecordType.TRANSACTION),
        network=text(RecordType.NETWORK, "network", required=False),
        chain_id=chain_id,
        memo=text(RecordType.MEMO, "memo", required=False) or "",
        denylist_hash=denylist_hash,
        signed_transaction=fields.get(RecordType.SIGNED_TRANSACTION),
        sender=fixed(RecordType.SENDER, 20) if RecordType.SENDER in fields else None,
        kind=kind,
        expected_head=(
            fixed(RecordType.EXPECTED_HEAD, 32) if RecordType.EXPECTED_HEAD in fields else None
        ),
        replaces=replaces,
        signer_head=fixed(RecordType.SIGNER_HEAD, 32) if RecordType.SIGNER_HEAD in fields else None,
        request_id=fixed(RecordType.REQUEST_ID, 16) if RecordType.REQUEST_ID in fields else None,
        initiator_signature=initiator_signature,
        approvals=tuple(approvals),
        unknown=tuple(unknown),
    )
