"""`coldsign policy sign|verify|show|pin`: the signed signing policy and its pinning."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from coldsign.cli import prompts
from coldsign.cli.app import App
from coldsign.errors import AuthenticationError
from coldsign.policy.documents import DocumentKind, DocumentSignature, SignedDocument, looks_signed

InFile = click.Path(exists=True, dir_okay=False, path_type=Path)
OutFile = click.Path(dir_okay=False, path_type=Path)


def load_policy_file(path: Path) -> Any:
    """A policy from TOML (unsigned) or a signed JSON file → TrustedPolicy (not yet verified)."""
    from coldsign.policy.config import parse_policy
    from coldsign.policy.fields import parse_toml
    from coldsign.state import TrustedPolicy, load_policy_document
    from coldsign.transport.files import read_capped

    data = read_capped(path, 4 * 1024 * 1024)
    if looks_signed(data):
        return load_policy_document(data)
    policy = parse_policy(parse_toml(data, "policy"))
    return TrustedPolicy(SignedDocument(DocumentKind.POLICY, policy.to_body(), ()), policy)


def sign_document(
    app: App, doc: SignedDocument, key_path: Path, passphrase_fd: int | None
) -> SignedDocument:
    """Add one admin signature (the key must be an admin key)."""
    from coldsign.cli.key import unlock_role_key
    from coldsign.keys.rolekey import Role, schnorr_sign

    key = unlock_role_key(app, key_path, passphrase_fd, role=Role.ADMIN)
    try:
        signature = schnorr_sign(key, doc.message())
        return doc.with_signature(DocumentSignature(key.name, key.public_key, signature))
    finally:
        key.wipe()


def write_output(app: App, out: Path, data: bytes, force: bool) -> dict[str, Any]:
    from coldsign.transport.files import write_new

    digest = write_new(out, data, force=force, mode=0o644)
    app.info(f"wrote {out} ({digest.size} bytes, sha256 {digest.sha256})")
    return {"file": str(out), "sha256": digest.sha256, "size": digest.size}


@click.group()
def policy() -> None:
    """Sign, verify, show and pin the signing policy (DESIGN.md §2)."""


@policy.command("sign")
@click.argument("source", type=InFile)
@click.option("--key", "key_path", type=InFile, required=True, help="Admin role key file.")
@click.option("-o", "--out", type=OutFile, required=True)
@click.option(
    "--passphrase-fd", type=int, default=None, help="Read the key's passphrase from this fd."
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.pass_obj
def sign_cmd(
    app: App, source: Path, key_path: Path, out: Path, passphrase_fd: int | None, force: bool
) -> None:
    """Add an admin signature to SOURCE (policy TOML, or an already signed policy)."""
    trusted = load_policy_file(source)
    signed = sign_document(app, trusted.document, key_path, passphrase_fd)
    result = write_output(app, out, signed.serialize(), force)
    result.update(hash=signed.hash, signatures=len(signed.signatures))
    app.emit(result, f"{signed.hash}  ({len(signed.signatures)} signature(s)) → {out}")


@policy.command("verify")
@click.argument("source", type=InFile)
@click.pass_obj
def verify_cmd(app: App, source: Path) -> None:
    """Check that SOURCE is signed by its own admin quorum (exit 5 if not)."""
    from coldsign.state import verify_policy_self

    trusted = load_policy_file(source)
    signers = verify_policy_self(trusted)
    p = trusted.policy
    app.emit(
        {
            "hash": trusted.document.hash,
            "version": p.version,
            "signers": signers,
            "threshold": p.admin_threshold,
        },
        f"policy v{p.version} {trusted.document.hash}: signed by {', '.join(signers)} "
        f"({len(signers)} of {p.admin_threshold} required)",
    )


@policy.command("show")
@click.argument("source", type=InFile)
@click.pass_obj
def show_cmd(app: App, source: Path) -> None:
    """Show a policy (TOML or signed) in readable form."""
    from coldsign.cli.render import policy_text

    trusted = load_policy_file(source)
    doc = trusted.document
    app.emit(
        {"hash": doc.hash, "body": doc.body, "signatures": [s.to_json() for s in doc.signatures]},
        lambda: policy_text(trusted),
    )


@policy.command("pin")
@click.argument("source", type=InFile)
@click.pass_obj
def pin_cmd(app: App, source: Path) -> None:
    """Make SOURCE the signer's trust anchor (first time), or rotate to a newer signed version."""
    from coldsign.policy.approval import digest_words
    from coldsign.state import SignerState

    trusted = load_policy_file(source)
    if not trusted.document.signatures:
        raise AuthenticationError(["an unsigned policy cannot be pinned; sign it first"])
    state = SignerState(app.home)
    if not state.has_policy():
        words = " ".join(digest_words(bytes.fromhex(trusted.document.hash)))
        app.info(
            f"First pin of a policy in {state.home}.\n  hash:  {trusted.document.hash}\n  words: {words}"
        )
        prompts.confirm(app, "Compare the hash with the admins' record. Pin this policy?")
    outcome = state.pin_policy(trusted, now=int(time.time()))
    app.emit(
        {"result": outcome, "hash": trusted.document.hash, "version": trusted.policy.version},
        f"{outcome}: policy v{trusted.policy.version} {trusted.document.hash}",
    )
