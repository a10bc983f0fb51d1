"""`coldsign reserves liabilities …`: the liabilities Merkle-sum tree (issue 15.5).

`build` is what the exchange runs over its balances table; `verify` is what a customer runs on the
proof they received. This module is apart from the proof-of-reserves commands (cli/reserves.py)
because `verify` runs on customers' machines, often once per snapshot: it imports only click, the
pure core (coldsign/reserves/liabilities.py) and the file reader, not the signer's payload stack.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from coldsign.cli import inclusion
from coldsign.cli.app import App, InFile
from coldsign.errors import DecodeError, TransportError, UsageError
from coldsign.transport import files

if TYPE_CHECKING:
    from coldsign.reserves.liabilities import (
        LiabilitiesRoot,
        LiabilitiesTree,
    )

OutDir = click.Path(file_okay=False, path_type=Path)


@click.group()
def liabilities() -> None:
    """Build the liabilities Merkle-sum tree; verify one customer's inclusion."""


@liabilities.command("build")
@click.argument("balances", type=InFile, metavar="BALANCES.csv")
@click.option("-o", "--out", "out_dir", type=OutDir, required=True, help="Directory to write to.")
@click.option(
    "--snapshot",
    default=None,
    metavar="LABEL",
    help="Label committed in the root (default: the current UTC time, e.g. 2026-12-31T23:59Z).",
)
@click.option(
    "--decimals",
    "decimals_args",
    multiple=True,
    metavar="ASSET=N",
    help="Decimals of an asset, for display only (repeat per asset; default 0).",
)
@click.option(
    "--min-leaves",
    type=click.IntRange(2, 1 << 32),
    default=1024,
    show_default=True,
    help="Pad the tree to at least this many leaves (a power of two), so proofs of a small "
    "book do not tell its size.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes writing proofs in parallel (default: 2 where there are 2 or more CPUs).",
)
@click.option(
    "--split",
    is_flag=True,
    help="Also write one proof file per customer, DIR/proofs/<customer>.json (slow for millions).",
)
@click.pass_obj
def build_cmd(
    app: App,
    balances: Path,
    out_dir: Path,
    snapshot: str | None,
    decimals_args: tuple[str, ...],
    min_leaves: int,
    jobs: int | None,
    split: bool,
) -> None:
    """Build the tree from BALANCES.csv: DIR/root.json to publish, DIR/proofs.jsonl to hand out.

    BALANCES.csv: a header `customer_id,ASSET,...`, then one row per customer with integer
    balances in base units (satoshi, wei). Each line of proofs.jsonl is one customer's proof.
    """
    from coldsign.reserves.liabilities import (
        build_tree,
        check_snapshot_label,
        encode_root,
        parse_balances_csv,
    )

    decimals = _parse_decimals(decimals_args)
    if min_leaves & (min_leaves - 1):
        raise UsageError(f"--min-leaves {min_leaves}: must be a power of two")
    label = snapshot or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    try:
        check_snapshot_label(label)
    except DecodeError as exc:
        raise UsageError(f"--snapshot: {exc.reason}") from None
    root_path = out_dir / "root.json"
    proofs_path = out_dir / "proofs.jsonl"
    split_dir = out_dir / "proofs"
    for target in (root_path, proofs_path, *([split_dir] if split else [])):
        if target.exists():
            raise TransportError(f"{target} exists; refusing to overwrite it")
    try:
        out_dir.mkdir(exist_ok=True)
    except OSError as exc:
        raise TransportError(f"cannot create {out_dir}: {exc.strerror or exc}") from None

    book = parse_balances_csv(_lines_of(balances), decimals=decimals, what=balances.name)
    app.info(f"read {len(book)} customers and {len(book.assets)} assets from {balances}")
    tree = build_tree(book, snapshot=label, min_tree_size=min_leaves)
    if jobs is None:
        jobs = 2 if (os.cpu_count() or 1) >= 2 else 1
    written = [files.write_new_chunks(proofs_path, _proof_chunks(tree, jobs))]
    if split:
        try:
            split_dir.mkdir(mode=0o700)
        except OSError as exc:
            raise TransportError(f"cannot create {split_dir}: {exc.strerror or exc}") from None
        for customer, line in tree.proofs():
            files.write_new(split_dir / f"{customer}.json", line)
    written.append(files.write_new(root_path, encode_root(tree.root), mode=0o644))
    root = tree.root
    app.emit(
        {
            "root_hash": root.root_hash.hex(),
            "snapshot": root.snapshot,
            "customers": len(book),
            "tree_size": root.tree_size,
            "totals": inclusion.amounts_json(root.assets, root.totals),
            "files": [{"path": d.path, "sha256": d.sha256, "size": d.size} for d in written],
            "split": str(split_dir) if split else None,
        },
        lambda: _build_text(root, len(book), written, split_dir if split else None),
    )


_BLOCK_SLOTS = 2048  # leaves per block: about 5 MiB of proofs at 2,000,000 customers


def _proof_chunks(tree: LiabilitiesTree, jobs: int) -> Iterator[bytes]:
    """tree.proof_chunks(), with the blocks made by `jobs` forked workers, yielded in order.

    Proof text is most of a build's time. Worker w makes blocks w, w + jobs, ... and writes each
    whole block, length first, to its own pipe; this process reads the blocks round robin, so
    the output is byte for byte what one process writes. The tree is shared copy-on-write: it
    is held in a few large buffers that the workers only read, and gc.freeze() keeps the
    collector from touching every object in them.
    """
    size = tree.root.tree_size
    blocks = -(-size // _BLOCK_SLOTS)
    if jobs <= 1 or blocks < 2 or not hasattr(os, "fork"):
        yield from tree.proof_chunks(_BLOCK_SLOTS)
        return
    import gc
    import signal

    jobs = min(jobs, blocks)
    readers: list[int] = []
    workers: list[int] = []
    finished = False
    gc.freeze()
    try:
        for worker in range(jobs):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns, never runs this process's cleanup
                code = 1
                try:
                    os.close(read_end)
                    for fd in readers:
                        os.close(fd)
                    for block in range(worker, blocks, jobs):
                        start = block * _BLOCK_SLOTS
                        data = tree.proof_block(start, start + _BLOCK_SLOTS)
                        _write_all(write_end, len(data).to_bytes(8, "big") + data)
                    code = 0
                finally:
                    os._exit(code)
            workers.append(pid)
            os.close(write_end)
            readers.append(read_end)
        for block in range(blocks):
            fd = readers[block % jobs]
            remaining = int.from_bytes(_read_exact(fd, 8), "big")
            while remaining:
                chunk = os.read(fd, min(remaining, 1 << 20))
                if not chunk:
                    raise RuntimeError("a proof-writing worker stopped early")
                remaining -= len(chunk)
                yield chunk
        finished = True
    finally:
        for fd in readers:
            os.close(fd)
        failed = False
        for pid in workers:
            if not finished:
                os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            failed |= os.waitstatus_to_exitcode(status) != 0
        gc.unfreeze()
    if failed:
        raise RuntimeError("a proof-writing worker failed")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            raise RuntimeError("a proof-writing worker stopped early")
        data += chunk
    return data


def _parse_decimals(args: tuple[str, ...]) -> dict[str, int]:
    decimals: dict[str, int] = {}
    for arg in args:
        name, sep, places = arg.partition("=")
        if not sep or not name or not places.isascii() or not places.isdigit():
            raise UsageError(f"--decimals {arg!r}: expected ASSET=N, e.g. BTC=8")
        if name in decimals:
            raise UsageError(f"--decimals names {name} twice")
        decimals[name] = int(places)
    return decimals


def _lines_of(path: Path) -> Iterator[bytes]:
    """The file's lines, each read with a bound so that a file without newlines cannot fill memory."""
    from coldsign.reserves.liabilities import MAX_LINE_BYTES

    try:
        with open(path, "rb") as fh:
            while line := fh.readline(MAX_LINE_BYTES + 3):
                yield line
    except OSError as exc:
        raise TransportError(f"cannot read {path}: {exc.strerror or exc}") from None


def _build_text(
    root: LiabilitiesRoot, customers: int, written: list[files.FileDigest], split: Path | None
) -> str:
    lines = [
        f"root hash  {root.root_hash.hex()}",
        f"snapshot   {root.snapshot}",
        f"customers  {customers} in a tree of {root.tree_size} leaves",
    ]
    lines += [
        f"total      {a.name} {a.format(t)}" for a, t in zip(root.assets, root.totals, strict=True)
    ]
    lines += [f"wrote      {d.path}  sha256 {d.sha256}  {d.size} bytes" for d in written]
    if split is not None:
        lines.append(f"wrote      one proof per customer under {split}/")
    lines.append(
        "Publish root.json (or the root hash); give each customer their line of proofs.jsonl."
    )
    return "\n".join(lines)


@liabilities.command("verify")
@click.argument("proof_file", type=InFile, metavar="PROOF.json")
@click.option(
    "--root",
    "root_arg",
    required=True,
    metavar="ROOT.json|HEX",
    help="The root the exchange published: its root.json, or the root hash (64 hex digits).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(inclusion.FORMATS),
    default="coldsign",
    show_default=True,
    help="okx-v1: OKX's merkle_proof_file.json; okx-v2: OKX's user_info_file.json with --tree.",
)
@click.option(
    "--tree",
    "tree_file",
    type=InFile,
    default=None,
    help="okx-v2 only: the full-liabilities-merkle-tree.txt file.",
)
@click.pass_obj
def verify_cmd(app: App, proof_file: Path, root_arg: str, fmt: str, tree_file: Path | None) -> None:
    """Check that PROOF.json includes your balances under the published root; print them.

    Exit 0 when every check passes, 3 when a file cannot be read as a proof, 5 when the proof
    does not lead to that root (altered, negative, or from another tree). The console script
    runs a well-formed verify without click (cli/inclusion.py); this command is its definition
    and handles everything else.
    """
    result = inclusion.verify_inclusion(proof_file, root_arg, fmt, tree_file)
    app.emit(inclusion.verified_json(result), lambda: inclusion.verified_text(result))
