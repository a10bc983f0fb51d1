"""SLIP-39: the trezor vectors (passphrase TREZOR), split/combine with groups, error messages."""

from __future__ import annotations

from typing import Any

import pytest

from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Passphrase, Seed
from coldsign.keys.slip39 import combine_shares, share_info, split_secret
from tests.conftest import vector


def _cases() -> list[Any]:
    return [
        pytest.param(
            shares,
            secret,
            xprv,
            id=description.split(".")[0] + "-" + description.split(". ", 1)[1][:40],
        )
        for description, shares, secret, xprv in vector("slip39/vectors.json")
    ]


@pytest.mark.parametrize(("shares", "secret", "xprv"), _cases())
def test_vector(shares: list[str], secret: str, xprv: str) -> None:
    if not secret:
        with pytest.raises(DecodeError) as info:
            combine_shares(shares, Passphrase("TREZOR"))
        message = str(info.value)
        for share in shares:
            for word in share.split():
                if len(word) >= 4:
                    assert f" {word} " not in f" {message} ", "a share word leaked into the error"
        return
    seed = combine_shares(shares, Passphrase("TREZOR"))
    assert seed.reveal().hex() == secret
    assert ExtendedPrivateKey.from_seed(seed).reveal_xprv() == xprv


MASTER = Seed(bytes(range(16)))


def test_split_and_combine_groups() -> None:
    groups = split_secret(MASTER, 2, [(1, 1), (2, 3), (3, 5)], Passphrase("pw"))
    assert [len(g) for g in groups] == [1, 3, 5]
    assert combine_shares([groups[0][0], groups[1][0], groups[1][2]], Passphrase("pw")) == MASTER
    # Extra shares from an incomplete group and duplicates are tolerated.
    mixed = [groups[2][0], groups[1][1], groups[1][1], groups[2][3], groups[1][2], groups[2][4]]
    assert combine_shares(mixed, Passphrase("pw")) == MASTER
    info = share_info(groups[2][1])
    assert (info.group_index, info.group_threshold, info.group_count) == (2, 2, 3)
    assert info.member_threshold == 3


def test_too_few_shares_says_how_many() -> None:
    groups = split_secret(MASTER, 1, [(3, 5)])
    with pytest.raises(DecodeError, match="group 1 needs 1 more"):
        combine_shares(groups[0][:2])


def test_mixed_sets_refused() -> None:
    a = split_secret(MASTER, 1, [(2, 3)])[0]
    b = split_secret(Seed(bytes(16)), 1, [(2, 3)])[0]
    with pytest.raises(DecodeError, match="different set"):
        combine_shares([a[0], b[1]])


def test_unknown_word_position_only() -> None:
    share = split_secret(MASTER, 1, [(1, 1)])[0][0].split()
    share[3] = "notaword"
    with pytest.raises(DecodeError) as info:
        combine_shares([" ".join(share)])
    assert "position 4" in str(info.value) and "notaword" not in str(info.value)


def test_wrong_passphrase_gives_another_secret() -> None:
    shares = split_secret(MASTER, 1, [(1, 1)], Passphrase("right"))[0]
    assert combine_shares(shares, Passphrase("wrong")) != MASTER


def test_empty() -> None:
    with pytest.raises(DecodeError):
        combine_shares([])
