"""The analysis commands over the stored stories: the network with its brokers, and a dyad's timeline."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dragoman.cli.common import DbOption, SinceOption, UntilOption, actor_option, err, out
from dragoman.cli.corpus import query, stored_stories


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
    from dragoman import formats
    from dragoman.analyse import analyse
    from dragoman.formats.graph import network_json
    from dragoman.formats.png import network_figure
    from dragoman.formats.tables import print_brokers, print_isolation, print_network

    stories = stored_stories(db, query(None, None, since, until))
    result = analyse(stories)
    if fmt is NetworkFormat.json:
        formats.save("json", network_json(result.graph, result.brokers, result.isolation), output)
    elif fmt is NetworkFormat.png:
        written = formats.save(
            "png", network_figure(result.graph, result.brokers), output or Path("network.png")
        )
        err.print(f"wrote {written}")
    elif fmt is NetworkFormat.graphml:
        written = formats.save("graphml", result.graph, output or Path("network.graphml"))
        err.print(f"wrote {written}")
    if fmt in (NetworkFormat.summary, NetworkFormat.png):
        print_network(out, result.graph, dict(result.actors.dropped), len(stories))
        print_brokers(out, result.brokers)
        print_isolation(out, result.isolation)


def timeline(
    a: Annotated[
        str, typer.Argument(help="One side: ISO3 code (QAT) or country name (Qatar), actor name or id.")
    ],
    b: Annotated[str, typer.Argument(help="The other side.")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    png: Annotated[Path | None, typer.Option(help="Also draw the timeline in this PNG file.")] = None,
) -> None:
    """Cooperation and conflict between two actors, month by month: a table, and a picture with --png."""
    from dragoman import formats
    from dragoman.analyse import timeline as dyad_timeline
    from dragoman.formats.png import timeline_figure
    from dragoman.formats.tables import print_timeline

    a, b = actor_option(a), actor_option(b)
    history = dyad_timeline(stored_stories(db, query(None, None, since, until)), a, b)
    print_timeline(out, history)
    if png:
        written = formats.save("png", timeline_figure(history, a, b), png)
        err.print(f"wrote {written}")
