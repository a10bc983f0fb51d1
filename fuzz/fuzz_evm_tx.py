"""EVM transactions (legacy/EIP-155, EIP-2930, EIP-1559): coldsign.chains.evm.tx.decode_unsigned (the
signing payload inside a coldsign payload) and decode_transaction (a raw signed transaction, as
`payload finalize` and verify_signed read it), plus the ERC-20 calldata decoder.

Input: a selector byte (unsigned or signed), then the transaction bytes.
Allowed: DecodeError; AuthenticationError where a signed transaction's signature does not
recover or verify_signed refuses it (documented: exit 5).
Round trip: a decoded transaction re-encodes to exactly the input bytes (canonical RLP only);
ERC-20 `transfer` calldata re-encodes to the same calldata.
"""

from __future__ import annotations

import _harness

from coldsign.chains.evm.erc20 import CallKind, classify_calldata, decode_transfer, encode_transfer
from coldsign.chains.evm.tx import (
    decode_transaction,
    decode_unsigned,
    encode_signed,
    encode_unsigned,
    recover_sender,
    signing_hash,
    tx_hash,
    verify_signed,
)
from coldsign.errors import AuthenticationError, DecodeError


def _calldata(data: bytes) -> None:
    if classify_calldata(data) is CallKind.ERC20_TRANSFER:
        with _harness.must_succeed("decode_transfer of ERC20_TRANSFER calldata"):
            transfer = decode_transfer(data)
        _harness.check_equal(encode_transfer(transfer.to, transfer.amount), data, "calldata")


def one_input(data: bytes) -> None:
    if not data:
        return
    raw = data[1:]
    if data[0] & 1 == 0:
        tx = decode_unsigned(raw)
        _harness.check_equal(encode_unsigned(tx), raw, "encode_unsigned(decode_unsigned(x))")
        signing_hash(tx)
        _calldata(tx.data)
        return
    signed = decode_transaction(raw)
    _harness.check_equal(encode_signed(signed), raw, "encode_signed(decode_transaction(x))")
    tx_hash(signed)
    _calldata(signed.tx.data)
    sender = recover_sender(signed)
    with _harness.must_succeed("verify_signed by the recovered sender"):
        verify_signed(raw, encode_unsigned(signed.tx), sender)


TARGET = _harness.Target(
    "evm_tx", one_input, allowed=(DecodeError, AuthenticationError), max_len=4096
)

if __name__ == "__main__":
    _harness.main(TARGET)
