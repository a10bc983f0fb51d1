"""The per-invocation context every command receives: global options and output channels."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

# Click path types shared by every command module.
InFile = click.Path(exists=True, dir_okay=False, path_type=Path)
OutFile = click.Path(dir_okay=False, path_type=Path)
# -o may name a directory: the result is then written there under a Coldcard-style name.
OutPath = click.Path(path_type=Path)


DEFAULT_HOME = Path("~/.coldsign")

JsonValue = Any


@dataclass
class App:
    """Global options. Results go to stdout (text or `--json`); everything else to stderr."""

    home: Path
    json: bool = False
    yes: bool = False
    debug: bool = False
    _emitted: bool = field(default=False, repr=False)

    def emit(self, data: JsonValue, text: str | Callable[[], str] | None = None) -> None:
        """Print a command's result: `data` as JSON with --json, otherwise `text` (or `data`)."""
        self._emitted = True
        if self.json:
            click.echo(json.dumps(data, indent=2, sort_keys=False, default=_json_default))
            return
        if callable(text):
            text = text()
        if text is None:
            text = (
                data if isinstance(data, str) else json.dumps(data, indent=2, default=_json_default)
            )
        click.echo(text)

    def info(self, message: str) -> None:
        """A line for the operator on stderr (never a result, never a secret)."""
        click.echo(message, err=True)

    def warn(self, message: str) -> None:
        click.secho(f"warning: {message}", fg="yellow", err=True)

    @property
    def interactive(self) -> bool:
        return sys.stdin.isatty() and not self.yes

    def home_dir(self, *, create: bool = False) -> Path:
        """The signer's state directory; created with mode 0700 when asked."""
        home = self.home.expanduser()
        if create and not home.exists():
            home.mkdir(parents=True, mode=0o700)
            os.chmod(home, 0o700)
        return home


def _json_default(value: object) -> object:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "value"):  # enums
        return value.value
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def default_home() -> Path:
    env = os.environ.get("COLDSIGN_HOME")
    return Path(env) if env else DEFAULT_HOME
