"""Loading the trigger lexicons."""

from __future__ import annotations

from dragoman.extract import lexicon as lexicon_module


def test_english_prepositions_are_words() -> None:
    assert "on" in lexicon_module.lexicon("en").case("recipient")
