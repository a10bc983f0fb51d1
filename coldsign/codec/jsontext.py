"""Untrusted JSON, decoded totally: nesting is bounded *before* the standard parser runs.

`json.loads` recurses in C for every level of nesting; with the recursion limit raised (some
libraries do), a hostile `[[[[…` can overflow the C stack and crash the process. Counting the
brackets outside strings first turns that into an ordinary DecodeError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from coldsign.errors import DecodeError

# Not `from typing import ...`: typing is a few ms of a customer's verify start-up
# (cli/inclusion.py), and mypy treats any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_DEPTH = 32
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting_depth(data: bytes) -> int:
    """The deepest nesting of arrays and objects in `data`, ignoring brackets inside strings."""
    brackets = _STRING.sub(b"", data).translate(None, delete=_NOT_BRACKETS)
    depth = deepest = 0
    for b in brackets:
        depth += 1 if b in (0x5B, 0x7B) else -1
        deepest = max(deepest, depth)
    return deepest


def loads(
    data: bytes | str,
    what: str,
    *,
    max_depth: int = MAX_DEPTH,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
    parse_float: Callable[[str], Any] | None = None,
    parse_constant: Callable[[str], Any] | None = None,
    unique_keys: bool = False,
) -> Any:
    """Decode untrusted JSON (UTF-8); DecodeError naming `what` for anything malformed or too deep.

    `unique_keys` refuses an object with a repeated key (JSON allows it and the last value wins,
    so a signed file could show a reader one value and the code another). Hooks may raise
    DecodeError themselves; it passes through.
    """
    if unique_keys:
        if object_pairs_hook is not None:
            raise ValueError("give unique_keys or object_pairs_hook, not both")
        object_pairs_hook = _unique_keys_hook(what)
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(what, "not UTF-8 text") from None
    if nesting_depth(raw) > max_depth:
        raise DecodeError(what, f"nested deeper than {max_depth} levels")
    try:
        return json.loads(
            text,
            object_pairs_hook=object_pairs_hook,
            parse_float=parse_float,
            parse_constant=parse_constant,
        )
    # ArithmeticError: parse_float=Decimal raises decimal.InvalidOperation for an exponent beyond
    # what libmpdec holds (found by fuzz/fuzz_utxo_list.py).
    except (json.JSONDecodeError, RecursionError, ValueError, ArithmeticError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError(what, f"not valid JSON ({type(exc).__name__})") from None


def _unique_keys_hook(what: str) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise DecodeError(what, f"duplicate key {key!r}")
            result[key] = value
        return result

    return build


# A JSON value as coldsign emits it (reviews, `--json` results): no `Any` at the seams.
JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
