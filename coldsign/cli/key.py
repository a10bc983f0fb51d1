"""`coldsign key`: make, show and check the role keys of admins, approvers and ceremony leads."""

from __future__ import annotations

from pathlib import Path

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InFile, OutFile
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import AuthenticationError, UsageError
from coldsign.keys import envelope
from coldsign.keys.rolekey import KIND as ROLE_KEY_KIND
from coldsign.keys.rolekey import Role as RoleEnum
from coldsign.keys.rolekey import (
    RoleKey,
    RoleKeyInfo,
    generate_role_key,
    open_role_key,
    role_key_public,
    seal_role_key,
    valid_name,
)
from coldsign.keys.secrets import Passphrase
from coldsign.transport import files

KEY_FILE_CAP = 64 * 1024  # a role key file is under 1 KiB
UNLOCK_TRIES = 3  # passphrases typed at the prompt before a wrong one is final (exit 5)


def read_role_key_info(path: Path) -> tuple[bytes, RoleKeyInfo]:
    """Read a role key file (capped) and its public label; DecodeError (exit 3) if malformed."""
    blob = files.read_capped(path, KEY_FILE_CAP)
    return blob, role_key_public(blob)


def unlock_role_key(
    app: App, path: Path, passphrase_fd: int | None, *, role: RoleEnum | None = None
) -> RoleKey:
    """Open the role key at `path` for a command that signs (policy, whitelist, approvals).

    Checks the role before asking for the passphrase (AuthenticationError, exit 5, if it is not
    `role`), then asks on a hidden prompt (a wrong passphrase is asked again, UNLOCK_TRIES tries in
    all) or reads `passphrase_fd` (once). A wrong passphrase is exit 5.
    """
    blob, info = read_role_key_info(path)
    if role is not None and info.role is not role:
        raise AuthenticationError(
            [f"{path} is a key of role {info.role.value}; this needs role {role.value}"]
        )
    if envelope.kdf_cost(blob, ROLE_KEY_KIND) < envelope.DEFAULT_KDF_N:
        app.warn(f"{path} uses a weaker passphrase cost than coldsign's default")
    tries = 1 if passphrase_fd is not None else UNLOCK_TRIES
    for attempt in range(1, tries + 1):
        passphrase = Passphrase(
            prompts.secret(app, f"passphrase for {info.name}'s key", passphrase_fd)
        )
        try:
            return open_role_key(blob, passphrase)
        except AuthenticationError:
            if attempt == tries:
                raise
            left = tries - attempt
            app.warn(f"wrong passphrase for {path}; {left} more {'try' if left == 1 else 'tries'}")
        finally:
            passphrase.wipe()
    raise AssertionError("unreachable")


def _info_json(info: RoleKeyInfo) -> dict[str, str]:
    return {"public_key": info.public_key_hex, "role": info.role.value, "name": info.name}


@click.group(cls=CsGroup)
def key() -> None:
    """Admin, approver and ceremony-lead keys (secp256k1, encrypted with a passphrase)."""


@key.command("new")
@click.option(
    "--role",
    type=click.Choice([r.value for r in RoleEnum]),
    required=True,
    help="admin (policy, whitelist), approver (withdrawals) or lead (ceremony transcripts).",
)
@click.option("--name", required=True, help="The holder's name as it will appear in the policy.")
@click.option(
    "-o", "--out", type=OutFile, required=True, help="Key file to create (never overwritten)."
)
@click.option("--passphrase-fd", type=int, default=None, help="Read the passphrase from this fd.")
@click.pass_obj
def new_cmd(app: App, role: str, name: str, out: Path, passphrase_fd: int | None) -> None:
    """Generate a role key, seal it with a passphrase into OUT (0600), print its public key."""
    if not valid_name(name):
        raise UsageError(
            "--name must be 1 to 64 of A-Z a-z 0-9 . _ @ -, starting with a letter or digit"
        )
    if out.exists():  # checked before the passphrase is asked; write_new checks again atomically
        raise UsageError(f"{out} exists; refusing to overwrite it")
    passphrase = prompts.new_passphrase(
        app, "role key", passphrase_fd, context=(name, role, "coldsign")
    )
    try:
        role_key = generate_role_key(RoleEnum.parse(role), name)
        try:
            blob = seal_role_key(role_key, passphrase)
        finally:
            role_key.wipe()
    finally:
        passphrase.wipe()
    written = files.write_new(out, blob, mode=0o600)
    info = role_key.info
    app.info(f"wrote {out} (sha256 {written.sha256}); keep the passphrase apart from the file")
    app.emit({**_info_json(info), "file": str(out), "sha256": written.sha256}, info.public_key_hex)


@key.command("pub")
@click.argument("file", type=InFile)
@click.pass_obj
def pub_cmd(app: App, file: Path) -> None:
    """Print FILE's compressed public key (66 hex characters), without the passphrase."""
    _, info = read_role_key_info(file)
    app.emit(_info_json(info), info.public_key_hex)


@key.command("check")
@click.argument("file", type=InFile)
@click.option("--passphrase-fd", type=int, default=None, help="Read the passphrase from this fd.")
@click.pass_obj
def check_cmd(app: App, file: Path, passphrase_fd: int | None) -> None:
    """Prove the passphrase opens FILE and the key inside matches its label (wrong: exit 5)."""
    role_key = unlock_role_key(app, file, passphrase_fd)
    info = role_key.info
    role_key.wipe()
    app.info(f"{file}: passphrase OK; {info.role.value} key of {info.name}")
    app.emit({**_info_json(info), "ok": True}, info.public_key_hex)
