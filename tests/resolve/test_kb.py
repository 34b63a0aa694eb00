"""The knowledge base: folding, country words, offices on a date, kinds over time, user files, errors."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.resolve.kb import KnowledgeBase, country_code

FIXTURE = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.read(FIXTURE)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Human Rights Watch", "kb:org:hrw"),
        ("human rights watch", "kb:org:hrw"),
        ("Al Jazira", "kb:org:al-jazeera"),
        ("al-jazeera", "kb:org:al-jazeera"),
        ("l'Agence de presse du Qatar", "kb:org:qna"),
        ("les talibans", "kb:org:taliban"),
        ("the Taliban", "kb:org:taliban"),
        ("le Qatar", "kb:country:QAT"),
        ("les États-Unis", "kb:country:USA"),
        ("Etats Unis", "kb:country:USA"),
        ("Mohamed bin Abdulrahman al-Thani", "kb:person:mohammed-bin-abdulrahman-al-thani"),
        ("ONU", "kb:org:un"),
    ],
)
def test_lookup_folds_case_accents_hyphens_and_articles(
    kb: KnowledgeBase, surface: str, expected: str
) -> None:
    assert [e.id for e in kb.lookup(surface)] == [expected]


@pytest.mark.parametrize(
    "surface", ["onu", "us", "Un", "Us", "la question", "Talib", "libération", "la libération", "réunion"]
)
def test_lookup_misses(kb: KnowledgeBase, surface: str) -> None:
    """A short alias written in lower case is a word ("us"), not the acronym; so is one word without a
    capital, unless the name is written so ("les talibans"): "la libération" is not the newspaper."""
    assert kb.lookup(surface) == []


@pytest.mark.parametrize(
    ("method", "word", "iso3"),
    [
        ("country_of_adjective", "qatari", "QAT"),
        ("country_of_adjective", "américaine", "USA"),
        ("country_of_adjective", "Afghans", "AFG"),
        ("country_of_adjective", "Russian", "RUS"),
        ("country_of_name", "Russie", "RUS"),
        ("country_of_name", "les États-Unis", "USA"),
        ("country_of_name", "l'émirat du Qatar", "QAT"),
        ("country_of_capital", "Kaboul", "AFG"),
        ("country_of_capital", "Washington", "USA"),
        ("country_of_capital", "Moscow", "RUS"),
    ],
)
def test_country_words(kb: KnowledgeBase, method: str, word: str, iso3: str) -> None:
    assert getattr(kb, method)(word) == iso3


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("QAT", "QAT"),
        ("qat", "QAT"),
        ("Qatar", "QAT"),
        ("le Qatar", "QAT"),
        (" Royaume-Uni ", "GBR"),
        ("United Kingdom", "GBR"),
        ("Taliban", None),
        ("Narnia", None),
        ("XYZ", None),
        ("kb:country:QAT", None),
    ],
)
def test_country_code_of_what_a_user_types(name: str, code: str | None) -> None:
    """The packaged knowledge base: a country's ISO3 code from the code itself or its name."""
    assert country_code(name) == code


def test_country_words_do_not_cross(kb: KnowledgeBase) -> None:
    assert kb.country_of_adjective("Qatar") is None
    assert kb.country_of_name("qatari") is None
    assert kb.country_of_capital("Qatar") is None


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2023, 5, 12), "kb:person:mohammed-bin-abdulrahman-al-thani"),
        (date(2021, 1, 1), "kb:person:khalid-bin-khalifa-al-thani"),
        (date(2023, 3, 6), "kb:person:khalid-bin-khalifa-al-thani"),  # bounds are inclusive
        (None, "kb:person:mohammed-bin-abdulrahman-al-thani"),  # no date: the latest holder
    ],
)
def test_holder_of_a_state_office_on_a_date(kb: KnowledgeBase, on: date | None, expected: str) -> None:
    holder = kb.holder("prime minister", on, country="QAT")
    assert holder is not None and holder.id == expected


def test_holder_of_an_organisation_office_and_vacancies(kb: KnowledgeBase) -> None:
    leader = kb.holder("leader", date(2022, 1, 1), org="kb:org:taliban")
    assert leader is not None and leader.name == "Hibatullah Akhundzada"
    assert kb.holder("prime minister", date(2019, 1, 1), country="QAT") is None
    assert kb.holder("president", date(2020, 1, 1), country="USA") is None
    assert kb.holder("prime minister", date(2023, 5, 1), country="FRA") is None


@pytest.mark.parametrize(
    ("on", "kind"),
    [
        (date(2021, 8, 14), "armed_group"),
        (date(2021, 8, 15), "government"),
        (date(2010, 1, 1), "armed_group"),
    ],
)
def test_kind_changes_on_the_period_boundary(kb: KnowledgeBase, on: date, kind: str) -> None:
    taliban = kb.lookup("talibans")[0]
    assert taliban.kind_on(on) == kind
    assert taliban.country_on(on) == "AFG"
    assert taliban.kinds_ever() == {"armed_group", "government"}


@pytest.mark.parametrize(
    ("phrase", "lang", "role"),
    [
        ("Premier ministre", "fr", "prime minister"),
        ("premier ministre", "fr", "prime minister"),
        ("Prime Minister", "en", "prime minister"),
        ("directrice", "fr", "director"),
        ("ministre des Affaires étrangères", "fr", "foreign minister"),
        ("Premier ministre", "en", None),
        ("boulanger", "fr", None),
    ],
)
def test_titles_per_language(kb: KnowledgeBase, phrase: str, lang: str, role: str | None) -> None:
    assert kb.title(phrase, lang) == role


@pytest.mark.parametrize(
    ("noun", "lang", "kind"),
    [
        ("milice", "fr", "armed_group"),
        ("Militia", "en", "armed_group"),
        ("communauté internationale", "fr", "other"),
        ("États", "fr", "state"),
        ("milice", "en", None),
        ("question", "fr", None),
    ],
)
def test_generic_nouns_per_language(kb: KnowledgeBase, noun: str, lang: str, kind: str | None) -> None:
    assert kb.generic_kind(noun, lang) == kind


@pytest.mark.parametrize(
    ("noun", "lang", "plural", "kind", "gloss"),
    [
        ("pays", "fr", True, "state", "countries"),
        ("pays", "fr", False, "state", "country"),
        ("troupes", "fr", True, "military", "troops"),
        ("Communauté internationale", "fr", False, "other", "international community"),
        ("armée", "fr", False, "military", "army"),
        ("forces navales", "fr", True, "military", "armed forces"),  # no gloss of its own: the kind's
        ("Armed  Troops", "en", True, "military", "armed troops"),  # English is its own gloss
        ("bidule", "fr", False, None, None),
    ],
)
def test_glosses(
    kb: KnowledgeBase, noun: str, lang: str, plural: bool, kind: str | None, gloss: str | None
) -> None:
    assert kb.gloss(noun, lang, plural, kind) == gloss


def test_gloss_adjectives(kb: KnowledgeBase) -> None:
    assert kb.gloss_adjective("internationales", "fr") == "international"
    assert kb.gloss_adjective("russe", "fr") is None


def test_country_entry_takes_the_english_name_from_pycountry(kb: KnowledgeBase) -> None:
    qatar = kb.country_entry("QAT")
    assert (qatar.id, qatar.name, qatar.kind, qatar.country) == ("kb:country:QAT", "Qatar", "state", "QAT")
    assert kb.country_entry("IRN").name == "Iran"  # pycountry's common name, not "Iran, Islamic Republic of"
    assert kb.country_entry("DEU").name == "Germany"  # not in the data: still a state entry


def test_user_file_with_people_and_organizations(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "organizations:\n"
        "  - {id: kb:org:fictive, name: Fictive Front, kind: armed_group, country: FRA,"
        " aliases: {fr: [Front fictif]}}\n"
        "people:\n"
        "  - id: kb:person:jeanne-exemple\n"
        "    name: Jeanne Exemple\n"
        "    country: FRA\n"
        "    aliases: [Jeanne Exemple]\n"
        "    roles: [{role: prime minister, country: FRA, start: 2030-01-01, end: null}]\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.read(FIXTURE, [extra])
    assert kb.lookup("le Front fictif")[0].kind == "armed_group"
    holder = kb.holder("prime minister", date(2030, 5, 1), country="FRA")
    assert holder is not None and holder.name == "Jeanne Exemple" and holder.kind == "person"


def test_user_file_as_a_list_of_entries_with_kinds(tmp_path: Path) -> None:
    extra = tmp_path / "list.yaml"
    extra.write_text(
        "- {id: kb:org:radio-x, name: Radio X, kind: media, country: FRA, aliases: [Radio Ixe]}\n"
        "- {id: kb:person:x, name: Paul X, kind: person, country: FRA, aliases: [Paul X]}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.read(FIXTURE, [extra])
    assert kb.lookup("Radio Ixe")[0].kind == "media"
    assert kb.lookup("Paul X")[0].kind == "person"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "organizations:\n  - {id: kb:org:x, name: X, kind: spaceship}\n",
            r"organizations entry 1 \(kb:org:x\): unknown kind",
        ),
        ("people:\n  - {name: Nobody}\n", r"people entry 1: an entry needs at least `id` and `name`"),
        (
            "people:\n  - {id: kb:person:p, name: P, roles: [{role: president, start: 2020-01-01}]}\n",
            r"people entry 1 \(kb:person:p\): a role needs `role` and exactly one of",
        ),
        (
            "people:\n  - {id: kb:person:p, name: P,"
            " roles: [{role: president, country: FRA, start: '2020-13'}]}\n",
            r"people entry 1 \(kb:person:p\): bad date '2020-13'",
        ),
        (
            "people:\n  - {id: kb:person:p, name: P,"
            " roles: [{role: president, country: FRA, start: 2020-13-01}]}\n",
            r"cannot read knowledge-base file: month must be in 1\.\.12",
        ),
        ("countries: {}\n", r"expected a list of entries, or a mapping"),
        ("people: [unclosed\n", r"cannot read knowledge-base file"),
        (
            "- {id: kb:org:y, name: Y, aliases: Y}\n",
            r"entries entry 1 \(kb:org:y\): `aliases` must be a list",
        ),
    ],
)
def test_malformed_user_file_names_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.yaml: .*" + message):
        KnowledgeBase.read(FIXTURE, [bad])


def test_missing_user_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"nothere\.yaml"):
        KnowledgeBase.read(FIXTURE, [tmp_path / "nothere.yaml"])


def test_packaged_knowledge_base_loads_once_and_fast() -> None:
    from dragoman.resolve import kb as module

    module._packaged.cache_clear()
    started = time.perf_counter()
    first = KnowledgeBase.load()
    elapsed = time.perf_counter() - started
    assert KnowledgeBase.load() is first
    assert elapsed < 1.0, f"loading the packaged knowledge base took {elapsed:.2f} s"
    assert first.country_of_capital("Kaboul") == "AFG"
