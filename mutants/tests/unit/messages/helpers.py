"""Test helpers: WIF keys, and BIP-322 PSBT records for a single raw key (as a BIP-32 root).

A raw private key becomes an ExtendedPrivateKey at depth 0; its PSBT origin is (fingerprint of
the key, empty path), so coldsign's own PSBT signer signs vector keys exactly as it signs seeds.
"""

from __future__ import annotations

from coldsign.codec import base58
from coldsign.codec.psbt import (
    IN_BIP32_DERIVATION,
    IN_REDEEM_SCRIPT,
    IN_TAP_BIP32_DERIVATION,
    IN_TAP_INTERNAL_KEY,
    IN_WITNESS_SCRIPT,
    KeyPath,
    Record,
)
from coldsign.codec.reader import compact_size
from coldsign.codec.script import ScriptType, classify, hash160, p2wpkh_script
from coldsign.keys.hd import ExtendedPrivateKey


def wif_secret(wif: str) -> tuple[bytes, bool]:
    """(32-byte secret, compressed) of a WIF private key."""
    raw = base58.decode_check(wif, "WIF")
    if len(raw) == 34 and raw[-1] == 1:
        return raw[1:33], True
    assert len(raw) == 33
    return raw[1:], False


def root_of(wif: str) -> ExtendedPrivateKey:
    secret, compressed = wif_secret(wif)
    assert compressed
    return ExtendedPrivateKey(secret, b"\x01" * 32)


def single_key_records(root: ExtendedPrivateKey, spk: bytes) -> tuple[Record, ...]:
    """Derivation (and redeem script) records for a single-key script of `root`'s key."""
    pubkey = root.public_key
    origin = KeyPath(root.fingerprint, ()).serialize()
    kind = classify(spk)
    if kind is ScriptType.P2TR:
        xonly = pubkey[1:]
        return (
            Record.make(IN_TAP_BIP32_DERIVATION, xonly, compact_size(0) + origin),
            Record.make(IN_TAP_INTERNAL_KEY, b"", xonly),
        )
    records = [Record.make(IN_BIP32_DERIVATION, pubkey, origin)]
    if kind is ScriptType.P2SH:
        redeem = p2wpkh_script(pubkey)
        assert hash160(redeem) == spk[2:22]
        records.append(Record.make(IN_REDEEM_SCRIPT, b"", redeem))
    return tuple(records)


def multisig_records(
    roots: list[ExtendedPrivateKey], witness_script: bytes, redeem: bytes | None
) -> tuple[Record, ...]:
    records = [
        Record.make(IN_BIP32_DERIVATION, r.public_key, KeyPath(r.fingerprint, ()).serialize())
        for r in roots
    ]
    if redeem is not None:
        records.append(Record.make(IN_REDEEM_SCRIPT, b"", redeem))
    if witness_script:
        records.append(Record.make(IN_WITNESS_SCRIPT, b"", witness_script))
    return tuple(records)
