"""The offline signer's home directory: its one owner (`SignerHome`) and the audit log."""
