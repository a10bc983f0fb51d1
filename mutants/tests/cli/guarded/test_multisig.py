"""P2WSH 2-of-3 sortedmulti through the guarded signer: two signer homes each sign with their own
seed, the signed payloads are combined, finalized, and checked by an independent library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from embit.transaction import Transaction as EmbitTx

from tests.cli.guarded.conftest import (
    COSIGNER_MNEMONICS,
    HOT_WALLET,
    Setup,
    make_setup,
    multisig_descriptor,
    write_funding,
)


@pytest.fixture(scope="module")
def multisig(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return make_setup(tmp_path_factory.mktemp("multisig"), multisig_descriptor())


def test_two_of_three_with_two_signer_homes(multisig: Setup, tmp_path: Path) -> None:
    setup = multisig
    second_home = tmp_path / "home-2"
    shutil.copytree(setup.home, second_home)  # the same pinned policy and whitelist
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="msig-1"), "alice", "bob")

    first, signed_1 = setup.sign(payload, COSIGNER_MNEMONICS[0])
    assert first.exit_code == 0, first.stderr
    incomplete = setup.cs("payload", "finalize", signed_1)
    assert incomplete.exit_code == 4 and "cannot be finalized" in incomplete.stderr

    second, signed_2 = setup.sign(payload, COSIGNER_MNEMONICS[1], home=second_home)
    assert second.exit_code == 0, second.stderr
    combined = setup.new_name("msig.combined")
    assert setup.cs("payload", "combine", signed_1, signed_2, "-o", combined).exit_code == 0

    final = setup.cs("--json", "payload", "finalize", combined)
    assert final.exit_code == 0, final.stderr
    tx = EmbitTx.parse(bytes.fromhex(final.json["raw_tx"]))
    witness = tx.vin[0].witness.items
    assert witness[0] == b""  # CHECKMULTISIG's extra element
    assert len(witness) == 4  # dummy, two signatures, witness script
    assert tx.vout[0].value == 5_000_000


def test_a_seed_outside_the_multisig_signs_nothing(multisig: Setup) -> None:
    write_funding(multisig.root, "utxos-2", multisig.descriptor, ["0.3"], "c2")
    payload = multisig.approved(
        multisig.build(f"{HOT_WALLET}:0.05", wid="msig-2", utxos="utxos-2.json"), "alice", "bob"
    )
    outsider = "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"
    result, out = multisig.sign(payload, outsider)
    # Caught before signing: the seed's fingerprint is not one of the wallet's keys (exit 5).
    assert result.exit_code == 5, result.stderr
    assert "is not a key of the policy's wallets" in result.stderr
    assert not out.exists()
