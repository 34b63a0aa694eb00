"""Whatever the input, reading it ends in events or in one clear problem, never in an exception, and the
parser's work stays bounded: no sentence of thousands of words, no piece of text read at once over
PARSE_PIECE_CHARS. Random text comes from hypothesis; the worst cases seen by hand are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.errors import DragomanError
from dragoman.ingest import read_inputs
from dragoman.language import pipeline
from dragoman.language.pipeline import MAX_SENTENCE_TOKENS, PARSE_PIECE_CHARS, _pieces, parse_many
from dragoman.model import Document, Extraction, Problem

pytestmark = pytest.mark.slow

# Any code point but surrogates: letters of every script, control characters, NUL, joiners, emoji.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
PROSE_BITS = st.sampled_from(
    [
        "Le ministre a rencontré son homologue qatari à Doha.",
        "The minister met his Qatari counterpart in Doha.",
        "« Nous condamnons l'attaque », a déclaré le porte-parole.",
        "\n\n",
        "\x00",
        "\u200b\u200d",
        "<div><p>",
        "PARIS, 3 mars 2024 (AFP) -",
        "!!!???",
        "mardi",
    ]
)
MIXED = st.lists(st.one_of(PROSE_BITS, ANY_TEXT), max_size=12).map("".join)


def _read(extractor, text: str, lang: str | None):  # type: ignore[no-untyped-def]
    """The extraction of `text`, or the DragomanError it is refused with; anything else fails the test."""
    try:
        return extractor.document(Document("fuzz", text, lang, None))
    except DragomanError as exc:
        return exc


def _sound(result: Extraction | DragomanError, text: str) -> None:
    if isinstance(result, DragomanError):
        assert result.message
        return
    for event in result.events:
        evidence = event.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.sentence


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=MIXED, lang=st.sampled_from(["fr", "en", None]))
def test_random_text_gives_events_or_one_clear_error(extractor, text: str, lang: str | None) -> None:  # type: ignore[no-untyped-def]
    _sound(_read(extractor, text, lang), text)


@settings(max_examples=30, deadline=None)
@given(text=st.text(st.sampled_from("ab \n.é"), max_size=3 * PARSE_PIECE_CHARS))
def test_pieces_for_the_parser_are_bounded_and_join_to_the_text(text: str) -> None:
    pieces = _pieces(text)
    assert "".join(pieces) == text
    assert all(len(p) <= PARSE_PIECE_CHARS for p in pieces)


WORST = {
    # 200 KB on one line, no punctuation: once 176 s, 1.26 GB and 723 junk events.
    "line": " ".join(["ministre attaque France gouvernement accord police contre"] * 3500),
    "token": "a" * 200_000,
    "repeat": "mot " * 50_000,
}


@pytest.mark.parametrize("name", sorted(WORST))
def test_text_without_sentences_is_read_as_such(extractor, name: str) -> None:  # type: ignore[no-untyped-def]
    text = WORST[name]
    result = _read(extractor, text, "fr")
    _sound(result, text)
    assert isinstance(result, Extraction) and result.events == []
    [doc] = parse_many([text], "fr")
    assert doc.text == text
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS + 1


def test_a_long_article_parsed_in_pieces_reads_as_parsed_whole(extractor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Each paragraph a meeting of its own (another year); cut between paragraphs, nothing changes.
    paragraphs = [
        f"Le président français a rencontré le 3 mai {1900 + n} le chancelier allemand à Berlin.\n\n"
        for n in range(3 * PARSE_PIECE_CHARS // 80)
    ]
    text = "".join(paragraphs)
    assert len(_pieces(text)) >= 3
    pieces = _read(extractor, text, "fr")
    assert isinstance(pieces, Extraction) and pieces.events
    _sound(pieces, text)
    assert max(e.evidence.start for e in pieces.events) > 2 * PARSE_PIECE_CHARS
    monkeypatch.setattr(pipeline, "PARSE_PIECE_CHARS", 10 * len(text))
    whole = _read(extractor, text, "fr")
    assert isinstance(whole, Extraction)
    assert [e.record() for e in pieces.events] == [e.record() for e in whole.events]


def test_deeply_nested_html_is_read(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body>" + "<div>" * 20_000 + "Le ministre a critiqué la Russie." + "</div>" * 20_000,
        encoding="utf-8",
    )
    [item] = list(read_inputs([page]))
    assert isinstance(item, Document | Problem)
    if isinstance(item, Document):
        assert "Le ministre a critiqué la Russie." in item.text
        _sound(_read(extractor, item.text, "fr"), item.text)
