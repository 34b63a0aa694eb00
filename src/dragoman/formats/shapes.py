"""The shapes analysts load, from typed stories: the EVENTS.md records, flat rows (`Story.row`), a dyadic
GDELT-like table (one row per actor–recipient pair) and PLOVER JSON records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dragoman.model import Entity, Story
from dragoman.taxonomy import quad_of


def _names(entities: Sequence[Entity], key: str) -> str | None:
    values = [str(getattr(e, key)) for e in entities if getattr(e, key)]
    return "; ".join(dict.fromkeys(values)) or None


def _report_ids(story: Story) -> str:
    return "; ".join(r.doc_id for r in story.reports)


def _dyads(story: Story) -> list[tuple[Entity, Entity | None]]:
    actors, recipients = story.event.actors, story.event.recipients
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    if len(actors) > 1:  # a meeting with no host: every pair of participants, once
        return [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    return [(a, None) for a in actors]


def gdelt_rows(stories: Iterable[Story]) -> list[dict[str, Any]]:
    """One row per actor/recipient pair, with GDELT 2.0 event-table column names where they fit."""
    rows = []
    for story in stories:
        event = story.event
        date, place = event.date, event.location
        for n, (a, b) in enumerate(_dyads(story)):
            rows.append(
                {
                    "GLOBALEVENTID": f"{story.story_id}#{n}",
                    "SQLDATE": date.date.value.replace("-", "") if date else None,
                    "DatePrecision": date.date.precision if date else None,
                    "Actor1Name": a.name,
                    "Actor1CountryCode": a.country,
                    "Actor1Type": a.kind,
                    "Actor1Id": a.id,
                    "Actor2Name": b.name if b else None,
                    "Actor2CountryCode": b.country if b else None,
                    "Actor2Type": b.kind if b else None,
                    "Actor2Id": b.id if b else None,
                    "EventCode": event.event_type,
                    "EventMode": event.mode,
                    "QuadClass": quad_of(event.event_type),
                    "GoldsteinScale": event.score,  # PLOVER's cooperation–conflict score, not Goldstein's
                    "NumMentions": len(story.reports),
                    "NumSources": story.sources,
                    "NumArticles": story.documents,
                    "ActionGeo_FullName": place.place.name if place else None,
                    "ActionGeo_CountryCode": place.place.country if place else None,
                    "ActionGeo_Lat": place.place.lat if place else None,
                    "ActionGeo_Long": place.place.lon if place else None,
                    "DATEADDED": story.first_reported,
                    "SOURCEURL": _report_ids(story),
                }
            )
    return rows


def _plover_side(entities: Sequence[Entity]) -> dict[str, Any]:
    return {
        "name": _names(entities, "name"),
        "country": _names(entities, "country"),
        "type": _names(entities, "kind"),
        "entities": [e.record() for e in entities],
    }


def plover_records(stories: Iterable[Story]) -> list[dict[str, Any]]:
    """PLOVER event records: event, mode, context, source and target actors, location, and the text."""
    out = []
    for story in stories:
        event = story.event
        out.append(
            {
                "id": story.story_id,
                "date": event.date.date.value if event.date else None,
                "date_precision": event.date.date.precision if event.date else None,
                "event": event.event_type,
                "mode": event.mode or "",
                "context": list(event.contexts),
                "quad": quad_of(event.event_type),
                "score": event.score,
                "source": _plover_side(event.actors),
                "target": _plover_side(event.recipients),
                "auxiliary": list(event.auxiliary),
                "location": event.location.record() if event.location else None,
                "text": event.evidence.sentence,
                "anchor": event.evidence.trigger,
                "attribution": event.attribution.record() if event.attribution else None,
                "reports": [r.record() for r in story.reports],
                "sources": story.sources,
                "documents": story.documents,
            }
        )
    return out
