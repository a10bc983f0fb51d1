"""Bytewords (BCR-2020-012): bytes as four-letter words, with a CRC-32 so typos are caught.

Each byte value indexes a fixed list of 256 words; a 4-byte big-endian CRC-32 (IEEE, as
`zlib.crc32`) of the body is appended before mapping. Three styles: standard (words separated by
spaces), uri (by hyphens) and minimal (first and last letter of each word, no separator), which is
what UR strings use. The first and last letters of the words are unique, so minimal decoding is a
two-letter lookup.
"""

from __future__ import annotations

import enum
import zlib

from coldsign.errors import DecodeError

# The list from BCR-2020-012; a word's index is the byte it stands for.
WORDS: tuple[str, ...] = tuple(
    [
        "able",
        "acid",
        "also",
        "apex",
        "aqua",
        "arch",
        "atom",
        "aunt",
        "away",
        "axis",
        "back",
        "bald",
        "barn",
        "belt",
        "beta",
        "bias",
        "blue",
        "body",
        "brag",
        "brew",
        "bulb",
        "buzz",
        "calm",
        "cash",
        "cats",
        "chef",
        "city",
        "claw",
        "code",
        "cola",
        "cook",
        "cost",
        "crux",
        "curl",
        "cusp",
        "cyan",
        "dark",
        "data",
        "days",
        "deli",
        "dice",
        "diet",
        "door",
        "down",
        "draw",
        "drop",
        "drum",
        "dull",
        "duty",
        "each",
        "easy",
        "echo",
        "edge",
        "epic",
        "even",
        "exam",
        "exit",
        "eyes",
        "fact",
        "fair",
        "fern",
        "figs",
        "film",
        "fish",
        "fizz",
        "flap",
        "flew",
        "flux",
        "foxy",
        "free",
        "frog",
        "fuel",
        "fund",
        "gala",
        "game",
        "gear",
        "gems",
        "gift",
        "girl",
        "glow",
        "good",
        "gray",
        "grim",
        "guru",
        "gush",
        "gyro",
        "half",
        "hang",
        "hard",
        "hawk",
        "heat",
        "help",
        "high",
        "hill",
        "holy",
        "hope",
        "horn",
        "huts",
        "iced",
        "idea",
        "idle",
        "inch",
        "inky",
        "into",
        "iris",
        "iron",
        "item",
        "jade",
        "jazz",
        "join",
        "jolt",
        "jowl",
        "judo",
        "jugs",
        "jump",
        "junk",
        "jury",
        "keep",
        "keno",
        "kept",
        "keys",
        "kick",
        "kiln",
        "king",
        "kite",
        "kiwi",
        "knob",
        "lamb",
        "lava",
        "lazy",
        "leaf",
        "legs",
        "liar",
        "limp",
        "lion",
        "list",
        "logo",
        "loud",
        "love",
        "luau",
        "luck",
        "lung",
        "main",
        "many",
        "math",
        "maze",
        "memo",
        "menu",
        "meow",
        "mild",
        "mint",
        "miss",
        "monk",
        "nail",
        "navy",
        "need",
        "news",
        "next",
        "noon",
        "note",
        "numb",
        "obey",
        "oboe",
        "omit",
        "onyx",
        "open",
        "oval",
        "owls",
        "paid",
        "part",
        "peck",
        "play",
        "plus",
        "poem",
        "pool",
        "pose",
        "puff",
        "puma",
        "purr",
        "quad",
        "quiz",
        "race",
        "ramp",
        "real",
        "redo",
        "rich",
        "road",
        "rock",
        "roof",
        "ruby",
        "ruin",
        "runs",
        "rust",
        "safe",
        "saga",
        "scar",
        "sets",
        "silk",
        "skew",
        "slot",
        "soap",
        "solo",
        "song",
        "stub",
        "surf",
        "swan",
        "taco",
        "task",
        "taxi",
        "tent",
        "tied",
        "time",
        "tiny",
        "toil",
        "tomb",
        "toys",
        "trip",
        "tuna",
        "twin",
        "ugly",
        "undo",
        "unit",
        "urge",
        "user",
        "vast",
        "very",
        "veto",
        "vial",
        "vibe",
        "view",
        "visa",
        "void",
        "vows",
        "wall",
        "wand",
        "warm",
        "wasp",
        "wave",
        "waxy",
        "webs",
        "what",
        "when",
        "whiz",
        "wolf",
        "work",
        "yank",
        "yawn",
        "yell",
        "yoga",
        "yurt",
        "zaps",
        "zero",
        "zest",
        "zinc",
        "zone",
        "zoom",
    ]
)

_BY_WORD: dict[str, int] = {word: i for i, word in enumerate(WORDS)}
_BY_MINIMAL: dict[str, int] = {word[0] + word[-1]: i for i, word in enumerate(WORDS)}
_MINIMAL: tuple[str, ...] = tuple(word[0] + word[-1] for word in WORDS)


class Style(enum.Enum):
    """How words are written: full words with a separator, or the two-letter minimal form."""

    STANDARD = "standard"
    URI = "uri"
    MINIMAL = "minimal"


def encode(data: bytes, style: Style = Style.MINIMAL) -> str:
    """`data` followed by its big-endian CRC-32, as Bytewords in `style` (lower case)."""
    body = bytes(data) + zlib.crc32(data).to_bytes(4, "big")  # always 4 bytes, leading zeros too
    if style is Style.MINIMAL:
        return "".join(_MINIMAL[b] for b in body)
    separator = " " if style is Style.STANDARD else "-"
    return separator.join(WORDS[b] for b in body)


def decode(text: str, style: Style = Style.MINIMAL, *, what: str = "bytewords") -> bytes:
    """Decode Bytewords in `style` (any letter case) and check the CRC-32; returns the body.

    Raises DecodeError for an unknown word, a wrong length, fewer than 5 bytes or a CRC mismatch.
    """
    text = text.lower()
    values: list[int] = []
    if style is Style.MINIMAL:
        if len(text) % 2:
            raise DecodeError(what, "odd number of letters")
        for pos in range(0, len(text), 2):
            value = _BY_MINIMAL.get(text[pos : pos + 2])
            if value is None:
                raise DecodeError(what, "not a minimal byteword", offset=pos // 2)
            values.append(value)
    else:
        separator = " " if style is Style.STANDARD else "-"
        words = text.split(separator) if text else []
        for index, word in enumerate(words):
            value = _BY_WORD.get(word)
            if value is None:
                raise DecodeError(what, f"word {index + 1} is not a byteword")
            values.append(value)
    if len(values) < 5:
        raise DecodeError(what, f"{len(values)} bytes is too short for a body and its CRC-32")
    raw = bytes(values)
    body, checksum = raw[:-4], raw[-4:]
    if zlib.crc32(body).to_bytes(4, "big") != checksum:
        raise DecodeError(what, "CRC-32 mismatch (corrupted or mistyped)")
    return body
