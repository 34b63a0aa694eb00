"""Throughput of `dragoman extract` against raw spaCy parsing of the same texts, in one run.

    python bench/throughput.py [CORPUS.jsonl] [N]

Prints characters per second of both and their ratio (dragoman's overhead over the parse it needs).
The parse is the same pipeline dragoman loads (fr_core_news_md with the paragraph component).
Defaults to the first 200 articles of ../shared/corpora/wikinews-fr-2016-2018.jsonl.
"""

from __future__ import annotations

import time

from corpus import articles_from_argv

from dragoman.language.pipeline import load_pipeline
from dragoman.model import Document, PartialDate
from dragoman.pipeline import Extractor


def main() -> None:
    rows = articles_from_argv()
    chars = sum(len(r["text"]) for r in rows)
    extractor = Extractor()
    nlp = load_pipeline("fr")
    nlp("Préchauffage.")
    # Both sides start warm: the parser above, and here the extractor's one-off loads (knowledge base,
    # gazetteer, the sentence encoder and the classifier), printed apart since a run pays them once.
    t0 = time.perf_counter()
    extractor.document(Document("warm-up", "Le ministre a rencontré son homologue à Paris.", "fr", None))
    load_s = time.perf_counter() - t0

    def parse_all() -> float:
        t0 = time.perf_counter()
        for r in rows:
            nlp(r["text"])
        return time.perf_counter() - t0

    parse_first = parse_all()
    t0 = time.perf_counter()
    events = 0
    for r in rows:
        published = PartialDate.parse(r["published"][:10]) if r.get("published") else None
        doc = Document(r["doc_id"], r["text"], r.get("language") or "fr", published)
        events += len(extractor.document(doc).events)
    full_s = time.perf_counter() - t0
    # Parse before and after, keep the faster: the reference is not penalised by a cold start.
    parse_s = min(parse_first, parse_all())
    print(f"{len(rows)} articles, {chars:,} characters, {events} events")
    print(f"one-off loads of dragoman (once per process): {load_s:.1f} s")
    print(f"raw spaCy parse   {chars / parse_s:10,.0f} chars/s")
    print(f"dragoman extract  {chars / full_s:10,.0f} chars/s")
    print(f"ratio extract/parse time: {full_s / parse_s:.2f}")


if __name__ == "__main__":
    main()
