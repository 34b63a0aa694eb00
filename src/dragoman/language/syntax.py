"""Reading the dependency parse, for both label schemes our pipelines use.

French models use Universal Dependencies labels (nsubj, obj, obl:agent, nmod + case), English models the
ClearNLP labels (nsubj, dobj, agent, prep + pobj). These helpers hide that difference, so the extractor
reasons about subjects, objects and prepositional complements, never about one scheme's labels.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"})
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
OBJECTS = frozenset({"obj", "dobj"})
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
# Auxiliaries of either label scheme (UD "aux:tense", "aux:pass"; ClearNLP "aux", "auxpass").
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})
_MARKS = frozenset({"mark"})
_DETERMINERS = frozenset({"det"})
RELATIVE = frozenset({"acl:relcl", "relcl"})
# Verb particles ("call off", "hand over") and predicate adjectives after a copula ("is ready to").
PARTICLES = frozenset({"prt", "compound:prt"})
PREDICATIVE = frozenset({"acomp"})
# A possessor noun ("Serbia's", "de la Serbie" is a genitive instead) and clausal complements of a verb.
POSSESSORS = frozenset({"poss", "nmod:poss"})
CLAUSAL_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# Modifiers that make a compound noun with their head ("hunger strike", "state of emergency" aside).
NOUN_MODIFIERS = frozenset({"compound", "amod"})
COMPLEMENT_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "acl"})
# Dependents that hang prepositional material off a head, in either scheme.
_UD_OBLIQUE = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obl:tmod"})
_CLEAR_PREP = frozenset({"prep", "agent", "dative"})
_CLEAR_POBJ = frozenset({"pobj", "pcomp"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_PHRASE_INSIDE = frozenset({"NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM"})
# How many words before a relative clause its antecedent may stand, across the names that complete it.
_RELATIVE_REACH = 8
_CUT_FROM_PHRASE = RELATIVE | frozenset({"conj", "cc", "acl", "advcl", "parataxis", "ccomp"})


def feats(token: Token, field: str) -> list[str]:
    """The values of one morphological feature ("Number" -> ["Plur"]); empty when absent."""
    return list(token.morph.get(field, []))


def kids(token: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subjects(token: Token) -> list[Token]:
    return kids(token, SUBJECTS)


def objects(token: Token) -> list[Token]:
    return kids(token, OBJECTS)


def object_phrases(token: Token, partitives: frozenset[str]) -> list[Token]:
    """The direct objects of a verb, then the first noun of its clause introduced by one of the language's
    `partitives`: the parser often takes "de nouvelles sanctions" after a time word for an oblique or a
    modifier of that word ("a imposé vendredi de nouvelles sanctions")."""
    found = kids(token, OBJECTS)
    # A bare noun the parser takes for a predicate is the object of a light verb ("rend visite").
    found += [
        c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "NOUN" and not kids(c, _DETERMINERS)
    ]
    for noun in token.subtree:
        if noun.i > token.i and noun.pos_ == "NOUN" and case_word(noun) in partitives:
            if clause_of(noun).i == token.i:
                found.append(noun)
            break
    return found


def clause_of(token: Token) -> Token:
    """The verb (or root) whose clause a token belongs to."""
    node = token.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle modifying a noun, which is one without its auxiliary
    ("les manifestants [gazés] par la police", "protesters [attacked] by the police")."""
    if kids(verb, PASSIVE_SUBJECTS) or kids(verb, PASSIVE_AUX):
        return True
    # ... or one said of the subject of another verb: "le soldat est revenu [blessé]".
    participle = "Part" in feats(verb, "VerbForm") and "Past" in feats(verb, "Tense")
    predicate = verb.dep_ == "xcomp" and not kids(verb, AUX_DEPS | _MARKS)
    return participle and (verb.dep_ == "acl" or predicate)


def preposition(token: Token) -> str | None:
    """The preposition that introduces `token` ("avec le Qatar" -> "avec"), lowercased, or None.

    A compound preposition whose first word the parser tags as an adverb ("auprès des États-Unis", "près
    de la frontière") is read whole, its last word as its lemma: "auprès de", "près de"."""
    # The words of a multiword preposition hang on its first ("face [à]", "au [sujet de]").
    cases = sorted(
        (
            w
            for c in token.children
            if c.dep_ in ("case", "fixed") and c.i < token.i
            for w in [c, *(f for f in c.children if f.dep_ == "fixed" and f.i < token.i)]
        ),
        key=lambda c: c.i,
    )
    if cases:
        before = token.doc[cases[0].i - 1] if cases[0].i > 0 else None
        if (
            before is not None
            and before.pos_ == "ADV"
            and (before.i == token.head.i or before.head.i == token.head.i)
        ):
            return f"{before.lower_} {cases[-1].lemma_.lower()}"
        return " ".join(c.lower_ for c in cases)
    if token.dep_ in _CLEAR_POBJ and token.head.dep_ in _CLEAR_PREP:
        return token.head.lower_
    return None


def case_word(token: Token) -> str | None:
    """The preposition or article word right before `token`'s phrase, alone: an adverb before it is never
    read with it ("mènent régulièrement [des] attentats")."""
    cases = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
    return max(cases, key=lambda c: c.i).lower_ if cases else None


def prepositional(head: Token) -> Iterator[tuple[str, Token]]:
    """Every (preposition, complement) hanging off `head`, in either label scheme."""
    for child in head.children:
        if child.dep_ in _UD_OBLIQUE:
            prep = preposition(child)
            if prep:
                yield prep, child
        elif child.dep_ == "advmod" and child.pos_ == "ADV":
            # "a protesté [auprès [des États-Unis]]": the complement hangs on the adverb.
            for grandchild in child.children:
                prep = preposition(grandchild) if grandchild.dep_ in _UD_OBLIQUE else None
                if prep and prep.startswith(child.lower_ + " "):
                    yield prep, grandchild
        elif child.dep_ in _CLEAR_PREP:
            for pobj in child.children:
                if pobj.dep_ in _CLEAR_POBJ:
                    yield child.lower_, pobj
                elif pobj.dep_ in _CLEAR_PREP and pobj.i == child.i + 1:
                    # A two-word preposition, its second word hung on the first: "according [to] X".
                    for inner in pobj.children:
                        if inner.dep_ in _CLEAR_POBJ:
                            yield f"{child.lower_} {pobj.lower_}", inner


def particles(token: Token) -> list[str]:
    """The words that make a phrasal or prepositional verb with `token`: "called off", "called on X"."""
    words = [c.lower_ for c in token.children if c.dep_ in PARTICLES | _CLEAR_PREP]
    return words + [prep for prep, _ in prepositional(token)]


def conjuncts(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it ("X, Y et Z")."""
    out = [token]
    # A name's adjective can take the conjunct the parser meant for the name: in "l'Arabie saoudite
    # et le Qatar", "Qatar" is attached to "saoudite".
    holders = [token] + [c for c in token.children if c.pos_ == "ADJ" and c.i > token.i]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "conj" and (child.pos_ == token.pos_ or {child.pos_, token.pos_} <= _NOMINAL):
                out.extend(conjuncts(child))
    return out


def is_relative_pronoun(token: Token) -> bool:
    return "Rel" in feats(token, "PronType") or token.tag_ in ("WDT", "WP")


def antecedent(clause: Token) -> Token | None:
    """The noun a relative clause is attached to ("les pays qui ..." -> pays)."""
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in RELATIVE:
        return None
    ante = node.head
    number = _finite_number(node)
    if number and feats(ante, "Number") and number not in feats(ante, "Number"):
        ante = _agreeing_above(ante, number) or _agreeing_before(node, number) or ante
    # A plural verb after the last of coordinated nouns is said of all of them ("des ouvriers et des élus,
    # qui ont tenté"): the first conjunct stands for the coordination.
    while number == "Plur" and ante.dep_ == "conj" and ante.head.pos_ in _NOMINAL:
        ante = ante.head
    return ante


def _agreeing_above(noun: Token, number: str) -> Token | None:
    """The noun that the antecedent completes ("les officiels du ministère du Burundi qui rejettent"), up
    the parser's chain of "de" complements, when it agrees with the verb."""
    while noun.dep_ == "nmod":
        noun = noun.head
        if number in feats(noun, "Number"):
            return noun
    return None


def _agreeing_before(clause: Token, number: str) -> Token | None:
    """The verb agrees with its antecedent: in "les ouvriers de GM&S de La Souterraine qui continuent", a
    plural verb passes over the singular names of the noun phrase before it to the noun they complete;
    in "cinq conseillers d'Edouard Philippe qui le recevra", a singular one takes the name."""
    end = clause.left_edge.i
    for token in reversed(clause.doc[max(clause.sent.start, end - _RELATIVE_REACH) : end]):
        if token.pos_ not in _PHRASE_INSIDE:
            return None
        noun = token.pos_ in ("NOUN", "PROPN") and not token.dep_.startswith("flat")
        if noun and number in feats(token, "Number"):
            return token
    return None


def _finite_number(verb: Token) -> str | None:
    """The grammatical number of a clause's finite verb, read on its auxiliary when it has one."""
    for token in [*(c for c in verb.children if c.pos_ == "AUX"), verb]:
        if "Fin" in feats(token, "VerbForm") and feats(token, "Number"):
            return feats(token, "Number")[0]
    return None


def phrase_span(token: Token) -> Span:
    """The noun phrase headed by `token`: its subtree without relative clauses, coordination and clauses."""
    cut: set[int] = set()
    for child in token.children:
        # A lone participle right after the noun is its adjective, not a clause ("les élus creusois").
        lone = child.dep_ == "acl" and child.i == token.i + 1 and child.n_lefts + child.n_rights == 0
        if child.dep_ in _CUT_FROM_PHRASE and not lone:
            cut.update(t.i for t in child.subtree)
    keep = sorted(t.i for t in token.subtree if t.i not in cut)
    # Keep the contiguous run around the head, then trim punctuation and conjunctions at the edges.
    start = end = token.i
    kept = set(keep)
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = token.doc
    while start < token.i and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
        start += 1
    while end > token.i and (doc[end].is_punct or doc[end].pos_ in ("CCONJ", "ADP")):
        end -= 1
    return doc[start : end + 1]
