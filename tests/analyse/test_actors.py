"""Which node an entity stands for."""

from __future__ import annotations

import pytest

from dragoman.analyse.actors import Node, index_actors
from dragoman.errors import NotFoundError
from tests.analyse.records import (
    AFGHAN_GOVERNMENT,
    DOHA,
    GOVERNMENTS,
    QATARI_MINISTER,
    TALIBAN_SPOKESMAN,
    US_GOVERNMENT,
    entity,
    event,
)


@pytest.mark.parametrize(
    ("entity_", "label"),
    [
        (QATARI_MINISTER, "Qatar"),  # a person without affiliation counts for their country
        (TALIBAN_SPOKESMAN, "Taliban"),  # affiliation "TALIBAN" folds onto kb:org:taliban's name
        (US_GOVERNMENT, "United States"),  # a government is its country, named by the plain state record
        (AFGHAN_GOVERNMENT, "Afghanistan"),  # no plain state record: pycountry's name
        (entity("Taliban", "government", "AFG", "kb:org:taliban"), "Taliban"),  # an id wins over the kind
        (GOVERNMENTS, None),  # generic, no id, country or affiliation
    ],
)
def test_entity_node(entity_: dict[str, object], label: str | None) -> None:
    assert index_actors(DOHA).node(entity_) == label


def test_nodes_and_dropped_mentions() -> None:
    index = index_actors(DOHA)
    assert index.nodes["Taliban"] == Node("Taliban", "AFG", "government")  # government 4 records, militia 2
    assert index.nodes["Amnesty International"] == Node("Amnesty International", None, "other")
    assert set(index.nodes) == {"Taliban", "Afghanistan", "Qatar", "United States", "Amnesty International"}
    assert index.dropped == {"governments": 1, "many nations": 1}


def test_plain_state_name_beats_pycountry_and_accents_fold() -> None:
    records = [
        event(
            "r:1",
            "CONSULT",
            [entity("Russia", "state", "RUS", "kb:country:RUS")],
            [entity("Médecins Sans Frontières", "ngo", None, "kb:org:msf")],
            2.5,
        ),
        event(
            "r:2",
            "AID",
            [entity("Dr Roe", "person", "FRA", None, affiliation="medecins sans frontieres")],
            [entity("rebels", "armed_group", "SYR")],
            7.0,
        ),
    ]
    index = index_actors(records)
    assert index.node(records[0].event.actors[0]) == "Russia"  # pycountry would say "Russian Federation"
    assert index.node(records[1].event.actors[0]) == "Médecins Sans Frontières"
    # A generic group with a country stays apart from that country's state.
    assert index.node(records[1].event.recipients[0]) == "rebels (Syria)"


def test_lookup_by_iso3_label_and_id() -> None:
    index = index_actors(DOHA)
    assert index.lookup("AFG") == {"Afghanistan", "Taliban"}
    assert index.lookup("qatar") == {"Qatar"}
    assert index.lookup("kb:org:taliban") == {"Taliban"}
    with pytest.raises(NotFoundError, match=r"no actor matches 'Narnia'.*Qatar"):
        index.lookup("Narnia")
