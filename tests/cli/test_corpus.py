"""End to end through `dragoman ingest / events / export`: a French and an English report of one meeting."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from tests.store.conftest import write_articles

pytestmark = pytest.mark.slow

FRENCH = (
    "MASCATE, 14 mars 2024 (AFP) - Le ministre omanais des Affaires étrangères, Badr Albusaidi, a rencontré "
    "mardi à Téhéran le président iranien, Massoud Pezeshkian."
)
ENGLISH = (
    "TEHRAN, March 13, 2024 (Reuters) - Oman's foreign minister, Badr Albusaidi, met Iranian President "
    "Masoud Pezeshkian in Tehran on Tuesday, the Omani news agency said."
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def store(tmp_path: Path) -> str:
    folder = write_articles(tmp_path / "news", {"fr.txt": FRENCH, "en.txt": ENGLISH})
    db = str(tmp_path / "news.duckdb")
    code, output = run("ingest", str(folder), "--db", db)
    assert code == 0, output
    return db


def test_one_meeting_told_in_french_and_english_is_one_event_with_two_sources(store: str) -> None:
    code, output = run("events", "--db", store, "--type", "CONSULT", "--format", "jsonl")
    assert code == 0, output
    events = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert len(events) == 1
    meeting = events[0]
    assert (meeting["documents"], meeting["sources"]) == (2, 2)
    assert {r["doc_id"] for r in meeting["reports"]} == {"fr", "en"}
    assert meeting["date"]["value"] == "2024-03-12"
    assert meeting["first_reported"] == "2024-03-13" and meeting["last_reported"] == "2024-03-14"


def test_ingesting_again_changes_nothing(store: str, tmp_path: Path) -> None:
    code, output = run("ingest", str(tmp_path / "news"), "--db", store)
    assert code == 0 and "0 added, 2 already stored" in output.replace("\n", " ")


def test_events_filters_and_formats(store: str, tmp_path: Path) -> None:
    code, output = run("events", "--db", store, "--actor", "IRN", "--since", "2024-03", "--format", "csv")
    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows and all("IRN" in (r["actor_countries"] + r["recipient_countries"]) for r in rows)
    assert run("events", "--db", store, "--until", "2023-12", "--format", "jsonl")[1].strip() == ""
    target = tmp_path / "events.parquet"
    assert run("events", "--db", store, "--format", "parquet", "-o", str(target))[0] == 0
    assert pq.read_table(target).num_rows == len(rows)
    code, output = run("events", "--db", store, "--type", "CONSULTATION")
    assert code != 0 and "CONSULT" in output


def test_an_actor_is_the_same_by_its_code_or_its_name(store: str) -> None:
    for command in ("events", "export"):
        by_code = run(command, "--db", store, "--format", "jsonl", "--actor", "IRN")
        assert by_code[0] == 0 and by_code[1].strip(), by_code
        for name in ("Iran", "l'Iran", "irn"):
            assert run(command, "--db", store, "--format", "jsonl", "--actor", name) == by_code, name
    assert run("events", "--db", store, "--format", "jsonl", "--actor", "Qatar")[1].strip() == ""


def test_export_plover_and_gdelt(store: str, tmp_path: Path) -> None:
    plover = tmp_path / "events.plover.jsonl"
    assert run("export", "--db", store, "--format", "plover", "-o", str(plover))[0] == 0
    record = json.loads(plover.read_text("utf-8").splitlines()[0])
    assert {"id", "date", "event", "mode", "context", "source", "target", "location", "text"} <= set(record)
    code, output = run("export", "--db", store, "--format", "gdelt")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(output)))
    meeting = [r for r in rows if r["EventCode"] == "CONSULT"]
    assert len(meeting) == 1 and meeting[0]["NumArticles"] == "2"
    assert {meeting[0]["Actor1CountryCode"], meeting[0]["Actor2CountryCode"]} == {"OMN", "IRN"}


def test_reading_a_store_that_is_not_there(tmp_path: Path) -> None:
    code, output = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no store here yet" in output


HOSTED = (
    "MASCATE, 20 mars 2024 (AFP) - Oman a accueilli mardi des pourparlers entre l'Iran et les États-Unis. "
    "Le Royaume-Uni a condamné l'Iran jeudi."
)


def test_network_names_the_host_of_talks_as_broker(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", {"talks.txt": HOSTED})
    db = str(tmp_path / "n.duckdb")
    assert run("ingest", str(folder), "--db", db)[0] == 0
    code, output = run("network", "--db", db, "--format", "json")
    assert code == 0, output
    network = json.loads(output)
    assert {"nodes", "edges", "brokers"} <= set(network)
    top = network["brokers"][0]
    assert (top["actor"], top["country"]) == ("Oman", "OMN")
    assert sorted(top["between"][0]) == ["Iran", "United States"]
    code, summary = run("network", "--db", db, "--format", "png", "-o", str(tmp_path / "n.png"))
    assert code == 0 and "Brokers" in summary and "Isolation" in summary
    assert (tmp_path / "n.png").stat().st_size > 10_000
    assert run("network", "--db", db, "--format", "graphml", "-o", str(tmp_path / "n.graphml"))[0] == 0
    assert "<graphml" in (tmp_path / "n.graphml").read_text("utf-8")


def test_timeline_of_countries_by_code_or_name(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", {"talks.txt": HOSTED})
    db = str(tmp_path / "t.duckdb")
    run("ingest", str(folder), "--db", db)
    by_code = run("timeline", "GBR", "IRN", "--db", db)
    assert by_code[0] == 0 and "2024-03" in by_code[1]
    assert run("timeline", "Royaume-Uni", "Iran", "--db", db) == by_code


def test_timeline_writes_a_picture_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_articles(tmp_path / "news", {"talks.txt": HOSTED})
    db = str(tmp_path / "t.duckdb")
    run("ingest", str(folder), "--db", db)
    monkeypatch.chdir(tmp_path)
    code, output = run("timeline", "GBR", "IRN", "--db", db)
    assert code == 0 and "wrote" not in output
    assert list(tmp_path.glob("*.png")) == []


def test_timeline_table_and_picture(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", {"talks.txt": HOSTED})
    db = str(tmp_path / "t.duckdb")
    run("ingest", str(folder), "--db", db)
    code, output = run("timeline", "GBR", "IRN", "--db", db, "--png", str(tmp_path / "t.png"))
    assert code == 0, output
    assert "2024-03" in output and (tmp_path / "t.png").stat().st_size > 5_000
    code, output = run("timeline", "GBR", "XYZ", "--db", db)
    assert code == 2 and "no actor matches" in output
