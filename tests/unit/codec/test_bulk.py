"""`collector_paused`: the cyclic collector is off in the block and restored after it; a block
that built many objects leaves them in the permanent generation, where reference counting still
frees them."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from coldsign.codec.bulk import FREEZE_AFTER, collector_paused


class _Node:
    def __init__(self) -> None:
        self.children: list[_Node] = []


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    gc.unfreeze()
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()


def test_paused_in_the_block_and_restored_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # it was off: left off


def test_restored_after_an_exception() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_small_block_freezes_nothing() -> None:
    gc.enable()
    gc.collect()
    with collector_paused():
        kept = [_Node() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    assert len(kept) == 10


def test_a_large_block_freezes_and_reference_counting_still_frees() -> None:
    gc.enable()
    with collector_paused():
        built = [_Node() for _ in range(FREEZE_AFTER + 100)]
    assert gc.get_freeze_count() >= FREEZE_AFTER
    assert gc.get_count()[0] < FREEZE_AFTER
    probe = weakref.ref(built[0])
    del built
    assert probe() is None  # acyclic: freed at once, frozen or not
