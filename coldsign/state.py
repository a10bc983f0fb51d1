"""The offline signer's persistent state in its home directory (issue 4 item 5).

    policy.json       the pinned signed policy (trust anchor; later versions chain from it)
    whitelist.json    the highest whitelist version accepted
    denylist.json     the highest denylist version accepted (optional)
    ledger.json       signed withdrawals: id, content digest, asset, amount, time (velocity, replay)
    audit.jsonl       the hash-chained audit log (coldsign.home.audit)

Every file is replaced atomically (temp, fsync, rename) so a crash leaves either the old or the
new state, never a half-written one. Nothing read from here is trusted blindly: signatures are
verified again against the pinned policy every time the signer uses them.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coldsign.codec.jsontext import loads
from coldsign.errors import AuthenticationError, DecodeError, TransportError
from coldsign.policy.config import Policy, parse_policy
from coldsign.policy.documents import DocumentKind, SignedDocument, parse_signed, verify_quorum
from coldsign.policy.manifest import Manifest, parse_manifest
from coldsign.transport.files import read_capped, replace_atomically


@dataclass(frozen=True)
class TrustedPolicy:
    document: SignedDocument
    policy: Policy


@dataclass(frozen=True)
class TrustedManifest:
    document: SignedDocument
    manifest: Manifest


@dataclass(frozen=True)
class LedgerEntry:
    """One signed withdrawal: what velocity limits sum and what replay protection compares."""

    withdrawal_id: str
    content_digest: str
    asset: str
    amount: int
    time: int
    nonce_key: str = ""  # EVM: "<chain_id>:<address>:<nonce>", so one nonce is signed once

    def to_json(self) -> dict[str, Any]:
        return {
            "withdrawal_id": self.withdrawal_id,
            "content_digest": self.content_digest,
            "asset": self.asset,
            "amount": str(self.amount),
            "time": self.time,
            "nonce_key": self.nonce_key,
        }


def load_policy_document(data: bytes) -> TrustedPolicy:
    """Decode a signed policy and its body (structure only; quorum is checked by the caller)."""
    doc = parse_signed(data, DocumentKind.POLICY)
    policy = parse_policy(doc.body)
    if policy.to_body() != doc.body:
        raise DecodeError("signed policy", "body is not in canonical form")
    return TrustedPolicy(doc, policy)


def load_manifest_document(data: bytes, kind: DocumentKind) -> TrustedManifest:
    doc = parse_signed(data, kind)
    manifest = parse_manifest(doc.body, kind)
    if manifest.to_body() != doc.body:
        raise DecodeError(f"signed {kind.value}", "body is not in canonical form")
    return TrustedManifest(doc, manifest)


def verify_policy_self(trusted: TrustedPolicy) -> list[str]:
    """A policy must carry its own admin quorum (the first pin and every rotation)."""
    p = trusted.policy
    return verify_quorum(trusted.document, p.admins, p.admin_threshold, by="policy itself")


class SignerState:
    """Reads and updates the signer's home. Methods that change state validate first."""

    def __init__(self, home: Path) -> None:
        self.home = home.expanduser()

    def path(self, name: str) -> Path:
        return self.home / name

    @property
    def audit_path(self) -> Path:
        return self.path("audit.jsonl")

    def ensure(self) -> None:
        """Create the home (mode 0700) if missing; refuse one others can read."""
        if not self.home.exists():
            self.home.mkdir(parents=True, mode=0o700)
        os.chmod(self.home, 0o700)

    def private_problem(self) -> str | None:
        if not self.home.exists():
            return None
        mode = stat.S_IMODE(self.home.stat().st_mode)
        return None if mode & 0o077 == 0 else f"home {self.home} has mode {mode:o}; it must be 0700"

    # --- policy -------------------------------------------------------------------------------
    def pinned_policy(self) -> TrustedPolicy:
        path = self.path("policy.json")
        if not path.exists():
            raise AuthenticationError([f"no policy is pinned in {self.home} (coldsign policy pin)"])
        trusted = load_policy_document(read_capped(path))
        verify_policy_self(trusted)
        return trusted

    def has_policy(self) -> bool:
        return self.path("policy.json").exists()

    def pin_policy(self, new: TrustedPolicy, *, now: int) -> str:
        """Make `new` the trust anchor. The first pin needs the operator's confirmation (done by
        the caller); a later one must be a newer version whose `previous` is the pinned hash and
        which the pinned policy's admin quorum signed. Returns "pinned", "rotated" or "unchanged"."""
        verify_policy_self(new)
        _not_expired(new.policy.expires, now, "policy")
        if not self.has_policy():
            self.ensure()
            replace_atomically(self.path("policy.json"), new.document.serialize())
            return "pinned"
        current = self.pinned_policy()
        if new.document.hash == current.document.hash:
            return "unchanged"
        problems = []
        if new.policy.version <= current.policy.version:
            problems.append(
                f"policy version {new.policy.version} is not newer than the pinned "
                f"version {current.policy.version} (rollback refused)"
            )
        if new.policy.previous != current.document.hash:
            problems.append("policy `previous` is not the hash of the pinned policy")
        try:
            verify_quorum(new.document, current.policy.admins, current.policy.admin_threshold)
        except AuthenticationError as exc:
            problems.extend(exc.reasons())
        if problems:
            raise AuthenticationError(problems)
        replace_atomically(self.path("policy.json"), new.document.serialize())
        return "rotated"

    # --- manifests ----------------------------------------------------------------------------
    def manifest(self, kind: DocumentKind) -> TrustedManifest | None:
        path = self.path(f"{kind.value}.json")
        if not path.exists():
            return None
        return load_manifest_document(read_capped(path), kind)

    def verify_manifest(self, trusted: TrustedManifest, policy: Policy, *, now: int) -> None:
        """Admin quorum of `policy`, not expired; AuthenticationError (exit 5) otherwise."""
        problems: list[str] = []
        try:
            verify_quorum(trusted.document, policy.admins, policy.admin_threshold)
        except AuthenticationError as exc:
            problems.extend(exc.reasons())
        try:
            _not_expired(trusted.manifest.expires.timestamp(), now, trusted.document.kind.value)
        except AuthenticationError as exc:
            problems.extend(exc.reasons())
        if problems:
            raise AuthenticationError(problems)

    def import_manifest(self, new: TrustedManifest, *, now: int) -> str:
        """Accept a whitelist/denylist signed by the pinned policy's quorum, unexpired, newer than
        the last one accepted and naming it as `previous`. Returns "imported" or "unchanged"."""
        policy = self.pinned_policy().policy
        self.verify_manifest(new, policy, now=now)
        kind = new.document.kind
        current = self.manifest(kind)
        if current is not None:
            if new.document.hash == current.document.hash:
                return "unchanged"
            problems = []
            if new.manifest.version <= current.manifest.version:
                problems.append(
                    f"{kind.value} version {new.manifest.version} is not newer than the accepted "
                    f"version {current.manifest.version} (rollback refused)"
                )
            if new.manifest.previous != current.document.hash:
                # As for the policy: each version names the one it replaces, so a fork signed
                # beside the accepted chain (or a skipped version) is not taken silently.
                problems.append(
                    f"{kind.value} `previous` is not the hash of the accepted version "
                    f"{current.manifest.version} ({current.document.hash[:16]}…); import the "
                    "versions in order"
                )
            if problems:
                raise AuthenticationError(problems)
        replace_atomically(self.path(f"{kind.value}.json"), new.document.serialize())
        return "imported"

    # --- ledger -------------------------------------------------------------------------------
    def ledger(self) -> list[LedgerEntry]:
        path = self.path("ledger.json")
        if not path.exists():
            return []
        try:
            raw = loads(read_capped(path), "spend ledger")
            return [
                LedgerEntry(
                    e["withdrawal_id"],
                    e["content_digest"],
                    e["asset"],
                    int(e["amount"]),
                    int(e["time"]),
                    e.get("nonce_key", ""),
                )
                for e in raw["entries"]
            ]
        except (DecodeError, ValueError, KeyError, TypeError) as exc:
            raise TransportError(
                f"spend ledger {path} is unreadable ({type(exc).__name__}); "
                "refusing to sign without it"
            ) from None

    def spent_since(self, asset: str, since: int, exclude_id: str) -> int:
        """Sum signed for `asset` at or after `since`, other withdrawals only (velocity)."""
        return sum(
            e.amount
            for e in self.ledger()
            if e.asset == asset and e.time >= since and e.withdrawal_id != exclude_id
        )

    def record(self, entry: LedgerEntry) -> None:
        entries = [e for e in self.ledger() if e.withdrawal_id != entry.withdrawal_id]
        entries.append(entry)
        data = json.dumps({"entries": [e.to_json() for e in entries]}, indent=1).encode()
        replace_atomically(self.path("ledger.json"), data)


def _not_expired(expires: float | Any, now: int, what: str) -> None:
    if expires is None:
        return
    stamp = expires if isinstance(expires, (int, float)) else expires.timestamp()
    if now >= stamp:
        raise AuthenticationError([f"{what} expired"])


def ledger_audit_problems(entries: list[LedgerEntry], records: list[Any]) -> list[str]:
    """Where the spend ledger and the (hash-chained) audit log disagree; empty when they agree.

    Every `signed` audit record must have its ledger entry (same withdrawal id, digest and
    amount), and every ledger entry its audit record. Deleting ledger entries to reset a velocity
    limit, or editing an amount, is found this way; the audit log itself is protected by its
    chain and by the heads anchored in signed ceremony transcripts. `records` are
    `coldsign.home.audit.AuditRecord`s of a log that verified.
    """
    signed: dict[tuple[str, str], tuple[int, object]] = {}
    for r in records:
        if r.event == "sign" and r.decision == "signed" and r.withdrawal_id and r.digest:
            signed.setdefault((r.withdrawal_id, r.digest), (r.seq, r.details.get("amount")))
    ledger = {(e.withdrawal_id, e.content_digest): e for e in entries}
    problems = []
    for wid, digest in sorted(signed.keys() - ledger.keys()):
        seq = signed[(wid, digest)][0]
        problems.append(
            f"spend ledger: withdrawal {wid!r} was signed (audit record {seq}) but is missing "
            "from the ledger"
        )
    for wid, _digest in sorted(ledger.keys() - signed.keys()):
        problems.append(
            f"spend ledger: withdrawal {wid!r} has a ledger entry but no signed audit record"
        )
    for key in sorted(ledger.keys() & signed.keys()):
        seq, amount = signed[key]
        if str(ledger[key].amount) != amount:
            problems.append(
                f"spend ledger: withdrawal {key[0]!r} has amount {ledger[key].amount} in the "
                f"ledger but {amount} in audit record {seq}"
            )
    return problems
