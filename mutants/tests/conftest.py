"""Shared fixtures: vector loading, the CLI runner, and the network block every test runs under."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

VECTORS = Path(__file__).parent / "vectors"


def vector_path(name: str) -> Path:
    return VECTORS / name


def vector(name: str) -> Any:
    """Load tests/vectors/<name> (JSON)."""
    return json.loads((VECTORS / name).read_text())


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never touch the network: any socket connect raises."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkBlocked("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


_DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()


@pytest.fixture(autouse=True)
def default_recursion_limit() -> Iterator[None]:
    """py_ecc (imported by eth-account in the EVM cross-checks) raises the recursion limit to
    100,000 for the whole process; a later deep-nesting test could then overflow the C stack and
    crash the worker. Every test runs with the interpreter's default."""
    sys.setrecursionlimit(_DEFAULT_RECURSION_LIMIT)
    yield
    sys.setrecursionlimit(_DEFAULT_RECURSION_LIMIT)


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(
    *args: str,
    input: str | None = None,
    pass_fds: tuple[int, ...] = (),
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Result:
    """Run the installed entry point (`python -m coldsign`) in a subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "coldsign", *args],
        input=input,
        capture_output=True,
        text=True,
        pass_fds=pass_fds,
        env=env,
        cwd=cwd,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli() -> Any:
    return run_cli


def secret_fd(text: str) -> int:
    """A pipe whose read end carries `text`: how tests pass secrets as `--…-fd N`."""
    import os

    read_end, write_end = os.pipe()
    os.write(write_end, text.encode())
    os.close(write_end)
    return read_end
