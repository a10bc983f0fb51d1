"""BIP-32 extended keys (xpub/xprv, tpub/tprv, SLIP-132 forms), derivation paths and key origins:
coldsign.keys.hd.parse_extended_key / parse_extended_public_key / parse_path / KeyOrigin.parse.

Input: a selector byte, then text -- or, for selector 3, the 78 raw bytes of an extended key,
which the harness Base58Check-encodes first (the fuzzer cannot compute the checksum), so every
check behind it (version, depth, parent, key prefix, scalar range, curve point) is reached.
Allowed: DecodeError. Round trip: an accepted key re-serializes under its own version bytes to
the same 78 bytes; a path formats and parses back to the same indexes; an origin prints and
parses back to an equal origin.
"""

from __future__ import annotations

import _harness

from coldsign.codec import base58
from coldsign.codec.bip32 import KeyOrigin, format_path, parse_extended_public_key, parse_path
from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey, parse_extended_key


def _extended(text: str) -> None:
    key = parse_extended_key(text)
    raw = base58.decode_check(text.strip())
    if isinstance(key, ExtendedPrivateKey):
        try:
            again = base58.decode_check(key.reveal_xprv(raw[:4]))
        finally:
            key.wipe()
        _harness.check_equal(again, raw, "xprv serialization")
    else:
        _harness.check_equal(key.serialize(raw[:4]), raw, "xpub serialization")
        with _harness.must_succeed("parse_extended_public_key of an accepted xpub"):
            parse_extended_public_key(text)


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, rest = data[0] % 4, data[1:]
    if selector == 3:
        _extended(base58.encode_check(rest))
        return
    text = _harness.text(rest)
    if selector == 0:
        _extended(text)
    elif selector == 1:
        path = parse_path(text)
        with _harness.must_succeed("parse_path(format_path(path))"):
            _harness.check_equal(parse_path(format_path(path)), path, "path")
    else:
        origin = KeyOrigin.parse(text)
        with _harness.must_succeed("KeyOrigin.parse(origin.to_string())"):
            _harness.check_equal(KeyOrigin.parse(origin.to_string("'")), origin, "key origin")


TARGET = _harness.Target("hd_keys", one_input, allowed=(DecodeError,), max_len=512)

if __name__ == "__main__":
    _harness.main(TARGET)
