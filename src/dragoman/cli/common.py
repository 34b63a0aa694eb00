"""What every command shares: the consoles, the options that recur, date parsing, and the one place where
an error becomes a message and an exit status (`guarded`)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console

from dragoman.errors import DragomanError
from dragoman.formats.tables import WIDTH
from dragoman.ingest.meta import IdFrom
from dragoman.model import PartialDate

err = Console(stderr=True, highlight=False)
out = Console(width=WIDTH, highlight=False)

P = ParamSpec("P")
R = TypeVar("R")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file or postgresql:// URL (default: $DRAGOMAN_DB, else ./dragoman.duckdb)."
    ),
]
ActorOption = Annotated[
    str | None,
    typer.Option(
        help="Only events of this actor: an ISO3 code (QAT) or country name (Qatar) for every actor of the "
        "country, else a knowledge-base id or an actor's name."
    ),
]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after YYYY[-MM[-DD]].")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before YYYY[-MM[-DD]].")]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")]
LanguageOption = Annotated[str | None, typer.Option(help="fr or en (default: detected per document).")]
KbOption = Annotated[list[Path], typer.Option(help="Extra knowledge-base YAML file (repeatable).")]


IdFromOption = Annotated[
    IdFrom,
    typer.Option(
        help="doc_id of a file without one in its sidecar: its name without suffix (stem), its path under "
        "the folder given (path), or a hash of its text (hash). With stem, a name two files share goes "
        "to the first and the second takes its path.",
    ),
]


def date_option(value: str | None, option: str) -> PartialDate | None:
    """A YYYY[-MM[-DD]] option value, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def actor_option(value: str) -> str:
    """An actor as the user typed it, a country's name as its ISO3 code: `--actor Qatar` is `--actor QAT`."""
    from dragoman.resolve.kb import country_code

    return country_code(value) or value


def language_option(value: str | None) -> str | None:
    """The --language value in lower case, or an error naming the option if dragoman does not read it
    (said once, rather than once per document)."""
    from dragoman.language.registry import check_supported

    return check_supported(value) if value else None


def nothing_read(skipped: int, kept: str | Path | None) -> str:
    """The message of a run that read no document: how many were skipped, and what was left as it was."""
    what = f"nothing read ({skipped} skipped, see above)" if skipped else "nothing read (no document found)"
    return f"{what}; {kept} left as it was" if kept else what


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command so that a DragomanError is one red line and its exit status, never a traceback,
    and Ctrl-C says it was interrupted (exit 130)."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DragomanError as exc:
            err.print(f"[red]error[/red] {exc} [{exc.code}]", soft_wrap=True)
            raise typer.Exit(exc.exit_status) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            sys.exit(130)

    return run
