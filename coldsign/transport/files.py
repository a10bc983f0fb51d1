"""USB files: capped reads and atomic, never-overwriting writes (docs/design.md §4)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass

from coldsign.errors import TransportError

TYPE_CHECKING = False  # pathlib costs a customer's verify start-up (cli/inclusion.py), which
if TYPE_CHECKING:  # only reads; the writers import it when they run.
    from pathlib import Path

DEFAULT_READ_CAP = 64 * 1024 * 1024  # no payload, PSBT or manifest we handle comes near this


@dataclass(frozen=True)
class FileDigest:
    """What both sides of the air gap compare: a file's SHA-256 and size."""

    path: Path
    sha256: str
    size: int


def digest_of(path: Path, data: bytes) -> FileDigest:
    return FileDigest(path, hashlib.sha256(data).hexdigest(), len(data))


class TooLarge(TransportError):
    """A file larger than the reader's cap (exit 7 by default; a decoder with a format limit
    reports it as malformed input instead)."""


def read_capped(path: str | Path, cap: int = DEFAULT_READ_CAP) -> bytes:
    """Read a whole file, refusing (TooLarge, exit 7) one larger than `cap` before reading it."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > cap:
                raise TooLarge(f"{path}: {size} bytes is more than the {cap}-byte limit")
            # Read what fstat announced (and one byte more, to see a file that grew): a read
            # of cap + 1 bytes would take a buffer of the whole cap and shrink it afterwards
            # (2 ms and a second copy for a 5 MB payload). Pipes and special files say 0.
            data = fh.read(size + 1 if size > 0 else cap + 1)
            if 0 < size < len(data):
                data += fh.read(cap + 1 - len(data))
    except OSError as exc:
        raise TransportError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > cap:  # a pipe or special file that grew past what fstat said
        raise TooLarge(f"{path}: more than the {cap}-byte limit")
    return data


def write_new(path: Path, data: bytes, *, force: bool = False, mode: int = 0o600) -> FileDigest:
    """Write `data` atomically: temp file in the same directory, fsync, rename, fsync the directory.

    An existing `path` is never replaced unless `force`; the check and the rename cannot race
    because without `force` the final step is a hard link, which fails if the name exists.
    """
    return write_new_chunks(path, (data,), force=force, mode=mode)


def write_new_chunks(
    path: Path, chunks: Iterable[bytes], *, force: bool = False, mode: int = 0o600
) -> FileDigest:
    """`write_new` for output too large to hold in memory: the chunks are streamed to the temp file.

    Same guarantees: the name appears only once every chunk is written and fsync'd; an error
    raised while producing a chunk leaves no file behind and propagates unchanged.
    """
    from pathlib import Path  # here, not at the top: commands that only read files start faster

    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not force and path.exists():
        raise TransportError(f"{path} exists; refusing to overwrite it (use --force)")
    try:
        fd, tmp = _new_temp(directory, path.name)
    except OSError as exc:
        raise TransportError(f"cannot write in {directory}: {exc.strerror or exc}") from None
    digest = hashlib.sha256()
    size = 0
    try:
        try:
            os.fchmod(fd, mode)
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise TransportError(
                    f"{path} exists; refusing to overwrite it (use --force)"
                ) from None
            tmp.unlink()
        _fsync_dir(directory)
    except OSError as exc:
        raise TransportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return FileDigest(path, digest.hexdigest(), size)


# What tempfile.mkstemp opens with: created here or not at all, never through a symbolic link
# (os.open's descriptors are not inherited by children, PEP 446).
_TEMP_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def _new_temp(directory: Path, name: str) -> tuple[int, Path]:
    """A new file `.NAME.<random>.tmp` in `directory`, mode 0600, open for writing: what
    tempfile.mkstemp gives, without importing tempfile (shutil, random: 2 ms of every run that
    writes a file, issue 16). FileExistsError if 100 random names are all taken."""
    for _ in range(100):
        candidate = directory / f".{name}.{os.urandom(8).hex()}.tmp"
        try:
            return os.open(candidate, _TEMP_FLAGS, 0o600), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name in {directory}")


def replace_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> FileDigest:
    """Atomically replace `path` (state files the signer owns and rewrites)."""
    return write_new(path, data, force=True, mode=mode)


def append_durably(path: Path, line: bytes) -> None:
    """Append one line and fsync before returning (audit log, transcripts)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise TransportError(f"cannot append to {path}: {exc.strerror or exc}") from None


def _fsync_dir(directory: Path) -> None:
    try:
        dfd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass  # some filesystems refuse fsync on a directory; the rename itself is already durable
    finally:
        os.close(dfd)
