"""Terminal tables of stored stories (rich): one row per real-world event with its reports counted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table


def _who(entities: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(f"{e.get('name')} ({e.get('country') or '?'})" for e in entities) or "—"


def print_stories(records: Sequence[Mapping[str, Any]], console: Console, title: str) -> None:
    table = Table(title=title, show_lines=True, expand=True)
    for column in ("type", "actors", "recipients", "date", "place", "reports", "evidence"):
        table.add_column(column, overflow="fold")
    for r in records:
        kind = str(r.get("event_type")) + (f"\n{r['mode']}" if r.get("mode") else "")
        date = (r.get("date") or {}).get("value") or "—"
        if r.get("date_alternatives"):
            date += "\nalso: " + ", ".join(str(a.get("value")) for a in r["date_alternatives"])
        loc = r.get("location") or {}
        place = f"{loc.get('name')} ({loc.get('country') or '?'})" if loc else "—"
        reports = f"{r.get('documents', 1)} doc(s)\n{r.get('sources', 1)} source(s)"
        evidence = (r.get("evidence") or {}).get("sentence") or ""
        table.add_row(
            kind,
            _who(r.get("actors") or []),
            _who(r.get("recipients") or []),
            date,
            place,
            reports,
            evidence[:160],
        )
    console.print(table)
