"""Root command group: global options, process hardening, lazy sub-groups, and the one error boundary.

Every deliberate error is a `ColdsignError` whose class fixes the exit code (coldsign.errors);
anything else is a bug: exit 1, traceback only with --debug. Heavy libraries are imported by the
sub-command modules, which are themselves imported only when their noun is used.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from coldsign import __version__
from coldsign.cli.app import App, LazyGroup, default_home
from coldsign.cli.report import report_error
from coldsign.errors import ColdsignError, ExitCode, Reason

# noun -> (module:attribute, one-line help). The help is here so that `coldsign --help` does not
# import every command module (LazyGroup).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "doctor": (
        "coldsign.cli.doctor:doctor",
        "Check this machine: versions, libzbar, network, home.",
    ),
    "wallet": ("coldsign.cli.wallet:wallet", "Watch-only descriptors, xpubs and addresses."),
    "key": ("coldsign.cli.key:key", "Admin and approver role keys."),
    "policy": ("coldsign.cli.policy:policy", "Sign, verify, show and pin the signing policy."),
    "whitelist": (
        "coldsign.cli.manifest:whitelist",
        "Sign, verify, show and import the whitelist.",
    ),
    "denylist": ("coldsign.cli.manifest:denylist", "Sign, verify, show and import the denylist."),
    "payload": ("coldsign.cli.payload:payload", "Build, approve, sign and finalize withdrawals."),
    "psbt": ("coldsign.cli.psbt:psbt", "Show, combine, finalize and convert PSBTs."),
    "qr": ("coldsign.cli.qr:qr", "Show and scan QR codes (UR, BBQr, base64)."),
    "audit": ("coldsign.cli.audit:audit", "Show and verify the signer's audit log."),
    "seed": ("coldsign.cli.seed:seed", "Generate, split, verify, combine and reshare seeds."),
    "keystore": ("coldsign.cli.keystore:keystore", "A seed encrypted at rest (scrypt + AES-GCM)."),
    "ceremony": ("coldsign.cli.ceremony:ceremony", "List, run and verify scripted ceremonies."),
    "labels": ("coldsign.cli.labels:labels", "BIP-329 wallet labels: export and import."),
    "message": ("coldsign.cli.message:message", "Sign messages and typed data under policy."),
    "reserves": (
        "coldsign.cli.reserves:reserves",
        "Proof of reserves: proofs, CSV, liabilities, report.",
    ),
}


@click.group(
    cls=LazyGroup, lazy=SUBCOMMANDS, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, "--version", prog_name="coldsign")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Signer state directory (env COLDSIGN_HOME; default ~/.coldsign).",
)
@click.option("--json", "json_output", is_flag=True, help="Results as JSON on stdout.")
@click.option("--yes", is_flag=True, help="No prompts: for scripts (secrets still need an fd).")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, json_output: bool, yes: bool, debug: bool) -> None:
    """coldsign: air-gapped signing behind quorum approvals, a signed whitelist and limits.

    Exit codes: 0 done, 1 internal error, 2 usage, 3 undecodable input, 4 refused by policy,
    5 authentication failed, 6 cancelled, 7 I/O or environment, 8 nothing to sign.
    """
    ctx.obj = App(home=home or default_home(), json=json_output, yes=yes, debug=debug)


def _harden() -> None:
    """No core dumps: a crash must not write key material to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not available on this platform; the amnesic OS is the real guarantee


def _without_key_material(
    args: Sequence[str], message: str, reasons: Sequence[Reason]
) -> tuple[str, list[Reason]]:
    """A usage error's message and reasons, never repeating argument text that looks like key
    material (click echoes "unexpected extra arguments (abandon ability ...)"); when arguments
    look like a secret, a warning says what happened and what to do (the shell history)."""
    from coldsign.keys.lookalike import Material, find_key_material

    findings = find_key_material(args)
    if not findings:
        return message, list(reasons)
    texts = [message, *(r.message for r in reasons)]
    echoed = [
        f
        for f in findings
        if any(re.search(rf"(?<![\w]){re.escape(t)}(?![\w])", x) for t in f.tokens for x in texts)
    ]
    # 64 hex digits are also digests and txids: they matter only where they would be echoed.
    worrying = [f for f in findings if f.kind is not Material.HEX64 or f in echoed]
    if echoed:
        where = "; ".join(
            f"{f.where()} {'looks' if len(f.positions) == 1 else 'look'} like {f.kind.value}"
            for f in echoed
        )
        message = f"the command line was refused, and its text is not repeated here: {where}"
        reasons = []
    if worrying:
        kinds = ", ".join(sorted({f.kind.value for f in worrying}))
        click.secho(
            f"warning: the command line holds what looks like {kinds}. coldsign never reads a "
            "secret from arguments: use the hidden prompt (or an --...-fd option). If it is a "
            "real secret, it is now in your shell history: remove it (bash: `history -d N` for "
            "the line shown by `history`, then `history -w`; zsh: edit ~/.zsh_history; fish: "
            "`history delete`) and treat the secret as exposed if anyone else can read this "
            "account's files.",
            fg="yellow",
            err=True,
        )
    return message, list(reasons)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point: run the CLI and exit with the code docs/design.md §5 assigns."""
    _harden()
    args = list(sys.argv[1:] if argv is None else argv)
    code = run(args)
    sys.exit(code)


def run(args: list[str]) -> int:
    """Run the CLI on `args` and return the exit code (the single error boundary)."""
    # Global flags come before the noun; read them here too so errors raised before or during
    # option parsing are still formatted as asked.
    head = args[: next((i for i, a in enumerate(args) if a in SUBCOMMANDS), len(args))]
    as_json = "--json" in head
    debug = "--debug" in head
    try:
        result: Any = cli.main(args=args, prog_name="coldsign", standalone_mode=False)
    except ColdsignError as exc:
        message, reasons = str(exc), exc.details()
        if exc.exit_code == ExitCode.USAGE:
            message, reasons = _without_key_material(args, message, reasons)
        report_error(int(exc.exit_code), exc.kind, message, reasons, as_json)
        return int(exc.exit_code)
    except click.exceptions.Abort:
        declined = [Reason("cancelled.declined", "cancelled by the operator")]
        report_error(int(ExitCode.CANCELLED), "cancelled", declined[0].message, declined, as_json)
        return int(ExitCode.CANCELLED)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        message, _ = _without_key_material(args, exc.format_message(), [])
        if as_json or message != exc.format_message():
            usage = [Reason("usage.arguments", message)]
            report_error(exc.exit_code, "usage", message, usage, as_json)
        else:
            exc.show()
        return int(exc.exit_code)
    except KeyboardInterrupt:
        interrupted = [Reason("cancelled.interrupted", "interrupted")]
        report_error(int(ExitCode.CANCELLED), "cancelled", "interrupted", interrupted, as_json)
        return int(ExitCode.CANCELLED)
    except Exception as exc:  # noqa: BLE001 - the boundary: any bug becomes exit 1
        if debug:
            import traceback  # only here: 0.9 ms of every run's start-up otherwise

            traceback.print_exc()
        message = f"internal error ({type(exc).__name__}); run with --debug for a traceback"
        report_error(
            int(ExitCode.INTERNAL), "internal", message, [Reason("internal.bug", message)], as_json
        )
        return int(ExitCode.INTERNAL)
    return int(result) if isinstance(result, int) else 0


if __name__ == "__main__":
    main()
