"""Typed records that flow between the pipeline's stages (one definition each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "month", "year"]

ENTITY_KINDS = (
    "state",
    "government",
    "military",
    "police",
    "armed_group",
    "party",
    "igo",
    "ngo",
    "media",
    "person",
    "civilians",
    "business",
    "other",
)


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to a precision: 2023-05-12 (day), 2023-05 (month) or 2023 (year)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.month is None:
            return date(self.year, 12, 31)
        nxt = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse YYYY, YYYY-MM or YYYY-MM-DD; raise ValueError saying what is allowed."""
        parts = text.strip().split("-")
        try:
            if len(parts) > 3 or len(parts[0]) != 4:
                raise ValueError
            nums = [int(p) for p in parts]
            pd = cls(*nums)
            pd.first_day()  # validates month and day
        except (ValueError, TypeError):
            raise ValueError(f"invalid date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from None
        return pd

    def __str__(self) -> str:
        return self.value


@dataclass
class Document:
    """One article as read: `text` is the decoded text that every offset points into."""

    doc_id: str
    text: str
    language: str | None = None
    published: PartialDate | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the file (and line) it came from, for messages
    notes: list[str] = field(default_factory=list)  # what ingest decided and why


@dataclass
class Entity:
    """An actor as mentioned in the text and, when known, resolved to a canonical entity."""

    text: str
    name: str
    kind: str
    country: str | None = None
    id: str | None = None  # "kb:..." when the knowledge base knows it
    role: str | None = None
    affiliation: str | None = None
    start: int | None = None
    end: int | None = None
    # Not named in the text but implied by a coding convention (a protest with no target is aimed at the
    # protesters' government): `text` is then empty and there are no offsets.
    implied: bool = False

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "name": self.name,
            "id": self.id,
            "country": self.country,
            "kind": self.kind,
        }
        if self.role:
            out["role"] = self.role
        if self.affiliation:
            out["affiliation"] = self.affiliation
        if self.implied:
            out["implied"] = True
        return out


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and its resolved value."""

    text: str
    date: PartialDate
    start: int
    end: int

    def record(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.date.value, "precision": self.date.precision}


@dataclass(frozen=True)
class Place:
    """A gazetteer place: a city, region or country with coordinates."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = "city"  # city, admin, country
    geonameid: int | None = None


@dataclass(frozen=True)
class PlaceMention:
    text: str
    place: Place
    start: int
    end: int

    def record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.place.name,
            "country": self.place.country,
            "lat": self.place.lat,
            "lon": self.place.lon,
        }


@dataclass
class Attribution:
    """Who says so: the source entity and the cue ("selon X", "X a déclaré que")."""

    source: Entity | None
    text: str

    def record(self) -> dict[str, Any]:
        return {"source": self.source.record() if self.source else None, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None

    def record(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "trigger": self.trigger}


@dataclass
class Event:
    """One PLOVER event with the provenance of each field (the EVENTS.md contract)."""

    doc_id: str
    event_id: str
    event_type: str
    mode: str | None
    contexts: list[str]
    actors: list[Entity]
    recipients: list[Entity]
    date: DateMention | None
    location: PlaceMention | None
    auxiliary: list[str]
    attribution: Attribution | None
    evidence: Evidence
    confidence: float
    score: float
    mentions: list[Evidence] = field(default_factory=list)  # other tellings of the same event
    broker: Entity | None = None  # who hosts or mediates talks between the actors (mode third-party)

    def record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "actors": [a.record() for a in self.actors],
            "recipients": [r.record() for r in self.recipients],
            "date": self.date.record() if self.date else None,
            "location": self.location.record() if self.location else None,
            "auxiliary": list(self.auxiliary),
            "attribution": self.attribution.record() if self.attribution else None,
            "evidence": self.evidence.record(),
            "confidence": round(self.confidence, 3),
            "score": self.score,
            "mentions": [m.record() for m in self.mentions],
            "broker": self.broker.record() if self.broker else None,
        }


@dataclass
class Quote:
    """Reported speech: who said what, with the cue that introduces it."""

    doc_id: str
    speaker: Entity | None
    quote: str
    start: int
    end: int
    cue: str
    about: list[Entity] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "speaker": self.speaker.record() if self.speaker else None,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "about": [a.record() for a in self.about],
        }
