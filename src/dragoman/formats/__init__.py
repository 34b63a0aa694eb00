"""One registry of writers: every file or stream dragoman writes (JSON Lines, JSON, CSV, Parquet, GraphML,
PNG) goes through `save` (or `sink`, for a stream written record by record), which the CLI and the API share.
A file is written beside its target and renamed over it only once complete, so a failed run never leaves a
truncated file in place of a good one."""

from __future__ import annotations

import json
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dragoman.errors import ConfigError, OutputError


@dataclass(frozen=True)
class Writer:
    """How one format is written: `write(data, binary sink)`; `binary` formats never go to a terminal."""

    name: str
    media_type: str
    suffix: str
    binary: bool
    write: Callable[[Any, BinaryIO], None]


def _jsonl(records: Iterable[Mapping[str, Any]], sink: BinaryIO) -> None:
    for record in records:
        sink.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))


def _json(document: Any, sink: BinaryIO) -> None:
    sink.write((json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _csv(rows: list[dict[str, Any]], sink: BinaryIO) -> None:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    pcsv.write_csv(pa.Table.from_pylist(rows), sink)


def _parquet(rows: list[dict[str, Any]], sink: BinaryIO) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), sink)


def _graphml(graph: Any, sink: BinaryIO) -> None:
    from dragoman.formats.graph import write_graphml

    write_graphml(graph, sink)


def _png(figure: Any, sink: BinaryIO) -> None:
    figure.savefig(sink, format="png")


WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        Writer("jsonl", "application/x-ndjson", ".jsonl", False, _jsonl),
        Writer("json", "application/json", ".json", False, _json),
        Writer("csv", "text/csv", ".csv", False, _csv),
        Writer("parquet", "application/vnd.apache.parquet", ".parquet", True, _parquet),
        Writer("graphml", "application/graphml+xml", ".graphml", False, _graphml),
        Writer("png", "image/png", ".png", True, _png),
    )
}


def writer(name: str) -> Writer:
    found = WRITERS.get(name)
    if found is None:
        raise ConfigError(f"no writer for format {name!r}; known: {', '.join(sorted(WRITERS))}")
    return found


# Outputs under these folders are the system's streams and devices (/dev/stdout, /proc/self/fd/1): written
# into, never replaced, even when they lead to a regular file (a shell's redirection of standard output).
_SYSTEM_FOLDERS = (Path("/dev"), Path("/proc"))


def written_in_place(output: Path) -> bool:
    """Whether `output` is written into rather than replaced: a device, a named pipe, a socket, or a stream
    of the system such as /dev/stdout; replacing one of those would break it."""
    absolute = Path(os.path.abspath(output))
    if any(absolute.is_relative_to(folder) for folder in _SYSTEM_FOLDERS):
        return True
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _check_place(output: Path, suffix: str) -> None:
    """Refuse an output that is a folder, or whose folder is missing or is a file. Folders are never
    created: a mistyped path is reported rather than made."""
    if output.is_dir():
        raise OutputError(
            f"is a folder: give a file name, e.g. {output / ('out' + suffix)}", where=str(output)
        )
    folder = output.parent
    if folder.is_dir():
        return
    blocking = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocking is not None and not blocking.is_dir():
        raise OutputError(f"{blocking} is a file, not a folder", where=str(output))
    raise OutputError(f"the folder {folder} does not exist: create it first", where=str(output))


def _temporary(target: Path) -> tuple[int, Path]:
    """A new file beside `target` to write first (os.open, not mkstemp: a new output gets the usual
    permissions, not private ones)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(8)}.part")
    return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary


def _flush(stream: BinaryIO, output: Path) -> None:
    """Push what the caller wrote to `output`: a failure here (a full disk, a closed pipe) is the output's."""
    try:
        stream.flush()
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror or exc})", where=str(output)) from None


@contextmanager
def sink(output: Path | None, *, binary: bool = False, suffix: str = "") -> Iterator[BinaryIO]:
    """A binary stream to `output`, or to standard output when it is None.

    A file is written beside `output` and renamed over it only when the block ends without an error, so a
    failed run leaves an existing file as it was; a link keeps pointing where it did and its file is
    replaced. Devices, named pipes and /dev/stdout are written into (`written_in_place`). Raises
    OutputError naming the path when it is a folder, its folder is missing, or it cannot be written.
    """
    if output is None:
        if binary:
            raise ConfigError(f"the output is binary: give -o FILE{suffix}")
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if written_in_place(output):
        sys.stdout.flush()
        with _opened(output) as stream:
            yield stream
            _flush(stream, output)
        return
    target = output.resolve() if output.is_symlink() else output
    _check_place(target, suffix)
    try:
        handle, temporary = _temporary(target)
    except OSError as exc:
        raise OutputError(
            f"cannot write in {target.parent} ({exc.strerror or exc})", where=str(output)
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            _flush(stream, output)
        try:
            if target.exists():
                os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
            os.replace(temporary, target)
        except OSError as exc:
            raise OutputError(f"cannot be replaced ({exc.strerror or exc})", where=str(output)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _opened(output: Path) -> BinaryIO:
    try:
        return output.open("wb")
    except OSError as exc:
        raise OutputError(
            f"cannot be opened for writing ({exc.strerror or exc})", where=str(output)
        ) from None


def save(name: str, data: Any, output: Path | None) -> Path | None:
    """Write `data` in format `name` to `output` (see `sink`), or to standard output when it is None;
    the path written, or None for standard output."""
    fmt = writer(name)
    with sink(output, binary=fmt.binary, suffix=fmt.suffix) as stream:
        fmt.write(data, stream)
    return output
