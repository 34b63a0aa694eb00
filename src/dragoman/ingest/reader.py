"""The ingest entry point: files, JSONL corpora and directories in, documents and problems out."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from dragoman.errors import InputError, MalformedInputError
from dragoman.ingest.corpus import claim_doc_id, iter_corpus
from dragoman.ingest.meta import SIDECAR_SUFFIX, Given
from dragoman.ingest.text import HTML_SUFFIXES, read_text_file
from dragoman.model import Document, PartialDate, Problem

CORPUS_SUFFIX = ".jsonl"
# What a directory walk picks up; anything else in the directory is not an article.
WALKED_SUFFIXES = frozenset({".txt", CORPUS_SUFFIX, *HTML_SUFFIXES})


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(directory: Path) -> list[Path]:
    """The article files under `directory`, sorted by path as `find | sort` would, without hidden entries."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        found += [
            Path(root) / name
            for name in files
            if not _hidden(name) and Path(name).suffix.lower() in WALKED_SUFFIXES
        ]
    return sorted(found, key=lambda path: path.relative_to(directory).parts)


def _read_file(path: Path, given: Given, seen: dict[str, str]) -> Iterator[Document | Problem]:
    """One file given or found: a corpus streams its records, any other file is one document."""
    name = path.name.lower()
    if name.endswith(CORPUS_SUFFIX):
        yield from iter_corpus(path, given, seen)
        return
    if name.endswith(".json"):
        what = (
            "a metadata sidecar: give the .txt beside it"
            if name.endswith(SIDECAR_SUFFIX)
            else ("not read: put one JSON object per line in a .jsonl corpus")
        )
        yield Problem(str(path), f".json file is {what}", MalformedInputError.code)
        return
    try:
        doc = read_text_file(path, given)
    except InputError as err:
        yield Problem.of(err, str(path))
        return
    yield claim_doc_id(doc, seen) or doc


def read_inputs(
    paths: Sequence[Path],
    *,
    published: PartialDate | None = None,
    language: str | None = None,
    code_pages: Sequence[str] = (),
) -> Iterator[Document | Problem]:
    """Read every path (file, corpus or directory) in order; what cannot be read comes out as a problem.
    `code_pages`: the encodings to prefer for files that are not UTF-8."""
    given = Given(published=published, language=language, code_pages=tuple(code_pages))
    seen: dict[str, str] = {}
    for path in paths:
        if path.is_dir():
            files = walk(path)
            for file in files:
                yield from _read_file(file, given, seen)
            if not files:
                yield Problem(
                    str(path),
                    "directory holds no .txt, .jsonl, .html or .htm file: check the path",
                    InputError.code,
                )
        else:
            yield from _read_file(path, given, seen)
