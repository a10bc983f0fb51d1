"""The one interface every chain implements, so the service and the CLI never branch on a chain.

A chain package (`coldsign/chains/<name>/`) provides a `ChainModule`: the policy syntax of its
wallets, assets and addresses (`spec`), decoding the transaction inside a payload, the facts the
policy judges, what the operator reviews, signing, combining and finalizing. A third chain is one
new folder and one line in `coldsign.chains.MODULES`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from coldsign.codec.jsontext import JsonValue
from coldsign.codec.message_request import MessageFormat, MessageRequest
from coldsign.codec.payload import Payload
from coldsign.keys.secrets import Seed
from coldsign.policy.chainspec import ChainSpec
from coldsign.policy.checks import TxFacts
from coldsign.policy.config import Policy


class ChainTransaction(Protocol):
    """A payload's transaction, decoded by its chain module (each module knows its own type)."""

    @property
    def chain(self) -> str: ...


@dataclass(frozen=True)
class ReviewLine:
    """One chain-specific line of the review screen: a label and its text (plain data, escaped
    by whoever renders it)."""

    label: str
    text: str


class ChainReview(Protocol):
    """What the operator reviews beyond destinations and approvals: the transaction id, every
    input, fee rate or gas, in the chain's own units."""

    @property
    def txid(self) -> str | None: ...

    def lines(self) -> list[ReviewLine]: ...

    def inputs(self) -> Sequence[ReviewLine]:
        """One line per input (a chain without inputs: none); a chain may make each line when
        it is read, since a review screen shows a few of thousands."""
        ...

    def to_json(self) -> dict[str, JsonValue]: ...


@dataclass(frozen=True)
class Analysis:
    """A chain module's reading of a transaction: the facts for the policy, the review."""

    facts: TxFacts
    review: ChainReview


@dataclass(frozen=True)
class Signed:
    """The payload with this signer's signature(s) added, and how many inputs were signed."""

    payload: Payload
    inputs_signed: int


@dataclass(frozen=True)
class Finalized:
    """A broadcastable transaction: its bytes, the text a node takes (hex), and its id."""

    raw: bytes
    text: str
    txid: str


class ChainModule(Protocol):
    """Everything the signing service needs from one chain."""

    @property
    def spec(self) -> ChainSpec: ...

    def decode(self, payload: Payload) -> ChainTransaction:
        """The payload's transaction; DecodeError if it does not decode."""
        ...

    def analyze(self, payload: Payload, tx: ChainTransaction, policy: Policy) -> Analysis:
        """Draw what leaves, to whom, from which wallet and at what fee (pure, public keys only;
        change and transfers by re-derivation, never from metadata)."""
        ...

    def sign(self, payload: Payload, tx: ChainTransaction, seed: Seed, policy: Policy) -> Signed:
        """Sign with `seed` and verify the signatures before returning. NotOurs (exit 8) if
        nothing could be signed."""
        ...

    def message_request(
        self,
        policy: Policy,
        fmt: MessageFormat,
        address: str,
        path: str | None,
        message: bytes,
        *,
        network: str | None,
        chain_id: int | None,
    ) -> tuple[MessageRequest, str | None, int | None]:
        """A message request (issue 15) for the policy wallet at `address` (`path` given, or the
        wallet's), with the payload's network or chain id; UsageError for what is missing."""
        ...

    def message_signature(self, payload: Payload) -> tuple[bytes, str]:
        """A signed message payload's signature: its bytes and its text as wallets write it,
        verified again against the request (AuthenticationError otherwise)."""
        ...

    def combine(self, payloads: list[Payload]) -> bytes:
        """The transaction merging the copies' signatures; AuthenticationError if the copies
        hold different transactions."""
        ...

    def finalize(self, payload: Payload) -> Finalized:
        """The broadcastable transaction of a fully signed payload (PolicyViolation if not)."""
        ...
