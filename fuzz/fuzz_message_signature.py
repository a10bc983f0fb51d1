"""Message signatures a verifier is handed (`message verify`): BIP-322 (simple, full, proof of
funds) via coldsign.messages.bip322.verify, BIP-137 / Electrum legacy signatures via
bip137.verify and bip137.recover, EIP-191 via EvmSignature.from_hex and eip191.recover, and the
message address decoder (coldsign.messages.common.decode_address).

Input: a selector byte (which verifier, network), then `address 0x00 message 0x00 signature`.
Allowed: DecodeError (a malformed address or signature). A verdict is returned, never raised.
Round trip: a decoded legacy signature re-encodes to the base64 it came from (canonical base64
only), an EVM signature re-encodes to its 65 bytes (v normalized to 27/28).
"""

from __future__ import annotations

import base64

import _harness

from coldsign.errors import DecodeError
from coldsign.messages import bip137, bip322, eip191
from coldsign.messages.common import decode_address
from coldsign.messages.evmsig import EvmSignature
from coldsign.units import Network

NETWORKS = (None, *Network)


def one_input(data: bytes) -> None:
    if not data:
        return
    selector = data[0]
    parts = data[1:].split(b"\x00", 2)
    if len(parts) < 3:
        return
    address, message, signature = _harness.text(parts[0]), parts[1], parts[2]
    network = NETWORKS[(selector >> 3) % len(NETWORKS)]
    which = selector % 6
    if which == 0:
        bip322.verify(address, message, signature, network=network)
    elif which == 1:
        bip137.verify(address, message, signature, network=network)
    elif which == 2:
        sig = bip137.decode_signature(signature)
        _harness.check_equal(
            base64.b64decode(sig.encode()), base64.b64decode(signature), "legacy signature"
        )
        bip137.recover(message, signature)
    elif which == 3:
        evm = EvmSignature.from_hex(_harness.text(signature))
        again = EvmSignature.from_bytes(evm.to_bytes())
        _harness.check_equal(again, evm, "EVM signature")
        eip191.recover(message, evm)
    elif which == 4:
        evm = EvmSignature.from_bytes(signature)
        _harness.check_equal(EvmSignature.from_bytes(evm.to_bytes()), evm, "EVM signature bytes")
        eip191.recover(message, evm)
    else:
        _spk, net = decode_address(address, network)
        if network is not None and net is not network:
            raise _harness.ContractViolation("decode_address returned another network")
        bip322.decode_signature(signature)


TARGET = _harness.Target("message_signature", one_input, allowed=(DecodeError,), max_len=4096)

if __name__ == "__main__":
    _harness.main(TARGET)
