"""From the entities of event records to the actors an analyst wants as network nodes.

A node is what acts in international politics: a country (its state, government and military are one
actor), an organisation (the Taliban, Human Rights Watch), or a named person who belongs to neither.
People aggregate to the organisation they speak for, else to their country: the Qatari prime minister's
meeting is Qatar's meeting. Generic unnamed groups ("countries", "international troops") are not nodes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pycountry

from dragoman.errors import NotFoundError
from dragoman.model import Entity, Story
from dragoman.normalize import fold

# Kinds that act in a country's name: one node per country for all of them.
STATE_KINDS = frozenset({"state", "government", "military", "police"})
COUNTRY_ID = "kb:country:"
# Talks between sides on a third party's ground (PLOVER CONSULT, mode third-party).
THIRD_PARTY = ("CONSULT", "third-party")


@dataclass(frozen=True)
class Node:
    """One actor of the network: its label (also its key in the graph), ISO3 country and kind."""

    label: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class ActorIndex:
    """Which node each entity of a set of records stands for; built by `index_actors`."""

    nodes: Mapping[str, Node]
    # How each classified entity key ((category, value), see `_classify`) maps to a node label.
    keys: Mapping[tuple[str, str], str]
    # Entity ids seen, to their node label: lets a user name an actor by its knowledge-base id.
    ids: Mapping[str, str]
    dropped: Mapping[str, int] = field(default_factory=dict)

    def node(self, entity: Entity | None) -> str | None:
        """The label of the node an entity stands for, or None for a generic group that is no node."""
        if not entity:
            return None
        key = _classify(entity)
        return self.keys.get(key) if key else None

    def lookup(self, query: str) -> frozenset[str]:
        """Nodes a user means by `query`: an ISO3 code (every node of that country), a label or an id.

        ISO3 matches by country, so "AFG" is Afghanistan and also the Taliban (country AFG): a dyad
        timeline for QAT–AFG then covers Qatar's dealings with whoever rules or fights in Afghanistan.
        """
        text = query.strip()
        if len(text) == 3 and text.isalpha() and pycountry.countries.get(alpha_3=text.upper()):
            found = frozenset(n.label for n in self.nodes.values() if n.country == text.upper())
        elif text in self.ids:
            found = frozenset({self.ids[text]})
        else:
            found = frozenset(n.label for n in self.nodes.values() if fold(n.label) == fold(text))
        if not found:
            known = ", ".join(sorted(self.nodes)) or "none"
            raise NotFoundError(f"no actor matches {query!r}: give an ISO3 code, an id or one of: {known}")
        return found


def entities(story: Story) -> Iterator[Entity]:
    """Every entity of a story that can be an actor: actors, recipients and the broker if any."""
    yield from story.event.participants


def _name(entity: Entity) -> str:
    return (entity.name or entity.text or "").strip()


def _named(name: str) -> bool:
    """A proper name starts with a capital ("Human Rights Watch"); a generic group does not ("states").

    Language-free on purpose: French and English write both kinds of names the same way.
    """
    return bool(name) and name[0].isupper()


def _classify(entity: Entity) -> tuple[str, str] | None:
    """What an entity stands for, from its own fields only: (category, value), or None when generic."""
    ident = entity.id or ""
    kind = entity.kind or "other"
    country = (entity.country or "").upper() or None
    name = _name(entity)
    if ident.startswith(COUNTRY_ID):
        return ("country", ident[len(COUNTRY_ID) :].upper())
    if kind == "person":
        if entity.affiliation:
            return ("org", fold(entity.affiliation))
        if country:
            return ("country", country)
        return ("person", name) if ident or _named(name) else None
    if ident:
        # An organisation with an id is itself whatever its kind in this record (the Taliban as government).
        return ("id", ident)
    if kind in STATE_KINDS and country:
        return ("country", country)
    if _named(name):
        return ("org", fold(name))
    # A generic group of one country ("Syrian rebels") stays apart from that country's state.
    return ("group", f"{name} ({country_label(country)})") if country and name else None


def country_label(iso3: str) -> str:
    """A country's common name from pycountry ("Iran" rather than "Iran, Islamic Republic of")."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or country.name)


def _most_common(counter: Counter[str], default: str) -> str:
    # Ties go to the first seen: Counter keeps insertion order and most_common is stable.
    return counter.most_common(1)[0][0] if counter else default


def index_actors(stories: Iterable[Story]) -> ActorIndex:
    """Decide the node of every entity in `stories`, with labels agreed across all of them."""
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    kinds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    countries: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    ids: dict[str, tuple[str, str]] = {}
    dropped: Counter[str] = Counter()
    for story in stories:
        event = story.event
        where = ((event.location.place.country if event.location else None) or "").upper()
        if (event.event_type, event.mode) == THIRD_PARTY and where:
            names[("country", where)]  # the country hosting talks is an actor even if never named as one
        for entity in entities(story):
            key = _classify(entity)
            if key is None:
                dropped[_name(entity) or "?"] += 1
                continue
            kind = entity.kind or "other"
            if entity.id:
                ids[entity.id] = key
            spellings = names[key]
            if key[0] == "country":
                # Only a record naming the plain state ("Qatar", not "Qatar government") names the country.
                if kind == "state" and entity.id:
                    spellings[_name(entity)] += 1
                continue
            if kind == "person" and key[0] == "org":
                # The affiliation is one more spelling of the organisation's name; the kind is not its own.
                spellings[str(entity.affiliation).strip()] += 1
                continue
            spellings[_name(entity)] += 1
            kinds[key][kind] += 1
            if entity.country:
                countries[key][entity.country.upper()] += 1

    keys: dict[tuple[str, str], str] = {}
    nodes: dict[str, Node] = {}

    def add(key: tuple[str, str], node: Node) -> None:
        keys[key] = node.label
        nodes.setdefault(node.label, node)

    # Countries, then organisations with an id: their labels are the ones other keys fold onto.
    ordered = sorted(names, key=lambda k: (k[0] not in ("country", "id"), k[0] != "country"))
    for key in ordered:
        category, value = key
        if category == "country":
            add(key, Node(_most_common(names[key], country_label(value)), value, "state"))
    by_fold = {fold(label): label for label in nodes}
    for key in ordered:
        category, value = key
        if category == "country":
            continue
        label = value if category == "group" else _most_common(names[key], value)
        kind = _most_common(kinds[key], "other")
        country = _most_common(countries[key], "") or None
        if category in ("org", "person") and fold(label) in by_fold:
            keys[key] = by_fold[fold(label)]
            continue
        if category == "id":
            # An id-less mention or an affiliation spelled like this organisation's name is the same actor.
            for alias in names[key]:
                by_fold.setdefault(fold(alias), label)
        add(key, Node(label, country, kind))
        by_fold.setdefault(fold(label), label)
    return ActorIndex(
        nodes=nodes,
        keys=keys,
        ids={ident: keys[key] for ident, key in ids.items() if key in keys},
        dropped=dict(dropped),
    )
