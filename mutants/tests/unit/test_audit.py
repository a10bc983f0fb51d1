"""The hash-chained audit log: appending, chaining, and naming every kind of tampering."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.errors import AuthenticationError
from coldsign.home.audit import GENESIS, AuditLog, AuditReport, inspect_log, read_log, verify_log
from coldsign.keys.secrets import Passphrase

T0 = datetime(2026, 11, 22, 15, 0, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _log(path: Path, count: int) -> AuditLog:
    log = AuditLog(path, clock=Clock())
    for i in range(count):
        log.append(
            "payload.sign",
            withdrawal_id=f"w-{i}",
            digest=f"{i:064x}",
            decision="signed" if i % 2 == 0 else "refused",
            reasons=[] if i % 2 == 0 else [f"output {i}: not whitelisted", "too few approvals"],
            details={"outputs": i, "approvers": ["alice", "bob"], "fee_sat": 141, "ok": True},
        )
    return log


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "audit.jsonl"


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def _problems(path: Path) -> list[str]:
    with pytest.raises(AuthenticationError) as info:
        verify_log(path)
    assert info.value.exit_code == 5
    return info.value.reasons()


def test_missing_log_is_empty(path: Path) -> None:
    assert verify_log(path) == AuditReport(0, GENESIS)
    assert read_log(path) == []


def test_records_are_chained_canonical_lines(path: Path) -> None:
    log = _log(path, 3)
    lines = _lines(path)
    assert len(lines) == 3
    prev = GENESIS
    for seq, line in enumerate(lines):
        assert line.endswith(b"\n")
        obj = json.loads(line)
        assert line[:-1] == json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
        assert obj["seq"] == seq and obj["prev"] == prev
        body = {k: v for k, v in obj.items() if k != "hash"}
        canon = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        assert obj["hash"] == hashlib.sha256(canon).hexdigest()
        prev = obj["hash"]
    assert obj["time"] == "2026-11-22T15:00:03Z"
    assert verify_log(path) == AuditReport(3, prev) == log.verify()
    assert [r.seq for r in log.records()] == [0, 1, 2]
    assert [r.seq for r in log.records(limit=2)] == [1, 2]
    assert log.records(limit=0) == []


def test_append_returns_what_was_written(path: Path) -> None:
    log = AuditLog(
        path, clock=lambda: datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    )
    record = log.append(
        "policy.pin",
        withdrawal_id=None,
        digest=None,
        decision="pinned",
        reasons=[],
        details={"version": 1, "note": "première"},
    )
    assert record.time == "2026-01-01T10:00:00Z"  # converted to UTC
    assert read_log(path) == [record]
    assert "première".encode() in path.read_bytes()  # ensure_ascii=False
    assert record.to_json()["hash"] == record.hash


@pytest.mark.parametrize(
    "details",
    [
        {"secret": Passphrase("hunter2")},
        {"key": b"\x00" * 32},
        {"amount": 0.5},
        {"nested": {"a": 1}},
        {"list": [b"x"]},
        {"list": [[1]]},
        {1: "int key"},
    ],
    ids=["secret-wrapper", "bytes", "float", "dict", "list-bytes", "list-list", "int-key"],
)
def test_details_accept_only_plain_scalars(path: Path, details: dict[Any, Any]) -> None:
    with pytest.raises(TypeError):
        AuditLog(path).append(
            "x", withdrawal_id=None, digest=None, decision="d", reasons=[], details=details
        )
    assert not path.exists() or path.read_bytes() == b""


def test_other_fields_are_type_checked(path: Path) -> None:
    log = AuditLog(path)
    good: dict[str, Any] = {
        "withdrawal_id": None,
        "digest": None,
        "decision": "d",
        "reasons": [],
        "details": {},
    }
    with pytest.raises(TypeError):
        log.append("x", **{**good, "withdrawal_id": Passphrase("s")})
    with pytest.raises(TypeError):
        log.append("x", **{**good, "reasons": [Passphrase("s")]})
    with pytest.raises(TypeError):
        log.append("x", **{**good, "digest": b"\x00"})
    with pytest.raises(ValueError):
        log.append("Not An Event", **good)
    with pytest.raises(ValueError):
        AuditLog(path, clock=lambda: datetime(2026, 1, 1)).append("x", **good)  # naive time


def _modify_field(path: Path) -> None:
    lines = _lines(path)
    obj = json.loads(lines[2])
    obj["decision"] = "signed" if obj["decision"] != "signed" else "refused"
    lines[2] = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    path.write_bytes(b"".join(lines))


def _modify_and_rehash(path: Path) -> None:
    lines = _lines(path)
    obj = json.loads(lines[2])
    obj["decision"] = "refused"
    body = {k: v for k, v in obj.items() if k != "hash"}
    obj["hash"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    lines[2] = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    path.write_bytes(b"".join(lines))


def _whitespace(path: Path) -> None:
    lines = _lines(path)
    lines[2] = json.dumps(json.loads(lines[2]), sort_keys=True).encode() + b"\n"
    path.write_bytes(b"".join(lines))


def _delete(path: Path) -> None:
    lines = _lines(path)
    del lines[2]
    path.write_bytes(b"".join(lines))


def _swap(path: Path) -> None:
    lines = _lines(path)
    lines[2], lines[3] = lines[3], lines[2]
    path.write_bytes(b"".join(lines))


def _forged_append(path: Path) -> None:
    obj = json.loads(_lines(path)[-1])
    obj.update(seq=5, prev="ab" * 32, decision="signed", reasons=[])
    body = {k: v for k, v in obj.items() if k != "hash"}
    obj["hash"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    with open(path, "ab") as fh:
        fh.write(json.dumps(obj, sort_keys=True, separators=(",", ":")).encode() + b"\n")


def _insert(path: Path) -> None:
    lines = _lines(path)
    lines.insert(2, lines[1])
    path.write_bytes(b"".join(lines))


def _truncate_mid_line(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-30])


def _blank_line(path: Path) -> None:
    lines = _lines(path)
    lines.insert(2, b"\n")
    path.write_bytes(b"".join(lines))


def _garbage_bytes(path: Path) -> None:
    lines = _lines(path)
    lines[2] = b"\xff\xfe garbage\n"
    path.write_bytes(b"".join(lines))


def _first_prev(path: Path) -> None:
    lines = _lines(path)
    obj = json.loads(lines[0])
    obj["prev"] = "11" * 32
    body = {k: v for k, v in obj.items() if k != "hash"}
    obj["hash"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    lines[0] = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    path.write_bytes(b"".join(lines))


# tamper -> the record numbers that must be named
TAMPERS: dict[str, tuple[Any, list[int]]] = {
    "modify-field": (_modify_field, [2]),
    "modify-and-rehash": (
        _modify_and_rehash,
        [3],
    ),  # 2's content is self-consistent; 3's link breaks
    "reformat-whitespace": (_whitespace, [2]),
    "delete-line": (_delete, [3]),  # record 3 comes right after 1
    "swap-lines": (_swap, [2, 3, 4]),  # links 1->3, 3->2 and 2->4 are all broken
    "forged-append-wrong-prev": (_forged_append, [5]),
    "insert-duplicate": (_insert, [1]),  # the second copy of record 1
    "truncated-mid-line": (_truncate_mid_line, [4]),
    "blank-line": (_blank_line, [2]),
    "garbage-bytes": (_garbage_bytes, [2]),
    "first-prev-not-genesis": (_first_prev, [0, 1]),
}


@pytest.mark.parametrize("tamper,expected", TAMPERS.values(), ids=list(TAMPERS))
def test_tampering_is_found_by_number(path: Path, tamper: Any, expected: list[int]) -> None:
    _log(path, 5)
    tamper(path)
    problems = _problems(path)
    named = sorted({int(p.split()[1]) for p in problems})
    assert named == expected, problems
    for problem in problems:
        assert problem.startswith("record ")


def test_delete_names_the_missing_number(path: Path) -> None:
    _log(path, 5)
    _delete(path)
    text = " ".join(_problems(path))
    assert "record 3 (line 3): comes after record 1, expected record 2 here" in text
    assert "record 3 (line 3): prev does not match the hash of record 1" in text


def test_every_broken_record_is_listed_at_once(path: Path) -> None:
    _log(path, 8)
    lines = _lines(path)
    for i in (1, 4, 6):
        obj = json.loads(lines[i])
        obj["event"] = "forged"
        lines[i] = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    path.write_bytes(b"".join(lines))
    named = sorted({int(p.split()[1]) for p in _problems(path)})
    assert named == [1, 4, 6]


def test_append_refuses_a_tampered_log(path: Path) -> None:
    log = _log(path, 4)
    _modify_field(path)
    before = path.read_bytes()
    with pytest.raises(AuthenticationError):
        log.append("x", withdrawal_id=None, digest=None, decision="d", reasons=[], details={})
    assert path.read_bytes() == before


def test_tail_truncation_at_a_line_boundary_needs_an_anchor(path: Path) -> None:
    # Documented limit: dropping whole records from the end leaves a valid, shorter chain.
    _log(path, 5)
    head_before = verify_log(path).last_hash
    lines = _lines(path)
    path.write_bytes(b"".join(lines[:3]))
    report = verify_log(path)
    assert report.records == 3 and report.last_hash != head_before
    assert head_before not in {r.hash for r in read_log(path)}


def test_inspect_log_returns_parsable_records_and_problems(path: Path) -> None:
    _log(path, 5)
    _modify_field(path)
    records, problems = inspect_log(path)
    assert [r.seq for r in records] == [0, 1, 2, 3, 4]
    assert len(problems) == 1 and problems[0].startswith("record 2 ")
    with pytest.raises(AuthenticationError):
        read_log(path)


_SAMPLE: dict[str, bytes] = {}


def _sample_log(tmp_dir: Path) -> bytes:
    if "log" not in _SAMPLE:
        _log(tmp_dir / "sample.jsonl", 4)
        _SAMPLE["log"] = (tmp_dir / "sample.jsonl").read_bytes()
    return _SAMPLE["log"]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_bit_flip_is_found(tmp_path: Path, position: int, bit: int) -> None:
    data = bytearray(_sample_log(tmp_path))
    data[position % len(data)] ^= 1 << bit
    target = tmp_path / f"flip-{position}-{bit}.jsonl"
    target.write_bytes(bytes(data))
    with pytest.raises(AuthenticationError):
        verify_log(target)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0))
def test_any_cut_is_found_unless_at_a_record_boundary(tmp_path: Path, cut: int) -> None:
    data = _sample_log(tmp_path)
    kept = data[: cut % (len(data) + 1)]
    target = tmp_path / f"cut-{cut}.jsonl"
    target.write_bytes(kept)
    if kept == b"" or kept.endswith(b"\n"):
        assert verify_log(target).records == kept.count(b"\n")
    else:
        with pytest.raises(AuthenticationError):
            verify_log(target)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_authentication_error(tmp_path: Path, junk: bytes) -> None:
    target = tmp_path / "junk.jsonl"
    target.write_bytes(junk)
    try:
        verify_log(target)
    except AuthenticationError:
        return
    assert junk == b""


def test_concurrent_writers_do_not_fork_the_chain(path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path; from coldsign.home.audit import AuditLog\n"
        "log = AuditLog(Path(sys.argv[1]))\n"
        "for i in range(15):\n"
        "    log.append('x', withdrawal_id=sys.argv[2], digest=None, decision='d', reasons=[],"
        " details={'i': i})\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(path), f"writer-{n}"]) for n in range(4)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    assert verify_log(path).records == 60
