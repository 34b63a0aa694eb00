"""Terminal tables of the analyses (rich), each printed with the explanation of how it is computed."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
from rich.console import Console
from rich.table import Table

from dragoman.analyse.brokers import BROKERS_EXPLANATION, Broker
from dragoman.analyse.isolation import ISOLATION_EXPLANATION, Isolation
from dragoman.analyse.network import NETWORK_EXPLANATION
from dragoman.analyse.timeline import TIMELINE_EXPLANATION, Timeline

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
