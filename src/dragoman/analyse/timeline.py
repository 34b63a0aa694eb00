"""The history of one dyad: cooperation and conflict between two actors, month by month.

An event belongs to the dyad when it ties a node of one side to a node of the other in the network
(either direction, hosted talks included). Events dated to the day or month fall in their month; events
dated only to a year are kept apart in yearly rows, not spread over twelve months; undated events are
one row of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dragoman.analyse.actors import index_actors
from dragoman.analyse.network import event_date, event_score, event_ties, happened
from dragoman.model import Story

TIMELINE_EXPLANATION = (
    "One row per month of the events between the two actors (either way round): cooperation is the sum "
    "of their positive PLOVER scores, conflict the sum of the negative ones, net their sum and mean the "
    "mean score. Months without events are shown as zero between the first and the last. Events the text "
    "dates only to a year are listed per year, and undated events together, rather than being guessed "
    "into a month. An ISO3 code stands for every actor of that country (AFG: Afghanistan and the Taliban)."
)


@dataclass(frozen=True)
class PeriodRow:
    """The dyad's events in one period: a month (YYYY-MM), a year (YYYY) or "undated"."""

    period: str
    events: int
    cooperation: float
    conflict: float
    net: float
    mean: float

    @classmethod
    def of(cls, period: str, scores: list[float]) -> PeriodRow:
        """The row summing `scores`, the PLOVER scores of the period's events."""
        net = sum(scores, 0.0)
        return cls(
            period,
            len(scores),
            round(sum((s for s in scores if s > 0), 0.0), 3),
            round(sum((s for s in scores if s < 0), 0.0), 3),
            round(net, 3),
            round(net / len(scores), 3) if scores else 0.0,
        )


@dataclass(frozen=True)
class Timeline:
    """A dyad's history: monthly rows (gaps filled), year-only rows and the undated events."""

    a: str
    b: str
    months: tuple[PeriodRow, ...]
    years: tuple[PeriodRow, ...]
    undated: PeriodRow


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline(stories: Iterable[Story], a: str, b: str) -> Timeline:
    """The monthly history of the dyad a–b; a and b are ISO3 codes, node labels or entity ids.

    Raises NotFoundError naming the known actors when a or b matches none.
    """
    stories = happened(stories)
    index = index_actors(stories)
    side_a, side_b = index.lookup(a), index.lookup(b)
    months: dict[str, list[float]] = {}
    years: dict[str, list[float]] = {}
    undated: list[float] = []
    for story in stories:
        if not any(
            (t.source in side_a and t.target in side_b) or (t.source in side_b and t.target in side_a)
            for t in event_ties(story, index)
        ):
            continue
        date, score = event_date(story), event_score(story)
        if date is None:
            undated.append(score)
        elif len(date) == 4:
            years.setdefault(date, []).append(score)
        else:
            months.setdefault(date[:7], []).append(score)
    span = _month_range(min(months), max(months)) if months else []
    return Timeline(
        a,
        b,
        tuple(PeriodRow.of(month, months.get(month, [])) for month in span),
        tuple(PeriodRow.of(year, years[year]) for year in sorted(years)),
        PeriodRow.of("undated", undated),
    )
