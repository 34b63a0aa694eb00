"""The event store: ingest documents once, keep every report with its provenance, merge reports into
stories, and answer queries as records, pandas DataFrames or Arrow tables.

Ingest is idempotent by content hash and crash-safe by batch: a batch's documents, sentences, events,
entities and quotes are written in one transaction, and the stories are rebuilt in another. A run
killed at any point leaves whole batches; the next run skips what is stored and finishes the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

from dragoman.analyse.actors import ActorIndex, index_actors
from dragoman.errors import DragomanError, StoreError
from dragoman.ingest import IngestProblem
from dragoman.model import Document, PartialDate
from dragoman.normalize import fold
from dragoman.store.backend import Backend, connect, default_db
from dragoman.store.merge import Report, Story, merge_reports
from dragoman.store.schema import SCHEMA_VERSION, TABLES
from dragoman.taxonomy import check_type

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from dragoman.extract.events import Extraction
    from dragoman.pipeline import Extractor

DEFAULT_BATCH = 20


def content_hash(text: str) -> str:
    """The identity of a document: the same text read twice is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class IngestResult:
    """What one ingest run did."""

    read: int = 0  # documents offered
    added: int = 0
    already: int = 0  # same content already stored
    events: int = 0
    problems: list[str] = field(default_factory=list)
    stories: int | None = None  # set when the stories were rebuilt


@dataclass(frozen=True)
class Filter:
    """Which stories a query wants; every field is optional."""

    actor: str | None = None  # ISO3, knowledge-base id, or name (case-insensitive)
    event_type: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _source_of(record: Mapping[str, Any], document: Mapping[str, Any]) -> str:
    """Who reports it: the source the article cites, else the outlet (URL host), else the article."""
    cited = ((record.get("attribution") or {}).get("source") or {}).get("name")
    if cited:
        return str(cited)
    host = urlparse(str(document.get("url") or "")).hostname
    return host or str(document.get("doc_id"))


class Store:
    """One open store (DuckDB file or PostgreSQL database)."""

    def __init__(self, backend: Backend) -> None:
        self.db = backend
        self._init_schema()

    # --- set-up -------------------------------------------------------------------------------

    def _init_schema(self) -> None:
        rows = self._schema_version()
        if rows and int(rows[0][0]) != SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {rows[0][0]}, this dragoman writes {SCHEMA_VERSION}: use a new --db",
                where=self.db.url,
            )
        if rows:
            return
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

    # --- ingest -------------------------------------------------------------------------------

    def known(self) -> tuple[set[str], dict[str, str]]:
        """Content hashes stored, and the hash stored under each doc_id."""
        rows = self.db.query("SELECT content_hash, doc_id FROM documents")
        return {h for h, _ in rows}, {d: h for h, d in rows}

    def ingest(
        self,
        items: Iterable[Document | IngestProblem],
        extractor: Extractor,
        *,
        batch_size: int = DEFAULT_BATCH,
        on_batch: Callable[[IngestResult], None] | None = None,
        on_document: Callable[[IngestResult], None] | None = None,
    ) -> IngestResult:
        """Read, extract and store every new document; then rebuild the stories if anything changed."""
        result = IngestResult()
        hashes, by_id = self.known()
        pending: list[tuple[Extraction, str]] = []
        for item in items:
            result.read += 1
            problem = self._admit(item, hashes, by_id, result)
            if problem is None and isinstance(item, Document):
                try:
                    pending.append((extractor.document(item), by_id[item.doc_id]))
                except DragomanError as exc:
                    result.problems.append(
                        f"{item.source or item.doc_id}: {str(exc).removeprefix(f'{exc.where}: ')}"
                    )
                    hashes.discard(by_id.pop(item.doc_id))
            elif problem:
                result.problems.append(problem)
            if len(pending) >= batch_size:
                self._write_batch(pending, result)
                pending = []
                if on_batch:
                    on_batch(result)
            if on_document:
                on_document(result)
        if pending:
            self._write_batch(pending, result)
            if on_batch:
                on_batch(result)
        if self._stories_stale():
            result.stories = self.rebuild_stories()
        return result

    def _admit(
        self, item: Document | IngestProblem, hashes: set[str], by_id: dict[str, str], result: IngestResult
    ) -> str | None:
        """None when the document is new (and claims its hash and id); else why it is not."""
        if isinstance(item, IngestProblem):
            return str(item)
        digest = content_hash(item.text)
        if digest in hashes:
            result.already += 1
            return ""
        if item.doc_id in by_id:
            return (
                f"{item.source or item.doc_id}: doc_id {item.doc_id!r} is already stored with other content; "
                "give this version its own doc_id (nothing was changed)"
            )
        hashes.add(digest)
        by_id[item.doc_id] = digest
        return None

    def _write_batch(self, batch: Sequence[tuple[Extraction, str]], result: IngestResult) -> None:
        docs, sentences, events, entities, quotes = [], [], [], [], []
        for extraction, digest in batch:
            d = extraction.document
            docs.append(
                [
                    d.doc_id,
                    digest,
                    d.source,
                    d.title,
                    d.url,
                    d.language,
                    str(d.published) if d.published else None,
                    len(d.text),
                    len(extraction.events),
                    d.text,
                    json.dumps(d.notes, ensure_ascii=False),
                    _now(),
                ]
            )
            sentences += [[d.doc_id, i, s, e] for i, (s, e) in enumerate(extraction.sentences)]
            for event in extraction.events:
                rec = event.record()
                events.append(_event_row(rec))
                entities += _entity_rows(rec)
            quotes += [
                [d.doc_id, i, q.speaker.name if q.speaker else None, q.start, q.end, _dumps(q.record())]
                for i, q in enumerate(extraction.quotes)
            ]
        with self.db.transaction():
            self.db.executemany(f"INSERT INTO documents VALUES ({_marks(12)})", docs)
            self.db.executemany(f"INSERT INTO sentences VALUES ({_marks(4)})", sentences)
            self.db.executemany(f"INSERT INTO events VALUES ({_marks(14)})", events)
            self.db.executemany(f"INSERT INTO entities VALUES ({_marks(10)})", entities)
            self.db.executemany(f"INSERT INTO quotes VALUES ({_marks(6)})", quotes)
            self._set("stories_stale", "1")
        result.added += len(batch)
        result.events += len(events)

    def _set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO store_info VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def _stories_stale(self) -> bool:
        rows = self.db.query("SELECT value FROM store_info WHERE key = 'stories_stale'")
        return bool(rows) and rows[0][0] == "1"

    # --- stories ------------------------------------------------------------------------------

    def reports(self) -> Iterator[Report]:
        """Every stored event with what the merge needs of its article."""
        docs = {
            row[0]: {"doc_id": row[0], "url": row[1], "published": row[2]}
            for row in self.db.query("SELECT doc_id, url, published FROM documents")
        }
        for (record_json,) in self.db.query("SELECT record FROM events ORDER BY doc_id, event_id"):
            record = json.loads(record_json)
            doc = docs.get(record.get("doc_id"), {"doc_id": record.get("doc_id")})
            published = PartialDate.parse(doc["published"]) if doc.get("published") else None
            yield Report(record, published, _source_of(record, doc))

    def rebuild_stories(self) -> int:
        """Merge every stored report into stories, replacing the previous stories in one transaction."""
        reports = list(self.reports())
        stories = merge_reports(reports, merge_key(index_actors(r.record for r in reports)))
        with self.db.transaction():
            self.db.execute("DELETE FROM story_events")
            self.db.execute("DELETE FROM stories")
            self.db.executemany(
                f"INSERT INTO stories VALUES ({_marks(10)})", [_story_row(s) for s in stories]
            )
            self.db.executemany(
                "INSERT INTO story_events VALUES (?, ?)",
                [[s.story_id, e] for s in stories for e in s.event_ids],
            )
            self._set("stories_stale", "0")
        return len(stories)

    # --- queries ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sentences", "events", "entities", "quotes", "stories")
        return {t: int(self.db.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}

    def records(self, where: Filter = Filter(), *, reports: bool = False) -> list[dict[str, Any]]:
        """Stories (or, with reports=True, every article's own event) matching the filter, as records."""
        table, key = ("events", "event_id") if reports else ("stories", "story_id")
        sql = [f"SELECT t.record FROM {table} t WHERE 1 = 1"]
        params: list[Any] = []
        if where.event_type:
            sql.append("AND t.event_type = ?")
            params.append(where.event_type.upper())
        if where.actor:
            ids = (
                "t.event_id"
                if reports
                else "(SELECT se.event_id FROM story_events se WHERE se.story_id = t.story_id)"
            )
            sql.append(
                f"AND EXISTS (SELECT 1 FROM entities e WHERE e.event_id IN {ids} AND "
                "(upper(e.country) = upper(?) OR e.entity_id = ? OR lower(e.name) = lower(?) "
                "OR lower(e.affiliation) = lower(?)))"
            )
            params += [where.actor] * 4
        sql.append(f"ORDER BY t.{key}")
        records = [json.loads(r[0]) for r in self.db.query(" ".join(sql), params)]
        return [r for r in records if _in_period(r, where.since, where.until)]

    def events(
        self,
        actor: str | None = None,
        type: str | None = None,  # the analyst's word, as on the command line
        since: str | PartialDate | None = None,
        until: str | PartialDate | None = None,
        *,
        reports: bool = False,
        as_: Literal["pandas", "arrow"] = "pandas",
    ) -> pd.DataFrame | pa.Table:
        """The events as a flat table, one row per event (per report with reports=True): a pandas
        DataFrame, or an Arrow table with as_="arrow". Dates are YYYY, YYYY-MM or YYYY-MM-DD."""
        from dragoman.store.export import flat_rows

        where = Filter(actor, check_type(type) if type else None, _as_date(since), _as_date(until))
        rows = flat_rows(self.records(where, reports=reports))
        if as_ == "arrow":
            import pyarrow as pa

            return pa.Table.from_pylist(rows)
        import pandas as pd

        return pd.DataFrame(rows)


def _as_date(value: str | PartialDate | None) -> PartialDate | None:
    return PartialDate.parse(value) if isinstance(value, str) else value


def merge_key(index: ActorIndex) -> Callable[[Mapping[str, Any]], str | None]:
    """Who an entity is when reports are compared: a known entity by its id ("Oman's foreign minister"
    and "le ministre omanais" are one person), an unknown person by name, anything else as the
    network actor it stands for. People are not folded into their country here as in the network:
    two French ministers each defending someone the same week are two events."""

    def key(entity: Mapping[str, Any]) -> str | None:
        if entity.get("id"):
            return str(entity["id"])
        if entity.get("kind") == "person" and entity.get("name"):
            return f"person:{fold(str(entity['name']))}"
        return index.node(entity)

    return key


def _in_period(record: Mapping[str, Any], since: PartialDate | None, until: PartialDate | None) -> bool:
    """Dated by the event's own date; an undated event by its first report (never outside the period)."""
    if since is None and until is None:
        return True
    value = (record.get("date") or {}).get("value") or record.get("first_reported")
    if not value:
        return False
    when = PartialDate.parse(str(value))
    if since and when.last_day() < since.first_day():
        return False
    return not (until and when.first_day() > until.last_day())


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _event_row(rec: Mapping[str, Any]) -> list[Any]:
    date = rec.get("date") or {}
    loc = rec.get("location") or {}
    source = ((rec.get("attribution") or {}).get("source") or {}).get("name")
    evidence = rec.get("evidence") or {}
    return [
        rec["event_id"],
        rec["doc_id"],
        rec["event_type"],
        rec.get("mode"),
        date.get("value"),
        date.get("precision"),
        loc.get("name"),
        loc.get("country"),
        source,
        rec.get("score"),
        rec.get("confidence"),
        evidence.get("start", 0),
        evidence.get("end", 0),
        _dumps(rec),
    ]


def _entity_rows(rec: Mapping[str, Any]) -> list[list[Any]]:
    sides = [("actor", rec.get("actors") or []), ("recipient", rec.get("recipients") or [])]
    source = (rec.get("attribution") or {}).get("source")
    if source:
        sides.append(("source", [source]))
    return [
        [
            rec["event_id"],
            side,
            i,
            e.get("id"),
            e.get("name") or e.get("text") or "",
            e.get("text") or "",
            e.get("country"),
            e.get("kind") or "other",
            e.get("role"),
            e.get("affiliation"),
        ]
        for side, ents in sides
        for i, e in enumerate(ents)
    ]


def _story_row(story: Story) -> list[Any]:
    rec = story.record
    return [
        story.story_id,
        rec["event_type"],
        (rec.get("date") or {}).get("value"),
        rec.get("first_reported"),
        rec.get("last_reported"),
        len(story.event_ids),
        rec["documents"],
        rec["sources"],
        rec.get("score"),
        _dumps(rec),
    ]


def open_store(
    url: str | None = None,
    *,
    read_only: bool = False,
) -> Store:
    """Open (creating if needed) the store at a DuckDB path or postgresql:// URL (default: $DRAGOMAN_DB)."""
    return Store(connect(url or default_db(), read_only=read_only))
