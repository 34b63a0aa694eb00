"""Participants the parse does not name as such (extract/implicit.py): one table per rule, French and
English side by side."""

from __future__ import annotations

from tests.extract.tables import Row, rule_test

# No actor named as the target of an attack, but a building, a vehicle or a village is: it is the recipient.
TARGETS: list[Row] = [
    ("fr", "L'aviation a bombardé l'hôpital de la ville dimanche.", "ASSAULT", "aviation", "hôpital"),
    ("en", "The air force bombed the city's hospital on Sunday.", "ASSAULT", "air force", "hospital"),
    ("fr", "Des hommes armés ont attaqué un convoi près de Gao.", "ASSAULT", "hommes armés", "convoi"),
    ("en", "Gunmen attacked a convoy near Gao.", "ASSAULT", "gunmen", "convoy"),
]

# Nobody named, but a weapon does it: the weapon is the unnamed actor.
INSTRUMENT: list[Row] = [
    ("fr", "Une bombe a tué deux soldats près de Gao.", "ASSAULT", "bombe", None),
    ("en", "A bomb killed two soldiers near Gao.", "ASSAULT", "bomb", None),
]

# An event noun that names nobody and points back ("ce blocage", "this blockade") is the last one of its
# type told before: its doers are whom the disapproval is aimed at.
TOLD_DOERS: list[Row] = [
    (
        "fr",
        "Le blocage des raffineries par les syndicats a duré deux jours. Les patrons ont exprimé leur "
        "mécontentement face à ce blocage.",
        "ACCUSE",
        "patrons",
        "syndicats",
    ),
    (
        "en",
        "The blockade of the refineries by the unions lasted two days. The employers condemned this "
        "blockade.",
        "ACCUSE",
        "employers",
        "unions",
    ),
]

test_rule = rule_test({"unnamed target": TARGETS, "instrument": INSTRUMENT, "told doers": TOLD_DOERS})
