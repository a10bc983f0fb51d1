"""How many QR frames a PSBT needs, how fast they encode and decode, and what loss costs.

For synthetic PSBTs of 1, 10 and 100 KB (cut from / tiled out of Coinkite's real 1in1000out.psbt,
so they compress like real ones), at each density: frames needed (UR fragments, BBQr parts), the
QR version of a frame, encode time, decode time per frame (string -> collector; and zbar on a
rendered PNG for a sample), and the frames the UR fountain decoder needs with 10% and 30% of
frames lost at random, relative to the minimum (the fragment count). The goal from issue 6 is at
most 1.25x the minimum at 10% loss. For comparison, BBQr (no fountain code) under the same loss
must wait for the next loop of the animation for every missed part.

No assertions; prints a table. Run: .venv/bin/python bench/qr_transfer.py [--trials N] [--quick]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coldsign.transport import qr, scan
from coldsign.transport.formats import (
    DENSITIES,
    MultipartCollector,
    encode_for_qr,
    ur_encoder,
)
from coldsign.transport.ur import URDecoder

SOURCE = Path(__file__).resolve().parents[1] / "tests/vectors/bbqr/data/1in1000out.psbt"


def synthetic_psbt(size: int) -> bytes:
    real = SOURCE.read_bytes()
    body = (real * (size // len(real) + 1))[:size]
    return body


def frames_until_complete(
    data: bytes, density: str, loss: float, rnd: random.Random
) -> tuple[int, int]:
    """(frames shown, frames received) until the UR decoder completes under random loss."""
    encoder = ur_encoder(data, "psbt", density)
    decoder = URDecoder()
    shown = received = 0
    while not decoder.is_complete:
        part = encoder.next_part()
        shown += 1
        if rnd.random() < loss:
            continue
        received += 1
        decoder.receive(part)
    return shown, received


def bbqr_frames_until_complete(count: int, loss: float, rnd: random.Random) -> tuple[int, int]:
    """(frames shown, received) until every BBQr part arrived once, the display looping in order."""
    missing = set(range(count))
    shown = received = 0
    while missing:
        index = shown % count
        shown += 1
        if rnd.random() >= loss:
            received += 1
            missing.discard(index)
    return shown, received


def zbar_ms_per_frame(parts: list[str], sample: int = 3) -> float:
    picks = parts[:sample]
    images = []
    for text in picks:
        from PIL import Image

        images.append(Image.open(io.BytesIO(qr.png(text, box_size=4, fast=True))))
    started = time.perf_counter()
    for img in images:
        scan.decode_image(img)
    return 1000 * (time.perf_counter() - started) / len(images)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20, help="loss simulations per cell")
    parser.add_argument("--quick", action="store_true", help="1 and 10 KB only, 5 trials")
    args = parser.parse_args()
    sizes = [1024, 10 * 1024] if args.quick else [1024, 10 * 1024, 100 * 1024]
    trials = 5 if args.quick else args.trials
    rnd = random.Random(2024)

    print(f"source: {SOURCE.name} cut/tiled; loss trials per cell: {trials}")
    print()
    head = (
        f"{'size':>6} {'format':<6} {'density':<7} {'frames':>6} {'QRv':>4} {'enc ms':>7} "
        f"{'dec ms/f':>8} {'zbar ms/f':>9} {'10% shown':>10} {'10% recv':>9} "
        f"{'30% shown':>10} {'30% recv':>9}"
    )
    print(head)
    print("-" * len(head))
    summary: list[tuple[int, str, float, float]] = []
    for size in sizes:
        data = synthetic_psbt(size)
        for fmt in ("ur", "bbqr"):
            for density in DENSITIES:
                started = time.perf_counter()
                parts = encode_for_qr(data, "psbt", fmt, density)
                enc_ms = 1000 * (time.perf_counter() - started)
                collector = MultipartCollector()
                started = time.perf_counter()
                for text in parts:
                    collector.add(text)
                dec_ms = 1000 * (time.perf_counter() - started) / len(parts)
                version = qr.version_of(parts[0])
                zbar_ms = zbar_ms_per_frame(parts)
                cells = []
                for loss in (0.1, 0.3):
                    if fmt == "ur":
                        runs = [
                            frames_until_complete(data, density, loss, rnd) for _ in range(trials)
                        ]
                    else:
                        runs = [
                            bbqr_frames_until_complete(len(parts), loss, rnd) for _ in range(trials)
                        ]
                    shown = statistics.mean(r[0] for r in runs) / len(parts)
                    recv = statistics.mean(r[1] for r in runs) / len(parts)
                    if fmt == "ur" and loss == 0.1:
                        summary.append((size, density, recv, shown))
                    cells.append(f"{shown:>9.2f}x {recv:>8.2f}x")
                print(
                    f"{size // 1024:>4}KB {fmt:<6} {density:<7} {len(parts):>6} {version:>4} "
                    f"{enc_ms:>7.1f} {dec_ms:>8.2f} {zbar_ms:>9.1f} {cells[0]} {cells[1]}"
                )
    print()
    print("recv  = frames the decoder received until complete / minimum frames (the metric of")
    print(
        "        issue 6; goal <= 1.25x at 10% loss); shown = frames displayed, lost ones included"
    )
    print("        (at least 1/(1-loss) of recv). BBQr has no fountain code: a lost part returns")
    print("        only on the next loop of the animation.")
    worst = max(summary, key=lambda s: s[2])
    print(
        f"UR worst at 10% loss: {worst[2]:.2f}x received ({worst[3]:.2f}x shown) "
        f"at {worst[0] // 1024} KB, {worst[1]}; goal <= 1.25x"
    )


if __name__ == "__main__":
    main()
