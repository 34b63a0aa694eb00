"""Printing a Score as tables a person reads."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dragoman.evaluate.score import Score

console = Console(highlight=False)


def print_score(result: Score, show: bool = False) -> None:
    console.print(
        f"docs {result.docs}  gold required {result.gold_required}  predicted {result.predicted}  "
        f"matched required {result.matched_required}"
    )
    console.print(
        f"[bold]precision {result.precision:.3f}  recall {result.recall:.3f}  f1 {result.f1:.3f}[/bold]"
    )
    attrs = "  ".join(f"{k} {a}/{b}" for k, (a, b) in result.attributes.items())
    console.print(f"attributes (on matched events that state them): {attrs}")
    console.print(f"events dated with the publication date: {result.dated_with_publication}")
    table = Table(title="per type")
    for column in ("type", "gold required", "found", "predicted", "right"):
        table.add_column(column, justify="right" if column != "type" else "left")
    for name, counts in sorted(result.per_type.items()):
        table.add_row(name, *(str(counts[k]) for k in ("gold", "found", "predicted", "right")))
    console.print(table)
    if result.confusion:
        confusion = Table(title="missed gold type -> predicted type (same participants)")
        confusion.add_column("gold")
        confusion.add_column("predicted")
        confusion.add_column("count", justify="right")
        for (gold_type, pred_type), n in result.confusion.most_common():
            confusion.add_row(gold_type, pred_type, str(n))
        console.print(confusion)
    if show:
        for g in result.missed:
            console.print(f"MISSED  {g['doc']} {g['id']} {g['types']} {g.get('note', '')}")
        for p in result.extra:
            sentence = str((p.get("evidence") or {}).get("sentence") or "")[:100]
            console.print(f"EXTRA   {p.get('doc_id')} {p.get('event_type')} {sentence}")
