"""`coldsign message …`: build message payloads and export their signatures (issue 15).

A message payload is approved, combined and signed with the usual `payload approve/combine/sign`;
the policy's [[messages]] and [[typed_data]] sections decide what may be signed. This module only
parses options, reads files and writes results.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coldsign.cli.app import App, InFile, OutFile
from coldsign.cli.payload import (
    NewWithdrawal,
    documents,
    new_withdrawal_options,
    read_payload,
    write_new_payload,
)
from coldsign.errors import UsageError

if TYPE_CHECKING:
    from coldsign.codec.message_request import MessageRequest
    from coldsign.codec.payload import Payload
    from coldsign.formats.erc4527 import EthSignRequest

MESSAGE_CAP = 1024 * 1024
FORMATS = ["bip137", "bip322-simple", "bip322-full", "eip191", "eip712"]


@click.group()
def message() -> None:
    """Build message payloads (BIP-137, BIP-322, EIP-191, EIP-712) and export signatures."""


@message.command("build")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="The signature format.")  # fmt: skip
@click.option("--address", required=True, help="The signing address (a policy wallet's).")
@click.option("--path", "key_path", default=None,
              help="Its key's BIP-32 path (default: found in the policy wallet).")  # fmt: skip
@click.option("--text", default=None, help="The message, as UTF-8 text.")
@click.option("--file", "message_file", type=InFile, default=None,
              help="The message: the file's bytes exactly (EIP-712: the typed data JSON).")  # fmt: skip
@click.option("--chain-id", type=click.IntRange(1), default=None, help="EVM: the chain id.")
@new_withdrawal_options
@click.pass_obj
def build_cmd(
    app: App,
    fmt: str,
    address: str,
    key_path: str | None,
    text: str | None,
    message_file: Path | None,
    chain_id: int | None,
    meta: NewWithdrawal,
) -> None:
    """Build a message payload for approvers and the signer.

    \b
    Example:
      coldsign message build --format bip322-simple --address tb1q… \\
        --text "Proof of reserves snapshot …" --id msg-1 --initiator ivan \\
        --policy policy.signed.json --whitelist whitelist.signed.json -o msg-1.payload
    """
    from coldsign.codec.message_request import MessageFormat
    from coldsign.transport.files import read_capped

    if (text is None) == (message_file is None):
        raise UsageError("give exactly one of --text and --file")
    if meta.replaces is not None:
        raise UsageError("a message replaces nothing (--replaces is for withdrawals)")
    data = text.encode("utf-8") if text is not None else read_capped(message_file, MESSAGE_CAP)  # type: ignore[arg-type]
    fmt_enum = MessageFormat.parse(fmt)
    created = int(time.time())
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    request, chain = message_request(trusted.policy, fmt_enum, address, key_path, data,
                                     network=meta.network, chain_id=chain_id)  # fmt: skip
    write_message_payload(app, meta, trusted, created, request, chain)


def message_request(
    policy: Any,
    fmt: Any,
    address: str,
    key_path: str | None,
    data: bytes,
    *,
    network: str | None,
    chain_id: int | None,
) -> tuple[MessageRequest, int | None]:
    """The request for `address` with its path (given, or the policy wallet's), and its chain id
    (None on Bitcoin, whose network comes from the request's address via --network)."""
    from coldsign.service.messages import message_request as make

    request, _network, chain = make(policy, fmt, address, key_path, data, network=network,
                                    chain_id=chain_id)  # fmt: skip
    return request, chain


def write_message_payload(
    app: App,
    meta: NewWithdrawal,
    trusted: Any,
    created: int,
    request: MessageRequest,
    chain_id: int | None,
    request_id: bytes | None = None,
) -> None:
    from coldsign.codec.message_request import serialize_message_request

    write_new_payload(
        app, meta, trusted, created, request.format.chain, serialize_message_request(request),
        chain_id=chain_id, request_id=request_id, kind="message",
    )  # fmt: skip


def import_eth_message(
    app: App, meta: NewWithdrawal, request: EthSignRequest, created: int
) -> None:
    """ERC-4527 typed data (2) or personal message (3) as a message payload from the policy
    wallet at the request's path; its signature answers the request (message export --format ur)."""
    from coldsign.chains.evm.address import Address
    from coldsign.chains.evm.build import wallet_by
    from coldsign.codec.bip32 import parse_path
    from coldsign.codec.message_request import MessageFormat, MessageRequest
    from coldsign.formats.erc4527 import DataType

    fmt = MessageFormat.EIP712 if request.data_type is DataType.TYPED_DATA else MessageFormat.EIP191
    chain_id = request.chain_id
    if chain_id is None and fmt is MessageFormat.EIP712:
        from coldsign.messages.eip712 import decode_typed_data

        chain_id = decode_typed_data(request.sign_data).domain_fields.chain_id
    if chain_id is None:
        raise UsageError("the request names no chain id (give the request with one)")
    trusted = documents(app, meta.policy_path, meta.whitelist_path, meta.denylist_path, now=created)
    address = "0x" + request.address.hex() if request.address is not None else None
    wallet = wallet_by(trusted.policy, chain_id, path=request.indexes, address=address)
    sender = Address.parse(wallet.address or "", "wallet address")
    app.info(f"ERC-4527 {fmt.value} request {request.request_uuid} from "
             f"{request.origin or 'a QR wallet'}: {wallet.name} ({sender.checksummed})")  # fmt: skip
    message_req = MessageRequest(fmt, sender.checksummed, parse_path(wallet.path or ""),
                                 request.sign_data)  # fmt: skip
    write_message_payload(app, meta, trusted, created, message_req, chain_id, request.request_id)


# --- export ---------------------------------------------------------------------------------------


def signature_of(p: Payload) -> tuple[MessageRequest, bytes, str]:
    """(request, signature bytes, text as wallets write it), verified again against the request."""
    from coldsign.service.messages import message_signature

    return message_signature(p)


@message.command("export")
@click.argument("source", type=InFile)
@click.option("--format", "fmt", type=click.Choice(["text", "base64", "hex", "ur"]),
              default="text", show_default=True,
              help="text: as wallets write it (BIP-137 base64, BIP-322 smp…/ful…, EVM 0x hex); "
                   "ur: the ur:eth-signature answering an ERC-4527 request.")  # fmt: skip
@click.option("-o", "--out", type=OutFile, default=None, help="Also write it to this file.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.pass_obj
def export_cmd(app: App, source: Path, fmt: str, out: Path | None, force: bool) -> None:
    """Print the signature of a signed message payload (checked again before it is shown)."""
    import base64

    p = read_payload(app, source)
    request, raw, text = signature_of(p)
    if fmt == "base64":
        shown = base64.b64encode(raw).decode("ascii")
    elif fmt == "hex":
        shown = raw.hex()
    elif fmt == "ur":
        if p.request_id is None:
            raise UsageError("--format ur answers an ERC-4527 request (payload import "
                             "--eth-sign-request)")  # fmt: skip
        from coldsign.formats.erc4527 import UR_SIGNATURE, encode_eth_signature
        from coldsign.transport import ur

        shown = ur.encode(ur.UR(UR_SIGNATURE, encode_eth_signature(p.request_id, raw)))
    else:
        shown = text
    result: dict[str, Any] = {
        "format": request.format.value,
        "address": request.address,
        "signature": shown,
    }
    if out is not None:
        from coldsign.cli.gap import write_output

        result.update(write_output(app, shown.encode("ascii"), out, kind="text", qr=None,
                                   force=force, mode=0o644))  # fmt: skip
    app.emit(result, shown)
