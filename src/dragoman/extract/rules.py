"""The extractor's rules, registered by name with the word classes of grammar.yaml each needs.

A rule is registered in the book of its kind (what it is called with); the driver (events.py) runs the
rules of each book in the order it names them. When a language's rules are set up, a needed word class
that the language leaves empty is an error naming grammar.yaml and the key, unless the language's
coding.yaml switches the rule off under `rules_off`, with the reason: no rule silently never fires.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from dragoman.errors import EmptyWordClassError, LanguageDataError
from dragoman.language.registry import Language

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule(Generic[F]):
    name: str
    run: F
    needs: tuple[str, ...]  # keys of grammar.yaml; "cases.means" for one preposition class


class Rulebook(Generic[F]):
    """The rules of one kind, by name."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.rules: dict[str, Rule[F]] = {}
        # The orders asked for, by names and switches: asked again for every sentence and trigger.
        self._orders: dict[tuple[tuple[str, ...], int], tuple[Switches, list[Rule[F]]]] = {}
        BOOKS.append(self)

    def register(self, name: str, *needs: str) -> Callable[[F], F]:
        def add(run: F) -> F:
            if name in every_rule():
                raise ValueError(f"rule {name!r} is registered twice")
            self.rules[name] = Rule(name, run, needs)
            return run

        return add

    def ordered(self, names: tuple[str, ...], switches: Switches) -> list[Rule[F]]:
        """The rules named, in that order, without those the language switches off."""
        key = (names, id(switches))
        known = self._orders.get(key)
        if known is None or known[0] is not switches:
            known = (switches, [self.rules[name] for name in names if switches.on(name)])
            self._orders[key] = known
        return known[1]


BOOKS: list[Rulebook[Any]] = []


def every_rule() -> dict[str, Rule[Any]]:
    return {name: rule for book in BOOKS for name, rule in book.rules.items()}


@dataclass(frozen=True)
class Switches:
    """Which rules run for one language."""

    lang: str
    off: Mapping[str, str]  # rule -> why the language switches it off

    def on(self, name: str) -> bool:
        if not any(name in book.rules for book in BOOKS):
            raise KeyError(f"no rule {name!r}")
        return name not in self.off


def _words(grammar: Mapping[str, Any], key: str) -> Any:
    section, _, sub = key.partition(".")
    return grammar[section][sub] if sub else grammar[key]


def setup(language: Language) -> Switches:
    """The rules of `language`, checked against its word classes (EmptyWordClassError for an empty one a
    rule needs, LanguageDataError for a switch naming no rule)."""
    rules = every_rule()
    off: Mapping[str, str] = language.data("coding")["rules_off"]
    coding, grammar = f"{language.folder}/coding.yaml", f"{language.folder}/grammar.yaml"
    for name in off:
        if name not in rules:
            close = difflib.get_close_matches(str(name), rules, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; rules: {', '.join(sorted(rules))}"
            raise LanguageDataError(f"rules_off: no rule {name!r}{hint}", where=coding)
    grammar_data = language.data("grammar")
    needed = [(key, rule.name) for rule in rules.values() if rule.name not in off for key in rule.needs]
    for key in dict.fromkeys(key for key, _ in needed):
        if not _words(grammar_data, key):
            names = ", ".join(repr(name) for k, name in needed if k == key)
            raise EmptyWordClassError(
                f"key {key!r} is empty, and the rules {names} need it: fill it, or switch each rule off"
                " in coding.yaml (rules_off: {rule: why})",
                where=grammar,
            )
    return Switches(language.info.code, dict(off))
