"""Render QR codes: terminal half-blocks, PNG, SVG, animated GIF (with `qrcode` and Pillow).

Text that fits the QR alphanumeric alphabet (upper-case UR and BBQr) is encoded in alphanumeric
mode, 5.5 bits per character instead of 8, which keeps the symbols small. Error correction is L,
as the UR and BBQr ecosystems use: a screen-to-camera link rarely loses modules, and every UR/BBQr
layer has its own integrity checks. `qrcode` and Pillow are imported only inside functions.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from coldsign.errors import TransportError

if TYPE_CHECKING:
    from PIL import Image

_ALNUM_RE = re.compile(r"[0-9A-Z $%*+\-./:]*")
DEFAULT_BORDER = 4  # the quiet zone ISO/IEC 18004 asks for
DEFAULT_BOX = 6


def is_alphanumeric(text: str) -> bool:
    return bool(_ALNUM_RE.fullmatch(text))


def matrix(text: str, *, fast: bool = False) -> list[list[bool]]:
    """The module matrix (True = dark) of `text`, without quiet zone; ECC L, smallest version.

    `fast` uses one fixed mask pattern instead of scoring all eight (ISO/IEC 18004 §7.8): about
    three times faster, still a valid symbol; animated sequences use it so that frames render
    within their display time, and a frame that scans less well is covered by the fountain code
    or the next loop. Raises TransportError if the text does not fit any QR version.
    """
    import qrcode
    from qrcode.exceptions import DataOverflowError
    from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_L,
        border=0,
        mask_pattern=0 if fast else None,
    )
    if is_alphanumeric(text):
        code.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM, check_data=False))
    else:
        code.add_data(QRData(text.encode("utf-8"), mode=MODE_8BIT_BYTE, check_data=False))
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        raise TransportError(
            f"{len(text)} characters do not fit one QR code; use a lower density"
        ) from None
    modules: Any = code.modules
    return [[bool(cell) for cell in row] for row in modules]


def version_of(text: str) -> int:
    """The QR version (1..40) `text` needs."""
    return (len(matrix(text)) - 17) // 4


# Black modules on a white ground, set explicitly (xterm 256-colour indexes 16 and 231, the ends
# of the colour cube, which themes leave alone, unlike the 16 named colours): the code then looks
# the same on a light and a dark terminal theme, and scanners, which expect dark on light, read it.
CONTRAST_ON: Final = "\x1b[38;5;16;48;5;231m"
CONTRAST_OFF: Final = "\x1b[0m"


def render_terminal(
    text: str,
    *,
    invert: bool = False,
    border: int = 2,
    fast: bool = False,
    contrast: bool = False,
) -> str:
    """The QR as lines of half-block characters, two module rows per line.

    By default dark modules are drawn as blocks in the terminal's own colours, which scans only
    on a light theme; `invert` draws the light modules instead (a dark theme). `contrast` sets
    black on white explicitly around every line (quiet zone included), which scans on either
    theme; `invert` is then ignored.
    """
    grid = _with_border(matrix(text, fast=fast), border)
    if len(grid) % 2:
        grid.append([False] * len(grid[0]))
    flip = invert and not contrast
    chars = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
    lines = []
    for top, bottom in zip(grid[0::2], grid[1::2], strict=True):
        row = "".join(chars[(t != flip, b != flip)] for t, b in zip(top, bottom, strict=True))
        lines.append(f"{CONTRAST_ON}{row}{CONTRAST_OFF}" if contrast else row)
    return "\n".join(lines)


def _with_border(grid: list[list[bool]], border: int) -> list[list[bool]]:
    width = len(grid) + 2 * border
    blank = [False] * width
    rows = [list(blank) for _ in range(border)]
    rows += [[False] * border + row + [False] * border for row in grid]
    rows += [list(blank) for _ in range(border)]
    return rows


def image(
    text: str, *, box_size: int = DEFAULT_BOX, border: int = DEFAULT_BORDER, fast: bool = False
) -> Image.Image:
    """The QR as a greyscale Pillow image (black on white)."""
    from PIL import Image

    grid = _with_border(matrix(text, fast=fast), border)
    size = len(grid)
    small = Image.new("L", (size, size), 255)
    small.putdata([0 if cell else 255 for row in grid for cell in row])
    return small.resize((size * box_size, size * box_size), Image.Resampling.NEAREST)


def png(
    text: str, *, box_size: int = DEFAULT_BOX, border: int = DEFAULT_BORDER, fast: bool = False
) -> bytes:
    """PNG file bytes of the QR."""
    buffer = io.BytesIO()
    image(text, box_size=box_size, border=border, fast=fast).save(buffer, format="PNG")
    return buffer.getvalue()


def svg(
    text: str, *, box_size: int = DEFAULT_BOX, border: int = DEFAULT_BORDER, fast: bool = False
) -> bytes:
    """SVG file bytes of the QR: one path of unit squares, scaled by `box_size`."""
    grid = _with_border(matrix(text, fast=fast), border)
    size = len(grid)
    path = "".join(
        f"M{x} {y}h1v1h-1z" for y, row in enumerate(grid) for x, cell in enumerate(row) if cell
    )
    pixels = size * box_size
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{pixels}" height="{pixels}" '
        f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{path}"/></svg>\n'
    ).encode("ascii")


def animated_gif(
    texts: Sequence[str],
    *,
    fps: float = 5.0,
    box_size: int = DEFAULT_BOX,
    border: int = DEFAULT_BORDER,
) -> bytes:
    """An endlessly looping GIF showing each text's QR for 1/fps seconds.

    Frames of different QR versions (a short last BBQr part) are centred on a common canvas.
    """
    from PIL import Image

    if not texts:
        raise ValueError("no frames")
    if fps <= 0:
        raise ValueError("fps must be positive")
    fast = len(texts) > 1
    frames = [image(t, box_size=box_size, border=border, fast=fast) for t in texts]
    side = max(frame.width for frame in frames)
    canvas_frames = []
    for frame in frames:
        canvas = Image.new("L", (side, side), 255)
        offset = (side - frame.width) // 2
        canvas.paste(frame, (offset, offset))
        canvas_frames.append(canvas.convert("P"))
    buffer = io.BytesIO()
    duration = max(20, round(1000 / fps))
    canvas_frames[0].save(
        buffer,
        format="GIF",
        save_all=True,
        append_images=canvas_frames[1:],
        duration=duration,
        loop=0,
        disposal=1,
        optimize=False,
    )
    return buffer.getvalue()


def frame_name(index: int, count: int, suffix: str) -> str:
    """`frame-0001.png`: numbered from 1, zero-padded so names sort in showing order."""
    width = max(4, len(str(count)))
    return f"frame-{index:0{width}d}{suffix}"
