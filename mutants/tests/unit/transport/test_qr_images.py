"""Round trips through real images: encode, render to PNG, decode with zbar, reassemble.

A 50 KB PSBT-sized payload crosses as UR frames with 30% of them dropped and the rest shuffled,
and as BBQr (all frames); the same again with mild blur and noise on every image.
"""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageFilter

from coldsign.transport import qr, scan
from coldsign.transport.formats import MultipartCollector, encode_for_qr

SIZE = 50 * 1024
FRAGMENT = 1000  # bytes per UR frame: QR v27, ~52 fragments for 50 KB


def _payload() -> bytes:
    return b"psbt\xff" + random.Random(50).randbytes(SIZE - 5)


def _through_png(text: str, box: int, mild: random.Random | None) -> Image.Image:
    png = qr.png(text, box_size=box, fast=True)  # as `qr show --png-dir` writes sequences
    img: Image.Image = Image.open(io.BytesIO(png))
    if mild is not None:
        img = img.convert("L").filter(ImageFilter.GaussianBlur(0.8))
        noise = Image.frombytes("L", img.size, mild.randbytes(img.width * img.height))
        img = Image.blend(img, noise, 0.2)  # contrast down to 80%, +-25 levels of noise
    return img


def _scan(
    frames: list[str], box: int, mild: random.Random | None, loops: int = 1
) -> tuple[str, bytes]:
    """Decode frames until complete; `loops` > 1 shows the sequence again, as a display does."""
    collector = MultipartCollector(expect="psbt")
    for _ in range(loops):
        for text in frames:
            for found in scan.decode_image(_through_png(text, box, mild)):
                collector.add(found)
            if collector.is_complete:
                return collector.result()
    raise AssertionError("message not complete")


@pytest.mark.parametrize("mild", [False, True], ids=["clean", "blur-noise"])
def test_ur_frames_with_30_percent_dropped(mild: bool) -> None:
    data = _payload()
    fragments = len(encode_for_qr(data, "psbt", "ur", FRAGMENT))
    frames = encode_for_qr(data, "psbt", "ur", FRAGMENT, frames=2 * fragments)
    rnd = random.Random(30)
    kept = rnd.sample(frames, round(len(frames) * 0.7))
    rnd.shuffle(kept)
    assert _scan(kept, 4 if mild else 3, random.Random(8) if mild else None) == ("psbt", data)


@pytest.mark.parametrize("mild", [False, True], ids=["clean", "blur-noise"])
def test_bbqr_frames(mild: bool) -> None:
    data = _payload()
    frames = encode_for_qr(data, "psbt", "bbqr", 2000)  # ~v35 parts keep the count low
    random.Random(31).shuffle(frames)
    if not mild:
        assert _scan(frames, 3, None) == ("psbt", data)
        return
    # BBQr has no redundancy: a frame zbar misses under noise (about 1 in 100 here) costs a
    # second loop of the animation, which is what a receiver watching the loop gets.
    assert _scan(frames, 5, random.Random(9), loops=3) == ("psbt", data)
