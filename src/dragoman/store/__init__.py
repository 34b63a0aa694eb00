"""The corpus store: documents, sentences, events, quotes and merged stories in DuckDB or PostgreSQL."""

from dragoman.store.query import Filter
from dragoman.store.store import Admission, Store, open_store

__all__ = ["Admission", "Filter", "Store", "open_store"]
