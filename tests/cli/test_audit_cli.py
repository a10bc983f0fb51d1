"""`coldsign audit show|verify` via the real entry point: a tampered log is exit 5, by number."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coldsign.home.audit import AuditLog, verify_log
from tests.conftest import run_cli

T0 = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


def _canon(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    ticks = iter(range(1000))
    log = AuditLog(home / "audit.jsonl", clock=lambda: T0 + timedelta(minutes=next(ticks)))
    for i in range(6):
        log.append(
            "payload.sign",
            withdrawal_id=f"wd-{i}",
            digest=hashlib.sha256(bytes([i])).hexdigest(),
            decision="signed" if i != 3 else "refused",
            reasons=["output 1: not whitelisted"] if i == 3 else [],
            details={"asset": "BTC", "amount": "0.1", "inputs_signed": 1},
        )
    return home


def _lines(home: Path) -> list[bytes]:
    return (home / "audit.jsonl").read_bytes().splitlines(keepends=True)


def _write(home: Path, lines: list[bytes]) -> None:
    (home / "audit.jsonl").write_bytes(b"".join(lines))


def test_verify_ok_prints_count_and_head(home: Path) -> None:
    head = verify_log(home / "audit.jsonl").last_hash
    text = run_cli("--home", str(home), "audit", "verify")
    assert text.exit_code == 0, text.stderr
    assert "6 records" in text.stdout and head in text.stdout
    data = run_cli("--home", str(home), "--json", "audit", "verify").json
    assert data["records"] == 6 and data["last_hash"] == head and data["ok"] is True


def test_show_lists_records(home: Path) -> None:
    text = run_cli("--home", str(home), "audit", "show")
    assert text.exit_code == 0, text.stderr
    rows = text.stdout.strip().splitlines()
    assert len(rows) == 7 and rows[0].split()[0] == "seq"
    assert "output 1: not whitelisted" in rows[4] and "refused" in rows[4]
    records = run_cli("--home", str(home), "--json", "audit", "show", "--limit", "2").json
    assert [r["seq"] for r in records] == [4, 5]
    assert records[1]["withdrawal_id"] == "wd-5" and records[1]["time"] == "2026-11-22T15:05:00Z"


def test_empty_home_is_an_empty_log(tmp_path: Path) -> None:
    home = tmp_path / "empty"
    home.mkdir(mode=0o700)
    result = run_cli("--home", str(home), "--json", "audit", "verify")
    assert result.exit_code == 0 and result.json["records"] == 0
    assert run_cli("--home", str(home), "audit", "show").stdout.strip() == "(no audit records)"


def test_missing_or_mistyped_home_is_exit_7(tmp_path: Path) -> None:
    """Issue 13.5: a home that is not there is an environment error, never "OK: 0 records"."""
    for command in (["audit", "verify"], ["audit", "show"]):
        result = run_cli("--home", str(tmp_path / "no-such-home"), *command)
        assert result.exit_code == 7, result.stderr
        assert "no signer home" in result.stderr
    assert not (tmp_path / "no-such-home").exists()


def test_a_home_others_can_read_is_refused(home: Path) -> None:
    home.chmod(0o755)
    result = run_cli("--home", str(home), "audit", "verify")
    assert result.exit_code == 7 and "must be 0700" in result.stderr


def _modify_field(home: Path) -> None:
    lines = _lines(home)
    obj = json.loads(lines[3])
    obj["decision"] = "signed"  # turn a refusal into a signature
    lines[3] = _canon(obj) + b"\n"
    _write(home, lines)


def _delete_line(home: Path) -> None:
    lines = _lines(home)
    del lines[3]
    _write(home, lines)


def _swap_lines(home: Path) -> None:
    lines = _lines(home)
    lines[1], lines[2] = lines[2], lines[1]
    _write(home, lines)


def _forged_append(home: Path) -> None:
    obj = json.loads(_lines(home)[-1])
    obj.update(seq=6, withdrawal_id="wd-forged", prev="00" * 32)
    body = {k: v for k, v in obj.items() if k != "hash"}
    obj["hash"] = hashlib.sha256(_canon(body)).hexdigest()
    _write(home, [*_lines(home), _canon(obj) + b"\n"])


def _truncate(home: Path) -> None:
    (home / "audit.jsonl").write_bytes((home / "audit.jsonl").read_bytes()[:-40])


@pytest.mark.parametrize(
    "tamper,named",
    [
        (_modify_field, "record 3"),
        (_delete_line, "record 4 (line 4): comes after record 2, expected record 3"),
        (_swap_lines, "record 2 (line 2)"),
        (_forged_append, "record 6 (line 7): prev does not match the hash of record 5"),
    ],
    ids=["modify-field", "delete-line", "swap-lines", "forged-append"],
)
def test_tampering_is_exit_5_naming_the_record(home: Path, tamper: object, named: str) -> None:
    assert callable(tamper)
    tamper(home)
    result = run_cli("--home", str(home), "audit", "verify")
    assert result.exit_code == 5
    assert named in result.stderr
    as_json = run_cli("--home", str(home), "--json", "audit", "verify")
    assert as_json.exit_code == 5
    assert any(named in reason["message"] for reason in as_json.json["error"]["reasons"])
    assert run_cli("--home", str(home), "audit", "show").exit_code == 5


def test_swap_names_every_broken_link(home: Path) -> None:
    _swap_lines(home)
    reasons = run_cli("--home", str(home), "--json", "audit", "verify").json["error"]["reasons"]
    messages = [r["message"] for r in reasons]
    named = {m.split(" (")[0] for m in messages if m.startswith("record ")}
    assert named == {"record 2", "record 1", "record 3"}


def test_anchor(home: Path) -> None:
    head = verify_log(home / "audit.jsonl").last_hash
    ok = run_cli("--home", str(home), "audit", "verify", "--anchor", head)
    assert ok.exit_code == 0, ok.stderr
    # Dropping whole records from the end leaves a valid chain; only the anchor catches it.
    _write(home, _lines(home)[:4])
    assert run_cli("--home", str(home), "audit", "verify").exit_code == 0
    caught = run_cli("--home", str(home), "audit", "verify", "--anchor", head)
    assert caught.exit_code == 5 and "anchor" in caught.stderr
    assert run_cli("--home", str(home), "audit", "verify", "--anchor", "xyz").exit_code == 2


def test_a_last_line_cut_short_by_a_crash_is_removed_and_the_repair_recorded(home: Path) -> None:
    """A write cut short (kill -9, power) leaves a partial last line: it was never committed
    (the run released nothing), so it is removed, and the repair is itself a record."""
    _truncate(home)
    result = run_cli("--home", str(home), "--json", "audit", "verify")
    assert result.exit_code == 0, result.stderr
    records = run_cli("--home", str(home), "--json", "audit", "show").json
    assert [r["withdrawal_id"] for r in records[:5]] == [f"wd-{i}" for i in range(5)]
    repair = records[-1]
    assert repair["event"] == "home.repair" and repair["seq"] == 5
    assert "removed an incomplete last audit line" in repair["reasons"][0]


def test_a_last_line_that_lost_only_its_newline_is_completed(home: Path) -> None:
    """A whole record without its newline was committed: it is kept, never dropped."""
    log = home / "audit.jsonl"
    log.write_bytes(log.read_bytes()[:-1])
    records = run_cli("--home", str(home), "--json", "audit", "show").json
    assert [r["withdrawal_id"] for r in records[:6]] == [f"wd-{i}" for i in range(6)]
    assert records[-1]["event"] == "home.repair"
    assert "completed the last audit line" in records[-1]["reasons"][0]
