"""Message payloads in the service (issue 15): new requests and released signatures, through the
chain modules, with no chain branch here. Pure: no I/O, no printing."""

from __future__ import annotations

from coldsign import chains
from coldsign.codec.message_request import MessageFormat, MessageRequest
from coldsign.codec.payload import Payload
from coldsign.errors import UsageError
from coldsign.policy.config import Policy

MESSAGE = "message"


def message_request(
    policy: Policy,
    fmt: MessageFormat,
    address: str,
    path: str | None,
    message: bytes,
    *,
    network: str | None,
    chain_id: int | None,
) -> tuple[MessageRequest, str | None, int | None]:
    """The request for `address` (a policy wallet's) and the payload's network or chain id."""
    return chains.module(fmt.chain).message_request(
        policy, fmt, address, path, message, network=network, chain_id=chain_id
    )


def decoded_request(payload: Payload) -> MessageRequest:
    """The request inside a message payload (UsageError for another kind, DecodeError if
    malformed)."""
    from coldsign.codec.message_request import parse_message_request

    if payload.kind != MESSAGE:
        raise UsageError(f"this is a {payload.kind} payload, not a message payload")
    return parse_message_request(payload.transaction)


def message_signature(payload: Payload) -> tuple[MessageRequest, bytes, str]:
    """(request, signature bytes, signature text) of a signed message payload, verified again."""
    request = decoded_request(payload)
    raw, text = chains.module(payload.chain).message_signature(payload)
    return request, raw, text
