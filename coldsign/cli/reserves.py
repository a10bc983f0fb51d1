"""`coldsign reserves …`: proof of reserves (issue 15 items 3-5).

`reserves btc build` makes a BIP-322 proof-of-funds payload over the wallet's UTXOs, approved and
signed with the usual `payload approve/combine/sign` (never finalized: `payload finalize` refuses
it); `reserves btc export` writes the proof, `reserves btc verify` checks it against a UTXO
snapshot. `reserves evm build` makes the EIP-191 ownership message payload of an EVM wallet over
the same snapshot message; `reserves evm export` writes the signed ones as OKX's CSV layout and
`reserves evm verify` checks such a CSV. `reserves report` puts verified reserves beside a
liabilities root. `reserves liabilities build` is what the exchange runs over its balances
table; `reserves liabilities verify` is what a customer runs on the proof they received. The pure
cores are coldsign/reserves/proofs.py and coldsign/reserves/.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coldsign.cli.app import App, InFile, OutFile
from coldsign.cli.payload import NewWithdrawal, documents, new_withdrawal_options, read_payload
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    PolicyViolation,
    TransportError,
    UsageError,
)
from coldsign.transport import files
from coldsign.units import is_ascii_decimal

if TYPE_CHECKING:
    from coldsign.reserves.liabilities import (
        Asset,
        LiabilitiesRoot,
        LiabilitiesTree,
        VerifiedInclusion,
    )

FORMATS = ["coldsign", "okx-v1", "okx-v2"]
OutDir = click.Path(file_okay=False, path_type=Path)

FILE_CAP = 64 * 1024 * 1024


@click.group()
def reserves() -> None:
    """Proof of reserves: Bitcoin proofs of funds, EVM ownership signatures, the report."""


@reserves.group()
def btc() -> None:
    """BIP-322 proof of funds over a Bitcoin wallet's UTXOs."""


@reserves.group()
def evm() -> None:
    """EIP-191 address-ownership signatures of EVM wallets (OKX's CSV layout)."""


def _snapshot_options(command: Any) -> Any:
    for option in reversed([
        click.option("--date", default=None, help="Snapshot time, UTC (default: now), e.g. "
                     "2026-12-31T00:00:00Z."),
        click.option("--height", type=click.IntRange(0, 10**9 - 1), default=None,
                     help="Bitcoin block height of the snapshot (default: from scantxoutset)."),
        click.option("--block-hash", default=None,
                     help="Its block hash (default: scantxoutset's bestblock)."),
    ]):  # fmt: skip
        command = option(command)
    return command


@btc.command("build")
@click.option("--wallet", "wallet_arg", default=None,
              help="Policy wallet name or descriptor (default: the one [proofs] wallet).")  # fmt: skip
@click.option("--utxos", "utxos_path", type=InFile, required=True,
              help="The UTXOs to prove: listunspent JSON, scantxoutset JSON or a snapshot file.")  # fmt: skip
@click.option("--prev-txs", "prev_txs_path", type=InFile, default=None,
              help="Their previous transactions (getrawtransaction hex lines or gettransaction "
                   "JSON), carried in the proof for verifiers.")  # fmt: skip
@click.option("--address-index", type=click.IntRange(0, 2**31 - 1), default=0, show_default=True,
              help="The receive address whose key signs the challenge (input 0).")  # fmt: skip
@click.option("--snapshot-out", type=OutFile, required=True,
              help="Where to write the snapshot (the UTXOs and block) verifiers check against.")  # fmt: skip
@_snapshot_options
@new_withdrawal_options
@click.pass_obj
def btc_build(
    app: App,
    wallet_arg: str | None,
    utxos_path: Path,
    prev_txs_path: Path | None,
    address_index: int,
    snapshot_out: Path,
    date: str | None,
    height: int | None,
    block_hash: str | None,
    meta: NewWithdrawal,
) -> None:
    """Build a proof-of-reserves payload: a BIP-322 proof of funds over every UTXO given, whose
    message names the snapshot (date, block height and hash)."""
    from coldsign.chains.bitcoin.build import _derivation_records, _locate, parse_previous_txs
    from coldsign.chains.bitcoin.module import wallet_of
    from coldsign.cli.payload import _bitcoin_network, write_new_payload
    from coldsign.codec import psbt as P
    from coldsign.messages import bip322
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    if meta.replaces is not None:
        raise UsageError("a proof replaces nothing")
    created = int(time.time())
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    network = _bitcoin_network(trusted, meta.network)
    rule = _proof_wallet(trusted.policy, network, wallet_arg)
    wallet = wallet_of(rule.descriptor or "", network)
    utxo_set = core.decode_utxo_set(files.read_capped(utxos_path, FILE_CAP))
    if not utxo_set.utxos:
        raise DecodeError("--utxos", "no UTXOs to prove")
    stamp = date or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    the_height = height if height is not None else utxo_set.height
    the_hash = block_hash or utxo_set.block_hash
    if the_height is None or the_hash is None:
        raise UsageError("give --height and --block-hash (or --utxos from scantxoutset)")
    snap = core.snapshot(stamp, network, the_hash, the_height)
    previous = (
        parse_previous_txs(files.read_capped(prev_txs_path, FILE_CAP)) if prev_txs_path else {}
    )
    kinds = (P.IN_BIP32_DERIVATION, P.IN_TAP_BIP32_DERIVATION, P.IN_TAP_INTERNAL_KEY,
             P.IN_REDEEM_SCRIPT, P.IN_WITNESS_SCRIPT)  # fmt: skip
    funds = []
    for outpoint, utxo in utxo_set.utxos.items():
        derived = _locate(wallet, utxo.script_pubkey, None)
        where = f"{outpoint.txid_hex}:{outpoint.vout}"
        if derived is None:
            raise DecodeError("--utxos", f"{where} does not derive from wallet {rule.name}")
        prev = previous.get(outpoint.txid)
        if prev is not None and (
            outpoint.vout >= len(prev.outputs) or prev.outputs[outpoint.vout] != utxo
        ):
            raise DecodeError("--prev-txs", f"{where}: the previous transaction pays otherwise")
        funds.append(bip322.FundsInput(outpoint, utxo, tuple(_derivation_records(derived, *kinds)),
                                       non_witness_utxo=prev))  # fmt: skip
    challenge = wallet.derive_at((0, address_index))
    psbt = bip322.create_psbt(
        snap.message,
        challenge.script_pubkey,
        records=_derivation_records(challenge, *kinds),
        funds=funds,
    )
    files.write_new(snapshot_out, core.encode_snapshot(snap, utxo_set.utxos), mode=0o644)
    app.info(f"snapshot: {snap.message}")
    write_new_payload(app, meta, trusted, created, "bitcoin", psbt.serialize(), kind="proof")


def _proof_wallet(policy: Any, network: Any, arg: str | None) -> Any:
    """The policy wallet to prove: by name, by descriptor, or the one [proofs] names."""
    candidates = policy.wallets_on("bitcoin", network.value)
    if arg is not None:
        for w in candidates:
            if arg in (w.name, w.descriptor):
                return w
        raise UsageError(f"--wallet {arg!r} is not a Bitcoin wallet of the policy on "
                         f"{network.value}")  # fmt: skip
    named = policy.proofs.wallets if policy.proofs is not None else ()
    found = [w for w in candidates if w.name in named]
    if len(found) != 1:
        raise UsageError("give --wallet (the policy's [proofs] does not name exactly one wallet)")
    return found[0]


@btc.command("export")
@click.argument("source", type=InFile)
@click.option("-o", "--out", type=OutFile, required=True, help="The proof file (JSON).")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.pass_obj
def btc_export(app: App, source: Path, out: Path, force: bool) -> None:
    """Write the BIP-322 proof of a signed proof payload (finalized as `pof…`, never as a
    transaction), after checking every signature."""
    from coldsign.codec.psbt import parse_psbt
    from coldsign.codec.script import address_from_script
    from coldsign.messages import bip322
    from coldsign.reserves import proofs as core
    from coldsign.transport import files
    from coldsign.units import Network

    p = read_payload(app, source)
    if p.kind != "proof" or p.chain != "bitcoin":
        raise UsageError("this is not a Bitcoin proof payload (reserves btc build)")
    psbt = parse_psbt(p.transaction)
    problems = bip322.is_proof_of_funds(psbt)
    if problems:
        raise PolicyViolation(problems)
    network = Network.parse(p.network or "")
    text = bip322.encode_signature(psbt, bip322.Format.PROOF_OF_FUNDS)
    message = (psbt.generic_signed_message or b"").decode("utf-8")
    first = psbt.spent_output(0)
    assert first is not None  # is_proof_of_funds checked input 0's UTXO
    address = address_from_script(first.script_pubkey, network)
    if address is None:
        raise DecodeError("proof", "the challenge has no address form")
    check = bip322.verify(address, message, text, network=network)
    if not check.unconditional:
        raise AuthenticationError([f"the proof does not verify: {'; '.join(check.reasons)}"])
    data = core.encode_btc_proof(core.BtcProof(network, address, message, text))
    digest = files.write_new(out, data, force=force, mode=0o644)
    app.emit(
        {"file": str(out), "sha256": digest.sha256, "address": address, "message": message,
         "utxos": len(check.inputs), "total_sat": str(check.total_sat)},
        f"proof of {len(check.inputs)} UTXO(s), {core.sat_to_btc(check.total_sat)} BTC → {out}",
    )  # fmt: skip


def _verified_btc(proof_path: Path, utxos_path: Path) -> Any:
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    proof = core.decode_btc_proof(files.read_capped(proof_path, FILE_CAP))
    utxo_set = core.decode_utxo_set(files.read_capped(utxos_path, FILE_CAP))
    return core.verify_btc_proof(proof, utxo_set)


@btc.command("verify")
@click.argument("proof_path", type=InFile, metavar="PROOF")
@click.option("--utxos", "utxos_path", type=InFile, required=True,
              help="The UTXO snapshot: the snapshot file, your node's scantxoutset or "
                   "listunspent JSON.")  # fmt: skip
@click.pass_obj
def btc_verify(app: App, proof_path: Path, utxos_path: Path) -> None:
    """Check every signature, every amount and the message of PROOF against the snapshot;
    print the total per script type (exit 5 if anything does not verify)."""
    from coldsign.reserves import proofs as core

    r = _verified_btc(proof_path, utxos_path)
    lines = [
        f"snapshot   {r.snapshot.date}  {r.snapshot.network.value} block {r.snapshot.height} "
        f"{r.snapshot.block_hash}",
        *(
            f"  {kind:<8} {count:>6} UTXO(s)  {core.sat_to_btc(sat)} BTC"
            for kind, count, sat in r.by_script_type
        ),
        f"total      {core.sat_to_btc(r.total_sat)} BTC ({r.total_sat:,} sat) in "
        f"{r.utxos_proven} of the snapshot's {r.utxos_in_snapshot} UTXO(s): every signature valid",
    ]
    app.emit(
        {"valid": True, "snapshot": {"date": r.snapshot.date, "network": r.snapshot.network.value,
                                     "height": r.snapshot.height,
                                     "block_hash": r.snapshot.block_hash},
         "total_sat": str(r.total_sat), "total_btc": str(core.sat_to_btc(r.total_sat)),
         "by_script_type": [{"type": k, "utxos": c, "sat": str(s)} for k, c, s in r.by_script_type],
         "utxos_proven": r.utxos_proven, "utxos_in_snapshot": r.utxos_in_snapshot},
        "\n".join(lines),
    )  # fmt: skip


@evm.command("build")
@click.option("--snapshot", "snapshot_path", type=InFile, default=None,
              help="The snapshot file `reserves btc build` wrote: its message is signed.")  # fmt: skip
@click.option("--message", "message_text", default=None, help="Or the snapshot message itself.")
@click.option("--chain-id", type=click.IntRange(1), required=True, help="The EVM chain id.")
@click.option("--address", default=None,
              help="The EVM wallet (default: the policy's only wallet on that chain id).")  # fmt: skip
@new_withdrawal_options
@click.pass_obj
def evm_build(
    app: App,
    snapshot_path: Path | None,
    message_text: str | None,
    chain_id: int,
    address: str | None,
    meta: NewWithdrawal,
) -> None:
    """Build the EIP-191 ownership message payload of one EVM wallet over the snapshot message."""
    from coldsign.chains.evm.build import wallet_by
    from coldsign.cli.message import message_request, write_message_payload
    from coldsign.codec.message_request import MessageFormat
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    if (snapshot_path is None) == (message_text is None):
        raise UsageError("give exactly one of --snapshot and --message")
    if message_text is None:
        assert snapshot_path is not None
        from coldsign.codec.jsontext import loads

        doc = loads(files.read_capped(snapshot_path, FILE_CAP), "snapshot")
        message_text = doc.get("message") if isinstance(doc, dict) else None
        if not isinstance(message_text, str):
            raise DecodeError("snapshot", "no message")
    if core.parse_snapshot_message(message_text) is None:
        app.warn("the message is not a coldsign snapshot message")
    created = int(time.time())
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    if address is None:
        address = wallet_by(trusted.policy, chain_id).address
    assert address is not None
    request, chain = message_request(trusted.policy, MessageFormat.EIP191, address, None,
                                     message_text.encode("utf-8"), network=None,
                                     chain_id=chain_id)  # fmt: skip
    write_message_payload(app, meta, trusted, created, request, chain)


@evm.command("export")
@click.argument("sources", type=InFile, nargs=-1, required=True)
@click.option("--balances", "balances_path", type=InFile, default=None,
              help='JSON {"ADDRESS": {"COIN": "AMOUNT", …}, …} at the snapshot (the amount '
                   "column; read from your node).")  # fmt: skip
@click.option("--height", default="-", help="The EVM block height of the snapshot (a column).")
@click.option("-o", "--out", type=OutFile, required=True, help="The CSV to publish.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.pass_obj
def evm_export(
    app: App, sources: tuple[Path, ...], balances_path: Path | None, height: str, out: Path,
    force: bool,
) -> None:  # fmt: skip
    """Write signed EIP-191 ownership payloads as OKX's address-ownership CSV (every signature
    checked again first)."""
    from coldsign.cli.message import signature_of
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    balances = _balances(files.read_capped(balances_path, FILE_CAP)) if balances_path else {}
    if not (height == "-" or is_ascii_decimal(height)):
        raise UsageError("--height is a block number")
    rows: list[core.OwnershipRow] = []
    for source in sources:
        p = read_payload(app, source)
        request, _raw, text = signature_of(p)
        if request.format.value != "eip191" or p.chain_id is None:
            raise UsageError(f"{source}: not an EIP-191 message payload")
        from coldsign.chains.evm.chains import native_symbol

        network = core.evm_network_name(p.chain_id)
        message = request.message.decode("utf-8")
        coins = balances.get(request.address.lower()) or {native_symbol(p.chain_id): ""}
        for coin, amount in sorted(coins.items()):
            rows.append(core.OwnershipRow(coin, network, height, request.address, amount, message,
                                          text))  # fmt: skip
    data = core.encode_okx_csv(rows)
    digest = files.write_new(out, data, force=force, mode=0o644)
    app.emit({"file": str(out), "sha256": digest.sha256, "rows": len(rows)},
             f"{len(rows)} row(s) → {out}")  # fmt: skip


def _balances(data: bytes) -> dict[str, dict[str, str]]:
    import re

    from coldsign.codec.jsontext import loads

    doc = loads(data, "balances", unique_keys=True)
    if not isinstance(doc, dict):
        raise DecodeError("balances", 'a JSON object {"ADDRESS": {"COIN": "AMOUNT"}}')
    out: dict[str, dict[str, str]] = {}
    for address, coins in doc.items():
        if not re.fullmatch("0x[0-9a-fA-F]{40}", address) or not isinstance(coins, dict):
            raise DecodeError("balances", f"{address!r}: an EVM address with an object of coins")
        for coin, amount in coins.items():
            if not re.fullmatch(r"[A-Za-z0-9.\-()]{1,32}", coin) or not isinstance(amount, str) \
                    or not re.fullmatch(r"[0-9]{1,40}(\.[0-9]{1,36})?", amount):  # fmt: skip
                raise DecodeError("balances", f"{address}: coin {coin!r} needs a decimal string")
        out[address.lower()] = dict(coins)
    return out


def _verified_rows(csv_path: Path) -> list[Any]:
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    rows = core.decode_ownership_csv(files.read_capped(csv_path, FILE_CAP))
    return [core.verify_ownership_row(r) for r in rows]


@evm.command("verify")
@click.argument("csv_path", type=InFile, metavar="CSV")
@click.pass_obj
def evm_verify(app: App, csv_path: Path) -> None:
    """Check every EVM row's signature against its address (exit 5 if one fails); rows of other
    chains are listed as skipped."""
    checks = _verified_rows(csv_path)
    failed = [c for c in checks if c.state == "failed"]
    lines = [
        f"{c.state:<9} {c.row.coin:<10} {c.row.network:<9} {c.row.address}"
        + (f"  ({c.scheme.value})" if c.scheme else "")
        + (f"  {c.reason}" if c.reason and c.state != "verified" else "")
        for c in checks
    ]
    if failed:
        raise AuthenticationError([f"{c.row.coin} {c.row.address}: {c.reason}" for c in failed])
    app.emit(
        {"rows": [{"coin": c.row.coin, "network": c.row.network, "address": c.row.address,
                   "amount": c.row.amount, "state": c.state,
                   "scheme": c.scheme.value if c.scheme else None} for c in checks]},
        "\n".join(lines),
    )  # fmt: skip


@reserves.command("report")
@click.option("--btc", "btc_proofs", type=InFile, multiple=True, help="A Bitcoin proof (repeat).")
@click.option("--utxos", "utxos_path", type=InFile, default=None,
              help="The UTXO snapshot the Bitcoin proofs are checked against.")  # fmt: skip
@click.option("--evm", "evm_csvs", type=InFile, multiple=True,
              help="An address-ownership CSV with amounts (repeat).")  # fmt: skip
@click.option("--liabilities", "root_path", type=InFile, required=True,
              help="The liabilities root (root.json of `reserves liabilities build`).")  # fmt: skip
@click.option("--require-full", is_flag=True, help="Exit 4 if any asset is under 100%.")
@click.pass_obj
def report_cmd(
    app: App,
    btc_proofs: tuple[Path, ...],
    utxos_path: Path | None,
    evm_csvs: tuple[Path, ...],
    root_path: Path,
    require_full: bool,
) -> None:
    """Verified reserves beside the liabilities root: the reserve ratio per asset, flagging any
    asset under 100%. Every proof and row is verified here again (exit 5 if one fails)."""
    from coldsign.reserves import proofs as core
    from coldsign.transport import files

    if btc_proofs and utxos_path is None:
        raise UsageError("--btc needs --utxos")
    held: dict[str, Decimal] = {}
    snapshots = set()
    for proof in btc_proofs:
        assert utxos_path is not None
        r = _verified_btc(proof, utxos_path)
        held["BTC"] = held.get("BTC", Decimal(0)) + core.sat_to_btc(r.total_sat)
        snapshots.add(r.snapshot.message)
    for path in evm_csvs:
        checks = _verified_rows(path)
        failed = [c for c in checks if c.state == "failed"]
        if failed:
            raise AuthenticationError([f"{path}: {c.row.address}: {c.reason}" for c in failed])
        for c in checks:
            if c.state == "verified" and c.row.amount:
                held[c.row.coin] = held.get(c.row.coin, Decimal(0)) + Decimal(c.row.amount)
                snapshots.add(c.row.message)
    liabilities = core.decode_liabilities_root(files.read_capped(root_path, FILE_CAP))
    ratios = core.reserve_ratios(held, liabilities)
    if len(snapshots) > 1:
        app.warn("the proofs sign different messages: " + " | ".join(sorted(snapshots)))
    if not liabilities.root_checked:
        app.warn("the liabilities root hash was not recomputed (reserves liabilities is not "
                 "installed): only its totals are read")  # fmt: skip
    lines = [f"liabilities root {liabilities.root_hash} ({liabilities.snapshot})"]
    for x in ratios:
        pct = "n/a (nothing owed)" if x.percent is None else f"{x.percent}%"
        flag = "  UNDER 100%" if x.flagged else ""
        lines.append(
            f"{x.asset:<8} reserves {_plain(x.reserves)}  liabilities {_plain(x.liabilities)}  "
            f"{pct}{flag}"
        )
    flagged = [x.asset for x in ratios if x.flagged]
    app.emit(
        {"liabilities_root": liabilities.root_hash, "snapshot": liabilities.snapshot,
         "root_checked": liabilities.root_checked, "messages": sorted(snapshots),
         "assets": [{"asset": x.asset, "reserves": _plain(x.reserves),
                     "liabilities": _plain(x.liabilities),
                     "percent": str(x.percent) if x.percent is not None else None,
                     "flagged": x.flagged} for x in ratios],
         "under_100": flagged},
        "\n".join(lines),
    )  # fmt: skip
    if require_full and flagged:
        raise PolicyViolation([f"{a}: reserves under 100% of liabilities" for a in flagged])


def _plain(amount: Decimal) -> str:
    """A decimal without trailing zeros or an exponent: 0.80000000 -> 0.8, 4.5E+1 -> 45."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@reserves.group()
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
            "totals": _amounts_json(root.assets, root.totals),
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
    type=click.Choice(FORMATS),
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
    does not lead to that root (altered, negative, or from another tree).
    """
    from coldsign.reserves import liabilities as core

    if (tree_file is not None) != (fmt == "okx-v2"):
        raise UsageError("--tree is needed with --format okx-v2 and only there")
    proof_data = files.read_capped(proof_file, cap=core.MAX_PROOF_BYTES)
    if fmt == "coldsign":
        root: core.LiabilitiesRoot | bytes
        if core.looks_like_root_hash(root_arg):
            root = core.decode_root_hash(root_arg)
        else:
            root_path = Path(root_arg)
            root = core.decode_root(
                files.read_capped(root_path, cap=core.MAX_PROOF_BYTES), root_path.name
            )
        result = core.verify_proof(core.decode_proof(proof_data, proof_file.name), root)
    else:
        from coldsign.reserves import okx

        if not core.looks_like_root_hash(root_arg):
            raise UsageError(f"--format {fmt} takes the root as its hash (64 hex digits)")
        root_hash = core.decode_root_hash(root_arg)
        if fmt == "okx-v1":
            result = okx.verify_proof_v1(
                okx.decode_proof_v1(proof_data, proof_file.name), root_hash
            )
        else:
            assert tree_file is not None
            info = okx.decode_user_info(proof_data, proof_file.name)
            tree = okx.decode_tree(
                files.read_capped(tree_file, cap=okx.MAX_TREE_BYTES), tree_file.name
            )
            result = okx.verify_user_info_v2(info, tree, root_hash)
    app.emit(_verified_json(result), lambda: _verified_text(result))


def _amounts_json(
    assets: tuple[Asset, ...], amounts: tuple[int, ...]
) -> dict[str, dict[str, str | int]]:
    return {
        a.name: {"base_units": str(v), "amount": a.format(v), "decimals": a.decimals}
        for a, v in zip(assets, amounts, strict=True)
    }


def _verified_json(result: VerifiedInclusion) -> dict[str, object]:
    return {
        "verified": True,
        "scheme": result.scheme,
        "customer": result.customer,
        "snapshot": result.snapshot,
        "balances": _amounts_json(result.assets, result.balances),
        "root_hash": result.root_hash.hex(),
        "totals": _amounts_json(result.assets, result.totals),
        "levels": result.depth,
        "tree_size": result.tree_size,
        "leaf_index": result.leaf_index,
    }


def _verified_text(result: VerifiedInclusion) -> str:
    width = max(len(a.name) for a in result.assets)
    where = f" in snapshot {result.snapshot}" if result.snapshot else ""
    lines = [f"Verified: customer {result.customer} is included{where} with these balances:"]
    for asset, amount in zip(result.assets, result.balances, strict=True):
        lines.append(f"  {asset.name:<{width}}  {asset.format(amount)}  ({amount} base units)")
    lines.append(f"root hash  {result.root_hash.hex()}")
    size = f" of a tree of {result.tree_size} leaves" if result.tree_size else ""
    lines.append(
        f"checked    {result.depth} levels{size}: no negative amount, every node the sum of its "
        "children, the path ends at this root"
    )
    totals = ", ".join(
        f"{a.name} {a.format(t)}" for a, t in zip(result.assets, result.totals, strict=True)
    )
    lines.append(f"totals     {totals} (all customers under this root)")
    return "\n".join(lines)
