"""The coding conventions of each language (language/LANG/coding.yaml, read by extract/coding.py)."""

from __future__ import annotations

import pytest

from dragoman import taxonomy
from dragoman.extract.coding import coding


def _expected(etype: str, mode: str | None) -> tuple[str, str | None]:
    """PLOVER's reading of an announced act: cooperation promised is AGREE, force or coercion announced a
    threat, words keep their type; an announced resignation is promised to no one."""
    quad = taxonomy.TYPES[etype].quad
    if (etype, mode) == ("RETREAT", "resign") or quad == "verbal conflict":
        return etype, mode
    if quad == "material conflict":
        return "THREATEN", "violence" if etype == "ASSAULT" else None
    return "AGREE", None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_announced_act_is_coded_as_plover_codes_it(lang: str) -> None:
    conventions = coding(lang)
    for etype, spec in taxonomy.TYPES.items():
        for mode in (None, *spec.modes):
            assert conventions.intent(etype, mode) == _expected(etype, mode), (etype, mode)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_act_announced_on_a_condition_is_a_threat_unless_it_is_words(lang: str) -> None:
    threats = {etype for etype, spec in taxonomy.TYPES.items() if spec.quad != "verbal conflict"}
    assert set(coding(lang).on_condition) == threats
    assert set(coding(lang).on_condition.values()) == {("THREATEN", None)}


def test_french_and_english_code_alike() -> None:
    assert coding("fr") == coding("en")
