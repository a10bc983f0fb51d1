"""`coldsign reserves …`: proof of reserves (issue 15 items 3-5), a group that loads lazily.

The proofs of funds and ownership and the report (cli/proofs.py) build payloads for the signer;
the liabilities commands (cli/liabilities.py) are what an exchange and its customers run. Each
module is imported only when its command runs, so a customer's `reserves liabilities verify`
starts without the signer's payload, PSBT and policy modules.
"""

from __future__ import annotations

import click

from coldsign.cli.app import LazyGroup

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "btc": ("coldsign.cli.proofs:btc", "BIP-322 proof of funds over a Bitcoin wallet's UTXOs."),
    "evm": ("coldsign.cli.proofs:evm", "EIP-191 address-ownership signatures of EVM wallets."),
    "report": ("coldsign.cli.proofs:report_cmd", "Reserves beside a liabilities root, per asset."),
    "liabilities": (
        "coldsign.cli.liabilities:liabilities",
        "Build the liabilities Merkle-sum tree; verify one customer's inclusion.",
    ),
}


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS)
def reserves() -> None:
    """Proof of reserves: Bitcoin proofs of funds, EVM ownership signatures, the report."""
