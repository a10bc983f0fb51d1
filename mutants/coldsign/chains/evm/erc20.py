"""ERC-20 calldata: `transfer(address,uint256)` encode and strict decode, and a classifier.

The policy signs plain token transfers only, so the decoder accepts exactly one shape (Solidity
ABI, ERC-20): the 4-byte selector a9059cbb, a 32-byte address word whose upper 12 bytes are zero,
and a 32-byte amount, 68 bytes in all. Extra bytes, short words, dirty address padding or any other
selector are refused; `classify_calldata` names the other common ERC-20 calls so a refusal can say
what it saw.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from coldsign.chains.evm.address import ADDRESS_SIZE, Address
from coldsign.chains.evm.tx import MAX_UINT256
from coldsign.errors import DecodeError

# First four bytes of keccak256 of the canonical signature (checked against keccak in the tests).
SELECTOR_TRANSFER = bytes.fromhex("a9059cbb")  # transfer(address,uint256)
SELECTOR_APPROVE = bytes.fromhex("095ea7b3")  # approve(address,uint256)
SELECTOR_TRANSFER_FROM = bytes.fromhex("23b872dd")  # transferFrom(address,address,uint256)
TRANSFER_CALLDATA_SIZE = 4 + 32 + 32
_WORD = 32
_PAD = _WORD - ADDRESS_SIZE

WHAT = "ERC-20 transfer calldata"


class CallKind(enum.Enum):
    """What a transaction's calldata asks for, as far as the policy cares."""

    NONE = "none"  # empty calldata: a plain value transfer
    ERC20_TRANSFER = "erc20-transfer"  # exactly transfer(address,uint256), strictly decodable
    ERC20_APPROVE = "erc20-approve"
    ERC20_TRANSFER_FROM = "erc20-transfer-from"
    UNKNOWN = "unknown"  # anything else, including a malformed transfer


@dataclass(frozen=True)
class Erc20Transfer:
    """A decoded `transfer(to, amount)`: beneficiary, and amount in the token's base units."""

    to: Address
    amount: int

    def __post_init__(self) -> None:
        if not isinstance(self.to, Address):
            raise ValueError("to must be an Address")
        if not isinstance(self.amount, int) or not 0 <= self.amount <= MAX_UINT256:
            raise ValueError("amount must be a uint256")


def encode_transfer(to: Address, amount: int) -> bytes:
    """ABI calldata for `transfer(to, amount)`, 68 bytes. ValueError if amount is not a uint256."""
    transfer = Erc20Transfer(to, amount)
    return (
        SELECTOR_TRANSFER + bytes(_PAD) + transfer.to.raw + transfer.amount.to_bytes(_WORD, "big")
    )


def decode_transfer(data: bytes) -> Erc20Transfer:
    """Decode calldata that must be exactly `transfer(address,uint256)`: selector a9059cbb,
    4 + 64 bytes, zero upper 12 bytes in the address word. DecodeError otherwise."""
    data = bytes(data)
    if data[:4] != SELECTOR_TRANSFER:
        raise DecodeError(WHAT, "selector is not transfer(address,uint256) a9059cbb", offset=0)
    if len(data) != TRANSFER_CALLDATA_SIZE:
        raise DecodeError(WHAT, f"{len(data)} bytes, expected exactly {TRANSFER_CALLDATA_SIZE}")
    if any(data[4 : 4 + _PAD]):
        raise DecodeError(WHAT, "address word has non-zero upper 12 bytes", offset=4)
    to = Address(data[4 + _PAD : 4 + _WORD])
    amount = int.from_bytes(data[4 + _WORD :], "big")
    return Erc20Transfer(to, amount)


def classify_calldata(data: bytes) -> CallKind:
    """NONE for empty calldata, ERC20_TRANSFER only if `decode_transfer` accepts it, the approve
    and transferFrom selectors by name, UNKNOWN for everything else. Never raises."""
    data = bytes(data)
    if not data:
        return CallKind.NONE
    selector = data[:4]
    if selector == SELECTOR_TRANSFER:
        try:
            decode_transfer(data)
        except DecodeError:
            return CallKind.UNKNOWN
        return CallKind.ERC20_TRANSFER
    if selector == SELECTOR_APPROVE:
        return CallKind.ERC20_APPROVE
    if selector == SELECTOR_TRANSFER_FROM:
        return CallKind.ERC20_TRANSFER_FROM
    return CallKind.UNKNOWN
