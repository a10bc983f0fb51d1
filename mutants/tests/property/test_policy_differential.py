"""A differential check of the policy engine (issue 17.5).

`model_reasons` below is a small model of design.md §3 for one Bitcoin withdrawal, written from
the rules as the docs state them, with plain loops and no helper shared with
`coldsign.policy.checks`. Hypothesis generates policies, whitelists, denylists, outputs, fees,
approvals and ledger states; the model and the real `evaluate` must agree on whether the signer
signs, on the set of reason codes, and on the approvals required.

`make test` runs a bounded number of examples; `COLDSIGN_DIFFERENTIAL_EXAMPLES=20000` (see
docs/testing.md) runs the longer profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.codec.payload import Payload
from coldsign.keys.rolekey import Role, generate_role_key
from coldsign.policy.approval import approval_digest, make_approval
from coldsign.policy.checks import (
    Charge,
    OutputFact,
    OutputRole,
    PriorSignature,
    Trusted,
    TxFacts,
    evaluate,
)
from coldsign.policy.config import AssetRule, AssetScope, Policy, Tier, TransferRule, Velocity
from coldsign.policy.documents import DocumentKind, Member
from coldsign.policy.manifest import ListEntry, Manifest
from coldsign.units import Network

EXAMPLES = int(os.environ.get("COLDSIGN_DIFFERENTIAL_EXAMPLES", "300"))
NOW = 1_900_000_000
LIFETIME = 86_400
PEOPLE = ["alice", "bob", "carol"]
KEYS = {name: generate_role_key(Role.APPROVER, name) for name in [*PEOPLE, "mallory"]}
DESTINATIONS = [f"{i:02x}" * 22 for i in range(5)]  # lookup keys (scriptPubKey hex)
ASSET_KEY = "BTC@bitcoin:testnet"
TRANSFER_KEY = "transfer:w>hot:BTC"


# --- the scenario, as plain data -----------------------------------------------------------------


@dataclass(frozen=True)
class Out:
    role: str  # "external" | "change" | "hot"
    dest: int  # index into DESTINATIONS (external only)
    amount: int


@dataclass(frozen=True)
class Vote:
    who: str  # alice | bob | carol | mallory
    kind: str  # valid | bad-signature | expired | future


@dataclass
class Scenario:
    tiers: list[tuple[int, int]]
    max_per_tx: int | None
    velocity: int | None
    max_fee: int
    max_fee_rate: int | None
    share_bp: int | None
    transfer_rule: (
        tuple[int | None, int | None, list[tuple[int, int]]] | None
    )  # cap, velocity, tiers
    whitelisted: dict[int, tuple[int | None, str]]  # dest -> (cap, asset)
    denied: set[int]
    outputs: list[Out]
    fee: int
    fee_rate: float
    votes: list[Vote]
    initiator: str
    expired: bool
    spent: int
    spent_transfer: int
    previous_id: str  # none | same | other
    spend_conflict: bool
    extra: dict[str, int] = field(default_factory=dict)


amounts = st.integers(min_value=1, max_value=300_000_000)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    aboves = sorted(draw(st.sets(st.integers(0, 200_000_000), min_size=1, max_size=3)))
    tiers = [(a, draw(st.integers(1, 3))) for a in aboves]
    rule = None
    if draw(st.booleans()):
        rule_aboves = sorted(draw(st.sets(st.integers(0, 200_000_000), min_size=1, max_size=2)))
        rule = (
            draw(st.none() | amounts),
            draw(st.none() | amounts),
            [(a, draw(st.integers(1, 3))) for a in rule_aboves],
        )
    whitelisted = {
        d: (draw(st.none() | amounts), draw(st.sampled_from(["BTC", "BTC", "ETH"])))
        for d in draw(st.sets(st.integers(0, 4), max_size=5))
    }
    outputs = draw(
        st.lists(
            st.builds(Out, st.sampled_from(["external", "external", "change", "hot"]),
                      st.integers(0, 4), amounts),
            min_size=1, max_size=5,
        )
    )  # fmt: skip
    votes = draw(
        st.lists(
            st.builds(Vote, st.sampled_from([*PEOPLE, "mallory"]),
                      st.sampled_from(["valid", "valid", "valid", "bad-signature", "expired",
                                       "future"])),
            max_size=5,
        )
    )  # fmt: skip
    return Scenario(
        tiers=tiers,
        max_per_tx=draw(st.none() | amounts),
        velocity=draw(st.none() | amounts),
        max_fee=draw(st.integers(0, 5_000_000)),
        max_fee_rate=draw(st.none() | st.integers(1, 500)),
        share_bp=draw(st.none() | st.integers(0, 1000)),
        transfer_rule=rule,
        whitelisted=whitelisted,
        denied=draw(st.sets(st.integers(0, 4), max_size=2)),
        outputs=outputs,
        fee=draw(st.integers(0, 5_000_000)),
        fee_rate=draw(st.floats(min_value=0.5, max_value=600, allow_nan=False)),
        votes=votes,
        initiator=draw(st.sampled_from(["ivan", *PEOPLE])),
        expired=draw(st.booleans()),
        spent=draw(st.integers(0, 400_000_000)),
        spent_transfer=draw(st.integers(0, 400_000_000)),
        previous_id=draw(st.sampled_from(["none", "none", "same", "other"])),
        spend_conflict=draw(st.booleans()),
    )


# --- the model -----------------------------------------------------------------------------------


def tier_for(tiers: list[tuple[int, int]], amount: int) -> int | None:
    """The approvals of the highest tier whose `above` the amount exceeds; zero takes the lowest."""
    best = None
    best_above = -1
    for above, approvals in tiers:
        if amount > above and above > best_above:
            best, best_above = approvals, above
    if best is not None:
        return best
    if amount == 0:
        lowest = min(tiers)
        return lowest[1]
    return None


def model_reasons(s: Scenario) -> tuple[set[str], int | None]:
    """The reason codes design.md §3 gives for `s`, and the approvals it requires."""
    codes: set[str] = set()
    if s.expired:
        codes.add("payload.expired")
    sent = 0
    moved_to_hot = 0
    per_destination: dict[int, int] = {}
    for out in s.outputs:
        if out.role == "change":
            continue
        if out.role == "hot":
            moved_to_hot += out.amount
            continue
        sent += out.amount
        if out.dest in s.denied:
            codes.add("denylist.listed")
        if out.dest not in s.whitelisted:
            codes.add("whitelist.not_listed")
        else:
            per_destination[out.dest] = per_destination.get(out.dest, 0) + out.amount
    for dest, total in per_destination.items():
        cap, asset = s.whitelisted[dest]
        if cap is None:
            continue
        if asset != "BTC":
            codes.add("whitelist.cap_asset")
        elif total > cap:
            codes.add("whitelist.cap")
    leaving = sent + s.fee
    if moved_to_hot and s.transfer_rule is None:
        codes.add("transfer.no_rule")

    valid: list[str] = []
    for vote in s.votes:
        if vote.who == "mallory":
            codes.add("approval.unknown_key")
        elif vote.kind == "bad-signature":
            codes.add("approval.bad_signature")
        elif vote.kind == "future":
            codes.add("approval.from_future")
        elif vote.kind == "expired":
            codes.add("approval.expired")
        elif vote.who == s.initiator:
            codes.add("approval.self_approval")
        elif vote.who in valid:
            codes.add("approval.duplicate")
        else:
            valid.append(vote.who)
    needs = []
    if sent > 0 or moved_to_hot == 0:
        tier = tier_for(s.tiers, leaving)
        if tier is None:
            codes.add("tiers.none")
        else:
            needs.append(tier)
    if moved_to_hot and s.transfer_rule is not None:
        tier = tier_for(s.transfer_rule[2], moved_to_hot)
        if tier is None:
            codes.add("tiers.none")
        else:
            needs.append(tier)
    required = max(needs) if needs else None
    if required is not None and len(valid) < required:
        codes.add("approvals.too_few")

    if s.fee > s.max_fee:
        codes.add("fee.max")
    if s.max_fee_rate is not None and s.fee_rate > s.max_fee_rate:
        codes.add("fee.rate")
    moved = sent + moved_to_hot
    if s.share_bp is not None and moved > 0 and s.fee * 10_000 > moved * s.share_bp:
        codes.add("fee.share")

    already = s.previous_id == "same"
    if s.previous_id == "other":
        codes.add("replay.withdrawal_id")
    if s.spend_conflict:
        codes.add("replay.spent")
    if s.max_per_tx is not None and leaving > s.max_per_tx:
        codes.add("limit.per_tx")
    if moved_to_hot and s.transfer_rule is not None:
        cap = s.transfer_rule[0]
        if cap is not None and moved_to_hot > cap:
            codes.add("transfer.per_tx")
    if not already:
        if s.velocity is not None and s.spent + leaving > s.velocity:
            codes.add("limit.velocity")
        if moved_to_hot and s.transfer_rule is not None:
            limit = s.transfer_rule[1]
            if limit is not None and s.spent_transfer + moved_to_hot > limit:
                codes.add("limit.velocity")
    return codes, required


# --- the same scenario for the real engine -------------------------------------------------------


class ScenarioLedger:
    """The ledger state of a scenario (the checks' LedgerReader protocol)."""

    def __init__(self, s: Scenario, digest: str) -> None:
        self.s = s
        self.digest = digest

    def digest_for(self, withdrawal_id: str) -> str | None:
        return {"none": None, "same": self.digest, "other": "00" * 32}[self.s.previous_id]

    def signed_spend(self, spend: str) -> PriorSignature | None:
        return PriorSignature("earlier", "11" * 32) if self.s.spend_conflict else None

    def charged_since(self, key: str, since: int, exclude: str) -> int:
        return {ASSET_KEY: self.s.spent, TRANSFER_KEY: self.s.spent_transfer}.get(key, 0)

    def charges_of(self, withdrawal_id: str) -> dict[str, int]:
        return {}


def real(s: Scenario) -> tuple[set[str], int | None]:
    scope = AssetScope(8, 8, (("network", "testnet"),), network=Network.TESTNET,
                       max_fee_rate=s.max_fee_rate)  # fmt: skip
    asset = AssetRule(
        "BTC", "bitcoin", tuple(Tier(a, n) for a, n in s.tiers), scope, s.max_fee,
        s.max_per_tx, Velocity(s.velocity, 86_400) if s.velocity is not None else None,
        s.share_bp,
    )  # fmt: skip
    transfers: tuple[TransferRule, ...] = ()
    if s.transfer_rule is not None:
        cap, limit, tiers = s.transfer_rule
        transfers = (
            TransferRule("BTC", "w", "hot", tuple(Tier(a, n) for a, n in tiers), cap,
                         Velocity(limit, 86_400) if limit is not None else None),
        )  # fmt: skip
    approvers = tuple(Member(n, KEYS[n].public_key) for n in PEOPLE)
    policy = Policy(1, "", None, LIFETIME, False, 1, approvers[:1], approvers, (), (asset,),
                    (), transfers)  # fmt: skip
    expires = datetime(2100, 1, 1, tzinfo=UTC)
    entries = tuple(
        ListEntry("bitcoin", "testnet", f"dest-{d}", f"label {d}", DESTINATIONS[d],
                  (("network", "testnet"),), None if cap is None else f"{cap // 10**8}.{cap % 10**8:08d}", asset_name)
        for d, (cap, asset_name) in sorted(s.whitelisted.items())
    )  # fmt: skip
    whitelist = Manifest(DocumentKind.WHITELIST, 1, "", expires, entries)
    denied = tuple(
        ListEntry("bitcoin", "testnet", f"dest-{d}", f"bad {d}", DESTINATIONS[d])
        for d in sorted(s.denied)
    )
    denylist = Manifest(DocumentKind.DENYLIST, 1, "", expires, denied)
    trusted = Trusted(policy, "aa" * 32, whitelist, "bb" * 32, denylist, "cc" * 32)
    payload = Payload(
        chain="bitcoin", network="testnet", withdrawal_id="w-1", created=NOW - 10,
        expires=NOW - 1 if s.expired else NOW + 3600, initiator=s.initiator,
        policy_hash=bytes.fromhex("aa" * 32), whitelist_hash=bytes.fromhex("bb" * 32),
        denylist_hash=bytes.fromhex("cc" * 32), transaction=b"\x00",
    )  # fmt: skip
    outputs = tuple(
        OutputFact(
            i, None, o.amount,
            {"external": OutputRole.EXTERNAL, "change": OutputRole.CHANGE,
             "hot": OutputRole.TRANSFER}[o.role],
            DESTINATIONS[o.dest] if o.role == "external" else "ff" * 22,
            {"change": "w", "hot": "hot"}.get(o.role),
        )
        for i, o in enumerate(s.outputs)
    )  # fmt: skip
    facts = TxFacts(
        chain="bitcoin", scope="testnet", tx_material=b"tx", asset_symbol_hint="bitcoin testnet",
        contract=None, from_wallet="w", outputs=outputs, fee=s.fee, fee_decimals=8,
        fee_unit="BTC", spends=("bitcoin:testnet:aa:0",), fee_rate=s.fee_rate,
    )  # fmt: skip
    digest = approval_digest(payload, facts.tx_material)
    approvals = []
    for vote in s.votes:
        key = KEYS[vote.who]
        at = {"valid": NOW - 60, "bad-signature": NOW - 60, "expired": NOW - LIFETIME - 61,
              "future": NOW + 3600}[vote.kind]  # fmt: skip
        signed_digest = digest if vote.kind != "bad-signature" else bytes(32)
        approvals.append(make_approval(key, signed_digest, at))
    for a in approvals:
        payload = payload.with_approval(a)
    verdict = evaluate(payload, facts, trusted, ScenarioLedger(s, digest.hex()), now=NOW)
    codes = {r.code for r in verdict.reasons()}
    return codes, verdict.required_approvals


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenarios())
def test_the_engine_agrees_with_the_model(s: Scenario) -> None:
    # Approvals by one key are one record in a payload (the last one counts): keep the last vote
    # per person, as the container does.
    last: dict[str, Vote] = {}
    for vote in s.votes:
        last[vote.who] = vote
    s.votes = list(last.values())
    expected, required = model_reasons(s)
    got, got_required = real(s)
    assert got == expected, (sorted(got - expected), sorted(expected - got))
    assert got_required == required
    assert (not got) == (not expected)


def test_a_charge_is_what_leaves() -> None:
    """One fixed case the model cannot reach (charges), by hand: 0.3 out plus 0.001 fee."""
    s = Scenario(
        tiers=[(0, 1)], max_per_tx=None, velocity=None, max_fee=10**6, max_fee_rate=None,
        share_bp=None, transfer_rule=None, whitelisted={0: (None, "BTC")}, denied=set(),
        outputs=[Out("external", 0, 30_000_000)], fee=100_000, fee_rate=5.0,
        votes=[Vote("alice", "valid")], initiator="ivan", expired=False, spent=0,
        spent_transfer=0, previous_id="none", spend_conflict=False,
    )  # fmt: skip
    assert real(s) == (set(), 1)
    assert Charge(ASSET_KEY, 30_100_000) == Charge(ASSET_KEY, 30_000_000 + 100_000)
