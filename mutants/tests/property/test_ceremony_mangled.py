"""Mangled ceremony definitions and answers raise only DecodeError; mangled transcripts only
AuthenticationError (tampering, exit 5) — never an IndexError, KeyError or TypeError."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.ceremony.definition import parse_definition
from coldsign.ceremony.runner import Runner
from coldsign.ceremony.script import ScriptConsole, parse_answers
from coldsign.ceremony.transcript import verify_transcript
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys.rolekey import Role, generate_role_key

SHIPPED = Path(__file__).resolve().parents[2] / "ceremonies"
DEFINITIONS = [p.read_bytes() for p in sorted(SHIPPED.glob("*.toml"))]


def _mangle(raw: bytes, cut: int, flip: int, bit: int) -> bytes:
    data = bytearray(raw[: max(1, cut % (len(raw) + 1))])
    if data:
        data[flip % len(data)] ^= 1 << (bit % 8)
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(
    raw=st.sampled_from(DEFINITIONS), cut=st.integers(0), flip=st.integers(0), bit=st.integers(0)
)
def test_mangled_definition_raises_only_decode_error(
    raw: bytes, cut: int, flip: int, bit: int
) -> None:
    with contextlib.suppress(DecodeError):
        parse_definition(_mangle(raw, cut, flip, bit))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_answers_raise_only_decode_error(text: str) -> None:
    with contextlib.suppress(DecodeError):
        parse_answers(text.encode())


_SMALL = b"""
format = 1
name = "small"
title = "Small"
[roles]
lead = "Lead"
w = "Witness"
[[steps]]
id = "a"
kind = "instruction"
title = "A"
checklist = ["x"]
[[steps]]
id = "b"
kind = "compare"
title = "B"
value = { file = "f" }
confirm_role = "w"
"""


def _transcript(root: Path) -> bytes:
    (root / "f").write_bytes(b"x")
    answers = parse_answers(b'[participants]\nlead = "L"\nw = "W"\n[confirm]\na = true\nb = true\n')
    path = root / "t.jsonl"
    Runner(
        parse_definition(_SMALL),
        "00" * 32,
        ScriptConsole(answers, StringIO()),
        root,
        root,
        path,
        generate_role_key(Role.CEREMONY_LEAD, "l"),
        clock=lambda: datetime(2030, 1, 1, tzinfo=UTC),
    ).run()
    return path.read_bytes()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(0), flip=st.integers(0), bit=st.integers(0))
def test_mangled_transcript_raises_only_authentication_error(
    tmp_path_factory: pytest.TempPathFactory,
    cut: int,
    flip: int,
    bit: int,
) -> None:
    root = tmp_path_factory.mktemp("t")
    raw = _transcript(root)
    mangled = _mangle(raw, cut, flip, bit)
    target = root / "m.jsonl"
    target.write_bytes(mangled)
    if mangled == raw:
        verify_transcript(target)
        return
    try:
        verify_transcript(target)
    except AuthenticationError:
        return
    raise AssertionError("a modified transcript verified")
