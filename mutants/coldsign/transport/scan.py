"""Read QR codes: from image files, a directory of frames, text lines, or a webcam.

pyzbar (the zbar library) decodes images; OpenCV is optional and only needed for `camera`
(the `coldsign[camera]` extra). Each source yields `(source name, text)` for every QR it finds;
the caller feeds the texts to a `MultipartCollector`. Environment problems (zbar or OpenCV
missing, no camera, unreadable file) raise TransportError (exit 7); a file that is not an image
raises DecodeError (exit 3).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coldsign.errors import DecodeError, TransportError
from coldsign.transport.files import read_capped

if TYPE_CHECKING:
    from PIL import Image

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".ppm", ".pgm"}
)
MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # a 4K frame is 8.3 MP; refuse decompression bombs well before RAM
MAX_LINE_CHARS = 1_000_000


def _pyzbar() -> Any:
    try:
        from pyzbar import pyzbar
    except ImportError as exc:  # pyzbar raises ImportError when libzbar0 is missing
        raise TransportError(
            f"cannot load the zbar QR decoder ({exc}); install libzbar0 (Debian/Ubuntu) or zbar"
        ) from None
    return pyzbar


def decode_image(img: Image.Image) -> list[str]:
    """Every QR code's text in a Pillow image, in zbar's order."""
    pyzbar = _pyzbar()
    from pyzbar.pyzbar import ZBarSymbol

    gray = img.convert("L")
    results = pyzbar.decode(gray, symbols=[ZBarSymbol.QRCODE])
    return [_text(result.data) for result in results]


def _text(data: bytes) -> str:
    # UR and BBQr are ASCII; zbar may have guessed a charset for byte-mode QR codes.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def open_image(path: Path) -> Image.Image:
    """Load an image file with size limits; DecodeError if it is not an image Pillow reads."""
    from PIL import Image, UnidentifiedImageError

    raw = read_capped(path, MAX_IMAGE_BYTES)
    try:
        img = Image.open(io.BytesIO(raw))
        if img.width * img.height > MAX_IMAGE_PIXELS:
            raise DecodeError(f"image {path}", f"{img.width}x{img.height} pixels is too large")
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise DecodeError(f"image {path}", "not an image file coldsign can read") from None
    return img


def scan_files(paths: Iterable[Path]) -> Iterator[tuple[str, list[str]]]:
    """For each image file: its name and the QR texts found in it (possibly none).

    Every frame of an animated GIF is decoded.
    """
    for path in paths:
        img = open_image(path)
        frames = getattr(img, "n_frames", 1)
        texts: list[str] = []
        for index in range(frames):
            if frames > 1:
                img.seek(index)
            texts.extend(decode_image(img))
        yield str(path), texts


def image_files(directory: Path) -> list[Path]:
    """The image files in `directory`, sorted by name (frame-0001.png, frame-0002.png, ...)."""
    if not directory.is_dir():
        raise TransportError(f"{directory} is not a directory")
    try:
        entries = sorted(p for p in directory.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    except OSError as exc:
        raise TransportError(f"cannot list {directory}: {exc.strerror or exc}") from None
    return [p for p in entries if p.is_file()]


def scan_lines(stream: TextIO, name: str = "stdin") -> Iterator[tuple[str, str]]:
    """Non-empty lines of text (a keyboard-wedge scanner types one QR per line)."""
    for number, line in enumerate(stream, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise DecodeError(f"{name} line {number}", f"longer than {MAX_LINE_CHARS} characters")
        text = line.strip()
        if text:
            yield f"{name} line {number}", text


def camera_frames(device: int = 0) -> Iterator[list[str]]:
    """QR texts in successive webcam frames, for ever (the caller stops iterating).

    Needs OpenCV (`pip install coldsign[camera]`); TransportError (exit 7) without it or
    without a camera.
    """
    try:
        import cv2  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise TransportError(
            "webcam scanning needs OpenCV, which is not installed; install the camera extra "
            "(pip install 'coldsign[camera]'), or scan from image files, --dir or --stdin"
        ) from None
    from PIL import Image

    capture = cv2.VideoCapture(device)
    if not capture.isOpened():
        raise TransportError(f"cannot open camera {device}")
    try:
        while True:
            ok, frame = capture.read()
            if not ok:
                raise TransportError(f"camera {device} stopped delivering frames")
            gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            yield decode_image(Image.fromarray(gray))
    finally:
        capture.release()
