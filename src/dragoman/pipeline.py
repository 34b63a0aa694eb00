"""The only orchestrator: read → detect the language → parse (batched) → extract → sink.

`Extractor.documents` runs the stages over a stream of documents, parsing them a few at a time with
spaCy's batched `pipe`; a document that cannot be read or parsed becomes a Problem and the others go on.
`ingest` sinks the extractions into a store in crash-safe batches, then merges the stored reports into
stories. Nothing here keeps state between documents but the loaded models and knowledge base, so shards
of a corpus can run in separate processes.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from dragoman.analyse.stories import merge_reports, report_of
from dragoman.errors import DragomanError
from dragoman.extract.candidates import Typing
from dragoman.extract.events import read_document, sentence_triggers
from dragoman.extract.places import Gazetteer
from dragoman.ingest import read_inputs
from dragoman.ingest.meta import IdFrom
from dragoman.language.dateline import find_dateline
from dragoman.language.detect import choose_language
from dragoman.language.pipeline import parse_many
from dragoman.language.registry import data, supported
from dragoman.model import Document, Extraction, PartialDate, Problem, ReaderVersion
from dragoman.resolve.kb import KnowledgeBase
from dragoman.store import Admission, Store

# Documents parsed together: enough for spaCy's batching to pay, few enough to stream a corpus.
PARSE_BATCH = 16
DEFAULT_BATCH = 20  # documents per store transaction


# What makes the extractor read as it does: its code, language data and trained weights.
_READER_SUFFIXES = frozenset({".py", ".yaml", ".json", ".npz"})


def _digest(files: Iterable[tuple[str, bytes]]) -> str:
    h = hashlib.sha256()
    for name, content in files:
        h.update(name.encode("utf-8") + b"\0" + content + b"\0")
    return h.hexdigest()[:16]


def reader_version(extra_kb: Sequence[Path] = ()) -> ReaderVersion:
    """Fingerprints of the installed extractor (every code, data and model file of the package) and of
    the knowledge base it reads with the user's `extra_kb` files: what a stored document was read by."""
    from dragoman import __version__

    package = Path(__file__).parent
    files = sorted(
        p for p in package.rglob("*") if p.suffix in _READER_SUFFIXES and "__pycache__" not in p.parts
    )
    kb_dir = package / "resolve" / "data"
    code = [(p.relative_to(package).as_posix(), p.read_bytes()) for p in files if kb_dir not in p.parents]
    kb = [(p.relative_to(package).as_posix(), p.read_bytes()) for p in files if kb_dir in p.parents]
    kb += [(f"extra:{n}", Path(p).read_bytes()) for n, p in enumerate(extra_kb)]
    return ReaderVersion(extractor=f"{__version__}+{_digest(code)}", kb=_digest(kb))


class Extractor:
    """Loads the knowledge base and gazetteer once, then reads documents."""

    def __init__(
        self, extra_kb: Sequence[Path] = (), *, parse_batch: int = PARSE_BATCH, typing: Typing | None = None
    ) -> None:
        self.kb = KnowledgeBase.load(extra_kb)
        self.version = reader_version(extra_kb)  # read after the load: a bad extra file is named there
        self.gazetteer = Gazetteer.default()
        self.parse_batch = parse_batch
        self.typing = typing or Typing()

    def document(self, document: Document) -> Extraction:
        """Events and quotes of one document; raises DragomanError when it cannot be read."""
        lang = self._detect(document)
        [parsed] = parse_many([document.text], lang)
        return read_document(document, parsed, self.kb, self.gazetteer, self.typing)

    def _detect(self, document: Document) -> str:
        """Settle the document's publication date (given, else its dateline's) and language (given, else
        detected), and note how each was decided."""
        if document.published is None:
            document.published = find_dateline(document.text, document.language)
            if document.published is not None:
                document.notes.append(f"published {document.published} read from the dateline")
        lang, note = choose_language(document.text, document.language, _where(document))
        document.language = lang
        if note:
            document.notes.append(note)
        return lang

    def documents(self, items: Iterable[Document | Problem]) -> Iterator[Extraction | Problem]:
        """An extraction (or the problem) for every document, in order; problems pass through."""
        stream = iter(items)
        while chunk := list(islice(stream, self.parse_batch)):
            yield from self._chunk(chunk)

    def _chunk(self, chunk: list[Document | Problem]) -> list[Extraction | Problem]:
        out: list[Extraction | Problem | None] = [None] * len(chunk)
        by_language: dict[str, list[int]] = {}
        for i, item in enumerate(chunk):
            if isinstance(item, Problem):
                out[i] = item
                continue
            try:
                lang = self._detect(item)
            except DragomanError as exc:
                out[i] = Problem.of(exc, _where(item))
                continue
            by_language.setdefault(lang, []).append(i)
        for lang, members in by_language.items():
            documents = [chunk[i] for i in members]
            docs = list(parse_many([d.text for d in documents if isinstance(d, Document)], lang))
            typed = sentence_triggers(docs, lang, self.typing)
            for i, parsed, triggers in zip(members, docs, typed, strict=True):
                document = chunk[i]
                assert isinstance(document, Document)
                try:
                    out[i] = read_document(document, parsed, self.kb, self.gazetteer, self.typing, triggers)
                except DragomanError as exc:
                    out[i] = Problem.of(exc, _where(document))
        return [item for item in out if item is not None]

    def paths(
        self,
        paths: Sequence[Path],
        *,
        published: PartialDate | None = None,
        language: str | None = None,
        id_from: IdFrom = IdFrom.STEM,
    ) -> Iterator[Extraction | Problem]:
        return self.documents(read(paths, published=published, language=language, id_from=id_from))


def read(
    paths: Sequence[Path],
    *,
    published: PartialDate | None = None,
    language: str | None = None,
    id_from: IdFrom = IdFrom.STEM,
) -> Iterator[Document | Problem]:
    """The documents (and problems) of files, folders and corpora, decoded preferring the code pages of the
    languages dragoman reads; `id_from` names the files without a doc_id of their own."""
    pages = dict.fromkeys(page for lang in supported() for page in data(lang, "language")["code_pages"])
    return read_inputs(
        paths, published=published, language=language, code_pages=tuple(pages), id_from=id_from
    )


def _where(document: Document) -> str:
    return document.source or document.doc_id


@dataclass
class IngestResult:
    """What one ingest run did."""

    read: int = 0  # documents offered
    added: int = 0
    already: int = 0  # same content already stored
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    stories: int | None = None  # set when the stories were rebuilt
    outdated: int = 0  # stored documents another extractor or knowledge base read, left as they are


def ingest(
    store: Store,
    items: Iterable[Document | Problem],
    extractor: Extractor,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_batch: Callable[[IngestResult], None] | None = None,
    on_document: Callable[[IngestResult], None] | None = None,
) -> IngestResult:
    """Extract every document the store does not hold and write them in batches of `batch_size` (one
    transaction each); then, if anything changed, merge the stored reports into stories again."""
    result = IngestResult()
    if store.stories_stale():
        # An earlier run stopped between its batches and the merge: its events are shown from now on.
        result.stories = rebuild_stories(store)
    sent: deque[Document | Problem] = deque()  # what went to the extractor, one outcome each, in order

    def offered() -> Iterator[Document | Problem]:
        for item in items:
            result.read += 1
            admission = item if isinstance(item, Problem) else store.admit(item)
            if admission is Admission.STORED:
                result.already += 1
                if on_document:
                    on_document(result)
                continue
            chosen = item if admission is Admission.NEW else admission
            sent.append(chosen)
            yield chosen

    pending: list[Extraction] = []
    for outcome in extractor.documents(offered()):
        offer = sent.popleft()
        if isinstance(outcome, Problem):
            result.problems.append(outcome)
            if isinstance(offer, Document):
                store.release(offer)  # it could not be read: a later run may try it again
        else:
            pending.append(outcome)
        if len(pending) >= batch_size:
            _flush(store, pending, result, on_batch, extractor.version)
            pending = []
        if on_document:
            on_document(result)
    if pending:
        _flush(store, pending, result, on_batch, extractor.version)
    if store.stories_stale():
        result.stories = rebuild_stories(store)
    result.outdated = len(store.outdated(extractor.version))
    return result


def reextract(
    store: Store,
    extractor: Extractor,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_batch: Callable[[IngestResult], None] | None = None,
) -> IngestResult:
    """Read again the stored documents another extractor or knowledge base read (`Store.outdated`), in
    batches that each replace their documents' old readings in one transaction, so that a run killed
    anywhere resumes where it stopped; then merge the stories again. A document that can no longer be
    read keeps its old reading and is a problem. `added` counts the documents read again."""
    result = IngestResult()
    if store.stories_stale():
        result.stories = rebuild_stories(store)
    outdated = store.outdated(extractor.version)
    for start in range(0, len(outdated), batch_size):
        documents = store.documents(outdated[start : start + batch_size])
        batch: list[Extraction] = []
        for outcome in extractor.documents(documents):
            if isinstance(outcome, Problem):
                result.problems.append(outcome)
            else:
                batch.append(outcome)
        result.read += len(documents)
        result.events += store.replace(batch, extractor.version)
        result.added += len(batch)
        if on_batch:
            on_batch(result)
    if store.stories_stale():
        result.stories = rebuild_stories(store)
    result.outdated = len(result.problems)
    return result


def _flush(
    store: Store,
    batch: list[Extraction],
    result: IngestResult,
    on_batch: Callable[[IngestResult], None] | None,
    reader: ReaderVersion,
) -> None:
    result.events += store.write(batch, reader)
    result.added += len(batch)
    if on_batch:
        on_batch(result)


def rebuild_stories(store: Store) -> int:
    """Merge every stored report into stories and replace the store's stories with them."""
    reports = [report_of(event, published, url) for event, published, url in store.reports()]
    return store.replace_stories(merge_reports(reports))
