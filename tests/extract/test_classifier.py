"""The learned classifier: its features, and what it believes of sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from dragoman.extract import classifier
from dragoman.extract.candidates import THRESHOLD
from dragoman.extract.lexicon import lexicon
from dragoman.extract.triggers import find_triggers
from dragoman.language.pipeline import parse

pytestmark = pytest.mark.slow


def probabilities(text: str, lang: str) -> dict[str, dict[str, float]]:
    lex = lexicon(lang)
    doc = parse(text, lang)
    found = [classifier.Candidate(t.token, t.spec) for s in doc.sents for t in find_triggers(s, lex)]
    rows = classifier.load("both").probabilities(classifier.features(found, lex, classifier.encode))
    return {
        c.token.text: dict(zip(classifier.CLASSES, map(float, row), strict=True))
        for c, row in zip(found, rows, strict=True)
    }


def test_the_classes_are_none_then_plover_types() -> None:
    assert classifier.CLASSES[0] == classifier.NONE and len(classifier.CLASSES) == 17


def test_features_are_the_same_for_the_same_text() -> None:
    lex = lexicon("fr")
    doc = parse("La police a arrêté trois manifestants à Lyon.", "fr")
    found = [classifier.Candidate(t.token, t.spec) for s in doc.sents for t in find_triggers(s, lex)]
    a = classifier.features(found, lex, classifier.encode).toarray()
    b = classifier.features(found, lex, classifier.encode).toarray()
    assert (
        np.array_equal(a, b) and a.shape[1] == classifier.HASHED + classifier.SYMBOLIC + classifier.EMBEDDING
    )


def test_features_are_the_blocks_side_by_side_in_one_sparse_matrix() -> None:
    """[hashed | symbolic | embedded], each row's columns in ascending order: the very matrix (same
    entries in the same order, so the same sums) that stacking the three blocks gives."""
    lex = lexicon("fr")
    doc = parse("La police a arrêté trois manifestants. Le Japon a envoyé de l'aide au Népal.", "fr")
    found = [classifier.Candidate(t.token, t.spec) for s in doc.sents for t in find_triggers(s, lex)]
    matrix = classifier.features(found, lex, classifier.encode)
    texts = [classifier.window(c.token) for c in found]
    unique = sorted(set(texts))
    vectors = dict(zip(unique, classifier.encode(unique), strict=True))
    embedded = np.stack([vectors[t] for t in texts]).astype(np.float32)
    dense = matrix[:, classifier.HASHED :].toarray()
    assert np.array_equal(dense[:, classifier.SYMBOLIC :], embedded)
    hashed = matrix[:, : classifier.HASHED]
    for row, candidate in enumerate(found):
        buckets = sorted({classifier._bucket(w) for w in classifier._words(candidate, lex)})
        assert list(hashed[row].indices) == buckets
    stacked = sparse.hstack(
        [hashed, sparse.csr_matrix(dense[:, : classifier.SYMBOLIC]), sparse.csr_matrix(embedded)],
        format="csr",
    )
    assert matrix.has_canonical_format and matrix.dtype == np.float32
    assert np.array_equal(matrix.indptr, stacked.indptr) and np.array_equal(matrix.indices, stacked.indices)
    assert np.array_equal(matrix.data, stacked.data)


def test_probabilities_are_the_softmax_of_the_stored_weights() -> None:
    lex = lexicon("en")
    doc = parse("Police arrested three protesters outside the embassy.", "en")
    found = [classifier.Candidate(t.token, t.spec) for s in doc.sents for t in find_triggers(s, lex)]
    matrix = classifier.features(found, lex, classifier.encode)
    model = classifier.load("both")
    scores = np.asarray(matrix @ model.weights.T.astype(np.float32)) + model.bias.astype(np.float32)
    scores -= scores.max(axis=1, keepdims=True)
    expected = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    for _ in range(2):  # the converted weights are kept: the second call reads them again
        assert np.array_equal(model.probabilities(matrix), expected)


def test_features_of_no_candidates_is_an_empty_matrix() -> None:
    matrix = classifier.features([], lexicon("fr"), classifier.encode)
    assert matrix.shape == (0, classifier.HASHED + classifier.SYMBOLIC + classifier.EMBEDDING)


@pytest.mark.parametrize(
    ("lang", "text", "word", "etype"),
    [
        ("fr", "La police a arrêté trois manifestants devant l'ambassade.", "arrêté", "COERCE"),
        ("en", "Police arrested three protesters outside the embassy.", "arrested", "COERCE"),
        ("fr", "Le Japon a envoyé de l'aide humanitaire aux sinistrés du Népal.", "envoyé", "AID"),
        ("en", "Japan sent humanitarian aid to the victims of the earthquake in Nepal.", "sent", "AID"),
    ],
)
def test_political_events_are_typed(lang: str, text: str, word: str, etype: str) -> None:
    row = probabilities(text, lang)[word]
    assert max(row, key=row.__getitem__) == etype


@pytest.mark.parametrize(
    ("lang", "politics", "elsewhere", "word", "etype"),
    [
        (
            "fr",
            "L'armée a attaqué les positions rebelles près de Goma.",
            "Le virus a attaqué les cellules du foie.",
            "attaqué",
            "ASSAULT",
        ),
        (
            "en",
            "The army attacked rebel positions near Goma.",
            "The striker attacked down the left wing in the second half.",
            "attacked",
            "ASSAULT",
        ),
        (
            "fr",
            "L'aviation a frappé des positions rebelles.",
            "Le footballeur a frappé le ballon du pied gauche.",
            "frappé",
            "ASSAULT",
        ),
    ],
)
def test_the_same_word_outside_politics_is_not_kept(
    lang: str, politics: str, elsewhere: str, word: str, etype: str
) -> None:
    political, other = probabilities(politics, lang)[word], probabilities(elsewhere, lang)[word]
    assert political[etype] > other[etype] + 0.2 and other[etype] < THRESHOLD
