"""The corpus store: documents, sentences, events, quotes and merged stories in DuckDB or PostgreSQL."""

from dragoman.store.store import Store, open_store

__all__ = ["Store", "open_store"]
