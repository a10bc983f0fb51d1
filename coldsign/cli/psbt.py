"""`coldsign psbt`: show, combine, finalize and convert PSBTs (thin shell over codec.psbt)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from coldsign.cli.app import App
from coldsign.errors import UsageError

if TYPE_CHECKING:
    from coldsign.codec.psbt import Psbt
    from coldsign.policy.summary import SpendSummary
    from coldsign.units import Network

InFile = click.Path(exists=True, dir_okay=False, path_type=Path)
OutFile = click.Path(dir_okay=False, path_type=Path)
INPUT_FORMATS = click.Choice(["auto", "base64", "hex", "binary"])


def _load(path: Path, fmt: str) -> Psbt:
    from coldsign.codec.psbt import MAX_PSBT_BYTES, decode_psbt_text
    from coldsign.transport.files import read_capped

    # base64 is 4/3 of the binary size; the decoder checks the binary cap again
    return decode_psbt_text(read_capped(path, MAX_PSBT_BYTES * 2), fmt)  # type: ignore[arg-type]


def _write(app: App, out: Path, data: bytes) -> None:
    from coldsign.transport.files import write_new

    digest = write_new(out, data)
    app.info(f"wrote {out} ({digest.size} bytes, sha256 {digest.sha256})")


@click.group("psbt")
def psbt() -> None:
    """Show, combine, finalize and convert PSBTs (BIP-174 v0 and BIP-370 v2)."""


@psbt.command("show")
@click.argument("file", type=InFile)
@click.option("--descriptor", "descriptors", multiple=True, help="Wallet descriptor (repeatable).")
@click.option(
    "--network", default="mainnet", show_default=True, help="mainnet, testnet, signet, regtest."
)
@click.option("--format", "fmt", type=INPUT_FORMATS, default="auto", show_default=True)
@click.pass_obj
def show_cmd(app: App, file: Path, descriptors: tuple[str, ...], network: str, fmt: str) -> None:
    """Review FILE: inputs, outputs (change marked), fee and fee rate, warnings.

    Change is marked only for outputs that re-derive from a given --descriptor.
    """
    from coldsign.policy.summary import analyze
    from coldsign.units import Network
    from coldsign.wallet import Wallet

    net = Network.parse(network)
    psbt_obj = _load(file, fmt)
    wallets = [Wallet.from_descriptor(d, net) for d in descriptors]
    summary = analyze(psbt_obj, wallets) if wallets else analyze(psbt_obj, _NoWallet(net))
    _review(summary, with_wallet=bool(wallets))
    data = summary.to_json()
    data["psbt_version"] = psbt_obj.version
    app.emit(data, lambda: _text(summary))


class _NoWallet:
    """Stands in for a wallet when no descriptor is given: nothing is ours, nothing is change."""

    def __init__(self, network: Network) -> None:
        self.network = network

    def match(self, script_pubkey: bytes, claimed: Any) -> None:
        return None


def _review(summary: SpendSummary, *, with_wallet: bool) -> None:
    """The rich review on stderr."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True, highlight=False)
    console.print(f"[bold]PSBT[/bold] txid {summary.txid} ({summary.network.value})")
    inputs = Table(title="Inputs", title_justify="left")
    for col in ("#", "outpoint", "type", "amount (sat)", "ours"):
        inputs.add_column(col)
    for i in summary.inputs:
        amount = "unknown" if i.amount_sat is None else f"{i.amount_sat:,}"
        inputs.add_row(
            str(i.index), i.prevout, i.script_type or "?", amount, "yes" if i.ours else "no"
        )
    console.print(inputs)
    outputs = Table(title="Outputs", title_justify="left")
    for col in ("#", "address", "amount (sat)", "change"):
        outputs.add_column(col)
    for o in summary.outputs:
        change = "[green]change[/green]" if o.change else ""
        outputs.add_row(
            str(o.index), o.address or f"({o.script_type})", f"{o.amount_sat:,}", change
        )
    console.print(outputs)
    fee = "unknown" if summary.fee_sat is None else f"{summary.fee_sat:,} sat"
    rate = "" if summary.fee_rate is None else f", {summary.fee_rate:.2f} sat/vB"
    console.print(
        f"sent {summary.external_sat:,} sat, change {summary.change_sat:,} sat, fee {fee}{rate}, "
        f"~{summary.vsize} vB when signed"
    )
    if not with_wallet:
        console.print("[yellow]no --descriptor given: no output is recognised as change[/yellow]")
    for w in summary.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


def _text(summary: SpendSummary) -> str:
    fee = "unknown" if summary.fee_sat is None else str(summary.fee_sat)
    return f"txid {summary.txid} fee_sat {fee} vsize {summary.vsize}"


@psbt.command("combine")
@click.argument("files", type=InFile, nargs=-1, required=True)
@click.option(
    "-o", "--out", type=OutFile, required=True, help="PSBT file to create (never overwritten)."
)
@click.option(
    "--to",
    "to_fmt",
    type=click.Choice(["binary", "base64", "hex"]),
    default="binary",
    show_default=True,
)
@click.pass_obj
def combine_cmd(app: App, files: tuple[Path, ...], out: Path, to_fmt: str) -> None:
    """Merge the signatures and fields of several PSBTs of one transaction (BIP-174 combiner)."""
    from coldsign.codec.psbt import combine, encode_psbt

    if len(files) < 2:
        raise UsageError("combine needs at least two PSBT files")
    merged = combine([_load(f, "auto") for f in files])
    _write(app, out, encode_psbt(merged, to_fmt))  # type: ignore[arg-type]
    app.emit({"txid": merged.txid, "out": str(out)}, f"combined {len(files)} PSBTs into {out}")


@psbt.command("finalize")
@click.argument("file", type=InFile)
@click.option("-o", "--out", type=OutFile, help="Also write the finalized PSBT here.")
@click.pass_obj
def finalize_cmd(app: App, file: Path, out: Path | None) -> None:
    """Finalize every input and print the raw transaction hex (exit 4 if signatures are missing)."""
    from coldsign.codec.psbt import extract, finalize_complete, serialize_psbt

    done = finalize_complete(_load(file, "auto"))
    tx = extract(done)
    if out is not None:
        _write(app, out, serialize_psbt(done))
    raw = tx.serialize().hex()
    app.emit({"txid": tx.txid_hex, "hex": raw, "vsize": tx.vsize}, raw)


@psbt.command("convert")
@click.argument("file", type=InFile)
@click.option(
    "--to", "target", type=click.Choice(["v0", "v2", "base64", "hex", "binary"]), required=True
)
@click.option("-o", "--out", type=OutFile, help="Write here instead of stdout (binary needs -o).")
@click.pass_obj
def convert_cmd(app: App, file: Path, target: str, out: Path | None) -> None:
    """Convert between PSBT versions (v0 / v2) or encodings (base64 / hex / binary)."""
    from coldsign.codec.psbt import encode_psbt, to_v0, to_v2

    psbt_obj = _load(file, "auto")
    fmt: Literal["base64", "hex", "binary"] = "base64"
    if target == "v0":
        psbt_obj = to_v0(psbt_obj)
    elif target == "v2":
        psbt_obj = to_v2(psbt_obj)
    else:
        fmt = target  # type: ignore[assignment]
    data = encode_psbt(psbt_obj, fmt)
    if out is not None:
        _write(app, out, data)
        app.emit({"out": str(out), "version": psbt_obj.version, "format": fmt}, f"wrote {out}")
    elif fmt == "binary":
        raise UsageError("binary output needs -o FILE")
    else:
        app.emit({"psbt": data.decode(), "version": psbt_obj.version, "format": fmt}, data.decode())
