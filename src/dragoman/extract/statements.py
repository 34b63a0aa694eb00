"""Events said without a trigger word: what someone says another must do is a demand (REQUEST); a
statement describing someone's repression or abuses is an accusation (ACCUSE)."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.extract import attribution as attr
from dragoman.extract.arguments import Roles, clause_subject, roles_of
from dragoman.extract.clauses import obliged
from dragoman.extract.reading import SENTENCES, Reading, Sentence
from dragoman.extract.sources import attribution
from dragoman.extract.triggers import Trigger
from dragoman.language.syntax import subjects
from dragoman.model import Entity
from dragoman.resolve.identity import same_entity


@SENTENCES.register("obligation", "obligation_auxiliaries")
def obligations(reading: Reading, sentence: Sentence) -> None:
    """ "X said (that) Y must do Z" is X's demand on Y (REQUEST)."""
    look = reading.actors
    for clause in sentence.span:
        if not obliged(clause, reading.lex):
            continue
        speakers, _ = clause_subject(clause.head, reading.lex)
        date = reading.dates.date_for(clause.head, reading.blocked)
        on = date.date if date else None
        actors = look.entities(speakers, on)
        recipients = look.entities(_with_conjuncts(subjects(clause)), on)
        recipients = [r for r in recipients if not any(same_entity(r, a) for a in actors)]
        if not actors or not recipients:
            continue
        source = attribution(reading, clause.head, sentence.selon, on)
        reading.add(sentence, clause.head, "REQUEST", None, actors, recipients, date, None, [], source, 0.7)


@SENTENCES.register("blame", "speech_verbs", "blame_nouns")
def blame(reading: Reading, sentence: Sentence) -> None:
    """A statement that describes someone's repression or abuses is an accusation (ACCUSE, disapprove)."""
    used: set[int] = set()
    for verb in sentence.span:
        if not attr.is_speech_verb(verb, reading.lex):
            continue
        speakers, _ = clause_subject(verb, reading.lex)
        if not speakers:
            continue
        for token in verb.subtree:
            if token.i == verb.i or token.i in used or token.lemma_.lower() not in reading.lex.blame_nouns:
                continue
            if token.head.i < verb.i and token.i < verb.i:
                continue
            target = reading.actors.possessor(token, None) or _genitive_actor(reading, token)
            speaker = reading.actors.entity(speakers[0], None)
            if target is None or speaker is None or same_entity(target, speaker):
                continue
            cue = attr.cue_of(verb)
            used.add(token.i)
            date = reading.dates.date_for(verb, reading.blocked)
            reading.add(
                sentence,
                cue[0],
                "ACCUSE",
                "disapprove",
                [speaker],
                [target],
                date,
                None,
                [],
                None,
                0.6,
                trigger_text=f"{cue.text} … {token.text}",
            )
            break


def _genitive_actor(reading: Reading, noun: Token) -> Entity | None:
    lex = reading.lex
    spec = lex.nouns.get(noun.lemma_.lower())
    roles = roles_of(Trigger(noun, spec), lex) if spec is not None else Roles()
    found = reading.actors.entities(roles.actors, None)
    return found[0] if found else None


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in [t, *(k for k in t.children if k.dep_ == "conj")]]
