"""Where secrets and confirmations enter: hidden prompts on stderr or file descriptors, never argv.

Secrets are returned as plain `str` only for the instant it takes to wrap them in a `keys` type.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from coldsign.cli.app import App
from coldsign.errors import Cancelled, TransportError, UsageError

if TYPE_CHECKING:
    from coldsign.keys.secrets import Passphrase

_FD_READ_CAP = 64 * 1024


def read_fd(fd: int, what: str) -> str:
    """Read all of file descriptor `fd` (a pipe or file the caller opened), as UTF-8."""
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            total += len(chunk)
            if total > _FD_READ_CAP:
                raise TransportError(f"{what} from fd {fd}: more than {_FD_READ_CAP} bytes")
            chunks.append(chunk)
    except OSError as exc:
        raise TransportError(f"cannot read {what} from fd {fd}: {exc.strerror or exc}") from None
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise TransportError(f"{what} from fd {fd} is not UTF-8 text") from None


def secret(app: App, what: str, fd: int | None, *, allow_empty: bool = False) -> str:
    """One secret line: from `fd` if given, else a hidden prompt on stderr.

    With --yes and no fd there is nobody to ask, so that is a usage error (exit 2).
    """
    if fd is not None:
        text = read_fd(fd, what).rstrip("\r\n")
    else:
        if app.yes:
            raise UsageError(f"--yes given but no file descriptor for the {what}")
        text = click.prompt(
            f"{what.capitalize()}",
            hide_input=True,
            err=True,
            default="" if allow_empty else None,
            show_default=False,
        )
    if not text and not allow_empty:
        raise UsageError(f"empty {what}")
    return text


def secret_lines(app: App, what: str, fd: int | None, count_hint: str = "") -> list[str]:
    """Several secrets (e.g. SLIP-39 shares), one per line from `fd`, or prompted one at a time."""
    if fd is not None:
        return [line.strip() for line in read_fd(fd, what).splitlines() if line.strip()]
    if app.yes:
        raise UsageError(f"--yes given but no file descriptor for the {what}")
    lines: list[str] = []
    app.info(f"Enter the {what} one at a time{count_hint}; an empty line ends.")
    while True:
        line = click.prompt(
            f"{what.capitalize()} #{len(lines) + 1}",
            hide_input=True,
            err=True,
            default="",
            show_default=False,
        )
        if not line.strip():
            return lines
        lines.append(line.strip())


def confirm(app: App, question: str) -> None:
    """Ask on stderr; `--yes` answers yes. No means `Cancelled` (exit 6)."""
    if app.yes:
        return
    if not click.confirm(question, err=True, default=False):
        raise Cancelled("the operator declined")


MAX_MISMATCHES = 3  # new-passphrase entries that differ before the command gives up


def new_passphrase(
    app: App, what: str, fd: int | None, *, context: Sequence[str] = ()
) -> Passphrase:
    """A new passphrase for `what` (e.g. "role key"), strong enough (`keys.strength`; `context`:
    words an attacker would try first, such as the holder's name).

    From the fd: read once; too weak is a UsageError (exit 2). At the hidden prompt: asked twice,
    since a typo would lock the secret away for good; a weak one is explained and asked again,
    and entries that differ are asked again (MAX_MISMATCHES times, then UsageError).
    """
    from coldsign.keys.secrets import Passphrase
    from coldsign.keys.strength import passphrase_problem

    if fd is not None:
        text = secret(app, f"new {what} passphrase", fd)
        problem = passphrase_problem(text, context)
        if problem:
            raise UsageError(f"new {what} passphrase: {problem}")
        return Passphrase(text)
    mismatches = 0
    while True:
        first = secret(app, f"new {what} passphrase", None)
        problem = passphrase_problem(first, context)
        if problem:
            app.warn(f"{problem}; choose another")
            continue
        second = secret(app, f"new {what} passphrase again", None)
        if first == second:
            return Passphrase(first)
        mismatches += 1
        if mismatches >= MAX_MISMATCHES:
            raise UsageError(
                f"the two passphrases differ ({mismatches} times); nothing was written"
            )
        app.warn("the two entries differ; enter the new passphrase twice again")
