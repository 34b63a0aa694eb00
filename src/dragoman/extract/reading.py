"""What the rules share while reading one document: its parse, language data, actors, dates and the events
found so far; one sentence's triggers; one trigger's event as the rules fill it in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dragoman import taxonomy
from dragoman.extract.actors import Actors
from dragoman.extract.anchors import DateAnchors
from dragoman.extract.arguments import Roles
from dragoman.extract.coding import Coding
from dragoman.extract.lexicon import Lexicon
from dragoman.extract.places import Gazetteer
from dragoman.extract.rules import Rulebook, Switches
from dragoman.extract.triggers import Trigger
from dragoman.model import (
    Attribution,
    DateMention,
    Document,
    Entity,
    Event,
    Evidence,
    PartialDate,
    PlaceMention,
)
from dragoman.resolve.kb import KnowledgeBase


@dataclass
class Reading:
    """Extraction state for one document."""

    document: Document
    doc: Doc
    lex: Lexicon
    coding: Coding
    switches: Switches
    actors: Actors
    kb: KnowledgeBase
    gazetteer: Gazetteer
    dates: DateAnchors
    events: list[Event] = field(default_factory=list)
    mediator_nouns: set[int] = field(default_factory=set)  # where a mediator noun made an event
    # Acts told without their doer ("un attentat contre un hôtel de Mogadiscio"), in text order, that a
    # later definite mention may claim ("L'attaque a été revendiquée par les shebab": events.told_before).
    untold: list[Draft] = field(default_factory=list)

    def blocked(self, governor: Token) -> bool:
        """Clauses whose date does not pass to their complement: speech, requests, intentions."""
        lemma = governor.lemma_.lower()
        if lemma in self.lex.speech_verbs | self.lex.future_verbs | self.lex.hypothetical_verbs:
            return True
        spec = self.lex.verbs.get(lemma)
        return spec is not None and spec.type in ("REQUEST", "THREATEN", "AGREE")

    def add(
        self,
        sentence: Sentence,
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
        trigger_text: str | None = None,
    ) -> Event:
        event = Event(
            doc_id=self.document.doc_id,
            event_id=f"{self.document.doc_id}:{sentence.index}:{len(self.events)}",
            event_type=etype,
            mode=mode,
            contexts=[],
            actors=actors,
            recipients=recipients,
            date=date,
            location=place,
            auxiliary=aux,
            attribution=attribution,
            evidence=_evidence(sentence.span, token, trigger_text),
            confidence=confidence,
            score=taxonomy.score(etype, mode),
        )
        self.events.append(event)
        return event


@dataclass
class Sentence:
    """One sentence being read: its triggers and the "selon X" phrases that attribute what it says."""

    span: Span
    index: int
    triggers: list[Trigger]
    selon: list[tuple[Token, Token]]
    first: int  # how many events the document had before this sentence
    governors: dict[int, Trigger]  # triggers whose complement is their content
    protests: set[int]  # tokens whose purpose clause is part of the act


@dataclass
class Draft:
    """The event one trigger makes, as the rules fill it in."""

    trigger: Trigger
    sentence: Sentence
    etype: str
    mode: str | None
    aux: list[str]
    date: DateMention | None = None
    roles: Roles = field(default_factory=Roles)
    place: PlaceMention | None = None
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    brokers: list[Entity] = field(default_factory=list)
    broker: Entity | None = None
    host: Entity | None = None
    mentioned: bool = False  # named by its owner alone: an event only when aimed at someone

    @property
    def token(self) -> Token:
        return self.trigger.token

    @property
    def on(self) -> PartialDate | None:
        return self.date.date if self.date else None


def _evidence(sentence: Span, token: Token, trigger_text: str | None = None) -> Evidence:
    # The span may hold the blank lines after a paragraph: the evidence is the sentence without them,
    # and its offsets are the sentence's own, so that text[start:end] is the sentence.
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    words = text.strip()
    return Evidence(
        sentence=words,
        start=start,
        end=start + len(words),
        trigger=trigger_text or token.text,
        trigger_start=token.idx,
    )


# One step of reading a trigger's event: it fills in the draft, and says no when the trigger makes none.
Step = Callable[[Reading, Draft], bool]
STEPS: Rulebook[Step] = Rulebook("trigger step")

# A rule over a whole sentence: the events of its triggers, and those said without a trigger word.
SentenceRule = Callable[[Reading, Sentence], None]
SENTENCES: Rulebook[SentenceRule] = Rulebook("sentence")
