"""`coldsign doctor`: the interface rule as a pure function, and the command end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coldsign.cli.doctor import (
    IFF_LOOPBACK,
    IFF_RUNNING,
    IFF_UP,
    Interface,
    read_interfaces,
    up_interfaces,
)
from tests.conftest import run_cli


def test_up_interfaces_rule() -> None:
    interfaces = [
        Interface("lo", "unknown", IFF_UP | IFF_LOOPBACK | IFF_RUNNING),
        Interface("eth0", "up", IFF_UP | IFF_RUNNING),
        Interface("wlan0", "down", IFF_UP),  # admin up, no carrier
        Interface("eth1", "down", 0),
        Interface("tun0", "unknown", IFF_UP | IFF_RUNNING),
        Interface("tun1", "unknown", IFF_UP),
    ]
    assert up_interfaces(interfaces) == ["eth0", "tun0"]
    assert up_interfaces([]) == []


def test_read_interfaces_from_a_sysfs_tree(tmp_path: Path) -> None:
    for name, state, flags in [
        ("lo", "unknown", "0x9"),
        ("eth0", "up", "0x1003"),
        ("wlan0", "down", "0x1002"),
    ]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "operstate").write_text(state + "\n")
        (tmp_path / name / "flags").write_text(flags + "\n")
    (tmp_path / "broken").mkdir()
    found = read_interfaces(tmp_path)
    assert [i.name for i in found] == ["broken", "eth0", "lo", "wlan0"]
    assert up_interfaces(found) == ["eth0"]
    assert read_interfaces(tmp_path / "missing") == []


def test_doctor_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    os.chmod(home, 0o700)
    result = run_cli("--json", "--home", str(home), "doctor")
    assert result.exit_code == 0, result.stderr
    data = result.json
    assert data["home"] == {"path": str(home), "exists": True, "mode": "0700", "private": True}
    assert data["libraries"]["coincurve"]
    assert isinstance(data["libzbar"]["loads"], bool)
    assert data["network"]["up_interfaces"] == up_interfaces(read_interfaces())
    os.chmod(home, 0o755)
    assert run_cli("--json", "--home", str(home), "doctor").json["home"]["private"] is False


def test_require_offline_follows_this_machine(tmp_path: Path) -> None:
    result = run_cli("--json", "--home", str(tmp_path), "doctor", "--require-offline")
    up = up_interfaces(read_interfaces())
    if up:
        assert result.exit_code == 7
        assert result.json["error"]["kind"] == "io"
        assert up[0] in result.json["error"]["message"]
    else:
        assert result.exit_code == 0
        assert result.json["network"]["offline"] is True


def test_doctor_text(tmp_path: Path) -> None:
    result = run_cli("--home", str(tmp_path / "absent"), "doctor")
    assert result.exit_code == 0
    assert "does not exist yet" in result.stdout and "libzbar" in result.stdout


def test_require_offline_fails_closed_when_interfaces_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No interface list (not Linux, or /sys unreadable) must not read as "offline"."""
    from coldsign.cli import doctor as doctor_module
    from coldsign.cli.main import main

    monkeypatch.setattr(doctor_module, "SYS_NET", tmp_path / "no-sysfs")
    with pytest.raises(SystemExit) as exited:
        main(["--json", "--home", str(tmp_path), "doctor"])
    assert exited.value.code == 0 and '"offline": null' in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        main(["--home", str(tmp_path), "doctor", "--require-offline"])
    assert exited.value.code == 7
    assert "offline cannot be confirmed" in capsys.readouterr().err
