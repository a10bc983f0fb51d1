"""OKX's published liabilities files (okx/proof-of-reserves example/), verified and tampered with."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.reserves import okx

POR = Path(__file__).resolve().parents[2] / "vectors" / "por"
FORMAT = json.loads((POR / "okx_por_format.json").read_text())["merkle_sum_tree"]
V1_ROOT = bytes.fromhex(FORMAT["v1_merkle_proof_file.json"]["example_root"]["hash"])
V2_ROOT = bytes.fromhex(FORMAT["v2_full-liabilities-merkle-tree.txt"]["example_root"]["hash"])
V1 = (POR / "okx" / "merkle_proof_file.json").read_bytes()
USER = (POR / "okx" / "user_info_file.json").read_bytes()
TREE = (POR / "okx" / "full-liabilities-merkle-tree.txt").read_bytes()


def units(text: str) -> int:
    whole, _, frac = text.partition(".")
    return int(whole) * 10**8 + int(frac.ljust(8, "0"))


def test_v1_proof_verifies_to_the_published_root() -> None:
    raw = json.loads(V1)
    result = okx.verify_proof_v1(okx.decode_proof_v1(V1), V1_ROOT)
    assert result.customer == raw["self"]["auditId"] == "499930592"
    assert result.balances == tuple(
        units(raw["self"]["balances"][a]) for a in ("BTC", "ETH", "USDT")
    )
    expected_totals = FORMAT["v1_merkle_proof_file.json"]["example_root"]["balances"]
    assert result.totals == tuple(units(expected_totals[a]) for a in ("BTC", "ETH", "USDT"))
    assert result.depth == 23 and result.root_hash == V1_ROOT


def test_v2_user_leaves_are_in_the_rebuilt_tree() -> None:
    result = okx.verify_user_info_v2(okx.decode_user_info(USER), okx.decode_tree(TREE), V2_ROOT)
    assert result.balances == (units("0.00005"), 0, 0)
    root = FORMAT["v2_full-liabilities-merkle-tree.txt"]["example_root"]["balances"]
    assert result.totals == tuple(units(root[a]) for a in ("BTC", "ETH", "USDT"))
    leaves = {n.hash for n in okx.decode_tree(TREE).levels[0]}
    assert (
        set(FORMAT["v2_full-liabilities-merkle-tree.txt"]["example_user_leaves_present"]) <= leaves
    )


def test_amounts_print_as_shopspring_decimal_does() -> None:
    for text in ["0", "1.000069", "0.00007282", "3137909428.88369702", "95088.55505656", "10"]:
        assert okx.format_amount(units(text)) == text


def _v1() -> dict[str, Any]:
    doc = json.loads(V1)
    assert isinstance(doc, dict)
    return doc


def _v1_fails(doc: dict[str, Any], root: bytes = V1_ROOT) -> str:
    with pytest.raises(AuthenticationError) as info:
        okx.verify_proof_v1(okx.decode_proof_v1(json.dumps(doc).encode()), root)
    return str(info.value)


def test_v1_wrong_root() -> None:
    assert "root hash" in _v1_fails(_v1(), root=V2_ROOT)


def test_v1_tampered_sibling_balance() -> None:
    doc = _v1()
    doc["path"][5]["balances"]["BTC"] = "0.00001875"
    _v1_fails(doc)


def test_v1_tampered_leaf_balance() -> None:
    doc = _v1()
    doc["self"]["balances"]["USDT"] = "19398.33550813"
    assert "leaf hash" in _v1_fails(doc)


def test_v1_negative_balance() -> None:
    doc = _v1()
    doc["path"][3]["balances"]["ETH"] = "-1"
    assert "negative" in _v1_fails(doc)


def test_v1_swapped_siblings() -> None:
    doc = _v1()
    doc["path"][6], doc["path"][7] = doc["path"][7], doc["path"][6]
    _v1_fails(doc)


def test_v1_truncated_path() -> None:
    doc = _v1()
    del doc["path"][10]
    _v1_fails(doc)


def test_v1_padding_copy_must_be_a_copy_with_zero_balances() -> None:
    doc = _v1()
    copy_entry = next(p for p in doc["path"] if p["type"] == 4)
    copy_entry["balances"]["BTC"] = "1"
    assert "padding copy" in _v1_fails(doc)


def test_v1_sibling_leaf_nonce_is_checked() -> None:
    doc = _v1()
    doc["path"][0]["balances"]["USDT"] = "0.00007283"
    assert "sibling leaf" in _v1_fails(doc)


def test_v1_side_flip_fails() -> None:
    doc = _v1()
    doc["path"][9]["type"] = 1
    _v1_fails(doc)


def _v2_fails(user: bytes = USER, tree: bytes = TREE, root: bytes = V2_ROOT) -> str:
    with pytest.raises(AuthenticationError) as info:
        okx.verify_user_info_v2(okx.decode_user_info(user), okx.decode_tree(tree), root)
    return str(info.value)


def test_v2_wrong_root() -> None:
    assert "root" in _v2_fails(root=V1_ROOT)


def test_v2_tampered_tree_node() -> None:
    lines = TREE.decode().splitlines()
    lines[9] = lines[9].replace('"USDT":"0.95891802"', '"USDT":"0.95891801"')
    assert "not the hash and sum of its children" in _v2_fails(
        tree=("\n".join(lines) + "\n").encode()
    )


def test_v2_padding_copy_with_a_balance() -> None:
    lines = TREE.decode().splitlines()
    assert lines[25].startswith("dc2cad78") and lines[26].startswith("dc2cad78")
    lines[25] = lines[25].replace('"USDT":"0"', '"USDT":"0.1"')
    _v2_fails(tree=("\n".join(lines) + "\n").encode())


def test_v2_user_leaf_missing_or_altered() -> None:
    lines = [line for line in TREE.decode().splitlines() if not line.startswith("9efbc1a6")]
    with pytest.raises((AuthenticationError, DecodeError)):
        okx.verify_user_info_v2(
            okx.decode_user_info(USER), okx.decode_tree(("\n".join(lines) + "\n").encode()), V2_ROOT
        )
    info = json.loads(USER)
    info["nodes"][0]["balances"]["BTC"] = "0.0000488"
    _v2_fails(user=json.dumps(info).encode())
    info = json.loads(USER)
    info["nonce"] = "00" + info["nonce"][2:]
    assert "user hash" in _v2_fails(user=json.dumps(info).encode())


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d["self"]["balances"].update(BTC="1.000000001"), "8 decimals"),
        (lambda d: d["self"]["balances"].update(BTC="1.50"), "trailing zeros"),
        (lambda d: d["self"]["balances"].update(BTC=1), "decimal string"),
        (lambda d: d["self"]["balances"].pop("ETH"), "missing ETH"),
        (lambda d: d["self"].update(hash="AB" * 32), "hex"),
        (lambda d: d["self"].update(type=5), "type"),
        (lambda d: d["self"].update(height=True), "height"),
        (lambda d: d["path"][0].update(color="red"), "unknown"),
        (lambda d: d.update(path=[]), "path"),
        (lambda d: d["self"].update(auditId="a b"), "auditId"),
    ],
)
def test_malformed_v1_is_a_decode_error(change: Any, why: str) -> None:
    doc = copy.deepcopy(_v1())
    change(doc)
    with pytest.raises(DecodeError, match=why):
        okx.decode_proof_v1(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"zz,1,{}\n",
        b"%s,1\n" % (b"a" * 64),
        b"%s,0,{}\n" % (b"a" * 64),
        b"%s,2,{}\n%s,1,{}\n" % (b"a" * 64, b"a" * 64),
        TREE.replace(b",5,", b",7,", 1),
        TREE.replace(b'"BTC"', b'"XBT"', 1),
        TREE + b"\xff",
    ],
)
def test_malformed_tree_is_a_decode_error(text: bytes) -> None:
    with pytest.raises(DecodeError):
        okx.decode_tree(text)
