"""Benchmark: sign 1,000-input P2WPKH and P2TR PSBTs with coldsign, embit and python-bitcointx.

Each signer gets the same PSBT bytes and the same seed, and does the whole job: parse, derive
the keys from the seed, sign, (coldsign: verify its own signatures), serialize. The floor is
coincurve alone signing and verifying the same number of 32-byte digests. Also 100 vs 1,000
inputs for coldsign, to show signing time grows linearly. Prints times and ratios.

    .venv/bin/python bench/psbt_sign.py [--inputs 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coldsign.codec.psbt import parse_psbt, serialize_psbt
from coldsign.keys.signer import sign_psbt
from tests.psbt_fixtures import build_psbt, seed_of


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def coldsign_job(raw: bytes, seed: object) -> Callable[[], object]:
    def run() -> object:
        result = sign_psbt(parse_psbt(raw), seed)  # type: ignore[arg-type]
        return serialize_psbt(result.psbt)

    return run


def embit_job(raw: bytes, seed_bytes: bytes) -> Callable[[], object]:
    from embit import bip32
    from embit.networks import NETWORKS
    from embit.psbt import PSBT

    def run() -> object:
        root = bip32.HDKey.from_seed(seed_bytes, version=NETWORKS["test"]["xprv"])
        psbt = PSBT.parse(raw)
        if psbt.sign_with(root) == 0:
            raise RuntimeError("embit signed nothing")
        return psbt.serialize()

    return run


def bitcointx_job(raw: bytes, seed_bytes: bytes, kind: str) -> Callable[[], object] | str:
    """A python-bitcointx signer, or the reason it cannot run here."""
    try:
        import bitcointx
        from bitcointx.core.key import KeyStore
        from bitcointx.core.psbt import PartiallySignedTransaction
        from bitcointx.wallet import CCoinExtKey
    except (ImportError, OSError) as exc:  # OSError: libsecp256k1 missing
        return f"python-bitcointx unavailable: {exc}"
    if kind == "tr":
        return "python-bitcointx 1.1.5 has no taproot PSBT signing"
    bitcointx.select_chain_params("bitcoin/testnet")

    def run() -> object:
        root = CCoinExtKey.from_seed(seed_bytes)
        store = KeyStore((root, "m/84h/1h/0h/0/*"))
        psbt = PartiallySignedTransaction.deserialize(raw)
        result = psbt.sign(store, finalize=False)
        if result.num_inputs_signed == 0:
            raise RuntimeError("python-bitcointx signed nothing")
        return psbt.serialize()

    return run


def floor_job(n: int, kind: str, *, grind: bool = False) -> Callable[[], object]:
    """coincurve signing and verifying n digests: the cost no signer can avoid.

    With `grind`, ECDSA signatures are re-made with Bitcoin Core's extra-entropy counter until R
    is low, as every Core-compatible signer must (coincurve's public API, no coldsign code).
    """
    from coincurve import PrivateKey, PublicKeyXOnly
    from coincurve._libsecp256k1 import ffi, lib

    keys = [PrivateKey(os.urandom(32)) for _ in range(n)]
    digests = [os.urandom(32) for _ in range(n)]
    pubs = [k.public_key for k in keys]
    xonly = [PublicKeyXOnly(k.public_key.format()[1:]) for k in keys]

    def run() -> object:
        if kind == "tr":
            for k, x, d in zip(keys, xonly, digests, strict=True):
                sig = k.sign_schnorr(d, os.urandom(32))
                assert x.verify(sig, d)
        else:
            for k, p, d in zip(keys, pubs, digests, strict=True):
                sig = k.sign(d, hasher=None)
                counter = 0
                while grind and sig[3] > 32:  # DER length of R: 33 means high R
                    counter += 1
                    extra = ffi.new("unsigned char[32]", counter.to_bytes(4, "little") + bytes(28))
                    sig = k.sign(
                        d, hasher=None, custom_nonce=(lib.secp256k1_nonce_function_rfc6979, extra)
                    )
                assert p.verify(sig, d, hasher=None)
        return None

    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = args.inputs
    seed = seed_of("bench")
    seed_bytes = seed.reveal()
    print(f"PSBT signing benchmark: {n} inputs, best of {args.repeat} runs\n")
    for kind, label in (("wpkh", "P2WPKH"), ("tr", "P2TR")):
        raw = serialize_psbt(build_psbt(kind, [seed], n, amount=50_000).psbt)
        small = serialize_psbt(build_psbt(kind, [seed], n // 10, amount=50_000).psbt)
        t_cold = best_of(args.repeat, coldsign_job(raw, seed))
        t_cold_small = best_of(args.repeat, coldsign_job(small, seed))
        t_floor = best_of(args.repeat, floor_job(n, kind))
        t_floor_r = best_of(args.repeat, floor_job(n, kind, grind=True)) if kind == "wpkh" else None
        ms = f"{t_cold * 1000:.1f} ms"
        print(f"{label} ({len(raw):,} bytes)")
        print(f"  coldsign          {t_cold * 1000:9.1f} ms")
        print(row("coincurve floor", t_floor, f"coldsign/floor = {t_cold / t_floor:.2f}x"))
        if t_floor_r is not None:
            note = "(Core's low-R grinding: ~2 signatures per input)"
            print(
                row(
                    "floor + low-R", t_floor_r, f"coldsign/floor = {t_cold / t_floor_r:.2f}x {note}"
                )
            )
        t_embit = best_of(1, embit_job(raw, seed_bytes))
        print(
            row(
                "embit",
                t_embit,
                f"coldsign/embit = {t_cold / t_embit:.3f} ({t_embit / t_cold:.1f}x)",
            )
        )
        job = bitcointx_job(raw, seed_bytes, kind)
        if isinstance(job, str):
            print(f"  python-bitcointx  skipped: {job}")
        else:
            t_btx = best_of(1, job)
            ratio = f"coldsign/bitcointx = {t_cold / t_btx:.3f} ({t_btx / t_cold:.1f}x)"
            print(row("python-bitcointx", t_btx, ratio))
        small_ms = f"{t_cold_small * 1000:.1f} ms"
        growth = t_cold / t_cold_small
        print(f"  linearity: {n // 10} inputs {small_ms}, {n} inputs {ms}: {growth:.1f}x for 10x\n")


def row(name: str, seconds: float, ratio: str) -> str:
    return f"  {name:<17} {seconds * 1000:9.1f} ms   {ratio}"


if __name__ == "__main__":
    main()
