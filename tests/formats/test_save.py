"""Writing a file: complete or not at all, never over a special file, and a clear error when the place
cannot be written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dragoman.errors import OutputError
from dragoman.formats import save, sink, written_in_place

RECORDS = [{"a": 1}, {"b": "é"}]
WRITTEN = b'{"a": 1}\n{"b": "\xc3\xa9"}\n'


def test_a_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert save("jsonl", RECORDS, target) == target
    assert target.read_bytes() == WRITTEN
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_failed_write_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "keep.jsonl"
    target.write_bytes(b"precious\n")
    with pytest.raises(RuntimeError), sink(target) as stream:
        stream.write(b"half a record")
        raise RuntimeError("the run fails half way")
    assert target.read_bytes() == b"precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_a_missing_folder_is_refused_and_named_not_created(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "f.jsonl"
    with pytest.raises(OutputError) as caught:
        save("jsonl", RECORDS, target)
    assert caught.value.code == "D600"
    assert str(tmp_path / "missing" / "dir") in str(caught.value)
    assert not (tmp_path / "missing").exists()


def test_a_folder_is_no_output_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder") as caught:
        save("jsonl", RECORDS, tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_file_is_no_folder(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("a file")
    with pytest.raises(OutputError, match="not a folder") as caught:
        save("jsonl", RECORDS, tmp_path / "file.txt" / "x.jsonl")
    assert str(tmp_path / "file.txt") in str(caught.value)


def _fifo(path: Path) -> int:
    """A named pipe at `path`, opened for reading without waiting for a writer."""
    os.mkfifo(path)
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK)


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    reader = _fifo(pipe)
    try:
        save("jsonl", RECORDS, pipe)
        assert os.read(reader, 1 << 16) == WRITTEN
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_link_to_a_pipe_stays_a_link(tmp_path: Path) -> None:
    """Like /dev/stdout, a link to whatever standard output is."""
    reader = _fifo(tmp_path / "pipe")
    (tmp_path / "stdout").symlink_to(tmp_path / "pipe")
    try:
        save("jsonl", RECORDS, tmp_path / "stdout")
        assert os.read(reader, 1 << 16) == WRITTEN
    finally:
        os.close(reader)
    assert (tmp_path / "stdout").is_symlink()


def test_a_link_to_a_file_stays_a_link_and_its_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "real.jsonl").write_bytes(b"old\n")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "real.jsonl")
    save("jsonl", RECORDS, tmp_path / "link.jsonl")
    assert (tmp_path / "link.jsonl").is_symlink()
    assert (tmp_path / "real.jsonl").read_bytes() == WRITTEN


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/stderr", "/dev/null", "/dev/fd/1", "/proc/self/fd/1"])
def test_the_special_files_of_the_system_are_written_in_place(name: str) -> None:
    assert written_in_place(Path(name))


def test_a_plain_or_new_file_is_not_written_in_place(tmp_path: Path) -> None:
    (tmp_path / "old.jsonl").write_text("x")
    assert not written_in_place(tmp_path / "old.jsonl")
    assert not written_in_place(tmp_path / "new.jsonl")


def test_a_new_file_has_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    save("jsonl", RECORDS, tmp_path / "new.jsonl")
    assert stat.S_IMODE(os.stat(tmp_path / "new.jsonl").st_mode) == 0o666 & ~umask
    (tmp_path / "shared.jsonl").write_text("old")
    os.chmod(tmp_path / "shared.jsonl", 0o664)
    save("jsonl", RECORDS, tmp_path / "shared.jsonl")
    assert stat.S_IMODE(os.stat(tmp_path / "shared.jsonl").st_mode) == 0o664
