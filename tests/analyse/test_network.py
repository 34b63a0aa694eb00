"""The actor network: ties, aggregation, hosts of third-party talks, JSON and GraphML."""

from __future__ import annotations

from dragoman.analyse import build_network
from dragoman.analyse.actors import index_actors
from dragoman.analyse.network import event_host
from tests.analyse.records import DOHA, QATAR, TALIBAN_GOVERNMENT, USA, entity, event


def test_edges_aggregate_events_per_type() -> None:
    records = [
        event("a:1", "CONSULT", [QATAR], [TALIBAN_GOVERNMENT], 4.0, "2023-05-12", sources=3, documents=2),
        event("a:2", "CONSULT", [QATAR], [TALIBAN_GOVERNMENT], 1.0, "2022"),
        event("a:3", "CONSULT", [QATAR], [TALIBAN_GOVERNMENT], 2.5),
        event("a:4", "COOPERATE", [QATAR], [TALIBAN_GOVERNMENT], 9.5),
    ]
    graph = build_network(records)
    consult = graph.edges["Qatar", "Taliban", "CONSULT"]
    assert (consult["count"], consult["sources"], consult["documents"], consult["mean_score"]) == (
        3,
        5,
        4,
        2.5,
    )
    assert (consult["first"], consult["last"]) == ("2022", "2023-05-12")
    assert graph.edges["Qatar", "Taliban", "COOPERATE"]["count"] == 1
    assert not graph.has_edge("Taliban", "Qatar")  # directed: the recipient did not act


def test_meeting_without_host_ties_every_pair_both_ways() -> None:
    france = entity("France", "state", "FRA", "kb:country:FRA")
    graph = build_network([event("m:1", "CONSULT", [QATAR, USA, france], [], 1.0)])
    assert graph.number_of_edges() == 6
    assert all(data["mutual"] == 1 for _, _, data in graph.edges(data=True))


def test_third_party_talks_tie_each_side_to_the_host_and_to_each_other() -> None:
    graph = build_network(DOHA)
    for a, b in [("United States", "Taliban"), ("Qatar", "United States"), ("Qatar", "Taliban")]:
        assert graph.has_edge(a, b, "CONSULT") and graph.has_edge(b, a, "CONSULT")
    assert graph.edges["Qatar", "United States", "CONSULT"]["brokered"] == 1
    assert graph.edges["United States", "Taliban", "CONSULT"]["brokered"] == 0


def test_host_is_the_broker_else_a_third_country_only() -> None:
    in_kabul = event("h:1", "CONSULT", [USA, TALIBAN_GOVERNMENT], [], 1.0, mode="third-party", where="AFG")
    norway = entity("Norway", "state", "NOR", "kb:country:NOR")
    mediated = event("h:2", "AGREE", [USA, TALIBAN_GOVERNMENT], [], 3.0, broker=norway)
    index = index_actors([in_kabul, mediated, DOHA[-1]])
    assert event_host(in_kabul, index) is None  # Afghanistan is the Taliban's own country
    assert event_host(mediated, index) == "Norway"
    assert event_host(DOHA[-1], index) == "Qatar"


def test_negated_and_hypothetical_events_are_no_ties() -> None:
    did_not_meet = event("n:1", "CONSULT", [QATAR], [USA], 2.5, auxiliary=["negation"])
    could_meet = event("n:2", "CONSULT", [QATAR], [USA], 2.5, auxiliary=["hypothetical"])
    will_meet = event("n:3", "CONSULT", [QATAR], [TALIBAN_GOVERNMENT], 2.5, auxiliary=["future"])
    graph = build_network([did_not_meet, could_meet, will_meet])
    assert list(graph.edges) == [("Qatar", "Taliban", "CONSULT")]
