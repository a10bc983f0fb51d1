"""`coldsign ceremony`: list, run, verify and print the runbook of scripted ceremonies."""

from __future__ import annotations

import functools
import hashlib
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InAny, InFile, OutFile
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import Cancelled, ExitCode, TransportError, UsageError
from coldsign.keys.secrets import Secret
from coldsign.transport import files

if TYPE_CHECKING:
    from coldsign.ceremony.definition import Definition
    from coldsign.ceremony.transcript import TranscriptReport

_T = TypeVar("_T")
READ_BACK_ROUNDS = 3
_SHIPPED_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def shipped_dir() -> Path:
    """Where the shipped ceremonies are: package data (``coldsign/ceremonies/*.toml``, in a wheel
    or a non-editable install) or, in a source tree (editable install, checkout), the top-level
    ``ceremonies/`` folder next to the package. UsageError if neither exists."""
    import coldsign

    found = find_shipped(Path(coldsign.__file__).resolve().parent)
    if found is None:
        raise UsageError("the shipped ceremonies are not installed (no coldsign/ceremonies)")
    return found


def find_shipped(package: Path) -> Path | None:
    """The shipped-ceremonies folder for the package at `package`: ``<package>/ceremonies`` when
    it was installed with its package data, else ``<repo>/ceremonies`` when `package` sits in a
    source tree (its parent holds pyproject.toml), else None. Only a folder with definitions
    counts, so a stray empty directory never hides the real one."""
    for candidate, marker in (
        (package / "ceremonies", package / "__init__.py"),
        (package.parent / "ceremonies", package.parent / "pyproject.toml"),
    ):
        if marker.is_file() and candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    return None


def resolve(name_or_file: str) -> Path:
    """A shipped ceremony by name, or a definition FILE (anything with a / or a .toml suffix)."""
    if "/" in name_or_file or name_or_file.endswith(".toml"):
        path = Path(name_or_file)
        if not path.is_file():
            raise UsageError(f"{name_or_file}: no such ceremony file")
        return path
    if not _SHIPPED_NAME.fullmatch(name_or_file):
        raise UsageError(f"{name_or_file!r} is not a ceremony name")
    path = shipped_dir() / f"{name_or_file}.toml"
    if not path.is_file():
        raise UsageError(f"no shipped ceremony {name_or_file!r} (see `coldsign ceremony list`)")
    return path


@dataclass(frozen=True)
class Loaded:
    """A definition file read once: the bytes parsed are the bytes hashed."""

    definition: Definition
    sha256: str
    path: Path


def load(path: Path) -> Loaded:
    """Read, hash and parse a definition file (DecodeError, exit 3, if it is not a valid one)."""
    from coldsign.ceremony.definition import MAX_DEFINITION_BYTES, parse_definition

    data = files.read_capped(path, MAX_DEFINITION_BYTES)
    return Loaded(parse_definition(data), hashlib.sha256(data).hexdigest(), path)


class TerminalConsole:
    """A `Console` on the terminal: prompts and progress on stderr, secrets at hidden prompts.

    Ctrl-C (or end of input) at any question does not end the ceremony by itself: it asks whether
    to stop, and only a yes (or a second Ctrl-C) stops it, closing the transcript as incomplete
    so that it can be resumed."""

    interactive = True

    def __init__(self, app: App) -> None:
        self.app = app

    def _asking(self, ask: Callable[[], _T]) -> _T:
        while True:
            try:
                return ask()
            except click.exceptions.Abort:
                click.echo("", err=True)
                if _stop_wanted():
                    raise Cancelled("the lead stopped the ceremony (Ctrl-C)") from None

    def show(self, text: str) -> None:
        click.echo(text, err=True)

    def person(self, role: str, description: str) -> str:
        question = f"Name of the {role} ({description.strip()}; several: separate with commas)"
        return self._asking(lambda: str(click.prompt(question, err=True)).strip())

    def value(self, variable: str, prompt: str) -> str:
        return self._asking(lambda: str(click.prompt(f"{prompt} [{variable}]", err=True)).strip())

    def confirm(self, step_id: str, question: str) -> bool:
        return self._asking(lambda: click.confirm(question, err=True, default=False))

    def secret(
        self, name: str, description: str, *, lines: bool = False, new: bool = False
    ) -> Secret:
        what = f"{description.strip()} ({name})"
        if new:  # asked twice, a weak one refused here rather than by the command
            return self._asking(
                lambda: Secret(prompts.new_passphrase(self.app, name, None).reveal().encode())
            )
        if lines:
            return self._asking(
                lambda: Secret("\n".join(prompts.secret_lines(self.app, what, None)).encode())
            )
        return self._asking(lambda: Secret(prompts.secret(self.app, what, None).encode()))

    def deliver(self, name: str, secret: Secret) -> None:
        """A produced secret (e.g. the shares of a new set) is kept in RAM for later steps, and
        each of its lines is shown on a screen of its own to the person it is for, who writes it
        down and reads two words back (three tries, then Cancelled: exit 6, the step fails); the
        screen is cleared in between. Without this, shares handed to the runner on a pipe would
        reach nobody."""
        import secrets as random

        items = [line for line in secret.reveal_material().decode().splitlines() if line.strip()]
        for number, item in enumerate(items, start=1):
            words = item.split()
            ready = (
                f"{name} {number} of {len(items)}: press Enter when its holder (alone) is ready."
            )
            self._asking(functools.partial(_pause, ready))
            for attempt in range(1, READ_BACK_ROUNDS + 1):
                click.echo(f"\n{name} {number} of {len(items)}:", err=True)
                for start in range(0, len(words), 4):
                    row = words[start : start + 4]
                    cells = [f"{start + i + 1:>2}. {word:<10}" for i, word in enumerate(row)]
                    click.echo("   " + "  ".join(cells).rstrip(), err=True)
                self._asking(lambda: _pause("Press Enter when it is written down."))
                click.echo("\033[2J\033[3J\033[H" if sys.stderr.isatty() else "(cleared)", err=True)
                picks = sorted(random.SystemRandom().sample(range(len(words)), min(2, len(words))))
                typed = [
                    str(self._asking(functools.partial(_hidden, f"Word #{p + 1}"))).strip().lower()
                    for p in picks
                ]
                if typed == [words[p].lower() for p in picks]:
                    break
                if attempt == READ_BACK_ROUNDS:
                    raise Cancelled(f"the read-back of {name} {number} failed; nothing kept")
                click.echo("That does not match what was shown; showing it again.", err=True)
            words.clear()
        items.clear()

    def show_qr(self, path: Path) -> None:
        """`coldsign qr show FILE` on this terminal; Ctrl-C ends the display loop, not the
        ceremony (the runner ignores SIGINT while the child runs)."""
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            subprocess.run(
                [sys.executable, "-m", "coldsign", "qr", "show", "--kind", "bytes", str(path)],
                check=False,
                preexec_fn=_default_sigint,
            )
        finally:
            signal.signal(signal.SIGINT, previous)


def _hidden(question: str) -> str:
    return str(click.prompt(question, hide_input=True, err=True))


def _stop_wanted() -> bool:
    """After a Ctrl-C at a question: stop the ceremony? A second Ctrl-C or end of input is a yes."""
    try:
        return click.confirm(
            "Stop the ceremony here? The transcript is closed as incomplete and can be resumed "
            "with --resume",
            err=True,
            default=False,
        )
    except click.exceptions.Abort:
        return True


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _pause(question: str) -> None:
    click.prompt(question, default="", show_default=False, err=True, prompt_suffix=" ")


@click.group(cls=CsGroup)
def ceremony() -> None:
    """Scripted, witnessed ceremonies with signed, hash-chained transcripts."""


@ceremony.command("list")
@click.argument("where", required=False, type=InAny)
@click.pass_obj
def list_cmd(app: App, where: Path | None) -> None:
    """List the shipped ceremonies (or those in WHERE: a directory or one definition file)."""
    root = where or shipped_dir()
    paths = [root] if root.is_file() else sorted(root.glob("*.toml"))
    rows = []
    for path in paths:
        loaded = load(path)
        definition, sha = loaded.definition, loaded.sha256
        rows.append(
            {
                "name": definition.name,
                "title": definition.title,
                "steps": len(definition.steps),
                "roles": list(definition.role_names()),
                "file": str(path),
                "sha256": sha,
            }
        )
    app.emit(rows, "\n".join(f"{r['name']:<28} {r['steps']:>3} steps  {r['title']}" for r in rows))


@ceremony.command("runbook")
@click.argument("name")
@click.pass_obj
def runbook_cmd(app: App, name: str) -> None:
    """Print the Markdown runbook generated from ceremony NAME (or a definition FILE)."""
    from coldsign.ceremony.runbook import render_runbook

    definition = load(resolve(name)).definition
    text = render_runbook(definition)
    app.emit({"name": definition.name, "markdown": text}, text.rstrip("\n"))


@ceremony.command("run")
@click.argument("name")
@click.option("--script", "script", type=InFile, default=None, help="Answers file (TOML).")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where commands run and files go (default: the current directory).",
)
@click.option("--transcript", "transcript", type=OutFile, default=None, help="Transcript file.")
@click.option("--lead-key", type=InFile, required=True, help="The ceremony lead's role key.")
@click.option("--lead-passphrase-fd", type=int, default=None, help="Lead key passphrase fd.")
@click.option(
    "--resume",
    "resume_from",
    type=InFile,
    default=None,
    metavar="TRANSCRIPT",
    help="Continue the incomplete, signed TRANSCRIPT of this ceremony at the step that stopped "
    "(a new transcript; the same lead key).",
)
@click.pass_obj
def run_cmd(
    app: App,
    name: str,
    script: Path | None,
    workdir: Path | None,
    transcript: Path | None,
    lead_key: Path,
    lead_passphrase_fd: int | None,
    resume_from: Path | None,
) -> None:
    """Run ceremony NAME (or FILE) step by step, writing a transcript the lead signs at the end.

    A ceremony that stops (a failed command, a declined step, the lead's Ctrl-C) is closed as
    incomplete; `--resume TRANSCRIPT` checks that transcript's chain and signature and continues
    it in a new transcript, redoing any step whose secrets a remaining step needs.
    """
    from coldsign.ceremony.resume import ResumePlan, plan_resume
    from coldsign.ceremony.runner import Console, Runner
    from coldsign.ceremony.script import ScriptConsole, check, parse_answers
    from coldsign.cli.key import read_role_key_info, unlock_role_key
    from coldsign.keys.rolekey import Role

    loaded = load(resolve(name))
    definition, sha = loaded.definition, loaded.sha256
    console: Console
    if script is not None:
        answers = parse_answers(files.read_capped(script, 256 * 1024))
        check(answers, definition)
        if lead_passphrase_fd is None:
            raise UsageError("--script needs --lead-passphrase-fd (nobody is there to type it)")
        console = ScriptConsole(answers, sys.stderr)
    else:
        if app.yes:
            raise UsageError("a ceremony is run by people: use --script for an unattended run")
        console = TerminalConsole(app)
    workdir = (workdir or Path.cwd()).resolve()
    if not workdir.is_dir():
        workdir.mkdir(parents=True, mode=0o700)
    home = app.home_dir(create=True).resolve()
    if transcript is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = home / "ceremonies"
        folder.mkdir(mode=0o700, exist_ok=True)
        transcript = folder / f"{definition.name}-{stamp}.jsonl"
    transcript = transcript.resolve()
    if transcript.exists():
        raise TransportError(f"{transcript} exists; a transcript is never overwritten")
    plan: ResumePlan | None = None
    if resume_from is not None:
        # Checked before the passphrase is asked: the chain, the lead's signature (by this lead
        # key), the definition and the files the completed steps recorded.
        lead_public = read_role_key_info(lead_key)[1].public_key
        plan = plan_resume(resume_from.resolve(), definition, sha, lead_public, workdir)
        if resume_from.resolve() == transcript:
            raise UsageError("--transcript must name a new file, not the one being resumed")
        if isinstance(console, TerminalConsole):
            console.show(plan.describe(definition))
            if not console.confirm("resume", "Resume the ceremony there?"):
                raise Cancelled("the lead did not resume the ceremony")
    key = unlock_role_key(app, lead_key, lead_passphrase_fd, role=Role.CEREMONY_LEAD)
    try:
        runner = Runner(definition, sha, console, home, workdir, transcript, key, resume=plan)
        outcome = runner.run()
    except KeyboardInterrupt:
        if transcript.exists():  # the runner closed and signed it as incomplete
            app.info(
                f"ceremony {definition.name}: INCOMPLETE (interrupted); transcript {transcript}\n"
                f"to continue: coldsign ceremony run {name} --resume {transcript} "
                f"--lead-key {lead_key}"
            )
            raise click.exceptions.Exit(int(ExitCode.CANCELLED)) from None
        raise
    finally:
        key.wipe()
    if outcome.complete:
        app.info(f"ceremony {definition.name}: complete; transcript {outcome.transcript}")
    else:
        # The runner has shown why the step failed; this says where it stopped and how to go on.
        app.info(
            f"ceremony {definition.name}: INCOMPLETE (stopped at step {outcome.failed_step}); "
            f"transcript {outcome.transcript}\n"
            f"to continue: coldsign ceremony run {name} --resume {outcome.transcript} "
            f"--lead-key {lead_key}"
        )
    app.emit(
        {
            "ceremony": definition.name,
            "complete": outcome.complete,
            "steps_done": outcome.steps_done,
            "steps_total": outcome.steps_total,
            "failed_step": outcome.failed_step,
            "reasons": list(outcome.reasons),
            "exit_code": outcome.exit_code,
            "transcript": str(outcome.transcript),
            "signed_hash": outcome.signed_hash,
        },
        str(outcome.transcript),
    )
    if not outcome.complete:
        raise click.exceptions.Exit(outcome.exit_code or int(ExitCode.INTERNAL))


@ceremony.command("verify")
@click.argument("transcript", type=InFile)
@click.option("--lead-pubkey", default=None, help="The lead key (66 hex) that must have signed.")
@click.option(
    "--require-complete",
    is_flag=True,
    help="Also refuse (exit 4) an authentic transcript of a ceremony that did not complete.",
)
@click.pass_obj
def verify_cmd(app: App, transcript: Path, lead_pubkey: str | None, require_complete: bool) -> None:
    """Check TRANSCRIPT's hash chain and the lead's signature (exit 5 naming the line if not).

    An incomplete ceremony's transcript is authentic (its failure is part of the record) and
    verifies; with --require-complete it is refused with exit 4, as a signer refuses an authentic
    payload that does not meet its policy. Tampering is still exit 5 and is checked first."""
    from coldsign.ceremony.transcript import verify_transcript
    from coldsign.errors import PolicyViolation
    from coldsign.keys.rolekey import parse_public_key

    expected = parse_public_key(lead_pubkey, "--lead-pubkey") if lead_pubkey else None
    report = verify_transcript(transcript, lead_public_key=expected)
    if require_complete and not report.complete:
        raise PolicyViolation(
            [
                f"{transcript}: authentic, but the {report.ceremony} ceremony did not complete: "
                f"{report.steps_done} of {report.steps_total} steps done, stopped at step "
                f"{report.failed_step}"
            ]
        )
    state = "complete" if report.complete else f"INCOMPLETE (failed at {report.failed_step})"
    previous = _check_previous(transcript, report.resumes, report.resumes_file, report)
    app.emit(
        {**report.to_json(), "ok": True, "previous_checked": previous is not None},
        f"OK: {report.ceremony} transcript, {report.records} records, {state}; "
        f"signed by lead {report.lead_public_key}; final hash {report.signed_hash}"
        + ("" if report.resumes is None else f"; resumes {report.resumes_file} "
           + ("(checked)" if previous else f"(not found next to it; signed hash {report.resumes})")),
    )  # fmt: skip


def _check_previous(
    transcript: Path, resumes: str | None, file_name: str | None, report: TranscriptReport
) -> Path | None:
    """For a resumed run: when the transcript it resumes lies next to it, verify that one too
    (same lead, its signed hash and file SHA-256 as recorded). Returns its path, or None when
    there is nothing to check or it is not there. AuthenticationError (exit 5) on a mismatch."""
    from coldsign.ceremony.transcript import verify_transcript
    from coldsign.errors import AuthenticationError
    from coldsign.home.audit import read_log

    if resumes is None or file_name is None or "/" in file_name:
        return None
    previous = transcript.parent / file_name
    if not previous.is_file():
        return None
    earlier = verify_transcript(previous, lead_public_key=bytes.fromhex(report.lead_public_key))
    sha = hashlib.sha256(files.read_capped(previous, 64 * 1024 * 1024)).hexdigest()
    recorded = str(read_log(transcript, limit=None)[0].details.get("resumes_file_sha256"))
    if earlier.signed_hash != resumes or sha != recorded:
        raise AuthenticationError(
            [f"{previous} is not the transcript {transcript} resumes (hash differs)"]
        )
    return previous
