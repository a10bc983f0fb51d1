"""`coldsign psbt`: show, combine, finalize and convert PSBTs (thin shell over codec.psbt)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    output_path,
    qr_input_options,
    qr_io_options,
    read_input,
    write_output,
)
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import UsageError

if TYPE_CHECKING:
    from coldsign.chains.bitcoin.summary import SpendSummary
    from coldsign.cli.layout import Line
    from coldsign.codec.final_txid import FinalTxid
    from coldsign.codec.psbt import Psbt
    from coldsign.units import Network

INPUT_FORMATS = click.Choice(["auto", "base64", "hex", "binary"])
FORCE = click.option("--force", is_flag=True, help="Replace an existing output file.")


def _load(app: App, path: Path | None, source: QrSource | None, fmt: str = "auto") -> Psbt:
    """Read one PSBT from a file (binary, base64 or hex; digest on stderr) or by QR scan."""
    from coldsign.codec.psbt import MAX_PSBT_BYTES, decode_psbt_text

    # base64 is 4/3 of the binary size; the decoder checks the binary cap again
    data = read_input(app, path, source, what="PSBT", cap=MAX_PSBT_BYTES * 2, expect="psbt")
    if path is None:
        fmt = "binary"  # the QR transport always yields the binary PSBT
    return decode_psbt_text(data, fmt)  # type: ignore[arg-type]


def _fallback_stem(psbt_obj: Psbt) -> str:
    return f"psbt-{psbt_obj.txid[:8]}"


@click.group("psbt", cls=CsGroup)
def psbt() -> None:
    """Show, combine, finalize and convert PSBTs (BIP-174 v0 and BIP-370 v2)."""


@psbt.command("show")
@click.argument("file", type=InFile, required=False)
@click.option("--descriptor", "descriptors", multiple=True, help="Wallet descriptor (repeatable).")
@click.option(
    "--network",
    default=None,
    help="mainnet, testnet, signet or regtest. Default: what the keys say (xpub: mainnet); "
    "asked for when they are test-network keys or name nothing.",
)
@click.option("--format", "fmt", type=INPUT_FORMATS, default="auto", show_default=True,
              help="How FILE is encoded (auto: binary, base64 or hex).")  # fmt: skip
@qr_input_options("file")
@click.pass_obj
def show_cmd(
    app: App,
    file: Path | None,
    descriptors: tuple[str, ...],
    network: str | None,
    fmt: str,
    qr_in: QrSource | None,
) -> None:
    """Review FILE (or a PSBT scanned with --qr): inputs, outputs (change marked), fee, warnings.

    Change is marked only for outputs that re-derive from a given --descriptor.
    """
    from coldsign.chains.bitcoin.summary import analyze
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.cli.network import choose_network, descriptor_evidence, psbt_evidence

    psbt_obj = _load(app, file, qr_in, fmt)
    evidence = [*descriptor_evidence(descriptors), *psbt_evidence(psbt_obj)]
    net = choose_network(network, evidence, "the PSBT")
    wallets = [Wallet.from_descriptor(d, net) for d in descriptors]
    from coldsign.codec.final_txid import final_txid

    summary = analyze(psbt_obj, wallets) if wallets else analyze(psbt_obj, _NoWallet(net))
    final = final_txid(psbt_obj)
    _review(summary, with_wallet=bool(wallets), final=final)
    from coldsign.cli.render import chain_json

    data = chain_json(summary.to_json())  # amounts as {value, unit, base_units} (formats.md)
    assert isinstance(data, dict)
    data["psbt_version"] = psbt_obj.version
    # "txid" stays the unsigned txid (as before); "final_txid" is null until it is determined.
    data["unsigned_txid"] = final.unsigned_txid
    data["final_txid"] = final.txid
    data["final_txid_pending_inputs"] = list(final.pending)
    app.emit(data, lambda: _text(summary, final))


class _NoWallet:
    """Stands in for a wallet when no descriptor is given: nothing is ours, nothing is change."""

    def __init__(self, network: Network) -> None:
        self.network = network

    def match(self, script_pubkey: bytes, claimed: Any) -> None:
        return None


def _review(summary: SpendSummary, *, with_wallet: bool, final: FinalTxid) -> None:
    """The review on stderr, fitted to the terminal (cli/layout.py): amounts in BTC and sat,
    outpoints, addresses and txids never split."""
    from coldsign.chains.bitcoin.module import btc_and_sat
    from coldsign.cli.layout import Atom, atoms, flow, terminal_width, write_lines

    width = terminal_width()
    out: list[Line] = []
    out += flow([Atom("PSBT", "bold"), Atom("unsigned txid"), Atom(summary.txid),
                 Atom(f"({summary.network.value})")], width)  # fmt: skip
    if final.txid is None:
        out += flow([Atom("final txid:"), *atoms(final.describe())], width)
    elif final.same_as_unsigned:
        out += flow([Atom("final txid:"), Atom(final.txid),
                     *atoms("(the same: no input adds a scriptSig)")], width)  # fmt: skip
    else:
        out += flow([Atom("final txid:", "bold"), Atom(final.txid, "bold"),
                     *atoms("(what explorers will show)")], width)  # fmt: skip
    inputs = [
        (str(i.index), i.prevout, i.script_type or "?",
         "unknown" if i.amount_sat is None else btc_and_sat(i.amount_sat),
         "yes" if i.ours else "no")
        for i in summary.inputs
    ]  # fmt: skip
    outputs = [
        (str(o.index), o.address or f"({o.script_type})", btc_and_sat(o.amount_sat),
         "change" if o.change else "")
        for o in summary.outputs
    ]  # fmt: skip
    out += _rows("inputs", ["#", "outpoint", "type", "amount", "ours"], inputs, width)
    out += _rows("outputs", ["#", "address", "amount", "change"], outputs, width)
    fee = "unknown" if summary.fee_sat is None else btc_and_sat(summary.fee_sat)
    rate = [] if summary.fee_rate is None else [Atom("at"), Atom(f"{summary.fee_rate:.2f} sat/vB")]
    out += flow(
        [Atom("sent"), Atom(btc_and_sat(summary.external_sat) + ","), Atom("change"),
         Atom(btc_and_sat(summary.change_sat) + ","), Atom("fee"), Atom(fee), *rate,
         *atoms(f"(~{summary.vsize} vB when signed)")],
        width,
    )  # fmt: skip
    if not with_wallet:
        note = "no --descriptor given: no output is recognised as change"
        out += flow(atoms(note, "yellow"), width)
    for w in summary.warnings:
        out += flow([Atom("warning:", "yellow"), *atoms(w)], width)
    write_lines(out)


def _rows(
    title: str, headers: list[str], rows: Sequence[tuple[str, ...]], width: int
) -> list[Line]:
    """A titled table when it fits `width`, else one block of lines per row."""
    from coldsign.cli.layout import Atom, Column, cell, fitted_table, flow

    columns = [Column(h, justify="right" if h == "amount" else "left") for h in headers]
    table = fitted_table(columns, [[cell(c) for c in row] for row in rows], width)
    lines = flow([Atom(f"{title} ({len(rows)}):", "bold")], width)
    if table is not None:
        return [*lines, *table]
    for row in rows:
        index, where, *rest = row
        lines += flow([Atom(f"#{index}"), *(Atom(c) for c in rest if c)], width, indent=2, sep="  ")
        lines += flow([Atom(where)], width, indent=6)
    return lines


def _text(summary: SpendSummary, final: FinalTxid) -> str:
    fee = "unknown" if summary.fee_sat is None else str(summary.fee_sat)
    final_text = final.txid or "unknown"
    return (
        f"unsigned_txid {summary.txid} final_txid {final_text} fee_sat {fee} vsize {summary.vsize}"
    )


@psbt.command("combine")
@click.argument("files", type=InFile, nargs=-1)
@click.option(
    "-o",
    "--out",
    type=OutPath,
    help="File or directory for the result (default: NAME-combined.psbt beside the first FILE).",
)
@click.option(
    "--to",
    "to_fmt",
    type=click.Choice(["binary", "base64", "hex"]),
    default="binary",
    show_default=True,
    help="Encoding of the combined PSBT.",
)
@FORCE
@qr_io_options("files", also_scan=True)
@click.pass_obj
def combine_cmd(
    app: App,
    files: tuple[Path, ...],
    out: Path | None,
    to_fmt: str,
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Merge the signatures and fields of several PSBTs of one transaction (BIP-174 combiner).

    With --qr, one more PSBT is scanned besides FILES, and the result is shown as QR codes.
    """
    from coldsign.codec.psbt import combine, encode_psbt

    if len(files) + (qr_in is not None) < 2:
        raise UsageError("combine needs at least two PSBTs (files, or files and --qr)")
    psbts = [_load(app, f, None) for f in files]
    if qr_in is not None:
        psbts.append(_load(app, None, qr_in))
    merged = combine(psbts)
    target = output_path(
        out,
        source=files[0] if files else None,
        fallback=_fallback_stem(merged),
        stage="combined",
        ext="psbt",
        beside_input=qr_out is None,
    )
    data = encode_psbt(merged, to_fmt)  # type: ignore[arg-type]
    result = write_output(app, data, target, kind="psbt", qr=qr_out, force=force)
    result.update(txid=merged.txid, out=str(target) if target else None)
    where = f" into {target}" if target else ""
    app.emit(result, f"combined {len(psbts)} PSBTs{where}")


@psbt.command("finalize")
@click.argument("file", type=InFile, required=False)
@click.option(
    "-o",
    "--out",
    type=OutPath,
    help="Also write the finalized PSBT to this file; for a directory, write the raw "
    "transaction there as NAME-final.txn (hex, as Coldcard does).",
)
@FORCE
@qr_io_options("file")
@click.pass_obj
def finalize_cmd(
    app: App,
    file: Path | None,
    out: Path | None,
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Finalize every input and print the raw transaction hex (exit 4 if signatures are missing).

    With --qr, FILE may be scanned instead, and the finalized PSBT is shown as QR codes.
    """
    from coldsign.codec.psbt import extract, finalize_complete, serialize_psbt

    loaded = _load(app, file, qr_in)
    if loaded.generic_signed_message is not None:
        # A BIP-322 to_sign PSBT is a signed message or a proof of reserves, never a transaction
        # to broadcast: its signature is exported by the command that built it.
        raise UsageError(
            "this PSBT carries a BIP-322 message (PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE): export its "
            "signature with `coldsign message export` or `coldsign reserves btc export`"
        )
    done = finalize_complete(loaded)
    tx = extract(done)
    raw = tx.serialize().hex()
    result: dict[str, Any] = {"txid": tx.txid_hex, "hex": raw, "vsize": tx.vsize}
    if out is not None and out.is_dir():
        txn = output_path(out, source=file, fallback=_fallback_stem(done), stage="final",
                          ext="txn")  # fmt: skip
        result.update(write_output(app, raw.encode("ascii"), txn, kind="bytes", qr=None,
                                   force=force))  # fmt: skip
        out = None
    if out is not None or qr_out is not None:
        written = write_output(app, serialize_psbt(done), out, kind="psbt", qr=qr_out, force=force)
        if out is not None:
            written["psbt_file"] = written.pop("file")
        result.update(written)
    app.emit(result, raw)


@psbt.command("convert")
@click.argument("file", type=InFile, required=False)
@click.option(
    "--to", "target", type=click.Choice(["v0", "v2", "base64", "hex", "binary"]), required=True,
    help="A version, v0 or v2 (BIP-370), written as base64; or an encoding (base64, hex, binary).",
)  # fmt: skip
@click.option(
    "-o",
    "--out",
    type=OutPath,
    help="Write here instead of stdout (binary needs -o); a directory gets NAME-<to>.psbt.",
)
@FORCE
@qr_io_options("file")
@click.pass_obj
def convert_cmd(
    app: App,
    file: Path | None,
    target: str,
    out: Path | None,
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Convert between PSBT versions (v0 / v2) or encodings (base64 / hex / binary).

    With --qr, FILE may be scanned instead, and the result is shown as QR codes (then it goes
    to stdout only if -o is not given and --qr is not either).
    """
    from coldsign.codec.psbt import encode_psbt, to_v0, to_v2

    psbt_obj = _load(app, file, qr_in)
    fmt: Literal["base64", "hex", "binary"] = "base64"
    if target == "v0":
        psbt_obj = to_v0(psbt_obj)
    elif target == "v2":
        psbt_obj = to_v2(psbt_obj)
    else:
        fmt = target  # type: ignore[assignment]
    data = encode_psbt(psbt_obj, fmt)
    path = output_path(out, source=file, fallback=_fallback_stem(psbt_obj),
                       stage=target, ext="psbt")  # type: ignore[arg-type]  # fmt: skip
    if path is not None or qr_out is not None:
        result = write_output(app, data, path, kind="psbt", qr=qr_out, force=force)
        result.update(out=str(path) if path else None, version=psbt_obj.version, format=fmt)
        app.emit(result, f"wrote {path}" if path else f"showed {fmt} PSBT v{psbt_obj.version}")
    elif fmt == "binary":
        raise UsageError("binary output needs -o FILE")
    else:
        app.emit({"psbt": data.decode(), "version": psbt_obj.version, "format": fmt}, data.decode())
