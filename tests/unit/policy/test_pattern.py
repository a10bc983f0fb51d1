"""The message template engine (coldsign/policy/pattern.py): exact full-match semantics of every
construct, every refusal with its position and wording, and the limits at their boundaries.

A policy's message rule decides which texts a wallet signs, so a pattern that matches more than
it says is a hole: each construct is tested on texts just inside and just outside it, and the
engine is compared with Python's `re` (ASCII mode, which has the same semantics on the supported
subset) on generated patterns and texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.errors import DecodeError
from coldsign.policy.pattern import (
    MAX_NESTING,
    MAX_PATTERN_CHARS,
    MAX_PROGRAM,
    MAX_REPEAT,
    CharSet,
    compile_pattern,
)


def matches(pattern: str, *texts: str) -> list[bool]:
    compiled = compile_pattern(pattern)
    return [compiled.fullmatch(t) for t in texts]


TWICE = "a quantifier after a quantifier (lazy, possessive or nested) is refused"


def refusal(pattern: str) -> str:
    with pytest.raises(DecodeError) as info:
        compile_pattern(pattern)
    assert info.value.what == "message pattern"
    return info.value.reason


# --- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        ("abc", ["abc"], ["", "ab", "abcd", "xabc", "abx", "ABC"]),
        # Upper-case letters are plain literals too (none is mistaken for an operator).
        ("XaXbX", ["XaXbX"], ["aXbX", "XaXb", "xaxbx"]),
        ("X*Y+Z?", ["Y", "XXYYZ"], ["", "XZ", "YZZ"]),
        ("[XY]|Z", ["X", "Y", "Z"], ["XY", ""]),
        ("a*X", ["X", "aaX"], ["a", "XX"]),
        ("^", [""], ["a"]),
        ("^$", [""], ["a", "$"]),
        ("^abc$", ["abc"], ["abcabc", "ab", "^abc$"]),
        (".", ["a", " ", "\r", "é", "\x00"], ["", "\n", "ab"]),
        ("a|b", ["a", "b"], ["", "ab", "c"]),
        ("ab|cd|ef", ["ab", "cd", "ef"], ["", "a", "abcd", "af", "ed"]),
        ("a|", ["a", ""], ["b", "aa"]),
        ("|a", ["a", ""], ["b"]),
        ("x(a|b)y", ["xay", "xby"], ["xy", "xaby", "xa"]),
        ("x(a|bc|)y", ["xay", "xbcy", "xy"], ["xby", "xcy"]),
        ("a*", ["", "a", "aaaa"], ["b", "ab"]),
        ("a+", ["a", "aaaa"], ["", "ab", "b"]),
        ("a?", ["", "a"], ["aa", "b"]),
        ("ba*c", ["bc", "bac", "baaac"], ["b", "c", "bab"]),
        ("(ab)*", ["", "ab", "abab"], ["a", "aba", "ba"]),
        ("(ab)+c", ["abc", "ababc"], ["c", "abac"]),
        ("a{3}", ["aaa"], ["", "aa", "aaaa"]),
        ("a{0}", [""], ["a"]),
        ("a{0}b", ["b"], ["ab"]),
        ("a{2,}", ["aa", "aaa", "a" * 50], ["", "a", "aab"]),
        ("a{0,}", ["", "a", "aaa"], ["b"]),
        ("a{2,4}", ["aa", "aaa", "aaaa"], ["a", "aaaaa", ""]),
        ("a{0,2}", ["", "a", "aa"], ["aaa"]),
        ("a{1,1}b", ["ab"], ["b", "aab"]),
        ("(a|bc){2}", ["aa", "abc", "bca", "bcbc"], ["a", "bc", "abcbc"]),
        ("(a|bc){1,2}d", ["ad", "bcd", "abcd", "bcad"], ["d", "aaad"]),
        ("x(ab|a)*y", ["xy", "xaby", "xaaby", "xabay"], ["xby", "xbay"]),
        ("(a*)*", ["", "aaa"], ["b"]),
        ("(a?){3}", ["", "a", "aaa"], ["aaaa"]),
        ("(a|b)*abb", ["abb", "aabb", "babb", "ababb"], ["ab", "abba", "bb"]),
    ],
)
def test_full_match_semantics(pattern: str, yes: list[str], no: list[str]) -> None:
    assert matches(pattern, *yes) == [True] * len(yes)
    assert matches(pattern, *no) == [False] * len(no)


def test_a_text_that_dies_early_is_not_matched_even_by_a_permissive_tail() -> None:
    assert matches("ab.*", "ab", "abxyz", "axbyz", "b") == [True, True, False, False]
    assert matches("a.*", "xa", "x" * 100) == [False, False]


@pytest.mark.parametrize(
    ("escape", "inside", "outside"),
    [
        (r"\d", "0129", "/:a ١"),
        (r"\D", "/:a ١\n", "0129"),
        (r"\s", " \t\n\v\f\r", "\x08\x0e\x1f!a\xa0"),
        (r"\S", "\x08\x0e\x1f!a\xa0", " \t\n\v\f\r"),
        (r"\w", "09AZaz_", "/:@[^`{é -"),
        (r"\W", "/:@[^`{é -", "09AZaz_"),
    ],
)
def test_the_escape_classes_are_ascii_with_exact_bounds(
    escape: str, inside: str, outside: str
) -> None:
    p = compile_pattern(escape)
    assert [c for c in inside if not p.fullmatch(c)] == []
    assert [c for c in outside if p.fullmatch(c)] == []


@pytest.mark.parametrize("meta", list("\\.[](){}*+?|^$-/"))
def test_every_escaped_metacharacter_is_that_literal_character(meta: str) -> None:
    p = compile_pattern("x\\" + meta + "y")
    assert p.fullmatch("x" + meta + "y")
    assert not p.fullmatch("xay") and not p.fullmatch("xy")
    inside = compile_pattern("[\\" + meta + "]")
    assert inside.fullmatch(meta) and not inside.fullmatch("a")


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        ("[abc]", ["a", "b", "c"], ["", "d", "ab", "A"]),
        ("[^abc]", ["d", "\n", "A", "é"], ["a", "b", "c", ""]),
        ("[a-c]", ["a", "b", "c"], ["`", "d", "-"]),
        ("[a-a]", ["a"], ["b", "-"]),
        ("[a-cx-z]", ["a", "c", "x", "z"], ["d", "w", "-"]),
        ("[^a-c]", ["`", "d"], ["a", "b", "c"]),
        ("[-a]", ["-", "a"], ["b"]),
        ("[a-]", ["-", "a"], ["b"]),
        ("[]a]", ["]", "a"], ["b"]),
        ("[^]a]", ["b"], ["]", "a"]),
        ("[^^]", ["a"], ["^"]),
        ("[a^]", ["a", "^"], ["b"]),
        ("[.]", ["."], ["a"]),
        ("[*+?(){}|$/]", list("*+?(){}|$/"), ["a", "\\"]),
        (r"[\]]", ["]"], ["\\"]),
        (r"[\\]", ["\\"], ["]"]),
        (r"[\--/]", ["-", ".", "/"], [",", "0"]),
        (r"[!-\-]", ["!", ",", "-"], [" ", "."]),
    ],
)
def test_character_classes(pattern: str, yes: list[str], no: list[str]) -> None:
    assert matches(pattern, *yes) == [True] * len(yes)
    assert matches(pattern, *no) == [False] * len(no)


def test_charset_negation() -> None:
    ab = CharSet(((0x61, 0x62),))
    assert (ab.matches("a"), ab.matches("b"), ab.matches("c"), ab.matches("`")) == (
        True,
        True,
        False,
        False,
    )
    not_ab = CharSet(((0x61, 0x62),), negated=True)
    assert (not_ab.matches("a"), not_ab.matches("c")) == (False, True)
    assert CharSet(((0x61, 0x62),)).negated is False


def test_anchors() -> None:
    assert matches("^a", "a", "^a") == [True, False]
    assert matches("a$", "a", "a$") == [True, False]
    assert matches(r"a\$", "a$", "a") == [True, False]  # an escaped `$` is a literal
    assert matches(r"a\\$", "a\\", "a\\$") == [True, False]  # an escaped `\` then the anchor
    assert matches(r"a\\\$", "a\\$", "a\\") == [True, False]
    assert matches(r"\^a", "^a", "a") == [True, False]


def test_the_documented_template() -> None:
    p = compile_pattern(r"Proof of reserves .* block [0-9]+")
    assert p.fullmatch("Proof of reserves for Acme at block 840000")
    assert not p.fullmatch("Proof of reserves for Acme at block 840000\n")
    assert not p.fullmatch("Proof of reserves for Acme at block ")
    assert not p.fullmatch("XProof of reserves x block 1")
    assert p.source == r"Proof of reserves .* block [0-9]+"


# --- refusals: the position and the wording ---------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("(a", "at character 3: unclosed group"),
        ("((a)", "at character 5: unclosed group"),
        ("a)", "at character 2: unbalanced ')'"),
        ("a)b", "at character 2: unbalanced ')'"),
        ("a]", "at character 2: unbalanced ']'"),
        ("a}", "at character 2: unbalanced '}'"),
        ("(?:a)", "at character 2: (?…) groups (flags, look-around, named groups) are refused"),
        ("(?=a)", "at character 2: (?…) groups (flags, look-around, named groups) are refused"),
        ("*a", "at character 1: '*' with nothing to repeat"),
        ("a|+", "at character 3: '+' with nothing to repeat"),
        ("(?", "at character 2: (?…) groups (flags, look-around, named groups) are refused"),
        ("(|?)", "at character 3: '?' with nothing to repeat"),
        ("{1}", "at character 1: '{' with nothing to repeat"),
        ("a^b", "at character 2: '^' only at the start (^) or the end ($) of the pattern"),
        ("a$b", "at character 2: '$' only at the start (^) or the end ($) of the pattern"),
        ("a\\", "at character 2: a trailing backslash"),
        ("\\", "at character 1: a trailing backslash"),
        (r"\n", "at character 1: escape \\n is not supported"),
        (r"\1", "at character 1: escape \\1 is not supported"),
        (r"\b", "at character 1: escape \\b is not supported"),
        (r"\A", "at character 1: escape \\A is not supported"),
        (r"\"", 'at character 1: escape \\" is not supported'),
        (r"\X", "at character 1: escape \\X is not supported"),
        (r"\x41", "at character 1: escape \\x is not supported"),
        (r"\u0041", "at character 1: escape \\u is not supported"),
        ("[a", "at character 3: unclosed ["),
        ("[", "at character 2: unclosed ["),
        ("[]", "at character 3: unclosed ["),
        ("[^", "at character 3: unclosed ["),
        ("[a-", "at character 4: unclosed ["),
        ("[a-b", "at character 5: unclosed ["),
        ("[b-a", "at character 2: a range whose end comes before its start"),
        ("[z-a]", "at character 2: a range whose end comes before its start"),
        ("[b-a]", "at character 2: a range whose end comes before its start"),
        (r"[\d]", "at character 2: \\d, \\s and \\w inside [ ]: write the ranges instead"),
        (r"[\w]", "at character 2: \\d, \\s and \\w inside [ ]: write the ranges instead"),
        (r"[\s]", "at character 2: \\d, \\s and \\w inside [ ]: write the ranges instead"),
        (r"[a-\d]", "at character 4: \\d, \\s and \\w inside [ ]: write the ranges instead"),
        (r"[\D]", "at character 2: \\D inside [ ] is refused"),
        (r"[\S]", "at character 2: \\S inside [ ] is refused"),
        (r"[^\W]", "at character 3: \\W inside [ ] is refused"),
        (r"[\n]", "at character 2: escape \\n is not supported"),
        ("[a[]", "at character 3: '[' inside [ ] must be escaped"),
        ("a{", "at character 3: a repeat count from 0 to 1000"),
        ("a{}", "at character 3: a repeat count from 0 to 1000"),
        ("a{,3}", "at character 3: a repeat count from 0 to 1000"),
        ("a{1001}", "at character 3: a repeat count from 0 to 1000"),
        ("a{00001}", "at character 3: a repeat count from 0 to 1000"),
        ("a{99999}", "at character 3: a repeat count from 0 to 1000"),
        ("a{١}", "at character 3: a repeat count from 0 to 1000"),
        ("a{1,١}", "at character 5: a repeat count from 0 to 1000"),
        ("a{2,1001}", "at character 5: a repeat count from 0 to 1000"),
        ("a{1", "at character 4: expected } to close {n,m}"),
        ("a{1,", "at character 5: a repeat count from 0 to 1000"),
        ("a{1,2", "at character 6: expected } to close {n,m}"),
        ("a{1;2}", "at character 4: expected } to close {n,m}"),
        ("a{3,2}", "at character 2: {n,m} with m < n"),
        ("a**", f"at character 3: {TWICE}"),
        ("a*?", f"at character 3: {TWICE}"),
        ("a++", f"at character 3: {TWICE}"),
        ("a?{2}", f"at character 3: {TWICE}"),
        ("a{2}*", f"at character 5: {TWICE}"),
        ("a{2}{3}", f"at character 5: {TWICE}"),
        ("^^a", "at character 2: '^' only at the start (^) or the end ($) of the pattern"),
        ("^a**", f"at character 4: {TWICE}"),
        ("^(a", "at character 4: unclosed group"),
        ("a$$$", "at character 2: '$' only at the start (^) or the end ($) of the pattern"),
    ],
)
def test_refusals_name_the_position_and_the_reason(pattern: str, reason: str) -> None:
    assert refusal(pattern) == reason


def test_the_message_names_the_pattern() -> None:
    with pytest.raises(DecodeError) as info:
        compile_pattern("(a")
    assert str(info.value) == "invalid message pattern: at character 3: unclosed group"


def test_a_pattern_must_be_text() -> None:
    with pytest.raises(TypeError, match=r"^pattern must be text$"):
        compile_pattern(b"abc")  # type: ignore[arg-type]


# --- limits at their boundaries --------------------------------------------------------------


def test_the_limits_are_the_documented_ones() -> None:
    assert (MAX_PATTERN_CHARS, MAX_PROGRAM, MAX_REPEAT, MAX_NESTING) == (512, 2048, 1000, 32)


def test_pattern_length_limit() -> None:
    assert refusal("") == "1 to 512 characters"
    assert compile_pattern("a" * 512).fullmatch("a" * 512)
    assert refusal("a" * 513) == "1 to 512 characters"


def test_program_size_limit() -> None:
    # 1000 + 1000 + 47 character states and the final match: exactly 2048.
    fits = compile_pattern("a{1000}b{1000}c{47}")
    assert len(fits.program) == MAX_PROGRAM
    assert fits.fullmatch("a" * 1000 + "b" * 1000 + "c" * 47)
    assert not fits.fullmatch("a" * 1000 + "b" * 1000 + "c" * 46)
    assert refusal("a{1000}b{1000}c{48}") == "the pattern expands to more than 2048 states"
    assert refusal("(a{1000}){3}") == "the pattern expands to more than 2048 states"


def test_repeat_count_limit() -> None:
    assert matches("a{1000}", "a" * 1000, "a" * 999, "a" * 1001) == [True, False, False]
    assert matches("a{0999}", "a" * 999) == [True]  # four digits, leading zero
    assert matches("a{0,1000}", "a" * 1000, "") == [True, True]
    assert matches("a{1000,}", "a" * 1003, "a" * 999) == [True, False]


def test_nesting_limit() -> None:
    deepest = "(" * MAX_NESTING + "a" + ")" * MAX_NESTING
    assert matches(deepest, "a", "aa") == [True, False]
    too_deep = "(" * (MAX_NESTING + 1) + "a" + ")" * (MAX_NESTING + 1)
    assert refusal(too_deep) == "at character 33: groups nested deeper than 32"


def test_program_shape() -> None:
    """The compiled program: one state per character, a split per alternative or optional
    repetition, each split's second branch past the construct."""
    a = compile_pattern("a").program[0]
    b = compile_pattern("b").program[0]
    assert compile_pattern("ab").program == (a, b, ("match",))
    assert compile_pattern("a|b").program == (("split", 1, 3), a, ("jump", 4), b, ("match",))
    assert compile_pattern("a*").program == (("split", 1, 3), a, ("jump", 0), ("match",))
    assert compile_pattern("a{1,3}").program == (
        a, ("split", 2, 5), a, ("split", 4, 5), a, ("match",)
    )  # fmt: skip


# --- differential: the engine against Python's `re` on the supported subset ------------------

ALPHABET = "ab-1 _\n.é"

_atoms = st.sampled_from(
    ["a", "b", "-", "1", " ", ".", r"\.", r"\d", r"\D", r"\s", r"\S", r"\w", r"\W",
     "[ab]", "[^a]", "[a-c]", "[-a]", "[a-]", "[]a]", r"[\-.]", "[^-.]", "é"]
)  # fmt: skip
_quantifiers = st.sampled_from(["", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,}", "{0}"])


def _build(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    sequence = st.lists(children, min_size=1, max_size=3).map("".join)
    group = st.lists(sequence, min_size=1, max_size=3).map(lambda opts: "(" + "|".join(opts) + ")")
    return st.tuples(group, _quantifiers).map("".join)


_patterns = st.recursive(
    st.tuples(_atoms, _quantifiers).map("".join), _build, max_leaves=6
).flatmap(lambda p: st.lists(st.just(p) | st.tuples(_atoms, _quantifiers).map("".join),
                             min_size=1, max_size=3).map("".join))  # fmt: skip


@settings(max_examples=100, derandomize=True, deadline=None)
@given(_patterns, st.lists(st.text(ALPHABET, max_size=8), min_size=1, max_size=6))
def test_the_engine_agrees_with_python_re(pattern: str, texts: list[str]) -> None:
    compiled = compile_pattern(pattern)
    expected = re.compile(pattern, re.ASCII)
    for text in texts:
        assert compiled.fullmatch(text) == bool(expected.fullmatch(text)), (pattern, text)
