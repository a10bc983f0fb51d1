"""BIP-329 wallet labels: JSON Lines, one record per line.

    {"type": "tx", "ref": "<txid>", "label": "...", "origin": "wpkh([d34db33f/84'/0'/0'])"}
    {"type": "output", "ref": "<txid>:<vout>", "label": "...", "spendable": false}

Types: tx, addr, pubkey, input, output, xpub, spscan. `type` and `ref` are required, `label`,
`origin` and `spendable` (outputs only) optional; the BIP's additional fields (height, time, fee,
value, rate, keypath, fmv, heights) are kept as read. The reader is total and bounded: every line
is validated (ref by type, at most 255 characters of label, a bounded number of lines) and
anything malformed raises DecodeError naming the line; records of types the BIP does not define
are skipped and counted, as the BIP asks importers to do.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
from typing import Any

from coldsign.codec.jsontext import loads
from coldsign.errors import DecodeError

MAX_LINES = 100_000
MAX_LINE = 4096
MAX_LABEL = 255
_TXID = re.compile(r"[0-9a-fA-F]{64}")
_OUTPOINT = re.compile(r"([0-9a-fA-F]{64}):([0-9]{1,10})")
_ORIGIN = re.compile(r"[a-z]{2,8}\((?:[a-z]{2,8}\()*\[[0-9a-fA-F]{8}(?:/[0-9]{1,10}['h]?)*\]\)+")
_EXTRA_NUMBERS = ("height", "time", "fee", "value")
_EXTRA_TEXT = ("rate", "keypath", "fmv", "heights")


class LabelType(enum.Enum):
    TX = "tx"
    ADDR = "addr"
    PUBKEY = "pubkey"
    INPUT = "input"
    OUTPUT = "output"
    XPUB = "xpub"
    SPSCAN = "spscan"


@dataclasses.dataclass(frozen=True)
class Label:
    """One BIP-329 record."""

    type: LabelType
    ref: str
    label: str | None = None
    origin: str | None = None
    spendable: bool | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type.value, "ref": self.ref}
        if self.label is not None:
            out["label"] = self.label
        if self.origin is not None:
            out["origin"] = self.origin
        if self.spendable is not None:
            out["spendable"] = self.spendable
        out.update(self.extra)
        return out


@dataclasses.dataclass(frozen=True)
class LabelFile:
    """The records of one export, and how many records of unknown types were skipped."""

    labels: tuple[Label, ...]
    skipped: int = 0
    truncated: int = 0


def encode_labels(labels: list[Label]) -> bytes:
    """JSON Lines, UTF-8, one record per line, a newline after each."""
    for record in labels:
        check_label(record)
    return "".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in labels).encode()


def check_label(record: Label, where: str = "label") -> None:
    """The checks the reader applies, for records coldsign writes (DecodeError)."""
    _check_ref(record.type, record.ref, where)
    if record.label is not None and ("\n" in record.label or len(record.label) > MAX_LABEL):
        raise DecodeError(where, f"label is more than one line or {MAX_LABEL} characters")
    if record.spendable is not None and record.type is not LabelType.OUTPUT:
        raise DecodeError(where, "spendable is only for outputs")
    if record.origin is not None and not _ORIGIN.fullmatch(record.origin):
        raise DecodeError(
            where, "origin is not an abbreviated descriptor like wpkh([fp/84'/0'/0'])"
        )


def _check_ref(kind: LabelType, ref: str, where: str) -> None:
    if kind is LabelType.TX and not _TXID.fullmatch(ref):
        raise DecodeError(where, "a tx ref is a 64-hex-digit txid")
    if kind in (LabelType.INPUT, LabelType.OUTPUT):
        match = _OUTPOINT.fullmatch(ref)
        if match is None or int(match.group(2)) > 0xFFFF_FFFF:
            raise DecodeError(where, f"an {kind.value} ref is txid:index")
    if kind is LabelType.ADDR:
        _check_address(ref, where)
    if kind is LabelType.PUBKEY and not re.fullmatch(
        r"(?:[0-9a-fA-F]{2}){32}|(?:[0-9a-fA-F]{2}){33}|(?:[0-9a-fA-F]{2}){65}", ref
    ):
        raise DecodeError(where, "a pubkey ref is 32, 33 or 65 bytes of hex")
    if kind is LabelType.XPUB:
        from coldsign.codec.bip32 import parse_extended_public_key

        try:
            parse_extended_public_key(ref)
        except DecodeError as exc:
            raise DecodeError(where, f"xpub ref: {exc.reason}") from None
    if kind is LabelType.SPSCAN and not re.fullmatch(r"t?spscan1[02-9ac-hj-np-z]{40,200}", ref):
        raise DecodeError(where, "an spscan ref is a bech32m spscan1... key")


def _check_address(ref: str, where: str) -> None:
    from coldsign.codec.script import script_from_address
    from coldsign.units import Network

    for network in (Network.MAINNET, Network.TESTNET, Network.REGTEST):
        try:
            script_from_address(ref, network)
            return
        except DecodeError:
            continue
    raise DecodeError(where, "an addr ref is a Bitcoin address")


def decode_labels(data: bytes) -> LabelFile:
    """Read a BIP-329 export (total and bounded: DecodeError names the line)."""
    what = "BIP-329 labels"
    if len(data) > MAX_LINES * MAX_LINE:
        raise DecodeError(what, "larger than the export limit")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8") from None
    lines = text.split("\n")
    if len(lines) > MAX_LINES + 1:
        raise DecodeError(what, f"more than {MAX_LINES} lines")
    labels: list[Label] = []
    skipped = truncated = 0
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        where = f"{what} line {number}"
        if len(line) > MAX_LINE:
            raise DecodeError(where, f"longer than {MAX_LINE} characters")
        record = loads(line, where, max_depth=2, unique_keys=True)
        if not isinstance(record, dict):
            raise DecodeError(where, "not a JSON object")
        kind_text, ref = record.get("type"), record.get("ref")
        if not isinstance(kind_text, str) or not isinstance(ref, str):
            raise DecodeError(where, "type and ref are required strings")
        try:
            kind = LabelType(kind_text)
        except ValueError:
            skipped += 1  # BIP-329: ignore types this version does not define
            continue
        label = record.get("label")
        if label is not None and not isinstance(label, str):
            raise DecodeError(where, "label is not a string")
        if label is not None and len(label) > MAX_LABEL:
            label, truncated = label[:MAX_LABEL], truncated + 1
        origin = record.get("origin")
        if origin is not None and not isinstance(origin, str):
            raise DecodeError(where, "origin is not a string")
        spendable = record.get("spendable")
        if spendable is not None and not isinstance(spendable, bool):
            raise DecodeError(where, "spendable is not true or false")
        extra = []
        for key in _EXTRA_NUMBERS + _EXTRA_TEXT:
            if key in record:
                value = record[key]
                if isinstance(value, bool) or not isinstance(
                    value, int | float | str | list | dict
                ):
                    raise DecodeError(where, f"{key} has an unexpected type")
                extra.append((key, value))
        result = Label(kind, ref, label, origin, spendable, tuple(extra))
        check_label(result, where)
        labels.append(result)
    return LabelFile(tuple(labels), skipped, truncated)


# --------------------------------------------------------------------------- what coldsign exports


@dataclasses.dataclass(frozen=True)
class OutputNote:
    """What coldsign knows about one output of a withdrawal."""

    index: int
    change: bool
    whitelist_label: str | None = None


def _clip(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= MAX_LABEL else one_line[: MAX_LABEL - 1] + "…"


def withdrawal_labels(
    withdrawal_id: str, memo: str, txid: str, outputs: list[OutputNote]
) -> list[Label]:
    """Labels for one withdrawal: the transaction (id and memo), each output (the whitelist label
    of its destination, or the withdrawal), change outputs marked "change" and spendable."""
    title = f"withdrawal {withdrawal_id}" + (f": {memo}" if memo else "")
    labels = [Label(LabelType.TX, txid, _clip(title))]
    for note in outputs:
        ref = f"{txid}:{note.index}"
        if note.change:
            labels.append(Label(LabelType.OUTPUT, ref, _clip(f"change of withdrawal {withdrawal_id}"),
                                spendable=True))  # fmt: skip
        else:
            text = note.whitelist_label or "external"
            labels.append(
                Label(LabelType.OUTPUT, ref, _clip(f"{text} (withdrawal {withdrawal_id})"))
            )
    return labels


def address_labels(entries: list[tuple[str, str]]) -> list[Label]:
    """`addr` labels for (address, label) pairs, e.g. the whitelist's Bitcoin entries."""
    return [Label(LabelType.ADDR, address, _clip(label)) for address, label in entries]
