"""The network written out: a JSON document for the web app and GraphML for Gephi or Cytoscape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

import networkx as nx

from dragoman.analyse.brokers import Broker
from dragoman.analyse.isolation import Isolation


def network_json(
    graph: nx.MultiDiGraph, brokers: Sequence[Broker], isolation: Sequence[Isolation]
) -> dict[str, Any]:
    """`nodes`, `edges`, `brokers` (actor, country, between, score; best first) and `isolation`."""
    return {
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "edges": [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)],
        "brokers": [broker.json() for broker in sorted(brokers, key=lambda b: -b.score)],
        "isolation": [item.json() for item in isolation],
        "dropped": graph.graph.get("dropped", 0),
    }


def write_graphml(graph: nx.MultiDiGraph, sink: BinaryIO) -> None:
    """Write the network as GraphML: attributes without a value (an undated edge's first/last, a node's
    unknown country) are left out, since GraphML has no null."""
    clean = nx.MultiDiGraph(**_known(graph.graph))
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **_known(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        clean.add_edge(source, target, key=key, **_known(data))
    nx.write_graphml(clean, sink)


def _known(attributes: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in attributes.items() if value is not None}
