"""Where commands read their inputs and write their results across the air gap: files and QR.

`read_input` takes a file (printing its size and SHA-256) or, with `--qr`, scans the input from
the camera, a directory of frames, image files or keyboard-wedge lines on stdin. `write_output`
writes a file atomically, never over an existing one (printing its size and SHA-256), and/or shows
the result as QR codes. The click decorators add the `--qr…` options to a command in one line;
`export_name` gives Coldcard-style names (`NAME-signed.psbt`, `NAME-final.txn`) for `-o DIR`.
See docs/transport.md, "`--qr` on every command".
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args

import click

from coldsign.cli.app import App
from coldsign.errors import DecodeError, UsageError
from coldsign.transport import files

if TYPE_CHECKING:
    from coldsign.transport.formats import Fmt, Kind

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_FPS = 5.0  # the same default as `qr show` (coldsign.cli.qr.DEFAULT_FPS)
# transport.formats.FORMATS, spelled out so that declaring --qr options does not import the
# transport and PSBT codecs (start-up time of every command; a test keeps the two equal).
QR_FORMATS = ("ur", "bbqr", "base64")

# What a PSBT (or document) has been through, as the last part of an exported file's name.
# Coldcard's conventions: `-part` (some signatures), `-signed`, `-final` (a broadcastable `.txn`).
Stage = Literal["part", "signed", "final", "combined", "v0", "v2", "base64", "hex", "binary"]
STAGES: tuple[str, ...] = get_args(Stage)
_KNOWN_EXTENSIONS = frozenset(
    {".psbt", ".txn", ".json", ".toml", ".b64", ".base64", ".hex", ".txt", ".payload"}
)
_SAFE_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True)
class QrSource:
    """Where a scanned input comes from: image files, a frame directory, stdin lines, or a camera
    (none of the others)."""

    images: tuple[Path, ...] = ()
    directory: Path | None = None
    stdin: bool = False
    device: int = 0

    @property
    def camera(self) -> bool:
        return not self.images and self.directory is None and not self.stdin

    def describe(self) -> str:
        if self.stdin:
            return "stdin"
        if self.directory is not None:
            return str(self.directory)
        if self.images:
            return ", ".join(str(p) for p in self.images)
        return f"camera {self.device}"

    @classmethod
    def from_options(cls, values: Sequence[str], device: int = 0) -> QrSource:
        """`--qr-from` values: nothing (camera), `-` (stdin), one directory, or image files.

        UsageError (exit 2) for a mixture or a path that does not exist.
        """
        if not values:
            return cls(device=device)
        if "-" in values:
            if len(values) > 1:
                raise UsageError("--qr-from - (stdin) cannot be combined with other sources")
            return cls(stdin=True)
        paths = [Path(v) for v in values]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise UsageError(f"--qr-from: {', '.join(missing)} does not exist")
        dirs = [p for p in paths if p.is_dir()]
        if dirs:
            if len(paths) > 1:
                raise UsageError("--qr-from takes one directory, or image files, not both")
            return cls(directory=dirs[0])
        return cls(images=tuple(paths))


@dataclass(frozen=True)
class QrOptions:
    """How a result is shown as QR codes (see `coldsign.cli.qr.display_qr`)."""

    fmt: Fmt = "ur"
    density: str = "medium"
    png_dir: Path | None = None
    gif: Path | None = None
    frames: int | None = None
    fps: float = DEFAULT_FPS
    invert: bool = False


# --------------------------------------------------------------------------- reading


def digest_line(verb: str, name: str, data: bytes) -> str:
    """`read FILE: N bytes, sha256 H`: what both operators compare across the gap."""
    return _digest_text(verb, name, len(data), hashlib.sha256(data).hexdigest())


def _digest_text(verb: str, name: str, size: int, sha256: str) -> str:
    return f"{verb} {name}: {size} bytes, sha256 {sha256}"


def read_input(
    app: App,
    path: Path | None,
    source: QrSource | None,
    *,
    what: str,
    cap: int,
    expect: Kind | None,
) -> bytes:
    """The bytes of one input: the file `path`, or a QR message scanned from `source`.

    A file's size and SHA-256 go to stderr ("read FILE: N bytes, sha256 H"); a scan prints the
    same for the message it assembled. `expect` refuses a scanned message of another kind
    (DecodeError, exit 3, naming both kinds): `psbt` accepts only PSBTs; `payload` (coldsign
    payloads, policies and manifests) accepts `payload` or untyped `bytes` but never a PSBT.
    UsageError (exit 2) for neither or both; DecodeError (exit 3) for a file above `cap`.
    """
    if path is not None and source is not None:
        raise UsageError(f"give the {what} as a file or by --qr, not both")
    if path is not None:
        try:
            data = files.read_capped(path, cap)
        except files.TooLarge as exc:
            # Above the format's own limit: malformed input (exit 3), as a scanned one is.
            raise DecodeError(what, str(exc)) from None
        app.info(digest_line("read", str(path), data))
        return data
    if source is None:
        raise UsageError(f"no {what} given: name a file, or use --qr to scan it")
    return scan_input(app, source, what=what, cap=cap, expect=expect)


def scan_input(app: App, source: QrSource, *, what: str, cap: int, expect: Kind | None) -> bytes:
    """Scan one QR message from `source` (progress and its digest on stderr); see read_input."""
    from coldsign.cli.qr import scan_qr

    # A PSBT is refused at the first part of another type; "payload" also takes untyped bytes
    # (a manifest shown with `qr show --kind auto` travels as ur:bytes), so it is checked after.
    kind, data = scan_qr(
        app,
        images=source.images,
        directory=source.directory,
        stdin=source.stdin,
        camera=source.camera,
        device=source.device,
        expect="psbt" if expect == "psbt" else None,
    )
    if not _accepts(expect, kind):
        raise DecodeError(f"scanned {what}", f"the QR message is a {kind}, not a {what}")
    if len(data) > cap:
        raise DecodeError(f"scanned {what}", f"{len(data)} bytes is more than the {cap}-byte limit")
    return data


def _accepts(expect: Kind | None, kind: Kind) -> bool:
    if expect is None or expect == "bytes":
        return True
    if expect == "payload":
        return kind in ("payload", "bytes")
    return kind == expect


# --------------------------------------------------------------------------- writing


def write_output(
    app: App,
    data: bytes | Sequence[bytes],
    out: Path | None,
    *,
    kind: Kind,
    qr: QrOptions | None,
    force: bool,
    mode: int = 0o600,
    ur_type: str | None = None,
) -> dict[str, Any]:
    """Write `data` to `out` and/or show it as QR; returns the JSON fields for the result.

    `data` is the bytes, or the pieces they join (`codec.payload.payload_parts`): a file is
    written piece by piece, so that a payload of megabytes is not first copied whole.

    The file is written atomically and never over an existing one unless `force` ("wrote FILE:
    N bytes, sha256 H" on stderr); then, with `qr`, the data is shown (a text PSBT as the binary
    PSBT) as a terminal loop, PNG frames (`png_dir`) or a GIF. With --json nothing is drawn and the
    part strings are returned under "qr". Fields: file, size, sha256; qr. UsageError if both
    `out` and `qr` are None; TransportError (exit 7) for a file that exists or cannot be written.
    """
    if out is None and qr is None:
        raise UsageError("nowhere to put the result: give -o FILE or --qr")
    result: dict[str, Any] = {}
    if out is not None:
        parts = (data,) if isinstance(data, bytes) else data
        digest = files.write_new_chunks(out, parts, force=force, mode=mode)
        # The digest the writer computed over the bytes it wrote (not a second pass: 3 ms a
        # 5 MB payload).
        app.info(_digest_text("wrote", str(out), digest.size, digest.sha256))
        result.update(file=str(out), size=digest.size, sha256=digest.sha256)
    if qr is not None:
        whole = data if isinstance(data, bytes) else b"".join(data)
        result["qr"] = show_output(app, whole, kind=kind, qr=qr, force=force, ur_type=ur_type)
    return result


def write_public(
    app: App,
    out: Path | None,
    data: bytes | Sequence[bytes],
    force: bool,
    qr: QrOptions | None = None,
) -> dict[str, Any]:
    """Write a public coldsign file (signed document or payload: mode 0644) and/or show it as QR
    codes (`ur:coldsign-payload`); see `write_output`. Here rather than in cli/policy.py so that
    a payload command does not import the `policy` noun's commands."""
    return write_output(app, data, out, kind="payload", qr=qr, force=force, mode=0o644)


def show_output(
    app: App,
    data: bytes,
    *,
    kind: Kind,
    qr: QrOptions,
    force: bool = False,
    ur_type: str | None = None,
) -> dict[str, Any]:
    """Show `data` as QR codes per `qr`; returns the "qr" JSON fields (see write_output).

    A PSBT given as text is shown as the binary PSBT, a raw transaction given as hex (kind `tx`)
    as the binary transaction (BBQr type T, ur:bytes), and kind `cbor` as `ur:<ur_type>`.
    """
    from coldsign.cli.qr import display_qr, load_for_qr

    if kind == "psbt":
        _, data = load_for_qr(data, "psbt")  # the transport carries the binary PSBT
    if kind == "tx":
        from coldsign.transport.formats import raw_transaction_bytes

        data = raw_transaction_bytes(data)
    app.info(digest_line(f"showing {kind} as QR", qr.fmt, data))
    shown = display_qr(
        app,
        data,
        kind,
        qr.fmt,
        qr.density,
        png_dir=qr.png_dir,
        gif=qr.gif,
        frames=qr.frames,
        fps=qr.fps,
        invert=qr.invert,
        parts_only=app.json,
        force=force,
        ur_type=ur_type,
    )
    fields = shown.to_json(with_parts=app.json and not shown.files)
    fields.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    return fields


# --------------------------------------------------------------------------- naming


def export_name(stem: str, stage: Stage, ext: str) -> str:
    """Coldcard-style `STEM-STAGE.EXT`: `tx-signed.psbt`, `tx-final.txn`, `policy-signed.json`.

    ValueError (a caller bug) for an unknown stage or a stem/extension that is not a plain name.
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    if not stem or stem[0] in ".-" or not set(stem) <= _SAFE_NAME_CHARS:
        raise ValueError("stem must be a plain file name")
    if not ext or not ext.isalnum():
        raise ValueError("extension must be letters and digits")
    return f"{stem}-{stage}.{ext}"


def stem_of(path: Path | None, fallback: str) -> str:
    """The NAME part for an export: the input file's name without its extensions and without an
    earlier stage (`tx-part.psbt` → `tx`), reduced to safe characters; `fallback` for a scanned
    input or a name with nothing left."""
    if path is None:
        return fallback
    name = path.name
    while True:
        suffix = Path(name).suffix
        if suffix.lower() in _KNOWN_EXTENSIONS or (suffix and name == path.name):
            name = name[: -len(suffix)]
            continue
        break
    changed = True
    while changed:
        changed = False
        for stage in STAGES:
            if name.endswith(f"-{stage}") and len(name) > len(stage) + 1:
                name = name[: -len(stage) - 1]
                changed = True
    # No leading dot (hidden file) or dash (read as an option by the next tool).
    name = "".join(c if c in _SAFE_NAME_CHARS else "_" for c in name).lstrip(".-")
    return name or fallback


def output_path(
    out: Path | None,
    *,
    source: Path | None,
    fallback: str,
    stage: Stage,
    ext: str,
    beside_input: bool = False,
) -> Path | None:
    """Where a result goes: `out` as given; `out/NAME-STAGE.EXT` when `out` is a directory; or,
    with `beside_input` and no `out`, that name next to `source` (the current directory for a
    scanned input), as Coldcard writes next to the input on its SD card. None: no file."""
    if out is not None and not out.is_dir():
        return out
    if out is None and not beside_input:
        return None
    directory = out if out is not None else (source.parent if source is not None else Path("."))
    return directory / export_name(stem_of(source, fallback), stage, ext)


# --------------------------------------------------------------------------- click options

_INPUT_NAMES = ("qr", "qr_from", "qr_device")
_OUTPUT_NAMES = ("qr_format", "qr_density", "qr_dir", "qr_gif", "qr_frames", "qr_fps", "qr_invert")


def _qr_flag(help_text: str) -> Callable[[F], F]:
    return click.option("--qr", "qr", is_flag=True, help=help_text)


def _input_decorators() -> list[Callable[[F], F]]:
    return [
        click.option(
            "--qr-from",
            "qr_from",
            multiple=True,
            metavar="DIR|-|IMAGE",
            help="Scan the input from a directory of frames, image files, or '-' (one QR text "
            "per line on stdin, as a keyboard-wedge scanner types) instead of the camera.",
        ),
        click.option(
            "--qr-device", "qr_device", type=int, default=0, help="Camera number for --qr."
        ),
    ]


def _output_decorators() -> list[Callable[[F], F]]:
    return [
        click.option(
            "--qr-format", "qr_format", type=click.Choice(QR_FORMATS), default=None,
            help="QR format for the result: ur (default), bbqr or base64.",
        ),
        click.option(
            "--qr-density", "qr_density", default=None,
            help="low, medium (default), high, or a UR fragment size in bytes.",
        ),
        click.option(
            "--qr-dir", "qr_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
            help="Write the result's QR frames as numbered PNGs here (implies --qr).",
        ),
        click.option(
            "--qr-gif", "qr_gif", type=click.Path(dir_okay=False, path_type=Path), default=None,
            help="Write the result's QR frames as an animated GIF (implies --qr).",
        ),
        click.option("--qr-frames", "qr_frames", type=int, default=None,
                     help="QR frames to write (UR default: twice the fragments)."),
        click.option("--qr-fps", "qr_fps", type=float, default=None,
                     help=f"QR frames per second (default {DEFAULT_FPS:g})."),
        click.option("--qr-invert", "qr_invert", is_flag=True, default=None,
                     help="Terminal QR: light modules as blocks (dark themes)."),
    ]  # fmt: skip


def _qr_options(kwargs: dict[str, Any], wanted: bool) -> QrOptions | None:
    """QrOptions from the popped output options; `wanted` is --qr. --qr-dir/--qr-gif imply it."""
    qr_dir, qr_gif = kwargs.pop("qr_dir"), kwargs.pop("qr_gif")
    tuning = {name: kwargs.pop(name) for name in _OUTPUT_NAMES if name in kwargs}
    if not (wanted or qr_dir is not None or qr_gif is not None):
        given = [f"--{n.replace('_', '-')}" for n, v in tuning.items() if v not in (None, False)]
        if given:
            raise UsageError(f"{', '.join(given)} needs --qr (or --qr-dir / --qr-gif)")
        return None
    if qr_dir is not None and qr_gif is not None:
        raise UsageError("choose one of --qr-dir and --qr-gif")
    density = tuning["qr_density"] or "medium"
    try:
        from coldsign.transport.formats import parse_density

        parse_density(density)
    except ValueError as exc:
        raise UsageError(f"--qr-density: {exc}") from None
    return QrOptions(
        fmt=cast("Fmt", tuning["qr_format"] or "ur"),
        density=density,
        png_dir=qr_dir,
        gif=qr_gif,
        frames=tuning["qr_frames"],
        fps=DEFAULT_FPS if tuning["qr_fps"] is None else tuning["qr_fps"],
        invert=bool(tuning["qr_invert"]),
    )


def _given(value: object) -> bool:
    return value is not None and value != ()


def qr_input_options(argument: str) -> Callable[[F], F]:
    """Add `--qr`, `--qr-from` and `--qr-device` for the input argument `argument` (which must
    be optional); the command receives `qr_in: QrSource | None` instead. Giving both the
    argument and --qr is a usage error."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            wanted, values, device = (kwargs.pop(n) for n in _INPUT_NAMES)
            source = QrSource.from_options(values, device) if wanted or values else None
            if source is not None and _given(kwargs.get(argument)):
                raise UsageError(f"give {argument.upper()} or --qr, not both")
            return func(*args, qr_in=source, **kwargs)

        decorated: Any = wrapper
        for option in reversed(_input_decorators()):
            decorated = option(decorated)
        return cast(F, _qr_flag("Scan the input as QR codes (camera, or --qr-from).")(decorated))

    return decorate


def qr_output_options(func: F) -> F:
    """Add `--qr` and the `--qr-…` display options; the command receives `qr_out: QrOptions |
    None` (None unless --qr, --qr-dir or --qr-gif)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wanted = kwargs.pop("qr")
        return func(*args, qr_out=_qr_options(kwargs, wanted), **kwargs)

    decorated: Any = wrapper
    for option in reversed(_output_decorators()):
        decorated = option(decorated)
    return cast(F, _qr_flag("Show the result as QR codes (besides -o FILE, if given).")(decorated))


def qr_io_options(argument: str, *, also_scan: bool = False) -> Callable[[F], F]:
    """For a command that reads `argument` and writes a result: one `--qr` that scans the input
    when `argument` is omitted (or, with `also_scan`, scans one more besides the files given) and
    shows the result as QR. `--qr-from` scans without showing; `--qr-dir`/`--qr-gif` show without
    scanning. The command receives `qr_in` and `qr_out`."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            wanted, values, device = (kwargs.pop(n) for n in _INPUT_NAMES)
            has_argument = _given(kwargs.get(argument))
            source: QrSource | None = None
            if values:
                if has_argument and not also_scan:
                    raise UsageError(f"give {argument.upper()} or --qr-from, not both")
                source = QrSource.from_options(values, device)
            elif wanted and (also_scan or not has_argument):
                source = QrSource(device=device)
            return func(*args, qr_in=source, qr_out=_qr_options(kwargs, wanted), **kwargs)

        decorated: Any = wrapper
        for option in reversed([*_input_decorators(), *_output_decorators()]):
            decorated = option(decorated)
        flag = _qr_flag(
            "Scan the input as QR codes when it is not given as a file, and show the result "
            "as QR codes."
        )
        return cast(F, flag(decorated))

    return decorate
