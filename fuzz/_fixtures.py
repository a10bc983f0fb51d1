"""Fixed public material the targets decode against: a watch-only wallet, a policy with Bitcoin and
EVM rules, and a ceremony lead key. Deterministic (keys from fixed scalars), built once at import
through coldsign's own parsers, so a target's executions only pay for the input under test.

Nothing here is secret: the scalars are published test values, like the BIP test vectors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from coldsign.chains import SPECS
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.bip32 import parse_path
from coldsign.codec.descriptor import DerivedScript, add_checksum
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.rolekey import Role, RoleKey
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.policy.config import Policy, parse_policy
from coldsign.policy.fields import parse_toml
from coldsign.units import Network

MNEMONIC = " ".join(["abandon"] * 11 + ["about"])  # the BIP-39 test mnemonic (tests/cli/guarded)
NETWORK = Network.TESTNET
EVM_SENDER = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"  # m/44'/60'/0'/0/0 of MNEMONIC
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"


def role_key(role: Role, name: str) -> RoleKey:
    """A role key whose scalar is SHA-256("coldsign-fuzz/<name>"): reproducible, public."""
    return RoleKey(role, name, hashlib.sha256(f"coldsign-fuzz/{name}".encode()).digest())


ADMINS = [role_key(Role.ADMIN, n) for n in ("a1", "a2", "a3")]
APPROVERS = [role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol")]
LEAD = role_key(Role.CEREMONY_LEAD, "lead")


def _descriptor() -> str:
    seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC), None)
    root = ExtendedPrivateKey.from_seed(seed, NETWORK)
    xpub = root.derive(parse_path("m/84h/1h/0h")).public().to_string()
    root.wipe()
    return add_checksum(f"wpkh([{seed.fingerprint}/84h/1h/0h]{xpub}/<0;1>/*)")


DESCRIPTOR = _descriptor()


def _members(keys: list[RoleKey]) -> str:
    return ", ".join(f'{{ name = "{k.name}", key = "{k.public_key.hex()}" }}' for k in keys)


POLICY_TOML = f"""
version = 1
previous = ""
approval_lifetime = "24h"
initiator_may_approve = false
[admins]
threshold = 2
members = [ {_members(ADMINS)} ]
[approvers]
members = [ {_members(APPROVERS)} ]

[[wallets]]
name = "treasury"
chain = "bitcoin"
network = "testnet"
descriptor = "{DESCRIPTOR}"

[[wallets]]
name = "eth-treasury"
chain = "ethereum"
chain_id = 1
path = "m/44'/60'/0'/0/0"
address = "{EVM_SENDER}"

[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_per_tx = "0.5"
velocity = {{ amount = "1.0", period = "24h" }}
max_fee = "0.0005"
max_fee_rate = 100
tiers = [ {{ above = "0", approvals = 2 }}, {{ above = "0.1", approvals = 3 }} ]

[[assets]]
symbol = "ETH"
chain = "ethereum"
chain_id = 1
max_per_tx = "10"
max_fee = "0.01"
max_fee_per_gas = "200gwei"
tiers = [ {{ above = "0", approvals = 2 }} ]

[[assets]]
symbol = "USDC"
chain = "ethereum"
chain_id = 1
contract = "{USDC}"
decimals = 6
max_per_tx = "250000"
max_fee = "0.02"
tiers = [ {{ above = "0", approvals = 2 }}, {{ above = "100000", approvals = 3 }} ]

[[messages]]
name = "notes"
wallets = ["treasury", "eth-treasury"]
prefix = "Note: "
approvals = 2

[[typed_data]]
name = "usdc-permit"
wallets = ["eth-treasury"]
domain = {{ name = "USD Coin", version = "2", chain_id = 1, verifying_contract = "{USDC}" }}
primary_types = ["Permit"]
approvals = 2

[proofs]
wallets = ["treasury"]
pattern = 'Proof of reserves .*'
approvals = 2
"""

POLICY: Policy = parse_policy(parse_toml(POLICY_TOML.encode(), "policy"), SPECS)


class MemoWallet(Wallet):
    """The wallet of DESCRIPTOR with derivations memoized. `payload build`'s UTXO scan derives up to
    a thousand scripts per branch for each entry; the results never change, so a target pays for
    them once instead of on every execution. Same answers as `Wallet` (it only caches)."""

    def derive_at(self, where: tuple[int, int] | Sequence[int]) -> DerivedScript:
        memo: dict[tuple[int, ...], DerivedScript] = self.__dict__.setdefault("_memo", {})
        key = tuple(where)
        if key not in memo:
            memo[key] = super().derive_at(key)
        return memo[key]


def memo_wallet() -> MemoWallet:
    """A fresh memoizing wallet of DESCRIPTOR on NETWORK."""
    base = Wallet.from_descriptor(DESCRIPTOR, NETWORK)
    return MemoWallet(base.branches, NETWORK)


# --------------------------------------------------------------------------------------------
# Hash-chained JSON Lines (the audit log and ceremony transcripts)

GENESIS = "0" * 64


def canonical_line(record: dict[str, Any]) -> bytes:
    """A record's canonical line as coldsign.home.audit writes it (sorted keys, compact, UTF-8)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


def _records(data: bytes) -> list[dict[str, Any] | bytes]:
    out: list[dict[str, Any] | bytes] = []
    for line in data.split(b"\n"):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        out.append(record if isinstance(record, dict) else line)
    return out


def _join(records: list[dict[str, Any] | bytes]) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else canonical_line(r) for r in records)


def rechain(data: bytes) -> bytes:
    """`data` with every JSON-object line rewritten canonically, its `prev` set to the hash of the
    line before and its `hash` recomputed: the chain a writer with file access could forge. The
    fuzzer cannot compute SHA-256 itself; this lets mutated records reach the checks behind it."""
    records = _records(data)
    prev = GENESIS
    for record in records:
        if isinstance(record, bytes):
            continue
        record["prev"] = prev
        record.pop("hash", None)
        try:
            record["hash"] = hashlib.sha256(canonical_line(record)).hexdigest()
        except (TypeError, ValueError):
            return data
        prev = record["hash"]
    try:
        return _join(records)
    except (TypeError, ValueError):
        return data


def resign_transcript(data: bytes) -> bytes:
    """`data` rechained, with a `ceremony.end` record (the last JSON object) re-signed by LEAD over
    the hash of the record before it, as `TranscriptWriter.close` does."""
    from coldsign.ceremony.transcript import signed_message
    from coldsign.keys.rolekey import schnorr_sign

    records = _records(rechain(data))
    objects = [i for i, r in enumerate(records) if isinstance(r, dict)]
    if len(objects) < 2:
        return data
    end = records[objects[-1]]
    before = records[objects[-2]]
    assert isinstance(end, dict) and isinstance(before, dict)
    details = end.get("details")
    signed_hash = before.get("hash")
    if not isinstance(details, dict) or not isinstance(signed_hash, str):
        return data
    details["signed_hash"] = signed_hash
    signature = schnorr_sign(LEAD, signed_message(signed_hash), aux_rand=bytes(32))
    details["signature"] = signature.hex()
    return rechain(_join(records))
