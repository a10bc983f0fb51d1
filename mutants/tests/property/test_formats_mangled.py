"""Every decoder of coldsign.formats, fed mangled real inputs, raises only DecodeError (or, where
a MAC or signature decides, AuthenticationError) and never anything else."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.codec.descriptor import DescriptorKind
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import bip21, bip329, bsms, cbor, coldcard, core, cosigners, erc4527
from coldsign.formats import signed_export as S
from coldsign.formats import ur_registry as R
from coldsign.units import Network
from tests.conftest import vector, vector_path

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REGISTRY = vector("ur/registry.json")["vectors"]
CBOR_SAMPLES = [(v["type"], bytes.fromhex(v["cbor_hex"])) for v in REGISTRY]
BSMS_MODES = vector("bip129/bip129_test_vectors.json")["modes"]
BSMS_FILES = [
    text.encode()
    for mode in BSMS_MODES
    for round_ in mode["rounds"].values()
    for section in round_
    for text in section["files"].values()
]
TEXT_FILES = [
    vector_path("coldcard/coldcard-export.json").read_bytes(),
    vector_path("coldcard/multisig/export-p2wsh-myself.txt").read_bytes(),
    vector_path("coldcard/multisig/ccxp-0F056943.json").read_bytes(),
    vector_path("coldcard/coldcard-export.sig").read_bytes(),
    vector_path("bip329/bip329_test_vectors.jsonl").read_bytes(),
    *BSMS_FILES,
]


def _mangle(data: bytes, draw: st.DataObject) -> bytes:
    out = bytearray(data)
    for _ in range(draw.draw(st.integers(1, 4))):
        op = draw.draw(st.sampled_from(["flip", "cut", "insert", "delete", "dup"]))
        pos = draw.draw(st.integers(0, max(0, len(out) - 1)))
        if op == "flip" and out:
            out[pos] ^= 1 << draw.draw(st.integers(0, 7))
        elif op == "cut":
            del out[pos:]
        elif op == "insert":
            out[pos:pos] = draw.draw(st.binary(min_size=1, max_size=6))
        elif op == "delete":
            del out[pos : pos + draw.draw(st.integers(1, 8))]
        else:
            out[pos:pos] = out[pos : pos + 16]
    return bytes(out)


def _total(call: Callable[[], Any], *allowed: type[Exception]) -> None:
    with contextlib.suppress(DecodeError, *allowed):
        call()


@SETTINGS
@given(sample=st.sampled_from(CBOR_SAMPLES), data=st.data())
def test_registry_and_erc4527_decoders(sample: tuple[str, bytes], data: st.DataObject) -> None:
    ur_type, body = sample
    mangled = _mangle(body, data)
    _total(lambda: cbor.loads(mangled, "x"))
    for decoder in (
        lambda: R.decode_registry_ur(data.draw(st.sampled_from(sorted(R.UR_TYPES))), mangled),
        lambda: erc4527.decode_eth_sign_request(mangled),
        lambda: erc4527.decode_eth_signature(mangled),
        lambda: cosigners.from_registry(
            ur_type if ur_type in R.UR_TYPES else "crypto-hdkey",
            mangled,
            DescriptorKind.WSH_SORTEDMULTI,
        ),
    ):
        _total(decoder, AuthenticationError)


@SETTINGS
@given(value=st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64 - 1) | st.binary(max_size=40)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.integers(0, 20) | st.text(max_size=4), children, max_size=4)
    | st.builds(cbor.Tagged, st.integers(0, 2**32), children),
    max_leaves=20,
))  # fmt: skip
def test_cbor_reads_back_what_cbor2_writes(value: Any) -> None:
    assert cbor.loads(cbor.dumps(value), "x") == value


@SETTINGS
@given(sample=st.sampled_from(TEXT_FILES), data=st.data())
def test_file_decoders(sample: bytes, data: st.DataObject) -> None:
    mangled = _mangle(sample, data)
    kind = data.draw(st.sampled_from([*list(cosigners.MULTISIG_KINDS), DescriptorKind.WPKH]))
    _total(lambda: cosigners.from_file(mangled, kind, "file"), AuthenticationError)
    _total(lambda: coldcard.decode_multisig_file(mangled))
    _total(lambda: coldcard.cosigner_from_generic(mangled, kind))
    _total(lambda: coldcard.cosigner_from_ccxp(mangled, kind))
    _total(lambda: core.decode_import(mangled))
    _total(lambda: S.parse_signed_message(mangled))
    _total(lambda: bip329.decode_labels(mangled))
    _total(lambda: bsms.decode_key_record(mangled))
    _total(lambda: bsms.decode_descriptor_record(mangled, Network.MAINNET), AuthenticationError)
    _total(lambda: bsms.decrypt(mangled, bsms.Token(bytes(8))), AuthenticationError)


@SETTINGS
@given(text=st.text(max_size=120), prefix=st.sampled_from(["", "bitcoin:", "BITCOIN:", "00", "a5"]))
def test_text_decoders(text: str, prefix: str) -> None:
    _total(lambda: bip21.parse_uri(prefix + text))
    _total(lambda: bsms.parse_token(prefix + text))
    _total(lambda: cosigners.from_key_expression(prefix + text, "key"), AuthenticationError)
