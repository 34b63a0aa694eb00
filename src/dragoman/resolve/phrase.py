"""Shaping an argument phrase before resolution: what to cut (relative clauses, edge punctuation), what
to add back (the rest of a name the phrase cut through), and what its determiner says."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from dragoman.language.syntax import RELATIVE, feats

NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "MISC", "NORP"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
# Names of a group that acts: a company, a newspaper, a union ("Médiapart", "Le Canard enchaîné").
GROUP_LABELS = frozenset({"ORG", "MISC"})
# Edges that are never part of the actor: "par [le Qatar]", "[les pays], et".
_EDGE_POS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "SPACE"})
_EDGE_DEPS = frozenset({"case", "mark", "cc", "punct", "fixed"})
_OWN_DEPS = frozenset({"det", "flat:name", "flat", "compound", "nummod"})
_POSSESSIVE_DEPS = frozenset({"det", "poss", "nmod:poss"})


@cache
def _name_particles() -> frozenset[str]:
    """Particles inside names that the tagger does not tag as proper nouns (resolve/data/names.yaml)."""
    raw = yaml.safe_load(resources.files("dragoman.resolve").joinpath("data/names.yaml").read_text("utf-8"))
    return frozenset(str(p) for p in raw["particles"])


def trimmed(span: Span) -> Span:
    """The phrase without its relative clauses and without punctuation, prepositions or conjunctions at
    its edges; a leading determiner stays, it is part of what the text says ("les pays")."""
    doc = span.doc
    cut = {
        t.i
        for token in span
        if token.dep_ in RELATIVE and span.start <= token.head.i < span.end
        for t in token.subtree
    }
    root = span.root.i
    start, end = root, root + 1
    while start - 1 >= span.start and start - 1 not in cut:
        start -= 1
    while end < span.end and end not in cut:
        end += 1
    while start < end and (
        doc[start].pos_ in _EDGE_POS or doc[start].dep_ in _EDGE_DEPS or doc[start].is_space
    ):
        start += 1
    while end > start and (doc[end - 1].pos_ in _EDGE_POS or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def names_of(doc: Doc) -> list[Span]:
    """The document's named entities of the labels that name actors, in text order; a title the tagger
    took into a name is left out of it (title_apart)."""
    return [title_apart(ent) for ent in doc.ents if ent.label_ in NAME_LABELS]


def title_apart(ent: Span) -> Span:
    """ "Premier ministre David Cameron" (MISC), "île Wade MacLauchlan" (LOC): a name the tagger ran
    together with the title before it, a word in lower case that is no function word, is the person's
    name after the title, of two capitalised words or more ("Liberation Tigers of Tamil Eelam" stays)."""
    titles = [t.i for t in ent if t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ", "PROPN")]
    if not titles or titles[-1] >= ent.end - 2:
        return ent
    doc = ent.doc
    prefix, tail = doc[ent.start : titles[-1] + 1], doc[titles[-1] + 1 : ent.end]
    if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in prefix):
        return ent
    if not all(t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() for t in tail):
        return ent
    return Span(doc, tail.start, tail.end, label="PER")


def widened(span: Span, names: Sequence[Span] | None = None) -> Span:
    """Never cut through a name: extend to the whole named entity ("Conseil de sécurité des Nations
    [unies]") and across hyphens written without spaces ("Al-[Jazeera]"). `names`: `names_of(span.doc)`,
    passed by a caller that widens many phrases of one document (`doc.ents` builds every span anew)."""
    doc = span.doc
    start, end = span.start, span.end
    if start == end:
        return span
    for ent in names_of(doc) if names is None else names:
        if ent.start < end and ent.end > start:
            start, end = min(start, ent.start), max(end, ent.end)
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
        end += 1
    return doc[start:end]


def head_words(span: Span, names: Sequence[Span] | None = None) -> Span:
    """The head with its determiners and the words of its own name, nothing else ("Les talibans")."""
    root = span.root
    own = {root.i} | {c.i for c in root.children if c.dep_ in _OWN_DEPS and span.start <= c.i < span.end}
    start = end = root.i
    while start - 1 in own:
        start -= 1
    while end + 1 in own:
        end += 1
    return widened(span.doc[start : end + 1], names)


def without_determiners(span: Span) -> Span:
    start = span.start
    while start < span.end and span.doc[start].pos_ in ("DET", "NUM"):
        start += 1
    return span.doc[start : span.end]


def proper_name_runs(span: Span) -> list[Span]:
    """Runs of capitalised words and name particles: candidate names the tagger may have missed."""
    runs: list[Span] = []
    doc = span.doc
    i = span.start
    while i < span.end:
        word = doc[i]
        if word.pos_ == "PROPN" or (
            word.text[:1].isupper() and word.pos_ in ("NOUN", "ADJ") and i > span.start
        ):
            j = i
            while j + 1 < span.end and (
                doc[j + 1].pos_ == "PROPN"
                or doc[j + 1].lower_ in _name_particles()
                or doc[j + 1].text[:1].isupper()
            ):
                j += 1
            runs.append(doc[i : j + 1])
            i = j + 1
        else:
            i += 1
    return runs


def _determiners(span: Span) -> list[Token]:
    root = span.root
    dets = [t for t in root.children if t.dep_ in _POSSESSIVE_DEPS and t.i < root.i]
    if span.start > 0 and span.doc[span.start - 1].pos_ == "DET":
        dets.append(span.doc[span.start - 1])
    return dets


def is_definite(span: Span, articles: frozenset[str]) -> bool:
    """ "la milice", "ce pays", "the militia", "ses dirigeants": a phrase that can point back; `articles`
    are the language's definite articles, for determiners the parser gives no Definite feature."""
    return any(
        "Def" in feats(d, "Definite")
        or "Dem" in feats(d, "PronType")
        or feats(d, "Poss")
        or d.lower_ in articles
        for d in _determiners(span)
    )


def is_possessive(span: Span) -> bool:
    """ "ses dirigeants", "its leaders": the head is owned by an actor named earlier."""
    return any(
        d.pos_ in ("DET", "PRON") and (feats(d, "Poss") or d.dep_ == "poss") for d in _determiners(span)
    )


def is_plural(span: Span) -> bool:
    return "Plur" in feats(span.root, "Number")


def is_restricted(span: Span) -> bool:
    """ "les pays qui n'ont pas reconnu ...": a relative clause picks out new referents, not old ones."""
    return any(c.dep_ in RELATIVE for c in span.root.children)
