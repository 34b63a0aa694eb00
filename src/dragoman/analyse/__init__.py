"""analyse stage: the actor network, its brokers and isolated actors, dyad timelines and their pictures.

Pure functions over typed stories (`model.Story`: an event and what its reports say together; an
extraction's event is a story of one report). `analyse(stories)` computes the network, brokers and
isolation in one go; each piece is also available on its own. `stories` merges reports into stories.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from dragoman.analyse.actors import ActorIndex, Node, index_actors
from dragoman.analyse.brokers import BROKERS_EXPLANATION, Broker, brokerage_roles, find_brokers
from dragoman.analyse.isolation import ISOLATION_EXPLANATION, Isolation, isolation
from dragoman.analyse.network import NETWORK_EXPLANATION, build_network, cooperation_graph, happened
from dragoman.analyse.timeline import TIMELINE_EXPLANATION, PeriodRow, Timeline, timeline
from dragoman.model import Story


@dataclass(frozen=True)
class Analysis:
    """The network of a set of records with its brokers and isolation ranking."""

    graph: nx.MultiDiGraph
    brokers: list[Broker]
    isolation: list[Isolation]
    actors: ActorIndex  # which node each entity stands for, and the generic groups left out


def analyse(stories: Iterable[Story]) -> Analysis:
    """Network, brokers and isolation of `stories`, resolving actors once for all three."""
    stories = happened(stories)
    index = index_actors(stories)
    graph = build_network(stories, index)
    return Analysis(graph, find_brokers(stories, graph, index), isolation(stories, graph, index), index)


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
    "timeline",
]
