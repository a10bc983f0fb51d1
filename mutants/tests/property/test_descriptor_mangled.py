"""Mangled descriptors and key expressions raise only DecodeError; valid ones round-trip."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.descriptor import parse_descriptor, parse_key_expression
from coldsign.errors import DecodeError

XPUB = (
    "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRj"
    "aDMzQLcgJvLJuZZvRcEL"
)
KEY = "03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd"
XONLY = "a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd"
DESCRIPTORS = [
    f"wpkh([deadbeef/84h/0h/0h]{XPUB}/<0;1>/*)",
    f"sh(wpkh({KEY}))",
    f"tr([deadbeef/86h/0h/0h]{XPUB}/0/*)",
    f"tr({XONLY})",
    f"wsh(sortedmulti(2,[deadbeef/48h/0h/0h/2h]{XPUB}/<0;1>/*,{KEY}))",
    f"sh(wsh(multi(1,{XPUB}/1/*,{KEY})))",
    f"pkh({KEY})#",
]
ALPHABET = "()[],/'h*<>;#0123456789abcdefxpubwshmultisortedtr "


@settings(max_examples=400, deadline=None)
@given(
    base=st.sampled_from(DESCRIPTORS),
    pos=st.integers(0, 400),
    char=st.one_of(st.sampled_from(list(ALPHABET)), st.characters(codec="utf-8")),
    mode=st.integers(0, 3),
    checksum=st.booleans(),
)
def test_mangled_descriptor(base: str, pos: int, char: str, mode: int, checksum: bool) -> None:
    text = base
    if checksum and "#" not in text:
        with contextlib.suppress(DecodeError):
            text = parse_descriptor(text).to_string()
    pos %= len(text)
    if mode == 0:
        text = text[:pos]
    elif mode == 1:
        text = text[:pos] + char + text[pos + 1 :]
    elif mode == 2:
        text = text[:pos] + char + text[pos:]
    else:
        text = text[:pos] + text[pos + 1 :]
    try:
        descriptor = parse_descriptor(text)
    except DecodeError:
        return
    # Anything accepted must derive and re-encode to something we accept again.
    descriptor.derive(0)
    assert parse_descriptor(descriptor.to_string()).to_string() == descriptor.to_string()


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_random_descriptor_text(text: str) -> None:
    with contextlib.suppress(DecodeError):
        parse_descriptor(text)
    with contextlib.suppress(DecodeError):
        parse_key_expression(text, xonly=True)
