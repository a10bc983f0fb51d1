"""`coldsign keystore`: a seed encrypted at rest (scrypt + AES-256-GCM, keys/keystore.py).

A keystore trades the amnesic "seed only in RAM" rule for convenience: the seed sits on disk,
protected only by its passphrase. Every command that loads a seed accepts `--keystore FILE`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InFile, OutFile
from coldsign.cli.helpfmt import CsGroup
from coldsign.cli.seedsource import KEYSTORE_FILE_CAP, SeedSource, load_seed, seed_source_options
from coldsign.errors import UsageError

if TYPE_CHECKING:
    from coldsign.keys.keystore import KeystoreInfo


def _info_json(info: KeystoreInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "fingerprint": info.fingerprint,
        "created": info.created,
        "kdf": {"name": "scrypt", "n": info.kdf_n, "r": info.kdf_r, "p": info.kdf_p},
    }


def _info_text(info: KeystoreInfo) -> str:
    return (
        f"keystore {info.name}: fingerprint {info.fingerprint}, created {info.created}, "
        f"scrypt N={info.kdf_n} r={info.kdf_r} p={info.kdf_p}"
    )


@click.group(cls=CsGroup)
def keystore() -> None:
    """A seed encrypted at rest (scrypt + AES-256-GCM), for machines that accept that trade-off."""


@keystore.command("new")
@click.option(
    "-o", "--out", type=OutFile, required=True, help="Keystore file to create (never overwritten)."
)
@click.option("--name", default=None, help="A label for the keystore (default seed-FINGERPRINT).")
@click.option(
    "--new-passphrase-fd",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Read the new keystore passphrase from fd N (else asked twice, hidden).",
)
@click.option("--kdf-n", type=int, default=None, hidden=True, help="scrypt N (tests only).")
@seed_source_options
@click.pass_obj
def new_cmd(
    app: App,
    out: Path,
    name: str | None,
    new_passphrase_fd: int | None,
    kdf_n: int | None,
    seed_source: SeedSource,
) -> None:
    """Encrypt a seed (mnemonic, SLIP-39 shares or another keystore) into OUT (mode 0600)."""
    from coldsign.keys import envelope
    from coldsign.keys.keystore import keystore_info, seal_seed
    from coldsign.keys.rolekey import valid_name
    from coldsign.transport.files import write_new

    if name is not None and not valid_name(name):
        raise UsageError(
            "--name must be 1 to 64 of A-Z a-z 0-9 . _ @ -, starting with a letter or digit"
        )
    cost = envelope.DEFAULT_KDF_N if kdf_n is None else kdf_n
    if not envelope.MIN_KDF_N <= cost <= envelope.MAX_KDF_N or cost & (cost - 1):
        raise UsageError(
            f"--kdf-n must be a power of two from {envelope.MIN_KDF_N} to {envelope.MAX_KDF_N}"
        )
    if new_passphrase_fd is not None and new_passphrase_fd in seed_source.fds:
        raise UsageError("--new-passphrase-fd must differ from the seed's fds")
    if out.exists():  # checked before any secret is asked; write_new checks again atomically
        raise UsageError(f"{out} exists; refusing to overwrite it")
    wallet_seed = load_seed(app, seed_source, confirm_passphrase=True)
    try:
        passphrase = prompts.new_passphrase(
            app, "keystore", new_passphrase_fd, context=(name or "", "coldsign", "keystore")
        )
        try:
            label = name or f"seed-{wallet_seed.fingerprint}"
            blob = seal_seed(wallet_seed, passphrase, name=label, kdf_n=cost)
        finally:
            passphrase.wipe()
    finally:
        wallet_seed.wipe()
    written = write_new(out, blob, mode=0o600)
    info = keystore_info(blob)
    if cost < envelope.DEFAULT_KDF_N:
        app.warn(f"scrypt N={cost} is weaker than the default {envelope.DEFAULT_KDF_N}")
    app.info(f"wrote {out} (sha256 {written.sha256}); keep the passphrase apart from the file")
    app.emit(
        {**_info_json(info), "file": str(out), "sha256": written.sha256},
        _info_text(info),
    )


@keystore.command("show")
@click.argument("file", type=InFile)
@click.pass_obj
def show_cmd(app: App, file: Path) -> None:
    """Name, fingerprint, creation time and KDF cost of FILE, without decrypting it.

    The label is bound to the ciphertext but only proven when the file is opened (keystore check).
    """
    from coldsign.keys.keystore import keystore_info
    from coldsign.transport.files import read_capped

    info = keystore_info(read_capped(file, KEYSTORE_FILE_CAP))
    app.emit(_info_json(info), _info_text(info))


@keystore.command("check")
@click.argument("file", type=InFile)
@click.option(
    "--passphrase-fd",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Read the keystore passphrase from fd N (else a hidden prompt).",
)
@click.pass_obj
def check_cmd(app: App, file: Path, passphrase_fd: int | None) -> None:
    """Prove the passphrase opens FILE and the seed inside has the labelled fingerprint (exit 5
    otherwise)."""
    from coldsign.keys.keystore import keystore_info
    from coldsign.transport.files import read_capped

    source = SeedSource(keystore=file, keystore_passphrase_fd=passphrase_fd)
    opened = load_seed(app, source)
    fingerprint = opened.fingerprint
    opened.wipe()
    info = keystore_info(read_capped(file, KEYSTORE_FILE_CAP))
    app.info(f"{file}: passphrase OK; seed fingerprint {fingerprint}")
    app.emit({**_info_json(info), "ok": True}, fingerprint)
