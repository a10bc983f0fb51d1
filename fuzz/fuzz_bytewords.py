"""Bytewords (BCR-2020-012) in its three styles: coldsign.transport.bytewords.decode.

Input: a selector byte (minimal, standard or URI style; or raw bytes to encode first), then the
text. Allowed: DecodeError. Round trip: decoded text re-encodes to the same text in lower case
(its CRC-32 included); encoded non-empty bytes decode back to the same bytes.
"""

from __future__ import annotations

import _harness

from coldsign.errors import DecodeError
from coldsign.transport import bytewords

STYLES = tuple(bytewords.Style)


def one_input(data: bytes) -> None:
    if not data:
        return
    style = STYLES[data[0] % len(STYLES)]
    if data[0] & 0x80:
        if len(data) < 2:  # decode refuses fewer than 5 bytes: an empty body cannot round-trip
            return
        encoded = bytewords.encode(data[1:], style)
        with _harness.must_succeed("bytewords.decode(bytewords.encode(x))"):
            _harness.check_equal(bytewords.decode(encoded.upper(), style), data[1:], "bytes")
        return
    text = _harness.text(data[1:])
    body = bytewords.decode(text, style)
    _harness.check_equal(bytewords.encode(body, style), text.lower(), "bytewords text")


TARGET = _harness.Target("bytewords", one_input, allowed=(DecodeError,), max_len=2048)

if __name__ == "__main__":
    _harness.main(TARGET)
