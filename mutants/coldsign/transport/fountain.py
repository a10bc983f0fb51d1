"""Fountain codes for multipart UR (BCR-2024-001; bc-ur's fountain-encoder/decoder).

A message is cut into `seq_len` equal fragments (the last zero-padded). Part `n <= seq_len` carries
fragment `n - 1`; every later part carries the XOR of a pseudo-random subset of fragments, chosen
by Xoshiro256** seeded from SHA-256(be32(n) || be32(crc32(message))). A receiver that misses some
parts completes from any sufficiently large set of others. Every choice below (seeding, the alias
sampler, the Fisher-Yates picks, IEEE-754 doubles) must be bit-exact with the reference, or parts
from other wallets would decode to garbage.

The decoder is total: anything malformed or inconsistent raises DecodeError, and memory is
bounded by `MAX_MESSAGE_LEN`, `MAX_SEQ_LEN` and a cap on stored mixed parts.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from coldsign.codec.reader import Reader
from coldsign.errors import DecodeError

MAX_MESSAGE_LEN = 16 * 1024 * 1024  # no PSBT, payload or manifest we move comes near this
MAX_SEQ_LEN = 100_000  # 100k fragments is hours of scanning; anything more is hostile
_MAX_MIXED_WEIGHT = 4_000_000  # fragment indexes held across stored mixed parts (~150 MB worst)
_U32 = 0xFFFF_FFFF
_U64 = 0xFFFF_FFFF_FFFF_FFFF
_TWO_64 = 18446744073709551616.0


def crc32(data: bytes) -> int:
    """IEEE CRC-32 (the zlib one), as bc-ur uses for message and Bytewords checksums."""
    return zlib.crc32(data) & _U32


class Xoshiro256:
    """Xoshiro256** PRNG, seeded with SHA-256(seed): state word i = big-endian bytes 8i..8i+8."""

    __slots__ = ("_s",)

    def __init__(self, seed: bytes) -> None:
        digest = hashlib.sha256(seed).digest()
        self._s = [int.from_bytes(digest[8 * i : 8 * i + 8], "big") for i in range(4)]

    @classmethod
    def from_crc32(cls, value: int) -> Xoshiro256:
        """Seeded from the 4-byte big-endian form of a CRC-32 value (bc-ur `Xoshiro256(crc32)`)."""
        return cls((value & _U32).to_bytes(4, "big"))

    def next(self) -> int:
        s = self._s
        result = (_rotl((s[1] * 5) & _U64, 7) * 9) & _U64
        t = (s[1] << 17) & _U64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 45)
        return result

    def next_double(self) -> float:
        """next() / 2^64 as an IEEE double (the u64 is rounded to a double first, as in C)."""
        return float(self.next()) / _TWO_64

    def next_int(self, low: int, high: int) -> int:
        """floor(next_double() * (high - low + 1)) + low, within [low, high]."""
        value = int(self.next_double() * float(high - low + 1)) + low
        # next_double() can round up to exactly 1.0 (p ~ 2^-54); keep the result in range.
        return min(value, high)

    def next_byte(self) -> int:
        return self.next_int(0, 255)

    def next_data(self, count: int) -> bytes:
        return bytes(self.next_byte() for _ in range(count))


def _rotl(x: int, k: int) -> int:
    return ((x << k) | (x >> (64 - k))) & _U64


def make_message(length: int, seed: str = "Wolf") -> bytes:
    """The deterministic test message of the reference test suites."""
    return Xoshiro256(seed.encode()).next_data(length)


class RandomSampler:
    """Walker-Vose alias sampler over `weights` (bc-ur's random-sampler, index order reversed)."""

    __slots__ = ("_aliases", "_probs")

    def __init__(self, weights: Sequence[float]) -> None:
        if not weights or any(w < 0 for w in weights):
            raise ValueError("weights must be non-empty and non-negative")
        total = 0.0
        for w in weights:  # left-to-right double sum, as the reference does (not math.fsum)
            total += w
        if total <= 0:
            raise ValueError("weights must not all be zero")
        n = len(weights)
        scaled = [w * float(n) / total for w in weights]
        small: list[int] = []
        large: list[int] = []
        for i in range(n - 1, -1, -1):
            (small if scaled[i] < 1.0 else large).append(i)
        probs = [0.0] * n
        aliases = [0] * n
        while small and large:
            a = small.pop()
            g = large.pop()
            probs[a] = scaled[a]
            aliases[a] = g
            scaled[g] += scaled[a] - 1.0
            (small if scaled[g] < 1.0 else large).append(g)
        while large:
            probs[large.pop()] = 1.0
        while small:
            probs[small.pop()] = 1.0
        self._probs = probs
        self._aliases = aliases

    def next(self, rng: Callable[[], float]) -> int:
        r1 = rng()
        r2 = rng()
        n = len(self._probs)
        i = min(int(float(n) * r1), n - 1)
        return i if r2 < self._probs[i] else self._aliases[i]


@lru_cache(maxsize=16)
def _degree_sampler(seq_len: int) -> RandomSampler:
    return RandomSampler([1.0 / i for i in range(1, seq_len + 1)])


def choose_degree(seq_len: int, rng: Xoshiro256) -> int:
    """How many fragments a mixed part combines: P(d) proportional to 1/d, d in 1..seq_len."""
    return _degree_sampler(seq_len).next(rng.next_double) + 1


def shuffled(items: Sequence[int], rng: Xoshiro256, count: int | None = None) -> list[int]:
    """Fisher-Yates as the reference does it: repeatedly pick next_int(0, left-1) and remove it."""
    remaining = list(items)
    picks = len(remaining) if count is None else count
    result: list[int] = []
    while remaining and len(result) < picks:
        result.append(remaining.pop(rng.next_int(0, len(remaining) - 1)))
    return result


def choose_fragments(seq_num: int, seq_len: int, checksum: int) -> frozenset[int]:
    """The fragment indexes that part `seq_num` XORs together (BCR-2024-001 §5)."""
    if seq_num <= seq_len:
        return frozenset((seq_num - 1,))
    seed = (seq_num & _U32).to_bytes(4, "big") + (checksum & _U32).to_bytes(4, "big")
    rng = Xoshiro256(seed)
    degree = choose_degree(seq_len, rng)
    return frozenset(shuffled(range(seq_len), rng, degree))


def find_nominal_fragment_length(
    message_len: int, min_fragment_len: int, max_fragment_len: int
) -> int:
    """Fewest fragments whose equal length is at most `max_fragment_len` (encoder policy)."""
    if message_len < 1 or min_fragment_len < 1 or max_fragment_len < min_fragment_len:
        raise ValueError("bad fragment length bounds")
    max_count = max(1, message_len // min_fragment_len)
    fragment_len = message_len
    for count in range(1, max_count + 1):
        fragment_len = -(-message_len // count)
        if fragment_len <= max_fragment_len:
            break
    return fragment_len


def partition(message: bytes, fragment_len: int) -> list[bytes]:
    """Cut `message` into `fragment_len` pieces, zero-padding the last."""
    padded_len = -(-len(message) // fragment_len) * fragment_len
    padded = message + bytes(padded_len - len(message))
    return [padded[i : i + fragment_len] for i in range(0, padded_len, fragment_len)]


def join_fragments(fragments: Sequence[bytes], message_len: int) -> bytes:
    return b"".join(fragments)[:message_len]


def xor_bytes(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


@dataclass(frozen=True)
class Part:
    """One fountain part: `[seqNum, seqLen, messageLen, checksum, data]` as a CBOR array."""

    seq_num: int
    seq_len: int
    message_len: int
    checksum: int
    data: bytes

    def to_cbor(self) -> bytes:
        return (
            b"\x85"
            + _cbor_head(0, self.seq_num)
            + _cbor_head(0, self.seq_len)
            + _cbor_head(0, self.message_len)
            + _cbor_head(0, self.checksum)
            + _cbor_head(2, len(self.data))
            + self.data
        )

    @classmethod
    def from_cbor(cls, raw: bytes, what: str = "fountain part") -> Part:
        """Parse the part CBOR; definite lengths only, no trailing bytes (DecodeError otherwise)."""
        reader = Reader(raw, what)
        major, length = _cbor_read_head(reader)
        if major != 4 or length != 5:
            raise reader.error("not a 5-element CBOR array", offset=0)
        fields: list[int] = []
        for name, limit in (
            ("seqNum", _U32),
            ("seqLen", _U32),
            ("messageLen", _U64),
            ("checksum", _U32),
        ):
            start = reader.pos
            major, value = _cbor_read_head(reader)
            if major != 0:
                raise reader.error(f"{name} is not an unsigned integer", offset=start)
            if value > limit:
                raise reader.error(f"{name} out of range", offset=start)
            fields.append(value)
        start = reader.pos
        major, length = _cbor_read_head(reader)
        if major != 2:
            raise reader.error("data is not a byte string", offset=start)
        data = reader.read(length)
        if not reader.at_end():
            raise reader.error("trailing bytes after the part")
        return cls(fields[0], fields[1], fields[2], fields[3], data)


def _cbor_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([(major << 5) | value])
    for extra, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * width):
            return bytes([(major << 5) | extra]) + value.to_bytes(width, "big")
    raise ValueError("CBOR integer too large")


def _cbor_read_head(reader: Reader) -> tuple[int, int]:
    start = reader.pos
    initial = reader.u8()
    major, info = initial >> 5, initial & 0x1F
    if info < 24:
        return major, info
    widths = {24: 1, 25: 2, 26: 4, 27: 8}
    if info not in widths:
        raise reader.error("indefinite or reserved CBOR length", offset=start)
    return major, int.from_bytes(reader.read(widths[info]), "big")


class FountainEncoder:
    """Emits the `seq_len` pure parts, then an endless stream of mixed parts."""

    def __init__(
        self,
        message: bytes,
        max_fragment_len: int,
        min_fragment_len: int = 10,
        first_seq_num: int = 0,
    ) -> None:
        if not message:
            raise ValueError("cannot encode an empty message")
        if len(message) > MAX_MESSAGE_LEN:
            raise ValueError(f"message longer than {MAX_MESSAGE_LEN} bytes")
        self.message_len = len(message)
        self.checksum = crc32(message)
        self.fragment_len = find_nominal_fragment_length(
            len(message), min_fragment_len, max(min_fragment_len, max_fragment_len)
        )
        self.fragments = partition(message, self.fragment_len)
        self.seq_len = len(self.fragments)
        self.seq_num = first_seq_num & _U32

    @property
    def is_single_part(self) -> bool:
        return self.seq_len == 1

    @property
    def is_complete(self) -> bool:
        """True once every pure part has been emitted (a receiver could have everything)."""
        return self.seq_num >= self.seq_len

    def next_part(self) -> Part:
        self.seq_num = (self.seq_num + 1) & _U32
        indexes = choose_fragments(self.seq_num, self.seq_len, self.checksum)
        data = self.fragments[min(indexes)]
        for index in sorted(indexes)[1:]:
            data = xor_bytes(data, self.fragments[index])
        return Part(self.seq_num, self.seq_len, self.message_len, self.checksum, data)


class FountainDecoder:
    """Reassembles a message from parts in any order, with duplicates, losses and mixed parts.

    The first part fixes seqLen, messageLen, checksum and fragment length; a later part that
    disagrees is refused (DecodeError). Mixed parts are reduced against known fragments and each
    other (BCR-2024-001 §6). On completion the CRC-32 of the message is verified.
    """

    def __init__(
        self, *, max_message_len: int = MAX_MESSAGE_LEN, max_seq_len: int = MAX_SEQ_LEN
    ) -> None:
        self._max_message_len = max_message_len
        self._max_seq_len = max_seq_len
        self.seq_len = 0
        self.message_len = 0
        self.checksum = 0
        self.fragment_len = 0
        self._simple: dict[int, bytes] = {}
        self._mixed: dict[frozenset[int], bytes] = {}
        self._queue: deque[tuple[frozenset[int], bytes]] = deque()
        self._seen: set[int] = set()
        self._result: bytes | None = None
        self._failed: str | None = None
        self.processed_parts = 0

    @property
    def started(self) -> bool:
        return self.seq_len > 0

    @property
    def is_complete(self) -> bool:
        return self._result is not None

    @property
    def progress(self) -> float:
        """Fraction of fragments known (1.0 when the message is complete)."""
        if self._result is not None:
            return 1.0
        return len(self._simple) / self.seq_len if self.seq_len else 0.0

    @property
    def known_fragments(self) -> int:
        return self.seq_len if self._result is not None else len(self._simple)

    def result(self) -> bytes:
        if self._result is None:
            raise ValueError("message not complete")
        return self._result

    def receive(self, part: Part, what: str = "fountain part") -> bool:
        """Take one part; True if it was new. Raises DecodeError for a part that does not fit."""
        if self._failed is not None:
            raise DecodeError(what, self._failed)
        self._validate(part, what)
        if part.seq_num in self._seen:
            return False
        if self._result is not None:
            return False
        if len(self._seen) >= 20 * self.seq_len + 200:
            raise DecodeError(what, "too many distinct parts without completing the message")
        self._seen.add(part.seq_num)
        self.processed_parts += 1
        indexes = choose_fragments(part.seq_num, part.seq_len, part.checksum)
        self._queue.append((indexes, part.data))
        while self._result is None and self._queue:
            indexes, data = self._queue.popleft()
            if len(indexes) == 1:
                self._process_simple(next(iter(indexes)), data, what)
            else:
                self._process_mixed(indexes, data)
        return True

    def _validate(self, part: Part, what: str) -> None:
        fragment_len = len(part.data)
        if part.seq_num < 1:
            raise DecodeError(what, "sequence number 0")
        if not 1 <= part.seq_len <= self._max_seq_len:
            raise DecodeError(what, f"seqLen {part.seq_len} outside 1..{self._max_seq_len}")
        if not 1 <= part.message_len <= self._max_message_len:
            raise DecodeError(
                what, f"messageLen {part.message_len} outside 1..{self._max_message_len}"
            )
        if fragment_len < 1 or part.seq_len != -(-part.message_len // fragment_len):
            raise DecodeError(what, "seqLen, messageLen and fragment length are inconsistent")
        if not self.started:
            self.seq_len = part.seq_len
            self.message_len = part.message_len
            self.checksum = part.checksum
            self.fragment_len = fragment_len
            return
        if (part.seq_len, part.message_len, part.checksum, fragment_len) != (
            self.seq_len,
            self.message_len,
            self.checksum,
            self.fragment_len,
        ):
            raise DecodeError(what, "belongs to a different message (its header does not match)")

    def _process_simple(self, index: int, data: bytes, what: str) -> None:
        if index in self._simple:
            return
        self._simple[index] = data
        if len(self._simple) == self.seq_len:
            message = join_fragments(
                [self._simple[i] for i in range(self.seq_len)], self.message_len
            )
            if crc32(message) != self.checksum:
                self._failed = "reassembled message fails its CRC-32 check"
                self._queue.clear()
                raise DecodeError(what, self._failed)
            self._result = message
            self._mixed.clear()
            return
        self._reduce_mixed_by(frozenset((index,)), data)

    def _process_mixed(self, indexes: frozenset[int], data: bytes) -> None:
        if indexes in self._mixed:
            return
        for index, fragment in self._simple.items():
            if index in indexes and len(indexes) > 1:
                indexes, data = indexes - {index}, xor_bytes(data, fragment)
        for other, other_data in self._mixed.items():
            if other < indexes:
                indexes, data = indexes - other, xor_bytes(data, other_data)
        if len(indexes) == 1:
            self._queue.append((indexes, data))
            return
        if indexes in self._mixed:
            return
        self._reduce_mixed_by(indexes, data)
        # Bound memory: a hostile stream of unique mixed parts must not grow without limit. A
        # part not stored costs at most a later frame; storage never affects correctness.
        weight = sum(len(k) for k in self._mixed)
        if len(self._mixed) < 4 * self.seq_len + 64 and weight + len(indexes) <= _MAX_MIXED_WEIGHT:
            self._mixed[indexes] = data

    def _reduce_mixed_by(self, indexes: frozenset[int], data: bytes) -> None:
        kept: dict[frozenset[int], bytes] = {}
        for other, other_data in self._mixed.items():
            if indexes < other:
                other, other_data = other - indexes, xor_bytes(other_data, data)
            if len(other) == 1:
                self._queue.append((other, other_data))
            else:
                kept[other] = other_data
        self._mixed = kept
