"""The table of a rule's tests: (language, sentence, expected event), French and English side by side.

Every sentence is written for the tests. An expected event is its PLOVER type and words that must
occur in the name or text of one actor and of one recipient (accents and case folded, as the referee
does); None means that side is not checked. Each test module of tests/extract/ makes its test from the
tables of the rules of its module with `rule_test`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from dragoman.model import Entity, Event

Extract = Callable[..., list[Event]]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in text if not unicodedata.combining(c))
        .casefold()
        .replace("-", " ")
        .replace("'", " ")
    )


def names(entities: list[Entity], words: str) -> bool:
    return any(fold(words) in fold(f"{e.name} | {e.text}") for e in entities)


def found(events: list[Event], etype: str, actor: str | None, recipient: str | None) -> bool:
    return any(
        e.event_type == etype
        and (actor is None or names(e.actors, actor))
        and (recipient is None or names(e.recipients, recipient))
        for e in events
    )


Row = tuple[str, str, str, str | None, str | None]


def rule_test(tables: dict[str, list[Row]]) -> Callable[..., None]:
    """A test over every row of `tables` (rule name -> rows), one case a row."""
    rows = [(name, *row) for name, table in tables.items() for row in table]

    @pytest.mark.slow
    @pytest.mark.parametrize(
        ("rule", "lang", "sentence", "etype", "actor", "recipient"),
        rows,
        ids=[f"{r[0]}-{r[1]}-{n}" for n, r in enumerate(rows)],
    )
    def test_rule(
        events_of: Extract,
        rule: str,
        lang: str,
        sentence: str,
        etype: str,
        actor: str | None,
        recipient: str | None,
    ) -> None:
        events = events_of(sentence, lang)
        seen = [(e.event_type, [a.text for a in e.actors], [r.text for r in e.recipients]) for e in events]
        assert found(events, etype, actor, recipient), (
            f"{rule}: want {etype} {actor} -> {recipient}, got {seen}"
        )

    return test_rule
