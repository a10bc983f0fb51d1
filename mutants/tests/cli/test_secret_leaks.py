"""No mnemonic word, passphrase or private key in any byte of stdout/stderr, right or wrong."""

from __future__ import annotations

import os
import re

import pytest

from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Passphrase
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from tests.conftest import Result, run_cli, secret_fd

MNEMONIC = "night digital uncle skull march east sweet february alpha drill cage jar"
PASSPHRASE = "correct-horse-7193"
# Words the program may print for its own reasons even though they are BIP-39 words (none of
# this mnemonic's words is, today; a word added here must be one coldsign prints by itself).
VOCABULARY: set[str] = set()


def _run(argv: list[str], mnemonic: str, passphrase: str | None = None) -> Result:
    fds = [secret_fd(mnemonic + "\n")]
    args = [*argv, "--mnemonic-fd", str(fds[0])]
    if passphrase is not None:
        fds.append(secret_fd(passphrase))
        args += ["--passphrase-fd", str(fds[1])]
    try:
        return run_cli(*args, pass_fds=tuple(fds))
    finally:
        for fd in fds:
            os.close(fd)


def _assert_clean(result: Result, words: list[str], extra: list[str]) -> None:
    output = result.stdout + "\n" + result.stderr
    lowered = output.lower()
    assert " ".join(words) not in lowered
    for word in words:
        if len(word) >= 4 and word not in VOCABULARY:
            assert not re.search(rf"\b{re.escape(word)}\b", lowered), (
                f"mnemonic word leaked: {word}"
            )
    for secret in extra:
        assert secret.lower() not in lowered


def _private_forms() -> list[str]:
    seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC), Passphrase(PASSPHRASE))
    master = ExtendedPrivateKey.from_seed(seed)
    account = master.derive("m/84'/0'/0'")
    return [
        PASSPHRASE,
        seed.reveal().hex(),
        master.reveal_xprv(),
        account.reveal_xprv(),
        account.private_key().reveal().hex(),
    ]


COMMANDS = [
    ["wallet", "descriptor", "--type", "wpkh"],
    ["--json", "wallet", "descriptor", "--type", "tr", "--network", "testnet"],
    ["wallet", "xpub", "--path", "m/84'/0'/0'"],
    ["--debug", "--json", "wallet", "xpub", "--path", "m/84'/0'/0'"],
]


def _valid(words: list[str]) -> bool:
    try:
        mnemonic_from_text(" ".join(words))
    except DecodeError:
        return False
    return True


def _wrong_mnemonics() -> list[tuple[str, str]]:
    words = MNEMONIC.split()
    one_bad = [*words[:4], "marchx", *words[5:]]
    # A known word in the last place that breaks the 4-bit checksum (most do; take the first).
    swapped = next(
        c
        for c in ([*words[:-1], w] for w in ("abandon", "ability", "able", "about"))
        if not _valid(c)
    )
    short = words[:11]
    return [
        ("one-unknown-word", " ".join(one_bad)),
        ("bad-checksum", " ".join(swapped)),
        ("eleven-words", " ".join(short)),
        ("two-unknown-words", " ".join(["zzzzz", *words[1:-1], "yyyyyy"])),
    ]


@pytest.mark.parametrize(
    "argv", COMMANDS, ids=["descriptor", "descriptor-json", "xpub", "xpub-debug-json"]
)
def test_right_mnemonic_does_not_leak(argv: list[str]) -> None:
    result = _run(argv, MNEMONIC, PASSPHRASE)
    assert result.exit_code == 0, result.stderr
    _assert_clean(result, MNEMONIC.split(), _private_forms())


@pytest.mark.parametrize(
    ("label", "wrong"), _wrong_mnemonics(), ids=[w[0] for w in _wrong_mnemonics()]
)
@pytest.mark.parametrize(
    "argv", COMMANDS, ids=["descriptor", "descriptor-json", "xpub", "xpub-debug-json"]
)
def test_wrong_mnemonic_does_not_leak(argv: list[str], label: str, wrong: str) -> None:
    result = _run(argv, wrong, PASSPHRASE)
    assert result.exit_code == 3, result.stderr
    words = wrong.split()
    _assert_clean(result, words, [PASSPHRASE, "marchx", "zzzzz", "yyyyyy"])
    if label == "one-unknown-word":
        assert "position 5" in result.stderr


def test_mnemonic_never_in_argv_help() -> None:
    """There is no option that takes a mnemonic or passphrase value on the command line."""
    for sub in ("descriptor", "xpub"):
        text = run_cli("wallet", sub, "--help").stdout
        assert "--mnemonic-fd" in text
        assert not re.search(r"--mnemonic\b(?!-fd)", text)
        assert not re.search(r"--passphrase [A-Z]", text)
