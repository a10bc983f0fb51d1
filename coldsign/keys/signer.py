"""Sign a PSBT with the keys of one seed (BIP-174 signer role).

Which inputs: those whose BIP-32 derivation fields (or BIP-371 taproot derivations) carry this
seed's master fingerprint. For each, the key is re-derived and must equal the public key in the
PSBT and appear in the script being spent; metadata alone never makes an input ours.

Supported: P2WPKH, P2SH-P2WPKH, P2TR key path (BIP-86: no script tree, or the PSBT's merkle
root), P2WSH / P2SH-P2WSH multi and sortedmulti (a partial signature for our key), and, for the
BIP-174 workflow, legacy P2SH multisig and P2PKH when the full previous transaction is present.
ECDSA uses RFC 6979 nonces, low S and Bitcoin Core's low-R grinding, so signatures are
byte-for-byte those of Core; taproot uses BIP-340 Schnorr with 32 bytes of auxiliary randomness.
Only SIGHASH_ALL (and SIGHASH_DEFAULT for taproot) is signed. Every signature is verified before
the PSBT is returned; signing nothing raises NotOurs (exit 8).
"""

from __future__ import annotations

import enum
import functools
import hashlib
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from coldsign.codec.bip32 import HARDENED
from coldsign.codec.bulk import collector_paused
from coldsign.codec.curve import ecdsa_verify
from coldsign.codec.psbt import (
    IN_NON_WITNESS_UTXO,
    IN_PARTIAL_SIG,
    IN_TAP_KEY_SIG,
    InputMap,
    KeyPath,
    Psbt,
    Record,
)
from coldsign.codec.script import ScriptType, classify, hash160, parse_multisig, tagged_hash
from coldsign.codec.tx import Transaction, TxOut
from coldsign.errors import NotOurs, PolicyViolation
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import PrivateKey32, Seed
from coldsign.keys.sighash import (
    SIGHASH_ALL,
    SIGHASH_DEFAULT,
    SegwitV0Sighasher,
    TaprootSighasher,
    legacy_digest,
    p2wpkh_script_code,
)

AuxRand = Callable[[], bytes]


class SpendKind(enum.Enum):
    """How an input is spent, as the signer understood it."""

    P2WPKH = "p2wpkh"
    P2SH_P2WPKH = "p2sh-p2wpkh"
    P2TR = "p2tr"
    P2WSH_MULTISIG = "p2wsh-multisig"
    P2SH_P2WSH_MULTISIG = "p2sh-p2wsh-multisig"
    P2SH_MULTISIG = "p2sh-multisig"
    P2PKH = "p2pkh"
    UNKNOWN = "unknown"


class InputStatus(enum.Enum):
    SIGNED = "signed"
    NOT_OURS = "not-ours"
    FINALIZED = "finalized"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class InputReport:
    """What the signer did with one input; `pubkeys` are the keys it signed with."""

    index: int
    status: InputStatus
    kind: SpendKind
    pubkeys: tuple[bytes, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class SignResult:
    """The signed PSBT, one report per input, and warnings for the operator."""

    psbt: Psbt
    inputs: tuple[InputReport, ...]
    warnings: tuple[str, ...]

    @functools.cached_property
    def inputs_signed(self) -> int:
        return sum(1 for r in self.inputs if r.status is InputStatus.SIGNED)


def sign_psbt(
    psbt: Psbt,
    seed: Seed,
    *,
    aux_rand: AuxRand | None = None,
    require_non_witness_utxo: bool = False,
) -> SignResult:
    """Sign every input of `psbt` that derives from `seed` (see the module docstring).

    Raises PolicyViolation (one reason per input) for a sighash type other than ALL/DEFAULT, a
    missing non-witness UTXO when `require_non_witness_utxo`, or UTXO data that contradicts
    itself; NotOurs if no input could be signed. Nothing is signed unless every check passes.
    """
    root = ExtendedPrivateKey.from_seed(seed)
    try:
        with collector_paused():
            return sign_psbt_with_root(
                psbt, root, aux_rand=aux_rand, require_non_witness_utxo=require_non_witness_utxo
            )
    finally:
        root.wipe()


@dataclass(slots=True)
class _Plan:
    index: int
    kind: SpendKind
    keys: list[tuple[bytes, PrivateKey32]]  # (public key in the PSBT, derived private key)
    script_code: bytes = b""
    amount_sat: int = 0
    merkle_root: bytes | None = None
    output_key: bytes = b""
    hash_type: int = SIGHASH_ALL
    internal_parity: int = 0  # P2TR: the parity of our internal key's y (BIP-340 even-y lift)

    def wipe(self) -> None:
        for _, key in self.keys:
            key.wipe()
        self.keys = []  # wiped once: the run's final sweep over every plan finds nothing left


# Parent keys kept per run; past this, a hostile PSBT's distinct paths cost time, not memory.
MAX_KEPT_PARENTS = 10_000


class _Deriver:
    """Derives keys below the root. Every parent is kept, so N inputs below one account cost N
    child steps; the key signed with is derived alone (`child_secret`), from the HMAC the spend
    analysis already computed for that child's public key (`coldsign.codec.bip32.ckd_digest`)."""

    def __init__(
        self, root: ExtendedPrivateKey, only_paths: Collection[tuple[int, ...]] | None
    ) -> None:
        self.root = root
        self.only_paths = None if only_paths is None else set(only_paths)
        self.fingerprint = root.fingerprint
        self._parents: dict[tuple[int, ...], ExtendedPrivateKey] = {(): root}

    def parent(self, path: tuple[int, ...]) -> ExtendedPrivateKey:
        key = self._parents.get(path)
        if key is None:
            if len(self._parents) >= MAX_KEPT_PARENTS:
                # Full: the kept keys are wiped, not just dropped, and before this path is
                # derived, so that no key this call returns (or its parents) is among them.
                self.wipe()
            key = self.parent(path[:-1]).derive([path[-1]])
            self._parents[path] = key
        return key

    def wipe(self) -> None:
        """Wipe the parent keys below a hardened step: only this run holds them. Keys on a path
        of non-hardened steps stay in the root's own cache, which the root's owner wipes."""
        for path, key in self._parents.items():
            if any(step >= HARDENED for step in path):
                key.wipe()
        self._parents = {(): self.root}

    def secret(self, path: tuple[int, ...]) -> PrivateKey32:
        """The private key at `path` below the root."""
        if not path:
            return self.root.private_key()
        return self.parent(path[:-1]).child_secret(path[-1])

    def secret_and_known(self, path: tuple[int, ...]) -> tuple[PrivateKey32, bytes | None]:
        """`secret(path)`, and the public key at `path` if the spend analysis derived it from
        our xpub already (else None), finding the parent once."""
        if not path:
            return self.root.private_key(), None
        parent, index = self.parent(path[:-1]), path[-1]
        return parent.child_secret(index), parent.known_child_key(index)

    def allowed(self, path: tuple[int, ...]) -> bool:
        return self.only_paths is None or path in self.only_paths

    def ours(self, derivations: dict[bytes, KeyPath]) -> list[tuple[bytes, tuple[int, ...]]]:
        """(public key, path) of the keys whose origin names our fingerprint (and an allowed
        path): the keys `secrets` derives."""
        fp, allowed = self.fingerprint, self.allowed
        return [
            (pubkey, origin.path)
            for pubkey, origin in derivations.items()
            if origin.fingerprint == fp and allowed(origin.path)
        ]

    def secrets(
        self, keys: list[tuple[bytes, tuple[int, ...]]]
    ) -> list[tuple[bytes, PrivateKey32]]:
        """The private key of each of `keys` (from `ours`), with its public key.

        Whether the derived key really is the PSBT's public key is proven when its signature
        is verified against that public key (which costs no extra point multiplication).
        """
        return [(pubkey, self.secret(path)) for pubkey, path in keys]


def sign_psbt_with_root(
    psbt: Psbt,
    root: ExtendedPrivateKey,
    *,
    aux_rand: AuxRand | None = None,
    require_non_witness_utxo: bool = False,
    only_paths: Collection[tuple[int, ...]] | None = None,
) -> SignResult:
    """`sign_psbt` with a BIP-32 master key instead of a seed; `only_paths` limits the keys used
    to those derivation paths (as BIP-174's workflow, where each signer holds some keys)."""
    tx = psbt.unsigned_tx()
    deriver = _Deriver(root, only_paths)
    refusals: list[str] = []
    warnings: list[str] = []
    reports: dict[int, InputReport] = {}
    plans: list[_Plan] = []
    spent_all = [_spent_or_none(psbt, j) for j in range(len(psbt.inputs))]
    every_utxo_known = all(s is not None for s in spent_all)
    try:
        for i, inp in enumerate(psbt.inputs):
            if inp.is_finalized:
                reports[i] = InputReport(
                    i, InputStatus.FINALIZED, SpendKind.UNKNOWN, reason="already finalized"
                )
                continue
            problems: list[str] = []
            plan = _plan_input(
                tx,
                i,
                inp,
                deriver,
                problems,
                warnings,
                refusals,
                require_non_witness_utxo,
                every_utxo_known,
            )
            warnings.extend(problems)
            if plan is None:
                reports[i] = InputReport(
                    i,
                    InputStatus.NOT_OURS,
                    SpendKind.UNKNOWN,
                    reason="; ".join(problems) or "no key of this seed",
                )
            elif not plan.keys:
                reports[i] = InputReport(
                    i,
                    InputStatus.NOT_OURS,
                    plan.kind,
                    reason="; ".join(problems) or "no key of this seed",
                )
            else:
                plans.append(plan)
        if refusals:
            raise PolicyViolation(refusals)
        if not plans:
            raise NotOurs(
                f"no input of this PSBT can be signed with seed {root.fingerprint.hex()}"
                + (f" ({'; '.join(warnings)})" if warnings else "")
            )
        new_inputs = _sign_plans(psbt, tx, plans, spent_all, aux_rand, warnings, reports)
    finally:
        for plan in plans:
            plan.wipe()  # every derived private key, signed with or not
        deriver.wipe()
    if not any(r.status is InputStatus.SIGNED for r in reports.values()):
        raise NotOurs("no input of this PSBT can be signed with this seed: " + "; ".join(warnings))
    signed = psbt.with_maps(inputs=new_inputs)
    ordered = tuple(reports[i] for i in range(len(psbt.inputs)))
    return SignResult(signed, ordered, tuple(warnings))


def _spent_or_none(psbt: Psbt, index: int) -> TxOut | None:
    """`psbt.spent_output`, None for a non-witness UTXO without the output spent (the decoder
    refuses such a PSBT; one built in memory is refused by `_spent_output`, naming the input)."""
    try:
        return psbt.spent_output(index)
    except IndexError:
        return None


def _sign_plans(
    psbt: Psbt,
    tx: Transaction,
    plans: list[_Plan],
    spent_all: list[TxOut | None],
    aux_rand: AuxRand | None,
    warnings: list[str],
    reports: dict[int, InputReport],
) -> list[InputMap]:
    """Sign every plan (each signature verified before it is kept); the new input maps."""
    segwit: SegwitV0Sighasher | None = None
    taproot: TaprootSighasher | None = None
    new_inputs = list(psbt.inputs)
    rand = aux_rand or (lambda: os.urandom(32))
    ecdsa = _Ecdsa()
    schnorr = _Schnorr()
    for plan in plans:
        records: list[Record] = []
        used: list[bytes] = []
        if plan.kind is SpendKind.P2TR:
            if taproot is None:
                taproot = TaprootSighasher(tx, [s for s in spent_all if s is not None])
            digest = taproot.digest(plan.index, plan.hash_type)
            pubkey, key = plan.keys[0]
            sig = schnorr.sign(
                key.reveal(),
                plan.internal_parity,
                digest,
                pubkey,
                plan.merkle_root,
                plan.output_key,
                rand(),
            )
            if plan.hash_type != SIGHASH_DEFAULT:
                sig += bytes([plan.hash_type])
            records.append(Record.make(IN_TAP_KEY_SIG, b"", sig))
            used.append(pubkey)
        else:
            if plan.kind in (SpendKind.P2SH_MULTISIG, SpendKind.P2PKH):
                digest = legacy_digest(tx, plan.index, plan.script_code)
            else:
                if segwit is None:
                    segwit = SegwitV0Sighasher(tx)
                digest = segwit.digest(plan.index, plan.script_code, plan.amount_sat, SIGHASH_ALL)
            for pubkey, key in plan.keys:
                der = ecdsa.sign(key.reveal(), digest, pubkey)
                if der is None:
                    continue
                records.append(Record(_PARTIAL_SIG + pubkey, der + _ALL, IN_PARTIAL_SIG, pubkey))
                used.append(pubkey)
        derived = len(plan.keys)
        plan.wipe()
        if len(used) < derived:
            warnings.append(
                f"input {plan.index}: a key path with our fingerprint derives another key"
            )
        if not used:
            reports[plan.index] = InputReport(
                plan.index,
                InputStatus.NOT_OURS,
                plan.kind,
                reason="derived key differs from the PSBT's key",
            )
            continue
        inp = new_inputs[plan.index]
        # One record (one key: every single-key input) without with_records' loop.
        new_inputs[plan.index] = (
            inp.with_record(records[0]) if len(records) == 1 else inp.with_records(records)
        )
        reports[plan.index] = InputReport(plan.index, InputStatus.SIGNED, plan.kind, tuple(used))
    return new_inputs


_PARTIAL_SIG = bytes([IN_PARTIAL_SIG])  # the key's type byte (Record.make without a call)
_ALL = bytes([SIGHASH_ALL])


def _plan_input(
    tx: Transaction,
    i: int,
    inp: InputMap,
    deriver: _Deriver,
    problems: list[str],
    warnings: list[str],
    refusals: list[str],
    require_non_witness_utxo: bool,
    every_utxo_known: bool,
) -> _Plan | None:
    """Decide how input `i` would be signed; None if no key of ours is involved."""
    ours = deriver.ours(inp.bip32_derivations)
    if not ours:
        fp, allowed = deriver.fingerprint, deriver.allowed
        if not any(
            o.fingerprint == fp and allowed(o.path) for _, o in inp.tap_bip32_derivations.values()
        ):
            return None
    spent = _spent_output(tx, i, inp, refusals)
    if spent is None:
        problems.append(f"input {i}: no UTXO data, so it cannot be signed")
        return None
    kind = classify(spent.script_pubkey)
    if kind is ScriptType.P2TR:
        return _plan_taproot(i, inp, spent, deriver, problems, refusals, every_utxo_known)
    sighash = inp.sighash_type
    if sighash is not None and sighash != SIGHASH_ALL:
        refusals.append(f"input {i}: sighash type 0x{sighash:02x} (only SIGHASH_ALL is signed)")
        return None
    legacy = kind is ScriptType.P2PKH or (kind is ScriptType.P2SH and _p2sh_is_legacy(inp))
    has_previous = inp.has(IN_NON_WITNESS_UTXO)
    if legacy:
        if not has_previous:
            problems.append(f"input {i}: a legacy input needs its full previous transaction")
            return None
    elif not has_previous:
        message = (
            f"input {i}: segwit v0 input without non_witness_utxo; its amount is not proven "
            "(BIP-143 fee attack)"
        )
        if require_non_witness_utxo:
            refusals.append(message)
            return None
        warnings.append(message)
    plan = _plan_ecdsa(i, inp, spent, kind, problems)
    if plan is None:
        return None
    plan.keys = _keys_in_script(deriver.secrets(ours), plan, problems)
    return plan


def _p2sh_is_legacy(inp: InputMap) -> bool:
    redeem = inp.redeem_script or b""
    return classify(redeem) not in (ScriptType.P2WPKH, ScriptType.P2WSH)


def _spent_output(tx: Transaction, i: int, inp: InputMap, refusals: list[str]) -> TxOut | None:
    witness_utxo = inp.witness_utxo
    prev = inp.previous_tx
    if prev is not None:
        vout = tx.inputs[i].prevout.vout
        if vout >= prev.output_count:
            refusals.append(f"input {i}: non_witness_utxo has no output {vout}")
            return None
        if witness_utxo is None:
            return prev.output(vout)
        if not prev.output_is(vout, witness_utxo):
            refusals.append(f"input {i}: witness_utxo contradicts non_witness_utxo")
            return None
    return witness_utxo


def _plan_ecdsa(
    i: int, inp: InputMap, spent: TxOut, kind: ScriptType, problems: list[str]
) -> _Plan | None:
    spk = spent.script_pubkey
    if kind is ScriptType.P2WPKH:
        return _Plan(i, SpendKind.P2WPKH, [], p2wpkh_script_code(spk[2:]), spent.amount_sat)
    if kind is ScriptType.P2PKH:
        return _Plan(i, SpendKind.P2PKH, [], spk, spent.amount_sat)
    if kind is ScriptType.P2WSH:
        ws = inp.witness_script
        if ws is None or hashlib.sha256(ws).digest() != spk[2:]:
            problems.append(f"input {i}: witness script missing or does not match the output")
            return None
        return _Plan(i, SpendKind.P2WSH_MULTISIG, [], ws, spent.amount_sat)
    if kind is ScriptType.P2SH:
        redeem = inp.redeem_script
        if redeem is None or hash160(redeem) != spk[2:22]:
            problems.append(f"input {i}: redeem script missing or does not match the output")
            return None
        inner = classify(redeem)
        if inner is ScriptType.P2WPKH:
            return _Plan(
                i, SpendKind.P2SH_P2WPKH, [], p2wpkh_script_code(redeem[2:]), spent.amount_sat
            )
        if inner is ScriptType.P2WSH:
            ws = inp.witness_script
            if ws is None or hashlib.sha256(ws).digest() != redeem[2:]:
                problems.append(
                    f"input {i}: witness script missing or does not match the redeem script"
                )
                return None
            return _Plan(i, SpendKind.P2SH_P2WSH_MULTISIG, [], ws, spent.amount_sat)
        return _Plan(i, SpendKind.P2SH_MULTISIG, [], redeem, spent.amount_sat)
    problems.append(f"input {i}: unsupported output type {kind.value}")
    return None


_SINGLE_KEY = frozenset({SpendKind.P2WPKH, SpendKind.P2SH_P2WPKH, SpendKind.P2PKH})


def _keys_in_script(
    keys: list[tuple[bytes, PrivateKey32]], plan: _Plan, problems: list[str]
) -> list[tuple[bytes, PrivateKey32]]:
    """Keep the keys the script actually commits to (the PSBT's paths are only hints); the
    others are wiped at once."""
    if plan.kind in _SINGLE_KEY:
        program = plan.script_code[3:23]
        allowed = {pk for pk, _ in keys if len(pk) == 33 and hash160(pk) == program}
    else:
        parsed = parse_multisig(plan.script_code)
        if parsed is None:
            problems.append(f"input {plan.index}: script is not a multisig script we can sign")
            for _, key in keys:
                key.wipe()
            return []
        allowed = set(parsed[1])
    kept = []
    for pk, key in keys:
        if pk in allowed:
            kept.append((pk, key))
        else:
            key.wipe()
    if len(kept) < len(keys):
        problems.append(f"input {plan.index}: a key of ours is not in the script being spent")
    return kept


def _plan_taproot(
    i: int,
    inp: InputMap,
    spent: TxOut,
    deriver: _Deriver,
    problems: list[str],
    refusals: list[str],
    every_utxo_known: bool,
) -> _Plan | None:
    sighash = inp.sighash_type
    if sighash is not None and sighash not in (SIGHASH_DEFAULT, SIGHASH_ALL):
        refusals.append(
            f"input {i}: sighash type 0x{sighash:02x} (only SIGHASH_DEFAULT/ALL are signed)"
        )
        return None
    if not every_utxo_known:
        problems.append(f"input {i}: taproot signing needs the UTXO of every input")
        return None
    internal = inp.tap_internal_key
    if internal is None:
        problems.append(f"input {i}: no taproot internal key")
        return None
    origin = inp.tap_bip32_derivations.get(internal)
    if (
        origin is None
        or origin[1].fingerprint != deriver.fingerprint
        or not deriver.allowed(origin[1].path)
    ):
        problems.append(
            f"input {i}: only script-path keys of ours; script-path spending is not supported"
        )
        return _Plan(i, SpendKind.P2TR, [])
    # The analysis re-derived this key from the policy's xpub: by BIP-32 it is the public key of
    # the secret derived here (were it not, the tweaked secret would not make the output key
    # and signing would refuse). Only an input the analysis did not derive costs a keypair.
    key, known = deriver.secret_and_known(origin[1].path)
    xonly, parity = (known[1:], known[0] & 1) if known is not None else _xonly_of(key.reveal())
    if xonly != internal:
        key.wipe()
        problems.append(
            f"input {i}: the internal key's path with our fingerprint derives another key"
        )
        return _Plan(i, SpendKind.P2TR, [])
    hash_type = SIGHASH_DEFAULT if sighash is None else sighash
    return _Plan(
        i,
        SpendKind.P2TR,
        [(internal, key)],  # no amount: BIP-341 digests take every spent output's amount
        merkle_root=inp.tap_merkle_root,
        output_key=spent.script_pubkey[2:],
        hash_type=hash_type,
        internal_parity=parity,
    )


# --------------------------------------------------------------------------------------------
# Signing primitives: libsecp256k1 through coincurve's bindings (no curve arithmetic here).


class SigningError(Exception):
    """A signature failed its own verification: a bug or a hardware fault; never returned."""


class _Ecdsa:
    """ECDSA signing as Bitcoin Core does it, with libsecp256k1's buffers made once per PSBT."""

    def __init__(self) -> None:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT

        self.ffi, self.lib, self.ctx = ffi, lib, GLOBAL_CONTEXT.ctx
        self.nonce = lib.secp256k1_nonce_function_rfc6979
        self.sig = ffi.new("secp256k1_ecdsa_signature *")
        self.compact = ffi.new("unsigned char[64]")
        self.der = ffi.new("unsigned char[72]")
        self.der_len = ffi.new("size_t *")

    def sign(self, secret: bytes, digest: bytes, pubkey: bytes) -> bytes | None:
        """DER ECDSA signature with RFC 6979 nonces, low S and Bitcoin Core's low-R grinding.

        As Core's CKey::Sign: first without extra data; while R is high (first byte of the
        compact R >= 0x80), retry with a 32-byte extra-entropy buffer holding an incrementing
        little-endian counter. The signature is verified against `pubkey` (the PSBT's key);
        None if it does not verify, which means `secret` is not the key of `pubkey`.
        """
        ffi, lib, ctx, sig, compact = self.ffi, self.lib, self.ctx, self.sig, self.compact
        if not lib.secp256k1_ecdsa_sign(ctx, sig, digest, secret, self.nonce, ffi.NULL):
            raise SigningError("ECDSA signing failed")
        lib.secp256k1_ecdsa_signature_serialize_compact(ctx, compact, sig)
        counter = 0
        while compact[0] >= 0x80:
            counter += 1
            # Core's extra entropy: the counter as 4 little-endian bytes, then 28 zero bytes.
            extra = counter.to_bytes(32, "little")
            if not lib.secp256k1_ecdsa_sign(ctx, sig, digest, secret, self.nonce, extra):
                raise SigningError("ECDSA signing failed")
            lib.secp256k1_ecdsa_signature_serialize_compact(ctx, compact, sig)
        self.der_len[0] = 72
        lib.secp256k1_ecdsa_signature_serialize_der(ctx, self.der, self.der_len, sig)
        der = bytes(ffi.buffer(self.der, self.der_len[0]))
        # The bytes returned are the bytes verified, against the key the PSBT names.
        return der if ecdsa_verify(pubkey, der, digest) else None


def _xonly_of(secret: bytes) -> tuple[bytes, int]:
    """The BIP-340 x-only public key of `secret` and the parity of its y."""
    from coincurve._libsecp256k1 import ffi, lib
    from coincurve.context import GLOBAL_CONTEXT

    ctx = GLOBAL_CONTEXT.ctx
    keypair = ffi.new("secp256k1_keypair *")
    if not lib.secp256k1_keypair_create(ctx, keypair, secret):
        raise SigningError("invalid taproot key")
    xonly = ffi.new("secp256k1_xonly_pubkey *")
    parity = ffi.new("int *")
    lib.secp256k1_keypair_xonly_pub(ctx, xonly, parity, keypair)
    out = ffi.new("unsigned char[32]")
    lib.secp256k1_xonly_pubkey_serialize(ctx, out, xonly)
    ffi.memmove(keypair, b"\0" * ffi.sizeof("secp256k1_keypair"), ffi.sizeof("secp256k1_keypair"))
    return bytes(ffi.buffer(out, 32)), int(parity[0])


class _Schnorr:
    """BIP-340 signing by a BIP-341-tweaked key, with libsecp256k1's buffers made once per PSBT."""

    def __init__(self) -> None:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT

        self.ffi, self.lib, self.ctx = ffi, lib, GLOBAL_CONTEXT.ctx
        self.secret = ffi.new("unsigned char[32]")
        self.keypair = ffi.new("secp256k1_keypair *")
        self.tweaked = ffi.new("secp256k1_xonly_pubkey *")
        self.tweaked_bytes = ffi.new("unsigned char[32]")
        self.sig = ffi.new("unsigned char[64]")

    def sign(
        self,
        secret: bytes,
        parity: int,
        digest: bytes,
        internal_key: bytes,
        merkle_root: bytes | None,
        output_key: bytes,
        aux: bytes,
    ) -> bytes:
        """The signature, verified before it is returned, by the BIP-341 tweak of `secret`
        (whose x-only key, of y parity `parity`, the plan checked is `internal_key`).

        The tweaked secret is BIP-341's: d' = (d, or n - d when its point's y is odd) + t, with
        t = H_TapTweak(P || merkle root): libsecp256k1's scalar negation and addition, then one
        keypair, where keypair_xonly_tweak_add would make a keypair of d and add t·G to it.
        PolicyViolation if the tweaked key is not the `output_key` being spent (a wrong merkle
        root, or a script tree we were not told of).
        """
        ffi, lib, ctx = self.ffi, self.lib, self.ctx
        if len(aux) != 32:
            raise ValueError("auxiliary randomness must be 32 bytes")
        tweak = tagged_hash("TapTweak", internal_key + (merkle_root or b""))
        try:
            ffi.memmove(self.secret, secret, 32)
            if parity and not lib.secp256k1_ec_seckey_negate(ctx, self.secret):
                raise SigningError("invalid taproot key")
            if not lib.secp256k1_ec_seckey_tweak_add(ctx, self.secret, tweak):
                raise SigningError("taproot tweak failed")
            if not lib.secp256k1_keypair_create(ctx, self.keypair, self.secret):
                raise SigningError("taproot tweak failed")
            lib.secp256k1_keypair_xonly_pub(ctx, self.tweaked, ffi.NULL, self.keypair)
            lib.secp256k1_xonly_pubkey_serialize(ctx, self.tweaked_bytes, self.tweaked)
            if bytes(ffi.buffer(self.tweaked_bytes, 32)) != output_key:
                raise PolicyViolation(
                    ["taproot output key is not our tweaked key (wrong merkle root or key)"]
                )
            if not lib.secp256k1_schnorrsig_sign32(ctx, self.sig, digest, self.keypair, aux):
                raise SigningError("Schnorr signing failed")
            if not lib.secp256k1_schnorrsig_verify(ctx, self.sig, digest, 32, self.tweaked):
                raise SigningError("a Schnorr signature failed verification; nothing is returned")
            return bytes(ffi.buffer(self.sig, 64))
        finally:
            ffi.memmove(self.secret, bytes(32), 32)
            ffi.memmove(self.keypair, bytes(96), 96)


def verify_input_signatures(psbt: Psbt, indexes: Sequence[int] | None = None) -> list[str]:
    """Re-verify the partial and taproot key signatures of `indexes`; returns problems found.

    The per-transaction parts of both sighashes are computed once (BIP-143, BIP-341), so N
    inputs cost O(N) hashing (legacy inputs excepted: their sighash covers the whole
    transaction by definition).
    """
    from coincurve import PublicKeyXOnly

    tx = psbt.unsigned_tx()
    problems: list[str] = []
    segwit = SegwitV0Sighasher(tx)
    spent_all = [_spent_or_none(psbt, j) for j in range(len(psbt.inputs))]
    taproot: TaprootSighasher | None = None
    for i in indexes if indexes is not None else range(len(psbt.inputs)):
        inp = psbt.inputs[i]
        spent = spent_all[i]
        if spent is None:
            continue
        if inp.tap_key_sig is not None and None not in spent_all:
            sig = inp.tap_key_sig
            if taproot is None:
                taproot = TaprootSighasher(tx, [s for s in spent_all if s is not None])
            try:
                # BIP-341: 64 bytes (SIGHASH_DEFAULT), or 65 with an explicit type that is not
                # 0x00; anything else fails, whatever its first 64 bytes verify against.
                if len(sig) == 65 and sig[64] != SIGHASH_DEFAULT:
                    hash_type = sig[64]
                elif len(sig) == 64:
                    hash_type = SIGHASH_DEFAULT
                else:
                    raise ValueError("not a BIP-341 signature encoding")
                digest = taproot.digest(i, hash_type)
                ok = PublicKeyXOnly(spent.script_pubkey[2:]).verify(sig[:64], digest)
            except ValueError:  # bad encoding, undefined sighash type or not a valid output key
                ok = False
            if not ok:
                problems.append(f"input {i}: taproot signature does not verify")
        plan = _plan_ecdsa(i, inp, spent, classify(spent.script_pubkey), [])
        if plan is None:
            continue
        for pubkey, sig in inp.partial_sigs.items():
            try:
                if plan.kind in (SpendKind.P2SH_MULTISIG, SpendKind.P2PKH):
                    digest = legacy_digest(tx, i, plan.script_code, sig[-1])
                else:
                    digest = segwit.digest(i, plan.script_code, plan.amount_sat, sig[-1])
                ok = ecdsa_verify(pubkey, sig[:-1], digest)
            except ValueError:  # legacy sighash other than ALL
                ok = False
            if not ok:
                problems.append(f"input {i}: signature for key {pubkey.hex()} does not verify")
    return problems
