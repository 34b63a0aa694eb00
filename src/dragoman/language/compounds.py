"""Compound words the tokenizer cuts at their hyphen ("attentat-suicide" -> "attentat", "-", "suicide"),
joined again before the parser reads them.

spaCy's French tokenizer keeps the hyphenated words it knows ("porte-parole", "cessez-le-feu") and cuts the
others, but the French treebanks its parser learned from write every such compound as one word: cut, the
parser reads the parts as two nouns and the hyphen as a third, often each a sentence of its own ("des
attentats-suicides contre les symboles du gouvernement" lost its "contre"). Which characters join a
compound is language data (grammar.yaml `compound_joiners`; English has none: its parser learned the cut
form). The parts of a joined word are letters only, joined without spaces; "dit-il" and "a-t-il" are cut
apart by the tokenizer's own rules before, as their pronouns must be. A compound common noun is in lower
case throughout ("stations-service"), a compound name starts with a capital or a short particle
("Île-du-Prince-Édouard", "al-Bab"); a word in lower case before a capitalised one is two phrases a dash
sets side by side ("la défense de la démocratie-Forces de défense"), left cut.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token


def join_compounds(doc: Doc, joiners: frozenset[str]) -> Doc:
    """`doc` with every run word-joiner-word(-joiner-word...) written without spaces merged into one token."""
    runs: list[Span] = []
    end = 0
    # Only the joiners are looked at closely, found in the doc's array of word ids: reading every token
    # costs a Token object each.
    ids = [doc.vocab.strings.add(j) for j in joiners]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), ids)).tolist():
        if i < end or not 0 < i < len(doc) - 1 or not (_joins(doc, i, joiners) and doc[i - 1].is_alpha):
            continue
        end = i + 2
        while end < len(doc) - 1 and _joins(doc, end, joiners):
            end += 2
        run = doc[i - 1 : end]
        if _one_word(run):
            runs.append(run)
    if runs:
        with doc.retokenize() as retokenizer:
            for run in runs:
                retokenizer.merge(run)
    return doc


# The longest particle a compound name may start with in lower case ("al-Bab", "el-Sissi").
_PARTICLE = 3


def _one_word(run: Span) -> bool:
    """A compound common noun (all in lower case) or a compound name (a capital or a particle first)."""
    first = run[0].text
    return all(t.text.islower() for t in list(run)[::2]) or first[:1].isupper() or len(first) <= _PARTICLE


def _joins(doc: Doc, i: int, joiners: frozenset[str]) -> bool:
    """Token `i` is a joiner between two words, touching both."""
    token, before, after = doc[i], doc[i - 1], doc[i + 1]
    return token.text in joiners and not before.whitespace_ and not token.whitespace_ and after.is_alpha


def compound_lemma(token: Token, joiners: frozenset[str], lemmatize: Callable[[str, str], str]) -> str | None:
    """The lemma of a joined compound, part by part ("attentats-suicides" -> "attentat-suicide": the
    lemmatizer alone reads the last part only); None for a word that is no compound."""
    for joiner in joiners:
        if joiner in token.text[1:-1]:
            parts = token.text.split(joiner)
            return joiner.join(lemmatize(part, token.pos_) for part in parts)
    return None


def compound_head(lemma: str, joiners: frozenset[str]) -> str | None:
    """The head of a compound lemma where a language's compounds put it first ("attentat-suicide" is an
    attentat), for a word the lexicon does not list whole; None for a word that is no compound."""
    for joiner in joiners:
        if joiner in lemma[1:-1]:
            return lemma.split(joiner)[0]
    return None
