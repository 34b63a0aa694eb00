"""One event from many reports: cluster what several articles say about the same real-world event.

Two reports are the same event when they come from different articles, have the same PLOVER type,
the same participants (as network actors, so "Qatar's prime minister" and "le Qatar" are one side),
dates that overlap within a window, and places in the same country (or no place). Undated reports
are placed at their article's publication date for this comparison only. Nothing is dropped: every
report stays in `reports` with its provenance, and disagreeing dates or places are kept as
alternatives, each with the reports that give it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dragoman.model import PartialDate

Record = Mapping[str, Any]
NodeOf = Callable[[Mapping[str, Any]], str | None]

# Types whose two sides do the same thing to each other: who is "actor" is the writer's choice.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})

# How far apart two reports' dates may be and still tell the same event: wire copy often gives the
# day before or after, or only "this week".
DEFAULT_WINDOW_DAYS = 3

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True)
class Report:
    """One article's telling of an event, with what the merge needs to know about its article."""

    record: Record
    published: PartialDate | None
    source: str  # the outlet or document that reports it


@dataclass(frozen=True)
class Story:
    """A real-world event and every report of it; `record` is the EVENTS.md record plus merge fields."""

    story_id: str
    record: dict[str, Any]
    event_ids: tuple[str, ...]


def _participants(record: Record, node_of: NodeOf) -> tuple[frozenset[str], frozenset[str]] | None:
    actors = frozenset(n for e in record.get("actors") or [] if (n := node_of(e)))
    recipients = frozenset(n for e in record.get("recipients") or [] if (n := node_of(e)))
    if not actors and not recipients:
        return None  # only generic actors ("countries"): too vague to say two articles mean one event
    if record.get("event_type") in SYMMETRIC_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def _interval(report: Report) -> tuple[date, date, bool] | None:
    """When the report says it happened, and whether that is its own date (else its publication)."""
    value = (report.record.get("date") or {}).get("value")
    if value:
        when = PartialDate.parse(str(value))
        return when.first_day(), when.last_day(), True
    if report.published is None:
        return None
    return report.published.first_day(), report.published.last_day(), False


def _dates_compatible(a: Report, b: Report, window: timedelta) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    if ia[2] == ib[2]:  # two event dates, or two publication dates
        return ia[0] - window <= ib[1] and ib[0] - window <= ia[1]
    # An undated report tells something that happened in the days before it was published, not after.
    dated, undated = (ia, ib) if ia[2] else (ib, ia)
    return undated[0] - window <= dated[1] and dated[0] <= undated[1]


def _dated(report: Report) -> bool:
    return bool((report.record.get("date") or {}).get("value"))


def _place_country(report: Report) -> str | None:
    loc = report.record.get("location") or {}
    return loc.get("country") or None


def _places_compatible(a: Report, b: Report) -> bool:
    ca, cb = _place_country(a), _place_country(b)
    return ca is None or cb is None or ca == cb


def _doc(report: Report) -> str:
    return str(report.record.get("doc_id"))


def _precision(report: Report) -> tuple[int, int, float]:
    """How good a telling is as the story's face: precise date, then named participants, then confidence."""
    date_ = report.record.get("date") or {}
    named = sum(1 for side in ("actors", "recipients") for e in report.record.get(side) or [] if e.get("id"))
    return (
        _PRECISION_RANK.get(date_.get("precision", ""), 0),
        named,
        float(report.record.get("confidence") or 0),
    )


def _clusters(reports: Sequence[Report], node_of: NodeOf, window: timedelta) -> list[list[int]]:
    buckets: dict[tuple[str, frozenset[str], frozenset[str]], list[int]] = {}
    singles: list[list[int]] = []
    for i, report in enumerate(reports):
        sides = _participants(report.record, node_of)
        if sides is None:
            singles.append([i])
            continue
        buckets.setdefault((str(report.record.get("event_type")), *sides), []).append(i)
    # One actor doing one kind of thing is common: two articles a day apart in which a candidate
    # "denies" are not one event unless both say when it happened.
    one_sided = {key for key in buckets if len(key[1] | key[2]) < 2}
    clusters = singles
    for key, members in buckets.items():
        groups: list[list[int]] = []
        for i in members:
            # A report joins the first group it fits with every member of: no chaining of a Monday
            # report to a Friday one through a Wednesday report.
            home = next(
                (
                    g
                    for g in groups
                    if all(
                        _doc(reports[i]) != _doc(reports[j])
                        and (key not in one_sided or (_dated(reports[i]) and _dated(reports[j])))
                        and _dates_compatible(reports[i], reports[j], window)
                        and _places_compatible(reports[i], reports[j])
                        for j in g
                    )
                ),
                None,
            )
            if home is None:
                groups.append([i])
            else:
                home.append(i)
        clusters.extend(groups)
    return clusters


def _alternatives(reports: Sequence[Report], field: str, key: str) -> list[dict[str, Any]]:
    """Distinct values of a field with the reports that give each; empty when they all agree."""
    seen: dict[str, dict[str, Any]] = {}
    for report in reports:
        value = report.record.get(field)
        if not value or not value.get(key):
            continue
        entry = seen.setdefault(str(value[key]), {**value, "event_ids": []})
        entry["event_ids"].append(report.record.get("event_id"))
    if field == "date":
        # "2023-05" and "2023-05-12" agree: only values neither of which contains the other disagree.
        values = sorted(seen)
        if all(b.startswith(a) for a, b in itertools.pairwise(values)):
            return []
    return list(seen.values()) if len(seen) > 1 else []


def _story(reports: Sequence[Report]) -> Story:
    by_report = sorted(reports, key=lambda r: (str(r.published or ""), str(r.record.get("event_id"))))
    face = max(reports, key=_precision)
    record = dict(face.record)
    published = [str(r.published) for r in reports if r.published]
    story_id = f"story:{by_report[0].record.get('event_id')}"
    record.update(
        story_id=story_id,
        sources=len({r.source for r in reports}),
        documents=len({_doc(r) for r in reports}),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        date_alternatives=_alternatives(reports, "date", "value"),
        location_alternatives=_alternatives(reports, "location", "name"),
        reports=[
            {
                "event_id": r.record.get("event_id"),
                "doc_id": r.record.get("doc_id"),
                "published": str(r.published) if r.published else None,
                "source": r.source,
                "event_type": r.record.get("event_type"),
                "mode": r.record.get("mode"),
                "date": r.record.get("date"),
                "location": r.record.get("location"),
                "attribution": r.record.get("attribution"),
                "evidence": r.record.get("evidence"),
            }
            for r in by_report
        ],
    )
    if record.get("date") is None:
        # The face has no date but another report has one: a date told by any source beats none.
        dated = [r for r in reports if r.record.get("date")]
        if dated:
            record["date"] = max(dated, key=_precision).record["date"]
    if record.get("location") is None:
        placed = [r for r in reports if r.record.get("location")]
        if placed:
            record["location"] = placed[0].record["location"]
    event_ids = tuple(str(r.record.get("event_id")) for r in by_report)
    return Story(story_id, record, event_ids)


def merge_reports(
    reports: Iterable[Report], node_of: NodeOf, *, window_days: int = DEFAULT_WINDOW_DAYS
) -> list[Story]:
    """Stories from reports, in the order of their first report."""
    items = list(reports)
    clusters = _clusters(items, node_of, timedelta(days=window_days))
    stories = [_story([items[i] for i in members]) for members in clusters]
    return sorted(stories, key=lambda s: (str(s.record.get("first_reported") or ""), s.story_id))
