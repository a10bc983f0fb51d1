"""Keys: the only package that holds secret material (BIP-39, SLIP-39, BIP-32).

Secret values live in `coldsign.keys.secrets` wrapper types that redact themselves, refuse
pickling and are revealed only through methods named `reveal*`, so every use can be found by grep.
"""
