"""BIP-329 labels (the BIP's vectors and the reference implementation's copy), BIP-21 URIs, and
the address search behind `wallet verify-address` (checked against embit)."""

from __future__ import annotations

import time

import pytest

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.errors import DecodeError
from coldsign.formats import bip21, bip329
from coldsign.formats.addresses import find_address
from coldsign.units import Network
from tests.conftest import vector, vector_path
from tests.psbt_fixtures import descriptor_for, seed_of

SPEC = vector_path("bip329/bip329_test_vectors.jsonl").read_bytes()
REFERENCE = vector_path("bip329/python-bip329_test-vectors.jsonl").read_bytes()


def test_bip329_spec_vectors_read_and_write_back() -> None:
    result = bip329.decode_labels(SPEC)
    assert [r.type.value for r in result.labels] == [
        "tx", "addr", "pubkey", "input", "output", "xpub", "spscan", "tx",
    ]  # fmt: skip
    assert result.labels[4].spendable is False
    assert result.labels[0].origin == "wpkh([d34db33f/84'/0'/0'])"
    again = bip329.decode_labels(bip329.encode_labels(list(result.labels)))
    assert again == result
    expected = vector("bip329/bip329_test_vectors.json")["jsonl_lines"]
    import json

    assert [r.to_json() for r in result.labels] == [json.loads(line) for line in expected]


def test_reference_implementations_copy_reads_the_same_records() -> None:
    spec = bip329.decode_labels(SPEC)
    reference = bip329.decode_labels(REFERENCE)
    assert reference.labels == tuple(r for r in spec.labels if r.type.value != "spscan")


def test_unknown_types_are_skipped_and_long_labels_truncated() -> None:
    data = b'{"type": "future", "ref": "x"}\n' + (
        '{"type": "addr", "ref": "bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c", "label": "' + "a" * 300 + '"}\n'
    ).encode()  # fmt: skip
    result = bip329.decode_labels(data)
    assert (
        result.skipped == 1 and result.truncated == 1 and len(result.labels[0].label or "") == 255
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"type": "tx", "ref": "abc"}', "txid"),
        (b'{"type": "output", "ref": "' + b"a" * 64 + b':x"}', "txid:index"),
        (b'{"type": "addr", "ref": "bc1qnotanaddress"}', "Bitcoin address"),
        (b'{"type": "tx", "ref": "' + b"a" * 64 + b'", "spendable": true}', "only for outputs"),
        (b'{"type": "tx", "ref": "' + b"a" * 64 + b'", "label": "a\\nb"}', "more than one line"),
        (b'{"type": "tx", "type": "tx", "ref": "x"}', "duplicate key"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"type": "xpub", "ref": "xpub123"}', "xpub ref"),
        (b'{"type": "tx", "ref": "' + b"a" * 64 + b'", "origin": "wpkh(xpub)"}', "origin"),
    ],
)
def test_bip329_refusals_name_the_line(line: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason) as caught:
        bip329.decode_labels(b"\n" + line)
    assert "line 2" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "address", "amount"),
    [
        ("bitcoin:bc1qhj6avwmp5lhpgqwm6dgxrf3v5lf67rjm99a8an", "bc1qhj6avwmp5lhpgqwm6dgxrf3v5lf67rjm99a8an", None),
        ("BITCOIN:BC1QHJ6AVWMP5LHPGQWM6DGXRF3V5LF67RJM99A8AN?AMOUNT=0.5", "bc1qhj6avwmp5lhpgqwm6dgxrf3v5lf67rjm99a8an", 50_000_000),
        ("bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?amount=20.3&label=Luke-Jr", "1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt", 2_030_000_000),
        ("3CeBRbJKCpg7BpJME2vM8ZxhCjBnhG4toy", "3CeBRbJKCpg7BpJME2vM8ZxhCjBnhG4toy", None),
    ],
)  # fmt: skip
def test_bip21(text: str, address: str, amount: int | None) -> None:
    uri = bip21.parse_uri(text)
    assert (uri.address, uri.amount_sat, uri.text) == (address, amount, text)


def test_bip21_percent_decoding_and_required_params() -> None:
    uri = bip21.parse_uri(
        "bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?label=Luke%20Jr&message=Donation%20for%20project%20xyz"
    )
    assert uri.label == "Luke Jr" and uri.message == "Donation for project xyz"
    with pytest.raises(DecodeError, match="not understood"):
        bip21.parse_uri(
            "bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?req-somethingyoudontunderstand=50"
        )
    bip21.parse_uri("bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?somethingyoudontunderstand=50")
    for bad in ("bitcoin:", "bitcoin:x?amount=1", "bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?amount=1.123456789",
                "bitcoin:1GTNtzG5xX2UhdD5e3Nu7i1WPxFdjxQMJt?label=%ff", "http://x"):  # fmt: skip
        with pytest.raises(DecodeError):
            bip21.parse_uri(bad)


def _wallets() -> list[tuple[str, Wallet]]:
    return [
        ("hot", Wallet.from_descriptor(descriptor_for("wpkh", [seed_of("addr-a")]), Network.TESTNET)),
        ("vault", Wallet.from_descriptor(
            descriptor_for("wsh-sortedmulti", [seed_of(f"addr-{i}") for i in range(3)]), Network.TESTNET)),
    ]  # fmt: skip


def test_address_found_on_its_branch_and_index_and_embit_agrees() -> None:
    from embit.descriptor import Descriptor as EmbitDescriptor
    from embit.networks import NETWORKS

    wallets = _wallets()
    vault = wallets[1][1]
    embit_change = EmbitDescriptor.from_string(vault.branches[1].to_string().split("#")[0])
    address = embit_change.derive(57).address(NETWORKS["test"])
    result = find_address(address, wallets, 100)
    assert result.match is not None
    assert (result.match.wallet, result.match.branch_name, result.match.index) == (
        "vault",
        "change",
        57,
    )


def test_address_outside_the_gap_or_not_ours() -> None:
    wallets = _wallets()
    far = wallets[0][1].derive_at((0, 150)).address(Network.TESTNET)
    assert find_address(far, wallets, 100).match is None
    assert find_address(far, wallets, 151).match is not None
    with pytest.raises(DecodeError):
        find_address("bc1qhj6avwmp5lhpgqwm6dgxrf3v5lf67rjm99a8an", wallets, 10)  # mainnet address


def test_each_script_is_derived_once() -> None:
    wallets = _wallets()
    start = time.perf_counter()
    result = find_address("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", wallets, 500)
    elapsed = time.perf_counter() - start
    assert result.match is None and result.derived == 2 * 2 * 500
    assert elapsed < 30  # measured: well under a second on a shared 2-core machine
