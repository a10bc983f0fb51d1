"""Policy TOML, refusal by refusal: each edit of the documented example is refused with the
exact message an operator reads (kind, key path, reason), and each accepted edit gives the exact
parsed value. Written against the surviving mutants of policy/config.py (issue 17.4): a flipped
comparison or a dropped check in the policy parser must make one of these fail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from coldsign.codec.bip32 import HARDENED, XPUB, parse_extended_public_key
from coldsign.codec.descriptor import add_checksum
from coldsign.codec.message_request import MessageFormat
from coldsign.errors import DecodeError
from coldsign.policy.config import Policy, Tier, Velocity
from tests.psbt_fixtures import account_key, seed_of
from tests.unit.policy.test_config import EXAMPLE, parse_policy
from tests.unit.policy.test_message_policy import MESSAGES

Table = dict[str, Any]  # a TOML table as tomllib returns it
Edit = Callable[[Table], object]

ADMIN1 = "029fcab8fc9ad2925137f69a8fe0bdb2fb408457a2e20b1b19b491689ae2ab6203"
ALICE = "0275f164ddbd03992447ae71bfc8e7045c3e155ebe3b398cd3ca9052dc45631424"
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
GENERATOR = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"  # secp256k1 G


def example() -> Table:
    from coldsign.policy.fields import parse_toml

    return parse_toml(EXAMPLE.read_bytes() + b"\n" + MESSAGES.read_bytes(), "policy")


def refusal(edit: Edit) -> str:
    table = example()
    edit(table)
    with pytest.raises(DecodeError) as info:
        parse_policy(table)
    return str(info.value)


def parsed(edit: Edit) -> Policy:
    table = example()
    edit(table)
    return parse_policy(table)


def other_wallet(network: str = "testnet", name: str = "other") -> Table:
    """A single-key wallet of a seed no other wallet of the example uses."""
    origin, tpub = account_key(seed_of("config-refusals"), (84 | HARDENED, 1 | HARDENED, HARDENED))
    key = tpub if network != "mainnet" else parse_extended_public_key(tpub).to_string(XPUB)
    descriptor = add_checksum(f"wpkh({origin}{key}/<0;1>/*)")
    return {"name": name, "chain": "bitcoin", "network": network, "descriptor": descriptor}


def multisig_wallet(twist: str) -> Table:
    """A 2-of-3 testnet wallet whose third slot repeats the first key in a way the descriptor
    parser cannot see: `chain-code` (same point, another chain code), `child` (the first key's
    receive key at index 0, as an xpub) or `parent-after-child` (the same two, swapped)."""
    path = (48 | HARDENED, 1 | HARDENED, HARDENED, 2 | HARDENED)
    (o1, x1), (o2, x2) = (account_key(seed_of(f"ms-{i}"), path) for i in (1, 2))
    first = parse_extended_public_key(x1)
    if twist == "chain-code":
        third = replace(first, chain_code=bytes(32)).to_string()
    else:
        third = first.derive([0, 0]).to_string()
    keys = f"{o1}{x1}/<0;1>/*,{o2}{x2}/<0;1>/*,{third}/<0;1>/*"
    if twist == "parent-after-child":
        keys = f"{third}/<0;1>/*,{o2}{x2}/<0;1>/*,{o1}{x1}/<0;1>/*"
    descriptor = add_checksum(f"wsh(multi(2,{keys}))")
    return {"name": "ms", "chain": "bitcoin", "network": "testnet", "descriptor": descriptor}


def xonly_neighbour(key_hex: str) -> str:
    """A valid compressed key whose x differs from `key_hex`'s in its first byte only."""
    from coldsign.keys.rolekey import parse_public_key

    for byte in range(256):
        candidate = key_hex[:2] + f"{byte:02x}" + key_hex[4:]
        if candidate == key_hex:
            continue
        try:
            parse_public_key(candidate)
        except DecodeError:
            continue
        return candidate
    raise AssertionError("no neighbour")


def setter(*path: object, value: object) -> Edit:
    def edit(table: Table) -> None:
        node: Any = table
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def deleter(*path: object) -> Edit:
    def edit(table: Table) -> None:
        node: Any = table
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return edit


def edits(*steps: Edit) -> Edit:
    def edit(table: Table) -> None:
        for step in steps:
            step(table)

    return edit


def append(key: str, item: object) -> Edit:
    return lambda table: table[key].append(item)


def member(name: str, key: str) -> Table:
    return {"name": name, "key": key}


P = "invalid policy: "


REFUSALS: list[tuple[str, Edit, str]] = [
    # --- top level
    ("version-zero", setter("version", value=0), P + "version: must be at least 1"),
    ("version-float", setter("version", value=1.0), P + "version: must be an integer"),
    (
        "bad-previous",
        setter("previous", value="00"),
        P + 'previous: must be "" or 64 hex characters',
    ),
    (
        "naive-expiry",
        setter("expires", value="2027-12-31T00:00:00"),
        P + "expires: must carry a time zone (e.g. a trailing Z)",
    ),
    (
        "bad-lifetime",
        setter("approval_lifetime", value="1y"),
        "invalid approval_lifetime: '1y' is not a duration like 15m, 24h or 7d",
    ),
    (
        "lifetime-not-string",
        setter("approval_lifetime", value=3600),
        P + 'approval_lifetime: must be a duration string such as "24h"',
    ),
    (
        "initiator-may-approve-not-bool",
        setter("initiator_may_approve", value="no"),
        P + "initiator_may_approve: must be true or false",
    ),
    ("unknown-top-key", setter("note", value="x"), P + "unknown key(s) in top level: note"),
    ("version-null", setter("version", value=None), P + "version must not be null"),
    (
        "threshold-null",
        setter("admins", "threshold", value=None),
        P + "admins.threshold must not be null",
    ),
    (
        "max-fee-null",
        setter("assets", 0, "max_fee", value=None),
        P + "assets[0].max_fee must not be null",
    ),
    (
        "wallet-name-null",
        setter("wallets", 0, "name", value=None),
        P + "wallets[0].name must not be null",
    ),
    # --- admins, approvers, initiators
    ("no-admins", deleter("admins"), P + "admins is required"),
    ("no-admin-threshold", deleter("admins", "threshold"), P + "admins.threshold is required"),
    (
        "admin-threshold-zero",
        setter("admins", "threshold", value=0),
        P + "admins.threshold: must be at least 1",
    ),
    (
        "admin-threshold-above-count",
        setter("admins", "threshold", value=4),
        P + "admins.threshold: 4 is more than the 3 admins",
    ),
    ("no-admin-members", deleter("admins", "members"), P + "admins.members is required"),
    (
        "empty-admin-members",
        setter("admins", "members", value=[]),
        P + "admins.members: at least one admin is required",
    ),
    (
        "admins-extra-key",
        setter("admins", "quorum", value=2),
        P + "unknown key(s) in admins: quorum",
    ),
    (
        "admin-key-not-hex",
        setter("admins", "members", 0, "key", value="zz" * 33),
        P + "admins.members[0].key: must be 66 hex characters (a compressed public key)",
    ),
    (
        "admin-key-uncompressed",
        setter("admins", "members", 0, "key", value="04" + ADMIN1[2:]),
        P + "admins.members[0].key: must be compressed (start with 02 or 03)",
    ),
    (
        "admin-blank-name",
        setter("admins", "members", 0, "name", value=" "),
        P + "admins.members[0].name: must not be empty",
    ),
    (
        "admin-no-key",
        deleter("admins", "members", 0, "key"),
        P + "admins.members[0].key is required",
    ),
    (
        "admin-extra-key",
        setter("admins", "members", 0, "role", value="boss"),
        P + "unknown key(s) in admins.members[0]: role",
    ),
    (
        "admin-names-repeat",
        setter("admins", "members", 2, "name", value="admin1"),
        P + "admins.members: two admins share a name",
    ),
    (
        "admin-keys-repeat",
        setter("admins", "members", 2, "key", value=ADMIN1),
        P + "admins.members: two admins share a key",
    ),
    (
        "admin-keys-repeat-other-parity",
        setter("admins", "members", 2, "key", value="03" + ADMIN1[2:]),
        P + "admins.members: two admins share a key",
    ),
    ("no-approvers", deleter("approvers"), P + "approvers is required"),
    (
        "approvers-extra-key",
        setter("approvers", "threshold", value=2),
        P + "unknown key(s) in approvers: threshold",
    ),
    (
        "approver-names-repeat",
        setter("approvers", "members", 1, "name", value="alice"),
        P + "approvers.members: two approvers share a name",
    ),
    (
        "empty-initiators",
        setter("initiators", value={"members": []}),
        P + "initiators.members: at least one initiator is required",
    ),
    (
        "initiators-without-members",
        setter("initiators", value={}),
        P + "initiators.members is required",
    ),
    (
        "initiators-extra-key",
        setter("initiators", value={"members": [member("ivan", xonly_neighbour(ALICE))], "x": 1}),
        P + "unknown key(s) in initiators: x",
    ),
    (
        "initiator-names-repeat",
        setter("initiators", value={"members": [member("ivan", ALICE), member("ivan", ADMIN1)]}),
        P + "initiators.members: two initiators share a name",
    ),
    (
        "admin-is-approver",
        setter("approvers", "members", 0, "key", value=ADMIN1),
        P + "members admin1 and alice share a key",
    ),
    (
        "approver-is-initiator-other-parity",
        setter("initiators", value={"members": [member("ivan", "03" + ALICE[2:])]}),
        P + "members alice and ivan share a key",
    ),
    # --- wallets
    ("no-wallets", deleter("wallets"), P + "wallets is required"),
    (
        "empty-wallets",
        edits(
            setter("wallets", value=[]),
            deleter("transfers"),
            deleter("messages"),
            deleter("typed_data"),
            deleter("proofs"),
        ),
        P + "at least one wallet is required",
    ),
    (
        "wallet-names-repeat",
        setter("wallets", 1, "name", value="treasury"),
        P + "two wallets share a name",
    ),
    (
        "wallet-unknown-chain",
        setter("wallets", 0, "chain", value="dogecoin"),
        P + "wallets[0].chain: 'dogecoin' is not a chain coldsign knows (bitcoin, ethereum)",
    ),
    ("wallet-no-chain", deleter("wallets", 0, "chain"), P + "wallets[0].chain is required"),
    (
        "wallet-unknown-network",
        setter("wallets", 0, "network", value="moonnet"),
        P + "wallets[0].network: 'moonnet' is not one of mainnet, testnet, signet, regtest",
    ),
    (
        "wallet-bad-descriptor",
        setter("wallets", 0, "descriptor", value="wpkh(xyz)"),
        P + "wallets[0].descriptor: wallet treasury: invalid key in wpkh(): not a hex public "
        "key or an xpub/tpub",
    ),
    (
        "wallet-tpub-on-mainnet",
        setter("wallets", 0, "network", value="mainnet"),
        P + "wallets[0].descriptor: wallet treasury: invalid wallet: descriptor 1 has a key for "
        "another network (mainnet needs xpub)",
    ),
    (
        "wallet-blank-name",
        setter("wallets", 0, "name", value=""),
        P + "wallets[0].name: must not be empty",
    ),
    (
        "wallet-extra-key",
        setter("wallets", 2, "label", value="x"),
        P + "unknown key(s) in wallets[2]: label",
    ),
    (
        "wallet-key-on-two-networks",
        edits(
            append("wallets", other_wallet("testnet", "a")),
            append("wallets", other_wallet("mainnet", "b")),
        ),
        P + "wallets a and b are the same public key (key 1 of wallet a and key 1 of wallet b)",
    ),
    (
        "one-key-in-two-slots",
        append("wallets", multisig_wallet("chain-code")),
        P
        + "wallet ms: keys 1 and 3 are the same public key (key 1 of wallet ms and key 3 of wallet ms)",
    ),
    (
        "child-before-its-xpub",
        append("wallets", multisig_wallet("parent-after-child")),
        P + "wallet ms: keys 1 and 3 are the same public key (key 1 of wallet ms and key 3 of "
        "wallet ms at index 0)",
    ),
    (
        "xpub-beside-its-child",
        append("wallets", multisig_wallet("child")),
        P + "wallet ms: keys 1 and 3 are the same public key (key 1 of wallet ms at index 0 and "
        "key 3 of wallet ms)",
    ),
    # --- assets
    ("no-assets", deleter("assets"), P + "assets is required"),
    (
        "asset-symbol-space",
        setter("assets", 0, "symbol", value="B TC"),
        P + "assets[0].symbol: letters, digits, '-' and '.' only",
    ),
    (
        "asset-symbol-slash",
        setter("assets", 0, "symbol", value="BTC/x"),
        P + "assets[0].symbol: letters, digits, '-' and '.' only",
    ),
    (
        "asset-symbol-only-dots",
        setter("assets", 0, "symbol", value="-."),
        P + "assets[0].symbol: letters, digits, '-' and '.' only",
    ),
    (
        "asset-unknown-chain",
        setter("assets", 1, "chain", value="solana"),
        P + "assets[1].chain: 'solana' is not a chain coldsign knows (bitcoin, ethereum)",
    ),
    (
        "asset-unknown-network",
        setter("assets", 0, "network", value="moonnet"),
        P + "assets[0].network: 'moonnet' is not one of mainnet, testnet, signet, regtest",
    ),
    (
        "asset-fee-rate-cap-zero",
        setter("assets", 0, "max_fee_rate", value=0),
        P + "assets[0].max_fee_rate: must be at least 1",
    ),
    (
        "typed-data-for-a-bitcoin-wallet",
        setter("typed_data", 0, "wallets", value=["treasury"]),
        P + "typed_data[0].domain.verifying_contract: Bitcoin has no contracts (typed data is "
        "for EVM wallets)",
    ),
    (
        "asset-no-max-fee",
        deleter("assets", 0, "max_fee"),
        P + "assets[0].max_fee: is required: the absolute fee cap, in the fee asset's units",
    ),
    (
        "asset-max-fee-float",
        setter("assets", 0, "max_fee", value=0.0005),
        P + 'assets[0].max_fee: must be a decimal string such as "0.5" (floats are refused)',
    ),
    (
        "token-fee-share",
        setter("assets", 2, "max_fee_share", value="1%"),
        P + "assets[2].max_fee_share: a token's fee is paid in ETH: use max_fee instead",
    ),
    (
        "fee-share-too-precise",
        setter("assets", 0, "max_fee_share", value="0.125%"),
        "invalid assets[0].max_fee_share: '0.125' has more than 2 decimal places",
    ),
    (
        "fee-share-not-string",
        setter("assets", 0, "max_fee_share", value=2),
        P + "assets[0].max_fee_share: must be a string",
    ),
    (
        "replacement-not-bool",
        setter("assets", 0, "allow_replacement", value="yes"),
        P + "assets[0].allow_replacement: must be true or false",
    ),
    (
        "asset-extra-key",
        setter("assets", 1, "max_gas", value="1"),
        P + "unknown key(s) in assets[1]: max_gas",
    ),
    (
        "same-asset-twice",
        append(
            "assets",
            {
                "symbol": "TBTC",
                "chain": "bitcoin",
                "network": "testnet",
                "max_fee": "0.001",
                "tiers": [{"above": "0", "approvals": 1}],
            },
        ),
        P + "assets BTC and TBTC are the same asset",
    ),
    (
        "same-token-other-spelling",
        append(
            "assets",
            {
                "symbol": "USDC2",
                "chain": "ethereum",
                "chain_id": 1,
                "contract": USDC.lower(),
                "decimals": 6,
                "max_fee": "0.01",
                "tiers": [{"above": "0", "approvals": 1}],
            },
        ),
        P + "assets USDC and USDC2 are the same asset",
    ),
    (
        "symbol-on-two-networks",
        append(
            "assets",
            {
                "symbol": "BTC",
                "chain": "bitcoin",
                "network": "mainnet",
                "max_fee": "0.001",
                "tiers": [{"above": "0", "approvals": 1}],
            },
        ),
        P + "two assets share a symbol",
    ),
    # --- velocity
    (
        "velocity-zero-period",
        setter("assets", 0, "velocity", "period", value="0s"),
        P + "assets[0].velocity.period: must be longer than zero",
    ),
    (
        "velocity-zero-days",
        setter("assets", 1, "velocity", "period", value="0d"),
        P + "assets[1].velocity.period: must be longer than zero",
    ),
    (
        "velocity-no-amount",
        deleter("assets", 0, "velocity", "amount"),
        P + "assets[0].velocity.amount is required",
    ),
    (
        "velocity-no-period",
        deleter("assets", 0, "velocity", "period"),
        P + "assets[0].velocity.period is required",
    ),
    (
        "velocity-extra-key",
        setter("assets", 0, "velocity", "window", value="1h"),
        P + "unknown key(s) in assets[0].velocity: window",
    ),
    (
        "velocity-not-table",
        setter("assets", 0, "velocity", value="1.0"),
        P + "assets[0].velocity must be a table",
    ),
    (
        "velocity-too-precise",
        setter("assets", 2, "velocity", "amount", value="0.0000001"),
        "invalid assets[2].velocity.amount: '0.0000001' has more than 6 decimal places",
    ),
    # --- tiers
    ("no-tiers", deleter("assets", 0, "tiers"), P + "assets[0].tiers is required"),
    (
        "empty-tiers",
        setter("assets", 1, "tiers", value=[]),
        P + "assets[1].tiers: at least one tier is required (no tier: nothing could be signed)",
    ),
    (
        "tier-no-above",
        deleter("assets", 0, "tiers", 1, "above"),
        P + "assets[0].tiers[1].above is required",
    ),
    (
        "tier-no-approvals",
        deleter("assets", 0, "tiers", 0, "approvals"),
        P + "assets[0].tiers[0].approvals is required",
    ),
    (
        "tier-zero-approvals",
        setter("assets", 0, "tiers", 0, "approvals", value=0),
        P + "assets[0].tiers[0].approvals: must be at least 1",
    ),
    (
        "tier-too-many-approvals",
        setter("assets", 2, "tiers", 1, "approvals", value=4),
        P + "assets[2].tiers[1].approvals: 4 is more than the 3 approvers",
    ),
    (
        "tier-same-above",
        setter("assets", 0, "tiers", 1, "above", value="0.0"),
        P + "assets[0].tiers: two tiers share the same `above`",
    ),
    (
        "tier-extra-key",
        setter("assets", 0, "tiers", 0, "below", value="1"),
        P + "unknown key(s) in assets[0].tiers[0]: below",
    ),
    # --- transfers
    (
        "transfer-unknown-asset",
        setter("transfers", 0, "asset", value="DOGE"),
        P + "transfers[0].asset: 'DOGE' is not an asset of this policy",
    ),
    (
        "transfer-unknown-from",
        setter("transfers", 0, "from", value="vault"),
        P + "transfers[0].from: 'vault' is not a wallet of this policy",
    ),
    (
        "transfer-unknown-to",
        setter("transfers", 0, "to", value="vault"),
        P + "transfers[0].to: 'vault' is not a wallet of this policy",
    ),
    ("transfer-no-to", deleter("transfers", 0, "to"), P + "transfers[0].to is required"),
    (
        "transfer-other-chain",
        setter("transfers", 0, "to", value="eth-treasury"),
        P + "transfers[0].to: wallet eth-treasury is not on the chain and network of BTC",
    ),
    (
        "transfer-other-network",
        edits(
            append("wallets", other_wallet("signet", "signet-hot")),
            setter("transfers", 0, "from", value="signet-hot"),
        ),
        P + "transfers[0].from: wallet signet-hot is not on the chain and network of BTC",
    ),
    ("transfer-no-tiers", deleter("transfers", 0, "tiers"), P + "transfers[0].tiers is required"),
    (
        "transfer-velocity-zero",
        setter("transfers", 0, "velocity", "period", value="0m"),
        P + "transfers[0].velocity.period: must be longer than zero",
    ),
    (
        "transfer-extra-key",
        setter("transfers", 0, "note", value=""),
        P + "unknown key(s) in transfers[0]: note",
    ),
    (
        "transfer-twice",
        lambda t: t["transfers"].append(dict(t["transfers"][0])),
        P + "two transfer rules for the same asset, from and to wallets",
    ),
]


@pytest.mark.parametrize(
    ("edit", "message"), [(e, m) for _, e, m in REFUSALS], ids=[i for i, _, _ in REFUSALS]
)
def test_refusals_name_key_and_reason(edit: Edit, message: str) -> None:
    assert refusal(edit) == message


# --- What is accepted, and the canonical body admins sign -----------------------------------------

EXPECTED_BODY: Table = {
    "version": 1,
    "previous": "",
    "approval_lifetime": "1d",
    "initiator_may_approve": False,
    "admins": {
        "threshold": 2,
        "members": [
            {
                "name": "admin1",
                "key": "029fcab8fc9ad2925137f69a8fe0bdb2fb408457a2e20b1b19b491689ae2ab6203",
            },
            {
                "name": "admin2",
                "key": "037b898d2457a8cce771b8cfa646c98e41f8a5e4fd23bf93d844996a6c7fb9fbb9",
            },
            {
                "name": "admin3",
                "key": "034c271f0ceaab29883558bdef3a2973a6954b33b2ecc611ccbbe8cef9190dd144",
            },
        ],
    },
    "approvers": {
        "members": [
            {
                "name": "alice",
                "key": "0275f164ddbd03992447ae71bfc8e7045c3e155ebe3b398cd3ca9052dc45631424",
            },
            {
                "name": "bob",
                "key": "02daae2c734cfe3453e25fb3c5e37620f8b9c0356b841bfd5b522a44e0ec9cafe7",
            },
            {
                "name": "carol",
                "key": "03ea1fc853877331ada0deebe12b6b2888d892ba70d1699081271afec6cbd4be3d",
            },
        ]
    },
    "wallets": [
        {
            "name": "treasury",
            "chain": "bitcoin",
            "network": "testnet",
            "descriptor": "wpkh([73c5da0a/84h/1h/0h]tpubDC8msFGeGuwnKG9Upg7DM2b4DaRqg3CUZa5g8v2SRQ6K4NSkxUgd7HsL2XVWbVm39yBA4LAxysQAm397zwQSQoQgewGiYZqrA9DsP4zbQ1M/<0;1>/*)",
        },
        {
            "name": "hot",
            "chain": "bitcoin",
            "network": "testnet",
            "descriptor": "wpkh([73c5da0a/84h/1h/1h]tpubDC8msFGeGuwnP2xwTZBBZSie1BLgRAkJhgzpFYTdpGgZNzguXQhNDVWp7mJbHJUjQQvV2myLU9dkx67a7VAUnzY7yT7nvhHj7FgS4oNivvq/<0;1>/*)#33ar3v3p",
        },
        {
            "name": "eth-treasury",
            "chain": "ethereum",
            "chain_id": 1,
            "path": "m/44'/60'/0'/0/0",
            "address": "0x9858EfFD232B4033E47d90003D41EC34EcaEda94",
        },
    ],
    "assets": [
        {
            "symbol": "BTC",
            "chain": "bitcoin",
            "network": "testnet",
            "require_previous_tx": True,
            "max_fee_rate": 100,
            "max_per_tx": "0.5",
            "velocity": {"amount": "1.0", "period": "1d"},
            "max_fee": "0.0005",
            "max_fee_share": "2.0%",
            "tiers": [{"above": "0.0", "approvals": 2}, {"above": "0.1", "approvals": 3}],
        },
        {
            "symbol": "ETH",
            "chain": "ethereum",
            "chain_id": 1,
            "max_fee_per_gas": "200000000000wei",
            "max_per_tx": "10.0",
            "velocity": {"amount": "50.0", "period": "1d"},
            "max_fee": "0.01",
            "tiers": [{"above": "0.0", "approvals": 2}],
        },
        {
            "symbol": "USDC",
            "chain": "ethereum",
            "chain_id": 1,
            "contract": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            "decimals": 6,
            "max_per_tx": "250000.0",
            "velocity": {"amount": "1000000.0", "period": "1d"},
            "max_fee": "0.02",
            "tiers": [{"above": "0.0", "approvals": 2}, {"above": "100000.0", "approvals": 3}],
        },
    ],
    "transfers": [
        {
            "asset": "BTC",
            "from": "treasury",
            "to": "hot",
            "max_per_tx": "2.0",
            "velocity": {"amount": "5.0", "period": "1d"},
            "tiers": [{"above": "0.0", "approvals": 2}],
        }
    ],
    "expires": "2027-12-31T00:00:00Z",
    "messages": [
        {
            "name": "proof-of-reserves",
            "wallets": ["treasury", "eth-treasury"],
            "formats": ["bip137", "bip322-simple", "bip322-full", "eip191"],
            "pattern": "Proof of reserves snapshot [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z "
            "bitcoin [a-z]+ hash [0-9a-f]{64} block [0-9]+",
            "approvals": 2,
        },
        {
            "name": "travel-rule",
            "wallets": ["treasury"],
            "formats": ["bip322-simple", "bip137"],
            "prefix": "Travel rule: ",
            "approvals": 2,
        },
    ],
    "typed_data": [
        {
            "name": "usdc-permit",
            "wallets": ["eth-treasury"],
            "domain": {
                "name": "USD Coin",
                "version": "2",
                "chain_id": 1,
                "verifying_contract": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            },
            "primary_types": ["Permit"],
            "approvals": 2,
        }
    ],
    "proofs": {"wallets": ["treasury"], "pattern": "Proof of reserves snapshot .*", "approvals": 2},
}


def test_documented_example_has_this_canonical_body() -> None:
    body = parse_policy(example()).to_body()
    assert body == EXPECTED_BODY
    assert list(body) == list(EXPECTED_BODY)  # key order is not canonical, but keep it stable
    assert parse_policy(body).to_body() == body


def test_absent_optional_keys_take_their_defaults_and_stay_out_of_the_body() -> None:
    policy = parsed(
        edits(
            deleter("approval_lifetime"),
            deleter("initiator_may_approve"),
            deleter("expires"),
            deleter("previous"),
            *(deleter("assets", 0, key) for key in ("max_per_tx", "velocity", "max_fee_share")),
            *(deleter("assets", 0, key) for key in ("allow_replacement", "max_fee_rate")),
            deleter("transfers", 0, "max_per_tx"),
            deleter("transfers", 0, "velocity"),
        )
    )
    assert (policy.approval_lifetime_seconds, policy.initiator_may_approve) == (86_400, False)
    assert (policy.expires, policy.previous, policy.initiators) == (None, "", ())
    btc = policy.assets[0]
    assert (btc.max_per_tx, btc.velocity, btc.max_fee_share_bp, btc.allow_replacement) == (
        None,
        None,
        None,
        False,
    )
    assert btc.max_fee == 50_000
    body = policy.to_body()
    assert "expires" not in body and "initiators" not in body
    assert body["approval_lifetime"] == "1d" and body["previous"] == ""
    assert body["assets"][0] == {  # type: ignore[index]
        "symbol": "BTC",
        "chain": "bitcoin",
        "network": "testnet",
        "require_previous_tx": True,
        "max_fee": "0.0005",
        "tiers": [{"above": "0.0", "approvals": 2}, {"above": "0.1", "approvals": 3}],
    }
    assert body["transfers"] == [
        {
            "asset": "BTC",
            "from": "treasury",
            "to": "hot",
            "tiers": [{"above": "0.0", "approvals": 2}],
        }
    ]
    assert parse_policy(body).to_body() == body


def test_optional_values_are_kept_and_emitted() -> None:
    neighbour = xonly_neighbour(ADMIN1)
    policy = parsed(
        edits(
            setter("initiator_may_approve", value=True),
            setter("approval_lifetime", value="90m"),
            setter("previous", value="AB" * 32),
            setter("expires", value="2027-12-31T01:00:00+01:00"),
            setter("admins", "threshold", value=3),
            setter("admins", "members", 2, "key", value=neighbour),
            setter("assets", 0, "allow_replacement", value=True),
            setter("assets", 0, "max_fee_share", value="0.5% "),
            setter("assets", 0, "velocity", "period", value="1s"),
            setter("assets", 0, "max_fee_rate", value=1),
            setter("assets", 1, "tiers", 0, "approvals", value=3),
            setter(
                "initiators",
                value={"members": [member("ivan", GENERATOR)]},
            ),
        )
    )
    assert (policy.initiator_may_approve, policy.approval_lifetime_seconds) == (True, 5400)
    assert policy.previous == "ab" * 32
    assert policy.admin_threshold == 3 and policy.admins[2].public_key.hex() == neighbour
    btc = policy.assets[0]
    assert (btc.allow_replacement, btc.max_fee_share_bp, btc.velocity, btc.max_fee_rate) == (
        True,
        50,
        Velocity(100_000_000, 1),
        1,  # the lowest cap there is: 1 sat/vB
    )
    assert policy.assets[1].tiers == (Tier(0, 3),)
    assert [m.name for m in policy.initiators] == ["ivan"]
    body = policy.to_body()
    assert (body["approval_lifetime"], body["initiator_may_approve"]) == ("90m", True)
    assert (body["previous"], body["expires"]) == ("ab" * 32, "2027-12-31T00:00:00Z")
    assert body["initiators"] == {
        "members": [{"name": "ivan", "key": policy.initiators[0].public_key.hex()}]
    }
    asset = body["assets"][0]  # type: ignore[index]
    assert (asset["allow_replacement"], asset["max_fee_share"]) == (True, "0.5%")
    assert asset["velocity"] == {"amount": "1.0", "period": "1s"}
    assert asset["max_fee_rate"] == 1
    assert parse_policy(body).to_body() == body


def test_the_same_name_and_key_in_two_roles_is_one_person() -> None:
    """A key belongs to one named person; holding two roles under one name is not two people
    (whether an initiator may also approve is `initiator_may_approve`)."""
    policy = parsed(setter("initiators", value={"members": [member("alice", ALICE)]}))
    assert policy.initiator(bytes.fromhex(ALICE)) == policy.approver(bytes.fromhex(ALICE))


def test_lookups() -> None:
    policy = parse_policy(example())
    alice = policy.approvers[0]
    assert policy.approver(bytes.fromhex(ALICE)) == alice
    assert policy.approver(bytes.fromhex("03" + ALICE[2:])) == alice  # BIP-340: x-only
    assert policy.approver(bytes.fromhex(ADMIN1)) is None
    assert policy.initiator(bytes.fromhex(ALICE)) is None
    assert policy.wallet("hot") is policy.wallets[1]
    assert policy.wallet("eth-treasury") is policy.wallets[2]
    assert policy.wallet("cold") is None
    btc, eth, usdc = policy.assets
    assert policy.asset_for("bitcoin", "testnet") is btc
    assert policy.asset_for("bitcoin", "mainnet") is None
    assert policy.asset_for("ethereum", "1") is eth
    assert policy.asset_for("ethereum", "1", USDC.lower()) is usdc
    assert policy.asset_for("ethereum", "1", USDC.upper().replace("0X", "0x")) is usdc
    assert policy.asset_for("ethereum", "1", "0x" + "11" * 20) is None
    assert policy.asset_for("ethereum", "5") is None
    assert policy.asset_for("ethereum", "5", USDC) is None
    assert policy.asset_for("bitcoin", "1") is None
    assert policy.asset_for("bitcoin", "testnet", USDC) is None
    assert [w.name for w in policy.wallets_on("bitcoin", "testnet")] == ["treasury", "hot"]
    assert [w.name for w in policy.wallets_on("ethereum", "1")] == ["eth-treasury"]
    assert policy.wallets_on("bitcoin", "mainnet") == [] == policy.wallets_on("ethereum", "testnet")
    assert [w.scope for w in policy.wallets] == ["testnet", "testnet", "1"]
    assert [a.ledger_key for a in policy.assets] == [
        "BTC@bitcoin:testnet",
        "ETH@ethereum:1",
        "USDC@ethereum:1",
    ]
    rule = policy.transfer("BTC", "treasury", "hot")
    assert rule is policy.transfers[0]
    assert [rule.required_approvals(n) for n in (0, 1, 10**12)] == [2, 2, 2]
    assert [btc.required_approvals(n) for n in (0, 10_000_000, 10_000_001)] == [2, 2, 3]
    assert (rule.asset, rule.from_wallet, rule.to_wallet, rule.ledger_key) == (
        "BTC",
        "treasury",
        "hot",
        "transfer:treasury>hot:BTC",
    )
    assert (rule.max_per_tx, rule.velocity, rule.tiers) == (
        200_000_000,
        Velocity(500_000_000, 86_400),
        (Tier(0, 2),),
    )
    assert policy.transfer("BTC", "hot", "treasury") is None
    assert policy.transfer("ETH", "treasury", "hot") is None
    assert policy.transfer("BTC", "treasury", "treasury") is None


@pytest.mark.parametrize(
    ("tiers", "amounts"),
    [
        ([Tier(0, 2), Tier(10, 3)], {0: 2, 1: 2, 10: 2, 11: 3, 10**30: 3}),
        ([Tier(10, 3), Tier(0, 2)], {0: 2, 1: 2, 10: 2, 11: 3}),  # order in the file is not rank
        ([Tier(5, 1)], {0: 1, 1: None, 5: None, 6: 1}),  # below the lowest tier: default deny
        ([Tier(5, 1), Tier(7, 2)], {0: 1, 5: None, 6: 1, 7: 1, 8: 2}),
        ([], {0: None, 1: None}),
    ],
    ids=["two-tiers", "unordered", "floor-above-zero", "floor-above-zero-two", "none"],
)
def test_required_approvals(tiers: list[Tier], amounts: dict[int, int | None]) -> None:
    from coldsign.policy.config import required_approvals

    assert {amount: required_approvals(tiers, amount) for amount in amounts} == amounts


# --- Messages, typed data and proofs (issue 15) ---------------------------------------------------

SALT = "0x" + "Ab" * 32


def in_rule(section: str, index: int | None, key: str, value: object) -> Edit:
    path: tuple[object, ...] = (section, key) if index is None else (section, index, key)
    return setter(*path, value=value) if value is not DROP else deleter(*path)


DROP = object()
M0, M1, T0 = ("messages", 0), ("messages", 1), ("typed_data", 0)


def typed_domain(**domain: object) -> Edit:
    return setter("typed_data", 0, "domain", value=domain)


MESSAGE_REFUSALS: list[tuple[str, Edit, str]] = [
    (
        "typed-name-taken-by-message",
        setter("typed_data", 0, "name", value="travel-rule"),
        P + "two [[messages]] or [[typed_data]] rules share a name",
    ),
    (
        "message-names-repeat",
        setter("messages", 1, "name", value="proof-of-reserves"),
        P + "two [[messages]] or [[typed_data]] rules share a name",
    ),
    (
        "message-blank-name",
        in_rule("messages", 0, "name", "  "),
        P + "messages[0].name: must not be empty",
    ),
    (
        "message-extra-key",
        in_rule("messages", 1, "suffix", "x"),
        P + "unknown key(s) in messages[1]: suffix",
    ),
    # wallets of a rule
    (
        "wallets-absent",
        in_rule("messages", 0, "wallets", DROP),
        P + "messages[0].wallets is required",
    ),
    (
        "wallets-string",
        in_rule("messages", 0, "wallets", "treasury"),
        P + "messages[0].wallets: must be a non-empty list of wallet names",
    ),
    (
        "wallets-empty",
        in_rule("messages", 0, "wallets", []),
        P + "messages[0].wallets: must be a non-empty list of wallet names",
    ),
    (
        "wallets-number",
        in_rule("messages", 0, "wallets", ["treasury", 1]),
        P + "messages[0].wallets: must be a non-empty list of wallet names",
    ),
    (
        "wallets-unknown",
        in_rule("messages", 1, "wallets", ["treasury", "vault"]),
        P + "messages[1].wallets: 'vault' is not a wallet of this policy",
    ),
    (
        "wallets-twice",
        in_rule("messages", 1, "wallets", ["treasury", "treasury"]),
        P + "messages[1].wallets: a wallet is named twice",
    ),
    # approvals
    (
        "approvals-absent",
        in_rule("messages", 0, "approvals", DROP),
        P + "messages[0].approvals is required",
    ),
    (
        "approvals-zero",
        in_rule("messages", 0, "approvals", 0),
        P + "messages[0].approvals: must be at least 1",
    ),
    (
        "approvals-above-approvers",
        in_rule("messages", 1, "approvals", 4),
        P + "messages[1].approvals: 4 is more than the 3 approvers",
    ),
    (
        "typed-approvals-above",
        in_rule("typed_data", 0, "approvals", 4),
        P + "typed_data[0].approvals: 4 is more than the 3 approvers",
    ),
    (
        "proof-approvals-above",
        in_rule("proofs", None, "approvals", 5),
        P + "proofs.approvals: 5 is more than the 3 approvers",
    ),
    # templates
    (
        "prefix-and-pattern",
        in_rule("messages", 1, "pattern", "x"),
        P + "messages[1].prefix: give exactly one of prefix and pattern (default deny)",
    ),
    (
        "no-template",
        in_rule("messages", 1, "prefix", DROP),
        P + "messages[1].prefix: give exactly one of prefix and pattern (default deny)",
    ),
    (
        "prefix-empty",
        in_rule("messages", 1, "prefix", ""),
        P + "messages[1].prefix: must not be empty",
    ),
    (
        "prefix-not-string",
        in_rule("messages", 1, "prefix", 1),
        P + "messages[1].prefix: must be a string",
    ),
    (
        "prefix-too-long",
        in_rule("messages", 1, "prefix", "x" * 1025),
        P + "messages[1].prefix: longer than 1024 characters",
    ),
    (
        "pattern-unclosed",
        in_rule("messages", 0, "pattern", "(a"),
        P + "messages[0].pattern: at character 3: unclosed group",
    ),
    (
        "pattern-empty",
        in_rule("messages", 0, "pattern", ""),
        P + "messages[0].pattern: must not be empty",
    ),
    (
        "proof-no-template",
        in_rule("proofs", None, "pattern", DROP),
        P + "proofs.prefix: give exactly one of prefix and pattern (default deny)",
    ),
    # formats
    (
        "formats-string",
        in_rule("messages", 1, "formats", "bip137"),
        P + "messages[1].formats: must be a non-empty list of format names",
    ),
    (
        "formats-empty",
        in_rule("messages", 1, "formats", []),
        P + "messages[1].formats: must be a non-empty list of format names",
    ),
    (
        "formats-number",
        in_rule("messages", 1, "formats", ["bip137", 137]),
        P + "messages[1].formats: must be a non-empty list of format names",
    ),
    (
        "formats-unknown",
        in_rule("messages", 1, "formats", ["bip137", "smoke"]),
        P
        + "messages[1].formats: 'smoke' is not one of bip137, bip322-simple, bip322-full, eip191, eip712",
    ),
    (
        "formats-eip712",
        in_rule("messages", 0, "formats", ["eip191", "eip712"]),
        P + "messages[0].formats: typed data (eip712) is allowed by [[typed_data]] rules",
    ),
    (
        "formats-twice",
        in_rule("messages", 1, "formats", ["bip137", "bip137"]),
        P + "messages[1].formats: a format is named twice",
    ),
    (
        "formats-other-chain",
        in_rule("messages", 1, "formats", ["bip137", "eip191"]),
        P + "messages[1].formats: eip191 is for ethereum wallets, none is named",
    ),
    (
        "formats-bitcoin-on-ethereum",
        edits(in_rule("messages", 1, "wallets", ["eth-treasury"])),
        P + "messages[1].formats: bip322-simple is for bitcoin wallets, none is named",
    ),
    (
        "wallet-without-format",
        in_rule("messages", 0, "formats", ["bip137", "bip322-full"]),
        P + "messages[0].wallets: no format of this rule can be signed by wallet eth-treasury",
    ),
    # typed data
    (
        "typed-two-chains",
        in_rule("typed_data", 0, "wallets", ["eth-treasury", "treasury"]),
        P + "typed_data[0].wallets: typed data rules name wallets of one chain",
    ),
    (
        "typed-no-domain",
        in_rule("typed_data", 0, "domain", DROP),
        P + "typed_data[0].domain is required",
    ),
    (
        "typed-empty-domain",
        typed_domain(),
        P + "typed_data[0].domain: an empty domain would match typed data from anyone",
    ),
    (
        "typed-domain-name-number",
        typed_domain(name=1),
        P + "typed_data[0].domain.name: must be a string",
    ),
    (
        "typed-domain-version-number",
        typed_domain(name="X", version=2),
        P + "typed_data[0].domain.version: must be a string",
    ),
    (
        "typed-domain-chain-zero",
        typed_domain(name="X", chain_id=0),
        P + "typed_data[0].domain.chain_id: must be at least 1",
    ),
    (
        "typed-domain-chain-text",
        typed_domain(name="X", chain_id="1"),
        P + "typed_data[0].domain.chain_id: must be an integer",
    ),
    (
        "typed-salt-short",
        typed_domain(salt="0x" + "00" * 31),
        P + "typed_data[0].domain.salt: must be 0x and 64 hex digits (bytes32)",
    ),
    (
        "typed-salt-no-0x",
        typed_domain(salt="00" * 33),
        P + "typed_data[0].domain.salt: must be 0x and 64 hex digits (bytes32)",
    ),
    (
        "typed-salt-0X",
        typed_domain(salt="0X" + "00" * 32),
        P + "typed_data[0].domain.salt: must be 0x and 64 hex digits (bytes32)",
    ),
    (
        "typed-salt-not-hex",
        typed_domain(salt="0x" + "g0" * 32),
        P + "typed_data[0].domain.salt: must be 0x and 64 hex digits (bytes32)",
    ),
    (
        "typed-salt-newline",
        typed_domain(salt="0x" + "00" * 32 + "\n"),
        P + "typed_data[0].domain.salt: must be 0x and 64 hex digits (bytes32)",
    ),
    (
        "typed-domain-extra",
        typed_domain(name="X", chainId=1),
        P + "unknown key(s) in typed_data[0].domain: chainId",
    ),
    (
        "typed-no-types",
        in_rule("typed_data", 0, "primary_types", DROP),
        P + "typed_data[0].primary_types is required",
    ),
    (
        "typed-types-string",
        in_rule("typed_data", 0, "primary_types", "Permit"),
        P + "typed_data[0].primary_types: must be a non-empty list of type names",
    ),
    (
        "typed-types-empty",
        in_rule("typed_data", 0, "primary_types", []),
        P + "typed_data[0].primary_types: must be a non-empty list of type names",
    ),
    (
        "typed-types-number",
        in_rule("typed_data", 0, "primary_types", ["Permit", 1]),
        P + "typed_data[0].primary_types: must be a non-empty list of type names",
    ),
    (
        "typed-type-domain",
        in_rule("typed_data", 0, "primary_types", ["Permit", "EIP712Domain"]),
        P + "typed_data[0].primary_types: 'EIP712Domain' is not a struct type name",
    ),
    (
        "typed-type-digit",
        in_rule("typed_data", 0, "primary_types", ["1Permit"]),
        P + "typed_data[0].primary_types: '1Permit' is not a struct type name",
    ),
    (
        "typed-type-dash",
        in_rule("typed_data", 0, "primary_types", ["Per-mit"]),
        P + "typed_data[0].primary_types: 'Per-mit' is not a struct type name",
    ),
    (
        "typed-type-129",
        in_rule("typed_data", 0, "primary_types", ["P" * 129]),
        P + f"typed_data[0].primary_types: {'P' * 129!r} is not a struct type name",
    ),
    (
        "typed-types-twice",
        in_rule("typed_data", 0, "primary_types", ["Permit", "Permit"]),
        P + "typed_data[0].primary_types: a type is named twice",
    ),
    (
        "typed-extra",
        in_rule("typed_data", 0, "types", []),
        P + "unknown key(s) in typed_data[0]: types",
    ),
    # proofs
    (
        "proof-ethereum-wallet",
        in_rule("proofs", None, "wallets", ["eth-treasury"]),
        P + "proofs.wallets: proofs of reserves (BIP-322) are for Bitcoin wallets",
    ),
    (
        "proof-mixed-wallets",
        in_rule("proofs", None, "wallets", ["treasury", "eth-treasury"]),
        P + "proofs.wallets: proofs of reserves (BIP-322) are for Bitcoin wallets",
    ),
    (
        "proof-unknown-wallet",
        in_rule("proofs", None, "wallets", ["vault"]),
        P + "proofs.wallets: 'vault' is not a wallet of this policy",
    ),
    (
        "proof-extra",
        in_rule("proofs", None, "formats", ["bip322-full"]),
        P + "unknown key(s) in proofs: formats",
    ),
    ("proofs-not-table", setter("proofs", value=[]), P + "proofs must be a table"),
]


@pytest.mark.parametrize(
    ("edit", "message"),
    [(e, m) for _, e, m in MESSAGE_REFUSALS],
    ids=[i for i, _, _ in MESSAGE_REFUSALS],
)
def test_message_section_refusals_name_key_and_reason(edit: Edit, message: str) -> None:
    assert refusal(edit) == message


def test_message_sections_parse_to_these_rules() -> None:
    from coldsign.policy.message_rules import (
        DomainRule,
        MessageRule,
        ProofRule,
        TextTemplate,
        TypedDataRule,
    )
    from coldsign.policy.pattern import compile_pattern

    policy = parsed(
        edits(
            in_rule("messages", 1, "prefix", "x" * 1024),
            in_rule("messages", 1, "approvals", 3),
            typed_domain(name="X", version="1", chain_id=137, verifying_contract=USDC, salt=SALT),
            in_rule("typed_data", 0, "primary_types", ["Permit", "$Order_2", "_" + "a" * 127]),
            append(
                "messages",
                {"name": "eth-only", "wallets": ["eth-treasury"], "prefix": "Hi", "approvals": 1},
            ),
        )
    )
    por, travel, eth_only = policy.messages
    assert por.formats == (
        MessageFormat.BIP137,
        MessageFormat.BIP322_SIMPLE,
        MessageFormat.BIP322_FULL,
        MessageFormat.EIP191,
    )
    assert por.template.pattern is not None and por.template.prefix is None
    assert por.template.describe() == f"pattern {EXPECTED_BODY['messages'][0]['pattern']!r}"
    assert travel == MessageRule(
        "travel-rule",
        ("treasury",),
        (MessageFormat.BIP322_SIMPLE, MessageFormat.BIP137),
        TextTemplate(prefix="x" * 1024),
        3,
    )
    assert travel.template.describe() == f"prefix {'x' * 1024!r}"
    assert (eth_only.wallets, eth_only.formats, eth_only.approvals) == (
        ("eth-treasury",),
        (MessageFormat.EIP191,),
        1,
    )
    assert eth_only.template.matches("Hi there") and not eth_only.template.matches("hi there")
    assert por.template.matches(
        "Proof of reserves snapshot 2027-01-01T00:00:00Z bitcoin testnet hash "
        + "0" * 64
        + " block 1"
    )
    assert not por.template.matches("Proof of reserves snapshot")
    (typed,) = policy.typed_data
    salt = bytes.fromhex("ab" * 32)
    assert typed == TypedDataRule(
        "usdc-permit",
        ("eth-treasury",),
        DomainRule("X", "1", 137, USDC, salt),
        ("Permit", "$Order_2", "_" + "a" * 127),
        2,
    )
    assert typed.domain.fields() == (
        ("name", "X"),
        ("version", "1"),
        ("chainId", "137"),
        ("verifyingContract", USDC.lower()),
        ("salt", "0x" + "ab" * 32),
    )
    assert policy.proofs == ProofRule(
        ("treasury",), TextTemplate(pattern=compile_pattern("Proof of reserves snapshot .*")), 2
    )
    body = policy.to_body()
    assert body["typed_data"] == [
        {
            "name": "usdc-permit",
            "wallets": ["eth-treasury"],
            "domain": {
                "name": "X",
                "version": "1",
                "chain_id": 137,
                "verifying_contract": USDC,
                "salt": "0x" + "ab" * 32,
            },
            "primary_types": ["Permit", "$Order_2", "_" + "a" * 127],
            "approvals": 2,
        }
    ]
    assert body["messages"][2] == {  # type: ignore[index]
        "name": "eth-only",
        "wallets": ["eth-treasury"],
        "formats": ["eip191"],
        "prefix": "Hi",
        "approvals": 1,
    }
    assert parse_policy(body).to_body() == body


@pytest.mark.parametrize(
    ("domain", "fields"),
    [
        ({"name": "X"}, (("name", "X"),)),
        ({"version": "2"}, (("version", "2"),)),
        ({"chain_id": 1}, (("chainId", "1"),)),
        ({"verifying_contract": USDC}, (("verifyingContract", USDC.lower()),)),
        ({"salt": SALT}, (("salt", SALT.lower()),)),
    ],
    ids=["name", "version", "chain-id", "contract", "salt"],
)
def test_a_domain_of_one_field_is_enough(
    domain: Table, fields: tuple[tuple[str, str], ...]
) -> None:
    policy = parsed(typed_domain(**domain))
    assert policy.typed_data[0].domain.fields() == fields
    body = policy.to_body()
    canonical = {**domain, "salt": SALT.lower()} if "salt" in domain else domain
    assert body["typed_data"][0]["domain"] == canonical  # type: ignore[index]


def test_without_message_sections_the_body_has_none() -> None:
    policy = parse_policy(
        {k: v for k, v in example().items() if k not in ("messages", "typed_data", "proofs")}
    )
    assert (policy.messages, policy.typed_data, policy.proofs) == ((), (), None)
    assert not {"messages", "typed_data", "proofs"} & set(policy.to_body())


def test_symbols_may_hold_dashes_and_dots() -> None:
    policy = parsed(setter("assets", 2, "symbol", value="USDC.e-2"))
    assert policy.assets[2].symbol == "USDC.e-2"
    assert policy.assets[2].ledger_key == "USDC.e-2@ethereum:1"
