"""The signing policy (docs/design.md §2): who administers, initiates and approves, what may be signed,
and the limits.

Operators write TOML; `parse_policy` turns it (or a signed body) into frozen dataclasses and refuses
unknown keys, floats for money, and anything ambiguous. `Policy.to_body()` is the canonical body
that admins sign; parsing a body and emitting it again gives the same body (a fixed point).

Default deny: an asset without tiers or without an absolute fee cap, a wallet not listed, or a
transfer between two policy wallets without a `[[transfers]]` rule is never signed for. Chain-
specific keys (networks, descriptors, chain ids, addresses) are parsed by the chain's `ChainSpec`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from coldsign.errors import DecodeError
from coldsign.policy.chainspec import ChainSpec, ChainSpecs, KeyIdentity
from coldsign.policy.documents import Member
from coldsign.policy.fields import Fields, format_duration, format_time
from coldsign.units import Network, format_units

if TYPE_CHECKING:
    from coldsign.policy.message_rules import MessageRule, ProofRule, TypedDataRule

WHAT = "policy"
# The sections policy/message_rules.py parses (issue 15).
MESSAGE_SECTIONS = ("messages", "typed_data", "proofs")


@dataclass(frozen=True)
class Tier:
    """Withdrawals whose amount exceeds `above` (base units) need `approvals` approvals."""

    above: int
    approvals: int


@dataclass(frozen=True)
class Velocity:
    """At most `amount` (base units) signed per rolling `period_seconds` (the ledger sums it)."""

    amount: int
    period_seconds: int


def required_approvals(tiers: Sequence[Tier], amount: int) -> int | None:
    """Approvals needed for `amount`: the highest tier whose `above` the amount exceeds.

    An amount of zero takes the lowest tier. None when no tier applies: default deny.
    """
    ordered = sorted(tiers, key=lambda t: t.above)
    if not ordered:
        return None
    applicable = [t for t in ordered if amount > t.above]
    if applicable:
        return applicable[-1].approvals
    return ordered[0].approvals if amount == 0 else None


@dataclass(frozen=True)
class WalletRule:
    """A wallet the signer may sign for: a Bitcoin descriptor, or an EVM address at a path."""

    name: str
    chain: str
    network: Network | None = None
    descriptor: str | None = None
    chain_id: int | None = None
    path: str | None = None
    address: str | None = None

    @property
    def scope(self) -> str:
        """Where the wallet lives on its chain: the network name, or the chain id."""
        return self.network.value if self.network is not None else str(self.chain_id)


@dataclass(frozen=True)
class AssetScope:
    """The chain-specific part of an asset rule, as its `ChainSpec` parsed it."""

    decimals: int
    fee_decimals: int
    body: tuple[tuple[str, str | int | bool], ...]  # these keys in canonical form, for to_body()
    network: Network | None = None
    chain_id: int | None = None
    contract: str | None = None
    max_fee_rate: int | None = None  # sat/vB (Bitcoin)
    max_fee_per_gas: int | None = None  # wei (EVM)
    require_previous_tx: bool = False  # Bitcoin: segwit v0 inputs must carry non_witness_utxo
    share_allowed: bool = True  # False when fees are paid in another asset (tokens)


@dataclass(frozen=True)
class AssetRule:
    """Limits for one asset; amounts in base units (sat, wei, token units).

    The amount a withdrawal is judged by is everything that leaves the wallet in this asset:
    external outputs plus, when the fee is paid in this asset, the fee."""

    symbol: str
    chain: str
    tiers: tuple[Tier, ...]
    scope_rule: AssetScope
    max_fee: int  # absolute, in the fee asset's base units (sat or wei); required
    max_per_tx: int | None = None
    velocity: Velocity | None = None
    max_fee_share_bp: int | None = None  # basis points of the amount sent
    allow_replacement: bool = False  # a new payload may re-spend what an earlier one signed

    @property
    def decimals(self) -> int:
        return self.scope_rule.decimals

    @property
    def network(self) -> Network | None:
        return self.scope_rule.network

    @property
    def chain_id(self) -> int | None:
        return self.scope_rule.chain_id

    @property
    def contract(self) -> str | None:
        return self.scope_rule.contract

    @property
    def max_fee_rate(self) -> int | None:
        return self.scope_rule.max_fee_rate

    @property
    def max_fee_per_gas(self) -> int | None:
        return self.scope_rule.max_fee_per_gas

    @property
    def require_previous_tx(self) -> bool:
        return self.scope_rule.require_previous_tx

    @property
    def scope(self) -> str:
        return self.network.value if self.network is not None else str(self.chain_id)

    @property
    def ledger_key(self) -> str:
        """What the ledger sums velocity under: `SYMBOL@chain:scope` (the same symbol on two
        networks or chain ids is two assets)."""
        return f"{self.symbol}@{self.chain}:{self.scope}"

    def required_approvals(self, amount: int) -> int | None:
        return required_approvals(self.tiers, amount)


@dataclass(frozen=True)
class TransferRule:
    """Moving an asset from one policy wallet to another (cold → hot, for example).

    Such an output is neither change nor a whitelisted destination: it is judged by this rule's
    cap, tiers and velocity (ledger key `transfer:FROM>TO:SYMBOL`). Without a rule it is refused."""

    asset: str
    from_wallet: str
    to_wallet: str
    tiers: tuple[Tier, ...]
    max_per_tx: int | None = None
    velocity: Velocity | None = None

    @property
    def ledger_key(self) -> str:
        return f"transfer:{self.from_wallet}>{self.to_wallet}:{self.asset}"

    def required_approvals(self, amount: int) -> int | None:
        return required_approvals(self.tiers, amount)


@dataclass(frozen=True)
class Policy:
    """A parsed signing policy (docs/design.md §2): who approves and administers, the wallets,
    assets and their limits. Built only by `parse_policy`; `to_body` gives the signed form."""

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
    initiators: tuple[Member, ...] = ()
    transfers: tuple[TransferRule, ...] = ()
    messages: tuple[MessageRule, ...] = ()  # issue 15: which wallets may sign which texts
    typed_data: tuple[TypedDataRule, ...] = ()  # EIP-712 domains and primary types
    proofs: ProofRule | None = None  # who may approve a proof of reserves

    def approver(self, public_key: bytes) -> Member | None:
        return _by_xonly(self.approvers, public_key)

    def initiator(self, public_key: bytes) -> Member | None:
        return _by_xonly(self.initiators, public_key)

    def wallet(self, name: str) -> WalletRule | None:
        return next((w for w in self.wallets if w.name == name), None)

    def asset_for(self, chain: str, scope: str, contract: str | None = None) -> AssetRule | None:
        """The asset rule of `chain` at `scope` (network name or chain id) and token contract
        (None for the chain's native asset)."""
        for asset in self.assets:
            if (
                asset.chain == chain
                and asset.scope == scope
                and (asset.contract or "").lower() == (contract or "").lower()
            ):
                return asset
        return None

    def transfer(self, asset: str, from_wallet: str, to_wallet: str) -> TransferRule | None:
        return next(
            (
                t
                for t in self.transfers
                if t.asset == asset and t.from_wallet == from_wallet and t.to_wallet == to_wallet
            ),
            None,
        )

    def wallets_on(self, chain: str, scope: str) -> list[WalletRule]:
        return [w for w in self.wallets if w.chain == chain and w.scope == scope]

    def to_body(self) -> dict[str, object]:
        body: dict[str, object] = {
            "version": self.version,
            "previous": self.previous,
            "approval_lifetime": format_duration(self.approval_lifetime_seconds),
            "initiator_may_approve": self.initiator_may_approve,
            "admins": {"threshold": self.admin_threshold, "members": _members(self.admins)},
            "approvers": {"members": _members(self.approvers)},
            "wallets": [_wallet_body(w) for w in self.wallets],
            "assets": [_asset_body(a) for a in self.assets],
        }
        if self.initiators:
            body["initiators"] = {"members": _members(self.initiators)}
        if self.transfers:
            decimals = {a.symbol: a.decimals for a in self.assets}
            body["transfers"] = [_transfer_body(t, decimals[t.asset]) for t in self.transfers]
        if self.expires is not None:
            body["expires"] = format_time(self.expires)
        if self.messages or self.typed_data or self.proofs is not None:
            from coldsign.policy.message_rules import message_bodies

            body.update(message_bodies(self))
        return body


def _by_xonly(members: Sequence[Member], public_key: bytes) -> Member | None:
    # BIP-340 treats 02||x and 03||x as one signer.
    return next((m for m in members if m.public_key[1:] == public_key[1:]), None)


def _members(members: Sequence[Member]) -> list[dict[str, str]]:
    return [{"name": m.name, "key": m.public_key.hex()} for m in members]


def _wallet_body(w: WalletRule) -> dict[str, object]:
    body: dict[str, object] = {"name": w.name, "chain": w.chain}
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


def _tiers_body(tiers: Sequence[Tier], decimals: int) -> list[dict[str, object]]:
    return [{"above": format_units(t.above, decimals), "approvals": t.approvals} for t in tiers]


def _velocity_body(v: Velocity | None, decimals: int) -> dict[str, str] | None:
    if v is None:
        return None
    return {"amount": format_units(v.amount, decimals), "period": format_duration(v.period_seconds)}


def _asset_body(a: AssetRule) -> dict[str, object]:
    def amount(value: int | None) -> str | None:
        return None if value is None else format_units(value, a.decimals)

    body: dict[str, object] = {"symbol": a.symbol, "chain": a.chain, **dict(a.scope_rule.body)}
    optional: list[tuple[str, object]] = [
        ("max_per_tx", amount(a.max_per_tx)),
        ("velocity", _velocity_body(a.velocity, a.decimals)),
        ("max_fee", format_units(a.max_fee, a.scope_rule.fee_decimals)),
        (
            "max_fee_share",
            None if a.max_fee_share_bp is None else f"{format_units(a.max_fee_share_bp, 2)}%",
        ),
        ("allow_replacement", True if a.allow_replacement else None),
    ]
    for key, value in optional:
        if value is not None:
            body[key] = value
    body["tiers"] = _tiers_body(a.tiers, a.decimals)
    return body


def _transfer_body(t: TransferRule, decimals: int) -> dict[str, object]:
    body: dict[str, object] = {"asset": t.asset, "from": t.from_wallet, "to": t.to_wallet}
    if t.max_per_tx is not None:
        body["max_per_tx"] = format_units(t.max_per_tx, decimals)
    velocity = _velocity_body(t.velocity, decimals)
    if velocity is not None:
        body["velocity"] = velocity
    body["tiers"] = _tiers_body(t.tiers, decimals)
    return body


def parse_policy(table: object, specs: ChainSpecs) -> Policy:
    """Build a `Policy` from a TOML table or a signed body; `specs` are the chains' syntax
    (`coldsign.chains.specs()`). Raises DecodeError naming the key."""
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
    initiators: tuple[Member, ...] = ()
    if top.has("initiators"):
        initiators_table = top.table("initiators")
        initiators = members(initiators_table, "initiator")
        initiators_table.done()
    _refuse_shared_role_keys(admins, approvers, initiators)

    wallets = tuple(_parse_wallet(w, specs) for w in top.tables("wallets", required=True))
    if not wallets:
        raise DecodeError(WHAT, "at least one wallet is required")
    if len({w.name for w in wallets}) != len(wallets):
        raise DecodeError(WHAT, "two wallets share a name")
    _refuse_shared_wallet_keys(wallets, specs)
    assets = tuple(
        _parse_asset(a, len(approvers), specs) for a in top.tables("assets", required=True)
    )
    seen_assets: dict[tuple[str, str, str], str] = {}
    for a in assets:
        scope = (a.chain, a.scope, (a.contract or "").lower())
        if scope in seen_assets:
            raise DecodeError(
                WHAT, f"assets {seen_assets[scope]} and {a.symbol} are the same asset"
            )
        seen_assets[scope] = a.symbol
    if len({a.symbol for a in assets}) != len(assets):
        raise DecodeError(WHAT, "two assets share a symbol")
    transfers = tuple(
        _parse_transfer(t, wallets, assets, len(approvers))
        for t in top.tables("transfers", required=False)
    )
    pairs = [(t.asset, t.from_wallet, t.to_wallet) for t in transfers]
    if len(set(pairs)) != len(pairs):
        raise DecodeError(WHAT, "two transfer rules for the same asset, from and to wallets")
    message_rules: tuple[MessageRule, ...] = ()
    typed_rules: tuple[TypedDataRule, ...] = ()
    proof_rule: ProofRule | None = None
    if any(top.has(key) for key in MESSAGE_SECTIONS):
        # Only a policy with message sections loads their rules (start-up, issue 16).
        from coldsign.policy.message_rules import parse_message_sections

        message_rules, typed_rules, proof_rule = parse_message_sections(
            top, wallets, len(approvers), specs
        )
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
        initiators,
        transfers,
        message_rules,
        typed_rules,
        proof_rule,
    )


def _refuse_shared_role_keys(*groups: tuple[Member, ...]) -> None:
    """A role key belongs to one role: an approver key that is also an initiator key would let
    one person both initiate and approve under two names."""
    owner: dict[bytes, str] = {}
    for group in groups:
        for m in group:
            other = owner.setdefault(m.public_key[1:], m.name)
            if other != m.name:
                raise DecodeError(WHAT, f"members {other} and {m.name} share a key")


def _spec(specs: ChainSpecs, fields: Fields) -> tuple[str, ChainSpec]:
    chain = fields.req_string("chain")
    spec = specs.get(chain)
    if spec is None:
        known = ", ".join(sorted(specs))
        raise fields.error("chain", f"{chain!r} is not a chain coldsign knows ({known})")
    return chain, spec


def _parse_wallet(f: Fields, specs: ChainSpecs) -> WalletRule:
    name = f.req_string("name")
    _chain, spec = _spec(specs, f)
    wallet = spec.parse_wallet(f, name)
    f.done()
    return wallet


def _refuse_shared_wallet_keys(wallets: Sequence[WalletRule], specs: ChainSpecs) -> None:
    """One key fills one slot of one wallet (issue 12.4): the same point under two origin labels,
    parent fingerprints or network encodings is one signer, so a 2-of-3 whose slots repeat a key
    is a wallet fewer people control, and a key shared by a mainnet and a test-network wallet lets
    a "test" payload sign coins on mainnet under the test network's rules."""
    seen: dict[bytes, tuple[str, int, KeyIdentity]] = {}
    for w in wallets:
        for slot, identities in enumerate(specs[w.chain].wallet_keys(w)):
            for identity in identities:
                first = seen.get(identity.point)
                if first is None:
                    continue
                # A slot's own identities are recorded after this loop and wallet names are
                # unique, so `first` is always another slot or another wallet.
                other_wallet, other_slot, other = first
                where = (
                    f"wallet {w.name}: keys {other_slot + 1} and {slot + 1}"
                    if other_wallet == w.name
                    else f"wallets {other_wallet} and {w.name}"
                )
                raise DecodeError(
                    WHAT, f"{where} are the same public key ({other.label} and {identity.label})"
                )
            for identity in identities:
                seen.setdefault(identity.point, (w.name, slot, identity))


def _parse_velocity(f: Fields, decimals: int) -> Velocity | None:
    if not f.has("velocity"):
        return None
    v = f.table("velocity")
    velocity_amount = v.amount("amount", decimals, required=True)
    period = v.duration("period", required=True)
    v.done()
    assert velocity_amount is not None and period is not None
    if period <= 0:
        raise v.error("period", "must be longer than zero")
    return Velocity(velocity_amount, period)


def _parse_tiers(f: Fields, decimals: int, approver_count: int) -> tuple[Tier, ...]:
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
    return tuple(tiers)


def _parse_asset(f: Fields, approver_count: int, specs: ChainSpecs) -> AssetRule:
    symbol = f.req_string("symbol")
    if not symbol.replace("-", "").replace(".", "").isalnum():
        raise f.error("symbol", "letters, digits, '-' and '.' only")
    chain, spec = _spec(specs, f)
    scope = spec.parse_asset_scope(f)
    decimals = scope.decimals
    max_per_tx = f.amount("max_per_tx", decimals)
    velocity = _parse_velocity(f, decimals)
    if not f.has("max_fee"):
        # Default deny (issue 12.2): the fee leaves the wallet too; without an absolute cap a
        # consolidation could pay any fee.
        raise f.error("max_fee", "is required: the absolute fee cap, in the fee asset's units")
    max_fee = f.amount("max_fee", spec.fee_decimals, required=True)
    assert max_fee is not None
    share_text = f.string("max_fee_share", required=False)
    share_bp = None
    if share_text is not None and not scope.share_allowed:
        raise f.error("max_fee_share", "a token's fee is paid in ETH: use max_fee instead")
    if share_text is not None:
        from coldsign.units import parse_decimal_units

        share_bp = parse_decimal_units(
            share_text.rstrip().removesuffix("%"), 2, f.path("max_fee_share")
        )
    allow_replacement = f.boolean("allow_replacement", False)
    tiers = _parse_tiers(f, decimals, approver_count)
    f.done()
    return AssetRule(
        symbol,
        chain,
        tiers,
        scope,
        max_fee,
        max_per_tx,
        velocity,
        share_bp,
        allow_replacement,
    )


def _parse_transfer(
    f: Fields, wallets: Sequence[WalletRule], assets: Sequence[AssetRule], approver_count: int
) -> TransferRule:
    symbol = f.req_string("asset")
    asset = next((a for a in assets if a.symbol == symbol), None)
    if asset is None:
        raise f.error("asset", f"{symbol!r} is not an asset of this policy")
    names = {w.name: w for w in wallets}
    ends = []
    for key in ("from", "to"):
        name = f.req_string(key)
        wallet = names.get(name)
        if wallet is None:
            raise f.error(key, f"{name!r} is not a wallet of this policy")
        if wallet.chain != asset.chain or wallet.scope != asset.scope:
            raise f.error(key, f"wallet {name} is not on the chain and network of {symbol}")
        ends.append(name)
    max_per_tx = f.amount("max_per_tx", asset.decimals)
    velocity = _parse_velocity(f, asset.decimals)
    tiers = _parse_tiers(f, asset.decimals, approver_count)
    f.done()
    return TransferRule(symbol, ends[0], ends[1], tiers, max_per_tx, velocity)
