"""`coldsign.chains.evm.module` in process: the exact facts the policy judges (what leaves, to
whom, the fee, the replay key, every refusal with its code and field), the policy syntax, and
the chain module's decode / sign / finalize / combine, checked against eth-account.

The policy is the documented example plus a second wallet on chain id 1 (an internal transfer
target), a chain id with its own native asset (137, "POL") and one with no asset at all (10)
whose wallet names a path that does not derive its address (a misconfigured wallet).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account

from coldsign import chains
from coldsign.chains.base import Finalized, ReviewLine
from coldsign.chains.evm import messages as evm_messages
from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import SELECTOR_APPROVE, CallKind, encode_transfer
from coldsign.chains.evm.module import (
    MODULE,
    EvmReview,
    EvmSpec,
    EvmSummary,
    EvmTx,
    evm_analysis,
)
from coldsign.chains.evm.tx import (
    AccessListEntry,
    AccessListTx,
    Eip1559Tx,
    LegacyTx,
    TxType,
    UnsignedTx,
    encode_unsigned,
)
from coldsign.codec.message_request import MessageFormat, serialize_message_request
from coldsign.codec.payload import Payload
from coldsign.errors import (
    AuthenticationError,
    DecodeError,
    NotOurs,
    PolicyViolation,
    Reason,
    UsageError,
)
from coldsign.keys.secrets import Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.policy.chainspec import EntryAddress
from coldsign.policy.checks import OutputFact, OutputRole, TxFacts
from coldsign.policy.config import AssetScope, Policy, WalletRule, parse_policy
from coldsign.policy.fields import Fields, parse_toml

EXAMPLE = Path(__file__).parents[3] / "docs" / "examples" / "policy.toml"
MNEMONIC = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)
SENDER = Address.parse("0x9858EfFD232B4033E47d90003D41EC34EcaEda94")  # m/44'/60'/0'/0/0
HOT = Address.parse("0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0")  # m/44'/60'/0'/0/1
USDC = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
TO = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
UNKNOWN_TOKEN = Address.parse("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")

EXTRA = f"""
[[wallets]]
name = "eth-hot"
chain = "ethereum"
chain_id = 1
path = "m/44'/60'/0'/0/1"
address = "{HOT.checksummed}"

[[wallets]]
name = "polygon"
chain = "ethereum"
chain_id = 137
path = "m/44'/60'/0'/0/0"
address = "{SENDER.checksummed}"

[[assets]]
symbol = "POL"
chain = "ethereum"
chain_id = 137
max_per_tx = "10"
max_fee = "0.01"
tiers = [ {{ above = "0", approvals = 2 }} ]

[[wallets]]
name = "optimism-misconfigured"
chain = "ethereum"
chain_id = 10
path = "m/44'/60'/0'/0/5"
address = "{SENDER.checksummed}"
"""


@pytest.fixture(scope="module")
def policy() -> Policy:
    text = EXAMPLE.read_bytes() + EXTRA.encode()
    return parse_policy(parse_toml(text, "policy"), chains.SPECS)


@pytest.fixture(scope="module")
def seed() -> Seed:
    return seed_from_mnemonic(mnemonic_from_text(MNEMONIC))


def type2(**changes: Any) -> Eip1559Tx:
    fields: dict[str, Any] = dict(
        chain_id=1, nonce=4, max_priority_fee_per_gas=10**9, max_fee_per_gas=30 * 10**9,
        gas_limit=60_000, to=USDC, value=0, data=encode_transfer(TO, 2_500_000),
    )  # fmt: skip
    fields.update(changes)
    return Eip1559Tx(**fields)


def legacy(**changes: Any) -> LegacyTx:
    fields: dict[str, Any] = dict(
        chain_id=1, nonce=7, gas_price=20 * 10**9, gas_limit=21_000, to=TO, value=10**18, data=b""
    )
    fields.update(changes)
    return LegacyTx(**fields)


def material(tx: UnsignedTx, sender: Address | None = SENDER) -> bytes:
    return (sender.raw if sender else b"") + encode_unsigned(tx)


def facts(
    tx: UnsignedTx, policy: Policy, sender: Address | None = SENDER, chain_id: int = 1
) -> TxFacts:
    return evm_analysis(EvmTx(tx, sender, chain_id), policy).facts


# --- evm_analysis: exact facts -------------------------------------------------------------


def test_erc20_transfer_exact_facts_summary_and_review(policy: Policy) -> None:
    tx = type2()
    analysis = evm_analysis(EvmTx(tx, SENDER, 1), policy)
    assert analysis.facts == TxFacts(
        chain="ethereum",
        scope="1",
        tx_material=SENDER.raw + encode_unsigned(tx),
        asset_symbol_hint=f"token contract {USDC.checksummed} on chain id 1 (unknown token)",
        contract=USDC.checksummed,
        from_wallet="eth-treasury",
        outputs=(OutputFact(0, TO.checksummed, 2_500_000, OutputRole.EXTERNAL, TO.lower, None),),
        fee=60_000 * 30 * 10**9,
        fee_decimals=18,
        fee_unit="ETH",
        spends=(f"ethereum:1:{SENDER.lower}:nonce:4",),
        fee_per_gas=30 * 10**9,
        refusals=(),
    )
    summary = EvmSummary(
        chain_id=1, sender=SENDER, to=USDC, value_wei=0, call=CallKind.ERC20_TRANSFER,
        beneficiary=TO, token_amount=2_500_000, nonce=4, gas_limit=60_000,
        tx_type=TxType.EIP1559, fee_cap_per_gas=30 * 10**9, max_priority_fee_per_gas=10**9,
        max_fee_wei=60_000 * 30 * 10**9,
    )  # fmt: skip
    assert analysis.review == EvmReview(summary, "USDC", 6)


def test_native_legacy_transfer_exact_facts_and_summary(policy: Policy) -> None:
    tx = legacy()
    analysis = evm_analysis(EvmTx(tx, SENDER, 1), policy)
    assert analysis.facts == TxFacts(
        chain="ethereum",
        scope="1",
        tx_material=SENDER.raw + encode_unsigned(tx),
        asset_symbol_hint="the native asset of chain id 1",
        contract=None,
        from_wallet="eth-treasury",
        outputs=(OutputFact(0, TO.checksummed, 10**18, OutputRole.EXTERNAL, TO.lower, None),),
        fee=21_000 * 20 * 10**9,
        fee_decimals=18,
        fee_unit="ETH",
        spends=(f"ethereum:1:{SENDER.lower}:nonce:7",),
        fee_per_gas=20 * 10**9,
    )
    summary = EvmSummary(
        chain_id=1, sender=SENDER, to=TO, value_wei=10**18, call=CallKind.NONE, beneficiary=TO,
        token_amount=None, nonce=7, gas_limit=21_000, tx_type=TxType.LEGACY,
        fee_cap_per_gas=20 * 10**9, max_priority_fee_per_gas=None, max_fee_wei=21_000 * 20 * 10**9,
    )  # fmt: skip
    assert analysis.review == EvmReview(summary, "ETH", 18)


@pytest.mark.parametrize(
    "tx",
    [type2(to=HOT, value=5, data=b""), type2(data=encode_transfer(HOT, 9))],
    ids=["native", "erc20"],
)
def test_beneficiary_that_is_a_policy_wallet_is_an_internal_transfer(
    policy: Policy, tx: Eip1559Tx
) -> None:
    [out] = facts(tx, policy).outputs
    amount = 5 if tx.data == b"" else 9
    assert out == OutputFact(0, HOT.checksummed, amount, OutputRole.TRANSFER, HOT.lower, "eth-hot")


def test_same_address_on_another_chain_id_is_not_internal(policy: Policy) -> None:
    # SENDER is the "polygon" wallet on 137, and a beneficiary on chain 1 only: external there.
    f = facts(type2(chain_id=137, to=HOT, value=3, data=b""), policy, chain_id=137)
    assert f.outputs == (OutputFact(0, HOT.checksummed, 3, OutputRole.EXTERNAL, HOT.lower),)
    assert (f.scope, f.from_wallet, f.fee_unit) == ("137", "polygon", "POL")
    assert f.asset_symbol_hint == "the native asset of chain id 137"


def test_chain_without_a_native_asset_rule_shows_fees_in_eth(policy: Policy) -> None:
    f = facts(type2(chain_id=10, to=TO, value=1, data=b""), policy, chain_id=10)
    assert (f.scope, f.fee_unit, f.from_wallet, f.refusals) == (
        "10",
        "ETH",
        "optimism-misconfigured",
        (),
    )


def test_unknown_token_review_falls_back_to_18_decimals(policy: Policy) -> None:
    tx = type2(to=UNKNOWN_TOKEN)
    analysis = evm_analysis(EvmTx(tx, SENDER, 1), policy)
    assert analysis.facts.contract == UNKNOWN_TOKEN.checksummed
    assert analysis.facts.asset_symbol_hint == (
        f"token contract {UNKNOWN_TOKEN.checksummed} on chain id 1 (unknown token)"
    )
    assert isinstance(analysis.review, EvmReview)
    assert (analysis.review.symbol, analysis.review.decimals) == (None, 18)


def test_chain_id_mismatch_judges_the_chain_id_that_is_signed(policy: Policy) -> None:
    # The signature binds the transaction's chain id (EIP-155), so that is the scope judged.
    tx = type2(chain_id=5)
    f = facts(tx, policy, chain_id=1)
    assert f.scope == "5" and f.from_wallet is None
    assert f.spends == (f"ethereum:5:{SENDER.lower}:nonce:4",)
    assert f.refusals == (
        Reason(
            "tx.chain_id_mismatch",
            "chain id: the payload says 1, the transaction says 5",
            field="chain_id",
        ),
        Reason(
            "sender.not_ours",
            f"sender: {SENDER.checksummed} is not a wallet of the policy on chain id 5",
            field="sender",
        ),
    )


def test_pre_eip155_is_judged_on_the_payload_chain_and_refused(policy: Policy) -> None:
    f = facts(legacy(chain_id=None), policy)
    assert (f.scope, f.from_wallet, f.fee_unit) == ("1", "eth-treasury", "ETH")
    assert f.refusals == (
        Reason(
            "tx.no_chain_id",
            "chain id: legacy transaction without EIP-155 replay protection",
            field="chain_id",
        ),
    )


def test_type1_with_access_list_lists_both_refusals(policy: Policy) -> None:
    tx = AccessListTx(
        chain_id=1, nonce=1, gas_price=10**9, gas_limit=60_000, to=TO, value=1, data=b"",
        access_list=(AccessListEntry(address=USDC),),
    )  # fmt: skip
    f = facts(tx, policy)
    assert f.refusals == (
        Reason(
            "tx.type1",
            "transaction type 1 (EIP-2930) is not supported: use type 2 or legacy",
            field="type",
        ),
        Reason(
            "tx.access_list",
            "access list: not allowed (it can make the transaction cost more gas)",
            field="access_list",
        ),
    )
    assert f.outputs == (OutputFact(0, TO.checksummed, 1, OutputRole.EXTERNAL, TO.lower),)


def test_type1_without_access_list_is_refused_for_its_type_only(policy: Policy) -> None:
    tx = AccessListTx(chain_id=1, nonce=1, gas_price=1, gas_limit=21_000, to=TO, value=1)
    assert [r.code for r in facts(tx, policy).refusals] == ["tx.type1"]


def test_contract_creation_has_no_output_and_is_refused(policy: Policy) -> None:
    f = facts(type2(to=None, value=1, data=b""), policy)
    assert f.outputs == () and f.contract is None
    assert f.refusals == (
        Reason("tx.create", "to: contract creation is not a withdrawal", field="to"),
    )


def test_missing_sender_carries_only_refusals(policy: Policy) -> None:
    tx = type2()
    analysis = evm_analysis(EvmTx(tx, None, 1), policy)
    f = analysis.facts
    assert f.refusals == (
        Reason(
            "sender.missing",
            "sender: the payload does not name the sending account",
            field="sender",
        ),
    )
    assert (f.from_wallet, f.spends, f.tx_material) == (None, (), encode_unsigned(tx))
    assert analysis.review == EvmReview(None, "USDC", 6)


def test_foreign_sender(policy: Policy) -> None:
    f = facts(type2(), policy, sender=TO)
    assert f.from_wallet is None
    assert f.tx_material == TO.raw + encode_unsigned(type2())
    assert f.refusals == (
        Reason(
            "sender.not_ours",
            f"sender: {TO.checksummed} is not a wallet of the policy on chain id 1",
            field="sender",
        ),
    )


def test_token_transfer_with_eth_value(policy: Policy) -> None:
    f = facts(type2(value=7), policy)
    assert f.refusals == (
        Reason(
            "tx.token_value",
            "value: a token transfer must send 0 ETH, this one sends 7 wei",
            field="value",
        ),
    )
    assert [(o.address, o.amount) for o in f.outputs] == [(TO.checksummed, 2_500_000)]


@pytest.mark.parametrize(
    ("data", "code", "text"),
    [
        (
            SELECTOR_APPROVE + bytes(12) + TO.raw + (5).to_bytes(32, "big"),
            "calldata.approve",
            "calldata is an ERC-20 approve(): allowances are not withdrawals",
        ),
        (
            bytes.fromhex("23b872dd") + bytes(96),
            "calldata.transfer_from",
            "calldata is an ERC-20 transferFrom(): refused",
        ),
        (
            bytes.fromhex("deadbeef"),
            "calldata.unknown",
            "calldata is not a plain ERC-20 transfer(address,uint256) "
            "(unknown selector, or extra or malformed bytes)",
        ),
    ],
    ids=["approve", "transfer-from", "unknown"],
)
def test_refused_calls_have_no_outputs(policy: Policy, data: bytes, code: str, text: str) -> None:
    known = facts(type2(data=data), policy)
    assert known.refusals == (Reason(code, text, field="data"),)
    assert known.outputs == () and known.contract == USDC.checksummed
    assert known.asset_symbol_hint == "USDC"  # the contract's asset, when the policy knows it
    review = evm_analysis(EvmTx(type2(data=data), SENDER, 1), policy).review
    assert isinstance(review, EvmReview) and review.summary is not None
    assert (review.summary.beneficiary, review.summary.token_amount) == (None, None)
    assert review.summary.call is not CallKind.NONE
    unknown = facts(type2(to=UNKNOWN_TOKEN, data=data), policy)
    assert unknown.asset_symbol_hint == "the native asset of chain id 1"


def test_transfer_to_the_zero_contract_hint(policy: Policy) -> None:
    # A token call without `to` is contract creation: no contract, the hint says "none".
    f = facts(type2(to=None), policy)
    assert f.contract is None
    assert f.asset_symbol_hint == "token contract none on chain id 1 (unknown token)"


# --- EvmSpec: policy syntax -----------------------------------------------------------------

SPEC = EvmSpec()


def fields(**table: object) -> Fields:
    return Fields(table, "assets[0]", "policy")


def decode_error(call: Any, *args: object) -> str:
    with pytest.raises(DecodeError) as info:
        call(*args)
    return str(info.value)


def test_parse_native_asset_scope() -> None:
    assert SPEC.parse_asset_scope(fields(chain_id=1, max_fee_per_gas="200gwei")) == AssetScope(
        decimals=18,
        fee_decimals=18,
        body=(("chain_id", 1), ("max_fee_per_gas", "200000000000wei")),
        chain_id=1,
        contract=None,
        max_fee_per_gas=200 * 10**9,
        share_allowed=True,
    )
    assert SPEC.parse_asset_scope(fields(chain_id=5, decimals=18)) == AssetScope(
        decimals=18, fee_decimals=18, body=(("chain_id", 5),), chain_id=5
    )


@pytest.mark.parametrize("decimals", [0, 6, 36])
def test_parse_token_asset_scope(decimals: int) -> None:
    scope = SPEC.parse_asset_scope(
        fields(chain_id=1, contract=USDC.lower, decimals=decimals, max_fee_per_gas="1gwei")
    )
    assert scope == AssetScope(
        decimals=decimals,
        fee_decimals=18,
        body=(
            ("chain_id", 1),
            ("contract", USDC.checksummed),
            ("decimals", decimals),
            ("max_fee_per_gas", "1000000000wei"),
        ),
        chain_id=1,
        contract=USDC.checksummed,
        max_fee_per_gas=10**9,
        share_allowed=False,
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"chain_id": 0}, "assets[0].chain_id: must be at least 1"),
        ({"chain_id": 1, "contract": USDC.lower}, "assets[0].decimals is required"),
        ({"chain_id": 1, "contract": USDC.lower, "decimals": -1}, "assets[0].decimals: must be at least 0"),
        ({"chain_id": 1, "contract": USDC.lower, "decimals": 37}, "assets[0].decimals: more than 36 decimals"),
        ({"chain_id": 1, "decimals": 6}, "assets[0].decimals: the native asset has 18 decimals"),
        ({"chain_id": 1, "contract": "0x1234"}, "assets[0].contract: expected 0x followed by 40 hexadecimal digits"),
        (
            {"chain_id": 1, "contract": USDC.checksummed.replace("A0b8", "a0B8")},
            "assets[0].contract: mixed-case address with a wrong EIP-55 checksum",
        ),
    ],
    ids=["chain-id-0", "token-decimals-missing", "negative", "37", "native-not-18", "short", "checksum"],
)  # fmt: skip
def test_parse_asset_scope_refusals(table: dict[str, object], message: str) -> None:
    assert decode_error(SPEC.parse_asset_scope, fields(**table)) == f"invalid policy: {message}"


def test_parse_wallet() -> None:
    table = {"chain_id": 137, "path": "m/44'/60'/0'/0/3", "address": f" {HOT.lower} "}
    assert SPEC.parse_wallet(Fields(table, "wallets[2]", "policy"), "w") == WalletRule(
        "w", "ethereum", chain_id=137, path="m/44'/60'/0'/0/3", address=HOT.checksummed
    )


def test_parse_wallet_refusals() -> None:
    def wallet(**table: object) -> str:
        return decode_error(SPEC.parse_wallet, Fields(table, "wallets[2]", "policy"), "w")

    good = {"chain_id": 1, "path": "m/44'/60'/0'/0/0", "address": HOT.lower}
    assert wallet(**{**good, "chain_id": 0}) == (
        "invalid policy: wallets[2].chain_id: must be at least 1"
    )
    from coldsign.codec.bip32 import parse_path

    with pytest.raises(DecodeError) as info:
        parse_path("m/x")
    assert wallet(**{**good, "path": "m/x"}) == (
        f"invalid policy: wallets[2].path: {info.value.reason}"
    )
    assert wallet(**{**good, "address": "0xzz"}) == (
        "invalid policy: wallets[2].address: expected 0x followed by 40 hexadecimal digits"
    )


def test_parse_entry_and_contract() -> None:
    f = Fields({"chain_id": 137, "address": TO.lower, "c": USDC.lower}, "entries[0]", "whitelist")
    assert SPEC.parse_entry(f) == EntryAddress(
        "137", TO.checksummed, TO.lower, (("chain_id", 137),)
    )
    assert SPEC.parse_contract(f, "c") == USDC.checksummed
    zero = Fields({"chain_id": 0, "address": TO.lower}, "entries[0]", "whitelist")
    assert decode_error(SPEC.parse_entry, zero) == (
        "invalid whitelist: entries[0].chain_id: must be at least 1"
    )
    bad = Fields({"chain_id": 1, "address": "nope"}, "entries[1]", "whitelist")
    assert decode_error(SPEC.parse_entry, bad) == (
        "invalid whitelist: entries[1].address: expected 0x followed by 40 hexadecimal digits"
    )


# --- EvmModule: decode, analyze, sign, finalize, combine ------------------------------------


def payload(tx: UnsignedTx, **changes: Any) -> Payload:
    p = Payload(
        chain="ethereum", withdrawal_id="w-1", created=1_900_000_000, expires=1_900_086_400,
        initiator="ops", policy_hash=bytes(32), whitelist_hash=bytes(32),
        transaction=encode_unsigned(tx), chain_id=1, sender=SENDER.raw,
    )  # fmt: skip
    return replace(p, **changes)


def eth_account_raw(tx: Eip1559Tx, index: int = 0) -> tuple[bytes, bytes]:
    """(raw signed transaction, its hash) as eth-account signs it with the mnemonic's key."""
    Account.enable_unaudited_hdwallet_features()
    account = Account.from_mnemonic(MNEMONIC, account_path=f"m/44'/60'/0'/0/{index}")
    assert tx.to is not None
    signed = account.sign_transaction(
        {
            "type": 2, "chainId": tx.chain_id, "nonce": tx.nonce, "gas": tx.gas_limit,
            "maxPriorityFeePerGas": tx.max_priority_fee_per_gas,
            "maxFeePerGas": tx.max_fee_per_gas, "to": tx.to.checksummed, "value": tx.value,
            "data": tx.data, "accessList": [],
        }
    )  # fmt: skip
    return bytes(signed.raw_transaction), bytes(signed.hash)


def test_decode() -> None:
    tx = type2()
    assert MODULE.decode(payload(tx)) == EvmTx(tx, SENDER, 1)
    assert MODULE.decode(payload(tx, sender=None)) == EvmTx(tx, None, 1)
    assert MODULE.decode(payload(tx, chain_id=137)) == EvmTx(tx, SENDER, 137)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"chain_id": None}, "invalid payload: an EVM payload needs a chain id of at least 1"),
        ({"chain_id": 0}, "invalid payload: an EVM payload needs a chain id of at least 1"),
        ({"network": "mainnet"}, "invalid payload: an EVM payload has a chain id, not a network"),
        ({"kind": "psbt"}, "invalid payload: kind 'psbt' is not one coldsign signs on EVM chains"),
    ],
    ids=["no-chain-id", "chain-id-0", "network", "other-kind"],
)
def test_decode_refusals(changes: dict[str, Any], message: str) -> None:
    assert decode_error(MODULE.decode, payload(type2(), **changes)) == message


def test_analyze_is_evm_analysis(policy: Policy) -> None:
    p = payload(type2())
    assert MODULE.analyze(p, MODULE.decode(p), policy) == evm_analysis(
        EvmTx(type2(), SENDER, 1), policy
    )


def test_sign_matches_eth_account_and_finalizes(policy: Policy, seed: Seed) -> None:
    tx = type2()
    p = payload(tx)
    signed = MODULE.sign(p, MODULE.decode(p), seed, policy)
    raw, txhash = eth_account_raw(tx)
    assert signed.inputs_signed == 1
    assert signed.payload == replace(p, signed_transaction=raw)
    assert MODULE.finalize(signed.payload) == Finalized(raw, "0x" + raw.hex(), "0x" + txhash.hex())


def test_sign_from_the_second_wallet(policy: Policy, seed: Seed) -> None:
    tx = type2(to=TO, value=10**15, data=b"")
    p = payload(tx, sender=HOT.raw)
    signed = MODULE.sign(p, MODULE.decode(p), seed, policy)
    assert signed.payload.signed_transaction == eth_account_raw(tx, index=1)[0]


@pytest.mark.parametrize(
    ("changes", "chain_id", "message"),
    [
        ({"sender": None}, 1, "the payload names no sender"),
        ({"sender": TO.raw}, 1, "the sender is not a wallet of the policy"),
        ({"chain_id": 5}, 5, "the sender is not a wallet of the policy"),
    ],
    ids=["no-sender", "foreign-sender", "no-wallet-on-chain"],
)
def test_sign_refusals(
    policy: Policy, seed: Seed, changes: dict[str, Any], chain_id: int, message: str
) -> None:
    p = payload(type2(chain_id=chain_id), **changes)
    with pytest.raises(NotOurs) as info:
        MODULE.sign(p, MODULE.decode(p), seed, policy)
    assert str(info.value) == message


def test_sign_refuses_a_misconfigured_wallet_path(policy: Policy, seed: Seed) -> None:
    from coldsign.chains.evm.keys import address_from_seed

    p = payload(type2(chain_id=10), chain_id=10)
    derived = address_from_seed(seed, "m/44'/60'/0'/0/5")
    with pytest.raises(NotOurs) as info:
        MODULE.sign(p, MODULE.decode(p), seed, policy)
    assert str(info.value) == (
        f"the key at the wallet's path has address {derived}, not the wallet address {SENDER}"
    )


def test_finalize_refusals(policy: Policy, seed: Seed) -> None:
    p = payload(type2())
    with pytest.raises(PolicyViolation) as refused:
        MODULE.finalize(p)
    assert refused.value.reasons() == ["the payload is not signed yet"]
    with pytest.raises(
        UsageError, match="a message payload has no transaction: use message export"
    ):
        MODULE.finalize(replace(p, kind="message"))
    signed = MODULE.sign(p, MODULE.decode(p), seed, policy).payload
    with pytest.raises(AuthenticationError, match="names no sender"):
        MODULE.finalize(replace(signed, sender=None))
    with pytest.raises(AuthenticationError, match="not signed by the payload's sender"):
        MODULE.finalize(replace(signed, sender=HOT.raw))
    with pytest.raises(AuthenticationError, match="not the payload's unsigned transaction"):
        MODULE.finalize(replace(signed, transaction=encode_unsigned(type2(nonce=5))))


def test_combine() -> None:
    a, b = payload(type2()), payload(type2(), withdrawal_id="other")
    assert MODULE.combine([a]) == a.transaction
    assert MODULE.combine([a, b, a]) == a.transaction
    c = payload(type2(nonce=5))
    for group in ([a, c], [a, b, c]):
        with pytest.raises(AuthenticationError) as info:
            MODULE.combine(group)
        assert info.value.reasons() == ["transactions differ"]


# --- EvmModule: messages are handed to chains/evm/messages.py -------------------------------


def message_payload(policy: Policy, address: Address = SENDER) -> Payload:
    request, network, chain_id = MODULE.message_request(
        policy, MessageFormat.EIP191, address.checksummed, None, b"proof of reserves",
        network=None, chain_id=1,
    )  # fmt: skip
    assert (network, chain_id) == (None, 1)
    return replace(
        payload(type2()), kind="message", sender=None,
        transaction=serialize_message_request(request),
    )  # fmt: skip


def test_message_request_passes_everything_on(policy: Policy) -> None:
    args = (policy, MessageFormat.EIP191, HOT.lower, "m/44'/60'/0'/0/1", b"hi")
    assert MODULE.message_request(*args, network=None, chain_id=1) == (
        evm_messages.build_request(*args, network=None, chain_id=1)
    )
    request = MODULE.message_request(*args, network=None, chain_id=1)[0]
    assert (request.address, request.message) == (HOT.checksummed, b"hi")
    # The path is passed on: HOT's address at SENDER's path is no wallet of the policy.
    wrong_path = (policy, MessageFormat.EIP191, HOT.lower, "m/44'/60'/0'/0/0", b"hi")
    with pytest.raises(PolicyViolation):
        MODULE.message_request(*wrong_path, network=None, chain_id=1)
    with pytest.raises(UsageError, match="EVM formats need --chain-id"):
        MODULE.message_request(*args, network=None, chain_id=None)
    with pytest.raises(UsageError, match="EVM formats take --chain-id, not --network"):
        MODULE.message_request(*args, network="mainnet", chain_id=1)


def test_message_payload_decode_analyze_sign(policy: Policy, seed: Seed) -> None:
    from eth_account.messages import encode_defunct

    p = message_payload(policy)
    tx = MODULE.decode(p)
    assert tx == evm_messages.decode(p)
    assert MODULE.analyze(p, tx, policy) == evm_messages.analyze_message(p, tx, policy)  # type: ignore[arg-type]
    signed = MODULE.sign(p, tx, seed, policy).payload
    raw, text = MODULE.message_signature(signed)
    Account.enable_unaudited_hdwallet_features()
    theirs = Account.from_mnemonic(MNEMONIC).sign_message(encode_defunct(b"proof of reserves"))
    assert raw == bytes(theirs.signature) and text == "0x" + raw.hex()


# --- EvmReview: what the operator reads ------------------------------------------------------


def review(tx: UnsignedTx, policy: Policy) -> EvmReview:
    r = evm_analysis(EvmTx(tx, SENDER, tx.chain_id or 1), policy).review
    assert isinstance(r, EvmReview)
    return r


def test_review_of_an_erc20_transfer(policy: Policy) -> None:
    r = review(type2(), policy)
    assert r.txid is None and r.inputs() == []
    assert r.lines() == [
        ReviewLine("chain", "Ethereum mainnet (chain id 1), eip1559 transaction, nonce 4"),
        ReviewLine("from", SENDER.checksummed),
        ReviewLine("to", f"{USDC.checksummed}  value 0 ETH"),
        ReviewLine(
            "token",
            f"2.5 USDC (contract {USDC.checksummed}) to beneficiary {TO.checksummed}",
        ),
        ReviewLine(
            "gas", "limit 60000, max fee per gas 30 gwei, priority 1 gwei; maximum fee 0.0018 ETH"
        ),
    ]
    assert r.to_json() == {
        "chain_id": 1,
        "chain_name": "Ethereum mainnet",
        "type": "eip1559",
        "call": "erc20-transfer",
        "sender": SENDER.checksummed,
        "to": USDC.checksummed,
        "value": "0 ETH",
        "value_wei": "0",
        "token": {
            "symbol": "USDC",
            "contract": USDC.checksummed,
            "amount": "2.5",
            "amount_base_units": "2500000",
        },
        "beneficiary": TO.checksummed,
        "nonce": 4,
        "gas_limit": 60_000,
        "max_fee_per_gas": "30 gwei",
        "max_priority_fee_per_gas": "1 gwei",
        "max_fee": "0.0018 ETH",
        "max_fee_wei": "1800000000000000",
    }


def test_review_of_a_legacy_native_transfer(policy: Policy) -> None:
    r = review(legacy(value=15 * 10**17, gas_price=25 * 10**8), policy)
    assert r.lines() == [
        ReviewLine("chain", "Ethereum mainnet (chain id 1), legacy transaction, nonce 7"),
        ReviewLine("from", SENDER.checksummed),
        ReviewLine("to", f"{TO.checksummed}  value 1.5 ETH"),
        ReviewLine("gas", "limit 21000, max fee per gas 2.5 gwei; maximum fee 0.0000525 ETH"),
    ]
    j = r.to_json()
    assert (j["type"], j["call"], j["token"], j["beneficiary"]) == (
        "legacy",
        "none",
        None,
        TO.checksummed,
    )
    assert (j["value"], j["value_wei"], j["max_priority_fee_per_gas"]) == (
        "1.5 ETH",
        str(15 * 10**17),
        None,
    )
    assert (j["max_fee_per_gas"], j["max_fee"], j["max_fee_wei"]) == (
        "2.5 gwei",
        "0.0000525 ETH",
        "52500000000000",
    )


def test_review_of_an_unknown_token_and_an_unknown_chain(policy: Policy) -> None:
    r = review(type2(chain_id=99_999, to=UNKNOWN_TOKEN), policy)
    assert r.lines()[0] == ReviewLine(
        "chain", "chain 99999 (chain id 99999), eip1559 transaction, nonce 4"
    )
    # 2_500_000 base units of a token of unknown decimals: shown with 18, symbol "?".
    assert r.lines()[3] == ReviewLine(
        "token",
        f"0.0000000000025 ? (contract {UNKNOWN_TOKEN.checksummed}) to beneficiary {TO.checksummed}",
    )
    token = r.to_json()["token"]
    assert token == {
        "symbol": None,
        "contract": UNKNOWN_TOKEN.checksummed,
        "amount": "0.0000000000025",
        "amount_base_units": "2500000",
    }
    assert r.to_json()["chain_name"] == "chain 99999"


def test_review_without_sender(policy: Policy) -> None:
    r = evm_analysis(EvmTx(type2(), None, 1), policy).review
    assert r.lines() == [ReviewLine("sender", "the payload does not name the sending account")]
    assert r.to_json() == {}


def test_review_of_a_creation_and_a_summary_without_addresses() -> None:
    summary = EvmSummary(
        chain_id=1, sender=SENDER, to=None, value_wei=0, call=CallKind.ERC20_TRANSFER,
        beneficiary=None, token_amount=1, nonce=0, gas_limit=1, tx_type=TxType.EIP1559,
        fee_cap_per_gas=1, max_priority_fee_per_gas=None, max_fee_wei=1,
    )  # fmt: skip
    r = EvmReview(summary, None, 0)
    assert r.lines()[2:4] == [
        ReviewLine("to", "none  value 0 ETH"),
        ReviewLine("token", "1 ? (contract ?) to beneficiary ?"),
    ]
    j = r.to_json()
    assert (j["to"], j["beneficiary"]) == (None, None)
    assert j["token"] == {"symbol": None, "contract": None, "amount": "1", "amount_base_units": "1"}
