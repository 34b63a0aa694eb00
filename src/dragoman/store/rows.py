"""The rows the store writes: one function per table, from the typed records that reach the writer."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from dragoman.model import Event, Extraction, Story


def dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_row(extraction: Extraction, digest: str) -> list[Any]:
    d = extraction.document
    return [
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


def sentence_rows(extraction: Extraction) -> list[list[Any]]:
    doc_id = extraction.document.doc_id
    return [[doc_id, i, s, e] for i, (s, e) in enumerate(extraction.sentences)]


def quote_rows(extraction: Extraction) -> list[list[Any]]:
    doc_id = extraction.document.doc_id
    return [
        [doc_id, i, q.speaker.name if q.speaker else None, q.start, q.end, dumps(q.record())]
        for i, q in enumerate(extraction.quotes)
    ]


def event_row(event: Event) -> list[Any]:
    date, place = event.date, event.location
    source = event.attribution.source if event.attribution else None
    return [
        event.event_id,
        event.doc_id,
        event.event_type,
        event.mode,
        date.date.value if date else None,
        date.date.precision if date else None,
        place.place.name if place else None,
        place.place.country if place else None,
        source.name if source else None,
        event.score,
        round(event.confidence, 3),
        event.evidence.start,
        event.evidence.end,
        dumps(event.record()),
    ]


def entity_rows(event: Event) -> list[list[Any]]:
    sides = [("actor", event.actors), ("recipient", event.recipients)]
    source = event.attribution.source if event.attribution else None
    if source:
        sides.append(("source", [source]))
    return [
        [
            event.event_id,
            side,
            i,
            e.id,
            e.name or e.text or "",
            e.text or "",
            e.country,
            e.kind or "other",
            e.role or None,
            e.affiliation or None,
        ]
        for side, ents in sides
        for i, e in enumerate(ents)
    ]


def story_row(story: Story) -> list[Any]:
    event = story.event
    return [
        story.story_id,
        event.event_type,
        event.date.date.value if event.date else None,
        story.first_reported,
        story.last_reported,
        len(story.reports),
        story.documents,
        story.sources,
        event.score,
        dumps(story.record()),
    ]
