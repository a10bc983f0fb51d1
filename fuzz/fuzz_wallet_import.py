"""Wallet and cosigner files an operator imports (`wallet import-cosigner`, `wallet verify-bsms`,
`wallet verify-export`, `--to bitcoin:` URIs): coldsign.formats.cosigners.from_file (Coldcard
ccxp / generic JSON, UR text, Coldcard multisig setup files), BIP-129 BSMS key and descriptor
records and tokens (coldsign.formats.bsms), Coldcard multisig files
(coldsign.formats.coldcard.decode_multisig_file), Bitcoin Core / Sparrow importdescriptors JSON
(coldsign.formats.core.decode_import), armored signature files
(coldsign.formats.signed_export.parse_signed_message) and BIP-21 URIs
(coldsign.formats.bip21.parse_uri).

Input: a selector byte (decoder; descriptor kind or network), then the file's bytes.
Allowed: DecodeError; AuthenticationError from a BSMS descriptor record whose first address is
not the descriptor's (documented: exit 5).
Round trip: an importdescriptors array re-encodes (encode_import) to JSON that decodes to the
same requests; a BSMS token's `0x` hex and its words parse back to the same token, a key
record re-encodes to a record that decodes equal; a Coldcard setup file's
descriptor re-encodes to a setup file that decodes to the same descriptor.
"""

from __future__ import annotations

import _harness

from coldsign.codec.descriptor import DescriptorKind, parse_descriptor
from coldsign.errors import AuthenticationError, DecodeError
from coldsign.formats import bip21, bsms, coldcard, core, cosigners, signed_export
from coldsign.units import Network

KINDS = tuple(DescriptorKind)
NETWORKS = tuple(Network)


def _multisig(data: bytes) -> None:
    setup = coldcard.decode_multisig_file(data)
    descriptor = setup.descriptor()
    try:
        encoded = coldcard.encode_multisig_file(descriptor, setup.name)
    except ValueError:  # documented: a wallet Coldcard cannot express (e.g. a long name)
        return
    with _harness.must_succeed("decode_multisig_file(encode_multisig_file(...))"):
        again = coldcard.decode_multisig_file(encoded).descriptor()
    _harness.check_equal(again, descriptor, "Coldcard multisig descriptor")


def _import(data: bytes) -> None:
    requests = core.decode_import(data)
    with _harness.must_succeed("decode_import(encode_import(...))"):
        _harness.check_equal(
            core.decode_import(core.encode_import(requests)), requests, "importdescriptors"
        )
    for request in requests:
        parse_descriptor(request.desc)


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, rest = data[0], data[1:]
    which = selector % 8
    kind = KINDS[(selector >> 3) % len(KINDS)]
    network = NETWORKS[(selector >> 3) % len(NETWORKS)]
    if which == 0:
        found = cosigners.from_file(rest, kind, "cosigner file")
        for cosigner in found:
            cosigner.text()
        cosigners.check_distinct(found)
    elif which == 1:
        record = bsms.decode_key_record(rest)
        with _harness.must_succeed("decode_key_record(record.encode())"):
            _harness.check_equal(bsms.decode_key_record(record.encode()), record, "key record")
        cosigners.from_bsms(record, "BSMS key record")
    elif which == 2:
        bsms.decode_descriptor_record(rest, network)
    elif which == 3:
        token = bsms.parse_token(_harness.text(rest))
        canonical = "0x" + token.hex if token.encrypted else token.hex
        with _harness.must_succeed("parse_token(0x + token.hex)"):
            _harness.check_equal(bsms.parse_token(canonical), token, "BSMS token (hex)")
        if token.encrypted:
            with _harness.must_succeed("parse_token(token.words())"):
                _harness.check_equal(bsms.parse_token(token.words()), token, "BSMS token (words)")
    elif which == 4:
        _multisig(rest)
    elif which == 5:
        _import(rest)
    elif which == 6:
        signed_export.parse_signed_message(rest)
    else:
        bip21.parse_uri(_harness.text(rest))


TARGET = _harness.Target(
    "wallet_import",
    one_input,
    allowed=(DecodeError, AuthenticationError),
    max_len=8192,
)

if __name__ == "__main__":
    _harness.main(TARGET)
