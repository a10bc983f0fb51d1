"""BIP-329 wallet labels (JSON Lines, `labels import`): coldsign.formats.bip329.decode_labels.

Allowed: DecodeError. Round trip: the labels of an accepted file encode (encode_labels) to a file
that decodes to the same labels, with nothing skipped or truncated (a fixed point).
"""

from __future__ import annotations

import _harness

from coldsign.errors import DecodeError
from coldsign.formats.bip329 import decode_labels, encode_labels


def one_input(data: bytes) -> None:
    decoded = decode_labels(data)
    encoded = encode_labels(list(decoded.labels))
    with _harness.must_succeed("decode_labels(encode_labels(...))"):
        again = decode_labels(encoded)
    _harness.check_equal(again.labels, decoded.labels, "labels")
    _harness.check_equal((again.skipped, again.truncated), (0, 0), "nothing skipped on re-read")


TARGET = _harness.Target("bip329", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
