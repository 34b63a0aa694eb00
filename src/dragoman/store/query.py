"""What a query asks of the store: the filter, and the SQL that selects the stored records it matches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dragoman.model import PartialDate
from dragoman.taxonomy import check_type


@dataclass(frozen=True)
class Filter:
    """Which stories (or reports) a query wants; every field is optional."""

    actor: str | None = None  # ISO3, knowledge-base id, or name (case-insensitive)
    event_type: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None

    @classmethod
    def of(
        cls,
        actor: str | None = None,
        type: str | None = None,  # the analyst's word, as on the command line
        since: str | PartialDate | None = None,
        until: str | PartialDate | None = None,
    ) -> Filter:
        """A filter from an analyst's values: a PLOVER type in any case, dates as YYYY[-MM[-DD]]; raises
        ConfigError (a ValueError) saying what is allowed."""
        return cls(actor, check_type(type) if type else None, _as_date(since), _as_date(until))


def _as_date(value: str | PartialDate | None) -> PartialDate | None:
    return PartialDate.parse(value) if isinstance(value, str) else value


def where_sql(where: Filter, *, reports: bool) -> tuple[str, list[Any]]:
    """The SELECT of the stored records (stories, or every article's own event) matching type and actor."""
    table, key = ("events", "event_id") if reports else ("stories", "story_id")
    sql = [f"SELECT t.record FROM {table} t WHERE 1 = 1"]
    params: list[Any] = []
    if where.event_type:
        sql.append("AND t.event_type = ?")
        params.append(where.event_type.upper())
    if where.actor:
        ids = (
            "t.event_id"
            if reports
            else "(SELECT se.event_id FROM story_events se WHERE se.story_id = t.story_id)"
        )
        sql.append(
            f"AND EXISTS (SELECT 1 FROM entities e WHERE e.event_id IN {ids} AND "
            "(upper(e.country) = upper(?) OR e.entity_id = ? OR lower(e.name) = lower(?) "
            "OR lower(e.affiliation) = lower(?)))"
        )
        params += [where.actor] * 4
    sql.append(f"ORDER BY t.{key}")
    return " ".join(sql), params


def in_period(record: Mapping[str, Any], since: PartialDate | None, until: PartialDate | None) -> bool:
    """Dated by the event's own date; an undated event by its first report (never outside the period)."""
    if since is None and until is None:
        return True
    value = (record.get("date") or {}).get("value") or record.get("first_reported")
    if not value:
        return False
    when = PartialDate.parse(str(value))
    if since and when.last_day() < since.first_day():
        return False
    return not (until and when.first_day() > until.last_day())
