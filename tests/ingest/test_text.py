"""Reading one text or HTML file: decoding, refusals, sidecar metadata and its precedence."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dragoman.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedInputError,
)
from dragoman.ingest import MAX_FILE_BYTES, read_text_file
from dragoman.ingest.meta import Given
from dragoman.model import PartialDate

FR = "Le président a déclaré à l'été que les négociations reprendraient à Genève.\r\nLe cœur n'y est pas.\n"
EN = "The president said the talks would resume in Geneva.\n"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "note"),
    [
        (FR.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + FR.encode("utf-8"), None),
        (FR.encode("cp1252"), "decoded as cp1252 (detected)"),
        (FR.encode("utf-16"), "decoded as utf-16 (byte-order mark)"),
        (EN.encode("utf-8"), None),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "english"],
)
def test_decoding_keeps_the_text_as_written(tmp_path: Path, data: bytes, note: str | None) -> None:
    doc = read_text_file(write(tmp_path, "article.txt", data))
    expected = EN if data.startswith(b"The") else FR
    assert doc.text == expected  # \r\n kept: offsets point into the text as decoded
    assert doc.notes == ([note] if note else [])
    assert doc.doc_id == "article"
    assert doc.source == str(tmp_path / "article.txt")


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    text = "Le général a reçu à Noël une lettre déjà lue par la présidente.\n"
    western = Given(code_pages=("cp1252", "iso8859_15", "latin_1"))
    doc = read_text_file(write(tmp_path, "noel.txt", text.encode("latin-1")), western)
    assert doc.text == text
    assert doc.notes[0].startswith("decoded as ") and doc.notes[0].endswith("(detected)")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (bytes(range(256)), BinaryInputError),
        (PNG_HEADER + bytes(range(256)) * 4, BinaryInputError),
        (bytes(range(1, 9)) * 200, BinaryInputError),  # no NUL, decodes as ASCII, but all control characters
        (b"", EmptyInputError),
        (b"  \n\t\r\n   \n", EmptyInputError),
        (b"\xef\xbb\xbf\n\n", EmptyInputError),
    ],
    ids=["bytes-0-255", "png", "control-characters", "empty", "whitespace", "bom-only"],
)
def test_refused_files(tmp_path: Path, data: bytes, error: type[InputError]) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(error) as caught:
        read_text_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert ("not text" if error is BinaryInputError else "empty") in str(caught.value)


def test_nul_bytes_say_binary_file(tmp_path: Path) -> None:
    with pytest.raises(BinaryInputError, match="binary file, not text"):
        read_text_file(write(tmp_path, "image.txt", PNG_HEADER))


def test_large_file_is_refused_fast_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("Le ministre a rappelé que la frontière restait fermée. " * 20 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    start = time.perf_counter()
    with pytest.raises(InputTooLargeError) as caught:
        read_text_file(path)
    assert time.perf_counter() - start < 0.5
    message = str(caught.value)
    assert "50.0 MB" in message and "5.0 MB" in message and "split" in message


def test_file_just_under_the_byte_limit_but_over_the_character_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", b"a" * (MAX_FILE_BYTES - 10))
    with pytest.raises(InputTooLargeError, match="characters"):
        read_text_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "absent.txt")


def test_html_file(tmp_path: Path) -> None:
    markup = (
        "<html><head><title>Accord à Doha</title><script>track()</script></head>"
        "<body><nav>Menu</nav><p>Les deux délégations ont signé.</p><p>La paix tient.</p></body></html>"
    )
    doc = read_text_file(write(tmp_path, "doha.html", markup.encode("utf-8")))
    assert doc.text == "Les deux délégations ont signé.\n\nLa paix tient."
    assert doc.title == "Accord à Doha"
    assert any("HTML" in note for note in doc.notes)


def test_html_content_in_a_txt_file_is_sniffed(tmp_path: Path) -> None:
    markup = "<!DOCTYPE html><html><body><p>The envoy left Kabul.</p></body></html>"
    doc = read_text_file(write(tmp_path, "saved.txt", markup.encode("utf-8")))
    assert doc.text == "The envoy left Kabul."


def test_html_without_visible_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.htm", b"<html><body><script>x()</script></body></html>")
    with pytest.raises(EmptyInputError):
        read_text_file(path)


def sidecar(tmp_path: Path, stem: str, record: object) -> None:
    (tmp_path / f"{stem}.meta.json").write_text(json.dumps(record), encoding="utf-8")


DATED = "24 janvier 2016 – Le ministre des affaires étrangères a reçu son homologue.\n"


def test_arguments_win_over_the_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", DATED.encode("utf-8"))
    sidecar(
        tmp_path,
        "a",
        {
            "doc_id": "dépêche-1",
            "language": "fr",
            "published": "2016-02",
            "title": "Visite",
            "url": "https://example.org/a",
            "note": "for humans, ignored",
        },
    )
    doc = read_text_file(path)
    assert (doc.doc_id, doc.language, doc.published, doc.title, doc.url) == (
        "dépêche-1",
        "fr",
        PartialDate(2016, 2),
        "Visite",
        "https://example.org/a",
    )
    assert doc.notes == ["published 2016-02 from the sidecar a.meta.json"]
    doc = read_text_file(path, Given(published=PartialDate(2017), language="en"))
    assert (doc.published, doc.language) == (PartialDate(2017), "en")
    assert doc.notes == ["published 2017 given by the caller"]


def test_sidecar_timestamp_is_cut_to_the_day(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", EN.encode("utf-8"))
    sidecar(tmp_path, "a", {"published": "2018-04-12T09:30:00+02:00"})
    assert read_text_file(path).published == PartialDate(2018, 4, 12)


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"published": "le 3 mars"}', '{"language": 3}', '{"published": 2016}'],
)
def test_malformed_sidecar_is_named(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, "a.txt", EN.encode("utf-8"))
    (tmp_path / "a.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(MalformedInputError) as caught:
        read_text_file(path)
    assert str(caught.value).startswith(str(tmp_path / "a.meta.json"))
