"""Proof of reserves (issue 15 items 3-5): the snapshot message, the UTXO snapshot, the Bitcoin
proof file, the EVM address-ownership CSV, and the reserve ratio against a liabilities root.

Pure: bytes in, frozen dataclasses out; decoders raise DecodeError only, verifications raise
AuthenticationError with every reason. The signatures themselves are made through the guarded
signer (payload kinds `proof` and `message`); this module only names, packs and checks them.

- **The snapshot message** names the moment the reserves are proven at, the same text for every
  chain: `Proof of reserves snapshot 2026-12-31T00:00:00Z bitcoin mainnet hash <64 hex> block
  <height>` (the date in UTC; the Bitcoin block's hash and height).
- **The UTXO snapshot** is what a verifier checks a Bitcoin proof against: coldsign's snapshot
  file, Bitcoin Core's `scantxoutset` result (its `height` and `bestblock` name the snapshot), or a
  `listunspent` list (no block: only the message names it).
- **The Bitcoin proof** is a JSON file holding the network, the challenge address, the message and
  the BIP-322 `pof…` signature; `verify_btc_proof` checks every input's signature and amount
  against the snapshot (`messages.bip322.verify` with `utxos`), the message against the snapshot,
  and totals the proven amounts per script type.
- **The EVM CSV** is OKX's published layout (two tables: per-coin totals, then one row per
  address: coin, Network, Snapshot Height, address, amount, message, signature1, signature2,
  redeem script/ public key, eoa1, eoa2). Rows are checked by EIP-191 recovery over the message;
  OKX's own rows hash the message first (personal_sign over keccak256(message)), which `verify`
  accepts too and names. The newer per-line OKX layout (digitalAsset, network, address,
  signedMessage, …) is read as well.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from coldsign.codec.tx import OutPoint, TxOut
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.units import Network, format_units

SNAPSHOT_FORMAT = "coldsign-reserves-snapshot"
PROOF_FORMAT = "coldsign-reserves-btc-proof"
VERSION = 1
MAX_FILE = 64 * 1024 * 1024
MAX_ROWS = 100_000
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"
_MESSAGE = re.compile(
    rf"Proof of reserves snapshot ({_DATE}) bitcoin ([a-z]+) hash ([0-9a-f]{{64}}) "
    r"block (0|[1-9][0-9]{0,8})"
)
OKX_TOTALS_HEADER = ["coin", "snapshot height", "amount"]
OKX_HEADER = ["coin", "Network", "Snapshot Height", "address", "amount", "message", "signature1",
              "signature2", "redeem script/ public key", " eoa1", " eoa2"]  # fmt: skip
OKX_LINE_HEADER = ["digitalAsset", "network", "address", "signedMessage", "signedMessage2",
                   "message", "publicKey", "owner1", "owner2"]  # fmt: skip


@dataclass(frozen=True)
class Snapshot:
    """The moment reserves are proven at: UTC date, Bitcoin network, block hash and height."""

    date: str
    network: Network
    block_hash: str
    height: int

    @property
    def message(self) -> str:
        return (
            f"Proof of reserves snapshot {self.date} bitcoin {self.network.value} hash "
            f"{self.block_hash} block {self.height}"
        )


def snapshot(date: str, network: Network, block_hash: str, height: int) -> Snapshot:
    """A snapshot from operator input; DecodeError naming the bad part."""
    if not re.fullmatch(_DATE, date):
        raise DecodeError("--date", "an ISO-8601 UTC time such as 2026-12-31T00:00:00Z")
    clean = block_hash.strip().lower()
    if not re.fullmatch("[0-9a-f]{64}", clean):
        raise DecodeError("--block-hash", "64 hex digits")
    if not 0 <= height < 10**9:
        raise DecodeError("--height", "a block height")
    return Snapshot(date, network, clean, height)


def parse_snapshot_message(text: str) -> Snapshot | None:
    """The snapshot a message names, or None if it is not a snapshot message."""
    match = _MESSAGE.fullmatch(text)
    if match is None:
        return None
    try:
        network = Network.parse(match.group(2))
    except DecodeError:
        return None
    return Snapshot(match.group(1), network, match.group(3), int(match.group(4)))


# --- the UTXO snapshot ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UtxoSet:
    """UTXOs by outpoint, and the snapshot the source names (None where it names none)."""

    utxos: Mapping[OutPoint, TxOut]
    height: int | None = None
    block_hash: str | None = None
    date: str | None = None
    network: Network | None = None


def _object(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise DecodeError(what, "expected a JSON object")
    return value


def _sats_from_btc(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise DecodeError(what, "an amount in BTC")
    try:
        sats = Decimal(str(value)) * 100_000_000
    except InvalidOperation:
        raise DecodeError(what, "an amount in BTC") from None
    if sats != sats.to_integral_value() or sats < 0 or sats > 21_000_000 * 100_000_000:
        raise DecodeError(what, "an amount in BTC with at most 8 decimals")
    return int(sats)


def _outpoint(txid: object, vout: object, what: str) -> OutPoint:
    if not isinstance(txid, str) or not re.fullmatch("[0-9a-fA-F]{64}", txid):
        raise DecodeError(what, "txid must be 64 hex digits")
    if isinstance(vout, bool) or not isinstance(vout, int) or not 0 <= vout < 2**32:
        raise DecodeError(what, "vout must be an integer")
    return OutPoint(bytes.fromhex(txid)[::-1], vout)


def _script(value: object, what: str) -> bytes:
    if not isinstance(value, str) or not re.fullmatch("(?:[0-9a-fA-F]{2}){1,10000}", value):
        raise DecodeError(what, "scriptPubKey must be hex")
    return bytes.fromhex(value)


def decode_utxo_set(data: bytes) -> UtxoSet:
    """A UTXO snapshot: coldsign's snapshot file, `scantxoutset` output or `listunspent` JSON.
    DecodeError for anything else, or an outpoint listed twice."""
    from coldsign.codec.jsontext import loads

    what = "UTXO snapshot"
    if len(data) > MAX_FILE:
        raise DecodeError(what, "too large")
    doc = loads(data, what, parse_float=Decimal, unique_keys=True)
    utxos: dict[OutPoint, TxOut] = {}

    def add(op: OutPoint, out: TxOut, where: str) -> None:
        if op in utxos:
            raise DecodeError(what, f"{where}: outpoint listed twice")
        utxos[op] = out

    if isinstance(doc, list):  # listunspent
        for i, item in enumerate(doc[: MAX_ROWS + 1]):
            entry = _object(item, f"{what} entry {i}")
            where = f"{what} entry {i}"
            op = _outpoint(entry.get("txid"), entry.get("vout"), where)
            add(op, TxOut(_sats_from_btc(entry.get("amount"), where),
                          _script(entry.get("scriptPubKey"), where)), where)  # fmt: skip
        return UtxoSet(utxos)
    obj = _object(doc, what)
    if obj.get("format") == SNAPSHOT_FORMAT:
        if obj.get("version") != VERSION:
            raise DecodeError(what, f"version {obj.get('version')!r} is not supported")
        snap = snapshot(
            str(obj.get("date")),
            Network.parse(str(obj.get("network"))),
            str(obj.get("block_hash")),
            _int(obj.get("height"), f"{what} height"),
        )
        rows = obj.get("utxos")
        if not isinstance(rows, list) or len(rows) > MAX_ROWS:
            raise DecodeError(what, "utxos must be a list")
        for i, item in enumerate(rows):
            entry = _object(item, f"{what} utxo {i}")
            where = f"{what} utxo {i}"
            amount = entry.get("amount_sat")
            if not isinstance(amount, str) or not re.fullmatch("0|[1-9][0-9]{0,15}", amount):
                raise DecodeError(where, "amount_sat must be a decimal string")
            op = _outpoint(entry.get("txid"), entry.get("vout"), where)
            add(op, TxOut(int(amount), _script(entry.get("script_pubkey"), where)), where)
        return UtxoSet(utxos, snap.height, snap.block_hash, snap.date, snap.network)
    if "unspents" in obj:  # scantxoutset
        rows = obj["unspents"]
        if not isinstance(rows, list) or len(rows) > MAX_ROWS:
            raise DecodeError(what, "unspents must be a list")
        for i, item in enumerate(rows):
            entry = _object(item, f"{what} unspent {i}")
            where = f"{what} unspent {i}"
            op = _outpoint(entry.get("txid"), entry.get("vout"), where)
            add(op, TxOut(_sats_from_btc(entry.get("amount"), where),
                          _script(entry.get("scriptPubKey"), where)), where)  # fmt: skip
        best = obj.get("bestblock")
        if not isinstance(best, str) or not re.fullmatch("[0-9a-f]{64}", best):
            raise DecodeError(what, "bestblock must be 64 hex digits")
        return UtxoSet(utxos, _int(obj.get("height"), f"{what} height"), best)
    raise DecodeError(what, "not a coldsign snapshot, scantxoutset result or listunspent list")


def _int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise DecodeError(what, "an integer")
    return value


def encode_snapshot(snap: Snapshot, utxos: Mapping[OutPoint, TxOut]) -> bytes:
    """coldsign's snapshot file: the snapshot and the UTXOs the proof covers (what verifiers
    re-check against their own node)."""
    import json

    rows = [
        {
            "txid": op.txid_hex,
            "vout": op.vout,
            "amount_sat": str(out.amount_sat),
            "script_pubkey": out.script_pubkey.hex(),
        }
        for op, out in utxos.items()
    ]
    doc = {
        "format": SNAPSHOT_FORMAT,
        "version": VERSION,
        "network": snap.network.value,
        "date": snap.date,
        "height": snap.height,
        "block_hash": snap.block_hash,
        "message": snap.message,
        "utxos": rows,
    }
    return (json.dumps(doc, indent=1) + "\n").encode("ascii")


# --- the Bitcoin proof ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BtcProof:
    """What `reserves btc export` writes: the BIP-322 proof of funds and what it is about."""

    network: Network
    address: str
    message: str
    signature: str  # "pof" + base64(finalized PSBT)


def encode_btc_proof(proof: BtcProof) -> bytes:
    import json

    doc = {
        "format": PROOF_FORMAT,
        "version": VERSION,
        "network": proof.network.value,
        "address": proof.address,
        "message": proof.message,
        "signature": proof.signature,
    }
    return (json.dumps(doc, indent=1) + "\n").encode("ascii")


def decode_btc_proof(data: bytes) -> BtcProof:
    from coldsign.codec.jsontext import loads

    what = "proof of reserves"
    if len(data) > MAX_FILE:
        raise DecodeError(what, "too large")
    doc = _object(loads(data, what, unique_keys=True), what)
    if doc.get("format") != PROOF_FORMAT or doc.get("version") != VERSION:
        raise DecodeError(what, f"not a {PROOF_FORMAT} v{VERSION} file")
    if set(doc) != {"format", "version", "network", "address", "message", "signature"}:
        raise DecodeError(what, "unexpected or missing keys")
    texts = [doc["network"], doc["address"], doc["message"], doc["signature"]]
    if not all(isinstance(t, str) for t in texts):
        raise DecodeError(what, "network, address, message and signature are text")
    network, address, message, signature = (str(t) for t in texts)
    if not signature.startswith("pof"):
        raise DecodeError(what, "the signature is not a BIP-322 proof of funds (pof…)")
    return BtcProof(Network.parse(network), address, message, signature)


@dataclass(frozen=True)
class BtcReserves:
    """A verified Bitcoin proof: the snapshot, the proven total, and per script type."""

    snapshot: Snapshot
    total_sat: int
    by_script_type: tuple[tuple[str, int, int], ...]  # (type, UTXO count, sat)
    utxos_proven: int
    utxos_in_snapshot: int


def verify_btc_proof(proof: BtcProof, utxo_set: UtxoSet) -> BtcReserves:
    """Check every signature and amount against the snapshot's UTXOs, and the message against
    the snapshot the UTXO set names; AuthenticationError with every reason otherwise."""
    from coldsign.messages import bip322

    reasons: list[str] = []
    snap = parse_snapshot_message(proof.message)
    if snap is None:
        raise AuthenticationError(["the proof's message is not a snapshot message"])
    if snap.network is not proof.network and not (
        {snap.network, proof.network} <= {Network.TESTNET, Network.SIGNET}
    ):
        reasons.append(
            f"the message names {snap.network.value}, the proof is for {proof.network.value}"
        )
    if utxo_set.height is not None and utxo_set.height != snap.height:
        reasons.append(
            f"the message names block {snap.height}, the snapshot is at {utxo_set.height}"
        )
    if utxo_set.block_hash is not None and utxo_set.block_hash != snap.block_hash:
        reasons.append("the message names another block hash than the snapshot")
    if utxo_set.date is not None and utxo_set.date != snap.date:
        reasons.append(f"the message names {snap.date}, the snapshot {utxo_set.date}")
    result = bip322.verify(
        proof.address, proof.message, proof.signature, network=proof.network, utxos=utxo_set.utxos
    )
    if not result.valid:
        reasons.extend(f"signature: {r}" for r in result.reasons or ("not valid",))
    elif not result.unconditional:
        reasons.append("the proof is time-locked (only an unconditional proof counts)")
    if reasons:
        raise AuthenticationError(reasons)
    from coldsign.codec.script import classify

    per: dict[str, list[int]] = {}
    for item in result.inputs:
        kind = classify(item.utxo.script_pubkey).value
        count_sat = per.setdefault(kind, [0, 0])
        count_sat[0] += 1
        count_sat[1] += item.utxo.amount_sat
    return BtcReserves(
        snap,
        result.total_sat,
        tuple((k, v[0], v[1]) for k, v in sorted(per.items())),
        len(result.inputs),
        len(utxo_set.utxos),
    )


# --- the EVM address-ownership CSV ---------------------------------------------------------------


class Scheme(enum.Enum):
    """How a row's signature hashes the message."""

    EIP191 = "eip191"  # personal_sign over the message text (what coldsign writes)
    OKX = "okx-keccak"  # personal_sign over keccak256(message) (OKX's published rows)


@dataclass(frozen=True)
class OwnershipRow:
    """One address-ownership row (OKX layout)."""

    coin: str
    network: str
    height: str
    address: str
    amount: str
    message: str
    signature1: str
    signature2: str = ""
    script: str = ""
    eoa1: str = ""
    eoa2: str = ""


def evm_network_name(chain_id: int) -> str:
    """OKX's Network column: ETH for Ethereum mainnet, else the chain's slug in capitals."""
    from coldsign.chains.evm.chains import known_chain

    if chain_id == 1:
        return "ETH"
    chain = known_chain(chain_id)
    return chain.slug.upper() if chain else f"EVM-{chain_id}"


def _csv_text(value: str, what: str) -> str:
    # Cells are data: refuse characters that spreadsheets would run as formulas or that break rows.
    if any(c in value for c in "\r\n\x00") or value[:1] in ("=", "+", "@"):
        raise DecodeError(what, "a cell may not start with = + @ or hold line breaks")
    return value


def encode_okx_csv(rows: Sequence[OwnershipRow]) -> bytes:
    """The OKX layout: per-coin totals, a blank line, then one row per address."""
    totals: dict[str, Decimal] = {}
    heights: dict[str, str] = {}
    for r in rows:
        if r.amount:
            totals[r.coin] = totals.get(r.coin, Decimal(0)) + Decimal(r.amount)
        heights.setdefault(r.coin, r.height or "-")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OKX_TOTALS_HEADER)
    for coin in sorted(heights):
        amount = totals.get(coin)
        writer.writerow([coin, heights[coin], format(amount, "f") if amount is not None else "-"])
    out.write("\n")
    writer.writerow(OKX_HEADER)
    for r in rows:
        cells = [r.coin, r.network, r.height, r.address, r.amount, r.message, r.signature1,
                 r.signature2, r.script, r.eoa1, r.eoa2]  # fmt: skip
        writer.writerow([_csv_text(c, "CSV cell") for c in cells])
    return out.getvalue().encode("utf-8")


def decode_ownership_csv(data: bytes) -> list[OwnershipRow]:
    """Rows of an address-ownership CSV: OKX's published layout (its totals table is skipped)
    or OKX's per-line layout. DecodeError for anything else."""
    what = "address-ownership CSV"
    if len(data) > MAX_FILE:
        raise DecodeError(what, "too large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8") from None
    try:
        table = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise DecodeError(what, f"CSV: {exc}") from None
    if len(table) > MAX_ROWS:
        raise DecodeError(what, f"more than {MAX_ROWS} rows")
    rows: list[OwnershipRow] = []
    header: list[str] | None = None
    for n, cells in enumerate(table, start=1):
        if not cells or all(not c.strip() for c in cells):
            header = None
            continue
        if cells == OKX_TOTALS_HEADER:
            header = cells
            continue
        if cells in (OKX_HEADER, OKX_LINE_HEADER) or [c.strip() for c in cells] == [
            c.strip() for c in OKX_HEADER
        ]:
            header = cells
            continue
        if header is None:
            raise DecodeError(what, f"line {n}: a row before any header")
        if header == OKX_TOTALS_HEADER:
            continue
        if len(cells) < len(header):  # trailing empty cells are often left out
            cells = cells + [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise DecodeError(what, f"line {n}: {len(cells)} cells, the header has {len(header)}")
        c = [x.strip() for x in cells]
        if header == OKX_LINE_HEADER:
            sig2 = "" if c[4] == "null" else c[4]
            rows.append(OwnershipRow(c[0], c[1], "", c[2], "", c[5], c[3], sig2, c[6], c[7], c[8]))
        else:
            rows.append(OwnershipRow(*c))
    if not rows:
        raise DecodeError(what, "no address rows")
    return rows


@dataclass(frozen=True)
class RowCheck:
    """A row's verdict: verified (and by which hashing), skipped (not an EVM row), or failed."""

    row: OwnershipRow
    state: str  # "verified", "failed", "skipped"
    scheme: Scheme | None
    reason: str


_EVM_ADDRESS = re.compile("0x[0-9a-fA-F]{40}")


def verify_ownership_row(row: OwnershipRow) -> RowCheck:
    """EIP-191 recovery of an EVM row's signature(s) to its address (or its eoa1/eoa2 owners for
    a contract wallet). Rows that are not EVM addresses are skipped, never counted."""
    from coldsign.chains.evm.address import Address
    from coldsign.chains.evm.hashing import keccak256
    from coldsign.messages import eip191
    from coldsign.messages.evmsig import EvmSignature

    if not _EVM_ADDRESS.fullmatch(row.address):
        return RowCheck(row, "skipped", None, "not an EVM address")
    try:
        address = Address.parse(row.address, "address")
        owners = [Address.parse(e, "eoa") for e in (row.eoa1, row.eoa2) if e]
        sigs = [EvmSignature.from_hex(s) for s in (row.signature1, row.signature2) if s]
    except DecodeError as exc:
        return RowCheck(row, "failed", None, str(exc))
    expected = owners or [address]
    if len(sigs) < len(expected):
        return RowCheck(row, "failed", None, f"{len(expected)} signature(s) needed")
    for scheme, message in ((Scheme.EIP191, row.message.encode("utf-8")),
                            (Scheme.OKX, keccak256(row.message.encode("utf-8")))):  # fmt: skip
        if all(eip191.recover(message, s) == e for s, e in zip(sigs, expected, strict=False)):
            return RowCheck(row, "verified", scheme, "")
    return RowCheck(row, "failed", None, "the signature does not recover to the address")


# --- liabilities and the report ------------------------------------------------------------------


@dataclass(frozen=True)
class LiabilityTotals:
    """The per-asset totals a liabilities root commits to (base units and decimals)."""

    snapshot: str
    root_hash: str
    totals: tuple[tuple[str, int, int], ...]  # (asset, total base units, decimals)
    root_checked: bool  # True when the root hash was recomputed from its fields


def decode_liabilities_root(data: bytes) -> LiabilityTotals:
    """The liabilities root document (`coldsign-liabilities-root`, written by `reserves
    liabilities build`). When coldsign.reserves.liabilities is installed its decoder and root
    check are used; otherwise the same JSON is read here and the root hash is not recomputed."""
    import importlib

    try:
        core = importlib.import_module("coldsign.reserves.liabilities")
    except ModuleNotFoundError:
        core = None
    if core is not None:
        root = core.decode_root(data)
        core.verify_root(root)
        return LiabilityTotals(
            str(root.snapshot),
            bytes(root.root_hash).hex(),
            tuple(
                (str(a.name), int(t), int(a.decimals))
                for a, t in zip(root.assets, root.totals, strict=True)
            ),
            True,
        )
    from coldsign.codec.jsontext import loads

    what = "liabilities root"
    doc = _object(loads(data, what, unique_keys=True), what)
    if doc.get("format") != "coldsign-liabilities-root" or doc.get("version") != 1:
        raise DecodeError(what, "not a coldsign-liabilities-root v1 document")
    assets = doc.get("assets")
    totals = doc.get("totals")
    root_hash = doc.get("root_hash")
    snap = doc.get("snapshot")
    if not isinstance(assets, list) or not isinstance(totals, dict) or not isinstance(snap, str):
        raise DecodeError(what, "assets, totals and snapshot are required")
    if not isinstance(root_hash, str) or not re.fullmatch("[0-9a-f]{64}", root_hash):
        raise DecodeError(what, "root_hash must be 64 hex digits")
    out: list[tuple[str, int, int]] = []
    for i, a in enumerate(assets):
        entry = _object(a, f"{what} asset {i}")
        name, decimals = entry.get("name"), entry.get("decimals")
        if not isinstance(name, str) or isinstance(decimals, bool) or not isinstance(decimals, int):
            raise DecodeError(what, f"asset {i}: name and decimals")
        total = totals.get(name)
        if not isinstance(total, str) or not re.fullmatch("0|[1-9][0-9]{0,38}", total):
            raise DecodeError(what, f"totals.{name}: a decimal string of base units")
        out.append((name, int(total), decimals))
    if set(totals) != {n for n, _, _ in out}:
        raise DecodeError(what, "totals and assets name different assets")
    return LiabilityTotals(snap, root_hash, tuple(out), False)


@dataclass(frozen=True)
class Ratio:
    """One asset's reserves against its liabilities; `flagged` when under 100%."""

    asset: str
    reserves: Decimal
    liabilities: Decimal
    percent: Decimal | None  # None when nothing is owed

    @property
    def flagged(self) -> bool:
        return self.percent is not None and self.percent < 100


def reserve_ratios(reserves: Mapping[str, Decimal], liabilities: LiabilityTotals) -> list[Ratio]:
    """Per asset: verified reserves / liabilities (in whole units), every asset of either side."""
    owed = {name: Decimal(total).scaleb(-decimals) for name, total, decimals in liabilities.totals}
    out = []
    for asset in sorted(set(owed) | set(reserves)):
        held = reserves.get(asset, Decimal(0))
        due = owed.get(asset, Decimal(0))
        percent = None if due == 0 else (held * 100 / due).quantize(Decimal("0.01"))
        out.append(Ratio(asset, held, due, percent))
    return out


def sat_to_btc(sat: int) -> Decimal:
    return Decimal(format_units(sat, 8))
