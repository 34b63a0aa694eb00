"""Typed records that flow between the pipeline's stages (one definition each)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dragoman import taxonomy
from dragoman.errors import DragomanError

Precision = Literal["day", "month", "year"]
# How much a date says: a day says more than a month, a month more than a year.
PRECISION_RANK: dict[str, int] = {"day": 3, "month": 2, "year": 1}

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
# Kinds of actor that bear no arms: an act of armed forces told of them is something else for them
# (coding.yaml `unarmed`).
UNARMED_KINDS = frozenset({"civilians", "party", "ngo", "media", "business"})


def _joined(values: Iterable[str | None]) -> str | None:
    """Distinct non-empty values in order, joined with "; " (None when there are none)."""
    return "; ".join(dict.fromkeys(v for v in values if v)) or None


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


def content_hash(text: str) -> str:
    """The identity of a document: the same text read twice is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


@dataclass(frozen=True)
class ReaderVersion:
    """What read a stored document: fingerprints of the extractor (its code, language data and model) and
    of the knowledge base (the packaged one and the user's files). Another one reads it differently."""

    extractor: str
    kb: str


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

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Entity:
        """The entity of a stored record (offsets are not stored)."""
        return cls(
            text=str(rec.get("text") or ""),
            name=str(rec.get("name") or rec.get("text") or ""),
            kind=str(rec.get("kind") or "other"),
            country=rec.get("country"),
            id=rec.get("id"),
            role=rec.get("role"),
            affiliation=rec.get("affiliation"),
            implied=bool(rec.get("implied", False)),
        )


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and its resolved value."""

    text: str
    date: PartialDate
    start: int | None = None  # None when read back from a stored record
    end: int | None = None

    def record(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.date.value, "precision": self.date.precision}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> DateMention:
        return cls(text=str(rec.get("text") or ""), date=PartialDate.parse(str(rec["value"])))


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
    start: int | None = None  # None when read back from a stored record
    end: int | None = None

    def record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.place.name,
            "country": self.place.country,
            "lat": self.place.lat,
            "lon": self.place.lon,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> PlaceMention:
        place = Place(
            name=str(rec.get("name") or ""),
            country=rec.get("country"),
            lat=rec.get("lat"),
            lon=rec.get("lon"),
            feature="unknown",
        )
        return cls(text=str(rec.get("text") or ""), place=place)


@dataclass
class Attribution:
    """Who says so: the source entity and the cue ("selon X", "X a déclaré que")."""

    source: Entity | None
    text: str

    def record(self) -> dict[str, Any]:
        return {"source": self.source.record() if self.source else None, "text": self.text}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Attribution:
        source = rec.get("source")
        return cls(Entity.from_record(source) if source else None, str(rec.get("text") or ""))


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None

    def record(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "trigger": self.trigger}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Evidence:
        return cls(
            sentence=str(rec.get("sentence") or ""),
            start=int(rec.get("start") or 0),
            end=int(rec.get("end") or 0),
            trigger=str(rec.get("trigger") or ""),
        )


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

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Event:
        """The event of an EVENTS.md record, as the store keeps it; `record()` gives the record back."""
        return cls(
            doc_id=str(rec["doc_id"]),
            event_id=str(rec["event_id"]),
            event_type=str(rec["event_type"]),
            mode=rec.get("mode"),
            contexts=list(rec.get("contexts") or []),
            actors=[Entity.from_record(e) for e in rec.get("actors") or []],
            recipients=[Entity.from_record(e) for e in rec.get("recipients") or []],
            date=DateMention.from_record(rec["date"]) if rec.get("date") else None,
            location=PlaceMention.from_record(rec["location"]) if rec.get("location") else None,
            auxiliary=list(rec.get("auxiliary") or []),
            attribution=Attribution.from_record(rec["attribution"]) if rec.get("attribution") else None,
            evidence=Evidence.from_record(rec.get("evidence") or {}),
            confidence=float(rec.get("confidence") or 0.0),
            score=(
                float(rec["score"])
                if rec.get("score") is not None
                else taxonomy.score(str(rec["event_type"]), rec.get("mode"))
            ),
            mentions=[Evidence.from_record(m) for m in rec.get("mentions") or []],
            broker=Entity.from_record(rec["broker"]) if rec.get("broker") else None,
        )

    def row(self) -> dict[str, Any]:
        """The event as one flat row (CSV, Parquet, pandas): lists joined with "; "."""
        date, place = self.date, self.location
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "quad": taxonomy.quad_of(self.event_type),
            "score": self.score,
            "date": date.date.value if date else None,
            "date_precision": date.date.precision if date else None,
            "actors": _joined(e.name for e in self.actors),
            "actor_countries": _joined(e.country for e in self.actors),
            "actor_kinds": _joined(e.kind for e in self.actors),
            "recipients": _joined(e.name for e in self.recipients),
            "recipient_countries": _joined(e.country for e in self.recipients),
            "recipient_kinds": _joined(e.kind for e in self.recipients),
            "location": place.place.name if place else None,
            "location_country": place.place.country if place else None,
            "lat": place.place.lat if place else None,
            "lon": place.place.lon if place else None,
            "attributed_to": self.attribution.source.name
            if self.attribution and self.attribution.source
            else None,
            "auxiliary": "; ".join(self.auxiliary) or None,
            "sources": 1,
            "documents": 1,
            "first_reported": None,
            "last_reported": None,
            "date_alternatives": 0,
            "doc_ids": self.doc_id,
            "sentence": self.evidence.sentence,
            "trigger": self.evidence.trigger,
        }

    @property
    def participants(self) -> list[Entity]:
        """Actors, recipients and the broker if any: every entity that can be a network actor."""
        return [*self.actors, *self.recipients, *([self.broker] if self.broker else [])]


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


@dataclass
class Extraction:
    """What one document yields: its events and its quotes, and its sentences' character spans."""

    document: Document
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A document that yielded nothing, and why: `source` is "path" or "path:line"; the message names
    a place only when it is another one (the sidecar of a file, say)."""

    source: str
    message: str
    code: str

    @classmethod
    def of(cls, error: DragomanError, source: str) -> Problem:
        message = error.message if error.where in (None, source) else str(error)
        return cls(source=source, message=message, code=error.code)

    def __str__(self) -> str:
        return f"{self.source}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class StoryReport:
    """One article's telling of a story: which event of which document, and what it says."""

    event_id: str
    doc_id: str
    published: str | None
    source: str  # the source the article cites, else the outlet, else the article
    event_type: str
    mode: str | None
    date: DateMention | None
    location: PlaceMention | None
    attribution: Attribution | None
    evidence: Evidence

    def record(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "published": self.published,
            "source": self.source,
            "event_type": self.event_type,
            "mode": self.mode,
            "date": self.date.record() if self.date else None,
            "location": self.location.record() if self.location else None,
            "attribution": self.attribution.record() if self.attribution else None,
            "evidence": self.evidence.record(),
        }

    @classmethod
    def of(cls, event: Event, published: str | None, source: str) -> StoryReport:
        """The telling of `event` by an article published on `published` and reported by `source`."""
        return cls(
            event_id=event.event_id,
            doc_id=event.doc_id,
            published=published,
            source=source,
            event_type=event.event_type,
            mode=event.mode,
            date=event.date,
            location=event.location,
            attribution=event.attribution,
            evidence=event.evidence,
        )

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> StoryReport:
        return cls(
            event_id=str(rec.get("event_id")),
            doc_id=str(rec.get("doc_id")),
            published=rec.get("published"),
            source=str(rec.get("source")),
            event_type=str(rec.get("event_type")),
            mode=rec.get("mode"),
            date=DateMention.from_record(rec["date"]) if rec.get("date") else None,
            location=PlaceMention.from_record(rec["location"]) if rec.get("location") else None,
            attribution=Attribution.from_record(rec["attribution"]) if rec.get("attribution") else None,
            evidence=Evidence.from_record(rec.get("evidence") or {}),
        )


@dataclass(frozen=True)
class Story:
    """A real-world event told by one or more reports: `event` is the most precise telling (with a date or
    place another report gives when it has none), then what the reports say together."""

    story_id: str
    event: Event
    sources: int
    documents: int
    first_reported: str | None
    last_reported: str | None
    # Values the reports disagree on, each {..the date or place record.., "event_ids": [...]}.
    date_alternatives: tuple[dict[str, Any], ...]
    location_alternatives: tuple[dict[str, Any], ...]
    reports: tuple[StoryReport, ...]

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(r.event_id for r in self.reports)

    def record(self) -> dict[str, Any]:
        """The EVENTS.md record of its face, with the story's fields after it."""
        return {
            **self.event.record(),
            "story_id": self.story_id,
            "sources": self.sources,
            "documents": self.documents,
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
            "date_alternatives": [dict(a) for a in self.date_alternatives],
            "location_alternatives": [dict(a) for a in self.location_alternatives],
            "reports": [r.record() for r in self.reports],
        }

    def row(self) -> dict[str, Any]:
        """The story as one flat row: its face's fields, the story id, counts and every report's doc_id."""
        return {
            **self.event.row(),
            "event_id": self.story_id,
            "sources": self.sources,
            "documents": self.documents,
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
            "date_alternatives": len(self.date_alternatives),
            "doc_ids": "; ".join(r.doc_id for r in self.reports),
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Story:
        return cls(
            story_id=str(rec["story_id"]),
            event=Event.from_record(rec),
            sources=int(rec.get("sources") or 1),
            documents=int(rec.get("documents") or 1),
            first_reported=rec.get("first_reported"),
            last_reported=rec.get("last_reported"),
            date_alternatives=tuple(rec.get("date_alternatives") or ()),
            location_alternatives=tuple(rec.get("location_alternatives") or ()),
            reports=tuple(StoryReport.from_record(r) for r in rec.get("reports") or ()),
        )

    @classmethod
    def single(cls, event: Event, *, published: str | None = None, source: str | None = None) -> Story:
        """An event as a story of one report (an extraction's event, before any store)."""
        report = StoryReport.of(event, published, source or event.doc_id)
        return cls(f"story:{event.event_id}", event, 1, 1, published, published, (), (), (report,))
