"""Repairs of three misparses of compound tenses that hide who did what, run after the pipeline.

The statistical parser loses the verb of a compound tense when something stands between the auxiliary and
the participle:
- "Le Canard enchaîné a tout d'abord soupçonné X": the subject is hung on the auxiliary, so the participle
  has no subject;
- "il avait dès le lendemain appelé X": the auxiliary becomes the verb of the clause and the participle a
  modifier of the noun before it ("lendemain"), so the event has neither subject nor object.
- "59 % des Italiens ont rejeté X": the subject of a past tense is labelled a passive's, so the rejection
  is read as done to the Italians;
- "L'attaque, qui a eu lieu près du palais, a été revendiquée par X": the relative clause is made the verb
  of the sentence, with the noun as a second subject, and the main verb a conjunct of it without subject,
  so the claim is of nothing;
- "Le média qatari Al-Jazeera a diffusé X": the title before a name is made a sentence of its own and the
  name the subject; the title is the subject again, the name its apposition;
- "Florian Philippot, qui est le numéro deux du parti, a annoncé X": the subject and its relative clause
  are made a sentence of their own, and the verb has no subject; the subject is put back;
- "Des combats les ont opposés à X", "Le ministre attaque le modèle": the verb is made a modifier of the
  noun before it, which heads the sentence; a conjugated verb, or a participle with its tense auxiliary,
  heads the sentence and the noun is its subject;
- "auditionnera ce lundi 23 juillet à 10 heures le ministre": the object after a time phrase is hung on
  the date, as a modifier without preposition; it is the verb's object.
- "ont tué près de 30 civils", "kidnapped up to 16 advisers": the words of an approximate count before a
  number are made the verb's complement and the counted noun theirs; the noun is the verb's object.
- "rend visite aux commerçants vandalisés la veille": a participle without auxiliary right after a noun it
  agrees with is made a complement of the verb, as if the subject had been vandalised; it modifies the
  noun.
All are put back as the grammar has them: the participle heads its clause and the auxiliary depends on it,
and a verb with a tense auxiliary and no passive one has an active subject.
The auxiliaries are language data (grammar.yaml): `tense_auxiliaries` make a past ("a appelé"),
`passive_auxiliaries` a passive ("est depuis hier accusé") unless a reflexive pronoun makes a past of it
("s'est de son côté étonné").

The French lemmatizer also leaves many present and past forms as they are ("quitte", "demande", "signe":
the lemma a noun would have), so no verb of the lexicon is found. A verb whose lemma is no infinitive gets
one from its ending (grammar.yaml `verb_endings`, `stem_alternations`), when the pipeline's vectors know that
infinitive as a word. A compound noun or adjective joined before the parse (compounds.py) gets the lemma of
each of its parts: the lemmatizer reads only the last ("attentats-suicides" -> "attentats-suicide").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from dragoman.language.compounds import compound_lemma
from dragoman.language.syntax import AUX_DEPS, OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, feats, kids

_QUOTES = frozenset({"«", '"', "“", "‹"})
# How far after its auxiliary a participle may stand and still be its verb ("a [dès le lendemain] appelé").
_REACH = 6


@dataclass(frozen=True)
class Repairs:
    """A language's auxiliaries, and the labels its parser gives a passive's subject and auxiliary."""

    tense: frozenset[str]
    passive: frozenset[str]
    passive_subject: str = "nsubj:pass"
    passive_aux: str = "aux:pass"
    tense_aux: str = "aux:tense"
    infinitives: tuple[str, ...] = ()  # the endings of an infinitive: a lemma that has one is left alone
    endings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ending -> infinitive endings, longest first
    alternations: tuple[tuple[str, tuple[str, ...]], ...] = ()  # stem change -> what the infinitive has
    joiners: frozenset[str] = frozenset()  # what joins the parts of a compound word
    relatives: frozenset[str] = frozenset()  # relative pronouns that are a clause's subject ("qui")
    relative_clause: str = "acl:relcl"
    apposition: str = "appos"
    direct_object: str = "obj"
    counts: frozenset[str] = frozenset()  # what comes before a number to say it is approximate ("près de")

    @classmethod
    def of(cls, grammar: Mapping[str, Any], labels: Iterable[str]) -> Repairs:
        """The repairs a language's grammar.yaml asks for, for a parser with these labels (UD's
        "nsubj:pass" or ClearNLP's "nsubjpass")."""
        ud = "nsubj:pass" in set(labels)
        endings = sorted(grammar["verb_endings"].items(), key=lambda item: -len(item[0]))
        return cls(
            frozenset(grammar["tense_auxiliaries"]),
            frozenset(grammar["passive_auxiliaries"]),
            "nsubj:pass" if ud else "nsubjpass",
            "aux:pass" if ud else "auxpass",
            "aux:tense" if ud else "aux",
            tuple(grammar["infinitive_endings"]),
            tuple((str(k), tuple(v)) for k, v in endings),
            tuple((str(k), tuple(v)) for k, v in grammar["stem_alternations"].items()),
            frozenset(grammar["compound_joiners"]),
            frozenset(grammar["relative_subjects"]),
            "acl:relcl" if ud else "relcl",
            direct_object="obj" if ud else "dobj",
            counts=frozenset(grammar["count_approximations"]),
        )


def repair(doc: Doc, repairs: Repairs, lemmatize: Callable[[str, str], str] | None = None) -> Doc:
    """`doc` with the misparses and lemmas put right (in place); `lemmatize` reads one word with a part of
    speech, for the parts of compounds."""
    passive_words = repairs.passive
    auxiliaries = repairs.tense | passive_words
    # One pass reads each token's attributes once (each access builds a Token); the tree changes wait
    # until every lemma is mended, as the steps below read lemmas and heads in that order.
    subjects, passives, candidates, relatives, roots, complements = [], [], [], [], [], []
    for token in doc:
        pos, dep = token.pos_, token.dep_
        if pos == "VERB" and repairs.endings and not token.lemma_.lower().endswith(repairs.infinitives):
            found = infinitive(token.lower_, repairs, token.vocab.has_vector)
            if found is not None:
                token.lemma_ = found
        elif pos in ("NOUN", "ADJ") and repairs.joiners and lemmatize is not None:
            joined = compound_lemma(token, repairs.joiners, lemmatize)
            if joined is not None:
                token.lemma_ = joined
        if dep in SUBJECTS:
            subjects.append(token)
            if token.lower_ in repairs.relatives:
                relatives.append(token)
        if dep == repairs.passive_subject:
            passives.append(token)
        elif dep == "ROOT":
            roots.append(token)
        if dep not in AUX_DEPS and pos in ("AUX", "VERB") and token.lemma_.lower() in auxiliaries:
            candidates.append(token)
        if dep in ("xcomp", "advcl") and pos == "VERB":
            complements.append(token)
    for token in subjects:
        if token.head.dep_ in AUX_DEPS and token.head.head.i > token.head.i:
            token.head = token.head.head
    if passive_words:
        for token in passives:
            if _active(token.head, repairs):
                token.dep_ = "nsubj"
    for token in candidates:
        if token.dep_ in AUX_DEPS:
            continue
        participle = _stranded_participle(token)
        if participle is not None:
            passive_voice = token.lemma_.lower() in passive_words and not _reflexive(token)
            _promote(participle, token, repairs if passive_voice else None, repairs.tense_aux)
    for pronoun in relatives:
        _relative_clause(pronoun, repairs)
    for token in subjects:
        _title_apart(token, repairs)
    for token in roots:
        _subject_apart(token, repairs)
    for token in roots:
        _verb_under_subject(token, repairs)
    for token in doc:
        if token.dep_ in ("nmod", "dep") and token.pos_ in ("NOUN", "PROPN"):
            _object_after_a_date(token)
        if repairs.counts and token.like_num and token.dep_ in ("nummod", "det") and token.head.i > token.i:
            _counted_object(token, repairs)
    for token in complements:
        _participle_of_noun(token)
    return doc


def _participle_of_noun(participle: Token) -> None:
    """A past participle without auxiliary, hung on the verb, right after a noun it agrees with in number
    and gender and not with the verb's subject, is the noun's modifier ("aux commerçants vandalisés")."""
    if "Part" not in feats(participle, "VerbForm") or "Past" not in feats(participle, "Tense"):
        return
    if participle.i == 0 or any(c.dep_ in AUX_DEPS for c in participle.children):
        return
    noun, verb = participle.doc[participle.i - 1], participle.head
    inside = any(a.i == verb.i for a in noun.ancestors)
    if noun.pos_ != "NOUN" or not inside or noun.dep_ in SUBJECTS or not _agree(participle, noun):
        return
    if any(_agree(participle, s) for s in kids(verb, SUBJECTS)):
        return  # "il est revenu blessé": said of the subject
    participle.head, participle.dep_ = noun, "acl"


def _counted_object(number: Token, repairs: Repairs) -> None:
    """A counted noun after words that make its number approximate ("près de", "up to"), hung on those words
    or as an oblique on the verb before them, is the object of that verb when it has none; the words modify
    the number."""
    noun, doc = number.head, number.doc
    if noun.pos_ not in ("NOUN", "PROPN") or (number.i > 0 and doc[number.i - 1].like_num):
        return  # the first word of a number stands after the words ("près de [40] 000")
    spans = (doc[number.i - n : number.i] for n in (3, 2, 1) if number.i >= n)
    words = next((list(span) for span in spans if _plain(list(span)) in repairs.counts), [])
    inside = {w.i for w in words}
    if not words or noun.dep_ in OBJECTS or noun.dep_ in SUBJECTS:
        return
    if any(c.dep_ == "case" and c.i not in inside for c in noun.children):
        return  # a complement with its own preposition: "a parlé pendant près de 40 minutes"
    verb = noun.head  # the words, or the verb itself with the noun as an oblique ("enlevé [près de] 40 X")
    while verb.i in inside and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i in inside or verb.i > noun.i or kids(verb, OBJECTS):
        return
    noun.head, noun.dep_ = verb, repairs.direct_object
    for word in words:
        word.head, word.dep_ = number, "advmod"


def _plain(words: list[Token]) -> str:
    """The words as one lower-case phrase, spaced as written ("jusqu'à", "près de")."""
    return "".join(w.lower_ + w.whitespace_ for w in words).strip()


def _agree(word: Token, noun: Token) -> bool:
    """Whether two words agree in number, and in gender where both have one; unknown is no agreement."""
    number = feats(word, "Number")
    if not number or number != feats(noun, "Number"):
        return False
    genders = feats(word, "Gender"), feats(noun, "Gender")
    return not (genders[0] and genders[1]) or genders[0] == genders[1]


def _object_after_a_date(noun: Token) -> None:
    """A noun phrase with its determiner and no preposition, hung on a time phrase of the verb ("ce lundi
    23 juillet à 10 heures [le ministre]"), is the verb's object, when the verb has none."""
    if not any(c.dep_ == "det" for c in noun.children) or any(c.dep_ == "case" for c in noun.children):
        return
    # So is a quoted one hung on a complement of the verb ("attaque de front le « modèle Uber »").
    quoted = any(c.dep_ == "punct" and c.text in _QUOTES and c.i < noun.i for c in noun.children)
    below = noun.head
    while below.dep_ == "nmod" and below.pos_ in ("NUM", "NOUN") and below.head.i != below.i:
        if quoted and below.head.pos_ == "VERB":
            break
        below = below.head
    verb = below.head
    placed = below.dep_ == "obl:mod" or (quoted and below.dep_ in ("nmod", "obl", "obl:mod"))
    if not placed or verb.pos_ != "VERB" or below.i == noun.i or kids(verb, OBJECTS):
        return
    noun.head, noun.dep_ = verb, "obj"


def _verb_under_subject(noun: Token, repairs: Repairs) -> None:
    """A noun heading a sentence with, after it, a conjugated verb or a participle with a tense auxiliary
    hung on it as a modifier: the verb heads the sentence, the noun is its subject."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "ROOT":
        return
    for verb in noun.rights:
        if verb.dep_ not in ("acl", "amod") or kids(verb, SUBJECTS):
            continue
        tensed = any(
            c.dep_ in AUX_DEPS and c.lemma_.lower() in repairs.tense and c.i < verb.i for c in verb.children
        )
        if not (tensed or "Fin" in feats(verb, "VerbForm")):
            continue
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        for child in noun.children:
            if child.i > verb.i:
                child.head = verb
        passive = any(c.dep_ == repairs.passive_aux for c in verb.children)
        noun.head, noun.dep_ = verb, repairs.passive_subject if passive else "nsubj"
        return


# What a noun left as a root may hold and still be a subject: its own modifiers and relative clauses.
_CLAUSES_OF_A_VERB = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "csubj", "obj", "dobj"})


def _subject_apart(verb: Token, repairs: Repairs) -> None:
    """A finite verb heading a sentence with no subject, right after a noun phrase the parser left as a
    sentence of its own, takes that phrase as its subject ("Florian Philippot, qui est ..., a annoncé")."""
    if verb.pos_ not in ("VERB", "AUX") or kids(verb, SUBJECTS) or verb.left_edge.i == 0:
        return
    if not (_finite(verb) or any(_finite(c) for c in verb.children if c.dep_ in AUX_DEPS)):
        return
    noun = verb.doc[verb.left_edge.i - 1]
    while noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.left_edge.i - 1:
        return
    if any(c.dep_ in _CLAUSES_OF_A_VERB for c in noun.children) or noun.text[:1] in '«"(':
        return
    if any("\n" in t.text for t in noun.doc[noun.left_edge.i : verb.i]):
        return  # a title and the paragraph under it
    passive = any(c.dep_ == repairs.passive_aux for c in verb.children)
    noun.head, noun.dep_ = verb, repairs.passive_subject if passive else "nsubj"


def _finite(token: Token) -> bool:
    return bool(feats(token, "Mood")) or "Fin" in feats(token, "VerbForm")


def _title_apart(name: Token, repairs: Repairs) -> None:
    """ "Le média qatari | Al-Jazeera a diffusé": a name that is a verb's subject, right after a noun phrase
    the parser left as a root of its own, is that phrase's apposition; the phrase is the subject."""
    doc, verb = name.doc, name.head
    if name.pos_ != "PROPN" or name.left_edge.i != name.i or name.i == 0 or verb.i < name.i:
        return
    title = doc[name.i - 1]
    while title.head.i != title.i and title.head.i < name.i:
        title = title.head
    if title.dep_ != "ROOT" or title.pos_ != "NOUN" or title.right_edge.i != name.i - 1:
        return
    if any(c.pos_ in ("VERB", "AUX") for c in title.subtree):
        return
    title.head, title.dep_ = verb, name.dep_
    name.head, name.dep_ = title, repairs.apposition


def _relative_clause(pronoun: Token, repairs: Repairs) -> None:
    """ "L'attaque, qui a eu lieu près du palais, a été revendiquée": a verb with two subjects, a noun and,
    right after it, a relative pronoun, and a conjunct verb after it with none, is the noun's relative
    clause; the conjunct is the main verb and the noun its subject."""
    verb = pronoun.head
    nouns = [
        s
        for s in verb.children
        if s.dep_ in SUBJECTS
        and s.i < pronoun.i
        and s.pos_ in ("NOUN", "PROPN")
        and pronoun.i - s.right_edge.i <= 2
    ]
    mains = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.i > pronoun.i and c.pos_ in ("VERB", "AUX") and not kids(c, SUBJECTS)
    ]
    if len(nouns) != 1 or not mains:
        return
    noun, main = nouns[0], mains[0]
    main.head = main if verb.head.i == verb.i else verb.head
    main.dep_ = verb.dep_
    for child in verb.children:
        if child.i > main.i:
            child.head = main
    verb.head, verb.dep_ = noun, repairs.relative_clause
    noun.head = main
    passive = any(c.dep_ == repairs.passive_aux for c in main.children)
    noun.dep_ = repairs.passive_subject if passive else "nsubj"


def _active(verb: Token, repairs: Repairs) -> bool:
    """A verb conjugated with a tense auxiliary and no passive one, or a reflexive verb with "être": its
    subject is no passive's, whatever the parser says ("59 % des Italiens [ont] rejeté", "la Hongrie
    [s'est] retirée" read as passives)."""
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ in AUX_DEPS}
    if not auxiliaries & (repairs.tense | repairs.passive) or any(
        c.dep_ == repairs.passive_aux for c in verb.children
    ):
        return False
    # "être" makes a past of a reflexive verb ("la Hongrie s'est retirée"), else a passive.
    return _reflexive(verb) or not auxiliaries & repairs.passive


def infinitive(form: str, repairs: Repairs, known: Callable[[str], bool]) -> str | None:
    """The infinitive `form` is a form of, by its ending ("quitte" -> "quitter", "appelle" -> "appeler"),
    among the words `known`; None when no guess is a known word."""
    for ending, replacements in repairs.endings:
        if not form.endswith(ending) or len(form) <= len(ending) + 1:
            continue
        stem = form[: len(form) - len(ending)]
        for stem_form in (stem, *_alternated(stem, repairs)):
            for replacement in replacements:
                guess = stem_form + replacement
                if known(guess):
                    return guess
    return None


def _alternated(stem: str, repairs: Repairs) -> list[str]:
    """The stem as the infinitive writes it when the form changes it ("achèt-" -> "achet-", "appell-" ->
    "appel-"): the last occurrence of each alternation, replaced."""
    out = []
    for changed, originals in repairs.alternations:
        at = stem.rfind(changed)
        if at >= 0:
            out += [stem[:at] + original + stem[at + len(changed) :] for original in originals]
    return out


def _stranded_participle(aux: Token) -> Token | None:
    """The past participle after `aux`, in its sentence, that the parser hung on a word between them."""
    doc = aux.doc
    for i in range(aux.i + 1, min(aux.i + 1 + _REACH, len(doc))):
        word = doc[i]
        if word.is_sent_start:
            return None  # the sentence ended (read token by token: `aux.sent` scans the document)
        if "Part" in feats(word, "VerbForm") and _hung_astray(word, aux):
            return word
        if word.pos_ in ("VERB", "AUX"):
            return None  # another verb comes first: this auxiliary is not the participle's
    return None


def _hung_astray(participle: Token, aux: Token) -> bool:
    """The parser hung the participle on a word between it and its auxiliary ("lendemain")."""
    head = participle.head
    return (
        participle.dep_ == "acl"
        and aux.i < head.i < participle.i
        and head.dep_ not in OBJECTS  # "il a des amis blessés": a noun and its participle
        and _within(head, aux)
    )


def _reflexive(token: Token) -> bool:
    """A reflexive pronoun hangs on the auxiliary or the verb ("s'est [retirée]")."""
    return any("Yes" in feats(c, "Reflex") for c in token.children)


def _within(token: Token, top: Token) -> bool:
    """`token` lies under `top` in the tree."""
    return any(a.i == top.i for a in token.ancestors)


def _promote(participle: Token, aux: Token, passive: Repairs | None, tense_aux: str) -> None:
    """The participle takes the auxiliary's place in the tree, and the auxiliary's dependents."""
    dependents = [c for c in aux.children if c.i != participle.i]
    if aux.head.i == aux.i:
        participle.head = participle
    else:
        participle.head = aux.head
    participle.dep_ = aux.dep_
    for child in dependents:
        child.head = participle
        if passive is not None and child.dep_ in SUBJECTS and child.dep_ not in PASSIVE_SUBJECTS:
            child.dep_ = passive.passive_subject
    aux.head = participle
    aux.dep_ = passive.passive_aux if passive is not None else tense_aux
    aux.pos_ = "AUX"
