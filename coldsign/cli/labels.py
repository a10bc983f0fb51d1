"""`coldsign labels export | import`: BIP-329 wallet labels for the online side's review screens.

`export` writes JSON Lines from the whitelist (an `addr` record per Bitcoin entry) and from
withdrawal payloads (the transaction and each output: the whitelist label of its destination,
change marked and spendable). Both documents are checked first: the policy by its own admin
quorum, the whitelist by the policy's (exit 5). `import` validates a label file (exit 3 if
malformed) and shows it; coldsign keeps no label store of its own.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    digest_line,
    qr_input_options,
    qr_io_options,
    read_input,
    write_output,
)
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import UsageError

PAYLOAD_CAP = 32 * 1024 * 1024
LABELS_CAP = 64 * 1024 * 1024


@click.group(cls=CsGroup)
def labels() -> None:
    """BIP-329 wallet labels: export from the whitelist and withdrawals, import to review."""


@labels.command("export")
@click.argument("payloads", type=InFile, nargs=-1)
@click.option("--policy", "policy_path", type=InFile, default=None,
              help="Signed policy: checks the whitelist and recognises change (default: pinned).")  # fmt: skip
@click.option("--whitelist", "whitelist_path", type=InFile, default=None,
              help="Signed whitelist: its Bitcoin entries become addr labels.")  # fmt: skip
@click.option("-o", "--out", type=OutPath, default=None, help="Write the labels here (.jsonl).")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@qr_io_options("payloads", also_scan=False)
@click.pass_obj
def export_cmd(
    app: App,
    payloads: tuple[Path, ...],
    policy_path: Path | None,
    whitelist_path: Path | None,
    out: Path | None,
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Labels for the whitelist's addresses and for PAYLOADS' transactions and outputs."""
    from coldsign.cli.policy import pinned_policy, read_policy
    from coldsign.formats import bip329
    from coldsign.policy.trust import verify_manifest, verify_policy_self

    if not payloads and whitelist_path is None and qr_in is None:
        raise UsageError("give payload files and/or --whitelist")
    if policy_path is not None:
        trusted_policy = read_policy(app, policy_path, None)
        verify_policy_self(trusted_policy)
    else:
        trusted_policy = pinned_policy(app)
    policy = trusted_policy.policy
    whitelist = None
    records: list[bip329.Label] = []
    if whitelist_path is not None:
        from coldsign.cli.manifest import read_manifest
        from coldsign.policy.documents import DocumentKind

        trusted = read_manifest(app, whitelist_path, None, DocumentKind.WHITELIST)
        verify_manifest(trusted, policy, now=int(time.time()))
        whitelist = trusted.manifest
        records += bip329.address_labels(
            [(e.address, e.label) for e in whitelist.entries if e.chain == "bitcoin"]
        )
    sources: list[tuple[str, bytes]] = []
    for path in payloads:
        sources.append((str(path), read_input(app, path, None, what="payload", cap=PAYLOAD_CAP,
                                              expect="payload")))  # fmt: skip
    if qr_in is not None:
        sources.append(("scanned payload", read_input(app, None, qr_in, what="payload",
                                                      cap=PAYLOAD_CAP, expect="payload")))  # fmt: skip
    for name, data in sources:
        records += _payload_labels(app, name, data, policy, whitelist)
    body = bip329.encode_labels(records)
    result: dict[str, Any] = {"labels": len(records)}
    if out is not None or qr_out is not None:
        result.update(write_output(app, body, out, kind="text", qr=qr_out, force=force))
        app.emit(result, f"{len(records)} labels" + (f" → {out}" if out else ""))
    else:
        result["jsonl"] = body.decode()
        app.emit(result, body.decode().rstrip("\n"))


def _payload_labels(app: App, name: str, data: bytes, policy: Any, whitelist: Any) -> list[Any]:
    from coldsign.chains.bitcoin.module import BitcoinTx, wallet_of
    from coldsign.chains.bitcoin.summary import analyze
    from coldsign.codec.final_txid import final_txid
    from coldsign.codec.payload import parse_payload
    from coldsign.formats import bip329
    from coldsign.service.withdrawal import decode_withdrawal

    payload = parse_payload(data)
    tx = decode_withdrawal(payload).tx
    if not isinstance(tx, BitcoinTx):
        app.warn(f"{name}: an EVM withdrawal; BIP-329 labels Bitcoin transactions only")
        return []
    psbt, network = tx.psbt, tx.network
    final = final_txid(psbt)
    if final.txid is None:
        app.warn(f"{name}: {final.describe()}; its transaction is not labelled yet")
        return []
    wallets = [
        wallet_of(w.descriptor or "", network) for w in policy.wallets_on("bitcoin", network.value)
    ]
    summary = analyze(psbt, wallets) if wallets else None
    notes = []
    for index, txout in enumerate(psbt.unsigned_tx().outputs):
        change = bool(summary is not None and summary.outputs[index].change)
        entry = (
            whitelist.lookup("bitcoin", network.value, txout.script_pubkey.hex())
            if whitelist is not None
            else None
        )
        notes.append(bip329.OutputNote(index, change, entry.label if entry else None))
    if summary is None:
        app.warn(f"{name}: the policy has no {network.value} wallet; change is not marked")
    return bip329.withdrawal_labels(payload.withdrawal_id, payload.memo, final.txid, notes)


@labels.command("import")
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@click.pass_obj
def import_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
    """Validate a BIP-329 label file (exit 3 if malformed) and show its records."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from coldsign.formats import bip329

    data = read_input(app, source, qr_in, what="labels", cap=LABELS_CAP, expect="bytes")
    result = bip329.decode_labels(data)
    console = Console(stderr=True, highlight=False)
    table = Table(title=f"{len(result.labels)} labels", title_justify="left")
    for column in ("type", "ref", "label", "spendable"):
        table.add_column(column)
    for record in result.labels[:1000]:
        spendable = "" if record.spendable is None else str(record.spendable).lower()
        # Labels come from another machine: data, never markup.
        table.add_row(record.type.value, escape(record.ref), escape(record.label or ""), spendable)
    console.print(table)
    if len(result.labels) > 1000:
        console.print(f"... and {len(result.labels) - 1000} more (use --json for all)")
    if result.skipped:
        app.warn(f"{result.skipped} record(s) of types BIP-329 does not define were skipped")
    if result.truncated:
        app.warn(f"{result.truncated} label(s) longer than 255 characters were truncated")
    app.info(digest_line("validated", source.name if source else "scanned labels", data))
    app.emit(
        {"labels": [r.to_json() for r in result.labels], "skipped": result.skipped,
         "truncated": result.truncated},
        f"{len(result.labels)} labels valid",
    )  # fmt: skip
