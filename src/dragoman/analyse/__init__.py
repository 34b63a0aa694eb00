"""analyse stage: the actor network, its brokers and isolated actors, dyad timelines and their pictures.

Pure functions over event records (plain dicts of the EVENTS.md contract, plus the optional `sources`,
`documents` and `broker` a store adds). `analyse(records)` computes the network, brokers and isolation
in one go; each piece is also available on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from dragoman.analyse.actors import ActorIndex, Node, Record, index_actors
from dragoman.analyse.brokers import BROKERS_EXPLANATION, Broker, brokerage_roles, find_brokers
from dragoman.analyse.export import network_json, write_graphml
from dragoman.analyse.isolation import ISOLATION_EXPLANATION, Isolation, isolation
from dragoman.analyse.network import NETWORK_EXPLANATION, build_network, cooperation_graph, happened
from dragoman.analyse.plots import plot_network, plot_timeline
from dragoman.analyse.timeline import TIMELINE_EXPLANATION, PeriodRow, Timeline, timeline


@dataclass(frozen=True)
class Analysis:
    """The network of a set of records with its brokers and isolation ranking."""

    graph: nx.MultiDiGraph
    brokers: list[Broker]
    isolation: list[Isolation]
    actors: ActorIndex  # which node each entity stands for, and the generic groups left out

    def json(self) -> dict[str, Any]:
        """`network_json` of this analysis."""
        return network_json(self.graph, self.brokers, self.isolation)


def analyse(records: Iterable[Record]) -> Analysis:
    """Network, brokers and isolation of `records`, resolving actors once for all three."""
    records = happened(records)
    index = index_actors(records)
    graph = build_network(records, index)
    return Analysis(graph, find_brokers(records, graph, index), isolation(records, graph, index), index)


__all__ = [
    "BROKERS_EXPLANATION",
    "ISOLATION_EXPLANATION",
    "NETWORK_EXPLANATION",
    "TIMELINE_EXPLANATION",
    "ActorIndex",
    "Analysis",
    "Broker",
    "Isolation",
    "Node",
    "PeriodRow",
    "Timeline",
    "analyse",
    "brokerage_roles",
    "build_network",
    "cooperation_graph",
    "find_brokers",
    "index_actors",
    "isolation",
    "network_json",
    "plot_network",
    "plot_timeline",
    "timeline",
    "write_graphml",
]
