"""The policy for messages, typed data and proofs of reserves (issue 15). Pure.

A message payload is judged like a withdrawal — bound to the signer's documents, approved by
enough distinct approvers over the recomputed digest, signed once per id — and then by the
policy's message sections (config.py): default deny, so a text, a typed data or a proof that no
rule allows is refused, and a rule must name the wallet whose key signs.

Typed data that moves value (an EIP-2612 or Permit2 permit, an EIP-3009 authorization, a Safe
transaction, a Seaport order) is a withdrawal in disguise: the chain module turns its movements
into outputs, and `checks.evaluate` judges them as it judges a transfer of that token — the
spender or recipient must be whitelisted, the amount is held against the asset's caps, picks its
tier, and is charged to the asset's ledger key so velocity counts it. On top of that the
typed-data rule must allow the domain and primary type, and a movement the signature does not
bound (an unlimited amount, a counterparty chosen by whoever executes, calldata coldsign cannot
read) is refused.

A proof of reserves (BIP-322 proof of funds) moves nothing: it never counts against limits and
records no spend, so a later withdrawal of the same coins is not a replay. The chain module
checks that its PSBT can never be broadcast as a spend and that its inputs are the wallet's.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from coldsign.codec.payload import Payload
from coldsign.errors import Reason
from coldsign.policy.approval import approval_digest, check_approvals
from coldsign.policy.checks import (
    LedgerReader,
    Trusted,
    TxFacts,
    Verdict,
    _check_bindings,
    _check_replay,
    evaluate,
)
from coldsign.policy.config import Policy

MESSAGE = "message"
PROOF = "proof"
# Unicode categories a message may not hold (a newline is allowed): bidi overrides, zero-width
# characters and other controls can make a review screen show another text than is signed.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# An amount at or above 2**160 - 1 is how permits say "unlimited" (Permit2's uint160 maximum;
# EIP-2612's uint256 maximum).
UNLIMITED = (1 << 160) - 1


@dataclass(frozen=True)
class MovementFacts:
    """One movement of value a typed-data signature allows, as the chain module read it."""

    asset_kind: str  # native, erc20, erc721, erc1155, …
    token: str | None  # the token contract (None: the chain's native coin)
    amount: int | None  # None: not bounded by the signature
    counterparty: str | None  # None: whoever executes decides
    role: str  # allowance, transfer, offer, refund, receipt
    expiration: int | None = None


@dataclass(frozen=True)
class ValueMovingFacts:
    """What a value-moving typed data does (messages.value_moving.ValueMovingMessage as data)."""

    kind: str
    contract: str | None  # domain.verifyingContract
    chain_id: int | None  # domain.chainId
    owner: str | None
    owner_is_signer: bool  # the owner field must be the signing address (permits)
    movements: tuple[MovementFacts, ...]
    receipts: tuple[MovementFacts, ...] = ()
    deadline: int | None = None
    nonce: int | None = None
    unknowns: tuple[str, ...] = ()


@dataclass(frozen=True)
class TypedDataFacts:
    """EIP-712 typed data: its domain as (field, canonical text), the primary type, the signing
    hash, what it moves (None: not known to move value), and any struct that looks like a
    value-moving type under another name (`disguised`)."""

    domain: tuple[tuple[str, str], ...]
    primary_type: str
    signing_hash: bytes
    value_moving: ValueMovingFacts | None = None
    disguised: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessageFacts:
    """A message or proof payload's request: the payload kind, the signature format, the policy
    wallet whose key signs (None: the address is no policy wallet's at that path), the address,
    the text (None: not UTF-8), and the typed data for EIP-712."""

    kind: str
    format: str
    wallet: str | None
    address: str
    path: str
    text: str | None
    typed: TypedDataFacts | None = None


def evaluate_message(
    payload: Payload, facts: TxFacts, trusted: Trusted, ledger: LedgerReader, *, now: int
) -> Verdict:
    """The verdict on a message or proof payload, every reason at once (see the module doc)."""
    m = facts.message
    assert m is not None
    policy = trusted.policy
    if m.typed is not None and m.typed.value_moving is not None:
        return _value_moving_verdict(payload, facts, m, trusted, ledger, now)
    digest = approval_digest(payload, facts.tx_material)
    auth: list[Reason] = []
    refuse: list[Reason] = list(facts.refusals)
    _check_bindings(payload, trusted, now, auth, refuse)
    if m.kind == PROOF:
        required = _proof_rule(policy, m, refuse)
    elif m.typed is not None:
        required = _typed_data_rule(policy, m, refuse)
        _typed_data_shape(policy, facts, m, refuse)
    else:
        required = _message_rule(policy, m, refuse)
    approvals = check_approvals(payload, digest, policy, now=now)
    auth.extend(approvals.problems)
    refuse.extend(approvals.refusals)
    _too_few(len(approvals.valid_approvers), required, refuse)
    # A message spends nothing: only its id is checked (signed once, for one content).
    already_signed = _check_replay(payload, replace(facts, spends=()), digest, None, ledger, refuse)
    return Verdict(
        digest,
        None,
        0,
        0,
        0,
        0,
        facts.fee_decimals,
        (),
        approvals,
        required,
        tuple(auth),
        tuple(refuse),
        facts.warnings,
        already_signed,
        (),
        (),
        (),
    )


def _too_few(valid: int, required: int | None, refuse: list[Reason]) -> None:
    if required is not None and valid < required:
        refuse.append(
            Reason(
                "approvals.too_few",
                f"approvals: {valid} valid of the {required} required",
                field="approvals",
            )
        )


def _wallet_reason(m: MessageFacts) -> Reason:
    return Reason(
        "message.wallet",
        f"address: {m.address} at {m.path} is not a wallet of the policy (a message is signed "
        "only with a key the policy names)",
        field="address",
    )


def _text_reasons(m: MessageFacts, refuse: list[Reason]) -> str | None:
    """The text, or None after adding why it cannot be judged as text."""
    if m.text is None:
        refuse.append(
            Reason(
                "message.not_text",
                "message: not UTF-8 text; only text can match a template",
                field="message",
            )
        )
        return None
    bad = [
        (i, c)
        for i, c in enumerate(m.text)
        if c != "\n" and unicodedata.category(c) in _REFUSED_CATEGORIES
    ]
    if bad:
        i, c = bad[0]
        refuse.append(
            Reason(
                "message.control_chars",
                f"message: holds U+{ord(c):04X} at position {i} ({len(bad)} such character(s)): "
                "control and format characters could hide what is signed",
                field="message",
            )
        )
        return None
    return m.text


def _message_rule(policy: Policy, m: MessageFacts, refuse: list[Reason]) -> int | None:
    """The approvals a text needs: the most any rule that allows it asks (None: refused)."""
    text = _text_reasons(m, refuse)
    if m.wallet is None:
        refuse.append(_wallet_reason(m))
        return None
    candidates = [
        r
        for r in policy.messages
        if m.wallet in r.wallets and m.format in {f.value for f in r.formats}
    ]
    if not candidates:
        refuse.append(
            Reason(
                "message.no_rule",
                f"message: no [[messages]] rule lets wallet {m.wallet} sign {m.format} messages",
                field="message",
            )
        )
        return None
    if text is None:
        return None
    matching = [r for r in candidates if r.template.matches(text)]
    if not matching:
        tried = "; ".join(f"{r.name}: {r.template.describe()}" for r in candidates)
        refuse.append(
            Reason(
                "message.template",
                f"message: the text matches no template for wallet {m.wallet} ({tried})",
                field="message",
            )
        )
        return None
    return max(r.approvals for r in matching)


def _typed_data_rule(policy: Policy, m: MessageFacts, refuse: list[Reason]) -> int | None:
    """The approvals typed data needs under the [[typed_data]] rules (None: refused)."""
    assert m.typed is not None
    if m.wallet is None:
        refuse.append(_wallet_reason(m))
        return None
    candidates = [r for r in policy.typed_data if m.wallet in r.wallets]
    shown = ", ".join(f"{k}={v}" for k, v in m.typed.domain) or "empty"
    if not candidates:
        refuse.append(
            Reason(
                "typed_data.no_rule",
                f"typed data: no [[typed_data]] rule lets wallet {m.wallet} sign typed data",
                field="domain",
            )
        )
        return None
    domain = set(m.typed.domain)
    same_domain = [r for r in candidates if set(r.domain.fields()) == domain]
    if not same_domain:
        refuse.append(
            Reason(
                "typed_data.domain",
                f"typed data: the domain ({shown}) is not one the policy lists for wallet "
                f"{m.wallet}",
                field="domain",
            )
        )
        return None
    allowed = [r for r in same_domain if m.typed.primary_type in r.primary_types]
    if not allowed:
        listed = ", ".join(t for r in same_domain for t in r.primary_types)
        refuse.append(
            Reason(
                "typed_data.primary_type",
                f"typed data: primary type {m.typed.primary_type!r} is not allowed for this "
                f"domain (allowed: {listed})",
                field="primaryType",
            )
        )
        return None
    return max(r.approvals for r in allowed)


def _typed_data_shape(
    policy: Policy, facts: TxFacts, m: MessageFacts, refuse: list[Reason]
) -> None:
    """Typed data not known to move value, that could: a struct shaped like a known value-moving
    type under another name, or a type the token contract itself would verify."""
    assert m.typed is not None
    for note in m.typed.disguised:
        refuse.append(
            Reason(
                "typed_data.disguised",
                f"typed data: {note}; it could move value under an innocent name",
                field="types",
            )
        )
    contract = dict(m.typed.domain).get("verifyingContract")
    if contract is not None:
        contract = contract.lower()  # the chain module lower-cases it; do not depend on that
        for asset in policy.assets:
            if (
                asset.contract is not None
                and asset.contract.lower() == contract
                and asset.chain == facts.chain
                and asset.scope == facts.scope
            ):
                refuse.append(
                    Reason(
                        "typed_data.token_contract",
                        f"typed data: the domain is token {asset.symbol}'s own contract and "
                        f"primary type {m.typed.primary_type!r} is not one coldsign can read; "
                        "the token could act on it (a transfer by signature)",
                        field="domain",
                    )
                )


def _proof_rule(policy: Policy, m: MessageFacts, refuse: list[Reason]) -> int | None:
    """The approvals a proof of reserves needs under [proofs] (None: refused)."""
    text = _text_reasons(m, refuse)
    rule = policy.proofs
    if rule is None:
        refuse.append(
            Reason("proof.no_rule", "proof: the policy has no [proofs] section", field="proof")
        )
        return None
    if m.wallet is None:
        refuse.append(
            Reason(
                "proof.wallet",
                "proof: its inputs and challenge are not all one wallet of the policy",
                field="inputs",
            )
        )
        return None
    if m.wallet not in rule.wallets:
        refuse.append(
            Reason(
                "proof.wallet",
                f"proof: wallet {m.wallet} is not one [proofs] names",
                field="inputs",
            )
        )
        return None
    if text is not None and not rule.template.matches(text):
        refuse.append(
            Reason(
                "proof.template",
                f"proof: the message does not match [proofs] {rule.template.describe()}",
                field="message",
            )
        )
        return None
    return rule.approvals


def _value_moving_verdict(
    payload: Payload,
    facts: TxFacts,
    m: MessageFacts,
    trusted: Trusted,
    ledger: LedgerReader,
    now: int,
) -> Verdict:
    """Judge the movements as a withdrawal (whitelist, caps, tiers, velocity, approvals), then
    add the typed-data rule and what the signature leaves open."""
    assert m.typed is not None and m.typed.value_moving is not None
    base = evaluate(payload, replace(facts, message=None), trusted, ledger, now=now)
    refuse = [r for r in base.refusals if r.code != "approvals.too_few"]
    rule_approvals = _typed_data_rule(trusted.policy, m, refuse)
    refuse.extend(_movement_reasons(m, m.typed.value_moving, facts))
    needs = [n for n in (base.required_approvals, rule_approvals) if n is not None]
    required = max(needs) if needs else None
    if rule_approvals is None:
        required = None
    _too_few(len(base.approvals.valid_approvers), required, refuse)
    return replace(base, refusals=tuple(refuse), required_approvals=required)


def _movement_reasons(m: MessageFacts, v: ValueMovingFacts, facts: TxFacts) -> list[Reason]:
    """What the signature leaves open: each is a refusal (default deny)."""
    reasons: list[Reason] = []
    what = f"typed data ({v.kind})"
    for note in v.unknowns:
        reasons.append(Reason("typed_data.unknowns", f"{what}: {note}", field="message"))
    if v.chain_id is None or str(v.chain_id) != facts.scope:
        reasons.append(
            Reason(
                "typed_data.chain_id",
                f"{what}: the domain's chain id ({v.chain_id}) is not the wallet's ({facts.scope})",
                field="domain",
            )
        )
    if v.owner_is_signer and (v.owner is None or v.owner.lower() != m.address.lower()):
        reasons.append(
            Reason(
                "typed_data.owner",
                f"{what}: the owner ({v.owner}) is not the signing address {m.address}",
                field="owner",
            )
        )
    if not v.movements:
        reasons.append(Reason("typed_data.no_movement", f"{what}: moves nothing coldsign can read"))
    assets = {(x.asset_kind, (x.token or "").lower()) for x in v.movements}
    if len(assets) > 1:
        reasons.append(
            Reason(
                "typed_data.multi_asset",
                f"{what}: moves {len(assets)} different assets; sign one asset per message",
                field="message",
            )
        )
    for i, x in enumerate(v.movements):
        where = f"{what} movement {i}"
        if x.asset_kind not in ("native", "erc20"):
            reasons.append(
                Reason(
                    "typed_data.asset_kind",
                    f"{where}: {x.asset_kind} (NFTs) cannot be held against an asset's limits",
                )
            )
        if x.counterparty is None:
            reasons.append(
                Reason(
                    "typed_data.counterparty",
                    f"{where}: the {x.role} goes to whoever executes it, not to a whitelisted "
                    "address",
                )
            )
        if x.amount is None:
            reasons.append(
                Reason(
                    "typed_data.unbounded", f"{where}: the amount is not bounded by the signature"
                )
            )
        elif x.amount >= UNLIMITED:
            reasons.append(
                Reason(
                    "typed_data.unlimited",
                    f"{where}: an unlimited {x.role} ({x.amount}); sign a bounded amount",
                )
            )
    return reasons
