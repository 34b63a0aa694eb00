"""The ingest entry point: files, JSONL corpora and directories in, documents and problems out."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from dragoman.errors import InputError, MalformedInputError
from dragoman.ingest.corpus import claim_doc_id, iter_corpus
from dragoman.ingest.meta import SIDECAR_SUFFIX, Given, IdFrom, read_sidecar
from dragoman.ingest.text import HTML_SUFFIXES, read_text_file, text_id
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


def _path_id(path: Path, root: Path | None) -> str:
    """The file's path under the folder it was found in (as given when it was given alone), without
    its suffix: "a/index", "2024/05/article"."""
    under = path.relative_to(root) if root is not None else path
    return under.with_suffix("").as_posix()


def _read_file(
    path: Path, given: Given, seen: dict[str, str], root: Path | None = None
) -> Iterator[Document | Problem]:
    """One file given or found (under `root`): a corpus streams its records, any other file is one
    document."""
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
        doc = read_text_file(path, given, _path_id(path, root) if given.id_from == "path" else None)
    except InputError as err:
        yield Problem.of(err, str(path))
        return
    problem = claim_doc_id(doc, seen)
    # A name is renamed, never a hash (the same text) nor an id the user gave in a sidecar.
    if problem is not None and given.id_from != IdFrom.HASH and read_sidecar(path).doc_id is None:
        problem = _renamed(doc, seen, [_path_id(path, root), text_id(doc.text)])
    yield problem or doc


def _renamed(doc: Document, seen: dict[str, str], others: list[str]) -> Problem | None:
    """A file named after a taken doc_id ("a/index.html" and "b/index.html") takes the first of `others`
    no document of the run has, and says so; a problem when every one is taken (the same text twice)."""
    taken = doc.doc_id
    for other in others:
        if other not in seen:
            doc.notes.append(
                f"doc_id {taken!r} is {seen[taken]}'s: this document is {other!r} (see --id-from)"
            )
            doc.doc_id = other
            return claim_doc_id(doc, seen)
    doc.doc_id = others[-1]
    return claim_doc_id(doc, seen)


def read_inputs(
    paths: Sequence[Path],
    *,
    published: PartialDate | None = None,
    language: str | None = None,
    code_pages: Sequence[str] = (),
    id_from: IdFrom = IdFrom.STEM,
) -> Iterator[Document | Problem]:
    """Read every path (file, corpus or directory) in order; what cannot be read comes out as a problem.
    `code_pages`: the encodings to prefer for files that are not UTF-8; `id_from`: how files without a
    doc_id of their own are named (a name two files share goes to the first, the second takes its path)."""
    given = Given(published=published, language=language, code_pages=tuple(code_pages), id_from=id_from)
    seen: dict[str, str] = {}
    for path in paths:
        if path.is_dir():
            files = walk(path)
            for file in files:
                yield from _read_file(file, given, seen, path)
            if not files:
                yield Problem(
                    str(path),
                    "directory holds no .txt, .jsonl, .html or .htm file: check the path",
                    InputError.code,
                )
        else:
            yield from _read_file(path, given, seen)
