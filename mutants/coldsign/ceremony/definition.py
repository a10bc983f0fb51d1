"""Ceremony definitions: a TOML file parsed strictly into frozen dataclasses (issue 7, part 4).

A definition names the ceremony, its roles, the secrets it handles (by name and description only)
and a sequence of steps. Step kinds: ``instruction`` (text and a checklist, each item confirmed),
``input`` (a named value matched against a pattern), ``command`` (coldsign arguments with
``{variables}``, declared input and output files, secrets passed on file descriptors, captured
values exported as files), ``compare``
(a value shown as hex and words and confirmed by a *second* role) and ``transfer`` (a file
crossing the air gap by USB or QR). The format is described in docs/ceremonies/README.md.

Everything here is pure: `parse_definition` takes bytes and returns a `Definition` or raises
`DecodeError` naming the step and field; unknown keys are refused (`coldsign.policy.fields`).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

from coldsign.errors import DecodeError
from coldsign.policy.fields import Fields, parse_toml

WHAT: Final = "ceremony definition"
FORMAT: Final = 1
MAX_DEFINITION_BYTES: Final = 256 * 1024
MAX_STEPS: Final = 200
MAX_TEXT: Final = 4000

NAME_RE: Final = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
ID_RE: Final = re.compile(r"[a-z][a-z0-9-]{0,63}")
VARIABLE_RE: Final = re.compile(r"[a-z][a-z0-9_]{0,63}")
ROLE_RE: Final = re.compile(r"[a-z][a-z0-9-]{0,31}")
SECRET_RE: Final = re.compile(r"[a-z][a-z0-9-]{0,63}")
FD_OPTION_RE: Final = re.compile(r"--[a-z][a-z0-9-]*-fd")
_REFERENCE = re.compile(r"\{([^{}]*)\}")
LEAD_ROLE: Final = "lead"


class StepKind(enum.Enum):
    """What a step asks of the people in the room."""

    INSTRUCTION = "instruction"
    INPUT = "input"
    COMMAND = "command"
    COMPARE = "compare"
    TRANSFER = "transfer"


class Via(enum.Enum):
    """How a file crosses the air gap."""

    USB = "usb"
    QR = "qr"


@dataclass(frozen=True)
class Template:
    """Text with ``{variable}`` references, filled in by `render` once the values are known."""

    text: str
    variables: tuple[str, ...]

    def render(self, values: dict[str, str]) -> str:
        """The text with every reference replaced; KeyError for a value the caller lacks (a bug:
        `parse_definition` proved every reference is defined by an earlier step)."""
        return _REFERENCE.sub(lambda m: values[m.group(1)], self.text)


@dataclass(frozen=True)
class ValueRef:
    """A value to compare: the SHA-256 of a file, or a variable's text."""

    file: Template | None
    variable: str | None

    def describe(self, values: dict[str, str] | None = None) -> str:
        """How the value is named to people: "SHA-256 of wallet.descriptor" (the file name filled
        in when `values` are known) or "combined fingerprint" (the variable, in words)."""
        if self.file is not None:
            name = self.file.render(values) if values is not None else self.file.text
            return f"SHA-256 of {name}"
        assert self.variable is not None
        return self.variable.replace("_", " ")


@dataclass(frozen=True)
class Export:
    """A captured value written as a file in the working directory (e.g. a watch-only descriptor
    that then crosses the gap): never overwriting, its SHA-256 and size recorded."""

    file: Template
    variable: str


@dataclass(frozen=True)
class StepBase:
    id: str
    title: str
    role: str
    machine: str  # free text for the runbook, e.g. "online", "offline", "" if not tied to one
    text: str


@dataclass(frozen=True)
class InstructionStep(StepBase):
    checklist: tuple[str, ...]

    kind: ClassVar[StepKind] = StepKind.INSTRUCTION


@dataclass(frozen=True)
class InputStep(StepBase):
    variable: str
    prompt: str
    pattern: str  # a full-match regular expression
    is_file: bool  # the value names a file that must exist; its SHA-256 is recorded

    kind: ClassVar[StepKind] = StepKind.INPUT


@dataclass(frozen=True)
class CommandStep(StepBase):
    args: tuple[Template, ...]
    json: bool
    inputs: tuple[Template, ...]
    outputs: tuple[Template, ...]
    secrets: tuple[tuple[str, str], ...]  # (--option-fd, secret name)
    secret_outputs: tuple[tuple[str, str], ...]  # (--option-fd, secret name)
    capture: tuple[tuple[str, str], ...]  # (variable, top-level JSON field) when json
    stdout: str | None  # variable receiving the stripped stdout when not json
    exports: tuple[Export, ...] = ()  # values written as files once the command succeeded

    kind: ClassVar[StepKind] = StepKind.COMMAND


@dataclass(frozen=True)
class CompareStep(StepBase):
    value: ValueRef
    against: ValueRef | None  # when given, the runner also checks equality itself
    confirm_role: str

    kind: ClassVar[StepKind] = StepKind.COMPARE


@dataclass(frozen=True)
class TransferStep(StepBase):
    file: Template
    via: Via
    direction: str

    kind: ClassVar[StepKind] = StepKind.TRANSFER


Step = InstructionStep | InputStep | CommandStep | CompareStep | TransferStep


@dataclass(frozen=True)
class Definition:
    """A parsed, validated ceremony."""

    name: str
    title: str
    description: str
    roles: tuple[tuple[str, str], ...]  # (role, description), "lead" always present
    secrets: tuple[tuple[str, str], ...]  # (secret name, description)
    steps: tuple[Step, ...]
    line_secrets: tuple[str, ...] = ()  # secrets entered as several lines (e.g. SLIP-39 shares)
    new_secrets: tuple[str, ...] = ()  # new passphrases: asked twice, and must be strong

    def role_names(self) -> tuple[str, ...]:
        return tuple(role for role, _ in self.roles)

    def secret_description(self, name: str) -> str:
        return dict(self.secrets)[name]

    def secret_is_lines(self, name: str) -> bool:
        """True for a secret of several lines (one share per line), asked for one at a time."""
        return name in self.line_secrets

    def secret_is_new(self, name: str) -> bool:
        """True for a passphrase being set (a new key's): a terminal asks it twice and refuses a
        weak one before the command runs."""
        return name in self.new_secrets

    def operator_secrets(self) -> tuple[str, ...]:
        """Secrets a person supplies (not produced by an earlier step), in order of first use."""
        produced: set[str] = set()
        needed: list[str] = []
        for step in self.steps:
            if isinstance(step, CommandStep):
                for _, name in step.secrets:
                    if name not in produced and name not in needed:
                        needed.append(name)
                produced.update(name for _, name in step.secret_outputs)
        return tuple(needed)

    def produced_secrets(self) -> tuple[str, ...]:
        """Secrets some step hands back (e.g. SLIP-39 shares), in order."""
        names: list[str] = []
        for step in self.steps:
            if isinstance(step, CommandStep):
                names += [n for _, n in step.secret_outputs if n not in names]
        return tuple(names)

    def input_variables(self) -> tuple[str, ...]:
        return tuple(s.variable for s in self.steps if isinstance(s, InputStep))


def parse_definition(data: bytes) -> Definition:
    """Parse and validate a ceremony definition. DecodeError (exit 3) naming the step and field for
    anything unknown, missing, mistyped, or inconsistent (an undefined variable, a compare whose
    confirming role is the operator's own, a secret used before it is declared...)."""
    if len(data) > MAX_DEFINITION_BYTES:
        raise DecodeError(WHAT, f"larger than {MAX_DEFINITION_BYTES} bytes")
    top = Fields(parse_toml(data, WHAT), "", WHAT)
    fmt = top.req_int("format")
    if fmt != FORMAT:
        raise top.error("format", f"must be {FORMAT}")
    name = _matching(top, "name", NAME_RE, "1-64 of a-z 0-9 -")
    title = _text(top, "title")
    description = _text(top, "description", required=False)
    roles = _named_texts(top.raw("roles", required=True), "roles", ROLE_RE)
    if LEAD_ROLE not in dict(roles):
        raise top.error(
            "roles", f"{LEAD_ROLE!r} is required: the ceremony lead signs the transcript"
        )
    secrets, line_secrets, new_secrets = _secret_declarations(top.raw("secrets", {}))
    raw_steps = top.raw("steps", required=True)
    if not isinstance(raw_steps, list) or not raw_steps:
        raise top.error("steps", "must be a list of at least one [[steps]] table")
    if len(raw_steps) > MAX_STEPS:
        raise top.error("steps", f"at most {MAX_STEPS} steps")
    top.done()

    state = _State(roles={r for r, _ in roles}, secrets=dict(secrets))
    steps = tuple(_step(table, i, state) for i, table in enumerate(raw_steps))
    unused = sorted(set(state.secrets) - state.used_secrets)
    if unused:
        raise DecodeError(WHAT, f"secrets declared but never used: {', '.join(unused)}")
    return Definition(name, title, description, roles, secrets, steps, line_secrets, new_secrets)


@dataclass
class _State:
    """What earlier steps defined, for checking later ones."""

    roles: set[str]
    secrets: dict[str, str]
    ids: set[str] = field(default_factory=set)
    variables: set[str] = field(default_factory=set)
    produced: set[str] = field(default_factory=set)
    consumed: set[str] = field(default_factory=set)
    used_secrets: set[str] = field(default_factory=set)


def _text(f: Fields, key: str, *, required: bool = True) -> str:
    value = f.string(key, required=required, default="") or ""
    if required and not value.strip():
        raise f.error(key, "must not be empty")
    if len(value) > MAX_TEXT:
        raise f.error(key, f"at most {MAX_TEXT} characters")
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise f.error(key, "must not hold control characters")
    return value


def _matching(f: Fields, key: str, pattern: re.Pattern[str], rule: str) -> str:
    value = f.req_string(key)
    if not pattern.fullmatch(value):
        raise f.error(key, f"must be {rule}")
    return value


def _named_texts(table: Any, where: str, pattern: re.Pattern[str]) -> tuple[tuple[str, str], ...]:
    """A table of name = description (roles, secrets); every key must match `pattern`."""
    f = Fields(table, where, WHAT)
    pairs: list[tuple[str, str]] = []
    for name in [str(k) for k in table]:
        if not pattern.fullmatch(name):
            raise f.error(name, "a name must be a-z 0-9 - (and start with a letter)")
        pairs.append((name, _text(f, name)))
    f.done()
    return tuple(pairs)


def _secret_declarations(
    table: Any,
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    """``name = "description"`` or ``name = { text = "description", lines = true }`` (several
    lines) or ``name = { text = "description", new = true }`` (a passphrase being set)."""
    f = Fields(table, "secrets", WHAT)
    pairs: list[tuple[str, str]] = []
    lines: list[str] = []
    new: list[str] = []
    for name in [str(k) for k in table]:
        if not SECRET_RE.fullmatch(name):
            raise f.error(name, "a name must be a-z 0-9 - (and start with a letter)")
        if isinstance(table[name], dict):
            sub = Fields(table[name], f.path(name), WHAT)
            pairs.append((name, _text(sub, "text")))
            if sub.boolean("lines", False):
                lines.append(name)
            if sub.boolean("new", False):
                new.append(name)
            sub.done()
            f.raw(name)
        else:
            pairs.append((name, _text(f, name)))
    f.done()
    if set(lines) & set(new):
        raise f.error(sorted(set(lines) & set(new))[0], "a secret is either lines or new, not both")
    return tuple(pairs), tuple(lines), tuple(new)


def _template(f: Fields, key: str, text: object, defined: set[str]) -> Template:
    if not isinstance(text, str) or not text:
        raise f.error(key, "must be a non-empty string")
    if len(text) > MAX_TEXT:
        raise f.error(key, f"at most {MAX_TEXT} characters")
    if any(ord(c) < 32 for c in text):
        raise f.error(key, "must not hold control characters")
    names = _REFERENCE.findall(text)
    stripped = _REFERENCE.sub("", text)
    if "{" in stripped or "}" in stripped:
        raise f.error(key, "unbalanced { or }")
    for name in names:
        if not VARIABLE_RE.fullmatch(name):
            raise f.error(key, f"{{{name}}} is not a variable name (a-z 0-9 _)")
        if name not in defined:
            raise f.error(key, f"{{{name}}} is not defined by an earlier step")
    return Template(text, tuple(names))


def _templates(f: Fields, key: str, defined: set[str], *, required: bool) -> tuple[Template, ...]:
    value = f.raw(key, [], required=required)
    if not isinstance(value, list):
        raise f.error(key, "must be a list of strings")
    return tuple(_template(f, f"{key}[{i}]", item, defined) for i, item in enumerate(value))


def _role(f: Fields, key: str, state: _State, default: str | None = None) -> str:
    value = f.string(key, required=default is None, default=default)
    assert value is not None
    if value not in state.roles:
        raise f.error(key, f"{value!r} is not one of the ceremony's roles")
    return value


def _fd_map(f: Fields, key: str) -> tuple[tuple[str, str], ...]:
    table = f.raw(key, {})
    if not isinstance(table, dict):
        raise f.error(key, "must be a table of --option-fd = secret name")
    pairs: list[tuple[str, str]] = []
    for option, name in table.items():
        if not FD_OPTION_RE.fullmatch(option):
            raise f.error(key, f"{option!r} is not an --…-fd option")
        if not isinstance(name, str) or not SECRET_RE.fullmatch(name):
            raise f.error(f"{key}.{option}", "must be a secret name")
        pairs.append((option, name))
    return tuple(pairs)


def _value_ref(f: Fields, key: str, state: _State, *, required: bool) -> ValueRef | None:
    raw = f.raw(key, None, required=required)
    if raw is None:
        return None
    sub = Fields(raw, f.path(key), WHAT)
    file_text = sub.raw("file")
    variable = sub.string("variable", required=False)
    sub.done()
    if (file_text is None) == (variable is None):
        raise f.error(key, "must give exactly one of file or variable")
    if variable is not None:
        if variable not in state.variables:
            raise f.error(key, f"variable {variable!r} is not defined by an earlier step")
        return ValueRef(None, variable)
    return ValueRef(_template(sub, "file", file_text, state.variables), None)


def _step(table: Any, index: int, state: _State) -> Step:
    f = Fields(table, f"steps[{index}]", WHAT)
    step_id = _matching(f, "id", ID_RE, "1-64 of a-z 0-9 -, starting with a letter")
    if step_id in state.ids:
        raise f.error("id", f"{step_id!r} is used by an earlier step")
    state.ids.add(step_id)
    # From here on errors name the step by number and id, which an author can search for.
    f = Fields(table, f"step {index + 1} ({step_id})", WHAT)
    f.raw("id")
    kind_text = f.req_string("kind")
    try:
        kind = StepKind(kind_text)
    except ValueError:
        raise f.error("kind", f"must be one of {', '.join(k.value for k in StepKind)}") from None
    title = _text(f, "title")
    role = _role(f, "role", state, default=LEAD_ROLE)
    machine = _text(f, "machine", required=False)
    text = _text(f, "text", required=False)
    base = (step_id, title, role, machine, text)
    step: Step
    if kind is StepKind.INSTRUCTION:
        items = f.raw("checklist", [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise f.error("checklist", "must be a list of non-empty strings")
        if not items and not text:
            raise f.error("checklist", "an instruction needs text or checklist items")
        step = InstructionStep(*base, checklist=tuple(items))
    elif kind is StepKind.INPUT:
        variable = _matching(f, "variable", VARIABLE_RE, "1-64 of a-z 0-9 _")
        if variable in state.variables:
            raise f.error("variable", f"{variable!r} is defined by an earlier step")
        pattern = f.req_string("pattern")
        try:
            re.compile(pattern)
        except re.error:
            raise f.error("pattern", "is not a valid regular expression") from None
        prompt = _text(f, "prompt")
        is_file = f.boolean("file", False)
        step = InputStep(*base, variable=variable, prompt=prompt, pattern=pattern, is_file=is_file)
        state.variables.add(variable)
    elif kind is StepKind.COMMAND:
        step = _command(f, state, base)
    elif kind is StepKind.COMPARE:
        value = _value_ref(f, "value", state, required=True)
        assert value is not None
        against = _value_ref(f, "against", state, required=False)
        confirm_role = _role(f, "confirm_role", state)
        if confirm_role == role:
            raise f.error("confirm_role", "must differ from the step's role (a second person)")
        step = CompareStep(*base, value=value, against=against, confirm_role=confirm_role)
    else:
        file = _template(f, "file", f.raw("file", required=True), state.variables)
        via_text = f.req_string("via")
        try:
            via = Via(via_text)
        except ValueError:
            raise f.error("via", "must be usb or qr") from None
        direction = _text(f, "direction")
        step = TransferStep(*base, file=file, via=via, direction=direction)
    f.done()
    return step


def _command(f: Fields, state: _State, base: tuple[str, str, str, str, str]) -> CommandStep:
    known_before = set(state.variables)  # an export's file name is known before the command runs
    args = _templates(f, "args", state.variables, required=True)
    if not args:
        raise f.error("args", "must name a coldsign command")
    if args[0].text.startswith("-"):
        raise f.error("args[0]", "must be a command noun; global options are the runner's")
    as_json = f.boolean("json", False)
    inputs = _templates(f, "inputs", state.variables, required=False)
    outputs = _templates(f, "outputs", state.variables, required=False)
    secrets = _fd_map(f, "secrets")
    secret_outputs = _fd_map(f, "secret_outputs")
    options = [o for o, _ in secrets + secret_outputs]
    if len(set(options)) != len(options):
        raise f.error("secrets", "an --…-fd option is given twice")
    if any(FD_OPTION_RE.fullmatch(a.text.split("=", 1)[0]) for a in args):
        raise f.error("args", "an --…-fd option belongs in secrets or secret_outputs, not args")
    for _, name in secrets + secret_outputs:
        if name not in state.secrets:
            raise f.error("secrets", f"secret {name!r} is not declared in [secrets]")
        state.used_secrets.add(name)
    for _, name in secret_outputs:
        if name in state.produced or name in state.consumed:
            raise f.error(
                "secret_outputs", f"secret {name!r} is produced or used by an earlier step"
            )
    state.consumed.update(name for _, name in secrets)
    capture_raw = f.raw("capture", {})
    if not isinstance(capture_raw, dict):
        raise f.error("capture", "must be a table of variable = JSON field")
    capture: list[tuple[str, str]] = []
    for variable, json_field in capture_raw.items():
        if not VARIABLE_RE.fullmatch(variable):
            raise f.error("capture", f"{variable!r} is not a variable name (a-z 0-9 _)")
        if not isinstance(json_field, str) or not json_field:
            raise f.error(f"capture.{variable}", "must name a top-level JSON field")
        capture.append((variable, json_field))
    stdout = f.string("stdout", required=False)
    if stdout is not None and not VARIABLE_RE.fullmatch(stdout):
        raise f.error("stdout", "must be a variable name (a-z 0-9 _)")
    if capture and not as_json:
        raise f.error("capture", "needs json = true")
    if stdout is not None and as_json:
        raise f.error("stdout", "captures text output; use capture with json = true")
    for variable in [v for v, _ in capture] + ([stdout] if stdout else []):
        if variable in state.variables:
            raise f.error("capture", f"variable {variable!r} is defined by an earlier step")
        state.variables.add(variable)
    state.produced.update(name for _, name in secret_outputs)
    exports = _exports(f, state, known_before, outputs)
    return CommandStep(
        *base,
        args=args,
        json=as_json,
        inputs=inputs,
        outputs=outputs,
        secrets=secrets,
        secret_outputs=secret_outputs,
        capture=tuple(capture),
        stdout=stdout,
        exports=exports,
    )


def local_path_problem(text: str) -> str | None:
    """Why `text` is not a plain relative path inside the working directory (None if it is)."""
    parts = text.replace("\\", "/").split("/")
    if text.startswith(("/", "~")) or ".." in parts or "" in parts or "." in parts:
        return "must be a relative path inside the working directory (no /, ~, . or ..)"
    return None


def _exports(
    f: Fields, state: _State, known_before: set[str], outputs: tuple[Template, ...]
) -> tuple[Export, ...]:
    """``export = [{ file = "wallet.descriptor", variable = "descriptor" }, ...]``: values known
    once the command ran (its captures or earlier values), written as new files in the workdir."""
    raw = f.raw("export", [])
    if not isinstance(raw, list):
        raise f.error("export", "must be a list of { file = ..., variable = ... } tables")
    exports: list[Export] = []
    for i, item in enumerate(raw):
        sub = Fields(item, f.path(f"export[{i}]"), WHAT)
        file = _template(sub, "file", sub.raw("file", required=True), known_before)
        problem = local_path_problem(file.text)
        if problem:
            raise sub.error("file", problem)
        variable = sub.req_string("variable")
        if variable not in state.variables:
            raise sub.error("variable", f"{variable!r} is not defined by this or an earlier step")
        sub.done()
        if file.text in {o.text for o in outputs} | {e.file.text for e in exports}:
            raise sub.error("file", f"{file.text!r} is already written by this step")
        exports.append(Export(file, variable))
    return tuple(exports)
