"""The corpus commands of `dragoman`: ingest, events, export, network, timeline (the store and analyses).

Every command that touches the store takes --db (default $DRAGOMAN_DB, else ./dragoman.duckdb).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from dragoman.errors import DragomanError
from dragoman.model import PartialDate

if TYPE_CHECKING:
    from dragoman.store.store import Filter

err = Console(stderr=True, highlight=False)
out = Console(width=None if sys.stdout.isatty() else 160, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file or postgresql:// URL (default: $DRAGOMAN_DB, else ./dragoman.duckdb)."
    ),
]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after YYYY[-MM[-DD]].")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before YYYY[-MM[-DD]].")]


class EventFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportFormat(StrEnum):
    plover = "plover"
    gdelt = "gdelt"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _date(value: str | None, option: str) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


@contextmanager
def _failing_cleanly() -> Iterator[None]:
    """A store or input error is one red line and exit code 2, not a traceback."""
    try:
        yield
    except DragomanError as exc:
        err.print(f"[red]error[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date for files without one.")] = None,
    language: Annotated[str | None, typer.Option(help="fr or en (default: detected per document).")] = None,
    kb: Annotated[list[Path], typer.Option(help="Extra knowledge-base YAML file (repeatable).")] = [],  # noqa: B006
    batch: Annotated[int, typer.Option(min=1, help="Documents per transaction.")] = 20,
) -> None:
    """Extract and store documents; the same content twice is stored once, and a killed run resumes."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from dragoman.ingest import read_inputs
    from dragoman.pipeline import Extractor
    from dragoman.store import open_store
    from dragoman.store.backend import default_db, redact

    with _failing_cleanly(), open_store(db) as store:
        extractor = Extractor(kb)
        items = read_inputs(paths, published=_date(published, "--published"), language=language)
        if err.is_terminal:
            with Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err,
            ) as bar:
                task = bar.add_task("ingest", total=None)
                result = store.ingest(
                    items,
                    extractor,
                    batch_size=batch,
                    on_document=lambda r: bar.update(task, completed=r.read),
                )
        else:
            # Logs and the kill test read these lines: each one is printed after its batch is committed.
            result = store.ingest(
                items,
                extractor,
                batch_size=batch,
                on_batch=lambda r: err.print(f"committed {r.added} new document(s), {r.events} event(s)"),
            )
        for problem in result.problems:
            err.print(f"[yellow]skipped[/yellow] {problem}", soft_wrap=True)
        counts = store.counts()
    err.print(
        f"{result.read} document(s) read: {result.added} added, {result.already} already stored, "
        f"{len(result.problems)} skipped; store {redact(db or default_db())} now holds "
        + ", ".join(f"{n} {t}" for t, n in counts.items())
    )
    if result.read and not result.added and not result.already:
        raise typer.Exit(1)


def _filter(actor: str | None, event_type: str | None, since: str | None, until: str | None) -> Filter:
    from dragoman.store.store import Filter
    from dragoman.taxonomy import check_type

    try:
        kind = check_type(event_type) if event_type else None
    except DragomanError as exc:
        raise typer.BadParameter(str(exc), param_hint="--type") from None
    return Filter(actor, kind, _date(since, "--since"), _date(until, "--until"))


def _write_rows(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
    import pyarrow as pa

    table = pa.Table.from_pylist(rows)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if output is None:
            raise typer.BadParameter("Parquet is binary: give -o FILE.parquet", param_hint="--format")
        pq.write_table(table, output)
        return
    import pyarrow.csv as pcsv

    if output is not None:
        pcsv.write_csv(table, output)
    else:
        sink = pa.BufferOutputStream()
        pcsv.write_csv(table, sink)
        sys.stdout.write(sink.getvalue().to_pybytes().decode("utf-8"))


def _write_jsonl(records: list[dict[str, Any]], output: Path | None) -> None:
    from dragoman.store.export import jsonl

    if output is None:
        sys.stdout.writelines(jsonl(records))
        return
    with output.open("w", encoding="utf-8") as sink:
        sink.writelines(jsonl(records))


def _records(db: str | None, where: Filter, *, reports: bool = False) -> list[dict[str, Any]]:
    """The stored stories (or reports) a command asks for, read from a store opened read-only."""
    from dragoman.store import open_store

    with _failing_cleanly(), open_store(db, read_only=True) as store:
        return store.records(where, reports=reports)


def events(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="ISO3 country, knowledge-base id or name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[EventFormat, typer.Option("--format", help="Output format.")] = EventFormat.table,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    reports: Annotated[
        bool, typer.Option(help="Each article's own events instead of merged events.")
    ] = False,
) -> None:
    """List stored events (one per real-world event, merged over its reports) matching the filters."""
    from dragoman.store.export import flat_rows
    from dragoman.store.report import print_stories

    records = _records(db, _filter(actor, event_type, since, until), reports=reports)
    if fmt is EventFormat.table:
        print_stories(records, out, f"{len(records)} event(s)")
    elif fmt is EventFormat.jsonl:
        _write_jsonl(records, output)
    else:
        _write_rows(flat_rows(records), fmt.value, output)


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Record shape.")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export every stored event: PLOVER JSON, a GDELT-like dyadic table, EVENTS.md JSONL, CSV or Parquet."""
    from dragoman.store.export import flat_rows, gdelt_rows, plover_records

    records = _records(db, _filter(None, None, since, until))
    if fmt is ExportFormat.plover:
        _write_jsonl(plover_records(records), output)
    elif fmt is ExportFormat.jsonl:
        _write_jsonl(records, output)
    elif fmt is ExportFormat.gdelt:
        _write_rows(
            gdelt_rows(records), "parquet" if output and output.suffix == ".parquet" else "csv", output
        )
    else:
        _write_rows(flat_rows(records), fmt.value, output)
    if output:
        err.print(f"wrote {len(records)} event(s) to {output}")


class NetworkFormat(StrEnum):
    summary = "summary"
    json = "json"
    png = "png"
    graphml = "graphml"


def network(
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[NetworkFormat, typer.Option("--format", help="What to write.")] = NetworkFormat.summary,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File (default: stdout for json, network.png/.graphml)."),
    ] = None,
) -> None:
    """The actor network of the stored events, its brokers and its isolated actors, explained."""
    import json

    from dragoman.analyse import analyse, plot_network, write_graphml
    from dragoman.analyse.report import print_brokers, print_isolation, print_network

    records = _records(db, _filter(None, None, since, until))
    result = analyse(records)
    if fmt is NetworkFormat.json:
        text = json.dumps(result.json(), ensure_ascii=False, indent=2)
        if output is None:
            print(text)
        else:
            output.write_text(text + "\n", encoding="utf-8")
    elif fmt is NetworkFormat.png:
        written = plot_network(result.graph, result.brokers, output or Path("network.png"))
        err.print(f"wrote {written}")
    elif fmt is NetworkFormat.graphml:
        target = output or Path("network.graphml")
        write_graphml(result.graph, target)
        err.print(f"wrote {target}")
    if fmt in (NetworkFormat.summary, NetworkFormat.png):
        print_network(out, result.graph, dict(result.actors.dropped), len(records))
        print_brokers(out, result.brokers)
        print_isolation(out, result.isolation)


def timeline(
    a: Annotated[str, typer.Argument(help="One side: ISO3 code (QAT), actor name or knowledge-base id.")],
    b: Annotated[str, typer.Argument(help="The other side.")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    png: Annotated[Path | None, typer.Option(help="Picture to write (default: timeline-A-B.png).")] = None,
) -> None:
    """Cooperation and conflict between two actors, month by month: a table and a picture."""
    from dragoman.analyse import plot_timeline
    from dragoman.analyse import timeline as dyad_timeline
    from dragoman.analyse.report import print_timeline

    records = _records(db, _filter(None, None, since, until))
    with _failing_cleanly():
        history = dyad_timeline(records, a, b)
    print_timeline(out, history)
    written = plot_timeline(history, a, b, png or Path(f"timeline-{a}-{b}.png"))
    err.print(f"wrote {written}")


def register(app: typer.Typer) -> None:
    for command in (ingest, events, export, network, timeline):
        app.command()(command)
