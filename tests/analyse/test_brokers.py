"""Brokers: hosts and mediators from the text, Gould–Fernandez roles and betweenness from structure."""

from __future__ import annotations

import networkx as nx

from dragoman.analyse import build_network, cooperation_graph, find_brokers
from dragoman.analyse.brokers import brokerage_roles
from tests.analyse.records import DOHA, QATAR, TALIBAN_GOVERNMENT, USA, entity, event


def test_host_tied_to_both_sides_is_the_top_broker() -> None:
    brokers = find_brokers(DOHA)
    top = brokers[0]
    assert (top.actor, top.country, top.between) == ("Qatar", "QAT", (("United States", "Taliban"),))
    # Hosted talks tie the sides directly: structure alone sees no broker, the text does.
    assert top.betweenness == 0.0
    assert top.score == 2.0  # 1 hosted event + 1 for own cooperation with both sides
    assert [b.actor for b in brokers] == ["Qatar"]


def test_host_without_own_ties_scores_lower() -> None:
    records = [event("t:1", "CONSULT", [USA, TALIBAN_GOVERNMENT], [], 1.0, mode="third-party", where="QAT")]
    assert find_brokers(records)[0].score == 1.0
    records.append(event("t:2", "COOPERATE", [QATAR], [TALIBAN_GOVERNMENT], 9.5))
    assert find_brokers(records)[0].score == 1.5  # tied on its own to one side of two


def test_mediator_named_by_the_record() -> None:
    colombia = entity("Colombia", "state", "COL", "kb:country:COL")
    farc = entity("FARC", "armed_group", "COL", "kb:org:farc")
    norway = entity("Norway", "state", "NOR", "kb:country:NOR")
    brokers = find_brokers([event("n:1", "AGREE", [colombia, farc], [], 3.0, broker=norway)])
    assert [(b.actor, b.between) for b in brokers] == [("Norway", (("Colombia", "FARC"),))]


def _hand_graph() -> nx.DiGraph:
    coop = nx.DiGraph()
    for node, kind in [
        ("S1", "state"),
        ("S2", "state"),
        ("S3", "government"),
        ("G1", "armed_group"),
        ("N1", "ngo"),
    ]:
        coop.add_node(node, kind=kind, country=None)
    coop.add_edges_from([("S1", "G1"), ("G1", "S2"), ("S2", "N1"), ("S1", "S2"), ("S2", "S3"), ("S3", "G1")])
    return coop


def test_gould_fernandez_roles_computed_by_hand() -> None:
    roles = brokerage_roles(_hand_graph())
    # S2: G1→S2→N1 liaison, G1→S2→S3 gatekeeper, S1→S2→N1 representative, S1→S2→S3 coordinator.
    assert roles["S2"][0] == {"liaison": 1, "gatekeeper": 1, "representative": 1, "coordinator": 1}
    assert roles["S2"][2] == 1.0
    # G1: S3→G1→S2 is open (itinerant: a state outsider between two states); S1→G1→S2 is closed by S1→S2.
    assert roles["G1"][0] == {"itinerant": 1}
    assert roles["G1"][1] == [("S3", "S2")]
    assert roles["G1"][2] == 0.5
    assert roles["S3"][0] == {"representative": 1}  # S2→S3→G1
    assert roles["S1"][0] == {} and roles["N1"][0] == {}


def test_structural_broker_without_textual_evidence() -> None:
    a, b, c = (
        entity(n, "state", iso, f"kb:country:{iso}")
        for n, iso in [("France", "FRA"), ("Germany", "DEU"), ("Poland", "POL")]
    )
    records = [event("s:1", "COOPERATE", [a], [b], 6.0), event("s:2", "COOPERATE", [b], [c], 6.0)]
    brokers = find_brokers(records)
    assert [(x.actor, x.between) for x in brokers] == [("Germany", (("France", "Poland"),))]
    assert brokers[0].roles == {"coordinator": 1}  # three states: one sphere
    by_country = brokerage_roles(cooperation_graph(build_network(records)), group_by="country")
    assert by_country["Germany"][0] == {"liaison": 1}  # three countries: three groups
    assert brokers[0].score == 1.5  # betweenness 0.5 (1 of 2 ordered pairs) + open share 1


def test_cooperation_graph_keeps_positive_edges() -> None:
    coop = cooperation_graph(build_network(DOHA))
    assert not coop.has_edge("Taliban", "Afghanistan")
    assert coop.edges["Qatar", "Taliban"]["weight"] == 3  # COOPERATE, visit, hosted talks
