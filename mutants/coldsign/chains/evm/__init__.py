"""Ethereum and EVM chains: RLP, transactions (EIP-155, EIP-2930, EIP-1559), EIP-55 addresses,
ERC-20 transfer calldata, amounts and chain names. Pure: no I/O, DecodeError for bad input.

Submodules are imported directly (`from coldsign.chains.evm.tx import sign`); this package imports
nothing heavy so that `coldsign --help` stays fast.
"""
