"""Build an unsigned PSBT (BIP-174 v0) from a UTXO list: the initiator's `payload build`.

Inputs come from Bitcoin Core's `listunspent` JSON (txid, vout, amount in BTC as a JSON number,
scriptPubKey, optional `desc` with the key origin). Every input must re-derive from the wallet's
descriptor (its origin from `desc`, else a bounded scan of both branches), and carries full
BIP-32 derivation data, so any signer and the policy can verify it. Coins are chosen largest
first; change goes to the wallet's change branch at `change_index` and is dropped into the fee
when it would be dust. Amounts are parsed as decimals, never floats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from coldsign.codec.descriptor import DerivedScript, DescriptorKind
from coldsign.codec.tx import Transaction
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.units import Network

DUST_SAT = 546
MAX_BTC = Decimal(21_000_000)  # no output can hold more
SCAN_LIMIT = 1000  # indexes per branch searched for a UTXO without a `desc`
RBF_SEQUENCE = 0xFFFF_FFFD


@dataclass(frozen=True)
class Utxo:
    txid: bytes  # internal byte order
    vout: int
    amount_sat: int
    script_pubkey: bytes
    derived: DerivedScript


@dataclass(frozen=True)
class Recipient:
    script_pubkey: bytes
    amount_sat: int


def parse_utxos(data: bytes, wallet: Any) -> list[Utxo]:
    """Decode `listunspent` JSON and re-derive every entry from `wallet` (DecodeError otherwise)."""
    what = "UTXO list"
    from coldsign.codec.jsontext import loads

    raw = loads(data, what, parse_float=Decimal)
    if not isinstance(raw, list) or not raw:
        raise DecodeError(what, "must be a non-empty JSON list (bitcoin-cli listunspent)")
    utxos = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise DecodeError(what, f"entry {i} is not an object")
        try:
            txid = bytes.fromhex(str(item["txid"]))[::-1]
            vout = item["vout"]
            amount = Decimal(str(item["amount"]))
            spk = bytes.fromhex(str(item["scriptPubKey"]))
        except (KeyError, ValueError, ArithmeticError):
            raise DecodeError(
                what, f"entry {i} needs txid, vout, amount and scriptPubKey"
            ) from None
        # vout must be a JSON integer (int() of null raised TypeError; of 1.9 it gave 1), and the
        # amount a finite number of BTC in range before it is scaled (a huge exponent raised
        # decimal.Overflow / InvalidOperation). Found by fuzz/fuzz_utxo_list.py.
        if (
            len(txid) != 32
            or not isinstance(vout, int)
            or isinstance(vout, bool)
            or not 0 <= vout < 2**32
            or not amount.is_finite()
            or not 0 < amount <= MAX_BTC
        ):
            raise DecodeError(what, f"entry {i}: bad txid, vout or amount")
        sats = amount * 100_000_000
        if sats != sats.to_integral_value() or sats <= 0:
            raise DecodeError(what, f"entry {i}: bad txid, vout or amount")
        derived = _locate(wallet, spk, item.get("desc"))
        if derived is None:
            raise DecodeError(
                what, f"entry {i} ({item['txid']}:{vout}) does not derive from the wallet"
            )
        utxos.append(Utxo(txid, vout, int(sats), spk, derived))
    return utxos


def _locate(wallet: Any, spk: bytes, desc: object) -> DerivedScript | None:
    if isinstance(desc, str):
        from coldsign.codec.descriptor import parse_descriptor

        try:
            claimed = [
                (k.public_key, k.origin)
                for k in parse_descriptor(desc).derive(0).keys
                if k.origin is not None
            ]
        except DecodeError:
            claimed = []
        owned = wallet.match(spk, claimed)
        if owned is not None:
            return owned.derived  # type: ignore[no-any-return]
    for branch in range(len(wallet.branches)):
        for index in range(SCAN_LIMIT):
            derived = wallet.derive_at((branch, index))
            if derived.script_pubkey == spk:
                return derived  # type: ignore[no-any-return]
    return None


def input_vbytes(kind: DescriptorKind, derived: DerivedScript) -> float:
    """Virtual size of one signed input of this kind (outpoint, sequence, scripts, witness)."""
    if kind is DescriptorKind.WPKH:
        return 41 + (1 + 1 + 72 + 1 + 33) / 4
    if kind is DescriptorKind.SH_WPKH:
        return 41 + 23 + (1 + 1 + 72 + 1 + 33) / 4
    if kind is DescriptorKind.TR:
        return 41 + (1 + 1 + 64) / 4
    ws = derived.witness_script or b""
    m = ws[0] - 0x50 if ws else 1
    witness = 1 + 1 + m * (1 + 72) + len(ws) + 3
    return 41 + witness / 4


def output_vbytes(script_pubkey: bytes) -> int:
    return 8 + 1 + len(script_pubkey)


def build_psbt(
    wallet: Any,
    utxos: Sequence[Utxo],
    recipients: Sequence[Recipient],
    *,
    fee_rate: Decimal,
    change_index: int,
    previous: Mapping[bytes, Transaction] | None = None,
) -> Any:
    """Choose coins (largest first), add change, and return the unsigned PSBT. `previous` maps
    txids (internal order) to previous transactions: an input spending one of them carries it as
    `non_witness_utxo`, which proves a segwit v0 amount (CVE-2020-14199; `require_previous_tx`)."""
    from coldsign.codec.psbt import (
        GLOBAL_UNSIGNED_TX,
        IN_BIP32_DERIVATION,
        IN_NON_WITNESS_UTXO,
        IN_REDEEM_SCRIPT,
        IN_TAP_BIP32_DERIVATION,
        IN_TAP_INTERNAL_KEY,
        IN_WITNESS_SCRIPT,
        IN_WITNESS_UTXO,
        InputMap,
        OutputMap,
        Psbt,
        PsbtMap,
        Record,
    )
    from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut

    if not recipients:
        raise PolicyViolation(["no recipients"])
    kind = wallet.branches[0].kind
    change = wallet.derive_at((1, change_index)) if len(wallet.branches) > 1 else None
    if change is None:
        raise PolicyViolation(["the wallet has no change branch (use a <0;1>/* descriptor)"])
    target = sum(r.amount_sat for r in recipients)
    base = 10.5 + sum(output_vbytes(r.script_pubkey) for r in recipients)
    chosen: list[Utxo] = []
    total = 0
    fee = 0
    for utxo in sorted(utxos, key=lambda u: u.amount_sat, reverse=True):
        chosen.append(utxo)
        total += utxo.amount_sat
        vsize = (
            base
            + sum(input_vbytes(kind, u.derived) for u in chosen)
            + output_vbytes(change.script_pubkey)
        )
        fee = int((Decimal(str(vsize)) * fee_rate).to_integral_value(rounding="ROUND_CEILING"))
        if total >= target + fee:
            break
    else:
        raise PolicyViolation(
            [f"insufficient funds: {total} sat available, {target} sat + fee needed"]
        )
    change_amount = total - target - fee
    outputs = [TxOut(r.amount_sat, r.script_pubkey) for r in recipients]
    with_change = change_amount >= DUST_SAT
    if with_change:
        outputs.append(TxOut(change_amount, change.script_pubkey))
    tx = Transaction(
        2,
        tuple(TxIn(OutPoint(u.txid, u.vout), b"", RBF_SEQUENCE) for u in chosen),
        tuple(outputs),
        0,
    )
    global_map = PsbtMap(
        "global", (Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False)),)
    )
    inputs = []
    for u in chosen:
        prev = (previous or {}).get(u.txid)
        records = [
            Record.make(IN_WITNESS_UTXO, b"", TxOut(u.amount_sat, u.script_pubkey).serialize())
        ]
        records.extend(
            _derivation_records(
                u.derived,
                IN_BIP32_DERIVATION,
                IN_TAP_BIP32_DERIVATION,
                IN_TAP_INTERNAL_KEY,
                IN_REDEEM_SCRIPT,
                IN_WITNESS_SCRIPT,
            )
        )
        if prev is not None:
            if u.vout >= len(prev.outputs) or prev.outputs[u.vout] != TxOut(
                u.amount_sat, u.script_pubkey
            ):
                raise DecodeError(
                    "previous transactions",
                    f"{u.txid[::-1].hex()}:{u.vout}: the previous transaction does not pay the "
                    "UTXO list's amount and script",
                )
            records.append(Record.make(IN_NON_WITNESS_UTXO, b"", prev.serialize(witness=False)))
        inputs.append(InputMap("input", ()).with_records(records))
    output_maps: list[Any] = [OutputMap("output", ()) for _ in recipients]
    if with_change:
        from coldsign.codec.psbt import (
            OUT_BIP32_DERIVATION,
            OUT_REDEEM_SCRIPT,
            OUT_TAP_BIP32_DERIVATION,
            OUT_TAP_INTERNAL_KEY,
            OUT_WITNESS_SCRIPT,
        )

        records = _derivation_records(
            change,
            OUT_BIP32_DERIVATION,
            OUT_TAP_BIP32_DERIVATION,
            OUT_TAP_INTERNAL_KEY,
            OUT_REDEEM_SCRIPT,
            OUT_WITNESS_SCRIPT,
        )
        output_maps.append(OutputMap("output", ()).with_records(records))
    from coldsign.codec.psbt import parse_psbt

    psbt = Psbt(0, global_map, tuple(inputs), tuple(output_maps))
    return parse_psbt(psbt.serialize())  # re-parse: what we built must pass our own validation


def _derivation_records(
    d: DerivedScript, bip32: int, tap_bip32: int, tap_internal: int, redeem: int, witness: int
) -> list[Any]:
    from coldsign.codec.psbt import KeyPath, Record
    from coldsign.codec.reader import compact_size

    records = []
    if d.redeem_script is not None:
        records.append(Record.make(redeem, b"", d.redeem_script))
    if d.witness_script is not None:
        records.append(Record.make(witness, b"", d.witness_script))
    for key in d.keys:
        if key.origin is None:
            continue
        path = KeyPath(key.origin.fingerprint, tuple(key.origin.path)).serialize()
        if d.internal_key is not None:
            records.append(Record.make(tap_bip32, key.public_key[-32:], compact_size(0) + path))
        else:
            records.append(Record.make(bip32, key.public_key, path))
    if d.internal_key is not None:
        records.append(Record.make(tap_internal, b"", d.internal_key))
    return records


def parse_recipient(text: str, network: Network) -> Recipient:
    """`ADDRESS:AMOUNT` with the amount in BTC as a decimal string."""
    from coldsign.codec.script import script_from_address
    from coldsign.units import btc_to_sat

    address, sep, amount = text.rpartition(":")
    if not sep:
        raise DecodeError("--to", "must be ADDRESS:AMOUNT (amount in BTC)")
    sats = btc_to_sat(amount)
    if sats <= 0:
        raise DecodeError("--to", "amount must be positive")
    return Recipient(script_from_address(address, network), sats)


MAX_PREVIOUS_TXS = 10_000


def parse_previous_txs(data: bytes) -> dict[bytes, Transaction]:
    """Previous transactions by txid (internal order), from Bitcoin Core's output: a JSON list of
    `getrawtransaction` hex strings or `gettransaction` objects (their "hex"), one object, or
    hex lines. DecodeError naming the entry for anything else."""
    from coldsign.codec.jsontext import loads
    from coldsign.codec.tx import parse_tx

    what = "previous transactions"
    text = data.strip()
    items: list[object]
    if text[:1] in (b"[", b"{"):
        raw = loads(text, what)
        items = raw if isinstance(raw, list) else [raw]
    else:
        items = [line.decode("ascii", "replace") for line in text.split() if line]
    if len(items) > MAX_PREVIOUS_TXS:
        raise DecodeError(what, f"more than {MAX_PREVIOUS_TXS} transactions")
    found: dict[bytes, Transaction] = {}
    for i, item in enumerate(items):
        hex_text = item.get("hex") if isinstance(item, dict) else item
        if not isinstance(hex_text, str):
            raise DecodeError(what, f"entry {i} is neither transaction hex nor an object with hex")
        try:
            raw_tx = bytes.fromhex(hex_text.strip())
        except ValueError:
            raise DecodeError(what, f"entry {i} is not hex") from None
        tx = parse_tx(raw_tx, f"{what} entry {i}")
        found[tx.txid] = tx
    return found
