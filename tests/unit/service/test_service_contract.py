"""The signing service's contract, field by field (issue 17.4): what the signed record holds for
Bitcoin, EVM and message payloads, what every refusal and failure records, the clock and head
checks at their limits, and the lifecycle functions (new payload, initiate, approve, combine,
documents) with their exact refusals.

The custody set-up is `tests/unit/service/test_signing.py`'s (real role keys, signed documents,
a pinned home in tmp_path); the EVM and message sections are the CLI tests' policy texts.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coldsign import chains
from coldsign.chains.evm.build import EvmRequest, build_evm_tx
from coldsign.chains.evm.tx import encode_unsigned
from coldsign.codec.bip32 import parse_path
from coldsign.codec.message_request import MessageFormat, MessageRequest, serialize_message_request
from coldsign.codec.payload import Payload, serialize_payload
from coldsign.codec.script import address_from_script
from coldsign.errors import (
    AuthenticationError,
    Cancelled,
    PolicyViolation,
    Reason,
    TransportError,
)
from coldsign.home.signer_home import LOCK_NAME, SignerHome
from coldsign.keys.rolekey import Role, generate_role_key
from coldsign.keys.secrets import Seed
from coldsign.policy.documents import DocumentKind
from coldsign.policy.trust import manifest_from_bytes, policy_from_bytes
from coldsign.service.payloads import (
    NewPayload,
    approval_refusals,
    approve,
    combine,
    finalize,
    home_documents,
    initiate,
    judge,
    new_payload,
    trusted_documents,
)
from coldsign.service.signing import sign
from coldsign.service.withdrawal import Review
from coldsign.units import Network
from tests.cli.guarded.conftest import (
    HOT_WALLET,
    policy_toml,
    spk_at,
    whitelist_toml,
    wpkh_descriptor,
)
from tests.cli.guarded.messages_setup import BTC_PATH, MESSAGE_POLICY
from tests.cli.guarded.test_evm import BENEFICIARY, EVM_POLICY, EVM_WHITELIST, SENDER
from tests.unit.service.test_signing import (
    NOW,
    Custody,
    custody,
    last,
    payload,
    records,
    run,
    seed,
    signed,
)

__all__ = ["custody"]  # the fixture, imported for pytest


def address_at(c: Custody, branch: int, index: int) -> str:
    address = address_from_script(bytes.fromhex(spk_at(c.descriptor, branch, index)),
                                  Network.TESTNET)  # fmt: skip
    assert address is not None
    return address


@pytest.fixture
def wide(tmp_path: Path) -> Custody:
    """The custody set-up with the EVM wallet and assets and the message rules as well."""
    keys = {n: generate_role_key(Role.ADMIN, n) for n in ("a1", "a2", "a3")}
    keys |= {n: generate_role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol")}
    keys["ivan"] = generate_role_key(Role.INITIATOR, "ivan")
    pubs = {n: k.public_key.hex() for n, k in keys.items()}
    descriptor = wpkh_descriptor()
    initiators = f'[initiators]\nmembers = [ {{ name = "ivan", key = "{pubs["ivan"]}" }} ]\n'
    text = policy_toml(pubs, descriptor, extra=initiators) + EVM_POLICY + MESSAGE_POLICY
    policy = policy_from_bytes(text.encode(), chains.SPECS)
    policy = replace(policy, document=signed(policy.document, [keys["a1"], keys["a2"]]))
    whitelist = manifest_from_bytes(
        (whitelist_toml() + EVM_WHITELIST).encode(), DocumentKind.WHITELIST, chains.SPECS
    )
    whitelist = replace(whitelist, document=signed(whitelist.document, [keys["a1"], keys["a3"]]))
    c = Custody(tmp_path, tmp_path / "home", descriptor, keys, policy, whitelist)
    with SignerHome.open(c.home, chains.SPECS, create=True, clock=c.clock()) as home:  # type: ignore[arg-type]
        home.pin_policy(policy, now=NOW, confirm_first=lambda: None)
        home.import_manifest(whitelist, now=NOW)
    return c


def approved(c: Custody, request: NewPayload, *approvers: str) -> Payload:
    trusted = c.trusted
    p = initiate(new_payload(request, trusted), c.keys["ivan"], trusted, now=NOW)
    for who in approvers:
        p = approve(judge(p, trusted, now=NOW), c.keys[who])
    return p


def details(record: dict[str, object]) -> dict[str, object]:
    d = record["details"]
    assert isinstance(d, dict)
    return d


# --- sign: the record of a signature ---------------------------------------------------------


def test_the_signed_record_holds_every_ledger_field(custody: Custody) -> None:
    first = run(custody, payload(custody, "rec-0")).payload  # type: ignore[attr-defined]
    head = first.signer_head.hex()
    p = payload(custody, "rec-1", tag="rec-1")
    p = replace(p, expected_head=first.signer_head, approvals=(), initiator_signature=None)
    p = initiate(p, custody.keys["ivan"], custody.trusted, now=NOW)
    for who in ("alice", "bob"):
        p = approve(judge(p, custody.trusted, now=NOW), custody.keys[who])
    confirmed: list[Review] = []
    asked: list[Review] = []

    def load(rv: Review) -> Seed:
        asked.append(rv)
        return seed()

    outcome = run(custody, p, confirm=confirmed.append, load=load)
    record = last(custody)
    d = details(record)
    assert confirmed == asked and len(asked) == 1
    rv = asked[0]
    # The outcome carries the verdict the operator confirmed, not the review: the analysis is
    # dropped before signing (issue 16).
    assert outcome.verdict is rv.verdict  # type: ignore[attr-defined]
    assert serialize_payload(rv.payload) == serialize_payload(p) and rv.verdict.ok
    assert outcome.audit_head == record["hash"]  # type: ignore[attr-defined]
    amount = 5_000_000 + int(str(d["fee"]))
    assert sorted(d.pop("approvers")) == ["alice", "bob"]  # type: ignore[call-overload]
    assert d == {
        "kind": "withdrawal",
        "chain": "bitcoin",
        "scope": "testnet",
        "asset": "BTC",
        "amount": str(amount),
        "fee": str(rv.verdict.fee),
        "charges": [f"BTC@bitcoin:testnet={amount}"],
        "totals": [f"BTC@bitcoin:testnet={amount}"],
        "spends": list(rv.facts.spends),
        "replaces": None,
        "txid": rv.chain.txid,
        "inputs_signed": 1,
        "initiator": "ivan",
        "expected_head": head,
        "re_release": False,
        "change": [address_at(custody, 1, 0)],
    }
    assert finalize(outcome.payload).txid == rv.chain.txid  # type: ignore[attr-defined]


def evm_payload(c: Custody, wid: str, *approvers: str, nonce: int = 7) -> Payload:
    request = EvmRequest(chain_id=1, from_path="m/44'/60'/0'/0/0", from_address=None,
                         to=BENEFICIARY, value="0.5eth", token=None, amount=None, nonce=nonce,
                         gas_limit=21_000, max_fee_per_gas="40gwei",
                         max_priority_fee_per_gas="1.5gwei")  # fmt: skip
    sender, tx = build_evm_tx(c.trusted.policy, request)
    assert sender.checksummed == SENDER
    new = NewPayload("ethereum", encode_unsigned(tx), wid, "ivan", NOW, 86_400, chain_id=1,
                     sender=sender.raw, memo="rent", request_id=b"\x07" * 16)  # fmt: skip
    p = approved(c, new, *approvers)
    assert (p.chain_id, p.sender, p.network, p.memo, p.request_id) == (
        1, sender.raw, None, "rent", b"\x07" * 16,
    )  # fmt: skip
    return p


def test_an_evm_withdrawal_is_recorded_with_its_nonce(wide: Custody) -> None:
    p = evm_payload(wide, "evm-1", "alice", "bob")
    outcome = run(wide, p)
    d = details(last(wide))
    assert (d["kind"], d["chain"], d["scope"], d["asset"], d["inputs_signed"]) == (
        "withdrawal", "ethereum", "1", "ETH", 1,
    )  # fmt: skip
    fee = int(str(d["fee"]))
    assert d["amount"] == str(5 * 10**17 + fee) and fee == 21_000 * 40 * 10**9
    assert d["change"] == []
    assert outcome.inputs_signed == 1  # type: ignore[attr-defined]


def test_a_message_signature_records_what_was_signed(wide: Custody) -> None:
    address = address_at(wide, 0, 0)
    text = b"Travel rule: originator ACME, 0.5 BTC"
    request = MessageRequest(MessageFormat.BIP322_SIMPLE, address, parse_path(BTC_PATH), text)
    new = NewPayload("bitcoin", serialize_message_request(request), "msg-1", "ivan", NOW,
                     86_400, network="testnet", kind="message")  # fmt: skip
    p = approved(wide, new, "alice", "bob")
    run(wide, p)
    d = details(last(wide))
    signed_keys = {k: v for k, v in d.items() if k.startswith("signed_")}
    assert signed_keys == {
        "signed_format": "bip322-simple",
        "signed_address": address,
        "signed_path": BTC_PATH,
        "signed_wallet": "treasury",
        "signed_message_sha256": hashlib.sha256(text).hexdigest(),
        "signed_signing_hash": None,
        "signed_primary_type": None,
        "signed_challenge": None,
        "signed_total_sat": None,
    }
    assert (d["kind"], d["asset"], d["amount"]) == ("message", None, "0")


# --- sign: refusals and failures are recorded ------------------------------------------------


def test_an_interrupt_is_recorded_as_a_decline(custody: Custody) -> None:
    p = payload(custody, "ctrl-c")

    def interrupt(rv: Review) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(custody, p, confirm=interrupt)
    record = last(custody)
    assert (record["decision"], record["withdrawal_id"], record["reasons"]) == (
        "declined", "ctrl-c", ["interrupted"],
    )  # fmt: skip
    assert details(record) == {"exit_code": 6, "codes": ["cancelled.unspecified"]}
    assert record["digest"] == judge(p, custody.trusted, now=NOW).verdict.digest.hex()


def test_an_internal_error_is_recorded_with_the_withdrawal(custody: Custody) -> None:
    p = payload(custody, "bug")

    def bug(rv: Review) -> Seed:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        run(custody, p, load=bug)
    record = last(custody)
    assert (record["decision"], record["withdrawal_id"], record["reasons"]) == (
        "failed", "bug", ["internal error (ZeroDivisionError); nothing was signed"],
    )  # fmt: skip
    assert record["digest"] == judge(p, custody.trusted, now=NOW).verdict.digest.hex()
    assert details(record) == {"exit_code": 1}


def test_a_decline_records_its_reason(custody: Custody) -> None:
    def decline(rv: Review) -> None:
        raise Cancelled("the operator said no")

    with pytest.raises(Cancelled):
        run(custody, payload(custody, "no"), confirm=decline)
    record = last(custody)
    assert (record["decision"], record["reasons"]) == ("declined", ["the operator said no"])
    assert details(record) == {"exit_code": 6, "codes": ["cancelled.unspecified"]}


def test_a_busy_home_says_so_and_waits(custody: Custody) -> None:
    fd = os.open(custody.home / LOCK_NAME, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    waited: list[bool] = []

    def waiting() -> None:  # the other run finishes while we wait
        waited.append(True)
        fcntl.flock(fd, fcntl.LOCK_UN)

    data = serialize_payload(payload(custody, "busy"))
    try:
        sign(custody.home, lambda: data, lambda rv: None, lambda rv: seed(),
             clock=custody.clock(), waiting=waiting)  # type: ignore[arg-type]  # fmt: skip
    finally:
        os.close(fd)
    assert waited == [True]
    assert last(custody)["decision"] == "signed"


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local zone is not UTC (the messages must show UTC anyway)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("behind", "refused"), [(299, False), (300, False), (301, True)])
def test_the_clock_may_lag_the_last_signature_by_the_skew_only(
    custody: Custody, behind: int, refused: bool, new_york: None
) -> None:
    run(custody, payload(custody, "c-0"))
    custody.clock_now[0] = NOW - behind
    p = payload(custody, "c-1")
    if not refused:
        run(custody, p)
        assert last(custody)["decision"] == "signed"
        return
    with pytest.raises(TransportError) as info:
        run(custody, p)
    assert str(info.value) == (
        "the clock reads 2030-03-17 17:41:39Z, before the last signature in the audit log "
        "(2030-03-17 17:46:40Z); set the clock right before signing"
    )


def test_a_rolled_back_home_is_named_with_both_heads(custody: Custody) -> None:
    run(custody, payload(custody, "rb-0"))
    expected = bytes(range(32))
    p = payload(custody, "rb-1", tag="rb-1")
    p = replace(p, expected_head=expected, approvals=(), initiator_signature=None)
    p = initiate(p, custody.keys["ivan"], custody.trusted, now=NOW)
    for who in ("alice", "bob"):
        p = approve(judge(p, custody.trusted, now=NOW), custody.keys[who])
    head = str(last(custody)["hash"])
    with pytest.raises(AuthenticationError) as info:
        run(custody, p)
    assert info.value.details() == [
        Reason(
            "home.rolled_back",
            f"expected_head: the payload was built after signer audit head {expected.hex()[:16]}…, "
            f"which is not in this signer's log (head {head[:16]}…): the home was rolled back "
            "or replaced",
            field="expected_head",
        )
    ]


# --- the lifecycle functions ------------------------------------------------------------------


def test_new_payload_binds_every_field_and_needs_a_whitelist(custody: Custody) -> None:
    p = payload(custody, "np", approvers=(), initiator=False)
    request = NewPayload("bitcoin", p.transaction, "np-2", "ivan", NOW, 600, memo="m",
                         network="testnet", expected_head=b"\x01" * 32, replaces="np",
                         request_id=b"\x02" * 16)  # fmt: skip
    made = new_payload(request, custody.trusted)
    assert made == Payload(
        chain="bitcoin", network="testnet", withdrawal_id="np-2", created=NOW, expires=NOW + 600,
        initiator="ivan", memo="m", policy_hash=bytes.fromhex(custody.policy.document.hash),
        whitelist_hash=bytes.fromhex(custody.whitelist.document.hash), denylist_hash=None,
        transaction=p.transaction, expected_head=b"\x01" * 32, replaces="np",
        request_id=b"\x02" * 16,
    )  # fmt: skip
    with pytest.raises(AuthenticationError) as info:
        new_payload(request, replace(custody.trusted, whitelist=None, whitelist_hash=None))
    assert info.value.reasons() == ["no whitelist to bind the withdrawal to"]


def test_documents_from_files_carry_the_denylist(custody: Custody) -> None:
    text = (
        'version = 1\nexpires = "2099-01-01T00:00:00Z"\n\n[[entries]]\nchain = "bitcoin"\n'
        f'network = "testnet"\naddress = "{HOT_WALLET}"\nlabel = "mixer"\n'
    )
    deny = manifest_from_bytes(text.encode(), DocumentKind.DENYLIST, chains.SPECS)
    deny = replace(deny, document=signed(deny.document, [custody.keys["a1"], custody.keys["a3"]]))
    t = trusted_documents(custody.policy, None, deny, now=NOW)
    assert (t.whitelist, t.whitelist_hash) == (None, None)
    assert (t.denylist, t.denylist_hash) == (deny.manifest, deny.document.hash)
    t = trusted_documents(custody.policy, custody.whitelist, deny, now=NOW)
    assert (t.whitelist, t.whitelist_hash) == (custody.whitelist.manifest,
                                               custody.whitelist.document.hash)  # fmt: skip
    made = new_payload(
        NewPayload("bitcoin", payload(custody, "d").transaction, "d-2", "ivan", NOW, 600,
                   network="testnet"), t,
    )  # fmt: skip
    assert made.denylist_hash == bytes.fromhex(deny.document.hash)


def test_home_documents_are_the_pinned_ones(custody: Custody) -> None:
    t = home_documents(custody.home)
    assert (t.policy_hash, t.whitelist_hash, t.denylist_hash) == (
        custody.policy.document.hash, custody.whitelist.document.hash, None,
    )  # fmt: skip
    assert t.policy == custody.policy.policy and t.whitelist == custody.whitelist.manifest


def test_initiate_refuses_a_key_that_is_not_the_initiator(custody: Custody) -> None:
    p = payload(custody, "init", approvers=(), initiator=False)
    with pytest.raises(AuthenticationError) as info:
        initiate(p, custody.keys["alice"], custody.trusted, now=NOW)
    assert info.value.reasons() == ["alice's key is not an initiator in the policy"]
    with pytest.raises(AuthenticationError) as info:
        initiate(replace(p, initiator="eve"), custody.keys["ivan"], custody.trusted, now=NOW)
    assert info.value.reasons() == ["--initiator 'eve' is not the key's member name 'ivan'"]


def test_approval_refusals_name_each_problem(custody: Custody) -> None:
    p = payload(custody, "ar", approvers=())
    rv = judge(p, custody.trusted, now=NOW)
    assert approval_refusals(rv, custody.keys["alice"].public_key) == []
    assert approval_refusals(rv, custody.keys["mallory"].public_key) == [
        Reason("approval.unknown_key", "this key is not an approver in the policy")
    ]
    # The initiator may not approve: a policy refusal (exit 4), not an authentication one.
    own = judge(replace(p, initiator="alice", initiator_signature=None), custody.trusted, now=NOW)
    own_reason = Reason(
        "approval.self_approval",
        "alice initiated this withdrawal: the initiator may not approve their own withdrawal",
        approver="alice",
    )
    with pytest.raises(AuthenticationError):  # the missing initiator signature is not binding
        judge(own.payload, custody.trusted, now=NOW).verdict.enforce()
    assert approval_refusals(own, custody.keys["alice"].public_key) == [own_reason]
    with pytest.raises(PolicyViolation) as info:
        approve(own, custody.keys["alice"])
    assert info.value.details() == [own_reason]
    # A payload made for another policy: the binding problem is named first.
    other = judge(replace(p, policy_hash=bytes(32)), custody.trusted, now=NOW)
    reasons = approval_refusals(other, custody.keys["alice"].public_key)
    assert [r.code for r in reasons] == ["binding.policy"]
    with pytest.raises(AuthenticationError):
        approve(other, custody.keys["alice"])
    both = judge(replace(own.payload, policy_hash=bytes(32)), custody.trusted, now=NOW)
    with pytest.raises(AuthenticationError) as auth:
        approve(both, custody.keys["alice"])
    assert [r.code for r in auth.value.details()] == ["binding.policy", "approval.self_approval"]


def test_combine_takes_the_signed_copy_and_the_last_head(custody: Custody) -> None:
    base = payload(custody, "cb", approvers=())
    a = approve(judge(base, custody.trusted, now=NOW), custody.keys["alice"])
    b = approve(judge(base, custody.trusted, now=NOW), custody.keys["bob"])
    out = run(custody, combine([a, b], ["a", "b"])).payload  # type: ignore[attr-defined]
    # The signer's copy carries the signed transaction and the head; an approver's copy neither.
    merged = combine([a, out, b], ["a", "out", "b"])
    assert merged.transaction == out.transaction != a.transaction
    assert merged.signed_transaction == out.signed_transaction
    assert merged.signer_head == out.signer_head
    assert sorted(x.public_key for x in merged.approvals) == sorted(
        custody.keys[n].public_key for n in ("alice", "bob")
    )
    assert finalize(merged).txid == finalize(out).txid
    later = replace(out, signer_head=b"\x09" * 32)
    assert combine([out, later], ["out", "later"]).signer_head == b"\x09" * 32
    assert combine([later, out], ["later", "out"]).signer_head == out.signer_head
    latest = replace(out, signer_head=b"\x0a" * 32)
    assert combine([out, later, latest], ["1", "2", "3"]).signer_head == b"\x0a" * 32
    with pytest.raises(ValueError):  # every copy is named and checked
        combine([a, b, replace(b, withdrawal_id="x")], ["a", "b"])
    with pytest.raises(AuthenticationError) as info:
        combine([a, replace(b, memo="other"), b], ["a", "m", "b"])
    assert info.value.reasons() == ["m: a different withdrawal (id, metadata or bindings differ)"]


def test_the_asset_symbol_comes_from_the_verdict(custody: Custody) -> None:
    run(custody, payload(custody, "sym", f"{HOT_WALLET}:0.01"))
    assert details(last(custody))["asset"] == "BTC"
    assert len([r for r in records(custody) if r["decision"] == "signed"]) == 1


def test_combine_carries_an_evm_signed_transaction_and_refuses_two(wide: Custody) -> None:
    base = evm_payload(wide, "evm-c", "alice")
    b = approve(judge(base, wide.trusted, now=NOW), wide.keys["bob"])
    out = run(wide, b).payload  # type: ignore[attr-defined]
    assert out.signed_transaction is not None
    merged = combine([base, out], ["base", "out"])
    assert merged.signed_transaction == out.signed_transaction
    assert merged.signer_head == out.signer_head
    assert finalize(merged).raw == finalize(out).raw
    forged = replace(out, signed_transaction=out.signed_transaction[:-1] + b"\x00")
    with pytest.raises(AuthenticationError) as info:
        combine([out, forged], ["out", "forged"])
    assert info.value.reasons() == ["the copies carry different signed transactions"]
