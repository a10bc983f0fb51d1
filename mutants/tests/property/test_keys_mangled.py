"""Mangled mnemonics, SLIP-39 shares, extended keys, paths and addresses raise only DecodeError."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec import base58
from coldsign.codec.bip32 import KeyOrigin, parse_path
from coldsign.codec.script import script_from_address
from coldsign.errors import DecodeError
from coldsign.keys.hd import parse_extended_key
from coldsign.keys.secrets import Seed
from coldsign.keys.seed import mnemonic_from_text
from coldsign.keys.slip39 import combine_shares, split_secret
from coldsign.units import Network

MNEMONICS = [
    " ".join(["abandon"] * 11 + ["about"]),
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    " ".join(["zoo"] * 23 + ["vote"]),
]
SHARES = split_secret(Seed(bytes(range(16))), 1, [(2, 3)])[0]
XKEYS = [
    "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
]
ADDRESSES = [
    "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
]
WORDS = st.sampled_from(["abandon", "zoo", "about", "academic", "xyz", "", "ABANDON", "é", "\x00"])


def _mangle(text: str, cut: int, pos: int, char: str, mode: int) -> str:
    if not text:
        return char
    pos %= len(text)
    if mode == 0:
        return text[: cut % (len(text) + 1)]
    if mode == 1:
        return text[:pos] + char + text[pos + 1 :]
    if mode == 2:
        return text[:pos] + char + text[pos:]
    return text[:pos] + text[pos + 1 :]


MANGLE = {
    "cut": st.integers(0, 500),
    "pos": st.integers(0, 500),
    "char": st.characters(codec="utf-8"),
    "mode": st.integers(0, 3),
}


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(MNEMONICS), **MANGLE)
def test_mangled_mnemonic(base: str, cut: int, pos: int, char: str, mode: int) -> None:
    with contextlib.suppress(DecodeError):
        mnemonic_from_text(_mangle(base, cut, pos, char, mode))


@settings(max_examples=100, deadline=None)
@given(words=st.lists(WORDS, max_size=30))
def test_random_word_lists(words: list[str]) -> None:
    with contextlib.suppress(DecodeError):
        mnemonic_from_text(" ".join(words))


@settings(max_examples=150, deadline=None)
@given(index=st.integers(0, 2), swap=st.booleans(), **MANGLE)
def test_mangled_shares(index: int, swap: bool, cut: int, pos: int, char: str, mode: int) -> None:
    shares = list(SHARES[:2])
    shares[index % 2] = _mangle(SHARES[index], cut, pos, char, mode)
    if swap:
        shares.reverse()
    with contextlib.suppress(DecodeError):
        combine_shares(shares)


@settings(max_examples=200, deadline=None)
@given(base=st.sampled_from(XKEYS), **MANGLE)
def test_mangled_extended_key(base: str, cut: int, pos: int, char: str, mode: int) -> None:
    with contextlib.suppress(DecodeError):
        parse_extended_key(_mangle(base, cut, pos, char, mode))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=90))
def test_random_base58_extended_key(data: bytes) -> None:
    with contextlib.suppress(DecodeError):
        parse_extended_key(base58.encode_check(data))


@settings(max_examples=200, deadline=None)
@given(base=st.sampled_from(ADDRESSES), network=st.sampled_from(list(Network)), **MANGLE)
def test_mangled_address(
    base: str, network: Network, cut: int, pos: int, char: str, mode: int
) -> None:
    with contextlib.suppress(DecodeError):
        script_from_address(_mangle(base, cut, pos, char, mode), network)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="m/0123456789'hH*<>;[]abcdef", max_size=40))
def test_random_paths_and_origins(text: str) -> None:
    with contextlib.suppress(DecodeError):
        parse_path(text)
    with contextlib.suppress(DecodeError):
        KeyOrigin.parse(text)
