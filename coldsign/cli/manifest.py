"""`coldsign whitelist|denylist sign|verify|show|import`: signed destination manifests."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from coldsign.cli.app import App
from coldsign.cli.policy import InFile, OutFile, load_policy_file, sign_document, write_output
from coldsign.policy.documents import DocumentKind, SignedDocument, looks_signed


def load_manifest_file(path: Path, kind: DocumentKind) -> Any:
    from coldsign.policy.fields import parse_toml
    from coldsign.policy.manifest import parse_manifest
    from coldsign.state import TrustedManifest, load_manifest_document
    from coldsign.transport.files import read_capped

    data = read_capped(path, 64 * 1024 * 1024)
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
    @click.argument("source", type=InFile)
    @click.option("--key", "key_path", type=InFile, required=True, help="Admin role key file.")
    @click.option("-o", "--out", type=OutFile, required=True)
    @click.option("--passphrase-fd", type=int, default=None)
    @click.option("--force", is_flag=True, help="Replace OUT if it exists.")
    @click.pass_obj
    def sign_cmd(
        app: App, source: Path, key_path: Path, out: Path, passphrase_fd: int | None, force: bool
    ) -> None:
        """Add an admin signature to SOURCE (TOML, or an already signed manifest)."""
        trusted = load_manifest_file(source, kind)
        signed = sign_document(app, trusted.document, key_path, passphrase_fd)
        result = write_output(app, out, signed.serialize(), force)
        result.update(hash=signed.hash, signatures=len(signed.signatures))
        app.emit(result, f"{signed.hash}  ({len(signed.signatures)} signature(s)) → {out}")

    @group.command("verify")
    @click.argument("source", type=InFile)
    @click.option(
        "--policy",
        "policy_path",
        type=InFile,
        default=None,
        help="Signed policy whose admins must have signed (default: the pinned one).",
    )
    @click.pass_obj
    def verify_cmd(app: App, source: Path, policy_path: Path | None) -> None:
        """Check the admin quorum and expiry of SOURCE (exit 5 if either fails)."""
        from coldsign.state import SignerState, verify_policy_self

        state = SignerState(app.home)
        if policy_path is not None:
            trusted_policy = load_policy_file(policy_path)
            verify_policy_self(trusted_policy)
        else:
            trusted_policy = state.pinned_policy()
        trusted = load_manifest_file(source, kind)
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
    @click.pass_obj
    def show_cmd(app: App, source: Path | None) -> None:
        """Show SOURCE, or the manifest imported in --home."""
        from coldsign.cli.render import manifest_text
        from coldsign.errors import TransportError
        from coldsign.state import SignerState

        if source is None:
            trusted = SignerState(app.home).manifest(kind)
            if trusted is None:
                raise TransportError(f"no {noun} imported in {app.home}")
        else:
            trusted = load_manifest_file(source, kind)
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
    @click.argument("source", type=InFile)
    @click.pass_obj
    def import_cmd(app: App, source: Path) -> None:
        """Accept SOURCE into --home: admin quorum of the pinned policy, unexpired, not older."""
        from coldsign.state import SignerState

        trusted = load_manifest_file(source, kind)
        outcome = SignerState(app.home).import_manifest(trusted, now=int(time.time()))
        m = trusted.manifest
        app.emit(
            {"result": outcome, "hash": trusted.document.hash, "version": m.version},
            f"{outcome}: {noun} v{m.version} {trusted.document.hash} ({len(m.entries)} entries)",
        )

    return group


whitelist = _group(DocumentKind.WHITELIST)
denylist = _group(DocumentKind.DENYLIST)
