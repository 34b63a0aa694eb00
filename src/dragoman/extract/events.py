"""From a parsed document to PLOVER events: a short driver over the registered rules (rules.py).

Data flows one way: candidates (candidates.py: rules and classifier) -> the triggers that are no event of
their own (clauses.py) -> arguments (arguments.py, actors.py, implicit.py) -> type and mode (modality.py)
-> date, place, attribution (anchors.py, sources.py) -> the events told together merged (merge.py,
corefer.py). Statements with no trigger word are read beside the triggers (statements.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from dragoman.extract import attribution as attr
from dragoman.extract import clauses, implicit, merge, modality, statements
from dragoman.extract.actors import Actors
from dragoman.extract.anchors import DateAnchors, name_span, place_for
from dragoman.extract.arguments import Roles, aimed_at, left_from, roles_of
from dragoman.extract.candidates import Typing
from dragoman.extract.candidates import triggers as candidate_triggers
from dragoman.extract.clauses import SKIPS
from dragoman.extract.coding import coding
from dragoman.extract.corefer import merge_coreferent
from dragoman.extract.dates import find_dates, redate
from dragoman.extract.implicit import PHRASES
from dragoman.extract.lexicon import lexicon
from dragoman.extract.merge import enrich_previous, infer_meeting_mode
from dragoman.extract.modality import MODES, auxiliary_modes
from dragoman.extract.places import Gazetteer
from dragoman.extract.reading import SENTENCES, STEPS, Draft, Reading, Sentence
from dragoman.extract.responses import answer_responses
from dragoman.extract.rules import Switches, setup
from dragoman.extract.sources import attribution, quotes
from dragoman.extract.triggers import Trigger
from dragoman.language.pipeline import unpunctuated_runs
from dragoman.language.registry import language
from dragoman.language.syntax import OBJECTS, feats, is_passive, kids, phrase_span, preposition, prepositional
from dragoman.model import UNARMED_KINDS, Document, Entity, Extraction, PlaceMention
from dragoman.resolve.identity import same_entity
from dragoman.resolve.kb import KnowledgeBase
from dragoman.resolve.phrase import is_definite
from dragoman.resolve.resolver import DocumentResolver

# The modules whose rules the driver runs: importing them registers their rules.
RULE_MODULES = (clauses, implicit, modality, statements, merge)
# The order each book's rules run in.
SENTENCE_RULES = ("triggers", "obligation", "blame", "brokers")
SKIP_RULES = ("told twice", "aim", "content", "condition", "reporting", "topic")
TRIGGER_STEPS = (
    "date",
    "roles",
    "court",
    "self",
    "participants",
    "sourced",
    "owner",
    "place apart",
    "bare reference",
    "instrument",
    "actor required",
    "unarmed",
    "joint",
    "thing or idea",
    "told before",
    "implicit recipients",
    "mentioned",
    "object required",
    "unnamed target",
    "named first",
    "place as target",
    "home government",
    "conditioned",
    "host",
    "third party",
    "type and mode",
)
MODE_RULES = ("negation", "preparation", "threat condition", "intent auxiliary", "intent")
PHRASE_RULES = ("instrument by means",)  # run by the "instrument" step
ORDER: dict[str, tuple[str, ...]] = {
    SENTENCES.kind: SENTENCE_RULES,
    SKIPS.kind: SKIP_RULES,
    STEPS.kind: TRIGGER_STEPS,
    MODES.kind: MODE_RULES,
    PHRASES.kind: PHRASE_RULES,
}


@cache
def switches(lang: str) -> Switches:
    """The rules that run for the packaged language `lang`, checked against its word classes once."""
    return setup(language(lang))


@SENTENCES.register("triggers")
def read_triggers(reading: Reading, sentence: Sentence) -> None:
    """The event of each trigger that is one of its own."""
    skips = SKIPS.ordered(SKIP_RULES, reading.switches)
    steps = STEPS.ordered(TRIGGER_STEPS, reading.switches)
    for trigger in sentence.triggers:
        if any(skip.run(reading, trigger, sentence) for skip in skips):
            continue
        draft = Draft(
            trigger,
            sentence,
            trigger.spec.type,
            trigger.spec.mode,
            auxiliary_modes(trigger.token, reading.lex),
        )
        if all(step.run(reading, draft) for step in steps):
            _record(reading, draft)


def _record(reading: Reading, draft: Draft) -> None:
    trigger, token = draft.trigger, draft.token
    event = reading.add(
        draft.sentence,
        token,
        draft.etype,
        draft.mode,
        draft.actors,
        draft.recipients,
        draft.date,
        draft.place,
        draft.aux,
        attribution(reading, token, draft.sentence.selon, draft.on),
        _confidence(trigger, draft.roles, draft.actors, draft.recipients),
    )
    event.broker = draft.broker if draft.mode == "third-party" else None
    if draft.brokers and trigger.nominal and trigger.spec.broker == "subject":
        reading.mediator_nouns.add(token.idx)
    infer_meeting_mode(event)


@STEPS.register("date")
def date(reading: Reading, draft: Draft) -> bool:
    """The date of the clause the trigger is in (anchors.py), read in the clause's tense: "a rencontré
    mardi" is the Tuesday before the article, "rencontrera mardi" the one after."""
    found = reading.dates.date_for(draft.token, reading.blocked)
    if found is not None:
        tense = modality.tense_direction(draft.token, reading.lex)
        found = redate(found, reading.lex.lang, reading.document.published, tense)
    draft.date = found
    return True


@STEPS.register("roles")
def roles(reading: Reading, draft: Draft) -> bool:
    """Who does it to whom, as the parse says (arguments.py), and where; a city among a nominal trigger's
    actors is where it happened ("la réunion de Doha")."""
    trigger, look = draft.trigger, reading.actors
    draft.roles = roles_of(trigger, reading.lex)
    if not draft.roles.recipients and trigger.spec.type in reading.coding.aimed_types:
        draft.roles.recipients = aimed_at(draft.token, reading.lex)
    if (
        not draft.roles.recipients
        and trigger.spec.type in reading.coding.leaving_types
        and not trigger.nominal
    ):
        draft.roles.recipients = left_from(draft.token, reading.lex)
    draft.place = place_for(draft.token, reading.lex, reading.gazetteer.lookup, look.possessor_place)
    if trigger.nominal:
        cities = [t for t in draft.roles.actors if look.city(t)]
        draft.roles.actors = [t for t in draft.roles.actors if t not in cities]
        if draft.place is None and cities:
            span = name_span(cities[0])
            found = reading.gazetteer.lookup(span.text)
            if found is not None:
                draft.place = PlaceMention(span.text, found, span.start_char, span.end_char)
    return True


@STEPS.register("court", "court_nouns")
def court(reading: Reading, draft: Draft) -> bool:
    """What a court condemns it convicts (coding.yaml `judicial`); a passive with no agent but a court in
    its clause ("au tribunal correctionnel de Paris, plusieurs personnes ont été condamnées") was done by
    that court."""
    lex, roles, token = reading.lex, draft.roles, draft.token
    if not roles.actors and not draft.trigger.nominal and is_passive(token):
        where = lex.case("location") | lex.case("location_city") | lex.case("recipient")
        courts = [c for p, c in prepositional(token) if p in where and c.lemma_.lower() in lex.court_nouns]
        roles.actors = courts[:1]
        roles.recipients = [r for r in roles.recipients if r not in courts]
    if any(t.lemma_.lower() in lex.court_nouns for t in roles.actors):
        judicial = reading.coding.judicial
        recoded = judicial.get(f"{draft.etype} {draft.mode}") or judicial.get(draft.etype)
        if recoded is not None:
            draft.etype, draft.mode = recoded
    return True


@STEPS.register("self")
def done_to_oneself(reading: Reading, draft: Draft) -> bool:
    """Defending or praising oneself is no support ("s'est défendu", "defended himself"): a verb of
    coding.yaml `self_types` whose only object is a reflexive pronoun tells no event."""
    token = draft.token
    if draft.trigger.nominal or draft.trigger.spec.type not in reading.coding.self_types:
        return True
    objects = [c for c in token.children if c.dep_ in OBJECTS or c.dep_.startswith("expl")]
    return not (objects and all("Yes" in feats(c, "Reflex") for c in objects))


@STEPS.register("participants")
def participants(reading: Reading, draft: Draft) -> bool:
    """The actors, recipients and brokers the roles name; a town no actor stands for is a recipient."""
    look, on, named = reading.actors, draft.on, draft.roles
    draft.actors = look.entities(named.actors, on)
    draft.recipients = look.entities(named.recipients, on)
    draft.recipients += [
        town
        for t in named.recipients
        if look.entity(t, on) is None
        for town in [look.town(t)]
        if town is not None and not any(same_entity(town, r) for r in draft.recipients)
    ]
    draft.brokers = look.entities(named.brokers, on)
    return True


@STEPS.register("sourced")
def sourced(reading: Reading, draft: Draft) -> bool:
    """An accusation told in the passive with no accuser but a source in its sentence ("X a été accusé
    de fraude, selon le journal"): the source made it (coding.yaml `sourced_types`)."""
    token = draft.token
    if draft.actors or draft.trigger.nominal or draft.trigger.spec.type not in reading.coding.sourced_types:
        return True
    if is_passive(token):
        for _, head in draft.sentence.selon:
            found = reading.actors.entity(head, draft.on)
            if found is not None:
                draft.actors = [found]
                break
    return True


@STEPS.register("owner", "support_verbs")
def owner(reading: Reading, draft: Draft) -> bool:
    """ "their demands (have not changed)": a demand, threat or offer named by its owner alone may be an
    old one; it is an event when said with a verb of doing, or aimed at someone."""
    if not draft.trigger.nominal or draft.actors:
        return True
    found = reading.actors.possessor(draft.token, draft.on)
    if found is not None:
        supported = draft.token.head.lemma_.lower() in reading.lex.support_verbs
        draft.actors = [found]
        draft.mentioned = draft.trigger.spec.type in reading.coding.content_types and not supported
    return True


@STEPS.register("place apart")
def place_apart(reading: Reading, draft: Draft) -> bool:
    """The place of the event is not also its recipient."""
    place = draft.place
    if place is not None:
        draft.recipients = [r for r in draft.recipients if not _same_span(r, place)]
    return True


@STEPS.register("bare reference")
def bare_reference(reading: Reading, draft: Draft) -> bool:
    """A nominal trigger with nobody named refers back to an earlier event (merge.py)."""
    if not draft.trigger.nominal or draft.actors or draft.recipients:
        return True
    if not draft.trigger.spec.broker:  # "un médiateur depuis vingt ans" names no earlier meeting
        enrich_previous(reading, draft.trigger, draft.date, draft.place)
        _untold(reading, draft)
    return False


def _untold(reading: Reading, draft: Draft) -> None:
    """An act with no doer named, remembered when it says where, against whom, or against what building or
    convoy ("un hôtel de Mogadiscio a été attaqué": implicit.unnamed_target) (told_before)."""
    targets = [t for t in draft.roles.recipients if t.lemma_.lower() in reading.lex.target_nouns]
    if draft.place is not None or draft.recipients or targets:
        reading.untold.append(draft)


@STEPS.register("actor required")
def actor_required(reading: Reading, draft: Draft) -> bool:
    """No event without an actor, nor a mediation without its mediator; nobody acts on themselves."""
    if not draft.actors:
        _untold(reading, draft)
        return False
    if draft.trigger.spec.broker == "subject" and not draft.brokers:
        return False  # "des négociations avec l'intermédiaire du gouvernement": nobody is said to mediate
    draft.recipients = [
        r for r in draft.recipients if not any(same_entity(r, a) or _own(r, a, reading) for a in draft.actors)
    ]
    return True


def _own(recipient: Entity, actor: Entity, reading: Reading) -> bool:
    """The actor's own forces, named by a possessive ("a offert ses troupes", "offered its troops to X"):
    what the act moves or uses, not whom it is done to; its people are ("recommandent à leurs citoyens")."""
    first = recipient.text.split(" ", 1)[0].lower()
    forces = recipient.kind in ("military", "police")
    return forces and bool(recipient.id) and recipient.id == actor.id and first in reading.lex.possessives


@STEPS.register("unarmed")
def unarmed(reading: Reading, draft: Draft) -> bool:
    """An act of armed forces told of unarmed actors is what coding.yaml `unarmed` says it is for them:
    "les Gilets jaunes restent mobilisés" protest, they do not mobilize troops."""
    recoded = reading.coding.unarmed.get(draft.etype)
    if recoded is not None and draft.actors and all(a.kind in UNARMED_KINDS for a in draft.actors):
        draft.etype, draft.mode = recoded
    return True


@STEPS.register("joint")
def joint(reading: Reading, draft: Draft) -> bool:
    """An act of armed forces whose doers are of two countries is what coding.yaml `joint` says it is ("la
    France et l'Égypte ont lancé des manœuvres": military cooperation), when they move against nobody
    ("France and Britain deployed troops to Estonia", "were deployed" still mobilize)."""
    recoded = reading.coding.joint.get(draft.etype)
    countries = {e.country for e in draft.actors if e.country is not None}
    if recoded is not None and len(countries) > 1 and not draft.recipients and not is_passive(draft.token):
        draft.etype, draft.mode = recoded
    return True


@STEPS.register("thing or idea", "target_nouns")
def thing_or_idea(reading: Reading, draft: Draft) -> bool:
    """A verb physical against a thing and verbal against an idea takes the type its entry gives for what
    it is done to (`on_thing`, `on_idea`): "s'en prendre à la barrière de péage" attacks, "attaque de
    front le modèle Uber" criticises, and the name the idea is of ("Uber") is its recipient."""
    spec, words = draft.trigger.spec, draft.roles.recipients
    if draft.trigger.nominal or not words:
        return True
    things = [t for t in words if _lemma(t) in reading.lex.target_nouns]
    if things and spec.on_thing is not None:
        draft.etype, draft.mode = spec.on_thing, None  # a mode is of its type
    elif not things and spec.on_idea is not None and _idea(reading, words[0]):
        draft.etype, draft.mode = spec.on_idea, None
        # "le modèle Uber", "la réforme Macron": a name set beside the idea, with no preposition.
        owners = [c for t in words for c in t.children if c.pos_ == "PROPN" and preposition(c) is None]
        draft.recipients = draft.recipients or reading.actors.entities(owners, draft.on)
    return True


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _idea(reading: Reading, noun: Token) -> bool:
    """A common noun that names no kind of actor ("modèle", "réforme", not "juges", "armée")."""
    lang = reading.lex.lang
    return noun.pos_ == "NOUN" and not any(
        reading.kb.generic_kind(word, lang) for word in (noun.lemma_, noun.text)
    )


@STEPS.register("told before")
def told_before(reading: Reading, draft: Draft) -> bool:
    """ "un attentat-suicide contre un hôtel de Mogadiscio [...] L'attaque a été revendiquée par les
    shebab": a definite event noun that names its doer but neither target nor place is the act of its type
    told before without a doer; it takes that act's target, place and date."""
    if not draft.trigger.nominal or draft.recipients or draft.place is not None:
        return True
    if not is_definite(phrase_span(draft.token), reading.lex.definite_articles):
        return True
    earlier = next((d for d in reversed(reading.untold) if d.etype == draft.etype), None)
    if earlier is not None:
        draft.recipients = list(earlier.recipients)
        draft.roles.recipients = list(earlier.roles.recipients)  # for the steps that read the words
        draft.place = earlier.place
        draft.date = draft.date or earlier.date
    return True


@STEPS.register("mentioned")
def mentioned(reading: Reading, draft: Draft) -> bool:
    """A demand named by its owner alone is an event only when aimed at someone."""
    return not (draft.mentioned and not draft.recipients)


@STEPS.register("object required")
def object_required(reading: Reading, draft: Draft) -> bool:
    """A trigger that is one only with an actor as its object ("recevoir" someone); an act named as the
    object is received, not someone ("a reçu l'appui de la Russie": the support is the event)."""
    if draft.trigger.spec.requires_object_kind != "actor":
        return True
    nouns = reading.lex.nouns
    acts = [o for o in kids(draft.token, OBJECTS) if o.pos_ == "NOUN" and o.lemma_.lower() in nouns]
    return bool(draft.recipients) and not acts


@STEPS.register("third party")
def third_party(reading: Reading, draft: Draft) -> bool:
    """Talks with a broker or a host other than their sides are mediated (mode third-party); talks hosted
    by someone are on its soil, while a mediator may work anywhere."""
    draft.broker = draft.brokers[0] if draft.brokers else draft.host
    broker, host = draft.broker, draft.host
    if broker is None or draft.etype != "CONSULT" or any(same_entity(broker, a) for a in draft.actors):
        return True
    draft.mode = "third-party"
    if draft.place is None and host is not None and host.country is not None:
        found = reading.gazetteer.lookup(reading.kb.country_entry(host.country).name)
        draft.place = PlaceMention(host.text, found, host.start or 0, host.end or 0) if found else None
    return True


@STEPS.register("type and mode")
def type_and_mode(reading: Reading, draft: Draft) -> bool:
    """Negated, readied or announced rather than done: the first rule of modality.py that applies."""
    for rule in MODES.ordered(MODE_RULES, reading.switches):
        if rule.run(reading, draft):
            break
    return True


def _same_span(entity: Entity, place: PlaceMention) -> bool:
    if entity.start is None or place.start is None:
        return False
    return entity.start <= place.start < (entity.end or entity.start)


def _confidence(trigger: Trigger, roles: Roles, actors: list[Entity], recipients: list[Entity]) -> float:
    """The belief in the record: the rule evidence (lower for nominal triggers, borrowed subjects and unknown
    actors) and, when the classifier typed the trigger, its probability, combined as a geometric mean."""
    conf = 0.9 if trigger.spec.pos in ("verb", "phrase") else 0.75
    if roles.inherited:
        conf -= 0.1
    known = [e for e in actors + recipients if e.id]
    if not known:
        conf -= 0.15
    conf = max(0.2, conf)
    return (conf * trigger.probability) ** 0.5 if trigger.probability is not None else conf


def sentence_triggers(
    docs: Sequence[Doc], lang: str, typing: Typing | None = None
) -> list[list[list[Trigger]]]:
    """The typed triggers of each sentence of parsed documents of one language, read together (the
    classifier's batch; candidates.triggers). A stretch of words without punctuation is no prose: its
    pieces have none."""
    return candidate_triggers([_prose(doc) for doc in docs], lexicon(lang), typing or Typing())


def _prose(doc: Doc) -> list[Span]:
    """The sentences of `doc`, each one inside a run without punctuation left empty."""
    runs = unpunctuated_runs(doc)
    return [doc[s.start : s.start] if any(a <= s.start < b for a, b in runs) else s for s in doc.sents]


def _sentences(reading: Reading, typed: list[list[Trigger]]) -> None:
    doc, coded = reading.doc, reading.coding
    spans = list(doc.sents)
    rules = SENTENCES.ordered(SENTENCE_RULES, reading.switches)
    for index, (span, triggers) in enumerate(zip(spans, typed, strict=True)):
        protests = {t.token.i for t in triggers if t.spec.type in coded.purpose_types}
        # "began a hunger strike to protest ...": the purpose hangs off the noun's verb.
        protests |= {
            t.token.head.i
            for t in triggers
            if t.spec.type in coded.purpose_types and t.nominal and t.token.dep_ in OBJECTS
        }
        sentence = Sentence(
            span=span,
            index=index,
            triggers=triggers,
            selon=attr.according_to(span, reading.lex),
            first=len(reading.events),
            governors={t.token.i: t for t in triggers if t.spec.type in coded.content_types},
            protests=protests,
        )
        for rule in rules:
            rule.run(reading, sentence)


def read_document(
    document: Document,
    doc: Doc,
    kb: KnowledgeBase,
    gazetteer: Gazetteer,
    typing: Typing | None = None,
    triggers: list[list[Trigger]] | None = None,
) -> Extraction:
    """Events and quotes of one parsed document (its language must be set); `triggers`, those of its
    sentences when `sentence_triggers` has read them with other documents'."""
    lang = document.language
    assert lang is not None
    if triggers is None:
        triggers = sentence_triggers([doc], lang, typing)[0]
    lex = lexicon(lang)
    resolver = DocumentResolver(kb, doc, lang, document.published)
    reading = Reading(
        document=document,
        doc=doc,
        lex=lex,
        coding=coding(lang),
        switches=switches(lang),
        actors=Actors(doc, lex, resolver, kb, gazetteer, document.published),
        kb=kb,
        gazetteer=gazetteer,
        dates=DateAnchors(doc, find_dates(document.text, lang, document.published)),
    )
    _sentences(reading, triggers)
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
    answered = answer_responses(reading.events, sentences, reading.coding.response_types)
    events = merge_coreferent(answered)
    return Extraction(document, events, quotes(reading), sentences)
