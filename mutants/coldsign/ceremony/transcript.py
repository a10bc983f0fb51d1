"""Ceremony transcripts: hash-chained JSON Lines closed by the ceremony lead's BIP-340 signature.

A transcript is an audit log (`coldsign.home.audit`: same canonical lines, same ``prev``/``hash``
chain, same fsync'd appends and the same verifier), so the chaining lives in one place. Its
records, in order:

1. ``ceremony.start``: ceremony name and title, SHA-256 of the definition file, coldsign version,
   the participants (``role=name``) and the lead's public key;
2. one ``ceremony.step`` per step outcome (``done``, ``failed`` or ``declined``), with the SHA-256
   and size of every file the step read, wrote or carried across the gap; a run that resumes an
   earlier, incomplete transcript (``ceremony run --resume``) first repeats the earlier run's
   completed steps as ``carried`` records (their details, plus the hash of the record they copy),
   and its start record names the transcript it resumes (``resumes``: that transcript's signed
   hash; ``resumes_file``, ``resumes_file_sha256``, ``resume_at``);
3. ``ceremony.result``: ``complete`` or ``incomplete``, how many steps were done, the failed step
   and its exit code;
4. ``ceremony.end``: ``signed_hash`` (the hash of the result record, which chains everything
   before it), the lead's public key and a BIP-340 signature over
   ``tagged_hash("coldsign/ceremony-transcript/v1", signed_hash)``.

Only scalars (and lists of scalars) can enter a record, so a secret wrapper cannot be written by
accident. Anyone can recompute the hash chain after editing it; the lead's signature is what an
edit cannot survive. The end record's own ``time`` is the one field the signature does not cover.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from coldsign.codec.script import tagged_hash
from coldsign.errors import AuthenticationError, DecodeError, TransportError
from coldsign.home.audit import AuditLog, AuditRecord, DetailArg, read_log
from coldsign.keys.rolekey import RoleKey, parse_public_key, schnorr_sign, schnorr_verify, xonly

SIGNATURE_TAG: Final = "coldsign/ceremony-transcript/v1"
START: Final = "ceremony.start"
STEP: Final = "ceremony.step"
RESULT: Final = "ceremony.result"
END: Final = "ceremony.end"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")
_START_FIELDS: Final = {
    "ceremony": str,
    "title": str,
    "definition_sha256": str,
    "coldsign_version": str,
    "lead_public_key": str,
    "lead_key_name": str,
    "participants": list,
    "steps": int,
    "mode": str,
}
_RESUME_FIELDS: Final = {
    "resumes": str,
    "resumes_file": str,
    "resumes_file_sha256": str,
    "resume_at": str,
}
CARRIED: Final = "carried"


def signed_message(signed_hash: str) -> bytes:
    """The 32 bytes the lead signs: the result record's hash, domain-separated (BIP-340 tagged
    hash) so a transcript signature can never be replayed as an approval or policy signature."""
    return tagged_hash(SIGNATURE_TAG, bytes.fromhex(signed_hash))


class TranscriptWriter:
    """Appends the records of one ceremony run to a new file (never an existing one)."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] | None = None) -> None:
        """Create `path` exclusively (0600); TransportError (exit 7) if it exists or cannot be made."""
        self.path = Path(path)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise TransportError(f"{self.path} exists; a transcript is never overwritten") from None
        except OSError as exc:
            raise TransportError(f"cannot create {self.path}: {exc.strerror or exc}") from None
        os.close(fd)
        self._log = AuditLog(self.path, clock=clock)
        self._last: AuditRecord | None = None

    def start(
        self,
        *,
        ceremony: str,
        title: str,
        definition_sha256: str,
        coldsign_version: str,
        lead_public_key: str,
        lead_key_name: str,
        participants: Sequence[tuple[str, str]],
        steps: int,
        mode: str,
        resumes: ResumeLink | None = None,
    ) -> None:
        """The first record: what is being run, by whom, under which lead key (and, for a resumed
        run, which earlier transcript it continues)."""
        link: dict[str, DetailArg] = {}
        if resumes is not None:
            link = {
                "resumes": resumes.signed_hash,
                "resumes_file": resumes.file_name,
                "resumes_file_sha256": resumes.file_sha256,
                "resume_at": resumes.resume_at,
            }
        self._append(
            START,
            "started",
            [],
            {
                **link,
                "ceremony": ceremony,
                "title": title,
                "definition_sha256": definition_sha256,
                "coldsign_version": coldsign_version,
                "lead_public_key": lead_public_key,
                "lead_key_name": lead_key_name,
                "participants": [f"{role}={name}" for role, name in participants],
                "steps": steps,
                "mode": mode,
            },
        )

    def step(self, decision: str, reasons: Sequence[str], details: Mapping[str, DetailArg]) -> None:
        """One step's outcome (`done`, `failed` or `declined`) with its public details."""
        self._append(STEP, decision, reasons, details)

    def carried(self, details: Mapping[str, DetailArg], from_hash: str) -> None:
        """A step completed by the run this one resumes: its details, and the hash of its record
        in that transcript (``carried_from``)."""
        self._append(STEP, CARRIED, [], {**details, "carried_from": from_hash})

    def close(
        self,
        lead_key: RoleKey,
        *,
        complete: bool,
        steps_done: int,
        steps_total: int,
        failed_step: str | None,
        exit_code: int,
        reasons: Sequence[str],
    ) -> str:
        """Append the result record, then the lead's signature over its hash; return that hash."""
        result = self._append(
            RESULT,
            "complete" if complete else "incomplete",
            reasons,
            {
                "complete": complete,
                "steps_done": steps_done,
                "steps_total": steps_total,
                "failed_step": failed_step,
                "exit_code": exit_code,
            },
        )
        signature = schnorr_sign(lead_key, signed_message(result.hash))
        self._append(
            END,
            "signed",
            [],
            {
                "signed_hash": result.hash,
                "lead_public_key": lead_key.public_key.hex(),
                "signature": signature.hex(),
            },
        )
        return result.hash

    def _append(
        self, event: str, decision: str, reasons: Sequence[str], details: Mapping[str, DetailArg]
    ) -> AuditRecord:
        self._last = self._log.append(
            event,
            withdrawal_id=None,
            digest=None,
            decision=decision,
            reasons=list(reasons),
            details=details,
        )
        return self._last


@dataclass(frozen=True)
class ResumeLink:
    """The earlier transcript a resumed run continues."""

    signed_hash: str
    file_name: str
    file_sha256: str
    resume_at: str


@dataclass(frozen=True)
class TranscriptReport:
    """What a verified transcript says."""

    ceremony: str
    title: str
    definition_sha256: str
    coldsign_version: str
    participants: tuple[str, ...]
    lead_public_key: str
    complete: bool
    steps_done: int
    steps_total: int
    failed_step: str | None
    records: int
    signed_hash: str
    started: str
    ended: str
    resumes: str | None = None  # the signed hash of the transcript this run resumed
    resumes_file: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "ceremony": self.ceremony,
            "title": self.title,
            "definition_sha256": self.definition_sha256,
            "coldsign_version": self.coldsign_version,
            "participants": list(self.participants),
            "lead_public_key": self.lead_public_key,
            "complete": self.complete,
            "steps_done": self.steps_done,
            "steps_total": self.steps_total,
            "failed_step": self.failed_step,
            "records": self.records,
            "signed_hash": self.signed_hash,
            "started": self.started,
            "ended": self.ended,
            "resumes": self.resumes,
            "resumes_file": self.resumes_file,
        }


def verify_transcript(path: Path, *, lead_public_key: bytes | None = None) -> TranscriptReport:
    """Check the hash chain, the record sequence and the lead's signature (and, when given, that the
    signer is `lead_public_key`, compared by x-only identity as BIP-340 does).

    AuthenticationError (exit 5) naming the line of every problem found; TransportError (exit 7)
    if the file cannot be read. An incomplete ceremony verifies (its failure is part of the record)
    and is reported with ``complete=False``.
    """
    path = Path(path)
    if not path.is_file():
        raise TransportError(f"cannot read {path}: no such file")
    records = read_log(path)  # AuthenticationError naming "record N (line M)" for a broken chain
    if len(records) < 3:
        raise AuthenticationError(
            [f"{path}: {len(records)} record(s); a closed transcript has at least 3 (truncated?)"]
        )
    problems: list[str] = []
    start, result, end = records[0], records[-2], records[-1]
    start_problems = _check_start(start)
    problems += start_problems
    resumed = not start_problems and "resumes" in start.details
    for record in records[1:-2]:
        if record.event != STEP:
            problems.append(f"line {record.seq + 1}: a {record.event!r} record among the steps")
        elif record.decision == CARRIED and not resumed:
            problems.append(f"line {record.seq + 1}: a carried step in a run that resumes nothing")
    if result.event != RESULT:
        problems.append(f"line {result.seq + 1}: expected the ceremony.result record")
    if end.event != END:
        problems.append(
            f"line {end.seq + 1}: the transcript does not end with the lead's signature "
            "(truncated, or never closed)"
        )
    if problems:
        raise AuthenticationError(problems)
    complete, steps_done, steps_total, failed_step = _check_result(result, problems)
    lead_hex = _check_end(end, result, problems)
    start_lead = str(start.details["lead_public_key"])
    if lead_hex is not None and lead_hex != start_lead:
        problems.append(f"line {end.seq + 1}: signed by a key other than the lead named at line 1")
    if (
        lead_hex is not None
        and lead_public_key is not None
        and xonly(bytes.fromhex(lead_hex)) != xonly(lead_public_key)
    ):
        problems.append(f"line {end.seq + 1}: signed by {lead_hex}, not the expected lead key")
    done = sum(1 for r in records[1:-2] if r.decision in ("done", CARRIED))
    if not problems and done != steps_done:
        problems.append(
            f"line {result.seq + 1}: steps_done is {steps_done} but {done} step records are done"
        )
    if problems:
        raise AuthenticationError(problems)
    participants = start.details["participants"]
    assert isinstance(participants, list)
    return TranscriptReport(
        ceremony=str(start.details["ceremony"]),
        title=str(start.details["title"]),
        definition_sha256=str(start.details["definition_sha256"]),
        coldsign_version=str(start.details["coldsign_version"]),
        participants=tuple(str(p) for p in participants),
        lead_public_key=start_lead,
        complete=complete,
        steps_done=steps_done,
        steps_total=steps_total,
        failed_step=failed_step,
        records=len(records),
        signed_hash=result.hash,
        started=start.time,
        ended=end.time,
        resumes=str(start.details["resumes"]) if resumed else None,
        resumes_file=str(start.details["resumes_file"]) if resumed else None,
    )


def _check_start(start: AuditRecord) -> list[str]:
    where = f"line {start.seq + 1}"
    if start.event != START:
        return [f"{where}: the transcript does not begin with a ceremony.start record"]
    details = start.details
    expected = dict(_START_FIELDS)
    if "resumes" in details:
        expected |= _RESUME_FIELDS
    if set(details) != set(expected):
        return [f"{where}: the start record does not hold exactly the expected fields"]
    for key, kind in expected.items():
        value = details[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            return [f"{where}: {key} has the wrong type"]
    if not _HEX64.fullmatch(str(details["definition_sha256"])):
        return [f"{where}: definition_sha256 is not a hex SHA-256"]
    if "resumes" in details and not all(
        _HEX64.fullmatch(str(details[key])) for key in ("resumes", "resumes_file_sha256")
    ):
        return [f"{where}: resumes and resumes_file_sha256 must be hex SHA-256 values"]
    try:
        parse_public_key(str(details["lead_public_key"]), "lead_public_key")
    except DecodeError as exc:
        return [f"{where}: {exc.reason}"]
    if details["lead_public_key"] != str(details["lead_public_key"]).lower():
        return [f"{where}: lead_public_key must be lowercase hex"]
    return []


def _check_result(result: AuditRecord, problems: list[str]) -> tuple[bool, int, int, str | None]:
    where = f"line {result.seq + 1}"
    d = result.details
    complete, done, total, failed = (
        d.get("complete"),
        d.get("steps_done"),
        d.get("steps_total"),
        d.get("failed_step"),
    )
    if set(d) != {"complete", "steps_done", "steps_total", "failed_step", "exit_code"}:
        problems.append(f"{where}: the result record does not hold exactly the expected fields")
        return False, 0, 0, None
    if (
        not isinstance(complete, bool)
        or not isinstance(done, int)
        or isinstance(done, bool)
        or not isinstance(total, int)
        or isinstance(total, bool)
        or not (failed is None or isinstance(failed, str))
    ):
        problems.append(f"{where}: the result record has fields of the wrong type")
        return False, 0, 0, None
    if result.decision != ("complete" if complete else "incomplete"):
        problems.append(f"{where}: decision does not match complete={complete}")
    if complete and (done != total or failed is not None):
        problems.append(f"{where}: marked complete but {done} of {total} steps were done")
    return complete, done, total, failed


def _check_end(end: AuditRecord, result: AuditRecord, problems: list[str]) -> str | None:
    where = f"line {end.seq + 1}"
    d = end.details
    if set(d) != {"signed_hash", "lead_public_key", "signature"} or end.reasons:
        problems.append(f"{where}: the end record does not hold exactly the expected fields")
        return None
    signed_hash, lead_hex, signature = d["signed_hash"], d["lead_public_key"], d["signature"]
    if end.decision != "signed":
        problems.append(f"{where}: decision must be 'signed'")
    if not isinstance(signed_hash, str) or signed_hash != result.hash:
        problems.append(f"{where}: signed_hash is not the hash of the result record")
        return None
    if not isinstance(lead_hex, str) or not isinstance(signature, str):
        problems.append(f"{where}: lead_public_key and signature must be hex strings")
        return None
    try:
        lead = parse_public_key(lead_hex, "lead_public_key")
    except DecodeError as exc:
        problems.append(f"{where}: {exc.reason}")
        return None
    if not _HEX128.fullmatch(signature) or not schnorr_verify(
        lead, signed_message(signed_hash), bytes.fromhex(signature)
    ):
        problems.append(f"{where}: the lead's signature does not verify")
        return None
    if lead_hex != lead_hex.lower():
        problems.append(f"{where}: lead_public_key must be lowercase hex")
        return None
    return lead_hex
