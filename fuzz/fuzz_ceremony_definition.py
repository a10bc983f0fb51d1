"""Ceremony definitions and answers files (TOML): coldsign.ceremony.definition.parse_definition,
coldsign.ceremony.script.parse_answers and script.check (answers against a definition).

Input: a definition, optionally followed by a line `#--answers--` and an answers file.
Allowed: DecodeError (either file malformed); UsageError from `check` (answers that do not fit
the definition: documented exit 2). No encoder exists, so there is no round trip; the parsed
definition's derived views (roles, secrets, variables) must be computable.
"""

from __future__ import annotations

import _harness

from coldsign.ceremony.definition import parse_definition
from coldsign.ceremony.script import check, parse_answers
from coldsign.errors import DecodeError, UsageError

SEPARATOR = b"\n#--answers--\n"


def one_input(data: bytes) -> None:
    definition_text, separator, answers_text = data.partition(SEPARATOR)
    definition = parse_definition(definition_text)
    definition.role_names()
    definition.operator_secrets()
    definition.produced_secrets()
    definition.input_variables()
    for name, _ in definition.secrets:
        definition.secret_description(name)
        definition.secret_is_lines(name)
    if separator:
        check(parse_answers(answers_text), definition)


TARGET = _harness.Target(
    "ceremony_definition",
    one_input,
    allowed=(DecodeError, UsageError),
    instrument=("tomllib",),
    max_len=16384,
)

if __name__ == "__main__":
    _harness.main(TARGET)
