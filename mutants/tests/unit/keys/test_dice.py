"""Dice entropy: parsing, the roll count for full entropy, and the mixing's properties."""

from __future__ import annotations

import hashlib
import pickle
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.errors import DecodeError
from coldsign.keys.dice import (
    DOMAIN,
    MAX_ROLLS,
    DiceRolls,
    bias_warnings,
    mix_entropy,
    parse_dice,
    require_enough,
    rolls_needed,
)


def _os_bytes(seed: int) -> bytes:
    """Deterministic stand-ins for os.urandom(32) (reproducible tests)."""
    return random.Random(seed).randbytes(32)


@pytest.mark.parametrize(("bits", "rolls"), [(128, 50), (256, 100), (1, 1), (3, 2)])
def test_rolls_needed_is_ceil_bits_over_log2_6(bits: int, rolls: int) -> None:
    assert rolls_needed(bits) == rolls
    assert 6**rolls >= 2**bits > 6 ** (rolls - 1)


def test_parse_ignores_whitespace_and_keeps_order() -> None:
    rolls = parse_dice(" 1 2 3\n4\t56 \r\n61")
    assert rolls.reveal() == "12345661" and rolls.count == 8


@pytest.mark.parametrize(
    ("text", "position"),
    [("1230", 4), ("7", 1), ("12 a", 3), ("1,2", 2), ("12-3", 3), ("١٢", 1)],
    ids=["zero", "seven", "letter", "comma", "dash", "arabic-digits"],
)
def test_invalid_characters_refused_by_position(text: str, position: int) -> None:
    with pytest.raises(DecodeError, match=f"character {position} is not a die face") as info:
        parse_dice(text)
    bad = text.replace(" ", "")[position - 1]
    assert f"'{bad}'" not in str(info.value)


def test_too_many_rolls_refused() -> None:
    with pytest.raises(DecodeError, match="more than"):
        parse_dice("1" * (MAX_ROLLS + 1))


def test_too_few_rolls_refused() -> None:
    with pytest.raises(DecodeError, match="49 given, 50 needed for 128 bits"):
        require_enough(parse_dice("6" * 49), 128)
    require_enough(parse_dice("6" * 50), 128)
    with pytest.raises(DecodeError, match="99 given, 100 needed"):
        require_enough(parse_dice("6" * 99), 256)


def test_mix_is_the_documented_formula() -> None:
    os_random, rolls = _os_bytes(1), parse_dice("3141562653" * 5)
    expected = hashlib.sha256(b"coldsign/dice-mix/v1" + os_random + b"3141562653" * 5).digest()
    assert DOMAIN == b"coldsign/dice-mix/v1"
    assert mix_entropy(os_random, rolls, 32) == expected
    assert mix_entropy(os_random, rolls, 16) == expected[:16]


def test_without_dice_the_os_bytes_are_used() -> None:
    os_random = _os_bytes(2)
    assert mix_entropy(os_random, None, 16) == os_random[:16]
    assert mix_entropy(os_random, None, 32) == os_random


def test_same_os_bytes_different_dice_give_different_entropy() -> None:
    os_random = _os_bytes(3)
    base = "1" * 50
    outputs = {mix_entropy(os_random, parse_dice(base), 16)}
    for i in range(50):  # every single-roll change gives another result
        changed = base[:i] + "2" + base[i + 1 :]
        outputs.add(mix_entropy(os_random, parse_dice(changed), 16))
    outputs.add(mix_entropy(os_random, parse_dice(base + "1"), 16))  # one more roll too
    assert len(outputs) == 52


def test_a_broken_os_source_is_rescued_by_the_dice() -> None:
    zeros = bytes(32)  # an OS source that returns a constant
    rng = random.Random(4)
    outputs = {
        mix_entropy(zeros, DiceRolls("".join(rng.choice("123456") for _ in range(50))), 16)
        for _ in range(200)
    }
    assert len(outputs) == 200 and bytes(16) not in outputs


def test_all_ones_dice_cannot_lower_the_entropy() -> None:
    ones = parse_dice("1" * 100)
    outputs = [mix_entropy(_os_bytes(seed), ones, 32) for seed in range(512)]
    assert len(set(outputs)) == len(outputs)
    # Every output bit is still balanced over the OS inputs (a fixed dice string cannot pin bits).
    for bit in range(256):
        ones_count = sum((out[bit // 8] >> (bit % 8)) & 1 for out in outputs)
        assert 0.35 < ones_count / len(outputs) < 0.65, f"bit {bit} is biased"
    # And the dice do not simply pass the OS bytes through either.
    assert all(out != _os_bytes(seed) for seed, out in enumerate(outputs))


def test_mix_rejects_caller_bugs() -> None:
    with pytest.raises(ValueError):
        mix_entropy(bytes(31), None, 16)
    with pytest.raises(ValueError):
        mix_entropy(bytes(32), None, 33)
    with pytest.raises(ValueError):
        mix_entropy(bytes(32), None, 15)


def test_bias_warning_for_all_ones_not_for_fair_looking_rolls() -> None:
    assert bias_warnings(parse_dice("1" * 50))
    assert not bias_warnings(parse_dice("123456" * 10))
    assert not bias_warnings(parse_dice("1" * 10))  # too few to judge


def test_dice_rolls_are_a_secret_type() -> None:
    rolls = parse_dice("123")
    assert "123" not in repr(rolls) and "123" not in str(rolls) and "3 rolls" in repr(rolls)
    with pytest.raises(TypeError):
        pickle.dumps(rolls)
    with pytest.raises(ValueError):
        DiceRolls("1237")
    assert rolls.extend(parse_dice("45")).reveal() == "12345"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_parse_is_total(text: str) -> None:
    try:
        rolls = parse_dice(text)
    except DecodeError:
        return
    assert set(rolls.reveal()) <= set("123456")
    assert rolls.reveal() == "".join(c for c in text if not c.isspace())
