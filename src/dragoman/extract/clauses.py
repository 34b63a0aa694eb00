"""Triggers that are no event of their own: the content of a demand or a threat, a purpose, an aim, a
condition, a report, a topic, an act told twice. Each rule says yes when the trigger is to be skipped."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dragoman.extract import attribution as attr
from dragoman.extract.lexicon import Lexicon
from dragoman.extract.reading import Reading, Sentence
from dragoman.extract.rules import Rulebook
from dragoman.extract.triggers import Trigger
from dragoman.language.syntax import OBJECTS, RELATIVE, is_passive, kids, preposition, subjects

Skip = Callable[[Reading, Trigger, Sentence], bool]
SKIPS: Rulebook[Skip] = Rulebook("skip")

PURPOSE_CLAUSES = frozenset({"xcomp", "advcl"})
_XCOMP = frozenset({"xcomp"})
# Clauses that are not part of the clause that governs them.
_OWN_CLAUSES = RELATIVE | frozenset({"advcl", "parataxis"})


@SKIPS.register("told twice")
def told_twice(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """ "killed two soldiers and wounded five": verbs of one type coordinated in a clause are one act."""
    token = trigger.token
    same = any(t.token.i == token.head.i and t.spec.type == trigger.spec.type for t in sentence.triggers)
    return token.dep_ == "conj" and same and not subjects(token)


@SKIPS.register("aim", "purpose_markers", "aim_verbs")
def aim(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """What an act is for is not an act: "resigned to allow elections", "a resolution that aims to
    tighten sanctions", "offered troops to help him"."""
    token, lex = trigger.token, reading.lex
    if token.pos_ != "VERB" or subjects(token):
        return False
    marked = any(c.lower_ in lex.purpose_markers for c in token.children if c.dep_ in ("aux", "mark"))
    if token.dep_ == "advcl" and marked:
        return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.aim_verbs


@SKIPS.register("content", "speech_verbs", "obligation_auxiliaries")
def content(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """Inside what a demand, threat, promise or refusal is about ("refused to sign", "threatened to ban
    X", "demanded the withdrawal of Y"), what someone says another "must" do, or what a protest is for
    ("marched to demand reforms")."""
    node, lex, governors = trigger.token, reading.lex, sentence.governors
    while node.head.i != node.i:
        # A passive clause is done to the protesters ("before being gassed"), not what they are for.
        if (
            node.dep_ in PURPOSE_CLAUSES
            and node.head.i in sentence.protests
            and not subjects(node)
            and not is_passive(node)
        ):
            return True
        if node.dep_ in _OWN_CLAUSES or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False
        if obliged(node, lex):
            return True
        head = node.head
        if head.i in governors and not reporting(head, lex):
            return True
        if node.dep_ == "ccomp" and any(o.i in governors and o.i < node.i for o in kids(head, OBJECTS)):
            return True  # "repeated its demand today that Israel ease ...": the demand's clause
        node = head
    return False


@SKIPS.register("condition", "condition_markers")
def condition(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """In an "if" or "unless" clause: a condition, not something that happened."""
    node = trigger.token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.lower_ in reading.lex.condition_markers for c in node.children if c.dep_ == "mark"
        ):
            return True
        node = node.head
    return False


@SKIPS.register("reporting", "speech_verbs")
def reported(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """ "a reconnu que la situation ...", "dément que ...": a speech verb with a clause reports, it is no
    event; unless the clause made the verb an admission ("a reconnu qu'il avait menti": lexicon `clausal`)."""
    admits = trigger.spec.clausal is not None and trigger.spec.type == trigger.spec.clausal
    return reporting(trigger.token, reading.lex) and not admits


@SKIPS.register("topic", "cases.topic")
def topic(reading: Reading, trigger: Trigger, sentence: Sentence) -> bool:
    """A nominal trigger that is the matter of a preceding trigger ("des négociations sur le retrait")."""
    lex = reading.lex
    if not trigger.nominal or preposition(trigger.token) not in lex.case("topic"):
        return False
    for token in reversed(sentence.span.doc[sentence.span.start : trigger.token.i]):
        if token.pos_ in ("VERB", "AUX"):
            return False
        if lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_):
            return True
    return False


def reporting(token: Token, lex: Lexicon) -> bool:
    return attr.is_speech_verb(token, lex) and any(c.dep_ == "ccomp" for c in token.children)


def obliged(clause: Token, lex: Lexicon) -> bool:
    """ "(said that) Libya must hand over the suspects": a clause saying what someone else must do."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.i != clause.i
        and bool(subjects(clause))
        and (
            any(c.lower_ in lex.obligation_auxiliaries for c in clause.children if c.dep_.startswith("aux"))
            # "la Libye doit livrer": the modal is the clause's verb, the act its infinitive.
            or (clause.lemma_.lower() in lex.obligation_auxiliaries and bool(kids(clause, _XCOMP)))
        )
    )
