"""Root command group: global options, process hardening, lazy sub-groups, and the one error boundary.

Every deliberate error is a `ColdsignError` whose class fixes the exit code (coldsign.errors);
anything else is a bug: exit 1, traceback only with --debug. Heavy libraries are imported by the
sub-command modules, which are themselves imported only when their noun is used.
"""

from __future__ import annotations

import importlib
import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from coldsign import __version__
from coldsign.cli.app import App, default_home
from coldsign.errors import ColdsignError, ExitCode

# noun -> (module:attribute, one-line help). The help is here so that `coldsign --help` does not
# import every command module.
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
    "reserves": (
        "coldsign.cli.reserves:reserves",
        "Proof of reserves: build and verify liabilities.",
    ),
}


class LazyGroup(click.Group):
    """A group whose sub-commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(SUBCOMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in SUBCOMMANDS:
            target, _ = SUBCOMMANDS[cmd_name]
            module_name, attribute = target.split(":")
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    return None  # not built yet
                raise
            command = getattr(module, attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SUBCOMMANDS[name][1]) for name in sorted(SUBCOMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def _report(exit_code: int, kind: str, message: str, reasons: Sequence[str], as_json: bool) -> None:
    if as_json:
        error = {"kind": kind, "exit_code": exit_code, "message": message, "reasons": list(reasons)}
        click.echo(json.dumps({"error": error}, indent=2))
    click.secho(f"error: {message}", fg="red", err=True)
    if len(reasons) > 1:
        for reason in reasons:
            click.echo(f"  - {reason}", err=True)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point: run the CLI and exit with the code DESIGN.md §5 assigns."""
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
        _report(int(exc.exit_code), exc.kind, str(exc), exc.reasons(), as_json)
        return int(exc.exit_code)
    except click.exceptions.Abort:
        _report(int(ExitCode.CANCELLED), "cancelled", "cancelled by the operator", [], as_json)
        return int(ExitCode.CANCELLED)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        if as_json:
            _report(exc.exit_code, "usage", exc.format_message(), [], True)
        else:
            exc.show()
        return int(exc.exit_code)
    except KeyboardInterrupt:
        _report(int(ExitCode.CANCELLED), "cancelled", "interrupted", [], as_json)
        return int(ExitCode.CANCELLED)
    except Exception as exc:  # noqa: BLE001 - the boundary: any bug becomes exit 1
        if debug:
            traceback.print_exc()
        message = f"internal error ({type(exc).__name__}); run with --debug for a traceback"
        _report(int(ExitCode.INTERNAL), "internal", message, [], as_json)
        return int(ExitCode.INTERNAL)
    return int(result) if isinstance(result, int) else 0


if __name__ == "__main__":
    main()
