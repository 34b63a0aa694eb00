"""Loading the trigger lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.errors import ConfigError
from dragoman.extract import lexicon as lexicon_module


def test_yaml_boolean_words_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare on/off/no in a word list is a YAML boolean that would never match: the loader says so."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "triggers.xx.yaml").write_text("cases:\n  recipient: [with, on]\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_module.resources, "files", lambda _package: tmp_path)
    with pytest.raises(ConfigError, match="quote"):
        lexicon_module.lexicon("xx")


def test_english_prepositions_are_words() -> None:
    assert "on" in lexicon_module.lexicon("en").case("recipient")
