"""The orchestrator: the language stage settles date and language, documents are parsed in batches, and
a document that cannot be read is a problem while the others go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.model import Document, Extraction, PartialDate, Problem
from dragoman.pipeline import Extractor, read

pytestmark = pytest.mark.slow

DATED_FR = "24 janvier 2016 – Le ministre des affaires étrangères a reçu son homologue.\n"
DATED_EN = "LONDON, March 3, 2017 (Reuters) - The foreign secretary met his counterpart.\n"


@pytest.mark.parametrize(
    ("text", "published", "language", "notes"),
    [
        (DATED_FR, PartialDate(2016, 1, 24), "fr", "published 2016-01-24 read from the dateline"),
        (DATED_EN, PartialDate(2017, 3, 3), "en", "published 2017-03-03 read from the dateline"),
    ],
)
def test_the_dateline_gives_the_date_when_nothing_else_does(
    extractor: Extractor, tmp_path: Path, text: str, published: PartialDate, language: str, notes: str
) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [result] = list(extractor.paths([tmp_path / "a.txt"]))
    assert isinstance(result, Extraction)
    assert (result.document.published, result.document.language) == (published, language)
    assert notes in result.document.notes


def test_a_date_given_wins_over_the_dateline(extractor: Extractor, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DATED_FR, encoding="utf-8")
    [result] = list(extractor.paths([tmp_path / "a.txt"], published=PartialDate(2016, 2)))
    assert isinstance(result, Extraction) and result.document.published == PartialDate(2016, 2)
    assert not any("dateline" in note for note in result.document.notes)


def test_batches_give_what_one_document_at_a_time_gives(extractor: Extractor) -> None:
    texts = [
        "La France a condamné l'essai de missile de la Corée du Nord.",
        "Russia attacked Ukraine on Tuesday.",
        "Le Japon soutient l'Inde.",
    ] * 7
    documents = [Document(f"d{i}", text, published=PartialDate(2023, 6)) for i, text in enumerate(texts)]
    batched = [r for r in extractor.documents(documents) if isinstance(r, Extraction)]
    alone = [extractor.document(Document(d.doc_id, d.text, published=d.published)) for d in documents]
    assert [[e.record() for e in r.events] for r in batched] == [
        [e.record() for e in r.events] for r in alone
    ]
    assert {r.document.language for r in batched} == {"fr", "en"}


def test_an_unreadable_document_is_a_problem_in_its_place(extractor: Extractor) -> None:
    items: list[Document | Problem] = [
        Document("a", "La France soutient le Japon."),
        Document("b", "Das ist ein deutscher Satz über die Regierung und das Parlament."),
        Problem("c.txt", "empty", "D101"),
        Document("d", "Le Japon soutient la France."),
    ]
    results = list(extractor.documents(items))
    assert [type(r).__name__ for r in results] == ["Extraction", "Problem", "Problem", "Extraction"]
    assert isinstance(results[1], Problem) and results[1].code == "D110" and "'de'" in results[1].message


def test_read_prefers_the_code_pages_of_the_languages(tmp_path: Path) -> None:
    text = "Le général a reçu à Noël une lettre déjà lue par la présidente.\n"
    (tmp_path / "noel.txt").write_bytes(text.encode("latin-1"))
    [document] = list(read([tmp_path / "noel.txt"]))
    assert isinstance(document, Document) and document.text == text
