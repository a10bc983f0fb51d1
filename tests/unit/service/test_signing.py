"""The signing service driven in process (issue 11.1): design.md §3 without the CLI.

A custody set-up is made in memory (role keys, signed policy and whitelist, a pinned home), and
`coldsign.service.signing.sign` is called with callbacks for the operator's confirmation and the
seed, as the CLI does. Every outcome is checked in the audit log the home keeps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

import pytest

from coldsign import chains
from coldsign.chains.bitcoin.build import (
    build_psbt,
    parse_previous_txs,
    parse_recipient,
    parse_utxos,
)
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.payload import Payload, serialize_payload
from coldsign.errors import (
    AuthenticationError,
    Cancelled,
    DecodeError,
    PolicyViolation,
    TransportError,
)
from coldsign.home.signer_home import SignerHome
from coldsign.keys.rolekey import Role, RoleKey, generate_role_key, schnorr_sign
from coldsign.keys.secrets import Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.policy.checks import Trusted
from coldsign.policy.documents import DocumentKind, DocumentSignature, SignedDocument
from coldsign.policy.trust import (
    TrustedManifest,
    TrustedPolicy,
    manifest_from_bytes,
    policy_from_bytes,
)
from coldsign.service.payloads import (
    NewPayload,
    approve,
    combine,
    finalize,
    initiate,
    judge,
    new_payload,
    on_home,
    trusted_documents,
)
from coldsign.service.signing import sign
from coldsign.service.withdrawal import Review
from coldsign.units import Network
from tests.cli.guarded.conftest import (
    HOT_WALLET,
    MNEMONIC,
    NOT_WHITELISTED,
    funding_txs,
    policy_toml,
    utxo_json,
    whitelist_toml,
    wpkh_descriptor,
)

NOW = 1_900_000_000


@dataclass
class Custody:
    root: Path
    home: Path
    descriptor: str
    keys: dict[str, RoleKey]
    policy: TrustedPolicy
    whitelist: TrustedManifest
    clock_now: list[int] = field(default_factory=lambda: [NOW])

    @property
    def trusted(self) -> Trusted:
        return trusted_documents(self.policy, self.whitelist, None, now=self.clock_now[0])

    def clock(self) -> object:
        from datetime import UTC, datetime

        return lambda: datetime.fromtimestamp(self.clock_now[0], UTC)


def signed(doc: SignedDocument, keys: list[RoleKey]) -> SignedDocument:
    for key in keys:
        doc = doc.with_signature(
            DocumentSignature(key.name, key.public_key, schnorr_sign(key, doc.message()))
        )
    return doc


@pytest.fixture
def custody(tmp_path: Path) -> Custody:
    keys = {n: generate_role_key(Role.ADMIN, n) for n in ("a1", "a2", "a3")}
    keys |= {n: generate_role_key(Role.APPROVER, n) for n in ("alice", "bob", "carol", "mallory")}
    keys["ivan"] = generate_role_key(Role.INITIATOR, "ivan")
    pubs = {n: k.public_key.hex() for n, k in keys.items()}
    descriptor = wpkh_descriptor()
    initiators = f'[initiators]\nmembers = [ {{ name = "ivan", key = "{pubs["ivan"]}" }} ]\n'
    policy = policy_from_bytes(
        policy_toml(pubs, descriptor, extra=initiators).encode(), chains.SPECS
    )
    policy = replace(policy, document=signed(policy.document, [keys["a1"], keys["a2"]]))
    whitelist = manifest_from_bytes(whitelist_toml().encode(), DocumentKind.WHITELIST, chains.SPECS)
    whitelist = replace(whitelist, document=signed(whitelist.document, [keys["a1"], keys["a3"]]))
    c = Custody(tmp_path, tmp_path / "home", descriptor, keys, policy, whitelist)
    with SignerHome.open(c.home, chains.SPECS, create=True, clock=c.clock()) as home:  # type: ignore[arg-type]
        assert home.pin_policy(policy, now=NOW, confirm_first=lambda: None) == "pinned"
        assert home.import_manifest(whitelist, now=NOW) == "imported"
    return c


def payload(c: Custody, wid: str, to: str = f"{HOT_WALLET}:0.05", *, tag: str | None = None,
            approvers: tuple[str, ...] = ("alice", "bob"), initiator: bool = True,
            funding: tuple[str, ...] = ("0.3",), replaces: str | None = None) -> Payload:  # fmt: skip
    wallet = Wallet.from_descriptor(c.descriptor, Network.TESTNET)
    amounts = list(funding)
    utxos = parse_utxos(utxo_json(c.descriptor, amounts, tag or wid).encode(), wallet)
    previous = parse_previous_txs(
        "\n".join(
            t.serialize().hex() for t in funding_txs(c.descriptor, amounts, tag or wid)
        ).encode()
    )
    psbt = build_psbt(wallet, utxos, [parse_recipient(to, Network.TESTNET)], fee_rate=Decimal(2),
                      change_index=0, previous=previous)  # fmt: skip
    trusted = c.trusted
    p = new_payload(
        NewPayload("bitcoin", psbt.serialize(), wid, "ivan", NOW, 86_400, network="testnet",
                   replaces=replaces),
        trusted,
    )  # fmt: skip
    if initiator:
        p = initiate(p, c.keys["ivan"], trusted, now=NOW)
    for who in approvers:
        p = approve(judge(p, trusted, now=NOW), c.keys[who])
    return p


def seed() -> Seed:
    return seed_from_mnemonic(mnemonic_from_text(MNEMONIC), None)


def run(c: Custody, p: Payload | bytes, *, confirm: object = None, load: object = None) -> object:
    data = p if isinstance(p, bytes) else serialize_payload(p)
    shown: list[Review] = []

    def default_confirm(rv: Review) -> None:
        shown.append(rv)

    return sign(
        c.home,
        lambda: data,
        confirm or default_confirm,  # type: ignore[arg-type]
        load or (lambda rv: seed()),  # type: ignore[arg-type]
        clock=c.clock(),  # type: ignore[arg-type]
    )


def records(c: Custody) -> list[dict[str, object]]:
    return [json.loads(x) for x in (c.home / "audit.jsonl").read_text().splitlines()]


def last(c: Custody) -> dict[str, object]:
    return records(c)[-1]


# --- signing -------------------------------------------------------------------------------------


def test_a_withdrawal_signs_and_its_record_is_the_ledger_entry(custody: Custody) -> None:
    p = payload(custody, "ok-1")
    outcome = run(custody, p)
    assert outcome.inputs_signed == 1  # type: ignore[attr-defined]
    signed_payload = outcome.payload  # type: ignore[attr-defined]
    assert signed_payload.signer_head == bytes.fromhex(last(custody)["hash"])  # type: ignore[arg-type]
    record = last(custody)
    assert (record["event"], record["decision"], record["withdrawal_id"]) == (
        "sign",
        "signed",
        "ok-1",
    )
    details = record["details"]
    assert isinstance(details, dict)
    amount = int(details["amount"])
    assert details["charges"] == details["totals"] == [f"BTC@bitcoin:testnet={amount}"]
    assert amount == 5_000_000 + int(details["fee"])
    assert len(details["spends"]) == 1 and details["spends"][0].startswith("bitcoin:testnet:")
    assert details["initiator"] == "ivan" and sorted(details["approvers"]) == ["alice", "bob"]
    final = finalize(signed_payload)
    assert final.txid == details["txid"]


def test_the_review_is_released_before_signing(
    custody: Custody, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: the review's analysis (an object per input) is not held while the signer
    builds its output; the outcome carries the verdict the operator confirmed."""
    import weakref

    from coldsign.chains.bitcoin.module import BitcoinModule

    shown: list[weakref.ref[Review]] = []
    alive_at_signing: list[bool] = []
    real_sign = BitcoinModule.sign

    def sign_and_look(self: BitcoinModule, *args: object) -> object:
        alive_at_signing.append(shown[0]() is not None)
        return real_sign(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(BitcoinModule, "sign", sign_and_look)
    verdicts = []

    def confirm(rv: Review) -> None:
        shown.append(weakref.ref(rv))
        verdicts.append(rv.verdict)

    outcome = run(custody, payload(custody, "released"), confirm=confirm)
    assert alive_at_signing == [False]
    assert outcome.verdict is verdicts[0] and outcome.verdict.ok  # type: ignore[attr-defined]
    assert last(custody)["details"]["txid"] == finalize(outcome.payload).txid  # type: ignore[attr-defined, index]


def test_the_same_content_again_is_released_and_counted_once(custody: Custody) -> None:
    p = payload(custody, "again")
    run(custody, p)
    run(custody, p)
    signed_records = [r for r in records(custody) if r["decision"] == "signed"]
    assert [r["details"]["re_release"] for r in signed_records] == [False, True]  # type: ignore[index]
    with SignerHome.open(custody.home, chains.SPECS, clock=custody.clock()) as home:  # type: ignore[arg-type]
        charged = home.ledger.charged_since("BTC@bitcoin:testnet", 0, "other")
    assert charged == int(signed_records[0]["details"]["amount"])  # type: ignore[index]


def test_velocity_counts_earlier_signatures_in_the_window(custody: Custody) -> None:
    for i in range(2):
        run(custody, payload(custody, f"v-{i}", f"{HOT_WALLET}:0.45", funding=("0.46",),
                             approvers=("alice", "bob", "carol")))  # fmt: skip
    with pytest.raises(PolicyViolation) as info:
        run(custody, payload(custody, "v-2", f"{HOT_WALLET}:0.45", funding=("0.46",),
                             approvers=("alice", "bob", "carol")))  # fmt: skip
    assert "limit.velocity" in {r.code for r in info.value.details()}
    # A day later the window has moved on.
    custody.clock_now[0] += 86_401
    with pytest.raises(PolicyViolation) as info:  # the approvals have expired meanwhile
        run(custody, payload(custody, "v-3", f"{HOT_WALLET}:0.45", funding=("0.46",),
                             approvers=("alice", "bob", "carol")))  # fmt: skip
    codes = {r.code for r in info.value.details()}
    assert "limit.velocity" not in codes and "approval.expired" in codes


def test_every_refusal_is_recorded_with_its_codes(custody: Custody) -> None:
    p = payload(custody, "bad-dest", f"{NOT_WHITELISTED}:0.05", approvers=("alice",))
    with pytest.raises(PolicyViolation) as info:
        run(custody, p)
    codes = {r.code for r in info.value.details()}
    assert codes == {"whitelist.not_listed", "approvals.too_few"}
    record = last(custody)
    assert (record["decision"], record["withdrawal_id"]) == ("refused", "bad-dest")
    assert set(record["details"]["codes"]) == codes  # type: ignore[index]
    assert record["details"]["exit_code"] == 4  # type: ignore[index]
    assert record["digest"] is not None


def test_a_decline_a_seed_failure_and_an_internal_error_are_recorded(custody: Custody) -> None:
    p = payload(custody, "dec")

    def decline(rv: Review) -> None:
        raise Cancelled("declined")

    with pytest.raises(Cancelled):
        run(custody, p, confirm=decline)
    assert last(custody)["decision"] == "declined"

    def bad_seed(rv: Review) -> Seed:
        raise DecodeError("mnemonic", "word 3 is not in the BIP-39 list")

    with pytest.raises(DecodeError):
        run(custody, p, load=bad_seed)
    assert (last(custody)["decision"], last(custody)["details"]["exit_code"]) == ("refused", 3)  # type: ignore[index]

    def bug(rv: Review) -> Seed:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        run(custody, p, load=bug)
    assert last(custody)["decision"] == "failed"
    assert "ZeroDivisionError" in last(custody)["reasons"][0]  # type: ignore[index]
    assert not [r for r in records(custody) if r["decision"] == "signed"]


def test_an_unreadable_input_is_recorded(custody: Custody) -> None:
    def unreadable() -> bytes:
        raise TransportError("cannot read the USB stick")

    with pytest.raises(TransportError):
        sign(custody.home, unreadable, lambda rv: None, lambda rv: seed(), clock=custody.clock())  # type: ignore[arg-type]
    assert (last(custody)["decision"], last(custody)["details"]["exit_code"]) == ("refused", 7)  # type: ignore[index]
    with pytest.raises(DecodeError):
        run(custody, b"csgn\xff\x00")
    assert last(custody)["details"]["exit_code"] == 3  # type: ignore[index]


def test_another_seed_is_caught_before_signing(custody: Custody) -> None:
    p = payload(custody, "wrong-seed")
    other = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    with pytest.raises(AuthenticationError) as info:
        run(custody, p, load=lambda rv: seed_from_mnemonic(mnemonic_from_text(other), None))
    assert "73c5da0a" in str(info.value)
    assert last(custody)["decision"] == "refused"


def test_initiator_signature_is_required_and_bound(custody: Custody) -> None:
    with pytest.raises(AuthenticationError) as info:
        run(custody, payload(custody, "no-init", initiator=False))
    assert "initiator.unsigned" in {r.code for r in info.value.details()}
    p = payload(custody, "renamed")
    with pytest.raises(AuthenticationError) as info:
        run(custody, replace(p, memo="changed after signing"))
    codes = {r.code for r in info.value.details()}
    assert "initiator.bad_signature" in codes and "approval.bad_signature" in codes


def test_a_clock_behind_the_last_signature_is_refused(custody: Custody) -> None:
    run(custody, payload(custody, "t-1"))
    custody.clock_now[0] -= 3600
    with pytest.raises(TransportError) as info:
        run(custody, payload(custody, "t-2"))
    assert "before the last signature" in str(info.value)


def test_an_expected_head_outside_the_log_is_refused(custody: Custody) -> None:
    first = run(custody, payload(custody, "h-1")).payload  # type: ignore[attr-defined]
    p = payload(custody, "h-2")
    ok = replace(p, expected_head=first.signer_head)
    trusted = custody.trusted
    ok = approve(judge(approve(judge(replace(ok, approvals=()), trusted, now=NOW), custody.keys["alice"]), trusted, now=NOW), custody.keys["bob"])  # fmt: skip
    ok = initiate(ok, custody.keys["ivan"], trusted, now=NOW)
    run(custody, ok)
    bad = replace(ok, expected_head=bytes(31) + b"\x01", approvals=(), initiator_signature=None)
    bad = initiate(bad, custody.keys["ivan"], trusted, now=NOW)
    for who in ("alice", "bob"):
        bad = approve(judge(bad, trusted, now=NOW), custody.keys[who])
    with pytest.raises(AuthenticationError) as info:
        run(custody, bad)
    assert "home.rolled_back" in {r.code for r in info.value.details()}


def test_a_foreign_payload_is_nothing_to_sign_or_refused(custody: Custody) -> None:
    with pytest.raises(PolicyViolation):
        run(custody, payload(custody, "few", approvers=()))
    assert last(custody)["details"]["exit_code"] == 4  # type: ignore[index]


# --- the rest of the lifecycle -------------------------------------------------------------------


def test_combine_merges_approvals_and_refuses_another_withdrawal(custody: Custody) -> None:
    base = payload(custody, "c-1", approvers=())
    a = approve(judge(base, custody.trusted, now=NOW), custody.keys["alice"])
    b = approve(judge(base, custody.trusted, now=NOW), custody.keys["bob"])
    merged = combine([a, b], ["a", "b"])
    assert len(merged.approvals) == 2
    run(custody, merged)
    other = payload(custody, "c-2", approvers=("carol",))
    with pytest.raises(AuthenticationError):
        combine([a, replace(other, withdrawal_id="c-1")], ["a", "other"])


def test_approve_refuses_the_initiator_and_outsiders(custody: Custody) -> None:
    p = payload(custody, "ap", approvers=())
    rv = judge(p, custody.trusted, now=NOW)
    with pytest.raises(AuthenticationError):
        approve(rv, custody.keys["mallory"])
    self_approving = replace(p, initiator="alice", initiator_signature=None)
    with pytest.raises((PolicyViolation, AuthenticationError)):
        approve(judge(self_approving, custody.trusted, now=NOW), custody.keys["alice"])


def test_on_home_judges_with_the_home_s_ledger(custody: Custody) -> None:
    p = payload(custody, "show-1")
    run(custody, p)
    again = on_home(custody.home, replace(p, memo="x", approvals=()))
    assert "replay.spent" not in {r.code for r in again.verdict.reasons()}  # same withdrawal id
    assert "replay.withdrawal_id" in {r.code for r in again.verdict.reasons()}
