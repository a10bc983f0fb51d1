"""Typed data that moves value: recognise it and extract what a policy needs to decide.

A signature over one of these hands someone the power to move the signer's assets, so it counts
as a withdrawal. `classify(typed)` returns a `ValueMovingMessage` for:

    EIP-2612 Permit        Permit(address owner,address spender,uint256 value,uint256 nonce,
                           uint256 deadline); token = domain.verifyingContract
    DAI-style permit       Permit(address holder,address spender,uint256 nonce,uint256 expiry,
                           bool allowed); allowed = unlimited allowance
    ERC-4494 NFT permit    Permit(address spender,uint256 tokenId,uint256 nonce,uint256 deadline)
    Uniswap Permit2        PermitSingle, PermitBatch (allowances, PermitDetails), and
                           PermitTransferFrom, PermitBatchTransferFrom and their Witness
                           variants (one-time transfers, TokenPermissions, one witness struct)
    EIP-3009               TransferWithAuthorization / ReceiveWithAuthorization(address from,
                           address to,uint256 value,uint256 validAfter,uint256 validBefore,
                           bytes32 nonce): a transfer of `value` to `to` (USDC)
    Safe SafeTx            to, value, data, operation, gas refund, nonce; the Safe is
                           domain.verifyingContract; ERC-20 transfer/approve calldata decoded
    Seaport OrderComponents offer items (given to whoever fulfils) and consideration items
                           (what the order pays, and to whom); deadline endTime, nonce counter

Recognition is by primary type name and then the exact type (its encodeType): a known name
with any other shape, a Seaport BulkOrder, or values outside the contract's own rules (a Safe
operation other than CALL/DELEGATECALL, a Seaport item type above 5, a Permit without a
verifying contract) raise DecodeError, so a renamed field cannot turn a permit into "unknown".
Any other primary type returns None: not value-moving (the policy shows it field by field).

`unknowns` lists why the movements may not be all the value the signature moves (DELEGATECALL,
calldata coldsign does not decode, a gas refund the signature does not bound); a policy should
refuse unless it is empty. An amount of None is not bounded by the signature.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import (
    SELECTOR_APPROVE,
    SELECTOR_TRANSFER,
    TRANSFER_CALLDATA_SIZE,
    decode_transfer,
)
from coldsign.errors import DecodeError
from coldsign.messages.eip712 import StructRef, StructValue, TypedData, Value

WHAT = "value-moving typed data"
MAX_UINT256 = (1 << 256) - 1
ZERO = Address(bytes(20))


class IntentKind(enum.Enum):
    ERC2612_PERMIT = "erc2612-permit"
    DAI_PERMIT = "dai-permit"
    ERC4494_PERMIT = "erc4494-permit"
    PERMIT2_SINGLE = "permit2-single"
    PERMIT2_BATCH = "permit2-batch"
    PERMIT2_TRANSFER_FROM = "permit2-transfer-from"
    PERMIT2_BATCH_TRANSFER_FROM = "permit2-batch-transfer-from"
    PERMIT2_WITNESS_TRANSFER_FROM = "permit2-witness-transfer-from"
    PERMIT2_BATCH_WITNESS_TRANSFER_FROM = "permit2-batch-witness-transfer-from"
    SAFE_TX = "safe-tx"
    EIP3009_TRANSFER = "eip3009-transfer-with-authorization"
    EIP3009_RECEIVE = "eip3009-receive-with-authorization"
    SEAPORT_ORDER = "seaport-order"


class AssetKind(enum.Enum):
    NATIVE = "native"
    ERC20 = "erc20"
    ERC721 = "erc721"
    ERC1155 = "erc1155"
    ERC721_CRITERIA = "erc721-criteria"
    ERC1155_CRITERIA = "erc1155-criteria"


@dataclass(frozen=True)
class Asset:
    """What moves: the chain's native coin (contract None) or a token contract (and id)."""

    kind: AssetKind
    contract: Address | None = None
    token_id: int | None = None


class Role(enum.Enum):
    ALLOWANCE = "allowance"  # the counterparty may pull up to `amount` until it is spent/expires
    TRANSFER = "transfer"  # the amount goes to the counterparty
    OFFER = "offer"  # given to whoever fulfils the order (counterparty None)
    REFUND = "refund"  # Safe gas refund to the refund receiver (None: the executor)
    RECEIPT = "receipt"  # Seaport consideration: paid to the counterparty when the order fills


@dataclass(frozen=True)
class Movement:
    """One movement of an asset. `counterparty` None: decided by whoever executes."""

    asset: Asset
    amount: int | None
    counterparty: Address | None
    role: Role
    expiration: int | None = None
    nonce: int | None = None


@dataclass(frozen=True)
class SafeCall:
    """The call a SafeTx makes (operation 0 CALL, 1 DELEGATECALL)."""

    to: Address
    value: int
    data: bytes
    operation: int
    safe_tx_gas: int
    base_gas: int
    gas_price: int
    gas_token: Address
    refund_receiver: Address


@dataclass(frozen=True)
class ValueMovingMessage:
    """The facts a policy needs about a value-moving signature request."""

    kind: IntentKind
    contract: Address | None  # domain.verifyingContract: token, Permit2, the Safe, Seaport
    chain_id: int | None
    owner: Address | None  # whose assets: permit owner/holder, Seaport offerer, the Safe
    movements: tuple[Movement, ...]  # value that leaves the owner
    receipts: tuple[Movement, ...] = ()  # Seaport consideration items
    deadline: int | None = None
    nonce: int | None = None
    unknowns: tuple[str, ...] = ()
    safe_call: SafeCall | None = None

    @property
    def counterparties(self) -> tuple[Address | None, ...]:
        return tuple(m.counterparty for m in self.movements)


# --------------------------------------------------------------------------------------------
# Exact shapes (encodeType of the primary type)

PERMIT = "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
DAI_PERMIT = "Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)"
ERC4494_PERMIT = "Permit(address spender,uint256 tokenId,uint256 nonce,uint256 deadline)"
_DETAILS = "PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)"
PERMIT_SINGLE = "PermitSingle(PermitDetails details,address spender,uint256 sigDeadline)" + _DETAILS
PERMIT_BATCH = "PermitBatch(PermitDetails[] details,address spender,uint256 sigDeadline)" + _DETAILS
_TOKEN_PERMISSIONS = "TokenPermissions(address token,uint256 amount)"
_EIP3009 = (
    "{name}(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,"
    "bytes32 nonce)"
)
TRANSFER_WITH_AUTHORIZATION = _EIP3009.format(name="TransferWithAuthorization")
RECEIVE_WITH_AUTHORIZATION = _EIP3009.format(name="ReceiveWithAuthorization")
PERMIT_TRANSFER_FROM = (
    "PermitTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline)"
    + _TOKEN_PERMISSIONS
)
PERMIT_BATCH_TRANSFER_FROM = (
    "PermitBatchTransferFrom(TokenPermissions[] permitted,address spender,uint256 nonce,"
    "uint256 deadline)" + _TOKEN_PERMISSIONS
)
_SAFE_TX = (
    "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
    "uint256 {gas},uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)"
)
SAFE_TX = _SAFE_TX.format(gas="baseGas")
SAFE_TX_OLD = _SAFE_TX.format(gas="dataGas")  # Safe < 1.0.0
_ITEM = "uint8 itemType,address token,uint256 identifierOrCriteria,uint256 startAmount,uint256 endAmount"
ORDER_COMPONENTS = (
    "OrderComponents(address offerer,address zone,OfferItem[] offer,"
    "ConsiderationItem[] consideration,uint8 orderType,uint256 startTime,uint256 endTime,"
    "bytes32 zoneHash,uint256 salt,bytes32 conduitKey,uint256 counter)"
    f"ConsiderationItem({_ITEM},address recipient)OfferItem({_ITEM})"
)
_WITNESS_HEAD = {
    "PermitWitnessTransferFrom": "PermitWitnessTransferFrom(TokenPermissions permitted,"
    "address spender,uint256 nonce,uint256 deadline,",
    "PermitBatchWitnessTransferFrom": "PermitBatchWitnessTransferFrom(TokenPermissions[] "
    "permitted,address spender,uint256 nonce,uint256 deadline,",
}


def _fail(reason: str) -> DecodeError:
    return DecodeError(WHAT, reason)


def _addr(v: Value | None, name: str) -> Address:
    if not isinstance(v, Address):
        raise _fail(f"{name} is not an address")
    return v


def _int(v: Value | None, name: str) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise _fail(f"{name} is not an integer")
    return v


def _struct(v: Value | None, name: str) -> StructValue:
    if not isinstance(v, StructValue):
        raise _fail(f"{name} is not a struct")
    return v


def _structs(v: Value | None, name: str) -> tuple[StructValue, ...]:
    if not isinstance(v, tuple):
        raise _fail(f"{name} is not an array")
    return tuple(_struct(x, f"{name}[{i}]") for i, x in enumerate(v))


def _contract(td: TypedData, kind: str) -> Address:
    vc = td.domain_fields.verifying_contract
    if vc is None:
        raise _fail(f"a {kind} needs domain.verifyingContract (the token or contract)")
    return vc


# --------------------------------------------------------------------------------------------


def classify(td: TypedData) -> ValueMovingMessage | None:
    """The value-moving facts of `td`, or None if its primary type is not one we know moves
    value. DecodeError for a known name with another shape, or values the contract refuses."""
    handler = _HANDLERS.get(td.primary_type)
    if handler is None:
        if td.primary_type == "BulkOrder":
            raise _fail("Seaport BulkOrder signatures are not supported (sign orders one by one)")
        return None
    return handler(td)


def _permit(td: TypedData) -> ValueMovingMessage:
    shape = td.encode_type("Permit")
    m, chain = td.message, td.domain_fields.chain_id
    if shape == PERMIT:
        token = _contract(td, "permit")
        move = Movement(
            Asset(AssetKind.ERC20, token),
            _int(m["value"], "value"),
            _addr(m["spender"], "spender"),
            Role.ALLOWANCE,
        )
        return ValueMovingMessage(
            IntentKind.ERC2612_PERMIT,
            token,
            chain,
            _addr(m["owner"], "owner"),
            (move,),
            deadline=_int(m["deadline"], "deadline"),
            nonce=_int(m["nonce"], "nonce"),
        )
    if shape == DAI_PERMIT:
        token = _contract(td, "permit")
        allowed = m["allowed"]
        move = Movement(
            Asset(AssetKind.ERC20, token),
            MAX_UINT256 if allowed is True else 0,
            _addr(m["spender"], "spender"),
            Role.ALLOWANCE,
        )
        expiry = _int(m["expiry"], "expiry")
        return ValueMovingMessage(
            IntentKind.DAI_PERMIT,
            token,
            chain,
            _addr(m["holder"], "holder"),
            (move,),
            deadline=expiry or None,  # DAI: expiry 0 means no deadline
            nonce=_int(m["nonce"], "nonce"),
        )
    if shape == ERC4494_PERMIT:
        token = _contract(td, "permit")
        token_id = _int(m["tokenId"], "tokenId")
        move = Movement(
            Asset(AssetKind.ERC721, token, token_id),
            1,
            _addr(m["spender"], "spender"),
            Role.ALLOWANCE,
        )
        return ValueMovingMessage(
            IntentKind.ERC4494_PERMIT,
            token,
            chain,
            None,
            (move,),
            deadline=_int(m["deadline"], "deadline"),
            nonce=_int(m["nonce"], "nonce"),
        )
    raise _fail(f"a Permit of an unknown shape: {shape}")


def _permit2_allowance(td: TypedData) -> ValueMovingMessage:
    batch = td.primary_type == "PermitBatch"
    expected = PERMIT_BATCH if batch else PERMIT_SINGLE
    if td.encode_type(td.primary_type) != expected:
        raise _fail(f"a {td.primary_type} of an unknown shape")
    m = td.message
    details = _structs(m["details"], "details") if batch else (_struct(m["details"], "details"),)
    spender = _addr(m["spender"], "spender")
    moves = tuple(
        Movement(
            Asset(AssetKind.ERC20, _addr(d["token"], "details.token")),
            _int(d["amount"], "details.amount"),
            spender,
            Role.ALLOWANCE,
            expiration=_int(d["expiration"], "details.expiration"),
            nonce=_int(d["nonce"], "details.nonce"),
        )
        for d in details
    )
    return ValueMovingMessage(
        IntentKind.PERMIT2_BATCH if batch else IntentKind.PERMIT2_SINGLE,
        _contract(td, "Permit2 permit"),
        td.domain_fields.chain_id,
        None,
        moves,
        deadline=_int(m["sigDeadline"], "sigDeadline"),
        nonce=moves[0].nonce if len(moves) == 1 else None,
    )


def _permit2_transfer(td: TypedData) -> ValueMovingMessage:
    name = td.primary_type
    shape = td.encode_type(name)
    batch = "Batch" in name
    if name in _WITNESS_HEAD:
        struct = td.struct(name)
        extra = struct.fields[4:]
        if (
            not shape.startswith(_WITNESS_HEAD[name])
            or len(struct.fields) != 5
            or len(extra) != 1
            or not isinstance(extra[0].type, StructRef)
            or _TOKEN_PERMISSIONS not in shape
            or td.encode_type("TokenPermissions") != _TOKEN_PERMISSIONS
        ):
            raise _fail(f"a {name} of an unknown shape")
        kind = (
            IntentKind.PERMIT2_BATCH_WITNESS_TRANSFER_FROM
            if batch
            else IntentKind.PERMIT2_WITNESS_TRANSFER_FROM
        )
    else:
        if shape != (PERMIT_BATCH_TRANSFER_FROM if batch else PERMIT_TRANSFER_FROM):
            raise _fail(f"a {name} of an unknown shape")
        kind = IntentKind.PERMIT2_BATCH_TRANSFER_FROM if batch else IntentKind.PERMIT2_TRANSFER_FROM
    m = td.message
    permitted = (
        _structs(m["permitted"], "permitted") if batch else (_struct(m["permitted"], "permitted"),)
    )
    spender = _addr(m["spender"], "spender")
    moves = tuple(
        Movement(
            Asset(AssetKind.ERC20, _addr(p["token"], "permitted.token")),
            _int(p["amount"], "permitted.amount"),
            spender,
            Role.TRANSFER,
        )
        for p in permitted
    )
    return ValueMovingMessage(
        kind,
        _contract(td, "Permit2 transfer"),
        td.domain_fields.chain_id,
        None,
        moves,
        deadline=_int(m["deadline"], "deadline"),
        nonce=_int(m["nonce"], "nonce"),
    )


def _safe_tx(td: TypedData) -> ValueMovingMessage:
    shape = td.encode_type("SafeTx")
    if shape not in (SAFE_TX, SAFE_TX_OLD):
        raise _fail("a SafeTx of an unknown shape")
    m = td.message
    gas_name = "baseGas" if shape == SAFE_TX else "dataGas"
    data = m["data"]
    if not isinstance(data, bytes):
        raise _fail("data is not bytes")
    call = SafeCall(
        to=_addr(m["to"], "to"),
        value=_int(m["value"], "value"),
        data=data,
        operation=_int(m["operation"], "operation"),
        safe_tx_gas=_int(m["safeTxGas"], "safeTxGas"),
        base_gas=_int(m[gas_name], gas_name),
        gas_price=_int(m["gasPrice"], "gasPrice"),
        gas_token=_addr(m["gasToken"], "gasToken"),
        refund_receiver=_addr(m["refundReceiver"], "refundReceiver"),
    )
    if call.operation not in (0, 1):
        raise _fail(f"operation {call.operation} is neither CALL (0) nor DELEGATECALL (1)")
    safe = _contract(td, "SafeTx")
    moves: list[Movement] = []
    unknowns: list[str] = []
    if call.operation == 1:
        unknowns.append(
            f"DELEGATECALL to {call.to}: runs that contract's code as the Safe (any asset can move)"
        )
    if call.value:
        moves.append(Movement(Asset(AssetKind.NATIVE), call.value, call.to, Role.TRANSFER))
    if call.data:
        token_move = _erc20_call(call.to, call.data)
        if token_move is None:
            unknowns.append(f"calldata to {call.to} is not an ERC-20 transfer or approve")
        else:
            moves.append(token_move)
    if call.gas_price:
        asset = (
            Asset(AssetKind.NATIVE)
            if call.gas_token == ZERO
            else Asset(AssetKind.ERC20, call.gas_token)
        )
        receiver = None if call.refund_receiver == ZERO else call.refund_receiver
        bounded = (call.safe_tx_gas + call.base_gas) * call.gas_price if call.safe_tx_gas else None
        moves.append(Movement(asset, bounded, receiver, Role.REFUND))
        if bounded is None:
            unknowns.append("gas refund with safeTxGas 0: the refund is not bounded")
        if receiver is None:
            unknowns.append("gas refund to whoever executes the transaction (refundReceiver 0)")
    return ValueMovingMessage(
        IntentKind.SAFE_TX,
        safe,
        td.domain_fields.chain_id,
        safe,
        tuple(moves),
        nonce=_int(m["nonce"], "nonce"),
        unknowns=tuple(unknowns),
        safe_call=call,
    )


def _erc20_call(token: Address, data: bytes) -> Movement | None:
    """transfer(to, amount) or approve(spender, amount), strictly decoded; else None."""
    if data[:4] == SELECTOR_TRANSFER:
        try:
            t = decode_transfer(data)
        except DecodeError:
            return None
        return Movement(Asset(AssetKind.ERC20, token), t.amount, t.to, Role.TRANSFER)
    if data[:4] == SELECTOR_APPROVE and len(data) == TRANSFER_CALLDATA_SIZE:
        try:  # approve has transfer's layout; decode it with the selector swapped
            a = decode_transfer(SELECTOR_TRANSFER + data[4:])
        except DecodeError:
            return None
        return Movement(Asset(AssetKind.ERC20, token), a.amount, a.to, Role.ALLOWANCE)
    return None


_ITEM_KINDS = (
    AssetKind.NATIVE,
    AssetKind.ERC20,
    AssetKind.ERC721,
    AssetKind.ERC1155,
    AssetKind.ERC721_CRITERIA,
    AssetKind.ERC1155_CRITERIA,
)


def _seaport_item(item: StructValue, where: str) -> tuple[Asset, int]:
    item_type = _int(item["itemType"], f"{where}.itemType")
    if item_type >= len(_ITEM_KINDS):
        raise _fail(f"{where}.itemType {item_type} is not a Seaport item type (0..5)")
    kind = _ITEM_KINDS[item_type]
    token = _addr(item["token"], f"{where}.token")
    ident = _int(item["identifierOrCriteria"], f"{where}.identifierOrCriteria")
    amount = max(
        _int(item["startAmount"], f"{where}.startAmount"),
        _int(item["endAmount"], f"{where}.endAmount"),
    )
    if kind is AssetKind.NATIVE:
        return Asset(kind), amount
    token_id = ident if kind in (AssetKind.ERC721, AssetKind.ERC1155) else None
    return Asset(kind, token, token_id), amount


def _seaport(td: TypedData) -> ValueMovingMessage:
    if td.encode_type("OrderComponents") != ORDER_COMPONENTS:
        raise _fail("an OrderComponents of an unknown shape")
    m = td.message
    offers = []
    for i, item in enumerate(_structs(m["offer"], "offer")):
        asset, amount = _seaport_item(item, f"offer[{i}]")
        offers.append(Movement(asset, amount, None, Role.OFFER))
    receipts = []
    for i, item in enumerate(_structs(m["consideration"], "consideration")):
        asset, amount = _seaport_item(item, f"consideration[{i}]")
        recipient = _addr(item["recipient"], f"consideration[{i}].recipient")
        receipts.append(Movement(asset, amount, recipient, Role.RECEIPT))
    return ValueMovingMessage(
        IntentKind.SEAPORT_ORDER,
        _contract(td, "Seaport order"),
        td.domain_fields.chain_id,
        _addr(m["offerer"], "offerer"),
        tuple(offers),
        receipts=tuple(receipts),
        deadline=_int(m["endTime"], "endTime"),
        nonce=_int(m["counter"], "counter"),
    )


def _eip3009(td: TypedData) -> ValueMovingMessage:
    """EIP-3009 (USDC and others): a signed transfer of `value` from `from` to `to` that anyone
    can submit between validAfter and validBefore; the nonce is a random bytes32."""
    name = td.primary_type
    receive = name == "ReceiveWithAuthorization"
    if td.encode_type(name) != (
        RECEIVE_WITH_AUTHORIZATION if receive else TRANSFER_WITH_AUTHORIZATION
    ):
        raise _fail(f"a {name} of an unknown shape")
    m = td.message
    token = _contract(td, name)
    nonce = m["nonce"]
    if not isinstance(nonce, bytes):
        raise _fail("nonce: expected bytes32")
    move = Movement(
        Asset(AssetKind.ERC20, token),
        _int(m["value"], "value"),
        _addr(m["to"], "to"),
        Role.TRANSFER,
    )
    return ValueMovingMessage(
        IntentKind.EIP3009_RECEIVE if receive else IntentKind.EIP3009_TRANSFER,
        token,
        td.domain_fields.chain_id,
        _addr(m["from"], "from"),
        (move,),
        deadline=_int(m["validBefore"], "validBefore"),
        nonce=int.from_bytes(nonce, "big"),
    )


_HANDLERS: dict[str, Callable[[TypedData], ValueMovingMessage]] = {
    "TransferWithAuthorization": _eip3009,
    "ReceiveWithAuthorization": _eip3009,
    "Permit": _permit,
    "PermitSingle": _permit2_allowance,
    "PermitBatch": _permit2_allowance,
    "PermitTransferFrom": _permit2_transfer,
    "PermitBatchTransferFrom": _permit2_transfer,
    "PermitWitnessTransferFrom": _permit2_transfer,
    "PermitBatchWitnessTransferFrom": _permit2_transfer,
    "SafeTx": _safe_tx,
    "OrderComponents": _seaport,
}


# --------------------------------------------------------------------------------------------
# Disguises: value-moving shapes under other names


def _known_structs() -> dict[str, str]:
    """Every struct of the known value-moving types: body "(fields)" -> name."""
    import re

    out: dict[str, str] = {}
    shapes = (
        PERMIT, DAI_PERMIT, ERC4494_PERMIT, PERMIT_SINGLE, PERMIT_BATCH, PERMIT_TRANSFER_FROM,
        PERMIT_BATCH_TRANSFER_FROM, TRANSFER_WITH_AUTHORIZATION, RECEIVE_WITH_AUTHORIZATION,
        SAFE_TX, SAFE_TX_OLD, ORDER_COMPONENTS,
    )  # fmt: skip
    for shape in shapes:
        for name, body in re.findall(r"([A-Za-z_$][A-Za-z0-9_$]*)(\([^)]*\))", shape):
            out.setdefault(body, name)
    return out


def disguises(td: TypedData) -> tuple[str, ...]:
    """Why typed data that `classify` does not recognise may still move value: a struct with
    exactly the fields of a known value-moving struct under another name (a contract could
    verify it as one), or a known value-moving struct embedded in another type."""
    if td.primary_type in _HANDLERS:
        return ()
    known = _known_structs()
    names = set(known.values())
    notes: list[str] = []
    for struct in td.types:
        if struct.name == "EIP712Domain":
            continue
        body = struct.signature()[len(struct.name) :]
        twin = known.get(body)
        if struct.name in names:
            notes.append(f"it contains {struct.name}, a struct of value-moving typed data")
        elif twin is not None:
            notes.append(f"struct {struct.name} has exactly the fields of {twin}")
    return tuple(notes)
