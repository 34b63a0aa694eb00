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
    from dragoman.store import Filter

    result = dragoman.ingest([article], str(tmp_path / "s.duckdb"))
    assert (result.added, result.events) == (1, 1)
    with dragoman.open_store(str(tmp_path / "s.duckdb")) as store:
        frame = store.frame(Filter.of(actor="CHL"))
        table = store.arrow(Filter.of(type="support"))
        (story,) = store.stories()
    assert list(frame["event_type"]) == ["SUPPORT"] and frame["date"][0] == "2021-03-02"  # signing: SUPPORT
    assert table.num_rows == 1 and story.event.event_type == "SUPPORT"


def test_bytes_are_read_as_utf8_or_refused() -> None:
    events = dragoman.extract("La Russie a attaqué l'Ukraine.".encode(), language="fr")
    assert [e.event_type for e in events] == ["ASSAULT"]
    with pytest.raises(dragoman.errors.InputError, match="not UTF-8"):
        dragoman.extract("Les États-Unis".encode("latin-1"))
