"""The gazetteer: French exonyms, ambiguity, countries, and names that are not places."""

from __future__ import annotations

import pytest

from dragoman.extract.places import Gazetteer
from dragoman.normalize import fold


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "english", "country"),
    [
        ("Kaboul", "Kabul", "AFG"),
        ("Pékin", "Beijing", "CHN"),
        ("Moscou", "Moscow", "RUS"),
        ("Londres", "London", "GBR"),
        ("Le Caire", "Cairo", "EGY"),
        ("Doha", "Doha", "QAT"),
        ("Paris", "Paris", "FRA"),
        ("Tripoli", "Tripoli", "LBY"),
        ("le Qatar", "Qatar", "QAT"),
        ("Royaume-Uni", "United Kingdom", "GBR"),
        ("Syrie", "Syria", "SYR"),
    ],
)
def test_lookup(gaz: Gazetteer, name: str, english: str, country: str) -> None:
    place = gaz.lookup(name)
    assert place is not None and place.name == english and place.country == country


def test_coordinates(gaz: Gazetteer) -> None:
    place = gaz.lookup("Kandahar")
    assert place is not None and place.country == "AFG"
    assert (
        place.lat is not None
        and abs(place.lat - 31.6) < 0.2
        and place.lon is not None
        and abs(place.lon - 65.7) < 0.2
    )


def test_country_wins_over_city_of_the_same_name(gaz: Gazetteer) -> None:
    place = gaz.lookup("Mexique")
    assert place is not None and place.feature == "country"


def test_find_in_text(gaz: Gazetteer) -> None:
    text = "La rencontre a eu lieu dans la ville afghane de Kandahar, puis à Doha."
    found = {(m.place.name, text[m.start : m.end]) for m in gaz.find(text)}
    assert ("Doha", "Doha") in found and any(t == "Kandahar" for _, t in found)


def test_common_words_are_not_places(gaz: Gazetteer) -> None:
    assert gaz.find("il a dit que c'est une bonne idée") == []
    assert gaz.lookup("bonne idée") is None


def test_fold() -> None:
    assert fold("l'Île-de-France") == fold("ile de france")
