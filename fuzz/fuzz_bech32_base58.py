"""Bech32/Bech32m (BIP-173/350) and Base58/Base58Check: coldsign.codec.bech32.decode /
decode_segwit and coldsign.codec.base58.decode / decode_check.

Input: a selector byte, then the text. Allowed: DecodeError. Round trip: whatever decodes
re-encodes to the same text (Bech32 in lower case; Base58 exactly, leading '1's included).
"""

from __future__ import annotations

import _harness

from coldsign.codec import base58, bech32
from coldsign.errors import DecodeError

HRPS = ("bc", "tb", "bcrt")


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, text = data[0] % 4, _harness.text(data[1:])
    if selector == 0:
        hrp, values, encoding = bech32.decode(text)
        _harness.check_equal(bech32.encode(hrp, values, encoding), text.lower(), "bech32")
    elif selector == 1:
        version, program = bech32.decode_segwit(HRPS[data[0] // 4 % 3], text)
        rendered = bech32.encode_segwit(HRPS[data[0] // 4 % 3], version, program)
        _harness.check_equal(rendered, text.lower(), "segwit address")
    elif selector == 2:
        _harness.check_equal(base58.encode(base58.decode(text)), text, "base58")
    else:
        _harness.check_equal(base58.encode_check(base58.decode_check(text)), text, "base58check")


TARGET = _harness.Target("bech32_base58", one_input, allowed=(DecodeError,), max_len=256)

if __name__ == "__main__":
    _harness.main(TARGET)
