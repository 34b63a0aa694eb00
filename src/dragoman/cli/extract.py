"""The commands that read articles or files and need no store: extract, dates, eval."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from dragoman.cli.common import (
    IdFromOption,
    KbOption,
    LanguageOption,
    date_option,
    err,
    language_option,
    nothing_read,
    out,
)
from dragoman.errors import (
    InputError,
    MalformedInputError,
    MissingFileError,
    NothingReadError,
)
from dragoman.ingest.meta import IdFrom
from dragoman.model import Extraction, PartialDate, Problem


class Candidates(StrEnum):
    rules = "rules"
    classifier = "classifier"
    both = "both"


class What(StrEnum):
    events = "events"
    quotes = "quotes"


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSONL file to write (default: stdout).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    language: LanguageOption = None,
    what: Annotated[What, typer.Option(help="Records to write.")] = What.events,
    kb: KbOption = [],  # noqa: B006
    id_from: IdFromOption = IdFrom.STEM,
    table: Annotated[bool, typer.Option(help="Also print a readable table.")] = False,
    verbose: Annotated[bool, typer.Option(help="Say how each document was read (dates, encodings).")] = False,
    candidates: Annotated[
        Candidates,
        typer.Option(help="Events from the lexicon's rules, the classifier alone, or both (the default)."),
    ] = Candidates.both,
    threshold: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Keep a candidate when P(no event) is below this (default 0.5)."),
    ] = None,
) -> None:
    """Read articles and write their PLOVER events (or quotes) as JSON Lines (EVENTS.md contract)."""
    from dragoman import formats
    from dragoman.extract.candidates import THRESHOLD, Typing
    from dragoman.formats.tables import print_events, print_quotes
    from dragoman.pipeline import Extractor

    # Bad options are refused before the models are loaded.
    when, lang = date_option(published, "--published"), language_option(language)
    extractor = Extractor(kb, typing=Typing(candidates.value, THRESHOLD if threshold is None else threshold))
    # A corpus of thousands of articles would drown the problems in notes: there, notes need --verbose.
    say_notes = verbose or not any(p.suffix == ".jsonl" for p in paths)
    done = problems = 0
    shown: list[Extraction] = []
    with formats.sink(output, suffix=".jsonl") as sink:
        for result in extractor.paths(paths, published=when, language=lang, id_from=id_from):
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
                sink.write((json.dumps(record.record(), ensure_ascii=False) + "\n").encode("utf-8"))
            if table:
                shown.append(result)
        if done == 0:
            # Raised inside the sink: an existing output file is left as it was.
            raise NothingReadError(nothing_read(problems, output))
    for result in shown:
        (print_events if what is What.events else print_quotes)(out, result)
    err.print(f"{done} document(s) read, {problems} skipped" + (f"; wrote {output}" if output else ""))


def dates(
    lang: Annotated[str, typer.Option("--lang", help="Language of the expressions: fr or en.")] = "fr",
) -> None:
    """Normalise date expressions: reads `expression<TAB>reference-date` lines, prints one value per line."""
    from dragoman.extract.dates import resolve_expression
    from dragoman.language.registry import check_supported

    check_supported(lang, "--lang")
    for n, line in enumerate(sys.stdin, 1):
        expr, _, ref = line.rstrip("\n").partition("\t")
        try:
            reference = PartialDate.parse(ref[:10]) if ref.strip() else None
        except ValueError as exc:
            err.print(f"line {n}: {exc}")
            reference = None
        value = resolve_expression(expr, reference, lang)
        print(value.value if value else "")


def _jsonl(path: Path, what: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, or an error naming the file and line."""
    from dragoman.ingest.corpus import json_error

    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise MissingFileError(f"no such {what} file: check the path", where=str(path)) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what} file", where=str(path)) from None
    except UnicodeDecodeError:
        raise MalformedInputError(
            f"not a UTF-8 text file: give the {what} as JSON Lines", where=str(path)
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read the {what} file ({exc.strerror or exc})", where=str(path)) from None
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedInputError(
                f"not JSON ({json_error(exc)}): fix or remove the line", where=f"{path}:{n}"
            ) from None
        if not isinstance(record, dict):
            raise MalformedInputError("not a JSON object", where=f"{path}:{n}")
        records.append(record)
    return records


def _published(meta: list[Path]) -> dict[str, str]:
    published = {}
    for path in meta:
        try:
            sidecar = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise MissingFileError("no such --meta file: check the path", where=str(path)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MalformedInputError(
                f"--meta is not a readable JSON sidecar ({exc})", where=str(path)
            ) from None
        if not isinstance(sidecar, dict) or "doc_id" not in sidecar:
            raise MalformedInputError(
                '--meta needs a JSON object with "doc_id" and "published"', where=str(path)
            )
        published[str(sidecar["doc_id"])] = str(sidecar.get("published"))
    return published


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSONL, the referee's format).")],
    pred: Annotated[Path, typer.Argument(help="Predicted events (JSONL, EVENTS.md records).")],
    meta: Annotated[list[Path], typer.Option(help="Sidecar .meta.json with doc_id and published.")] = [],  # noqa: B006
    show: Annotated[bool, typer.Option(help="List missed gold events and unmatched predictions.")] = False,
) -> None:
    """Score predicted events against gold: precision, recall, F1, per type, attributes, confusions."""
    from dragoman.evaluate.score import check_gold, check_predictions, score
    from dragoman.formats.tables import print_score

    gold_records = _jsonl(gold, "gold")
    problem = check_gold(gold_records)
    if problem:
        raise MalformedInputError(
            f"not a gold file: {problem} (are these the predictions? gold comes first)", where=str(gold)
        )
    predicted = _jsonl(pred, "prediction")
    problem = check_predictions(predicted)
    if problem:
        raise MalformedInputError(
            f"not a prediction file: {problem} (is it gold? predictions come second, as written by "
            "dragoman extract)",
            where=str(pred),
        )
    print_score(out, score(gold_records, predicted, _published(meta)), show=show)
