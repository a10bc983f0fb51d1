"""Wallet formats other software speaks: UR registry types (BCR-2020-007/010/015, BCR-2023-010/019),
ERC-4527, Bitcoin Core's importdescriptors JSON, Coldcard's exports, BIP-129 (BSMS), BIP-329 labels
and BIP-21 URIs. Pure: no I/O; every decoder of untrusted input raises only DecodeError."""
