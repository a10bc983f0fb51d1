"""Typed-data fixtures: the EIP-712 example, Safe transactions built from the Safe vectors, and
the value-moving shapes (EIP-2612, Permit2, Seaport) with realistic values."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from typing import Any, ParamSpec

from tests.conftest import vector

P = ParamSpec("P")


def _fresh(make: Callable[P, dict[str, Any]]) -> Callable[P, dict[str, Any]]:
    """Each call returns its own copy: tests edit what they get, and the module-level field
    lists (shared between fixtures) must not carry one test's edit into the next run."""

    @functools.wraps(make)
    def fresh(*args: P.args, **kwargs: P.kwargs) -> dict[str, Any]:
        return copy.deepcopy(make(*args, **kwargs))

    return fresh


EIP712 = vector("ethereum/eip712_example.json")
SAFE = vector("safe/safe_tx_hash_vectors.json")

DOMAIN_TYPE = [
    {"name": "name", "type": "string"},
    {"name": "version", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]

SAFE_TX_FIELDS = [
    ("to", "address"),
    ("value", "uint256"),
    ("data", "bytes"),
    ("operation", "uint8"),
    ("safeTxGas", "uint256"),
    ("baseGas", "uint256"),
    ("gasPrice", "uint256"),
    ("gasToken", "address"),
    ("refundReceiver", "address"),
    ("nonce", "uint256"),
]


@_fresh
def safe_typed_data(
    safe: str, chain_id: int | None, fields: dict[str, Any], *, old: bool = False
) -> dict[str, Any]:
    """SafeTx typed data: Safe >= 1.3.0 has chainId in the domain; < 1.0.0 names baseGas dataGas."""
    names = [("dataGas" if old and n == "baseGas" else n, t) for n, t in SAFE_TX_FIELDS]
    domain_type = [{"name": "verifyingContract", "type": "address"}]
    domain: dict[str, Any] = {"verifyingContract": safe}
    if chain_id is not None:
        domain_type.insert(0, {"name": "chainId", "type": "uint256"})
        domain = {"chainId": chain_id, "verifyingContract": safe}
    message = {}
    for (name, _), (key, _) in zip(names, SAFE_TX_FIELDS, strict=True):
        message[name] = fields[key]
    return {
        "types": {
            "EIP712Domain": domain_type,
            "SafeTx": [{"name": n, "type": t} for n, t in names],
        },
        "primaryType": "SafeTx",
        "domain": domain,
        "message": message,
    }


def safe_cases() -> list[tuple[str, dict[str, Any], str]]:
    """(label, typed data, expected safeTxHash) for every SafeTx vector with all fields."""
    out = []
    for ex in SAFE["safe_tx_hashes_util_examples"]:
        fields = {
            k: ex[k]
            for k in (
                "to",
                "value",
                "data",
                "safeTxGas",
                "baseGas",
                "gasPrice",
                "gasToken",
                "refundReceiver",
                "nonce",
            )
        }
        fields["operation"] = 1 if ex["operation_shown"].startswith("Delegatecall") else 0
        out.append(
            (
                ex["label"],
                safe_typed_data(ex["multisig_address"], ex["chain_id"], fields),
                ex["expected"]["safe_tx_hash"],
            )
        )
    sim = SAFE["safe_tx_hashes_util_simulation_example"]
    fields = {
        k: sim[k]
        for k in (
            "to",
            "value",
            "data",
            "safeTxGas",
            "baseGas",
            "gasPrice",
            "gasToken",
            "refundReceiver",
            "nonce",
        )
    }
    fields["operation"] = int(sim["operation"])
    out.append(
        (
            "simulation",
            safe_typed_data(sim["multisig_address"], sim["chain_id"], fields),
            sim["expected"]["safe_tx_hash"],
        )
    )
    for case in SAFE["safe_eth_py_test_hash_safe_multisig_tx"]:
        fields = {
            "to": case["to"],
            "value": case["value"],
            "data": case["data"],
            "operation": case["operation"],
            "safeTxGas": case["safe_tx_gas"],
            "baseGas": case["base_gas"],
            "gasPrice": case["gas_price"],
            "gasToken": case["gas_token"],
            "refundReceiver": case["refund_receiver"],
            "nonce": case["safe_nonce"],
        }
        old = case["safe_version"] == "0.1.0"
        out.append(
            (
                f"safe-eth-py {case['safe_version']} nonce {case['safe_nonce']}",
                safe_typed_data(case["safe_address"], None, fields, old=old),
                case["expected_safe_tx_hash"],
            )
        )
    mock = SAFE["safe_eth_py_transaction_mock"]
    fields = {
        k: mock[k]
        for k in (
            "to",
            "value",
            "data",
            "operation",
            "safeTxGas",
            "baseGas",
            "gasPrice",
            "gasToken",
            "refundReceiver",
            "nonce",
        )
    }
    out.append(
        (
            "safe-eth-py mock 1.4.1",
            safe_typed_data(mock["safe"], mock["chain_id"], fields),
            mock["safeTxHash"],
        )
    )
    return out


@_fresh
def ether_mail() -> dict[str, Any]:
    return copy.deepcopy(EIP712["typed_data"])


TOKEN = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"  # USDC
SPENDER = "0x1111111254EEB25477B68fb85Ed929f73A960582"
OWNER = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"
PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
SEAPORT = "0x0000000000000068F116a894984e2DB1123eB395"


@_fresh
def permit() -> dict[str, Any]:
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "Permit": [
                {"name": "owner", "type": "address"},
                {"name": "spender", "type": "address"},
                {"name": "value", "type": "uint256"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
            ],
        },
        "primaryType": "Permit",
        "domain": {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": TOKEN},
        "message": {
            "owner": OWNER,
            "spender": SPENDER,
            "value": "1000000000",
            "nonce": 0,
            "deadline": "1767225600",
        },
    }


_P2_DOMAIN = [
    {"name": "name", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]
_DETAILS = [
    {"name": "token", "type": "address"},
    {"name": "amount", "type": "uint160"},
    {"name": "expiration", "type": "uint48"},
    {"name": "nonce", "type": "uint48"},
]
_TOKEN_PERMISSIONS = [{"name": "token", "type": "address"}, {"name": "amount", "type": "uint256"}]


@_fresh
def permit2_single() -> dict[str, Any]:
    return {
        "types": {
            "EIP712Domain": _P2_DOMAIN,
            "PermitDetails": _DETAILS,
            "PermitSingle": [
                {"name": "details", "type": "PermitDetails"},
                {"name": "spender", "type": "address"},
                {"name": "sigDeadline", "type": "uint256"},
            ],
        },
        "primaryType": "PermitSingle",
        "domain": {"name": "Permit2", "chainId": 1, "verifyingContract": PERMIT2},
        "message": {
            "details": {
                "token": TOKEN,
                "amount": "1461501637330902918203684832716283019655932542975",
                "expiration": "1767225600",
                "nonce": "3",
            },
            "spender": SPENDER,
            "sigDeadline": "1764633600",
        },
    }


@_fresh
def permit2_batch() -> dict[str, Any]:
    data = permit2_single()
    data["types"]["PermitBatch"] = [
        {"name": "details", "type": "PermitDetails[]"},
        {"name": "spender", "type": "address"},
        {"name": "sigDeadline", "type": "uint256"},
    ]
    del data["types"]["PermitSingle"]
    data["primaryType"] = "PermitBatch"
    one = data["message"]["details"]
    two = {
        "token": "0x6B175474E89094C44Da98b954EedeAC495271d0F",
        "amount": "5000",
        "expiration": "1767225600",
        "nonce": "0",
    }
    data["message"]["details"] = [one, two]
    return data


@_fresh
def permit2_transfer_from(witness: bool = False, batch: bool = False) -> dict[str, Any]:
    name = (
        "PermitBatchWitnessTransferFrom"
        if batch and witness
        else "PermitBatchTransferFrom"
        if batch
        else "PermitWitnessTransferFrom"
        if witness
        else "PermitTransferFrom"
    )
    fields = [
        {"name": "permitted", "type": "TokenPermissions[]" if batch else "TokenPermissions"},
        {"name": "spender", "type": "address"},
        {"name": "nonce", "type": "uint256"},
        {"name": "deadline", "type": "uint256"},
    ]
    types: dict[str, Any] = {
        "EIP712Domain": _P2_DOMAIN,
        "TokenPermissions": _TOKEN_PERMISSIONS,
        name: fields,
    }
    permitted: Any = {"token": TOKEN, "amount": "2500000"}
    message: dict[str, Any] = {
        "permitted": [permitted] if batch else permitted,
        "spender": SPENDER,
        "nonce": "77",
        "deadline": "1764633600",
    }
    if witness:
        fields.append({"name": "witness", "type": "ExampleWitness"})
        types["ExampleWitness"] = [{"name": "user", "type": "address"}]
        message["witness"] = {"user": OWNER}
    return {
        "types": types,
        "primaryType": name,
        "domain": {"name": "Permit2", "chainId": 1, "verifyingContract": PERMIT2},
        "message": message,
    }


@_fresh
def seaport_order() -> dict[str, Any]:
    item = [
        {"name": "itemType", "type": "uint8"},
        {"name": "token", "type": "address"},
        {"name": "identifierOrCriteria", "type": "uint256"},
        {"name": "startAmount", "type": "uint256"},
        {"name": "endAmount", "type": "uint256"},
    ]
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "OrderComponents": [
                {"name": "offerer", "type": "address"},
                {"name": "zone", "type": "address"},
                {"name": "offer", "type": "OfferItem[]"},
                {"name": "consideration", "type": "ConsiderationItem[]"},
                {"name": "orderType", "type": "uint8"},
                {"name": "startTime", "type": "uint256"},
                {"name": "endTime", "type": "uint256"},
                {"name": "zoneHash", "type": "bytes32"},
                {"name": "salt", "type": "uint256"},
                {"name": "conduitKey", "type": "bytes32"},
                {"name": "counter", "type": "uint256"},
            ],
            "OfferItem": item,
            "ConsiderationItem": [*item, {"name": "recipient", "type": "address"}],
        },
        "primaryType": "OrderComponents",
        "domain": {"name": "Seaport", "version": "1.6", "chainId": 1, "verifyingContract": SEAPORT},
        "message": {
            "offerer": OWNER,
            "zone": "0x0000000000000000000000000000000000000000",
            "offer": [
                {
                    "itemType": 1,
                    "token": TOKEN,
                    "identifierOrCriteria": "0",
                    "startAmount": "5000000",
                    "endAmount": "5000000",
                }
            ],
            "consideration": [
                {
                    "itemType": 2,
                    "token": "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
                    "identifierOrCriteria": "1234",
                    "startAmount": "1",
                    "endAmount": "1",
                    "recipient": OWNER,
                },
                {
                    "itemType": 1,
                    "token": TOKEN,
                    "identifierOrCriteria": "0",
                    "startAmount": "125000",
                    "endAmount": "125000",
                    "recipient": "0x0000a26b00c1F0DF003000390027140000fAa719",
                },
            ],
            "orderType": 0,
            "startTime": "1764547200",
            "endTime": "1767225600",
            "zoneHash": "0x" + "00" * 32,
            "salt": "0x3d958fe20000000000000000000000000000000000000000e5a1fd41f4a2eb2c",
            "conduitKey": "0x0000007b02230091a7ed01230072f7006a004d60a8d4e71d599b8104250f0000",
            "counter": "0",
        },
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj)
