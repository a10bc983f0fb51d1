"""Answers for an unattended run (``ceremony run --script ANSWERS``): every prompt of a ceremony
answered from a TOML file, secrets only from inherited file descriptors.

    [participants]            # role = person's name
    lead = "Lena"
    [inputs]                  # input variable = value
    withdrawal_id = "w-2025-001"
    [confirm]                 # step id = true (every confirmation of that step) or false
    intro = true
    [secrets]                 # secret name = { fd = N }: read once, kept in RAM
    seed-words = { fd = 3 }
    [secret_outputs]          # optional: secret name = { fd = N }: where a produced secret goes
    shares = { fd = 4 }

`check` refuses (UsageError, exit 2) a file that lacks any answer the ceremony will need, or that
answers something the ceremony does not ask, before anything runs: a missing answer is never a
default. The answers file never holds a secret's text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

from coldsign.ceremony.definition import Definition, InputStep
from coldsign.ceremony.runner import MAX_SECRET, check_person, normalize_value
from coldsign.errors import DecodeError, TransportError, UsageError
from coldsign.keys.secrets import Secret
from coldsign.policy.fields import Fields, parse_toml

WHAT: Final = "ceremony answers"
MAX_ANSWERS_BYTES: Final = 256 * 1024
_T = TypeVar("_T")


@dataclass(frozen=True)
class Answers:
    """A parsed answers file (no secrets in it: only the fd numbers where they arrive)."""

    participants: dict[str, str]
    inputs: dict[str, str]
    confirm: dict[str, bool]
    secret_fds: dict[str, int]
    output_fds: dict[str, int]


def parse_answers(data: bytes) -> Answers:
    """Parse an answers file; DecodeError (exit 3) for malformed TOML or wrongly typed answers."""
    if len(data) > MAX_ANSWERS_BYTES:
        raise DecodeError(WHAT, f"larger than {MAX_ANSWERS_BYTES} bytes")
    top = Fields(parse_toml(data, WHAT), "", WHAT)
    participants = _strings(top.raw("participants", {}), "participants")
    inputs = _strings(top.raw("inputs", {}), "inputs")
    confirm_raw = top.raw("confirm", {})
    if not isinstance(confirm_raw, dict) or not all(
        isinstance(v, bool) for v in confirm_raw.values()
    ):
        raise DecodeError(WHAT, "confirm must be a table of step id = true or false")
    secret_fds = _fds(top.raw("secrets", {}), "secrets")
    output_fds = _fds(top.raw("secret_outputs", {}), "secret_outputs")
    top.done()
    return Answers(participants, inputs, dict(confirm_raw), secret_fds, output_fds)


def _strings(table: Any, where: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise DecodeError(WHAT, f'{where} must be a table of name = "text"')
    return dict(table)


def _fds(table: Any, where: str) -> dict[str, int]:
    if not isinstance(table, dict):
        raise DecodeError(WHAT, f"{where} must be a table of name = {{ fd = N }}")
    fds: dict[str, int] = {}
    for name, value in table.items():
        sub = Fields(value, f"{where}.{name}", WHAT)
        fd = sub.req_int("fd", minimum=3)  # 0-2 are the runner's own stdin/stdout/stderr
        sub.done()
        fds[name] = fd
    if len(set(fds.values())) != len(fds):
        raise DecodeError(WHAT, f"{where}: two names share one fd")
    return fds


def check(answers: Answers, definition: Definition) -> None:
    """UsageError (exit 2) listing every missing, surplus or unacceptable answer."""
    problems: list[str] = []
    roles = definition.role_names()
    problems += [
        f"no name for the role {r!r} in [participants]"
        for r in roles
        if r not in answers.participants
    ]
    problems += [
        f"[participants] names {r!r}, which is not a role of this ceremony"
        for r in answers.participants
        if r not in roles
    ]
    for role, name in answers.participants.items():
        problem = check_person(name)
        if problem and role in roles:
            problems.append(f"[participants] {role}: {problem}")
    inputs = {s.variable: s for s in definition.steps if isinstance(s, InputStep)}
    for variable, step in inputs.items():
        if variable not in answers.inputs:
            problems.append(f"no answer for the input {variable!r} (step {step.id}) in [inputs]")
        else:
            problem = normalize_value(step, answers.inputs[variable])[1]
            if problem:
                problems.append(f"[inputs] {variable}: {problem}")
    problems += [
        f"[inputs] answers {v!r}, which no step asks for" for v in answers.inputs if v not in inputs
    ]
    confirmable = [s.id for s in definition.steps if not isinstance(s, InputStep)]
    problems += [
        f"no confirmation for step {i!r} in [confirm]"
        for i in confirmable
        if i not in answers.confirm
    ]
    problems += [
        f"[confirm] names {i!r}, which is not a step that asks for confirmation"
        for i in answers.confirm
        if i not in confirmable
    ]
    needed = definition.operator_secrets()
    problems += [
        f"no fd for the secret {n!r} in [secrets]" for n in needed if n not in answers.secret_fds
    ]
    problems += [
        f"[secrets] names {n!r}, which this ceremony does not ask for"
        for n in answers.secret_fds
        if n not in needed
    ]
    produced = definition.produced_secrets()
    problems += [
        f"[secret_outputs] names {n!r}, which no step produces"
        for n in answers.output_fds
        if n not in produced
    ]
    clash = set(answers.secret_fds.values()) & set(answers.output_fds.values())
    if clash:
        problems.append(f"fd(s) {sorted(clash)} used both for secrets and secret_outputs")
    if problems:
        raise UsageError("the answers file does not fit this ceremony: " + "; ".join(problems))


class ScriptConsole:
    """A `Console` that answers from an `Answers` file and writes progress to `out`."""

    interactive = False

    def __init__(self, answers: Answers, out: Any) -> None:
        self.answers = answers
        self._out = out

    def show(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    def person(self, role: str, description: str) -> str:
        return self._need(self.answers.participants, role, "participants")

    def value(self, variable: str, prompt: str) -> str:
        value = self._need(self.answers.inputs, variable, "inputs")
        self.show(f"{prompt}: {value}")
        return value

    def confirm(self, step_id: str, question: str) -> bool:
        answer = self._need(self.answers.confirm, step_id, "confirm")
        self.show(f"{question} {'yes' if answer else 'no'} (from the script)")
        return answer

    def secret(
        self, name: str, description: str, *, lines: bool = False, new: bool = False
    ) -> Secret:
        """The whole of the fd named for `name` (a multi-line secret: one item per line). A new
        passphrase is read once; the command that sets it checks its strength."""
        fd = self._need(self.answers.secret_fds, name, "secrets")
        chunks: list[bytes] = []
        total = 0
        try:
            while chunk := os.read(fd, 4096):
                total += len(chunk)
                if total > MAX_SECRET:
                    raise TransportError(f"secret {name!r} from fd {fd}: too long")
                chunks.append(chunk)
        except OSError as exc:
            raise TransportError(
                f"cannot read secret {name!r} from fd {fd}: {exc.strerror}"
            ) from None
        finally:
            _close_quietly(fd)
        data = b"".join(chunks)
        chunks.clear()
        # One trailing newline is how `echo` and files end a line, not part of the secret.
        if data.endswith(b"\n"):
            data = data[:-1]
        if data.endswith(b"\r"):
            data = data[:-1]
        return Secret(data)

    def deliver(self, name: str, secret: Secret) -> None:
        fd = self.answers.output_fds.get(name)
        if fd is None:
            return
        try:
            view = memoryview(secret.reveal_material())
            while view:
                view = view[os.write(fd, view) :]
        except OSError as exc:
            raise TransportError(
                f"cannot write secret {name!r} to fd {fd}: {exc.strerror}"
            ) from None
        finally:
            _close_quietly(fd)

    def show_qr(self, path: Path) -> None:
        # Not called: with nobody to scan a screen the runner writes the frames as PNG files and
        # records their hashes instead (Runner._qr_frames).
        return None

    @staticmethod
    def _need(table: dict[str, _T], key: str, section: str) -> _T:
        if key not in table:
            raise UsageError(f"the answers file has no [{section}] {key}")
        return table[key]


def _close_quietly(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        return
