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
