"""Message templates: a small regular-expression engine that cannot backtrack.

A policy says which texts a wallet may sign with full-match patterns such as
`Proof of reserves .* block [0-9]+`. Python's `re` backtracks, so a pattern like `(a+)+$` takes
exponential time on a crafted message: an insider who can write the message could stall the
signer (and an admin could write such a pattern by mistake). This module compiles a pattern into
a Thompson NFA and runs it as a Pike VM: time is O(len(text) × len(program)) whatever the
pattern, and the program size is capped when the policy is parsed.

Syntax (a subset of POSIX ERE / Python `re`, ASCII classes only):

    literal characters; `.` (any character but a newline); `[abc]`, `[a-z0-9]`, `[^…]`;
    `\\d \\D \\s \\S \\w \\W` (ASCII: [0-9], [ \\t\\n\\r\\f\\v], [A-Za-z0-9_]); an escaped
    metacharacter `\\. \\\\ \\( \\) \\[ \\] \\{ \\} \\* \\+ \\? \\| \\^ \\$ \\- \\/`;
    groups `( … )` with alternation `|`; quantifiers `* + ?` and `{n}`, `{n,}`, `{n,m}`
    (n, m ≤ 1000); `^` first and `$` last are allowed and change nothing (the match is always
    of the whole text).

Anything else (back-references, look-around, lazy or possessive quantifiers, flags, other
escapes) is refused with DecodeError, so a pattern never means something else than it says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coldsign.errors import DecodeError

MAX_PATTERN_CHARS = 512
MAX_PROGRAM = 2048  # NFA instructions after expanding {n,m}
MAX_REPEAT = 1000
MAX_NESTING = 32
WHAT = "message pattern"

_META = set("\\.[](){}*+?|^$-/")
_DIGIT = ((0x30, 0x39),)
_SPACE = ((0x09, 0x0D), (0x20, 0x20))
_WORD = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
_CLASSES = {
    "d": (_DIGIT, False),
    "D": (_DIGIT, True),
    "s": (_SPACE, False),
    "S": (_SPACE, True),
    "w": (_WORD, False),
    "W": (_WORD, True),
}


@dataclass(frozen=True)
class CharSet:
    """Code-point ranges (inclusive), possibly negated."""

    ranges: tuple[tuple[int, int], ...]
    negated: bool = False

    def matches(self, char: str) -> bool:
        c = ord(char)
        inside = any(lo <= c <= hi for lo, hi in self.ranges)
        return inside != self.negated


_ANY = CharSet(((0x0A, 0x0A),), negated=True)  # `.`: anything but a newline


# --- the AST -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Char:
    chars: CharSet


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    options: tuple[_Node, ...]


@dataclass(frozen=True)
class _Repeat:
    item: _Node
    least: int
    most: int | None  # None: unbounded


_Node = _Char | _Seq | _Alt | _Repeat


class _Parser:
    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.pos = 0
        self.offset = offset  # characters of the source before `text` (a stripped `^`)

    def fail(self, reason: str, at: int | None = None) -> DecodeError:
        """A refusal naming the source's character at index `at` of `text` (default: the next
        character; past the end means the pattern ended too early), counted from 1."""
        where = self.pos if at is None else at
        return DecodeError(WHAT, f"at character {self.offset + where + 1}: {reason}")

    def peek(self) -> str | None:
        return self.text[self.pos] if self.pos < len(self.text) else None

    def take(self) -> str:
        char = self.text[self.pos]
        self.pos += 1
        return char

    def alternation(self, depth: int) -> _Node:
        if depth > MAX_NESTING:  # only inside a group: `(` is the character before
            raise self.fail(f"groups nested deeper than {MAX_NESTING}", at=self.pos - 1)
        options = [self.sequence(depth)]
        while self.peek() == "|":
            self.take()
            options.append(self.sequence(depth))
        return options[0] if len(options) == 1 else _Alt(tuple(options))

    def sequence(self, depth: int) -> _Node:
        items: list[_Node] = []
        while (char := self.peek()) is not None and char not in "|)":
            atom = self.atom(depth)
            items.append(self.quantified(atom))
        return items[0] if len(items) == 1 else _Seq(tuple(items))

    def atom(self, depth: int) -> _Node:
        start = self.pos
        char = self.take()
        if char == "(":
            if self.peek() == "?":
                raise self.fail("(?…) groups (flags, look-around, named groups) are refused")
            inner = self.alternation(depth + 1)
            if self.peek() != ")":
                raise self.fail("unclosed group")
            self.take()
            return inner
        if char == "[":
            return _Char(self.char_class())
        if char == ".":
            return _Char(_ANY)
        if char == "\\":
            return _Char(self.escape(in_class=False))
        if char in "*+?{":
            raise self.fail(f"{char!r} with nothing to repeat", at=start)
        if char in "^$":
            raise self.fail(
                f"{char!r} only at the start (^) or the end ($) of the pattern", at=start
            )
        if char in ")]}":
            raise self.fail(f"unbalanced {char!r}", at=start)
        return _Char(CharSet(((ord(char), ord(char)),)))

    def escape(self, *, in_class: bool) -> CharSet:
        start = self.pos - 1  # the backslash
        if self.peek() is None:
            raise self.fail("a trailing backslash", at=start)
        char = self.take()
        if char in _CLASSES:
            ranges, negated = _CLASSES[char]
            if in_class and negated:
                raise self.fail(f"\\{char} inside [ ] is refused", at=start)
            return CharSet(ranges, negated)
        if char in _META:
            return CharSet(((ord(char), ord(char)),))
        raise self.fail(f"escape \\{char} is not supported", at=start)

    def char_class(self) -> CharSet:
        """The members of `[…]` after the `[`; a `]` first (after any `^`) is a member, a `-`
        first or last is a member. Never empty: the loop takes a member before any `]`."""
        negated = False
        if self.peek() == "^":
            self.take()
            negated = True
        ranges: list[tuple[int, int]] = []
        first = True
        while True:
            char = self.peek()
            if char is None:
                raise self.fail("unclosed [")
            if char == "]" and not first:
                self.take()
                break
            first = False
            start = self.pos
            low = self.class_member()
            if (
                self.peek() == "-"
                and self.pos + 1 < len(self.text)
                and self.text[self.pos + 1] != "]"
            ):
                self.take()
                high = self.class_member()
                if high < low:
                    raise self.fail("a range whose end comes before its start", at=start)
                ranges.append((low, high))
            else:
                ranges.append((low, low))
        return CharSet(tuple(ranges), negated)

    def class_member(self) -> int:
        """One character of a class, as its code point (`\\d`-style sets are refused)."""
        start = self.pos
        char = self.take()
        if char == "\\":
            chars = self.escape(in_class=True)
            if len(chars.ranges) == 1 and chars.ranges[0][0] == chars.ranges[0][1]:
                return chars.ranges[0][0]
            raise self.fail("\\d, \\s and \\w inside [ ]: write the ranges instead", at=start)
        if char == "[":
            raise self.fail("'[' inside [ ] must be escaped", at=start)
        return ord(char)

    def quantified(self, atom: _Node) -> _Node:
        char = self.peek()
        if char is None or char not in "*+?{":
            return atom
        start = self.pos
        self.take()
        if char == "*":
            node = _Repeat(atom, 0, None)
        elif char == "+":
            node = _Repeat(atom, 1, None)
        elif char == "?":
            node = _Repeat(atom, 0, 1)
        else:
            least = self.number()
            most: int | None = least
            if self.peek() == ",":
                self.take()
                most = None if self.peek() == "}" else self.number()
            if self.peek() != "}":
                raise self.fail("expected } to close {n,m}")
            self.take()
            if most is not None and most < least:
                raise self.fail("{n,m} with m < n", at=start)
            node = _Repeat(atom, least, most)
        following = self.peek()
        if following is not None and following in "*+?{":
            raise self.fail(
                "a quantifier after a quantifier (lazy, possessive or nested) is refused"
            )
        return node

    def number(self) -> int:
        start = self.pos
        while (char := self.peek()) is not None and char.isascii() and char.isdigit():
            self.take()
        digits = self.text[start : self.pos]
        if not digits or len(digits) > 4 or int(digits) > MAX_REPEAT:
            raise self.fail(f"a repeat count from 0 to {MAX_REPEAT}", at=start)
        return int(digits)


# --- the program (Pike VM) ---------------------------------------------------------------------

# An instruction: ("char", CharSet) advances on a matching character; ("split", a, b) tries both;
# ("jump", a); ("match",).
_Instr = tuple[object, ...]


class _Compiler:
    def __init__(self) -> None:
        self.program: list[_Instr] = []

    def emit(self, instr: _Instr) -> int:
        if len(self.program) >= MAX_PROGRAM:
            raise DecodeError(WHAT, f"the pattern expands to more than {MAX_PROGRAM} states")
        self.program.append(instr)
        return len(self.program) - 1

    def patch(self, at: int, instr: _Instr) -> None:
        self.program[at] = instr

    def compile(self, node: _Node) -> None:
        if isinstance(node, _Char):
            self.emit(("char", node.chars))
        elif isinstance(node, _Seq):
            for item in node.items:
                self.compile(item)
        elif isinstance(node, _Alt):
            jumps = []
            for option in node.options[:-1]:
                split = self.emit(("split", 0, 0))
                self.compile(option)
                jumps.append(self.emit(("jump", 0)))
                self.patch(split, ("split", split + 1, len(self.program)))
            self.compile(node.options[-1])
            for j in jumps:
                self.patch(j, ("jump", len(self.program)))
        else:
            for _ in range(node.least):
                self.compile(node.item)
            if node.most is None:
                loop = self.emit(("split", 0, 0))
                self.compile(node.item)
                self.emit(("jump", loop))
                self.patch(loop, ("split", loop + 1, len(self.program)))
            else:
                splits = []
                for _ in range(node.most - node.least):
                    splits.append(self.emit(("split", 0, 0)))
                    self.compile(node.item)
                for s in splits:
                    self.patch(s, ("split", s + 1, len(self.program)))


@dataclass(frozen=True)
class Pattern:
    """A compiled full-match pattern; `source` is the text the policy states."""

    source: str
    program: tuple[_Instr, ...]

    def fullmatch(self, text: str) -> bool:
        """Whether the whole of `text` matches: O(len(text) × len(program)), no backtracking."""
        current = self._closure([0])
        for char in text:
            if not current:
                return False
            advanced = []
            for pc in current:
                instr = self.program[pc]
                if instr[0] == "char":
                    chars = instr[1]
                    assert isinstance(chars, CharSet)
                    if chars.matches(char):
                        advanced.append(pc + 1)
            current = self._closure(advanced)
        return any(self.program[pc][0] == "match" for pc in current)

    def _closure(self, start: Sequence[int]) -> list[int]:
        """The states reachable from `start` without reading a character (each once)."""
        seen: set[int] = set()
        out: list[int] = []
        stack = list(reversed(start))
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            instr = self.program[pc]
            if instr[0] == "jump":
                target = instr[1]
                assert isinstance(target, int)
                stack.append(target)
            elif instr[0] == "split":
                a, b = instr[1], instr[2]
                assert isinstance(a, int) and isinstance(b, int)
                stack.extend((b, a))
            else:
                out.append(pc)
        return out


def compile_pattern(source: str) -> Pattern:
    """Compile a full-match pattern (syntax in the module docstring); DecodeError if it is too
    long, expands to too many states, or uses anything outside the supported syntax."""
    if not isinstance(source, str):
        raise TypeError("pattern must be text")
    if not source or len(source) > MAX_PATTERN_CHARS:
        raise DecodeError(WHAT, f"1 to {MAX_PATTERN_CHARS} characters")
    offset = 1 if source.startswith("^") else 0  # `^` is the start anchor: it changes nothing
    body = source[offset:]
    if body.endswith("$"):
        backslashes = len(body[:-1]) - len(body[:-1].rstrip("\\"))
        if backslashes % 2 == 0:  # an unescaped `$`: the end anchor
            body = body[:-1]
    parser = _Parser(body, offset)
    tree = parser.alternation(0)
    if parser.pos != len(body):
        raise parser.fail("unbalanced ')'")
    compiler = _Compiler()
    compiler.compile(tree)
    compiler.emit(("match",))
    return Pattern(source, tuple(compiler.program))
