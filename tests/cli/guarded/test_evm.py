"""EVM withdrawals through the guarded signer: ETH and ERC-20 transfers built, approved, checked,
signed and finalized by the CLI, then decoded by an independent library (eth-account).

The refusals the issue lists are each shown with exit 4 and a reason naming the cause; crafted
transactions (an unknown contract, a non-zero value, approve calldata) are made by replacing the
transaction inside a valid payload, then approved by the real approvers, so the only thing wrong
is what the test says is wrong.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import SELECTOR_APPROVE, encode_transfer
from coldsign.chains.evm.tx import Eip1559Tx, decode_unsigned, encode_unsigned
from coldsign.codec.payload import parse_payload, serialize_payload
from tests.cli.guarded.conftest import (
    Setup,
    policy_toml,
    sign_doc,
    whitelist_toml,
    wpkh_descriptor,
    write_keys,
)

SENDER = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"  # m/44'/60'/0'/0/0 of MNEMONIC
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
BENEFICIARY = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # EIP-55 example, whitelisted
POLYGON_ONLY = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"  # whitelisted on chain 137 only
STRANGER = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"  # on no whitelist
UNKNOWN_TOKEN = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
OTHER_MNEMONIC = "legal winner thank year wave sausage worth useful legal winner thank yellow"

EVM_POLICY = f"""
[[wallets]]
name = "eth-treasury"
chain = "ethereum"
chain_id = 1
path = "m/44'/60'/0'/0/0"
address = "{SENDER}"

[[assets]]
symbol = "ETH"
chain = "ethereum"
chain_id = 1
max_per_tx = "10"
velocity = {{ amount = "50", period = "24h" }}
max_fee = "0.01"
max_fee_per_gas = "200gwei"
tiers = [ {{ above = "0", approvals = 2 }} ]

[[assets]]
symbol = "USDC"
chain = "ethereum"
chain_id = 1
contract = "{USDC}"
decimals = 6
max_per_tx = "250000"
velocity = {{ amount = "1000000", period = "24h" }}
max_fee = "0.02"
tiers = [ {{ above = "0", approvals = 2 }}, {{ above = "100000", approvals = 3 }} ]
"""

EVM_WHITELIST = f"""
[[entries]]
chain = "ethereum"
chain_id = 1
address = "{BENEFICIARY}"
label = "Exchange hot wallet (ETH)"

[[entries]]
chain = "ethereum"
chain_id = 137
address = "{POLYGON_ONLY.lower()}"
label = "Polygon desk"
"""


@pytest.fixture(scope="module")
def evm_base(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    root = tmp_path_factory.mktemp("evm-custody")
    setup = Setup(root, wpkh_descriptor(), root / "home")
    pubs = write_keys(root)
    (root / "policy.toml").write_text(policy_toml(pubs, setup.descriptor) + EVM_POLICY)
    (root / "whitelist.toml").write_text(whitelist_toml() + EVM_WHITELIST)
    setup.files["policy"] = sign_doc(
        setup, root / "policy.toml", root / "policy.signed", "policy", "a1", "a2"
    )
    setup.files["whitelist"] = sign_doc(
        setup, root / "whitelist.toml", root / "whitelist.signed", "whitelist", "a1", "a3"
    )
    assert setup.cs("policy", "pin", setup.files["policy"]).exit_code == 0
    assert setup.cs("whitelist", "import", setup.files["whitelist"]).exit_code == 0
    return setup


@pytest.fixture
def evm(evm_base: Setup, tmp_path: Path) -> Iterator[Setup]:
    root = tmp_path / "custody"
    shutil.copytree(evm_base.root, root)
    yield Setup(
        root,
        evm_base.descriptor,
        root / "home",
        {k: root / v.name for k, v in evm_base.files.items()},
    )


def build(
    s: Setup,
    wid: str,
    *,
    to: str = BENEFICIARY,
    token: str | None = "USDC",
    amount: str = "1500.25",
    value: str | None = None,
    nonce: int = 7,
    max_fee: str = "40gwei",
    gas_limit: str = "65000",
    extra: tuple[str, ...] = (),
) -> Path:
    out = s.new_name(f"{wid}.payload")
    args: list[str | Path] = [
        "payload", "build", "--chain", "ethereum", "--chain-id", "1",
        "--from-path", "m/44'/60'/0'/0/0", "--to", to, "--nonce", str(nonce),
        "--gas-limit", gas_limit, "--max-fee-per-gas", max_fee,
        "--max-priority-fee-per-gas", "1.5gwei", "--id", wid, "--initiator", "ivan",
        "--policy", s.files["policy"], "--whitelist", s.files["whitelist"], "-o", out, *extra,
    ]  # fmt: skip
    if token is not None:
        args += ["--token", token, "--amount", amount]
    if value is not None:
        args += ["--value", value]
    r = s.cs(*args)
    assert r.exit_code == 0, r.stderr
    return out


def with_tx(s: Setup, payload: Path, **changes: object) -> Path:
    """The same payload with fields of its unsigned transaction changed."""
    p = parse_payload(payload.read_bytes())
    tx = decode_unsigned(p.transaction)
    crafted = replace(p, transaction=encode_unsigned(replace(tx, **changes)))  # type: ignore[type-var]
    out = s.new_name(f"{payload.name}.crafted")
    out.write_bytes(serialize_payload(crafted))
    return out


def sign_refused(s: Setup, payload: Path) -> str:
    result, out = s.sign(s.approved(payload, "alice", "bob"))
    assert result.exit_code == 4, result.stderr
    assert not out.exists()
    return result.stderr


def test_erc20_withdrawal_signs_and_eth_account_decodes_it(evm: Setup) -> None:
    from eth_account import Account
    from eth_account.typed_transactions import TypedTransaction

    payload = build(evm, "usdc-1")
    shown = evm.cs("--json", "payload", "show", payload)
    assert shown.exit_code == 0, shown.stderr
    view = shown.json["chain_details"]
    assert view["chain_name"] == "Ethereum mainnet" and view["chain_id"] == 1
    assert view["token"] == {
        "symbol": "USDC", "contract": USDC,
        "amount": {"value": "1500.25", "unit": "USDC", "base_units": "1500250000"},
    }  # fmt: skip
    assert view["beneficiary"] == BENEFICIARY and view["sender"] == SENDER
    max_fee = {"value": "0.0026", "unit": "ETH", "base_units": str(65000 * 40 * 10**9)}
    assert view["max_fee"] == max_fee
    assert view["value"] == {"value": "0", "unit": "ETH", "base_units": "0"}
    gwei = {"value": "40", "unit": "gwei", "base_units": str(40 * 10**9)}
    assert view["max_fee_per_gas"] == gwei
    assert shown.json["fee"] == max_fee
    usdc = {"value": "1500.25", "unit": "USDC", "base_units": "1500250000"}
    assert shown.json["amount"] == usdc
    assert shown.json["destinations"][0]["label"] == "Exchange hot wallet (ETH)"

    result, signed = evm.sign(evm.approved(payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    final = evm.cs("--json", "payload", "finalize", signed)
    assert final.exit_code == 0, final.stderr
    raw = bytes.fromhex(final.json["raw_tx"].removeprefix("0x"))

    assert Account.recover_transaction(raw) == SENDER
    from hexbytes import HexBytes

    fields = TypedTransaction.from_bytes(HexBytes(raw)).as_dict()
    assert fields["chainId"] == 1 and fields["nonce"] == 7 and fields["value"] == 0
    assert fields["gas"] == 65000 and fields["maxFeePerGas"] == 40 * 10**9
    assert Address(bytes(fields["to"])).checksummed == USDC
    data = bytes(fields["data"])
    assert data[:4] == bytes.fromhex("a9059cbb")
    assert Address(data[16:36]).checksummed == BENEFICIARY
    assert int.from_bytes(data[36:68], "big") == 1_500_250_000


def test_eth_transfer_legacy_and_type2(evm: Setup) -> None:
    from eth_account import Account

    for wid, extra in [
        ("eth-2", ()),
        ("eth-legacy", ("--type", "legacy", "--gas-price", "30gwei")),
    ]:
        args = extra
        if extra:  # legacy: no EIP-1559 fee options
            payload = evm.new_name(f"{wid}.payload")
            r = evm.cs(
                "payload", "build", "--chain", "ethereum", "--chain-id", "1",
                "--from", SENDER.lower(), "--to", BENEFICIARY, "--value", "1.5eth",
                "--nonce", "3", "--gas-limit", "21000", *args, "--id", wid,
                "--initiator", "ivan", "--policy", evm.files["policy"],
                "--whitelist", evm.files["whitelist"], "-o", payload,
            )  # fmt: skip
            assert r.exit_code == 0, r.stderr
        else:
            payload = build(evm, wid, token=None, value="1.5eth", nonce=2, gas_limit="21000")
        result, signed = evm.sign(evm.approved(payload, "alice", "carol"))
        assert result.exit_code == 0, result.stderr
        raw = evm.cs("--json", "payload", "finalize", signed).json["raw_tx"]
        assert Account.recover_transaction(raw) == SENDER


def test_beneficiary_not_whitelisted_while_the_contract_is(evm: Setup) -> None:
    stderr = sign_refused(evm, build(evm, "w-stranger", to=STRANGER))
    assert f"output 0 ({STRANGER}): destination is not on the whitelist" in stderr


def test_unknown_token_contract(evm: Setup) -> None:
    payload = with_tx(evm, build(evm, "w-unknown"), to=Address.parse(UNKNOWN_TOKEN))
    stderr = sign_refused(evm, payload)
    assert f"token contract {UNKNOWN_TOKEN} on chain id 1 (unknown token)" in stderr


def test_non_zero_value_on_a_token_transfer(evm: Setup) -> None:
    stderr = sign_refused(evm, with_tx(evm, build(evm, "w-value"), value=10**15))
    assert "a token transfer must send 0 ETH" in stderr


def test_approve_calldata(evm: Setup) -> None:
    calldata = SELECTOR_APPROVE + encode_transfer(Address.parse(STRANGER), 2**256 - 1)[4:]
    stderr = sign_refused(evm, with_tx(evm, build(evm, "w-approve"), data=calldata))
    assert "approve()" in stderr


def test_extra_calldata_bytes(evm: Setup) -> None:
    calldata = encode_transfer(Address.parse(BENEFICIARY), 10**6) + b"\x00"
    stderr = sign_refused(evm, with_tx(evm, build(evm, "w-extra"), data=calldata))
    assert "not a plain ERC-20 transfer" in stderr


def test_whitelist_entry_for_another_chain_id(evm: Setup) -> None:
    stderr = sign_refused(evm, build(evm, "w-polygon", to=POLYGON_ONLY))
    assert "destination is not on the whitelist" in stderr


def test_fee_above_the_caps(evm: Setup) -> None:
    # ETH asset: 200 gwei per gas and 0.01 ETH in total.
    payload = build(evm, "w-fee", token=None, value="0.1eth", max_fee="250gwei", gas_limit="60000")
    stderr = sign_refused(evm, payload)
    assert "max fee per gas: 250.0 gwei exceeds the cap of 200.0 gwei" in stderr
    assert "fee: 0.015 ETH exceeds the cap of 0.01 ETH" in stderr


def test_reused_nonce_with_different_content(evm: Setup) -> None:
    first, _ = evm.sign(evm.approved(build(evm, "n-1", nonce=11), "alice", "bob"))
    assert first.exit_code == 0, first.stderr
    stderr = sign_refused(evm, build(evm, "n-2", nonce=11, amount="99"))
    assert ":nonce:11 already signed for withdrawal 'n-1' with different content" in stderr
    again, _ = evm.sign(evm.approved(build(evm, "n-3", nonce=12, amount="99"), "alice", "bob"))
    assert again.exit_code == 0, again.stderr


def test_a_seed_without_the_sender_key_signs_nothing(evm: Setup) -> None:
    result, out = evm.sign(evm.approved(build(evm, "w-seed"), "alice", "bob"), OTHER_MNEMONIC)
    assert result.exit_code == 8, result.stderr
    assert not out.exists()


def test_tier_needs_three_approvals_above_100000_usdc(evm: Setup) -> None:
    payload = build(evm, "w-big", amount="150000")
    result, _ = evm.sign(evm.approved(payload, "alice", "bob"))
    assert result.exit_code == 4 and "2 valid of the 3 required" in result.stderr
    result, _ = evm.sign(evm.approved(payload, "alice", "bob", "carol"))
    assert result.exit_code == 0, result.stderr


def test_build_refuses_contradictions(evm: Setup) -> None:
    common = ["payload", "build", "--chain", "ethereum", "--chain-id", "1", "--from-path",
              "m/44'/60'/0'/0/0", "--nonce", "1", "--gas-limit", "21000", "--id", "x",
              "--initiator", "ivan", "--policy", str(evm.files["policy"]),
              "--whitelist", str(evm.files["whitelist"]), "-o", "x.payload"]  # fmt: skip
    fees = ["--max-fee-per-gas", "1gwei", "--max-priority-fee-per-gas", "1gwei"]
    cases = [
        ([*common, *fees, "--to", BENEFICIARY, "--value", "1.5"], 3),  # bare decimal is not wei
        ([*common, *fees, "--to", BENEFICIARY, "--token", "DAI", "--amount", "1"], 4),
        ([*common, *fees, "--to", BENEFICIARY.lower().replace("a", "A", 1), "--value", "1"], 3),
        ([*common, *fees, "--to", BENEFICIARY, "--token", "USDC", "--amount", "1.0000001"], 3),
        ([*common, "--to", BENEFICIARY, "--value", "1"], 2),
        ([*common, *fees, "--to", BENEFICIARY, "--value", "1", "--fee-rate", "5"], 2),
    ]
    for argv, code in cases:
        r = evm.cs(*argv)
        assert r.exit_code == code, (argv, r.stderr)
    assert not (evm.root / "x.payload").exists()


def test_payload_keeps_sender_and_chain_id(evm: Setup) -> None:
    p = parse_payload(build(evm, "w-fields").read_bytes())
    assert p.chain == "ethereum" and p.chain_id == 1 and p.network is None
    assert p.sender == Address.parse(SENDER).raw
    tx = decode_unsigned(p.transaction)
    assert isinstance(tx, Eip1559Tx) and tx.to == Address.parse(USDC) and tx.value == 0


# --- ERC-4527: a MetaMask/Rabby sign request through the guarded signer -------------------------


def test_an_erc4527_request_goes_through_approvals_and_the_answer_recovers_in_ethers(
    evm: Setup,
) -> None:
    """Keystone's registry (what MetaMask's QR keyring uses) makes the request; coldsign imports
    it as a payload, two approvers approve, the signer signs under the policy, and the exported
    ur:eth-signature is read by Keystone's registry and recovers the sender in ethers."""
    import uuid

    from coldsign.chains.evm.tx import Eip1559Tx, encode_unsigned
    from coldsign.transport import ur
    from tests.interop.test_ecosystem import peer

    tx = Eip1559Tx(chain_id=1, nonce=21, max_priority_fee_per_gas=10**9,
                   max_fee_per_gas=30 * 10**9, gas_limit=21_000,
                   to=Address.parse(BENEFICIARY), value=10**17, data=b"")  # fmt: skip
    unsigned = encode_unsigned(tx).hex()
    request_id = str(uuid.uuid4())
    made = peer("keystone-sign-request", {
        "signData": unsigned, "dataType": 4, "path": "m/44'/60'/0'/0/0", "xfp": "73c5da0a",
        "uuid": request_id, "chainId": 1, "origin": "MetaMask",
    })  # fmt: skip
    payload = evm.new_name("mm.payload")
    r = evm.cs("payload", "import", "--eth-sign-request", made["ur"], "--id", "mm-1",
               "--initiator", "ivan", "--policy", evm.files["policy"], "--whitelist",
               evm.files["whitelist"], "-o", payload)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert request_id in r.stderr
    result, signed = evm.sign(evm.approved(payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    answer = evm.cs("--json", "payload", "export", signed, "--format", "eth-signature")
    assert answer.exit_code == 0, answer.stderr
    parsed = ur.decode(answer.json["ur"])
    assert parsed.type == "eth-signature"
    read_back = peer("keystone-decode", {"type": "eth-signature", "cbor": parsed.cbor.hex()})
    assert read_back["requestId"] == uuid.UUID(request_id).bytes.hex()
    recovered = peer("ethers-recover", {"unsigned": unsigned, "signature": read_back["signature"]})
    assert recovered["from"] == SENDER


def test_an_erc4527_request_to_a_stranger_is_refused_like_any_withdrawal(evm: Setup) -> None:
    import uuid

    from coldsign.chains.evm.tx import Eip1559Tx, encode_unsigned
    from tests.interop.test_ecosystem import peer

    tx = Eip1559Tx(chain_id=1, nonce=22, max_priority_fee_per_gas=10**9,
                   max_fee_per_gas=30 * 10**9, gas_limit=21_000,
                   to=Address.parse(STRANGER), value=10**17, data=b"")  # fmt: skip
    made = peer("keystone-sign-request", {
        "signData": encode_unsigned(tx).hex(), "dataType": 4, "path": "m/44'/60'/0'/0/0",
        "xfp": "73c5da0a", "uuid": str(uuid.uuid4()), "chainId": 1, "origin": "Rabby",
    })  # fmt: skip
    payload = evm.new_name("rabby.payload")
    r = evm.cs("payload", "import", "--eth-sign-request", made["ur"], "--id", "rb-1",
               "--initiator", "ivan", "--policy", evm.files["policy"], "--whitelist",
               evm.files["whitelist"], "-o", payload)  # fmt: skip
    assert r.exit_code == 0 and "not on the whitelist" in r.stderr  # warned at import
    stderr = sign_refused(evm, payload)
    assert "destination is not on the whitelist" in stderr


def test_an_unsigned_evm_transaction_from_any_tool_is_imported(evm: Setup) -> None:
    from coldsign.chains.evm.tx import Eip1559Tx, encode_unsigned

    tx = Eip1559Tx(chain_id=1, nonce=23, max_priority_fee_per_gas=10**9,
                   max_fee_per_gas=30 * 10**9, gas_limit=21_000,
                   to=Address.parse(BENEFICIARY), value=10**16, data=b"")  # fmt: skip
    payload = evm.new_name("raw.payload")
    r = evm.cs("payload", "import", "--evm-tx", "0x" + encode_unsigned(tx).hex(), "--from-path",
               "m/44'/60'/0'/0/0", "--id", "raw-1", "--initiator", "ivan", "--policy",
               evm.files["policy"], "--whitelist", evm.files["whitelist"], "-o", payload)  # fmt: skip
    assert r.exit_code == 0, r.stderr
    result, _ = evm.sign(evm.approved(payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    wrong = evm.cs("payload", "import", "--evm-tx", "0x" + encode_unsigned(tx).hex(), "--from",
                   STRANGER, "--id", "raw-2", "--initiator", "ivan", "--policy",
                   evm.files["policy"], "--whitelist", evm.files["whitelist"], "-o",
                   evm.new_name("raw2"))  # fmt: skip
    assert wrong.exit_code == 4 and "0 EVM wallet(s)" in wrong.stderr
