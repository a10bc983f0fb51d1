"""Every fuzz target in fuzz/ builds and survives a short atheris run over its committed corpus
(issue 17): a target that stops importing, or a decoder change that makes a corpus or regression
input crash, fails here instead of in the next long `make fuzz`."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip(
    "atheris", reason="atheris (the `fuzz` extra) ships wheels for x86_64 Linux only"
)

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
RUNS = int(os.environ.get("COLDSIGN_FUZZ_SMOKE_RUNS", "2000"))


def _runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("coldsign_fuzz_run", FUZZ / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


RUN = _runner()
TARGETS = RUN.targets()


@pytest.mark.parametrize("target", TARGETS)
def test_target_survives_a_short_run(target: str) -> None:
    status, output = RUN.smoke(target, RUNS)
    assert status == 0, f"fuzz target {target} failed (exit {status}):\n{output[-4000:]}"
    # libFuzzer stops at RUNS executions or at the smoke's time cap, whichever comes first (a
    # loaded CI machine reaches the cap): either way it must have loaded the corpus and run.
    done = re.search(r"Done (\d+) runs", output)
    assert "INITED" in output and done is not None and int(done.group(1)) > 0, output[-2000:]


@pytest.mark.parametrize("target", TARGETS)
def test_target_has_a_committed_corpus(target: str) -> None:
    corpus = FUZZ / "corpus" / target
    files = [p for p in corpus.iterdir() if p.is_file()] if corpus.is_dir() else []
    assert files, f"fuzz/corpus/{target} is empty: run fuzz/seed_corpora.py {target}"


def test_the_table_of_a_run_is_parsed() -> None:
    result = RUN.Result("psbt_binary", seconds=10)
    artifacts = result.absorb(
        "#2\tINITED cov: 8 ft: 8 corp: 1/1b exec/s: 0 rss: 49Mb\n"
        "#65536\tpulse  cov: 151 ft: 304 corp: 60/3034b lim: 389 exec/s: 32768 rss: 49Mb\n"
        "artifact_prefix='x/'; Test unit written to fuzz/crashes/psbt_binary/crash-ab12\n"
        "stat::number_of_executed_units: 70000\n"
    )
    assert artifacts == ["fuzz/crashes/psbt_binary/crash-ab12"]
    assert (result.executions, result.cov, result.ft, result.corpus) == (70000, 151, 304, 60)
    assert result.row() == "| psbt_binary | 10 | 70,000 | 7,000 | 151 | 304 | 60 | 1 |"
