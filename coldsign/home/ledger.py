"""The spend ledger, derived from the audit log's `signed` records (issue 11.2).

There is no separate ledger file: every signature's record in the hash-chained audit log carries
what the limits need — the withdrawal id and approval digest, what it charged to each ledger key
(asset velocity, transfer rules), what it spent (outpoints, account nonces) and the time. One
source of truth, written in one durable append, cannot disagree with itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from coldsign.errors import AuthenticationError
from coldsign.home.audit import AuditRecord
from coldsign.policy.checks import Charge, PriorSignature

SIGN_EVENT = "sign"
SIGNED = "signed"
_CHARGE = re.compile(r"([^=\s]{1,200})=([0-9]{1,80})")


@dataclass(frozen=True)
class LedgerEntry:
    """One signature as the ledger sees it (drawn from audit record `seq`)."""

    seq: int
    withdrawal_id: str
    digest: str
    time: int
    charges: tuple[Charge, ...]  # what velocity counts (a replacement: only its increment)
    totals: tuple[Charge, ...]  # the full amounts (what a later replacement is measured against)
    spends: tuple[str, ...]


def record_time(record: AuditRecord) -> int:
    """The record's time as Unix seconds (the log stores ISO-8601 UTC, `YYYY-MM-DDTHH:MM:SSZ`,
    which the audit log checked; fromisoformat reads it in C, strptime took 20 µs a record)."""
    return int(datetime.fromisoformat(record.time).timestamp())  # "Z": an aware UTC time


def charge_details(charges: Iterable[Charge]) -> list[str]:
    """Charges as the audit record stores them: `KEY=AMOUNT` in base units."""
    return [f"{c.key}={c.amount}" for c in charges]


def _entry(record: AuditRecord) -> LedgerEntry:
    """The ledger entry of a `signed` record; AuthenticationError if its details are not what
    the signer writes (a log rebuilt by hand)."""
    where = f"audit record {record.seq}"
    details = record.details
    spends_raw = details.get("spends")
    if (
        record.withdrawal_id is None
        or record.digest is None
        or not isinstance(spends_raw, list)
        or not all(isinstance(s, str) for s in spends_raw)
    ):
        raise AuthenticationError(
            [f"{where}: a signed record without its ledger details (charges, totals, spends)"]
        )
    spends = tuple(s for s in spends_raw if isinstance(s, str))
    return LedgerEntry(
        record.seq,
        record.withdrawal_id,
        record.digest,
        record_time(record),
        _charges(details.get("charges"), where),
        _charges(details.get("totals"), where),
        spends,
    )


def _charges(raw: object, where: str) -> tuple[Charge, ...]:
    if not isinstance(raw, list):
        raise AuthenticationError([f"{where}: a signed record without its charges and totals"])
    charges = []
    for item in raw:
        match = _CHARGE.fullmatch(item) if isinstance(item, str) else None
        if match is None:
            raise AuthenticationError([f"{where}: malformed charge {item!r}"])
        charges.append(Charge(match.group(1), int(match.group(2))))
    return tuple(charges)


class Ledger:
    """What has been signed, indexed for the checks (`coldsign.policy.checks.LedgerReader`)."""

    def __init__(self, entries: Sequence[LedgerEntry]) -> None:
        self.entries = tuple(entries)
        self._by_id: dict[str, LedgerEntry] = {}
        self._by_spend: dict[str, LedgerEntry] = {}
        for entry in self.entries:
            # The first signature of an id is the one that counts; re-releasing the same content
            # after a crash appends an identical record that charges nothing new.
            self._by_id.setdefault(entry.withdrawal_id, entry)
            for spend in entry.spends:
                self._by_spend.setdefault(spend, entry)

    @classmethod
    def from_records(cls, records: Iterable[AuditRecord]) -> Ledger:
        return cls([_entry(r) for r in records if r.event == SIGN_EVENT and r.decision == SIGNED])

    def digest_for(self, withdrawal_id: str) -> str | None:
        entry = self._by_id.get(withdrawal_id)
        return entry.digest if entry is not None else None

    def signed_spend(self, spend: str) -> PriorSignature | None:
        entry = self._by_spend.get(spend)
        return PriorSignature(entry.withdrawal_id, entry.digest) if entry is not None else None

    def charged_since(self, key: str, since: int, exclude: str) -> int:
        total = 0
        for withdrawal_id, entry in self._by_id.items():
            if withdrawal_id == exclude or entry.time < since:
                continue
            total += sum(c.amount for c in entry.charges if c.key == key)
        return total

    def charges_of(self, withdrawal_id: str) -> dict[str, int]:
        entry = self._by_id.get(withdrawal_id)
        if entry is None:
            return {}
        return {c.key: c.amount for c in entry.totals}

    @property
    def last_time(self) -> int | None:
        return max((e.time for e in self.entries), default=None)
