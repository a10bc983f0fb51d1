"""Definition parsing, the runner (in-process, with the real script console) and transcript
verification, including the ways a transcript can be tampered with."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coldsign.ceremony.definition import CompareStep, parse_definition
from coldsign.ceremony.runbook import render_runbook
from coldsign.ceremony.runner import Runner
from coldsign.ceremony.script import ScriptConsole, check, parse_answers
from coldsign.ceremony.transcript import verify_transcript
from coldsign.errors import AuthenticationError, DecodeError, UsageError
from coldsign.keys.rolekey import Role, generate_role_key
from tests.ceremonies.conftest import SHIPPED
from tests.conftest import run_cli

SMALL = """
format = 1
name = "small"
title = "A small ceremony"
[roles]
lead = "Lead"
witness = "Witness"
[[steps]]
id = "intro"
kind = "instruction"
title = "Begin"
checklist = ["one", "two"]
[[steps]]
id = "pick"
kind = "input"
title = "Pick a file"
variable = "file"
prompt = "File"
pattern = '[a-z.]+'
file = true
[[steps]]
id = "carry"
kind = "transfer"
title = "Carry it"
file = "{file}"
via = "qr"
direction = "to the offline machine"
[[steps]]
id = "same"
kind = "compare"
title = "Compare"
value = { file = "{file}" }
confirm_role = "witness"
"""
ANSWERS = """
[participants]
lead = "Lena"
witness = "Wanda"
[inputs]
file = "data.bin"
[confirm]
intro = true
carry = true
same = true
"""


def parse(text: str) -> object:
    return parse_definition(text.encode())


def run_small(
    tmp_path: Path, answers: str = ANSWERS, definition: str = SMALL
) -> tuple[object, Path]:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / "data.bin").write_bytes(b"payload bytes")
    d = parse_definition(definition.encode())
    parsed = parse_answers(answers.encode())
    check(parsed, d)
    lead = generate_role_key(Role.CEREMONY_LEAD, "lena")
    transcript = tmp_path / "t.jsonl"
    runner = Runner(
        d,
        "00" * 32,
        ScriptConsole(parsed, io.StringIO()),
        tmp_path / "home",
        work,
        transcript,
        lead,
        clock=lambda: datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    return runner.run(), transcript


def test_small_ceremony_runs_and_verifies(tmp_path: Path) -> None:
    _, transcript = run_small(tmp_path)
    report = verify_transcript(transcript)
    assert report.complete and report.steps_done == 4 and report.records == 7
    assert report.participants == ("lead=Lena", "witness=Wanda")
    lines = [json.loads(x) for x in transcript.read_text().splitlines()]
    assert lines[3]["details"]["via"] == "qr" and lines[3]["details"]["size"] == 13


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace("format = 1", "format = 2"), "format"),
        (lambda s: s.replace('[roles]\nlead = "Lead"\n', "[roles]\n"), "lead"),
        (lambda s: s.replace('kind = "transfer"', 'kind = "teleport"'), "step 3 (carry).kind"),
        (lambda s: s.replace('file = "{file}"\nvia', 'file = "{nothing}"\nvia'), "{nothing}"),
        (lambda s: s.replace('confirm_role = "witness"', 'confirm_role = "lead"'), "second person"),
        (lambda s: s.replace('via = "qr"', 'via = "qr"\ncolour = "red"'), "colour"),
        (lambda s: s.replace('id = "same"', 'id = "intro"'), "earlier step"),
        (lambda s: s.replace("pattern = '[a-z.]+'", "pattern = '[a-z'"), "regular expression"),
    ],
    ids=[
        "format",
        "no-lead",
        "bad-kind",
        "undefined-variable",
        "same-role-compare",
        "unknown-key",
        "duplicate-id",
        "bad-pattern",
    ],
)
def test_bad_definitions_are_refused_naming_the_field(change, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DecodeError, match=re.escape(message)):
        parse(change(SMALL))


def test_secret_in_args_and_undeclared_secret_are_refused() -> None:
    command = (
        SMALL
        + """
[[steps]]
id = "run"
kind = "command"
title = "Run"
args = ["key", "check", "x"]
secrets = { "--passphrase-fd" = "pw" }
"""
    )
    with pytest.raises(DecodeError, match="not declared"):
        parse(command)
    declared = command.replace("[roles]", '[secrets]\npw = "a passphrase"\n[roles]')
    parse(declared)
    with pytest.raises(DecodeError, match="belongs in secrets"):
        parse(declared.replace('"x"]', '"x", "--mnemonic-fd=3"]'))


def test_missing_answer_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no confirmation for step 'same'"):
        run_small(tmp_path, ANSWERS.replace("same = true\n", ""))
    with pytest.raises(UsageError, match="no answer for the input 'file'"):
        run_small(tmp_path, ANSWERS.replace('file = "data.bin"\n', ""))
    with pytest.raises(UsageError, match="does not match the pattern"):
        run_small(tmp_path, ANSWERS.replace('"data.bin"', '"DATA"'))
    with pytest.raises(UsageError, match="not a step"):
        run_small(tmp_path, ANSWERS + "ghost = true\n")
    assert not (tmp_path / "t.jsonl").exists()  # refused before anything was written


def test_compare_by_the_same_person_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="different person"):
        run_small(tmp_path, ANSWERS.replace('"Wanda"', '"Lena"'))
    assert not (tmp_path / "t.jsonl").exists()


def test_declined_step_stops_and_the_transcript_is_signed_incomplete(tmp_path: Path) -> None:
    outcome, transcript = run_small(tmp_path, ANSWERS.replace("carry = true", "carry = false"))
    assert outcome.exit_code == 6 and outcome.failed_step == "carry"  # type: ignore[attr-defined]
    report = verify_transcript(transcript)
    assert not report.complete and report.steps_done == 2 and report.failed_step == "carry"
    last_step = json.loads(transcript.read_text().splitlines()[3])
    assert last_step["decision"] == "declined"


def test_compare_against_a_different_value_fails_with_exit_5(tmp_path: Path) -> None:
    definition = SMALL.replace(
        'value = { file = "{file}" }',
        'value = { file = "{file}" }\nagainst = { variable = "file" }',
    )
    outcome, transcript = run_small(tmp_path, definition=definition)
    assert outcome.exit_code == 5  # type: ignore[attr-defined]
    assert verify_transcript(transcript).failed_step == "same"


def _tampered(tmp_path: Path, edit, answers: str = ANSWERS) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    _, transcript = run_small(tmp_path, answers)
    lines = transcript.read_text().splitlines(keepends=True)
    edit(lines)
    transcript.write_text("".join(lines))
    with pytest.raises(AuthenticationError) as info:
        verify_transcript(transcript)
    return transcript, str(info.value)


def _rehash(line: str, change: dict) -> str:  # type: ignore[type-arg]
    """Edit a record and recompute its own hash, as a careful forger would."""
    import hashlib

    record = json.loads(line)
    record.update(change)
    body = {k: v for k, v in record.items() if k != "hash"}

    def dump(o: object) -> str:
        return json.dumps(o, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    record["hash"] = hashlib.sha256(dump(body).encode()).hexdigest()
    return dump(record) + "\n"


def test_edited_record_is_named(tmp_path: Path) -> None:
    _, message = _tampered(tmp_path, lambda ls: ls.__setitem__(3, ls[3].replace('"qr"', '"usb"')))
    assert "line 4" in message


def test_truncated_transcript_is_refused(tmp_path: Path) -> None:
    _, message = _tampered(tmp_path, lambda ls: ls.__delitem__(slice(-1, None)))
    assert "does not end with the lead's signature" in message


def test_forged_rechained_outcome_fails_the_signature(tmp_path: Path) -> None:
    def forge(lines: list[str]) -> None:
        # Rewrite the result record as complete (rehashing it) and relink the end record to it.
        result = json.loads(lines[-2])
        details = {**result["details"], "complete": True, "steps_done": 4, "failed_step": None}
        lines[-2] = _rehash(lines[-2], {"decision": "complete", "reasons": [], "details": details})
        end = json.loads(lines[-1])
        new_hash = json.loads(lines[-2])["hash"]
        lines[-1] = _rehash(
            lines[-1], {"prev": new_hash, "details": {**end["details"], "signed_hash": new_hash}}
        )

    declined = ANSWERS.replace("carry = false", "carry = true").replace(
        "same = true", "same = false"
    )
    _, message = _tampered(tmp_path, forge, declined)
    assert "signature does not verify" in message


def test_wrong_lead_key_is_refused(tmp_path: Path) -> None:
    _, transcript = run_small(tmp_path)
    other = generate_role_key(Role.CEREMONY_LEAD, "mallory").public_key
    with pytest.raises(AuthenticationError, match="not the expected lead key"):
        verify_transcript(transcript, lead_public_key=other)


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_runbook_is_in_step(path: Path) -> None:
    definition = parse_definition(path.read_bytes())
    assert definition.name == path.stem
    doc = SHIPPED.parent / "docs" / "ceremonies" / f"{path.stem}.md"
    assert doc.read_text() == render_runbook(definition)
    result = run_cli("ceremony", "runbook", path.stem)
    assert result.exit_code == 0 and result.stdout == render_runbook(definition)


def test_shipped_compares_need_a_second_role() -> None:
    for path in SHIPPED.glob("*.toml"):
        for step in parse_definition(path.read_bytes()).steps:
            if isinstance(step, CompareStep):
                assert step.confirm_role != step.role


EXPORT = """
format = 1
name = "export"
title = "Export a value"
[roles]
lead = "Lead"
[[steps]]
id = "label"
kind = "input"
title = "Label"
variable = "label"
prompt = "Label"
pattern = '[a-z ]+'
[[steps]]
id = "name"
kind = "input"
title = "File name"
variable = "fname"
prompt = "File name"
pattern = '[a-z./]+'
[[steps]]
id = "write"
kind = "command"
title = "Write it"
args = ["ceremony", "list"]
export = [{ file = "{fname}", variable = "label" }]
"""
EXPORT_ANSWERS = """
[participants]
lead = "Lena"
[inputs]
label = "watch only"
fname = "FNAME"
[confirm]
write = true
"""


def run_export(tmp_path: Path, fname: str) -> tuple[object, Path, Path]:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    answers = parse_answers(EXPORT_ANSWERS.replace("FNAME", fname).encode())
    d = parse_definition(EXPORT.encode())
    check(answers, d)
    transcript = tmp_path / f"{fname.replace('/', '_')}.jsonl"
    outcome = Runner(
        d,
        "00" * 32,
        ScriptConsole(answers, io.StringIO()),
        tmp_path / "home",
        work,
        transcript,
        generate_role_key(Role.CEREMONY_LEAD, "lena"),
    ).run()
    return outcome, work, transcript


def test_export_writes_the_value_and_records_its_hash(tmp_path: Path) -> None:
    import hashlib

    outcome, work, transcript = run_export(tmp_path, "label.txt")
    assert outcome.complete  # type: ignore[attr-defined]
    assert (work / "label.txt").read_bytes() == b"watch only\n"
    step = json.loads(transcript.read_text().splitlines()[3])["details"]
    assert step["export_files"] == ["label.txt"] and step["export_variables"] == ["label"]
    assert step["export_sha256"] == [hashlib.sha256(b"watch only\n").hexdigest()]
    assert step["export_sizes"] == [11]
    assert verify_transcript(transcript).complete


@pytest.mark.parametrize("fname", ["../escape.txt", "a/../../b", "./x", "etc//x"])
def test_export_outside_the_workdir_is_refused(tmp_path: Path, fname: str) -> None:
    outcome, _, transcript = run_export(tmp_path, fname)
    assert outcome.exit_code == 2 and outcome.failed_step == "write"  # type: ignore[attr-defined]
    assert not (tmp_path / "escape.txt").exists()
    assert not verify_transcript(transcript).complete


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace('file = "{fname}"', 'file = "/tmp/x"'), "relative path"),
        (lambda s: s.replace('file = "{fname}"', 'file = "../x"'), "relative path"),
        (lambda s: s.replace('variable = "label" }', 'variable = "nope" }'), "'nope'"),
        (lambda s: s.replace('variable = "label" }', 'variable = "label", mode = 1 }'), "mode"),
        (lambda s: s.replace("export = [", "outputs = ['{fname}']\nexport = ["), "already written"),
        (lambda s: s.replace("export = [{", "export = {x = 1}\nexportx = [{"), "must be a list"),
    ],
    ids=["absolute", "dotdot", "undefined-variable", "unknown-key", "clash", "not-a-list"],
)
def test_bad_exports_are_refused(change, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DecodeError, match=re.escape(message)):
        parse(change(EXPORT))


def test_an_export_file_name_cannot_use_the_steps_own_capture() -> None:
    text = EXPORT.replace(
        'args = ["ceremony", "list"]',
        'args = ["ceremony", "list"]\njson = true\ncapture = { made = "name" }',
    )
    parse(text.replace('variable = "label" }', 'variable = "made" }'))  # the value may
    with pytest.raises(DecodeError, match=re.escape("{made} is not defined")):
        parse(text.replace('file = "{fname}"', 'file = "{made}"'))  # the name may not


def test_line_secrets_are_declared_with_a_table() -> None:
    command = (
        SMALL.replace(
            "[roles]",
            '[secrets]\nshares = { text = "Shares", lines = true }\npw = "A passphrase"\n[roles]',
        )
        + """
[[steps]]
id = "run"
kind = "command"
title = "Run"
args = ["seed", "combine"]
secrets = { "--share-fd" = "shares", "--passphrase-fd" = "pw" }
"""
    )
    d = parse_definition(command.encode())
    assert d.secret_is_lines("shares") and not d.secret_is_lines("pw")
    assert d.secret_description("shares") == "Shares"
    assert "entered one line per holder" in render_runbook(d)
    with pytest.raises(DecodeError, match="unknown key"):
        parse(command.replace("lines = true", "lines = true, colour = 1"))
    with pytest.raises(DecodeError, match="text is required"):
        parse(command.replace('text = "Shares", ', ""))


def test_require_complete(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    _, transcript = run_small(tmp_path / "a")
    ok = run_cli("--json", "ceremony", "verify", str(transcript), "--require-complete")
    assert ok.exit_code == 0 and ok.json["complete"] is True

    (tmp_path / "b").mkdir()
    _, incomplete = run_small(tmp_path / "b", ANSWERS.replace("same = true", "same = false"))
    plain = run_cli("ceremony", "verify", str(incomplete))
    assert plain.exit_code == 0 and "INCOMPLETE" in plain.stdout
    refused = run_cli("ceremony", "verify", str(incomplete), "--require-complete")
    assert refused.exit_code == 4
    assert "authentic, but the small ceremony did not complete" in refused.stderr
    assert "stopped at step same" in refused.stderr

    lines = incomplete.read_text().splitlines(keepends=True)
    lines[1] = lines[1].replace('"Begin"', '"Start"')
    incomplete.write_text("".join(lines))
    tampered = run_cli("ceremony", "verify", str(incomplete), "--require-complete")
    assert tampered.exit_code == 5 and "line 2" in tampered.stderr  # tampering comes first


def test_shipped_ceremonies_are_found_installed_or_in_a_source_tree(tmp_path: Path) -> None:
    from coldsign.cli.ceremony import find_shipped, shipped_dir

    assert shipped_dir() == SHIPPED.resolve()  # this checkout
    installed = tmp_path / "site-packages" / "coldsign"
    (installed / "ceremonies").mkdir(parents=True)
    (installed / "__init__.py").write_text("")
    assert find_shipped(installed) is None  # an empty folder does not count
    (installed / "ceremonies" / "a.toml").write_text("")
    assert find_shipped(installed) == installed / "ceremonies"

    source = tmp_path / "src"
    (source / "coldsign").mkdir(parents=True)
    (source / "coldsign" / "__init__.py").write_text("")
    (source / "ceremonies").mkdir()
    (source / "ceremonies" / "b.toml").write_text("")
    assert find_shipped(source / "coldsign") is None  # no pyproject.toml: not a source tree
    (source / "pyproject.toml").write_text("")
    assert find_shipped(source / "coldsign") == source / "ceremonies"


def test_ceremony_list_shows_every_shipped_definition() -> None:
    listed = run_cli("--json", "ceremony", "list")
    assert listed.exit_code == 0, listed.stderr
    assert sorted(r["name"] for r in listed.json) == sorted(p.stem for p in SHIPPED.glob("*.toml"))


def test_pyproject_ships_the_ceremonies_in_the_package() -> None:
    """Once pyproject maps ceremonies/ to the package data coldsign/ceremonies (an explicit
    package list, see docs/ceremonies/README.md), every package of coldsign must be listed."""
    import tomllib

    config = tomllib.loads((SHIPPED.parent / "pyproject.toml").read_text())["tool"]["setuptools"]
    if "packages" not in config or not isinstance(config["packages"], list):
        pytest.skip("pyproject still finds packages; the ceremonies are not yet package data")
    root = SHIPPED.parent / "coldsign"
    found = {
        ".".join(p.parent.relative_to(root.parent).parts)
        for p in root.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert found | {"coldsign.ceremonies"} == set(config["packages"])
    assert config["package-dir"]["coldsign.ceremonies"] == "ceremonies"
    assert "*.toml" in config["package-data"]["coldsign.ceremonies"]
