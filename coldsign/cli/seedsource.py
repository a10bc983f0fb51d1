"""The one place every command loads a seed: a BIP-39 mnemonic, T SLIP-39 shares, or a keystore.

Commands decorate themselves with `seed_source_options` (or `share_source_options` for commands
that only take SLIP-39 shares) and receive one `seed_source: SeedSource` argument; they call
`load_seed(app, seed_source)` last, after every other check. Secrets come from hidden prompts on
stderr or inherited file descriptors, never argv; errors name positions, never words.

Prompts forgive a typo: a mnemonic or share that does not decode is asked again (with a hint when
the words belong to the other standard), up to MAX_SHARE_ATTEMPTS times; input from a file
descriptor fails at once, with the same exit code. `--expect-fingerprint HEX` (and the
fingerprints a caller passes, such as the policy wallet's) catches a wrong passphrase or seed
before anything is signed: exit 5 naming the expected fingerprint, or, when the passphrase was
typed, the passphrase asked again. A passphrase that sets up a new wallet (`confirm_passphrase`)
is asked twice unless an expected fingerprint already checks it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InFile
from coldsign.errors import AuthenticationError, DecodeError, UsageError

if TYPE_CHECKING:
    from coldsign.keys.secrets import Mnemonic, Passphrase, Seed
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
    expect_fingerprint: str | None = None

    def __post_init__(self) -> None:
        if self.expect_fingerprint is not None and not _FINGERPRINT.fullmatch(
            self.expect_fingerprint
        ):
            raise UsageError("--expect-fingerprint must be 8 hex digits (e.g. 73c5da0a)")
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
    "expect_fingerprint",
)
_FINGERPRINT: Final = re.compile(r"[0-9a-f]{8}")


def _fingerprint_option(value: str | None) -> str | None:
    return None if value is None else value.strip().lower()


def _passphrase_options(func: F) -> F:
    func = click.option(
        "--expect-fingerprint",
        "expect_fingerprint",
        default=None,
        metavar="HEX",
        callback=lambda _ctx, _param, value: _fingerprint_option(value),
        help="The seed's BIP-32 master fingerprint (8 hex digits, as in the wallet descriptor): "
        "anything else (a wrong passphrase, another seed) is refused (exit 5) before it is used.",
    )(func)
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
        type=InFile,
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


def load_seed(
    app: App,
    source: SeedSource,
    *,
    ask_passphrase_by_default: bool = False,
    confirm_passphrase: bool = False,
    expect_fingerprints: Collection[str] = (),
    expected_what: str = "the expected wallet",
) -> Seed:
    """Read the secret(s) `source` names and return the BIP-32 seed (caller wipes it).

    `ask_passphrase_by_default`: with no passphrase option, prompt for one (skipped under --yes).
    `confirm_passphrase`: the passphrase sets up a wallet (an export, a keystore): a typed one is
    asked twice, unless an expected fingerprint checks it. `expect_fingerprints` (e.g. the policy
    wallet's key fingerprints; `expected_what` names them) and --expect-fingerprint: the seed's
    fingerprint must be among them (see `check_fingerprint`).
    DecodeError (exit 3) for a bad mnemonic or shares, AuthenticationError (exit 5) for a wrong
    keystore passphrase or an unexpected fingerprint, UsageError (exit 2) when --yes leaves no way
    to read a secret.
    """
    expectations = _expectations(source, expect_fingerprints, expected_what)
    if source.kind is SourceKind.KEYSTORE:
        assert source.keystore is not None
        seed = _from_keystore(app, source.keystore, source.keystore_passphrase_fd)
        return _checked(seed, expectations)
    if source.kind is SourceKind.SHARES:
        from coldsign.keys.slip39 import combine_shares

        shares = read_shares(app, source)
        return with_passphrase(
            app, source, lambda p: combine_shares(shares, p),
            ask_by_default=ask_passphrase_by_default, confirm=confirm_passphrase,
            expectations=expectations,
        )  # fmt: skip
    from coldsign.keys.seed import seed_from_mnemonic

    mnemonic = read_mnemonic(app, source.mnemonic_fd)
    try:
        return with_passphrase(
            app, source, lambda p: seed_from_mnemonic(mnemonic, p),
            ask_by_default=ask_passphrase_by_default, confirm=confirm_passphrase,
            expectations=expectations,
        )  # fmt: skip
    finally:
        mnemonic.wipe()


@dataclass(frozen=True)
class Expectation:
    """Fingerprints the seed must have one of, and what they are (for the message)."""

    fingerprints: frozenset[str]
    what: str


def _expectations(
    source: SeedSource, fingerprints: Collection[str], what: str
) -> list[Expectation]:
    found = []
    if source.expect_fingerprint is not None:
        found.append(Expectation(frozenset({source.expect_fingerprint}), "--expect-fingerprint"))
    if fingerprints:
        found.append(Expectation(frozenset(f.lower() for f in fingerprints), what))
    return found


def check_fingerprint(seed: Seed, expected: Collection[str], *, what: str) -> None:
    """AuthenticationError (exit 5) unless `seed`'s BIP-32 master fingerprint is one of
    `expected` (8 hex digits each, e.g. the key-origin fingerprints of the policy's wallet; `what`
    names them). Call it after the seed is loaded and before it signs: a mistyped passphrase makes
    a valid seed of another wallet, and this is where that is caught, by name."""
    wanted = sorted({f.lower() for f in expected})
    if not wanted:
        raise ValueError("no fingerprint to check against")
    if seed.fingerprint in wanted:
        return
    names = " or ".join(wanted)
    raise AuthenticationError(
        [
            f"the seed loaded has fingerprint {seed.fingerprint}, but {what} expects {names}: a "
            "wrong or missing passphrase, or the words of another seed; nothing was used"
        ]
    )


def _checked(seed: Seed, expectations: list[Expectation]) -> Seed:
    try:
        for expectation in expectations:
            check_fingerprint(seed, expectation.fingerprints, what=expectation.what)
    except AuthenticationError:
        seed.wipe()
        raise
    return seed


def with_passphrase(
    app: App,
    source: SeedSource,
    derive: Callable[[Passphrase | None], Seed],
    *,
    ask_by_default: bool = False,
    confirm: bool = False,
    expectations: list[Expectation] | None = None,
) -> Seed:
    """`derive(passphrase)` with the passphrase the options ask for, checked against the
    expected fingerprints. A passphrase typed at the prompt that gives an unexpected fingerprint
    is asked again (MAX_SHARE_ATTEMPTS tries in all); one read from an fd is exit 5 at once."""
    expectations = _expectations(source, (), "") if expectations is None else expectations
    attempts = MAX_SHARE_ATTEMPTS if source.passphrase_fd is None else 1
    for attempt in range(1, attempts + 1):
        passphrase = passphrase_for(
            app, source, ask_by_default=ask_by_default, confirm=confirm and not expectations
        )
        try:
            seed = derive(passphrase)
        finally:
            if passphrase is not None:
                passphrase.wipe()
        typed = passphrase_prompted(app, source, ask_by_default=ask_by_default)
        try:
            return _checked(seed, expectations)
        except AuthenticationError as exc:
            if not typed or attempt == attempts:
                raise
            app.warn(f"{exc.reasons()[0]}; enter the passphrase again")
    raise AssertionError("unreachable")


def passphrase_prompted(app: App, source: SeedSource, *, ask_by_default: bool = False) -> bool:
    """Whether the passphrase comes from a hidden prompt (so a mistake can be asked again)."""
    if source.no_passphrase or source.passphrase_fd is not None:
        return False
    return source.ask_passphrase or (ask_by_default and not app.yes)


def read_mnemonic(app: App, fd: int | None) -> Mnemonic:
    """A BIP-39 mnemonic from `fd` (a bad one: exit 3 at once) or the hidden prompt, asked again
    after a typo (MAX_SHARE_ATTEMPTS tries), with a hint when the words are SLIP-39 share words."""
    from coldsign.keys.seed import mnemonic_from_text

    attempts = 1 if fd is not None else MAX_SHARE_ATTEMPTS
    for attempt in range(1, attempts + 1):
        text = prompts.secret(app, "mnemonic", fd)
        try:
            return mnemonic_from_text(text)
        except DecodeError as exc:
            # Only a refused mnemonic needs the hint (its patterns cost start-up, issue 16).
            from coldsign.keys.lookalike import Material, other_standard_hint

            hint = other_standard_hint(text, Material.BIP39)
            if attempt == attempts:
                if hint:
                    raise DecodeError(exc.what, f"{exc.reason}; {hint}") from None
                raise
            app.warn(f"mnemonic not accepted: {exc}" + (f"; {hint}" if hint else "")
                     + "; enter it again")  # fmt: skip
        finally:
            del text
    raise AssertionError("unreachable")


def read_shares(app: App, source: SeedSource) -> list[str]:
    """The SLIP-39 share texts: every line of `share_fd` (each must decode: exit 3 otherwise, with
    a hint for BIP-39 words), or hidden prompts until the thresholds are met (progress reported
    after each share). Shares are not combined here."""
    if source.share_fd is not None:
        from coldsign.keys.lookalike import Material, other_standard_hint
        from coldsign.keys.slip39 import share_info

        lines = prompts.secret_lines(app, "SLIP-39 shares", source.share_fd)
        for number, line in enumerate(lines, start=1):
            try:
                share_info(line)
            except DecodeError:
                hint = other_standard_hint(line, Material.SLIP39)
                if hint:
                    raise DecodeError(f"SLIP-39 share #{number}", hint) from None
                raise
        return lines
    return _prompt_shares(app)


def passphrase_for(
    app: App, source: SeedSource, *, ask_by_default: bool = False, confirm: bool = False
) -> Passphrase | None:
    """The BIP-39/SLIP-39 passphrase the options ask for (None for none or empty; caller wipes).

    Read from --passphrase-fd, or prompted (hidden) with --passphrase, or when `ask_by_default`
    and no option says otherwise (not under --yes). --no-passphrase: None without asking.
    `confirm`: a typed passphrase is asked twice, and again until both entries match (a typo would
    make another wallet).
    """
    from coldsign.keys.secrets import Passphrase

    if source.no_passphrase:
        return None
    asked = source.passphrase_fd is not None or source.ask_passphrase
    if not asked and (not ask_by_default or app.yes):
        return None
    what = "passphrase (empty for none)"
    text = prompts.secret(app, what, source.passphrase_fd, allow_empty=True)
    while confirm and source.passphrase_fd is None:
        again = prompts.secret(app, "passphrase again", None, allow_empty=True)
        if again == text:
            break
        app.warn("the two entries differ; enter the passphrase twice again")
        text = prompts.secret(app, what, None, allow_empty=True)
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
    tries = 1 if passphrase_fd is not None else MAX_SHARE_ATTEMPTS
    for attempt in range(1, tries + 1):
        passphrase = Passphrase(
            prompts.secret(app, f"passphrase for keystore {info.name}", passphrase_fd)
        )
        try:
            return open_seed(blob, passphrase)
        except AuthenticationError:
            if attempt == tries:
                raise
            left = tries - attempt
            app.warn(f"wrong passphrase for {path}; {left} more {'try' if left == 1 else 'tries'}")
        finally:
            passphrase.wipe()
    raise AssertionError("unreachable")


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
            from coldsign.keys.lookalike import Material, other_standard_hint

            hint = other_standard_hint(text, Material.SLIP39)
            refused += 1
            if refused >= MAX_SHARE_ATTEMPTS:
                if hint:
                    raise DecodeError(exc.what, f"{exc.reason}; {hint}") from None
                raise
            app.warn(f"share not accepted: {exc}" + (f"; {hint}" if hint else ""))
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
