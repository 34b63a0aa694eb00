"""Date stage: expressions resolved against publication dates of each precision, and dates found in text."""

from __future__ import annotations

import pytest

from dragoman.errors import ConfigError, UnsupportedLanguageError
from dragoman.extract.dates import find_dates, resolve_expression
from dragoman.extract.dates_lexicon import _Builder, lexicon
from dragoman.extract.dates_resolve import parse_number
from dragoman.model import PartialDate

DAY = "2023-06-14"  # a Wednesday
MONTH = "2023-06"
YEAR = "2023"


def _ref(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


RESOLVE_CASES = [
    # (lang, expression, reference, expected value or None)
    ("fr", "le 12 mai", DAY, "2023-05-12"),
    ("fr", "le 12 mai", MONTH, "2023-05-12"),
    ("fr", "le 12 mai", YEAR, "2023-05-12"),
    ("fr", "le 12 mai", None, None),
    ("fr", "le 30 juin", DAY, "2023-06-30"),  # scheduled: the nearest 30 June is ahead
    ("fr", "le 28 novembre", "2023-01-10", "2022-11-28"),  # the nearest 28 November is behind
    ("fr", "le 6 mai dernier", MONTH, "2023-05-06"),
    ("fr", "le 1er septembre prochain", "2023-09-14", "2024-09-01"),
    ("fr", "le mardi 3 octobre", "2023-05-02", "2023-10-03"),
    ("fr", "le samedi 5 juin", "2022-01-10", "2021-06-05"),  # the weekday picks the year
    ("fr", "le 27 mai 1998", DAY, "1998-05-27"),
    ("fr", "le 31 février 2023", DAY, None),
    ("fr", "En août 2021,", DAY, "2021-08"),
    ("fr", "mai 2023", None, "2023-05"),
    ("fr", "juin dernier", MONTH, "2022-06"),
    ("fr", "en mars", "2023-07-07", "2023-03"),
    ("fr", "en août", "2023-07-24", "2023-08"),
    ("fr", "le mois de juin", DAY, "2023-06"),
    ("fr", "en 2013", DAY, "2013"),
    ("fr", "2013", None, "2013"),
    ("fr", "depuis 2013", DAY, "2013"),
    ("fr", "l'an 2000", DAY, "2000"),
    ("fr", "fin 2022", DAY, "2022"),
    ("fr", "début mai", DAY, "2023-05"),
    ("fr", "à la mi-juin", DAY, "2023-06"),
    ("fr", "fin septembre 2000", DAY, "2000-09"),
    ("fr", "la fin de l'année", DAY, "2023"),
    ("fr", "en fin d'année dernière", DAY, "2022"),
    ("fr", "le mois dernier", DAY, "2023-05"),
    ("fr", "le mois dernier", MONTH, "2023-05"),
    ("fr", "le mois dernier", YEAR, None),  # December or any month of the year
    ("fr", "le mois dernier", "2023-01-15", "2022-12"),
    ("fr", "le mois prochain", "2023-12-31", "2024-01"),
    ("fr", "ce mois-ci", DAY, "2023-06"),
    ("fr", "l'an dernier", MONTH, "2022"),
    ("fr", "l'année dernière", YEAR, "2022"),
    ("fr", "l'an prochain", DAY, "2024"),
    ("fr", "l'année prochaine", DAY, "2024"),
    ("fr", "cette année", MONTH, "2023"),
    ("fr", "la semaine dernière", DAY, "2023-06"),
    ("fr", "la semaine dernière", "2023-06-06", None),  # 29 May to 4 June: two months
    ("fr", "mardi", DAY, "2023-06-13"),
    ("fr", "samedi", DAY, "2023-06-17"),  # three days ahead is nearer than four behind
    ("fr", "mercredi", DAY, "2023-06-14"),
    ("fr", "mardi dernier", DAY, "2023-06-13"),
    ("fr", "mercredi dernier", DAY, "2023-06-07"),
    ("fr", "mardi prochain", DAY, "2023-06-20"),
    ("fr", "mardi", MONTH, None),
    ("fr", "hier", DAY, "2023-06-13"),
    ("fr", "Hier", "2023-03-01", "2023-02-28"),
    ("fr", "hier", MONTH, None),  # never invent a day
    ("fr", "avant-hier", DAY, "2023-06-12"),
    ("fr", "demain", DAY, "2023-06-15"),
    ("fr", "hier soir", DAY, "2023-06-13"),
    ("fr", "aujourd'hui", DAY, "2023-06-14"),
    ("fr", "aujourd'hui", MONTH, "2023-06"),
    ("fr", "aujourd'hui", None, None),
    ("fr", "désormais", DAY, "2023-06-14"),
    ("fr", "il y a vingt ans", DAY, "2003"),
    ("fr", "il y a vingt ans", YEAR, "2003"),
    ("fr", "il y a 20 ans", DAY, "2003"),
    ("fr", "il y a quatre-vingt-dix ans", DAY, "1933"),
    ("fr", "il y a trente et un ans", DAY, "1992"),
    ("fr", "il y a une vingtaine d'années", DAY, "2003"),
    ("fr", "il y a trois mois", DAY, "2023-03"),
    ("fr", "il y a trois mois", YEAR, None),
    ("fr", "il y a trois jours", DAY, "2023-06-11"),
    ("fr", "il y a trois jours", MONTH, None),
    ("fr", "il y a deux décennies", DAY, "2003"),
    ("fr", "depuis près de vingt ans", DAY, "2003"),
    ("fr", "depuis plus de deux siècles", DAY, "1823"),
    ("fr", "cela fait dix ans", DAY, "2013"),
    ("fr", "dans deux jours", DAY, "2023-06-16"),
    ("fr", "l'été dernier", "2023-03-01", "2022"),
    ("fr", "cet automne", DAY, "2023"),
    ("fr", "le 19", DAY, "2023-06-19"),
    ("fr", "le 30", "2023-06-02", "2023-05-30"),
    ("fr", "le 12 mai à 14h30", DAY, "2023-05-12"),
    ("fr", "12/05/2021", DAY, "2021-05-12"),
    ("fr", "au début des années 60", DAY, None),
    ("fr", "ici", DAY, None),
    ("fr", "14h30", DAY, None),
    ("fr", "vingt ans", DAY, None),
    ("fr", "le lendemain", DAY, None),
    ("en", "last Tuesday", DAY, "2023-06-13"),
    ("en", "Tuesday", DAY, "2023-06-13"),
    ("en", "next Friday", DAY, "2023-06-16"),
    ("en", "in 2013", DAY, "2013"),
    ("en", "two years ago", DAY, "2021"),
    ("en", "a year ago", MONTH, "2022"),
    ("en", "twenty-five years ago", DAY, "1998"),
    ("en", "nearly twenty years ago", DAY, "2003"),
    ("en", "for the past two decades", DAY, "2003"),
    ("en", "three months ago", MONTH, "2023-03"),
    ("en", "May 12", DAY, "2023-05-12"),
    ("en", "on May 12, 2021", DAY, "2021-05-12"),
    ("en", "the 12th of May", MONTH, "2023-05-12"),
    ("en", "Friday, June 16", DAY, "2023-06-16"),
    ("en", "August 2021", None, "2021-08"),
    ("en", "last month", DAY, "2023-05"),
    ("en", "last month", YEAR, None),
    ("en", "next year", DAY, "2024"),
    ("en", "this year", MONTH, "2023"),
    ("en", "yesterday", DAY, "2023-06-13"),
    ("en", "yesterday", MONTH, None),
    ("en", "today", DAY, "2023-06-14"),
    ("en", "early 2023", DAY, "2023"),
    ("en", "mid-June", DAY, "2023-06"),
    ("en", "the end of the year", DAY, "2023"),
    ("en", "later this month", DAY, "2023-06"),
    ("en", "last March", DAY, "2023-03"),
    ("en", "in the summer of 2022", DAY, "2022"),
    ("en", "03/04/2021", DAY, "2021-03-04"),  # month first in English
    ("en", "the 1990s", DAY, None),
    ("en", "twenty years", DAY, None),
    ("en", "here", DAY, None),
]


@pytest.mark.parametrize(("lang", "expr", "ref", "expected"), RESOLVE_CASES)
def test_resolve_expression(lang: str, expr: str, ref: str | None, expected: str | None) -> None:
    found = resolve_expression(expr, _ref(ref), lang)
    assert (found.value if found else None) == expected


# A day or month without year or "dernier/prochain", in a clause whose tense is known: (language, expression,
# reference, tense, value). The reference is Wednesday 14 June 2023.
TENSE_CASES = [
    ("fr", "mardi", DAY, None, "2023-06-13"),
    ("fr", "vendredi", DAY, None, "2023-06-16"),
    ("fr", "vendredi", DAY, -1, "2023-06-09"),
    ("en", "Friday", DAY, -1, "2023-06-09"),
    ("fr", "mardi", DAY, 1, "2023-06-20"),
    ("en", "Tuesday", DAY, 1, "2023-06-20"),
    ("fr", "mercredi", DAY, -1, "2023-06-14"),  # the reference's own day is not after it
    ("en", "Wednesday", DAY, 1, "2023-06-14"),
    ("fr", "le 21 juillet", DAY, -1, "2022-07-21"),
    ("en", "July 21", DAY, -1, "2022-07-21"),
    ("fr", "en mai", DAY, 1, "2024-05"),
    ("en", "in May", DAY, 1, "2024-05"),
    # An explicit direction or year is not the tense's to change.
    ("fr", "mardi prochain", DAY, -1, "2023-06-20"),
    ("en", "next Tuesday", DAY, -1, "2023-06-20"),
    ("fr", "le 21 juillet 2024", DAY, -1, "2024-07-21"),
    ("fr", "la semaine dernière", DAY, 1, "2023-06"),
]


@pytest.mark.parametrize(("lang", "expr", "ref", "tense", "expected"), TENSE_CASES)
def test_the_clause_tense_points_an_open_date(
    lang: str, expr: str, ref: str, tense: int | None, expected: str
) -> None:
    found = resolve_expression(expr, _ref(ref), lang, tense)
    assert (found.value if found else None) == expected


FIND_CASES = [
    # (lang, sentence, reference, [(mention text, value), ...])
    ("fr", "En août 2021, les talibans sont entrés dans Kaboul.", DAY, [("août 2021", "2021-08")]),
    ("fr", "Le 12 mai, la police a dispersé les manifestants à 14h30.", DAY, [("Le 12 mai", "2023-05-12")]),
    (
        "fr",
        "Les deux pays négocient depuis près de vingt ans, et le mois dernier encore.",
        DAY,
        [("depuis près de vingt ans", "2003"), ("le mois dernier", "2023-05")],
    ),
    (
        "fr",
        "Le sommet s'est tenu mardi dernier, un an après celui de 2022.",
        DAY,
        [("mardi dernier", "2023-06-13"), ("2022", "2022")],
    ),
    (
        "fr",
        "En 2013, l'armée est intervenue ; elle est restée jusqu'en mars.",
        DAY,
        [("2013", "2013"), ("mars", "2023-03")],
    ),
    (
        "fr",
        "Hier, le ministre a annoncé des élections pour le 30 juin prochain.",
        DAY,
        [("Hier", "2023-06-13"), ("le 30 juin prochain", "2023-06-30")],
    ),
    (
        "fr",
        "Il y a une vingtaine d'années, avant-hier et l'an dernier.",
        DAY,
        [("Il y a une vingtaine d'années", "2003"), ("avant-hier", "2023-06-12"), ("l'an dernier", "2022")],
    ),
    ("fr", "Hier, la police a arrêté trois suspects.", MONTH, []),  # no day to count back from
    (
        "en",
        "On May 12, police fired on protesters; two years ago they did the same.",
        DAY,
        [("On May 12", "2023-05-12"), ("two years ago", "2021")],
    ),
    (
        "en",
        "Last Tuesday the minister said elections would be held in 2024.",
        DAY,
        [("Last Tuesday", "2023-06-13"), ("2024", "2024")],
    ),
    (
        "en",
        "The talks, under way since March, resumed yesterday.",
        DAY,
        [("March", "2023-03"), ("yesterday", "2023-06-13")],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "ref", "expected"), FIND_CASES)
def test_find_dates(lang: str, sentence: str, ref: str, expected: list[tuple[str, str]]) -> None:
    mentions = find_dates(sentence, lang, _ref(ref))
    assert [(m.text, m.date.value) for m in mentions] == expected
    assert all(sentence[m.start : m.end] == m.text for m in mentions)


NOT_DATES = [
    ("fr", "Le G20 a condamné l'accident du Boeing 737 au titre de l'article 5."),
    ("fr", "Le séisme a fait 1 500 morts et 2000 soldats ont été déployés."),
    ("fr", "Il a été condamné à une peine de vingt ans de prison."),
    ("fr", "La réunion commence à 14h30 et la planète Mars est visible."),
    ("fr", "Il a été tué par balle, cela a été confirmé."),
    ("fr", "Les années 1990 ont été marquées par la guerre."),
    ("fr", "Après deux ans passés en prison, il a retrouvé les trois mois derniers de son salaire."),
    ("en", "The G20 condemned the crash of the Boeing 737 under article 5."),
    ("en", "The quake killed 1,500 people and 2000 troops were sent, and Theresa May spoke."),
    ("en", "He was sentenced to twenty years and they may march at 14:30."),
    ("en", "The Arab Spring began in a year of unrest."),
    ("en", "All 3 may be freed, the 12 march on, and the past years were hard."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_DATES)
def test_find_dates_leaves_non_dates(lang: str, sentence: str) -> None:
    assert find_dates(sentence, lang, _ref(DAY)) == []


def test_find_dates_prefers_the_longest_expression() -> None:
    sentence = "Le vote a eu lieu le mardi 12 mai 2020 à Paris."
    mentions = find_dates(sentence, "fr", _ref(DAY))
    assert [(m.text, m.date.value, m.start) for m in mentions] == [("le mardi 12 mai 2020", "2020-05-12", 18)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "vingt", 20),
        ("fr", "vingt-cinq", 25),
        ("fr", "trente et un", 31),
        ("fr", "soixante-dix", 70),
        ("fr", "quatre-vingts", 80),
        ("fr", "quatre-vingt-dix-neuf", 99),
        ("fr", "deux cents", 200),
        ("fr", "une quinzaine", 15),
        ("fr", "12", 12),
        ("en", "twenty-one", 21),
        ("en", "one hundred and five", 105),
        ("en", "a dozen", 12),
        ("en", "a", 1),
    ],
)
def test_parse_number(lang: str, text: str, value: int) -> None:
    assert parse_number(text, lexicon(lang)) == value


def test_unknown_language_says_which_languages_are_read() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"'xx': dragoman reads en, fr"):
        resolve_expression("hier", _ref(DAY), "xx")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"patterns": ["{nonsense}"]}, "unknown placeholder"),
        ({"patterns": ["{month}"]}, "no words"),
        ({"strip_prefixes": [True]}, "quote them"),
        ({"units": {"jour": "fortnight"}}, "unknown unit"),
        ({"cued_patterns": [{"pattern": "{year}"}]}, "needs a pattern and cues"),
    ],
)
def test_bad_language_file_is_reported(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _Builder("xx", raw, "dates.xx.yaml").build()
