"""Argument roles on parses given by hand (extract/arguments.py): what a rule does when the parser errs
the way it does on real text, whatever the model reads today."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.extract.arguments import clause_subject
from dragoman.extract.lexicon import lexicon


def parse(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_root_the_tagger_missed_as_a_verb_keeps_its_subject() -> None:
    # "la Turquie a du se résoudre à envoyer des renforts": "du" (for "dû") read as a determiner heading
    # the sentence, with the subject on it; the infinitive below still has that subject.
    words = ["la", "Turquie", "a", "du", "se", "résoudre", "à", "envoyer", "des", "renforts"]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 9, 7]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "expl:comp", "xcomp", "mark", "xcomp", "det", "obj"]
    pos = ["DET", "PROPN", "AUX", "DET", "PRON", "VERB", "ADP", "VERB", "DET", "NOUN"]
    doc = parse(words, heads, deps, pos)
    subjects, inherited = clause_subject(doc[7], lexicon("fr"))
    assert [t.text for t in subjects] == ["Turquie"] and inherited


def test_a_root_without_subject_gives_nobody() -> None:
    words = ["Envoyer", "des", "renforts"]
    doc = parse(words, [0, 2, 0], ["ROOT", "det", "obj"], ["VERB", "DET", "NOUN"])
    assert clause_subject(doc[0], lexicon("fr")) == ([], False)
