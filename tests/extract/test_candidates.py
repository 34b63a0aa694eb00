"""Which rule candidates the classifier may retype but not drop. Every sentence is written here."""

from __future__ import annotations

import pytest

from dragoman.extract.candidates import doer_named
from dragoman.extract.lexicon import lexicon
from dragoman.language.pipeline import load_pipeline

pytestmark = pytest.mark.slow

# (language, sentence, event noun, whether its doer is named by an agent phrase)
AGENT_NAMED: list[tuple[str, str, str, bool]] = [
    ("fr", "Le blocage des routes par les agriculteurs continue.", "blocage", True),
    ("en", "The blockade of the roads by the farmers goes on.", "blockade", True),
    # The parser hangs the agent on the noun's complement: still the noun's doer.
    ("fr", "L'arrestation de trois opposants par la police a choqué.", "arrestation", True),
    ("en", "The arrest of three opponents by the police shocked many.", "arrest", True),
    ("fr", "Le blocage des routes continue.", "blocage", False),
    ("en", "The blockade of the roads goes on.", "blockade", False),
]


@pytest.mark.parametrize(("lang", "sentence", "noun", "named"), AGENT_NAMED)
def test_an_event_noun_with_a_named_doer(lang: str, sentence: str, noun: str, named: bool) -> None:
    doc = load_pipeline(lang)(sentence)
    token = next(t for t in doc if t.text == noun)
    assert doer_named(token, lexicon(lang)) is named
