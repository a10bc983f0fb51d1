"""Continuing an incomplete ceremony (``ceremony run NAME --resume TRANSCRIPT``).

`plan_resume` reads a closed, incomplete transcript only after its hash chain and the lead's
signature verify (and only under the same lead key and the same definition), and works out where
the new run starts: at the first step the earlier run did not complete. Steps before it are
*carried*: the new transcript repeats their records, and the values they captured (inputs,
fingerprints, digests: never secrets, which no record can hold) are restored from them.

Secrets are never replayed. coldsign keeps no secret between runs, so when a remaining step needs
a secret that an earlier step produced (the shares `seed split` handed out), the run goes back to
that producing step and does it again, and the plan says so (`redo_reason`); whatever that step
handed out the first time is void. When going back is impossible (a file the redone steps would
write is still there from the earlier run), `plan_resume` refuses and says why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from coldsign.ceremony.definition import CommandStep, Definition, InputStep, local_path_problem
from coldsign.ceremony.transcript import (
    CARRIED,
    STEP,
    ResumeLink,
    TranscriptReport,
    verify_transcript,
)
from coldsign.errors import AuthenticationError, UsageError
from coldsign.home.audit import AuditRecord, DetailArg, read_log
from coldsign.transport.files import read_capped

MAX_TRANSCRIPT: Final = 64 * 1024 * 1024
MAX_HASHED_FILE: Final = 64 * 1024 * 1024


@dataclass(frozen=True)
class Carried:
    """A step the earlier run completed: its index (1-based), id, record details and hash."""

    index: int
    step: str
    details: dict[str, DetailArg]
    record_hash: str


@dataclass(frozen=True)
class ResumePlan:
    """Where and how a resumed run starts."""

    link: ResumeLink
    report: TranscriptReport
    participants: tuple[tuple[str, str], ...]  # (role, name) as the earlier run recorded them
    values: tuple[tuple[str, str], ...]  # variables the carried steps defined
    carried: tuple[Carried, ...]
    start: int  # 0-based index of the first step to run
    stopped_at: str  # the step id where the earlier run stopped
    redo_reason: str | None  # why the run goes back before `stopped_at`, if it does

    def describe(self, definition: Definition) -> str:
        """What the resumed run will do, for the lead to confirm."""
        step = definition.steps[self.start]
        lines = [
            f"resuming {definition.name} from {self.link.file_name} "
            f"(signed hash {self.link.signed_hash}); the earlier run stopped at step "
            f"{self.stopped_at}",
            f"{len(self.carried)} completed step(s) carried; the run continues at step "
            f"{self.start + 1} of {len(definition.steps)} ({step.id}: {step.title})",
        ]
        if self.redo_reason:
            lines.append(self.redo_reason)
        return "\n".join(lines)


def plan_resume(
    path: Path,
    definition: Definition,
    definition_sha256: str,
    lead_public_key: bytes,
    workdir: Path,
) -> ResumePlan:
    """Check the transcript at `path` and plan the resumed run.

    AuthenticationError (exit 5) if the transcript does not verify, was signed by another lead
    key, was made from another definition, or a file a carried step recorded has changed since;
    UsageError (exit 2) if it is complete (nothing to resume), belongs to another ceremony, or the
    steps to redo would overwrite files of the earlier run; TransportError (exit 7) if unreadable.
    """
    report = verify_transcript(path, lead_public_key=lead_public_key)
    if report.ceremony != definition.name:
        raise UsageError(
            f"{path} is a transcript of the {report.ceremony} ceremony, not {definition.name}"
        )
    if report.definition_sha256 != definition_sha256:
        raise AuthenticationError(
            [
                f"{path} was made from a definition with SHA-256 {report.definition_sha256}; "
                f"this one is {definition_sha256}: resume with the same definition file"
            ]
        )
    if report.complete:
        raise UsageError(f"{path}: the {report.ceremony} ceremony completed; nothing to resume")
    raw = read_capped(path, MAX_TRANSCRIPT)
    records = read_log(path)
    participants = _participants(report)
    carried = _carried(records, definition)
    stopped_at = report.failed_step or definition.steps[len(carried)].id
    start, redo_reason = _start(definition, len(carried))
    carried = carried[:start]
    _check_files(carried, workdir)
    values = _values(carried, definition)
    _check_redo_outputs(definition, start, values, workdir)
    link = ResumeLink(
        signed_hash=report.signed_hash,
        file_name=path.name,
        file_sha256=hashlib.sha256(raw).hexdigest(),
        resume_at=definition.steps[start].id,
    )
    return ResumePlan(
        link, report, participants, tuple(values.items()), tuple(carried), start, stopped_at,
        redo_reason,
    )  # fmt: skip


def _participants(report: TranscriptReport) -> tuple[tuple[str, str], ...]:
    pairs = []
    for entry in report.participants:
        role, _, name = entry.partition("=")
        pairs.append((role, name))
    return tuple(pairs)


def _carried(records: list[AuditRecord], definition: Definition) -> list[Carried]:
    """The leading run of completed steps, which must be the definition's first steps in order
    (the runner never skips one; anything else is a transcript this definition did not make)."""
    carried: list[Carried] = []
    for record in records[1:-2]:
        if record.event != STEP or record.decision not in ("done", CARRIED):
            break
        number = len(carried)
        details: dict[str, DetailArg] = dict(record.details)
        if number >= len(definition.steps) or details.get("step") != definition.steps[number].id:
            raise AuthenticationError(
                [f"line {record.seq + 1}: step record {details.get('step')!r} is out of order"]
            )
        details.pop("carried_from", None)
        carried.append(Carried(number + 1, definition.steps[number].id, details, record.hash))
    if len(carried) >= len(definition.steps):
        raise UsageError("every step of the transcript is done; nothing to resume")
    return carried


def _start(definition: Definition, first_open: int) -> tuple[int, str | None]:
    """The step the run starts at: the first open one, or earlier when a remaining step needs a
    secret that only an earlier step produced (secrets are never kept between runs)."""
    producer: dict[str, int] = {}
    for index, step in enumerate(definition.steps[:first_open]):
        if isinstance(step, CommandStep):
            for _, name in step.secret_outputs:
                producer[name] = index
    needed = {
        name
        for step in definition.steps[first_open:]
        if isinstance(step, CommandStep)
        for _, name in step.secrets
        if name in producer
    }
    if not needed:
        return first_open, None
    start = min(producer[name] for name in needed)
    names = ", ".join(sorted(needed))
    producing = definition.steps[start]
    reason = (
        f"the remaining steps need the {names} that step {start + 1} ({producing.id}) produced, "
        "and coldsign keeps no secret between runs: steps "
        f"{start + 1} to {first_open} are done again. The {names} handed out by the earlier run "
        "are void: destroy them."
    )
    return start, reason


def _check_files(carried: list[Carried], workdir: Path) -> None:
    """Every file a carried step recorded that is still in the working directory must hash as
    recorded: a later step relies on it (exit 5 naming the file and the step otherwise)."""
    problems: list[str] = []
    for entry in carried:
        d = entry.details
        pairs: list[tuple[object, object]] = []
        for names, hashes in (
            ("output_files", "output_sha256"),
            ("export_files", "export_sha256"),
            ("input_files", "input_sha256"),
        ):
            files, digests = d.get(names), d.get(hashes)
            if isinstance(files, list) and isinstance(digests, list):
                pairs += list(zip(files, digests, strict=False))
        if isinstance(d.get("file_sha256"), str):
            pairs.append((d.get("value"), d.get("file_sha256")))
        if isinstance(d.get("sha256"), str):  # a transfer step
            pairs.append((d.get("file"), d.get("sha256")))
        for name, digest in pairs:
            if not isinstance(name, str) or not isinstance(digest, str):
                continue
            path = Path(name) if Path(name).is_absolute() else workdir / name
            if not path.is_file():
                continue
            actual = hashlib.sha256(read_capped(path, MAX_HASHED_FILE)).hexdigest()
            if actual != digest:
                problems.append(
                    f"{name} changed since step {entry.index} ({entry.step}) recorded it "
                    f"(sha256 {digest}, now {actual})"
                )
    if problems:
        raise AuthenticationError(problems)


def _values(carried: list[Carried], definition: Definition) -> dict[str, str]:
    """The variables the carried steps defined, from their records."""
    values: dict[str, str] = {}
    for entry in carried:
        step = definition.steps[entry.index - 1]
        d = entry.details
        if isinstance(step, InputStep):
            value = d.get("value")
            if not isinstance(value, str):
                raise AuthenticationError([f"step {entry.step}: the record holds no value"])
            values[step.variable] = value
        elif isinstance(step, CommandStep):
            captured = d.get("captured", [])
            if not isinstance(captured, list):
                raise AuthenticationError([f"step {entry.step}: captured is not a list"])
            for item in captured:
                name, sep, value = str(item).partition("=")
                if not sep:
                    raise AuthenticationError([f"step {entry.step}: a captured value is malformed"])
                values[name] = value
    return values


def _check_redo_outputs(
    definition: Definition, start: int, values: dict[str, str], workdir: Path
) -> None:
    """Steps that are done again must not find their output files from the earlier run (they
    never overwrite one): refuse now, naming them, rather than fail half way through."""
    found: list[str] = []
    for step in definition.steps[start:]:
        if not isinstance(step, CommandStep):
            continue
        templates = [*step.outputs, *(e.file for e in step.exports)]
        for template in templates:
            if not set(template.variables) <= set(values):
                continue  # named after a value a redone step captures: checked when it runs
            name = template.render(values)
            if local_path_problem(name) is None and (workdir / name).exists():
                found.append(f"{name} (step {step.id})")
    if found:
        raise UsageError(
            "cannot resume: these files from the earlier run would be written again: "
            + ", ".join(found)
            + "; move them out of the working directory (they belong to the stopped run) and "
            "resume again"
        )
