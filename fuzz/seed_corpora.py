"""Regenerate the committed seed corpora fuzz/corpus/<target>/ (libFuzzer-minimized).

Seeds come from the public vectors in tests/vectors and from the files the test suite writes: the
guarded-signer custody set-up of tests/cli/guarded (role keys, signed policy, whitelist and
denylist, the UTXO list, Bitcoin and ERC-20 payloads built, approved, combined and signed through
the real CLI, the signer's audit log), a keystore, the shipped ceremony definitions and a ceremony
transcript run by the real runner. Each target's raw seeds, its current corpus (the finds of
earlier runs) and its `regress-*` inputs are merged with `-merge=1`, which keeps only inputs that
add coverage; `regress-*` files (crash regressions) are always kept under their names.

    .venv/bin/python fuzz/seed_corpora.py                 # every target
    .venv/bin/python fuzz/seed_corpora.py psbt_binary ur_stream
    .venv/bin/python fuzz/seed_corpora.py --fresh         # drop earlier finds, keep regressions

Takes about a minute (the custody set-up runs ~30 CLI commands).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import Any

FUZZ_DIR = Path(__file__).resolve().parent
ROOT = FUZZ_DIR.parent
sys.path[:0] = [str(FUZZ_DIR), str(ROOT)]

VECTORS = ROOT / "tests" / "vectors"


# ------------------------------------------------------------------------------------------------
# Vectors


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def vector_strings(*patterns: str) -> list[str]:
    """Every string value in the JSON vector files matching the glob `patterns`."""
    out: list[str] = []
    for pattern in patterns:
        for path in sorted(VECTORS.glob(pattern)):
            out += _strings(json.loads(path.read_text()))
    return out


def _hex(text: str) -> bytes | None:
    text = text.removeprefix("0x")
    if len(text) % 2 or not re.fullmatch(r"[0-9a-fA-F]*", text):
        return None
    return bytes.fromhex(text)


def psbt_vectors() -> list[bytes]:
    out = []
    for s in vector_strings("bip174/*.json", "bip370/*.json", "bip371/*.json"):
        if s.startswith("70736274ff"):
            raw = _hex(s)
            if raw:
                out.append(raw)
        elif s.startswith("cHNidP8"):
            with contextlib.suppress(ValueError):
                out.append(base64.b64decode(s, validate=True))
    return out


def tx_vectors(custody: Custody) -> list[bytes]:
    """Raw transactions that parse: the BIP-143/144/341 and PSBT vectors' hex strings, and the
    previous transactions the custody's UTXO list carries (Bitcoin Core's hex lines)."""
    from coldsign.codec.tx import parse_tx
    from coldsign.errors import DecodeError

    texts = vector_strings("bip143/*.json", "bip341/*.json", "bip174/*.json")
    texts += custody.file("utxos.prev").decode().split()
    out: list[bytes] = []
    for text in texts:
        raw = _hex(text)
        if raw is None or len(raw) < 10 or raw in out:
            continue
        with contextlib.suppress(DecodeError):
            parse_tx(raw, "seed")
            out.append(raw)
    return out


def ethereum_vectors() -> list[bytes]:
    out = []
    for s in vector_strings("ethereum/*.json"):
        raw = _hex(s)
        if raw and len(raw) > 20 and (raw[0] >= 0xC0 or raw[0] in (1, 2)):
            out.append(raw)
    return out


# ------------------------------------------------------------------------------------------------
# Files the test suite writes


class Custody:
    """The guarded-signer set-up of tests/cli/guarded, run once into a temporary directory."""

    def __init__(self, root: Path) -> None:
        from coldsign.codec.payload import parse_payload
        from tests.cli.guarded import conftest as guarded
        from tests.cli.guarded import test_evm

        self.root = root
        setup = guarded.Setup(root, guarded.wpkh_descriptor(), root / "home")
        pubs = guarded.write_keys(root)
        (root / "policy.toml").write_text(
            guarded.policy_toml(pubs, setup.descriptor) + test_evm.EVM_POLICY
        )
        (root / "whitelist.toml").write_text(guarded.whitelist_toml() + test_evm.EVM_WHITELIST)
        (root / "denylist.toml").write_text(
            'version = 1\nprevious = ""\nexpires = "2099-01-01T00:00:00Z"\n'
            f'[[entries]]\nchain = "bitcoin"\nnetwork = "testnet"\naddress = "{guarded.NOT_WHITELISTED}"\n'
            'label = "Sanctioned"\n[[entries]]\nchain = "ethereum"\nchain_id = 1\n'
            f'address = "{test_evm.STRANGER}"\nlabel = "Drainer"\n'
        )
        for noun, admins in (
            ("policy", ("a1", "a2")),
            ("whitelist", ("a1", "a3")),
            ("denylist", ("a2", "a3")),
        ):
            setup.files[noun] = guarded.sign_doc(
                setup, root / f"{noun}.toml", root / f"{noun}.signed", noun, *admins
            )
        assert setup.cs("policy", "pin", setup.files["policy"]).exit_code == 0
        result = setup.cs("whitelist", "import", setup.files["whitelist"])
        assert result.exit_code == 0, result.stderr
        guarded.write_funding(
            root, "utxos", setup.descriptor, ["0.30000000", "0.25000000", "0.2", "0.15"], "ab"
        )
        btc = setup.build(f"{guarded.HOT_WALLET}:0.05", wid="btc-1", extra=("--memo", "rebalance"))
        btc_ok = setup.approved(btc, "alice", "bob")
        btc_result, btc_signed = setup.sign(btc_ok)
        assert btc_result.exit_code == 0, btc_result.stderr
        usdc = test_evm.build(setup, "usdc-1")
        usdc_ok = setup.approved(usdc, "alice", "bob")
        usdc_result, usdc_signed = setup.sign(usdc_ok)
        assert usdc_result.exit_code == 0, usdc_result.stderr
        eth = test_evm.build(setup, "eth-1", token=None, value="0.5eth", gas_limit="21000")
        self.setup = setup
        self.payloads = [
            p.read_bytes() for p in (btc, btc_ok, btc_signed, usdc, usdc_ok, usdc_signed, eth)
        ]
        self.approved = [btc_ok.read_bytes(), usdc_ok.read_bytes()]
        self.transactions = [parse_payload(p).transaction for p in self.payloads]
        self.signed_evm = [
            s for s in (parse_payload(p).signed_transaction for p in self.payloads) if s
        ]

    def file(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def role_keys(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.root.glob("*.key"))[:3]]

    def audit_log(self) -> bytes:
        return (self.root / "home" / "audit.jsonl").read_bytes()

    def home_files(self) -> bytes:
        """The signer home as the signer_home target reads it: the log, then every document."""
        documents = sorted((self.root / "home" / "documents").glob("*.json"))
        return b"\x00\xff".join([self.audit_log(), *(p.read_bytes() for p in documents)])


def keystore_file() -> bytes:
    from coldsign.keys.keystore import seal_seed
    from coldsign.keys.secrets import Passphrase, Seed

    return seal_seed(
        Seed(bytes(range(7, 71))),
        Passphrase("pw"),
        name="vault",
        created=datetime(2025, 1, 1, tzinfo=UTC),
        kdf_n=2**10,
    )


TRANSCRIPT_DEFINITION = b"""
format = 1
name = "small"
title = "Small"
[roles]
lead = "Lead"
w = "Witness"
[[steps]]
id = "a"
kind = "instruction"
title = "A"
checklist = ["x"]
[[steps]]
id = "b"
kind = "compare"
title = "B"
value = { file = "f" }
confirm_role = "w"
"""
TRANSCRIPT_ANSWERS = b'[participants]\nlead = "L"\nw = "W"\n[confirm]\na = true\nb = true\n'


def transcripts(root: Path) -> list[bytes]:
    """Transcripts written by the real ceremony runner, signed by the fuzz lead key (so the
    transcript target's re-sign mode keeps them valid): one complete, one declined."""
    import _fixtures

    from coldsign.ceremony.definition import parse_definition
    from coldsign.ceremony.runner import Runner
    from coldsign.ceremony.script import ScriptConsole, parse_answers

    out = []
    for name, answers in (
        ("complete", TRANSCRIPT_ANSWERS),
        ("declined", TRANSCRIPT_ANSWERS.replace(b"b = true", b"b = false")),
    ):
        work = root / f"transcript-{name}"
        work.mkdir()
        (work / "f").write_bytes(b"x")
        path = work / "t.jsonl"
        Runner(
            parse_definition(TRANSCRIPT_DEFINITION),
            "00" * 32,
            ScriptConsole(parse_answers(answers), StringIO()),
            work,
            work,
            path,
            _fixtures.LEAD,
            clock=lambda: datetime(2030, 1, 1, tzinfo=UTC),
        ).run()
        out.append(path.read_bytes())
    return out


# ------------------------------------------------------------------------------------------------
# Seeds per target


def _lines(parts: list[str]) -> bytes:
    return "\n".join(parts).encode()


def _random_blobs(count: int, size: int) -> list[bytes]:
    rng = random.Random(17)
    return [rng.randbytes(rng.randint(size // 4, size)) for _ in range(count)]


def seeds(custody: Custody, scratch: Path) -> dict[str, list[bytes]]:
    import _fixtures

    from coldsign.chains.evm.tx import decode_transaction, encode_unsigned
    from coldsign.transport import bbqr
    from coldsign.transport.formats import encode_for_qr

    psbts = psbt_vectors() + [t for t in custody.transactions if t.startswith(b"psbt\xff")]
    evm_unsigned = [t for t in custody.transactions if not t.startswith(b"psbt\xff")]
    eth = ethereum_vectors() + custody.signed_evm
    signed: list[bytes] = []
    for raw in eth:
        try:
            evm_unsigned.append(encode_unsigned(decode_transaction(raw).tx))
            signed.append(raw)
        except Exception:  # noqa: BLE001 - not every long hex string in the vectors is a tx
            continue
    core = json.loads((VECTORS / "bip174" / "bitcoin-core_rpc_psbt.json").read_text())
    psbt_texts = [b"\x00" + s.encode() for s in core["valid"] + core["invalid"]]
    for raw in psbts[:20]:
        psbt_texts += [b"\x02" + raw.hex().encode(), b"\x03" + raw]
    # Scanned QR text: UR parts from the vectors and from encoding real payloads and PSBTs.
    ur_vectors = [s for s in vector_strings("ur/*.json") if s.startswith("ur:")]
    ur_scans = [b"\x00" + _lines(ur_vectors[:40])]
    bbqr_scans = []
    qr_scans = []
    for data in [custody.payloads[1], custody.transactions[0], custody.payloads[4]]:
        kind = "psbt" if data.startswith(b"psbt\xff") else "payload"
        for fmt in ("ur", "bbqr", "base64"):
            parts = encode_for_qr(data, kind, fmt, "low", frames=None)  # type: ignore[arg-type]
            qr_scans.append(b"\x00" + _lines(parts))
            if fmt == "ur":
                extra = encode_for_qr(data, kind, "ur", "low", frames=len(parts) + 4)  # type: ignore[arg-type]
                ur_scans.append(b"\x00" + _lines(list(reversed(extra))))
    bbqr_json = json.loads((VECTORS / "bbqr" / "bbqr.json").read_text())
    for vector in bbqr_json["join_vectors"]:
        bbqr_scans.append(b"\x00" + _lines(vector["scanned_lines"]))
    for vector in bbqr_json["split_vectors"]:
        bbqr_scans.append(b"\x00" + _lines(vector["expected_parts"]))
    for encoding in bbqr.Encoding:
        _, parts = bbqr.split(custody.payloads[1], bbqr.FileType.BINARY, encoding, max_version=9)
        bbqr_scans.append(b"\x00" + _lines(parts))
    generated = [b"\x01" + blob for blob in _random_blobs(12, 2000)]

    descriptors = [s for s in vector_strings("descriptors/*.json") if "(" in s and len(s) < 3000]
    descriptors += [custody.setup.descriptor, _fixtures.DESCRIPTOR]
    key_exprs = [
        s for s in vector_strings("descriptors/bip380_test_vectors.json") if " " not in s and s
    ]
    xkeys = [
        s
        for s in vector_strings("bip32/*.json", "derivation/*.json", "descriptors/*.json")
        if re.fullmatch(r"[xtyzuvYZUV](pub|prv)[1-9A-HJ-NP-Za-km-z]{100,112}", s)
    ]
    paths = ["m/84'/0'/0'/0/5", "m/48h/1h/0h/2h", "m", "0/1/2147483647", "m/2147483648"]
    origins = ["[73c5da0a/84h/0h/0h]", "d34db33f/44'/0'/0'", "deadbeef"]
    address_re = r"(bc|tb|bcrt)1[02-9ac-hj-np-z]{8,87}|[123mn2][1-9A-HJ-NP-Za-km-z]{25,34}"
    found = sorted({s for s in vector_strings("**/*.json") if re.fullmatch(address_re, s)})
    segwit = [a for a in found if a.startswith(("bc1", "tb1", "bcrt1"))]
    addresses = segwit[:60] + [a for a in found if a not in segwit][:20]
    evm_addresses = [
        s for s in vector_strings("ethereum/eip55_checksum.json") if s.startswith("0x")
    ]
    bytewords_text = [s for s in vector_strings("ur/bytewords.json") if len(s) > 8]

    approved_flags = b"\xff\x01\x80\x00"
    role_keys = custody.role_keys()
    ceremonies = [p.read_bytes() for p in sorted((ROOT / "ceremonies").glob("*.toml"))]
    answers = TRANSCRIPT_DEFINITION + b"\n#--answers--\n" + TRANSCRIPT_ANSWERS
    transcript_files = transcripts(scratch)
    audit = custody.audit_log()

    new = new_target_seeds(custody)
    return {
        **new,
        "psbt_binary": psbts,
        "psbt_text": psbt_texts,
        "payload": custody.payloads + _payload_variants(custody.payloads[1]),
        "withdrawal": [
            (b"\x00" if t.startswith(b"psbt\xff") else b"\x01") + t for t in custody.transactions
        ]
        + [b"\x00" + p for p in psbts[:30]]
        + [b"\x01" + t for t in evm_unsigned[:30]],
        "approvals": [approved_flags + p for p in custody.approved]
        + [b"\x03\x02\x7f\x01" + p for p in custody.approved],
        "ur_stream": ur_scans + generated,
        "bbqr_stream": bbqr_scans + generated,
        "qr_text": qr_scans + ur_scans[:1] + bbqr_scans[:4] + generated,
        "signed_document": [
            bytes([i]) + custody.file(f"{noun}.signed")
            for i, noun in enumerate(("policy", "whitelist", "denylist"))
        ]
        + [
            bytes([0x80 | i]) + custody.file(f"{noun}.signed")
            for i, noun in enumerate(("policy", "whitelist", "denylist"))
        ],
        "policy_toml": [
            custody.file("policy.toml"),
            _fixtures.POLICY_TOML.encode(),
            (ROOT / "docs" / "examples" / "policy.toml").read_bytes(),
        ],
        "manifest_toml": [
            b"\x00" + custody.file("whitelist.toml"),
            b"\x01" + custody.file("denylist.toml"),
            b"\x00" + (ROOT / "docs" / "examples" / "whitelist.toml").read_bytes(),
        ],
        "descriptor": [b"\x00" + d.encode() for d in descriptors]
        + [b"\x03" + k.encode() for k in key_exprs],
        "evm_rlp": eth + evm_unsigned,
        "evm_tx": [b"\x01" + raw for raw in signed] + [b"\x00" + raw for raw in evm_unsigned],
        "envelope": [*role_keys, keystore_file()],
        "audit_log": [b"\x00" + audit, b"\x01" + audit],
        "transcript": [bytes([flag]) + t for t in transcript_files for flag in (0, 3, 7)],
        "ceremony_definition": [*ceremonies, answers],
        "utxo_list": [
            custody.file("utxos.json"),
            json.dumps(
                [
                    {
                        "txid": "ab" * 32,
                        "vout": 1,
                        "amount": 0.5,
                        "scriptPubKey": _fixtures.memo_wallet()
                        .derive_at((1, 3))
                        .script_pubkey.hex(),
                        "desc": _desc_for(_fixtures.DESCRIPTOR, 1, 3),
                    }
                ]
            ).encode(),
        ],
        "hd_keys": [b"\x00" + k.encode() for k in xkeys]
        + [b"\x01" + p.encode() for p in paths]
        + [b"\x02" + o.encode() for o in origins]
        + [b"\x03" + _b58_payload(k) for k in xkeys[:12]],
        "address": [bytes([n]) + a.encode() for a in addresses for n in (0, 1)]
        + [b"\x04" + a.encode() for a in evm_addresses]
        + [b"\x08" + bytes(range(40)), b"\x0c" + bytes(21)],
        "bech32_base58": [bytes([m]) + a.encode() for a in addresses for m in (0, 1, 3)]
        + [b"\x03" + k.encode() for k in xkeys[:10]],
        "bytewords": [bytes([s]) + t.encode() for t in bytewords_text for s in (0, 1, 2)]
        + [b"\x80" + bytes(range(12))],
    }


def _payload_variants(data: bytes) -> list[bytes]:
    """`data` with every optional record set (0x0D expected head, 0x0E replaces, 0x0F kind,
    0x12 signer head, 0x13 request id, 0x21 initiator signature), which the custody run does
    not all write."""
    from dataclasses import replace

    from coldsign.codec.payload import InitiatorSignature, parse_payload, serialize_payload

    base = parse_payload(data)
    variants = [
        replace(base, expected_head=bytes(range(32)), replaces="btc-0"),
        replace(base, kind="message", signer_head=b"\x07" * 32, request_id=bytes(range(16))),
        replace(
            base,
            kind="proof",
            initiator_signature=InitiatorSignature(b"\x02" + bytes(range(32)), b"\x05" * 64),
        ),
    ]
    return [serialize_payload(v) for v in variants]


def _vector_dicts(*patterns: str) -> Iterator[dict[str, Any]]:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for pattern in patterns:
        for path in sorted(VECTORS.glob(pattern)):
            yield from walk(json.loads(path.read_text()))


def _message_seeds() -> tuple[list[bytes], list[bytes], list[bytes]]:
    """(message_request, message_signature, eip712) seeds: requests of every format for the fuzz
    policy's wallets, the signatures of the BIP-322 / BIP-137 / EIP-191 vectors, typed data."""
    import _fixtures

    from coldsign.codec.bip32 import parse_path
    from coldsign.codec.message_request import (
        MessageFormat,
        MessageRequest,
        serialize_message_request,
    )
    from coldsign.codec.script import address_from_script

    typed = [
        json.dumps(d["typed_data"]).encode()
        for d in _vector_dicts("ethereum/eip712_example.json")
        if isinstance(d.get("typed_data"), dict)
    ]
    typed.append(
        json.dumps(
            {
                "types": {
                    "EIP712Domain": [
                        {"name": "name", "type": "string"},
                        {"name": "version", "type": "string"},
                        {"name": "chainId", "type": "uint256"},
                        {"name": "verifyingContract", "type": "address"},
                    ],
                    "Permit": [
                        {"name": "owner", "type": "address"},
                        {"name": "spender", "type": "address"},
                        {"name": "value", "type": "uint256"},
                        {"name": "nonce", "type": "uint256"},
                        {"name": "deadline", "type": "uint256"},
                    ],
                },
                "primaryType": "Permit",
                "domain": {
                    "name": "USD Coin",
                    "version": "2",
                    "chainId": 1,
                    "verifyingContract": _fixtures.USDC,
                },
                "message": {
                    "owner": _fixtures.EVM_SENDER,
                    "spender": "0x000000000022D473030F116dDEE9F6B43aC78BA3",
                    "value": 10**12,
                    "nonce": 0,
                    "deadline": 1_900_000_000,
                },
            }
        ).encode()
    )
    spk = _fixtures.memo_wallet().derive_at((0, 0)).script_pubkey
    btc_address = address_from_script(spk, _fixtures.NETWORK)
    assert btc_address is not None
    requests = []
    for fmt in MessageFormat:
        evm = fmt.chain == "ethereum"
        address = _fixtures.EVM_SENDER if evm else btc_address
        path = parse_path("m/44'/60'/0'/0/0" if evm else "m/84'/1'/0'/0/0")
        texts = typed[-1:] if fmt is MessageFormat.EIP712 else [b"Note: hello", b"\x00\xff"]
        for message in texts:
            raw = serialize_message_request(MessageRequest(fmt, address, path, message))
            requests += [b"\x40" + raw, bytes([1 if evm else 0]) + raw]
            requests.append(bytes([0x21 if evm else 0x20]) + raw + b"\xff\x00" + bytes(65))
    signatures: list[bytes] = []
    for d in _vector_dicts("bip322/*.json"):
        signer, text = d.get("address"), d.get("message")
        if not isinstance(signer, str) or not isinstance(text, str):
            continue
        sigs = d.get("bip322_signatures") or [d.get("signature")]
        for sig in sigs[:2]:
            if isinstance(sig, str):
                body = f"{signer}\x00{text}\x00{sig}".encode()
                signatures += [b"\x00" + body, b"\x05" + body]
    for d in list(_vector_dicts("signmessage/*.json"))[:10]:
        if isinstance(d.get("signature"), str):
            body = f"{d['address']}\x00This is an example of a signed message.\x00".encode()
            signatures += [
                b"\x01" + body + d["signature"].encode(),
                b"\x02" + body + d["signature"].encode(),
            ]
    for d in _vector_dicts("ethereum/eip191_personal_sign.json"):
        sig = d.get("signature")
        if isinstance(sig, str) and len(sig.removeprefix("0x")) == 130:
            message = str(d.get("message", "")).encode()
            signatures += [b"\x03\x00" + message + b"\x00" + sig.encode()]
            signatures += [b"\x04\x00" + message + b"\x00" + bytes.fromhex(sig.removeprefix("0x"))]
    return requests, signatures, typed


def _ur_registry_seeds() -> list[bytes]:
    from fuzz_ur_registry import TYPES

    from coldsign.transport import ur

    out = []
    for text in vector_strings("ur-registry/*.json", "erc4527/*.json"):
        if not text.lower().startswith("ur:"):
            continue
        try:
            parsed = ur.decode(text)
        except Exception:  # noqa: BLE001 - multipart or a deliberately broken vector
            continue
        if parsed.type in TYPES:
            out.append(bytes([TYPES.index(parsed.type)]) + parsed.cbor)
    return out


def _wallet_import_seeds() -> list[bytes]:
    import _fixtures

    from coldsign.formats import core

    out = []
    for path in sorted((VECTORS / "coldcard").rglob("*")):
        if path.is_file() and path.suffix in (".json", ".txt"):
            data = path.read_bytes()
            out += [bytes([8 * k]) + data for k in (5, 6, 7)]  # the sortedmulti kinds
            if path.suffix == ".txt":
                out.append(b"\x04" + data)
        elif path.suffix == ".sig":
            out.append(b"\x06" + path.read_bytes())
    for text in vector_strings("bip129/*.json"):
        if text.startswith("BSMS 1.0"):
            out += [b"\x01" + text.encode(), b"\x02" + text.encode(), b"\x0a" + text.encode()]
    tokens = ["00", "a54044308ceac9b7", "ffff00000000000000000000000000ff", "12345678"]
    out += [b"\x03" + t.encode() for t in tokens]
    wallet = _fixtures.memo_wallet()
    out.append(b"\x05" + core.encode_import(core.import_requests(wallet, timestamp="now")))
    out.append(b"\x00" + core.sparrow_descriptor_file(wallet))
    address = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
    out += [
        b"\x07bitcoin:" + address.encode() + b"?amount=0.1&label=Rent%20June&message=hi",
        b"\x07" + address.encode(),
    ]
    return out


def _reserves_seeds(custody: Custody) -> list[bytes]:
    import random as _random

    from coldsign.reserves import liabilities as L

    por = VECTORS / "por"
    out = [
        b"\x04" + (por / "okx" / "merkle_proof_file.json").read_bytes(),
        b"\x05" + (por / "okx" / "user_info_file.json").read_bytes(),
        b"\x06" + (por / "okx" / "full-liabilities-merkle-tree.txt").read_bytes()[:16000],
        b"\x09" + (por / "okx_por_example.csv").read_bytes()[:16000],
        b"\x09" + (por / "okx_test.csv").read_bytes()[:16000],
        b"\x08" + custody.file("utxos.json"),
        b"\x07"
        + json.dumps(
            {
                "format": "coldsign-reserves-btc-proof",
                "version": 1,
                "network": "testnet",
                "address": "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
                "message": "Proof of reserves snapshot 2030-01-01T00:00:00Z bitcoin testnet",
                "signature": "pofcHNidP8BAAoCAAAAAAAAAAAAAAAA",
            }
        ).encode(),
    ]
    csv = b"customer,BTC,USDT\nalice,100,5\nbob,0,7\ncarol@x,12345678901234,0\n"
    out.append(b"\x03" + csv)
    rng = _random.Random(17)
    book = L.parse_balances_csv(csv.splitlines(keepends=True))
    tree = L.build_tree(book, snapshot="2030-01-01", random_bytes=rng.randbytes)
    root = L.encode_root(tree.root)
    out += [b"\x01" + root, b"\x0a" + root, b"\x02" + tree.root.root_hash.hex().encode()]
    out += [b"\x00" + L.encode_proof(tree.proof(slot)) for slot in range(2)]
    return out


def new_target_seeds(custody: Custody) -> dict[str, list[bytes]]:
    """Seeds of the targets for the decoders issue 15 and later added (messages, typed data,
    registry URs, wallet files, labels, reserves, the signer home)."""
    requests, signatures, typed = _message_seeds()
    labels = [p.read_bytes() for p in sorted((VECTORS / "bip329").glob("*.jsonl"))]
    return {
        "message_request": requests,
        "message_signature": signatures,
        "eip712": typed,
        "ur_registry": _ur_registry_seeds(),
        "wallet_import": _wallet_import_seeds(),
        "bip329": [b"\n".join(data.split(b"\n")[:60]) for data in labels],
        "reserves": _reserves_seeds(custody),
        "signer_home": [b"\x00" + custody.home_files(), b"\x01" + custody.home_files()],
        "tx_scan": tx_vectors(custody),
        "previous_txs": [
            custody.file("utxos.prev"),
            json.dumps(custody.file("utxos.prev").decode().split()).encode(),
        ],
    }


def _desc_for(descriptor: str, branch: int, index: int) -> str:
    """The `desc` field Bitcoin Core writes for an address of a ranged descriptor."""
    from coldsign.codec.descriptor import parse_descriptor

    single = parse_descriptor(descriptor).branches()[branch]
    text = single.to_string(with_checksum=False).replace("/*", f"/{index}")
    from coldsign.codec.descriptor import add_checksum

    return add_checksum(text)


def _b58_payload(text: str) -> bytes:
    from coldsign.codec import base58

    return base58.decode_check(text)


# ------------------------------------------------------------------------------------------------
# Merge


def _merge(target: str, raw_seeds: list[bytes], *, fresh: bool) -> int:
    import importlib

    from run import merge_corpus

    # libFuzzer reads no more than max_len bytes of an input: larger seeds only cost disk.
    max_len = importlib.import_module(f"fuzz_{target}").TARGET.max_len
    with tempfile.TemporaryDirectory(prefix=f"seeds-{target}-") as tmp:
        for data in raw_seeds:
            if len(data) <= max_len:
                (Path(tmp) / hashlib.sha1(data).hexdigest()).write_bytes(data)
        return merge_corpus(target, [Path(tmp)], keep_current=not fresh)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help="targets to regenerate (default: all)")
    parser.add_argument("--fresh", action="store_true", help="drop earlier finds (keep regress-*)")
    args = parser.parse_args()
    known = sorted(p.stem.removeprefix("fuzz_") for p in FUZZ_DIR.glob("fuzz_*.py"))
    unknown = set(args.targets) - set(known)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="coldsign-seeds-") as tmp:
        custody_root = Path(tmp) / "custody"
        custody_root.mkdir()
        custody = Custody(custody_root)
        by_target = seeds(custody, Path(tmp))
    missing = set(known) - set(by_target)
    if missing:
        raise SystemExit(f"no seeds defined for: {', '.join(sorted(missing))}")
    for target in args.targets or known:
        kept = _merge(target, by_target[target], fresh=args.fresh)
        print(f"{target:22} {len(by_target[target]):4} seeds -> {kept:4} corpus files")


if __name__ == "__main__":
    main()
