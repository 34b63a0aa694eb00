"""Stories written for these tests (typed, as the store returns them), and helpers to write more."""

from __future__ import annotations

from typing import Any

from dragoman.model import Entity, Story

Record = dict[str, Any]


def entity(name: str, kind: str, country: str | None = None, id: str | None = None, **extra: Any) -> Entity:
    """An entity as the extractor writes it (the surface text is the name here)."""
    return Entity(text=name, name=name, kind=kind, country=country, id=id, **extra)


def event(
    event_id: str,
    event_type: str,
    actors: list[Entity],
    recipients: list[Entity] | None = None,
    score: float | None = None,
    date: str | None = None,
    mode: str | None = None,
    where: str | None = None,
    sources: int = 1,
    documents: int = 1,
    broker: Entity | None = None,
    **extra: Any,
) -> Story:
    """A story of one event; `date` is an ISO value whose length gives its precision, `where` an ISO3
    country; `sources` and `documents` say how many reports it merges."""
    precision = {4: "year", 7: "month", 10: "day"}
    record = {
        "doc_id": "test",
        "event_id": event_id,
        "event_type": event_type,
        "mode": mode,
        "contexts": [],
        "actors": [a.record() for a in actors],
        "recipients": [r.record() for r in recipients or []],
        "date": {"text": date, "value": date, "precision": precision[len(date)]} if date else None,
        "location": {"text": where, "name": where, "country": where} if where else None,
        "auxiliary": [],
        "attribution": None,
        "evidence": {"sentence": "", "start": 0, "end": 0, "trigger": ""},
        "confidence": 0.9,
        "score": score,
        "broker": broker.record() if broker else None,
        **extra,
        "story_id": f"story:{event_id}",
        "sources": sources,
        "documents": documents,
    }
    return Story.from_record(record)


QATAR = entity("Qatar", "state", "QAT", "kb:country:QAT")
USA = entity("United States", "state", "USA", "kb:country:USA")
US_GOVERNMENT = entity("US administration", "government", "USA", "kb:country:USA")
TALIBAN_GOVERNMENT = entity("Taliban", "government", "AFG", "kb:org:taliban")
TALIBAN_MILITIA = entity("Taliban", "armed_group", "AFG", "kb:org:taliban")
AFGHAN_GOVERNMENT = entity("Afghan government", "government", "AFG", "kb:country:AFG")
QATARI_MINISTER = entity("Khalid Al-Khater", "person", "QAT", "kb:person:khater", role="minister")
TALIBAN_SPOKESMAN = entity("Zabihullah Mujahid", "person", "AFG", None, affiliation="TALIBAN")
AMNESTY_RESEARCHER = entity("Jane Roe", "person", None, None, affiliation="Amnesty International")
GOVERNMENTS = entity("governments", "state")
NATIONS = entity("many nations", "state")

# A story like the example article, told in our own words: Qatar keeps talking to the Taliban, whom
# most governments refuse to recognise, works with Washington, and lets Americans and Taliban negotiate
# in Doha.
DOHA: list[Story] = [
    event("d:1", "COERCE", [TALIBAN_MILITIA], [AFGHAN_GOVERNMENT], -7.0, "2021-08", mode="seize"),
    event("d:2", "REJECT", [GOVERNMENTS], [TALIBAN_GOVERNMENT], -2.0),
    event("d:3", "COOPERATE", [QATAR], [TALIBAN_GOVERNMENT], 9.5),
    event(
        "d:4", "CONSULT", [QATARI_MINISTER], [TALIBAN_SPOKESMAN], 4.0, "2023-05-12", mode="visit", where="AFG"
    ),
    event("d:5", "COOPERATE", [US_GOVERNMENT], [QATAR], 9.5),
    event("d:6", "REJECT", [NATIONS], [TALIBAN_MILITIA], -2.0, "2021"),
    event("d:7", "ACCUSE", [AMNESTY_RESEARCHER], [TALIBAN_GOVERNMENT], -2.0),
    event("d:8", "CONSULT", [USA, TALIBAN_GOVERNMENT], [], 1.0, mode="third-party", where="QAT"),
]
