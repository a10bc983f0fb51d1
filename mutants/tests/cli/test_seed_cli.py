"""`coldsign seed new|split|verify|combine|reshare`: SLIP-39 vectors through the CLI, quorum
errors, resharing, dice, the one-time display with read-back, and no secret in any output."""

from __future__ import annotations

import contextlib
import os
import re
import select
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from coldsign.cli.main import run
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.secrets import Seed
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from tests.conftest import Result, run_cli, secret_fd, vector

ABOUT = " ".join(["abandon"] * 11 + ["about"])
ABOUT_FINGERPRINT = "73c5da0a"  # BIP-32 fingerprint of the BIP-39 test vector's seed

# --- helpers -------------------------------------------------------------------------------------


def run_inprocess(
    capsys: pytest.CaptureFixture[str], *args: str, fds: tuple[int, ...] = ()
) -> Result:
    """Run the CLI in this process (fast, for the many vector cases); fds are closed after."""
    try:
        code = run(list(args))
    finally:
        for fd in fds:
            os.close(fd)
    out, err = capsys.readouterr()
    return Result(code, out, err)


@dataclass
class Pipe:
    """A pipe whose write end the CLI inherits as an --…-out-fd; the test reads the other end."""

    read_end: int
    write_end: int

    def collect(self) -> str:
        chunks = []
        while chunk := os.read(self.read_end, 65536):
            chunks.append(chunk)
        os.close(self.read_end)
        return b"".join(chunks).decode()


@pytest.fixture
def out_pipe() -> Iterator[Pipe]:
    read_end, write_end = os.pipe()
    pipe = Pipe(read_end, write_end)
    yield pipe
    for fd in (read_end, write_end):
        with contextlib.suppress(OSError):
            os.close(fd)


def run_with_out(pipe: Pipe, *args: str, secrets: tuple[str, ...] = ()) -> tuple[Result, str]:
    """Run with secrets on fds (each `{fdN}` placeholder in args is filled) and collect the pipe."""
    fds = [secret_fd(text) for text in secrets]
    argv = [
        a.format(out=pipe.write_end, **{f"fd{i}": fd for i, fd in enumerate(fds)}) for a in args
    ]
    try:
        result = run_cli(*argv, pass_fds=(pipe.write_end, *fds))
    finally:
        for fd in fds:
            os.close(fd)
        os.close(pipe.write_end)
    return result, pipe.collect()


def combine(shares: list[str], passphrase: str | None = None) -> Result:
    fds = [secret_fd("\n".join(shares) + "\n")]
    extra: list[str] = []
    if passphrase is not None:
        fds.append(secret_fd(passphrase))
        extra = ["--passphrase-fd", str(fds[1])]
    try:
        return run_cli(
            "--json", "seed", "combine", "--share-fd", str(fds[0]), *extra, pass_fds=tuple(fds)
        )
    finally:
        for fd in fds:
            os.close(fd)


def split_about(pipe: Pipe, *layout: str) -> tuple[Result, list[str]]:
    result, text = run_with_out(
        pipe,
        "--json", "seed", "split", *layout, "--mnemonic-fd", "{fd0}", "--share-out-fd", "{out}",
        secrets=(ABOUT + "\n",),
    )  # fmt: skip
    return result, text.splitlines()


def assert_no_secret(output: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in output
        words = secret.split()
        for i in range(len(words) - 2):  # no run of three consecutive words either
            assert " ".join(words[i : i + 3]) not in output


# A terminal conversation: the CLI runs in a new session (no controlling terminal, so hidden
# prompts read stdin) and each prompt is answered as it appears on stderr.
PROMPT = re.compile(
    r"(?P<enter>[Pp]ress Enter[^\n]*?\.)"
    r"|Word #(?P<word>\d+):"
    r"|SLIP-39 share #(?P<share>\d+):"
    r"|Rolls \((?P<rolls>\d+) of \d+\):"
)
WORDS = re.compile(r"(\d+)\. ([a-z]+)")


@dataclass
class Conversation:
    """Answers prompts: 'written down' records the words shown; 'Word #k' answers from them."""

    shares: list[str] = field(default_factory=list)
    rolls: list[str] = field(default_factory=list)
    wrong_words: int = 0  # answer this many read-back prompts wrongly first
    shown: list[list[str]] = field(default_factory=list)
    _last_end: int = 0

    def answer(self, match: re.Match[str], text: str) -> str:
        segment, self._last_end = text[self._last_end : match.start()], match.end()
        if match["enter"]:
            if "written down" in match["enter"]:
                found = sorted((int(n), w) for n, w in WORDS.findall(segment))
                self.shown.append([w for _, w in found])
            return ""
        if match["word"]:
            if self.wrong_words:
                self.wrong_words -= 1
                return "zzzz"
            return self.shown[-1][int(match["word"]) - 1]
        if match["share"]:
            return self.shares.pop(0) if self.shares else ""
        return self.rolls.pop(0) if self.rolls else ""


def converse(
    args: list[str], talk: Conversation, pass_fds: tuple[int, ...] = (), timeout: float = 60
) -> Result:
    proc = subprocess.Popen(
        [sys.executable, "-m", "coldsign", *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        pass_fds=pass_fds, start_new_session=True,
    )  # fmt: skip
    assert proc.stdin and proc.stdout and proc.stderr
    streams = {proc.stdout.fileno(): bytearray(), proc.stderr.fileno(): bytearray()}
    open_fds = set(streams)
    answered = 0
    deadline = time.monotonic() + timeout
    while open_fds:
        assert time.monotonic() < deadline, "conversation timed out"
        ready, _, _ = select.select(list(open_fds), [], [], 1.0)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
            streams[fd] += chunk
        text = streams[proc.stderr.fileno()].decode(errors="replace")
        for match in list(PROMPT.finditer(text))[answered:]:
            reply = talk.answer(match, text)
            answered += 1
            try:
                proc.stdin.write((reply + "\n").encode())
                proc.stdin.flush()
            except BrokenPipeError:
                pass
    proc.stdin.close()
    code = proc.wait(timeout=10)
    return Result(
        code,
        streams[proc.stdout.fileno()].decode(errors="replace"),
        streams[proc.stderr.fileno()].decode(errors="replace"),
    )


# --- SLIP-39 vectors through `seed combine` and `seed verify` (in process: 89 shares) -------------


def _vector_cases() -> list[Any]:
    return [
        pytest.param(shares, secret, xprv, id=description.split(".")[0])
        for description, shares, secret, xprv in vector("slip39/vectors.json")
    ]


@pytest.mark.parametrize(("shares", "secret", "xprv"), _vector_cases())
def test_vector_through_combine(
    capsys: pytest.CaptureFixture[str], shares: list[str], secret: str, xprv: str
) -> None:
    share_fd, pass_fd = secret_fd("\n".join(shares) + "\n"), secret_fd("TREZOR")
    result = run_inprocess(
        capsys,
        "--json", "seed", "combine", "--share-fd", str(share_fd), "--passphrase-fd", str(pass_fd),
        fds=(share_fd, pass_fd),
    )  # fmt: skip
    if not secret:
        assert result.exit_code == 3, result.stderr
        assert "SLIP-39 share" in result.stderr
        for word in {w for s in shares for w in s.split() if len(w) >= 4}:
            assert not re.search(rf"\b{word}\b", result.stdout + result.stderr)
        return
    assert result.exit_code == 0, result.stderr
    master = ExtendedPrivateKey.from_seed(Seed(bytes.fromhex(secret)))
    assert master.reveal_xprv() == xprv
    assert result.json["fingerprint"] == master.fingerprint.hex()
    assert secret not in result.stdout + result.stderr


def _share_cases() -> list[Any]:
    return [
        pytest.param(share, id=f"{description.split('.')[0]}-share{i}")
        for description, shares, _, _ in vector("slip39/vectors.json")
        for i, share in enumerate(shares, start=1)
    ]


@pytest.mark.parametrize("share", _share_cases())
def test_vector_share_through_verify(capsys: pytest.CaptureFixture[str], share: str) -> None:
    from shamir_mnemonic import MnemonicError
    from shamir_mnemonic import Share as UpstreamShare

    fd = secret_fd(share + "\n")
    result = run_inprocess(capsys, "--json", "seed", "verify", "--share-fd", str(fd), fds=(fd,))
    try:
        upstream = UpstreamShare.from_mnemonic(share)
    except MnemonicError:
        assert result.exit_code == 3, result.stdout
        return
    assert result.exit_code == 0, result.stderr
    data = result.json
    assert data["identifier"] == upstream.identifier
    assert (data["group"], data["group_threshold"], data["group_count"]) == (
        upstream.group_index + 1,
        upstream.group_threshold,
        upstream.group_count,
    )
    assert (data["member"], data["member_threshold"]) == (
        upstream.index + 1,
        upstream.member_threshold,
    )
    assert data["extendable"] == upstream.extendable
    assert data["iteration_exponent"] == upstream.iteration_exponent
    assert share not in result.stdout + result.stderr


# --- quorum errors -------------------------------------------------------------------------------


def test_t_minus_one_shares_refused_with_a_clear_message(out_pipe: Pipe) -> None:
    result, shares = split_about(out_pipe, "--threshold", "3", "--shares", "5")
    assert result.exit_code == 0, result.stderr
    refused = combine(shares[:2])
    assert refused.exit_code == 3
    assert "too few shares" in refused.stderr and "group 1 needs 1 more" in refused.stderr
    assert refused.json["error"]["kind"] == "malformed"
    assert combine(shares[2:]).json["fingerprint"] == ABOUT_FINGERPRINT


def test_shares_of_two_sets_refused(out_pipe: Pipe) -> None:
    first, shares_a = split_about(out_pipe, "--threshold", "2", "--shares", "3")
    other_read, other_write = os.pipe()
    second, shares_b = split_about(
        Pipe(other_read, other_write), "--threshold", "2", "--shares", "3"
    )
    assert first.exit_code == second.exit_code == 0
    assert first.json["identifier"] != second.json["identifier"]
    refused = combine([shares_a[0], shares_b[1]])
    assert refused.exit_code == 3 and "different set" in refused.stderr


# --- split / combine / reshare -------------------------------------------------------------------


def test_split_a_mnemonic_and_combine_gives_the_same_wallet(out_pipe: Pipe) -> None:
    result, shares = split_about(out_pipe, "--threshold", "2", "--shares", "3")
    assert result.exit_code == 0, result.stderr
    data = result.json
    assert data["fingerprint"] == ABOUT_FINGERPRINT and data["source"] == "mnemonic"
    assert data["words_per_share"] == 59 and all(len(s.split()) == 59 for s in shares)
    assert data["groups"] == [{"threshold": 2, "shares": 3}] and data["group_threshold"] == 1
    for pair in ([shares[0], shares[1]], [shares[2], shares[0]]):
        assert combine(pair).json["fingerprint"] == ABOUT_FINGERPRINT
    assert_no_secret(result.stdout + result.stderr, [ABOUT, *shares])
    # The rebuilt 64-byte seed is the BIP-39 seed: same xpub through `wallet xpub --share-fd`.
    fd = secret_fd("\n".join(shares[:2]))
    xpub = run_cli("wallet", "xpub", "--path", "m/84'/0'/0'", "--share-fd", str(fd), pass_fds=(fd,))
    os.close(fd)
    seed = seed_from_mnemonic(mnemonic_from_text(ABOUT))
    expected = ExtendedPrivateKey.from_seed(seed).derive("m/84'/0'/0'").public().to_string()
    assert xpub.exit_code == 0, xpub.stderr
    assert xpub.stdout.strip() == f"[{ABOUT_FINGERPRINT}/84h/0h/0h]{expected}"


def test_split_with_groups(out_pipe: Pipe) -> None:
    result, shares = split_about(out_pipe, "--groups", "2of3,1of1,3of5", "--group-threshold", "2")
    assert result.exit_code == 0, result.stderr
    assert len(shares) == 9
    assert result.json["groups"] == [
        {"threshold": 2, "shares": 3},
        {"threshold": 1, "shares": 1},
        {"threshold": 3, "shares": 5},
    ]
    assert combine([shares[0], shares[2], shares[3]]).json["fingerprint"] == ABOUT_FINGERPRINT
    assert combine([shares[3], *shares[4:7]]).json["fingerprint"] == ABOUT_FINGERPRINT
    short = combine([shares[0], shares[3]])
    assert short.exit_code == 3 and "group 1 needs 1 more" in short.stderr


def test_generate_with_dice(out_pipe: Pipe) -> None:
    result, text = run_with_out(
        out_pipe,
        "--json", "seed", "split", "--generate", "--bits", "256", "--dice-fd", "{fd0}",
        "--threshold", "2", "--shares", "2", "--share-out-fd", "{out}",
        secrets=("2 5 1 6 3 4\n" * 17,),
    )  # fmt: skip
    shares = text.splitlines()
    assert result.exit_code == 0, result.stderr
    assert result.json["source"] == "os+dice" and result.json["words_per_share"] == 33
    assert combine(shares).json["fingerprint"] == result.json["fingerprint"]


def test_reshare_keeps_the_wallet_fingerprint(out_pipe: Pipe) -> None:
    first, old = split_about(out_pipe, "--threshold", "2", "--shares", "3")
    new_read, new_write = os.pipe()
    reshared, new_text = run_with_out(
        Pipe(new_read, new_write),
        "--json", "seed", "reshare", "--share-fd", "{fd0}", "--threshold", "3", "--shares", "4",
        "--share-out-fd", "{out}",
        secrets=("\n".join(old[1:]) + "\n",),
    )  # fmt: skip
    assert reshared.exit_code == 0, reshared.stderr
    new = new_text.splitlines()
    data = reshared.json
    assert data["old_fingerprint"] == data["new_fingerprint"] == ABOUT_FINGERPRINT
    assert data["old_identifier"] == first.json["identifier"]
    assert len(new) == 4 and set(new).isdisjoint(old)
    assert combine(new[1:]).json["fingerprint"] == ABOUT_FINGERPRINT
    assert combine(new[:2]).exit_code == 3  # the new threshold is 3
    assert combine([new[0], old[0]]).exit_code == 3  # the sets do not mix
    assert_no_secret(reshared.stdout + reshared.stderr, [ABOUT, *old, *new])


def test_reshare_with_a_slip39_passphrase(out_pipe: Pipe) -> None:
    vectors = vector("slip39/vectors.json")
    description, shares, secret, _ = vectors[3]  # 4. Basic sharing 2-of-3 (128 bits)
    assert description.startswith("4.") and secret
    expected = Seed(bytes.fromhex(secret)).fingerprint
    reshared, new_text = run_with_out(
        out_pipe,
        "--json", "seed", "reshare", "--share-fd", "{fd0}", "--passphrase-fd", "{fd1}",
        "--threshold", "2", "--shares", "2", "--share-out-fd", "{out}",
        secrets=("\n".join(shares), "TREZOR"),
    )  # fmt: skip
    assert reshared.exit_code == 0, reshared.stderr
    assert reshared.json["new_fingerprint"] == expected
    assert combine(new_text.splitlines(), "TREZOR").json["fingerprint"] == expected
    assert combine(new_text.splitlines()).json["fingerprint"] != expected


def test_card_dir_writes_private_cards(tmp_path: Path, out_pipe: Pipe) -> None:
    cards = tmp_path / "cards"
    result, shares = split_about(
        out_pipe, "--threshold", "2", "--shares", "3", "--card-dir", str(cards)
    )
    assert result.exit_code == 0, result.stderr
    files = sorted(cards.iterdir())
    assert len(files) == 3 and [str(f) for f in files] == sorted(result.json["cards"])
    for path, share in zip(files, shares, strict=True):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        text = path.read_text()
        words = [w for _, w in sorted((int(n), w) for n, w in WORDS.findall(text))]
        assert " ".join(words) == share and ABOUT_FINGERPRINT in text
    again = split_about(Pipe(*os.pipe()), "--threshold", "2", "--shares", "3")
    assert again[0].exit_code == 0  # without --card-dir nothing is written
    assert sorted(cards.iterdir()) == files


@pytest.mark.parametrize(
    "layout",
    [
        ("--threshold", "1", "--shares", "3"),
        ("--threshold", "4", "--shares", "3"),
        ("--threshold", "2"),
        ("--groups", "2of3,2of3"),
        ("--groups", "2of3", "--threshold", "2", "--shares", "3"),
        ("--groups", "2 out of 3"),
        ("--groups", "2of3,2of3", "--group-threshold", "3"),
        ("--threshold", "2", "--shares", "17"),
    ],
    ids=["1ofN", "t>n", "no-n", "no-group-threshold", "both", "bad-spec", "g>groups", "n>16"],
)
def test_impossible_layouts_are_usage_errors(layout: tuple[str, ...], out_pipe: Pipe) -> None:
    result, shares = split_about(out_pipe, *layout)
    assert result.exit_code == 2 and shares == []


# --- verify --------------------------------------------------------------------------------------


def test_verify_refuses_a_mistyped_share_by_position(out_pipe: Pipe) -> None:
    _, shares = split_about(out_pipe, "--threshold", "2", "--shares", "3")
    words = shares[0].split()
    words[4] = "academic" if words[4] != "academic" else "acid"
    fd = secret_fd(" ".join(words))
    result = run_cli("seed", "verify", "--share-fd", str(fd), pass_fds=(fd,))
    os.close(fd)
    assert result.exit_code == 3 and "checksum" in result.stderr
    fd = secret_fd("\n".join(shares[:2]))
    two = run_cli("seed", "verify", "--share-fd", str(fd), pass_fds=(fd,))
    os.close(fd)
    assert two.exit_code == 2


# --- seed new ------------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["12", "24"])
def test_new_to_a_pipe(out_pipe: Pipe, words: str) -> None:
    result, text = run_with_out(
        out_pipe, "--json", "seed", "new", "--words", words, "--mnemonic-out-fd", "{out}"
    )
    assert result.exit_code == 0, result.stderr
    mnemonic = mnemonic_from_text(text)
    assert mnemonic.word_count == int(words)
    fingerprint = seed_from_mnemonic(mnemonic).fingerprint
    assert result.json == {"fingerprint": fingerprint, "words": int(words), "entropy_source": "os"}
    assert "no read-back" in result.stderr
    assert_no_secret(result.stdout + result.stderr, [text.strip()])


def test_new_with_dice_from_an_fd(out_pipe: Pipe) -> None:
    result, text = run_with_out(
        out_pipe,
        "--json", "seed", "new", "--words", "12", "--dice-fd", "{fd0}", "--mnemonic-out-fd",
        "{out}",
        secrets=("1" * 50,),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.json["entropy_source"] == "os+dice"
    assert "biased" in result.stderr  # all ones: warned, still full entropy from the OS
    mnemonic_from_text(text)


@pytest.mark.parametrize(
    ("rolls", "words", "message"),
    [
        ("6" * 49, "12", "49 given, 50 needed"),
        ("6" * 99, "24", "99 given, 100 needed"),
        ("123456" * 9 + "7", "12", "character 55 is not a die face"),
    ],
    ids=["too-few-128", "too-few-256", "invalid-char"],
)
def test_new_refuses_bad_dice(out_pipe: Pipe, rolls: str, words: str, message: str) -> None:
    result, text = run_with_out(
        out_pipe,
        "seed", "new", "--words", words, "--dice-fd", "{fd0}", "--mnemonic-out-fd", "{out}",
        secrets=(rolls,),
    )  # fmt: skip
    assert result.exit_code == 3 and message in result.stderr
    assert text == "" and result.stdout == ""


def test_reveal_refused_when_stdout_is_not_a_terminal(out_pipe: Pipe) -> None:
    result, text = run_with_out(out_pipe, "seed", "new", "--reveal", "--mnemonic-out-fd", "{out}")
    assert result.exit_code == 2 and text == "" and "terminal" in result.stderr


def test_out_fd_must_be_a_pipe(tmp_path: Path) -> None:
    target = tmp_path / "mnemonic.txt"
    with open(target, "w") as fh:
        result = run_cli(
            "seed", "new", "--mnemonic-out-fd", str(fh.fileno()), pass_fds=(fh.fileno(),)
        )
    assert result.exit_code == 2 and target.read_text() == ""


def test_yes_without_out_fd_is_a_usage_error() -> None:
    assert run_cli("--yes", "seed", "new").exit_code == 2
    fd = secret_fd(ABOUT)
    split = run_cli(
        "--yes", "seed", "split", "--threshold", "2", "--shares", "3", "--mnemonic-fd", str(fd),
        pass_fds=(fd,),
    )  # fmt: skip
    os.close(fd)
    assert split.exit_code == 2


# --- the terminal display and its read-back ------------------------------------------------------


def test_new_interactive_display_and_read_back() -> None:
    talk = Conversation()
    result = converse(["--json", "seed", "new", "--words", "12"], talk)
    assert result.exit_code == 0, result.stderr
    assert len(talk.shown) == 1 and len(talk.shown[0]) == 12
    mnemonic = mnemonic_from_text(" ".join(talk.shown[0]))
    assert result.json["fingerprint"] == seed_from_mnemonic(mnemonic).fingerprint
    assert result.stderr.count("Word #") == 3 and "Read-back of the mnemonic OK" in result.stderr
    assert_no_secret(result.stdout, [mnemonic.reveal()])
    assert not any(re.search(rf"\b{w}\b", result.stdout) for w in talk.shown[0])


def test_new_read_back_failing_three_times_cancels() -> None:
    talk = Conversation(wrong_words=3)
    result = converse(["seed", "new", "--words", "12"], talk)
    assert result.exit_code == 6 and result.stdout == ""
    assert len(talk.shown) == 3 and "does not match" in result.stderr


def test_new_read_back_recovers_after_one_wrong_word() -> None:
    talk = Conversation(wrong_words=1)
    result = converse(["seed", "new", "--words", "12"], talk)
    assert result.exit_code == 0, result.stderr
    assert len(talk.shown) == 2 and talk.shown[0] == talk.shown[1]


def test_new_interactive_dice_prompts_until_enough() -> None:
    talk = Conversation(rolls=["1234 5612 3456", "12x", "1" * 20, "6" * 30])
    result = converse(["--json", "seed", "new", "--words", "12", "--dice"], talk)
    assert result.exit_code == 0, result.stderr
    assert result.json["entropy_source"] == "os+dice"
    assert "Rolls (12 of 50)" in result.stderr and "line not accepted" in result.stderr
    assert "62 rolls accepted" in result.stderr


def test_split_shows_each_share_with_read_back_then_prompts_combine() -> None:
    talk = Conversation()
    fd = secret_fd(ABOUT)
    result = converse(
        ["--json", "seed", "split", "--threshold", "2", "--shares", "3", "--mnemonic-fd", str(fd)],
        talk,
        pass_fds=(fd,),
    )
    os.close(fd)
    assert result.exit_code == 0, result.stderr
    shares = [" ".join(words) for words in talk.shown]
    assert len(shares) == 3 and len(set(shares)) == 3
    assert result.stderr.count("Word #") == 6
    assert_no_secret(result.stdout, shares)
    # Custodians type their shares at hidden prompts: a bad one is refused and asked again,
    # progress is reported, and entry stops by itself at the threshold.
    bad = shares[0].split()
    bad[7] = "academic" if bad[7] != "academic" else "acid"
    prompts = Conversation(shares=[shares[2], " ".join(bad), shares[0], shares[1]])
    combined = converse(["--json", "seed", "combine"], prompts)
    assert combined.exit_code == 0, combined.stderr
    assert combined.json["fingerprint"] == ABOUT_FINGERPRINT
    assert "share not accepted" in combined.stderr
    assert "1 of 2 shares for set" in combined.stderr and "2 of 2 shares" in combined.stderr
    assert prompts.shares == [shares[1]]  # not asked for more than the threshold
    assert_no_secret(combined.stdout + combined.stderr, shares)


def test_interactive_shares_from_another_set_are_refused(out_pipe: Pipe) -> None:
    _, set_a = split_about(out_pipe, "--threshold", "2", "--shares", "2")
    _, set_b = split_about(Pipe(*os.pipe()), "--threshold", "2", "--shares", "2")
    talk = Conversation(shares=[set_a[0], set_b[0], set_b[1], set_b[0]])
    result = converse(["seed", "combine"], talk)
    assert result.exit_code == 3 and "not to set" in result.stderr
    early = converse(["seed", "combine"], Conversation(shares=[set_a[0]]))
    assert early.exit_code == 3 and "too few shares" in early.stderr
