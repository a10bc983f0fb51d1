"""Help pages grouped by purpose, each with an example (issue 13.19).

`CsGroup` makes every sub-command a `CsCommand`, whose `--help` lists the command's own options
first, then the documents it judges by, the seed (read last), where the result goes, and the
QR transport; and ends with examples from `coldsign.cli.examples` (imported only when a help
page is drawn, so start-up stays fast). Options are sorted into sections by name, in one table
here, so command modules keep their plain click decorators.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

SEED = (
    "mnemonic_fd", "share_fd", "from_shares", "keystore", "keystore_passphrase_fd",
    "passphrase_fd", "ask_passphrase", "no_passphrase", "expect_fingerprint",
)  # fmt: skip
DOCUMENTS = ("policy_path", "whitelist_path", "denylist_path")
OUTPUT = ("out", "force")
QR = (
    "qr", "qr_from", "qr_device", "psbt_qr_from", "qr_format", "qr_density", "qr_dir", "qr_gif",
    "qr_frames", "qr_fps", "qr_invert",
)  # fmt: skip
WITHDRAWAL = (
    "withdrawal_id", "initiator", "initiator_key", "initiator_passphrase_fd", "expires",
    "network", "memo", "after", "replaces",
)  # fmt: skip


def section_of(command: click.Command, param: click.Parameter) -> str:
    """The help section of `param` in `command`."""
    names = {p.name for p in command.params}
    name = param.name or ""
    help_text = getattr(param, "help", None) or ""
    if isinstance(param, click.Option) and "--help" in param.opts:
        return "Help"
    # --passphrase-fd is the seed's passphrase only where a seed is read; elsewhere it unlocks
    # a role key and belongs with the command's own options.
    if name in SEED and ("mnemonic_fd" in names or "share_fd" in names):
        return "Seed (read last, after every check and the confirmation)"
    if name in DOCUMENTS:
        return "Documents to judge by"
    if name in QR:
        return "QR codes (camera and screen)"
    if name in OUTPUT:
        return "Output"
    if "withdrawal_id" in names and name in WITHDRAWAL:
        return "Withdrawal"
    for prefix, other in (("Bitcoin", "EVM"), ("EVM", "Bitcoin")):
        if help_text.startswith((f"{prefix}:", f"{prefix} ")) and f"{other}:" not in help_text:
            return prefix
    return "Options"


ORDER = (
    "Options", "Bitcoin", "EVM", "Withdrawal", "Documents to judge by",
    "Seed (read last, after every check and the confirmation)", "Output",
    "QR codes (camera and screen)", "Help",
)  # fmt: skip


class CsCommand(click.Command):
    """A command whose help groups options by purpose and ends with examples."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            if not isinstance(param, click.Option):
                continue  # arguments are named in the usage line and the description
            record = param.get_help_record(ctx)
            if record is not None:
                sections.setdefault(section_of(self, param), []).append(record)
        for title in sorted(sections, key=lambda t: ORDER.index(t) if t in ORDER else 0):
            with formatter.section(title):
                formatter.write_dl(sections[title])

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        lines = examples_for(ctx)
        if lines and "Example" not in (self.help or ""):
            write_examples(formatter, lines)


def examples_for(ctx: click.Context) -> Sequence[str]:
    from coldsign.cli.examples import EXAMPLES

    path = ctx.command_path.split(" ", 1)
    return EXAMPLES.get(path[1] if len(path) > 1 else "", ())


def write_examples(formatter: click.HelpFormatter, lines: Sequence[str]) -> None:
    """Examples exactly as written (click would re-wrap a paragraph and break a command line)."""
    formatter.write_paragraph()
    formatter.write_text("Examples:")
    formatter.indent()
    try:
        for line in lines:
            formatter.write(f"{'':>{formatter.current_indent}}{line}\n")
    finally:
        formatter.dedent()


class CsGroup(click.Group):
    """A command group whose commands (and sub-groups) are `CsCommand`s."""

    command_class = CsCommand

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        lines = examples_for(ctx)
        if lines:
            write_examples(formatter, lines)


CsGroup.group_class = CsGroup
