"""Readable terminal tables of events and quotes (rich)."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dragoman.extract.events import Extraction
from dragoman.model import Entity, Event

# Piped output (make demo, CI logs) gets a readable width instead of rich's default 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)


def _who(entities: list[Entity]) -> str:
    return "\n".join(
        f"{e.name} ({e.country or '?'}, {e.kind}{', ' + e.role if e.role else ''})" for e in entities
    )


def print_events(result: Extraction) -> None:
    doc = result.document
    table = Table(title=f"{doc.doc_id}: {len(result.events)} events", show_lines=True, expand=True)
    for column in ("type", "actors", "recipients", "date", "place", "source", "evidence"):
        table.add_column(column, overflow="fold")
    for ev in result.events:
        kind = ev.event_type + (f"\n{ev.mode}" if ev.mode else "") + "".join(f"\n[{a}]" for a in ev.auxiliary)
        date = f"{ev.date.date.value}\n“{ev.date.text}”" if ev.date else "—"
        place = f"{ev.location.place.name} ({ev.location.place.country})" if ev.location else "—"
        source = ev.attribution.source.name if ev.attribution and ev.attribution.source else "—"
        table.add_row(kind, _who(ev.actors), _who(ev.recipients), date, place, source, _around(ev, doc.text))
    console.print(table)


def _around(event: Event, text: str, width: int = 70) -> str:
    """The words around the trigger, the trigger in bold."""
    at = event.evidence.trigger_start
    if at is None:
        return event.evidence.sentence[: 2 * width]
    word = event.evidence.trigger.split(" … ")[0]
    start = max(event.evidence.start, at - width)
    end = min(event.evidence.end, at + len(word) + width)
    before, after = text[start:at], text[at + len(word) : end]
    return escape(f"…{before}") + f"[bold]{escape(word)}[/bold]" + escape(f"{after}…").replace("\n", " ")


def print_quotes(result: Extraction) -> None:
    table = Table(
        title=f"{result.document.doc_id}: {len(result.quotes)} quotes", show_lines=True, expand=True
    )
    for column in ("speaker", "cue", "quote", "about"):
        table.add_column(column, overflow="fold")
    for q in result.quotes:
        table.add_row(
            q.speaker.name if q.speaker else "—", q.cue, q.quote[:300], ", ".join(a.name for a in q.about)
        )
    console.print(table)
