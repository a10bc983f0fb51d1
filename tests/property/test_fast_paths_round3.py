"""The fast paths of issue 16's third round compute, accept and refuse what the strict paths do.

* `Descriptor.script_pubkey_at` (the script alone) and `Descriptor.derive(...).script_pubkey`
  (keys with their origins, the script record), for every descriptor kind coldsign signs, fixed
  keys, fixed steps and multipath, at any branch and index: the same script, or the same error.
* `Wallet.locate` and `Wallet.match` (and the loop over branches and keys they replaced), for
  claims of any fingerprint and path a PSBT may carry.
* The spend analysis with `locate` and with a wallet that only has the strict `match` of
  before issue 16: the same `SpendSummary`, for PSBTs of every wallet kind, ours and foreign.
* The review's input lines made on access and the list the review made before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.base import ReviewLine
from coldsign.chains.bitcoin.module import BitcoinReview, btc_and_sat
from coldsign.chains.bitcoin.summary import InputSummary, SpendSummary, analyze
from coldsign.chains.bitcoin.wallet import Ownership, Wallet
from coldsign.codec.bip32 import HARDENED, KeyOrigin
from coldsign.codec.descriptor import Descriptor, DescriptorKind, parse_descriptor
from coldsign.codec.psbt import KeyPath
from coldsign.errors import DecodeError
from coldsign.units import Network
from tests.property.test_fast_paths import _FP, _TPUBS, _reference_match
from tests.psbt_fixtures import build_psbt, descriptor_for, seed_of

_G = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"  # the generator
_G2 = "02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"  # 2G
_K0 = f"[{_FP[0]}/48h/1h/0h/2h]{_TPUBS[0]}"
_K1 = f"[{_FP[1]}/48h/1h/0h/2h]{_TPUBS[1]}"

DESCRIPTORS = [
    f"pkh([{_FP[0]}/44h/1h/0h]{_TPUBS[0]}/<0;1>/*)",
    f"wpkh([{_FP[0]}/84h/1h/0h]{_TPUBS[0]}/<0;1>/*)",
    f"sh(wpkh([{_FP[0]}/49h/1h/0h]{_TPUBS[0]}/<0;1>/*))",
    f"tr([{_FP[0]}/86h/1h/0h]{_TPUBS[0]}/<0;1>/*)",
    f"wpkh({_TPUBS[0]}/0/*)",  # no origin: the xpub's own fingerprint
    f"wpkh({_TPUBS[0]}/3)",  # not ranged: one fixed step
    f"wpkh({_TPUBS[1]})",  # the xpub's own key
    f"pkh({_G})",
    f"tr({_G[2:]})",  # x-only fixed key
    f"wsh(multi(2,{_K0}/<0;1>/*,{_K1}/<0;1>/*,{_G}))",
    f"wsh(sortedmulti(2,{_K0}/<0;1>/*,{_K1}/<0;1>/*,{_G}))",
    f"sh(sortedmulti(1,{_K0}/0/*,{_K1}/1/*))",
    f"sh(multi(1,{_K0}/<2;5>/*,{_K1}/<0;1>/*))",
    f"sh(wsh(multi(1,{_K0}/7,{_K1}/<0;1>/*)))",
    f"sh(wsh(sortedmulti(2,{_G2},{_G})))",  # given out of BIP-67 order
    f"sh(wsh(sortedmulti(1,{_K1}/<0;1>/*,{_K0}/<0;1>/*)))",
]
PARSED = [parse_descriptor(text) for text in DESCRIPTORS]

_INDEXES = st.one_of(
    st.integers(0, 30),
    st.sampled_from([-1, HARDENED - 1, HARDENED, HARDENED + 5, 2**32 - 1, 2**32]),
    st.integers(-(2**33), 2**33),
)


def _strict(descriptor: Descriptor, index: int, branch: int) -> bytes:
    return descriptor.derive(index, branch).script_pubkey


def _fast(descriptor: Descriptor, index: int, branch: int) -> bytes:
    return descriptor.script_pubkey_at(index, branch)


def _outcome(
    compute: Callable[[Descriptor, int, int], bytes],
    descriptor: Descriptor,
    index: int,
    branch: int,
) -> tuple[str, object]:
    try:
        return "ok", compute(descriptor, index, branch)
    except ValueError:  # a caller's mistake: an index or branch the descriptor lacks
        return "ValueError", None
    except DecodeError as exc:
        return "DecodeError", str(exc)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(PARSED) - 1), st.integers(-1, 2), _INDEXES)
def test_script_pubkey_at_is_derives_script(which: int, branch: int, index: int) -> None:
    descriptor = PARSED[which]
    strict = _outcome(_strict, descriptor, index, branch)
    fast = _outcome(_fast, descriptor, index, branch)
    assert fast == strict
    if which < 4 and branch in (0, 1) and 0 <= index < HARDENED:
        assert fast[0] == "ok"  # the sample reaches the scripts, not only the refusals


@pytest.mark.parametrize("text", DESCRIPTORS)
def test_script_pubkey_at_every_branch_of_every_kind(text: str) -> None:
    descriptor = parse_descriptor(text)
    for branch in range(descriptor.branch_count):
        for index in (0, 1, 2, 1000) if descriptor.is_ranged else (0,):
            derived = descriptor.derive(index, branch)
            assert descriptor.script_pubkey_at(index, branch) == derived.script_pubkey
    for single in descriptor.branches():  # a wallet's branches: single-path descriptors
        assert single.script_pubkey_at(0) == single.derive(0).script_pubkey


def test_sorted_kinds_are_the_sorted_kinds() -> None:
    from coldsign.codec.descriptor import _SORTED

    assert set(_SORTED) == {k for k in DescriptorKind if k.is_sorted}


@pytest.mark.parametrize(
    "kind", [k for k in DescriptorKind if k.is_multisig], ids=lambda k: k.value
)
def test_two_slots_on_one_key_are_refused_alike(kind: DescriptorKind) -> None:
    # Built without the parser (which refuses it at index 0): the check at each derivation is
    # what stands between such a descriptor and a 2-of-2 that one key signs.
    key = parse_descriptor(f"wpkh({_TPUBS[0]}/<0;1>/*)").keys[0]
    other = parse_descriptor(f"wpkh({_TPUBS[1]}/<0;1>/*)").keys[0]
    descriptor = Descriptor(kind, (other, key, key), 2)
    for branch, index in ((0, 0), (1, 7)):
        strict = _outcome(_strict, descriptor, index, branch)
        fast = _outcome(_fast, descriptor, index, branch)
        assert strict[0] == "DecodeError" and "keys 2 and 3" in str(strict[1])
        assert fast == strict


# --- wallets ---------------------------------------------------------------------------------

_WALLETS = [
    Wallet.from_descriptor(text, Network.TESTNET)
    for text in DESCRIPTORS
    if "<" in text or "*" not in text  # a wallet's descriptor: multipath, or fixed
]

_PREFIXES = [
    (44 + HARDENED, 1 + HARDENED, HARDENED),
    (84 + HARDENED, 1 + HARDENED, HARDENED),
    (49 + HARDENED, 1 + HARDENED, HARDENED),
    (86 + HARDENED, 1 + HARDENED, HARDENED),
    (48 + HARDENED, 1 + HARDENED, HARDENED, 2 + HARDENED),
    (),
]
_STEPS = st.one_of(
    st.sampled_from([0, 1, 2, 5, 7, HARDENED, 3 + HARDENED]), st.integers(0, 2**32 - 1)
)
_CLAIMS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_FP), st.binary(min_size=4, max_size=4).map(bytes.hex)),
        st.sampled_from(_PREFIXES),
        st.lists(_STEPS, max_size=3),
    ),
    max_size=5,
)


def _claimed(claims: list[tuple[str, tuple[int, ...], list[int]]]) -> list[tuple[bytes, KeyPath]]:
    return [
        (b"\x02" * 33, KeyPath(bytes.fromhex(fp), prefix + tuple(rest)))
        for fp, prefix, rest in claims
    ]


def _match_outcome(
    wallet: Wallet, script: bytes, claimed: Sequence[tuple[bytes, KeyPath]]
) -> object:
    try:
        owned = wallet.match(script, claimed)
    except DecodeError as exc:
        return "DecodeError", str(exc)
    return None if owned is None else (owned.branch, owned.index)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, len(_WALLETS) - 1),
    _CLAIMS,
    st.integers(0, 1),
    st.integers(0, 12),
    st.booleans(),
)
def test_locate_is_match_and_the_loop_before(
    which: int,
    claims: list[tuple[str, tuple[int, ...], list[int]]],
    branch: int,
    index: int,
    foreign: bool,
) -> None:
    wallet = _WALLETS[which]
    branch = min(branch, len(wallet.branches) - 1)
    if foreign:
        script = b"\x00\x14" + b"\x11" * 20
    else:
        where = (branch, index if wallet.branches[branch].is_ranged else 0)
        script = wallet.derive_at(where).script_pubkey
    claimed = _claimed(claims)
    try:
        found: object = wallet.locate(script, claimed)
    except DecodeError as exc:  # the only error a PSBT's claims may cause
        found = "DecodeError", str(exc)
    assert found == _match_outcome(wallet, script, claimed)
    origins = [(pub, KeyOrigin(kp.fingerprint, kp.path)) for pub, kp in claimed]
    reference = _reference_match(wallet, script, origins)
    assert found == (None if reference is None else (reference.branch, reference.index))


@pytest.mark.parametrize("which", range(len(_WALLETS)))
def test_locate_finds_every_script_from_its_own_claims(which: int) -> None:
    wallet = _WALLETS[which]
    for branch, descriptor in enumerate(wallet.branches):
        for index in (0, 3, 11) if descriptor.is_ranged else (0,):
            derived = wallet.derive_at((branch, index))
            claimed = [(k.public_key, k.origin) for k in derived.keys if k.origin is not None]
            if not claimed:
                continue  # fixed keys without an origin: nothing a PSBT could claim
            expected = _reference_match(wallet, derived.script_pubkey, claimed)
            assert expected is not None
            assert wallet.locate(derived.script_pubkey, claimed) == (
                expected.branch,
                expected.index,
            )
            assert wallet.match(derived.script_pubkey, claimed) == expected


# --- the spend analysis ----------------------------------------------------------------------


class _StrictWallet:
    """A wallet as the analysis saw it before issue 16: `match` only, by the loop over every
    claim, branch and key, each candidate fully derived (`Descriptor.derive`)."""

    def __init__(self, wallet: Wallet) -> None:
        self.wallet = wallet

    @property
    def network(self) -> Network:
        return self.wallet.network

    def match(
        self, script_pubkey: bytes, claimed: Sequence[tuple[bytes, KeyPath]]
    ) -> Ownership | None:
        origins = [(pub, KeyOrigin(kp.fingerprint, kp.path)) for pub, kp in claimed]
        return _reference_match(self.wallet, script_pubkey, origins)


_SEEDS = [seed_of("alice"), seed_of("b"), seed_of("c")]


@pytest.mark.parametrize("kind", ["wpkh", "sh-wpkh", "tr", "wsh-sortedmulti", "wsh-multi"])
@pytest.mark.parametrize("change_index", [3, None])
def test_analysis_with_locate_is_the_analysis_before(kind: str, change_index: int | None) -> None:
    seeds = _SEEDS if "multi" in kind else _SEEDS[:1]
    built = build_psbt(kind, seeds, 4, change_index=change_index, non_witness_utxo=True)
    others = [
        Wallet.from_descriptor(
            descriptor_for(k, _SEEDS if "multi" in k else _SEEDS[:1]), Network.TESTNET
        )
        for k in ("wpkh", "tr", "wsh-sortedmulti")
        if k != kind
    ]
    names = ["a", "b", "c", "d"]
    for wallets in ([built.wallet, *others], [*others, built.wallet], others):
        fast = analyze(built.psbt, wallets, names=names[: len(wallets)])
        strict = analyze(
            built.psbt, [_StrictWallet(w) for w in wallets], names=names[: len(wallets)]
        )
        assert fast == strict
    mine = analyze(built.psbt, [*others, built.wallet], names=names[: len(others) + 1])
    assert all(i.ours and i.wallet == names[len(others)] for i in mine.inputs)
    assert [o.change for o in mine.outputs] == [False] + ([True] if change_index else [])
    nobody = analyze(built.psbt, others, names=names[: len(others)])
    assert not any(i.ours for i in nobody.inputs)


# --- the review ------------------------------------------------------------------------------


def _lines_before(summary: SpendSummary) -> list[ReviewLine]:
    """`BitcoinReview.inputs` as it was before issue 16's third round: every line at once."""
    rows = []
    for i in summary.inputs:
        amount = "amount unknown" if i.amount_sat is None else btc_and_sat(i.amount_sat)
        where = f" {i.wallet} {i.branch}/{i.address_index}" if i.wallet is not None else ""
        owner = f"ours:{where}" if i.ours else "NOT OURS"
        rows.append(ReviewLine(f"input {i.index}", f"{i.prevout}  {amount}  {owner}"))
    return rows


_SUMMARY_INPUTS = st.lists(
    st.builds(
        InputSummary,
        st.integers(0, 20_000),
        st.text(min_size=1, max_size=70),
        st.one_of(st.none(), st.sampled_from([0, 1, 546, 100_000]), st.integers(0, 21 * 10**14)),
        st.none(),
        st.none(),
        st.just(Network.REGTEST),
        st.booleans(),
        st.one_of(st.none(), st.integers(0, 1)),
        st.one_of(st.none(), st.integers(0, 2**31 - 1)),
        st.one_of(st.none(), st.sampled_from(["wsh", "hot [b]"])),
    ),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(_SUMMARY_INPUTS, st.integers(-90, 90), st.integers(-90, 90))
def test_review_lines_on_access_are_the_lines_before(
    inputs: list[InputSummary], start: int, stop: int
) -> None:
    summary = SpendSummary("00" * 32, Network.REGTEST, tuple(inputs), (), None, 0, 0, None, 1, ())
    lines = BitcoinReview(summary, Network.REGTEST).inputs()
    before = _lines_before(summary)
    assert len(lines) == len(before)
    assert lines[:50] == before[:50]
    assert lines[start:stop] == before[start:stop]
    assert list(lines) == before
    for i in (start, stop):
        if -len(before) <= i < len(before):
            assert lines[i] == before[i]
        else:
            with pytest.raises(IndexError):
                lines[i]


# --- the witness size of a P2WSH multisig input ----------------------------------------------


def _multisig_scripts() -> list[bytes]:
    from coldsign.codec.script import multisig_script

    keys = [bytes([2 + i % 2]) + bytes([i + 1]) * 32 for i in range(20)]
    out = [
        multisig_script(m, keys[:n], sort)
        for n in (1, 2, 3, 15, 16, 17, 20)
        for m in (1, n)
        for sort in (False, True)
    ]
    out.append(
        multisig_script(2, [b"\x04" + b"\x05" * 64, keys[0], keys[1]], False)
    )  # a 65-byte key
    return out


_MULTISIG_SCRIPTS = _multisig_scripts()


@st.composite
def _mangled_multisig(draw: st.DrawFn) -> bytes:
    script = bytearray(draw(st.sampled_from(_MULTISIG_SCRIPTS)))
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.integers(0, 3))
        pos = draw(st.integers(0, len(script)))
        if action == 0 and pos < len(script):
            script[pos] = draw(
                st.sampled_from(
                    [0, 1, 2, 3, 4, 0x21, 0x41, 0x50, 0x51, 0x52, 0x53, 0x60, 0x61, 0xAE, 0xFF]
                )
            )
        elif action == 1:
            script[pos:pos] = draw(st.binary(min_size=1, max_size=34))
        elif action == 2:
            del script[pos : pos + draw(st.integers(1, 34))]
    return bytes(script)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_mangled_multisig(), st.binary(max_size=120)))
def test_multisig_threshold_is_parse_multisigs(script: bytes) -> None:
    from coldsign.codec.script import multisig_threshold as _multisig_threshold
    from coldsign.codec.script import parse_multisig

    parsed = parse_multisig(script)
    assert _multisig_threshold(script) == (None if parsed is None else parsed[0])


@pytest.mark.parametrize("script", _MULTISIG_SCRIPTS)
def test_multisig_threshold_of_every_standard_script(script: bytes) -> None:
    from coldsign.codec.script import multisig_threshold as _multisig_threshold
    from coldsign.codec.script import parse_multisig

    parsed = parse_multisig(script)
    assert parsed is not None and _multisig_threshold(script) == parsed[0]


_BYTE_VALUES = [0, 1, 2, 3, 4, 0x11, 0x14, 0x15, 0x21, 0x41, 0x4C, 0x50, 0x51, 0x52, 0x53, 0x5F]
_BYTE_VALUES += [0x60, 0x61, 0xAD, 0xAE, 0xFF]


@pytest.mark.parametrize("script", _MULTISIG_SCRIPTS)
def test_multisig_threshold_on_every_byte_changed(script: bytes) -> None:
    from coldsign.codec.script import multisig_threshold as _multisig_threshold
    from coldsign.codec.script import parse_multisig

    positions = (
        range(len(script))
        if len(script) < 200
        else [*range(40), *range(len(script) - 40, len(script))]
    )
    for pos in positions:
        for value in _BYTE_VALUES:
            changed = script[:pos] + bytes([value]) + script[pos + 1 :]
            parsed = parse_multisig(changed)
            assert _multisig_threshold(changed) == (None if parsed is None else parsed[0])
