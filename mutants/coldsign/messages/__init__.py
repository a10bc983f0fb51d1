"""Signed messages: the pure cryptographic core (no I/O, no policy).

Bitcoin: BIP-137 legacy signed messages (`bip137`), BIP-322 generic signed messages and proofs
of funds (`bip322`, with the script templates it can check in `spendcheck`). EVM: EIP-191
`personal_sign` (`eip191`) and EIP-712 typed data v4 (`eip712`), and the recognition of typed
data that moves value (`value_moving`). docs/messages.md describes every format and refusal.
"""
