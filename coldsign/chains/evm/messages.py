"""EVM messages behind the chain interface: EIP-191 personal_sign and EIP-712 typed data v4.

The request names the signing address and path; it must be a policy wallet (address and path
both as the policy states them). Typed data is decoded once (`messages.eip712`), its domain and
primary type become facts for the policy, and `messages.value_moving.classify` decides whether
it moves value: a permit, Permit2, EIP-3009 authorization, Safe transaction or Seaport order is
turned into outputs (spender or recipient, amount, token), so `policy.checks.evaluate` holds it
against the whitelist, the token's caps, tiers and velocity exactly like a transfer, and charges
it to the token's ledger key. Typed data coldsign does not recognise is shown field by field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from coldsign.chains.base import Analysis, ChainTransaction, ReviewLine, Signed
from coldsign.chains.bitcoin.messages import MessageReview, message_text, request_material
from coldsign.chains.evm.address import Address
from coldsign.codec.message_request import MessageFormat, MessageRequest, parse_message_request
from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, DecodeError, NotOurs, PolicyViolation, Reason
from coldsign.keys.secrets import Seed
from coldsign.messages.eip712 import TypedData, Value
from coldsign.messages.value_moving import ValueMovingMessage
from coldsign.policy.checks import OutputFact, OutputRole, TxFacts
from coldsign.policy.config import Policy, WalletRule
from coldsign.policy.messages import (
    MESSAGE,
    MessageFacts,
    MovementFacts,
    TypedDataFacts,
    ValueMovingFacts,
)
from coldsign.units import format_units

NAME = "ethereum"
MAX_FIELDS_SHOWN = 400
_OWNER_SIGNS = {"erc2612-permit", "dai-permit", "eip3009-transfer-with-authorization",
                "eip3009-receive-with-authorization"}  # fmt: skip


@dataclass(frozen=True)
class EvmMessage:
    """An EVM message payload's request, its chain id, and the decoded typed data (EIP-712)."""

    request: MessageRequest
    chain_id: int
    typed: TypedData | None
    value_moving: ValueMovingMessage | None

    @property
    def chain(self) -> str:
        return NAME


def decode(payload: Payload) -> ChainTransaction:
    """The request and, for EIP-712, its typed data and what it moves (DecodeError, exit 3, for
    typed data that does not decode or a known value-moving type of another shape)."""
    from coldsign.messages.eip712 import decode_typed_data
    from coldsign.messages.value_moving import classify

    if payload.kind != MESSAGE:
        raise DecodeError(
            "payload", f"kind {payload.kind!r} is not one coldsign signs on EVM chains"
        )
    if payload.replaces is not None or payload.sender is not None:
        raise DecodeError("payload", "a message payload replaces nothing and has no sender")
    assert payload.chain_id is not None
    request = parse_message_request(payload.transaction)
    if request.format.chain != NAME:
        raise DecodeError("payload", f"{request.format.value} is not an EVM format")
    Address.parse(request.address, "message request address")
    typed = vm = None
    if request.format is MessageFormat.EIP712:
        typed = decode_typed_data(request.message)
        vm = classify(typed)
    return EvmMessage(request, payload.chain_id, typed, vm)


def signer_wallet(policy: Policy, chain_id: int, request: MessageRequest) -> WalletRule | None:
    """The policy's EVM wallet on `chain_id` with the request's address *and* path, or None."""
    from coldsign.chains.evm.module import wallet_for
    from coldsign.codec.bip32 import parse_path

    wallet = wallet_for(policy, chain_id, Address.parse(request.address, "address"))
    if wallet is None or wallet.path is None or parse_path(wallet.path) != request.path:
        return None
    return wallet


def _show(v: Value) -> str:
    """A typed-data value as text; strings JSON-escaped so no control character reaches a screen."""
    if isinstance(v, Address):
        return v.checksummed
    if isinstance(v, bytes):
        return "0x" + v.hex()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=True)
    return str(v)


def _movement(m: object) -> MovementFacts:
    from coldsign.messages.value_moving import Movement

    assert isinstance(m, Movement)
    return MovementFacts(
        m.asset.kind.value,
        m.asset.contract.checksummed if m.asset.contract is not None else None,
        m.amount,
        m.counterparty.checksummed if m.counterparty is not None else None,
        m.role.value,
        m.expiration,
    )


def value_moving_facts(vm: ValueMovingMessage) -> ValueMovingFacts:
    return ValueMovingFacts(
        kind=vm.kind.value,
        contract=vm.contract.checksummed if vm.contract is not None else None,
        chain_id=vm.chain_id,
        owner=vm.owner.checksummed if vm.owner is not None else None,
        owner_is_signer=vm.kind.value in _OWNER_SIGNS,
        movements=tuple(_movement(m) for m in vm.movements),
        receipts=tuple(_movement(m) for m in vm.receipts),
        deadline=vm.deadline,
        nonce=vm.nonce,
        unknowns=vm.unknowns,
    )


def analyze_message(payload: Payload, tx: EvmMessage, policy: Policy) -> Analysis:
    """Facts and review of an EVM message or typed data request."""
    from coldsign.chains.evm.module import wallet_for
    from coldsign.messages.screen import transaction_like

    request = tx.request
    wallet = signer_wallet(policy, tx.chain_id, request)
    refusals: list[Reason] = []
    outputs: tuple[OutputFact, ...] = ()
    contract: str | None = None
    spends: tuple[str, ...] = ()
    typed_facts = None
    extra_lines: list[ReviewLine] = []
    data: list[tuple[str, object]] = []
    hint = "a message"
    if tx.typed is None:
        screened = transaction_like(request.message)
        if screened is not None:
            refusals.append(
                Reason("message.transaction_like", f"message: {screened}", field="message")
            )
        material = request_material(request)
    else:
        from coldsign.messages.eip712 import iter_fields
        from coldsign.messages.value_moving import disguises

        td = tx.typed
        d = td.domain_fields
        domain: list[tuple[str, str]] = []
        if d.name is not None:
            domain.append(("name", d.name))
        if d.version is not None:
            domain.append(("version", d.version))
        if d.chain_id is not None:
            domain.append(("chainId", str(d.chain_id)))
        if d.verifying_contract is not None:
            domain.append(("verifyingContract", d.verifying_contract.lower))
        if d.salt is not None:
            domain.append(("salt", "0x" + d.salt.hex()))
        vm = value_moving_facts(tx.value_moving) if tx.value_moving is not None else None
        typed_facts = TypedDataFacts(
            tuple(domain), td.primary_type, td.signing_hash, vm, disguises(td)
        )
        material = request_material(request, td.signing_hash)
        shown_domain = ", ".join(f"{k}={_show(v)}" for k, v in td.domain.fields)
        extra_lines += [
            ReviewLine("domain", shown_domain),
            ReviewLine("primary type", td.primary_type),
            ReviewLine("signing hash", "0x" + td.signing_hash.hex()),
        ]
        data += [
            ("domain", {k: _show(v) for k, v in td.domain.fields}),
            ("primary_type", td.primary_type),
            ("signing_hash", "0x" + td.signing_hash.hex()),
        ]
        if tx.value_moving is not None and vm is not None:
            outputs, contract, hint = _outputs(policy, tx, vm)
            extra_lines += _value_lines(policy, tx, vm)
            data.append(("value_moving", _value_json(vm)))
            if vm.nonce is not None:
                signer = Address.parse(request.address, "address").lower
                spends = (
                    f"{NAME}:{tx.chain_id}:{signer}:{vm.kind}:{(vm.contract or '').lower()}:"
                    f"nonce:{vm.nonce}",
                )
        else:
            extra_lines.append(ReviewLine("moves value", "not known to (shown field by field)"))
        fields = list(iter_fields(td.message))
        for path, value in fields[:MAX_FIELDS_SHOWN]:
            extra_lines.append(ReviewLine(f"  {path}", _show(value)))
        if len(fields) > MAX_FIELDS_SHOWN:
            extra_lines.append(
                ReviewLine(
                    "  …", f"{len(fields) - MAX_FIELDS_SHOWN} more fields (payload show --json)"
                )
            )
        data.append(("fields", [[p, _show(v)] for p, v in fields]))
    sender = wallet_for(policy, tx.chain_id, Address.parse(request.address, "address"))
    native = policy.asset_for(NAME, str(tx.chain_id), None)
    facts = TxFacts(
        chain=NAME,
        scope=str(tx.chain_id),
        tx_material=material,
        asset_symbol_hint=hint,
        contract=contract,
        from_wallet=wallet.name if wallet else (sender.name if sender else None),
        outputs=outputs,
        fee=0,
        fee_decimals=18,
        fee_unit=native.symbol if native is not None else "ETH",
        spends=spends,
        refusals=tuple(refusals),
        message=MessageFacts(
            MESSAGE,
            request.format.value,
            wallet.name if wallet else None,
            Address.parse(request.address, "address").checksummed,
            request.path_text,
            message_text(request.message) if tx.typed is None else None,
            typed_facts,
        ),
    )
    review = MessageReview(
        request.format.value,
        Address.parse(request.address, "address").checksummed,
        request.path_text,
        wallet.name if wallet else None,
        request.message,
        tuple(extra_lines),
        tuple(data),  # type: ignore[arg-type]
    )
    return Analysis(facts, review)


def _outputs(
    policy: Policy, tx: EvmMessage, vm: ValueMovingFacts
) -> tuple[tuple[OutputFact, ...], str | None, str]:
    """The movements as outputs of one asset (the first movement's): what `evaluate` judges."""
    from coldsign.chains.evm.module import wallet_for

    usable = [m for m in vm.movements if m.asset_kind in ("native", "erc20")]
    if not usable:
        return (), None, f"the assets of {vm.kind}"
    token = usable[0].token
    outputs = []
    for index, m in enumerate(vm.movements):
        if m.asset_kind not in ("native", "erc20") or (m.token or "") != (token or ""):
            continue  # refused by the policy (typed_data.multi_asset / asset_kind)
        if m.counterparty is None or m.amount is None:
            continue  # refused (typed_data.counterparty / unbounded)
        target = Address.parse(m.counterparty, "counterparty")
        own = wallet_for(policy, tx.chain_id, target)
        outputs.append(
            OutputFact(
                index,
                target.checksummed,
                m.amount,
                OutputRole.TRANSFER if own is not None else OutputRole.EXTERNAL,
                target.lower,
                own.name if own is not None else None,
            )
        )
    hint = (
        f"token contract {token} on chain id {tx.chain_id} (unknown token)"
        if token
        else (f"the native asset of chain id {tx.chain_id}")
    )
    return tuple(outputs), token, hint


def _amount(policy: Policy, chain_id: int, token: str | None, amount: int | None) -> str:
    if amount is None:
        return "UNBOUNDED"
    asset = policy.asset_for(NAME, str(chain_id), token)
    if asset is None:
        return f"{amount} base units of an asset the policy does not know"
    return f"{format_units(amount, asset.decimals)} {asset.symbol}"


def _value_lines(policy: Policy, tx: EvmMessage, vm: ValueMovingFacts) -> list[ReviewLine]:
    rows = [ReviewLine("MOVES VALUE", f"{vm.kind} (verifying contract {vm.contract or 'none'})")]
    for i, m in enumerate(vm.movements):
        rows.append(
            ReviewLine(
                f"  {m.role} {i}",
                f"{_amount(policy, tx.chain_id, m.token, m.amount)} (token {m.token or 'native'}) "
                f"to {m.counterparty or 'WHOEVER EXECUTES IT'}"
                + (f", until {m.expiration}" if m.expiration is not None else ""),
            )
        )
    for i, m in enumerate(vm.receipts):
        rows.append(
            ReviewLine(
                f"  receipt {i}",
                f"{_amount(policy, tx.chain_id, m.token, m.amount)} to {m.counterparty or '?'}",
            )
        )
    rows.append(ReviewLine("  owner", vm.owner or "-"))
    rows.append(ReviewLine("  deadline", str(vm.deadline) if vm.deadline is not None else "none"))
    rows.append(ReviewLine("  nonce", str(vm.nonce) if vm.nonce is not None else "-"))
    for note in vm.unknowns:
        rows.append(ReviewLine("  UNKNOWN", note))
    return rows


def _value_json(vm: ValueMovingFacts) -> dict[str, object]:
    return {
        "kind": vm.kind,
        "contract": vm.contract,
        "owner": vm.owner,
        "deadline": str(vm.deadline) if vm.deadline is not None else None,
        "nonce": str(vm.nonce) if vm.nonce is not None else None,
        "movements": [
            {
                "role": m.role,
                "asset": m.asset_kind,
                "token": m.token,
                "amount": str(m.amount) if m.amount is not None else None,
                "counterparty": m.counterparty,
            }
            for m in vm.movements
        ],
        "unknowns": list(vm.unknowns),
    }


def sign_message(payload: Payload, tx: EvmMessage, seed: Seed, policy: Policy) -> Signed:
    """Sign with the key at the wallet's path (its address must be the request's, NotOurs
    otherwise); the signature recovers to the address before it is released. SIGNED_TRANSACTION
    holds r || s || v (65 bytes, v = 27 or 28)."""
    from coldsign.messages import eip191, eip712

    wallet = signer_wallet(policy, tx.chain_id, tx.request)
    if wallet is None or wallet.path is None:
        raise NotOurs("the request's address and path are not a wallet of the policy")
    address = Address.parse(tx.request.address, "address")
    if tx.typed is not None:
        sig = eip712.sign_with_seed(tx.typed, seed, wallet.path, expected_address=address)
        ok = eip712.verify(address, tx.typed, sig)
    else:
        sig = eip191.sign_with_seed(tx.request.message, seed, wallet.path, expected_address=address)
        ok = eip191.verify(address, tx.request.message, sig)
    if not ok:
        raise AuthenticationError(["our own signature does not recover to the wallet address"])
    return Signed(replace(payload, signed_transaction=sig.to_bytes()), 1)


def build_request(
    policy: Policy,
    fmt: MessageFormat,
    address: str,
    path: str | None,
    message: bytes,
    *,
    network: str | None,
    chain_id: int | None,
) -> tuple[MessageRequest, str | None, int]:
    """The request for the policy wallet with `address` (and `path`, when given) on `chain_id`."""
    from coldsign.chains.evm.build import wallet_by
    from coldsign.codec.bip32 import parse_path
    from coldsign.errors import UsageError

    if chain_id is None:
        raise UsageError("EVM formats need --chain-id")
    if network is not None:
        raise UsageError("EVM formats take --chain-id, not --network")
    wallet = wallet_by(policy, chain_id, path=path, address=address)
    parsed = Address.parse(wallet.address or "", "wallet address")
    request = MessageRequest(fmt, parsed.checksummed, parse_path(wallet.path or ""), message)
    return request, None, chain_id


def signature_parts(payload: Payload) -> tuple[bytes, str]:
    """(r || s || v, its 0x hex) of a signed EVM message payload, verified again."""
    tx = decode(payload)
    assert isinstance(tx, EvmMessage)
    raw = signature_bytes(payload, tx)
    return raw, "0x" + raw.hex()


def signature_bytes(payload: Payload, tx: EvmMessage) -> bytes:
    """The 65-byte signature of a signed EVM message payload, checked again: it must recover to
    the request's address over the request's message or typed data."""
    from coldsign.messages import eip191, eip712
    from coldsign.messages.evmsig import EvmSignature

    raw = payload.signed_transaction
    if raw is None:
        raise PolicyViolation(["the payload is not signed yet"])
    sig = EvmSignature.from_bytes(raw)
    address = Address.parse(tx.request.address, "address")
    ok = (
        eip712.verify(address, tx.typed, sig)
        if tx.typed is not None
        else eip191.verify(address, tx.request.message, sig)
    )
    if not ok:
        raise AuthenticationError(["the payload's signature does not recover to its address"])
    return sig.to_bytes()
