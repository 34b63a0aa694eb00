"""The actors the words of one document stand for: a head token resolved to an entity, pronouns and
possessives followed back to their antecedent, counted people, coordinated nationalities, towns."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dragoman.extract.anchors import name_span
from dragoman.extract.arguments import clause_subject, possessor_number
from dragoman.extract.attribution import speech_source
from dragoman.extract.lexicon import Lexicon
from dragoman.extract.places import Gazetteer
from dragoman.language.syntax import (
    OBJECTS,
    SUBJECTS,
    clause_of,
    feats,
    phrase_span,
    preposition,
    prepositional,
)
from dragoman.model import Entity, PartialDate, Place, PlaceMention
from dragoman.resolve.identity import same_entity
from dragoman.resolve.kb import KnowledgeBase
from dragoman.resolve.resolver import DocumentResolver

# How far back (in tokens) a pronoun or possessive looks for the actor it stands for.
_ANTECEDENT_WINDOW = 120


class Actors:
    """Entity lookups of one document, cached: the resolver is asked once for each phrase and date."""

    def __init__(
        self,
        doc: Doc,
        lex: Lexicon,
        resolver: DocumentResolver,
        kb: KnowledgeBase,
        gazetteer: Gazetteer,
        published: PartialDate | None,
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.resolver = resolver
        self.kb = kb
        self.gazetteer = gazetteer
        self.published = published
        self._cache: dict[tuple[int, int, str | None], Entity | None] = {}
        self._antecedents: dict[int, Token] = {}  # pronoun -> the word it was found to stand for

    def entity(self, token: Token, on: PartialDate | None) -> Entity | None:
        """The actor a head token stands for, following pronouns and possessives back to their antecedent."""
        if token.lemma_.lower() in self.lex.quantity_nouns or token.pos_ == "NUM":
            # "thousands of students", "two of its diplomats": the people counted are the actor.
            counted = [c for p, c in prepositional(token) if p in self.lex.case("genitive")]
            if counted:
                return self.entity(counted[0], on)
        if token.pos_ == "PRON" and "1" in feats(token, "Person") and "Sing" in feats(token, "Number"):
            # "« les propositions que je leur avais faites », a déclaré le maire": "je" is the speaker.
            source = speech_source(token, self.lex)
            speaker = source.speaker[0] if source is not None else None
            return self.entity(speaker, on) if speaker is not None and speaker.pos_ != "PRON" else None
        number = self.lex.pronouns.get(token.lower_) if token.pos_ == "PRON" else None
        if number is not None:
            return self._antecedent(token, number, on)
        span = phrase_span(token)
        # An agent the parser hung on this phrase ("trois opposants [par la police]") is another actor.
        cuts = [
            c.left_edge.i for p, c in prepositional(token) if p in self.lex.case("agent") and c.i > token.i
        ]
        # Nor is the city the parser hung on a name ("a reçu Angela Merkel [à Paris]"): it says where.
        places = self.lex.case("location_city") | self.lex.case("location")
        cuts += [
            c.left_edge.i
            for p, c in prepositional(token)
            if token.pos_ == "PROPN" and p in places and c.i > token.i and self.city(c)
        ]
        if cuts:
            span = self.doc[span.start : max(token.i + 1, min(cuts))]
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
            if number == "sing" and _coordinated(cand):
                continue  # "Pierre et Paul ont été écartés": two people, whom "il" is not
            candidates.append(cand)
        # The doer of the clause before is preferred to any other noun, named as subject or as the agent of
        # a passive ("écartés par le premier secrétaire X. Pourtant, il avait ...").
        doers = [c for c in candidates if c.dep_ in SUBJECTS or preposition(c) in self.lex.case("agent")]
        ordered = doers + [c for c in candidates if c not in doers]
        for cand in ordered:
            found = self.entity(cand, on)
            # "leur désir ... Il": a thing resolved to its possessor is not what the pronoun stands for.
            own = found is not None and (found.start is None or found.start <= cand.idx < (found.end or 0))
            if found is not None and own and found.kind not in ("other",):
                self._antecedents[token.i] = cand
                return found
        if number == "plur":
            # No plural antecedent: one person and whom they met ("Macron received Merkel. They signed").
            found = self._antecedent(token, "sing", on)
            if found is not None and self._partners(token, found, on):
                return found
            self._antecedents.pop(token.i, None)
        return None

    def _partners(self, pronoun: Token, found: Entity, on: PartialDate | None) -> list[Entity]:
        """ "X a rendu visite à Y et ils ont discuté", "X met Y and they talked": a plural pronoun whose
        nearest antecedent is one person stands for that person and whom they met in that clause."""
        cand = self._antecedents.get(pronoun.i)
        if cand is None or found.kind != "person" or self.lex.pronouns.get(pronoun.lower_) != "plur":
            return []
        verb = clause_of(cand)
        if cand.dep_ in SUBJECTS:
            nouns = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", *OBJECTS) and c.pos_ == "NOUN")]
            others = [c for n in nouns for c in n.children if c.dep_ in OBJECTS and c.i != cand.i] + [
                c for n in nouns for p, c in prepositional(n) if p in self.lex.case("recipient")
            ]
        else:
            others = [s for s in verb.children if s.dep_ in SUBJECTS]
        out = []
        for other in others:
            partner = self.entity(other, on) if other.i < pronoun.i else None
            if partner is not None and partner.kind not in ("other",) and not same_entity(partner, found):
                out.append(partner)
        return out

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
        owner = self.possessor(noun, self.published)
        if owner is None or owner.country is None:
            return None
        return self.gazetteer.lookup(self.kb.country_entry(owner.country).name)

    def entities(self, tokens: list[Token], on: PartialDate | None) -> list[Entity]:
        """The distinct actors of several head tokens, each with its coordinated nationalities."""
        out: list[Entity] = []
        for token in tokens:
            found = self.entity(token, on)
            more = self._coordinated_nationalities(token, found) if found is not None else []
            if found is not None and token.pos_ == "PRON":
                more += self._partners(token, found, on)
            for entity in [found, *more]:
                if entity is not None and not any(same_entity(entity, e) for e in out):
                    out.append(entity)
        return out

    def _coordinated_nationalities(self, noun: Token, found: Entity) -> list[Entity]:
        """ "U.S. and British forces": one noun, an actor for each coordinated nationality."""
        out = []
        for adjective in noun.children:
            name_before = adjective.dep_ == "nmod" and adjective.i < noun.i
            if not (adjective.dep_ in ("amod", "compound") or name_before):
                continue
            if not self._nationality_of(adjective):
                continue
            # A name first is one of the sides too ("US and British troops" read as the British ones).
            for other in [adjective, *adjective.children] if name_before else list(adjective.children):
                iso3 = self._nationality_of(other) if other.dep_ == "conj" or other is adjective else None
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

    def _nationality_of(self, word: Token) -> str | None:
        """The country a nationality adjective or, before a noun, a country's name stands for."""
        return self.kb.country_of_adjective(word.text) or self.kb.country_of_name(word.text)

    def nationality(self, adjective: Token) -> Entity | None:
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

    def town(self, token: Token) -> Entity | None:
        """A town the knowledge base does not know, as what is done to its people ("shelled Juba")."""
        if token.pos_ != "PROPN":
            return None
        names = [name_span(token), _proper_run(token)]
        name = next((n for n in names if self.gazetteer.lookup(n.text)), names[0])
        place = self.gazetteer.lookup(name.text)
        return place_entity(PlaceMention(name.text, place, name.start_char, name.end_char)) if place else None

    def city(self, token: Token) -> bool:
        if token.pos_ != "PROPN":
            return False
        place = self.gazetteer.lookup(name_span(token).text)
        return place is not None and place.feature == "city"


def _proper_run(token: Token) -> Span:
    """The proper nouns around `token`, without the common nouns compounded with them ("capital Juba")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[start : end + 1]


def place_entity(place: PlaceMention) -> Entity:
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


def _coordinated(token: Token) -> bool:
    """A noun joined with another by a conjunction ("Pierre et Paul"): the phrase names several. A conjunct
    with no conjunction is an apposition the parser took for one ("X, actuel président, Pascal N.")."""
    conjuncts = [token] if token.dep_ == "conj" else [c for c in token.children if c.dep_ == "conj"]
    return any(c.dep_ == "cc" for conjunct in conjuncts for c in conjunct.children)
