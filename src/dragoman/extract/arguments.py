"""Who did it and to whom: the actor and recipient phrases of a trigger, read off the parse.

Handles the constructions news French and English use for arguments: subject and object, passive agent
("par", "by"), relative clauses ("les pays qui ..."), coordination ("X et Y se sont rencontrés"), control
("permettre à X de ..."), participles and gerunds ("en déclarant"), and the complements of nominal triggers
("le départ des troupes", "les négociations entre X et Y").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dragoman.extract.lexicon import Lexicon
from dragoman.extract.triggers import Trigger
from dragoman.language.syntax import (
    CLAUSAL_COMPLEMENTS,
    COMPLEMENT_CLAUSES,
    NOUN_MODIFIERS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    POSSESSORS,
    RELATIVE,
    SUBJECTS,
    antecedent,
    case_word,
    conjuncts,
    feats,
    is_passive,
    is_relative_pronoun,
    kids,
    object_phrases,
    preposition,
    prepositional,
    subjects,
)


@dataclass
class Roles:
    """Argument head tokens of one trigger, before entity resolution."""

    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    mutual: bool = False  # participants named together ("entre X et Y", "X et Y se sont rencontrés")
    inherited: bool = False  # the actor came from another clause (control, coordination)
    brokers: list[Token] = field(default_factory=list)  # who mediates between the actors


def _expand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        if is_relative_pronoun(token):
            ante = antecedent(token.head)
            token = ante if ante is not None else token
        for conj in conjuncts(token):
            if conj not in out:
                out.append(conj)
    return out


def _true_subjects(verb: Token) -> list[Token]:
    subs = [s for s in subjects(verb) if s.dep_ != "expl:subj"]
    # Two subjects side by side are one actor in apposition ("La directrice ..., Heather Barr, a dit").
    # The common noun carries the title; the resolver finds the name set off by commas beside it.
    if len(subs) > 1 and all(s.dep_ not in PASSIVE_SUBJECTS for s in subs):
        subs = [next((s for s in subs if s.pos_ == "NOUN"), subs[0])]
    return subs


def agent(verb: Token, lex: Lexicon) -> list[Token]:
    own = [c for p, c in prepositional(verb) if p in lex.case("agent")]
    if own or not is_passive(verb) or verb.head.i == verb.i:
        return own
    # The parser often hangs the agent that follows a passive participle on the verb above it ("ont
    # manifesté avant d'être gazés [par la police]"): right after the participle, it is the participle's.
    return [
        c
        for p, c in prepositional(verb.head)
        if p in lex.case("agent") and c.left_edge.i == verb.right_edge.i + 1
    ]


def _patients(verb: Token, lex: Lexicon) -> list[Token]:
    """What a passive verb is done to: its passive subject, else the one it is said of in the clause above
    ("the workers marched before being attacked", "les manifestants gazés par la police")."""
    own = kids(verb, PASSIVE_SUBJECTS)
    if own or verb.head.i == verb.i:
        return own
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    if verb.dep_ in ("advcl", "xcomp", "pcomp"):
        return clause_subject(verb.head, lex)[0]
    return []


def clause_subject(token: Token, lex: Lexicon, depth: int = 0) -> tuple[list[Token], bool]:
    """The logical subject of the clause of `token`, and whether it was inherited from another clause."""
    if depth > 6:
        return [], False
    if token.pos_ in ("VERB", "AUX") and is_passive(token) and not _true_subjects(token):
        # A passive's doer is its agent or nobody named: the subject above is what it is done to.
        return agent(token, lex), False
    if token.pos_ in ("VERB", "AUX", "ADJ") or kids(token, frozenset({"cop"})):
        own = _true_subjects(token)
        if own:
            if is_passive(token) and own[0].dep_ in PASSIVE_SUBJECTS:
                by = agent(token, lex)
                return (by, False) if by else ([], False)
            return own, False
    if token.head.i == token.i:
        # A root the tagger missed as a verb still has the subject the parser gave it ("la Turquie a
        # du [dû] se résoudre à envoyer des renforts").
        return _true_subjects(token), False
    head = token.head
    if token.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < token.i:
        # The parser sometimes makes a long subject the root and the verb its conjunct: "Le président
        # français, X, et le chancelier allemand, Y, se sont rencontrés" -> both nouns are the subject.
        stray = [
            c for c in token.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i < token.i
        ]
        return [head, *stray], False
    if token.dep_ == "conj":
        if is_passive(head) and not is_passive(token):
            # "X has been indicted by Y and will resign": X resigns, not the agent Y.
            return _true_subjects(head), True
        subs, _ = clause_subject(head, lex, depth + 1)
        return subs, True
    if token.dep_ in ("acl",) and head.pos_ == "NOUN" and "Inf" in feats(token, "VerbForm"):
        if kids(head, frozenset({"cop"})):
            # A noun that is the predicate: "X est sur le point de [partir]", "est en mesure de": X acts.
            subs, _ = clause_subject(head, lex, depth + 1)
            return subs, True
        return [], False  # "les questions à discuter": nobody in particular discusses
    if token.dep_ in COMPLEMENT_CLAUSES:
        # Object control: "permettre aux talibans de prendre", "demander à X de ...".
        if "Inf" in feats(token, "VerbForm"):
            controllers = [c for p, c in prepositional(head) if p in lex.case("controller")]
            if controllers:
                return controllers, True
        subs, _ = clause_subject(head, lex, depth + 1)
        return subs, True
    if token.pos_ != "VERB" and head.pos_ in ("NOUN", "VERB", "AUX", "ADJ"):
        subs, _ = clause_subject(head, lex, depth + 1)
        return subs, True
    return [], False


def _support_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb an event noun is the object of ("mener [des négociations]"), or the object's bare
    "de" complement ("déposer un préavis [de grève]", "lancer une vague [d'arrestations]")."""
    carrier = noun
    bare = not any(c.dep_ == "det" for c in noun.children)
    # The partitive article the parser reads as a preposition still makes an object ("mènent [des]
    # attentats contre X").
    partitive = noun.head.pos_ == "VERB" and case_word(noun) in lex.case("partitive")
    if bare and not partitive and noun.dep_ not in OBJECTS and preposition(noun) in lex.case("genitive"):
        # UD hangs the noun on the carrier, ClearNLP on its preposition ("a wave [of] attacks").
        carrier = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if (carrier.dep_ in OBJECTS or partitive) and carrier.head.lemma_.lower() in lex.support_verbs:
        return carrier.head
    return None


def _bare_name(token: Token) -> bool:
    """A proper name without a determiner: after "à", a city ("à Mossoul"), where "à l'ONU" is someone."""
    return token.pos_ == "PROPN" and not any(c.dep_ == "det" for c in token.children)


def _recipient_complements(head: Token, lex: Lexicon) -> list[Token]:
    return [c for p, c in prepositional(head) if p in lex.case("recipient")]


def verb_roles(trigger: Trigger, lex: Lexicon) -> Roles:
    verb = trigger.token
    roles = Roles()
    subs, inherited = clause_subject(verb, lex)
    roles.actors = _expand(subs)
    roles.inherited = inherited
    if trigger.spec.symmetric and not roles.actors:
        # "un accord a été signé entre la France et l'Inde": the sides of a mutual act with no subject.
        roles.actors = _expand([c for p, c in prepositional(verb) if p in lex.case("between")])
    if is_passive(verb):
        roles.recipients = _expand(_patients(verb, lex))
    else:
        roles.recipients = _expand(kids(verb, OBJECTS))
    roles.recipients += _expand(_recipient_complements(verb, lex))
    if trigger.spec.type == "MOBILIZE" and is_passive(verb) and not roles.actors:
        # "225 soldiers were deployed", "des renforts ont été envoyés": the forces named are the ones
        # mobilized, and stand for whoever sent them; where they were sent is still whom it aims at.
        patients = _expand(_patients(verb, lex))
        roles.actors = patients
        roles.recipients = [r for r in roles.recipients if all(r.i != p.i for p in patients)]
    if trigger.spec.pos != "phrase":
        # "a demandé de l'aide [à l'Église]", "sent a letter [to the council]": the thing's addressee.
        for obj in kids(verb, OBJECTS):
            roles.recipients += _expand([c for p, c in prepositional(obj) if p in lex.case("addressee")])
    if trigger.spec.symmetric and not roles.recipients:
        # "s'est entretenu par téléphone [avec X]": the parser hangs the partner on the means.
        for _, oblique in prepositional(verb):
            roles.recipients += _expand(_recipient_complements(oblique, lex))
    if trigger.spec.pos == "phrase":
        completing = object_phrases(verb, lex.case("partitive"))
        for obj in completing:
            if not obj.ent_type_:
                # The object completes the verb ("rendre [visite]"), unless it is a name: "quitter [la
                # Cour pénale internationale]" leaves the court.
                roles.recipients = [r for r in roles.recipients if r.i != obj.i]
            roles.recipients += _expand(_recipient_complements(obj, lex))
            roles.recipients += _expand([c for p, c in prepositional(obj) if p in lex.case("genitive")])
        received = [o for o in completing if o.lemma_.lower() in lex.nouns]
        if received and verb.lemma_.lower() in lex.receiving_verbs and not trigger.spec.symmetric:
            # "won backing from the council", "a reçu le soutien des syndicats": the subject receives
            # the act, and whoever the act is of or from gives it.
            givers = [c for p, c in prepositional(verb) if p in lex.case("source") | lex.case("agent")]
            roles.actors, roles.recipients = _expand(givers + owners(received[0], lex)), roles.actors
    roles.mutual = trigger.spec.symmetric and len(roles.actors) > 1
    if trigger.spec.broker == "subject":
        # "X mediated between Y and Z": the subject stands between the sides.
        roles.brokers = roles.actors
        roles.actors = _expand([c for p, c in prepositional(verb) if p in lex.case("between")])
        roles.mutual = len(roles.actors) > 1
    return roles


def _governors(noun: Token) -> list[Token]:
    """The nouns and the verb above a noun, up to its clause ("le rôle de médiateur" -> rôle, joué)."""
    out: list[Token] = []
    node = noun
    while node.head.i != node.i and len(out) < 3:
        node = node.head
        if node.pos_ == "ADP":
            continue  # ClearNLP's prepositions head their phrase
        out.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    return out


def _next_word(token: Token) -> int:
    """The index of the first word after `token`, past a comma ("du dialogue au niveau national, [entre]")."""
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].text == ",":
        after += 1
    return after


def _phrase_start(comp: Token) -> int:
    """Where a prepositional phrase starts: its complement's first word, or the preposition it hangs on
    (ClearNLP's "pobj")."""
    return comp.head.i if comp.dep_ == "pobj" else comp.left_edge.i


def _stray_agents(noun: Token, lex: Lexicon) -> list[tuple[str, Token]]:
    """The agent phrases the parser hung on a noun's "de" phrase ("l'arrestation de [trois opposants par
    la police]"): they are the noun's."""
    genitives = [c for p, c in prepositional(noun) if p in lex.case("genitive")]
    stray = [(p, c) for g in genitives for p, c in prepositional(g) if p in lex.case("agent")]
    return stray + _agent_after(noun, lex)


def _agent_after(noun: Token, lex: Lexicon) -> list[tuple[str, Token]]:
    """An agent phrase right after a noun's phrase that the parser hung elsewhere ("après le blocage de la
    parution des quotidiens [par la CGT]", "investigating crimes [by the rebels]"): the nearest noun
    takes it, as a reader does."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return []
    word = noun.doc[after]
    if word.dep_ == "case" and word.head.left_edge.i == after:
        comp, prep = word.head, preposition(word.head)
    elif word.dep_ in ("prep", "agent"):  # ClearNLP: the preposition heads its phrase
        comp = next((c for c in word.children if c.dep_ == "pobj"), word)
        prep = word.lower_
    else:
        return []
    if comp.i == word.i or comp.head.i == noun.i or prep not in lex.case("agent"):
        return []
    return [(prep, comp)]


def noun_agents(noun: Token, lex: Lexicon) -> list[Token]:
    """Who an event noun's agent phrases name, on the noun or stray on its "de" phrase."""
    own = [c for p, c in prepositional(noun) if p in lex.case("agent")]
    return own + [c for _, c in _stray_agents(noun, lex)]


def noun_roles(trigger: Trigger, lex: Lexicon) -> Roles:
    noun = trigger.token
    roles = Roles()
    # "its support of X", "Iraq's invasion of Kuwait": beside a possessor, the "of" phrase is the patient.
    possessors = [
        c
        for c in noun.children
        if c.dep_ in POSSESSORS or (c.dep_ == "det" and c.lower_ in lex.possessives)  # "sa démission"
    ]
    # "le blocage des routes par les agriculteurs": beside an agent, the "de" phrase is the patient.
    stray = _stray_agents(noun, lex)
    agents = noun_agents(noun, lex)
    of_role = (
        roles.actors if trigger.spec.of == "actor" and not possessors and not agents else roles.recipients
    )
    if trigger.spec.of == "actor":
        roles.actors += _expand([p for p in possessors if p.lower_ not in lex.possessives])
    # A phrase right after the noun belongs to it even when the parser hung it on the verb
    # ("a accueilli des pourparlers entre l'Égypte et l'Éthiopie"); so does the "between" phrase of the
    # verb a mutual act is the subject or object of ("un accord a été signé entre la France et l'Inde").
    told_by = noun.head.i if noun.dep_ in SUBJECTS | OBJECTS and noun.head.pos_ in ("VERB", "AUX") else -1
    after = _next_word(noun.right_edge)
    adjacent = [
        (p, c)
        for governor in _governors(noun)
        for p, c in prepositional(governor)
        if p in lex.case("between")
        and (_phrase_start(c) == after or (trigger.spec.symmetric and governor.i == told_by))
    ]
    for prep, comp in [*prepositional(noun), *adjacent, *stray]:
        if prep in lex.case("between"):
            roles.actors += _expand([comp])
            roles.mutual = True
        elif prep in lex.case("agent"):
            roles.actors += _expand([comp])
        elif prep in lex.case("genitive"):
            (roles.brokers if trigger.spec.broker == "of" else of_role).extend(_expand([comp]))
        elif prep in lex.case("recipient"):
            roles.recipients += _expand([comp])
    if trigger.spec.broker == "subject":
        # "X a servi de médiateur entre Y et Z", "X est la puissance protectrice de Y"; but "le
        # médiateur de l'ONU a rencontré ..." only names someone: no mediation is told there.
        subs, _ = clause_subject(noun, lex)
        roles.brokers = [] if noun.dep_ in SUBJECTS else _expand(subs)
        if not roles.brokers:
            roles.actors, roles.recipients = [], []
    elif not roles.actors and (support := _support_verb(noun, lex)) is not None:
        subs, _ = clause_subject(support, lex)
        roles.actors = _expand(subs)
        # "ont mené des attentats-suicides [contre l'armée]": the parser hangs the target on the verb;
        # "ont repris l'offensive [à Mossoul]" says where.
        aimed = [
            c
            for p, c in prepositional(support)
            if p in lex.case("recipient") and not (p in lex.case("location_city") and _bare_name(c))
        ]
        roles.recipients = roles.recipients or _expand(aimed)
    elif not roles.actors:
        roles.actors = _expand(_done_by(noun, lex))
    pitting = noun.head if noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in lex.pitting_verbs else None
    if pitting is not None and not roles.actors:
        sides = _sides(pitting, lex)
        roles.actors = _expand(sides[:1])
        roles.recipients = roles.recipients or _expand(sides[1:])
    receiver = _receiving_verb(noun, lex)
    if receiver is not None and not roles.recipients:
        subs, _ = clause_subject(receiver, lex)
        roles.recipients = [s for s in _expand(subs) if all(s.i != a.i for a in roles.actors)]
    return roles


def _sides(verb: Token, lex: Lexicon) -> list[Token]:
    """The two sides a fight is said to pit against each other: the verb's object, then its "à" or
    "against" complement. The parser often hangs them on a time word or on each other ("opposent depuis
    lundi la police aux manifestants"): then the first bare noun after the verb, and the first noun after
    it with a recipient preposition."""
    later = [t for t in verb.subtree if t.i > verb.i and t.pos_ in ("NOUN", "PROPN", "PRON")]
    first = (
        kids(verb, OBJECTS)[:1] or [t for t in later if preposition(t) is None and t.dep_ != "obl:mod"][:1]
    )
    if not first:
        return []
    second = _recipient_complements(verb, lex) or [
        # a noun the tagger took for an adjective counts too: "aux [rebelles] touaregs"
        t
        for t in verb.subtree
        if t.i > first[0].i and t.pos_ in ("NOUN", "PROPN", "ADJ") and preposition(t) in lex.case("recipient")
    ]
    return first + second[:1]


def aimed_at(trigger: Token, lex: Lexicon) -> list[Token]:
    """What an attack or a shot is aimed at: its `target` complement, on the trigger or on the object
    that completes it ("ouvrir le feu [sur] la foule", "fired [at] the crowd")."""
    heads = [trigger, *kids(trigger, OBJECTS)]
    return _expand([c for h in heads for p, c in prepositional(h) if p in lex.case("target")])


def left_from(verb: Token, lex: Lexicon) -> list[Token]:
    """What one leaves, resigns or withdraws from: the verb's `origin` complement ("a démissionné [du] Front
    national", "resigned [from] the cabinet")."""
    return _expand([c for p, c in prepositional(verb) if p in lex.case("origin")])


def _receiving_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose subject receives what an event noun names, when the noun is its object or its
    complement ("a reçu [l'appui] de X", "peut compter sur [le soutien] de X", "won the [backing] of X")."""
    verb = noun.head
    if verb.pos_ == "ADP" and noun.dep_ == "pobj":
        verb = verb.head  # ClearNLP hangs the noun on its preposition: "count on [the support]"
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.receiving_verbs:
        return None
    return verb


def _done_by(noun: Token, lex: Lexicon) -> list[Token]:
    """The agent of a light verb in the passive that carries the event noun: "l'attaque a été [revendiquée]
    par X", "an attack [carried out] by X", "une offensive [menée] par X"."""
    verbs = [noun.head] if noun.dep_ in PASSIVE_SUBJECTS else []
    verbs += [c for c in noun.children if c.dep_ == "acl"]
    return [
        a for v in verbs if v.lemma_.lower() in lex.support_verbs and is_passive(v) for a in agent(v, lex)
    ]


def adjective_roles(trigger: Trigger, lex: Lexicon) -> Roles:
    subs, inherited = clause_subject(trigger.token, lex)
    return Roles(actors=_expand(subs), inherited=inherited)


def roles_of(trigger: Trigger, lex: Lexicon) -> Roles:
    if trigger.spec.pos == "noun":
        return noun_roles(trigger, lex)
    if trigger.spec.pos == "adjective":
        return adjective_roles(trigger, lex)
    return verb_roles(trigger, lex)


def owners(noun: Token, lex: Lexicon) -> list[Token]:
    """Whose a thing is or whom it is aimed at, when the thing itself is no actor: "Haiti's efforts", "an
    Indian proposal", "calls by the secretary-general", "an offer from Kabul", "inspectors of the
    agency", "a truce with the rebels", "sanctions against Iran", "a camp for refugees".

    In that order: the first that names an actor is the one (see `first_named`)."""
    found = [c for c in noun.children if c.dep_ in POSSESSORS and c.lower_ not in lex.possessives]
    # "les propositions que je leur avais faites": who made it, in a relative clause on it.
    made = [c for c in noun.children if c.dep_ in RELATIVE and any(_relative_object(o) for o in c.children)]
    found += [s for c in made for s in subjects(c) if not is_relative_pronoun(s)]
    found += [c for p, c in prepositional(noun) if p in lex.case("agent") | lex.case("source")]
    found += [c for _, c in _agent_after(noun, lex)]
    # "des crimes commis par les rebelles", "abuses committed by the army": the agent of its participle.
    found += [a for c in noun.children if c.dep_ == "acl" and is_passive(c) for a in agent(c, lex)]
    found += [c for c in noun.children if c.dep_ in NOUN_MODIFIERS and c.pos_ in ("ADJ", "PROPN")]
    found += [c for p, c in prepositional(noun) if p in lex.case("genitive") | lex.case("recipient")]
    found += [c for p, c in prepositional(noun) if p in lex.case("beneficiary")]  # "a camp for refugees"
    return _expand(found)


def _relative_object(token: Token) -> bool:
    return token.dep_ in OBJECTS and is_relative_pronoun(token)


def content_recipients(
    verb: Token, lex: Lexicon, clauses: frozenset[str] = CLAUSAL_COMPLEMENTS
) -> list[Token]:
    """Who the content of a demand, threat, promise or refusal is aimed at: the subject of "demanded that
    X withdraw", else the recipient complements, objects and their owners in "threatened to cut off power
    to X", "protested to demand the resignation of X"."""
    found: list[Token] = []
    for clause in kids(verb, clauses):
        own = [s for s in subjects(clause) if s.dep_ not in PASSIVE_SUBJECTS]
        if clause.dep_ == "advcl" and subjects(clause):
            continue  # "after police arrested him": another act, not the purpose of this one
        # "demande que la réforme soit retirée [par le gouvernement]": the doer of a passive content.
        own = own or [c for p, c in prepositional(clause) if p in lex.case("agent")]
        if clause.dep_ in ("ccomp", "acl") and own:
            found += own
            continue
        # "refused to send troops to Libya": the one it is sent to before what is sent.
        direct = _recipient_complements(clause, lex)
        things = kids(clause, OBJECTS) + kids(clause, PASSIVE_SUBJECTS)
        things += [c for p, c in prepositional(clause) if p not in lex.case("recipient")]
        found += direct + kids(clause, OBJECTS) + kids(clause, PASSIVE_SUBJECTS)
        found += [owner for thing in things for owner in owners(thing, lex)]
    return _expand(found)


def possessor_number(token: Token, lex: Lexicon) -> str | None:
    """For a noun with a possessive determiner ("leur répression"), the possessor's number."""
    for child in token.children:
        if child.dep_ in ("det", "poss", "nmod:poss") and child.lower_ in lex.possessives:
            return lex.possessives[child.lower_]
    return None
