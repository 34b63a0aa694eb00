"""Publication dates read from an article's dateline ("PARIS, 3 mars 2017 (AFP) –", "January 24, 2016 —")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dragoman.language.registry import data, supported
from dragoman.model import PartialDate

# A dateline sits at the top: look no further than this many characters and non-blank lines.
HEAD_CHARS = 300
HEAD_LINES = 3

_DASHES = "-–—"


@dataclass(frozen=True)
class DatelineWords:
    """One language's dateline vocabulary (the `dateline` of its language.yaml)."""

    months: dict[str, int]
    weekdays: tuple[str, ...]
    ordinals: tuple[str, ...]


@cache
def _words() -> dict[str, DatelineWords]:
    words = {}
    for lang in supported():
        spec = data(lang, "language")["dateline"]
        words[lang] = DatelineWords(
            months={str(k).lower(): int(v) for k, v in spec["months"].items()},
            weekdays=tuple(w.lower() for w in spec.get("weekdays", [])),
            ordinals=tuple(spec.get("ordinals", [])),
        )
    return words


def _alternation(words: list[str]) -> str:
    # Longest first so that "janvier" is tried before "janv".
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _pattern(language: str | None) -> tuple[re.Pattern[str], dict[str, int]]:
    """The dateline regex and month table for a language, or for every known language when it is None."""
    table = _words()
    langs = [language] if language in table else list(table)
    months: dict[str, int] = {}
    weekdays: list[str] = []
    ordinals: list[str] = []
    for lang in langs:
        months.update(table[lang].months)
        weekdays += table[lang].weekdays
        ordinals += table[lang].ordinals
    month = rf"(?:{_alternation(list(months))})\.?"
    ordinal = rf"(?:{_alternation(ordinals)})?" if ordinals else ""
    day = rf"\d{{1,2}}{ordinal}"
    date = (
        rf"(?:(?P<d1>{day})\s+(?P<m1>{month})\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{month})\s+(?P<d2>{day}),?\s+(?P<y2>\d{{4}}))"
    )
    # A place name of up to five words: "PARIS", "Le Caire", "N'DJAMENA", "Saint-Denis".
    place = r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,4}\.?"
    weekday = rf"(?:(?:{_alternation(weekdays)}),?\s+)?" if weekdays else ""
    clock = r"(?:,?\s*\d{1,2}\s*(?:h|:)\s*(?:\d{2})?(?:\s*[ap]\.?m\.?)?)?"
    agency = r"(?:\s*\([^()\n]{1,30}\))?"
    # The place may also follow the date ("13 mars 2016, Montpellier. –"), but then only a dash ends it.
    tail = rf"(?:,\s*{place}\s*[{_DASHES}]|\.?\s*(?:[{_DASHES}]|$))"
    regex = re.compile(
        rf"^[ \t]*(?:{place},\s+)?{weekday}{date}{clock}{agency}{tail}", re.IGNORECASE | re.MULTILINE
    )
    return regex, months


def _month_number(word: str, months: dict[str, int]) -> int:
    return months[word.rstrip(".").lower()]


def _match(text: str, language: str | None) -> tuple[re.Match[str], dict[str, int]] | None:
    """The dateline among the first HEAD_LINES non-blank lines and HEAD_CHARS characters, with the month
    table that reads it. One matcher for the publication date and for the parser, so they agree."""
    regex, months = _pattern(language.split("-")[0].lower() if language else None)
    match = regex.search(text[:HEAD_CHARS])
    if match is None or sum(1 for line in text[: match.start()].splitlines() if line.strip()) >= HEAD_LINES:
        return None
    return match, months


def dateline_span(text: str, language: str | None = None) -> tuple[int, int] | None:
    """Where the dateline near the top of `text` starts and ends (offsets into `text`), or None.

    The parser needs it: "PARIS, 3 mars 2017 (AFP) - La France a ..." is one line, and without a
    boundary there the publication date would read as the date of the first sentence's event."""
    found = _match(text, language)
    return (found[0].start(), found[0].end()) if found else None


def find_dateline(text: str, language: str | None = None) -> PartialDate | None:
    """The full date (day, month, year) of a dateline at the top of `text`, or None if there is none."""
    found = _match(text, language)
    if found is None:
        return None
    match, months = found
    groups = match.groupdict()
    key = "1" if groups["d1"] else "2"
    day = int(re.sub(r"\D", "", groups[f"d{key}"]))
    try:
        return PartialDate.parse(
            f"{groups[f'y{key}']}-{_month_number(groups[f'm{key}'], months):02d}-{day:02d}"
        )
    except ValueError:  # "31 février 2017": a dateline that names no real day is no date at all
        return None
