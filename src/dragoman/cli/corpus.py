"""The corpus commands: ingest into the store, and read it back (events, export).

Every command that touches the store takes --db (default $DRAGOMAN_DB, else ./dragoman.duckdb).
"""

from __future__ import annotations

from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dragoman.cli.common import (
    ActorOption,
    DbOption,
    IdFromOption,
    KbOption,
    LanguageOption,
    OutputOption,
    SinceOption,
    UntilOption,
    actor_option,
    date_option,
    err,
    language_option,
    nothing_read,
    out,
)
from dragoman.errors import DragomanError, NothingReadError
from dragoman.ingest.meta import IdFrom

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from dragoman.model import Event, Story
    from dragoman.pipeline import Extractor
    from dragoman.store import Filter, Store


BatchOption = Annotated[int, typer.Option(min=1, help="Documents per transaction.")]
NoWaitOption = Annotated[
    bool, typer.Option("--no-wait", help="Refuse, rather than wait, when another process writes the store.")
]


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


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date for files without one.")] = None,
    language: LanguageOption = None,
    kb: KbOption = [],  # noqa: B006
    id_from: IdFromOption = IdFrom.STEM,
    batch: BatchOption = 20,
    no_wait: NoWaitOption = False,
    again: Annotated[
        bool,
        typer.Option(
            "--reextract", help="Then read again the stored documents another version or --kb read."
        ),
    ] = False,
) -> None:
    """Extract and store documents; the same content twice is stored once, and a killed run resumes."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from dragoman.pipeline import Extractor, IngestResult, read
    from dragoman.pipeline import ingest as run_ingest
    from dragoman.store import open_store
    from dragoman.store.backend import default_db, redact

    # Bad options are refused before the store is opened (or created) and the models are loaded.
    when, lang = date_option(published, "--published"), language_option(language)
    with open_store(db, on_wait=lambda why: err.print(why, soft_wrap=True), wait=not no_wait) as store:
        extractor = Extractor(kb)
        items = read(paths, published=when, language=lang, id_from=id_from)
        stored = IngestResult()  # what the committed batches hold, for an interruption

        def committed(r: IngestResult) -> None:
            stored.added, stored.events = r.added, r.events
            if not err.is_terminal:
                # Logs and the kill test read these lines: each one is printed after its batch is committed.
                err.print(f"committed {r.added} new document(s), {r.events} event(s)")

        try:
            if err.is_terminal:
                with Progress(
                    SpinnerColumn(),
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    console=err,
                ) as bar:
                    task = bar.add_task("ingest", total=None)
                    result = run_ingest(
                        store,
                        items,
                        extractor,
                        batch_size=batch,
                        on_batch=committed,
                        on_document=lambda r: bar.update(task, completed=r.read),
                    )
            else:
                result = run_ingest(store, items, extractor, batch_size=batch, on_batch=committed)
        except KeyboardInterrupt:
            err.print(
                f"interrupted after {stored.added} new document(s) stored; run the same command again to "
                "resume"
            )
            raise typer.Exit(130) from None
        for problem in result.problems:
            err.print(f"[yellow]skipped[/yellow] {problem}", soft_wrap=True)
        if again and result.outdated:
            _reextract(store, extractor, batch, redact(db or default_db()))
        elif result.outdated:
            err.print(
                f"{result.outdated} stored document(s) were read by another version of dragoman or another "
                f"knowledge base: `dragoman reextract --db {redact(db or default_db())}` (with this --kb) "
                "reads them again",
                soft_wrap=True,
            )
        counts = store.counts()
    err.print(
        f"{result.read} document(s) read: {result.added} added, {result.already} already stored, "
        f"{len(result.problems)} skipped; store {redact(db or default_db())} now holds "
        + ", ".join(f"{n} {t}" for t, n in counts.items())
    )
    if not result.added and not result.already:
        raise NothingReadError(nothing_read(len(result.problems), f"store {redact(db or default_db())}"))


def reextract(
    db: DbOption = None,
    kb: KbOption = [],  # noqa: B006
    batch: BatchOption = 20,
    no_wait: NoWaitOption = False,
) -> None:
    """Read again the stored documents another version of dragoman or another knowledge base (--kb) read,
    in batches: a killed run resumes, and a document that cannot be read keeps its old events."""
    from dragoman.pipeline import Extractor
    from dragoman.store import open_store
    from dragoman.store.backend import default_db, redact

    with open_store(db, on_wait=lambda why: err.print(why, soft_wrap=True), wait=not no_wait) as store:
        _reextract(store, Extractor(kb), batch, redact(db or default_db()))


def _reextract(store: Store, extractor: Extractor, batch: int, where: str) -> None:
    from dragoman.pipeline import reextract as run_reextract

    try:
        result = run_reextract(
            store,
            extractor,
            batch_size=batch,
            on_batch=lambda r: err.print(f"read again {r.added} document(s), {r.events} event(s)"),
        )
    except KeyboardInterrupt:
        err.print("interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    for problem in result.problems:
        err.print(f"[yellow]kept as it was[/yellow] {problem}", soft_wrap=True)
    err.print(
        f"{result.added} stored document(s) read again ({result.events} event(s)), "
        f"{len(result.problems)} kept as they were; store {where} is up to date"
        + (f" but for those {len(result.problems)}" if result.problems else "")
    )


def query(actor: str | None, event_type: str | None, since: str | None, until: str | None) -> Filter:
    """The store filter of a command's options; a bad value is a usage error naming its option."""
    from dragoman.store import Filter
    from dragoman.taxonomy import check_type

    try:
        kind = check_type(event_type) if event_type else None
    except DragomanError as exc:
        raise typer.BadParameter(exc.message, param_hint="--type") from None
    who = actor_option(actor) if actor else None
    return Filter(who, kind, date_option(since, "--since"), date_option(until, "--until"))


@contextmanager
def reading(db: str | None) -> Iterator[Store]:
    """The store opened read-only; a store whose stories lag behind its events (an ingest stopped, or
    still running, between its batches and the story merge) is said so, never shown silently short."""
    from dragoman.store import open_store
    from dragoman.store.backend import default_db, redact

    with open_store(db, read_only=True) as store:
        if store.stories_stale():
            behind = store.unmerged_reports()
            err.print(
                f"[yellow]warning[/yellow] store {redact(db or default_db())}: {behind} stored event(s) are "
                "not merged into the events shown yet, as an ingest stopped (or is still running) before "
                "merging them; run the same `dragoman ingest` again to finish (it resumes), or read each "
                "article's own events with `dragoman events --reports`",
                soft_wrap=True,
            )
        yield store


def stored_stories(db: str | None, where: Filter) -> list[Story]:
    """The stored stories a command asks for, read from a store opened read-only."""
    with reading(db) as store:
        return store.stories(where)


def events(
    db: DbOption = None,
    actor: ActorOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[EventFormat, typer.Option("--format", help="Output format.")] = EventFormat.table,
    output: OutputOption = None,
    reports: Annotated[
        bool, typer.Option(help="Each article's own events instead of merged events.")
    ] = False,
) -> None:
    """List stored events (one per real-world event, merged over its reports) matching the filters."""
    from dragoman import formats
    from dragoman.formats.tables import print_stories
    from dragoman.model import Story
    from dragoman.store import open_store

    where = query(actor, event_type, since, until)
    if reports:
        with open_store(db, read_only=True) as store:
            found: Sequence[Event | Story] = store.events(where)
    else:
        with reading(db) as store:
            found = store.stories(where)
    if fmt is EventFormat.table:
        stories = [s if isinstance(s, Story) else Story.single(s) for s in found]
        print_stories(out, stories, f"{len(stories)} event(s)")
    elif fmt is EventFormat.jsonl:
        formats.save("jsonl", [s.record() for s in found], output)
    else:
        formats.save(fmt.value, [s.row() for s in found], output)


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Record shape.")] = ExportFormat.jsonl,
    output: OutputOption = None,
    db: DbOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export the stored events: PLOVER JSON, a GDELT-like dyadic table, EVENTS.md JSONL, CSV or Parquet."""
    from dragoman import formats
    from dragoman.formats.shapes import gdelt_rows, plover_records

    stories = stored_stories(db, query(actor, None, since, until))
    if fmt is ExportFormat.plover:
        formats.save("jsonl", plover_records(stories), output)
    elif fmt is ExportFormat.jsonl:
        formats.save("jsonl", [s.record() for s in stories], output)
    elif fmt is ExportFormat.gdelt:
        formats.save(
            "parquet" if output and output.suffix == ".parquet" else "csv", gdelt_rows(stories), output
        )
    else:
        formats.save(fmt.value, [s.row() for s in stories], output)
    if output:
        err.print(f"wrote {len(stories)} event(s) to {output}")
