"""The customer's verify without click (cli/inclusion.py) says exactly what the click command says.

`python -m coldsign` and the console script send a well-formed `reserves liabilities verify` to
`run_fast`; everything else, and whatever it declines, goes to the click CLI. Each case below
runs both routes in this process on the same arguments and compares exit code, stdout and
stderr; the declined cases check that the fast route printed nothing before handing over.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coldsign.cli import inclusion, main
from tests.conftest import run_cli, vector_path

BALANCES = "customer_id,BTC,USDT\nalice,150000000,0\nbob,0,17000000\ncarol,42,1000000\n"
OKX = vector_path("por")
OKX_FORMAT = json.loads((OKX / "okx_por_format.json").read_text())["merkle_sum_tree"]
OKX_V1_ROOT = OKX_FORMAT["v1_merkle_proof_file.json"]["example_root"]["hash"]
OKX_V2_ROOT = OKX_FORMAT["v2_full-liabilities-merkle-tree.txt"]["example_root"]["hash"]
VERIFY = ("reserves", "liabilities", "verify")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    work = tmp_path_factory.mktemp("inclusion")
    (work / "BALANCES.csv").write_text(BALANCES)
    out = work / "out"
    built = run_cli(
        "reserves", "liabilities", "build", str(work / "BALANCES.csv"), "-o", str(out),
        "--snapshot", "2026-12-31 close", "--decimals", "BTC=8", "--decimals", "USDT=6",
        "--min-leaves", "4",
    )  # fmt: skip
    assert built.exit_code == 0, built.stderr
    lines = (out / "proofs.jsonl").read_text().splitlines()
    proof = work / "PROOF.json"
    proof.write_text(lines[0])
    tampered_doc = json.loads(lines[0])
    tampered_doc["balances"] = {name: "1" for name in tampered_doc["balances"]}
    tampered = work / "TAMPERED.json"
    tampered.write_text(json.dumps(tampered_doc))
    garbage = work / "GARBAGE.json"
    garbage.write_text('{"format": "coldsign-liabilities-proof"')
    root = out / "root.json"
    okx_tampered_doc = json.loads((OKX / "okx" / "merkle_proof_file.json").read_text())
    okx_tampered_doc["path"][12]["balances"]["USDT"] = "0"
    okx_tampered = work / "OKX_TAMPERED.json"
    okx_tampered.write_text(json.dumps(okx_tampered_doc))
    return {
        "proof": str(proof),
        "tampered": str(tampered),
        "garbage": str(garbage),
        "root": str(root),
        "hash": json.loads(root.read_text())["root_hash"],
        "missing": str(work / "no-such-root.json"),
        "okx_v1": str(OKX / "okx" / "merkle_proof_file.json"),
        "okx_tampered": str(okx_tampered),
        "okx_user": str(OKX / "okx" / "user_info_file.json"),
        "okx_tree": str(OKX / "okx" / "full-liabilities-merkle-tree.txt"),
        "home": str(work / "home"),
    }


def both_routes(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[tuple[int | None, str, str], tuple[int, str, str]]:
    fast_code = inclusion.run_fast(args)
    fast = capsys.readouterr()
    click_code = main.run(args)
    slow = capsys.readouterr()
    return (fast_code, fast.out, fast.err), (click_code, slow.out, slow.err)


# Argument lists built from the fixture's names: {name} is replaced by that file or value.
TAKEN = [
    ("0 root document", ["{V}", "{proof}", "--root", "{root}"], 0),
    ("0 root hash", ["{V}", "{proof}", "--root", "{hash}"], 0),
    ("0 --root=", ["{V}", "{proof}", "--root={hash}"], 0),
    ("0 json", ["--json", "{V}", "{proof}", "--root", "{root}"], 0),
    ("0 options first", ["{V}", "--format", "coldsign", "--root", "{hash}", "{proof}"], 0),
    ("0 globals", ["--home", "{home}", "--yes", "--json", "{V}", "{proof}", "--root", "{hash}"], 0),
    ("0 --home=", ["--home={home}", "--debug", "{V}", "{proof}", "--root", "{hash}"], 0),
    ("5 tampered", ["{V}", "{tampered}", "--root", "{root}"], 5),
    ("5 tampered json", ["--json", "{V}", "{tampered}", "--root", "{hash}"], 5),
    ("5 other root", ["{V}", "{proof}", "--root", "{okx_root}"], 5),
    ("3 garbage", ["{V}", "{garbage}", "--root", "{root}"], 3),
    ("3 garbage json", ["--json", "{V}", "{garbage}", "--root", "{root}"], 3),
    ("3 proof as root", ["{V}", "{proof}", "--root", "{proof}"], 3),
    ("7 missing root", ["{V}", "{proof}", "--root", "{missing}"], 7),
    ("0 okx-v1", ["{V}", "{okx_v1}", "--root", "{okx_root}", "--format", "okx-v1"], 0),
    ("5 okx-v1 tampered", ["{V}", "{okx_tampered}", "--root", "{okx_root}", "--format=okx-v1"], 5),
    ("3 okx-v1 as coldsign", ["{V}", "{okx_v1}", "--root", "{okx_root}"], 3),
    (
        "0 okx-v2",
        [
            "--json",
            "{V}",
            "{okx_user}",
            "--format",
            "okx-v2",
            "--root",
            "{okx_v2_root}",
            "--tree",
            "{okx_tree}",
        ],
        0,
    ),
]

DECLINED = [
    ("help", ["{V}", "--help"]),
    ("missing proof", ["{V}", "{missing}", "--root", "{hash}"]),
    ("proof is a directory", ["{V}", "{home_parent}", "--root", "{hash}"]),
    ("no root", ["{V}", "{proof}"]),
    ("root twice", ["{V}", "{proof}", "--root", "{hash}", "--root", "{root}"]),
    ("two proofs", ["{V}", "{proof}", "{proof}", "--root", "{hash}"]),
    ("unknown option", ["{V}", "{proof}", "--root", "{hash}", "--quiet"]),
    ("--json after the noun", ["{V}", "--json", "{proof}", "--root", "{hash}"]),
    ("unknown format", ["{V}", "{proof}", "--root", "{hash}", "--format", "okx-v3"]),
    ("tree without okx-v2", ["{V}", "{proof}", "--root", "{hash}", "--tree", "{okx_tree}"]),
    ("okx-v2 without tree", ["{V}", "{okx_user}", "--root", "{okx_v2_root}", "--format", "okx-v2"]),
    ("okx with a root file", ["{V}", "{okx_v1}", "--root", "{root}", "--format", "okx-v1"]),
    ("global twice", ["--json", "--json", "{V}", "{proof}", "--root", "{hash}"]),
    ("unknown global", ["--verbose", "{V}", "{proof}", "--root", "{hash}"]),
    ("home without value", ["--home", "{V}", "{proof}", "--root", "{hash}"]),
    ("option without value", ["{V}", "{proof}", "--root"]),
    ("other command", ["reserves", "liabilities", "build", "{proof}", "-o", "{home}"]),
]


def expand(template: list[str], files: dict[str, str]) -> list[str]:
    names = {
        **files,
        "okx_root": OKX_V1_ROOT,
        "okx_v2_root": OKX_V2_ROOT,
        "home_parent": str(Path(files["home"]).parent),
    }
    args: list[str] = []
    for item in template:
        if item == "{V}":
            args.extend(VERIFY)
        else:
            args.append(item.format(**names))
    return args


@pytest.mark.parametrize(("name", "template", "code"), TAKEN, ids=[t[0] for t in TAKEN])
def test_fast_route_says_what_click_says(
    name: str,
    template: list[str],
    code: int,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = expand(template, files)
    fast, slow = both_routes(args, capsys)
    assert fast[0] == code, (name, fast)
    assert fast == slow
    if code == 0:
        assert "is included" in fast[1] or '"verified": true' in fast[1]
    else:
        assert fast[2].startswith("error: ")


@pytest.mark.parametrize(("name", "template"), DECLINED, ids=[t[0] for t in DECLINED])
def test_fast_route_hands_over_what_it_does_not_own(
    name: str, template: list[str], files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = expand(template, files)
    assert inclusion.run_fast(args) is None, name
    printed = capsys.readouterr()
    assert printed.out == "" and printed.err == ""


def test_the_installed_route_imports_no_click(files: dict[str, str]) -> None:
    """End to end through `python -m coldsign`: the verify runs, and click is never imported."""
    args = [*VERIFY, files["proof"], "--root", files["hash"]]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coldsign", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "is included" in proc.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert "coldsign.reserves.liabilities" in imported
    assert not {m for m in imported if m.split(".")[0] in {"click", "rich", "coincurve"}}
    assert "coldsign.cli.main" not in imported
    # And a declined line still reaches click, whose usage error is exit 2.
    declined = run_cli(*VERIFY, files["proof"], "--root", files["hash"], "--tree", files["proof"])
    assert declined.exit_code == 2 and "--tree is needed" in declined.stderr


def test_a_label_stdout_cannot_encode_goes_to_click(tmp_path: Path) -> None:
    """On an ASCII-only stdout the fast route cannot print a Unicode snapshot label; it hands
    over with nothing written, and click prints the result once, as it would have anyway."""
    (tmp_path / "B.csv").write_text("customer_id,BTC\nalice,5\nbob,6\n")
    out = tmp_path / "out"
    built = run_cli(
        "reserves", "liabilities", "build", str(tmp_path / "B.csv"), "-o", str(out),
        "--snapshot", "clôture — été", "--min-leaves", "2",
    )  # fmt: skip
    assert built.exit_code == 0, built.stderr
    proof = tmp_path / "P.json"
    proof.write_text((out / "proofs.jsonl").read_text().splitlines()[0])
    args = [*VERIFY, str(proof), "--root", str(out / "root.json")]
    plain = run_cli(*args)
    ascii_only = run_cli(*args, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert plain.exit_code == ascii_only.exit_code == 0, ascii_only.stderr
    assert plain.stdout.count("is included in snapshot clôture — été") == 1
    assert ascii_only.stdout == plain.stdout
