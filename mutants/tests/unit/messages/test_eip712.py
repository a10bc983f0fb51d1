"""EIP-712 v4: the EIP's Ether Mail example, eth-account's cases, Safe's SafeTx hashes, eth-account
as a peer on every fixture (same hashes, same signatures, each recovers the other's), refusals,
and mangled typed data raising only DecodeError."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from eth_account import Account
from eth_account.messages import _hash_eip191_message, encode_typed_data
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.hashing import keccak256
from coldsign.errors import DecodeError, NotOurs
from coldsign.keys.secrets import PrivateKey32, Seed
from coldsign.messages import eip712
from coldsign.messages.evmsig import EvmSignature
from tests.unit.messages import evm_fixtures as fx

EX = fx.EIP712["expected"]
COW = PrivateKey32(keccak256(b"cow"))


def test_ether_mail_example() -> None:
    td = eip712.decode_typed_data(fx.dumps(fx.ether_mail()))
    assert td.encode_type("Mail") == EX["encodeType_Mail"]
    assert "0x" + td.type_hash("Mail").hex() == EX["typeHash_Mail"]
    assert "0x" + td.encode_data(td.message).hex() == EX["encodeData_Mail"]
    assert "0x" + td.message_hash.hex() == EX["structHash_Mail"]
    assert "0x" + td.domain_separator.hex() == EX["structHash_EIP712Domain"]
    assert "0x" + td.signing_hash.hex() == EX["signHash"]
    sig = eip712.sign(td, COW)
    assert (sig.v, hex(sig.r), sig.s) == (EX["v"], EX["r"], int(EX["s"], 16))
    assert eip712.recover(td, sig) == Address.parse(EX["address"])
    assert td.domain_fields.name == "Ether Mail" and td.domain_fields.chain_id == 1


@pytest.mark.parametrize("case", fx.EIP712["eth_account_cases"]["cases"], ids=["mail", "mail-cc"])
def test_eth_account_cases(case: dict[str, Any]) -> None:
    full = {
        "types": {"EIP712Domain": fx.DOMAIN_TYPE, **case["message_types"]},
        "primaryType": "Mail",
        "domain": case["domain_data"],
        "message": case["message_data"],
    }
    td = eip712.decode_typed_data(json.dumps(full))
    key = PrivateKey32(bytes.fromhex(fx.EIP712["eth_account_cases"]["private_key"][2:]))
    sig = eip712.sign(td, key)
    assert sig.hex == case["expected_sig"]
    assert eip712.recover(td, sig) == Address.parse(fx.EIP712["eth_account_cases"]["address"])


@pytest.mark.parametrize(
    ("label", "data", "expected"), fx.safe_cases(), ids=[c[0] for c in fx.safe_cases()]
)
def test_safe_tx_hashes(label: str, data: dict[str, Any], expected: str) -> None:
    td = eip712.decode_typed_data(json.dumps(data))
    assert td.signing_hash.hex() == expected.lower().removeprefix("0x")


def test_safe_simulation_signature_recovers_the_owner() -> None:
    sim = fx.SAFE["safe_tx_hashes_util_simulation_example"]
    case = next(c for c in fx.safe_cases() if c[0] == "simulation")
    td = eip712.decode_typed_data(json.dumps(case[1]))
    sig = EvmSignature.from_hex(sim["signatures_in_trace"])
    owner = "0x" + sim["ecrecover_result_in_trace"][-40:]
    assert eip712.recover(td, sig) == Address.parse(owner)


def test_safe_message() -> None:
    ex = fx.SAFE["safe_tx_hashes_util_message_example"]
    from coldsign.messages.eip191 import personal_message_hash

    inner = personal_message_hash(ex["message"])
    assert "0x" + inner.hex() == ex["expected"]["safe_message (EIP-191 hash of the message)"]
    data = {
        "types": {
            "EIP712Domain": [
                {"name": "chainId", "type": "uint256"},
                {"name": "verifyingContract", "type": "address"},
            ],
            "SafeMessage": [{"name": "message", "type": "bytes"}],
        },
        "primaryType": "SafeMessage",
        "domain": {"chainId": ex["chain_id"], "verifyingContract": ex["multisig_address"]},
        "message": {"message": "0x" + inner.hex()},
    }
    td = eip712.decode_typed_data(json.dumps(data))
    assert td.domain_separator.hex() == ex["expected"]["domain_hash"].lower()[2:]
    assert td.signing_hash.hex() == ex["expected"]["safe_message_hash"][2:]


# ---------------------------------------------------------------------------------------------
# eth-account as a peer on every fixture

FIXTURES = {
    "ether-mail": fx.ether_mail(),
    "permit": fx.permit(),
    "permit2-single": fx.permit2_single(),
    "permit2-batch": fx.permit2_batch(),
    "permit2-transfer": fx.permit2_transfer_from(),
    "permit2-witness": fx.permit2_transfer_from(witness=True),
    "permit2-batch-witness": fx.permit2_transfer_from(witness=True, batch=True),
    "seaport": fx.seaport_order(),
    **{label: data for label, data, _ in fx.safe_cases()},
}


@pytest.mark.parametrize("name", list(FIXTURES))
def test_eth_account_agrees(name: str) -> None:
    data = FIXTURES[name]
    td = eip712.decode_typed_data(json.dumps(data))
    signable = encode_typed_data(full_message=copy.deepcopy(data))
    assert bytes(signable.header) == td.domain_separator
    assert bytes(signable.body) == td.message_hash
    assert bytes(_hash_eip191_message(signable)) == td.signing_hash
    key = PrivateKey32(keccak256(name.encode()))
    ours = eip712.sign(td, key)
    theirs = Account.sign_message(signable, key.reveal())
    assert ours.to_bytes() == bytes(theirs.signature)
    signer = Account.from_key(key.reveal()).address
    assert Account.recover_message(signable, signature=ours.to_bytes()) == signer
    assert eip712.verify(
        Address.parse(signer), td, EvmSignature.from_bytes(bytes(theirs.signature))
    )


def test_nested_and_fixed_arrays_agree_with_eth_account() -> None:
    data = {
        "types": {
            "EIP712Domain": [
                {"name": "name", "type": "string"},
                {"name": "salt", "type": "bytes32"},
            ],
            "Grid": [
                {"name": "cells", "type": "int16[2][]"},
                {"name": "tags", "type": "bytes4[3]"},
                {"name": "owners", "type": "Node[]"},
                {"name": "flag", "type": "bool"},
                {"name": "blob", "type": "bytes"},
            ],
            "Node": [{"name": "who", "type": "address"}, {"name": "kids", "type": "Node[]"}],
        },
        "primaryType": "Grid",
        "domain": {"name": "grid", "salt": "0x" + "ab" * 32},
        "message": {
            "cells": [[-1, 2], [32767, -32768]],
            "tags": ["0x01020304", "0xffffffff", "0x00000000"],
            "owners": [{"who": fx.OWNER, "kids": [{"who": fx.SPENDER, "kids": []}]}],
            "flag": True,
            "blob": "0x",
        },
    }
    td = eip712.decode_typed_data(json.dumps(data))
    assert td.encode_type("Grid") == (
        "Grid(int16[2][] cells,bytes4[3] tags,Node[] owners,bool flag,bytes blob)"
        "Node(address who,Node[] kids)"
    )
    signable = encode_typed_data(full_message=copy.deepcopy(data))
    assert bytes(_hash_eip191_message(signable)) == td.signing_hash
    leaves = dict(eip712.iter_fields(td.message))
    assert leaves["owners[0].kids[0].who"] == Address.parse(fx.SPENDER)


def test_sign_with_seed() -> None:
    td = eip712.decode_typed_data(json.dumps(fx.permit()))
    seed = Seed(bytes(range(64)))
    sig = eip712.sign_with_seed(td, seed, "m/44'/60'/0'/0/1")
    signer = eip712.recover(td, sig)
    assert signer is not None
    with pytest.raises(NotOurs):
        eip712.sign_with_seed(td, seed, "m/44'/60'/0'/0/1", expected_address=Address(bytes(20)))


# ---------------------------------------------------------------------------------------------
# Refusals


def _mutate(path: list[Any], value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    data = copy.deepcopy(base or fx.ether_mail())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()

REFUSALS = {
    "extra top-level key": (["extra"], 1),
    "missing message": (["message"], _DELETE),
    "primary type undeclared": (["primaryType"], "Letter"),
    "primary type is the domain": (["primaryType"], "EIP712Domain"),
    "missing field value": (["message", "contents"], _DELETE),
    "extra field value": (["message", "bcc"], "x"),
    "float number": (["domain", "chainId"], 1.5),
    "negative uint": (["domain", "chainId"], -1),
    "uint as bad text": (["domain", "chainId"], "1e3"),
    "bool as number": (["domain", "chainId"], True),
    "bad checksum": (["message", "to", "wallet"], "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbb"),
    "short address": (["message", "to", "wallet"], "0x1234"),
    "struct as string": (["message", "from"], "Cow"),
    "uint alias": (["types", "Person", 1, "type"], "uint"),
    "undeclared type": (["types", "Person", 1, "type"], "Wallet"),
    "bad array suffix": (["types", "Person", 1, "type"], "address[0]"),
    "field entry with extra key": (["types", "Person", 0, "extra"], 1),
    "domain field out of order": (["types", "EIP712Domain"], list(reversed(fx.DOMAIN_TYPE))),
    "domain field with another type": (["types", "EIP712Domain", 2, "type"], "uint64"),
    "domain without its type": (["types", "EIP712Domain"], _DELETE),
    "unused declared type": (["types", "Unused"], [{"name": "x", "type": "bool"}]),
    "atomic name as struct": (["types", "bytes32"], [{"name": "x", "type": "bool"}]),
    "lone surrogate": (["message", "contents"], "\ud800"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_refusals(name: str) -> None:
    path, value = REFUSALS[name]
    data = _mutate(path, value)
    text = json.dumps(data)
    with pytest.raises(DecodeError):
        eip712.decode_typed_data(text)


def test_value_range_and_sizes() -> None:
    base = {
        "types": {
            "EIP712Domain": [{"name": "name", "type": "string"}],
            "T": [
                {"name": "a", "type": "int8"},
                {"name": "b", "type": "bytes2"},
                {"name": "c", "type": "uint8[2]"},
            ],
        },
        "primaryType": "T",
        "domain": {"name": "t"},
        "message": {"a": -128, "b": "0x0102", "c": [0, "0xff"]},
    }
    eip712.decode_typed_data(json.dumps(base))
    for path, value in (
        (["message", "a"], 128),
        (["message", "a"], -129),
        (["message", "b"], "0x01"),
        (["message", "b"], "0x010"),
        (["message", "c"], [1]),
        (["message", "c"], [256, 0]),
    ):
        with pytest.raises(DecodeError):
            eip712.decode_typed_data(json.dumps(_mutate(path, value, base)))


def test_size_and_depth_limits() -> None:
    with pytest.raises(DecodeError):
        eip712.decode_typed_data("[" * 100 + "]" * 100)
    with pytest.raises(DecodeError):
        eip712.decode_typed_data(b" " * (eip712.MAX_JSON_BYTES + 1))
    deep = _mutate(["types", "Person", 1, "type"], "address[][][][][]")
    with pytest.raises(DecodeError, match="nested deeper"):
        eip712.decode_typed_data(json.dumps(deep))
    # A recursive type whose value nests past the JSON depth bound.
    node: Any = {"who": fx.OWNER, "kids": []}
    for _ in range(40):
        node = {"who": fx.OWNER, "kids": [node]}
    data = {
        "types": {
            "EIP712Domain": [{"name": "name", "type": "string"}],
            "Node": [{"name": "who", "type": "address"}, {"name": "kids", "type": "Node[]"}],
        },
        "primaryType": "Node",
        "domain": {"name": "n"},
        "message": node,
    }
    with pytest.raises(DecodeError):
        eip712.decode_typed_data(json.dumps(data))


# ---------------------------------------------------------------------------------------------
# Mangled typed data: DecodeError only

SAMPLES = [json.dumps(d) for d in FIXTURES.values()]


@settings(max_examples=300, deadline=None)
@given(pick=st.integers(0), cut=st.integers(0), pos=st.integers(0), char=st.characters())
def test_mangled_json_raises_only_decode_error(pick: int, cut: int, pos: int, char: str) -> None:
    text = SAMPLES[pick % len(SAMPLES)]
    text = text[: max(1, cut % (len(text) + 1))] if cut % 3 == 0 else text
    i = pos % len(text)
    text = text[:i] + char + text[i + 1 :]
    with contextlib.suppress(DecodeError):
        td = eip712.decode_typed_data(text)
        assert len(td.signing_hash) == 32


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.sampled_from(["0x", "0x00", fx.OWNER, "Person", "Mail", "uint256", "string"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "types",
                    "primaryType",
                    "domain",
                    "message",
                    "name",
                    "type",
                    "from",
                    "to",
                    "wallet",
                    "contents",
                    "EIP712Domain",
                    "Person",
                    "Mail",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(obj=json_values, where=st.sampled_from(["types", "domain", "message", "primaryType", None]))
def test_arbitrary_json_objects_raise_only_decode_error(obj: Any, where: str | None) -> None:
    data: Any = fx.ether_mail()
    if where is None:
        data = obj
    else:
        data[where] = obj
    with contextlib.suppress(DecodeError):
        eip712.typed_data_from_json(data)
