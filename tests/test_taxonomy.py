"""PLOVER taxonomy: types, quads, modes, contexts, scores and the CAMEO mapping."""

from __future__ import annotations

import pytest

from dragoman import taxonomy
from dragoman.errors import ConfigError

COOPERATION = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
CONFLICT = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def test_sixteen_types_in_plover_order() -> None:
    assert taxonomy.EVENT_TYPES == COOPERATION + CONFLICT
    assert set(taxonomy.TYPES) == set(taxonomy.EVENT_TYPES)


@pytest.mark.parametrize(
    ("name", "quad"),
    [
        ("AGREE", "verbal cooperation"),
        ("CONCEDE", "verbal cooperation"),
        ("AID", "material cooperation"),
        ("RETREAT", "material cooperation"),
        ("REQUEST", "verbal conflict"),
        ("THREATEN", "verbal conflict"),
        ("PROTEST", "material conflict"),
        ("SANCTION", "material conflict"),
        ("ASSAULT", "material conflict"),
    ],
)
def test_quad_class(name: str, quad: str) -> None:
    assert taxonomy.TYPES[name].quad == quad


@pytest.mark.parametrize("name", taxonomy.EVENT_TYPES)
def test_every_type_is_described_and_scored_in_range(name: str) -> None:
    spec = taxonomy.TYPES[name]
    assert spec.quad in taxonomy.QUADS and spec.description
    assert -10 <= spec.score <= 10
    assert all(-10 <= taxonomy.score(name, mode) <= 10 for mode in spec.modes)


@pytest.mark.parametrize("name", COOPERATION)
def test_cooperation_types_score_positive(name: str) -> None:
    assert taxonomy.score(name) > 0
    assert all(taxonomy.score(name, mode) > 0 for mode in taxonomy.TYPES[name].modes)


@pytest.mark.parametrize("name", CONFLICT[1:])
def test_conflict_types_score_negative(name: str) -> None:
    assert taxonomy.score(name) < 0
    assert all(taxonomy.score(name, mode) < 0 for mode in taxonomy.TYPES[name].modes)


def test_request_is_the_neutral_conflict_type() -> None:
    # PLOVER scores a plain request 0 and a request for help slightly positive.
    assert taxonomy.score("REQUEST") == 0.0
    assert taxonomy.score("REQUEST", "assist") == 0.5
    assert taxonomy.score("REQUEST", "change") == -1.0


@pytest.mark.parametrize(
    ("name", "mode", "expected"),
    [
        ("CONSULT", "visit", 4.0),
        ("CONSULT", "phone", 1.5),
        ("CONSULT", None, 2.5),
        ("CONSULT", "", 2.5),
        ("RETREAT", "disarm", 10.0),
        ("ACCUSE", None, -3.0),
        ("ACCUSE", "allege", -3.5),
        ("PROTEST", "riot", -7.0),
        ("PROTEST", "vandalize", -5.0),
        ("ASSAULT", "unconventional", -10.0),
        ("ASSAULT", "crowd-control", -7.5),
    ],
)
def test_score_of_type_and_mode(name: str, mode: str | None, expected: float) -> None:
    assert taxonomy.score(name, mode) == expected


@pytest.mark.parametrize(
    ("name", "modes"),
    [
        ("CONSULT", ("visit", "third-party", "multilateral", "phone")),
        ("ACCUSE", ("disapprove", "investigate", "allege")),
        ("RETREAT", ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
        ("REJECT", ("assist", "change", "yield", "meet")),
        ("AGREE", ()),
    ],
)
def test_modes_per_type(name: str, modes: tuple[str, ...]) -> None:
    assert taxonomy.TYPES[name].modes == modes


@pytest.mark.parametrize(
    ("given", "expected"),
    [("CONSULT", "CONSULT"), ("consult", "CONSULT"), (" Assault ", "ASSAULT")],
)
def test_check_type_spells_canonically(given: str, expected: str) -> None:
    assert taxonomy.check_type(given) == expected


@pytest.mark.parametrize("bad", ["MEET", "DEMAND", "DISAPPROVE", ""])
def test_unknown_type_lists_allowed(bad: str) -> None:
    with pytest.raises(ConfigError, match=r"allowed: AGREE CONSULT SUPPORT .* ASSAULT$"):
        taxonomy.check_type(bad)


@pytest.mark.parametrize(
    ("name", "mode", "expected"),
    [
        ("CONSULT", "visit", "visit"),
        ("CONSULT", "Third_party", "third-party"),
        ("COERCE", "martial law", "martial-law"),
        ("COERCE", "ban", "restrict"),
        ("ASSAULT", "assassinate", "targeted"),
        ("CONSULT", "host", "visit"),
        ("COERCE", None, None),
        ("AGREE", None, None),
    ],
)
def test_check_mode_spells_canonically(name: str, mode: str | None, expected: str | None) -> None:
    assert taxonomy.check_mode(name, mode) == expected


@pytest.mark.parametrize(
    ("name", "mode", "listed"),
    [
        ("CONSULT", "arrest", "allowed: visit third-party multilateral phone"),
        ("RETREAT", "return", "allowed: withdraw release disarm"),
        ("AGREE", "visit", "allowed: none"),
        ("THREATEN", "riot", "allowed: restrict arrest"),
    ],
)
def test_mode_of_another_type_is_refused(name: str, mode: str, listed: str) -> None:
    with pytest.raises(ConfigError, match=f"not a PLOVER mode of {name}; {listed}"):
        taxonomy.check_mode(name, mode)


def test_score_refuses_a_mode_plover_does_not_have() -> None:
    with pytest.raises(ConfigError, match="not a PLOVER mode of SANCTION"):
        taxonomy.score("SANCTION", "arrest")


def test_contexts_and_auxiliary_modes() -> None:
    assert {"diplomatic", "economic", "military", "human_rights", "cbrn"} <= set(taxonomy.CONTEXTS)
    assert taxonomy.AUXILIARY == ("historical", "future", "hypothetical", "negation")
    assert taxonomy.check_context("Human rights") == "human_rights"
    with pytest.raises(ConfigError, match="allowed: military intelligence"):
        taxonomy.check_context("politics")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("01", None),
        ("020", None),
        ("036", ("AGREE", None)),
        ("042", ("CONSULT", "visit")),
        ("0423", ("CONSULT", "visit")),
        ("043", ("CONSULT", "visit")),
        ("044", ("CONSULT", "third-party")),
        ("081", ("CONCEDE", None)),
        ("0841", ("RETREAT", "release")),
        ("0871", ("RETREAT", "ceasefire")),
        ("091", ("ACCUSE", "investigate")),
        ("1056", ("REQUEST", "yield")),
        ("111", ("ACCUSE", "disapprove")),
        ("1382", ("THREATEN", "territory")),
        ("145", ("PROTEST", "riot")),
        ("154", ("MOBILIZE", "troops")),
        ("166", ("SANCTION", "expel")),
        ("173", ("COERCE", "arrest")),
        ("1712", ("ASSAULT", "destroy")),
        ("186", ("ASSAULT", "targeted")),
        ("190", ("ASSAULT", None)),
        ("192", ("COERCE", "seize")),
        ("2042", ("ASSAULT", "unconventional")),
        ("99", None),
    ],
)
def test_cameo_mapping(code: str, expected: tuple[str, str | None] | None) -> None:
    assert taxonomy.cameo_to_plover(code) == expected


@pytest.mark.parametrize("bad", ["4", "04a", "---", "04231"])
def test_malformed_cameo_code_is_refused(bad: str) -> None:
    with pytest.raises(ConfigError, match="2 to 4 digits"):
        taxonomy.cameo_to_plover(bad)
