"""A customer's `coldsign reserves liabilities verify`, without click (issue 15.5).

Customers run the verify once per snapshot, often from a script over many proofs, and its cost
is start-up: click and the command tree take longer to import than the check takes to run. So
the console script (`cli.entry`) hands a well-formed verify command line straight to `run_fast`,
which imports only the standard library, the pure core (`reserves.liabilities`) and the file
reader. Anything else -- `--help`, an unknown or repeated option, a missing file, a usage error
-- is left to the click command (`cli.liabilities.verify_cmd`), which owns the command's
definition and its messages; both paths share `verify_inclusion`, the renderers below and
`report.report_error`, so their output is the same (tests/cli/test_inclusion_fast_path.py).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass

from coldsign.cli.report import report_error
from coldsign.errors import ColdsignError, ExitCode, Reason, UsageError
from coldsign.transport import files

TYPE_CHECKING = False  # typing.TYPE_CHECKING would import typing: see reserves/liabilities.py
if TYPE_CHECKING:
    from pathlib import Path  # not at run time: pathlib is a few ms of the customer's start-up

    from coldsign.reserves.liabilities import Asset, LiabilitiesRoot, VerifiedInclusion

FORMATS = ("coldsign", "okx-v1", "okx-v2")
COMMAND = ("reserves", "liabilities", "verify")
# Global flags of the root group that change nothing in a verify, or only where its output goes.
_GLOBAL_FLAGS = frozenset({"--json", "--debug", "--yes"})


def verify_inclusion(
    proof_file: str | Path, root_arg: str, fmt: str, tree_file: str | Path | None
) -> VerifiedInclusion:
    """Read a customer's proof (and the root, and for okx-v2 the tree) and verify it.

    `root_arg` is the root's hash (64 hex digits) or its root.json. Raises DecodeError (exit 3)
    for a file that is not a proof, AuthenticationError (exit 5) for a proof that does not lead
    to the root, TransportError (exit 7) for a file that cannot be read, UsageError for `--tree`
    without okx-v2 (or the reverse) and an okx format given a root file.
    """
    from coldsign.reserves import liabilities as core

    if (tree_file is not None) != (fmt == "okx-v2"):
        raise UsageError("--tree is needed with --format okx-v2 and only there")
    proof_data = files.read_capped(proof_file, cap=core.MAX_PROOF_BYTES)
    proof_name = os.path.basename(proof_file)
    if fmt == "coldsign":
        root: LiabilitiesRoot | bytes
        if core.looks_like_root_hash(root_arg):
            root = core.decode_root_hash(root_arg)
        else:
            root = core.decode_root(
                files.read_capped(root_arg, cap=core.MAX_PROOF_BYTES), os.path.basename(root_arg)
            )
        return core.verify_proof(core.decode_proof(proof_data, proof_name), root)
    from coldsign.reserves import okx

    if not core.looks_like_root_hash(root_arg):
        raise UsageError(f"--format {fmt} takes the root as its hash (64 hex digits)")
    root_hash = core.decode_root_hash(root_arg)
    if fmt == "okx-v1":
        return okx.verify_proof_v1(okx.decode_proof_v1(proof_data, proof_name), root_hash)
    assert tree_file is not None
    info = okx.decode_user_info(proof_data, proof_name)
    tree_data = files.read_capped(tree_file, cap=okx.MAX_TREE_BYTES)
    tree = okx.decode_tree(tree_data, os.path.basename(tree_file))
    return okx.verify_user_info_v2(info, tree, root_hash)


def amounts_json(
    assets: Sequence[Asset], amounts: Sequence[int]
) -> dict[str, dict[str, str | int]]:
    """Per-asset amounts as `--json` prints them: base units as a string, and formatted."""
    return {
        a.name: {"base_units": str(v), "amount": a.format(v), "decimals": a.decimals}
        for a, v in zip(assets, amounts, strict=True)
    }


def verified_json(result: VerifiedInclusion) -> dict[str, object]:
    """The `--json` result of a verified inclusion (docs/formats.md)."""
    return {
        "verified": True,
        "scheme": result.scheme,
        "customer": result.customer,
        "snapshot": result.snapshot,
        "balances": amounts_json(result.assets, result.balances),
        "root_hash": result.root_hash.hex(),
        "totals": amounts_json(result.assets, result.totals),
        "levels": result.depth,
        "tree_size": result.tree_size,
        "leaf_index": result.leaf_index,
    }


def verified_text(result: VerifiedInclusion) -> str:
    """What the customer reads: their balances as included, the root, and what was checked."""
    width = max(len(a.name) for a in result.assets)
    where = f" in snapshot {result.snapshot}" if result.snapshot else ""
    lines = [f"Verified: customer {result.customer} is included{where} with these balances:"]
    for asset, amount in zip(result.assets, result.balances, strict=True):
        lines.append(f"  {asset.name:<{width}}  {asset.format(amount)}  ({amount} base units)")
    lines.append(f"root hash  {result.root_hash.hex()}")
    size = f" of a tree of {result.tree_size} leaves" if result.tree_size else ""
    lines.append(
        f"checked    {result.depth} levels{size}: no negative amount, every node the sum of its "
        "children, the path ends at this root"
    )
    totals = ", ".join(
        f"{a.name} {a.format(t)}" for a, t in zip(result.assets, result.totals, strict=True)
    )
    lines.append(f"totals     {totals} (all customers under this root)")
    return "\n".join(lines)


@dataclass(frozen=True)
class FastVerify:
    """A verify command line `run_fast` can take without click: every file named exists."""

    proof_file: str
    root_arg: str
    fmt: str
    tree_file: str | None
    as_json: bool


def recognize(args: Sequence[str]) -> FastVerify | None:
    """`args` as a FastVerify when they are exactly `[--json|--debug|--yes|--home DIR]...
    reserves liabilities verify PROOF --root ROOT [--format F] [--tree FILE]` (options in any
    order, `--opt=value` too, each at most once) and every file they name is a regular file;
    None for anything else, which the click command then handles (or refuses) itself."""
    rest = list(args)
    as_json = False
    seen_global: set[str] = set()
    while rest and rest[0] != COMMAND[0]:
        flag = rest.pop(0)
        name, eq, value = flag.partition("=")
        if name in seen_global:
            return None
        seen_global.add(name)
        if flag in _GLOBAL_FLAGS:
            as_json = as_json or flag == "--json"
        elif name == "--home":  # the signer's home: a verify never reads it
            if not eq:
                value = rest.pop(0) if rest else ""
            if not value:
                return None
        else:
            return None
    if tuple(rest[:3]) != COMMAND:
        return None
    options: dict[str, str] = {}
    positional: list[str] = []
    tail = rest[3:]
    while tail:
        token = tail.pop(0)
        if token.startswith("-"):
            name, eq, value = token.partition("=")
            if name not in ("--root", "--format", "--tree") or name in options:
                return None
            if not eq:
                if not tail:
                    return None
                value = tail.pop(0)
            options[name] = value
        else:
            positional.append(token)
    fmt = options.get("--format", FORMATS[0])
    root = options.get("--root")
    tree = options.get("--tree")
    if len(positional) != 1 or root is None or fmt not in FORMATS:
        return None
    named = [positional[0], *([tree] if tree is not None else [])]
    if not all(os.path.isfile(path) for path in named):
        return None
    return FastVerify(positional[0], root, fmt, tree, as_json)


def run_fast(args: Sequence[str]) -> int | None:
    """Run a recognized verify and return its exit code, or None to leave `args` to click.

    Only a verified inclusion and a deliberate refusal (exit 3, 5 or 7) are reported here;
    a usage error or an unexpected exception goes back to the click command, whose single
    error boundary (cli.main) words and codes it. Nothing is printed before that hand-over.
    """
    request = recognize(args)
    if request is None:
        return None
    try:
        result = verify_inclusion(
            request.proof_file, request.root_arg, request.fmt, request.tree_file
        )
        # print() encodes the whole text before writing any of it: a label that stdout cannot
        # encode (PYTHONIOENCODING=ascii) fails with nothing written, and click, which
        # replaces what it cannot encode, then prints the result instead.
        shown = (
            json.dumps(verified_json(result), indent=2)
            if request.as_json
            else verified_text(result)
        )
        print(shown)
    except UsageError:
        return None
    except ColdsignError as exc:
        report_error(int(exc.exit_code), exc.kind, str(exc), exc.details(), request.as_json)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        interrupted = [Reason("cancelled.interrupted", "interrupted")]
        report_error(
            int(ExitCode.CANCELLED), "cancelled", "interrupted", interrupted, request.as_json
        )
        return int(ExitCode.CANCELLED)
    except Exception:  # noqa: BLE001 - a bug or an unwritable stdout: click's boundary reports it
        return None
    return int(ExitCode.OK)
