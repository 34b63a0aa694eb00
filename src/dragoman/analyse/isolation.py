"""How isolated each actor is: the share of its dealings that are conflictual or rejections of it.

Counted over events, not graph edges, so that rejections by generic groups ("countries have not
recognised the Taliban government") count against their recipient though "countries" is no node.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import networkx as nx

from dragoman.analyse.actors import ActorIndex, entities, index_actors
from dragoman.analyse.network import build_network, event_host, event_score, event_sides, happened
from dragoman.model import Story

# Pseudo-observations added to an actor's ties: one hostile event alone does not make an outcast.
SMOOTHING = 2
GOVERNING_KINDS = frozenset({"government", "state"})

ISOLATION_EXPLANATION = (
    "Isolation = (conflictual ties + rejections received) / (ties + 2). A tie is an event the actor "
    "takes part in with someone else (an unnamed group such as 'countries' counts as someone); it is "
    "conflictual when its PLOVER score is below 0. Rejections received are REJECT events with the actor "
    "as recipient; they count twice (once as conflict) because refusing relations is isolation itself. "
    "Non-recognition is a rejection of an actor acting as a government or state. The +2 keeps an actor "
    "seen once in a quarrel from ranking above one shunned again and again. Degree: distinct partners "
    "in the network."
)


@dataclass(frozen=True)
class Isolation:
    """One actor's isolation: score, the counts it comes from, and a sentence saying why."""

    actor: str
    country: str | None
    score: float
    ties: int
    conflictual: int
    rejections: int
    non_recognition: int
    degree: int
    reason: str

    def json(self) -> dict[str, object]:
        """Plain dict for `network_json`."""
        return asdict(self)


def isolation(
    stories: Iterable[Story], graph: nx.MultiDiGraph | None = None, index: ActorIndex | None = None
) -> list[Isolation]:
    """Every actor with at least one tie, most isolated first."""
    stories = happened(stories)
    index = index or index_actors(stories)
    graph = graph if graph is not None else build_network(stories, index)
    counts: dict[str, Counter[str]] = {label: Counter() for label in graph.nodes}
    for story in stories:
        actors, recipients = event_sides(story, index)
        host = event_host(story, index)
        parties = set(actors) | set(recipients) | ({host} if host else set())
        generic = sum(index.node(entity) is None for entity in entities(story))
        if len(parties) + generic < 2:
            continue  # one actor alone (a repression, a statement) is no tie
        for label in parties:
            tally = counts[label]
            tally["ties"] += 1
            tally["conflictual"] += event_score(story) < 0
            if story.event.event_type == "REJECT" and label in recipients:
                tally["rejections"] += 1
                kinds = {e.kind for e in story.event.recipients if index.node(e) == label}
                tally["non_recognition"] += bool((kinds | {graph.nodes[label]["kind"]}) & GOVERNING_KINDS)
    ranked = []
    for label, tally in counts.items():
        ties, conflictual, rejections, non_recognition = (
            tally[k] for k in ("ties", "conflictual", "rejections", "non_recognition")
        )
        if not ties:
            continue
        degree = len(set(graph.predecessors(label)) | set(graph.successors(label)))
        score = round((conflictual + rejections) / (ties + SMOOTHING), 3)
        reason = f"{conflictual} of {ties} ties conflictual; {rejections} rejections received"
        if non_recognition:
            reason += f" ({non_recognition} non-recognition)"
        reason += f"; {degree} partner{'s' * (degree != 1)} in the network"
        ranked.append(
            Isolation(
                label,
                graph.nodes[label]["country"],
                score,
                ties,
                conflictual,
                rejections,
                non_recognition,
                degree,
                reason,
            )
        )
    return sorted(ranked, key=lambda item: (-item.score, -item.ties, item.actor))
