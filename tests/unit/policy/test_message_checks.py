"""`policy.messages.evaluate_message` (issue 15), in process: every rule of the message policy and
every reason it gives, at its boundaries, and the sign verdict when all pass.

The policy is the documented example (docs/examples/policy.toml + policy-messages.toml) with
approver keys made here; requests are real (built by `service.messages.message_request`, decoded
and analysed by the chain modules) wherever a chain module can produce the case. Where it cannot
(a proof PSBT, facts a chain module never emits), the `MessageFacts` are stated directly: the
policy core is pure and judges what it is given.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from coldsign import chains
from coldsign.codec.message_request import (
    MessageFormat,
    MessageRequest,
    serialize_message_request,
)
from coldsign.codec.payload import Payload
from coldsign.codec.script import address_from_script
from coldsign.errors import Reason
from coldsign.home.ledger import Ledger, LedgerEntry
from coldsign.keys.rolekey import Role, generate_role_key
from coldsign.policy.approval import ApprovalCheck, approval_digest, make_approval
from coldsign.policy.checks import (
    Charge,
    EmptyLedger,
    LedgerReader,
    Trusted,
    TxFacts,
    Verdict,
    evaluate,
)
from coldsign.policy.config import Policy
from coldsign.policy.documents import DocumentKind
from coldsign.policy.fields import parse_toml
from coldsign.policy.manifest import parse_manifest
from coldsign.policy.messages import (
    PROOF,
    UNLIMITED,
    MessageFacts,
    MovementFacts,
    evaluate_message,
)
from coldsign.service.messages import message_request
from coldsign.units import Network
from tests.cli.guarded.conftest import spk_at
from tests.unit.messages import evm_fixtures as fx
from tests.unit.messages.test_eip3009_and_disguises import FIELDS
from tests.unit.messages.test_eip3009_and_disguises import MESSAGE as AUTHORIZATION
from tests.unit.messages.test_eip3009_and_disguises import doc as usdc_typed_data
from tests.unit.policy.test_config import EXAMPLE, parse_policy
from tests.unit.policy.test_message_policy import example

NOW = 1_800_000_000  # before the example policy (2027-12-31) and whitelist (2027-01-31) expire
KEYS = {n: generate_role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol", "mallory")}
ETH = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"  # eth-treasury (m/44'/60'/0'/0/0)
ETH_PATH = "m/44'/60'/0'/0/0"
SPENDER = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # on the example whitelist (chain id 1)
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
USDC_KEY = "USDC@ethereum:1"
TRAVEL = "Travel rule: originator Alice, beneficiary Bob"
SNAPSHOT = (
    "Proof of reserves snapshot 2027-01-15T00:00:00Z bitcoin testnet hash " + "ab" * 32
    + " block 4000000"
)  # fmt: skip
PROOF_FORMAT = "bip322-pof"
MAIL_RULE = {
    "name": "ether-mail",
    "wallets": ["eth-treasury"],
    "domain": {"name": "Ether Mail", "version": "1", "chain_id": 1,
               "verifying_contract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
    "primary_types": ["Mail"],
    "approvals": 2,
}  # fmt: skip


def policy_table(**sections: object) -> dict[str, Any]:
    """The example policy with its message sections, approvers whose keys the tests hold, and
    `sections` set (None removes one)."""
    table = example()
    table["approvers"]["members"] = [
        {"name": n, "key": KEYS[n].public_key.hex()} for n in ("alice", "bob", "carol")
    ]
    for key, value in sections.items():
        if value is None:
            del table[key]
        else:
            table[key] = value
    return table


def policy(**sections: object) -> Policy:
    return parse_policy(policy_table(**sections))


POLICY = policy()
WHITELIST = parse_manifest(
    parse_toml((EXAMPLE.parent / "whitelist.toml").read_bytes(), "whitelist"),
    DocumentKind.WHITELIST,
    chains.SPECS,
)
POLICY_HASH = "11" * 32
WHITELIST_HASH = "22" * 32


def _treasury_address() -> str:
    """The treasury wallet's first receive address (m/84'/1'/0'/0/0 of its seed)."""
    wallet = POLICY.wallet("treasury")
    assert wallet is not None and wallet.descriptor is not None
    address = address_from_script(bytes.fromhex(spk_at(wallet.descriptor, 0, 0)), Network.TESTNET)
    assert address is not None
    return address


BTC = _treasury_address()


def trusted(p: Policy = POLICY) -> Trusted:
    return Trusted(p, POLICY_HASH, WHITELIST, WHITELIST_HASH, None, None)


def payload_of(request: MessageRequest, *, kind: str = "message", **changes: object) -> Payload:
    chain = request.format.chain
    base = Payload(
        chain=chain,
        network="testnet" if chain == "bitcoin" else None,
        chain_id=1 if chain == "ethereum" else None,
        withdrawal_id="msg-1",
        created=NOW - 600,
        expires=NOW + 3600,
        initiator="ivan",
        policy_hash=bytes.fromhex(POLICY_HASH),
        whitelist_hash=bytes.fromhex(WHITELIST_HASH),
        transaction=serialize_message_request(request),
        kind=kind,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def request(fmt: MessageFormat, message: bytes | str, address: str | None = None) -> MessageRequest:
    """The request `message service` builds for the treasury wallet of `fmt`'s chain."""
    data = message.encode() if isinstance(message, str) else message
    evm = fmt.chain == "ethereum"
    req, _, _ = message_request(
        POLICY, fmt, address or (ETH if evm else BTC), None, data,
        network=None, chain_id=1 if evm else None,
    )  # fmt: skip
    return req


def facts_of(payload: Payload, p: Policy = POLICY) -> TxFacts:
    """What the chain module draws from the payload (as `payload sign` does)."""
    module = chains.module(payload.chain)
    return module.analyze(payload, module.decode(payload), p).facts


def approved(payload: Payload, facts: TxFacts, *names: str, at: int = NOW - 60) -> Payload:
    digest = approval_digest(payload, facts.tx_material)
    for name in names:
        payload = payload.with_approval(make_approval(KEYS[name], digest, at))
    return payload


def judge(
    payload: Payload,
    facts: TxFacts,
    *approvers: str,
    ledger: LedgerReader | None = None,
    p: Policy = POLICY,
    now: int = NOW,
) -> Verdict:
    return evaluate_message(
        approved(payload, facts, *approvers), facts, trusted(p), ledger or EmptyLedger(), now=now
    )


def text_case(
    fmt: MessageFormat = MessageFormat.BIP137, message: bytes | str = TRAVEL
) -> tuple[Payload, TxFacts]:
    payload = payload_of(request(fmt, message))
    return payload, facts_of(payload)


def message_verdict(
    payload: Payload,
    facts: TxFacts,
    valid: tuple[str, ...],
    required: int | None,
    refusals: tuple[Reason, ...] = (),
    auth: tuple[Reason, ...] = (),
    *,
    approval_refusals: tuple[Reason, ...] = (),
    approval_problems: tuple[Reason, ...] = (),
    already_signed: bool = False,
) -> Verdict:
    """The whole verdict on a message or proof (nothing moves: no asset, amounts or charges)."""
    return Verdict(
        approval_digest(payload, facts.tx_material),
        None,
        0,
        0,
        0,
        0,
        facts.fee_decimals,
        (),
        ApprovalCheck(valid, approval_problems, approval_refusals, payload.initiator),
        required,
        auth,
        refusals,
        facts.warnings,
        already_signed,
        (),
        (),
        (),
    )


def too_few(valid: int, required: int) -> Reason:
    return Reason(
        "approvals.too_few", f"approvals: {valid} valid of the {required} required",
        field="approvals",
    )  # fmt: skip


def codes(v: Verdict) -> list[str]:
    return [r.code for r in v.reasons()]


# --- text messages: [[messages]] ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (MessageFormat.BIP137, TRAVEL),
        (MessageFormat.BIP322_SIMPLE, TRAVEL),
        (MessageFormat.BIP322_FULL, SNAPSHOT),
        (MessageFormat.EIP191, SNAPSHOT),
    ],
    ids=["bip137-travel", "bip322-simple-travel", "bip322-full-snapshot", "eip191-snapshot"],
)
def test_a_text_a_rule_allows_signs_with_its_approvals(fmt: MessageFormat, text: str) -> None:
    payload, facts = text_case(fmt, text)
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict == message_verdict(approved(payload, facts, "alice", "bob"), facts,
                                      ("alice", "bob"), 2)  # fmt: skip
    assert verdict.ok and not verdict.already_signed


def test_one_approval_short_is_too_few_and_the_only_reason() -> None:
    payload, facts = text_case()
    verdict = judge(payload, facts, "carol")
    assert verdict == message_verdict(
        approved(payload, facts, "carol"), facts, ("carol",), 2, (too_few(1, 2),)
    )
    assert verdict.awaiting_approvals_only
    assert judge(payload, facts, "alice", "bob", "carol").ok  # more than enough is enough


def test_a_newline_is_allowed_in_a_text() -> None:
    payload, facts = text_case(message=TRAVEL + "\nsecond line")
    assert judge(payload, facts, "alice", "bob").ok


def test_a_format_no_rule_of_the_wallet_lists_gets_only_the_other_rules_templates() -> None:
    """travel-rule lists bip322-simple and bip137: a travel-rule text in bip322-full is judged
    against proof-of-reserves alone."""
    payload, facts = text_case(MessageFormat.BIP322_FULL, TRAVEL)
    pattern = POLICY.messages[0].template.describe()
    reason = Reason(
        "message.template",
        f"message: the text matches no template for wallet treasury (proof-of-reserves: {pattern})",
        field="message",
    )
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict == message_verdict(
        approved(payload, facts, "alice", "bob"), facts, ("alice", "bob"), None, (reason,)
    )


def test_a_text_outside_every_template_names_each_rule_tried() -> None:
    payload, facts = text_case(message="Please send the funds")
    por = POLICY.messages[0]
    [reason] = judge(payload, facts, "alice", "bob").refusals
    assert reason == Reason(
        "message.template",
        "message: the text matches no template for wallet treasury "
        f"(proof-of-reserves: {por.template.describe()}; travel-rule: prefix 'Travel rule: ')",
        field="message",
    )


def test_a_wallet_no_rule_names_has_no_rule() -> None:
    facts = text_case()[1]
    assert facts.message is not None
    hot = replace(facts, message=replace(facts.message, wallet="hot"))
    payload = text_case()[0]
    verdict = judge(payload, hot)
    assert verdict == message_verdict(payload, hot, (), None, (Reason(
        "message.no_rule", "message: no [[messages]] rule lets wallet hot sign bip137 messages",
        field="message",
    ),))  # fmt: skip


def test_without_message_rules_nothing_is_signed() -> None:
    p = policy(messages=None)
    payload = payload_of(request(MessageFormat.EIP191, SNAPSHOT))
    facts = facts_of(payload, p)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert [r.code for r in verdict.refusals] == ["message.no_rule"]
    assert verdict.required_approvals is None


def test_an_address_that_is_no_policy_wallet_is_refused() -> None:
    """A request for the treasury's address at another path is no wallet of the policy."""
    req = MessageRequest(MessageFormat.EIP191, ETH, (0x8000002C, 0x8000003C, 0x80000000, 0, 1),
                         SNAPSHOT.encode())  # fmt: skip
    payload = payload_of(req)
    facts = facts_of(payload)
    verdict = judge(payload, facts, "alice", "bob")
    reason = Reason(
        "message.wallet",
        f"address: {ETH} at m/44'/60'/0'/0/1 is not a wallet of the policy (a message is signed "
        "only with a key the policy names)",
        field="address",
    )
    assert verdict == message_verdict(
        approved(payload, facts, "alice", "bob"), facts, ("alice", "bob"), None, (reason,)
    )


def test_not_utf8_is_refused_as_not_text() -> None:
    payload, facts = text_case(MessageFormat.BIP137, b"Travel rule: \xff\xfe")
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.refusals == (
        Reason("message.not_text", "message: not UTF-8 text; only text can match a template",
               field="message"),
    )  # fmt: skip
    assert verdict.required_approvals is None


def test_not_text_from_no_wallet_gives_both_reasons_in_order() -> None:
    payload, facts = text_case(MessageFormat.BIP137, b"\xff")
    assert facts.message is not None
    facts = replace(facts, message=replace(facts.message, wallet=None))
    assert codes(judge(payload, facts)) == ["message.not_text", "message.wallet"]


@pytest.mark.parametrize(
    ("char", "category"),
    [
        ("\t", "Cc"),
        ("\u202e", "Cf"),
        ("\u2028", "Zl"),
        ("\u2029", "Zp"),
        ("\ud800", "Cs"),
        ("\ue000", "Co"),
        ("\u0378", "Cn"),
    ],
)
def test_each_refused_character_category(char: str, category: str) -> None:
    """A text with a control, format, separator, surrogate, private or unassigned character:
    what the review screen shows could differ from what is signed."""
    import unicodedata

    assert unicodedata.category(char) == category
    facts = text_case()[1]
    assert facts.message is not None
    text = "Travel rule: " + char
    bad = replace(facts, message=replace(facts.message, text=text))
    verdict = judge(text_case()[0], bad, "alice", "bob")
    assert verdict.refusals == (
        Reason(
            "message.control_chars",
            f"message: holds U+{ord(char):04X} at position 13 (1 such character(s)): control "
            "and format characters could hide what is signed",
            field="message",
        ),
    )
    assert verdict.required_approvals is None


def test_the_first_refused_character_and_the_count_are_named() -> None:
    payload, facts = text_case(message="Travel rule: \u202epay\u200b mallory\u2066")
    [reason] = judge(payload, facts, "alice", "bob").refusals
    assert reason.message.startswith("message: holds U+202E at position 13 (3 such character(s))")


def test_the_approvals_are_the_most_any_matching_rule_asks() -> None:
    """Two rules allow the text: the stricter one's approvals count, whatever the order."""
    strict = {"name": "travel-strict", "wallets": ["treasury"], "prefix": "Travel", "approvals": 3}
    lax = dict(strict, name="travel-lax", approvals=1)
    for extra, want in ((strict, 3), (lax, 2)):
        for order in ((extra, *example()["messages"]), (*example()["messages"], extra)):
            p = policy(messages=list(order))
            payload, facts = text_case()
            verdict = judge(payload, facts, "alice", "bob", p=p)
            assert verdict.required_approvals == want
            assert verdict.ok is (want == 2)


def test_a_chain_module_refusal_is_kept() -> None:
    """A personal message that is a hash: the EVM module refuses it, and the policy verdict
    carries that refusal before its own."""
    payload = payload_of(request(MessageFormat.EIP191, "ab" * 32))
    facts = facts_of(payload)
    assert [r.code for r in facts.refusals] == ["message.transaction_like"]
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.refusals[0] == facts.refusals[0]
    assert codes(verdict) == ["message.transaction_like", "message.template"]


# --- bindings, approvals and replay (shared with withdrawals) ----------------------------------


def test_a_payload_for_other_documents_is_an_authentication_problem() -> None:
    payload, facts = text_case()
    other = replace(payload, policy_hash=bytes(32))
    verdict = judge(other, facts, "alice", "bob")
    assert [r.code for r in verdict.auth_problems] == ["binding.policy"]
    assert verdict.refusals == () and not verdict.ok


@pytest.mark.parametrize(("now", "expired"), [(NOW + 3599, False), (NOW + 3600, True)])
def test_a_message_payload_expires_at_its_expiry(now: int, expired: bool) -> None:
    payload, facts = text_case()
    verdict = judge(payload, facts, "alice", "bob", now=now)
    assert codes(verdict) == (["payload.expired"] if expired else [])


def test_bad_and_expired_approvals_are_named_and_not_counted() -> None:
    payload, facts = text_case()
    digest = approval_digest(payload, facts.tx_material)
    good = approved(payload, facts, "alice")
    stale = good.with_approval(make_approval(KEYS["bob"], digest, NOW - 86_401))
    foreign = stale.with_approval(make_approval(KEYS["mallory"], digest, NOW))
    verdict = evaluate_message(foreign, facts, trusted(), EmptyLedger(), now=NOW)
    assert codes(verdict) == ["approval.unknown_key", "approval.expired", "approvals.too_few"]
    assert [r.code for r in verdict.auth_problems] == ["approval.unknown_key"]
    assert verdict.approvals.valid_approvers == ("alice",)
    assert verdict.refusals[-1] == too_few(1, 2)


def ledger_with(withdrawal_id: str, digest: str, spends: tuple[str, ...] = ()) -> Ledger:
    return Ledger([LedgerEntry(1, withdrawal_id, digest, NOW - 100, (), (), spends)])


def test_the_same_message_again_is_already_signed_and_another_under_its_id_is_a_replay() -> None:
    payload, facts = text_case()
    digest = approval_digest(payload, facts.tx_material).hex()
    again = judge(payload, facts, "alice", "bob", ledger=ledger_with("msg-1", digest))
    assert again.ok and again.already_signed
    replay = judge(payload, facts, "alice", "bob", ledger=ledger_with("msg-1", "00" * 32))
    assert codes(replay) == ["replay.withdrawal_id"] and not replay.already_signed


def test_a_message_spends_nothing_even_if_its_facts_name_a_spend() -> None:
    """Only a message's id is checked: a replay key in its facts is never held against it (a
    proof of reserves over coins a withdrawal spent is no replay)."""
    payload, facts = text_case()
    spend = "bitcoin:testnet:" + "cd" * 32 + ":0"
    with_spend = replace(facts, spends=(spend,))
    verdict = judge(payload, with_spend, "alice", "bob", ledger=ledger_with("wd-9", "00" * 32,
                                                                            (spend,)))  # fmt: skip
    assert verdict.ok and verdict.spends == () and verdict.charges == ()


# --- proofs of reserves: [proofs] ------------------------------------------------------------------


def proof_case(text: str | None = SNAPSHOT, wallet: str | None = "treasury") -> tuple[Payload,
                                                                                       TxFacts]:  # fmt: skip
    """A proof payload's facts as the Bitcoin module states them (its PSBT is not decoded by the
    policy: the material stands for it)."""
    facts = TxFacts(
        chain="bitcoin", scope="testnet", tx_material=b"proof material", asset_symbol_hint="a proof",
        contract=None, from_wallet=wallet, outputs=(), fee=0, fee_decimals=8, fee_unit="BTC",
        spends=(),
        message=MessageFacts(PROOF, PROOF_FORMAT, wallet, BTC, "0/0", text),
    )  # fmt: skip
    payload = payload_of(request(MessageFormat.BIP322_FULL, SNAPSHOT), kind=PROOF)
    return payload, facts


def test_a_proof_the_policy_allows_signs_with_its_approvals() -> None:
    payload, facts = proof_case()
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict == message_verdict(approved(payload, facts, "alice", "bob"), facts,
                                      ("alice", "bob"), 2)  # fmt: skip
    short = judge(payload, facts, "bob")
    assert short.refusals == (too_few(1, 2),) and short.required_approvals == 2


def test_a_proof_rule_s_approvals_are_its_own() -> None:
    p = policy(proofs={"wallets": ["treasury"], "prefix": "Proof of reserves", "approvals": 3})
    payload, facts = proof_case()
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.refusals == (too_few(2, 3),) and verdict.required_approvals == 3


def test_a_proof_without_a_proofs_section_is_refused() -> None:
    payload, facts = proof_case()
    p = policy(proofs=None)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.refusals == (
        Reason("proof.no_rule", "proof: the policy has no [proofs] section", field="proof"),
    )
    assert verdict.required_approvals is None


def test_a_proof_over_no_single_wallet_is_refused() -> None:
    payload, facts = proof_case(wallet=None)
    verdict = judge(payload, facts)
    assert verdict.refusals == (
        Reason("proof.wallet", "proof: its inputs and challenge are not all one wallet of the "
               "policy", field="inputs"),
    )  # fmt: skip
    assert verdict.required_approvals is None


def test_a_proof_by_a_wallet_proofs_does_not_name_is_refused() -> None:
    payload, facts = proof_case(wallet="hot")
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.refusals == (
        Reason("proof.wallet", "proof: wallet hot is not one [proofs] names", field="inputs"),
    )
    assert verdict.required_approvals is None


def test_a_proof_message_outside_the_template_is_refused() -> None:
    payload, facts = proof_case(text="Proof of funds, trust me")
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.refusals == (
        Reason("proof.template", "proof: the message does not match [proofs] pattern "
               "'Proof of reserves snapshot .*'", field="message"),
    )  # fmt: skip
    assert verdict.required_approvals is None


@pytest.mark.parametrize(
    ("text", "code"),
    [(None, "message.not_text"), ("Proof of reserves snapshot \u202e", "message.control_chars")],
    ids=["not-utf8", "bidi"],
)
def test_a_proof_whose_message_is_not_clean_text_is_refused_for_that(
    text: str | None, code: str
) -> None:
    """The text is refused; the template is not tried on it, and the quorum is still the rule's."""
    payload, facts = proof_case(text=text)
    verdict = judge(payload, facts, "alice", "bob")
    assert [r.code for r in verdict.refusals] == [code]
    assert verdict.required_approvals == 2


def test_a_proof_with_no_rule_and_a_bad_text_gives_both_reasons() -> None:
    payload, facts = proof_case(text=None)
    verdict = judge(payload, facts, p=policy(proofs=None))
    assert codes(verdict) == ["message.not_text", "proof.no_rule"]


# --- typed data not known to move value: [[typed_data]] --------------------------------------------


MAIL_POLICY = policy(typed_data=[*example()["typed_data"], MAIL_RULE])


def typed_case(data: dict[str, Any], p: Policy = MAIL_POLICY) -> tuple[Payload, TxFacts]:
    payload = payload_of(request(MessageFormat.EIP712, json.dumps(data)))
    return payload, facts_of(payload, p)


def test_typed_data_from_an_allowed_domain_and_type_signs() -> None:
    payload, facts = typed_case(fx.ether_mail())
    verdict = judge(payload, facts, "alice", "bob", p=MAIL_POLICY)
    assert verdict == message_verdict(approved(payload, facts, "alice", "bob"), facts,
                                      ("alice", "bob"), 2)  # fmt: skip


def test_typed_data_approvals_are_the_most_of_the_rules_that_allow_it() -> None:
    strict = dict(MAIL_RULE, name="mail-strict", approvals=3)
    lax = dict(MAIL_RULE, name="mail-lax", approvals=1)
    for rules, want in (([MAIL_RULE, strict], 3), ([strict, MAIL_RULE], 3), ([lax, MAIL_RULE], 2)):
        p = policy(typed_data=rules)
        payload, facts = typed_case(fx.ether_mail(), p)
        assert judge(payload, facts, "alice", "bob", p=p).required_approvals == want


def test_typed_data_from_a_wallet_without_a_rule_is_refused() -> None:
    p = policy(typed_data=None)
    payload, facts = typed_case(fx.ether_mail(), p)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.refusals == (
        Reason("typed_data.no_rule", "typed data: no [[typed_data]] rule lets wallet eth-treasury "
               "sign typed data", field="domain"),
    )  # fmt: skip
    assert verdict.required_approvals is None


def test_typed_data_from_no_wallet_is_refused() -> None:
    payload, facts = typed_case(fx.ether_mail())
    assert facts.message is not None
    facts = replace(facts, message=replace(facts.message, wallet=None))
    assert codes(judge(payload, facts, "alice", "bob", p=MAIL_POLICY)) == ["message.wallet"]


@pytest.mark.parametrize(
    ("domain", "shown"),
    [
        ({"name": "Ether Mail", "version": "1", "chainId": 1}, "name=Ether Mail, version=1, chainId=1"),
        (
            {"name": "Ether Mail", "version": "1", "chainId": 1,
             "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC",
             "salt": "0x" + "00" * 32},
            "name=Ether Mail, version=1, chainId=1, "
            "verifyingContract=0xcccccccccccccccccccccccccccccccccccccccc, salt=0x" + "00" * 32,
        ),
        ({"name": "Ether Mail", "version": "2", "chainId": 1,
          "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
         "name=Ether Mail, version=2, chainId=1, "
         "verifyingContract=0xcccccccccccccccccccccccccccccccccccccccc"),
        ({}, "empty"),
    ],
    ids=["missing-field", "extra-field", "other-value", "empty"],
)  # fmt: skip
def test_typed_data_from_another_domain_is_refused(domain: dict[str, Any], shown: str) -> None:
    """The domain must be exactly a rule's: no field missing, none added, every value equal."""
    data = fx.ether_mail()
    names = {"name": "string", "version": "string", "chainId": "uint256",
             "verifyingContract": "address", "salt": "bytes32"}  # fmt: skip
    data["types"]["EIP712Domain"] = [{"name": k, "type": names[k]} for k in domain]
    data["domain"] = domain
    payload, facts = typed_case(data)
    verdict = judge(payload, facts, "alice", "bob", p=MAIL_POLICY)
    assert verdict.refusals == (
        Reason("typed_data.domain", f"typed data: the domain ({shown}) is not one the policy "
               "lists for wallet eth-treasury", field="domain"),
    )  # fmt: skip
    assert verdict.required_approvals is None


def test_the_domain_is_compared_as_a_set_of_fields() -> None:
    """The same fields in another order are the same domain."""
    payload, facts = typed_case(fx.ether_mail())
    assert facts.message is not None and facts.message.typed is not None
    typed = facts.message.typed
    turned = replace(typed, domain=tuple(reversed(typed.domain)))
    facts = replace(facts, message=replace(facts.message, typed=turned))
    assert judge(payload, facts, "alice", "bob", p=MAIL_POLICY).ok


def test_a_primary_type_the_domain_s_rules_do_not_list_is_refused() -> None:
    data = fx.ether_mail()
    data["types"]["Note"] = data["types"].pop("Mail")
    data["primaryType"] = "Note"
    second = dict(MAIL_RULE, name="mail-2", primary_types=["Reply", "Forward"])
    p = policy(typed_data=[MAIL_RULE, second])
    payload, facts = typed_case(data, p)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.refusals == (
        Reason("typed_data.primary_type", "typed data: primary type 'Note' is not allowed for "
               "this domain (allowed: Mail, Reply, Forward)", field="primaryType"),
    )  # fmt: skip
    assert verdict.required_approvals is None


def test_a_struct_shaped_like_a_transfer_authorization_is_refused_as_a_disguise() -> None:
    """USDC's own domain, an innocent primary type with the fields of EIP-3009's transfer: the
    token would act on it. Refused twice: the shape, and the token's own contract."""
    data = usdc_typed_data("Memo", FIELDS, AUTHORIZATION)
    rule = dict(example()["typed_data"][0], primary_types=["Permit", "Memo"])
    p = policy(typed_data=[rule])
    payload, facts = typed_case(data, p)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.refusals == (
        Reason("typed_data.disguised", "typed data: struct Memo has exactly the fields of "
               "TransferWithAuthorization; it could move value under an innocent name",
               field="types"),
        Reason("typed_data.token_contract", "typed data: the domain is token USDC's own contract "
               "and primary type 'Memo' is not one coldsign can read; the token could act on it "
               "(a transfer by signature)", field="domain"),
    )  # fmt: skip
    assert verdict.required_approvals == 2


def test_each_disguise_is_a_reason() -> None:
    payload, facts = typed_case(fx.ether_mail())
    assert facts.message is not None and facts.message.typed is not None
    typed = replace(facts.message.typed, disguised=("note one", "note two"))
    facts = replace(facts, message=replace(facts.message, typed=typed))
    verdict = judge(payload, facts, "alice", "bob", p=MAIL_POLICY)
    assert [r.message for r in verdict.refusals] == [
        "typed data: note one; it could move value under an innocent name",
        "typed data: note two; it could move value under an innocent name",
    ]


@pytest.mark.parametrize(
    ("chain", "scope", "refused"),
    [("ethereum", "1", True), ("ethereum", "5", False), ("bitcoin", "1", False)],
)
def test_a_token_s_own_contract_is_refused_only_on_that_token_s_chain(
    chain: str, scope: str, refused: bool
) -> None:
    """USDC's rule is for chain id 1: the same contract address elsewhere is another contract."""
    data = usdc_typed_data("Login", [("user", "string")], {"user": "ops"})
    rule = dict(example()["typed_data"][0], primary_types=["Login"])
    p = policy(typed_data=[rule])
    payload, facts = typed_case(data, p)
    facts = replace(facts, chain=chain, scope=scope)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert codes(verdict) == (["typed_data.token_contract"] if refused else [])


# --- typed data that moves value: a withdrawal in disguise -----------------------------------------


def permit(value: int = 1_000 * 10**6, **changes: Any) -> dict[str, Any]:
    """USDC's EIP-2612 permit by eth-treasury to the whitelisted exchange wallet."""
    data = fx.permit()
    data["message"].update({"owner": ETH, "spender": SPENDER, "value": str(value), **changes})
    return data


def permit_case(data: dict[str, Any] | None = None, p: Policy = POLICY) -> tuple[Payload, TxFacts]:
    return typed_case(permit() if data is None else data, p)


def test_a_permit_within_the_limits_signs_as_a_withdrawal_of_its_amount() -> None:
    payload, facts = permit_case()
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.ok and verdict.required_approvals == 2
    assert verdict.asset is not None and verdict.asset.symbol == "USDC"
    assert (verdict.amount, verdict.sent) == (1_000 * 10**6, 1_000 * 10**6)
    # charged to USDC's ledger key (velocity counts it); the fee asset's line is zero
    assert verdict.charges == (Charge("ETH@ethereum:1", 0), Charge(USDC_KEY, 1_000 * 10**6))
    assert verdict.digest == approval_digest(payload, facts.tx_material)
    assert verdict.spends == facts.spends and len(verdict.spends) == 1
    assert verdict == evaluate(approved(payload, facts, "alice", "bob"), facts, trusted(),
                               EmptyLedger(), now=NOW)  # fmt: skip


@pytest.mark.parametrize(
    ("usdc", "required"), [(100_000, 2), (100_001, 3)], ids=["at-tier", "above-tier"]
)
def test_a_permit_takes_the_asset_s_tier_when_it_asks_more(usdc: int, required: int) -> None:
    payload, facts = permit_case(permit(usdc * 10**6))
    verdict = judge(payload, facts, "alice", "bob")
    assert verdict.required_approvals == required
    assert verdict.refusals == (() if required == 2 else (too_few(2, 3),))
    assert judge(payload, facts, "alice", "bob", "carol").ok


def test_a_permit_takes_the_rule_s_approvals_when_it_asks_more() -> None:
    rule = dict(example()["typed_data"][0], approvals=3)
    p = policy(typed_data=[rule])
    payload, facts = permit_case(p=p)
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert verdict.required_approvals == 3 and verdict.refusals == (too_few(2, 3),)


def test_a_permit_short_of_approvals_is_refused_once_for_it() -> None:
    payload, facts = permit_case()
    verdict = judge(payload, facts, "alice")
    assert verdict.refusals == (too_few(1, 2),) and verdict.awaiting_approvals_only


def test_a_permit_to_a_spender_off_the_whitelist_is_refused() -> None:
    payload, facts = permit_case(permit(spender=fx.SPENDER))
    assert codes(judge(payload, facts, "alice", "bob")) == ["whitelist.not_listed"]


def test_a_permit_over_the_asset_cap_is_refused() -> None:
    payload, facts = permit_case(permit(250_001 * 10**6))
    verdict = judge(payload, facts, "alice", "bob", "carol")
    assert codes(verdict) == ["limit.per_tx"]


def test_a_permit_counts_against_the_asset_s_velocity() -> None:
    payload, facts = permit_case(permit(200_000 * 10**6))
    earlier = Ledger([LedgerEntry(1, "wd-1", "00" * 32, NOW - 3600,
                                  (Charge(USDC_KEY, 900_000 * 10**6),), (), ())])  # fmt: skip
    verdict = judge(payload, facts, "alice", "bob", "carol", ledger=earlier)
    assert codes(verdict) == ["limit.velocity"]


def test_a_permit_whose_domain_no_rule_lists_needs_no_count_of_approvals() -> None:
    """Refused by the typed-data rule: no quorum can make it signable, so none is asked for."""
    p = policy(typed_data=[dict(example()["typed_data"][0], domain={"name": "USD Coin"})])
    payload, facts = permit_case(p=p)
    verdict = judge(payload, facts, p=p)
    assert codes(verdict) == ["typed_data.domain"] and verdict.required_approvals is None


def test_a_permit_of_a_token_the_policy_has_no_asset_for_takes_the_rule_s_approvals() -> None:
    """No asset rule: the withdrawal checks refuse it and ask no quorum; the typed-data rule's
    quorum is still the one shown."""
    table = policy_table()
    table["assets"] = [a for a in table["assets"] if a["symbol"] != "USDC"]
    p = parse_policy(table)
    payload, facts = permit_case(p=p)
    verdict = judge(payload, facts, "alice", p=p)
    assert codes(verdict) == ["asset.no_rule", "approvals.too_few"]
    assert verdict.required_approvals == 2 and verdict.refusals[-1] == too_few(1, 2)


def test_a_permit_refused_by_both_the_asset_and_the_typed_data_rules_asks_no_quorum() -> None:
    table = policy_table(typed_data=[dict(example()["typed_data"][0], domain={"name": "USDC"})])
    table["assets"] = [a for a in table["assets"] if a["symbol"] != "USDC"]
    p = parse_policy(table)
    payload, facts = permit_case(p=p)
    verdict = judge(payload, facts, p=p)
    assert codes(verdict) == ["asset.no_rule", "typed_data.domain"]
    assert verdict.required_approvals is None


def value_case(**changes: Any) -> tuple[Payload, TxFacts]:
    """The permit's facts with its value-moving facts changed (what other shapes give)."""
    payload, facts = permit_case()
    m = facts.message
    assert m is not None and m.typed is not None and m.typed.value_moving is not None
    vm = replace(m.typed.value_moving, **changes)
    return payload, replace(facts, message=replace(m, typed=replace(m.typed, value_moving=vm)))


def refusals_of(**changes: Any) -> list[Reason]:
    payload, facts = value_case(**changes)
    return list(judge(payload, facts, "alice", "bob").refusals)


WHAT = "typed data (erc2612-permit)"


def movement(**changes: Any) -> MovementFacts:
    base = MovementFacts("erc20", USDC, 10**9, SPENDER, "allowance")
    return replace(base, **changes)


def test_what_the_decoder_could_not_read_is_refused() -> None:
    assert refusals_of(unknowns=("field x is unknown", "field y too")) == [
        Reason("typed_data.unknowns", f"{WHAT}: field x is unknown", field="message"),
        Reason("typed_data.unknowns", f"{WHAT}: field y too", field="message"),
    ]


@pytest.mark.parametrize(("chain_id", "refused"), [(1, False), (5, True), (None, True)])
def test_the_domain_chain_id_must_be_the_wallet_s(chain_id: int | None, refused: bool) -> None:
    reason = Reason("typed_data.chain_id", f"{WHAT}: the domain's chain id ({chain_id}) is not "
                    "the wallet's (1)", field="domain")  # fmt: skip
    assert refusals_of(chain_id=chain_id) == ([reason] if refused else [])


@pytest.mark.parametrize(
    ("owner", "owner_is_signer", "refused"),
    [
        (ETH, True, False),
        (ETH.lower(), True, False),
        (ETH.upper().replace("0X", "0x"), True, False),
        (fx.OWNER, True, True),
        (None, True, True),
        (fx.OWNER, False, False),
        (None, False, False),
    ],
    ids=["signer", "lower", "upper", "someone-else", "none", "not-an-owner-type", "no-owner"],
)
def test_a_permit_must_be_for_the_signer_s_own_tokens(
    owner: str | None, owner_is_signer: bool, refused: bool
) -> None:
    reason = Reason("typed_data.owner", f"{WHAT}: the owner ({owner}) is not the signing address "
                    f"{ETH}", field="owner")  # fmt: skip
    got = refusals_of(owner=owner, owner_is_signer=owner_is_signer)
    assert got == ([reason] if refused else [])


def test_a_permit_for_someone_else_s_tokens_is_refused_through_the_chain_module() -> None:
    payload, facts = permit_case(permit(owner=fx.OWNER))
    assert codes(judge(payload, facts, "alice", "bob")) == ["typed_data.owner"]


def test_typed_data_that_moves_nothing_readable_is_refused() -> None:
    got = refusals_of(movements=())
    assert got[-1] == Reason("typed_data.no_movement", f"{WHAT}: moves nothing coldsign can read")
    assert [r.code for r in got] == ["typed_data.no_movement"]


def test_a_second_movement_of_the_same_asset_is_one_asset() -> None:
    """Token addresses compare without case: a second movement of USDC written in lower case is
    the same asset."""
    two = (movement(), movement(token=USDC.lower(), amount=5))
    assert refusals_of(movements=two) == []


@pytest.mark.parametrize("count", [2, 3])
def test_movements_of_several_assets_are_refused(count: int) -> None:
    several = (movement(), movement(asset_kind="native", token=None), movement(token=fx.PERMIT2))
    got = refusals_of(movements=several[:count])
    assert got == [
        Reason("typed_data.multi_asset", f"{WHAT}: moves {count} different assets; sign one "
               "asset per message", field="message"),
    ]  # fmt: skip


@pytest.mark.parametrize(("kind", "refused"), [("native", False), ("erc20", False),
                                                ("erc721", True), ("erc1155", True)])  # fmt: skip
def test_only_fungible_movements_can_be_held_against_limits(kind: str, refused: bool) -> None:
    got = refusals_of(movements=(movement(asset_kind=kind),))
    reason = Reason("typed_data.asset_kind", f"{WHAT} movement 0: {kind} (NFTs) cannot be held "
                    "against an asset's limits")  # fmt: skip
    assert got == ([reason] if refused else [])


def test_a_movement_to_whoever_executes_it_is_refused_and_named_by_its_index() -> None:
    got = refusals_of(movements=(movement(), movement(counterparty=None, role="transfer")))
    assert got == [
        Reason("typed_data.counterparty", f"{WHAT} movement 1: the transfer goes to whoever "
               "executes it, not to a whitelisted address"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("amount", "code"),
    [(None, "typed_data.unbounded"), (UNLIMITED, "typed_data.unlimited"),
     (2**256 - 1, "typed_data.unlimited"), (UNLIMITED - 1, None)],
    ids=["unbounded", "uint160-max", "uint256-max", "just-below"],
)  # fmt: skip
def test_an_unbounded_or_unlimited_amount_is_refused(amount: int | None, code: str | None) -> None:
    got = refusals_of(movements=(movement(amount=amount),))
    expected = {
        None: [],
        "typed_data.unbounded": [Reason("typed_data.unbounded", f"{WHAT} movement 0: the amount "
                                        "is not bounded by the signature")],
        "typed_data.unlimited": [Reason("typed_data.unlimited", f"{WHAT} movement 0: an unlimited "
                                        f"allowance ({amount}); sign a bounded amount")],
    }[code]  # fmt: skip
    assert got == expected


def test_unlimited_is_permit2_s_uint160_maximum() -> None:
    assert UNLIMITED == 2**160 - 1


def test_an_unlimited_permit_is_refused_through_the_chain_module() -> None:
    payload, facts = permit_case(permit(2**256 - 1))
    verdict = judge(payload, facts, "alice", "bob", "carol")
    assert "typed_data.unlimited" in codes(verdict)


def test_a_token_s_own_contract_is_found_whatever_the_case_of_the_domain_address() -> None:
    """The policy compares addresses case-blind on both sides: facts carrying the EIP-55 form of
    USDC's contract (another chain module, or a later change) are still its own contract."""
    data = usdc_typed_data("Login", [("user", "string")], {"user": "ops"})
    rule = dict(example()["typed_data"][0], primary_types=["Login"])
    p = policy(typed_data=[rule])
    payload, facts = typed_case(data, p)
    assert facts.message is not None and facts.message.typed is not None
    typed = facts.message.typed
    domain = tuple(
        (k, "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48" if k == "verifyingContract" else v)
        for k, v in typed.domain
    )
    facts = replace(facts, message=replace(facts.message, typed=replace(typed, domain=domain)))
    verdict = judge(payload, facts, "alice", "bob", p=p)
    assert "typed_data.token_contract" in codes(verdict)
