"""The actor network: one directed edge per (actor, recipient, PLOVER type), aggregated over events.

Symmetric interactions — a meeting with no clear host, talks between two sides — are stored as two
directed edges, one each way, and counted in the edge attribute `mutual`, so that directed measures
(brokerage roles, betweenness) see both sides reach each other and a reader can still tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import permutations

import networkx as nx

from dragoman.analyse.actors import THIRD_PARTY, ActorIndex, index_actors
from dragoman.model import Entity, Story

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


def happened(stories: Iterable[Story]) -> list[Story]:
    """The stories of events that took place or are scheduled: negated and hypothetical ones are no tie.

    Future events stay: talks announced for next week already show who hosts whom.
    """
    return [s for s in stories if not NOT_HAPPENED & set(s.event.auxiliary)]


@dataclass(frozen=True)
class Tie:
    """One directed tie an event makes between two nodes."""

    source: str
    target: str
    mutual: bool
    # A tie between a side of talks and the third party who hosted or mediated them.
    brokered: bool


def event_score(story: Story) -> float:
    """The event's PLOVER score (its type's and mode's when the record gave none)."""
    return story.event.score


def event_date(story: Story) -> str | None:
    """The ISO value of the event's own date (cut to its precision), or None when the text gave none."""
    date = story.event.date
    return date.date.value if date else None


def _nodes(index: ActorIndex, entities: Sequence[Entity]) -> list[str]:
    found = (index.node(entity) for entity in entities)
    return list(dict.fromkeys(label for label in found if label))


def event_sides(story: Story, index: ActorIndex) -> tuple[list[str], list[str]]:
    """The event's actor and recipient nodes, each in order of mention and without repeats."""
    return _nodes(index, story.event.actors), _nodes(index, story.event.recipients)


def event_host(story: Story, index: ActorIndex) -> str | None:
    """The third party who hosted or mediated the event, when there is one and it is not a side.

    The record's `broker` when the extractor knew it; else, for talks in third-party mode, the country
    where they took place — unless it is the country of one of the sides (talks in Kabul are not hosted
    by Afghanistan between the Taliban and someone else).
    """
    event = story.event
    actors, recipients = event_sides(story, index)
    sides = set(actors) | set(recipients)
    host = index.node(event.broker)
    if host is None and (event.event_type, event.mode) == THIRD_PARTY:
        where = ((event.location.place.country if event.location else None) or "").upper()
        side_countries = {index.nodes[label].country for label in sides}
        side_countries |= {(e.country or "").upper() for e in event.actors}
        side_countries |= {(e.country or "").upper() for e in event.recipients}
        if where and where not in side_countries:
            host = index.keys.get(("country", where))
    return host if host not in sides else None


def event_ties(story: Story, index: ActorIndex) -> list[Tie]:
    """The directed ties one event makes: actor→recipient, every pair of hostless co-actors both ways,
    and each side↔the host of third-party talks."""
    actors, recipients = event_sides(story, index)
    ties: list[Tie] = []
    if recipients:
        ties += [Tie(a, r, False, False) for a in actors for r in recipients if a != r]
    else:
        ties += [Tie(a, b, True, False) for a, b in permutations(actors, 2)]
    host = event_host(story, index)
    if host is not None:
        for side in dict.fromkeys(actors + recipients):
            ties += [Tie(side, host, True, True), Tie(host, side, True, True)]
    return list(dict.fromkeys(ties))


def build_network(stories: Iterable[Story], index: ActorIndex | None = None) -> nx.MultiDiGraph:
    """The actor network of `stories`: a MultiDiGraph keyed by PLOVER type.

    Edge attributes: type, count (events), sources and documents (sums of the stories' `sources` and
    `documents`),
    mean_score, first and last (ISO dates, None when no event of the edge is dated), mutual and brokered
    (how many of the events tied the pair symmetrically / through a host). Node attributes: label,
    country (ISO3 or None), kind, events. Graph attribute `dropped`: mentions of generic groups left out.
    """
    stories = happened(stories)
    index = index or index_actors(stories)
    graph = nx.MultiDiGraph(dropped=sum(index.dropped.values()))
    for label, node in index.nodes.items():
        graph.add_node(label, label=label, country=node.country, kind=node.kind, events=0)
    scores: dict[tuple[str, str, str], list[float]] = {}
    for story in stories:
        actors, recipients = event_sides(story, index)
        for label in dict.fromkeys(actors + recipients):
            graph.nodes[label]["events"] += 1
        etype, score, date = story.event.event_type, event_score(story), event_date(story)
        for tie in event_ties(story, index):
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
            edge["sources"] += story.sources
            edge["documents"] += story.documents
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
