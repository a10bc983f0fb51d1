"""The UTXO list of `payload build` (Bitcoin Core `listunspent` JSON): coldsign.chains.bitcoin.build.parse_utxos,
which re-derives every entry from the wallet (by its `desc` key origin, else a bounded scan).

Input: the JSON bytes. The wallet is the fixed fuzz wallet (wpkh, testnet) with its derivations
memoized, so the up-to-2000-derivation scan per unmatched entry costs lookups, not EC math.
Allowed: DecodeError. Consistency: every accepted entry's script is the one its derivation gives,
its amount is a positive whole number of satoshis, and its outpoint is well formed.
"""

from __future__ import annotations

import _fixtures
import _harness

from coldsign.chains.bitcoin.build import parse_utxos
from coldsign.errors import DecodeError

WALLET = _fixtures.memo_wallet()


def one_input(data: bytes) -> None:
    for utxo in parse_utxos(data, WALLET):
        _harness.check_equal(utxo.derived.script_pubkey, utxo.script_pubkey, "re-derived script")
        if not (len(utxo.txid) == 32 and 0 <= utxo.vout < 2**32 and utxo.amount_sat > 0):
            raise _harness.ContractViolation("accepted a malformed UTXO")


TARGET = _harness.Target("utxo_list", one_input, allowed=(DecodeError,), max_len=8192)

if __name__ == "__main__":
    _harness.main(TARGET)
