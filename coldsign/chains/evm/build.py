"""Build an unsigned EVM withdrawal from an operator's request (pure: no I/O).

Amounts are text and never floats: ETH amounts as `1.5eth`, `30gwei` or an integer of wei; token
amounts in token units, scaled by the decimals the policy declares for the token. The sending
account and the token contract come from the policy, so a request cannot invent either.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import encode_transfer
from coldsign.chains.evm.tx import Eip1559Tx, LegacyTx
from coldsign.chains.evm.units import parse_eth_amount, parse_token_amount
from coldsign.errors import DecodeError, PolicyViolation, UsageError
from coldsign.policy.config import Policy, WalletRule


class TxKind(enum.Enum):
    EIP1559 = "eip1559"
    LEGACY = "legacy"


@dataclass(frozen=True)
class EvmRequest:
    """What `payload build --chain ethereum` asks for (texts as typed; parsed here)."""

    chain_id: int
    from_path: str | None
    from_address: str | None
    to: str
    value: str | None
    token: str | None
    amount: str | None
    nonce: int
    gas_limit: int
    kind: TxKind = TxKind.EIP1559
    max_fee_per_gas: str | None = None
    max_priority_fee_per_gas: str | None = None
    gas_price: str | None = None


def sending_wallet(policy: Policy, request: EvmRequest) -> WalletRule:
    """The policy's EVM wallet named by `--from-path` or `--from` on the request's chain id."""
    if (request.from_path is None) == (request.from_address is None):
        raise UsageError("give exactly one of --from-path and --from")
    return wallet_by(policy, request.chain_id, path=request.from_path, address=request.from_address)


def wallet_by(
    policy: Policy,
    chain_id: int,
    *,
    path: str | tuple[int, ...] | None = None,
    address: str | None = None,
) -> WalletRule:
    """The one EVM wallet of `policy` on `chain_id` with this BIP-32 path and/or address
    (PolicyViolation, exit 4, unless exactly one matches)."""
    from coldsign.codec.bip32 import format_path, parse_path

    found = policy.wallets_on("ethereum", str(chain_id))
    what = []
    if path is not None:
        wanted = parse_path(path) if isinstance(path, str) else path
        found = [w for w in found if w.path is not None and parse_path(w.path) == wanted]
        what.append(f"path {format_path(wanted)}")
    if address is not None:
        parsed = Address.parse(address, "--from")
        found = [w for w in found if w.address and Address.parse(w.address).raw == parsed.raw]
        what.append(f"address {parsed.checksummed}")
    if len(found) != 1:
        raise PolicyViolation(
            [f"the policy has {len(found)} EVM wallet(s) with {' and '.join(what)} on chain id "
             f"{chain_id}; exactly one is needed"]
        )  # fmt: skip
    return found[0]


def build_evm_tx(policy: Policy, request: EvmRequest) -> tuple[Address, LegacyTx | Eip1559Tx]:
    """The sender and the unsigned transaction for `request`.

    A token transfer (`token` + `amount`) becomes `transfer(to, amount)` calldata sent to the
    policy's contract for that symbol with 0 ETH; otherwise `value` ETH goes to `to`.
    DecodeError for unparsable amounts or addresses, UsageError for contradictory options,
    PolicyViolation when the policy does not know the wallet or token.
    """
    wallet = sending_wallet(policy, request)
    sender = Address.parse(wallet.address or "", f"wallet {wallet.name} address")
    to = Address.parse(request.to, "--to")
    if request.token is not None:
        if request.amount is None:
            raise UsageError("--token needs --amount (in token units)")
        if request.value not in (None, "0"):
            raise UsageError("a token transfer sends 0 ETH: leave out --value")
        tokens = [
            a
            for a in policy.assets
            if a.chain == "ethereum"
            and a.chain_id == request.chain_id
            and a.contract is not None
            and a.symbol == request.token
        ]
        if len(tokens) != 1:
            raise PolicyViolation(
                [f"--token: the policy declares no token {request.token!r} on chain id "
                 f"{request.chain_id}"]
            )  # fmt: skip
        token = tokens[0]
        amount = parse_token_amount(request.amount, token.decimals, what="--amount")
        target = Address.parse(token.contract or "", "token contract")
        value, data = 0, encode_transfer(to, amount)
    else:
        if request.amount is not None:
            raise UsageError("--amount is for tokens (with --token); use --value for ETH")
        if request.value is None:
            raise UsageError("give --value (ETH) or --token with --amount")
        target, value, data = to, parse_eth_amount(request.value, what="--value"), b""
    if request.gas_limit < 21_000:
        raise DecodeError("--gas-limit", "below the 21000 gas every transaction costs")
    try:
        if request.kind is TxKind.LEGACY:
            if request.gas_price is None:
                raise UsageError("--type legacy needs --gas-price")
            if request.max_fee_per_gas or request.max_priority_fee_per_gas:
                raise UsageError("--type legacy takes --gas-price, not the EIP-1559 fees")
            return sender, LegacyTx(
                chain_id=request.chain_id,
                nonce=request.nonce,
                gas_price=parse_eth_amount(request.gas_price, what="--gas-price"),
                gas_limit=request.gas_limit,
                to=target,
                value=value,
                data=data,
            )
        if request.max_fee_per_gas is None or request.max_priority_fee_per_gas is None:
            raise UsageError("give --max-fee-per-gas and --max-priority-fee-per-gas")
        if request.gas_price is not None:
            raise UsageError("--gas-price is for --type legacy")
        max_fee = parse_eth_amount(request.max_fee_per_gas, what="--max-fee-per-gas")
        priority = parse_eth_amount(
            request.max_priority_fee_per_gas, what="--max-priority-fee-per-gas"
        )
        if priority > max_fee:
            raise DecodeError("--max-priority-fee-per-gas", "is above --max-fee-per-gas")
        return sender, Eip1559Tx(
            chain_id=request.chain_id,
            nonce=request.nonce,
            max_priority_fee_per_gas=priority,
            max_fee_per_gas=max_fee,
            gas_limit=request.gas_limit,
            to=target,
            value=value,
            data=data,
        )
    except ValueError as exc:  # a field outside uint256 (the tx types validate their fields)
        raise DecodeError("transaction", str(exc)) from None
