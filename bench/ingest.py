"""What the store costs: `dragoman ingest` against `dragoman extract` of the same articles, in one run.

    python bench/ingest.py [CORPUS.jsonl] [N]

Prints the time of extraction alone, of ingest into a fresh DuckDB file (extraction, the transactions per
batch and the story merge), of a second ingest of the same articles (all skipped by content hash), their
ratios, the store's size and the peak memory of the process.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from corpus import articles_from_argv

from dragoman.model import Document, PartialDate
from dragoman.pipeline import Extractor
from dragoman.store import open_store


def documents(rows: list[dict[str, str]]) -> list[Document]:
    return [
        Document(
            r["doc_id"],
            r["text"],
            r.get("language") or None,
            PartialDate.parse(r["published"][:10]) if r.get("published") else None,
        )
        for r in rows
    ]


def main() -> None:
    rows = articles_from_argv()
    extractor = Extractor()
    extractor.document(Document("warm-up", "La France soutient le Japon.", "fr"))

    def extract_all() -> tuple[float, int]:
        t0 = time.perf_counter()
        events = sum(len(extractor.document(d).events) for d in documents(rows))
        return time.perf_counter() - t0, events

    extract_first, events = extract_all()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with open_store(str(db)) as store:
            t0 = time.perf_counter()
            first = store.ingest(documents(rows), extractor)
            ingest_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            again = store.ingest(documents(rows), extractor)
            again_s = time.perf_counter() - t0
            counts = store.counts()
        # Extract before and after, keep the faster: the reference is not penalised by a cold start.
        extract_s = min(extract_first, extract_all()[0])
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.duckdb.wal"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(rows)} articles, {events} events; stored {counts}")
    print(f"extract only          {extract_s:7.1f} s")
    print(f"ingest (new store)    {ingest_s:7.1f} s   ratio ingest/extract {ingest_s / extract_s:.2f}")
    print(f"ingest again (skips)  {again_s:7.1f} s   ratio again/extract  {again_s / extract_s:.3f}")
    print(f"added {first.added}, then {again.added} added and {again.already} already stored")
    print(f"store size {size / 1e6:.1f} MB; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
