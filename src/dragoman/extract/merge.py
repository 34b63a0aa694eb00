"""Events of one document that are told together: a mediator lent to the talks beside it, a bare "cette
rencontre" adding to the meeting it refers back to, a meeting's mode from where it took place. Events told
twice across the document are merged after (corefer.merge_coreferent)."""

from __future__ import annotations

from dragoman import taxonomy
from dragoman.extract.reading import SENTENCES, Reading, Sentence
from dragoman.extract.triggers import Trigger
from dragoman.model import DateMention, Event, PlaceMention


@SENTENCES.register("brokers")
def lend_brokers(reading: Reading, sentence: Sentence) -> None:
    """ "Le Qatar a été la puissance protectrice des États-Unis, permettant des négociations entre
    les Américains et les talibans": a mediator named beside talks is their broker, not a second
    event. Only a mediation with no talks beside it stands as its own event."""
    first = sentence.first
    sentence_events = reading.events[first:]
    claims = [e for e in sentence_events if e.evidence.trigger_start in reading.mediator_nouns]
    talks = [e for e in sentence_events if e.event_type == "CONSULT" and e.broker is None]
    if not claims or not talks:
        return
    for event in talks:
        event.broker = claims[0].broker
        event.mode = "third-party"
        event.score = taxonomy.score(event.event_type, event.mode)
    reading.events = reading.events[:first] + [e for e in sentence_events if e not in claims]


def enrich_previous(
    reading: Reading, trigger: Trigger, date: DateMention | None, place: PlaceMention | None
) -> None:
    """A bare "cette rencontre" refers back to the last event of its type: add what it says."""
    for event in reversed(reading.events):
        if event.event_type == trigger.spec.type:
            if event.location is None and place is not None:
                event.location = place
                infer_meeting_mode(event)
            if event.date is None and date is not None:
                event.date = date
            return


def infer_meeting_mode(event: Event) -> None:
    """A meeting in one side's country is a visit by the others; in nobody's, hosted by a third party."""
    if event.event_type != "CONSULT" or event.mode is not None or event.location is None:
        return
    where = event.location.place.country
    people = event.actors + event.recipients
    countries = {e.country for e in people}
    if where is None or None in countries or len(people) < 2:
        return
    if where in countries and len(countries) > 1:
        event.mode = "visit"
        event.actors = [e for e in people if e.country != where]
        event.recipients = [e for e in people if e.country == where]
    elif where not in countries:
        event.mode = "third-party"
    event.score = taxonomy.score(event.event_type, event.mode)
