"""dragoman: French and English international news in, dated and sourced PLOVER events out.

The small public facade; the stages live in their subpackages (ingest, language, resolve, extract,
store, analyse, formats) and `pipeline` runs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

# Load the stage packages first: importing them later would rebind `dragoman.extract` and
# `dragoman.ingest` from the facade functions below to the packages.
import dragoman.extract as _extract_stage  # noqa: F401
import dragoman.ingest as _ingest_stage  # noqa: F401
from dragoman.errors import InputError
from dragoman.model import Document, Entity, Event, PartialDate, Quote, Story

if TYPE_CHECKING:
    from dragoman.pipeline import Extractor, IngestResult
    from dragoman.store import Store

__all__ = [
    "Document",
    "Entity",
    "Event",
    "PartialDate",
    "Quote",
    "Story",
    "extract",
    "ingest",
    "open_store",
]
__version__ = "0.1.0"


@cache
def _default_extractor() -> Extractor:
    from dragoman.pipeline import Extractor

    return Extractor()


def extract(
    text: str | bytes, *, language: str | None = None, published: str | None = None, doc_id: str = "text"
) -> list[Event]:
    """The PLOVER events of one article; `published` is YYYY, YYYY-MM or YYYY-MM-DD. Bytes are read as
    UTF-8 (decode them yourself if they are in another encoding)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(
                "the bytes are not UTF-8: decode the text first (text.decode(encoding))"
            ) from None
    document = Document(
        doc_id=doc_id,
        text=text,
        language=language,
        published=PartialDate.parse(published) if published else None,
    )
    return _default_extractor().document(document).events


def open_store(db: str | None = None, *, read_only: bool = False) -> Store:
    """The event store at a DuckDB path or postgresql:// URL (default $DRAGOMAN_DB, else ./dragoman.duckdb).

    `open_store("events.duckdb").frame(Filter.of(actor="QAT", since="2023-01"))` is a pandas DataFrame."""
    from dragoman.store import open_store as open_

    return open_(db, read_only=read_only)


def ingest(
    paths: Sequence[str | Path], db: str | None = None, *, published: str | None = None
) -> IngestResult:
    """Extract and store the articles of `paths` (files, folders, JSONL corpora) in the store at `db`."""
    from dragoman.pipeline import ingest as run
    from dragoman.pipeline import read

    items = read([Path(p) for p in paths], published=PartialDate.parse(published) if published else None)
    with open_store(db) as store:
        return run(store, items, _default_extractor())
