"""Review screens that fit the terminal without splitting what an operator compares (issue 13.7).

An amount with its unit, an address, a txid, an outpoint and the approval digest are *atoms*:
lines break between atoms and between the words of prose, never inside an atom. A table is
drawn only when every atom column fits at its full width; otherwise each row becomes a short
block of lines. Text from a payload stays `rich.text.Text` (never markup).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

MIN_WIDTH = 40
CONTINUATION = 4  # indent of a wrapped line
UNIT_WORDS = ("BTC", "sat/vB", "sat", "vB", "gwei", "wei", "ETH")
_AMOUNT = re.compile(
    r"-?\d[\d,]*(?:\.\d+)? (?:" + "|".join(re.escape(u) for u in UNIT_WORDS) + r")\b\)?"
)
_GLUE = "\x00"


@dataclass(frozen=True)
class Atom:
    """A piece of a line that is never broken: its text and style."""

    text: str
    style: str = ""


def atoms(text: str, style: str = "", units: Sequence[str] = ()) -> list[Atom]:
    """Prose as atoms: one per word, except that an amount stays with its unit (`0.05 BTC`,
    `(703 sat)`, `4.99 sat/vB`, `1500.25 USDC` for the given asset `units`)."""
    pattern = _AMOUNT
    if units:
        extra = "|".join(re.escape(u) for u in units if u)
        pattern = re.compile(
            r"-?\d[\d,]*(?:\.\d+)? (?:"
            + "|".join([*(re.escape(u) for u in UNIT_WORDS), extra])
            + r")\b\)?"
        )
    glued = pattern.sub(lambda m: m.group(0).replace(" ", _GLUE), text)
    return [Atom(word.replace(_GLUE, " "), style) for word in glued.split()]


def flow(
    parts: Sequence[Atom], width: int, *, indent: int = 0, hang: int = CONTINUATION, sep: str = " "
) -> list[Text]:
    """Lines of at most `width` columns, breaking only between atoms (joined by `sep`); wrapped
    lines are indented by `indent + hang`. An atom longer than a line gets a line of its own
    (and overflows: the terminal wraps it, nothing is cut)."""
    width = max(width, MIN_WIDTH)
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = [(" " * indent, "")]
    used = indent
    empty = True
    for atom in parts:
        size = len(atom.text)
        if not empty and used + len(sep) + size > width:
            lines.append(line)
            line = [(" " * (indent + hang), "")]
            used = indent + hang
            empty = True
        if not empty:
            # Between two atoms of one style the separator takes that style, so that a styled
            # phrase is one span (one escape sequence on a terminal, not one per word).
            line.append((sep, atom.style if atom.style == line[-1][1] else ""))
            used += len(sep)
        line.append((atom.text, atom.style))
        used += size
        empty = False
    lines.append(line)
    return [_text(runs) for runs in lines]


def _text(runs: list[tuple[str, str]]) -> Text:
    """One `Text` from (text, style) runs, neighbours of one style merged into one span."""
    from rich.text import Text

    merged: list[tuple[str, str]] = []
    for text, style in runs:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        elif text:
            merged.append((text, style))
    line = Text()
    for text, style in merged:
        line.append(text, style=style or None)
    return line


def labelled(label: str, value: Sequence[Atom], width: int, *, indent: int = 0) -> list[Text]:
    """`label value…`, the value on the label's line when its first atom fits there."""
    return flow([Atom(label), *value], width, indent=indent)


@dataclass(frozen=True)
class Column:
    """A table column: its header, and whether its cells are atoms (never wrapped)."""

    header: str
    atomic: bool = True
    justify: str = "left"


def fitted_table(
    columns: Sequence[Column], rows: Sequence[Sequence[Text]], width: int
) -> Table | None:
    """A rich table of `rows` if every atomic column fits whole at `width` (wrapped columns keep
    at least their longest word); None when it does not, so the caller lays rows out as blocks."""
    from rich import box
    from rich.table import Table

    needed = 0
    for i, column in enumerate(columns):
        cells = [row[i].plain for row in rows] + [column.header]
        if column.atomic:
            needed += max(len(c) for c in cells)
        else:
            needed += max(max((len(w) for c in cells for w in c.split()), default=0), 10)
    # rich's default padding (one column each side) and one border per column plus one.
    needed += 3 * len(columns) + 1
    if needed > width:
        return None
    table = Table(box=box.SQUARE, show_header=True, header_style="bold", expand=False)
    for column in columns:
        if column.atomic:
            table.add_column(column.header, no_wrap=True, justify=column.justify)  # type: ignore[arg-type]
        else:
            table.add_column(column.header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def console_for_stderr(width: int | None = None) -> Console:
    """The console reviews are printed on: stderr, the terminal's width (or COLUMNS, or 80),
    no markup or highlighting of data, and no re-wrapping of lines laid out here."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, width=width, markup=False)
