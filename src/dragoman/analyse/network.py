"""The actor network: one directed edge per (actor, recipient, PLOVER type), aggregated over events.

Symmetric interactions — a meeting with no clear host, talks between two sides — are stored as two
directed edges, one each way, and counted in the edge attribute `mutual`, so that directed measures
(brokerage roles, betweenness) see both sides reach each other and a reader can still tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import permutations
from typing import Any

import networkx as nx

from dragoman import taxonomy
from dragoman.analyse.actors import THIRD_PARTY, ActorIndex, Record, index_actors

NETWORK_EXPLANATION = (
    "Each arrow goes from the actor of an event to its recipient; its colour is the mean PLOVER score of "
    "those events (-10 conflict, red, to +10 cooperation, green) and its width the number of events. "
    "Negated and hypothetical events are left out. Meetings without a host and talks between two sides "
    "count both ways. Talks hosted by a third party also tie each side to the host (the `broker` of the "
    "record, else the country where the talks took place when it is neither side's). People count for "
    "their organisation, else their country; generic groups such as 'countries' are not actors."
)


# Auxiliary modes of events that did not take place: "did not meet" (negation not recoded), "could meet".
NOT_HAPPENED = frozenset({"negation", "hypothetical"})


def happened(records: Iterable[Record]) -> list[Record]:
    """The records of events that took place or are scheduled: negated and hypothetical ones are no tie.

    Future events stay: talks announced for next week already show who hosts whom.
    """
    return [r for r in records if not NOT_HAPPENED & set(r.get("auxiliary") or ())]


@dataclass(frozen=True)
class Tie:
    """One directed tie an event makes between two nodes."""

    source: str
    target: str
    mutual: bool
    # A tie between a side of talks and the third party who hosted or mediated them.
    brokered: bool


def event_score(record: Record) -> float:
    """The record's PLOVER score, else the score of its type and mode."""
    value = record.get("score")
    if value is not None:
        return float(value)
    return taxonomy.score(str(record["event_type"]), record.get("mode"))


def event_date(record: Record) -> str | None:
    """The ISO value of the event's own date (cut to its precision), or None when the text gave none."""
    date = record.get("date") or {}
    value = date.get("value")
    return str(value) if value else None


def _nodes(index: ActorIndex, entities: Sequence[Any] | None) -> list[str]:
    found = (index.node(entity) for entity in entities or ())
    return list(dict.fromkeys(label for label in found if label))


def event_sides(record: Record, index: ActorIndex) -> tuple[list[str], list[str]]:
    """The record's actor and recipient nodes, each in order of mention and without repeats."""
    return _nodes(index, record.get("actors")), _nodes(index, record.get("recipients"))


def event_host(record: Record, index: ActorIndex) -> str | None:
    """The third party who hosted or mediated the event, when there is one and it is not a side.

    The record's `broker` when the extractor knew it; else, for talks in third-party mode, the country
    where they took place — unless it is the country of one of the sides (talks in Kabul are not hosted
    by Afghanistan between the Taliban and someone else).
    """
    actors, recipients = event_sides(record, index)
    sides = set(actors) | set(recipients)
    host = index.node(record.get("broker"))
    if host is None and (record.get("event_type"), record.get("mode")) == THIRD_PARTY:
        where = ((record.get("location") or {}).get("country") or "").upper()
        side_countries = {index.nodes[label].country for label in sides}
        side_countries |= {(e.get("country") or "").upper() for e in record.get("actors") or ()}
        side_countries |= {(e.get("country") or "").upper() for e in record.get("recipients") or ()}
        if where and where not in side_countries:
            host = index.keys.get(("country", where))
    return host if host not in sides else None


def event_ties(record: Record, index: ActorIndex) -> list[Tie]:
    """The directed ties one event makes: actor→recipient, every pair of hostless co-actors both ways,
    and each side↔the host of third-party talks."""
    actors, recipients = event_sides(record, index)
    ties: list[Tie] = []
    if recipients:
        ties += [Tie(a, r, False, False) for a in actors for r in recipients if a != r]
    else:
        ties += [Tie(a, b, True, False) for a, b in permutations(actors, 2)]
    host = event_host(record, index)
    if host is not None:
        for side in dict.fromkeys(actors + recipients):
            ties += [Tie(side, host, True, True), Tie(host, side, True, True)]
    return list(dict.fromkeys(ties))


def build_network(records: Iterable[Record], index: ActorIndex | None = None) -> nx.MultiDiGraph:
    """The actor network of `records`: a MultiDiGraph keyed by PLOVER type.

    Edge attributes: type, count (events), sources and documents (sums of the records' `sources` and
    `documents`, 1 when absent),
    mean_score, first and last (ISO dates, None when no event of the edge is dated), mutual and brokered
    (how many of the events tied the pair symmetrically / through a host). Node attributes: label,
    country (ISO3 or None), kind, events. Graph attribute `dropped`: mentions of generic groups left out.
    """
    records = happened(records)
    index = index or index_actors(records)
    graph = nx.MultiDiGraph(dropped=sum(index.dropped.values()))
    for label, node in index.nodes.items():
        graph.add_node(label, label=label, country=node.country, kind=node.kind, events=0)
    scores: dict[tuple[str, str, str], list[float]] = {}
    for record in records:
        actors, recipients = event_sides(record, index)
        for label in dict.fromkeys(actors + recipients):
            graph.nodes[label]["events"] += 1
        etype, score, date = str(record["event_type"]), event_score(record), event_date(record)
        for tie in event_ties(record, index):
            key = (tie.source, tie.target, etype)
            if not graph.has_edge(*key):
                graph.add_edge(
                    *key,
                    type=etype,
                    count=0,
                    sources=0,
                    documents=0,
                    mutual=0,
                    brokered=0,
                    first=None,
                    last=None,
                )
                scores[key] = []
            edge = graph.edges[key]
            edge["count"] += 1
            edge["sources"] += int(record.get("sources") or 1)
            edge["documents"] += int(record.get("documents") or 1)
            edge["mutual"] += tie.mutual
            edge["brokered"] += tie.brokered
            scores[key].append(score)
            if date:
                # ISO values cut to their precision sort as text: "2013" < "2013-05" < "2013-05-02".
                edge["first"] = min(edge["first"] or date, date)
                edge["last"] = max(edge["last"] or date, date)
    for key, values in scores.items():
        graph.edges[key]["mean_score"] = round(sum(values) / len(values), 3)
    return graph


def cooperation_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The cooperative part of the network as a simple DiGraph weighted by number of events.

    An edge is cooperative when its events' mean PLOVER score is > 0; a PLOVER type keeps its sign over
    its modes, so this is the same as keeping the events scored > 0.
    """
    coop = nx.DiGraph()
    coop.add_nodes_from(graph.nodes(data=True))
    for source, target, data in graph.edges(data=True):
        if data["mean_score"] > 0:
            weight = coop.edges[source, target]["weight"] if coop.has_edge(source, target) else 0
            coop.add_edge(source, target, weight=weight + data["count"])
    return coop
