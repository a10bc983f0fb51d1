"""What a payload command does not import (issue 16: start-up is a large part of a run).

`payload approve`, `show` and `sign` draw their review with cli/layout.py alone (no rich), read
files without transport.formats (UR, BBQr, fountain codes: QR transport only), write files
without tempfile, and do not load the `policy` noun's commands, a policy's message rules when it
has none, mnemonic look-alike hints or traceback. Checked on the installed CLI
with Python's own import log (PYTHONPROFILEIMPORTTIME), next to a module each run does need.
"""

from __future__ import annotations

import pytest

from tests.cli.guarded.conftest import HOT_WALLET, Setup
from tests.conftest import Result

LAZY = (
    "rich",
    "coldsign.transport.formats",
    "coldsign.transport.ur",
    "coldsign.transport.bbqr",
    "coldsign.transport.fountain",
    "coldsign.cli.policy",
    "coldsign.keys.lookalike",  # hints for a refused mnemonic only
    "coldsign.policy.message_rules",  # the test policy has no message sections
    "tempfile",
    "traceback",  # --debug only
)


def imported(result: Result) -> set[str]:
    """The modules a run imported, from the `import time: self | cumulative | name` lines."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }


def assert_lazy(result: Result, needed: str) -> None:
    assert result.exit_code == 0, result.stderr[-2000:]
    modules = imported(result)
    assert needed in modules  # the log is there and lists what the run did import
    assert "coldsign.cli.layout" in modules  # the review screen was drawn
    loaded = sorted(m for m in modules for lazy in LAZY if m == lazy or m.startswith(lazy + "."))
    assert not loaded, loaded


def test_payload_commands_do_not_import_rich_qr_transport_or_tempfile(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.01", wid="wd-lazy")
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    approvals = [setup.new_name("wd-lazy.alice"), setup.new_name("wd-lazy.bob")]
    for who, out in zip(("alice", "bob"), approvals, strict=True):
        approved = setup.cs(
            "payload", "approve", payload, "--key", setup.path(f"{who}.key"),
            "--policy", setup.files["policy"], "--whitelist", setup.files["whitelist"],
            "-o", out, secrets={"--passphrase-fd": f"pw-{who}"},
        )  # fmt: skip
        assert_lazy(approved, "coldsign.keys.rolekey")
    combined = setup.new_name("wd-lazy.approved")
    monkeypatch.delenv("PYTHONPROFILEIMPORTTIME")
    assert setup.cs("payload", "combine", *approvals, "-o", combined).exit_code == 0
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    assert_lazy(setup.cs("payload", "show", combined), "coldsign.policy.checks")
    signed, out = setup.sign(combined)
    assert_lazy(signed, "coldsign.keys.signer")
    assert out.exists() and "signed" in signed.stderr
