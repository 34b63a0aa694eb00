"""Candidates, and their type: the first step of reading a document.

Three ways, chosen per run (`dragoman extract --candidates`):
- `rules`: the triggers the lexicon finds, typed by the lexicon;
- `classifier`: every verb and noun, typed by the learned classifier alone (no lexicon);
- `both` (the default): the lexicon's triggers; those of the broad lexicon are each retyped or dropped by
  the classifier, which reads the rule's type among its features, while the trusted ones (hand-written,
  read with their object, announced, with a named doer: `_trusted`) keep the rule's reading unread by it:
  it could only retype them, and encoding them was most of the classifier's cost.
The classifier keeps a candidate when the probability of no event is below `threshold` (chosen on the
development sets: docs/accuracy.md) and gives it its most probable type; the probability travels with the
trigger into the event's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from dragoman.extract import classifier
from dragoman.extract.arguments import noun_agents
from dragoman.extract.classifier import Candidate
from dragoman.extract.lexicon import Lexicon, TriggerSpec
from dragoman.extract.triggers import Trigger, find_triggers
from dragoman.taxonomy import SYMMETRIC_TYPES

Mode = Literal["rules", "classifier", "both"]
MODES: tuple[Mode, ...] = ("rules", "classifier", "both")
# A candidate is kept when the probability of no event is below this, and a rule's type gives way to the
# classifier's only when the classifier is this much surer of its own (docs/accuracy.md says how both were
# set: on the development sets, French and English together).
THRESHOLD = 0.9
MARGIN = 0.3


@dataclass(frozen=True)
class Typing:
    """How candidates are found and typed in a run."""

    mode: Mode = "both"
    threshold: float = THRESHOLD
    margin: float = MARGIN


def _retyped(spec: TriggerSpec, etype: str) -> TriggerSpec:
    """The rule's reading under the classifier's type: the rule's own flags belong to its type, so a new type
    keeps only the word and its part of speech."""
    if spec.type == etype:
        return spec
    return TriggerSpec(lemma=spec.lemma, pos=spec.pos, type=etype, symmetric=etype in SYMMETRIC_TYPES)


def _generic(lemma: str, pos: str, etype: str) -> TriggerSpec:
    return TriggerSpec(
        lemma=lemma, pos="noun" if pos == "NOUN" else "verb", type=etype, symmetric=etype in SYMMETRIC_TYPES
    )


def _announced(token: Token, lex: Lexicon) -> bool:
    """The complement of a word of intent, preparation, future or possibility ("is prepared to [impose]",
    "pourrait [sanctionner]")."""
    words = lex.intent_verbs | lex.preparation_verbs | lex.future_verbs | lex.hypothetical_verbs
    governed = token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in words
    modal = any(c.dep_.startswith("aux") and c.lemma_.lower() in words for c in token.children)
    return governed or modal


def doer_named(token: Token, lex: Lexicon) -> bool:
    """An event noun whose doer is named by an agent phrase, on it or on its "de" complement where the
    parser often hangs it ("le blocage de la parution [par la CGT]", "the arrest of three men [by the
    police]"): an act is told, whatever the words around it."""
    return token.pos_ == "NOUN" and any(c.i > token.i for c in noun_agents(token, lex))


def _trusted(spec: TriggerSpec, token: Token, lex: Lexicon) -> bool:
    """A rule candidate the classifier may retype but not drop: a hand-written trigger (the classifier only
    vets the broad lexicon); a word read with its object ("rendre [visite]", "intercepter [un avion]"),
    whose meaning the pair already settles; an act announced by an intent or modal word ("prepared to
    impose"), which the rules recode; an event noun with a named doer."""
    return (
        spec.curated
        or spec.pos == "phrase"
        or bool(spec.objects)
        or _announced(token, lex)
        or doer_named(token, lex)
    )


def triggers(documents: Sequence[Sequence[Span]], lex: Lexicon, typing: Typing) -> list[list[list[Trigger]]]:
    """The typed triggers of each sentence of each document (given as its sentences), in text order. The
    classifier reads the candidates of all the documents in one batch: the sentence encoder's cost is
    largely per call, and a document has few candidates."""
    if typing.mode == "rules":
        return [[find_triggers(sentence, lex) for sentence in sentences] for sentences in documents]
    if typing.mode == "classifier":
        read: list[list[list[Trigger | classifier.Candidate]]] = [
            [[classifier.Candidate(t, None) for t in classifier.generic_candidates(list(s))] for s in doc]
            for doc in documents
        ]
    else:
        read = [
            [
                [
                    t if _trusted(t.spec, t.token, lex) else classifier.Candidate(t.token, t.spec)
                    for t in find_triggers(sentence, lex)
                ]
                for sentence in sentences
            ]
            for sentences in documents
        ]
    pending = [c for doc in read for sentence in doc for c in sentence if isinstance(c, classifier.Candidate)]
    vetted = iter(_vetted(pending, lex, typing))
    typed = [[[next(vetted) if isinstance(c, Candidate) else c for c in s] for s in d] for d in read]
    return [[[t for t in s if t is not None] for s in d] for d in typed]


def _vetted(candidates: list[classifier.Candidate], lex: Lexicon, typing: Typing) -> list[Trigger | None]:
    """The classifier's reading of each candidate: its trigger, or None when it says no event."""
    if not candidates:
        return []
    model = classifier.load(typing.mode)
    matrix = classifier.features(candidates, lex, classifier.encode, use_rules=model.use_rules)
    out: list[Trigger | None] = []
    for candidate, p in zip(candidates, model.probabilities(matrix), strict=True):
        if p[0] >= typing.threshold:
            out.append(None)
            continue
        best = 1 + int(p[1:].argmax())
        if candidate.spec is not None:
            ruled = classifier.CLASSES.index(candidate.spec.type)
            if p[best] - p[ruled] < typing.margin:
                best = ruled  # the rule's reading stands unless the classifier is much surer
        etype = classifier.CLASSES[best]
        token = candidate.token
        spec = (
            _retyped(candidate.spec, etype)
            if candidate.spec is not None
            else _generic(token.lemma_.lower(), token.pos_, etype)
        )
        out.append(Trigger(token, spec, probability=float(p[best])))
    return out
