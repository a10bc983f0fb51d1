"""The next unused change index for `payload build` (issue 13.12).

Change that always goes to index 0 reuses one address for every withdrawal: anyone can link
them. The online side has no state of its own, so the used indexes are read from what it
already keeps:

- the UTXO list: a coin on the change branch means its index is used;
- payloads (any stage: built, approved, signed) and PSBTs in `--used-from` files or directories,
  and in the directory the new payload is written to;
- copies of the signer's audit log (`audit.jsonl`, or `coldsign --json audit show` output): every
  signed record names the change addresses it used.

An output counts as used change only if its scriptPubKey re-derives from the wallet's change
branch (PSBT metadata is a hint, checked by derivation). The default is one past the highest
index used, so an index is never reused even when an earlier one was skipped. Reusing an index
costs privacy, not funds: the signer still re-derives every change output.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coldsign.errors import DecodeError

if TYPE_CHECKING:
    from coldsign.chains.bitcoin.build import Utxo
    from coldsign.chains.bitcoin.wallet import Wallet
    from coldsign.codec.psbt import Psbt

CHANGE = 1
SCAN = 200  # change indexes derived to recognise an output without usable derivation data
MAX_FILES = 5000
FILE_CAP = 32 * 1024 * 1024
GAP_LIMIT = 20  # BIP-44's address gap limit: what most wallets scan past the last used address
PSBT_MAGIC = b"psbt\xff"


@dataclass
class UsedChange:
    """Change indexes found in use, and where they were found."""

    indexes: set[int] = field(default_factory=set)
    sources: dict[str, int] = field(default_factory=dict)  # kind of source -> how many were read
    funded: set[int] = field(default_factory=set)  # seen on chain (UTXOs) or signed
    skipped: int = 0  # files that could not be read (too many, too big, unreadable)

    def add(self, kind: str, found: Iterable[int], *, funded: bool = False) -> None:
        found = set(found)
        self.sources[kind] = self.sources.get(kind, 0) + 1
        self.indexes |= found
        if funded:
            self.funded |= found

    @property
    def next_index(self) -> int:
        return max(self.indexes) + 1 if self.indexes else 0

    def describe(self) -> str:
        read = ", ".join(f"{n} {kind}" for kind, n in sorted(self.sources.items())) or "nothing"
        used = (
            f"indexes up to {max(self.indexes)} used ({len(self.indexes)} in all)"
            if self.indexes
            else "no change index used yet"
        )
        skipped = f"; {self.skipped} file(s) not read" if self.skipped else ""
        return f"{used}; read {read}{skipped}"


class ChangeIndexer:
    """Recognises outputs on one wallet's change branch, by derivation."""

    def __init__(self, wallet: Wallet) -> None:
        self.wallet = wallet
        self._known: dict[bytes, int] | None = None

    def _table(self) -> dict[bytes, int]:
        if self._known is None:
            if len(self.wallet.branches) <= CHANGE:
                self._known = {}
            else:
                self._known = {
                    self.wallet.derive_at((CHANGE, i)).script_pubkey: i for i in range(SCAN)
                }
        return self._known

    def index_of(self, script_pubkey: bytes, hint: int | None = None) -> int | None:
        """The change index `script_pubkey` derives at (`hint` first, then the first SCAN)."""
        if len(self.wallet.branches) <= CHANGE:
            return None
        if (
            hint is not None
            and 0 <= hint < 2**31
            and self.wallet.derive_at((CHANGE, hint)).script_pubkey == script_pubkey
        ):
            return hint
        return self._table().get(script_pubkey)

    def in_psbt(self, psbt: Psbt) -> set[int]:
        from coldsign.codec.psbt import OUT_BIP32_DERIVATION, OUT_TAP_BIP32_DERIVATION

        found = set()
        outputs = psbt.unsigned_tx().outputs
        for out, meta in zip(outputs, psbt.outputs, strict=False):
            hints = [
                _last_step(r.value) for r in meta.records if r.type == OUT_BIP32_DERIVATION
            ] + [
                _last_step(_after_leaf_hashes(r.value))
                for r in meta.records
                if r.type == OUT_TAP_BIP32_DERIVATION
            ]
            candidates: list[int | None] = [h for h in hints if h is not None] or [None]
            for hint in candidates:
                index = self.index_of(out.script_pubkey, hint)
                if index is not None:
                    found.add(index)
                    break
        return found

    def in_addresses(self, addresses: Iterable[object]) -> set[int]:
        from coldsign.codec.script import script_from_address

        found = set()
        for address in addresses:
            if not isinstance(address, str):
                continue
            try:
                script = script_from_address(address, self.wallet.network)
            except DecodeError:
                continue  # another network or chain: not this wallet's change
            index = self.index_of(script)
            if index is not None:
                found.add(index)
        return found


def _last_step(value: bytes | None) -> int | None:
    if value is None or len(value) < 8 or len(value) % 4:
        return None
    return int.from_bytes(value[-4:], "little")


def _after_leaf_hashes(value: bytes) -> bytes | None:
    if not value or value[0] >= 0xFD or len(value) < 1 + 32 * value[0]:
        return None
    return value[1 + 32 * value[0] :]


def used_change(
    wallet: Wallet, utxos: Sequence[Utxo], paths: Sequence[Path], out: Path | None
) -> UsedChange:
    """Every change index in use by the UTXO list, the files and directories in `paths`, and the
    directory `out` is written to (payloads and PSBTs; audit logs only when named in `paths`)."""
    indexer = ChangeIndexer(wallet)
    used = UsedChange()
    coins = {indexer.index_of(u.script_pubkey) for u in utxos} - {None}
    used.add("UTXO list", {i for i in coins if i is not None}, funded=True)
    seen: set[Path] = set()
    targets = list(paths)
    if out is not None:
        targets.append(out.parent if str(out.parent) else Path("."))
    for target in targets:
        for file in _files(target, used):
            real = file.resolve()
            if real in seen or (out is not None and real == out.resolve()):
                continue
            seen.add(real)
            _read(file, indexer, used, explicit=target in paths)
    return used


def _files(target: Path, used: UsedChange) -> Iterator[Path]:
    if target.is_file():
        yield target
        return
    if not target.is_dir():
        return
    try:
        entries = sorted(p for p in target.iterdir() if p.is_file())
    except OSError:
        used.skipped += 1
        return
    if len(entries) > MAX_FILES:
        used.skipped += len(entries) - MAX_FILES
    yield from entries[:MAX_FILES]


def _read(file: Path, indexer: ChangeIndexer, used: UsedChange, *, explicit: bool) -> None:
    """One file: a payload, a PSBT (binary or base64), or an audit log copy; others are not
    ours and are passed over silently."""
    from coldsign.codec.payload import MAGIC, parse_payload
    from coldsign.codec.psbt import parse_psbt

    try:
        if file.stat().st_size > FILE_CAP:
            used.skipped += 1
            return
        data = file.read_bytes()
    except OSError:
        used.skipped += 1
        return
    try:
        if data.startswith(MAGIC):
            payload = parse_payload(data)
            if payload.chain == "bitcoin":
                used.add("payloads", indexer.in_psbt(parse_psbt(payload.transaction)))
        elif data.startswith(PSBT_MAGIC):
            used.add("PSBTs", indexer.in_psbt(parse_psbt(data)))
        elif data.lstrip()[:6] == b"cHNidP":  # base64 of "psbt\xff"
            import base64
            import binascii

            try:
                raw = base64.b64decode(data.strip(), validate=True)
            except (binascii.Error, ValueError):
                return
            used.add("PSBTs", indexer.in_psbt(parse_psbt(raw)))
        elif explicit and data.lstrip()[:1] in (b"{", b"["):
            try:
                addresses = list(_signed_change_addresses(data))
            except DecodeError:
                return  # JSON, but not an audit log: not ours
            used.add("signer audit logs", indexer.in_addresses(addresses), funded=True)
    except DecodeError:
        used.skipped += 1  # looks like a payload or PSBT but does not decode


def _signed_change_addresses(data: bytes) -> Iterator[object]:
    """The change addresses of every `signed` record in an audit log copy: JSON Lines as the
    home keeps it, or the JSON list `coldsign --json audit show` prints."""
    from coldsign.codec.jsontext import loads

    text = data.strip()
    records: list[object] = []
    if text.startswith(b"["):
        parsed = loads(text, "audit records")
        records = parsed if isinstance(parsed, list) else []
    else:
        for line in text.splitlines():
            if line.strip():
                records.append(loads(line, "audit record"))
    for record in records:
        if not isinstance(record, dict) or record.get("decision") != "signed":
            continue
        details = record.get("details")
        change = details.get("change") if isinstance(details, dict) else None
        if isinstance(change, list):
            yield from change


@dataclass(frozen=True)
class ChangeChoice:
    """The change index to use, and what the operator is told about it."""

    index: int
    note: str
    warning: str | None = None


def choose_change_index(
    wallet: Wallet,
    utxos: Sequence[Utxo],
    given: int | None,
    paths: Sequence[Path],
    out: Path | None,
) -> ChangeChoice:
    """`--change-index` when given (a warning if it is already used), else the next unused."""
    used = used_change(wallet, utxos, paths, out)
    if given is not None:
        warning = (
            f"change index {given} is already used ({used.describe()}): reusing it links "
            "withdrawals"
            if given in used.indexes
            else None
        )
        return ChangeChoice(given, f"change index {given} (given)", warning)
    index = used.next_index
    warning = None
    last_funded = max(used.funded) if used.funded else -1
    if index - last_funded > GAP_LIMIT:
        warning = (
            f"change index {index} is more than {GAP_LIMIT} past the last one seen funded or "
            f"signed ({last_funded}): a wallet that scans with a gap limit of {GAP_LIMIT} may "
            "not see it; raise its gap limit"
        )
    return ChangeChoice(index, f"change index {index}, the next unused: {used.describe()}", warning)
