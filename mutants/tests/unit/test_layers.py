"""The layer contract (issue 11.6): packages import only downwards, statically or lazily.

    errors, units                     the floor
    codec                             pure decoders of untrusted bytes
    keys, transport                   secret material; the edges of the air gap
    policy                            pure decisions; no chain package (chains register through
                                      policy.chainspec)
    chains, messages, formats,        what each chain does with a payload; message and wallet
    reserves                          formats
    home                              the signer home's one owner
    service                           the payload lifecycle
    ceremony                          scripted ceremonies
    cli                               the thin shell

Every `import` statement is checked, including those inside functions (lazy imports) and under
`TYPE_CHECKING`: a dependency is a dependency however it is loaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "coldsign"

LEVELS: dict[str, int] = {
    "errors": 0,
    "units": 0,
    "codec": 1,
    "keys": 2,
    "transport": 2,
    "policy": 3,
    "chains": 4,
    "messages": 4,
    "formats": 4,
    "reserves": 4,
    "home": 5,
    "service": 6,
    "ceremony": 7,
    "cli": 8,
    "ceremonies": 8,
    "__main__": 9,
    "__init__": 0,
}
# Packages at one level that may not import each other (siblings stay independent).
SIBLINGS_APART = {("keys", "transport"), ("transport", "keys")}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    found = []
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: -node.level]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            if name == "coldsign":  # `from coldsign import chains` (not `__version__`)
                found += [
                    (node.lineno, f"coldsign.{alias.name}")
                    for alias in node.names
                    if (PACKAGE / alias.name).is_dir() or (PACKAGE / f"{alias.name}.py").exists()
                ]
    return [(line, name) for line, name in found if name.startswith("coldsign.")]


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_level() -> None:
    names = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in _modules()}
    assert names <= set(LEVELS), f"give these a layer in LEVELS: {sorted(names - set(LEVELS))}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    here = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    bad = []
    for line, name in _imports(path):
        there = _layer(name)
        if there == here:
            continue
        if LEVELS[there] > LEVELS[here] or (here, there) in SIBLINGS_APART:
            bad.append(f"line {line}: {here} (level {LEVELS[here]}) imports {name}")
    assert not bad, "\n".join(bad)


def test_policy_imports_no_chain_package() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} {name}"
        for p in (PACKAGE / "policy").rglob("*.py")
        for line, name in _imports(p)
        if _layer(name) in ("chains", "messages", "formats")
    ]
    assert not offenders, offenders


def test_the_cli_holds_no_audit_ledger_or_trust_logic() -> None:
    """`cli/` calls the service and the home; it never appends to the log or reads the ledger."""
    forbidden = ("append_after", "AuditLog", ".ledger", "record_signature", "evaluate(")
    offenders = [
        f"{p.name}: {needle}"
        for p in (PACKAGE / "cli").glob("*.py")
        for needle in forbidden
        if needle in p.read_text()
    ]
    assert not offenders, offenders
