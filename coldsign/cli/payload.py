"""`coldsign payload …`: wrap, review, approve, combine, sign, finalize and export withdrawals.

A thin shell over `coldsign.service`: parse options, read and write files or QR codes, render
the review, ask the operator, and map errors to exit codes (in `cli.main`). Every check, the
ledger and the audit log live in the service and the signer home.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InAny, InFile, OutFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    output_path,
    qr_input_options,
    qr_io_options,
    qr_output_options,
    read_input,
    write_public,
)
from coldsign.cli.gap import write_output as write_result
from coldsign.cli.helpfmt import CsGroup
from coldsign.cli.seedsource import SeedSource, load_seed, seed_source_options
from coldsign.errors import DecodeError, UsageError

if TYPE_CHECKING:
    from coldsign.codec.payload import Payload
    from coldsign.policy.checks import Trusted
    from coldsign.service.withdrawal import Review
    from coldsign.transport.formats import Kind

PAYLOAD_CAP = 32 * 1024 * 1024
DOCUMENT_CAP = 64 * 1024 * 1024


@click.group(cls=CsGroup)
def payload() -> None:
    """Build, approve, sign and finalize withdrawal payloads."""


# --- reading ----------------------------------------------------------------------------------


def read_payload(app: App, path: Path | None, qr_in: QrSource | None = None) -> Payload:
    """A payload from a file or scanned QR codes; its size and SHA-256 go to stderr."""
    from coldsign.codec.payload import parse_payload

    return parse_payload(
        read_input(app, path, qr_in, what="payload", cap=PAYLOAD_CAP, expect="payload")
    )


def documents(
    app: App,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
    *,
    now: int,
) -> Trusted:
    """The documents to judge by: the files given (verified), or the signer home's."""
    from coldsign import chains
    from coldsign.policy.documents import DocumentKind
    from coldsign.policy.trust import manifest_from_bytes, policy_from_bytes
    from coldsign.service.payloads import home_documents, trusted_documents
    from coldsign.transport.files import read_capped

    if policy_path is None:
        if whitelist_path is not None or denylist_path is not None:
            raise UsageError("--whitelist and --denylist go with --policy")
        return home_documents(app.home)

    def manifest(path: Path | None, kind: DocumentKind) -> Any:
        if path is None:
            return None
        return manifest_from_bytes(read_capped(path, DOCUMENT_CAP), kind, chains.SPECS)

    return trusted_documents(
        policy_from_bytes(read_capped(policy_path, DOCUMENT_CAP), chains.SPECS),
        manifest(whitelist_path, DocumentKind.WHITELIST),
        manifest(denylist_path, DocumentKind.DENYLIST),
        now=now,
    )


def document_options(*, required: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """--policy/--whitelist/--denylist: the signed documents to judge by (default: the home's)."""
    where = "" if required else " (default: the signer home's)"

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        for option in reversed(
            [
                click.option("--policy", "policy_path", type=InFile, required=required,
                             help=f"Signed policy{where}."),
                click.option("--whitelist", "whitelist_path", type=InFile, required=required,
                             help=f"Signed whitelist{where}."),
                click.option("--denylist", "denylist_path", type=InFile, default=None,
                             help="Signed denylist, if the policy's admins keep one."),
            ]
        ):  # fmt: skip
            command = option(command)
        return command

    return decorate


# --- new payloads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewWithdrawal:
    """What `payload import` and `payload build` share: the withdrawal's metadata and bindings."""

    withdrawal_id: str
    initiator: str
    initiator_key: Path | None
    initiator_passphrase_fd: int | None
    expires: str
    policy_path: Path
    whitelist_path: Path
    denylist_path: Path | None
    network: str | None
    memo: str
    after: Path | None
    replaces: str | None
    out: Path | None
    force: bool
    qr_out: QrOptions | None


def new_withdrawal_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the shared options; the command receives them as one `NewWithdrawal` named `meta`."""
    options = [
        click.option("--id", "withdrawal_id", required=True, help="Unique; signed at most once."),
        click.option("--initiator", required=True, help="Who initiates (their policy name)."),
        click.option("--initiator-key", type=InFile, default=None,
                     help="The initiator's role key: signs the payload (needed when the policy "
                          "lists initiators)."),
        click.option("--initiator-passphrase-fd", type=int, default=None,
                     help="Read the initiator key's passphrase from this fd."),
        click.option("--expires", default="24h", show_default=True, help="Lifetime, e.g. 24h."),
        click.option("--policy", "policy_path", type=InFile, required=True, help="Signed policy."),
        click.option("--whitelist", "whitelist_path", type=InFile, required=True,
                     help="Signed whitelist the approvals bind."),
        click.option("--denylist", "denylist_path", type=InFile, default=None,
                     help="Signed denylist, if the admins keep one."),
        click.option("--network", default=None, help="Default: the policy's wallet network."),
        click.option("--memo", default="", help="Shown to approvers and bound by the approvals."),
        click.option("--after", type=InFile, default=None,
                     help="The last signed payload back from the signer: the new payload names "
                          "its audit head, so a signer home rolled back to before it refuses."),
        click.option("--replaces", default=None,
                     help="The withdrawal id this one replaces (RBF or same-nonce; the policy "
                          "must allow_replacement)."),
        click.option("-o", "--out", type=OutFile, default=None, help="The new payload file."),
        click.option("--force", is_flag=True, help="Replace OUT if it exists."),
    ]  # fmt: skip
    fields = set(NewWithdrawal.__dataclass_fields__)

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
              help="Scan the PSBT (or ERC-4527 request) from QR frames: a directory, images, or - "
                   "for stdin lines.")  # fmt: skip
@click.option("--eth-sign-request", "eth_request", metavar="UR|FILE",
              help="An ERC-4527 ur:eth-sign-request from MetaMask, Rabby or any QR wallet (the UR "
                   "text, a file of its parts, or - to scan it with --qr-from); answer with "
                   "payload export --format eth-signature.")  # fmt: skip
@click.option(
    "--evm-tx",
    "evm_tx",
    metavar="HEX|FILE",
    help="An unsigned EVM transaction built by any tool (0x02… or legacy RLP, hex).",
)
@click.option("--from", "from_address", help="--evm-tx: the sending wallet's address.")
@click.option("--from-path", help="--evm-tx: the sending wallet's path, as in the policy.")
@new_withdrawal_options
@click.pass_obj
def import_cmd(
    app: App,
    source: Path | None,
    psbt_qr_from: tuple[str, ...],
    eth_request: str | None,
    evm_tx: str | None,
    from_address: str | None,
    from_path: str | None,
    meta: NewWithdrawal,
) -> None:
    """Wrap a PSBT (from Bitcoin Core, Sparrow or any wallet), an ERC-4527 sign request, or an
    unsigned EVM transaction into a withdrawal payload."""
    qr_in = QrSource.from_options(psbt_qr_from) if psbt_qr_from else None
    created = int(time.time())
    given = [n for n, v in (("SOURCE", source), ("--eth-sign-request", eth_request),
                            ("--evm-tx", evm_tx)) if v is not None]  # fmt: skip
    if len(given) > 1:
        raise UsageError(f"give one of {', '.join(given)}")
    if eth_request is not None:
        # `--eth-sign-request -` with --qr-from: scan the request instead of reading it.
        scanned = eth_request == "-" and qr_in is not None
        _import_eth_request(app, meta, None if scanned else eth_request, qr_in, created)
        return
    if evm_tx is not None:
        _import_evm_tx(app, meta, evm_tx, from_address, from_path, created)
        return
    from coldsign.codec.psbt import MAX_PSBT_BYTES, decode_psbt_text

    if qr_in is None and source is None and meta.qr_out is not None:
        qr_in = QrSource(device=0)  # `--qr` alone: scan the PSBT with the camera, show the payload
    raw = read_input(app, source, qr_in, what="PSBT", cap=MAX_PSBT_BYTES * 2, expect="psbt")
    psbt = decode_psbt_text(raw)
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    write_new_payload(app, meta, trusted, created, "bitcoin", psbt.serialize())


def _text_or_file(value: str, what: str) -> str:
    """An option that takes its value inline or from a file (size-capped)."""
    from coldsign.transport.files import read_capped

    stripped = value.strip()
    if stripped.lower().startswith(("ur:", "0x")) or not Path(stripped).is_file():
        return stripped
    try:
        return read_capped(Path(stripped), 4 * 1024 * 1024).decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(what, "the file is not text") from None


def _import_eth_request(
    app: App, meta: NewWithdrawal, text: str | None, qr_in: QrSource | None, created: int
) -> None:
    """ERC-4527: the request's transaction, from the policy wallet at the request's path."""
    from coldsign.chains.evm.build import wallet_by
    from coldsign.chains.evm.tx import encode_unsigned
    from coldsign.formats.erc4527 import UR_SIGN_REQUEST, decode_eth_sign_request
    from coldsign.formats.erc4527 import unsigned_transaction as requested_tx
    from coldsign.transport.formats import MultipartCollector

    collector = MultipartCollector("cbor", ur_types={UR_SIGN_REQUEST})
    if text is not None:
        for part in _text_or_file(text, "--eth-sign-request").split():
            collector.add(part)
        if not collector.is_complete:
            raise DecodeError("--eth-sign-request", "the UR parts given do not complete a message")
        cbor = collector.result()[1]
    else:
        assert qr_in is not None
        from coldsign.cli.qr import scan_qr

        cbor = scan_qr(app, images=qr_in.images, directory=qr_in.directory, stdin=qr_in.stdin,
                       camera=qr_in.camera, device=qr_in.device, collector=collector)[1]  # fmt: skip
    request = decode_eth_sign_request(cbor)
    if not request.is_transaction:
        # Typed data (2) and personal messages (3) become message payloads (issue 15).
        from coldsign.cli.message import import_eth_message

        import_eth_message(app, meta, request, created)
        return
    tx = requested_tx(request)
    assert tx.chain_id is not None
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    address = "0x" + request.address.hex() if request.address is not None else None
    wallet = wallet_by(trusted.policy, tx.chain_id, path=request.indexes, address=address)
    from coldsign.chains.evm.address import Address

    sender = Address.parse(wallet.address or "", "wallet address")
    app.info(f"ERC-4527 request {request.request_uuid} from {request.origin or 'a QR wallet'}: "
             f"{wallet.name} ({sender.checksummed}) on chain id {tx.chain_id}")  # fmt: skip
    write_new_payload(
        app, meta, trusted, created, "ethereum", encode_unsigned(tx), chain_id=tx.chain_id,
        sender=sender.raw, request_id=request.request_id,
    )  # fmt: skip


def _import_evm_tx(
    app: App,
    meta: NewWithdrawal,
    text: str,
    from_address: str | None,
    from_path: str | None,
    created: int,
) -> None:
    """An unsigned EVM transaction from any tool, sent by the policy wallet named."""
    from coldsign.chains.evm.address import Address
    from coldsign.chains.evm.build import wallet_by
    from coldsign.chains.evm.tx import decode_unsigned, encode_unsigned

    if (from_address is None) == (from_path is None):
        raise UsageError("--evm-tx needs exactly one of --from and --from-path")
    hex_text = _text_or_file(text, "--evm-tx").removeprefix("0x").removeprefix("0X")
    try:
        raw = bytes.fromhex(hex_text)
    except ValueError:
        raise DecodeError("--evm-tx", "not hex") from None
    tx = decode_unsigned(raw)
    if tx.chain_id is None:
        raise DecodeError("--evm-tx", "a legacy transaction without an EIP-155 chain id")
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    wallet = wallet_by(trusted.policy, tx.chain_id, path=from_path, address=from_address)
    sender = Address.parse(wallet.address or "", "wallet address")
    write_new_payload(app, meta, trusted, created, "ethereum", encode_unsigned(tx),
                      chain_id=tx.chain_id, sender=sender.raw)  # fmt: skip


@payload.command("build")
@click.option(
    "--chain", type=click.Choice(["bitcoin", "ethereum"]), default="bitcoin", show_default=True,
    help="The chain of the withdrawal; the options below are for one chain or the other.",
)  # fmt: skip
@click.option("--wallet", "wallet_desc", help="Bitcoin: the wallet's descriptor (<0;1>/*).")
@click.option("--utxos", "utxos_path", type=InFile, help="Bitcoin: listunspent JSON.")
@click.option(
    "--to", "recipients", multiple=True, required=True,
    help="Bitcoin: ADDRESS:AMOUNT_BTC (repeatable). EVM: the beneficiary ADDRESS.",
)  # fmt: skip
@click.option("--fee-rate", help="Bitcoin: sat/vB, e.g. 12 or 12.5.")
@click.option("--prev-txs", "prev_txs_path", type=InFile,
              help="Bitcoin: the UTXOs' previous transactions (bitcoin-cli getrawtransaction "
                   "TXID hex, one per line, or a JSON list of gettransaction results); they "
                   "prove segwit v0 amounts, which the policy requires by default.")  # fmt: skip
@click.option("--change-index", type=click.IntRange(0, 2**31 - 1), default=None,
              help="Bitcoin: the change address index (branch 1). Default: the next unused "
                   "one (see --used-from).")  # fmt: skip
@click.option("--used-from", "used_from", type=InAny, multiple=True, metavar="PATH",
              help="Bitcoin: payloads, PSBTs or copies of the signer's audit log (files or "
                   "directories) whose change indexes are used; the output's directory and the "
                   "UTXO list are always read. Repeatable.")  # fmt: skip
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
@click.option("--type", "tx_kind", type=click.Choice(["eip1559", "legacy"]), default="eip1559",
              show_default=True, help="EVM: the transaction type (EIP-1559 type 2, or legacy "
                                      "EIP-155 with --gas-price).")  # fmt: skip
@click.option("--gas-price", help="EVM legacy (EIP-155): e.g. 30gwei.")
@new_withdrawal_options
@click.pass_obj
def build_cmd(app: App, /, chain: str, meta: NewWithdrawal, **options: Any) -> None:
    """Build a withdrawal: Bitcoin from a UTXO list (inputs chosen, change added, full
    derivation data), or an EVM transfer of ETH or an ERC-20 token from a policy wallet."""
    evm_only = ("chain_id", "from_path", "from_address", "value", "token", "amount", "nonce",
                "gas_limit", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price")  # fmt: skip
    bitcoin_only = ("wallet_desc", "utxos_path", "fee_rate", "prev_txs_path", "change_index")
    wrong = evm_only if chain == "bitcoin" else bitcoin_only
    given = [name for name in wrong if options[name] is not None]
    if chain != "bitcoin" and options["used_from"]:
        given.append("used_from")
    if given:
        flag = {p.name: p.opts[0] for p in click.get_current_context().command.params}
        raise UsageError(f"not for --chain {chain}: {', '.join(flag[n] for n in given)}")
    created = int(time.time())
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    if chain == "ethereum":
        _build_evm(app, meta, trusted, created, options)
    else:
        _build_bitcoin(app, meta, trusted, created, options)


def _build_bitcoin(
    app: App, meta: NewWithdrawal, trusted: Trusted, created: int, options: dict[str, Any]
) -> None:
    from decimal import Decimal, InvalidOperation

    from coldsign.chains.bitcoin.build import (
        build_psbt,
        parse_previous_txs,
        parse_recipient,
        parse_utxos,
    )
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.transport.files import read_capped

    missing = [f for f in ("wallet_desc", "utxos_path", "fee_rate") if options[f] is None]
    if missing:
        raise UsageError("Bitcoin needs --wallet, --utxos and --fee-rate")
    net = _bitcoin_network(trusted, meta.network)
    wallet = Wallet.from_descriptor(options["wallet_desc"], net)
    try:
        rate = Decimal(options["fee_rate"])
    except InvalidOperation:
        raise DecodeError("--fee-rate", "not a number") from None
    if not rate.is_finite() or rate <= 0 or rate > 10_000:
        raise DecodeError("--fee-rate", "must be between 0 and 10000 sat/vB")
    utxos = parse_utxos(read_capped(options["utxos_path"]), wallet)
    recipients = [parse_recipient(r, net) for r in options["recipients"]]
    previous = (
        parse_previous_txs(read_capped(options["prev_txs_path"]))
        if options["prev_txs_path"] is not None
        else None
    )
    from coldsign.cli.change import choose_change_index

    change = choose_change_index(
        wallet, utxos, options["change_index"], list(options["used_from"]), meta.out
    )
    app.info(change.note)
    if change.warning:
        app.warn(change.warning)
    psbt = build_psbt(
        wallet,
        utxos,
        recipients,
        fee_rate=rate,
        change_index=change.index,
        previous=previous,
    )
    write_new_payload(app, meta, trusted, created, "bitcoin", psbt.serialize())


def _build_evm(
    app: App, meta: NewWithdrawal, trusted: Trusted, created: int, options: dict[str, Any]
) -> None:
    from coldsign.chains.evm.build import EvmRequest, TxKind, build_evm_tx
    from coldsign.chains.evm.tx import encode_unsigned

    if meta.network is not None:
        raise UsageError("EVM withdrawals take --chain-id, not --network")
    missing = [
        "--" + f.replace("_", "-") for f in ("chain_id", "nonce", "gas_limit") if options[f] is None
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
        app, meta, trusted, created, "ethereum", encode_unsigned(tx),
        chain_id=request.chain_id, sender=sender.raw,
    )  # fmt: skip


def _bitcoin_network(trusted: Trusted, network: str | None) -> Any:
    from coldsign.units import Network

    if network is not None:
        return Network.parse(network)
    networks = {w.network for w in trusted.policy.wallets if w.network is not None}
    if len(networks) != 1:
        raise UsageError(
            "the policy has Bitcoin wallets on several networks (or none): give --network"
        )
    return networks.pop()


def write_new_payload(
    app: App,
    meta: NewWithdrawal,
    trusted: Trusted,
    created: int,
    chain: str,
    transaction: bytes,
    *,
    chain_id: int | None = None,
    sender: bytes | None = None,
    request_id: bytes | None = None,
    kind: str = "withdrawal",
) -> None:
    """Bind a transaction to the verified documents, sign it as initiator when a key is given,
    warn about what the signer would refuse, and write the new payload."""
    from coldsign.cli.key import unlock_role_key
    from coldsign.codec.payload import payload_parts
    from coldsign.keys.rolekey import Role
    from coldsign.service.payloads import NewPayload, initiate, judge, new_payload
    from coldsign.units import parse_duration

    network = _bitcoin_network(trusted, meta.network).value if chain == "bitcoin" else None
    request = NewPayload(
        chain=chain,
        transaction=transaction,
        withdrawal_id=meta.withdrawal_id,
        initiator=meta.initiator,
        created=created,
        lifetime_seconds=parse_duration(meta.expires, "--expires"),
        memo=meta.memo,
        network=network,
        chain_id=chain_id,
        sender=sender,
        expected_head=_signer_head(app, meta.after),
        replaces=meta.replaces,
        request_id=request_id,
        kind=kind,
    )
    p = new_payload(request, trusted)
    if meta.initiator_key is not None:
        key = unlock_role_key(
            app, meta.initiator_key, meta.initiator_passphrase_fd, role=Role.INITIATOR
        )
        try:
            p = initiate(p, key, trusted, now=created)
        finally:
            key.wipe()
    for reason in judge(p, trusted, now=created).verdict.reasons():
        if reason.code not in ("approvals.too_few", "initiator.unsigned"):
            app.warn(f"the signer would refuse: {reason.message}")
    result = write_public(app, meta.out, payload_parts(p), meta.force, meta.qr_out)
    app.emit(
        {**result, "withdrawal_id": meta.withdrawal_id},
        f"payload {meta.withdrawal_id} → {meta.out or 'QR'}",
    )


def _signer_head(app: App, after: Path | None) -> bytes | None:
    if after is None:
        return None
    signed = read_payload(app, after)
    if signed.signer_head is None:
        raise UsageError(f"--after {after}: not a payload signed by a coldsign signer")
    return signed.signer_head


# --- review and approvals ----------------------------------------------------------------------


@payload.command("show")
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@document_options(required=False)
@click.pass_obj
def show_cmd(
    app: App,
    source: Path | None,
    qr_in: QrSource | None,
    policy_path: Path | None,
    whitelist_path: Path | None,
    denylist_path: Path | None,
) -> None:
    """The review screen: destinations with labels, change, fee, approvals, digest, verdict.

    Without --policy it judges as the signer home would (its documents and ledger)."""
    from coldsign.cli.render import review_data, review_screen
    from coldsign.service.payloads import judge, on_home

    p = read_payload(app, source, qr_in)
    if policy_path is None:
        rv = on_home(app.home, p)
    else:
        now = int(time.time())
        trusted = documents(app, policy_path, whitelist_path, denylist_path, now=now)
        rv = judge(p, trusted, now=now)
    if not app.json:
        review_screen(rv, role="approver" if policy_path else "signer")
    # The data is printed only with --json (the screen above is the text form).
    app.emit(
        review_data(rv) if app.json else None,
        f"verdict: {'would sign' if rv.verdict.ok else 'would refuse'}",
    )


@payload.command("approve")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@click.option("--key", "key_path", type=InFile, required=True, help="Approver role key file.")
@click.option("--passphrase-fd", type=int, default=None, help="Read its passphrase from this fd.")
@document_options(required=False)
@click.option("-o", "--out", type=OutFile, default=None, help="The approved payload file.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
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
    from coldsign.cli.key import read_role_key_info, unlock_role_key
    from coldsign.cli.render import review_screen
    from coldsign.codec.payload import payload_parts
    from coldsign.keys.rolekey import Role
    from coldsign.policy.approval import digest_words
    from coldsign.service.payloads import approval_refusals, approve, judge

    if out is None and qr_out is None:
        raise UsageError("nowhere to put the approved payload: give -o FILE or --qr")
    now = int(time.time())
    p = read_payload(app, source, qr_in)
    rv = judge(p, documents(app, policy_path, whitelist_path, denylist_path, now=now), now=now)
    review_screen(rv, role="approver")
    refusals = approval_refusals(rv, read_role_key_info(key_path)[1].public_key)
    if refusals:
        approve(rv, _no_key(refusals))
    words = " ".join(digest_words(rv.verdict.digest))
    prompts.confirm(app, f"Approve withdrawal {p.withdrawal_id} (digest {words})?")
    key = unlock_role_key(app, key_path, passphrase_fd, role=Role.APPROVER)
    try:
        updated = approve(rv, key)
        name = key.name
    finally:
        key.wipe()
    result = write_public(app, out, payload_parts(updated), force, qr_out)
    app.emit(
        {**result, "approver": name, "digest": rv.verdict.digest.hex(),
         "approvals": len(updated.approvals)},
        f"approved by {name}: {len(updated.approvals)} approval(s) → {out or 'QR'}",
    )  # fmt: skip


def _no_key(reasons: list[Any]) -> Any:
    """Raise the refusal the service would raise, before a passphrase is asked for."""
    from coldsign.errors import AuthenticationError, PolicyViolation

    if any(r.code != "approval.self_approval" for r in reasons):
        raise AuthenticationError(reasons)
    raise PolicyViolation(reasons)


@payload.command("combine")
@click.argument("sources", type=InFile, nargs=-1)
@qr_io_options("sources", also_scan=True)
@click.option("-o", "--out", type=OutFile, default=None, help="The combined payload file.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
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
    from coldsign.codec.payload import payload_parts
    from coldsign.service.payloads import combine

    payloads = [read_payload(app, p) for p in sources]
    names = [str(p) for p in sources]
    if qr_in is not None:
        payloads.append(read_payload(app, None, qr_in))
        names.append("scanned QR")
    if not payloads:
        raise UsageError("give the payload copies to combine (files, or --qr to scan one)")
    combined = combine(payloads, names)
    result = write_public(app, out, payload_parts(combined), force, qr_out)
    app.emit(
        {**result, "approvals": len(combined.approvals)},
        f"combined {len(payloads)} cop(ies): {len(combined.approvals)} approval(s) → {out or 'QR'}",
    )


# --- signing -----------------------------------------------------------------------------------


@payload.command("sign")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@seed_source_options
@click.option("-o", "--out", type=OutFile, default=None, help="The signed payload file.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
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
    """Check SOURCE against every check of docs/design.md §3; only then load keys and sign.

    The review screen and the question come first; the seed is read last (scripts: --yes and
    --mnemonic-fd, --share-fd or --keystore with its --keystore-passphrase-fd)."""
    from coldsign.cli.render import review_screen
    from coldsign.codec.payload import payload_parts
    from coldsign.service.signing import sign

    _check_output(out, qr_out, force)

    def confirm(rv: Review) -> None:
        review_screen(rv, clock=True)
        prompts.confirm(app, f"Sign withdrawal {rv.payload.withdrawal_id}?")

    outcome = sign(
        app.home,
        lambda: read_input(app, source, qr_in, what="payload", cap=PAYLOAD_CAP, expect="payload"),
        confirm,
        lambda rv: load_seed(app, seed_source, ask_passphrase_by_default=True),
        waiting=lambda: app.info("another signing run holds the signer home; waiting for it"),
    )
    p, count, head = outcome.payload, outcome.inputs_signed, outcome.audit_head
    digest = outcome.verdict.digest.hex()
    result = write_public(app, out, payload_parts(p), force, qr_out)
    app.emit(
        {**result, "withdrawal_id": p.withdrawal_id, "digest": digest, "inputs_signed": count,
         "audit_head": head},
        f"signed {p.withdrawal_id}: "
        + (f"{count} input(s)" if p.chain == "bitcoin" else "the transaction")
        + f" → {out or 'QR'} (signer audit head {head})",
    )  # fmt: skip


def _check_output(out: Path | None, qr_out: QrOptions | None, force: bool) -> None:
    """Before anything is signed, so the log never says "signed" for an output that cannot be
    released (write_new checks again, atomically)."""
    from coldsign.errors import TransportError

    if out is None and qr_out is None:
        raise UsageError("nowhere to put the signed payload: give -o FILE or --qr")
    if out is not None and not force and (out.exists() or out.is_symlink()):
        raise TransportError(f"{out} exists; nothing was signed (use --force to replace it)")


# --- after signing -----------------------------------------------------------------------------


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
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
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
    from coldsign.service.payloads import finalize

    p = read_payload(app, source, qr_in)
    stem = f"withdrawal-{p.withdrawal_id}"
    if as_psbt:
        import base64

        from coldsign.codec.psbt import finalize_complete, parse_psbt

        if p.chain != "bitcoin":
            raise UsageError("--psbt is for Bitcoin payloads")
        if p.kind != "withdrawal":  # a proof of reserves is never finalized (issue 15)
            finalize(p)  # raises the chain's refusal (proof.no_finalize, exit 4)
        data = finalize_complete(parse_psbt(p.transaction)).serialize()
        target = output_path(out, source=source, fallback=stem, stage="final", ext="psbt")
        result = {}
        if target is not None or qr_out is not None:
            result = write_result(app, data, target, kind="psbt", qr=qr_out, force=force)
        text = base64.b64encode(data).decode()
        app.emit({**result, "psbt": text}, text)
        return
    final = finalize(p)
    app.info(f"transaction id {final.txid}")
    # Coldcard's NAME-final.txn: the raw transaction as hex text, no trailing newline.
    target = output_path(out, source=source, fallback=stem, stage="final", ext="txn")
    result = {}
    if target is not None or qr_out is not None:
        # A Bitcoin transaction goes over QR as binary: BBQr type T (what Coldcard and Coinkite's
        # library expect) or ur:bytes; the file keeps Coldcard's hex text.
        kind: Kind = "tx" if p.chain == "bitcoin" else "bytes"
        result = write_result(app, final.text.encode(), target, kind=kind, qr=qr_out, force=force)
    app.emit({**result, "raw_tx": final.text, "txid": final.txid}, final.text)


@payload.command("export")
@click.argument("source", type=InFile, required=False)
@qr_io_options("source")
@click.option("--format", "fmt", type=click.Choice(["psbt", "base64", "hex", "eth-signature"]),
              default="psbt",
              help="psbt (binary), base64 or hex for Bitcoin; eth-signature answers the ERC-4527 "
                   "request an EVM payload was imported from (ur:eth-signature).")  # fmt: skip
@click.option(
    "-o", "--out", type=OutPath, default=None,
    help="A file, or a directory for NAME-signed.psbt (NAME-part.psbt before signing).",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
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
    file and/or as `ur:crypto-psbt` QR codes with --qr), or a signed EVM payload's signature as
    the `ur:eth-signature` its MetaMask/Rabby request waits for."""
    from coldsign.codec.psbt import encode_psbt, parse_psbt

    p = read_payload(app, source, qr_in)
    if fmt == "eth-signature":
        _export_eth_signature(app, p, out, force, qr_out)
        return
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


def _export_eth_signature(
    app: App, p: Payload, out: Path | None, force: bool, qr_out: QrOptions | None
) -> None:
    """The ERC-4527 answer: r || s || v of the signed transaction, under the request's id. The
    signed transaction is checked again (the payload's own, recovering to its sender) first."""
    from coldsign.chains.evm.address import Address
    from coldsign.chains.evm.tx import verify_signed
    from coldsign.errors import PolicyViolation
    from coldsign.formats.erc4527 import UR_SIGNATURE, encode_eth_signature, signature_bytes
    from coldsign.transport import ur

    if p.chain != "ethereum" or p.request_id is None:
        raise UsageError("--format eth-signature is for EVM payloads imported from a sign request")
    if p.signed_transaction is None:
        raise PolicyViolation(["the payload is not signed yet"])
    sender = Address(p.sender) if p.sender is not None else None
    signed = verify_signed(p.signed_transaction, p.transaction, sender)
    sig = signature_bytes(signed.signature.r, signed.signature.s, signed.v)
    body = encode_eth_signature(p.request_id, sig)
    text = ur.encode(ur.UR(UR_SIGNATURE, body))
    result: dict[str, Any] = {"ur": text}
    if out is not None:
        result.update(write_result(app, text.encode(), out, kind="text", qr=None, force=force,
                                   mode=0o644))  # fmt: skip
    if qr_out is not None:
        from coldsign.cli.gap import show_output

        result.update(show_output(app, body, kind="cbor", qr=qr_out, force=force,
                                  ur_type=UR_SIGNATURE))  # fmt: skip
    app.emit(result, text)
