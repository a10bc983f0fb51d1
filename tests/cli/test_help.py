"""Help pages (issue 13.19) and the operator-facing edges of items 6, 17, 18 and 20, through the
installed CLI.

- 19: every command's help describes every option, groups options by purpose (the seed before
  the QR transport in `payload sign`), and ends with an example whose options exist;
- 18: a missing input file is exit 7 (an environment problem), never click's usage exit 2;
- 17: `--json` refusals carry each reason's stable code, what it names, and the message;
- 6: `doctor` shows the clock in UTC and local time;
- 20: `psbt show` and `wallet addresses` infer the network from key versions, and ask for
  `--network` only when testnet, signet and regtest cannot be told apart (or nothing says).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from coldsign.cli.examples import EXAMPLES
from coldsign.cli.main import cli
from tests.conftest import run_cli

GLOBAL_FLAGS = {"--json", "--yes", "--debug"}
GLOBAL_VALUES = {"--home"}


def commands() -> Iterator[tuple[str, click.Command]]:
    ctx = click.Context(cli)

    def walk(command: click.Command, path: list[str]) -> Iterator[tuple[str, click.Command]]:
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None
                yield from walk(sub, [*path, name])
        else:
            yield " ".join(path), command

    yield from walk(cli, [])


ALL = dict(commands())


def test_every_command_is_covered() -> None:
    assert len(ALL) > 50
    assert sorted(set(ALL) - set(EXAMPLES)) == []  # every command has an example
    assert sorted(set(EXAMPLES) - set(ALL)) == []  # and no example names a missing command


@pytest.mark.parametrize("path", sorted(ALL))
def test_every_option_is_described_and_every_example_parses(path: str) -> None:
    command = ALL[path]
    undescribed = [
        p.opts[0] for p in command.params if isinstance(p, click.Option) and not (p.help or "")
    ]
    assert undescribed == []
    options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
    for example in EXAMPLES[path]:
        words = shlex.split(example)
        assert words[0] == "coldsign"
        rest = words[1:]
        while rest and rest[0].startswith("-"):  # global options before the noun
            flag = rest.pop(0)
            assert flag in GLOBAL_FLAGS | GLOBAL_VALUES, flag
            if flag in GLOBAL_VALUES:
                rest.pop(0)
        for part in path.split():
            assert rest.pop(0) == part, example
        named = [w.split("=")[0] for w in rest if w.startswith("-") and w != "-" and ">" not in w]
        assert [w for w in named if w not in options] == [], example


@pytest.mark.parametrize("path", ["payload sign", "payload build", "policy sign", "doctor"])
def test_help_pages_group_options_and_end_with_examples(path: str) -> None:
    page = run_cli(*path.split(), "--help")
    assert page.exit_code == 0
    text = page.stdout
    assert "Examples:\n  coldsign " in text
    assert text.index("Help:") < text.index("Examples:")
    if path == "payload sign":
        assert text.index("Seed (read last") < text.index("Output:") < text.index("QR codes")
        assert "--mnemonic-fd" in text.split("QR codes")[0]
    if path == "payload build":
        order = ["\nOptions:\n", "\nBitcoin:\n", "\nEVM:\n", "\nWithdrawal:\n", "\nOutput:\n"]
        assert [text.index(t) for t in order] == sorted(text.index(t) for t in order)
        bitcoin, evm = text.split("\nEVM:\n")
        assert "--change-index" in bitcoin.split("\nBitcoin:\n")[1] and "--gas-limit" in evm


def test_coldsign_help_loads_no_command_module() -> None:
    """Start-up stays fast: the root help imports neither a command module nor rich."""
    probe = (
        "import sys\n"
        "from coldsign.cli.main import run\n"
        "code = run(['--help'])\n"
        "heavy = [m for m in ('rich', 'coldsign.cli.payload', 'coldsign.cli.helpfmt',"
        " 'coldsign.cli.examples', 'coincurve') if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "0 []"


# --- 18: a missing input file ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["psbt", "show", "no-such.psbt"],
        ["policy", "show", "no-such-policy.toml"],
        ["payload", "sign", "missing.payload", "--mnemonic-fd", "0", "-o", "x"],
        ["key", "pub", "missing.key"],
        ["qr", "scan", "--dir", "no-such-dir", "-o", "x"],
        [
            "payload",
            "build",
            "--utxos",
            "none.json",
            "--to",
            "x",
            "--id",
            "i",
            "--initiator",
            "i",
            "--policy",
            "p",
            "--whitelist",
            "w",
        ],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_missing_input_file_is_exit_7(tmp_path: Path, args: list[str]) -> None:
    result = run_cli("--json", *args, cwd=tmp_path)
    assert result.exit_code == 7, result.stderr
    error = result.json["error"]
    assert error["kind"] == "io" and "does not exist" in error["message"]
    assert error["reasons"] == [{"code": "io.unspecified", "message": error["message"]}]


def test_a_directory_where_a_file_is_needed_is_exit_7(tmp_path: Path) -> None:
    result = run_cli("policy", "show", str(tmp_path))
    assert result.exit_code == 7 and "is a directory, not a file" in result.stderr


# --- 17: JSON reasons with their codes ---------------------------------------------------------


def test_a_usage_error_and_a_decline_have_codes_too(tmp_path: Path) -> None:
    usage = run_cli("--json", "psbt", "show", "--no-such-option")
    assert usage.exit_code == 2
    assert usage.json["error"]["reasons"][0]["code"] == "usage.arguments"
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 1.5\n")
    decoded = run_cli("--json", "policy", "show", str(bad))
    assert decoded.exit_code == 3
    (reason,) = decoded.json["error"]["reasons"]
    assert reason["code"] == "malformed.unspecified" and "version" in reason["message"]


# --- 6: the clock in doctor --------------------------------------------------------------------


def test_doctor_shows_the_clock_in_utc_and_local_time(tmp_path: Path) -> None:
    env = {**os.environ, "TZ": "America/New_York"}
    text = run_cli("--home", str(tmp_path), "doctor", env=env)
    clock = [line for line in text.stdout.splitlines() if line.startswith("clock:")]
    assert len(clock) == 1 and " UTC, " in clock[0] and " local (E" in clock[0]  # EST or EDT
    data = run_cli("--json", "--home", str(tmp_path), "doctor", env=env).json["clock"]
    assert data["utc"].endswith("Z") and data["local"][-6:] in ("-05:00", "-04:00")
    assert data["timezone"] in ("EST", "EDT") and isinstance(data["unix"], int)


# --- 20: the network from the keys -------------------------------------------------------------


def wallet_descriptor(network: str) -> str:
    from coldsign.codec.bip32 import parse_path
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
    from coldsign.units import Network

    seed = seed_from_mnemonic(mnemonic_from_text("abandon " * 11 + "about"), None)
    net = Network(network)
    path = f"m/84'/{net.coin_type}'/0'"
    xpub = ExtendedPrivateKey.from_seed(seed, net).derive(parse_path(path)).public().to_string()
    return f"wpkh([{seed.fingerprint}/84h/{net.coin_type}h/0h]{xpub}/<0;1>/*)"


def test_wallet_addresses_infers_mainnet_and_asks_for_a_test_network() -> None:
    mainnet = run_cli("--json", "wallet", "addresses", wallet_descriptor("mainnet"), "--count", "1")
    assert mainnet.exit_code == 0 and mainnet.json[0]["address"].startswith("bc1q")
    test = wallet_descriptor("testnet")
    asked = run_cli("wallet", "addresses", test, "--count", "1")
    assert asked.exit_code == 2
    assert "give --network testnet, signet or regtest" in asked.stderr
    for network, prefix in (("testnet", "tb1q"), ("signet", "tb1q"), ("regtest", "bcrt1q")):
        rows = run_cli("--json", "wallet", "addresses", test, "--network", network).json
        assert rows[0]["address"].startswith(prefix)
    wrong = run_cli("wallet", "addresses", test, "--network", "mainnet")
    assert wrong.exit_code == 2 and "descriptor 1 has a tpub" in wrong.stderr
    fixed = run_cli("wallet", "addresses", "wpkh(" + "02" + "79be667e" * 8 + ")")
    assert fixed.exit_code == 2 and "nothing in the descriptor names its network" in fixed.stderr


def test_psbt_show_infers_the_network_from_its_keys(tmp_path: Path) -> None:
    from coldsign.chains.bitcoin.build import build_psbt, parse_recipient, parse_utxos
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.units import Network

    for network, recipient in (
        ("mainnet", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
        ("testnet", "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"),
    ):
        net = Network(network)
        descriptor = wallet_descriptor(network)
        wallet = Wallet.from_descriptor(descriptor, net)
        spk = wallet.derive_at((0, 0)).script_pubkey.hex()
        utxos = f'[{{"txid": "{"ab" * 32}", "vout": 0, "amount": 0.1, "scriptPubKey": "{spk}"}}]'
        from decimal import Decimal

        psbt = build_psbt(
            wallet, parse_utxos(utxos.encode(), wallet), [parse_recipient(f"{recipient}:0.01", net)],
            fee_rate=Decimal(2), change_index=0,
        )  # fmt: skip
        path = tmp_path / f"{network}.psbt"
        path.write_bytes(psbt.serialize())
        shown = run_cli("--json", "psbt", "show", str(path))
        if network == "mainnet":  # coin type 0' in the BIP-32 paths
            assert shown.exit_code == 0, shown.stderr
            assert shown.json["network"] == "mainnet"
            assert shown.json["outputs"][0]["address"] == recipient
        else:  # coin type 1': testnet, signet or regtest
            assert shown.exit_code == 2 and "coin type 1'" in shown.stderr
            again = run_cli("--json", "psbt", "show", str(path), "--network", "signet")
            assert again.json["network"] == "signet"
            assert again.json["outputs"][0]["address"] == recipient
        # A descriptor's key version settles it, and contradicts a wrong --network.
        named = run_cli("psbt", "show", str(path), "--descriptor", descriptor,
                        "--network", "mainnet" if network == "testnet" else "regtest")  # fmt: skip
        assert named.exit_code == 2 and "descriptor 1 has a" in named.stderr


def test_every_reason_code_is_documented_as_api() -> None:
    """Issue 13.17: each stable code the code can emit has a row in docs/formats.md."""
    import re

    root = Path(__file__).resolve().parents[2]
    source = {p: p.read_text() for p in (root / "coldsign").rglob("*.py")}
    codes: set[str] = set()
    for path, text in source.items():
        codes |= set(re.findall(r'Reason\(\s*"([a-z_]+\.[a-z_]+)"', text))
        codes |= set(re.findall(r'"(calldata\.[a-z_]+)"', text))
        if path.name == "approval.py":
            codes |= {f"approval.{c}" for c in re.findall(r'reason\(\s*"([a-z_]+)"', text)}
    assert len(codes) > 50
    documented = set(
        re.findall(r"`([a-z_]+\.[a-z_]+)`", (root / "docs" / "formats.md").read_text())
    )
    assert sorted(codes - documented) == []
