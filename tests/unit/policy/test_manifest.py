"""Whitelist and denylist manifests: parsing, canonical body, lookups and caps against a policy."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from coldsign import chains
from coldsign.errors import DecodeError
from coldsign.policy.config import Policy, parse_policy
from coldsign.policy.documents import DocumentKind
from coldsign.policy.fields import parse_toml
from coldsign.policy.manifest import ListEntry, Manifest, cap_problems, parse_manifest

EXAMPLES = Path(__file__).parents[3] / "docs" / "examples"
BTC_TESTNET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"  # BIP-173 test vector
BTC_TESTNET_KEY = "0014751e76e8199196d454941c45d1b3a323f1433bd6"
BTC_MAINNET = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # same program, mainnet
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # EIP-55 test vector
HASH = "cd" * 32
Table = dict[str, Any]  # a TOML table as tomllib returns it


def example() -> Table:
    return parse_toml((EXAMPLES / "whitelist.toml").read_bytes(), "whitelist")


def policy() -> Policy:
    return parse_policy(parse_toml((EXAMPLES / "policy.toml").read_bytes(), "policy"), chains.SPECS)


def manifest(table: Table, kind: DocumentKind = DocumentKind.WHITELIST) -> Manifest:
    return parse_manifest(table, kind, chains.SPECS)


def refusal(table: Table, kind: DocumentKind = DocumentKind.WHITELIST) -> str:
    with pytest.raises(DecodeError) as info:
        manifest(table, kind)
    return str(info.value)


def btc_entry(**extra: object) -> Table:
    return {"chain": "bitcoin", "network": "testnet", "address": BTC_TESTNET, "label": "x", **extra}


def with_entries(*entries: Table, **top: object) -> Table:
    return {"version": 1, "expires": "2027-01-31T00:00:00Z", **top, "entries": list(entries)}


def test_documented_example_parses_to_its_entries() -> None:
    m = manifest(example())
    assert (m.kind, m.version, m.previous) == (DocumentKind.WHITELIST, 1, "")
    assert m.expires == datetime(2027, 1, 31, tzinfo=UTC)
    assert m.entries == (
        ListEntry(
            "bitcoin",
            "testnet",
            BTC_TESTNET,
            "Exchange hot wallet",
            BTC_TESTNET_KEY,
            (("network", "testnet"),),
            "0.2",
            "BTC",
        ),
        ListEntry(
            "ethereum",
            "1",
            ETH,
            "Exchange hot wallet (ETH and tokens)",
            ETH.lower(),
            (("chain_id", 1),),
        ),
    )


def test_canonical_body_and_fixed_point() -> None:
    body = manifest(example()).to_body()
    assert body == {
        "version": 1,
        "previous": "",
        "expires": "2027-01-31T00:00:00Z",
        "entries": [
            {
                "chain": "bitcoin",
                "network": "testnet",
                "address": BTC_TESTNET,
                "label": "Exchange hot wallet",
                "max_per_tx": "0.2",
                "asset": "BTC",
            },
            {
                "chain": "ethereum",
                "chain_id": 1,
                "address": ETH,
                "label": "Exchange hot wallet (ETH and tokens)",
            },
        ],
    }
    assert manifest(body).to_body() == body


def test_version_previous_and_kind_are_kept() -> None:
    m = manifest(with_entries(version=7, previous=HASH.upper()), DocumentKind.DENYLIST)
    assert (m.kind, m.version, m.previous, m.entries) == (DocumentKind.DENYLIST, 7, HASH, ())


def test_lookup_by_chain_scope_and_key() -> None:
    m = manifest(example())
    assert m.lookup("bitcoin", "testnet", BTC_TESTNET_KEY) is m.entries[0]
    assert m.lookup("ethereum", "1", ETH.lower()) is m.entries[1]
    assert m.lookup("ethereum", "1", ETH) is None  # keys are normalized by the caller's spec
    assert m.lookup("bitcoin", "mainnet", BTC_TESTNET_KEY) is None
    assert m.lookup("ethereum", "5", ETH.lower()) is None
    assert m.lookup("bitcoin", "testnet", ETH.lower()) is None


def test_lookup_of_a_hand_built_manifest_keeps_the_first_entry() -> None:
    first = ListEntry("ethereum", "1", ETH, "first", ETH.lower())
    second = ListEntry("ethereum", "1", ETH.lower(), "second", ETH.lower())
    m = Manifest(DocumentKind.DENYLIST, 1, "", datetime(2027, 1, 1, tzinfo=UTC), (first, second))
    assert m.lookup("ethereum", "1", ETH.lower()) is first


@pytest.mark.parametrize(
    ("kind", "table", "message"),
    [
        (
            DocumentKind.WHITELIST,
            with_entries(version=0),
            "invalid whitelist: version: must be at least 1",
        ),
        (
            DocumentKind.DENYLIST,
            with_entries(version=0),
            "invalid denylist: version: must be at least 1",
        ),
        (
            DocumentKind.WHITELIST,
            {"version": 1, "entries": []},
            "invalid whitelist: expires is required",
        ),
        (
            DocumentKind.DENYLIST,
            {"version": 1, "expires": "2027-01-31T00:00:00Z"} | {"note": 1},
            "invalid denylist: unknown key(s) in top level: note",
        ),
        (
            DocumentKind.WHITELIST,
            {"version": 1, "expires": "2027-01-31T00:00:00Z"},
            "invalid whitelist: entries is required",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(previous="ab"),
            'invalid whitelist: previous: must be "" or 64 hex characters',
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(chain="dogecoin")),
            "invalid whitelist: entries[0].chain: 'dogecoin' is not a chain coldsign knows "
            "(bitcoin, ethereum)",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(max_per_tx="1")),
            "invalid whitelist: entries[0].asset: a capped entry must name the asset its "
            "max_per_tx is in",
        ),
        (
            DocumentKind.DENYLIST,
            with_entries(btc_entry(asset="BTC")),
            "invalid denylist: entries[0].asset: only a capped entry names an asset (give "
            "max_per_tx)",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(max_per_tx=1, asset="BTC")),
            "invalid whitelist: entries[0].max_per_tx: must be a string",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(max_per_tx="1", asset=1)),
            "invalid whitelist: entries[0].asset: must be a string",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(max_per_tx="0.0000000000000000001", asset="ETH")),
            "invalid entries[0].max_per_tx: '0.0000000000000000001' has more than 18 decimal "
            "places",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(max_per_tx="-1", asset="BTC")),
            "invalid entries[0].max_per_tx: '-1' is not a non-negative decimal number",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(), btc_entry(label="again")),
            "invalid whitelist: entries[1]: the same destination as entries[0]",
        ),
        (
            DocumentKind.DENYLIST,
            with_entries(
                btc_entry(),
                {"chain": "ethereum", "chain_id": 1, "address": ETH, "label": "a"},
                {"chain": "ethereum", "chain_id": 1, "address": ETH.lower(), "label": "b"},
            ),
            "invalid denylist: entries[2]: the same destination as entries[1]",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(note="x")),
            "invalid whitelist: unknown key(s) in entries[0]: note",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(network="moonnet")),
            "invalid whitelist: entries[0].network: 'moonnet' is not one of mainnet, testnet, "
            "signet, regtest",
        ),
        (
            DocumentKind.DENYLIST,
            with_entries(btc_entry(address="tb1qbad")),
            "invalid denylist: entries[0].address: checksum too short",
        ),
        (
            DocumentKind.WHITELIST,
            with_entries(btc_entry(address=BTC_MAINNET)),
            "invalid whitelist: entries[0].address: this is a mainnet address",
        ),
    ],
    ids=[
        "version-zero",
        "version-zero-denylist",
        "no-expiry",
        "unknown-top-key",
        "whitelist-without-entries",
        "bad-previous",
        "unknown-chain",
        "cap-without-asset",
        "asset-without-cap",
        "cap-not-string",
        "asset-not-string",
        "cap-beyond-18-decimals",
        "negative-cap",
        "duplicate-destination",
        "duplicate-spelling",
        "unknown-entry-key",
        "unknown-network",
        "bad-checksum",
        "address-of-another-network",
    ],
)
def test_invalid_manifests_name_the_problem(kind: DocumentKind, table: Table, message: str) -> None:
    assert refusal(table, kind) == message


def test_bitcoin_entries_are_kept_in_their_normal_form() -> None:
    """An upper-case bech32 address (BIP-173 allows it, for QR codes) and one with spaces
    around it are the lower-case address; a base58 address is its own normal form. The key
    that lookups match is the scriptPubKey either way."""
    from coldsign.codec.script import address_from_script
    from coldsign.units import Network

    p2pkh = bytes.fromhex("76a914" + "11" * 20 + "88ac")
    base58 = address_from_script(p2pkh, Network.TESTNET)
    assert base58 is not None and base58[0] in "mn"
    m = manifest(
        with_entries(
            btc_entry(address=f" {BTC_TESTNET.upper()} "),
            btc_entry(address=base58, label="y"),
        )
    )
    assert [(e.address, e.key) for e in m.entries] == [
        (BTC_TESTNET, BTC_TESTNET_KEY),
        (base58, p2pkh.hex()),
    ]


def test_a_denylist_may_have_no_entries_and_a_cap_may_have_18_decimals() -> None:
    assert (
        manifest({"version": 1, "expires": "2027-01-31T00:00:00Z"}, DocumentKind.DENYLIST).entries
        == ()
    )
    entry = manifest(
        with_entries(btc_entry(max_per_tx="0.000000000000000001", asset="ETH"))
    ).entries[0]
    assert (entry.max_per_tx, entry.asset) == ("0.000000000000000001", "ETH")


def test_the_same_address_on_two_networks_is_two_destinations() -> None:
    table = with_entries(
        {"chain": "ethereum", "chain_id": 1, "address": ETH, "label": "a"},
        {"chain": "ethereum", "chain_id": 5, "address": ETH, "label": "b"},
    )
    assert [e.scope for e in manifest(table).entries] == ["1", "5"]


# --- Caps against the policy (issue 12.1: a cap names the asset it is in) -----------------------


def capped(chain: str, where: Table, address: str, cap: str, asset: str, label: str) -> Table:
    return {
        "chain": chain,
        **where,
        "address": address,
        "label": label,
        "max_per_tx": cap,
        "asset": asset,
    }


TB_P2WSH = "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"  # BIP-173 vector


def test_caps_in_policy_assets_with_their_decimals_are_accepted() -> None:
    table = with_entries(
        btc_entry(label="uncapped"),
        capped("bitcoin", {"network": "testnet"}, TB_P2WSH, "0.12345678", "BTC", "btc"),
        capped("ethereum", {"chain_id": 1}, ETH, "1.123456", "USDC", "usdc"),
        capped("ethereum", {"chain_id": 1}, "0x" + "11" * 20, "0.000000000000000001", "ETH", "eth"),
    )
    assert cap_problems(manifest(table), policy()) == []


def test_cap_problems_name_each_entry_and_keep_going() -> None:
    regtest = "bcrt1q42424242424242424242424242424242rt8pnt"  # 0014 || aa*20 on regtest
    table = with_entries(
        btc_entry(label="uncapped"),
        capped("bitcoin", {"network": "mainnet"}, BTC_MAINNET, "1", "BTC", "mainnet btc"),
        capped("ethereum", {"chain_id": 1}, ETH, "1", "DOGE", "not an asset"),
        capped("ethereum", {"chain_id": 5}, ETH, "1", "ETH", "goerli"),
        capped("ethereum", {"chain_id": 1}, "0x" + "11" * 20, "1", "BTC", "btc on ethereum"),
        capped("bitcoin", {"network": "testnet"}, TB_P2WSH, "1", "ETH", "eth on bitcoin"),
        capped("bitcoin", {"network": "regtest"}, regtest, "1", "BTC", "regtest btc"),
        capped("ethereum", {"chain_id": 1}, "0x" + "22" * 20, "1.1234567", "USDC", "usdc"),
        capped("ethereum", {"chain_id": 1}, "0x" + "33" * 20, "0.123456789", "ETH", "eth ok"),
        capped("bitcoin", {"network": "testnet"}, BTC_TESTNET.upper(), "0", "BTC", "dup"),
    )
    with pytest.raises(DecodeError) as info:  # an upper-case spelling is the same destination
        manifest(table)
    assert info.value.reason == "entries[9]: the same destination as entries[0]"
    table["entries"][9] = capped(
        "bitcoin",
        {"network": "testnet"},
        "tb1q42424242424242424242424242424242pz7vyz",
        "0.123456789",
        "BTC",
        "btc",
    )
    policy_on = "which is not an asset of the policy on"
    assert cap_problems(manifest(table), policy()) == [
        f"entry 1 (mainnet btc): its cap is in BTC, {policy_on} bitcoin mainnet",
        f"entry 2 (not an asset): its cap is in DOGE, {policy_on} ethereum 1",
        f"entry 3 (goerli): its cap is in ETH, {policy_on} ethereum 5",
        f"entry 4 (btc on ethereum): its cap is in BTC, {policy_on} ethereum 1",
        f"entry 5 (eth on bitcoin): its cap is in ETH, {policy_on} bitcoin testnet",
        f"entry 6 (regtest btc): its cap is in BTC, {policy_on} bitcoin regtest",
        "entry 7 (usdc): '1.1234567' has more than 6 decimal places",
        "entry 9 (btc): '0.123456789' has more than 8 decimal places",
    ]
