"""The signer's checks and primitives, each against an independent peer (embit, coincurve).

- ECDSA low-R grinding equals embit's (Bitcoin Core's extra-entropy counter), including an R
  whose first byte is exactly 0x80;
- taproot key-path signing with a script tree (merkle root), with a cold key cache (the
  x-only key computed from the secret), and every reason an input is not signed;
- P2PKH signing (BIP-174's legacy workflow), finalized by embit;
- `verify_input_signatures`: every problem it must report, and none for good signatures made
  by embit with another sighash type.
"""

from __future__ import annotations

import hashlib

import pytest
from embit import ec
from embit.bip32 import HDKey
from embit.psbt import PSBT

from coldsign.codec import bip32
from coldsign.codec import psbt as P
from coldsign.codec.bip32 import HARDENED, KeyOrigin
from coldsign.codec.psbt import Psbt, Record, parse_psbt, serialize_psbt
from coldsign.codec.script import hash160
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.errors import NotOurs, PolicyViolation
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.signer import (
    InputReport,
    InputStatus,
    SigningError,
    SpendKind,
    _Deriver,
    _Ecdsa,
    _Schnorr,
    _xonly_of,
    sign_psbt,
    sign_psbt_with_root,
    verify_input_signatures,
)
from tests.conftest import vector
from tests.psbt_fixtures import FOREIGN_SPK, NETWORK, build_psbt, seed_of

AUX = b"\x42" * 32
STEPS = {s["role"]: s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]}


def edit(
    psbt: Psbt, index: int, *, drop: tuple[int, ...] = (), add: tuple[Record, ...] = ()
) -> Psbt:
    """`psbt` with input `index`'s records of types `drop` removed and `add` added."""
    inputs = list(psbt.inputs)
    inputs[index] = P.InputMap("input", inputs[index].without_types(drop).with_records(add).records)
    return psbt.with_maps(inputs=inputs)


def embit_taproot_ok(psbt: Psbt, index: int) -> bool:
    theirs = PSBT.parse(serialize_psbt(psbt))
    sig = psbt.inputs[index].tap_key_sig
    assert sig is not None
    digest = theirs.sighash(index, sighash=sig[64] if len(sig) == 65 else 0)
    key = ec.PublicKey.from_xonly(theirs.inputs[index].utxo.script_pubkey.data[2:])
    return bool(key.schnorr_verify(ec.SchnorrSig.parse(sig[:64]), digest))


# --- ECDSA: RFC 6979, low S, Bitcoin Core's low-R grinding -----------------------------------

SECRET = hashlib.sha256(b"low-r").digest()
R_0X80 = 76  # sha256(b"digest 76") first signs with an R of first byte exactly 0x80


def core_sign(secret: bytes, digest: bytes) -> bytes:
    """Bitcoin Core's CKey::Sign with embit's libsecp256k1 binding: RFC 6979, then, while R is
    high (33 bytes in DER), extra entropy = a little-endian counter in 32 bytes. (embit's own
    `grind` retries on DER length > 70, which differs when a high R meets a 31-byte S.)"""
    from embit.util import secp256k1

    counter, extra = 0, None
    while True:
        der = ec.Signature(secp256k1.ecdsa_sign(digest, secret, None, extra)).serialize()
        if der[3] <= 32:
            return bytes(der)
        counter += 1
        extra = counter.to_bytes(32, "little")


@pytest.mark.parametrize("i", [*range(48), R_0X80])
def test_ecdsa_grinding_matches_bitcoin_core(i: int) -> None:
    digest = hashlib.sha256(b"digest %d" % i).digest()
    pub = ec.PrivateKey(SECRET).get_public_key().sec()
    assert _Ecdsa().sign(SECRET, digest, pub) == core_sign(SECRET, digest)


def test_grinding_cases_are_covered() -> None:
    """The digests above need 0, 1 and 2+ retries, and embit's grind agrees where R is low."""
    from embit.util import secp256k1

    retries = set()
    for i in range(48):
        digest = hashlib.sha256(b"digest %d" % i).digest()
        n = 0
        while True:
            extra = None if n == 0 else n.to_bytes(32, "little")
            if ec.Signature(secp256k1.ecdsa_sign(digest, SECRET, None, extra)).serialize()[3] <= 32:
                break
            n += 1
        retries.add(min(n, 2))
        theirs = ec.PrivateKey(SECRET).sign(digest).serialize()
        if theirs[3] <= 32:
            assert core_sign(SECRET, digest) == theirs
    assert retries == {0, 1, 2}


def test_the_0x80_case_really_needs_grinding() -> None:
    from coincurve import PrivateKey

    first = PrivateKey(SECRET).sign(hashlib.sha256(b"digest %d" % R_0X80).digest(), hasher=None)
    assert first[3] == 33 and first[5] == 0x80  # DER R is 0x00 0x80...: high R


def test_ecdsa_refuses_an_invalid_secret_and_a_foreign_key() -> None:
    digest = bytes(range(32))
    with pytest.raises(SigningError, match=r"^ECDSA signing failed$"):
        _Ecdsa().sign(bytes(32), digest, ec.PrivateKey(SECRET).get_public_key().sec())
    other = ec.PrivateKey(hashlib.sha256(b"other").digest()).get_public_key().sec()
    assert _Ecdsa().sign(SECRET, digest, other) is None


def test_schnorr_refusals() -> None:
    digest, key = bytes(32), bytes(32)
    with pytest.raises(ValueError, match=r"^auxiliary randomness must be 32 bytes$"):
        _Schnorr().sign(SECRET, 0, digest, key, None, key, bytes(31))
    with pytest.raises(SigningError, match=r"^invalid taproot key$"):
        _Schnorr().sign(bytes(32), 1, digest, key, None, key, AUX)
    with pytest.raises(SigningError, match=r"^taproot tweak failed$"):
        _Schnorr().sign(bytes(32), 0, digest, key, None, key, AUX)


# --- Taproot key path ------------------------------------------------------------------------


def with_merkle_root(psbt: Psbt, index: int, root: bytes) -> Psbt:
    """Input `index` spending the output key of its internal key tweaked with `root` (embit)."""
    inp = psbt.inputs[index]
    assert inp.tap_internal_key is not None and inp.witness_utxo is not None
    tweaked = ec.PublicKey.from_xonly(inp.tap_internal_key).taproot_tweak(root).xonly()
    utxo = TxOut(inp.witness_utxo.amount_sat, b"\x51\x20" + tweaked)
    return edit(
        psbt,
        index,
        drop=(P.IN_WITNESS_UTXO,),
        add=(
            Record.make(P.IN_WITNESS_UTXO, b"", utxo.serialize()),
            Record.make(P.IN_TAP_MERKLE_ROOT, b"", root),
        ),
    )


def test_key_path_with_a_script_tree_is_tweaked_with_its_merkle_root() -> None:
    seed = seed_of("alice")
    built = build_psbt("tr", [seed], 2)
    psbt = with_merkle_root(built.psbt, 1, hashlib.sha256(b"leaf").digest())
    result = sign_psbt(psbt, seed, aux_rand=lambda: AUX)
    assert result.inputs_signed == 2 and result.warnings == ()
    assert embit_taproot_ok(result.psbt, 0) and embit_taproot_ok(result.psbt, 1)
    assert verify_input_signatures(result.psbt) == []
    internal = [m.tap_internal_key or b"" for m in psbt.inputs]
    assert result.inputs == tuple(
        InputReport(i, InputStatus.SIGNED, SpendKind.P2TR, (internal[i],)) for i in (0, 1)
    )


def test_key_path_with_an_undeclared_script_tree_is_refused() -> None:
    seed = seed_of("alice")
    built = build_psbt("tr", [seed], 1)
    tweaked = with_merkle_root(built.psbt, 0, hashlib.sha256(b"leaf").digest())
    lying = edit(tweaked, 0, drop=(P.IN_TAP_MERKLE_ROOT,))  # the output commits to a tree
    with pytest.raises(PolicyViolation) as err:
        sign_psbt(lying, seed, aux_rand=lambda: AUX)
    assert err.value.reasons() == [
        "taproot output key is not our tweaked key (wrong merkle root or key)"
    ]


def test_cold_key_cache_signs_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the spend analysis's cached child keys the signer computes the x-only key and its
    parity from the secret: same signatures, for internal keys of both parities."""
    seed = seed_of("alice")
    psbt = build_psbt("tr", [seed], 6).psbt
    warm = sign_psbt(psbt, seed, aux_rand=lambda: AUX)
    root = ExtendedPrivateKey.from_seed(seed, NETWORK)
    parities = set()
    for inp in psbt.inputs:
        assert inp.tap_internal_key is not None
        (_, origin) = inp.tap_bip32_derivations[inp.tap_internal_key]
        parities.add(root.derive(origin.path).public_key[0])
    assert parities == {2, 3}
    monkeypatch.setattr(bip32, "_CHILDREN", {})
    cold = sign_psbt(psbt, seed, aux_rand=lambda: AUX)
    assert cold.psbt == warm.psbt and cold.inputs == warm.inputs


def test_deriver_knows_public_keys_the_analysis_derived(monkeypatch: pytest.MonkeyPatch) -> None:
    seed = seed_of("alice")
    built = build_psbt("tr", [seed], 1)  # derives receive key 0 from the account xpub
    ((_, origin),) = built.psbt.inputs[0].tap_bip32_derivations.values()
    root = ExtendedPrivateKey.from_seed(seed, NETWORK)
    deriver = _Deriver(root, None)
    expected = root.derive(origin.path).public_key
    assert deriver.secret_and_known(origin.path)[1] == expected
    assert deriver.secret_and_known(())[1] is None
    monkeypatch.setattr(bip32, "_CHILDREN", {})
    assert _Deriver(root, None).secret_and_known(origin.path)[1] is None


def test_taproot_problems_name_the_input() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("tr", [seed], 2).psbt
    fp = ExtendedPrivateKey.from_seed(seed, NETWORK).fingerprint
    # input 0: the internal key's origin is someone else's; a script-path key is ours
    internal0 = psbt.inputs[0].tap_internal_key
    internal1 = psbt.inputs[1].tap_internal_key
    assert internal0 is not None and internal1 is not None
    (_, ours1) = psbt.inputs[1].tap_bip32_derivations[internal1]
    foreign = Record.make(P.IN_TAP_BIP32_DERIVATION, internal0, b"\x00" + b"\x01\x02\x03\x04")
    script_key = Record.make(P.IN_TAP_BIP32_DERIVATION, internal1, b"\x00" + ours1.serialize())
    foreign_internal = edit(psbt, 0, drop=(P.IN_TAP_BIP32_DERIVATION,), add=(foreign, script_key))
    result = sign_psbt(foreign_internal, seed, aux_rand=lambda: AUX)
    only_script = "input 0: only script-path keys of ours; script-path spending is not supported"
    assert result.inputs[0] == InputReport(
        0, InputStatus.NOT_OURS, SpendKind.P2TR, reason=only_script
    )
    assert result.warnings == (only_script,)
    # input 0: no internal key at all
    no_internal = edit(psbt, 0, drop=(P.IN_TAP_INTERNAL_KEY,))
    result = sign_psbt(no_internal, seed, aux_rand=lambda: AUX)
    reason = "input 0: no taproot internal key"
    assert result.inputs[0] == InputReport(
        0, InputStatus.NOT_OURS, SpendKind.UNKNOWN, reason=reason
    )
    # input 0: the internal key's path derives another key of ours
    lying_value = b"\x00" + ours1.serialize()
    lying = edit(psbt, 0, drop=(P.IN_TAP_BIP32_DERIVATION,),
                 add=(Record.make(P.IN_TAP_BIP32_DERIVATION, internal0, lying_value),))  # fmt: skip
    result = sign_psbt(lying, seed, aux_rand=lambda: AUX)
    reason = "input 0: the internal key's path with our fingerprint derives another key"
    assert result.inputs[0] == InputReport(0, InputStatus.NOT_OURS, SpendKind.P2TR, reason=reason)
    assert result.inputs[1].status is InputStatus.SIGNED
    # input 1 has no UTXO data: BIP-341 commits to every spent output, so input 0 cannot sign
    no_utxo = edit(psbt, 1, drop=(P.IN_WITNESS_UTXO,))
    with pytest.raises(NotOurs) as err:
        sign_psbt(no_utxo, seed, aux_rand=lambda: AUX)
    assert str(err.value) == (
        f"no input of this PSBT can be signed with seed {fp.hex()} "
        "(input 0: taproot signing needs the UTXO of every input; "
        "input 1: no UTXO data, so it cannot be signed)"
    )


def test_only_paths_select_the_internal_key() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("tr", [seed], 2).psbt
    root = ExtendedPrivateKey.from_seed(seed, NETWORK)
    paths = []
    for inp in psbt.inputs:
        assert inp.tap_internal_key is not None
        paths.append(inp.tap_bip32_derivations[inp.tap_internal_key][1].path)
    result = sign_psbt_with_root(psbt, root, aux_rand=lambda: AUX, only_paths=[paths[1]])
    assert [r.status for r in result.inputs] == [InputStatus.NOT_OURS, InputStatus.SIGNED]


# --- ECDSA inputs: reports, P2PKH --------------------------------------------------------------


def test_reports_and_no_warnings_for_a_clean_psbt() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2, non_witness_utxo=True).psbt
    result = sign_psbt(psbt, seed)
    keys = [next(iter(m.bip32_derivations)) for m in psbt.inputs]
    assert result.warnings == ()
    assert result.inputs == tuple(
        InputReport(i, InputStatus.SIGNED, SpendKind.P2WPKH, (keys[i],)) for i in (0, 1)
    )


def test_lying_derivation_report() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2, non_witness_utxo=True).psbt
    ((pubkey, _),) = psbt.inputs[0].bip32_derivations.items()
    ((_, other),) = psbt.inputs[1].bip32_derivations.items()
    lying = edit(psbt, 0, drop=(P.IN_BIP32_DERIVATION,),
                 add=(Record.make(P.IN_BIP32_DERIVATION, pubkey, other.serialize()),))  # fmt: skip
    result = sign_psbt(lying, seed)
    assert result.inputs[0] == InputReport(
        0, InputStatus.NOT_OURS, SpendKind.P2WPKH, reason="derived key differs from the PSBT's key"
    )
    assert result.warnings == ("input 0: a key path with our fingerprint derives another key",)


def p2pkh_psbt(seed_label: str, vout: int = 0) -> tuple[Psbt, bytes]:
    """One P2PKH input of m/44'/1'/0'/0/0 with its full previous transaction (spending its
    output `vout`: a PSBT the decoder would refuse unless 0, so it is parsed only then)."""
    root = ExtendedPrivateKey.from_seed(seed_of(seed_label), NETWORK)
    path = (44 | HARDENED, 1 | HARDENED, HARDENED, 0, 0)
    pub = root.derive(path).public_key
    spk = b"\x76\xa9\x14" + hash160(pub) + b"\x88\xac"
    prev = Transaction(2, (TxIn(OutPoint(b"\x07" * 32, 1)),), (TxOut(50_000, spk),), 0)
    tx = Transaction(
        2, (TxIn(OutPoint(prev.txid, vout), b"", 0xFFFFFFFD),), (TxOut(49_000, FOREIGN_SPK),), 0
    )
    gmap = P.PsbtMap("global").with_record(
        Record.make(P.GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
    )
    origin = KeyOrigin(root.fingerprint, path)
    inp = P.PsbtMap("input").with_records([
        Record.make(P.IN_NON_WITNESS_UTXO, b"", prev.serialize()),
        Record.make(P.IN_BIP32_DERIVATION, pub, origin.fingerprint + b"".join(i.to_bytes(4, "little") for i in path)),
    ])  # fmt: skip
    psbt = Psbt(0, gmap, (P.InputMap("input", inp.records),), (P.OutputMap("output"),))
    return (parse_psbt(psbt.serialize()) if vout == 0 else psbt), pub


def test_p2pkh_is_signed_and_embit_finalizes_it() -> None:
    from embit.finalizer import finalize_psbt

    psbt, pub = p2pkh_psbt("alice")
    result = sign_psbt(psbt, seed_of("alice"))
    assert result.inputs == (InputReport(0, InputStatus.SIGNED, SpendKind.P2PKH, (pub,)),)
    theirs = PSBT.parse(serialize_psbt(result.psbt))
    sig = theirs.inputs[0].partial_sigs[ec.PublicKey.parse(pub)]
    assert ec.PublicKey.parse(pub).verify(ec.Signature.parse(sig[:-1]), theirs.sighash(0))
    assert finalize_psbt(theirs) is not None
    assert verify_input_signatures(result.psbt) == []


def test_p2pkh_without_previous_transaction_is_not_signed() -> None:
    psbt, _ = p2pkh_psbt("alice")
    spk = psbt.inputs[0].previous_tx.output(0)  # type: ignore[union-attr]
    bare = edit(
        psbt,
        0,
        drop=(P.IN_NON_WITNESS_UTXO,),
        add=(Record.make(P.IN_WITNESS_UTXO, b"", spk.serialize()),),
    )
    with pytest.raises(
        NotOurs, match="input 0: a legacy input needs its full previous transaction"
    ):
        sign_psbt(bare, seed_of("alice"))


# --- verify_input_signatures ------------------------------------------------------------------


def test_verify_taproot_signatures() -> None:
    seed = seed_of("alice")
    signed = sign_psbt(build_psbt("tr", [seed], 2).psbt, seed, aux_rand=lambda: AUX).psbt
    assert verify_input_signatures(signed) == []
    sig = signed.inputs[1].tap_key_sig
    assert sig is not None and len(sig) == 64

    def with_sig(value: bytes) -> Psbt:
        return edit(
            signed, 1, drop=(P.IN_TAP_KEY_SIG,), add=(Record.make(P.IN_TAP_KEY_SIG, b"", value),)
        )

    bad = "input 1: taproot signature does not verify"
    assert verify_input_signatures(with_sig(sig[:63] + bytes([sig[63] ^ 1]))) == [bad]
    assert verify_input_signatures(with_sig(sig + b"\x01")) == [bad]  # signed for DEFAULT, not ALL
    assert verify_input_signatures(with_sig(sig + b"\x04")) == [bad]  # undefined sighash type
    # BIP-341: a 65-byte signature with hash type 0x00 is invalid (the decoder lets it through)
    assert verify_input_signatures(with_sig(sig + b"\x00")) == [bad]
    # 66 bytes: refused by the decoder; a PSBT built in memory is refused here too
    inputs = list(signed.inputs)
    record = Record.make(P.IN_TAP_KEY_SIG, b"", sig + b"\x00\x00")
    inputs[1] = P.InputMap(
        "input", inputs[1].without_types((P.IN_TAP_KEY_SIG,)).with_record(record).records
    )
    assert verify_input_signatures(signed.with_maps(inputs=inputs)) == [bad]
    assert verify_input_signatures(with_sig(sig[:63] + bytes([sig[63] ^ 1])), [0]) == []
    assert verify_input_signatures(with_sig(sig[:63] + bytes([sig[63] ^ 1])), [1]) == [bad]
    # a bad signature next to an input without UTXO data: BIP-341 digests cannot be computed
    no_utxo = edit(with_sig(sig[:63] + bytes([sig[63] ^ 1])), 0, drop=(P.IN_WITNESS_UTXO,))
    assert verify_input_signatures(no_utxo) == []


def test_verify_taproot_sighash_all_signature() -> None:
    seed = seed_of("alice")
    psbt = edit(build_psbt("tr", [seed], 2).psbt, 1,
                add=(Record.make(P.IN_SIGHASH_TYPE, b"", b"\x01\0\0\0"),))  # fmt: skip
    signed = sign_psbt(parse_psbt(serialize_psbt(psbt)), seed, aux_rand=lambda: AUX).psbt
    sig = signed.inputs[1].tap_key_sig
    assert sig is not None and sig[64] == 1 and embit_taproot_ok(signed, 1)
    assert verify_input_signatures(signed) == []


def test_verify_ecdsa_signatures_and_their_sighash_byte() -> None:
    signer_1 = parse_psbt(bytes.fromhex(STEPS["signer_1"]["expected_psbt"]["hex"]))
    assert verify_input_signatures(signer_1) == []
    for i in (0, 1):  # P2SH multisig (legacy sighash), P2SH-P2WSH (BIP-143)
        ((pub, sig),) = signer_1.inputs[i].partial_sigs.items()
        for byte in (0x02, 0x81):
            relabelled = Record.make(P.IN_PARTIAL_SIG, pub, sig[:-1] + bytes([byte]))
            tampered = edit(signer_1, i, add=(relabelled,))
            assert verify_input_signatures(tampered) == [
                f"input {i}: signature for key {pub.hex()} does not verify"
            ]
            assert verify_input_signatures(tampered, [1 - i]) == []


def test_verify_accepts_embit_signatures_of_other_sighash_types() -> None:
    """BIP-143 digests of SIGHASH_NONE / SINGLE|ANYONECANPAY signatures made by embit."""
    from embit.transaction import SIGHASH

    seed = hashlib.sha256(b"alice").digest()
    for sighash in (SIGHASH.NONE, SIGHASH.SINGLE | SIGHASH.ANYONECANPAY):
        psbt = build_psbt("wpkh", [seed_of("alice")], 2, non_witness_utxo=True).psbt
        theirs = PSBT.parse(serialize_psbt(psbt))
        assert (
            theirs.sign_with(HDKey.from_seed(seed, version=NETWORK_VERSION), sighash=sighash) == 2
        )
        signed = parse_psbt(theirs.serialize())
        assert all(s[-1] == sighash for m in signed.inputs for s in m.partial_sigs.values())
        assert verify_input_signatures(signed) == []


def test_verify_skips_inputs_it_cannot_judge_and_goes_on() -> None:
    seed = seed_of("alice")
    signed = sign_psbt(build_psbt("wpkh", [seed], 3, non_witness_utxo=True).psbt, seed).psbt
    ((pub, sig),) = signed.inputs[2].partial_sigs.items()
    bad = Record.make(P.IN_PARTIAL_SIG, pub, sig[:10] + bytes([sig[10] ^ 1]) + sig[11:])
    tampered = edit(signed, 2, add=(bad,))
    problem = f"input 2: signature for key {pub.hex()} does not verify"
    # input 0 without UTXO data is skipped; the check goes on to input 2
    no_utxo = edit(tampered, 0, drop=(P.IN_WITNESS_UTXO, P.IN_NON_WITNESS_UTXO))
    assert verify_input_signatures(no_utxo) == [problem]
    # P2TR inputs have no ECDSA plan: skipped there, checked as taproot signatures
    tr = sign_psbt(build_psbt("tr", [seed], 3).psbt, seed, aux_rand=lambda: AUX).psbt
    assert verify_input_signatures(tr) == []


NETWORK_VERSION = bytes.fromhex("04358394")  # tprv


def test_multisig_lying_cosigner_paths_do_not_stop_our_own_signature() -> None:
    """Cosigners' keys claimed under our fingerprint (at paths deriving other keys of ours) get
    no signature; our own key in the same script is still signed, whichever order they sort."""
    seeds = [seed_of("a"), seed_of("b"), seed_of("c")]
    original = build_psbt("wsh-sortedmulti", seeds, 3, non_witness_utxo=True).psbt
    fp = ExtendedPrivateKey.from_seed(seeds[0], NETWORK).fingerprint
    psbt, ours, not_first = original, [], 0
    for i in range(3):
        derivations = original.inputs[i].bip32_derivations
        (mine,) = [pk for pk, o in derivations.items() if o.fingerprint == fp]
        other_input = original.inputs[(i + 1) % 3].bip32_derivations
        (elsewhere,) = [o for o in other_input.values() if o.fingerprint == fp]
        lies = tuple(
            Record.make(P.IN_BIP32_DERIVATION, pk, elsewhere.serialize())
            for pk in derivations
            if pk != mine
        )
        psbt = edit(psbt, i, add=lies)
        ours.append(mine)
        not_first += sorted(derivations)[0] != mine
    assert not_first > 0  # some input lists a lying key before ours
    result = sign_psbt(psbt, seeds[0])
    assert result.inputs == tuple(
        InputReport(i, InputStatus.SIGNED, SpendKind.P2WSH_MULTISIG, (ours[i],)) for i in range(3)
    )
    assert result.warnings == tuple(
        f"input {i}: a key path with our fingerprint derives another key" for i in range(3)
    )


def test_xonly_of_matches_coincurve() -> None:
    from coincurve import PublicKey

    for label in (b"a", b"b", b"c", b"d"):
        secret = hashlib.sha256(label).digest()
        full = PublicKey.from_secret(secret).format()
        assert _xonly_of(secret) == (full[1:], full[0] & 1)
    with pytest.raises(SigningError, match=r"^invalid taproot key$"):
        _xonly_of(bytes(32))


# --- sign_psbt_with_root: which inputs are ours, and what the reports say ---------------------


def with_fingerprint(psbt: Psbt, index: int, fingerprint: bytes) -> Psbt:
    """Input `index` with every (taproot) BIP-32 derivation re-labelled to `fingerprint`."""
    inp = psbt.inputs[index]
    records = [
        Record.make(P.IN_BIP32_DERIVATION, pk, fingerprint + o.serialize()[4:])
        for pk, o in inp.bip32_derivations.items()
    ] + [
        Record.make(P.IN_TAP_BIP32_DERIVATION, pk, b"\x00" + fingerprint + o.serialize()[4:])
        for pk, (_, o) in inp.tap_bip32_derivations.items()
    ]
    return edit(
        psbt, index, drop=(P.IN_BIP32_DERIVATION, P.IN_TAP_BIP32_DERIVATION), add=tuple(records)
    )


@pytest.mark.parametrize("kind", ["wpkh", "tr"])
def test_an_input_of_another_seed_is_not_ours_without_a_warning(kind: str) -> None:
    seed = seed_of("alice")
    psbt = with_fingerprint(
        build_psbt(kind, [seed], 2, non_witness_utxo=True).psbt, 1, b"\xde\xad\xbe\xef"
    )
    result = sign_psbt(psbt, seed, aux_rand=lambda: AUX)
    assert result.inputs[1] == InputReport(
        1, InputStatus.NOT_OURS, SpendKind.UNKNOWN, reason="no key of this seed"
    )
    assert result.inputs[0].status is InputStatus.SIGNED and result.warnings == ()


def test_no_input_ours_names_the_seed() -> None:
    psbt = build_psbt("wpkh", [seed_of("alice")], 2, non_witness_utxo=True).psbt
    mallory = seed_of("mallory")
    fp = ExtendedPrivateKey.from_seed(mallory, NETWORK).fingerprint
    with pytest.raises(NotOurs) as err:
        sign_psbt(psbt, mallory)
    assert str(err.value) == f"no input of this PSBT can be signed with seed {fp.hex()}"


def test_every_key_lying_is_not_ours() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2, non_witness_utxo=True).psbt
    ((pk0, o0),) = psbt.inputs[0].bip32_derivations.items()
    ((pk1, o1),) = psbt.inputs[1].bip32_derivations.items()
    swap = edit(psbt, 0, add=(Record.make(P.IN_BIP32_DERIVATION, pk0, o1.serialize()),))
    swap = edit(swap, 1, add=(Record.make(P.IN_BIP32_DERIVATION, pk1, o0.serialize()),))
    with pytest.raises(NotOurs) as err:
        sign_psbt(swap, seed)
    assert str(err.value) == (
        "no input of this PSBT can be signed with this seed: "
        "input 0: a key path with our fingerprint derives another key; "
        "input 1: a key path with our fingerprint derives another key"
    )


def test_finalized_inputs_are_reported_and_the_others_signed() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2, non_witness_utxo=True).psbt
    final = P.finalize(sign_psbt(psbt, seed).psbt)[0]
    mixed = psbt.with_maps(inputs=[final.inputs[0], psbt.inputs[1]])
    result = sign_psbt(mixed, seed)
    assert result.inputs[0] == InputReport(
        0, InputStatus.FINALIZED, SpendKind.UNKNOWN, reason="already finalized"
    )
    assert result.inputs[1].status is InputStatus.SIGNED and result.inputs_signed == 1


def test_deriver_keeps_a_bounded_cache_and_wipes_hardened_parents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coldsign.keys import signer

    root = ExtendedPrivateKey.from_seed(seed_of("alice"), NETWORK)
    d = _Deriver(root, None)
    assert d.secret(()) == root.private_key()
    monkeypatch.setattr(signer, "MAX_KEPT_PARENTS", 3)
    handed_out = []
    for step in range(6):
        handed_out.append(d.parent((HARDENED, step)))
        assert handed_out[-1]  # the key just returned is never the one the overflow wiped
        assert len(d._parents) <= 3
    # What the overflow dropped was wiped, not left in memory; what is kept is intact.
    kept = {id(k) for k in d._parents.values()}
    dropped = [k for k in handed_out if id(k) not in kept]
    assert dropped and not any(dropped)
    assert all(k for k in handed_out if id(k) in kept)
    # A deep hardened path across an overflow: the parents it is derived from stay usable.
    deep = (HARDENED + 84, HARDENED + 1, HARDENED, 0)
    assert d.secret(deep) == root.derive([*deep]).private_key()
    monkeypatch.setattr(signer, "MAX_KEPT_PARENTS", 10_000)
    d = _Deriver(root, None)
    hardened, public = d.parent((HARDENED,)), d.parent((7,))
    d.wipe()
    assert not hardened and public  # only keys below a hardened step are this run's to wipe
    # the whole PSBT signs the same with a cache of 3 parents
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 5, non_witness_utxo=True).psbt
    expected = sign_psbt(psbt, seed).psbt
    monkeypatch.setattr(signer, "MAX_KEPT_PARENTS", 3)
    assert sign_psbt(psbt, seed).psbt == expected


def test_non_witness_utxo_without_the_spent_output_is_refused() -> None:
    psbt, _ = p2pkh_psbt("alice", vout=1)
    with pytest.raises(PolicyViolation) as err:
        sign_psbt(psbt, seed_of("alice"))
    assert err.value.reasons() == ["input 0: non_witness_utxo has no output 1"]


def test_segwit_v0_without_previous_transaction_warns_word_for_word() -> None:
    seed = seed_of("alice")
    result = sign_psbt(build_psbt("wpkh", [seed], 1).psbt, seed)
    assert result.warnings == (
        "input 0: segwit v0 input without non_witness_utxo; its amount is not proven "
        "(BIP-143 fee attack)",
    )


def test_a_key_of_ours_not_in_the_script_is_not_used() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2, non_witness_utxo=True).psbt
    ((pk0, _),) = psbt.inputs[0].bip32_derivations.items()
    ((pk1, o1),) = psbt.inputs[1].bip32_derivations.items()
    extra = edit(psbt, 0, add=(Record.make(P.IN_BIP32_DERIVATION, pk1, o1.serialize()),))
    result = sign_psbt(extra, seed)
    assert result.inputs[0] == InputReport(0, InputStatus.SIGNED, SpendKind.P2WPKH, (pk0,))
    assert result.warnings == ("input 0: a key of ours is not in the script being spent",)
    assert list(result.psbt.inputs[0].partial_sigs) == [pk0]


def replace_utxo(psbt: Psbt, index: int, spk: bytes, *extra: Record) -> Psbt:
    amount = psbt.inputs[index].witness_utxo.amount_sat  # type: ignore[union-attr]
    utxo = Record.make(P.IN_WITNESS_UTXO, b"", TxOut(amount, spk).serialize())
    return edit(psbt, index, drop=(P.IN_WITNESS_UTXO,), add=(utxo, *extra))


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        ("op_return", "input 0: unsupported output type op_return"),
        ("p2wsh-missing", "input 0: witness script missing or does not match the output"),
        ("p2wsh-not-multisig", "input 0: script is not a multisig script we can sign"),
    ],
)
def test_scripts_we_cannot_sign_are_reported(script: str, reason: str) -> None:
    seed = seed_of("alice")
    psbt = build_psbt("wpkh", [seed], 2).psbt
    ((pk0, _),) = psbt.inputs[0].bip32_derivations.items()
    ws = b"\x21" + pk0 + b"\xac"  # <our key> OP_CHECKSIG: P2WSH, but not multisig
    p2wsh = b"\x00\x20" + hashlib.sha256(ws).digest()
    if script == "op_return":
        psbt = replace_utxo(psbt, 0, b"\x6a\x01\x00")
    elif script == "p2wsh-missing":
        psbt = replace_utxo(psbt, 0, p2wsh)
    else:
        psbt = replace_utxo(psbt, 0, p2wsh, Record.make(P.IN_WITNESS_SCRIPT, b"", ws))
    result = sign_psbt(psbt, seed)
    kind = SpendKind.P2WSH_MULTISIG if script == "p2wsh-not-multisig" else SpendKind.UNKNOWN
    assert result.inputs[0] == InputReport(0, InputStatus.NOT_OURS, kind, reason=reason)
    assert reason in result.warnings and result.inputs[1].status is InputStatus.SIGNED


def test_redeem_script_must_match_the_output() -> None:
    seed = seed_of("alice")
    psbt = build_psbt("sh-wpkh", [seed], 2).psbt
    other = psbt.inputs[1].redeem_script
    assert other is not None and other != psbt.inputs[0].redeem_script
    swapped = edit(psbt, 0, add=(Record.make(P.IN_REDEEM_SCRIPT, b"", other),))
    result = sign_psbt(swapped, seed)
    reason = "input 0: redeem script missing or does not match the output"
    assert result.inputs[0] == InputReport(
        0, InputStatus.NOT_OURS, SpendKind.UNKNOWN, reason=reason
    )
    assert result.inputs[1].status is InputStatus.SIGNED


def test_p2sh_p2wsh_witness_script_must_match_the_redeem_script() -> None:
    from coldsign.codec.bip32 import parse_path
    from coldsign.keys.hd import parse_extended_key

    workflow = vector("bip174/bip174_test_vectors.json")["workflow"]
    root = parse_extended_key(workflow["master_key"]["extended_private_key"])
    assert isinstance(root, ExtendedPrivateKey)
    updated = parse_psbt(bytes.fromhex(STEPS["updater_sighash_all"]["expected_psbt"]["hex"]))
    paths = [parse_path(k["path"]) for k in STEPS["signer_1"]["keys"]]
    ws = updated.inputs[1].witness_script
    assert ws is not None
    changed = edit(updated, 1, add=(Record.make(P.IN_WITNESS_SCRIPT, b"", ws[:-1] + b"\xaf"),))
    result = sign_psbt_with_root(changed, root, only_paths=paths)
    reason = "input 1: witness script missing or does not match the redeem script"
    assert result.inputs[1] == InputReport(
        1, InputStatus.NOT_OURS, SpendKind.UNKNOWN, reason=reason
    )
    assert result.inputs[0].status is InputStatus.SIGNED
