"""The signer's audit log: append-only JSON Lines, each record hash-chained to the one before.

Each line is the canonical JSON (sorted keys, separators ``,`` ``:``, UTF-8, no ASCII escaping) of
one record::

    {"decision", "details", "digest", "event", "hash", "prev", "reasons", "seq", "time",
     "withdrawal_id"}

``seq`` counts from 0; ``prev`` is the previous record's ``hash`` (64 zeros for record 0); ``hash``
is the hex SHA-256 of the canonical JSON of the record without ``hash``. A line must be exactly
the canonical form of what it says, so even a whitespace change is found. Verification reports
every broken record by sequence number (docs/design.md §3.8, issue 4 item 6).

The chain proves order and integrity against edits that do not rewrite every later record. Someone
who can write the file can rebuild the whole chain; the head hash (`AuditReport.last_hash`) is what
an operator copies off the machine to pin it (see docs/role-keys-and-audit.md).

This module does I/O by nature but stays small: a class over a path, no printing, and it takes only
the fields below, so a secret cannot be handed to it by accident (non-scalar `details` values are
a TypeError).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Final, cast

from coldsign.codec.jsontext import MAX_DEPTH
from coldsign.errors import AuthenticationError, TransportError
from coldsign.transport.files import append_durably

LOG_NAME: Final = "audit.jsonl"
GENESIS: Final = "0" * 64
# A signature's record lists every outpoint it spent: ~75 bytes an input, so 16 MiB holds the
# largest PSBT coldsign reads.
MAX_LINE_BYTES: Final = 16 * 1024 * 1024
_FIELDS: Final = frozenset(
    {
        "seq",
        "time",
        "event",
        "withdrawal_id",
        "digest",
        "decision",
        "reasons",
        "details",
        "prev",
        "hash",
    }
)
_HASH = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_EVENT = re.compile(r"[a-z][a-z0-9._-]{0,63}")

Scalar = str | int | bool | None
_SCALAR_TYPES: Final = frozenset({str, int, bool, type(None)})
DetailValue = Scalar | list[Scalar]
# What callers may pass: lists or tuples of scalars (stored as lists).
DetailArg = Scalar | Sequence[Scalar]


@dataclass(frozen=True)
class AuditRecord:
    """One verified or freshly appended line of the audit log."""

    seq: int
    time: str
    event: str
    withdrawal_id: str | None
    digest: str | None
    decision: str
    reasons: tuple[str, ...]
    details: dict[str, DetailValue]
    prev: str
    hash: str

    def to_json(self) -> dict[str, object]:
        """The record as a JSON object (the same keys as the line)."""
        return {**_body(self), "hash": self.hash}


@dataclass(frozen=True)
class AuditReport:
    """A verified log: how many records, and the head hash the next record will chain to."""

    records: int
    last_hash: str


class AuditLog:
    """The append-only log at `path`. `clock` returns an aware datetime (tests pass a fixed one)."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or _utc_now

    def append(
        self,
        event: str,
        *,
        withdrawal_id: str | None,
        digest: str | None,
        decision: str,
        reasons: Sequence[str],
        details: Mapping[str, DetailArg],
    ) -> AuditRecord:
        """Verify the log, then append one record chained to its head, fsync'd before returning.

        AuthenticationError (exit 5) if the existing log does not verify: a tampered log fails
        closed. TransportError (exit 7) if it cannot be written. TypeError/ValueError for fields a
        caller should never pass (non-scalar details, a malformed event name, a naive clock).
        """
        _check_fields(event, withdrawal_id, digest, decision, reasons, details)
        stamp = format_stamp(self._clock())
        with _locked(self.path):
            report = verify_log(self.path)
            return append_after(
                self.path,
                report,
                stamp,
                event,
                withdrawal_id=withdrawal_id,
                digest=digest,
                decision=decision,
                reasons=reasons,
                details=details,
            )

    def verify(self) -> AuditReport:
        """Same as `verify_log(self.path)`."""
        return verify_log(self.path)

    def records(self, *, limit: int | None = None) -> list[AuditRecord]:
        """Same as `read_log(self.path, limit=limit)`."""
        return read_log(self.path, limit=limit)


def append_after(
    path: Path,
    head: AuditReport,
    stamp: str,
    event: str,
    *,
    withdrawal_id: str | None,
    digest: str | None,
    decision: str,
    reasons: Sequence[str],
    details: Mapping[str, DetailArg],
) -> AuditRecord:
    """Append one record chained to `head`, fsync'd before returning: the one durable step.

    The caller holds the lock that makes `head` current (`AuditLog.append`, or the signer home's
    lock after verifying the log). `stamp` is the UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
    """
    record, line = encode_record(
        head,
        stamp,
        event,
        withdrawal_id=withdrawal_id,
        digest=digest,
        decision=decision,
        reasons=reasons,
        details=details,
    )
    append_durably(path, line)
    return record


def encode_record(
    head: AuditReport,
    stamp: str,
    event: str,
    *,
    withdrawal_id: str | None,
    digest: str | None,
    decision: str,
    reasons: Sequence[str],
    details: Mapping[str, DetailArg],
) -> tuple[AuditRecord, bytes]:
    """The record chained to `head` and its line (canonical JSON and a newline), unwritten.

    Pure: `append_after` writes the line durably; a benchmark or a test builds a long log with
    it. TypeError/ValueError as `append_after`.
    """
    _check_fields(event, withdrawal_id, digest, decision, reasons, details)
    body: dict[str, object] = {
        "seq": head.records,
        "time": stamp,
        "event": event,
        "withdrawal_id": withdrawal_id,
        "digest": digest,
        "decision": decision,
        "reasons": list(reasons),
        "details": {key: _copy_value(value) for key, value in details.items()},
        "prev": head.last_hash,
    }
    record_hash = hashlib.sha256(_canonical(body)).hexdigest()
    line = _canonical({**body, "hash": record_hash}) + b"\n"
    if len(line) > MAX_LINE_BYTES:
        raise ValueError(f"audit record larger than {MAX_LINE_BYTES} bytes")
    return _record(body, record_hash), line


def format_stamp(moment: datetime) -> str:
    """An aware datetime as the log's UTC time stamp (ValueError for a naive one)."""
    if moment.tzinfo is None:
        raise ValueError("the audit clock must return an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def log_path(home: Path) -> Path:
    """Where the signer home `home` keeps its audit log."""
    return Path(home) / LOG_NAME


def verify_log(path: Path) -> AuditReport:
    """Check the whole chain. AuthenticationError (exit 5) listing every broken record by sequence
    number; TransportError (exit 7) if the file cannot be read. A missing file is an empty log."""
    records, problems = _scan(Path(path))
    if problems:
        raise AuthenticationError(problems)
    return records


def read_log(path: Path, *, limit: int | None = None) -> list[AuditRecord]:
    """The last `limit` records (all if None) of a log that verifies; raises like `verify_log`."""
    records, problems = inspect_log(path, limit=limit)
    if problems:
        raise AuthenticationError(problems)
    return records


def inspect_log(path: Path, *, limit: int | None = None) -> tuple[list[AuditRecord], list[str]]:
    """For forensics: the last `limit` records that parse, and the problems (empty if it verifies).

    Unlike `read_log` this does not raise on tampering, so a broken log can still be shown; the
    caller must treat any problem as exit 5.
    """
    if limit is not None and limit < 0:
        raise ValueError("limit must be >= 0")
    kept: deque[AuditRecord] = deque(maxlen=limit)
    _, problems = _scan(Path(path), sink=kept.append)
    return list(kept), problems


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _canonical(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _body(record: AuditRecord) -> dict[str, object]:
    return {
        "seq": record.seq,
        "time": record.time,
        "event": record.event,
        "withdrawal_id": record.withdrawal_id,
        "digest": record.digest,
        "decision": record.decision,
        "reasons": list(record.reasons),
        "details": {key: _copy_value(value) for key, value in record.details.items()},
        "prev": record.prev,
    }


def _record(body: dict[str, object], record_hash: str) -> AuditRecord:
    """A record from a body whose shape `_shape_problem` accepted (or `append_after` built)."""
    reasons, details = body["reasons"], body["details"]
    assert isinstance(reasons, list) and isinstance(details, dict)
    return AuditRecord(
        seq=cast(int, body["seq"]),
        time=cast(str, body["time"]),
        event=cast(str, body["event"]),
        withdrawal_id=cast("str | None", body["withdrawal_id"]),
        digest=cast("str | None", body["digest"]),
        decision=cast(str, body["decision"]),
        reasons=tuple(cast(list[str], reasons)),
        details=cast(dict[str, DetailValue], dict(details)),
        prev=cast(str, body["prev"]),
        hash=record_hash,
    )


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | bool)


def _copy_value(value: DetailArg) -> DetailValue:
    if isinstance(value, list | tuple):
        return list(value)
    assert value is None or isinstance(value, str | int | bool)
    return value


def _check_fields(
    event: object,
    withdrawal_id: object,
    digest: object,
    decision: object,
    reasons: object,
    details: object,
) -> None:
    """Only plain strings, ints, bools and None get in: a secret wrapper is a TypeError here."""
    if not isinstance(event, str) or not _EVENT.fullmatch(event):
        raise ValueError("event must be a lowercase name like 'payload.sign'")
    for name, value in (("withdrawal_id", withdrawal_id), ("digest", digest)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be str or None")
    if not isinstance(decision, str) or not decision:
        raise TypeError("decision must be a non-empty str")
    if not isinstance(reasons, list | tuple) or not all(isinstance(r, str) for r in reasons):
        raise TypeError("reasons must be a list of str")
    if not isinstance(details, Mapping):
        raise TypeError("details must be a mapping")
    for key, value in details.items():
        if not isinstance(key, str):
            raise TypeError("details keys must be str")
        if isinstance(value, list | tuple):
            if not all(_is_scalar(item) for item in value):
                raise TypeError(f"details[{key!r}] must hold only str/int/bool/None")
        elif not _is_scalar(value):
            raise TypeError(f"details[{key!r}] must be str/int/bool/None or a list of those")


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on the log itself, so two writers cannot fork the chain."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise TransportError(f"cannot open {path}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _scan(
    path: Path, *, sink: Callable[[AuditRecord], None] | None = None
) -> tuple[AuditReport, list[str]]:
    """Walk every line; collect a problem per broken record without cascading to its neighbours.

    Each record is judged on its own (canonical form, its hash) and on its link to the line before
    it (the next sequence number, `prev` equal to that line's stored hash). So an edited record is
    named once (or its successor, if the editor also recomputed the edited record's hash), and a
    removed, inserted or reordered record is named where the order breaks, not every record after.
    """
    problems: list[str] = []
    lines = 0
    prev_seq = -1
    prev_hash = GENESIS
    linked = True  # False right after an unreadable line: nothing to check the next link against
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; a missing file is an empty log
    except FileNotFoundError:
        return AuditReport(0, GENESIS), []
    except OSError as exc:
        raise TransportError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        with fh:
            while raw := fh.readline(MAX_LINE_BYTES + 1):
                lines += 1
                record, problem = _read_line(fh, raw)
                if record is None:
                    # Unreadable: name it by the number it should have had.
                    problems.append(f"record {prev_seq + 1} (line {lines}): {problem}")
                    prev_seq, prev_hash, linked = prev_seq + 1, "", False
                    continue
                where = f"record {record.seq} (line {lines})"
                if linked and record.seq != prev_seq + 1:
                    problems.append(
                        f"{where}: comes after record {prev_seq}, expected record {prev_seq + 1} "
                        "here (a record was removed, inserted or reordered)"
                    )
                if linked and record.prev != prev_hash:
                    problems.append(
                        f"{where}: prev does not match the hash of record {prev_seq}"
                        if prev_seq >= 0
                        else f"{where}: prev of the first record is not all zeros"
                    )
                if problem:
                    problems.append(f"{where}: {problem}")
                prev_seq, prev_hash, linked = record.seq, record.hash, True
                if sink is not None:
                    sink(record)
    except OSError as exc:
        raise TransportError(f"cannot read {path}: {exc.strerror or exc}") from None
    return AuditReport(lines, prev_hash), problems


def _read_line(fh: BinaryIO, raw: bytes) -> tuple[AuditRecord | None, str]:
    if len(raw) > MAX_LINE_BYTES:
        _skip_line(fh)
        return None, f"longer than {MAX_LINE_BYTES} bytes"
    if not raw.endswith(b"\n"):
        return None, "truncated (no end of line)"
    return parse_line(raw[:-1])


def _skip_line(fh: BinaryIO) -> None:
    while True:
        chunk = fh.readline(MAX_LINE_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def parse_line(line: bytes) -> tuple[AuditRecord | None, str]:
    """One line without its newline: (record, "") if intact; (record, problem) if it parses but its hash or form is wrong;
    (None, problem) if it is not a record at all."""
    record = _intact_record(line)
    if record is not None:
        return record, ""
    return _judge_line(line)


_HASH_KEY: Final = b',"hash":"'


def _intact_record(line: bytes) -> AuditRecord | None:
    """The record of an intact line, checked in one pass: JSON, fields and their shapes, the
    canonical form (which also rules out repeated keys) and the hash; None if any check fails
    (`_judge_line` then names the problem). Every signer run verifies the whole log, so this is
    the cost of a long history: one parse, one serialization and one SHA-256 a record.
    """
    if line.count(b"{") + line.count(b"[") > MAX_DEPTH:
        return None  # possibly nested too deep: the bounded decoder's guard takes it
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if type(obj) is not dict or obj.keys() != _FIELDS or _shape_problem(obj):
        return None
    try:
        if _canonical(obj) != line:
            return None
    except UnicodeEncodeError:
        return None
    # The hash covers the canonical record without its "hash" member. The line is canonical, so
    # that is the line without `,"hash":"<64 hex>"`; the last such bytes are the member itself
    # (what follows it is prev, reasons, seq, time and withdrawal_id: strings, which cannot
    # hold an unescaped quote, and numbers).
    cut = line.rfind(_HASH_KEY)
    body = line[:cut] + line[cut + len(_HASH_KEY) + 65 :]
    record_hash = obj["hash"]
    if hashlib.sha256(body).hexdigest() != record_hash:
        return None
    return _record(obj, record_hash)


def _judge_line(line: bytes) -> tuple[AuditRecord | None, str]:
    """`parse_line` for a line that is not intact: what exactly is wrong with it."""
    from coldsign.codec.jsontext import loads
    from coldsign.errors import DecodeError

    try:
        obj = loads(line, "audit record", object_pairs_hook=_no_duplicates)
    except DecodeError as exc:
        return None, exc.reason
    if not isinstance(obj, dict) or set(obj) != _FIELDS:
        return None, "not an audit record (wrong fields)"
    shape = _shape_problem(obj)
    if shape:
        return None, shape
    body = {key: value for key, value in obj.items() if key != "hash"}
    record = _record(body, obj["hash"])
    try:
        canonical = _canonical(obj)
    except UnicodeEncodeError:  # a lone surrogate escaped as \udxxx: never written by append
        return None, "holds text that is not valid Unicode"
    if canonical != line:
        return record, "not in canonical form (the line was edited)"
    if hashlib.sha256(_canonical(body)).hexdigest() != obj["hash"]:
        return record, "hash does not match its content (the record was modified)"
    return record, ""


def _shape_problem(obj: dict[str, object]) -> str:
    seq = obj["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return "seq is not a non-negative integer"
    if not isinstance(obj["time"], str) or not _TIME.fullmatch(obj["time"]):
        return "time is not UTC ISO-8601"
    try:  # the pattern has the shape; the calendar has the rest (month 13, second 61)
        datetime.fromisoformat(obj["time"])
    except ValueError:
        return "time is not a real date and time"
    if not isinstance(obj["event"], str) or not _EVENT.fullmatch(obj["event"]):
        return "event is not a valid name"
    for name in ("withdrawal_id", "digest"):
        if obj[name] is not None and not isinstance(obj[name], str):
            return f"{name} is not a string or null"
    if not isinstance(obj["decision"], str):
        return "decision is not a string"
    reasons = obj["reasons"]
    if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
        return "reasons is not a list of strings"
    details = obj["details"]
    if not isinstance(details, dict):
        return "details is not an object"
    for value in details.values():
        # Exact types: the values come from json.loads, which makes no subclasses.
        if type(value) is list:
            if not all(type(item) in _SCALAR_TYPES for item in value):
                return "details holds a value that is not a scalar"
        elif type(value) not in _SCALAR_TYPES:
            return "details holds a value that is not a scalar"
    for name in ("prev", "hash"):
        value = obj[name]
        if not isinstance(value, str) or not _HASH.fullmatch(value):
            return f"{name} is not a hex SHA-256"
    return ""
