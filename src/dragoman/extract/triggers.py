"""Finding trigger words in a parsed sentence: verbs, verb + object phrases, nouns, predicate adjectives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dragoman.extract.lexicon import Lexicon, TriggerSpec
from dragoman.language.syntax import kids, object_phrases, preposition

_COPULA = frozenset({"cop", "aux:pass", "auxpass"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    spec: TriggerSpec

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
        present.update(c.lower_ for c in child.children if c.dep_ == "mark")
    return all(word in present for word in required)


def _verb_spec(token: Token, lex: Lexicon) -> TriggerSpec | None:
    for obj in object_phrases(token):
        phrase = lex.phrases.get((_lemma(token), _lemma(obj)))
        if phrase:
            return phrase
    return lex.verbs.get(_lemma(token))


def _predicate_adjective(token: Token, lex: Lexicon) -> TriggerSpec | None:
    """ "est ouvert à", "sont prêts à": an adjective (or participle parsed as passive) with a copula."""
    if not kids(token, _COPULA):
        return None
    return lex.adjective(token.lower_) or lex.adjectives.get(_lemma(token))


def find_triggers(sentence: Span, lex: Lexicon) -> list[Trigger]:
    """The event triggers of a sentence, in text order."""
    found: list[Trigger] = []
    for token in sentence:
        spec: TriggerSpec | None = None
        if token.pos_ in ("ADJ", "VERB"):
            spec = _predicate_adjective(token, lex)
        if spec is None and token.pos_ == "VERB":
            spec = _verb_spec(token, lex)
        if spec is None and token.pos_ == "NOUN":
            spec = lex.nouns.get(_lemma(token)) or lex.nouns.get(token.lower_)
        if spec is not None and _has_required(token, spec.requires):
            found.append(Trigger(token, spec))
    return found
