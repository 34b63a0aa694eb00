"""Negation, future and hypothetical readings of a trigger (PLOVER's auxiliary modes)."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.extract.lexicon import Lexicon
from dragoman.language.syntax import COMPLEMENT_CLAUSES, feats

_NEG_DEPS = frozenset({"advmod", "neg", "det", "cc"})


def _negated_here(token: Token, lex: Lexicon) -> bool:
    for child in token.children:
        if child.dep_ not in _NEG_DEPS:
            continue
        if "Neg" in feats(child, "Polarity") or child.lower_ in lex.negators or child.dep_ == "neg":
            return True
    return False


def is_negated(trigger: Token, lex: Lexicon) -> bool:
    """Negated itself ("n'ont pas reconnu"), through its copula, or by a neg-raising governor."""
    if _negated_here(trigger, lex):
        return True
    node = trigger
    while node.dep_ in COMPLEMENT_CLAUSES | {"conj"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lex.neg_raising_verbs and _negated_here(node, lex):
            return True
    return False


def auxiliary_modes(trigger: Token, lex: Lexicon) -> list[str]:
    """PLOVER auxiliary modes beyond negation: future and hypothetical."""
    modes: list[str] = []
    heads = [trigger] + [c for c in trigger.children if c.dep_.startswith("aux")]
    tenses = {t for h in heads for t in feats(h, "Tense")}
    moods = {m for h in heads for m in feats(h, "Mood")}
    aux_lemmas = {c.lemma_.lower() for c in trigger.children if c.dep_.startswith("aux")}
    governor = (
        trigger.head
        if trigger.dep_ == "xcomp"
        or (trigger.dep_ in COMPLEMENT_CLAUSES and "Inf" in feats(trigger, "VerbForm"))
        else None
    )
    gov_lemma = governor.lemma_.lower() if governor is not None else ""
    if "Fut" in tenses or aux_lemmas & lex.future_auxiliaries or gov_lemma in lex.future_verbs:
        modes.append("future")
    if "Cnd" in moods or aux_lemmas & lex.hypothetical_auxiliaries or gov_lemma in lex.hypothetical_verbs:
        modes.append("hypothetical")
    return modes
