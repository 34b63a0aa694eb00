"""The store on both backends: idempotent ingest, problems that lose nothing, queries, frames."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.errors import StoreError
from dragoman.ingest import read_inputs
from dragoman.model import PartialDate, content_hash
from dragoman.pipeline import ingest as run_ingest
from dragoman.store import Filter, open_store
from tests.store.conftest import write_articles


def ingest(url: str, extractor, *paths: Path, batch: int = 20):  # type: ignore[no-untyped-def]
    with open_store(url) as store:
        result = run_ingest(store, read_inputs(list(paths)), extractor, batch_size=batch)
        return result, store.counts()


def test_the_same_folder_twice_adds_nothing(store_url: str, extractor, articles: Path) -> None:  # type: ignore[no-untyped-def]
    first, counts = ingest(store_url, extractor, articles)
    assert (first.added, first.already) == (3, 0)
    assert counts["documents"] == 3 and counts["events"] >= 3 and counts["sentences"] >= 6
    again, counts_again = ingest(store_url, extractor, articles)
    assert (again.added, again.already, again.events) == (0, 3, 0)
    assert counts_again == counts


def test_a_copy_under_another_name_is_the_same_document(store_url: str, extractor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (tmp_path / "x").parent / "a.txt"
    text.write_text("La France a condamné l'essai de missile de la Corée du Nord.", encoding="utf-8")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "b.txt").write_text(text.read_text("utf-8"), encoding="utf-8")
    result, counts = ingest(store_url, extractor, text, copy / "b.txt")
    assert (result.added, result.already, counts["documents"]) == (1, 1, 1)


def test_bad_files_are_named_and_nothing_stored_is_lost(
    store_url: str, extractor, articles: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, before = ingest(store_url, extractor, articles)
    bad = write_articles(tmp_path / "bad", {"empty.txt": ""})
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    result, after = ingest(store_url, extractor, bad, articles)
    assert result.added == 0 and len(result.problems) == 2
    assert any("empty.txt" in p.source for p in result.problems)
    assert any("binary.txt" in p.source for p in result.problems)
    assert after == before


def test_another_text_under_a_stored_doc_id_is_refused(store_url: str, extractor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = write_articles(
        tmp_path / "one", {"note.txt": "La France a condamné l'essai nucléaire de la Corée du Nord."}
    )
    two = write_articles(
        tmp_path / "two", {"note.txt": "Le Japon a condamné l'essai nucléaire de la Corée du Nord."}
    )
    ingest(store_url, extractor, one)
    result, counts = ingest(store_url, extractor, two)
    assert counts["documents"] == 1
    assert result.problems and "already stored with other content" in result.problems[0].message


def test_batches_do_not_change_what_is_stored(
    store_url: str, extractor, articles: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, one_batch = ingest(store_url, extractor, articles, batch=1)
    _, reference = ingest(str(tmp_path / "ref.duckdb"), extractor, articles, batch=50)
    assert one_batch == reference


def test_queries_filter_by_actor_type_and_period(store_url: str, extractor, articles: Path) -> None:  # type: ignore[no-untyped-def]
    ingest(store_url, extractor, articles)
    with open_store(store_url) as store:
        everything = store.stories()
        assert {s.event.event_type for s in everything} >= {"CONSULT", "SANCTION"}
        omani = store.stories(Filter(actor="OMN"))
        assert omani and all("OMN" in {a.country for a in s.event.actors + s.event.recipients} for s in omani)
        assert store.stories(Filter(actor="badr albusaidi"))  # a name, whatever its case
        assert store.stories(Filter(actor="Oma")) == []  # but a whole name, not a piece of one
        assert [s.event.event_type for s in store.stories(Filter(event_type="SANCTION"))] == ["SANCTION"]
        assert store.stories(Filter(actor="Russian Federation", event_type="SANCTION"))
        march = store.stories(Filter(since=PartialDate(2024, 3), until=PartialDate(2024, 3)))
        assert march and all(
            str(s.first_reported).startswith("2024-03")
            or (s.event.date is not None and s.event.date.date.value.startswith("2024-03"))
            for s in march
        )
        assert store.stories(Filter(since=PartialDate(2025))) == []


def test_frame_and_arrow_have_one_row_per_event(store_url: str, extractor, articles: Path) -> None:  # type: ignore[no-untyped-def]
    ingest(store_url, extractor, articles)
    with open_store(store_url) as store:
        n = len(store.stories())
        frame = store.frame()
        table = store.arrow()
        consults = store.frame(Filter.of(actor="IRN", type="consult", since="2024-03"))
    assert len(frame) == n == table.num_rows
    assert list(consults["event_type"]) == ["CONSULT"]
    assert {"event_type", "actors", "actor_countries", "date", "sources", "documents"} <= set(frame.columns)


def test_reports_keep_their_provenance(store_url: str, extractor, articles: Path) -> None:  # type: ignore[no-untyped-def]
    ingest(store_url, extractor, articles)
    with open_store(store_url) as store:
        reports = store.events()
        texts = {r[0]: r[1] for r in store.db.query("SELECT doc_id, text FROM documents")}
    for r in reports:
        evidence = r.evidence
        assert texts[r.doc_id][evidence.start : evidence.end] == evidence.sentence


def test_content_hash_is_the_text_identity() -> None:
    assert content_hash("a") == content_hash("a") != content_hash("a ")


def test_reading_a_store_that_does_not_exist_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(str(tmp_path / "missing.duckdb"), read_only=True)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.duckdb"):
        open_store(str(path))


def test_a_damaged_store_is_said_damaged(tmp_path: Path) -> None:
    whole = tmp_path / "whole.duckdb"
    with open_store(str(whole)):
        pass
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(whole.read_bytes()[:5000])
    with pytest.raises(StoreError, match=r"damaged, or not a DuckDB file") as info:
        open_store(str(cut), read_only=True)
    assert "cut.duckdb" in str(info.value)


def test_a_database_of_other_tables_is_not_a_store(store_url: str) -> None:
    # A `documents` table that is not ours: refused before anything is read or written.
    if store_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as conn:
            conn.execute("CREATE TABLE documents (x integer)")
    else:
        import duckdb

        with duckdb.connect(store_url) as conn:
            conn.execute("CREATE TABLE documents (x integer)")
    for read_only in (False, True):
        with pytest.raises(StoreError, match=r"not a dragoman store.*documents"):
            open_store(store_url, read_only=read_only)


def test_a_store_another_process_writes_names_the_process(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    with open_store(str(path)):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(path)!r}); print('held'); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match=rf"open in another process \(PID {holder.pid}.*wait for it"):
            open_store(str(path), read_only=True)
    finally:
        holder.communicate("", timeout=30)


def test_an_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as info:
        open_store("postgresql://someone:secret@127.0.0.1:9/nothing?connect_timeout=2")
    assert "secret" not in str(info.value)


def test_a_sidecar_gives_the_stored_document_its_id_and_date(
    store_url: str, extractor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = write_articles(
        tmp_path / "side", {"note.txt": "Le Pérou a signé mardi un accord avec le Chili."}
    )
    (folder / "note.meta.json").write_text('{"doc_id": "peru-chile", "published": "2022-04-14"}', "utf-8")
    ingest(store_url, extractor, folder)
    with open_store(store_url) as store:
        assert store.db.query("SELECT doc_id, published FROM documents") == [("peru-chile", "2022-04-14")]
        (event,) = store.events()
    assert event.doc_id == "peru-chile" and event.date is not None and event.date.date.value == "2022-04-12"


NEW_MINISTER = (
    "PARIS, 5 mars 2024 (AFP) - Le ministre Jean Testard a critiqué la Russie mardi. "
    "Le ministre Jean Testard a rencontré le Premier ministre qatari mercredi."
)
TESTARD = "people:\n  - id: kb:person:jean-testard\n    name: Jean Testard\n    country: FRA\n"


def _actor_ids(url: str) -> set[str | None]:
    with open_store(url, read_only=True) as store:
        return {a.id for e in store.events() for a in e.actors}


def test_documents_read_with_another_kb_are_outdated_and_read_again(store_url: str, tmp_path: Path) -> None:
    from dragoman.pipeline import Extractor, reextract

    folder = write_articles(
        tmp_path / "a",
        {f"{n}.txt": NEW_MINISTER.replace("mars", m) for n, m in enumerate(["mars", "avril", "mai"])},
    )
    kb = tmp_path / "testard.yaml"
    kb.write_text(TESTARD, encoding="utf-8")
    plain, known = Extractor(), Extractor([kb])
    assert plain.version.kb != known.version.kb and plain.version.extractor == known.version.extractor
    result, _ = ingest(store_url, plain, folder)
    assert result.outdated == 0 and "kb:person:jean-testard" not in _actor_ids(store_url)
    again, _ = ingest(store_url, known, folder)
    assert again.already == 3 and again.outdated == 3  # said, not silently kept
    with open_store(store_url) as store:
        done = reextract(store, known, batch_size=2)
        assert (done.read, done.added, done.problems) == (3, 3, [])
        assert store.outdated(known.version) == [] and not store.stories_stale()
        counts = store.counts()
    assert "kb:person:jean-testard" in _actor_ids(store_url)
    assert counts["documents"] == 3 and counts["events"] == result.events


def test_a_reextraction_stopped_between_batches_resumes(store_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dragoman.pipeline import Extractor, reextract

    folder = write_articles(
        tmp_path / "a", {f"{n}.txt": NEW_MINISTER.replace("2024", str(2000 + n)) for n in range(4)}
    )
    kb = tmp_path / "testard.yaml"
    kb.write_text(TESTARD, encoding="utf-8")
    first, _ = ingest(store_url, Extractor(), folder)
    known = Extractor([kb])
    read = known.documents
    calls = []

    def stops_at_the_second_batch(items):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return read(items)

    monkeypatch.setattr(known, "documents", stops_at_the_second_batch)
    with open_store(store_url) as store, pytest.raises(KeyboardInterrupt):
        reextract(store, known, batch_size=2)
    monkeypatch.undo()
    with open_store(store_url) as store:
        assert len(store.outdated(known.version)) == 2  # the first batch is done, whole
        assert store.counts()["documents"] == 4
        reextract(store, known, batch_size=2)
        assert store.outdated(known.version) == []
        assert store.counts()["events"] == first.events


def test_a_store_from_before_readings_says_all_its_documents_are_outdated(
    store_url: str, extractor, articles: Path
) -> None:  # type: ignore[no-untyped-def]
    ingest(store_url, extractor, articles)
    with open_store(store_url) as store:
        store.db.execute("DROP TABLE readings")
    with open_store(store_url, read_only=True) as store:
        assert len(store.events()) > 0  # a reader goes without the table
    result, _ = ingest(store_url, extractor, articles)
    assert result.outdated == 3
