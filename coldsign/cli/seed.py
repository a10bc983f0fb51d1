"""`coldsign seed`: generate a seed (OS random + optional dice), split it into SLIP-39 shares for
custodians, verify one share, combine a quorum, and reshare to a new set.

Secrets are shown once, on the operator's terminal (stderr), each followed by a read-back of words
at random positions; scripts take them through an inherited pipe (`--mnemonic-out-fd`,
`--share-out-fd`) instead. Nothing secret goes to stdout unless `--reveal` is given and stdout is a
terminal. Results (stdout or --json) carry fingerprints and parameters, never words.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

import click

from coldsign.cli import prompts
from coldsign.cli.app import App
from coldsign.cli.helpfmt import CsGroup
from coldsign.cli.seedsource import (
    SeedSource,
    load_seed,
    read_shares,
    seed_source_options,
    share_source_options,
)
from coldsign.errors import Cancelled, ColdsignError, DecodeError, UsageError

if TYPE_CHECKING:
    from coldsign.keys.dice import DiceRolls
    from coldsign.keys.secrets import Passphrase, Seed
    from coldsign.keys.slip39 import ShareInfo

F = TypeVar("F", bound=Callable[..., Any])

READ_BACK_ROUNDS: Final = 3  # failed read-backs before the secret is abandoned (exit 6)
MNEMONIC_READ_BACK_WORDS: Final = 3
SHARE_READ_BACK_WORDS: Final = 2
MAX_BAD_DICE_LINES: Final = 3
MAX_SHARES: Final = 16  # SLIP-39: at most 16 groups and 16 members per group
_CLEAR: Final = "\033[2J\033[3J\033[H"  # clear screen and scrollback, cursor home
_GROUP_SPEC: Final = re.compile(r"\s*(\d{1,2})\s*of\s*(\d{1,2})\s*", re.IGNORECASE)


@click.group(cls=CsGroup)
def seed() -> None:
    """Generate, split, verify, combine and reshare seeds (BIP-39, SLIP-39)."""


# --- shared pieces -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareLayout:
    """SLIP-39 parameters: `group_threshold` groups out of `groups` [(threshold, count), ...]."""

    group_threshold: int
    groups: tuple[tuple[int, int], ...]

    @classmethod
    def from_options(
        cls,
        threshold: int | None,
        shares: int | None,
        groups_text: str | None,
        group_threshold: int | None,
    ) -> ShareLayout:
        """From --threshold/--shares (one group) or --groups "2of3,3of5" --group-threshold G.

        UsageError for anything SLIP-39 cannot do (checked before any secret is touched).
        """
        if groups_text is not None:
            if threshold is not None or shares is not None:
                raise UsageError("give --groups, or --threshold and --shares, not both")
            groups = []
            for position, part in enumerate(groups_text.split(","), start=1):
                match = _GROUP_SPEC.fullmatch(part)
                if not match:
                    raise UsageError(f'--groups part {position} is not like "2of3"')
                groups.append((int(match[1]), int(match[2])))
            if group_threshold is None:
                if len(groups) > 1:
                    raise UsageError("--groups with several groups needs --group-threshold G")
                group_threshold = 1
        else:
            if threshold is None or shares is None:
                raise UsageError("give --threshold T and --shares N (or --groups)")
            if group_threshold not in (None, 1):
                raise UsageError("--group-threshold needs --groups")
            groups, group_threshold = [(threshold, shares)], 1
        if not 1 <= len(groups) <= MAX_SHARES:
            raise UsageError(f"SLIP-39 allows 1 to {MAX_SHARES} groups")
        if not 1 <= group_threshold <= len(groups):
            raise UsageError(f"--group-threshold must be 1 to {len(groups)} (the number of groups)")
        for position, (t, n) in enumerate(groups, start=1):
            where = "" if len(groups) == 1 else f" (group {position})"
            if not 1 <= t <= n <= MAX_SHARES:
                raise UsageError(f"threshold {t} of {n} shares{where}: need 1 <= T <= N <= 16")
            if t == 1 and n > 1:
                raise UsageError(
                    f"1 of {n}{where}: SLIP-39 does not allow a threshold of 1 with several "
                    "shares (they would all be the same secret); use 1 of 1"
                )
        return cls(group_threshold, tuple(groups))


def _layout_options(func: F) -> F:
    func = click.option(
        "--group-threshold",
        type=click.IntRange(1, MAX_SHARES),
        default=None,
        metavar="G",
        help="With --groups: how many groups are needed.",
    )(func)
    func = click.option(
        "--groups",
        "groups_text",
        default=None,
        metavar="SPEC",
        help='Two-level sharing, e.g. "2of3,3of5" (threshold of count per group).',
    )(func)
    func = click.option(
        "--shares",
        "share_count",
        type=click.IntRange(1, MAX_SHARES),
        default=None,
        metavar="N",
        help="Number of shares (one group).",
    )(func)
    func = click.option(
        "--threshold",
        type=click.IntRange(1, MAX_SHARES),
        default=None,
        metavar="T",
        help="Shares needed to rebuild the seed (one group).",
    )(func)
    return func


def _share_output_options(func: F) -> F:
    func = click.option(
        "--card-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        metavar="DIR",
        help="Also write one printable text card per share into DIR (secrets on disk!).",
    )(func)
    func = click.option(
        "--share-out-fd",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Write the shares to the pipe on fd N, one per line (scripts; no read-back).",
    )(func)
    return func


def _check_out_fd(fd: int, option: str) -> None:
    """An output fd for secrets must be an open pipe or socket: never a file on disk, never a
    terminal (a secret written there would stay in the scrollback)."""
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        raise UsageError(f"{option} {fd}: not an open file descriptor") from None
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
        raise UsageError(f"{option} {fd}: must be a pipe (a secret must not go to a file)")


def _write_out_fd(fd: int, lines: list[str], option: str) -> None:
    data = memoryview("".join(line + "\n" for line in lines).encode())
    try:
        while data:
            written = os.write(fd, data)
            data = data[written:]
    except OSError as exc:
        from coldsign.errors import TransportError

        raise TransportError(f"cannot write to {option} {fd}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):  # already closed after a failed write
            os.close(fd)


def _check_display(app: App, option: str) -> None:
    """Without an out-fd the secret is shown and read back: someone must be there."""
    if app.yes:
        raise UsageError(f"--yes needs {option} (nobody is there to write the secret down)")


def _dice_options(func: F) -> F:
    func = click.option(
        "--dice-fd",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Read the dice rolls (digits 1-6) from fd N instead of prompting.",
    )(func)
    func = click.option(
        "--dice", is_flag=True, help="Mix in dice rolls typed by the operator (d6, digits 1-6)."
    )(func)
    return func


def _collect_dice(app: App, dice: bool, dice_fd: int | None, bits: int) -> DiceRolls | None:
    """The operator's rolls (enough for `bits`), or None without --dice/--dice-fd."""
    from coldsign.keys.dice import (
        DiceRolls,
        bias_warnings,
        parse_dice,
        require_enough,
        rolls_needed,
    )

    if dice_fd is not None:
        rolls = parse_dice(prompts.read_fd(dice_fd, "dice rolls"))
        require_enough(rolls, bits)
    elif dice:
        if app.yes:
            raise UsageError("--yes given but no --dice-fd for the dice rolls")
        need = rolls_needed(bits)
        app.info(
            f"Roll a six-sided die {need} times (or more) and type the results (1-6; spaces "
            "ignored; input hidden). Several rolls per line are fine."
        )
        rolls = DiceRolls("")
        bad = 0
        while rolls.count < need:
            line = click.prompt(
                f"Rolls ({rolls.count} of {need})",
                hide_input=True,
                err=True,
                default="",
                show_default=False,
            )
            try:
                if not line.strip():
                    require_enough(rolls, bits)  # too few rolls yet: DecodeError saying so
                more = parse_dice(line)
            except DecodeError as exc:
                bad += 1
                if bad >= MAX_BAD_DICE_LINES:
                    raise
                app.warn(f"line not accepted: {exc}; type it again")
                continue
            bad = 0
            rolls = rolls.extend(more)
        app.info(f"{rolls.count} rolls accepted.")
    else:
        return None
    for warning in bias_warnings(rolls):
        app.warn(warning)
    return rolls


def _fresh_entropy(app: App, nbytes: int, dice: bool, dice_fd: int | None) -> tuple[bytes, str]:
    """Entropy mixed from the OS and optional dice; the dice come first, the OS bytes after."""
    from coldsign.keys.dice import OS_RANDOM_BYTES, mix_entropy

    rolls = _collect_dice(app, dice, dice_fd, nbytes * 8)
    os_random = os.urandom(OS_RANDOM_BYTES)  # drawn after the rolls are fixed
    try:
        return mix_entropy(os_random, rolls, nbytes), "os" if rolls is None else "os+dice"
    finally:
        if rolls is not None:
            rolls.wipe()


def _show_words(title: str, words: list[str]) -> None:
    """The deliberate display of a secret: stderr (the operator's terminal), numbered words."""
    click.echo("", err=True)
    click.echo(title, err=True)
    per_row = 4
    for start in range(0, len(words), per_row):
        row = words[start : start + per_row]
        cells = [f"{start + i + 1:>2}. {word:<10}" for i, word in enumerate(row)]
        click.echo("   " + "  ".join(cells).rstrip(), err=True)
    click.echo("", err=True)


def _pause(question: str) -> None:
    click.prompt(question, default="", show_default=False, err=True, prompt_suffix=" ")


def _clear() -> None:
    if sys.stderr.isatty():
        click.echo(_CLEAR, err=True, nl=False)
    else:
        click.echo("(screen cleared)", err=True)


def _read_back(app: App, words: list[str], count: int, what: str) -> bool:
    """Ask for `count` words at random positions (hidden); False at the first wrong one."""
    from coldsign.keys.seed import normalize_words

    positions = sorted(secrets.SystemRandom().sample(range(len(words)), count))
    app.info(f"Read-back: type the requested words of the {what} from what you wrote down.")
    for p in positions:
        answer = click.prompt(
            f"Word #{p + 1}", hide_input=True, err=True, default="", show_default=False
        )
        typed = normalize_words(answer)
        if typed != [words[p]]:
            app.warn(f"word #{p + 1} does not match")
            return False
    return True


def _display_secret(app: App, title: str, words: list[str], read_back: int, what: str) -> None:
    """Show, wait, clear, read back; up to READ_BACK_ROUNDS times, then Cancelled (exit 6)."""
    for attempt in range(1, READ_BACK_ROUNDS + 1):
        _show_words(title, words)
        _pause("Press Enter when it is written down.")
        _clear()
        if _read_back(app, words, read_back, what):
            app.info(f"Read-back of the {what} OK.")
            return
        if attempt < READ_BACK_ROUNDS:
            app.info(f"Showing the {what} again: correct what was written down.")
    raise Cancelled(f"the read-back of the {what} failed {READ_BACK_ROUNDS} times; nothing kept")


def _minimal_quorum(groups: list[list[str]], layout: ShareLayout) -> list[str]:
    chosen: list[str] = []
    for shares, (threshold, _) in list(zip(groups, layout.groups, strict=True))[
        : layout.group_threshold
    ]:
        chosen.extend(shares[:threshold])
    return chosen


def _check_split(
    groups: list[list[str]], layout: ShareLayout, master: Seed, passphrase: Passphrase | None
) -> None:
    """Combine a minimal quorum of the fresh set before showing anything (never ship a bad set)."""
    from coldsign.keys.slip39 import combine_shares

    rebuilt = combine_shares(_minimal_quorum(groups, layout), passphrase)
    try:
        if rebuilt != master:
            raise ColdsignError("the new share set does not rebuild the seed (a bug); nothing kept")
    finally:
        rebuilt.wipe()


def _share_title(share: str, fingerprint: str) -> str:
    from coldsign.keys.slip39 import share_info

    info = share_info(share)
    group = (
        ""
        if info.group_count == 1
        else f"group {info.group_index + 1} of {info.group_count} "
        f"(any {info.group_threshold} groups), "
    )
    return (
        f"SLIP-39 share — set {info.identifier}, {group}member {info.member_index + 1} "
        f"(any {info.member_threshold} members rebuild), wallet fingerprint {fingerprint}"
    )


def _card_text(share: str, fingerprint: str) -> str:
    from coldsign.keys.slip39 import share_info

    info = share_info(share)
    words = share.split()
    lines = [
        "coldsign SLIP-39 share card — SECRET: keep it where only its custodian can reach it",
        "",
        f"set identifier:     {info.identifier}",
        f"wallet fingerprint: {fingerprint}",
        f"group:              {info.group_index + 1} of {info.group_count} "
        f"({info.group_threshold} groups needed)",
        f"member:             {info.member_index + 1} "
        f"({info.member_threshold} members of this group needed)",
        f"words:              {len(words)}",
        "",
    ]
    for start in range(0, len(words), 4):
        row = words[start : start + 4]
        lines.append("  ".join(f"{start + i + 1:>2}. {w:<10}" for i, w in enumerate(row)).rstrip())
    return "\n".join(lines) + "\n"


def _write_cards(app: App, card_dir: Path, groups: list[list[str]], fingerprint: str) -> list[str]:
    from coldsign.keys.slip39 import share_info
    from coldsign.transport.files import write_new

    if not card_dir.exists():
        try:
            card_dir.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            from coldsign.errors import TransportError

            raise TransportError(f"cannot create {card_dir}: {exc.strerror or exc}") from None
    written: list[str] = []
    for group in groups:
        for share in group:
            info = share_info(share)
            name = f"share-{info.identifier}-g{info.group_index + 1}-m{info.member_index + 1}.txt"
            path = card_dir / name
            write_new(path, _card_text(share, fingerprint).encode(), mode=0o600)
            written.append(str(path))
    app.warn(
        f"{len(written)} share cards in {card_dir} hold secrets in plain text: print them, "
        "then destroy the files (and never write them on the networked machine)"
    )
    return written


def _deliver_shares(
    app: App,
    groups: list[list[str]],
    fingerprint: str,
    share_out_fd: int | None,
    card_dir: Path | None,
) -> list[str]:
    """Out-fd (no read-back) or one screen per custodian with a 2-word read-back; then cards."""
    if share_out_fd is not None:
        _write_out_fd(share_out_fd, [s for g in groups for s in g], "--share-out-fd")
        app.info(
            f"shares written to fd {share_out_fd}; no read-back here: the receiving side must "
            "check every share (coldsign seed verify)"
        )
    else:
        total = sum(len(g) for g in groups)
        number = 0
        for group in groups:
            for share in group:
                number += 1
                _pause(
                    f"Share {number} of {total}: press Enter when its custodian (alone) is ready."
                )
                _display_secret(
                    app,
                    _share_title(share, fingerprint),
                    share.split(),
                    SHARE_READ_BACK_WORDS,
                    f"share {number}",
                )
    return _write_cards(app, card_dir, groups, fingerprint) if card_dir is not None else []


def _layout_json(layout: ShareLayout) -> dict[str, Any]:
    return {
        "group_threshold": layout.group_threshold,
        "groups": [{"threshold": t, "shares": n} for t, n in layout.groups],
    }


def _layout_text(layout: ShareLayout) -> str:
    if len(layout.groups) == 1:
        t, n = layout.groups[0]
        return f"{t} of {n} shares"
    parts = ", ".join(f"{t}of{n}" for t, n in layout.groups)
    return f"{layout.group_threshold} of {len(layout.groups)} groups ({parts})"


# --- seed new ------------------------------------------------------------------------------------


@seed.command("new")
@click.option("--words", type=click.Choice(["12", "24"]), default="24", show_default=True,
              help="Mnemonic length (128 or 256 bits of entropy).")  # fmt: skip
@_dice_options
@click.option(
    "--reveal", is_flag=True, help="Also print the mnemonic on stdout (only if it is a terminal)."
)
@click.option(
    "--mnemonic-out-fd",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Write the mnemonic to the pipe on fd N (scripted ceremonies; no read-back).",
)
@click.pass_obj
def new_cmd(
    app: App,
    words: str,
    dice: bool,
    dice_fd: int | None,
    reveal: bool,
    mnemonic_out_fd: int | None,
) -> None:
    """Generate a BIP-39 mnemonic from the OS random source (and dice), show it once, read back."""
    from coldsign.keys.seed import WORD_COUNTS, new_mnemonic, seed_from_mnemonic

    if reveal and not sys.stdout.isatty():
        raise UsageError("--reveal only when stdout is a terminal (a secret must not reach a file)")
    if mnemonic_out_fd is not None:
        _check_out_fd(mnemonic_out_fd, "--mnemonic-out-fd")
        if mnemonic_out_fd == dice_fd:
            raise UsageError("--mnemonic-out-fd must differ from --dice-fd")
    else:
        _check_display(app, "--mnemonic-out-fd")
    word_count = int(words)
    entropy, source = _fresh_entropy(app, WORD_COUNTS[word_count], dice, dice_fd)
    mnemonic = new_mnemonic(word_count, entropy)
    del entropy
    try:
        wallet_seed = seed_from_mnemonic(mnemonic)
        fingerprint = wallet_seed.fingerprint
        wallet_seed.wipe()
        if mnemonic_out_fd is not None:
            _write_out_fd(mnemonic_out_fd, [mnemonic.reveal()], "--mnemonic-out-fd")
            app.info(
                f"mnemonic written to fd {mnemonic_out_fd}; no read-back here: the receiving "
                "side must check it"
            )
        else:
            _display_secret(
                app,
                f"BIP-39 mnemonic ({word_count} words), wallet fingerprint {fingerprint} "
                "(without passphrase) — write it down:",
                mnemonic.reveal_words(),
                MNEMONIC_READ_BACK_WORDS,
                "mnemonic",
            )
        if reveal:
            click.echo(mnemonic.reveal())
    finally:
        mnemonic.wipe()
    app.emit(
        {"fingerprint": fingerprint, "words": word_count, "entropy_source": source},
        f"new seed {fingerprint}: {word_count} words, entropy from {source}",
    )


# --- seed split ----------------------------------------------------------------------------------


@seed.command("split")
@_layout_options
@click.option(
    "--generate", is_flag=True, help="Split a fresh SLIP-39 master secret instead of a seed."
)
@click.option(
    "--bits",
    type=click.Choice(["128", "256"]),
    default="128",
    show_default=True,
    help="With --generate: master secret strength (20- or 33-word shares).",
)
@_dice_options
@_share_output_options
@seed_source_options
@click.pass_obj
def split_cmd(
    app: App,
    threshold: int | None,
    share_count: int | None,
    groups_text: str | None,
    group_threshold: int | None,
    generate: bool,
    bits: str,
    dice: bool,
    dice_fd: int | None,
    share_out_fd: int | None,
    card_dir: Path | None,
    seed_source: SeedSource,
) -> None:
    """Split a seed (mnemonic, shares or keystore; a BIP-39 wallet's 64-byte seed gives 59-word
    shares) or a fresh master secret (--generate) into SLIP-39 shares for custodians."""
    from coldsign.keys.secrets import Seed
    from coldsign.keys.slip39 import share_info, split_secret

    layout = ShareLayout.from_options(threshold, share_count, groups_text, group_threshold)
    if generate and seed_source != SeedSource():
        raise UsageError("--generate makes a new secret; it takes no seed source options")
    if not generate and (dice or dice_fd is not None):
        raise UsageError("--dice/--dice-fd only with --generate")
    if share_out_fd is not None:
        _check_out_fd(share_out_fd, "--share-out-fd")
        if share_out_fd in (*seed_source.fds, dice_fd):
            raise UsageError("--share-out-fd must differ from the input fds")
    else:
        _check_display(app, "--share-out-fd")
    if card_dir is not None and card_dir.exists() and not card_dir.is_dir():
        raise UsageError(f"--card-dir {card_dir} is not a directory")

    if generate:
        entropy, source = _fresh_entropy(app, int(bits) // 8, dice, dice_fd)
        master = Seed(entropy)
        del entropy
    else:
        master = load_seed(app, seed_source, confirm_passphrase=True)
        source = seed_source.kind.value
    try:
        if len(master) % 2:
            raise DecodeError("seed", f"{len(master)} bytes: SLIP-39 splits an even length")
        fingerprint = master.fingerprint
        groups = split_secret(master, layout.group_threshold, layout.groups)
        _check_split(groups, layout, master, None)
    finally:
        master.wipe()
    info = share_info(groups[0][0])
    words_per_share = len(groups[0][0].split())
    cards = _deliver_shares(app, groups, fingerprint, share_out_fd, card_dir)
    app.emit(
        {
            "fingerprint": fingerprint,
            "identifier": info.identifier,
            **_layout_json(layout),
            "words_per_share": words_per_share,
            "extendable": info.extendable,
            "iteration_exponent": info.iteration_exponent,
            "source": source,
            "cards": cards,
        },
        f"split {fingerprint} into set {info.identifier}: {_layout_text(layout)}, "
        f"{words_per_share} words each",
    )


# --- seed verify ---------------------------------------------------------------------------------


@seed.command("verify")
@click.option(
    "--share-fd",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Read the share from fd N (else a hidden prompt).",
)
@click.pass_obj
def verify_cmd(app: App, share_fd: int | None) -> None:
    """Check one SLIP-39 share's checksum and show which set, group and member it is."""

    if share_fd is not None:
        lines = prompts.secret_lines(app, "SLIP-39 share", share_fd)
        if len(lines) != 1:
            raise UsageError(f"--share-fd carries {len(lines)} lines; give exactly one share")
        text = lines[0]
        info = _share_or_hint(text)
    else:
        text, info = _prompt_one_share(app)
    words = len(text.split())
    data = {
        "valid": True,
        "identifier": info.identifier,
        "group": info.group_index + 1,
        "group_count": info.group_count,
        "group_threshold": info.group_threshold,
        "member": info.member_index + 1,
        "member_threshold": info.member_threshold,
        "extendable": info.extendable,
        "iteration_exponent": info.iteration_exponent,
        "words": words,
    }
    app.emit(
        data,
        f"valid share of set {info.identifier}: group {info.group_index + 1} of "
        f"{info.group_count} ({info.group_threshold} needed), member {info.member_index + 1} "
        f"({info.member_threshold} needed), {words} words, extendable {info.extendable}, "
        f"iteration exponent {info.iteration_exponent}",
    )


def _share_or_hint(text: str) -> ShareInfo:
    """`share_info(text)`, its DecodeError carrying a hint when the words are BIP-39 words."""
    from coldsign.keys.lookalike import Material, other_standard_hint
    from coldsign.keys.slip39 import share_info

    try:
        return share_info(text)
    except DecodeError as exc:
        hint = other_standard_hint(text, Material.SLIP39)
        if hint:
            raise DecodeError(exc.what, f"{exc.reason}; {hint}") from None
        raise


def _prompt_one_share(app: App) -> tuple[str, ShareInfo]:
    """One share at the hidden prompt, asked again after a typo (MAX_SHARE_ATTEMPTS tries)."""
    from coldsign.cli.seedsource import MAX_SHARE_ATTEMPTS

    for attempt in range(1, MAX_SHARE_ATTEMPTS + 1):
        text = prompts.secret(app, "SLIP-39 share", None)
        try:
            return text, _share_or_hint(text)
        except DecodeError as exc:
            if attempt == MAX_SHARE_ATTEMPTS:
                raise
            app.warn(f"share not accepted: {exc}; enter it again")
    raise AssertionError("unreachable")


# --- seed combine --------------------------------------------------------------------------------


@seed.command("combine")
@share_source_options
@click.pass_obj
def combine_cmd(app: App, seed_source: SeedSource) -> None:
    """Rebuild the seed from T SLIP-39 shares in RAM and print only its wallet fingerprint."""
    from coldsign.cli.seedsource import with_passphrase
    from coldsign.keys.slip39 import combine_shares, share_info

    shares = read_shares(app, seed_source)
    if not shares:
        raise DecodeError("SLIP-39 shares", "no shares given")
    identifier = share_info(shares[0]).identifier
    rebuilt = with_passphrase(app, seed_source, lambda p: combine_shares(shares, p))
    fingerprint = rebuilt.fingerprint
    rebuilt.wipe()
    app.emit(
        {"fingerprint": fingerprint, "identifier": identifier, "shares_given": len(shares)},
        fingerprint,
    )


# --- seed reshare --------------------------------------------------------------------------------


@seed.command("reshare")
@_layout_options
@_share_output_options
@share_source_options
@click.pass_obj
def reshare_cmd(
    app: App,
    threshold: int | None,
    share_count: int | None,
    groups_text: str | None,
    group_threshold: int | None,
    share_out_fd: int | None,
    card_dir: Path | None,
    seed_source: SeedSource,
) -> None:
    """Make a new share set from a quorum of the old one (a custodian leaves); proves both sets
    give the same wallet fingerprint. The old shares stay valid: destroy them."""
    from coldsign.cli.seedsource import check_fingerprint, passphrase_for
    from coldsign.keys.slip39 import combine_shares, share_info, split_secret

    layout = ShareLayout.from_options(threshold, share_count, groups_text, group_threshold)
    if share_out_fd is not None:
        _check_out_fd(share_out_fd, "--share-out-fd")
        if share_out_fd in seed_source.fds:
            raise UsageError("--share-out-fd must differ from the input fds")
    else:
        _check_display(app, "--share-out-fd")
    old_shares = read_shares(app, seed_source)
    if not old_shares:
        raise DecodeError("SLIP-39 shares", "no shares given")
    old_info = share_info(old_shares[0])
    passphrase = passphrase_for(app, seed_source)
    try:
        master = combine_shares(old_shares, passphrase)
        try:
            old_fingerprint = master.fingerprint
            if seed_source.expect_fingerprint is not None:
                check_fingerprint(
                    master, {seed_source.expect_fingerprint}, what="--expect-fingerprint"
                )
            groups = split_secret(
                master,
                layout.group_threshold,
                layout.groups,
                passphrase,
                iteration_exponent=old_info.iteration_exponent,
            )
            _check_split(groups, layout, master, passphrase)
            rebuilt = combine_shares(_minimal_quorum(groups, layout), passphrase)
            new_fingerprint = rebuilt.fingerprint
            rebuilt.wipe()
        finally:
            master.wipe()
    finally:
        if passphrase is not None:
            passphrase.wipe()
    if new_fingerprint != old_fingerprint:
        raise ColdsignError("the new share set gives another wallet fingerprint; nothing kept")
    new_info = share_info(groups[0][0])
    cards = _deliver_shares(app, groups, new_fingerprint, share_out_fd, card_dir)
    app.emit(
        {
            "old_fingerprint": old_fingerprint,
            "new_fingerprint": new_fingerprint,
            "old_identifier": old_info.identifier,
            "new_identifier": new_info.identifier,
            **_layout_json(layout),
            "words_per_share": len(groups[0][0].split()),
            "cards": cards,
        },
        f"reshared {old_fingerprint}: set {old_info.identifier} -> set {new_info.identifier} "
        f"({_layout_text(layout)}); fingerprints equal",
    )
