"""PSBT as text or binary with format recognition: coldsign.codec.psbt.decode_psbt_text.

Input: one format byte (auto, base64, hex, binary) then the file's bytes. Allowed: DecodeError.
Round trip: the decoded PSBT re-encodes in every format and decodes back to the same PSBT.
"""

from __future__ import annotations

import _harness

from coldsign.codec.psbt import decode_psbt_text, encode_psbt
from coldsign.errors import DecodeError

FORMATS = ("auto", "base64", "hex", "binary")
OUTPUTS = ("base64", "hex", "binary")


def one_input(data: bytes) -> None:
    if not data:
        return
    psbt = decode_psbt_text(data[1:], FORMATS[data[0] % len(FORMATS)])  # type: ignore[arg-type]
    for fmt in OUTPUTS:
        encoded = encode_psbt(psbt, fmt)  # type: ignore[arg-type]
        with _harness.must_succeed(f"decode_psbt_text(encode_psbt(x, {fmt}))"):
            again = decode_psbt_text(encoded, "auto")
        _harness.check_equal(again, psbt, f"PSBT via {fmt}")


TARGET = _harness.Target("psbt_text", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
