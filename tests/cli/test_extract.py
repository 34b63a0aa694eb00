"""End to end through the `dragoman` command: records out, bad input reported, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from tests.conftest import shared_path

pytestmark = pytest.mark.slow
CONTRACT = {
    "doc_id",
    "event_id",
    "event_type",
    "mode",
    "contexts",
    "actors",
    "recipients",
    "date",
    "location",
    "auxiliary",
    "attribution",
    "evidence",
    "confidence",
    "score",
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_bad_inputs_are_reported_and_the_rest_is_written(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "german.txt").write_text(
        "Der Außenminister traf gestern seinen Amtskollegen in Berlin, um über die Lage zu sprechen.",
        encoding="utf-8",
    )
    with (tmp_path / "huge.txt").open("w") as f:
        f.truncate(50 * 1024 * 1024)
    (tmp_path / "corpus.jsonl").write_text(
        '{"doc_id": "ok1", "text": "La Russie a attaqué l\'Ukraine le 3 mars 2022.", '
        '"published": "2022-03-05"}\n'
        "this line is not JSON\n"
        '{"doc_id": "ok2", "text": "Le Japon soutient fermement la candidature de la France."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    code, output = run("extract", str(tmp_path), "-o", str(out))
    assert code == 0
    for name in ("empty.txt", "binary.txt", "german.txt", "huge.txt", "corpus.jsonl:2"):
        assert any(name in line and "skipped" in line for line in output.splitlines()), name
    written = records(out)
    assert {r["doc_id"] for r in written} == {"ok1", "ok2"}
    assert all(set(r) >= CONTRACT for r in written)


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    code, output = run("extract", str(tmp_path / "empty.txt"))
    assert code == 1 and "empty.txt" in output


def test_nothing_read_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n', encoding="utf-8")
    code, output = run("extract", str(tmp_path / "missing.txt"), "-o", str(keep))
    assert code == 1 and "[D107]" in output and "missing.txt" in output
    assert "wrote" not in output
    assert keep.read_text("utf-8") == '{"kept": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_ingesting_nothing_readable_says_so(tmp_path: Path) -> None:
    code, output = run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and "[D107]" in output and "missing.txt" in output


def test_bad_published_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("La Russie a attaqué l'Ukraine.")
    code, output = run("extract", str(tmp_path / "a.txt"), "--published", "juin 2023")
    assert code != 0 and "YYYY-MM" in output


def test_quotes(tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_text(
        "Le ministre turc des Affaires étrangères a déclaré : « nous ne laisserons pas faire la Syrie ».",
        encoding="utf-8",
    )
    out = tmp_path / "quotes.jsonl"
    code, _ = run("extract", str(tmp_path / "q.txt"), "--what", "quotes", "-o", str(out))
    (quote,) = records(out)
    assert code == 0 and quote["quote"] == "nous ne laisserons pas faire la Syrie"
    speaker = quote["speaker"]
    assert isinstance(speaker, dict) and speaker["country"] == "TUR"
    assert quote["cue"] == "a déclaré"


def test_example_article_records_follow_the_contract(tmp_path: Path) -> None:
    article = shared_path("examples/seed-fr.txt")
    out = tmp_path / "seed.jsonl"
    code, _ = run("extract", str(article), "--published", "2023-06", "-o", str(out))
    text = article.read_text("utf-8")
    written = records(out)
    assert code == 0 and written
    for record in written:
        assert set(record) >= CONTRACT
        evidence = record["evidence"]
        assert isinstance(evidence, dict)
        assert text[evidence["start"] : evidence["end"]].strip() == evidence["sentence"]
        date = record["date"]
        # The publication month is never an event's date unless the text says so; this one never does.
        assert date is None or not str(date["value"]).startswith("2023-06")


def test_dates_command_reads_expression_and_reference() -> None:
    result = CliRunner().invoke(
        app, ["dates", "--lang", "fr"], input="le mois dernier\t2023-06\nici\t2023-06-02\n"
    )
    assert result.exit_code == 0
    assert result.output.split("\n")[:2] == ["2023-05", ""]
