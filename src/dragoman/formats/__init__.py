"""One registry of writers: every file or stream dragoman writes (JSON Lines, JSON, CSV, Parquet, GraphML,
PNG) goes through `save`, which the CLI and the API share. A file is written beside its target and renamed
over it only once complete, so a failed run never leaves a truncated file in place of a good one."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dragoman.errors import ConfigError


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


@contextmanager
def sink(output: Path | None, *, binary: bool = False, suffix: str = "") -> Iterator[BinaryIO]:
    """A binary stream to `output`, renamed over it only when the block ends without an error (missing
    folders are created), or standard output when `output` is None."""
    if output is None:
        if binary:
            raise ConfigError(f"the output is binary: give -o FILE{suffix}")
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if output.is_dir():
        raise ConfigError(f"{output} is a folder: give a file name, e.g. {output / ('out' + suffix)}")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
    except OSError as exc:
        raise ConfigError(f"cannot write {output} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, output)
    finally:
        Path(temporary).unlink(missing_ok=True)


def save(name: str, data: Any, output: Path | None) -> Path | None:
    """Write `data` in format `name` to `output` (see `sink`), or to standard output when it is None;
    the path written, or None for standard output."""
    fmt = writer(name)
    with sink(output, binary=fmt.binary, suffix=fmt.suffix) as stream:
        fmt.write(data, stream)
    return output
