"""PLOVER taxonomy: types, modes, scores and the CAMEO mapping."""

from __future__ import annotations

import pytest

from dragoman import taxonomy
from dragoman.errors import ConfigError


def test_sixteen_types_in_plover_order() -> None:
    assert len(taxonomy.EVENT_TYPES) == 16
    assert taxonomy.EVENT_TYPES[0] == "AGREE" and taxonomy.EVENT_TYPES[-1] == "ASSAULT"


@pytest.mark.parametrize("name", ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"])
def test_cooperation_scores_positive(name: str) -> None:
    assert taxonomy.score(name) > 0


@pytest.mark.parametrize("name", ["ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"])
def test_conflict_scores_negative(name: str) -> None:
    assert taxonomy.score(name) < 0


def test_mode_refines_score() -> None:
    assert taxonomy.score("CONSULT", "visit") == 4.0
    assert taxonomy.score("CONSULT", "phone") == 1.5
    assert taxonomy.score("CONSULT", None) == 2.5


def test_unknown_type_lists_allowed() -> None:
    with pytest.raises(ConfigError, match="allowed: AGREE CONSULT"):
        taxonomy.check_type("MEET")


def test_mode_of_another_type_is_refused() -> None:
    with pytest.raises(ConfigError, match="not a PLOVER mode of CONSULT"):
        taxonomy.check_mode("CONSULT", "arrest")
    assert taxonomy.check_mode("COERCE", "arrest") == "arrest"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", ("CONSULT", "visit")),
        ("0423", ("CONSULT", "visit")),
        ("173", ("COERCE", "arrest")),
        ("190", ("ASSAULT", None)),
        ("99", None),
    ],
)
def test_cameo_mapping(code: str, expected: tuple[str, str | None] | None) -> None:
    assert taxonomy.cameo_to_plover(code) == expected
