"""keys/lookalike.py on arbitrary command lines: total (no exception), and findings name only
positions that exist and text that is there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.keys.lookalike import Material, find_key_material, other_standard_hint, word_standard

WORDS = ["abandon", "about", "academic", "zoo", "acid", "--json", "0x", "tprv", "K", "é"]
args = st.lists(st.one_of(st.text(max_size=120), st.sampled_from(WORDS)), max_size=30)


@given(args)
@settings(max_examples=300, deadline=None)
def test_find_key_material_is_total(argv: list[str]) -> None:
    for finding in find_key_material(argv):
        assert all(1 <= p <= len(argv) for p in finding.positions)
        assert all(token in argv for token in finding.tokens)


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_word_standard_and_hint_are_total(text: str) -> None:
    found = word_standard(text)
    assert found in (None, Material.BIP39, Material.SLIP39)
    for expected in (Material.BIP39, Material.SLIP39):
        hint = other_standard_hint(text, expected)
        assert hint is None or found not in (None, expected)
