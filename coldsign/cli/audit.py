"""`coldsign audit`: show and verify the signer's hash-chained audit log (`<home>/audit.jsonl`)."""

from __future__ import annotations

import re

import click

from coldsign.cli.app import App
from coldsign.errors import AuthenticationError, UsageError
from coldsign.home.audit import AuditRecord, log_path, read_log, verify_log

_HASH = re.compile(r"[0-9a-f]{64}")


@click.group()
def audit() -> None:
    """Show and verify the signer's audit log (append-only, hash-chained JSON Lines)."""


@audit.command("show")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Only the last N records.")
@click.pass_obj
def show_cmd(app: App, limit: int | None) -> None:
    """List the records of a log that verifies (a tampered log is exit 5; see `audit verify`)."""
    records = read_log(log_path(app.home_dir()), limit=limit)
    app.emit([record.to_json() for record in records], lambda: _table(records))


@audit.command("verify")
@click.option(
    "--anchor",
    default=None,
    metavar="HASH",
    help="A head hash recorded earlier (off this machine); the log must still contain it.",
)
@click.pass_obj
def verify_cmd(app: App, anchor: str | None) -> None:
    """Check every record's hash and chain link; exit 5 naming each broken record by number."""
    path = log_path(app.home_dir())
    if not path.exists():
        app.warn(f"no audit log at {path}: verifying it as an empty log")
    if anchor is not None and not _HASH.fullmatch(anchor):
        raise UsageError("--anchor must be 64 lowercase hex characters")
    report = verify_log(path)
    if anchor is not None and not any(record.hash == anchor for record in read_log(path)):
        raise AuthenticationError(
            [f"the anchor hash {anchor[:16]}… is not in the log: it was rewritten or replaced"]
        )
    data = {"ok": True, "file": str(path), "records": report.records, "last_hash": report.last_hash}
    app.emit(data, f"audit log OK: {report.records} records, last hash {report.last_hash}")


def _table(records: list[AuditRecord]) -> str:
    if not records:
        return "(no audit records)"
    lines = []
    for r in records:
        digest = (r.digest or "-")[:16]
        reasons = "; ".join(r.reasons)
        wid = r.withdrawal_id or "-"
        row = f"{r.seq:>5}  {r.time}  {r.event:<18} {r.decision:<9} {wid:<20} {digest:<16}"
        lines.append(f"{row}  {reasons}".rstrip())
    header = (
        f"{'seq':>5}  {'time':<20}  {'event':<18} {'decision':<9} {'withdrawal':<20} {'digest':<16}"
        "  reasons"
    )
    return "\n".join([header, *lines])
