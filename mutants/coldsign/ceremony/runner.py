"""The ceremony runner: walks a definition's steps in order, never skipping one, and writes the
transcript (issue 7, part 4).

The people in the room are reached only through a `Console` (a terminal, or the answers of a
``--script`` file), so the runner itself is testable. Commands run as subprocesses
``python -m coldsign --home H ...`` in the working directory; secrets reach them only on pipe file
descriptors and come back (``secret_outputs``) only into RAM, wrapped in `Secret`. A failed
command, a declined confirmation or a mismatch stops the ceremony; the transcript records why and
is still closed and signed by the lead, marked incomplete; `ceremony run --resume` continues it
(`coldsign.ceremony.resume`).

A typo never ends a ceremony: on an interactive console a name, a value or a file name that does
not fit is asked again (choices such as ``Testnet`` are matched without regard to case); an
unattended run refuses it before anything is written (`script.check`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from coldsign import __version__
from coldsign.ceremony.definition import (
    CommandStep,
    CompareStep,
    Definition,
    Export,
    InputStep,
    InstructionStep,
    Step,
    TransferStep,
    ValueRef,
    Via,
    local_path_problem,
)
from coldsign.ceremony.transcript import TranscriptWriter
from coldsign.errors import (
    ColdsignError,
    DecodeError,
    ExitCode,
    TransportError,
    UsageError,
)
from coldsign.home.audit import DetailArg
from coldsign.keys.rolekey import RoleKey
from coldsign.keys.secrets import Secret
from coldsign.transport.files import read_capped, write_new

if TYPE_CHECKING:
    from coldsign.ceremony.resume import ResumePlan

MAX_VALUE: Final = 4096
MAX_SECRET: Final = 60 * 1024  # stays under a pipe's buffer, and under prompts.read_fd's cap
MAX_FILE: Final = 64 * 1024 * 1024
PERSON_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .'_@-]{0,63}")
MAX_PEOPLE: Final = 16  # names one role may list ("Carla, Cleo, Chen")
_CHOICES_RE: Final = re.compile(r"[A-Za-z0-9_-]+(?:\|[A-Za-z0-9_-]+)+")


class Console(Protocol):
    """Where the runner meets people: show text, ask names, values, confirmations and secrets."""

    @property
    def interactive(self) -> bool: ...

    def show(self, text: str) -> None: ...

    def person(self, role: str, description: str) -> str: ...

    def value(self, variable: str, prompt: str) -> str: ...

    def confirm(self, step_id: str, question: str) -> bool: ...

    def secret(
        self, name: str, description: str, *, lines: bool = False, new: bool = False
    ) -> Secret: ...

    def deliver(self, name: str, secret: Secret) -> None: ...

    def show_qr(self, path: Path) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """How a run ended. `exit_code` is 0 only for a complete ceremony."""

    transcript: Path
    complete: bool
    steps_done: int
    steps_total: int
    failed_step: str | None
    exit_code: int
    reasons: tuple[str, ...]
    signed_hash: str


class StepFailed(Exception):
    """Internal: a step could not be completed; carries the exit code the ceremony ends with."""

    def __init__(self, exit_code: int, reason: str, details: dict[str, DetailArg]) -> None:
        super().__init__(reason)
        self.exit_code = exit_code
        self.reason = reason
        self.details = details


def check_value(step: InputStep, value: str) -> str | None:
    """Why `value` is not acceptable for `step` (None if it is): the step's pattern must match
    all of it, and nothing that could be read as an option or hide a control character passes."""
    if not value or len(value) > MAX_VALUE:
        return f"must be 1 to {MAX_VALUE} characters"
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "must not hold control characters"
    if value.startswith("-"):
        return "must not start with '-'"
    if not re.fullmatch(step.pattern, value):
        return f"does not match the pattern {step.pattern}"
    return None


def choices(step: InputStep) -> tuple[str, ...]:
    """The literal alternatives of a pattern like ``mainnet|testnet|signet|regtest`` (empty when
    the pattern is anything else)."""
    return tuple(step.pattern.split("|")) if _CHOICES_RE.fullmatch(step.pattern) else ()


def normalize_value(step: InputStep, text: str) -> tuple[str, str | None]:
    """`text` as typed, made canonical: surrounding space removed, and a choice matched without
    regard to case (``Testnet`` is ``testnet``). Returns (value, why it is refused or None)."""
    value = text.strip()
    options = choices(step)
    for choice in options:
        if value.casefold() == choice.casefold():
            return choice, check_value(step, choice)
    if options:
        return value, f"must be one of {', '.join(options)}"
    return value, check_value(step, value)


def people(text: str) -> list[str]:
    """The names in a participant entry: one name, or several separated by commas (a role held
    by a group, e.g. the custodians ``Carla, Cleo, Chen``)."""
    return [part.strip() for part in text.split(",")]


def normalize_person(text: str) -> tuple[str, str | None]:
    """A participant entry made canonical (``Carla,Cleo , Chen`` -> ``Carla, Cleo, Chen``) and
    why it is refused (None if it is not)."""
    names = people(text)
    canonical = ", ".join(names)
    if len(names) > MAX_PEOPLE:
        return canonical, f"at most {MAX_PEOPLE} names, separated by commas"
    for name in names:
        if not PERSON_RE.fullmatch(name):
            return canonical, (
                "each name must be 1-64 of letters, digits, space . ' _ @ -, starting with a "
                "letter or digit (several names: separate them with commas)"
            )
    if len({n.casefold() for n in names}) != len(names):
        return canonical, "a name is given twice"
    return canonical, None


def check_person(name: str) -> str | None:
    """Why `name` is not acceptable as a participant entry (None if it is): one name, or several
    separated by commas."""
    return normalize_person(name)[1]


def same_people(a: str, b: str) -> bool:
    """Whether two participant entries share a person (compared without regard to case)."""
    return bool({n.casefold() for n in people(a)} & {n.casefold() for n in people(b)})


def words_for(value: str) -> tuple[str, list[str]]:
    """How a compared value is read aloud: (`hex` or `sha256`, BIP-39 words). Hex of 16 bytes or
    more is read directly; anything else by the SHA-256 of its UTF-8 text."""
    from coldsign.policy.approval import digest_words

    if re.fullmatch(r"(?:[0-9a-fA-F]{2}){16,}", value):
        raw = bytes.fromhex(value)
        return "hex", digest_words(raw, min(12, len(raw) * 8 // 11))
    return "sha256", digest_words(hashlib.sha256(value.encode()).digest())


@dataclass
class Runner:
    """One run of `definition`. Construct, then call `run()` once."""

    definition: Definition
    definition_sha256: str
    console: Console
    home: Path
    workdir: Path
    transcript: Path
    lead_key: RoleKey
    clock: Callable[[], datetime] | None = None
    coldsign: Sequence[str] = (sys.executable, "-m", "coldsign")
    _values: dict[str, str] = field(default_factory=dict)
    _secrets: dict[str, Secret] = field(default_factory=dict)
    _people: dict[str, str] = field(default_factory=dict)

    resume: ResumePlan | None = None
    _current: tuple[str, dict[str, DetailArg]] | None = None

    def run(self) -> Outcome:
        """Gather the participants (or take them from the transcript a resumed run continues),
        then walk every step; always close and sign the transcript once it is started.
        UsageError (exit 2, nothing written) if a compare step would be confirmed by the same
        person who shows the value and nobody is there to give another name."""
        d = self.definition
        if self.resume is None:
            self._gather_people()
            first = 0
        else:
            self._people = dict(self.resume.participants)
            self._values = dict(self.resume.values)
            self.console.show(self.resume.describe(d))
            self.console.show(
                "participants (from the transcript): "
                + "; ".join(f"{r}: {n}" for r, n in self._people.items())
            )
            first = self.resume.start
        writer = TranscriptWriter(self.transcript, clock=self.clock)
        writer.start(
            ceremony=d.name,
            title=d.title,
            definition_sha256=self.definition_sha256,
            coldsign_version=__version__,
            lead_public_key=self.lead_key.public_key.hex(),
            lead_key_name=self.lead_key.name,
            participants=list(self._people.items()),
            steps=len(d.steps),
            mode="interactive" if self.console.interactive else "scripted",
            resumes=None if self.resume is None else self.resume.link,
        )
        done = 0
        failed: str | None = None
        exit_code = 0
        reasons: list[str] = []
        try:
            for carried in self.resume.carried if self.resume else ():
                writer.carried(carried.details, carried.record_hash)
                done += 1
            for index, step in enumerate(d.steps[first:], start=first + 1):
                who = self._people[step.role]
                where = f" on the {step.machine} machine" if step.machine else ""
                self.console.show(
                    f"\n== step {index} of {len(d.steps)}: {step.title}  "
                    f"[{step.role}: {who}{where}]"
                )
                base: dict[str, DetailArg] = {
                    "step": step.id,
                    "index": index,
                    "kind": step.kind.value,
                    "title": step.title,
                    "role": step.role,
                    "person": who,
                }
                self._current = (step.id, base)
                try:
                    details = self._step(step)
                except StepFailed as exc:
                    decision = "declined" if exc.exit_code == ExitCode.CANCELLED else "failed"
                    writer.step(decision, [exc.reason], {**base, **exc.details})
                    failed, exit_code, reasons = step.id, exc.exit_code, [exc.reason]
                    self.console.show(f"step {index} {decision}: {exc.reason}")
                    break
                except ColdsignError as exc:
                    decision = "declined" if exc.exit_code == ExitCode.CANCELLED else "failed"
                    writer.step(decision, exc.reasons(), base)
                    failed, exit_code, reasons = step.id, int(exc.exit_code), exc.reasons()
                    self.console.show(f"step {index} {decision}: {exc}")
                    break
                self._current = None
                writer.step("done", [], {**base, **details})
                done += 1
        except BaseException as exc:  # a bug or an interrupt: still close the transcript
            interrupted = isinstance(exc, KeyboardInterrupt)
            exit_code = int(ExitCode.CANCELLED if interrupted else 1)
            reasons = [f"stopped by {type(exc).__name__}"]
            if self._current is not None:
                failed, base = self._current
                writer.step("declined" if interrupted else "failed", reasons, base)
            failed = failed or "internal"
            self._close(writer, done, failed, exit_code, reasons)
            raise
        signed = self._close(writer, done, failed, exit_code, reasons)
        return Outcome(
            self.transcript,
            failed is None,
            done,
            len(d.steps),
            failed,
            exit_code,
            tuple(reasons),
            signed,
        )

    def _gather_people(self) -> None:
        """Ask each role's name; an entry that does not fit, or that names the same person on
        both sides of a compare step, is asked again on an interactive console."""
        for role, description in self.definition.roles:
            while True:
                name, problem = normalize_person(self.console.person(role, description))
                problem = problem or self._same_person_problem(role, name)
                if problem is None:
                    break
                if not self.console.interactive:
                    raise UsageError(f"name of the {role}: {problem}")
                self.console.show(f"name of the {role}: {problem}; please enter it again")
            self._people[role] = name

    def _same_person_problem(self, role: str, name: str) -> str | None:
        for step in self.definition.steps:
            if not isinstance(step, CompareStep) or role not in (step.role, step.confirm_role):
                continue
            other = step.confirm_role if role == step.role else step.role
            if other in self._people and same_people(self._people[other], name):
                return (
                    f"step {step.id}: the {step.confirm_role} who confirms must be a different "
                    f"person from the {step.role}"
                )
        return None

    def _close(
        self, writer: TranscriptWriter, done: int, failed: str | None, code: int, why: list[str]
    ) -> str:
        try:
            return writer.close(
                self.lead_key,
                complete=failed is None,
                steps_done=done,
                steps_total=len(self.definition.steps),
                failed_step=failed,
                exit_code=code,
                reasons=why,
            )
        finally:
            for secret in self._secrets.values():
                secret.wipe()
            self._secrets.clear()

    # --- the step kinds -------------------------------------------------------------------------

    def _step(self, step: Step) -> dict[str, DetailArg]:
        if step.text:
            self.console.show(step.text.rstrip())
        if isinstance(step, InstructionStep):
            return self._instruction(step)
        if isinstance(step, InputStep):
            return self._input(step)
        if isinstance(step, CommandStep):
            return self._command(step)
        if isinstance(step, CompareStep):
            return self._compare(step)
        return self._transfer(step)

    def _ask(self, step: Step, question: str, *, role: str | None = None) -> str:
        role = role or step.role
        person = self._people[role]
        if not self.console.confirm(step.id, f"{person} ({role}): {question}"):
            raise StepFailed(
                int(ExitCode.CANCELLED),
                f"{person} ({role}) did not confirm",
                {"declined_by": f"{role}={person}"},
            )
        return f"{role}={person}"

    def _instruction(self, step: InstructionStep) -> dict[str, DetailArg]:
        confirmed: list[str] = []
        for item in step.checklist:
            self._ask(step, f"[ ] {item} — done?")
            confirmed.append(item)
        if not step.checklist:
            self._ask(step, "done?")
        return {"checklist": confirmed, "confirmed_by": f"{step.role}={self._people[step.role]}"}

    def _input(self, step: InputStep) -> dict[str, DetailArg]:
        while True:
            value, problem = normalize_value(step, self.console.value(step.variable, step.prompt))
            if problem is None and step.is_file and not self._path(value).is_file():
                problem = "names no file in the working directory"
            if problem is None:
                break
            if not self.console.interactive:
                raise UsageError(f"step {step.id}: {step.variable} {problem}")
            self.console.show(f"{step.variable} {problem}; please enter it again")
        details: dict[str, DetailArg] = {"variable": step.variable, "value": value}
        if step.is_file:
            sha, size = self._hash(value)
            details |= {"file_sha256": sha, "file_size": size}
            self.console.show(f"{value}: {size} bytes, sha256 {sha}")
        self._values[step.variable] = value
        return details

    def _command(self, step: CommandStep) -> dict[str, DetailArg]:
        args = [t.render(self._values) for t in step.args]
        inputs = [t.render(self._values) for t in step.inputs]
        outputs = [t.render(self._values) for t in step.outputs]
        shown = " ".join(args + [f"{o} <{n}>" for o, n in step.secrets + step.secret_outputs])
        self.console.show(f"$ coldsign {shown}")
        in_digests = [self._hash(p) for p in inputs]
        details: dict[str, DetailArg] = {
            "args": args,
            "secret_fds": [f"{o}={n}" for o, n in step.secrets],
            "secret_outputs": [f"{o}={n}" for o, n in step.secret_outputs],
            "input_files": inputs,
            "input_sha256": [sha for sha, _ in in_digests],
            "input_sizes": [size for _, size in in_digests],
        }
        exports = [
            (e, self._local(e.file.render(self._values), step, details)) for e in step.exports
        ]
        for out in outputs + [path for _, path in exports]:
            if self._path(out).exists():
                raise StepFailed(int(ExitCode.IO), f"output {out} exists already", details)
        confirmer = self._ask(step, "run this command?")
        details["confirmed_by"] = confirmer
        feeds = [(option, self._secret(name)) for option, name in step.secrets]
        code, stdout, produced = self._spawn(step, args, feeds)
        details["exit_code"] = code
        if code != 0:
            raise StepFailed(code, f"coldsign {args[0]} exited with code {code}", details)
        if stdout.strip() and not step.json:  # JSON is for the runner: its values are shown below
            self.console.show(stdout.rstrip())
        out_digests = []
        for out in outputs:
            if not self._path(out).is_file():
                raise StepFailed(
                    int(ExitCode.IO), f"declared output {out} was not written", details
                )
            out_digests.append(self._hash(out))
        details |= {
            "output_files": outputs,
            "output_sha256": [sha for sha, _ in out_digests],
            "output_sizes": [size for _, size in out_digests],
        }
        captured = self._capture(step, stdout, details)
        details["captured"] = [f"{k}={v}" for k, v in captured]
        if step.json:
            for variable, value in captured:
                self.console.show(f"  {variable.replace('_', ' ')}: {value}")
        if exports:
            details |= self._export(exports)
        for (_, name), secret in zip(step.secret_outputs, produced, strict=True):
            self._secrets[name] = secret
            self.console.deliver(name, secret)
        return details

    def _capture(
        self, step: CommandStep, stdout: str, details: dict[str, DetailArg]
    ) -> list[tuple[str, str]]:
        captured: list[tuple[str, str]] = []
        if step.stdout:
            text = stdout.strip()
            if not text or "\n" in text or len(text) > MAX_VALUE:
                raise StepFailed(
                    int(ExitCode.MALFORMED), "expected one line of output to capture", details
                )
            captured.append((step.stdout, text))
        if step.json:
            try:
                data: Any = json.loads(stdout)
            except ValueError:
                raise StepFailed(int(ExitCode.MALFORMED), "output is not JSON", details) from None
            for variable, key in step.capture:
                value = data.get(key) if isinstance(data, dict) else None
                if isinstance(value, bool) or not isinstance(value, str | int):
                    raise StepFailed(
                        int(ExitCode.MALFORMED), f"output has no text field {key!r}", details
                    )
                text = str(value)
                if not text or len(text) > MAX_VALUE or any(ord(c) < 32 for c in text):
                    raise StepFailed(
                        int(ExitCode.MALFORMED), f"output field {key!r} is unusable", details
                    )
                captured.append((variable, text))
        for variable, text in captured:
            self._values[variable] = text
        return captured

    def _export(self, exports: list[tuple[Export, str]]) -> dict[str, DetailArg]:
        """Write each exported value as a new file (value + newline; never overwriting)."""
        digests = []
        for export, path in exports:
            digest = write_new(
                self._path(path), (self._values[export.variable] + "\n").encode(), mode=0o644
            )
            what = export.variable.replace("_", " ")
            self.console.show(
                f"exported the {what} to {path}: {digest.size} bytes, sha256 {digest.sha256}"
            )
            digests.append((digest.sha256, digest.size))
        return {
            "export_files": [path for _, path in exports],
            "export_variables": [e.variable for e, _ in exports],
            "export_sha256": [sha for sha, _ in digests],
            "export_sizes": [size for _, size in digests],
        }

    def _compare(self, step: CompareStep) -> dict[str, DetailArg]:
        value = self._resolve(step.value)
        what = step.value.describe(self._values)
        form, words = words_for(value)
        self.console.show(f"{what}:\n  {value}\n  words: {' '.join(words)}")
        details: dict[str, DetailArg] = {
            "what": what,
            "value": value,
            "words": " ".join(words),
            "words_of": form,
            "shown_by": f"{step.role}={self._people[step.role]}",
        }
        if step.against is not None:
            other = self._resolve(step.against)
            against = step.against.describe(self._values)
            details |= {"against": against, "against_value": other}
            _, other_words = words_for(other)
            self.console.show(f"{against}:\n  {other}\n  words: {' '.join(other_words)}")
            if other.lower() != value.lower():
                raise StepFailed(
                    int(ExitCode.UNAUTHENTIC), f"the {what} differs from the {against}", details
                )
            question = f"do the {what} and the {against} above match, word for word?"
        else:
            question = "does the value you compared match these words and hex exactly?"
        details["confirmed_by"] = self._ask(step, question, role=step.confirm_role)
        return details

    def _transfer(self, step: TransferStep) -> dict[str, DetailArg]:
        path = step.file.render(self._values)
        sha, size = self._hash(path)
        self.console.show(
            f"{path}: {size} bytes, sha256 {sha}  ({step.via.value}, {step.direction})"
        )
        details: dict[str, DetailArg] = {
            "file": path,
            "sha256": sha,
            "size": size,
            "via": step.via.value,
            "direction": step.direction,
        }
        if step.via is Via.QR and self.console.interactive:
            self.console.show_qr(self._path(path))
        elif step.via is Via.QR:
            details |= self._qr_frames(step, path, details)
        details["confirmed_by"] = self._ask(
            step, f"has {path} crossed {step.direction} by {step.via.value}?"
        )
        return details

    def _qr_frames(
        self, step: TransferStep, path: str, details: dict[str, DetailArg]
    ) -> dict[str, DetailArg]:
        """Unattended QR transfer: nobody is there to scan a screen, so the frames are written as
        PNG files (`coldsign qr show FILE --kind bytes --png-dir FILE.qr`, a new directory next
        to the file) for whatever displays them, and each frame's SHA-256 is recorded."""
        frames_dir = f"{path}.qr"
        if self._path(frames_dir).exists():
            raise StepFailed(int(ExitCode.IO), f"{frames_dir} exists already", details)
        argv = [*self.coldsign, "--home", str(self.home), "qr", "show", "--kind", "bytes",
                str(self._path(path)), "--png-dir", str(self._path(frames_dir))]  # fmt: skip
        try:
            code = subprocess.run(
                argv, cwd=self.workdir, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                check=False,
            ).returncode  # fmt: skip
        except OSError as exc:
            raise TransportError(f"cannot start coldsign: {exc.strerror or exc}") from None
        if code != 0:
            raise StepFailed(code, f"coldsign qr show exited with code {code}", details)
        frames = sorted(p.name for p in self._path(frames_dir).iterdir() if p.is_file())
        if not frames:
            raise StepFailed(int(ExitCode.IO), f"no QR frame was written to {frames_dir}", details)
        digests = [self._hash(f"{frames_dir}/{name}") for name in frames]
        self.console.show(f"{len(frames)} QR frame(s) written to {frames_dir}")
        return {
            "qr_frames_dir": frames_dir,
            "qr_frames": frames,
            "qr_frame_sha256": [sha for sha, _ in digests],
        }

    # --- helpers --------------------------------------------------------------------------------

    def _local(self, text: str, step: CommandStep, details: dict[str, DetailArg]) -> str:
        """`text` (rendered from values people typed) if it stays inside the working directory."""
        problem = local_path_problem(text)
        if problem:
            raise StepFailed(int(ExitCode.USAGE), f"step {step.id}: {text!r} {problem}", details)
        return text

    def _path(self, text: str) -> Path:
        path = Path(text)
        return path if path.is_absolute() else self.workdir / path

    def _hash(self, text: str) -> tuple[str, int]:
        data = read_capped(self._path(text), MAX_FILE)
        return hashlib.sha256(data).hexdigest(), len(data)

    def _resolve(self, ref: ValueRef) -> str:
        if ref.file is not None:
            return self._hash(ref.file.render(self._values))[0]
        assert ref.variable is not None
        return self._values[ref.variable]

    def _secret(self, name: str) -> Secret:
        if name not in self._secrets:
            secret = self.console.secret(
                name,
                self.definition.secret_description(name),
                lines=self.definition.secret_is_lines(name),
                new=self.definition.secret_is_new(name),
            )
            if not secret:
                raise UsageError(f"secret {name!r} is empty")
            if len(secret) > MAX_SECRET:
                raise UsageError(f"secret {name!r} is longer than {MAX_SECRET} bytes")
            self._secrets[name] = secret
        return self._secrets[name]

    def _spawn(
        self, step: CommandStep, args: list[str], feeds: list[tuple[str, Secret]]
    ) -> tuple[int, str, list[Secret]]:
        """Run one coldsign command; secrets in on fresh pipes, secret outputs back on pipes read
        by threads (so a large output cannot block the child), stdout captured, stderr shown."""
        argv = [*self.coldsign, "--home", str(self.home)]
        if step.json:
            argv.append("--json")
        if not self.console.interactive:
            argv.append("--yes")
        argv += args
        child_fds: list[int] = []
        parent_fds: list[int] = []
        readers: list[tuple[threading.Thread, list[bytes]]] = []
        try:
            for option, secret in feeds:
                read_end, write_end = os.pipe()
                child_fds.append(read_end)
                try:
                    os.write(write_end, secret.reveal_material())
                finally:
                    os.close(write_end)
                argv += [option, str(read_end)]
            for option, _ in step.secret_outputs:
                read_end, write_end = os.pipe()
                child_fds.append(write_end)
                parent_fds.append(read_end)
                argv += [option, str(write_end)]
            try:
                proc = subprocess.Popen(
                    argv,
                    cwd=self.workdir,
                    stdin=None if self.console.interactive else subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    pass_fds=tuple(child_fds),
                )
            except OSError as exc:
                raise TransportError(f"cannot start coldsign: {exc.strerror or exc}") from None
            for fd in child_fds:
                os.close(fd)
            child_fds.clear()
            for fd in parent_fds:
                chunks: list[bytes] = []
                thread = threading.Thread(target=_drain, args=(fd, chunks), daemon=True)
                thread.start()
                readers.append((thread, chunks))
            stdout_bytes, _ = proc.communicate()
            for thread, _chunks in readers:
                thread.join()
        finally:
            for fd in child_fds + parent_fds:
                with contextlib.suppress(OSError):  # already closed above
                    os.close(fd)
        produced: list[Secret] = []
        for _, chunks in readers:
            data = b"".join(chunks)
            if len(data) > MAX_SECRET:
                raise DecodeError("secret output", f"longer than {MAX_SECRET} bytes")
            produced.append(Secret(data))
            chunks.clear()
        if proc.returncode == 0 and step.secret_outputs and not all(produced):
            raise TransportError(f"step {step.id}: a secret output came back empty")
        return proc.returncode, stdout_bytes.decode("utf-8", errors="replace"), produced


def _drain(fd: int, chunks: list[bytes]) -> None:
    total = 0
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            return
        total += len(chunk)
        if total <= MAX_SECRET + 1:
            chunks.append(chunk)
