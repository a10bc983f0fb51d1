"""`coldsign qr show` and `coldsign qr scan`, and the helpers other commands call for `--qr`.

`display_qr(app, data, kind, ...)` displays or writes bytes as QR codes (`show_qr` also emits
that as the command's result); `scan_qr(app, ...)` reads them back from images, a frame
directory, stdin lines or a webcam and returns `(kind, bytes)`. They print what they do to
stderr; other commands reach them through `coldsign.cli.gap` (`--qr`).
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import click

from coldsign.cli.app import App, InDir, InFile
from coldsign.cli.helpfmt import CsGroup
from coldsign.codec.psbt import MAGIC as PSBT_MAGIC
from coldsign.errors import DecodeError, TransportError, UsageError
from coldsign.transport import files
from coldsign.transport.formats import (
    FORMATS,
    KINDS,
    Density,
    Fmt,
    Kind,
    MultipartCollector,
    encode_for_qr,
    parse_density,
    sniff_kind,
    ur_encoder,
)

DEFAULT_FPS = 5.0
DEFAULT_BOX = 6
MAX_SHOW_BYTES = 16 * 1024 * 1024


# --------------------------------------------------------------------------- API for commands


@dataclass(frozen=True)
class QrShown:
    """What `display_qr` did: the part strings, how many fragments, and any frame files."""

    fmt: Fmt
    kind: Kind
    fragments: int
    parts: list[str]
    files: list[Path]

    def to_json(self, *, with_parts: bool) -> dict[str, object]:
        data: dict[str, object] = {"format": self.fmt, "kind": self.kind,
                                   "fragments": self.fragments, "frames": len(self.parts)}  # fmt: skip
        if self.files:
            data["files"] = [str(p) for p in self.files]
        if with_parts:
            data["parts"] = self.parts
        return data


def display_qr(
    app: App,
    data: bytes,
    kind: Kind,
    fmt: Fmt = "ur",
    density: str | int = "medium",
    *,
    png_dir: Path | None = None,
    gif: Path | None = None,
    svg_dir: Path | None = None,
    frames: int | None = None,
    fps: float = DEFAULT_FPS,
    invert: bool = False,
    parts_only: bool = False,
    box_size: int = DEFAULT_BOX,
    force: bool = False,
    style: str | None = None,
    ur_type: str | None = None,
) -> QrShown:
    """Show `data` as QR codes without emitting a result, so a command can emit its own.
    For kind `cbor`, `data` is the CBOR body of a `ur:<ur_type>` (registry types).

    Frame files (`png_dir`, `gif`, `svg_dir`) are written with their digests on stderr; with
    `parts_only` nothing is drawn (the caller reports the parts); otherwise, on a TTY, one code
    is drawn once, and several are animated in place (pure then fountain parts, at `fps`, until
    Ctrl-C or `frames` frames) on the alternate screen, under a line with the size and SHA-256;
    off a TTY each frame is printed once. `style` (`STYLES`; default `contrast` on a TTY,
    `light` elsewhere, `dark` with `invert`) picks how modules are drawn. For UR written to files
    `frames` defaults to twice the fragment count, so a receiver that misses frames still
    completes. UsageError for bad options, TransportError for write failures.
    """
    if sum(x is not None for x in (png_dir, gif, svg_dir)) > 1:
        raise UsageError("choose one of --png-dir, --gif and --svg-dir")
    if not 0 < fps <= 60:
        raise UsageError("--fps must be between 0 and 60")
    if frames is not None and not 1 <= frames <= 100_000:
        raise UsageError("--frames must be between 1 and 100000")
    if not 1 <= box_size <= 40:
        raise UsageError("--box-size must be between 1 and 40")
    try:
        dens = parse_density(density)
        fragments = len(encode_for_qr(data, kind, fmt, dens, ur_type=ur_type))
        to_files = png_dir is not None or gif is not None or svg_dir is not None
        count = frames
        if count is None and fmt == "ur" and fragments > 1 and to_files:
            count = 2 * fragments
        parts = encode_for_qr(data, kind, fmt, dens, frames=count, ur_type=ur_type)
    except ValueError as exc:
        raise UsageError(str(exc)) from None

    if style is not None and style not in STYLES:
        raise UsageError(f"--style must be one of {', '.join(STYLES)}")
    summary = f"{fmt} {kind}: {len(data)} bytes in {fragments} part(s), density {dens.name}"
    if to_files:
        app.info(f"{summary}; writing {len(parts)} frame(s)")
        written = _write_frames(app, parts, png_dir, gif, svg_dir, fps, box_size, force)
        return QrShown(fmt, kind, fragments, parts, written)
    if parts_only:
        return QrShown(fmt, kind, fragments, parts, [])
    app.info(summary)
    tty = sys.stdout.isatty()
    chosen = style or ("dark" if invert else "contrast" if tty else "light")
    render = functools.partial(_render, chosen)
    animated = len(parts) > 1 or (fmt == "ur" and fragments > 1)
    if tty and animated:
        _live_loop(app, data, kind, fmt, dens, parts, fragments, fps, render, frames, ur_type)
    elif tty:
        # One code: drawn once, and the command returns (nothing to stop).
        click.echo(render(parts[0], fast=False))
        click.echo(f"{len(data)} bytes, sha256 {_sha256(data)} — one QR code")
    else:
        for index, part in enumerate(parts, start=1):
            click.echo(render(part, fast=len(parts) > 1))
            click.echo(f"part {index}/{len(parts)}")
    return QrShown(fmt, kind, fragments, parts, [])


STYLES = ("contrast", "light", "dark")


def _render(style: str, part: str, *, fast: bool) -> str:
    """One code as terminal text in `style`: `contrast` black on white set explicitly (scans on
    any theme, the default), `light` dark modules as blocks in the terminal's colours (a light
    theme), `dark` light modules as blocks (a dark theme). The quiet zone is the 4 modules ISO/IEC
    18004 asks for when colours are set, 2 otherwise (the terminal's own margin adds to it)."""
    from coldsign.transport import qr

    if style == "contrast":
        return qr.render_terminal(part, contrast=True, border=qr.DEFAULT_BORDER, fast=fast)
    return qr.render_terminal(part, invert=style == "dark", fast=fast)


def display_text_qr(
    app: App,
    text: str,
    *,
    png_dir: Path | None = None,
    gif: Path | None = None,
    invert: bool = False,
    force: bool = False,
    parts_only: bool = False,
) -> list[Path]:
    """One QR code of `text` exactly as given (a BIP-21 URI answered back to the online side),
    not wrapped in UR, BBQr or base64. Written as one PNG or GIF frame, or drawn on stdout;
    returns the files written."""
    if parts_only:
        return []
    if png_dir is not None or gif is not None:
        return _write_frames(app, [text], png_dir, gif, None, DEFAULT_FPS, DEFAULT_BOX, force)
    from coldsign.transport import qr

    click.echo(qr.render_terminal(text, invert=invert))
    return []


def show_qr(
    app: App,
    data: bytes,
    kind: Kind,
    fmt: Fmt = "ur",
    density: str | int = "medium",
    *,
    png_dir: Path | None = None,
    gif: Path | None = None,
    svg_dir: Path | None = None,
    frames: int | None = None,
    fps: float = DEFAULT_FPS,
    invert: bool = False,
    text: bool = False,
    box_size: int = DEFAULT_BOX,
    force: bool = False,
    style: str | None = None,
) -> list[str]:
    """`qr show`: `display_qr`, then emit what was written or the part strings as the result.

    `text` (or --json) makes the part strings the result instead of drawing them. Returns the
    parts shown. Raises as `display_qr`.
    """
    shown = display_qr(app, data, kind, fmt, density, png_dir=png_dir, gif=gif,
                       svg_dir=svg_dir, frames=frames, fps=fps, invert=invert,
                       parts_only=text or app.json, box_size=box_size, force=force,
                       style=style)  # fmt: skip
    if shown.files:
        app.emit(
            {"format": fmt, "kind": kind, "fragments": shown.fragments,
             "frames": len(shown.parts), "files": [str(p) for p in shown.files]},
            text=f"wrote {len(shown.parts)} frame(s) to {gif or png_dir or svg_dir}",
        )  # fmt: skip
    elif text or app.json:
        app.emit({"format": fmt, "kind": kind, "fragments": shown.fragments,
                  "parts": shown.parts}, text="\n".join(shown.parts))  # fmt: skip
    return shown.parts


def scan_qr(
    app: App,
    *,
    images: Sequence[Path] = (),
    directory: Path | None = None,
    stdin: bool = False,
    camera: bool = False,
    device: int = 0,
    expect: Kind | None = None,
    collector: MultipartCollector | None = None,
) -> tuple[Kind, bytes]:
    """Collect one message from exactly one source; progress on stderr.

    Returns `(kind, bytes)`. A caller that reads registry URs passes its own `collector` (with
    `ur_types`) and reads `collector.ur_type` afterwards. DecodeError (exit 3) for a refused part
    or an incomplete message, TransportError (exit 7) for an unreadable source or a missing
    zbar/OpenCV.
    """
    chosen = sum((bool(images), directory is not None, stdin, camera))
    if chosen != 1:
        raise UsageError("give exactly one source: IMAGES..., --dir, --stdin or --camera")
    from coldsign.transport import scan

    if collector is None:
        collector = MultipartCollector(expect)
    found_any = False

    def feed(source: str, texts: Iterable[str]) -> bool:
        nonlocal found_any
        for text in texts:
            found_any = True
            progress = collector.add(text)
            app.info(f"{source}: {progress.describe()}")
            if collector.is_complete:
                return True
        return False

    if images or directory is not None:
        paths = list(images) if images else scan.image_files(cast(Path, directory))
        if not paths:
            raise TransportError(f"no image files in {directory}")
        for name, texts in scan.scan_files(paths):
            if not texts:
                app.warn(f"{name}: no QR code found")
            if feed(name, texts):
                break
    elif stdin:
        for name, line in scan.scan_lines(sys.stdin):
            if feed(name, [line]):
                break
    else:
        app.info(f"scanning with camera {device}; Ctrl-C to stop")
        for texts in scan.camera_frames(device):
            if feed("camera", texts):
                break
    if not collector.is_complete:
        if not found_any:
            raise DecodeError("QR input", "no QR code found")
        raise DecodeError("QR message", f"incomplete after {collector.count} part(s); "
                          "scan the missing frames")  # fmt: skip
    kind, data = collector.result()
    app.info(f"scanned {kind}: {len(data)} bytes, sha256 {_sha256(data)}")
    return kind, data


def load_for_qr(raw: bytes, kind: str) -> tuple[Kind, bytes]:
    """File bytes to what `qr show` encodes: `auto` finds binary, base64 or hex PSBTs; `tx` takes
    a raw transaction as binary or hex text (a `-final.txn` file) and shows it as binary."""
    if kind in ("auto", "psbt"):
        psbt = _as_psbt(raw)
        if psbt is not None:
            return "psbt", psbt
        if kind == "psbt":
            raise DecodeError("PSBT file", "not a binary, base64 or hex PSBT")
        return sniff_kind(raw), raw
    if kind == "tx":
        from coldsign.transport.formats import raw_transaction_bytes

        return "tx", raw_transaction_bytes(raw)
    return cast(Kind, kind), raw


def _as_psbt(raw: bytes) -> bytes | None:
    if raw.startswith(PSBT_MAGIC):
        return raw
    text = raw.strip()
    try:
        if text.startswith(b"cHNidP"):
            decoded = base64.b64decode(text, validate=True)
        elif text.lower().startswith(b"70736274ff"):
            decoded = bytes.fromhex(text.decode("ascii"))
        else:
            return None
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.startswith(PSBT_MAGIC) else None


# --------------------------------------------------------------------------- internals


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _write_frames(
    app: App,
    parts: list[str],
    png_dir: Path | None,
    gif: Path | None,
    svg_dir: Path | None,
    fps: float,
    box_size: int,
    force: bool,
) -> list[Path]:
    from coldsign.transport import qr

    if gif is not None:
        digest = files.write_new(gif, qr.animated_gif(parts, fps=fps, box_size=box_size),
                                 force=force)  # fmt: skip
        app.info(f"wrote {gif}: {digest.size} bytes, sha256 {digest.sha256}")
        return [gif]
    directory = cast(Path, png_dir if png_dir is not None else svg_dir)
    suffix = ".png" if png_dir is not None else ".svg"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TransportError(f"cannot create {directory}: {exc.strerror or exc}") from None
    stale = sorted(directory.glob(f"frame-*{suffix}"))
    if stale and not force:
        raise TransportError(f"{directory} already holds frame files; use an empty directory")
    written: list[Path] = []
    for index, part in enumerate(parts, start=1):
        path = directory / qr.frame_name(index, len(parts), suffix)
        fast = len(parts) > 1  # see qr.matrix: sequences trade the mask search for speed
        render = qr.png if suffix == ".png" else qr.svg
        body = render(part, box_size=box_size, fast=fast)
        digest = files.write_new(path, body, force=force)
        app.info(f"wrote {path}: {digest.size} bytes, sha256 {digest.sha256}")
        written.append(path)
    if stale:
        extra = [p for p in stale if p not in written]
        if extra:
            app.warn(f"{directory} still holds {len(extra)} older frame file(s); remove them")
    return written


def _live_loop(
    app: App,
    data: bytes,
    kind: Kind,
    fmt: Fmt,
    density: Density,
    parts: list[str],
    fragments: int,
    fps: float,
    render: Callable[..., str],
    limit: int | None,
    ur_type: str | None = None,
) -> None:
    """Animate the parts in place until Ctrl-C (or `limit` frames): on the terminal's alternate
    screen (no scrollback, the operator's screen back afterwards), each frame drawn from the
    top-left corner over the last one, under a header with the size and SHA-256 that stays put."""
    import shutil

    stream: Iterator[str]
    if fmt == "ur" and fragments > 1:
        encoder = ur_encoder(data, kind, density, ur_type=ur_type)
        stream = (encoder.next_part().upper() for _ in itertools.count())
    else:
        stream = itertools.cycle(parts)
    header = f"{fmt} {kind}: {len(data)} bytes, sha256 {_sha256(data)}"
    period = 1.0 / fps
    out = sys.stdout
    shown = 0
    rows = shutil.get_terminal_size((80, 24)).lines
    out.write("\x1b[?1049h\x1b[?25l")  # alternate screen, cursor hidden
    try:
        for shown, part in enumerate(stream, start=1):
            started = time.monotonic()
            if fmt == "ur" and fragments > 1:
                seq = part.split("/")[1]
                counter = f"UR part {seq} (frame {shown}; {fragments} fragments)"
            else:
                counter = f"part {(shown - 1) % len(parts) + 1}/{len(parts)}"
            lines = [header, *render(part, fast=True).split("\n"), f"{counter}  (Ctrl-C to stop)"]
            if shown == 1 and len(lines) > rows:
                app.warn(f"the code needs {len(lines)} lines and the terminal has {rows}: "
                         "enlarge it, or use a lower --density")  # fmt: skip
            # Home, each line cleared to its end, the rest of the screen cleared: no scrolling.
            out.write("\x1b[H" + "\x1b[K\n".join(lines) + "\x1b[K\x1b[J")
            out.flush()
            if limit is not None and shown >= limit:
                break
            time.sleep(max(0.0, period - (time.monotonic() - started)))
    except KeyboardInterrupt:
        pass
    finally:
        out.write("\x1b[?25h\x1b[?1049l")
        out.flush()
    app.info(f"stopped after {shown} frame(s); {header}")


# --------------------------------------------------------------------------- commands


def _density(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        parse_density(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@click.group(cls=CsGroup)
def qr() -> None:
    """Show and scan QR codes: UR (animated, fountain-coded), BBQr, base64."""


@qr.command("show")
@click.argument("file", type=InFile)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ur", show_default=True,
              help="ur (animated, fountain-coded), bbqr (Coldcard) or base64 (one code).")  # fmt: skip
@click.option(
    "--kind",
    type=click.Choice(("auto", *KINDS)),
    default="auto",
    show_default=True,
    help="What FILE holds; auto recognizes PSBTs (binary, base64 or hex).",
)
@click.option(
    "--png-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write numbered PNG frames (frame-0001.png ...) here.",
)
@click.option(
    "--gif", type=click.Path(dir_okay=False, path_type=Path), help="Write an animated GIF."
)
@click.option(
    "--svg-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write numbered SVG frames here.",
)
@click.option(
    "--frames",
    type=int,
    help="Frames to write (UR default: twice the fragments), or to show on a terminal before "
    "returning (default: until Ctrl-C).",
)
@click.option(
    "--fps",
    type=float,
    default=DEFAULT_FPS,
    show_default=True,
    help="Frames per second for the terminal loop and GIF.",
)
@click.option(
    "--density",
    default="medium",
    show_default=True,
    callback=_density,
    help="low, medium, high, or a UR fragment size in bytes.",
)
@click.option(
    "--style",
    type=click.Choice(STYLES),
    default=None,
    help="Terminal: contrast (black on white set explicitly; scans on any theme; the default on "
    "a terminal), light (dark modules as blocks, for light themes) or dark (light modules as "
    "blocks, for dark themes).",
)
@click.option("--invert", is_flag=True, help="Terminal: the same as --style dark.")
@click.option("--text", "as_text", is_flag=True, help="Print the part strings, one per line.")
@click.option(
    "--box-size",
    type=int,
    default=DEFAULT_BOX,
    show_default=True,
    help="Pixels per module in PNG/GIF.",
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.pass_obj
def show_cmd(
    app: App, file: Path, fmt: str, kind: str, png_dir: Path | None, gif: Path | None,
    svg_dir: Path | None, frames: int | None, fps: float, density: str, style: str | None,
    invert: bool,
    as_text: bool, box_size: int, force: bool,
) -> None:  # fmt: skip
    """Show FILE as QR codes (terminal, PNG/SVG frames or GIF)."""
    raw = files.read_capped(file, MAX_SHOW_BYTES)
    app.info(f"read {file}: {len(raw)} bytes, sha256 {_sha256(raw)}")
    resolved, data = load_for_qr(raw, kind)
    if not data:
        raise DecodeError(f"file {file}", "is empty")
    show_qr(app, data, resolved, cast(Fmt, fmt), density, png_dir=png_dir, gif=gif,
            svg_dir=svg_dir, frames=frames, fps=fps, invert=invert, text=as_text, style=style,
            box_size=box_size, force=force)  # fmt: skip


@qr.command("scan")
@click.argument("images", nargs=-1, type=InFile)
@click.option(
    "--dir",
    "directory",
    type=InDir,
    help="Scan every image in this directory, in name order.",
)
@click.option("--stdin", "from_stdin", is_flag=True, help="One QR text per line on stdin.")
@click.option("--camera", is_flag=True, help="Scan with a webcam (needs coldsign[camera]).")
@click.option("--device", type=int, default=0, show_default=True, help="Camera number.")
@click.option(
    "--kind",
    type=click.Choice(("auto", *KINDS)),
    default="auto",
    show_default=True,
    help="Refuse anything but this kind.",
)
@click.option(
    "-o",
    "--out",
    required=True,
    help="Output file (written atomically, never overwritten), or - for base64 on stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.pass_obj
def scan_cmd(
    app: App, images: tuple[Path, ...], directory: Path | None, from_stdin: bool, camera: bool,
    device: int, kind: str, out: str, force: bool,
) -> None:  # fmt: skip
    """Scan QR codes into a file: IMAGES..., --dir D, --stdin or --camera."""
    expect = None if kind == "auto" else cast(Kind, kind)
    got, data = scan_qr(app, images=images, directory=directory, stdin=from_stdin,
                        camera=camera, device=device, expect=expect)  # fmt: skip
    digest = _sha256(data)
    if out == "-":
        encoded = base64.b64encode(data).decode("ascii")
        app.emit({"kind": got, "size": len(data), "sha256": digest, "base64": encoded},
                 text=encoded)  # fmt: skip
        return
    path = Path(out)
    written = files.write_new(path, data, force=force)
    app.info(f"wrote {path}: {written.size} bytes, sha256 {written.sha256}")
    app.emit({"kind": got, "size": written.size, "sha256": written.sha256, "path": str(path)},
             text=f"{got} {written.size} bytes sha256 {written.sha256} -> {path}")  # fmt: skip
