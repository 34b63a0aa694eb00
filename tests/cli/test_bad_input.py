"""Every subcommand given bad input: a message naming the bad thing and a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.cli import app

pytestmark = pytest.mark.slow

ARTICLE = "ROME, 3 mars 2021 (AFP) - Le Chili a signé mardi un accord avec le Pérou."
GOLD = '{"doc": "a", "id": "a:E1", "required": true, "types": ["AGREE"], "actor": null, "recipient": null}\n'
PREDICTION = '{"doc_id": "a", "event_id": "a:0:0", "event_type": "AGREE", "actors": [], "recipients": []}\n'


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a small store, good and bad files, and a plain file to put folders under."""
    root = tmp_path_factory.mktemp("bad")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "gold.jsonl").write_text(GOLD, encoding="utf-8")
    (root / "pred.jsonl").write_text(PREDICTION, encoding="utf-8")
    (root / "broken.jsonl").write_text('{"doc": "a", \n', encoding="utf-8")
    (root / "cut.jsonl").write_text('{"doc": "a\n', encoding="utf-8")
    (root / "binary.jsonl").write_bytes(bytes(range(256)) * 8)
    (root / "meta.json").write_text("{not json", encoding="utf-8")
    (root / "file.txt").write_text("a file, not a folder", encoding="utf-8")
    (root / "notes.duckdb").write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(root / "a.txt"), "--db", str(root / "s.duckdb")])
    assert result.exit_code == 0, result.output
    return root


# (arguments, with {d} for the folder above; the words the message must name)
CASES: list[tuple[str, list[str], list[str]]] = [
    ("extract: missing file", ["extract", "{d}/missing.txt"], ["missing.txt"]),
    ("extract: bad date", ["extract", "{d}/a.txt", "--published", "2021-13"], ["--published"]),
    (
        "extract: unsupported language",
        ["extract", "{d}/a.txt", "--language", "de"],
        ["--language 'de'", "en, fr", "D110"],
    ),
    ("extract: bad JSON corpus", ["extract", "{d}/broken.jsonl"], ["broken.jsonl:1", "not JSON"]),
    ("extract: output is a folder", ["extract", "{d}/a.txt", "-o", "{d}"], ["is a folder", "D600"]),
    (
        "extract: output under a file",
        ["extract", "{d}/a.txt", "-o", "{d}/file.txt/x.jsonl"],
        ["file.txt", "not a folder", "D600"],
    ),
    (
        "extract: output in a missing folder",
        ["extract", "{d}/a.txt", "-o", "{d}/missing/dir/f.jsonl"],
        ["missing/dir", "does not exist", "D600"],
    ),
    ("extract: missing knowledge base", ["extract", "{d}/a.txt", "--kb", "{d}/kb.yaml"], ["kb.yaml"]),
    ("dates: unsupported language", ["dates", "--lang", "de"], ["--lang 'de'", "en, fr", "D110"]),
    ("eval: missing gold", ["eval", "{d}/none.jsonl", "{d}/pred.jsonl"], ["none.jsonl", "D106"]),
    ("eval: missing prediction", ["eval", "{d}/gold.jsonl", "{d}/none.jsonl"], ["none.jsonl", "D106"]),
    ("eval: binary gold", ["eval", "{d}/binary.jsonl", "{d}/pred.jsonl"], ["binary.jsonl", "UTF-8"]),
    ("eval: binary prediction", ["eval", "{d}/gold.jsonl", "{d}/binary.jsonl"], ["binary.jsonl", "UTF-8"]),
    ("eval: bad JSON", ["eval", "{d}/broken.jsonl", "{d}/pred.jsonl"], ["broken.jsonl:1", "at column 14"]),
    ("eval: cut JSON", ["eval", "{d}/gold.jsonl", "{d}/cut.jsonl"], ["cut.jsonl:1", "starting at column 9"]),
    (
        "eval: files swapped",
        ["eval", "{d}/pred.jsonl", "{d}/gold.jsonl"],
        ["pred.jsonl", "not a gold file", "D104"],
    ),
    (
        "eval: gold as predictions",
        ["eval", "{d}/gold.jsonl", "{d}/gold.jsonl"],
        ["gold.jsonl", "not a prediction file", "D104"],
    ),
    (
        "eval: unreadable meta",
        ["eval", "{d}/gold.jsonl", "{d}/pred.jsonl", "--meta", "{d}/meta.json"],
        ["meta.json"],
    ),
    (
        "eval: missing meta",
        ["eval", "{d}/gold.jsonl", "{d}/pred.jsonl", "--meta", "{d}/no.json"],
        ["no.json"],
    ),
    ("ingest: missing file", ["ingest", "{d}/missing.txt", "--db", "{d}/t.duckdb"], ["missing.txt"]),
    (
        "ingest: unsupported language",
        ["ingest", "{d}/a.txt", "--db", "{d}/t.duckdb", "--language", "de"],
        ["--language 'de'", "D110"],
    ),
    ("ingest: bad batch", ["ingest", "{d}/a.txt", "--db", "{d}/t.duckdb", "--batch", "0"], ["--batch"]),
    ("ingest: not a store", ["ingest", "{d}/a.txt", "--db", "{d}/notes.duckdb"], ["notes.duckdb"]),
    ("events: no store", ["events", "--db", "{d}/none.duckdb"], ["none.duckdb"]),
    ("events: bad type", ["events", "--db", "{d}/s.duckdb", "--type", "HUG"], ["--type", "HUG"]),
    ("events: bad date", ["events", "--db", "{d}/s.duckdb", "--since", "May"], ["--since"]),
    ("events: Parquet to a terminal", ["events", "--db", "{d}/s.duckdb", "--format", "parquet"], ["-o"]),
    ("events: bad format", ["events", "--db", "{d}/s.duckdb", "--format", "xml"], ["--format"]),
    (
        "events: output in a missing folder",
        ["events", "--db", "{d}/s.duckdb", "--format", "csv", "-o", "{d}/missing/e.csv"],
        ["missing", "does not exist", "D600"],
    ),
    ("export: output is a folder", ["export", "--db", "{d}/s.duckdb", "-o", "{d}"], ["is a folder", "D600"]),
    (
        "export: output in a missing folder",
        ["export", "--db", "{d}/s.duckdb", "-o", "{d}/missing/dir/e.jsonl"],
        ["missing/dir", "does not exist", "D600"],
    ),
    (
        "export: output under a file",
        ["export", "--db", "{d}/s.duckdb", "-o", "{d}/file.txt/e.csv"],
        ["file.txt"],
    ),
    ("network: no store", ["network", "--db", "{d}/none.duckdb"], ["none.duckdb"]),
    (
        "network: output is a folder",
        ["network", "--db", "{d}/s.duckdb", "--format", "png", "-o", "{d}"],
        ["is a folder", "D600"],
    ),
    (
        "network: output in a missing folder",
        ["network", "--db", "{d}/s.duckdb", "--format", "graphml", "-o", "{d}/missing/n.graphml"],
        ["missing", "does not exist", "D600"],
    ),
    ("timeline: unknown actor", ["timeline", "CHL", "Narnia", "--db", "{d}/s.duckdb"], ["Narnia"]),
    (
        "timeline: picture in a missing folder",
        ["timeline", "CHL", "PER", "--db", "{d}/s.duckdb", "--png", "{d}/missing/t.png"],
        ["missing", "does not exist", "D600"],
    ),
    ("timeline: not a store", ["timeline", "CHL", "PER", "--db", "{d}/notes.duckdb"], ["notes.duckdb"]),
    ("reextract: not a store", ["reextract", "--db", "{d}/notes.duckdb"], ["notes.duckdb", "damaged"]),
    (
        "reextract: missing knowledge base",
        ["reextract", "--db", "{d}/s.duckdb", "--kb", "{d}/kb.yaml"],
        ["kb.yaml"],
    ),
    ("reextract: bad batch", ["reextract", "--db", "{d}/s.duckdb", "--batch", "0"], ["--batch"]),
]


@pytest.mark.parametrize(("case", "args", "named"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_clear_message(case: str, args: list[str], named: list[str], place: Path) -> None:
    result = CliRunner().invoke(app, [a.format(d=place) for a in args])
    assert result.exit_code != 0, f"{case}: exit 0\n{result.output}"
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crashed, f"{case}: {result.exception!r}"
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if all(word in line for word in named)]
    assert lines, f"{case}: no line names {named}:\n{result.output}"
    assert "give --language" not in result.output or "--language" not in args, "a hint to give what was given"


def test_every_command_is_in_the_table() -> None:
    commands = {info.name for info in app.registered_commands}
    assert commands == {case.split(":")[0] for case, _, _ in CASES}
