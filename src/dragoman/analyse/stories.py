"""One event from many reports: cluster what several articles say about the same real-world event.

Two reports are the same event when they come from different articles, have the same PLOVER type,
the same participants (a known entity by its id, an unknown person by name, anything else as the
network actor it stands for), dates that overlap within a window, and places in the same country (or no
place). Undated reports are placed at their article's publication date for this comparison only.
Nothing is dropped: every report stays in the story with its provenance, and disagreeing dates or places
are kept as alternatives, each with the reports that give it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from dragoman.analyse.actors import ActorIndex, index_actors
from dragoman.model import PRECISION_RANK, Entity, Event, PartialDate, Story, StoryReport
from dragoman.resolve.identity import entity_key
from dragoman.taxonomy import SYMMETRIC_TYPES

NodeOf = Callable[[Entity], str | None]

# How far apart two reports' dates may be and still tell the same event: wire copy often gives the
# day before or after, or only "this week".
DEFAULT_WINDOW_DAYS = 3


@dataclass(frozen=True)
class Report:
    """One article's telling of an event, with what the merge needs to know about its article."""

    event: Event
    published: PartialDate | None
    source: str  # the outlet or document that reports it


def report_of(event: Event, published: PartialDate | None, url: str | None) -> Report:
    """The report of `event`; its source is the one the article cites, else the outlet (URL host), else
    the article."""
    cited = event.attribution.source.name if event.attribution and event.attribution.source else None
    host = urlparse(url or "").hostname
    return Report(event, published, cited or host or event.doc_id)


def merge_key(index: ActorIndex) -> NodeOf:
    """Who an entity is when reports are compared: a known entity by its id ("Oman's foreign minister"
    and "le ministre omanais" are one person), an unknown person by name, anything else as the
    network actor it stands for. People are not folded into their country here as in the network:
    two French ministers each defending someone the same week are two events."""

    def key(entity: Entity) -> str | None:
        return entity_key(entity) or index.node(entity)

    return key


def _participants(event: Event, node_of: NodeOf) -> tuple[frozenset[str], frozenset[str]] | None:
    actors = frozenset(n for e in event.actors if (n := node_of(e)))
    recipients = frozenset(n for e in event.recipients if (n := node_of(e)))
    if not actors and not recipients:
        return None  # only generic actors ("countries"): too vague to say two articles mean one event
    if event.event_type in SYMMETRIC_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def _interval(report: Report) -> tuple[date, date, bool] | None:
    """When the report says it happened, and whether that is its own date (else its publication)."""
    if report.event.date is not None:
        when = report.event.date.date
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
    return report.event.date is not None


def _places_compatible(a: Report, b: Report) -> bool:
    ca = a.event.location.place.country if a.event.location else None
    cb = b.event.location.place.country if b.event.location else None
    return not ca or not cb or ca == cb


def _precision(report: Report) -> tuple[int, int, float]:
    """How good a telling is as the story's face: precise date, then named participants, then confidence."""
    event = report.event
    named = sum(1 for e in [*event.actors, *event.recipients] if e.id)
    rank = PRECISION_RANK.get(event.date.date.precision, 0) if event.date else 0
    return rank, named, event.confidence


def _clusters(reports: Sequence[Report], node_of: NodeOf, window: timedelta) -> list[list[int]]:
    buckets: dict[tuple[str, frozenset[str], frozenset[str]], list[int]] = {}
    singles: list[list[int]] = []
    for i, report in enumerate(reports):
        sides = _participants(report.event, node_of)
        if sides is None:
            singles.append([i])
            continue
        buckets.setdefault((report.event.event_type, *sides), []).append(i)
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
                        reports[i].event.doc_id != reports[j].event.doc_id
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


def _alternatives(
    values: Sequence[tuple[dict[str, Any] | None, str]], key: str
) -> tuple[dict[str, Any], ...]:
    """Distinct values of a field (date or place records, with the event that gives each), each with the
    events that give it; empty when they all agree."""
    seen: dict[str, dict[str, Any]] = {}
    for value, event_id in values:
        if not value or not value.get(key):
            continue
        entry = seen.setdefault(str(value[key]), {**value, "event_ids": []})
        entry["event_ids"].append(event_id)
    if key == "value":
        # "2023-05" and "2023-05-12" agree: only values neither of which contains the other disagree.
        ordered = sorted(seen)
        if all(b.startswith(a) for a, b in itertools.pairwise(ordered)):
            return ()
    return tuple(seen.values()) if len(seen) > 1 else ()


def _story(reports: Sequence[Report]) -> Story:
    by_report = sorted(reports, key=lambda r: (str(r.published or ""), r.event.event_id))
    face = max(reports, key=_precision).event
    if face.date is None:
        # The face has no date but another report has one: a date told by any source beats none.
        dated = [r for r in reports if r.event.date is not None]
        if dated:
            face = dataclasses.replace(face, date=max(dated, key=_precision).event.date)
    if face.location is None:
        placed = [r for r in reports if r.event.location is not None]
        if placed:
            face = dataclasses.replace(face, location=placed[0].event.location)
    published = [str(r.published) for r in reports if r.published]
    return Story(
        story_id=f"story:{by_report[0].event.event_id}",
        event=face,
        sources=len({r.source for r in reports}),
        documents=len({r.event.doc_id for r in reports}),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        date_alternatives=_alternatives(
            [(r.event.date.record() if r.event.date else None, r.event.event_id) for r in reports], "value"
        ),
        location_alternatives=_alternatives(
            [(r.event.location.record() if r.event.location else None, r.event.event_id) for r in reports],
            "name",
        ),
        reports=tuple(
            StoryReport.of(r.event, str(r.published) if r.published else None, r.source) for r in by_report
        ),
    )


def merge_reports(
    reports: Iterable[Report], node_of: NodeOf | None = None, *, window_days: int = DEFAULT_WINDOW_DAYS
) -> list[Story]:
    """Stories from reports, in the order of their first report; `node_of` defaults to `merge_key` over
    the actors of these reports."""
    items = list(reports)
    if node_of is None:
        node_of = merge_key(index_actors(Story.single(r.event) for r in items))
    clusters = _clusters(items, node_of, timedelta(days=window_days))
    stories = [_story([items[i] for i in members]) for members in clusters]
    return sorted(stories, key=lambda s: (str(s.first_reported or ""), s.story_id))
