"""coldsign: an air-gapped cold-wallet signing toolkit."""

__version__ = "0.1.0"
