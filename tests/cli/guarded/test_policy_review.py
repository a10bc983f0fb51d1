"""Admins review what they sign and pin (issue 13, items 3 and 4), through the installed CLI;
the prompts at a pseudo-terminal (pexpect).

- 3: `policy show` shows the whole signed body exactly (decimal strings, member keys, fee caps,
  token contracts and decimals, transfers, initiators) with units; `policy sign` shows it and
  asks before the key is unlocked; `policy pin` of a rotation shows every changed field and asks.
- 4: a wallet whose keys are for another network is refused when the policy is parsed (exit 3,
  naming the wallet), by show, sign, verify and pin alike.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pexpect

from tests.cli.guarded.conftest import (
    Setup,
    account_xpub,
    policy_toml,
    pubs_of,
    sign_doc,
    wpkh_descriptor,
)
from tests.conftest import run_cli


def mainnet_wallet() -> str:
    """The BIP-84 account of the test mnemonic as a mainnet xpub."""
    from coldsign.codec.bip32 import parse_path
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
    from coldsign.units import Network

    seed = seed_from_mnemonic(mnemonic_from_text("abandon " * 11 + "about"), None)
    root = ExtendedPrivateKey.from_seed(seed, Network.MAINNET)
    xpub = root.derive(parse_path("m/84'/0'/0'")).public().to_string()
    assert xpub.startswith("xpub")
    return f"wpkh([{seed.fingerprint}/84h/0h/0h]{xpub}/<0;1>/*)"


def spawn(setup: Setup, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "coldsign", "--home", str(setup.home), *args],
        cwd=str(setup.root), encoding="utf-8", timeout=90, dimensions=(50, 200),
    )  # fmt: skip


def finish(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus, child.before


RICH_POLICY = """
version = 1
previous = ""
approval_lifetime = "90m"
[admins]
threshold = 1
members = [ {{ name = "a1", key = "{a1}" }} ]
[approvers]
members = [ {{ name = "alice", key = "{alice}" }}, {{ name = "bob", key = "{bob}" }} ]
[initiators]
members = [ {{ name = "ivan", key = "{carol}" }} ]
[[wallets]]
name = "cold"
chain = "bitcoin"
network = "testnet"
descriptor = "{cold}"
[[wallets]]
name = "hot"
chain = "bitcoin"
network = "testnet"
descriptor = "{hot}"
[[wallets]]
name = "eth"
chain = "ethereum"
chain_id = 11155111
path = "m/44'/60'/0'/0/0"
address = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"
[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_per_tx = "250000"
max_fee = "0.0005"
max_fee_rate = 25
tiers = [ {{ above = "0", approvals = 1 }} ]
[[assets]]
symbol = "USDC"
chain = "ethereum"
chain_id = 11155111
contract = "0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238"
decimals = 6
max_fee = "0.02"
max_fee_per_gas = "45.5gwei"
tiers = [ {{ above = "0", approvals = 2 }} ]
[[transfers]]
asset = "BTC"
from = "cold"
to = "hot"
max_per_tx = "1.25"
tiers = [ {{ above = "0", approvals = 1 }} ]
"""


def test_policy_show_is_the_whole_body_exactly_with_units(setup: Setup) -> None:
    pubs = pubs_of(setup)
    _, hot_key = account_xpub(
        "legal winner thank year wave sausage worth useful legal winner thank yellow",
        "m/84'/1'/0'",
    )
    from coldsign.codec.descriptor import add_checksum

    text = RICH_POLICY.format(
        cold=setup.descriptor, hot=add_checksum(f"wpkh({hot_key}/<0;1>/*)"), **pubs
    )
    (setup.root / "rich.toml").write_text(text)
    shown = run_cli("policy", "show", str(setup.root / "rich.toml"))
    assert shown.exit_code == 0, shown.stderr
    out = shown.stdout
    for line in [
        'max_per_tx: "250000.0" BTC',  # a decimal string, as signed; never 250000.0 as a float
        'max_fee: "0.0005" BTC',
        "max_fee_rate: 25 sat/vB",
        'max_fee: "0.02" ETH',  # a token's fee is paid in ETH
        'max_fee_per_gas: "45500000000wei" (= 45.5 gwei)',
        'contract: "0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238"',
        "decimals: 6",
        f'key: "{pubs["carol"]}"',  # the initiator's key
        f'key: "{pubs["bob"]}"',
        "[0] BTC cold→hot",
        'max_per_tx: "1.25" BTC',
        'approval_lifetime: "90m"',
        f'descriptor: "{setup.descriptor}"',
    ]:
        assert line in out, line
    # Every scalar of the signed body is on the screen.
    body = json.loads(run_cli("--json", "policy", "show", str(setup.root / "rich.toml")).stdout)
    for leaf in _scalars(body["body"]):
        assert json.dumps(leaf) in out, leaf


def _scalars(value: object) -> list[object]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _scalars(v)]
    if isinstance(value, list):
        return [x for v in value for x in _scalars(v)]
    return [value]


def test_policy_sign_shows_the_policy_and_asks_before_the_key(setup: Setup) -> None:
    out = setup.root / "policy.a1.json"
    child = spawn(setup, "policy", "sign", "policy.toml", "--key", "a1.key", "-o", str(out))
    child.expect('max_fee: "0.0005" BTC')
    child.expect(r"Sign policy v1 [0-9a-f]{16}… as shown above\? \[y/N\]")
    child.sendline("n")
    code, _ = finish(child)
    assert code == 6 and not out.exists()

    child = spawn(setup, "policy", "sign", "policy.toml", "--key", "a1.key", "-o", str(out))
    child.expect(r"as shown above\? \[y/N\]")
    child.sendline("y")
    child.expect("(?i)passphrase for a1's key")
    child.sendline("pw-a1")
    code, _ = finish(child)
    assert code == 0 and out.exists()
    # Scripts: --yes signs without asking (the passphrase still comes on an fd).
    scripted = sign_doc(setup, setup.root / "policy.toml", setup.root / "p.json", "policy", "a2")
    assert scripted.exists()


def _rotation(setup: Setup) -> Path:
    pinned = run_cli("--json", "policy", "verify", str(setup.files["policy"])).json["hash"]
    v2 = policy_toml(
        pubs_of(setup), setup.descriptor, version=2, previous=pinned, max_per_tx="0.8"
    ).replace('{ name = "carol"', '{ name = "dave"')
    (setup.root / "policy-v2.toml").write_text(v2)
    return sign_doc(
        setup, setup.root / "policy-v2.toml", setup.root / "policy-v2.json", "policy", "a1", "a2"
    )


def test_rotation_shows_every_changed_field_and_asks(setup: Setup) -> None:
    v2 = _rotation(setup)
    carol = pubs_of(setup)["carol"]
    child = spawn(setup, "policy", "pin", str(v2))
    child.expect(r"the pinned policy v1 \([0-9a-f]{16}…\) would be replaced by v2")
    child.expect(r"Every field that changes \(7\):")
    child.expect_exact(f'removed  approvers.members[carol].key: "{carol}"')
    child.expect_exact('removed  approvers.members[carol].name: "carol"')
    child.expect_exact(f'added    approvers.members[dave].key: "{carol}"')
    child.expect_exact('changed  assets[BTC].max_per_tx: "0.5" BTC → "0.8" BTC')
    child.expect_exact('changed  previous: "" (empty) → "')
    child.expect_exact("changed  version: 1 → 2")
    child.expect(r"Rotate to policy v2 with these changes\? \[y/N\]")
    child.sendline("n")
    code, _ = finish(child)
    assert code == 6
    records = run_cli("--home", str(setup.home), "--json", "audit", "show").json
    assert not [r for r in records if r["event"] == "policy.rotate"]  # declined: nothing changed

    rotated = setup.cs("policy", "pin", v2)  # --yes: scripts rotate without the question
    assert rotated.exit_code == 0, rotated.stderr
    assert rotated.stdout.startswith("rotated: policy v2")


def test_a_rotation_the_home_refuses_is_not_asked_about(setup: Setup) -> None:
    """A rollback is refused (exit 5) and recorded, without a diff or a question."""
    v2 = _rotation(setup)
    assert setup.cs("policy", "pin", v2).exit_code == 0
    child = spawn(setup, "policy", "pin", str(setup.files["policy"]))
    code, text = finish(child)
    assert code == 5 and "rollback refused" in text and "Rotate to" not in text


def test_a_wallet_for_another_network_is_refused_at_parse_time(setup: Setup) -> None:
    """Issue 13.4: a mainnet xpub in a testnet wallet: exit 3 naming the wallet, everywhere."""
    bad = policy_toml(pubs_of(setup), mainnet_wallet())
    (setup.root / "wrong-net.toml").write_text(bad)
    assert wpkh_descriptor() not in bad
    for args in (
        ["policy", "show", "wrong-net.toml"],
        ["policy", "verify", "wrong-net.toml"],
        ["policy", "sign", "wrong-net.toml", "--key", "a1.key", "-o", "x.json"],
        ["policy", "pin", "wrong-net.toml"],
    ):
        result = setup.cs(*args)
        assert result.exit_code == 3, (args, result.stderr)
        assert "wallets[0].descriptor: wallet treasury" in result.stderr, result.stderr
        assert "testnet" in result.stderr and "checksum" not in result.stderr
        assert not (setup.root / "x.json").exists()
