"""Review screens that fit the terminal without splitting what an operator compares (issue 13.7).

An amount with its unit, an address, a txid, an outpoint and the approval digest are *atoms*:
lines break between atoms and between the words of prose, never inside an atom. A table is
drawn only when every atom column fits at its full width; otherwise each row becomes a short
block of lines.

Everything is laid out here as `Line`s (runs of text with a style name) and written by
`write_lines`, which is the only place that turns a style into terminal escapes. There is no
markup anywhere: text from a payload is written as the characters it is (control characters
are replaced), so a memo cannot style or forge a verdict line. The review screen does not use
rich: importing it and building its console was a fifth of a `payload sign` run's fixed cost
(issue 16), and the layout (widths, wrapping, the table) was already computed here.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

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


# A screen line: runs of text, each with its style ("" for none, or words of `_SGR`), neighbours
# of one style merged.
Line = tuple[Atom, ...]


def plain(line: Line) -> str:
    """The line's text without styles."""
    return "".join(run.text for run in line)


def cell_width(text: str) -> int:
    """The terminal columns `text` takes once written (`render_lines`): two for an East Asian
    wide or fullwidth character (Unicode UAX #11: a whitelist label in Chinese), none for a
    combining mark or a format character, one for any other (a control character is written
    as U+FFFD). Layout counts columns, not characters, so that tables stay aligned."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _cut(word: str, width: int) -> tuple[str, str]:
    """`word` split after at most `width` columns (at least one character, so a cut always
    moves on)."""
    used = 0
    for i, char in enumerate(word):
        used += _char_width(char)
        if used > width:
            return word[: max(i, 1)], word[max(i, 1) :]
    return word, ""


def atoms(text: str, style: str = "", units: Sequence[str] = ()) -> list[Atom]:
    """Prose as atoms: one per word, except that an amount stays with its unit (`0.05 BTC`,
    `(703 sat)`, `4.99 sat/vB`, `1500.25 USDC` for the given asset `units`)."""
    pattern = _AMOUNT
    if any(u and u not in UNIT_WORDS for u in units):  # BTC, ETH: no pattern to build
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
) -> list[Line]:
    """Lines of at most `width` columns, breaking only between atoms (joined by `sep`); wrapped
    lines are indented by `indent + hang`. An atom longer than a line gets a line of its own
    (and overflows: the terminal wraps it, nothing is cut)."""
    width = max(width, MIN_WIDTH)
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = [(" " * indent, "")]
    used = indent
    empty = True
    for atom in parts:
        size = cell_width(atom.text)
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


def _text(runs: list[tuple[str, str]]) -> Line:
    """One `Line` from (text, style) runs, neighbours of one style merged into one run."""
    merged: list[tuple[str, str]] = []
    for text, style in runs:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        elif text:
            merged.append((text, style))
    return tuple(Atom(text, style) for text, style in merged)


def labelled(label: str, value: Sequence[Atom], width: int, *, indent: int = 0) -> list[Line]:
    """`label value…`, the value on the label's line when its first atom fits there."""
    return flow([Atom(label), *value], width, indent=indent)


@dataclass(frozen=True)
class Column:
    """A table column: its header, and whether its cells are atoms (never wrapped)."""

    header: str
    atomic: bool = True
    justify: str = "left"


def cell(text: str, style: str = "") -> Line:
    """A table cell holding `text` in one style."""
    return (Atom(text, style),) if text else ()


def fitted_table(
    columns: Sequence[Column], rows: Sequence[Sequence[Line]], width: int
) -> list[Line] | None:
    """A boxed table of `rows` as lines, if every atomic column fits whole at `width` (wrapped
    columns keep at least their longest word); None when it does not, so the caller lays rows
    out as blocks. One space pads each side of a cell; the header is bold."""
    full: list[int] = []
    least: list[int] = []
    for i, column in enumerate(columns):
        cells = [plain(row[i]) for row in rows] + [column.header]
        full.append(max(cell_width(c) for c in cells))
        if column.atomic:
            least.append(full[-1])
        else:
            least.append(max(max((cell_width(w) for c in cells for w in c.split()), default=0), 10))
    # One space each side of a cell, one border per column plus one.
    frame = 3 * len(columns) + 1
    if sum(least) + frame > width:
        return None
    widths = full[:]
    while sum(widths) + frame > width:  # narrow the widest wrapped column, never below `least`
        i = max(
            (i for i, c in enumerate(columns) if not c.atomic and widths[i] > least[i]),
            key=lambda i: widths[i],
        )
        widths[i] -= 1
    header = [cell(c.header, "bold") for c in columns]
    out = [_rule("┌", "┬", "┐", widths), *_row(columns, widths, header)]
    out.append(_rule("├", "┼", "┤", widths))
    for row in rows:
        out += _row(columns, widths, row)
    out.append(_rule("└", "┴", "┘", widths))
    return out


def _rule(left: str, middle: str, right: str, widths: Sequence[int]) -> Line:
    return (Atom(left + middle.join("─" * (w + 2) for w in widths) + right),)


def _row(columns: Sequence[Column], widths: Sequence[int], row: Sequence[Line]) -> list[Line]:
    """One table row: each cell folded to its column's width between words, as many lines as
    its tallest cell."""
    cells = [_fold(content, w) for content, w in zip(row, widths, strict=True)]
    height = max(len(c) for c in cells)
    lines: list[Line] = []
    for k in range(height):
        runs: list[tuple[str, str]] = [("│", "")]
        for column, w, folded in zip(columns, widths, cells, strict=True):
            part = folded[k] if k < len(folded) else ()
            pad = " " * (w - cell_width(plain(part)))
            runs.append((" " + pad if column.justify == "right" else " ", ""))
            runs += [(a.text, a.style) for a in part]
            runs.append((" │" if column.justify == "right" else pad + " │", ""))
        lines.append(_text(runs))
    return lines


def _fold(content: Line, width: int) -> list[Line]:
    """A cell's lines of at most `width` columns, broken between words (a word longer than the
    column, which `fitted_table`'s minimum widths rule out, is cut)."""
    words = [(w, a.style) for a in content for w in a.text.split()]
    if cell_width(plain(content)) <= width:
        return [content]
    lines: list[Line] = []
    runs: list[tuple[str, str]] = []
    used = 0
    for word, style in words:
        while cell_width(word) > width:
            if runs:
                lines.append(_text(runs))
            head, word = _cut(word, width)
            lines.append(_text([(head, style)]))
            runs, used = [], 0
        if runs and used + 1 + cell_width(word) > width:
            lines.append(_text(runs))
            runs, used = [], 0
        if runs:
            runs.append((" ", style if style == runs[-1][1] else ""))
            used += 1
        if word:
            runs.append((word, style))
            used += cell_width(word)
    if runs:
        lines.append(_text(runs))
    return lines or [()]


# Select Graphic Rendition codes of the style words screens use (ECMA-48 8.3.117).
_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}
_COLOURS = frozenset(("red", "green", "yellow", "blue", "magenta", "cyan"))
# C0 controls, DEL and C1 controls (ESC among them) are never written: each becomes U+FFFD, so
# nothing on a screen line can move the cursor or start an escape sequence, and widths hold.
_CONTROLS = {c: "\ufffd" for c in (*range(0x20), *range(0x7F, 0xA0))}


def terminal_width(stream: TextIO | None = None) -> int:
    """The width reviews are laid out for: COLUMNS when it is a number, else the terminal's
    (stderr, stdout or stdin, the first that is one), else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    fds = [2, 1, 0] if stream is None else [_fileno(stream), 2, 1, 0]
    for fd in fds:
        if fd < 0:
            continue
        try:
            return os.get_terminal_size(fd).columns or 80
        except (OSError, ValueError):
            continue
    return 80


def _fileno(stream: TextIO) -> int:
    try:
        return stream.fileno()
    except (OSError, ValueError, AttributeError):
        return -1


def _styling(stream: TextIO) -> tuple[bool, bool]:
    """(styles, colours) for `stream`: styles on a terminal (or with FORCE_COLOR), none for
    TERM=dumb or a file or pipe; NO_COLOR keeps bold but drops colours (no-color.org)."""
    env = os.environ
    if env.get("FORCE_COLOR"):
        styled = True
    else:
        isatty = getattr(stream, "isatty", None)
        styled = bool(isatty and isatty()) and env.get("TERM", "") not in ("dumb", "unknown")
    return styled, styled and not env.get("NO_COLOR")


def render_lines(lines: Iterable[Line], *, styles: bool = False, colours: bool = False) -> str:
    """The lines as text, one `\n` after each; with `styles`, each styled run is wrapped in its
    SGR codes (colours only with `colours`). Control characters in the text are replaced."""
    out: list[str] = []
    for line in lines:
        for run in line:
            text = run.text.translate(_CONTROLS)
            # Looked up even when unstyled, so that a style word no terminal code stands for
            # fails every test that renders the screen, not only on a terminal.
            words = [(word, _SGR[word]) for word in run.style.split()]
            codes = [c for word, c in words if styles and (colours or word not in _COLOURS)]
            out.append(f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text)
        out.append("\n")
    return "".join(out)


def write_lines(lines: Iterable[Line], stream: TextIO | None = None) -> None:
    """Write screen lines on `stream` (stderr), styled when it is a terminal (`_styling`)."""
    target = sys.stderr if stream is None else stream
    styles, colours = _styling(target)
    target.write(render_lines(lines, styles=styles, colours=colours))
    target.flush()
