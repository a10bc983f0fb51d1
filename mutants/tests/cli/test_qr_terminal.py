"""`coldsign qr show` on a terminal (a pseudo-terminal, read back through the pyte terminal
emulator): an animation redraws in place without growing the scrollback, keeps the size and
SHA-256 line on screen, stops on Ctrl-C; a single code is drawn once and returns; the default
style scans (pyzbar) on a light and on a dark terminal theme."""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

import pexpect
import pyte
import pytest
from PIL import Image

from tests.conftest import run_cli

ROWS, COLS = 120, 220
THEMES = {  # (default foreground, default background) of a terminal theme
    "light": ((0, 0, 0), (255, 255, 255)),
    "dark": ((229, 229, 229), (30, 30, 30)),
}


def show(path: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "coldsign", "qr", "show", str(path), "--kind", "bytes", *args],
        encoding="utf-8", timeout=60, dimensions=(ROWS, COLS),
    )  # fmt: skip


def emulate(output: str) -> pyte.HistoryScreen:
    screen = pyte.HistoryScreen(COLS, ROWS, history=100_000)
    pyte.Stream(screen).feed(output)
    return screen


def test_animation_redraws_in_place_and_keeps_the_digest(tmp_path: Path) -> None:
    data = os.urandom(3000)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    child = show(path, "--frames", "55", "--fps", "60")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    output = child.before
    frames = output.count("(Ctrl-C to stop)")
    assert frames == 55
    # No clear-screen (which VTE terminals push into the scrollback) and no scrolling: 55 frames
    # of ~40 lines leave the scrollback as it was (the last lines are the summary after exit).
    assert "\x1b[2J" not in output and "\x1b[3J" not in output
    screen = emulate(output)
    assert len(screen.history.top) <= 2, len(screen.history.top)
    digest = hashlib.sha256(data).hexdigest()
    assert f"3000 bytes, sha256 {digest}" in screen.display[0]  # the header stays at the top
    assert output.startswith("\x1b[?1049h") or "\x1b[?1049h" in output  # the alternate screen
    assert output.rstrip().endswith(digest)  # back on the main screen: the digest is still shown


def test_ctrl_c_stops_only_the_loop(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(3000))
    child = show(path)
    child.expect("UR part")
    child.expect("UR part")
    child.sendintr()
    child.expect("stopped after")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_single_code_is_drawn_once_and_returns(tmp_path: Path) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"wpkh([73c5da0a/84'/1'/0']tpub...)")
    child = show(path)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Ctrl-C" not in child.before and "one QR code" in child.before
    assert "\x1b[?1049h" not in child.before  # stays on the main screen, in the scrollback


def rasterize(screen: pyte.Screen, theme: str) -> Image.Image:
    """What the screen looks like in `theme`: one pixel per module (half a cell), magnified."""
    fg_default, bg_default = THEMES[theme]

    def colour(value: str, default: tuple[int, int, int]) -> tuple[int, int, int]:
        if value == "default":
            return default
        if re.fullmatch(r"[0-9a-f]{6}", value):
            return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
        raise AssertionError(f"a named colour ({value}) depends on the theme's palette")

    image = Image.new("RGB", (COLS, 2 * ROWS), bg_default)
    for y in range(ROWS):
        for x in range(COLS):
            char = screen.buffer[y][x]
            fg, bg = colour(char.fg, fg_default), colour(char.bg, bg_default)
            top = fg if char.data in ("▀", "█") else bg
            bottom = fg if char.data in ("▄", "█") else bg
            image.putpixel((x, 2 * y), top)
            image.putpixel((x, 2 * y + 1), bottom)
    return image.resize((COLS * 6, ROWS * 12), Image.Resampling.NEAREST).convert("L")


def decode(image: Image.Image) -> list[bytes]:
    from pyzbar import pyzbar

    return [symbol.data for symbol in pyzbar.decode(image)]


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_default_style_scans_on_light_and_dark_themes(tmp_path: Path, theme: str) -> None:
    pytest.importorskip("pyzbar.pyzbar")
    path = tmp_path / "small.bin"
    path.write_bytes(b"coldsign test payload")
    child = show(path)
    child.expect(pexpect.EOF)
    child.close()
    screen = emulate(child.before)
    decoded = decode(rasterize(screen, theme))
    assert len(decoded) == 1 and decoded[0].startswith(b"UR:BYTES/")
    scanned = run_cli("qr", "scan", "--stdin", "-o", str(tmp_path / "back.bin"),
                      input=decoded[0].decode() + "\n")  # fmt: skip
    assert scanned.exit_code == 0, scanned.stderr
    assert (tmp_path / "back.bin").read_bytes() == b"coldsign test payload"


def test_the_uncoloured_style_fails_on_a_dark_theme(tmp_path: Path) -> None:
    """Why the default sets colours: dark modules drawn in a dark theme's light foreground make
    an inverted code that the scanner does not read (it still reads it on a light theme)."""
    pytest.importorskip("pyzbar.pyzbar")
    path = tmp_path / "small.bin"
    path.write_bytes(b"coldsign test payload")
    child = show(path, "--style", "light")
    child.expect(pexpect.EOF)
    child.close()
    screen = emulate(child.before)
    assert decode(rasterize(screen, "light"))
    assert not decode(rasterize(screen, "dark"))
