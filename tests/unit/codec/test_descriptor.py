"""BIP-380..386 and BIP-389 descriptor vectors, plus our own cases for the kinds coldsign signs.

Vectors that use private keys are turned into their public equivalents first (coldsign's
descriptors are watch-only). Vectors of kinds we do not support must be rejected with a
DecodeError; each such case carries the reason in its id.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from coincurve import PrivateKey

from coldsign.codec import base58
from coldsign.codec.bip32 import parse_step
from coldsign.codec.descriptor import (
    Descriptor,
    DescriptorKind,
    add_checksum,
    descriptor_checksum,
    parse_descriptor,
    parse_key_expression,
)
from coldsign.errors import DecodeError
from coldsign.keys.hd import ExtendedPrivateKey, parse_extended_key
from coldsign.units import Network
from tests.conftest import vector

_B58 = "1-9A-HJ-NP-Za-km-z"
_XPRV_RE = re.compile(rf"[xt]prv[{_B58}]{{100,112}}((?:/[0-9]+['h]?)*)")
_WIF_RE = re.compile(rf"(?<![{_B58}])[5KLc9][{_B58}]{{50,51}}(?![{_B58}])")


def publicize(text: str) -> str:
    """Replace every xprv with its xpub and every WIF key with its hex public key."""

    def xpub(match: re.Match[str]) -> str:
        # Hardened steps need the private key: take them here, so the xpub carries only the
        # non-hardened rest (the scripts are the same; only the printed origin differs).
        key = parse_extended_key(match.group(0)[: match.start(1) - match.start(0)])
        assert isinstance(key, ExtendedPrivateKey)
        steps = [s for s in match.group(1).split("/") if s]
        last_hardened = max((i for i, s in enumerate(steps) if s[-1] in "'h"), default=-1)
        if last_hardened >= 0:
            key = key.derive("/".join(steps[: last_hardened + 1]))
        rest = "".join(f"/{s}" for s in steps[last_hardened + 1 :])
        return key.public().to_string() + rest

    def wif(match: re.Match[str]) -> str:
        raw = base58.decode_check(match.group(0))
        compressed = len(raw) == 34
        return PrivateKey(raw[1:33]).public_key.format(compressed=compressed).hex()

    return _WIF_RE.sub(wif, _XPRV_RE.sub(xpub, text))


_UNCOMPRESSED = re.compile(r"(?<![0-9a-f])04[0-9a-f]{128}(?![0-9a-f])")


def unsupported_reason(text: str) -> str | None:
    """Why coldsign refuses a (publicized) valid vector, or None if it must derive it."""
    if _UNCOMPRESSED.search(text):
        return "uncompressed-key"
    for prefix in (
        "pk(",
        "combo(",
        "raw(",
        "addr(",
        "multi(",
        "sortedmulti(",
        "sh(pk(",
        "sh(pkh(",
        "wsh(pk(",
        "wsh(pkh(",
        "sh(wsh(pkh(",
        "sh(wsh(pk(",
    ):
        if text.startswith(prefix):
            return "kind-" + prefix.rstrip("(").replace("(", "-")
    if text.startswith("tr(") and "," in text:
        return "tr-script-tree"
    if re.search(r"[xt]pub[^,)]*/[0-9]+[h'][^,)]*", text) or re.search(r"\*[h']", text):
        return "hardened-after-xpub"
    return None


def _valid_cases() -> list[Any]:
    cases = []
    for bip in (381, 382, 383, 386):
        for i, entry in enumerate(vector(f"descriptors/bip{bip}_test_vectors.json")["valid"]):
            text = publicize(entry["descriptor"])
            reason = unsupported_reason(text)
            case_id = f"bip{bip}-valid-{i}" + (f"-unsupported-{reason}" if reason else "")
            cases.append(pytest.param(text, entry["scripts"], reason, id=case_id))
    return cases


@pytest.mark.parametrize(("text", "scripts", "reason"), _valid_cases())
def test_valid_vector(text: str, scripts: list[str], reason: str | None) -> None:
    if reason is not None:
        with pytest.raises(DecodeError):
            parse_descriptor(text)
        return
    descriptor = parse_descriptor(text)
    assert scripts, "a supported vector must list scripts"
    for index, expected in enumerate(scripts):
        derived = descriptor.derive(index if descriptor.is_ranged else 0)
        assert derived.script_pubkey.hex() == expected
    # Re-encoding and re-parsing gives the same scripts (round trip through our canonical form).
    again = parse_descriptor(descriptor.to_string(), require_checksum=True)
    assert again.derive(0).script_pubkey == descriptor.derive(0).script_pubkey


def _invalid_cases() -> list[Any]:
    cases = []
    for bip in (381, 382, 383, 384, 385, 386):
        for i, entry in enumerate(vector(f"descriptors/bip{bip}_test_vectors.json")["invalid"]):
            slug = re.sub(r"[^a-z0-9]+", "-", entry["description"].lower()).strip("-")
            cases.append(pytest.param(entry["descriptor"], id=f"bip{bip}-invalid-{i}-{slug}"))
            public = publicize(entry["descriptor"])
            if public != entry["descriptor"]:
                cases.append(pytest.param(public, id=f"bip{bip}-invalid-{i}-{slug}-public"))
    return cases


@pytest.mark.parametrize("text", _invalid_cases())
def test_invalid_vector_rejected(text: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_descriptor(text)
    assert info.value.reason


def _checksum_cases() -> list[Any]:
    data = vector("descriptors/bip380_test_vectors.json")["checksum_cases"]
    return [
        pytest.param(c["descriptor"], c["expected_valid"], id=re.sub(r"\W+", "-", c["description"]))
        for c in data
    ]


@pytest.mark.parametrize(("text", "valid"), _checksum_cases())
def test_bip380_checksum(text: str, valid: bool) -> None:
    if valid:
        # raw() is not a kind we sign; check the checksum layer alone.
        assert add_checksum(text).endswith("#89f8spxm")
    else:
        with pytest.raises(DecodeError):
            add_checksum(text)


def test_checksum_required() -> None:
    text = "wpkh(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)"
    with pytest.raises(DecodeError, match="checksum missing"):
        parse_descriptor(text, require_checksum=True)
    assert parse_descriptor(add_checksum(text), require_checksum=True).kind is DescriptorKind.WPKH
    assert descriptor_checksum("raw(deadbeef)") == "89f8spxm"


def _key_cases(kind: str) -> list[Any]:
    data = vector("descriptors/bip380_test_vectors.json")[f"key_expressions_{kind}"]
    return [
        pytest.param(c["key_expression"], id=f"{i}-" + re.sub(r"\W+", "-", c["description"]))
        for i, c in enumerate(data)
    ]


@pytest.mark.parametrize("text", _key_cases("valid"))
def test_bip380_valid_key(text: str) -> None:
    public = publicize(text)
    reason = unsupported_reason(public)
    if reason is None and public == text:
        key = parse_key_expression(public)
        assert key.to_string().replace("'", "h").lower() == public.replace("'", "h").lower()
    else:
        # Private, uncompressed or hardened-after-xpub keys: refused by a watch-only parser.
        with pytest.raises(DecodeError):
            parse_key_expression(text)


@pytest.mark.parametrize("text", _key_cases("invalid"))
def test_bip380_invalid_key(text: str) -> None:
    with pytest.raises(DecodeError):
        parse_key_expression(text)
    with pytest.raises(DecodeError):
        parse_key_expression(publicize(text))


# --- our own cases -------------------------------------------------------------------------------


def _bip84_account() -> str:
    """The BIP-84 vector's account key (given as a zpub) as an xpub key expression with origin."""
    entries = vector("derivation/bip84_test_vectors.json")["entries"]
    zpub = next(e["fields"]["xpub"] for e in entries if e["path"] == "m/84'/0'/0'")
    return f"[73c5da0a/84h/0h/0h]{parse_extended_key(zpub).to_string()}"


BIP84_ACCOUNT = _bip84_account()


def test_bip84_multipath_descriptor() -> None:
    descriptor = parse_descriptor(f"wpkh({BIP84_ACCOUNT}/<0;1>/*)")
    assert descriptor.is_multipath and descriptor.is_ranged
    receive, change = descriptor.branches()
    vectors = vector("derivation/bip84_test_vectors.json")
    fields = {e["path"]: e["fields"] for e in vectors["entries"]}
    assert receive.derive(0).address(Network.MAINNET) == fields["m/84'/0'/0'/0/0"]["address"]
    assert receive.derive(1).address(Network.MAINNET) == fields["m/84'/0'/0'/0/1"]["address"]
    assert change.derive(0).address(Network.MAINNET) == fields["m/84'/0'/0'/1/0"]["address"]
    assert descriptor.derive(0, branch=1).script_pubkey == change.derive(0).script_pubkey
    key = receive.derive(7).keys[0]
    assert str(key.origin) == "73c5da0a/84h/0h/0h/0/7"
    assert change.to_string(with_checksum=False).endswith("/1/*)")


def test_to_string_round_trip_and_checksum() -> None:
    text = add_checksum(f"wpkh({BIP84_ACCOUNT}/<0;1>/*)")
    assert parse_descriptor(text).to_string() == text


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param(f"wpkh({BIP84_ACCOUNT}/0h/*)", "hardened", id="hardened-step-after-xpub"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/*h)", "hardened", id="hardened-wildcard"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/*/0)", "last", id="wildcard-not-last"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/<0;1>/<2;3>/*)", "more than one", id="two-multipath"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/<0;0>/*)", "repeats", id="multipath-repeat"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/<0>/*)", "two alternatives", id="multipath-single"),
        pytest.param(f"wpkh({BIP84_ACCOUNT}/<0;1h>/*)", "hardened", id="multipath-hardened"),
        pytest.param(
            f"wsh(multi(1,{BIP84_ACCOUNT}/<0;1>/*,{BIP84_ACCOUNT}/<0;1;2>/*))",
            "different numbers",
            id="multipath-count-mismatch",
        ),
        pytest.param(
            f"wsh(sortedmulti(1,{BIP84_ACCOUNT}/0/*,{BIP84_ACCOUNT}/0/*))",
            "keys 1 and 2 of multi\\(\\) are the same public key",
            id="dup-key",
        ),
        pytest.param(
            "tr(a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd,pk(669b8afcec803a0d323e9a17f3ea8e68e8abe5a278020a929adbec52421adbd0))",
            "script tree is not supported",
            id="tr-script-tree",
        ),
        pytest.param(
            "wpkh(a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)",
            "x-only",
            id="xonly-outside-tr",
        ),
        pytest.param(
            "wpkh(L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1)", "private", id="wif"
        ),
        pytest.param("", "empty", id="empty"),
        pytest.param("wpkh(", "closed", id="unclosed"),
        pytest.param("foo(02)", "not supported", id="unknown-function"),
        pytest.param(
            "wpkh(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)#abc",
            "8",
            id="short-checksum",
        ),
    ],
)
def test_rejections_name_the_problem(text: str, needle: str) -> None:
    with pytest.raises(DecodeError, match=needle):
        parse_descriptor(text)


def test_private_key_not_echoed() -> None:
    wif = "L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1"
    with pytest.raises(DecodeError) as info:
        parse_descriptor(f"wpkh({wif})")
    assert wif not in str(info.value)


def test_sortedmulti_bip67_order_and_tr_keys() -> None:
    keys = [
        "02fe6f0a5a297eb38c391581c4413e084773ea23954d93f7753db7dc0adc188b2f",
        "02ff12471208c14bd580709cb2358d98975247d8765f92bc25eab3b2763ed605f8",
    ]
    a = parse_descriptor(f"wsh(sortedmulti(2,{keys[1]},{keys[0]}))").derive(0)
    b = parse_descriptor(f"wsh(multi(2,{keys[0]},{keys[1]}))").derive(0)
    assert a.script_pubkey == b.script_pubkey and a.witness_script == b.witness_script
    tr = parse_descriptor(
        "tr(a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)"
    ).derive(0)
    assert tr.internal_key is not None and tr.output_key is not None
    assert tr.script_pubkey == b"\x51\x20" + tr.output_key


def test_non_ranged_index_is_a_caller_bug() -> None:
    d: Descriptor = parse_descriptor(
        "wpkh(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)"
    )
    with pytest.raises(ValueError):
        d.derive(1)


@pytest.mark.parametrize(
    "text",
    [
        "03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd\n",
        "[d34db33f/84'/0'\n/0']03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd",
    ],
    ids=["hex-key-newline", "origin-step-newline"],
)
def test_a_trailing_newline_is_not_part_of_a_key_expression(text: str) -> None:
    """`$` in a pattern matches before a final newline: every element is matched whole."""
    with pytest.raises(DecodeError):
        parse_key_expression(text)
    with pytest.raises(DecodeError):
        parse_step("84'\n")
