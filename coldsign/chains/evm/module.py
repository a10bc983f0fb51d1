"""EVM chains behind the chain interface: policy syntax, facts, review, signing, finalizing.

The chain module's job is to say *what leaves and to whom*; the policy
(`coldsign.policy.checks.evaluate`) then judges it exactly as it judges Bitcoin.

- A plain transfer (empty calldata) sends the chain's native asset to `to`.
- An ERC-20 `transfer(address,uint256)` sends tokens to the beneficiary *inside the calldata*; the
  transaction's `to` must be the contract the policy declares for that token and its ETH value
  must be 0. The whitelist is checked against the beneficiary, never the contract.
- A beneficiary that is another EVM wallet of the policy on the same chain id is an internal
  transfer, judged by a `[[transfers]]` rule (issue 12.3).
- Everything else — `approve`, `transferFrom`, unknown selectors, a transfer with extra bytes,
  contract creation, EIP-2930 (type 1) transactions, access lists, pre-EIP-155 legacy
  transactions — is refused.

The approval digest covers the sender and the unsigned transaction (EIP-2718 / EIP-155 signing
payload, `encode_unsigned`). Fees: the most a transaction can cost is gas limit × max fee per gas
(EIP-1559) or gas limit × gas price (legacy). The account nonce is the replay key
`ethereum:CHAIN_ID:ADDRESS:nonce:N`: one nonce is signed for one content only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coldsign.chains.base import Analysis, ChainTransaction, Finalized, ReviewLine, Signed
from coldsign.chains.evm import messages as evm_messages
from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import CallKind, classify_calldata, decode_transfer
from coldsign.chains.evm.tx import AccessListTx, Eip1559Tx, LegacyTx, TxType, encode_unsigned
from coldsign.codec.jsontext import JsonValue
from coldsign.codec.message_request import MessageFormat, MessageRequest
from coldsign.codec.payload import WITHDRAWAL, Payload
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    NotOurs,
    PolicyViolation,
    Reason,
    UsageError,
)
from coldsign.keys.secrets import Seed
from coldsign.policy.chainspec import EntryAddress, KeyIdentity
from coldsign.policy.checks import OutputFact, OutputRole, TxFacts
from coldsign.policy.config import AssetScope, Policy, WalletRule
from coldsign.policy.fields import Fields

NAME = "ethereum"
UnsignedTx = LegacyTx | AccessListTx | Eip1559Tx

_REFUSED_CALLS = {
    CallKind.ERC20_APPROVE: (
        "calldata.approve",
        "calldata is an ERC-20 approve(): allowances are not withdrawals",
    ),
    CallKind.ERC20_TRANSFER_FROM: (
        "calldata.transfer_from",
        "calldata is an ERC-20 transferFrom(): refused",
    ),
    CallKind.UNKNOWN: (
        "calldata.unknown",
        "calldata is not a plain ERC-20 transfer(address,uint256) "
        "(unknown selector, or extra or malformed bytes)",
    ),
}


@dataclass(frozen=True)
class EvmTx:
    """A payload's unsigned EVM transaction and the account the payload says signs it."""

    tx: UnsignedTx
    sender: Address | None
    chain_id: int

    @property
    def chain(self) -> str:
        return NAME


@dataclass(frozen=True)
class EvmSummary:
    """What the review screen shows for an EVM withdrawal (all amounts in base units)."""

    chain_id: int
    sender: Address
    to: Address | None  # the transaction's `to` (the token contract for ERC-20)
    value_wei: int
    call: CallKind
    beneficiary: Address | None  # native: `to`; ERC-20: the calldata's recipient
    token_amount: int | None  # ERC-20 only
    nonce: int
    gas_limit: int
    tx_type: TxType
    fee_cap_per_gas: int  # max fee per gas (EIP-1559) or gas price (legacy)
    max_priority_fee_per_gas: int | None
    max_fee_wei: int


class EvmSpec:
    """EVM policy syntax: chain ids, wallets as an address at a BIP-32 path, EIP-55 addresses."""

    name = NAME
    fee_decimals = 18

    def parse_wallet(self, fields: Fields, name: str) -> WalletRule:
        chain_id = fields.req_int("chain_id", minimum=1)
        path = fields.req_string("path")
        from coldsign.codec.bip32 import parse_path

        try:
            parse_path(path)
        except DecodeError as exc:
            raise fields.error("path", exc.reason) from None
        address = _address(fields, "address")
        return WalletRule(name, NAME, chain_id=chain_id, path=path, address=address)

    def parse_asset_scope(self, fields: Fields) -> AssetScope:
        chain_id = fields.req_int("chain_id", minimum=1)
        contract = _address(fields, "contract") if fields.has("contract") else None
        decimals = (
            fields.integer("decimals", required=contract is not None, default=18, minimum=0) or 0
        )
        if contract is None and decimals != 18:
            raise fields.error("decimals", "the native asset has 18 decimals")
        if decimals > 36:
            raise fields.error("decimals", "more than 36 decimals")
        gas_text = fields.string("max_fee_per_gas", required=False)
        max_fee_per_gas = None
        if gas_text is not None:
            from coldsign.chains.evm.units import parse_eth_amount

            max_fee_per_gas = parse_eth_amount(gas_text)
        body: list[tuple[str, str | int | bool]] = [("chain_id", chain_id)]
        if contract is not None:
            body += [("contract", contract), ("decimals", decimals)]
        if max_fee_per_gas is not None:
            body.append(("max_fee_per_gas", f"{max_fee_per_gas}wei"))
        return AssetScope(
            decimals=decimals,
            fee_decimals=18,
            body=tuple(body),
            chain_id=chain_id,
            contract=contract,
            max_fee_per_gas=max_fee_per_gas,
            share_allowed=contract is None,
        )

    def parse_entry(self, fields: Fields) -> EntryAddress:
        chain_id = fields.req_int("chain_id", minimum=1)
        address = _address(fields, "address")
        return EntryAddress(str(chain_id), address, address.lower(), (("chain_id", chain_id),))

    def parse_contract(self, fields: Fields, key: str) -> str:
        return _address(fields, key)

    def wallet_keys(self, wallet: WalletRule) -> list[list[KeyIdentity]]:
        # An EVM wallet is an address; one address on several chain ids is one account there,
        # and EIP-155 binds each signature to its chain id, so nothing to compare here.
        return []


def _address(fields: Fields, key: str) -> str:
    text = fields.req_string(key)
    try:
        return Address.parse(text.strip()).checksummed  # its error is re-raised with our path
    except DecodeError as exc:
        raise fields.error(key, exc.reason) from None


def evm_tx_material(sender: Address, tx: UnsignedTx) -> bytes:
    """What the approval digest covers: the 20-byte sender, then the unsigned transaction."""
    return sender.raw + encode_unsigned(tx)


def replay_key(chain_id: int, sender: Address, nonce: int) -> str:
    """The ledger's key for "this account's nonce": signed once, for one content only."""
    return f"{NAME}:{chain_id}:{sender.lower}:nonce:{nonce}"


def wallet_for(policy: Policy, chain_id: int, address: Address) -> WalletRule | None:
    """The policy's EVM wallet with this address on this chain id, or None."""
    for w in policy.wallets_on(NAME, str(chain_id)):
        if w.address is not None and Address.parse(w.address).raw == address.raw:
            return w
    return None


def asset_contract(tx: UnsignedTx) -> str | None:
    """The token contract a transaction moves (its `to` for an ERC-20 call), None for ETH."""
    if classify_calldata(tx.data) is CallKind.NONE or tx.to is None:
        return None
    return tx.to.checksummed


@dataclass(frozen=True)
class EvmReview:
    """The EVM facts an operator checks: chain, sender, value, token, beneficiary, gas, fee."""

    summary: EvmSummary | None
    symbol: str | None
    decimals: int

    @property
    def txid(self) -> str | None:
        return None  # an EVM transaction hash exists only once signed

    def lines(self) -> list[ReviewLine]:
        from coldsign.chains.evm.chains import chain_name
        from coldsign.chains.evm.units import format_gwei, format_wei
        from coldsign.units import format_units

        s = self.summary
        if s is None:
            return [ReviewLine("sender", "the payload does not name the sending account")]
        rows = [
            ReviewLine(
                "chain",
                f"{chain_name(s.chain_id)} (chain id {s.chain_id}), "
                f"{s.tx_type.name.lower()} transaction, nonce {s.nonce}",
            ),
            ReviewLine("from", s.sender.checksummed),
            ReviewLine(
                "to", f"{s.to.checksummed if s.to else 'none'}  value {format_wei(s.value_wei)}"
            ),
        ]
        if s.token_amount is not None:
            amount = format_units(s.token_amount, self.decimals)
            rows.append(
                ReviewLine(
                    "token",
                    f"{amount} {self.symbol or '?'} (contract "
                    f"{s.to.checksummed if s.to else '?'}) to beneficiary "
                    f"{s.beneficiary.checksummed if s.beneficiary else '?'}",
                )
            )
        priority = (
            f", priority {format_gwei(s.max_priority_fee_per_gas)}"
            if s.max_priority_fee_per_gas is not None
            else ""
        )
        rows.append(
            ReviewLine(
                "gas",
                f"limit {s.gas_limit}, max fee per gas {format_gwei(s.fee_cap_per_gas)}"
                f"{priority}; maximum fee {format_wei(s.max_fee_wei)}",
            )
        )
        return rows

    def inputs(self) -> list[ReviewLine]:
        return []

    def to_json(self) -> dict[str, JsonValue]:
        from coldsign.chains.evm.chains import chain_name
        from coldsign.chains.evm.units import format_gwei, format_wei
        from coldsign.units import format_units

        s = self.summary
        if s is None:
            return {}
        token: JsonValue = None
        if s.token_amount is not None:
            token = {
                "symbol": self.symbol,
                "contract": s.to.checksummed if s.to else None,
                "amount": format_units(s.token_amount, self.decimals),
                "amount_base_units": str(s.token_amount),
            }
        return {
            "chain_id": s.chain_id,
            "chain_name": chain_name(s.chain_id),
            "type": s.tx_type.name.lower(),
            "call": s.call.value,
            "sender": s.sender.checksummed,
            "to": s.to.checksummed if s.to else None,
            "value": format_wei(s.value_wei),
            "value_wei": str(s.value_wei),
            "token": token,
            "beneficiary": s.beneficiary.checksummed if s.beneficiary else None,
            "nonce": s.nonce,
            "gas_limit": s.gas_limit,
            "max_fee_per_gas": format_gwei(s.fee_cap_per_gas),
            "max_priority_fee_per_gas": (
                format_gwei(s.max_priority_fee_per_gas)
                if s.max_priority_fee_per_gas is not None
                else None
            ),
            "max_fee": format_wei(s.max_fee_wei),
            "max_fee_wei": str(s.max_fee_wei),
        }


class EvmModule:
    """`coldsign.chains.base.ChainModule` for EVM chains (the unsigned RLP inside the payload)."""

    spec = EvmSpec()

    def decode(self, payload: Payload) -> ChainTransaction:
        from coldsign.chains.evm.tx import decode_unsigned

        if payload.chain_id is None or payload.chain_id < 1:
            raise DecodeError("payload", "an EVM payload needs a chain id of at least 1")
        if payload.network is not None:
            raise DecodeError("payload", "an EVM payload has a chain id, not a network")
        if payload.kind != WITHDRAWAL:  # issue 15: messages and typed data, chains/evm/messages.py
            return evm_messages.decode(payload)
        sender = Address(payload.sender) if payload.sender is not None else None
        return EvmTx(decode_unsigned(payload.transaction), sender, payload.chain_id)

    def analyze(self, payload: Payload, tx: ChainTransaction, policy: Policy) -> Analysis:
        if isinstance(tx, evm_messages.EvmMessage):
            return evm_messages.analyze_message(payload, tx, policy)
        assert isinstance(tx, EvmTx)
        return evm_analysis(tx, policy)

    def sign(self, payload: Payload, tx: ChainTransaction, seed: Seed, policy: Policy) -> Signed:
        """The key at the policy wallet's path must have the payload's sender address (NotOurs,
        exit 8, otherwise); the signed transaction is decoded again and must recover to the
        sender and carry exactly the approved unsigned transaction before it is released."""
        from coldsign.chains.evm.keys import sign_with_seed
        from coldsign.chains.evm.tx import encode_signed, verify_signed

        if isinstance(tx, evm_messages.EvmMessage):
            return evm_messages.sign_message(payload, tx, seed, policy)
        assert isinstance(tx, EvmTx)
        if tx.sender is None:
            raise NotOurs("the payload names no sender")
        wallet = wallet_for(policy, tx.chain_id, tx.sender)
        if wallet is None or wallet.path is None:
            raise NotOurs("the sender is not a wallet of the policy")
        signed = sign_with_seed(tx.tx, seed, wallet.path, expected_address=tx.sender)
        raw = encode_signed(signed)
        verify_signed(raw, payload.transaction, tx.sender)  # self-check before release
        return Signed(replace(payload, signed_transaction=raw), 1)

    def message_request(
        self,
        policy: Policy,
        fmt: MessageFormat,
        address: str,
        path: str | None,
        message: bytes,
        *,
        network: str | None,
        chain_id: int | None,
    ) -> tuple[MessageRequest, str | None, int | None]:
        return evm_messages.build_request(
            policy, fmt, address, path, message, network=network, chain_id=chain_id
        )

    def message_signature(self, payload: Payload) -> tuple[bytes, str]:
        return evm_messages.signature_parts(payload)

    def combine(self, payloads: list[Payload]) -> bytes:
        base = payloads[0].transaction
        if any(p.transaction != base for p in payloads[1:]):
            raise AuthenticationError(["transactions differ"])
        return base

    def finalize(self, payload: Payload) -> Finalized:
        from coldsign.chains.evm.tx import tx_hash, verify_signed

        if payload.kind != WITHDRAWAL:
            raise UsageError(f"a {payload.kind} payload has no transaction: use message export")
        if payload.signed_transaction is None:
            raise PolicyViolation(["the payload is not signed yet"])
        sender = Address(payload.sender) if payload.sender is not None else None
        signed = verify_signed(payload.signed_transaction, payload.transaction, sender)
        raw = payload.signed_transaction
        return Finalized(raw, "0x" + raw.hex(), "0x" + tx_hash(signed).hex())


def evm_analysis(tx: EvmTx, policy: Policy) -> Analysis:
    """Facts for `evaluate` and the review; every refusal listed. A missing sender cannot be
    judged at all: the facts then carry only refusals."""
    unsigned, sender = tx.tx, tx.sender
    refusals: list[Reason] = []
    chain_id = unsigned.chain_id
    if chain_id is None:
        refusals.append(
            Reason(
                "tx.no_chain_id",
                "chain id: legacy transaction without EIP-155 replay protection",
                field="chain_id",
            )
        )
    elif tx.chain_id != chain_id:
        refusals.append(
            Reason(
                "tx.chain_id_mismatch",
                f"chain id: the payload says {tx.chain_id}, the transaction says {chain_id}",
                field="chain_id",
            )
        )
    effective_chain = chain_id or tx.chain_id
    if unsigned.type is TxType.ACCESS_LIST:
        refusals.append(
            Reason(
                "tx.type1",
                "transaction type 1 (EIP-2930) is not supported: use type 2 or legacy",
                field="type",
            )
        )
    if isinstance(unsigned, AccessListTx | Eip1559Tx) and unsigned.access_list:
        refusals.append(
            Reason(
                "tx.access_list",
                "access list: not allowed (it can make the transaction cost more gas)",
                field="access_list",
            )
        )
    if unsigned.to is None:
        refusals.append(
            Reason("tx.create", "to: contract creation is not a withdrawal", field="to")
        )
    from_wallet = None
    if sender is None:
        refusals.append(
            Reason(
                "sender.missing",
                "sender: the payload does not name the sending account",
                field="sender",
            )
        )
    else:
        wallet = wallet_for(policy, effective_chain, sender)
        if wallet is None:
            refusals.append(
                Reason(
                    "sender.not_ours",
                    f"sender: {sender.checksummed} is not a wallet of the policy on chain id "
                    f"{effective_chain}",
                    field="sender",
                )
            )
        else:
            from_wallet = wallet.name

    call = classify_calldata(unsigned.data)
    contract = asset_contract(unsigned)
    asset = policy.asset_for(NAME, str(effective_chain), contract)
    native = policy.asset_for(NAME, str(effective_chain), None)
    outputs: tuple[OutputFact, ...] = ()
    beneficiary: Address | None = None
    token_amount: int | None = None
    hint = f"the native asset of chain id {effective_chain}"
    if call is CallKind.NONE:
        beneficiary = unsigned.to
        amount = unsigned.value
    elif call is CallKind.ERC20_TRANSFER:
        transfer = decode_transfer(unsigned.data)
        beneficiary, token_amount, amount = transfer.to, transfer.amount, transfer.amount
        hint = f"token contract {contract or 'none'} on chain id {effective_chain} (unknown token)"
        if unsigned.value != 0:
            refusals.append(
                Reason(
                    "tx.token_value",
                    f"value: a token transfer must send 0 ETH, this one sends {unsigned.value} wei",
                    field="value",
                )
            )
    else:
        code, text = _REFUSED_CALLS[call]
        refusals.append(Reason(code, text, field="data"))
        if asset is not None:
            hint = asset.symbol
    if beneficiary is not None and call in (CallKind.NONE, CallKind.ERC20_TRANSFER):
        internal = wallet_for(policy, effective_chain, beneficiary)
        role = OutputRole.TRANSFER if internal is not None else OutputRole.EXTERNAL
        outputs = (
            OutputFact(
                0,
                beneficiary.checksummed,
                amount,
                role,
                beneficiary.lower,
                internal.name if internal is not None else None,
            ),
        )
    facts = TxFacts(
        chain=NAME,
        scope=str(effective_chain),
        tx_material=(
            evm_tx_material(sender, unsigned) if sender is not None else encode_unsigned(unsigned)
        ),
        asset_symbol_hint=hint,
        contract=contract,
        from_wallet=from_wallet,
        outputs=outputs,
        fee=unsigned.max_fee_wei,
        fee_decimals=18,
        fee_unit=native.symbol if native is not None else "ETH",
        spends=(
            (replay_key(effective_chain, sender, unsigned.nonce),) if sender is not None else ()
        ),
        fee_per_gas=unsigned.fee_cap_per_gas,
        refusals=tuple(refusals),
    )
    summary = None
    if sender is not None:
        summary = EvmSummary(
            chain_id=effective_chain,
            sender=sender,
            to=unsigned.to,
            value_wei=unsigned.value,
            call=call,
            beneficiary=beneficiary,
            token_amount=token_amount,
            nonce=unsigned.nonce,
            gas_limit=unsigned.gas_limit,
            tx_type=unsigned.type,
            fee_cap_per_gas=unsigned.fee_cap_per_gas,
            max_priority_fee_per_gas=(
                unsigned.max_priority_fee_per_gas if isinstance(unsigned, Eip1559Tx) else None
            ),
            max_fee_wei=unsigned.max_fee_wei,
        )
    review = EvmReview(summary, asset.symbol if asset else None, asset.decimals if asset else 18)
    return Analysis(facts, review)


MODULE = EvmModule()
