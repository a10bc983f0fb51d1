"""`coldsign policy sign|verify|show|pin`: the signed signing policy and its pinning."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from coldsign.cli import prompts
from coldsign.cli.app import App, InFile, OutPath
from coldsign.cli.gap import (
    QrOptions,
    QrSource,
    output_path,
    qr_input_options,
    qr_io_options,
    read_input,
    write_public,
)
from coldsign.cli.helpfmt import CsGroup
from coldsign.errors import AuthenticationError, UsageError
from coldsign.policy.documents import DocumentSignature, SignedDocument

if TYPE_CHECKING:
    from coldsign.policy.trust import TrustedPolicy

POLICY_CAP = 4 * 1024 * 1024


def load_policy_file(path: Path) -> TrustedPolicy:
    """A policy from TOML (unsigned) or a signed JSON file (not yet verified)."""
    from coldsign.transport.files import read_capped

    return parse_policy_bytes(read_capped(path, POLICY_CAP))


def read_policy(app: App, path: Path | None, source: QrSource | None) -> TrustedPolicy:
    """`load_policy_file` for a command's input: a file (digest on stderr) or a QR scan."""
    data = read_input(app, path, source, what="policy", cap=POLICY_CAP, expect="payload")
    return parse_policy_bytes(data)


def parse_policy_bytes(data: bytes) -> TrustedPolicy:
    """Policy TOML (unsigned) or signed JSON bytes (not yet verified)."""
    from coldsign import chains
    from coldsign.policy.trust import policy_from_bytes

    return policy_from_bytes(data, chains.SPECS)


def pinned_policy(app: App) -> TrustedPolicy:
    """The policy pinned in the signer home (--home), verified as the home verifies it."""
    from coldsign import chains
    from coldsign.home.signer_home import SignerHome

    with SignerHome.open(app.home, chains.SPECS) as home:
        return home.pinned_policy()


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


def document_out(out: Path | None, source: Path | None, fallback: str) -> Path | None:
    """`-o FILE` as given; `-o DIR` → DIR/NAME-signed.json (NAME from the input file)."""
    return output_path(out, source=source, fallback=fallback, stage="signed", ext="json")


@click.group(cls=CsGroup)
def policy() -> None:
    """Sign, verify, show and pin the signing policy (docs/design.md §2)."""


@policy.command("sign")
@click.argument("source", type=InFile, required=False)
@click.option("--key", "key_path", type=InFile, required=True, help="Admin role key file.")
@click.option(
    "-o", "--out", type=OutPath, help="File or directory (NAME-signed.json); optional with --qr."
)
@click.option(
    "--passphrase-fd", type=int, default=None, help="Read the key's passphrase from this fd."
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
    force: bool,
    qr_in: QrSource | None,
    qr_out: QrOptions | None,
) -> None:
    """Add an admin signature to SOURCE (policy TOML, or an already signed policy).

    With --qr, SOURCE may be scanned instead, and the signed policy is shown as QR codes.
    """
    from coldsign.cli.render import policy_text

    trusted = read_policy(app, source, qr_in)
    target = document_out(out, source, f"policy-v{trusted.policy.version}")
    if target is None and qr_out is None:
        raise UsageError("give -o FILE|DIR, or --qr to show the signed policy")
    # What the signature covers, before the key is unlocked (issue 13.3): an admin signs only
    # what they have read.
    app.info(policy_text(trusted))
    prompts.confirm(
        app, f"Sign policy v{trusted.policy.version} {trusted.document.hash[:16]}… as shown above?"
    )
    signed = sign_document(app, trusted.document, key_path, passphrase_fd)
    result = write_public(app, target, signed.serialize(), force, qr_out)
    result.update(hash=signed.hash, signatures=len(signed.signatures))
    where = f" → {target}" if target else ""
    app.emit(result, f"{signed.hash}  ({len(signed.signatures)} signature(s)){where}")


@policy.command("verify")
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@click.pass_obj
def verify_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
    """Check that SOURCE is signed by its own admin quorum (exit 5 if not)."""
    from coldsign.policy.trust import verify_policy_self

    trusted = read_policy(app, source, qr_in)
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
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@click.pass_obj
def show_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
    """Show a policy (TOML or signed) in readable form."""
    from coldsign.cli.render import policy_text

    trusted = read_policy(app, source, qr_in)
    doc = trusted.document
    app.emit(
        {"hash": doc.hash, "body": doc.body, "signatures": [s.to_json() for s in doc.signatures]},
        lambda: policy_text(trusted),
    )


@policy.command("pin")
@click.argument("source", type=InFile, required=False)
@qr_input_options("source")
@click.pass_obj
def pin_cmd(app: App, source: Path | None, qr_in: QrSource | None) -> None:
    """Make SOURCE the signer's trust anchor (first time), or rotate to a newer signed version.

    Both are recorded in the audit log; the pinned document is kept under its hash."""
    from coldsign import chains
    from coldsign.home.signer_home import SignerHome
    from coldsign.policy.approval import digest_words

    trusted = read_policy(app, source, qr_in)
    if not trusted.document.signatures:
        raise AuthenticationError(["an unsigned policy cannot be pinned; sign it first"])

    def confirm_first() -> None:
        words = " ".join(digest_words(bytes.fromhex(trusted.document.hash)))
        app.info(
            f"First pin of a policy in {app.home}.\n  hash:  {trusted.document.hash}\n"
            f"  words: {words}"
        )
        prompts.confirm(app, "Compare the hash with the admins' record. Pin this policy?")

    with SignerHome.open(app.home, chains.SPECS, create=True) as home:
        if home.has_policy():
            confirm_rotation(app, home.pinned_policy(), trusted, now=home.now())
        outcome = home.pin_policy(trusted, now=home.now(), confirm_first=confirm_first)
        head = home.head
    app.emit(
        {"result": outcome, "hash": trusted.document.hash, "version": trusted.policy.version,
         "audit_head": head},
        f"{outcome}: policy v{trusted.policy.version} {trusted.document.hash}",
    )  # fmt: skip


def confirm_rotation(app: App, pinned: TrustedPolicy, new: TrustedPolicy, *, now: int) -> None:
    """Before a rotation: show every field that changes from the pinned policy and ask (issue
    13.3). A rotation the home would refuse anyway (a rollback, a missing quorum, an expired
    policy) is not asked about: the home refuses it and records why."""
    from coldsign.cli.policyview import diff, diff_lines
    from coldsign.errors import ColdsignError
    from coldsign.policy.approval import digest_words
    from coldsign.policy.trust import not_expired, rotation_problems, verify_policy_self

    if new.document.hash == pinned.document.hash:
        return
    try:
        verify_policy_self(new)
    except ColdsignError:
        return
    expires = new.policy.expires.timestamp() if new.policy.expires else None
    if rotation_problems(pinned, new) or not_expired(expires, now, "policy"):
        return
    words = " ".join(digest_words(bytes.fromhex(new.document.hash)))
    changes = diff(pinned.policy.to_body(), new.policy.to_body())
    app.info(
        "\n".join(
            [
                f"Rotation in {app.home}: the pinned policy v{pinned.policy.version} "
                f"({pinned.document.hash[:16]}…) would be replaced by v{new.policy.version}.",
                f"  hash:  {new.document.hash}",
                f"  words: {words}",
                f"Every field that changes ({len(changes)}):",
                *diff_lines(changes),
            ]
        )
    )
    prompts.confirm(app, f"Rotate to policy v{new.policy.version} with these changes?")
