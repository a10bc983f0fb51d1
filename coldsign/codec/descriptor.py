"""Output script descriptors (BIP-380..386, BIP-389 multipath) for the wallet kinds coldsign signs.

Supported: pkh(KEY), wpkh(KEY), sh(wpkh(KEY)), tr(KEY) (key path only, BIP-86 style),
wsh(multi|sortedmulti), sh(multi|sortedmulti) and sh(wsh(multi|sortedmulti)). Keys are public only
(watch-only): hex compressed keys (x-only inside tr()), xpub/tpub with non-hardened derivation,
`/*`, and one `<a;b;...>` multipath step, optionally with a `[fingerprint/path]` origin.
Everything else is rejected with a `DecodeError` naming what is wrong and where: private keys,
uncompressed keys, hardened steps after an xpub, tr() script trees, and the descriptor kinds we do
not sign (pk, combo, raw, addr, bare multi, miniscript).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections.abc import Sequence

from coldsign.codec import base58
from coldsign.codec.bip32 import (
    HARDENED,
    ExtendedPublicKey,
    KeyOrigin,
    decode_extended_key,
    format_step,
    parse_step,
)
from coldsign.codec.script import (
    MAX_P2SH_MULTISIG_KEYS,
    address_from_script,
    multisig_script,
    p2pkh_script,
    p2sh_script,
    p2tr_script,
    p2wpkh_script,
    p2wsh_script,
    taproot_output_key,
)
from coldsign.errors import DecodeError
from coldsign.units import Network

WHAT = "descriptor"
MAX_LENGTH = 20_000
MAX_MULTISIG_KEYS = 20

INPUT_CHARSET = (
    "0123456789()[],'/*abcdefgh@:$%{}"
    "IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~"
    'ijklmnopqrstuvwxyzABCDEFGH`#"\\ '
)
CHECKSUM_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_INPUT_INDEX = {c: i for i, c in enumerate(INPUT_CHARSET)}
_GENERATOR = (0xF5DEE51989, 0xA9FDCA3312, 0x1BAB10E32D, 0x3706B1677A, 0x644D626FFD)

SUPPORTED = "pkh, wpkh, sh(wpkh), tr (key path only), sh/wsh/sh(wsh) of multi or sortedmulti"


# ---------------------------------------------------------------------------------------------
# Checksum (BIP-380)


def _polymod(c: int, value: int) -> int:
    top = c >> 35
    c = ((c & 0x7FFFFFFFF) << 5) ^ value
    for i in range(5):
        if (top >> i) & 1:
            c ^= _GENERATOR[i]
    return c


def _check_charset(text: str) -> None:
    for pos, char in enumerate(text, start=1):
        if char not in _INPUT_INDEX:
            raise DecodeError(WHAT, f"character {pos} is not allowed in a descriptor")


def descriptor_checksum(text: str) -> str:
    """The 8-character BIP-380 checksum of `text` (no '#'). DecodeError on a bad character."""
    _check_charset(text)
    c = 1
    cls = 0
    count = 0
    for char in text:
        pos = _INPUT_INDEX[char]
        c = _polymod(c, pos & 31)
        cls = cls * 3 + (pos >> 5)
        count += 1
        if count == 3:
            c = _polymod(c, cls)
            cls = 0
            count = 0
    if count:
        c = _polymod(c, cls)
    for _ in range(8):
        c = _polymod(c, 0)
    c ^= 1
    return "".join(CHECKSUM_CHARSET[(c >> (5 * (7 - i))) & 31] for i in range(8))


def add_checksum(text: str) -> str:
    """`text#checksum`; an existing checksum is verified and kept."""
    body, _ = _split_checksum(text, require=False)
    return f"{body}#{descriptor_checksum(body)}"


def _split_checksum(text: str, *, require: bool) -> tuple[str, str | None]:
    if text.count("#") > 1:
        raise DecodeError(WHAT, "more than one '#'")
    body, sep, checksum = text.partition("#")
    _check_charset(body)
    if not sep:
        if require:
            raise DecodeError(WHAT, "checksum missing (expected '#' and 8 characters at the end)")
        return body, None
    if len(checksum) != 8:
        raise DecodeError(WHAT, f"checksum of {len(checksum)} characters (must be 8)")
    if any(c not in CHECKSUM_CHARSET for c in checksum):
        raise DecodeError(WHAT, "checksum has a character outside the bech32 alphabet")
    if descriptor_checksum(body) != checksum:
        raise DecodeError(WHAT, "checksum mismatch (mistyped or corrupted)")
    return body, checksum


# ---------------------------------------------------------------------------------------------
# Key expressions (BIP-380, BIP-389)


@dataclasses.dataclass(frozen=True)
class KeyExpression:
    """One public key in a descriptor: a fixed key, or an xpub with a derivation template.

    `path` holds the steps after the xpub; each step is a tuple of alternatives (one element
    normally, several for a BIP-389 `<a;b>` step). `wildcard` means a final `/*`.
    """

    origin: KeyOrigin | None
    public_key: bytes | None = None  # 33 bytes compressed, or 32 bytes x-only (inside tr())
    xpub: ExtendedPublicKey | None = None
    path: tuple[tuple[int, ...], ...] = ()
    wildcard: bool = False

    @property
    def is_ranged(self) -> bool:
        return self.wildcard

    @functools.cached_property
    def branch_count(self) -> int:
        """Number of multipath alternatives (1 when there is no `<...>` step)."""
        return max((len(step) for step in self.path), default=1)

    @property
    def is_multipath(self) -> bool:
        return self.branch_count > 1

    def fixed_path(self, branch: int) -> tuple[int, ...]:
        """The steps after the xpub (wildcard excluded) for multipath alternative `branch`."""
        if not 0 <= branch < self.branch_count:
            raise ValueError(f"branch {branch} out of range (key has {self.branch_count})")
        return tuple(step[branch] if len(step) > 1 else step[0] for step in self.path)

    def for_branch(self, branch: int) -> KeyExpression:
        """The same key with its multipath step resolved to alternative `branch`."""
        return dataclasses.replace(self, path=tuple((i,) for i in self.fixed_path(branch)))

    def effective_origin(self) -> KeyOrigin | None:
        """Origin of the key before the template's steps; for a bare xpub, its own fingerprint."""
        if self.origin is not None:
            return self.origin
        if self.xpub is not None:
            return KeyOrigin(self.xpub.fingerprint, ())
        return None

    def derive(self, index: int, branch: int = 0) -> tuple[bytes, KeyOrigin | None]:
        """(compressed public key or, for a fixed x-only key, 32 bytes; its full origin)."""
        if self.xpub is None:
            assert self.public_key is not None
            return self.public_key, self.origin
        parent, _, origin = self._branch(branch)
        if self.wildcard:
            if not 0 <= index < HARDENED:
                raise ValueError(f"index {index} out of range")
            public_key = parent.child_key(index)
            if origin is None:
                return public_key, None
            return public_key, KeyOrigin(origin.fingerprint, (*origin.path, index))
        return parent.public_key, origin

    def _source(self, branch: int) -> tuple[ExtendedPublicKey | None, bytes]:
        """(the xpub whose children are this key's, for a ranged key; else None, and the one
        public key this key always is): `derive`'s keys without the origin it also returns."""
        if self.xpub is None:
            assert self.public_key is not None
            return None, self.public_key
        parent = self._branch(branch)[0]
        return (parent if self.wildcard else None), parent.public_key

    def _branch(self, branch: int) -> tuple[ExtendedPublicKey, tuple[int, ...], KeyOrigin | None]:
        """(the xpub after the fixed steps of `branch`, those steps, its origin), derived once:
        every index of a branch is a child of the same key."""
        cache: dict[int, tuple[ExtendedPublicKey, tuple[int, ...], KeyOrigin | None]]
        cache = self.__dict__.setdefault("_branches", {})
        found = cache.get(branch)
        if found is None:
            assert self.xpub is not None
            steps = self.fixed_path(branch)
            origin = self.effective_origin()
            found = (
                self.xpub.derive(steps),
                steps,
                origin.extend(steps) if origin is not None else None,
            )
            cache[branch] = found
        return found

    def to_string(self) -> str:
        out = f"[{self.origin}]" if self.origin is not None else ""
        if self.xpub is None:
            assert self.public_key is not None
            return out + self.public_key.hex()
        out += self.xpub.to_string()
        for step in self.path:
            if len(step) > 1:
                out += "/<" + ";".join(format_step(i) for i in step) + ">"
            else:
                out += "/" + format_step(step[0])
        if self.wildcard:
            out += "/*"
        return out

    def __str__(self) -> str:
        return self.to_string()


_HEX_RE = re.compile(r"[0-9a-fA-F]*")


def _looks_like_wif(text: str) -> bool:
    if not 50 <= len(text) <= 53:
        return False
    try:
        raw = base58.decode_check(text)
    except DecodeError:
        return False
    return len(raw) in (33, 34) and raw[0] in (0x80, 0xEF)


def _parse_origin(text: str, what: str) -> tuple[KeyOrigin | None, str]:
    if not text.startswith("["):
        if "[" in text or "]" in text:
            raise DecodeError(what, "misplaced '[' or ']' (a key origin must come first)")
        return None, text
    end = text.find("]")
    if end < 0:
        raise DecodeError(what, "key origin has no closing ']'")
    inner, rest = text[1:end], text[end + 1 :]
    if "[" in inner:
        raise DecodeError(what, "nested '[' in key origin")
    if rest.startswith("["):
        raise DecodeError(what, "more than one key origin")
    if "[" in rest or "]" in rest:
        raise DecodeError(what, "misplaced '[' or ']' after the key origin")
    fp_text, sep, path_text = inner.partition("/")
    if not re.fullmatch(r"[0-9a-fA-F]{8}", fp_text):
        raise DecodeError(what, "key origin fingerprint must be exactly 8 hex characters")
    steps: tuple[int, ...] = ()
    if sep:
        parts = path_text.split("/")
        for part in parts:
            if part == "":
                raise DecodeError(what, "empty step in key origin (a stray '/')")
            if part in ("*", "*'", "*h") or part.startswith("<"):
                raise DecodeError(what, "a key origin cannot contain '*' or '<...>'")
        steps = tuple(parse_step(p, f"{what} origin") for p in parts)
    if not rest:
        raise DecodeError(what, "key origin with no key after it")
    return KeyOrigin(bytes.fromhex(fp_text.lower()), steps), rest


def _parse_multipath(text: str, what: str) -> tuple[int, ...]:
    inner = text[1:-1]
    parts = inner.split(";")
    if len(parts) < 2:
        raise DecodeError(what, "a '<...>' step needs at least two alternatives separated by ';'")
    values = []
    for part in parts:
        value = parse_step(part, what)
        if value >= HARDENED:
            raise DecodeError(what, "hardened step after an xpub (needs the private key)")
        values.append(value)
    if len(set(values)) != len(values):
        raise DecodeError(what, "a '<...>' step repeats an alternative")
    return tuple(values)


def parse_key_expression(
    text: str, *, xonly: bool = False, what: str = "key expression"
) -> KeyExpression:
    """Parse one public KEY expression (BIP-380); `xonly` allows 64-hex x-only keys (tr())."""
    if not text:
        raise DecodeError(what, "empty key")
    origin, rest = _parse_origin(text, what)
    parts = rest.split("/")
    head, steps_text = parts[0], parts[1:]
    if _HEX_RE.fullmatch(head):
        if steps_text:
            raise DecodeError(what, "a hex public key cannot have derivation steps")
        return KeyExpression(origin, public_key=_parse_hex_key(head, xonly, what))
    if _looks_like_wif(head):
        raise DecodeError(
            what, "a private key (WIF); descriptors here are watch-only, give the public key"
        )
    if head[:4] in (
        "xpub",
        "tpub",
        "ypub",
        "zpub",
        "upub",
        "vpub",
        "Ypub",
        "Zpub",
        "Upub",
        "Vpub",
    ) or head[1:4] in ("prv",):
        try:
            raw = decode_extended_key(head)
        except DecodeError as exc:
            raise DecodeError(what, f"extended key: {exc.reason}") from None
        if raw.private:
            raise DecodeError(
                what, "an extended private key; descriptors here are watch-only, give the xpub"
            )
        decoded = ExtendedPublicKey(
            raw.depth, raw.parent_fingerprint, raw.child_number, raw.chain_code, raw.key_data,
            raw.network,
        )  # fmt: skip
        return _parse_xpub_steps(origin, decoded, steps_text, what)
    raise DecodeError(what, "not a hex public key or an xpub/tpub")


def _parse_hex_key(text: str, xonly: bool, what: str) -> bytes:
    from coincurve import PublicKey, PublicKeyXOnly

    if len(text) == 130 and text[:2] == "04":
        raise DecodeError(what, "uncompressed public keys are not supported")
    if len(text) == 66 and text[:2] in ("02", "03"):
        raw = bytes.fromhex(text)
        try:
            PublicKey(raw)
        except ValueError:
            raise DecodeError(what, "public key is not a point on the curve") from None
        return raw
    if len(text) == 64:
        if not xonly:
            raise DecodeError(what, "an x-only (32-byte) key is only allowed inside tr()")
        raw = bytes.fromhex(text)
        try:
            PublicKeyXOnly(raw)
        except ValueError:
            raise DecodeError(what, "x-only key is not a point on the curve") from None
        return raw
    raise DecodeError(what, f"hex key of {len(text)} characters (expected 66, or 64 inside tr())")


def _parse_xpub_steps(
    origin: KeyOrigin | None, xpub: ExtendedPublicKey, steps_text: list[str], what: str
) -> KeyExpression:
    wildcard = False
    path: list[tuple[int, ...]] = []
    multipath_seen = False
    for i, part in enumerate(steps_text):
        last = i == len(steps_text) - 1
        if part in ("*'", "*h"):
            raise DecodeError(what, "hardened wildcard after an xpub (needs the private key)")
        if part == "*":
            if not last:
                raise DecodeError(what, "'*' must be the last step")
            wildcard = True
            continue
        if part.startswith("<") and part.endswith(">"):
            if multipath_seen:
                raise DecodeError(what, "more than one '<...>' step in one key")
            multipath_seen = True
            path.append(_parse_multipath(part, what))
            continue
        if part == "":
            raise DecodeError(what, "empty derivation step (a stray '/')")
        step = parse_step(part, what)
        if step >= HARDENED:
            raise DecodeError(what, "hardened step after an xpub (needs the private key)")
        path.append((step,))
    return KeyExpression(origin, xpub=xpub, path=tuple(path), wildcard=wildcard)


# ---------------------------------------------------------------------------------------------
# Script expressions


class DescriptorKind(enum.Enum):
    PKH = "pkh"
    WPKH = "wpkh"
    SH_WPKH = "sh(wpkh)"
    TR = "tr"
    SH_MULTI = "sh(multi)"
    SH_SORTEDMULTI = "sh(sortedmulti)"
    WSH_MULTI = "wsh(multi)"
    WSH_SORTEDMULTI = "wsh(sortedmulti)"
    SH_WSH_MULTI = "sh(wsh(multi))"
    SH_WSH_SORTEDMULTI = "sh(wsh(sortedmulti))"

    @property
    def is_multisig(self) -> bool:
        return "multi" in self.value

    @property
    def is_sorted(self) -> bool:
        """sortedmulti (BIP-67 key order): a set lookup, not a string search (it runs for every
        input a wallet re-derives)."""
        return self in _SORTED


_SORTED = frozenset(
    (
        DescriptorKind.SH_SORTEDMULTI,
        DescriptorKind.WSH_SORTEDMULTI,
        DescriptorKind.SH_WSH_SORTEDMULTI,
    )
)


@dataclasses.dataclass(frozen=True, slots=True)
class DerivedKey:
    """A key at one derived position: 33-byte compressed, or x-only 32 bytes for tr()."""

    public_key: bytes
    origin: KeyOrigin | None


@dataclasses.dataclass(frozen=True, slots=True)
class DerivedScript:
    """The output script at one (branch, index), with what a signer needs to spend it."""

    kind: DescriptorKind
    branch: int
    index: int
    script_pubkey: bytes
    redeem_script: bytes | None
    witness_script: bytes | None
    keys: tuple[DerivedKey, ...]
    internal_key: bytes | None = None
    output_key: bytes | None = None

    def address(self, network: Network) -> str:
        address = address_from_script(self.script_pubkey, network)
        if address is None:  # cannot happen for the kinds we build
            raise ValueError("script has no address form")
        return address


@dataclasses.dataclass(frozen=True)
class Descriptor:
    """A parsed descriptor of one supported kind. `derive` gives scripts; `to_string` re-encodes."""

    kind: DescriptorKind
    keys: tuple[KeyExpression, ...]
    threshold: int | None = None

    @functools.cached_property
    def is_ranged(self) -> bool:
        return any(k.is_ranged for k in self.keys)

    @functools.cached_property
    def branch_count(self) -> int:
        return max(k.branch_count for k in self.keys)

    @property
    def is_multipath(self) -> bool:
        return self.branch_count > 1

    def branches(self) -> list[Descriptor]:
        """BIP-389: one single-path descriptor per alternative (`<0;1>` -> receive, change)."""
        if not self.is_multipath:
            return [self]
        return [
            dataclasses.replace(
                self, keys=tuple(k.for_branch(b) if k.is_multipath else k for k in self.keys)
            )
            for b in range(self.branch_count)
        ]

    def to_string(self, with_checksum: bool = True) -> str:
        keys = ",".join(k.to_string() for k in self.keys)
        if self.kind.is_multisig:
            inner = f"{'sortedmulti' if self.kind.is_sorted else 'multi'}({self.threshold},{keys})"
            if self.kind.value.startswith("sh(wsh("):
                body = f"sh(wsh({inner}))"
            elif self.kind.value.startswith("wsh("):
                body = f"wsh({inner})"
            else:
                body = f"sh({inner})"
        elif self.kind is DescriptorKind.SH_WPKH:
            body = f"sh(wpkh({keys}))"
        else:
            body = f"{self.kind.value}({keys})"
        return add_checksum(body) if with_checksum else body

    def __str__(self) -> str:
        return self.to_string()

    def derive(self, index: int = 0, branch: int = 0, *, label: int | None = None) -> DerivedScript:
        """The script at child `index` of multipath alternative `branch`; `label` is the branch
        number the result carries, if not `branch` (a wallet's branch of single-path
        descriptors).

        ValueError (a caller bug) for an index on a non-ranged descriptor, or a branch it lacks.
        """
        if not self.is_ranged and index != 0:
            raise ValueError("descriptor is not ranged: index must be 0")
        if not 0 <= branch < self.branch_count:
            raise ValueError(f"branch {branch} out of range ({self.branch_count} branch(es))")
        derived = tuple(
            DerivedKey(*k.derive(index, branch if k.is_multipath else 0)) for k in self.keys
        )
        shown = branch if label is None else label
        spk, redeem, witness, output = self._scripts([k.public_key for k in derived], branch, index)
        if output is not None:  # tr(): the x-only internal key (drop a compressed key's parity)
            internal = derived[0].public_key[-32:]
            keys = (DerivedKey(internal, derived[0].origin),)
            return DerivedScript(self.kind, shown, index, spk, None, None, keys, internal, output)
        return DerivedScript(self.kind, shown, index, spk, redeem, witness, derived, None, None)

    def script_pubkey_at(self, index: int = 0, branch: int = 0) -> bytes:
        """`derive(index, branch).script_pubkey`, computed without what `derive` builds for a
        signer (key origins, `DerivedKey`s, the `DerivedScript`): what a wallet compares with a
        PSBT's script for every input and output (issue 16). The same keys (BIP-32 CKDpub
        through `ExtendedPublicKey.child_key`, which also keeps them for the signer), the same
        templates and the same errors: ValueError for an index or branch the descriptor lacks,
        DecodeError if the index gives an invalid key or two multisig slots derive to one key.
        tests/property/test_fast_paths_round3.py holds it equal to `derive`.
        """
        sources = self.__dict__.get("_sources")
        if sources is None or branch not in sources:
            if not 0 <= branch < self.branch_count:
                raise ValueError(f"branch {branch} out of range ({self.branch_count} branch(es))")
            sources = self.__dict__.setdefault("_sources", {})
            sources[branch] = tuple(k._source(branch if k.is_multipath else 0) for k in self.keys)
        if index:
            if not self.is_ranged:
                raise ValueError("descriptor is not ranged: index must be 0")
            if not 0 < index < HARDENED:
                raise ValueError(f"index {index} out of range")
        source = sources[branch]
        if len(source) == 1:  # single-key kinds (most wallets): no list comprehension's call
            parent, key = source[0]
            key = key if parent is None else parent.child_key(index)
            return self._scripts((key,), branch, index)[0]
        keys = [key if parent is None else parent.child_key(index) for parent, key in source]
        return self._scripts(keys, branch, index)[0]

    def _scripts(
        self, keys: Sequence[bytes], branch: int, index: int
    ) -> tuple[bytes, bytes | None, bytes | None, bytes | None]:
        """(scriptPubKey, redeem script, witness script, taproot output key) of this
        descriptor's template over the public `keys` at one position (compressed; tr() uses
        the x-only part). DecodeError if two multisig slots are one key."""
        kind = self.kind
        if kind is DescriptorKind.WPKH:
            return p2wpkh_script(keys[0]), None, None, None
        if kind is DescriptorKind.TR:
            output = taproot_output_key(keys[0][-32:], None)[0]
            return p2tr_script(output), None, None, output
        if kind is DescriptorKind.PKH:
            return p2pkh_script(keys[0]), None, None, None
        if kind is DescriptorKind.SH_WPKH:
            redeem = p2wpkh_script(keys[0])
            return p2sh_script(redeem), redeem, None, None
        assert self.threshold is not None
        if len({k[-32:] for k in keys}) != len(keys):
            _check_derived_distinct(keys, branch, index)  # raises, naming the two slots
        multisig = multisig_script(self.threshold, keys, kind.is_sorted)
        if kind in (DescriptorKind.SH_MULTI, DescriptorKind.SH_SORTEDMULTI):
            return p2sh_script(multisig), multisig, None, None
        if kind in (DescriptorKind.WSH_MULTI, DescriptorKind.WSH_SORTEDMULTI):
            return p2wsh_script(multisig), None, multisig, None
        nested = p2wsh_script(multisig)
        return p2sh_script(nested), nested, multisig, None


def _split_call(text: str, what: str) -> tuple[str, str] | None:
    """ "name(inner)" -> (name, inner); None if `text` is not a call at all (a key)."""
    match = re.match(r"^([a-z_]+)\(", text)
    if not match:
        if "(" in text or ")" in text:
            raise DecodeError(what, "unbalanced or misplaced parentheses")
        return None
    if not text.endswith(")"):
        raise DecodeError(what, f"{match.group(1)}() is not closed by ')' at the end")
    return match.group(1), text[match.end() : -1]


def _split_args(inner: str, what: str) -> list[str]:
    """Split at top-level commas; brackets must balance."""
    args: list[str] = []
    depth = 0
    start = 0
    pairs = {"(": ")", "[": "]", "{": "}", "<": ">"}
    stack: list[str] = []
    for pos, char in enumerate(inner):
        if char in pairs:
            stack.append(pairs[char])
            depth += 1
        elif char in pairs.values():
            if not stack or stack.pop() != char:
                raise DecodeError(what, f"unbalanced '{char}'")
            depth -= 1
        elif char == "," and depth == 0:
            args.append(inner[start:pos])
            start = pos + 1
    if stack:
        raise DecodeError(what, "unbalanced brackets")
    args.append(inner[start:])
    return args


_UNSUPPORTED = {
    "pk": "pk()",
    "combo": "combo()",
    "raw": "raw()",
    "addr": "addr()",
    "rawtr": "rawtr()",
    "multi_a": "multi_a()",
    "sortedmulti_a": "sortedmulti_a()",
}


def _unsupported(name: str, where: str) -> DecodeError:
    label = _UNSUPPORTED.get(name, f"{name}()")
    return DecodeError(WHAT, f"{label}{where} is not supported (supported: {SUPPORTED})")


def _one_arg(name: str, inner: str) -> str:
    args = _split_args(inner, WHAT)
    if len(args) != 1:
        raise DecodeError(WHAT, f"{name}() takes exactly one argument, got {len(args)}")
    return args[0]


def _key_arg(name: str, inner: str, *, xonly: bool = False) -> KeyExpression:
    arg = _one_arg(name, inner)
    if "(" in arg:
        raise DecodeError(WHAT, f"{name}() takes a key expression, not a script")
    return parse_key_expression(arg, xonly=xonly, what=f"key in {name}()")


def _multi(name: str, inner: str, outer: str) -> tuple[int, tuple[KeyExpression, ...]]:
    args = _split_args(inner, WHAT)
    if len(args) < 2:
        raise DecodeError(WHAT, f"{name}() needs a threshold and at least one key")
    threshold_text = args[0]
    if not re.fullmatch(r"0|[1-9][0-9]{0,2}", threshold_text):
        raise DecodeError(WHAT, f"{name}() threshold is not a decimal number")
    threshold = int(threshold_text)
    keys_text = args[1:]
    limit = MAX_P2SH_MULTISIG_KEYS if outer == "sh" else MAX_MULTISIG_KEYS
    if len(keys_text) > limit:
        where = "under sh() (P2SH scripts are limited to 520 bytes)" if outer == "sh" else ""
        raise DecodeError(
            WHAT, f"{name}() with {len(keys_text)} keys: at most {limit} {where}".strip()
        )
    if threshold < 1:
        raise DecodeError(WHAT, f"{name}() threshold must be at least 1")
    if threshold > len(keys_text):
        raise DecodeError(
            WHAT, f"{name}() threshold {threshold} is larger than its {len(keys_text)} keys"
        )
    keys = []
    for i, text in enumerate(keys_text, start=1):
        if "(" in text:
            raise DecodeError(WHAT, f"{name}() key {i} is a script, not a key expression")
        keys.append(parse_key_expression(text, what=f"key {i} of {name}()"))
    return threshold, tuple(keys)


def _parse_body(body: str) -> Descriptor:
    call = _split_call(body, WHAT)
    if call is None:
        raise DecodeError(WHAT, "expected a script expression such as wpkh(...)")
    name, inner = call
    if name == "pkh":
        return Descriptor(DescriptorKind.PKH, (_key_arg(name, inner),))
    if name == "wpkh":
        return Descriptor(DescriptorKind.WPKH, (_key_arg(name, inner),))
    if name == "tr":
        args = _split_args(inner, WHAT)
        if len(args) > 1:
            raise DecodeError(WHAT, "tr() with a script tree is not supported (key path only)")
        return Descriptor(DescriptorKind.TR, (_key_arg(name, inner, xonly=True),))
    if name == "sh":
        return _parse_sh(_one_arg(name, inner))
    if name == "wsh":
        return _parse_wsh(_one_arg(name, inner), nested=False)
    if name in ("multi", "sortedmulti"):
        raise DecodeError(WHAT, f"bare {name}() is not supported; wrap it in wsh() or sh()")
    raise _unsupported(name, "")


def _parse_sh(arg: str) -> Descriptor:
    call = _split_call(arg, WHAT)
    if call is None:
        raise DecodeError(WHAT, "sh() takes a script expression, not a key")
    name, inner = call
    if name == "wpkh":
        return Descriptor(DescriptorKind.SH_WPKH, (_key_arg(name, inner),))
    if name == "wsh":
        return _parse_wsh(_one_arg(name, inner), nested=True)
    if name in ("multi", "sortedmulti"):
        threshold, keys = _multi(name, inner, "sh")
        kind = DescriptorKind.SH_SORTEDMULTI if name == "sortedmulti" else DescriptorKind.SH_MULTI
        return Descriptor(kind, keys, threshold)
    if name in ("sh", "tr"):
        raise DecodeError(WHAT, f"{name}() is top level only (found inside sh())")
    raise _unsupported(name, " inside sh()")


def _parse_wsh(arg: str, *, nested: bool) -> Descriptor:
    call = _split_call(arg, WHAT)
    if call is None:
        raise DecodeError(WHAT, "wsh() takes a script expression, not a key")
    name, inner = call
    if name in ("multi", "sortedmulti"):
        threshold, keys = _multi(name, inner, "wsh")
        if name == "sortedmulti":
            kind = DescriptorKind.SH_WSH_SORTEDMULTI if nested else DescriptorKind.WSH_SORTEDMULTI
        else:
            kind = DescriptorKind.SH_WSH_MULTI if nested else DescriptorKind.WSH_MULTI
        return Descriptor(kind, keys, threshold)
    if name in ("sh", "tr"):
        raise DecodeError(WHAT, f"{name}() is top level only (found inside wsh())")
    if name == "wsh":
        raise DecodeError(WHAT, "wsh() cannot be nested inside wsh()")
    if name == "wpkh":
        raise DecodeError(WHAT, "wpkh() is not allowed inside wsh()")
    raise _unsupported(name, " inside wsh()")


def _check_multipath(descriptor: Descriptor) -> None:
    counts = {k.branch_count for k in descriptor.keys if k.is_multipath}
    if len(counts) > 1:
        raise DecodeError(WHAT, "keys have '<...>' steps with different numbers of alternatives")


def key_point(key: KeyExpression) -> bytes:
    """The public key a key expression starts from (an xpub's point, or the fixed key), x-only
    for comparison: one point is one signer whatever its origin label or network encoding."""
    if key.xpub is not None:
        return key.xpub.public_key[1:]
    assert key.public_key is not None
    return key.public_key[-32:]


def _check_distinct_keys(descriptor: Descriptor) -> None:
    """No key fills two slots of a multisig (issue 12.4): points are compared, never text, so
    the same key under two origin labels or fingerprints is caught; and the keys at the first
    receive index must differ too, which catches an xpub listed beside its own child xpub."""
    if not descriptor.kind.is_multisig:
        return
    points = [(key_point(k), k.xpub.chain_code if k.xpub else b"") for k in descriptor.keys]
    for i, point in enumerate(points):
        if point in points[:i]:
            raise DecodeError(
                WHAT,
                f"keys {points.index(point) + 1} and {i + 1} of multi() are the same public key",
            )
    descriptor.derive(0, 0)  # raises if two slots derive to one key


def _check_derived_distinct(keys: Sequence[bytes], branch: int, index: int) -> None:
    seen: dict[bytes, int] = {}
    for position, key in enumerate(keys, start=1):
        first = seen.setdefault(key[-32:], position)
        if first != position:
            raise DecodeError(
                WHAT,
                f"keys {first} and {position} of multi() derive to the same public key at "
                f"branch {branch} index {index}",
            )


def parse_descriptor(text: str, require_checksum: bool = False) -> Descriptor:
    """Parse and check a descriptor; the checksum is verified when present (or required).

    Raises DecodeError naming what is wrong; never echoes key material.
    """
    if not isinstance(text, str):
        raise DecodeError(WHAT, "not text")
    text = text.strip()
    if not text:
        raise DecodeError(WHAT, "empty")
    if len(text) > MAX_LENGTH:
        raise DecodeError(WHAT, f"longer than {MAX_LENGTH} characters")
    body, _ = _split_checksum(text, require=require_checksum)
    descriptor = _parse_body(body)
    _check_multipath(descriptor)
    _check_distinct_keys(descriptor)
    return descriptor


def descriptor_from_keys(
    kind: DescriptorKind, keys: Sequence[KeyExpression], threshold: int | None = None
) -> Descriptor:
    """Build a descriptor from parsed keys, with the same checks as parsing its text."""
    return parse_descriptor(Descriptor(kind, tuple(keys), threshold).to_string(with_checksum=False))
