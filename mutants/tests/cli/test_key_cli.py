"""`coldsign key new|pub|check` via the real entry point: file mode, output, exit codes, leaks."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coldsign.keys.rolekey import Role, open_role_key, role_key_public, schnorr_verify
from coldsign.keys.secrets import Passphrase
from tests.conftest import Result, run_cli, secret_fd

# Distinctive enough that finding it anywhere means it leaked.
PASSPHRASE = "Zebra-Quartz-9931-never-print-me"
HEX66 = re.compile(r"0[23][0-9a-f]{64}")


def _new(
    tmp_path: Path, *args: str, role: str = "approver", name: str = "alice"
) -> tuple[Result, Path]:
    out = tmp_path / f"{name}.key"
    fd = secret_fd(PASSPHRASE + "\n")
    try:
        result = run_cli(
            *args, "key", "new", "--role", role, "--name", name, "-o", str(out),
            "--passphrase-fd", str(fd), pass_fds=(fd,),
        )  # fmt: skip
    finally:
        os.close(fd)
    return result, out


def _check(path: Path, passphrase: str, *args: str) -> Result:
    fd = secret_fd(passphrase)
    try:
        return run_cli(*args, "key", "check", str(path), "--passphrase-fd", str(fd), pass_fds=(fd,))
    finally:
        os.close(fd)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    return _new(tmp_path_factory.mktemp("keys"), "--json", role="admin", name="admin1")


def test_new_writes_a_0600_file_and_prints_the_public_key(made: tuple[Result, Path]) -> None:
    result, out = made
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = result.json
    assert set(data) == {"public_key", "role", "name", "file", "sha256"}
    assert HEX66.fullmatch(data["public_key"])
    assert (data["role"], data["name"], data["file"]) == ("admin", "admin1", str(out))
    import hashlib

    assert data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    info = role_key_public(out.read_bytes())
    assert (info.role, info.name, info.public_key.hex()) == (
        Role.ADMIN,
        "admin1",
        data["public_key"],
    )
    key = open_role_key(out.read_bytes(), Passphrase(PASSPHRASE))
    assert key.public_key.hex() == data["public_key"]
    assert json.loads(out.read_bytes())["kdf"]["n"] == 2**17  # the CLI uses the real cost


def test_text_output_is_exactly_the_66_hex_key(tmp_path: Path) -> None:
    result, out = _new(tmp_path, role="lead", name="lead1")
    assert result.exit_code == 0, result.stderr
    assert HEX66.fullmatch(result.stdout.strip())
    assert role_key_public(out.read_bytes()).role is Role.CEREMONY_LEAD


def test_pub_prints_it_again(made: tuple[Result, Path]) -> None:
    created, out = made
    text = run_cli("key", "pub", str(out))
    assert text.exit_code == 0 and text.stdout == created.json["public_key"] + "\n"
    as_json = run_cli("--json", "key", "pub", str(out))
    assert as_json.json == {
        "public_key": created.json["public_key"],
        "role": "admin",
        "name": "admin1",
    }


def test_check_with_the_right_passphrase(made: tuple[Result, Path]) -> None:
    created, out = made
    result = _check(out, PASSPHRASE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == created.json["public_key"]


def test_wrong_passphrase_is_exit_5(made: tuple[Result, Path]) -> None:
    _, out = made
    result = _check(out, PASSPHRASE + "x", "--json")
    assert result.exit_code == 5
    assert result.json["error"]["message"] == "wrong passphrase or the file was altered"
    assert "wrong passphrase or the file was altered" in result.stderr


def test_altered_label_is_exit_5(made: tuple[Result, Path], tmp_path: Path) -> None:
    _, out = made
    doc = json.loads(out.read_bytes())
    doc["public"]["name"] = "admin2"
    forged = tmp_path / "forged.key"
    forged.write_text(json.dumps(doc))
    assert run_cli("key", "pub", str(forged)).exit_code == 0  # the label is only a claim...
    assert _check(forged, PASSPHRASE).exit_code == 5  # ...until the file is opened


def test_the_passphrase_never_appears_anywhere(tmp_path: Path) -> None:
    created, out = _new(tmp_path, "--json", name="carol")
    outputs = [created.stdout, created.stderr]
    for result in (
        run_cli("key", "pub", str(out)),
        _check(out, PASSPHRASE),
        _check(out, PASSPHRASE + "!"),
        _check(out, PASSPHRASE, "--json", "--debug"),
    ):
        outputs += [result.stdout, result.stderr]
    for text in outputs:
        assert PASSPHRASE not in text
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes()
            assert PASSPHRASE.encode("utf-16-le") not in path.read_bytes()


def test_a_key_is_never_overwritten(made: tuple[Result, Path]) -> None:
    _, out = made
    before = out.read_bytes()
    result, _ = _new(out.parent, role="admin", name="admin1")
    assert result.exit_code == 2
    assert out.read_bytes() == before


@pytest.mark.parametrize(
    "name", ["", "has space", "-dash", "x" * 65], ids=["empty", "space", "dash", "long"]
)
def test_bad_name_is_usage_error(tmp_path: Path, name: str) -> None:
    out = tmp_path / "k.key"
    args = ["key", "new", "--role", "admin", "--name", name, "-o", str(out), "--passphrase-fd", "0"]
    result = run_cli(*args, input=PASSPHRASE)
    assert result.exit_code == 2 and not out.exists()


def test_bad_role_is_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "k.key"
    args = ["key", "new", "--role", "root", "--name", "a", "-o", str(out), "--passphrase-fd", "0"]
    result = run_cli(*args, input=PASSPHRASE)
    assert result.exit_code == 2 and not out.exists()


def test_yes_without_fd_is_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "k.key"
    result = run_cli("--yes", "key", "new", "--role", "admin", "--name", "a", "-o", str(out))
    assert result.exit_code == 2 and not out.exists()


def _prompted(tmp_path: Path, typed: str) -> subprocess.CompletedProcess[str]:
    # A new session has no controlling terminal, so the hidden prompt reads stdin (as in a pipe).
    return subprocess.run(
        [sys.executable, "-m", "coldsign", "key", "new", "--role", "approver", "--name", "dave",
         "-o", str(tmp_path / "dave.key")],
        input=typed, capture_output=True, text=True, timeout=120, start_new_session=True,
    )  # fmt: skip


def test_prompt_asks_twice_and_again_after_a_mismatch(tmp_path: Path) -> None:
    typo = f"{PASSPHRASE}\n{PASSPHRASE}-typo\n"
    result = _prompted(tmp_path, typo * 3)
    assert result.returncode == 2
    assert "differ" in result.stderr and not (tmp_path / "dave.key").exists()
    assert PASSPHRASE not in result.stdout + result.stderr
    again = _prompted(tmp_path, typo + f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert again.returncode == 0, again.stderr
    assert "differ; enter the new passphrase twice again" in again.stderr
    assert open_role_key((tmp_path / "dave.key").read_bytes(), Passphrase(PASSPHRASE))


def test_prompt_twice_matching_writes_the_key(tmp_path: Path) -> None:
    result = _prompted(tmp_path, f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert HEX66.fullmatch(result.stdout.strip())
    assert open_role_key((tmp_path / "dave.key").read_bytes(), Passphrase(PASSPHRASE))
    assert PASSPHRASE not in result.stdout + result.stderr


def test_garbage_key_file_is_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.key"
    bad.write_text('{"format": "something else"}')
    assert run_cli("key", "pub", str(bad)).exit_code == 3
    assert _check(bad, PASSPHRASE).exit_code == 3


def test_a_generated_key_signs_verifiably(made: tuple[Result, Path]) -> None:
    created, out = made
    from coldsign.keys.rolekey import schnorr_sign

    key = open_role_key(out.read_bytes(), Passphrase(PASSPHRASE))
    signature = schnorr_sign(key, bytes(32))
    assert schnorr_verify(bytes.fromhex(created.json["public_key"]), bytes(32), signature)
