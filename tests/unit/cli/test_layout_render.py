"""cli/layout.py draws the review screens itself (issue 16): tables, styles, and text that is
data (no markup, no control characters), whatever the payload holds."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from coldsign.cli.layout import (
    Atom,
    Column,
    atoms,
    cell,
    cell_width,
    fitted_table,
    flow,
    plain,
    render_lines,
    terminal_width,
    write_lines,
)

ADDRESS = "bcrt1qdypturn5479gq3sd0mqsl92zq0dmagl6e0ahp6"
COLUMNS = [Column("#"), Column("destination"), Column("amount", justify="right"),
           Column("whitelist", atomic=False)]  # fmt: skip
ROWS = [
    [cell("0"), cell(ADDRESS), cell("0.05 BTC (5,000,000 sat)"),
     cell("hot wallet of the exchange after the quarterly audit", "green")],
    [cell("12"), cell(ADDRESS[:20]), cell("1 BTC"), cell("NOT WHITELISTED", "red")],
]  # fmt: skip


def texts(lines: list[tuple[Atom, ...]]) -> list[str]:
    return [plain(line) for line in lines]


def test_a_table_that_fits_whole_is_boxed_with_the_header_bold_and_amounts_right() -> None:
    table = fitted_table(COLUMNS, ROWS, 200)
    assert table is not None
    shown = texts(table)
    assert shown[0].startswith("┌") and shown[2].startswith("├") and shown[-1].startswith("└")
    assert len({len(line) for line in shown}) == 1 and len(shown) == 6  # one line a row
    assert shown[1].split("│")[1:-1] == [
        " #  ", " destination" + " " * 34, "                   amount ", " whitelist" + " " * (52 - 9 + 1)
    ]  # fmt: skip
    assert "│" + " " * 20 + "1 BTC │" in shown[4]  # right-justified to "0.05 BTC (…)"
    header = table[1]
    assert {a.style for a in header if a.text.strip(" │")} == {"bold"}
    assert (Atom("NOT WHITELISTED", "red")) in table[4]


def test_the_wrapped_column_folds_between_words_and_atoms_stay_whole() -> None:
    table = fitted_table(COLUMNS, ROWS, 110)
    assert table is not None
    shown = texts(table)
    assert all(len(line) <= 110 for line in shown) and len({len(x) for x in shown}) == 1
    assert any(ADDRESS in line for line in shown) and len(shown) > 6
    label = " ".join(
        line.split("│")[4].strip() for line in shown[3:-1] if line.split("│")[4].strip()
    )
    assert label == "hot wallet of the exchange after the quarterly audit NOT WHITELISTED"


def test_no_table_when_an_atom_column_does_not_fit() -> None:
    assert fitted_table(COLUMNS, ROWS, 80) is None


def test_flow_breaks_only_between_atoms() -> None:
    parts = [Atom("fee:"), *atoms("paid 0.00013746 BTC (13,746 sat) at 2.00 sat/vB")]
    lines = texts(flow(parts, 40))
    assert all(len(x) <= 40 for x in lines)
    joined = "\n".join(lines)
    assert "0.00013746 BTC" in joined and "(13,746 sat)" in joined and "2.00 sat/vB" in joined


def test_text_is_data_never_markup_and_never_a_control_sequence() -> None:
    memo = "[bold green]policy verdict: every check passes[/bold green] [link=x]y"
    hostile = "a\x1b[2J\x1b]8;;x\x07b\r\x08\x9bc\x7f"
    lines = [(Atom(memo),), (Atom(hostile, "bold"),)]
    for styles in (False, True):
        out = render_lines(lines, styles=styles, colours=styles)
        assert memo in out  # brackets and all
        assert not any(ord(c) < 0x20 and c not in "\n\x1b" for c in out)
        assert "\x9b" not in out and "\x7f" not in out
        bare = out.replace("\x1b[1m", "").replace("\x1b[0m", "")
        assert "\x1b" not in bare
        assert "a\ufffd[2J\ufffd]8;;x\ufffdb\ufffd\ufffd\ufffdc\ufffd" in bare


def test_styles_colours_and_plain() -> None:
    lines = [(Atom("verdict", "bold green"), Atom(" ok"))]
    assert render_lines(lines) == "verdict ok\n"
    assert render_lines(lines, styles=True, colours=True) == "\x1b[1;32mverdict\x1b[0m ok\n"
    assert render_lines(lines, styles=True, colours=False) == "\x1b[1mverdict\x1b[0m ok\n"
    with pytest.raises(KeyError):
        render_lines([(Atom("x", "blink"),)])  # a style word no screen may use


def test_write_lines_styles_only_a_terminal_or_when_forced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [(Atom("refuse", "bold red"),)]
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    pipe = io.StringIO()
    write_lines(lines, pipe)
    assert pipe.getvalue() == "refuse\n"

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("TERM", "xterm")
    tty = Tty()
    write_lines(lines, tty)
    assert tty.getvalue() == "\x1b[1;31mrefuse\x1b[0m\n"
    monkeypatch.setenv("NO_COLOR", "1")
    tty = Tty()
    write_lines(lines, tty)
    assert tty.getvalue() == "\x1b[1mrefuse\x1b[0m\n"
    monkeypatch.setenv("TERM", "dumb")
    tty = Tty()
    write_lines(lines, tty)
    assert tty.getvalue() == "refuse\n"
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    pipe = io.StringIO()
    write_lines(lines, pipe)
    assert pipe.getvalue() == "\x1b[1;31mrefuse\x1b[0m\n"


def test_terminal_width_reads_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "123")
    assert terminal_width() == 123
    monkeypatch.setenv("COLUMNS", "wide")
    assert terminal_width(io.StringIO()) >= 1


@given(
    texts=st.lists(st.text(max_size=40), max_size=8),
    style=st.sampled_from(["", "bold", "bold red", "green"]),
    styles=st.booleans(),
    width=st.integers(min_value=1, max_value=120),
)
@settings(max_examples=300, deadline=None)
def test_any_text_is_written_as_data(
    texts: list[str], style: str, styles: bool, width: int
) -> None:
    """Whatever the text: every character of it is written (a control character as U+FFFD), the
    only escapes are the style's own, and each line ends where `flow` ended it."""
    lines = flow([Atom(t, style) for t in texts], width)
    out = render_lines(lines, styles=styles, colours=styles)
    bare = out.replace("\x1b[1;31m", "").replace("\x1b[1m", "").replace("\x1b[32m", "")
    bare = bare.replace("\x1b[0m", "")
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in bare)
    assert bare.count("\n") == len(lines)
    shown = "".join(bare.split())
    written = "".join(
        c if ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0 else "\ufffd" for c in "".join(texts)
    )
    assert shown == "".join(written.split())


# --- columns, not characters: wide and combining characters (UAX #11) -----------------------

WIDE_LABEL = (
    "交易所 热钱包 第二季度 审计之后"  # a whitelist label in Chinese: two columns a character
)


def test_cell_width_counts_terminal_columns() -> None:
    assert cell_width("abc") == 3
    assert cell_width("交易所") == 6
    assert cell_width("ＵＳＤＣ") == 8  # fullwidth
    assert cell_width("e\u0301") == 1  # e and a combining acute accent
    assert cell_width("a\u200bb") == 2  # a zero-width space takes no column
    assert cell_width("\x1b") == 1  # written as U+FFFD
    for text in ("交易所 hot", "ＵＳＤＣ", "e\u0301", "plain"):
        assert cell_width(text) == cell_len(text)  # rich's independent count agrees


@pytest.mark.parametrize("width", [100, 104, 110, 200])
def test_a_table_with_wide_characters_stays_aligned(width: int) -> None:
    rows = [*ROWS, [cell("3"), cell(ADDRESS), cell("2 BTC"), cell(WIDE_LABEL, "green")]]
    table = fitted_table(COLUMNS, rows, width)
    assert table is not None
    # Measured by rich's own cell_len (an independent implementation of terminal widths).
    widths = {cell_len(text) for text in texts(table)}
    assert len(widths) == 1, texts(table)  # every line as wide as the borders
    assert widths.pop() <= width
    assert "".join(texts(table)).count("交") == 1  # folded between words, nothing lost


@given(
    st.lists(st.text(alphabet="ab交Ｕ\u0301 ", min_size=1, max_size=12), min_size=1, max_size=12)
)
@settings(max_examples=200, deadline=None)
def test_flow_never_overruns_in_columns(words: list[str]) -> None:
    parts = [Atom(w.strip()) for w in words if w.strip()]
    for line in flow(parts, 40):
        text = plain(line)
        # A line over the width holds one atom that is itself wider than the line.
        assert (
            cell_len(text) <= 40
            or len(text.split()) == 1
            or any(cell_width(p.text) > 40 - 4 for p in parts)
        )
