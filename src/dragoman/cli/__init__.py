"""The `dragoman` command: parses arguments and calls the stages; no extraction logic lives here.

Every command is registered through `guarded`, the one place where an error becomes a message and an
exit status (the API maps the same errors to HTTP statuses through `dragoman.errors`).
"""

from __future__ import annotations

from typing import Annotated

import typer

from dragoman.cli.analysis import network, timeline
from dragoman.cli.common import guarded, out
from dragoman.cli.corpus import events, export, ingest, reextract
from dragoman.cli.extract import dates, evaluate, extract

# The first paragraph is reflowed to the terminal; the others are printed line by line as written here,
# so their lines fit 80 columns.
HELP = """dragoman reads news about international politics, in French and English, and writes its events in
PLOVER: who did what to whom, when, where, and who says so, each with the sentence that proves it.

Examples:
  dragoman extract article.txt --table     one article's events, as a table
  dragoman extract news/ -o events.jsonl   a folder's events, as JSON Lines
  dragoman ingest news/                    store them in ./dragoman.duckdb
  dragoman reextract --kb mine.yaml        read the stored ones again with a new KB
  dragoman events --actor Qatar            the stored events of an actor
  dragoman network                         who deals with whom; brokers
  dragoman timeline Qatar AFG --png t.png  a pair of actors, month by month

Each command explains itself: dragoman extract -h.
An error ends with its code, such as [D106]: docs/errors.md says what to do.
"""

app = typer.Typer(
    name="dragoman",
    add_completion=False,
    no_args_is_help=True,
    help=HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from dragoman import __version__

        out.print(f"dragoman {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """dragoman: French and English news in, dated and sourced PLOVER events out."""


for name, command in (
    ("extract", extract),
    ("dates", dates),
    ("eval", evaluate),
    ("ingest", ingest),
    ("reextract", reextract),
    ("events", events),
    ("export", export),
    ("network", network),
    ("timeline", timeline),
):
    app.command(name)(guarded(command))


def main() -> None:
    # The same name in the usage lines whether run as `dragoman` or `python -m dragoman`.
    app(prog_name="dragoman")
