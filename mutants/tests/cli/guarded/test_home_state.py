"""The signer's state under crashes, concurrent runs and someone who edits its home (issue 11).

Real `coldsign payload sign` processes, killed with SIGKILL at every durable step (found by
counting them, `tests/crashpoint.py`) and at 200+ random instants, raced two and eight at a time
against one velocity limit, and run on homes whose log or documents were edited, deleted, rolled
back or copied back. Payloads are built and approved in process through the service (fast).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from coldsign.codec.payload import parse_payload
from tests.cli.guarded.conftest import HOT_WALLET, MNEMONIC, Setup, sign_doc, whitelist_toml
from tests.cli.guarded.payloads import approved_payload, sign_args
from tests.conftest import run_cli, secret_fd

REPO = Path(__file__).resolve().parents[3]
SAT = 100_000_000


def records(setup: Setup) -> list[dict[str, object]]:
    log = setup.home / "audit.jsonl"
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def signed(setup: Setup) -> list[dict[str, object]]:
    return [r for r in records(setup) if r["event"] == "sign" and r["decision"] == "signed"]


def charged(setup: Setup, key: str = "BTC@bitcoin:testnet") -> int:
    """What the ledger counts: each withdrawal id's first signature's charge."""
    seen: dict[str, int] = {}
    for r in signed(setup):
        details = r["details"]
        assert isinstance(details, dict)
        for item in details["charges"]:
            name, amount = item.split("=")
            if name == key:
                seen.setdefault(str(r["withdrawal_id"]), int(amount))
    return sum(seen.values())


def leaves(payload: Path) -> int:
    """What a payload moves out of the wallet (external outputs and the fee), in sat."""
    from coldsign.codec.psbt import parse_psbt

    psbt = parse_psbt(parse_payload(payload.read_bytes()).transaction)
    total_in = sum(psbt.spent_output(i).amount_sat for i in range(len(psbt.inputs)))  # type: ignore[union-attr]
    change = psbt.unsigned_tx().outputs[1].amount_sat if len(psbt.outputs) > 1 else 0
    return total_in - change


def temp_files(home: Path) -> list[Path]:
    return [p for p in home.rglob(".*.tmp")]


def sign_process(
    setup: Setup, payload: Path, out: Path, crash_after: int | None = None
) -> subprocess.Popen[bytes]:
    fd = secret_fd(MNEMONIC)
    try:
        head = (
            [sys.executable, "-m", "tests.crashpoint", str(crash_after)]
            if crash_after is not None
            else [sys.executable, "-m", "coldsign"]
        )
        return subprocess.Popen(
            [*head, *sign_args(setup, payload, out, fd)],
            pass_fds=(fd,), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        )  # fmt: skip
    finally:
        os.close(fd)


def sign_now(setup: Setup, payload: Path, out: Path) -> tuple[int, str]:
    proc = sign_process(setup, payload, out)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode()


# --- crashes -------------------------------------------------------------------------------------


def test_a_crash_after_every_durable_step_leaves_a_home_that_signs_once(setup: Setup) -> None:
    now = int(time.time())
    payload = approved_payload(setup, "crash-exact", f"{HOT_WALLET}:0.01", now=now)
    pristine = setup.root / "pristine-home"
    shutil.copytree(setup.home, pristine)
    probe = sign_process(setup, payload, setup.path("probe.signed"), crash_after=0)
    _, err = probe.communicate(timeout=120)
    assert probe.returncode == 0, err.decode()
    steps = int(err.decode().strip().splitlines()[-1].split(": ")[1])
    assert steps >= 3  # the audit record's fsync, the output's fsync and link, its directory
    for k in range(1, steps + 1):
        shutil.rmtree(setup.home)
        shutil.copytree(pristine, setup.home)
        out = setup.path(f"crash-{k}.signed")
        killed = sign_process(setup, payload, out, crash_after=k)
        killed.communicate(timeout=120)
        assert killed.returncode == -9, f"step {k} did not crash"
        recorded = [r for r in signed(setup) if r["withdrawal_id"] == "crash-exact"]
        assert len(recorded) <= 1, f"step {k}"
        # The next identical run signs (again, if the first was recorded), never refuses.
        again = setup.path(f"crash-{k}.again")
        code, err_text = sign_now(setup, payload, again)
        assert code == 0, f"after a crash at step {k}: {err_text}"
        assert again.exists()
        assert not temp_files(setup.home), f"step {k}"
        assert run_cli("--home", str(setup.home), "audit", "verify").exit_code == 0
        assert charged(setup) == leaves(payload), f"step {k}: velocity counted twice or lost"
        first = [r for r in signed(setup) if r["withdrawal_id"] == "crash-exact"]
        assert [r["details"]["re_release"] for r in first] == (  # type: ignore[index]
            [False, True] if recorded else [False]
        ), f"step {k}"


def test_two_hundred_random_kills_never_need_repair(setup: Setup, tmp_path: Path) -> None:
    """SIGKILL at random instants across two homes run side by side: afterwards every home
    verifies, has no temp file, signed every payload exactly once as far as velocity counts,
    and no run that was not killed refused."""
    now = int(time.time())
    homes = []
    for h in range(2):
        copy = Setup(setup.root, setup.descriptor, tmp_path / f"home-{h}", dict(setup.files))
        shutil.copytree(setup.home, copy.home)
        payloads = [
            approved_payload(setup, f"rk-{h}-{i}", f"{HOT_WALLET}:0.001", now=now) for i in range(6)
        ]
        homes.append((copy, payloads))
    kills: list[int] = []
    failures: list[str] = []
    lock = threading.Lock()

    def drive(index: int, home: Setup, payloads: list[Path]) -> None:
        rng = random.Random(20261203 + index)
        runs = 0
        # Kill runs until the budget is spent (cycling through the payloads, so some are signed
        # again: a re-release can be cut short too), then sign every payload once, unkilled.
        while True:
            with lock:
                budget_left = len(kills) < 210
            if not budget_left:
                break
            payload = payloads[runs % len(payloads)]
            runs += 1
            proc = sign_process(home, payload, tmp_path / f"{payload.name}.{index}.{runs}")
            try:
                proc.wait(timeout=rng.uniform(0.01, 0.7))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                with lock:
                    kills.append(1)
                continue
            _, err = proc.communicate()
            if proc.returncode != 0:
                failures.append(f"{payload.name} run {runs}: {proc.returncode} {err.decode()}")
        for payload in payloads:
            code, err_text = sign_now(home, payload, tmp_path / f"{payload.name}.{index}.final")
            if code != 0:
                failures.append(f"{payload.name} final: {code} {err_text}")

    threads = [threading.Thread(target=drive, args=(i, h, p)) for i, (h, p) in enumerate(homes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    assert len(kills) >= 200
    for home, payloads in homes:
        assert run_cli("--home", str(home.home), "audit", "verify").exit_code == 0
        assert not temp_files(home.home)
        assert charged(home) == sum(leaves(p) for p in payloads)


# --- concurrency ---------------------------------------------------------------------------------


@pytest.mark.parametrize("runs", [2, 8])
def test_concurrent_runs_never_exceed_the_velocity_limit(setup: Setup, runs: int) -> None:
    """Each payload sends 0.3 BTC against a 1 BTC/24h limit: at most three may be signed, however
    the runs interleave, and every run's outcome is recorded (none lost)."""
    now = int(time.time())
    payloads = [
        approved_payload(setup, f"race-{runs}-{i}", f"{HOT_WALLET}:0.3", funding=("0.31",),
                         approvers=("alice", "bob", "carol"), now=now)
        for i in range(runs)
    ]  # fmt: skip
    procs = [sign_process(setup, p, setup.path(f"{p.name}.signed")) for p in payloads]
    codes = [p.wait(timeout=300) for p in procs]
    for p in procs:
        p.communicate()
    assert set(codes) <= {0, 4}, codes
    assert codes.count(0) == min(runs, 3)
    assert len(signed(setup)) == codes.count(0)
    assert charged(setup) <= SAT
    outcomes = [r for r in records(setup) if r["event"] == "sign"]
    assert len(outcomes) == runs  # every run recorded: nothing lost in the race
    for p, code in zip(payloads, codes, strict=True):
        assert setup.path(f"{p.name}.signed").exists() == (code == 0)


# --- tampering -----------------------------------------------------------------------------------


def sign_one(setup: Setup, wid: str, **kwargs: object) -> Path:
    payload = approved_payload(setup, wid, f"{HOT_WALLET}:0.01", now=int(time.time()), **kwargs)  # type: ignore[arg-type]
    out = setup.path(f"{wid}.signed")
    code, err = sign_now(setup, payload, out)
    assert code == 0, err
    return out


def refused_with(setup: Setup, code: int, *needles: str) -> None:
    payload = approved_payload(
        setup, f"after-{random.random()}", f"{HOT_WALLET}:0.01", now=int(time.time())
    )
    out = setup.path("refused.signed")
    got, err = sign_now(setup, payload, out)
    assert got == code, err
    for needle in needles:
        assert needle in err, f"{needle!r} not in {err}"
    assert not out.exists()


def edit_record(setup: Setup, wid: str, change: object) -> int:
    """Edit the signed record of `wid` (and, like a careful attacker, recompute its own hash)."""
    import hashlib

    log = setup.home / "audit.jsonl"
    lines = log.read_text().splitlines()
    for i, line in enumerate(lines):
        obj = json.loads(line)
        if obj["withdrawal_id"] == wid and obj["decision"] == "signed":
            assert callable(change)
            change(obj)
            body = {k: v for k, v in obj.items() if k != "hash"}
            canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            obj["hash"] = hashlib.sha256(canonical.encode()).hexdigest()
            lines[i] = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            log.write_text("\n".join(lines) + "\n")
            return i
    raise AssertionError(f"no signed record for {wid}")


@pytest.mark.parametrize(
    "field",
    ["time-moved-back", "asset-renamed", "charge-lowered", "spends-dropped", "nonce-key-changed"],
)
def test_editing_what_the_ledger_reads_is_exit_5_naming_the_record(
    setup: Setup, field: str
) -> None:
    sign_one(setup, "led-1")
    sign_one(setup, "led-2")

    def change(obj: dict[str, object]) -> None:
        details = obj["details"]
        assert isinstance(details, dict)
        if field == "time-moved-back":
            obj["time"] = "2001-01-01T00:00:00Z"
        elif field == "asset-renamed":
            details["charges"] = [c.replace("BTC@", "XBT@") for c in details["charges"]]
        elif field == "charge-lowered":
            details["charges"] = ["BTC@bitcoin:testnet=1"]
        elif field == "spends-dropped":
            details["spends"] = []
        else:
            details["spends"] = ["ethereum:1:0x00:nonce:0"]

    at = edit_record(setup, "led-1", change)
    # The edited record's own hash is right; its successor's link to it is not.
    refused_with(setup, 5, f"record {at + 1}", "prev does not match the hash of record")
    assert run_cli("--home", str(setup.home), "audit", "verify").exit_code == 5


def test_a_whole_rewritten_log_is_caught_by_the_head_the_payload_expects(setup: Setup) -> None:
    """An attacker who rebuilds the whole chain (dropping a signature to reset velocity) gets a
    log that verifies; the payload built --after the last signed one names a head it lacks."""
    first = sign_one(setup, "head-1")
    head = parse_payload(first.read_bytes()).signer_head
    assert head is not None
    log = setup.home / "audit.jsonl"
    kept = [json.loads(x) for x in log.read_text().splitlines()]
    kept = [r for r in kept if r["withdrawal_id"] != "head-1"]
    import hashlib

    prev = "0" * 64
    lines = []
    for seq, obj in enumerate(kept):
        obj.update(seq=seq, prev=prev)
        body = {k: v for k, v in obj.items() if k != "hash"}
        obj["hash"] = prev = hashlib.sha256(
            json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ).hexdigest()
        lines.append(json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    log.write_text("\n".join(lines) + "\n")
    assert run_cli("--home", str(setup.home), "audit", "verify").exit_code == 0
    payload = approved_payload(
        setup, "head-2", f"{HOT_WALLET}:0.01", now=int(time.time()), expected_head=head
    )
    code, err = sign_now(setup, payload, setup.path("head-2.signed"))
    assert code == 5, err
    assert "expected_head" in err and "rolled back or replaced" in err


def test_a_copied_back_home_is_refused_with_after(setup: Setup) -> None:
    before = setup.root / "home-before"
    shutil.copytree(setup.home, before)
    signed_1 = sign_one(setup, "cb-1")
    # The online side builds the next payload --after the last signed one.
    r = setup.cs(
        "payload", "build", "--wallet", setup.descriptor, "--utxos", setup.path("utxos.json"),
        "--prev-txs", setup.path("utxos.prev"), "--to", f"{HOT_WALLET}:0.01", "--fee-rate", "2",
        "--id", "cb-2", "--initiator", "ivan", "--policy", setup.files["policy"],
        "--whitelist", setup.files["whitelist"], "--after", signed_1, "-o", setup.path("cb-2.payload"),
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    approved = setup.approved(setup.path("cb-2.payload"), "alice", "bob")
    shutil.rmtree(setup.home)
    shutil.copytree(before, setup.home)  # the attacker restores the home from before cb-1
    result, out = setup.sign(approved)
    assert result.exit_code == 5, result.stderr
    assert "rolled back or replaced" in result.stderr and not out.exists()


def documents_of(setup: Setup) -> list[Path]:
    return sorted((setup.home / "documents").glob("*.json"))


def test_a_deleted_whitelist_is_exit_5_naming_the_file_and_version(setup: Setup) -> None:
    whitelist = json.loads(setup.files["whitelist"].read_text())["hash"]
    (setup.home / "documents" / f"{whitelist}.json").unlink()
    refused_with(setup, 5, f"{whitelist}.json is missing", "the whitelist v1 that audit record 1")


def test_a_whitelist_rolled_back_in_place_is_exit_5(setup: Setup) -> None:
    """Import v2, then put v1's bytes where the log expects v2."""
    v1 = json.loads(setup.files["whitelist"].read_text())["hash"]
    source = setup.path("wl2.toml")
    source.write_text(whitelist_toml(version=2, previous=v1))
    signed_v2 = sign_doc(setup, source, setup.path("wl2.signed"), "whitelist", "a1", "a2")
    assert setup.cs("whitelist", "import", signed_v2).exit_code == 0
    v2 = json.loads(signed_v2.read_text())["hash"]
    shutil.copy(setup.home / "documents" / f"{v1}.json", setup.home / "documents" / f"{v2}.json")
    refused_with(setup, 5, "holds whitelist v1", "accepted v2", "the file was replaced")
    # And importing v1 again is a rollback, whatever the files say.
    again = setup.cs("whitelist", "import", setup.files["whitelist"])
    assert again.exit_code == 5


def test_a_deleted_denylist_is_exit_5(setup: Setup) -> None:
    source = setup.path("deny.toml")
    source.write_text(
        'version = 1\nprevious = ""\nexpires = "2099-01-01T00:00:00Z"\n'
        '[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\n'
        'address = "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"\nlabel = "bad"\n'
    )
    signed_deny = sign_doc(setup, source, setup.path("deny.signed"), "denylist", "a1", "a2")
    assert setup.cs("denylist", "import", signed_deny).exit_code == 0
    digest = json.loads(signed_deny.read_text())["hash"]
    (setup.home / "documents" / f"{digest}.json").unlink()
    refused_with(setup, 5, f"{digest}.json is missing", "denylist v1")


def test_trust_anchor_changes_are_recorded(setup: Setup) -> None:
    events = [(r["event"], r["decision"]) for r in records(setup)]
    assert events[:2] == [("policy.pin", "accepted"), ("whitelist.import", "accepted")]
    assert setup.cs("whitelist", "import", setup.files["whitelist"]).exit_code == 0  # unchanged
    bad = setup.path("wl-old.toml")
    bad.write_text(whitelist_toml(version=1, previous="", addresses=(HOT_WALLET,)))
    signed_bad = sign_doc(setup, bad, setup.path("wl-old.signed"), "whitelist", "a1", "a2")
    assert setup.cs("whitelist", "import", signed_bad).exit_code == 5
    last = records(setup)[-1]
    assert (last["event"], last["decision"]) == ("whitelist.import", "refused")
    assert "rollback refused" in " ".join(last["reasons"])  # type: ignore[arg-type]


def test_a_declined_confirmation_and_a_bad_seed_are_recorded(setup: Setup) -> None:
    payload = approved_payload(setup, "decline", f"{HOT_WALLET}:0.01", now=int(time.time()))
    declined = run_cli("--home", str(setup.home), "payload", "sign", str(payload),
                       "--mnemonic-fd", "0", "--no-passphrase", "-o", str(setup.path("d.signed")),
                       input="n\n")  # fmt: skip
    assert declined.exit_code in (6, 2), declined.stderr
    fd = secret_fd("abandon " * 11 + "zoo")
    try:
        bad = subprocess.run(
            [sys.executable, "-m", "coldsign", *sign_args(setup, payload, setup.path("b.signed"), fd)],
            pass_fds=(fd,), capture_output=True, text=True, cwd=REPO, timeout=120,
        )  # fmt: skip
    finally:
        os.close(fd)
    assert bad.returncode == 3, bad.stderr
    last = records(setup)[-1]
    assert (last["event"], last["decision"], last["withdrawal_id"]) == (
        "sign",
        "refused",
        "decline",
    )
    assert last["details"]["exit_code"] == 3  # type: ignore[index]


def test_an_oversize_or_unreadable_input_is_recorded(setup: Setup) -> None:
    big = setup.path("big.payload")
    big.write_bytes(b"csgn\xff" + b"\0" * (33 * 1024 * 1024))
    result, _ = setup.sign(big)
    assert result.exit_code == 3, result.stderr
    last = records(setup)[-1]
    assert (last["event"], last["decision"]) == ("sign", "refused")
    assert last["details"]["exit_code"] == 3  # type: ignore[index]


def test_a_home_from_before_the_single_log_is_refused(setup: Setup) -> None:
    (setup.home / "ledger.json").write_text('{"entries": []}')
    result, _ = setup.sign(
        approved_payload(setup, "legacy", f"{HOT_WALLET}:0.01", now=int(time.time()))
    )
    assert result.exit_code == 5 and "ledger.json" in result.stderr and "new home" in result.stderr
