"""Ceremony tests: the custody set-up of the guarded-signer tests (reused, not copied), a lead key,
and a helper that runs `coldsign ceremony run --script` with secrets on inherited pipes."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from coldsign.keys.rolekey import Role, generate_role_key, seal_role_key
from coldsign.keys.secrets import Passphrase
from tests.cli.guarded.conftest import FAST_KDF, Setup, make_setup, wpkh_descriptor
from tests.conftest import Result, run_cli, secret_fd

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "ceremonies"
LEAD_PASSPHRASE = "pw-lead"


@pytest.fixture(scope="session")
def ceremony_base(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    setup = make_setup(tmp_path_factory.mktemp("ceremony-custody"), wpkh_descriptor())
    key = generate_role_key(Role.CEREMONY_LEAD, "lena")
    (setup.root / "lead.key").write_bytes(
        seal_role_key(key, Passphrase(LEAD_PASSPHRASE), kdf_n=FAST_KDF)
    )
    (setup.root / "lead.pub").write_text(key.public_key.hex())
    return setup


@pytest.fixture
def custody(ceremony_base: Setup, tmp_path: Path) -> Iterator[Setup]:
    """A private copy of the set-up (own home, ledger and audit log) for one test."""
    root = tmp_path / "custody"
    shutil.copytree(ceremony_base.root, root)
    yield Setup(
        root,
        ceremony_base.descriptor,
        root / "home",
        {k: root / v.name for k, v in ceremony_base.files.items()},
    )


def lead_pub(setup: Setup) -> str:
    return (setup.root / "lead.pub").read_text()


def answers_toml(
    participants: Mapping[str, str],
    inputs: Mapping[str, str],
    confirm: Mapping[str, bool],
    secret_fds: Mapping[str, int],
    output_fds: Mapping[str, int] | None = None,
) -> str:
    """An answers file; JSON strings are valid TOML basic strings."""

    def table(name: str, rows: Mapping[str, object]) -> str:
        lines = [f"[{name}]"]
        for key, value in rows.items():
            if isinstance(value, bool):
                text = "true" if value else "false"
            elif isinstance(value, int):
                text = f"{{ fd = {value} }}"
            else:
                text = json.dumps(value)
            lines.append(f"{json.dumps(key)} = {text}")
        return "\n".join(lines) + "\n"

    parts = [
        table("participants", participants),
        table("inputs", inputs),
        table("confirm", confirm),
        table("secrets", secret_fds),
    ]
    if output_fds:
        parts.append(table("secret_outputs", output_fds))
    return "\n".join(parts)


def run_ceremony(
    setup: Setup,
    ceremony: str | Path,
    *,
    participants: Mapping[str, str],
    inputs: Mapping[str, str],
    confirm: Mapping[str, bool],
    secrets: Mapping[str, str],
    workdir: Path,
    transcript: Path,
    home: Path | None = None,
    extra_fds: Mapping[str, int] | None = None,
    extra_args: tuple[str, ...] = (),
) -> Result:
    """`coldsign --home H ceremony run C --script A` with each secret on its own pipe fd."""
    fds = {name: secret_fd(text) for name, text in secrets.items()}
    lead_fd = secret_fd(LEAD_PASSPHRASE)
    answers = answers_toml(participants, inputs, confirm, fds, extra_fds)
    script = workdir.parent / f"{workdir.name}.answers.toml"
    script.write_text(answers)
    try:
        return run_cli(
            "--home",
            str(home or setup.home),
            "ceremony",
            "run",
            str(ceremony),
            "--script",
            str(script),
            "--workdir",
            str(workdir),
            "--transcript",
            str(transcript),
            "--lead-key",
            str(setup.root / "lead.key"),
            "--lead-passphrase-fd",
            str(lead_fd),
            *extra_args,
            pass_fds=(*fds.values(), lead_fd, *(extra_fds or {}).values()),
            cwd=workdir.parent,
        )
    finally:
        for fd in (*fds.values(), lead_fd):
            os.close(fd)


def verify(transcript: Path, pub: str | None = None) -> Result:
    args = ["--json", "ceremony", "verify", str(transcript)]
    if pub:
        args += ["--lead-pubkey", pub]
    return run_cli(*args)
