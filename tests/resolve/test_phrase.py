"""Shaping phrases before resolution: widening to whole names, with the document's names read once."""

from __future__ import annotations

import pytest

from dragoman.language.pipeline import parse
from dragoman.resolve.phrase import NAME_LABELS, names_of, widened

pytestmark = pytest.mark.slow

TEXTS = [
    ("fr", "Le Conseil de sécurité des Nations unies a condamné l'attaque d'Al-Shabab à Mogadiscio."),
    ("en", "The United Nations Security Council condemned the Al-Shabaab attack in Mogadishu."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_names_of_keeps_the_actor_labels_in_text_order(lang: str, text: str) -> None:
    doc = parse(text, lang)
    assert [(e.start, e.end) for e in names_of(doc)] == [
        (e.start, e.end) for e in doc.ents if e.label_ in NAME_LABELS
    ]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_widened_with_the_names_given_is_widened_alone(lang: str, text: str) -> None:
    doc = parse(text, lang)
    names = names_of(doc)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 4) + 1):
            span = doc[start:end]
            alone, given = widened(span), widened(span, names)
            assert (given.start, given.end) == (alone.start, alone.end)


def test_widened_extends_to_the_whole_name() -> None:
    doc = parse("Le Conseil de sécurité des Nations unies a voté.", "fr")
    unies = next(t for t in doc if t.text == "unies")
    assert "Nations unies" in widened(doc[unies.i : unies.i + 1], names_of(doc)).text
