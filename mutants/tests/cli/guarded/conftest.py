"""A throwaway custody set-up for the guarded-signer tests: role keys, a signed policy and
whitelist, a pinned signer home, and a funded wallet (UTXO list), driven through the CLI."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from coldsign.codec.bip32 import parse_path
from coldsign.codec.descriptor import add_checksum, parse_descriptor
from coldsign.codec.script import address_from_script, p2wpkh_script
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.rolekey import Role, generate_role_key, seal_role_key
from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.units import Network
from tests.conftest import Result, run_cli, secret_fd

MNEMONIC = (
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)
COSIGNER_MNEMONICS = [
    MNEMONIC,
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
]
HOT_WALLET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
OTHER_WHITELISTED = "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"
# P2WPKH of 2·G: a valid testnet address that no whitelist here lists.
NOT_WHITELISTED = (
    address_from_script(
        p2wpkh_script(
            bytes.fromhex("02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5")
        ),
        Network.TESTNET,
    )
    or ""
)
FAST_KDF = 2**10


def account_xpub(mnemonic: str, path: str) -> tuple[str, str]:
    seed = seed_from_mnemonic(mnemonic_from_text(mnemonic), None)
    xpub = (
        ExtendedPrivateKey.from_seed(seed, Network.TESTNET)
        .derive(parse_path(path))
        .public()
        .to_string()
    )
    origin = path.removeprefix("m/").replace("'", "h")
    return seed.fingerprint, f"[{seed.fingerprint}/{origin}]{xpub}"


def wpkh_descriptor() -> str:
    _, key = account_xpub(MNEMONIC, "m/84'/1'/0'")
    return add_checksum(f"wpkh({key}/<0;1>/*)")


def multisig_descriptor() -> str:
    keys = [account_xpub(m, "m/48'/1'/0'/2'")[1] + "/<0;1>/*" for m in COSIGNER_MNEMONICS]
    return add_checksum(f"wsh(sortedmulti(2,{','.join(keys)}))")


def spk_at(descriptor: str, branch: int, index: int) -> str:
    return parse_descriptor(descriptor).branches()[branch].derive(index).script_pubkey.hex()


@dataclass
class Setup:
    """Paths and a runner. `cs(...)` runs coldsign with secrets passed on fresh pipe fds."""

    root: Path
    descriptor: str
    home: Path
    files: dict[str, Path] = field(default_factory=dict)
    counter: int = 0

    def path(self, name: str) -> Path:
        return self.root / name

    def cs(
        self, *args: str | Path, secrets: dict[str, str] | None = None, home: Path | None = None
    ) -> Result:
        """Run `coldsign --home H --yes ARGS`; `secrets` maps an option (e.g. --passphrase-fd) to text."""
        argv = ["--home", str(home or self.home), "--yes", *[str(a) for a in args]]
        fds = []
        for option, text in (secrets or {}).items():
            fd = secret_fd(text)
            fds.append(fd)
            argv += [option, str(fd)]
        try:
            return run_cli(*argv, pass_fds=tuple(fds), cwd=self.root)
        finally:
            import os

            for fd in fds:
                os.close(fd)

    def new_name(self, stem: str) -> Path:
        self.counter += 1
        return self.root / f"{stem}-{self.counter}"

    def build(
        self,
        *recipients: str,
        wid: str,
        fee_rate: str = "5",
        utxos: str = "utxos.json",
        extra: tuple[str, ...] = (),
    ) -> Path:
        out = self.new_name(f"{wid}.payload")
        args: list[str | Path] = [
            "payload",
            "build",
            "--wallet",
            self.descriptor,
            "--utxos",
            self.path(utxos),
            "--fee-rate",
            fee_rate,
            *(
                ("--prev-txs", self.path(utxos).with_suffix(".prev"))
                if self.path(utxos).with_suffix(".prev").exists()
                else ()
            ),
            "--id",
            wid,
            "--initiator",
            "ivan",
            "--policy",
            self.files["policy"],
            "--whitelist",
            self.files["whitelist"],
            "-o",
            out,
            *extra,
        ]
        for r in recipients:
            args += ["--to", r]
        result = self.cs(*args)
        assert result.exit_code == 0, result.stderr
        return out

    def approve(self, payload: Path, who: str) -> Path:
        out = self.new_name(f"{payload.name}.{who}")
        result = self.cs(
            "payload",
            "approve",
            payload,
            "--key",
            self.path(f"{who}.key"),
            "--policy",
            self.files["policy"],
            "--whitelist",
            self.files["whitelist"],
            "-o",
            out,
            secrets={"--passphrase-fd": f"pw-{who}"},
        )
        assert result.exit_code == 0, result.stderr
        return out

    def approved(self, payload: Path, *who: str) -> Path:
        parts = [self.approve(payload, w) for w in who]
        if len(parts) == 1:
            return parts[0]
        out = self.new_name(f"{payload.name}.approved")
        result = self.cs("payload", "combine", *parts, "-o", out)
        assert result.exit_code == 0, result.stderr
        return out

    def sign(
        self, payload: Path, mnemonic: str = MNEMONIC, home: Path | None = None
    ) -> tuple[Result, Path]:
        out = self.new_name(f"{payload.name}.signed")
        result = self.cs(
            "payload",
            "sign",
            payload,
            "--no-passphrase",
            "-o",
            out,
            secrets={"--mnemonic-fd": mnemonic},
            home=home,
        )
        return result, out


def write_keys(root: Path) -> dict[str, str]:
    pubs = {}
    for name, role in [
        ("a1", Role.ADMIN),
        ("a2", Role.ADMIN),
        ("a3", Role.ADMIN),
        ("alice", Role.APPROVER),
        ("bob", Role.APPROVER),
        ("carol", Role.APPROVER),
        ("mallory", Role.APPROVER),
    ]:
        key = generate_role_key(role, name)
        (root / f"{name}.key").write_bytes(
            seal_role_key(key, Passphrase(f"pw-{name}"), kdf_n=FAST_KDF)
        )
        pubs[name] = key.public_key.hex()
    return pubs


def policy_toml(
    pubs: dict[str, str],
    descriptor: str,
    *,
    version: int = 1,
    previous: str = "",
    max_per_tx: str = "0.5",
    velocity: str = "1.0",
    admins: tuple[str, ...] = ("a1", "a2", "a3"),
    max_fee: str = "0.0005",
    max_fee_rate: int = 100,
    asset_extra: str = "",
    extra: str = "",
) -> str:
    admin_rows = ", ".join(f'{{ name = "{a}", key = "{pubs[a]}" }}' for a in admins)
    approver_rows = ", ".join(
        f'{{ name = "{a}", key = "{pubs[a]}" }}' for a in ("alice", "bob", "carol")
    )
    return f"""
version = {version}
previous = "{previous}"
approval_lifetime = "24h"
initiator_may_approve = false
[admins]
threshold = 2
members = [ {admin_rows} ]
[approvers]
members = [ {approver_rows} ]
[[wallets]]
name = "treasury"
chain = "bitcoin"
network = "testnet"
descriptor = "{descriptor}"
[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_per_tx = "{max_per_tx}"
velocity = {{ amount = "{velocity}", period = "24h" }}
max_fee = "{max_fee}"
max_fee_rate = {max_fee_rate}
{asset_extra}
tiers = [ {{ above = "0", approvals = 2 }}, {{ above = "0.1", approvals = 3 }} ]
{extra}
"""


def whitelist_toml(
    version: int = 1,
    expires: str = "2099-01-01T00:00:00Z",
    previous: str = "",
    addresses: tuple[str, ...] = (HOT_WALLET, OTHER_WHITELISTED),
) -> str:
    rows = "".join(
        f'\n[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\naddress = "{a}"\nlabel = "Exchange {i}"\n'
        for i, a in enumerate(addresses)
    )
    return f'version = {version}\nprevious = "{previous}"\nexpires = "{expires}"\n{rows}'


def funding_txs(descriptor: str, amounts: list[str], tag: str = "ab") -> list[Transaction]:
    """One previous transaction per UTXO, each paying `amounts[i]` to receive address 0 at
    output 0: real transactions, so the UTXO list's txids are theirs and `--prev-txs` proves
    every segwit v0 amount (the policy requires it by default)."""
    from decimal import Decimal

    spk = bytes.fromhex(spk_at(descriptor, 0, 0))
    txs = []
    for i, a in enumerate(amounts):
        outpoint = hashlib.sha256(f"funding:{tag}:{i}".encode()).digest()
        funding_input = TxIn(OutPoint(outpoint, i))
        sats = int(Decimal(a) * 100_000_000)
        txs.append(Transaction(2, (funding_input,), (TxOut(sats, spk),), 0))
    return txs


def utxo_json(descriptor: str, amounts: list[str], tag: str = "ab") -> str:
    """A `listunspent`-style list; amounts are written as JSON numbers, as Bitcoin Core does."""
    spk = spk_at(descriptor, 0, 0)
    rows = [
        f'{{"txid": "{tx.txid_hex}", "vout": 0, "amount": {a}, "scriptPubKey": "{spk}"}}'
        for tx, a in zip(funding_txs(descriptor, amounts, tag), amounts, strict=True)
    ]
    return "[" + ", ".join(rows) + "]"


def write_funding(root: Path, name: str, descriptor: str, amounts: list[str], tag: str) -> None:
    """`NAME.json` (listunspent) and `NAME.prev` (getrawtransaction hex lines) in `root`."""
    (root / f"{name}.json").write_text(utxo_json(descriptor, amounts, tag))
    (root / f"{name}.prev").write_text(
        "\n".join(tx.serialize().hex() for tx in funding_txs(descriptor, amounts, tag)) + "\n"
    )


def sign_doc(setup: Setup, source: Path, out: Path, noun: str, *admins: str) -> Path:
    current = source
    for i, admin in enumerate(admins):
        target = out if i == len(admins) - 1 else setup.new_name(f"{out.name}.part")
        r = setup.cs(
            noun,
            "sign",
            current,
            "--key",
            setup.path(f"{admin}.key"),
            "-o",
            target,
            secrets={"--passphrase-fd": f"pw-{admin}"},
        )
        assert r.exit_code == 0, r.stderr
        current = target
    return out


def make_setup(root: Path, descriptor: str) -> Setup:
    setup = Setup(root, descriptor, root / "home")
    pubs = write_keys(root)
    (root / "pubs.json").write_text(json.dumps(pubs))
    (root / "policy.toml").write_text(policy_toml(pubs, descriptor))
    (root / "whitelist.toml").write_text(whitelist_toml())
    setup.files["policy"] = sign_doc(
        setup, root / "policy.toml", root / "policy.signed", "policy", "a1", "a2"
    )
    setup.files["whitelist"] = sign_doc(
        setup, root / "whitelist.toml", root / "whitelist.signed", "whitelist", "a1", "a3"
    )
    assert setup.cs("policy", "pin", setup.files["policy"]).exit_code == 0
    r = setup.cs("whitelist", "import", setup.files["whitelist"])
    assert r.exit_code == 0, r.stderr
    write_funding(
        root, "utxos", descriptor, ["0.30000000", "0.25000000", "0.20000000", "0.15000000"], "ab"
    )
    return setup


@pytest.fixture(scope="session")
def base_setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return make_setup(tmp_path_factory.mktemp("custody"), wpkh_descriptor())


@pytest.fixture
def setup(base_setup: Setup, tmp_path: Path) -> Iterator[Setup]:
    """A private copy of the base set-up (own home, ledger and audit log) for one test."""
    root = tmp_path / "custody"
    shutil.copytree(base_setup.root, root)
    copy = Setup(
        root,
        base_setup.descriptor,
        root / "home",
        {k: root / v.name for k, v in base_setup.files.items()},
    )
    yield copy


def pubs_of(setup: Setup) -> dict[str, Any]:
    return json.loads((setup.root / "pubs.json").read_text())
