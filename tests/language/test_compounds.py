"""Compound words the tokenizer cuts at their hyphen, joined again for the parser where the language's
treebank writes them as one word (French), and left cut where it does not (English): (language,
sentence, word, the token expected to hold it whole or None when it stays cut, its lemma)."""

from __future__ import annotations

import pytest

from dragoman.language.pipeline import parse

pytestmark = pytest.mark.slow

JOINED = [
    ("fr", "Des attentats-suicides ont frappé la capitale.", "attentats-suicides", "attentat-suicide"),
    ("fr", "Les stations-service sont fermées depuis lundi.", "stations-service", "station-service"),
    ("fr", "Le premier ministre de l'Île-du-Prince-Édouard est arrivé.", "Île-du-Prince-Édouard", None),
    ("fr", "Les rebelles piétinent aux portes d'al-Bab.", "al-Bab", None),
]

CUT = [
    # A word in lower case before a capitalised one: two phrases side by side.
    ("fr", "Le Conseil pour la défense de la démocratie-Forces de défense a voté.", "démocratie"),
    # The pronoun of an inversion is its own word.
    ("fr", "Le pays, a-t-il dit, refuse.", "a"),
    # English: the parser learned hyphenated words cut.
    ("en", "The pro-Moscow rebels and the suicide-bomber were seen.", "suicide"),
]


@pytest.mark.parametrize(("lang", "text", "word", "lemma"), JOINED)
def test_compound_is_one_token(lang: str, text: str, word: str, lemma: str | None) -> None:
    doc = parse(text, lang)
    token = next((t for t in doc if t.text == word), None)
    assert token is not None, [t.text for t in doc]
    if lemma is not None:
        assert token.lemma_ == lemma


@pytest.mark.parametrize(("lang", "text", "part"), CUT)
def test_phrases_and_clitics_stay_cut(lang: str, text: str, part: str) -> None:
    doc = parse(text, lang)
    assert part in [t.text for t in doc]


def test_joined_compound_heads_its_clause_in_the_parse() -> None:
    """Cut, "attentats - suicides" made three roots and lost the target; joined, one object of "mener"."""
    doc = parse("Les shebabs mènent des attentats-suicides contre le gouvernement.", "fr")
    token = next(t for t in doc if t.text == "attentats-suicides")
    assert token.dep_ == "obj" and token.head.lemma_ == "mener"
    assert len([t for t in doc if t.dep_ == "ROOT"]) == 1
