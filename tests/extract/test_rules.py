"""One table per rule: (language, sentence, expected event), French and English side by side.

Every sentence is written for these tests. An expected event is its PLOVER type and words that must
occur in the name or text of one actor and of one recipient (accents and case folded, as the referee
does); None means that side is not checked. `absent` rows say which type must not be read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from dragoman.model import Entity, Event

pytestmark = pytest.mark.slow
Extract = Callable[..., list[Event]]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in text if not unicodedata.combining(c))
        .casefold()
        .replace("-", " ")
        .replace("'", " ")
    )


def names(entities: list[Entity], words: str) -> bool:
    return any(fold(words) in fold(f"{e.name} | {e.text}") for e in entities)


def found(events: list[Event], etype: str, actor: str | None, recipient: str | None) -> bool:
    return any(
        e.event_type == etype
        and (actor is None or names(e.actors, actor))
        and (recipient is None or names(e.recipients, recipient))
        for e in events
    )


Row = tuple[str, str, str, str | None, str | None]


# Within one article, opposite accusations are two events, not one told twice.
DIRECTION: list[Row] = [
    (
        "fr",
        "Les États-Unis ont accusé la Chine d'espionnage, et la Chine a accusé les États-Unis "
        "de provocation.",
        "ACCUSE",
        "Chine",
        "Etats-Unis",
    ),
    (
        "fr",
        "Les États-Unis ont accusé la Chine d'espionnage, et la Chine a accusé les États-Unis "
        "de provocation.",
        "ACCUSE",
        "Etats-Unis",
        "Chine",
    ),
    (
        "en",
        "Russia accused Ukraine of sabotage, and Ukraine accused Russia of shelling the plant.",
        "ACCUSE",
        "Ukraine",
        "Russia",
    ),
    (
        "en",
        "Russia accused Ukraine of sabotage, and Ukraine accused Russia of shelling the plant.",
        "ACCUSE",
        "Russia",
        "Ukraine",
    ),
]


# A nominal event with an agent ("par", "by"): its "de"/"of" phrase is what it is done to.
NOMINAL_AGENT: list[Row] = [
    (
        "fr",
        "L'arrestation de trois opposants par la police a choqué le pays.",
        "COERCE",
        "police",
        "opposants",
    ),
    (
        "en",
        "The arrest of three opponents by the police shocked the country.",
        "COERCE",
        "police",
        "opponents",
    ),
    (
        "fr",
        "La condamnation de la junte par l'Union africaine a été immédiate.",
        "ACCUSE",
        "Union africaine",
        "junte",
    ),
    (
        "en",
        "The condemnation of the junta by the African Union was immediate.",
        "ACCUSE",
        "African Union",
        "junta",
    ),
]

# A passive's doer is its agent, wherever the parser hung it; what it is done to is its subject, or the one
# the clause above is about ("before being attacked"), or the noun its participle modifies.
PASSIVE: list[Row] = [
    (
        "fr",
        "Les ouvriers ont manifesté avant d'être frappés par les forces de l'ordre.",
        "ASSAULT",
        "forces",
        "ouvriers",
    ),
    ("en", "The workers marched before being attacked by the police.", "ASSAULT", "police", "workers"),
    ("en", "Protesters attacked by the police fled to the university.", "ASSAULT", "police", "protesters"),
    ("fr", "Des renforts ont été déployés à la frontière polonaise.", "MOBILIZE", "renforts", None),
    ("en", "Reinforcements were deployed to the Polish border.", "MOBILIZE", "reinforcements", None),
]

# What is given, asked or sent "to X" is aimed at X, even when the parser hangs "to X" on the thing.
ADDRESSEE: list[Row] = [
    ("fr", "Le président du Sénat a demandé de l'aide à l'Église catholique.", "REQUEST", "Sénat", "Église"),
    (
        "fr",
        "Le ministre a adressé une demande d'aide aux Nations unies.",
        "REQUEST",
        "ministre",
        "Nations unies",
    ),
    ("en", "The Senate speaker asked the Catholic Church for help.", "REQUEST", "Senate", "Church"),
]

# An event noun carried by a light verb in the passive is done by that verb's agent: who claimed or carried
# out an attack is its actor.
CLAIMED: list[Row] = [
    (
        "fr",
        "L'attaque contre la caserne a été revendiquée par l'État islamique.",
        "ASSAULT",
        "Islamic State",
        None,
    ),
    ("en", "The attack on the barracks was claimed by the Islamic State.", "ASSAULT", "Islamic State", None),
    ("fr", "Une offensive menée par les rebelles a visé la capitale.", "ASSAULT", "rebelles", None),
    ("en", "An attack carried out by the rebels killed ten soldiers.", "ASSAULT", "rebels", None),
]

# No actor named as the target of an attack, but a building, a vehicle or a village is: it is the recipient.
TARGETS: list[Row] = [
    ("fr", "L'aviation a bombardé l'hôpital de la ville dimanche.", "ASSAULT", "aviation", "hôpital"),
    ("en", "The air force bombed the city's hospital on Sunday.", "ASSAULT", "air force", "hospital"),
    ("fr", "Des hommes armés ont attaqué un convoi près de Gao.", "ASSAULT", "hommes armés", "convoi"),
    ("en", "Gunmen attacked a convoy near Gao.", "ASSAULT", "gunmen", "convoy"),
]

# Talks: the partner the parser hangs on the means ("par téléphone avec X") is still the partner.
PARTNER: list[Row] = [
    (
        "fr",
        "Le ministre s'est entretenu par téléphone avec son homologue russe.",
        "CONSULT",
        "ministre",
        "russe",
    ),
    ("en", "The minister spoke by phone with his Russian counterpart.", "CONSULT", "minister", "Russia"),
]

# Word classes French now has as English does: counted actors, weapons as unnamed actors, what someone
# says another must do.
WORD_CLASSES: list[Row] = [
    ("fr", "Des milliers d'étudiants ont manifesté contre la réforme.", "PROTEST", "étudiants", None),
    ("en", "Thousands of students protested against the reform.", "PROTEST", "students", None),
    ("fr", "Une bombe a tué deux soldats près de Gao.", "ASSAULT", "bombe", None),
    ("en", "A bomb killed two soldiers near Gao.", "ASSAULT", "bomb", None),
    ("fr", "Le ministre a déclaré que la Libye doit livrer les suspects.", "REQUEST", "ministre", "Libye"),
    ("en", "The minister said that Libya must hand over the suspects.", "REQUEST", "minister", "Libya"),
]

TABLES: dict[str, list[Row]] = {
    "direction": DIRECTION,
    "nominal agent": NOMINAL_AGENT,
    "passive": PASSIVE,
    "addressee": ADDRESSEE,
    "claimed": CLAIMED,
    "targets": TARGETS,
    "partner": PARTNER,
    "word classes": WORD_CLASSES,
}
ROWS = [(name, *row) for name, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize(
    ("rule", "lang", "sentence", "etype", "actor", "recipient"),
    ROWS,
    ids=[f"{r[0]}-{r[1]}-{n}" for n, r in enumerate(ROWS)],
)
def test_rule(
    events_of: Extract,
    rule: str,
    lang: str,
    sentence: str,
    etype: str,
    actor: str | None,
    recipient: str | None,
) -> None:
    events = events_of(sentence, lang)
    seen = [(e.event_type, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in events]
    assert found(events, etype, actor, recipient), f"{rule}: want {etype} {actor} -> {recipient}, got {seen}"
