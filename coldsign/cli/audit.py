"""`coldsign audit`: show and verify the signer's hash-chained audit log (`<home>/audit.jsonl`)."""

from __future__ import annotations

import re

import click

from coldsign.cli.app import App
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import AuthenticationError, UsageError
from coldsign.home.audit import AuditRecord

_HASH = re.compile(r"[0-9a-f]{64}")


@click.group(cls=CsGroup)
def audit() -> None:
    """Show and verify the signer's audit log (append-only, hash-chained JSON Lines)."""


@audit.command("show")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Only the last N records.")
@click.pass_obj
def show_cmd(app: App, limit: int | None) -> None:
    """List the records of a log that verifies (a tampered log is exit 5; see `audit verify`)."""
    from coldsign import chains
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(app.home, chains.SPECS) as home:
        records = list(home.records)
    if limit is not None:
        records = records[len(records) - limit :] if limit else []
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
    """Check every record's hash and chain link, and that the documents the log accepted are
    on disk unchanged; exit 5 naming each broken record or file, 7 if there is no home."""
    from coldsign import chains
    from coldsign.home.signer_home import SignerHome

    if anchor is not None and not _HASH.fullmatch(anchor):
        raise UsageError("--anchor must be 64 lowercase hex characters")
    with SignerHome.open(app.home, chains.SPECS) as home:
        if anchor is not None and not home.contains_head(anchor):
            raise AuthenticationError(
                [f"the anchor hash {anchor[:16]}… is not in the log: it was rewritten or replaced"]
            )
        path, count, head = home.log_path, len(home.records), home.head
    data = {"ok": True, "file": str(path), "records": count, "last_hash": head}
    app.emit(data, f"audit log OK: {count} records, last hash {head}")


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
