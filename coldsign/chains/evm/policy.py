"""What the policy needs to know about an EVM withdrawal, drawn from its unsigned transaction.

Pure: no I/O, no printing. The chain module's job is to say *what leaves and to whom*; the policy
(`coldsign.policy.checks.evaluate`) then judges it exactly as it judges Bitcoin.

- A plain transfer (empty calldata) sends the chain's native asset to `to`.
- An ERC-20 `transfer(address,uint256)` sends tokens to the beneficiary *inside the calldata*; the
  transaction's `to` must be the contract the policy declares for that token and its ETH value
  must be 0. The whitelist is checked against the beneficiary, never the contract.
- Everything else — `approve`, `transferFrom`, unknown selectors, a transfer with extra bytes,
  contract creation, EIP-2930 (type 1) transactions, access lists, pre-EIP-155 legacy
  transactions — is refused: no policy feature allows them yet.

The approval digest covers the sender and the unsigned transaction (EIP-2718 / EIP-155 signing
payload, `encode_unsigned`), so approvers bind exactly which account pays and what it signs.
Fees: the maximum a transaction can cost is gas limit × max fee per gas (EIP-1559) or gas
limit × gas price (legacy); both that total and the per-gas cap are checked against the asset.
"""

from __future__ import annotations

from dataclasses import dataclass

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import CallKind, classify_calldata, decode_transfer
from coldsign.chains.evm.tx import AccessListTx, Eip1559Tx, LegacyTx, TxType, encode_unsigned
from coldsign.policy.checks import OutputFact, TxFacts
from coldsign.policy.config import AssetRule, Chain, Policy, WalletRule

UnsignedTx = LegacyTx | AccessListTx | Eip1559Tx

_REFUSED_CALLS = {
    CallKind.ERC20_APPROVE: "calldata is an ERC-20 approve(): allowances are not withdrawals",
    CallKind.ERC20_TRANSFER_FROM: "calldata is an ERC-20 transferFrom(): refused",
    CallKind.UNKNOWN: "calldata is not a plain ERC-20 transfer(address,uint256) "
    "(unknown selector, or extra or malformed bytes)",
}


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


def evm_tx_material(sender: Address, tx: UnsignedTx) -> bytes:
    """What the approval digest covers: the 20-byte sender, then the unsigned transaction."""
    return sender.raw + encode_unsigned(tx)


def replay_key(chain_id: int, sender: Address, nonce: int) -> str:
    """The spend ledger's key for "this account's nonce": signed once, for one content only."""
    return f"{chain_id}:{sender.lower}:{nonce}"


def wallet_for(policy: Policy, chain_id: int, sender: Address) -> WalletRule | None:
    """The policy's EVM wallet with this address on this chain id (the signer's path comes
    from it), or None."""
    for w in policy.wallets:
        if (
            w.chain is Chain.ETHEREUM
            and w.chain_id == chain_id
            and w.address is not None
            and Address.parse(w.address).raw == sender.raw
        ):
            return w
    return None


def asset_for_tx(policy: Policy, chain_id: int, tx: UnsignedTx) -> AssetRule | None:
    """The asset a transaction moves: the token whose contract is `to` when the calldata is an
    ERC-20 call, else the chain's native asset."""
    call = classify_calldata(tx.data)
    if call is CallKind.NONE:
        return policy.asset_for(Chain.ETHEREUM, chain_id=chain_id, contract=None)
    if tx.to is None:
        return None
    return policy.asset_for(Chain.ETHEREUM, chain_id=chain_id, contract=tx.to.checksummed)


def evm_facts(
    payload_chain_id: int | None,
    sender: Address | None,
    tx: UnsignedTx,
    policy: Policy,
) -> tuple[TxFacts, AssetRule | None, EvmSummary | None]:
    """Facts for `evaluate`, the asset rule, and the review summary; every refusal listed.

    `payload_chain_id` and `sender` come from the payload's records; `tx` is its decoded
    unsigned transaction. A missing sender cannot be judged at all: the facts then carry only
    refusals and the summary is None.
    """
    refusals: list[str] = []
    chain_id = tx.chain_id
    if chain_id is None:
        refusals.append("chain id: legacy transaction without EIP-155 replay protection")
    elif payload_chain_id != chain_id:
        refusals.append(
            f"chain id: the payload says {payload_chain_id}, the transaction says {chain_id}"
        )
    effective_chain = chain_id or payload_chain_id or 0
    if tx.type is TxType.ACCESS_LIST:
        refusals.append("transaction type 1 (EIP-2930) is not supported: use type 2 or legacy")
    if isinstance(tx, AccessListTx | Eip1559Tx) and tx.access_list:
        refusals.append("access list: not allowed (it can make the transaction cost more gas)")
    if tx.to is None:
        refusals.append("to: contract creation is not a withdrawal")
    if sender is None:
        refusals.append("sender: the payload does not name the sending account")
    elif wallet_for(policy, effective_chain, sender) is None:
        refusals.append(
            f"sender: {sender.checksummed} is not a wallet of the policy on chain id "
            f"{effective_chain}"
        )

    call = classify_calldata(tx.data)
    asset = asset_for_tx(policy, effective_chain, tx)
    outputs: tuple[OutputFact, ...] = ()
    beneficiary: Address | None = None
    token_amount: int | None = None
    hint = f"the native asset of chain id {effective_chain}"
    if call is CallKind.NONE:
        beneficiary = tx.to
        if tx.to is not None:
            outputs = (OutputFact(0, tx.to.checksummed, tx.value, False, tx.to.lower),)
    elif call is CallKind.ERC20_TRANSFER:
        transfer = decode_transfer(tx.data)
        beneficiary, token_amount = transfer.to, transfer.amount
        contract = tx.to.checksummed if tx.to is not None else "none"
        hint = f"token contract {contract} on chain id {effective_chain} (unknown token)"
        if tx.value != 0:
            refusals.append(
                f"value: a token transfer must send 0 ETH, this one sends {tx.value} wei"
            )
        outputs = (
            OutputFact(0, transfer.to.checksummed, transfer.amount, False, transfer.to.lower),
        )
    else:
        refusals.append(_REFUSED_CALLS[call])
        if asset is not None:
            hint = asset.symbol
    facts = TxFacts(
        tx_material=evm_tx_material(sender, tx) if sender is not None else encode_unsigned(tx),
        asset_symbol_hint=hint,
        outputs=outputs,
        fee=tx.max_fee_wei,
        fee_per_gas=tx.fee_cap_per_gas,
        refusals=tuple(refusals),
        replay_key=replay_key(effective_chain, sender, tx.nonce) if sender is not None else "",
    )
    summary = None
    if sender is not None:
        summary = EvmSummary(
            chain_id=effective_chain,
            sender=sender,
            to=tx.to,
            value_wei=tx.value,
            call=call,
            beneficiary=beneficiary,
            token_amount=token_amount,
            nonce=tx.nonce,
            gas_limit=tx.gas_limit,
            tx_type=tx.type,
            fee_cap_per_gas=tx.fee_cap_per_gas,
            max_priority_fee_per_gas=(
                tx.max_priority_fee_per_gas if isinstance(tx, Eip1559Tx) else None
            ),
            max_fee_wei=tx.max_fee_wei,
        )
    return facts, asset, summary
