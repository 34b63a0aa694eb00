"""Datelines at the top of an article give its publication date; a date elsewhere does not."""

from __future__ import annotations

import pytest

from dragoman.language.dateline import dateline_span, find_dateline
from dragoman.model import PartialDate

CASES = [
    # (language, text, expected date or None)
    ("fr", "24 janvier 2016 – Le gouvernement a annoncé un remaniement.", "2016-01-24"),
    ("fr", "Titre de l'article\n\n1er janvier 2016, 14h30. –\nUn convoi a quitté la ville.", "2016-01-01"),
    ("fr", "PARIS, 3 mars 2017 (AFP) - La ministre a reçu son homologue.", "2017-03-03"),
    ("fr", "BAMAKO, mardi 7 février 2017 – Les négociations reprennent.", "2017-02-07"),
    ("fr", "13 mars 2016, Le Caire. – Le président égyptien a reçu l'envoyé.", "2016-03-13"),
    ("fr", "5 aout 2018 — Le sommet s'est ouvert sans accent sur le mois.", "2018-08-05"),
    ("en", "January 24, 2016 — The minister resigned on Sunday.", "2016-01-24"),
    ("en", "WASHINGTON, Jan. 5, 2019 (AP) — The senator said talks would resume.", "2019-01-05"),
    ("en", "Headline of the story\n3rd March 2017 - Troops crossed the border.", "2017-03-03"),
    (None, "GENÈVE, 12 avril 2018 – Les délégués sont arrivés.", "2018-04-12"),
    (None, "LONDON, April 12, 2018 - Delegates arrived.", "2018-04-12"),
    # No year: not enough for a publication date.
    ("en", "KABUL, May 12 (Reuters) - The Taliban said they had met the envoy.", None),
    ("fr", "KANDAHAR, 12 mai (AFP) – Le chef des talibans a reçu le ministre.", None),
    # A date in the first sentence is when something happened, not when the article appeared.
    ("fr", "Le 12 mai 2023, le chef des talibans a rencontré le Premier ministre.", None),
    ("fr", "12 mai 2023, le chef des talibans a rencontré le Premier ministre.", None),
    ("en", "On May 12, 2023, the Taliban leader met the prime minister.", None),
    # A day that does not exist.
    ("fr", "31 février 2017 – Le parlement a voté.", None),
    # The month table follows the language: an English month is no French dateline.
    ("fr", "January 24, 2016 — The minister resigned.", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_find_dateline(language: str | None, text: str, expected: str | None) -> None:
    found = find_dateline(text, language)
    assert (found.value if found else None) == expected


def test_dateline_is_looked_for_only_near_the_top() -> None:
    filler = "Le conseil a siégé toute la journée et a entendu les parties.\n" * 8
    assert find_dateline(filler + "24 janvier 2016 – Suite.", "fr") is None
    assert find_dateline("Titre\nSous-titre\nChapeau\n24 janvier 2016 – Suite.", "fr") is None


def test_region_subtag_uses_the_language_table() -> None:
    assert find_dateline("3 mars 2017 – Le ministre est arrivé.", "fr-CA") == PartialDate(2017, 3, 3)


def test_dateline_span_is_the_dateline_only() -> None:
    text = "Chile and Peru sign a deal\n\nLIMA, March 2, 2021 (Reuters) - Chile signed a deal with Peru."
    span = dateline_span(text, "en")
    assert span is not None
    assert text[: span[0]].strip() == "Chile and Peru sign a deal"  # the title stays prose
    assert text[span[1] :].strip().startswith("Chile signed")
    assert dateline_span("Chile signed a deal with Peru on March 2, 2021.", "en") is None
