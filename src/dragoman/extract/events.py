"""From a parsed document to PLOVER events: triggers, arguments, modality, date, place and source."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dragoman import taxonomy
from dragoman.extract import attribution as attr
from dragoman.extract.anchors import DateAnchors, name_span, place_for
from dragoman.extract.arguments import (
    Roles,
    clause_subject,
    content_recipients,
    owners,
    possessor_number,
    roles_of,
)
from dragoman.extract.candidates import Typing
from dragoman.extract.candidates import triggers as candidate_triggers
from dragoman.extract.corefer import merge_coreferent
from dragoman.extract.dates import find_dates
from dragoman.extract.lexicon import Lexicon, lexicon
from dragoman.extract.modality import auxiliary_modes, is_negated
from dragoman.extract.places import Gazetteer
from dragoman.extract.responses import answer_responses
from dragoman.extract.triggers import Trigger
from dragoman.language.syntax import (
    CLAUSAL_COMPLEMENTS,
    OBJECTS,
    RELATIVE,
    SUBJECTS,
    clause_of,
    feats,
    is_passive,
    kids,
    object_phrases,
    phrase_span,
    preposition,
    prepositional,
    subjects,
)
from dragoman.model import (
    Attribution,
    DateMention,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    PartialDate,
    Place,
    PlaceMention,
    Quote,
)
from dragoman.resolve.identity import same_entity
from dragoman.resolve.kb import KnowledgeBase
from dragoman.resolve.resolver import DocumentResolver

# How far back (in tokens) a pronoun or possessive looks for the actor it stands for.
_ANTECEDENT_WINDOW = 120
_CONDUCT_TYPES = frozenset({"COERCE", "ASSAULT"})
# Acts whose complement is their content ("threatened to ban X", "demanded the withdrawal of Y",
# "refused to sign", "banned the rally", "ordered X to close"): PLOVER codes the act, so the content is
# no event of its own, and the content's participants are the act's recipients.
_CONTENT_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "COERCE"})
# Protests whose purpose clause says what they are against ("marched to demand the resignation of X").
# Acts whose subjectless participle or infinitive clause tells what they were for or did ("marched to
# demand the resignation of X", "opened fire to disperse the crowd, killing two"): that clause is part
# of the act, not an event of its own, and names its target.
_PURPOSE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
_PURPOSE_CLAUSES = frozenset({"xcomp", "advcl"})
_NOUN_CLAUSES = frozenset({"acl", "ccomp"})
_XCOMP = frozenset({"xcomp"})
# Acts done to a place's people: without a named recipient, the place where they happen stands for it.
_PLACE_TARGET_TYPES = frozenset(
    {"CONCEDE", "AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST", "THREATEN", "AGREE", "REJECT"}
)
# Acts that, when nobody else is named, are aimed at the actors' own government (protests, strikes) or
# done by a government to its own country (easing a curfew, a crackdown), as event coders code them.
_HOME_TARGET_TYPES = frozenset({"PROTEST", "CONCEDE", "COERCE"})
# Clauses that are not part of the clause that governs them.
_OWN_CLAUSES = RELATIVE | frozenset({"advcl", "parataxis"})


class _DocumentReader:
    """Extraction state for one document: its parse, resolver, dates and places."""

    def __init__(self, document: Document, doc: Doc, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        assert document.language is not None
        self.document = document
        self.doc = doc
        self.lex: Lexicon = lexicon(document.language)
        self.resolver = DocumentResolver(kb, doc, document.language, document.published)
        self.gazetteer = gazetteer
        self.kb = kb
        self.dates = DateAnchors(doc, find_dates(document.text, document.language, document.published))
        self.events: list[Event] = []
        self._mediator_nouns: set[int] = set()  # where a mediator noun made an event ("le médiateur")
        self._cache: dict[tuple[int, int, str | None], Entity | None] = {}

    # -- entities ---------------------------------------------------------------------------------
    def entity(self, token: Token, on: PartialDate | None) -> Entity | None:
        """The actor a head token stands for, following pronouns and possessives back to their antecedent."""
        if token.lemma_.lower() in self.lex.quantity_nouns or token.pos_ == "NUM":
            # "thousands of students", "two of its diplomats": the people counted are the actor.
            counted = [c for p, c in prepositional(token) if p in self.lex.case("genitive")]
            if counted:
                return self.entity(counted[0], on)
        number = self.lex.pronouns.get(token.lower_) if token.pos_ == "PRON" else None
        if number is not None:
            return self._antecedent(token, number, on)
        span = phrase_span(token)
        # An agent the parser hung on this phrase ("trois opposants [par la police]") is another actor.
        agents = [
            c.left_edge.i for p, c in prepositional(token) if p in self.lex.case("agent") and c.i > token.i
        ]
        if agents:
            span = self.doc[span.start : max(token.i + 1, min(agents))]
        key = (span.start, span.end, on.value if on else None)
        if key not in self._cache:
            found = self.resolver.resolve(span, on)
            unplaced = found is None or (found.id is None and found.country is None)
            if unplaced and possessor_number(token, self.lex):
                # "ses dirigeants", "leur gouvernement": the actor is the possessor's side.
                found = self.possessor(token, on) or found
            self._cache[key] = found
        return self._cache[key]

    def _antecedent(self, token: Token, number: str, on: PartialDate | None) -> Entity | None:
        """The earlier actor a pronoun stands for ("ils", "leur" -> "les talibans"): it agrees in number
        and gender, and the subject of a clause is preferred to any other noun (as readers do)."""
        first = max(0, token.i - _ANTECEDENT_WINDOW)
        genders = set(feats(token, "Gender")) if token.pos_ == "PRON" else set()
        candidates = []
        for cand in reversed(self.doc[first : token.i]):
            if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in ("flat:name", "flat", "compound"):
                continue
            cand_number = feats(cand, "Number")
            if cand_number and ("Plur" if number == "plur" else "Sing") not in cand_number:
                continue
            if genders and feats(cand, "Gender") and not genders & set(feats(cand, "Gender")):
                continue
            candidates.append(cand)
        ordered = [c for c in candidates if c.dep_ in SUBJECTS] + [
            c for c in candidates if c.dep_ not in SUBJECTS
        ]
        for cand in ordered:
            found = self.entity(cand, on)
            if found is not None and found.kind not in ("other",):
                return found
        return None

    def possessor(self, noun: Token, on: PartialDate | None) -> Entity | None:
        """Whom "son/sa/leur" refers to: the subject of the clause if it agrees, else the nearest actor."""
        number = possessor_number(noun, self.lex)
        if number is None:
            return None
        subjects, _ = clause_subject(noun, self.lex)
        for subject in subjects:
            numbers = feats(subject, "Number")
            agrees = not numbers or ("Plur" if number == "plur" else "Sing") in numbers
            if subject.i < noun.i and agrees and subject.pos_ != "PRON":
                found = self.entity(subject, on)
                if found is not None:
                    return found
        return self._antecedent(noun, number, on)

    def possessor_place(self, noun: Token) -> Place | None:
        owner = self.possessor(noun, self.document.published)
        if owner is None or owner.country is None:
            return None
        return self.gazetteer.lookup(self.kb.country_entry(owner.country).name)

    # -- events -----------------------------------------------------------------------------------
    def read(self, typing: Typing) -> list[Event]:
        sentences = list(self.doc.sents)
        typed = candidate_triggers(self.doc, sentences, self.lex, typing)
        for s_index, (sentence, triggers) in enumerate(zip(sentences, typed, strict=True)):
            selon = attr.according_to(sentence, self.lex)
            first = len(self.events)
            governors = {t.token.i: t for t in triggers if t.spec.type in _CONTENT_TYPES}
            protests = {t.token.i for t in triggers if t.spec.type in _PURPOSE_TYPES}
            # "began a hunger strike to protest ...": the purpose hangs off the noun's verb.
            protests |= {
                t.token.head.i
                for t in triggers
                if t.spec.type in _PURPOSE_TYPES and t.nominal and t.token.dep_ in OBJECTS
            }
            for trigger in triggers:
                if self._told_twice(trigger, triggers) or self._aim(trigger.token):
                    continue
                if not self._content(trigger.token, governors, protests) and not self._conditional(
                    trigger.token
                ):
                    self._read_trigger(trigger, sentence, s_index, selon)
            self._read_obligations(sentence, s_index, selon)
            self._read_blame(sentence, s_index)
            self._lend_brokers(first)
        return self.events

    def _lend_brokers(self, first: int) -> None:
        """ "Le Qatar a été la puissance protectrice des États-Unis, permettant des négociations entre
        les Américains et les talibans": a mediator named beside talks is their broker, not a second
        event. Only a mediation with no talks beside it stands as its own event."""
        sentence_events = self.events[first:]
        claims = [e for e in sentence_events if e.evidence.trigger_start in self._mediator_nouns]
        talks = [e for e in sentence_events if e.event_type == "CONSULT" and e.broker is None]
        if not claims or not talks:
            return
        for event in talks:
            event.broker = claims[0].broker
            event.mode = "third-party"
            event.score = taxonomy.score(event.event_type, event.mode)
        self.events = self.events[:first] + [e for e in sentence_events if e not in claims]

    def _content(self, token: Token, governors: dict[int, Trigger], protests: set[int]) -> bool:
        """Inside what a demand, threat, promise or refusal is about ("refused to sign", "threatened to ban
        X", "demanded the withdrawal of Y"), what someone says another "must" do, or what a protest is for
        ("marched to demand reforms")."""
        node = token
        while node.head.i != node.i:
            # A passive clause is done to the protesters ("before being gassed"), not what they are for.
            if (
                node.dep_ in _PURPOSE_CLAUSES
                and node.head.i in protests
                and not subjects(node)
                and not is_passive(node)
            ):
                return True
            if node.dep_ in _OWN_CLAUSES or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
                return False
            if self._obliged(node):
                return True
            head = node.head
            if head.i in governors and not self._reporting(head):
                return True
            if node.dep_ == "ccomp" and any(o.i in governors and o.i < node.i for o in kids(head, OBJECTS)):
                return True  # "repeated its demand today that Israel ease ...": the demand's clause
            node = head
        return False

    def _told_twice(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """ "killed two soldiers and wounded five": verbs of one type coordinated in a clause are one act."""
        token = trigger.token
        same = any(t.token.i == token.head.i and t.spec.type == trigger.spec.type for t in triggers)
        return token.dep_ == "conj" and same and not subjects(token)

    def _aim(self, token: Token) -> bool:
        """What an act is for is not an act: "resigned to allow elections", "a resolution that aims to
        tighten sanctions", "offered troops to help him"."""
        if token.pos_ != "VERB" or subjects(token):
            return False
        marked = any(
            c.lower_ in self.lex.purpose_markers for c in token.children if c.dep_ in ("aux", "mark")
        )
        if token.dep_ == "advcl" and marked:
            return True
        return token.dep_ == "xcomp" and token.head.lemma_.lower() in self.lex.aim_verbs

    def _conditional(self, token: Token) -> bool:
        """In an "if" or "unless" clause: a condition, not something that happened."""
        node = token
        while node.head.i != node.i:
            if node.dep_ == "advcl" and any(
                c.lower_ in self.lex.condition_markers for c in node.children if c.dep_ == "mark"
            ):
                return True
            node = node.head
        return False

    def _obliged(self, clause: Token) -> bool:
        """ "(said that) Libya must hand over the suspects": a clause saying what someone else must do."""
        return (
            clause.dep_ == "ccomp"
            and clause.head.i != clause.i
            and bool(subjects(clause))
            and (
                any(
                    c.lower_ in self.lex.obligation_auxiliaries
                    for c in clause.children
                    if c.dep_.startswith("aux")
                )
                # "la Libye doit livrer": the modal is the clause's verb, the act its infinitive.
                or (clause.lemma_.lower() in self.lex.obligation_auxiliaries and bool(kids(clause, _XCOMP)))
            )
        )

    def _read_obligations(self, sentence: Span, s_index: int, selon: list[tuple[Token, Token]]) -> None:
        """ "X said (that) Y must do Z" is X's demand on Y (REQUEST)."""
        for clause in sentence:
            if not self._obliged(clause):
                continue
            speakers, _ = clause_subject(clause.head, self.lex)
            date = self.dates.date_for(clause.head, self._blocked)
            on = date.date if date else None
            actors = self._entities(speakers, on)
            recipients = self._entities(_with_conjuncts(subjects(clause)), on)
            recipients = [r for r in recipients if not any(same_entity(r, a) for a in actors)]
            if not actors or not recipients:
                continue
            self._add(
                sentence,
                s_index,
                clause.head,
                "REQUEST",
                None,
                actors,
                recipients,
                date,
                None,
                [],
                self._attribution(clause.head, selon, on),
                0.7,
            )

    def _blocked(self, governor: Token) -> bool:
        """Clauses whose date does not pass to their complement: speech, requests, intentions."""
        lemma = governor.lemma_.lower()
        if lemma in self.lex.speech_verbs | self.lex.future_verbs | self.lex.hypothetical_verbs:
            return True
        spec = self.lex.verbs.get(lemma)
        return spec is not None and spec.type in ("REQUEST", "THREATEN", "AGREE")

    def _read_trigger(
        self, trigger: Trigger, sentence: Span, s_index: int, selon: list[tuple[Token, Token]]
    ) -> None:
        token = trigger.token
        if self._reporting(token) or self._topic(trigger, sentence):
            return
        date = self.dates.date_for(token, self._blocked)
        on = date.date if date else None
        roles = roles_of(trigger, self.lex)
        place = place_for(token, self.lex, self.gazetteer.lookup, self.possessor_place)
        if trigger.nominal:
            cities = [t for t in roles.actors if self._city(t)]
            roles.actors = [t for t in roles.actors if t not in cities]
            if place is None and cities:
                span = name_span(cities[0])
                found = self.gazetteer.lookup(span.text)
                if found is not None:
                    place = PlaceMention(span.text, found, span.start_char, span.end_char)
        actors = self._entities(roles.actors, on)
        recipients = self._entities(roles.recipients, on)
        recipients += [
            town
            for t in roles.recipients
            if self.entity(t, on) is None
            for town in [self._town(t)]
            if town is not None and not any(same_entity(town, r) for r in recipients)
        ]
        brokers = self._entities(roles.brokers, on)
        mentioned = False
        if trigger.nominal and not actors:
            owner = self.possessor(token, on)
            if owner is not None:
                # "their demands (have not changed)": a demand, threat or offer named by its owner alone
                # may be an old one; it is an event when said with a verb of doing, or aimed at someone.
                supported = token.head.lemma_.lower() in self.lex.support_verbs
                actors, mentioned = [owner], trigger.spec.type in _CONTENT_TYPES and not supported
        if place is not None:
            recipients = [r for r in recipients if not _same_span(r, place)]
        if trigger.nominal and not actors and not recipients:
            if not trigger.spec.broker:  # "un médiateur depuis vingt ans" names no earlier meeting
                self._enrich_previous(trigger, date, place)
            return
        if not actors and trigger.spec.type in _CONDUCT_TYPES:
            actors = self._instruments(token, roles, place)
        if not actors or (trigger.spec.broker == "subject" and not brokers):
            return  # "des négociations avec l'intermédiaire du gouvernement": nobody is said to mediate
        recipients = [r for r in recipients if not any(same_entity(r, a) for a in actors)]
        if not recipients and (not trigger.nominal or trigger.spec.type in _PURPOSE_TYPES | _CONTENT_TYPES):
            recipients = self._implicit_recipients(trigger, roles, actors, on)
        if mentioned and not recipients:
            return
        if trigger.spec.requires_object_kind == "actor" and not recipients:
            return
        if not recipients and trigger.spec.type in _PLACE_TARGET_TYPES:
            recipients = self._targets(roles, place)
        recipients = _named_first(recipients)
        etype, mode, aux = trigger.spec.type, trigger.spec.mode, auxiliary_modes(token, self.lex)
        anonymous = all(not (r.id or r.country) for r in recipients)
        if anonymous and place is not None and etype in _PLACE_TARGET_TYPES:
            # "contributed troops to a force in Liberia": the place says more than "troops".
            recipients = [_place_entity(place)]
        if not recipients and etype in _HOME_TARGET_TYPES:
            recipients = self._home_government(actors)
        if not recipients and etype == "THREATEN":
            recipients = self._conditioned(token, actors, on)
        host = self._host(token, on)
        broker = brokers[0] if brokers else host
        if broker is not None and etype == "CONSULT" and not any(same_entity(broker, a) for a in actors):
            mode = "third-party"
            # Talks hosted by someone are on its soil; a mediator may work anywhere.
            if place is None and host is not None and host.country is not None:
                found = self.gazetteer.lookup(self.kb.country_entry(host.country).name)
                place = PlaceMention(host.text, found, host.start or 0, host.end or 0) if found else None
        if is_negated(token, self.lex):
            if trigger.spec.negated:
                etype, mode = trigger.spec.negated, None
            else:
                aux.append("negation")
        elif etype == "ASSAULT" and self._prepared(token):
            etype, mode = "MOBILIZE", None
        elif self._intended(token):
            etype, mode = _intent_type(etype, mode, self._on_threat_condition(token))
        event = self._add(
            sentence,
            s_index,
            token,
            etype,
            mode,
            actors,
            recipients,
            date,
            place,
            aux,
            self._attribution(token, selon, on),
            _confidence(trigger, roles, actors, recipients),
        )
        event.broker = broker if mode == "third-party" else None
        if brokers and trigger.nominal and trigger.spec.broker == "subject":
            self._mediator_nouns.add(token.idx)
        _infer_meeting_mode(event)

    def _add(
        self,
        sentence: Span,
        s_index: int,
        token: Token,
        etype: str,
        mode: str | None,
        actors: list[Entity],
        recipients: list[Entity],
        date: DateMention | None,
        place: PlaceMention | None,
        aux: list[str],
        attribution: Attribution | None,
        confidence: float,
    ) -> Event:
        event = Event(
            doc_id=self.document.doc_id,
            event_id=f"{self.document.doc_id}:{s_index}:{len(self.events)}",
            event_type=etype,
            mode=mode,
            contexts=[],
            actors=actors,
            recipients=recipients,
            date=date,
            location=place,
            auxiliary=aux,
            attribution=attribution,
            evidence=_evidence(sentence, token),
            confidence=confidence,
            score=taxonomy.score(etype, mode),
        )
        self.events.append(event)
        return event

    def _implicit_recipients(
        self, trigger: Trigger, roles: Roles, actors: list[Entity], on: PartialDate | None
    ) -> list[Entity]:
        """Recipients the parse does not name as such: whose thing the object is ("praised Haiti's
        efforts", "rejected an Indian proposal", "rejected calls by Belarus's rulers"), else whom the
        content of a demand, threat or promise is aimed at ("threatened to cut off power to X", "demanded
        that X withdraw"), or what a protest is for ("marched to demand the resignation of X")."""
        token = trigger.token
        holder = token.head if trigger.nominal and token.dep_ in OBJECTS else token
        things = roles.recipients + [o for o in kids(token, OBJECTS) if o not in roles.recipients]
        # "called for sanctions against X": what a prepositional verb asks for is a thing too.
        particle = trigger.spec.lemma.split()[-1] if " " in trigger.spec.lemma else None
        things += [c for p, c in prepositional(token) if p == particle and c not in things]
        candidates = [owner for thing in things for owner in self._doers(thing) + owners(thing, self.lex)]
        if trigger.nominal and trigger.spec.type in _CONTENT_TYPES:
            candidates += content_recipients(token, self.lex, _NOUN_CLAUSES)  # "its demand that X ..."
            if token.dep_ in OBJECTS:  # "repeated its demand today that X ...", the clause hung on the verb
                candidates += content_recipients(token.head, self.lex, frozenset({"ccomp"}))
        elif trigger.spec.type in _CONTENT_TYPES:
            candidates += content_recipients(holder, self.lex)
        elif trigger.spec.type in _PURPOSE_TYPES:
            candidates += content_recipients(holder, self.lex, _PURPOSE_CLAUSES)
        for _ in range(2):  # the owner's owner: "calls by Belarus's rulers"
            found = self._first_named(candidates, actors, on)
            if found:
                return found
            # Only things that name nobody have owners ("calls by Belarus's rulers"); an actor's own
            # nationality ("les Forces démocratiques syriennes") is not whom it acts on.
            unnamed = [c for c in candidates if c.pos_ != "ADJ" and self.entity(c, on) is None]
            candidates = [owner for thing in unnamed for owner in owners(thing, self.lex)]
        return []

    def _instruments(self, token: Token, roles: Roles, place: PlaceMention | None) -> list[Entity]:
        """Nobody named, but a weapon or blast does it ("a roadside bomb killed two soldiers", "was killed in
        a car bomb explosion"): the attack is recorded with that phrase as its unnamed actor, of the country
        where it went off (as PLOVER's coders do)."""
        country = place.place.country if place is not None else None
        passive_means = [c for p, c in prepositional(token) if p in self.lex.case("means")]
        for cand in [*roles.actors, *passive_means]:
            words = {cand.lemma_.lower()} | {
                c.lemma_.lower() for c in cand.children if c.dep_ in ("compound", "amod")
            }
            if cand.pos_ == "NOUN" and cand.lemma_.lower() in self.lex.instrument_nouns:
                span = phrase_span(cand)
                name = " ".join(t.lemma_.lower() for t in span if t.lemma_.lower() in words)
                return [_unnamed(span, name, country)]
        return []

    def _targets(self, roles: Roles, place: PlaceMention | None) -> list[Entity]:
        """No actor named as the recipient, but a building, a convoy or a village is ("un attentat contre un
        hôtel", "shelled the hospital"): that phrase is the recipient, of the country where it stands."""
        country = place.place.country if place is not None else None
        for token in roles.recipients:
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.target_nouns:
                return [_unnamed(phrase_span(token), token.lemma_.lower(), country)]
        return []

    def _conditioned(self, token: Token, actors: list[Entity], on: PartialDate | None) -> list[Entity]:
        """Whom a threat is made to: the one whose act is its condition ("will stop the talks if the United
        States deploys missiles")."""
        clauses = [token, *kids(token, CLAUSAL_COMPLEMENTS)]
        conditions = [
            c
            for clause in clauses
            for c in kids(clause, frozenset({"advcl"}))
            if any(m.lower_ in self.lex.condition_markers for m in c.children if m.dep_ == "mark")
        ]
        found = self._entities([s for c in conditions for s in subjects(c)], on)
        return [e for e in found if not any(same_entity(e, a) for a in actors)]

    def _home_government(self, actors: list[Entity]) -> list[Entity]:
        """The government of the actors' country, when they all have the same one; for a government, police
        or army, the country itself (its people)."""
        homes = {a.country for a in actors}
        if len(homes) != 1 or None in homes:
            return []
        iso3 = homes.pop()
        assert iso3 is not None
        entry = self.kb.country_entry(iso3)
        actor = actors[0]
        if actor.kind in ("government", "police", "military"):
            return [Entity(text="", name=entry.name, kind="state", country=iso3, id=entry.id, implied=True)]
        return [
            Entity(
                text="",
                name=f"{entry.name} government",
                kind="government",
                country=iso3,
                id=entry.id,
                implied=True,
            )
        ]

    def _doers(self, noun: Token) -> list[Token]:
        """Who does what an event noun names ("the withdrawal of Russian troops" -> the troops)."""
        spec = self.lex.nouns.get(noun.lemma_.lower())
        return (
            roles_of(Trigger(noun, spec), self.lex).actors if spec is not None and noun.pos_ == "NOUN" else []
        )

    def _first_named(
        self, candidates: list[Token], actors: list[Entity], on: PartialDate | None
    ) -> list[Entity]:
        """The first candidate that names an actor other than the actors, with its conjuncts
        ("Russia's invasion of Ukraine": Russia; "sanctions against Iran and Syria": both)."""
        for first in candidates:
            group = [first, *(c for c in candidates if c.dep_ == "conj" and first in c.ancestors)]
            found = [
                self._nationality(c) if c.pos_ == "ADJ" else self.entity(c, on) or self._town(c)
                for c in group
            ]
            named = [e for e in found if e is not None and not any(same_entity(e, a) for a in actors)]
            if named:
                return named
        return []

    def _nationality(self, adjective: Token) -> Entity | None:
        """The country a nationality adjective stands for ("a Chilean proposal" -> Chile)."""
        iso3 = self.kb.country_of_adjective(adjective.text)
        if iso3 is None:
            return None
        entry = self.kb.country_entry(iso3)
        return Entity(
            text=adjective.text,
            name=entry.name,
            kind="state",
            country=iso3,
            id=entry.id,
            start=adjective.idx,
            end=adjective.idx + len(adjective.text),
        )

    def _governors(self, token: Token) -> list[Token]:
        """The trigger's clause and the words it is the infinitive of: "is ready to [withdraw]"."""
        node = token.head if token.dep_ in OBJECTS and token.pos_ == "NOUN" else token
        chain = [node]
        while node.dep_ in ("xcomp", "acomp", "conj") and node.head.i != node.i:
            node = node.head
            chain.append(node)
        return chain

    def _intended(self, token: Token) -> bool:
        """Announced as intended: "will withdraw", "said it would allow", "is ready to send", "vowed to"."""
        chain = self._governors(token)
        if any(
            c.lower_ in self.lex.intent_auxiliaries for c in chain[0].children if c.dep_.startswith("aux")
        ):
            return True
        return any(
            g.lemma_.lower() in self.lex.intent_verbs or g.lower_ in self.lex.intent_verbs for g in chain[1:]
        )

    def _prepared(self, token: Token) -> bool:
        """Readied rather than done: "the army prepared to resume shelling"."""
        return any(
            g.pos_ == "VERB" and g.lemma_.lower() in self.lex.preparation_verbs
            for g in self._governors(token)[1:]
        )

    def _on_threat_condition(self, token: Token) -> bool:
        """ "will withdraw its force unless ...": announced to make the other side act."""
        return any(
            c.dep_ == "advcl"
            and any(m.lower_ in self.lex.threat_conditions for m in c.children if m.dep_ == "mark")
            for c in self._governors(token)[0].children
        )

    def _host(self, token: Token, on: PartialDate | None) -> Entity | None:
        """Who hosts talks named as the object of "accueillir", "héberger", "host"."""
        verb = clause_of(token)
        hosted = any(o.i == token.i for o in object_phrases(verb, self.lex.case("partitive")))
        if not hosted or verb.lemma_.lower() not in self.lex.host_verbs:
            return None
        hosts, _ = clause_subject(verb, self.lex)
        return self.entity(hosts[0], on) if hosts else None

    def _topic(self, trigger: Trigger, sentence: Span) -> bool:
        """A nominal trigger that is the matter of a preceding trigger ("des négociations sur le retrait")."""
        if not trigger.nominal or preposition(trigger.token) not in self.lex.case("topic"):
            return False
        for token in reversed(sentence.doc[sentence.start : trigger.token.i]):
            if token.pos_ in ("VERB", "AUX"):
                return False
            if self.lex.nouns.get(token.lemma_.lower()) or self.lex.nouns.get(token.lower_):
                return True
        return False

    def _city(self, token: Token) -> bool:
        if token.pos_ != "PROPN":
            return False
        place = self.gazetteer.lookup(name_span(token).text)
        return place is not None and place.feature == "city"

    def _reporting(self, token: Token) -> bool:
        """ "a reconnu que ...", "dément que ...": a speech verb with a clause reports, it is no event."""
        return attr.is_speech_verb(token, self.lex) and any(c.dep_ == "ccomp" for c in token.children)

    def _town(self, token: Token) -> Entity | None:
        """A town the knowledge base does not know, as what is done to its people ("shelled Juba")."""
        if token.pos_ != "PROPN":
            return None
        names = [name_span(token), _proper_run(token)]
        name = next((n for n in names if self.gazetteer.lookup(n.text)), names[0])
        place = self.gazetteer.lookup(name.text)
        return (
            _place_entity(PlaceMention(name.text, place, name.start_char, name.end_char)) if place else None
        )

    def _entities(self, tokens: list[Token], on: PartialDate | None) -> list[Entity]:
        out: list[Entity] = []
        for token in tokens:
            found = self.entity(token, on)
            more = self._coordinated_nationalities(token, found) if found is not None else []
            for entity in [found, *more]:
                if entity is not None and not any(same_entity(entity, e) for e in out):
                    out.append(entity)
        return out

    def _coordinated_nationalities(self, noun: Token, found: Entity) -> list[Entity]:
        """ "U.S. and British forces": one noun, an actor for each coordinated nationality."""
        out = []
        for adjective in noun.children:
            if adjective.dep_ not in ("amod", "compound") or not self.kb.country_of_adjective(adjective.text):
                continue
            for other in adjective.children:
                iso3 = self.kb.country_of_adjective(other.text) if other.dep_ == "conj" else None
                if iso3 is None or iso3 == found.country:
                    continue
                entry = self.kb.country_entry(iso3)
                out.append(
                    Entity(
                        text=f"{other.text} {noun.text}",
                        name=f"{entry.name} {noun.lower_}",
                        kind=found.kind,
                        country=iso3,
                        id=entry.id,
                        start=other.idx,
                        end=noun.idx + len(noun.text),
                    )
                )
        return out

    def _attribution(
        self, trigger: Token, selon: list[tuple[Token, Token]], on: PartialDate | None
    ) -> Attribution | None:
        found: list[tuple[int, Attribution]] = []
        source = attr.speech_source(trigger, self.lex)
        if source is not None:
            speaker = self.entity(source.speaker[0], on)
            if speaker is not None:
                start = min(source.speaker[0].left_edge.idx, source.cue.start_char)
                found.append(
                    (source.cue.start, Attribution(speaker, self.doc.text[start : source.cue.end_char]))
                )
        for marker, head in selon:
            if marker.i < trigger.i or trigger in head.head.subtree:
                span = phrase_span(head)
                start = min(marker.idx, span.start_char)
                text = self.doc.text[start : span.end_char]
                found.append((marker.i, Attribution(self.entity(head, on), text)))
        # Of several sources, the one introduced last before the event is the one that reports it.
        before = [f for f in found if f[0] < trigger.i] or found
        return max(before, key=lambda f: f[0])[1] if before else None

    def _enrich_previous(
        self, trigger: Trigger, date: DateMention | None, place: PlaceMention | None
    ) -> None:
        """A bare "cette rencontre" refers back to the last event of its type: add what it says."""
        for event in reversed(self.events):
            if event.event_type == trigger.spec.type:
                if event.location is None and place is not None:
                    event.location = place
                    _infer_meeting_mode(event)
                if event.date is None and date is not None:
                    event.date = date
                return

    def _read_blame(self, sentence: Span, s_index: int) -> None:
        """A statement that describes someone's repression or abuses is an accusation (ACCUSE, disapprove)."""
        used: set[int] = set()
        for verb in sentence:
            if not attr.is_speech_verb(verb, self.lex):
                continue
            speakers, _ = clause_subject(verb, self.lex)
            if not speakers:
                continue
            for token in verb.subtree:
                if token.i == verb.i or token.i in used or token.lemma_.lower() not in self.lex.blame_nouns:
                    continue
                if token.head.i < verb.i and token.i < verb.i:
                    continue
                target = self.possessor(token, None) or self._genitive_actor(token)
                speaker = self.entity(speakers[0], None)
                if target is None or speaker is None or same_entity(target, speaker):
                    continue
                cue = attr.cue_of(verb)
                used.add(token.i)
                self.events.append(
                    Event(
                        doc_id=self.document.doc_id,
                        event_id=f"{self.document.doc_id}:{s_index}:{len(self.events)}",
                        event_type="ACCUSE",
                        mode="disapprove",
                        contexts=[],
                        actors=[speaker],
                        recipients=[target],
                        date=self.dates.date_for(verb, self._blocked),
                        location=None,
                        auxiliary=[],
                        attribution=None,
                        evidence=_evidence(sentence, cue[0], trigger_text=f"{cue.text} … {token.text}"),
                        confidence=0.6,
                        score=taxonomy.score("ACCUSE", "disapprove"),
                    )
                )
                break

    def _genitive_actor(self, noun: Token) -> Entity | None:
        roles = (
            roles_of(Trigger(noun, self.lex.nouns[noun.lemma_.lower()]), self.lex)
            if (noun.lemma_.lower() in self.lex.nouns)
            else Roles()
        )
        found = self._entities(roles.actors, None)
        return found[0] if found else None

    # -- quotes -----------------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        out = []
        for start, end in attr.quote_spans(self.doc, self.lex.lang):
            inner = self.doc.char_span(start, end, alignment_mode="expand")
            if inner is None or not len(inner):
                continue
            sentence = inner[0].sent
            speaker, cue = self._speaker_of(inner, sentence)
            named = self.resolver.mentions(inner)
            about = [m for m in named if m.start is not None and start <= m.start < end]
            out.append(
                Quote(
                    doc_id=self.document.doc_id,
                    speaker=speaker,
                    quote=self.document.text[start:end],
                    start=start,
                    end=end,
                    cue=cue,
                    about=about,
                )
            )
        return out

    def _speaker_of(self, inner: Span, sentence: Span) -> tuple[Entity | None, str]:
        source = attr.speech_source(inner.root, self.lex)
        if source is None:
            verbs = [
                t for t in sentence if attr.is_speech_verb(t, self.lex) and not inner.start <= t.i < inner.end
            ]
            if verbs:
                verb = min(verbs, key=lambda v: abs(v.i - inner.start))
                speakers, _ = clause_subject(verb, self.lex)
                if speakers:
                    source = attr.Source(speakers, attr.cue_of(verb), verb)
        if source is not None:
            return self.entity(source.speaker[0], self.document.published), source.cue.text
        for marker, head in attr.according_to(sentence, self.lex):
            return self.entity(head, self.document.published), marker.text
        return None, ""


def _unnamed(span: Span, name: str, country: str | None) -> Entity:
    """A thing standing for a side no actor is named for (a bomb, a hotel), of the country where it is."""
    return Entity(
        text=span.text, name=name, kind="other", country=country, start=span.start_char, end=span.end_char
    )


def _same_span(entity: Entity, place: PlaceMention) -> bool:
    if entity.start is None or place.start is None:
        return False
    return entity.start <= place.start < (entity.end or entity.start)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in [t, *(k for k in t.children if k.dep_ == "conj")]]


def _proper_run(token: Token) -> Span:
    """The proper nouns around `token`, without the common nouns compounded with them ("capital Juba")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[start : end + 1]


def _named_first(entities: list[Entity]) -> list[Entity]:
    """Beside a named or located recipient, an anonymous one ("troops") is what is acted with, not on."""
    located = [e for e in entities if e.id or e.country]
    return located or entities


def _place_entity(place: PlaceMention) -> Entity:
    """A place standing for those who live there, as the recipient of what is done in it."""
    kind = "state" if place.place.feature == "country" else "other"
    return Entity(
        text=place.text,
        name=place.place.name,
        kind=kind,
        country=place.place.country,
        start=place.start,
        end=place.end,
    )


def _intent_type(etype: str, mode: str | None, conditional: bool) -> tuple[str, str | None]:
    """An intended act as PLOVER codes it: cooperation promised is AGREE, force or coercion announced, or
    any act announced unless the other side yields, is a threat (THREATEN); words (requests, accusations,
    rejections) keep their type."""
    quad = taxonomy.TYPES[etype].quad
    if conditional and quad != "verbal conflict":
        return "THREATEN", None
    if (etype, mode) == ("RETREAT", "resign"):
        return etype, mode  # an announced resignation is promised to no one
    if quad in ("verbal cooperation", "material cooperation"):
        return "AGREE", None
    if quad == "material conflict":
        return "THREATEN", "violence" if etype == "ASSAULT" else None
    return etype, mode


def _evidence(sentence: Span, token: Token, trigger_text: str | None = None) -> Evidence:
    return Evidence(
        sentence=sentence.text.strip(),
        start=sentence.start_char,
        end=sentence.end_char,
        trigger=trigger_text or token.text,
        trigger_start=token.idx,
    )


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


def _infer_meeting_mode(event: Event) -> None:
    """A meeting in one side's country is a visit by the others; in nobody's, hosted by a third party."""
    if event.event_type != "CONSULT" or event.mode is not None or event.location is None:
        return
    where = event.location.place.country
    people = event.actors + event.recipients
    countries = {e.country for e in people}
    if where is None or None in countries or len(people) < 2:
        return
    if where in countries and len(countries) > 1:
        event.mode = "visit"
        event.actors = [e for e in people if e.country != where]
        event.recipients = [e for e in people if e.country == where]
    elif where not in countries:
        event.mode = "third-party"
    event.score = taxonomy.score(event.event_type, event.mode)


def read_document(
    document: Document, doc: Doc, kb: KnowledgeBase, gazetteer: Gazetteer, typing: Typing | None = None
) -> Extraction:
    """Events and quotes of one parsed document (its language must be set)."""
    reader = _DocumentReader(document, doc, kb, gazetteer)
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
    events = merge_coreferent(answer_responses(reader.read(typing or Typing()), sentences))
    return Extraction(document, events, reader.quotes(), sentences)
