"""transport.files.write_new_chunks: streamed, atomic, never overwriting."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from coldsign.errors import TransportError
from coldsign.transport import files


def test_chunks_are_written_and_digested_like_one_write(tmp_path: Path) -> None:
    chunks = [b"a" * 1000, b"", b"bc" * 70_000]
    digest = files.write_new_chunks(tmp_path / "out", iter(chunks))
    data = b"".join(chunks)
    assert (tmp_path / "out").read_bytes() == data
    assert digest.sha256 == hashlib.sha256(data).hexdigest() and digest.size == len(data)
    assert files.write_new(tmp_path / "one", data).sha256 == digest.sha256
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o600


def test_existing_file_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").write_bytes(b"keep")
    with pytest.raises(TransportError, match="exists"):
        files.write_new_chunks(tmp_path / "out", iter([b"new"]))
    assert (tmp_path / "out").read_bytes() == b"keep"


def test_a_failing_producer_leaves_nothing_behind(tmp_path: Path) -> None:
    def produce() -> Iterator[bytes]:
        yield b"partial"
        raise ValueError("producer failed")

    with pytest.raises(ValueError, match="producer failed"):
        files.write_new_chunks(tmp_path / "out", produce())
    assert list(tmp_path.iterdir()) == []
