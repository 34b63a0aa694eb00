"""Throughput of `dragoman extract` against a batched raw spaCy parse of the same texts, in one run.

    python bench/throughput.py [CORPUS.jsonl] [N]

Prints characters per second of both and their ratio (dragoman's cost over the parse it needs). The
reference is `nlp.pipe` over the articles' texts with the installed fr_core_news_md as spaCy loads it,
every component it ships and nothing of dragoman's (its paragraph and repair components count on the
extraction's side); the extraction is `Extractor.paths` over the same articles as a JSONL corpus, the
path `dragoman extract corpus.jsonl` takes (reading, detection, batched parse, extraction).
Defaults to the first 200 articles of ../shared/corpora/wikinews-fr-2016-2018.jsonl.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import spacy
from corpus import articles_from_argv

from dragoman.language.registry import supported
from dragoman.model import Document, Extraction
from dragoman.pipeline import PARSE_BATCH, Extractor

# Rounds of (reference, extraction), alternating so that both sides meet the same load on a shared
# machine; each side's fastest round is kept, by wall clock and by the process's CPU time.
ROUNDS = 3


@dataclass
class Timing:
    wall: float = float("inf")
    cpu: float = float("inf")

    def run(self, work: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        self.wall = min(self.wall, time.perf_counter() - wall)
        self.cpu = min(self.cpu, time.process_time() - cpu)


def main() -> None:
    rows = articles_from_argv()
    texts = [r["text"] for r in rows]
    chars = sum(len(t) for t in texts)
    languages = {r.get("language") or "fr" for r in rows}
    if languages != {"fr"}:
        raise SystemExit(f"the reference parses French only; this corpus has {sorted(languages)}")

    t0 = time.perf_counter()
    nlp = spacy.load(supported()["fr"].spacy_model)
    extractor = Extractor()
    # The one-off loads (spaCy model, knowledge base, gazetteer, sentence encoder, classifier, lexicon)
    # are paid once per process: timed apart, then both sides run warm.
    extractor.document(Document("warm-up", "Le ministre a rencontré son homologue à Paris.", "fr", None))
    list(nlp.pipe(texts[:PARSE_BATCH], batch_size=PARSE_BATCH))
    load_s = time.perf_counter() - t0

    events = 0

    def parse_all(batch_size: int) -> Callable[[], object]:
        return lambda: sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")

        def extract_all() -> None:
            nonlocal events
            results = list(extractor.paths([corpus]))
            events = sum(len(r.events) for r in results if isinstance(r, Extraction))

        # The reference at the extractor's batch size and at spaCy's default, the faster kept, so that
        # dragoman's choice of batch never flatters the ratio.
        parse, full = Timing(), Timing()
        for _ in range(ROUNDS):
            parse.run(parse_all(PARSE_BATCH))
            full.run(extract_all)
            parse.run(parse_all(nlp.batch_size))
    print(f"{len(rows)} articles, {chars:,} characters, {events} events")
    print(f"pipeline components: {', '.join(nlp.pipe_names)}")
    print(f"one-off loads (once per process): {load_s:.1f} s")
    print(f"raw spaCy parse, nlp.pipe  {chars / parse.wall:10,.0f} chars/s   (CPU {chars / parse.cpu:,.0f})")
    print(f"dragoman extract (batched) {chars / full.wall:10,.0f} chars/s   (CPU {chars / full.cpu:,.0f})")
    print(f"ratio extract/parse time: {full.wall / parse.wall:.2f}   (CPU time {full.cpu / parse.cpu:.2f})")


if __name__ == "__main__":
    main()
