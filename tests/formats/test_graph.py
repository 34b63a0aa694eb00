"""The network written out: the JSON document and GraphML."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from dragoman.analyse import analyse, build_network
from dragoman.formats import save
from dragoman.formats.graph import network_json
from tests.analyse.records import DOHA


def test_network_json_shape() -> None:
    result = analyse(DOHA)
    document = network_json(result.graph, result.brokers, result.isolation)
    assert set(document) >= {"nodes", "edges", "brokers", "isolation"}
    assert document["brokers"][0] == {
        "actor": "Qatar",
        "country": "QAT",
        "between": [["United States", "Taliban"]],
        "score": 2.0,
    }
    json.dumps(document)  # plain JSON all the way down


def test_graphml_round_trip(tmp_path: Path) -> None:
    graph = build_network(DOHA)
    path = tmp_path / "doha.graphml"
    save("graphml", graph, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    edge = back.edges["Taliban", "Afghanistan", "COERCE"]
    assert (edge["type"], edge["count"], edge["mean_score"], edge["first"]) == ("COERCE", 1, -7.0, "2021-08")
    assert "first" not in back.edges["Qatar", "Taliban", "COOPERATE"]  # undated: no null in GraphML
    assert "country" not in back.nodes["Amnesty International"]
    assert back.graph["dropped"] == 2
    assert network_json(graph, [], [])["dropped"] == 2
