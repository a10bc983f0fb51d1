"""`coldsign payload …`: wrap, review, approve, combine, sign, finalize and export withdrawals.

`sign` runs DESIGN.md §3 in order: decode (3) → documents (5) → approvals, destinations, fees,
limits (4/5, every reason at once) → review and confirmation (6) → keys → sign and verify →
audit record → output. A refusal is audited too, and nothing is written.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InFile, OutFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    output_path,
    qr_input_options,
    qr_io_options,
    qr_output_options,
    read_input,
)
from coldsign.cli.gap import write_output as write_result
from coldsign.cli.policy import load_policy_file, write_output
from coldsign.cli.seedsource import SeedSource, load_seed, seed_source_options
from coldsign.errors import AuthenticationError, ColdsignError, DecodeError, NotOurs
from coldsign.policy.documents import DocumentKind
from coldsign.transport.formats import Kind


@click.group()
def payload() -> None:
    """Build, approve, sign and finalize withdrawal payloads."""


# --- loading ----------------------------------------------------------------------------------


PAYLOAD_CAP = 32 * 1024 * 1024


def read_payload(app: App, path: Path | None, qr_in: QrSource | None = None) -> Any:
    """A payload from a file or scanned QR codes; its size and SHA-256 go to stderr."""
    from coldsign.codec.payload import parse_payload

    return parse_payload(
        read_input(app, path, qr_in, what="payload", cap=PAYLOAD_CAP, expect="payload")
    )


def trusted_from_files(
    app: App,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
    *,
    now: int,
) -> Any:
    """The documents to judge by: given files (verified) or, by default, the signer's home."""
    from coldsign.cli.manifest import load_manifest_file
    from coldsign.policy.checks import Trusted
    from coldsign.state import SignerState, verify_policy_self

    state = SignerState(app.home)
    if policy_path is not None:
        tp = load_policy_file(policy_path)
        verify_policy_self(tp)
    else:
        tp = state.pinned_policy()
    manifests = {}
    for kind, path in (
        (DocumentKind.WHITELIST, whitelist_path),
        (DocumentKind.DENYLIST, denylist_path),
    ):
        tm = (
            load_manifest_file(path, kind)
            if path is not None
            else (state.manifest(kind) if policy_path is None else None)
        )
        if tm is not None:
            state.verify_manifest(tm, tp.policy, now=now)
        manifests[kind] = tm
    wl, dl = manifests[DocumentKind.WHITELIST], manifests[DocumentKind.DENYLIST]
    return Trusted(
        tp.policy,
        tp.document.hash,
        wl.manifest if wl else None,
        wl.document.hash if wl else None,
        dl.manifest if dl else None,
        dl.document.hash if dl else None,
    )


def ledger_inputs(app: App, w: Any, trusted: Any, verdict_asset: Any, now: int) -> dict[str, Any]:
    from coldsign.state import SignerState

    state = SignerState(app.home)
    entries = state.ledger()
    previous = next(
        (e.content_digest for e in entries if e.withdrawal_id == w.payload.withdrawal_id), None
    )
    from coldsign.withdrawal import nonce_key

    key = nonce_key(w)
    previous_for_nonce = (
        next((e.content_digest for e in entries if e.nonce_key == key), None) if key else None
    )
    spent = 0
    if verdict_asset is not None and verdict_asset.velocity is not None:
        since = now - verdict_asset.velocity.period_seconds
        spent = state.spent_since(verdict_asset.ledger_key, since, w.payload.withdrawal_id)
    return {
        "spent_in_window": spent,
        "previous_digest_for_id": previous,
        "previous_digest_for_nonce": previous_for_nonce,
    }


def judge(app: App, w: Any, trusted: Any, now: int, *, with_ledger: bool) -> tuple[Any, Any]:
    from coldsign.withdrawal import asset_for, review

    asset = asset_for(w, trusted.policy)
    ledger = (
        ledger_inputs(app, w, trusted, asset, now)
        if with_ledger
        else {"spent_in_window": 0, "previous_digest_for_id": None}
    )
    return review(w, trusted, now=now, **ledger)


# --- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewWithdrawal:
    """What `payload import` and `payload build` share: the withdrawal's metadata and bindings."""

    withdrawal_id: str
    initiator: str
    expires: str
    policy_path: Path
    whitelist_path: Path
    denylist_path: Path | None
    network: str | None
    memo: str
    out: Path | None
    force: bool
    qr_out: QrOptions | None


def new_withdrawal_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the shared options; the command receives them as one `NewWithdrawal` named `meta`."""
    options = [
        click.option("--id", "withdrawal_id", required=True, help="Unique; signed at most once."),
        click.option("--initiator", required=True, help="Who initiates the withdrawal."),
        click.option("--expires", default="24h", show_default=True, help="Lifetime, e.g. 24h."),
        click.option("--policy", "policy_path", type=InFile, required=True, help="Signed policy."),
        click.option("--whitelist", "whitelist_path", type=InFile, required=True),
        click.option("--denylist", "denylist_path", type=InFile, default=None),
        click.option("--network", default=None, help="Default: the policy's wallet network."),
        click.option("--memo", default="", help="Shown to approvers and bound by the approvals."),
        click.option("-o", "--out", type=OutFile, default=None, help="The new payload file."),
        click.option("--force", is_flag=True, help="Replace OUT if it exists."),
    ]
    fields = {f for f in NewWithdrawal.__dataclass_fields__}

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        meta = NewWithdrawal(**{k: kwargs.pop(k) for k in list(kwargs) if k in fields})
        command(*args, meta=meta, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return qr_output_options(wrapper)


@payload.command("import")
@click.argument("source", type=InFile, required=False)
@click.option("--qr-from", "psbt_qr_from", multiple=True, metavar="DIR|-|IMAGE",
              help="Scan the PSBT from QR frames (a directory, images, or - for stdin lines).")  # fmt: skip
@new_withdrawal_options
@click.pass_obj
def import_cmd(
    app: App, source: Path | None, psbt_qr_from: tuple[str, ...], meta: NewWithdrawal
) -> None:
    """Wrap a PSBT (from Bitcoin Core, Sparrow or any wallet) into a withdrawal payload."""
    from coldsign.codec.psbt import MAX_PSBT_BYTES, decode_psbt_text

    qr_in = QrSource.from_options(psbt_qr_from) if psbt_qr_from else None
    if qr_in is None and source is None and meta.qr_out is not None:
        qr_in = QrSource(device=0)  # `--qr` alone: scan the PSBT with the camera, show the payload
    raw = read_input(app, source, qr_in, what="PSBT", cap=MAX_PSBT_BYTES * 2, expect="psbt")
    psbt = decode_psbt_text(raw)
    created = int(time.time())
    trusted = trusted_from_files(
        app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created
    )
    write_new_payload(app, meta, trusted, psbt.serialize(), created)


@payload.command("build")
@click.option(
    "--chain", type=click.Choice(["bitcoin", "ethereum"]), default="bitcoin", show_default=True
)
@click.option("--wallet", "wallet_desc", help="Bitcoin: the wallet's descriptor (<0;1>/*).")
@click.option("--utxos", "utxos_path", type=InFile, help="Bitcoin: listunspent JSON.")
@click.option(
    "--to", "recipients", multiple=True, required=True,
    help="Bitcoin: ADDRESS:AMOUNT_BTC (repeatable). EVM: the beneficiary ADDRESS.",
)  # fmt: skip
@click.option("--fee-rate", help="Bitcoin: sat/vB, e.g. 12 or 12.5.")
@click.option("--change-index", type=int, default=0, show_default=True)
@click.option("--chain-id", type=click.IntRange(1), help="EVM: EIP-155 chain id.")
@click.option("--from-path", help="EVM: the sending wallet's path, as in the policy.")
@click.option("--from", "from_address", help="EVM: the sending wallet's address.")
@click.option("--value", help="EVM: ETH to send: 1.5eth, 30gwei or an integer of wei.")
@click.option("--token", help="EVM: the token symbol the policy declares (ERC-20 transfer).")
@click.option("--amount", help="EVM: the token amount in token units, e.g. 1500.25.")
@click.option("--nonce", type=click.IntRange(0, 2**64 - 2), help="EVM: the account nonce.")
@click.option("--gas-limit", type=click.IntRange(0, 2**63), help="EVM: gas limit.")
@click.option("--max-fee-per-gas", help="EVM type 2: e.g. 40gwei.")
@click.option("--max-priority-fee-per-gas", help="EVM type 2: e.g. 2gwei.")
@click.option("--type", "tx_kind", type=click.Choice(["eip1559", "legacy"]), default="eip1559")
@click.option("--gas-price", help="EVM legacy (EIP-155): e.g. 30gwei.")
@new_withdrawal_options
@click.pass_obj
def build_cmd(app: App, /, chain: str, meta: NewWithdrawal, **options: Any) -> None:
    """Build a withdrawal: Bitcoin from a UTXO list (inputs chosen, change added, full
    derivation data), or an EVM transfer of ETH or an ERC-20 token from a policy wallet."""
    evm_only = ("chain_id", "from_path", "from_address", "value", "token", "amount", "nonce",
                "gas_limit", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price")  # fmt: skip
    bitcoin_only = ("wallet_desc", "utxos_path", "fee_rate")
    wrong = evm_only if chain == "bitcoin" else bitcoin_only
    given = [name for name in wrong if options[name] is not None]
    if given:
        from coldsign.errors import UsageError

        flag = {p.name: p.opts[0] for p in click.get_current_context().command.params}
        raise UsageError(f"not for --chain {chain}: {', '.join(flag[n] for n in given)}")
    created = int(time.time())
    trusted = trusted_from_files(
        app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created
    )
    if chain == "ethereum":
        _build_evm(app, trusted, meta, created, options)
        return
    _build_bitcoin(app, trusted, meta, created, options)


def _build_bitcoin(
    app: App, trusted: Any, meta: NewWithdrawal, created: int, options: dict[str, Any]
) -> None:
    from decimal import Decimal, InvalidOperation

    from coldsign.build import build_psbt, parse_recipient, parse_utxos
    from coldsign.errors import UsageError
    from coldsign.transport.files import read_capped
    from coldsign.wallet import Wallet

    missing = [f for f in ("wallet_desc", "utxos_path", "fee_rate") if options[f] is None]
    if missing:
        raise UsageError("Bitcoin needs --wallet, --utxos and --fee-rate")
    net = _bitcoin_network(trusted.policy, meta.network)
    wallet = Wallet.from_descriptor(options["wallet_desc"], net)
    try:
        rate = Decimal(options["fee_rate"])
    except InvalidOperation:
        raise DecodeError("--fee-rate", "not a number") from None
    if not rate.is_finite() or rate <= 0 or rate > 10_000:
        raise DecodeError("--fee-rate", "must be between 0 and 10000 sat/vB")
    utxos = parse_utxos(read_capped(options["utxos_path"]), wallet)
    recipients = [parse_recipient(r, net) for r in options["recipients"]]
    psbt = build_psbt(
        wallet, utxos, recipients, fee_rate=rate, change_index=options["change_index"]
    )
    write_new_payload(app, meta, trusted, psbt.serialize(), created)


def _build_evm(
    app: App, trusted: Any, meta: NewWithdrawal, created: int, options: dict[str, Any]
) -> None:
    from coldsign.errors import UsageError
    from coldsign.evm.build import EvmRequest, TxKind, build_evm_tx
    from coldsign.evm.tx import encode_unsigned

    if meta.network is not None:
        raise UsageError("EVM withdrawals take --chain-id, not --network")
    missing = [
        "--" + f.replace("_", "-")
        for f in ("chain_id", "nonce", "gas_limit")
        if options[f] is None
    ]
    if missing:
        raise UsageError(f"--chain ethereum needs {', '.join(missing)}")
    if len(options["recipients"]) != 1:
        raise UsageError("an EVM withdrawal has exactly one --to")
    request = EvmRequest(
        chain_id=options["chain_id"],
        from_path=options["from_path"],
        from_address=options["from_address"],
        to=options["recipients"][0],
        value=options["value"],
        token=options["token"],
        amount=options["amount"],
        nonce=options["nonce"],
        gas_limit=options["gas_limit"],
        kind=TxKind(options["tx_kind"]),
        max_fee_per_gas=options["max_fee_per_gas"],
        max_priority_fee_per_gas=options["max_priority_fee_per_gas"],
        gas_price=options["gas_price"],
    )
    sender, tx = build_evm_tx(trusted.policy, request)
    write_new_payload(
        app, meta, trusted, encode_unsigned(tx), created,
        chain="ethereum", chain_id=request.chain_id, sender=sender.raw,
    )  # fmt: skip


def _bitcoin_network(policy: Any, network: str | None) -> Any:
    from coldsign.errors import UsageError
    from coldsign.policy.config import Chain
    from coldsign.units import Network

    if network is not None:
        return Network.parse(network)
    networks = {w.network for w in policy.wallets if w.chain is Chain.BITCOIN}
    if len(networks) != 1:
        raise UsageError(
            "the policy has Bitcoin wallets on several networks (or none): give --network"
        )
    return networks.pop()


def write_new_payload(
    app: App,
    meta: NewWithdrawal,
    trusted: Any,
    transaction: bytes,
    created: int,
    *,
    chain: str = "bitcoin",
    chain_id: int | None = None,
    sender: bytes | None = None,
) -> None:
    """Bind a transaction (a Bitcoin PSBT, or an EVM unsigned transaction with its sender) to
    the verified documents `trusted` and write the new payload."""
    from coldsign.codec.payload import Payload, parse_payload, serialize_payload
    from coldsign.units import parse_duration
    from coldsign.withdrawal import decode_withdrawal, tx_material

    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    network = _bitcoin_network(trusted.policy, meta.network) if chain == "bitcoin" else None
    p = Payload(
        chain=chain,
        network=network.value if network is not None else None,
        chain_id=chain_id,
        sender=sender,
        withdrawal_id=meta.withdrawal_id,
        created=created,
        expires=created + parse_duration(meta.expires, "--expires"),
        initiator=meta.initiator,
        memo=meta.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=transaction,
    )
    data = serialize_payload(p)
    tx_material(decode_withdrawal(parse_payload(data)))  # what we wrote decodes and is approvable
    result = write_output(app, meta.out, data, meta.force, meta.qr_out)
    app.emit(
        {**result, "withdrawal_id": meta.withdrawal_id},
        f"payload {meta.withdrawal_id} → {meta.out or 'QR'}",
    )


@payload.command("show")
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@click.option(
    "--policy", "policy_path", type=InFile, default=None, help="Signed policy (default: pinned)."
)
@click.option("--whitelist", "whitelist_path", type=InFile, default=None)
@click.option("--denylist", "denylist_path", type=InFile, default=None)
@click.pass_obj
def show_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
) -> None:
    """The review screen: destinations with labels, change, fee, approvals, digest, verdict."""
    from coldsign.cli.render import review_data, review_screen
    from coldsign.withdrawal import decode_withdrawal

    now = int(time.time())
    w = decode_withdrawal(read_payload(app, source, qr_in))
    trusted = trusted_from_files(app, policy_path, whitelist_path, denylist_path, now=now)
    verdict, summary = judge(app, w, trusted, now, with_ledger=policy_path is None)
    data = review_data(w, trusted, verdict, summary)
    if not app.json:
        review_screen(w, trusted, verdict, summary)
    app.emit(data, f"verdict: {'would sign' if verdict.ok else 'would refuse'}")


@payload.command("approve")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@click.option("--key", "key_path", type=InFile, required=True, help="Approver role key file.")
@click.option("--passphrase-fd", type=int, default=None)
@click.option(
    "--policy", "policy_path", type=InFile, default=None, help="Signed policy (default: pinned)."
)
@click.option("--whitelist", "whitelist_path", type=InFile, default=None)
@click.option("--denylist", "denylist_path", type=InFile, default=None)
@click.option("-o", "--out", type=OutFile, required=True)
@click.option("--force", is_flag=True)
@click.pass_obj
def approve_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
    key_path: Path,
    passphrase_fd: int | None,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
    out: Path | None,
    force: bool,
) -> None:
    """Review SOURCE and add your approval over its recomputed approval digest."""
    from coldsign.cli.key import unlock_role_key
    from coldsign.cli.render import review_screen
    from coldsign.codec.payload import serialize_payload
    from coldsign.keys.rolekey import Role
    from coldsign.policy.approval import digest_words, make_approval
    from coldsign.withdrawal import decode_withdrawal

    now = int(time.time())
    w = decode_withdrawal(read_payload(app, source, qr_in))
    trusted = trusted_from_files(app, policy_path, whitelist_path, denylist_path, now=now)
    verdict, summary = judge(app, w, trusted, now, with_ledger=False)
    review_screen(w, trusted, verdict, summary)
    if w.payload.policy_hash.hex() != trusted.policy_hash:
        raise AuthenticationError(["policy_hash: the payload was made for another policy"])
    prompts.confirm(
        app,
        f"Approve withdrawal {w.payload.withdrawal_id} (digest {' '.join(digest_words(verdict.digest))})?",
    )
    key = unlock_role_key(app, key_path, passphrase_fd, role=Role.APPROVER)
    try:
        if trusted.policy.approver(key.public_key) is None:
            raise AuthenticationError([f"{key.name}'s key is not an approver in the policy"])
        approval = make_approval(key, verdict.digest, now)
        name = key.name
    finally:
        key.wipe()
    updated = w.payload.with_approval(approval)
    result = write_output(app, out, serialize_payload(updated), force, qr_out)
    app.emit(
        {
            **result,
            "approver": name,
            "digest": verdict.digest.hex(),
            "approvals": len(updated.approvals),
        },
        f"approved by {name}: {len(updated.approvals)} approval(s) → {out or 'QR'}",
    )


@payload.command("combine")
@click.argument("sources", type=InFile, nargs=-1)
@qr_io_options("sources", also_scan=True)
@click.option("-o", "--out", type=OutFile, default=None)
@click.option("--force", is_flag=True)
@click.pass_obj
def combine_cmd(
    app: App,
    sources: tuple[Path, ...],
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
    out: Path | None,
    force: bool,
) -> None:
    """Merge the approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal.

    With --qr, one more copy is scanned besides the files given."""
    from coldsign.codec.payload import serialize_payload
    from coldsign.errors import UsageError

    payloads = [read_payload(app, p) for p in sources]
    names = [str(p) for p in sources]
    if qr_in is not None:
        payloads.append(read_payload(app, None, qr_in))
        names.append("scanned QR")
    if not payloads:
        raise UsageError("give the payload copies to combine (files, or --qr to scan one)")
    combined = combine_payloads(payloads, names)
    result = write_output(app, out, serialize_payload(combined), force, qr_out)
    app.emit(
        {**result, "approvals": len(combined.approvals)},
        f"combined {len(payloads)} cop(ies): {len(combined.approvals)} approval(s) → "
        f"{out or 'QR'}",
    )


def combine_payloads(payloads: list[Any], names: list[str]) -> Any:
    """Approvals of the same withdrawal merged; a different withdrawal is refused (exit 5)."""
    base = payloads[0]

    def identity(p: Any) -> Any:
        return replace(p, approvals=(), transaction=b"", signed_transaction=None)

    different = [
        n for p, n in zip(payloads[1:], names[1:], strict=True) if identity(p) != identity(base)
    ]
    if different:
        raise AuthenticationError(
            [f"{n}: a different withdrawal (id, metadata or bindings differ)" for n in different]
        )
    transaction = base.transaction
    if base.chain == "bitcoin" and any(p.transaction != base.transaction for p in payloads[1:]):
        from coldsign.codec.psbt import combine, parse_psbt

        try:
            transaction = combine([parse_psbt(p.transaction) for p in payloads]).serialize()
        except DecodeError as exc:
            raise AuthenticationError([f"transactions differ: {exc}"]) from None
    elif any(p.transaction != base.transaction for p in payloads[1:]):
        raise AuthenticationError(["transactions differ"])
    merged = replace(base, transaction=transaction)
    for p in payloads[1:]:
        for a in p.approvals:
            if all(x.public_key != a.public_key for x in merged.approvals):
                merged = merged.with_approval(a)
    return merged


@payload.command("sign")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@seed_source_options
@click.option("-o", "--out", type=OutFile, default=None)
@click.option("--force", is_flag=True)
@click.pass_obj
def sign_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
    seed_source: SeedSource,
    out: Path | None,
    force: bool,
) -> None:
    """Check SOURCE against everything in DESIGN.md §3; only then load keys and sign."""
    from coldsign.audit import AuditLog
    from coldsign.cli.render import review_screen
    from coldsign.codec.payload import parse_payload
    from coldsign.state import SignerState
    from coldsign.withdrawal import decode_withdrawal

    now = int(time.time())
    state = SignerState(app.home)
    audit = AuditLog(state.audit_path)
    if out is None and qr_out is None:
        from coldsign.errors import UsageError

        raise UsageError("nowhere to put the signed payload: give -o FILE or --qr")
    if out is not None and not force and (out.exists() or out.is_symlink()):
        # Checked before anything is signed, so the audit log never says "signed" for an output
        # that could not be released (write_new checks again, atomically).
        from coldsign.errors import TransportError

        raise TransportError(f"{out} exists; nothing was signed (use --force to replace it)")
    raw = read_input(app, source, qr_in, what="payload", cap=PAYLOAD_CAP, expect="payload")
    withdrawal_id = None
    try:
        p = parse_payload(raw)
        withdrawal_id = p.withdrawal_id
        w = decode_withdrawal(p)
        trusted = trusted_from_files(app, None, None, None, now=now)
        _check_ledger(state)
        verdict, summary = judge(app, w, trusted, now, with_ledger=True)
        verdict.enforce()
    except ColdsignError as exc:
        if state.home.exists():
            audit.append(
                "sign",
                withdrawal_id=withdrawal_id,
                digest=None,
                decision="refused",
                reasons=exc.reasons(),
                details={"exit_code": int(exc.exit_code)},
            )
        raise
    review_screen(w, trusted, verdict, summary)
    prompts.confirm(app, f"Sign withdrawal {p.withdrawal_id}?")
    seed = load_seed(app, seed_source, ask_passphrase_by_default=True)
    try:
        signed_payload, report = sign_withdrawal(w, seed, trusted.policy)
    except ColdsignError as exc:  # e.g. nothing signed (exit 8): audited like any refusal
        audit.append(
            "sign",
            withdrawal_id=p.withdrawal_id,
            digest=verdict.digest.hex(),
            decision="refused",
            reasons=exc.reasons(),
            details={"exit_code": int(exc.exit_code)},
        )
        raise
    finally:
        seed.wipe()
    from coldsign.state import LedgerEntry
    from coldsign.withdrawal import nonce_key

    asset = verdict.asset
    if not verdict.already_signed:
        state.record(
            LedgerEntry(
                p.withdrawal_id,
                verdict.digest.hex(),
                asset.ledger_key,
                verdict.amount,
                now,
                nonce_key=nonce_key(w),
            )
        )
    audit.append(
        "sign",
        withdrawal_id=p.withdrawal_id,
        digest=verdict.digest.hex(),
        decision="signed",
        reasons=[],
        details={
            "amount": str(verdict.amount),
            "asset": asset.symbol,
            "fee": str(verdict.fee),
            "inputs_signed": report,
            "approvers": list(verdict.approvals.valid_approvers),
        },
    )
    from coldsign.codec.payload import serialize_payload

    result = write_output(app, out, serialize_payload(signed_payload), force, qr_out)
    app.emit(
        {
            **result,
            "withdrawal_id": p.withdrawal_id,
            "digest": verdict.digest.hex(),
            "inputs_signed": report,
        },
        f"signed {p.withdrawal_id}: "
        + ("the transaction" if w.chain.value == "ethereum" else f"{report} input(s)")
        + f" → {out or 'QR'}",
    )


def _check_ledger(state: Any) -> None:
    """The spend ledger must agree with the audit log before its sums are trusted (exit 5)."""
    from coldsign.audit import read_log
    from coldsign.state import ledger_audit_problems

    records = read_log(state.audit_path) if state.audit_path.exists() else []
    problems = ledger_audit_problems(state.ledger(), records)
    if problems:
        raise AuthenticationError(
            [*problems, "nothing is signed until the ledger is restored from a backup or the "
             "discrepancy is investigated (the audit log is the record of what was signed)"]
        )  # fmt: skip


def sign_withdrawal(w: Any, seed: Any, policy: Any) -> tuple[Any, int]:
    """Sign with `seed`; returns the updated payload and how many inputs were signed.

    EVM: the key at the policy wallet's path must have the payload's sender address (NotOurs,
    exit 8, otherwise); the signed transaction is decoded again and must recover to the sender
    and carry exactly the approved unsigned transaction before it is released.
    """
    if w.chain.value == "ethereum":
        from coldsign.evm.keys import sign_with_seed
        from coldsign.evm.policy import wallet_for
        from coldsign.evm.tx import encode_signed, verify_signed

        wallet = wallet_for(policy, w.payload.chain_id, w.sender)
        if wallet is None or wallet.path is None:
            raise NotOurs("the sender is not a wallet of the policy")
        signed = sign_with_seed(w.evm_tx, seed, wallet.path, expected_address=w.sender)
        raw = encode_signed(signed)
        verify_signed(raw, w.payload.transaction, w.sender)  # self-check before release
        return replace(w.payload, signed_transaction=raw), 1
    from coldsign.keys.signer import sign_psbt

    result = sign_psbt(w.psbt, seed)
    count = result.inputs_signed
    if count == 0:
        raise NotOurs("no input of this PSBT belongs to the seed")
    return replace(w.payload, transaction=result.psbt.serialize()), count


@payload.command("finalize")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@click.option(
    "--psbt", "as_psbt", is_flag=True, help="Write the finalized PSBT instead of the raw tx."
)
@click.option(
    "-o", "--out", type=OutPath, default=None,
    help="A file, or a directory for NAME-final.txn (NAME-final.psbt with --psbt).",
)  # fmt: skip
@click.option("--force", is_flag=True)
@click.pass_obj
def finalize_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
    as_psbt: bool,
    out: Path | None,
    force: bool,
) -> None:
    """Finalize a signed payload: the raw transaction as hex (Bitcoin; EVM 0x-prefixed for
    eth_sendRawTransaction), or a finalized PSBT with --psbt. Always printed; also written to
    -o and/or shown as QR codes."""
    p = read_payload(app, source, qr_in)
    stem = f"withdrawal-{p.withdrawal_id}"
    if p.chain == "bitcoin":
        from coldsign.codec.psbt import extract, finalize_complete, parse_psbt

        final = finalize_complete(parse_psbt(p.transaction))
        if as_psbt:
            import base64

            data = final.serialize()
            target = output_path(out, source=source, fallback=stem, stage="final", ext="psbt")
            result = {}
            if target is not None or qr_out is not None:
                result = write_result(app, data, target, kind="psbt", qr=qr_out, force=force)
            text = base64.b64encode(data).decode()
            app.emit({**result, "psbt": text}, text)
            return
        text = extract(final).serialize().hex()
    else:
        if p.signed_transaction is None:
            from coldsign.errors import PolicyViolation

            raise PolicyViolation(["the payload is not signed yet"])
        from coldsign.evm.address import Address
        from coldsign.evm.tx import tx_hash, verify_signed

        sender = Address(p.sender) if p.sender is not None else None
        signed = verify_signed(p.signed_transaction, p.transaction, sender)
        app.info(f"transaction hash 0x{tx_hash(signed).hex()}")
        text = "0x" + p.signed_transaction.hex()
    # Coldcard's NAME-final.txn: the raw transaction as hex text, no trailing newline.
    target = output_path(out, source=source, fallback=stem, stage="final", ext="txn")
    result = {}
    if target is not None or qr_out is not None:
        # A Bitcoin transaction goes over QR as binary: BBQr type T (what Coldcard and Coinkite's
        # library expect) or ur:bytes; the file keeps Coldcard's hex text.
        kind: Kind = "tx" if p.chain == "bitcoin" else "bytes"
        result = write_result(app, text.encode(), target, kind=kind, qr=qr_out, force=force)
    app.emit({**result, "raw_tx": text}, text)


@payload.command("export")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@click.option("--format", "fmt", type=click.Choice(["psbt", "base64", "hex"]), default="psbt")
@click.option(
    "-o", "--out", type=OutPath, default=None,
    help="A file, or a directory for NAME-signed.psbt (NAME-part.psbt before signing).",
)  # fmt: skip
@click.option("--force", is_flag=True)
@click.pass_obj
def export_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
    fmt: str,
    out: Path | None,
    force: bool,
) -> None:
    """Export the PSBT inside a Bitcoin payload for Sparrow, Coldcard or Bitcoin Core (as a
    file and/or as `ur:crypto-psbt` QR codes with --qr)."""
    from coldsign.codec.psbt import encode_psbt, parse_psbt

    p = read_payload(app, source, qr_in)
    if p.chain != "bitcoin":
        raise DecodeError("payload", "only Bitcoin payloads carry a PSBT")
    psbt = parse_psbt(p.transaction)
    signed = any(m.partial_sigs or m.tap_key_sig for m in psbt.inputs)
    data = encode_psbt(psbt, "binary" if fmt == "psbt" else fmt)  # type: ignore[arg-type]
    target = output_path(
        out,
        source=source,
        fallback=f"withdrawal-{p.withdrawal_id}",
        stage="signed" if signed else "part",
        ext="psbt",
    )
    result = write_result(app, data, target, kind="psbt", qr=qr_out, force=force, mode=0o644)
    app.emit(result, str(target) if target is not None else "shown as QR")
