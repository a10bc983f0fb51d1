"""A custody set-up whose policy has message, typed-data and proof sections (issue 15), and
helpers that make approved message payloads in process (the signing itself always goes through
the installed CLI in the tests)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coldsign.codec.bip32 import parse_path
from coldsign.codec.message_request import MessageFormat, MessageRequest, serialize_message_request
from coldsign.codec.payload import serialize_payload
from coldsign.keys.rolekey import open_role_key
from coldsign.keys.secrets import Passphrase
from coldsign.service.payloads import NewPayload, approve, judge, new_payload
from tests.cli.guarded.conftest import (
    Setup,
    policy_toml,
    sign_doc,
    spk_at,
    whitelist_toml,
    wpkh_descriptor,
    write_keys,
)
from tests.cli.guarded.payloads import trusted
from tests.cli.guarded.test_evm import EVM_POLICY, EVM_WHITELIST, SENDER, USDC

PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
ETH_PATH = "m/44'/60'/0'/0/0"
BTC_PATH = "m/84'/1'/0'/0/0"
SNAPSHOT_PATTERN = (
    "Proof of reserves snapshot [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z bitcoin [a-z]+ "
    "hash [0-9a-f]{64} block [0-9]+"
)
MESSAGE_POLICY = f"""
[[messages]]
name = "proof-of-reserves"
wallets = ["treasury", "eth-treasury"]
pattern = '{SNAPSHOT_PATTERN}'
approvals = 2

[[messages]]
name = "travel-rule"
wallets = ["treasury"]
formats = ["bip322-simple", "bip322-full", "bip137"]
prefix = "Travel rule: "
approvals = 2

[[messages]]
name = "ops-hex-notes"
wallets = ["eth-treasury"]
formats = ["eip191"]
pattern = "(0x)?[0-9a-fA-F]+"
approvals = 2

[[typed_data]]
name = "usdc-permit"
wallets = ["eth-treasury"]
domain = {{ name = "USD Coin", version = "2", chain_id = 1, verifying_contract = "{USDC}" }}
primary_types = ["Permit", "TransferWithAuthorization"]
approvals = 2

[[typed_data]]
name = "permit2"
wallets = ["eth-treasury"]
domain = {{ name = "Permit2", chain_id = 1, verifying_contract = "{PERMIT2}" }}
primary_types = ["PermitSingle", "PermitTransferFrom"]
approvals = 2

[[typed_data]]
name = "desk-login"
wallets = ["eth-treasury"]
domain = {{ name = "Example Desk", version = "1", chain_id = 1 }}
primary_types = ["Login", "Greeting"]
approvals = 2

[proofs]
wallets = ["treasury"]
pattern = '{SNAPSHOT_PATTERN}'
approvals = 2
"""


def make_message_setup(root: Path) -> Setup:
    setup = Setup(root, wpkh_descriptor(), root / "home")
    pubs = write_keys(root)
    (root / "pubs.json").write_text(json.dumps(pubs))
    (root / "policy.toml").write_text(
        policy_toml(pubs, setup.descriptor) + EVM_POLICY + MESSAGE_POLICY
    )
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


@pytest.fixture(scope="session")
def messages_base(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return make_message_setup(tmp_path_factory.mktemp("message-custody"))


@pytest.fixture
def ms(messages_base: Setup, tmp_path: Path) -> Iterator[Setup]:
    """A private copy of the message custody set-up for one test."""
    root = tmp_path / "custody"
    shutil.copytree(messages_base.root, root)
    yield Setup(
        root,
        messages_base.descriptor,
        root / "home",
        {k: root / v.name for k, v in messages_base.files.items()},
    )


def btc_address(setup: Setup, index: int = 0) -> str:
    from coldsign.codec.script import address_from_script
    from coldsign.units import Network

    address = address_from_script(
        bytes.fromhex(spk_at(setup.descriptor, 0, index)), Network.TESTNET
    )
    assert address is not None
    return address


def approved_payload_of(
    setup: Setup,
    wid: str,
    chain: str,
    transaction: bytes,
    *,
    kind: str,
    now: int,
    approvers: tuple[str, ...] = ("alice", "bob"),
    chain_id: int | None = None,
) -> Path:
    """A payload of `kind` over `transaction`, approved by `approvers` in process."""
    documents = trusted(setup, now)
    payload = new_payload(
        NewPayload(
            chain=chain, transaction=transaction, withdrawal_id=wid, initiator="ivan",
            created=now, lifetime_seconds=86_400,
            network="testnet" if chain == "bitcoin" else None,
            chain_id=chain_id, kind=kind,
        ),
        documents,
    )  # fmt: skip
    for who in approvers:
        key = open_role_key(setup.path(f"{who}.key").read_bytes(), Passphrase(f"pw-{who}"))
        payload = approve(judge(payload, documents, now=now), key)
    out = setup.path(f"{wid}.approved")
    out.write_bytes(serialize_payload(payload))
    return out


def approved_message(
    setup: Setup,
    wid: str,
    fmt: MessageFormat,
    address: str,
    message: bytes | str,
    *,
    now: int,
    path: str | None = None,
    approvers: tuple[str, ...] = ("alice", "bob"),
) -> Path:
    data = message.encode("utf-8") if isinstance(message, str) else message
    evm = fmt.chain == "ethereum"
    request = MessageRequest(
        fmt, address, parse_path(path or (ETH_PATH if evm else BTC_PATH)), data
    )
    return approved_payload_of(
        setup, wid, fmt.chain, serialize_message_request(request), kind="message", now=now,
        approvers=approvers, chain_id=1 if evm else None,
    )  # fmt: skip


def typed(primary: str, types: dict[str, list[tuple[str, str]]], domain: dict[str, object],
          message: dict[str, object]) -> bytes:  # fmt: skip
    """eth_signTypedData_v4 JSON; the EIP712Domain type is derived from `domain`'s keys."""
    order = [("name", "string"), ("version", "string"), ("chainId", "uint256"),
             ("verifyingContract", "address"), ("salt", "bytes32")]  # fmt: skip
    all_types = {"EIP712Domain": [{"name": n, "type": t} for n, t in order if n in domain]}
    for name, fields in types.items():
        all_types[name] = [{"name": n, "type": t} for n, t in fields]
    doc = {"types": all_types, "primaryType": primary, "domain": domain, "message": message}
    return json.dumps(doc).encode()


USDC_DOMAIN = {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": USDC}
PERMIT2_DOMAIN = {"name": "Permit2", "chainId": 1, "verifyingContract": PERMIT2}


def permit(spender: str, value: int, *, owner: str = SENDER, nonce: int = 0,
           domain: dict[str, object] | None = None) -> bytes:  # fmt: skip
    return typed(
        "Permit",
        {
            "Permit": [
                ("owner", "address"),
                ("spender", "address"),
                ("value", "uint256"),
                ("nonce", "uint256"),
                ("deadline", "uint256"),
            ]
        },
        domain or USDC_DOMAIN,
        {
            "owner": owner,
            "spender": spender,
            "value": str(value),
            "nonce": nonce,
            "deadline": 4102444800,
        },
    )


def permit_single(spender: str, amount: int, *, token: str = USDC, nonce: int = 0) -> bytes:
    return typed(
        "PermitSingle",
        {
            "PermitSingle": [
                ("details", "PermitDetails"),
                ("spender", "address"),
                ("sigDeadline", "uint256"),
            ],
            "PermitDetails": [
                ("token", "address"),
                ("amount", "uint160"),
                ("expiration", "uint48"),
                ("nonce", "uint48"),
            ],
        },
        PERMIT2_DOMAIN,
        {
            "details": {
                "token": token,
                "amount": str(amount),
                "expiration": 4102444800,
                "nonce": nonce,
            },
            "spender": spender,
            "sigDeadline": 4102444800,
        },
    )
