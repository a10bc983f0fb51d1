"""Prompts that forgive a typo and checks that catch a wrong secret early (issue 13, items 13-16),
through the installed CLI: interactive cases at a pseudo-terminal (pexpect), fd cases on pipes.

- 13: --expect-fingerprint catches a wrong passphrase (exit 5, naming the expected fingerprint),
  and a passphrase that sets up a wallet is asked twice;
- 14: a typo at a hidden prompt is asked again, with a hint for the other standard's words; fd
  input still fails at once with exit 3;
- 15: a mnemonic (or xprv, WIF, 64 hex) given as arguments is never echoed back;
- 16: new passphrases must be strong, a mismatch is asked again, unlocking allows 3 tries.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.keys.slip39 import combine_shares
from tests.conftest import VECTORS, run_cli, secret_fd

ABOUT = "abandon " * 11 + "about"
ABOUT_FP = "73c5da0a"
TYPO = "abandon " * 11 + "abuot"
SEED_PASS = "seed-passphrase-81"
SLIP39_SHARE = json.loads((VECTORS / "slip39" / "vectors.json").read_text())[0][1][0]
STRONG = "Quartz-Lantern-Oboe-4419"
FAST = ("--kdf-n", "1024")


def fingerprint_with(passphrase: str) -> str:
    return seed_from_mnemonic(mnemonic_from_text(ABOUT), Passphrase(passphrase)).fingerprint


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable, ["-m", "coldsign", "--home", str(tmp_path / "home"), *args],
        cwd=str(tmp_path), encoding="utf-8", timeout=60,
    )  # fmt: skip
    return child


def finish(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus, child.before


def run_fds(*args: str, secrets: tuple[str, ...]) -> tuple[int, str, str]:
    """`{fdN}` in args becomes a pipe carrying secrets[N]."""
    fds = [secret_fd(text) for text in secrets]
    argv = [a.format(**{f"fd{i}": fd for i, fd in enumerate(fds)}) for a in args]
    try:
        result = run_cli(*argv, pass_fds=tuple(fds))
    finally:
        for fd in fds:
            os.close(fd)
    return result.exit_code, result.stdout, result.stderr


# --- 13: a wrong passphrase is caught before anything is used ---------------------------------


def test_expect_fingerprint_refuses_a_wrong_passphrase_from_an_fd() -> None:
    expected = fingerprint_with(SEED_PASS)
    code, out, err = run_fds(
        "wallet", "xpub", "--path", "m/84'/0'/0'", "--mnemonic-fd", "{fd0}",
        "--passphrase-fd", "{fd1}", "--expect-fingerprint", expected.upper(),
        secrets=(ABOUT, SEED_PASS + "x"),
    )  # fmt: skip
    assert code == 5 and out == ""
    assert f"expects {expected}" in err and SEED_PASS not in err
    code, out, _ = run_fds(
        "wallet", "xpub", "--path", "m/84'/0'/0'", "--mnemonic-fd", "{fd0}",
        "--passphrase-fd", "{fd1}", "--expect-fingerprint", expected,
        secrets=(ABOUT, SEED_PASS),
    )  # fmt: skip
    assert code == 0 and "]xpub" in out


def test_expect_fingerprint_on_shares_keystore_and_usage(tmp_path: Path) -> None:
    right = combine_shares([SLIP39_SHARE], Passphrase("TREZOR")).fingerprint
    code, out, err = run_fds(
        "seed", "combine", "--share-fd", "{fd0}", "--no-passphrase", "--expect-fingerprint", right,
        secrets=(SLIP39_SHARE,),
    )  # fmt: skip
    assert code == 5 and f"expects {right}" in err  # the share's vector passphrase is TREZOR
    code, out, _ = run_fds(
        "seed", "combine", "--share-fd", "{fd0}", "--passphrase-fd", "{fd1}",
        "--expect-fingerprint", right, secrets=(SLIP39_SHARE, "TREZOR"),
    )  # fmt: skip
    assert code == 0 and out.strip() == right
    keystore = tmp_path / "k.json"
    code, _, err = run_fds(
        "keystore", "new", "-o", str(keystore), *FAST, "--mnemonic-fd", "{fd0}",
        "--new-passphrase-fd", "{fd1}", "--expect-fingerprint", "00000000",
        secrets=(ABOUT, STRONG),
    )  # fmt: skip
    assert code == 5 and "expects 00000000" in err and not keystore.exists()
    code, _, err = run_fds("seed", "combine", "--share-fd", "{fd0}", "--expect-fingerprint", "xyz",
                           secrets=(SLIP39_SHARE,))  # fmt: skip
    assert code == 2 and "8 hex digits" in err


def test_check_fingerprint_names_what_was_expected() -> None:
    from coldsign.cli.seedsource import check_fingerprint
    from coldsign.errors import AuthenticationError

    seed = seed_from_mnemonic(mnemonic_from_text(ABOUT))
    check_fingerprint(seed, {"AAAAAAAA", ABOUT_FP}, what="the policy's wallet")
    with pytest.raises(AuthenticationError, match="the policy's wallet expects 01020304"):
        check_fingerprint(seed, ["01020304"], what="the policy's wallet")


def test_a_typed_passphrase_is_confirmed_and_asked_again_on_a_wrong_fingerprint(
    tmp_path: Path,
) -> None:
    # Setting up a wallet (an export): the passphrase is asked twice, again after a mismatch.
    child = spawn(tmp_path, "wallet", "xpub", "--path", "m/84'/0'/0'", "--passphrase")
    child.expect("Mnemonic: ")
    child.sendline(ABOUT)
    child.expect("Passphrase \\(empty for none\\): ")
    child.sendline(SEED_PASS)
    child.expect("Passphrase again: ")
    child.sendline(SEED_PASS + "-typo")
    child.expect("the two entries differ")
    child.expect("Passphrase \\(empty for none\\): ")
    child.sendline(SEED_PASS)
    child.expect("Passphrase again: ")
    child.sendline(SEED_PASS)
    code, out = finish(child)
    assert code == 0 and "xpub" in out
    # With an expected fingerprint the check replaces the second entry; a wrong one is re-asked.
    expected = fingerprint_with(SEED_PASS)
    child = spawn(tmp_path, "wallet", "xpub", "--path", "m/84'/0'/0'", "--passphrase",
                  "--expect-fingerprint", expected)  # fmt: skip
    child.expect("Mnemonic: ")
    child.sendline(ABOUT)
    child.expect("Passphrase \\(empty for none\\): ")
    child.sendline(SEED_PASS + "-typo")
    child.expect(f"expects {expected}.*enter the passphrase again")
    child.expect("Passphrase \\(empty for none\\): ")
    child.sendline(SEED_PASS)
    code, out = finish(child)
    assert code == 0 and "xpub" in out and "again:" not in out


# --- 14: the same mistake gets the same answer at every prompt --------------------------------


def test_a_mnemonic_typo_is_asked_again_with_a_hint_for_share_words(tmp_path: Path) -> None:
    child = spawn(tmp_path, "wallet", "xpub", "--path", "m/84'/0'/0'", "--no-passphrase")
    child.expect("Mnemonic: ")
    child.sendline(TYPO)
    child.expect("enter it again")
    child.expect("Mnemonic: ")
    child.sendline(SLIP39_SHARE)
    child.expect("these are SLIP-39 share words")
    child.expect("Mnemonic: ")
    child.sendline(ABOUT)
    code, out = finish(child)
    assert code == 0 and "xpub" in out
    assert "abuot" not in out and "duckling" not in out  # errors name positions, never words


def test_bip39_words_at_the_share_prompt_get_a_hint(tmp_path: Path) -> None:
    child = spawn(tmp_path, "seed", "combine", "--no-passphrase")
    for _ in range(3):
        child.expect("SLIP-39 share #1: ")
        child.sendline(ABOUT)
        child.expect("these are BIP-39 mnemonic words")
    code, out = finish(child)
    assert code == 3 and "abandon" not in out


def test_fd_input_fails_at_once_with_exit_3_and_the_hint() -> None:
    code, _, err = run_fds("wallet", "xpub", "--path", "m/84'", "--mnemonic-fd", "{fd0}",
                           "--no-passphrase", secrets=(TYPO,))  # fmt: skip
    assert code == 3 and "abuot" not in err
    code, _, err = run_fds("wallet", "xpub", "--path", "m/84'", "--mnemonic-fd", "{fd0}",
                           "--no-passphrase", secrets=(SLIP39_SHARE,))  # fmt: skip
    assert code == 3 and "SLIP-39 share words" in err
    code, _, err = run_fds("seed", "combine", "--share-fd", "{fd0}", "--no-passphrase",
                           secrets=(ABOUT,))  # fmt: skip
    assert code == 3 and "BIP-39 mnemonic words" in err


def test_an_empty_dice_line_is_asked_again(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    try:
        # No controlling terminal: the hidden prompt reads stdin, as at a terminal.
        proc = subprocess.run(
            [sys.executable, "-m", "coldsign", "seed", "split", "--generate", "--dice",
             "--threshold", "2", "--shares", "3", "--share-out-fd", str(write_end)],
            input="\n" + "123456" * 9 + "\n", capture_output=True, text=True, timeout=120,
            start_new_session=True, pass_fds=(write_end,),
        )  # fmt: skip
    finally:
        os.close(write_end)
    with os.fdopen(read_end) as pipe:
        shares = [line for line in pipe.read().splitlines() if line.strip()]
    assert proc.returncode == 0, proc.stderr
    assert "line not accepted" in proc.stderr and len(shares) == 3


# --- 15: key material given as arguments is never echoed --------------------------------------


@pytest.mark.parametrize(
    "material",
    [
        ABOUT.split(),
        [SLIP39_SHARE],
        [
            "tprv8ZgxMBicQKsPd7Uf69XL1XwhmjHopUGep8GuEiJDZmbQz6o58LninorQAfcKZWARbtRtfnLcJ5MQ2AtHcQJCCRUcMRvmDUjyEmNUWwx8UbK"
        ],
        ["KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"],
        ["0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d"],
    ],
    ids=["bip39", "slip39", "tprv", "wif", "hex64"],
)
@pytest.mark.parametrize("json_flag", [(), ("--json",)], ids=["text", "json"])
def test_key_material_in_arguments_is_never_echoed(
    material: list[str], json_flag: tuple[str, ...]
) -> None:
    result = run_cli(*json_flag, "seed", "combine", *material)
    assert result.exit_code == 2
    shown = result.stdout + result.stderr
    for token in {w for m in material for w in m.split()} - {"abandon", "academic"}:
        assert token not in shown
    assert "abandon abandon" not in shown
    assert "not repeated here" in shown
    assert "shell history" in result.stderr


def test_an_ordinary_usage_error_is_unchanged() -> None:
    result = run_cli("seed", "combine", "extra")
    assert result.exit_code == 2 and "extra" in result.stderr
    assert "shell history" not in result.stderr


# --- 16: role-key passphrases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [("Short-9", "at least 12 characters"), ("aaaaaaaaaaaaaaaa", "too easy to guess"),
     ("alice-alice-alice", "too easy to guess")],
    ids=["short", "repeats", "the-holder's-name"],
)  # fmt: skip
def test_weak_role_key_passphrases_are_refused(tmp_path: Path, passphrase: str, why: str) -> None:
    out = tmp_path / "alice.key"
    code, _, err = run_fds("key", "new", "--role", "admin", "--name", "alice", "-o", str(out),
                           "--passphrase-fd", "{fd0}", secrets=(passphrase,))  # fmt: skip
    assert code == 2 and why in err and not out.exists()
    assert passphrase not in err


def test_role_key_prompts_reask_weak_and_mismatched_and_unlock_allows_3_tries(
    tmp_path: Path,
) -> None:
    out = tmp_path / "dave.key"
    child = spawn(tmp_path, "key", "new", "--role", "approver", "--name", "dave", "-o", str(out))
    child.expect("New role key passphrase: ")
    child.sendline("dave12345")
    child.expect("at least 12 characters .*; choose another")
    child.expect("New role key passphrase: ")
    child.sendline(STRONG)
    child.expect("New role key passphrase again: ")
    child.sendline(STRONG + "!")
    child.expect("differ")
    child.expect("New role key passphrase: ")
    child.sendline(STRONG)
    child.expect("New role key passphrase again: ")
    child.sendline(STRONG)
    code, _ = finish(child)
    assert code == 0 and out.exists()

    child = spawn(tmp_path, "key", "check", str(out))
    for left in ("2 more tries", "1 more try"):
        child.expect("[Pp]assphrase for dave's key: ")
        child.sendline("wrong-" + STRONG)
        child.expect(left)
    child.expect("[Pp]assphrase for dave's key: ")
    child.sendline(STRONG)
    code, text = finish(child)
    assert code == 0 and "passphrase OK" in text

    child = spawn(tmp_path, "key", "check", str(out))
    for _ in range(3):
        child.expect("[Pp]assphrase for dave's key: ")
        child.sendline("wrong-" + STRONG)
    code, _ = finish(child)
    assert code == 5
