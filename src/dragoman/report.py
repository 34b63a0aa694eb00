"""Readable terminal tables of events and quotes (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dragoman.extract.events import Extraction
from dragoman.model import Entity

console = Console()


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
        trigger = ev.evidence.trigger
        sentence = ev.evidence.sentence.replace(trigger, f"[bold]{trigger}[/bold]", 1)
        table.add_row(kind, _who(ev.actors), _who(ev.recipients), date, place, source, sentence[:240])
    console.print(table)


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
