"""Which rule candidates the classifier may retype but not drop. Every sentence is written here."""

from __future__ import annotations

import pytest

from dragoman.extract.candidates import Mode, Typing, doer_named
from dragoman.extract.events import sentence_triggers
from dragoman.extract.lexicon import lexicon
from dragoman.extract.triggers import Trigger
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


# Documents whose candidates the classifier must vet (untrusted rule readings and generic ones), per language.
BATCHES: dict[str, list[str]] = {
    "fr": [
        "Le gouvernement a durci le ton face aux syndicats. Les grévistes ont bloqué le port.",
        "Le ministre a salué les efforts de ses voisins.",
        "La police a dispersé les manifestants devant le parlement, selon des témoins.",
    ],
    "en": [
        "The government hardened its tone with the unions. Strikers blocked the port.",
        "The minister welcomed the efforts of his neighbours.",
        "Police dispersed the protesters outside parliament, witnesses said.",
    ],
}


@pytest.mark.parametrize("lang", sorted(BATCHES))
@pytest.mark.parametrize("mode", ["classifier", "both"])
def test_documents_read_together_are_typed_as_each_alone(lang: str, mode: Mode) -> None:
    # The classifier reads the candidates of a parse batch in one call; no document's reading may depend
    # on its neighbours.
    docs = list(load_pipeline(lang).pipe(BATCHES[lang]))
    typing = Typing(mode=mode)

    def readings(typed: list[list[list[Trigger]]]) -> list[list[list[tuple[int, str, float | None]]]]:
        return [[[(t.token.i, t.spec.type, t.probability) for t in s] for s in d] for d in typed]

    together = readings(sentence_triggers(docs, lang, typing))
    alone = [readings(sentence_triggers([doc], lang, typing))[0] for doc in docs]
    assert any(t for d in together for s in d for t in s)
    assert [[[(i, k) for i, k, _ in s] for s in d] for d in together] == [
        [[(i, k) for i, k, _ in s] for s in d] for d in alone
    ]
    for d_together, d_alone in zip(together, alone, strict=True):
        for s_together, s_alone in zip(d_together, d_alone, strict=True):
            for (_, _, p), (_, _, q) in zip(s_together, s_alone, strict=True):
                assert p == q or (p is not None and q is not None and abs(p - q) < 1e-4)
