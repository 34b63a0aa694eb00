"""The event store: a writer that receives extractions and stories, and the queries that read them back as
typed records, pandas DataFrames or Arrow tables.

The store decides nothing about extraction or merging: the pipeline extracts, analyse merges reports into
stories, and the store keeps both. Writes are crash-safe by batch: a batch's documents, sentences, events,
entities and quotes go in one transaction, and the stories are replaced in another; a `stories_stale` flag
says the stories lag behind the events in between.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from dragoman.errors import DuplicateDocumentError, StoreError
from dragoman.model import (
    Document,
    Event,
    Extraction,
    PartialDate,
    Problem,
    ReaderVersion,
    Story,
    content_hash,
)
from dragoman.store import rows
from dragoman.store.backend import Backend, Waiting, connect, default_db
from dragoman.store.query import Filter, in_period, where_sql
from dragoman.store.schema import SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


class Admission(Enum):
    """What the store says of a document offered to it."""

    NEW = "new"  # not stored: extract and write it
    STORED = "stored"  # the same text is stored already: nothing to do


class Store:
    """One open store (DuckDB file or PostgreSQL database)."""

    def __init__(self, backend: Backend) -> None:
        self.db = backend
        self._init_schema()
        self._hashes: set[str] | None = None
        self._by_id: dict[str, str] = {}

    # --- set-up -------------------------------------------------------------------------------

    def _init_schema(self) -> None:
        rows_ = self._schema_version()
        if rows_ and int(rows_[0][0]) != SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {rows_[0][0]}, this dragoman writes {SCHEMA_VERSION}: use a new --db",
                where=self.db.url,
            )
        if rows_:
            self._add_new_tables()
            return
        foreign = self._tables()
        if foreign:
            raise StoreError(
                f"not a dragoman store: the database holds other tables ({', '.join(sorted(foreign)[:5])}) "
                "and no store_info; give another --db",
                where=self.db.url,
            )
        try:
            self._create_tables()
        except StoreError:
            raise
        except Exception as exc:  # read-only file, permissions, a database that is not ours
            raise StoreError(f"cannot create the store's tables ({exc})", where=self.db.url) from None

    def _create_tables(self) -> None:
        with self.db.transaction():
            for ddl in TABLES:
                self.db.execute(ddl)
            self.db.execute(
                "INSERT INTO store_info VALUES (?, ?) ON CONFLICT DO NOTHING",
                ["schema_version", SCHEMA_VERSION],
            )

    def _add_new_tables(self) -> None:
        """Tables a later dragoman added (readings) in a store an earlier one made: created by a writer;
        a reader of such a store goes without them."""
        if set(self._tables()) >= {_table_name(ddl) for ddl in TABLES}:
            return
        try:
            self._create_tables()
        except Exception:  # opened read-only: nothing to add, and the readers do not need them
            return

    def _tables(self) -> list[str]:
        """The tables of the database's current schema (a new store has none)."""
        found = self.db.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return [str(name) for (name,) in found]

    def _schema_version(self) -> list[tuple[Any, ...]]:
        try:
            return self.db.query("SELECT value FROM store_info WHERE key = 'schema_version'")
        except Exception:  # no table yet: a new store (each backend raises its own error type)
            return []

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ------------------------------------------------------------------------------

    def admit(self, document: Document) -> Admission | Problem:
        """Whether `document` is new (it then claims its content hash and doc_id for this run), stored
        already, or a problem: another text stored under its doc_id."""
        if self._hashes is None:
            stored = self.db.query("SELECT content_hash, doc_id FROM documents")
            self._hashes = {h for h, _ in stored}
            self._by_id = {d: h for h, d in stored}
        digest = content_hash(document.text)
        if digest in self._hashes:
            return Admission.STORED
        if document.doc_id in self._by_id:
            return Problem(
                document.source or document.doc_id,
                f"doc_id {document.doc_id!r} is already stored with other content; "
                "give this version its own doc_id (nothing was changed)",
                DuplicateDocumentError.code,
            )
        self._hashes.add(digest)
        self._by_id[document.doc_id] = digest
        return Admission.NEW

    def release(self, document: Document) -> None:
        """Give back the claim of an admitted document that will not be written (it could not be read)."""
        digest = self._by_id.pop(document.doc_id, None)
        if self._hashes is not None and digest is not None:
            self._hashes.discard(digest)

    def write(self, batch: Sequence[Extraction], reader: ReaderVersion | None = None) -> int:
        """Store a batch of extractions of admitted documents in one transaction, with what read them;
        the number of events."""
        with self.db.transaction():
            events = self._insert(batch, reader)
            self._set("stories_stale", "1")
        return events

    def replace(self, batch: Sequence[Extraction], reader: ReaderVersion) -> int:
        """Put stored documents' new extractions in place of their old ones, in one transaction (a run
        killed in between leaves each document as it was or as it is now); the number of events."""
        ids = [[e.document.doc_id] for e in batch]
        with self.db.transaction():
            self.db.executemany(
                "DELETE FROM entities WHERE event_id IN (SELECT event_id FROM events WHERE doc_id = ?)", ids
            )
            for table in ("events", "sentences", "quotes", "readings", "documents"):
                self.db.executemany(f"DELETE FROM {table} WHERE doc_id = ?", ids)
            events = self._insert(batch, reader)
            self._set("stories_stale", "1")
        return events

    def _insert(self, batch: Sequence[Extraction], reader: ReaderVersion | None) -> int:
        docs, sentences, events, entities, quotes = [], [], [], [], []
        for extraction in batch:
            docs.append(rows.document_row(extraction, content_hash(extraction.document.text)))
            sentences += rows.sentence_rows(extraction)
            for event in extraction.events:
                events.append(rows.event_row(event))
                entities += rows.entity_rows(event)
            quotes += rows.quote_rows(extraction)
        self.db.executemany(f"INSERT INTO documents VALUES ({_marks(12)})", docs)
        self.db.executemany(f"INSERT INTO sentences VALUES ({_marks(4)})", sentences)
        self.db.executemany(f"INSERT INTO events VALUES ({_marks(14)})", events)
        self.db.executemany(f"INSERT INTO entities VALUES ({_marks(10)})", entities)
        self.db.executemany(f"INSERT INTO quotes VALUES ({_marks(6)})", quotes)
        if reader is not None:
            self.db.executemany(
                "INSERT INTO readings VALUES (?, ?, ?)",
                [[e.document.doc_id, reader.extractor, reader.kb] for e in batch],
            )
        return len(events)

    def outdated(self, reader: ReaderVersion) -> list[str]:
        """The stored documents another extractor or knowledge base read (or that say not what read them:
        stored before dragoman kept it), by doc_id."""
        found = self.db.query(
            "SELECT d.doc_id FROM documents d LEFT JOIN readings r ON r.doc_id = d.doc_id "
            "WHERE r.doc_id IS NULL OR r.extractor <> ? OR r.kb <> ? ORDER BY d.doc_id",
            [reader.extractor, reader.kb],
        )
        return [str(doc_id) for (doc_id,) in found]

    def documents(self, doc_ids: Sequence[str]) -> list[Document]:
        """Stored documents as they were read, to be read again, in the order asked."""
        found: dict[str, Document] = {}
        for n in range(0, len(doc_ids), 500):
            part = list(doc_ids[n : n + 500])
            for doc_id, text, language, published, title, url, source, notes in self.db.query(
                "SELECT doc_id, text, language, published, title, url, source, notes FROM documents "
                f"WHERE doc_id IN ({_marks(len(part))})",
                part,
            ):
                found[doc_id] = Document(
                    doc_id=doc_id,
                    text=text,
                    language=language,
                    published=PartialDate.parse(published) if published else None,
                    title=title,
                    url=url,
                    source=source,
                    notes=list(json.loads(notes)),
                )
        return [found[d] for d in doc_ids if d in found]

    def replace_stories(self, stories: Sequence[Story]) -> int:
        """Replace every story by `stories` in one transaction, and mark the stories as current."""
        with self.db.transaction():
            self.db.execute("DELETE FROM story_events")
            self.db.execute("DELETE FROM stories")
            self.db.executemany(
                f"INSERT INTO stories VALUES ({_marks(10)})", [rows.story_row(s) for s in stories]
            )
            self.db.executemany(
                "INSERT INTO story_events VALUES (?, ?)",
                [[s.story_id, e] for s in stories for e in s.event_ids],
            )
            self._set("stories_stale", "0")
        return len(stories)

    def _set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO store_info VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def stories_stale(self) -> bool:
        """Whether events were written since the stories were last replaced."""
        found = self.db.query("SELECT value FROM store_info WHERE key = 'stories_stale'")
        return bool(found) and found[0][0] == "1"

    def unmerged_reports(self) -> int:
        """How many stored events no story holds yet (after an ingest stopped before its story rebuild)."""
        found = self.db.query(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM story_events)"
        )
        return int(found[0][0])

    # --- reading ------------------------------------------------------------------------------

    def reports(self) -> Iterator[tuple[Event, PartialDate | None, str | None]]:
        """Every stored event with its article's publication date and URL, for merging into stories."""
        docs = {
            doc_id: (PartialDate.parse(published) if published else None, url)
            for doc_id, url, published in self.db.query("SELECT doc_id, url, published FROM documents")
        }
        for (record_json,) in self.db.query("SELECT record FROM events ORDER BY doc_id, event_id"):
            event = Event.from_record(json.loads(record_json))
            published, url = docs.get(event.doc_id, (None, None))
            yield event, published, url

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sentences", "events", "entities", "quotes", "stories")
        return {t: int(self.db.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}

    def _records(self, where: Filter, *, reports: bool) -> list[dict[str, Any]]:
        sql, params = where_sql(where, reports=reports)
        found = [json.loads(r[0]) for r in self.db.query(sql, params)]
        return [r for r in found if in_period(r, where.since, where.until)]

    def stories(self, where: Filter | None = None) -> list[Story]:
        """The stories (one per real-world event, merged over its reports) matching the filter."""
        return [Story.from_record(r) for r in self._records(where or Filter(), reports=False)]

    def events(self, where: Filter | None = None) -> list[Event]:
        """Every article's own event (the reports, before merging) matching the filter."""
        return [Event.from_record(r) for r in self._records(where or Filter(), reports=True)]

    def rows(self, where: Filter | None = None, *, reports: bool = False) -> list[dict[str, Any]]:
        """One flat row per story (per report with reports=True)."""
        if reports:
            return [e.row() for e in self.events(where)]
        return [s.row() for s in self.stories(where)]

    def frame(self, where: Filter | None = None, *, reports: bool = False) -> pd.DataFrame:
        """The stories (or reports) as a pandas DataFrame, one row each."""
        import pandas as pd

        return pd.DataFrame(self.rows(where, reports=reports))

    def arrow(self, where: Filter | None = None, *, reports: bool = False) -> pa.Table:
        """The stories (or reports) as an Arrow table, one row each."""
        import pyarrow as pa

        return pa.Table.from_pylist(self.rows(where, reports=reports))


def _table_name(ddl: str) -> str:
    """ "CREATE TABLE IF NOT EXISTS readings (" -> "readings"."""
    return ddl.split("EXISTS", 1)[1].split("(", 1)[0].strip()


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def open_store(
    url: str | None = None, *, read_only: bool = False, on_wait: Waiting | None = None, wait: bool = True
) -> Store:
    """Open (creating if needed) the store at a DuckDB path or postgresql:// URL (default: $DRAGOMAN_DB).
    A writer waits for the one before it to finish (`on_wait` hears why), or is refused without `wait`."""
    return Store(connect(url or default_db(), read_only=read_only, on_wait=on_wait, wait=wait))
