"""Chains the signer knows, behind one interface (`coldsign.chains.base.ChainModule`)."""
