"""Pure codecs: bytes in, frozen objects out. They do no I/O and raise only `DecodeError`."""
