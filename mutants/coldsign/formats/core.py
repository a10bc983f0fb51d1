"""Bitcoin Core's `importdescriptors` request (and Sparrow's descriptor file) for a wallet.

Core takes a JSON array of requests; coldsign writes one per branch of the wallet: the receive
descriptor (`internal: false`) and the change descriptor (`internal: true`), each single-path
with its BIP-380 checksum, `active: true`, a `range` and a `timestamp`. Single-path requests work
on every Core since 0.21 (multipath descriptors need Core 29); `bitcoin-cli -rpcwallet=W
importdescriptors "$(cat FILE)"` reads the file as is.

`timestamp` is when the wallet's first transaction could have happened: Core rescans the chain
from there. 0 (the default) is always correct and scans everything; "now" skips the rescan and
is right only for a wallet whose keys were just created.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Literal

from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.jsontext import loads
from coldsign.errors import DecodeError

DEFAULT_RANGE_END = 999  # Core's default keypool size is 1000
MAX_RANGE_END = 1_000_000
MAX_REQUESTS = 64


@dataclasses.dataclass(frozen=True)
class ImportRequest:
    """One element of an importdescriptors array (the fields coldsign writes and reads)."""

    desc: str
    timestamp: int | Literal["now"]
    active: bool
    internal: bool
    range: tuple[int, int] | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"desc": self.desc, "timestamp": self.timestamp}
        out["active"] = self.active
        out["internal"] = self.internal
        if self.range is not None:
            out["range"] = list(self.range)
        return out


def import_requests(
    wallet: Wallet, *, timestamp: int | Literal["now"] = 0, range_end: int = DEFAULT_RANGE_END
) -> list[ImportRequest]:
    """The requests for every branch of `wallet`: branch 0 receive, branch 1 change."""
    if timestamp != "now" and (isinstance(timestamp, bool) or not 0 <= timestamp < 2**32):
        raise ValueError("timestamp must be a unix time or 'now'")
    if not 0 <= range_end <= MAX_RANGE_END:
        raise ValueError(f"range end must be 0..{MAX_RANGE_END}")
    requests = []
    for branch, descriptor in enumerate(wallet.branches):
        requests.append(
            ImportRequest(
                desc=descriptor.to_string(),
                timestamp=timestamp,
                active=descriptor.is_ranged,  # Core makes only ranged descriptors active
                internal=branch == 1,
                range=(0, range_end) if descriptor.is_ranged else None,
            )
        )
    return requests


def encode_import(requests: list[ImportRequest]) -> bytes:
    """The JSON text (indented, one trailing newline)."""
    return (json.dumps([r.to_json() for r in requests], indent=2) + "\n").encode()


def decode_import(data: bytes) -> list[ImportRequest]:
    """Read an importdescriptors array (ours or Core's `listdescriptors` "descriptors" list).

    Total: DecodeError for anything that is not an array of objects with a checksummed `desc`.
    Fields Core accepts but coldsign does not use (label, next_index, ...) are ignored.
    """
    what = "importdescriptors JSON"
    value = loads(data, what, unique_keys=True)
    if isinstance(value, dict) and isinstance(value.get("descriptors"), list):
        value = value["descriptors"]  # the listdescriptors result
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_REQUESTS:
        raise DecodeError(what, f"not an array of 1 to {MAX_REQUESTS} requests")
    out = []
    for position, item in enumerate(value):
        where = f"{what} request {position}"
        if not isinstance(item, dict) or not isinstance(item.get("desc"), str):
            raise DecodeError(where, "not an object with a desc string")
        if "#" not in item["desc"]:
            raise DecodeError(where, "desc has no checksum")
        timestamp = item.get("timestamp", 0)
        if timestamp != "now" and (isinstance(timestamp, bool) or not isinstance(timestamp, int)):
            raise DecodeError(where, "timestamp is not an integer or 'now'")
        active, internal = item.get("active", False), item.get("internal", False)
        if not isinstance(active, bool) or not isinstance(internal, bool):
            raise DecodeError(where, "active and internal must be booleans")
        span = item.get("range")
        parsed_range: tuple[int, int] | None = None
        if span is not None:
            if isinstance(span, int) and not isinstance(span, bool):
                span = [0, span]
            if (
                not isinstance(span, list)
                or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
                or not 0 <= span[0] <= span[1] <= MAX_RANGE_END
            ):
                raise DecodeError(where, "range is not [begin, end]")
            parsed_range = (span[0], span[1])
        out.append(ImportRequest(item["desc"], timestamp, active, internal, parsed_range))
    return out


def sparrow_descriptor_file(wallet: Wallet) -> bytes:
    """The file Sparrow's "Output Descriptor" export writes and its import reads: comment lines,
    then the BIP-389 receive-and-change descriptor as the first paragraph (what Sparrow imports),
    then the receive and change descriptors for Bitcoin Core."""
    lines = ["# Receive and change descriptor (BIP389):", wallet.descriptor_string(), "", ""]
    if len(wallet.branches) == 2:
        lines += [
            "# Receive descriptor (Bitcoin Core):",
            wallet.branches[0].to_string(),
            "",
            "# Change descriptor (Bitcoin Core):",
            wallet.branches[1].to_string(),
        ]
    return ("\n".join(lines).rstrip("\n") + "\n").encode()
