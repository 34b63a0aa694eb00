"""The `dragoman` command: parses arguments and calls the stages; no extraction logic lives here."""

from __future__ import annotations

import contextlib
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dragoman.cli_corpus import register as register_corpus_commands
from dragoman.errors import DragomanError
from dragoman.model import PartialDate

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True, highlight=False)


class What(StrEnum):
    events = "events"
    quotes = "quotes"


def _published(value: str | None) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSONL file to write (default: stdout).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="fr or en (default: detected per document).")] = None,
    what: Annotated[What, typer.Option(help="Records to write.")] = What.events,
    kb: Annotated[list[Path], typer.Option(help="Extra knowledge-base YAML file (repeatable).")] = [],  # noqa: B006
    table: Annotated[bool, typer.Option(help="Also print a readable table.")] = False,
    verbose: Annotated[bool, typer.Option(help="Say how each document was read (dates, encodings).")] = False,
) -> None:
    """Read articles and write their PLOVER events (or quotes) as JSON Lines (EVENTS.md contract)."""
    from dragoman.pipeline import Extractor, Problem
    from dragoman.report import print_events, print_quotes

    try:
        extractor = Extractor(kb)
    except DragomanError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    # A corpus of thousands of articles would drown the problems in notes: there, notes need --verbose.
    say_notes = verbose or not any(p.suffix == ".jsonl" for p in paths)
    done = problems = 0
    shown = []
    opened = output.open("w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout)
    with opened as sink:
        for result in extractor.paths(paths, published=_published(published), language=language):
            if isinstance(result, Problem):
                problems += 1
                err.print(f"[yellow]skipped[/yellow] {result}", soft_wrap=True)
                continue
            done += 1
            for note in result.document.notes if say_notes else ():
                err.print(
                    f"[dim]{result.document.source or result.document.doc_id}: {note}[/dim]", soft_wrap=True
                )
            records = result.events if what is What.events else result.quotes
            for record in records:
                sink.write(json.dumps(record.record(), ensure_ascii=False) + "\n")
            if table:
                shown.append(result)
    for result in shown:
        (print_events if what is What.events else print_quotes)(result)
    err.print(f"{done} document(s) read, {problems} skipped" + (f"; wrote {output}" if output else ""))
    if done == 0:
        raise typer.Exit(1)


@app.command()
def dates(
    lang: Annotated[str, typer.Option("--lang", help="Language of the expressions: fr or en.")] = "fr",
) -> None:
    """Normalise date expressions: reads `expression<TAB>reference-date` lines, prints one value per line."""
    from dragoman.extract.dates import resolve_expression

    for n, line in enumerate(sys.stdin, 1):
        expr, _, ref = line.rstrip("\n").partition("\t")
        try:
            reference = PartialDate.parse(ref[:10]) if ref.strip() else None
        except ValueError as exc:
            err.print(f"line {n}: {exc}")
            reference = None
        value = resolve_expression(expr, reference, lang)
        print(value.value if value else "")


def _jsonl(path: Path) -> list[dict[str, object]]:
    records = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err.print(f"{path}:{n}: not JSON ({exc.msg}): fix or remove the line")
                raise typer.Exit(2) from None
    return records


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSONL, the referee's format).")],
    pred: Annotated[Path, typer.Argument(help="Predicted events (JSONL, EVENTS.md records).")],
    meta: Annotated[list[Path], typer.Option(help="Sidecar .meta.json with doc_id and published.")] = [],  # noqa: B006
    show: Annotated[bool, typer.Option(help="List missed gold events and unmatched predictions.")] = False,
) -> None:
    """Score predicted events against gold: precision, recall, F1, per type, attributes, confusions."""
    from dragoman.evaluate.report import print_score
    from dragoman.evaluate.score import score

    published = {}
    for path in meta:
        sidecar = json.loads(path.read_text("utf-8"))
        published[str(sidecar["doc_id"])] = str(sidecar.get("published"))
    print_score(score(_jsonl(gold), _jsonl(pred), published), show=show)


register_corpus_commands(app)


def main() -> None:
    app()
