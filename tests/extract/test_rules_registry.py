"""The rule books (extract/rules.py): every rule is run by the driver, and a language that leaves empty a
word class a rule needs fails when its rules are set up, unless it switches the rule off with a reason."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dragoman.errors import EmptyWordClassError, LanguageDataError
from dragoman.extract import events
from dragoman.extract.rules import BOOKS, setup
from dragoman.language.registry import load_language

FIXTURE = Path(__file__).parents[1] / "language" / "fixtures" / "es"


def test_the_driver_runs_every_registered_rule_once() -> None:
    for book in BOOKS:
        assert sorted(events.ORDER[book.kind]) == sorted(book.rules), book.kind


def test_french_switches_off_the_rules_its_empty_word_classes_would_silence() -> None:
    assert set(events.switches("fr").off) == {
        "intent",
        "intent auxiliary",
        "threat condition",
        "instrument by means",
    }
    assert "0.32" in events.switches("fr").off["intent"]  # the measurement that says why
    assert events.switches("en").off == {}


def _spanish(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "es"
    shutil.copytree(FIXTURE, folder)
    text = (folder / file).read_text("utf-8")
    assert old in text
    (folder / file).write_text(text.replace(old, new), "utf-8")
    return folder


@pytest.mark.parametrize(
    ("old", "new", "key", "rule"),
    [
        ("intent_verbs: [prometer]", "intent_verbs: []", "intent_verbs", "intent"),
        ("condition_markers: [si]", "condition_markers: []", "condition_markers", "conditioned"),
        ("aim_verbs: [buscar]", "aim_verbs: []", "aim_verbs", "aim"),
        ("target_nouns: [cuartel, hotel, convoy]", "target_nouns: []", "target_nouns", "unnamed target"),
        ("host_verbs: [acoger]", "host_verbs: []", "host_verbs", "host"),
        ("blame_nouns: [represión, violación]", "blame_nouns: []", "blame_nouns", "blame"),
        ("  means: [con]", "  means: []", "cases.means", "instrument by means"),
        ("  topic: [sobre]", "  topic: []", "cases.topic", "topic"),
    ],
)
def test_an_emptied_word_class_a_rule_needs_fails_naming_file_and_key(
    tmp_path: Path, old: str, new: str, key: str, rule: str
) -> None:
    folder = _spanish(tmp_path, "grammar.yaml", old, new)
    where = (
        re.escape(f"{folder}/grammar.yaml: key {key!r} is empty, and the rules ") + f".*{rule!r}.* need it"
    )
    with pytest.raises(EmptyWordClassError, match=where):
        setup(load_language(folder))


def test_a_rule_switched_off_with_a_reason_loads(tmp_path: Path) -> None:
    folder = _spanish(tmp_path, "grammar.yaml", "intent_verbs: [prometer]", "intent_verbs: []")
    coding = folder / "coding.yaml"
    coding.write_text(coding.read_text("utf-8") + "  intent: not written for the fixture\n", "utf-8")
    switches = setup(load_language(folder))
    assert not switches.on("intent") and switches.on("aim")
    assert switches.off["intent"] == "not written for the fixture"


def test_switching_off_a_rule_that_does_not_exist_fails(tmp_path: Path) -> None:
    folder = _spanish(tmp_path, "coding.yaml", "  threat condition:", "  threat conditions:")
    with pytest.raises(
        LanguageDataError, match=r"coding\.yaml: rules_off: no rule 'threat conditions' \(did you"
    ):
        setup(load_language(folder))
