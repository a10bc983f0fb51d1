"""Building large structures without the cyclic garbage collector's repeated passes.

Decoding a 10,000-input PSBT, analysing it and signing it create some 100,000 small objects that
live until the command ends and form no reference cycles. CPython's cyclic collector, triggered
every 700 allocations, walks the young objects again and again while they are built, then the
whole heap at each full collection: a fifth of the run's time. Reference counting frees every one
of these objects; only the cycle search is paused, and restored as it was.

Objects allocated while the collector is paused still count towards its next pass, which would
then walk every one of them (and the passes after it, as they age into older generations). A
block that built many objects hands everything to the permanent generation (`gc.freeze`, as
`coldsign.cli.liabilities` does for its workers) before the collector resumes: the structures
live until the command ends, and reference counting still frees whatever dies. A cycle that
already existed in the process is then kept until exit instead of collected: a bounded amount
of memory in a process that runs one command.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Callable, Iterator
from typing import TypeVar

# A block that allocated this many tracked objects (a PSBT of some 1,000 inputs) freezes them.
FREEZE_AFTER = 10_000


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (no effect if it is already off); if
    the block built `FREEZE_AFTER` tracked objects or more, move every object to the permanent
    generation before resuming, so that no later pass walks them."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] >= FREEZE_AFTER:
            gc.freeze()
        gc.enable()


_T = TypeVar("_T")


def slot_setters(cls: type[_T]) -> tuple[Callable[[_T, object], None], ...]:
    """The `__set__` of the slot of each of `cls`'s dataclass fields, in field order.

    For the loops that build one record per input or per PSBT field: a frozen dataclass's
    `__init__` sets each field through `object.__setattr__` (a global lookup and a call each);
    `object.__new__(cls)` and then these setters build the same object in about half the time.
    Only for a frozen slotted dataclass without `__post_init__`, every field given (callers'
    property tests compare the result with `cls(...)`).
    """
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    return tuple(vars(cls)[name].__set__ for name in names)
