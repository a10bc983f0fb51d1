"""Every check `payload sign` runs before keys are touched (DESIGN.md §3, steps 2–5).

`evaluate` is pure: it takes the decoded payload, chain facts extracted from its transaction, the
trusted documents and the ledger, and returns a `Verdict` holding every reason at once (each
naming the output index, approver or field). Authentication problems (exit 5) and policy refusals
(exit 4) are kept apart; `Verdict.enforce()` raises the more severe with all reasons listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, PolicyViolation
from coldsign.policy.approval import ApprovalCheck, approval_digest, check_approvals
from coldsign.policy.config import AssetRule, Policy
from coldsign.policy.manifest import ListEntry, Manifest
from coldsign.units import format_units


@dataclass(frozen=True)
class OutputFact:
    """One destination of the transaction as the chain module sees it."""

    index: int
    address: str | None
    amount: int  # in the asset's base units
    change: bool  # re-derived from our own wallet (never from metadata alone)
    lookup_key: str  # what the whitelist is indexed by (scriptPubKey hex or lower-case address)


@dataclass(frozen=True)
class TxFacts:
    """What the policy needs to know about a transaction, extracted by the chain module."""

    tx_material: bytes  # covered by the approval digest
    asset_symbol_hint: str  # for messages only
    outputs: tuple[OutputFact, ...]
    fee: int  # base units of the fee asset (sat, wei)
    fee_rate: float | None = None  # sat/vB (Bitcoin)
    fee_per_gas: int | None = None  # wei (EVM max fee per gas)
    refusals: tuple[
        str, ...
    ] = ()  # chain-level refusals: foreign inputs, sighash types, calldata …
    warnings: tuple[str, ...] = ()
    replay_key: str = ""  # EVM: chain:address:nonce


@dataclass(frozen=True)
class Trusted:
    """The documents the signer trusts right now (already verified against the pinned policy)."""

    policy: Policy
    policy_hash: str
    whitelist: Manifest | None
    whitelist_hash: str | None
    denylist: Manifest | None
    denylist_hash: str | None


@dataclass(frozen=True)
class LedgerView:
    """The spend ledger as the checks see it."""

    spent_in_window: int  # sum for this asset over the velocity period, excluding this withdrawal
    previous_digest_for_id: str | None  # content digest already signed under this withdrawal id
    previous_digest_for_nonce: str | None = None


@dataclass(frozen=True)
class Destination:
    index: int
    address: str | None
    amount: int
    change: bool
    label: str | None


@dataclass(frozen=True)
class Verdict:
    digest: bytes
    asset: AssetRule | None
    amount: int
    fee: int
    destinations: tuple[Destination, ...]
    approvals: ApprovalCheck
    required_approvals: int | None
    auth_problems: tuple[str, ...]
    refusals: tuple[str, ...]
    warnings: tuple[str, ...]
    already_signed: bool

    @property
    def ok(self) -> bool:
        return not self.auth_problems and not self.refusals

    def reasons(self) -> list[str]:
        return [*self.auth_problems, *self.refusals]

    def enforce(self) -> None:
        """AuthenticationError if any authentication problem (all reasons listed), else
        PolicyViolation if any refusal; nothing if every check passed."""
        if self.auth_problems:
            raise AuthenticationError(self.reasons())
        if self.refusals:
            raise PolicyViolation(self.reasons())


def evaluate(
    payload: Payload,
    facts: TxFacts,
    trusted: Trusted,
    asset: AssetRule | None,
    ledger: LedgerView,
    *,
    now: int,
) -> Verdict:
    """Run DESIGN.md §3 checks 2–5 and collect every reason."""
    auth: list[str] = []
    refuse: list[str] = list(facts.refusals)
    policy = trusted.policy
    digest = approval_digest(payload, facts.tx_material)

    # 2. documents: the payload must be bound to exactly what this signer trusts.
    if payload.policy_hash.hex() != trusted.policy_hash:
        auth.append(
            f"policy_hash: payload was made for policy {payload.policy_hash.hex()[:16]}…, "
            f"the signer's pinned policy is {trusted.policy_hash[:16]}…"
        )
    if trusted.whitelist is None or trusted.whitelist_hash is None:
        auth.append("whitelist: no whitelist imported on this signer")
    elif payload.whitelist_hash.hex() != trusted.whitelist_hash:
        auth.append(
            f"whitelist_hash: payload was approved against whitelist "
            f"{payload.whitelist_hash.hex()[:16]}…, the signer has v{trusted.whitelist.version} "
            f"{trusted.whitelist_hash[:16]}…"
        )
    payload_deny = payload.denylist_hash.hex() if payload.denylist_hash else None
    if payload_deny != trusted.denylist_hash:
        auth.append("denylist_hash: payload and signer disagree on the denylist")
    if policy.expires is not None and now >= policy.expires.timestamp():
        auth.append("policy: expired")
    if now >= payload.expires:
        refuse.append("expires: the withdrawal has expired")
    if asset is None:
        refuse.append(
            f"asset: the policy has no rule for {facts.asset_symbol_hint}; nothing may be signed"
        )

    # 4. destinations.
    destinations: list[Destination] = []
    amount = 0
    for out in facts.outputs:
        label = None
        if out.change:
            destinations.append(Destination(out.index, out.address, out.amount, True, "change"))
            continue
        amount += out.amount
        entry = _lookup(trusted.whitelist, payload, out)
        denied = _lookup(trusted.denylist, payload, out)
        where = f"output {out.index} ({out.address or 'no address'})"
        if denied is not None:
            refuse.append(f"{where}: on the denylist ({denied.label})")
        if entry is None:
            refuse.append(f"{where}: destination is not on the whitelist")
        else:
            label = entry.label
            if entry.max_per_tx is not None and asset is not None:
                from coldsign.units import parse_decimal_units

                cap = parse_decimal_units(entry.max_per_tx, asset.decimals, "whitelist max_per_tx")
                if out.amount > cap:
                    refuse.append(
                        f"{where}: {_fmt(out.amount, asset)} exceeds this destination's "
                        f"cap of {entry.max_per_tx} {asset.symbol}"
                    )
        destinations.append(Destination(out.index, out.address, out.amount, False, label))

    # 3. approvals (the tier depends on the amount sent).
    approvers = [(m.name, m.public_key) for m in policy.approvers]
    approval_check = check_approvals(
        payload,
        digest,
        approvers,
        now=now,
        lifetime_seconds=policy.approval_lifetime_seconds,
        initiator_may_approve=policy.initiator_may_approve,
    )
    auth.extend(approval_check.problems)
    refuse.extend(approval_check.refusals)
    required = asset.required_approvals(amount) if asset is not None else None
    if asset is not None:
        if required is None:
            refuse.append(f"tiers: no approval tier covers {_fmt(amount, asset)}")
        elif len(approval_check.valid_approvers) < required:
            refuse.append(
                f"approvals: {len(approval_check.valid_approvers)} valid of the {required} "
                f"required for {_fmt(amount, asset)}"
            )

    # 4 (cont.). fees.
    if asset is not None:
        fee_decimals = 8 if asset.chain.value == "bitcoin" else 18
        if asset.max_fee is not None and facts.fee > asset.max_fee:
            refuse.append(
                f"fee: {format_units(facts.fee, fee_decimals)} exceeds the cap of "
                f"{format_units(asset.max_fee, fee_decimals)}"
            )
        if (
            asset.max_fee_rate is not None
            and facts.fee_rate is not None
            and facts.fee_rate > asset.max_fee_rate
        ):
            refuse.append(
                f"fee rate: {facts.fee_rate:.1f} sat/vB exceeds the cap of {asset.max_fee_rate}"
            )
        if (
            asset.max_fee_per_gas is not None
            and facts.fee_per_gas is not None
            and facts.fee_per_gas > asset.max_fee_per_gas
        ):
            refuse.append(
                f"max fee per gas: {facts.fee_per_gas} wei exceeds the cap of {asset.max_fee_per_gas}"
            )
        if (
            asset.max_fee_share_bp is not None
            and amount > 0
            and facts.fee * 10_000 > amount * asset.max_fee_share_bp
        ):
            refuse.append(
                f"fee: more than {format_units(asset.max_fee_share_bp, 2)}% of the amount sent"
            )

    # 5. caps, velocity, replay.
    already_signed = False
    if ledger.previous_digest_for_id is not None:
        if ledger.previous_digest_for_id != digest.hex():
            refuse.append(
                f"withdrawal id {payload.withdrawal_id!r} was already signed with different content"
            )
        else:
            already_signed = True
    if (
        ledger.previous_digest_for_nonce is not None
        and ledger.previous_digest_for_nonce != digest.hex()
    ):
        refuse.append("nonce: this account's nonce was already signed for a different transaction")
    if asset is not None:
        if asset.max_per_tx is not None and amount > asset.max_per_tx:
            refuse.append(
                f"amount: {_fmt(amount, asset)} exceeds the per-transaction cap of "
                f"{_fmt(asset.max_per_tx, asset)}"
            )
        if asset.velocity is not None and not already_signed:
            total = ledger.spent_in_window + amount
            if total > asset.velocity.amount:
                refuse.append(
                    f"velocity: {_fmt(ledger.spent_in_window, asset)} already signed in the "
                    f"period plus {_fmt(amount, asset)} exceeds {_fmt(asset.velocity.amount, asset)}"
                )
    return Verdict(
        digest,
        asset,
        amount,
        facts.fee,
        tuple(destinations),
        approval_check,
        required,
        tuple(auth),
        tuple(refuse),
        facts.warnings,
        already_signed,
    )


def _fmt(amount: int, asset: AssetRule) -> str:
    return f"{format_units(amount, asset.decimals)} {asset.symbol}"


def _lookup(manifest: Manifest | None, payload: Payload, out: OutputFact) -> ListEntry | None:
    if manifest is None:
        return None
    if payload.chain == "bitcoin":
        from coldsign.units import Network

        return manifest.lookup_bitcoin(
            Network.parse(payload.network or ""), bytes.fromhex(out.lookup_key)
        )
    return manifest.lookup_evm(payload.chain_id or 0, out.lookup_key)
