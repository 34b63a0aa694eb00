"""The store's tables, written once in SQL that both DuckDB and PostgreSQL accept.

Every JSON field is TEXT so the two backends read back the same thing; the columns beside it are the
fields an analyst filters on. `events` are what each article says; `stories` are the events after
merging the reports of several articles (one row per real-world event).
"""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS store_info (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT,
        title TEXT,
        url TEXT,
        language TEXT,
        published TEXT,
        n_chars BIGINT NOT NULL,
        n_events BIGINT NOT NULL,
        text TEXT NOT NULL,
        notes TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id TEXT NOT NULL,
        idx BIGINT NOT NULL,
        start_char BIGINT NOT NULL,
        end_char BIGINT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        mode TEXT,
        date_value TEXT,
        date_precision TEXT,
        location_name TEXT,
        location_country TEXT,
        source_name TEXT,
        score DOUBLE PRECISION,
        confidence DOUBLE PRECISION,
        start_char BIGINT NOT NULL,
        end_char BIGINT NOT NULL,
        record TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS entities (
        event_id TEXT NOT NULL,
        side TEXT NOT NULL,
        position BIGINT NOT NULL,
        entity_id TEXT,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        country TEXT,
        kind TEXT NOT NULL,
        role TEXT,
        affiliation TEXT,
        PRIMARY KEY (event_id, side, position)
    )""",
    """CREATE TABLE IF NOT EXISTS quotes (
        doc_id TEXT NOT NULL,
        idx BIGINT NOT NULL,
        speaker TEXT,
        start_char BIGINT NOT NULL,
        end_char BIGINT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS stories (
        story_id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        date_value TEXT,
        first_reported TEXT,
        last_reported TEXT,
        n_reports BIGINT NOT NULL,
        n_documents BIGINT NOT NULL,
        n_sources BIGINT NOT NULL,
        score DOUBLE PRECISION,
        record TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS story_events (
        story_id TEXT NOT NULL,
        event_id TEXT NOT NULL PRIMARY KEY
    )""",
    # What read each document (a store written before this table has none: its documents are outdated).
    """CREATE TABLE IF NOT EXISTS readings (
        doc_id TEXT NOT NULL PRIMARY KEY,
        extractor TEXT NOT NULL,
        kb TEXT NOT NULL
    )""",
)
