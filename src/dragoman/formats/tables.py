"""Readable terminal tables (rich): an extraction's events and quotes, stored stories, the network with its
brokers and isolated actors, a dyad's timeline and a score against gold. Each analysis table is printed with
the explanation of how it is computed."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import networkx as nx
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dragoman.analyse.brokers import BROKERS_EXPLANATION, Broker
from dragoman.analyse.isolation import ISOLATION_EXPLANATION, Isolation
from dragoman.analyse.network import NETWORK_EXPLANATION
from dragoman.analyse.timeline import TIMELINE_EXPLANATION, Timeline
from dragoman.evaluate.score import Score
from dragoman.model import Entity, Event, Extraction, Quote, Story

# Piped output (make demo, CI logs) gets a readable width instead of rich's default 80 columns.
WIDTH = None if sys.stdout.isatty() else 160

# A broker of a large corpus stands between hundreds of pairs: the table shows the first few.
_PAIRS_SHOWN = 6


def _explain(console: Console, text: str) -> None:
    console.print(f"[dim]{text}[/dim]\n", soft_wrap=False)


def print_network(console: Console, graph: nx.MultiDiGraph, dropped: dict[str, int], events: int) -> None:
    console.print(
        f"[bold]Network[/bold]: {events} event(s), {graph.number_of_nodes()} actor(s), "
        f"{graph.number_of_edges()} tie(s) by type"
        + (f"; not actors (unnamed groups): {', '.join(sorted(dropped))}" if dropped else "")
    )
    _explain(console, NETWORK_EXPLANATION)


def print_brokers(console: Console, brokers: Sequence[Broker], top: int = 10) -> None:
    table = Table(title="Brokers", expand=False)
    for column in (
        "actor",
        "country",
        "score",
        "talks hosted",
        "betweenness",
        "open paths",
        "roles",
        "between",
    ):
        table.add_column(column, overflow="fold")
    for b in brokers[:top]:
        roles = ", ".join(f"{r} {n}" for r, n in b.roles.items() if n)
        shown = "; ".join(f"{x} – {y}" for x, y in b.between[:_PAIRS_SHOWN])
        more = len(b.between) - _PAIRS_SHOWN
        between = shown + (f"; and {more} more pairs (--format json lists all)" if more > 0 else "")
        table.add_row(
            b.actor,
            b.country or "—",
            f"{b.score:.2f}",
            str(b.hosted),
            f"{b.betweenness:.2f}",
            f"{b.open_share:.2f}",
            roles or "—",
            between or "—",
        )
    console.print(table if brokers else "[bold]Brokers[/bold]: none")
    _explain(console, BROKERS_EXPLANATION)


def print_isolation(console: Console, ranking: Sequence[Isolation], top: int = 10) -> None:
    table = Table(title="Isolation", expand=False)
    for column in ("actor", "country", "score", "why"):
        table.add_column(column, overflow="fold")
    for row in ranking[:top]:
        table.add_row(row.actor, row.country or "—", f"{row.score:.2f}", row.reason)
    console.print(table)
    _explain(console, ISOLATION_EXPLANATION)


def print_timeline(console: Console, timeline: Timeline) -> None:
    table = Table(title=f"{timeline.a} – {timeline.b}, month by month", expand=False)
    for column in ("period", "events", "cooperation", "conflict", "net", "mean"):
        table.add_column(column, justify="right")
    rows = [*timeline.months, *timeline.years]
    if timeline.undated.events:
        rows.append(timeline.undated)
    for r in rows:
        table.add_row(
            r.period,
            str(r.events),
            f"{r.cooperation:+.1f}",
            f"{r.conflict:+.1f}",
            f"{r.net:+.1f}",
            f"{r.mean:+.2f}",
        )
    console.print(table if rows else f"No event between {timeline.a} and {timeline.b}.")
    _explain(console, TIMELINE_EXPLANATION)


def _who(entities: Sequence[Entity], *, detail: bool = True) -> str:
    if not detail:
        return "\n".join(f"{e.name} ({e.country or '?'})" for e in entities) or "—"
    return "\n".join(
        f"{e.name} ({e.country or '?'}, {e.kind}{', ' + e.role if e.role else ''})" for e in entities
    )


def print_events(console: Console, result: Extraction) -> None:
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


def print_quotes(console: Console, result: Extraction) -> None:
    table = Table(
        title=f"{result.document.doc_id}: {len(result.quotes)} quotes", show_lines=True, expand=True
    )
    for column in ("speaker", "cue", "quote", "about"):
        table.add_column(column, overflow="fold")
    for q in result.quotes:
        table.add_row(q.speaker.name if q.speaker else "—", q.cue, q.quote[:300], _names(q))
    console.print(table)


def _names(quote: Quote) -> str:
    return ", ".join(a.name for a in quote.about)


def print_stories(console: Console, stories: Sequence[Story], title: str) -> None:
    """One row per real-world event with its reports counted."""
    table = Table(title=title, show_lines=True, expand=True)
    for column in ("type", "actors", "recipients", "date", "place", "reports", "evidence"):
        table.add_column(column, overflow="fold")
    for story in stories:
        ev = story.event
        kind = ev.event_type + (f"\n{ev.mode}" if ev.mode else "")
        date = ev.date.date.value if ev.date else "—"
        if story.date_alternatives:
            date += "\nalso: " + ", ".join(str(a.get("value")) for a in story.date_alternatives)
        place = f"{ev.location.place.name} ({ev.location.place.country or '?'})" if ev.location else "—"
        reports = f"{story.documents} doc(s)\n{story.sources} source(s)"
        table.add_row(
            kind,
            _who(ev.actors, detail=False),
            _who(ev.recipients, detail=False),
            date,
            place,
            reports,
            ev.evidence.sentence[:160],
        )
    console.print(table)


def print_score(console: Console, result: Score, show: bool = False) -> None:
    """A score against gold: the totals, attributes, a table per type and the type confusions."""
    console.print(
        f"docs {result.docs}  gold required {result.gold_required}  predicted {result.predicted}  "
        f"matched required {result.matched_required}"
    )
    console.print(
        f"[bold]precision {result.precision:.3f}  recall {result.recall:.3f}  f1 {result.f1:.3f}[/bold]"
    )
    attrs = "  ".join(f"{k} {a}/{b}" for k, (a, b) in result.attributes.items())
    console.print(f"attributes (on matched events that state them): {attrs}")
    console.print(f"events dated with the publication date: {result.dated_with_publication}")
    table = Table(title="per type")
    for column in ("type", "gold required", "found", "predicted", "right"):
        table.add_column(column, justify="right" if column != "type" else "left")
    for name, counts in sorted(result.per_type.items()):
        table.add_row(name, *(str(counts[k]) for k in ("gold", "found", "predicted", "right")))
    console.print(table)
    if result.confusion:
        confusion = Table(title="missed gold type -> predicted type (same participants)")
        confusion.add_column("gold")
        confusion.add_column("predicted")
        confusion.add_column("count", justify="right")
        for (gold_type, pred_type), n in result.confusion.most_common():
            confusion.add_row(gold_type, pred_type, str(n))
        console.print(confusion)
    if show:
        for g in result.missed:
            console.print(f"MISSED  {g['doc']} {g['id']} {g['types']} {g.get('note', '')}")
        for p in result.extra:
            sentence = str((p.get("evidence") or {}).get("sentence") or "")[:100]
            console.print(f"EXTRA   {p.get('doc_id')} {p.get('event_type')} {sentence}")
