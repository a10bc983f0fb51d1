"""Every check `payload sign` runs before keys are touched (docs/design.md §3, steps 2–5).

`evaluate` is pure: it takes the decoded payload, the facts its chain module drew from the
transaction, the trusted documents and a read-only view of the ledger, and returns a `Verdict`
holding every reason at once (each with a stable code, naming the output, input, approver or
field). Authentication problems (exit 5) and policy refusals (exit 4) are kept apart;
`Verdict.enforce()` raises the more severe with all reasons listed.

What counts against the limits is everything that leaves the wallet (issue 12): outputs to
others, transfers to the policy's other wallets (judged by their `[[transfers]]` rule), and the
fee. Change is only an output on the change branch of the wallet whose inputs are spent.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, PolicyViolation, Reason
from coldsign.policy.approval import ApprovalCheck, approval_digest, check_approvals
from coldsign.policy.config import AssetRule, Policy, TransferRule
from coldsign.policy.manifest import ListEntry, Manifest
from coldsign.units import format_units

if TYPE_CHECKING:
    from coldsign.policy.messages import MessageFacts


class OutputRole(enum.Enum):
    """What an output does, as the chain module established it (never from metadata alone)."""

    EXTERNAL = "external"  # to someone else: must be whitelisted
    CHANGE = "change"  # back to the change branch of the wallet whose inputs are spent
    TRANSFER = "transfer"  # to another policy wallet (or our own receive branch)


@dataclass(frozen=True)
class OutputFact:
    """One destination of the transaction as the chain module sees it."""

    index: int
    address: str | None
    amount: int  # in the asset's base units
    role: OutputRole
    lookup_key: str  # what the whitelist is indexed by (scriptPubKey hex or lower-case address)
    wallet: str | None = None  # CHANGE / TRANSFER: the policy wallet it re-derives from


@dataclass(frozen=True)
class TxFacts:
    """What the policy needs to know about a transaction, drawn by the chain module.

    `spends` are the replay keys of what the transaction consumes (Bitcoin outpoints, an EVM
    account nonce): each may be signed for one content only, unless a replacement is allowed.
    """

    chain: str
    scope: str  # network name or chain id
    tx_material: bytes  # covered by the approval digest
    asset_symbol_hint: str  # for messages only
    contract: str | None  # the token contract, None for the native asset
    from_wallet: str | None  # the policy wallet whose inputs are spent
    outputs: tuple[OutputFact, ...]
    fee: int  # base units of the fee asset (sat, wei)
    fee_decimals: int
    fee_unit: str  # the fee asset's symbol, for messages (BTC, ETH)
    spends: tuple[str, ...]
    fee_rate: float | None = None  # sat/vB (Bitcoin), for display and the per-vbyte cap
    fee_per_gas: int | None = None  # wei (EVM max fee per gas)
    refusals: tuple[Reason, ...] = ()  # chain-level: foreign inputs, sighash types, calldata …
    warnings: tuple[str, ...] = ()
    message: MessageFacts | None = None  # a message or proof payload (policy/messages.py)


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
class PriorSignature:
    """A signature the ledger already holds: which withdrawal, and its approval digest."""

    withdrawal_id: str
    digest: str


class LedgerReader(Protocol):
    """The ledger as the checks read it (`coldsign.home.ledger.Ledger` implements it)."""

    def digest_for(self, withdrawal_id: str) -> str | None:
        """The digest signed under `withdrawal_id`, if any."""
        ...

    def signed_spend(self, spend: str) -> PriorSignature | None:
        """Who signed for replay key `spend` (an outpoint, a nonce), if anyone."""
        ...

    def charged_since(self, key: str, since: int, exclude: str) -> int:
        """Sum charged to `key` (an asset or transfer ledger key) by signatures at or after
        `since` (Unix s), other than withdrawal `exclude`."""
        ...

    def charges_of(self, withdrawal_id: str) -> dict[str, int]:
        """What `withdrawal_id` charged, per ledger key (empty if never signed)."""
        ...


class EmptyLedger:
    """A ledger with nothing signed: what an approver's machine judges by."""

    def digest_for(self, withdrawal_id: str) -> str | None:
        return None

    def signed_spend(self, spend: str) -> PriorSignature | None:
        return None

    def charged_since(self, key: str, since: int, exclude: str) -> int:
        return 0

    def charges_of(self, withdrawal_id: str) -> dict[str, int]:
        return {}


@dataclass(frozen=True)
class Destination:
    """One output as the review shows it: its address, amount, role and whitelist label."""

    index: int
    address: str | None
    amount: int
    role: OutputRole
    label: str | None

    @property
    def change(self) -> bool:
        return self.role is OutputRole.CHANGE


@dataclass(frozen=True)
class Charge:
    """An amount a signature charges to a ledger key (velocity sums these), and the rule's cap.

    `amount` is the increment: for a replacement, what it adds beyond what it replaces (at most
    one of two conflicting transactions can confirm)."""

    key: str
    amount: int


@dataclass(frozen=True)
class Verdict:
    """What `evaluate` found: amounts, destinations, approvals, and every refusal or warning."""

    digest: bytes
    asset: AssetRule | None
    amount: int  # what leaves in the asset: external outputs, plus the fee when paid in it
    sent: int  # external outputs only
    transferred: int  # to the policy's other wallets
    fee: int
    fee_decimals: int
    destinations: tuple[Destination, ...]
    approvals: ApprovalCheck
    required_approvals: int | None
    auth_problems: tuple[Reason, ...]
    refusals: tuple[Reason, ...]
    warnings: tuple[str, ...]
    already_signed: bool
    charges: tuple[Charge, ...]  # what velocity counts (a replacement: its increment only)
    totals: tuple[Charge, ...]  # the full amount per ledger key
    spends: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.auth_problems and not self.refusals

    def reasons(self) -> list[Reason]:
        return [*self.auth_problems, *self.refusals]

    @property
    def awaiting_approvals_only(self) -> bool:
        """True when every check passes except the number of approvals (what an approver sees
        before approving)."""
        codes = {r.code for r in self.reasons()}
        return bool(codes) and codes <= {"approvals.too_few"}

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
    ledger: LedgerReader,
    *,
    now: int,
) -> Verdict:
    """Run docs/design.md §3 checks 2–5 and collect every reason."""
    if facts.message is not None:
        # Messages, typed data and proofs (issue 15): their own rules, same bindings and quorum.
        from coldsign.policy.messages import evaluate_message

        return evaluate_message(payload, facts, trusted, ledger, now=now)
    auth: list[Reason] = []
    refuse: list[Reason] = list(facts.refusals)
    warnings = list(facts.warnings)
    policy = trusted.policy
    digest = approval_digest(payload, facts.tx_material)
    asset = policy.asset_for(facts.chain, facts.scope, facts.contract)

    _check_bindings(payload, trusted, now, auth, refuse)
    if asset is None:
        refuse.append(
            Reason(
                "asset.no_rule",
                f"asset: the policy has no rule for {facts.asset_symbol_hint}; nothing may be "
                "signed",
                field="asset",
            )
        )

    # 4. destinations: change, transfers to our other wallets, and whitelisted destinations.
    destinations: list[Destination] = []
    sent = 0
    per_entry: dict[str, tuple[ListEntry, int, list[int]]] = {}
    transfers: dict[str, int] = {}
    for out in facts.outputs:
        where = f"output {out.index} ({out.address or 'no address'})"
        if out.role is OutputRole.CHANGE:
            destinations.append(Destination(out.index, out.address, out.amount, out.role, "change"))
            continue
        if out.role is OutputRole.TRANSFER:
            target = out.wallet or "?"
            transfers[target] = transfers.get(target, 0) + out.amount
            destinations.append(
                Destination(out.index, out.address, out.amount, out.role, f"to wallet {target}")
            )
            continue
        sent += out.amount
        label = None
        entry = _lookup(trusted.whitelist, facts, out)
        denied = _lookup(trusted.denylist, facts, out)
        if denied is not None:
            refuse.append(
                Reason(
                    "denylist.listed",
                    f"{where}: on the denylist ({denied.label})",
                    output=out.index,
                )
            )
        if entry is None:
            refuse.append(
                Reason(
                    "whitelist.not_listed",
                    f"{where}: destination is not on the whitelist",
                    output=out.index,
                )
            )
        else:
            label = entry.label
            total, indexes = per_entry.get(entry.key, (entry, 0, []))[1:]
            per_entry[entry.key] = (entry, total + out.amount, [*indexes, out.index])
        destinations.append(Destination(out.index, out.address, out.amount, out.role, label))
    if asset is not None:
        _check_entry_caps(per_entry, asset, refuse)

    fee_in_asset = asset is not None and asset.contract is None
    amount = sent + (facts.fee if fee_in_asset else 0)
    transferred = sum(transfers.values())
    transfer_rules = _transfer_rules(policy, asset, facts.from_wallet, transfers, refuse)

    # 3. approvals: the tier depends on everything that leaves.
    approval_check = check_approvals(payload, digest, policy, now=now)
    auth.extend(approval_check.problems)
    refuse.extend(approval_check.refusals)
    required = _required_approvals(asset, amount, sent, transfer_rules, transfers, refuse)
    if required is not None and len(approval_check.valid_approvers) < required:
        refuse.append(
            Reason(
                "approvals.too_few",
                f"approvals: {len(approval_check.valid_approvers)} valid of the {required} "
                f"required",
                field="approvals",
            )
        )

    # 4 (cont.). fees.
    if asset is not None:
        _check_fees(asset, facts, sent + transferred, refuse)

    # 5. replay, caps, velocity.
    already_signed = _check_replay(payload, facts, digest, asset, ledger, refuse)
    totals = _totals(asset, amount, transfer_rules, transfers, facts, policy)
    replaced = ledger.charges_of(payload.replaces) if payload.replaces is not None else {}
    charges = [Charge(c.key, max(0, c.amount - replaced.get(c.key, 0))) for c in totals]
    if asset is not None and asset.max_per_tx is not None and amount > asset.max_per_tx:
        refuse.append(
            Reason(
                "limit.per_tx",
                f"amount: {_fmt(amount, asset)} (outputs plus fee) exceeds the per-transaction "
                f"cap of {_fmt(asset.max_per_tx, asset)}",
                field="amount",
            )
        )
    for target, moved in transfers.items():
        rule = transfer_rules.get(target)
        if rule is None or asset is None or rule.max_per_tx is None or moved <= rule.max_per_tx:
            continue
        refuse.append(
            Reason(
                "transfer.per_tx",
                f"transfer {rule.from_wallet} → {rule.to_wallet}: {_fmt(moved, asset)} exceeds "
                f"the rule's cap of {_fmt(rule.max_per_tx, asset)}",
            )
        )
    if not already_signed:
        _check_velocity(payload, charges, policy, asset, ledger, now, refuse)
    return Verdict(
        digest,
        asset,
        amount,
        sent,
        transferred,
        facts.fee,
        facts.fee_decimals,
        tuple(destinations),
        approval_check,
        required,
        tuple(auth),
        tuple(refuse),
        tuple(warnings),
        already_signed,
        tuple(charges),
        tuple(totals),
        facts.spends,
    )


def _check_bindings(
    payload: Payload, trusted: Trusted, now: int, auth: list[Reason], refuse: list[Reason]
) -> None:
    """Step 2: the payload is bound to exactly the documents this signer trusts."""
    policy = trusted.policy
    if payload.policy_hash.hex() != trusted.policy_hash:
        auth.append(
            Reason(
                "binding.policy",
                f"policy_hash: payload was made for policy {payload.policy_hash.hex()[:16]}…, "
                f"the signer's pinned policy is {trusted.policy_hash[:16]}…",
                field="policy_hash",
            )
        )
    if trusted.whitelist is None or trusted.whitelist_hash is None:
        auth.append(
            Reason("binding.no_whitelist", "whitelist: no whitelist imported on this signer")
        )
    elif payload.whitelist_hash.hex() != trusted.whitelist_hash:
        auth.append(
            Reason(
                "binding.whitelist",
                f"whitelist_hash: payload was approved against whitelist "
                f"{payload.whitelist_hash.hex()[:16]}…, the signer has "
                f"v{trusted.whitelist.version} {trusted.whitelist_hash[:16]}…",
                field="whitelist_hash",
            )
        )
    payload_deny = payload.denylist_hash.hex() if payload.denylist_hash else None
    if payload_deny != trusted.denylist_hash:
        auth.append(
            Reason(
                "binding.denylist",
                "denylist_hash: payload and signer disagree on the denylist",
                field="denylist_hash",
            )
        )
    if policy.expires is not None and now >= policy.expires.timestamp():
        auth.append(Reason("policy.expired", "policy: expired", field="policy"))
    if now >= payload.expires:
        refuse.append(
            Reason("payload.expired", "expires: the withdrawal has expired", field="expires")
        )


def _check_entry_caps(
    per_entry: dict[str, tuple[ListEntry, int, list[int]]],
    asset: AssetRule,
    refuse: list[Reason],
) -> None:
    """A destination's cap applies to everything the transaction sends it (issue 12.1), in the
    asset the entry names."""
    from coldsign.units import parse_decimal_units

    for entry, total, indexes in per_entry.values():
        if entry.max_per_tx is None:
            continue
        outputs = ", ".join(str(i) for i in indexes)
        if entry.asset != asset.symbol:
            refuse.append(
                Reason(
                    "whitelist.cap_asset",
                    f"output(s) {outputs} ({entry.address}): this destination's cap is in "
                    f"{entry.asset}, the withdrawal sends {asset.symbol}",
                    output=indexes[0],
                )
            )
            continue
        cap = parse_decimal_units(entry.max_per_tx, asset.decimals, "whitelist max_per_tx")
        if total > cap:
            refuse.append(
                Reason(
                    "whitelist.cap",
                    f"output(s) {outputs} ({entry.address}): {_fmt(total, asset)} in all exceeds "
                    f"this destination's cap of {entry.max_per_tx} {asset.symbol}",
                    output=indexes[0],
                )
            )


def _transfer_rules(
    policy: Policy,
    asset: AssetRule | None,
    from_wallet: str | None,
    transfers: dict[str, int],
    refuse: list[Reason],
) -> dict[str, TransferRule]:
    """The `[[transfers]]` rule for each destination wallet; a transfer without one is refused."""
    rules: dict[str, TransferRule] = {}
    for target in transfers:
        rule = (
            policy.transfer(asset.symbol, from_wallet, target)
            if asset is not None and from_wallet is not None
            else None
        )
        if rule is None:
            refuse.append(
                Reason(
                    "transfer.no_rule",
                    f"transfer: {from_wallet or 'this wallet'} → {target} is an internal transfer, "
                    "and the policy has no [[transfers]] rule for it",
                )
            )
        else:
            rules[target] = rule
    return rules


def _required_approvals(
    asset: AssetRule | None,
    amount: int,
    sent: int,
    transfer_rules: dict[str, TransferRule],
    transfers: dict[str, int],
    refuse: list[Reason],
) -> int | None:
    """The most approvals any part of the withdrawal needs: the asset's tier for what leaves to
    others (with the fee), and each transfer rule's tier for what it moves."""
    if asset is None:
        return None
    needs: list[int] = []
    if sent or not transfers:
        tier = asset.required_approvals(amount)
        if tier is None:
            refuse.append(
                Reason(
                    "tiers.none", f"tiers: no approval tier covers {_fmt(amount, asset)}",
                    field="tiers",
                )
            )  # fmt: skip
        else:
            needs.append(tier)
    for target, rule in transfer_rules.items():
        tier = rule.required_approvals(transfers[target])
        if tier is None:
            refuse.append(
                Reason(
                    "tiers.none",
                    f"transfer {rule.from_wallet} → {target}: no tier covers "
                    f"{_fmt(transfers[target], asset)}",
                )
            )
        else:
            needs.append(tier)
    return max(needs) if needs else None


def _check_fees(asset: AssetRule, facts: TxFacts, moved: int, refuse: list[Reason]) -> None:
    fee_text = f"{format_units(facts.fee, facts.fee_decimals)} {facts.fee_unit}"
    if facts.fee > asset.max_fee:
        refuse.append(
            Reason(
                "fee.max",
                f"fee: {fee_text} exceeds the cap of "
                f"{format_units(asset.max_fee, facts.fee_decimals)} {facts.fee_unit}",
                field="fee",
            )
        )
    if (
        asset.max_fee_rate is not None
        and facts.fee_rate is not None
        and facts.fee_rate > asset.max_fee_rate
    ):
        refuse.append(
            Reason(
                "fee.rate",
                f"fee rate: {facts.fee_rate:.1f} sat/vB exceeds the cap of "
                f"{asset.max_fee_rate} sat/vB",
                field="fee_rate",
            )
        )
    if (
        asset.max_fee_per_gas is not None
        and facts.fee_per_gas is not None
        and facts.fee_per_gas > asset.max_fee_per_gas
    ):
        refuse.append(
            Reason(
                "fee.per_gas",
                f"max fee per gas: {format_units(facts.fee_per_gas, 9)} gwei exceeds the cap of "
                f"{format_units(asset.max_fee_per_gas, 9)} gwei",
                field="max_fee_per_gas",
            )
        )
    if (
        asset.max_fee_share_bp is not None
        and moved > 0
        and facts.fee * 10_000 > moved * asset.max_fee_share_bp
    ):
        # A consolidation moves nothing, so no share applies; the absolute cap (required by
        # the policy parser since issue 12.2) bounds its fee instead.
        refuse.append(
            Reason(
                "fee.share",
                f"fee: {fee_text} is more than {format_units(asset.max_fee_share_bp, 2)}% of "
                f"the {format_units(moved, asset.decimals)} {asset.symbol} moved",
                field="fee",
            )
        )


def _check_replay(
    payload: Payload,
    facts: TxFacts,
    digest: bytes,
    asset: AssetRule | None,
    ledger: LedgerReader,
    refuse: list[Reason],
) -> bool:
    """A withdrawal id, an outpoint and an account nonce are each signed for one content only;
    the same content again is harmless (it may be released again after a crash)."""
    already_signed = False
    previous = ledger.digest_for(payload.withdrawal_id)
    if previous is not None:
        if previous != digest.hex():
            refuse.append(
                Reason(
                    "replay.withdrawal_id",
                    f"withdrawal id {payload.withdrawal_id!r} was already signed with different "
                    "content",
                    field="withdrawal_id",
                )
            )
        else:
            already_signed = True
    if payload.replaces is not None:
        if asset is None or not asset.allow_replacement:
            refuse.append(
                Reason(
                    "replay.replacement_not_allowed",
                    f"replaces: the payload replaces {payload.replaces!r}, and the policy does "
                    "not allow replacements for this asset (allow_replacement)",
                    field="replaces",
                )
            )
        elif ledger.digest_for(payload.replaces) is None:
            refuse.append(
                Reason(
                    "replay.replaces_unknown",
                    f"replaces: withdrawal {payload.replaces!r} was never signed here",
                    field="replaces",
                )
            )
        elif not any(
            (prior := ledger.signed_spend(s)) is not None
            and prior.withdrawal_id == payload.replaces
            for s in facts.spends
        ):
            refuse.append(
                Reason(
                    "replay.replaces_nothing",
                    f"replaces: the transaction spends nothing that {payload.replaces!r} spent, "
                    "so both could confirm",
                    field="replaces",
                )
            )
    conflicts: dict[str, list[str]] = {}
    for spend in facts.spends:
        prior = ledger.signed_spend(spend)
        if prior is None or prior.digest == digest.hex():
            continue
        if prior.withdrawal_id == payload.withdrawal_id:
            continue  # already refused above as the same id with different content
        if (
            payload.replaces == prior.withdrawal_id
            and asset is not None
            and asset.allow_replacement
        ):
            continue
        conflicts.setdefault(prior.withdrawal_id, []).append(spend)
    for other, spends in conflicts.items():
        shown = ", ".join(spends[:3]) + (f" and {len(spends) - 3} more" if len(spends) > 3 else "")
        refuse.append(
            Reason(
                "replay.spent",
                f"replay: {shown} already signed for withdrawal {other!r} with different "
                "content (a replacement must say --replaces and the policy must allow it)",
            )
        )
    return already_signed


def _totals(
    asset: AssetRule | None,
    amount: int,
    transfer_rules: dict[str, TransferRule],
    transfers: dict[str, int],
    facts: TxFacts,
    policy: Policy,
) -> list[Charge]:
    """What this signature moves per ledger key: the asset (outputs plus fee), each transfer
    rule, and the native asset for a fee paid outside the asset (ERC-20 gas)."""
    totals: dict[str, int] = {}
    if asset is not None:
        totals[asset.ledger_key] = amount
        if asset.contract is not None:
            native = policy.asset_for(facts.chain, facts.scope, None)
            if native is not None:
                totals[native.ledger_key] = totals.get(native.ledger_key, 0) + facts.fee
    for target, rule in transfer_rules.items():
        totals[rule.ledger_key] = transfers[target]
    return [Charge(key, value) for key, value in sorted(totals.items())]


def _check_velocity(
    payload: Payload,
    charges: Sequence[Charge],
    policy: Policy,
    asset: AssetRule | None,
    ledger: LedgerReader,
    now: int,
    refuse: list[Reason],
) -> None:
    rules = {a.ledger_key: (a.velocity, a) for a in policy.assets}
    if asset is not None:
        rules.update({t.ledger_key: (t.velocity, asset) for t in policy.transfers})
    for charge in charges:
        velocity, unit = rules.get(charge.key, (None, None))
        if velocity is None or unit is None:
            continue
        spent = ledger.charged_since(
            charge.key, now - velocity.period_seconds, payload.withdrawal_id
        )
        if spent + charge.amount > velocity.amount:
            refuse.append(
                Reason(
                    "limit.velocity",
                    f"velocity ({charge.key}): {_fmt(spent, unit)} already signed in the period "
                    f"plus {_fmt(charge.amount, unit)} exceeds {_fmt(velocity.amount, unit)}",
                    field="velocity",
                )
            )


def _fmt(amount: int, asset: AssetRule) -> str:
    return f"{format_units(amount, asset.decimals)} {asset.symbol}"


def _lookup(manifest: Manifest | None, facts: TxFacts, out: OutputFact) -> ListEntry | None:
    if manifest is None:
        return None
    return manifest.lookup(facts.chain, facts.scope, out.lookup_key)
