"""The `dragoman` command: parses arguments and calls the stages; no extraction logic lives here.

Every command is registered through `guarded`, the one place where an error becomes a message and an
exit status (the API maps the same errors to HTTP statuses through `dragoman.errors`).
"""

from __future__ import annotations

from typing import Annotated

import typer

from dragoman.cli.analysis import network, timeline
from dragoman.cli.common import guarded, out
from dragoman.cli.corpus import events, export, ingest
from dragoman.cli.extract import dates, evaluate, extract

HELP = """dragoman reads news about international politics, in French and English, and writes PLOVER events
(who did what to whom, when, where, and who says so) with the sentence that proves each one.

Start with:  dragoman extract article.txt --table
Then a corpus:  dragoman ingest folder/ --db events.duckdb ; dragoman network --db events.duckdb
"""

app = typer.Typer(
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
    ("events", events),
    ("export", export),
    ("network", network),
    ("timeline", timeline),
):
    app.command(name)(guarded(command))


def main() -> None:
    # The same name in the usage lines whether run as `dragoman` or `python -m dragoman`.
    app(prog_name="dragoman")
