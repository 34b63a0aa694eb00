"""dragoman: French and English international news in, dated and sourced PLOVER events out.

The small public facade; the stages live in their subpackages (ingest, language, resolve, extract,
store, analyse).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

# Load the stage package first: importing it later would rebind `dragoman.extract` from the facade
# function below to the package.
import dragoman.extract as _extract_stage  # noqa: F401
from dragoman.model import Document, Entity, Event, PartialDate, Quote

if TYPE_CHECKING:
    from dragoman.pipeline import Extractor
    from dragoman.store import Store

__all__ = ["Document", "Entity", "Event", "PartialDate", "Quote", "extract", "open_store"]
__version__ = "0.1.0"


@cache
def _default_extractor() -> Extractor:
    from dragoman.pipeline import Extractor

    return Extractor()


def extract(
    text: str, *, language: str | None = None, published: str | None = None, doc_id: str = "text"
) -> list[Event]:
    """The PLOVER events of one article; `published` is YYYY, YYYY-MM or YYYY-MM-DD."""
    document = Document(
        doc_id=doc_id,
        text=text,
        language=language,
        published=PartialDate.parse(published) if published else None,
    )
    return _default_extractor().document(document).events


def open_store(db: str | None = None, *, read_only: bool = False) -> Store:
    """The event store at a DuckDB path or postgresql:// URL (default $DRAGOMAN_DB, else ./dragoman.duckdb).

    `open_store("events.duckdb").events(actor="QAT", since="2023-01")` is a pandas DataFrame."""
    from dragoman.store import open_store as open_

    return open_(db, read_only=read_only)
