"""`coldsign whitelist|denylist sign|verify|show|import`: signed destination manifests."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    qr_input_options,
    qr_io_options,
    read_input,
    write_public,
)
from coldsign.cli.helpfmt import CsGroup
from coldsign.cli.policy import (
    document_out,
    pinned_policy,
    read_policy,
    sign_document,
)
from coldsign.errors import UsageError
from coldsign.policy.documents import DocumentKind

if TYPE_CHECKING:
    from coldsign.policy.trust import TrustedManifest

MANIFEST_CAP = 64 * 1024 * 1024


def load_manifest_file(path: Path, kind: DocumentKind) -> TrustedManifest:
    """A manifest from TOML (unsigned) or signed JSON (not yet verified)."""
    from coldsign.transport.files import read_capped

    return parse_manifest_bytes(read_capped(path, MANIFEST_CAP), kind)


def read_manifest(
    app: App, path: Path | None, source: QrSource | None, kind: DocumentKind
) -> TrustedManifest:
    """`load_manifest_file` for a command's input: a file (digest on stderr) or a QR scan."""
    data = read_input(app, path, source, what=kind.value, cap=MANIFEST_CAP, expect="payload")
    return parse_manifest_bytes(data, kind)


def parse_manifest_bytes(data: bytes, kind: DocumentKind) -> TrustedManifest:
    """Manifest TOML (unsigned) or signed JSON bytes (not yet verified)."""
    from coldsign import chains
    from coldsign.policy.trust import manifest_from_bytes

    return manifest_from_bytes(data, kind, chains.SPECS)


def _group(kind: DocumentKind) -> click.Group:
    noun = kind.value

    @click.group(name=noun, cls=CsGroup, help=f"Sign, verify, show and import the {noun} manifest.")
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
    @click.option(
        "--passphrase-fd", type=int, default=None, help="Read the key's passphrase from this fd."
    )
    @click.option(
        "--policy",
        "policy_path",
        type=InFile,
        default=None,
        help="Signed policy whose assets capped entries must name (default: the pinned "
        "one, if --home has one).",
    )
    @click.option("--force", is_flag=True, help="Replace OUT if it exists.")
    @qr_io_options("source")
    @click.pass_obj
    def sign_cmd(
        app: App,
        source: Path | None,
        key_path: Path,
        out: Path | None,
        passphrase_fd: int | None,
        policy_path: Path | None,
        force: bool,
        qr_in: QrSource | None,
        qr_out: QrOptions | None,
    ) -> None:
        """Add an admin signature to SOURCE (TOML, or an already signed manifest).

        With --qr, SOURCE may be scanned instead, and the signed manifest is shown as QR codes.
        """
        from coldsign.cli import prompts
        from coldsign.cli.render import manifest_text

        trusted = read_manifest(app, source, qr_in, kind)
        _check_caps_against(app, trusted, policy_path)
        target = document_out(out, source, f"{noun}-v{trusted.manifest.version}")
        if target is None and qr_out is None:
            raise UsageError(f"give -o FILE|DIR, or --qr to show the signed {noun}")
        # As for a policy (issue 13.3): an admin reads what the signature covers, then signs.
        app.info(manifest_text(trusted, full=True))
        prompts.confirm(
            app,
            f"Sign {noun} v{trusted.manifest.version} {trusted.document.hash[:16]}… as shown above?",
        )
        signed = sign_document(app, trusted.document, key_path, passphrase_fd)
        result = write_public(app, target, signed.serialize(), force, qr_out)
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
        from coldsign.policy.trust import verify_manifest, verify_policy_self

        if policy_path is not None:
            trusted_policy = read_policy(app, policy_path, None)
            verify_policy_self(trusted_policy)
        else:
            trusted_policy = pinned_policy(app)
        trusted = read_manifest(app, source, qr_in, kind)
        verify_manifest(trusted, trusted_policy.policy, now=int(time.time()))
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
        from coldsign import chains
        from coldsign.cli.render import manifest_text
        from coldsign.errors import TransportError
        from coldsign.home.signer_home import SignerHome

        if source is None and qr_in is None:
            with SignerHome.open(app.home, chains.SPECS) as home:
                found = home.manifest(kind)
            if found is None:
                raise TransportError(f"no {noun} imported in {app.home}")
            trusted = found
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
        """Accept SOURCE into --home: admin quorum of the pinned policy, unexpired, not older.

        Recorded in the audit log; the accepted document is kept under its hash."""
        from coldsign import chains
        from coldsign.home.signer_home import SignerHome

        trusted = read_manifest(app, source, qr_in, kind)
        with SignerHome.open(app.home, chains.SPECS) as home:
            outcome = home.import_manifest(trusted, now=home.now())
            head = home.head
        m = trusted.manifest
        app.emit(
            {
                "result": outcome,
                "hash": trusted.document.hash,
                "version": m.version,
                "audit_head": head,
            },
            f"{outcome}: {noun} v{m.version} {trusted.document.hash} ({len(m.entries)} entries)",
        )

    return group


def _check_caps_against(app: App, trusted: TrustedManifest, policy_path: Path | None) -> None:
    """Capped entries must name an asset of the policy (issue 12.1): checked against --policy,
    or the pinned policy when --home has one; otherwise the import will check."""
    from coldsign.errors import AuthenticationError
    from coldsign.policy.manifest import cap_problems

    if policy_path is not None:
        policy = read_policy(app, policy_path, None).policy
    elif (app.home.expanduser() / "audit.jsonl").exists():
        policy = pinned_policy(app).policy
    else:
        if any(e.max_per_tx is not None for e in trusted.manifest.entries):
            app.warn("capped entries not checked against a policy (give --policy)")
        return
    problems = cap_problems(trusted.manifest, policy)
    if problems:
        raise AuthenticationError(problems)


whitelist = _group(DocumentKind.WHITELIST)
denylist = _group(DocumentKind.DENYLIST)
