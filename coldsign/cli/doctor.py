"""`coldsign doctor`: is this machine fit to be an offline signer?

Reports Python and library versions (from package metadata, without importing the libraries),
whether libzbar loads, which non-loopback network interfaces are up (read from /sys, no sockets),
and whether the home directory is private (mode 0700). `--require-offline` makes an up interface
an error (exit 7).
"""

from __future__ import annotations

import dataclasses
import os
import platform
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from coldsign import __version__
from coldsign.cli.app import App
from coldsign.cli.helpfmt import CsCommand
from coldsign.errors import TransportError

LIBRARIES = (
    "click",
    "coincurve",
    "bip-utils",
    "mnemonic",
    "shamir-mnemonic",
    "cryptography",
    "pycryptodome",
    "cbor2",
    "qrcode",
    "pillow",
    "pyzbar",
    "rich",
)
SYS_NET = Path("/sys/class/net")
IFF_UP = 0x1
IFF_LOOPBACK = 0x8
IFF_RUNNING = 0x40


@dataclasses.dataclass(frozen=True)
class Interface:
    """One network interface as /sys/class/net describes it."""

    name: str
    operstate: str
    flags: int

    @property
    def is_loopback(self) -> bool:
        return bool(self.flags & IFF_LOOPBACK) or self.name == "lo"

    @property
    def is_up(self) -> bool:
        """Administratively up and operational (or "unknown", as tunnels report, while running)."""
        if not self.flags & IFF_UP:
            return False
        return self.operstate == "up" or (
            self.operstate in ("unknown", "dormant") and bool(self.flags & IFF_RUNNING)
        )


def read_interfaces(root: Path = SYS_NET) -> list[Interface]:
    """Interfaces listed under `root` (empty when it does not exist, e.g. not Linux)."""
    out: list[Interface] = []
    try:
        names = sorted(p.name for p in root.iterdir())
    except OSError:
        return out
    for name in names:
        try:
            operstate = (root / name / "operstate").read_text().strip().lower()
        except OSError:
            operstate = "unknown"
        try:
            flags = int((root / name / "flags").read_text().strip(), 16)
        except (OSError, ValueError):
            flags = 0
        out.append(Interface(name, operstate, flags))
    return out


def up_interfaces(interfaces: Iterable[Interface]) -> list[str]:
    """Names of non-loopback interfaces that are up: an offline signer should have none."""
    return [i.name for i in interfaces if i.is_up and not i.is_loopback]


def library_versions(names: Iterable[str] = LIBRARIES) -> dict[str, str | None]:
    from importlib import metadata

    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def zbar_status() -> dict[str, object]:
    """Whether libzbar (needed to scan QR codes) can be found and loaded."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("zbar")
    candidates = [name] if name else ["libzbar.so.0", "libzbar.so"]
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return {"loads": True, "library": candidate}
    return {"loads": False, "library": name}


def clock_status(now: float | None = None) -> dict[str, object]:
    """This machine's clock, UTC and local: expiries, approval lifetimes and velocity windows
    are judged by it, and an offline machine has nothing to correct it."""
    import time
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp(time.time() if now is None else now, UTC)
    local = moment.astimezone()
    offset = local.strftime("%z")
    return {
        "unix": int(moment.timestamp()),
        "utc": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "local": local.strftime("%Y-%m-%dT%H:%M:%S") + f"{offset[:3]}:{offset[3:]}",
        "timezone": local.tzname(),
    }


def home_status(home: Path) -> dict[str, object]:
    path = home.expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        return {"path": str(path), "exists": False, "mode": None, "private": False}
    except OSError as exc:
        return {
            "path": str(path),
            "exists": False,
            "mode": None,
            "private": False,
            "error": exc.strerror,
        }
    mode = stat.S_IMODE(info.st_mode)
    private = stat.S_ISDIR(info.st_mode) and mode == 0o700 and info.st_uid == os.getuid()
    return {"path": str(path), "exists": True, "mode": f"{mode:04o}", "private": private}


@click.command(cls=CsCommand)
@click.option("--require-offline", is_flag=True, help="Exit 7 if any non-loopback interface is up.")
@click.pass_obj
def doctor(app: App, require_offline: bool) -> None:
    """Check this machine: clock, versions, libzbar, network interfaces, home directory."""
    up = up_interfaces(read_interfaces())
    # Fail closed: an unreadable (or absent, non-Linux) interface list cannot confirm offline.
    known = SYS_NET.is_dir() and os.access(SYS_NET, os.R_OK | os.X_OK)
    report: dict[str, object] = {
        "coldsign": __version__,
        "python": platform.python_version(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "clock": clock_status(),
        "libraries": library_versions(),
        "libzbar": zbar_status(),
        "network": {"up_interfaces": up, "offline": (not up) if known else None},
        "home": home_status(app.home),
    }
    failed = require_offline and (bool(up) or not known)
    if failed and app.json:
        pass  # the error object is the whole JSON result; do not print two documents
    else:
        app.emit(report, lambda: _text(report))
    if failed and not known:
        raise TransportError(
            f"cannot read the network interfaces ({SYS_NET}): offline cannot be confirmed"
        )
    if failed:
        raise TransportError(f"network interface(s) up while offline is required: {', '.join(up)}")


def _text(report: dict[str, object]) -> str:
    libs = report["libraries"]
    zbar = report["libzbar"]
    net = report["network"]
    home = report["home"]
    clock = report["clock"]
    assert isinstance(libs, dict) and isinstance(zbar, dict) and isinstance(net, dict)
    assert isinstance(home, dict) and isinstance(clock, dict)
    lines = [
        f"coldsign {report['coldsign']} on Python {report['python']} ({report['platform']})",
        f"clock:    {clock['utc'].replace('T', ' ').removesuffix('Z')} UTC, "
        f"{clock['local'].replace('T', ' ')} local ({clock['timezone']})",
        "          (expiries, approval lifetimes and velocity windows read it: compare it with"
        " a watch)",
        "libraries:",
        *(f"  {name:<16} {version or 'NOT INSTALLED'}" for name, version in libs.items()),
        "libzbar:  "
        + (f"ok ({zbar['library']})" if zbar["loads"] else "NOT LOADABLE (no QR scanning)"),
    ]
    if net["offline"] is None:
        lines.append(f"network:  UNKNOWN: cannot read {SYS_NET} (offline cannot be confirmed)")
    elif net["up_interfaces"]:
        lines.append(
            f"network:  UP: {', '.join(net['up_interfaces'])} (an offline signer should have none)"
        )
    else:
        lines.append("network:  no interface up besides loopback")
    if not home["exists"]:
        lines.append(f"home:     {home['path']} does not exist yet")
    elif home["private"]:
        lines.append(f"home:     {home['path']} (mode {home['mode']}, private)")
    else:
        lines.append(f"home:     {home['path']} mode {home['mode']}: NOT PRIVATE (chmod 700)")
    return "\n".join(lines)
