"""`coldsign qr show` / `qr scan` through the installed entry point: round trips and refusals."""

from __future__ import annotations

import base64
import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli, vector_path

PSBT_FILE = vector_path("bbqr/data") / "1in100out.psbt"
PSBT = PSBT_FILE.read_bytes()


def _text_parts(*args: str) -> list[str]:
    result = run_cli("qr", "show", str(PSBT_FILE), "--text", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()


def test_show_text_then_scan_stdin(tmp_path: Path) -> None:
    parts = _text_parts("--density", "low")
    assert parts[0].startswith("UR:CRYPTO-PSBT/1-")
    out = tmp_path / "scanned.psbt"
    result = run_cli(
        "qr", "scan", "--stdin", "-o", str(out), input="\n".join(reversed(parts)) + "\n"
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == PSBT
    assert "complete" in result.stderr
    assert f"sha256 {__import__('hashlib').sha256(PSBT).hexdigest()}" in result.stderr
    again = run_cli("qr", "scan", "--stdin", "-o", str(out), input="\n".join(parts))
    assert again.exit_code == 7 and "exists" in again.stderr


def test_png_frames_default_to_twice_the_fragments(tmp_path: Path) -> None:
    fragments = len(_text_parts())
    frames = tmp_path / "frames"
    result = run_cli("qr", "show", str(PSBT_FILE), "--png-dir", str(frames), "--box-size", "3")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in frames.iterdir())
    assert names == [f"frame-{i:04d}.png" for i in range(1, 2 * fragments + 1)]
    assert "sha256" in result.stderr
    out = tmp_path / "out.psbt"
    scanned = run_cli("qr", "scan", "--dir", str(frames), "-o", str(out))
    assert scanned.exit_code == 0, scanned.stderr
    assert out.read_bytes() == PSBT
    again = run_cli("qr", "show", str(PSBT_FILE), "--png-dir", str(frames))
    assert again.exit_code == 7


def test_bbqr_gif_and_base64_stdout(tmp_path: Path) -> None:
    gif = tmp_path / "psbt.gif"
    result = run_cli(
        "qr", "show", str(PSBT_FILE), "--format", "bbqr", "--gif", str(gif), "--fps", "4"
    )
    assert result.exit_code == 0, result.stderr
    scanned = run_cli("qr", "scan", str(gif), "-o", "-")
    assert scanned.exit_code == 0, scanned.stderr
    assert base64.b64decode(scanned.stdout.strip()) == PSBT


def test_show_to_a_pipe_prints_each_frame_once() -> None:
    fragments = len(_text_parts("--format", "bbqr"))
    result = run_cli("qr", "show", str(PSBT_FILE), "--format", "bbqr", "--invert")
    assert result.exit_code == 0, result.stderr
    counters = re.findall(r"^part (\d+)/(\d+)$", result.stdout, re.M)
    assert counters == [(str(i), str(fragments)) for i in range(1, fragments + 1)]
    assert "█" in result.stdout


def test_show_json_lists_parts() -> None:
    result = run_cli("--json", "qr", "show", str(PSBT_FILE), "--text", "--format", "base64")
    assert result.exit_code == 0, result.stderr
    data = result.json
    assert data["format"] == "base64" and data["kind"] == "psbt"
    assert data["parts"][0].startswith("p1of")


def _refused(lines: list[str], *extra: str) -> str:
    result = run_cli("qr", "scan", "--stdin", "-o", "-", *extra, input="\n".join(lines) + "\n")
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    assert result.stdout == ""
    return result.stderr


def test_corrupted_part_exit_3_names_the_part() -> None:
    parts = _text_parts()
    bad = parts[1][:-12] + ("AE" if parts[1][-12:-10] != "AE" else "AD") + parts[1][-10:]
    assert re.search(r"QR part 2 \(ur:crypto-psbt/2-\d+\).*CRC-32", _refused([parts[0], bad]))


def test_truncated_part_exit_3() -> None:
    parts = _text_parts("--format", "bbqr")
    stderr = _refused([parts[0], parts[1][: len(parts[1]) // 2 + 1]])
    assert "QR part 2 (B$ZP" in stderr


def test_mixed_message_exit_3() -> None:
    parts = _text_parts()
    other = run_cli("qr", "show", str(vector_path("bbqr/data") / "1in20out.psbt"), "--text")
    assert other.exit_code == 0
    stderr = _refused([parts[0], other.stdout.split()[1]])
    assert re.search(r"QR part 2 \(ur:crypto-psbt/2-\d+\).*different message", stderr)


def test_wrong_type_exit_3() -> None:
    stderr = _refused(_text_parts(), "--kind", "payload")
    assert "QR part 1 (ur:crypto-psbt/1-" in stderr and "payload was expected" in stderr


def test_incomplete_exit_3() -> None:
    assert "incomplete" in _refused(_text_parts()[:-1])


def test_bad_density_is_a_usage_error() -> None:
    result = run_cli("qr", "show", str(PSBT_FILE), "--density", "enormous")
    assert result.exit_code == 2


def test_one_source_required() -> None:
    assert run_cli("qr", "scan", "-o", "-").exit_code == 2


@pytest.mark.skipif(importlib.util.find_spec("cv2") is not None, reason="OpenCV is installed")
def test_camera_without_opencv_exit_7() -> None:
    result = run_cli("qr", "scan", "--camera", "-o", "-")
    assert result.exit_code == 7
    assert "OpenCV" in result.stderr and "coldsign[camera]" in result.stderr


def test_json_scan_result(tmp_path: Path) -> None:
    out = tmp_path / "x.psbt"
    result = run_cli(
        "--json", "qr", "scan", "--stdin", "-o", str(out), input="\n".join(_text_parts())
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "psbt" and data["size"] == len(PSBT) and data["path"] == str(out)
