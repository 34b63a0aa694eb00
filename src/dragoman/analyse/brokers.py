"""Who stands between other actors: by what the text says and by the structure of cooperation.

Textual evidence: an actor that hosted or mediated talks between two sides (the host of third-party
CONSULT events, or an event record's `broker`). Structural evidence, on the cooperation graph (events
scored > 0): betweenness centrality and Gould–Fernandez brokerage, the open two-paths a → b → c with no
tie a → c, which b alone bridges.

Why the text must count: hosted talks also tie the two sides directly, so on the example's graph the
host of US–Taliban talks lies on no shortest path and its betweenness is 0, though the article says
Qatar is the go-between.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

import networkx as nx

from dragoman.analyse.actors import STATE_KINDS, ActorIndex, index_actors
from dragoman.analyse.network import build_network, cooperation_graph, event_host, event_sides, happened
from dragoman.model import Story

GroupBy = Literal["sphere", "country"]
ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")

# Spheres of international politics for Gould–Fernandez groups (see `group_of`).
_SPHERES: Mapping[str, str] = {
    **dict.fromkeys(STATE_KINDS, "state"),
    "armed_group": "armed",
    "igo": "igo",
    **dict.fromkeys(("ngo", "media", "civilians", "party", "business"), "society"),
}

BROKERS_EXPLANATION = (
    "A broker stands between other actors. score = T + B + O, where T counts the talks the text says the "
    "actor hosted or mediated between two sides (1 per event, plus up to 1 more for the share of those "
    "sides the actor also deals with cooperatively on its own), B is its betweenness centrality on the "
    "cooperation graph (0-1), and O the share of its cooperative in-out paths a→broker→c with no direct "
    "tie a→c (Gould-Fernandez brokerage, 0-1). What the text says outweighs structure on purpose: graphs "
    "read from a few articles are sparse, and hosted talks also tie the sides directly, which hides the "
    "host from betweenness. Roles (Gould-Fernandez, by sphere: state, armed group, IGO, society): "
    "coordinator (all three in one sphere), itinerant (outsider between two of one sphere), "
    "representative (speaks for its own sphere to another), gatekeeper (lets another sphere in to its "
    "own), liaison (all three differ). 'between' lists the pairs the broker connects."
)


@dataclass(frozen=True)
class Broker:
    """An actor that stands between others, the evidence for it and its combined score."""

    actor: str
    country: str | None
    between: tuple[tuple[str, str], ...]
    score: float
    hosted: int = 0
    betweenness: float = 0.0
    open_share: float = 0.0
    roles: Mapping[str, int] = field(default_factory=dict)

    def json(self) -> dict[str, object]:
        """The shape of `brokers` in `network_json`: actor, country, between, score."""
        return {
            "actor": self.actor,
            "country": self.country,
            "between": [list(pair) for pair in self.between],
            "score": self.score,
        }


def group_of(graph: nx.DiGraph, node: str, group_by: GroupBy = "sphere") -> str:
    """The Gould–Fernandez group of a node.

    By default its sphere (state, armed group, IGO, society): mediation that matters in international
    politics crosses spheres — a state between a government and an armed group — and grouping by country
    would put nearly every node alone in its group, making every brokerage a 'liaison'. By country when
    asked, for networks with several actors per country.
    """
    data = graph.nodes[node]
    if group_by == "country":
        return str(data.get("country") or node)
    return _SPHERES.get(str(data.get("kind")), "other")


def _role(ga: str, gb: str, gc: str) -> str:
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage_roles(
    coop: nx.DiGraph, group_by: GroupBy = "sphere"
) -> dict[str, tuple[Counter[str], list[tuple[str, str]], float]]:
    """Per node: its Gould–Fernandez role counts, the (a, c) pairs it bridges, and its open share.

    A two-path a → b → c (a ≠ c) is brokered by b when there is no tie a → c. The open share is the
    number of brokered two-paths over all two-paths through b (0 when there are none).
    """
    result: dict[str, tuple[Counter[str], list[tuple[str, str]], float]] = {}
    for b in coop.nodes:
        roles: Counter[str] = Counter()
        pairs: list[tuple[str, str]] = []
        paths = 0
        for a in coop.predecessors(b):
            for c in coop.successors(b):
                if a in (b, c):
                    continue
                paths += 1
                if not coop.has_edge(a, c):
                    roles[
                        _role(
                            group_of(coop, a, group_by),
                            group_of(coop, b, group_by),
                            group_of(coop, c, group_by),
                        )
                    ] += 1
                    pairs.append((a, c))
        result[b] = (roles, pairs, sum(roles.values()) / paths if paths else 0.0)
    return result


def _hosting(stories: Iterable[Story], index: ActorIndex) -> dict[str, list[list[str]]]:
    """Per host: the sides of each event it hosted or mediated (two sides at least)."""
    hosted: dict[str, list[list[str]]] = {}
    for story in stories:
        host = event_host(story, index)
        actors, recipients = event_sides(story, index)
        sides = list(dict.fromkeys(actors + recipients))
        if host is not None and len(sides) >= 2:
            hosted.setdefault(host, []).append(sides)
    return hosted


def _own_ties(graph: nx.MultiDiGraph, host: str, side: str) -> bool:
    """Whether `host` cooperates with `side` in events other than the talks it hosted."""
    for u, v in ((host, side), (side, host)):
        for data in (graph.get_edge_data(u, v) or {}).values():
            if data["mean_score"] > 0 and data["count"] > data["brokered"]:
                return True
    return False


def find_brokers(
    stories: Iterable[Story],
    graph: nx.MultiDiGraph | None = None,
    index: ActorIndex | None = None,
    group_by: GroupBy = "sphere",
) -> list[Broker]:
    """Actors standing between others, best first (score > 0 and at least one pair between)."""
    stories = happened(stories)
    index = index or index_actors(stories)
    graph = graph if graph is not None else build_network(stories, index)
    coop = cooperation_graph(graph)
    betweenness: dict[str, float] = nx.betweenness_centrality(coop)
    structure = brokerage_roles(coop, group_by)
    hosting = _hosting(stories, index)
    brokers: list[Broker] = []
    for node in graph.nodes:
        textual = 0.0
        pairs: list[tuple[str, str]] = []
        for sides in hosting.get(node, []):
            textual += 1 + sum(_own_ties(graph, node, side) for side in sides) / len(sides)
            pairs += list(combinations(sides, 2))
        roles, open_pairs, open_share = structure.get(node, (Counter(), [], 0.0))
        pairs += open_pairs
        between = _unordered(pairs)
        central = round(betweenness.get(node, 0.0), 3)
        score = round(textual + central + open_share, 3)
        if score > 0 and between:
            brokers.append(
                Broker(
                    node,
                    graph.nodes[node]["country"],
                    between,
                    score,
                    len(hosting.get(node, [])),
                    central,
                    round(open_share, 3),
                    dict(roles),
                )
            )
    return sorted(brokers, key=lambda broker: (-broker.score, broker.actor))


def _unordered(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Pairs without repeats either way round, each in the order first seen (actor before recipient)."""
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for pair in pairs:
        seen.setdefault(frozenset(pair), pair)
    return tuple(seen.values())
