"""`coldsign wallet descriptor|xpub|addresses` through the installed entry point."""

from __future__ import annotations

import os

import pytest

from coldsign.codec.descriptor import parse_descriptor
from tests.conftest import Result, run_cli, secret_fd, vector

ABOUT = " ".join(["abandon"] * 11 + ["about"])


def _with_mnemonic(*args: str, mnemonic: str = ABOUT) -> tuple[list[str], int]:
    fd = secret_fd(mnemonic + "\n")
    return [*args, "--mnemonic-fd", str(fd)], fd


def run_with_mnemonic(
    *args: str, mnemonic: str = ABOUT, global_args: tuple[str, ...] = ()
) -> Result:
    argv, fd = _with_mnemonic(*args, mnemonic=mnemonic)
    try:
        return run_cli(*global_args, *argv, pass_fds=(fd,))
    finally:
        os.close(fd)


def _bip_addresses(name: str) -> dict[str, str]:
    return {
        e["path"]: e["fields"]["address"]
        for e in vector(f"derivation/{name}")["entries"]
        if "address" in e["fields"]
    }


@pytest.mark.parametrize(
    ("kind", "vector_name", "prefix"),
    [
        ("wpkh", "bip84_test_vectors.json", "wpkh([73c5da0a/84h/0h/0h]xpub"),
        ("tr", "bip86_test_vectors.json", "tr([73c5da0a/86h/0h/0h]xpub"),
    ],
)
def test_descriptor_then_addresses_match_bip_vectors(
    kind: str, vector_name: str, prefix: str
) -> None:
    result = run_with_mnemonic("wallet", "descriptor", "--type", kind, "--account", "0")
    assert result.exit_code == 0, result.stderr
    text = result.stdout.strip()
    assert text.startswith(prefix) and "/<0;1>/*)#" in text
    parse_descriptor(text, require_checksum=True)
    expected = _bip_addresses(vector_name)
    purpose = prefix.split("/")[1].rstrip("h")
    listed = run_cli("--json", "wallet", "addresses", text, "--count", "2")
    assert listed.exit_code == 0, listed.stderr
    rows = listed.json
    assert [r["index"] for r in rows] == [0, 1]
    assert rows[0]["address"] == expected[f"m/{purpose}'/0'/0'/0/0"]
    assert rows[1]["address"] == expected[f"m/{purpose}'/0'/0'/0/1"]
    change = run_cli("--json", "wallet", "addresses", text, "--change", "--count", "1")
    assert change.json[0]["address"] == expected[f"m/{purpose}'/0'/0'/1/0"]


def test_sh_wpkh_testnet_matches_bip49() -> None:
    result = run_with_mnemonic("wallet", "descriptor", "--type", "sh-wpkh", "--network", "testnet")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("sh(wpkh([73c5da0a/49h/1h/0h]tpub")
    listed = run_cli(
        "--json",
        "wallet",
        "addresses",
        result.stdout.strip(),
        "--network",
        "testnet",
        "--count",
        "1",
    )
    assert listed.json[0]["address"] == "2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2"


def test_xpub_and_multisig_descriptor() -> None:
    ours = run_with_mnemonic("wallet", "xpub", "--path", "m/48'/0'/0'/2'")
    assert ours.exit_code == 0, ours.stderr
    assert ours.stdout.startswith("[73c5da0a/48h/0h/0h/2h]xpub")
    other_mnemonic = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    cosigner = run_with_mnemonic(
        "wallet", "xpub", "--path", "m/48'/0'/0'/2'", mnemonic=other_mnemonic
    )
    result = run_with_mnemonic(
        "wallet",
        "descriptor",
        "--type",
        "wsh-sortedmulti",
        "--threshold",
        "2",
        "--cosigner",
        cosigner.stdout.strip(),
    )
    assert result.exit_code == 0, result.stderr
    descriptor = parse_descriptor(result.stdout.strip(), require_checksum=True)
    assert descriptor.threshold == 2 and len(descriptor.keys) == 2
    assert ours.stdout.strip() + "/<0;1>/*" in result.stdout
    listed = run_cli("wallet", "addresses", result.stdout.strip(), "--count", "3")
    assert listed.exit_code == 0
    assert len(listed.stdout.splitlines()) == 3 and "bc1q" in listed.stdout


def test_json_descriptor_fields() -> None:
    result = run_with_mnemonic(
        "wallet",
        "descriptor",
        "--type",
        "wpkh",
        "--network",
        "regtest",
        "--account",
        "3",
        global_args=("--json",),
    )
    data = result.json
    assert data["fingerprint"] == "73c5da0a" and data["path"] == "m/84h/1h/3h"
    assert data["descriptor"].startswith("wpkh([73c5da0a/84h/1h/3h]tpub")
    rows = run_cli(
        "--json", "wallet", "addresses", data["descriptor"], "--network", "regtest", "--count", "1"
    ).json
    assert rows[0]["address"].startswith("bcrt1q")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ["wpkh(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)#aaaaaaaa"],
            "checksum",
        ),
        (
            ["wsh(pk(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd))"],
            "not supported",
        ),
        (
            [
                "wpkh(04a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd5b8dec5235a0fa8722476c7709c02559e3aa73aa03918ba2d492eea75abea235)"
            ],
            "uncompressed",
        ),
        (
            [
                "wpkh(xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet9/*)"
            ],
            "checksum",
        ),
        (
            [
                "wpkh(xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8/0h/*)"
            ],
            "hardened",
        ),
        (
            [
                "tr(a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd,pk(669b8afcec803a0d323e9a17f3ea8e68e8abe5a278020a929adbec52421adbd0))"
            ],
            "script tree",
        ),
        (["wpkh(L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1)"], "private key"),
    ],
    ids=[
        "bad-checksum",
        "unsupported-kind",
        "uncompressed",
        "bad-xpub",
        "hardened",
        "tr-tree",
        "wif",
    ],
)
def test_invalid_descriptor_exit_3(args: list[str], needle: str) -> None:
    result = run_cli("wallet", "addresses", *args)
    assert result.exit_code == 3
    assert needle in result.stderr
    assert result.stdout == ""
    if "L4rK" in args[0]:
        assert "L4rK" not in result.stderr


def test_bad_cosigner_exit_3_before_reading_secret() -> None:
    # No mnemonic fd and --yes: the cosigner is checked first, so the decode error wins.
    result = run_cli(
        "--yes",
        "wallet",
        "descriptor",
        "--type",
        "wsh-sortedmulti",
        "--threshold",
        "1",
        "--cosigner",
        "[deadbeef]xpubnonsense",
    )
    assert result.exit_code == 3 and "cosigner 1" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["wallet", "descriptor", "--type", "wpkh", "--threshold", "2"],
        ["wallet", "descriptor", "--type", "wsh-sortedmulti"],
        ["wallet", "descriptor", "--type", "nope"],
        ["wallet", "addresses"],
        [
            "wallet",
            "addresses",
            "wpkh(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)",
            "--change",
        ],
    ],
    ids=[
        "threshold-without-multisig",
        "multisig-without-cosigners",
        "bad-type",
        "no-descriptor",
        "change-single-branch",
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run_cli("--yes", *args).exit_code == 2
