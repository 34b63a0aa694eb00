"""Within one article, the same event told twice ("a rencontré ses dirigeants le mois dernier" ...
"se sont rencontrés le 12 mai") becomes one record: the most precise telling, with the others kept as
further mentions of it."""

from __future__ import annotations

from dragoman.model import PRECISION_RANK, DateMention, Entity, Event
from dragoman.taxonomy import SYMMETRIC_TYPES


def _countries(entities: list[Entity]) -> frozenset[str] | None:
    countries = {e.country for e in entities}
    return None if None in countries else frozenset(c for c in countries if c is not None)


def _sides(event: Event) -> tuple[frozenset[str], frozenset[str]] | None:
    """The countries of each side (of everyone together for a symmetric type); None when one participant's
    country is unknown. "The US accused China" and "China accused the US" are two events."""
    actors, recipients = _countries(event.actors), _countries(event.recipients)
    if actors is None or recipients is None or not actors | recipients:
        return None
    if event.event_type in SYMMETRIC_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def _dates_compatible(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None:
        return True
    shorter, longer = sorted((a.date.value, b.date.value), key=len)
    return longer.startswith(shorter)


def _same(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or set(a.auxiliary) != set(b.auxiliary):
        return False
    sides_a, sides_b = _sides(a), _sides(b)
    if sides_a is None or sides_b is None or sides_a != sides_b or len(sides_a[0] | sides_a[1]) < 2:
        return False
    if a.location and b.location and a.location.place != b.location.place:
        return False
    return _dates_compatible(a.date, b.date)


def _richness(event: Event) -> tuple[int, int, int, int]:
    """Which telling says most: a finer date, a place, named people, a source."""
    date_rank = PRECISION_RANK[event.date.date.precision] if event.date else 0
    people = sum(1 for e in event.actors + event.recipients if e.kind == "person" and e.id)
    return (date_rank, int(event.location is not None), people, int(event.attribution is not None))


def _merge(keep: Event, other: Event) -> Event:
    keep.mentions.append(other.evidence)
    keep.mentions.extend(other.mentions)
    if keep.location is None and other.location is not None:
        keep.location = other.location
    if keep.broker is None and other.broker is not None:
        keep.broker = other.broker
    keep.confidence = min(1.0, max(keep.confidence, other.confidence) + 0.05)
    return keep


def merge_coreferent(events: list[Event]) -> list[Event]:
    """One record per event of the article, in the order of its first mention."""
    out: list[Event] = []
    for event in events:
        twin = next((i for i, seen in enumerate(out) if _same(seen, event)), None)
        if twin is None:
            out.append(event)
            continue
        first = out[twin]
        keep, other = (event, first) if _richness(event) > _richness(first) else (first, event)
        out[twin] = _merge(keep, other)
    return out
