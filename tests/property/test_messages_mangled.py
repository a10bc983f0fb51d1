"""Issue 15 decoders are total: the message request codec round-trips and refuses mangled bytes
with DecodeError only; the reserves files (snapshot, proof, CSV, liabilities root) and the
message screen never raise anything else; the template engine agrees with Python's `re` on the
syntax it accepts, and any other pattern is a DecodeError."""

from __future__ import annotations

import contextlib
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coldsign.codec.message_request import (
    MessageFormat,
    MessageRequest,
    parse_message_request,
    serialize_message_request,
)
from coldsign.errors import DecodeError
from coldsign.messages.screen import transaction_like
from coldsign.policy.pattern import MAX_PATTERN_CHARS, compile_pattern
from coldsign.reserves import proofs as reserves

requests = st.builds(
    MessageRequest,
    st.sampled_from(list(MessageFormat)),
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=128),
    st.lists(st.integers(0, 2**32 - 1), max_size=12).map(tuple),
    st.binary(max_size=600),
)


@given(requests)
def test_message_requests_round_trip(request: MessageRequest) -> None:
    raw = serialize_message_request(request)
    assert parse_message_request(raw) == request
    assert serialize_message_request(parse_message_request(raw)) == raw


@settings(max_examples=400)
@given(requests, st.integers(0), st.integers(0), st.integers(0, 255))
def test_mangled_message_requests_raise_decode_error_only(
    request: MessageRequest, cut: int, flip: int, byte: int
) -> None:
    raw = bytearray(serialize_message_request(request))
    raw = raw[: cut % (len(raw) + 1)]
    if raw:
        raw[flip % len(raw)] ^= byte
    with contextlib.suppress(DecodeError):
        decoded = parse_message_request(bytes(raw))
        assert serialize_message_request(decoded) == bytes(raw)


@given(st.binary(max_size=300))
def test_random_bytes_are_a_request_or_a_decode_error(data: bytes) -> None:
    with contextlib.suppress(DecodeError):
        parse_message_request(b"csmr\x01" + data)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_screening_never_raises(data: bytes) -> None:
    result = transaction_like(data)
    assert result is None or isinstance(result, str)


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_reserves_decoders_raise_decode_error_only(data: bytes) -> None:
    for decode in (reserves.decode_utxo_set, reserves.decode_btc_proof,
                   reserves.decode_ownership_csv, reserves.decode_liabilities_root):  # fmt: skip
        with contextlib.suppress(DecodeError):
            decode(data)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300)
@given(
    st.fixed_dictionaries(
        {"format": st.sampled_from(["coldsign-reserves-snapshot", "x"]), "version": _JSONISH},
        optional={
            "network": _JSONISH,
            "date": _JSONISH,
            "height": _JSONISH,
            "block_hash": _JSONISH,
            "utxos": _JSONISH,
            "unspents": _JSONISH,
            "bestblock": _JSONISH,
        },
    )
)
def test_shaped_snapshots_raise_decode_error_only(doc: dict[str, object]) -> None:
    import json

    with contextlib.suppress(DecodeError):
        reserves.decode_utxo_set(json.dumps(doc).encode())


# --- the template engine against Python's re ----------------------------------------------------

_ATOMS = st.sampled_from(["a", "b", "ab", ".", "[ab]", "[^a]", "[a-c]", r"\d", r"\.", "x"])


def _pattern(depth: int = 0) -> st.SearchStrategy[str]:
    atom = _ATOMS if depth >= 1 else st.one_of(_ATOMS, st.deferred(lambda: _group(depth + 1)))
    quantifier = st.sampled_from(["", "*", "+", "?", "{2}", "{1,3}", "{0,}"])

    def piece(parts: tuple[str, str]) -> str:
        text, q = parts
        single = len(text) == 1 or text[0] in "[(" or (text[0] == "\\" and len(text) == 2)
        return (text if single or not q else f"({text})") + q

    return st.lists(st.tuples(atom, quantifier).map(piece), min_size=1, max_size=4).map("".join)


def _group(depth: int) -> st.SearchStrategy[str]:
    return st.lists(_pattern(depth), min_size=1, max_size=3).map(
        lambda xs: "(" + "|".join(xs) + ")"
    )


@settings(max_examples=400, deadline=None)
@given(_pattern(), st.lists(st.text("abcx.1\n", max_size=8), min_size=1, max_size=6))
def test_the_engine_agrees_with_re(pattern: str, texts: list[str]) -> None:
    assume(len(pattern) <= MAX_PATTERN_CHARS // 2)
    try:
        compiled = compile_pattern(pattern)  # everything this grammar writes is supported…
    except DecodeError as exc:
        assert "states" in str(exc)  # …within the size limit
        return
    reference = re.compile(pattern, re.ASCII)
    for text in texts:
        assert compiled.fullmatch(text) == (reference.fullmatch(text) is not None), (pattern, text)


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_any_pattern_text_compiles_or_is_a_decode_error(text: str) -> None:
    with contextlib.suppress(DecodeError):
        compile_pattern(text)
