"""UR registry CBOR bodies a watch-only wallet or a cosigner hands over: crypto-hdkey / hdkey,
crypto-output / output-descriptor, crypto-account / account-descriptor (and Keystone's
crypto-public-key) via coldsign.formats.ur_registry.decode_registry_ur, and ERC-4527's
eth-sign-request / eth-signature (coldsign.formats.erc4527). crypto-psbt bodies are PSBTs inside a
CBOR byte string, reached through the `ur_stream` and `qr_text` targets.

Input: a selector byte (UR type; whether private keys are allowed), then the CBOR body.
Allowed: DecodeError. Round trip: an accepted body re-encodes (our encoder) to CBOR that decodes
to an equal value (a fixed point); then a public HD key becomes a descriptor key expression
and an output renders as text and becomes a descriptor, as the importers use them.
"""

from __future__ import annotations

import _harness

from coldsign.errors import DecodeError
from coldsign.formats import erc4527
from coldsign.formats import ur_registry as R

TYPES = (*sorted(R.UR_TYPES), erc4527.UR_SIGN_REQUEST, erc4527.UR_SIGNATURE)


def one_input(data: bytes) -> None:
    if not data:
        return
    ur_type = TYPES[data[0] % len(TYPES)]
    allow_private = bool(data[0] & 0x80)
    body = data[1:]
    if ur_type == erc4527.UR_SIGN_REQUEST:
        request = erc4527.decode_eth_sign_request(body)
        with _harness.must_succeed("decode_eth_sign_request(encode(...))"):
            again = erc4527.decode_eth_sign_request(erc4527.encode_eth_sign_request(request))
        _harness.check_equal(again, request, "eth-sign-request")
        return
    if ur_type == erc4527.UR_SIGNATURE:
        signature = erc4527.decode_eth_signature(body)
        encoded = erc4527.encode_eth_signature(
            signature.request_id, signature.signature, signature.origin
        )
        with _harness.must_succeed("decode_eth_signature(encode(...))"):
            _harness.check_equal(erc4527.decode_eth_signature(encoded), signature, "eth-signature")
        return
    generation = R.UR_TYPES[ur_type][0]
    decoded = R.decode_registry_ur(ur_type, body, allow_private=allow_private)
    if allow_private:
        try:
            R.decode_registry_ur(ur_type, body)
        except DecodeError:
            return  # it holds a private key: the encoders refuse those (coldsign never exports one)
    if isinstance(decoded, R.HDKey):
        encoded = R.encode_hdkey(decoded, generation)
    elif isinstance(decoded, R.OutputDescriptor):
        encoded = R.encode_output(decoded, generation)
    else:
        encoded = R.encode_account(decoded, generation)
    with _harness.must_succeed(f"decode_registry_ur({ur_type}, encode(...))"):
        decoded_again = R.decode_registry_ur(ur_type, encoded, allow_private=allow_private)
    _harness.check_equal(decoded_again, decoded, ur_type)
    # What the importers do next (DecodeError for what a descriptor cannot say).
    if isinstance(decoded, R.HDKey):
        decoded.to_key_expression()
    elif isinstance(decoded, R.OutputDescriptor):
        decoded.text()
        decoded.to_descriptor()
    else:
        for output in decoded.outputs:
            output.text()


TARGET = _harness.Target("ur_registry", one_input, allowed=(DecodeError,), max_len=4096)

if __name__ == "__main__":
    _harness.main(TARGET)
