"""bip322-js (npm) as a peer: it verifies coldsign's simple BIP-322 signatures (including the
draft's nested-segwit form) and BIP-137 signatures in its loose and strict modes, and coldsign
verifies signatures made by bip322-js and bitcoinjs-message.

Runs tests/interop/bip322_peer.mjs with node; the package comes from tests/interop/node_modules
(installed from tests/interop/package.json, never at test time). Skipped where node or the
package is missing.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from coldsign.codec.script import (
    address_from_script,
    p2pkh_script,
    p2sh_script,
    p2tr_script,
    p2wpkh_script,
    taproot_output_key,
)
from coldsign.codec.tx import serialize_witness
from coldsign.keys.secrets import PrivateKey32
from coldsign.messages import bip137, bip322
from coldsign.messages.bip137 import HeaderStyle, LegacyScript
from coldsign.messages.bip322 import Format
from coldsign.units import Network
from tests.unit.messages.helpers import root_of, single_key_records, wif_secret

HERE = Path(__file__).parent
SCRIPT = HERE / "bip322_peer.mjs"
WIFS = [
    "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k",
    "KySmn2yeCukjHXnSu3M6vX7tNok4weu1FKbNEuVvm2b3ZidKhB4L",
]
MESSAGES = ["", "Hello World", "Proof of reserves 2026-12-03 block 900000 ✓"]


def _peer(request: dict[str, Any]) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None or not (HERE / "node_modules" / "bip322-js").exists():
        # `make test` installs the peers from the lockfile: a missing peer is a failure, never a
        # silent pass.
        pytest.fail(
            "node and tests/interop/node_modules are needed (npm ci --prefix tests/interop)"
        )
    done = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps(request).encode(),
        capture_output=True,
        timeout=120,
        check=True,
    )
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def _scripts(wif: str) -> dict[str, bytes]:
    pub = root_of(wif).public_key
    return {
        "p2wpkh": p2wpkh_script(pub),
        "p2sh-p2wpkh": p2sh_script(p2wpkh_script(pub)),
        "p2tr": p2tr_script(taproot_output_key(pub[1:])[0]),
        "p2pkh": p2pkh_script(pub),
    }


def _address(spk: bytes) -> str:
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    return address


def _simple(wif: str, kind: str, message: str) -> str:
    """coldsign's simple signature, unprefixed (bip322-js predates BIP-322 2.0's prefixes);
    for P2SH-P2WPKH the draft's form: the witness of the full signature."""
    root = root_of(wif)
    spk = _scripts(wif)[kind]
    psbt = bip322.create_psbt(message, spk, records=single_key_records(root, spk))
    signed = bip322.sign_with_root(psbt, root).psbt
    if kind != "p2sh-p2wpkh":
        return bip322.encode_signature(signed, Format.SIMPLE).removeprefix("smp")
    full = bip322.decode_signature(bip322.encode_signature(signed, Format.FULL))
    assert full.tx is not None
    return base64.b64encode(serialize_witness(full.tx.inputs[0].witness)).decode()


def test_bip322_js_verifies_coldsign_and_coldsign_verifies_bip322_js() -> None:
    cases = [(w, k, m) for w in WIFS for k in ("p2wpkh", "p2sh-p2wpkh", "p2tr") for m in MESSAGES]
    ours = [_simple(w, k, m) for w, k, m in cases]
    request = {
        "verify": [
            {"address": _address(_scripts(w)[k]), "message": m, "signature": s}
            for (w, k, m), s in zip(cases, ours, strict=True)
        ]
        + [
            {"address": _address(_scripts(w)[k]), "message": m + "!", "signature": s}
            for (w, k, m), s in zip(cases, ours, strict=True)
        ],
        "sign": [
            {"wif": w, "address": _address(_scripts(w)[k]), "message": m} for w, k, m in cases
        ],
    }
    answer = _peer(request)
    n = len(cases)
    assert answer["verify"][:n] == [True] * n
    assert answer["verify"][n:] == [False] * n
    for (w, k, m), theirs in zip(cases, answer["sign"], strict=True):
        result = bip322.verify(_address(_scripts(w)[k]), m, theirs)
        assert result.valid, (k, m, result.reasons)
        assert not bip322.verify(_address(_scripts(w)[k]), m + "!", theirs).valid


def test_bip137_both_ways_loose_and_strict() -> None:
    cases = []
    for wif in WIFS:
        key = PrivateKey32(wif_secret(wif)[0])
        for script, kind in (
            (LegacyScript.P2PKH, "p2pkh"),
            (LegacyScript.P2WPKH, "p2wpkh"),
            (LegacyScript.P2SH_P2WPKH, "p2sh-p2wpkh"),
        ):
            for style in HeaderStyle:
                for m in MESSAGES:
                    cases.append(
                        (wif, kind, script, style, m, bip137.sign(key, m, script, style=style))
                    )
    request = {
        "verify": [
            {"address": _address(_scripts(w)[k]), "message": m, "signature": s, "strict": strict}
            for w, k, _, _, m, s in cases
            for strict in (False, True)
        ],
        "sign137": [
            {
                "wif": w,
                "message": m,
                "segwitType": {"p2wpkh": "p2wpkh", "p2sh-p2wpkh": "p2sh(p2wpkh)"}.get(k),
            }
            for w, k, _, _, m, _ in cases
        ],
    }
    answer = _peer(request)
    for i, (_, kind, _, style, m, _) in enumerate(cases):
        loose, strict = answer["verify"][2 * i], answer["verify"][2 * i + 1]
        assert loose is True, (kind, style, m)
        # bitcoinjs-message's strict mode wants the BIP-137 header for segwit addresses.
        assert strict is (kind == "p2pkh" or style is HeaderStyle.BIP137), (kind, style, strict)
    for (w, kind, script, style, m, ours), theirs in zip(cases, answer["sign137"], strict=True):
        assert bip137.verify(_address(_scripts(w)[kind]), m, theirs)
        assert bip137.decode_signature(theirs).script is script
        if style is HeaderStyle.BIP137:  # both RFC 6979 with BIP-137 headers: the same bytes
            assert theirs == ours
    assert answer["versions"]["bip322-js"]
