"""Build unsigned PSBTs paying from a test seed's wallet (signer, summary and CLI tests; the bench).

Everything is derived with coldsign's own descriptor code from public keys, as a watch-only
coordinator would; the tests then check the results with an independent library (embit).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec import psbt as P
from coldsign.codec.bip32 import HARDENED, KeyOrigin
from coldsign.codec.psbt import InputMap, OutputMap, Psbt, PsbtMap, Record
from coldsign.codec.reader import compact_size
from coldsign.codec.script import p2wpkh_script
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Seed
from coldsign.units import Network

NETWORK = Network.TESTNET
# Single-key kinds: (BIP-44/49/84/86 purpose, the descriptor around the key).
ACCOUNT = {"wpkh": (84, "wpkh({})"), "sh-wpkh": (49, "sh(wpkh({}))"), "tr": (86, "tr({})"),
           "pkh": (44, "pkh({})")}  # fmt: skip
# 2-of-n kinds: (BIP-48's script type step, the descriptor around the multisig).
MULTISIG = {"wsh-sortedmulti": (2, "wsh({})"), "wsh-multi": (2, "wsh({})"),
            "sh-wsh-sortedmulti": (1, "sh(wsh({}))"), "sh-sortedmulti": (0, "sh({})")}  # fmt: skip
LEGACY = ("pkh", "sh-sortedmulti")  # kinds without a witness: no witness UTXO, the previous tx
FOREIGN_SPK = p2wpkh_script(bytes.fromhex("02" + "11" * 32))  # not on the curve check: not needed


def seed_of(label: str) -> Seed:
    return Seed(hashlib.sha256(label.encode()).digest())


def account_key(seed: Seed, path: tuple[int, ...]) -> tuple[str, str]:
    """("[fp/path]", tpub) of the account at `path`."""
    root = ExtendedPrivateKey.from_seed(seed, NETWORK)
    acct = root.derive(path)
    origin = KeyOrigin(root.fingerprint, path).to_string()
    return f"[{origin}]", acct.public().to_string()


def descriptor_for(kind: str, seeds: list[Seed]) -> str:
    """A multipath (<0;1>/*) descriptor of `kind` over `seeds` (one seed unless multisig)."""
    if kind in ACCOUNT:
        purpose, template = ACCOUNT[kind]
        origin, xpub = account_key(seeds[0], (purpose | HARDENED, 1 | HARDENED, HARDENED))
        return template.format(f"{origin}{xpub}/<0;1>/*")
    if kind in MULTISIG:
        script_type, template = MULTISIG[kind]
        path = (48 | HARDENED, 1 | HARDENED, HARDENED, script_type | HARDENED)
        keys = ",".join(f"{o}{x}/<0;1>/*" for o, x in (account_key(s, path) for s in seeds))
        fn = "multi" if kind == "wsh-multi" else "sortedmulti"
        return template.format(f"{fn}(2,{keys})")
    raise ValueError(kind)


def _origin_bytes(origin: KeyOrigin | None) -> bytes:
    assert origin is not None
    return origin.fingerprint + b"".join(i.to_bytes(4, "little") for i in origin.path)


def _key_records(derived: object, *, output: bool) -> list[Record]:
    kind = derived.kind.value  # type: ignore[attr-defined]
    keys = derived.keys  # type: ignore[attr-defined]
    recs: list[Record] = []
    if kind == "tr":
        internal = derived.internal_key  # type: ignore[attr-defined]
        value = compact_size(0) + _origin_bytes(keys[0].origin)
        t_internal = P.OUT_TAP_INTERNAL_KEY if output else P.IN_TAP_INTERNAL_KEY
        t_deriv = P.OUT_TAP_BIP32_DERIVATION if output else P.IN_TAP_BIP32_DERIVATION
        recs.append(Record.make(t_internal, b"", internal))
        recs.append(Record.make(t_deriv, internal, value))
        return recs
    redeem = derived.redeem_script  # type: ignore[attr-defined]
    witness = derived.witness_script  # type: ignore[attr-defined]
    if redeem is not None:
        recs.append(Record.make(P.OUT_REDEEM_SCRIPT if output else P.IN_REDEEM_SCRIPT, b"", redeem))
    if witness is not None:
        recs.append(
            Record.make(P.OUT_WITNESS_SCRIPT if output else P.IN_WITNESS_SCRIPT, b"", witness)
        )
    t_deriv = P.OUT_BIP32_DERIVATION if output else P.IN_BIP32_DERIVATION
    for k in keys:
        recs.append(Record.make(t_deriv, k.public_key, _origin_bytes(k.origin)))
    return recs


@dataclass(frozen=True)
class Built:
    psbt: Psbt
    wallet: Wallet
    descriptor: str
    input_total: int


def build_psbt(
    kind: str,
    seeds: list[Seed],
    n_inputs: int = 2,
    *,
    amount: int = 100_000,
    send: int | None = None,
    fee: int = 1_000,
    change_index: int | None = 3,
    non_witness_utxo: bool = False,
    extra_outputs: tuple[TxOut, ...] = (),
) -> Built:
    """An unsigned v0 PSBT spending `n_inputs` receive addresses 0..n-1 of the wallet.

    Pays `send` (default: half) to a foreign P2WPKH and the rest minus `fee` to change at
    `change_index` (no change output if None: everything left over goes to the foreign output).
    """
    text = descriptor_for(kind, seeds)
    wallet = Wallet.from_descriptor(text, NETWORK)
    total = amount * n_inputs
    inputs: list[TxIn] = []
    in_maps: list[InputMap] = []
    for i in range(n_inputs):
        derived = wallet.derive_at((0, i))
        spent = TxOut(amount, derived.script_pubkey)
        recs: list[Record] = []
        if non_witness_utxo:
            prev = Transaction(2, (TxIn(OutPoint(bytes([i % 256]) * 32, i)),), (spent,), 0)
            outpoint = OutPoint(prev.txid, 0)
            recs.append(Record.make(P.IN_NON_WITNESS_UTXO, b"", prev.serialize()))
        else:
            outpoint = OutPoint(hashlib.sha256(b"prev%d" % i).digest(), i % 3)
        if kind not in LEGACY:
            recs.append(Record.make(P.IN_WITNESS_UTXO, b"", spent.serialize()))
        recs.extend(_key_records(derived, output=False))
        inputs.append(TxIn(outpoint, b"", 0xFFFFFFFD))
        in_maps.append(InputMap("input", PsbtMap("input").with_records(recs).records))
    send_amount = total // 2 if send is None else send
    outputs: list[TxOut] = [TxOut(send_amount, FOREIGN_SPK), *extra_outputs]
    out_maps: list[OutputMap] = [OutputMap("output") for _ in outputs]
    if change_index is not None:
        change = wallet.derive_at((1, change_index))
        rest = total - send_amount - fee - sum(o.amount_sat for o in extra_outputs)
        outputs.append(TxOut(rest, change.script_pubkey))
        out_maps.append(
            OutputMap(
                "output", PsbtMap("output").with_records(_key_records(change, output=True)).records
            )
        )
    tx = Transaction(2, tuple(inputs), tuple(outputs), 0)
    gmap = PsbtMap("global").with_record(
        Record.make(P.GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
    )
    psbt = P.parse_psbt(Psbt(0, gmap, tuple(in_maps), tuple(out_maps)).serialize())
    return Built(psbt, wallet, text, total)


def fixed_aux(counter: list[int] | None = None) -> bytes:
    """Deterministic BIP-340 auxiliary randomness for reproducible tests."""
    return b"\x42" * 32
