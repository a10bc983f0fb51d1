"""Bitcoin: watch-only wallets, spend analysis, PSBT building, and the chain's side of the policy."""
