"""The shared corpus and example article read without a problem (skipped where /work/shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.ingest import read_corpus, read_inputs
from dragoman.model import Document, PartialDate, Problem

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpora" / "wikinews-fr-2016-2018.jsonl"
SEED = SHARED / "examples" / "seed-fr.txt"


def need(path: Path) -> None:
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared data is only on development machines")


@pytest.mark.slow
def test_wikinews_corpus_reads_fully() -> None:
    need(CORPUS)
    items = list(read_corpus(CORPUS))
    problems = [i for i in items if isinstance(i, Problem)]
    assert problems == []
    docs = [i for i in items if isinstance(i, Document)]
    lines = [line for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    assert len(docs) == len(lines)  # every record of the corpus, whatever its size this year
    assert all(d.language == "fr" and d.published is not None and d.text for d in docs)


def test_seed_article_with_its_sidecar() -> None:
    need(SEED)
    [doc] = list(read_inputs([SEED]))
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.language, doc.published) == ("seed-fr", "fr", PartialDate(2023, 6))
    assert doc.text == SEED.read_text(encoding="utf-8-sig")
