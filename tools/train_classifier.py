"""`make model`: train the event classifier on the sentences of training/events/ and write its weights to
src/dragoman/extract/model/ (events.npz with the rules' readings, events-alone.npz without).

Deterministic: the sentences are read in file order, the encoder and the solver run on one thread, and the
weights are rounded to float16. Every verb and noun of a training sentence is a candidate, and so is every
rule trigger; a candidate is an event of the type annotated for its word, else no event. Prints the scores
on a held-out half of the French sentences and the transfer from English alone to French.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from dragoman.extract.classifier import CLASSES, NONE, Candidate, encode, features, generic_candidates
from dragoman.extract.lexicon import lexicon
from dragoman.extract.triggers import find_triggers
from dragoman.language.pipeline import parse_many

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training" / "events"
OUT = ROOT / "src" / "dragoman" / "extract" / "model"
C = 1.0  # inverse regularisation; chosen on the held-out half of the training sentences, not on gold


def sentences(lang: str) -> list[dict[str, object]]:
    items = []
    for path in sorted((TRAINING / lang).glob("*.jsonl")):
        items += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return items


def candidates(lang: str) -> tuple[list[Candidate], list[str], list[str]]:
    """Candidates of every training sentence of `lang`, their labels, and their sentence ids."""
    lex = lexicon(lang)
    items = sentences(lang)
    out: list[Candidate] = []
    labels: list[str] = []
    ids: list[str] = []
    docs = parse_many([str(i["text"]) for i in items], lang)
    for n, (item, doc) in enumerate(zip(items, docs, strict=True)):
        annotated: dict[str, str] = {}
        for event in item["events"]:  # type: ignore[attr-defined]
            annotated.setdefault(event["trigger"], event["type"])
        rules = {t.token.i: t.spec for sentence in doc.sents for t in find_triggers(sentence, lex)}
        tokens = {t.i: t for t in generic_candidates(list(doc))} | {i: doc[i] for i in rules}
        for i in sorted(tokens):
            token = tokens[i]
            out.append(Candidate(token, rules.get(i)))
            labels.append(annotated.get(token.text, NONE))
            ids.append(f"{lang}:{n}")
    return out, labels, ids


def fit(x: sparse.csr_matrix, y: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(x, y)
    return model


def typed_f1(model: LogisticRegression, x: sparse.csr_matrix, y: np.ndarray) -> float:
    """F1 of typed events: an event predicted with the annotated type counts."""
    predicted = model.predict(x)
    hits = np.sum((predicted == y) & (y != NONE))
    precision, recall = hits / max(1, np.sum(predicted != NONE)), hits / max(1, np.sum(y != NONE))
    return float(2 * precision * recall / (precision + recall)) if hits else 0.0


def save(model: LogisticRegression, name: str, use_rules: bool) -> None:
    order = [list(model.classes_).index(c) if c in model.classes_ else None for c in CLASSES]
    weights = np.zeros((len(CLASSES), model.coef_.shape[1]), dtype=np.float16)
    bias = np.full(len(CLASSES), -30.0, dtype=np.float16)  # a class never seen in training is never chosen
    for row, source in enumerate(order):
        if source is not None:
            weights[row] = model.coef_[source]
            bias[row] = model.intercept_[source]
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / name, weights=weights, bias=bias, use_rules=np.array(use_rules))


def memo(texts: list[str]) -> np.ndarray:
    """The encoder with a memory: each training window is encoded once for both models."""
    new = [t for t in dict.fromkeys(texts) if t not in _SEEN]
    if new:
        _SEEN.update(zip(new, encode(new), strict=True))
    return np.stack([_SEEN[t] for t in texts])


_SEEN: dict[str, np.ndarray] = {}


def main() -> None:
    with threadpool_limits(limits=1):
        parts = {lang: candidates(lang) for lang in ("fr", "en")}
        blocks: dict[tuple[str, bool], sparse.csr_matrix] = {}
        for lang, (cands, _, _) in parts.items():
            for use_rules in (True, False):
                blocks[(lang, use_rules)] = features(cands, lexicon(lang), memo, use_rules=use_rules)
        labels = np.array([label for lang in parts for label in parts[lang][1]])
        ids = [i for lang in parts for i in parts[lang][2]]
        language = np.array([i.split(":")[0] for i in ids])
        # Half the French sentences, chosen by a hash of their id, are held out to measure the model.
        held = np.array([lang == "fr" and _halved(i) for i, lang in zip(ids, language, strict=True)])
        events = Counter(str(y) for y in labels if y != NONE)
        report: dict[str, object] = {"candidates": len(labels), "events": events}
        for use_rules, name in ((True, "events.npz"), (False, "events-alone.npz")):
            x = sparse.vstack([blocks[("fr", use_rules)], blocks[("en", use_rules)]], format="csr")
            ruled = np.array([c.spec is not None for lang in parts for c in parts[lang][0]])
            rows = ruled if use_rules else np.ones(len(labels), dtype=bool)
            held_out = fit(x[rows & ~held], labels[rows & ~held])
            english = fit(x[rows & (language == "en")], labels[rows & (language == "en")])
            report[name] = {
                "held-out French half, typed F1": round(
                    typed_f1(held_out, x[rows & held], labels[rows & held]), 3
                ),
                "trained on English alone, on French, typed F1": round(
                    typed_f1(english, x[rows & (language == "fr")], labels[rows & (language == "fr")]), 3
                ),
            }
            save(fit(x[rows], labels[rows]), name, use_rules)
    (OUT / "training.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    json.dump(report, sys.stdout, indent=2, sort_keys=True)
    print()


def _halved(sentence_id: str) -> bool:
    return int(hashlib.sha256(sentence_id.encode()).hexdigest(), 16) % 2 == 0


if __name__ == "__main__":
    main()
