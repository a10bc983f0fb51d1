"""`read_capped`: the whole file up to the cap, refused beyond it, for regular files, pipes and
a file that grows between its size check and the read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coldsign.transport import files
from coldsign.transport.files import TooLarge, read_capped


@pytest.mark.parametrize("size", [0, 1, 99, 100])
def test_a_file_up_to_the_cap_is_read_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "f"
    path.write_bytes(bytes(range(256)) * (size // 256) + bytes(range(size % 256)))
    assert read_capped(path, 100) == path.read_bytes()


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    with pytest.raises(TooLarge, match="101 bytes"):
        read_capped(path, 100)


@pytest.mark.parametrize(("data", "ok"), [(b"", True), (b"abc", True), (b"abcd", False)])
def test_a_pipe_which_announces_no_size_is_capped_while_read(data: bytes, ok: bool) -> None:
    r, w = os.pipe()
    os.write(w, data)
    os.close(w)
    try:
        if ok:
            assert read_capped(f"/dev/fd/{r}", 3) == data
        else:
            with pytest.raises(TooLarge):
                read_capped(f"/dev/fd/{r}", 3)
    finally:
        os.close(r)


@pytest.mark.parametrize(("written", "ok"), [(150, True), (200, True), (201, False)])
def test_a_file_that_grew_after_its_size_was_taken_is_read_to_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: int, ok: bool
) -> None:
    """fstat says 100 bytes; the file holds more by the time it is read (a writer appending).
    What is there is read, up to the cap, and a file past the cap is still refused."""
    path = tmp_path / "f"
    path.write_bytes(b"y" * written)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                               st.st_gid, 100, st.st_atime, st.st_mtime, st.st_ctime))  # fmt: skip

    monkeypatch.setattr(files.os, "fstat", stale_fstat)
    if ok:
        assert read_capped(path, 200) == b"y" * written
    else:
        with pytest.raises(TooLarge):
            read_capped(path, 200)
