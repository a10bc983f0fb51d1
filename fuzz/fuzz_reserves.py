"""Proof-of-reserves and liabilities files a customer or auditor is handed (`reserves ...`):
coldsign.reserves.liabilities (inclusion proofs, the root document, root hashes, BALANCES.csv),
coldsign.reserves.okx (OKX v1 proofs, v2 user info, the full liabilities tree) and
coldsign.reserves.proofs (Bitcoin proofs of reserves, UTXO snapshots, address-ownership CSVs,
the liabilities-root summary, snapshot messages), each decoded and then checked by its verifier.

Input: a selector byte (which file), then the file's bytes.
Allowed: DecodeError; AuthenticationError from the verifiers (a proof that does not check out:
exit 5); UsageError is not reachable (no `decimals` option is given).
Round trip: an inclusion proof and a root document re-encode (encode_proof / encode_root) to
files that decode to equal values.
"""

from __future__ import annotations

import _harness

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.reserves import liabilities as L
from coldsign.reserves import okx
from coldsign.reserves import proofs as P

ROOT_HASH = bytes(range(32))


def _liabilities_proof(data: bytes) -> None:
    proof = L.decode_proof(data)
    with _harness.must_succeed("decode_proof(encode_proof(...))"):
        _harness.check_equal(L.decode_proof(L.encode_proof(proof)), proof, "inclusion proof")
    L.verify_proof(proof, ROOT_HASH)


def _liabilities_root(data: bytes) -> None:
    root = L.decode_root(data)
    with _harness.must_succeed("decode_root(encode_root(...))"):
        _harness.check_equal(L.decode_root(L.encode_root(root)), root, "liabilities root")
    L.verify_root(root)


def _okx(data: bytes, which: int) -> None:
    if which == 0:
        okx.verify_proof_v1(okx.decode_proof_v1(data), ROOT_HASH)
    elif which == 1:
        okx.decode_user_info(data)
    else:
        okx.check_tree(okx.decode_tree(data))


def one_input(data: bytes) -> None:
    if not data:
        return
    which, rest = data[0] % 11, data[1:]
    if which == 0:
        _liabilities_proof(rest)
    elif which == 1:
        _liabilities_root(rest)
    elif which == 2:
        L.decode_root_hash(_harness.text(rest))
    elif which == 3:
        book = L.parse_balances_csv(rest.splitlines(keepends=True))
        for index in range(min(len(book), 4)):
            book.customer(index)
            book.balances(index)
    elif which in (4, 5, 6):
        _okx(rest, which - 4)
    elif which == 7:
        P.decode_btc_proof(rest)
    elif which == 8:
        P.decode_utxo_set(rest)
    elif which == 9:
        for row in P.decode_ownership_csv(rest)[:8]:
            P.verify_ownership_row(row)
    else:
        P.decode_liabilities_root(rest)
        P.parse_snapshot_message(_harness.text(rest))


TARGET = _harness.Target(
    "reserves", one_input, allowed=(DecodeError, AuthenticationError), max_len=16384
)

if __name__ == "__main__":
    _harness.main(TARGET)
