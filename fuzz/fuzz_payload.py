"""The withdrawal payload container (DESIGN.md §4): coldsign.codec.payload.parse_payload.

Allowed: DecodeError. Round trip: a payload that parses serializes to exactly the input bytes
(records are in strictly ascending key order, so there is one encoding per payload).
"""

from __future__ import annotations

import _harness

from coldsign.codec.payload import parse_payload, serialize_payload
from coldsign.errors import DecodeError


def one_input(data: bytes) -> None:
    payload = parse_payload(data)
    _harness.check_equal(serialize_payload(payload), data, "serialize_payload(parse_payload(x))")


TARGET = _harness.Target("payload", one_input, allowed=(DecodeError,), max_len=8192)

if __name__ == "__main__":
    _harness.main(TARGET)
