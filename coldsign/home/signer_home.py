"""The signer's home directory and its one owner (docs/design.md §2b, issue 11).

    lock                     an flock held for the whole of a run (loading state → commit)
    audit.jsonl              the hash-chained audit log: the record of every signature and
                             refusal, the spend ledger (`coldsign.home.ledger`), and the trust
                             anchors (pins, rotations, manifest imports)
    documents/<sha256>.json  every signed policy, whitelist and denylist the log has accepted

Nothing else touches the home. A run opens it with `SignerHome.open`, which takes the exclusive
lock (a second run waits, then sees the first run's records), cleans temporary files a crash
left, completes or drops an audit line a crash cut short (and records that), verifies the whole
chain, and checks that the documents the log's latest anchor records name are on disk with
exactly that content (exit 5, naming the file and the version the log expects).

Every change is one durable append to the log (`append_durably`: write, fsync), made after any
document file it names is durable. A crash at any instant therefore leaves a home that either
recorded the change or did not; a document file without its record is an unused file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from coldsign.errors import AuthenticationError, DecodeError, TransportError
from coldsign.home.audit import (
    GENESIS,
    AuditRecord,
    AuditReport,
    DetailArg,
    append_after,
    format_stamp,
    inspect_log,
    parse_line,
)
from coldsign.home.ledger import Ledger
from coldsign.policy.chainspec import ChainSpecs
from coldsign.policy.checks import Trusted
from coldsign.policy.documents import DocumentKind
from coldsign.policy.trust import (
    TrustedManifest,
    TrustedPolicy,
    load_manifest_document,
    load_policy_document,
    not_expired,
    rotation_problems,
    succession_problems,
    verify_manifest,
    verify_policy_self,
)
from coldsign.transport.files import read_capped, write_new

LOG_NAME: Final = "audit.jsonl"
LOCK_NAME: Final = "lock"
DOCUMENTS: Final = "documents"
DOCUMENT_CAP: Final = 64 * 1024 * 1024
# Files of the layout before issue 11: their trust could not be checked, so they are not used.
LEGACY_FILES: Final = ("policy.json", "whitelist.json", "denylist.json", "ledger.json")

ANCHOR_EVENTS: Final = {
    DocumentKind.POLICY: ("policy.pin", "policy.rotate"),
    DocumentKind.WHITELIST: ("whitelist.import",),
    DocumentKind.DENYLIST: ("denylist.import",),
}
ACCEPTED: Final = "accepted"
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Anchor:
    """The latest accepted document of one kind, as the log records it."""

    kind: DocumentKind
    version: int
    hash: str
    seq: int


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SignerHome:
    """The only code that reads or writes the signer's home. Use `SignerHome.open`."""

    def __init__(self, path: Path, specs: ChainSpecs, clock: Clock) -> None:
        self.path = path
        self._specs = specs
        self._clock = clock
        self._records: list[AuditRecord] = []
        self._head = AuditReport(0, GENESIS)
        self._anchors: dict[DocumentKind, Anchor] = {}
        self._documents: dict[DocumentKind, TrustedPolicy | TrustedManifest] = {}
        self._repairs: list[str] = []
        self.ledger = Ledger(())

    # --- opening ------------------------------------------------------------------------------
    @classmethod
    @contextlib.contextmanager
    def open(
        cls,
        path: Path,
        specs: ChainSpecs,
        *,
        create: bool = False,
        clock: Clock | None = None,
        waiting: Callable[[], None] | None = None,
    ) -> Iterator[SignerHome]:
        """Lock and load the home at `path` for one run; the lock is held until the block ends.

        TransportError (exit 7) if the home is missing (unless `create`), not private to this
        user (mode 0700), or cannot be locked; AuthenticationError (exit 5) if the log does not
        verify or a document differs from what the log expects. `waiting` is called once if
        another run holds the lock (the caller may tell the operator), then the call blocks.
        """
        home = Path(path).expanduser()
        if not home.exists():
            if not create:
                raise TransportError(
                    f"no signer home at {home} (pin a policy first: coldsign --home {home} "
                    "policy pin POLICY)"
                )
            home.mkdir(parents=True, mode=0o700)
            os.chmod(home, 0o700)
        _check_private(home)
        legacy = [name for name in LEGACY_FILES if (home / name).exists()]
        if legacy:
            raise AuthenticationError(
                [
                    f"{home} holds {', '.join(legacy)} from a coldsign before the single-log "
                    "home (issue 11); their history cannot be verified. Keep that directory for "
                    "the record and start a new home: pin the policy and import the manifests "
                    "again (docs/guarded-signer.md, 'Migrating a home')"
                ]
            )
        fd = _lock(home / LOCK_NAME, waiting)
        try:
            owner = cls(home, specs, clock or _utc_now)
            owner._load()
            yield owner
        finally:
            os.close(fd)  # closing releases the lock

    def _load(self) -> None:
        self._clean_temporary_files()
        self._repair_torn_tail()
        records, problems = inspect_log(self.log_path)
        if problems:
            raise AuthenticationError(
                [*problems, f"the audit log {self.log_path} does not verify; nothing is signed"]
            )
        self._records = records
        self._head = AuditReport(len(records), records[-1].hash if records else GENESIS)
        self.ledger = Ledger.from_records(records)
        self._load_anchors()
        for note in self._repairs:
            self.record("home.repair", decision="repaired", reasons=[note])

    def _clean_temporary_files(self) -> None:
        """`write_new` leaves `.NAME.XXXX.tmp` only when killed between its write and rename."""
        for directory in (self.path, self.path / DOCUMENTS):
            if not directory.is_dir():
                continue
            for entry in directory.iterdir():
                if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file():
                    entry.unlink()

    def _repair_torn_tail(self) -> None:
        """A crash during an append can leave a last line without its newline. If that line is
        a whole record, only the newline is missing: add it. Otherwise the record was never
        committed (its run released nothing): cut it off. Either way the repair is recorded."""
        log = self.log_path
        if not log.exists() or log.stat().st_size == 0:
            return
        with open(log, "rb+") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) == b"\n":
                return
            size = fh.seek(0, os.SEEK_END)
            start = _last_line_start(fh, size)
            fh.seek(start)
            tail = fh.read()
            previous = b""
            if start > 0:
                previous_start = _last_line_start(fh, start - 1)
                fh.seek(previous_start)
                previous = fh.read(start - 1 - previous_start)
            if _is_whole_record(tail, previous if start > 0 else None):
                fh.seek(0, os.SEEK_END)
                fh.write(b"\n")
                note = f"completed the last audit line ({len(tail)} bytes) that lacked its newline"
            else:
                fh.truncate(start)
                note = (
                    f"removed an incomplete last audit line of {len(tail)} bytes (a write cut "
                    "short by a crash; nothing was released for it)"
                )
            fh.flush()
            os.fsync(fh.fileno())
        self._repairs.append(note)

    def _load_anchors(self) -> None:
        """Walk the anchor records: the policy chain must rotate validly from the first pin, and
        the current policy, whitelist and denylist files must hold exactly what the log says."""
        events = {event: kind for kind, names in ANCHOR_EVENTS.items() for event in names}
        previous_policy: TrustedPolicy | None = None
        for record in self._records:
            kind = events.get(record.event)
            if kind is None or record.decision != ACCEPTED:
                continue
            anchor = _anchor(kind, record)
            self._anchors[kind] = anchor
            if kind is DocumentKind.POLICY:
                policy = self._read_policy(anchor)
                problems = (
                    rotation_problems(previous_policy, policy)
                    if previous_policy is not None
                    else []
                )
                if problems:
                    raise AuthenticationError(
                        [f"audit record {record.seq}: policy v{anchor.version} is not a valid "
                         "rotation of the policy before it", *problems]
                    )  # fmt: skip
                previous_policy = policy
                self._documents[kind] = policy
        for kind in (DocumentKind.WHITELIST, DocumentKind.DENYLIST):
            latest = self._anchors.get(kind)
            if latest is not None:
                self._documents[kind] = self._read_manifest(latest)

    def _document_path(self, digest: str) -> Path:
        return self.path / DOCUMENTS / f"{digest}.json"

    def _read_document(self, anchor: Anchor) -> bytes:
        path = self._document_path(anchor.hash)
        expected = (
            f"the {anchor.kind.value} v{anchor.version} that audit record {anchor.seq} accepted"
        )
        if not path.exists():
            raise AuthenticationError(
                [f"{path} is missing: {expected} ({anchor.hash[:16]}…) must be there; a deleted "
                 "or rolled-back document is refused"]
            )  # fmt: skip
        return read_capped(path, DOCUMENT_CAP)

    def _read_policy(self, anchor: Anchor) -> TrustedPolicy:
        data = self._read_document(anchor)
        try:
            doc = load_policy_document(data, self._specs)
        except DecodeError as exc:
            raise AuthenticationError([f"{self._document_path(anchor.hash)}: {exc}"]) from None
        self._check_matches(anchor, doc.document.hash, doc.policy.version)
        verify_policy_self(doc)
        return doc

    def _read_manifest(self, anchor: Anchor) -> TrustedManifest:
        data = self._read_document(anchor)
        try:
            doc = load_manifest_document(data, anchor.kind, self._specs)
        except DecodeError as exc:
            raise AuthenticationError([f"{self._document_path(anchor.hash)}: {exc}"]) from None
        self._check_matches(anchor, doc.document.hash, doc.manifest.version)
        return doc

    def _check_matches(self, anchor: Anchor, digest: str, version: int) -> None:
        if digest != anchor.hash or version != anchor.version:
            raise AuthenticationError(
                [f"{self._document_path(anchor.hash)} holds {anchor.kind.value} v{version} "
                 f"({digest[:16]}…), but audit record {anchor.seq} accepted v{anchor.version} "
                 f"({anchor.hash[:16]}…): the file was replaced"]
            )  # fmt: skip

    # --- reading ------------------------------------------------------------------------------
    @property
    def log_path(self) -> Path:
        return self.path / LOG_NAME

    @property
    def head(self) -> str:
        """The hash of the last audit record (64 zeros for an empty log)."""
        return self._head.last_hash

    @property
    def records(self) -> Sequence[AuditRecord]:
        return tuple(self._records)

    def contains_head(self, digest: str) -> bool:
        return digest == GENESIS or any(r.hash == digest for r in self._records)

    def now(self) -> int:
        return int(self._clock().timestamp())

    def anchor(self, kind: DocumentKind) -> Anchor | None:
        return self._anchors.get(kind)

    def pinned_policy(self) -> TrustedPolicy:
        doc = self._documents.get(DocumentKind.POLICY)
        if not isinstance(doc, TrustedPolicy):
            raise AuthenticationError([f"no policy is pinned in {self.path} (coldsign policy pin)"])
        return doc

    def has_policy(self) -> bool:
        return DocumentKind.POLICY in self._documents

    def manifest(self, kind: DocumentKind) -> TrustedManifest | None:
        doc = self._documents.get(kind)
        return doc if isinstance(doc, TrustedManifest) else None

    def trusted(self, now: int) -> Trusted:
        """The pinned policy and the accepted manifests, verified against it now (admin quorum,
        expiry): AuthenticationError (exit 5) listing every problem."""
        policy = self.pinned_policy()
        manifests: dict[DocumentKind, TrustedManifest | None] = {}
        for kind in (DocumentKind.WHITELIST, DocumentKind.DENYLIST):
            doc = self.manifest(kind)
            if doc is not None:
                verify_manifest(doc, policy.policy, now=now)
            manifests[kind] = doc
        wl, dl = manifests[DocumentKind.WHITELIST], manifests[DocumentKind.DENYLIST]
        return Trusted(
            policy.policy,
            policy.document.hash,
            wl.manifest if wl else None,
            wl.document.hash if wl else None,
            dl.manifest if dl else None,
            dl.document.hash if dl else None,
        )

    # --- changing (each change is one durable append) ----------------------------------------
    def record(
        self,
        event: str,
        *,
        decision: str,
        reasons: Sequence[str] = (),
        withdrawal_id: str | None = None,
        digest: str | None = None,
        details: Mapping[str, DetailArg] | None = None,
    ) -> AuditRecord:
        """Append one record to the log, fsync'd before returning: the commit of a change."""
        record = append_after(
            self.log_path,
            self._head,
            format_stamp(self._clock()),
            event,
            withdrawal_id=withdrawal_id,
            digest=digest,
            decision=decision,
            reasons=reasons,
            details=details or {},
        )
        self._records.append(record)
        self._head = AuditReport(self._head.records + 1, record.hash)
        if event == "sign" and decision == "signed":
            self.ledger = Ledger.from_records(self._records)
        return record

    def pin_policy(self, new: TrustedPolicy, *, now: int, confirm_first: Callable[[], None]) -> str:
        """Make `new` the trust anchor ("pinned"; `confirm_first` asks the operator and raises
        Cancelled on no), or rotate to it ("rotated": a newer version naming the pinned hash,
        signed by the pinned quorum and its own), or "unchanged". Refusals are recorded too."""
        current = self._documents.get(DocumentKind.POLICY)
        event = "policy.pin" if current is None else "policy.rotate"
        if isinstance(current, TrustedPolicy) and new.document.hash == current.document.hash:
            return "unchanged"
        try:
            verify_policy_self(new)
            problems = not_expired(
                new.policy.expires.timestamp() if new.policy.expires else None, now, "policy"
            )
            if isinstance(current, TrustedPolicy):
                problems += rotation_problems(current, new)
            if problems:
                raise AuthenticationError(problems)
        except AuthenticationError as exc:
            self._record_document(event, new.document.kind, new.policy.version, new.document.hash,
                                  decision="refused", reasons=exc.reasons())  # fmt: skip
            raise
        if current is None:
            confirm_first()
        self._store(new.document.hash, new.document.serialize())
        self._record_document(
            event, DocumentKind.POLICY, new.policy.version, new.document.hash, decision=ACCEPTED,
            previous=new.policy.previous,
        )  # fmt: skip
        self._anchors[DocumentKind.POLICY] = _anchor(DocumentKind.POLICY, self._records[-1])
        self._documents[DocumentKind.POLICY] = new
        return "pinned" if current is None else "rotated"

    def import_manifest(self, new: TrustedManifest, *, now: int) -> str:
        """Accept a whitelist/denylist signed by the pinned policy's quorum, unexpired, newer than
        the accepted one and naming it as `previous`: "imported" or "unchanged". Refusals are
        recorded too."""
        kind = new.document.kind
        event = f"{kind.value}.import"
        current = self.manifest(kind)
        if current is not None and new.document.hash == current.document.hash:
            return "unchanged"
        try:
            verify_manifest(new, self.pinned_policy().policy, now=now)
            problems = succession_problems(current, new) if current is not None else []
            if problems:
                raise AuthenticationError(problems)
        except AuthenticationError as exc:
            self._record_document(event, kind, new.manifest.version, new.document.hash,
                                  decision="refused", reasons=exc.reasons())  # fmt: skip
            raise
        self._store(new.document.hash, new.document.serialize())
        self._record_document(
            event, kind, new.manifest.version, new.document.hash, decision=ACCEPTED,
            previous=new.manifest.previous,
        )  # fmt: skip
        self._anchors[kind] = _anchor(kind, self._records[-1])
        self._documents[kind] = new
        return "imported"

    def _store(self, digest: str, data: bytes) -> None:
        """Write a document under its hash (durable before the record that names it)."""
        path = self._document_path(digest)
        path.parent.mkdir(mode=0o700, exist_ok=True)
        if path.exists() and read_capped(path, DOCUMENT_CAP) == data:
            return
        write_new(path, data, force=True)

    def _record_document(
        self,
        event: str,
        kind: DocumentKind,
        version: int,
        digest: str,
        *,
        decision: str,
        reasons: Sequence[str] = (),
        previous: str = "",
    ) -> None:
        self.record(
            event,
            decision=decision,
            reasons=reasons,
            details={"kind": kind.value, "version": version, "hash": digest, "previous": previous},
        )


def _anchor(kind: DocumentKind, record: AuditRecord) -> Anchor:
    version, digest = record.details.get("version"), record.details.get("hash")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not isinstance(digest, str)
        or len(digest) != 64
        or record.details.get("kind") != kind.value
    ):
        raise AuthenticationError(
            [
                f"audit record {record.seq}: a {record.event} record without its kind, version and hash"
            ]
        )
    return Anchor(kind, version, digest, record.seq)


def _check_private(home: Path) -> None:
    """The home holds the record of what was signed: only its owner may read or change it."""
    info = home.stat()
    mode = stat.S_IMODE(info.st_mode)
    problems = []
    if mode & 0o077:
        problems.append(f"has mode {mode:o}; it must be 0700 (chmod 700 {home})")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        problems.append("belongs to another user")
    if problems:
        raise TransportError(f"signer home {home} {' and '.join(problems)}; nothing is done")


def _lock(path: Path, waiting: Callable[[], None] | None) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise TransportError(f"cannot open {path}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        if waiting is not None:
            waiting()
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError as exc:
        os.close(fd)
        raise TransportError(f"cannot lock {path}: {exc.strerror or exc}") from None
    return fd


def _last_line_start(fh: object, size: int) -> int:
    """Offset just after the last newline of a file of `size` bytes (0 if it has none)."""
    import io

    assert isinstance(fh, io.BufferedRandom)
    position = size
    chunk = 64 * 1024
    while position > 0:
        start = max(0, position - chunk)
        fh.seek(start)
        block = fh.read(position - start)
        newline = block.rfind(b"\n")
        if newline != -1:
            return start + newline + 1
        position = start
    return 0


def _is_whole_record(tail: bytes, previous: bytes | None) -> bool:
    """True if `tail` (a last line without its newline) is a complete record that chains to
    `previous` (the line before it, None if there is none): then only the newline was lost."""
    record, problem = parse_line(tail)
    if record is None or problem:
        return False
    if previous is None:
        return record.seq == 0 and record.prev == GENESIS
    before, _ = parse_line(previous)
    return before is not None and record.prev == before.hash and record.seq == before.seq + 1
