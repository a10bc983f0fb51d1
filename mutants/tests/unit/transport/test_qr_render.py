"""QR rendering: alphanumeric mode, terminal half-blocks, PNG/SVG/GIF files readable by zbar."""

from __future__ import annotations

import io
import random
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from coldsign.errors import TransportError
from coldsign.transport import qr, scan
from coldsign.transport.formats import encode_for_qr

PART = encode_for_qr(bytes(range(256)) * 2, "bytes", "ur", "medium")[0]


def test_upper_case_ur_uses_alphanumeric_mode() -> None:
    assert qr.is_alphanumeric(PART)
    assert not qr.is_alphanumeric(PART.lower())
    # Alphanumeric mode packs 5.5 bits per character instead of 8: a smaller symbol.
    assert qr.version_of(PART) < qr.version_of(PART.lower())


def test_terminal_half_blocks() -> None:
    text = qr.render_terminal("UR:BYTES/HELLO", border=2)
    lines = text.split("\n")
    size = len(qr.matrix("UR:BYTES/HELLO")) + 4
    assert len(lines) == (size + 1) // 2
    assert all(len(line) == size for line in lines)
    assert set(text) <= {" ", "▀", "▄", "█", "\n"}
    inverted = qr.render_terminal("UR:BYTES/HELLO", border=2, invert=True)
    swap = {" ": "█", "█": " ", "▀": "▄", "▄": "▀", "\n": "\n"}
    assert inverted == "".join(swap[c] for c in text)


@pytest.mark.parametrize("fast", [False, True])
def test_png_scans_back(fast: bool) -> None:
    img = Image.open(io.BytesIO(qr.png(PART, box_size=4, fast=fast)))
    assert scan.decode_image(img) == [PART]


def test_svg_is_well_formed_and_square() -> None:
    root = ET.fromstring(qr.svg(PART, box_size=3))
    size = len(qr.matrix(PART)) + 2 * qr.DEFAULT_BORDER
    assert root.get("viewBox") == f"0 0 {size} {size}"
    assert root.get("width") == str(3 * size)


def test_gif_frames_scan_back_in_order() -> None:
    parts = encode_for_qr(random.Random(2).randbytes(1200), "bytes", "bbqr", "low")
    assert len(parts) > 2
    path_like = io.BytesIO(qr.animated_gif(parts, fps=4, box_size=3))
    img = Image.open(path_like)
    frames = getattr(img, "n_frames", 1)
    assert frames == len(parts)
    assert img.info["duration"] == 250
    texts = []
    for index in range(frames):
        img.seek(index)
        texts += scan.decode_image(img)
    assert texts == parts


def test_too_long_for_one_qr() -> None:
    with pytest.raises(TransportError, match="do not fit"):
        qr.matrix("A" * 5000)


def test_frame_names_sort_in_order() -> None:
    names = [qr.frame_name(i, 12000, ".png") for i in (1, 2, 10, 11999)]
    assert names == sorted(names)
    assert qr.frame_name(1, 40, ".png") == "frame-0001.png"
