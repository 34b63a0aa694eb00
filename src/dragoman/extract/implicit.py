"""Participants the parse does not name as such: a weapon as the actor, whose thing the object is, whom a
demand's content is aimed at, a building or a place as the target, the actors' own government, whom a
threat's condition names, who hosts talks. Each is a step of reading a trigger (reading.STEPS)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dragoman.extract.actors import place_entity
from dragoman.extract.anchors import name_span
from dragoman.extract.arguments import clause_subject, content_recipients, owners, roles_of
from dragoman.extract.clauses import PURPOSE_CLAUSES
from dragoman.extract.reading import STEPS, Draft, Reading
from dragoman.extract.rules import Rulebook
from dragoman.extract.triggers import Trigger
from dragoman.language.syntax import (
    CLAUSAL_COMPLEMENTS,
    OBJECTS,
    clause_of,
    kids,
    object_phrases,
    phrase_span,
    prepositional,
    subjects,
)
from dragoman.model import Entity, PartialDate
from dragoman.resolve.identity import same_entity

_NOUN_CLAUSES = frozenset({"acl", "ccomp"})

# Phrases a step reads only where the language has the words for them.
Phrases = Callable[[Reading, Token], list[Token]]
PHRASES: Rulebook[Phrases] = Rulebook("phrase")


@STEPS.register("instrument", "instrument_nouns")
def instrument(reading: Reading, draft: Draft) -> bool:
    """Nobody named, but a weapon or blast does it ("a roadside bomb killed two soldiers", "was killed in
    a car bomb explosion"): the attack is recorded with that phrase as its unnamed actor, of the country
    where it went off (as PLOVER's coders do)."""
    if draft.actors or draft.trigger.spec.type not in reading.coding.conduct_types:
        return True
    country = draft.place.place.country if draft.place is not None else None
    means = PHRASES.ordered(("instrument by means",), reading.switches)
    passive_means = [c for rule in means for c in rule.run(reading, draft.token)]
    for cand in [*draft.roles.actors, *passive_means]:
        words = {cand.lemma_.lower()} | {
            c.lemma_.lower() for c in cand.children if c.dep_ in ("compound", "amod")
        }
        if cand.pos_ == "NOUN" and cand.lemma_.lower() in reading.lex.instrument_nouns:
            span = phrase_span(cand)
            name = " ".join(t.lemma_.lower() for t in span if t.lemma_.lower() in words)
            draft.actors = [unnamed(span, name, country)]
            return True
    return True


@PHRASES.register("instrument by means", "instrument_nouns", "cases.means")
def by_means(reading: Reading, token: Token) -> list[Token]:
    """ "was killed in a car bomb explosion": the weapon a passive act was done with."""
    return [c for p, c in prepositional(token) if p in reading.lex.case("means")]


@STEPS.register("implicit recipients")
def implicit_recipients(reading: Reading, draft: Draft) -> bool:
    """Recipients the parse does not name as such: whose thing the object is ("praised Haiti's
    efforts", "rejected an Indian proposal", "rejected calls by Belarus's rulers"), else whom the
    content of a demand, threat or promise is aimed at ("threatened to cut off power to X", "demanded
    that X withdraw"), or what a protest is for ("marched to demand the resignation of X")."""
    trigger, coding = draft.trigger, reading.coding
    if draft.recipients or (
        trigger.nominal and trigger.spec.type not in coding.purpose_types | coding.content_types
    ):
        return True
    if trigger.spec.requires_object_kind == "actor":
        return True  # "a reçu une montre offerte par X": one receives someone, not their gift
    draft.recipients = _implicit(reading, trigger, draft)
    return True


def _implicit(reading: Reading, trigger: Trigger, draft: Draft) -> list[Entity]:
    token, lex, coding, on = trigger.token, reading.lex, reading.coding, draft.on
    holder = token.head if trigger.nominal and token.dep_ in OBJECTS else token
    things = draft.roles.recipients + [o for o in kids(token, OBJECTS) if o not in draft.roles.recipients]
    # "called for sanctions against X": what a prepositional verb asks for is a thing too.
    particle = trigger.spec.lemma.split()[-1] if " " in trigger.spec.lemma else None
    things += [c for p, c in prepositional(token) if p == particle and c not in things]
    candidates = [owner for thing in things for owner in _doers(reading, thing) + owners(thing, lex)]
    if trigger.nominal and trigger.spec.type in coding.content_types:
        candidates += content_recipients(token, lex, _NOUN_CLAUSES)  # "its demand that X ..."
        if token.dep_ in OBJECTS:  # "repeated its demand today that X ...", the clause hung on the verb
            candidates += content_recipients(token.head, lex, frozenset({"ccomp"}))
    elif trigger.spec.type in coding.content_types:
        candidates += content_recipients(holder, lex)
    elif trigger.spec.type in coding.purpose_types:
        candidates += content_recipients(holder, lex, PURPOSE_CLAUSES)
    for _ in range(2):  # the owner's owner: "calls by Belarus's rulers"
        found = _first_named(reading, candidates, draft.actors, on)
        if found:
            return found
        # Only things that name nobody have owners ("calls by Belarus's rulers"); an actor's own
        # nationality ("les Forces démocratiques syriennes") is not whom it acts on.
        unnamed = [c for c in candidates if c.pos_ != "ADJ" and reading.actors.entity(c, on) is None]
        # and the doers of an act it is of: "appelle à la reprise du dialogue [entre X et Y]".
        candidates = [owner for thing in unnamed for owner in _doers(reading, thing) + owners(thing, lex)]
    for thing in things:
        told = [e for e in _told_doers(reading, thing) if not any(same_entity(e, a) for a in draft.actors)]
        if told:
            return told
    return []


def _told_doers(reading: Reading, noun: Token) -> list[Entity]:
    """ "leur mécontentement face à ce blocage": an event noun that names nobody and points back ("ce",
    "le") is the last event of its type told before in the document; its doers are the ones."""
    spec = reading.lex.nouns.get(noun.lemma_.lower())
    anaphoric = any(c.dep_ == "det" and c.lower_ in reading.lex.anaphoric_determiners for c in noun.children)
    if spec is None or noun.pos_ != "NOUN" or not anaphoric or _doers(reading, noun):
        return []
    earlier = [e for e in reading.events if e.event_type == spec.type and e.evidence.start < noun.idx]
    return list(earlier[-1].actors) if earlier else []


def _doers(reading: Reading, noun: Token) -> list[Token]:
    """Who does what an event noun names ("the withdrawal of Russian troops" -> the troops)."""
    spec = reading.lex.nouns.get(noun.lemma_.lower())
    return (
        roles_of(Trigger(noun, spec), reading.lex).actors if spec is not None and noun.pos_ == "NOUN" else []
    )


def _first_named(
    reading: Reading, candidates: list[Token], actors: list[Entity], on: PartialDate | None
) -> list[Entity]:
    """The first candidate that names an actor other than the actors, with its conjuncts
    ("Russia's invasion of Ukraine": Russia; "sanctions against Iran and Syria": both)."""
    look = reading.actors
    for first in candidates:
        group = [first, *(c for c in candidates if c.dep_ == "conj" and first in c.ancestors)]
        found = [
            look.nationality(c) if c.pos_ == "ADJ" else look.entity(c, on) or look.town(c) for c in group
        ]
        named = [e for e in found if e is not None and not any(same_entity(e, a) for a in actors)]
        if named:
            return named
    return []


@STEPS.register("unnamed target", "target_nouns")
def unnamed_target(reading: Reading, draft: Draft) -> bool:
    """No actor named as the recipient, but a building, a convoy or a village is ("un attentat contre un
    hôtel", "shelled the hospital"): that phrase is a recipient, of the country where it stands (the place
    of the event, or one its phrase names: "un hôtel de Mogadiscio"). Beside an anonymous one ("5 personnes
    tuées dans un attentat contre un hôtel") it is added: "named first" keeps the located."""
    if draft.trigger.spec.type not in reading.coding.place_target_types:
        return True
    if any(r.id or r.country for r in draft.recipients):
        return True
    for token in draft.roles.recipients:
        if token.pos_ == "NOUN" and token.lemma_.lower() in reading.lex.target_nouns:
            span = phrase_span(token)
            country = draft.place.place.country if draft.place is not None else _country_named(reading, span)
            draft.recipients = [*draft.recipients, unnamed(span, token.lemma_.lower(), country)]
            return True
    return True


def _country_named(reading: Reading, span: Span) -> str | None:
    """The country of the first place a phrase names ("un hôtel de Mogadiscio")."""
    for token in span:
        if token.pos_ == "PROPN":
            place = reading.gazetteer.lookup(name_span(token).text)
            if place is not None and place.country:
                return place.country
    return None


@STEPS.register("named first")
def named_first(reading: Reading, draft: Draft) -> bool:
    """Beside a named or located recipient, an anonymous one ("troops") is what is acted with, not on."""
    draft.recipients = [e for e in draft.recipients if e.id or e.country] or draft.recipients
    return True


@STEPS.register("place as target")
def place_as_target(reading: Reading, draft: Draft) -> bool:
    """ "contributed troops to a force in Liberia": without a named recipient, the place says more; people
    told without their country ("trois manifestants ont été condamnés à Créteil") stay beside it."""
    anonymous = all(not (r.id or r.country) for r in draft.recipients)
    if anonymous and draft.place is not None and draft.etype in reading.coding.place_target_types:
        people = [r for r in draft.recipients if r.kind not in ("other",)]
        draft.recipients = [*people, place_entity(draft.place)]
    return True


@STEPS.register("home government")
def home_government(reading: Reading, draft: Draft) -> bool:
    """The government of the actors' country, when they all have the same one; for a government, police
    or army, the country itself (its people)."""
    if draft.recipients or draft.etype not in reading.coding.home_target_types:
        return True
    homes = {a.country for a in draft.actors}
    if len(homes) != 1 or None in homes:
        return True
    iso3 = homes.pop()
    assert iso3 is not None
    entry = reading.kb.country_entry(iso3)
    if draft.actors[0].kind in ("government", "police", "military"):
        draft.recipients = [
            Entity(text="", name=entry.name, kind="state", country=iso3, id=entry.id, implied=True)
        ]
        return True
    draft.recipients = [
        Entity(
            text="",
            name=f"{entry.name} government",
            kind="government",
            country=iso3,
            id=entry.id,
            implied=True,
        )
    ]
    return True


@STEPS.register("conditioned", "condition_markers")
def conditioned(reading: Reading, draft: Draft) -> bool:
    """Whom a threat is made to: the one whose act is its condition ("will stop the talks if the United
    States deploys missiles")."""
    if draft.recipients or draft.etype != "THREATEN":
        return True
    clauses = [draft.token, *kids(draft.token, CLAUSAL_COMPLEMENTS)]
    conditions = [
        c
        for clause in clauses
        for c in kids(clause, frozenset({"advcl"}))
        if any(m.lower_ in reading.lex.condition_markers for m in c.children if m.dep_ == "mark")
    ]
    found = reading.actors.entities([s for c in conditions for s in subjects(c)], draft.on)
    draft.recipients = [e for e in found if not any(same_entity(e, a) for a in draft.actors)]
    return True


@STEPS.register("host", "host_verbs")
def host(reading: Reading, draft: Draft) -> bool:
    """Who hosts talks named as the object of "accueillir", "héberger", "host"."""
    verb = clause_of(draft.token)
    hosted = any(o.i == draft.token.i for o in object_phrases(verb, reading.lex.case("partitive")))
    if not hosted or verb.lemma_.lower() not in reading.lex.host_verbs:
        return True
    hosts, _ = clause_subject(verb, reading.lex)
    draft.host = reading.actors.entity(hosts[0], draft.on) if hosts else None
    return True


def unnamed(span: Span, name: str, country: str | None) -> Entity:
    """A thing standing for a side no actor is named for (a bomb, a hotel), of the country where it is."""
    return Entity(
        text=span.text, name=name, kind="other", country=country, start=span.start_char, end=span.end_char
    )
