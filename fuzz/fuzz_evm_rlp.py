"""Ethereum RLP (yellow paper appendix B): coldsign.chains.evm.rlp.decode and its accessors.

Allowed: DecodeError. Round trip: the decoder accepts canonical encodings only, so every decoded
item re-encodes to exactly the input bytes.
"""

from __future__ import annotations

import contextlib

import _harness

from coldsign.chains.evm import rlp
from coldsign.errors import DecodeError


def one_input(data: bytes) -> None:
    item = rlp.decode(data)
    _harness.check_equal(rlp.encode(item), data, "rlp.encode(rlp.decode(x))")
    if isinstance(item, list):
        for child in item:
            with contextlib.suppress(DecodeError):
                value = rlp.as_uint(child, "item")
                _harness.check_equal(rlp.encode_uint(value), child, "canonical uint")


TARGET = _harness.Target("evm_rlp", one_input, allowed=(DecodeError,), max_len=4096)

if __name__ == "__main__":
    _harness.main(TARGET)
