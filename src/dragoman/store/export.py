"""The stories in the shapes analysts load: flat rows (CSV, Parquet, pandas), a dyadic GDELT-like table
(one row per actor–recipient pair), and PLOVER JSON records.

All three are pure functions of the story records that `Store.events` returns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dragoman.taxonomy import quad_of

Record = Mapping[str, Any]


def _names(entities: Sequence[Mapping[str, Any]], key: str) -> str | None:
    values = [str(e.get(key)) for e in entities if e.get(key)]
    return "; ".join(dict.fromkeys(values)) or None


def _report_ids(record: Record) -> str:
    return "; ".join(
        str(r.get("doc_id")) for r in record.get("reports") or [{"doc_id": record.get("doc_id")}]
    )


def flat_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One row per event: lists joined with "; ", the first report's evidence, counts of reports."""
    rows = []
    for r in records:
        actors, recipients = r.get("actors") or [], r.get("recipients") or []
        date, loc = r.get("date") or {}, r.get("location") or {}
        source = ((r.get("attribution") or {}).get("source") or {}).get("name")
        evidence = r.get("evidence") or {}
        rows.append(
            {
                "event_id": r.get("story_id") or r.get("event_id"),
                "event_type": r.get("event_type"),
                "mode": r.get("mode"),
                "quad": quad_of(str(r.get("event_type"))),
                "score": r.get("score"),
                "date": date.get("value"),
                "date_precision": date.get("precision"),
                "actors": _names(actors, "name"),
                "actor_countries": _names(actors, "country"),
                "actor_kinds": _names(actors, "kind"),
                "recipients": _names(recipients, "name"),
                "recipient_countries": _names(recipients, "country"),
                "recipient_kinds": _names(recipients, "kind"),
                "location": loc.get("name"),
                "location_country": loc.get("country"),
                "lat": loc.get("lat"),
                "lon": loc.get("lon"),
                "attributed_to": source,
                "auxiliary": "; ".join(r.get("auxiliary") or []) or None,
                "sources": r.get("sources", 1),
                "documents": r.get("documents", 1),
                "first_reported": r.get("first_reported"),
                "last_reported": r.get("last_reported"),
                "date_alternatives": len(r.get("date_alternatives") or []),
                "doc_ids": _report_ids(r),
                "sentence": evidence.get("sentence"),
                "trigger": evidence.get("trigger"),
            }
        )
    return rows


def _dyads(record: Record) -> list[tuple[Mapping[str, Any], Mapping[str, Any] | None]]:
    actors = list(record.get("actors") or [])
    recipients = list(record.get("recipients") or [])
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    if len(actors) > 1:  # a meeting with no host: every pair of participants, once
        return [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    return [(a, None) for a in actors]


def gdelt_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """One row per actor/recipient pair, with GDELT 2.0 event-table column names where they fit."""
    rows = []
    for r in records:
        date, loc = r.get("date") or {}, r.get("location") or {}
        for n, (a, b) in enumerate(_dyads(r)):
            rows.append(
                {
                    "GLOBALEVENTID": f"{r.get('story_id') or r.get('event_id')}#{n}",
                    "SQLDATE": (date.get("value") or "").replace("-", "") or None,
                    "DatePrecision": date.get("precision"),
                    "Actor1Name": a.get("name"),
                    "Actor1CountryCode": a.get("country"),
                    "Actor1Type": a.get("kind"),
                    "Actor1Id": a.get("id"),
                    "Actor2Name": b.get("name") if b else None,
                    "Actor2CountryCode": b.get("country") if b else None,
                    "Actor2Type": b.get("kind") if b else None,
                    "Actor2Id": b.get("id") if b else None,
                    "EventCode": r.get("event_type"),
                    "EventMode": r.get("mode"),
                    "QuadClass": quad_of(str(r.get("event_type"))),
                    "GoldsteinScale": r.get("score"),  # PLOVER's cooperation–conflict score, not Goldstein's
                    "NumMentions": len(r.get("reports") or [None]),
                    "NumSources": r.get("sources", 1),
                    "NumArticles": r.get("documents", 1),
                    "ActionGeo_FullName": loc.get("name"),
                    "ActionGeo_CountryCode": loc.get("country"),
                    "ActionGeo_Lat": loc.get("lat"),
                    "ActionGeo_Long": loc.get("lon"),
                    "DATEADDED": r.get("first_reported"),
                    "SOURCEURL": _report_ids(r),
                }
            )
    return rows


def _plover_side(entities: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    return {
        "name": _names(entities, "name"),
        "country": _names(entities, "country"),
        "type": _names(entities, "kind"),
        "entities": list(entities),
    }


def plover_records(records: Iterable[Record]) -> list[dict[str, Any]]:
    """PLOVER event records: event, mode, context, source and target actors, location, and the text."""
    out = []
    for r in records:
        date = r.get("date") or {}
        evidence = r.get("evidence") or {}
        out.append(
            {
                "id": r.get("story_id") or r.get("event_id"),
                "date": date.get("value"),
                "date_precision": date.get("precision"),
                "event": r.get("event_type"),
                "mode": r.get("mode") or "",
                "context": list(r.get("contexts") or []),
                "quad": quad_of(str(r.get("event_type"))),
                "score": r.get("score"),
                "source": _plover_side(r.get("actors") or []),
                "target": _plover_side(r.get("recipients") or []),
                "auxiliary": list(r.get("auxiliary") or []),
                "location": r.get("location"),
                "text": evidence.get("sentence"),
                "anchor": evidence.get("trigger"),
                "attribution": r.get("attribution"),
                "reports": r.get("reports") or [],
                "sources": r.get("sources", 1),
                "documents": r.get("documents", 1),
            }
        )
    return out


def jsonl(records: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    for r in records:
        yield json.dumps(r, ensure_ascii=False) + "\n"
