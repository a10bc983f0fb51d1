"""The one place every command loads a seed: a BIP-39 mnemonic, T SLIP-39 shares, or a keystore.

Commands decorate themselves with `seed_source_options` (or `share_source_options` for commands
that only take SLIP-39 shares) and receive one `seed_source: SeedSource` argument; they call
`load_seed(app, seed_source)` last, after every other check. Secrets come from hidden prompts on
stderr or inherited file descriptors, never argv; errors name positions, never words.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import click

from coldsign.cli import prompts
from coldsign.cli.app import App
from coldsign.errors import DecodeError, UsageError

if TYPE_CHECKING:
    from coldsign.keys.secrets import Passphrase, Seed
    from coldsign.keys.slip39 import ShareInfo

F = TypeVar("F", bound=Callable[..., Any])

KEYSTORE_FILE_CAP: Final = 64 * 1024  # a keystore is under 1 KiB
MAX_SHARE_ATTEMPTS: Final = 3  # rejected shares in a row before interactive entry gives up

_FD = click.IntRange(min=0)


class SourceKind(Enum):
    MNEMONIC = "mnemonic"
    SHARES = "slip39-shares"
    KEYSTORE = "keystore"


@dataclass(frozen=True)
class SeedSource:
    """Where the seed comes from, as the options said (no secret in here: only fds and a path).

    Exactly one of mnemonic (`mnemonic_fd`, or the default hidden prompt), SLIP-39 shares
    (`share_fd`, or `from_shares` for hidden prompts) or `keystore`. The passphrase options apply to
    mnemonics and shares (BIP-39 / SLIP-39 passphrase), not to a keystore, which holds the seed
    with its passphrase already applied.
    """

    mnemonic_fd: int | None = None
    share_fd: int | None = None
    from_shares: bool = False
    keystore: Path | None = None
    keystore_passphrase_fd: int | None = None
    passphrase_fd: int | None = None
    ask_passphrase: bool = False
    no_passphrase: bool = False

    def __post_init__(self) -> None:
        chosen = [
            name
            for name, given in (
                ("--mnemonic-fd", self.mnemonic_fd is not None),
                ("--share-fd/--from-shares", self.share_fd is not None or self.from_shares),
                ("--keystore", self.keystore is not None),
            )
            if given
        ]
        if len(chosen) > 1:
            raise UsageError(f"give one seed source, not {' and '.join(chosen)}")
        if self.keystore_passphrase_fd is not None and self.keystore is None:
            raise UsageError("--keystore-passphrase-fd needs --keystore")
        if self.keystore is not None and (self.passphrase_fd is not None or self.ask_passphrase):
            raise UsageError(
                "a keystore holds the seed with its passphrase already applied; "
                "--passphrase/--passphrase-fd do not apply"
            )
        if self.no_passphrase and (self.passphrase_fd is not None or self.ask_passphrase):
            raise UsageError("--no-passphrase contradicts --passphrase/--passphrase-fd")
        fds = [
            fd
            for fd in (
                self.mnemonic_fd,
                self.share_fd,
                self.keystore_passphrase_fd,
                self.passphrase_fd,
            )
            if fd is not None
        ]
        if len(set(fds)) != len(fds):
            raise UsageError("each secret needs its own file descriptor")

    @classmethod
    def from_options(cls, **options: Any) -> SeedSource:
        """Build from the keyword arguments `seed_source_options` adds (UsageError if they clash)."""
        known = {name: options[name] for name in OPTION_NAMES if name in options}
        unknown = set(options) - set(OPTION_NAMES)
        if unknown:
            raise TypeError(f"unknown seed source options: {sorted(unknown)}")
        return cls(**known)

    @property
    def kind(self) -> SourceKind:
        if self.keystore is not None:
            return SourceKind.KEYSTORE
        if self.share_fd is not None or self.from_shares:
            return SourceKind.SHARES
        return SourceKind.MNEMONIC

    @property
    def fds(self) -> tuple[int, ...]:
        """Every file descriptor this source reads (for callers that check fd clashes)."""
        return tuple(
            fd
            for fd in (
                self.mnemonic_fd,
                self.share_fd,
                self.keystore_passphrase_fd,
                self.passphrase_fd,
            )
            if fd is not None
        )


OPTION_NAMES: Final = (
    "mnemonic_fd",
    "share_fd",
    "from_shares",
    "keystore",
    "keystore_passphrase_fd",
    "passphrase_fd",
    "ask_passphrase",
    "no_passphrase",
)


def _passphrase_options(func: F) -> F:
    func = click.option(
        "--no-passphrase", is_flag=True, help="The seed has no passphrase: never ask for one."
    )(func)
    func = click.option(
        "--passphrase",
        "ask_passphrase",
        is_flag=True,
        help="Prompt for the BIP-39/SLIP-39 passphrase (hidden) when no --passphrase-fd is given.",
    )(func)
    func = click.option(
        "--passphrase-fd",
        type=_FD,
        default=None,
        metavar="N",
        help="Read the BIP-39/SLIP-39 passphrase from fd N.",
    )(func)
    return func


def _share_options(func: F) -> F:
    func = click.option(
        "--from-shares",
        is_flag=True,
        help="Enter SLIP-39 shares at hidden prompts, one custodian at a time.",
    )(func)
    func = click.option(
        "--share-fd",
        type=_FD,
        default=None,
        metavar="N",
        help="Read SLIP-39 shares from fd N, one per line.",
    )(func)
    return func


def _collapse(func: F, forced: dict[str, Any]) -> F:
    """Wrap a command so the seed options arrive as one `seed_source` keyword argument."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values: dict[str, Any] = {n: kwargs.pop(n) for n in OPTION_NAMES if n in kwargs}
        values.update(forced)
        kwargs["seed_source"] = SeedSource.from_options(**values)
        return func(*args, **kwargs)

    return cast(F, wrapper)


def seed_source_options(func: F) -> F:
    """Click decorator: --mnemonic-fd, --share-fd/--from-shares, --keystore (+ --keystore-passphrase-fd),
    --passphrase-fd/--passphrase/--no-passphrase; the command receives `seed_source: SeedSource`.
    """
    wrapped = _collapse(func, dict[str, Any]())
    wrapped = _passphrase_options(wrapped)
    wrapped = click.option(
        "--keystore-passphrase-fd",
        type=_FD,
        default=None,
        metavar="N",
        help="Read the keystore's passphrase from fd N.",
    )(wrapped)
    wrapped = click.option(
        "--keystore",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=None,
        metavar="FILE",
        help="Load the seed from an encrypted keystore file (coldsign keystore new).",
    )(wrapped)
    wrapped = _share_options(wrapped)
    wrapped = click.option(
        "--mnemonic-fd",
        type=_FD,
        default=None,
        metavar="N",
        help="Read the BIP-39 mnemonic from fd N (default: a hidden prompt).",
    )(wrapped)
    return wrapped


def share_source_options(func: F) -> F:
    """Click decorator for commands that take SLIP-39 shares only (--share-fd or prompts) and the
    passphrase options; the command receives `seed_source: SeedSource` of kind SHARES."""
    wrapped = _collapse(func, {"from_shares": True})
    wrapped = _passphrase_options(wrapped)
    return _share_options(wrapped)


def load_seed(app: App, source: SeedSource, *, ask_passphrase_by_default: bool = False) -> Seed:
    """Read the secret(s) `source` names and return the BIP-32 seed (caller wipes it).

    `ask_passphrase_by_default`: with no passphrase option, prompt for one (skipped under --yes).
    DecodeError (exit 3) for a bad mnemonic or shares, AuthenticationError (exit 5) for a wrong
    keystore passphrase, UsageError (exit 2) when --yes leaves no way to read a secret.
    """
    if source.kind is SourceKind.KEYSTORE:
        assert source.keystore is not None
        return _from_keystore(app, source.keystore, source.keystore_passphrase_fd)
    if source.kind is SourceKind.SHARES:
        from coldsign.keys.slip39 import combine_shares

        shares = read_shares(app, source)
        passphrase = passphrase_for(app, source, ask_by_default=ask_passphrase_by_default)
        try:
            return combine_shares(shares, passphrase)
        finally:
            if passphrase is not None:
                passphrase.wipe()
    from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic

    mnemonic = mnemonic_from_text(prompts.secret(app, "mnemonic", source.mnemonic_fd))
    try:
        passphrase = passphrase_for(app, source, ask_by_default=ask_passphrase_by_default)
        try:
            return seed_from_mnemonic(mnemonic, passphrase)
        finally:
            if passphrase is not None:
                passphrase.wipe()
    finally:
        mnemonic.wipe()


def read_shares(app: App, source: SeedSource) -> list[str]:
    """The SLIP-39 share texts: every line of `share_fd`, or hidden prompts until the thresholds
    are met (progress reported after each share). Shares are not combined here."""
    if source.share_fd is not None:
        return prompts.secret_lines(app, "SLIP-39 shares", source.share_fd)
    return _prompt_shares(app)


def passphrase_for(
    app: App, source: SeedSource, *, ask_by_default: bool = False
) -> Passphrase | None:
    """The BIP-39/SLIP-39 passphrase the options ask for (None for none or empty; caller wipes).

    Read from --passphrase-fd, or prompted (hidden) with --passphrase, or when `ask_by_default`
    and no option says otherwise (not under --yes). --no-passphrase: None without asking.
    """
    from coldsign.keys.secrets import Passphrase

    if source.no_passphrase:
        return None
    asked = source.passphrase_fd is not None or source.ask_passphrase
    if not asked and (not ask_by_default or app.yes):
        return None
    text = prompts.secret(
        app, "passphrase (empty for none)", source.passphrase_fd, allow_empty=True
    )
    return Passphrase(text) if text else None


def _from_keystore(app: App, path: Path, passphrase_fd: int | None) -> Seed:
    from coldsign.keys import envelope
    from coldsign.keys.keystore import keystore_info, open_seed
    from coldsign.keys.secrets import Passphrase
    from coldsign.transport.files import read_capped

    blob = read_capped(path, KEYSTORE_FILE_CAP)
    info = keystore_info(blob)
    if info.kdf_n < envelope.DEFAULT_KDF_N:
        app.warn(f"{path} uses a weaker passphrase cost than coldsign's default")
    passphrase = Passphrase(
        prompts.secret(app, f"passphrase for keystore {info.name}", passphrase_fd)
    )
    try:
        return open_seed(blob, passphrase)
    finally:
        passphrase.wipe()


def _same_set(a: ShareInfo, b: ShareInfo) -> bool:
    return (a.identifier, a.iteration_exponent, a.group_threshold, a.group_count, a.extendable) == (
        b.identifier,
        b.iteration_exponent,
        b.group_threshold,
        b.group_count,
        b.extendable,
    )


def share_progress(infos: list[ShareInfo]) -> tuple[str, bool]:
    """A one-line progress report for shares of one set entered so far, and whether the
    thresholds are met. Counts distinct members per group (a share entered twice counts once)."""
    first = infos[0]
    groups: dict[int, tuple[int, set[int]]] = {}
    for info in infos:
        threshold, members = groups.setdefault(info.group_index, (info.member_threshold, set()))
        members.add(info.member_index)
    complete = sum(1 for threshold, members in groups.values() if len(members) >= threshold)
    done = complete >= first.group_threshold
    if first.group_count == 1:
        threshold, members = groups[first.group_index]
        return f"{len(members)} of {threshold} shares for set {first.identifier}", done
    parts = [
        f"group {g + 1}: {len(members)} of {threshold}"
        for g, (threshold, members) in sorted(groups.items())
    ]
    return (
        f"set {first.identifier}: {'; '.join(parts)}; "
        f"{complete} of {first.group_threshold} groups complete",
        done,
    )


def _prompt_shares(app: App) -> list[str]:
    """Hidden prompts, one custodian at a time, until the thresholds are met (or an empty entry).

    A share that does not decode or belongs to another set is refused and asked again; after
    MAX_SHARE_ATTEMPTS refusals in a row the last error is raised (exit 3).
    """
    from coldsign.keys.seed import normalize_words
    from coldsign.keys.slip39 import share_info

    if app.yes:
        raise UsageError("--yes given but no --share-fd for the SLIP-39 shares")
    app.info("Enter the SLIP-39 shares one custodian at a time (hidden); an empty entry stops.")
    shares: list[str] = []
    infos: list[ShareInfo] = []
    refused = 0
    while True:
        text = click.prompt(
            f"SLIP-39 share #{len(shares) + 1}",
            hide_input=True,
            err=True,
            default="",
            show_default=False,
        )
        if not text.strip():
            return shares
        try:
            info = share_info(text)
            if infos and not _same_set(info, infos[0]):
                raise DecodeError(
                    f"SLIP-39 share #{len(shares) + 1}",
                    f"belongs to set {info.identifier}, not to set {infos[0].identifier} "
                    "of the shares already entered",
                )
        except DecodeError as exc:
            refused += 1
            if refused >= MAX_SHARE_ATTEMPTS:
                raise
            app.warn(f"share not accepted: {exc}")
            continue
        refused = 0
        if any(
            (i.group_index, i.member_index) == (info.group_index, info.member_index) for i in infos
        ):
            app.warn("that share was already entered (same group and member index); next one")
            continue
        shares.append(" ".join(normalize_words(text)))
        infos.append(info)
        line, done = share_progress(infos)
        app.info(line)
        if done:
            return shares
