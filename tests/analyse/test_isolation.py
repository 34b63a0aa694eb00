"""Isolation: conflictual ties and rejections, generic rejecters included."""

from __future__ import annotations

from dragoman.analyse import isolation
from tests.analyse.records import DOHA


def test_taliban_most_isolated() -> None:
    ranked = isolation(DOHA)
    top = ranked[0]
    assert top.actor == "Taliban"
    # Ties: d:1 d:2 d:3 d:4 d:6 d:7 d:8; conflictual d:1 d:2 d:6 d:7; rejected by generic groups d:2 d:6.
    assert (top.ties, top.conflictual, top.rejections) == (7, 4, 2)
    # Both are non-recognition: the node acts as a government though d:6 calls it a militia.
    assert top.non_recognition == 2
    assert top.score == round((4 + 2) / (7 + 2), 3)
    assert top.reason.startswith("4 of 7 ties conflictual; 2 rejections received (2 non-recognition)")


def test_one_quarrel_is_not_isolation() -> None:
    ranked = {item.actor: item for item in isolation(DOHA)}
    assert ranked["Afghanistan"].score == round(1 / 3, 3)
    assert ranked["Qatar"].score == 0.0
    assert ranked["Qatar"].degree == 2
