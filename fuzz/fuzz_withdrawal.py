"""Withdrawal decoding: the transaction inside a payload, decoded and classified against a policy
(coldsign.service.withdrawal.decode_withdrawal, then the chain module's `analyze`: the facts the
policy judges, the approval digest's transaction material and the review lines).

Input: a selector byte (chain, network or chain id, whether the payload names its EVM sender),
then the transaction bytes (a binary PSBT, or an EVM unsigned transaction). The payload's other
fields are fixed: parse_payload itself is fuzzed by the `payload` target.
Allowed: DecodeError (the transaction does not decode) and PolicyViolation (it decodes but
cannot be approved or classified: an input without UTXO data, outputs above inputs, no sender).
Round trip: the decoded transaction re-encodes to exactly the transaction bytes.
"""

from __future__ import annotations

import _fixtures
import _harness

from coldsign.chains.bitcoin.module import BitcoinTx
from coldsign.chains.evm.address import Address
from coldsign.chains.evm.module import EvmTx
from coldsign.chains.evm.tx import encode_unsigned
from coldsign.codec.payload import Payload
from coldsign.codec.psbt import serialize_psbt
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.service.withdrawal import decode_withdrawal

SENDER = Address.parse(_fixtures.EVM_SENDER).raw
NETWORKS = ("testnet", "mainnet", None, "bogus")
CHAIN_IDS = (1, 137, None, 0)


def one_input(data: bytes) -> None:
    if not data:
        return
    selector, transaction = data[0], data[1:]
    ethereum = bool(selector & 1)
    payload = Payload(
        chain="ethereum" if ethereum else ("bitcoin" if selector & 2 == 0 else "dogecoin"),
        withdrawal_id="fuzz-1",
        created=1_900_000_000,
        expires=1_900_086_400,
        initiator="ivan",
        policy_hash=b"\x11" * 32,
        whitelist_hash=b"\x22" * 32,
        transaction=transaction,
        network=NETWORKS[(selector >> 2) % 4] if not ethereum else None,
        chain_id=CHAIN_IDS[(selector >> 2) % 4] if ethereum else None,
        sender=SENDER if ethereum and not selector & 0x10 else None,
    )
    w = decode_withdrawal(payload)
    if isinstance(w.tx, EvmTx):
        _harness.check_equal(encode_unsigned(w.tx.tx), transaction, "EVM unsigned tx")
    elif isinstance(w.tx, BitcoinTx):
        _harness.check_equal(serialize_psbt(w.tx.psbt), transaction, "PSBT in a payload")
    else:
        raise _harness.ContractViolation(f"a withdrawal decoded as {type(w.tx).__name__}")
    analysis = w.module.analyze(payload, w.tx, _fixtures.POLICY)
    analysis.review.lines()
    analysis.review.inputs()
    analysis.review.to_json()


TARGET = _harness.Target(
    "withdrawal", one_input, allowed=(DecodeError, PolicyViolation), max_len=8192
)

if __name__ == "__main__":
    _harness.main(TARGET)
