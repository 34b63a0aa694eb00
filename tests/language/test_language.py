"""Language identification and the spaCy pipelines per language."""

from __future__ import annotations

import pytest

from dragoman.errors import UnsupportedLanguageError
from dragoman.language.detect import choose_language, detect_language
from dragoman.language.pipeline import parse
from dragoman.language.registry import check_supported


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministre des Affaires étrangères a rencontré son homologue à Pékin pour évoquer la crise.",
            "fr",
        ),
        ("The foreign minister met his counterpart in Beijing to discuss the crisis.", "en"),
    ],
)
def test_detects_french_and_english(text: str, lang: str) -> None:
    assert detect_language(text).language == lang


def test_given_language_wins_over_detection() -> None:
    lang, note = choose_language("The minister met his counterpart.", "fr", "x.txt")
    assert (lang, note) == ("fr", None)


def test_detected_language_is_noted() -> None:
    lang, note = choose_language("Le ministre a rencontré son homologue à Moscou hier soir.", None, "x.txt")
    assert lang == "fr" and note is not None and "detected" in note


GERMAN = "Der Außenminister traf gestern seinen Amtskollegen in Berlin zu Gesprächen."


def test_unsupported_language_names_the_document() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"^x\.txt: .*'de'"):
        choose_language(GERMAN, None, "x.txt")


def test_a_detected_language_hints_at_giving_one_a_given_one_does_not() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"detected, .*; give --language") as detected:
        choose_language(GERMAN, None, "x.txt")
    with pytest.raises(UnsupportedLanguageError) as given:
        choose_language(GERMAN, "de", "x.txt")
    assert "give --language" not in str(given.value) and "detected" not in str(given.value)
    assert "x.txt" in str(detected.value)
    assert "'de' was asked for" in str(given.value) and "en, fr" in str(given.value)


def test_an_option_naming_a_language_dragoman_does_not_read() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"^--lang 'de': dragoman reads en, fr") as caught:
        check_supported("de", "--lang")
    assert caught.value.code == "D110"
    assert check_supported("FR") == "fr"


@pytest.mark.slow
def test_blank_lines_end_sentences_and_offsets_are_kept() -> None:
    text = "Titre sans point\n\nLe président a parlé. Il est parti."
    doc = parse(text, "fr")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Titre sans point"
    assert "Le président a parlé." in sentences
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.slow
def test_english_pipeline_parses() -> None:
    doc = parse("Russia attacked Ukraine on Monday.", "en")
    assert [t.dep_ for t in doc if t.text == "Russia"] == ["nsubj"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Le Japon soutient la France.", "fr"), ("Japan backs the French bid.", "en")],
)
def test_short_texts_are_settled_by_function_words(text: str, lang: str) -> None:
    assert detect_language(text).language == lang


@pytest.mark.slow
def test_a_line_that_ends_a_sentence_ends_the_paragraph() -> None:
    doc = parse("Premier paragraphe sans ligne vide.\nLe Japon soutient la France.", "fr")
    assert [s.text.strip() for s in doc.sents] == [
        "Premier paragraphe sans ligne vide.",
        "Le Japon soutient la France.",
    ]


def test_a_dateline_is_not_parsed_as_prose() -> None:
    doc = parse("ROME, 3 mars 2021 (AFP) - Le Chili a signé un accord avec le Pérou jeudi.", "fr")
    assert "Le Chili a signé un accord avec le Pérou jeudi." in [s.text for s in doc.sents]
