"""Negation, future and hypothetical readings of a trigger (PLOVER's auxiliary modes), and the type and mode
an act takes when it is negated, readied or announced rather than done."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dragoman.extract.lexicon import Lexicon
from dragoman.extract.reading import Draft, Reading
from dragoman.extract.rules import Rulebook
from dragoman.language.syntax import AUX_DEPS, COMPLEMENT_CLAUSES, OBJECTS, feats

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


def tense_direction(trigger: Token, lex: Lexicon) -> int | None:
    """Which way the clause of `trigger` points from the time of writing: -1 for a past tense ("a
    rencontré", "met", "had met", "was received"), +1 for a future ("rencontrera", "will meet"), None for a
    present or a conditional, which report what is scheduled as well as what is done. An event noun takes
    the tense of the verb it is an argument of ("a condamné l'attaque")."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") and trigger.head.i != trigger.i:
        verb = trigger.head
    modes = auxiliary_modes(verb, lex)
    if "future" in modes:
        return 1
    if "hypothetical" in modes:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if any(set(feats(a, "Tense")) & {"Past", "Imp"} for a in auxiliaries):
        return -1  # "avait rencontré", "had met", "was received"
    tenses, forms = set(feats(verb, "Tense")), set(feats(verb, "VerbForm"))
    if tenses & {"Past", "Imp"} and "Fin" in forms:
        return -1  # "rencontra", "met"
    if (
        "Past" in tenses
        and "Part" in forms
        and any(a.lemma_.lower() in lex.tense_auxiliaries for a in auxiliaries)
    ):
        return -1  # "a rencontré", "has met"
    return None


# -- type and mode ---------------------------------------------------------------------------------------
# Rules that recode what a trigger says by how it is said; the first that applies wins.
Recode = Callable[[Reading, Draft], bool]
MODES: Rulebook[Recode] = Rulebook("type and mode")


@MODES.register("negation", "negators")
def negation(reading: Reading, draft: Draft) -> bool:
    """A negated act is its negated type when the trigger names one ("refused" for "did not agree"), else
    the act with the auxiliary mode "negation"."""
    if not is_negated(draft.token, reading.lex):
        return False
    if draft.trigger.spec.negated:
        draft.etype, draft.mode = draft.trigger.spec.negated, None
    else:
        draft.aux.append("negation")
    return True


@MODES.register("preparation", "preparation_verbs")
def preparation(reading: Reading, draft: Draft) -> bool:
    """Readied rather than done: "the army prepared to resume shelling" is mobilizing (MOBILIZE)."""
    prepared = any(
        g.pos_ == "VERB" and g.lemma_.lower() in reading.lex.preparation_verbs
        for g in _governors(draft.token)[1:]
    )
    if draft.etype != "ASSAULT" or not prepared:
        return False
    draft.etype, draft.mode = "MOBILIZE", None
    return True


@MODES.register("threat condition", "threat_conditions")
def threat_condition(reading: Reading, draft: Draft) -> bool:
    """ "will withdraw its force unless ...": an act announced to make the other side act is a threat."""
    conditioned = any(
        c.dep_ == "advcl"
        and any(m.lower_ in reading.lex.threat_conditions for m in c.children if m.dep_ == "mark")
        for c in _governors(draft.token)[0].children
    )
    recoded = reading.coding.on_condition.get(draft.etype)
    if recoded is None or not conditioned or not _intended(reading, draft.token):
        return False
    draft.etype, draft.mode = recoded
    return True


@MODES.register("intent auxiliary", "intent_auxiliaries")
def intent_auxiliary(reading: Reading, draft: Draft) -> bool:
    """Announced as intended with an auxiliary: "will withdraw", "said it would allow"."""
    return _recode_intended(reading, draft, _by_auxiliary(reading.lex, draft.token))


@MODES.register("intent", "intent_verbs")
def intent(reading: Reading, draft: Draft) -> bool:
    """Announced as intended by a word of intent: "is ready to send", "vowed to"."""
    return _recode_intended(reading, draft, _by_verb(reading.lex, draft.token))


def _recode_intended(reading: Reading, draft: Draft, intended: bool) -> bool:
    if intended:
        draft.etype, draft.mode = reading.coding.intent(draft.etype, draft.mode)
    return intended


def _intended(reading: Reading, token: Token) -> bool:
    switches = reading.switches
    return (switches.on("intent auxiliary") and _by_auxiliary(reading.lex, token)) or (
        switches.on("intent") and _by_verb(reading.lex, token)
    )


def _by_auxiliary(lex: Lexicon, token: Token) -> bool:
    return any(
        c.lower_ in lex.intent_auxiliaries for c in _governors(token)[0].children if c.dep_.startswith("aux")
    )


def _by_verb(lex: Lexicon, token: Token) -> bool:
    return any(
        g.lemma_.lower() in lex.intent_verbs or g.lower_ in lex.intent_verbs for g in _governors(token)[1:]
    )


def _governors(token: Token) -> list[Token]:
    """The trigger's clause and the words it is the infinitive of: "is ready to [withdraw]"."""
    node = token.head if token.dep_ in OBJECTS and token.pos_ == "NOUN" else token
    chain = [node]
    while node.dep_ in ("xcomp", "acomp", "conj") and node.head.i != node.i:
        node = node.head
        chain.append(node)
    return chain
