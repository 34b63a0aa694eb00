"""Entity identity: when two mentions are the same actor. One place for the rule, used inside a document
(coreference, an actor who is not also the recipient) and across documents (one story from many reports).

How entities aggregate into network actors (a minister into her country) is another question, answered by
analyse.actors.
"""

from __future__ import annotations

from dragoman.model import Entity
from dragoman.normalize import fold


def same_entity(a: Entity, b: Entity) -> bool:
    """Within one document: the same knowledge-base entry, else the same name and kind. A country's
    institutions and people carry the country's entry but are other actors than it, and than each other
    when of another kind: "Iranian authorities pressured Iranian workers", "Croatia investigates crimes
    by Croatian extremists"."""
    if a.id and b.id:
        return a.id == b.id and (a.name == b.name or a.kind == b.kind)
    return a.name == b.name and a.kind == b.kind


def entity_key(entity: Entity) -> str | None:
    """Across documents: a known entity by its id, an unknown person by name (folded); None for anyone
    else, whose identity is only the actor it stands for."""
    if entity.id:
        return entity.id
    if entity.kind == "person" and entity.name:
        return f"person:{fold(entity.name)}"
    return None
