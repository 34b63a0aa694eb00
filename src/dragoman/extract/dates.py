"""Date stage: find date expressions in text and resolve them against the publication date.

The words and word order of each language live in data/dates.<lang>.yaml (dates_lexicon); how a
matched expression becomes a PartialDate is in dates_resolve. Regular expressions find candidates;
dateparser is only called on numeric dates ("12/05/2023"), whose day/month order is the locale's.
"""

from __future__ import annotations

import re

from dragoman.extract.dates_lexicon import DateLexicon, lexicon
from dragoman.extract.dates_resolve import resolve_groups
from dragoman.model import DateMention, PartialDate

__all__ = ["find_dates", "redate", "resolve_expression"]

_TRAILING = re.compile(r"[\s,;:!?)(\"«»]+$")
_LEADING = re.compile(r"^[\s,;:!?)(\"«»]+")


def resolve_expression(
    expr: str, reference: PartialDate | None, lang: str, tense: int | None = None
) -> PartialDate | None:
    """Normalise one date expression to a PartialDate cut to its real precision, resolved against the
    reference (publication) date, or None when it is not a calendar date or cannot be placed; `tense`
    (-1 past, +1 future) is that of the clause the expression dates, when known."""
    lex = lexicon(lang)
    text = _TRAILING.sub("", _LEADING.sub("", expr))
    for candidate in _variants(text, lex):
        for pattern in lex.whole:
            match = pattern.fullmatch(candidate)
            if match:
                return resolve_groups(match.groupdict(), reference, lex, tense)
    # "le 12 mai à 14h30": a date followed by what is not one (a time, a clause)
    mentions = find_dates(text, lang, reference, tense)
    return mentions[0].date if len(mentions) == 1 and mentions[0].start == 0 else None


def _variants(text: str, lex: DateLexicon) -> list[str]:
    """The expression as given, without a final full stop, and without a leading preposition."""
    forms = [text, text.rstrip(".")]
    if lex.prefix is not None:
        forms += [lex.prefix.sub("", f, count=1) for f in forms if lex.prefix.match(f)]
    return list(dict.fromkeys(f for f in forms if f))


def find_dates(
    text: str, lang: str, reference: PartialDate | None, tense: int | None = None
) -> list[DateMention]:
    """Every date expression in `text` with its character offsets, in text order; where candidates
    overlap the longest wins, and expressions that do not resolve are dropped."""
    lex = lexicon(lang)
    candidates = [m for pattern in lex.search for m in pattern.finditer(text) if m.end() > m.start()]
    candidates.sort(key=lambda m: (m.start() - m.end(), m.start()))
    taken: list[re.Match[str]] = []
    for match in candidates:
        if all(match.end() <= t.start() or match.start() >= t.end() for t in taken):
            taken.append(match)
    mentions = []
    for match in sorted(taken, key=lambda m: m.start()):
        value = resolve_groups(match.groupdict(), reference, lex, tense)
        if value is not None:
            mentions.append(DateMention(text=match.group(), date=value, start=match.start(), end=match.end()))
    return mentions


def redate(mention: DateMention, lang: str, reference: PartialDate | None, tense: int | None) -> DateMention:
    """The mention as the tense of the clause it dates reads it ("a rencontré mardi": the Tuesday before);
    unchanged when nothing is open to the tense."""
    if tense is None:
        return mention
    value = resolve_expression(mention.text, reference, lang, tense)
    if value is None or value == mention.date:
        return mention
    return DateMention(mention.text, value, mention.start, mention.end)
