"""Approval digests and approvals (DESIGN.md §2).

The approval digest binds an approval to exactly one withdrawal: the unsigned transaction (for
Bitcoin with every input's amount and scriptPubKey, so a changed fee or input is a different
digest; for EVM the sender and the unsigned RLP, which includes the chain id) together with the
payload kind, chain, network, chain id, withdrawal id, expiry, initiator, memo, the policy,
whitelist and denylist hashes, the signer audit head the payload expects (issue 11.4) and the
withdrawal it replaces. The signer always recomputes it from the transaction; a digest carried in
a payload is never trusted. The initiator signs the same digest (issue 12.7).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coldsign.codec.payload import Approval, InitiatorSignature, Payload
from coldsign.codec.reader import var_bytes
from coldsign.codec.script import tagged_hash
from coldsign.errors import Reason
from coldsign.policy.config import Policy

if TYPE_CHECKING:
    from coldsign.keys.rolekey import RoleKey

DIGEST_TAG = "coldsign/approval/v2"
SIGNATURE_TAG = "coldsign/approval-signature/v1"
INITIATION_TAG = "coldsign/initiation/v1"
CLOCK_SKEW_SECONDS = 300  # an approval may be this far in the signer's future
WORDS_SHOWN = 12  # 132 bits of the digest, read aloud for cross-machine comparison


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_bitcoin_tx_material__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bitcoin_tx_material__mutmut)
def bitcoin_tx_material(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_orig(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_1(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = None
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_2(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(None), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_3(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(None, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_4(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, None)]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_5(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes("little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_6(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, )]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_7(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(5, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_8(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "XXlittleXX")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_9(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "LITTLE")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_10(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(None)
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_11(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") - var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_12(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(None, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_13(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, None) + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_14(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes("little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_15(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, ) + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_16(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(9, "little") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_17(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "XXlittleXX") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_18(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "LITTLE") + var_bytes(script_pubkey))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_19(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(None))
    return b"".join(parts)


def x_bitcoin_tx_material__mutmut_20(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"".join(None)


def x_bitcoin_tx_material__mutmut_21(unsigned_tx: bytes, spent: Sequence[tuple[int, bytes]]) -> bytes:
    """What a Bitcoin approval covers: the unsigned transaction (no witnesses) followed by every
    input's (amount in sat, scriptPubKey), in input order (as BIP-341's sha_amounts and
    sha_scriptpubkeys commit to them)."""
    parts = [var_bytes(unsigned_tx), len(spent).to_bytes(4, "little")]
    for amount, script_pubkey in spent:
        parts.append(amount.to_bytes(8, "little") + var_bytes(script_pubkey))
    return b"XXXX".join(parts)

mutants_x_bitcoin_tx_material__mutmut['_mutmut_orig'] = x_bitcoin_tx_material__mutmut_orig # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_1'] = x_bitcoin_tx_material__mutmut_1 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_2'] = x_bitcoin_tx_material__mutmut_2 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_3'] = x_bitcoin_tx_material__mutmut_3 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_4'] = x_bitcoin_tx_material__mutmut_4 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_5'] = x_bitcoin_tx_material__mutmut_5 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_6'] = x_bitcoin_tx_material__mutmut_6 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_7'] = x_bitcoin_tx_material__mutmut_7 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_8'] = x_bitcoin_tx_material__mutmut_8 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_9'] = x_bitcoin_tx_material__mutmut_9 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_10'] = x_bitcoin_tx_material__mutmut_10 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_11'] = x_bitcoin_tx_material__mutmut_11 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_12'] = x_bitcoin_tx_material__mutmut_12 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_13'] = x_bitcoin_tx_material__mutmut_13 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_14'] = x_bitcoin_tx_material__mutmut_14 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_15'] = x_bitcoin_tx_material__mutmut_15 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_16'] = x_bitcoin_tx_material__mutmut_16 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_17'] = x_bitcoin_tx_material__mutmut_17 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_18'] = x_bitcoin_tx_material__mutmut_18 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_19'] = x_bitcoin_tx_material__mutmut_19 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_20'] = x_bitcoin_tx_material__mutmut_20 # type: ignore # mutmut generated
mutants_x_bitcoin_tx_material__mutmut['x_bitcoin_tx_material__mutmut_21'] = x_bitcoin_tx_material__mutmut_21 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_approval_digest__mutmut)
def approval_digest(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_orig(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_1(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = None
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_2(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network and "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_3(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "XXXX").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_4(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(None).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_5(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id and 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_6(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 1).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_7(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(None, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_8(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, None),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_9(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes("little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_10(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, ),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_11(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(9, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_12(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "XXlittleXX"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_13(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "LITTLE"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_14(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash and b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_15(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"XXXX",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_16(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head and b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_17(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"XXXX",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_18(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces and "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_19(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "XXXX").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_20(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(None, b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_21(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, None)


def x_approval_digest__mutmut_22(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(b"".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_23(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, )


def x_approval_digest__mutmut_24(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(None))


def x_approval_digest__mutmut_25(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"XXXX".join(var_bytes(f) for f in fields))


def x_approval_digest__mutmut_26(payload: Payload, tx_material: bytes) -> bytes:
    """The 32-byte digest approvers sign, recomputed from `payload`'s fields and `tx_material`
    (`bitcoin_tx_material(...)` or an EVM unsigned RLP). Approvals and signatures are excluded."""
    fields = [
        payload.kind.encode(),
        payload.chain.encode(),
        (payload.network or "").encode(),
        str(payload.chain_id or 0).encode(),
        payload.withdrawal_id.encode(),
        payload.expires.to_bytes(8, "little"),
        payload.initiator.encode(),
        payload.memo.encode(),
        payload.policy_hash,
        payload.whitelist_hash,
        payload.denylist_hash or b"",
        payload.expected_head or b"",
        (payload.replaces or "").encode(),
        tx_material,
    ]
    return tagged_hash(DIGEST_TAG, b"".join(var_bytes(None) for f in fields))

mutants_x_approval_digest__mutmut['_mutmut_orig'] = x_approval_digest__mutmut_orig # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_1'] = x_approval_digest__mutmut_1 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_2'] = x_approval_digest__mutmut_2 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_3'] = x_approval_digest__mutmut_3 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_4'] = x_approval_digest__mutmut_4 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_5'] = x_approval_digest__mutmut_5 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_6'] = x_approval_digest__mutmut_6 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_7'] = x_approval_digest__mutmut_7 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_8'] = x_approval_digest__mutmut_8 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_9'] = x_approval_digest__mutmut_9 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_10'] = x_approval_digest__mutmut_10 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_11'] = x_approval_digest__mutmut_11 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_12'] = x_approval_digest__mutmut_12 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_13'] = x_approval_digest__mutmut_13 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_14'] = x_approval_digest__mutmut_14 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_15'] = x_approval_digest__mutmut_15 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_16'] = x_approval_digest__mutmut_16 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_17'] = x_approval_digest__mutmut_17 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_18'] = x_approval_digest__mutmut_18 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_19'] = x_approval_digest__mutmut_19 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_20'] = x_approval_digest__mutmut_20 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_21'] = x_approval_digest__mutmut_21 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_22'] = x_approval_digest__mutmut_22 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_23'] = x_approval_digest__mutmut_23 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_24'] = x_approval_digest__mutmut_24 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_25'] = x_approval_digest__mutmut_25 # type: ignore # mutmut generated
mutants_x_approval_digest__mutmut['x_approval_digest__mutmut_26'] = x_approval_digest__mutmut_26 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_approval_message__mutmut)
def approval_message(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, "little"))


def x_approval_message__mutmut_orig(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, "little"))


def x_approval_message__mutmut_1(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(None, digest + approved_at.to_bytes(8, "little"))


def x_approval_message__mutmut_2(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, None)


def x_approval_message__mutmut_3(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(digest + approved_at.to_bytes(8, "little"))


def x_approval_message__mutmut_4(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, )


def x_approval_message__mutmut_5(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest - approved_at.to_bytes(8, "little"))


def x_approval_message__mutmut_6(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(None, "little"))


def x_approval_message__mutmut_7(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, None))


def x_approval_message__mutmut_8(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes("little"))


def x_approval_message__mutmut_9(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, ))


def x_approval_message__mutmut_10(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(9, "little"))


def x_approval_message__mutmut_11(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, "XXlittleXX"))


def x_approval_message__mutmut_12(digest: bytes, approved_at: int) -> bytes:
    """The 32 bytes an approver's key signs: the digest and the approval time, domain-separated."""
    return tagged_hash(SIGNATURE_TAG, digest + approved_at.to_bytes(8, "LITTLE"))

mutants_x_approval_message__mutmut['_mutmut_orig'] = x_approval_message__mutmut_orig # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_1'] = x_approval_message__mutmut_1 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_2'] = x_approval_message__mutmut_2 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_3'] = x_approval_message__mutmut_3 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_4'] = x_approval_message__mutmut_4 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_5'] = x_approval_message__mutmut_5 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_6'] = x_approval_message__mutmut_6 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_7'] = x_approval_message__mutmut_7 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_8'] = x_approval_message__mutmut_8 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_9'] = x_approval_message__mutmut_9 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_10'] = x_approval_message__mutmut_10 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_11'] = x_approval_message__mutmut_11 # type: ignore # mutmut generated
mutants_x_approval_message__mutmut['x_approval_message__mutmut_12'] = x_approval_message__mutmut_12 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_digest_words__mutmut)
def digest_words(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_orig(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_1(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = None
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_2(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic(None).wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_3(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("XXenglishXX").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_4(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("ENGLISH").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_5(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = None
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_6(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(None, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_7(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, None)
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_8(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes("big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_9(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, )
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_10(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "XXbigXX")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_11(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "BIG")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_12(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = None
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_13(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) / 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_14(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 9
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_15(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) | 0x7FF] for i in range(count)]


def x_digest_words__mutmut_16(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits << (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_17(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total + 11 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_18(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 / (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_19(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 12 * (i + 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_20(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i - 1))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_21(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 2))) & 0x7FF] for i in range(count)]


def x_digest_words__mutmut_22(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 2048] for i in range(count)]


def x_digest_words__mutmut_23(digest: bytes, count: int = WORDS_SHOWN) -> list[str]:
    """The digest's leading bits as BIP-39 English words (11 bits each), for reading aloud."""
    from mnemonic import Mnemonic

    wordlist = Mnemonic("english").wordlist
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(None)]

mutants_x_digest_words__mutmut['_mutmut_orig'] = x_digest_words__mutmut_orig # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_1'] = x_digest_words__mutmut_1 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_2'] = x_digest_words__mutmut_2 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_3'] = x_digest_words__mutmut_3 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_4'] = x_digest_words__mutmut_4 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_5'] = x_digest_words__mutmut_5 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_6'] = x_digest_words__mutmut_6 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_7'] = x_digest_words__mutmut_7 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_8'] = x_digest_words__mutmut_8 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_9'] = x_digest_words__mutmut_9 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_10'] = x_digest_words__mutmut_10 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_11'] = x_digest_words__mutmut_11 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_12'] = x_digest_words__mutmut_12 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_13'] = x_digest_words__mutmut_13 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_14'] = x_digest_words__mutmut_14 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_15'] = x_digest_words__mutmut_15 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_16'] = x_digest_words__mutmut_16 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_17'] = x_digest_words__mutmut_17 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_18'] = x_digest_words__mutmut_18 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_19'] = x_digest_words__mutmut_19 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_20'] = x_digest_words__mutmut_20 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_21'] = x_digest_words__mutmut_21 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_22'] = x_digest_words__mutmut_22 # type: ignore # mutmut generated
mutants_x_digest_words__mutmut['x_digest_words__mutmut_23'] = x_digest_words__mutmut_23 # type: ignore # mutmut generated


@dataclass(frozen=True)
class ApprovalCheck:
    """The outcome of checking a payload's initiator signature and approvals against the policy."""

    valid_approvers: tuple[str, ...]
    problems: tuple[Reason, ...]  # authentication problems (bad signatures, unknown keys)
    refusals: tuple[Reason, ...]  # policy problems (expired, self-approval, counted once)
    initiator: str | None = None  # the authenticated initiator (when the policy lists initiators)
mutants_x_initiation_message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_initiation_message__mutmut)
def initiation_message(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(INITIATION_TAG, digest)


def x_initiation_message__mutmut_orig(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(INITIATION_TAG, digest)


def x_initiation_message__mutmut_1(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(None, digest)


def x_initiation_message__mutmut_2(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(INITIATION_TAG, None)


def x_initiation_message__mutmut_3(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(digest)


def x_initiation_message__mutmut_4(digest: bytes) -> bytes:
    """The 32 bytes an initiator's key signs: the approval digest, domain-separated."""
    return tagged_hash(INITIATION_TAG, )

mutants_x_initiation_message__mutmut['_mutmut_orig'] = x_initiation_message__mutmut_orig # type: ignore # mutmut generated
mutants_x_initiation_message__mutmut['x_initiation_message__mutmut_1'] = x_initiation_message__mutmut_1 # type: ignore # mutmut generated
mutants_x_initiation_message__mutmut['x_initiation_message__mutmut_2'] = x_initiation_message__mutmut_2 # type: ignore # mutmut generated
mutants_x_initiation_message__mutmut['x_initiation_message__mutmut_3'] = x_initiation_message__mutmut_3 # type: ignore # mutmut generated
mutants_x_initiation_message__mutmut['x_initiation_message__mutmut_4'] = x_initiation_message__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_initiator__mutmut)
def check_initiator(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_orig(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_1(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_2(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = None
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_3(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is not None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_4(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            None,
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_5(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            None,
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_6(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field=None,
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_7(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_8(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_9(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_10(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "XXinitiator.unsignedXX",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_11(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "INITIATOR.UNSIGNED",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_12(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "XXinitiator: the policy lists initiators, and the payload carries no initiator XX"
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_13(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "INITIATOR: THE POLICY LISTS INITIATORS, AND THE PAYLOAD CARRIES NO INITIATOR "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_14(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "XXsignature (build it with --initiator-key)XX",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_15(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "SIGNATURE (BUILD IT WITH --INITIATOR-KEY)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_16(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="XXinitiatorXX",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_17(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="INITIATOR",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_18(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = None
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_19(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(None)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_20(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is not None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_21(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            None,
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_22(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            None,
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_23(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field=None,
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_24(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_25(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_26(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_27(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "XXinitiator.unknown_keyXX",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_28(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "INITIATOR.UNKNOWN_KEY",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_29(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:17]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_30(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="XXinitiatorXX",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_31(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="INITIATOR",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_32(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_33(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(None, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_34(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, None, sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_35(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), None):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_36(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_37(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_38(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), ):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_39(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(None), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_40(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            None,
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_41(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            None,
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_42(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field=None,
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_43(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_44(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_45(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_46(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "XXinitiator.bad_signatureXX",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_47(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "INITIATOR.BAD_SIGNATURE",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_48(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="XXinitiatorXX",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_49(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="INITIATOR",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_50(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name == payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_51(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            None,
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_52(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            None,
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_53(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field=None,
        )
    return member.name, None


def x_check_initiator__mutmut_54(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_55(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_56(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            )
    return member.name, None


def x_check_initiator__mutmut_57(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "XXinitiator.name_mismatchXX",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_58(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "INITIATOR.NAME_MISMATCH",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="initiator",
        )
    return member.name, None


def x_check_initiator__mutmut_59(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="XXinitiatorXX",
        )
    return member.name, None


def x_check_initiator__mutmut_60(
    payload: Payload, digest: bytes, policy: Policy
) -> tuple[str | None, Reason | None]:
    """The initiator's name, authenticated by their key when the policy lists initiators.

    Without an `[initiators]` section the name is what the online side typed (a procedure, not a
    proof); with one, the payload must carry a valid signature over `digest` by the initiator
    member whose name the payload states (AuthenticationError reasons, exit 5).
    """
    from coldsign.keys.rolekey import schnorr_verify

    if not policy.initiators:
        return payload.initiator, None
    sig = payload.initiator_signature
    if sig is None:
        return None, Reason(
            "initiator.unsigned",
            "initiator: the policy lists initiators, and the payload carries no initiator "
            "signature (build it with --initiator-key)",
            field="initiator",
        )
    member = policy.initiator(sig.public_key)
    if member is None:
        return None, Reason(
            "initiator.unknown_key",
            f"initiator: key {sig.public_key.hex()[:16]}… is not an initiator of the policy",
            field="initiator",
        )
    if not schnorr_verify(sig.public_key, initiation_message(digest), sig.signature):
        return None, Reason(
            "initiator.bad_signature",
            f"initiator: {member.name}'s signature does not match this payload's digest",
            field="initiator",
        )
    if member.name != payload.initiator:
        return None, Reason(
            "initiator.name_mismatch",
            f"initiator: the payload names {payload.initiator!r} but was signed by {member.name}",
            field="INITIATOR",
        )
    return member.name, None

mutants_x_check_initiator__mutmut['_mutmut_orig'] = x_check_initiator__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_1'] = x_check_initiator__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_2'] = x_check_initiator__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_3'] = x_check_initiator__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_4'] = x_check_initiator__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_5'] = x_check_initiator__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_6'] = x_check_initiator__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_7'] = x_check_initiator__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_8'] = x_check_initiator__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_9'] = x_check_initiator__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_10'] = x_check_initiator__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_11'] = x_check_initiator__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_12'] = x_check_initiator__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_13'] = x_check_initiator__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_14'] = x_check_initiator__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_15'] = x_check_initiator__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_16'] = x_check_initiator__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_17'] = x_check_initiator__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_18'] = x_check_initiator__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_19'] = x_check_initiator__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_20'] = x_check_initiator__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_21'] = x_check_initiator__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_22'] = x_check_initiator__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_23'] = x_check_initiator__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_24'] = x_check_initiator__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_25'] = x_check_initiator__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_26'] = x_check_initiator__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_27'] = x_check_initiator__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_28'] = x_check_initiator__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_29'] = x_check_initiator__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_30'] = x_check_initiator__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_31'] = x_check_initiator__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_32'] = x_check_initiator__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_33'] = x_check_initiator__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_34'] = x_check_initiator__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_35'] = x_check_initiator__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_36'] = x_check_initiator__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_37'] = x_check_initiator__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_38'] = x_check_initiator__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_39'] = x_check_initiator__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_40'] = x_check_initiator__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_41'] = x_check_initiator__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_42'] = x_check_initiator__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_43'] = x_check_initiator__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_44'] = x_check_initiator__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_45'] = x_check_initiator__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_46'] = x_check_initiator__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_47'] = x_check_initiator__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_48'] = x_check_initiator__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_49'] = x_check_initiator__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_50'] = x_check_initiator__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_51'] = x_check_initiator__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_52'] = x_check_initiator__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_53'] = x_check_initiator__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_54'] = x_check_initiator__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_55'] = x_check_initiator__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_56'] = x_check_initiator__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_57'] = x_check_initiator__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_58'] = x_check_initiator__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_59'] = x_check_initiator__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_initiator__mutmut['x_check_initiator__mutmut_60'] = x_check_initiator__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_approvals__mutmut)
def check_approvals(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_orig(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_1(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = None
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_2(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(None, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_3(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, None, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_4(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, None)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_5(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_6(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_7(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, )
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_8(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = None
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_9(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if (initiator_problem) and False else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_10(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if (initiator_problem) or True else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_11(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = None
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_12(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = None
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_13(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(None):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_14(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = None
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_15(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(None)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_16(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_17(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if (member) and False else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_18(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if (member) or True else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_19(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = None

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_20(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name and 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_21(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' - approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_22(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'XXunknown key XX' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_23(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'UNKNOWN KEY ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_24(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:17]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_25(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(None, f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_26(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", None, approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_27(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=None)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_28(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_29(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_30(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", )

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_31(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is not None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_32(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(None)
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_33(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason(None, "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_34(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", None))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_35(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_36(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", ))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_37(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("XXunknown_keyXX", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_38(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("UNKNOWN_KEY", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_39(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "XXkey is not an approver in the policyXX"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_40(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "KEY IS NOT AN APPROVER IN THE POLICY"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_41(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            break
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_42(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_43(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            None, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_44(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, None, approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_45(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), None
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_46(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_47(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_48(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_49(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(None, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_50(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, None), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_51(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_52(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, ), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_53(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                None
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_54(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    None, "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_55(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", None
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_56(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_57(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_58(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "XXbad_signatureXX", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_59(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "BAD_SIGNATURE", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_60(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "XXsignature does not match this withdrawal's approval digestXX"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_61(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "SIGNATURE DOES NOT MATCH THIS WITHDRAWAL'S APPROVAL DIGEST"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_62(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            break
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_63(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at >= now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_64(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now - CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_65(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(None)
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_66(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason(None, "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_67(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", None))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_68(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_69(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", ))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_70(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("XXfrom_futureXX", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_71(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("FROM_FUTURE", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_72(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "XXapproved in the future (clock skew?)XX"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_73(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "APPROVED IN THE FUTURE (CLOCK SKEW?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_74(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            break
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_75(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now >= approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_76(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at - policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_77(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                None
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_78(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason(None, "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_79(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", None)
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_80(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_81(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", )
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_82(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("XXexpiredXX", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_83(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("EXPIRED", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_84(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "XXexpired (older than the policy's approval lifetime)XX")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_85(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "EXPIRED (OLDER THAN THE POLICY'S APPROVAL LIFETIME)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_86(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            break
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_87(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) or not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_88(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name != (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_89(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator and payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_90(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_91(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                None
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_92(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason(None, "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_93(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", None)
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_94(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_95(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", )
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_96(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("XXself_approvalXX", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_97(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("SELF_APPROVAL", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_98(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "XXthe initiator may not approve their own withdrawalXX")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_99(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "THE INITIATOR MAY NOT APPROVE THEIR OWN WITHDRAWAL")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_100(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            break
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_101(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name not in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_102(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(None)
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_103(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason(None, f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_104(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", None))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_105(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason(f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_106(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", ))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_107(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("XXduplicateXX", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_108(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("DUPLICATE", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_109(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            break
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_110(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(None)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_111(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(None, tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_112(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), None, tuple(refusals), initiator)


def x_check_approvals__mutmut_113(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), None, initiator)


def x_check_approvals__mutmut_114(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), None)


def x_check_approvals__mutmut_115(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_116(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(refusals), initiator)


def x_check_approvals__mutmut_117(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), initiator)


def x_check_approvals__mutmut_118(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(refusals), )


def x_check_approvals__mutmut_119(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(None), tuple(problems), tuple(refusals), initiator)


def x_check_approvals__mutmut_120(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(None), tuple(refusals), initiator)


def x_check_approvals__mutmut_121(payload: Payload, digest: bytes, policy: Policy, *, now: int) -> ApprovalCheck:
    """Verify the initiator and each approval over the recomputed `digest`; count distinct policy
    approvers.

    An approval by a key outside the policy, or whose signature does not verify over this
    digest (e.g. made for another withdrawal or before the transaction changed), is an
    authentication problem; an expired one, one from the future, or the initiator's own (unless
    the policy allows it) is a refusal. Each reason names the approver.
    """
    from coldsign.keys.rolekey import schnorr_verify

    initiator, initiator_problem = check_initiator(payload, digest, policy)
    problems: list[Reason] = [initiator_problem] if initiator_problem else []
    refusals: list[Reason] = []
    valid: list[str] = []
    for index, approval in enumerate(payload.approvals):
        member = policy.approver(approval.public_key)
        name = member.name if member else None
        label = f"approval {index} ({name or 'unknown key ' + approval.public_key.hex()[:16]})"

        def reason(code: str, text: str, label: str = label, name: str | None = name) -> Reason:
            return Reason(f"approval.{code}", f"{label}: {text}", approver=name)

        if name is None:
            problems.append(reason("unknown_key", "key is not an approver in the policy"))
            continue
        if not schnorr_verify(
            approval.public_key, approval_message(digest, approval.approved_at), approval.signature
        ):
            problems.append(
                reason(
                    "bad_signature", "signature does not match this withdrawal's approval digest"
                )
            )
            continue
        if approval.approved_at > now + CLOCK_SKEW_SECONDS:
            refusals.append(reason("from_future", "approved in the future (clock skew?)"))
            continue
        if now > approval.approved_at + policy.approval_lifetime_seconds:
            refusals.append(
                reason("expired", "expired (older than the policy's approval lifetime)")
            )
            continue
        # The same person may hold an initiator key and an approver key: names identify people.
        if name == (initiator or payload.initiator) and not policy.initiator_may_approve:
            refusals.append(
                reason("self_approval", "the initiator may not approve their own withdrawal")
            )
            continue
        if name in valid:
            refusals.append(reason("duplicate", f"{name} already approved; counted once"))
            continue
        valid.append(name)
    return ApprovalCheck(tuple(valid), tuple(problems), tuple(None), initiator)

mutants_x_check_approvals__mutmut['_mutmut_orig'] = x_check_approvals__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_1'] = x_check_approvals__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_2'] = x_check_approvals__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_3'] = x_check_approvals__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_4'] = x_check_approvals__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_5'] = x_check_approvals__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_6'] = x_check_approvals__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_7'] = x_check_approvals__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_8'] = x_check_approvals__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_9'] = x_check_approvals__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_10'] = x_check_approvals__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_11'] = x_check_approvals__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_12'] = x_check_approvals__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_13'] = x_check_approvals__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_14'] = x_check_approvals__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_15'] = x_check_approvals__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_16'] = x_check_approvals__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_17'] = x_check_approvals__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_18'] = x_check_approvals__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_19'] = x_check_approvals__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_20'] = x_check_approvals__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_21'] = x_check_approvals__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_22'] = x_check_approvals__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_23'] = x_check_approvals__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_24'] = x_check_approvals__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_25'] = x_check_approvals__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_26'] = x_check_approvals__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_27'] = x_check_approvals__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_28'] = x_check_approvals__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_29'] = x_check_approvals__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_30'] = x_check_approvals__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_31'] = x_check_approvals__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_32'] = x_check_approvals__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_33'] = x_check_approvals__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_34'] = x_check_approvals__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_35'] = x_check_approvals__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_36'] = x_check_approvals__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_37'] = x_check_approvals__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_38'] = x_check_approvals__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_39'] = x_check_approvals__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_40'] = x_check_approvals__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_41'] = x_check_approvals__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_42'] = x_check_approvals__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_43'] = x_check_approvals__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_44'] = x_check_approvals__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_45'] = x_check_approvals__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_46'] = x_check_approvals__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_47'] = x_check_approvals__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_48'] = x_check_approvals__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_49'] = x_check_approvals__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_50'] = x_check_approvals__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_51'] = x_check_approvals__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_52'] = x_check_approvals__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_53'] = x_check_approvals__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_54'] = x_check_approvals__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_55'] = x_check_approvals__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_56'] = x_check_approvals__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_57'] = x_check_approvals__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_58'] = x_check_approvals__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_59'] = x_check_approvals__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_60'] = x_check_approvals__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_61'] = x_check_approvals__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_62'] = x_check_approvals__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_63'] = x_check_approvals__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_64'] = x_check_approvals__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_65'] = x_check_approvals__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_66'] = x_check_approvals__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_67'] = x_check_approvals__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_68'] = x_check_approvals__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_69'] = x_check_approvals__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_70'] = x_check_approvals__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_71'] = x_check_approvals__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_72'] = x_check_approvals__mutmut_72 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_73'] = x_check_approvals__mutmut_73 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_74'] = x_check_approvals__mutmut_74 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_75'] = x_check_approvals__mutmut_75 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_76'] = x_check_approvals__mutmut_76 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_77'] = x_check_approvals__mutmut_77 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_78'] = x_check_approvals__mutmut_78 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_79'] = x_check_approvals__mutmut_79 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_80'] = x_check_approvals__mutmut_80 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_81'] = x_check_approvals__mutmut_81 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_82'] = x_check_approvals__mutmut_82 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_83'] = x_check_approvals__mutmut_83 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_84'] = x_check_approvals__mutmut_84 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_85'] = x_check_approvals__mutmut_85 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_86'] = x_check_approvals__mutmut_86 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_87'] = x_check_approvals__mutmut_87 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_88'] = x_check_approvals__mutmut_88 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_89'] = x_check_approvals__mutmut_89 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_90'] = x_check_approvals__mutmut_90 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_91'] = x_check_approvals__mutmut_91 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_92'] = x_check_approvals__mutmut_92 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_93'] = x_check_approvals__mutmut_93 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_94'] = x_check_approvals__mutmut_94 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_95'] = x_check_approvals__mutmut_95 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_96'] = x_check_approvals__mutmut_96 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_97'] = x_check_approvals__mutmut_97 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_98'] = x_check_approvals__mutmut_98 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_99'] = x_check_approvals__mutmut_99 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_100'] = x_check_approvals__mutmut_100 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_101'] = x_check_approvals__mutmut_101 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_102'] = x_check_approvals__mutmut_102 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_103'] = x_check_approvals__mutmut_103 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_104'] = x_check_approvals__mutmut_104 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_105'] = x_check_approvals__mutmut_105 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_106'] = x_check_approvals__mutmut_106 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_107'] = x_check_approvals__mutmut_107 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_108'] = x_check_approvals__mutmut_108 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_109'] = x_check_approvals__mutmut_109 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_110'] = x_check_approvals__mutmut_110 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_111'] = x_check_approvals__mutmut_111 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_112'] = x_check_approvals__mutmut_112 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_113'] = x_check_approvals__mutmut_113 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_114'] = x_check_approvals__mutmut_114 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_115'] = x_check_approvals__mutmut_115 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_116'] = x_check_approvals__mutmut_116 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_117'] = x_check_approvals__mutmut_117 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_118'] = x_check_approvals__mutmut_118 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_119'] = x_check_approvals__mutmut_119 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_120'] = x_check_approvals__mutmut_120 # type: ignore # mutmut generated
mutants_x_check_approvals__mutmut['x_check_approvals__mutmut_121'] = x_check_approvals__mutmut_121 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_make_approval__mutmut)
def make_approval(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_orig(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_1(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        None, approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_2(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, None, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_3(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, None
    )


def x_make_approval__mutmut_4(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        approved_at, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_5(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, schnorr_sign(key, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_6(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, )


def x_make_approval__mutmut_7(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(None, approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_8(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, None)
    )


def x_make_approval__mutmut_9(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(approval_message(digest, approved_at))
    )


def x_make_approval__mutmut_10(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, )
    )


def x_make_approval__mutmut_11(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(None, approved_at))
    )


def x_make_approval__mutmut_12(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, None))
    )


def x_make_approval__mutmut_13(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(approved_at))
    )


def x_make_approval__mutmut_14(key: RoleKey, digest: bytes, approved_at: int) -> Approval:
    """Sign `digest` with an approver's `RoleKey`."""
    from coldsign.keys.rolekey import schnorr_sign

    return Approval(
        key.public_key, approved_at, schnorr_sign(key, approval_message(digest, ))
    )

mutants_x_make_approval__mutmut['_mutmut_orig'] = x_make_approval__mutmut_orig # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_1'] = x_make_approval__mutmut_1 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_2'] = x_make_approval__mutmut_2 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_3'] = x_make_approval__mutmut_3 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_4'] = x_make_approval__mutmut_4 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_5'] = x_make_approval__mutmut_5 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_6'] = x_make_approval__mutmut_6 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_7'] = x_make_approval__mutmut_7 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_8'] = x_make_approval__mutmut_8 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_9'] = x_make_approval__mutmut_9 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_10'] = x_make_approval__mutmut_10 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_11'] = x_make_approval__mutmut_11 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_12'] = x_make_approval__mutmut_12 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_13'] = x_make_approval__mutmut_13 # type: ignore # mutmut generated
mutants_x_make_approval__mutmut['x_make_approval__mutmut_14'] = x_make_approval__mutmut_14 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_make_initiator_signature__mutmut)
def make_initiator_signature(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, initiation_message(digest)))


def x_make_initiator_signature__mutmut_orig(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, initiation_message(digest)))


def x_make_initiator_signature__mutmut_1(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(None, schnorr_sign(key, initiation_message(digest)))


def x_make_initiator_signature__mutmut_2(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, None)


def x_make_initiator_signature__mutmut_3(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(schnorr_sign(key, initiation_message(digest)))


def x_make_initiator_signature__mutmut_4(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, )


def x_make_initiator_signature__mutmut_5(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(None, initiation_message(digest)))


def x_make_initiator_signature__mutmut_6(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, None))


def x_make_initiator_signature__mutmut_7(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(initiation_message(digest)))


def x_make_initiator_signature__mutmut_8(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, ))


def x_make_initiator_signature__mutmut_9(key: RoleKey, digest: bytes) -> InitiatorSignature:
    """Sign `digest` with an initiator's `RoleKey` (issue 12.7)."""
    from coldsign.keys.rolekey import schnorr_sign

    return InitiatorSignature(key.public_key, schnorr_sign(key, initiation_message(None)))

mutants_x_make_initiator_signature__mutmut['_mutmut_orig'] = x_make_initiator_signature__mutmut_orig # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_1'] = x_make_initiator_signature__mutmut_1 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_2'] = x_make_initiator_signature__mutmut_2 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_3'] = x_make_initiator_signature__mutmut_3 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_4'] = x_make_initiator_signature__mutmut_4 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_5'] = x_make_initiator_signature__mutmut_5 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_6'] = x_make_initiator_signature__mutmut_6 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_7'] = x_make_initiator_signature__mutmut_7 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_8'] = x_make_initiator_signature__mutmut_8 # type: ignore # mutmut generated
mutants_x_make_initiator_signature__mutmut['x_make_initiator_signature__mutmut_9'] = x_make_initiator_signature__mutmut_9 # type: ignore # mutmut generated
