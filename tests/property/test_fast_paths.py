"""The fast paths of issue 16 accept, refuse and compute exactly what the strict paths do.

* `scan_tx` (a PSBT's previous transactions: checked and hashed once, one output decoded) and
  `parse_tx`, on every BIP-143/341/174 transaction mangled: both refuse with the same
  DecodeError, or both accept with the same txid and outputs.
* `parse_psbt`'s fast map reader and the strict `Reader` path, on mangled PSBTs.
* `curve.child_point` (fixed-base multiplication and an addition) and coincurve's general
  `PublicKey.add`, for random and edge tweaks (0, n-1, n, 2^256-1).
* `Wallet.match` (claims looked up by origin) and the loop over branches and keys it replaced.
"""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.bitcoin.wallet import Ownership, Wallet
from coldsign.codec.bip32 import CURVE_ORDER, HARDENED, KeyOrigin
from coldsign.codec.curve import child_point, ecdsa_verify, is_point
from coldsign.codec.descriptor import KeyExpression
from coldsign.codec.psbt import _parse_psbt, parse_psbt, serialize_psbt
from coldsign.codec.tx import parse_tx, scan_tx
from coldsign.errors import DecodeError
from coldsign.units import Network
from tests.conftest import vector

_PSBT_FILES = [
    "bip174/bip174_test_vectors.json",
    "bip370/bip370_test_vectors.json",
    "bip371/bip371_test_vectors.json",
]
PSBTS = [
    bytes.fromhex(c["hex"])
    for f in _PSBT_FILES
    for c in vector(f)["cases"]
    if c["group"] != "invalid"
]
PSBTS += [base64.b64decode(t) for t in vector("bip174/bitcoin-core_rpc_psbt.json")["valid"]]

_BIP143 = vector("bip143/bip143_examples.json")["examples"]
TXS = [bytes.fromhex(e[k]) for e in _BIP143 for k in ("unsigned_tx", "signed_tx") if k in e]
TXS.append(
    bytes.fromhex(
        vector("bip341/wallet-test-vectors.json")["keyPathSpending"][0]["given"]["rawUnsignedTx"]
    )
)
TXS.append(
    bytes.fromhex(
        next(
            s
            for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]
            if s["role"] == "extractor"
        )["expected_tx_hex"]
    )
)
TXS.append(bytes.fromhex("01000000000000000000"))  # no inputs, no outputs (Core's 00 00)


def _tx_outcome(data: bytes) -> tuple[str, object]:
    try:
        tx = parse_tx(data, "tx")
    except DecodeError as exc:
        return "refused", str(exc)
    return "accepted", (tx.txid, tx.outputs)


def _scan_outcome(data: bytes) -> tuple[str, object]:
    try:
        view = scan_tx(data, "tx")
    except DecodeError as exc:
        return "refused", str(exc)
    outputs = tuple(view.output(i) for i in range(view.output_count))
    return "accepted", (view.txid, outputs)


@pytest.mark.parametrize("raw", TXS)
def test_scan_agrees_on_every_truncation(raw: bytes) -> None:
    for cut in range(len(raw) + 1):
        assert _scan_outcome(raw[:cut]) == _tx_outcome(raw[:cut])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TXS), st.data())
def test_scan_agrees_on_bit_flips(raw: bytes, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    assert _scan_outcome(bytes(mangled)) == _tx_outcome(bytes(mangled))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TXS), st.integers(0, 10_000), st.binary(max_size=12))
def test_scan_agrees_on_spliced_bytes(raw: bytes, at: int, junk: bytes) -> None:
    at %= len(raw) + 1
    mangled = raw[:at] + junk + raw[at:]
    assert _scan_outcome(mangled) == _tx_outcome(mangled)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=120))
def test_scan_agrees_on_arbitrary_bytes(data: bytes) -> None:
    assert _scan_outcome(data) == _tx_outcome(data)


def _psbt_outcome(data: bytes, *, fast: bool) -> tuple[str, object]:
    try:
        psbt = parse_psbt(data) if fast else _parse_psbt(data, fast=False)
    except DecodeError as exc:
        return "refused", str(exc)
    return "accepted", serialize_psbt(psbt)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PSBTS), st.data())
def test_fast_psbt_reader_agrees_on_bit_flips(raw: bytes, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    assert _psbt_outcome(bytes(mangled), fast=True) == _psbt_outcome(bytes(mangled), fast=False)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PSBTS), st.integers(0, 100_000), st.binary(max_size=40))
def test_fast_psbt_reader_agrees_on_spliced_bytes(raw: bytes, at: int, junk: bytes) -> None:
    at %= len(raw) + 1
    mangled = raw[:at] + junk + raw[at:]
    assert _psbt_outcome(mangled, fast=True) == _psbt_outcome(mangled, fast=False)


def test_fast_psbt_reader_agrees_on_every_truncation() -> None:
    for raw in PSBTS[:12]:
        for cut in range(len(raw) + 1):
            fast = _psbt_outcome(raw[:cut], fast=True)
            assert fast == _psbt_outcome(raw[:cut], fast=False)


# --- curve -----------------------------------------------------------------------------------

_PARENTS = [
    bytes.fromhex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),  # G
    bytes.fromhex("02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"),  # 2G
    bytes.fromhex("0339a36013301597daef41fbe593a02cc513d0b55527ec2df1050e2e8ff49c85c2"),
]
_EDGE_TWEAKS = [0, 1, CURVE_ORDER - 1, CURVE_ORDER, 2**256 - 1]


def _reference_child(parent: bytes, tweak: bytes) -> bytes | None:
    from coincurve import PublicKey

    try:
        return bytes(PublicKey(parent).add(tweak).format(compressed=True))
    except ValueError:
        return None


@pytest.mark.parametrize("tweak", _EDGE_TWEAKS)
@pytest.mark.parametrize("parent", _PARENTS)
def test_child_point_edge_tweaks(parent: bytes, tweak: int) -> None:
    raw = tweak.to_bytes(32, "big")
    assert child_point(parent, raw) == _reference_child(parent, raw)


def test_child_point_of_minus_parent_is_invalid() -> None:
    """parent + t·G is the point at infinity when t is the parent's negated secret: BIP-32's
    invalid child (here for G, whose secret is 1)."""
    assert child_point(_PARENTS[0], (CURVE_ORDER - 1).to_bytes(32, "big")) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_PARENTS), st.binary(min_size=32, max_size=32))
def test_child_point_matches_coincurve(parent: bytes, tweak: bytes) -> None:
    assert child_point(parent, tweak) == _reference_child(parent, tweak)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=0, max_size=70))
def test_is_point_matches_coincurve(data: bytes) -> None:
    from coincurve import PublicKey

    try:
        PublicKey(data)
        expected = True
    except ValueError:
        expected = False
    assert is_point(data) is expected


def test_ecdsa_verify_matches_coincurve() -> None:
    from coincurve import PrivateKey

    key = PrivateKey(b"\x01" * 32)
    digest = b"\x02" * 32
    sig = key.sign(digest, hasher=None)
    pub = key.public_key.format()
    assert ecdsa_verify(pub, sig, digest)
    assert not ecdsa_verify(pub, sig, b"\x03" * 32)
    assert not ecdsa_verify(pub, sig[:-1], digest)  # malformed DER
    assert not ecdsa_verify(b"\x02" + b"\x00" * 32, sig, digest)  # not a point
    assert not ecdsa_verify(pub, sig, digest[:31])


# --- wallet matching -------------------------------------------------------------------------

_TPUBS = [
    "tpubDC8msFGeGuwnKG9Upg7DM2b4DaRqg3CUZa5g8v2SRQ6K4NSkxUgd7HsL2XVWbVm39yBA4LAxysQAm397zwQSQoQgewGiYZqrA9DsP4zbQ1M",
    "tpubDEfobrrtptRTbKf4gysDhoabneABDTAcdj3Vbn4XwPsLE2pmqpizSPRG6zHsbAMuiSgWmWPsYCLHTKTPpyrGJ5rAoTpKoQNZcxodiPf2tSJ",
]
_FP = ("73c5da0a", "b8688df1")  # BIP-39's "abandon … about" and "legal winner …" test seeds
_WALLETS = [
    f"wpkh([{_FP[0]}/84h/1h/0h]{_TPUBS[0]}/<0;1>/*)",
    f"wsh(sortedmulti(1,[{_FP[0]}/48h/1h/0h/2h]{_TPUBS[0]}/<0;1>/*,"
    f"[{_FP[1]}/48h/1h/0h/2h]{_TPUBS[1]}/<0;1>/*))",
    f"wsh(multi(1,[{_FP[0]}/48h/1h/0h/2h]{_TPUBS[0]}/7,[{_FP[1]}/48h/1h/0h/2h]{_TPUBS[1]}/<0;1>/*))",
]


def _reference_match(
    wallet: Wallet, script_pubkey: bytes, claimed: list[tuple[bytes, KeyOrigin]]
) -> Ownership | None:
    """The loop `Wallet.match` had before issue 16: every claim against every branch and key."""

    def claimed_index(key: KeyExpression, claim: KeyOrigin) -> int | None:
        base = key.effective_origin()
        if base is None or claim.fingerprint != base.fingerprint or key.is_multipath:
            return None
        prefix = base.path + key.fixed_path(0)
        if claim.path[: len(prefix)] != prefix:
            return None
        rest = claim.path[len(prefix) :]
        if key.wildcard:
            return rest[0] if len(rest) == 1 and rest[0] < HARDENED else None
        return 0 if not rest else None

    for _, origin in claimed:
        for branch, descriptor in enumerate(wallet.branches):
            for key in descriptor.keys:
                index = claimed_index(key, origin)
                if index is None or (index != 0 and not descriptor.is_ranged):
                    continue
                derived = wallet.derive_at((branch, index))
                if derived.script_pubkey == script_pubkey:
                    return Ownership(branch, index, derived)
    return None


_PATH_STEPS = st.one_of(
    st.sampled_from([0, 1, 2, 7, 84 + HARDENED, 48 + HARDENED, 1 + HARDENED, 2 + HARDENED]),
    st.integers(0, 2**32 - 1),
)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, len(_WALLETS) - 1),
    st.lists(
        st.tuples(
            st.sampled_from(_FP),
            st.sampled_from(
                [
                    (84 + HARDENED, 1 + HARDENED, HARDENED),
                    (48 + HARDENED, 1 + HARDENED, HARDENED, 2 + HARDENED),
                    (),
                ]
            ),
            st.lists(_PATH_STEPS, max_size=3),
        ),
        max_size=4,
    ),
    st.integers(0, 2),
    st.integers(0, 1),
    st.integers(0, 3),
)
def test_match_agrees_with_the_loop_it_replaced(
    which: int,
    claims: list[tuple[str, tuple[int, ...], list[int]]],
    target_index: int,
    target_branch: int,
    target_kind: int,
) -> None:
    wallet = Wallet.from_descriptor(_WALLETS[which], Network.TESTNET)
    if target_kind == 3:
        script = b"\x00\x14" + b"\x11" * 20  # nobody's
    else:
        ranged = wallet.branches[target_branch].is_ranged
        script = wallet.derive_at((target_branch, target_index if ranged else 0)).script_pubkey
    claimed = [
        (b"\x02" * 33, KeyOrigin(bytes.fromhex(fp), prefix + tuple(rest)))
        for fp, prefix, rest in claims
    ]
    assert wallet.match(script, claimed) == _reference_match(wallet, script, claimed)


@pytest.mark.parametrize("which", range(len(_WALLETS)))
@pytest.mark.parametrize("branch", [0, 1])
def test_match_finds_what_the_loop_found(which: int, branch: int) -> None:
    wallet = Wallet.from_descriptor(_WALLETS[which], Network.TESTNET)
    index = 5 if wallet.branches[branch].is_ranged else 0
    derived = wallet.derive_at((branch, index))
    claimed = [(k.public_key, k.origin) for k in derived.keys if k.origin is not None]
    found = wallet.match(derived.script_pubkey, claimed)
    assert found is not None and (found.branch, found.index) == (branch, index)
    assert found == _reference_match(wallet, derived.script_pubkey, claimed)


# --- audit log ----------------------------------------------------------------------------------


def _audit_lines() -> list[bytes]:
    from coldsign.home.audit import GENESIS, AuditReport, encode_record

    head = AuditReport(0, GENESIS)
    lines = []
    for i, (decision, details) in enumerate(
        [
            ("accepted", {"kind": "policy", "version": 1, "hash": "ab" * 32, "previous": ""}),
            ("signed", {"spends": ["bitcoin:regtest:" + "cd" * 32 + ":0"], "re_release": False,
                        "amount": "150000", "txid": None, "inputs_signed": 3}),
            ("refused", {"exit_code": 4, "codes": ["whitelist.not_listed"], "note": 'a "quote" [x]'}),
            ("refused", {"text": "ünïcødé ✓ \\ \u2028", "hash": "00" * 32, "prev": "11" * 32}),
        ]
    ):  # fmt: skip
        record, line = encode_record(
            head, "2026-11-22T14:40:05Z", "sign" if i else "policy.pin", withdrawal_id=f"w{i}",
            digest="ef" * 32, decision=decision, reasons=['output 0: ,"hash":"x" in a reason'],
            details=details,
        )  # fmt: skip
        head = AuditReport(head.records + 1, record.hash)
        lines.append(line[:-1])
    return lines


AUDIT_LINES = _audit_lines()


@pytest.mark.parametrize("line", AUDIT_LINES)
def test_intact_audit_lines_take_the_fast_path(line: bytes) -> None:
    from coldsign.home.audit import _intact_record, _judge_line

    record = _intact_record(line)
    assert record is not None
    assert (record, "") == _judge_line(line)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(AUDIT_LINES), st.data())
def test_audit_fast_path_agrees_on_bit_flips(line: bytes, data: st.DataObject) -> None:
    from coldsign.home.audit import _judge_line, parse_line

    flips = data.draw(st.lists(st.integers(0, len(line) * 8 - 1), min_size=1, max_size=3))
    mangled = bytearray(line)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    assert parse_line(bytes(mangled)) == _judge_line(bytes(mangled))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(AUDIT_LINES),
    st.integers(0, 2_000),
    st.sampled_from([b"", b" ", b"{", b"[[", b',"hash":"', b'"', b"\\u0000", b"0" * 64, b"]}"]),
    st.integers(0, 80),
)
def test_audit_fast_path_agrees_on_splices(line: bytes, at: int, junk: bytes, cut: int) -> None:
    from coldsign.home.audit import _judge_line, parse_line

    at %= len(line) + 1
    mangled = line[:at] + junk + line[at + cut % 3 :]
    assert parse_line(mangled) == _judge_line(mangled)


def _reference_xonly_tweak(internal: bytes, tweak: bytes) -> tuple[bytes, int] | None:
    from coincurve import PublicKeyXOnly

    try:
        key = PublicKeyXOnly(internal)
        key.tweak_add(tweak)
    except ValueError:
        return None
    return key.format(), int(key.parity)


def _xonly_tweak_or_none(internal: bytes, tweak: bytes) -> tuple[bytes, int] | None:
    from coldsign.codec.curve import xonly_tweak

    try:
        return xonly_tweak(internal, tweak)
    except ValueError:
        return None


@pytest.mark.parametrize("tweak", _EDGE_TWEAKS)
@pytest.mark.parametrize("parent", _PARENTS)
def test_xonly_tweak_edge_tweaks(parent: bytes, tweak: int) -> None:
    raw = tweak.to_bytes(32, "big")
    assert _xonly_tweak_or_none(parent[1:], raw) == _reference_xonly_tweak(parent[1:], raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_xonly_tweak_matches_coincurve(internal: bytes, tweak: bytes) -> None:
    assert _xonly_tweak_or_none(internal, tweak) == _reference_xonly_tweak(internal, tweak)


def _strict_tx_outcome(data: bytes, allow_witness: bool) -> tuple[str, object]:
    from coldsign.codec.tx import _parse_strict

    try:
        return "accepted", _parse_strict(data, "tx", allow_witness=allow_witness)
    except DecodeError as exc:
        return "refused", str(exc)


def _fast_tx_outcome(data: bytes, allow_witness: bool) -> tuple[str, object]:
    try:
        return "accepted", parse_tx(data, "tx", allow_witness=allow_witness)
    except DecodeError as exc:
        return "refused", str(exc)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(TXS), st.data(), st.booleans())
def test_parse_tx_fast_path_agrees_on_bit_flips(
    raw: bytes, data: st.DataObject, allow_witness: bool
) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    got = _fast_tx_outcome(bytes(mangled), allow_witness)
    assert got == _strict_tx_outcome(bytes(mangled), allow_witness)


@pytest.mark.parametrize("raw", TXS)
def test_parse_tx_fast_path_agrees_on_every_truncation(raw: bytes) -> None:
    for cut in range(len(raw) + 1):
        for allow_witness in (True, False):
            got = _fast_tx_outcome(raw[:cut], allow_witness)
            assert got == _strict_tx_outcome(raw[:cut], allow_witness)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TXS), st.integers(0, 10_000), st.binary(max_size=12), st.booleans())
def test_parse_tx_fast_path_agrees_on_splices(
    raw: bytes, at: int, junk: bytes, allow_witness: bool
) -> None:
    at %= len(raw) + 1
    mangled = raw[:at] + junk + raw[at:]
    assert _fast_tx_outcome(mangled, allow_witness) == _strict_tx_outcome(mangled, allow_witness)


@pytest.mark.parametrize("raw", PSBTS)
def test_unsigned_tx_bytes_are_the_serialization(raw: bytes) -> None:
    try:
        psbt = parse_psbt(raw)
        expected = psbt.unsigned_tx().serialize(witness=False)
    except DecodeError:
        return  # a v2 PSBT whose lock times conflict has no transaction
    assert psbt.unsigned_tx_bytes() == expected


# --- derivations shared between analysis and signing ------------------------------------------


@pytest.mark.parametrize("kind", ["wpkh", "sh-wpkh", "tr", "wsh-sortedmulti"])
def test_signing_after_analysis_equals_signing_alone(kind: str) -> None:
    """The signer takes what the spend analysis derived (CKD's HMAC, a taproot key's public
    half) from `coldsign.codec.bip32`; the signatures are the ones it makes without."""
    import coldsign.codec.bip32 as bip32
    from coldsign.chains.bitcoin.summary import analyze
    from coldsign.keys.signer import sign_psbt, verify_input_signatures
    from tests.psbt_fixtures import build_psbt, fixed_aux, seed_of

    seeds = [seed_of("alice"), seed_of("bob"), seed_of("carol")]
    built = build_psbt(kind, seeds if kind.startswith("wsh") else seeds[:1], 3)
    bip32._CHILDREN.clear()
    alone = sign_psbt(built.psbt, seeds[0], aux_rand=fixed_aux)
    assert not bip32._CHILDREN  # the signer records nothing: it only reads
    summary = analyze(built.psbt, built.wallet)
    assert all(i.ours for i in summary.inputs)
    assert bip32._CHILDREN  # the analysis derived every input's keys
    after = sign_psbt(built.psbt, seeds[0], aux_rand=fixed_aux)
    assert after.psbt.serialize() == alone.psbt.serialize()
    assert after.inputs_signed == alone.inputs_signed == 3
    assert verify_input_signatures(after.psbt) == []


def test_a_root_signs_again_after_a_run() -> None:
    """The signer wipes the keys it derived below hardened steps, never those the root caches
    (BIP-322 and the workflow sign with one root several times)."""
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.signer import sign_psbt_with_root
    from tests.psbt_fixtures import build_psbt, fixed_aux, seed_of

    seed = seed_of("alice")
    root = ExtendedPrivateKey.from_seed(seed, Network.TESTNET)
    built = build_psbt("wpkh", [seed], 2)
    first = sign_psbt_with_root(built.psbt, root, aux_rand=fixed_aux)
    again = sign_psbt_with_root(built.psbt, root, aux_rand=fixed_aux)
    assert again.inputs_signed == first.inputs_signed == 2
    assert again.psbt.serialize() == first.psbt.serialize()
