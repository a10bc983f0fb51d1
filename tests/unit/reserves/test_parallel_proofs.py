"""The forked proof writer of `reserves liabilities build` gives exactly the serial output."""

from __future__ import annotations

import os
import random

import pytest

from coldsign.cli import liabilities as cli_reserves
from coldsign.reserves import liabilities as L


@pytest.fixture
def tree(monkeypatch: pytest.MonkeyPatch) -> L.LiabilitiesTree:
    monkeypatch.setattr(cli_reserves, "_BLOCK_SLOTS", 16)  # many blocks from a small tree
    rng = random.Random(4)
    rows = [b"id,BTC,ETH\n"] + [
        b"c%d,%d,%d\n" % (i, rng.getrandbits(40), rng.getrandbits(70)) for i in range(150)
    ]
    book = L.parse_balances_csv(rows)
    return L.build_tree(book, snapshot="par", random_bytes=random.Random(5).randbytes)


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("jobs", [1, 2, 3, 64])
def test_parallel_blocks_equal_the_serial_proofs(tree: L.LiabilitiesTree, jobs: int) -> None:
    expected = b"".join(tree.proof_chunks())
    assert b"".join(cli_reserves._proof_chunks(tree, jobs)) == expected
    assert len(expected.splitlines()) == 150
    assert _no_children_left()


def test_a_failing_worker_fails_the_build(
    tree: L.LiabilitiesTree, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: L.LiabilitiesTree, start: int, stop: int) -> bytes:
        if start >= 64:
            raise ValueError("simulated bug")
        return b"x"

    monkeypatch.setattr(L.LiabilitiesTree, "proof_block", broken)
    with pytest.raises(RuntimeError, match="worker"):
        b"".join(cli_reserves._proof_chunks(tree, 2))
    assert _no_children_left()


def test_stopping_early_ends_the_workers(tree: L.LiabilitiesTree) -> None:
    chunks = cli_reserves._proof_chunks(tree, 2)
    assert next(chunks)
    chunks.close()
    assert _no_children_left()
