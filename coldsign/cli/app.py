"""The per-invocation context every command receives: global options and output channels."""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click


class ExistingPath(click.ParamType):  # type: ignore[type-arg]
    """A path that must exist. Missing is an environment problem (exit 7, as the README's exit
    table says), not a usage error: click's own `Path(exists=True)` would exit 2."""

    name = "path"

    def __init__(self, *, file_okay: bool = True, dir_okay: bool = True) -> None:
        self.file_okay = file_okay
        self.dir_okay = dir_okay
        if file_okay and not dir_okay:
            self.name = "file"
        elif dir_okay and not file_okay:
            self.name = "directory"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path:
        from coldsign.errors import TransportError

        path = value if isinstance(value, Path) else Path(str(value))
        hint = ""
        if isinstance(param, click.Option):
            hint = f"{param.opts[0]} "
        elif param is not None and param.name:
            hint = f"{param.name.upper()} "
        if not path.exists():
            raise TransportError(f"{hint}{path} does not exist")
        if path.is_dir() and not self.dir_okay:
            raise TransportError(f"{hint}{path} is a directory, not a file")
        if not path.is_dir() and not self.file_okay:
            raise TransportError(f"{hint}{path} is not a directory")
        return path


# Click path types shared by every command module.
InFile = ExistingPath(dir_okay=False)
InDir = ExistingPath(file_okay=False)
InAny = ExistingPath()
OutFile = click.Path(dir_okay=False, path_type=Path)
# -o may name a directory: the result is then written there under a Coldcard-style name.
OutPath = click.Path(path_type=Path)


DEFAULT_HOME = Path("~/.coldsign")

JsonValue = Any


class LazyGroup(click.Group):
    """A group whose sub-commands are imported on first use.

    `lazy` maps a name to ("module:attribute", one-line help); the help is in the table so that
    `--help` lists the commands without importing their modules. Start-up matters: a customer's
    `reserves liabilities verify` must not pay for the signer's payload stack.
    """

    def __init__(
        self, *args: Any, lazy: Mapping[str, tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: Mapping[str, tuple[str, str]] = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            target, _ = self.lazy[cmd_name]
            module_name, attribute = target.split(":")
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    return None  # not built yet
                raise
            command = getattr(module, attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.lazy[name][1]) for name in sorted(self.lazy)]
        rows += [
            (name, command.get_short_help_str())
            for name, command in sorted(self.commands.items())
            if name not in self.lazy and not command.hidden
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


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
