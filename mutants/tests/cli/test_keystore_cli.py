"""`coldsign keystore new|show|check` and `--keystore FILE` as a seed source for other commands."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coldsign.keys.keystore import keystore_info, open_seed
from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from tests.conftest import Result, run_cli, secret_fd

ABOUT = " ".join(["abandon"] * 11 + ["about"])
FINGERPRINT = "73c5da0a"
KEY_PASS = "vault-pass-4471"
FAST = ("--kdf-n", "1024")


def _run(*args: str, secrets: tuple[str, ...] = ()) -> Result:
    """`{fdN}` placeholders in args become pipes carrying secrets[N]."""
    fds = [secret_fd(text) for text in secrets]
    argv = [a.format(**{f"fd{i}": fd for i, fd in enumerate(fds)}) for a in args]
    try:
        return run_cli(*argv, pass_fds=tuple(fds))
    finally:
        for fd in fds:
            os.close(fd)


def _new(path: Path, *extra: str, passphrase: str = KEY_PASS) -> Result:
    return _run(
        "--json", "keystore", "new", "-o", str(path), *FAST, "--mnemonic-fd", "{fd0}",
        "--new-passphrase-fd", "{fd1}", *extra,
        secrets=(ABOUT + "\n", passphrase),
    )  # fmt: skip


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "vault.keystore"
    created = _new(path, "--name", "vault-1")
    assert created.exit_code == 0, created.stderr
    assert created.json["fingerprint"] == FINGERPRINT and created.json["name"] == "vault-1"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    blob = path.read_bytes()
    seed = seed_from_mnemonic(mnemonic_from_text(ABOUT))
    assert open_seed(blob, Passphrase(KEY_PASS)) == seed
    assert seed.reveal().hex() not in blob.decode()
    shown = run_cli("--json", "keystore", "show", str(path))
    assert shown.exit_code == 0
    assert shown.json == {
        "name": "vault-1",
        "fingerprint": FINGERPRINT,
        "created": keystore_info(blob).created,
        "kdf": {"name": "scrypt", "n": 1024, "r": 8, "p": 1},
    }
    checked = _run("keystore", "check", str(path), "--passphrase-fd", "{fd0}", secrets=(KEY_PASS,))
    assert checked.exit_code == 0 and checked.stdout.strip() == FINGERPRINT
    for result in (created, shown, checked):
        out = result.stdout + result.stderr
        assert KEY_PASS not in out and "abandon" not in out and seed.reveal().hex() not in out


def test_keystore_as_the_seed_of_wallet_commands(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    assert _new(path).exit_code == 0
    from_keystore = _run(
        "wallet", "xpub", "--path", "m/84'/0'/0'", "--keystore", str(path),
        "--keystore-passphrase-fd", "{fd0}",
        secrets=(KEY_PASS,),
    )  # fmt: skip
    from_mnemonic = _run(
        "wallet", "xpub", "--path", "m/84'/0'/0'", "--mnemonic-fd", "{fd0}", secrets=(ABOUT,)
    )
    assert from_keystore.exit_code == 0, from_keystore.stderr
    assert from_keystore.stdout == from_mnemonic.stdout
    assert from_keystore.stdout.startswith(f"[{FINGERPRINT}/84h/0h/0h]xpub")
    assert "weaker passphrase cost" in from_keystore.stderr


def test_wrong_passphrase_is_exit_5(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    assert _new(path).exit_code == 0
    checked = _run("keystore", "check", str(path), "--passphrase-fd", "{fd0}", secrets=("nope",))
    assert checked.exit_code == 5 and "wrong passphrase" in checked.stderr
    xpub = _run(
        "wallet", "xpub", "--path", "m/84'/0'/0'", "--keystore", str(path),
        "--keystore-passphrase-fd", "{fd0}",
        secrets=(KEY_PASS + "x",),
    )  # fmt: skip
    assert xpub.exit_code == 5 and xpub.stdout == ""


def test_tampered_label_is_exit_5(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    assert _new(path).exit_code == 0
    document = json.loads(path.read_text())
    document["public"]["name"] = "renamed"
    path.write_text(json.dumps(document))
    assert run_cli("keystore", "show", str(path)).exit_code == 0  # a claim until opened
    checked = _run("keystore", "check", str(path), "--passphrase-fd", "{fd0}", secrets=(KEY_PASS,))
    assert checked.exit_code == 5


def test_show_malformed_is_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "coldsign-envelope"}')
    assert run_cli("keystore", "show", str(path)).exit_code == 3


def test_keystore_from_shares(tmp_path: Path) -> None:
    from coldsign.keys.secrets import Seed
    from coldsign.keys.slip39 import split_secret

    master = Seed(bytes(range(32)))
    shares = split_secret(master, 1, [(2, 3)])[0]
    path = tmp_path / "k.json"
    made = _run(
        "--json", "keystore", "new", "-o", str(path), *FAST, "--share-fd", "{fd0}",
        "--new-passphrase-fd", "{fd1}",
        secrets=("\n".join(shares[1:]), KEY_PASS),
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    assert made.json["fingerprint"] == master.fingerprint
    assert open_seed(path.read_bytes(), Passphrase(KEY_PASS)) == master


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    path.write_text("keep me")
    result = _new(path)
    assert result.exit_code == 2 and path.read_text() == "keep me"


@pytest.mark.parametrize(
    "extra",
    [("--kdf-n", "1000"), ("--kdf-n", "512"), ("--name", "has space")],
    ids=["not-power-of-two", "too-low", "bad-name"],
)
def test_bad_options_are_usage_errors(tmp_path: Path, extra: tuple[str, ...]) -> None:
    path = tmp_path / "k.json"
    assert _new(path, *extra).exit_code == 2 and not path.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("--mnemonic-fd", "{fd0}", "--share-fd", "{fd1}"),
        ("--keystore-passphrase-fd", "{fd0}"),
        ("--mnemonic-fd", "{fd0}", "--passphrase-fd", "{fd0}"),
        ("--mnemonic-fd", "{fd0}", "--passphrase-fd", "{fd1}", "--no-passphrase"),
    ],
    ids=["two-sources", "keystore-fd-alone", "same-fd", "no-passphrase-clash"],
)
def test_seed_source_clashes_are_usage_errors(tmp_path: Path, argv: tuple[str, ...]) -> None:
    path = tmp_path / "k.json"
    result = _run(
        "keystore", "new", "-o", str(path), *FAST, "--new-passphrase-fd", "{fd2}", *argv,
        secrets=(ABOUT, "x", KEY_PASS),
    )  # fmt: skip
    assert result.exit_code == 2 and not path.exists()


def test_keystore_with_a_seed_passphrase_option_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    assert _new(path).exit_code == 0
    result = _run(
        "wallet", "xpub", "--path", "m/84'", "--keystore", str(path), "--passphrase-fd", "{fd0}",
        secrets=("x",),
    )  # fmt: skip
    assert result.exit_code == 2 and "already applied" in result.stderr


def _prompted(tmp_path: Path, typed: str) -> subprocess.CompletedProcess[str]:
    # A new session has no controlling terminal, so hidden prompts read stdin.
    return subprocess.run(
        [sys.executable, "-m", "coldsign", "keystore", "new", "-o", str(tmp_path / "k.json"),
         *FAST],
        input=typed, capture_output=True, text=True, timeout=120, start_new_session=True,
    )  # fmt: skip


def test_prompts_ask_the_new_passphrase_twice(tmp_path: Path) -> None:
    mismatch = _prompted(tmp_path, f"{ABOUT}\n" + f"{KEY_PASS}\n{KEY_PASS}-typo\n" * 3)
    assert mismatch.returncode == 2 and "differ" in mismatch.stderr
    assert not (tmp_path / "k.json").exists()
    ok = _prompted(tmp_path, f"{ABOUT}\n{KEY_PASS}\n{KEY_PASS}\n")
    assert ok.returncode == 0, ok.stderr
    assert open_seed((tmp_path / "k.json").read_bytes(), Passphrase(KEY_PASS))
    assert KEY_PASS not in ok.stdout + ok.stderr and "abandon" not in ok.stdout + ok.stderr
