"""The signing policy (DESIGN.md §2): who administers, who approves, what may be signed, limits.

Operators write TOML; `parse_policy` turns it (or a signed body) into frozen dataclasses and refuses
unknown keys, floats for money, and anything ambiguous. `Policy.to_body()` is the canonical body
that admins sign; parsing a body and emitting it again gives the same body (a fixed point).
Default deny: an asset without tiers, or a wallet not listed, is never signed for.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coldsign.errors import DecodeError
from coldsign.policy.documents import Member
from coldsign.policy.fields import Fields, format_duration, format_time
from coldsign.units import Network, format_units

WHAT = "policy"


class Chain(enum.Enum):
    BITCOIN = "bitcoin"
    ETHEREUM = "ethereum"

    @classmethod
    def parse(cls, text: str, where: str) -> Chain:
        try:
            return cls(text)
        except ValueError:
            raise DecodeError(WHAT, f"{where}: chain must be bitcoin or ethereum") from None


@dataclass(frozen=True)
class Tier:
    """Withdrawals whose amount exceeds `above` (base units) need `approvals` approvals."""

    above: int
    approvals: int


@dataclass(frozen=True)
class Velocity:
    amount: int
    period_seconds: int


@dataclass(frozen=True)
class WalletRule:
    """A wallet the signer may sign for: a Bitcoin descriptor, or an EVM address at a path."""

    name: str
    chain: Chain
    network: Network | None = None
    descriptor: str | None = None
    chain_id: int | None = None
    path: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class AssetRule:
    """Limits for one asset; amounts in base units (sat, wei, token units)."""

    symbol: str
    chain: Chain
    decimals: int
    tiers: tuple[Tier, ...]
    network: Network | None = None
    chain_id: int | None = None
    contract: str | None = None
    max_per_tx: int | None = None
    velocity: Velocity | None = None
    max_fee: int | None = None  # in the fee asset's base units (sat or wei)
    max_fee_rate: int | None = None  # sat/vB (Bitcoin)
    max_fee_share_bp: int | None = None  # basis points of the amount sent
    max_fee_per_gas: int | None = None  # wei (EVM)
    require_previous_tx: bool = False  # Bitcoin: segwit v0 inputs must carry non_witness_utxo

    @property
    def ledger_key(self) -> str:
        """What the spend ledger sums velocity under: the symbol for Bitcoin, `SYMBOL@chain_id`
        for EVM (the same symbol on two chains is two assets)."""
        return self.symbol if self.chain is Chain.BITCOIN else f"{self.symbol}@{self.chain_id}"

    def required_approvals(self, amount: int) -> int | None:
        """Approvals needed for `amount`: the highest tier whose `above` the amount exceeds.

        An amount of zero (a consolidation to our own change) takes the lowest tier. None when no
        tier applies: default deny.
        """
        ordered = sorted(self.tiers, key=lambda t: t.above)
        if not ordered:
            return None
        applicable = [t for t in ordered if amount > t.above]
        if applicable:
            return applicable[-1].approvals
        return ordered[0].approvals if amount == 0 else None


@dataclass(frozen=True)
class Policy:
    version: int
    previous: str
    expires: datetime | None
    approval_lifetime_seconds: int
    initiator_may_approve: bool
    admin_threshold: int
    admins: tuple[Member, ...]
    approvers: tuple[Member, ...]
    wallets: tuple[WalletRule, ...]
    assets: tuple[AssetRule, ...]

    def approver(self, public_key: bytes) -> Member | None:
        return next((m for m in self.approvers if m.public_key == public_key), None)

    def asset_for(
        self,
        chain: Chain,
        *,
        network: Network | None = None,
        chain_id: int | None = None,
        contract: str | None = None,
    ) -> AssetRule | None:
        for asset in self.assets:
            if asset.chain is not chain:
                continue
            if chain is Chain.BITCOIN and asset.network is network:
                return asset
            if (
                chain is Chain.ETHEREUM
                and asset.chain_id == chain_id
                and _same_address(asset.contract, contract)
            ):
                return asset
        return None

    def bitcoin_wallets(self, network: Network) -> list[WalletRule]:
        return [w for w in self.wallets if w.chain is Chain.BITCOIN and w.network is network]

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "version": self.version,
            "previous": self.previous,
            "approval_lifetime": format_duration(self.approval_lifetime_seconds),
            "initiator_may_approve": self.initiator_may_approve,
            "admins": {"threshold": self.admin_threshold, "members": _members(self.admins)},
            "approvers": {"members": _members(self.approvers)},
            "wallets": [_wallet_body(w) for w in self.wallets],
            "assets": [_asset_body(a) for a in self.assets],
        }
        if self.expires is not None:
            body["expires"] = format_time(self.expires)
        return body


def _same_address(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def _members(members: Sequence[Member]) -> list[dict[str, str]]:
    return [{"name": m.name, "key": m.public_key.hex()} for m in members]


def _wallet_body(w: WalletRule) -> dict[str, Any]:
    body: dict[str, Any] = {"name": w.name, "chain": w.chain.value}
    for key, value in (
        ("network", w.network.value if w.network else None),
        ("descriptor", w.descriptor),
        ("chain_id", w.chain_id),
        ("path", w.path),
        ("address", w.address),
    ):
        if value is not None:
            body[key] = value
    return body


def _asset_body(a: AssetRule) -> dict[str, Any]:
    def amount(value: int | None) -> str | None:
        return None if value is None else format_units(value, a.decimals)

    fee_decimals = 8 if a.chain is Chain.BITCOIN else 18
    body: dict[str, Any] = {"symbol": a.symbol, "chain": a.chain.value}
    optional: list[tuple[str, Any]] = [
        ("network", a.network.value if a.network else None),
        ("chain_id", a.chain_id),
        ("contract", a.contract),
        ("decimals", a.decimals if a.chain is Chain.ETHEREUM else None),
        ("max_per_tx", amount(a.max_per_tx)),
        (
            "velocity",
            None
            if a.velocity is None
            else {
                "amount": format_units(a.velocity.amount, a.decimals),
                "period": format_duration(a.velocity.period_seconds),
            },
        ),
        ("max_fee", None if a.max_fee is None else format_units(a.max_fee, fee_decimals)),
        ("max_fee_rate", a.max_fee_rate),
        (
            "max_fee_share",
            None if a.max_fee_share_bp is None else f"{format_units(a.max_fee_share_bp, 2)}%",
        ),
        ("max_fee_per_gas", None if a.max_fee_per_gas is None else f"{a.max_fee_per_gas}wei"),
        ("require_previous_tx", True if a.require_previous_tx else None),
    ]
    for key, value in optional:
        if value is not None:
            body[key] = value
    body["tiers"] = [
        {"above": format_units(t.above, a.decimals), "approvals": t.approvals} for t in a.tiers
    ]
    return body


def parse_policy(table: Any) -> Policy:
    """Build a `Policy` from a TOML table or a signed body. Raises DecodeError naming the key."""
    from coldsign.keys.rolekey import parse_public_key

    top = Fields(table, "", WHAT)
    version = top.req_int("version", minimum=1)
    previous = top.previous_hash()
    expires = top.timestamp("expires")
    lifetime = top.duration("approval_lifetime", default="24h")
    assert lifetime is not None
    initiator_may_approve = top.boolean("initiator_may_approve", False)

    def members(section: Fields, role: str) -> tuple[Member, ...]:
        out: list[Member] = []
        for item in section.tables("members", required=True):
            name = item.req_string("name")
            key_text = item.req_string("key")
            try:
                key = parse_public_key(key_text)
            except DecodeError as exc:
                raise item.error("key", exc.reason) from None
            item.done()
            out.append(Member(name, key))
        names = [m.name for m in out]
        keys = [m.public_key[1:] for m in out]  # x-only: 02||x and 03||x are one BIP-340 signer
        if len(set(names)) != len(names):
            raise section.error("members", f"two {role}s share a name")
        if len(set(keys)) != len(keys):
            raise section.error("members", f"two {role}s share a key")
        if not out:
            raise section.error("members", f"at least one {role} is required")
        return tuple(out)

    admins_table = top.table("admins")
    admin_threshold = admins_table.req_int("threshold", minimum=1)
    admins = members(admins_table, "admin")
    admins_table.done()
    if admin_threshold > len(admins):
        raise admins_table.error(
            "threshold", f"{admin_threshold} is more than the {len(admins)} admins"
        )
    approvers_table = top.table("approvers")
    approvers = members(approvers_table, "approver")
    approvers_table.done()

    wallets = tuple(_parse_wallet(w) for w in top.tables("wallets", required=True))
    if not wallets:
        raise DecodeError(WHAT, "at least one wallet is required")
    if len({w.name for w in wallets}) != len(wallets):
        raise DecodeError(WHAT, "two wallets share a name")
    assets = tuple(_parse_asset(a, len(approvers)) for a in top.tables("assets", required=True))
    top.done()
    return Policy(
        version,
        previous,
        expires,
        lifetime,
        initiator_may_approve,
        admin_threshold,
        admins,
        approvers,
        wallets,
        assets,
    )


def _parse_wallet(f: Fields) -> WalletRule:
    name = f.req_string("name")
    chain = Chain.parse(f.req_string("chain"), f.where)
    if chain is Chain.BITCOIN:
        network = Network.parse(f.req_string("network"))
        descriptor = f.req_string("descriptor")
        from coldsign.codec.descriptor import parse_descriptor

        try:
            parse_descriptor(descriptor)
        except DecodeError as exc:
            raise f.error("descriptor", str(exc)) from None
        f.done()
        return WalletRule(name, chain, network=network, descriptor=descriptor)
    chain_id = f.req_int("chain_id", minimum=1)
    path = f.req_string("path")
    address = _evm_address(f, "address")
    f.done()
    return WalletRule(name, chain, chain_id=chain_id, path=path, address=address)


def _evm_address(f: Fields, key: str) -> str:
    from coldsign.chains.evm.address import Address

    text = f.req_string(key)
    try:
        return Address.parse(text.strip(), f.path(key)).checksummed
    except DecodeError as exc:
        raise f.error(key, exc.reason) from None


def _parse_asset(f: Fields, approver_count: int) -> AssetRule:
    symbol = f.req_string("symbol")
    chain = Chain.parse(f.req_string("chain"), f.where)
    network = chain_id = contract = None
    max_fee_rate = max_fee_per_gas = None
    require_previous_tx = False
    if chain is Chain.BITCOIN:
        network = Network.parse(f.req_string("network"))
        decimals = 8
        fee_decimals = 8
        max_fee_rate = f.integer("max_fee_rate", required=False, minimum=1)
        require_previous_tx = f.boolean("require_previous_tx", False)
    else:
        chain_id = f.req_int("chain_id", minimum=1)
        contract = _evm_address(f, "contract") if f.has("contract") else None
        decimals = f.integer("decimals", required=contract is not None, default=18, minimum=0) or 0
        if contract is None and decimals != 18:
            raise f.error("decimals", "the native asset has 18 decimals")
        fee_decimals = 18
        gas_text = f.string("max_fee_per_gas", required=False)
        if gas_text is not None:
            from coldsign.chains.evm.units import parse_eth_amount

            max_fee_per_gas = parse_eth_amount(gas_text)
    max_per_tx = f.amount("max_per_tx", decimals)
    velocity = None
    if f.has("velocity"):
        v = f.table("velocity")
        velocity_amount = v.amount("amount", decimals, required=True)
        period = v.duration("period", required=True)
        v.done()
        assert velocity_amount is not None and period is not None
        velocity = Velocity(velocity_amount, period)
    max_fee = f.amount("max_fee", fee_decimals)
    share_text = f.string("max_fee_share", required=False)
    share_bp = None
    if share_text is not None and contract is not None:
        raise f.error("max_fee_share", "a token's fee is paid in ETH: use max_fee instead")
    if share_text is not None:
        from coldsign.units import parse_decimal_units

        share_bp = parse_decimal_units(
            share_text.rstrip().removesuffix("%"), 2, f.path("max_fee_share")
        )
    tiers = []
    for t in f.tables("tiers", required=True):
        above = t.amount("above", decimals, required=True)
        approvals = t.req_int("approvals", minimum=1)
        t.done()
        assert above is not None
        if approvals > approver_count:
            raise t.error("approvals", f"{approvals} is more than the {approver_count} approvers")
        tiers.append(Tier(above, approvals))
    if not tiers:
        raise f.error("tiers", "at least one tier is required (no tier: nothing could be signed)")
    if len({t.above for t in tiers}) != len(tiers):
        raise f.error("tiers", "two tiers share the same `above`")
    f.done()
    return AssetRule(
        symbol,
        chain,
        decimals,
        tuple(tiers),
        network,
        chain_id,
        contract,
        max_per_tx,
        velocity,
        max_fee,
        max_fee_rate,
        share_bp,
        max_fee_per_gas,
        require_previous_tx,
    )
