"""Turn the named parts of a matched date expression into a PartialDate, against a reference date.

A reference is an interval (a day, a month or a year). A relative expression moves that interval;
the answer is the finest PartialDate holding all of the moved interval, never finer than the
expression itself says and never coarser than both the expression and the reference: "hier" under
a month-precision reference could be in either of two months, so it gives None rather than a guess.
Without a year or a "dernier/prochain", a day or month is the occurrence nearest the reference
(ties go to the past): news reports both what happened and what is scheduled; where the clause's tense is
known (an event's date), a past tense takes the occurrence not after the reference and a future the one
not before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from dragoman.extract.dates_lexicon import DateLexicon, normalise
from dragoman.model import PartialDate, Precision

Groups = Mapping[str, str | None]
_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}
# What an expression in a unit can say at best: a week is not a PartialDate, its month may be.
_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "month",
    "month": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}
_UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_DAY_DIGITS = re.compile(r"[0-9]{1,2}")


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _RANK[a] >= _RANK[b] else b


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = PartialDate(year, month + 1).last_day().day
    return date(year, month + 1, min(day.day, last))


def cut(lo: date, hi: date, natural: Precision, cap: Precision) -> PartialDate | None:
    """The finest PartialDate holding [lo, hi], no finer than `natural`; None if coarser than `cap`."""
    if lo.year != hi.year:
        return None
    if lo == hi and natural == "day":
        found = PartialDate(lo.year, lo.month, lo.day)
    elif lo.month == hi.month and natural != "year":
        found = PartialDate(lo.year, lo.month)
    else:
        found = PartialDate(lo.year)
    return found if _RANK[found.precision] <= _RANK[cap] else None


def _gap(candidate: PartialDate, ref: PartialDate) -> int:
    """Days between the candidate and the reference interval (0 when they overlap)."""
    if candidate.last_day() < ref.first_day():
        return (ref.first_day() - candidate.last_day()).days
    if candidate.first_day() > ref.last_day():
        return (candidate.first_day() - ref.last_day()).days
    return 0


def choose(
    candidates: list[PartialDate], ref: PartialDate, shift: int | None, tense: int | None = None
) -> PartialDate | None:
    """The candidate meant: the last before the reference (-1), the first after (+1), else the nearest.
    Without a shift, a past tense takes the nearest not after the reference ("a rencontré mardi", the
    reference's own day included), a future the nearest not before it."""
    if shift is None and tense is not None:
        if tense < 0:
            return max(
                (c for c in candidates if c.first_day() <= ref.last_day()),
                key=PartialDate.first_day,
                default=None,
            )
        return min(
            (c for c in candidates if c.last_day() >= ref.first_day()),
            key=PartialDate.first_day,
            default=None,
        )
    if shift is not None and shift < 0:
        before = [c for c in candidates if c.last_day() < ref.last_day()]
        return max(before, key=PartialDate.first_day, default=None)
    if shift is not None and shift > 0:
        after = [c for c in candidates if c.first_day() > ref.first_day()]
        return min(after, key=PartialDate.first_day, default=None)
    return min(candidates, key=lambda c: (_gap(c, ref), c.first_day()), default=None)


def _safe(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A valid PartialDate or None (31 February, month 13)."""
    try:
        found = PartialDate(year, month, day)
        found.first_day()
    except ValueError:
        return None
    return found


def parse_number(text: str, lex: DateLexicon) -> int | None:
    """The value of "20", "vingt-cinq", "quatre-vingt-dix", "une vingtaine", "twenty one"."""
    words = [w for w in re.split(r"[\s-]+", normalise(text)) if w and w not in lex.number_joiners]
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    if words and words[-1] in lex.ints["round_numbers"]:
        return lex.ints["round_numbers"][words[-1]]
    total = current = 0
    for word in words:
        value = lex.value("numbers", word)
        if value is None:
            return None
        if value in lex.multipliers and 0 < current < value:
            current *= value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current or None


def _part(groups: Groups, name: str) -> str:
    """The text of a named part, "" when the expression has none."""
    return groups.get(name) or ""


def _shift(groups: Groups, lex: DateLexicon) -> int | None:
    """-1 for "dernier/last", +1 for "prochain/next", 0 for "ce/this", None when nothing says."""
    if groups.get("shift"):
        return lex.value("shift", _part(groups, "shift"))
    return 0 if groups.get("this") else None


def _day_of(text: str, lex: DateLexicon) -> int | None:
    digits = _DAY_DIGITS.match(text)
    return int(digits.group()) if digits else lex.value("day_words", text)


def _years_around(ref: PartialDate | None, year: str | None) -> list[int]:
    if year:
        return [int(year)]
    return [] if ref is None else [ref.year - 1, ref.year, ref.year + 1]


def _calendar(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """A day and/or month, with or without a year, weekday or dernier/prochain."""
    month = lex.value("months", _part(groups, "month"))
    day = _day_of(_part(groups, "day"), lex) if groups.get("day") else None
    if month is None:
        return None
    candidates = [c for y in _years_around(ref, groups.get("year")) if (c := _safe(y, month, day))]
    weekday = lex.value("weekdays", _part(groups, "weekday")) if groups.get("weekday") else None
    if weekday is not None and day is not None:
        matching = [c for c in candidates if c.first_day().weekday() == weekday]
        candidates = matching or candidates
    if groups.get("year"):
        return candidates[0] if candidates else None
    return None if ref is None else choose(candidates, ref, _shift(groups, lex), tense)


def _weekday(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "mardi", "mardi dernier", "next Tuesday": needs a reference known to the day."""
    weekday = lex.value("weekdays", _part(groups, "weekday"))
    if ref is None or ref.precision != "day":
        return None
    today = ref.first_day()
    days = [today + timedelta(k) for k in range(-7, 8)]
    candidates = [PartialDate(d.year, d.month, d.day) for d in days if d.weekday() == weekday]
    return choose(candidates, ref, _shift(groups, lex), tense)


def _season(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """A season stands for one month; the answer is the year of that month."""
    month = lex.value("seasons", _part(groups, "season"))
    if groups.get("year"):
        return PartialDate(int(_part(groups, "year")))
    if ref is None or month is None:
        return None
    found = choose([PartialDate(y, month) for y in _years_around(ref, None)], ref, _shift(groups, lex), tense)
    return PartialDate(found.year) if found else None


def _day_alone(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "le 19": that day in the reference month or a neighbouring one, the nearest."""
    day = _day_of(_part(groups, "day"), lex)
    if ref is None or ref.month is None or day is None:
        return None
    start = date(ref.year, ref.month, 1)
    months = [add_months(start, k) for k in (-1, 0, 1)]
    candidates = [c for m in months if (c := _safe(m.year, m.month, day))]
    return choose(candidates, ref, None, tense)


def _moved(lo: date, hi: date, unit: str, count: int) -> tuple[date, date]:
    """The interval [lo, hi] moved by `count` units."""
    if unit in ("day", "week"):
        step = timedelta(days=count * (7 if unit == "week" else 1))
        return lo + step, hi + step
    months = count * _UNIT_MONTHS[unit]
    return add_months(lo, months), add_months(hi, months)


def _whole_periods(ref: PartialDate, unit: str) -> tuple[date, date]:
    """The days, weeks, months or years the reference touches, from the first day of the first."""
    lo, hi = ref.first_day(), ref.last_day()
    if unit == "week":
        return lo - timedelta(lo.weekday()), hi + timedelta(6 - hi.weekday())
    if unit == "month":
        return lo.replace(day=1), PartialDate(hi.year, hi.month).last_day()
    if unit == "year":
        return date(lo.year, 1, 1), date(hi.year, 12, 31)
    return lo, hi


def _offset(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "il y a vingt ans", "depuis trois mois", "two days ago", "dans une semaine"."""
    unit = lex.units.get(normalise(_part(groups, "unit")))
    cue = groups.get("offset") or groups.get("offset_after") or ""
    sign = lex.value("offset", cue) if groups.get("offset") else lex.value("offset_after", cue)
    count = parse_number(_part(groups, "number"), lex)
    if ref is None or unit is None or sign is None or count is None:
        return None
    lo, hi = _moved(ref.first_day(), ref.last_day(), unit, sign * count)
    natural = _UNIT_PRECISION[unit]
    return cut(lo, hi, natural, _coarser(natural, ref.precision))


def _period(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "l'an dernier", "le mois prochain", "cette semaine", "la fin de l'année", "last week"."""
    unit = lex.units.get(normalise(_part(groups, "period")))
    shift = _shift(groups, lex)
    if shift is None and groups.get("edge"):
        shift = 0  # "la fin de l'année" is the end of this year
    if ref is None or shift is None or unit not in ("day", "week", "month", "year"):
        return None
    lo, hi = _moved(*_whole_periods(ref, unit), unit, shift)
    if unit == "month":  # moving 31 May by a month lands on 30 June, the month still ends later
        hi = PartialDate(hi.year, hi.month).last_day()
    natural = _UNIT_PRECISION[unit]
    return cut(lo, hi, natural, _coarser(natural, ref.precision))


def _deictic(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "hier", "aujourd'hui", "demain", "now": days counted from the reference."""
    days = lex.value("deictic", _part(groups, "deictic"))
    if ref is None or days is None:
        return None
    lo, hi = ref.first_day() + timedelta(days), ref.last_day() + timedelta(days)
    return cut(lo, hi, "day", ref.precision)


@cache
def _numeric_parser(lang: str) -> Any:
    # dateparser is slow to import and knows each locale's day/month order: load it on first use
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings={"PREFER_DATES_FROM": "past"})


def _numeric(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """ "12/05/2023", "2023-05-12", "05/2023", read by dateparser in the language's order."""
    data = _numeric_parser(lex.lang).get_date_data(_part(groups, "numeric"))
    found: datetime | None = data.date_obj
    if found is None:
        return None
    if data.period == "year":
        return PartialDate(found.year)
    if data.period == "month":
        return PartialDate(found.year, found.month)
    return PartialDate(found.year, found.month, found.day)


def _year(groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None) -> PartialDate | None:
    """ "2013", "en 2013", "l'an 2000"."""
    return PartialDate(int(_part(groups, "year")))


def _not_a_date(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None
) -> PartialDate | None:
    """A decade ("les années 60") is not a YYYY, YYYY-MM or YYYY-MM-DD value."""
    return None


# `tense`: -1 when the clause is in a past tense, +1 in a future, None when nothing says (events.py).
Resolver = Callable[[Groups, "PartialDate | None", DateLexicon, "int | None"], "PartialDate | None"]
# The first group present decides how an expression is read; the order settles overlaps
# ("le 12 mai 2020" has a month and a year: it is a day of that month).
_BY_GROUP: tuple[tuple[str, Resolver], ...] = (
    ("decade", _not_a_date),
    ("numeric", _numeric),
    ("deictic", _deictic),
    ("number", _offset),
    ("period", _period),
    ("season", _season),
    ("month", _calendar),
    ("weekday", _weekday),
    ("year", _year),
    ("day", _day_alone),
)


def resolve_groups(
    groups: Groups, ref: PartialDate | None, lex: DateLexicon, tense: int | None = None
) -> PartialDate | None:
    """The date a matched expression stands for, given its named groups; `tense` settles which way a day
    or month without year or "dernier/prochain" points from the reference."""
    for name, resolver in _BY_GROUP:
        if groups.get(name):
            return resolver(groups, ref, lex, tense)
    return None
