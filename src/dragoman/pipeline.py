"""The whole extraction run: ingest → language → parse → resolve/extract, one document at a time.

A document that cannot be read or parsed becomes a Problem; the others go on. Nothing here keeps
state between documents but the loaded models, so shards of a corpus can run in separate processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dragoman.errors import DragomanError
from dragoman.extract.events import Extraction, read_document
from dragoman.extract.places import Gazetteer
from dragoman.ingest import IngestProblem, read_inputs
from dragoman.language.detect import choose_language
from dragoman.language.pipeline import parse
from dragoman.model import Document, PartialDate
from dragoman.resolve.kb import KnowledgeBase


@dataclass(frozen=True)
class Problem:
    """A document that yielded nothing, and why (one line, naming the file and line)."""

    source: str
    message: str
    code: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class Extractor:
    """Loads the knowledge base and gazetteer once, then reads documents."""

    def __init__(self, extra_kb: Sequence[Path] = ()) -> None:
        self.kb = KnowledgeBase.load(extra_kb)
        self.gazetteer = Gazetteer.default()

    def document(self, document: Document) -> Extraction:
        """Events and quotes of one document; raises DragomanError when it cannot be read."""
        where = document.source or document.doc_id
        lang, note = choose_language(document.text, document.language, where)
        document.language = lang
        if note:
            document.notes.append(note)
        return read_document(document, parse(document.text, lang), self.kb, self.gazetteer)

    def documents(self, items: Iterable[Document | IngestProblem]) -> Iterator[Extraction | Problem]:
        for item in items:
            if isinstance(item, IngestProblem):
                yield Problem(item.source, item.message, item.code)
                continue
            try:
                yield self.document(item)
            except DragomanError as exc:
                yield Problem(item.source or item.doc_id, str(exc).removeprefix(f"{exc.where}: "), exc.code)

    def paths(
        self, paths: Sequence[Path], *, published: PartialDate | None = None, language: str | None = None
    ) -> Iterator[Extraction | Problem]:
        return self.documents(read_inputs(paths, published=published, language=language))
