"""Addresses as operators and files give them: coldsign.codec.script.script_from_address (Base58
P2PKH/P2SH, Bech32/Bech32m segwit, on every network) and coldsign.chains.evm.address.Address.parse
(EIP-55).

Input: a selector byte (network; Bitcoin text, EVM text, or structured), then the text. In the
structured modes the harness builds the string from the fuzzer's bytes with a valid checksum
(Bech32 or Bech32m over 5-bit values; Base58Check over a payload), so the checks behind the
checksum -- witness version, program length, padding, version byte -- are reached.
Allowed: DecodeError. Round trip: the script of an accepted address renders back to the same
address (Bech32 in lower case); an accepted EVM address is the EIP-55 form or a single-case form
of the same 20 bytes.
"""

from __future__ import annotations

import _harness

from coldsign.chains.evm.address import Address
from coldsign.codec import base58, bech32
from coldsign.codec.script import address_from_script, script_from_address
from coldsign.errors import DecodeError
from coldsign.units import Network

NETWORKS = tuple(Network)


def _bitcoin(address: str, network: Network) -> None:
    spk = script_from_address(address, network)
    rendered = address_from_script(spk, network)
    if rendered is None:
        raise _harness.ContractViolation("an accepted address has a script without an address")
    stripped = address.strip()
    is_bech32 = stripped.lower().startswith(network.bech32_hrp + "1")
    _harness.check_equal(rendered, stripped.lower() if is_bech32 else stripped, "address")


def _evm(text: str) -> None:
    address = Address.parse(text)
    digits = text[2:]
    if not (text == address.checksummed or digits in (digits.lower(), digits.upper())):
        raise _harness.ContractViolation("accepted a mixed-case address that is not EIP-55")
    _harness.check_equal(address.raw, bytes.fromhex(digits), "EVM address bytes")
    with _harness.must_succeed("Address.parse(address.checksummed)"):
        _harness.check_equal(Address.parse(address.checksummed), address, "EIP-55 form")


def one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    network = NETWORKS[data[0] % len(NETWORKS)]
    mode = (data[0] >> 2) % 4
    rest = data[1:]
    if mode == 0:
        _bitcoin(_harness.text(rest), network)
    elif mode == 1:
        _evm(_harness.text(rest))
    elif mode == 2:
        encoding = bech32.Encoding.BECH32M if rest[0] & 0x80 else bech32.Encoding.BECH32
        values = [b & 31 for b in rest[1:80]]
        hrp = network.bech32_hrp if rest[0] & 1 == 0 else "bc"
        _bitcoin(bech32.encode(hrp, values, encoding), network)
    else:
        _bitcoin(base58.encode_check(rest[:40]), network)


TARGET = _harness.Target("address", one_input, allowed=(DecodeError,), max_len=256)

if __name__ == "__main__":
    _harness.main(TARGET)
