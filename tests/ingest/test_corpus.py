"""JSONL corpora: good lines come out as documents, each bad line as a problem naming path:line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.errors import DuplicateDocumentError, EmptyInputError, InputTooLargeError, MalformedInputError
from dragoman.ingest import MAX_TEXT_CHARS, read_corpus
from dragoman.model import Document, PartialDate, Problem


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def corpus(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def split(items: list[Document | Problem]) -> tuple[list[Document], list[Problem]]:
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Problem)]


def test_fields_are_read(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            line(
                doc_id="fr-1",
                text="Le ministre a démissionné.\r\n",
                published="2016-01-24T08:15:00Z",
                language="fr",
                title="Démission",
                url="https://example.org/1",
            )
        ],
    )
    [doc] = list(read_corpus(path))
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.text, doc.published, doc.language, doc.title, doc.url) == (
        "fr-1",
        "Le ministre a démissionné.\r\n",
        PartialDate(2016, 1, 24),
        "fr",
        "Démission",
        "https://example.org/1",
    )
    assert doc.source == f"{path}:1"


def test_bad_line_in_the_middle_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            line(doc_id="a", text="The envoy arrived in Doha."),
            '{"doc_id": "b", "text": "La délégation est arrivée',
            line(doc_id="c", text="La délégation est repartie."),
        ],
    )
    docs, problems = split(list(read_corpus(path)))
    assert [d.doc_id for d in docs] == ["a", "c"]
    [problem] = problems
    assert problem.source == f"{path}:2"
    assert "not JSON" in problem.message
    assert problem.code == MalformedInputError.code
    assert str(problem).startswith(f"{path}:2: line is not JSON")
    # json's own message ends in "at" here (the line's newline is "Invalid control character at"): the
    # column follows it, with no second "at".
    assert "not JSON (Invalid control character at column 51)" in problem.message


@pytest.mark.parametrize(
    ("bad", "code", "words"),
    [
        ('["a", "b"]', MalformedInputError.code, "not an object"),
        ('"just a string"', MalformedInputError.code, "not an object"),
        (line(doc_id="x"), MalformedInputError.code, "lacks text"),
        (line(text="Un texte sans identifiant."), MalformedInputError.code, "lacks doc_id"),
        (line(doc_id="x", text="   \n"), EmptyInputError.code, "empty"),
        (line(doc_id="x", text=42), MalformedInputError.code, "'text' must be a string"),
        (line(doc_id="", text="Un texte."), MalformedInputError.code, "'doc_id' is empty"),
        (line(doc_id="x", text="Un texte.", published="hier"), MalformedInputError.code, "published"),
        (line(doc_id="x", text="Un texte.", language=["fr"]), MalformedInputError.code, "'language'"),
        (line(doc_id="x", text="a" * (MAX_TEXT_CHARS + 1)), InputTooLargeError.code, "1,000,001 characters"),
    ],
    ids=[
        "array",
        "string",
        "no-text",
        "no-doc-id",
        "empty-text",
        "text-not-string",
        "empty-doc-id",
        "bad-published",
        "bad-language",
        "too-long",
    ],
)
def test_bad_records_become_problems(tmp_path: Path, bad: str, code: str, words: str) -> None:
    path = corpus(tmp_path, [bad, line(doc_id="ok", text="Le sommet a eu lieu.")])
    docs, problems = split(list(read_corpus(path)))
    assert [d.doc_id for d in docs] == ["ok"]
    [problem] = problems
    assert (problem.source, problem.code) == (f"{path}:1", code)
    assert words in problem.message


def test_line_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    latin1_line = b'{"doc_id": "a", "text": "d\xe9clar\xe9"}\n'
    path.write_bytes(latin1_line + line(doc_id="b", text="Bien.").encode() + b"\n")
    docs, problems = split(list(read_corpus(path)))
    assert [d.doc_id for d in docs] == ["b"]
    assert "not UTF-8" in problems[0].message


def test_duplicate_doc_id_is_a_problem_for_the_later_one(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            line(doc_id="same", text="Premier article."),
            "",
            line(doc_id="same", text="Second article."),
        ],
    )
    docs, problems = split(list(read_corpus(path)))
    assert [d.text for d in docs] == ["Premier article."]
    [problem] = problems
    assert problem.source == f"{path}:3"
    assert problem.code == DuplicateDocumentError.code
    assert f"{path}:1" in problem.message


def test_blank_lines_and_bom_are_not_problems(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    body = "\ufeff" + line(doc_id="a", text="Un.") + "\n\n   \n" + line(doc_id="b", text="Deux.")
    path.write_text(body, encoding="utf-8")
    docs, problems = split(list(read_corpus(path)))
    assert [d.doc_id for d in docs] == ["a", "b"] and problems == []
    assert docs[1].source == f"{path}:4"


def test_a_record_s_date_is_kept_and_arguments_win(tmp_path: Path) -> None:
    path = corpus(
        tmp_path,
        [
            line(doc_id="a", text="3 mars 2017 – Le ministre est arrivé.", language="fr"),
            line(doc_id="b", text="3 mars 2017 – Le ministre est arrivé.", published="2017-04"),
        ],
    )
    a, b = list(read_corpus(path))
    assert isinstance(a, Document) and isinstance(b, Document)
    # Without a date, the dateline is read by the language stage (tests/test_pipeline.py).
    assert a.published is None and b.published == PartialDate(2017, 4)
    c, d = list(read_corpus(path, published=PartialDate(2020, 1, 2), language="en"))
    assert isinstance(c, Document) and isinstance(d, Document)
    assert c.published == d.published == PartialDate(2020, 1, 2)
    assert c.language == d.language == "en"


def test_missing_corpus_is_a_problem(tmp_path: Path) -> None:
    [problem] = list(read_corpus(tmp_path / "absent.jsonl"))
    assert isinstance(problem, Problem) and "cannot open" in problem.message
