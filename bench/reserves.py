"""Liabilities tree at exchange scale: build for N customers, then verify one proof as a customer.

Generates BALANCES.csv (default 2,000,000 customers, BTC/ETH/USDT) in a temporary directory, runs
`coldsign reserves liabilities build` on it as its own process and prints the wall time and that
process's peak RSS (issue 15's goals: under 60 s and 2 GiB on this machine). Then it times a
whole `coldsign reserves liabilities verify` process (start-up included; goal: under 50 ms)
next to the bare interpreter and `coldsign --version`, so start-up and verification can be told
apart. With --stages it also times parse, hashing and (serial) proof writing in this process.
It asserts nothing: timing belongs in a benchmark, not a test.
Run: `.venv/bin/python bench/reserves.py [--customers N] [--runs N] [--stages] [--keep DIR]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def generate_csv(path: Path, customers: int, seed: int) -> None:
    """Balances shaped like an exchange's: most small, a few large, some zero."""
    rng = random.Random(seed)
    with open(path, "w", encoding="ascii") as fh:
        fh.write("customer_id,BTC,ETH,USDT\n")
        batch = []
        for i in range(customers):
            btc = rng.getrandbits(rng.randrange(1, 38))  # up to ~1,400 BTC in satoshi
            eth = rng.getrandbits(rng.randrange(1, 74))  # up to ~9,400 ETH in wei
            usdt = rng.getrandbits(rng.randrange(1, 44))  # up to ~8.8M USDT (6 decimals)
            batch.append(f"u{i:08d},{btc},{eth},{usdt}\n")
            if len(batch) == 100_000:
                fh.write("".join(batch))
                batch.clear()
        fh.write("".join(batch))


def _pss_kib(pid: int) -> int:
    """Proportional set size of a process and its children: shared pages counted once in total."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            total += next(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            children = [int(c) for c in fh.read().split()]
    except (OSError, StopIteration, ValueError):
        return total
    return total + sum(_pss_kib(child) for child in children)


def run_measured(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int, int]:
    """Wall s, CPU s (with children), peak RSS and peak PSS of the process tree (bytes), status.

    RSS counts pages shared with forked workers in every process; PSS, sampled every 0.1 s,
    splits them, so its peak is what the build took from the machine.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    peak_pss = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak_pss = max(peak_pss, _pss_kib(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    err = proc.stderr.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.stderr.write(err.decode(errors="replace"))
    # wait4's usage covers the process and the workers it waited for (Linux: RUSAGE_BOTH).
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss * 1024, peak_pss * 1024, proc.returncode


def median_ms(argv: list[str], runs: int, env: dict[str, str]) -> float:
    samples = []
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    subprocess.run(argv, **quiet)  # warm the page cache (and the bytecode cache, when enabled)
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(argv, **quiet).returncode
        samples.append(time.perf_counter() - start)
        if code:
            raise SystemExit(f"{' '.join(argv)} exited {code}")
    return statistics.median(samples) * 1000


def stages(csv: Path, out: Path) -> None:
    """Parse, build and write in this process, timing each stage (wall and CPU)."""
    from coldsign.reserves.liabilities import build_tree, parse_balances_csv
    from coldsign.transport.files import write_new_chunks

    marks = [(time.perf_counter(), time.process_time())]
    with open(csv, "rb") as fh:
        book = parse_balances_csv(fh, decimals={"BTC": 8, "ETH": 18, "USDT": 6})
    marks.append((time.perf_counter(), time.process_time()))
    tree = build_tree(book, snapshot="bench", min_tree_size=1024)
    marks.append((time.perf_counter(), time.process_time()))
    digest = write_new_chunks(out, tree.proof_chunks())
    marks.append((time.perf_counter(), time.process_time()))
    labels = [
        "parse CSV",
        f"shuffle + hash ({tree.root.tree_size} leaves)",
        f"write proofs ({digest.size / 2**30:.2f} GiB)",
    ]
    for label, (w0, c0), (w1, c1) in zip(labels, marks[:-1], marks[1:], strict=True):
        print(f"  {label:<32} {w1 - w0:6.1f} s wall {c1 - c0:6.1f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=15, help="verify runs (median taken)")
    parser.add_argument("--stages", action="store_true", help="also time each stage in-process")
    parser.add_argument("--keep", type=Path, default=None, help="work here and keep the files")
    args = parser.parse_args()
    python = sys.executable
    coldsign = str(Path(python).parent / "coldsign")
    if not os.path.exists(coldsign):
        coldsign = ""
    work = args.keep or Path(tempfile.mkdtemp(prefix="coldsign-bench-reserves-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        csv = work / "BALANCES.csv"
        start = time.perf_counter()
        generate_csv(csv, args.customers, seed=15)
        print(
            f"generated {csv.name}: {args.customers} customers x 3 assets, "
            f"{csv.stat().st_size / 2**20:.0f} MiB in {time.perf_counter() - start:.1f} s"
        )

        out = work / "out"
        build = [python, "-m", "coldsign", "reserves", "liabilities", "build", str(csv)]
        build += ["-o", str(out), "--snapshot", "bench"]
        build += ["--decimals", "BTC=8", "--decimals", "ETH=18", "--decimals", "USDT=6"]
        load = os.getloadavg()[0]
        seconds, cpu, rss, pss, code = run_measured(build, dict(os.environ))
        if code:
            raise SystemExit(f"build exited {code}")
        size = (out / "proofs.jsonl").stat().st_size
        print(
            f"build (whole process)  {seconds:6.1f} s wall (goal < 60 s), {cpu:.1f} s CPU   "
            f"proofs.jsonl {size / 2**30:.2f} GiB"
        )
        print(
            f"  peak memory: {pss / 2**30:.2f} GiB PSS of the process and its workers "
            f"(goal < 2 GiB); the main process's own peak RSS {rss / 2**30:.2f} GiB"
        )
        print(
            f"  load average {load:.2f} -> {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs: "
            "other work on the machine lengthens the wall time, not the CPU time"
        )
        if args.stages:
            stages(csv, work / "stages-proofs.jsonl")
            (work / "stages-proofs.jsonl").unlink()

        with open(out / "proofs.jsonl", "rb") as fh:
            line = fh.readline()
        proof = work / "PROOF.json"
        proof.write_bytes(line)
        root = out / "root.json"
        root_hash = json.loads(root.read_text())["root_hash"]
        (out / "proofs.jsonl").unlink()  # several GiB: free the disk before timing

        from coldsign.reserves.liabilities import decode_proof, decode_root, verify_proof

        root_doc = decode_root(root.read_bytes())
        loops = 200
        start = time.perf_counter()
        for _ in range(loops):
            verify_proof(decode_proof(line), root_doc)
        in_process = (time.perf_counter() - start) / loops * 1000

        verify = ["reserves", "liabilities", "verify", str(proof)]
        # An installed package has its bytecode compiled; a shell with PYTHONDONTWRITEBYTECODE
        # recompiles every module at every start. Time both; the cache goes to the work dir.
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        envs = [("bytecode cached", cached)]
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            envs.append(("no bytecode cache (PYTHONDONTWRITEBYTECODE)", dict(os.environ)))
        entry = [coldsign] if coldsign else [python, "-m", "coldsign"]
        for label, env in envs:
            print(f"start-up and verify, {label}, median of {args.runs}:")
            rows = [
                ("python -c pass", [python, "-c", "pass"]),
                ("coldsign --version", [*entry, "--version"]),
                (
                    "coldsign reserves liabilities verify --root ROOT.json",
                    [*entry, *verify, "--root", str(root)],
                ),
                (
                    "coldsign reserves liabilities verify --root HEX",
                    [*entry, *verify, "--root", root_hash],
                ),
            ]
            for name, argv in rows:
                print(f"  {name:<55} {median_ms(argv, args.runs, env):6.1f} ms")
        print(
            f"decode + verify one proof in-process: {in_process:.2f} ms (goal for the whole process: < 50 ms)"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
