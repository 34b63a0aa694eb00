"""The public facade `dragoman.extract(text)`."""

from __future__ import annotations

import pytest

import dragoman

pytestmark = pytest.mark.slow


def test_facade_can_be_called_again_after_the_stages_are_loaded() -> None:
    first = dragoman.extract("La Russie a attaqué l'Ukraine.", language="fr")
    second = dragoman.extract("Le Japon soutient la France.", published="2023-06")
    assert [e.event_type for e in first] == ["ASSAULT"]
    assert [e.event_type for e in second] == ["SUPPORT"]
