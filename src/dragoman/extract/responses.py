"""A denial answers what was told just before it. "Washington accuse Pékin d'avoir intercepté un avion,
ce que dément le ministère chinois": the ministry names no one, yet every reader knows it answers
Washington. When a response names no recipient, the other side of the last exchange its author took part
in, a few sentences back at most, is whom it answers."""

from __future__ import annotations

from bisect import bisect_right

from dragoman.model import Entity, Event
from dragoman.resolve.identity import same_entity

# Beyond this many sentences, the article has moved on and the response answers something it no longer
# tells (or told in a sentence we did not read).
LOOKBACK_SENTENCES = 3
# A country's institutions speak for one side: a ministry denies what its army did. A person is only
# themself: a French candidate does not answer for the French government.
_PERSONS = frozenset({"person"})


def answer_responses(
    events: list[Event], sentences: list[tuple[int, int]], response_types: frozenset[str]
) -> list[Event]:
    """Give each response (of `response_types`, the language's coding.yaml) without a recipient the other
    side of its author's last exchange."""
    starts = [start for start, _ in sentences]

    def sentence_of(event: Event) -> int:
        return bisect_right(starts, _position(event)) - 1

    for event in events:
        if event.event_type not in response_types or event.recipients or not event.actors:
            continue
        here = sentence_of(event)
        earlier = [
            e
            for e in events
            if e is not event
            and _position(e) < _position(event)
            and here - sentence_of(e) <= LOOKBACK_SENTENCES
        ]
        for previous in sorted(earlier, key=_position, reverse=True):
            other = _other_side(previous, event.actors)
            if other:
                event.recipients = other
                break
    return events


def _position(event: Event) -> int:
    evidence = event.evidence
    return evidence.trigger_start if evidence.trigger_start is not None else evidence.start


def _other_side(previous: Event, authors: list[Entity]) -> list[Entity]:
    """Who stood opposite the authors in `previous`, or nothing if they took no part in it."""
    if any(_same_side(a, e) for a in authors for e in previous.actors):
        other = previous.recipients
    elif any(_same_side(a, e) for a in authors for e in previous.recipients):
        other = previous.actors
    else:
        return []
    return [e for e in other if not any(_same_side(a, e) for a in authors)]


def _same_side(a: Entity, b: Entity) -> bool:
    if same_entity(a, b):
        return True
    if a.kind in _PERSONS or b.kind in _PERSONS:
        return False
    return a.country is not None and a.country == b.country
