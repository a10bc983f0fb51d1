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
from coldsign.cli.app import App
from coldsign.cli.policy import InFile, OutFile, load_policy_file, write_output
from coldsign.errors import AuthenticationError, ColdsignError, DecodeError, NotOurs
from coldsign.policy.documents import DocumentKind


@click.group()
def payload() -> None:
    """Build, approve, sign and finalize withdrawal payloads."""


# --- loading ----------------------------------------------------------------------------------


def read_payload(path: Path) -> Any:
    from coldsign.codec.payload import parse_payload
    from coldsign.transport.files import read_capped

    data = read_capped(path, 32 * 1024 * 1024)
    return parse_payload(data)


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
    spent = 0
    if verdict_asset is not None and verdict_asset.velocity is not None:
        since = now - verdict_asset.velocity.period_seconds
        spent = state.spent_since(verdict_asset.symbol, since, w.payload.withdrawal_id)
    return {"spent_in_window": spent, "previous_digest_for_id": previous}


def judge(app: App, w: Any, trusted: Any, now: int, *, with_ledger: bool) -> tuple[Any, Any]:
    from coldsign.withdrawal import review

    asset = None
    if w.chain.value == "bitcoin":
        asset = trusted.policy.asset_for(w.chain, network=w.network)
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
    out: Path
    force: bool


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
        click.option("-o", "--out", type=OutFile, required=True),
        click.option("--force", is_flag=True, help="Replace OUT if it exists."),
    ]
    fields = {f for f in NewWithdrawal.__dataclass_fields__}

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        meta = NewWithdrawal(**{k: kwargs.pop(k) for k in list(kwargs) if k in fields})
        command(*args, meta=meta, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


@payload.command("import")
@click.argument("source", type=InFile)
@new_withdrawal_options
@click.pass_obj
def import_cmd(app: App, source: Path, meta: NewWithdrawal) -> None:
    """Wrap a PSBT (from Bitcoin Core, Sparrow or any wallet) into a withdrawal payload."""
    from coldsign.codec.psbt import decode_psbt_text
    from coldsign.transport.files import read_capped

    psbt = decode_psbt_text(read_capped(source))
    created = int(time.time())
    trusted = trusted_from_files(
        app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created
    )
    write_new_payload(app, meta, trusted, psbt.serialize(), created)


@payload.command("build")
@click.option("--chain", type=click.Choice(["bitcoin"]), default="bitcoin", show_default=True)
@click.option("--wallet", "wallet_desc", required=True, help="The wallet's descriptor (<0;1>/*).")
@click.option("--utxos", "utxos_path", type=InFile, required=True, help="listunspent JSON.")
@click.option("--to", "recipients", multiple=True, required=True, help="ADDRESS:AMOUNT_BTC.")
@click.option("--fee-rate", required=True, help="sat/vB, e.g. 12 or 12.5.")
@click.option("--change-index", type=int, default=0, show_default=True)
@new_withdrawal_options
@click.pass_obj
def build_cmd(
    app: App,
    chain: str,
    wallet_desc: str,
    utxos_path: Path,
    recipients: tuple[str, ...],
    fee_rate: str,
    change_index: int,
    meta: NewWithdrawal,
) -> None:
    """Build a withdrawal from a UTXO list: choose inputs, add change, full derivation data."""
    from decimal import Decimal, InvalidOperation

    from coldsign.build import build_psbt, parse_recipient, parse_utxos
    from coldsign.transport.files import read_capped
    from coldsign.wallet import Wallet

    created = int(time.time())
    trusted = trusted_from_files(
        app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created
    )
    net = _bitcoin_network(trusted.policy, meta.network)
    wallet = Wallet.from_descriptor(wallet_desc, net)
    try:
        rate = Decimal(fee_rate)
    except InvalidOperation:
        raise DecodeError("--fee-rate", "not a number") from None
    if not rate.is_finite() or rate <= 0 or rate > 10_000:
        raise DecodeError("--fee-rate", "must be between 0 and 10000 sat/vB")
    utxos = parse_utxos(read_capped(utxos_path), wallet)
    recipients_parsed = [parse_recipient(r, net) for r in recipients]
    psbt = build_psbt(wallet, utxos, recipients_parsed, fee_rate=rate, change_index=change_index)
    write_new_payload(app, meta, trusted, psbt.serialize(), created)


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
    app: App, meta: NewWithdrawal, trusted: Any, psbt: bytes, created: int
) -> None:
    """Bind a Bitcoin PSBT to the verified documents `trusted` and write the new payload."""
    from coldsign.codec.payload import Payload, parse_payload, serialize_payload
    from coldsign.units import parse_duration
    from coldsign.withdrawal import decode_withdrawal, tx_material

    if trusted.whitelist_hash is None:
        raise AuthenticationError(["no whitelist to bind the withdrawal to"])
    network = _bitcoin_network(trusted.policy, meta.network)
    p = Payload(
        chain="bitcoin",
        network=network.value,
        withdrawal_id=meta.withdrawal_id,
        created=created,
        expires=created + parse_duration(meta.expires, "--expires"),
        initiator=meta.initiator,
        memo=meta.memo,
        policy_hash=bytes.fromhex(trusted.policy_hash),
        whitelist_hash=bytes.fromhex(trusted.whitelist_hash),
        denylist_hash=bytes.fromhex(trusted.denylist_hash) if trusted.denylist_hash else None,
        transaction=psbt,
    )
    data = serialize_payload(p)
    tx_material(decode_withdrawal(parse_payload(data)))  # what we wrote decodes and is approvable
    result = write_output(app, meta.out, data, meta.force)
    app.emit(
        {**result, "withdrawal_id": meta.withdrawal_id},
        f"payload {meta.withdrawal_id} → {meta.out}",
    )


@payload.command("show")
@click.argument("source", type=InFile)
@click.option(
    "--policy", "policy_path", type=InFile, default=None, help="Signed policy (default: pinned)."
)
@click.option("--whitelist", "whitelist_path", type=InFile, default=None)
@click.option("--denylist", "denylist_path", type=InFile, default=None)
@click.pass_obj
def show_cmd(
    app: App,
    source: Path,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
) -> None:
    """The review screen: destinations with labels, change, fee, approvals, digest, verdict."""
    from coldsign.cli.render import review_data, review_screen
    from coldsign.withdrawal import decode_withdrawal

    now = int(time.time())
    w = decode_withdrawal(read_payload(source))
    trusted = trusted_from_files(app, policy_path, whitelist_path, denylist_path, now=now)
    verdict, summary = judge(app, w, trusted, now, with_ledger=policy_path is None)
    data = review_data(w, trusted, verdict, summary)
    if not app.json:
        review_screen(w, trusted, verdict, summary)
    app.emit(data, f"verdict: {'would sign' if verdict.ok else 'would refuse'}")


@payload.command("approve")
@click.argument("source", type=InFile)
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
    source: Path,
    key_path: Path,
    passphrase_fd: int | None,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
    out: Path,
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
    w = decode_withdrawal(read_payload(source))
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
    result = write_output(app, out, serialize_payload(updated), force)
    app.emit(
        {
            **result,
            "approver": name,
            "digest": verdict.digest.hex(),
            "approvals": len(updated.approvals),
        },
        f"approved by {name}: {len(updated.approvals)} approval(s) → {out}",
    )


@payload.command("combine")
@click.argument("sources", type=InFile, nargs=-1, required=True)
@click.option("-o", "--out", type=OutFile, required=True)
@click.option("--force", is_flag=True)
@click.pass_obj
def combine_cmd(app: App, sources: tuple[Path, ...], out: Path, force: bool) -> None:
    """Merge the approvals (and, for Bitcoin, PSBT signatures) of copies of one withdrawal."""
    from coldsign.codec.payload import serialize_payload

    payloads = [read_payload(p) for p in sources]
    combined = combine_payloads(payloads, [str(p) for p in sources])
    result = write_output(app, out, serialize_payload(combined), force)
    app.emit(
        {**result, "approvals": len(combined.approvals)},
        f"combined {len(sources)} file(s): {len(combined.approvals)} approval(s) → {out}",
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
@click.argument("source", type=InFile)
@click.option(
    "--mnemonic-fd", type=int, default=None, help="Read the BIP-39 mnemonic from this fd."
)
@click.option(
    "--share-fd", type=int, default=None, help="Read SLIP-39 shares (one per line) from this fd."
)
@click.option(
    "--passphrase-fd", type=int, default=None, help="BIP-39/SLIP-39 passphrase from this fd."
)
@click.option("--no-passphrase", is_flag=True, help="The seed has no passphrase: do not ask.")
@click.option("-o", "--out", type=OutFile, required=True)
@click.option("--force", is_flag=True)
@click.pass_obj
def sign_cmd(
    app: App,
    source: Path,
    mnemonic_fd: int | None,
    share_fd: int | None,
    passphrase_fd: int | None,
    no_passphrase: bool,
    out: Path,
    force: bool,
) -> None:
    """Check SOURCE against everything in DESIGN.md §3; only then load keys and sign."""
    from coldsign.audit import AuditLog
    from coldsign.cli.render import review_screen
    from coldsign.codec.payload import parse_payload
    from coldsign.state import SignerState
    from coldsign.transport.files import read_capped
    from coldsign.withdrawal import decode_withdrawal

    now = int(time.time())
    state = SignerState(app.home)
    audit = AuditLog(state.audit_path)
    raw = read_capped(source, 32 * 1024 * 1024)
    withdrawal_id = None
    try:
        p = parse_payload(raw)
        withdrawal_id = p.withdrawal_id
        w = decode_withdrawal(p)
        trusted = trusted_from_files(app, None, None, None, now=now)
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
    seed = load_seed(app, mnemonic_fd, share_fd, passphrase_fd, no_passphrase)
    try:
        signed_payload, report = sign_withdrawal(w, seed)
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

    asset = verdict.asset
    if not verdict.already_signed:
        state.record(
            LedgerEntry(p.withdrawal_id, verdict.digest.hex(), asset.symbol, verdict.amount, now)
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

    result = write_output(app, out, serialize_payload(signed_payload), force)
    app.emit(
        {
            **result,
            "withdrawal_id": p.withdrawal_id,
            "digest": verdict.digest.hex(),
            "inputs_signed": report,
        },
        f"signed {p.withdrawal_id}: {report} input(s) → {out}",
    )


def load_seed(
    app: App,
    mnemonic_fd: int | None,
    share_fd: int | None,
    passphrase_fd: int | None,
    no_passphrase: bool,
) -> Any:
    """The seed, entered last (after every check and the confirmation)."""
    from coldsign.errors import UsageError
    from coldsign.keys.secrets import Passphrase

    if mnemonic_fd is not None and share_fd is not None:
        raise UsageError("give either --mnemonic-fd or --share-fd")

    def passphrase() -> Passphrase | None:
        if no_passphrase or (passphrase_fd is None and app.yes):
            return None
        text = prompts.secret(
            app, "seed passphrase (empty for none)", passphrase_fd, allow_empty=True
        )
        return Passphrase(text) if text else None

    if share_fd is not None:
        from coldsign.keys.slip39 import combine_shares

        shares = prompts.secret_lines(app, "SLIP-39 shares", share_fd)
        return combine_shares(shares, passphrase())
    from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic

    mnemonic = mnemonic_from_text(prompts.secret(app, "BIP-39 mnemonic", mnemonic_fd))
    try:
        return seed_from_mnemonic(mnemonic, passphrase())
    finally:
        mnemonic.wipe()


def sign_withdrawal(w: Any, seed: Any) -> tuple[Any, int]:
    """Sign with `seed`; returns the updated payload and how many inputs were signed."""
    from coldsign.keys.signer import sign_psbt

    result = sign_psbt(w.psbt, seed)
    count = result.inputs_signed
    if count == 0:
        raise NotOurs("no input of this PSBT belongs to the seed")
    return replace(w.payload, transaction=result.psbt.serialize()), count


@payload.command("finalize")
@click.argument("source", type=InFile)
@click.option(
    "--psbt", "as_psbt", is_flag=True, help="Write the finalized PSBT instead of the raw tx."
)
@click.option("-o", "--out", type=OutFile, default=None)
@click.option("--force", is_flag=True)
@click.pass_obj
def finalize_cmd(app: App, source: Path, as_psbt: bool, out: Path | None, force: bool) -> None:
    """Finalize a signed payload: raw transaction hex (or a finalized PSBT with --psbt)."""
    p = read_payload(source)
    if p.chain == "bitcoin":
        from coldsign.codec.psbt import extract, finalize_complete, parse_psbt

        final = finalize_complete(parse_psbt(p.transaction))
        if as_psbt:
            data = final.serialize()
            if out is None:
                import base64

                app.emit({"psbt": base64.b64encode(data).decode()}, base64.b64encode(data).decode())
                return
            write_output(app, out, data, force)
            app.emit({"file": str(out)}, str(out))
            return
        raw = extract(final).serialize()
        text = raw.hex()
    else:
        if p.signed_transaction is None:
            from coldsign.errors import PolicyViolation

            raise PolicyViolation(["the payload is not signed yet"])
        text = "0x" + p.signed_transaction.hex()
    if out is not None:
        write_output(app, out, (text + "\n").encode(), force)
    app.emit({"raw_tx": text}, text)


@payload.command("export")
@click.argument("source", type=InFile)
@click.option("--format", "fmt", type=click.Choice(["psbt", "base64", "hex"]), default="psbt")
@click.option("-o", "--out", type=OutFile, required=True)
@click.option("--force", is_flag=True)
@click.pass_obj
def export_cmd(app: App, source: Path, fmt: str, out: Path, force: bool) -> None:
    """Export the PSBT inside a Bitcoin payload for Sparrow or Bitcoin Core."""
    from coldsign.codec.psbt import encode_psbt, parse_psbt

    p = read_payload(source)
    if p.chain != "bitcoin":
        raise DecodeError("payload", "only Bitcoin payloads carry a PSBT")
    psbt = parse_psbt(p.transaction)
    data = encode_psbt(psbt, "binary" if fmt == "psbt" else fmt)  # type: ignore[arg-type]
    result = write_output(app, out, data, force)
    app.emit(result, str(out))
