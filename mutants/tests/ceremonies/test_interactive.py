"""The shipped key-generation ceremony run by people at a terminal (a pseudo-terminal driven by
pexpect): it survives typos (custodian names, the network), a Ctrl-C at the QR step and at a
question, stops only when the lead says so, and `ceremony run --resume` finishes it."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pexpect
import pytest

from tests.ceremonies.conftest import LEAD_PASSPHRASE, lead_pub, verify
from tests.cli.guarded.conftest import Setup

TIMEOUT = 180  # the machine is shared: a slow child is not a failure
YES = re.compile(r"\[y/N\]: ")


def spawn(custody: Setup, tmp_path: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "coldsign", "--home", str(custody.home), "ceremony", "run", *args,
         "--lead-key", str(custody.root / "lead.key")],
        cwd=str(tmp_path), encoding="utf-8", timeout=TIMEOUT, dimensions=(60, 200),
    )  # fmt: skip
    child.logfile_read = open(tmp_path / "screen.log", "a")  # noqa: SIM115 - closed with the child
    return child


def yes(child: pexpect.spawn, times: int = 1) -> None:
    for _ in range(times):
        child.expect(YES)
        child.sendline("y")


def read_back_shares(child: pexpect.spawn, count: int) -> list[str]:
    """Each share is shown on its own screen; read its words and answer the two-word read-back."""
    shares = []
    for number in range(1, count + 1):
        child.expect(f"shares {number} of {count}: press Enter")
        child.sendline("")
        child.expect("Press Enter when it is written down.")
        screen = child.before
        words = dict(
            (int(n), w) for n, w in re.findall(r"(\d+)\. ([a-z]+)", screen.split(f"{count}:")[-1])
        )
        child.sendline("")
        for _ in range(2):
            child.expect(r"Word #(\d+): ")
            child.sendline(words[int(child.match.group(1))])
        shares.append(" ".join(words[i] for i in sorted(words)))
    return shares


@pytest.mark.slow
def test_key_generation_survives_typos_and_ctrl_c_and_resumes(
    custody: Setup, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    first = tmp_path / "first.jsonl"
    child = spawn(custody, tmp_path, "key-generation", "--workdir", str(work),
                  "--transcript", str(first))  # fmt: skip
    child.expect("[Pp]assphrase for lena")
    child.sendline(LEAD_PASSPHRASE)
    child.expect("Name of the lead")
    child.sendline("Lena")
    child.expect("Name of the operator")
    child.sendline("Otto")
    child.expect("Name of the custodians")
    child.sendline("Carla; Cleo; Chen")  # a typo: asked again, nothing ends
    child.expect("please enter it again")
    child.expect("Name of the custodians")
    child.sendline("Carla, Cleo, Chen")
    child.expect("Name of the witness")
    child.sendline("Otto")  # the operator cannot confirm their own compare steps
    child.expect("different person")
    child.expect("Name of the witness")
    child.sendline("Wanda")
    yes(child, 3)  # the preflight checklist
    yes(child)  # run seed split
    read_back_shares(child, 3)
    yes(child, 2)  # combine, compare the fingerprints
    child.expect(r"\[network\]: ")
    child.sendline("testnett")
    child.expect("must be one of mainnet, testnet, signet, regtest; please enter it again")
    child.expect(r"\[network\]: ")
    child.sendline("Testnet")  # choices match without regard to case
    yes(child, 5)  # descriptor, its fingerprint, EVM address, the two USB transfers
    # The QR step: a single code is drawn once; a Ctrl-C afterwards only asks whether to stop.
    child.expect("by qr\\?")
    child.sendintr()
    child.expect("Stop the ceremony here\\?")
    child.sendline("n")
    yes(child)  # the QR transfer, asked again
    child.expect("does the value you compared match")
    child.sendintr()
    child.expect("Stop the ceremony here\\?")
    child.sendline("y")
    child.expect("INCOMPLETE \\(stopped at step compare-descriptor\\)")
    child.expect("--resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 6
    screen = (tmp_path / "screen.log").read_text()
    assert "{" not in screen.split("Name of the lead")[1]  # no placeholder printed literally
    assert '"fingerprint":' not in screen  # captured values shown, not raw JSON
    stopped = verify(first, lead_pub(custody))
    assert stopped.exit_code == 0, stopped.stderr
    assert stopped.json["complete"] is False and stopped.json["failed_step"] == "compare-descriptor"
    assert "custodians=Carla, Cleo, Chen" in stopped.json["participants"]
    lines = [json.loads(x) for x in first.read_text().splitlines()]
    network = next(r for r in lines if r["details"].get("step") == "network")
    assert network["details"]["value"] == "testnet"

    # Resume: the chain and the signature are checked, the done steps carried, and the run goes
    # on at compare-descriptor; the shares are not needed any more, so nothing is redone.
    second = tmp_path / "second.jsonl"
    child = spawn(custody, tmp_path, "key-generation", "--workdir", str(work),
                  "--transcript", str(second), "--resume", str(first))  # fmt: skip
    child.expect("continues at step 12 of 14 \\(compare-descriptor")
    yes(child)  # resume there?
    child.expect("[Pp]assphrase for lena")
    child.sendline(LEAD_PASSPHRASE)
    yes(child, 2 + 3)  # the two compare steps, the closing checklist
    child.expect("complete; transcript")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    done = verify(second, lead_pub(custody))
    assert done.exit_code == 0, done.stderr
    assert done.json["complete"] is True and done.json["steps_done"] == 14
    assert done.json["resumes"] == stopped.json["signed_hash"] and done.json["previous_checked"]
    records = [json.loads(x) for x in second.read_text().splitlines()]
    assert [r["decision"] for r in records[1:12]] == ["carried"] * 11
    assert (work / "wallet.evm-address").read_text().startswith("0x")


def test_enrollment_asks_a_new_passphrase_twice_and_refuses_a_weak_one(
    custody: Setup, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    transcript = tmp_path / "enroll.jsonl"
    child = spawn(custody, tmp_path, "role-key-enrollment", "--workdir", str(work),
                  "--transcript", str(transcript))  # fmt: skip
    child.expect("[Pp]assphrase for lena")
    child.sendline(LEAD_PASSPHRASE)
    for role, name in (("lead", "Lena"), ("holder", "Dave"), ("witness", "Wanda")):
        child.expect(f"Name of the {role}")
        child.sendline(name)
    yes(child, 3)
    child.expect(r"\[holder\]: ")
    child.sendline("dave")
    child.expect(r"\[key_role\]: ")
    child.sendline("Approver")  # a choice, matched without regard to case
    yes(child)  # run key new
    child.expect("New holder-passphrase passphrase: ")
    child.sendline("dave-dave-dave")  # the holder's name, repeated: too weak
    child.expect("too easy to guess")
    child.expect("New holder-passphrase passphrase: ")
    child.sendline("Quartz-Lantern-Oboe-4419")
    child.expect("again: ")
    child.sendline("Quartz-Lantern-Oboe-4419")
    yes(child, 2 + 1 + 1 + 2)  # key check, key pub, compare, carry, closing checklist
    child.expect("complete; transcript")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0 and checked.json["complete"], checked.stderr
    assert "Quartz-Lantern" not in transcript.read_text()


ANIMATED = """
format = 1
name = "show-a-file"
title = "Show a file as QR codes"
[roles]
lead = "Lead"
[[steps]]
id = "carry"
kind = "transfer"
title = "Show it"
file = "big.bin"
via = "qr"
direction = "to the other machine"
[[steps]]
id = "close"
kind = "instruction"
title = "Close"
checklist = ["done"]
"""


def test_ctrl_c_during_an_animated_qr_stops_only_the_display(
    custody: Setup, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "big.bin").write_bytes(bytes(range(256)) * 12)  # several UR fragments
    definition = tmp_path / "show-a-file.toml"
    definition.write_text(ANIMATED)
    transcript = tmp_path / "show.jsonl"
    child = spawn(custody, tmp_path, str(definition), "--workdir", str(work),
                  "--transcript", str(transcript))  # fmt: skip
    child.expect("[Pp]assphrase for lena")
    child.sendline(LEAD_PASSPHRASE)
    child.expect("Name of the lead")
    child.sendline("Lena")
    child.expect("UR part")
    child.expect("UR part")
    child.sendintr()  # ends the animation only
    child.expect("stopped after")
    yes(child, 2)  # has it crossed? and the closing checklist
    child.expect("complete; transcript")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert verify(transcript, lead_pub(custody)).json["complete"] is True
