"""A signed policy body as an admin reads it: every key exactly as signed, with its unit, and the
field-by-field difference between two versions (issue 13.3).

Values are printed as the canonical body holds them (decimal strings stay strings, quoted), so
what an admin reads is what the signature covers; the unit is added beside the value, never
folded into it. Pure: text in, text out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from coldsign.units import is_ascii_decimal

# The asset each chain pays its fees in: a policy's `max_fee` is in these units.
FEE_UNITS: Mapping[str, str] = {"bitcoin": "BTC", "ethereum": "ETH"}
# Which key names a list item of a section (so a diff says `assets[BTC]`, not `assets[0]`).
IDENTITY: Mapping[str, tuple[str, ...]] = {
    "members": ("name",),
    "wallets": ("name",),
    "assets": ("symbol",),
    "transfers": ("asset", "from", "to"),
    "tiers": ("above",),
}


@dataclass(frozen=True)
class _Context:
    """What the unit of a value depends on: the asset (and its chain) of the enclosing table."""

    symbol: str | None = None
    chain: str | None = None


@dataclass(frozen=True)
class Leaf:
    """One value of a body: where it is (`assets[BTC].tiers[0.1].approvals`), the value as
    signed, and its unit (empty when it has none)."""

    path: str
    value: object
    unit: str

    def text(self) -> str:
        return value_text(self.value) + (f" {self.unit}" if self.unit else "")


def value_text(value: object) -> str:
    """A body value exactly as signed: strings quoted (a decimal string is not a float)."""
    if value == "":
        return '"" (empty)'
    return json.dumps(value, ensure_ascii=False)


def unit_of(key: str, value: object, context: _Context) -> str:
    """The unit of `key` in a table of `context`'s asset: amounts in the asset, fee caps in the
    fee asset, rates per vbyte or gas."""
    if context.symbol is None:
        return ""
    if key in ("max_per_tx", "amount", "above"):
        return context.symbol
    if key == "max_fee":
        return FEE_UNITS.get(context.chain or "", "(in the fee asset)")
    if key == "max_fee_rate":
        return "sat/vB"
    if key == "max_fee_per_gas" and isinstance(value, str) and value.endswith("wei"):
        from coldsign.units import format_units

        digits = value.removesuffix("wei")
        return f"(= {format_units(int(digits), 9)} gwei)" if is_ascii_decimal(digits) else ""
    return ""


def _child_context(section: str, item: Mapping[str, object], context: _Context) -> _Context:
    if section == "assets":
        return _Context(_str(item.get("symbol")), _str(item.get("chain")))
    if section == "transfers":
        return _Context(_str(item.get("asset")), context.chain)
    return context


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def body_lines(body: Mapping[str, object], indent: str = "  ") -> list[str]:
    """The body as indented `key: value unit` lines, keys sorted as in the canonical form; list
    items numbered and named by their identity (`[0] BTC`)."""
    return list(_lines(body, indent, _Context()))


def _lines(body: Mapping[str, object], indent: str, context: _Context) -> Iterator[str]:
    for key in sorted(body):
        value = body[key]
        if isinstance(value, Mapping):
            yield f"{indent}{key}:"
            yield from _lines(value, indent + "  ", context)
        elif _is_table_list(value):
            assert isinstance(value, list)
            yield f"{indent}{key}:"
            for i, item in enumerate(value):
                name = _identity(key, item)
                yield f"{indent}  [{i}]" + (f" {name}" if name else "")
                yield from _lines(item, indent + "    ", _child_context(key, item, context))
        else:
            unit = unit_of(key, value, context)
            yield f"{indent}{key}: {value_text(value)}" + (f" {unit}" if unit else "")


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _identity(section: str, item: Mapping[str, object]) -> str:
    names = IDENTITY.get(section, ())
    parts = [str(item[n]) for n in names if n in item]
    if section == "transfers" and len(parts) == 3:
        return f"{parts[0]} {parts[1]}→{parts[2]}"
    if section == "tiers" and parts:
        return f"above {parts[0]}"
    return " ".join(parts)


def leaves(body: Mapping[str, object]) -> list[Leaf]:
    """Every scalar of the body with its path (list items by identity) and unit."""
    return list(_leaves(body, "", _Context()))


def _leaves(body: Mapping[str, object], prefix: str, context: _Context) -> Iterator[Leaf]:
    for key in sorted(body):
        value = body[key]
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, Mapping):
            yield from _leaves(value, path, context)
        elif _is_table_list(value):
            assert isinstance(value, list)
            seen: dict[str, int] = {}
            for i, item in enumerate(value):
                name = _identity(key, item) or str(i)
                seen[name] = seen.get(name, 0) + 1
                if seen[name] > 1:  # two items with one identity: keep them apart by position
                    name = f"{name}#{seen[name]}"
                yield from _leaves(item, f"{path}[{name}]", _child_context(key, item, context))
        else:
            yield Leaf(path, value, unit_of(key, value, context))


@dataclass(frozen=True)
class Change:
    """One field that differs between two bodies: `old` or `new` is None when the field was
    added or removed."""

    path: str
    old: Leaf | None
    new: Leaf | None

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    def text(self) -> str:
        if self.old is None:
            assert self.new is not None
            return f"  added    {self.path}: {self.new.text()}"
        if self.new is None:
            return f"  removed  {self.path}: {self.old.text()}"
        return f"  changed  {self.path}: {self.old.text()} → {self.new.text()}"


def diff(old: Mapping[str, object], new: Mapping[str, object]) -> list[Change]:
    """Every field added, removed or changed from `old` to `new`, in path order."""
    before = {leaf.path: leaf for leaf in leaves(old)}
    after = {leaf.path: leaf for leaf in leaves(new)}
    changes = []
    for path in sorted(set(before) | set(after)):
        a, b = before.get(path), after.get(path)
        if a is None or b is None or a.value != b.value:
            changes.append(Change(path, a, b))
    return changes


def diff_lines(changes: Sequence[Change]) -> list[str]:
    return [c.text() for c in changes] or ["  (no field differs)"]
