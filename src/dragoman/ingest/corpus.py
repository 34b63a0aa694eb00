"""JSONL corpora, streamed line by line: a bad line becomes a problem and the rest goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import DuplicateDocumentError, InputError, MalformedInputError
from dragoman.ingest.meta import Given, build_document, metadata_from_record
from dragoman.ingest.text import MAX_TEXT_CHARS, check_text
from dragoman.model import Document, PartialDate, Problem

# A line longer than this cannot hold a text within MAX_TEXT_CHARS, even with every character
# written as a \uXXXX escape; it is skipped without being held in memory.
MAX_LINE_BYTES = 12 * MAX_TEXT_CHARS + 65_536
_SKIP_CHUNK = 1 << 20


def json_error(error: json.JSONDecodeError) -> str:
    """What json says is wrong and where on the line: "Expecting value at column 5"; some of its messages
    already end in "at" ("Unterminated string starting at")."""
    at = "" if error.msg.endswith(" at") else " at"
    return f"{error.msg}{at} column {error.colno}"


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Number and bytes of each line; None for a line over MAX_LINE_BYTES, which is read past unkept."""
    number = 0
    while chunk := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(chunk) <= MAX_LINE_BYTES or chunk.endswith(b"\n"):
            yield number, chunk
            continue
        while chunk and not chunk.endswith(b"\n"):
            chunk = handle.readline(_SKIP_CHUNK)
        yield number, None


def _document(raw: bytes | None, source: str, given: Given) -> Document:
    """One corpus line as a Document; raise InputError saying what is wrong with the line."""
    if raw is None:
        raise MalformedInputError(
            f"line is over {MAX_LINE_BYTES:,} bytes, so its text is over {MAX_TEXT_CHARS:,} characters: "
            "split the article into shorter documents"
        )
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise MalformedInputError(
            f"line is not UTF-8 ({err.reason} at byte {err.start}): re-encode the corpus"
        ) from None
    except json.JSONDecodeError as err:
        raise MalformedInputError(f"line is not JSON ({json_error(err)}): fix or remove it") from None
    if not isinstance(record, dict):
        raise MalformedInputError(
            f"line is JSON but not an object ({type(record).__name__}): each line must be "
            '{"doc_id": ..., "text": ...}'
        )
    missing = [key for key in ("doc_id", "text") if record.get(key) is None]
    if missing:
        raise MalformedInputError(f"record lacks {' and '.join(missing)}: every line needs doc_id and text")
    text = record["text"]
    if not isinstance(text, str):
        raise MalformedInputError(f"field 'text' must be a string, not {type(text).__name__}")
    meta = metadata_from_record(record, source, origin="the corpus record")
    if meta.doc_id is None:
        raise MalformedInputError("field 'doc_id' is empty: give every record a doc_id")
    check_text(text, "record's text")
    return build_document(text, doc_id=meta.doc_id, source=source, meta=meta, given=given)


def _is_blank(raw: bytes | None) -> bool:
    return raw is not None and not raw.strip()


def claim_doc_id(doc: Document, seen: dict[str, str]) -> Problem | None:
    """Record the doc_id as read; a problem for this document if an earlier one of the run has it."""
    source = doc.source or doc.doc_id
    earlier = seen.setdefault(doc.doc_id, source)
    if earlier == source:
        return None
    err = DuplicateDocumentError(
        f"duplicate doc_id {doc.doc_id!r}, already read from {earlier}: this document is skipped; "
        "give it another doc_id"
    )
    return Problem.of(err, source)


def iter_corpus(path: Path, given: Given, seen: dict[str, str]) -> Iterator[Document | Problem]:
    """Documents and problems of a corpus, in line order; `seen` doc_ids (shared across a run) are refused."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Problem(
            str(path), f"cannot open the corpus ({err.strerror or err}): check the path", InputError.code
        )
        return
    with handle:
        for number, raw in _lines(handle):
            if _is_blank(raw):
                continue
            source = f"{path}:{number}"
            try:
                doc = _document(raw, source, given)
            except InputError as err:
                yield Problem.of(err, source)
                continue
            problem = claim_doc_id(doc, seen)
            yield problem or doc


def read_corpus(
    path: Path, *, published: PartialDate | None = None, language: str | None = None
) -> Iterator[Document | Problem]:
    """Stream a JSONL corpus: a JSON object a line with doc_id and text (published, language, title, url)."""
    return iter_corpus(path, Given(published=published, language=language), {})
