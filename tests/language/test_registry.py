"""The language registry: every language is a folder checked against its schema when it loads."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dragoman.errors import LanguageDataError
from dragoman.language.registry import load_language, supported
from dragoman.language.schema import FILES

FIXTURE = Path(__file__).parent / "fixtures" / "es"


def test_the_packaged_languages_are_french_and_english() -> None:
    assert set(supported()) == {"en", "fr"}
    assert supported()["fr"].spacy_model == "fr_core_news_md"


def test_a_language_folder_written_for_the_tests_loads() -> None:
    spanish = load_language(FIXTURE)
    assert spanish.info.code == "es" and spanish.info.name == "Spanish"
    assert set(spanish.files) == {name for name, schema in FILES.items() if schema.must_exist}
    assert "reunirse" in spanish.data("triggers")["verbs"]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "es"
    shutil.copytree(FIXTURE, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "grammar.yaml",
            "speech_verbs: [decir, declarar, afirmar, anunciar]\n",
            "",
            "missing key 'speech_verbs'",
        ),
        (
            "grammar.yaml",
            "speech_verbs:",
            "speach_verbs:",
            "unknown key 'speach_verbs' (did you mean 'speech_verbs'?)",
        ),
        ("grammar.yaml", "  partitive: []\n", "", "cases lacks partitive"),
        ("grammar.yaml", "condition_markers: [si]", "condition_markers: [si, on]", "quote them"),
        ("grammar.yaml", "  recipient: [con, contra, a]", "  recipient: [con, no]", "cases.recipient"),
        ("language.yaml", "name: Spanish\n", "", "missing key 'name'"),
        ("places.yaml", "not_places: [El, La, Los, Las]", "not_places: El", "must be a list of words"),
        ("titles.yaml", "generic:", "generics:", "unknown key 'generics'"),
        ("coding.yaml", "conduct_types:", "conduct_type:", "unknown key 'conduct_type'"),
        ("coding.yaml", "conduct_types: [COERCE, ASSAULT]", "conduct_types: [COERCE, ATTACK]", "ATTACK"),
        ("coding.yaml", "  ASSAULT: THREATEN violence", "  ASSAULT: THREATEN bombs", "'bombs'"),
        (
            "coding.yaml",
            "  intent auxiliary: Spanish",
            "  intent auxiliary: ''\n  x: Spanish",
            "must say why",
        ),
    ],
)
def test_a_missing_or_misspelt_key_fails_naming_file_and_key(
    tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder / file, old, new)
    with pytest.raises(LanguageDataError, match=re.escape(f"{file}: ") + ".*" + re.escape(message)):
        load_language(folder)


def test_a_missing_file_fails_naming_it(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "dates.yaml").unlink()
    with pytest.raises(LanguageDataError, match=r"missing file dates\.yaml"):
        load_language(folder)


def test_the_guide_names_every_file_and_key() -> None:
    from dragoman.language.schema import CASES

    guide = (Path(__file__).parents[2] / "docs" / "adding-a-language.md").read_text("utf-8")
    keys = {key for schema in FILES.values() for key in [*schema.required, *schema.optional]}
    missing = sorted(
        k for k in [*FILES, *keys, *CASES] if f"`{k}`" not in guide and f"`{k}.yaml`" not in guide
    )
    assert missing == []
