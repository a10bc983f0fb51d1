"""The table- and integer-based bech32 paths (issue 16: a 100,000-entry whitelist decodes an
address per entry on every signer run) agree with BIP-173's reference algorithm, kept here as
it was written: the same strings, values and errors."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec import bech32
from coldsign.codec.script import address_from_script, script_from_address
from coldsign.errors import DecodeError
from coldsign.units import Network

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def ref_polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= GENERATOR[i] if (top >> i) & 1 else 0
    return chk


def ref_hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def ref_convert_bits(data: bytes | list[int], frombits: int, tobits: int, pad: bool):  # type: ignore[no-untyped-def]
    acc, bits, out, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return out


def ref_encode_segwit(hrp: str, version: int, program: bytes) -> str:
    const = 1 if version == 0 else 0x2BC830A3
    data = [version, *ref_convert_bits(program, 8, 5, True)]
    polymod = ref_polymod([*ref_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)


HRPS = st.sampled_from(["bc", "tb", "bcrt"])
VERSIONED = st.one_of(
    st.tuples(st.just(0), st.sampled_from([20, 32])),
    st.tuples(st.integers(1, 16), st.integers(2, 40)),
)


@settings(max_examples=300, deadline=None)
@given(HRPS, VERSIONED, st.data())
def test_encode_and_decode_match_the_reference(
    hrp: str, vl: tuple[int, int], data: st.DataObject
) -> None:
    version, length = vl
    program = data.draw(st.binary(min_size=length, max_size=length))
    address = bech32.encode_segwit(hrp, version, program)
    assert address == ref_encode_segwit(hrp, version, program)
    assert bech32.decode_segwit(hrp, address) == (version, program)
    assert bech32.decode_segwit(hrp, address.upper()) == (version, program)
    # What a whitelist entry relies on: a lower-case address that decodes is its normal form.
    network = {"bc": Network.MAINNET, "tb": Network.TESTNET, "bcrt": Network.REGTEST}[hrp]
    assert address_from_script(script_from_address(address, network), network) == address


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_convert_bits_matches_the_reference(data: bytes) -> None:
    assert bech32.convert_bits(data, 8, 5, True) == ref_convert_bits(data, 8, 5, True)
    fives = ref_convert_bits(data, 8, 5, True)
    assert bech32.convert_bits(fives, 5, 8, False) == ref_convert_bits(fives, 5, 8, False)


def _outcome(hrp: str, text: str) -> tuple[str, object]:
    try:
        return "ok", bech32.decode_segwit(hrp, text)
    except DecodeError as exc:
        return "refused", str(exc)


def _ref_outcome(hrp: str, text: str) -> tuple[str, object]:
    """BIP-173 decoding with the module's messages (the order of the checks as it was)."""
    what = "segwit address"
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        return "refused", str(DecodeError(what, "contains a character outside printable ASCII"))
    if text.lower() != text and text.upper() != text:
        return "refused", str(DecodeError(what, "mixes upper and lower case"))
    if len(text) > 90:
        return "refused", str(DecodeError(what, "longer than 90 characters"))
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1:
        return "refused", str(DecodeError(what, "no human-readable part"))
    if pos + 7 > len(text):
        return "refused", str(DecodeError(what, "checksum too short"))
    values = []
    for i, char in enumerate(text[pos + 1 :], start=pos + 2):
        if char not in CHARSET:
            return "refused", str(DecodeError(what, f"character {i} is not in the bech32 alphabet"))
        values.append(CHARSET.index(char))
    const = ref_polymod(ref_hrp_expand(text[:pos]) + values)
    if const not in (1, 0x2BC830A3):
        return "refused", str(DecodeError(what, "checksum mismatch (mistyped or corrupted)"))
    data = values[:-6]
    if text[:pos] != hrp:
        return "refused", str(
            DecodeError(what, f"prefix {text[:pos]!r} is not {hrp!r} (another network?)")
        )
    if not data:
        return "refused", str(DecodeError(what, "no witness version"))
    version = data[0]
    if version > 16:
        return "refused", str(DecodeError(what, f"witness version {version} is above 16"))
    program = ref_convert_bits(data[1:], 5, 8, False)
    if program is None:
        return "refused", str(DecodeError(what, "invalid padding"))
    if not 2 <= len(program) <= 40:
        reason = f"witness program of {len(program)} bytes (must be 2 to 40)"
        return "refused", str(DecodeError(what, reason))
    if version == 0 and len(program) not in (20, 32):
        reason = f"version 0 program of {len(program)} bytes (must be 20 or 32)"
        return "refused", str(DecodeError(what, reason))
    if (const == 1) != (version == 0):
        name = "bech32" if version == 0 else "bech32m"
        return "refused", str(DecodeError(what, f"witness version {version} must use {name}"))
    return "ok", (version, bytes(program))


@settings(max_examples=500, deadline=None)
@given(HRPS, VERSIONED, st.data())
def test_mangled_addresses_are_judged_alike(
    hrp: str, vl: tuple[int, int], data: st.DataObject
) -> None:
    version, length = vl
    program = data.draw(st.binary(min_size=length, max_size=length))
    text = list(ref_encode_segwit(hrp, version, program))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text) - 1))
        text[at] = data.draw(st.characters(min_codepoint=0, max_codepoint=0x2FF))
    mangled = "".join(text)
    assert _outcome(hrp, mangled) == _ref_outcome(hrp, mangled)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHARSET), min_size=6, max_size=80), HRPS)
def test_random_data_parts_are_judged_alike(chars: list[str], hrp: str) -> None:
    text = hrp + "1" + "".join(chars)
    assert _outcome(hrp, text) == _ref_outcome(hrp, text)


@settings(max_examples=400, deadline=None)
@given(
    HRPS, st.lists(st.integers(0, 31), min_size=0, max_size=70), st.sampled_from([1, 0x2BC830A3])
)
def test_checksummed_data_is_judged_alike(hrp: str, data: list[int], const: int) -> None:
    """Valid checksums over arbitrary 5-bit data: padding, lengths and versions decide."""
    polymod = ref_polymod([*ref_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    text = hrp + "1" + "".join(CHARSET[d] for d in data + checksum)
    assert _outcome(hrp, text) == _ref_outcome(hrp, text)
