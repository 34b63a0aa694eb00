"""Finding trigger words in a parsed sentence: verbs, verb + object phrases, nouns, predicate adjectives."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dragoman.extract.lexicon import Lexicon, TriggerSpec
from dragoman.language.compounds import compound_head
from dragoman.language.syntax import (
    CLAUSAL_COMPLEMENTS,
    NOUN_MODIFIERS,
    OBJECTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PREDICATIVE,
    SUBJECTS,
    kids,
    object_phrases,
    particles,
    preposition,
)

_COPULA = frozenset({"cop", "aux:pass", "auxpass"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    spec: TriggerSpec
    probability: float | None = None  # the classifier's belief in the trigger's type, when it was asked

    @property
    def nominal(self) -> bool:
        return self.spec.pos == "noun"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _has_required(token: Token, required: tuple[str, ...]) -> bool:
    """Every required word is a dependent of the trigger, or the preposition/marker of one."""
    present = set()
    for child in token.children:
        present.add(child.lower_)
        present.add(_lemma(child))
        prep = preposition(child)
        if prep:
            present.add(prep)
        # The marker of a complement clause: "prêts à" (mark), "ready to" ("to" is the verb's aux).
        present.update(c.lower_ for c in child.children if c.dep_ in ("mark", "aux"))
        # ... also when the parser hangs that clause on the object: "appelé les rebelles [à déposer]".
        if child.dep_ in OBJECTS:
            present.update(
                m.lower_ for c in child.children if c.dep_ == "acl" for m in c.children if m.dep_ == "mark"
            )
    return all(word in present for word in required)


def _verb_spec(token: Token, lex: Lexicon) -> TriggerSpec | None:
    verb = lex.lemmas.get(token.lower_) or _lemma(token)
    objects = [_lemma(o) for o in object_phrases(token, lex.case("partitive"))]
    # A phrasal verb with its object ("called off his visit") or alone ("called off its strike") before
    # the plain verb's phrases ("called a strike"), then a prepositional verb ("call for"), then the verb.
    bound = [c.lower_ for c in kids(token, PARTICLES)]
    for word in bound:
        for obj in objects:
            phrase = lex.phrases.get((f"{verb} {word}", obj))
            if phrase:
                return phrase
        spec = lex.verbs.get(f"{verb} {word}")
        if spec:
            return spec
    for obj in objects:
        phrase = lex.phrases.get((verb, obj))
        if phrase:
            return phrase
    for word in particles(token):
        spec = lex.verbs.get(f"{verb} {word}")
        if spec:
            return spec
    spec = lex.verbs.get(verb)
    if spec is not None and spec.clausal and not objects and _clause_complement(token):
        return replace(spec, type=spec.clausal, mode=None, objects=())
    if spec is not None and spec.objects:
        # "lifted the curfew" but not "eased tensions": the verb means the act only with these objects.
        things = object_phrases(token, lex.case("partitive")) + kids(token, PASSIVE_SUBJECTS)
        return spec if any(_lemma(t) in spec.objects for t in things) else None
    return spec


def _clause_complement(token: Token) -> bool:
    """A verb clause about the subject's own doing as complement: an infinitive or gerund ("a reconnu avoir
    menti", "admitted lying"), or a clause whose subject is a personal pronoun ("a reconnu qu'il avait
    menti", "admitted that they had lied"); not an adjective ("reconnu coupable": found guilty) nor a
    clause about something else ("a reconnu que la situation était grave")."""
    for clause in kids(token, CLAUSAL_COMPLEMENTS):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.dep_ == "xcomp":
            return True
        # Personal pronouns carry a person (the French model marks no PronType).
        if any(s.pos_ == "PRON" and s.morph.get("Person", []) for s in kids(clause, SUBJECTS)):
            return True
    return False


def _noun_spec(token: Token, lex: Lexicon) -> TriggerSpec | None:
    """A compound ("hunger strike") before the noun alone ("strike"); a joined compound the lexicon does
    not list by its head ("attentat-suicide" as "attentat")."""
    for mod in kids(token, NOUN_MODIFIERS):
        spec = lex.nouns.get(f"{mod.lower_} {_lemma(token)}")
        if spec:
            return spec
    spec = lex.nouns.get(_lemma(token)) or lex.nouns.get(token.lower_)
    head = compound_head(_lemma(token), lex.compound_joiners) if spec is None else None
    return lex.nouns.get(head) if head else spec


def _predicate_adjective(token: Token, lex: Lexicon) -> TriggerSpec | None:
    """ "est ouvert à", "sont prêts à": an adjective (or participle parsed as passive) with a copula."""
    if not kids(token, _COPULA) and token.dep_ not in PREDICATIVE:
        return None
    return lex.adjective(token.lower_) or lex.adjectives.get(_lemma(token))


def find_triggers(sentence: Span, lex: Lexicon) -> list[Trigger]:
    """The event triggers of a sentence, in text order."""
    found: list[Trigger] = []
    in_phrase: set[int] = set()  # objects already read with their verb ("imposed sanctions")
    for token in sentence:
        spec: TriggerSpec | None = None
        if token.pos_ in ("ADJ", "VERB"):
            spec = _predicate_adjective(token, lex)
        if spec is None and token.pos_ == "VERB":
            spec = _verb_spec(token, lex)
            if spec is not None and spec.pos == "phrase":
                in_phrase.update(o.i for o in object_phrases(token, lex.case("partitive")))
        if spec is None and token.pos_ == "NOUN":
            spec = _noun_spec(token, lex)
        if spec is not None and _has_required(token, spec.requires):
            found.append(Trigger(token, spec))
    return [t for t in found if t.token.i not in in_phrase]
