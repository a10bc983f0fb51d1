"""`coldsign.policy.checks.evaluate` at both sides of every boundary (issue 17.4).

Each comparison of design.md §3 that the checks make — bindings and expiries, whitelist and
denylist matching, per-destination caps, tiers and approval counts, fee caps, replay, the
per-transaction cap, transfers and velocity windows — is tried at the limit, one below and one
above, and the test asserts the exact verdict: the set of reasons (code, wording and what each
names) and the amounts the ledger will be charged. The documents are built in memory as the
parsers would build them; the ledger is the real `coldsign.home.ledger.Ledger`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, PolicyViolation, Reason
from coldsign.home.ledger import Ledger, LedgerEntry
from coldsign.keys.rolekey import Role, generate_role_key
from coldsign.policy.approval import approval_digest, make_approval
from coldsign.policy.checks import (
    Charge,
    Destination,
    EmptyLedger,
    OutputFact,
    OutputRole,
    Trusted,
    TxFacts,
    Verdict,
    evaluate,
)
from coldsign.policy.config import (
    AssetRule,
    AssetScope,
    Policy,
    Tier,
    TransferRule,
    Velocity,
)
from coldsign.policy.documents import DocumentKind, Member
from coldsign.policy.manifest import ListEntry, Manifest
from coldsign.units import Network

NOW = 1_900_000_000
LIFETIME = 86_400
DAY = 86_400
KEYS = {n: generate_role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol", "dave")}
BTC_KEY = "BTC@bitcoin:testnet"
USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
POLICY_HASH, WHITELIST_HASH, DENYLIST_HASH = "aa" * 32, "bb" * 32, "cc" * 32
SPEND = "bitcoin:testnet:" + "ab" * 32 + ":0"
A, B, C = "0014" + "a1" * 20, "0014" + "b2" * 20, "0014" + "c3" * 20  # scriptPubKey hex


# --- documents, built as the parsers build them ----------------------------------------------


def btc(
    *,
    tiers: tuple[tuple[int, int], ...] = ((0, 1),),
    max_fee: int = 10_000,
    max_per_tx: int | None = None,
    velocity: int | None = None,
    share_bp: int | None = None,
    max_fee_rate: int | None = None,
    allow_replacement: bool = False,
) -> AssetRule:
    scope = AssetScope(8, 8, (("network", "testnet"),), network=Network.TESTNET,
                       max_fee_rate=max_fee_rate)  # fmt: skip
    return AssetRule(
        "BTC", "bitcoin", tuple(Tier(a, n) for a, n in tiers), scope, max_fee, max_per_tx,
        Velocity(velocity, DAY) if velocity is not None else None, share_bp, allow_replacement,
    )  # fmt: skip


def eth(*, max_fee: int = 10**16, velocity: int | None = None, per_gas: int | None = None) -> AssetRule:  # fmt: skip
    scope = AssetScope(18, 18, (("chain_id", 1),), chain_id=1, max_fee_per_gas=per_gas)
    return AssetRule("ETH", "evm", (Tier(0, 1),), scope, max_fee, None,
                     Velocity(velocity, DAY) if velocity is not None else None)  # fmt: skip


def usdc(*, max_fee: int = 10**16, tiers: tuple[tuple[int, int], ...] = ((0, 1),),
         max_per_tx: int | None = None, share_bp: int | None = None) -> AssetRule:  # fmt: skip
    scope = AssetScope(6, 18, (("chain_id", 1),), chain_id=1, contract=USDC, share_allowed=False)
    return AssetRule("USDC", "evm", tuple(Tier(a, n) for a, n in tiers), scope, max_fee,
                     max_per_tx, None, share_bp)  # fmt: skip


def transfer(
    *,
    tiers: tuple[tuple[int, int], ...] = ((0, 1),),
    max_per_tx: int | None = None,
    velocity: int | None = None,
    to: str = "hot",
) -> TransferRule:
    return TransferRule("BTC", "cold", to, tuple(Tier(a, n) for a, n in tiers), max_per_tx,
                        Velocity(velocity, DAY) if velocity is not None else None)  # fmt: skip


def policy(
    *assets: AssetRule,
    transfers: tuple[TransferRule, ...] = (),
    expires: int | None = None,
    initiator_may_approve: bool = False,
) -> Policy:
    approvers = tuple(Member(n, k.public_key) for n, k in KEYS.items())
    when = datetime.fromtimestamp(expires, UTC) if expires is not None else None
    return Policy(1, "", when, LIFETIME, initiator_may_approve, 1, approvers[:1], approvers, (),
                  assets or (btc(),), (), transfers)  # fmt: skip


def entry(key: str, label: str, cap: str | None = None, asset: str | None = "BTC") -> ListEntry:
    return ListEntry("bitcoin", "testnet", f"addr-{label}", label, key, (), cap,
                     asset if cap is not None else None)  # fmt: skip


def manifest(kind: DocumentKind, *entries: ListEntry) -> Manifest:
    return Manifest(kind, 3, "", datetime(2100, 1, 1, tzinfo=UTC), entries)


WHITELIST = manifest(DocumentKind.WHITELIST, entry(A, "exchange"), entry(B, "treasury"))


def trusted(
    pol: Policy | None = None,
    whitelist: Manifest | None = WHITELIST,
    denylist: Manifest | None = None,
) -> Trusted:
    return Trusted(
        pol or policy(), POLICY_HASH, whitelist, WHITELIST_HASH if whitelist else None,
        denylist, DENYLIST_HASH if denylist else None,
    )  # fmt: skip


def payload(
    *,
    wid: str = "w-1",
    expires: int = NOW + 3600,
    replaces: str | None = None,
    denylist: bool = False,
    initiator: str = "ivan",
) -> Payload:
    return Payload(
        chain="bitcoin", network="testnet", withdrawal_id=wid, created=NOW - 60, expires=expires,
        initiator=initiator, policy_hash=bytes.fromhex(POLICY_HASH),
        whitelist_hash=bytes.fromhex(WHITELIST_HASH),
        denylist_hash=bytes.fromhex(DENYLIST_HASH) if denylist else None, transaction=b"\x00",
        replaces=replaces,
    )  # fmt: skip


def ext(index: int, key: str, amount: int) -> OutputFact:
    return OutputFact(index, f"tb1-{index}", amount, OutputRole.EXTERNAL, key)


def change(index: int, amount: int) -> OutputFact:
    return OutputFact(index, f"tb1-{index}", amount, OutputRole.CHANGE, "ff" * 22, "cold")


def to_wallet(index: int, amount: int, wallet: str | None = "hot") -> OutputFact:
    return OutputFact(index, f"tb1-{index}", amount, OutputRole.TRANSFER, "ee" * 22, wallet)


def facts(
    *outputs: OutputFact,
    fee: int = 1_000,
    fee_rate: float | None = None,
    spends: tuple[str, ...] = (SPEND,),
    from_wallet: str | None = "cold",
    refusals: tuple[Reason, ...] = (),
    warnings: tuple[str, ...] = (),
) -> TxFacts:
    return TxFacts(
        chain="bitcoin", scope="testnet", tx_material=b"tx", asset_symbol_hint="bitcoin testnet",
        contract=None, from_wallet=from_wallet, outputs=outputs or (ext(0, A, 1_000_000),),
        fee=fee, fee_decimals=8, fee_unit="BTC", spends=spends, fee_rate=fee_rate,
        refusals=refusals, warnings=warnings,
    )  # fmt: skip


def token_facts(amount: int, *, fee: int, per_gas: int | None = None) -> TxFacts:
    out = OutputFact(0, "0xdest", amount, OutputRole.EXTERNAL, "0x" + "d1" * 20)
    return TxFacts(
        chain="evm", scope="1", tx_material=b"evm", asset_symbol_hint="token", contract=USDC,
        from_wallet="cold", outputs=(out,), fee=fee, fee_decimals=18, fee_unit="ETH",
        spends=("evm:1:0xsender:7",), fee_per_gas=per_gas,
    )  # fmt: skip


EVM_WHITELIST = Manifest(
    DocumentKind.WHITELIST, 1, "", datetime(2100, 1, 1, tzinfo=UTC),
    (ListEntry("evm", "1", "0xDest", "vendor", "0x" + "d1" * 20),),
)  # fmt: skip


def approve(p: Payload, f: TxFacts, *names: str, at: int = NOW - 60) -> Payload:
    digest = approval_digest(p, f.tx_material)
    for name in names:
        p = p.with_approval(make_approval(KEYS[name], digest, at))
    return p


def judge(
    f: TxFacts | None = None,
    t: Trusted | None = None,
    *,
    p: Payload | None = None,
    approvers: tuple[str, ...] = ("alice",),
    ledger: Ledger | None = None,
    now: int = NOW,
) -> Verdict:
    f = f or facts()
    p = approve(p or payload(), f, *approvers)
    return evaluate(p, f, t or trusted(), ledger or Ledger(()), now=now)


def codes(v: Verdict) -> set[str]:
    return {r.code for r in v.reasons()}


def signed(
    wid: str, at: int, *charges: tuple[str, int], digest: str = "11" * 32,
    spends: tuple[str, ...] = (), totals: tuple[tuple[str, int], ...] | None = None,
) -> LedgerEntry:  # fmt: skip
    made = tuple(Charge(k, a) for k, a in charges)
    full = made if totals is None else tuple(Charge(k, a) for k, a in totals)
    return LedgerEntry(0, wid, digest, at, made, full, spends)


# --- a withdrawal that passes every check -----------------------------------------------------


def test_a_withdrawal_within_every_rule_passes_and_the_verdict_says_what_moves() -> None:
    f = facts(ext(0, A, 1_000_000), change(1, 500_000), fee=1_000, fee_rate=2.5)
    v = judge(f)
    assert v.reasons() == [] and v.ok and not v.awaiting_approvals_only
    v.enforce()  # nothing raised
    assert v.digest == approval_digest(payload(), b"tx")
    assert v.asset == btc()
    assert (v.amount, v.sent, v.transferred, v.fee, v.fee_decimals) == (
        1_001_000, 1_000_000, 0, 1_000, 8,
    )  # fmt: skip
    assert v.destinations == (
        Destination(0, "tb1-0", 1_000_000, OutputRole.EXTERNAL, "exchange"),
        Destination(1, "tb1-1", 500_000, OutputRole.CHANGE, "change"),
    )
    assert [d.change for d in v.destinations] == [False, True]
    assert v.approvals.valid_approvers == ("alice",)
    assert v.required_approvals == 1
    assert (v.auth_problems, v.refusals, v.warnings) == ((), (), ())
    assert v.already_signed is False
    assert v.charges == v.totals == (Charge(BTC_KEY, 1_001_000),)
    assert v.spends == (SPEND,)


def test_chain_refusals_and_warnings_are_carried_into_the_verdict() -> None:
    chain_says = Reason("input.foreign", "input 0: not ours", input=0)
    v = judge(facts(refusals=(chain_says,), warnings=("fee rate is high",)))
    assert v.refusals == (chain_says,)
    assert v.warnings == ("fee rate is high",)
    assert not v.ok
    with pytest.raises(PolicyViolation) as info:
        v.enforce()
    assert info.value.details() == [chain_says]


# --- step 2: bindings and expiries ----------------------------------------------------------


def test_a_payload_for_other_documents_is_an_authentication_problem() -> None:
    p = replace(payload(), policy_hash=bytes.fromhex("ab" * 32),
                whitelist_hash=bytes.fromhex("ba" * 32))  # fmt: skip
    v = judge(p=p)
    assert v.auth_problems == (
        Reason(
            "binding.policy",
            f"policy_hash: payload was made for policy {'ab' * 8}…, the signer's pinned policy "
            f"is {'aa' * 8}…",
            field="policy_hash",
        ),
        Reason(
            "binding.whitelist",
            f"whitelist_hash: payload was approved against whitelist {'ba' * 8}…, the signer "
            f"has v3 {'bb' * 8}…",
            field="whitelist_hash",
        ),
    )
    assert v.refusals == ()
    assert not v.ok and not v.awaiting_approvals_only
    with pytest.raises(AuthenticationError) as info:
        v.enforce()
    assert [r.code for r in info.value.details()] == ["binding.policy", "binding.whitelist"]


def test_a_signer_without_a_whitelist_refuses_every_destination() -> None:
    v = judge(t=trusted(whitelist=None))
    assert v.auth_problems == (
        Reason("binding.no_whitelist", "whitelist: no whitelist imported on this signer"),
    )
    assert v.refusals == (
        Reason(
            "whitelist.not_listed",
            "output 0 (tb1-0): destination is not on the whitelist",
            output=0,
        ),
    )
    assert v.destinations[0].label is None


def test_a_whitelist_without_its_hash_is_not_a_whitelist() -> None:
    t = replace(trusted(), whitelist_hash=None)
    assert codes(judge(t=t)) == {"binding.no_whitelist"}


@pytest.mark.parametrize(
    ("payload_has", "signer_has", "refused"),
    [(False, False, False), (True, True, False), (True, False, True), (False, True, True)],
)
def test_the_denylist_binding_must_match_both_ways(
    payload_has: bool, signer_has: bool, refused: bool
) -> None:
    deny = manifest(DocumentKind.DENYLIST, entry(C, "mixer"))
    v = judge(p=payload(denylist=payload_has), t=trusted(denylist=deny if signer_has else None))
    expected = (
        (
            Reason(
                "binding.denylist",
                "denylist_hash: payload and signer disagree on the denylist",
                field="denylist_hash",
            ),
        )
        if refused
        else ()
    )
    assert v.auth_problems == expected
    assert v.refusals == ()


def test_a_different_denylist_hash_is_refused() -> None:
    deny = manifest(DocumentKind.DENYLIST, entry(C, "mixer"))
    t = replace(trusted(denylist=deny), denylist_hash="cd" * 32)
    assert codes(judge(p=payload(denylist=True), t=t)) == {"binding.denylist"}


@pytest.mark.parametrize(("expires", "expired"), [(NOW - 1, True), (NOW, True), (NOW + 1, False)])
def test_the_policy_expires_at_its_instant(expires: int, expired: bool) -> None:
    v = judge(t=trusted(policy(expires=expires)))
    assert v.auth_problems == (
        (Reason("policy.expired", "policy: expired", field="policy"),) if expired else ()
    )
    assert v.refusals == ()


@pytest.mark.parametrize(("expires", "expired"), [(NOW - 1, True), (NOW, True), (NOW + 1, False)])
def test_the_withdrawal_expires_at_its_instant(expires: int, expired: bool) -> None:
    v = judge(p=payload(expires=expires))
    assert v.refusals == (
        (Reason("payload.expired", "expires: the withdrawal has expired", field="expires"),)
        if expired
        else ()
    )
    assert v.auth_problems == ()


# --- asset ------------------------------------------------------------------------------------


def test_an_asset_without_a_rule_signs_nothing() -> None:
    t = trusted(policy(eth()))
    v = judge(facts(ext(0, A, 10), to_wallet(1, 5)), t)
    assert v.asset is None and v.required_approvals is None
    assert v.refusals == (
        Reason(
            "asset.no_rule",
            "asset: the policy has no rule for bitcoin testnet; nothing may be signed",
            field="asset",
        ),
        Reason(
            "transfer.no_rule",
            "transfer: cold → hot is an internal transfer, and the policy has no [[transfers]] "
            "rule for it",
        ),
    )
    assert (v.amount, v.sent, v.transferred) == (10, 10, 5)  # no fee: no asset to pay it in
    assert v.charges == v.totals == ()


# --- step 4: destinations ---------------------------------------------------------------------


def test_each_destination_is_looked_up_and_labelled() -> None:
    deny = manifest(DocumentKind.DENYLIST, entry(B, "sanctioned"), entry(C, "mixer"))
    f = facts(ext(0, A, 100), ext(1, B, 200), ext(2, C, 300), ext(3, "00", 400))
    v = judge(f, trusted(denylist=deny), p=payload(denylist=True))
    assert v.refusals == (
        Reason("denylist.listed", "output 1 (tb1-1): on the denylist (sanctioned)", output=1),
        Reason("denylist.listed", "output 2 (tb1-2): on the denylist (mixer)", output=2),
        Reason("whitelist.not_listed", "output 2 (tb1-2): destination is not on the whitelist",
               output=2),
        Reason("whitelist.not_listed", "output 3 (tb1-3): destination is not on the whitelist",
               output=3),
    )  # fmt: skip
    assert [d.label for d in v.destinations] == ["exchange", "treasury", None, None]
    assert (v.sent, v.amount) == (1_000, 2_000)


def test_an_output_without_an_address_is_named_as_such() -> None:
    out = OutputFact(0, None, 100, OutputRole.EXTERNAL, "00")
    v = judge(facts(out))
    assert v.refusals == (
        Reason("whitelist.not_listed",
               "output 0 (no address): destination is not on the whitelist", output=0),
    )  # fmt: skip


def test_a_listing_on_another_chain_or_network_does_not_match() -> None:
    elsewhere = manifest(
        DocumentKind.WHITELIST,
        replace(entry(A, "mainnet"), scope="mainnet"),
        replace(entry(B, "evm"), chain="evm"),
    )
    v = judge(facts(ext(0, A, 10), ext(1, B, 10)), trusted(whitelist=elsewhere))
    assert [r.code for r in v.refusals] == ["whitelist.not_listed"] * 2


CAPPED = manifest(
    DocumentKind.WHITELIST,
    entry(A, "exchange", "0.01"),
    entry(B, "treasury"),
    entry(C, "usdc-vault", "0.01", "USDC"),
)


@pytest.mark.parametrize(
    ("first", "second", "refused"),
    [(500_000, 500_000, False), (500_000, 499_999, False), (500_000, 500_001, True)],
)
def test_a_destination_cap_applies_to_the_sum_sent_to_it(
    first: int, second: int, refused: bool
) -> None:
    f = facts(ext(0, A, first), ext(1, B, 7), ext(2, A, second))
    v = judge(f, trusted(whitelist=CAPPED))
    total = first + second
    expected = (
        (
            Reason(
                "whitelist.cap",
                f"output(s) 0, 2 (addr-exchange): {total / 10**8} BTC in all exceeds this "
                "destination's cap of 0.01 BTC",
                output=0,
            ),
        )
        if refused
        else ()
    )
    assert v.refusals == expected
    assert v.sent == total + 7


def test_one_output_at_its_destination_cap() -> None:
    t = trusted(whitelist=CAPPED)
    assert judge(facts(ext(0, A, 1_000_000)), t).refusals == ()
    v = judge(facts(ext(3, A, 1_000_001)), t)
    assert v.refusals == (
        Reason("whitelist.cap", "output(s) 3 (addr-exchange): 0.01000001 BTC in all exceeds "
               "this destination's cap of 0.01 BTC", output=3),
    )  # fmt: skip


def test_a_cap_in_another_asset_is_refused_whatever_the_amount() -> None:
    v = judge(facts(ext(4, C, 1), ext(5, C, 1)), trusted(whitelist=CAPPED))
    assert v.refusals == (
        Reason("whitelist.cap_asset",
               "output(s) 4, 5 (addr-usdc-vault): this destination's cap is in USDC, the "
               "withdrawal sends BTC", output=4),
    )  # fmt: skip


def test_destination_caps_are_not_judged_without_an_asset_rule() -> None:
    v = judge(facts(ext(0, A, 5_000_000), ext(1, C, 1)), trusted(policy(eth()), whitelist=CAPPED))
    assert codes(v) == {"asset.no_rule"}


# --- step 3: tiers and approvals --------------------------------------------------------------

TIERED = btc(tiers=((0, 1), (1_000_000, 2), (5_000_000, 3)), max_fee=100)


@pytest.mark.parametrize(
    ("sent", "required"),
    [(999_899, 1), (999_900, 1), (999_901, 2), (4_999_900, 2), (4_999_901, 3), (0, 1)],
)
def test_the_tier_follows_what_leaves_including_the_fee(sent: int, required: int) -> None:
    f = facts(ext(0, A, sent), fee=100) if sent else facts(change(0, 5), fee=100)
    v = judge(f, trusted(policy(TIERED)), approvers=("alice", "bob", "carol"))
    assert v.required_approvals == required
    assert v.reasons() == []


@pytest.mark.parametrize(
    ("approvers", "refused"),
    [(("alice",), True), (("alice", "bob"), False), (("alice", "bob", "carol"), False)],
)
def test_approvals_must_reach_the_tier(approvers: tuple[str, ...], refused: bool) -> None:
    v = judge(facts(ext(0, A, 2_000_000), fee=100), trusted(policy(TIERED)), approvers=approvers)
    assert v.required_approvals == 2
    expected = (
        (Reason("approvals.too_few", "approvals: 1 valid of the 2 required", field="approvals"),)
        if refused
        else ()
    )
    assert v.refusals == expected
    assert v.awaiting_approvals_only is refused


def test_no_approval_at_all_is_too_few() -> None:
    v = judge(approvers=())
    assert v.refusals == (
        Reason("approvals.too_few", "approvals: 0 valid of the 1 required", field="approvals"),
    )
    assert v.awaiting_approvals_only
    with pytest.raises(PolicyViolation):
        v.enforce()


def test_awaiting_approvals_only_is_false_when_anything_else_is_wrong() -> None:
    v = judge(facts(ext(0, C, 5)), approvers=())
    assert codes(v) == {"approvals.too_few", "whitelist.not_listed"}
    assert not v.awaiting_approvals_only


def test_an_approval_problem_is_an_authentication_problem_and_the_count_ignores_it() -> None:
    f = facts()
    p = approve(payload(), f, "alice")
    bad = make_approval(KEYS["bob"], bytes(32), NOW - 60)  # signed another digest
    v = evaluate(p.with_approval(bad), f, trusted(), Ledger(()), now=NOW)
    assert [r.code for r in v.auth_problems] == ["approval.bad_signature"]
    assert v.approvals.valid_approvers == ("alice",)
    assert v.refusals == ()
    assert not v.awaiting_approvals_only


def test_an_expired_approval_is_a_refusal_and_does_not_count() -> None:
    v = judge(approvers=("alice",), p=approve(payload(), facts(), "bob", at=NOW - LIFETIME - 1))
    assert [r.code for r in v.refusals] == ["approval.expired"]
    assert v.approvals.valid_approvers == ("alice",)


def test_no_tier_covers_the_amount() -> None:
    t = trusted(policy(btc(tiers=((1_000, 1),))))
    v = judge(facts(ext(0, A, 500), fee=500), t)
    assert v.required_approvals is None
    assert v.refusals == (
        Reason("tiers.none", "tiers: no approval tier covers 0.00001 BTC", field="tiers"),
    )
    assert judge(facts(ext(0, A, 500), fee=501), t).required_approvals == 1


# --- transfers to the policy's other wallets --------------------------------------------------


def test_a_transfer_without_a_rule_is_refused_and_the_asset_tier_still_applies() -> None:
    v = judge(facts(to_wallet(0, 300_000), fee=100))
    assert v.refusals == (
        Reason(
            "transfer.no_rule",
            "transfer: cold → hot is an internal transfer, and the policy has no [[transfers]] "
            "rule for it",
        ),
    )
    assert v.required_approvals is None  # nothing sent to others: the asset tier is not asked
    assert (v.sent, v.transferred, v.amount) == (0, 300_000, 100)
    assert v.destinations == (
        Destination(0, "tb1-0", 300_000, OutputRole.TRANSFER, "to wallet hot"),
    )
    assert v.charges == (Charge(BTC_KEY, 100),)


def test_a_transfer_rule_is_for_one_source_and_one_target() -> None:
    t = trusted(policy(btc(), transfers=(transfer(to="hot"),)))
    v = judge(facts(to_wallet(0, 10, "warm"), to_wallet(1, 20, None)), t)
    assert [r.message for r in v.refusals] == [
        "transfer: cold → warm is an internal transfer, and the policy has no [[transfers]] "
        "rule for it",
        "transfer: cold → ? is an internal transfer, and the policy has no [[transfers]] rule "
        "for it",
    ]
    assert [d.label for d in v.destinations] == ["to wallet warm", "to wallet ?"]
    v = judge(facts(to_wallet(0, 10), from_wallet=None), t)
    assert [r.message for r in v.refusals] == [
        "transfer: this wallet → hot is an internal transfer, and the policy has no "
        "[[transfers]] rule for it"
    ]


TRANSFERRING = policy(
    btc(tiers=((0, 1), (1_000_000, 3)), max_fee=1_000),
    transfers=(transfer(tiers=((0, 1), (2_000_000, 2)), max_per_tx=3_000_000, velocity=4_000_000),),
)


@pytest.mark.parametrize(
    ("moved", "required", "capped"),
    [
        (1_999_999, 1, False),
        (2_000_000, 1, False),
        (2_000_001, 2, False),
        (3_000_000, 2, False),
        (3_000_001, 2, True),
    ],
)
def test_a_transfer_is_judged_by_its_rule(moved: int, required: int, capped: bool) -> None:
    # Two outputs to the same wallet: the rule sees their sum.
    f = facts(to_wallet(0, moved - 1), to_wallet(1, 1), change(2, 5), fee=10)
    v = judge(f, trusted(TRANSFERRING), approvers=("alice", "bob"))
    assert v.required_approvals == required
    expected = (
        (
            Reason(
                "transfer.per_tx",
                f"transfer cold → hot: {moved / 10**8} BTC exceeds the rule's cap of 0.03 BTC",
            ),
        )
        if capped
        else ()
    )
    assert v.refusals == expected
    assert v.transferred == moved
    assert v.totals == (Charge(BTC_KEY, 10), Charge("transfer:cold>hot:BTC", moved))
    assert v.charges == v.totals


def test_a_transfer_with_an_external_output_needs_the_higher_of_both_tiers() -> None:
    f = facts(to_wallet(0, 100), ext(1, A, 1_000_000), fee=1)
    v = judge(f, trusted(TRANSFERRING), approvers=("alice", "bob", "carol"))
    assert (v.required_approvals, v.reasons()) == (3, [])
    f = facts(to_wallet(0, 2_500_000), ext(1, A, 10), fee=1)
    v = judge(f, trusted(TRANSFERRING), approvers=("alice", "bob", "carol"))
    assert (v.required_approvals, v.reasons()) == (2, [])


def test_no_transfer_tier_covers_the_amount() -> None:
    pol = policy(btc(), transfers=(transfer(tiers=((1_000, 1),)),))
    v = judge(facts(to_wallet(0, 1_000)), trusted(pol))
    assert v.required_approvals is None
    assert v.refusals == (Reason("tiers.none", "transfer cold → hot: no tier covers 0.00001 BTC"),)


def test_a_transfer_rule_without_a_cap_takes_any_amount() -> None:
    pol = policy(btc(), transfers=(transfer(),))
    assert judge(facts(to_wallet(0, 10**12)), trusted(pol)).reasons() == []


# --- fees -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fee", "refused"), [(9_999, False), (10_000, False), (10_001, True)])
def test_the_absolute_fee_cap(fee: int, refused: bool) -> None:
    v = judge(facts(fee=fee))
    expected = (
        (Reason("fee.max", "fee: 0.00010001 BTC exceeds the cap of 0.0001 BTC", field="fee"),)
        if refused
        else ()
    )
    assert v.refusals == expected


@pytest.mark.parametrize(
    ("rate", "refused"), [(None, False), (49.9, False), (50.0, False), (50.01, True)]
)
def test_the_fee_rate_cap(rate: float | None, refused: bool) -> None:
    v = judge(facts(fee_rate=rate), trusted(policy(btc(max_fee_rate=50))))
    expected = (
        (
            Reason(
                "fee.rate", "fee rate: 50.0 sat/vB exceeds the cap of 50 sat/vB", field="fee_rate"
            ),
        )
        if refused
        else ()
    )
    assert v.refusals == expected


def test_without_a_rate_cap_any_rate_passes() -> None:
    assert judge(facts(fee_rate=10_000.0)).refusals == ()


@pytest.mark.parametrize(
    ("fee", "sent", "refusal"),
    [
        (1_000, 100_000, None),  # exactly 1%
        (1_000, 99_999, "fee: 0.00001 BTC is more than 1.0% of the 0.00099999 BTC moved"),
        (999, 99_999, None),
        (1_001, 100_000, "fee: 0.00001001 BTC is more than 1.0% of the 0.001 BTC moved"),
    ],
)
def test_the_fee_share_cap(fee: int, sent: int, refusal: str | None) -> None:
    v = judge(facts(ext(0, A, sent), fee=fee), trusted(policy(btc(share_bp=100))))
    expected = (Reason("fee.share", refusal, field="fee"),) if refusal else ()
    assert v.refusals == expected


def test_the_fee_share_counts_transfers_and_skips_a_consolidation() -> None:
    pol = policy(btc(share_bp=100), transfers=(transfer(),))
    assert judge(facts(to_wallet(0, 100_000), fee=1_000), trusted(pol)).reasons() == []
    v = judge(facts(to_wallet(0, 99_999), fee=1_000), trusted(pol))
    assert [r.code for r in v.refusals] == ["fee.share"]
    # Nothing moved (all change): no share applies, the absolute cap does.
    assert judge(facts(change(0, 5), fee=10_000), trusted(pol)).reasons() == []
    assert codes(judge(facts(change(0, 5), fee=10_001), trusted(pol))) == {"fee.max"}


def test_a_zero_share_refuses_any_fee() -> None:
    t = trusted(policy(btc(share_bp=0)))
    assert codes(judge(facts(fee=1), t)) == {"fee.share"}
    assert judge(facts(fee=0), t).reasons() == []


@pytest.mark.parametrize(
    ("per_gas", "refused"), [(None, False), (29 * 10**9, False), (30 * 10**9, False),
                             (30 * 10**9 + 1, True)],
)  # fmt: skip
def test_the_max_fee_per_gas_cap_and_a_token_s_fee_in_ether(
    per_gas: int | None, refused: bool
) -> None:
    pol = policy(usdc(max_fee=10**15), eth(per_gas=30 * 10**9))
    pol = replace(pol, assets=(replace(usdc(max_fee=10**15), scope_rule=replace(
        usdc().scope_rule, max_fee_per_gas=30 * 10**9)), eth()))  # fmt: skip
    t = Trusted(pol, POLICY_HASH, EVM_WHITELIST, WHITELIST_HASH, None, None)
    f = token_facts(5_000_000, fee=10**15, per_gas=per_gas)
    p = replace(payload(), chain="evm", network=None, chain_id=1)
    v = evaluate(approve(p, f, "alice"), f, t, Ledger(()), now=NOW)
    expected = (
        (
            Reason(
                "fee.per_gas",
                "max fee per gas: 30.000000001 gwei exceeds the cap of 30.0 gwei",
                field="max_fee_per_gas",
            ),
        )
        if refused
        else ()
    )
    assert v.refusals == expected
    # The token's amount excludes the fee (paid in ETH); the fee is charged to ETH.
    assert (v.amount, v.sent, v.fee, v.fee_decimals) == (5_000_000, 5_000_000, 10**15, 18)
    assert v.totals == (Charge("ETH@evm:1", 10**15), Charge("USDC@evm:1", 5_000_000))


def test_a_token_s_fee_cap_is_in_ether() -> None:
    t = Trusted(policy(usdc(max_fee=10**15), eth()), POLICY_HASH, EVM_WHITELIST, WHITELIST_HASH,
                None, None)  # fmt: skip
    p = replace(payload(), chain="evm", network=None, chain_id=1)
    f = token_facts(5_000_000, fee=10**15 + 1)
    v = evaluate(approve(p, f, "alice"), f, t, Ledger(()), now=NOW)
    assert v.refusals == (
        Reason("fee.max", "fee: 0.001000000000000001 ETH exceeds the cap of 0.001 ETH",
               field="fee"),
    )  # fmt: skip


def test_a_token_without_a_native_rule_charges_only_the_token() -> None:
    t = Trusted(policy(usdc()), POLICY_HASH, EVM_WHITELIST, WHITELIST_HASH, None, None)
    p = replace(payload(), chain="evm", network=None, chain_id=1)
    f = token_facts(7, fee=5)
    v = evaluate(approve(p, f, "alice"), f, t, Ledger(()), now=NOW)
    assert (v.reasons(), v.totals) == ([], (Charge("USDC@evm:1", 7),))


# --- step 5: the per-transaction cap ----------------------------------------------------------


@pytest.mark.parametrize(("sent", "refused"), [(998_999, False), (999_000, False), (999_001, True)])
def test_the_per_transaction_cap_counts_the_fee(sent: int, refused: bool) -> None:
    v = judge(facts(ext(0, A, sent), fee=1_000), trusted(policy(btc(max_per_tx=1_000_000))))
    expected = (
        (
            Reason(
                "limit.per_tx",
                "amount: 0.01000001 BTC (outputs plus fee) exceeds the per-transaction cap of "
                "0.01 BTC",
                field="amount",
            ),
        )
        if refused
        else ()
    )
    assert v.refusals == expected


# --- step 5: velocity -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spent", "refused"), [(0, False), (8_999_999, False), (9_000_000, False), (9_000_001, True)]
)
def test_velocity_sums_the_window_and_this_withdrawal(spent: int, refused: bool) -> None:
    ledger = Ledger([signed("earlier", NOW - 10, (BTC_KEY, spent))])
    v = judge(facts(ext(0, A, 1_000_000), fee=0), trusted(policy(btc(velocity=10_000_000))),
              ledger=ledger)  # fmt: skip
    expected = (
        (
            Reason(
                "limit.velocity",
                f"velocity ({BTC_KEY}): 0.09000001 BTC already signed in the period plus "
                "0.01 BTC exceeds 0.1 BTC",
                field="velocity",
            ),
        )
        if refused
        else ()
    )
    assert v.refusals == expected


@pytest.mark.parametrize(
    ("age", "counted"), [(DAY + 1, False), (DAY, True), (DAY - 1, True)]
)  # fmt: skip
def test_the_velocity_window_starts_one_period_before_now(age: int, counted: bool) -> None:
    ledger = Ledger([signed("earlier", NOW - age, (BTC_KEY, 9_500_000))])
    v = judge(facts(ext(0, A, 1_000_000), fee=0), trusted(policy(btc(velocity=10_000_000))),
              ledger=ledger)  # fmt: skip
    assert codes(v) == ({"limit.velocity"} if counted else set())


def test_velocity_counts_only_its_own_key_and_not_this_withdrawal_s_earlier_record() -> None:
    ledger = Ledger([
        signed("other-asset", NOW - 10, ("BTC@bitcoin:mainnet", 10**9)),
        signed("w-1", NOW - 10, (BTC_KEY, 10**9), digest="22" * 32),
    ])  # fmt: skip
    v = judge(facts(ext(0, A, 1_000_000), fee=0), trusted(policy(btc(velocity=1_000_000))),
              ledger=ledger)  # fmt: skip
    # w-1 with other content: refused as such, and its old charge does not count again.
    assert codes(v) == {"replay.withdrawal_id"}


def test_transfer_velocity_is_kept_apart_and_formatted_in_the_asset() -> None:
    ledger = Ledger([signed("earlier", NOW - 10, ("transfer:cold>hot:BTC", 3_000_000))])
    f = facts(to_wallet(0, 1_000_000), fee=0)
    assert judge(f, trusted(TRANSFERRING), ledger=ledger).reasons() == []
    v = judge(facts(to_wallet(0, 1_000_001), fee=0), trusted(TRANSFERRING), ledger=ledger)
    assert v.refusals == (
        Reason("limit.velocity",
               "velocity (transfer:cold>hot:BTC): 0.03 BTC already signed in the period plus "
               "0.01000001 BTC exceeds 0.04 BTC", field="velocity"),
    )  # fmt: skip


def test_no_velocity_rule_means_no_velocity_limit() -> None:
    ledger = Ledger([signed("earlier", NOW - 10, (BTC_KEY, 10**15))])
    assert judge(ledger=ledger).reasons() == []


def test_a_token_s_gas_counts_against_ether_velocity() -> None:
    pol = policy(usdc(), eth(velocity=10**15))
    t = Trusted(pol, POLICY_HASH, EVM_WHITELIST, WHITELIST_HASH, None, None)
    p = approve(replace(payload(), chain="evm", network=None, chain_id=1), token_facts(7, fee=1), "alice")  # fmt: skip
    ledger = Ledger([signed("earlier", NOW - 10, ("ETH@evm:1", 10**15 - 1))])
    assert evaluate(p, token_facts(7, fee=1), t, ledger, now=NOW).reasons() == []
    p = approve(replace(payload(), chain="evm", network=None, chain_id=1), token_facts(7, fee=2), "alice")  # fmt: skip
    v = evaluate(p, token_facts(7, fee=2), t, ledger, now=NOW)
    assert [r.code for r in v.refusals] == ["limit.velocity"]
    assert "velocity (ETH@evm:1)" in v.refusals[0].message


# --- step 5: replay ---------------------------------------------------------------------------


def test_the_same_content_again_is_already_signed_and_charges_no_velocity() -> None:
    digest = approval_digest(payload(), b"tx").hex()
    ledger = Ledger([signed("w-1", NOW - 10, (BTC_KEY, 1_001_000), digest=digest, spends=(SPEND,))])
    v = judge(ledger=ledger, t=trusted(policy(btc(velocity=1_001_000))))
    assert v.already_signed is True
    assert v.reasons() == []


def test_the_same_id_with_other_content_is_refused() -> None:
    ledger = Ledger([signed("w-1", NOW - 10, spends=(SPEND,))])
    v = judge(ledger=ledger)
    assert v.already_signed is False
    assert v.refusals == (
        Reason("replay.withdrawal_id",
               "withdrawal id 'w-1' was already signed with different content",
               field="withdrawal_id"),
    )  # fmt: skip


def test_a_spend_signed_for_another_withdrawal_is_refused() -> None:
    spends = tuple(f"bitcoin:testnet:{i:064x}:0" for i in range(5))
    ledger = Ledger([
        signed("first", NOW - 10, spends=spends[:4]),
        signed("second", NOW - 10, spends=spends[4:]),
    ])  # fmt: skip
    v = judge(facts(spends=spends), ledger=ledger)
    assert v.refusals == (
        Reason("replay.spent",
               f"replay: {spends[0]}, {spends[1]}, {spends[2]} and 1 more already signed for "
               "withdrawal 'first' with different content (a replacement must say --replaces "
               "and the policy must allow it)"),
        Reason("replay.spent",
               f"replay: {spends[4]} already signed for withdrawal 'second' with different "
               "content (a replacement must say --replaces and the policy must allow it)"),
    )  # fmt: skip
    three = judge(facts(spends=spends[:3]), ledger=ledger).refusals
    assert [r.message.split(" already")[0] for r in three] == [f"replay: {', '.join(spends[:3])}"]


def test_a_spend_signed_with_this_content_is_no_conflict() -> None:
    digest = approval_digest(payload(wid="w-2"), b"tx").hex()
    ledger = Ledger([signed("w-1", NOW - 10, digest=digest, spends=(SPEND,))])
    assert judge(p=payload(wid="w-2"), ledger=ledger).reasons() == []


REPLACEABLE = policy(btc(allow_replacement=True, velocity=2_000_000))


def test_a_replacement_is_charged_only_its_increment() -> None:
    ledger = Ledger([
        signed("w-0", NOW - 10, (BTC_KEY, 1_500_000), spends=(SPEND,)),
    ])  # fmt: skip
    v = judge(facts(ext(0, A, 1_800_000), fee=0), trusted(REPLACEABLE),
              p=payload(replaces="w-0"), ledger=ledger)  # fmt: skip
    assert v.reasons() == []
    assert v.totals == (Charge(BTC_KEY, 1_800_000),)
    assert v.charges == (Charge(BTC_KEY, 300_000),)
    # A smaller replacement adds nothing.
    v = judge(facts(ext(0, A, 1_000_000), fee=0), trusted(REPLACEABLE),
              p=payload(replaces="w-0"), ledger=ledger)  # fmt: skip
    assert v.charges == (Charge(BTC_KEY, 0),)
    # Without the replacement the same spend is a conflict and velocity counts both.
    v = judge(facts(ext(0, A, 1_800_000), fee=0), trusted(REPLACEABLE), ledger=ledger)
    assert [r.code for r in v.refusals] == ["replay.spent", "limit.velocity"]


def test_a_replacement_must_be_allowed_known_and_conflicting() -> None:
    ledger = Ledger([signed("w-0", NOW - 10, (BTC_KEY, 1), spends=(SPEND,))])
    v = judge(p=payload(replaces="w-0"), ledger=ledger)  # the asset does not allow it
    assert v.refusals == (
        Reason("replay.replacement_not_allowed",
               "replaces: the payload replaces 'w-0', and the policy does not allow "
               "replacements for this asset (allow_replacement)", field="replaces"),
        Reason("replay.spent",
               f"replay: {SPEND} already signed for withdrawal 'w-0' with different content (a "
               "replacement must say --replaces and the policy must allow it)"),
    )  # fmt: skip
    v = judge(p=payload(replaces="w-9"), ledger=ledger, t=trusted(REPLACEABLE))
    assert v.refusals == (
        Reason("replay.replaces_unknown", "replaces: withdrawal 'w-9' was never signed here",
               field="replaces"),
        Reason("replay.spent",
               f"replay: {SPEND} already signed for withdrawal 'w-0' with different content (a "
               "replacement must say --replaces and the policy must allow it)"),
    )  # fmt: skip
    other = "bitcoin:testnet:" + "cd" * 32 + ":1"
    v = judge(facts(spends=(other,)), p=payload(replaces="w-0"), ledger=ledger,
              t=trusted(REPLACEABLE))  # fmt: skip
    assert v.refusals == (
        Reason("replay.replaces_nothing",
               "replaces: the transaction spends nothing that 'w-0' spent, so both could "
               "confirm", field="replaces"),
    )  # fmt: skip


def test_a_replacement_spending_another_withdrawal_s_input_is_still_refused() -> None:
    other = "bitcoin:testnet:" + "cd" * 32 + ":1"
    ledger = Ledger([
        signed("w-0", NOW - 10, spends=(SPEND,)),
        signed("w-5", NOW - 10, spends=(other,)),
    ])  # fmt: skip
    v = judge(facts(spends=(SPEND, other)), p=payload(replaces="w-0"), ledger=ledger,
              t=trusted(REPLACEABLE))  # fmt: skip
    assert [r.message.split(" already")[0] for r in v.refusals] == [f"replay: {other}"]


def test_a_replacement_without_an_asset_rule_is_not_allowed() -> None:
    ledger = Ledger([signed("w-0", NOW - 10, spends=(SPEND,))])
    v = judge(p=payload(replaces="w-0"), ledger=ledger, t=trusted(policy(eth())))
    assert codes(v) == {"asset.no_rule", "replay.replacement_not_allowed", "replay.spent"}


def test_an_approver_s_machine_judges_with_an_empty_ledger() -> None:
    empty = EmptyLedger()
    assert empty.digest_for("w-1") is None
    assert empty.signed_spend(SPEND) is None
    assert empty.charged_since(BTC_KEY, 0, "w-1") == 0
    assert empty.charges_of("w-1") == {}
    f = facts()
    v = evaluate(approve(payload(), f, "alice"), f, trusted(policy(btc(velocity=1))), empty,
                 now=NOW)  # fmt: skip
    assert [r.code for r in v.refusals] == ["limit.velocity"]


def test_every_reason_is_collected_at_once() -> None:
    deny = manifest(DocumentKind.DENYLIST, entry(C, "mixer"))
    pol = policy(btc(tiers=((0, 2),), max_fee=10, max_per_tx=100, velocity=100, share_bp=1,
                     max_fee_rate=1))  # fmt: skip
    ledger = Ledger([signed("w-1", NOW - 10, spends=(SPEND,))])
    f = facts(ext(0, C, 500), to_wallet(1, 5), fee=50, fee_rate=3.0)
    v = judge(f, trusted(pol, denylist=deny), p=payload(expires=NOW, denylist=False),
              ledger=ledger)  # fmt: skip
    assert [r.code for r in v.auth_problems] == ["binding.denylist"]
    assert [r.code for r in v.refusals] == [
        "payload.expired",
        "denylist.listed",
        "whitelist.not_listed",
        "transfer.no_rule",
        "approvals.too_few",
        "fee.max",
        "fee.rate",
        "fee.share",
        "replay.withdrawal_id",
        "limit.per_tx",
        "limit.velocity",
    ]
    with pytest.raises(AuthenticationError) as info:
        v.enforce()
    assert [r.code for r in info.value.details()][:2] == ["binding.denylist", "payload.expired"]


def test_each_capped_destination_is_judged_after_a_cap_in_another_asset() -> None:
    caps = manifest(
        DocumentKind.WHITELIST, entry(C, "usdc-vault", "0.01", "USDC"), entry(A, "exchange", "0.01")
    )
    v = judge(facts(ext(0, C, 1), ext(1, A, 1_000_001)), trusted(whitelist=caps))
    assert [(r.code, r.output) for r in v.refusals] == [
        ("whitelist.cap_asset", 0),
        ("whitelist.cap", 1),
    ]


def test_a_cap_finer_than_the_asset_is_refused_naming_the_whitelist_cap() -> None:
    from coldsign.errors import DecodeError

    # Import refuses such a cap (manifest.cap_problems); a signer that holds one anyway refuses.
    caps = manifest(DocumentKind.WHITELIST, entry(A, "exchange", "0.000000001"))
    with pytest.raises(DecodeError) as info:
        judge(facts(ext(0, A, 1)), trusted(whitelist=caps))
    assert info.value.what == "whitelist max_per_tx"


def test_a_message_is_judged_by_the_message_rules() -> None:
    from coldsign.policy.messages import MessageFacts

    m = MessageFacts("message", "bip322-simple", None, "tb1-x", "m/84'/1'/0'/0/0", "hello")
    f = replace(facts(), message=m, outputs=(), fee=0)
    v = judge(f, approvers=("alice",))
    assert v.asset is None and v.amount == 0 and v.destinations == ()
    assert v.digest == approval_digest(payload(), b"tx")
    assert v.approvals.valid_approvers == ("alice",)
    assert [r.code for r in v.refusals] == ["message.wallet"]
    assert v.required_approvals is None


def test_outputs_after_change_and_transfers_are_still_judged() -> None:
    pol = policy(btc(), transfers=(transfer(),))
    v = judge(facts(change(0, 5), to_wallet(1, 7), ext(2, C, 9)), trusted(pol))
    assert [(r.code, r.output) for r in v.refusals] == [("whitelist.not_listed", 2)]
    assert (v.sent, v.transferred) == (9, 7)


def test_every_capped_entry_is_judged_whatever_comes_before_it() -> None:
    caps = manifest(
        DocumentKind.WHITELIST,
        entry(B, "treasury"),
        entry(C, "usdc-vault", "0.01", "USDC"),
        entry(A, "exchange", "0.01"),
    )
    v = judge(facts(ext(0, B, 5), ext(1, C, 1), ext(2, A, 1_000_001)), trusted(whitelist=caps))
    assert [(r.code, r.output) for r in v.refusals] == [
        ("whitelist.cap_asset", 1),
        ("whitelist.cap", 2),
    ]


def test_each_transfer_rule_caps_its_own_wallet() -> None:
    pol = policy(btc(), transfers=(transfer(max_per_tx=100), transfer(max_per_tx=10, to="warm")))
    v = judge(facts(to_wallet(0, 100), to_wallet(1, 11, "warm")), trusted(pol))
    assert v.refusals == (
        Reason(
            "transfer.per_tx",
            "transfer cold → warm: 0.00000011 BTC exceeds the rule's cap of 0.0000001 BTC",
        ),
    )
    assert v.totals == (
        Charge(BTC_KEY, 1_000),
        Charge("transfer:cold>hot:BTC", 100),
        Charge("transfer:cold>warm:BTC", 11),
    )


def test_the_fee_share_applies_from_one_base_unit_moved() -> None:
    v = judge(facts(ext(0, A, 1), fee=1), trusted(policy(btc(share_bp=100))))
    assert [r.code for r in v.refusals] == ["fee.share"]


def test_a_gas_price_without_a_cap_passes() -> None:
    t = Trusted(policy(usdc(), eth()), POLICY_HASH, EVM_WHITELIST, WHITELIST_HASH, None, None)
    p = replace(payload(), chain="evm", network=None, chain_id=1)
    f = token_facts(7, fee=5, per_gas=10**15)
    assert evaluate(approve(p, f, "alice"), f, t, Ledger(()), now=NOW).reasons() == []


def test_a_conflicting_spend_after_a_fresh_one_is_found() -> None:
    fresh = "bitcoin:testnet:" + "99" * 32 + ":0"
    ledger = Ledger([signed("first", NOW - 10, spends=(SPEND,))])
    v = judge(facts(spends=(fresh, SPEND)), ledger=ledger)
    assert [r.code for r in v.refusals] == ["replay.spent"]
    assert v.spends == (fresh, SPEND)


def test_a_re_release_is_not_held_to_velocity_again() -> None:
    digest = approval_digest(payload(), b"tx").hex()
    ledger = Ledger([
        signed("w-1", NOW - 20, (BTC_KEY, 1_001_000), digest=digest, spends=(SPEND,)),
        signed("later", NOW - 10, (BTC_KEY, 5_000_000)),
    ])  # fmt: skip
    t = trusted(policy(btc(velocity=5_000_000)))
    assert judge(ledger=ledger, t=t).reasons() == []  # signed before "later" filled the window
    v = judge(ledger=ledger, t=t, p=payload(wid="w-2"))
    assert [r.code for r in v.refusals] == ["replay.spent", "limit.velocity"]


def test_a_conflict_after_this_withdrawal_s_own_spend_is_found() -> None:
    other = "bitcoin:testnet:" + "cd" * 32 + ":1"
    ledger = Ledger([
        signed("w-1", NOW - 20, spends=(SPEND,)),
        signed("w-5", NOW - 10, spends=(other,)),
    ])  # fmt: skip
    v = judge(facts(spends=(SPEND, other)), ledger=ledger)
    assert [r.code for r in v.refusals] == ["replay.withdrawal_id", "replay.spent"]
    assert "'w-5'" in v.refusals[1].message
