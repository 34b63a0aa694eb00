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


def test_open_store_gives_a_dataframe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import dragoman

    article = tmp_path / "a.txt"
    article.write_text(
        "ROME, 3 mars 2021 (AFP) - Le Chili a signé mardi un accord avec le Pérou.", encoding="utf-8"
    )
    with dragoman.open_store(str(tmp_path / "s.duckdb")) as store:
        from dragoman.ingest import read_inputs
        from dragoman.pipeline import Extractor

        store.ingest(read_inputs([article]), Extractor())
        frame = store.events(actor="CHL")
    assert list(frame["event_type"]) == ["AGREE"] and frame["date"][0] == "2021-03-02"
