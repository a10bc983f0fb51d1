"""Output descriptors (BIP-380..386, BIP-389 multipath) and key expressions:
coldsign.codec.descriptor.parse_descriptor / parse_key_expression.

Input: a selector byte (descriptor or key expression; checksum required; x-only keys allowed),
then the text. Allowed: DecodeError. Round trip: an accepted descriptor (key expression) prints
with `to_string` and parses back to an equal one that prints the same; a descriptor derives the
script and address of index 0 on every branch.
"""

from __future__ import annotations

import _harness

from coldsign.codec.descriptor import parse_descriptor, parse_key_expression
from coldsign.errors import DecodeError
from coldsign.units import Network


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, text = data[0], _harness.text(data[1:])
    if selector & 1:
        key = parse_key_expression(text, xonly=bool(selector & 2))
        key_text = key.to_string()
        with _harness.must_succeed("parse_key_expression(key.to_string())"):
            key_again = parse_key_expression(key_text, xonly=bool(selector & 2))
        _harness.check_equal(key_again, key, "key expression")
        _harness.check_equal(key_again.to_string(), key_text, "key expression text")
        return
    descriptor = parse_descriptor(text, require_checksum=bool(selector & 2))
    printed = descriptor.to_string()
    with _harness.must_succeed("parse_descriptor(descriptor.to_string())"):
        again = parse_descriptor(printed, require_checksum=True)
    _harness.check_equal(again, descriptor, "descriptor")
    _harness.check_equal(again.to_string(), printed, "descriptor text")
    for branch in range(descriptor.branch_count):
        derived = descriptor.derive(0, branch)
        derived.address(Network.MAINNET if selector & 4 else Network.TESTNET)


TARGET = _harness.Target("descriptor", one_input, allowed=(DecodeError,), max_len=4096)

if __name__ == "__main__":
    _harness.main(TARGET)
