"""read_inputs: files, corpora and directories in one run, with duplicates and problems reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.errors import DuplicateDocumentError
from dragoman.ingest import read_inputs
from dragoman.ingest.meta import IdFrom
from dragoman.model import Document, Problem


def build_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".cache").mkdir()
    (root / "a" / "z.txt").write_text("Le ministre est arrivé à Alger.", encoding="utf-8")
    (root / "a" / "z.meta.json").write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    (root / "a" / "m.html").write_text("<html><body><p>The summit opened.</p></body></html>", "utf-8")
    (root / "b" / "corpus.jsonl").write_text(
        json.dumps({"doc_id": "c1", "text": "Les pourparlers ont repris."}) + "\n", encoding="utf-8"
    )
    (root / "b" / "notes.md").write_text("# not an article", encoding="utf-8")
    (root / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / ".hidden.txt").write_text("Un brouillon.", encoding="utf-8")
    (root / ".cache" / "old.txt").write_text("Un vieux texte.", encoding="utf-8")
    (root / "top.txt").write_text("The ceasefire held.", encoding="utf-8")


def test_directory_walk_is_sorted_and_skips_hidden_files_and_sidecars(tmp_path: Path) -> None:
    build_tree(tmp_path)
    items = list(read_inputs([tmp_path]))
    assert all(isinstance(i, Document) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.doc_id for d in docs] == ["m", "z", "c1", "top"]
    assert docs[1].language == "fr"


def test_files_corpora_and_problems_in_one_run(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("3 mars 2017 – La frontière a rouvert.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = list(read_inputs([good, empty, tmp_path / "absent.txt"], language="fr"))
    assert isinstance(items[0], Document) and items[0].language == "fr"
    assert [(i.source, i.message.split(":")[0]) for i in items[1:] if isinstance(i, Problem)] == [
        (str(empty), "empty"),
        (str(tmp_path / "absent.txt"), "no such file"),
    ]


def test_a_file_named_like_an_earlier_one_takes_its_path(tmp_path: Path) -> None:
    # Scraped sites are folders of index.html: the second "dup" is y/dup, and says so; a corpus record's
    # doc_id is the user's, so a record that repeats one is refused.
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "dup.txt").write_text("Premier.", encoding="utf-8")
    (tmp_path / "y" / "dup.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "y" / "c.jsonl").write_text(json.dumps({"doc_id": "dup", "text": "Troisième."}), "utf-8")
    items = list(read_inputs([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.doc_id, d.text) for d in docs] == [("dup", "Premier."), ("y/dup", "Second.")]
    assert any("'dup'" in note and "'y/dup'" in note for note in docs[1].notes)
    assert [i.code for i in items if isinstance(i, Problem)] == [DuplicateDocumentError.code]


def test_a_doc_id_given_in_a_sidecar_is_never_renamed(tmp_path: Path) -> None:
    for name, text in (("a", "Premier."), ("b", "Second.")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"doc_id": "same"}), encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert isinstance(items[0], Document) and items[0].doc_id == "same"
    assert isinstance(items[1], Problem) and items[1].code == DuplicateDocumentError.code


def test_files_given_apart_with_one_name_are_both_read(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(f"<p>Texte de {folder}.</p>", encoding="utf-8")
    items = list(read_inputs([tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"]))
    ids = [i.doc_id for i in items if isinstance(i, Document)]
    assert len(ids) == 2 and ids[0] == "index" and ids[1].endswith("b/index")


@pytest.mark.parametrize(
    ("id_from", "expected"),
    [
        (IdFrom.STEM, ["x", "y/x"]),
        (IdFrom.PATH, ["x/x", "y/x"]),
        (IdFrom.HASH, ["sha256-", "sha256-"]),
    ],
)
def test_id_from_names_files(tmp_path: Path, id_from: IdFrom, expected: list[str]) -> None:
    for folder, text in (("x", "Premier."), ("y", "Second.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text, encoding="utf-8")
    docs = [i for i in read_inputs([tmp_path], id_from=id_from) if isinstance(i, Document)]
    assert len(docs) == 2 and len({d.doc_id for d in docs}) == 2
    assert all(
        d.doc_id.startswith(e) if e.endswith("-") else d.doc_id == e
        for d, e in zip(docs, expected, strict=True)
    )


def test_the_same_text_twice_by_hash_is_a_duplicate(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Le même texte.", encoding="utf-8")
    items = list(read_inputs([tmp_path], id_from=IdFrom.HASH))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], Problem) and items[1].code == DuplicateDocumentError.code


def test_json_and_sidecar_files_given_directly_are_problems(tmp_path: Path) -> None:
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    items = list(read_inputs([tmp_path / "a.meta.json", tmp_path / "b.json"]))
    assert [type(i) for i in items] == [Problem, Problem]
    assert "sidecar" in str(items[0]) and ".jsonl" in str(items[1])


def test_malformed_sidecar_problem_names_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The envoy arrived.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{'language': 'en'}", encoding="utf-8")
    [problem] = list(read_inputs([tmp_path]))
    assert isinstance(problem, Problem)
    assert problem.source == str(tmp_path / "a.txt")
    assert problem.message.startswith(f"{tmp_path / 'a.meta.json'}: metadata sidecar is not readable JSON")


def test_empty_directory_is_a_problem(tmp_path: Path) -> None:
    [problem] = list(read_inputs([tmp_path]))
    assert isinstance(problem, Problem) and "no .txt" in problem.message
