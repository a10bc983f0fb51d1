"""`coldsign whitelist|denylist sign|verify|show|import`: signed destination manifests."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import QrOptions, QrSource, qr_input_options, qr_io_options, read_input
from coldsign.cli.policy import (
    document_out,
    read_policy,
    sign_document,
    write_output,
)
from coldsign.errors import UsageError
from coldsign.policy.documents import DocumentKind, SignedDocument, looks_signed

MANIFEST_CAP = 64 * 1024 * 1024


def load_manifest_file(path: Path, kind: DocumentKind) -> Any:
    """A manifest from TOML (unsigned) or signed JSON → TrustedManifest (not yet verified)."""
    from coldsign.transport.files import read_capped

    return parse_manifest_bytes(read_capped(path, MANIFEST_CAP), kind)


def read_manifest(app: App, path: Path | None, source: QrSource | None, kind: DocumentKind) -> Any:
    """`load_manifest_file` for a command's input: a file (digest on stderr) or a QR scan."""
    data = read_input(app, path, source, what=kind.value, cap=MANIFEST_CAP, expect="payload")
    return parse_manifest_bytes(data, kind)


def parse_manifest_bytes(data: bytes, kind: DocumentKind) -> Any:
    """Manifest TOML (unsigned) or signed JSON bytes → TrustedManifest (not yet verified)."""
    from coldsign.policy.fields import parse_toml
    from coldsign.policy.manifest import parse_manifest
    from coldsign.state import TrustedManifest, load_manifest_document

    if looks_signed(data):
        return load_manifest_document(data, kind)
    manifest = parse_manifest(parse_toml(data, kind.value), kind)
    return TrustedManifest(SignedDocument(kind, manifest.to_body(), ()), manifest)


def _group(kind: DocumentKind) -> click.Group:
    noun = kind.value

    @click.group(name=noun, help=f"Sign, verify, show and import the {noun} manifest.")
    def group() -> None:
        pass

    @group.command("sign")
    @click.argument("source", type=InFile, required=False)
    @click.option("--key", "key_path", type=InFile, required=True, help="Admin role key file.")
    @click.option(
        "-o",
        "--out",
        type=OutPath,
        help="File or directory (NAME-signed.json); optional with --qr.",
    )
    @click.option("--passphrase-fd", type=int, default=None)
    @click.option("--force", is_flag=True, help="Replace OUT if it exists.")
    @qr_io_options("source")
    @click.pass_obj
    def sign_cmd(
        app: App,
        source: Path | None,
        key_path: Path,
        out: Path | None,
        passphrase_fd: int | None,
        force: bool,
        qr_in: QrSource | None,
        qr_out: QrOptions | None,
    ) -> None:
        """Add an admin signature to SOURCE (TOML, or an already signed manifest).

        With --qr, SOURCE may be scanned instead, and the signed manifest is shown as QR codes.
        """
        trusted = read_manifest(app, source, qr_in, kind)
        signed = sign_document(app, trusted.document, key_path, passphrase_fd)
        target = document_out(out, source, f"{noun}-v{trusted.manifest.version}")
        if target is None and qr_out is None:
            raise UsageError(f"give -o FILE|DIR, or --qr to show the signed {noun}")
        result = write_output(app, target, signed.serialize(), force, qr_out)
        result.update(hash=signed.hash, signatures=len(signed.signatures))
        where = f" → {target}" if target else ""
        app.emit(result, f"{signed.hash}  ({len(signed.signatures)} signature(s)){where}")

    @group.command("verify")
    @click.argument("source", type=InFile, required=False)
    @click.option(
        "--policy",
        "policy_path",
        type=InFile,
        default=None,
        help="Signed policy whose admins must have signed (default: the pinned one).",
    )
    @qr_input_options("source")
    @click.pass_obj
    def verify_cmd(
        app: App, source: Path | None, policy_path: Path | None, qr_in: QrSource | None
    ) -> None:
        """Check the admin quorum and expiry of SOURCE (exit 5 if either fails)."""
        from coldsign.state import SignerState, verify_policy_self

        state = SignerState(app.home)
        if policy_path is not None:
            trusted_policy = read_policy(app, policy_path, None)
            verify_policy_self(trusted_policy)
        else:
            trusted_policy = state.pinned_policy()
        trusted = read_manifest(app, source, qr_in, kind)
        state.verify_manifest(trusted, trusted_policy.policy, now=int(time.time()))
        m = trusted.manifest
        app.emit(
            {
                "hash": trusted.document.hash,
                "version": m.version,
                "entries": len(m.entries),
                "policy": trusted_policy.document.hash,
            },
            f"{noun} v{m.version} {trusted.document.hash}: {len(m.entries)} entries, "
            "signed by the policy's admin quorum",
        )

    @group.command("show")
    @click.argument("source", type=InFile, required=False)
    @qr_input_options("source")
    @click.pass_obj
    def show_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
        """Show SOURCE (or one scanned with --qr), or else the manifest imported in --home."""
        from coldsign.cli.render import manifest_text
        from coldsign.errors import TransportError
        from coldsign.state import SignerState

        if source is None and qr_in is None:
            trusted = SignerState(app.home).manifest(kind)
            if trusted is None:
                raise TransportError(f"no {noun} imported in {app.home}")
        else:
            trusted = read_manifest(app, source, qr_in, kind)
        doc = trusted.document
        app.emit(
            {
                "hash": doc.hash,
                "body": doc.body,
                "signatures": [s.to_json() for s in doc.signatures],
            },
            lambda: manifest_text(trusted),
        )

    @group.command("import")
    @click.argument("source", type=InFile, required=False)
    @qr_input_options("source")
    @click.pass_obj
    def import_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
        """Accept SOURCE into --home: admin quorum of the pinned policy, unexpired, not older."""
        from coldsign.state import SignerState

        trusted = read_manifest(app, source, qr_in, kind)
        outcome = SignerState(app.home).import_manifest(trusted, now=int(time.time()))
        m = trusted.manifest
        app.emit(
            {"result": outcome, "hash": trusted.document.hash, "version": m.version},
            f"{outcome}: {noun} v{m.version} {trusted.document.hash} ({len(m.entries)} entries)",
        )

    return group


whitelist = _group(DocumentKind.WHITELIST)
denylist = _group(DocumentKind.DENYLIST)
