"""`coldsign reserves liabilities build|verify` through the installed entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Result, run_cli, vector_path

BALANCES = (
    "customer_id,BTC,ETH,USDT\n"
    "alice,150000000,2000000000000000000,0\n"
    "bob,0,5,17000000\n"
    "carol,42,0,1000000\n"
    "dave@example.com,7,7,7\n"
)
OKX = vector_path("por")
OKX_FORMAT = json.loads((OKX / "okx_por_format.json").read_text())["merkle_sum_tree"]
OKX_V1_ROOT = OKX_FORMAT["v1_merkle_proof_file.json"]["example_root"]["hash"]
OKX_V2_ROOT = OKX_FORMAT["v2_full-liabilities-merkle-tree.txt"]["example_root"]["hash"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("liabilities")
    (work / "BALANCES.csv").write_text(BALANCES)
    result = run_cli(
        "reserves", "liabilities", "build", str(work / "BALANCES.csv"), "-o", str(work / "out"),
        "--snapshot", "2026-12-31 close", "--decimals", "BTC=8", "--decimals", "ETH=18",
        "--decimals", "USDT=6", "--min-leaves", "8", "--split",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "root hash" in result.stdout and "customers  4 in a tree of 8 leaves" in result.stdout
    return work / "out"


def proof_doc(out: Path, customer: str) -> dict[str, Any]:
    for line in (out / "proofs.jsonl").read_text().splitlines():
        doc = json.loads(line)
        if doc["customer"] == customer:
            assert isinstance(doc, dict)
            return doc
    raise KeyError(customer)


def verify(proof: Path, root: str, *extra: str) -> Result:
    return run_cli(*extra, "reserves", "liabilities", "verify", str(proof), "--root", root)


def write_proof(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "PROOF.json"
    path.write_text(json.dumps(doc))
    return path


def root_hash(out: Path) -> str:
    value = json.loads((out / "root.json").read_text())["root_hash"]
    assert isinstance(value, str)
    return value


def test_build_writes_root_jsonl_and_split_files(built: Path) -> None:
    root = json.loads((built / "root.json").read_text())
    assert root["format"] == "coldsign-liabilities-root" and root["tree_size"] == 8
    assert root["totals"] == {"BTC": "150000049", "ETH": "2000000000000000012", "USDT": "18000007"}
    assert "customers" not in root  # the count stays private; only the padded size is public
    lines = (built / "proofs.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["customer"] for line in lines) == [
        "alice", "bob", "carol", "dave@example.com",
    ]  # fmt: skip
    alice = next(line for line in lines if '"customer":"alice"' in line)
    assert (built / "proofs" / "alice.json").read_text() == alice + "\n"
    assert (built / "proofs.jsonl").stat().st_mode & 0o777 == 0o600


def test_customer_verifies_with_the_root_document(built: Path) -> None:
    result = verify(built / "proofs" / "alice.json", str(built / "root.json"))
    assert result.exit_code == 0, result.stderr
    assert "customer alice is included in snapshot 2026-12-31 close" in result.stdout
    assert "BTC   1.50000000  (150000000 base units)" in result.stdout
    assert "ETH   2.000000000000000000" in result.stdout
    assert "3 levels of a tree of 8 leaves" in result.stdout


def test_customer_verifies_with_the_root_hash_as_json(built: Path) -> None:
    result = verify(built / "proofs" / "bob.json", root_hash(built).upper(), "--json")
    assert result.exit_code == 0, result.stderr
    out = result.json
    assert out["verified"] is True and out["customer"] == "bob"
    assert out["balances"]["USDT"] == {
        "base_units": "17000000",
        "amount": "17.000000",
        "decimals": 6,
    }
    assert out["totals"]["BTC"]["base_units"] == "150000049"
    assert out["root_hash"] == root_hash(built)


def _first_nonzero_step(doc: dict[str, Any]) -> int:
    return next(i for i, step in enumerate(doc["path"]) if any(int(v) for v in step[1:]))


def _tampered_sum(doc: dict[str, Any]) -> None:
    step = doc["path"][_first_nonzero_step(doc)]
    step[1] = str(int(step[1]) + 1)


def _negative_leaf(doc: dict[str, Any]) -> None:
    doc["balances"]["USDT"] = "-1"


def _negative_sibling(doc: dict[str, Any]) -> None:
    doc["path"][0][2] = "-100"


def _swapped_sibling(doc: dict[str, Any]) -> None:
    doc["path"][0], doc["path"][1] = doc["path"][1], doc["path"][0]


def _truncated_path(doc: dict[str, Any]) -> None:
    doc["path"].pop()


def _wrong_salt(doc: dict[str, Any]) -> None:
    doc["salt"] = "00" * 16


def _changed_balance(doc: dict[str, Any]) -> None:
    doc["balances"]["BTC"] = str(int(doc["balances"]["BTC"]) + 1)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_tampered_sum, "adds up to"),
        (_negative_leaf, "negative"),
        (_negative_sibling, "negative"),
        (_swapped_sibling, "root"),
        (_truncated_path, "needs 3"),
        (_wrong_salt, "root"),
        (_changed_balance, "root"),
    ],
    ids=["tampered sum", "negative leaf", "negative sibling", "swapped sibling", "truncated path",
         "wrong salt", "changed balance"],
)  # fmt: skip
def test_altered_proof_exits_5(built: Path, tmp_path: Path, change: Any, message: str) -> None:
    doc = proof_doc(built, "alice")
    change(doc)
    proof = write_proof(tmp_path, doc)
    for root in (str(built / "root.json"), root_hash(built)):
        result = verify(proof, root)
        assert result.exit_code == 5, (result.stdout, result.stderr)
        assert result.stdout == ""
        assert "error:" in result.stderr
    assert message in verify(proof, str(built / "root.json")).stderr


def test_wrong_root_exits_5(built: Path) -> None:
    result = verify(built / "proofs" / "carol.json", "ab" * 32)
    assert result.exit_code == 5 and "root hash" in result.stderr
    result = verify(built / "proofs" / "carol.json", "ab" * 32, "--json")
    assert result.exit_code == 5 and result.json["error"]["kind"] == "unauthentic"


def test_tampered_root_document_exits_5(built: Path, tmp_path: Path) -> None:
    root = json.loads((built / "root.json").read_text())
    root["totals"]["BTC"] = "1"
    (tmp_path / "root.json").write_text(json.dumps(root))
    result = verify(built / "proofs" / "carol.json", str(tmp_path / "root.json"))
    assert result.exit_code == 5 and "does not commit" in result.stderr


def test_malformed_proof_and_root_exit_3(built: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"format": "coldsign-liabilities-proof"')
    result = verify(garbage, str(built / "root.json"))
    assert result.exit_code == 3 and "garbage.json" in result.stderr
    doc = proof_doc(built, "alice")
    doc["salt"] = "xyz"
    assert verify(write_proof(tmp_path, doc), str(built / "root.json")).exit_code == 3
    result = verify(built / "proofs" / "alice.json", str(garbage))
    assert result.exit_code == 3


def test_missing_root_file_exits_7(built: Path, tmp_path: Path) -> None:
    result = verify(built / "proofs" / "alice.json", str(tmp_path / "nope.json"))
    assert result.exit_code == 7


def test_build_refuses_bad_balances_naming_line_and_column(tmp_path: Path) -> None:
    csv = tmp_path / "b.csv"
    csv.write_text("customer_id,BTC\nalice,1\nbob,-5\n")
    result = run_cli("reserves", "liabilities", "build", str(csv), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert "b.csv line 3, column 2 (BTC)" in result.stderr and "negative" in result.stderr
    assert not (tmp_path / "out" / "root.json").exists()


def test_build_refuses_to_overwrite_and_bad_options(built: Path, tmp_path: Path) -> None:
    csv = tmp_path / "b.csv"
    csv.write_text(BALANCES)
    result = run_cli("reserves", "liabilities", "build", str(csv), "-o", str(built))
    assert result.exit_code == 7 and "exists" in result.stderr
    out = str(tmp_path / "o")
    for extra in (
        ["--decimals", "DOGE=8"],
        ["--decimals", "BTC"],
        ["--min-leaves", "1000"],
        ["--snapshot", "line\nbreak"],
    ):
        result = run_cli("reserves", "liabilities", "build", str(csv), "-o", out, *extra)
        assert result.exit_code == 2, (extra, result.stderr)


def test_okx_v1_proof_verifies_and_tampering_exits_5(tmp_path: Path) -> None:
    proof = OKX / "okx" / "merkle_proof_file.json"
    assert verify(proof, OKX_V1_ROOT).exit_code == 3  # not the coldsign format
    args = ("--format", "okx-v1")
    result = run_cli("reserves", "liabilities", "verify", str(proof), "--root", OKX_V1_ROOT, *args)
    assert result.exit_code == 0, result.stderr
    assert "customer 499930592 is included" in result.stdout
    assert "BTC   1.00006900" in result.stdout
    doc = json.loads(proof.read_text())
    doc["path"][12]["balances"]["USDT"] = "0"
    tampered = write_proof(tmp_path, doc)
    result = run_cli(
        "reserves", "liabilities", "verify", str(tampered), "--root", OKX_V1_ROOT, *args
    )
    assert result.exit_code == 5
    result = run_cli("reserves", "liabilities", "verify", str(proof), "--root", OKX_V2_ROOT, *args)
    assert result.exit_code == 5


def test_okx_v2_user_info_with_the_full_tree(tmp_path: Path) -> None:
    user = OKX / "okx" / "user_info_file.json"
    tree = OKX / "okx" / "full-liabilities-merkle-tree.txt"
    base = ["reserves", "liabilities", "verify", str(user), "--format", "okx-v2"]
    result = run_cli("--json", *base, "--root", OKX_V2_ROOT, "--tree", str(tree))
    assert result.exit_code == 0, result.stderr
    assert result.json["balances"]["BTC"]["amount"] == "0.00005000"
    assert result.json["scheme"] == "okx-v2"
    altered = tmp_path / "tree.txt"
    altered.write_text(tree.read_text().replace('"USDT":"0.45441655"', '"USDT":"0.45441656"'))
    result = run_cli(*base, "--root", OKX_V2_ROOT, "--tree", str(altered))
    assert result.exit_code == 5 and "children" in result.stderr
    assert run_cli(*base, "--root", OKX_V2_ROOT).exit_code == 2  # --tree is required


def test_reserves_is_listed_in_help() -> None:
    result = run_cli("--help")
    assert result.exit_code == 0 and "reserves" in result.stdout
    result = run_cli("reserves", "liabilities", "--help")
    assert "build" in result.stdout and "verify" in result.stdout
