"""Role-key and keystore files (scrypt + AES-GCM JSON envelopes), decoded without the passphrase:
coldsign.keys.envelope.read_public / kdf_cost, keys.rolekey.role_key_public and
keys.keystore.keystore_info. These validate the whole envelope structure (every field, the KDF
parameters, hex lengths, the labels) exactly as opening does before it runs scrypt; scrypt and
AES-GCM themselves are not run (each would cost milliseconds per input).

Input: the file's bytes. Allowed: DecodeError.
Consistency: when a decoder accepts the file, the labels it reports are the ones in the file,
and the KDF cost is a power of two within the documented bounds.
"""

from __future__ import annotations

import contextlib

import _harness

from coldsign.errors import DecodeError
from coldsign.keys import envelope
from coldsign.keys.keystore import KIND as KEYSTORE_KIND
from coldsign.keys.keystore import keystore_info
from coldsign.keys.rolekey import KIND as ROLE_KEY_KIND
from coldsign.keys.rolekey import role_key_public


def one_input(data: bytes) -> None:
    for kind in (ROLE_KEY_KIND, KEYSTORE_KIND):
        with contextlib.suppress(DecodeError):
            cost = envelope.kdf_cost(data, kind)
            if not envelope.MIN_KDF_N <= cost <= envelope.MAX_KDF_N or cost & (cost - 1):
                raise _harness.ContractViolation(f"kdf cost {cost} accepted")
    with contextlib.suppress(DecodeError):
        info = role_key_public(data)
        public = envelope.read_public(data, ROLE_KEY_KIND)
        _harness.check_equal(public["public_key"].lower(), info.public_key_hex, "role key label")
        _harness.check_equal((public["role"], public["name"]), (info.role.value, info.name), "role")
    stored = keystore_info(data)
    _harness.check_equal(envelope.kdf_cost(data, KEYSTORE_KIND), stored.kdf_n, "keystore kdf n")


TARGET = _harness.Target("envelope", one_input, allowed=(DecodeError,), max_len=8192)

if __name__ == "__main__":
    _harness.main(TARGET)
