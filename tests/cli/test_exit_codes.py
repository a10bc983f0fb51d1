"""The exit-code contract (docs/design.md §5) through the installed entry point: 0, 1, 2, 3, 7."""

from __future__ import annotations

import os

import click
import pytest

from coldsign.cli.main import cli, run
from tests.conftest import run_cli, secret_fd

ABOUT = " ".join(["abandon"] * 11 + ["about"])


def test_exit_0() -> None:
    assert run_cli("--version").exit_code == 0
    fd = secret_fd(ABOUT)
    try:
        result = run_cli(
            "wallet", "xpub", "--path", "m/84h/0h/0h", "--mnemonic-fd", str(fd), pass_fds=(fd,)
        )
    finally:
        os.close(fd)
    assert result.exit_code == 0 and result.stdout.startswith("[73c5da0a/84h/0h/0h]xpub")


def test_exit_2_usage() -> None:
    assert run_cli("wallet", "xpub").exit_code == 2  # --path missing
    result = run_cli("--yes", "wallet", "xpub", "--path", "m/84h")  # nobody to prompt
    assert result.exit_code == 2 and "file descriptor" in result.stderr
    assert run_cli("--json", "wallet", "descriptor", "--type", "bogus").exit_code == 2


def test_exit_3_decode() -> None:
    fd = secret_fd(ABOUT.replace("about", "abandon"))
    try:
        result = run_cli(
            "--json", "wallet", "xpub", "--path", "m/0", "--mnemonic-fd", str(fd), pass_fds=(fd,)
        )
    finally:
        os.close(fd)
    assert result.exit_code == 3
    assert (
        result.json["error"]["kind"] == "malformed"
        and "checksum" in result.json["error"]["message"]
    )
    assert run_cli("--yes", "wallet", "xpub", "--path", "m/84x").exit_code == 3


def test_exit_7_unreadable_fd() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    os.close(write_end)
    result = run_cli("wallet", "xpub", "--path", "m/0", "--mnemonic-fd", str(read_end))
    assert result.exit_code == 7
    assert "cannot read mnemonic" in result.stderr


def test_exit_1_internal_error_boundary(capsys: pytest.CaptureFixture[str]) -> None:
    """A bug (plain exception) anywhere under the root group becomes exit 1, no traceback."""

    @click.command("explode-for-test")
    def explode() -> None:
        raise RuntimeError("boom")

    cli.add_command(explode)
    try:
        assert run(["explode-for-test"]) == 1
        captured = capsys.readouterr()
        assert "internal error (RuntimeError)" in captured.err and "Traceback" not in captured.err
        assert run(["--debug", "explode-for-test"]) == 1
        assert "Traceback" in capsys.readouterr().err
    finally:
        cli.commands.pop("explode-for-test", None)
