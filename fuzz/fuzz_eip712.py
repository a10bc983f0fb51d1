"""EIP-712 typed data (eth_signTypedData_v4 JSON): coldsign.messages.eip712.decode_typed_data,
the hashes signed (domain separator, message hash, signing hash), the value-moving classifier
(coldsign.messages.value_moving.classify / disguises: permits, Permit2, Seaport, ...) and the
field listing the review screen shows.

Allowed: DecodeError. Contract: an accepted document hashes without error, and the signing hash is
keccak256(0x1901 || domain separator || message hash) as EIP-712 defines it.
"""

from __future__ import annotations

import _harness

from coldsign.chains.evm.hashing import keccak256
from coldsign.errors import DecodeError
from coldsign.messages.eip712 import decode_typed_data, iter_fields
from coldsign.messages.value_moving import classify, disguises


def one_input(data: bytes) -> None:
    typed = decode_typed_data(data)
    domain, message = typed.domain_separator, typed.message_hash
    _harness.check_equal(
        typed.signing_hash, keccak256(b"\x19\x01" + domain + message), "EIP-712 signing hash"
    )
    list(iter_fields(typed.message))
    classify(typed)
    disguises(typed)


TARGET = _harness.Target("eip712", one_input, allowed=(DecodeError,), max_len=16384)

if __name__ == "__main__":
    _harness.main(TARGET)
