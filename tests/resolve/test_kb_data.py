"""The actor knowledge-base data files are well formed, consistent with each other and spot-checked."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from dragoman.model import ENTITY_KINDS

DATA = Path(__file__).resolve().parents[2] / "src" / "dragoman" / "resolve" / "data"
LANGUAGE = DATA.parent.parent / "language"
LANGS = ("en", "fr")

# Territories with no demonym in common use, or none that news would write.
NO_ADJECTIVES = {
    "en": {
        "ALA",
        "ATA",
        "ATF",
        "BES",
        "BLM",
        "BVT",
        "CCK",
        "CXR",
        "DMA",
        "GGY",
        "HMD",
        "IOT",
        "JEY",
        "MAF",
        "SGS",
        "SJM",
        "SPM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VAT",
        "VGB",
        "VIR",
    },
    "fr": {
        "ALA",
        "ASM",
        "ATA",
        "ATF",
        "BES",
        "BVT",
        "CCK",
        "COK",
        "CXR",
        "FLK",
        "HMD",
        "IOT",
        "MNP",
        "NFK",
        "PCN",
        "SGS",
        "SHN",
        "SJM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VGB",
        "VIR",
    },
}

# Surface forms deliberately shared by two entries: the two Congos are both called so in news.
INTENDED_SHARED = {"congo", "congolese", "congolais", "congolaise", "congolaises"}

# Roles held by one person at a time in a given country or organization.
EXCLUSIVE_ROLES = {
    "president",
    "acting president",
    "prime minister",
    "chancellor",
    "foreign minister",
    "defence minister",
    "interior minister",
    "king",
    "queen",
    "emir",
    "sultan",
    "emperor",
    "pope",
    "supreme leader",
    "crown prince",
    "head of state",
    "head of government",
    "secretary-general",
    "director",
    "high commissioner",
    "high representative",
    "prosecutor",
    "national security adviser",
}

DETERMINERS = re.compile(r"^(?:the|le|la|les|l)\s+")


@cache
def load(name: str) -> Any:
    """One data file, parsed once per test session."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def titles(lang: str) -> Any:
    """The titles file of a language folder (language/LANG/titles.yaml)."""
    return yaml.safe_load((LANGUAGE / lang / "titles.yaml").read_text(encoding="utf-8"))


def countries() -> dict[str, Any]:
    return dict(load("countries.yaml"))


def organizations() -> list[dict[str, Any]]:
    return list(load("organizations.yaml"))


def people() -> list[dict[str, Any]]:
    return list(load("people.yaml"))


def fold(text: str) -> str:
    """The matching key of a surface form: no case, no accents, hyphens and apostrophes as spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[-'’‘`]", " ", text)
    return DETERMINERS.sub("", " ".join(text.split()))


def as_date(value: Any) -> date | None:
    """A YAML date (safe_load gives datetime.date for an unquoted YYYY-MM-DD) or null."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def span(role: dict[str, Any]) -> tuple[date, date]:
    """The first and last day of a role, an open end being the far future."""
    start = as_date(role["start"])
    assert start is not None, role
    return start, as_date(role["end"]) or date.max


def canonical_roles() -> set[str]:
    return {role for lang in LANGS for role in titles(lang)["titles"].values()}


# --- countries.yaml ------------------------------------------------------------------------------


def test_every_pycountry_country_and_kosovo_is_present() -> None:
    expected = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    assert set(countries()) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_country_entries_have_string_lists(lang: str) -> None:
    for code, entry in countries().items():
        fields = entry[lang]
        assert set(fields) == {"names", "adjectives", "capitals"}, code
        assert fields["names"], f"{code} has no {lang} name"
        for values in fields.values():
            assert all(isinstance(v, str) and v.strip() == v and v for v in values), code


@pytest.mark.parametrize("lang", LANGS)
def test_countries_have_adjectives_except_listed_territories(lang: str) -> None:
    missing = {code for code, entry in countries().items() if not entry[lang]["adjectives"]}
    assert missing == NO_ADJECTIVES[lang]


@pytest.mark.parametrize(
    ("lang", "surface", "code", "field"),
    [
        ("fr", "qatarie", "QAT", "adjectives"),
        ("fr", "qataries", "QAT", "adjectives"),
        ("fr", "afghanes", "AFG", "adjectives"),
        ("fr", "saoudienne", "SAU", "adjectives"),
        ("fr", "sud-coréennes", "KOR", "adjectives"),
        ("fr", "nord-coréen", "PRK", "adjectives"),
        ("fr", "britanniques", "GBR", "adjectives"),
        ("fr", "turque", "TUR", "adjectives"),
        ("fr", "grecque", "GRC", "adjectives"),
        ("fr", "émiratie", "ARE", "adjectives"),
        ("fr", "nigérienne", "NER", "adjectives"),
        ("fr", "nigériane", "NGA", "adjectives"),
        ("fr", "françaises", "FRA", "adjectives"),
        ("fr", "kosovare", "XKX", "adjectives"),
        ("fr", "Kaboul", "AFG", "capitals"),
        ("fr", "Pékin", "CHN", "capitals"),
        ("fr", "Moscou", "RUS", "capitals"),
        ("fr", "Londres", "GBR", "capitals"),
        ("fr", "Le Caire", "EGY", "capitals"),
        ("fr", "Alger", "DZA", "capitals"),
        ("fr", "Varsovie", "POL", "capitals"),
        ("fr", "Téhéran", "IRN", "capitals"),
        ("fr", "Riyad", "SAU", "capitals"),
        ("fr", "Ankara", "TUR", "capitals"),
        ("fr", "Bruxelles", "BEL", "capitals"),
        ("fr", "Doha", "QAT", "capitals"),
        ("fr", "Russie", "RUS", "names"),
        ("fr", "Royaume-Uni", "GBR", "names"),
        ("fr", "Corée du Nord", "PRK", "names"),
        ("fr", "Syrie", "SYR", "names"),
        ("fr", "Turquie", "TUR", "names"),
        ("fr", "Taïwan", "TWN", "names"),
        ("fr", "Vatican", "VAT", "names"),
        ("fr", "RDC", "COD", "names"),
        ("fr", "États-Unis", "USA", "names"),
        ("en", "Afghans", "AFG", "adjectives"),
        ("en", "Qatari", "QAT", "adjectives"),
        ("en", "Saudis", "SAU", "adjectives"),
        ("en", "Britons", "GBR", "adjectives"),
        ("en", "Kabul", "AFG", "capitals"),
        ("en", "Beijing", "CHN", "capitals"),
        ("en", "Kyiv", "UKR", "capitals"),
        ("en", "Türkiye", "TUR", "names"),
        ("en", "Turkey", "TUR", "names"),
        ("en", "Iran", "IRN", "names"),
        ("en", "Palestine", "PSE", "names"),
        ("en", "Kosovo", "XKX", "names"),
        ("en", "U.S.", "USA", "names"),
    ],
)
def test_country_spot_checks(lang: str, surface: str, code: str, field: str) -> None:
    assert surface in countries()[code][lang][field]


# --- organizations.yaml --------------------------------------------------------------------------


def test_organizations_are_well_formed() -> None:
    ids = [org["id"] for org in organizations()]
    assert len(ids) == len(set(ids)), "duplicate organization ids"
    assert len(ids) >= 150
    for org in organizations():
        assert re.fullmatch(r"kb:org:[a-z0-9-]+", org["id"]), org["id"]
        assert org["name"] and org["kind"] in ENTITY_KINDS, org["id"]
        assert org["country"] is None or org["country"] in countries(), org["id"]
        assert set(org["aliases"]) == set(LANGS), org["id"]
        for lang in LANGS:
            assert org["aliases"][lang], f"{org['id']} has no {lang} alias"
            assert all(isinstance(a, str) and a for a in org["aliases"][lang]), org["id"]


def test_organization_periods_parse_and_follow_each_other() -> None:
    for org in organizations():
        periods = org.get("periods", [])
        for period in periods:
            assert period["kind"] in ENTITY_KINDS, org["id"]
            assert set(period) <= {"start", "end", "kind", "country"}, org["id"]
        bounds = [(as_date(p.get("start")), as_date(p.get("end"))) for p in periods]
        for (_, end), (start, _) in itertools.pairwise(bounds):
            assert end is not None and start is not None and end < start, org["id"]


@pytest.mark.parametrize(
    ("lang", "surface", "org_id"),
    [
        ("fr", "Daech", "kb:org:isis"),
        ("fr", "EI", "kb:org:isis"),
        ("en", "ISIL", "kb:org:isis"),
        ("fr", "talibans", "kb:org:taliban"),
        ("fr", "Agence de presse du Qatar", "kb:org:qna"),
        ("en", "Al-Jazeera", "kb:org:al-jazeera"),
        ("fr", "Maison Blanche", "kb:org:white-house"),
        ("fr", "Pentagone", "kb:org:pentagon"),
        ("en", "State Department", "kb:org:us-state-department"),
        ("fr", "Quai d'Orsay", "kb:org:quai-dorsay"),
        ("fr", "shebab", "kb:org:al-shabaab"),
        ("fr", "houthistes", "kb:org:houthis"),
        ("fr", "FDS", "kb:org:sdf"),
        ("fr", "Forces de soutien rapide", "kb:org:rsf-sudan"),
        ("en", "RSF", "kb:org:rsf-sudan"),
        ("fr", "RSF", "kb:org:rsf"),
        ("fr", "Al-Qaïda", "kb:org:al-qaeda"),
        ("fr", "AQMI", "kb:org:aqim"),
        ("fr", "EI-K", "kb:org:isis-k"),
        ("fr", "OTAN", "kb:org:nato"),
        ("fr", "CPI", "kb:org:icc"),
        ("fr", "AIEA", "kb:org:iaea"),
        ("fr", "Conseil de coopération du Golfe", "kb:org:gcc"),
    ],
)
def test_organization_alias_spot_checks(lang: str, surface: str, org_id: str) -> None:
    assert surface in next(o for o in organizations() if o["id"] == org_id)["aliases"][lang]


def test_taliban_became_the_government_on_15_august_2021() -> None:
    taliban = next(o for o in organizations() if o["id"] == "kb:org:taliban")
    assert taliban["periods"] == [
        {"end": date(2021, 8, 14), "kind": "armed_group"},
        {"start": date(2021, 8, 15), "kind": "government"},
    ]


# --- people.yaml ---------------------------------------------------------------------------------


def test_people_are_well_formed() -> None:
    org_ids = {org["id"] for org in organizations()}
    roles = canonical_roles()
    ids = [p["id"] for p in people()]
    assert len(ids) == len(set(ids)), "duplicate person ids"
    for person in people():
        assert re.fullmatch(r"kb:person:[a-z0-9-]+", person["id"]), person["id"]
        assert person["country"] in countries(), person["id"]
        assert person["aliases"] and all(isinstance(a, str) and a for a in person["aliases"]), person["id"]
        for role in person["roles"]:
            where = ("country" in role) != ("org" in role)
            assert where, f"{person['id']}: a role has country xor org: {role}"
            assert role.get("country", "QAT") in countries(), person["id"]
            assert role.get("org", "kb:org:un") in org_ids, f"{person['id']}: unknown org {role.get('org')}"
            assert role["role"] in roles, f"{person['id']}: role {role['role']!r} is not in the titles"
            start, end = as_date(role["start"]), as_date(role["end"])
            assert start is not None, person["id"]
            assert end is None or start <= end, person["id"]


def test_exclusive_offices_do_not_overlap() -> None:
    """Two holders of one office may share only the day of the handover."""
    holders: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for person in people():
        for role in person["roles"]:
            if role["role"] in EXCLUSIVE_ROLES:
                where = role.get("country") or role["org"]
                holders[(role["role"], where)].append((*span(role), person["id"]))
    clashes = []
    for office, spans in holders.items():
        spans.sort()
        last_end, last_who = spans[0][1], spans[0][2]
        for start, end, who in spans[1:]:
            if (last_end - start).days > 0 and who != last_who:
                clashes.append((office, last_who, who))
            if end > last_end:
                last_end, last_who = end, who
    assert clashes == []


def holders_on(role: str, where: str, day: str) -> set[str]:
    """Ids of the people who held an office on a day."""
    when = date.fromisoformat(day)
    found = set()
    for person in people():
        for r in person["roles"]:
            start, end = span(r)
            if r["role"] == role and (r.get("country") or r.get("org")) == where and start <= when <= end:
                found.add(person["id"])
    return found


@pytest.mark.parametrize(
    ("role", "where", "day", "expected"),
    [
        ("prime minister", "QAT", "2012-05-01", "hamad-bin-jassim-al-thani"),
        ("prime minister", "QAT", "2021-05-01", "khalid-bin-khalifa-al-thani"),
        ("prime minister", "QAT", "2024-02-01", "mohammed-bin-abdulrahman-al-thani"),
        ("foreign minister", "QAT", "2019-06-01", "mohammed-bin-abdulrahman-al-thani"),
        ("emir", "QAT", "2010-01-01", "hamad-bin-khalifa-al-thani"),
        ("head of state", "QAT", "2020-01-01", "tamim-bin-hamad-al-thani"),
        ("president", "USA", "2018-06-01", "donald-trump"),
        ("president", "USA", "2022-06-01", "joe-biden"),
        ("head of government", "USA", "2015-06-01", "barack-obama"),
        ("foreign minister", "USA", "2023-06-01", "antony-blinken"),
        ("foreign minister", "FRA", "2019-01-01", "jean-yves-le-drian"),
        ("foreign minister", "FRA", "2014-01-01", "laurent-fabius"),
        ("prime minister", "FRA", "2023-06-01", "elisabeth-borne"),
        ("head of state", "FRA", "2015-06-01", "francois-hollande"),
        ("head of government", "DEU", "2019-06-01", "angela-merkel"),
        ("head of state", "GBR", "2023-06-01", "charles-iii"),
        ("president", "AFG", "2012-06-01", "hamid-karzai"),
        ("president", "AFG", "2019-06-01", "ashraf-ghani"),
        ("supreme leader", "AFG", "2022-06-01", "hibatullah-akhundzada"),
        ("head of state", "AFG", "2023-06-01", "hibatullah-akhundzada"),
        ("prime minister", "AFG", "2022-06-01", "mohammad-hasan-akhund"),
        ("foreign minister", "AFG", "2022-06-01", "amir-khan-muttaqi"),
        ("leader", "kb:org:taliban", "2019-06-01", "hibatullah-akhundzada"),
        ("head of state", "SYR", "2024-12-20", "ahmed-al-sharaa"),
        ("president", "SYR", "2020-06-01", "bashar-al-assad"),
        ("president", "RUS", "2010-06-01", "dmitry-medvedev"),
        ("head of government", "TUR", "2020-06-01", "recep-tayyip-erdogan"),
        ("head of government", "SAU", "2020-06-01", "salman-bin-abdulaziz"),
        ("head of government", "SAU", "2023-06-01", "mohammed-bin-salman"),
        ("president", "IRN", "2022-06-01", "ebrahim-raisi"),
        ("prime minister", "ISR", "2021-09-01", "naftali-bennett"),
        ("foreign minister", "kb:org:eu", "2022-06-01", "josep-borrell"),
        ("secretary-general", "kb:org:un", "2014-06-01", "ban-ki-moon"),
        ("secretary-general", "kb:org:nato", "2020-06-01", "jens-stoltenberg"),
    ],
)
def test_office_holder_spot_checks(role: str, where: str, day: str, expected: str) -> None:
    assert holders_on(role, where, day) == {f"kb:person:{expected}"}


def test_no_one_held_the_us_presidency_on_a_day_before_2009() -> None:
    assert holders_on("president", "USA", "2008-06-01") == set()


# --- titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_titles_file_shape(lang: str) -> None:
    data = titles(lang)
    assert set(data) == {"titles", "generic"}
    assert all(key == key.lower() for key in data["titles"]), "title keys are lowercased"
    # "none" marks phrases with a generic word in them that name no actor ("state of emergency").
    assert all(kind in ENTITY_KINDS or kind == "none" for kind in data["generic"].values())


def test_both_languages_name_the_same_canonical_roles() -> None:
    fr = set(titles("fr")["titles"].values())
    en = set(titles("en")["titles"].values())
    assert fr == en


@pytest.mark.parametrize(
    ("lang", "surface", "role"),
    [
        ("fr", "première ministre", "prime minister"),
        ("fr", "chef de la diplomatie", "foreign minister"),
        ("fr", "ambassadrice", "ambassador"),
        ("fr", "directrice", "director"),
        ("fr", "porte-parole", "spokesperson"),
        ("fr", "émir", "emir"),
        ("fr", "chef de l'état", "head of state"),
        ("en", "secretary of state", "foreign minister"),
        ("en", "spokeswoman", "spokesperson"),
        ("en", "crown prince", "crown prince"),
    ],
)
def test_title_spot_checks(lang: str, surface: str, role: str) -> None:
    assert titles(lang)["titles"][surface] == role


@pytest.mark.parametrize(
    ("lang", "noun", "kind"),
    [
        ("fr", "milice", "armed_group"),
        ("fr", "manifestants", "civilians"),
        ("fr", "agence de presse", "media"),
        ("fr", "état", "state"),
        ("fr", "communauté internationale", "other"),
        ("en", "militants", "armed_group"),
        ("en", "protesters", "civilians"),
        ("en", "troops", "military"),
    ],
)
def test_generic_spot_checks(lang: str, noun: str, kind: str) -> None:
    assert titles(lang)["generic"][noun] == kind


# --- across files --------------------------------------------------------------------------------


def surface_owners(lang: str) -> dict[str, set[str]]:
    """Which entries each folded surface form of a language points to."""
    owners: dict[str, set[str]] = defaultdict(set)
    for code, entry in countries().items():
        for values in entry[lang].values():
            for value in values:
                owners[fold(value)].add(code)
    for org in organizations():
        for alias in org["aliases"][lang]:
            owners[fold(alias)].add(org["id"])
    for person in people():
        for alias in person["aliases"]:
            owners[fold(alias)].add(person["id"])
    return owners


@pytest.mark.parametrize("lang", LANGS)
def test_no_surface_form_names_two_entries_unless_intended(lang: str) -> None:
    shared = {key: sorted(ids) for key, ids in surface_owners(lang).items() if len(ids) > 1}
    assert {k: v for k, v in shared.items() if k not in INTENDED_SHARED} == {}


def test_fold_matches_the_documented_normalisation() -> None:
    assert fold("l'Élysée") == "elysee"
    assert fold("Al-Qaïda") == "al qaida"
    assert fold("The White House") == "white house"
