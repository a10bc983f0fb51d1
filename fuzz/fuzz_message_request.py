"""Message signing requests (issue 15): coldsign.codec.message_request.parse_message_request, and
a message or proof payload decoded and analyzed by its chain module (Bitcoin BIP-137 / BIP-322
requests and BIP-322 proof-of-funds PSBTs; EVM EIP-191 and EIP-712 requests, whose typed data is
decoded and classified), then the signature a signed message payload carries, verified again
against its request (what `payload signature` prints).

Input: a selector byte (chain, kind, network or chain id, whether the rest is split into a
request and a signature), then the request bytes [0xff 0x00 signature bytes]. The payload's other
fields are fixed: parse_payload itself is fuzzed by the `payload` target.
Allowed: DecodeError; PolicyViolation (decodes, cannot be analyzed); AuthenticationError (a
signature that does not verify against its request: exit 5).
Round trip: an accepted request re-encodes to exactly its bytes.
"""

from __future__ import annotations

import _fixtures
import _harness

from coldsign.chains import module
from coldsign.codec.message_request import parse_message_request, serialize_message_request
from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, DecodeError, PolicyViolation

SEPARATOR = b"\xff\x00"
NETWORKS = ("testnet", "mainnet", "signet", "regtest")


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, rest = data[0], data[1:]
    request, _, signature = rest.partition(SEPARATOR) if selector & 0x20 else (rest, b"", b"")
    if selector & 0x40:  # the request alone: the decoder and the round trip
        decoded = parse_message_request(request)
        _harness.check_equal(serialize_message_request(decoded), request, "message request")
        return
    ethereum = bool(selector & 1)
    payload = Payload(
        chain="ethereum" if ethereum else "bitcoin",
        withdrawal_id="fuzz-message",
        created=1_900_000_000,
        expires=1_900_086_400,
        initiator="ivan",
        policy_hash=b"\x11" * 32,
        whitelist_hash=b"\x22" * 32,
        transaction=request,
        network=None if ethereum else NETWORKS[(selector >> 2) % 4],
        chain_id=(1 if not selector & 4 else 137) if ethereum else None,
        kind="proof" if selector & 2 and not ethereum else "message",
        signed_transaction=signature or None,
    )
    chain = module(payload.chain)
    tx = chain.decode(payload)
    analysis = chain.analyze(payload, tx, _fixtures.POLICY)
    analysis.review.lines()
    analysis.review.to_json()
    if payload.signed_transaction is not None and payload.kind == "message":
        chain.message_signature(payload)


TARGET = _harness.Target(
    "message_request",
    one_input,
    allowed=(DecodeError, PolicyViolation, AuthenticationError),
    max_len=8192,
)

if __name__ == "__main__":
    _harness.main(TARGET)
