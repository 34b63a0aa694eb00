"""A denial that names no one answers the last exchange its author took part in: French and English
side by side, with the cases where it must not borrow a recipient. Every sentence is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.model import Event

pytestmark = pytest.mark.slow
Extract = Callable[..., list[Event]]

# (language, text, denier, whom it answers: words in a recipient's name or text, None for no recipient)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("fr", "Les États-Unis ont accusé la Chine d'espionnage. Pékin a démenti.", "China", "Etats-Unis"),
    (
        "en",
        "The United States accused China of spying. Beijing denied the accusation.",
        "China",
        "United States",
    ),
    # The accused's army acted, its ministry denies: one side.
    (
        "fr",
        "L'armée russe a bombardé un village ukrainien. Le ministère russe de la Défense a démenti.",
        "Russia",
        "ukrain",
    ),
    (
        "en",
        "The Russian army shelled a Ukrainian village. The Russian defence ministry denied it.",
        "Russia",
        "Ukrain",
    ),
    # A person is only themself: a deputy does not answer for their government's quarrel.
    (
        "fr",
        "Le gouvernement français a critiqué l'Iran. Le député Jean Dupont a nié avoir reçu de l'argent.",
        "Dupont",
        None,
    ),
    (
        "en",
        "The French government criticised Iran. The deputy John Smith denied taking any money.",
        "Smith",
        None,
    ),
    # Four sentences on, the article has moved on.
    (
        "fr",
        "La Russie a accusé l'Ukraine de sabotage. Les prix montent. Les écoles ferment. Il pleut. "
        "Kiev a démenti.",
        "Ukrain",
        None,
    ),
    (
        "en",
        "Russia accused Ukraine of sabotage. Prices rise. Schools close. It rains. Kyiv denied it.",
        "Ukrain",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "denier", "answered"), ROWS)
def test_denial_answers_the_last_exchange(
    events_of: Extract, lang: str, text: str, denier: str, answered: str | None
) -> None:
    denials = [
        e
        for e in events_of(text, lang)
        if e.event_type == "REJECT" and any(denier.lower() in f"{a.name} {a.text}".lower() for a in e.actors)
    ]
    assert denials, f"no denial by {denier} in {text!r}"
    recipients = [f"{r.name} {r.text}" for e in denials for r in e.recipients]
    if answered is None:
        assert not recipients, recipients
    else:
        folded = answered.lower().replace("é", "e")
        assert any(folded in r.lower().replace("é", "e") for r in recipients), recipients
