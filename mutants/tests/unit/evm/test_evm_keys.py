"""EVM keys from BIP-39 seeds along m/44'/60'/0'/0/i, cross-checked with eth-account's HD wallet."""

from __future__ import annotations

import pytest

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.keys import DEFAULT_PATH, address_from_seed, default_path, sign_with_seed
from coldsign.chains.evm.tx import Eip1559Tx, recover_sender
from coldsign.errors import NotOurs
from coldsign.keys.secrets import Seed

ABANDON = "abandon " * 11 + "about"
# The address the issue's sample policy names for this mnemonic at m/44'/60'/0'/0/0.
ABANDON_ADDRESS = Address.parse("0x9858EfFD232B4033E47d90003D41EC34EcaEda94")


def _seed(mnemonic: str = ABANDON) -> Seed:
    from mnemonic import Mnemonic

    return Seed(Mnemonic.to_seed(mnemonic, ""))


TX = Eip1559Tx(
    chain_id=1,
    nonce=0,
    max_priority_fee_per_gas=10**9,
    max_fee_per_gas=4 * 10**10,
    gas_limit=21000,
    to=Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
    value=10**16,
)


def test_default_path() -> None:
    assert DEFAULT_PATH == default_path(0) == "m/44'/60'/0'/0/0"
    assert default_path(7) == "m/44'/60'/0'/0/7"
    with pytest.raises(ValueError):
        default_path(2**31)


@pytest.mark.parametrize("index", [0, 1, 5])
def test_addresses_match_eth_account_hd(index: int) -> None:
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    expected = Account.from_mnemonic(ABANDON, account_path=default_path(index)).address
    assert address_from_seed(_seed(), default_path(index)).checksummed == expected


def test_sign_with_seed() -> None:
    signed = sign_with_seed(TX, _seed(), DEFAULT_PATH, expected_address=ABANDON_ADDRESS)
    assert recover_sender(signed) == ABANDON_ADDRESS
    other = sign_with_seed(TX, _seed(), default_path(1))
    assert recover_sender(other) != ABANDON_ADDRESS


def test_sign_with_seed_refuses_a_path_that_is_not_the_wallet() -> None:
    with pytest.raises(NotOurs):
        sign_with_seed(TX, _seed(), default_path(1), expected_address=ABANDON_ADDRESS)
