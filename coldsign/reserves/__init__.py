"""Proof of reserves: what an exchange owes (liabilities) and what it holds (reserves).

Pure: no I/O and no printing. `liabilities` is the Merkle-sum tree over customer balances that
each customer checks their own inclusion in; `okx` reads and verifies OKX's published format.
"""
