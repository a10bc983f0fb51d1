"""`coldsign reserves btc|evm|report`: proof of reserves (issue 15 items 3-4).

`reserves btc build` makes a BIP-322 proof-of-funds payload over the wallet's UTXOs, approved and
signed with the usual `payload approve/combine/sign` (never finalized: `payload finalize` refuses
it); `reserves btc export` writes the proof, `reserves btc verify` checks it against a UTXO
snapshot. `reserves evm build` makes the EIP-191 ownership message payload of an EVM wallet over
the same snapshot message; `reserves evm export` writes the signed ones as OKX's CSV layout and
`reserves evm verify` checks such a CSV. `reserves report` puts verified reserves beside a
liabilities root. The `reserves` group itself (cli/reserves.py) loads this module only for these
commands; the liabilities commands are in cli/liabilities.py. The pure core is
coldsign/reserves/proofs.py.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from coldsign.cli.app import App, InFile, OutFile
from coldsign.cli.payload import NewWithdrawal, documents, new_withdrawal_options, read_payload
from coldsign.errors import AuthenticationError, DecodeError, PolicyViolation, UsageError
from coldsign.transport import files
from coldsign.units import is_ascii_decimal

FILE_CAP = 64 * 1024 * 1024


@click.group()
def btc() -> None:
    """BIP-322 proof of funds over a Bitcoin wallet's UTXOs."""


@click.group()
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


@click.command("report")
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
